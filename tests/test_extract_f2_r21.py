"""Round 21 (F2): the open-data registry's hand (h15): records and Markdown tables.

- a pipe table is read by its column names (a member/name/state column gives members, a code
  column never a name; "…"/"other" rows skipped) or not at all; no name holds a pipe;
- a country whose name holds "and" ("Trinidad and Tobago") stays whole in any list;
- a record line with a null value ("other_units: unknown") names nothing, and a record key
  ("other_units") is never part of a name;
- a list of codes ("DK, FI, NO, SE") is no partner category, nor is a quoted name;
- a colon inside a bracketed note ("(partner; since: unknown)") ends no label."""

from __future__ import annotations

import pytest

from orgkg.extract.names import list_pieces, name_problem
from orgkg.extract.partners import read_partners
from orgkg.extract.people import read_leader
from orgkg.extract.text import pipe_tables, record
from orgkg.extract.units import read_divisions
from orgkg.model import Field, Identity, Item, Member, OrgKind, PartnerCategory, Post, Unit

IDENTITY = Identity("Example Authority", OrgKind.ORGANIZATION)


def _field(*lines: str) -> Field:
    return Field(
        "X",
        10,
        tuple(Item(11 + i, line.removeprefix("- "), line.startswith("- ")) for i, line in enumerate(lines)),
    )


def partners(*lines: str) -> tuple[set[str], set[str]]:
    facts, _ = read_partners(_field(*lines), IDENTITY)
    members = {f.org.name for f in facts if isinstance(f, Member)}
    return members, {f.label for f in facts if isinstance(f, PartnerCategory)}


def units(*lines: str) -> list[str]:
    facts, _ = read_divisions(_field(*lines), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


def posts(*lines: str) -> set[str]:
    facts, _ = read_leader(_field(*lines), IDENTITY)
    return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}


# --- partner tables: read by their column names ------------------------------------------


def test_code_and_member_columns_give_the_members_only() -> None:
    members, categories = partners(
        "Members (selected):",
        "| code | member |",
        "|---|---|",
        "| BE | Belgium |",
        "| TT | Trinidad and Tobago |",
        "| BA | Bosnia and Herzegovina |",
    )
    assert members == {"Belgium", "Trinidad and Tobago", "Bosnia and Herzegovina"}
    assert not any("|" in c or c in {"BE", "TT", "code", "member"} for c in categories)


def test_name_column_with_a_regulator_column_beside_it() -> None:
    members, categories = partners(
        "| ISO | state | national agency |",
        "|---|---|---|",
        "| AG | Antigua and Barbuda | ABTA Antigua |",
        "| KN | Saint Kitts and Nevis | ABTA St Kitts and Nevis |",
    )
    assert members == {"Antigua and Barbuda", "Saint Kitts and Nevis"}
    assert not categories


def test_organization_column_and_elided_rows() -> None:
    members, _ = partners(
        "| organisation | since |",
        "|:--|--:|",
        "| Hooli Research Foundation | 2011 |",
        "| … | … |",
        "| other | |",
    )
    assert members == {"Hooli Research Foundation"}


def test_a_table_without_a_member_column_gives_nothing() -> None:
    members, categories = partners("| year | amount |", "|---|---|", "| 2020 | 5 |", "| 2021 | 7 |")
    assert not members and not categories


def test_pipe_table_reader_reads_header_and_skips_the_rule() -> None:
    (table,) = pipe_tables(_field("| ISO | member |", "|---|---|", "| FR | France |"))
    assert table.header == ("ISO", "member")
    assert table.rows == (("FR", "France"),)
    assert table.column("member") == ["France"]
    assert table.column("code") == ["FR"]


@pytest.mark.parametrize("text", ["| GD", "Australia |", "Member |", "a | b"])
def test_no_name_holds_a_pipe(text: str) -> None:
    assert name_problem(text) is not None


# --- countries with "and" stay whole --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Grenada, Saint Vincent and the Grenadines and Dominica",
            ["Grenada", "Saint Vincent and the Grenadines", "Dominica"],
        ),
        ("Trinidad and Tobago and Jamaica", ["Trinidad and Tobago", "Jamaica"]),
        ("Sao Tome and Principe, Angola", ["Sao Tome and Principe", "Angola"]),
        ("Norway and Sweden", ["Norway", "Sweden"]),
    ],
)
def test_country_names_with_and_stay_whole(text: str, pieces: list[str]) -> None:
    assert list_pieces(text) == pieces


def test_member_list_in_prose_keeps_and_countries() -> None:
    members, _ = partners("Member states: Barbados, Trinidad and Tobago and Saint Kitts and Nevis")
    assert {"Trinidad and Tobago", "Saint Kitts and Nevis"} <= members
    assert not members & {"Trinidad", "Tobago", "Nevis", "Saint Kitts"}


# --- records: keys and nulls ----------------------------------------------------------------


def test_null_record_is_not_glued_to_the_unit_before() -> None:
    assert units("field_offices: North Harbour; Cape Station", "other_offices: unknown") == [
        "North Harbour",
        "Cape Station",
    ]
    assert units("regional_units: Alpha Bureau; Beta Bureau", "more_units = TBD") == ["Alpha Bureau", "Beta Bureau"]
    assert units("sub_divisions: Marine Office", "other_divisions: n/a") == ["Marine Office"]


@pytest.mark.parametrize("text", ["Jebel Port other_units", "North Harbour start_year", "sub_units Office"])
def test_record_key_is_no_part_of_a_name(text: str) -> None:
    assert name_problem(text) is not None


def test_record_tells_snake_keys() -> None:
    found = record("other_units: unknown")
    assert found is not None and found.identifier_key and found.value == "unknown"
    found = record("start_year = 2001")
    assert found is not None and found.identifier_key and found.value == "2001"
    found = record("Partners: A and B")
    assert found is not None and not found.identifier_key  # a label, not a registry's field name


def test_unit_table_read_by_its_unit_column() -> None:
    assert units("| division | head |", "|---|---|", "| Marine Unit | J. Smith |", "| … | |") == ["Marine Unit"]


# --- categories: no codes, no quoted names; notes keep their colons --------------------------


def test_code_list_is_no_category() -> None:
    members, categories = partners("funding_states: BE, NL, LU, NO, SE")
    assert not categories
    assert not any("," in m for m in members)


def test_quoted_name_is_no_category() -> None:
    _, categories = partners('affiliations: WXYZ (World Example Union) — a member; "Eurolink" news exchange')
    assert not any('"' in c for c in categories)


def test_colon_inside_a_note_ends_no_label() -> None:
    members, _ = partners(
        "- Hooli College (exchange partner; since: unknown)",
        "- Globex Foundation (donor; amount: n/a)",
    )
    assert members == {"Hooli College", "Globex Foundation"}


# --- leader tables ----------------------------------------------------------------------------


def test_leader_table_role_name_from_to() -> None:
    found = posts(
        "| role | name | from | to |",
        "|---|---|---|---|",
        "| Rector | Maria Lindqvist | 2019 | — |",
        "| Rector | Tomas Berg | 2011 | 2018 |",
        "| Rector | TBD (updated 2024-05) | — | — |",
    )
    assert found == {"Rector | Maria Lindqvist", "Rector | Tomas Berg"}
