"""Round 40, F2 (people: leaders and founders): the RTI reply (h29). A last holder's rank word
before a capitalised title goes from the post's name; a post, a comma and an organization's
whole name is a post; "with A as its founder Director" names a founder; a counted group
before a list enclosed by two dashes ("the said three — A, B and C —") names its founders;
two-digit years in History and the intro are read in the century the profile fixes. Own
phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import _with_full_years
from orgkg.model import DateValue, Founding, Identity, OrgKind
from orgkg.parse import parse_profile

from .list_helpers import ListReaders

IDENTITY = Identity("Andean Glacier Observatory", OrgKind.ORGANIZATION, acronym="AGO")
LEADER = ListReaders(IDENTITY, heading="Leader")
NAME = "Brackwater Salt Authority"


def _foundings(text: str) -> list[Founding]:
    facts = extract(parse_profile(f"{NAME}\n|\n{text}\n", "bsa.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _founders(text: str) -> list[str]:
    return [m.name for f in _foundings(text) for m in ((f.founder,) if f.founder else ()) + f.founders]


def _date(text: str) -> DateValue | None:
    return next((f.date for f in _foundings(text) if f.date), None)


# --- class 1: a last holder's rank word before a capitalised title ---------------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Last President & Chief Executive Officer: Mr. Owen Hale (2001–2014).", "President & Chief Executive Officer"),
        ("Final Director: Dr. Ines Paredes (1988–1999).", "Director"),
        ("Last Chair of the Board — Rosa Ibarra, until the 2012 winding-up", "Chair of the Board"),
    ],
)
def test_a_last_holders_rank_word_leaves_the_post(line: str, post: str) -> None:
    assert {p.split(" | ")[0] for p in LEADER.posts(line)} == {post}


@pytest.mark.parametrize(
    ("lines", "posts"),
    [
        # sentence case: the label stays as written
        (("Last director general: Rosa Ibarra (2010–2016).",), {"Last director general | Rosa Ibarra"}),
        # no role word after the rank word: the label stays
        (("Final Accounts Officer: Rosa Ibarra",), {"Final Accounts Officer | Rosa Ibarra"}),
        # another line names the post's holder: the last holder is a past one (round 52: of the
        # same post, no current holder)
        (
            ("Director: Bo Lindqvist.", "Last Director: Rosa Ibarra (1990–2001)."),
            {"Director | Bo Lindqvist", "Director | Rosa Ibarra"},
        ),
    ],
)
def test_other_ranked_labels_stay(lines: tuple[str, ...], posts: set[str]) -> None:
    assert LEADER.posts(*lines) == posts


# --- class 2: a post, a comma and an organization's whole name -------------------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        (
            "Director General, Andean Glacier Observatory: Ms. Rosa Ibarra.",
            "Director General, Andean Glacier Observatory",
        ),
        ("Secretary-General, Alpine Data Union: Dr. Bo Lindqvist", "Secretary-General, Alpine Data Union"),
        ("Executive Director, AGO Foundation: Owen Hale", "Executive Director, AGO Foundation"),
    ],
)
def test_a_post_of_a_named_organization(line: str, post: str) -> None:
    assert {p.split(" | ")[0] for p in LEADER.posts(line)} == {post}


@pytest.mark.parametrize(
    "line",
    [
        "Director, HR: Rosa Ibarra",  # a lone acronym may be a department's
        "Director, Finance: Rosa Ibarra",  # a field, no organization
        "Director, Human Resources: Rosa Ibarra",
    ],
)
def test_a_post_of_a_department_makes_no_post(line: str) -> None:
    assert LEADER.posts(line) == set()


# --- class 3: "with A as its founder Director" -----------------------------------------------


@pytest.mark.parametrize(
    ("intro", "founder"),
    [
        (f"The {NAME} was set up in 1931 by the Crown Agents, with Dr. Ada Corr as its founder Director.", "Ada Corr"),
        (f"The {NAME} was founded in 1931 with Niall Price as founder and first chair.", "Niall Price"),
        (f"The {NAME} was established in 1931, with Prof. Rhona Tait as its Co-founder.", "Rhona Tait"),
    ],
)
def test_a_founder_title_after_with_names_a_founder(intro: str, founder: str) -> None:
    assert founder in _founders(intro)


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} was founded in 1931, with Ada Corr as its first director.",  # first holder, no founder
        f"The {NAME} was founded in 1931 with Ada Corr as founder of the rival Salt Guild looking on.",
        f"The {NAME} was founded in 1931 with the Crown as its founder.",  # no person
        f"The {NAME} was founded in 1931. It opened with Ada Corr as its founder director.",  # no founding verb
    ],
)
def test_other_with_phrases_name_no_founder(intro: str) -> None:
    assert "Ada Corr" not in _founders(intro)


# --- class 4: a counted group, then its names between two dashes -----------------------------


@pytest.mark.parametrize(
    ("intro", "founders"),
    [
        (
            f"The {NAME} was founded in 1931 by the said three — Ada Corr, Niall Price and Rhona Tait — "
            "with money from the Crown.",
            ["Ada Corr", "Niall Price", "Rhona Tait"],
        ),
        (
            f"The {NAME} was founded in 1931 by three engineers — Ada Corr, Niall Price and Rhona Tait.",
            ["Ada Corr", "Niall Price", "Rhona Tait"],
        ),
        (
            f"The {NAME} was set up in 1931 by the original four – Ada Corr, Niall Price, Rhona Tait and "
            "Iain Bell – after a strike.",
            ["Ada Corr", "Niall Price", "Rhona Tait", "Iain Bell"],
        ),
    ],
)
def test_a_dashed_list_after_a_counted_group_names_the_founders(intro: str, founders: list[str]) -> None:
    assert _founders(intro) == founders


@pytest.mark.parametrize(
    "intro",
    [
        # fewer or more names than the count: the group is not all named
        f"The {NAME} was founded in 1931 by the said three — Ada Corr and Niall Price — with money.",
        f"The {NAME} was founded in 1931 by the said two — Ada Corr, Niall Price and Rhona Tait — with money.",
    ],
)
def test_a_dashed_list_of_another_size_names_no_founder(intro: str) -> None:
    assert _founders(intro) == []


# --- class 5: two-digit years in History and the intro ---------------------------------------


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("• '31 → founded by Ada Corr", "• 1931 → founded by Ada Corr"),
        ("est. Mar '31; closed 27 Apr '87", "est. Mar 1931; closed 27 Apr 1987"),
        ("'31–'58 chair", "1931–1958 chair"),
    ],
)
def test_short_years_are_written_in_full(text: str, full: str) -> None:
    assert _with_full_years(text, (1931, 1987)) == full


@pytest.mark.parametrize("text", ["the late '80s", "a '12' rating", "o'31 quay"])
def test_no_year_is_written_for_other_apostrophes(text: str) -> None:
    assert _with_full_years(text, (1931, 1987)) == text


def test_without_anchors_nothing_changes() -> None:
    assert _with_full_years("founded '31", ()) == "founded '31"


def test_an_intros_short_year_dates_the_founding() -> None:
    text = f"The {NAME} (BSA), est. '31 as a harbour board, runs the salt pans.\nHistory\n• 1958 → new pans opened"
    assert _date(text) == DateValue(1931)


def test_a_short_year_without_a_profile_year_dates_nothing() -> None:
    assert _date(f"The {NAME} (BSA), est. '31 as a harbour board, runs the salt pans.") is None
