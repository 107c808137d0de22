"""Round 55 (F3): a timeline entry that is wholly a noun phrase of an ending ("dissolution of
the X.") or a stopped activity ("Operations ceased."), read as the clause it stands for."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import Dissolution, Identity, OrgKind

OFFICE = Identity("Office régional des céréales", OrgKind.ORGANIZATION, None)
FIRM = Identity("Halvorsen Freight Company", OrgKind.COMPANY, None)


def _ended(text: str, identity: Identity) -> bool:
    return any(isinstance(f, Dissolution) for f in read_events(text, identity, ""))


@pytest.mark.parametrize(
    "entry",
    [
        "30/06/1998: dissolution of the établissement.",
        "30/06/1998: Liquidation of the établissement.",
        "30/06/1998: liquidation of the office.",
        "30/06/1998: abolition of the Office.",
        "1998-06-30: winding-up of the office.",
    ],
)
def test_an_entry_naming_its_own_ending_dissolves_it(entry: str) -> None:
    assert _ended(f"1961: set up by decree.\n{entry}\n", OFFICE)


@pytest.mark.parametrize(
    "entry",
    [
        "30/06/1998: dissolution of the Lyon branch.",
        "30/06/1998: dissolution of the board.",
        "30/06/1998: liquidation of the Société des silos du Nord.",
        "30/06/1998: dissolution of the établissement of Lyon.",
        "30/06/1998: dissolution of the office's Lyon branch.",
        "30/06/1998: dissolution of the office was proposed by the ministry.",
    ],
)
def test_an_entry_ending_something_else_dissolves_nothing(entry: str) -> None:
    assert not _ended(f"1961: set up by decree.\n{entry}\n", OFFICE)


@pytest.mark.parametrize(
    "entry",
    [
        "- 2009-11-30: Operations ceased.",
        "- 2009-11-30: fleet sold; depots closed to the public. Operations ceased.",
        "- 2009-11-30: All operations ceased.",
        "- 2009-11-30: Activities ceased.",
    ],
)
def test_operations_ceased_alone_ends_it(entry: str) -> None:
    assert _ended(f"- 1950: founded in Bergen.\n{entry}\n", FIRM)


@pytest.mark.parametrize(
    "entry",
    [
        "- 2009-11-30: Operations ceased at the Stavanger depot.",
        "- 2009-11-30: Its Stavanger operations ceased.",
        "- 2009-11-30: Operations ceased for a month during the strike.",
        "- 2009-11-30: Trading in its shares ceased.",
    ],
)
def test_some_operations_ceasing_ends_nothing(entry: str) -> None:
    assert not _ended(f"- 1950: founded in Bergen.\n{entry}\n", FIRM)
