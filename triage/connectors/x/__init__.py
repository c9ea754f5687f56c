"""X (Twitter) API v2 through tweepy's Client: mentions, DMs, public replies, hide."""

from triage.connectors.x.connector import RebasedSession, XConnector, build_x_connector, endpoint_of
from triage.connectors.x.payloads import parse_dm_events, parse_mentions
from triage.connectors.x.sweep import Sweep

__all__ = [
    "RebasedSession",
    "Sweep",
    "XConnector",
    "build_x_connector",
    "endpoint_of",
    "parse_dm_events",
    "parse_mentions",
]
