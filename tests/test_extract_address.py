"""extract/address.py: components per country layout; no mis-split components."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Address, FieldStatus
from orgkg.parse import parse_profile


def address_field(body: str):
    text = (
        "\n".join(
            [
                "Delta Institute",
                "| ||||",
                "|",
                "The Delta Institute is a research institute.",
                "Headquarters address",
                body,
            ]
        )
        + "\n"
    )
    facts = extract(parse_profile(text, "delta.txt"))
    return next(f for f in facts.fields if f.name == "Headquarters address")


def components(body: str) -> tuple[str | None, ...] | None:
    found = [f for f in address_field(body).facts if isinstance(f, Address)]
    if not found:
        return None
    a = found[0]
    return (a.street, a.locality, a.region, a.postal_code, a.country)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("55 Rue Sherbrooke, Montréal, QC H2S 3H1, Canada", ("55 Rue Sherbrooke", "Montréal", "QC", "H2S 3H1", "CA")),
        ("88 King Street, Toronto, Ontario M5H 1J9, Canada", ("88 King Street", "Toronto", "Ontario", "M5H 1J9", "CA")),
        (
            "3-5-8 Sengen, Tsukuba-shi, Ibaraki 305-8505, Japan",
            ("3-5-8 Sengen", "Tsukuba-shi", "Ibaraki", "305-8505", "JP"),
        ),
        (
            "Mahatma Gandhi Road, Pune, Maharashtra 411 001, India",
            ("Mahatma Gandhi Road", "Pune", "Maharashtra", "411 001", "IN"),
        ),
        ("Vikas Marg, Mumbai 400021, India", ("Vikas Marg", "Mumbai", None, "400021", "IN")),
        (
            "Rua Jardim Botânico, 1008 – Rio de Janeiro, RJ – 22460-030 – Brazil",
            ("Rua Jardim Botânico, 1008", "Rio de Janeiro", "RJ", "22460-030", "BR"),
        ),
        ("14 Kings Avenue, Canberra ACT 2600, Australia", ("14 Kings Avenue", "Canberra", "ACT", "2600", "AU")),
        ("Route Cantonale 9, CH-1015 Lausanne, Switzerland", ("Route Cantonale 9", "Lausanne", None, "1015", "CH")),
        ("Unter den Linden 6, 10099 Berlin, Germany", ("Unter den Linden 6", "Berlin", None, "10099", "DE")),
        ("12 Avenue Foch, 75775 Paris Cedex 16, France", ("12 Avenue Foch", "Paris", None, "75775", "FR")),
        ("Milton Road, Oxford OX4 4GA, United Kingdom", ("Milton Road", "Oxford", None, "OX4 4GA", "GB")),
        ("Winchester, Hampshire, United Kingdom", (None, "Winchester", "Hampshire", None, "GB")),
        (
            "1 Jan Smuts Avenue, Johannesburg, 2001, South Africa",
            ("1 Jan Smuts Avenue", "Johannesburg", None, "2001", "ZA"),
        ),
        ("9 Main Street, Springfield, IL 62701", ("9 Main Street", "Springfield", "IL", "62701", "US")),
    ],
)
def test_address_layouts(body: str, expected: tuple[str | None, ...]) -> None:
    assert components(body) == expected


def test_a_locality_is_never_a_region_or_postal_code() -> None:
    street, locality, _region, _postal, _ = components("Ring Road 4, 4000 Aarhus, Central Jutland, Denmark")  # type: ignore[misc]
    assert locality == "Aarhus"
    assert "4000" not in (locality or "") and "4000" not in (street or "")


def test_post_office_box_is_neither_street_nor_locality() -> None:
    assert components("Harbour Lane, P.O. Box 1234, Mombasa, Kenya") == ("Harbour Lane", "Mombasa", None, None, "KE")


def test_unrecognised_layout_keeps_the_street_only() -> None:
    # "Building 7" has digits: it is no locality, and nothing here is a postal code of Kenya.
    assert components("Harbour Lane, Building 7, Kenya") == ("Harbour Lane", None, None, None, "KE")


def test_a_negated_address_has_no_components() -> None:
    field = address_field("Not applicable — the agency was wound up in 2001; it sat at 9 Elm Row, Leeds.")
    assert field.facts == ()
    assert field.status == FieldStatus.NOT_APPLICABLE


# -- links (extract/links.py) -------------------------------------------------------------


def links(body: str):
    text = (
        "\n".join(
            ["Delta Institute", "| ||||", "|", "The Delta Institute is a research institute.", "External links", body]
        )
        + "\n"
    )
    facts = extract(parse_profile(text, "delta.txt"))
    return next(f for f in facts.fields if f.name == "External links").facts


def test_website_without_scheme_and_bare_wikidata_id() -> None:
    from orgkg.model import SameAs, Website

    found = links("- Website: www.delta-institute.example.org\n- Wikidata: Q4115189")
    assert Website("https://www.delta-institute.example.org") in found
    assert SameAs("http://www.wikidata.org/entity/Q4115189") in found


@pytest.mark.parametrize("body", ["Contact: info@www.delta.org", "See www.delta (internal)", "Q4115189"])
def test_ambiguous_links_are_not_read(body: str) -> None:
    assert links(body) == ()
