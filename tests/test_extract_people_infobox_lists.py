"""Leaders written as an infobox's parameters and lists: paired "leader title" / "leader name"
lines, past-holder lists of "Name (period)" items separated by commas, "Historical …:" keys,
a first holder ranked inside the bracket, and a post named in lowercase by a parameter next
to its capitalised spelling. Own phrasings."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post
from orgkg.parse import parse_profile

from .list_helpers import field

GUILD = Identity("Tarnwick Weavers Guild", OrgKind.ORGANIZATION)


def _holders(*lines: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(current, past): (post's label, holder) pairs read from the Leader lines."""
    facts, _ = read_leader(field(*lines, name="Leader"), GUILD)
    posts = [f for f in facts if isinstance(f, Post)]
    current = {(p.label, h.name) for p in posts for h in p.holders}
    past = {(p.label, h.holder.name) for p in posts for h in p.past if h.holder}
    return current, past


def test_paired_title_and_name_parameters_are_one_post_and_its_holder() -> None:
    current, _ = _holders("leader title: Director", "leader name: Ottilie Brandmeier (since 2021)")
    assert ("Director", "Ottilie Brandmeier") in current


def test_numbered_pairs_join_by_their_number() -> None:
    current, _ = _holders(
        "leader title: Director",
        "leader name: Ottilie Brandmeier",
        "leader title2: Treasurer",
        "leader name2: Jasper Quellhorst",
    )
    assert {("Director", "Ottilie Brandmeier"), ("Treasurer", "Jasper Quellhorst")} <= current


def test_near_miss_a_name_line_of_another_number_is_not_joined() -> None:
    current, past = _holders("leader title: Director", "leader name2: Ottilie Brandmeier")
    assert ("Director", "Ottilie Brandmeier") not in current | past


def test_comma_list_of_dated_past_holders_gives_each_holder() -> None:
    _, past = _holders(
        "Director: Ottilie Brandmeier (since 2021)",
        "Former directors: Jasper Quellhorst (2012–2021), Marit Osterhagen (2004–2012)",
    )
    assert {("Director", "Jasper Quellhorst"), ("Director", "Marit Osterhagen")} <= past


def test_near_miss_a_comma_item_that_is_no_dated_name_keeps_the_list_whole() -> None:
    current, past = _holders(
        "Director: Ottilie Brandmeier (since 2021)",
        "Former directors: Jasper Quellhorst (2012–2021), the town clerk",
    )
    assert not any("clerk" in name for _, name in current | past)


def test_historical_key_names_past_holders_of_the_post() -> None:
    current, past = _holders(
        "Director: Ottilie Brandmeier (since 2021)",
        "Historical directors: Jasper Quellhorst (1890–1901), Marit Osterhagen (1901–1920)",
    )
    assert {("Director", "Jasper Quellhorst"), ("Director", "Marit Osterhagen")} <= past
    assert not any(label.lower().startswith("historical") for label, _ in current | past)


def test_first_holder_rank_inside_the_bracket_keeps_the_period() -> None:
    _, past = _holders(
        "Director: Ottilie Brandmeier",
        "Earlier directors include Jasper Quellhorst (the first, 1890–1901) and Marit Osterhagen (1950–1960).",
    )
    assert {("Director", "Jasper Quellhorst"), ("Director", "Marit Osterhagen")} <= past


def test_near_miss_another_word_inside_the_bracket_reads_no_list() -> None:
    current, past = _holders(
        "Director: Ottilie Brandmeier",
        "Earlier directors include Jasper Quellhorst (the tallest, 1890–1901) and Marit Osterhagen (1950–1960).",
    )
    assert ("Director", "Jasper Quellhorst") not in current | past


def _post_labels(*leader_lines: str) -> dict[str, set[str]]:
    """Holder → labels of the posts naming them, from a whole profile (roles made canonical)."""
    text = [
        "Tarnwick Weavers Guild",
        "| ||||",
        "|",
        "The Tarnwick Weavers Guild is a craft guild in Tarnwick.",
        "Leader",
        *leader_lines,
        "History",
        "Founded in 1890.",
    ]
    profile = extract(parse_profile("\n".join(text) + "\n", "tarnwick.txt"))
    leader = next(f for f in profile.fields if f.name == "Leader")
    labels: dict[str, set[str]] = {}
    for post in (f for f in leader.facts if isinstance(f, Post)):
        for holder in post.named_holders:
            labels.setdefault(holder.name, set()).add(post.label)
    return labels


def test_a_lowercase_parameter_post_takes_the_capitalised_spelling() -> None:
    labels = _post_labels(
        "vice chancellor: Ottilie Brandmeier",
        "Former Vice-Chancellors include Jasper Quellhorst (1990–2001) and Marit Osterhagen (2001–2010).",
    )
    assert labels["Ottilie Brandmeier"] == {"Vice-Chancellor"}


def test_near_miss_a_lowercase_post_with_no_other_spelling_stays_as_written() -> None:
    labels = _post_labels("vice chancellor: Ottilie Brandmeier", "Chancellor: Jasper Quellhorst")
    assert labels["Ottilie Brandmeier"] == {"vice chancellor"}
