"""Round 13: the formal civil-service hand and the terse phone-typed hand.

A founding verb in brackets dates the words before the bracket ("succeeded the Delta Board
(est. 1957)"), which are the organization only when they name it."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

NAME = "Lower Basin Water Council"


def _founding_dates(intro: str, history: str = "") -> list[DateValue]:
    text = f"{NAME}\n{intro}\n" + (f"History\n{history}\n" if history else "")
    facts = extract(parse_profile(text, "council.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    "history",
    [
        "succeeded the Delta Commission (est. 1957 under the UN) and the Interim Board (1978-95).",
        "replaced the old river authority (founded 1957), a colonial body.",
        "took over from Rivercom (set up 1957) and the Basin Authority.",
        "merged the Ayr Survey (established in 1957) into the new body.",
    ],
)
def test_a_bracketed_founding_of_another_body_is_not_ours(history: str) -> None:
    assert _founding_dates(f"{NAME} is a river basin body.", history) == []


@pytest.mark.parametrize(
    ("intro", "history"),
    [
        (f"The {NAME} (est. 1995) is a river basin body.", ""),
        (f"{NAME} is a river basin body.", "The Council (founded 1995 in Vientiane) took over the old files."),
        (f"{NAME} is a river basin body.", "the council (est. 1995) took over the old files."),
    ],
)
def test_a_bracketed_founding_of_the_organization_is_ours(intro: str, history: str) -> None:
    assert _founding_dates(intro, history) == [DateValue(1995)]


def _acts(intro: str, legislation: str, history: str = "") -> list[Founding]:
    text = f"{NAME}\n{intro}\nLegislation\n{legislation}\n" + (f"History\n{history}\n" if history else "")
    facts = extract(parse_profile(text, "council.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.act]


@pytest.mark.parametrize(
    ("intro", "legislation", "history", "expected"),
    [
        # the same day written with its month in words elsewhere settles the order
        ("basin body, set up 7 Mar 1996.", "Basin Treaty, signed 07/03/1996 at Vientiane", "", DateValue(1996, 3, 7)),
        ("basin body. opened on March 7, 1996.", "Basin Treaty, signed 03/07/1996", "", DateValue(1996, 3, 7)),
        # the profile's other numeric dates show day-month
        ("basin body.", "Basin Treaty, signed 07/03/1996", "- 25/12/1999 new seat", DateValue(1996, 3, 7)),
        # … or month-day
        ("basin body.", "Basin Treaty, signed 07/03/1996", "- 12/25/1999 new seat", DateValue(1996, 7, 3)),
    ],
)
def test_an_ambiguous_numeric_act_date_is_settled_by_the_profile(
    intro: str, legislation: str, history: str, expected: DateValue
) -> None:
    assert [f.act_date for f in _acts(intro, legislation, history)] == [expected]


@pytest.mark.parametrize(
    ("intro", "history"),
    [
        ("basin body.", ""),  # nothing settles it
        ("basin body.", "- 25/12/1999 new seat\n- 12/25/2001 second seat"),  # the profile contradicts itself
        ("basin body, set up 7 Mar 1996, moved 3 Jul 1996.", ""),  # both readings written out
    ],
)
def test_an_unsettled_ambiguous_numeric_act_date_stays_a_year(intro: str, history: str) -> None:
    assert [f.act_date for f in _acts(intro, "Basin Treaty, signed 07/03/1996", history)] == [DateValue(1996)]


# The terse hand: lowercase sentence starts, no copula, founding participles with no subject.
@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("LBWC - regional water body for the lower basin. est. 9 Feb 1996 at Pakse (LA).", DateValue(1996, 2, 9)),
        ("LBWC - water body for the basin. founded 1996 in Pakse.", DateValue(1996)),
        ("LBWC - small archive + reading room by the river, opened 9 Feb 1996. free entry.", DateValue(1996, 2, 9)),
        (
            "LBWC = the basin's water regulator (dams, canals). statutory body, set up 9 Feb 1996.",
            DateValue(1996, 2, 9),
        ),
    ],
)
def test_a_terse_founding_fragment_dates_the_organization(intro: str, expected: DateValue) -> None:
    assert _founding_dates(intro) == [expected]


@pytest.mark.parametrize(
    "intro",
    [
        "LBWC - water body. runs the old weir, opened 1964.",  # a predicate: the weir opened
        "LBWC - water body. operates old weirs, opened 1964.",
        "LBWC - water body, runs the old weir, opened 1964.",
        "LBWC - water body. Its lab, Rivercom, is old. opened 1964.",  # not the second sentence
    ],
)
def test_a_terse_participle_about_something_else_is_not_our_founding(intro: str) -> None:
    assert _founding_dates(intro) == []


@pytest.mark.parametrize(
    "history",
    [
        "est. 9 Feb 1996 - merger of two boards. founders: Ana Souvanna, Boun Keo.",
        "set up 1996 by a merger of two boards. founders were Ana Souvanna & Boun Keo.",
        "est. 1996. founders: Ana Souvanna, Boun Keo.",
    ],
)
def test_a_lowercase_founders_label_after_a_fragment_names_founders(history: str) -> None:
    text = f"{NAME}\n{NAME} is a river basin body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "council.txt"))
    founders = [
        m.name
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, Founding)
        for m in (*([f.founder] if f.founder else []), *f.founders)
    ]
    assert founders == ["Ana Souvanna", "Boun Keo"]


def test_a_founding_verb_before_a_dash_keeps_its_date() -> None:
    """ "est. 9 Feb 1996 - merger of …": the date is the verb's, no timeline entry's head."""
    assert _founding_dates(f"{NAME} is a river basin body.", "est. 9 Feb 1996 - merger of two boards.") == [
        DateValue(1996, 2, 9)
    ]


def test_a_founders_label_after_another_bodys_sentence_still_needs_a_fragment_start() -> None:
    history = "took over the Delta Board, whose founders were Ana Souvanna and Boun Keo."
    text = f"{NAME}\n{NAME} is a river basin body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "council.txt"))
    assert not [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and (f.founder or f.founders)]


def _legislation(legislation: str) -> list[Founding]:
    text = f"{NAME}\n{NAME} (LBWC) is a river basin body.\nLegislation\n{legislation}\n"
    facts = extract(parse_profile(text, "council.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.act]


@pytest.mark.parametrize(
    "legislation",
    [
        "Law No. 12 of 9 Feb 1996 - created LBWC + two agencies.",
        f"Law No. 12 of 9 Feb 1996 - set up the {NAME} and a fund",
        f"Decree 77/1996 of 9 Feb 1996, which established the {NAME}.",
    ],
)
def test_an_instrument_that_created_the_organization_dates_its_founding(legislation: str) -> None:
    [act] = _legislation(legislation)
    assert (act.act_date, act.date) == (DateValue(1996, 2, 9), DateValue(1996, 2, 9))


@pytest.mark.parametrize(
    "legislation",
    [
        "Law No. 12 of 9 Feb 1996 - created the River Fund; the council came later.",
        f"Law No. 12 of 9 Feb 1996 - did not create the {NAME}.",
        "Law No. 12 of 9 Feb 1996 (sets the council's powers)",
    ],
)
def test_an_instrument_that_created_something_else_dates_only_itself(legislation: str) -> None:
    [act] = _legislation(legislation)
    assert (act.act_date, act.date) == (DateValue(1996, 2, 9), None)


# The formal hand: the native name first, its English gloss in brackets, the kind noun capitalised.
@pytest.mark.parametrize(
    ("intro", "history"),
    [
        (
            "Vattenrådet (the Water Council) is a public council in Uppsala.",
            "The Council was established on 3 May 1950.",
        ),
        ("Vattenrådet is a state foundation in Uppsala.", "The Foundation was established on 3 May 1950 by decree."),
        ("Vattenrådet (the Water Institute) is a research body.", "The Institute was formed on 3 May 1950."),
    ],
)
def test_a_capitalised_kind_noun_or_gloss_head_is_the_organization(intro: str, history: str) -> None:
    text = f"Vattenrådet\n{intro}\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "council.txt"))
    assert [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date] == [
        DateValue(1950, 5, 3)
    ]


@pytest.mark.parametrize(
    "history",
    [
        "The Museum was established on 3 May 1950.",  # another kind of body
        "The Committee was formed on 3 May 1950 to advise it.",
    ],
)
def test_a_capitalised_noun_of_another_kind_is_not_the_organization(history: str) -> None:
    text = f"Vattenrådet\nVattenrådet (the Water Council) is a public council in Uppsala.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "council.txt"))
    assert [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date] == []


@pytest.mark.parametrize(
    ("legislation", "act", "signer"),
    [
        (
            "The Statutes of the Water Council, promulgated by King Oscar II in Council on the 3rd of May 1900.",
            "Statutes of the Water Council",
            "Oscar II",
        ),
        ("Royal Decree No. 4 of 3 May 1900, signed by Queen Wilhelmina.", "Royal Decree No. 4", None),
        (
            "The Charter of the Council, signed by Queen Margrethe II on 3 May 1980.",
            "Charter of the Council",
            "Margrethe II",
        ),
        ("The Statutes of the Council, signed by King Oscar on 3 May 1900.", "Statutes of the Council", None),
    ],
)
def test_statutes_and_a_monarchs_regnal_name(legislation: str, act: str, signer: str | None) -> None:
    [found] = _legislation(legislation)
    assert found.act == act
    assert (found.act_passed_by.name if found.act_passed_by else None) == signer


@pytest.mark.parametrize(
    ("legislation", "act", "act_date"),
    [
        (
            "Keputusan Presiden Nomor 45 Tahun 1970 (Presidential Decision No. 45 of 1970), of the 2nd of May 1970.",
            "Keputusan Presiden Nomor 45 Tahun 1970",
            DateValue(1970, 5, 2),
        ),
        ("Undang-Undang Nomor 6 Tahun 1956, on the council.", "Undang-Undang Nomor 6 Tahun 1956", DateValue(1956)),
        ("Law No. 45 of 1970, of the 2nd of May 1970.", "Law No. 45", DateValue(1970, 5, 2)),
    ],
)
def test_an_indonesian_instrument_and_a_date_after_of_the(legislation: str, act: str, act_date: DateValue) -> None:
    [found] = _legislation(legislation)
    assert (found.act, found.act_date) == (act, act_date)
