"""The classifier on the command line: retrain from staff corrections, roll back, evaluate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from triage.classifier.evaluate import Evaluation, evaluate
from triage.cli.app import UserOption, app, deps, err, out, write_json_line
from triage.domain.errors import TriageError
from triage.domain.model import Label
from triage.services import inbox, training


@app.command()
def train(
    user: UserOption,
    rollback: Annotated[bool, typer.Option(help="Make the previous model current again.")] = False,
) -> None:
    """Retrain on the seed corpus plus staff corrections; the previous model is kept."""
    if rollback:
        out.print(f"current model: {training.rollback(deps(), user)}")
        return
    with err.status("training (seed corpus + staff corrections)..."):
        report = training.train(deps(), user)
    figures = ", ".join(f"{name} {value:.3f}" for name, value in report.metrics.items())
    out.print(
        f"model {report.version}: {report.examples} examples ({report.corrections} from staff); "
        f"held-out {figures or 'not measured'}; previous: {report.previous_version or 'none'}"
    )


@app.command("eval")
def evaluate_file(
    path: Annotated[Path, typer.Argument(help='JSONL of {"id", "text", "label"}.')],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Measure the classifier (model, safety net and doubt rule) on a labelled file."""
    ids, texts, expected = read_labelled(path)
    predicted = [c.label for c in inbox.classify_texts(deps(), texts)]
    result = evaluate(expected, predicted, ids)
    if as_json:
        write_json_line(result.as_dict())
        return
    print_evaluation(result)


def read_labelled(path: Path) -> tuple[list[object], list[str], list[Label]]:
    ids: list[object] = []
    texts: list[str] = []
    labels: list[Label] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise TriageError(f"{path}: {error.strerror}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            ids.append(record.get("id", number))
            texts.append(str(record["text"]))
            labels.append(Label(record["label"]))
        except (ValueError, KeyError, TypeError):
            raise TriageError(f"{path}:{number}: expected {{id, text, label}}") from None
    return ids, texts, labels


def print_evaluation(result: Evaluation) -> None:
    table = Table("label", "precision", "recall", "F1", "support")
    for label, scores in result.per_label.items():
        table.add_row(
            label.value,
            f"{scores.precision:.3f}",
            f"{scores.recall:.3f}",
            f"{scores.f1:.3f}",
            str(scores.support),
        )
    out.print(table)
    out.print(f"macro-F1 {result.macro_f1:.3f}   accuracy {result.accuracy:.3f}")
    confusion = Table("truth \\ predicted", *(label.value for label in Label))
    for truth, row in result.confusion.items():
        confusion.add_row(truth.value, *(str(row[guess]) for guess in Label))
    out.print(confusion)
    missed = ", ".join(str(i) for i in result.missed_emergencies) or "none"
    out.print(f"missed emergencies: {missed}")
