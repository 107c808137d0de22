"""Round 54 (founding): founders named by a post's title in another language and by a founders
record whose list also counts a group.

- "Fondateur: A", "Fundador: A", "Gründerin: A" under Leader: a founder title of the lexicon
  (legislation-cues role post-founder-title: French, Spanish, Portuguese, Italian, German and
  Dutch words, read only in a post's label) makes the post's holder a founder; a body's name read as the holder
  (its head noun, "Ministère", is an organization's) is none;
- "Founders: A (initiator); the 12 harbour guilds": a counted group among the pieces of a
  founders list names no founder and no longer keeps the list's names from being read."""

from __future__ import annotations

from .founding_helpers import FoundingReaders

_MUSEUM = FoundingReaders("Musée des Horloges", "The Musée des Horloges is a museum of clocks in Lyon.", "clocks.txt")
_GUILD = FoundingReaders(
    "Union of Canal Pilots", "The Union of Canal Pilots is a guild of river pilots in Ghent.", "pilots.txt"
)


# --- a founder's title in another language --------------------------------------------------


def test_fondatrice_post() -> None:
    assert _MUSEUM.founders("Leader\nFondatrice: Claire Vasseur\nDirecteur: Jean Roux") == {"Claire Vasseur"}


def test_fondateur_with_life_years() -> None:
    fields = "Leader\nFondateur: Paul Girard (1871-1950).\nPremier Directeur: M. Jean Roux."
    assert _MUSEUM.founders(fields) == {"Paul Girard"}


def test_cofondateur_post() -> None:
    assert _MUSEUM.founders("Leader\nCofondateur: Paul Girard\nDirecteur: Jean Roux") == {"Paul Girard"}


def test_fundador_post() -> None:
    assert _MUSEUM.founders("Leader\nFundador: Tomás Ibarra\nDirector: Jean Roux") == {"Tomás Ibarra"}


def test_grunderin_post() -> None:
    assert _MUSEUM.founders("Leader\nGründerin: Anna Weber\nDirektor: Karl Weber") == {"Anna Weber"}


# --- near-misses: no founder ----------------------------------------------------------------


def test_director_of_a_foundation_is_no_founder() -> None:
    assert _MUSEUM.founders("Leader\nDirecteur de la Fondation: Jean Roux") == set()


def test_first_director_is_no_founder() -> None:
    assert _MUSEUM.founders("Leader\nPremier Directeur: Jean Roux") == set()


def test_a_ministry_under_a_founder_title_is_no_person() -> None:
    assert _MUSEUM.founders("Leader\nMinistre fondateur: Ministère de la Culture") == set()


# --- a founders record that also counts a group -----------------------------------------------


def test_person_then_counted_group() -> None:
    history = "History\n1874: the guild is formed.\nFounders: Pieter de Smet (initiator); the 12 harbour guilds."
    assert _GUILD.founders(history) == {"Pieter de Smet"}


def test_counted_group_in_words_between_persons() -> None:
    history = "History\n1874: the guild is formed.\nFounders: Pieter de Smet; the twelve river parishes; Jan Claes."
    assert _GUILD.founders(history) == {"Pieter de Smet", "Jan Claes"}


def test_all_counted_towns_then_person() -> None:
    history = "History\n1874: the guild is formed.\nFounders: all 9 member towns; Jan Claes (first warden)."
    assert _GUILD.founders(history) == {"Jan Claes"}


def test_counted_group_alone_names_none() -> None:
    assert (
        _GUILD.founders("History\n1874: the guild is formed.\nFounders: the 12 harbour guilds; the 3 lock keepers.")
        == set()
    )


def test_uncounted_description_still_spoils_the_list() -> None:
    # a description without a count is no name: the list is not read
    history = "History\n1874: the guild is formed.\nFounders: Pieter de Smet; the harbour guilds of Flanders."
    assert _GUILD.founders(history) == set()


def test_clause_piece_still_spoils_the_list() -> None:
    history = "History\n1874: the guild is formed.\nFounders: Pieter de Smet; his brother kept the books."
    assert _GUILD.founders(history) == set()
