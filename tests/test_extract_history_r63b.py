"""Round 63b (history recall): a comma inside a name whose last words share its start is no
list or clause break; a memo's founding line without "was" ("X Company est.") names the
organization before its first rename; a body ended right before hands on its staff, assets or
pending cases to this organization (a predecessor); "ceases as independent" ends it, also
under a name it took by an earlier rename."""

from __future__ import annotations

from .history_helpers import ended, events_read, predecessors, previous_names, successors

# --- a comma inside one name ("X für A, B und C") ------------------------------------------------


def test_the_words_after_a_comma_inside_a_shared_name_are_no_predecessor() -> None:
    text = "1994: parts of the Landesamt für Wasser, Boden und Luftreinhaltung integrated into the Umweltamt Velden."
    assert "Boden und Luftreinhaltung" not in predecessors(events_read(text, "Umweltamt Velden"))


def test_a_shared_name_in_a_merger_is_no_list_of_two() -> None:
    text = "In 1990 the Amt für Wasser, Boden und Luftreinhaltung was merged into the Umweltamt Velden."
    assert not {"Amt für Wasser", "Boden und Luftreinhaltung"} & predecessors(events_read(text, "Umweltamt Velden"))


def test_a_list_of_names_after_a_comma_is_still_read() -> None:
    text = (
        "In 1990 the Velden Water Board, the Orrin Dock Trust and the Tarn Canal Company merged to form "
        "the Umweltamt Velden."
    )
    assert predecessors(events_read(text, "Umweltamt Velden")) == {
        "Velden Water Board",
        "Orrin Dock Trust",
        "Tarn Canal Company",
    }


# --- a memo's founding line without "was" -----------------------------------------------------------


def test_a_memo_founding_line_is_the_name_before_its_first_rename() -> None:
    text = (
        "1902: Harwick Dry Goods Company est. (J. Harwick).\n"
        "1910: renamed Harwick Company; 1925: renamed Harwick Holdings Ltd."
    )
    assert previous_names(events_read(text, "Harwick Holdings Ltd")) == {"Harwick Dry Goods Company", "Harwick Company"}


def test_two_memo_foundings_before_a_rename_give_no_previous_name() -> None:
    text = (
        "1890: Orrin Oil Company founded (Velden).\n1897: Tarn Trading Company founded.\n"
        "1925: renamed Harwick Holdings Ltd."
    )
    assert not previous_names(events_read(text, "Harwick Holdings Ltd"))


def test_a_memo_founding_with_an_object_is_no_founding_of_that_name() -> None:
    text = "1902: Harwick Dry Goods Company founded the Harwick Bank.\n1925: renamed Harwick Holdings Ltd."
    assert not previous_names(events_read(text, "Harwick Holdings Ltd"))


def test_a_memo_founding_with_no_rename_after_it_gives_no_previous_name() -> None:
    text = "1902: Harwick Dry Goods Company est. (J. Harwick).\n1925: Harwick Holdings Ltd listed in Velden."
    assert not previous_names(events_read(text, "Harwick Holdings Ltd"))


def test_a_founding_with_was_is_no_memo_line() -> None:
    text = (
        "The Institute was founded in 1963 as the Orrin Research Corporation. "
        "It was renamed the Orrin Institute in 1979."
    )
    assert "Institute was" not in previous_names(events_read(text, "Orrin Institute"))


# --- what a body ended right before hands on ---------------------------------------------------------

_WOUND_UP = "The Morrow Shipping Company Ltd was formed in 1901. The company was wound up in 1930. "


def test_taking_over_the_staff_of_a_body_just_wound_up_makes_it_a_predecessor() -> None:
    text = _WOUND_UP + "The board took over its staff and assets in 1931."
    assert predecessors(events_read(text, "Morrow Shipping Board")) == {"Morrow Shipping Company Ltd"}


def test_taking_over_staff_with_no_body_ended_before_gives_no_predecessor() -> None:
    text = "The Morrow Shipping Company Ltd was formed in 1901. The board took over its staff and assets in 1931."
    assert not predecessors(events_read(text, "Morrow Shipping Board"))


def test_a_body_ended_two_sentences_before_hands_on_nothing() -> None:
    text = _WOUND_UP + "Trade grew after the war. The board took over its staff and assets in 1931."
    assert not predecessors(events_read(text, "Morrow Shipping Board"))


def test_pending_cases_transferred_to_it_after_a_body_dissolved() -> None:
    text = (
        "2005: Velden Trade Practices Tribunal (VTPT) est.\n"
        "2012: VTPT dissolved; pending cases transferred to the Velden Fair Trading Commission."
    )
    assert predecessors(events_read(text, "Velden Fair Trading Commission")) == {"Velden Trade Practices Tribunal"}


def test_pending_cases_transferred_to_another_body_give_no_predecessor() -> None:
    text = (
        "2005: Velden Trade Practices Tribunal (VTPT) est.\n"
        "2012: VTPT dissolved; pending cases transferred to the High Court of Velden."
    )
    assert not predecessors(events_read(text, "Velden Fair Trading Commission"))


# --- "ceases as independent", under a name it took ---------------------------------------------------

_RENAMED = "1980: founded in Orrin.\n1990: renamed Tarrow Global.\n"


def test_its_later_name_ceasing_as_independent_ends_it_and_names_the_buyer() -> None:
    facts = events_read(
        _RENAMED + "2001: acquired by Kessel Systems; Tarrow Global ceases as independent co.",
        "Tarrow Data Corporation",
    )
    assert ended(facts)
    assert successors(facts) == {"Kessel Systems"}


def test_an_acquisition_alone_neither_ends_it_nor_names_a_successor() -> None:
    facts = events_read(_RENAMED + "2001: acquired by Kessel Systems.", "Tarrow Data Corporation")
    assert not ended(facts)
    assert not successors(facts)


def test_a_later_name_abolished_with_its_present_name_set_up_in_its_place_is_no_ending() -> None:
    text = (
        "It was founded in 1950. In 1990 it was renamed Tarrow College. In 2001 Tarrow College was "
        "abolished and Tarrow University was established in its place."
    )
    assert not ended(events_read(text, "Tarrow University"))


def test_another_body_ceasing_as_independent_does_not_end_it() -> None:
    facts = events_read(_RENAMED + "2001: Kessel Systems ceases as independent co.", "Tarrow Data Corporation")
    assert not ended(facts)
