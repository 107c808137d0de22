"""Round 27 (F3b, history): an ending the same sentence calls temporary (closed for works,
reopened later, "temporarily") is no dissolution; a real closure still is."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import _Names
from orgkg.extract.history import _CLAUSE_START, _clause_start_in_edited, subject_of
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind
from orgkg.parse import parse_profile

NAME = "Harrow Valley Gallery"


def _endings(history: str, intro: str = f"The {NAME} is an art gallery in Harrow.") -> list[Dissolution]:
    text = f"{NAME}\n{intro}\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "harrow.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    "history",
    [
        "The gallery opened in 1921. It closed its doors on 3 March 2009 for a full refurbishment.",
        "The gallery opened in 1921. It closed in 2009 during major building works and reopened in 2012.",
        "The gallery opened in 1921. The gallery was temporarily closed in 2009 after a flood.",
        "The gallery opened in 1921. It closed in 2009, re-opening on 1 May 2011 with a new wing.",
        "The gallery opened in 1921. It closed down in 1940 and was reopened in 1946.",
        "The gallery opened in 1921. It closed in 2009 pending the restoration of its roof.",
    ],
)
def test_an_ending_the_sentence_calls_temporary_is_no_dissolution(history: str) -> None:
    assert _endings(history) == []


@pytest.mark.parametrize(
    "history",
    [
        "The gallery opened in 1921. It closed in 1999 and its collections were moved to the Tarn Museum.",
        "The gallery opened in 1921. It closed permanently in 2004 for lack of funds.",
        "The gallery opened in 1921. It closed its doors in 2004; the building re-opened as a hotel in 2008.",
        "The gallery opened in 1921. It closed in 2004 and the premises were later reopened as offices.",
    ],
)
def test_a_real_closure_is_still_a_dissolution(history: str) -> None:
    intro = f"The {NAME} was an art gallery in Harrow."
    endings = _endings(history, intro)
    assert len(endings) == 1
    assert endings[0].date is not None and endings[0].date.year in (1999, 2004)


# --- "X renamed itself Y": X, the subject, is an earlier name -----------------------------

GUILD = "Tarn Rural Guild"


def _previous_names(history: str) -> list[str]:
    text = f"{GUILD}\nThe {GUILD} is a women's organisation.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "guild.txt"))
    return [f.previous_name for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    "history",
    [
        "In 1936 the Tarn Homemakers Society renamed itself the Tarn Rural Guild.",
        "In 1936 the Tarn Homemakers Society rebranded itself as the Tarn Rural Guild, to avoid confusion.",
        "The Tarn Homemakers Society restyled itself the Tarn Rural Guild in 1936.",
    ],
)
def test_a_subject_that_renamed_itself_to_the_present_name_is_an_earlier_name(history: str) -> None:
    assert _previous_names(history) == ["Tarn Homemakers Society"]


@pytest.mark.parametrize(
    "history",
    [
        "In 1936 the Tarn Cycling Club renamed itself the Tarn Wheelers.",
        "The guild was set up in 1911. In 1950 the Tarn Cycling Club rebranded itself as Tarn Wheelers.",
    ],
)
def test_another_body_that_renamed_itself_gives_no_earlier_name(history: str) -> None:
    assert _previous_names(history) == []


# --- the clause start of a verb after a cut-out appositive ------------------------------


def _brute_clause_start(edited: str, at: int) -> int:
    return max((m.end() for m in _CLAUSE_START.finditer(edited[:at])), default=0)


@pytest.mark.parametrize(
    ("original", "cut"),
    [
        ("\nafter, and,", 11),  # ", and" matched longer once the comma after it is cut
        ("and,afterA,   and;:;", 17),
        ("The Board, set up in 1990, renamed X", 9),
        ("A was formed; later, when B, made in 1990, renamed C", 29),
        ("x, made in 1990, renamed Alpha " * 3 + "x, made in 1990, renamed", 64),
    ],
)
def test_the_clause_start_after_a_cut_is_that_of_the_edited_sentence(original: str, cut: int) -> None:
    for rest in range(cut, len(original) + 1):
        edited = f"{original[:cut]} {original[rest:]}"
        assert _clause_start_in_edited(original, cut, edited, cut + 1) == _brute_clause_start(edited, cut + 1)


_NAMES = _Names(
    Identity(name="Northern Harbour Board", kind=OrgKind.ORGANIZATION), {}, generic_self=False, kind_nouns=frozenset()
)
# As tests/test_extract_linear.py: the same input at two lengths 16x apart; the time may grow
# by at most twice as much as the length. A floor on the short run keeps timer noise out.
SHORT, LONG = 2_500, 40_000
NOISE_FLOOR = 0.02
GROWTH_BOUND = 2 * LONG / SHORT


def _growth(seconds: Callable[[int], float]) -> tuple[float, float]:
    short = max(min(seconds(SHORT) for _ in range(2)), NOISE_FLOOR)
    return short, seconds(LONG)


@pytest.mark.parametrize("unit", ["x, made in 1990, renamed Alpha ", "x, according to its report, renamed Alpha "])
def test_a_line_of_verbs_after_appositives_stays_linear(unit: str) -> None:
    # each verb's subject is read after its appositive is cut out: the clause starts of the
    # text before it come from the line's cached chain, not from a scan of a new string
    def seconds(length: int) -> float:
        sentence = (unit * (length // len(unit) + 1))[:length]
        verbs = [m.start() for m in re.finditer("renamed", sentence)]
        started = time.perf_counter()
        for at in verbs:
            subject_of(sentence, at, _NAMES)
        return time.perf_counter() - started

    short, long = _growth(seconds)
    assert long / short < GROWTH_BOUND, f"{unit!r}: {short:.3f}s at {SHORT} chars, {long:.3f}s at {LONG}"
