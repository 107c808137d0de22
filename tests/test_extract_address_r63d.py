"""Round 63d (addresses): a bracketed note on another site, a labelled null of one component,
a Mexican state with its Spanish type word, a town and code opening the address, and a
street's last part that repeats a word of its first."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.address import _without_bracketed_site
from orgkg.model import FieldStatus
from orgkg.parse import parse_profile

from .address_helpers import Read, address_of


def components(body: str) -> Read | None:
    intro = "The Lindqvist Trust (LT) is a grant-making charity."
    return address_of([body], title="Lindqvist Trust", intro=intro, after=(), file="lindqvist.txt")


def status(body: str) -> FieldStatus:
    lines = ["Lindqvist Trust", "| ||||", "|", "The Lindqvist Trust (LT) is a grant-making charity."]
    profile = extract(parse_profile("\n".join([*lines, "Headquarters address", body]) + "\n", "lindqvist.txt"))
    return next(f for f in profile.fields if f.name == "Headquarters address").status


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mühlenweg 12, 20095 Hamburg, Germany (Munich office: Sendlinger Straße 3, 80331 München)",
            ("Mühlenweg 12", "Hamburg", None, "20095", "DE"),
        ),
        (
            "Kampstraat 8, 3512 JK Utrecht, Netherlands (regional office: Dorpsweg 2, 9711 AA Groningen)",
            ("Kampstraat 8", "Utrecht", None, "3512 JK", "NL"),
        ),
        (
            "14 Lake Road, Kisumu, Kenya (branch: 3 Harbour Lane, Mombasa)",
            ("14 Lake Road", "Kisumu", None, None, "KE"),
        ),
        (
            "Viale Roma 40, 00184 Roma, Italy (postal address: Casella Postale 9, 00100 Roma)",
            ("Viale Roma 40", "Roma", None, "00184", "IT"),
        ),
    ],
)
def test_a_bracketed_note_on_another_site_leaves_the_head_office_whole(body: str, expected: Read) -> None:
    assert components(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the head office itself in the bracket: no other site, nothing cut
        "Mühlenweg 12, 20095 Hamburg, Germany (head office: Sendlinger Straße 3, 80331 München)",
        # a lowercase word before the site noun that no table lists
        "Mühlenweg 12, 20095 Hamburg, Germany (temporary office: Sendlinger Straße 3, 80331 München)",
        # a bracket without a label
        "Mühlenweg 12, 20095 Hamburg, Germany (Munich office)",
    ],
)
def test_a_bracketed_note_without_an_other_site_label_is_not_cut(body: str) -> None:
    assert _without_bracketed_site(body) == body


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tucson, Arizona, United States. Street address: Not reported.", (None, "Tucson", "Arizona", None, "US")),
        ("Tampere, Finland; Postcode: n/a", (None, "Tampere", None, None, "FI")),
        ("Cusco, Peru (street: unknown)", (None, "Cusco", None, None, "PE")),
        ("Tartu, Estonia. The street address is not recorded in our files.", (None, "Tartu", None, None, "EE")),
    ],
)
def test_a_labelled_null_of_one_component_withholds_that_component_only(body: str, expected: Read) -> None:
    assert status(body) is FieldStatus.STATED
    assert components(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Street address: Not reported.",  # the null alone: the whole field
        "Not reported. Street address: Not reported.",  # the text before it is a null too
    ],
)
def test_a_labelled_null_alone_keeps_the_field_unstated(body: str) -> None:
    assert status(body) is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert components(body) is None


def test_a_whole_address_said_unknown_in_a_closing_sentence_is_not_a_component() -> None:
    # "the address" names no component: the sentence is left to the field statement
    assert components("Tartu, Estonia. The address is not recorded.") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Camino Real Km. 12, San Isidro, Toluca, Estado de México, C.P. 50200, Mexico",
            ("Camino Real Km. 12, San Isidro", "Toluca", "Estado de México", "50200", "MX"),
        ),
        (
            "Av. Juárez 300, Zapopan, Edo. de Jalisco, C.P. 45100, México",
            ("Av. Juárez 300", "Zapopan", "Edo. de Jalisco", "45100", "MX"),
        ),
    ],
)
def test_a_mexican_state_with_its_spanish_type_word_is_the_region(body: str, expected: Read) -> None:
    assert components(body) == expected


def test_a_state_type_word_before_a_place_that_is_no_state_names_no_region() -> None:
    read = components("Camino Real Km. 12, Toluca, Estado de Nowhere, C.P. 50200, Mexico")
    assert read is None or read[2] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lindqvist Trust, Lahore 54000, Punjab, Pakistan", (None, "Lahore", "Punjab", "54000", "PK")),
        ("Pune 411001, Maharashtra, India", (None, "Pune", "Maharashtra", "411001", "IN")),
    ],
)
def test_a_town_and_code_then_a_region_open_the_address(body: str, expected: Read) -> None:
    assert components(body) == expected


def test_a_ward_after_a_town_and_code_is_no_region() -> None:
    read = components("Osaka 530-0001, Kita-ku, Japan")
    assert read is None or read[2] is None


def test_a_street_whose_last_part_repeats_a_word_of_its_first_is_kept_as_written() -> None:
    read = components("Rua do Porto, 15 — Porto, Recife – PE, 50030-230, Brazil")
    assert read is not None and read[0] == "Rua do Porto, 15 — Porto"
