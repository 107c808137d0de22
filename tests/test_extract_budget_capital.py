"""A body's capital is no budget; a currency word before another currency's word ("gold
pesos", "gold francs") qualifies it: the words are kept and no currency is read."""

from __future__ import annotations

from decimal import Decimal

from orgkg.extract import extract
from orgkg.extract.numbers import amounts
from orgkg.model import Budget
from orgkg.parse import parse_profile

ADDRESS = "Calle 9 No. 4-12, Cali, Colombia"


def budgets(body: str) -> list[Budget]:
    name = "Banco Ficticio del Valle"
    lines = [name, "| ||||", "|", f"{name} is a savings bank.", "Last total enacted budget", body]
    lines += ["Headquarters address", ADDRESS]
    profile = extract(parse_profile("\n".join(lines) + "\n", "ficticio.txt"))
    field = next(f for f in profile.fields if f.name == "Last total enacted budget")
    return [f for f in field.facts if isinstance(f, Budget)]


def test_initial_capital_is_no_budget() -> None:
    assert budgets("Its budget is set by its board. In 1950 the bank's initial capital was 4 million pesos.") == []


def test_a_capital_budget_is_still_a_budget() -> None:
    found = budgets("The 2021 capital budget was 4 million pesos.")
    assert [b.amount for b in found] == [Decimal(4000000)]


def test_gold_before_another_currency_word_reads_no_currency() -> None:
    found = amounts("the reserve was 6 million gold francs in 1925", country="CO")
    assert [(a.value, a.currency, a.currency_text) for a in found[:1]] == [(Decimal(6000000), None, "gold francs")]


def test_one_currency_named_twice_is_read() -> None:
    found = amounts("a grant of 3 million pound sterling", country="GB")
    assert found[0].currency == "GBP"
    # a currency word alone is still read
    assert amounts("6 million pesos", country="CO")[0].currency == "COP"
