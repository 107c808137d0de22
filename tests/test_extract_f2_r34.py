"""Round 34, F2 (names, units, lists): a list enclosed by two dashes right after the class
it belongs to ("Our nine Member States — A, B and C — are joined by two Associate
Members: D, E"). Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Nordic Fisheries Union", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, heading="Partners")


# --- class 1: "Our Member States — A, B — are joined by …": a dash-enclosed class list ----


@pytest.mark.parametrize(
    ("line", "members", "classes"),
    [
        (
            "Our seven Member States — Norway, Iceland, Antigua and Barbuda and Denmark — are joined"
            " by three Associate Members: Greenland, the Faroe Islands and the Åland Islands.",
            {"Norway", "Iceland", "Antigua and Barbuda", "Denmark", "Greenland", "Faroe Islands", "Åland Islands"},
            {"Member States", "Associate Members"},
        ),
        (
            "Its founding members – Sweden, Finland and Estonia – were later joined by two partner countries:"
            " Latvia and Lithuania.",
            {"Sweden", "Finland", "Estonia", "Latvia", "Lithuania"},
            {"founding members", "partner countries"},
        ),
        (
            "The 4 member countries — Chile, Peru, Bolivia and Ecuador — meet every second year in Lima.",
            {"Chile", "Peru", "Bolivia", "Ecuador"},
            {"member countries"},
        ),
    ],
)
def test_dash_enclosed_list_after_its_class(line: str, members: set[str], classes: set[str]) -> None:
    assert READ.member_names(line) == members
    assert classes <= READ.categories(line)


def test_dash_enclosed_countries_joined_by_and_are_split_only_into_known_countries() -> None:
    found = READ.member_names("Our Member States — Fiji, Suriname and Trinidad and Tobago — meet yearly.")
    assert found == {"Fiji", "Suriname", "Trinidad and Tobago"}
    assert not {"Trinidad", "Tobago", "Suriname and Trinidad and Tobago"} & found


@pytest.mark.parametrize(
    "line",
    [
        # the head names no class of members or states: no class list is read from the dashes
        "Three programmes — Aqua, Terra and Ventus — run under the Council.",
        "The network — Nordvik Energy AS and the Fjord Institute — meets yearly.",
        "Our history — from the 1950 charter to today — is told in the archive.",
    ],
)
def test_dash_enclosed_list_after_other_heads_is_no_member_class(line: str) -> None:
    assert not {"Member States", "Associate Members"} & READ.categories(line)
    assert "Aqua" not in READ.member_names(line)
    assert "Nordvik Energy AS" not in READ.member_names(line)


def test_tail_without_a_class_label_names_nothing_more() -> None:
    # After the closing dash, a clause with a colon but no class before it adds no member.
    found = READ.member_names("Our Member States — Norway and Iceland — agreed on two aims: Cod and Herring.")
    assert found == {"Norway", "Iceland"}
