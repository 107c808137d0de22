"""Round 29 (history): a lone common noun is never a name; "reorganized into X … ceased to
exist" names a successor; "took over the functions of two earlier bodies: A (…), and B"
names predecessors. Phrasings written for these tests, not taken from the benchmark."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

ORG = Identity("Tarn Valley Institute of Applied Research", OrgKind.GOVERNMENT, "TVIAR")


def _events(text: str) -> list[ChangeEvent]:
    return [f for f in read_events(text, ORG) if isinstance(f, ChangeEvent)]


def previous_names(text: str) -> list[str]:
    return [e.previous_name for e in _events(text) if e.previous_name]


@pytest.mark.parametrize(
    "text",
    [
        "The Institute was set up in 1961. It was renamed the Tarn Valley Institute of Applied Research in 1980.",
        "The Board was established in 1950. In 1972 it was renamed the Tarn Valley Institute of Applied Research.",
        "The Agency was created in 1944. It became the Tarn Valley Institute of Applied Research in 1990.",
    ],
)
def test_a_lone_common_noun_is_never_a_previous_name(text: str) -> None:
    assert previous_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Institute was set up in 1961 as the Tarn Research Corporation. It was renamed the Tarn Valley "
            "Institute of Applied Research in 1980.",
            "Tarn Research Corporation",
        ),
        (
            "The Tarn Research Board was set up in 1961. It was renamed the Tarn Valley Institute of Applied "
            "Research in 1980.",
            "Tarn Research Board",
        ),
    ],
)
def test_a_named_subject_is_still_a_previous_name(text: str, name: str) -> None:
    assert previous_names(text) == [name]
