"""Round 30, F2 (names, people, lists): catalogue-style Leader fields (a list label such as
"Holders:" introduces the holders of the post named before it; a holder dated like the one
before holds the same post; a plural heading names each holder's post in the singular; a
dated post label keeps its holder), "Present"/"Current" is no part of a post, and a
generic plural ("Libraries of X") is a partner category, never a member.
Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Northern Seed Bank", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, heading="Partners", leader_heading="Leader", partners_heading="Partners")
posts = READ.posts


# --- class 1: "Chair. Holders: A, 1950-1960; B, 1961-1970" ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chair. Holders (partial): Margit Holm, 1950-1961; Pekka Laine, 1961-1975.",
            {"Chair | Margit Holm", "Chair | Pekka Laine"},
        ),
        (
            "Secretary-General. Incumbents: Dr. Olga Petrova, 1992-2001; Ivan Sokol, 2001-2010.",
            {"Secretary-General | Olga Petrova", "Secretary-General | Ivan Sokol"},
        ),
        ("Rector. Office holders: Tomas Berg, 1988-1994.", {"Rector | Tomas Berg"}),
    ],
)
def test_holder_list_label_gives_the_post_named_before(text: str, expected: set[str]) -> None:
    assert posts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Holders: Margit Holm, 1950-1961; Pekka Laine, 1961-1975.",
        "The board meets yearly. Incumbents (selection): Tomas Berg, 1988-1994.",
    ],
)
def test_holder_list_label_without_a_post_gives_no_post(text: str) -> None:
    assert not {p for p in posts(text) if p.split(" | ")[0].lower() in {"holders", "incumbents"}}
    assert not {p for p in posts(text) if p.endswith("Holm") or p.endswith("Berg")}


# --- class 2: the next dated holder holds the same post; plural labels singular ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Directors (selection): Ana Ruiz Soto, 1901-1910; Luis Mora Gil, 1911-1930.",
            {"Director | Ana Ruiz Soto", "Director | Luis Mora Gil"},
        ),
        (
            "Managing Director (toimitusjohtaja): Kari Nieminen, 1999-2008; Liisa Aho, 2008- [term not verified].",
            {"Managing Director | Kari Nieminen", "Managing Director | Liisa Aho"},
        ),
        (
            "Presidents: Ion Rusu, 1970-1974; Vera Albu, 1974-1988.",
            {"President | Ion Rusu", "President | Vera Albu"},
        ),
    ],
)
def test_dated_holders_after_a_post_hold_it(text: str, expected: set[str]) -> None:
    assert posts(text) == expected


def test_undated_piece_after_a_post_is_no_holder() -> None:
    # A place after the semicolon, no period of years: not a second holder.
    assert posts("Director: Ana Ruiz Soto, 1901-1910; Madrid.") == {"Director | Ana Ruiz Soto"}


def test_post_written_with_a_latin_qualifier_keeps_it() -> None:
    assert posts("Director Emeritus: Tomas Berg") == {"Director Emeritus | Tomas Berg"}


# --- class 3: a dated post label keeps its holder ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Principal (first), 1921-1924: Hugh Ward.", {"Principal | Hugh Ward"}),
        ("Director, 1990-2004: Ilze Ozola.", {"Director | Ilze Ozola"}),
        ("Chair, 1975-1980: Sven Dahl. Later holders not recorded.", {"Chair | Sven Dahl"}),
    ],
)
def test_dated_post_label_keeps_its_holder(text: str, expected: set[str]) -> None:
    assert posts(text) == expected


def test_dated_post_label_with_no_person_gives_no_holder() -> None:
    assert not {p for p in posts("Director, 1990-2004: see the annual reports.") if not p.endswith(" | ")}


# --- class 4: "Present director" names the post "Director" -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present director: see official website.", "Director | "),
        ("Current Chair: Margit Holm", "Chair | Margit Holm"),
        ("Incumbent Rector: Tomas Berg", "Rector | Tomas Berg"),
    ],
)
def test_present_word_is_no_part_of_the_post(text: str, expected: str) -> None:
    assert posts(text) == {expected}


def test_present_in_a_post_name_after_the_first_word_stays() -> None:
    assert posts("Vice-President for Present Affairs: Tomas Berg") != {"Affairs | Tomas Berg"}


# --- class 5: "Libraries of Latvia": a plural class noun in a country is a category -----


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Museums of Estonia (national register); see also: ICOM.", "Museums of Estonia"),
        ("Universities in Chile; the Ministry of Education.", "Universities in Chile"),
        ("Libraries of Norway.", "Libraries of Norway"),
    ],
)
def test_plural_class_in_a_country_is_a_category(text: str, category: str) -> None:
    assert category in READ.categories(text)
    assert category not in READ.member_names(text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("University of Latvia; Riga Technical University.", "University of Latvia"),
        ("National Museums Scotland; the British Library.", "National Museums Scotland"),
        ("Libraries of the Future Foundation.", "Libraries of the Future Foundation"),
    ],
)
def test_one_body_named_with_a_class_word_stays_a_member(text: str, member: str) -> None:
    assert member not in READ.categories(text)


# --- class 6: "Name (ACR); lowercase note": the program is the name before the note -------


@pytest.mark.parametrize(
    ("line", "program"),
    [
        ("- Associate diploma (ADSB); postgraduate", "Associate diploma"),
        ("- Field Survey Programme (FSP); discontinued 1990", "Field Survey Programme"),
        ("- Rural Loans Scheme (RLS); with the ministry", "Rural Loans Scheme"),
    ],
)
def test_lowercase_note_after_a_named_program_goes(line: str, program: str) -> None:
    programs = ListReaders(IDENTITY, heading="List of programs").programs(line)
    assert program in programs
    assert not {p for p in programs if ";" in p}


def test_two_named_programs_across_a_semicolon_stay_two() -> None:
    programs = ListReaders(IDENTITY, heading="List of programs").programs("- Seed Vault Programme; Crop Atlas Project")
    assert {"Seed Vault Programme", "Crop Atlas Project"} <= programs


# --- class 7: "…; non-regional members: A; B": a class label inside the list ------------


@pytest.mark.parametrize(
    ("text", "category", "members"),
    [
        (
            "Members: borrowing members; non-borrowing members: Norway; Japan.",
            "non-borrowing members",
            {"Norway", "Japan"},
        ),
        (
            "Founding members: Acme Corp; associate members: Gamma Institute; Delta Foundation.",
            "associate members",
            {"Gamma Institute", "Delta Foundation"},
        ),
        ("Extra-regional members: Spain; Korea.", "Extra-regional members", {"Spain", "Korea"}),
    ],
)
def test_class_label_inside_a_list_holds_the_parts_after_it(text: str, category: str, members: set[str]) -> None:
    assert category in READ.categories(text)
    assert members <= READ.member_names(text)


def test_not_member_label_inside_a_list_ends_the_members() -> None:
    text = "Members: Acme Corp; Beta Labs; former members: Gamma Institute; Delta Foundation."
    assert {"Acme Corp", "Beta Labs"} <= READ.member_names(text)
    assert not {"Gamma Institute", "Delta Foundation"} & READ.member_names(text)


# --- class 8: "Pacific Island countries and territories": one class across "and" ---------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Present membership: Arctic Rim countries and territories.", "Arctic Rim countries and territories"),
        ("Andean Pact states and territories, with observer members.", "Andean Pact states and territories"),
        ("Indian Ocean countries and territories.", "Indian Ocean countries and territories"),
    ],
)
def test_one_lowercase_word_after_and_continues_the_class(text: str, category: str) -> None:
    categories = READ.categories(text)
    assert category in categories
    assert "territories" not in categories
    assert not READ.member_names(text)


def test_two_named_members_across_and_stay_two() -> None:
    assert {"Acme Corporation", "Globex Institute"} <= READ.member_names("Acme Corporation and Globex Institute")
