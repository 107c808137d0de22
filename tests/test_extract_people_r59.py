"""Round 59, F2a (leaders): a chronicler's timeline line ("1921–1930 | President: A",
"2019 → Chair: B"), a document's sub-point letter ("(a) Dr A, President"), the organization's
own determiner before a post ("Its Director, A", "The Rector, appointed by …"), a dated
"Since 2019 the Rector has been A", a speech's dash after "Our CEO, A — A, thank you", and
the post of another company ("Chairman of Polar Shipping Ltd."). Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

HALVORSEN = ListReaders(Identity("Halvorsen Polar Foundation", OrgKind.ORGANIZATION), leader_heading="Leader")
HOLDINGS = ListReaders(Identity("Halvorsen Polar Holdings Ltd.", OrgKind.ORGANIZATION), leader_heading="Leader")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("1931–1946 | Rector: Ingrid Solberg (first)", "1946–1958 | Rector: Harald Dahl"),
            {"Rector | Ingrid Solberg", "Rector | Harald Dahl"},
        ),
        (("2020-03-01 → Managing Director: Kari Nordby",), {"Managing Director | Kari Nordby"}),
        (("c. 1962 – 1975 | chair: Olav Rusten",), {"chair | Olav Rusten"}),
        (("2015 -> Secretary General: Tove Aasen (second term)",), {"Secretary General | Tove Aasen"}),
        (("1988–1999 | President and CEO: Sven M. Holt",), {"President and CEO | Sven M. Holt"}),
    ],
)
def test_timeline_period_before_post(lines: tuple[str, ...], expected: set[str]) -> None:
    assert HALVORSEN.posts(*lines) == expected


@pytest.mark.parametrize(
    "line",
    [
        "2001 | Chair: the Minister of Fisheries",  # no person after the colon
        "1999 → renamed: Halvorsen Polar Trust",  # no post
        "1990 | Founded: Tromsø",  # no post
        "1990–1995 → Chair: Olav Rusten",  # a range does not run on
    ],
)
def test_timeline_near_misses(line: str) -> None:
    assert {p for p in HALVORSEN.posts(line) if not p.endswith("| ")} == set()


def test_timeline_line_without_holder_is_no_post() -> None:
    assert HALVORSEN.posts("1990 | Founded: Tromsø") == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(a) Prof. Eirik HAUGEN, Rector, since 1 August 2019;", "Rector | Eirik HAUGEN"),
        ("(b) H.E. Ms. Liv BERG (Norway), first Secretary-General, 1971–1980;", "Secretary-General | Liv BERG"),
        ("(iii) Dr. SATO Kenji, President, 2004–2012.", "President | SATO Kenji"),
    ],
)
def test_sub_point_letter_is_no_part_of_the_name(line: str, expected: str) -> None:
    assert HALVORSEN.posts(line) == {expected}


@pytest.mark.parametrize(
    "line",
    [
        "(a) the Board of Governors, which meets twice a year;",  # no person, no post
        "(b) Polar Research Unit, Tromsø;",  # a unit
        "(UK) Jo Roe",  # no sub-point letter: a bracketed country, no post
    ],
)
def test_sub_point_near_misses(line: str) -> None:
    assert HALVORSEN.posts(line) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Our Executive Director, Maren Lie, who has run the Foundation since 2016.", "Executive Director | Maren Lie"),
        ("Their Director, Lars Vik, who joined in 2008.", "Director | Lars Vik"),
        ("The Rector, appointed by the Senate for four years.", "Rector | "),
        ("Its Secretary, elected by the members.", "Secretary | "),
    ],
)
def test_own_determiner_is_no_part_of_the_post(line: str, expected: str) -> None:
    assert HALVORSEN.posts(line) == {expected}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Since 1 March 2021 the Rector has been Astrid Moe, of Bergen.", "Rector | Astrid Moe"),
        ("Since 2019 the Director has been Dr Nils Bakke.", "Director | Nils Bakke"),
        ("Since June 2014, its Chair has been Guri Lien.", "Chair | Guri Lien"),
    ],
)
def test_since_opening_holder(line: str, expected: str) -> None:
    assert HALVORSEN.posts(line) == {expected}


@pytest.mark.parametrize(
    "line",
    [
        "Since 2019 the Rector has been the Minister.",  # no person
        "Since 2019 the building has been Astrid Moe's.",  # no post
        "Since 2019 the Foundation has been Halvorsen Polar.",  # no post
    ],
)
def test_since_opening_near_misses(line: str) -> None:
    assert {p for p in HALVORSEN.posts(line) if not p.endswith("| ")} == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Our Chief Executive, Maren Lie — Maren, stand up, please. [applause]", {"Chief Executive | Maren Lie"}),
        ("Our Rector, Lars Vik — where is he? There he is!", {"Rector | Lars Vik"}),
        (
            "Our Norwegian Co-Director, Liv Berg — [applause] — and our Swedish Secretary, Ann Lund.",
            {"Norwegian Co-Director | Liv Berg", "Swedish Secretary | Ann Lund"},
        ),
        (
            "The Director of the Halvorsen Polar Foundation, Nils Bakke — Director, thank you.",
            {"Director | Nils Bakke"},
        ),
    ],
)
def test_speech_dash_after_appositive_holder(line: str, expected: set[str]) -> None:
    assert HALVORSEN.posts(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chair — Guri Lien", {"Chair | Guri Lien"}),  # a post, a dash, its holder: one statement
        ("The Chair, the Minister — appointed ex officio.", set()),  # no person after the comma
        ("Its founder, Roald Berg — thank you.", set()),  # no post
    ],
)
def test_speech_dash_near_misses(line: str, expected: set[str]) -> None:
    assert {p for p in HALVORSEN.posts(line) if not p.endswith("| ")} == expected


@pytest.mark.parametrize(
    "line",
    [
        "Mr. Jo ROE is Chairman of Polar Shipping Ltd., the parent, and holds no office here.",
        "Kari Nordby is Managing Director of Fjord Invest AS.",
        "Lars Vik, Chief Executive of Arctic Fisheries Corp.",
    ],
)
def test_post_of_another_company_is_not_ours(line: str) -> None:
    assert HOLDINGS.posts(line) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jo Roe is Chairman of Halvorsen Polar Holdings Ltd.", "Chairman | Jo Roe"),  # our own name
        ("Jo Roe is Chairman of the Board.", "Chairman of the Board | Jo Roe"),  # no company
        ("Kari Nordby, Director of Research", "Director of Research | Kari Nordby"),
    ],
)
def test_own_or_unnamed_complement_stays(line: str, expected: str) -> None:
    assert HOLDINGS.posts(line) == {expected}


def test_long_timeline_line_stays_fast() -> None:
    line = "1990 | " + "President " * 3000 + ": Jo Roe"
    HALVORSEN.posts(line)  # bounded pieces: no catastrophic backtracking


def test_determined_post_then_held_the_post() -> None:
    # "The Chief Executive." then "A held the post …": the post named alone, then its holder.
    assert HALVORSEN.posts("The Chief Executive. Dr Maren Lie held the post from 2013.") == {
        "Chief Executive | Maren Lie"
    }
