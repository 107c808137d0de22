"""Round 35, F2 (partners, units, leaders): hurried notes. A list after a class noun and a
cue ("incl.", "e.g.", "like"), a labelled list whose line closes before another statement,
a head of several classes ("works w/ A, B and C - e.g. …"), "+" between partners, a lead
adding a list line ("plus the …"), and a holder behind a lowercase honorific or a hedge.
Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.text import without_addition_lead
from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Baltic Rowing Union", OrgKind.ORGANIZATION)
PARTNERS = ListReaders(IDENTITY, heading="Partners")
DIVISIONS = ListReaders(IDENTITY, heading="Divisions")
PROGRAMS = ListReaders(IDENTITY, heading="List of programs")
LEADER = ListReaders(IDENTITY, heading="Leader")


# --- class 1: a class noun, a cue ("incl.", "e.g.", "like"), its members -----------------


@pytest.mark.parametrize(
    ("line", "members", "category"),
    [
        (
            "about 40 partner universities incl. Lund University, Aarhus University and the University"
            " of Tartu (see website)",
            {"Lund University", "Aarhus University", "University of Tartu"},
            "partner universities",
        ),
        (
            "regional federations including Volleyball Wales, Volleyball Scotland and Volley Ireland (list incomplete)",
            {"Volleyball Wales", "Volleyball Scotland", "Volley Ireland"},
            "regional federations",
        ),
        ("funders e.g. the Gates Foundation, Wellcome Trust", {"Gates Foundation", "Wellcome Trust"}, "funders"),
        (
            "charities like Oxfam, CARE International and Save the Children (not exhaustive)",
            {"Oxfam", "CARE International", "Save the Children"},
            "charities",
        ),
        (
            "foundations like the Gates Foundation and the Wellcome Trust",
            {"Gates Foundation", "Wellcome Trust"},
            "foundations",
        ),
    ],
)
def test_class_noun_then_cue_lists_its_members(line: str, members: set[str], category: str) -> None:
    assert PARTNERS.member_names(line) == members
    assert PARTNERS.categories(line) == {category}


@pytest.mark.parametrize(
    "line",
    [
        # "like" after no class noun opens no list of partners
        "Projects like Aqua and Terra run under the board",
        "It works like the Ford Foundation",
    ],
)
def test_like_after_no_class_noun_is_no_cue(line: str) -> None:
    assert PARTNERS.members(line) == set()


def test_abbreviated_cue_never_enters_the_class_name() -> None:
    found = PARTNERS.categories("partner universities incl. Lund University")
    assert found == {"partner universities"}
    assert not any("incl" in label for label in found)


# --- class 2: a labelled list whose line closes, then another statement -----------------


@pytest.mark.parametrize(
    ("lines", "members"),
    [
        (
            ("partner states: Chile, Peru and Bolivia", "main funders are norway + EU grants (via the embassy)"),
            {"Chile", "Peru", "Bolivia"},
        ),
        (
            ("partner states: Chile, Peru and Bolivia", "the Ford Foundation supports it too"),
            {"Chile", "Peru", "Bolivia"},
        ),
        (
            (
                "member countries: Malta, Cyprus and Greece",
                "Big donors are the Ford Foundation and the Wellcome Trust.",
            ),
            {"Malta", "Cyprus", "Greece", "Ford Foundation", "Wellcome Trust"},
        ),
    ],
)
def test_closed_labelled_list_is_not_joined_to_the_next_line(lines: tuple[str, ...], members: set[str]) -> None:
    assert PARTNERS.member_names(*lines) == members
    assert {"partner states", "member countries"} & PARTNERS.categories(*lines)


@pytest.mark.parametrize(
    "lines",
    [
        # a list wrapped after a comma or a joining word goes on on the next line
        ("Member states: Chile, Peru,", "Bolivia and Ecuador"),
        ("Member states: Chile, Peru and", "Bolivia and Ecuador"),
    ],
)
def test_wrapped_labelled_list_still_joins(lines: tuple[str, ...]) -> None:
    assert PARTNERS.member_names(*lines) == {"Chile", "Peru", "Bolivia", "Ecuador"}


def test_copula_before_an_unread_list_names_no_class() -> None:
    # "main funders are <shorthand no reader understands>": neither a class nor a member
    assert PARTNERS.members("main funders are norway + EU grants (via the embassy)") == set()
    assert PARTNERS.members("key donors are canada + NZ govts") == set()
    # a readable list keeps the class before "are"
    line = "big funders are the Ford Foundation and the Wellcome Trust"
    assert PARTNERS.member_names(line) == {"Ford Foundation", "Wellcome Trust"}


# --- class 3: a head of several classes, written with "w/" ------------------------------


@pytest.mark.parametrize(
    ("line", "members", "categories"),
    [
        (
            "collaborates w/ universities, hospitals and museums - such as Lund University, Karolinska Institutet",
            {"Lund University", "Karolinska Institutet"},
            {"universities", "hospitals", "museums"},
        ),
        (
            "works w/ regional govts, river conservancies and donors - e.g. WWF Peru, Oceana",
            {"WWF Peru", "Oceana"},
            {"regional govts", "river conservancies", "donors"},
        ),
        (
            "partners with schools, libraries and charities, e.g. Book Aid International and the Reading Agency",
            {"Book Aid International", "Reading Agency"},
            {"schools", "libraries", "charities"},
        ),
    ],
)
def test_head_of_several_classes_names_each(line: str, members: set[str], categories: set[str]) -> None:
    assert PARTNERS.member_names(line) == members
    assert PARTNERS.categories(line) == categories


def test_head_with_one_and_joined_class_stays_one_class() -> None:
    # one class whose name holds "and", then a comma before the cue: not split in two
    line = "Coastal research and extension services of fishing nations, namely, the Nordic Seafood Institute"
    assert PARTNERS.categories(line) == {"Coastal research and extension services of fishing nations"}


# --- class 4: "+" between partners ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "members"),
    [
        ("Acme + Globex", {"Acme", "Globex"}),
        ("Fiat + General Motors (licences)", {"Fiat", "General Motors"}),
        ("- Ford Foundation + Wellcome Trust", {"Ford Foundation", "Wellcome Trust"}),
    ],
)
def test_plus_joins_partners(line: str, members: set[str]) -> None:
    assert PARTNERS.member_names(line) == members


@pytest.mark.parametrize("line", ["universities + research institutes", "canada + NZ govts (dept of trade)"])
def test_plus_with_a_lowercase_part_names_nothing(line: str) -> None:
    found = PARTNERS.members(line)
    assert not any("+" in value for value in found)
    assert found == set()


# --- class 5: a lead adding a list line ("plus the …", "also: …") ----------------------


@pytest.mark.parametrize(
    ("lines", "unit"),
    [
        (("- Ford Centre", "- plus the Institute of Marine Studies"), "Institute of Marine Studies"),
        (("- Ford Centre", "- also: Institute of Marine Studies"), "Institute of Marine Studies"),
        (("- Ford Centre", "- as well as a Centre for Marine Studies"), "Centre for Marine Studies"),
        (("- Ford Centre", "- and also the Nordic Seed Bank (Alnarp)"), "Nordic Seed Bank"),
        (
            (
                "field stations, incl.:",
                "- Abisko Station",
                "- Tarfala Station",
                "plus the Nordic Seed Bank (a gene bank)",
            ),
            "Nordic Seed Bank",
        ),
    ],
)
def test_addition_lead_is_no_part_of_a_unit(lines: tuple[str, ...], unit: str) -> None:
    found = DIVISIONS.units(*lines)
    assert unit in found
    assert not any(name.lower().startswith(("plus", "also", "as well", "and also")) for name in found)


def test_addition_lead_in_programs_and_partners() -> None:
    assert "Arctic Fellowship Programme" in PROGRAMS.programs(
        "- Summer School", "- plus the Arctic Fellowship Programme"
    )
    assert PARTNERS.member_names("- Ford Foundation", "- plus the Wellcome Trust") == {
        "Ford Foundation",
        "Wellcome Trust",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Plus Ultra Cargo",  # a name opening with the word, capitalised, no article or colon
        "also runs a shop",  # no name after the lead
        "plus several field stations",
        "Also Studio",
    ],
)
def test_addition_lead_near_misses_stay(text: str) -> None:
    assert without_addition_lead(text) == text


def test_name_opening_with_plus_stays_whole() -> None:
    assert "Plus Ultra Cargo" in DIVISIONS.units("- Ford Centre", "- Plus Ultra Cargo")
    assert DIVISIONS.units("- Ford Centre", "- plus several field stations") == {"Ford Centre"}


# --- class 6: a holder behind a lowercase honorific or a hedge -------------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Director: assoc prof Lena Berg", "Director | Lena Berg"),
        ("Chair: A/Prof Lena Berg", "Chair | Lena Berg"),
        ("Chair: hon. Lena Berg", "Chair | Lena Berg"),
        ("Chair: Assoc. Prof. Lena Berg", "Chair | Lena Berg"),
        ("Chair: mrs Lena Berg (since 2020)", "Chair | Lena Berg"),
        ("Rector: prof Lena Berg", "Rector | Lena Berg"),
    ],
)
def test_lowercase_and_abbreviated_honorifics_are_dropped(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    "line",
    [
        # a hedged holder: no holder read, and no post "without holder" either
        "Director: prof Lena Berg i think (took over from ola nordmann ~2021, check)",
        "Director: probably Lena Berg",
        "Chair: tbc Lena Berg",
    ],
)
def test_unread_holder_after_lowercase_words_gives_no_empty_post(line: str) -> None:
    assert LEADER.posts(line) == set()


@pytest.mark.parametrize(
    ("line", "post"),
    [
        # no person named: the post stands without holder, as before
        ("Director General: an officer of the Civil Service; incumbent not recorded here.", "Director General | "),
        ("Director: vacant", "Director | "),
        ("Chair: the Minister of Fisheries", "Chair | "),
    ],
)
def test_post_without_a_person_keeps_its_empty_holder(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


# --- class 7: a bracketed note after the last piece ends the list --------------------------


@pytest.mark.parametrize(
    ("lines", "last"),
    [
        (
            (
                "regional federations including Rowing Wales, Rowing Scotland, Rowing Ireland (see their site)",
                "state grants via UK Sport",
            ),
            "Rowing Ireland",
        ),
        (
            ("funders e.g. the Gates Foundation, the Wellcome Trust (both since 2015) core money from the ministry",),
            "Wellcome Trust",
        ),
        (("charities like Oxfam, CARE International (not exhaustive) more on the website",), "CARE International"),
    ],
)
def test_bracketed_note_ends_the_list(lines: tuple[str, ...], last: str) -> None:
    found = PARTNERS.member_names(*lines)
    assert last in found
    assert not any("(" in name or "via" in name for name in found)


@pytest.mark.parametrize(
    ("line", "members"),
    [
        # a joining word after the bracket goes on with the list
        ("Acme (ACR) and Globex (GBX)", {"Acme", "Globex"}),
        ("the Ford Foundation (US) and the Wellcome Trust (UK)", {"Ford Foundation", "Wellcome Trust"}),
    ],
)
def test_joiner_after_a_bracket_keeps_the_list(line: str, members: set[str]) -> None:
    assert PARTNERS.member_names(line) == members
