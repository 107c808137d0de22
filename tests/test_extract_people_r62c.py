"""Round 62c, F2a (leaders): "managed by a president and chief executive officer" (one joined
post), a holder's "formerly …" aside before the verb, "Director of the observatory" for an
Observatory (its own head noun), "Its first treasurer, appointed in 1990, was A", "The
organization's first Director was A", comma-joined "<Name> <verb> <post>" clauses, "held the
post of", "Its Chair and Chief Executive Officer, A, …", "having succeeded B" / "who succeeded
B", and a post's name cut inside a bracket. Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import read_structure
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field, leader_field_posts

LAKE = Identity("Tarnby Lake Observatory", OrgKind.ORGANIZATION, acronym="TLO")
GUILD = Identity("Orvane Weavers Guild", OrgKind.ORGANIZATION)


def _posts(*lines: str, identity: Identity = LAKE) -> list[Post]:
    return leader_field_posts(identity, *lines)


def _holders(*lines: str, identity: Identity = LAKE) -> dict[str, set[str]]:
    """Lowercased label → every holder named (current and past)."""
    found: dict[str, set[str]] = {}
    for post in _posts(*lines, identity=identity):
        names = {h.name for h in post.named_holders} | {h.holder.name for h in post.holdings}
        found.setdefault(post.label.lower(), set()).update(names)
    return found


def _structure_posts(text: str) -> set[str]:
    facts, _ = read_structure(field(text, name="Organization structure"), LAKE)
    return {f.label.lower() for f in facts if isinstance(f, Post)}


# --- "managed by a president and chief executive officer" ------------------------------


def test_headed_by_two_joined_roles_is_one_post() -> None:
    posts = _structure_posts("The observatory is run by a president and chief executive officer.")
    assert posts == {"president and chief executive officer"}


def test_headed_by_two_roles_each_with_its_article_stays_apart() -> None:
    posts = _structure_posts("The observatory is run by a president and a secretary.")
    assert "president and secretary" not in posts
    assert "president" in posts


def test_joined_role_keeps_its_abbreviation_as_written() -> None:
    assert _structure_posts("It is led by the President and CEO.") == {"president and ceo"}


# --- a holder's "formerly …" aside -----------------------------------------------------


def test_formerly_aside_between_holder_and_verb_goes() -> None:
    text = "Mirela K. Dovan, formerly the treasurer of Hollin Mills, served as director from May 1994."
    assert _holders(text) == {"director": {"Mirela K. Dovan"}}


def test_an_aside_without_the_adverb_is_not_dropped_by_this_rule() -> None:
    # no "formerly"/"previously": the aside stays, and this reader names no holder from it
    assert "treasurer of hollin mills" not in _holders(
        "Mirela K. Dovan, formerly the treasurer of Hollin Mills, served as director from May 1994."
    )
    assert _holders("Mirela K. Dovan, who likes sailing on the lake, served as director.") == {}


# --- the organization's own head noun as a post's complement ---------------------------


def test_post_of_its_own_head_noun_is_the_post() -> None:
    assert _holders("The first director of the observatory was Pavel Strnad.") == {"director": {"Pavel Strnad"}}


def test_post_of_another_kind_of_body_keeps_its_complement() -> None:
    found = _holders("The first director of the laboratory was Pavel Strnad.")
    assert "director" not in found
    assert found == {"director of the laboratory": {"Pavel Strnad"}}


# --- "Its first treasurer, appointed in 1990, was A"; "The organization's first …" -------


def test_ordinal_post_with_an_appointment_aside() -> None:
    assert _holders("Its first managing director, appointed in 1990, was Ilse Varga.") == {
        "managing director": {"Ilse Varga"}
    }


def test_ordinal_post_with_a_describing_aside_is_not_read() -> None:
    assert _holders("Its first managing director, a keen sailor, was Ilse Varga.") == {}


def test_the_organizations_first_post_is_its_own() -> None:
    assert _holders("The organization's first Executive Director was Father Tomas Brenn.") == {
        "executive director": {"Tomas Brenn"}
    }


def test_own_head_noun_possessive_is_its_own() -> None:
    assert _holders("The observatory's first director was Pavel Strnad.") == {"director": {"Pavel Strnad"}}


def test_another_bodys_possessive_is_not_its_own() -> None:
    assert _holders("The ministry's first director was Pavel Strnad.") == {}


# --- comma-joined "<Name> <verb> <post>" clauses; "held the post of" --------------------


def test_comma_joined_holder_clauses_each_give_their_post() -> None:
    text = (
        "Previously, Ada Lind served as managing director in 1999, Bo Hult was president from 2000 to 2003,"
        " and Cai Moren held the post of president from 2003 until 2010."
    )
    found = _holders(text)
    assert found["managing director"] == {"Ada Lind"}
    assert found["president"] == {"Bo Hult", "Cai Moren"}


def test_holder_clauses_stay_whole_when_one_clause_names_no_post() -> None:
    found = _holders("Ada Lind was president in 1999, Bo Hult was a famous painter, and Cai Moren was director.")
    assert "director" not in found
    assert not any("painter" in label for label in found)


def test_held_the_post_of_an_own_post() -> None:
    assert _holders("Cai Moren held the post of president from 2003 until 2010.") == {"president": {"Cai Moren"}}


def test_held_the_post_of_another_bodys_office_is_refused() -> None:
    assert _holders("Cai Moren held the post of Minister of Finance from 2003.") == {}


# --- "Its Chair and Chief Executive Officer, A, …" ------------------------------------


def test_appositive_of_two_joined_roles() -> None:
    text = "Its President and Chief Executive Officer, Runa Falk, has led the observatory since 2019."
    assert _holders(text) == {"president and chief executive officer": {"Runa Falk"}}


def test_appositive_of_two_joined_roles_needs_a_persons_name() -> None:
    assert _holders("Its President and Chief Executive Officer, the board's nominee, has led it since 2019.") == {}


# --- "having succeeded B", "who succeeded B" -------------------------------------------


def test_active_succession_gives_the_predecessor_the_same_post() -> None:
    found = _holders("Runa Falk is Director, having succeeded Olle Brandt, who retired in 2020.")
    assert found == {"director": {"Runa Falk", "Olle Brandt"}}
    found = _holders("It is led by its President, Runa Falk, elected in 2022, who succeeded Olle Brandt (2015–2022).")
    assert found == {"president": {"Runa Falk", "Olle Brandt"}}


def test_active_succession_of_no_person_names_no_holder() -> None:
    assert _holders("Runa Falk is Director, having succeeded the Steering Board.") == {"director": {"Runa Falk"}}
    assert _holders("Runa Falk is Director, having succeeded Olle Brandt as Chair of the Rowing Club.") == {
        "director": {"Runa Falk"}
    }


# --- a post's name cut inside a bracket ------------------------------------------------


def test_post_name_with_an_unclosed_bracket_is_dropped() -> None:
    found = _holders("The Warden of Tarnby College (Dr. Ola Vik at present) heads the college, not the observatory.")
    assert not any("(" in label for label in found)


def test_post_name_with_a_closed_bracket_stays() -> None:
    assert _holders("Chair (acting): Jo Roe.") == {"chair": {"Jo Roe"}}


def test_bare_succeeding_names_no_predecessors_post() -> None:
    # an earlier decision (test_extract_people): ", succeeding B" alone gives B no post
    assert _holders("Runa Falk is Director, succeeding Olle Brandt.") == {"director": {"Runa Falk"}}
