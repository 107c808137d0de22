"""Round 46 (F3): the e-mail thread's History (h34): a chronicle's present-tense hand-over of
its parts ("its remaining assets and liabilities pass to X, and the income …"), a law that
brings back the present name, "it" after a clause ending in a year, an other-name aside after
the own name ('X, just "Y" to everyone, is …'), a country's possessive before a merged body."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind

MILLS = Identity("Varna Steel AG", OrgKind.COMPANY, None)
UNION = Identity("Baltic Fisheries Union", OrgKind.ORGANIZATION, "BFU")


def _events(text: str, identity: Identity = MILLS) -> list[object]:
    return list(read_events(text, identity, ""))


def _successors(text: str, identity: Identity = UNION) -> list[str]:
    return [
        f.resulting.name
        for f in _events(text, identity)
        if isinstance(f, ChangeEvent) and f.resulting is not None and not f.previous_name
    ]


def _previous_names(text: str) -> list[str]:
    return [f.previous_name for f in _events(text) if isinstance(f, ChangeEvent) and f.previous_name]


def _predecessors(text: str) -> list[str]:
    return [f.original.name for f in _events(text) if isinstance(f, ChangeEvent) and f.original is not None]


@pytest.mark.parametrize(
    "text",
    [
        "1999: the BFU ceases to exist. Its assets pass to the Nordic Marine Council.",
        "1999: the BFU is wound up. Its remaining assets and liabilities pass to the Nordic Marine Council.",
        "1999: the BFU is dissolved; its staff are transferred to the Nordic Marine Council.",
        "1999: the BFU ceases to exist. Its property passes to the Nordic Marine Council, and the rent"
        " from it now funds a prize.",
        "1999: the BFU ceases to exist. Its functions pass to the Nordic Marine Council, while the"
        " archive goes to Riga.",
    ],
)
def test_its_parts_pass_to_a_successor_in_the_present_tense(text: str) -> None:
    assert _successors(text) == ["Nordic Marine Council"]


@pytest.mark.parametrize(
    "text",
    [
        # no ending in the text: a hand-over alone is no succession
        "1999: its assets pass to the Nordic Marine Council.",
        "1999: the BFU moves. Its remaining assets and liabilities pass to the Nordic Marine Council.",
        # another's parts
        "1999: the BFU ceases to exist. The ministry's assets pass to the Nordic Marine Council.",
    ],
)
def test_no_successor_without_its_ending_or_its_parts(text: str) -> None:
    assert _successors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1966: it is renamed the Tarn Steel Institute.\n1998: a new statute brings back the name Varna Steel AG.",
        "1966: it was renamed the Tarn Steel Institute.\n1998: the board restores the name Varna Steel AG.",
        "1966: after the coup of 2 March 1966 it is renamed the Tarn Steel Institute (TSI).\n"
        "1998: Act 12 brought back the name Varna Steel AG.",
        "After the war of 1945 it was renamed the Tarn Steel Institute. In 1998 it restored the name Varna Steel AG.",
    ],
)
def test_a_name_given_back_makes_the_rename_before_it_an_earlier_name(text: str) -> None:
    assert _previous_names(text) == ["Tarn Steel Institute"]


@pytest.mark.parametrize(
    "text",
    [
        # nothing renamed before: no earlier name
        "1998: a new statute brings back the name Varna Steel AG.",
        "1998: the board restores the old hall of Varna Steel AG.",
        # another's rename after a clause ending in a year
        "After the war of 1945 its rival was renamed the Tarn Steel Institute.\n"
        "1998: it restores the name Varna Steel AG.",
    ],
)
def test_no_earlier_name_without_a_rename_of_its_own(text: str) -> None:
    assert _previous_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Varna Steel AG, just "Varna" on its invoices, is the steel group that came out of the 1988'
        " merger of Linz Stahl and Csepel Works.",
        "Varna Steel AG, or simply Varna, was formed by the merger of Linz Stahl and Csepel Works.",
        "Varna Steel AG, simply Varna to its staff, is the group formed by the merger of Linz Stahl and Csepel Works.",
        "Varna Steel AG was formed by the merger of Austria's Linz Stahl and Hungary's Csepel Works.",
        "Varna Steel AG came out of the 1990 merger of the United Kingdom's Linz Stahl and Csepel Works.",
    ],
)
def test_predecessors_of_a_merger_after_an_aside_or_a_country(text: str) -> None:
    assert _predecessors(text) == ["Linz Stahl", "Csepel Works"]


@pytest.mark.parametrize(
    "text",
    [
        # the aside follows another's name: that one was formed by the merger
        'Linz Stahl, just "Linz" to locals, was formed by the merger of Varna Steel AG and Csepel Works.',
        # no name-filler word opens the aside: not read as another name
        "Varna Steel AG, a group based in Linz, the workers say, came out of a merger of two firms.",
    ],
)
def test_no_predecessors_from_another_s_merger(text: str) -> None:
    assert _predecessors(text) == []


def test_a_town_s_possessive_stays_in_the_name() -> None:
    text = "Varna Steel AG was formed by the merger of Tarn's Foundry and Csepel Works."
    assert _predecessors(text) == ["Tarn's Foundry", "Csepel Works"]


def test_the_ending_is_still_dated() -> None:
    text = (
        "23 Jul 1999: the BFU ceases to exist. Its remaining assets and liabilities pass to the Nordic Marine Council."
    )
    assert any(isinstance(f, Dissolution) and f.date is not None for f in _events(text, UNION))
