"""Round 63c (parent): a cued lead line with a colon, then the parents as bullets; two bodies
joined by "and" as two parents; no name read across two lines. Own phrasings."""

from __future__ import annotations

from orgkg.extract.parent import read_parent
from orgkg.model import Identity, OrgKind, Parent

from .list_helpers import field

ARCHIVE = Identity("Velmora Film Archive", OrgKind.ORGANIZATION)


def _parents(*lines: str) -> list[str]:
    facts, _ = read_parent(field(*lines, name="Parent organization"), ARCHIVE)
    return [f.org.name for f in facts if isinstance(f, Parent)]


def test_a_cued_lead_then_bullets_reads_each_bullet() -> None:
    assert _parents(
        "Under the joint supervision of two departments:", "- Department of Heritage", "- Department of Media"
    ) == ["Department of Heritage", "Department of Media"]


def test_a_lead_with_a_former_mark_reads_nothing() -> None:
    assert (
        _parents(
            "Formerly under the supervision of two departments:", "- Department of Heritage", "- Department of Media"
        )
        == []
    )


def test_a_bullet_with_a_time_note_reads_no_list() -> None:
    assert _parents("Under the supervision of:", "- Department of Heritage", "- Department of Media (until 1999)") == []


def test_a_person_in_the_bullets_reads_no_list() -> None:
    assert _parents("Supervised by:", "- Department of Heritage", "- Marta Quell") == []


def test_bullets_without_a_lead_are_never_one_joined_name() -> None:
    assert "Department of Heritage Department of Media" not in _parents(
        "- Department of Heritage", "- Department of Media"
    )


def test_two_headed_bodies_joined_by_and_are_two_parents() -> None:
    assert _parents("It is under the joint supervision of the Department of Heritage and the Office for Media.") == [
        "Department of Heritage",
        "Office for Media",
    ]


def test_and_inside_one_name_stays() -> None:
    assert _parents("Department of Fisheries, Forests and the Coast") == [
        "Department of Fisheries, Forests and the Coast"
    ]
