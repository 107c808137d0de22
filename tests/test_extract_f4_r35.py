"""Round 35, family F4: hurried notes (h25). A post-office box in brackets closing the address
right after its country ("…, Kenya (PO Box 40241-00100)") no longer hides the whole address; a
box naming a country, or any other note (a hedge), still does. A chronology of owners told in prose
("state owned until 1995, then X (1995–2001), from 2005 majority owner was Y") gives the owner
of today, and none when any step is unsure. Hedged headcounts and budgets of the hurried hand
invent nothing."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Budget, EmployeeCount, Parent
from orgkg.parse import parse_profile

from .address_helpers import Read, address_parts


def profile_field(heading: str, *lines: str) -> list[object]:
    text = [
        "Lakeshore Coachworks",
        "| ||||",
        "|",
        "Lakeshore Coachworks (LCW) was a bus and coach maker.",
        heading,
        *lines,
        "Mission",
        "To build buses.",
    ]
    profile = extract(parse_profile("\n".join(text) + "\n", "lakeshore.txt"))
    return list(next(f for f in profile.fields if f.name == heading).facts)


def address(*lines: str) -> Read | None:
    return address_parts(profile_field("Headquarters address", *lines))


def parents(*lines: str) -> list[str]:
    return [p.org.name for p in profile_field("Parent organization", *lines) if isinstance(p, Parent)]


# --- a post-office box in brackets after the country line


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Uganda Road, Eldoret, Kenya (P.O. Box 1234-30100)",), ("Uganda Road", "Eldoret", None, None, "KE")),
        (("Ring Road 7, Kampala, Uganda (PO Box 7062)",), ("Ring Road 7", "Kampala", None, None, "UG")),
        (
            ("Auf dem Berg 3, 37073 Göttingen, Germany (Postfach 21 44, 37010 Göttingen)",),
            ("Auf dem Berg 3", "Göttingen", None, "37073", "DE"),
        ),
        (("Rue Félix Faure 9, Dakar, Senegal (BP 1520)",), ("Rue Félix Faure 9", "Dakar", None, None, "SN")),
        (("Calle Ancha 14, 41001 Sevilla, Spain (Apartado 990)",), ("Calle Ancha 14", "Sevilla", None, "41001", "ES")),
        (("Harbour Lane 2, Accra, Ghana [P.O. Box 12]",), ("Harbour Lane 2", "Accra", None, None, "GH")),
        (("Harbour Lane 2, Accra, Ghana (PMB 12).",), ("Harbour Lane 2", "Accra", None, None, "GH")),
        (("Harbour Lane 2, Accra, Ghana", "(Private Bag 12)"), ("Harbour Lane 2", "Accra", None, None, "GH")),
    ],
)
def test_a_box_after_the_country_is_no_part_of_it(lines: tuple[str, ...], expected: Read) -> None:
    assert address(*lines) == expected


def test_a_box_code_in_the_note_is_never_the_postal_code() -> None:
    read = address("Moi Avenue, Mombasa, Kenya (PO Box 90420-80100)")
    assert read is not None
    assert read[3] not in ("90420", "90420-80100", "80100")


@pytest.mark.parametrize(
    "lines",
    [
        # a box that names a country may be abroad
        ("Ngong Road 4, Nairobi, Kenya (PO Box 7062, Kampala, Uganda)",),
        # other notes, hedges above all, still leave the line unread
        ("Calle Ancha 14, 41001 Sevilla, Spain (Head office since 1998)",),
        ("Harbour Lane 2, Accra, Ghana [TODO verify]",),
        ("Harbour Lane 2, Accra, Ghana (Approx.)",),
        ("Peachtree Street 10, Atlanta, Georgia (USA)",),
        # no country line before the box
        ("Ngong Road, Eldoret (PO Box 1234)",),
    ],
)
def test_other_notes_after_the_country_read_nothing(lines: tuple[str, ...]) -> None:
    assert address(*lines) is None


# --- a chronology of owners in prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "municipal until 1992. then Baltic Transit Group (1992 -> its sale in 1999), from 2004 majority owner "
            "was MarelBus (danish, itself part of the Nordline group)",
            "MarelBus",
        ),
        (
            "government-owned until 1988. Then Hanwha Group (1988 to 1999), and from 2003 the controlling "
            "shareholder was Kestrel Mobility Holdings Ltd.",
            "Kestrel Mobility Holdings Ltd.",
        ),
        (
            "privately held till 1961; from 1961 to 1994 part of Rhône Industries Group, from 1994 owned by Sanova SA",
            "Sanova SA",
        ),
        (
            "in state hands until 1991, then Skoda Holding (1991–2000), since 2000 owned by the Fenwick Group",
            "Fenwick Group",
        ),
        ("family firm until 1970. Unilux Group from 1970 to 1985, then Reckitt & Dale (from 1985)", "Reckitt & Dale"),
        (
            "run by the city until 1990; then Nordic Bank Group (1990-1996); since 1996 sole owner is KLM Holding",
            "KLM Holding",
        ),
    ],
)
def test_the_owner_of_today_closes_the_chronology(text: str, expected: str) -> None:
    assert parents(text) == [expected]


EARLIER = "municipal until 1992. then Baltic Transit Group (1992 -> 1999), "


@pytest.mark.parametrize(
    "text",
    [
        # the last owner's tie has ended too
        EARLIER + "from 2004 majority owner was MarelBus until 2009",
        EARLIER + "from 2004 majority owner was MarelBus (2004-2011)",
        # a person, a member, a minority stake, no owner at all
        EARLIER + "from 2004 majority owner was Jan Kowalski",
        EARLIER + "from 2004 a member of the Bus Makers Association",
        EARLIER + "from 2004 minority shareholder was MarelBus",
        EARLIER + "from 2004 independent",
        EARLIER + "from 2004 it was to be sold to MarelBus",
        # steps out of order, an earlier step with no end, more said after the owner
        "municipal until 2010. then Baltic Transit Group (1992 -> 1999), from 2004 majority owner was MarelBus",
        "Set up by the city in 1951. from 2004 majority owner was MarelBus",
        EARLIER + "from 2004 owned by MarelBus, which shut it in 2011",
        # a field that says there is none
        "none since 2011. municipal until 1992, then Baltic Transit Group (1992–1999), from 2004 owned by MarelBus",
    ],
)
def test_an_unsure_chronology_gives_no_parent(text: str) -> None:
    assert parents(text) == []


# --- hedged figures of the hurried hand


def figures(heading: str, body: str) -> list[int]:
    facts = profile_field(heading, body)
    return [int(f.value) for f in facts if isinstance(f, EmployeeCount)] + [
        int(f.amount) for f in facts if isinstance(f, Budget) and f.amount is not None
    ]


@pytest.mark.parametrize(
    ("heading", "body", "allowed"),
    [
        ("Number of employees", "approx 4-5k? unsure, reports differ", ()),
        ("Number of employees", "~3.4k staff + interns (approx, 2022?)", (3400,)),
        ("Number of employees", "maybe 8k at the height in the 70s? only a few dozen left by 2009", (8000,)),
        ("Number of employees", "no clue - they say ~40k volunteers but those aren't staff", ()),
        ("Last total enacted budget", "n/a - self funded, no state allocation. turnover approx INR 9bn in 2021?", ()),
        (
            "Last total enacted budget",
            "not applicable (a private trust, no enacted budget). income about A$50m/yr?",
            (),
        ),
        ("Last total enacted budget", "not disclosed / couldnt find it", ()),
    ],
)
def test_hedged_figures_invent_nothing(heading: str, body: str, allowed: tuple[int, ...]) -> None:
    assert all(value in allowed for value in figures(heading, body))
