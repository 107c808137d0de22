"""Addresses: a region written by its English name where ISO 3166-2 spells it in the country's own
language ("Bavaria", "Lombardy") is a region after the town, never the town after a street; a
coordinated subject before the address ("campus and administrative offices are at") is a lead."""

from __future__ import annotations

from orgkg.extract.address import _read


def test_an_english_region_name_after_a_town() -> None:
    found = _read("Its headquarters were in Augsburg, Bavaria, Germany.")
    assert found.street is None
    assert found.locality == "Augsburg"
    assert found.region == "Bavaria"
    assert found.country == "DE"


def test_an_english_region_name_of_another_country() -> None:
    found = _read("Via Roma 4, Bergamo, Lombardy, Italy")
    assert found.street == "Via Roma 4"
    assert found.locality == "Bergamo"
    assert found.region == "Lombardy"


def test_a_city_that_is_also_a_state_stays_the_town() -> None:
    found = _read("Ringstrasse 1, Vienna, Austria")
    assert found.locality == "Vienna"
    assert found.region is None


def test_a_coordinated_subject_is_a_lead() -> None:
    found = _read("The university's campus and central offices are at Hill Road, Pune 411001, India.")
    assert found.street == "Hill Road"
    assert found.locality == "Pune"
    assert found.postal_code == "411001"
    assert found.country == "IN"


def test_a_coordinated_subject_of_another_body_is_no_lead() -> None:
    found = _read("The ministry's campus and the council offices are at Hill Road, Pune 411001, India.")
    assert found.street != "Hill Road"
