"""Plausibility checks (issue 12 item 8): each rule fires on a wrong graph, with its code,
severity and location, and stays quiet on a correct one (shapes/plausibility.ttl and
orgkg.plausibility)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from validate_helpers import SOURCE, TODAY, add, both, minimal, swap

from orgkg.model import Severity
from orgkg.plausibility import CODES, NameKind, mentions, name_problem
from orgkg.validation import PYTHON_CHECKS, validate_dataset

W = Severity.WARNING
REPORT_RULES = Path(__file__).resolve().parents[1] / "ontology" / "report-rules.tsv"

# (shape, severity, code, message fragment, mutation): tests/test_shapes.py runs these with
# every other shape's case, and checks that every shape has one.
SHAPE_CASES = [
    (
        "Plausible-founder-notSelf",
        W,
        "shacl.SPARQL",
        "'Test Agency' is recorded as its own founder",
        add("legislation", "o:test-agency schema:founder o:test-agency ."),
    ),
    (
        "Plausible-dissolution-afterFounding",
        W,
        "shacl.SPARQL",
        "is dissolved ('1949-12') before it was founded",
        add("history", 'o:test-agency schema:dissolutionDate "1949-12"^^xsd:gYearMonth .'),
    ),
    (
        "Plausible-numberOfEmployees-notZero",
        W,
        "shacl.Or",
        "'Test Agency' has 0 employees",
        swap(
            "number-of-employees",
            "ta:quantity\\/number-of-employees schema:value 120 .",
            "ta:quantity\\/number-of-employees schema:value 0 .",
        ),
    ),
    (
        "Plausible-enactedBudget-notZero",
        W,
        "shacl.Or",
        "has an enacted budget of 0",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 schema:value "1500000.00"^^xsd:decimal .',
            'ta:budget\\/fy-2024 schema:value "0.00"^^xsd:decimal .',
        ),
    ),
    (
        "Plausible-name-noGluedYear",
        W,
        "shacl.SPARQL",
        "'Old Agency 1960' ends with the year of an event",
        swap("history", 'o:old-agency schema:name "Old Agency" .', 'o:old-agency schema:name "Old Agency 1960" .'),
    ),
]


def _rename(node: str, graph: str, old: str, new: str):
    return swap(graph, f'{node} schema:name "{old}" .', f'{node} schema:name "{new}" .')


def _parent_named(name: str):
    return _rename("o:parent-department", "parent-organization", "Parent Department", name)


def _address(country: str, region: str, locality: str, postal: str):
    return both(
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressCountry "US" .',
            f'ta:address\\/hq schema:addressCountry "{country}" .',
        ),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressRegion "IL" .',
            f'ta:address\\/hq schema:addressRegion "{region}" .',
        ),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressLocality "Springfield" .',
            f'ta:address\\/hq schema:addressLocality "{locality}" .',
        ),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            f'ta:address\\/hq schema:postalCode "{postal}" .',
        ),
    )


# (name, code, severity, message fragment, mutation): tests/test_validate.py runs these with
# every other Python check's case, and checks that every Python check has one.
PYTHON_CASES = [
    ("name function word", "plausibility.name-function-word", W, "'N/A' is a function word", _parent_named("N/A")),
    (
        "name title only",
        "plausibility.name-title-only",
        W,
        "'Director' is a title or role alone",
        _parent_named("Director"),
    ),
    ("name sentence", "plausibility.name-sentence", W, "(it has a verb)", _parent_named("The agency was abolished")),
    ("name fragment", "plausibility.name-fragment", W, "a fragment", _parent_named("Council for Science and")),
    (
        "name common noun",
        "plausibility.name-common-noun",
        W,
        "'leading universities' is a common noun",
        _parent_named("leading universities"),
    ),
    (
        "person title",
        "plausibility.person-title",
        W,
        "'Dame Jane Doe' is a name with a leading title",
        _rename("p:jane-doe", "legislation", "Jane Doe", "Dame Jane Doe"),
    ),
    (
        "postal code",
        "plausibility.postal-code",
        W,
        "'0R6' does not have the form of a postal code of CA",
        _address("CA", "ON", "Ottawa", "0R6"),
    ),
    (
        "address region",
        "plausibility.address-region",
        W,
        "'QQ' is not the code of a subdivision of CA",
        _address("CA", "QQ", "Ottawa", "K1A 0R6"),
    ),
    (
        "address locality",
        "plausibility.address-locality",
        W,
        "'Acton ACT' ends with the region code 'ACT'",
        _address("AU", "ACT", "Acton ACT", "2601"),
    ),
    (
        "lost multiplier",
        "plausibility.lost-multiplier",
        W,
        "(1,400,000): a multiplier or a digit group was lost",
        swap(
            "number-of-employees",
            "ta:quantity\\/number-of-employees schema:value 120 . "
            'ta:quantity\\/number-of-employees orgkg:verbatim "About 120 employees (2024)"@en .',
            "ta:quantity\\/number-of-employees schema:value 1 . "
            'ta:quantity\\/number-of-employees orgkg:verbatim "1.4 million employees"@en .',
        ),
    ),
]


def run(mutation=None):
    dataset = minimal()
    if mutation is not None:
        mutation(dataset)
    return validate_dataset(dataset, sources={"minimal.txt": SOURCE}, today=TODAY)


def plausibility_findings(report):
    return [f for f in report.findings if f.code.startswith("plausibility.") or "Plausible-" in (f.shape or "")]


def test_minimal_fixture_has_no_plausibility_findings():
    assert plausibility_findings(run()) == []


# --- SHACL rules: a correct graph passes ----------------------------------------------------


@pytest.mark.parametrize(
    "mutation",
    [
        # dissolved after founding, at any precision; the same year at a finer precision
        add("history", 'o:test-agency schema:dissolutionDate "1995"^^xsd:gYear .'),
        add("history", 'o:test-agency schema:dissolutionDate "1950"^^xsd:gYear .'),
        add("history", 'o:test-agency schema:dissolutionDate "1950-05-10"^^xsd:date .'),
        # a founder that is another organization
        add("legislation", "o:test-agency schema:founder o:parent-department ."),
        # a year in a name that is no event's year and no other name plus a year
        swap("history", 'o:old-agency schema:name "Old Agency" .', 'o:old-agency schema:name "Agenda 2030" .'),
        # small but real counts and amounts
        swap(
            "number-of-employees",
            "ta:quantity\\/number-of-employees schema:value 120 .",
            "ta:quantity\\/number-of-employees schema:value 3 .",
        ),
    ],
)
def test_plausible_graphs_pass_the_shapes(mutation):
    assert plausibility_findings(run(mutation)) == []


def test_glued_year_of_another_name():
    report = run(add("history", 'o:acme-labs a schema:Organization ; schema:name "Old Agency 1987" .'))
    [finding] = [f for f in report.findings if f.shape == "orgkgsh:Plausible-name-noGluedYear"]
    assert finding.value == '"Old Agency 1987"' and finding.severity is W


# --- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("Not", NameKind.ORGANIZATION, "plausibility.name-function-word"),
        ("N/A", NameKind.ORGANIZATION, "plausibility.name-function-word"),
        ("None", NameKind.PERSON, "plausibility.name-function-word"),
        ("The", NameKind.ORGANIZATION, "plausibility.name-function-word"),
        ("Inc", NameKind.ORGANIZATION, "plausibility.name-function-word"),
        ("Ltd.", NameKind.ORGANIZATION, "plausibility.name-function-word"),
        ("Director", NameKind.ORGANIZATION, "plausibility.name-title-only"),
        ("Deputy Director-General", NameKind.PERSON, "plausibility.name-title-only"),
        ("Prof. Dr.", NameKind.PERSON, "plausibility.name-title-only"),
        ("Not applicable — the office closed in 1995", NameKind.ORGANIZATION, "plausibility.name-sentence"),
        ("The agency was abolished", NameKind.ORGANIZATION, "plausibility.name-sentence"),
        ("Not applicable.", NameKind.ORGANIZATION, "plausibility.name-sentence"),
        ("Alpha Institute; Beta Council", NameKind.ORGANIZATION, "plausibility.name-sentence"),
        ("Chair: Maria Lopez", NameKind.POST, "plausibility.name-sentence"),
        (" ".join(["Word"] * 16), NameKind.PROGRAM, "plausibility.name-sentence"),
        ("Council for Science, Technology and", NameKind.ORGANIZATION, "plausibility.name-fragment"),
        ("and Innovation Council", NameKind.ORGANIZATION, "plausibility.name-fragment"),
        ("Larsen &", NameKind.ORGANIZATION, "plausibility.name-fragment"),
        ("Institute of", NameKind.ORGANIZATION, "plausibility.name-fragment"),
        ("Kibo (Japanese Experiment Module", NameKind.PROGRAM, "plausibility.name-fragment"),
        ("Jean-Luc Picard-", NameKind.PERSON, "plausibility.name-fragment"),
        ("steering committee", NameKind.ORGANIZATION, "plausibility.name-common-noun"),
        ("bipartisan Oversight Board", NameKind.ORGANIZATION, "plausibility.name-common-noun"),
        ("Dame Jane Francis", NameKind.PERSON, "plausibility.person-title"),
        ("Prof. Dr. Heyo Kroemer", NameKind.PERSON, "plausibility.person-title"),
        ("President Jane Doe", NameKind.PERSON, "plausibility.person-title"),
    ],
)
def test_name_problems(name, kind, code):
    problem = name_problem(name, kind)
    assert problem is not None and problem[0] == code, problem


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Acme, Inc.", NameKind.ORGANIZATION),
        ("Example Co., Ltd.", NameKind.ORGANIZATION),
        ("Verein für Socialpolitik e.V.", NameKind.ORGANIZATION),
        ("IT", NameKind.ORGANIZATION),  # a unit named by an acronym, not the pronoun "it"
        ("steering committee", NameKind.UNIT),  # units are named by the text's own words
        ("W3C", NameKind.ORGANIZATION),
        ("Council for Science, Technology and Innovation", NameKind.ORGANIZATION),
        ("Centre national de la recherche scientifique", NameKind.ORGANIZATION),
        ("Instituto Nacional do Câncer", NameKind.ORGANIZATION),  # "do" is a particle, not a verb
        ("Larsen & Toubro", NameKind.ORGANIZATION),
        ("Washington, D.C.", NameKind.ORGANIZATION),
        ("United States Dept.", NameKind.ORGANIZATION),
        ("the Wellcome Trust", NameKind.ORGANIZATION),
        ("eBay", NameKind.ORGANIZATION),
        ("General Assembly", NameKind.ORGANIZATION),
        ("Ministry of Education, Culture, Sports, Science and Technology", NameKind.ORGANIZATION),
        ("Harry S. Truman", NameKind.PERSON),
        ("Martin Luther King Jr.", NameKind.PERSON),
        ("Ursula von der Leyen", NameKind.PERSON),
        ("S. Kumar", NameKind.PERSON),
        ("Director", NameKind.POST),  # a post is named by its title
        ("Chairman and CEO of the Railway Board", NameKind.POST),
        ("Initiatives for workforce training and education in manufacturing", NameKind.PROGRAM),
        ("Horizon 2020", NameKind.PROGRAM),
        ("Kibo (Japanese Experiment Module)", NameKind.PROGRAM),
    ],
)
def test_names_that_pass(name, kind):
    assert name_problem(name, kind) is None


def test_name_finding_is_located_at_the_field():
    report = run(
        swap(
            "parent-organization",
            'o:parent-department schema:name "Parent Department" .',
            'o:parent-department schema:name "N/A" .',
        )
    )
    [finding] = [f for f in report.findings if f.code == "plausibility.name-function-word"]
    assert finding.severity is W
    assert finding.message == "organization name 'N/A' is a function word or a placeholder, not a name"
    assert (finding.file, finding.field, finding.path) == (SOURCE, "Parent organization", "schema:name")
    assert finding.line is not None


def test_person_title_replaces_the_old_shape():
    report = run(swap("legislation", 'p:jane-doe schema:name "Jane Doe" .', 'p:jane-doe schema:name "Dame Jane Doe" .'))
    [finding] = plausibility_findings(report)
    assert finding.code == "plausibility.person-title" and "'Dame Jane Doe'" in finding.message


# --- addresses --------------------------------------------------------------------------


def address(**parts: str):
    """The fixture's address with the given parts replaced (US → another country)."""
    old = {"street": "1 Test Plaza", "locality": "Springfield", "region": "IL", "postal": "62701", "country": "US"}
    predicate = {
        "street": "streetAddress",
        "locality": "addressLocality",
        "region": "addressRegion",
        "postal": "postalCode",
        "country": "addressCountry",
    }
    mutations = []
    for part, value in parts.items():
        new = f'ta:address\\/hq schema:{predicate[part]} "{value}" .' if value else ""
        mutations.append(swap("headquarters-address", f'ta:address\\/hq schema:{predicate[part]} "{old[part]}" .', new))
    return both(*mutations)


@pytest.mark.parametrize(
    ("parts", "code", "fragment"),
    [
        (
            {"country": "CA", "region": "ON", "locality": "Ottawa", "postal": "0R6"},
            "plausibility.postal-code",
            "postal code '0R6' does not have the form of a postal code of CA",
        ),
        ({"country": "DE", "region": "", "locality": "Berlin", "postal": "1011"}, "plausibility.postal-code", "of DE"),
        (
            {"country": "JP", "region": "Tokyo", "locality": "Chofu", "postal": "Tokyo 182"},
            "plausibility.postal-code",
            "of JP",
        ),
        (
            {"country": "CA", "region": "Ontario K1A 0R6", "locality": "Ottawa", "postal": "K1A 0R6"},
            "plausibility.address-region",
            "holds a number",
        ),
        (
            {"country": "CA", "region": "QQ", "locality": "Ottawa", "postal": "K1A 0R6"},
            "plausibility.address-region",
            "'QQ' is not the code of a subdivision of CA",
        ),
        (
            {"country": "CA", "region": "Ontario", "locality": "Ottawa K1A", "postal": "K1A 0R6"},
            "plausibility.address-locality",
            "'Ottawa K1A' holds a number",
        ),
        (
            {"country": "AU", "region": "", "locality": "Acton ACT", "postal": "2601"},
            "plausibility.address-locality",
            "ends with the region code 'ACT' of AU",
        ),
        (
            {"country": "BR", "region": "", "locality": "– Rio de Janeiro", "postal": "21040-900"},
            "plausibility.address-locality",
            "starts or ends with a punctuation mark",
        ),
    ],
)
def test_address_problems(parts, code, fragment):
    report = run(address(**parts))
    found = [f for f in plausibility_findings(report) if f.code == code]
    assert found, [(f.code, f.message) for f in report.findings]
    assert fragment in found[0].message and found[0].severity is W
    assert found[0].field == "Headquarters address"


@pytest.mark.parametrize(
    "parts",
    [
        {"country": "CA", "region": "ON", "locality": "Ottawa", "postal": "K1A 0R6"},
        {"country": "CA", "region": "Quebec", "locality": "Montréal", "postal": "H3A 0G4"},
        {"country": "DE", "region": "Bavaria", "locality": "München", "postal": "80539"},
        {"country": "DE", "region": "Bayern", "locality": "München", "postal": "80539"},
        {"country": "DE", "region": "Lower Saxony", "locality": "Hanover", "postal": "30159"},  # an exonym
        {"country": "CH", "region": "Geneva", "locality": "Meyrin", "postal": "CH-1217"},
        {"country": "JP", "region": "Tokyo", "locality": "Chofu", "postal": "182-8522"},
        {"country": "JP", "region": "Saitama Prefecture", "locality": "Wako", "postal": "351-0198"},
        {"country": "IN", "region": "Tamil Nadu", "locality": "Chennai", "postal": "600 036"},
        {"country": "IN", "region": "KA", "locality": "Bengaluru", "postal": "560094"},
        {"country": "GB", "region": "Greater London", "locality": "London", "postal": "NW1 2BE"},
        {"country": "AU", "region": "ACT", "locality": "Acton", "postal": "2601"},
        {"country": "NL", "region": "", "locality": "Den Haag", "postal": "2595 AA"},
        {"country": "KE", "region": "", "locality": "Nairobi", "postal": "00100"},
        {"country": "XK", "region": "", "locality": "Pristina", "postal": "10000"},  # no pattern: not judged
        # A postal district number beside a postal code is part of the locality.
        {"country": "IE", "region": "", "locality": "Dublin 2", "postal": "D02 FX65"},
        {"country": "CH", "region": "", "locality": "Genève 20", "postal": "1211"},
        {"country": "AT", "region": "", "locality": "Wien 1", "postal": "1010"},
    ],
)
def test_addresses_that_pass(parts):
    assert plausibility_findings(run(address(**parts))) == []


# --- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verbatim", "value", "meant"),
    [
        ("1.4 million employees", "1", "1,400,000"),
        ("about 3.5k staff (2022)", "3", "3,500"),
        ("≈ 4,100 employees in 2023", "4", "4,100"),
        ("21,000+ staff, including 4,500 scientists", "21", "21,000"),
        ("around 12 thousand workers", "12", "12,000"),
    ],
)
def test_lost_multiplier_fires(verbatim, value, meant):
    mutation = swap(
        "number-of-employees",
        "ta:quantity\\/number-of-employees schema:value 120 . "
        'ta:quantity\\/number-of-employees orgkg:verbatim "About 120 employees (2024)"@en .',
        f"ta:quantity\\/number-of-employees schema:value {value} . "
        f'ta:quantity\\/number-of-employees orgkg:verbatim "{verbatim}"@en .',
    )
    [finding] = plausibility_findings(run(mutation))
    assert finding.code == "plausibility.lost-multiplier" and finding.severity is W
    assert f"({meant})" in finding.message and finding.field == "Number of employees"


@pytest.mark.parametrize(
    ("verbatim", "value"),
    [
        ("1.4 million employees", "1400000"),
        ("about 3.5k staff (2022)", "3500"),
        ("≈ 4,100 employees in 2023", "4100"),
        ("2,666 staff members, beside some 12,000 visiting scientists", "2666"),
        ("about 12 lakh (1.2 million) regular employees", "1200000"),
        ("4 full-time staff", "4"),
    ],
)
def test_counts_that_match_their_text_pass(verbatim, value):
    mutation = swap(
        "number-of-employees",
        "ta:quantity\\/number-of-employees schema:value 120 . "
        'ta:quantity\\/number-of-employees orgkg:verbatim "About 120 employees (2024)"@en .',
        f"ta:quantity\\/number-of-employees schema:value {value} . "
        f'ta:quantity\\/number-of-employees orgkg:verbatim "{verbatim}"@en .',
    )
    assert plausibility_findings(run(mutation)) == []


def test_amount_mentions_read_groups_decimals_and_multipliers():
    [budget] = mentions("€2.1bn (2023)")[:1]
    assert budget.value == 2_100_000_000 and 2 in budget.misreadings
    [grouped] = mentions("2,62,200")
    assert grouped.value == 262200 and grouped.misreadings == {2}


# --- the codes are documented -------------------------------------------------------------


def test_every_code_is_a_python_check_with_a_report_rule():
    rules = {
        line.split("\t", 1)[0]
        for line in REPORT_RULES.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert set(CODES) <= set(PYTHON_CHECKS)
    assert {case[1] for case in PYTHON_CASES} == set(CODES)
    assert set(CODES) <= rules, set(CODES) - rules


@pytest.mark.parametrize("locality", ["Main Street 2", "Hatch Road 12", "Dublin 2 4"])
def test_a_number_that_is_no_postal_district_still_fires(locality):
    found = plausibility_findings(run(address(country="IE", region="", locality=locality, postal="D02 FX65")))
    assert [f.code for f in found] == ["plausibility.address-locality"]
