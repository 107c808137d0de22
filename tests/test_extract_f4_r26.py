"""Round 26, family F4 (review fixes): a headcount or budget refused because another body is the
subject of its clause ("The ministry employs 12,000 people") gets its ``extract.figure-not-own``
diagnostic, as the reader's refusal was told by the organization's own words; the neighbourhood
reading of an address grows linearly with the number of its parts; figure-subject-words.csv
has a typed loader that checks its role column."""

from __future__ import annotations

import pytest

from orgkg.extract import address as address_module
from orgkg.extract import lexicon
from orgkg.extract.budget import budget_findings, headcount_findings, own_words
from orgkg.model import Identity, OrgKind

SURVEY = Identity("Tidewater Survey Office", OrgKind.GOVERNMENT, acronym="TSO")
MINISTRY = Identity("Ministry of Coastal Affairs", OrgKind.GOVERNMENT)


def codes(findings: list) -> list[str]:
    return [finding.code for finding in findings]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry employs 12,000 people.",
        "The Department of Harbours has a workforce of 4,200.",
        "The regional council, to which it reports, employs about 2,300 people.",
    ],
)
def test_a_headcount_refused_for_another_body_says_why(text: str) -> None:
    found = headcount_findings(text, own_words(SURVEY))
    assert codes(found) == ["extract.figure-not-own"]
    assert found[0].needle in text  # placed at the line holding the figure


def test_the_organizations_own_body_noun_gives_no_refusal() -> None:
    # the Ministry's own profile reads "The ministry employs 12,000": no diagnostic
    assert headcount_findings("The ministry employs 12,000 people.", own_words(MINISTRY)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Works has an annual budget of £800 million (2023).",
        "The regional council's budget is £1.2 billion.",
    ],
)
def test_a_budget_refused_for_another_body_says_why(text: str) -> None:
    assert codes(budget_findings(text, own_words(SURVEY))) == ["extract.figure-not-own"]


def test_a_budget_of_no_body_gives_no_refusal() -> None:
    # "The Board adopted a budget of …": the figure verb has no subject; the budget is read
    assert "extract.figure-not-own" not in codes(
        budget_findings("The Board adopted a budget of £12 million for 2024.", own_words(SURVEY))
    )


def test_the_neighbourhood_reading_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    # each neighbourhood part asked every later part whether it names a street: 500,000 calls
    # for a 10,000-character address; the last street part is now found once
    calls = 0
    names_street = address_module._names_street

    def counted(part: str) -> bool:
        nonlocal calls
        calls += 1
        return names_street(part)

    monkeypatch.setattr(address_module, "_names_street", counted)

    def calls_for(neighbourhoods: int) -> int:
        nonlocal calls
        calls = 0
        text = "Rue A 12, " + "Hay Riad, " * neighbourhoods + "Rue B 3, 10100 Rabat, Morocco"
        address_module._read(text)
        return calls

    short, long = calls_for(100), calls_for(1000)
    assert long < 20 * short  # linear: about 10x; the quadratic reading made it about 100x


def test_figure_subject_words_are_typed_and_checked(tmp_path, monkeypatch) -> None:
    roles = {row.role for row in lexicon.figure_subject_words()}
    assert roles == {"verb", "other", "own", "joiner", "body"}
    monkeypatch.setattr(lexicon, "table", lambda name: [("employs", "verb"), ("parent", "owner")])
    lexicon.figure_subject_words.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"figure-subject-words\.csv: 'parent' has unknown role"):
            lexicon.figure_subject_words()
    finally:
        lexicon.figure_subject_words.cache_clear()


def test_the_refusal_reaches_the_profiles_diagnostics_at_its_line() -> None:
    from orgkg.extract import extract
    from orgkg.model import EmployeeCount
    from orgkg.parse import parse_profile

    lines = [
        "Tidewater Survey Office",
        "| ||||",
        "|",
        "The Tidewater Survey Office (TSO) is a public mapping office.",
        "Number of employees",
        "The ministry employs 12,000 people.",
    ]
    facts = extract(parse_profile("\n".join(lines) + "\n", "tidewater.txt"))
    field = next(f for f in facts.fields if f.name == "Number of employees")
    assert not [f for f in field.facts if isinstance(f, EmployeeCount)]
    refusals = [d for d in facts.diagnostics if d.code == "extract.figure-not-own"]
    assert [d.line for d in refusals] == [6]
