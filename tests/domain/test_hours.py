from datetime import UTC, datetime, time

import pytest

from triage.domain.hours import OfficeHours

WEEKDAY = (time(8, 0), time(17, 0))
HOURS = OfficeHours("America/Chicago", {d: WEEKDAY for d in ("mon", "tue", "wed", "thu", "fri")})


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)  # 2026-11-16 is a Monday


@pytest.mark.parametrize(
    ("now", "is_open"),
    [
        (utc(16, 14), True),  # Monday 08:00 in Chicago
        (utc(16, 13, 59), False),  # 07:59
        (utc(16, 23), False),  # 17:00: closing time is closed
        (utc(21, 18), False),  # Saturday noon
    ],
)
def test_open_is_judged_in_the_practice_time_zone(now: datetime, is_open: bool) -> None:
    assert HOURS.is_open(now) is is_open


def test_after_friday_closing_the_office_reopens_monday() -> None:
    friday_evening = utc(21, 1)  # Friday 19:00 in Chicago
    assert HOURS.describe_reopening(friday_evening, "en") == "Monday at 08:00"
    assert HOURS.describe_reopening(friday_evening, "es") == "lunes a las 08:00"


def test_early_morning_reopens_today_and_evening_reopens_tomorrow() -> None:
    assert HOURS.describe_reopening(utc(17, 12), "en") == "today at 08:00"  # Tue 06:00
    assert HOURS.describe_reopening(utc(17, 23, 30), "en") == "tomorrow at 08:00"  # Tue 17:30


def test_an_office_that_never_opens_has_no_reopening() -> None:
    assert OfficeHours("UTC", {}).describe_reopening(utc(16, 12), "en") == ""
