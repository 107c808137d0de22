"""A change of name's date in a founding sentence (extract/founding.py): "Founded as the X, it
took its present name in 1845" dates the rename, not the founding. Phrasings written for these
tests, not taken from the fidelity benchmark; the near miss keeps a founding date of its own."""

from __future__ import annotations

from orgkg.extract.founding import read_founding_text
from orgkg.model import DateValue, Identity, OrgKind


def _date(text: str, name: str = "Moravian Society of Letters") -> DateValue | None:
    identity = Identity(name, OrgKind.ORGANIZATION, description=text)
    return read_founding_text(text, identity, text).date


def test_present_name_year_is_no_founding() -> None:
    text = (
        "The Moravian Society of Letters is a learned society. Founded as the Brno Reading Circle, "
        "it took its present name in 1871."
    )
    assert _date(text) is None


def test_founding_year_kept_beside_rename_year() -> None:
    # near miss: the founding verb has its own year; the rename's year is passed over
    text = (
        "The Moravian Society of Letters is a learned society. Founded as the Brno Reading Circle "
        "in 1849, it adopted its current name in 1871."
    )
    assert _date(text) == DateValue(1849)
