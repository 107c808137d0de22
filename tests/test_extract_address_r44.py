"""Round 44, family F4 (address): the podcast transcript's addresses (h32). A spoken clause
naming the seat opens the answer ("HQ is …", "It was at the …"; address-spoken-leads.csv), a
label may have four words ("Address for your postcard: …"), a note after the town opens in
lowercase (", right across from …"; address-note-openers.csv) and a chat sentence follows the
address's code or capitalised country ("…, UK. That's …"). A building named by a clipped form
of the organization's name ("Pan Am Building" of Pan American …) is the addressee's, not the
street."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(line: str, title: str = "Northgate Rowing Association") -> Read | None:
    return address_of(
        [line],
        title=title,
        intro=f"The {title} organises things.",
        after=["Mission", "To promote things."],
        file="northgate.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HQ is 12 Quay Street, 75011 Paris, France.", ("12 Quay Street", "Paris", None, "75011", "FR")),
        (
            "It was at Kestrel House, 9 Mill Road, Leeds LS1 4AB, United Kingdom.",
            ("Kestrel House, 9 Mill Road", "Leeds", None, "LS1 4AB", "GB"),
        ),
        (
            "They were in the Orchard Tower, 40 Elm Street, Toronto, Ontario M5V 2T6, Canada.",
            ("Orchard Tower, 40 Elm Street", "Toronto", "Ontario", "M5V 2T6", "CA"),
        ),
        ("Our head office is at Calle Mayor 7, 28013 Madrid, Spain", ("Calle Mayor 7", "Madrid", None, "28013", "ES")),
        (
            "Address for your records: Hauptstrasse 5, 10115 Berlin, Germany.",
            ("Hauptstrasse 5", "Berlin", None, "10115", "DE"),
        ),
    ],
)
def test_spoken_lead_or_long_label_is_no_street(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # another body's seat told in a sentence: nothing read, as before
        "The Ministry it reports to is at 1 Parliament Square, London SW1A 2AA, United Kingdom.",
        "Their main rival was at 3 Dock Road, Hull HU1 1AA, United Kingdom.",
        "The museum shop is at 4 Bridge Street, York YO1 6DD, United Kingdom.",
    ],
)
def test_other_leads_are_not_stripped(line: str) -> None:
    result = read(line)
    assert result is None or result[0] is None or not result[0].startswith(("3 Dock", "4 Bridge", "1 Parl"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "HQ: 8 Harbour Road, Wellington 6011, New Zealand, right next to the ferry terminal.",
            ("8 Harbour Road", "Wellington", None, "6011", "NZ"),
        ),
        (
            "22 King Street, Manchester M2 4WU, UK, the glass block opposite the town hall. They left in 2010.",
            ("22 King Street", "Manchester", None, "M2 4WU", "GB"),
        ),
        (
            "HQ: 1 Main Street, Boston, MA 02110, USA. That's the old customs house!",
            ("1 Main Street", "Boston", "MA", "02110", "US"),
        ),
        (
            "5 Rue Neuve, 1000 Brussels, Belgium, just off the Grand Place",
            ("5 Rue Neuve", "Brussels", None, "1000", "BE"),
        ),
    ],
)
def test_spoken_note_or_sentence_after_the_address_is_dropped(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a country of three words with "the" (one lowercase word) is the country, never a note
        ("4 Mill Lane, Bath BA1 1AA, the United Kingdom", ("4 Mill Lane", "Bath", None, "BA1 1AA", "GB")),
        ("Piazza Navona 3, 00186 Rome, the Italian Republic", ("Piazza Navona 3", "Rome", None, "00186", "IT")),
        # a country written with "the" is the country, never a note
        (
            "Lange Voorhout 9, 2514 EA The Hague, the Netherlands",
            ("Lange Voorhout 9", "The Hague", None, "2514 EA", "NL"),
        ),
        # a bracketed note's own lowercase parts are left to the bracket readers
        (
            "Quay Street 4, 11120 Stockholm, Sweden (the old mill, a former bank on the quay, now flats)",
            ("Quay Street 4", "Stockholm", None, "11120", "SE"),
        ),
        # a postal code before a sentence without a verb is left as before
        ("12 Quay Street, Paris 75011. Second floor", None),
    ],
)
def test_near_miss_notes_stay(line: str, expected: Read | None) -> None:
    result = read(line)
    if expected is None:
        assert result is None or result[0] is None or "Second floor" not in (result[0] or "")
    else:
        assert result == expected


@pytest.mark.parametrize(
    ("title", "line", "street"),
    [
        (
            "Trans Continental Airlines",
            "Trans Cont Centre, 10 Bay Street, Miami, FL 33131, USA",
            "Trans Cont Centre, 10 Bay Street",
        ),
        ("Nord Atlantic Shipping", "Nord Atl Tower, 4 Pier Road, Boston, MA 02110, USA", "Nord Atl Tower, 4 Pier Road"),
        ("General Electrical Works", "Gen Elec House, 3 Ash Lane, Leeds LS1 4AB, UK", "Gen Elec House, 3 Ash Lane"),
    ],
)
def test_building_of_a_clipped_own_name_is_kept(title: str, line: str, street: str) -> None:
    result = read(line, title)
    assert result is not None and result[0] == street


@pytest.mark.parametrize(
    ("title", "line", "street"),
    [
        (
            "Trans Continental Airlines",
            "Trans Pacific Building, 10 Bay Street, Miami, FL 33131, USA",
            "Trans Pacific Building, 10 Bay Street",
        ),
        (
            "Atlas Marine Shipping",
            "Atlas Pacific Building, 5 Hill Road, Leeds LS1 4AB, UK",
            "Atlas Pacific Building, 5 Hill Road",
        ),
        ("Nord Atlantic Shipping", "Nordic House, 4 Pier Road, Boston, MA 02110, USA", "Nordic House, 4 Pier Road"),
    ],
)
def test_other_buildings_stay(title: str, line: str, street: str) -> None:
    result = read(line, title)
    assert result is not None and result[0] == street
