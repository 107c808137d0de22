"""History: mergers told with the organization as one of several subjects or with a partner
and nothing made ("A, B and C merged, and the combined company, today D, continued …", "it
merged with B to form the company now known as D", "it merged with B, which …, and took the
name <its own>", "In 1998 it merged with B." before a later ending). Phrasings written for
these tests."""

from __future__ import annotations

from orgkg.model import DateValue, Dissolution

from .history_helpers import events_read, predecessors, successors

_NAME = "Norland Cable Company"
_INTRO = "The Norland Cable Company was a telegraph carrier."


def _read(text: str) -> list[object]:
    return events_read(text, _NAME, _INTRO)


def _ending_dates(facts: list[object]) -> set[str]:
    return {str(f.date) for f in facts if isinstance(f, Dissolution) and f.date is not None}


def test_several_subjects_merged_and_the_combined_company_named() -> None:
    text = (
        "On 3 March 1987, the Norland Cable Company, Fenwick Radio and Tarn Telephone merged, and the "
        "combined company, today Northlink Group, continued its services."
    )
    facts = _read(text)
    assert successors(facts) == {"Northlink Group"}
    assert _ending_dates(facts) == {str(DateValue(1987, 3, 3))}


def test_several_others_merged_give_no_successor() -> None:
    # near miss: the organization is none of the merged
    text = "In 1987 Fenwick Radio and Tarn Telephone merged, and the combined company, today Northlink Group, grew."
    facts = _read(text)
    assert successors(facts) == set()
    assert not any(isinstance(f, Dissolution) for f in facts)


def test_merged_with_to_form_the_company_now_known_as() -> None:
    text = "In 1987 it merged with Fenwick Radio to form the company now known as Northlink Group."
    assert successors(_read(text)) == {"Northlink Group"}


def test_combined_company_appositive_after_merged_with() -> None:
    text = "In 1987 it merged with Fenwick Radio, and the combined company, Northlink Group, kept its staff."
    assert successors(_read(text)) == {"Northlink Group"}


def test_combined_company_without_a_closing_comma_gives_nothing() -> None:
    # near miss: the name is not closed by a comma: no appositive naming the combined body
    text = "In 1987 it merged with Fenwick Radio, and the combined company, Northlink Group kept its staff."
    assert successors(_read(text)) == set()


def test_merged_with_and_took_its_own_name() -> None:
    text = "In 1990 it merged with Fenwick Radio, which it had bought in 1989, and took the name Norland Cable Company."
    assert predecessors(_read(text)) == {"Fenwick Radio"}


def test_merged_with_and_took_another_name() -> None:
    # near miss: the name taken is not its own: the partner stays unread
    text = "In 1990 it merged with Fenwick Radio, which it had bought in 1989, and took the name Fenwick Norland."
    assert predecessors(_read(text)) == set()


def test_plain_merger_before_a_later_ending() -> None:
    text = "The cable law lapsed in 1979. In the same year it merged with Fenwick Radio. In 1987 it was dissolved."
    assert predecessors(_read(text)) == {"Fenwick Radio"}


def test_plain_merger_in_the_year_it_ended() -> None:
    # near miss: the merger may have been its ending
    text = "In 1987 it merged with Fenwick Radio. In 1987 it was dissolved."
    assert predecessors(_read(text)) == set()


def test_plain_merger_with_no_ending() -> None:
    # near miss: nothing shows it went on after the merger
    text = "In 1979 it merged with Fenwick Radio."
    assert predecessors(_read(text)) == set()
