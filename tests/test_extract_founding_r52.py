"""Round 52 (founding): the due-diligence report (h39) and the Francophone register (h40).

- a note closing the clause after an instrument that denies it is the organization's own act
  ("Act 7 (2004) — sale of the port; not the founding act.") drops that instrument;
- a subjectless "Entered into force <date>." right after a treaty's title (and its subjectless
  "Signed …" sentence) dates the treaty's entry into force, the organization's founding;
- "M." before a founder's given name written in full and a family name is a form of address."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

_TITLE = "Northern Grain Board"


def _founding(field: str, text: str, intro: str = "") -> list[Founding]:
    intro = intro or f"The {_TITLE} (NGB) buys and stores the grain of the northern provinces."
    profile = f"{_TITLE}\n|\n{intro}\n{field}\n{text}\n"
    facts = extract(parse_profile(profile, "report.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _acts(text: str) -> set[str]:
    return {f.act for f in _founding("Legislation", text) if f.act}


def _dates(field: str, text: str, intro: str = "") -> set[DateValue]:
    return {f.date for f in _founding(field, text, intro) if f.date}


def _founders(field: str, text: str, intro: str = "") -> set[str]:
    found = _founding(field, text, intro)
    return {m.name for f in found for m in (*([f.founder] if f.founder else []), *f.founders)}


# --- a closing note denies the instrument before it ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Grain Marketing Act 2004 (2004) — transfer of the silos to the state; not the founding act.",
        "Decree No. 311 of 1999: sale of the river depots; not its founding instrument.",
        "Ports and Silos Law of 1987: governs the leases only, not the constituent act",
        "Order 55 (2011) — a change of the board's seats; not the legal basis. Establishing order: not seen.",
    ],
)
def test_closing_note_denies_the_act_before_it(text: str) -> None:
    assert _acts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the note names another act ("… of 1950"), so the title before it stands
        ("Grain Board Act 1950 created it; the 1962 order is not the founding act of 1950.", "Grain Board Act 1950"),
        # an act named after the note, in its own sentence, is untouched by a note on another line
        ("Grain Board Act 1950 created the Board.\nDecree No. 4 of 1971 — storage rules.", "Grain Board Act 1950"),
        # a denial of a different kind ("not a treaty") says what the act is, not whose
        ("Grain Board Act 1950 established the Board; not a treaty.", "Grain Board Act 1950"),
    ],
)
def test_act_kept_without_closing_denial(text: str, expected: str) -> None:
    assert expected in _acts(text)


# --- a subjectless entry into force after a treaty's title -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Convention on the Northern Grain Board. Adopted 1988-03-02, Oslo. Entered into force 1989-01-15.",
            DateValue(1989, 1, 15),
        ),
        (
            "Agreement Establishing the Northern Grain Board. Signed in Tromsø on 4 May 1990. "
            "Came into force on 1 July 1991.",
            DateValue(1991, 7, 1),
        ),
        (
            "Treaty of Narvik on Grain Storage. Entered into force 12 October 1975. Text: not obtained.",
            DateValue(1975, 10, 12),
        ),
    ],
)
def test_subjectless_entry_into_force_dates_the_founding(text: str, expected: DateValue) -> None:
    assert _dates("Legislation", text) == {expected}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a sentence with its own subject stands between: the later in-force sentence is another's
        (
            "Convention on the Northern Grain Board. Adopted 1988-03-02, Oslo. "
            "The members met in Bergen. Entered into force 1995-05-05.",
            DateValue(1995, 5, 5),
        ),
        # a subject that is no treaty ("The protocol on fees") enters into force, not the treaty
        (
            "Convention on the Northern Grain Board. Adopted 1988-03-02, Oslo. "
            "The fee schedule entered into force 1996-06-06.",
            DateValue(1996, 6, 6),
        ),
    ],
)
def test_other_entry_into_force_dates_no_founding(text: str, wrong: DateValue) -> None:
    assert wrong not in _dates("Legislation", text)


# --- "M." before a founder's full name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("The Northern Grain Board is a cooperative. It was founded in 1931 by M. Olivier Brassac.", "Olivier Brassac"),
        (
            "The Northern Grain Board is a cooperative founded in 1931 at Rouen by M. Étienne Lagarde.",
            "Étienne Lagarde",
        ),
        ("The Northern Grain Board, created in 1931 by M. Pierre-Yves Morvan, stores grain.", "Pierre-Yves Morvan"),
    ],
)
def test_initial_form_of_address_is_removed(intro: str, expected: str) -> None:
    assert expected in _founders("Mission", "Storage of grain.", intro)


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        # an initial before another initial is the person's own
        ("The Northern Grain Board is a cooperative. It was founded in 1931 by M. S. Raman.", "M. S. Raman"),
    ],
)
def test_initial_before_an_initial_stays(intro: str, expected: str) -> None:
    founders = _founders("Mission", "Storage of grain.", intro)
    assert "S. Raman" not in founders


# --- an ambiguous numeric date read in its country's order -------------------------------------


def _dated(legislation: str, address: str) -> set[DateValue]:
    profile = (
        f"{_TITLE}\n|\nThe {_TITLE} (NGB) buys and stores grain.\nLegislation\n{legislation}\n"
        f"Headquarters address\n{address}\n"
    )
    facts = extract(parse_profile(profile, "register.txt"))
    found = [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]
    return {d for f in found for d in (f.date, f.act_date) if d}


@pytest.mark.parametrize(
    ("legislation", "address", "expected"),
    [
        ("Created by decree of 04/06/1931.", "12, Rue de la Gare, 31000 Toulouse, France", DateValue(1931, 6, 4)),
        (
            "Established on 03/02/1962 by Law No. 62-17.",
            "Avenue Bourguiba 10, 1001 Tunis, Tunisie",
            DateValue(1962, 2, 3),
        ),
        ("Founded 10/11/1950.", "Via Roma 5, 00184 Roma, Italy", DateValue(1950, 11, 10)),
    ],
)
def test_day_first_country_settles_the_order(legislation: str, address: str, expected: DateValue) -> None:
    assert expected in _dated(legislation, address)


@pytest.mark.parametrize(
    ("legislation", "address", "wrong"),
    [
        # a country that writes the month first (or both orders) settles nothing
        ("Founded 04/06/1931.", "100 Main Street, Springfield, IL 62701, USA", DateValue(1931, 6, 4)),
        ("Founded 04/06/1931.", "100 Main Street, Springfield, IL 62701, USA", DateValue(1931, 4, 6)),
        (
            "Created by decree of 04/06/1931.",
            "50 Rue Sainte-Catherine, Montréal, QC H2X 1K4, Canada",
            DateValue(1931, 6, 4),
        ),
        # the profile's own numeric dates show the month first: they win over the country
        (
            "Founded 04/06/1931; Act amended 12/25/1950.",
            "12, Rue de la Gare, 31000 Toulouse, France",
            DateValue(1931, 6, 4),
        ),
    ],
)
def test_no_day_first_reading_without_its_country(legislation: str, address: str, wrong: DateValue) -> None:
    assert wrong not in _dated(legislation, address)


# --- a foreign instrument named by its word and a numeric day -----------------------------------


@pytest.mark.parametrize(
    ("legislation", "act", "day"),
    [
        ("Loi of 14/09/1951 portant création de l'Office des céréales.", "Loi of 14/09/1951", DateValue(1951, 9, 14)),
        ("Created by dahir of 03/06/1958, under the old regime.", "dahir of 03/06/1958", DateValue(1958, 6, 3)),
        (
            "Legal basis: Ordonnance du 5 mars 1945, signed in Paris.",
            "Ordonnance du 5 mars 1945",
            DateValue(1945, 3, 5),
        ),
        ("The Board was created by Ordonnance of 30/06/1944.", "Ordonnance of 30/06/1944", DateValue(1944, 6, 30)),
    ],
)
def test_foreign_word_and_numeric_day_title_the_act(legislation: str, act: str, day: DateValue) -> None:
    address = "12, Rue de la Gare, 31000 Toulouse, France"
    profile = (
        f"{_TITLE}\n|\nThe {_TITLE} (NGB) buys and stores grain.\nLegislation\n{legislation}\n"
        f"Headquarters address\n{address}\n"
    )
    facts = extract(parse_profile(profile, "register.txt"))
    found = [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.act]
    assert [(f.act, f.act_date) for f in found] == [(act, day)]


@pytest.mark.parametrize(
    "legislation",
    [
        "Loi of 1951: text not seen.",  # no day: the word and a year name no instrument
        "The ordonnance of the prefect was never published.",  # a lowercase common noun
        "Dahir of the old regime governs the wells.",  # no day after "of"
    ],
)
def test_foreign_word_without_day_names_no_act(legislation: str) -> None:
    assert _acts(legislation) == set()
