"""TOML + environment -> Settings; the only module that reads env or config files."""

from __future__ import annotations

import getpass
import os
import re
import tomllib
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from triage.domain.errors import ConfigError

CONFIG_ENV = "TRIAGE_CONFIG"
PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_TEMPLATES = PACKAGE_DIR.parent / "templates"
BUNDLED_SAMPLE_INBOX = PACKAGE_DIR / "data" / "sample_inbox.jsonl"
BUNDLED_CORPUS = PACKAGE_DIR / "data" / "corpus"
MIGRATIONS = PACKAGE_DIR.parent / "migrations"
EXAMPLE_CONFIG = PACKAGE_DIR.parent / "config.example.toml"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PracticeSettings(Strict):
    name: str = Field(min_length=1)
    phone: str = Field(min_length=3)
    timezone: str = "America/New_York"
    portal_url: str = ""
    email: str = ""
    website: str = ""
    address: str = ""
    emergency_number: str = "911"
    crisis_line: str = "988"
    default_language: Literal["en", "es"] = "en"
    hours: dict[str, str] = Field(default_factory=dict)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use an IANA name)") from None
        return value

    @field_validator("hours")
    @classmethod
    def _valid_hours(cls, value: dict[str, str]) -> dict[str, str]:
        for day, span in value.items():
            if day not in WEEKDAYS:
                raise ValueError(f"unknown day {day!r} (use {', '.join(WEEKDAYS)})")
            if span != "closed" and parse_span(span) is None:
                raise ValueError(f"{day} = {span!r}: use 'HH:MM-HH:MM' or 'closed'")
        return value


class DatabaseSettings(Strict):
    url: str = "sqlite:///triage.db"
    lease_seconds: int = Field(default=120, ge=2)


class ClassifierSettings(Strict):
    model_dir: str = "models"
    uncertain_below: float = Field(default=0.6, ge=0.0, le=1.0)


class SendingSettings(Strict):
    stuck_after_minutes: int = Field(default=5, ge=1)


class RetentionSettings(Strict):
    days: int = Field(default=90, ge=1)


class SlackSettings(Strict):
    mode: Literal["socket", "http"] = "socket"
    http_port: int = Field(default=3000, ge=1, le=65535)
    api_base_url: str | None = None
    queue_channel: str = ""
    emergency_channel: str = ""
    admin_channel: str = ""
    emergency_mention: str = "<!here>"
    escalate_after_minutes: int = Field(default=5, ge=1)
    oncall_user: str = ""
    mask_identifiers: bool = False
    digest_after: int = Field(default=20, ge=0)
    digest_minutes: int = Field(default=15, ge=1)
    bot_token_env: str = "TRIAGE_SLACK_BOT_TOKEN"
    app_token_env: str = "TRIAGE_SLACK_APP_TOKEN"
    signing_secret_env: str = "TRIAGE_SLACK_SIGNING_SECRET"


class RoleSettings(Strict):
    front_desk: list[str] = Field(default_factory=list)
    physician: list[str] = Field(default_factory=list)
    admin: list[str] = Field(default_factory=list)


class AccountSettings(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
    platform: Literal["sample", "x", "facebook", "instagram"]
    enabled: bool = True
    poll_interval: Literal["auto"] | Annotated[int, Field(ge=10)] = "auto"
    backfill_hours: int = Field(default=24, ge=1, le=24 * 30)
    base_url: str | None = None
    inbox: str | None = None
    outbox: str | None = None
    user_id: str = ""
    page_id: str = ""
    ig_user_id: str = ""
    handle: str = ""
    graph_api_version: str = "v21.0"
    secrets: dict[str, str] = Field(default_factory=dict)

    @field_validator("secrets")
    @classmethod
    def _env_names_only(cls, value: dict[str, str]) -> dict[str, str]:
        for name, env in value.items():
            if not _ENV_NAME.match(env):
                raise ValueError(
                    f"{name} must name an environment variable (like TRIAGE_X_TOKEN), "
                    "never hold the secret itself"
                )
        return value


class Settings(Strict):
    practice: PracticeSettings
    database: DatabaseSettings = DatabaseSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    sending: SendingSettings = SendingSettings()
    retention: RetentionSettings = RetentionSettings()
    slack: SlackSettings = SlackSettings()
    roles: RoleSettings = RoleSettings()
    accounts: list[AccountSettings] = Field(default_factory=list)
    templates_dir: str = str(BUNDLED_TEMPLATES)
    source: str = Field(default="<defaults>", exclude=True)
    base_dir: str = Field(default=".", exclude=True)

    @field_validator("accounts")
    @classmethod
    def _unique_ids(cls, value: list[AccountSettings]) -> list[AccountSettings]:
        ids = [account.id for account in value]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"account ids must be unique; repeated: {', '.join(duplicates)}")
        return value

    def path(self, value: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        candidate = Path(value).expanduser()
        return candidate if candidate.is_absolute() else Path(self.base_dir) / candidate

    @property
    def database_url(self) -> str:
        url = self.database.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.path(url.removeprefix(prefix)).resolve())
        return url

    def account(self, account_id: str) -> AccountSettings:
        for account in self.accounts:
            if account.id == account_id:
                return account
        known = ", ".join(a.id for a in self.accounts) or "none"
        raise ConfigError(self.source, "accounts", f"no account {account_id!r} (known: {known})")

    def secret(self, account: AccountSettings, name: str) -> str:
        env = account.secrets.get(name)
        if env is None:
            raise ConfigError(self.source, f"accounts.{account.id}.secrets.{name}", "not set")
        value = os.environ.get(env, "")
        if not value:
            raise ConfigError(
                self.source,
                f"accounts.{account.id}.secrets.{name}",
                f"environment variable {env} is empty or not set",
            )
        return value

    def slack_secret(self, name: Literal["bot_token", "app_token", "signing_secret"]) -> str:
        """A Slack credential, from the environment variable that [slack] names for it."""
        key = f"{name}_env"
        env = str(getattr(self.slack, key))
        value = os.environ.get(env, "")
        if not value:
            problem = f"environment variable {env} is empty or not set"
            raise ConfigError(self.source, f"slack.{key}", problem)
        return value


def parse_span(span: str) -> tuple[time, time] | None:
    match = _HOURS.match(span)
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if max(h1, h2) > 23 or max(m1, m2) > 59 or (h1, m1) >= (h2, m2):
        return None
    return time(h1, m1), time(h2, m2)


def shell_user() -> str:
    """Who runs a command that names no --as user: the operating-system account, for the audit."""
    try:
        return f"os:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name and no passwd entry, as in some containers
        return f"os:uid-{os.getuid()}"


def is_given(explicit: str | None) -> bool:
    return bool(explicit or os.environ.get(CONFIG_ENV))


def config_path(explicit: str | None) -> Path:
    chosen = explicit or os.environ.get(CONFIG_ENV)
    if not chosen:
        raise ConfigError("<none>", "--config", f"give --config PATH or set {CONFIG_ENV}")
    return Path(chosen).expanduser()


def load(path: Path) -> Settings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(path), "-", "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), "-", f"not valid TOML: {error}") from None
    return from_dict(data, source=str(path), base_dir=str(path.resolve().parent))


def from_dict(data: dict[str, Any], source: str, base_dir: str) -> Settings:
    try:
        return Settings.model_validate({**data, "source": source, "base_dir": base_dir})
    except ValidationError as error:
        first = error.errors()[0]
        key = _dotted(data, first["loc"])
        raise ConfigError(source, key, first["msg"]) from None


def _dotted(data: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """accounts.1.platform -> accounts[x-main].platform, so the admin finds the entry."""
    parts: list[str] = []
    node: Any = data
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            name = node[step].get("id") if isinstance(node[step], dict) else None
            parts[-1] += f"[{name or step}]"
            node = node[step]
            continue
        parts.append(str(step))
        node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts) or "-"
