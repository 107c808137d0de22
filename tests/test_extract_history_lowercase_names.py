"""History: another body's name in a language that capitalises only its first word ("Office
national des eaux et forêts"), read whole up to a comma or stop; English sentence matter in
the run refuses it. Phrasings written for these tests."""

from __future__ import annotations

from orgkg.extract.history import name_at

from .history_helpers import events_read, predecessors


def test_predecessors_named_in_the_lowercase_style() -> None:
    text = (
        "Its predecessors were the Office national des eaux et forêts, set up in 1921, and the Bureau "
        "central de la pêche maritime, set up in 1924."
    )
    facts = events_read(text, "Agence des rivières de France")
    assert predecessors(facts) == {"Office national des eaux et forêts", "Bureau central de la pêche maritime"}


def test_a_run_reaching_a_stop_is_one_name() -> None:
    span = name_at("Bureau central de la pêche maritime, set up in 1924.")
    assert span is not None and span.name == "Bureau central de la pêche maritime"


def test_a_run_with_an_english_verb_is_no_name() -> None:
    # near miss: "absorbed" is the sentence's verb, not a word of the name
    assert name_at("Bureau central de la pêche maritime absorbed the office.") is None


def test_a_run_with_an_english_function_word_is_no_name() -> None:
    # near miss: "with" goes on with the sentence; the run does not end at a stop
    assert name_at("Bureau central de la pêche maritime with the office.") is None


def test_an_english_common_phrase_is_no_name() -> None:
    # near miss: no head noun and joining word of another language
    assert name_at("Fisheries research work, set up in 1924.") is None


def test_a_comma_before_a_capital_may_go_on_inside_the_name() -> None:
    # near miss: "Ministerio de Pesca, Agricultura y Montes" may be one name with a list in it
    assert name_at("Ministerio de Pesca, Agricultura y Montes, a ministry.") is None
