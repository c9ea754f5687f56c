# make demo: the whole pipeline on the bundled sample inbox. make test: every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test test-sqlite test-postgres lint bench clean

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

clean:
	rm -rf $(VENV) triage-demo triage-demo-* .pytest_cache .mypy_cache .ruff_cache
