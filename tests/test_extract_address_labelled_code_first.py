"""Address: a postal code labelled by its postal word and written alone ("CEP 70818-900"), then
a place that is no region, is followed by its locality, whatever the country's usual order."""

from __future__ import annotations

from orgkg.extract.address import _read


def test_a_labelled_code_alone_is_followed_by_its_town() -> None:
    found = _read("Quadra 4, Edifício Azul, Bloco B, CEP 70040-010, Brasília, Federal District, Brazil")
    assert found.street == "Quadra 4, Edifício Azul, Bloco B"
    assert found.locality == "Brasília"
    assert found.region == "Federal District"
    assert found.postal_code == "70040-010"


def test_a_labelled_code_before_a_region_keeps_the_town_before_it() -> None:
    found = _read("Rua das Flores 120, Curitiba, CEP 80010-000, Paraná, Brazil")
    assert found.locality == "Curitiba"
    assert found.region == "Paraná"


def test_an_unlabelled_code_keeps_the_countrys_order() -> None:
    found = _read("Rua das Flores 120, Curitiba 80010-000, Brazil")
    assert found.locality == "Curitiba"
    assert found.postal_code == "80010-000"
