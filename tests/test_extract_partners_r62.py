"""Round 62 (F1): an analyst's partner bullets ("- Name: gloss"), a "Category:" line beside
them, an acronym whose expansion holds commas and "and", an aside after a list's last item
("…, each holding …"), and labels that only introduce a list ("Principal international
partners", "Other partners:")."""

from __future__ import annotations

import pytest

from .list_helpers import profile_ties

HEAD = "Halvard Shipping\n\nHalvard Shipping (HS) is a coastal freight company in Norway.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


@pytest.mark.parametrize(
    ("text", "partner", "gloss"),
    [
        ("- Fjordline Cargo AS: main feeder-vessel operator since 2019", "Fjordline Cargo AS", "main"),
        ("- Nordvik Bank (Bergen): NOK 40m (25%)", "Nordvik Bank", "NOK 40m"),
        (
            "- Baltic Tankers Group: Skagen Terminal (40%); Oslo Depot, Norway (12.5%)",
            "Baltic Tankers Group",
            "Skagen Terminal",
        ),
        (
            "- Trondheim Port Authority: Container Crane Upgrade (TCU) contractor, signed 2021",
            "Trondheim Port Authority",
            "Container Crane Upgrade",
        ),
        ("- NKX: 30% partner in Polar Routes, HS 70%", "NKX", "Polar Routes"),
    ],
)
def test_a_bullet_names_its_partner_before_the_gloss(text: str, partner: str, gloss: str) -> None:
    members, _, classes = _read(f"Partners (name: role):\n{text}\n- Osterberg Logistics: agent")
    assert partner in members
    assert not any(gloss in name for name in members | classes)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a one-word label that is no acronym may be a class of partners: read as before
        ("- Industry: leading firms such as Kvaerner Yards", "Kvaerner Yards"),
        # a list of names after the label is a list, no gloss
        ("- Academia: University of Tromso, Nord University", "Nord University"),
    ],
)
def test_a_label_before_names_is_no_glossed_partner(text: str, kept: str) -> None:
    members, _, _ = _read(f"{text}\n- Osterberg Logistics: agent")
    assert kept in members
    assert "Industry" not in members and "Academia" not in members


def test_a_class_bullet_with_its_share_is_the_class() -> None:
    members, _, classes = _read(
        "Shareholders:\n- Vestland Savings Bank: NOK 5m (50%)\n- scheduled savings banks: NOK 5m (50%)"
    )
    assert "scheduled savings banks" in classes
    assert "Vestland Savings Bank" in members
    assert not any("NOK" in name for name in members | classes)


def test_a_category_line_beside_bullets_names_its_class() -> None:
    _, _, classes = _read(
        "- Fjordline Cargo AS: feeder operator\nCategory: coastal haulage firms (CHF), trucking under contract."
    )
    assert "coastal haulage firms" in classes
    assert not any("trucking" in c for c in classes)


def test_a_categories_line_names_every_class() -> None:
    _, _, classes = _read(
        "- Fjordline Cargo AS: feeder operator\nCategories: port authorities; research institutes; universities."
    )
    assert {"port authorities", "research institutes", "universities"} <= classes


def test_a_category_line_with_a_name_in_it_names_no_class() -> None:
    _, _, classes = _read("- Fjordline Cargo AS: feeder operator\nCategories: port authorities; Bergen Shipyard.")
    assert "port authorities" not in classes
    assert "Bergen Shipyard" not in classes


def test_an_acronym_joins_the_pieces_of_its_expansion() -> None:
    members, _, _ = _read(
        "Its partners are the Nordic, Arctic and Coastal Shipping Research Institute (NACSRI) "
        "and the Baltic Sea Ports and Harbours Association (BSPHA)."
    )
    assert "Nordic, Arctic and Coastal Shipping Research Institute" in members
    assert "Baltic Sea Ports and Harbours Association" in members
    assert "Nordic" not in members and "Harbours Association" not in members


def test_an_acronym_that_fits_its_own_piece_joins_nothing() -> None:
    members, _, _ = _read("Partners include Fjord Trading, Bergen Ship Finance (BSF) and Polar Routes.")
    assert {"Fjord Trading", "Bergen Ship Finance", "Polar Routes"} <= members


def test_an_aside_after_the_last_item_is_no_item() -> None:
    members, _, _ = _read(
        "The partners in the terminal are Nordvik, Skagen Oil and Vestland Gas, each holding a minority stake."
    )
    assert {"Nordvik", "Skagen Oil", "Vestland Gas"} <= members
    assert "Skagen Oil and Vestland Gas" not in members


def test_an_aside_before_more_items_is_not_cut() -> None:
    # a comma after the aside: more of the list follows, so nothing is cut to the end
    members, _, _ = _read("The partners are Nordvik, Skagen Oil, each holding shares, and Polar Routes.")
    assert "Polar Routes" in members


@pytest.mark.parametrize(
    "label",
    ["Its principal international partners are", "Our key foreign partners are", "The main global partners are"],
)
def test_a_ranked_reach_label_introduces_the_list(label: str) -> None:
    members, _, classes = _read(f"{label} the Fjord Trading Company and the Bergen Ship Finance Fund.")
    assert "Fjord Trading Company" in members
    assert not any("partners" in c.lower() for c in classes)


def test_a_reach_label_without_rank_is_a_class() -> None:
    _, _, classes = _read("International partners include the Fjord Trading Company and the Bergen Ship Finance Fund.")
    assert "International partners" in classes


def test_other_partners_is_no_class() -> None:
    _, _, classes = _read("Other partners: regional ferry operators and port authorities in Norway.")
    assert not any(c.lower() == "other partners" for c in classes)
    _, _, classes = _read("Associate partners: regional ferry operators.")
    assert "Associate partners" in classes
