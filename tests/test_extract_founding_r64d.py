"""Round 64d (founding): an intro's bracket of quoted references right after the name
('("the Office" or "the entity")') makes "The entity was established on …" the organization's
founding; a title year ("established under the X Act 1971") yields to a month of its own start
("commenced operations in April 1972")."""

from __future__ import annotations

from orgkg.extract.founding import read_founding_text
from orgkg.model import DateValue, Identity, OrgKind


def _date(text: str, name: str = "Tarnow Audit Office") -> DateValue | None:
    identity = Identity(name, OrgKind.ORGANIZATION, description=text)
    return read_founding_text(text, identity, text).date


def test_quoted_entity_reference_is_self() -> None:
    text = (
        'The Tarnow Audit Office ("the Office" or "the entity") was a statutory body of Tarnow. '
        "The entity was established on 4 March 1961 under the Tarnow Finance Act 1960."
    )
    assert _date(text) == DateValue(1961, 3, 4)


def test_quoted_reference_after_another_name_is_not_self() -> None:
    # near miss: the bracket defines "the entity" for another body, not the profiled one
    text = (
        'The Tarnow Audit Office is a statutory body. It oversees the Tarnow Mint ("the entity"). '
        "The entity was established on 4 March 1961."
    )
    assert _date(text) is None


def test_title_year_yields_to_month_of_operations() -> None:
    text = (
        "The Tarnow Air Board is a regulator. It was established under the Tarnow Aviation Act 1971 "
        "and commenced operations in April 1972."
    )
    assert _date(text, "Tarnow Air Board") == DateValue(1972, 4)


def test_title_year_kept_when_operations_give_only_a_year() -> None:
    # near miss: a bare year is no more precise than the title's year
    text = (
        "The Tarnow Air Board is a regulator. It was established under the Tarnow Aviation Act 1971 "
        "and commenced operations in 1972."
    )
    assert _date(text, "Tarnow Air Board") == DateValue(1971)
