"""Learning from staff: retrain on the seed corpus plus every correction, and roll back."""

from __future__ import annotations

from triage.domain.model import Label, TrainingReport
from triage.domain.roles import Permission
from triage.services import Deps, record


def train(deps: Deps, actor: str) -> TrainingReport:
    """A new model version from the seed corpus and the latest label staff gave each text."""
    deps.roles.require(actor, Permission.TRAIN)
    with deps.new_uow() as uow:
        corrections = latest_per_text(uow.classifications.corrections())
    report = deps.trainer.train(corrections)
    with deps.new_uow() as uow:
        after = {"version": report.version, "corrections": report.corrections, **report.metrics}
        before = {"version": report.previous_version}
        record(uow, deps.clock.now(), actor, "train", "model", before, after)
        uow.commit()
    return report


def rollback(deps: Deps, actor: str) -> str:
    deps.roles.require(actor, Permission.TRAIN)
    version = deps.trainer.rollback()
    with deps.new_uow() as uow:
        record(uow, deps.clock.now(), actor, "rollback", "model", {}, {"version": version})
        uow.commit()
    return version


def latest_per_text(corrections: list[tuple[str, Label]]) -> list[tuple[str, Label]]:
    """A text relabelled twice counts once, with the label staff chose last."""
    return list(dict(corrections).items())
