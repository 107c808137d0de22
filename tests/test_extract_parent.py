"""Parent organization (extract/parent.py): only a checked name, only the organization's own parent."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.parent import read_parent
from orgkg.model import Coordinator, Field, FieldStatus, Identity, Item, OrgKind, Parent, Profile

SELF = Identity("Northfield Institute of Science", OrgKind.ORGANIZATION, acronym="NIS")


def _read(text: str, identity: Identity = SELF) -> tuple[list[str], list[str]]:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, text),)), identity)
    parents = [f.org.name for f in facts if isinstance(f, Parent)]
    coordinators = [f.org.name for f in facts if isinstance(f, Coordinator)]
    return parents, coordinators


@pytest.mark.parametrize(
    "text, parent",
    [
        # a bare name, notes after it dropped
        ("Department of Fisheries", "Department of Fisheries"),
        ("Ministry of Agriculture (Ghana)", "Ministry of Agriculture"),
        ("Globex Corporation (Globex AG)", "Globex Corporation"),
        ("Royal Society of Chemistry (RSC), itself part of the Science Council", "Royal Society of Chemistry"),
        ("Ministry of Transport, Government of Peru", "Ministry of Transport"),
        ("Harbour Holdings Limited, which owns 60 per cent; the city owns the rest.", "Harbour Holdings Limited"),
        ("Department of Fisheries. It has funded the institute since 1972.", "Department of Fisheries"),
        ("Ministry of Defence (from 1970; before that the War Office)", "Ministry of Defence"),
        # commas that belong to the name
        ("Ministry of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry"),
        ("Department for Culture, Media and Sport (DCMS)", "Department for Culture, Media and Sport"),
        ("Ministry of Science, Technology & Innovation", "Ministry of Science, Technology & Innovation"),
        ("Acme Widgets, Inc.", "Acme Widgets, Inc."),
        # "Y, a subsidiary of Z": the parent is Y
        ("Initech Labs, Inc., a subsidiary of Initrode Group", "Initech Labs, Inc."),
        # sentences whose subject is the organization itself
        ("NIS operates under the Department of Fisheries.", "Department of Fisheries"),
        ("The institute operates under the auspices of the Royal Academy of Letters.", "Royal Academy of Letters"),
        (
            "NIS is an agency under the jurisdiction of the Ministry of Land, Infrastructure and Transport.",
            "Ministry of Land, Infrastructure and Transport",
        ),
        ("It is sponsored by the Office of Naval Research.", "Office of Naval Research"),
        ("Northfield Institute of Science reports to the Cabinet Office.", "Cabinet Office"),
        ("The institute is a wholly owned subsidiary of Vandelay Industries.", "Vandelay Industries"),
        ("Part of the Department of Fisheries", "Department of Fisheries"),
        ("A unit of the Geological Survey of Norway.", "Geological Survey of Norway"),
        ("The institute, a unit of the Department of Fisheries, runs three stations.", "Department of Fisheries"),
        ("The council was an advisory body under the Government of Chile.", "Government of Chile"),
        (
            "NIS operates under the Department of Fisheries, which reports to the Prime Minister.",
            "Department of Fisheries",
        ),
        ("The office is not part of the Treasury but reports to the Cabinet Office.", "Cabinet Office"),
    ],
)
def test_parent_is_read(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Not",  # never a function word or a status word as a parent
        "N/A",
        "None",
        "There",
        "it",
        "a consortium of universities",  # a common-noun phrase is not a name
        "The Department of Fisheries oversees the institute.",  # another organization's relation
        "The Prime Minister's Office chairs its board and reports to parliament.",
        "The institute was established under the Fisheries Act 1965.",  # a law, not a parent
        "The institute is not under any ministry.",
        "NIS is a member of the European Science Network.",  # membership is not parenthood
        "Northfield Institute of Science",  # the organization itself
    ],
)
def test_no_invented_parent(text: str) -> None:
    assert _read(text)[0] == []


def test_coordinator_is_not_a_parent() -> None:
    parents, coordinators = _read("The network is hosted by the Science Council (SC) and funded by members.")
    assert parents == [] and coordinators == ["Science Council"]


def test_parent_acronym_stays_on_the_parent() -> None:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, "Ministry of Culture (MoC)"),)), SELF)
    assert facts == [Parent(facts[0].org)] and facts[0].org.acronym == "MoC"


def _profile(parent_text: str) -> Profile:
    field = Field("Parent organization", 3, (Item(4, parent_text),))
    return Profile("t.txt", "t", "", "Example Agency", 1, "The Example Agency (EXA) is an agency.", 2, (field,))


@pytest.mark.parametrize(
    "text, status",
    [
        ("Not applicable — the agency is a public-law corporation of the State of Saxony.", FieldStatus.NOT_APPLICABLE),
        ("N/A", FieldStatus.NOT_APPLICABLE),
        ("None; the agency answers to its own board.", FieldStatus.EXPLICITLY_NONE),
        ("EXA has no parent organization; it is independent.", FieldStatus.EXPLICITLY_NONE),
    ],
)
def test_negated_parent_field_has_no_parent(text: str, status: FieldStatus) -> None:
    field = next(f for f in extract(_profile(text)).fields if f.name == "Parent organization")
    assert field.status is status and field.facts == ()


def test_unsure_parent_keeps_the_text_with_a_diagnostic() -> None:
    facts = extract(_profile("Answers jointly to three founding ministries."))
    field = next(f for f in facts.fields if f.name == "Parent organization")
    assert field.facts == () and field.status is FieldStatus.STATED
    assert field.verbatim == "Answers jointly to three founding ministries."
    assert any(d.code == "extract.unstructured" and d.line == 4 for d in facts.diagnostics)


# --- round 2 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, parents",
    [
        # several parents, one after the other
        ("Sirius Holdings Ltd (until 2004); then Vega Group plc", ["Sirius Holdings Ltd", "Vega Group plc"]),
        (
            "Ministry of Works (to 1971); later the Department of the Environment.",
            ["Ministry of Works", "Department of the Environment"],
        ),
        ("Acme Radio Corporation; subsequently Globex Media", ["Acme Radio Corporation", "Globex Media"]),
        # a legal form with full stops, after a comma; an initial after an abbreviation
        ("Ing. B. Marconi & C., S.p.A.", ["Ing. B. Marconi & C., S.p.A."]),
        (
            "Fabbrica Rossi, S.p.A. (until 1990); then Bianchi Industrie S.p.A.",
            ["Fabbrica Rossi, S.p.A.", "Bianchi Industrie S.p.A."],
        ),
    ],
)
def test_successive_parents(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        # after the semicolon: no cue of sequence, or more than a name
        ("Harbour Holdings Limited (until 2004); the city owns the rest.", ["Harbour Holdings Limited"]),
        ("Ministry of Works; then it became independent.", ["Ministry of Works"]),
        ("Ministry of Works; then the Department of the Environment took over its budget.", ["Ministry of Works"]),
        # no first parent: nothing after it is read either
        ("It has none; later the Ministry of Works.", []),
    ],
)
def test_no_invented_later_parent(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


# Round 3: an enumeration inside a parent's name closed by "and" in another language.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Reports to the Ministerio de Economía, Fomento y Turismo.", "Ministerio de Economía, Fomento y Turismo"),
        ("Ministerium für Bildung, Kultur und Sport", "Ministerium für Bildung, Kultur und Sport"),
        ("Under the Ministério da Ciência, Tecnologia e Inovação.", "Ministério da Ciência, Tecnologia e Inovação"),
    ],
)
def test_parent_enumeration_closed_by_another_languages_and(text: str, name: str) -> None:
    field = Field("Parent organization", 3, (Item(4, text, False),))
    facts, _ = read_parent(field, Identity("X", OrgKind.ORGANIZATION))
    assert [f.org.name for f in facts if isinstance(f, Parent)] == [name]
