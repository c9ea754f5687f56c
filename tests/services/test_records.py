"""The audit export, retention (purge), and what logs may carry."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from tests.fakes.ports import FakeConnector, FixedClock, make_message
from triage.domain.errors import ConnectorError
from triage.domain.model import Batch, Label, ProposalState, Rejected
from triage.services import Deps, inbox, mutes, records, review, sending

SECRET_TEXT = "my daughter Jane Roe has a rash since Tuesday"


def arrive(deps: Deps, connector: FakeConnector, external_id: str, text: str) -> int:
    connector.pages.setdefault("comments", []).append(
        [make_message(external_id, text, thread_id=f"t-{external_id}")]
    )
    inbox.poll(deps, "acct")
    with deps.new_uow() as uow:
        [item] = uow.proposals.queue([ProposalState.PROPOSED], thread_id=f"t-{external_id}")
    return item.proposal.id or 0


def test_the_export_reads_every_entry_in_order_a_page_at_a_time(
    deps: Deps, connector: FakeConnector, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records, "EXPORT_PAGE", 2)
    for n in range(3):
        review.ignore(deps, arrive(deps, connector, f"m{n}", "hours?"), "alex")
        clock.advance(hours=1)
    exported = list(records.export_audit(deps, actor="sam"))
    assert [e.id for e in exported] == [e.id for e in records.audit_log(deps)]
    assert len(exported) == 7  # the export is recorded first, with who took it
    assert (exported[-1].action, exported[-1].actor) == ("audit-export", "sam")
    later = list(records.export_audit(deps, since=clock.now() - timedelta(hours=1)))
    assert [e.action for e in later] == ["propose", "ignore", "audit-export", "audit-export"]


def test_purge_removes_old_texts_and_keeps_ids_labels_decisions_and_the_audit(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    old = arrive(deps, connector, "m1", SECRET_TEXT + " dose?")
    review.approve(deps, old, "alex")
    with deps.new_uow() as uow:
        uow.quarantine.add(Rejected("acct", "comments", "missing id", {"text": "x"}), clock.now())
        uow.commit()
    clock.advance(days=91)
    recent = arrive(deps, connector, "m2", "what are your hours")
    purged = records.purge(deps)
    assert (purged.messages, purged.replies, purged.quarantined) == (1, 1, 1)
    assert purged.cutoff == clock.now() - timedelta(days=90)
    with deps.new_uow() as uow:
        proposal = uow.proposals.get(old)
        message = uow.messages.get(proposal.message_id)
        assert (message.text, message.raw, message.external_id) == ("", {}, "m1")
        assert uow.classifications.latest(proposal.message_id).label is Label.MEDICAL_QUESTION
        assert (proposal.state, proposal.decided_by, proposal.reply_text) == (
            ProposalState.SENT,
            "alex",
            "",
        )
        assert uow.messages.get(uow.proposals.get(recent).message_id).text
        assert uow.quarantine.count("acct") == 0
    entry = records.audit_log(deps)[-1]
    assert (entry.action, entry.after["messages"]) == ("purge", 1)
    assert records.purge(deps) == records.Purged(purged.cutoff, 0, 0, 0)


def test_purge_keeps_what_staff_may_still_need(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    waiting = arrive(deps, connector, "m1", SECRET_TEXT)
    unsure = arrive(deps, connector, "m2", "what are your hours")
    connector.send_failures = [ConnectorError("timed out")]
    review.approve(deps, unsure, "alex")
    clock.advance(days=365)
    assert records.purge(deps) == records.Purged(clock.now() - timedelta(days=90), 0, 0, 0)
    with deps.new_uow() as uow:
        assert uow.messages.get(uow.proposals.get(waiting).message_id).text == SECRET_TEXT


def test_a_dry_run_counts_and_removes_nothing(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    review.ignore(deps, arrive(deps, connector, "m1", SECRET_TEXT), "alex")
    clock.advance(days=2)
    assert records.purge(deps, timedelta(days=1), dry_run=True).messages == 1
    assert records.audit_log(deps)[-1].action == "ignore"
    assert records.purge(deps, timedelta(days=1)).messages == 1


def test_a_muted_message_without_a_proposal_is_purged_too(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    connector.pages["comments"] = [[make_message("m0", "you idiot", thread_id="t")]]
    inbox.poll(deps, "acct")
    mutes.mute_thread(deps, "t", "dr.lee", None)
    connector.pages["comments"].append([make_message("m1", "idiot again", thread_id="t")])
    inbox.poll(deps, "acct")
    clock.advance(days=91)
    assert records.purge(deps).messages == 2


def test_logs_never_carry_message_text_or_replies(
    deps: Deps, connector: FakeConnector, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    rejected = Rejected("acct", "comments", "missing from", {"message": SECRET_TEXT}, "c9")

    class WithRejects(FakeConnector):
        def fetch(self, stream: str, cursor: str | None) -> Batch:
            batch = super().fetch(stream, cursor)
            return Batch(batch.messages, batch.next_cursor, [rejected] if batch.messages else [])

    platform = WithRejects(send_failures=[ConnectorError("account acct: Graph POST timed out")])
    deps.connectors = {"acct": platform}
    proposal_id = arrive(deps, platform, "m1", SECRET_TEXT)
    reply = sending.current(deps, proposal_id).reply_text
    review.approve(deps, proposal_id, "alex")
    sending.confirm_not_sent(deps, proposal_id, "alex")
    arrive(deps, platform, "m2", "you idiot " + SECRET_TEXT)
    mutes.mute_thread(deps, "t-m2", "dr.lee", timedelta(days=1), hide=True)
    clock.advance(days=91)
    records.purge(deps)
    assert caplog.records, "the flow logged nothing at all"
    assert SECRET_TEXT not in caplog.text and reply not in caplog.text
