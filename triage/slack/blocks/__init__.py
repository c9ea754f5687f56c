"""Pure Block Kit builders for the review queue; the action_ids live here and only here.

Cards stay short: Slack has rejected messages with about 13k characters of blocks, far below
its documented limits, so long text is clipped here and shown whole in a modal. Button values
carry ids only; patient text never goes in a value, private_metadata or notification text.
"""

from triage.slack.blocks.action_ids import (
    APPROVE,
    CONFIRM_NOT_SENT,
    CONFIRM_SENT,
    DIGEST_IGNORE,
    DIGEST_MUTE,
    EDIT,
    EDIT_BLOCK,
    EDIT_INPUT,
    EDIT_VIEW,
    FULL_TEXT,
    IGNORE,
    MUTE,
    OVERRIDE_BLOCK,
    OVERRIDE_INPUT,
    RELABEL,
    TEMPLATE_EDIT_VIEW,
    TEMPLATE_NOTE,
    TEMPLATE_NOTE_BLOCK,
    TEMPLATE_PICK,
    TEMPLATE_ROLLBACK,
    TEMPLATE_SOURCE,
    TEMPLATE_SOURCE_BLOCK,
    TEMPLATES_OPEN,
)
from triage.slack.blocks.cards import (
    CHECK_PLATFORM,
    EMOJI,
    HIDE_CHOICES,
    MUTE_CHOICES,
    OUTCOMES,
    UNTIL_UNMUTED,
    card,
    card_text,
    mute_value,
    outcome_card,
    proposal_card,
)
from triage.slack.blocks.elements import Block

# editor_blocks.py builds the template editor from the same pieces: re-exported as they are.
from triage.slack.blocks.elements import _button as _button
from triage.slack.blocks.elements import _context as _context
from triage.slack.blocks.elements import _plain as _plain
from triage.slack.blocks.elements import _section as _section
from triage.slack.blocks.home import HELP, home_view, status_text
from triage.slack.blocks.limits import (
    ERROR_TEXT,
    INPUT_LIMIT,
    MESSAGE_PREVIEW,
    MODAL_SECTIONS,
    OUTCOME_PREVIEW,
    REPLY_PREVIEW,
    SECTION_TEXT,
    SNIPPET,
)
from triage.slack.blocks.modals import edit_modal, findings_text, full_text_modal
from triage.slack.blocks.notices import (
    alert_text,
    digest_card,
    digest_text,
    escalation_text,
    page_text,
)
from triage.slack.blocks.text import clip, duration, escape, mask, mention_users, when, who

__all__ = [
    "APPROVE",
    "CHECK_PLATFORM",
    "CONFIRM_NOT_SENT",
    "CONFIRM_SENT",
    "DIGEST_IGNORE",
    "DIGEST_MUTE",
    "EDIT",
    "EDIT_BLOCK",
    "EDIT_INPUT",
    "EDIT_VIEW",
    "EMOJI",
    "ERROR_TEXT",
    "FULL_TEXT",
    "HELP",
    "HIDE_CHOICES",
    "IGNORE",
    "INPUT_LIMIT",
    "MESSAGE_PREVIEW",
    "MODAL_SECTIONS",
    "MUTE",
    "MUTE_CHOICES",
    "OUTCOMES",
    "OUTCOME_PREVIEW",
    "OVERRIDE_BLOCK",
    "OVERRIDE_INPUT",
    "RELABEL",
    "REPLY_PREVIEW",
    "SECTION_TEXT",
    "SNIPPET",
    "TEMPLATES_OPEN",
    "TEMPLATE_EDIT_VIEW",
    "TEMPLATE_NOTE",
    "TEMPLATE_NOTE_BLOCK",
    "TEMPLATE_PICK",
    "TEMPLATE_ROLLBACK",
    "TEMPLATE_SOURCE",
    "TEMPLATE_SOURCE_BLOCK",
    "UNTIL_UNMUTED",
    "Block",
    "alert_text",
    "card",
    "card_text",
    "clip",
    "digest_card",
    "digest_text",
    "duration",
    "edit_modal",
    "escalation_text",
    "escape",
    "findings_text",
    "full_text_modal",
    "home_view",
    "mask",
    "mention_users",
    "mute_value",
    "outcome_card",
    "page_text",
    "proposal_card",
    "status_text",
    "when",
    "who",
]
