"""The exit-code contract (DESIGN §8). CI scripts depend on these numbers: never renumber."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    VALIDATION_FAILED = 1  # findings at or above the chosen severity
    USAGE_ERROR = 2  # bad option or argument (click's own usage errors use 2 as well)
    INPUT_ERROR = 3  # missing, unreadable or malformed input, reported as file:line: reason
    REMOTE_ERROR = 4  # a remote SPARQL endpoint or triple store failed
