"""Round 44 (leaders): the podcast transcript's spoken answers (h32).

- a spoken sentence adverb ("Then", "Obviously", "And") opening a sentence is no part of the
  holder's name (spoken-openers.csv);
- "Before him, A, from 2002 to 2017." / "And before Roe, B.": an earlier holder of the post
  the statement before gave, referred to by a pronoun or the later holder's surname;
- one role written "chairman" in one statement and "Chairman" in another is one post,
  labelled as titles write it."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.model import Field, Identity, Item, OrgKind, Post

IDENTITY = Identity("Example Trust", OrgKind.ORGANIZATION)


def posts(*lines: str) -> set[str]:
    items = tuple(Item(11 + i, line, bullet=False) for i, line in enumerate(lines))
    facts, _ = read_leader(Field("Leader", 10, items), IDENTITY)
    return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}


# --- a spoken opener before the holder's name --------------------------------------------


def test_then_before_a_name_is_no_part_of_it() -> None:
    # a finished term: a past holder (round 63e), whose post is read as a "Former President:" line
    assert posts("Then Oskar Lindqvist was president from 1961 to 1970.") == {"President | Oskar Lindqvist"}


def test_so_and_obviously_before_a_name_are_dropped() -> None:
    assert posts("So, Hanna Berg is the director.") == {"director | Hanna Berg"}
    assert posts("Obviously Ruth Okafor was the director.") == {"director | Ruth Okafor"}


def test_and_before_a_name_is_dropped() -> None:
    assert posts("And Tomas Varga became chairman in 1999.") == {"chairman | Tomas Varga"}


def test_a_capitalised_name_word_is_not_an_opener() -> None:
    # "Thenmozhi" and "Sophie" open with an opener's letters but are names
    assert posts("Thenmozhi Rajan was the director.") == {"director | Thenmozhi Rajan"}
    assert posts("Sophie Marten was the director.") == {"director | Sophie Marten"}


# --- an earlier holder after "Before him/her/<surname>" ----------------------------------


def test_before_her_gives_the_same_post() -> None:
    found = posts("Managing Director Lina Sorensen, who took over in 2021. Before her, Paul Weber, from 2009 to 2021.")
    assert found == {"Managing Director | Lina Sorensen", "Managing Director | Paul Weber"}


def test_before_him_without_comma_and_a_chain_by_surname() -> None:
    found = posts(
        "President Daniel Osei, who took office in 2018. Before him Grace Mbeki, from 2001 to 2018. "
        "And before Mbeki, Arthur Linden."
    )
    assert found == {"President | Daniel Osei", "President | Grace Mbeki", "President | Arthur Linden"}


def test_before_him_after_a_name_then_role() -> None:
    found = posts("Ilse Vogt, director since 2020. Before him, Karel Novak, until 2020.")
    assert found == {"Director | Ilse Vogt", "Director | Karel Novak"}


def test_before_a_surname_no_holder_has_gives_nothing() -> None:
    found = posts("Director Ilse Vogt, since 2020. Before Hartmann, Karel Novak.")
    assert found == {"Director | Ilse Vogt"}


def test_before_a_year_or_a_thing_is_no_earlier_holder() -> None:
    assert posts("Director Ilse Vogt, since 2020. Before 2020, Karel Novak.") == {"Director | Ilse Vogt"}
    assert posts("Director Ilse Vogt, since 2020. Before him, the Board ran it.") == {"Director | Ilse Vogt"}


def test_before_him_with_nothing_read_before_gives_nothing() -> None:
    assert posts("Before him, Karel Novak, from 1990 to 2000.") == set()


def test_before_him_naming_its_own_post_keeps_that_post() -> None:
    found = posts("Ana Reyes, CEO since 2022. Before her Luis Ortega, chairman from 2010 to 2022.")
    assert found == {"CEO | Ana Reyes", "Chairman | Luis Ortega"}


# --- one role in two cases ---------------------------------------------------------------


def test_lowercase_and_titled_spelling_of_one_post_are_one_label() -> None:
    found = posts("Then Oskar Lindqvist was chairman from 1961 to 1970. Marta Kowal, chairman from 1971 to 1980.")
    assert found == {"Chairman | Oskar Lindqvist", "Chairman | Marta Kowal"}


def test_two_lowercase_spellings_stay_as_written() -> None:
    found = posts("Oskar Lindqvist served as president until 1970. Marta Kowal was president after him.")
    assert all(label.startswith("president") for label in found)
