"""Round 63: a writer's pointer to another body ("see also: X, a separate company", "cf. …")
is never read, and the verbatim statement keeps it (extract/text.py, extract/__init__.py)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.text import without_cross_reference
from orgkg.model import Founding, Member, MemberOf, PartnerCategory
from orgkg.parse import parse_profile

PROFILE = """Harbour Gauge Office
|
The Harbour Gauge Office is a tide-measuring agency of Port Evander.
Partners
Other tide offices. see also: Evander Sea Institute, across the quay – a separate body with its own board.
History
- 1902: the office is founded by the harbour board.
see also: Evander Pilot Company, chartered in 1871 for the river trade – a separate company.
"""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Other tide offices. see also: Evander Sea Institute, a separate body.", "Other tide offices."),
        ("See also: the Pilot Company (1871).", ""),
        ("The Archive (see also the City Library) holds maps.", "The Archive holds maps."),
        ("Founded 1902; cf. the Pilot Company (1871).", "Founded 1902"),
        ("Not to be confused with the Evander Sea Board.", ""),
    ],
)
def test_the_pointer_and_what_follows_it_are_cut(text: str, kept: str) -> None:
    assert without_cross_reference(text) == kept


@pytest.mark.parametrize(
    "text",
    ["We oversee also the docks.", "The office, see the annex, has three sites.", "Built by the CF. Marrow firm."],
)
def test_words_that_only_look_like_a_pointer_stay(text: str) -> None:
    assert without_cross_reference(text) == text


def test_a_pointed_to_body_gives_no_fact_and_the_verbatim_keeps_it() -> None:
    facts = extract(parse_profile(PROFILE, "hgo.txt"))
    stated = [f for ff in facts.fields for f in ff.facts]
    partners = {f.org.name for f in stated if isinstance(f, Member | MemberOf)}
    assert "Evander Sea Institute" not in partners
    assert not [f.label for f in stated if isinstance(f, PartnerCategory) and "Evander" in f.label]
    years = {f.date.year for f in stated if isinstance(f, Founding) and f.date}
    assert 1871 not in years and years <= {1902}
    by_name = {ff.name: ff for ff in facts.fields}
    assert "see also: Evander Sea Institute" in by_name["Partners"].verbatim
    assert by_name["History"].verbatim.endswith("a separate company.")


def test_a_pointer_inside_a_bracket_cuts_only_to_its_close() -> None:
    text = "- Gauge Union (affiliated on similar terms; the evidence is thin, cf. n. 9)"
    assert without_cross_reference(text) == "- Gauge Union (affiliated on similar terms; the evidence is thin)"
    assert without_cross_reference("A (b, cf. x) and C (cf. y) end") == "A (b) and C end"


@pytest.mark.parametrize("unit", ["A (b, cf. x ", "(see also x) ", "cf. ("])
def test_many_pointers_are_cut_in_one_pass(unit: str) -> None:
    # linear time: each mark and each bracket is looked at a bounded number of times
    text = unit * 5000
    assert len(without_cross_reference(text)) < len(text)
