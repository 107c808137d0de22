"""Round 52 (F1): the due-diligence report (h39) and the Francophone register (h40).

- "Legal name: X. Short name: XA. Entity type: …" (lexicon/short-name-record-keys.csv): a
  "key: value" sentence of the intro gives the organization's acronym; a null ("Not verified",
  "N/A") or a value that is no acronym gives nothing, nor does a short name in prose.
- "Network: member of the X Club": a bare "member of" after a label says the organization
  belongs to X; X is a member body, never the class "member of the X Club".
- "Union européenne", "Agence spatiale européenne" (lexicon/name-scope-adjectives.csv): a
  head noun and lowercase words closed by an adjective of a region or of the world are one
  named body, no class.
- "List B — mainly oil exporters", "Tier 2" (lexicon/member-group-labels.csv): the label of a
  group of members is no member organization.
- "Corporate partners, per acme.org (terms not checked):" (lexicon/source-attribution-leads.csv):
  where a heading's statement comes from is no part of the class it names.
- "village grocers in the small towns and the outlying parishes" (lexicon/list-place-notes.csv,
  area): the places after a lowercase class are where it is; no classes of their own.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.partners import read_partners
from orgkg.model import Field, Identity, Item, Member, MemberOf, OrgKind, PartnerCategory, Profile

from .list_helpers import field, partners_in_order

_ORG = Identity("Lakeshore Heritage Society", OrgKind.ORGANIZATION)


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


# --- a short name recorded in the intro ----------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "SUPPLIER REVIEW. Review date: 2023-05-02. Legal name: Office fédéral des routes. Short name: OFROU. "
        "Entity type: federal office.",
        "Legal name: Office fédéral des routes; Abbreviation: OFROU; Jurisdiction: CH.",
        "Counterparty check. Acronym: OFROU. Risk: low.",
        "Vendor file, opened 2021. Sigle: OFROU. Seat: Ittigen.",
    ],
)
def test_a_recorded_short_name_is_the_acronym(intro: str) -> None:
    identity = _identity("Office fédéral des routes", intro)
    assert identity.name == "Office fédéral des routes"
    assert identity.acronym == "OFROU"


@pytest.mark.parametrize(
    "intro",
    [
        "Counterparty check. Short name: Not verified. Risk: low.",
        "Counterparty check. Short name: N/A. Risk: low.",
        "Counterparty check. Short name: Strassenamt. Risk: low.",
        "The office shares a building with the agency (short name: ASTRA) and the archive.",
    ],
)
def test_no_acronym_from_a_null_a_word_or_prose(intro: str) -> None:
    identity = _identity("Office fédéral des routes", intro)
    assert identity.acronym is None
    assert identity.alternate_names == ()


def test_a_second_short_name_is_another_name() -> None:
    identity = _identity("Northern Harbour Trust", "The Northern Harbour Trust (NHT) is a charity. Short name: NHB.")
    assert identity.acronym == "NHT"
    assert identity.alternate_names == ("NHB",)


# --- a bare "member of" after a label ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Network: member of the Global Heritage Alliance (GHA).", "Global Heritage Alliance"),
        ("Affiliation: member of the Nordic Museum Council.", "Nordic Museum Council"),
        ("Member of the Baltic Boatbuilders Federation.", "Baltic Boatbuilders Federation"),
        ("Umbrella body: member of the Canadian Lighthouse Guild since 2004.", "Canadian Lighthouse Guild"),
    ],
)
def test_a_bare_member_of_names_the_body(line: str, body: str) -> None:
    # the organization is a member OF the body (round 58: MemberOf), the body no member of it
    found, _ = read_partners(Field("Partners", 10, (Item(11, line),)), _ORG)
    assert [f.org.name for f in found if isinstance(f, MemberOf)] == [body]
    members, classes = partners_in_order(line, _ORG)
    assert members == []
    assert not any("member of" in c.lower() for c in classes)


@pytest.mark.parametrize(
    "line",
    [
        "Members of staff sit on the boards of other trusts.",
        "Membership of the board is by election.",
        "Remembered by the Global Heritage Alliance as a pioneer.",
    ],
)
def test_near_misses_of_member_of_name_no_member(line: str) -> None:
    members, _ = partners_in_order(line, _ORG)
    assert members == []


# --- a name closed by a scope adjective --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Donors: Banque mondiale; Union africaine.", ["Banque mondiale", "Union africaine"]),
        (
            "Technical partners: Agence spatiale européenne; Commission européenne.",
            ["Agence spatiale européenne", "Commission européenne"],
        ),
        (
            "Funding partners: the Banco interamericano; Organisation mondiale.",
            ["Banco interamericano", "Organisation mondiale"],
        ),
    ],
)
def test_a_head_noun_and_a_scope_adjective_name_one_body(line: str, names: list[str]) -> None:
    members, classes = partners_in_order(line, _ORG)
    assert members == names
    assert not set(names) & set(classes)


@pytest.mark.parametrize(
    "line",
    [
        "Local partners: agences régionales; partenaires européens.",
        "Partners: Union members; Council observers.",
        "Partners: Banque populaire branches in the region.",
        "Partners: Union européenne of the fishermen and the dockers.",
    ],
)
def test_near_misses_of_a_scoped_name_are_no_member(line: str) -> None:
    members, _ = partners_in_order(line, _ORG)
    assert members == []


# --- a group label of members ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Donor groups: List A — mostly rich donors; List B — mostly oil exporters; List C — the rest.",
        "Tier 1 — founding trusts; Tier 2 — small museums",
        "Annex I — industrialised parties; Annex II — the wealthiest of them",
        "Band A; Band B; Schedule 3",
    ],
)
def test_a_group_label_is_no_member(line: str) -> None:
    members, _ = partners_in_order(line, _ORG)
    assert members == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Group of Seven", "Group of Seven"),
        ("Listowel Arts Trust", "Listowel Arts Trust"),
        ("Tiernan Boat Works Ltd", "Tiernan Boat Works Ltd"),
    ],
)
def test_names_opening_with_a_group_noun_stay_members(line: str, name: str) -> None:
    members, _ = partners_in_order(line, _ORG)
    assert members == [name]


# --- places after a lowercase class -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Depots: village grocers in the small towns and the outlying districts.", "village grocers"),
        ("Antennas: volunteer guides in the rural parishes and the islands.", "volunteer guides"),
        ("Outlets: farm shops across the northern counties and the coastal villages.", "farm shops"),
    ],
)
def test_areas_after_a_class_are_where_it_is(line: str, label: str) -> None:
    members, classes = partners_in_order(line, _ORG)
    assert members == []
    assert classes == [label]


@pytest.mark.parametrize(
    ("line", "member"),
    [
        ("universities in the coastal regions and the Baltic Maritime Museum", "Baltic Maritime Museum"),
        ("schools in the small towns and the Harbour Trust", "Harbour Trust"),
    ],
)
def test_a_name_after_the_area_keeps_the_list(line: str, member: str) -> None:
    members, _ = partners_in_order(line, _ORG)
    assert member in members


# --- a source after a heading's label ------------------------------------------------------------


def _read(*lines: str) -> tuple[list[str], list[str]]:
    found, _ = read_partners(field(*lines, name="Partners"), _ORG)
    return [f.org.name for f in found if isinstance(f, Member)], [
        f.label for f in found if isinstance(f, PartnerCategory)
    ]


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Corporate partners, per lakeshore.ca (contract terms not checked):", "Corporate partners"),
        ("Museum partners, according to the 2022 annual report:", "Museum partners"),
        ("Grant makers, source: the charity register:", "Grant makers"),
        ("Boatyard sponsors, as listed on the website:", "Boatyard sponsors"),
    ],
)
def test_a_source_after_a_heading_is_no_part_of_the_class(heading: str, label: str) -> None:
    members, classes = _read(heading, "- Acme Boat Works Ltd", "- Harbour Timber Inc.")
    assert members == ["Acme Boat Works Ltd", "Harbour Timber Inc."]
    assert classes == [label]


@pytest.mark.parametrize(
    "heading",
    [
        "Partners, per the website:",
        "Friends, per year, of the trust:",
        "Sponsors per season:",
    ],
)
def test_near_misses_of_a_sourced_heading_give_no_class(heading: str) -> None:
    members, classes = _read(heading, "- Acme Boat Works Ltd")
    assert members == ["Acme Boat Works Ltd"]
    assert classes == []
