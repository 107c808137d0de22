"""Round 60, F2a (leaders): a second titled label for the same role word ("President" then
"President and CEO", "Artistic Director" then "Business Director", two nationals'
"Director-General") is a post of its own, with a role of its own so that the holders of one
label are never given the other's. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

FJORD = Identity("Fjordvik Marine Institute", OrgKind.ORGANIZATION)


def _labels_by_role(*lines: str) -> dict[str, set[str]]:
    """Role → the labels of its posts (one post per role in the graph)."""
    facts, _ = read_leader(field(*lines, name="Leader"), FJORD)
    found: dict[str, set[str]] = {}
    for fact in facts:
        if isinstance(fact, Post):
            found.setdefault(fact.role, set()).add(fact.label)
    return found


def _holders_by_label(*lines: str) -> dict[str, set[str]]:
    facts, _ = read_leader(field(*lines, name="Leader"), FJORD)
    found: dict[str, set[str]] = {}
    for fact in facts:
        if isinstance(fact, Post):
            found.setdefault(fact.label, set()).update(h.name for h in fact.holders)
            found[fact.label].update(h.holder.name for h in fact.holdings)
    return found


@pytest.mark.parametrize(
    ("lines", "label", "holder"),
    [
        (
            ("1950–1971 | Director: Ragna Vik", "1971–1990 | Director and CEO: Pål Aamodt"),
            "Director and CEO",
            "Pål Aamodt",
        ),
        (
            ("- Scientific Director: Lise Holm (1960–1975)", "- Administrative Director: Arne Berg (1960–1968)"),
            "Administrative Director",
            "Arne Berg",
        ),
        (
            ("- Norwegian Co-Chair: Eirik Lund", "- Icelandic Co-Chair: Sigrún Jónsdóttir"),
            "Icelandic Co-Chair",
            "Sigrún Jónsdóttir",
        ),
        (
            ("President & CEO: Maren Tveit (since 2021)", "President: Odd Rønning (1994–2009)"),
            "President",
            "Odd Rønning",
        ),
    ],
)
def test_second_titled_label_is_its_own_post(lines: tuple[str, ...], label: str, holder: str) -> None:
    assert holder in _holders_by_label(*lines)[label]
    # one label per role: no holder of one label is given the other's in the graph
    assert all(len(labels) == 1 for labels in _labels_by_role(*lines).values())


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        # the first of a nationality after the plain post: the same post, not a post of its own
        (
            ("Director: Ragna Vik (1950–1971)", "Pål Aamodt became the first Danish Director in 1971."),
            "Danish Director",
        ),
        # a described post, not a title
        (
            ("Director: Ragna Vik (1950–1971)", "Pål Aamodt, director of the older station, from 1930 to 1950."),
            "director of the older station",
        ),
    ],
)
def test_described_second_label_is_no_post(lines: tuple[str, ...], dropped: str) -> None:
    found = _labels_by_role(*lines)
    assert all(dropped not in labels for labels in found.values())
    assert all(len(labels) == 1 for labels in found.values())


def test_second_label_without_holder_goes() -> None:
    found = _labels_by_role("Director: Ragna Vik", "The Director and CEO is appointed by the Board.")
    assert all(len(labels) == 1 for labels in found.values())
