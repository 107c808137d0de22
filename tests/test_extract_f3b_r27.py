"""Round 27 (F3b, history): an ending the same sentence calls temporary (closed for works,
reopened later, "temporarily") is no dissolution; a real closure still is."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, Dissolution
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
