"""Errors a person can act on; edges translate library errors into these."""

from datetime import datetime


class TriageError(Exception):
    """Base of every error the command line reports as one line."""


class ConfigError(TriageError):
    def __init__(self, path: str, key: str, problem: str) -> None:
        super().__init__(f"{path}: {key}: {problem}")
        self.path = path
        self.key = key


class ConnectorError(TriageError):
    """A platform call failed in a way a retry may fix."""


class RateLimited(ConnectorError):
    def __init__(self, account_id: str, endpoint: str, resumes_at: datetime) -> None:
        super().__init__(
            f"account {account_id}: rate limited on {endpoint}, resumes at {resumes_at.isoformat()}"
        )
        self.account_id = account_id
        self.endpoint = endpoint
        self.resumes_at = resumes_at


class SendRejected(ConnectorError):
    """The platform refused a reply outright: nothing was posted, and the same send would fail.

    A deleted comment, a closed messaging window, a reply the platform does not allow. Any
    other ConnectorError from a send may have posted (a timeout, a 5xx) and is never resent
    blindly.
    """


class AuthExpired(ConnectorError):
    def __init__(self, account_id: str, detail: str) -> None:
        super().__init__(f"account {account_id}: token expired or revoked ({detail})")
        self.account_id = account_id


class IllegalTransition(TriageError):
    def __init__(self, proposal_id: int | None, state: str, action: str, by: str = "") -> None:
        who = f" by {by}" if by else ""
        super().__init__(f"proposal {proposal_id} is already {state}{who}: cannot {action} it")
        self.proposal_id = proposal_id
        self.state = state


class NotFound(TriageError):
    """The thing named on the command line or in Slack does not exist."""


class NotAllowed(TriageError):
    """The user's role does not permit the action."""


class UnsafeReply(TriageError):
    def __init__(self, proposal_id: int | None, problems: list[str]) -> None:
        super().__init__(f"proposal {proposal_id}: reply blocked: " + "; ".join(problems))
        self.problems = problems


class DatabaseUnavailable(TriageError):
    """The database connection dropped (a restart, a failover): the unit of work was rolled back."""
