"""Round 40 (F3 history, dissolution): the RTI reply's endings (h29). Phrasings written for
these tests.

- a short form of its name without the "of …" tail ("the Imperial Bank" for the Imperial Bank
  of India) is the organization, when it keeps two words and ends in a head word;
- "(the) undertaking of <its name>" is its part, like "its undertaking";
- "acquired by X", "taken over by X", "bought by X": a successor only when the same sentence
  also ends the organization (otherwise a new owner, no successor).
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.names import NameKind, name_problem
from orgkg.model import ChangeEvent, Dissolution
from orgkg.parse import parse_profile


def _facts(name: str, history: str) -> list[ChangeEvent | Dissolution]:
    intro = f"The {name} was a body."
    facts = extract(parse_profile(f"{name}\n|\n{intro}\nHistory\n{history}\n", "x.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, (ChangeEvent, Dissolution))]


def _ended(name: str, history: str) -> bool:
    return any(isinstance(f, Dissolution) for f in _facts(name, history))


def _successors(name: str, history: str) -> set[str]:
    return {f.resulting.name for f in _facts(name, history) if isinstance(f, ChangeEvent) and f.resulting}


# --- a short form of its name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "history"),
    [
        ("Colonial Bank of Ceylon", "In 1962 the Colonial Bank ceased to exist."),
        ("Royal Institute of Tropical Hygiene", "The Royal Institute was dissolved in 1979."),
        ("Provincial Museum of Natural History", "1988 — the Provincial Museum closed its doors for good."),
    ],
)
def test_a_short_form_without_the_of_tail_is_the_organization(name: str, history: str) -> None:
    assert _ended(name, history)


@pytest.mark.parametrize(
    ("name", "history"),
    [
        ("Colonial Bank of Ceylon", "In 1962 the Mercantile Bank ceased to exist."),  # another bank
        ("Bank of Ceylon", "In 1962 the Bank ceased to lend to farmers."),  # no ending at all
        ("Colonial Bank of Ceylon", "In 1962 the Colonial Bank of Madras ceased to exist."),  # another tail
    ],
)
def test_no_short_form_for_another_name(name: str, history: str) -> None:
    assert not _ended(name, history)


# --- a buyer is a successor only with the ending ------------------------------------------


@pytest.mark.parametrize(
    ("name", "history", "successor"),
    [
        (
            "Colonial Bank of Ceylon",
            "(d) 03.05.1962 — undertaking of the Colonial Bank taken over by Lanka Commercial Bank; "
            "the Colonial Bank ceased to exist.",
            "Lanka Commercial Bank",
        ),
        (
            "Norvale Instruments",
            "2011 — acquired by Tessaro Holdings; the company ceased to exist as an independent entity.",
            "Tessaro Holdings",
        ),
        (
            "Harwick Biscuit Company",
            "In 1974 the company was bought by Crumley Foods Limited and ceased to exist.",
            "Crumley Foods Limited",
        ),
    ],
)
def test_a_buyer_in_the_sentence_that_ends_it_is_a_successor(name: str, history: str, successor: str) -> None:
    assert successor in _successors(name, history)


@pytest.mark.parametrize(
    ("name", "history"),
    [
        ("Norvale Instruments", "2011 — acquired by Tessaro Holdings, which kept the brand."),
        ("Colonial Bank of Ceylon", "1930 — the assets of the Colonial Bank were taken over by Lanka Trust Company."),
        ("Harwick Biscuit Company", "In 1974 the company was bought by Crumley Foods Limited."),
    ],
)
def test_a_buyer_alone_is_no_successor(name: str, history: str) -> None:
    assert not _successors(name, history)


# --- a name with its place before the acronym ----------------------------------------------


def _previous(name: str, intro: str, history: str) -> set[str]:
    facts = extract(parse_profile(f"{name}\n|\n{intro}\nHistory\n{history}\n", "x.txt"))
    return {f.previous_name for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    ("intro", "history", "whole"),
    [
        (
            "The centre was opened in 1961 as the Marine Survey Station, Kochi (MSSK).",
            "1979 — MSSK renamed Coastal Research Centre.",
            "Marine Survey Station, Kochi",
        ),
        (
            "The centre began in 1961 as the Forest Seed Bureau, Dehradun (FSBD).",
            "In 1979 FSBD was renamed Coastal Research Centre.",
            "Forest Seed Bureau, Dehradun",
        ),
        (
            "It was set up in 1961 as the Plant Quarantine Office, Nagpur (PQON).",
            "(c) 01.02.1979 — PQON renamed Coastal Research Centre by an order.",
            "Plant Quarantine Office, Nagpur",
        ),
    ],
)
def test_a_place_after_a_comma_belongs_to_the_name_its_acronym_spells(intro: str, history: str, whole: str) -> None:
    previous = _previous("Coastal Research Centre", intro, history)
    assert previous == {whole}


@pytest.mark.parametrize(
    ("intro", "history"),
    [
        # the acronym spells the name without the place: the place is no part of it
        (
            "The centre was opened in 1961 as the Marine Survey Station, Kochi (MSS).",
            "1979 — MSS renamed Coastal Research Centre.",
        ),
        # a list of places, no name before the comma
        ("The centre has offices in Kochi, Goa (KG).", "1979 — it was renamed Coastal Research Centre."),
    ],
)
def test_no_place_joined_when_the_acronym_does_not_spell_it(intro: str, history: str) -> None:
    previous = _previous("Coastal Research Centre", intro, history)
    assert not any(", " in p for p in previous)


# --- a name opening with a capitalised short word ----------------------------------------


@pytest.mark.parametrize("buyer", ["ON Semiconductor", "AT Kearney", "IN Groupe"])
def test_a_capitalised_opening_word_is_no_joining_word(buyer: str) -> None:
    history = f"2016 — acquired by {buyer}; the company ceased to exist as an independent entity."
    assert buyer in _successors("Norvale Instruments", history)


@pytest.mark.parametrize("text", ["OF SCIENCE", "On Semiconductor", "ON THE Rise"])
def test_a_joining_word_opening_a_fragment_is_still_refused(text: str) -> None:
    assert name_problem(text, NameKind.ORGANIZATION) is not None
