"""Round 61, F2a (leaders): a forum commenter's answer — sentences started in lower case,
"EDIT:" corrections, a time phrase between the post and its verb ("the CEO since 2023 is
A"), "before that B" / "before him it was B", and a comment on the tenure after the holder
("has been for ages"). Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract.people import _lowercase_sentences, read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

FJORD = Identity("Fjordvik Marine Institute", OrgKind.ORGANIZATION)


def _holders(text: str) -> dict[str, set[str]]:
    """Label → every holder named (current and past)."""
    facts, _ = read_leader(field(text, name="Leader"), FJORD)
    found: dict[str, set[str]] = {}
    for fact in facts:
        if isinstance(fact, Post):
            found.setdefault(fact.label, set()).update(h.name for h in fact.holders)
            found[fact.label].update(h.holder.name for h in fact.holdings)
    return found


def _names(text: str) -> set[str]:
    return {name for names in _holders(text).values() for name in names}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chair is Ida Berg. before her Tomas Lund (2001–2010).", {"Ida Berg", "Tomas Lund"}),
        ("Director is Kari Holm, since 2019. before him Ole Dahl (2008–2019).", {"Kari Holm", "Ole Dahl"}),
        ("the Rector is Eva Strand. before her Arne Vik, who retired.", {"Eva Strand", "Arne Vik"}),
    ],
)
def test_lowercase_sentence_starts(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_lowercase_start_after_abbreviation_or_initial_stays_one_sentence() -> None:
    assert len(_lowercase_sentences("Director is Dr. med. Ola Nyland")) == 1
    assert len(_lowercase_sentences("Chair is Ida Berg, e.g. the one on the website")) == 1
    assert len(_lowercase_sentences("Chair is Ida Berg. see the website")) == 2


def test_lowercase_chatter_names_no_holder() -> None:
    assert _names("Chair is the Minister. see their website for the rest.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Director is Bo Ek. EDIT: my bad — the Director is Kari Holm.", {"Bo Ek", "Kari Holm"}),
        ("Chair is Bo Ek. Update: sorry, the Chair since 2022 is Lena Ek.", {"Bo Ek", "Lena Ek"}),
        ("edit: scratch that — Arne Vik was appointed Director in 2021.", {"Arne Vik"}),
    ],
)
def test_correction_marker(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Director is Bo Ek. EDIT: typo fixed.", "Director is Bo Ek. EDIT: sorry, Ann Lund left, Olof Berg told me."],
)
def test_correction_without_post_names_nothing_new(text: str) -> None:
    assert _names(text) == {"Bo Ek"}


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("The Director since 2019 is Kari Holm.", "Director", "Kari Holm"),
        ("the first Rector back in 1911 was Ole Dahl.", "Rector", "Ole Dahl"),
        ("the CEO since March 2020 is Lena Ek (ex-Statoil, of all places).", "CEO", "Lena Ek"),
    ],
)
def test_time_between_post_and_verb(text: str, label: str, holder: str) -> None:
    assert holder in _holders(text).get(label, set())


@pytest.mark.parametrize(
    "text",
    [
        "The Director since 2019 is the Minister.",
        "The Museum since 1990 is Free Entry.",
        "the first Rector back in 1911 was a bishop.",
    ],
)
def test_time_between_post_and_verb_negatives(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chair is Ida Berg. before her it was Tomas Lund (2001–2010).", {"Ida Berg", "Tomas Lund"}),
        (
            "Director is Kari Holm. before him Ole Dahl (2008–2019), and before that Eva Strand (1999–2008).",
            {"Kari Holm", "Ole Dahl", "Eva Strand"},
        ),
        ("President is Arne Vik; before that Bo Ek.", {"Arne Vik", "Bo Ek"}),
    ],
)
def test_before_that(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text", ["Chair is Ida Berg. before that the Museum was closed.", "before that it was a ministry department."]
)
def test_before_that_without_person(text: str) -> None:
    assert _names(text) <= {"Ida Berg"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Director is Kari Holm, has been for ages.", "Kari Holm"),
        ("Chair is Lena Ek, has been since forever (2004 IIRC).", "Lena Ek"),
        ("Rector is Ole Dahl, and has been for a decade now.", "Ole Dahl"),
    ],
)
def test_tenure_comment_after_holder(text: str, holder: str) -> None:
    assert _names(text) == {holder}


def test_tenure_comment_without_holder() -> None:
    assert _names("Chair is vacant, has been for a year.") == set()
