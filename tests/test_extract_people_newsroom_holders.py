"""Leaders in a newsroom's and an annual report's phrasings: "<Post> <Name>, <aside>, took
office", "<Post> <Name> took over from <Name>", "He succeeded <Name>, <aside>, who was <post>
from … to …", "…; previous <Posts> include A (…), B, who …, and C, the first <Post> (…)",
"<Posts>: A (until …) and B (…)". Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

HARBOUR = Identity("Quarrymoor Harbour Trust", OrgKind.ORGANIZATION)


def _posts(*lines: str) -> list[Post]:
    facts, _ = read_leader(field(*lines, name="Leader"), HARBOUR)
    return [f for f in facts if isinstance(f, Post)]


def _current(*lines: str) -> set[tuple[str, str]]:
    return {(p.label, h.name) for p in _posts(*lines) for h in p.holders}


def _past(*lines: str) -> set[tuple[str, str]]:
    return {(p.label, h.holder.name) for p in _posts(*lines) for h in p.holdings if h.holder and h.ended}


def _all(*lines: str) -> set[tuple[str, str]]:
    posts = _posts(*lines)
    return {(p.label, h.name) for p in posts for h in p.holders} | {
        (p.label, h.holder.name) for p in posts for h in p.holdings if h.holder
    }


# --- "<Post> <Name>, <aside>, took office" ---------------------------------------------------


def test_post_that_is_also_an_honorific_before_the_holder_and_an_aside() -> None:
    got = _current("President Orla Brennick, a marine geologist, took office in 2021.")
    assert got == {("President", "Orla Brennick")}


def test_lowercase_two_word_post_ending_in_an_honorific_word() -> None:
    got = _current("Secretary general Tomas Wrenfield took office March 3, 2022, for a four-year term.")
    assert got == {("Secretary general", "Tomas Wrenfield")}


def test_honorific_after_a_post_opens_the_name() -> None:
    got = _current("Executive Director Dr. Orla Brennick took office in 2021.")
    assert got == {("Executive Director", "Orla Brennick")}


# --- "<Post> <Name> took over in <date> from <Name>" -----------------------------------------


def test_titled_holder_took_over_from_a_predecessor() -> None:
    lines = ("Chief executive Davin Hollis, a harbour pilot, took over in May 2018 from Carys Penwarden.",)
    assert ("Chief executive", "Davin Hollis") in _current(*lines)
    assert ("Chief executive", "Carys Penwarden") in _past(*lines)
    assert ("Chief executive", "Carys Penwarden") not in _current(*lines)


def test_took_over_from_a_body_names_no_past_holder() -> None:
    got = _all("Chief executive Davin Hollis took over in 2018 from the Harbour Ministry.")
    assert not any("Ministry" in holder for _, holder in got)


# --- "He succeeded <Name>, <aside>, who was <post> from … to …" -------------------------------


def test_succeeded_holder_with_aside_and_finished_term() -> None:
    lines = (
        "President Orla Brennick has led the trust since 2021.",
        "She succeeded Merrin Tallack, a tidal engineer, who was president from 2012 to 2021.",
    )
    assert ("President", "Merrin Tallack") in _past(*lines) or ("president", "Merrin Tallack") in _past(*lines)


def test_succeeded_holder_with_an_open_term_is_no_past_holder() -> None:
    lines = (
        "President Orla Brennick has led the trust since 2021.",
        "She succeeded Merrin Tallack, a tidal engineer, who was president from 2012.",
    )
    assert not any(holder == "Merrin Tallack" for _, holder in _past(*lines))


# --- "…; previous <Posts> include …" -----------------------------------------------------------


def test_lowercase_previous_list_after_a_semicolon_with_an_undated_note() -> None:
    got = _past(
        "Commissioner: Kenver Rowe (since 2022); previous Commissioners include "
        "Tamsin Colenso (2015–2022) and Jory Trebilcock (in office in 2009)."
    )
    assert {("Commissioner", "Tamsin Colenso"), ("Commissioner", "Jory Trebilcock")} <= got


def test_previous_list_with_an_open_period_reads_no_past_holders() -> None:
    got = _past("previous Commissioners include Tamsin Colenso (since 2015) and Jory Trebilcock (2001–2009).")
    assert not any(holder == "Tamsin Colenso" for _, holder in got)


def test_who_clause_about_a_listed_holder_goes() -> None:
    got = _past(
        "Director: Kenver Rowe (appointed 2022); previous Directors include Tamsin Colenso (2015–2022), "
        "who later chaired Westmoor Shipping and Lantic Ropes, and Jory Trebilcock (2001–2009)."
    )
    assert {("Director", "Tamsin Colenso"), ("Director", "Jory Trebilcock")} <= got
    assert not any("Lantic" in holder or "Westmoor" in holder for _, holder in got)


def test_last_item_ranked_first_in_the_lists_post() -> None:
    got = _past(
        "previous Directors include Tamsin Colenso (2015–2022), Jory Trebilcock and "
        "Wenna Carthew, the first Director (1998–2001)."
    )
    assert ("Director", "Wenna Carthew") in got


def test_last_item_ranked_in_another_post_refuses_the_list() -> None:
    got = _past("previous Directors include Tamsin Colenso and Wenna Carthew, the first Chairman (1998–2001).")
    assert ("Director", "Wenna Carthew") not in got


# --- "<Posts>: A (until …) and B (…)" ---------------------------------------------------------


def test_plural_post_list_with_an_until_bracket() -> None:
    got = _past("Commissioners: Tamsin Colenso (until 2009) and Jory Trebilcock (2009–2016).")
    assert {("Commissioner", "Tamsin Colenso"), ("Commissioner", "Jory Trebilcock")} <= got


def test_plural_post_list_with_a_since_bracket_reads_no_run() -> None:
    got = _all("Commissioners: Tamsin Colenso (since 2009) and Jory Trebilcock (2001–2009).")
    assert ("Commissioner", "Tamsin Colenso") not in got


def test_previous_list_with_another_note_reads_no_past_holders() -> None:
    got = _past("previous Commissioners include Tamsin Colenso (her own words, 2015) and Jory Trebilcock (2001–2009).")
    assert not any(holder == "Tamsin Colenso" for _, holder in got)
