"""Round 36, leaders (people.py): the wire-service news brief. A post and its holder in
news prose ("Role Name, an aside, has led the agency since …", "Name, role as written,
took the post …", "Name ran the bank as role"), an office describing the holder before
the name ("Former Premier A serves as its chancellor"), a surname on second mention
written in full only when the profile gives the full name once, and no two labels of one
role (the graph's one post per role would pair every label with every holder). Own
phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.people import with_full_names
from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders, field

IDENTITY = Identity("Nordic Institute of Glaciology", OrgKind.ORGANIZATION)
LEADER = ListReaders(IDENTITY, heading="Leader")


# --- class 1: a title pairs only with its own holder; one label per role ---------------


@pytest.mark.parametrize(
    ("line", "posts"),
    [
        (
            "Ingrid Solberg, director and chief executive, took the post in 2019. The NIG's first director"
            " of fieldwork was Hans Eriksen Dahl, whose sledge journeys mapped the ice cap.",
            {"director and chief executive | Ingrid Solberg"},
        ),
        (
            "Director: Maria Lindqvist. The institute's first director was Per Olav Strand.",
            {"Director | Maria Lindqvist"},
        ),
        (
            "Director: Maria Lindqvist. Director of Research: Jonas Berg.",
            {"Director | Maria Lindqvist"},
        ),
    ],
)
def test_a_title_pairs_only_with_its_own_holder(line: str, posts: set[str]) -> None:
    assert LEADER.posts(line) == posts


def test_a_first_holder_alone_after_a_possessive_is_no_current_post_label() -> None:
    # no current director named: nothing is paired with another post's holder
    assert "Director and Chief Scientist | Per Olav Strand" not in LEADER.posts(
        "The institute's first director was Per Olav Strand."
    )


# --- class 2: "Role Name[, aside,] <leads now> …" -----------------------------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Director Ann Marie Lee, a chemist, has led the centre since 2020.", "Director | Ann Marie Lee"),
        ("President Olu Adeyemi has run the society since 2016.", "President | Olu Adeyemi"),
        ("Executive Director Dr. Maria Costa leads the foundation.", "Executive Director | Maria Costa"),
        ("Managing Director Karl Weber runs it from Vienna.", "Managing Director | Karl Weber"),
        ("Director General Dr. Ann Lee heads the institute.", "Director General | Ann Lee"),
        (
            "Rector Prof. Tomasz Nowak, a Polish physicist, has headed the academy since 2021, as of 2024.",
            "Rector | Tomasz Nowak",
        ),
    ],
)
def test_title_then_holder_then_a_verb_of_leading_now(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    "line",
    [
        "Former Director Ann Marie Lee heads the institute.",  # a past holder's post
        "Director Ann Marie Lee was dismissed in 2019.",  # no verb of leading
        "Minister Jane Roe heads the Ministry of Science, which funds the agency.",  # another body
        "Director Ann Marie Lee headed the institute until 2019.",  # past tense: no current post
    ],
)
def test_title_then_holder_without_a_present_lead_gives_nothing(line: str) -> None:
    assert LEADER.posts(line) == set()


# --- class 3: "Name, <role as written>, <clause>" and "Name ran the X as <role>" --------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        (
            "Kofi Mensah, executive director, joined the trust in 2019 after a decade at the bank.",
            "executive director | Kofi Mensah",
        ),
        (
            "Lena Berg, vice president of Nordic Grid Services, has run the company since 2012.",
            "vice president of Nordic Grid Services | Lena Berg",
        ),
        (
            "Omar Haddad, corporate vice president of Cloud Research, has led the lab since 2018.",
            "corporate vice president of Cloud Research | Omar Haddad",
        ),
    ],
)
def test_a_role_in_apposition_in_prose_is_named_as_written(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


def test_a_role_in_a_record_line_is_still_named_as_a_title() -> None:
    assert LEADER.posts("Anna Sergeyevna Volkova, chairman 1977–1983") == {"Chairman | Anna Sergeyevna Volkova"}


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Her successor Tomás Ruiz led the academy as rector until 2004.", "rector | Tomás Ruiz"),
        ("Ana Lima has run the observatory as its director since 2011.", "director | Ana Lima"),
        ("His deputy Bo Karlsson ran the fund as chief executive until 1999.", "chief executive | Bo Karlsson"),
    ],
)
def test_a_person_who_ran_it_as_a_post(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    "line",
    [
        "The minister ran the bank as chairman until 1990.",  # no person named
        "Ann Lee ran the Ministry as minister.",  # another body led
        "Ann Lee ran the lab as a postdoc.",  # no post
    ],
)
def test_ran_as_without_a_holder_or_post_gives_nothing(line: str) -> None:
    assert LEADER.posts(line) == set()


# --- class 4: an office describing the holder before the name ---------------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Former President Eva Holm serves as its chancellor, a largely ceremonial post.", "chancellor | Eva Holm"),
        ("Former Prime Minister Lars Dahl serves as its honorary president.", "honorary president | Lars Dahl"),
        ("Former Governor Amina Yusuf is the president of the society.", "president of the society | Amina Yusuf"),
    ],
)
def test_a_former_office_before_the_name_is_no_part_of_it(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    "line",
    [
        "Former President serves as its chancellor.",  # no one named
        "Former President Eva Holm was its guest of honour.",  # no post
    ],
)
def test_a_former_office_without_a_holder_or_post_gives_nothing(line: str) -> None:
    assert LEADER.posts(line) == set()


# --- class 5: a surname on second mention ----------------------------------------------


def _leader_with(profile_text: str, *lines: str) -> set[str]:
    written = with_full_names(field(*lines, name="Leader"), profile_text)
    return LEADER.posts(*(item.text for item in written.items))


PROFILE = "The institute was founded in 1950 by Norwegian geologist Sverre Haugland Moe.\nMoe retired in 1970."


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Moe served as director until 1970.", "director | Sverre Haugland Moe"),
        ("Moe was its first president.", "president | Sverre Haugland Moe"),
        ("Moe led the institute as director until 1970.", "director | Sverre Haugland Moe"),
    ],
)
def test_a_surname_on_second_mention_takes_the_full_name(line: str, post: str) -> None:
    assert _leader_with(PROFILE, line) == {post}


@pytest.mark.parametrize(
    ("profile", "line"),
    [
        ("The institute opened in 1950.", "Moe served as director until 1970."),  # no full name given
        (
            "Founded by Sverre Moe and Kari Nilsen Moe in 1950.",  # two people with that surname
            "Moe served as director until 1970.",
        ),
        ("Founded by Sverre Moe.\nCo-founder Lars Dahl.", "Co-founder and President: Dr. Eli Berg"),
    ],
)
def test_no_unique_full_name_leaves_the_sentence_as_written(profile: str, line: str) -> None:
    written = with_full_names(field(line, name="Leader"), profile)
    assert [item.text for item in written.items] == [line]
