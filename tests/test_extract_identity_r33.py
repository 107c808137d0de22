"""Round 33 (F1): intros of a compact technical writer. A bare place between commas after the
name is the seat ("X (ACR; gloss), Delft, is"), never another name; an abbreviated language
label ("Fin.", "Latv.", "Norw.") and "abbr." introduce another name or acronym, and are no part
of it."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Field, Identity, Item, Profile


def _identity(title: str, intro: str, address: str = "") -> Identity:
    fields = (Field("Headquarters address", 4, (Item(5, address),)),) if address else ()
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, fields))


@pytest.mark.parametrize(
    "title, intro, place, address",
    [
        (
            "Nationaal Bodemkundig Instituut",
            "The Nationaal Bodemkundig Instituut (NBI; National Soil Institute), Den Helder, is a state agency.",
            "Den Helder",
            "Zeeweg 12, 1781 AA Den Helder, Netherlands",
        ),
        (
            "Instituto Nacional de Pesca",
            "Instituto Nacional de Pesca (INP), Rio de Janeiro, is the fisheries research body of Brazil.",
            "Rio de Janeiro",
            "Rua do Porto 40, 20000-000 Rio de Janeiro, Brazil",
        ),
        (
            "Danish Wind Laboratory",
            "The Danish Wind Laboratory (DWL), Kongens Lyngby, was a research body for wind energy.",
            "Kongens Lyngby",
            "Anker Engelunds Vej 1, 2800 Kongens Lyngby",
        ),
    ],
)
def test_place_between_commas_is_the_seat(title: str, intro: str, place: str, address: str) -> None:
    found = _identity(title, intro, address)
    assert found.name == title
    assert place not in found.alternate_names


@pytest.mark.parametrize(
    "title, intro, other",
    [
        (
            "Commonwealth Soil Office",
            "CSO, the Commonwealth Soil Office, is a research body.",
            "Commonwealth Soil Office",
        ),
        ("Nordic Seed Bank", "Nordic Seed Bank (NSB), Nordisk Genbank, is a seed archive.", "Nordisk Genbank"),
        ("Harbour Trust", "Harbour Trust, also known as Harbour Heritage, is a charity.", "Harbour Heritage"),
    ],
)
def test_appositive_name_is_still_read(title: str, intro: str, other: str) -> None:
    # the address names another town: the piece is no seat, and stays a name
    found = _identity(title, intro, "Main Street 1, 0150 Oslo, Norway")
    assert other in (found.name, *found.alternate_names)


@pytest.mark.parametrize(
    "title, intro, native",
    [
        (
            "Finnish Forest Institute",
            "Finnish Forest Institute (Fin. Suomen metsäinstituutti; short: FFI) – state research body.",
            "Suomen metsäinstituutti",
        ),
        (
            "Norwegian Polar Archive",
            "Norwegian Polar Archive (Norw. Norsk polararkiv) – state archive in Tromsø.",
            "Norsk polararkiv",
        ),
        (
            "Lithuanian Energy Institute",
            "Lithuanian Energy Institute (Lith. Lietuvos energetikos institutas) – state research institute.",
            "Lietuvos energetikos institutas",
        ),
    ],
)
def test_abbreviated_language_label_opens_a_native_name(title: str, intro: str, native: str) -> None:
    found = _identity(title, intro)
    assert native in found.alternate_names
    assert not any(n.split()[0].endswith(".") for n in found.alternate_names)


@pytest.mark.parametrize(
    "title, intro, acronyms",
    [
        (
            "Baltic Institute of Marine Chemistry",
            "Baltic Institute of Marine Chemistry (abbr. BIMC, Latv. BJKI), Rīga – state research institute.",
            {"BIMC", "BJKI"},
        ),
        ("Danish Road Institute", "Danish Road Institute (abbrev. DRI; Dan. VI) – road research body.", {"DRI", "VI"}),
        ("Hungarian Grain Office", "Hungarian Grain Office (Hung. GH; abbr. HGO) – state grain board.", {"HGO", "GH"}),
    ],
)
def test_labelled_acronyms_lose_their_labels(title: str, intro: str, acronyms: set[str]) -> None:
    found = _identity(title, intro)
    assert {found.acronym, *found.alternate_names} >= acronyms
    assert not any("." in n for n in (found.acronym or "", *found.alternate_names))


@pytest.mark.parametrize(
    "title, intro, acronym",
    [
        ("Burrow & Finch", "Burrow & Finch (B&F) – Danish rope works + chandlery, Aarhus.", "B&F"),
        ("Nordic Rail", "Nordic Rail (NR) – Swedish state railway operator, Stockholm.", "NR"),
        ("Kiel Harbour Yard", "Kiel Harbour Yard (KHY) – German shipbuilder since 1867.", "KHY"),
    ],
)
def test_nationality_and_a_lowercase_word_after_a_dash_open_a_description(title: str, intro: str, acronym: str) -> None:
    found = _identity(title, intro)
    assert found.name == title
    assert found.acronym == acronym


def test_capitalised_name_after_a_dash_is_still_a_name() -> None:
    found = _identity("Goethe Centre", "Goethe Centre – German Institute for Culture – is a cultural body.")
    assert "German Institute for Culture" in found.alternate_names
