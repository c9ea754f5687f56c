"""The template editor's Block Kit stays within what Slack accepts, whatever it shows."""

from __future__ import annotations

import json

from tests.fakes.ports import START
from tests.fakes.slack_api import view_error
from triage.domain.model import Rendering, TemplatePreview, TemplateVersion
from triage.slack import blocks, editor_blocks

GENERAL = "general.en.j2"


def version(number: int, source: str | None = "Call {{ practice.phone }}.") -> TemplateVersion:
    return TemplateVersion(GENERAL, number, source, number - 1, "UADMIN0001", START, "why " * 80)


def editor(shown: str, preview: TemplatePreview, history: list[TemplateVersion]) -> dict:
    block_id = editor_blocks.source_block_id(history)
    return editor_blocks.template_editor(GENERAL, history, preview, shown=shown, block_id=block_id)


def test_a_list_of_many_templates_fits_in_a_modal() -> None:
    names = [f"general.l{n:03}.j2" for n in range(150)]
    view = editor_blocks.templates_modal([(name, version(3)) for name in names])
    assert view_error(view) is None
    [picker] = [b for b in view["blocks"] if b["type"] == "actions"]
    assert len(picker["elements"][0]["options"]) == editor_blocks.SELECT_OPTIONS


def test_a_busy_preview_is_cut_to_what_a_modal_holds() -> None:
    renderings = tuple(Rendering("x" * 5_000 + str(n), ("x comment, open",)) for n in range(20))
    problems = tuple(f"{GENERAL} [x comment, open]: Too long ({n})" * 20 for n in range(50))
    history = [version(n) for n in range(1, 30)]
    view = editor("Call {{ practice.phone }}.", TemplatePreview(renderings, problems), history)
    assert view_error(view) is None
    shown = json.dumps(view["blocks"], ensure_ascii=False)
    assert "and 14 more different rendering(s)" in shown and "…and 42 more" in shown
    assert shown.count("• v") == editor_blocks.SHOWN_VERSIONS
    assert blocks.TEMPLATE_ROLLBACK in shown


def test_a_wording_too_long_for_a_slack_field_is_shown_but_not_editable_there() -> None:
    view = editor("x" * (blocks.INPUT_LIMIT + 1), TemplatePreview((), ()), [version(1)])
    assert view_error(view) is None
    assert "submit" not in view
    assert not [b for b in view["blocks"] if b["type"] == "input"]
    assert "too long for Slack" in json.dumps(view["blocks"])


def test_the_bundled_file_back_in_use_offers_no_roll_back() -> None:
    history = [version(1), version(2, source=None)]
    view = editor("Call us.", TemplatePreview((), ()), history)
    shown = json.dumps(view["blocks"], ensure_ascii=False)
    assert blocks.TEMPLATE_ROLLBACK not in shown
    assert "in use: the bundled file" in shown and "v2 · <@UADMIN0001>" in shown
