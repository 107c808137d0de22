"""Round 63d (leaders): "Label: Name, Post (period)" lines of a grantee record. A label of the
field's people before a holder whose post is written after the name, a past-holder key with a
record qualifier ("on file"), a rank label before the same post, "Founder and first Director",
and a first holder whose period has ended. Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

GUILD = Identity("Harrowfield Weavers' Guild", OrgKind.ORGANIZATION)


def _posts(*lines: str) -> list[Post]:
    facts, _ = read_leader(field(*lines, name="Leader"), GUILD)
    return [f for f in facts if isinstance(f, Post)]


def _by_holder(*lines: str) -> dict[str, Post]:
    posts = _posts(*lines)
    return {h.holder.name: p for p in posts for h in p.holdings if h.holder} | {
        h.name: p for p in posts for h in p.holders
    }


def test_a_field_label_before_a_holder_and_post_reads_the_post() -> None:
    post = _by_holder("Leadership: Orla Venn, Director General (since 2011).")["Orla Venn"]
    assert post.label == "Director General"
    assert [h.name for h in post.holders] == ["Orla Venn"]


def test_a_field_label_with_more_words_reads_the_post_and_not_the_other_bodys() -> None:
    posts = _posts(
        "Key personnel at closure: Tomas Arkwright, President (1950–1961), who then became the first "
        "President of the Northbrook Mill Trust."
    )
    assert [p.label for p in posts] == ["President"]
    (holding,) = posts[0].holdings
    assert holding.ended and holding.end is not None and holding.end.year == 1961
    assert not posts[0].holders


def test_a_field_label_before_a_name_without_post_reads_no_post() -> None:
    assert all(p.label != "Director" for p in _posts("Leadership: Orla Venn (since 2011)."))
    assert _posts("Leadership: Governing Council, Director.") == []


def test_a_label_with_a_post_word_of_its_own_is_not_dropped() -> None:
    assert [p.label for p in _posts("Team Leader: Orla Venn, Director (since 2011).")] != ["Director"]


def test_a_past_holder_key_with_a_record_qualifier_reads_the_items_post() -> None:
    post = _by_holder("Predecessor on file: Ines Calloway, Secretary General (1990–2004).")["Ines Calloway"]
    assert post.label == "Secretary General"
    (holding,) = post.holdings
    assert holding.ended and holding.start is not None and holding.start.year == 1990
    assert not post.holders


def test_a_qualified_key_before_no_person_reads_nothing() -> None:
    assert _posts("Predecessor on file: Harrow Weaving Company (1890–1920).") == []
    assert _posts("Former names on file: Ines Calloway, Secretary General (1990–2004).") == []


def test_a_rank_label_before_the_same_post_reads_the_post() -> None:
    post = _by_holder("First director: Tomas Arkwright, Director (1903–1922).")["Tomas Arkwright"]
    assert post.label == "Director"
    assert not post.holders


def test_a_rank_label_before_another_post_reads_neither() -> None:
    posts = _posts("First director: Tomas Arkwright, Treasurer (1903–1922).")
    assert all(p.label not in {"Director", "Treasurer"} for p in posts)


def test_founder_and_first_post_is_the_post() -> None:
    post = _by_holder("Founder and first Director: Orla Venn (1950–1972).")["Orla Venn"]
    assert post.label == "Director"
    (holding,) = post.holdings
    assert holding.ended and holding.end is not None and holding.end.year == 1972


def test_founder_and_an_unranked_post_stays_as_written() -> None:
    post = _by_holder("Founder and President: Orla Venn (1950–1972).")["Orla Venn"]
    assert post.label == "Founder and President"


def test_a_first_holder_whose_period_ended_holds_the_post() -> None:
    assert _by_holder("First President: Ines Calloway (1939–1950).")["Ines Calloway"].label == "President"


def test_a_first_holder_still_in_office_keeps_the_ranked_label() -> None:
    assert _by_holder("First President: Ines Calloway (since 1939).")["Ines Calloway"].label == "First President"
