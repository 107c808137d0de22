"""History: headquarters moves (issue 12, item 5): the places as written, the direction
explicit (from/to), the date at its stated precision; a sentence the reader is not sure of
gives no event and an Info diagnostic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import orgkg
from orgkg import serialization as ser
from orgkg.extract.history import history_findings, read_events
from orgkg.model import DateValue, HeadquartersMove, Identity, OrgKind, Severity

from .pyld_reference import pyld_frame

IDENTITY = Identity("Nordic Glacier Research Institute", OrgKind.ORGANIZATION, acronym="NGRI")


def moves(text: str) -> list[HeadquartersMove]:
    return [f for f in read_events(text, IDENTITY) if isinstance(f, HeadquartersMove)]


def unread(text: str) -> list[str]:
    return [f.code for f in history_findings(text, read_events(text, IDENTITY)) if f.severity is Severity.INFO]


@pytest.mark.parametrize(
    ("text", "from_place", "to_place", "date"),
    [
        ("In 1987 it moved its headquarters to Tromsø.", None, "Tromsø", DateValue(1987)),
        (
            "The institute relocated from Bergen to Trondheim, Norway, in May 2004.",
            "Bergen",
            "Trondheim, Norway",
            DateValue(2004, 5),
        ),
        ("In 1999 the seat was transferred to Reykjavík.", None, "Reykjavík", DateValue(1999)),
        ("HQ moved from Umeå to Luleå (2011).", "Umeå", "Luleå", DateValue(2011)),
        ("- 1993: head office moved from Oulu to Rovaniemi", "Oulu", "Rovaniemi", DateValue(1993)),
        (
            "NGRI's headquarters were relocated to Frankfurt am Main on 2 March 2015.",
            None,
            "Frankfurt am Main",
            DateValue(2015, 3, 2),
        ),
        ("After the war its main office was moved back to Vienna.", None, "Vienna", None),
        (
            "The government relocated the institute to Washington, D.C. in 1972.",
            None,
            "Washington, D.C.",
            DateValue(1972),
        ),
        (
            "It transferred its registered office from the Netherlands to Geneva in 2008.",
            "Netherlands",
            "Geneva",
            DateValue(2008),
        ),
        ("The Nordic Glacier Research Institute's seat moved from Kiruna in 1962.", "Kiruna", None, DateValue(1962)),
    ],
)
def test_a_headquarters_move_keeps_its_places_direction_and_date(text, from_place, to_place, date) -> None:
    assert [(m.from_place, m.to_place, m.date) for m in moves(text)] == [(from_place, to_place, date)]
    assert unread(text) == []


def test_a_later_date_in_the_sentence_does_not_date_the_move() -> None:
    found = moves("In 2003 the institute relocated its headquarters from Paris to Lyon, and then opened a lab in 2010.")
    assert [(m.from_place, m.to_place, m.date) for m in found] == [("Paris", "Lyon", DateValue(2003))]


def test_the_move_keeps_its_sentence_verbatim() -> None:
    (move,) = moves("Founded in Oslo. In 1990 it moved its headquarters to Bergen.")
    assert move.text == "In 1990 it moved its headquarters to Bergen"


@pytest.mark.parametrize(
    "text",
    [
        "It moved to a new building in 2001.",
        "In 2010 it moved into digital publishing.",
        "The staff moved to Basel in 2003.",
        "It was moved to Bonn in 1999.",  # an organization "moved": not said to be its seat
        "The ministry's headquarters moved to Bonn in 1999.",
        "In 1999 the seat of government was transferred to Bonn.",
        "Its headquarters were transferred to the Ministry of Works in 1999.",
        "It never relocated to Paris.",
        "It did not move its headquarters to Paris.",
        "The Arctic Council relocated to Tromsø in 2012.",
        "It has had its headquarters in Lausanne since 2004.",
    ],
)
def test_no_headquarters_move(text: str) -> None:
    assert moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It moved its headquarters to new premises in Geneva in 2009.",
        "It relocated to a larger campus in 1990.",
        "In 2003 its headquarters moved to 12 Rue du Rhône.",
        "It relocated to UNESCO House in 1990.",
        "The head office was moved several times.",
    ],
)
def test_an_uncertain_move_gives_no_event_and_an_info(text: str) -> None:
    assert moves(text) == []
    assert "extract.headquarters-move-unread" in unread(text)


def test_a_build_maps_the_move_as_a_change_event_of_the_organization(tmp_path: Path) -> None:
    profile = tmp_path / "ngri.txt"
    profile.write_text(
        "Nordic Glacier Research Institute\n|\nThe Nordic Glacier Research Institute (NGRI) is a research institute.\n"
        "History\nFounded in 1950. In 1987 it moved its headquarters from Oslo to Tromsø.\n",
        encoding="utf-8",
    )
    result = orgkg.build([profile])
    rows = list(
        result.dataset.query(
            "PREFIX org: <http://www.w3.org/ns/org#> PREFIX orgkg: <https://w3id.org/orgkg/ns#> "
            "PREFIX dcterms: <http://purl.org/dc/terms/> "
            "SELECT ?e ?o ?from ?to ?d ?g { GRAPH ?g { ?e a org:ChangeEvent, orgkg:HeadquartersMove ; "
            "org:resultingOrganization ?o ; orgkg:fromPlace ?from ; orgkg:toPlace ?to ; dcterms:date ?d } }"
        )
    )
    base = "https://w3id.org/orgkg/"
    assert [tuple(r) for r in rows] == [
        (
            URIRef(base + "org/nordic-glacier-research-institute/event/moved-headquarters-troms-1987"),
            URIRef(base + "org/nordic-glacier-research-institute"),
            Literal("Oslo"),
            Literal("Tromsø"),
            Literal("1987", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear")),
            URIRef(base + "graph/nordic-glacier-research-institute/history"),
        )
    ]
    assert not any(f.severity is Severity.VIOLATION for f in result.report.findings)


def test_the_move_is_framed_under_the_organization_as_pyld_frames_it(tmp_path: Path) -> None:
    profile = tmp_path / "ngri.txt"
    profile.write_text(
        "Nordic Glacier Research Institute\n|\nThe Nordic Glacier Research Institute is a research institute.\n"
        "History\nHQ moved from Oslo to Tromsø (1987).\n",
        encoding="utf-8",
    )
    result = orgkg.build([profile], validate=False)
    root = "https://w3id.org/orgkg/org/nordic-glacier-research-institute"
    graphs = "<https://w3id.org/orgkg/graph/nordic-glacier-research-institute/"
    triples = sorted({(s, p, o) for s, p, o, g in ser.dataset_quads(result.dataset) if g and g.startswith(graphs)})
    framed = ser.frame_triples(triples, root)
    assert framed == pyld_frame(triples, root)
    event = json.loads(framed)["@reverse"]["org:resultingOrganization"]  # one event: not a list
    assert sorted(event["@type"]) == ["org:ChangeEvent", "orgkg:HeadquartersMove"]
    assert event["orgkg:fromPlace"] == "Oslo" and event["orgkg:toPlace"] == "Tromsø"
    assert event["dcterms:date"]["@value"] == "1987"
