"""Round 14 list classes (text.py, people.py, units.py, names.py): roman-numbered and
numbered lines under "Organization structure" read one unit per line, possessives are no
units, a sentence-case program whose enumeration runs on after a comma stays whole, and two
names of their own joined by "and" split."""

from __future__ import annotations

import pytest

from orgkg.extract.names import NameKind, list_pieces, name_problem
from orgkg.extract.people import read_structure
from orgkg.extract.units import read_divisions, read_programs
from orgkg.model import Field, Identity, Item, OrgKind, Program, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def field(name: str, *lines: str) -> Field:
    return Field(name, 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))


def units(reader_field: Field) -> set[str]:
    reader = read_structure if reader_field.name == "Organization structure" else read_divisions
    return {f.name for f in reader(reader_field, IDENTITY)[0] if isinstance(f, Unit)}


@pytest.mark.parametrize(
    "marks",
    [("1.", "2.", "3."), ("(a)", "(b)", "(c)"), ("i)", "ii)", "iii)"), ("1)", "2)", "3)")],
)
def test_numbered_structure_lines_are_one_unit_each(marks: tuple[str, str, str]) -> None:
    names = ["Office of Marine Surveys", "Directorate of Field Operations", "Finance Department"]
    lines = ["The Agency's work is divided among these offices:"]
    lines += [f"{mark} {name}" for mark, name in zip(marks, names, strict=True)]
    assert units(field("Organization structure", *lines)) == set(names)


def test_bulleted_structure_lines_do_not_run_together() -> None:
    found = units(field("Organization structure", "- Research Directorate", "- Survey Directorate"))
    assert found == {"Research Directorate", "Survey Directorate"}


def test_roman_numbered_divisions_are_a_list() -> None:
    lines = ["Some committees; examples:", "i) Building Committee;", "ii) Rail Committee (RC);", "iii) Water Board."]
    assert units(field("Divisions", *lines)) == {"Building Committee", "Rail Committee", "Water Board"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bureau's statistical work is done in three offices.",
        "As the Commission's website lists, work is organised by theme.",
        "The Institute’s departments report to the board.",
    ],
)
def test_a_possessive_is_no_unit(sentence: str) -> None:
    assert not any(name.endswith(("'s", "’s")) for name in units(field("Organization structure", sentence)))


@pytest.mark.parametrize("text", ["Bureau's", "the Commission's", "Council’s"])
def test_possessive_fails_the_unit_name_check(text: str) -> None:
    assert name_problem(text, NameKind.UNIT) is not None


def test_an_organization_may_end_in_a_possessive() -> None:
    assert name_problem("Lloyd's", NameKind.ORGANIZATION) is None


def programs(*lines: str) -> set[str]:
    return {f.name for f in read_programs(field("List of programs", *lines), IDENTITY)[0] if isinstance(f, Program)}


@pytest.mark.parametrize(
    "name",
    [
        "Trade with the wider region, investment and fiscal policy",
        "Water for rural areas, sanitation or hygiene",
        "Support for small farmers, credit and markets",
    ],
)
def test_a_sentence_case_program_runs_on_after_its_comma(name: str) -> None:
    assert name in programs("Subprogrammes:", f"1. {name}", "2. Statistics and data")


def test_a_note_after_a_program_is_still_cut() -> None:
    found = programs("1. Global Health Programme, launched in 2015", "2. Clean Air Programme")
    assert found == {"Global Health Programme", "Clean Air Programme"}


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Delta Air Lines and Singapore Airlines", ["Delta Air Lines", "Singapore Airlines"]),
        ("Air France and Japan Airlines", ["Air France", "Japan Airlines"]),
        ("British Overseas Airways and Qantas Empire Airways", ["British Overseas Airways", "Qantas Empire Airways"]),
        ("National Aeronautics and Space Administration", ["National Aeronautics and Space Administration"]),
        ("Bill and Melinda Gates Foundation", ["Bill and Melinda Gates Foundation"]),
        ("Union Carbide and Carbon Corporation", ["Union Carbide and Carbon Corporation"]),
        ("Natural Sciences and Engineering Research Council", ["Natural Sciences and Engineering Research Council"]),
    ],
)
def test_two_names_of_their_own_split_at_and(text: str, pieces: list[str]) -> None:
    assert list_pieces(text, NameKind.ORGANIZATION) == pieces


def posts(*lines: str) -> set[tuple[str, str]]:
    from orgkg.extract.people import read_leader
    from orgkg.model import Post

    facts = read_leader(field("Leader", *lines), IDENTITY)[0]
    return {(f.label, h.name) for f in facts if isinstance(f, Post) for h in f.named_holders}


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            "| Post | Holder | Term |",
            ["| Rector | Prof. Dr. Anna Berg, FRSE | 2001–2009 |", "| Rector | Jan Holm | since 2009 |"],
            {("Rector", "Anna Berg"), ("Rector", "Jan Holm")},
        ),
        (
            "| Office | Name |",
            ["| Chief Executive | Dr Omar Haddad, OBE |", "| Chair of the Board | Lena Ek |"],
            {("Chief Executive", "Omar Haddad"), ("Chair of the Board", "Lena Ek")},
        ),
        (
            "| Position | Incumbent | Since |",
            ["| Director General | Sir Paul Wren | 2018 |", "|---|---|---|"],
            {("Director General", "Paul Wren")},
        ),
    ],
)
def test_a_pipe_table_of_posts_gives_one_post_per_row(header: str, rows: list[str], expected: set) -> None:
    assert posts("Heads of the institute:", header, *rows) == expected


def test_a_pipe_table_row_without_a_person_gives_no_holder() -> None:
    assert posts("| Post | Holder |", "| Director | vacant |", "| Treasurer | the Ministry |") == set()


def test_a_table_without_post_and_holder_columns_gives_no_post() -> None:
    assert posts("| Year | Budget |", "| 2019 | 4 million |", "| 2020 | 5 million |") == set()


def test_a_pipe_table_unit_column_names_units() -> None:
    lines = ["Our offices:", "| Unit | City |", "| Office of Andean Liaison | Lima |", "| Data Division | Quito |"]
    assert units(field("Organization structure", *lines)) == {"Office of Andean Liaison", "Data Division"}


@pytest.mark.parametrize(
    "note",
    ["(a teaching hospital on the north campus, opened 1990)", "(research on soils; since 1971)", "(for adults)"],
)
def test_topic_words_inside_a_note_do_not_cut_the_unit(note: str) -> None:
    lines = ["Units:", f"i) Ardent Valley Hospital {note};", "ii) Rowan Museum;", "iii) Kestrel Archive."]
    assert units(field("Divisions", *lines)) == {"Ardent Valley Hospital", "Rowan Museum", "Kestrel Archive"}


@pytest.mark.parametrize(
    "line",
    [
        "It has three offices: 1. Coastal Survey Office 2. Inland Survey Office 3. Mapping Office.",
        "Its offices are (a) Coastal Survey Office, (b) Inland Survey Office and (c) Mapping Office.",
        "Offices: i) Coastal Survey Office; ii) Inland Survey Office; iii) Mapping Office",
    ],
)
@pytest.mark.parametrize("heading", ["Divisions", "Organization structure"])
def test_an_inline_numbered_list_is_one_unit_per_number(line: str, heading: str) -> None:
    assert units(field(heading, line)) == {"Coastal Survey Office", "Inland Survey Office", "Mapping Office"}


@pytest.mark.parametrize(
    "line",
    [
        "Phase 1. was done and then 2. followed.",  # lowercase after the numbers: prose
        "Plan a. and b. Office were merged.",  # letters need a bracket
        "Founded with 2. staff in Room 3.",  # no count from 1
    ],
)
def test_numbers_in_prose_are_no_inline_list(line: str) -> None:
    from orgkg.extract.text import _inline_items

    assert _inline_items(line) is None


def test_an_inline_numbered_program_list() -> None:
    found = programs("Main programmes: 1. Clean Rivers Programme 2. Urban Air Programme 3. Soil Health Programme")
    assert found == {"Clean Rivers Programme", "Urban Air Programme", "Soil Health Programme"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "The society was wound up in 1990. Presidents included:",
                "i) Dr Ann Cole (1950–1960);",
                "ii) Ben Ford (1960–1970).",
            ],
            {("President", "Ann Cole"), ("President", "Ben Ford")},
        ),
        (
            # an undated holder is the current one; the one whose period ended is a past holder
            # of the post (round 52: a membership, no current holder)
            ["Directors have included:", "1. Prof. Karl Stein, FRS", "2. Maria Lind (1990–1999)"],
            {("Director", "Karl Stein"), ("Director", "Maria Lind")},
        ),
        (
            ["Chairs were:", "(a) Sir Hugh Dale, KBE (1971–1980)", "(b) Lena Roth (1980–1988)"],
            {("Chair", "Hugh Dale"), ("Chair", "Lena Roth")},
        ),
    ],
)
def test_numbered_holders_under_a_plural_role_heading(lines: list[str], expected: set) -> None:
    assert posts(*lines) == expected


def test_numbered_lines_under_a_heading_that_is_no_role_give_no_holder() -> None:
    assert posts("Notable members included:", "1. Dr Ann Cole", "2. Ben Ford") == set()


def partners(*lines: str) -> tuple[set[str], set[str]]:
    from orgkg.extract.partners import read_partners
    from orgkg.model import Member, PartnerCategory

    facts = read_partners(field("Partners", *lines), IDENTITY)[0]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    return members, {f.label for f in facts if isinstance(f, PartnerCategory)}


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("The Agency collaborates with research partners, among them:", "research partners"),
        ("It works with funding agencies, including:", "funding agencies"),
        ("The institute is associated with partner universities, such as:", "partner universities"),
    ],
)
def test_a_heading_with_a_tie_and_a_cue_names_the_category(heading: str, category: str) -> None:
    members, categories = partners(heading, "i) the Nordic Council;", "ii) the Arctic Council.")
    assert members == {"Nordic Council", "Arctic Council"}
    assert category in categories


@pytest.mark.parametrize(
    "heading", ["Its partners, among them:", "The Agency collaborates with research partners.", "Partners include:"]
)
def test_a_heading_without_a_tie_or_a_cue_gives_no_category_here(heading: str) -> None:
    from orgkg.extract.partners import _tie_heading_category

    assert _tie_heading_category(heading) is None


@pytest.mark.parametrize(
    "note",
    [", of which it has been a member since 1951", ", which hosts its secretariat", ", where it holds a seat"],
)
def test_a_relative_clause_after_a_listed_partner_is_a_note(note: str) -> None:
    members, _ = partners("Members of:", f"(a) World Meteorological Organization (WMO){note};", "(b) Arctic Council.")
    assert members == {"World Meteorological Organization", "Arctic Council"}


@pytest.mark.parametrize("line", ["various bodies, which fund its work", "the region, where it works"])
def test_a_relative_clause_after_no_name_keeps_the_line(line: str) -> None:
    from orgkg.extract.partners import _relative_note_dropped

    assert _relative_note_dropped(line) == line


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union has 27 member states and 5 observer states.", {"member states", "observer states"}),
        ("It counts 120 full members and 40 associate members worldwide.", {"full members", "associate members"}),
        ("The network, with 12 founding partners, grew fast.", {"founding partners"}),
    ],
)
def test_counted_classes_in_prose_are_categories(sentence: str, expected: set[str]) -> None:
    _, categories = partners(sentence)
    assert expected <= categories


@pytest.mark.parametrize(
    "sentence",
    ["It employs 300 staff members.", "Founded in 1948 with 12 large companies.", "Active in 40 countries."],
)
def test_other_counts_are_no_counted_class(sentence: str) -> None:
    from orgkg.extract.partners import _counted_classes

    assert _counted_classes(sentence) == []
