"""Round 26 review fixes in history.py: bounded look-behinds (a line of many verbs stays
linear), the name-as-subject rename as a named direction of history-verbs.csv, irregular
appositive participles in history-context.csv, founding verbs through ``lexicon.founding_verbs``."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from orgkg.extract import extract, lexicon
from orgkg.extract.founding import _Names
from orgkg.extract.history import Subject, _terse_notes, context_words, history_verbs, subject_of
from orgkg.model import ChangeEvent, Identity, OrgKind
from orgkg.parse import Limits, parse_profile

NAME = "Northern Harbour Board"
_NAMES = _Names(Identity(name=NAME, kind=OrgKind.ORGANIZATION), {}, generic_self=False, kind_nouns=frozenset())

# As tests/test_extract_linear.py: the same input at two lengths 8x apart; the time may grow
# by at most twice as much as the length (a reader that rescans the text before each verb or
# stop grows ~64x). A floor on the short run keeps timer noise from deciding.
SHORT, LONG = 5_000, 40_000
NOISE_FLOOR = 0.02
GROWTH_BOUND = 2 * LONG / SHORT


def _growth(seconds: Callable[[int], float]) -> tuple[float, float]:
    short = max(min(seconds(SHORT) for _ in range(2)), NOISE_FLOOR)
    return short, seconds(LONG)


@pytest.mark.parametrize("unit", ["Alpha, made x renamed ", "Alpha, according to x renamed "])
def test_the_subject_of_each_verb_is_found_without_rescanning_the_sentence(unit: str) -> None:
    # the participle appositive (", made by X,") and the source note (", according to X,")
    # before a verb are looked for in a bounded tail, not in all the text before it
    def seconds(length: int) -> float:
        sentence = (unit * (length // len(unit) + 1))[:length]
        verbs = [m.start() for m in re.finditer("renamed", sentence)]
        started = time.perf_counter()
        for _ in range(5):
            for at in verbs:
                subject_of(sentence, at, _NAMES)
        return time.perf_counter() - started

    short, long = _growth(seconds)
    assert long / short < GROWTH_BOUND, f"{unit!r}: {short:.3f}s at {SHORT} chars, {long:.3f}s at {LONG}"


def test_terse_notes_are_cut_without_copying_the_text_before_each_stop() -> None:
    def seconds(length: int) -> float:
        sentence = ("x. abc " * (length // 7 + 1))[:length]
        started = time.perf_counter()
        for _ in range(20):
            _terse_notes(sentence)
        return time.perf_counter() - started

    short, long = _growth(lambda n: seconds(4 * n))
    assert long / short < GROWTH_BOUND, f"{short:.3f}s at {4 * SHORT} chars, {long:.3f}s at {4 * LONG}"


def test_a_history_line_of_many_terse_stops_stays_linear() -> None:
    # through the whole extractor (a hang guard with a generous bound, not a timing)
    line = ("est. abc. renamed x. " * 2_000)[:40_000].strip()
    profile = parse_profile(f"Title X\nIntro.\nHistory\n{line}\n", "r26.txt", limits=Limits(max_line_chars=50_000))
    started = time.perf_counter()
    extract(profile)
    assert time.perf_counter() - started < 60


# The bounded tails still find what the whole text did.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Pilot Station, made by the colony for the trade, opened in 1899.", (Subject.OTHER, "Pilot Station")),
        ("The Pilot Station, set up by the colony,   opened in 1899.", (Subject.OTHER, "Pilot Station")),
        # a long clause before the appositive: the subject is still before its commas
        (
            "Between the wars trade grew "
            + "and grew " * 40
            + "while the Pilot Station, built for it, opened in 1899.",
            (Subject.OTHER, "Pilot Station"),
        ),
        (
            "The Pilot Station, according to the harbour report of that year, opened in 1899.",
            (Subject.OTHER, "Pilot Station"),
        ),
    ],
)
def test_the_phrase_before_an_appositive_or_a_note_is_the_subject(sentence: str, expected: tuple[str, str]) -> None:
    assert subject_of(sentence, sentence.index("opened"), _NAMES) == expected


def test_irregular_appositive_participles_come_from_the_lexicon() -> None:
    assert {"set up", "built", "made"} <= set(context_words("appositive-participle"))


# The name as the subject of a rename: a named direction, not the phrase's second word.


def test_the_name_as_subject_rows_have_their_own_direction() -> None:
    subject_rows = {v.phrase for v in history_verbs() if v.direction == "present-name-subject"}
    assert {"present name was adopted", "current name dates from"} <= subject_rows
    assert all(v.direction == "present-name" for v in history_verbs() if v.phrase == "took its present name")


def _previous_names(*lines: str) -> list[str]:
    history = "\n".join(lines)
    facts = extract(parse_profile(f"{NAME}\n{NAME} runs the port.\nHistory\n{history}\n", "r26.txt"))
    return sorted(
        f.previous_name for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent) and f.previous_name
    )


_EARLIER = ("The board was founded in 1901 as the Quay Dues Office.", "In 1950 it was renamed Port Dues Council.")


@pytest.mark.parametrize("adoption", ["Its present name was taken in 1975.", "Its current name was adopted in 1975."])
def test_its_own_name_as_subject_closes_the_chain_of_earlier_names(adoption: str) -> None:
    assert _previous_names(*_EARLIER, adoption) == ["Port Dues Council", "Quay Dues Office"]


@pytest.mark.parametrize(
    "adoption", ["The Dock Company's present name was taken in 1975.", "The ministry's current name dates from 1975."]
)
def test_anothers_name_as_subject_is_no_rename_of_it(adoption: str) -> None:
    assert "Port Dues Council" not in _previous_names(*_EARLIER, adoption)


# founding-verbs.csv through one checked loader


def test_founding_verbs_are_loaded_longest_first_with_their_flags() -> None:
    verbs = lexicon.founding_verbs()
    assert [len(v.phrase) for v in verbs] == sorted((len(v.phrase) for v in verbs), reverse=True)
    founded = next(v for v in verbs if v.phrase == "founded")
    assert founded.names_founder and founded.active
    assert not next(v for v in verbs if v.phrase == "established").active


def test_a_founding_verb_row_with_a_bad_flag_is_a_lexicon_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def table(name: str) -> tuple[tuple[str, ...], ...]:
        assert name == "founding-verbs"
        return (("founded", "yes", "maybe", "yes"),)

    lexicon.founding_verbs.cache_clear()
    monkeypatch.setattr(lexicon, "table", table)
    try:
        with pytest.raises(lexicon.LexiconError, match=r"founding-verbs\.csv: 'founded'"):
            lexicon.founding_verbs()
    finally:
        monkeypatch.undo()
        lexicon.founding_verbs.cache_clear()
