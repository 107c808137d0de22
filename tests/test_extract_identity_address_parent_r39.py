"""Round 39 (F1+F4): the slide-deck outline (h28) — identity, address and parent.

- a slide line's item ("… • X (ACR; "Short") • …") that is the title and its brackets, and
  nothing more: the brackets give its other names, as after an intro's subject;
- in the brackets: a syllabic short form made of the starts of the title's words ("Codelco"),
  a name after "also", a name in a compounding language made of the title's first word, a hyphen
  and a lowercase head noun ("Aalto-yliopisto");
- an address closed by a note after its country that names the building ("("the Mill")",
  "(Dipoli, main admin bldg)") reads; other notes still leave it unread;
- "Executive Yuan" (a branch of government whose name opens with a role word) is a parent.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.identity import read_identity
from orgkg.model import Address, Field, Identity, Item, Parent, Profile
from orgkg.parse import parse_profile


def _identity(title: str, intro: str, address: str = "") -> Identity:
    fields = (Field("Headquarters address", 4, (Item(5, address),)),) if address else ()
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, fields))


def _others(identity: Identity) -> set[str]:
    return {*([identity.acronym] if identity.acronym else []), *identity.alternate_names}


# --- class 1: the title and its brackets as one item of a slide line ---------------------------


@pytest.mark.parametrize(
    ("title", "intro", "expected"),
    [
        (
            "Northern Lighthouse Board",
            'SLIDES · Maritime safety 2 • Northern Lighthouse Board (NLB; "the Board of Lights") • keeps 200 lights',
            {"NLB"},
        ),
        (
            "Pacific Weaving Cooperative",
            "TALK · Who we are • Pacific Weaving Cooperative (PWC; Cooperativa Tejedora del Pacífico, CTP) • Lima",
            {"PWC", "CTP", "Cooperativa Tejedora del Pacífico"},
        ),
        (
            "Harbin Rail Museum",
            "DECK · day 1 · Harbin Rail Museum (HRM; 哈尔滨铁路博物馆) · open since 1990",
            {"HRM", "哈尔滨铁路博物馆"},
        ),
        (
            "Kestrel Instruments Company",
            'DECK · Case 3 • Kestrel Instruments Company (KIC; "Kestrel") • sold in 2001',
            {"KIC", "Kestrel"},
        ),
    ],
)
def test_the_titles_item_gives_its_bracketed_names(title: str, intro: str, expected: set[str]) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert expected <= _others(identity)


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        # the brackets are inside a longer item: not the title alone
        ("Kestrel Instruments Company", "DECK • Kestrel Instruments Company (UK) Holdings plc • sold"),
        # another body's item, not the title
        ("Kestrel Instruments Company", 'DECK • Falcon Optics Ltd (FOL; "Falcon") • a rival of Kestrel'),
        # a place in the brackets, named again in the address
        ("Kestrel Instruments Company", "DECK • Kestrel Instruments Company (Dundee) • instruments"),
    ],
)
def test_other_items_give_no_names(title: str, intro: str) -> None:
    identity = _identity(title, intro, "12 Tay Street, Dundee DD1 4HN, United Kingdom")
    assert not ({"Falcon", "FOL", "Dundee", "UK"} & _others(identity))


# --- class 2: short forms and native compounds in the brackets ---------------------------------


@pytest.mark.parametrize(
    ("title", "intro", "expected"),
    [
        ("Empresa Brasileira de Aeronáutica", "Empresa Brasileira de Aeronáutica (Embraer) is a maker.", {"Embraer"}),
        (
            "Compañía Minera del Sur de Bolivia",
            "Compañía Minera del Sur de Bolivia (Comsur; also Comsur-Bolivia) is a miner.",
            {"Comsur", "Comsur-Bolivia"},
        ),
        ("Tampere University", "Tampere University (Tampere-yliopisto) is a university.", {"Tampere-yliopisto"}),
        ("Tartu University", "Tartu University (Tartu-ülikool) is a university.", {"Tartu-ülikool"}),
    ],
)
def test_short_forms_and_compounds_in_brackets(title: str, intro: str, expected: set[str]) -> None:
    assert expected <= _others(_identity(title, intro))


@pytest.mark.parametrize(
    ("title", "intro", "unwanted"),
    [
        ("Tampere University", "Tampere University (Tampere-based) is a university.", "Tampere-based"),
        ("Tampere University", "Tampere University (Helsinki-yliopisto) is a university.", "Helsinki-yliopisto"),
        ("National Museum of Finland", "National Museum of Finland (National-museo) is a museum.", "National-museo"),
        ("Compañía Minera del Sur", "Compañía Minera del Sur (Chile) is a miner.", "Chile"),
    ],
)
def test_no_short_form_or_compound(title: str, intro: str, unwanted: str) -> None:
    assert unwanted not in _others(_identity(title, intro))


# --- class 3: a note naming the building after the country -------------------------------------

Read = tuple[str | None, str | None, str | None, str | None, str | None]


def _field(heading: str, *lines: str) -> list[object]:
    text = ["Kestrel Instruments", "| ||||", "|", "Kestrel Instruments (KI) is a maker.", heading, *lines]
    text += ["Mission", "To build instruments."]
    profile = extract(parse_profile("\n".join(text) + "\n", "kestrel.txt"))
    return list(next(f for f in profile.fields if f.name == heading).facts)


def _address(line: str) -> Read | None:
    found = [a for a in _field("Headquarters address", line) if isinstance(a, Address)]
    return (
        (found[0].street, found[0].locality, found[0].region, found[0].postal_code, found[0].country) if found else None
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '12 Tay Street, Dundee DD1 4HN, United Kingdom ("the Works")',
            ("12 Tay Street", "Dundee", None, "DD1 4HN", "GB"),
        ),
        (
            "Hämeenkatu 8, 33100 Tampere, Finland (Frenckell, main office bldg)",
            ("Hämeenkatu 8", "Tampere", None, "33100", "FI"),
        ),
        (
            "Rua Augusta 10, 1100-053 Lisboa, Portugal (“Casa Verde”)",
            ("Rua Augusta 10", "Lisboa", None, "1100-053", "PT"),
        ),
    ],
)
def test_a_building_note_after_the_country_is_no_part_of_it(line: str, expected: Read) -> None:
    assert _address(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Hämeenkatu 8, 33100 Tampere, Finland (Head office since 1998)",
        "Hämeenkatu 8, 33100 Tampere, Finland (Approx.)",
        "Hämeenkatu 8, 33100 Tampere, Finland (Frenckell, provisional)",
        'Hämeenkatu 8, 33100 Tampere, Finland ("approx.")',
        "Hämeenkatu 8, 33100 Tampere, Finland (Tallinn, Estonia office bldg)",
    ],
)
def test_other_notes_still_read_nothing(line: str) -> None:
    assert _address(line) is None


# --- class 4: a branch of government whose name opens with a role word ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Executive Yuan (cabinet-level agency; not under the Ministry of Culture)",
        "Executive Yuan",
        "Under the Executive Yuan.",
    ],
)
def test_a_yuan_is_a_parent(line: str) -> None:
    assert [p.org.name for p in _field("Parent organization", line) if isinstance(p, Parent)] == ["Executive Yuan"]


@pytest.mark.parametrize("line", ["Executive Director", "President", "Chief Executive (the founder)"])
def test_posts_are_still_no_parent(line: str) -> None:
    assert not [p for p in _field("Parent organization", line) if isinstance(p, Parent)]
