"""Round 17 (F2): the Spanish/Portuguese-speaking journalist's hand (h11).

"A and other B", both ending in a plural class noun: "other" says B is a class of its own,
so the phrase is two classes (A as written, B without "other"), never one label."""

from __future__ import annotations

import pytest

from orgkg.extract.partners import read_partners
from orgkg.model import Field, Identity, Item, Member, OrgKind, PartnerCategory

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def partners(line: str) -> tuple[set[str], set[str]]:
    facts, _ = read_partners(Field("Partners", 10, (Item(11, line),)), IDENTITY)
    members = {f.org.name for f in facts if isinstance(f, Member)}
    return members, {f.label for f in facts if isinstance(f, PartnerCategory)}


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        ("Regional universities and other public research bodies.", "Regional universities", "public research bodies"),
        ("Donor agencies and other development organizations.", "Donor agencies", "development organizations"),
        ("Local hospitals and other national health organisms.", "Local hospitals", "national health organisms"),
    ],
)
def test_and_other_joins_two_classes(line: str, first: str, second: str) -> None:
    categories = partners(line)[1]
    assert {first.lower(), second.lower()} <= {c.lower() for c in categories}
    assert not any(" and " in c or c.lower().startswith("other") for c in categories)


@pytest.mark.parametrize(
    "line",
    [
        # without "other" the round-15 rule stands: one class or two cannot be decided
        "Regional universities and national public research bodies.",
        # a named organization before "and other": it is a partner, never a class
        "The Example Trust and other research bodies.",
    ],
)
def test_without_other_before_a_class_no_label_joins_two_phrases(line: str) -> None:
    categories = partners(line)[1]
    assert not any(" and " in c for c in categories)
    assert not any(c.lower().endswith("trust") for c in categories)
