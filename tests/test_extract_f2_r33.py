"""Round 33, F2 (names, units, lists): an office word and its town is the organization's
seat, no unit; a "+"-joined governance line names its body, not its post; a list inside a
name after its own infinitive stays in that name when the outer list goes on after it.
Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.names import list_pieces
from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Fjordvik Research Trust", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, heading="Organization structure", partners_heading="Partners")
DIVISIONS = ListReaders(IDENTITY, heading="Divisions")


# --- class 1: "Secretariat, Bergen": an office word and its town is a seat ----------------


@pytest.mark.parametrize(
    "line",
    ["Secretariat, Bergen", "Office, Stavanger", "Directorate – Tromsø", "Secretariat in Aarhus"],
)
def test_lone_office_word_with_its_town_is_no_unit(line: str) -> None:
    found = READ.structure("- Board of Trustees", f"- {line}") | DIVISIONS.units("- Marine Section", f"- {line}")
    assert not {"Secretariat", "Office", "Directorate"} & found


def test_named_unit_with_its_town_and_lone_office_word_alone_stay_units() -> None:
    # A name with more than the office word keeps its unit; so does a bare organ in a list.
    assert "Polar Research Office" in READ.structure("- Polar Research Office, Tromsø", "- Archive")
    assert "Secretariat" in READ.structure("Organs: Assembly (yearly); Council; Secretariat (Bergen).")
    assert "Climate Section" in DIVISIONS.units("- Climate Section, Bergen", "- Ocean Section, Oslo")


# --- class 2: "Director + Scientific Council": the post is no unit -----------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("- Director + Research Council (Forskningsråd)", "Research Council"),
        ("- Managing Director + Supervisory Board", "Supervisory Board"),
        ("- Chairman + Advisory Committee, Oslo", "Advisory Committee"),
    ],
)
def test_plus_joined_post_and_body_names_the_body(line: str, body: str) -> None:
    found = READ.structure(line, "- Department of Geophysics")
    assert body in found
    assert not any("+" in name or name.endswith(("Director", "Chairman")) for name in found)


@pytest.mark.parametrize(
    "line",
    ["- President + Vice-President", "- Director + Deputy Director", "- Chief Executive + Managing Director"],
)
def test_plus_joined_posts_only_name_no_unit(line: str) -> None:
    found = READ.structure(line, "- Department of Geophysics")
    assert found == {"Department of Geophysics"}


def test_plus_joined_bodies_are_never_one_joined_unit() -> None:
    found = READ.structure("- Research Council + Audit Committee", "- Department of Geophysics")
    assert not any("+" in name for name in found)
    assert {"Research Council", "Audit Committee"} <= found


def test_lowercase_plus_description_is_not_split_into_a_post() -> None:
    # "sampling + analysis of sediments" is no post and no body: nothing is cut from it.
    found = READ.structure("- sampling + analysis of sediments", "- Department of Geophysics")
    assert not {"analysis of sediments", "sampling"} & found


# --- class 3: "Alliance to Save A, B and C, Oxfam and UNICEF" ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Partnership to Restore Reefs, Mangroves and Seagrass, the Ocean Trust and WWF",
            ["Partnership to Restore Reefs, Mangroves and Seagrass", "the Ocean Trust", "WWF"],
        ),
        (
            "Oxfam, Coalition to End Hunger, Poverty and Thirst, and UNICEF",
            ["Oxfam", "Coalition to End Hunger, Poverty and Thirst", "UNICEF"],
        ),
        (
            "Alliance to Defeat Measles, Mumps, Rubella and Polio, the Red Cross and CARE",
            ["Alliance to Defeat Measles, Mumps, Rubella and Polio", "the Red Cross", "CARE"],
        ),
    ],
)
def test_infinitive_name_keeps_its_objects_inside_a_longer_list(text: str, expected: list[str]) -> None:
    assert list_pieces(text) == expected


def test_infinitive_name_objects_are_never_members() -> None:
    found = READ.member_names(
        "Partners", "Partnership to Restore Reefs, Mangroves and Seagrass, the Ocean Trust and WWF"
    )
    assert not {"Mangroves and Seagrass", "Mangroves", "Seagrass"} & found


def test_names_of_several_words_after_an_infinitive_name_still_split() -> None:
    assert list_pieces("Campaign to Ban Landmines, Oxfam and Amnesty International, the Red Cross") != [
        "Campaign to Ban Landmines, Oxfam and Amnesty International",
        "the Red Cross",
    ]
    assert list_pieces("Institute for Fiscal Studies, Oxfam and Amnesty, the Red Cross")[0] == (
        "Institute for Fiscal Studies"
    )
    # An acronym among the pieces is a name of its own.
    assert "WHO" in list_pieces("Partnership to Protect Reefs, WHO and UNEP, the Ocean Trust")


def test_plus_joined_divisions_line_gives_each_body() -> None:
    found = DIVISIONS.units("- Director + Research Council", "- Audit Committee + Ethics Board")
    assert found == {"Research Council", "Audit Committee", "Ethics Board"}
    assert DIVISIONS.units("- President + Vice-President", "- Marine Section") == {"Marine Section"}
