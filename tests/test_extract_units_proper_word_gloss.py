"""Units: on a bullet, a description after a spaced dash that opens with a proper adjective and
goes on in lowercase ("– Nordic and other languages") is no part of the unit's name."""

from __future__ import annotations

from orgkg.extract.names import NameKind
from orgkg.extract.units import item_mention


def _name(text: str, *, bullet: bool = True) -> str | None:
    found = item_mention(text, NameKind.UNIT, bullet=bullet)
    return found.name if found else None


def test_a_sentence_case_gloss_after_a_name_with_a_comma() -> None:
    assert _name("Faculty of History, Art and Music – European and world history since 1500.") == (
        "Faculty of History, Art and Music"
    )


def test_a_gloss_that_goes_on_capitalised_stays_part_of_the_name() -> None:
    assert _name("Gallery of the Coast – Harald Berg") == "Gallery of the Coast – Harald Berg"


def test_only_function_words_after_the_proper_word_stay() -> None:
    assert _name("Centre for Maritime Law – Nordic and the Sea") == "Centre for Maritime Law – Nordic and the Sea"


def test_outside_a_bullet_the_item_is_not_cut() -> None:
    assert _name("Faculty of Law – European and world law", bullet=False) != "Faculty of Law"
