"""Round 31 (F1): the intro's "X of the <owner>" under the title "X" names the owner, not a
longer name; a legal form alone ("E.P.") is never an alternate name; "more known as" is
"better known as"."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "title, intro",
    [
        ("Museo de Arte Colonial", "The Museo de Arte Colonial of the Ministerio de Cultura is a museum in a city."),
        ("Casa de la Moneda", "The Casa de la Moneda del Banco de Reservas is a numismatic museum."),
        ("Biblioteca Luis Ángel Arango", "The Biblioteca Luis Ángel Arango of the Banco Central is a library."),
        ("Arquivo Histórico", "The Arquivo Histórico da Universidade Eduardo Mondlane is an archive."),
    ],
)
def test_owner_after_the_title_is_no_part_of_the_name(title: str, intro: str) -> None:
    found = _identity(title, intro)
    assert found.name == title
    assert title not in found.alternate_names
    assert not any(" of the " in n or " del " in n or " da " in n for n in found.alternate_names)


@pytest.mark.parametrize(
    "title, intro, name",
    [
        # a place after "of the" is part of the name
        (
            "Academy of Sciences",
            "The Academy of Sciences of the Czech Republic is a research body.",
            "Academy of Sciences of the Czech Republic",
        ),
        # the title already holds the "of the" part
        (
            "Bank of the Republic",
            "The Bank of the Republic is the central bank.",
            "Bank of the Republic",
        ),
        # a lowercase tail is no body
        (
            "Gold Museum",
            "The Gold Museum of the old town is a museum.",
            "Gold Museum",
        ),
    ],
)
def test_other_of_the_tails(title: str, intro: str, name: str) -> None:
    assert _identity(title, intro).name == name


@pytest.mark.parametrize(
    "title, intro, alternate",
    [
        (
            "Empresa Nacional de Electricidade",
            "The Empresa Nacional de Electricidade, E.P., more known as ENE, is the state utility.",
            "ENE",
        ),
        (
            "Companhia de Águas do Norte",
            "The Companhia de Águas do Norte, E.P.E., more known as Águas do Norte, is a water company.",
            "Águas do Norte",
        ),
        (
            "Sociedad Minera del Sur",
            "The Sociedad Minera del Sur, E.I.R.L., more commonly known as Minsur, is a mining firm.",
            "Minsur",
        ),
    ],
)
def test_legal_form_is_no_alternate_and_more_known_as_cues_one(title: str, intro: str, alternate: str) -> None:
    found = _identity(title, intro)
    names = [*found.alternate_names, found.acronym or ""]
    assert alternate in names
    for form in ("E.P.", "E.P.E.", "E.I.R.L.", "EP", "EPE"):
        assert form not in names
