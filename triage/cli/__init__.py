"""The command line: parse, bootstrap, call one service, print. One module per group of verbs."""

from triage.cli import inbox, model, records, replies, review, run, slack
from triage.cli.app import State, app, main

__all__ = ["State", "app", "inbox", "main", "model", "records", "replies", "review", "run", "slack"]
