"""Text for mrkdwn: escaping, masking, clipping, mentions, times and durations."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
_DIGIT = re.compile(r"\d")
_SLACK_USER = re.compile(r"\b([UW][A-Z0-9]{6,})\b")


def escape(text: str) -> str:
    """Slack's mrkdwn escaping: a patient's '<!channel>' must never ping anyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mask(text: str) -> str:
    """Emails, phone numbers, then every other digit: for practices wanting less PHI in Slack."""
    return _DIGIT.sub("#", _PHONE.sub("[phone]", _EMAIL.sub("[email]", text)))


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def mention_users(text: str) -> str:
    """Escaped text in which Slack user ids become mentions (who approved, who muted)."""
    return _SLACK_USER.sub(r"<@\1>", escape(text))


def who(user: str | None) -> str:
    return mention_users(user or "someone")


def when(at: datetime | None) -> str:
    """A time every reader sees in their own time zone."""
    if at is None:
        return "an unknown time"
    fallback = at.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(at.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


def duration(span: timedelta) -> str:
    minutes = max(0, int(span.total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def _shown(text: str, masked: bool) -> str:
    return mask(text) if masked else text
