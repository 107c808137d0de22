"""Identity (extract/identity.py): the full name, acronyms, other and former names from the intro."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import intro_names, read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


@pytest.mark.parametrize(
    "title, intro, name, acronym",
    [
        # a title that is an acronym takes the full name from the intro
        (
            "NLR",
            "The Netherlands Aerospace Centre (NLR) is a research institute.",
            "Netherlands Aerospace Centre",
            "NLR",
        ),
        ("KNMI", "KNMI (Royal Netherlands Meteorological Institute) is the national weather service.", "KNMI", None),
        (
            "ESO",
            "The European Southern Observatory, known as ESO, is an intergovernmental research organisation.",
            "European Southern Observatory",
            "ESO",
        ),
        (
            "IARC",
            "The International Agency for Research on Cancer, known simply as IARC, is an agency.",
            "International Agency for Research on Cancer",
            "IARC",
        ),
        # a short title the intro extends
        (
            "Acme Labs",
            "Globex Acme Labs, originally Acme Signal Works, Inc., is a company lab.",
            "Globex Acme Labs",
            None,
        ),
        ("Hartwell Research", "Hartwell Research Ltd. (HR) was a company.", "Hartwell Research Ltd.", "HR"),
        # the title is the full name already
        (
            "Royal Institute of Navigation",
            "The Royal Institute of Navigation (RIN) is a learned society.",
            "Royal Institute of Navigation",
            "RIN",
        ),
        ("Wexford Trust", "Wexford Trust is a charitable foundation.", "Wexford Trust", None),
    ],
)
def test_name_and_acronym(title: str, intro: str, name: str, acronym: str | None) -> None:
    identity = _identity(title, intro)
    assert identity.name == name
    assert identity.acronym == acronym


def test_acronym_first_then_full_name_keeps_the_full_title() -> None:
    identity = _identity(
        "Royal Netherlands Meteorological Institute", "KNMI (Royal Netherlands Meteorological Institute) is a service."
    )
    assert identity.name == "Royal Netherlands Meteorological Institute" and identity.acronym == "KNMI"


def test_acronym_then_the_full_name_as_appositive() -> None:
    identity = _identity("NIWA", "NIWA, the National Institute of Water and Atmospheric Research, is a crown entity.")
    assert identity.name == "National Institute of Water and Atmospheric Research"
    assert identity.acronym == "NIWA"
    assert identity.alternate_names == ()


def test_foreign_names_and_second_acronym() -> None:
    identity = _identity(
        "Natural Resources Institute Finland",
        "Natural Resources Institute Finland (Luke; Finnish: Luonnonvarakeskus, LUKE) is a research institute.",
    )
    assert identity.name == "Natural Resources Institute Finland"
    assert "Luonnonvarakeskus" in identity.alternate_names


def test_labelled_foreign_name_with_lowercase_words() -> None:
    identity = _identity(
        "CNES",
        "The National Centre for Space Studies (French: Centre national d'études spatiales, CNES) is an agency.",
    )
    assert identity.name == "National Centre for Space Studies"
    assert identity.acronym == "CNES"
    assert "Centre national d'études spatiales" in identity.alternate_names


def test_from_the_french() -> None:
    identity = _identity(
        "OIV",
        "The International Organisation of Vine and Wine, known as OIV (from the French Organisation "
        "internationale de la vigne et du vin), is an intergovernmental body.",
    )
    assert identity.name == "International Organisation of Vine and Wine" and identity.acronym == "OIV"


def test_short_name_in_the_parenthesis_is_the_title() -> None:
    identity = _identity(
        "Embrapa",
        "The Brazilian Agricultural Research Corporation (Portuguese: Empresa Brasileira de Pesquisa "
        "Agropecuária, Embrapa) is a state company.",
    )
    assert identity.name == "Brazilian Agricultural Research Corporation"
    assert "Embrapa" in identity.alternate_names


@pytest.mark.parametrize(
    "intro, alternate",
    [
        ("The Rijksmuseum Amsterdam, or simply the Rijksmuseum, is a museum.", "Rijksmuseum"),
        ("Médecins du Monde (MdM), known in English as Doctors of the World, is an NGO.", "Doctors of the World"),
        ("The Paris Observatory, also known as the Observatoire de Paris, is an observatory.", "Observatoire de Paris"),
    ],
)
def test_other_names_given_as_names_of_it(intro: str, alternate: str) -> None:
    found = intro_names(intro)
    assert found is not None and alternate in found.alternates


@pytest.mark.parametrize(
    "intro, former",
    [
        (
            "The Science Museum Group, formerly the National Museum of Science and Industry, is a group.",
            "National Museum of Science and Industry",
        ),
        ("Wexford Labs, previously known as Wexford Signal Company, is a lab.", "Wexford Signal Company"),
        (
            "The Hale Institute, known until 1981 as the Hale Foundation for Optics, is an institute.",
            "Hale Foundation for Optics",
        ),
    ],
)
def test_former_names_are_exposed_for_history(intro: str, former: str) -> None:
    title = intro_names(intro).lead  # type: ignore[union-attr]
    identity = _identity(title, intro)
    assert former in identity.former_names
    assert former not in identity.alternate_names


def test_no_parent_or_ministry_acronym_as_alternate_name() -> None:
    identity = _identity(
        "JARC",
        "The Japan Agricultural Research Centre (JARC) is an agency under the Ministry of Agriculture, "
        "Forestry and Fisheries (MAFF) and part of the National Agriculture and Food Research Organization (NARO).",
    )
    assert identity.name == "Japan Agricultural Research Centre" and identity.acronym == "JARC"
    assert "MAFF" not in identity.alternate_names and "NARO" not in identity.alternate_names
    assert identity.former_acronyms == ()


def test_intro_about_something_else_changes_nothing() -> None:
    identity = _identity("Wexford Trust", "Founded in 1901, the trust is a charity (WT) based in Leeds.")
    assert identity.name == "Wexford Trust" and identity.alternate_names == ()


@pytest.mark.parametrize(
    "first_line, name",
    [
        ("The Harbour Board (HB) is a port authority in Tasmania.", "Harbour Board"),
        ("Harbour Board, a port authority, was set up in 1901.", "Harbour Board"),
        ("THE Coastal Survey Office   (CSO)   was a survey office of the colony.", "Coastal Survey Office"),
        ("The Isis Trust is a charity for the island of Isis.", "Isis Trust"),  # "is" inside words is no verb
    ],
)
def test_without_a_title_the_name_is_the_start_of_the_intro(first_line: str, name: str) -> None:
    assert read_identity(Profile("t.txt", "t", "", first_line, 1, None, 2)).name == name

