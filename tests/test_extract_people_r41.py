"""Round 41, F2 (people, founding dates, legislation): the guidebook entry (h30). A label's
colon ends the name before a bracketed founding note ("Also not ours: the X Fund (est. 1976)"
is another body's founding); a dotted honorific written in capitals without its dots ("HE",
"HRH") goes from a holder's name; after the kind word "Law" the "of <year>" is the law's date,
not part of its name; a holder's bracketed note before ", a description" goes with it. Own
phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.names import person_name
from orgkg.model import DateValue, Identity, OrgKind

from .founding_helpers import FoundingReaders
from .list_helpers import ListReaders

IDENTITY = Identity("Andean Glacier Observatory", OrgKind.ORGANIZATION, acronym="AGO")
LEADER = ListReaders(IDENTITY, heading="Leader")
NAME = "Northern Salt Exporters Union"
INTRO = f"The {NAME} (NSEU) is a trade body in Tromsø."


UNION = FoundingReaders(NAME, INTRO, "nseu.txt")
_dates = UNION.dates
_acts = UNION.acts


# --- class 1: a label's colon ends the name a bracketed founding note dates ------------------


@pytest.mark.parametrize(
    "line",
    [
        "Also not NSEU: the NSEU Pension Fund (est. 1976), a separate institution.",
        "Not to be confused with: the NSEU Training Trust (founded 1981), run apart since then.",
        "Unrelated: NSEU Shipping Services (established 1990), a private firm.",
    ],
)
def test_a_bracketed_founding_after_a_label_dates_another_body(line: str) -> None:
    assert _dates(f"History\nThe union met first in 1921. {line}") == set()


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("The NSEU (est. 1921) met in Tromsø.", 1921),
        ("History: The NSEU (founded 1921) began with four firms.", 1921),
        ("Origins; the NSEU (established 1921) held its first meeting.", 1921),
    ],
)
def test_the_organizations_own_bracketed_founding_still_counts(line: str, year: int) -> None:
    assert _dates(f"History\n{line}") == {DateValue(year)}


# --- class 2: a dotted honorific written in capitals without its dots ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("HE Fatima Al Mansoori", "Fatima Al Mansoori"),
        ("HH Sheikh Rashid bin Saeed", "Rashid bin Saeed"),
        ("SE Jean-Marc Ayrault", "Jean-Marc Ayrault"),
    ],
)
def test_an_undotted_honorific_leaves_the_name(text: str, name: str) -> None:
    found = person_name(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Director-General: HE Omar Bin Khalid, since 2021.", "Director-General | Omar Bin Khalid"),
        ("President — HE Maria Teresa Ruiz (since 2019)", "President | Maria Teresa Ruiz"),
    ],
)
def test_an_undotted_honorific_goes_from_the_holder(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("HE Jiankui", "HE Jiankui"),  # a family name in capitals, one word after it
        ("Hermann Weyl", "Hermann Weyl"),
        ("He Weiming", "He Weiming"),  # the family name He, not the capitals
    ],
)
def test_a_capitalised_family_name_is_no_honorific(text: str, name: str) -> None:
    found = person_name(text)
    assert found is not None and found.name == name


# --- class 3: "of <year>" after the kind word "Law" is the law's date ------------------------


@pytest.mark.parametrize(
    ("line", "act", "year"),
    [
        ("Set up by the Salt Trade Union Establishment Law of 1951.", "Salt Trade Union Establishment Law", 1951),
        ("Created under the Export Associations Law of 1963.", "Export Associations Law", 1963),
        (
            "Its basis is the Fisheries Cooperatives Law of 1948, passed by the Storting.",
            "Fisheries Cooperatives Law",
            1948,
        ),
    ],
)
def test_the_year_after_law_is_its_date(line: str, act: str, year: int) -> None:
    assert _acts(f"Legislation\n{line}") == {(act, DateValue(year))}


@pytest.mark.parametrize(
    ("line", "act", "year"),
    [
        ("Created under the Harbour Board Act of 1911.", "Harbour Board Act of 1911", 1911),
        ("Established by Law No. 12 of 1950.", "Law No. 12", 1950),
        ("Established by the Salt Trade Act 1933.", "Salt Trade Act 1933", 1933),
    ],
)
def test_other_titles_keep_their_years_as_before(line: str, act: str, year: int) -> None:
    assert _acts(f"Legislation\n{line}") == {(act, DateValue(year))}


# --- class 4: a holder's bracketed note, then a comma and a description ----------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Director: Ana Lima (since 2019), a glaciologist.", "Director | Ana Lima"),
        ("Rector: Dr. Jonas Berg (2010–2018), who later joined the ministry.", "Rector | Jonas Berg"),
        ("Chair: Lena Holt (acting), a former judge.", "Chair | Lena Holt"),
        ("CEO: Pavel Orlov (1994–2001), the last one, who went over to a rival as president.", "CEO | Pavel Orlov"),
    ],
)
def test_a_holders_note_before_a_description_goes(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    "line",
    [
        "Director: Institute of Glaciology (since 2019), a partner.",
        "President: Andean Mining Council (ex officio), a member body.",
    ],
)
def test_a_body_with_a_note_is_no_holder(line: str) -> None:
    assert LEADER.posts(line) == set()
