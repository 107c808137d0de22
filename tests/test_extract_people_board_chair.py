"""Organization structure: the organization's own board "chaired by" a person whose post a
relative clause in the present perfect names ("… a Board of Directors chaired by A, who has
served as Chairman since 2019"). Own invented sentences."""

from __future__ import annotations

from orgkg.extract.people import read_structure
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

LINES = Identity("Harbour Lines Limited", OrgKind.COMPANY)


def _held(text: str) -> dict[str, str]:
    """holder → post's label of the posts with a holder."""
    facts, _ = read_structure(field(text, name="Organization structure"), LINES)
    return {h.name: f.label for f in facts if isinstance(f, Post) for h in f.holders}


def test_own_board_chaired_by_a_holder_who_has_served_as_a_post() -> None:
    text = (
        "Harbour Lines is governed by a Board of Directors chaired by Marta Olsen, who has served as "
        "Chairman since 2019, and run by a managing director."
    )
    assert _held(text) == {"Marta Olsen": "Chairman"}


def test_past_clause_another_organ_or_another_bodys_post_name_no_holder() -> None:
    # near misses: a past clause, another body's council, a minister's office
    assert (
        _held("Harbour Lines is governed by a Board chaired by Marta Olsen, who served as Chairman until 2019.") == {}
    )
    assert (
        _held("Harbour Lines reports to a Port Council chaired by Marta Olsen, who has served as Chairman since 2019.")
        == {}
    )
    assert _held("Its Board is chaired by Marta Olsen, who has served as Minister of Transport since 2019.") == {}
