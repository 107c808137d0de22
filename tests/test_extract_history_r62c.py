"""Round 62c (F3): "took over a named office from X" (X handed a unit over: no predecessor),
"when X was divided into <this organization> and Y" (X is a predecessor), "the merger took
effect on <day>" refining the year of an ending by merger, and "known as <its name> in
<town> until …" (its name with the town was an earlier name)."""

from __future__ import annotations

import pytest

from orgkg.extract.history import dissolution_from_intro, read_events
from orgkg.model import ChangeEvent, DateValue, Dissolution, FieldFacts, FieldStatus, Identity, OrgKind

ORG = Identity("Tarrow Statistics Board", OrgKind.GOVERNMENT, "TSB")


def _facts(text: str, name: str = "Tarrow Statistics Board") -> list[object]:
    return list(read_events(text, Identity(name, OrgKind.ORGANIZATION), "", lines=tuple(text.splitlines())))


def _predecessors(facts: list[object]) -> set[str]:
    return {f.original.name for f in facts if isinstance(f, ChangeEvent) and f.original}


def _previous(facts: list[object]) -> set[str]:
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


# --- "took over <a named office> … from X" --------------------------------------------------------


def test_a_named_office_taken_over_from_another_body_makes_that_body_no_predecessor() -> None:
    text = "In 1978 it was enlarged by taking over the Dunmere Census Office and other work from the Ministry of Mines."
    assert "Ministry of Mines" not in _predecessors(_facts(text))


def test_programs_taken_over_from_another_body_still_make_it_a_predecessor() -> None:
    text = "In 1978 it took over several survey programs from the Ministry of Mines."
    assert _predecessors(_facts(text)) == {"Ministry of Mines"}


def test_a_named_bodys_archive_taken_over_from_another_still_reads_the_giver() -> None:
    text = "In 1978 it took over the archive of the Dunmere Census Office from the Ministry of Mines."
    assert _predecessors(_facts(text)) == {"Ministry of Mines"}


# --- "when X was divided into <this organization> and Y" -----------------------------------------


def test_the_body_divided_into_it_and_another_is_a_predecessor() -> None:
    text = (
        "The board was set up in 1950, when the Tarrow Planning Service was divided into the "
        "Tarrow Statistics Board and the Economic Unit."
    )
    facts = _facts(text)
    assert _predecessors(facts) == {"Tarrow Planning Service"}
    assert "Tarrow Planning Service" not in _previous(facts)
    assert not any(isinstance(f, ChangeEvent) and f.resulting for f in facts)  # no successors


def test_a_body_divided_into_two_others_is_no_predecessor() -> None:
    text = "In 1950 the Tarrow Planning Service was divided into the Census Unit and the Economic Unit."
    assert _predecessors(_facts(text)) == set()


def test_its_own_division_into_parts_names_no_predecessor() -> None:
    text = "In 1990 the Tarrow Statistics Board was divided into the Census Unit and the Economic Unit."
    assert _predecessors(_facts(text)) == set()


# --- "the merger took effect on <day>" ------------------------------------------------------------


def _field(name: str, slug: str, text: str, facts: tuple[object, ...]) -> FieldFacts:
    return FieldFacts(name, slug, 1, 2, FieldStatus.STATED, text, facts=facts)  # type: ignore[arg-type]


def _ends(fields: list[FieldFacts]) -> list[DateValue | None]:
    return [f.date for ff in fields for f in ff.facts if isinstance(f, Dissolution)]


_INTRO = (
    "The TSB was a statistics office. It existed until 1994, when it merged with the Census Office "
    "to form the Data Agency."
)


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("Talks began in 1993; the merger took effect on 1 July 1994, when it opened.", DateValue(1994, 7, 1)),
        ("The merger was completed on 3 March 1994.", DateValue(1994, 3, 3)),
        # another year's day, a month alone, or two different days: the year stays
        ("The merger took effect on 1 July 1995.", DateValue(1994)),
        ("The merger took effect in July 1994.", DateValue(1994)),
        ("The merger took effect on 1 July 1994. The merger was completed on 2 August 1994.", DateValue(1994)),
        # "the merger of its two branches": no merger of the body itself
        ("The merger of its two branches took effect on 1 July 1994.", DateValue(1994)),
    ],
)
def test_the_day_the_merger_took_effect_dates_an_ending_by_merger(history: str, date: DateValue) -> None:
    intro = _field("Intro", "intro", _INTRO, (ORG,))
    fields = dissolution_from_intro([intro, _field("History", "history", history, ())])
    assert _ends(fields) == [date]


def test_the_day_a_merger_took_effect_dates_no_ending_that_is_no_merger() -> None:
    intro = _field("Intro", "intro", "The TSB was a statistics office. It was abolished in 1994.", (ORG,))
    history = _field("History", "history", "The merger took effect on 1 July 1994.", ())
    assert _ends(dissolution_from_intro([intro, history])) == [DateValue(1994)]


# --- "known as <its name> in <town> until …" -------------------------------------------------


def test_its_name_with_its_town_until_a_year_is_an_earlier_name() -> None:
    text = "The Board was officially known as Tarrow Statistics Board in Dunmere until 2011."
    assert _previous(_facts(text)) == {"Tarrow Statistics Board in Dunmere"}


@pytest.mark.parametrize(
    "text",
    [
        "The Board was known as Tarrow Statistics Board in Germany until 2011.",  # a country
        "The Board is known as Tarrow Statistics Board in Dunmere.",  # no time that ended
        "The Board was known as Tarrow Statistics Board until 2011.",  # its own name alone
    ],
)
def test_no_earlier_name_from_its_own_name_without_a_town_and_an_end(text: str) -> None:
    assert _previous(_facts(text)) == set()
