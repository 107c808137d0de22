"""Round 18, family F4 (addresses): layouts written from the largest part down, postal-code
labels, and a native-script address written beside its romanisation (the romanised one is
read; no street or locality ever holds another script or a label)."""

from __future__ import annotations

import unicodedata

import pytest

from orgkg.extract import extract
from orgkg.model import Address
from orgkg.parse import parse_profile


def components(*lines: str) -> tuple[str | None, ...] | None:
    text = "\n".join(
        [
            "Delta Institute",
            "| ||||",
            "|",
            "The Delta Institute is a research institute.",
            "Headquarters address",
            *lines,
        ]
    )
    facts = extract(parse_profile(text + "\n", "delta.txt"))
    field = next(f for f in facts.fields if f.name == "Headquarters address")
    found = [f for f in field.facts if isinstance(f, Address)]
    if not found:
        return None
    a = found[0]
    return (a.street, a.locality, a.region, a.postal_code, a.country)


def latin_only(text: str | None) -> bool:
    return text is None or all(
        not ch.isalpha() or ord(ch) < 0x370 or unicodedata.name(ch, "").startswith("LATIN") for ch in text
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the postal code first, then region, locality, street
        (
            ["060-0808, Hokkaido, Sapporo City, Kita 8 Nishi 5"],
            ("Kita 8 Nishi 5", "Sapporo City", "Hokkaido", "060-0808", None),
        ),
        (
            ["〒980-8577 Miyagi, Sendai City, Katahira 2-1-1"],
            ("Katahira 2-1-1", "Sendai City", "Miyagi", "980-8577", None),
        ),
        # a region first and no postal code; a Korean metropolitan city by its short name
        (
            ["Busan, Haeundae-gu, Centum-ro 55"],
            ("Centum-ro 55", "Haeundae-gu", "Busan", None, None),
        ),
        # a Taiwanese county or city as the region; the house number after the road, in its own part
        (
            ["300, Hsinchu City, East District, Guangfu Road Section 2, No. 101"],
            ("Guangfu Road Section 2, No. 101", "East District", "Hsinchu City", "300", None),
        ),
        (
            ["Yilan County, Luodong Township, Zhongzheng Road 12"],
            ("Zhongzheng Road 12", "Luodong Township", "Yilan County", None, None),
        ),
    ],
)
def test_largest_first_layouts_are_read(lines: list[str], expected: tuple[str | None, ...]) -> None:
    country = {"Hokkaido": "Japan", "Miyagi": "Japan", "Busan": "Republic of Korea"}.get(str(expected[2]), "Taiwan")
    code = {"Japan": "JP", "Republic of Korea": "KR", "Taiwan": "TW"}[country]
    assert components(*[f"{line}, {country}" for line in lines]) == (*expected[:4], code)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a Chinese line, then the romanised one in brackets; the code alone on a line first
        (
            ["200031", "上海市徐汇区岳阳路320号", "(200031, Shanghai, Xuhui District, Yueyang Road No. 320), China"],
            ("Yueyang Road No. 320", "Xuhui District", "Shanghai", "200031", "CN"),
        ),
        # Korean beside the romanised line
        (
            ["서울특별시 종로구 세종대로 209", "(Seoul, Jongno-gu, Sejong-daero 209), Republic of Korea"],
            ("Sejong-daero 209", "Jongno-gu", "Seoul", None, "KR"),
        ),
        # Japanese and romanised glued on one line
        (
            ["〒606-8501 京都府京都市左京区吉田本町 (606-8501, Kyoto, Sakyo Ward, Yoshida-honmachi 36), Japan"],
            ("Yoshida-honmachi 36", "Sakyo Ward", "Kyoto", "606-8501", "JP"),
        ),
        # Cyrillic line, then the romanised one in the usual order
        (
            ["119991, Москва, Ленинский проспект, 14", "Leninsky Prospekt 14, Moscow 119991, Russia"],
            ("Leninsky Prospekt 14", "Moscow", None, "119991", "RU"),
        ),
    ],
)
def test_the_romanised_address_beside_a_native_one_is_read(lines: list[str], expected: tuple[str | None, ...]) -> None:
    found = components(*lines)
    assert found == expected
    assert all(latin_only(part) for part in found)


@pytest.mark.parametrize(
    "lines",
    [
        ["Postcode 1017 XN, Amsterdam, Herengracht 502, Netherlands"],
        ["Postal code 3511 AB, Utrecht, Oudegracht 12, the Netherlands."],
        ["Postal code 80333, München (Munich), Karlstraße 5, Germany"],
    ],
)
def test_a_postal_code_label_is_never_a_street(lines: list[str]) -> None:
    found = components(*lines)
    assert found is not None
    street, locality, _region, postal, _country = found
    assert street is not None and "ostal" not in street and "ostcode" not in street
    assert postal is not None and postal[0].isdigit()
    # a bracketed gloss beside the locality is not read as part of it
    assert locality is None or "(" not in locality


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # two parts between the region and a bare house number: nothing is guessed
        (["100-0014, Tokyo, Chiyoda-ku, Nagatacho, 2-3-1, Japan"], (None, None, None, None, "JP")),
        # a bracketed note on its own line is no romanised address
        (
            ["Rua XV de Novembro 50, Curitiba 80020-310, Brasil", "(storage: Petrópolis, Duque de Caxias)"],
            ("Rua XV de Novembro 50", "Curitiba", None, "80020-310", "BR"),
        ),
        # a bracket after a Latin locality stays ("Frankfurt (Oder)")
        (
            ["Große Scharrnstraße 59, 15230 Frankfurt (Oder), Germany"],
            ("Große Scharrnstraße 59", "Frankfurt (Oder)", None, "15230", "DE"),
        ),
    ],
)
def test_not_guessed(lines: list[str], expected: tuple[str | None, ...]) -> None:
    assert components(*lines) == expected


def test_a_street_mixing_two_scripts_is_not_read() -> None:
    # a native address glued to its romanisation without a bracket: which part is the street is
    # unsure, so none is taken
    assert components("東京都千代田区永田町1-7-1 Nagatacho, Japan") == (None, None, None, None, "JP")
    assert components("서울 종로구 Sejong-daero 209, Republic of Korea")[0] is None
