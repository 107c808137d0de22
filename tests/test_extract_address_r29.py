"""Round 29, family F4: Southeast Asian address layouts. A Malaysian state written with its
honorific title ("Kedah Darul Aman") is that state, kept as written; a labelled house number
("No. 9", "Lot 3") and the thoroughfare after it are the street, a township after them is not;
the capital municipality of Cambodia or Viet Nam after its district or ward lines is the
locality; ward, district and township lines close no street ("Phường …", "… ward"); a Thai
house line closed by its village number ("12 Moo 4") is the street, the subdistrict after it
is not."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def address(*lines: str) -> Read | None:
    return address_of(
        lines,
        title="Lotus Research Council",
        intro="The Lotus Research Council is a public research body.",
        after=("Mission", "To study rice."),
        file="lotus.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "No. 9, Jalan Sultan, Taman Sri Aman, 05400 Alor Setar, Kedah Darul Aman, Malaysia",
            ("No. 9, Jalan Sultan, Taman Sri Aman", "Alor Setar", "Kedah Darul Aman", "05400", "MY"),
        ),
        (
            "No. 21, Lorong Kemuning, Bandar Baru, 25200 Kuantan, Pahang Darul Makmur, Malaysia",
            ("No. 21, Lorong Kemuning, Bandar Baru", "Kuantan", "Pahang Darul Makmur", "25200", "MY"),
        ),
        (
            "No. 4, Persiaran Perdana, Presint 2, 62100 Putrajaya, Malaysia",
            ("No. 4, Persiaran Perdana, Presint 2", "Putrajaya", None, "62100", "MY"),
        ),
        # the plain ISO name still reads
        (
            "Jalan Tun Razak, 30450 Ipoh, Perak, Malaysia",
            ("Jalan Tun Razak", "Ipoh", "Perak", "30450", "MY"),
        ),
    ],
)
def test_malay_honorific_states_and_labelled_numbers(line: str, expected: Read) -> None:
    assert address(line) == expected


def test_honorific_title_alone_is_no_state() -> None:
    """ "Darul Ehsan" without the state's name names none."""
    read = address("No. 9, Jalan Sultan, 43000 Kajang, Darul Ehsan, Malaysia")
    assert read is None or read[2] is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Street 51, Sangkat Boeung Keng Kang, Khan Chamkar Mon, Phnom Penh, Cambodia",
            ("Street 51, Sangkat Boeung Keng Kang, Khan Chamkar Mon", "Phnom Penh", None, None, "KH"),
        ),
        (
            "18 Trần Hưng Đạo, Phường Phan Chu Trinh, Quận Hoàn Kiếm, Hà Nội, Việt Nam",
            ("18 Trần Hưng Đạo, Phường Phan Chu Trinh", "Hà Nội", None, None, "VN"),
        ),
        (
            "7 Lê Duẩn, Bến Nghé ward, District 1, Hồ Chí Minh, Viet Nam",
            ("7 Lê Duẩn, Bến Nghé ward", "Hồ Chí Minh", None, None, "VN"),
        ),
        (
            "12 Đường Bạch Đằng, Hải Châu district, Đà Nẵng, Viet Nam",
            ("12 Đường Bạch Đằng", "Đà Nẵng", None, None, "VN"),
        ),
    ],
)
def test_capital_municipality_after_ward_and_district(line: str, expected: Read) -> None:
    assert address(line) == expected


def test_province_after_district_is_no_locality() -> None:
    """A province (not one city) after a district line stays the region; the district is no
    locality."""
    read = address("5 Lê Lợi, Vĩnh Ninh ward, Huế district, Thừa Thiên-Huế, Viet Nam")
    assert read is None or read[1] not in {"Huế district", "Thừa Thiên-Huế"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "99 Moo 8, Tambon Khlong Nueng, Khlong Luang, Pathum Thani 12120, Thailand",
            ("99 Moo 8, Tambon Khlong Nueng", "Khlong Luang", "Pathum Thani", "12120", "TH"),
        ),
        (
            "12 Moo 4, Suthep, Mueang Chiang Mai, Chiang Mai 50200, Thailand",
            ("12 Moo 4, Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200", "TH"),
        ),
        (
            "101 Moo 2, Science Park, Khlong Nueng, Khlong Luang, Pathum Thani 12120, Thailand",
            ("101 Moo 2, Science Park, Khlong Nueng", "Khlong Luang", "Pathum Thani", "12120", "TH"),
        ),
    ],
)
def test_thai_village_number_closes_the_street(line: str, expected: Read) -> None:
    assert address(line) == expected


def test_district_road_is_a_street_not_a_unit() -> None:
    """A thoroughfare named after a district stays in the street."""
    read = address("14 Jalan Ampang, District Road, 50450 Kuala Lumpur, Malaysia")
    assert read is not None and read[0] == "14 Jalan Ampang, District Road"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "3-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100, Japan",
            ("3-2-1 Kasumigaseki", "Tokyo", None, "100", "JP"),  # the ward gives the city (rounds 31, 41)
        ),
        ("2-5 Sengen, Tsukuba, Ibaraki 305, Japan", ("2-5 Sengen", "Tsukuba", "Ibaraki", "305", "JP")),
        ("4-1 Kitano, Kobe, Hyogo 650-91, Japan", ("4-1 Kitano", "Kobe", "Hyogo", "650-91", "JP")),
        ("4-1 Kitano, Kobe, Hyogo 650-0002, Japan", ("4-1 Kitano", "Kobe", "Hyogo", "650-0002", "JP")),
    ],
)
def test_japanese_postal_codes_before_1998(line: str, expected: Read) -> None:
    assert address(line) == expected


def test_a_four_digit_number_is_no_japanese_code() -> None:
    read = address("2-5 Sengen, Tsukuba, Ibaraki 3050, Japan")
    assert read is None or read[3] is None


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("No. 7, Sec. 5, Xinyi Rd., Xinyi Dist., Taipei City 110208, Taiwan", "No. 7, Sec. 5, Xinyi Rd."),
        ("No. 1, Daxue Rd., East Dist., Tainan City 701401, Taiwan", "No. 1, Daxue Rd."),
        ("No. 300, Zhongda Rd., Zhongli Dist., Taoyuan City 320317, Taiwan", "No. 300, Zhongda Rd."),
    ],
)
def test_an_abbreviated_district_closes_no_street(line: str, street: str) -> None:
    read = address(line)
    assert read is not None and read[0] == street


def test_a_road_named_dist_stays() -> None:
    """ "Dist." is a district only as a unit's type word, never inside a thoroughfare."""
    read = address("No. 9, District Rd., Taichung City 400, Taiwan")
    assert read is not None and read[0] == "No. 9, District Rd."


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("Koningsstraat 10 (Rue Royale 10), 1000 Brussel, Belgium", "Koningsstraat 10"),
        ("Naamsesteenweg 4 (Chaussée de Namur 4), 3001 Leuven, Belgium", "Naamsesteenweg 4"),
        ("Rue de la Loi 16 (Wetstraat 16), 1000 Bruxelles, Belgium", "Rue de la Loi 16"),
    ],
)
def test_a_street_in_a_second_language_in_brackets_is_left_out(line: str, street: str) -> None:
    read = address(line)
    assert read is not None and read[0] == street


@pytest.mark.parametrize(
    ("line", "street"),
    [
        # a bracket naming a building, a block or a code, no thoroughfare, stays
        ("Maison Verte (MV2), Rue Haute 5, 1000 Bruxelles, Belgium", "Maison Verte (MV2), Rue Haute 5"),
        ("Avenida Central 12 (Bloco B), 70000-000 Brasília, Brazil", "Avenida Central 12 (Bloco B)"),
        ("Rue Haute 5 (2e étage), 1000 Bruxelles, Belgium", "Rue Haute 5 (2e étage)"),
    ],
)
def test_a_bracket_naming_no_street_stays(line: str, street: str) -> None:
    read = address(line)
    assert read is not None and read[0] == street
