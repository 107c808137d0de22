"""Round 64d (leaders): past holders in social-media thread posts. "before her: A (…), B (…)",
"before him in that seat: A (…)", "CEO after him: A (…)", "1st president: A (…)", "1st
president ever was A (…)", "1st woman President: A (…)", "GOAT chairman: A, 1950–1970".
Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.extract.text import without_post_marks
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

FERRY = Identity("Lowmoor Ferry Society", OrgKind.ORGANIZATION)


def _posts(*lines: str) -> list[Post]:
    facts, _ = read_leader(field(*lines, name="Leader"), FERRY)
    return [f for f in facts if isinstance(f, Post)]


def _holders(*lines: str) -> set[tuple[str, str]]:
    """(post's label, holder) for every current and past holder read."""
    posts = _posts(*lines)
    current = {(p.label, h.name) for p in posts for h in p.holders}
    past = {(p.label, h.holder.name) for p in posts for h in p.holdings if h.holder}
    return current | past


def test_before_her_colon_list_of_dated_holders() -> None:
    got = _holders(
        "Chair: Maren Holt since 2021",
        "before her: Osric Penhale (2015–2021), Wenna Tregear (2009–2015), Piran Colley (2001–2009)",
    )
    assert {("Chair", "Osric Penhale"), ("Chair", "Wenna Tregear"), ("Chair", "Piran Colley")} <= got


def test_before_her_list_with_a_note_item_is_not_split() -> None:
    got = _holders(
        "Chair: Maren Holt since 2021",
        "before her: Osric Penhale (2015–2021), the ferry's busiest years",
    )
    assert not any(holder == "Wenna Tregear" for _, holder in got)
    assert all(label == "Chair" for label, _ in got)


def test_before_him_in_that_seat() -> None:
    got = _holders("Director: Ivo Rendle, since 2019", "before him in that seat: Jago Bolitho (2011–2019)")
    assert ("Director", "Jago Bolitho") in got


def test_before_him_in_that_year_names_no_post() -> None:
    got = _holders("Director: Ivo Rendle, since 2019", "before him in that year: Jago Bolitho (2011–2019)")
    assert not any(holder == "Jago Bolitho" for _, holder in got)


def test_post_after_him_label() -> None:
    got = _holders("Secretary: Elowen Pascoe, until 1990", "Secretary after her: Conan Jory (1990–1998)")
    assert ("Secretary", "Conan Jory") in got


def test_after_him_label_without_a_post_is_left() -> None:
    got = _holders("Secretary: Elowen Pascoe, until 1990", "things after her: Conan Jory (1990–1998)")
    assert not any(holder == "Conan Jory" for _, holder in got)


def test_numeral_first_holder_in_lowercase() -> None:
    got = _holders("Chair: Maren Holt since 2021", "1st chair: Tamsin Keast (1921–1930)")
    assert ("Chair", "Tamsin Keast") in got


def test_numeral_first_holder_undated_is_left() -> None:
    got = _holders("Chair: Maren Holt since 2021", "1st chair: Tamsin Keast, the founder's widow")
    assert not any(label.lower() == "chair" and holder == "Tamsin Keast" for label, holder in got)


def test_numeral_first_holder_ever_was() -> None:
    got = _holders("Chair: Maren Holt since 2021", "1st chair ever was Tamsin Keast (1921–1930)")
    assert ("Chair", "Tamsin Keast") in got


def test_numeral_first_then_no_post_is_left() -> None:
    got = _holders("Chair: Maren Holt since 2021", "1st boat ever was Tamsin Keast (1921–1930)")
    assert not any(holder == "Tamsin Keast" for _, holder in got)


def test_holder_qualifier_before_the_post() -> None:
    got = _holders("Chair: Maren Holt since 2021", "1st woman chair: Loveday Nance (1968–1975)")
    assert ("Chair", "Loveday Nance") in got
    got = _holders("legendary chair: Loveday Nance, 1968–1975, the quay is named after her")
    assert ("Chair", "Loveday Nance") in got


def test_post_qualifier_stays_and_undated_qualifier_is_left() -> None:
    got = _holders("Chair: Maren Holt since 2021", "Deputy Chair: Loveday Nance (1968–1975)")
    assert ("Chair", "Loveday Nance") not in got
    got = _holders("Chair: Maren Holt since 2021", "legendary chair: Loveday Nance")
    assert ("Chair", "Loveday Nance") not in got


def test_watch_and_hourglass_signs_are_dropped() -> None:
    assert without_post_marks("2/ partners: Alder Boats, Quayline ⌚") == "partners: Alder Boats, Quayline"
    assert without_post_marks("3/ waiting ⏳ for the refit") == "waiting for the refit"
    assert without_post_marks("Model ⌀ 40 mm") == "Model ⌀ 40 mm"
