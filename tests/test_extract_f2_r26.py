"""Round 26 review fixes in names, people and lists (extract/units.py, partners.py, names.py)."""

from __future__ import annotations

import time

from orgkg.extract.units import one_item

SHORT, LONG = 10_000, 80_000
NOISE_FLOOR = 0.02  # seconds: a shorter run counts as this long


def _one_item_seconds(length: int) -> float:
    notes = ", launched in 2006" * (length // 18)
    started = time.perf_counter()
    assert one_item("Alpha Institute" + notes) == "Alpha Institute"
    return time.perf_counter() - started


def test_dated_notes_are_dropped_in_linear_time() -> None:
    # growth, not a timing: 8x the notes may cost at most 16x (a join per note cost 64x)
    short = max(min(_one_item_seconds(SHORT) for _ in range(2)), NOISE_FLOOR)
    long = _one_item_seconds(LONG)
    assert long / short < 2 * LONG / SHORT, f"{short:.3f}s at {SHORT} chars, {long:.3f}s at {LONG}"


def test_dated_notes_go_and_the_name_keeps_its_commas() -> None:
    assert one_item("Science, Technology and Innovation Policy (STIP), launched in 2006") == (
        "Science, Technology and Innovation Policy (STIP)"
    )
    assert one_item("Beta Programme, opened on 28 March 2019, since 2004") == "Beta Programme"
    assert one_item("Gamma Centre, Delta Wing") == "Gamma Centre, Delta Wing"  # no dated note: whole


def test_determiners_are_one_typed_table() -> None:
    from orgkg.extract import lexicon, names, partners, status

    determiners = lexicon.determiners()
    assert isinstance(determiners, frozenset) and {"the", "a", "an"} <= determiners
    assert partners._DETERMINERS is determiners and status._DETERMINERS is determiners
    assert determiners >= names._ARTICLES and "the" not in names._ARTICLES  # a function word


def _violations(text: str) -> list[str]:
    from orgkg.extract import extract
    from orgkg.parse import parse_profile

    facts = extract(parse_profile(f"Title X\nIntro.\nLegislation\n{text}\n", "agents.txt"))
    return [d.code for d in facts.diagnostics if d.severity.value == "violation"]


def test_an_address_behind_several_honorifics_is_no_founder() -> None:
    # every leading title goes (people.without_honorifics), not the first one only
    assert _violations("Founded by Prof. Dr. 48 Harbour Road in 1972.") == ["extract.founder-not-a-person"]
    assert _violations("Founded by Sheikh Dr. 7 Palm Avenue in 1985.") == ["extract.founder-not-a-person"]
    assert _violations("Founded by Prof. Dr. Anna Berg in 1972.") == []  # a person behind titles


def test_partner_prepositions_and_membership_phrases_come_from_the_lexicon() -> None:
    from orgkg.extract import lexicon, partners

    assert "in" in lexicon.category_prepositions() and "within" not in lexicon.category_prepositions()
    assert lexicon.place_tail_prepositions() == lexicon.category_prepositions() | {"within"}
    assert lexicon.membership_phrases()[0] == "member of" and "mbr of" in lexicon.membership_phrases()
    tail = partners._PLACE_TAIL.search("Research centres and universities within the Kingdom")
    assert tail is not None and tail[0] == " within the Kingdom"
    assert partners._PLACE_TAIL.search("Research centres and universities beside the Kingdom") is None
    member = partners._MEMBER_OF.match("At regional level it is also a member of A and B")
    assert member is not None and member["subject"].strip() == "At regional level it"
    assert partners._MEMBER_OF.match("It is a partner of A and B") is None
