"""The CLDR/pycountry tables under ontology/lexicon/ (devkit/cldr_tables.py): shipped tables
equal the generator's output for the library versions they record, the extractor reads them
typed, and no process scans babel's locales or pycountry's catalogs at run time."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

import pytest

from devkit import cldr_tables
from orgkg.extract import lexicon
from orgkg.extract.address import country_code
from orgkg.extract.numbers import currency


@pytest.mark.parametrize("name", sorted(cldr_tables.TABLES))
def test_shipped_table_equals_the_generator_output(name: str) -> None:
    table, _ = cldr_tables.TABLES[name]
    path = cldr_tables.table_path(name)
    recorded, installed = cldr_tables.recorded_versions(path), cldr_tables.installed_versions(table)
    assert recorded is not None, f"{path} has no '# versions:' line"
    if recorded != installed:
        pytest.skip(f"{path.name} was generated from {recorded}; installed: {installed} (regenerate to compare)")
    assert path.read_text(encoding="utf-8") == cldr_tables.render(name), (
        f"{path.name} is out of date: run python -m devkit.cldr_tables"
    )


def test_tables_are_typed_and_read_only() -> None:
    signs = lexicon.cldr_currency_signs()
    assert all(isinstance(sign, lexicon.CurrencySign) for sign in signs)
    assert {(s.sign, s.code, s.local) for s in signs} >= {("₦", "NGN", True), ("A$", "AUD", False)}
    names = lexicon.cldr_currency_names()
    assert isinstance(names, Mapping) and names["yen"] == "JPY" and names["swiss francs"] == "CHF"
    assert "dollars" not in names  # a word several currencies share
    countries = lexicon.country_names_i18n()
    assert countries["españa"] == "ES" and countries["republic of korea"] == "KR"
    with pytest.raises(TypeError):
        countries["narnia"] = "NA"  # type: ignore[index]
    assert lexicon.country_names_i18n() is countries  # loaded once
    canada = lexicon.subdivisions("CA")
    assert all(isinstance(row, lexicon.Subdivision) for row in canada)
    assert ("ON", "Ontario", "Province") in {(row.code, row.name, row.type) for row in canada}
    assert lexicon.subdivisions("ca") == canada and lexicon.subdivisions("ZZ") == ()
    assert [row.code for row in canada] == sorted(row.code for row in canada)  # not a set's order


def test_country_names_hold_only_names_the_reader_can_reach() -> None:
    import pycountry

    for name in lexicon.country_names_i18n():
        assert name == name.strip() and name == name.casefold() and not name.startswith("the "), name
        if name.isascii():
            with pytest.raises(LookupError):  # the English lookup would answer first
                pycountry.countries.lookup(name)


@pytest.mark.parametrize(
    ("written", "code"),
    [("₦", "NGN"), ("GH₵", "GHS"), ("₲", "PYG"), ("R$", "BRL"), ("Swiss francs", "CHF"), ("rand", "ZAR")],
)
def test_currency_signs_and_names_reach_the_reader(written: str, code: str) -> None:
    assert currency(written) == code


@pytest.mark.parametrize(
    ("written", "code"),
    [("España", "ES"), ("República Argentina", "AR"), ("Republic of Korea", "KR"), ("Deutschland", "DE")],
)
def test_country_names_in_any_language_reach_the_reader(written: str, code: str) -> None:
    assert country_code(written) == code


def test_no_process_scans_locales_or_catalogs() -> None:
    """A fresh process reads a local currency sign, a Spanish country name and a region with
    babel unimported, pycountry's gettext catalogs unopened and its subdivision database
    unloaded (seconds, and 0.1 s, per process)."""
    script = (
        "import gettext, sys, pycountry\n"
        "def refuse(*args, **kwargs): raise AssertionError('catalog or database opened')\n"
        "gettext.translation = refuse\n"
        "pycountry.subdivisions.get = refuse\n"
        "from orgkg.extract.numbers import amounts\n"
        "from orgkg.extract.address import country_code\n"
        "from orgkg.plausibility import subdivisions\n"
        "assert amounts('a budget of ₦12 billion')[0].currency == 'NGN'\n"
        "assert country_code('República Argentina') == 'AR'\n"
        "assert 'ON' in subdivisions('CA').codes\n"
        "from orgkg.extract.address import _region\n"
        "assert _region('Ontario', 'CA') and _region('Lagos State', 'NG')\n"
        "assert 'babel' not in sys.modules, 'babel imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
