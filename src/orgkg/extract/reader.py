"""The shape every field reader has."""

from __future__ import annotations

from collections.abc import Callable

from orgkg.model import Fact, Field, FieldStatus, Identity

# A reader takes the field and the identity read from the intro and returns (facts, status);
# the status is only consulted when no fact came out.
ReaderResult = tuple[list[Fact], FieldStatus | None]
Reader = Callable[[Field, Identity], ReaderResult]
