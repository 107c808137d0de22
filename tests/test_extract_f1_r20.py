"""Round 20 (family F1: status, parent, identity): an academic historian's narrative prose.
Parents told with a time put before them ("Since 2018 the Ministry of ..."), in a later clause
whose subject is the organization's oversight ("its oversight passed to ..."), or named with an
elided particle ("dell'Università"); intro names with a locative after the acronym ("X (ACR)
of <City>"), native names in cased scripts other than Latin, romanisations after a native name."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import intro_names, read_identity
from orgkg.extract.parent import read_parent
from orgkg.model import Field, Identity, Item, OrgKind, Parent, Profile

_SELF = Identity(
    name="Example Museum",
    kind=OrgKind.ORGANIZATION,
    acronym="EXM",
    description=None,
    former_names=(),
    former_acronyms=(),
    alternate_names=(),
)


def _parents(text: str) -> list[str]:
    facts, _ = read_parent(Field("Parent organization", 3, (Item(4, text, False),)), _SELF)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


# -- parent: a time put before the name is no part of it ------------------------------------


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Since 2015 the Department of Culture and Heritage.", "Department of Culture and Heritage"),
        ("From 2009 the Federal Office of Energy. Before that it had no parent.", "Federal Office of Energy"),
        ("In 2004 the Agency for Digital Affairs of the Republic.", "Agency for Digital Affairs of the Republic"),
    ],
)
def test_a_fronted_time_is_dropped_from_the_parent_name(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


def test_a_parent_until_a_year_is_a_parent_of_the_past() -> None:
    # round 24: a tie the text says has ended is no parent (extract.parent-former says so)
    assert _parents("Until 1990 the Ministry of Light Industry.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Since 2012 it has been wholly independent.",
        "Since 1999 the museum has had no parent body.",
        "From 1950 onwards, no supervising body.",
    ],
)
def test_a_fronted_time_never_becomes_a_name(text: str) -> None:
    names = _parents(text)
    assert not any(name.split()[0] in {"Since", "From", "In", "Until"} for name in names)
    assert names == []


# -- parent: an elided particle inside the name ---------------------------------------------


@pytest.mark.parametrize(
    "text, parent",
    [
        (
            "The Ministero dell'Ambiente e della Sicurezza Energetica, which funds the Museum.",
            "Ministero dell'Ambiente e della Sicurezza Energetica",
        ),
        ("Ministère de l'Économie et des Finances.", "Ministère de l'Économie et des Finances"),
        ("Placed under the Ministero dell'Istruzione.", "Ministero dell'Istruzione"),
    ],
)
def test_a_name_with_an_elided_particle_is_read_whole(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


# -- parent: a later clause whose subject is the organization's oversight --------------------


@pytest.mark.parametrize(
    "text, parents",
    [
        (
            "The Museum was placed under the Department of Antiquities; after the reforms of 1952–53 "
            "its supervision passed to the Ministry of Culture.",
            ["Department of Antiquities", "Ministry of Culture"],
        ),
        (
            "Attached to the Office of Works; from the end of the war its oversight was transferred to "
            "the Ministry of Public Building.",
            ["Office of Works", "Ministry of Public Building"],
        ),
        ("Now answers to the Federal Ministry of Education.", ["Federal Ministry of Education"]),
        ("Since the 1990s it answers to the Scottish Government.", ["Scottish Government"]),
    ],
)
def test_a_parent_told_in_prose_is_read(text: str, parents: list[str]) -> None:
    assert _parents(text) == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        # another body's oversight, not the organization's own
        (
            "The Museum is placed under the Board of Trade; after 1950 the building's oversight passed to "
            "the City Council.",
            ["Board of Trade"],
        ),
        ("The Council answers to the Scottish Government.", []),
        ("Its oversight never passed to the Ministry of Culture.", []),
    ],
)
def test_an_oversight_clause_about_something_else_gives_no_parent(text: str, parents: list[str]) -> None:
    assert _parents(text) == parents


# -- identity: "X (ACR) of <City>": the place after the acronym is no part of the name ------


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "title, intro, acronym",
    [
        ("Museu Paulista", "The Museu Paulista (MP) of São Paulo is a history museum.", "MP"),
        ("Instituto Agronômico", "The Instituto Agronômico (IAC) of Campinas was founded by the emperor.", "IAC"),
        ("Royal Theatre", "The Royal Theatre (RT) of Stratford upon Avon is a playhouse.", "RT"),
        ("Observatório Astronômico", "Observatório Astronômico (OA) of Rio de Janeiro is an observatory.", "OA"),
    ],
)
def test_a_place_after_the_acronym_is_no_part_of_the_name(title: str, intro: str, acronym: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert identity.acronym == acronym
    assert not any(" of " in name and "(" in name for name in identity.alternate_names)


@pytest.mark.parametrize(
    "intro",
    [
        "The Institute (founded 1900) of Technology is a school.",  # a note, not an acronym: kept as written
        "The Bank of Scotland (BOS) is a bank.",  # "of" before the brackets belongs to the name
    ],
)
def test_only_an_acronyms_brackets_end_the_name_before_of(intro: str) -> None:
    found = intro_names(intro)
    assert found is None or found.lead in {"Bank of Scotland", "Institute (founded 1900) of Technology"}


# -- identity: native names in cased scripts other than Latin, and romanisations ------------


@pytest.mark.parametrize(
    "intro, native",
    [
        ("The Institute of Cytology (Институт цитологии; INC) in St Petersburg is a laboratory.", "Институт цитологии"),
        (
            "The Hellenic Centre for Marine Research (Ελληνικό Κέντρο Θαλασσίων Ερευνών, HCMR) is a centre.",
            "Ελληνικό Κέντρο Θαλασσίων Ερευνών",
        ),
        (
            "The Bulgarian Academy of Sciences (Българска академия на науките, BAN) is an academy.",
            "Българска академия на науките",
        ),
    ],
)
def test_a_native_name_in_another_cased_script_is_an_alternate_name(intro: str, native: str) -> None:
    found = intro_names(intro)
    assert found is not None and native in found.alternates


@pytest.mark.parametrize(
    "intro, romanised",
    [
        (
            "The Egyptian Geographic Society (الجمعية الجغرافية المصرية, al-Jamʿiyya al-Jughrāfiyya al-Miṣriyya) "
            "is a society.",
            "al-Jamʿiyya al-Jughrāfiyya al-Miṣriyya",
        ),
        (
            "The Hebrew Academy (האקדמיה העברית, ha-Akademya ha-Ivrit) is a learned body.",
            "ha-Akademya ha-Ivrit",
        ),
        (
            "The Institute of Cytology (Институт цитологии, Institut tsitologii) is a laboratory.",
            "Institut tsitologii",
        ),
    ],
)
def test_a_romanisation_after_a_native_name_is_an_alternate_name(intro: str, romanised: str) -> None:
    found = intro_names(intro)
    assert found is not None and romanised in found.alternates


@pytest.mark.parametrize(
    "intro, refused",
    [
        ("The National Museum (al-Mathaf al-Watani) is a museum.", "al-Mathaf al-Watani"),  # no native name before
        ("The Royal Library (مكتبة الإسكندرية, the city library) is a library.", "the city library"),
        ("The Geographic Society (الجمعية, founded 1875) is a society.", "founded 1875"),
        ("The Pasteur Institute (институт при академии) is a laboratory.", "институт при академии"),  # no capital
    ],
)
def test_a_note_is_never_a_native_or_romanised_name(intro: str, refused: str) -> None:
    found = intro_names(intro)
    assert found is not None and refused not in found.alternates
