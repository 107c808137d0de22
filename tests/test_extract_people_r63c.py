"""Round 63c (leaders, structure units): dated role bullets with an approximate start or two
terms ("Director, c. 1950–1961: A"), "headed by a Vice-Chancellor" (a hyphened role join), and
structure descriptions that name no unit ("a central board of nine directors", "a Governor and
council"). Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import _phrase_units, read_leader
from orgkg.model import Identity, OrgKind, Post, Unit

from .list_helpers import field

GUILD = Identity("Harrowfield Weavers' Guild", OrgKind.ORGANIZATION)


def _posts(*lines: str) -> dict[str, Post]:
    facts, _ = read_leader(field(*lines, name="Leader"), GUILD)
    return {
        h.holder.name if h.holder else "": f for f in facts if isinstance(f, Post) for h in f.holdings if h.holder
    } | {h.name: f for f in facts if isinstance(f, Post) for h in f.holders}


def test_an_approximate_start_reads_a_past_holder_until_the_end() -> None:
    posts = _posts("Directors of the guild (incomplete):", "- Director, c. 1950–1961: Orla Venn")
    post = posts["Orla Venn"]
    assert post.label == "Director"
    assert not post.holders
    (holding,) = post.holdings
    assert holding.start is None and holding.end is not None and holding.end.year == 1961 and holding.ended


def test_two_terms_read_a_past_holder_until_the_last_end() -> None:
    posts = _posts("- Director, 1902–1906 and 1911–1914: Tomas Arkwright")
    (holding,) = posts["Tomas Arkwright"].holdings
    assert holding.end is not None and holding.end.year == 1914 and holding.start is None


def test_a_single_dated_term_keeps_its_start() -> None:
    (holding,) = _posts("- Director, 1930–1936: Ines Calloway")["Ines Calloway"].holdings
    assert holding.start is not None and holding.start.year == 1930


def test_an_open_second_term_reads_no_period_as_ended() -> None:
    # "1911–" after "and": no end to read; the line is left to the other readers.
    posts = _posts("- Director, 1902–1906 and 1911–: Tomas Arkwright")
    assert all(h.end is None or h.end.year != 1911 for p in posts.values() for h in p.holdings)


def test_headed_by_a_hyphened_post_states_the_post() -> None:
    facts, _ = read_leader(field("The guild is headed by a Vice-Chancellor; no name is kept.", name="Leader"), GUILD)
    posts = [f for f in facts if isinstance(f, Post)]
    assert [(p.label, p.holders) for p in posts] == [("Vice-Chancellor", ())]


def test_headed_by_the_plain_post_is_not_the_hyphened_one() -> None:
    facts, _ = read_leader(field("The guild is headed by a Chancellor.", name="Leader"), GUILD)
    assert [f.label for f in facts if isinstance(f, Post)] == ["Chancellor"]


def _units(text: str) -> set[str]:
    return {f.name for f in _phrase_units(text) if isinstance(f, Unit)}


def test_a_sized_description_names_no_unit() -> None:
    assert _units("A governing council of nine masters rules the guild.") == set()
    assert _units("A governing council of 12 masters rules the guild.") == set()


def test_a_description_with_its_name_in_apposition_names_no_unit_by_description() -> None:
    assert "governing council" not in _units("A governing council, the Court of Masters, rules the guild.")


def test_a_plain_description_still_names_its_unit() -> None:
    assert _units("It also has a steering committee.") == {"steering committee"}


def test_a_post_and_a_common_noun_are_no_unit() -> None:
    assert _units("In the colony, a Governor and council ran the guild's trade.") == set()


def test_a_capitalised_unit_is_still_read() -> None:
    assert _units("It also has a Finance Committee.") == {"Finance Committee"}
