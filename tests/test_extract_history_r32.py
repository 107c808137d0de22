"""Round 32 (history): the organization's own "About us" page, in the first person plural.
"We" (and "our" before a noun) is the profiled organization, as "it" and "its" are: a
subject test that accepts first-person-words.csv, no new sentence patterns. A pronoun is
never a name. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from orgkg.extract.history import Names, Subject, read_events, subject_of
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind

ORG = Identity("Harbour Foundation for Coastal Ecology", OrgKind.NGO, "HFCE")


def _changes(text: str) -> list[ChangeEvent]:
    return [f for f in read_events(text, ORG) if isinstance(f, ChangeEvent)]


def previous_names(text: str) -> list[str]:
    return [f.previous_name for f in _changes(text) if f.previous_name]


def predecessors(text: str) -> list[str]:
    return [f.original.name for f in _changes(text) if f.kind in {"succeeded", "predecessor"} and f.original]


def merged_into(text: str) -> list[str]:
    return [f.resulting.name for f in _changes(text) if f.kind == "merged-into" and f.resulting]


def dissolution_years(text: str) -> list[int]:
    return [f.date.year for f in read_events(text, ORG) if isinstance(f, Dissolution) and f.date]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We were founded in 1971 as the Tidewater Study Group.", "Tidewater Study Group"),
        ("We opened in 1971 as the Tidewater Study Group, with two boats.", "Tidewater Study Group"),
        ("We were established in 1968 as the Bay Monitoring Unit, renamed in 1990.", "Bay Monitoring Unit"),
        ("We were set up in 1968 as the Bay Monitoring Unit.", "Bay Monitoring Unit"),
    ],
)
def test_we_as_the_subject_of_a_rename_gives_the_previous_name(text: str, name: str) -> None:
    assert previous_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "2014 — We became the Harbour Foundation for Coastal Ecology.",
        "In 2014 we became Harbour Foundation for Coastal Ecology, a name that says who we are.",
        "We are proud to work with the Dune Society.",
        "We were founded in 1971.",
    ],
)
def test_a_first_person_pronoun_is_never_a_previous_name(text: str) -> None:
    names = previous_names(text)
    assert not any(n.lower() in {"we", "our", "us"} for n in names)
    assert names == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We grew out of the Marsh Survey Committee in 1970.", "Marsh Survey Committee"),
        ("Our predecessor, the Estuary Survey Bureau, began its work in 1955.", "Estuary Survey Bureau"),
        ("1955: Our forerunner, the Estuary Survey Bureau (ESB), starts its surveys.", "Estuary Survey Bureau"),
        ("In 1955 our forerunner, the Estuary Survey Bureau, began its work.", "Estuary Survey Bureau"),
    ],
)
def test_we_and_our_name_a_predecessor(text: str, name: str) -> None:
    assert predecessors(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # another noun after "our", or a partner: no predecessor
        "Our partner, the Dune Society, began its work in 1955.",
        "Our director, the marine biologist, began her work in 1955.",
        # a third party's predecessor, not ours
        "The Dune Society's partner, the Estuary Survey Bureau, began its work in 1955.",
    ],
)
def test_no_predecessor_from_another_noun_after_our(text: str) -> None:
    assert predecessors(text) == []


@pytest.mark.parametrize(
    ("text", "name", "year"),
    [
        ("We merged with the Dune Society in 2001 to form the Shoreline Alliance.", "Shoreline Alliance", 2001),
        ("In 2009 we were absorbed into the Shoreline Alliance.", "Shoreline Alliance", 2009),
        ("In 2010 we were merged into the Shoreline Alliance.", "Shoreline Alliance", 2010),
    ],
)
def test_we_merged_into_names_the_successor_and_ends_it(text: str, name: str, year: int) -> None:
    assert merged_into(text) == [name]
    assert dissolution_years(text) == [year]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2017 we closed our doors.", 2017),
        ("We were dissolved in 1999.", 1999),
        ("We were wound up in 2003 after the funding ended.", 2003),
    ],
)
def test_we_closed_dates_the_dissolution(text: str, year: int) -> None:
    assert dissolution_years(text) == [year]


@pytest.mark.parametrize(
    "text",
    [
        # another body's ending, or ours negated: no dissolution
        "The Dune Society closed its doors in 2017, and we took over its archive.",
        "We never closed our doors, not even in the 2017 floods.",
        "Our partner, the Dune Society, was dissolved in 1999.",
    ],
)
def test_no_dissolution_from_another_body_or_a_negation(text: str) -> None:
    assert dissolution_years(text) == []


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [("We were renamed in 1985.", "renamed"), ("In 2001 we merged with them.", "merged")],
)
def test_subject_of_reads_we_as_the_organization(sentence: str, verb: str) -> None:
    assert subject_of(sentence, sentence.index(verb), Names(ORG, {}))[0] == Subject.SELF


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb phrase written with "its" reads "our" the same way
        (
            "We were founded in 1971 as the Tidewater Study Group and took our present name in 1990.",
            "Tidewater Study Group",
        ),
        (
            "In 1971 we started as the Tidewater Study Group; in 1990 we adopted our present name.",
            "Tidewater Study Group",
        ),
        ("Set up in 1971 as the Tidewater Study Group, we received our current name in 1990.", "Tidewater Study Group"),
    ],
)
def test_our_in_a_present_name_phrase(text: str, name: str) -> None:
    assert previous_names(text) == [name]


def test_we_changed_our_name_to_is_a_rename() -> None:
    assert [f.kind for f in _changes("In 2017 we changed our name to the Coastal Trust.")] == ["renamed"]


@pytest.mark.parametrize(
    "text",
    [
        # "our" opens the object of the closing verb: a part of it closed, not the organization
        "In 2017 we closed our Paris office.",
        "In 2004 we closed our field station on the dunes.",
        "We shut down our old laboratory in 1999.",
    ],
)
def test_closing_one_of_our_own_parts_is_no_dissolution(text: str) -> None:
    assert dissolution_years(text) == []


def intro_previous_names(intro: str) -> list[str]:
    return [f.previous_name for f in read_events("", ORG, intro) if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    "intro",
    [
        # in the intro, a pronoun alone before the verb: the verb is the main one, the name an earlier one
        "We are the Harbour Foundation for Coastal Ecology. We opened in 1971 as the Tidewater Study Group.",
        "We are the HFCE. In 1971 we started out as the Tidewater Study Group, with two boats.",
        "The Harbour Foundation for Coastal Ecology is a charity. In 1971 it opened as the Tidewater Study Group.",
    ],
)
def test_a_pronoun_subject_in_the_intro_gives_the_first_name(intro: str) -> None:
    assert intro_previous_names(intro) == ["Tidewater Study Group"]


@pytest.mark.parametrize(
    "intro",
    [
        # an apposition before the main verb gives a current name; another subject is another body
        "The Harbour Foundation for Coastal Ecology, opened in 1971 as the Tidewater Trust, is a charity.",
        "Our partners opened in 1971 as the Tidewater Study Group.",
        "They opened in 1971 as the Tidewater Study Group, and we joined them later.",
    ],
)
def test_no_first_name_from_an_apposition_or_another_subject(intro: str) -> None:
    assert intro_previous_names(intro) == []


def successors(text: str) -> list[str]:
    return [f.resulting.name for f in _changes(text) if f.kind == "succeeded-by" and f.resulting]


@pytest.mark.parametrize(
    "text",
    [
        # a successor named in an appositive, as a predecessor is
        "2011 — Our work ended there: our successor, the Shoreline Alliance, carries it on.",
        "Its successor, the Shoreline Alliance (SA), took over the boats in 2011.",
        "In 2011 our direct successor, Shoreline Alliance, moved into the same building.",
    ],
)
def test_a_successor_in_an_appositive(text: str) -> None:
    assert successors(text) == ["Shoreline Alliance"]


@pytest.mark.parametrize(
    "text",
    [
        # another body's successor, no name in the appositive, or no closing comma
        "The Dune Society's successor, the Shoreline Alliance, took over in 2011.",
        "Our successor, a new trust for the bay, was set up in 2011.",
        "Visit our successor online.",
    ],
)
def test_no_successor_from_another_owner_or_no_name(text: str) -> None:
    assert successors(text) == []
