"""`triage slack manifest`, and the wiring build_slack does from a config file."""

from __future__ import annotations

import json
import socket
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from typer.testing import CliRunner

from tests.fakes.slack_api import FakeSlackApi
from tests.slack.conftest import sign
from triage import bootstrap, config
from triage.cli import State, app
from triage.cli.slack import SlackRunner
from triage.domain.errors import ConfigError
from triage.domain.roles import Permission
from triage.scheduler import Instance
from triage.services import notify

runner = CliRunner()
PRACTICE = '[practice]\nname = "Test Clinic"\nphone = "555-0100"\n'


def write_config(folder: Path, slack: str, roles: str = "") -> Path:
    path = folder / "config.toml"
    database = f'[database]\nurl = "sqlite:///{folder / "triage.db"}"\n'
    path.write_text(PRACTICE + database + f"[slack]\n{slack}\n[roles]\n{roles}\n")
    return path


def manifest_of(path: Path, *args: str) -> dict[str, object]:
    State.config_file = None
    result = runner.invoke(app, ["--config", str(path), "slack", "manifest", *args])
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def test_the_socket_mode_manifest_needs_no_request_url(tmp_path: Path) -> None:
    printed = manifest_of(write_config(tmp_path, 'queue_channel = "C1"'))
    assert printed["settings"]["socket_mode_enabled"] is True  # type: ignore[index]
    assert "request_url" not in printed["settings"]["interactivity"]  # type: ignore[index]


def test_the_http_manifest_points_slack_at_our_endpoint(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'mode = "http"\nqueue_channel = "C1"')
    printed = manifest_of(path, "--url", "https://triage.example/")
    command = printed["features"]["slash_commands"][0]  # type: ignore[index]
    assert command["url"] == "https://triage.example/slack/events"


def test_the_http_manifest_without_a_url_says_what_to_give(tmp_path: Path) -> None:
    State.config_file = None
    path = write_config(tmp_path, 'mode = "http"\nqueue_channel = "C1"')
    result = runner.invoke(app, ["--config", str(path), "slack", "manifest"])
    assert result.exit_code == 1 and "give --url" in result.output


@pytest.fixture
def tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("TRIAGE_SLACK_SIGNING_SECRET", "secret")


def test_build_slack_wires_the_queue_and_expands_user_groups(tmp_path: Path, tokens: None) -> None:
    with FakeSlackApi() as api:
        api.user_groups["S0DOCTORS"] = ["U0DOC0001"]
        slack = f'mode = "http"\nqueue_channel = "C1"\napi_base_url = "{api.base_url}"'
        path = write_config(tmp_path, slack, 'physician = ["S0DOCTORS"]')
        settings = config.load(path)
        bootstrap.upgrade_database(settings)
        built = bootstrap.build_slack(settings, bootstrap.build(settings))
        assert built.deps.roles.may("U0DOC0001", Permission.MUTE)
        assert notify.queue_status(built.deps).total == 0
        assert api.calls_to("auth.test")  # Bolt checked the token at start
        assert "xoxb" not in repr(built)


def test_build_slack_names_the_missing_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRIAGE_SLACK_BOT_TOKEN", raising=False)
    settings = config.load(write_config(tmp_path, 'queue_channel = "C1"'))
    with pytest.raises(ConfigError, match=r"slack\.bot_token_env: environment variable"):
        bootstrap.build_slack(settings, bootstrap.build(settings))


def test_triage_slack_serves_signed_requests_in_http_mode(tmp_path: Path, tokens: None) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with FakeSlackApi() as api:
        slack = f'mode = "http"\nhttp_port = {port}\nqueue_channel = "C1"\n'
        settings = config.load(write_config(tmp_path, slack + f'api_base_url = "{api.base_url}"'))
        bootstrap.upgrade_database(settings)
        here = Instance("test", timedelta(seconds=60))
        runner = SlackRunner(bootstrap.build_slack(settings, bootstrap.build(settings)), here)
        runner.start()
        try:
            body = urlencode({"command": "/triage", "text": "help", "user_id": "U1"})
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            headers |= sign(body, int(time.time()), "secret")
            url = f"http://127.0.0.1:{port}/slack/events"
            response = httpx.post(url, content=body, headers=headers, timeout=10)
        finally:
            runner.stop()
    assert response.status_code == 200 and "/triage status" in response.text
