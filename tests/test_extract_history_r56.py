"""Round 56 (F3): a verb inside a "that" clause ("It is not disputed that X closed in 1989")
has X, not the main clause's "it", as its subject; a legal form after a comma ("Grupo Tarmac,
S.A. de C.V.") is inside the name before it, never a name of its own."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind

TRUST = Identity("Haldane Orphans Trust", OrgKind.ORGANIZATION, None)
MILLS = Identity("Corvina Industrias, S.A.B. de C.V.", OrgKind.COMPANY, None)


def _ended(text: str, identity: Identity = TRUST) -> bool:
    return any(isinstance(f, Dissolution) for f in read_events(text, identity, ""))


def _previous(text: str) -> set[str]:
    facts = read_events(text, MILLS, "")
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not disputed that the last of its orphanages closed in 1979.",
        "It is common ground that the trust's final shelter was shut in 1979.",
        "It was accepted that the last of the cottage homes closed in 1979.",
        "The panel finds that its last residential school closed in 1979.",
        "The witness accepted that the final hostel closed in 1979.",
    ],
)
def test_a_part_closing_in_a_that_clause_ends_nothing(sentence: str) -> None:
    assert not _ended(f"The trust was founded in 1901. {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not disputed that the trust was dissolved in 1979.",
        "It is common ground that the Haldane Orphans Trust was wound up in 1979.",
        "The panel finds that the trust was dissolved in 1979.",
        "It was in 1979 that the trust was dissolved.",
    ],
)
def test_the_organization_ending_in_a_that_clause_still_ends(sentence: str) -> None:
    assert _ended(f"The trust was founded in 1901. {sentence}")


def test_a_cleft_focus_on_another_body_ends_nothing() -> None:
    assert not _ended("The trust was founded in 1901. It was the county council that closed in 1979.")


@pytest.mark.parametrize(
    ("sentence", "old"),
    [
        (
            "In 2004 Vidrios Norteños, S.A. de C.V. changed its name to Corvina Industrias.",
            "Vidrios Norteños, S.A. de C.V.",
        ),
        (
            "Effective May 2004, Vidrios Norteños, S.A. de C.V. changed its name to Corvina Industrias.",
            "Vidrios Norteños, S.A. de C.V.",
        ),
        ("In 2004, Harrow Glassworks, Inc. changed its name to Corvina Industrias.", "Harrow Glassworks, Inc."),
        ("Harrow Glassworks, Ltd. changed its name to Corvina Industrias in 2004.", "Harrow Glassworks, Ltd."),
    ],
)
def test_a_legal_form_after_a_comma_stays_with_its_name(sentence: str, old: str) -> None:
    assert _previous(sentence) == {old}


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2004, S.A. de C.V. was dropped when it changed its name to Corvina Industrias.",
        "Later, Inc. changed its name to Corvina Industrias.",
        "In 2004, Corvina Industrias, S.A. de C.V. changed its name to Corvina Industrias, S.A.B. de C.V.",
    ],
)
def test_a_legal_form_alone_is_no_previous_name(sentence: str) -> None:
    assert not any(name.startswith(("S.A.", "Inc.")) for name in _previous(sentence))
