"""Round 64b (identity): a database export's record intro names the organization by label."""

from __future__ import annotations

from orgkg.extract import read_identity
from orgkg.extract.identity import record_intro_names
from orgkg.model import Identity
from orgkg.parse import parse_profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(parse_profile(f"{title}\n|\n{intro}\n", "rec.txt"))


def test_the_legal_name_is_the_name_and_the_listed_name_an_alternate() -> None:
    found = _identity(
        "Brightwater",
        "Organization Name: Brightwater; Legal Name: Brightwater Pumps Oy; Also Known As: Kirkasvesi; "
        "BWP; Operating Status: Active; Company Type: For Profit. Description: Finnish maker of pumps.",
    )
    assert found.name == "Brightwater Pumps Oy"
    assert "Brightwater" in found.alternate_names
    assert "Kirkasvesi" in found.alternate_names
    assert found.acronym == "BWP"
    # the labels after the list end it: no "Operating Status" or "Active" as a name
    assert not [n for n in (*found.alternate_names, found.acronym) if n and ("Status" in n or n == "Active")]


def test_without_a_legal_name_the_title_stays_the_name() -> None:
    found = _identity(
        "Tidewater Port Board",
        "Organization Name: Tidewater Port Board; Also Known As: TPB; Havnestyret Tidevann; "
        "Operating Status: Active; Company Type: Government Agency. Description: Port authority.",
    )
    assert found.name == "Tidewater Port Board"
    assert "Havnestyret Tidevann" in found.alternate_names


def test_a_legal_name_under_another_organizations_name_is_not_taken() -> None:
    # the record's own name is not the title's: the record may be another body's, so the
    # title stays the name
    found = _identity(
        "Northwind Labs",
        "Organization Name: Southgate Holdings; Legal Name: Southgate Holdings plc; "
        "Operating Status: Active. Description: Holding company.",
    )
    assert found.name == "Northwind Labs"


def test_a_bracketed_legal_form_stays_in_the_legal_name_and_a_note_does_not() -> None:
    kept = record_intro_names("Organization Name: Alvik; Legal Name: Alvik Tele AB (publ); Operating Status: Active")
    assert kept is not None and kept.legal == ("Alvik Tele AB (publ)",)
    dropped = record_intro_names(
        "Organization Name: Alvik; Legal Name: Alvik Tele AB (since 2004); Operating Status: Active"
    )
    assert dropped is not None and dropped.legal == ("Alvik Tele AB",)


def test_null_values_and_unknown_labels_give_no_name() -> None:
    found = record_intro_names(
        "Organization Name: Alvik; Also Known As: null; n.a.; Ticker Code: ALV; Operating Status: Closed"
    )
    assert found is not None
    assert found.alternates == ()  # "null", "n.a." are no names; "Ticker Code: ALV" ends the list


def test_a_language_coded_name_label_gives_an_alternate() -> None:
    found = record_intro_names("Organization Name: Hill College; Name (CY): Coleg y Bryn; Operating Status: Active")
    assert found is not None and found.alternates == ("Coleg y Bryn",) and found.selves == ("Hill College",)


def test_an_intro_sentence_is_no_record_intro() -> None:
    assert record_intro_names("Hill College is a college in Wales. Name: see below.") is None
    assert record_intro_names("The college, also known as: Coleg y Bryn; was founded in 1901.") is None
