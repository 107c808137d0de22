"""Round 21 (family F1: status, parent, identity): a data engineer's registry export. Fields
written as "key: value" record lines and Markdown tables, with null words ("null", "none",
"n/a", "TBD", "unknown") as whole values or as single cells."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import read_parent
from orgkg.extract.status import read_status
from orgkg.model import Field, FieldStatus, Identity, Item, OrgKind, Parent, Profile

S, NONE, NPS, NA = (
    FieldStatus.STATED,
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.NOT_APPLICABLE,
)


def _field(name: str, *lines: str) -> Field:
    return Field(name, 3, tuple(Item(4 + n, line, False) for n, line in enumerate(lines)))


def _status(name: str, *lines: str) -> FieldStatus:
    return read_status(_field(name, *lines)).status


# -- null words as a field's whole value ----------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ("Parent: null",),
        ("null — a free-standing foundation; no ministry oversees it.",),
        ("parent_org: none",),
        ("Parent: — (independent treaty body)",),
        ("parent = none",),
        ("parent_body = null (self-governing since 1999)",),
    ],
)
def test_a_null_word_is_no_parent(lines: tuple[str, ...]) -> None:
    assert _status("Parent organization", *lines) is NONE


@pytest.mark.parametrize(
    "lines, status",
    [
        (("TBD",), NPS),
        (("unknown — see ref [4]",), NPS),
        (("n/a (postal address only)",), NA),
        (("EUR — the figure for this year is not transcribed yet",), NPS),
    ],
)
def test_other_null_words(lines: tuple[str, ...], status: FieldStatus) -> None:
    assert _status("Last total enacted budget", *lines) is status


# -- record lines: the first record names the field, later nulls are missing parts ----------


@pytest.mark.parametrize(
    "lines",
    [
        ("Parent: null", "related_body: Council of Coastal States (the members belong to it)"),
        ("parent_org: none (autonomous since 2001)", "network: member of the Regional Science Forum"),
        ("parent = null", "owner_note: mostly owned by the state; see Funding"),
    ],
)
def test_a_null_parent_record_before_other_records(lines: tuple[str, ...]) -> None:
    assert _status("Parent organization", *lines) is NONE


@pytest.mark.parametrize(
    "name, lines",
    [
        ("Headquarters address", ("city: Tromsø", "country: NO", "street: unknown")),
        ("Headquarters address", ("street: n/a (campus only)", "po_box: PO Box 12", "city: Suva")),
        ("Legislation", ("instrument: Convention on the Northern Fisheries Board", "depositary: unknown — see [2]")),
        ("Leader", ("chair: Maria Olsen", "deputy_chair: TBD")),
    ],
)
def test_records_with_a_real_value_are_stated(name: str, lines: tuple[str, ...]) -> None:
    assert _status(name, *lines) is S


@pytest.mark.parametrize(
    "name, lines, status",
    [
        ("Leader", ("chair: unknown", "director: unknown"), NPS),
        ("Last total enacted budget", ("currency: NOK", "amount: not disclosed"), NPS),
        ("Number of employees", ("staff_headcount: unknown", "visitors: c. 300 a year"), NPS),
    ],
)
def test_records_without_a_value_keep_their_null(name: str, lines: tuple[str, ...], status: FieldStatus) -> None:
    assert _status(name, *lines) is status


def test_a_record_named_other_than_the_field_does_not_decide_alone() -> None:
    # "supervisor: none" does not name the field; the next record states a parent body.
    assert _status("Parent organization", "supervisor: none", "ministry: Ministry of Fisheries") is S


# -- Markdown tables: a row of values is a stated value, a null cell is a missing part ------


@pytest.mark.parametrize(
    "name, lines",
    [
        ("Leader", ("| post | holder | from | to |", "|---|---|---|---|", "| Director | Ana Ruiz | 2010 | unknown |")),
        (
            "Leader",
            (
                "| role | name |",
                "| --- | --- |",
                "| Chair | Lena Berg |",
                "| Chair | TBD |",
                "Earlier chairs: unknown.",
            ),
        ),
        ("History", ("| date | event |", "|:--|:--|", "| unknown | renamed Baltic Institute |", "| 1961 | founded |")),
    ],
)
def test_a_table_with_a_row_of_values_is_stated(name: str, lines: tuple[str, ...]) -> None:
    assert _status(name, *lines) is S


@pytest.mark.parametrize(
    "lines",
    [
        ("| role | name |", "|---|---|", "| Director | TBD |"),
        ("| role | name |", "|---|---|", "| — | — |"),
    ],
)
def test_a_table_without_a_row_of_values_is_not_stated(lines: tuple[str, ...]) -> None:
    assert _status("Leader", *lines) is not S


def test_prose_unknown_is_still_not_public() -> None:
    # no table, no records: the prose rules are unchanged
    assert _status("Leader", "The director's name is unknown.") is NPS


# -- parent: record lines keyed "parent", a table column headed "parent" -------------------

_SELF = Identity(
    name="Example Survey Office",
    kind=OrgKind.ORGANIZATION,
    acronym="ESO",
    description=None,
    former_names=(),
    former_acronyms=(),
    alternate_names=(),
)


def _parents(*lines: str) -> list[str]:
    facts, _ = read_parent(_field("Parent organization", *lines), _SELF)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    "lines, parents",
    [
        (("parent_org: Ministry of Lands and Housing (MLH)",), ["Ministry of Lands and Housing"]),
        (
            ("supervising_ministry: Ministry of Trade, Industry and Tourism", "legal_form: agency"),
            ["Ministry of Trade, Industry and Tourism"],
        ),
        (("parent body = Royal Society of Letters",), ["Royal Society of Letters"]),
        (
            (
                "| from | to | parent |",
                "|---|---|---|",
                "| 1970 | 1988 | Province of Utrecht (directly) |",
                "| 1988 | — | Regional Water Authority (RWA) |",
            ),
            ["Province of Utrecht", "Regional Water Authority"],
        ),
    ],
)
def test_recorded_parents(lines: tuple[str, ...], parents: list[str]) -> None:
    assert _parents(*lines) == parents


@pytest.mark.parametrize(
    "lines",
    [
        # a record key that is not the parent relation, a registry id, a null cell
        ("parent_registry_id: n/a (ministries are not registered)",),
        ("legal_form: semi-autonomous agency", "related_body: Council of Coastal States"),
        ("| from | to | parent |", "|---|---|---|", "| 1970 | 1988 | unknown |"),
        ("| from | to | parent |", "|---|---|---|", "| 1970 | 1988 | Example Survey Office |"),
    ],
)
def test_no_recorded_parent(lines: tuple[str, ...]) -> None:
    assert _parents(*lines) == []


# -- identity: names given in record lines ----------------------------------------------------


def _identity(title: str, intro: str, *fields: Field) -> Identity:
    return read_identity(Profile("p.txt", "p", "0" * 64, title, 1, intro, 2, fields))


@pytest.mark.parametrize(
    "line, alternate",
    [
        ("name_local: Nordiska institutet för havsforskning", "Nordiska institutet för havsforskning"),
        ("native_name = Instituto Marítimo del Sur (since 1990)", "Instituto Marítimo del Sur"),
        ("name_fr: Institut maritime du Nord", "Institut maritime du Nord"),
        ("type: research institute | local_name: 北方海洋研究所 | active: yes", "北方海洋研究所"),
    ],
)
def test_a_recorded_native_name_is_an_alternate(line: str, alternate: str) -> None:
    found = _identity(
        "Northern Marine Institute",
        "The Northern Marine Institute is a research body.",
        _field("Names", line),
    )
    assert found.name == "Northern Marine Institute"
    assert alternate in found.alternate_names


@pytest.mark.parametrize(
    "line",
    ["name_local: null", "name_local: unknown — see ref [2]", "native_name: TBD", "name_local: n/a"],
)
def test_a_recorded_null_name_is_no_alternate(line: str) -> None:
    found = _identity(
        "Northern Marine Institute", "The Northern Marine Institute is a research body.", _field("Names", line)
    )
    assert found.alternate_names == ()


def test_a_recorded_name_the_acronym_title_spells_is_the_name() -> None:
    found = _identity("NMI", "NMI is a research body.", _field("Identifiers", "name: Northern Marine Institute"))
    assert (found.name, found.acronym) == ("Northern Marine Institute", "NMI")


def test_a_recorded_name_the_acronym_does_not_spell_is_not_the_name() -> None:
    found = _identity("NMI", "NMI is a research body.", _field("Identifiers", "name: Southern Ocean Council"))
    assert found.name == "NMI"
