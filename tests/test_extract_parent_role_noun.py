"""A parent named by its role after the organization's own possessive ("The Orvane Rail's parent
department is …", "Its supervising ministry is …", "Its sole owner is the Orvanian state"), a
former tie in a later sentence that names another body after a fronted range, and a nationality
adjective before a lowercase state word. Own phrasings."""

from __future__ import annotations

from orgkg.extract.parent import read_parent
from orgkg.model import Identity, OrgKind, Parent

from .list_helpers import field

RAIL = Identity("Orvane National Rail", OrgKind.ORGANIZATION, acronym="ONR")
MILL = Identity("Kestrel Steelworks AG", OrgKind.ORGANIZATION)


def _parents(text: str, identity: Identity = RAIL) -> list[str]:
    facts, _ = read_parent(field(text, name="Parent organization"), identity)
    return [f.org.name for f in facts if isinstance(f, Parent)]


def test_qualified_parent_noun_after_own_possessive() -> None:
    text = "The ONR's parent department is the Department for Harbours and Transport, which took it over in 2019."
    assert _parents(text) == ["Department for Harbours and Transport"]


def test_supervising_ministry_after_its() -> None:
    text = "Its supervising ministry is the Ministry of Transport and Works, which approves its plan."
    assert _parents(text) == ["Ministry of Transport and Works"]


def test_earlier_parents_after_a_fronted_range_do_not_end_todays_tie() -> None:
    text = (
        "The ONR's parent department is the Department for Harbours and Transport. From 2004 until 2012 "
        "the railway sat under the Department for Trade and Mines."
    )
    assert _parents(text) == ["Department for Harbours and Transport"]


def test_a_tie_ended_in_the_parents_own_sentence_is_still_no_parent() -> None:
    text = "The ONR's parent department was the Department for Trade and Mines until 2012."
    assert _parents(text) == []


def test_another_word_before_the_role_noun_is_no_cue() -> None:
    assert _parents("Its first owner was the Harrow Shipping Company.") == []
    assert _parents("Its former parent company was Harrow Holdings Limited.") == []


def test_another_bodys_possessive_role_is_not_read() -> None:
    assert _parents("The Harrow Group's supervising ministry is the Ministry of Trade and Mines.") == []


def test_a_stake_short_of_control_is_no_role_noun() -> None:
    assert _parents("Its largest shareholder is the Harrow Pension Fund.") == []


def test_sole_owner_a_national_state() -> None:
    text = "Kestrel Steelworks' sole owner is the Swedish state, which holds every share."
    assert _parents(text, MILL) == ["Swedish state"]


def test_a_state_of_a_country_is_a_region_not_a_parent() -> None:
    assert "German state" not in _parents("Its sole owner is the German state of Hesse.", MILL)


def test_a_role_noun_after_the_is_no_cue_and_the_next_sentence_still_reads() -> None:
    text = "The owner is the Republic. The owner's rights are exercised by the Ministry of Transport and Works."
    assert _parents(text) == ["Ministry of Transport and Works"]
