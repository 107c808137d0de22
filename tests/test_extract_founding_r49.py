"""Round 49 (founding): the machine-translated bulletin (h37) and the chatbot answer (h36).

- a signing participle inside the founding agent ("by the X Declaration, signed by the heads of
  the states: A, B"): the listed persons signed the instrument, they did not found the body;
- a pronoun denial after a clause break ("…, entered into force in 2003; it did not create the
  Organisation"): the instrument named before it is no founding act;
- a founder cue after an "as the X" / ", with a group" phrase ("founded by A as the X College,
  with a group of monks led by B"): B led the group, A founded the body;
- an "after/before <subject> was <verb>" clause after the founding verb dates that other event
  ("established …, after the last king was expelled on 5 Nov 1924")."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

_TITLE = "Northern Rivers Commission"


def _founding(field: str, text: str) -> list[Founding]:
    intro = "The Northern Rivers Commission (NRC) is an intergovernmental body for the basin's rivers."
    facts = extract(parse_profile(f"{_TITLE}\n|\n{intro}\n{field}\n{text}\n", "bulletin.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _founders(field: str, text: str) -> set[str]:
    return {m.name for f in _founding(field, text) for m in (f.founder, *f.founders) if m is not None}


def _acts(field: str, text: str) -> set[str]:
    return {f.act for f in _founding(field, text) if f.act}


def _dates(field: str, text: str) -> set[DateValue]:
    return {f.date for f in _founding(field, text) if f.date}


# --- a signing participle inside the agent: its list names signers --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Commission was established on 02.03.1998 in the city Kazan by the Declaration on the Rivers "
        "Commission, signed by the heads of the governments: Piotr Lemov, Aidar Kasymov and Ruslan Tebe.",
        "The Commission was founded in 1998 by the Joint Communique of Kazan, adopted by the ministers: "
        "Piotr Lemov and Aidar Kasymov.",
        "The Commission was created in 1998 by the Protocol of Kazan, ratified by the parliaments of the "
        "states, including Piotr Lemov and Aidar Kasymov.",
    ],
)
def test_signers_in_agent_are_no_founders(text: str) -> None:
    assert not {"Piotr Lemov", "Aidar Kasymov", "Ruslan Tebe"} & _founders("Legislation", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no signing participle: the cue names the founders
        ("The Commission was founded in 1998 by a group of engineers led by Piotr Lemov.", {"Piotr Lemov"}),
        (
            "The Commission was founded in 1998 by nine hydrologists, among them Piotr Lemov and Aidar Kasymov.",
            {"Piotr Lemov", "Aidar Kasymov"},
        ),
    ],
)
def test_founder_cue_without_signing_still_names_founders(text: str, expected: set[str]) -> None:
    assert expected <= _founders("History", text)


# --- a pronoun denies the instrument created the organization --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Statute of the NRC was signed later, on 04.05.2001 in Minsk, and entered into force on "
        "01.01.2002; it did not create the Commission.",
        "The Basin Charter was adopted in 2003, and it did not establish the Commission.",
        "The Kazan Convention of 2005 sets the rules of navigation; it did not found the NRC.",
    ],
)
def test_pronoun_denial_drops_instrument(text: str) -> None:
    assert _acts("Legislation", text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no denial: the instrument stands
        ("The Commission was established by the Basin Charter of 2003; it created the Commission.", "Basin Charter"),
        # the pronoun denies creating another named body, not the organization
        (
            "The Commission was established by the Basin Charter of 2003; it did not create the Council of "
            "Ministers of the basin.",
            "Basin Charter",
        ),
    ],
)
def test_instrument_kept_without_own_denial(text: str, expected: str) -> None:
    assert any(act.startswith(expected) for act in _acts("Legislation", text))


# --- a founder cue after an "as" or "with" phrase ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1950 — founded by Grand Duke Oskar Lenz as the Rivers College of Tarn, with a group of monks led by "
        "Anselm Hovi.",
        "The Commission was founded in 1950 by Oskar Lenz, with a team of surveyors headed by Anselm Hovi.",
        "The Commission was set up in 1950 by the Tarn Council as the River Office, with a board including "
        "Anselm Hovi.",
    ],
)
def test_cue_after_phrase_names_no_founder(text: str) -> None:
    assert "Anselm Hovi" not in _founders("History", text)


# --- an "after X was Y" clause dates another event ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Commission was established by the decision of the basin states, after the old river board was "
        "dissolved on 05.11.1994.",
        "The Commission was founded by the riparian towns, before the dam was completed on 3 June 1994.",
        "The Commission was created by the ministers until the treaty had been ratified in May 1994.",
    ],
)
def test_other_event_clause_dates_no_founding(text: str) -> None:
    assert not any(d.year == 1994 for d in _dates("History", text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date is the founding verb's own, before or without such a clause
        ("The Commission was founded on 3 June 1994, after the old river board was dissolved.", DateValue(1994, 6, 3)),
        ("The Commission was founded after the great flood on 3 June 1994.", DateValue(1994, 6, 3)),
        ("The Commission was established in 1994 after long talks.", DateValue(1994)),
    ],
)
def test_own_date_kept_beside_other_clause(text: str, expected: DateValue) -> None:
    assert _dates("History", text) == {expected}


# --- a dated entry that is the founding noun of the organization ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15.04.1993 — establishment of the Commission.", DateValue(1993, 4, 15)),
        ("15 April 1993 — the establishment of the NRC.", DateValue(1993, 4, 15)),
        ("1993 — foundation of the Northern Rivers Commission.", DateValue(1993)),
        ("02.05.1993 — creation of the Commission", DateValue(1993, 5, 2)),
    ],
)
def test_entry_founding_noun_of_self(text: str, expected: DateValue) -> None:
    assert _dates("History", text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "1993 — establishment of the Commission's first office.",
        "1993 — establishment of the Basin Council.",
        "1993 — establishment of the Commission of Inquiry.",
        "1993 — creation of the river fleet.",
    ],
)
def test_entry_founding_noun_of_other(text: str) -> None:
    assert _dates("History", text) == set()


# --- "The founding states are …" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The founding states are the Republic of Tarnia, the Kingdom of Ost and the Federal Republic of Vell.",
            {"Republic of Tarnia", "Kingdom of Ost", "Federal Republic of Vell"},
        ),
        (
            "The founding governments were the Government of Tarnia and the Government of Ostland.",
            {"Government of Tarnia", "Government of Ostland"},
        ),
        (
            "Its founding countries are the Republic of Tarnia and the Kingdom of Ost.",
            {"Republic of Tarnia", "Kingdom of Ost"},
        ),
    ],
)
def test_founding_states_are_founders(text: str, expected: set[str]) -> None:
    assert _founders("Legislation", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The founding states are not known.",
        "The founding states of the Basin Council are the Republic of Tarnia and the Kingdom of Ost.",
        "The member states are the Republic of Tarnia and the Kingdom of Ost.",
    ],
)
def test_other_states_are_no_founders(text: str) -> None:
    assert _founders("Legislation", text) == set()
