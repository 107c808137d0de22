"""The name gate (extract/admit.py): every name a reader hands on meets the style-free name
check (``names.never_a_name``) once more; a name that fails is not stated and a note names
its line. Also the two membership-direction readings added with it (partners.py)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.admit import CODE, admitted, mention_problem
from orgkg.extract.names import NameKind, never_a_name
from orgkg.model import (
    FieldFacts,
    FieldStatus,
    Founding,
    Holding,
    Member,
    MemberOf,
    Mention,
    PartnerCategory,
    Post,
    Program,
    Unit,
)
from orgkg.parse import parse_profile

TEXT = """Harbour Gauge Office
|
The Harbour Gauge Office is a tide-measuring agency of Port Evander.
Partners
Rs 75 lakh; Evander Sea Institute
Divisions
** Northbank; Southbank Gauge Station
"""


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("** Northbank", "markup"),
        ("# Funds", "markup"),
        ("Coastal Investments 36%", "percentage"),
        ("Coastal Investments 36 %", "percentage"),
        ("Rs 75 lakh", "amount"),
        ("Rs 1cr", "amount"),
        ("USD 2.5 million", "amount"),
        ("Harbour Fund 40 million", "amount"),
        ("Jun 2020–24 Mar 2025", "date"),
        ("Review update 30 Sep 2024", "date"),
        ("Decree of 16 January 1945", "date"),
    ],
)
def test_figures_dates_and_markup_are_never_names(text: str, reason: str) -> None:
    problem = never_a_name(text)
    assert problem is not None and reason in problem


@pytest.mark.parametrize(
    "text",
    [
        "3M",  # digits glued to a letter, no currency before them
        "Group of Eight",
        "Alliance2015",
        "Horizon 2020",  # a year beside no month
        "March of Dimes",  # a month beside no number
        "May Department Stores",
        "N.V. Philips' Gloeilampenfabrieken",  # a legal form may open a name
        "Norges teknisk-naturvitenskapelige forskningsråd",  # lowercase style is no fragment here
        "Space Technology Directorate I",
        "Liên đoàn Địa chất 36",
        "Fund for 100 Schools",
    ],
)
def test_names_with_numbers_months_and_other_styles_pass_the_gate(text: str) -> None:
    assert never_a_name(text) is None


@pytest.mark.parametrize(
    ("name", "kind", "refused"),
    [
        ("Judge Ada Quill", "person", True),  # the title belongs to the post
        ("Prof. Ada Quill", "person", True),
        ("Hon Sui Sen", "person", False),  # a short title word without its stop may be a given name
        ("Willem III", "person", False),
        ("Soeharto", "person", False),
        ("Postmaster General", "organization", True),  # a title alone
        ("Port Evander Council", "organization", False),
        ("somewhere, 12 Quay Road", "place", False),  # places are the address reader's
    ],
)
def test_mentions_of_people_and_organizations(name: str, kind: str, refused: bool) -> None:
    assert (mention_problem(Mention(name, kind)) is not None) is refused


def _field(*facts: object) -> FieldFacts:
    return FieldFacts(
        name="Partners",
        slug="partners",
        first_line=4,
        last_line=5,
        status=FieldStatus.STATED,
        verbatim="…",
        facts=tuple(facts),  # type: ignore[arg-type]
    )


LEAKY = (
    "Harbour Gauge Office\n|\nThe Harbour Gauge Office is a tide-measuring agency of Port Evander.\nPartners\n"
    "The office works with a number of coastal councils and port operators (Marrow and Tilbey, for example, "
    "maintain the tide gauges of the north quay), but these are contractors rather than partners.\n"
)


def test_a_refused_name_drops_its_fact_and_leaves_a_note_at_its_line() -> None:
    # a split through the aside leaves "maintain … quay)" to the category reader
    facts = extract(parse_profile(LEAKY, "hgo.txt"))
    partners = next(f for f in facts.fields if f.name == "Partners")
    labels = [f.label for f in partners.facts if isinstance(f, PartnerCategory)]
    names = [f.org.name for f in partners.facts if isinstance(f, Member | MemberOf)]
    assert not [n for n in labels + names if n.count("(") != n.count(")")]
    for note in (d for d in facts.diagnostics if d.code == CODE):
        assert (note.file, note.line, note.field, note.severity.value) == ("hgo.txt", 5, "Partners", "info")
        assert "verbatim" in note.message


def test_readers_refuse_figures_and_markup_before_the_gate() -> None:
    facts = extract(parse_profile(TEXT, "hgo.txt"))
    partners = next(f for f in facts.fields if f.name == "Partners")
    assert [f.org.name for f in partners.facts if isinstance(f, Member)] == ["Evander Sea Institute"]
    divisions = next(f for f in facts.fields if f.name == "Divisions")
    assert [f.name for f in divisions.facts if isinstance(f, Unit)] == ["Southbank Gauge Station"]


def test_the_gate_keeps_what_is_left_of_a_fact() -> None:
    profile = parse_profile(TEXT, "hgo.txt")
    judge, jane, refused_org = Mention("Judge Ada Quill", "person"), Mention("Jane Roe", "person"), Mention("Rs 1cr")
    post = Post(
        "President",
        "president",
        holders=(judge, jane),
        holdings=(Holding(judge), Holding(jane), Holding(Mention("Prof. Old Holder", "person"))),
    )
    founding = Founding(founder=refused_org, founders=(Mention("Evander Sea Institute"),))
    program = Program("Tide Watch", org=Mention("** Tide Watch"))
    kept = [
        Member(Mention("Evander Sea Institute")),
        Member(refused_org),
        PartnerCategory("coastal universities"),  # a description, which the gate does not judge
        PartnerCategory("Partners 36%"),
        post,
        founding,
        program,
    ]
    (field,), notes = admitted(profile, (_field(*kept),))
    members = [f.org.name for f in field.facts if isinstance(f, Member)]
    assert members == ["Evander Sea Institute"]
    assert [f.label for f in field.facts if isinstance(f, PartnerCategory)] == ["coastal universities"]
    (kept_post,) = [f for f in field.facts if isinstance(f, Post)]
    assert kept_post.holders == (jane,)
    assert [h.holder for h in kept_post.holdings] == [jane]
    (kept_founding,) = [f for f in field.facts if isinstance(f, Founding)]
    assert kept_founding.founder == Mention("Evander Sea Institute") and kept_founding.founders == ()
    (kept_program,) = [f for f in field.facts if isinstance(f, Program)]
    assert kept_program.name == "Tide Watch" and kept_program.org is None
    assert sorted(n.message.split("'")[1] for n in notes) == sorted(
        ["Rs 1cr", "Partners 36%", "Judge Ada Quill", "Prof. Old Holder", "Rs 1cr", "** Tide Watch"]
    )


def test_a_post_whose_every_holder_is_refused_is_dropped() -> None:
    profile = parse_profile(TEXT, "hgo.txt")
    post = Post("Chair", "chair", holders=(Mention("Judge Ada Quill", "person"),))
    (field,), _ = admitted(profile, (_field(post),))
    assert field.facts == ()
    # a post the text names no holder for stays: the gate judges names, not posts
    empty = Post("Chair", "chair")
    (field,), notes = admitted(profile, (_field(empty),))
    assert field.facts == (empty,) and notes == []


def test_units_and_programs_are_judged_by_the_style_free_check_only() -> None:
    profile = parse_profile(TEXT, "hgo.txt")
    lowercase = Unit("executive committee")  # a reader's choice: units may be common nouns
    (field,), notes = admitted(profile, (_field(lowercase, Unit("Gauge Office 23%")),))
    assert field.facts == (lowercase,)
    assert len(notes) == 1 and NameKind.UNIT.value in notes[0].message


MEMBERSHIP = """Deutsche Harbour Gauge
|
The Deutsche Harbour Gauge is a tide-measuring agency.
Partners
{line}
"""


@pytest.mark.parametrize(
    "line",
    [
        "The Gauge is a member of the Evander Sea Institute.",  # a distinctive word of its name
        "Gauge is a member of the Evander Sea Institute.",
        "Member of: Evander Sea Institute (ESI).",  # a memo's label
        "Tide tables since 1990. Member of: Evander Sea Institute.",
    ],
)
def test_the_organization_itself_as_a_member_of_a_body(line: str) -> None:
    facts = extract(parse_profile(MEMBERSHIP.format(line=line), "dhg.txt"))
    partners = next(f for f in facts.fields if f.name == "Partners")
    assert {f.org.name for f in partners.facts if isinstance(f, MemberOf)} == {"Evander Sea Institute"}
    assert not [f for f in partners.facts if isinstance(f, Member)]


def test_a_head_noun_of_its_name_is_not_the_organization_itself() -> None:
    # "Agency" is a word of many names: "The Agency is a member of …" names no particular body
    text = MEMBERSHIP.replace("Deutsche Harbour Gauge\n", "Deutsche Harbour Agency\n").format(
        line="Evander is a member of the Evander Sea Institute."
    )
    facts = extract(parse_profile(text, "dha.txt"))
    partners = next(f for f in facts.fields if f.name == "Partners")
    assert not [f for f in partners.facts if isinstance(f, MemberOf)]


@pytest.mark.parametrize(
    "line",
    [
        "Leadership: Ada Quill, Executive Director (since 2019).",
        "Key personnel: Ada Quill, Executive Director.",
        "Leadership at merger: Ada Quill, President.",
    ],
)
def test_a_label_of_the_fields_people_is_no_post(line: str) -> None:
    text = f"Harbour Gauge Office\n|\nThe Harbour Gauge Office is a tide-measuring agency.\nLeader\n{line}\n"
    facts = extract(parse_profile(text, "hgo.txt"))
    posts = [f for ff in facts.fields for f in ff.facts if isinstance(f, Post)]
    assert not [p for p in posts if p.role.startswith(("leadership", "key personnel"))]


def test_a_post_named_like_a_label_word_inside_stays() -> None:
    profile = parse_profile(TEXT, "hgo.txt")
    post = Post("Head of People", "head of people", holders=(Mention("Jane Roe", "person"),))
    (field,), notes = admitted(profile, (_field(post),))
    assert field.facts == (post,) and notes == []
    label = Post("Leadership", "leadership", holders=(Mention("Jane Roe", "person"),))
    (field,), notes = admitted(profile, (_field(label),))
    assert field.facts == () and "post" in notes[0].message
