"""Template versions: saved in the database, winning over the files, checked, rolled back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import BUNDLED_TEMPLATES, FACTS, HOURS
from tests.fakes.ports import FakeConnector, FakeReplyScreen, FixedClock, make_message
from triage.classifier import reply_screen
from triage.domain.errors import NotAllowed, NotFound, TriageError
from triage.domain.model import Platform, TemplateVersion
from triage.services import Deps, inbox, records, replies
from triage.services.replies import saved_sources
from triage.templates import SAVED_REFRESH, JinjaTemplates

GENERAL = "general.en.j2"
WORDING = "Thank you for writing to {{ practice.name }}! Please call us at {{ practice.phone }}."


def drafted(deps: Deps, connector: FakeConnector, external_id: str, **kind: object) -> str:
    message = make_message(external_id, "what are your hours?", thread_id=external_id, **kind)  # type: ignore[arg-type]
    connector.pages.setdefault("comments", []).append([message])
    inbox.poll(deps, "acct")
    return next(
        i.proposal.reply_text for i in inbox.pending(deps) if i.message.external_id == external_id
    )


def test_a_saved_version_wins_over_the_file_at_once(deps: Deps, connector: FakeConnector) -> None:
    before = drafted(deps, connector, "m1")
    version = replies.set_template(deps, GENERAL, WORDING, "sam", "friendlier")
    assert (version.version, version.previous, version.created_by) == (1, 0, "sam")
    after = drafted(deps, connector, "m2")
    assert after == "Thank you for writing to Test Clinic! Please call us at 555-0100."
    assert after != before


def test_only_an_admin_may_change_a_template_and_the_refusal_names_the_role(deps: Deps) -> None:
    with pytest.raises(NotAllowed, match=r"may not manage-templates: .* need the admin role"):
        replies.set_template(deps, GENERAL, WORDING, "dr.lee")


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("Take 400 mg of ibuprofen and call {{ practice.phone }}.", "dose"),
        ("Hi {{ patient_name }}, call {{ practice.phone }}.", "unknown variable 'patient_name'"),
        ("Call us {% if %}", "line 1"),
        ("{{ ''.__class__.__mro__[1] }}", "unsafe"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "call .* not allowed"),
        ("Call {{ practice.phone }}, {{ 1 / 0 }}", "division by zero"),
    ],
    ids=["advice", "unknown-variable", "syntax", "sandbox-escape", "call", "runtime-error"],
)
def test_a_version_that_fails_the_checks_is_not_saved(
    deps: Deps, source: str, problem: str
) -> None:
    with pytest.raises(TriageError, match=f"{GENERAL} not saved: .*{problem}"):
        replies.set_template(deps, GENERAL, source, "sam")
    assert replies.show_template(deps, GENERAL)[1] == []


def test_a_name_that_is_not_a_template_is_refused(deps: Deps) -> None:
    with pytest.raises(TriageError, match="not a template name"):
        replies.set_template(deps, "general.txt", WORDING, "sam")


def test_a_platform_variant_can_be_added_without_a_file(
    deps: Deps, connector: FakeConnector
) -> None:
    replies.set_template(deps, "general.en.x.j2", "Hi! Please call {{ practice.phone }}.", "sam")
    assert drafted(deps, connector, "x1", platform=Platform.X) == "Hi! Please call 555-0100."
    assert drafted(deps, connector, "f1") != "Hi! Please call 555-0100."
    names = [state.name for state in replies.list_templates(deps)]
    assert "general.en.x.j2" in names and GENERAL in names


def test_rollback_steps_back_through_the_versions_to_the_file(deps: Deps) -> None:
    file_source = replies.show_template(deps, GENERAL)[0]
    replies.set_template(deps, GENERAL, WORDING, "sam")
    replies.set_template(deps, GENERAL, WORDING.replace("Thank you", "Thanks"), "sam")
    third = replies.rollback_template(deps, GENERAL, "sam")
    assert (third.version, third.note) == (3, "rollback to version 1")
    assert replies.show_template(deps, GENERAL)[0] == WORDING
    fourth = replies.rollback_template(deps, GENERAL, "sam")
    assert (fourth.source, fourth.note) == (None, "rollback to the file")
    assert replies.show_template(deps, GENERAL)[0] == file_source
    with pytest.raises(NotFound, match="nothing to roll back"):
        replies.rollback_template(deps, GENERAL, "sam")
    [state] = [s for s in replies.list_templates(deps) if s.name == GENERAL]
    assert state.uses_file and state.current is not None and state.current.version == 4


def test_every_change_is_in_the_history_and_the_audit(deps: Deps, clock: FixedClock) -> None:
    replies.set_template(deps, GENERAL, WORDING, "sam", "friendlier")
    clock.advance(minutes=5)
    replies.rollback_template(deps, GENERAL, "sam")
    history = replies.show_template(deps, GENERAL)[1]
    assert [(v.version, v.created_by, v.note) for v in history] == [
        (1, "sam", "friendlier"),
        (2, "sam", "rollback to the file"),
    ]
    changes = [e for e in records.audit_log(deps) if e.subject == f"template:{GENERAL}"]
    assert [(e.actor, e.before, e.after["version"]) for e in changes] == [
        ("sam", {"version": 0}, 1),
        ("sam", {"version": 1}, 2),
    ]


def test_another_process_uses_a_saved_version_within_the_refresh(
    deps: Deps, connector: FakeConnector, clock: FixedClock
) -> None:
    running = JinjaTemplates(BUNDLED_TEMPLATES, FACTS, HOURS, "en", saved_sources(deps.new_uow))
    poller = replace(deps, templates=running)
    drafted(poller, connector, "m1")
    replies.set_template(deps, GENERAL, WORDING, "sam")  # the command line, elsewhere
    clock.advance(seconds=SAVED_REFRESH.total_seconds() - 1)
    assert "Thank you for writing" not in drafted(poller, connector, "m2")
    clock.advance(seconds=1)
    assert "Thank you for writing" in drafted(poller, connector, "m3")


def test_the_check_covers_saved_versions(deps: Deps, clock: FixedClock) -> None:
    # Saved when it was fine; the practice's facts changed since (here: a stray number).
    stale = "Please call {{ practice.phone }} or 555-0199."
    with deps.new_uow() as uow:
        uow.template_versions.add(TemplateVersion(GENERAL, 1, stale, 0, "sam", clock.now()))
        uow.commit()
    deps.templates.reload()
    assert any(p.startswith(GENERAL) and "555-0199" in p for p in replies.check_templates(deps))


def test_two_admins_saving_at_once_cannot_both_take_a_version(
    deps: Deps, clock: FixedClock
) -> None:
    with deps.new_uow() as uow:
        uow.template_versions.add(TemplateVersion(GENERAL, 1, WORDING, 0, "sam", clock.now()))
        with pytest.raises(TriageError, match="changed by someone else"):
            uow.template_versions.add(TemplateVersion(GENERAL, 1, WORDING, 0, "ann", clock.now()))
        uow.commit()
    assert [v.created_by for v in replies.show_template(deps, GENERAL)[1]] == ["sam"]


def test_a_version_is_checked_against_every_place_it_can_be_sent(deps: Deps) -> None:
    # About 1,300 characters: fine under an Instagram comment (2,200), too long for a DM (1,000).
    long = "Please call {{ practice.phone }}. " + "We are here to help. " * 60
    with pytest.raises(TriageError, match=r"instagram dm.*Too long"):
        replies.set_template(deps, "general.en.instagram.j2", long, "sam")


# --- the preview the Slack editor shows while an admin types ----------------------------------

MEDICAL = "medical-question.en.j2"
PLACES = "{% if is_dm %}Thanks for your message.{% else %}Thanks for your comment.{% endif %}"


def test_the_preview_shows_each_different_reply_x_comment_first(deps: Deps) -> None:
    preview = replies.preview_template(deps, GENERAL, PLACES + " Call {{ practice.phone }}.", "sam")
    assert preview.problems == ()
    assert [(r.text, r.cases[0]) for r in preview.renderings] == [
        ("Thanks for your comment. Call 555-0100.", "x comment, open"),
        ("Thanks for your message. Call 555-0100.", "x dm, open"),
    ]
    cases = [case for rendering in preview.renderings for case in rendering.cases]
    # Each platform, place and office state once: crisis is not named, this wording ignores it.
    assert len(cases) == len(set(cases)) == 3 * 2 * 2


def test_the_preview_shows_the_office_closed_wording_where_it_differs(deps: Deps) -> None:
    source = replies.show_template(deps, MEDICAL)[0]
    preview = replies.preview_template(deps, MEDICAL, source, "sam")
    assert preview.problems == ()
    [open_, closed] = preview.renderings
    assert open_.cases[0] == "x comment, open" and "This is not medical advice." in open_.text
    assert closed.cases[0] == "x comment, closed" and "Our office reopens" in closed.text


def test_the_preview_names_the_crisis_only_for_templates_that_use_it(deps: Deps) -> None:
    source = replies.show_template(deps, "emergency.en.j2")[0]
    renderings = replies.preview_template(deps, "emergency.en.j2", source, "sam").renderings
    with_988 = [r for r in renderings if "988" in r.text]
    assert with_988 and all("crisis no" not in case for r in with_988 for case in r.cases)
    assert any(case.endswith("crisis yes") for r in with_988 for case in r.cases)


@pytest.mark.parametrize(
    ("name", "source", "problem"),
    [
        (GENERAL, "Hi {{ patient_name }}, call {{ practice.phone }}.", "unknown variable"),
        (MEDICAL, "Please call {{ practice.phone }}.", "disclaimer"),
        (GENERAL, "Call {{ practice.phone }}. " + "We are glad to help. " * 20, "Too long"),
        (GENERAL, "Call us {% if %}", "line 1"),
        (GENERAL, "{{ ''.__class__ }}", "unsafe"),
        (GENERAL, "Call {{ practice.phone }} {{ 'x' + 1 }}", "can only concatenate"),
        ("general.txt", WORDING, "not a template name"),
    ],
    ids=["unknown-variable", "disclaimer", "too-long-for-x", "syntax", "sandbox", "type", "name"],
)
def test_the_preview_reports_what_would_block_saving_and_never_raises(
    deps: Deps, name: str, source: str, problem: str
) -> None:
    preview = replies.preview_template(deps, name, source, "sam")
    assert any(problem in p for p in preview.problems), preview.problems
    with pytest.raises(TriageError, match=problem):
        replies.set_template(deps, name, source, "sam")


def test_a_template_that_cannot_render_has_no_rendering_to_show(deps: Deps) -> None:
    preview = replies.preview_template(deps, GENERAL, "{{ ''.__class__ }}", "sam")
    assert preview.renderings == ()


def test_only_an_admin_may_preview_or_browse_templates(deps: Deps) -> None:
    with pytest.raises(NotAllowed, match="admin role"):
        replies.preview_template(deps, GENERAL, WORDING, "alex")
    with pytest.raises(NotAllowed, match="admin role"):
        replies.browse_templates(deps, "dr.lee")
    assert replies.may_manage_templates(deps, "sam")
    assert not replies.may_manage_templates(deps, "dr.lee")


def test_editing_previews_the_typed_wording_next_to_the_one_in_use(deps: Deps) -> None:
    replies.set_template(deps, GENERAL, WORDING, "sam", "friendlier")
    editing = replies.edit_template(deps, GENERAL, "sam", "Call {{ practice.phone }}.")
    assert editing.source == WORDING
    assert [(v.version, v.note) for v in editing.history] == [(1, "friendlier")]
    assert [r.text for r in editing.preview.renderings] == ["Call 555-0100."]


def test_lint_and_template_checks_ask_the_learned_screen(deps: Deps) -> None:
    screen = FakeReplyScreen("Hang in there")
    deps.reply_screen = screen
    assert [f.code for f in replies.lint(deps, "So sorry. Hang in there!")] == ["screen.unsafe"]
    deps.templates = JinjaTemplates(BUNDLED_TEMPLATES, FACTS, HOURS, "en", screen=screen)
    wording = "Thanks! Hang in there. Call {{ practice.phone }}."
    with pytest.raises(TriageError, match=f"{GENERAL} not saved: .*learned check"):
        replies.set_template(deps, GENERAL, wording, "sam")


def test_warming_up_runs_the_whole_check_before_any_reply(
    deps: Deps,
) -> None:
    loads: list[int] = []

    def loader() -> FakeReplyScreen:
        loads.append(1)
        return FakeReplyScreen("ibuprofen")

    screen = reply_screen.LazyReplyScreen(loader)  # type: ignore[arg-type]
    replies.warm_up(replace(deps, reply_screen=screen))
    assert loads == [1]  # the whole check ran: the screen is its last step
