"""Round 26, founding family (F3a): review fixes. A line of many brackets is read in linear
time; an approximate founding date is noted only where the organization's own founding
reading refused it; signers follow their act."""

from __future__ import annotations

import time

import pytest

from orgkg.extract import extract
from orgkg.model import Founding
from orgkg.parse import Limits, parse_profile

from .founding_helpers import NAME

INTRO = f"The {NAME} is a research body in Ely."

SHORT, LONG = 1_000, 5_000
NOISE_FLOOR = 0.05  # seconds: a shorter run counts as this long
GROWTH_BOUND = 2 * LONG / SHORT


def _bracket_line_seconds(length: int) -> float:
    line = ("(a) (est. 1900) " * (length // 16 + 1))[:length].strip()
    text = f"{NAME}\n{INTRO}\nHistory\n{line}\n"
    profile = parse_profile(text, "frb.txt", limits=Limits(max_line_chars=4 * LONG))
    started = time.perf_counter()
    extract(profile)
    return time.perf_counter() - started


def test_a_line_of_stacked_brackets_after_founding_verbs_grows_linearly() -> None:
    # each founding verb in a bracket skipped every bracket before it, searching the whole
    # text before the verb again for each one: 5x the line took 125x the time
    short = max(min(_bracket_line_seconds(SHORT) for _ in range(2)), NOISE_FLOOR)
    long = _bracket_line_seconds(LONG)
    assert long / short < GROWTH_BOUND, f"{short:.2f}s at {SHORT} chars, {long:.2f}s at {LONG}"


def _uncertain_notes(fields: str) -> list[tuple[str, int]]:
    facts = extract(parse_profile(f"{NAME}\n{INTRO}\n{fields}", "frb.txt"))
    return [(d.field, d.line) for d in facts.diagnostics if d.code == "extract.uncertain-date"]


@pytest.mark.parametrize(
    "fields",
    [
        "Partners\n- Ely Drainage Society (founded c. 1850)\n",
        "Leader\nChair: Ann Lee, who founded the Ely Trust around 1990\n",
        "History\nThe Board was founded in 1890. The Ely Trust, its partner, was set up c. 1920.\n",
        "History\nIt was founded in 1890 beside the Fen Society (founded circa 1850).\n",
    ],
)
def test_another_bodys_approximate_founding_year_gets_no_uncertain_date_note(fields: str) -> None:
    assert _uncertain_notes(fields) == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("History\nThe Board has a long past.\nIt was founded c. 1890 at Ely.\n", [("History", 5)]),
        ("Legislation\nIt was established circa 1902 by the county council.\n", [("Legislation", 4)]),
    ],
)
def test_the_organizations_own_approximate_founding_year_is_noted_once(
    fields: str, expected: list[tuple[str, int]]
) -> None:
    assert _uncertain_notes(fields) == expected


@pytest.mark.parametrize(
    ("signed", "first", "further"),
    [
        ("signed by Rear Adm and John Smith", "John Smith", []),
        ("signed by Rear Adm, John Smith and Mary Jones", "John Smith", ["Mary Jones"]),
    ],
)
def test_a_title_alone_dropped_from_the_signers_leaves_the_next_signer_first(
    signed: str, first: str, further: list[str]
) -> None:
    # the signers are merged and split again like the founders: no "further signers" after nobody
    legislation = f"Established by the Fenland Research Act 1990, {signed}."
    facts = extract(parse_profile(f"{NAME}\n{INTRO}\nLegislation\n{legislation}\n", "frb.txt"))
    acts = [
        f for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and (f.act_passed_by or f.act_signers)
    ]
    assert [(f.act_passed_by and f.act_passed_by.name, [m.name for m in f.act_signers]) for f in acts] == [
        (first, further)
    ]
