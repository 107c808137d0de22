"""Round 52 (F3): a rename into the organization's own name that ends in lowercase words
("renamed Office national des forêts."); a partners' firm name with a comma before "& Co."
("founded as Pike, Marsh & Co."); a subject that is only the head noun of a fuller name
("the Board became …") is no previous name of its own."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

FORESTS = Identity("Office national des forêts", OrgKind.ORGANIZATION, None)
FIRM = Identity("Pike Marsh", OrgKind.ORGANIZATION, None)
TRUST = Identity("Compagnie des eaux du Léman", OrgKind.ORGANIZATION, None)


def _previous(text: str, identity: Identity) -> set[str]:
    facts = read_events(text, identity, "")
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    "text",
    [
        "- 1950: founded as Service des Eaux et Forêts (SEF).\n- 1966: renamed Office national des forêts.",
        "Set up in 1950 as the Service des Eaux et Forêts; in 1966 it was renamed Office national des forêts.",
        "1950 — created as Service des Eaux et Forêts.\n1966 — renamed the Office national des forêts; 2002 — moved.",
    ],
)
def test_a_rename_into_its_own_lowercase_ending_name(text: str) -> None:
    assert _previous(text, FORESTS) == {"Service des Eaux et Forêts"}


@pytest.mark.parametrize(
    "text",
    [
        # another name ending in lowercase words: no name rather than a cut one
        "- 1950: founded as Service des Eaux et Forêts (SEF).\n- 1966: renamed Office régional des forêts.",
        # its own name going on with more words: another name
        "- 1950: founded as Service des Eaux et Forêts (SEF).\n- 1966: renamed Office national des forêts alpines.",
    ],
)
def test_other_lowercase_ending_names_stay_unread(text: str) -> None:
    assert "Office régional" not in " ".join(_previous(text, FORESTS))
    assert "Office national des forêts alpines" not in _previous(text, FORESTS)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("- 1890: founded in Leeds as Pike, Holt & Co. by Tom Pike.\n- 1921: renamed Pike Marsh.", "Pike, Holt & Co."),
        ("Opened in 1890 as Pike, Holt & Sons; renamed Pike Marsh in 1921.", "Pike, Holt & Sons"),
        ("1890 — set up as Dodd, Wren & Brothers. 1921 — renamed Pike Marsh.", "Dodd, Wren & Brothers"),
        (
            "- 1890: established as Pike, Wren, Holt & Partners.\n- 1921: renamed Pike Marsh.",
            "Pike, Wren, Holt & Partners",
        ),
        ("- 1890: founded as Holt, Pike & Company in York.\n- 1921: renamed Pike Marsh.", "Holt, Pike & Company"),
    ],
)
def test_a_partners_firm_keeps_its_comma(text: str, firm: str) -> None:
    names = _previous(text, FIRM)
    assert names == {firm}  # never the first partner alone


@pytest.mark.parametrize(
    "text",
    [
        # a comma, then no "&" and partnership word: the comma ends the name
        "- 1890: founded as Pike, Marsh joined in 1895.\n- 1921: renamed Pike Marsh.",
        "- 1890: founded as Pike, Holt & Wren Bakery.\n- 1921: renamed Pike Marsh.",
    ],
)
def test_a_comma_without_a_partnership_ending(text: str) -> None:
    assert not any("&" in n or "Marsh joined" in n for n in _previous(text, FIRM))


@pytest.mark.parametrize(
    "text",
    [
        "- 1920: the Régie des eaux is set up.\n- 1975: the Régie becomes the Compagnie des eaux du Léman.",
        "In 1975 the Board became the Compagnie des eaux du Léman.",
        "1975 — the Office takes its present name.",
    ],
)
def test_a_head_noun_subject_is_no_previous_name(text: str) -> None:
    assert not _previous(text, TRUST) & {"Régie", "Board", "Office"}


@pytest.mark.parametrize(
    ("text", "old"),
    [
        # a whole name, or an acronym, as the subject is still the name it had
        ("In 1975 the Lake Water Board became the Compagnie des eaux du Léman.", "Lake Water Board"),
        ("1975 — the LWB became the Compagnie des eaux du Léman.", "LWB"),
    ],
)
def test_a_named_subject_is_still_a_previous_name(text: str, old: str) -> None:
    assert old in _previous(text, TRUST)


HOLDINGS = Identity("Teller Group", OrgKind.ORGANIZATION, None)


@pytest.mark.parametrize(
    "text",
    [
        "- 1970: founded as Teller Works.\n- 1985: renamed Teller Systems Private Limited; converted the next year"
        " into a public company as Teller Systems Limited.\n- 2004: renamed Teller Group.",
        "Set up in 1970 as Teller Works. In 1985 it was renamed Teller Systems Private Limited; later listed on the"
        " exchange as Teller Systems Limited. In 2004 it was renamed Teller Group.",
        "1970 — founded as Teller Works. 1985 — renamed Teller Systems Private Limited; converted into a"
        " public limited company as Teller Systems Limited. 2004 — renamed Teller Group.",
    ],
)
def test_a_change_of_status_after_a_rename_keeps_both_names(text: str) -> None:
    assert _previous(text, HOLDINGS) == {
        "Teller Works",
        "Teller Systems Private Limited",
        "Teller Systems Limited",
    }


@pytest.mark.parametrize(
    "text",
    [
        # after the rename into the present name: a later name, no previous name of it
        "- 1970: founded as Teller Works.\n- 1985: renamed Teller Group; converted in 2001 into a public company"
        " as Teller Group Limited.",
        # converted a building, not itself: no name after "as"
        "- 1970: founded as Teller Works.\n- 1985: converted its mill as a warehouse.\n- 2004: renamed Teller Group.",
    ],
)
def test_a_change_of_status_after_the_present_name_adds_no_previous_name(text: str) -> None:
    assert _previous(text, HOLDINGS) <= {"Teller Works"}
