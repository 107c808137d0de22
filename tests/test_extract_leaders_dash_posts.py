"""Leaders written in a neutral register's dash bullets and opening sentences: a post without a
role word before a dated period ("- A – sole owner from 1848 until 1887"), the period right after
a dash bullet's post, the organization's capitalised short name as an owner ("The Academy's
Provost is A"), a time phrase between "led" and "by", and an initial that looks like "Monsieur"
beside other holders written with initials. Own phrasings."""

from __future__ import annotations

from orgkg.model import Identity, OrgKind

from .list_helpers import leader_field_posts as _posts
from .list_helpers import leader_posts

MILL = Identity("Harrowgate Paper Mill", OrgKind.ORGANIZATION)
ACADEMY = Identity("Corran Academy of Music", OrgKind.ORGANIZATION)


def test_post_without_role_word_before_a_dated_period() -> None:
    posts = _posts(MILL, "- Edwin Harrow – sole proprietor from 1851 until 1890, who rebuilt the mill.")
    assert [(p.label, p.holders, [h.holder.name for h in p.holdings]) for p in posts] == [
        ("sole proprietor", (), ["Edwin Harrow"])
    ]
    assert posts[0].holdings[0].ended


def test_post_with_a_complement_before_a_dated_period() -> None:
    assert leader_posts(MILL, "- Ada Quill – Agent of the proprietors from 1893 until 1910.") == {
        "Ada Quill": "Agent of the proprietors"
    }


def test_description_after_the_dash_is_no_post() -> None:
    # near misses: an article, a participle or a body's name after the dash names no post
    assert leader_posts(MILL, "- Edwin Harrow – a papermaker from 1851 until 1893.") == {}
    assert leader_posts(MILL, "- Edwin Harrow – apprenticed from 1851 until 1855.") == {}
    assert leader_posts(MILL, "- Edwin Harrow – Harrow Board Company from 1851 until 1893.") == {}


def test_no_period_after_the_phrase_reads_no_post_without_role_word() -> None:
    # near misses: without a dated period, or with a run no term lasts, the phrase is no post
    assert leader_posts(MILL, "- Edwin Harrow – sole proprietor of a small mill.") == {}
    assert leader_posts(MILL, "- Edwin Harrow – sole proprietor from 1821 until 1893.") == {}


def test_period_right_after_a_role_post_makes_a_past_holder() -> None:
    posts = _posts(MILL, "- Rosa Penn – Managing Director from 1990 until 2004, who then joined the board of a bank.")
    assert [(p.label, p.holders) for p in posts] == [("Managing Director", ())]
    holding = posts[0].holdings[0]
    assert (holding.holder.name, holding.start and holding.start.year, holding.end and holding.end.year) == (
        "Rosa Penn",
        1990,
        2004,
    )


def test_open_period_keeps_the_holder_current() -> None:
    posts = _posts(MILL, "- Rosa Penn – Managing Director since 2019.")
    assert [h.name for h in posts[0].holders] == ["Rosa Penn"]


def test_capitalised_own_head_noun_possessive() -> None:
    assert leader_posts(ACADEMY, "The Academy's Provost is Imogen Tarr, who has held the post since 2020.") == {
        "Imogen Tarr": "Provost"
    }


def test_capitalised_possessive_of_another_body_is_not_its_own() -> None:
    # near miss: "The Council's" is no head noun of the Academy's own name
    posts = leader_posts(ACADEMY, "The Council's Provost is Imogen Tarr.")
    assert posts.get("Imogen Tarr") != "Provost"


def test_time_phrase_between_led_and_by() -> None:
    posts = leader_posts(
        MILL,
        "The mill was led at the time of its closure by Oswin Barr, who served as Chairman of the Trustees "
        "from 1970 until 1981.",
    )
    assert posts == {"Oswin Barr": "Chairman of the Trustees"}


def test_time_phrase_with_another_bodys_post_reads_nothing() -> None:
    # near miss: the clause names a post of another body
    assert leader_posts(MILL, "The mill was led in 1975 by Oswin Barr, who served as Minister of Trade.") == {}


def test_initial_kept_beside_holders_written_with_initials() -> None:
    posts = _posts(
        ACADEMY,
        "- K. Varadan – Principal from 1961 until 1970.",
        "- M. Ravindra Sethi – Principal from 1970 until 1984.",
    )
    names = {h.holder.name for p in posts for h in p.holdings}
    assert names == {"K. Varadan", "M. Ravindra Sethi"}


def test_monsieur_stays_a_title_without_other_initials() -> None:
    # near miss: no other holder written with an initial, "M." is a form of address
    posts = _posts(ACADEMY, "Directeur: M. Lucien Vasseur.", "Secrétaire: Mme Odile Brun.")
    assert {h.name for p in posts for h in p.holders} == {"Lucien Vasseur", "Odile Brun"}
