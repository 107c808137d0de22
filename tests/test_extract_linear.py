"""Extraction time grows linearly with the length of a hostile line (issue 13 item 6).

Not a micro-timing: the same profile is read at two line lengths, 8x apart, and the time
may grow by at most twice as much as the length does (a quadratic reader grows 64x; the
readers that rescanned the sentence per verb grew 23-27x, they now grow 6-12x). A floor on
the short run keeps timer noise from deciding. `benchmarks/bench_adversarial.py` reports the absolute times.
"""

from __future__ import annotations

import time

import pytest

from orgkg.extract import extract
from orgkg.model import KNOWN_FIELDS, Profile
from orgkg.parse import Limits, parse_profile

from .test_hostile import HOSTILE_LINES

SHORT, LONG = 2_500, 20_000
NOISE_FLOOR = 0.05  # seconds: a shorter run counts as this long
GROWTH_BOUND = 2 * LONG / SHORT


def _profile(shape: str, length: int) -> Profile:
    unit = HOSTILE_LINES[shape]
    line = (unit * (length // len(unit) + 1))[:length].strip()
    fields = "".join(f"{name}\n{line}\n" for name in KNOWN_FIELDS if name != "References")
    return parse_profile(f"Title X\n{line}\n{fields}", "linear.txt")


def _seconds(shape: str, length: int) -> float:
    profile = _profile(shape, length)
    started = time.perf_counter()
    extract(profile)
    return time.perf_counter() - started


@pytest.mark.parametrize(
    "shape",
    ["renamed", "merged", "founded-by", "digits-and-commas", "semicolons", "capital-and-digit", "years-and-slashes"],
)
def test_extraction_grows_linearly_with_the_line(shape: str) -> None:
    short = max(min(_seconds(shape, SHORT) for _ in range(2)), NOISE_FLOOR)
    long = min(_seconds(shape, LONG) for _ in range(2))  # the quicker of two: a pause is no growth
    assert long / short < GROWTH_BOUND, f"{shape!r}: {short:.2f}s at {SHORT} chars, {long:.2f}s at {LONG}"


@pytest.mark.parametrize(
    ("field_name", "unit"),
    [
        ("Last total enacted budget", "$1 million "),
        ("Number of employees", "$1 million "),
    ],
)
def test_money_and_count_fields_grow_linearly(field_name: str, unit: str) -> None:
    # many amounts in one field: each amount's sentence is found without rescanning the field
    def seconds(length: int) -> float:
        line = (unit * (length // len(unit) + 1))[:length].strip()
        profile = parse_profile(f"Title X\nIntro.\n{field_name}\n{line}\n", "linear.txt")
        started = time.perf_counter()
        extract(profile)
        return time.perf_counter() - started

    short = max(min(seconds(SHORT) for _ in range(2)), NOISE_FLOOR)
    long = min(seconds(LONG) for _ in range(2))  # the quicker of two: a pause is no growth
    assert long / short < GROWTH_BOUND, f"{field_name!r}: {short:.2f}s at {SHORT} chars, {long:.2f}s at {LONG}"


@pytest.mark.parametrize("field_name", ["Partners", "Divisions"])
def test_item_lists_grow_linearly(field_name: str) -> None:
    # many " / " separators: the bracket depth before each is carried forward, not recounted
    # from the start of the field (which grew 40x at 8x the length)
    def seconds(length: int) -> float:
        line = ("Acme Lab / " * (length // 11 + 1))[:length].strip()
        profile = parse_profile(
            f"Title X\nIntro.\n{field_name}\n{line}\n", "linear.txt", limits=Limits(max_line_chars=2 * LONG)
        )
        started = time.perf_counter()
        extract(profile)
        return time.perf_counter() - started

    short = max(min(seconds(2 * SHORT) for _ in range(2)), NOISE_FLOOR)
    long = seconds(2 * LONG)
    assert long / short < GROWTH_BOUND, f"{field_name!r}: {short:.2f}s at {2 * SHORT} chars, {long:.2f}s at {2 * LONG}"


def test_part_of_staff_cues_are_looked_up_not_searched_per_figure() -> None:
    # every figure of a long count field asks for its part cue ("incl.", "of which"): a search of
    # the figure's whole sentence per figure grew 60x at 8x the length
    from orgkg.extract import budget
    from orgkg.extract.numbers import amounts

    def seconds(length: int) -> float:
        text = ("2020/ " * (length // 6 + 1))[:length].strip()
        figures, ends = amounts(text, count=True), budget._clause_ends(text)
        started = time.perf_counter()
        for figure in figures:
            budget.part_of_staff(text, figure, ends)
        return time.perf_counter() - started

    short = max(min(seconds(SHORT) for _ in range(2)), NOISE_FLOOR / 10)
    long = min(seconds(LONG) for _ in range(2))  # the quicker of two: a pause is no growth
    assert long / short < GROWTH_BOUND, f"{short:.3f}s at {SHORT} chars, {long:.3f}s at {LONG}"
