"""Round 46 (founding, legislation, signer): the e-mail thread (h34).

- a Spanish, Portuguese or Italian "and" ("e", "y"; lexicon role title-conjunction) between
  two capitalised words stays inside an instrument's title, never before a second instrument;
- "promulgated by President A and published in …": a second participle after "and" ends the
  signer's name;
- "Treaty X. Signed in Rome on <day>, in force from <day>.": a subjectless sentence that opens
  on a signing participle dates the instrument the sentence before named."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile


def _legislation(text: str) -> list[Founding]:
    profile = f"Harbour Works Board\n|\nThe Harbour Works Board is a public agency.\nLegislation\n{text}\n"
    facts = extract(parse_profile(profile, "mail.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _acts(found: list[Founding]) -> set[str]:
    return {f.act for f in found if f.act}


def _act_dates(found: list[Founding]) -> set[DateValue]:
    return {f.act_date for f in found if f.act_date}


def _signers(found: list[Founding]) -> set[str]:
    return {m.name for f in found for m in (f.act_passed_by, *f.act_signers) if m is not None}


# --- a foreign "and" inside a title -------------------------------------------------------------


def test_spanish_e_inside_title() -> None:
    found = _legislation("Ley Orgánica del Consejo Nacional de Ciencia e Industria, published on 4 May 1951.")
    assert _acts(found) == {"Ley Orgánica del Consejo Nacional de Ciencia e Industria"}


def test_spanish_y_inside_title() -> None:
    found = _legislation("Ley Orgánica del Servicio de Puertos y Faros, of 12 March 1962.")
    assert _acts(found) == {"Ley Orgánica del Servicio de Puertos y Faros"}


def test_portuguese_e_inside_title() -> None:
    found = _legislation("Lei de Criação do Instituto de Pesca e Aquicultura, enacted in 1977.")
    assert _acts(found) == {"Lei de Criação do Instituto de Pesca e Aquicultura"}


def test_conjunction_before_second_instrument_ends_title() -> None:
    found = _legislation("Ley Orgánica del Servicio de Puertos y Decreto Reglamentario, both of 1962.")
    assert "Ley Orgánica del Servicio de Puertos y Decreto Reglamentario" not in _acts(found)


def test_conjunction_before_lowercase_ends_title() -> None:
    found = _legislation("Ley Orgánica del Servicio de Puertos y otras normas, of 1962.")
    assert all(" y " not in act for act in _acts(found))


# --- "promulgated by A and published" ---------------------------------------------------------


def test_signer_before_second_participle() -> None:
    found = _legislation(
        "Ley Orgánica de Puertos, promulgated by President Rómulo Gallegos and published on 2 May 1948."
    )
    assert _signers(found) == {"Rómulo Gallegos"}


def test_signer_before_second_participle_enacted() -> None:
    found = _legislation("Harbour Works Act 1950, signed by Governor Edward Marsh and gazetted in the colony.")
    assert _signers(found) == {"Edward Marsh"}


def test_signer_and_capitalised_second_person_not_cut_as_participle() -> None:
    found = _legislation("Harbour Works Act 1950, signed by the minister and a clerk.")
    assert _signers(found) == set()


# --- "Signed in X on <day>" after the title ------------------------------------------------------


def test_signed_next_sentence_dates_treaty() -> None:
    found = _legislation(
        "Convention on the Harbour Works Board. Signed in Lisbon on 3 Jun 1960, in force from 1 Jan 1961."
    )
    assert _act_dates(found) == {DateValue(1960, 6, 3)}


def test_adopted_next_sentence_dates_act() -> None:
    found = _legislation("Harbour Works Act. Adopted on 14 September 1972 by the legislature.")
    assert _act_dates(found) == {DateValue(1972, 9, 14)}


def test_published_next_sentence_dates_law() -> None:
    found = _legislation("Ley de Puertos y Muelles. Published in the gazette on 2 Feb 1931.")
    assert _act_dates(found) == {DateValue(1931, 2, 2)}


def test_next_sentence_with_subject_does_not_date() -> None:
    found = _legislation("Harbour Works Act. The minister signed a lease on 3 Jun 1960.")
    assert _act_dates(found) == set()


def test_next_sentence_naming_other_instrument_does_not_date() -> None:
    found = _legislation("Harbour Works Act. Signed together with the Ports Act on 3 Jun 1960.")
    assert _act_dates(found) == set()


def test_signed_sentence_two_away_does_not_date() -> None:
    found = _legislation("Harbour Works Act. It set up the board. Signed in Lisbon on 3 Jun 1960.")
    assert DateValue(1960, 6, 3) not in _act_dates(found)


# --- "The founders, as the story is told: A, the <nationality> …, and B, who …" ---------------


def _history(text: str) -> set[str]:
    profile = f"Harbour Works Board\n|\nThe Harbour Works Board is a public agency.\nHistory\n{text}\n"
    facts = extract(parse_profile(profile, "mail.txt"))
    found = [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]
    return {m.name for f in found for m in (f.founder, *f.founders) if m is not None}


def test_founders_after_hedging_aside() -> None:
    assert _history("The founders, as the story goes: Ines Duarte and Paul Berg.") == {"Ines Duarte", "Paul Berg"}


def test_founders_according_to_aside() -> None:
    found = _history("The founders, according to the board's own history: Ines Duarte and Paul Berg.")
    assert found == {"Ines Duarte", "Paul Berg"}


def test_founders_with_nationality_appositive() -> None:
    found = _history("The founders: Ines Duarte, the Portuguese harbour engineer, and Paul Berg, who paid for it.")
    assert found == {"Ines Duarte", "Paul Berg"}


def test_founders_with_nationality_appositive_after_aside() -> None:
    found = _history("The founders, as usually told: Paul Berg, a Danish banker, and Ines Duarte, who chaired it.")
    assert found == {"Ines Duarte", "Paul Berg"}


def test_aside_with_clause_is_no_founders_list() -> None:
    assert _history("The founders, as we saw, were busy; the port opened: Paul Berg spoke.") == set()


def test_capitalised_appositive_not_dropped_as_nationality() -> None:
    # "the French Line" is a name, not a nationality and lowercase words
    assert _history("The founders: Paul Berg, the French Line, and Ines Duarte.") != {"Ines Duarte", "Paul Berg"}


# --- "X gives 1952 as its founding year" -------------------------------------------------------


def _dates_of(history: str) -> set[DateValue]:
    profile = f"Harbour Works Board (HWB)\n|\nThe Harbour Works Board (HWB) is a public agency.\nHistory\n{history}\n"
    facts = extract(parse_profile(profile, "mail.txt"))
    return {f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date}


def test_gives_year_as_founding_year() -> None:
    assert _dates_of("- 3 May 1931: the first quay opens. HWB gives 1931 as its founding year.") == {DateValue(1931)}


def test_cites_date_as_founding_date() -> None:
    assert _dates_of("HWB cites 3 May 1931 as its founding date.") == {DateValue(1931, 5, 3)}


def test_gives_other_organization_founding_not_taken() -> None:
    assert _dates_of("The Port Guild gives 1931 as its founding year.") == set()


def test_gives_without_founding_noun_not_taken() -> None:
    assert _dates_of("HWB gives 1931 as the year of its first quay.") == set()
