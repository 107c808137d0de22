"""A progress line on stderr for long builds: only on a terminal (or when asked), never
on stdout, and silent in CI, so logs and piped output stay clean (issue 6)."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

MIN_PROFILES = 20  # below this a build is over before a bar would help


def wanted(flag: bool | None, profiles: int, stream: TextIO | None = None) -> bool:
    """``--progress`` forces it on, ``--no-progress`` off; by default only for builds of
    more than a few profiles whose stderr is a terminal outside CI."""
    if flag is not None:
        return flag
    stream = stream or sys.stderr
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and profiles >= MIN_PROFILES


class ProgressBar:
    """``bar(phase, done, total)``: redraws one line at most ten times a second."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.last = 0.0
        self.shown = False
        self.start = time.monotonic()

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        filled = int(self.width * done / total) if total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rorgkg: {phase:<8} [{bar}] {done}/{total} {now - self.start:5.1f}s")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
