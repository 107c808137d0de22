"""Leaders written as bullets after a lead sentence: a person's name, a comma and a who-clause
naming the post ("- A, who has served as Director since 2019"), with an earlier post after
"after serving as"; two dated posts joined by "and" after a dash ("- A – Director from 1971
until 1980 and Chairman from 1980 until 1992"); and a full name with a particle opening a
bullet ("- Duarte de Souza – …"), which is no surname on second mention. Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import with_full_names
from orgkg.model import Identity, OrgKind

from .list_helpers import field, leader_posts
from .list_helpers import leader_field_posts as _posts

TRUST = Identity("Harwell Conservation Trust", OrgKind.ORGANIZATION)
INSTITUTE = Identity("Marrow Institute of Hydrology", OrgKind.ORGANIZATION)


# --- a who-clause after the holder's name --------------------------------------------------


def test_who_has_served_as_gives_a_current_holder_with_its_start() -> None:
    posts = _posts(TRUST, "- Imogen Vale, who has served as Director since May 2019.")
    assert [(p.label, [h.name for h in p.holders]) for p in posts] == [("Director", ["Imogen Vale"])]
    start = posts[0].holdings[0].start
    assert start is not None and (start.year, start.month) == (2019, 5)


def test_who_became_names_the_post() -> None:
    assert leader_posts(TRUST, "- Ruben Okafor, who became Chief Executive in March 2023.") == {
        "Ruben Okafor": "Chief Executive"
    }


def test_who_served_as_with_a_period_and_an_aside_is_a_past_holder() -> None:
    posts = _posts(TRUST, "- Hedda Lunn, who served as Chairman from 1974 until 1988, the longest term of any chair.")
    assert [(p.label, p.holders) for p in posts] == [("Chairman", ())]
    holding = posts[0].holdings[0]
    assert holding.holder is not None and holding.holder.name == "Hedda Lunn"
    assert holding.ended


def test_after_serving_as_names_an_earlier_post_of_the_same_person() -> None:
    line = "- Ivo Brandt, who has served as Chairman since June 2015, after serving as Director from 2003 until 2014."
    posts = _posts(TRUST, line)
    assert {p.label: ([h.name for h in p.holders], [h.holder and h.holder.name for h in p.past]) for p in posts} == {
        "Chairman": (["Ivo Brandt"], []),
        "Director": ([], ["Ivo Brandt"]),
    }


def test_the_organizations_own_possessive_and_a_rank_before_the_post() -> None:
    line = "- Petra Holm, who served as the institute's first Director until 1961 and then taught abroad."
    assert leader_posts(INSTITUTE, line) == {"Petra Holm": "Director"}


def test_a_who_clause_naming_another_bodys_post_or_no_post_gives_nothing() -> None:
    # near misses: a minister's or another company's office, a membership, no person's name
    assert leader_posts(TRUST, "- Hedda Lunn, who served as Minister of Culture from 2001 until 2005.") == {}
    assert leader_posts(TRUST, "- Hedda Lunn, who served as Chairman of Norrbank from 2001 until 2005.") == {}
    assert leader_posts(TRUST, "- Hedda Lunn, who became a member of the council in 2001.") == {}
    assert leader_posts(TRUST, "- The Founders Circle, who served as Directors until 1990.") == {}


def test_an_earlier_post_of_another_body_keeps_the_bullet_whole() -> None:
    # near miss: "after serving as Chancellor of the Exchequer" is no post of the trust's, so the
    # bullet is not split into two statements and the Chancellor is no post
    line = "- Ivo Brandt, who has served as Chairman since 2015, after serving as Chancellor of the Exchequer."
    assert all(p.label != "Chancellor of the Exchequer" for p in _posts(TRUST, line))


# --- two dated posts joined by "and" after a dash -------------------------------------------


def test_two_dated_posts_after_a_dash_are_two_posts() -> None:
    posts = _posts(TRUST, "- Ivo Brandt – Managing Director from 1971 until 1980 and Chairman from 1980 until 1992.")
    assert {p.label: [h.holder and h.holder.name for h in p.past] for p in posts} == {
        "Managing Director": ["Ivo Brandt"],
        "Chairman": ["Ivo Brandt"],
    }


def test_an_aside_between_the_two_dated_posts() -> None:
    line = "- Ivo Brandt – Treasurer from 1950, with a short break in 1957, and President from 1962 until 1970."
    assert {p.label for p in _posts(TRUST, line)} >= {"President"}
    assert "Ivo Brandt" in {h.name for p in _posts(TRUST, line) if p.label == "President" for h in p.named_holders}


def test_and_before_another_bodys_post_or_a_name_keeps_one_post() -> None:
    # near misses: what follows "and" is another company's post or a person, not a second post
    line = "- Ivo Brandt – Director from 1971 until 1980 and Chairman of Norrbank from 1981 until 1990."
    assert {p.label for p in _posts(TRUST, line)} == {"Director"}
    line = "- Ivo Brandt – Director from 1971 until 1980 and Hedda Lunn from 1981."
    assert {p.label for p in _posts(TRUST, line)} == {"Director"}


# --- a full name with a particle opens the bullet ------------------------------------------

PROFILE = "The Academy awards the Prize Duarte de Souza each year.\nDuarte de Souza chaired it."


def test_a_full_name_with_a_particle_is_no_surname_on_second_mention() -> None:
    line = "Duarte de Souza – the first President, who presided until 1910."
    written = with_full_names(field(line, name="Leader"), PROFILE)
    assert [item.text for item in written.items] == [line]


def test_a_lone_surname_before_a_lowercase_verb_still_takes_the_full_name() -> None:
    # near miss: "Souza served" is a surname on second mention, the profile gives the full name
    profile = "The Academy was founded by the poet Duarte Souza in 1897."
    written = with_full_names(field("Souza served as president until 1910.", name="Leader"), profile)
    assert [item.text for item in written.items] == ["Duarte Souza served as president until 1910."]
