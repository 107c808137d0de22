"""Leaders: what stands between a holder's name and the post. A peer's style as an aside
("Ann Roe, Lady Harbury, served as …"); a bullet note after the dash naming the post after a rank
word ("Jo Roe – the first Chief Engineer, until 1990") or after "was"/"became" in a lowercase
predicate ("Jo Roe – bought the yard and was Chairman from 1950 until 1962"). Own invented
sentences."""

from __future__ import annotations

from orgkg.model import Identity, OrgKind

from .list_helpers import leader_posts

LINES = Identity("Harbour Lines Limited", OrgKind.COMPANY)


def _posts(*lines: str) -> dict[str, str]:
    return leader_posts(LINES, *lines)


def test_a_peers_style_after_the_name_is_no_part_of_it() -> None:
    text = "Ann Roe, Lady Harbury, served as its first President from 1950 until her death in 1961."
    assert _posts(text) == {"Ann Roe": "President"}
    territorial = "Tom Vale, Baron Vale of Kirkby, was its Chairman from 1970 to 1975."
    assert _posts(territorial) == {"Tom Vale": "Chairman"}


def test_a_peers_style_after_a_post_names_no_holder() -> None:
    # near miss: before the aside stands a post, no person's name
    assert _posts("Its Chairman, Lord Harbury, served from 1950.") == {}


def test_a_rank_word_before_the_post_in_a_bullet_note() -> None:
    lines = ("Her predecessors were:", "- Jo Roe – the first Chief Engineer, until 1990")
    assert _posts(*lines) == {"Jo Roe": "Chief Engineer"}


def test_a_rank_word_before_another_kind_of_noun_names_no_post() -> None:
    # near misses: "the first woman …" is no post; "Director of Acme Labs" is another body's
    assert _posts("Earlier leaders included:", "- Al Bee – the first woman on the board, until 1990") == {}
    assert _posts("Earlier leaders included:", "- Cy Dee – the first Director of Acme Labs, until 1990") == {}


def test_the_post_a_predicate_after_the_dash_names() -> None:
    lines = (
        "Earlier leaders included:",
        "- Rob Gale – bought the yard in 1930 and was Chairman from 1931 until his death in 1950",
    )
    assert _posts(*lines) == {"Rob Gale": "Chairman"}


def test_a_predicate_naming_another_bodys_post_names_none() -> None:
    # near miss: "Chairman of the Coal Board" is another body's post
    lines = ("Earlier leaders included:", "- Jo Roe – joined in 1950 and was Chairman of the Coal Board from 1980")
    assert _posts(*lines) == {}
