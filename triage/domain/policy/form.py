"""The reply's form: the platform's length limit and a calm tone."""

import re
from collections.abc import Iterator

from triage.domain.policy.findings import Finding, Severity, finding


def check_length(source: str, max_length: int | None) -> Iterator[Finding]:
    if max_length is not None and len(source) > max_length:
        yield finding("length.too_long", Severity.BLOCK, f"{len(source)}/{max_length}")


_EXCITED = re.compile(r"!{2,}|\b[A-Z]{3,}(?: [A-Z]{3,}){2,}\b")


def check_tone(source: str) -> Iterator[Finding]:
    match = _EXCITED.search(source)
    if match or source.count("!") >= 3:
        yield finding("text.tone", Severity.WARN, match.group() if match else "!" * 3)
