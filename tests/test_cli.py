"""The command line end to end: the demo, then working its queue, in a temp folder."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tests.fakes.ports import FakeConnector, FixedClock
from triage import bootstrap, config
from triage.cli import State, app
from triage.cli.review import recover_sends
from triage.domain.errors import ConnectorError
from triage.domain.ports import Clock
from triage.services import Deps, review

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


def test_a_message_the_model_cannot_read_is_listed_as_uncertain_and_says_why(
    demo_dir: Path,
) -> None:
    [portuguese] = [item for item in queue(demo_dir) if "bom dia" in str(item["text"])]
    assert portuguese["uncertain"] is True
    assert portuguese["uncertain_because"] == "not English or Spanish, which the model cannot read"
    assert "(not English or Spanish" in run(demo_dir, "queue")


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


def demo_deps(demo_dir: Path, connector: FakeConnector, clock: Clock | None = None) -> Deps:
    """The demo's services, with a platform that fails as the test says."""
    built = bootstrap.build(config.load(demo_dir / "config.toml"))
    return replace(built, connectors={"sample": connector}, clock=clock or built.clock)


def test_an_unknown_send_is_listed_and_settled_from_the_terminal(demo_dir: Path) -> None:
    item = next(i for i in queue(demo_dir) if i["action"] == "reply")
    proposal_id = int(str(item["id"]))
    timeout = FakeConnector(send_failures=[ConnectorError("account sample: POST timed out")])
    review.approve(demo_deps(demo_dir, timeout), proposal_id, "alex")
    [listed] = [i for i in queue(demo_dir) if i["id"] == proposal_id]
    assert listed["state"] == "unknown" and "timed out" in str(listed["reason"])
    assert f"triage confirm {proposal_id} --sent|--not-sent" in run(demo_dir, "queue")
    vague = invoke(demo_dir, "confirm", str(proposal_id), "--as", "alex")
    assert vague.exit_code == 1 and "--sent or --not-sent" in vague.output
    before = sent_lines(demo_dir)
    assert "sent" in run(demo_dir, "confirm", str(proposal_id), "--not-sent", "--as", "alex")
    assert sent_lines(demo_dir) == before + 1


class Killed(BaseException):
    """The process dying between the claim and the platform call."""


def test_an_interrupted_send_is_marked_unknown_when_triage_starts(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = next(i for i in queue(demo_dir) if i["action"] == "reply")
    an_hour_ago = FixedClock(datetime.now(UTC) - timedelta(hours=1))
    dying = demo_deps(demo_dir, FakeConnector(send_failures=[Killed()]), an_hour_ago)
    with pytest.raises(Killed):
        review.approve(dying, int(str(item["id"])), "alex")
    before = sent_lines(demo_dir)
    recover_sends(bootstrap.build(config.load(demo_dir / "config.toml")))
    printed = capsys.readouterr().out
    assert f"1 interrupted send(s) marked unknown (proposal {item['id']})" in printed
    assert sent_lines(demo_dir) == before


def test_relabel_ignore_mute_and_audit(demo_dir: Path) -> None:
    items = queue(demo_dir)
    general = next(i for i in items if i["label"] == "general")
    run(demo_dir, "relabel", str(general["id"]), "medical-question", "--as", "alex")
    run(demo_dir, "ignore", str(general["id"]), "--as", "alex")
    troll = next(i for i in items if i["label"] == "troll")
    vague = invoke(demo_dir, "mute", str(troll["thread"]), "--as", "dr.rivera")
    assert vague.exit_code == 1 and "--hours N, or --until-unmuted" in vague.output
    muted = run(demo_dir, "mute", str(troll["thread"]), "--hours", "24", "--as", "dr.rivera")
    assert "muted until" in muted
    assert f"thread:sample:{troll['thread']}" in run(demo_dir, "mutes")
    actions = [json.loads(line)["action"] for line in run(demo_dir, "audit", "--json").splitlines()]
    assert {"relabel", "ignore", "mute"} <= set(actions)


def test_an_author_is_muted_with_their_troll_comments_hidden_then_shown(demo_dir: Path) -> None:
    troll = next(i for i in queue(demo_dir) if i["label"] == "troll" and i["kind"] != "dm")
    author = str(troll["author_id"])
    args = ("--author", author, "--as", "dr.rivera")
    refused = invoke(
        demo_dir, "mute", "--author", author, "--hours", "24", "--hide", "--as", "alex"
    )
    assert refused.exit_code == 1 and "may not mute" in refused.output
    muted = run(demo_dir, "mute", "--until-unmuted", "--hide", *args)
    assert f"author {author} muted until unmuted on sample" in muted
    assert troll["id"] not in [i["id"] for i in queue(demo_dir)]
    hidden = int(muted.split(" comment(s) hidden")[0].rsplit("\n", 1)[-1])
    assert hidden >= 1
    assert f"{hidden} comment(s) shown again" in run(demo_dir, "unmute", *args)
    lines = (demo_dir / "sent.jsonl").read_text().splitlines()
    actions = [json.loads(line)["action"] for line in lines]
    assert actions[-2 * hidden :] == ["hide"] * hidden + ["unhide"] * hidden


def test_the_audit_is_exported_as_csv_to_stdout_or_a_file(demo_dir: Path, tmp_path: Path) -> None:
    listed = run(demo_dir, "audit", "--json", "--since", "2000-01-01")  # a date alone is UTC
    shown = [json.loads(line) for line in listed.splitlines()]
    printed = run(demo_dir, "audit", "export", "--since", "2000-01-01", "--format", "csv")
    *rows, export = list(csv.DictReader(io.StringIO(printed)))
    assert list(rows[0]) == ["id", "at", "actor", "action", "subject", "before", "after"]
    assert [int(r["id"]) for r in rows] == [e["id"] for e in shown]
    assert json.loads(rows[0]["after"]) == shown[0]["after"]
    assert export["action"] == "audit-export" and export["actor"].startswith("os:")
    target = tmp_path / "audit.csv"
    assert f"{len(rows) + 2} audit entries written" in run(
        demo_dir, "audit", "export", "-o", str(target), "--as", "sam"
    )
    assert target.read_text().startswith(printed)
    assert target.read_text().splitlines()[-1].split(",")[2:4] == ["sam", "audit-export"]


def test_purge_reports_what_it_removed_and_refuses_a_vague_age(demo_dir: Path) -> None:
    dry = run(demo_dir, "purge", "--older-than", "1h", "--dry-run")
    assert dry.startswith("would remove, from before") and "0 message text(s)" in dry
    assert "removed, from before" in run(demo_dir, "purge", "--as", "sam")
    last = json.loads(run(demo_dir, "audit", "--json").splitlines()[-1])
    assert (last["action"], last["actor"]) == ("purge", "sam")
    vague = invoke(demo_dir, "purge", "--older-than", "a while")
    assert vague.exit_code == 1 and "not a duration" in vague.output


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


def test_only_a_physician_may_override_a_block_from_the_terminal(demo_dir: Path) -> None:
    item = next(i for i in queue(demo_dir) if i["label"] == "medical-question")
    unsafe = "It is fine to take 400 mg of ibuprofen with that. Not medical advice."
    args = ("approve", str(item["id"]), "--text", unsafe, "--override", "label dose")
    refused = invoke(demo_dir, *args, "--as", "alex")
    assert refused.exit_code == 1 and "may not override" in refused.output
    assert "sent" in run(demo_dir, *args, "--as", "dr.rivera")
    audit = [json.loads(line) for line in run(demo_dir, "audit", "--json").splitlines()]
    assert audit[-3]["action"] == "override" and audit[-3]["actor"] == "dr.rivera"


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


def test_an_admin_sets_shows_lists_and_rolls_back_a_template(
    demo_dir: Path, tmp_path: Path
) -> None:
    wording = tmp_path / "general.en.j2"
    wording.write_text("Thanks for writing! Please call {{ practice.phone }}.\n")
    args = ("templates", "set", "general.en.j2", str(wording))
    refused = invoke(demo_dir, *args, "--as", "dr.rivera")
    assert refused.exit_code == 1 and "may not manage-templates" in refused.output
    saved = run(demo_dir, *args, "--as", "sam", "--note", "shorter")
    assert "general.en.j2: version 1 saved and in use" in saved
    shown = run(demo_dir, "templates", "show", "general.en.j2")
    assert shown.startswith("Thanks for writing!") and "version 1 (by sam" in shown
    listed = run(demo_dir, "templates", "list")
    assert "general.en.j2" in listed and "shorter" in listed and "general.es.j2" in listed
    assert "pass the reply policy" in run(demo_dir, "templates", "check")
    assert "rollback to the file" in run(
        demo_dir, "templates", "rollback", "general.en.j2", "--as", "sam"
    )
    assert "Thanks for writing!" not in run(demo_dir, "templates", "show", "general.en.j2")


def test_classify_with_workers_keeps_order_across_chunks(demo_dir: Path) -> None:
    texts = ["what time do you open", "my chest hurts so bad i cant breathe", "you quack"]
    lines = [{"id": i, "text": texts[i % 3]} for i in range(2500)]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    output = run(demo_dir, "classify", "--workers", "2", stdin=stdin)
    results = [json.loads(x) for x in output.splitlines()]
    assert [r["id"] for r in results] == list(range(2500))
    assert {r["label"] for r in results[1::3]} == {"emergency"}


def test_classify_workers_do_not_hang_when_tokenizers_parallelism_is_on(demo_dir: Path) -> None:
    # Bug: tokenizers' thread pool does not survive fork; with TOKENIZERS_PARALLELISM=true
    # in the environment, forked workers waited on it forever.
    stdin = "".join(json.dumps({"id": i, "text": f"my chest hurts {i}"}) + "\n" for i in range(50))
    command = [sys.executable, "-m", "triage", "--config", str(demo_dir / "config.toml")]
    done = subprocess.run(
        [*command, "classify", "--workers", "2"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TOKENIZERS_PARALLELISM": "true"},
        check=True,
    )
    assert len(done.stdout.splitlines()) == 50
