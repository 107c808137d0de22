"""History: a firm's name that opens with an abbreviated word ("Gebr. Olsen GmbH"): the stop
is the name's while capitalised words reach a one-word legal form; a one-word name a stop
cut before such words is no previous name. Phrasings written for these tests."""

from __future__ import annotations

from orgkg.extract.history import name_at

from .history_helpers import events_read, previous_names


def test_abbreviated_word_before_a_legal_form_stays_in_the_name() -> None:
    span = name_at("Gebr. Olsen Werft GmbH, owned by the family.")
    assert span is not None and span.name == "Gebr. Olsen Werft GmbH"


def test_a_stop_with_no_legal_form_after_ends_the_name() -> None:
    # near miss: no legal form follows: the stop ends the name
    span = name_at("Olsen. Bergen Works went on.")
    assert span is not None and span.name == "Olsen"


def test_chain_of_names_with_abbreviated_words() -> None:
    text = (
        "In 1921 the company became Gebr. Olsen GmbH, owned by the brothers. In 1960 it took the name "
        "Olsen Shipyards Group."
    )
    assert previous_names(events_read(text, "Olsen Shipyards Group")) == {"Gebr. Olsen GmbH"}


def test_a_cut_one_word_name_is_no_previous_name() -> None:
    # "Nord" is also written without its stop, so the stop after it ends a sentence: the one
    # word before it is no name of the company, as a legal form closes the words after it
    text = (
        "The Nord yard opened in 1900. In 1921 the company became Nord. Olsen GmbH, owned by the brothers, "
        "grew. In 1960 it took the name Olsen Shipyards Group."
    )
    assert "Nord" not in previous_names(events_read(text, "Olsen Shipyards Group"))


def test_a_one_word_name_before_another_sentence_stays() -> None:
    # near miss: no legal form closes the words after the stop: the name is whole
    text = (
        "In 1921 the company became Nordwerk. Olsen Brothers owned it. In 1960 it took the name Olsen Shipyards Group."
    )
    assert "Nordwerk" in previous_names(events_read(text, "Olsen Shipyards Group"))
