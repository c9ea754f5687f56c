from __future__ import annotations

from pathlib import Path

import pytest

from triage import config
from triage.domain.errors import ConfigError

GOOD = """
[practice]
name = "Test Clinic"
phone = "555-0100"
hours = { mon = "08:00-17:00", sat = "closed" }

[[accounts]]
id = "fb-main"
platform = "facebook"
page_id = "123"
secrets = { page_token = "TRIAGE_FB_TOKEN" }
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "triage.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        config.load(write(tmp_path, text))
    return str(caught.value)


def test_the_example_config_is_valid() -> None:
    example = Path(__file__).resolve().parents[1] / "config.example.toml"
    settings = config.load(example)
    assert settings.practice.emergency_number == "911"


def test_a_good_file_loads_with_relative_paths_beside_it(tmp_path: Path) -> None:
    settings = config.load(write(tmp_path, GOOD))
    assert settings.database_url == f"sqlite:///{tmp_path.resolve() / 'triage.db'}"
    assert settings.account("fb-main").page_id == "123"


def test_a_wrong_platform_names_the_file_the_account_and_the_key(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD.replace('"facebook"', '"myspace"'))
    assert message.startswith(f"{tmp_path / 'triage.toml'}: accounts[fb-main].platform:")


def test_an_unknown_key_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + "\n[database]\nulr = 'x'\n")
    assert "database.ulr" in message


def test_a_missing_practice_phone_is_named(tmp_path: Path) -> None:
    assert "practice.phone" in error_for(tmp_path, GOOD.replace('phone = "555-0100"', ""))


def test_bad_office_hours_say_how_to_write_them(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD.replace("08:00-17:00", "8am-5pm"))
    assert "practice.hours" in message and "HH:MM-HH:MM" in message


def test_an_unknown_time_zone_is_refused(tmp_path: Path) -> None:
    bad = GOOD.replace('phone = "555-0100"', 'phone = "555-0100"\ntimezone = "Mars/Olympus"')
    assert "unknown time zone" in error_for(tmp_path, bad)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    assert "not valid TOML" in error_for(tmp_path, "[practice\nname=")


def test_a_secret_written_into_the_file_is_refused(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD.replace('"TRIAGE_FB_TOKEN"', '"EAAB-real-token"'))
    assert "accounts[fb-main].secrets" in message and "environment variable" in message


def test_secrets_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = config.load(write(tmp_path, GOOD))
    account = settings.account("fb-main")
    monkeypatch.delenv("TRIAGE_FB_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="TRIAGE_FB_TOKEN is empty or not set"):
        settings.secret(account, "page_token")
    monkeypatch.setenv("TRIAGE_FB_TOKEN", "s3cret")
    assert settings.secret(account, "page_token") == "s3cret"


def test_duplicate_account_ids_are_refused(tmp_path: Path) -> None:
    twice = GOOD + GOOD[GOOD.index("[[accounts]]") :]
    assert "repeated: fb-main" in error_for(tmp_path, twice)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        config.load(tmp_path / "nope.toml")


def test_the_config_path_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.CONFIG_ENV, "/etc/triage.toml")
    assert config.config_path(None) == Path("/etc/triage.toml")
    monkeypatch.delenv(config.CONFIG_ENV)
    with pytest.raises(ConfigError, match="--config"):
        config.config_path(None)
