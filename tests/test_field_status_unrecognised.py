"""A field whose statedness shows only in its value (Parent organization, Number of employees,
Last total enacted budget, External links) with text that gives neither a value orgkg reads nor
a status phrase it knows is `orgkg:unrecognised`, not `stated`: the graph keeps the verbatim
text and claims nothing (precision before recall); `extract.unrecognised` names the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from orgkg.extract import extract
from orgkg.model import FieldStatus, ProfileFacts
from orgkg.namespaces import ORGKG
from orgkg.parse import parse_profile

_PROFILE = """Lindqvist Glass Institute
| ||||
|
The Lindqvist Glass Institute is a research body in Sweden.
{heading}
{text}
Mission
Qwerty zxcv plonk.
"""


def _facts(heading: str, text: str) -> ProfileFacts:
    return extract(parse_profile(_PROFILE.format(heading=heading, text=text), "lgi.txt"))


def _status(facts: ProfileFacts, heading: str) -> FieldStatus:
    return next(field.status for field in facts.fields if field.name == heading)


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Number of employees", "Staffing matters are handled by the regional offices."),
        ("Last total enacted budget", "The board settles this each spring with the ministry."),
        ("Parent organization", "Is absent-minded about such things, they say."),
        ("External links", "Ask at the front desk."),
    ],
)
def test_text_with_no_value_and_no_status_is_unrecognised(heading: str, text: str) -> None:
    facts = _facts(heading, text)
    field = next(field for field in facts.fields if field.name == heading)
    assert field.status is FieldStatus.UNRECOGNISED
    assert field.facts == ()
    assert field.verbatim == text
    assert [(d.code, d.line) for d in facts.diagnostics if d.field == heading] == [("extract.unrecognised", 6)]


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Number of employees", "About 1,200 staff."),
        ("Last total enacted budget", "SEK 340 million (2023)"),
        ("Parent organization", "Swedish Ministry of Education and Research"),
        # a status word inside a hyphenated compound is no status phrase
        ("Parent organization", "None-the-less it reports to the Swedish Ministry of Education."),
        ("External links", "https://www.lgi.example.se/"),
    ],
)
def test_a_value_read_keeps_the_field_stated(heading: str, text: str) -> None:
    facts = _facts(heading, text)
    assert _status(facts, heading) is FieldStatus.STATED
    assert not any(d.code == "extract.unrecognised" for d in facts.diagnostics)


@pytest.mark.parametrize(
    ("heading", "text", "status"),
    [
        ("Number of employees", "Not disclosed.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("Parent organization", "None.", FieldStatus.EXPLICITLY_NONE),
    ],
)
def test_a_known_status_phrase_is_not_unrecognised(heading: str, text: str, status: FieldStatus) -> None:
    assert _status(_facts(heading, text), heading) is status


def test_prose_fields_stay_stated_read_or_not() -> None:
    # Mission has no value reader to fail: its text is its value.
    assert _status(_facts("Number of employees", "About 40."), "Mission") is FieldStatus.STATED


def test_the_graph_states_unrecognised_with_the_verbatim_text_and_validates(tmp_path: Path) -> None:
    import orgkg

    source = tmp_path / "lgi.txt"
    source.write_text(_PROFILE.format(heading="Number of employees", text="Ask the union."), encoding="utf-8")
    result = orgkg.build([str(source)])
    dataset = result.dataset
    statements = {
        str(field): dataset.value(statement, ORGKG.fieldStatus)
        for statement, _, field in dataset.triples((None, ORGKG.field, None))
    }
    assert statements["Number of employees"] == ORGKG.unrecognised
    verbatims = {o for _, _, o in result.dataset.triples((None, ORGKG.verbatim, None))}
    assert Literal("Ask the union.", lang="en") in verbatims
    assert result.report is not None and result.report.conforms


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Partners", "Honestly I never worked out who they partnered with."),
        ("Divisions", "Not a word the staff would have recognised."),
        ("List of programs", "I couldn’t name one with any confidence."),
        ("Legislation", "Whatever deed set it up, nobody could show me a copy; I never saw one."),
        ("Leader", "Who ran it then is unclear from the files."),
    ],
)
def test_a_list_field_that_denies_and_names_nothing_is_unrecognised(heading: str, text: str) -> None:
    # a denial the status tables do not know yet: nothing is claimed, not even "stated"
    facts = _facts(heading, text)
    field = next(field for field in facts.fields if field.name == heading)
    assert (field.status, field.facts) == (FieldStatus.UNRECOGNISED, ())
    assert field.verbatim == text


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # no word of denial: prose that states something orgkg cannot read yet stays stated
        ("Partners", "It works closely with the glassworks of the region."),
        ("Legislation", "Its statutes were approved by the King in Council."),
        # a name read beside a denial: the value decides
        ("Partners", "The Swedish Research Council; no others."),
        # "no" inside a word or a name is no denial
        ("Divisions", "Nordic Glass Archive and Innovation Lab"),
    ],
)
def test_a_list_field_stays_stated_without_a_denial_or_with_a_value(heading: str, text: str) -> None:
    assert _status(_facts(heading, text), heading) is FieldStatus.STATED
