"""Round 63 (F1, leaders): "<Post> <Name> took over in 2024" (newspaper order: the holder
between the post and a verb of holder-start-verbs.csv), and a structure's holder-less post
dropped when the Leader field names the same post with a holder. Own phrasings."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post
from orgkg.parse import parse_profile

from .list_helpers import field

MILL = Identity("Orvane Paper Mills", OrgKind.ORGANIZATION)


def _holders(*lines: str) -> dict[str, set[str]]:
    facts, _ = read_leader(field(*lines, name="Leader"), MILL)
    found: dict[str, set[str]] = {}
    for post in (f for f in facts if isinstance(f, Post)):
        found.setdefault(post.label.lower(), set()).update(h.name for h in post.named_holders)
    return found


def test_post_name_verb_reads_the_holder() -> None:
    assert _holders("Chairman and managing director T. R. Halden took over in 2021.") == {
        "chairman and managing director": {"T. R. Halden"}
    }


def test_a_one_word_name_after_the_post_is_no_holder() -> None:
    assert "chairman" not in _holders("Chairman Halden took over the mill in 1950.")


def test_a_post_without_a_name_before_the_verb_reads_nothing() -> None:
    assert _holders("The chairman took over in 2021.") == {}


def test_a_post_with_a_complement_is_not_cut_into_a_name() -> None:
    holders = _holders("Chairman of the Board Ola Brekke took over in 2021.")
    assert not any("Board" in name for names in holders.values() for name in names)


def _all_posts(structure: str, leader: str) -> set[str]:
    text = (
        "Orvane Paper Mills\n\nOrvane Paper Mills is a paper maker in Norway.\n"
        f"Organization structure\n{structure}\nLeader\n{leader}\n"
    )
    facts = extract(parse_profile(text, "x.txt"))
    return {
        f"{f.label.casefold()} | {', '.join(h.name for h in f.named_holders)}"
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, Post)
    }


def test_the_structures_holderless_post_goes_when_the_leader_names_it() -> None:
    posts = _all_posts(
        "A board of directors and a management team headed by the Chairman and CEO.",
        "Ola Brekke has been Chairman and CEO since March 2015.",
    )
    assert "chairman and ceo | Ola Brekke" in posts
    assert "chairman and ceo | " not in posts


def test_the_structures_post_stays_when_the_leader_names_another() -> None:
    posts = _all_posts("The mill is headed by a Director General.", "Chair: Ola Brekke.")
    assert any(p.startswith("director general") or p.startswith("director-general") for p in posts)
