"""triage run as a real process: it polls on its schedule and stops cleanly on SIGTERM."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select

from triage.config import PACKAGE_DIR
from triage.db.models import MessageRow

TRIAGE = str(Path(sys.executable).parent / "triage")


def wait_for(condition, seconds: float = 90.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_run_polls_the_accounts_and_stops_on_sigterm(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    shutil.copyfile(PACKAGE_DIR / "data" / "demo.toml", config)
    subprocess.run([TRIAGE, "--config", str(config), "db", "upgrade"], check=True)
    engine = create_engine(f"sqlite:///{tmp_path / 'triage.db'}")

    def stored() -> int:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(MessageRow)) or 0)

    process = subprocess.Popen(
        [TRIAGE, "--config", str(config), "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert wait_for(lambda: stored() == 67), "the sample inbox was not polled"
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    engine.dispose()
    assert process.returncode == 0, output
    assert "no Slack queue" in output and output.rstrip().endswith("stopped")
