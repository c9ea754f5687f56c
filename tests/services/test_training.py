from __future__ import annotations

import pytest

from tests.fakes.ports import FakeConnector, FakeTrainer, make_message
from triage.domain.errors import NotAllowed
from triage.domain.model import Label
from triage.services import Deps, inbox, records, review, training


def relabelled(deps: Deps, connector: FakeConnector, *pairs: tuple[str, Label]) -> None:
    messages = [make_message(f"m{i}", text, thread_id=f"t{i}") for i, (text, _) in enumerate(pairs)]
    connector.pages["comments"] = [messages]
    inbox.poll(deps, "acct")
    by_text = {item.message.text: item.proposal.id for item in inbox.pending(deps)}
    for text, label in pairs:
        review.relabel(deps, by_text[text] or 0, label, "alex")


def test_training_uses_every_staff_correction(deps: Deps, connector: FakeConnector) -> None:
    relabelled(deps, connector, ("free crypto here", Label.TROLL), ("ok dose?", Label.GENERAL))
    report = training.train(deps, "sam")
    assert isinstance(deps.trainer, FakeTrainer)
    assert sorted(deps.trainer.trained_on[0]) == [
        ("free crypto here", Label.TROLL),
        ("ok dose?", Label.GENERAL),
    ]
    assert report.corrections == 2


def test_a_text_relabelled_twice_counts_once_with_the_last_label() -> None:
    corrections = [("hi", Label.TROLL), ("yo", Label.GENERAL), ("hi", Label.GENERAL)]
    assert training.latest_per_text(corrections) == [("hi", Label.GENERAL), ("yo", Label.GENERAL)]


def test_only_admins_retrain(deps: Deps) -> None:
    with pytest.raises(NotAllowed):
        training.train(deps, "alex")


def test_training_and_rollback_are_audited(deps: Deps) -> None:
    training.train(deps, "sam")
    training.train(deps, "sam")
    assert training.rollback(deps, "sam") == "v1"
    entries = [(e.action, e.after.get("version")) for e in records.audit_log(deps)]
    assert entries == [("train", "v1"), ("train", "v2"), ("rollback", "v1")]
