"""extract/units.py and identity.py (round 62c, F4): a unit's bracketed country is part of its
name; a described unit loses its count of places; lowercase words after the last of several
program names are shared; a bullet's relative clause and a "centres including the …" lead list
units; a later clause with its own list verb lists more; a frequency adverb before a naming
cue; a verbless "Name (ACR)." intro; a labelled note in the intro's bracket is no name."""

from __future__ import annotations

from orgkg.extract.identity import intro_names
from orgkg.extract.names import NameKind
from orgkg.extract.units import item_mention, marked_lists, read_divisions, read_programs
from orgkg.model import Field, Identity, Item, OrgKind, Program, Unit

IDENTITY = Identity("Example Relief", OrgKind.NGO)


def _items(lines: tuple[str, ...], bullet: bool) -> tuple[Item, ...]:
    """One item a line; "- " opens a bullet (the parser strips the dash and marks the item)."""
    return tuple(
        Item(11 + n, line.removeprefix("- "), bullet=bullet or line.startswith("- ")) for n, line in enumerate(lines)
    )


def units(*lines: str, bullet: bool = False) -> list[str]:
    facts, _ = read_divisions(Field("Divisions", 10, _items(lines, bullet)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Unit))


def programs(*lines: str, bullet: bool = False) -> list[str]:
    facts, _ = read_programs(Field("List of programs", 10, _items(lines, bullet)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Program))


# --- a bracketed country after a unit's name -------------------------------------------


def test_bracketed_country_stays_in_the_unit_name() -> None:
    found = item_mention("Harbour Relief (UK), a registered charity in Leeds", NameKind.UNIT, bullet=True)
    assert found is not None
    assert found.name == "Harbour Relief (UK)"
    assert found.acronym is None


def test_spelled_or_opening_acronym_is_still_an_acronym() -> None:
    spelled = item_mention("Nursing Institute (NI)", NameKind.UNIT, bullet=True)  # "NI" is also a country code
    assert spelled is not None
    assert (spelled.name, spelled.acronym) == ("Nursing Institute", "NI")
    opening = item_mention("Information Services (ISL)", NameKind.UNIT, bullet=True)
    assert opening is not None
    assert (opening.name, opening.acronym) == ("Information Services", "ISL")


# --- a described unit's count of places ------------------------------------------------


def test_count_of_places_is_cut_from_a_described_unit() -> None:
    found = units(
        "While there are no formal divisions, the charity works through:",
        "- field offices in about 14 countries in Asia and Africa",
        "- Harbour Relief (UK), a fundraising affiliate",
    )
    assert "field offices" in found
    assert not any("countries" in name for name in found)
    assert "Harbour Relief (UK)" in found


def test_a_year_after_in_is_no_count() -> None:
    found = units(
        "There are no formal divisions; the charity works through:",
        "- working groups in 2019 reform",
    )
    assert "field offices" not in found
    assert not any(name == "working groups" for name in found)


# --- a shared lowercase tail after several program names -------------------------------


def test_shared_tail_after_last_program_is_dropped() -> None:
    found = programs("- ORCA and ORCA 3 tide-gauge buoys", "- HALO", bullet=True)
    assert "ORCA 3" in found
    assert "ORCA" in found
    assert not any("buoys" in name for name in found)


def test_tail_with_a_function_word_is_kept_or_nothing() -> None:
    found = programs("- ORCA and ORCA 3 tide-gauge buoys of the fleet", "- HALO", bullet=True)
    assert "ORCA 3" not in found


# --- units listed in a relative clause, after "centres including", in a later clause ---


def test_bullet_relative_clause_lists_units() -> None:
    found = units(
        "Research is organised into:",
        "- the Earth Sciences Department, which includes the Geology Division and the Ocean Modelling Centre",
        "- the Optics Directorate",
        bullet=True,
    )
    assert "Geology Division" in found
    assert "Ocean Modelling Centre" in found
    assert "Earth Sciences Department" in found


def test_relative_clause_without_names_adds_nothing() -> None:
    found = units(
        "Research is organised into:",
        "- the Transport Department, which runs the ferries and the buses",
        "- the Optics Directorate",
        bullet=True,
    )
    assert not any("ferries" in name or "buses" in name for name in found)


def test_unit_noun_then_including_lists_units() -> None:
    found = marked_lists(
        "It is joined by research institutes including the Alpha Institute for Soils, the Beta Centre and "
        "the Gamma Laboratory.",
        NameKind.UNIT,
    )
    assert found is not None
    assert [name.removeprefix("the ") for name in found] == [
        "Alpha Institute for Soils",
        "Beta Centre",
        "Gamma Laboratory",
    ]


def test_other_noun_then_including_lists_nothing() -> None:
    found = marked_lists("It works with partners including the World Weather Body and the Ocean Fund.", NameKind.UNIT)
    assert not found


def test_later_clause_with_its_own_verb_lists_more_units() -> None:
    found = marked_lists(
        "Its staff is organised into the Legal Service and the Audit Service; outside the capital it keeps "
        "the North Office and the South Office.",
        NameKind.UNIT,
    )
    assert found is not None
    names = [name.removeprefix("the ") for name in found]
    assert "North Office" in names
    assert "Audit Service" in names


def test_later_clause_without_verb_lists_nothing() -> None:
    found = marked_lists(
        "Its staff is organised into the Legal Service and the Audit Service; beside them the North Office "
        "and the South Office.",
        NameKind.UNIT,
    )
    assert found is not None
    assert not any("North Office" in name for name in found)


def test_plural_passive_list_verb() -> None:
    found = units("At headquarters our teams are organised in the Finance Directorate and the Legal Office.")
    assert found == ["Finance Directorate", "Legal Office"]


# --- identity -----------------------------------------------------------------------


def test_frequency_adverb_before_a_naming_cue() -> None:
    intro = "Harbour Relief Trust, often referred to simply as Harbour, is a charity."
    found = intro_names(intro, "Harbour Relief Trust")
    assert found is not None
    assert "Harbour" in found.alternates
    rendered = intro_names(
        "The Weber Stiftung, sometimes rendered in English as the Weber Foundation, is a foundation.", "Weber Stiftung"
    )
    assert rendered is not None
    assert "Weber Foundation" in rendered.alternates


def test_frequency_adverb_without_a_name_reads_nothing() -> None:
    intro = "Harbour Relief Trust, often referred to by staff as a family, is a charity."
    found = intro_names(intro, "Harbour Relief Trust")
    assert found is not None
    assert found.alternates == ()


def test_verbless_fragment_intro_gives_acronym() -> None:
    found = intro_names(
        "Northern Grid Authority (NGA). Statutory body, Ruritania; est. 2001. Staff approx. 900.",
        "Northern Grid Authority",
    )
    assert found is not None
    assert found.lead == "Northern Grid Authority"
    assert "NGA" in found.acronyms


def test_sentence_intro_without_bracket_is_no_fragment() -> None:
    found = intro_names("Northern Grid Authority. Statutory body; it is the grid operator.", "Northern Grid Authority")
    assert found is None or found.acronyms == ()


def test_labelled_note_in_bracket_is_no_name() -> None:
    found = intro_names(
        'Harbour Telecom Plc ("Harbour"; legal form: public limited company, Scotland). Mobile operator.',
        "Harbour Telecom Plc",
    )
    assert found is not None
    assert "Harbour" in found.alternates
    assert "Scotland" not in found.alternates


def test_cue_label_in_bracket_still_names() -> None:
    found = intro_names("The Harbour Board (legal name: Harbour Board Trust) is a body.", "Harbour Board")
    assert found is not None
    assert "Harbour Board Trust" in found.alternates


def test_labelled_heading_before_fragment_is_no_subject() -> None:
    assert intro_names("MEMO — Applicant: Harbour Seed Trust (HST). Status: active.", "Harbour Seed Trust") is None


def test_country_in_the_bracket_is_no_other_name() -> None:
    for intro in ("Harbour Seed Trust (Portugal). Seed bank.", "Harbour Seed Trust (New Zealand) is a trust."):
        found = intro_names(intro, "Harbour Seed Trust")
        assert found is not None
        assert found.alternates == ()
    quoted = intro_names('Harbour Seed Trust ("Harbour") is a trust.', "Harbour Seed Trust")
    assert quoted is not None
    assert quoted.alternates == ("Harbour",)


def test_one_word_name_or_three_letters_keeps_the_acronym() -> None:
    one_word = item_mention("Herbarium (MA)", NameKind.UNIT, bullet=True)
    assert one_word is not None
    assert (one_word.name, one_word.acronym) == ("Herbarium", "MA")
    accented = item_mention("École Navale Supérieure (ESP)", NameKind.UNIT, bullet=True)
    assert accented is not None
    assert accented.acronym == "ESP"


def test_first_person_subject_lists_units_beside_an_including_lead() -> None:
    found = units(
        "Our four schools are the School of Law, the School of Music, the School of Art and the School of Design. "
        "They are joined by institutes including the Delta Institute for Soils and the Epsilon Centre."
    )
    assert "School of Law" in found
    assert "Epsilon Centre" in found
