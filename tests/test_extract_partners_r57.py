"""Round 57 (partners): a form's null mark and labels, joint-venture bullets, "The Gambia",
places after a class's "of", a participle note after a name, "contracts with" (h42, h45, h46)."""

from __future__ import annotations

import pytest

from .list_helpers import profile_partners

_partners = profile_partners


@pytest.mark.parametrize(
    "text",
    [
        "Joint-bid members: N/R",
        "Consortium partners: n/r",
        "Lead partners: N/K",
        "N/R",
    ],
)
def test_a_null_mark_of_a_form_names_no_member(text: str) -> None:
    assert not _partners(text)[0]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Our main joint ventures were:\n- Philips — Philips Ceramics (PCE), 60%\n- Rolls-Royce — Turbo Union",
            {"Philips", "Rolls-Royce"},
        ),
        (
            "The joint-venture partners:\n- Unilever — Lipton Teas and Infusions\n- Kao Corporation — Kao Hygiene, 49%",
            {"Unilever", "Kao Corporation"},
        ),
        (
            "Co-ventures held:\n- Fiat S.p.A. — Iveco Ford Truck Ltd\n- Nestlé — Cereal Partners Worldwide",
            {"Fiat S.p.A.", "Nestlé"},
        ),
    ],
)
def test_joint_venture_bullets_name_the_partner_before_the_dash(text: str, members: set[str]) -> None:
    assert _partners(text)[0] == members


@pytest.mark.parametrize(
    "text",
    [
        # no joint-venture heading: a dash inside a name stays
        "Our partners:\n- Mila – Quebec AI Institute\n- Vector Institute",
        "Members:\n- Acme Trust — Glasgow Branch\n- Beacon Fund",
    ],
)
def test_a_dash_without_a_venture_heading_is_read_as_before(text: str) -> None:
    members = _partners(text)[0]
    assert not {"Mila", "Acme Trust"} & members


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Partner States (7):\n- Kenya\n- Uganda\n- Rwanda", "partner states"),
        ("Member countries (3):\n- Chile\n- Peru\n- Bolivia", "member countries"),
        ("Research networks declared:\n- Coimbra Group\n- Utrecht Network", "research networks"),
        ("Industry partners listed:\n- Siemens AG\n- Bosch GmbH", "industry partners"),
    ],
)
def test_a_form_heading_loses_its_count_and_participle(text: str, label: str) -> None:
    assert label in _partners(text)[1]


def test_the_gambia_keeps_its_article() -> None:
    members = _partners("Member States:\n- Senegal\n- The Gambia\n- Mali")[0]
    assert "The Gambia" in members and "Gambia" not in members
    assert "The Bahamas" in _partners("Member states:\n- Jamaica\n- The Bahamas")[0]
    # "The Netherlands" is no such name: the article goes as before
    assert "Netherlands" in _partners("Member states:\n- Belgium\n- The Netherlands")[0]


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        (
            "The trust works under contracts with county councils, schools and the regional"
            " governments of Ontario, Quebec and Manitoba.",
            {"county councils", "schools", "regional governments of ontario, quebec and manitoba"},
        ),
        (
            "The agency holds agreements with police forces and the health boards of Scotland,"
            " Wales and Northern Ireland.",
            {"police forces", "health boards of scotland, wales and northern ireland"},
        ),
        (
            "Funding comes under contracts with health clinics, hospitals and the state ministries of Texas,"
            " Utah and Oregon.",
            {"health clinics", "hospitals", "state ministries of texas, utah and oregon"},
        ),
    ],
)
def test_places_after_a_class_of_belong_to_the_class(text: str, classes: set[str]) -> None:
    members, found = _partners(text)
    assert classes <= found
    assert not members


def test_places_after_of_then_a_name_are_read_as_before() -> None:
    _members, classes = _partners("The trust works with the universities of Ontario, Siemens AG and Quebec.")
    assert not any("siemens" in c for c in classes)


@pytest.mark.parametrize(
    "text",
    [
        "Its allies were the Louvre, the Prado and the Uffizi, with the Rijksmuseum often lending to the rest.",
        "The main donors were Oxfam and CARE International, with Save the Children usually acting for the rest.",
        "We worked with UNICEF and UNHCR, with Caritas mostly speaking for the churches.",
    ],
)
def test_a_participle_note_after_a_name_is_no_class(text: str) -> None:
    classes = _partners(text)[1]
    assert not any(" ing " in f" {c} " or "ing for" in c or "ing to" in c for c in classes)
    assert not any(c.endswith("rest") or c.endswith("churches") for c in classes)


@pytest.mark.parametrize(
    "text",
    [
        "Our contract with Acme Logistics ended in 2010.",
        "The agreement with the Ford Foundation lapsed after two years.",
        "No agreements with foreign governments exist.",
    ],
)
def test_a_sentence_about_one_contract_names_no_partner(text: str) -> None:
    assert _partners(text) == (set(), set())


def test_loan_agreements_with_name_the_partners() -> None:
    assert _partners("The museum has loan agreements with the Louvre and the Prado.")[0] == {"Louvre", "Prado"}
