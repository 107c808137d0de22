"""Round 28 (family F1): identity-cues, parent-cues, catalogue-name-labels and
name-record-keys are read through typed loaders in extract/lexicon.py that check their
kind/relation column, so a misspelled value is a packaging error naming the file and row,
never a cue list silently emptied."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from orgkg.extract import lexicon

_Tables = dict[str, tuple[tuple[str, ...], ...]]

# (table, loader, column, the values it allows)
_CHECKED: tuple[tuple[str, Callable[[], tuple[object, ...]], str, frozenset[str]], ...] = (
    ("identity-cues", lexicon.identity_cues, "kind", frozenset({"alternate", "former", "full"})),
    ("parent-cues", lexicon.parent_cues, "relation", frozenset({"parent", "coordinator", "successive", "restated"})),
    ("catalogue-name-labels", lexicon.catalogue_name_labels, "kind", frozenset({"self", "alternate"})),
    ("name-record-keys", lexicon.name_record_keys, "kind", frozenset({"self", "alternate"})),
)


@pytest.fixture
def fake_tables(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Tables]:
    """Tables served in place of ontology/lexicon, the loaders' caches cleared around the test."""
    tables: _Tables = {}
    monkeypatch.setattr(lexicon, "table", lambda name: tables[name])
    for _, loader, _, _ in _CHECKED:
        loader.cache_clear()  # type: ignore[attr-defined]
    yield tables
    for _, loader, _, _ in _CHECKED:
        loader.cache_clear()  # type: ignore[attr-defined]


@pytest.mark.parametrize("name, loader, column, allowed", _CHECKED, ids=[c[0] for c in _CHECKED])
def test_the_real_table_loads_every_row_with_every_allowed_value(
    name: str, loader: Callable[[], tuple[object, ...]], column: str, allowed: frozenset[str]
) -> None:
    rows = loader()
    assert [tuple(vars(row).values()) for row in rows] == list(lexicon.table(name))
    assert {getattr(row, column) for row in rows} == allowed


@pytest.mark.parametrize("name, loader, column, allowed", _CHECKED, ids=[c[0] for c in _CHECKED])
@pytest.mark.parametrize("bad", ["alternat", "Parent", "formerly", "selfs"])
def test_a_misspelled_value_is_an_error_naming_the_file_and_row(
    fake_tables: _Tables,
    name: str,
    loader: Callable[[], tuple[object, ...]],
    column: str,
    allowed: frozenset[str],
    bad: str,
) -> None:
    fake_tables[name] = (("good", sorted(allowed)[0]), ("oops", bad))
    with pytest.raises(lexicon.LexiconError, match=rf"{name}\.csv: 'oops' has unknown {column} '{bad}'"):
        loader()


def test_known_values_load_typed(fake_tables: _Tables) -> None:
    fake_tables["identity-cues"] = (("known as", "alternate"), ("formerly", "former"))
    fake_tables["parent-cues"] = (("part of", "parent"), ("hosted by", "coordinator"))
    fake_tables["name-record-keys"] = (("name", "self"),)
    assert lexicon.identity_cues() == (
        lexicon.IdentityCue("known as", "alternate"),
        lexicon.IdentityCue("formerly", "former"),
    )
    assert lexicon.parent_cues()[1] == lexicon.ParentCue("hosted by", "coordinator")
    assert lexicon.name_record_keys() == (lexicon.NameLabel("name", "self"),)
