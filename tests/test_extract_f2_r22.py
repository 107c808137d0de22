"""Round 22 (F2): a red-team of the name, people and list readers, precision only.

- a sentence that states no current fact (planned, proposed, negated, abandoned, pending, or
  about the body the organization replaced: lexicon unreal-statement-cues) names nothing,
  and the line gets an ``extract.unreal-statement`` note;
- "…to the Ministry of Finance, headed by Minister X": the led-by phrase is that body's head;
- "Staff are based in Geneva", "Formerly comprised a Trade Division": a clause, no unit.
Each refusal has a positive twin: the plain statement is still read."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.text import unreal_sentences, without_unreal
from orgkg.model import Identity, OrgKind, Post
from orgkg.parse import parse_profile

from .list_helpers import ListReaders, field

IDENTITY = Identity("Example Authority", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY)
posts = READ.posts
members = READ.members
units = READ.units
structure = READ.structure
programs = READ.programs


# --- leaders ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chair (proposed): Peter Olsen.",
        "It was never led by a president; the council elects a rotating chair each year.",
        "Director-General (nomination pending): Amina Yusuf.",
        "The board would appoint Karl Berg as Director in 2027.",
        "Executive Director: to be appointed; Hana Novak is no longer in office.",
        "Reports to the Ministry of Finance, headed by Minister John Smith.",
        "Works closely with the Office of the Ombudsman, led by Commissioner Rita Oduya.",
    ],
)
def test_no_post_from_a_proposed_negated_or_other_body_statement(text: str) -> None:
    assert posts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chair: Peter Olsen.", "Chair | Peter Olsen"),
        ("Director-General: Amina Yusuf (since 2020).", "Director-General | Amina Yusuf"),
        ("The Authority, headed by Director-General Jane Roe, reports to the Ministry.", "Director-General | Jane Roe"),
    ],
)
def test_the_plain_post_is_still_read(text: str, expected: str) -> None:
    assert expected in posts(text)


# --- partners -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A proposed partnership with the World Bank was abandoned.",
        "Funded by the European Union; it is not a partner of the EU.",
        "The Ministry it replaced had partnered with UNICEF.",
        "Candidate members: Serbia (application pending).",
        "Partners: Oxfam and CARE were to be added in 2030.",
        "Membership of the Arctic Council was rejected in 2015.",
        "A planned alliance with Lufthansa never happened.",
    ],
)
def test_no_partner_from_an_unreal_statement(text: str) -> None:
    assert not {"World Bank", "European Union", "UNICEF", "Serbia", "Oxfam", "CARE", "Arctic Council", "Lufthansa"} & (
        members(text)
    )


def test_the_plain_partners_are_still_read() -> None:
    assert {"World Bank", "UNICEF"} <= members("Partners: the World Bank and UNICEF.")
    # the real sentence beside an unreal one keeps its partner
    assert "Oxfam" in members("Partners include Oxfam.", "A planned tie with CARE was abandoned.")
    assert "CARE" not in members("Partners include Oxfam.", "A planned tie with CARE was abandoned.")


# --- units, structure, programs --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Research Department was abolished in 2010.",
        "A planned Climate Division was never created.",
        "The Legal Unit was to be merged into the Audit Unit.",
        "Divisions: to be announced.",
        "A Digital Office is proposed for 2026.",
        "Divisions: Finance Unit; Legal Unit; and a Planning Unit under discussion.",
        "The Transport Division was disbanded when the ministry took over.",
    ],
)
def test_no_unit_from_an_unreal_statement(text: str) -> None:
    assert units(text) == set()
    assert structure(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Staff are based in Geneva and Nairobi.",
        "Formerly comprised a Trade Division (closed 2005).",
        "Offices located in Lima.",
    ],
)
def test_a_clause_is_no_unit(text: str) -> None:
    assert units(text) == set()


def test_the_plain_units_are_still_read() -> None:
    assert structure("The Research Department runs the surveys.") == {"Research Department"}
    assert units("- Research Department", "- Climate Division") == {"Research Department", "Climate Division"}


@pytest.mark.parametrize(
    "text",
    ["A planned Clean Water Programme was never launched.", "The Youth Programme will be closed; it is not funded."],
)
def test_no_program_from_an_unreal_statement(text: str) -> None:
    assert programs(text) == set()


def test_the_plain_program_is_still_read() -> None:
    assert "Clean Water Programme" in programs("- Clean Water Programme", "- Youth Programme")


# --- the helpers and the diagnostic -----------------------------------------------------------


def test_unreal_sentences_are_found_and_dropped_whole_words_only() -> None:
    partners_field = field(
        "Partners include Oxfam. A proposed tie with CARE was abandoned.", "Not-for-profit partners: CARE."
    )
    assert unreal_sentences(partners_field) == ["A proposed tie with CARE was abandoned."]
    assert [item.text for item in without_unreal(partners_field).items] == [
        "Partners include Oxfam.",
        "Not-for-profit partners: CARE.",
    ]


def test_the_line_gets_a_note_and_the_real_post_stays() -> None:
    text = (
        "Example Institute\n| ||||\n|\nExample Institute is a lab.\nLeader\n"
        "Director: Jane Doe\nChair (proposed): Peter Olsen\n"
    )
    facts = extract(parse_profile(text, "x.txt"))
    [leader] = [ff for ff in facts.fields if ff.name == "Leader"]
    held = {(p.label, tuple(h.name for h in p.holders)) for p in leader.facts if isinstance(p, Post)}
    assert held == {("Director", ("Jane Doe",))}
    notes = [
        (d.code, d.line) for d in facts.diagnostics if d.field == "Leader" and d.code == "extract.unreal-statement"
    ]
    assert notes == [("extract.unreal-statement", 7)]
