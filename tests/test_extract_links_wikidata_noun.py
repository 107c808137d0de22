"""A bare Wikidata id after "Wikidata", a noun naming it and maybe "is" ("its Wikidata
identifier is Q4711"); an id after any other word is not read. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import SameAs
from orgkg.parse import parse_profile


def _same_as(body: str) -> list[str]:
    lines = ["Delta Works", "| ||||", "|", "Delta Works is a shipyard.", "External links", body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "delta.txt"))
    found = next(f for f in facts.fields if f.name == "External links")
    return [f.iri for f in found.facts if isinstance(f, SameAs)]


@pytest.mark.parametrize(
    "body",
    [
        "The yard's website is https://delta.example, and its Wikidata identifier is Q4711.",
        "Wikidata item: Q4711",
        "Wikidata: Q4711",
    ],
)
def test_wikidata_id_after_a_noun_naming_it(body: str) -> None:
    assert _same_as(body) == ["http://www.wikidata.org/entity/Q4711"]


def test_an_id_after_another_word_is_not_read() -> None:
    assert _same_as("The yard's website is https://delta.example; its catalogue identifier is Q4711.") == []
