"""The reply policy as a tool: lint any text, check every template."""

from __future__ import annotations

from triage.domain.model import Label, MessageKind, Platform
from triage.domain.policy import Finding, ReplyContext, check_reply
from triage.services import Deps


def lint(
    deps: Deps, text: str, label: Label | None = None, platform: Platform | None = None
) -> list[Finding]:
    """What the policy says of a reply: a medical-question reply needs the disclaimer."""
    context = ReplyContext(
        facts=deps.facts,
        max_length=platform.reply_limit(MessageKind.COMMENT) if platform else None,
        requires_disclaimer=label is Label.MEDICAL_QUESTION,
    )
    return check_reply(text, context)


def check_templates(deps: Deps) -> list[str]:
    return deps.templates.check(deps.clock.now())
