"""One exception hierarchy for every error a user can cause or meet.

The CLI maps each class to its exit code in one place (``cli.main``); the Python API
raises them unchanged. Anything that is not an ``OrgkgError`` is a bug in orgkg.
"""

from __future__ import annotations

from orgkg.exitcodes import ExitCode


class OrgkgError(Exception):
    """Base class: a message meant for a person, and the exit code it maps to."""

    exit_code: ExitCode = ExitCode.INPUT_ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(OrgkgError):
    """An option or argument that makes no sense (exit 2)."""

    exit_code = ExitCode.USAGE_ERROR


class InputError(OrgkgError):
    """Input that cannot be read or parsed (exit 3), located as ``file:line: reason``."""

    exit_code = ExitCode.INPUT_ERROR

    def __init__(self, reason: str, file: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        where = file or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {reason}")


class IRIError(InputError):
    """Text that cannot be turned into a valid absolute IRI."""


class RemoteError(OrgkgError):
    """A remote endpoint or store answered with an error or could not be reached (exit 4)."""

    exit_code = ExitCode.REMOTE_ERROR


class NetworkRefused(OrgkgError):
    """orgkg tried to reach the network where the security model forbids it."""

    exit_code = ExitCode.INPUT_ERROR
