"""Round 24 (family F1: status, parent, identity): a parent the text places in the past is no
parent. "Formerly part of X; now autonomous", "Was under X until 1999", "X (until 1992)" give no
parent fact (the field statement keeps the text) and an ``extract.parent-former`` diagnostic;
a clause with a current mark after the former one names the parent of today ("…; since 2004
under Y" → Y). A sequence of parents ("X until 1972, then Y") stays whole; "now part of X" is
current; "formerly known as X" is a name, not a parent."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import parent_findings, read_parent
from orgkg.model import Field, Identity, Item, OrgKind, Parent, Profile

_SELF = Identity(name="Lakeside Fisheries Institute", kind=OrgKind.ORGANIZATION, acronym="LFI")


def _parents(text: str) -> list[str]:
    facts, _ = read_parent(Field("Parent organization", 3, (Item(4, text, False),)), _SELF)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


def _codes(text: str) -> list[str]:
    return [finding.code for finding in parent_findings(text)]


@pytest.mark.parametrize(
    "text, former",
    [
        ("Formerly part of the Ministry of Inland Waters; now autonomous.", "Ministry of Inland Waters"),
        ("Was under the Ministry of Inland Waters until 1999.", "Ministry of Inland Waters"),
        ("Previously attached to the Department of Lakes, independent since 2004.", "Department of Lakes"),
        ("Until 2010 a division of Harbour Holdings Corporation.", "Harbour Holdings Corporation"),
        ("Ministry of Inland Waters (until 1992)", "Ministry of Inland Waters"),
        ("Ministry of Inland Waters (1961–1993)", "Ministry of Inland Waters"),
        ("It was once a unit of the Lake Authority.", "Lake Authority"),
        ("Originally a department of the Northern Water Board.", "Northern Water Board"),
        ("Part of Harbour Holdings Corporation from 1980 to 1995.", "Harbour Holdings Corporation"),
        ("Formerly the Ministry of Inland Waters.", "Ministry of Inland Waters"),
    ],
)
def test_a_parent_of_the_past_is_no_parent(text: str, former: str) -> None:
    assert _parents(text) == []
    assert "extract.parent-former" in _codes(text)
    assert any(f.needle == former for f in parent_findings(text) if f.code == "extract.parent-former")


@pytest.mark.parametrize(
    "text, parent",
    [
        (
            "Formerly part of the Ministry of Inland Waters; since 2004 under the Ministry of Environment.",
            "Ministry of Environment",
        ),
        ("Previously the Ministry of Inland Waters; today the Ministry of Environment.", "Ministry of Environment"),
        ("Formerly a division of Harbour Holdings Corporation; now part of the Lake Authority.", "Lake Authority"),
    ],
)
def test_a_current_parent_after_a_former_one(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text, parents",
    [
        ("Now part of the Ministry of Environment.", ["Ministry of Environment"]),
        ("Currently under the Ministry of Environment.", ["Ministry of Environment"]),
        # "formerly known as" names the parent's old name: the parent is current
        ("Ministry of Environment (formerly known as the Ministry of Nature)", ["Ministry of Environment"]),
        ("Ministry of Environment (since 1992)", ["Ministry of Environment"]),
        ("Ministry of Environment (1992–present)", ["Ministry of Environment"]),
        # a sequence of parents keeps every step: the successive parents, as the history reads them
        (
            "Harbour Holdings Corporation until 1972, then the Lake Authority until 1989.",
            ["Harbour Holdings Corporation", "Lake Authority"],
        ),
        ("1960–1992: Ministry of Inland Waters; 1992–: Ministry of Environment", ["Ministry of Environment"]),
        # "from 1993" with no end: the tie holds
        ("Harbour Holdings Corporation, majority shareholder from 1993.", ["Harbour Holdings Corporation"]),
    ],
)
def test_a_current_parent_is_read(text: str, parents: list[str]) -> None:
    assert _parents(text) == parents
    assert "extract.parent-former" not in _codes(text) or len(parents) > 1


# -- identity: a title that is the full name and its short form joined by a dash --------------


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("p.txt", "p", "0" * 64, title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "title, intro, name, short",
    [
        (
            "Compañía Andina de Cobre S.A. – Andicobre",
            "Compañía Andina de Cobre S.A. (Andicobre) is a copper miner.",
            "Compañía Andina de Cobre S.A.",
            "Andicobre",
        ),
        (
            "Nordfjord Shipping Company — Nordship",
            "The Nordfjord Shipping Company (Nordship) was a ferry operator.",
            "Nordfjord Shipping Company",
            "Nordship",
        ),
        (
            "Sociedade Mineira de Energia S.A. - Minergia",
            "Sociedade Mineira de Energia S.A. (Minergia) is a utility.",
            "Sociedade Mineira de Energia S.A.",
            "Minergia",
        ),
    ],
)
def test_a_dashed_short_form_in_the_title_is_another_name(title: str, intro: str, name: str, short: str) -> None:
    found = _identity(title, intro)
    assert found.name == name
    assert short in found.alternate_names


@pytest.mark.parametrize(
    "title, intro",
    [
        # a place in the brackets is no short form
        ("Nordfjord Shipping Company – Bergen", "Nordfjord Shipping Company (Bergen) is a ferry operator."),
        # the intro does not bracket the short form: the dashed title is one name
        ("Compañía Andina de Cobre S.A. – Andicobre", "Compañía Andina de Cobre S.A. is a copper miner."),
        ("Lumen – Quebec Institute for Optics", "Lumen – Quebec Institute for Optics is a lab."),
    ],
)
def test_a_dashed_title_without_a_bracketed_short_form_is_kept(title: str, intro: str) -> None:
    assert _identity(title, intro).name == title


# -- identity: the title's own commas, with a bracketed acronym after them ---------------------


@pytest.mark.parametrize(
    "title, intro, acronym",
    [
        (
            "Institute of Mines, Forests and Waters",
            "The Institute of Mines, Forests and Waters (IMFW) is a research body.",
            "IMFW",
        ),
        (
            "Centro de Estudios Hídricos, Agrícolas y Forestales",
            "El Centro de Estudios Hídricos, Agrícolas y Forestales (CEHAF) es un centro.",
            None,
        ),
        (
            "Centro de Estudios Hídricos, Agrícolas y Forestales",
            "The Centro de Estudios Hídricos, Agrícolas y Forestales (CEHAF) (Spanish research body) is a lab.",
            "CEHAF",
        ),
        (
            "Agency for Roads, Bridges and Tunnels",
            "Agency for Roads, Bridges and Tunnels (ARBT) was a state agency.",
            "ARBT",
        ),
    ],
)
def test_a_title_with_commas_keeps_its_bracketed_acronym(title: str, intro: str, acronym: str | None) -> None:
    found = _identity(title, intro)
    assert found.name == title
    if acronym:
        assert found.acronym == acronym
    # never a piece of the name cut at its commas
    assert not any(", " not in n and n in title for n in found.alternate_names)


def test_a_subject_that_is_not_the_title_is_still_cut_at_its_commas() -> None:
    # the pieces are the title and an appositive, not one name with commas
    found = _identity("Harbour Institute", "The Harbour Institute, Lakeside Campus (HI) is a lab.")
    assert found.name == "Harbour Institute"


# -- identity: the legal name after "registered as" / "incorporated as" ------------------------


@pytest.mark.parametrize(
    "intro, legal",
    [
        (
            "Harbour Research (HR) is a charity; it is registered in Norway as Harbour Research AS.",
            "Harbour Research AS",
        ),
        ("Harbour Research, incorporated as Harbour Research Ltd, was a lab.", "Harbour Research Ltd"),
        (
            "Harbour Research is an association, entered in the register as Harbour Research e.V. in 1994.",
            "Harbour Research e.V.",
        ),
    ],
)
def test_the_name_with_a_legal_form_after_as_is_another_name(intro: str, legal: str) -> None:
    found = _identity("Harbour Research", intro)
    assert found.name == "Harbour Research"
    assert legal in found.alternate_names


@pytest.mark.parametrize(
    "intro",
    [
        "Harbour Research was a lab owned by Harbour Research Holdings Ltd.",  # another company
        "Harbour Research was a lab; its rival registered as Northfield Ltd.",  # not its name
        "Harbour Research was sold as Harbour Research AGency assets.",  # no suffix, a longer word
    ],
)
def test_no_legal_name_without_the_name_and_a_suffix_after_as(intro: str) -> None:
    assert _identity("Harbour Research", intro).alternate_names == ()
