"""Round 10: semicolon timelines ("01/1949 founded in Riga; 1950 renamed …; 2001-04-01 merged
into …"): each piece's leading date dates its event."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events, segments
from orgkg.model import ChangeEvent, DateValue, Identity, OrgKind

LAB = Identity(name="Northfield Optics Laboratory", kind=OrgKind.GOVERNMENT, acronym="NOL")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "03/1952 founded in Riga; 1953 first building opened; 12.05.1960 renamed Northfield Optics Laboratory.",
            [DateValue(1952, 3), DateValue(1953), DateValue(1960, 5, 12)],
        ),
        (
            "1891 set up as a testing office; 1920 moved to Leeds; 1999-10-01 merged into Optics UK.",
            [DateValue(1891), DateValue(1920), DateValue(1999, 10, 1)],
        ),
        (
            "April/1961 opened by the ministry; 1975 Ghana joins; 2004 closed.",
            [DateValue(1961, 4), DateValue(1975), DateValue(2004)],
        ),
    ],
)
def test_each_timeline_piece_is_dated_by_its_lead(text: str, dates: list[DateValue]) -> None:
    assert [s.date for s in segments(text)] == dates


@pytest.mark.parametrize(
    "text",
    [
        "The lab opened in 1952; 1953 saw its first building; it closed in 2004.",  # one lead only
        "It had 1200 staff; 300 left in 1990; 45 more in 1991.",  # counts, no years
    ],
)
def test_prose_with_semicolons_is_no_timeline(text: str) -> None:
    assert all(s.date is None for s in segments(text))


def test_founded_as_then_renamed_gives_the_previous_name_and_its_year() -> None:
    text = (
        "1891 founded as Electrical Proving Office, part of the Post Ministry; 1920 moved to Leeds; "
        "1970 renamed Northfield Optics Laboratory."
    )
    events = [e for e in read_events(text, LAB) if isinstance(e, ChangeEvent) and e.kind == "renamed"]
    assert [(e.previous_name, e.date) for e in events] == [("Electrical Proving Office", DateValue(1970))]
