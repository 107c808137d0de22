"""Round 9: predecessors named in narrative (a possessive subject, an appositive), a name it
carried on under, and names of the organization known by its alternate name."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

ORG = Identity(
    "Instituto Nacional de Vigilancia Sanitaria",
    OrgKind.GOVERNMENT,
    "INVS",
    alternate_names=("National Institute of Health Surveillance",),
)


def _predecessors(text: str, intro: str = "") -> list[str]:
    return [
        f.original.name
        for f in read_events(text, ORG, intro)
        if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The institute's roots lie in the Oficina de Higiene Pública, which was founded in 1901.",
        "INVS's origins lie in the Oficina de Higiene Pública.",
        "The institute's predecessor, the Oficina de Higiene Pública, was set up in 1901 under the ministry.",
        "Its forerunner, the Oficina de Higiene Pública, opened in 1901.",
        "The institute’s immediate precursor, the Oficina de Higiene Pública, dated from 1901.",
    ],
)
def test_a_predecessor_in_a_possessive_or_an_appositive(text: str) -> None:
    assert _predecessors(text) == ["Oficina de Higiene Pública"]


@pytest.mark.parametrize(
    "text",
    [
        # another organization's predecessor, not ours
        "The ministry's predecessor, the Board of Public Health, was set up in 1901.",
        "The ministry's roots lie in the Board of Public Health.",
        # "its" in mid-sentence may be another's
        "It works with the ministry, and its predecessor, the Board of Public Health, opened in 1901.",
        # the appositive does not close right after one name
        "Its predecessor, the Board of Public Health and the Survey, opened in 1901.",
        # no name at all
        "Its predecessor, a small office in the capital, opened in 1901.",
    ],
)
def test_no_predecessor_of_another_owner_or_without_a_closed_name(text: str) -> None:
    assert _predecessors(text) == []


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        (
            "After 1971 it carried on as the Cholera Research Laboratory, and in 1978 it took its present name.",
            "Cholera Research Laboratory",
        ),
        (
            "From 1950 it carried on under the name Sanitary Survey Office, and in 1983 it took its present name.",
            "Sanitary Survey Office",
        ),
    ],
)
def test_a_name_it_carried_on_under_before_its_present_name(text: str, previous: str) -> None:
    names = [f.previous_name for f in read_events(text, ORG) if isinstance(f, ChangeEvent) and f.previous_name]
    assert names == [previous]


@pytest.mark.parametrize(
    "text",
    [
        "The institute was created by absorbing the older health offices, among them the Oficina de Higiene "
        "Pública, which dated from 1901, and the Servicio Sanitario Nacional, which had been founded in 1920.",
        "The institute was formed by incorporating the Oficina de Higiene Pública and the Servicio Sanitario Nacional.",
        "The institute was set up in 1983 through the absorption of the Oficina de Higiene Pública and the "
        "Servicio Sanitario Nacional.",
    ],
)
def test_bodies_it_absorbed_when_created_are_predecessors(text: str) -> None:
    assert _predecessors(text) == ["Oficina de Higiene Pública", "Servicio Sanitario Nacional"]


@pytest.mark.parametrize(
    "text",
    [
        # the class before the cue names a place: not read
        "The institute was created by absorbing Mexico's older offices, among them the Oficina de Higiene Pública.",
        # another organization absorbing
        "The ministry was created by absorbing the Oficina de Higiene Pública.",
    ],
)
def test_no_predecessor_from_an_unclear_absorption(text: str) -> None:
    assert _predecessors(text) == []


def _successors(text: str) -> list[str]:
    return [
        f.resulting.name
        for f in read_events(text, ORG)
        if isinstance(f, ChangeEvent) and f.kind == "split-into" and f.resulting
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 1992 the institute was dissolved, and its laboratories in the northern provinces passed to the "
        "Agencia Federal de Salud, which had been created earlier that year, while the Survey became independent.",
        "In 1992 the institute was dissolved and its laboratories at Monterrey passed to the Agencia Federal de "
        "Salud, whereas its archives went to the state.",
        "In 1992 the institute was abolished; its divisions in the Federal District were transferred to the "
        "Agencia Federal de Salud.",
    ],
)
def test_its_parts_with_a_place_passed_to_a_successor(text: str) -> None:
    assert _successors(text) == ["Agencia Federal de Salud"]


def test_parts_that_passed_while_it_lives_on_name_no_successor() -> None:
    assert _successors("In 1992 its laboratories in the Federal District passed to the Agencia Federal de Salud.") == []


SOIL = Identity("Halden Institute for Soil Research", OrgKind.GOVERNMENT)
SOIL_INTRO = "The Halden Institute for Soil Research is a research institute in Norway."


def _previous(text: str) -> list[str]:
    return [
        f.previous_name for f in read_events(text, SOIL, SOIL_INTRO) if isinstance(f, ChangeEvent) and f.previous_name
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Halden Soil Laboratory, as it was then called, moved to Oslo in 1950.",
        "In 1950 the Halden Soil Laboratory, as it was at the time known, moved to Oslo.",
        "In 1950 the institute, then called the Halden Soil Laboratory, moved to Oslo.",
        "The institute, at the time styled Halden Soil Laboratory, moved to Oslo.",
    ],
)
def test_a_name_it_had_then(text: str) -> None:
    assert _previous(text) == ["Halden Soil Laboratory"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1950 it merged with the Soil Survey, as it was then called.",  # another's old name
        "In 1950 the ministry, then called the Soil Board, moved to Oslo.",  # another subject
        "In 1950 the institute, then known as the Halden Soil Laboratory and the Survey, moved to Oslo.",
    ],
)
def test_no_name_it_had_then_for_another_or_an_unclosed_name(text: str) -> None:
    assert _previous(text) == []
