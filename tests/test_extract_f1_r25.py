"""Round 25 (family F1: status, parent, identity): pasted infobox label rows and a French
writer's English. A parent field's label row ("Parent<TAB>X", "Owner<TAB>X", "Affiliation<TAB>X")
is a record: its value is the parent, its key never part of the name; a one-word value is a name
when the key says so. French parent phrasings ("under the tutelle of", "a filiale of") are cues."""

from __future__ import annotations

import pytest

from orgkg.extract.parent import read_parent
from orgkg.model import Field, Identity, Item, OrgKind, Parent

_SELF = Identity(name="Lakeside Fisheries Institute", kind=OrgKind.ORGANIZATION, acronym="LFI")


def _parents(*lines: str) -> list[str]:
    items = tuple(Item(4 + n, line, False) for n, line in enumerate(lines))
    facts, _ = read_parent(Field("Parent organization", 3, items), _SELF)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    "line, parent",
    [
        ("Parent\tHarbourgroup (since 2011)", "Harbourgroup"),
        ("Parent agency\tMinistry of Inland Waters", "Ministry of Inland Waters"),
        ("Parent department\tDepartment of Lakes and Rivers", "Department of Lakes and Rivers"),
        ("Owner\tNorthern Water Trust (2001–2019)", "Northern Water Trust"),
        (
            "Affiliation\tMinistry of Fisheries of the Republic of Lakeland",
            "Ministry of Fisheries of the Republic of Lakeland",
        ),
        ("| Parent | Lakeland Holding Company |", "Lakeland Holding Company"),
    ],
)
def test_an_infobox_label_row_is_a_parent_record(line: str, parent: str) -> None:
    assert _parents(line) == [parent]


@pytest.mark.parametrize(
    "line",
    [
        "Parent\tMinistry",  # a head word alone names no organization
        "Parent\tGovernment",
        "Parent\tUniversity",
        "Parent\tnone",
        "Affiliation\tthe regional government",
        "Owner\tDirector",  # a post
    ],
)
def test_a_label_row_without_a_name_gives_no_parent(line: str) -> None:
    found = _parents(line)
    assert found == []
