"""Round 38, F2 (partners, units, leaders): the grant officer's due-diligence memo. A list's
intro label with a clause about the document ("Principal collaborators named in the
proposal:") is no category; adjectives sharing one class noun ("Federal, state and local
agencies") are one class, no member; each proper-named link of an arrow chain in the
structure is a unit; a dash note restating the post with a rank word ("— founding director,
…") is no part of the holder line. Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Baltic Institute of Lake Ecology", OrgKind.ORGANIZATION, acronym="BILE")
PARTNERS = ListReaders(IDENTITY, heading="Partners")
STRUCTURE = ListReaders(IDENTITY, heading="Organization structure")
LEADER = ListReaders(IDENTITY, heading="Leader")


# --- class 1: the list's intro label is no category -----------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Principal collaborators named in the proposal:",
        "Key partners listed in this memo:",
        "Main collaborators identified by the reviewer:",
        "Collaborators cited in the budget annex:",
    ],
)
def test_document_intro_label_is_no_category(heading: str) -> None:
    lines = (heading, "- University of Tartu", "- Latvian Hydrographic Service")
    assert PARTNERS.categories(*lines) == set()
    assert PARTNERS.member_names(*lines) == {"University of Tartu", "Latvian Hydrographic Service"}


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        # a class noun of its own stays a category
        ("Regional universities:", "Regional universities"),
        ("Partner universities in Estonia:", "Partner universities in Estonia"),
        ("Leading research institutes:", "Leading research institutes"),
    ],
)
def test_class_labels_stay_categories(heading: str, category: str) -> None:
    assert category in PARTNERS.categories(heading, "- University of Tartu")


# --- class 2: adjectives sharing one class noun ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "category"),
    [
        (
            "- Federal, state and local water agencies (a class; none itemised)",
            "Federal, state and local water agencies",
        ),
        ("- Public, private and community hospitals", "Public, private and community hospitals"),
        ("- National and regional fisheries institutes", "National and regional fisheries institutes"),
        (
            "- Municipal, county and national statistics agencies",
            "Municipal, county and national statistics agencies",
        ),
    ],
)
def test_shared_class_noun_is_one_class(line: str, category: str) -> None:
    assert PARTNERS.categories(line) == {category}
    assert PARTNERS.member_names(line) == set()


@pytest.mark.parametrize(
    ("line", "members"),
    [
        # names before a class stay names; class nouns in a row are several classes
        ("- Siemens, Nokia and local utility firms", {"Siemens", "Nokia"}),
        ("- NASA, state and local agencies", {"NASA"}),
    ],
)
def test_names_before_a_class_stay_members(line: str, members: set[str]) -> None:
    assert members <= PARTNERS.member_names(line)


def test_class_nouns_listed_are_no_shared_head() -> None:
    categories = PARTNERS.categories("Categories: schools, museums, community organisations.")
    assert "Schools, museums, community organisations" not in categories
    assert not any("," in c for c in categories)


# --- class 3: an arrow chain of bodies in the structure ------------------------------------


@pytest.mark.parametrize(
    ("line", "units"),
    [
        (
            "General Lake Congress (supreme organ; meets every three years) → Scientific Council → Secretariat.",
            {"General Lake Congress", "Scientific Council"},
        ),
        ("Members' Convention -> Governing Council -> Directorate.", {"Members' Convention", "Governing Council"}),
        (
            "Annual Delegates Meeting (all member labs) → Steering Board → Coordination Office.",
            {"Annual Delegates Meeting", "Steering Board", "Coordination Office"},
        ),
    ],
)
def test_arrow_chain_links_are_units(line: str, units: set[str]) -> None:
    assert units <= STRUCTURE.structure(line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        # a one-word or lowercase link, a ministry, a country or the organization itself: no unit
        ("Chapter (local) → county Assembly (quarterly) → Board.", {"Chapter", "county Assembly"}),
        ("Ministry of Environment → Board → executive management.", {"Ministry of Environment"}),
        ("Estonia → Lake Peipsi Station.", {"Estonia"}),
        ("Baltic Institute of Lake Ecology → Field Station Network.", {"Baltic Institute of Lake Ecology"}),
    ],
)
def test_arrow_chain_links_that_are_no_units(line: str, absent: set[str]) -> None:
    assert not absent & STRUCTURE.structure(line)


def test_arrows_in_prose_without_chain_add_nothing() -> None:
    assert "Lake Peipsi Congress" not in STRUCTURE.structure("The Lake Peipsi Congress advises the board.")


# --- class 4: a dash note restating the post with a rank word -------------------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("- Director: Liis Tamm — founding director, 1991 until her retirement in 2004", "Director | Liis Tamm"),
        ("- Chair: Janis Ozols — first chair, 1991–1995", "Chair | Janis Ozols"),
        ("- President: Mart Kask — inaugural president", "President | Mart Kask"),
    ],
)
def test_restated_post_note_goes(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    "line",
    [
        # a note that restates no post names nothing
        "- Chair: Janis Ozols — first woman in the post",
        "- President: Mart Kask — founding member of the board",
    ],
)
def test_other_dash_notes_name_no_post(line: str) -> None:
    assert LEADER.posts(line) == set()
