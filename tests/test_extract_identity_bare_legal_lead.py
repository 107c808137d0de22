"""Identity: an intro whose subject is the title plus a legal form and nothing else ("Nordvik AB
is a …") gives that legal name as the name and the title as another name of it."""

from __future__ import annotations

from orgkg.extract.identity import read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))


def test_the_title_without_the_legal_form_is_another_name() -> None:
    found = _identity("Nordvik Kraft", "Nordvik Kraft AB is a Swedish power utility based in Umeå.")
    assert found.name == "Nordvik Kraft AB"
    assert "Nordvik Kraft" in found.alternate_names


def test_a_comma_before_the_legal_form() -> None:
    found = _identity("Lumbrera", "Lumbrera, S.A. is a Spanish maker of lamps founded in 1931.")
    assert found.name == "Lumbrera, S.A."
    assert "Lumbrera" in found.alternate_names


def test_an_intro_giving_its_own_short_form_keeps_the_title_out() -> None:
    found = _identity("Nordvik Kraft", "Nordvik Kraft AB (NVK) is a Swedish power utility based in Umeå.")
    assert "Nordvik Kraft" not in found.alternate_names
