"""Round 64c (leaders): a governance-capacity label before the post ("Accountable authority:
the Chief Executive, Ms A"), an outside minister or department answering for the organization
(no post of it), lists of dated or past holders, and a thread's "1st President: A since 2020".
Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

KILN = Identity("Tarvale Pottery Board", OrgKind.ORGANIZATION)


def _posts(*lines: str) -> dict[str, set[str]]:
    facts, _ = read_leader(field(*lines, name="Leader"), KILN)
    found: dict[str, set[str]] = {}
    for post in (f for f in facts if isinstance(f, Post)):
        found.setdefault(post.label.lower(), set()).update(h.name for h in post.named_holders)
    return found


def test_capacity_label_gives_the_post_written_after_it() -> None:
    posts = _posts("Accountable authority: the Managing Director, Ms Orla Penhallow (from 2019).")
    assert posts == {"managing director": {"Orla Penhallow"}}


def test_capacity_label_without_a_post_and_holder_reads_nothing() -> None:
    assert _posts("Head of entity: the Tarvale Board, collectively.") == {}


def test_an_ordinary_label_before_the_post_is_not_a_capacity() -> None:
    # near miss: "Deputy" is a post of its own, not a capacity label
    assert "managing director" not in _posts("Deputy: the Managing Director, Ms Orla Penhallow.")


def test_responsible_minister_is_no_post() -> None:
    posts = _posts("Director: Mr Ivo Drennan.", "Responsible minister: the Minister for Crafts and Kilns.")
    assert posts == {"director": {"Ivo Drennan"}}


def test_sponsoring_department_and_officer_note_are_no_posts() -> None:
    posts = _posts(
        "Director: Mr Ivo Drennan.",
        "Sponsoring department: Department of Clay.",
        "Oversight: the Minister for Kilns (not an officer of the entity).",
    )
    assert posts == {"director": {"Ivo Drennan"}}


def test_a_minister_of_the_organization_itself_stays() -> None:
    # near miss: a label that is not an outside overseer keeps its post
    assert "minister" in _posts("Minister: Rev. Alun Garrow (since 2015).")


def test_post_with_dated_holders_separated_by_semicolons() -> None:
    posts = _posts("Rector: Mr Piet Oakes (1961–1970); Ms Ruth Callan (1970–1982); Mr Deon Vail (1982–1990).")
    assert posts == {"rector": {"Piet Oakes", "Ruth Callan", "Deon Vail"}}


def test_semicolon_list_with_a_second_post_is_not_one_posts_holders() -> None:
    posts = _posts("Rector: Mr Piet Oakes (1961–1970); Provost: Ms Ruth Callan (1970–1982).")
    assert "Ruth Callan" not in posts.get("rector", set())


def test_former_holders_each_item_names_its_post() -> None:
    posts = _posts("Former holders: Ms Ruth Callan, Rector and Provost until May 2001; Mr Piet Oakes, Rector.")
    assert posts.get("rector and provost") == {"Ruth Callan"}
    assert posts.get("rector") == {"Piet Oakes"}


def test_first_rank_on_an_item_of_the_same_post_is_that_post() -> None:
    posts = _posts("Former Rectors: Ms Ruth Callan (1970–1982), the first Rector; Mr Piet Oakes (1982–1990).")
    assert posts == {"rector": {"Ruth Callan", "Piet Oakes"}}


def test_since_without_comma_ends_the_name() -> None:
    assert _posts("Rector: Ruth Callan since Mar 2021") == {"rector": {"Ruth Callan"}}


def test_since_without_a_date_is_left_alone() -> None:
    # near miss: "since" followed by no date does not cut anything into a holder
    assert _posts("Rector: nobody since the war").get("rector", set()) == set()


def test_numeral_first_rank_is_read_as_first() -> None:
    assert _posts("1st Rector: Piet Oakes (1961–1970)") == {"rector": {"Piet Oakes"}}


def test_numeral_rank_and_a_describing_word_before_the_post_are_dropped() -> None:
    # round 64d (holder-label-qualifiers.csv): "woman" describes the holder, the post is Rector;
    # never a post "1st woman Rector"
    assert _posts("1st woman Rector: Ruth Callan (2001–2004)") == {"rector": {"Ruth Callan"}}


def test_numeral_rank_without_a_period_is_not_read() -> None:
    assert _posts("1st Rector: Piet Oakes (1961), the man who built the kiln") == {}


def test_since_after_a_post_not_a_name_is_left_alone() -> None:
    posts = _posts("EDIT: sorry, the Rector since 2023 is Ruth Callan.")
    assert posts.get("rector") == {"Ruth Callan"}
