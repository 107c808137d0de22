"""Lists of names (extract/names.py splitting, partners.py, units.py): split only where
every piece is a name; legal forms, "&" and enumerations inside a name stay whole."""

from __future__ import annotations

import pytest

from orgkg.extract.names import NameKind, list_pieces, name_problem, split_names
from orgkg.extract.partners import read_partners
from orgkg.extract.text import clean
from orgkg.extract.units import read_divisions, read_programs
from orgkg.model import Field, Identity, Item, Member, Mention, OrgKind, PartnerCategory, Program, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def field(name: str, *lines: str, bullets: bool = False) -> Field:
    return Field(name, 10, tuple(Item(11 + n, line, bullet=bullets) for n, line in enumerate(lines)))


def partners(*lines: str, bullets: bool = False) -> tuple[set[str], set[str]]:
    facts, _ = read_partners(field("Partners", *lines, bullets=bullets), IDENTITY)
    members = {f.org.name for f in facts if isinstance(f, Member)}
    categories = {f.label for f in facts if isinstance(f, PartnerCategory)}
    return members, categories


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Siemens, Airbus and Thales", ["Siemens", "Airbus", "Thales"]),
        ("Initech, Inc. and Globex Ltd.", ["Initech, Inc.", "Globex Ltd."]),
        ("Umbrella Co., Ltd., Acme GmbH and Hooli AG", ["Umbrella Co., Ltd.", "Acme GmbH", "Hooli AG"]),
        ("the Ministry for Research, Culture and Sport", ["the Ministry for Research, Culture and Sport"]),
        ("Marine, Coastal & Estuarine Office", ["Marine, Coastal & Estuarine Office"]),
        ("Procter & Gamble and the Ford Foundation", ["Procter & Gamble", "the Ford Foundation"]),
        ("National Institute of Standards and Technology", ["National Institute of Standards and Technology"]),
        ("Kyoto University and the Riken Institute (RI)", ["Kyoto University", "the Riken Institute (RI)"]),
        ("the University of Otago, New Zealand", ["the University of Otago"]),
    ],
)
def test_split_names(text: str, names: list[str]) -> None:
    assert split_names(text) == names


def test_split_names_refuses_a_list_with_a_piece_that_is_no_name() -> None:
    assert split_names("Globex, several universities and Acme") is None
    assert split_names("Acme and it was closed") is None


def test_unit_lists_keep_a_shared_head() -> None:
    assert split_names("Geology, Soils and Water Section", NameKind.UNIT) == ["Geology, Soils and Water Section"]


def test_partner_list_with_category_and_one_word_companies() -> None:
    members, categories = partners("Partners include leading universities, Siemens, Airbus and Rolls-Royce plc.")
    assert members == {"Siemens", "Airbus", "Rolls-Royce plc"}
    assert categories == {"leading universities"}


def test_legal_forms_stay_with_their_names() -> None:
    members, _ = partners("The lab works with Initech, Inc., Vandelay Industries Ltd and Acme S.A.")
    assert members == {"Initech, Inc.", "Vandelay Industries Ltd", "Acme S.A."}
    assert "Inc." not in members and "Initech" not in members


def test_semicolons_first_and_commas_inside_a_name() -> None:
    members, _ = partners("the Council for Science, Technology and Innovation; the Arts, Heritage & Culture Office")
    assert members == {"Council for Science, Technology and Innovation", "Arts, Heritage & Culture Office"}


def test_bullets_with_notes_and_places() -> None:
    members, categories = partners(
        "Kyoto University (joint lab)",
        "European Space Agency, Noordwijk (observer)",
        "Globex Corporation",
        bullets=True,
    )
    assert members == {"Kyoto University", "European Space Agency", "Globex Corporation"}
    assert not categories


def test_including_heads_give_a_category_and_members() -> None:
    members, categories = partners("Industry partners such as Hooli, Initech and the Acme Foundation")
    assert members == {"Hooli", "Initech", "Acme Foundation"}
    assert categories == {"Industry partners"}


def test_sentences_give_no_partner() -> None:
    members, categories = partners("The institute accepts no corporate money; it collaborates closely with Hooli.")
    assert members == {"Hooli"}
    assert not categories


def test_a_country_after_a_name_is_a_location() -> None:
    members, _ = partners("It collaborates with the University of Ghana and with McGill University, Canada.")
    assert members == {"University of Ghana", "McGill University"}


def units(*lines: str, bullets: bool = False) -> list[tuple[str, str | None]]:
    facts, _ = read_divisions(field("Divisions", *lines, bullets=bullets), IDENTITY)
    return [(f.name, f.acronym) for f in facts if isinstance(f, Unit)]


def programs(*lines: str, bullets: bool = False) -> list[str]:
    facts, _ = read_programs(field("List of programs", *lines, bullets=bullets), IDENTITY)
    return [f.name for f in facts if isinstance(f, Program)]


def test_units_after_a_lead_in_split_on_semicolons_only() -> None:
    assert units("Research groups: Soils, Water and Air; Oceans; Polar Science (PS)") == [
        ("Soils, Water and Air", None),
        ("Oceans", None),
        ("Polar Science", "PS"),
    ]


def test_units_in_prose_with_a_cue() -> None:
    assert units("Institutes include the Alpha Institute (AI), the Beta Centre and the Gamma Laboratory.") == [
        ("Alpha Institute", "AI"),
        ("Beta Centre", None),
        ("Gamma Laboratory", None),
    ]


def test_unit_bullets_drop_places_and_appositives() -> None:
    assert units("Delta Research Centre (DRC), Lyon", "Epsilon, the Institute for Tides", bullets=True) == [
        ("Delta Research Centre", "DRC"),
        ("Epsilon", None),
    ]


def test_no_unit_from_a_sentence_or_a_bare_count() -> None:
    assert units("Twelve regional offices were closed in 2010.") == []


def test_program_names_lose_notes_and_acronyms() -> None:
    assert programs("Orion (crewed capsule), Artemis (lunar return) and Gateway (RTG).") == [
        "Orion",
        "Artemis",
        "Gateway",
    ]
    assert programs("Deep Ocean Survey (DOS)", "Coastal mapping pilot", bullets=True) == [
        "Deep Ocean Survey",
        "Coastal mapping pilot",
    ]


def test_a_label_before_the_list_and_a_category_after_a_name() -> None:
    members, categories = partners("Partners: Hooli AG, Initech and leading research universities.")
    assert members == {"Hooli AG", "Initech"}
    assert categories == {"leading research universities"}


def test_a_list_in_brackets_after_a_category() -> None:
    members, categories = partners("Industry partners (e.g., Hooli, Initech Ltd and Globex SE) and several NGOs")
    assert members == {"Hooli", "Initech Ltd", "Globex SE"}
    assert categories == {"Industry partners and several NGOs"}  # categories joined by "and" stay one


def test_a_serial_list_of_one_word_units_splits_at_its_last_and() -> None:
    assert units("The school has four departments: Physics, Chemistry, Biology and Mathematics.") == [
        ("Physics", None),
        ("Chemistry", None),
        ("Biology", None),
        ("Mathematics", None),
    ]
    assert programs("Flagship programs include Apollo, Gemini and Mercury.") == ["Apollo", "Gemini", "Mercury"]


def test_a_program_keeps_its_acronym_apart_from_its_name() -> None:
    facts, _ = read_programs(field("List of programs", "Deep Ocean Survey (DOS)", bullets=True), IDENTITY)
    assert facts == [Program("Deep Ocean Survey", None, "DOS")]


def test_no_member_from_a_contrast() -> None:
    members, categories = partners("Unlike the Red Cross, the charity accepts no government funding.")
    assert not members and not categories


# --- round 2: list separators and prose around lists (classes from a second writer) ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Globex Corporation / Initech Foundation / Hooli Research Council",
            {"Globex Corporation", "Initech Foundation", "Hooli Research Council"},
        ),
        (
            "Acme Institute · Northwind Trust · the Contoso Academy",
            {"Acme Institute", "Northwind Trust", "Contoso Academy"},
        ),
        ("Fabrikam Society plus the Tailspin Agency, its sister body abroad.", {"Fabrikam Society", "Tailspin Agency"}),
        (
            "Umbrella Bank / Wayne Fund, as well as the Stark Endowment (SE).",
            {"Umbrella Bank", "Wayne Fund", "Stark Endowment"},
        ),
        (
            "Worked mainly with the Vandelay Institute, and with Kramerica Industries Ltd",
            {"Vandelay Institute", "Kramerica Industries Ltd"},
        ),
    ],
)
def test_partner_items_separated_by_slash_dot_plus_as_well_as(text: str, expected: set[str]) -> None:
    members, _ = partners(text)
    assert members == expected


def test_partner_lead_clause_before_with_is_not_a_partner() -> None:
    members, categories = partners("Exchanges and shared fellowships are run with the Lumen Observatory.")
    assert members == {"Lumen Observatory"}
    members, _ = partners("Grants have been arranged with the Orchid Trust as well as with the Basalt Foundation.")
    assert members == {"Orchid Trust", "Basalt Foundation"}
    # Negative: a capitalised common word opening a prose sentence is no partner.
    members, categories = partners("Visits and loans were exchanged by curators over many years.")
    assert members == set() and categories == set()
    members, _ = partners("Loans and tours have been organized over the years.")
    assert "Loans" not in members


def test_partner_note_after_an_acronym_goes() -> None:
    members, _ = partners("Zeta Standards Board (ZSB) for electrical matters")
    assert members == {"Zeta Standards Board"}
    members, _ = partners("Omega Council (OC) in joint projects, plus the Sigma Union")
    assert members == {"Omega Council", "Sigma Union"}


def test_partner_categories_with_a_place_or_network() -> None:
    members, categories = partners("Acme Labs plus the research hospitals of Ontario.")
    assert members == {"Acme Labs"} and categories == {"research hospitals of Ontario"}
    members, categories = partners("Globex / schools in Kenya and abroad")
    assert categories == {"schools in Kenya and abroad"}
    members, categories = partners("Helix Network institutions plus the Quasar Institute")
    assert categories == {"Helix Network institutions"} and members == {"Quasar Institute"}
    # Negative: a proper name ending in a non-plural head stays a member.
    members, _ = partners("Drugs for Neglected Diseases initiative / Acme Labs")
    assert members == {"Drugs for Neglected Diseases initiative", "Acme Labs"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "the Center for Strategic and International Studies (CSIS)",
            ["the Center for Strategic and International Studies (CSIS)"],
        ),
        ("School of Oriental and African Studies", ["School of Oriental and African Studies"]),
        (
            "Institute for Economic and Social Research and the Acme Trust",
            ["Institute for Economic and Social Research", "the Acme Trust"],
        ),
        ("Faculty of Law and Faculty of Medicine", ["Faculty of Law", "Faculty of Medicine"]),
        ("Escuela de Arte and Escuela de Música Antigua", ["Escuela de Arte", "Escuela de Música Antigua"]),
        # Negative: a place before "and" is no adjective, the next name splits.
        ("University of Michigan and Ford Motor Company", ["University of Michigan", "Ford Motor Company"]),
    ],
)
def test_and_between_adjectives_and_repeated_heads(text: str, names: list[str]) -> None:
    assert split_names(text) == names


def unit_names(*lines: str) -> list[str]:
    facts, _ = read_divisions(field("Divisions", *lines), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soil Department / Water and Air Department / Field and Lab Services Department",
            ["Soil Department", "Water and Air Department", "Field and Lab Services Department"],
        ),
        (
            "Solar Division · Lunar Division · Deep Space Centre",
            ["Solar Division", "Lunar Division", "Deep Space Centre"],
        ),
        (
            "Its faculties are the Faculty of Law, the Faculty of Arts and the Faculty of Science.",
            ["Faculty of Law", "Faculty of Arts", "Faculty of Science"],
        ),
        (
            "The main sections are the Map Room, the Print Room and the Coin Cabinet.",
            ["Map Room", "Print Room", "Coin Cabinet"],
        ),
        (
            "Dirección de Obras, Dirección de Archivos and Dirección de Servicios Técnicos are the areas of the work.",
            ["Dirección de Obras", "Dirección de Archivos", "Dirección de Servicios Técnicos"],
        ),
        ("Botany Section and Zoology Section form the core of its research.", []),  # no "are": not read as a list
    ],
)
def test_unit_lists_with_separators_and_copulas(text: str, expected: list[str]) -> None:
    assert unit_names(text) == expected


def test_unit_slash_without_spaces_stays_inside_a_name() -> None:
    assert unit_names("Energy/Climate Unit; Water Unit") == ["Energy/Climate Unit", "Water Unit"]


def test_program_lists_with_as_well_as_and_camel_case_names() -> None:
    facts, _ = read_programs(
        field("List of programs", "Global Survey (biennial) as well as the Field Notes series"), IDENTITY
    )
    assert [f.name for f in facts if isinstance(f, Program)] == ["Global Survey", "Field Notes series"]
    facts, _ = read_programs(field("List of programs", "eLearn; iCompute (IC); the Atlas project"), IDENTITY)
    assert [f.name for f in facts if isinstance(f, Program)] == ["eLearn", "iCompute", "Atlas project"]
    # Negative: a lowercase word without an inner capital is no program name.
    facts, _ = read_programs(field("List of programs", "outreach; Atlas Survey"), IDENTITY)
    assert [f.name for f in facts if isinstance(f, Program)] == ["Atlas Survey"]


# Round 3: "and" in other languages (lexicon/and-words.csv) separates two names only where
# each stands alone (a legal form, an acronym) or both repeat one head word.
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Siemens AG und Robert Bosch GmbH", ["Siemens AG", "Robert Bosch GmbH"]),
        ("Alstom S.A. et Dassault Systèmes S.A.", ["Alstom S.A.", "Dassault Systèmes S.A."]),
        ("CNRS et INRIA", ["CNRS", "INRIA"]),
        ("Faculté de Droit et Faculté de Médecine", ["Faculté de Droit", "Faculté de Médecine"]),
        ("Petrobras S.A. e Vale S.A.", ["Petrobras S.A.", "Vale S.A."]),
    ],
)
def test_other_language_and_between_whole_names(text: str, pieces: list[str]) -> None:
    assert list_pieces(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Ministerstwo Klimatu i Środowiska",
        "Instituto de Pesquisa e Ensino Ltda.",
        "Deutsche Bank AG und Commerzbank",  # one side is no whole name on its own
        "Museo de Arte y Historia",
        "Ministerio de Economía, Fomento y Turismo",  # an enumeration inside one name
        "Bundesministerium für Bildung, Wissenschaft und Forschung",
    ],
)
def test_other_language_and_inside_a_name_stays(text: str) -> None:
    assert list_pieces(text) == [clean(text)]


def test_acronyms_end_an_enumeration_inside_a_name() -> None:
    assert list_pieces("Ministerio de Salud, CONICET y INTA") == ["Ministerio de Salud", "CONICET", "INTA"]
    assert list_pieces("Ministry of Health, CONICET and INTA") == ["Ministry of Health", "CONICET", "INTA"]


def test_category_without_determiner_or_time_adverb() -> None:
    facts = read_partners(
        Field("Partners", 3, (Item(4, "Renault S.A., Airbus SE et Safran S.A., ses partenaires industriels.", False),)),
        IDENTITY,
    )[0]
    assert [f.org.name for f in facts if isinstance(f, Member)] == ["Renault S.A.", "Airbus SE", "Safran S.A."]
    assert [f.label for f in facts if isinstance(f, PartnerCategory)] == ["partenaires industriels"]
    facts = read_partners(
        Field("Partners", 3, (Item(4, "Later shareholders included Acme Inc. and Globex Corporation.", False),)),
        IDENTITY,
    )[0]
    assert [f.org.name for f in facts if isinstance(f, Member)] == ["Acme Inc.", "Globex Corporation"]
    assert not [f for f in facts if isinstance(f, PartnerCategory) and f.label.lower().startswith("later")]


# --- "and" inside a name: split only where both sides are names of their own ----------


@pytest.mark.parametrize(
    "text",
    [
        "National Aeronautics and Space Administration",  # the head noun ends the whole name
        "Bill and Melinda Gates Foundation",
        "Larsen and Toubro Limited",  # the legal form ends the whole name
        "Marks and Spencer plc",
        "Ernst and Young GmbH",
        "School of Oriental and African Studies",
        "Department of Science and Technology",
        "SUNY College of Nanoscale Science and Engineering",  # the complement continues
    ],
)
def test_and_inside_one_name_does_not_split(text: str) -> None:
    assert list_pieces(text) == [text]
    members, _ = partners(f"Partners include the Example Trust and {text}.")
    assert text in members and not members & {"Larsen", "Toubro Limited", "National Aeronautics", "Bill"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kyoto University and the Riken Institute", ["Kyoto University", "the Riken Institute"]),
        ("CNES and European Space Agency", ["CNES", "European Space Agency"]),
        ("Tata Trusts and Hindustan Unilever Limited", ["Tata Trusts", "Hindustan Unilever Limited"]),
        ("Siemens and Airbus", ["Siemens", "Airbus"]),
        ("Procter & Gamble and the Ford Foundation", ["Procter & Gamble", "the Ford Foundation"]),
    ],
)
def test_and_between_two_names_splits(text: str, names: list[str]) -> None:
    assert list_pieces(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "the Tata Trusts, Larsen and Toubro Limited, Infosys Limited and Wipro",
            ["the Tata Trusts", "Larsen and Toubro Limited", "Infosys Limited", "Wipro"],
        ),
        (
            "the Ford Foundation, Johnson and Johnson, Unilever and Nestlé",
            ["the Ford Foundation", "Johnson and Johnson", "Unilever", "Nestlé"],
        ),
        (  # an Oxford comma took the list's "and": the last piece is one name
            "Airbus, Thales, and Bill and Melinda Gates Foundation",
            ["Airbus", "Thales", "Bill and Melinda Gates Foundation"],
        ),
        (  # both sides complete on their own: two names even inside the list
            "Kyoto University and Osaka University, CNES and NASA",
            ["Kyoto University", "Osaka University", "CNES", "NASA"],
        ),
    ],
)
def test_and_inside_a_comma_list_belongs_to_a_name_unless_it_is_the_lists_own(text: str, names: list[str]) -> None:
    assert list_pieces(text) == names


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Hitachi, Ltd. (supplier of rolling stock)",), {"Hitachi, Ltd."}),
        (("Acme, Inc. (observer)", "Globex S.A. (since 2020)"), {"Acme, Inc.", "Globex S.A."}),
        (("Mitsubishi Heavy Industries, Ltd. (prime contractor)",), {"Mitsubishi Heavy Industries, Ltd."}),
    ],
)
def test_a_legal_form_stays_with_its_name_before_a_note(lines: tuple[str, ...], expected: set[str]) -> None:
    members, _ = partners(*lines, bullets=True)
    assert members == expected
    assert not members & {"Hitachi", "Acme", "Ltd.", "Inc."}


def test_semicolons_split_inside_a_bullet_and_keep_legal_forms() -> None:
    members, categories = partners(
        "Industry: Foxconn Co., Ltd.; Sony Group Corporation; Koninklijke Philips N.V.",
        "Academic: ETH Zürich, EPFL and Université de Genève",
        bullets=True,
    )
    assert members == {
        "Foxconn Co., Ltd.",
        "Sony Group Corporation",
        "Koninklijke Philips N.V.",
        "ETH Zürich",
        "EPFL",
        "Université de Genève",
    }
    assert not any(";" in m for m in members)
    assert categories <= {"Industry", "Academic"}


@pytest.mark.parametrize(
    "text",
    [
        "CERN's partners include the Ford Foundation and Siemens.",
        "The museum’s partners are the Ford Foundation and Siemens.",
        "Its members include the Ford Foundation and Siemens.",
        "Our main partners include the Ford Foundation and Siemens.",
    ],
)
def test_a_list_intro_is_no_category(text: str) -> None:
    members, categories = partners(text)
    assert members == {"Ford Foundation", "Siemens"}
    assert categories == set()


def test_a_possessive_before_a_category_goes() -> None:
    members, categories = partners("Acme's industrial partners include Siemens and Bosch.")
    assert members == {"Siemens", "Bosch"}
    assert categories == {"industrial partners"}


@pytest.mark.parametrize(
    "name",
    [
        "Centre national de la recherche scientifique",
        "Musée du quai Branly – Jacques Chirac",
        "Stifterverband für die Deutsche Wissenschaft e.V.",
        "Institut national de la santé et de la recherche médicale",
    ],
)
def test_names_that_capitalise_only_their_first_word(name: str) -> None:
    stop = "" if name.endswith(".") else "."
    members, _ = partners(f"Partners include the Wellcome Trust and the {name}{stop}")
    assert members == {"Wellcome Trust", name}


@pytest.mark.parametrize(
    "text",
    ["Centre de recherche which was closed in 2001", "Musée du quai is open on Sundays", "some of the universities"],
)
def test_lowercase_words_in_a_sentence_are_still_no_name(text: str) -> None:
    assert split_names(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Later shareholders included The Boeing Company and Eastman Kodak Company.", "The Boeing Company"),
        ("Members include Acme Ltd and The Ohio State University.", "The Ohio State University"),
        ("Partners are Globex, The Rockefeller Foundation and Initech.", "The Rockefeller Foundation"),
    ],
)
def test_a_capital_the_inside_a_sentence_is_part_of_the_name(text: str, expected: str) -> None:
    members, _ = partners(text)
    assert expected in members


def test_a_the_that_opens_an_item_is_no_part_of_the_name() -> None:
    members, _ = partners("The Wellcome Trust", "the Ford Foundation", bullets=True)
    assert members == {"Wellcome Trust", "Ford Foundation"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corporate members include Shell plc, BP p.l.c., TotalEnergies SE and Equinor ASA.",
            {"Shell plc", "BP p.l.c.", "TotalEnergies SE", "Equinor ASA"},
        ),
        (
            "Partners: Novo Nordisk A/S; Volvo Car AB; Nokia Oyj; Grupo Bimbo, S.A.B. de C.V.",
            {"Novo Nordisk A/S", "Volvo Car AB", "Nokia Oyj", "Grupo Bimbo, S.A.B. de C.V."},
        ),
        (
            "Partners include Tata Consultancy Services Private Limited, Infosys Pvt. Ltd. and Wipro Ltd.",
            {"Tata Consultancy Services Private Limited", "Infosys Pvt. Ltd.", "Wipro Ltd."},
        ),
        (
            "Suppliers: Škoda Transportation a.s., PESA Bydgoszcz SA and Solaris Bus & Coach sp. z o.o.",
            {"Škoda Transportation a.s.", "PESA Bydgoszcz SA", "Solaris Bus & Coach sp. z o.o."},
        ),
        ("Members: Petronas Chemicals Group Berhad; Sime Darby Plantation Bhd", None),
    ],
)
def test_legal_forms_of_many_countries_stay_with_their_names(text: str, expected: set[str] | None) -> None:
    members, _ = partners(text)
    assert members == (expected or {"Petronas Chemicals Group Berhad", "Sime Darby Plantation Bhd"})


@pytest.mark.parametrize("text", ["Ltd. and Wipro Ltd.", "Inc. (observer)", "GmbH and Co."])
def test_a_piece_opening_with_a_legal_form_is_a_fragment(text: str) -> None:
    members, categories = partners(text)
    assert members == set() and categories == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Funders include the Wellcome Trust, USAID and the UK Foreign, Commonwealth and Development Office.",
            "UK Foreign, Commonwealth and Development Office",
        ),
        (
            "Partners: NERC, the Economic, Social and Environmental Council and the Met Office",
            "Economic, Social and Environmental Council",
        ),
    ],
)
def test_an_enumeration_inside_a_name_inside_a_longer_list(text: str, name: str) -> None:
    members, _ = partners(text)
    assert name in members
    assert not members & {"UK Foreign", "Commonwealth", "Development Office", "Economic", "Social"}


def test_single_words_before_a_company_with_a_head_word_stay_a_list() -> None:
    assert list_pieces("Siemens, Airbus, Thales and Rolls-Royce Group") == [
        "Siemens",
        "Airbus",
        "Thales",
        "Rolls-Royce Group",
    ]


def test_many_enumerations_inside_names_in_one_list_do_not_exhaust_the_stack() -> None:
    text = ", ".join(f"Acme{i} and the Foreign{i}, Commonwealth and Development Office" for i in range(1500))
    pieces = list_pieces(text)
    assert len(pieces) == 3000
    assert pieces[1] == "the Foreign0, Commonwealth and Development Office"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after an Oxford comma the list's "and" is spent: the last piece's "and" is in a name
        ("Johnson and Johnson, and Procter and Gamble", ["Johnson and Johnson", "Procter and Gamble"]),
        ("Siemens, Airbus, and Marks and Spencer", ["Siemens", "Airbus", "Marks and Spencer"]),
        # a one-word name after a name of several words
        ("Texas Instruments and Intel", ["Texas Instruments", "Intel"]),
        ("Hewlett Packard Enterprise and Cisco", ["Hewlett Packard Enterprise", "Cisco"]),
    ],
)
def test_oxford_comma_and_one_word_names(text: str, names: list[str]) -> None:
    assert list_pieces(text) == names


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        # "and" between two capitalised words splits only when both sides are names alone.
        ("Union Carbide and Carbon Corporation", NameKind.ORGANIZATION, ["Union Carbide and Carbon Corporation"]),
        (
            "Acme Ltd., Banco Popular and Mercantil Bank, and Globex Inc.",
            NameKind.ORGANIZATION,
            ["Acme Ltd.", "Banco Popular and Mercantil Bank", "Globex Inc."],
        ),
        ("Faculty of Arts and Social Sciences", NameKind.UNIT, ["Faculty of Arts and Social Sciences"]),
        (
            "School of Humanities and Social Sciences, Faculty of Law",
            NameKind.UNIT,
            ["School of Humanities and Social Sciences", "Faculty of Law"],
        ),
        ("Department of Earth and Planetary Sciences", NameKind.UNIT, ["Department of Earth and Planetary Sciences"]),
        # Negative: two whole names still split.
        ("Faculty of Arts and Faculty of Science", NameKind.UNIT, ["Faculty of Arts", "Faculty of Science"]),
        (
            "Wellcome Trust and Novo Nordisk Foundation",
            NameKind.ORGANIZATION,
            ["Wellcome Trust", "Novo Nordisk Foundation"],
        ),
        (
            "University College London and Imperial College London",
            NameKind.ORGANIZATION,
            ["University College London", "Imperial College London"],
        ),
    ],
)
def test_and_between_capitalised_words_needs_two_whole_names(text: str, kind: NameKind, names: list[str]) -> None:
    assert list_pieces(text, kind) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hindustan Aeronautics Limited and Larsen & Toubro", ["Hindustan Aeronautics Limited", "Larsen & Toubro"]),
        ("Northern Railway and Western Railway", ["Northern Railway", "Western Railway"]),
        ("Bharat Petroleum and Indian Oil", ["Bharat Petroleum and Indian Oil"]),
    ],
)
def test_ampersand_names_and_a_shared_last_word_are_whole_names(text: str, names: list[str]) -> None:
    assert list_pieces(text, NameKind.ORGANIZATION) == names


@pytest.mark.parametrize(
    ("text", "members", "categories"),
    [
        (
            "193 Member States, together with Sector Members, Associates and Academia members",
            set(),
            {"Member States", "Associates"},
        ),
        ("Some 40 Partner Universities and the Wellcome Trust", {"Wellcome Trust"}, {"Partner Universities"}),
        ("12 national academies; Affiliates", set(), {"national academies", "Affiliates"}),
        ("Contractors, among them Acme Corporation", {"Acme Corporation"}, {"Contractors"}),
    ],
)
def test_a_count_or_a_category_word_is_no_member(text: str, members: set[str], categories: set[str]) -> None:
    found_members, found_categories = partners(text)
    assert found_members == members
    assert categories <= found_categories
    assert not any(c[:1].isdigit() for c in found_categories)


@pytest.mark.parametrize("text", ["193 Member States", "2,500 Companies", "40 Universities"])
def test_a_counted_class_is_no_name(text: str) -> None:
    assert name_problem(text) is not None


@pytest.mark.parametrize("text", ["100 Resilient Cities", "1000 Genomes Project"])
def test_a_name_that_opens_with_a_number_is_a_name(text: str) -> None:
    assert name_problem(text, NameKind.PROGRAM) is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Museo del Prado — co-owner since 2019 of two Goya drawings, bought jointly.",), {"Museo del Prado"}),
        (
            ("Fraunhofer-Gesellschaft - Lead Partner", "Siemens AG – Observer", "CNRS — since 2019"),
            {"Fraunhofer-Gesellschaft", "Siemens AG", "CNRS"},
        ),
        (("Université Laval – a founding member, with others",), {"Université Laval"}),
        (("Wellcome Trust – Founding Member; Acme Corp. - 2021",), {"Wellcome Trust", "Acme Corp."}),
    ],
)
def test_a_note_after_a_dash_is_no_part_of_a_member_name(lines: tuple[str, ...], expected: set[str]) -> None:
    members, _ = partners(*lines, bullets=len(lines) > 1)
    assert members == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Mila – Quebec AI Institute",), {"Mila – Quebec AI Institute"}),
        (
            ("Partners: Mila – Quebec AI Institute, Vector Institute and the University of Toronto",),
            {"Mila – Quebec AI Institute", "Vector Institute", "University of Toronto"},
        ),
        (("Ruhr-Universität Bochum - Fakultät für Physik",), {"Ruhr-Universität Bochum - Fakultät für Physik"}),
    ],
)
def test_a_dash_inside_a_name_stays(lines: tuple[str, ...], expected: set[str]) -> None:
    members, _ = partners(*lines)
    assert members == expected


@pytest.mark.parametrize(
    ("line", "members", "category"),
    [
        ("Member states: Chile, Peru, Colombia and Mexico.", {"Chile", "Peru", "Colombia", "Mexico"}, "Member states"),
        (
            "Member countries: Kenya, Ghana and the United Kingdom",
            {"Kenya", "Ghana", "United Kingdom"},
            "Member countries",
        ),
        ("Partner States: Norway; Iceland", {"Norway"}, "Partner States"),
    ],
)
def test_countries_listed_as_member_states_are_members(line: str, members: set[str], category: str) -> None:
    found, categories = partners(line)
    assert members <= found and category in categories


def test_a_states_heading_above_bullets_is_the_category() -> None:
    facts, _ = read_partners(
        Field("Partners", 10, (Item(11, "The Member States:"), Item(12, "Republic of Malta", bullet=True))), IDENTITY
    )
    assert PartnerCategory("Member States") in facts and Member(Mention("Republic of Malta", "organization")) in facts


@pytest.mark.parametrize(
    "line",
    [
        "Siemens AG, Germany; Airbus SE, France",  # a country after a member is where it is
        "Observer States: Panama, Chile",  # observers are no members
        "Partners include universities in Germany, France and Italy",
    ],
)
def test_countries_are_not_members_outside_a_member_states_list(line: str) -> None:
    found, _ = partners(line)
    assert not found & {"Germany", "France", "Italy", "Panama", "Chile"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funded jointly by the Ford Foundation and the Gates Foundation.", {"Ford Foundation", "Gates Foundation"}),
        ("Jointly funded by Siemens and Bosch.", {"Siemens", "Bosch"}),
        ("The centre is supported by the Wellcome Trust.", {"Wellcome Trust"}),
        ("The project is a collaboration between MIT and Harvard University.", {"MIT", "Harvard University"}),
        ("Rolls-Royce, Airbus and Boeing, together with smaller suppliers", {"Rolls-Royce", "Airbus", "Boeing"}),
    ],
)
def test_partners_after_a_funding_or_collaboration_lead(text: str, expected: set[str]) -> None:
    assert partners(text)[0] == expected


def test_a_long_label_before_a_colon_goes() -> None:
    members, categories = partners(
        "Co-founders of the Alliance for Clean Water (2019): Acme Foundation and Globex Fund"
    )
    assert members == {"Acme Foundation", "Globex Fund"}
    assert categories == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sector Members and Academia members", {"Sector Members", "Academia members"}),
        ("Corporate members and associate members", {"Corporate members", "associate members"}),
        ("Founding Members and Associate Members", {"Founding Members", "Associate Members"}),
    ],
)
def test_member_classes_are_categories_never_organizations(text: str, expected: set[str]) -> None:
    assert partners(text) == (set(), expected)


def test_a_shared_adjective_keeps_two_nouns_one_class() -> None:
    assert partners("Major universities and research institutions")[1] == {
        "Major universities and research institutions"
    }


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Société nationale des pétroles du Congo (SNPC), Congo — 40%", "Société nationale des pétroles du Congo"),
        ("Compagnie générale transatlantique (Transat)", "Compagnie générale transatlantique"),
        ("Acme Foundation and J. P. Morgan & Co.", "J. P. Morgan & Co."),
        ("Globex and E. I. du Pont de Nemours and Company", "E. I. du Pont de Nemours and Company"),
    ],
)
def test_names_with_lowercase_words_and_a_short_form_or_initials(text: str, member: str) -> None:
    members, categories = partners(text)
    assert member in members
    assert categories == set()


def test_lowercase_words_without_a_short_form_are_no_organization() -> None:
    assert partners("Société nationale industrielle moderne")[0] == set()
    assert partners("Company works here (CWH)")[0] == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Co-founded by Stanford University and the Chan Zuckerberg Initiative",
            {"Stanford University", "Chan Zuckerberg Initiative"},
        ),
        ("The consortium brings together Fiat, Peugeot and Volkswagen.", {"Fiat", "Peugeot", "Volkswagen"}),
        ("Partnered with NASA, ESA, and JAXA on the mission.", {"NASA", "ESA", "JAXA"}),
        ("Works with CSIRO, Geoscience Australia and Acme in the field", {"CSIRO", "Geoscience Australia", "Acme"}),
    ],
)
def test_founding_and_joining_leads_and_a_lowercase_note_after_a_name(text: str, expected: set[str]) -> None:
    assert partners(text) == (expected, set())


def test_a_prepositional_phrase_stays_in_a_name_or_a_category() -> None:
    assert partners("Association for the Advancement of Science")[0] == {"Association for the Advancement of Science"}
    assert partners("Leading companies in manufacturing")[1] == {"Leading companies in manufacturing"}


@pytest.mark.parametrize(
    ("text", "members", "categories"),
    [
        (
            "Industrial members (Bayer, BASF) and public research institutes",
            {"Bayer", "BASF"},
            {"Industrial members", "public research institutes"},
        ),
        (
            "Energy companies (Shell, BP and Total), universities",
            {"Shell", "BP", "Total"},
            {"Energy companies", "universities"},
        ),
    ],
)
def test_a_bracketed_list_after_a_category_names_members(text: str, members: set[str], categories: set[str]) -> None:
    assert partners(text) == (members, categories)


@pytest.mark.parametrize(
    "text",
    [
        "Airbus Group (Airbus, Eurocopter), Boeing",
        "Universities (about 40, mostly in Europe)",
        "Utilities (France, Spain)",
    ],
)
def test_no_members_from_a_bracket_after_an_organization_or_of_places_or_counts(text: str) -> None:
    members, _ = partners(text)
    assert not members & {"Airbus", "Eurocopter", "France", "Spain"}


@pytest.mark.parametrize(
    ("text", "members", "categories"),
    [
        (
            "Supported by grants from the National Science Foundation and private donors",
            {"National Science Foundation"},
            {"private donors"},
        ),
        ("Funding from the Ford Foundation and Acme Corporation", {"Ford Foundation", "Acme Corporation"}, set()),
        ("In 2015 it signed agreements with Tata and Infosys.", {"Tata", "Infosys"}, set()),
        (
            "Members (2024): 27 EU member states and 6 associated countries",
            set(),
            {"EU member states", "associated countries"},
        ),
        ("120 universities plus 40 research centres", set(), {"universities", "research centres"}),
    ],
)
def test_grant_leads_a_year_in_a_lead_and_two_counted_classes(
    text: str, members: set[str], categories: set[str]
) -> None:
    assert partners(text) == (members, categories)


@pytest.mark.parametrize(
    ("text", "members", "categories"),
    [
        (
            "Firms which supply parts, including Bosch and Valeo",
            {"Bosch", "Valeo"},
            {"Firms which supply parts"},
        ),
        (
            "Laboratories that host its staff, among them Acme Corporation and Globex Ltd.",
            {"Acme Corporation", "Globex Ltd."},
            {"Laboratories that host its staff"},
        ),
        ("Companies that Build Things, including Acme", {"Acme"}, set()),
    ],
)
def test_a_class_with_a_relative_clause_before_a_cue(text: str, members: set[str], categories: set[str]) -> None:
    assert partners(text) == (members, categories)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Forest Service of the United States Department of Agriculture", "Forest Service"),
        ("the Geological Survey Office of the Ministry of Mines", "Geological Survey Office"),
        ("National Museum of the American Indian", "National Museum of the American Indian"),
        (
            "Institute of Physics of the Czech Academy of Sciences",
            "Institute of Physics of the Czech Academy of Sciences",
        ),
    ],
)
def test_a_body_named_with_its_parent_keeps_its_own_name(text: str, expected: str) -> None:
    assert partners(text)[0] == {expected}


def test_where_members_come_from_is_no_part_of_the_class() -> None:
    assert partners("Corporate members from industry and academia")[1] == {"Corporate members"}
    assert partners("Associate members and student members")[1] == {"Associate members", "student members"}


# Round 9: before "among them", a narrative list of named partners and partner classes.
@pytest.mark.parametrize(
    ("text", "members", "categories"),
    [
        (
            "The fund works with the European Investment Bank, with national promotional banks and with "
            "private investors, among them Allianz and the Caisse des Dépôts.",
            {"European Investment Bank", "Allianz", "Caisse des Dépôts"},
            {"national promotional banks", "private investors"},
        ),
        (
            "The network is made up of some 40 member associations, each a registered charity, among them "
            "Example Aid Kenya and Example Aid Peru.",
            {"Example Aid Kenya", "Example Aid Peru"},
            {"member associations"},
        ),
        (
            "The council collaborates with the Nordic Research Board and with regional universities, "
            "including the University of Oslo.",
            {"Nordic Research Board", "University of Oslo"},
            {"regional universities"},
        ),
    ],
)
def test_partner_classes_and_names_before_a_cue(text: str, members: set[str], categories: set[str]) -> None:
    found_members, found_categories = partners(text)
    assert members <= found_members
    assert categories <= found_categories


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        # A clause before the cue names no class: nothing from it.
        ("The institute has long received support from many sources, among them Acme Ltd.", "many sources"),
        ("Its funders, each bound by a grant agreement, include Acme Ltd.", "grant agreement"),
        ("It co-funds calls with other foundations, among them the Example Stiftung.", "It co-funds calls"),
    ],
)
def test_no_partner_class_from_a_clause_before_a_cue(text: str, not_found: str) -> None:
    found_members, found_categories = partners(text)
    assert not any(not_found.lower() in v.lower() for v in found_members | found_categories)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("The Moravian Museum, founded in Brno in 1817, was closely tied to the society.", {"Moravian Museum"}),
        ("The Example Research Trust has long collaborated with the institute.", {"Example Research Trust"}),
        ("Nordic Energy Research is affiliated with the council.", {"Nordic Energy Research"}),
        # No organization opens the sentence: nothing.
        ("Its work was closely tied to national industry.", set()),
        ("Many universities, among others, are linked to the centre.", set()),
        # The organization itself opening a list of partners: the list, not the subject.
        (
            "EXA works with the University of Oslo, the Nordic Energy Agency and Acme Systems Ltd.",
            {"University of Oslo", "Nordic Energy Agency", "Acme Systems Ltd."},
        ),
        # An aside that opens in capitals is no aside: nothing.
        ("The Example Trust, Oxford University and others worked with the centre.", set()),
    ],
)
def test_an_organization_opening_a_partner_sentence(text: str, members: set[str]) -> None:
    found_members, _ = partners(text)
    assert found_members == members


# Round 10: "Label (note): A, B (date), C" lines of members, one line per class.
def test_member_lines_with_dates_in_brackets() -> None:
    members, categories = partners(
        "Original members (03/1951): Belgium, Oldland Republic, France, Italy",
        "Later full members: Denmark (1973), Ireland (1973; left 2020), Greece (1981)",
        "Associated: Serbia (agreement 1964)",
        'Observers: various neutral and "non-aligned" states',
    )
    assert members == {"Belgium", "Oldland Republic", "France", "Italy", "Denmark", "Ireland", "Greece"}
    assert {"Original members", "Later full members", "Associated", "Observers"} <= categories
    assert '"non-aligned" states' not in categories  # no fragment left by a split at "and"


@pytest.mark.parametrize(
    "lines",
    [
        ("Former members: Norway (1960–1972), Iceland (1970–1995)",),
        ("Observers: Norway, Iceland",),
        ("Former member states: Norway; Iceland",),
        ("Candidate members: Norway; Iceland",),
    ],
)
def test_former_observer_and_candidate_lists_name_no_member(lines: tuple[str, ...]) -> None:
    members, categories = partners(*lines)
    assert members == set()
    assert categories  # the class stays, verbatim
    assert "member states" not in categories


def test_member_lines_are_statements_of_their_own() -> None:
    # No bullets, no full stops: each "Label:" line is its own statement, not "Peru Associated".
    members, categories = partners(
        "Member countries (Miembros): Bolivia; Colombia; Peru", "Former members: Chile (1969–1976)"
    )
    assert members == {"Bolivia", "Colombia", "Peru"}
    assert "Former members" in categories


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Hungary, Poland, Romania", ["Hungary", "Poland", "Romania"]),
        ("Soviet Union, Bulgaria, Romania", ["Soviet Union", "Bulgaria", "Romania"]),
        ("Acme Labs, Globex Institute, Germany", ["Acme Labs", "Globex Institute"]),  # a place
    ],
)
def test_a_country_ends_a_list_of_countries(text: str, pieces: list[str]) -> None:
    assert list_pieces(text) == pieces


def test_a_label_with_a_note_opens_a_statement() -> None:
    members, categories = partners(
        "Associated countries: Chile, Peru", "Founding members (01/1949): Norway, Iceland (1950)"
    )
    assert members == {"Norway", "Iceland"}
    assert {"Associated countries", "Founding members"} <= categories


def test_a_states_label_with_a_note_in_brackets() -> None:
    members, categories = partners("Member states (États membres): Mali; Niger; Senegal")
    assert members == {"Mali", "Niger", "Senegal"}
    assert "Member states" in categories


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Freie Universität Berlin, Technische Universität Berlin (joint centre)",
            {"Freie Universität Berlin", "Technische Universität Berlin"},
        ),
        ("Keio University, University of Tokyo (since 2001)", {"Keio University", "University of Tokyo"}),
        ("Joint Institute for Nuclear Research, Dubna (observer)", {"Joint Institute for Nuclear Research"}),
        ("Royal Observatory, Edinburgh", {"Royal Observatory"}),
        ("University of Oslo, Faculty of Medicine", {"University of Oslo"}),
        ("Acme Labs, Germany", {"Acme Labs"}),
    ],
)
def test_a_second_whole_name_after_a_comma_is_a_second_partner(line: str, expected: set[str]) -> None:
    members, _ = partners("Leibniz Association (member)", line, bullets=True)
    assert members == expected | {"Leibniz Association"}


@pytest.mark.parametrize(
    ("lines", "bullets", "members"),
    [
        (("31 regional members, from Africa and the Caribbean", "12 non-regional members"), True, set()),
        (
            ("Its members are the Acme Foundation and the Beta Trust, across Europe and the Baltic.",),
            False,
            {"Acme Foundation", "Beta Trust"},
        ),
        (
            ("Gamma Institute, Delta University, in Scandinavia and the Arctic",),
            False,
            {"Gamma Institute", "Delta University"},
        ),
        (("Epsilon Agency, within Oceania and the Pacific",), True, {"Epsilon Agency"}),
    ],
)
def test_a_place_after_from_or_in_names_no_member(lines: tuple[str, ...], bullets: bool, members: set[str]) -> None:
    found, _ = partners(*lines, bullets=bullets)
    assert found == members
