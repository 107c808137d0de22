"""The extraction lexicon (ontology/lexicon/*.csv): every table loads, typed, without duplicates."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from orgkg.extract import lexicon
from orgkg.model import OrgKind
from orgkg.resources import data_dir

TABLES = sorted(path.stem for path in (data_dir("ontology") / "lexicon").glob("*.csv"))


def test_every_table_file_is_covered() -> None:
    assert set(TABLES) == {
        "corporate-suffixes",
        "count-qualifiers",
        "currency-words",
        "identity-cues",
        "legal-instruments",
        "month-spellings",
        "multipliers",
        "not-budget-words",  # budget.py: amounts beside the budget
        "postal-box-words",  # address.py
        "region-before-postal",  # address.py
        "name-glue",
        "narrative-headings",
        "name-particles",
        "not-person-words",
        "org-kind-keywords",
        "org-name-keywords",
        "parent-cues",
        "person-titles",
        "roles",
        "status-phrases",
        "unit-words",
        # names, people and lists (extract/names.py)
        "function-words",
        "legal-form-suffixes",
        "partner-category-words",
        "post-nominals",
        "role-modifiers",
        "sentence-verbs",
    }


@pytest.mark.parametrize("name", TABLES)
def test_table_loads_without_duplicates(name: str) -> None:
    rows = lexicon.table(name)
    assert rows and isinstance(rows, tuple)
    assert len(set(rows)) == len(rows)
    assert len({len(row) for row in rows}) == 1
    if len(rows[0]) == 1 or name in {"multipliers", "month-spellings", "name-glue", "person-titles"}:
        keys = [row[0] for row in rows]  # the first column is the key of these tables
        assert len(set(keys)) == len(keys)


def test_typed_values() -> None:
    assert all(isinstance(g, lexicon.GlueWord) and isinstance(g.in_names, bool) for g in lexicon.name_glue())
    assert "of" in lexicon.glue_words() and isinstance(lexicon.glue_words(), frozenset)
    assert lexicon.multipliers()["million"] == 6
    assert isinstance(lexicon.multipliers(), Mapping)
    with pytest.raises(TypeError):
        lexicon.multipliers()["k"] = 4  # type: ignore[index]  # read-only
    assert lexicon.month_spellings()["sept"] == 9
    assert all(isinstance(k.kind, OrgKind) for k in (*lexicon.org_kind_keywords(), *lexicon.org_name_keywords()))
    assert {t.title for t in lexicon.person_titles() if t.abbreviation} >= {"Dr", "Mr"}
    for words in (lexicon.roles(), lexicon.unit_words(), lexicon.count_qualifiers(), lexicon.name_particles()):
        assert isinstance(words, tuple) and all(w == w.strip() and w for w in words)


def test_tables_are_loaded_once() -> None:
    assert lexicon.roles() is lexicon.roles()
    assert lexicon.table("roles") is lexicon.table("roles")


def test_kind_keyword_stems() -> None:
    stem = lexicon.KindKeyword(OrgKind.NGO, "charit+")
    assert re.fullmatch(stem.pattern, "charitable") and not re.fullmatch(stem.pattern, "charit")
    assert re.fullmatch(lexicon.KindKeyword(OrgKind.NGO, "joint venture").pattern, "joint venture")


def test_lexicon_words_reach_the_readers() -> None:
    from orgkg.extract.names import person
    from orgkg.extract.numbers import currency

    assert person("Dr. Ursula von der Leyen") is not None
    assert person("Dame Jane Doe").name == "Jane Doe"  # honorific from person-titles.csv
    assert currency("euros") == "EUR"  # currency-words.csv + currencies.csv


def test_malformed_table_is_reported_with_file_and_line(tmp_path, monkeypatch) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "broken.csv").write_text("word,power\n# note\nk,3\nm\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_file", lambda folder, name: tmp_path / name)
    lexicon.table.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"broken\.csv:4: expected 2 non-empty columns"):
            lexicon.table("broken")
    finally:
        lexicon.table.cache_clear()
