"""Round 59 (F1): an FAQ's answer word and a speech's question name no class; a timeline's
"member of:" entry, "the said University" and "of the A and of the B" are what the
organization belongs to; a gloss after a list's last item; "of <country>" after a name in
another language; a plural class noun before "of"; footnote marks, sub-point marks, a list
closed before an explaining colon, and a copula's description."""

from __future__ import annotations

import pytest

from .list_helpers import profile_ties

HEAD = "Harbour Valley University\n\nHarbour Valley University (HVU) is a public university in Kent.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, for example:\n- Northwind Shipping, its partner in a ferry venture\n- Baltic Ropes, a supplier",
        "Yes:\n- Northwind Shipping, with which it built a dock\n- Baltic Ropes",
        "Indeed, among them:\n- Northwind Shipping\n- Baltic Ropes",
    ],
)
def test_an_answer_word_above_bullets_is_no_class(text: str) -> None:
    members, _, classes = _read(text)
    assert "Northwind Shipping" in members
    assert not any(c.split()[0].lower().strip(",:") in {"yes", "indeed"} for c in classes)


@pytest.mark.parametrize(
    "text",
    [
        "Who stands beside us this evening? The Kent Harbour Trust, our partner for decades.",
        "And who helped us most? The Dover Marine Institute, of course.",
        "Whom do we thank tonight? The Estuary Fund and the Medway Society.",
    ],
)
def test_a_question_names_no_class(text: str) -> None:
    _, _, classes = _read(text)
    assert not any("?" in c or c.split()[0] in {"us", "we"} for c in classes)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("1962 → founding member of: Coastal Universities Alliance (Dover)", "Coastal Universities Alliance"),
        ("→ member of: Northern Research Network", "Northern Research Network"),
        ("2004 → associate member of: Tidal Science Consortium", "Tidal Science Consortium"),
        ("1998: member of: Estuary Libraries Federation (a shareholder)", "Estuary Libraries Federation"),
    ],
)
def test_a_timeline_member_of_entry_is_what_it_belongs_to(text: str, body: str) -> None:
    members, member_of, _ = _read(text)
    assert body in member_of
    assert body not in members


@pytest.mark.parametrize(
    "text",
    [
        "Members of: none so far.",
        "1962 → members: Coastal Universities Alliance",
    ],
)
def test_no_member_of_without_the_label(text: str) -> None:
    assert not _read(text)[1]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The said University is a member of the Global Harbour Forum (GHF).", "Global Harbour Forum"),
        ("The aforesaid institution is a member of the Tidal Science Consortium.", "Tidal Science Consortium"),
        (
            "The aforementioned University became a member of the Northern Research Network.",
            "Northern Research Network",
        ),
    ],
)
def test_a_drafters_said_points_at_the_organization(text: str, body: str) -> None:
    members, member_of, _ = _read(text)
    assert body in member_of and body not in members


def test_said_before_another_body_is_not_the_organization() -> None:
    _, member_of, _ = _read("The said Ministry of Fisheries is a member of the Global Harbour Forum.")
    assert not member_of


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "HVU is a member of the Coastal Universities Alliance and of the Northern Research Network.",
            {"Coastal Universities Alliance", "Northern Research Network"},
        ),
        (
            "It is a member of the Tidal Science Consortium, and of the Global Harbour Forum, which audits it.",
            {"Tidal Science Consortium", "Global Harbour Forum"},
        ),
        (
            "The University is a member of Estuary Libraries Federation and also of the Marine Energy Alliance.",
            {"Estuary Libraries Federation", "Marine Energy Alliance"},
        ),
    ],
)
def test_and_of_parts_the_bodies(text: str, bodies: set[str]) -> None:
    _, member_of, _ = _read(text)
    assert bodies <= member_of
    assert not any(" and " in body for body in member_of)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Partner organizations: Acme Relief and Kiva, the Microcredit Network (since 2011).",
            "Kiva, the Microcredit Network",
        ),
        ("It works with Oxfam and Unitaid, the Medicines Facility.", "Unitaid, the Medicines Facility"),
        ("Partners: Acme Relief, Rotary and Orbis, the Sight Charity (eye camps).", "Orbis, the Sight Charity"),
    ],
)
def test_a_gloss_after_the_last_item_stays_with_it(text: str, partner: str) -> None:
    members, _, _ = _read(text)
    assert partner in members
    assert not members & {partner.split(", ")[1], partner.split(", ")[1].removeprefix("the ")}


def test_the_after_a_non_final_item_is_still_an_item() -> None:
    members, _, _ = _read("Partners: Acme Relief, the Kent Harbour Trust and Orbis.")
    assert {"Acme Relief", "Kent Harbour Trust", "Orbis"} <= members


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Joint ventures:\n- Société Nationale des Pétroles of France, with which it built a refinery",
            "Société Nationale des Pétroles",
        ),
        ("Joint ventures:\n- Norddeutsche Öl-Werke AG of Germany, since 1990", "Norddeutsche Öl-Werke AG"),
        ("Joint ventures:\n- Banca d'Italia Servizi of Italy, since 1990", "Banca d'Italia Servizi"),
    ],
)
def test_of_country_after_a_name_in_another_language_is_its_origin(text: str, partner: str) -> None:
    members, _, _ = _read(text)
    assert partner in members


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Partners: the Bank of France and the Kent Harbour Trust.", "Bank of France"),
        ("Partners: the Government of Canada and the Kent Harbour Trust.", "Government of Canada"),
        ("Partners: the Royal Society of Canada and the Kent Harbour Trust.", "Royal Society of Canada"),
    ],
)
def test_an_english_name_keeps_its_country(text: str, partner: str) -> None:
    members, _, _ = _read(text)
    assert partner in members


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Societies of Friends of the Harbour Museum in a dozen countries.",
            "Societies of Friends of the Harbour Museum",
        ),
        ("Partners: Universities of Applied Sciences in the region.", "Universities of Applied Sciences"),
        ("Partners: Museums of Natural History and the Kent Harbour Trust.", "Museums of Natural History"),
    ],
)
def test_a_plural_class_noun_before_of_is_a_class(text: str, label: str) -> None:
    members, _, classes = _read(text)
    assert any(c.startswith(label) for c in classes)
    assert not any(m.startswith(label) for m in members)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Partners: the States of Jersey and the Kent Harbour Trust.", "States of Jersey"),
        ("Partners: Partners of the Americas and the Kent Harbour Trust.", "Partners of the Americas"),
        ("Partners: Friends of the Earth and the Kent Harbour Trust.", "Friends of the Earth"),
        ("Partners: Museums of the Sea Foundation and the Kent Harbour Trust.", "Museums of the Sea Foundation"),
    ],
)
def test_a_body_named_with_a_plural_is_still_a_member(text: str, member: str) -> None:
    _, _, classes = _read(text)
    assert member not in classes


@pytest.mark.parametrize(
    "text",
    [
        "The University was a member of the Coastal Universities Alliance;⁴ for the rest, its ties came late.",
        "It was a member of the Coastal Universities Alliance;¹² otherwise its ties came late.",
        "HVU was a member of the Coastal Universities Alliance.³",
    ],
)
def test_a_footnote_mark_is_no_part_of_a_class(text: str) -> None:
    members, member_of, classes = _read(text)
    assert "Coastal Universities Alliance" in member_of
    assert not any(ch in "⁰¹²³⁴⁵⁶⁷⁸⁹" for value in members | member_of | classes for ch in value)


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "The Kent Harbour Trust and the Dover Marine Institute, among others: our scientists teach there.",
            {"Kent Harbour Trust", "Dover Marine Institute"},
        ),
        ("Acme Relief and Orbis, inter alia: staff train together.", {"Acme Relief", "Orbis"}),
        ("Acme Relief and Orbis, and others: volunteers move between them.", {"Acme Relief", "Orbis"}),
    ],
)
def test_a_closed_list_before_an_explaining_colon(text: str, partners: set[str]) -> None:
    members, _, classes = _read(text)
    assert partners <= members
    assert not any(c.split()[0] in {"our", "staff", "volunteers"} for c in classes)


@pytest.mark.parametrize(
    "text",
    [
        "(a) Member clubs: Harbour clubs and Youth clubs; (b) partner organizations: Acme Relief and Orbis.",
        "(i) Partner organizations: Acme Relief and Orbis; (ii) member clubs: Harbour clubs.",
    ],
)
def test_sub_point_marks_are_layout(text: str) -> None:
    members, _, classes = _read(text)
    assert {"Acme Relief", "Orbis"} <= members
    assert not any(value.startswith("(") for value in members | classes)


@pytest.mark.parametrize(
    "text",
    [
        "Regional Councils in each province are the ordinary channel of co-operation.",
        "The harbour boards are the usual route for consultation.",
        "Local branches are the main link with the public.",
    ],
)
def test_a_copulas_description_is_no_class(text: str) -> None:
    _, _, classes = _read(text)
    assert not any(c.startswith(("ordinary", "usual", "main")) for c in classes)


def test_a_plural_class_after_the_copula_is_still_read() -> None:
    _, _, classes = _read("Its partners are the national academies of each country.")
    assert any(c.startswith("national academies") for c in classes)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "→ Participating States: Chile, Peru, Kingdom of the Netherlands",
            {"Chile", "Peru", "Kingdom of the Netherlands"},
        ),
        ("-> Associate Members: Aruba, Curaçao", {"Aruba", "Curaçao"}),
        ("→ Member States: Kenya, Uganda and Tanzania", {"Kenya", "Uganda", "Tanzania"}),
    ],
)
def test_a_leading_arrow_is_layout(text: str, members: set[str]) -> None:
    assert members <= _read(text)[0]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Founding Member States included Kenya, Uganda and Tanzania.", {"Kenya", "Uganda", "Tanzania"}),
        ("founding Member States included Chile, Peru and Bolivia (then a republic);", {"Chile", "Peru", "Bolivia"}),
        ("The Participating States include Chile and Peru.", {"Chile", "Peru"}),
    ],
)
def test_a_capitalised_class_of_states_heads_its_list(text: str, members: set[str]) -> None:
    assert members <= _read(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Observer States included Kenya and Uganda.",
        "Founding Partner Countries include Kenya, Chile and Peru in their programmes.",
    ],
)
def test_a_class_of_non_member_states_names_no_member(text: str) -> None:
    assert not {"Kenya", "Uganda"} & _read(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "- Acme Power Company (APC)\n- Kent Grid Company\nHVU is also a member of the Southern Power Pool (n. 3).",
        "- Acme Power Company (APC)\nThe University is a member of the Southern Power Pool.",
        "- Acme Power Company (APC)\nIt belongs to the Southern Power Pool.",
    ],
)
def test_a_member_of_sentence_beside_bullets_is_read(text: str) -> None:
    members, member_of, _ = _read(text)
    assert "Acme Power Company" in members
    assert member_of == {"Southern Power Pool"}


@pytest.mark.parametrize(
    "text",
    [
        "- Acme Power Company (APC)\nThe Ministry of Energy is a member of the Southern Power Pool.",
        "- Acme Power Company (APC)\nThe Southern Power Pool was set up in 1995.",
    ],
)
def test_other_prose_beside_bullets_is_not_read(text: str) -> None:
    members, member_of, _ = _read(text)
    assert not member_of and "Southern Power Pool" not in members
