"""Office hours in the practice's time zone: is it open now, and when does it reopen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
TOMORROW = {"en": "tomorrow", "es": "mañana"}
TODAY = {"en": "today", "es": "hoy"}
AT = {"en": "at", "es": "a las"}


@dataclass(frozen=True)
class OfficeHours:
    timezone: str
    spans: Mapping[str, tuple[time, time]]  # weekday -> (open, close); missing means closed

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(ZoneInfo(self.timezone))
        span = self.spans.get(WEEKDAYS[local.weekday()])
        return span is not None and span[0] <= local.time() < span[1]

    def next_opening(self, now: datetime) -> datetime | None:
        """The next time the office opens after now; None if it never opens."""
        local = now.astimezone(ZoneInfo(self.timezone))
        for ahead in range(8):
            day = local.date() + timedelta(days=ahead)
            span = self.spans.get(WEEKDAYS[day.weekday()])
            if span is None:
                continue
            opening = datetime.combine(day, span[0], tzinfo=local.tzinfo)
            if opening > local:
                return opening
        return None

    def describe_reopening(self, now: datetime, lang: str) -> str:
        """'tomorrow at 8:00', 'Monday at 8:00', 'hoy a las 8:00'; empty if it never opens."""
        opening = self.next_opening(now)
        if opening is None:
            return ""
        lang = lang if lang in DAY_NAMES else "en"
        days = (opening.date() - now.astimezone(opening.tzinfo).date()).days
        day = {0: TODAY[lang], 1: TOMORROW[lang]}.get(days, DAY_NAMES[lang][opening.weekday()])
        return f"{day} {AT[lang]} {opening:%H:%M}"
