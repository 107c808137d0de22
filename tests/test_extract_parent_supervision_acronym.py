"""Parent phrasings (extract/parent.py): two overlapping cues ("placed under the supervision
of"); an acronym as the parent, spelled out by the intro's "Full Name (ACR)"; a former name
given after the parent ("known until 2018 as"). Phrasings written for these tests, not taken
from the fidelity benchmark."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Parent
from orgkg.parse import parse_profile


def _parents(body: str, intro: str = "The Kestrel Survey Office is a mapping agency.") -> set[str]:
    text = f"Kestrel Survey Office\n|\n{intro}\nParent organization\n{body}\n"
    facts = [
        f for ff in extract(parse_profile(text, "kso.txt")).fields if ff.name == "Parent organization" for f in ff.facts
    ]
    return {f.org.name for f in facts if isinstance(f, Parent)}


def test_placed_under_the_supervision_of() -> None:
    assert _parents("The office is placed under the supervision of the Ministry of Lands.") == {"Ministry of Lands"}


def test_placed_under_alone_still_read() -> None:
    # near miss: one cue only
    assert _parents("The office is placed under the Ministry of Lands.") == {"Ministry of Lands"}


def test_acronym_parent_spelled_out_by_the_intro() -> None:
    intro = "The Kestrel Survey Office is a mapping agency linked to the National Lands Authority (NLA)."
    assert _parents("The NLA, to which the office reports.", intro) == {"National Lands Authority"}


def test_acronym_parent_not_in_the_intro_stays_an_acronym() -> None:
    # near miss: the intro spells out another acronym only
    intro = "The Kestrel Survey Office is a mapping agency linked to the National Water Board (NWB)."
    assert _parents("The NLA, to which the office reports.", intro) == {"NLA"}


def test_former_name_after_the_parent_is_no_end_of_the_tie() -> None:
    assert _parents("The Lands Agency, known until 2016 as the Crown Lands Board.") == {"Lands Agency"}


def test_tie_ended_still_read_as_ended() -> None:
    # near miss: "until" ends the tie itself; no parent today
    assert _parents("The office was under the Lands Agency until 2016.") == set()
