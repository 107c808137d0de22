"""Round 28, founding family (F3a): a counted group then its names; the date of an event "at
which" the organization was founded; the founding meeting's date; a Legislation record keyed
"Founder" / "Founders" / "Founded by" names the founders (a note in brackets after a name
dropped); a null value, a longer key or a value that is no name names none."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue, Founding

from .founding_helpers import NAME, founding_dates, foundings

INTRO = f"The {NAME} is a research body in Ely."


def founders(legislation: str) -> list[str]:
    found: list[Founding] = foundings(INTRO, legislation=legislation)
    return [m.name for f in found for m in (f.founder, *f.founders) if m is not None]


@pytest.mark.parametrize(
    ("legislation", "names"),
    [
        ("Established\t1932\nFounder\tMarta Ilves (Marta Jaanovna Ilves; Марта Ильвес)", ["Marta Ilves"]),
        ("Founded: 4 May 1946\nFounder: Piotr Andreevich Halin (Petro Andriiovych Halin)", ["Piotr Andreevich Halin"]),
        ("Founders: Ruth Hale and Karl Berg\nStatute: own statute", ["Ruth Hale", "Karl Berg"]),
        ("Founders\tRuth Hale; Karl Berg", ["Ruth Hale", "Karl Berg"]),
        ("| Founded by | Ruth Hale |", ["Ruth Hale"]),
        ("Founder and first director: Ruth Hale", ["Ruth Hale"]),  # both posts are hers (round 33)
    ],
)
def test_a_founder_record_names_the_founders(legislation: str, names: list[str]) -> None:
    assert founders(legislation) == names


@pytest.mark.parametrize(
    "legislation",
    [
        "Founder: unknown",
        "Founder: not recorded",
        "Founder\tnone (a state body)",
        "Founders: the Ministry of Works decree of 1950",
        "Founder: no single founder",
        "Founder: see History",
        "Founded by: the city council and two guilds",
        "First director: Ruth Hale",
    ],
)
def test_a_record_without_a_named_founder_names_none(legislation: str) -> None:
    assert founders(legislation) == []


@pytest.mark.parametrize(
    ("history", "names"),
    [
        (
            "Founded in 1911 on the initiative of two village teachers, Dr. Ruth Hale and Dr. Karl Berg, "
            "who rented a hall.",
            ["Ruth Hale", "Karl Berg"],
        ),
        (
            f"The {NAME} was set up in 1920 by three local merchants, Ruth Hale, Karl Berg and Ian Moss.",
            ["Ruth Hale", "Karl Berg", "Ian Moss"],
        ),
        (
            f"The {NAME} was established in 1930 by 2 retired surveyors, Ruth Hale and Karl Berg.",
            ["Ruth Hale", "Karl Berg"],
        ),
    ],
)
def test_a_counted_group_then_its_names_gives_the_names(history: str, names: list[str]) -> None:
    found = [m.name for f in foundings(INTRO, history) for m in (f.founder, *f.founders) if m is not None]
    assert found == names


@pytest.mark.parametrize(
    "history",
    [
        # fewer names than the count: the group is not all named
        f"The {NAME} was founded in 1911 by three farmers, Ruth Hale and Karl Berg.",
        f"The {NAME} was founded in 1911 by two farmers, Ruth Hale and others.",
        # no count: a description, not a counted group
        f"The {NAME} was founded in 1911 by local farmers, Ruth Hale and Karl Berg.",
        # what follows the comma is no list of names
        f"The {NAME} was founded in 1911 by two farmers, with help from Ruth Hale.",
    ],
)
def test_a_counted_group_not_fully_named_names_none(history: str) -> None:
    found = [m.name for f in foundings(INTRO, history) for m in (f.founder, *f.founders) if m is not None]
    assert found == []


@pytest.mark.parametrize(
    "history",
    [
        "The drainage scheme led three farmers to call a meeting at the Corn Exchange, Ely, on 4 May 1901, "
        "at which the Board was formally established.",
        "A public meeting was held in Ely on 4 May 1901, at which the Board was founded.",
        f"Farmers gathered at the Lamb Inn on 4 May 1901, at which the {NAME} was set up.",
    ],
)
def test_the_date_of_an_event_at_which_the_organization_was_founded(history: str) -> None:
    assert founding_dates(INTRO, history) == [DateValue(1901, 5, 4)]


@pytest.mark.parametrize(
    "history",
    [
        # another body founded at the event
        "A meeting was held in Ely on 4 May 1901, at which the Soham Drainage Club was founded.",
        # not founded there: proposed, or negated
        "A meeting was held in Ely on 4 May 1901, at which the Board was first proposed.",
        "A meeting was held in Ely on 4 May 1901, at which the Board was not yet established.",
        # the date is not the event's (it does not end right before ", at which")
        "On 4 May 1901 a meeting was held in Ely, at which the Board was founded.",
    ],
)
def test_no_event_date_when_the_clause_is_not_the_organizations_founding(history: str) -> None:
    assert DateValue(1901, 5, 4) not in founding_dates(INTRO, history)


@pytest.mark.parametrize(
    "history",
    [
        "The founding meeting took place at the Lamb Inn, Ely, on 4 May 1901, having been called by a farmer.",
        "Its founding meeting was held in the Corn Exchange on 4 May 1901; Ruth Hale took the chair.",
        "The foundation meeting was held on 4 May 1901 at the Lamb Inn.",
    ],
)
def test_a_sentence_opened_by_the_founding_meeting_dates_the_founding(history: str) -> None:
    assert founding_dates(INTRO, history) == [DateValue(1901, 5, 4)]


@pytest.mark.parametrize(
    "history",
    [
        "The founding meeting of the Soham Drainage Club took place on 4 May 1901.",  # another body's
        "The first annual meeting took place on 4 May 1901.",  # not the founding
        "The founding meeting took place in Ely; on 4 May 1901 the rules were printed.",  # another clause
        "A founding meeting was planned for 4 May 1901 but never held.",  # not the opening
    ],
)
def test_no_founding_meeting_date_from_another_meeting(history: str) -> None:
    assert DateValue(1901, 5, 4) not in founding_dates(INTRO, history)
