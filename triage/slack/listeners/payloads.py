"""Reading Slack payloads (shapes as in ../shared/fixtures/slack) and answering the person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from slack_bolt import Respond
from slack_sdk import WebClient

from triage.domain.model import Label, parse_duration
from triage.services import mutes
from triage.slack import blocks

Tell = Callable[[str], None]


def button_value(body: dict[str, Any]) -> int:
    return int(body["actions"][0]["value"])


def relabel_choice(body: dict[str, Any]) -> tuple[int, Label]:
    proposal, _, label = str(body["actions"][0]["selected_option"]["value"]).partition(":")
    return int(proposal), Label(label)


def mute_choice(body: dict[str, Any]) -> tuple[int, bool, timedelta | None, bool]:
    """(proposal, by author, how long (None: until unmuted), hide) from blocks.mute_value."""
    value = str(body["actions"][0]["selected_option"]["value"])
    proposal, scope, hours, hide = value.split(":")
    duration = None if hours == blocks.UNTIL_UNMUTED else timedelta(hours=int(hours))
    return int(proposal), scope == "author", duration, hide == "hide"


def mute_request(text: str) -> tuple[str, str]:
    """'<link> 7d' -> (link, '7d'): the length comes last, and has no default."""
    words = text.split()
    if len(words) < 2:
        return link_target(text), ""
    return link_target(" ".join(words[:-1])), words[-1]


def mute_length(word: str) -> timedelta | None:
    """'24h' or '7d'; 'until-unmuted' must be said to mean it."""
    return None if word.lower() == "until-unmuted" else parse_duration(word)


def mute_note(muted: mutes.Muted, scope: str) -> str:
    note = f"{scope} muted {muted.ends}"
    if muted.hidden.changed:
        note += f", {muted.hidden.changed} comment(s) hidden"
    return note


def edited_text(view: dict[str, Any]) -> str:
    return str(view["state"]["values"][blocks.EDIT_BLOCK][blocks.EDIT_INPUT].get("value") or "")


def override_reason(view: dict[str, Any]) -> str | None:
    """A physician's reason to override, or None: the field is absent or left empty."""
    field = view["state"]["values"].get(blocks.OVERRIDE_BLOCK, {}).get(blocks.OVERRIDE_INPUT, {})
    value = str(field.get("value") or "").strip()
    return value or None


def link_target(text: str) -> str:
    """Slack may wrap a pasted link as <https://...> or <https://...|label>."""
    return text.strip().removeprefix("<").removesuffix(">").partition("|")[0].strip()


def ephemeral(respond: Respond) -> Tell:
    """Answer only the person who clicked, without touching the card."""

    def tell(text: str) -> None:
        respond(text=text, response_type="ephemeral", replace_original=False)

    return tell


def in_channel(client: WebClient, channel: str, user: str) -> Tell:
    """A modal has no response_url: answer the person ephemerally in the card's channel."""

    def tell(text: str) -> None:
        client.chat_postEphemeral(channel=channel, user=user, text=text)

    return tell
