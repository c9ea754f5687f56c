"""The command line end to end: the demo, then working its queue, in a temp folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from triage.cli import State, app

runner = CliRunner()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "triage-demo"
    result = runner.invoke(app, ["demo", "--dir", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Review queue" in result.output and str(folder) in result.output
    return folder


def invoke(demo_dir: Path, *args: str, stdin: str | None = None) -> Result:
    State.config_file = None
    return runner.invoke(app, ["--config", str(demo_dir / "config.toml"), *args], input=stdin)


def run(demo_dir: Path, *args: str, stdin: str | None = None) -> str:
    result = invoke(demo_dir, *args, stdin=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def queue(demo_dir: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in run(demo_dir, "queue", "--json").splitlines()]


def test_the_demo_queues_the_whole_sample_inbox_emergencies_first(demo_dir: Path) -> None:
    items = queue(demo_dir)
    assert 50 <= len(items) <= 80
    labels = [item["label"] for item in items]
    assert labels[0] == "emergency"
    assert set(labels) == {"emergency", "medical-question", "troll", "general"}
    first_non_emergency = labels.index(next(label for label in labels if label != "emergency"))
    assert "emergency" not in labels[first_non_emergency:]
    assert {"id", "confidence", "platform", "author", "text", "action", "reply"} <= set(items[0])


def test_the_demo_replays_nothing_twice(demo_dir: Path) -> None:
    before = len(queue(demo_dir))
    assert "stored 0 new" in run(demo_dir, "poll", "--once")
    assert len(queue(demo_dir)) == before


def sent_lines(demo_dir: Path) -> int:
    sent = demo_dir / "sent.jsonl"
    return len(sent.read_text().splitlines()) if sent.exists() else 0


def test_approving_from_the_terminal_sends_once(demo_dir: Path) -> None:
    item = next(i for i in queue(demo_dir) if i["action"] == "reply")
    before = sent_lines(demo_dir)
    assert "sent" in run(demo_dir, "approve", str(item["id"]), "--as", "alex")
    again = invoke(demo_dir, "approve", str(item["id"]), "--as", "alex")
    assert again.exit_code == 1 and "already sent by alex" in again.output
    assert sent_lines(demo_dir) == before + 1


def test_relabel_ignore_mute_and_audit(demo_dir: Path) -> None:
    items = queue(demo_dir)
    general = next(i for i in items if i["label"] == "general")
    run(demo_dir, "relabel", str(general["id"]), "medical-question", "--as", "alex")
    run(demo_dir, "ignore", str(general["id"]), "--as", "alex")
    troll = next(i for i in items if i["label"] == "troll")
    assert "muted" in run(demo_dir, "mute", str(troll["thread"]), "--as", "dr.rivera")
    actions = [json.loads(line)["action"] for line in run(demo_dir, "audit", "--json").splitlines()]
    assert {"relabel", "ignore", "mute"} <= set(actions)


def test_a_refused_role_is_one_clear_line(demo_dir: Path) -> None:
    item = queue(demo_dir)[0]
    result = invoke(demo_dir, "ignore", str(item["id"]), "--as", "nobody")
    assert result.exit_code == 1
    assert result.output.strip() == "error: nobody (no role) may not ignore"


def test_a_bad_config_is_one_line_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[practice]\nname = 'x'\n")
    State.config_file = None
    result = runner.invoke(app, ["--config", str(bad), "queue"])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {bad}: practice.phone: Field required"


def test_classify_keeps_ids_and_order(demo_dir: Path) -> None:
    lines = [
        {"id": "b", "text": "my dad is having a stroke, his face is drooping"},
        {"id": 7, "text": "what time do you open on saturday?"},
        {"id": "a", "text": "is it ok to take tylenol with amoxicillin"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    results = [json.loads(x) for x in run(demo_dir, "classify", stdin=stdin).splitlines()]
    assert [r["id"] for r in results] == ["b", 7, "a"]
    assert results[0]["label"] == "emergency"
    assert set(results[1]["scores"]) == {"emergency", "medical-question", "troll", "general"}


def test_lint_blocks_advice_and_passes_a_safe_reply(demo_dir: Path) -> None:
    blocked = invoke(demo_dir, "lint", "--json", "You should double your metformin dose.")
    assert blocked.exit_code == 1 and json.loads(blocked.output)["blocked"] is True
    safe = invoke(demo_dir, "lint", "Thanks! Please call our office at 555-0100.")
    assert safe.exit_code == 0


def test_lint_jsonl_keeps_ids_and_order(demo_dir: Path) -> None:
    stdin = '{"id": "b", "text": "Take 2 tablets twice a day."}\n{"id": "a", "text": "Call 911."}\n'
    lines = [json.loads(x) for x in run(demo_dir, "lint", "--jsonl", stdin=stdin).splitlines()]
    assert [(x["id"], x["blocked"]) for x in lines] == [("b", True), ("a", False)]


def test_lint_without_a_config_uses_the_example_practice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    State.config_file = None
    result = runner.invoke(app, ["lint", "Please call us at 555-0100."])
    assert result.exit_code == 0, result.output


def test_the_templates_check_passes_on_the_bundled_templates(demo_dir: Path) -> None:
    assert "pass the reply policy" in run(demo_dir, "templates", "check")


def test_classify_with_workers_keeps_order_across_chunks(demo_dir: Path) -> None:
    texts = ["what time do you open", "my chest hurts so bad i cant breathe", "you quack"]
    lines = [{"id": i, "text": texts[i % 3]} for i in range(2500)]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    output = run(demo_dir, "classify", "--workers", "2", stdin=stdin)
    results = [json.loads(x) for x in output.splitlines()]
    assert [r["id"] for r in results] == list(range(2500))
    assert {r["label"] for r in results[1::3]} == {"emergency"}
