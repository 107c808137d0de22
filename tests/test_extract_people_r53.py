"""Round 53, F2a (leaders): a post's name joined by "et"/"und" as by "and"
(`role-conjunctions.csv`), a head noun with its complement as the second role
("Président et chef de la direction", `joined-head-words.csv`), and a French rank word
("Ancien", `former-post-words.csv`) before a post of several words in sentence case: a past
holder of the post. Own phrasings; each class with near-misses."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Post
from orgkg.parse import parse_profile

from .list_helpers import profile_posts

NAME = "Office des Vins du Lac Saint-Jean"
INTRO = f"The {NAME} (OVLSJ) is a provincial wine retailer in Alma."


def _posts(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return profile_posts(NAME, INTRO, text, "ovlsj.txt")


def _leader(text: str) -> list[Post]:
    facts = extract(parse_profile(f"{NAME}\n|\n{INTRO}\nLeader\n{text}\n", "ovlsj.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Post)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Président et chef de la direction: Luc Tremblay", ("Président et chef de la direction", "Luc Tremblay")),
        (
            "Présidente et chef de la direction: Mme Josée Gagnon, nominated in 2019.",
            ("Présidente et chef de la direction", "Josée Gagnon"),
        ),
        ("Präsident und CEO: Dr. Karl Brenner", ("Präsident und CEO", "Karl Brenner")),
        ("Directeur et chef de la recherche: Paul Ouellet", ("Directeur et chef de la recherche", "Paul Ouellet")),
        ("President and head of research: Amina Osei", ("President and head of research", "Amina Osei")),
    ],
)
def test_joined_roles(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], (expected[1],)) in _posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Président et ami de la famille Roy: Paul Roy",  # "ami" is no head noun
        "Directeur et propriétaire du domaine: Marc Caron",
        "President and friend of the founder: Jo Lee",
        "Directrice et chef, cuisine régionale: Marie Lavoie",  # no complement after "chef"
    ],
)
def test_joined_near_misses(text: str) -> None:
    assert _posts(text) == set()


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        (
            "Ancien président et chef de la direction: M. Yves Bélanger (2001-2007).",
            "Président et chef de la direction",
            "Yves Bélanger",
        ),
        ("Ancienne directrice générale: Mme Hélène Roy (1995-2003).", "Directrice générale", "Hélène Roy"),
        ("Former director general: Samuel Mensah (2010–2018)", "Director general", "Samuel Mensah"),
    ],
)
def test_sentence_case_rank_word(text: str, label: str, holder: str) -> None:
    posts = _leader(text)
    assert [(p.label, [h.holder.name for h in p.holdings], p.holders) for p in posts] == [(label, [holder], ())]


@pytest.mark.parametrize(
    "text",
    [
        "Ancien directeur: Paul Roy (1980-1990)",  # one word after the rank word: no post (as "Former director")
        "Ancien élève de la maison: Paul Roy",  # no role after the rank word
    ],
)
def test_sentence_case_rank_word_near_misses(text: str) -> None:
    assert _leader(text) == []


def test_former_lowercase_post_names_a_past_holder_only() -> None:
    # Round 62 (past-holder-list-keys.csv): "Former director: A (…)" is a past holder of the
    # post, dated, and no current leader.
    posts = _leader("Former director: Neo Dube (2011–2020)")
    assert [(p.label, p.holders, [h.holder.name for h in p.past]) for p in posts] == [("Director", (), ["Neo Dube"])]


def test_current_and_former_joined_posts() -> None:
    text = (
        "Présidente et chef de la direction: Mme Josée Gagnon, nominated in 2019.\n"
        "Ancien président et chef de la direction: M. Yves Bélanger (2001-2007)."
    )
    posts = {p.label: p for p in _leader(text)}
    assert [h.name for h in posts["Présidente et chef de la direction"].holders] == ["Josée Gagnon"]
    former = posts["Président et chef de la direction"]
    assert former.holders == ()
    assert [(h.holder.name, h.ended) for h in former.holdings] == [("Yves Bélanger", True)]


# --- founders named by a past holder's title (founding.founders_by_title) ---------------------


def _founders(text: str) -> set[str]:
    from orgkg.model import Founding

    facts = extract(parse_profile(f"{NAME}\n|\n{INTRO}\nLeader\n{text}\n", "ovlsj.txt"))
    return {
        m.name
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, Founding)
        for m in (*f.founders, *([f.founder] if f.founder else []))
    }


@pytest.mark.parametrize(
    ("text", "founder"),
    [
        ("Founder and President: Ama Boateng (1970–1995)", "Ama Boateng"),
        ("Former Founder and Chair: Ruth Adeyemi (1988-2004)", "Ruth Adeyemi"),
        ("Co-founder and Director: Tomás Ibarra, 1990–2012", "Tomás Ibarra"),
        ("Founder and President: Ama Boateng", "Ama Boateng"),  # the current holder, as before
    ],
)
def test_past_founder_titles(text: str, founder: str) -> None:
    assert founder in _founders(text)


@pytest.mark.parametrize(
    "text",
    [
        "Founding Director: Ama Boateng (1970–1995)",  # a first director, no founder
        "Former President: Ama Boateng (1970–1995)",
        "President: Kofi Mensah (since 2019)\nFirst President: Ama Boateng",
    ],
)
def test_past_titles_naming_no_founder(text: str) -> None:
    assert _founders(text) == set()
