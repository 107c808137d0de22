"""Round 33 (F3a): the Nordic/German/Dutch technical writer's founding instruments (h24).

- a sovereign's decision named in Dutch or German ("Besluit", "Entschließung") is an instrument
  kind like "Decree": its title is read, dated by a dotted day after "of";
- a monarch after the instrument's own date ("of <day> by Emperor X II") issued it: the signer,
  a German ordinal's dot kept when the sentence runs on, a sentence's full stop never;
- "signed by King X III." at a sentence's end: the regnal name without the full stop;
- a company suffix's abbreviation dot ("… Ltd.") ends an act's title, it is kept.
"""

from __future__ import annotations

import pytest

from orgkg.model import DateValue
from tests.founding_helpers import foundings

INTRO = "The Fenland Research Board is a public agency."


@pytest.mark.parametrize(
    ("legislation", "act", "date"),
    [
        (
            "Koninklijk Besluit (Royal Decree) of 12.03.1901, published in the Staatsblad.",
            "Koninklijk Besluit",
            DateValue(1901, 3, 12),
        ),
        (
            "Allerhöchste Entschließung of 4 May 1860 – approval of the statutes.",
            "Allerhöchste Entschließung",
            DateValue(1860, 5, 4),
        ),
        ("Ministerieel Besluit of 01.07.1977.", "Ministerieel Besluit", DateValue(1977, 7, 1)),
    ],
)
def test_a_sovereign_decision_in_dutch_or_german_is_an_instrument(legislation: str, act: str, date: DateValue) -> None:
    (found,) = foundings(INTRO, legislation=legislation)
    assert (found.act, found.act_date) == (act, date)


@pytest.mark.parametrize("legislation", ["Besluit of 12.03.1901.", "An Entschließung was mentioned in 1860."])
def test_the_kind_word_alone_names_no_instrument(legislation: str) -> None:
    assert [f.act for f in foundings(INTRO, legislation=legislation) if f.act] == []


@pytest.mark.parametrize(
    ("legislation", "signer"),
    [
        ("Imperial Charter of 2 May 1790 by Emperor Leopold II.", "Leopold II"),
        (
            "Allerhöchste Entschließung of 9 March 1849 by Kaiser Karl Ludwig I. – confirmation of the statutes.",
            "Karl Ludwig I.",
        ),
        ("Royal Warrant of 3.4.1820 by King Frederik VI; printed in the gazette.", "Frederik VI"),
        ("Koninklijk Besluit of 31.05.1890, signed by King Haakon VII.", "Haakon VII"),
    ],
)
def test_a_monarch_with_a_regnal_number_signs(legislation: str, signer: str) -> None:
    (found,) = foundings(INTRO, legislation=legislation)
    assert found.act_passed_by is not None and found.act_passed_by.name == signer


@pytest.mark.parametrize(
    "legislation",
    [
        "Imperial Charter of 2 May 1790, later amended by Emperor Leopold II.",  # a later act's monarch
        "Royal Warrant of 3.4.1820 by King Frederik.",  # a monarch without a regnal number: no one person
        "Royal Warrant of 3.4.1820 by Kaiser Wilhelm Society staff.",  # a society's name, no monarch
    ],
)
def test_no_signer_without_a_monarch_right_after_the_date(legislation: str) -> None:
    assert [f.act_passed_by for f in foundings(INTRO, legislation=legislation) if f.act_passed_by] == []


@pytest.mark.parametrize(
    ("legislation", "act"),
    [
        ("Act on Fenland Grid Ltd. (laki Fenland Grid Oy), in force 01.01.2015", "Act on Fenland Grid Ltd."),
        ("Act on Marsh Power Inc. of 3 May 1990.", "Act on Marsh Power Inc."),
        ("Fenland Research Act 1990.", "Fenland Research Act 1990"),  # a sentence's full stop is dropped
    ],
)
def test_a_company_suffix_keeps_its_dot(legislation: str, act: str) -> None:
    (found,) = foundings(INTRO, legislation=legislation)
    assert found.act == act


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("– 14.02.1902: founding; first office in the town hall\n– 1910: move to the harbour", DateValue(1902, 2, 14)),
        ("– 01.04.1970: foundation as Fen Survey Office\n– 1975: first report", DateValue(1970, 4, 1)),
        ("– 1888: two millers open a drainage workshop in Ely = founding\n– 1890: first pump", DateValue(1888)),
        ("- 1931: Establishment (by the county)\n- 1940: renamed", DateValue(1931)),
    ],
)
def test_a_chronology_entry_named_the_founding_dates_it(history: str, date: DateValue) -> None:
    assert [f.date for f in foundings(INTRO, history=history) if f.date] == [date]


@pytest.mark.parametrize(
    "history",
    [
        "– 1960: founding congress of the drainage union\n– 1961: move",  # another body's event
        "– 1960: founding of the Marsh Society\n– 1961: move",  # another body's founding
        "– 1925: the 25th anniversary of its foundation is marked\n– 1930: move",  # no noun opening the entry
        "– 1960: first report = milestone\n– 1961: move",  # another noun after the mark
    ],
)
def test_no_founding_from_an_entry_about_another_event(history: str) -> None:
    assert [f.date for f in foundings(INTRO, history=history) if f.date] == []


@pytest.mark.parametrize(
    ("history", "founder"),
    [
        (
            "– 1902: founded as Fen Office; founder + first director: Prof. Anna Berg (1870–1931)\n– 1910: y",
            "Anna Berg",
        ),
        (
            "– 1902: founded as Fen Office; co-founder and chair: Dr. Jens Holm, chair until 1920\n– 1910: y",
            "Jens Holm",
        ),
        ("– 1902: founded as Fen Office; Founder & secretary (1902–1915): Mr. Olav Lie\n– 1910: y", "Olav Lie"),
    ],
)
def test_a_founder_labelled_clause_names_a_founder(history: str, founder: str) -> None:
    (found,) = foundings(INTRO, history=history)
    assert [m.name for m in (found.founder, *found.founders) if m] == [founder]


@pytest.mark.parametrize(
    "history",
    [
        "– 1902: founded as Fen Office; founding director: Prof. Anna Berg\n– 1910: y",  # a first director
        "– 1902: founded as Fen Office; first director: Dr. Jens Holm\n– 1910: y",  # no founder's title
        "– 1902: founded as Fen Office; founder: not recorded\n– 1910: y",  # no person's name
    ],
)
def test_no_founder_from_another_post_or_no_name(history: str) -> None:
    assert [m for f in foundings(INTRO, history=history) for m in (f.founder, *f.founders) if m] == []
