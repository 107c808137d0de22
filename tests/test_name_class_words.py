"""A capitalised phrase made only of words that name classes of partners ("Member States",
"Contracting Parties", "Pays-membres") is no organization's name (names._class_words_only,
lexicon/class-name-words.csv with partner-category-words.csv). Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.names import NameKind, name_problem
from orgkg.model import Member
from orgkg.parse import parse_profile


@pytest.mark.parametrize(
    "text",
    [
        "Member States",
        "Associate Members",
        "Contracting Parties",
        "Pays-membres",
        "Estados Miembros",
        "Partner Universities",
    ],
)
def test_class_words_only_is_no_name(text: str) -> None:
    assert name_problem(text, NameKind.ORGANIZATION) == "a class of partners, not a name"


@pytest.mark.parametrize(
    "text",
    [
        "United Nations",  # "united" names no class
        "Associated Universities",  # nor does "associated"
        "Government",  # one word alone is left to the common-noun checks
        "Partners in Health",
        "World Bank",
    ],
)
def test_one_other_word_keeps_a_candidate_name(text: str) -> None:
    assert name_problem(text, NameKind.ORGANIZATION) != "a class of partners, not a name"


def _members(partners: str) -> set[str]:
    text = f"Rift Basin Authority\n|\nThe Rift Basin Authority is an intergovernmental body.\nPartners\n{partners}\n"
    facts = extract(parse_profile(text, "rba.txt"))
    return {f.org.name for ff in facts.fields for f in ff.facts if isinstance(f, Member)}


@pytest.mark.parametrize("partners", ["Member States", "Member States.", "Pays-membres", "Contracting Parties"])
def test_a_bare_class_line_is_no_member(partners: str) -> None:
    assert _members(partners) == set()


def test_named_members_beside_it_stay() -> None:
    assert _members("United Nations; World Bank") == {"United Nations", "World Bank"}
