"""extract/units.py (round 3): unit and program names by class of phrasing — designators,
colons, descriptions after a dash, prose lists marked by a count or by articles — and the
structure reader's references to a unit ("the Board"), which name none."""

from __future__ import annotations

import pytest

from orgkg.extract.people import read_structure
from orgkg.extract.units import read_divisions, read_programs
from orgkg.model import Field, Identity, Item, OrgKind, Program, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def field(name: str, *lines: str | tuple[str, bool]) -> Field:
    """Lines are prose unless given as (text, True): a bullet."""
    items = []
    for n, line in enumerate(lines):
        text, bullet = line if isinstance(line, tuple) else (line, False)
        items.append(Item(11 + n, text, bullet=bullet))
    return Field(name, 10, tuple(items))


def bullets(*texts: str) -> tuple[tuple[str, bool], ...]:
    return tuple((text, True) for text in texts)


def units(*lines: str | tuple[str, bool]) -> list[str]:
    facts, _ = read_divisions(field("Divisions", *lines), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


def programs(*lines: str | tuple[str, bool]) -> list[str]:
    facts, _ = read_programs(field("List of programs", *lines), IDENTITY)
    return [f.name for f in facts if isinstance(f, Program)]


def structure(text: str) -> list[str]:
    facts, _ = read_structure(field("Organization structure", text), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


# --- designators: a Roman numeral or a capital letter after a name ------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            bullets("Plasma Physics Section I", "Plasma Physics Section II"),
            ["Plasma Physics Section I", "Plasma Physics Section II"],
        ),
        (bullets("Laboratoire Nord A", "Laboratoire Nord B"), ["Laboratoire Nord A", "Laboratoire Nord B"]),
        (("Research Wing IV; Research Wing V",), ["Research Wing IV", "Research Wing V"]),
        (
            ("Station Kiruna A, Station Kiruna B, Observatorio Austral (Chile)",),
            ["Station Kiruna A", "Station Kiruna B", "Observatorio Austral"],
        ),
    ],
)
def test_a_designator_after_a_name_belongs_to_it(lines: tuple, expected: list[str]) -> None:
    assert units(*lines) == expected


def test_a_designator_does_not_rescue_a_sentence() -> None:
    assert units(*bullets("which the council closed in A")) == []
    assert units("It was split into two parts, as the council decided in II") == []


# --- colons: a name with a colon, a label before a name, a description after one ---------


def test_a_proper_label_and_a_proper_value_are_one_name() -> None:
    assert units(*bullets("Green Industry: Cement", "Green Industry: Steel", "Water Security")) == [
        "Green Industry: Cement",
        "Green Industry: Steel",
        "Water Security",
    ]


def test_a_common_noun_label_before_a_name_goes() -> None:
    assert units(*bullets("Field station: Haldde Observatory", "regional office: Bureau de Québec")) == [
        "Haldde Observatory",
        "Bureau de Québec",
    ]


def test_a_label_whose_value_holds_a_unit_word_is_not_guessed() -> None:
    # "Research" may be a heading or part of the name: neither is read.
    assert units(*bullets("Research: Physics Department")) == []


def test_a_labelled_list_inside_a_semicolon_list() -> None:
    assert units(
        "Servicio Geológico; Museo Minero; provincial offices: Oficina Norte (Salta), Oficina Austral (Neuquén)."
    ) == ["Servicio Geológico", "Museo Minero", "Oficina Norte", "Oficina Austral"]


# --- a description after a dash or a colon ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Catalyst – grants for early-career chemists", "Catalyst"),
        ("Open Harbour — a data service for port authorities", "Open Harbour"),
        ("Seedbed - small awards for pilot studies", "Seedbed"),
        ("Lighthouse: support for coastal communities", "Lighthouse"),
    ],
)
def test_a_program_name_before_a_description(line: str, expected: str) -> None:
    assert programs(*bullets(line)) == [expected]


def test_a_unit_name_before_a_description() -> None:
    assert units(*bullets("Kaveri Skills Academy — vocational training for school leavers")) == [
        "Kaveri Skills Academy"
    ]


def test_a_description_never_becomes_a_name() -> None:
    # Nothing before the dash is a name: nothing is read, the description included.
    assert programs(*bullets("the main one – funding for professors")) == []


# --- programs opening with a preposition --------------------------------------------------


def test_a_whole_program_item_may_open_with_a_preposition() -> None:
    assert programs(*bullets("Towards Clean Rivers Mission", "Beyond Coal Initiative", "For Girls in Coding")) == [
        "Towards Clean Rivers Mission",
        "Beyond Coal Initiative",
        "For Girls in Coding",
    ]


def test_a_preposition_opens_no_name_inside_a_prose_list_or_before_lowercase() -> None:
    assert programs(*bullets("With the help of donors")) == []
    assert programs(*bullets("for young readers")) == []


# --- a place after a comma: a note on a bullet line, part of the name in prose (round 8) ---


def test_a_place_after_a_bullet_name_goes_and_a_country_too() -> None:
    # Round 8 changed this: a bullet item's trailing place is a note ("Central Laboratory,
    # Sahibabad"), as a country was already.
    assert units(*bullets("Royal Botanic Garden, Kew", "Marine Station, Norway")) == [
        "Royal Botanic Garden",
        "Marine Station",
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Coastal Survey Office, Port Moresby", "Coastal Survey Office"),
        ("Instituto de Biologia Marinha, Faro", "Instituto de Biologia Marinha"),
        ("Station biologique de Roscoff, Bretagne", "Station biologique de Roscoff"),
        ("Fifth Programme, 1998–2002", "Fifth Programme"),
        ('Rural Loans Scheme, 2004–2011 (the "green loans")', "Rural Loans Scheme"),
        ("Pilot Grants Window, since 2016", "Pilot Grants Window"),
    ],
)
def test_a_bullet_items_trailing_place_or_period_is_a_note(item: str, expected: str) -> None:
    assert units(*bullets(item)) == [expected]


@pytest.mark.parametrize(
    "item",
    [
        "Acme Holdings, Inc.",  # a legal form stays with its name
        "Atmosphere, Ice and Climate",  # an enumeration
        "Office of Research, NASA",  # an acronym: another body, not a place
        "Faculty of Law, Research Centre",  # words that go on a name
        "Faculty of Arts, Design and Media",  # an enumeration of topics
    ],
)
def test_a_tail_that_is_no_place_or_period_is_not_cut(item: str) -> None:
    assert units(*bullets(item)) in ([item], [])


def test_a_place_after_a_name_in_prose_stays_part_of_it() -> None:
    found = units("It also ran the Coastal Laboratory, the Marine Station and the Royal Observatory, Edinburgh.")
    assert "Royal Observatory, Edinburgh" in found and "Royal Observatory" not in found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Orquestra Municipal; Coro Municipal", ["Orquestra Municipal", "Coro Municipal"]),
        ("Northern Field Office; Southern Field Office, Tamale", ["Northern Field Office", "Southern Field Office"]),
        ("Alpha Unit; closed 2003", ["Alpha Unit"]),
        ("Research Unit; Lisbon", ["Research Unit"]),
        ("closed 2003; Alpha Unit", []),
    ],
)
def test_semicolons_in_a_bullet_separate_names_only_when_each_part_is_one(line: str, expected: list[str]) -> None:
    assert units(*bullets(line)) == expected


# --- prose lists: counted, or marked by articles after a verb -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grant-making is run by three teams — Discovery, Civic Futures, and Science about Science — "
            "backed by a shared office.",
            ["Discovery", "Civic Futures", "Science about Science"],
        ),
        (
            "The agency had four laboratories: Harwell East, Culham West, Didcot North and Abingdon South.",
            ["Harwell East", "Culham West", "Didcot North", "Abingdon South"],
        ),
        (
            "It keeps 2 field stations (Ny-Ålesund Station and Troll Station) in the Arctic and Antarctic.",
            ["Ny-Ålesund Station", "Troll Station"],
        ),
    ],
)
def test_a_counted_list_in_prose(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def test_a_count_that_does_not_match_the_list_reads_nothing() -> None:
    assert units("The board oversees three teams — Alpha Group and Beta Group — in two cities.") == []


def test_prose_beside_bullets_is_read_only_when_its_items_are_marked() -> None:
    assert units(
        *bullets("Earth Sciences Board", "Physics Board"),
        "It also managed the Kielder Observatory, the Jodrell Field Station and the Royal Observatory, Greenwich.",
    ) == [
        "Earth Sciences Board",
        "Physics Board",
        "Kielder Observatory",
        "Jodrell Field Station",
        "Royal Observatory, Greenwich",
    ]
    # Unmarked prose beside the bullets: nothing from it.
    assert units(*bullets("Physics Board"), "Most staff worked at Harwell, Culham and Didcot.") == ["Physics Board"]
    # Items that are no names: nothing from the list.
    assert units(*bullets("Physics Board"), "It also ran the library, the museum and the shop.") == ["Physics Board"]


# --- the structure reader: a reference to a unit is no unit -------------------------------


def test_a_unit_word_alone_after_an_article_is_a_reference() -> None:
    assert structure("An elected Governing Council of twelve members advises the Board.") == ["Governing Council"]
    assert structure("Run by a Council; money was allocated by subject panels.") == []
    assert structure("The Minister appoints the Director. A Scientific Advisory Panel of experts reviews work.") == [
        "Scientific Advisory Panel"
    ]


def test_a_unit_word_alone_in_a_list_is_a_unit() -> None:
    assert "Secretariat" in structure("Governing bodies: General Conference; Secretariat; Executive Board")


# --- the count decides where "and" splits; a count that disagrees reads nothing ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is organised in five departments: Physics, Chemistry, Biology, Earth Sciences and Mathematics.",
            ["Physics", "Chemistry", "Biology", "Earth Sciences", "Mathematics"],
        ),
        (
            "It is organised in four departments: Physics, Chemistry, Biology, Earth Sciences and Mathematics.",
            ["Physics", "Chemistry", "Biology", "Earth Sciences and Mathematics"],
        ),
        (
            "Its work falls into three sections: Life and Health Section; Matter and Energy Section; Society Section.",
            ["Life and Health Section", "Matter and Energy Section", "Society Section"],
        ),
    ],
)
def test_the_count_decides_where_and_splits(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def test_a_count_that_disagrees_with_its_list_reads_nothing() -> None:
    assert (
        units("The institute has six departments: Physics, Chemistry, Biology, Earth Sciences and Mathematics.") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It comprises the Institute of Botany, the Institute of Zoology and the Museum of Natural History.",
            ["Institute of Botany", "Institute of Zoology", "Museum of Natural History"],
        ),
        (
            "The Board oversees the Directorate of Operations and the Directorate of Finance.",
            ["Directorate of Operations", "Directorate of Finance"],
        ),
    ],
)
def test_prose_with_a_list_verb_and_article_marked_items(text: str, expected: list[str]) -> None:
    assert units(text) == expected


def test_a_colon_inside_a_note_is_no_label() -> None:
    assert units(
        *bullets("Department of Physics (Head: Prof. A. Smith)", "Centro de Cálculo (Director: L. Pérez)")
    ) == [
        "Department of Physics",
        "Centro de Cálculo",
    ]


def test_a_lowercase_note_after_a_comma_goes_and_quotes_go() -> None:
    assert programs(
        *bullets(
            "The Global Health Programme, launched in 2015",
            "Coastal Futures, run with the navy",
            '"Open Science Initiative"',
            "«Jeunes Chercheurs»",
        )
    ) == ["Global Health Programme", "Coastal Futures", "Open Science Initiative", "Jeunes Chercheurs"]


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1990, it has 2 sites: Lyon and Grenoble.",
        "The institute works in three countries (Kenya, Uganda and Tanzania).",
        "Its four campuses: Arusha, Moshi, Tanga and Dodoma.",
    ],
)
def test_a_counted_list_of_places_or_other_things_names_no_unit(text: str) -> None:
    assert units(text) == []


def test_a_counted_list_of_programs() -> None:
    assert programs("It runs three programmes: Reading Matters, Numbers Count and Second Chance.") == [
        "Reading Matters",
        "Numbers Count",
        "Second Chance",
    ]


def test_bullets_beside_a_counted_line_that_disagrees_keep_the_bullets() -> None:
    assert units(*bullets("Physics Board"), "It also had two sites: Harwell, Culham and Didcot.") == ["Physics Board"]
    assert units(*bullets("Physics Board"), "It also ran five laboratories: Alpha Lab and Beta Lab.") == [
        "Physics Board"
    ]


# --- a list of one-word coined names in one item (round 4) ------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("AlphaFold, AlphaStar and WaveNet", ["AlphaFold", "AlphaStar", "WaveNet"]),
        ("BERT, GPT-3 & PaLM", ["BERT", "GPT-3", "PaLM"]),
        ("B737; B747 and B787", ["B737", "B747", "B787"]),
        ("OpenSky and SkyWatch", ["OpenSky", "SkyWatch"]),
    ],
)
def test_a_bullet_listing_coined_names_gives_each(item: str, expected: list[str]) -> None:
    assert programs(*bullets(item)) == expected


def test_coined_names_in_a_prose_list_split_at_the_last_and() -> None:
    assert programs("T100; T200; T300 and T400") == ["T100", "T200", "T300", "T400"]


@pytest.mark.parametrize("item", ["Atmosphere, Ice and Climate", "Science and Technology", "Oceans, Land and Air"])
def test_plain_words_joined_by_and_stay_one_program(item: str) -> None:
    assert programs(*bullets(item)) == [item]


# --- a place and its country after a program's name (round 4) ---------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Summer Writing Retreats, Lake Bled, Slovenia", "Summer Writing Retreats"),
        ("Field Station Fellowships, Monteverde, Costa Rica", "Field Station Fellowships"),
        ("Harbour Arts Residency, Cape Town, South Africa", "Harbour Arts Residency"),
    ],
)
def test_a_place_and_country_note_is_not_part_of_the_name(item: str, expected: str) -> None:
    assert programs(*bullets(item)) == [expected]


def test_an_enumeration_before_a_country_keeps_the_name_whole() -> None:
    # "Chemistry and Biology" is no place: which words are a note is not written.
    item = "Institute of Physics, Chemistry and Biology, Germany"
    assert programs(*bullets(item)) == [item]
    # Round 8: one or two capitalised words after a bullet name are a place note.
    assert programs(*bullets("Royal Observatory, Edinburgh")) == ["Royal Observatory"]


# --- lists in other languages, open ends and lowercase leads ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Facultad de Química, Facultad de Economía and Facultad de Artes y Diseño, among others; "
            "at upper-secondary level, the Escuela Técnica Superior and the Colegio de Bachilleres.",
            [
                "Facultad de Química",
                "Facultad de Economía",
                "Facultad de Artes y Diseño",
                "Escuela Técnica Superior",
                "Colegio de Bachilleres",
            ],
        ),
        (
            "Faculté des Sciences, Faculté de Droit et Faculté de Médecine, etc.; "
            "for doctoral research, the Institut Pasteur de Lyon.",
            ["Faculté des Sciences", "Faculté de Droit", "Faculté de Médecine", "Institut Pasteur de Lyon"],
        ),
        (
            "School of Law, School of Medicine and School of Nursing, and others; "
            "for postgraduates, the Graduate College.",
            ["School of Law", "School of Medicine", "School of Nursing", "Graduate College"],
        ),
    ],
)
def test_semicolon_parts_with_repeated_heads_or_articles_are_lists(text: str, expected: list[str]) -> None:
    assert sorted(units(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Research groups: Soils, Water and Air; Oceans", ["Soils, Water and Air", "Oceans"]),
        (
            "Committee C07 on Rails, Sleepers and Fastenings; Committee D11 on Rubber",
            ["Committee C07 on Rails, Sleepers and Fastenings", "Committee D11 on Rubber"],
        ),
        (
            "Directorate for Trade, Industry and Energy; Legal Service",
            ["Directorate for Trade, Industry and Energy", "Legal Service"],
        ),
    ],
)
def test_a_semicolon_part_with_commas_stays_one_name_unless_its_shape_marks_a_list(
    text: str, expected: list[str]
) -> None:
    assert units(text) == expected


# --- counted lists of organs in the structure field -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Charter sets up five organs: the Assembly; the Council of Elders; the Tribunal; "
            "the Standing Committees; and the Secretariat.",
            {"Assembly", "Council of Elders", "Tribunal", "Standing Committees", "Secretariat"},
        ),
        (
            "The Statute establishes four principal organs — the Conference, the Executive Board, "
            "the Court of Arbitration and the Secretariat — and several working parties.",
            {"Conference", "Executive Board", "Court of Arbitration", "Secretariat"},
        ),
        (
            "It has three bodies: the Conference of the Parties, the Bureau and the Secretariat.",
            {"Conference of the Parties", "Bureau", "Secretariat"},
        ),
    ],
)
def test_a_counted_list_of_organs_names_every_unit(text: str, expected: set[str]) -> None:
    assert set(structure(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Board and the Secretariat support the Council.",  # references, no list
        "It works in two places: Lyon and Grenoble.",  # places, not organs
        "The Treaty sets up three organs: the Summit and the Secretariat.",  # count disagrees
    ],
)
def test_no_unit_from_references_or_a_disagreeing_count(text: str) -> None:
    assert not {"Board and the Secretariat", "Lyon", "Grenoble", "Summit", "Secretariat"} & set(structure(text))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (bullets("Subsidiary: Nordic Test Laboratory, an accredited lab"), ["Nordic Test Laboratory"]),
        (
            (
                "Research divisions: Ocean Physics; Coastal Ecology. "
                "Subsidiary: Baltic Survey Institute, a contract company.",
            ),
            ["Ocean Physics", "Coastal Ecology", "Baltic Survey Institute"],
        ),
        (bullets("Laboratories: Materials Testing Laboratory, the oldest"), ["Materials Testing Laboratory"]),
    ],
)
def test_a_unit_class_label_then_a_name_and_its_description(lines: tuple, expected: list[str]) -> None:
    assert units(*lines) == expected


def _units(*lines: str) -> list[str]:
    field = Field("Divisions", 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))
    facts, _ = read_divisions(field, Identity("Example Institute", OrgKind.ORGANIZATION))
    return [f.name for f in facts if isinstance(f, Unit)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("1. Division of Physics", "2. Division of Chemistry"), ["Division of Physics", "Division of Chemistry"]),
        (("1) Marine Unit", "2) Polar Unit", "3) Climate Unit"), ["Marine Unit", "Polar Unit", "Climate Unit"]),
        (("(a) Office of Audit", "(b) Office of Ethics"), ["Office of Audit", "Office of Ethics"]),
    ],
)
def test_numbered_lines_are_list_items(lines: tuple[str, ...], expected: list[str]) -> None:
    assert _units(*lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("The work is done by the following units:", "Unit A", "Unit B"), ["Unit A", "Unit B"]),
        (
            ("It has three directorates:", "Science Directorate", "Operations Directorate"),
            ["Science Directorate", "Operations Directorate"],
        ),
    ],
)
def test_lines_under_a_colon_heading_are_list_items(lines: tuple[str, ...], expected: list[str]) -> None:
    assert _units(*lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ("2019. The institute was reorganised.",),
        ("Main units:", "It was reorganised in 2001 and again later.", "Another sentence follows here."),
        ("1. It was founded as a laboratory.",),
    ],
)
def test_no_unit_from_a_number_a_sentence_or_a_lone_numbered_line(lines: tuple[str, ...]) -> None:
    assert _units(*lines) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its units include a Policy Unit, a Data Unit and a Legal Unit.", ["Policy Unit", "Data Unit", "Legal Unit"]),
        (
            "Academic units: Faculty of Arts | Faculty of Science | Faculty of Law",
            ["Faculty of Arts", "Faculty of Science", "Faculty of Law"],
        ),
        ("Departments – Physics, Chemistry, Mathematics", ["Physics", "Chemistry", "Mathematics"]),
        ("Divisions — Research, Policy and Operations", ["Research", "Policy", "Operations"]),
    ],
)
def test_indefinite_article_lists_pipes_and_dash_labels(text: str, expected: list[str]) -> None:
    assert _units(text) == expected


def test_a_name_before_a_dash_is_no_label_and_two_indefinite_names_are_never_one() -> None:
    assert "Research" not in _units("Research Division — studies of climate")
    assert not any(" and a " in name for name in _units("It has a Policy Unit and a Data Unit."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operations are split between the Research Directorate (RD) and the Corporate Services Directorate (CSD).",
            ["Research Directorate", "Corporate Services Directorate"],
        ),
        (
            "The agency is structured into the Science Branch and the Policy Branch.",
            ["Science Branch", "Policy Branch"],
        ),
        ("Work is split between the field and the laboratory.", []),
    ],
)
def test_more_verbs_that_open_an_article_marked_list(text: str, expected: list[str]) -> None:
    assert _units(text) == expected


# Round 9: units listed in narrative prose ("Among its institutes were the A, the B and the
# C", "It also runs the A at <place> and a B at <place>"): the place is no part of the name.
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "Among the society's laboratories were the Marine Biology Laboratory, the Soil Laboratory "
                "and the Coastal Research Institute at Kiel.",
            ),
            {"Marine Biology Laboratory", "Soil Laboratory", "Coastal Research Institute"},
        ),
        (
            ("Among its centres are the Centre for Rural Studies and the Centre for Urban Policy.",),
            {"Centre for Rural Studies", "Centre for Urban Policy"},
        ),
        (
            ("The agency operates the National Testing Institute in Lyon and a Central Laboratory of Soils at Vichy.",),
            {"National Testing Institute", "Central Laboratory of Soils"},
        ),
        (
            (
                *bullets("Northern Office", "Southern Office"),
                "It also runs the Training Institute at Pune and a Central Laboratory at Nagpur.",
            ),
            {"Northern Office", "Southern Office", "Training Institute", "Central Laboratory"},
        ),
    ],
)
def test_units_listed_in_narrative_prose(lines: tuple[str | tuple[str, bool], ...], expected: set[str]) -> None:
    assert set(units(*lines)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Among its strengths were the quality of its staff and the range of its work.",
        "Among the reasons was the cost of the building.",
        "Among its founding members were the University of Lund and the Nordic Energy Institute.",
        "The agency operates the testing service and a number of smaller offices.",
    ],
)
def test_narrative_prose_without_a_unit_list_gives_no_unit(text: str) -> None:
    assert units(text) == []


def test_a_name_with_in_or_at_not_after_a_unit_word_keeps_it() -> None:
    assert "Institute for Research in Economics" in units(
        "It also runs the Institute for Research in Economics and the Data Centre."
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "Work is done chiefly at two laboratories, namely the Harwell Materials Laboratories at Didcot "
                "and the Riverside Test Laboratories in Kent.",
            ),
            {"Harwell Materials Laboratories", "Riverside Test Laboratories"},
        ),
        (
            ("It runs the Northern Survey Offices in Yorkshire and the Coastal Research Centres in Norway.",),
            {"Northern Survey Offices", "Coastal Research Centres"},
        ),
        (
            bullets("Alpine Field Laboratories in Bavaria", "Marine Data Centre at Plymouth"),
            {"Alpine Field Laboratories", "Marine Data Centre"},
        ),
        (
            bullets(
                "Centro Andino de Ensayos, Valle del Sol, Mendoza Province", "Estación Austral, Puerto de Hielo, Chile"
            ),
            {"Centro Andino de Ensayos", "Estación Austral"},
        ),
    ],
)
def test_a_place_after_in_or_at_is_no_part_of_a_unit_name(
    lines: tuple[str | tuple[str, bool], ...], expected: set[str]
) -> None:
    assert set(units(*lines)) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # "in"/"at" that names a subject or is no known place stays in the name.
        (
            bullets("Institute for Research in Economics", "Centre for Studies in Ethics"),
            {"Institute for Research in Economics", "Centre for Studies in Ethics"},
        ),
        (bullets("Programme Office, Lake Bled, Slovenia"), {"Programme Office"}),
        # "in" before a word that is no known place, after a name without a unit word at its end.
        (
            ("It runs the Centre for Policy in Practice and the Office for Data in Health.",),
            {"Centre for Policy in Practice", "Office for Data in Health"},
        ),
    ],
)
def test_a_subject_after_in_stays_in_a_unit_name(lines: tuple[str | tuple[str, bool], ...], expected: set[str]) -> None:
    assert set(units(*lines)) == expected
