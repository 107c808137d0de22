"""Round 33 (F1): parent lines of a compact technical writer. An earlier parent after a label
of its time ("X (ACR) – until 2017: Y") does not end X's tie; a timeline of year-labelled steps
may list the newest first; a sentence-case name in another language, glossed in brackets by an
English organization's name, is the parent."""

from __future__ import annotations

import pytest

from orgkg.extract.parent import read_parent
from orgkg.model import Field, Identity, Item, OrgKind, Parent


def _parents(*lines: str) -> list[str]:
    self_ = Identity(name="Northfield Seed Institute", kind=OrgKind.ORGANIZATION, acronym="NSI")
    items = tuple(Item(4 + n, line.removeprefix("– "), line.startswith("– ")) for n, line in enumerate(lines))
    facts, _ = read_parent(Field("Parent organization", 3, items), self_)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Ministry of Fisheries (MoF) – until 2019: Ministry of Agriculture and Fisheries", "Ministry of Fisheries"),
        ("Borealis Holdings AS – before 2005: Nordkapp Industrier AS", "Borealis Holdings AS"),
        ("Department of Energy (DoE); until 2011: Department of Trade", "Department of Energy"),
        ("Ministerio de Cultura – till 1996: Ministerio de Educación", "Ministerio de Cultura"),
    ],
)
def test_labelled_earlier_parent_does_not_end_the_current_tie(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of Fisheries (until 2019)",  # the tie itself ended: no parent today
        "Part of the Department of Trade until 2011",
    ],
)
def test_an_ended_tie_still_gives_no_parent(text: str) -> None:
    assert _parents(text) == []


@pytest.mark.parametrize(
    "lines, parent",
    [
        (("– 2012–2016: Harbour Capital Ltd. (Oslo)", "– 1998–2012: Volund Group"), "Harbour Capital Ltd."),
        (("– 2008–today: Ministry of Health", "– 1990–2008: Ministry of Social Affairs"), "Ministry of Health"),
        (("– 1990–2008: Ministry of Social Affairs", "– 2008–today: Ministry of Health"), "Ministry of Health"),
        (("– 1975–1990: Nordic Steel AB", "– 1990–2001: Baltic Metals AB"), "Baltic Metals AB"),
    ],
)
def test_latest_step_of_a_timeline_in_any_order(lines: tuple[str, ...], parent: str) -> None:
    assert _parents(*lines) == [parent]


def test_unyeared_label_keeps_the_written_order() -> None:
    assert _parents("– 1941: Ministry of Industry", "– later: Ministry of Economy") == ["Ministry of Economy"]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Statens vegvesen (Norwegian Public Roads Administration) – road authority", "Statens vegvesen"),
        ("Sosiaali- ja terveysministeriö (Ministry of Social Affairs and Health)", "Sosiaali- ja terveysministeriö"),
        ("Kultūros ministerija (Ministry of Culture) – supervising body; budget institution", "Kultūros ministerija"),
    ],
)
def test_sentence_case_native_name_glossed_in_english(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Supervised by the ministry (Ministry of Culture)",  # a clause, not a name
        "Statens vegvesen (Oslo) – road authority",  # a place glosses nothing
        "Regional road authority (since 1995)",
    ],
)
def test_sentence_case_phrase_without_an_organization_gloss_is_no_parent(text: str) -> None:
    assert _parents(text) == []
