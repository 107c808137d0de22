"""Round 49 (F3): a founding that gave its place before the name keeps an "in" of the name
("founded in Chile by X as Y in Z"); a bulletin's defined noun after a dash ("hereinafter —
the Guild") is the organization; the calques "renamed into X" and "ceased its activity";
another named body "transformed into" it is a predecessor."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind

AID = Identity("FarAid", OrgKind.ORGANIZATION, None)
GUILD = Identity("Lantern", OrgKind.ORGANIZATION, None)
GUILD_INTRO = 'The Society of Lamp Makers "Lantern" (Общество, hereinafter — the Guild) is a body.'


def _previous(text: str) -> set[str]:
    return {f.previous_name for f in read_events(text, AID, "") if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    "text",
    [
        "1961 — founded in Canada by Mary Holt, a teacher, as Help in Far Valleys. It was later renamed FarAid.",
        "Established in Norway by two nurses as Help in Far Valleys; in 1990 it was renamed FarAid.",
        "Founded in the Netherlands by Jan Smit as Help in Far Valleys. In 1988 the charity was renamed FarAid.",
    ],
)
def test_a_placed_founding_keeps_the_names_in(text: str) -> None:
    assert _previous(text) == {"Help in Far Valleys"}


@pytest.mark.parametrize(
    "text",
    [
        "In 1961 it was founded as Help in Far Valleys. It was later renamed FarAid.",
        "Founded in 1961 as Northern Relief in Oslo. In 1988 it was renamed FarAid.",
    ],
)
def test_an_unplaced_founding_joins_no_in(text: str) -> None:
    assert not any(" in " in name for name in _previous(text))


def _endings(text: str, intro: str = GUILD_INTRO) -> list[object]:
    return [f for f in read_events(text, GUILD, intro) if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    "text",
    [
        "2019 — the Guild is liquidated.",
        "In 2019 the Guild was wound up.",
        "2019 — the Guild ceased its activity.",
        # a calqued opening phrase before the subject ("by the decision of X the Guild is …")
        "2019 — by the decision of the district court the Guild is liquidated.",
        "By the order of the Ministry of Culture the Guild was dissolved in 2019.",
        "12.03.2019 — by the ruling of the Supreme Court the Guild is liquidated.",
    ],
)
def test_the_defined_noun_is_the_organization(text: str) -> None:
    assert len(_endings(text)) == 1


@pytest.mark.parametrize(
    "text,intro",
    [
        ("In 2019 the Guild was wound up.", 'The Society "Lantern" (hereinafter "the Society") is a body.'),
        ("In 2019 the Guild was wound up.", "The Society Lantern (the Guild of Kiev is another) is a body."),
        ("2019 — the Lamp Guild ceased its activity.", GUILD_INTRO),
        ("2019 — by the decision of the court the Youth Centre Lantern is liquidated.", GUILD_INTRO),
        ("2019 — by the decision of the court the workshop is liquidated.", GUILD_INTRO),
        ("By 2019 the Guild had grown to 40 workshops.", GUILD_INTRO),
    ],
)
def test_no_defined_noun_no_ending(text: str, intro: str) -> None:
    assert _endings(text, intro) == []


def test_renamed_into() -> None:
    text = "1930 — renamed into the Lamp School.\n1950 — renamed into Lantern."
    assert {f.previous_name for f in read_events(text, GUILD, "") if isinstance(f, ChangeEvent)} >= {"Lamp School"}


UNION = Identity("Coastal Fisheries Union", OrgKind.ORGANIZATION, "CFU")


def _grown_from(text: str) -> set[str]:
    return {
        f.original.name for f in read_events(text, UNION, "") if isinstance(f, ChangeEvent) and f.original is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 the Net Makers Council was transformed into the CFU.",
        "1975 — Net Makers Council transformed into CFU by the Bergen Accord.",
        "The Net Makers Council grew into the Coastal Fisheries Union in 1975.",
    ],
)
def test_another_body_grown_into_it_is_a_predecessor(text: str) -> None:
    assert _grown_from(text) == {"Net Makers Council"}


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 the Net Makers Council was renamed the CFU.",  # a rename: its earlier name only
        "In 1975 the CFU was transformed into a federation.",  # its own change
        "In 1975 it was transformed into the Northern Fisheries Union.",  # a later name of its own
    ],
)
def test_no_predecessor_from_a_rename_or_own_change(text: str) -> None:
    assert _grown_from(text) == set()
