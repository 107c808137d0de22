"""Round 63f (unit precision): a governing body's name cut at "of" before a lowercase word, the
organization's own head word, a lowercase office, a grouping heading
of a nested list, a body the organization answers to, and two head-first bodies joined by "and"
are never stated as one wrong unit."""

from __future__ import annotations

from orgkg.extract.people import read_structure
from orgkg.extract.units import units_named_well
from orgkg.model import Field, FieldFacts, FieldStatus, Identity, Item, OrgKind, Unit

IDENTITY = Identity("Northmoor Coastal Development Board", OrgKind.GOVERNMENT)


def _field(*lines: str, bullets: tuple[int, ...] = ()) -> Field:
    return Field(
        "Organization structure",
        10,
        tuple(Item(11 + n, line, bullet=n in bullets) for n, line in enumerate(lines)),
    )


def structure(*lines: str, bullets: tuple[int, ...] = (), identity: Identity = IDENTITY) -> list[str]:
    facts, _ = read_structure(_field(*lines, bullets=bullets), identity)
    return [f.name for f in facts if isinstance(f, Unit)]


def _facts(name: str, text: str, *units: str) -> FieldFacts:
    return FieldFacts(name, name.lower(), 1, 1, FieldStatus.STATED, text, facts=tuple(Unit(u) for u in units))


def named_well(*fields: FieldFacts) -> list[str]:
    return [f.name for ff in units_named_well(list(fields)) for f in ff.facts if isinstance(f, Unit)]


# --- a name cut at "of" before a lowercase word -------------------------------------------


def test_name_cut_before_lowercase_of_is_refused() -> None:
    assert "Board" not in structure("Board of governors with a chair; the rector leads the daily work.")


def test_longer_name_before_lowercase_of_stays() -> None:
    found = structure("A Central Committee of shareholders advised the directors; the president leads.")
    assert "Central Committee" in found


def test_name_with_capitalised_of_stays() -> None:
    assert "Board of Governors" in structure("A Board of Governors with a chair; the rector leads the daily work.")


# --- the organization's own head word -----------------------------------------------------


def test_own_head_word_is_the_organization() -> None:
    assert structure("Board with a chairman; the director leads the daily work.") == []


def test_other_single_body_word_stays() -> None:
    other = Identity("Northmoor Coastal Development Agency", OrgKind.GOVERNMENT)
    assert structure("Board with a chairman; the director leads the daily work.", identity=other) == ["Board"]


# --- a lowercase office phrase --------------------------------------------------------------


def test_lowercase_office_is_refused() -> None:
    found = structure("A district office in each district, each headed by a director.")
    assert found == []


def test_lowercase_committee_description_stays() -> None:
    found = structure("A steering committee meets twice a year.")
    assert found == ["steering committee"]


# --- a heading grouping a nested list --------------------------------------------------------


def test_heading_over_nested_items_is_no_unit() -> None:
    found = structure("Sites:", "Abroad", "** Harlow Research Station", "** Vesmar Field Unit", bullets=(1,))
    assert "Abroad" not in found


def test_unit_over_nested_items_stays() -> None:
    found = structure("Parts:", "Research Division", "** Physics", "** Chemistry", bullets=(1,))
    assert "Research Division" in found


# --- a body the organization answers to ----------------------------------------------------


def test_body_answered_to_is_no_unit() -> None:
    parent = _facts("Parent organization", "None; we are accountable to the Conference of Member Parties.")
    structure_facts = _facts("Organization structure", "…", "Secretariat", "Conference of Member Parties")
    assert named_well(parent, structure_facts) == ["Secretariat"]


def test_body_it_came_under_is_no_unit() -> None:
    text = "After 1970 it came under the Transport Council of the Lake Region Union."
    found = named_well(_facts("Organization structure", text, "Transport Council of the Lake Region Union"))
    assert found == []


def test_body_a_post_reports_to_stays() -> None:
    text = "The Director reports to the Governing Council of the Institute."
    found = named_well(_facts("Organization structure", text, "Governing Council of the Institute"))
    assert found == ["Governing Council of the Institute"]


# --- two head-first bodies joined by "and" -------------------------------------------------


def test_two_head_first_bodies_are_two_units() -> None:
    found = named_well(_facts("Divisions", "…", "Consejo de Gestión and Secretaría Técnica"))
    assert found == ["Consejo de Gestión", "Secretaría Técnica"]


def test_head_first_body_and_a_word_stays_one() -> None:
    found = named_well(_facts("Divisions", "…", "Consejo de Ciencia and Tecnología"))
    assert found == ["Consejo de Ciencia and Tecnología"]
