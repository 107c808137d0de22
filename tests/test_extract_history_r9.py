"""Round 9: predecessors named in narrative (a possessive subject, an appositive), a name it
carried on under, and names of the organization known by its alternate name."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

ORG = Identity(
    "Instituto Nacional de Vigilancia Sanitaria",
    OrgKind.GOVERNMENT,
    "INVS",
    alternate_names=("National Institute of Health Surveillance",),
)


def _predecessors(text: str, intro: str = "") -> list[str]:
    return [
        f.original.name
        for f in read_events(text, ORG, intro)
        if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The institute's roots lie in the Oficina de Higiene Pública, which was founded in 1901.",
        "INVS's origins lie in the Oficina de Higiene Pública.",
        "The institute's predecessor, the Oficina de Higiene Pública, was set up in 1901 under the ministry.",
        "Its forerunner, the Oficina de Higiene Pública, opened in 1901.",
        "The institute’s immediate precursor, the Oficina de Higiene Pública, dated from 1901.",
    ],
)
def test_a_predecessor_in_a_possessive_or_an_appositive(text: str) -> None:
    assert _predecessors(text) == ["Oficina de Higiene Pública"]


@pytest.mark.parametrize(
    "text",
    [
        # another organization's predecessor, not ours
        "The ministry's predecessor, the Board of Public Health, was set up in 1901.",
        "The ministry's roots lie in the Board of Public Health.",
        # "its" in mid-sentence may be another's
        "It works with the ministry, and its predecessor, the Board of Public Health, opened in 1901.",
        # the appositive does not close right after one name
        "Its predecessor, the Board of Public Health and the Survey, opened in 1901.",
        # no name at all
        "Its predecessor, a small office in the capital, opened in 1901.",
    ],
)
def test_no_predecessor_of_another_owner_or_without_a_closed_name(text: str) -> None:
    assert _predecessors(text) == []


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        (
            "After 1971 it carried on as the Cholera Research Laboratory, and in 1978 it took its present name.",
            "Cholera Research Laboratory",
        ),
        (
            "From 1950 it carried on under the name Sanitary Survey Office, and in 1983 it took its present name.",
            "Sanitary Survey Office",
        ),
    ],
)
def test_a_name_it_carried_on_under_before_its_present_name(text: str, previous: str) -> None:
    names = [f.previous_name for f in read_events(text, ORG) if isinstance(f, ChangeEvent) and f.previous_name]
    assert names == [previous]
