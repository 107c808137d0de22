"""Round 17: the Spanish/Portuguese-speaking journalist's hand (h11).

A sentence that tells of the organization's end (its extinction, abolition, dissolution or
winding up) names the instrument that ended it, never the founding one: no instrument is
read there, and the Legislation field keeps its verbatim text."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import find_instrument
from orgkg.model import Founding
from orgkg.parse import parse_profile

NAME = "Southern Fisheries Board"


def _foundings(legislation: str) -> list[Founding]:
    text = f"{NAME}\n{NAME} was a fisheries agency.\nLegislation\n{legislation}\n"
    facts = extract(parse_profile(text, "board.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


@pytest.mark.parametrize(
    "legislation",
    [
        "Its roots go back to 1890. The Decree No. 77/2009 of 3 March is the decree of its extinction.",
        "Set up in 1905 by custom. The Fisheries Reorganisation Act 1998 abolishes the board.",
        "Older than any statute. Law 12/2011, which dissolves the board, transferred its staff to the ministry.",
        "The Board (Winding Up) Order 2004 provides for its dissolution and the transfer of its assets.",
        "Order No. 5 of 2013, winding up the board, took effect on 1 July 2013.",
    ],
)
def test_an_instrument_that_ends_the_organization_is_not_its_founding_instrument(legislation: str) -> None:
    assert find_instrument(legislation) is None
    foundings = _foundings(legislation)
    assert [f.act for f in foundings if f.act] == []


@pytest.mark.parametrize(
    ("legislation", "act"),
    [
        ("It was established by the Fisheries Act 1950.", "Fisheries Act 1950"),
        # an ending in a later sentence does not hide the founding instrument before it
        ("It was created by Decree No. 12/1960. It was abolished in 2001.", "Decree No. 12/1960"),
        ("The Sea Fisheries Act 1968 set it up; a 2005 review proposed its merger.", "Sea Fisheries Act 1968"),
    ],
)
def test_a_founding_instrument_is_still_read(legislation: str, act: str) -> None:
    instrument = find_instrument(legislation)
    assert instrument is not None
    assert instrument.name == act
