"""Round 54 (F3): History names in the style of languages that capitalise only a name's first
word ("Office de la recherche forestière"), a timeline's opening "creation of the X", "new
name: X", and an acronym subject that stands for the earlier name it was defined with."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

BUREAU = Identity("Institut national des forêts tropicales", OrgKind.ORGANIZATION, None)


def _previous(text: str, identity: Identity = BUREAU) -> set[str]:
    facts = read_events(text, identity, "")
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    "first",
    [
        "1921: founded as the Service des eaux et forêts coloniales.",
        "1921: established as the Service des eaux et forêts coloniales.",
        "1921: set up as Service des eaux et forêts coloniales (SEFC).",
        "1921: creation of the Service des eaux et forêts coloniales.",
    ],
)
def test_a_first_name_ending_in_lowercase_words_is_a_previous_name(first: str) -> None:
    text = f"{first}\n1960: renamed Institut national des forêts tropicales.\n"
    assert _previous(text) == {"Service des eaux et forêts coloniales"}


@pytest.mark.parametrize(
    "middle",
    [
        "1940: renamed Office central des forêts.",
        "1940: new name: Office central des forêts.",
        "1940: it takes the name of Office central des forêts.",
    ],
)
def test_a_middle_name_ending_in_lowercase_words(middle: str) -> None:
    text = (
        "1921: founded as the Service des eaux et forêts coloniales.\n"
        f"{middle}\n"
        "1960: new name: Institut national des forêts tropicales.\n"
    )
    assert _previous(text) == {"Service des eaux et forêts coloniales", "Office central des forêts"}


@pytest.mark.parametrize(
    "line",
    [
        # English goes on after the lowercase words: no clause end, no name
        "1940: renamed Office central des forêts in the new colony.",
        # an English common-noun phrase is no lowercase-style name
        "1940: renamed Board of public works.",
        "1940: renamed the Union of forest workers.",
        # a cut name: the clause goes on with a verb
        "1940: renamed Office de la forêt and moved to Dakar.",
    ],
)
def test_no_name_where_the_lowercase_words_are_the_sentence(line: str) -> None:
    first = "1921: founded as the Service des eaux et forêts coloniales."
    last = "1960: renamed Institut national des forêts tropicales."
    text = f"{first}\n{line}\n{last}\n"
    assert _previous(text) <= {"Service des eaux et forêts coloniales"}


@pytest.mark.parametrize(
    "rename",
    [
        "1950: the SFT becomes Office forestier d'outre-mer (OFOM).",
        "1950: the SFT became the Office forestier d'outre-mer.",
        "1950: the SFT is renamed Office forestier d'outre-mer.",
    ],
)
def test_an_acronym_subject_stands_for_the_name_it_was_defined_with(rename: str) -> None:
    text = (
        "1931: creation of the Service des forêts tropicales (SFT).\n"
        f"{rename}\n"
        "1962: new name: Institut national des forêts tropicales.\n"
    )
    assert _previous(text) == {"Service des forêts tropicales", "Office forestier d'outre-mer"}


def test_an_acronym_of_a_later_name_gives_no_previous_name() -> None:
    # the present name came first; the acronym stands for a later name, never a previous one
    text = (
        "1931: founded.\n"
        "1980: the Institut became the Agence des forêts du Sahel (AFS).\n"
        "1995: the AFS became the Agence africaine des forêts.\n"
    )
    assert _previous(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a body the organization made is no name of its own
        "1921: founded as the Service des eaux et forêts coloniales.\n"
        "1935: creation of the Centre de recherches de Bouaké.\n"
        "1960: renamed Institut national des forêts tropicales.\n",
        # "creation of" after another event: not the story's opening
        "1910: first nursery at Bingerville.\n"
        "1921: creation of the Station forestière de Banco.\n"
        "1960: renamed Institut national des forêts tropicales.\n",
        # an acronym that no earlier name defined
        "1921: founded as the Service des eaux et forêts coloniales.\n"
        "1950: the CTFT becomes Office forestier d'outre-mer.\n"
        "1960: renamed Institut national des forêts tropicales.\n",
    ],
)
def test_no_previous_name_for_other_bodies(text: str) -> None:
    assert _previous(text) <= {"Service des eaux et forêts coloniales"}
