"""Round 13 list classes (names.py, partners.py, text.py): "&" between two whole names,
two countries joined by "and", "viz." lists of member states, "label - list" and "+ more"
lines, and prepositional notes that are no partner category."""

from __future__ import annotations

import pytest

from orgkg.extract.names import list_pieces, name_problem
from orgkg.extract.partners import read_partners
from orgkg.extract.people import read_leader
from orgkg.extract.units import read_divisions
from orgkg.model import Field, Identity, Item, Member, OrgKind, PartnerCategory, Post, Unit
from orgkg.parse import parse_profile

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def partners(*lines: str) -> tuple[set[str], set[str]]:
    field = Field("Partners", 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))
    facts, _ = read_partners(field, IDENTITY)
    members = {f.org.name for f in facts if isinstance(f, Member)}
    return members, {f.label for f in facts if isinstance(f, PartnerCategory)}


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("WMO & UNEP", ["WMO", "UNEP"]),
        ("Peru & Chile", ["Peru", "Chile"]),
        ("University of Ghent & Flemish Research Council", ["University of Ghent", "Flemish Research Council"]),
        ("Procter & Gamble", ["Procter & Gamble"]),
        ("Johnson & Johnson", ["Johnson & Johnson"]),
        ("AT&T", ["AT&T"]),
        ("Marks & Spencer and Tesco", ["Marks & Spencer", "Tesco"]),
        ("Ministry of Fisheries & Oceans", ["Ministry of Fisheries & Oceans"]),
        ("IBM Research & Development", ["IBM Research & Development"]),
    ],
)
def test_an_ampersand_splits_only_between_two_whole_names(text: str, pieces: list[str]) -> None:
    assert list_pieces(text) == pieces


def test_two_countries_joined_by_and_inside_a_list_are_two() -> None:
    pieces = list_pieces("Chile, Peru, Ecuador and Colombia, the last having joined in 1999")
    assert "Ecuador and Colombia" not in pieces
    assert {"Ecuador", "Colombia"} <= set(pieces)


@pytest.mark.parametrize("cue", ["viz.", "namely", "i.e."])
def test_a_class_of_states_then_its_list_names_the_member_countries(cue: str) -> None:
    members, categories = partners(f"The member states, {cue} Austria, Hungary, Slovenia and Croatia.")
    assert members == {"Austria", "Hungary", "Slovenia", "Croatia"}
    assert categories == {"member states"}


def test_countries_after_a_class_of_institutions_stay_places() -> None:
    members, _ = partners(
        "Partner universities, viz. the University of Tartu and Lund University, in Estonia and Sweden."
    )
    assert "Estonia" not in members and "Sweden" not in members and "Estonia and Sweden" not in members


@pytest.mark.parametrize(
    ("lines", "members", "categories"),
    [
        (("members: Ghana, Togo & Benin",), {"Ghana", "Togo", "Benin"}, set()),
        (("dialogue partners - Mali, Niger",), {"Mali", "Niger"}, {"dialogue partners"}),
        (("observer partners - Mali, Niger",), set(), {"observer partners"}),
        (
            ("members: Ghana, Togo", "associate partners - Benin", "+ donor agencies"),
            {"Ghana", "Togo", "Benin"},
            {"associate partners", "donor agencies"},
        ),
    ],
)
def test_short_labels_dashes_and_plus_lines(lines: tuple[str, ...], members: set[str], categories: set[str]) -> None:
    assert partners(*lines) == (members, categories)


def test_a_dash_note_after_a_name_is_no_label() -> None:
    members, categories = partners("Acme Corporation - joint owner")
    assert "joint owner" not in categories and members <= {"Acme Corporation"}


@pytest.mark.parametrize(
    "text",
    [
        "The funding academies, viz. the Royal Academy of Music, for composition, "
        "and the Royal Academy of Arts, for painting.",
        "Museums and archives, both at home and abroad.",
        "Hospitals and clinics, either public or private.",
        "Leading universities, in Europe and in Asia.",
    ],
)
def test_a_phrase_opened_by_a_preposition_or_both_is_no_category(text: str) -> None:
    _, categories = partners(text)
    assert not {c for c in categories if c.split()[0].lower() in {"for", "both", "either", "in"}}


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_role_dash_name_line_above_a_note_is_a_value_not_a_heading(dash: str) -> None:
    text = f"Title\nIntro.\nLeader\nRector {dash} Jane Roe\n(first rector Ann Lee, 1990-2001)\nDivisions\n- Labs\n"
    profile = parse_profile(text, "x.txt")
    assert [f.name for f in profile.fields] == ["Leader", "Divisions"]
    assert profile.field("Leader").items[0].text == f"Rector {dash} Jane Roe"


def leaders(*lines: str) -> set[str]:
    field = Field("Leader", 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))
    facts, _ = read_leader(field, IDENTITY)
    return {f"{f.label} | {h.name}" for f in facts if isinstance(f, Post) for h in f.named_holders}


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("President/CEO: Ana Lima", "President/CEO | Ana Lima"),
        ("Chairman/CEO - Ravi Menon (since 2019)", "Chairman/CEO | Ravi Menon"),
        ("Director/Chair | Ola Berg", "Director/Chair | Ola Berg"),
    ],
)
def test_a_slash_joins_two_roles_one_person_holds(line: str, post: str) -> None:
    assert leaders(line) == {post}


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Chair: Lord Fenwick of Alnmouth (Edward Fenwick)", "Chair | Edward Fenwick"),
        ("President: Baroness Hale of Kirkby (Anne Hale), from 2020", "President | Anne Hale"),
        ("Rektor (Rector): Prof. Jan Novák, Ph.D.", "Rektor | Jan Novák"),
        ("Direktur (Director): Dr. Budi Santoso, M.Sc., appointed in 2019", "Direktur | Budi Santoso"),
    ],
)
def test_a_peerage_or_degrees_around_the_holders_name(line: str, post: str) -> None:
    assert leaders(line) == {post}


@pytest.mark.parametrize(
    "line",
    ["Rector: University of Tartu (Estonia)", "Chair/Acme Corporation", "Editor/Publisher: Ann Lee"],
)
def test_no_holder_invented_from_a_bracket_or_a_slash(line: str) -> None:
    assert not any("Estonia" in p or "Acme" in p for p in leaders(line))
    assert leaders(line) <= {"Editor/Publisher | Ann Lee"}


def test_an_abbreviated_head_word_keeps_its_full_stop() -> None:
    field = Field(
        "Divisions",
        10,
        tuple(
            Item(11 + n, t, bullet=True) for n, t in enumerate(["Finance Dept.", "Legal Div.", "Research Division."])
        ),
    )
    facts, _ = read_divisions(field, IDENTITY)
    assert {f.name for f in facts if isinstance(f, Unit)} == {"Finance Dept.", "Legal Div.", "Research Division"}


def units(text: str) -> set[str]:
    facts, _ = read_divisions(Field("Divisions", 10, (Item(11, text),)), IDENTITY)
    return {f.name for f in facts if isinstance(f, Unit)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The work was divided among three directorates, viz. the Direktorat Riset (research), "
            "the Direktorat Layanan (services) and the Direktorat Umum (general affairs); "
            "beneath these sat many small offices.",
            {"Direktorat Riset", "Direktorat Layanan", "Direktorat Umum"},
        ),
        (
            "Its work is shared by two bureaux, namely the Bureau of Mines and the Bureau of Soils.",
            {"Bureau of Mines", "Bureau of Soils"},
        ),
        (
            "Research fell to the faculties, viz. the Faculty of Law, the Faculty of Arts and the Faculty of Medicine.",
            {"Faculty of Law", "Faculty of Arts", "Faculty of Medicine"},
        ),
    ],
)
def test_a_viz_or_namely_list_in_prose_names_every_unit(text: str, names: set[str]) -> None:
    assert units(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "It answered to its founders, namely the ministers of trade and of labour in council.",
        "The work was shared, viz. the research by the staff and the teaching by visiting scholars.",
    ],
)
def test_a_viz_clause_of_no_names_gives_no_unit(text: str) -> None:
    assert units(text) == set()


@pytest.mark.parametrize(
    "name", ["Den Danske Bank", "La Poste Groupe", "Het Nederlands Instituut", "Akademien vid Uppsala Universitet"]
)
def test_a_capitalised_article_or_a_swedish_glue_word_inside_a_name(name: str) -> None:
    assert name_problem(name) is None


@pytest.mark.parametrize("fragment", ["den Danske", "Of Science", "I Corps", "Bank vid"])
def test_a_lowercase_article_or_a_joining_word_at_an_edge_is_a_fragment(fragment: str) -> None:
    assert name_problem(fragment) is not None


def test_foreign_names_in_a_viz_list_with_glosses_and_notes() -> None:
    members, categories = partners(
        "The supporting bodies, viz. Det Norske Akademi (the Norwegian Academy), for letters, "
        "Akademien vid Lunds Universitet (the Lund Academy), for medicine, and Svenska Institutet, for culture."
    )
    assert members == {"Det Norske Akademi", "Akademien vid Lunds Universitet", "Svenska Institutet"}
    assert categories == {"supporting bodies"}
