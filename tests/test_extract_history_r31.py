"""Round 31 (history): English written by a speaker of Spanish or Portuguese. Calques of the
ending ("was extinct in 1990", "was dismantled"), of a replacement ("created in substitution
of the X"), of a rename ("was denominated X", "passed to be called X", "was designated X",
"founded with the designation of X"); and "the Junta" as a short name of a name whose head
comes before a joining word of another language ("Junta para …", "Instituto de …").
Phrasings written for these tests."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind

ORG = Identity("Junta de Fomento Agrario del Sur", OrgKind.GOVERNMENT, "JFAS")
INST = Identity("Instituto Nacional de Pesca Artesanal", OrgKind.GOVERNMENT, "INPA")


def dissolutions(text: str, identity: Identity = ORG) -> list[Dissolution]:
    return [f for f in read_events(text, identity) if isinstance(f, Dissolution)]


def predecessors(text: str, identity: Identity = INST) -> list[str]:
    return [
        f.original.name
        for f in read_events(text, identity)
        if isinstance(f, ChangeEvent) and f.kind in {"succeeded", "predecessor"} and f.original
    ]


def previous_names(text: str, identity: Identity = INST) -> list[str]:
    return [f.previous_name for f in read_events(text, identity) if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The JFAS was extinct in 1987 by a decree of the junta militar.", 1987),
        ("After the reform, the Junta was dismantled in 1972 and its staff went to the ministries.", 1972),
        ("In 1964 the Junta was extinct, and its archives passed to the National Archive.", 1964),
        ("Junta de Fomento Agrario del Sur was dismantled in 2001.", 2001),
    ],
)
def test_a_calque_of_the_ending_dates_the_dissolution(text: str, year: int) -> None:
    assert [d.date for d in dissolutions(text)] == [DateValue(year)]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective before another name, or another body's ending: no dissolution of it
        "The JFAS received the goods and the libraries of the extinct Consejo Agrario.",
        "The Consejo Agrario was dismantled in 1950, and the Junta received its archives.",
        "Many species of the region became extinct before the Junta began its work.",
    ],
)
def test_no_dissolution_from_an_adjective_or_another_body(text: str) -> None:
    assert dissolutions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The INPA was created in 1971 in substitution of the Servicio de Pesca Costera (SPC).",
        "The INPA was established in 1971 in substitution of the Servicio de Pesca Costera.",
        "The Instituto was created in 1971 in substitution for the Servicio de Pesca Costera.",
    ],
)
def test_in_substitution_of_names_a_predecessor(text: str) -> None:
    assert predecessors(text) == ["Servicio de Pesca Costera"]


def test_in_substitution_of_a_thing_names_no_predecessor() -> None:
    assert predecessors("The INPA was created in 1971 in substitution of the old fishing permits.") == []


@pytest.mark.parametrize(
    "verb",
    ["was denominated", "passed to be called", "was designated", "passed to be denominated"],
)
def test_a_calque_of_a_rename_before_the_present_name(verb: str) -> None:
    text = (
        f"In 1958 the Instituto {verb} Servicio de Pesca Costera. "
        "In 1971 it was renamed Instituto Nacional de Pesca Artesanal."
    )
    assert previous_names(text) == ["Servicio de Pesca Costera"]


def test_designated_as_a_status_is_no_name() -> None:
    text = "In 1990 the institute was designated a national centre of excellence by the ministry."
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "short",
    ["the Junta", "The Junta"],
)
def test_the_head_before_a_joining_word_is_the_organization(short: str) -> None:
    assert [d.date for d in dissolutions(f"In 1980 {short} was abolished.")] == [DateValue(1980)]


def test_a_word_before_and_is_no_head() -> None:
    other = Identity("Consejo Agrario y Forestal", OrgKind.GOVERNMENT)
    assert dissolutions("In 1980 the Agrario was abolished.", other) == []


def intro_previous_names(intro: str, identity: Identity = INST) -> list[str]:
    return [f.previous_name for f in read_events("", identity, intro) if isinstance(f, ChangeEvent) and f.previous_name]


LEAD = "The Instituto Nacional de Pesca Artesanal is a public body of fisheries research. "


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Originally it was called Servicio de Pesca del Litoral, and after Servicio de Pesca Costera.",
            ["Servicio de Pesca del Litoral", "Servicio de Pesca Costera"],
        ),
        (
            "At first it was known as Servicio de Pesca do Norte, then Servicio de Pesca Costera.",
            ["Servicio de Pesca do Norte", "Servicio de Pesca Costera"],
        ),
        ("In its origins it was called Servicio de Pesca Costera.", ["Servicio de Pesca Costera"]),
        ("Originally the instituto was named Servicio de Pesca y Acuicultura.", ["Servicio de Pesca y Acuicultura"]),
    ],
)
def test_an_original_name_and_the_next_one_in_the_intro(sentence: str, names: list[str]) -> None:
    assert intro_previous_names(LEAD + sentence) == names


@pytest.mark.parametrize(
    "sentence",
    [
        # another body's name, a place, or more words after the second name: not its names
        "Originally the ministry was called Ministerio de Marina, and after Ministerio de Defensa.",
        "Originally it was called Servicio de Pesca Costera, and after Lima it opened offices in Callao.",
        "Originally it was called the fishing service of the coast.",
    ],
)
def test_no_original_name_from_another_subject_or_a_sentence(sentence: str) -> None:
    assert "Ministerio de Defensa" not in intro_previous_names(LEAD + sentence)
    assert "Lima" not in intro_previous_names(LEAD + sentence)
    assert not any(n.islower() for n in intro_previous_names(LEAD + sentence))


@pytest.mark.parametrize(
    "text",
    [
        "The origin is in the Servicio de Pesca Costera (SPC), created in 1949 by the navy.",
        "Its origin is in the Servicio de Pesca Costera, a small office of the navy.",
        "The origins are in the Servicio de Pesca Costera, founded in 1949.",
    ],
)
def test_the_origin_is_in_names_a_predecessor(text: str) -> None:
    assert predecessors(text) == ["Servicio de Pesca Costera"]


def test_the_origin_is_in_a_thing_names_no_predecessor() -> None:
    assert predecessors("The origin is in the fishing crisis of the decade of 1940.") == []


@pytest.mark.parametrize(
    "opening",
    [
        "The Instituto was created in 1949 with the designation of Servicio de Pesca Costera.",
        "The Instituto was founded in 1949, in the port of Callao, with the denomination of Servicio de Pesca Costera.",
        "The Instituto was created in 1949 under the name of Servicio de Pesca Costera.",
    ],
)
def test_founded_with_the_designation_of_an_earlier_name(opening: str) -> None:
    assert previous_names(opening) == ["Servicio de Pesca Costera"]


@pytest.mark.parametrize(
    "ending",
    [
        "In 1971 the President attributed to the institution the name of Instituto Nacional de Pesca Artesanal.",
        "In 1971 the minister Rosa Quispe gave it the name of Instituto Nacional de Pesca Artesanal.",
        "In 1971 the Congress attributed to it the name of Instituto Nacional de Pesca Artesanal.",
    ],
)
def test_a_name_given_by_another_is_a_rename_and_the_giver_no_old_name(ending: str) -> None:
    text = (
        "The Instituto was created in 1949 with the designation of Servicio de Pesca Costera. "
        f"In 1960 it was denominated Oficina Nacional de Pesca. {ending}"
    )
    assert previous_names(text) == ["Servicio de Pesca Costera", "Oficina Nacional de Pesca"]


def test_a_name_given_to_another_body_is_no_rename() -> None:
    text = "In 1971 the President gave it the name of Oficina Nacional de Pesca, but the Instituto kept its own."
    assert previous_names(text) == []


def test_with_the_designation_of_a_post_is_no_name() -> None:
    text = "The Instituto was created in 1949 with the designation of a director by the navy."
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "first",
    [
        "In 1950 the Instituto was transformed in the Servicio de Pesca Costera.",
        "In 1950 it is transformed in the Servicio de Pesca Costera.",
        "The INPA was transformed in 1950 in the Servicio de Pesca Costera.",
    ],
)
def test_transformed_in_a_calque_of_transformed_into(first: str) -> None:
    text = f"{first} In 1971 it took the name Instituto Nacional de Pesca Artesanal."
    assert previous_names(text) == ["Servicio de Pesca Costera"]


@pytest.mark.parametrize(
    "first",
    [
        "In 1950 the Instituto was transformed in a decentralised body.",
        "In 1950 the fleet was transformed in the Astilleros del Callao.",
    ],
)
def test_transformed_in_a_kind_or_by_another_subject_is_no_name(first: str) -> None:
    text = f"{first} In 1971 it took the name Instituto Nacional de Pesca Artesanal."
    assert previous_names(text) == []
