"""Round 55 (founding): a note after a post holder's name that calls the holder the founder.

- "President: A — the founder, who …", "Chair: B (the founding boss)", "Rector: C (co-founder)",
  "Director: D (promoter and first director)": the note opens with a founder word (founder-title,
  or post-note-founder in legislation-cues.csv) that ends there, so its post's holder is a founder;
- "(founder of another body)", "— the founder's grandson", "(founding member)", "(concert
  promoter)", "(son of the founder)" name no founder."""

from __future__ import annotations

import pytest

from orgkg.extract.founding import _POST_NOTE_FOUNDER

from .founding_helpers import FoundingReaders

_YARD = FoundingReaders("Kestrel Boatworks", "Kestrel Boatworks is a boat builder in Hull.", "kestrel.txt")


@pytest.mark.parametrize(
    "leader",
    [
        "Chair: Harold Pemberton (the founding boss, a legend)",
        "Managing Director: Harold Pemberton (co-founder)",
        "Director: Harold Pemberton (promoter and first director)",
    ],
)
def test_post_note_names_founder(leader: str) -> None:
    assert _YARD.founders(f"Leader\n{leader}\nSecretary: Agnes Wilby") == {"Harold Pemberton"}


@pytest.mark.parametrize(
    "leader",
    [
        "President: Harold Pemberton (founder of the Humber Sailing Club)",
        "President: Harold Pemberton — the founder's grandson",
        "President: Harold Pemberton (founding member of the board)",
        "President: Harold Pemberton (concert promoter)",
        "President: Harold Pemberton (son of the founder)",
        "President: Harold Pemberton (founding director)",
    ],
)
def test_post_note_names_no_founder(leader: str) -> None:
    assert _YARD.founders(f"Leader\n{leader}\nSecretary: Agnes Wilby") == set()


def test_note_on_another_line_is_not_this_holder() -> None:
    fields = "Leader\nPresident: Harold Pemberton\nSecretary: Agnes Wilby (the founder, retired)"
    assert _YARD.founders(fields) == {"Agnes Wilby"}


# the leader reader keeps no holder of a dashed note yet; the note itself is read
@pytest.mark.parametrize(
    ("line", "founder"),
    [
        ("President: Harold Pemberton — the founder, who ran the yard until 1931.", True),
        ("Chairman: Harold Pemberton - founder and first chairman", True),
        ("Chairman: Harold Pemberton – its co-founder", True),
        ("Chairman: Harold Pemberton — the founder's grandson", False),
        ("Chairman: Harold Pemberton — founder of the Hull Rowing Club", False),
    ],
)
def test_dashed_note(line: str, founder: bool) -> None:
    assert bool(_POST_NOTE_FOUNDER.search(line)) is founder
