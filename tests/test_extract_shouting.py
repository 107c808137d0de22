"""Lines typed in capitals are read in their words' usual case and stated as written
(orgkg.extract.shouting). Own strings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.shouting import in_usual_case, is_shouted
from orgkg.model import Member, Post, ProfileFacts, Unit
from orgkg.parse import parse_profile

SEPARATORS = "| ||||||||||||||||||||||\n" * 4 + "|\n"


@pytest.mark.parametrize(
    ("line", "shouted"),
    [
        ("DIRECTOR: JOHN Q PUBLIC (SINCE 2019)", True),
        ("MBR OF: TARN VALLEY FORUM", True),
        ("Director: John Q Public", False),  # a lower-case letter
        ("EUMETSAT", False),  # one word
        ("ISO 3166-1: AU / ISO 3166-2: AU-NSW", False),  # codes, no words
        ("NIL", False),
        ("北京市海淀区复兴路10号", False),  # a script without case
    ],
)
def test_what_counts_as_typed_in_capitals(line: str, shouted: bool) -> None:
    assert is_shouted(line) is shouted


def test_words_take_their_usual_case_and_keep_their_places() -> None:
    line = "MERGED INTO THE KESTREL VALLEY MINISTRY OF FINANCE (TVMF) SINCE 2019; SEE WWW.TVMF.EXAMPLE"
    cased = in_usual_case(line)
    assert len(cased) == len(line) and cased.upper() == line.upper()
    assert cased.startswith("merged into the Kestrel Valley Ministry of Finance (TVMF) since 2019")
    assert cased.endswith("WWW.TVMF.EXAMPLE")  # an address stays as typed


def _extracted(fields: str) -> ProfileFacts:
    text = f"Tarn Valley Agency\n{SEPARATORS}The Tarn Valley Agency (TVA) collects revenue.\n{fields}"
    return extract(parse_profile(text, "tva.txt"))


def test_a_registry_in_capitals_is_read_and_stated_as_written() -> None:
    result = _extracted(
        "Partners\nMEMBERS: KESTREL REVENUE AUTHORITY; OSPREY REVENUE AUTHORITY.\n"
        "Leader\nDIRECTOR GENERAL: JOHN Q PUBLIC (SINCE 2019)\n"
        "Divisions\nCUSTOMS; DOMESTIC TAXES; LEGAL SERVICES\n"
    )
    facts = [fact for field in result.fields for fact in field.facts]
    assert sorted(m.org.name for m in facts if isinstance(m, Member)) == [
        "KESTREL REVENUE AUTHORITY",
        "OSPREY REVENUE AUTHORITY",
    ]
    assert [(p.label, [h.name for h in p.holders]) for p in facts if isinstance(p, Post)] == [
        ("DIRECTOR GENERAL", ["JOHN Q PUBLIC"])
    ]
    assert [u.name for u in facts if isinstance(u, Unit)] == ["CUSTOMS", "DOMESTIC TAXES", "LEGAL SERVICES"]


def test_a_previous_holder_in_capitals_is_no_current_post() -> None:
    result = _extracted("Leader\nPREV CHMN: ANN Q LEE\n")
    posts = [fact for field in result.fields for fact in field.facts if isinstance(fact, Post)]
    assert all(not p.label.lower().startswith("prev") for p in posts)
    assert all(not p.holders for p in posts)  # a past holder, never the current one


def test_a_clerk_s_membership_label_names_the_bodies_it_belongs_to() -> None:
    result = _extracted("Partners\nMBR OF: KESTREL TAX FORUM (KTF).\n")
    partners = next(field for field in result.fields if field.name == "Partners")
    assert [type(f).__name__ for f in partners.facts] == ["MemberOf"]
    assert not any(isinstance(f, Member) for f in partners.facts)


def test_a_letter_that_lowers_to_two_keeps_names_in_place() -> None:
    """ "İ" lowers to two characters and "ẞ" folds to two: names after them are still stated
    as written, at their own place in the line."""
    result = _extracted("Partners\nMEMBERS: İSTANBUL GROẞHANDEL FORUM; KESTREL REVENUE AUTHORITY.\n")
    members = [f.org.name for field in result.fields for f in field.facts if isinstance(f, Member)]
    assert "KESTREL REVENUE AUTHORITY" in members
