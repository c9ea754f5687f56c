"""Mutes: a thread or an author, for a chosen time; hiding troll comments; unmute restores."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.fakes.ports import FakeConnector, FixedClock, make_message
from triage.domain.errors import ConnectorError, NotAllowed, NotFound
from triage.domain.model import Message, MessageKind, ProposalState
from triage.services import SYSTEM, Deps, inbox, mutes, records, review

DAY = timedelta(days=1)


def arrive(deps: Deps, connector: FakeConnector, *messages: Message) -> int:
    connector.pages.setdefault("comments", []).append(list(messages))
    return inbox.poll(deps, "acct").stored


def comment(external_id: str, text: str, thread: str = "t1", author: str = "troll") -> Message:
    return make_message(external_id, text, thread_id=thread, author_id=author)


def pending_ids(deps: Deps) -> list[str]:
    with deps.new_uow() as uow:
        return [
            uow.messages.get(item.proposal.message_id).external_id for item in inbox.pending(deps)
        ]


def test_front_desk_cannot_mute(deps: Deps, connector: FakeConnector) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    with pytest.raises(NotAllowed):
        mutes.mute_thread(deps, "t1", "alex", DAY)


def test_a_muted_thread_is_stored_classified_and_audited_but_not_queued_until_unmuted(
    deps: Deps, connector: FakeConnector
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    muted = mutes.mute_thread(deps, "t1", "dr.lee", None)
    assert [p.state for p in muted.ignored] == [ProposalState.IGNORED]
    assert muted.ends == "until unmuted"
    assert arrive(deps, connector, comment("m2", "idiot again")) == 1
    assert pending_ids(deps) == []
    assert [e.action for e in records.audit_log(deps)][-1] == "skip-muted"
    assert len(mutes.unmute_thread(deps, "t1", "dr.lee").lifted) == 1
    arrive(deps, connector, comment("m3", "idiot 3"))
    assert pending_ids(deps) == ["m3"]


def test_a_timed_mute_ends_by_itself_and_says_when(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    muted = mutes.mute_thread(deps, "t1", "dr.lee", timedelta(hours=1))
    assert muted.ends == "until 2026-11-20 10:00 UTC"
    clock.advance(hours=2)
    arrive(deps, connector, comment("m2", "idiot again"))
    assert pending_ids(deps) == ["m2"]
    assert mutes.current_mutes(deps) == []


def test_muting_a_thread_leaves_decided_proposals_alone(
    deps: Deps, connector: FakeConnector
) -> None:
    arrive(deps, connector, comment("m1", "hours?", author="a"), comment("m2", "parking?"))
    first, second = inbox.pending(deps)
    review.approve(deps, first.proposal.id or 0, "alex")
    muted = mutes.mute_thread(deps, "t1", "dr.lee", DAY)
    assert [p.id for p in muted.ignored] == [second.proposal.id]
    assert len(connector.sent) == 1


def test_muting_an_author_covers_every_thread_and_spares_other_authors(
    deps: Deps, connector: FakeConnector
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"), comment("m2", "hours?", author="kind"))
    muted = mutes.mute_author(deps, "troll", "dr.lee", timedelta(days=7))
    assert len(muted.ignored) == 1 and pending_ids(deps) == ["m2"]
    arrive(
        deps,
        connector,
        comment("m3", "idiots everywhere", thread="t2"),
        comment("m4", "parking?", thread="t2", author="kind"),
    )
    assert pending_ids(deps) == ["m2", "m4"]
    [current] = mutes.current_mutes(deps)
    assert current.target == "author:acct:troll" and current.ends == "until 2026-11-27 09:00 UTC"
    mutes.unmute_author(deps, "troll", "dr.lee")
    arrive(deps, connector, comment("m5", "idiot", thread="t3"))
    assert sorted(pending_ids(deps)) == ["m2", "m4", "m5"]


def test_muting_what_was_never_seen_says_so(deps: Deps) -> None:
    with pytest.raises(NotFound, match="author nobody"):
        mutes.mute_author(deps, "nobody", "dr.lee", DAY)


# --- hiding -------------------------------------------------------------------------------------


def test_a_troll_mute_hides_only_troll_comments_and_unmute_shows_them_again(
    deps: Deps, connector: FakeConnector
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"), comment("m2", "hours?", author="kind"))
    muted = mutes.mute_thread(deps, "t1", "dr.lee", DAY, hide=True)
    assert (muted.hidden.changed, connector.hidden) == (1, ["m1"])
    mutes.mute_thread(deps, "t1", "dr.lee", DAY, hide=True)
    assert connector.hidden == ["m1"]  # hidden once
    shown = mutes.unmute_thread(deps, "t1", "dr.lee").shown
    assert (shown.changed, connector.hidden) == (1, [])
    actions = [e.action for e in records.audit_log(deps)]
    assert actions.count("hide") == 1 and actions.count("unhide") == 1


def test_later_troll_comments_of_an_author_muted_with_hide_are_hidden_as_they_arrive(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    mutes.mute_author(deps, "troll", "dr.lee", DAY, hide=True)
    arrive(deps, connector, comment("m2", "idiots all of you", thread="t2"))
    arrive(deps, connector, comment("m3", "hours?", thread="t2"))
    assert connector.hidden == ["m1", "m2"]  # only troll comments, and only while muted
    assert [e.actor for e in records.audit_log(deps) if e.action == "hide"] == ["dr.lee", SYSTEM]
    clock.advance(days=2)
    arrive(deps, connector, comment("m4", "idiot again", thread="t3"))
    assert connector.hidden == ["m1", "m2"] and pending_ids(deps) == ["m4"]


def test_a_timed_mute_that_ends_shows_again_what_it_hid_and_says_so_in_the_audit(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"), comment("m2", "idiot", thread="t2"))
    mutes.mute_thread(deps, "t1", "dr.lee", timedelta(hours=1), hide=True)
    mutes.mute_thread(deps, "t2", "dr.lee", timedelta(hours=1))
    mutes.mute_thread(deps, "t2", "dr.lee", None, hide=True)
    assert sorted(connector.hidden) == ["m1", "m2"]
    assert mutes.end_expired(deps).lifted == []  # nothing is due yet
    clock.advance(hours=2)
    ended = mutes.end_expired(deps)
    assert sorted(m.target for m in ended.lifted) == ["thread:acct:t1", "thread:acct:t2"]
    assert ended.shown.changed == 1 and connector.hidden == ["m2"]  # t2 is muted until unmuted
    assert [e.actor for e in records.audit_log(deps) if e.action == "mute-ended"] == [SYSTEM] * 2
    assert [m.target for m in mutes.current_mutes(deps)] == ["thread:acct:t2"]
    assert mutes.end_expired(deps).lifted == []


def test_a_mute_without_hide_hides_nothing_that_arrives_later(
    deps: Deps, connector: FakeConnector
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    mutes.mute_author(deps, "troll", "dr.lee", DAY)
    arrive(deps, connector, comment("m2", "idiots all of you", thread="t2"))
    assert connector.hidden == [] and pending_ids(deps) == []


def test_front_desk_cannot_hide_and_a_physician_can(deps: Deps, connector: FakeConnector) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    with pytest.raises(NotAllowed):
        mutes.mute_author(deps, "troll", "alex", DAY, hide=True)
    assert mutes.mute_author(deps, "troll", "sam", DAY, hide=True).hidden.changed == 1


def test_a_direct_message_is_never_hidden(deps: Deps, connector: FakeConnector) -> None:
    dm = make_message("d1", "you idiot", thread_id="c1", author_id="troll", kind=MessageKind.DM)
    connector.pages["dms"] = [[dm]]
    inbox.poll(deps, "acct")
    muted = mutes.mute_author(deps, "troll", "dr.lee", DAY, hide=True)
    assert muted.hidden == mutes.Visibility() and connector.hidden == []


def test_a_hide_the_platform_refuses_is_reported_and_the_mute_stands(
    deps: Deps, connector: FakeConnector
) -> None:
    class Refusing(FakeConnector):
        def hide(self, message: Message) -> None:
            raise ConnectorError("account acct: X refused PUT /2/tweets/:id/hidden: HTTP 403")

    refusing = Refusing()
    deps.connectors = {"acct": refusing}
    arrive(deps, refusing, comment("m1", "you idiot"))
    muted = mutes.mute_thread(deps, "t1", "dr.lee", DAY, hide=True)
    assert muted.hidden.changed == 0 and "HTTP 403" in muted.hidden.problems[0]
    assert len(mutes.current_mutes(deps)) == 1


def test_unmuting_a_thread_keeps_hidden_what_an_author_mute_still_covers(
    deps: Deps, connector: FakeConnector
) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    mutes.mute_author(deps, "troll", "dr.lee", DAY, hide=True)
    mutes.mute_thread(deps, "t1", "dr.lee", DAY)
    assert mutes.unmute_thread(deps, "t1", "dr.lee").shown.changed == 0
    assert connector.hidden == ["m1"]
    mutes.unmute_author(deps, "troll", "dr.lee")
    assert connector.hidden == []


def test_every_mute_says_how_long_in_the_audit(deps: Deps, connector: FakeConnector) -> None:
    arrive(deps, connector, comment("m1", "you idiot"))
    mutes.mute_author(deps, "troll", "dr.lee", timedelta(hours=24), hide=True)
    entry = next(e for e in records.audit_log(deps) if e.action == "mute")
    assert entry.subject == "author:acct:troll"
    assert entry.after == {"until": "2026-11-21T09:00:00+00:00", "hide": True}
