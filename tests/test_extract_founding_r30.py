"""Round 30 (F3a): the cataloguer / authority-record hand (h21).

- "X (Ely, England); research garden; founded 1755-10-17 by Y": an authority record's
  semicolon line opens with the organization's heading (its name, or its title's first words
  with the place in a qualifier bracket); a lowercase participle opening a later element,
  after verbless descriptions only, tells of the organization;
"""

from __future__ import annotations

import pytest

from orgkg.model import DateValue, Mention
from tests.founding_helpers import founding_dates, foundings


@pytest.mark.parametrize(
    ("intro", "date", "founder"),
    [
        (
            "Fenland Research (Ely, England); botanical garden and seed bank; founded 1802-04-09 by Ada Lovell.",
            DateValue(1802, 4, 9),
            "Ada Lovell",
        ),
        ("Fenland Research Board; seed garden; Ely; established 1921 Mar. 3.", DateValue(1921, 3, 3), None),
        (
            "Fenland Research (Cambs.); herbarium; founded 1 May 1930 by Ada Lovell.",
            DateValue(1930, 5, 1),
            "Ada Lovell",
        ),
    ],
)
def test_a_participle_element_of_a_record_line_founds_the_heading(
    intro: str, date: DateValue, founder: str | None
) -> None:
    found = foundings(intro)
    assert [f.date for f in found if f.date] == [date]
    assert [f.founder for f in found if f.founder] == ([Mention(founder, "person")] if founder else [])


@pytest.mark.parametrize(
    "intro",
    [
        # another heading: the participle is that body's
        "Ely Drainage Commission (Ely, England); botanical garden; founded 1802 by Ada Lovell.",
        # a clause before the participle (it has a determiner and a verb): not a description
        "Fenland Research Board; botanical garden; the council runs its farm; founded 1802.",
        # a dated element before: the participle may date another event
        "Fenland Research Board; botanical garden; seed bank 1790-1801; founded 1802.",
    ],
)
def test_no_founding_from_a_record_line_not_headed_by_the_organization(intro: str) -> None:
    assert founding_dates(intro) == []
