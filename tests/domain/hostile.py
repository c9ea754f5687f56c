"""Replies built to make a careless pattern backtrack: long runs of what the rules look for.

The tests check that the reply check reads each to the end; `benchmarks/replies.py` prints how
long the worst of them takes.
"""

HOSTILE_REPLIES = [
    "a" * 10_000,
    "1" * 10_000,
    "a " * 5_000,
    "1 " * 5_000,
    "Aa " * 3_333,
    "@" * 10_000,
    "a@" * 5_000,
    "." * 10_000,
    "you should " * 900,
    "your " * 2_000,
    "Dr. " * 2_500,
    "1/1/" * 2_500,
    "(555) " * 1_600,
    "take " * 2_000,
    "it's probably a " * 600,
    "Maria " * 1_600,
    "!" * 10_000,
    "ñ́" * 5_000,
]
