"""Round 63 (F2b founding): a "Founding act:" label's date is its own sentence's only; a legal-form
event ("set up as a private company in 1901", "incorporated") yields to an earlier founding date
elsewhere; a job noun before a founder's name ("Engineer A B") is no part of it, and "A and
physicist B" names two founders; "King Olaf II founded it" names Olaf II; "It is …" keeps the
organization the next sentence's "it"; "President A B signed the act" names the act's signer."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

READERS = FoundingReaders("Tarn Valley Water Board", "The Tarn Valley Water Board manages reservoirs.", "tvwb.txt")
HISTORY_1897 = "History\nThe Tarn Valley Water Board was founded in 1897 by local mill owners."
ACT = "Legislation\nThe Tarn Valley Water Act of 2 May 1931 created the board."


# --- class 1: a labelled founding act's line ends with its own sentence ---------------------------


def test_a_later_governing_act_after_a_founding_act_label_dates_nothing() -> None:
    legislation = "Legislation\nFounding act: Tarn Valley Water Act, 1931. Current governing act: Water Act (1994)."
    assert READERS.dates(legislation) == set()


def test_a_founding_label_with_its_own_date_still_dates_the_founding() -> None:
    legislation = "Legislation\nFounded: 12 March 1931 by the county council. Current governing act: Water Act (1994)."
    assert READERS.dates(legislation) == {DateValue(1931, 3, 12)}


# --- class 2: a legal-form event yields to an earlier founding verb's date -------------------------


@pytest.mark.parametrize(
    "legislation",
    [
        "Not applicable; it was set up as a private company in 1904 and is governed by its articles.",
        "None; it was incorporated in 1904 under the companies law.",
        "No act; the board was established in 1904 as a company limited by guarantee.",
    ],
)
def test_a_legal_form_date_yields_to_an_earlier_founding_in_history(legislation: str) -> None:
    fields = f"Legislation\n{legislation}\n{HISTORY_1897}"
    assert READERS.dates(fields) == {DateValue(1897)}


def test_a_founding_verb_without_a_legal_form_keeps_its_date() -> None:
    # near miss: "set up by the county in 1904" tells of no legal form, so History's year does not outrank it
    legislation = "Not applicable; it was set up by the county in 1904 and is governed by its articles."
    fields = f"Legislation\n{legislation}\n{HISTORY_1897}"
    assert READERS.dates(fields) == {DateValue(1904)}


def test_a_later_founding_date_does_not_replace_a_legal_form_date() -> None:
    legislation = "Not applicable; it was set up as a private company in 1904."
    fields = f"Legislation\n{legislation}\n{HISTORY_1897.replace('1897', '1910')}"
    assert READERS.dates(fields) == {DateValue(1904)}


def test_a_legal_form_date_alone_is_still_the_founding_date() -> None:
    assert READERS.dates("Legislation\nNot applicable; it was set up as a private company in 1904.") == {
        DateValue(1904)
    }


# --- class 3: a job noun before a founder's full name ----------------------------------------------


def test_a_capitalised_job_noun_opening_the_sentence_is_no_part_of_the_founder() -> None:
    history = "History\nBanker Olav Trenholm and chemist Ingrid Sæter founded the board on 3 May 1911 in Kendal."
    assert READERS.founders(history) == {"Olav Trenholm", "Ingrid Sæter"}


def test_a_given_name_opening_the_sentence_stays_part_of_the_founder() -> None:
    # near miss: "Mary" is no job noun, so "Mary Ann Hollis" keeps all three words
    history = "History\nMary Ann Hollis founded the board on 3 May 1911 in Kendal."
    assert READERS.founders(history) == {"Mary Ann Hollis"}


def test_a_job_noun_before_a_single_word_is_kept() -> None:
    # near miss: without a full name after it the noun is not taken off
    history = "History\nEngineer Trenholm founded the board on 3 May 1911 in Kendal."
    assert "Trenholm" not in READERS.founders(history)


def test_a_regnal_founder_is_named_without_the_title() -> None:
    history = "History\nKing Olaf II founded the board on 3 May 1911."
    assert READERS.founders(history) == {"Olaf II"}


# --- recall: "It is …" keeps the organization the topic; an active signer ---------------------------


def test_it_after_a_sentence_describing_it_is_the_organization() -> None:
    readers = FoundingReaders(
        "Tarn Valley Water Board",
        "The Tarn Valley Water Board manages reservoirs. It is the largest water board by volume held. "
        "Olav Trenholm founded it on 4 June 1911.",
        "tvwb.txt",
    )
    assert readers.dates("") == {DateValue(1911, 6, 4)}
    assert readers.founders("") == {"Olav Trenholm"}


def test_it_after_a_sentence_about_something_else_is_not_the_organization() -> None:
    # near miss: the sentence before names a collection, so "it" may be the collection
    readers = FoundingReaders(
        "Tarn Valley Water Board",
        "The Tarn Valley Water Board manages reservoirs. Its archive holds the Hollis Collection. "
        "Olav Trenholm founded it on 4 June 1911.",
        "tvwb.txt",
    )
    assert readers.dates("") == set()


def test_a_person_who_signed_the_act_named_before_is_its_signer() -> None:
    legislation = f"{ACT} Governor Ingrid Sæter signed the act."
    signers = {f.act_passed_by.name for f in READERS.foundings(legislation) if f.act_passed_by}
    assert signers == {"Ingrid Sæter"}


def test_an_organization_that_signed_the_act_is_no_signer() -> None:
    legislation = f"{ACT} The County Council signed the act."
    assert {f.act_passed_by for f in READERS.foundings(legislation)} == {None}
