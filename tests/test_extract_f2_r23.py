"""Round 23, F2 (names, people, lists): honorifics and ranks before names, leader lines in
"Name — Title" and "Title: Name, Other Post" order, program items with a bracketed acronym
and a trailing launch note, unit names with a colon, partner categories as phrases.
Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.names import person_name
from orgkg.extract.people import without_honorifics
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import ListReaders, field

IDENTITY = Identity("Example Authority", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY)
posts = READ.posts
members = READ.members
units = READ.units
programs = READ.programs


# --- class 1: honorifics and ranks before a person's name --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H.H. Sheikh Nasser Hamdan Al-Rumaihi", "Nasser Hamdan Al-Rumaihi"),
        ("Her Highness Sheikha Noura bint Saif Al Kaabi", "Noura bint Saif Al Kaabi"),
        ("Brig. Gen. (Retd.) Tariq Mahmood Khan", "Tariq Mahmood Khan"),
        ("Lt. Gen. (Staff) Omar Saleh Haddad", "Omar Saleh Haddad"),
        ("Rear Adm. Helen Varga", "Helen Varga"),
        ("Tan Sri Dato' Seri Lim Kok Wing", "Lim Kok Wing"),
        ("Datuk Seri Aminah Yusof", "Aminah Yusof"),
        ("Smt. Kavita Deshpande", "Kavita Deshpande"),
        ("Alhaji Musa Danjuma Bello", "Musa Danjuma Bello"),
        ("Pehin Dato Abdul Rahman Taib", "Abdul Rahman Taib"),
        ("Prof. Dr. h.c. Greta Lindqvist", "Greta Lindqvist"),
        ("Col. (Dr.) Imran Qureshi", "Imran Qureshi"),
    ],
)
def test_honorifics_and_ranks_are_stripped(text: str, expected: str) -> None:
    assert without_honorifics(text) == expected
    found = person_name(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His Royal Highness Prince Faisal bin Turki", "Faisal bin Turki"),
        ("H.R.H. Princess Lalla Hasnaa", "Lalla Hasnaa"),
        ("Prince Albert", "Prince Albert"),  # a title before a single name is how he is named
    ],
)
def test_a_title_of_nobility_goes_before_two_names(text: str, expected: str) -> None:
    assert without_honorifics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sultan bin Rashid Al Harthy",  # "Sultan" is a given name here
        "Amir Hossein Tehrani",
        "Sheikh",  # a title alone stays as written
        "Abdullah (Staff) Rahman",  # a bracket after no title is no note
    ],
)
def test_names_without_a_title_keep_every_word(text: str) -> None:
    assert without_honorifics(text) == text


def test_an_unknown_bracketed_word_after_a_rank_is_no_note() -> None:
    # "(Acting)" is no title note: the bracket stays, and the text is no person's name.
    assert without_honorifics("Maj. (Acting) Jon Berg") == "(Acting) Jon Berg"
    assert person_name("Maj. (Acting) Jon Berg") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Director: H.E. Sheikh Faris bin Ali Al Saud", "Director | Faris bin Ali Al Saud"),
        ("President: Lt. Gen. (Retd.) Daniel Okafor", "President | Daniel Okafor"),
        ("Chairman: His Highness Sheikh Saud bin Saqr Al Qasimi", "Chairman | Saud bin Saqr Al Qasimi"),
    ],
)
def test_leader_holders_lose_their_honorifics(line: str, expected: str) -> None:
    assert posts(line) == {expected}


# --- class 2: leader lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Brig. Gen. Samir Haddad — Director of the Agency", "Director of the Agency | Samir Haddad"),
        (
            "- Her Highness Sheikha Latifa bint Rashid Al Maktoum — Chair of the Council",
            "Chair of the Council | Latifa bint Rashid Al Maktoum",
        ),
        ("Chairman: H.E. Khalid bin Ahmed Al Hammadi, Minister of Finance", "Chairman | Khalid bin Ahmed Al Hammadi"),
        ("President: Dr. Layla Nour Al-Din, Minister of Higher Education", "President | Layla Nour Al-Din"),
        ("H.E. Eng. Tariq Saad Al Jaber, Secretary-General", "Secretary-General | Tariq Saad Al Jaber"),
    ],
)
def test_name_then_title_and_title_then_name_with_another_post(line: str, expected: str) -> None:
    assert posts(line) == {expected}


def read_structure_posts(text: str) -> set[str]:
    from orgkg.extract.people import read_structure

    facts, _ = read_structure(field(text), IDENTITY)
    return {f.label for f in facts if isinstance(f, Post)}


@pytest.mark.parametrize(
    "text",
    [
        # another body's office chairs a board: no post of the organization's own
        "A Board of Directors, chaired by the Minister of Industry and Trade, H.E. Mr. Omar Fassi, meets twice a year.",
        "The Supervisory Council, chaired by the Minister of Planning, approves the work plan.",
        "An Advisory Board, chaired by the Governor of the Central Bank, advises the management.",
    ],
)
def test_another_office_chairing_a_board_is_no_post(text: str) -> None:
    assert read_structure_posts(text) == set()


def test_an_indefinite_own_post_in_the_structure_stays() -> None:
    assert read_structure_posts("The Authority is headed by a Director General appointed by decree.") == {
        "director general"
    }


# --- class 3: program items with a bracketed acronym and a dated note ------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("- Water, Energy and Food Security Initiative (WEFSI), launched in 2011",),
            {"Water, Energy and Food Security Initiative"},
        ),
        (
            ("- Arts, Crafts and Heritage Fund, created in 1999", "- Youth Exchange Programme"),
            {"Arts, Crafts and Heritage Fund", "Youth Exchange Programme"},
        ),
        (("- Rural Roads Programme (RRP), first run on 3 May 2004",), {"Rural Roads Programme"}),
        (("- National Literacy Campaign, since 1987",), {"National Literacy Campaign"}),
    ],
)
def test_a_dated_note_after_a_program_name_goes(lines: tuple[str, ...], expected: set[str]) -> None:
    assert programs(*lines) == expected


def test_an_enumerated_sentence_case_name_is_not_cut_without_a_date() -> None:
    # no year in the last piece: the enumeration rule decides, the dated-note rule stays out
    assert programs("- Linkages with the economy, integration and cooperation") == {
        "Linkages with the economy, integration and cooperation"
    }
    assert programs("- Seed Bank Programme, launched by the ministry") == {"Seed Bank Programme"}


# --- class 4: a unit name with a colon ----------------------------------------------------


def test_a_lone_labelled_item_among_plain_names_is_a_subtitled_name() -> None:
    assert units("- Casa: Gallery of Folk Art, opened in 2001", "- Mirador: Museum of Design") == {
        "Casa: Gallery of Folk Art",
        "Mirador: Museum of Design",
    }
    assert units(
        "- Kunsthal: Centre for Contemporary Art, opened in 1992",
        "- Museum of Maritime History",
        "- City Archive (CA)",
    ) == {"Kunsthal: Centre for Contemporary Art", "Museum of Maritime History", "City Archive"}
    assert units("- Bait: Heritage House of the Gulf", "- Pearl Diving Museum", "- Falcon Hospital") >= {
        "Bait: Heritage House of the Gulf"
    }


@pytest.mark.parametrize(
    "lines",
    [
        # a common word as label: which half is the name is not clear
        ("- Research: Physics Department", "- School of Education", "- Treasury Office"),
        # every item labelled: a labelled list, not subtitles
        ("- Kunsthal: Centre for Contemporary Art", "- Mirador: Centre for Design", "- Treasury Office"),
    ],
)
def test_no_subtitled_name_from_a_common_label_or_a_labelled_list(lines: tuple[str, ...]) -> None:
    assert not any(":" in name for name in units(*lines))


# --- class 5: partner categories given as descriptive phrases in a bullet list -------------


def test_a_bulleted_description_of_partners_is_one_category_as_written() -> None:
    assert members(
        "- Ministries, public agencies and state companies within the Republic",
        "- Regional development banks and leading foreign foundations",
        "- Private hospitals in Lagos",
    ) == {
        "Ministries, public agencies and state companies within the Republic",
        "Regional development banks and leading foreign foundations",
        "Private hospitals in Lagos",
    }


@pytest.mark.parametrize(
    "line",
    [
        "Universities sent students abroad",  # a clause, not a class
        "Leading universities signed accords",
        "Research centres in Germany, France and Italy",  # a list of places: not one tail
        "Universities (12)",  # a count in brackets
        "Partners",  # the list's own heading word
        "Ministries, agencies and public companies",  # a comma list, no shared place: several classes
        "Acme Corporation and its suppliers",  # a named partner
    ],
)
def test_no_bulleted_category_from_a_clause_or_a_listed_tail(line: str) -> None:
    from orgkg.extract.partners import _bullet_category

    assert _bullet_category(line) is None


def test_named_partners_in_a_bullet_list_stay_members() -> None:
    assert members("- Acme Corporation", "- University of Lagos", "- National Science Foundation") == {
        "Acme Corporation",
        "University of Lagos",
        "National Science Foundation",
    }
