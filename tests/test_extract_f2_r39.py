"""Round 39, F2 (partners, leaders, units, headcount): the slide-deck outline. A spaced arrow
after a label introduces the partners as a colon does, after a name it ends the name; an
acronym with a plural "s" ("NGOs") is a class; a label opened by an example cue lists
several partners; a two-digit year after an apostrophe ("'57–'92") or "appt." opens a dated
note after a holder; towns joined by "+" after a unit's comma say where it sits; a lowercase
program head word after a capitalised name is no part of it; counts of places beside the
staff are no part of the staff. Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.budget import read_headcount
from orgkg.model import EmployeeCount, Identity, OrgKind

from .list_helpers import ListReaders, field

IDENTITY = Identity("Andean Glacier Observatory", OrgKind.ORGANIZATION, acronym="AGO")
PARTNERS = ListReaders(IDENTITY, heading="Partners")
LEADER = ListReaders(IDENTITY, heading="Leader")
DIVISIONS = ListReaders(IDENTITY, heading="Divisions")
PROGRAMS = ListReaders(IDENTITY, heading="List of programs")


# --- class 1: a slide's arrow after a label, or after a name ---------------------------------


@pytest.mark.parametrize(
    ("line", "members"),
    [
        ("- co-founder → Mountain Research Alliance (MRA, '04)", {"Mountain Research Alliance"}),
        ("- data partnership → Siemens ('11; sensor network)", {"Siemens"}),
        ("- joint labs → Tyndall Centre + Potsdam Institute", {"Tyndall Centre", "Potsdam Institute"}),
        ("- research alliances → PolarNet, Alpine Data Union (ADU)", {"PolarNet", "Alpine Data Union"}),
        ("- e.g. partner universities → University of Bergen, Universidad de Chile", None),
    ],
)
def test_arrow_after_label_lists_partners(line: str, members: set[str] | None) -> None:
    expected = members or {"University of Bergen", "Universidad de Chile"}
    assert PARTNERS.member_names(line) == expected


@pytest.mark.parametrize(
    ("line", "member"),
    [
        ("- Andes Water Board (AWB, Peru) → Joint Glacier Fund; shared field camp", "Andes Water Board"),
        ("- Tyndall Centre → Cryosphere Bulletin (joint newsletter)", "Tyndall Centre"),
        ("- Alpine Data Union → Snow Atlas Project", "Alpine Data Union"),
    ],
)
def test_arrow_after_name_ends_the_name(line: str, member: str) -> None:
    assert PARTNERS.member_names(line) == {member}


@pytest.mark.parametrize(
    "line",
    [
        # a digit in the head (a year, a count) or a labelled head: no label read from the arrow
        "- 2014 → joined Alpine Data Union",
        "- since '14 → joined Alpine Data Union",
    ],
)
def test_arrow_after_other_heads_is_left(line: str) -> None:
    assert "joined Alpine Data Union" not in PARTNERS.member_names(line)
    assert not any("→" in name for name in PARTNERS.member_names(line))


# --- class 2: an acronym's plural is a class --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "members", "categories"),
    [
        ("- Members: States, NGOs, affiliates", set(), {"NGOs", "affiliates"}),
        ("- KfW, GIZ and NGOs", {"KfW", "GIZ"}, {"NGOs"}),
        ("- SMEs", set(), {"SMEs"}),
        ("- CSOs and UNICEF", {"UNICEF"}, {"CSOs"}),
    ],
)
def test_acronym_plural_is_a_class(line: str, members: set[str], categories: set[str]) -> None:
    assert PARTNERS.member_names(line) == members
    assert categories <= PARTNERS.categories(line)


@pytest.mark.parametrize("name", ["UNICEF", "BRAC", "KfW", "ICIMOD"])
def test_acronyms_stay_members(name: str) -> None:
    assert PARTNERS.member_names(f"- {name}") == {name}


# --- class 3: a label opened by an example cue lists several partners ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- e.g. partner museums: Museo Tamayo, Museo Jumex, Casa Azul",
        "- such as partner museums: Museo Tamayo, Museo Jumex, Casa Azul",
        "- for example member museums: Museo Tamayo, Museo Jumex, Casa Azul",
    ],
)
def test_example_label_lists_several(line: str) -> None:
    names = PARTNERS.member_names("- Research partners: Alpine Data Union", line)
    assert {"Museo Tamayo", "Museo Jumex", "Casa Azul"} <= names


def test_plain_line_keeps_its_town() -> None:
    # no example cue: "X, Town" on one of several bullets is one partner and its seat
    names = PARTNERS.member_names("- Research partners: Alpine Data Union", "- Joint Institute for Ice Research, Dubna")
    assert "Dubna" not in names
    assert "Joint Institute for Ice Research" in names


# --- class 4: two-digit years and "appt." after a holder --------------------------------------


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("- Director: Ana Quispe — '88–'01 (co-founder)", "Director | Ana Quispe"),
        ("- Chair: Dana Holt — ’04 onwards", "Chair | Dana Holt"),
        ("- Chief Scientist: Tomás Ruiz — appt. Mar '23", "Chief Scientist | Tomás Ruiz"),
        ("- Director & CEO: Lena Berg — '15–'19", "Director & CEO | Lena Berg"),
    ],
)
def test_short_year_note_goes(line: str, post: str) -> None:
    assert LEADER.posts(line) == {post}


@pytest.mark.parametrize(
    "line",
    [
        # a quoted nickname after the dash is no dated note: the line stays unread
        "- Director: Ana Quispe — 'Doc Ana'",
        "- Director: Ana Quispe — 'Quispe' to staff",
    ],
)
def test_quoted_word_after_dash_is_no_year(line: str) -> None:
    assert LEADER.posts(line) == set()


# --- class 5: towns joined by "+" after a unit's comma ----------------------------------------


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("- Glacier Monitoring Company (Peru) Ltd (GMC), Lima + Cusco", "Glacier Monitoring Company (Peru) Ltd"),
        ("- Snow Data Centre (SDC), Quito + Bogotá", "Snow Data Centre"),
        ("- Timber Export Board (TEB), Hamburg + Rotterdam + Antwerp", "Timber Export Board"),
        ("- Seed Testing Company Ltd, Kumasi + Tamale", "Seed Testing Company Ltd"),
    ],
)
def test_plus_joined_towns_are_a_seat(line: str, unit: str) -> None:
    assert DIVISIONS.units(line) == {unit}


@pytest.mark.parametrize(
    ("line", "units"),
    [
        ("- Research Council + Science Board", {"Research Council", "Science Board"}),
        ("- Director + Science Board", {"Science Board"}),
        ("- Secretariat, Lima + Cusco", set()),  # an office word alone with its towns: the seat
    ],
)
def test_plus_between_bodies_still_joins(line: str, units: set[str]) -> None:
    assert DIVISIONS.units(line) == units


# --- class 6: a lowercase program head word after a name ---------------------------------------


@pytest.mark.parametrize(
    ("line", "program"),
    [
        ("- Clean Rivers for Tomorrow initiative (since '12)", "Clean Rivers for Tomorrow"),
        ("- Open Schools programme (2019–2022)", "Open Schools"),
        ("- Safer Mountain Roads mission", "Safer Mountain Roads"),
    ],
)
def test_lowercase_head_word_goes(line: str, program: str) -> None:
    assert PROGRAMS.programs(line) == {program}


@pytest.mark.parametrize(
    ("line", "program"),
    [
        ("- Clean Seas Initiative", "Clean Seas Initiative"),  # capitalised: part of the name
        ("- Glacier Watch programme (GWP)", "Glacier Watch programme"),  # the short form names the phrase
        ("- Energy initiative", "Energy initiative"),  # one word left: undecided, as written
    ],
)
def test_head_word_kept(line: str, program: str) -> None:
    assert PROGRAMS.programs(line) == {program}


# --- class 7: counts of places beside the staff -------------------------------------------------


def _count(line: str) -> int | None:
    facts, _ = read_headcount(field(line, name="Number of employees"), IDENTITY)
    counts = [f.value for f in facts if isinstance(f, EmployeeCount)]
    return counts[0] if counts else None


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("- ~2.5k staff, 60+ countries (2022)", 2500),
        ("- 1,200 employees, 40 offices", 1200),
        ("- 450 staff, 30 nationalities", 450),
        ("- 35 sites, 3,000 staff", 3000),
    ],
)
def test_place_counts_are_not_staff(line: str, count: int) -> None:
    assert _count(line) == count


@pytest.mark.parametrize(
    "line",
    [
        "- 800 scientists, 300 engineers",  # two parts of the staff, no total
        "- staff in 12 countries",  # no staff count at all
    ],
)
def test_no_count_without_a_total(line: str) -> None:
    assert _count(line) is None
