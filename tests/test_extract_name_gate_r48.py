"""Round 48 (G): the name check's gates against what new hands' first looks gave as names
(docs/extraction.md, "The name gate"). Own strings: each gate rejects its class and lets the
near misses that are names pass."""

from __future__ import annotations

import pytest

from orgkg.extract import names
from orgkg.extract.names import NameKind, name_problem


def _gate_problems(text: str, kind: NameKind) -> list[str]:
    """What each round-48 gate alone says (an older check may speak first in name_problem)."""
    words = tuple(text.split())
    span = names._Span(text, kind, words, tuple(w.lower().strip(".,;:") for w in words))
    return [p for gate in names._FIRST_CONTACT_GATES if (p := gate(span)) is not None]


@pytest.mark.parametrize(
    ("text", "kind", "problem"),
    [
        # a numbered point of a form
        ("Item 12", NameKind.ORGANIZATION, "a numbered point of a form, not a name"),
        ("Question No. 3", NameKind.ORGANIZATION, "a numbered point of a form, not a name"),
        ("Para 7", NameKind.UNIT, "a numbered point of a form, not a name"),
        # a spoken opener, alone or before an article
        ("Well", NameKind.UNIT, "a spoken opener, not a name"),
        ("Okay", NameKind.ORGANIZATION, "a spoken opener, not a name"),
        ("Then the Audit Board", NameKind.UNIT, "a spoken opener, not a name"),
        ("plus the Marine Survey Office", NameKind.UNIT, "a spoken opener, not a name"),
        ("Also the Harbour Trust", NameKind.ORGANIZATION, "a spoken opener, not a name"),
        # an interviewer's question, an exclamation before a name
        ("Subsidiaries?", NameKind.UNIT, "a question or an exclamation, not a name"),
        ("Who funds it?", NameKind.PROGRAM, "a question or an exclamation, not a name"),
        ("Hello! Lakeside Rowing Club", NameKind.ORGANIZATION, "a question or an exclamation, not a name"),
        ("Evening! Tarn Valley Trust", NameKind.ORGANIZATION, "a question or an exclamation, not a name"),
        # a contraction before a lowercase word, a lowercase negation
        ("Won't list them here", NameKind.PROGRAM, "a clause (a contraction), not a name"),
        ("That's the Finance Committee", NameKind.UNIT, "a clause (a contraction), not a name"),
        ("We're part of a network", NameKind.PROGRAM, "a clause (a contraction), not a name"),
        ("Is not applicable", NameKind.PROGRAM, "a clause (a negation), not a name"),
        ("Was never published", NameKind.PROGRAM, "a clause (a negation), not a name"),
        # a preposition and a year end a clause
        ("Coastal Research Hub since 2011", NameKind.ORGANIZATION, "a clause with a date, not a name"),
        ("Northern Seed Bank in 1998", NameKind.ORGANIZATION, "a clause with a date, not a name"),
        ("Danube Data Centre until 2020", NameKind.UNIT, "a clause with a date, not a name"),
        # a described name
        ("Swiss-born Anna Keller", NameKind.ORGANIZATION, "a description before a name, not a name"),
        ("Lagos-based Okoro Holdings", NameKind.ORGANIZATION, "a description before a name, not a name"),
        ("State-owned Baltic Ferries", NameKind.ORGANIZATION, "a description before a name, not a name"),
        # a class and its examples
        ("Regional councils incl. Otago Council", NameKind.PROGRAM, "a class and its examples, not a name"),
        ("Universities including Tartu", NameKind.PROGRAM, "a class and its examples, not a name"),
        ("Funders e.g. Wellcome", NameKind.PROGRAM, "a class and its examples, not a name"),
        # names joined by an arrow
        ("Port Board → Harbour Authority", NameKind.ORGANIZATION, "names joined by an arrow, not a name"),
        ("Rail Office -> Transit Agency", NameKind.ORGANIZATION, "names joined by an arrow, not a name"),
        ("Seed Fund (SF) ⇒ Growth Fund", NameKind.ORGANIZATION, "names joined by an arrow, not a name"),
        # a country and a dash before a name (a dateline, a heading)
        ("Norway — Polar Survey Institute", NameKind.ORGANIZATION, "a country and a dash before a name, not a name"),
        ("Kenya – Lake Basin Authority", NameKind.ORGANIZATION, "a country and a dash before a name, not a name"),
        ("Chile - Andean Water Board", NameKind.ORGANIZATION, "a country and a dash before a name, not a name"),
    ],
)
def test_gate_rejects(text: str, kind: NameKind, problem: str) -> None:
    assert problem in _gate_problems(text, kind)
    assert name_problem(text, kind) is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # near misses that are names
        ("Point Four Program", NameKind.PROGRAM),  # no number after the point word
        ("Item 12 Studio Collective", NameKind.ORGANIZATION),  # more words after the number
        ("Question Bridge Institute", NameKind.ORGANIZATION),
        ("So Fresh Dairies", NameKind.ORGANIZATION),  # "So" before a capital
        ("Next Wave Fund", NameKind.ORGANIZATION),
        ("Plus Ultra Foundation", NameKind.ORGANIZATION),
        ("OK", NameKind.ORGANIZATION),  # capitals: an abbreviation (a US state)
        ("Yahoo!", NameKind.ORGANIZATION),  # the mark ends the name
        ("REACH! Youth Alliance", NameKind.ORGANIZATION),  # a name in capitals with its mark
        ("Don't Walk Alone Society", NameKind.ORGANIZATION),  # capitalised on: a name
        ("Lloyd's Register", NameKind.ORGANIZATION),  # a possessive, no contraction
        ("Marine Pollution Act of 1974", NameKind.ORGANIZATION),  # "of" keeps its year
        ("Class in Focus", NameKind.UNIT),  # "in" without a year
        ("Hewlett-Packard Labs", NameKind.ORGANIZATION),  # a hyphen inside a name
        ("home-based carers", NameKind.PROGRAM),  # a class, lowercase
        ("Never Alone Trust", NameKind.ORGANIZATION),  # the negation capitalised
        ("Mila – Quebec AI Institute", NameKind.ORGANIZATION),  # no country before the dash
        ("Anna Keller", NameKind.ORGANIZATION),
    ],
)
def test_gate_keeps_names(text: str, kind: NameKind) -> None:
    assert _gate_problems(text, kind) == []


@pytest.mark.parametrize(
    "text", ["So Fresh Dairies", "Yahoo!", "Don't Walk Alone Society", "Mila – Quebec AI Institute"]
)
def test_names_pass_the_whole_check(text: str) -> None:
    assert name_problem(text) is None
