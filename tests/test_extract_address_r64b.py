"""Round 64b (addresses in database-export records): a line labelled with a band of regions
("Headquarters Regions: …") under the head office's address is no part of it. Own phrasings."""

from __future__ import annotations

from orgkg.extract.address import _band_line

from .address_helpers import Read, address_of


def components(*lines: str) -> Read | None:
    intro = "Corvid Analytics is a data company."
    return address_of(list(lines), title="Corvid Analytics", intro=intro, after=(), file="corvid.txt")


def test_a_region_band_under_the_address_is_no_part_of_it() -> None:
    read = components(
        "Registered office: Mannerheimintie 5, 00100 Helsinki, Finland",
        "Headquarters Regions: Capital Region, Nordic Countries, Europe",
    )
    assert read == ("Mannerheimintie 5", "Helsinki", None, "00100", "FI")


def test_a_band_first_is_skipped_too() -> None:
    read = components("Operating Areas: Northern Europe", "Head office: Strandvejen 12, 2900 Hellerup, Denmark")
    assert read is not None
    assert read[4] == "DK"
    assert read[2] is None


def test_a_band_alone_gives_no_address() -> None:
    assert components("Headquarters Regions: Nordic Countries, Europe") is None


def test_near_miss_a_singular_region_row_is_an_address_row() -> None:
    assert not _band_line("Region: Capital Region")
    assert _band_line("Headquarters Regions: Capital Region, Europe")
    assert _band_line("Sales territories (2024): Nordics")


def test_near_miss_an_address_line_with_a_comma_list_is_kept() -> None:
    read = components("Headquarters Location: Mannerheimintie 5, 00100 Helsinki, Finland")
    assert read == ("Mannerheimintie 5", "Helsinki", None, "00100", "FI")
