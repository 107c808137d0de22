"""A name read from a history sentence keeps the stop after a one-letter initial."""

from __future__ import annotations

import pytest

from orgkg.extract.history import name_at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the William H. Gates Foundation, which", "William H. Gates Foundation"),
        ("the John D. and Catherine T. MacArthur Foundation", "John D. and Catherine T. MacArthur Foundation"),
        ("the Dr Rao Institute, which", "Dr Rao Institute"),
    ],
)
def test_initial_keeps_its_stop(text: str, name: str) -> None:
    span = name_at(text)
    assert span is not None
    assert span.name == name
