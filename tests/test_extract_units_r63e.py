"""Round 63e (units in prose): a list after "the main ones being", "examples are", "besides the
<class> …" or "Among its programmes are" names units or programs; a unit's name written with
only its first word capitalised ("Département de la … et des …") is a name."""

from __future__ import annotations

from orgkg.extract.names import NameKind
from orgkg.extract.units import example_names, mention_of, read_divisions, read_programs
from orgkg.model import Field, Identity, Item, OrgKind, Program, Unit

IDENTITY = Identity("Example Motor Group", OrgKind.COMPANY)


def _field(heading: str, *lines: str) -> Field:
    return Field(heading, 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))


def units(*lines: str) -> list[str]:
    facts, _ = read_divisions(_field("Divisions", *lines), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


def bullets(*lines: str) -> list[str]:
    field = Field("Divisions", 10, tuple(Item(11 + n, line, bullet=True) for n, line in enumerate(lines)))
    facts, _ = read_divisions(field, IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


def programs(*lines: str) -> list[str]:
    facts, _ = read_programs(_field("List of programs", *lines), IDENTITY)
    return [f.name for f in facts if isinstance(f, Program)]


def test_main_ones_being_and_besides_class() -> None:
    text = (
        "The group reported by market (EMEA and APAC) and by marque, the main ones being Corvel, "
        "Tarsin Blue and Ondaro (sold in 2011), besides the engineering businesses Veltroni Parts, Stelm and Quarz."
    )
    assert units(text) == ["Corvel", "Tarsin Blue", "Ondaro", "Veltroni Parts", "Stelm", "Quarz"]


def test_regions_without_lead_are_not_units() -> None:
    assert units("The group reported by market (EMEA and APAC) and by product line.") == []
    # a region after a lead refuses the whole list
    assert example_names("The main ones being EMEA, Corvel and Quarz.", NameKind.UNIT) == []


def test_examples_are_with_place_and_relative_clause() -> None:
    text = (
        "There are 40 institutes. Two known examples are the Hallberg Institute for Optical Sensors HOS "
        "in Kesselfeld, which is where a new lens was made, and the Hallberg Institute for Wind Power HWP in Norrby."
    )
    assert units(text) == ["Hallberg Institute for Optical Sensors HOS", "Hallberg Institute for Wind Power HWP"]


def test_count_alone_is_no_unit() -> None:
    assert units("There are 40 institutes and research units (as of 2020).") == []


def test_a_clause_piece_refuses_the_list() -> None:
    # the relative clause holds a comma, so a piece is left that is no name: nothing is read
    text = "Examples are the Alder Centre, which, oddly, closed early, and the Birch Centre."
    assert example_names(text, NameKind.UNIT) == []


def test_serial_and_is_not_split_inside_a_headed_name() -> None:
    text = "Examples are the Science and Technology Council and the Budget Division."
    assert example_names(text, NameKind.UNIT) == ["Science and Technology Council", "Budget Division"]


def test_among_its_programmes_are() -> None:
    text = (
        "Among its internal programmes are Lumen Start, which funds young teams, and Lumen VISTA, "
        "which supports returning scientists."
    )
    assert programs(text) == ["Lumen Start", "Lumen VISTA"]


def test_among_its_members_names_no_program() -> None:
    assert example_names("Among its members are Lumen Start and Lumen VISTA.", NameKind.PROGRAM) == []


def test_lowercase_style_unit_name() -> None:
    assert bullets("Département des archives et de la documentation", "Département de la médiation culturelle") == [
        "Département des archives et de la documentation",
        "Département de la médiation culturelle",
    ]
    found = mention_of("Departamento de relaciones internacionales y cooperación", NameKind.UNIT)
    assert found is not None


def test_lowercase_style_refuses_english_clause_and_second_head() -> None:
    assert mention_of("Département de la recherche which the museum runs", NameKind.UNIT) is None
    assert mention_of("Département des archives et Département de la documentation", NameKind.UNIT) is None
    assert mention_of("Département de la recherche et des 12 collections", NameKind.UNIT) is None
