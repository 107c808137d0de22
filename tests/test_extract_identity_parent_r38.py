"""Round 38 (F1): the grant officer's due-diligence memo (h27) — identity and parent.

- a file's label for the body it is about ("Applicant:", "Counterparty:", "Subject:"), then the
  title (a legal form may follow it) and brackets: the brackets give its short names, an acronym
  with "*" ("B*TEC"), a clipped first word ("Porvoo" → "Por"; never a head noun's start), a name in
  another language after "in French"; a place in the brackets is none;
- a parent after a cue with a lowercase adjective of a government's level between the article
  and the name ("reports to the national Department of X"); a capitalised "Not" opening a line
  negates its cue too;
- a shareholder label names the parent ("Controlling shareholder: X, the founders' trust").
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.names import is_acronym
from orgkg.extract.parent import read_parent
from orgkg.model import Field, Identity, Item, OrgKind, Parent, Profile


def _identity(title: str, intro: str, address: str = "") -> Identity:
    fields = (Field("Headquarters address", 4, (Item(5, address),)),) if address else ()
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, fields))


def _others(identity: Identity) -> set[str]:
    return {*([identity.acronym] if identity.acronym else []), *identity.alternate_names}


# --- class 1: a labelled subject and its brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "intro", "expected"),
    [
        (
            "Baltic Institute for Textile and Engineering Crafts",
            "REVIEW SHEET — Applicant: Baltic Institute for Textile and Engineering Crafts (B*TEC), "
            "Riga, Latvia. Entity type: research institute. Status: active.",
            {"B*TEC"},
        ),
        (
            "Porvoo Maritime College",
            "GRANT FILE — Grantee: Porvoo Maritime College (Por), Porvoo, Finland. Status: active.",
            {"Por"},
        ),
        (
            "Quillon Harbour Trust",
            "Counterparty: Quillon Harbour Trust (Quillon), a port authority. Status: active.",
            {"Quillon"},
        ),
        (
            "International Seed Bank Union",
            "NOTE — Counterparty: International Seed Bank Union (ISBU; in French Union internationale "
            "des banques de semences, UIBS), Bern, Switzerland. Entity type: treaty body.",
            {"ISBU", "UIBS", "Union internationale des banques de semences"},
        ),
        (
            "Kerrow Optics Laboratory",
            "CLOSE-OUT NOTE — Entity: Kerrow Optics Laboratory, Inc. (KOLI), Dayton, Ohio. Status: defunct.",
            {"KOLI", "Kerrow Optics Laboratory, Inc."},
        ),
    ],
)
def test_labelled_subject_gives_its_bracketed_names(title: str, intro: str, expected: set[str]) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert _others(identity) == expected


@pytest.mark.parametrize(
    ("title", "intro", "address"),
    [
        # a place in the brackets, named again in the address
        (
            "Tarnow Glass Museum",
            "MEMO — Applicant: Tarnow Glass Museum (Nowa Huta), a municipal museum. Status: active.",
            "ul. Szklana 4, 31-900 Nowa Huta, Poland",
        ),
        # a country in the brackets
        ("Harbour Seed Trust", "MEMO — Applicant: Harbour Seed Trust (New Zealand). Status: active.", ""),
        # the brackets belong to a longer name that goes on after them
        ("Acme Seeds", "MEMO — Applicant: Acme Seeds (UK) Holdings, Leeds. Status: active.", ""),
        # another body labelled: not the title
        (
            "Lindqvist Fisheries Board",
            "MEMO — Applicant: Nordic Fish Council (NFC), on behalf of the Lindqvist Fisheries Board.",
            "",
        ),
        # the title in brackets without a label: no file's subject
        ("Ferrow Bird Society", "Report on the Ferrow Bird Society (Ferrow), 2021 season.", ""),
    ],
)
def test_no_name_from_an_unlabelled_or_placed_bracket(title: str, intro: str, address: str) -> None:
    identity = _identity(title, intro, address)
    assert identity.name == title
    assert _others(identity) == set()


def test_clipped_word_is_never_a_head_noun_or_the_whole_word() -> None:
    # "Inst" clips a head noun; "Lund" is the whole first word of a two-word name
    assert (
        _others(_identity("Institute of Peat Studies", "Applicant: Institute of Peat Studies (Inst), Oulu.")) == set()
    )
    assert _others(_identity("Lund Observatory", "Applicant: Lund Observatory (Lund), Sweden.")) == set()


@pytest.mark.parametrize("text", ["A*STAR", "B*TEC", "R*D"])
def test_star_between_capitals_is_part_of_an_acronym(text: str) -> None:
    assert is_acronym(text)


@pytest.mark.parametrize("text", ["WHO*", "*NASA", "A**B"])
def test_star_elsewhere_makes_no_acronym(text: str) -> None:
    assert not is_acronym(text)


# --- class 2: a government's level before the parent's name; a shareholder label -----------------


def _parents(*lines: str) -> list[str]:
    self_ = Identity(name="Northfield Seed Institute", kind=OrgKind.ORGANIZATION, acronym="NSI")
    items = tuple(Item(4 + n, line) for n, line in enumerate(lines))
    facts, _ = read_parent(Field("Parent organization", 3, items), self_)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        (
            "Reports to the national Department of Water and Sanitation (DWS), which names its board.",
            "Department of Water and Sanitation",
        ),
        ("Operates under the federal Ministry of Agriculture. [verified]", "Ministry of Agriculture"),
        ("Accountable to the provincial Office of Heritage Affairs.", "Office of Heritage Affairs"),
    ],
)
def test_level_adjective_before_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Reports to the national government through its board.",  # no name after the adjective
        "Not accountable to the federal Ministry of Agriculture.",  # negated, the subject left out
        "It is no longer under the state Board of Forestry.",  # negated
        "Works with the regional Water Council on drought plans.",  # no parent cue
    ],
)
def test_level_adjective_without_a_cued_name_gives_none(text: str) -> None:
    assert _parents(text) == []


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("Controlling shareholder: Harrow Holding AS, the founders' trust (set up in 1951).", "Harrow Holding AS"),
        ("Majority shareholder: Government of Tonga Investment Fund [verified]", "Government of Tonga Investment Fund"),
        ("Sole shareholder: Nordvik Energi AS", "Nordvik Energi AS"),
    ],
)
def test_shareholder_label_names_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Controlling shareholder: none; the shares are widely held.",
        "Minority shareholder: Harrow Holding AS",  # a minority holder is no parent
        "Majority shareholder: Dr. Ingrid Solberg",  # a person
    ],
)
def test_shareholder_label_without_a_parent(text: str) -> None:
    assert _parents(text) == []
