"""Round 26 (family F1): the tables parent and identity added this session are read through
typed loaders in extract/lexicon.py that check them, so a misspelled role or a capital in a
lowercase table is a packaging error naming the file, never a list silently emptied."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from orgkg.extract import lexicon

_LOADERS: tuple[Callable[[], object], ...] = (
    lexicon.parent_time_marks,
    lexicon.pronunciation_labels,
    lexicon.dedication_phrases,
)


_Tables = dict[str, tuple[tuple[str, ...], ...]]


@pytest.fixture
def fake_tables(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Tables]:
    """Tables served in place of ontology/lexicon, the loaders' caches cleared around the test."""
    tables: _Tables = {}
    monkeypatch.setattr(lexicon, "table", lambda name: tables[name])
    for loader in _LOADERS:
        loader.cache_clear()  # type: ignore[attr-defined]
    yield tables
    for loader in _LOADERS:
        loader.cache_clear()  # type: ignore[attr-defined]


def test_parent_time_marks_are_typed_and_checked_by_the_real_table() -> None:
    marks = lexicon.parent_time_marks()
    assert {mark.time for mark in marks} == {"former", "current"}
    assert lexicon.ParentTimeMark("formerly", "former") in marks
    assert lexicon.ParentTimeMark("nowadays", "current") in marks


@pytest.mark.parametrize("time", ["formr", "Former", "past", "currently"])
def test_a_misspelled_time_is_an_error_naming_the_file_and_row(fake_tables: _Tables, time: str) -> None:
    fake_tables["parent-time-marks"] = (("formerly", "former"), ("previously", time))
    with pytest.raises(lexicon.LexiconError, match=rf"parent-time-marks\.csv: 'previously' has unknown time '{time}'"):
        lexicon.parent_time_marks()


def test_known_times_load(fake_tables: _Tables) -> None:
    fake_tables["parent-time-marks"] = (("once", "former"), ("today", "current"))
    assert [(m.phrase, m.time) for m in lexicon.parent_time_marks()] == [("once", "former"), ("today", "current")]


@pytest.mark.parametrize(
    "name, loader, word",
    [
        ("pronunciation-labels", lexicon.pronunciation_labels, "IPA"),
        ("dedication-phrases", lexicon.dedication_phrases, "Named after"),
    ],
)
def test_a_capital_in_a_lowercase_table_is_an_error(
    fake_tables: _Tables, name: str, loader: Callable[[], object], word: str
) -> None:
    fake_tables[name] = (("listen",), (word,))
    with pytest.raises(lexicon.LexiconError, match=rf"{name}\.csv: '{word}' is not lowercase"):
        loader()


def test_real_lowercase_tables_load() -> None:
    assert "ipa" in lexicon.pronunciation_labels()
    assert "named after" in lexicon.dedication_phrases()


def test_identity_imports_only_shared_layers() -> None:
    """docs/extraction.md, "Package map": a family module imports only the shared layers; identity asked the
    address reader for country names, now the lexicon layer's ``country_code``."""
    import ast
    from pathlib import Path

    from orgkg.extract import identity

    tree = ast.parse(Path(identity.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1}
    assert imported <= {"lexicon", "names", "reader", "status", "text", "dates", "numbers", "sentences", None}


def test_country_code_is_one_function_importable_from_address_too() -> None:
    from orgkg.extract import address, country_code

    assert address.country_code is lexicon.country_code is country_code
    assert lexicon.country_code("the Netherlands") == "NL"
    assert lexicon.country_code("U.K.") == "GB"
    assert lexicon.country_code("Atlantis") is None
