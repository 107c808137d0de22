"""Round 52 (people): holding periods. A current holder keeps org:heldBy; a holding whose
period the text states, and every past holder, is an org:Membership with org:memberDuring
(OWL-Time); a past holder gets no org:heldBy. Own sentences; each class with near-misses."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import to_isomorphic

sys.path.insert(0, str(Path(__file__).parent))
from validate_helpers import SOURCE, TODAY, add, drop, minimal

import orgkg
from orgkg import sparql
from orgkg import store as stores
from orgkg.api import BuildResult
from orgkg.extract import extract
from orgkg.extract.people import holding_period
from orgkg.model import Post, Severity
from orgkg.namespaces import ORG, PROV, RDF
from orgkg.parse import parse_profile
from orgkg.site import render_site
from orgkg.validation import validate_dataset
from orgkg.web_jsonld import web_documents

# --- shapes: every constraint on a holding fires (tests/test_shapes.py runs SHAPE_CASES) -----------

T = "http://www.w3.org/2006/time#"
M = "ta:membership\\/director-ann-roe"
PERIOD = "ta:membership\\/director-ann-roe\\/period"
BEGIN = "ta:membership\\/director-ann-roe\\/period\\/beginning"
END = "ta:membership\\/director-ann-roe\\/period\\/end"
# A past holder's membership as map.py writes it: Ann Roe, Director 2015–2019.
HOLDING = (
    f"{M} a org:Membership ; org:member p:ann-roe ; org:organization o:test-agency ; "
    f"org:role c:role\\/director ; org:memberDuring {PERIOD} . "
    'p:ann-roe a schema:Person ; schema:name "Ann Roe" . '
    f"{PERIOD} a <{T}Interval> ; <{T}hasBeginning> {BEGIN} ; <{T}hasEnd> {END} . "
    f'{BEGIN} a <{T}Instant> ; <{T}inXSDgYear> "2015"^^xsd:gYear . '
    f'{END} a <{T}Instant> ; <{T}inXSDgYear> "2019"^^xsd:gYear . '
)


def _holding(extra: str = "", *, without: str = "") -> Callable[[Dataset], None]:
    def apply(dataset: Dataset) -> None:
        add("leader", HOLDING)(dataset)
        if without:
            drop("leader", without)(dataset)
        if extra:
            add("leader", extra)(dataset)

    return apply


_V = Severity.VIOLATION
# (shape, severity, code, message fragment, mutation), as tests/test_shapes.py's CASES
SHAPE_CASES = [
    ("Membership-role-count", _V, "shacl.MaxCount", "exactly one role", _holding(f"{M} org:role c:role\\/chair .")),
    (
        "Membership-memberDuring-several",
        _V,
        "shacl.MaxCount",
        "more than one period",
        _holding(f"{M} org:memberDuring {PERIOD}2 . {PERIOD}2 a <{T}Interval> ."),
    ),
    (
        "Membership-memberDuring-class",
        _V,
        "shacl.Class",
        "is not a time:Interval",
        _holding(f"{M} org:memberDuring ta:address\\/hq ."),
    ),
    (
        "Interval-beginning-several",
        _V,
        "shacl.MaxCount",
        "more than one beginning",
        _holding(
            f'{PERIOD} <{T}hasBeginning> {BEGIN}2 . {BEGIN}2 a <{T}Instant> ; <{T}inXSDgYear> "2014"^^xsd:gYear .'
        ),
    ),
    (
        "Interval-beginning-class",
        _V,
        "shacl.Class",
        "is not a time:Instant",
        _holding(f"{PERIOD} <{T}hasBeginning> ta:address\\/hq ."),
    ),
    (
        "Interval-end-several",
        _V,
        "shacl.MaxCount",
        "more than one end",
        _holding(f'{PERIOD} <{T}hasEnd> {END}2 . {END}2 a <{T}Instant> ; <{T}inXSDgYear> "2020"^^xsd:gYear .'),
    ),
    (
        "Interval-end-class",
        _V,
        "shacl.Class",
        "is not a time:Instant",
        _holding(f"{PERIOD} <{T}hasEnd> ta:address\\/hq ."),
    ),
    (
        "Interval",
        _V,
        "shacl.SPARQL",
        "begins",
        _holding(f'{END} <{T}inXSDgYear> "2012"^^xsd:gYear .', without=f'{END} <{T}inXSDgYear> "2019"^^xsd:gYear .'),
    ),
    ("Instant", _V, "shacl.SPARQL", "has no date", _holding(without=f'{END} <{T}inXSDgYear> "2019"^^xsd:gYear .')),
    (
        "Instant-gYear-datatype",
        _V,
        "shacl.Datatype",
        "must be an xsd:gYear",
        _holding(f'{BEGIN} <{T}inXSDgYear> "2015" .', without=f'{BEGIN} <{T}inXSDgYear> "2015"^^xsd:gYear .'),
    ),
    (
        "Instant-gYearMonth-datatype",
        _V,
        "shacl.Datatype",
        "must be an xsd:gYearMonth",
        _holding(f'{BEGIN} <{T}inXSDgYearMonth> "2015" .', without=f'{BEGIN} <{T}inXSDgYear> "2015"^^xsd:gYear .'),
    ),
    (
        "Instant-date-datatype",
        _V,
        "shacl.Datatype",
        "must be an xsd:date",
        _holding(f'{BEGIN} <{T}inXSDDate> "2015-03" .', without=f'{BEGIN} <{T}inXSDgYear> "2015"^^xsd:gYear .'),
    ),
    (
        "Instant-gYear-several",
        _V,
        "shacl.MaxCount",
        "more than one year",
        _holding(f'{BEGIN} <{T}inXSDgYear> "2016"^^xsd:gYear .'),
    ),
    (
        "Instant-gYearMonth-several",
        _V,
        "shacl.MaxCount",
        "more than one month",
        _holding(
            f'{BEGIN} <{T}inXSDgYearMonth> "2015-03"^^xsd:gYearMonth, "2015-04"^^xsd:gYearMonth .',
            without=f'{BEGIN} <{T}inXSDgYear> "2015"^^xsd:gYear .',
        ),
    ),
    (
        "Instant-date-several",
        _V,
        "shacl.MaxCount",
        "more than one date",
        _holding(
            f'{BEGIN} <{T}inXSDDate> "2015-03-01"^^xsd:date, "2015-03-02"^^xsd:date .',
            without=f'{BEGIN} <{T}inXSDgYear> "2015"^^xsd:gYear .',
        ),
    ),
]


def test_a_holding_as_mapped_is_clean() -> None:
    report = validate_dataset(_with(_holding()), sources={"minimal.txt": SOURCE}, today=TODAY)
    assert report.findings == ()


def test_a_period_within_one_year_is_no_reversed_period() -> None:
    # "2019-03" to "2019": the same year at two precisions; the beginning is not after the end
    mutation = _holding(
        f'{BEGIN} <{T}inXSDgYearMonth> "2019-03"^^xsd:gYearMonth .',
        without=f'{BEGIN} <{T}inXSDgYear> "2015"^^xsd:gYear .',
    )
    report = validate_dataset(_with(mutation), sources={"minimal.txt": SOURCE}, today=TODAY)
    assert report.findings == ()


def _with(mutation: Callable[[Dataset], None]) -> Dataset:
    dataset = minimal()
    mutation(dataset)
    return dataset


# --- extraction: the period beside each holder ------------------------------------------------

NAME = "Okavango Delta Research Trust"
INTRO = f"The {NAME} (ODRT) is a research trust in Maun."


def _leader(text: str) -> list[Post]:
    facts = extract(parse_profile(f"{NAME}\n|\n{INTRO}\nLeader\n{text}\n", "odrt.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Post)]


def _current(text: str) -> set[tuple[str, str]]:
    return {(p.label, h.name) for p in _leader(text) for h in p.holders}


def _holdings(text: str) -> set[tuple[str, str, str | None, str | None, bool]]:
    return {
        (p.label, h.holder.name, h.start.lexical if h.start else None, h.end.lexical if h.end else None, h.ended)
        for p in _leader(text)
        for h in p.holdings
    }


@pytest.mark.parametrize(
    ("note", "start", "end", "ended"),
    [
        ("2011–2016", "2011", "2016", True),
        ("1974-81", "1974", "1981", True),
        ("from 2003 to 2009", "2003", "2009", True),
        ("between 1990 and 1995", "1990", "1995", True),
        ("until 2018", None, "2018", True),
        ("Till 2018", None, "2018", True),
        ("since 2021", "2021", None, False),
        ("from 14.02.2022", "2022-02-14", None, False),
        ("2019–present", "2019", None, False),
        ("2019 to date", "2019", None, False),
        ("March 2012 – June 2017", "2012-03", "2017-06", True),
    ],
)
def test_a_note_that_is_a_period(note: str, start: str | None, end: str | None, ended: bool) -> None:
    period = holding_period(note)
    assert period is not None
    assert (period[0].lexical if period[0] else None, period[1].lexical if period[1] else None, period[2]) == (
        start,
        end,
        ended,
    )


@pytest.mark.parametrize(
    "note",
    [
        "2016",  # appointed then, or held then? unclear
        "term until 2029",  # a term's planned end: still held
        "acting since 2021",
        "1902–1977",  # a lifespan, not a term
        "2016–2011",  # a period that ends before it begins
        "re-elected 2016–2021",
        "born 1961",
        "2019–",
    ],
)
def test_a_note_that_is_no_period(note: str) -> None:
    assert holding_period(note) is None


@pytest.mark.parametrize(
    ("text", "current", "holdings"),
    [
        (  # bracketed, ended beside a current holder
            "Director: Kagiso Molefe (since 2021); Director: Neo Dube (2011–2021)",
            {("Director", "Kagiso Molefe")},
            {
                ("Director", "Kagiso Molefe", "2021", None, False),
                ("Director", "Neo Dube", "2011", "2021", True),
            },
        ),
        (  # ended by "until", alone
            "Chairperson: Lesego Tau (until 2018)",
            set(),
            {("Chairperson", "Lesego Tau", None, "2018", True)},
        ),
        (  # a dash and "from … to …", then a pronoun's earlier holder with no period
            "Executive Director — Boitumelo Seretse, from 2003 to 2009.",
            set(),
            {("Executive Director", "Boitumelo Seretse", "2003", "2009", True)},
        ),
        (  # "since": current, with its start
            "Chief Scientist: Mpho Kgosi (since March 2020)",
            {("Chief Scientist", "Mpho Kgosi")},
            {("Chief Scientist", "Mpho Kgosi", "2020-03", None, False)},
        ),
    ],
)
def test_holders_with_periods(
    text: str, current: set[tuple[str, str]], holdings: set[tuple[str, str, str | None, str | None, bool]]
) -> None:
    assert _current(text) == current
    assert _holdings(text) == holdings


def test_an_earlier_holder_is_a_past_one() -> None:
    text = "Director: Kagiso Molefe. Before him, Neo Dube, from 2011 to 2020."
    assert _current(text) == {("Director", "Kagiso Molefe")}
    assert _holdings(text) == {("Director", "Neo Dube", "2011", "2020", True)}


def test_a_former_holder_holds_the_post_named_after_the_rank_word() -> None:
    text = "Director: Kagiso Molefe\nFormer Director: Neo Dube (2011–2020)"
    assert _current(text) == {("Director", "Kagiso Molefe")}
    assert ("Director", "Neo Dube", "2011", "2020", True) in _holdings(text)


def test_a_first_holder_beside_a_current_one_is_a_past_one() -> None:
    text = "Chairman: Kagiso Molefe (since 2019)\nFirst Chairman: Neo Dube (1974–1981)"
    assert _current(text) == {("Chairman", "Kagiso Molefe")}
    assert ("Chairman", "Neo Dube", "1974", "1981", True) in _holdings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Director: Kagiso Molefe (appointed 2016)",  # a date, no period
        "Director: Kagiso Molefe (1902–1977)",  # a lifespan: no period, nothing said of it
        "Director: Kagiso Molefe (term until 2029)",  # a planned end: still the holder
        "Director: Kagiso Molefe (acting since 2021)",
        "Director: Kagiso Molefe, 2016",
    ],
)
def test_no_period_and_no_past_holder(text: str) -> None:
    assert _current(text) == {("Director", "Kagiso Molefe")}
    assert _holdings(text) == set()


def test_a_former_post_label_gives_a_past_holder_never_a_current_one() -> None:
    # round 62: "Former director: A (2011–2020)" names the post and its past holder with the
    # period (FORMAT.md's past holders); nobody holds the post now
    [post] = _leader("Former director: Neo Dube (2011–2020)")
    assert post.label == "Director" and post.holders == ()
    [holding] = post.holdings
    assert holding.holder.name == "Neo Dube" and holding.ended
    assert (holding.start and holding.start.year, holding.end and holding.end.year) == (2011, 2020)


# --- mapping: heldBy for the current holder, a membership for every dated or past one ----------

BASE = "https://w3id.org/orgkg/"
LEADER_TTL = r"""
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix orgkg: <https://w3id.org/orgkg/ns#> .
@prefix o: <https://w3id.org/orgkg/org/> .
@prefix m: <https://w3id.org/orgkg/org/okavango-delta-research-trust/membership/> .
@prefix p: <https://w3id.org/orgkg/person/> .
@prefix c: <https://w3id.org/orgkg/concept/role/> .

<https://w3id.org/orgkg/org/okavango-delta-research-trust/post/director> a org:Post ;
    schema:name "Director" ; org:postIn o:okavango-delta-research-trust ; org:role c:director ;
    org:heldBy p:kagiso-molefe .
p:kagiso-molefe a schema:Person ; schema:name "Kagiso Molefe" ;
    org:holds <https://w3id.org/orgkg/org/okavango-delta-research-trust/post/director> .
p:neo-dube a schema:Person ; schema:name "Neo Dube" .
c:director a skos:Concept, org:Role ; skos:prefLabel "Director"@en ; skos:inScheme c:scheme .
c:scheme a skos:ConceptScheme .
o:okavango-delta-research-trust orgkg:fieldStatement o:okavango-delta-research-trust\/field\/leader .
o:okavango-delta-research-trust\/field\/leader a orgkg:FieldStatement ; orgkg:field "Leader" ;
    orgkg:fieldStatus orgkg:stated ;
    orgkg:verbatim "Director: Kagiso Molefe (since 2021); Director: Neo Dube (2011–30 June 2021)"@en .

m:director-kagiso-molefe a org:Membership ; org:member p:kagiso-molefe ;
    org:organization o:okavango-delta-research-trust ; org:role c:director ;
    org:memberDuring m:director-kagiso-molefe\/period .
m:director-kagiso-molefe\/period a time:Interval ;
    time:hasBeginning m:director-kagiso-molefe\/period\/beginning .
m:director-kagiso-molefe\/period\/beginning a time:Instant ;
    time:inXSDgYear "2021"^^xsd:gYear .

m:director-neo-dube a org:Membership ; org:member p:neo-dube ;
    org:organization o:okavango-delta-research-trust ; org:role c:director ;
    org:memberDuring m:director-neo-dube\/period .
m:director-neo-dube\/period a time:Interval ;
    time:hasBeginning m:director-neo-dube\/period\/beginning ;
    time:hasEnd m:director-neo-dube\/period\/end .
m:director-neo-dube\/period\/beginning a time:Instant ;
    time:inXSDgYear "2011"^^xsd:gYear .
m:director-neo-dube\/period\/end a time:Instant ;
    time:inXSDDate "2021-06-30"^^xsd:date .
"""

LEADER_PROFILE = f"""{NAME}
|
{INTRO}
Leader
Director: Kagiso Molefe (since 2021); Director: Neo Dube (2011–30 June 2021)
"""


def _built(tmp_path: Path) -> BuildResult:
    source = tmp_path / "odrt.txt"
    source.write_text(LEADER_PROFILE, encoding="utf-8")
    return orgkg.build([source], validate=False)


def test_the_leader_graph_is_heldby_for_now_and_memberships_for_periods(tmp_path: Path) -> None:
    dataset = _built(tmp_path).dataset
    [leader] = [g for g in dataset.graphs() if str(g.identifier).endswith("/leader")]
    expected = Graph().parse(data=LEADER_TTL, format="turtle")
    assert to_isomorphic(leader) == to_isomorphic(expected), "\n".join(
        sorted(str(t) for t in set(leader) ^ set(expected))
    )
    # every membership node is in the Leader field's named graph, whose provenance is the Leader line
    graph = URIRef(f"{BASE}graph/okavango-delta-research-trust/leader")
    assert (graph, PROV.wasDerivedFrom, URIRef(f"{BASE}source/odrt")) in dataset.default_graph


def test_a_past_holder_has_no_heldby_and_the_graph_validates(tmp_path: Path) -> None:
    result = _built(tmp_path)
    dataset = result.dataset
    dube = URIRef(f"{BASE}person/neo-dube")
    assert not list(dataset.subject_objects(ORG.heldBy)) or dube not in set(dataset.objects(None, ORG.heldBy))
    report = orgkg.validate(result)
    assert [f for f in report.findings if f.severity is Severity.VIOLATION] == []


def _web_roles(result: BuildResult) -> list[tuple[str, str | None, str | None]]:
    [document] = [json.loads(data) for data in web_documents(result).values()]
    roles = document.get("employee", [])
    roles = [roles] if isinstance(roles, dict) else roles  # one value is written bare
    return sorted((role["employee"]["name"], role.get("startDate"), role.get("endDate")) for role in roles)


def test_the_web_document_dates_each_role_and_lists_no_past_holder_as_a_current_one(tmp_path: Path) -> None:
    # schema.org's Role carries startDate/endDate: the past holder is written with his end
    assert _web_roles(_built(tmp_path)) == [
        ("Kagiso Molefe", "2021", None),
        ("Neo Dube", "2011", "2021-06-30"),
    ]


def test_the_web_document_leaves_out_a_past_holder_without_an_end_date(tmp_path: Path) -> None:
    # "Before him, Neo Dube": no end date, and a Role without one would say he holds it today
    source = tmp_path / "odrt.txt"
    source.write_text(f"{NAME}\n|\n{INTRO}\nLeader\nDirector: Kagiso Molefe. Before him, Neo Dube.\n", encoding="utf-8")
    result = orgkg.build([source], validate=False)
    assert [name for name, _, _ in _web_roles(result)] == ["Kagiso Molefe"]
    past = {str(m) for m in result.dataset.subjects(RDF.type, ORG.Membership)}
    assert any(m.endswith("director-neo-dube") for m in past)  # the full graph keeps him


def test_the_same_person_twice_in_one_role_gets_two_memberships(tmp_path: Path) -> None:
    source = tmp_path / "odrt.txt"
    source.write_text(
        f"{NAME}\n|\n{INTRO}\nLeader\nDirector: Kagiso Molefe (since 2021); "
        "Director: Neo Dube (2011–2015); Director: Neo Dube (2017–2020)\n",
        encoding="utf-8",
    )
    dataset = orgkg.build([source], validate=False).dataset
    memberships = {str(m).rsplit("/", 1)[-1] for m in dataset.subjects(RDF.type, ORG.Membership)}
    assert memberships == {"director-kagiso-molefe", "director-neo-dube", "director-neo-dube-2017"}


def test_the_site_shows_the_current_holder_and_the_past_one_with_their_periods(tmp_path: Path) -> None:
    pages = render_site(_built(tmp_path))
    html = next(data.decode("utf-8") for path, data in pages.items() if "okavango" in path and path.endswith(".html"))
    assert "held by (since 2021)" in html
    assert "formerly held by (2011–2021-06-30)" in html


def test_the_holdings_query_lists_each_holding_with_its_period_and_whether_it_is_current(tmp_path: Path) -> None:
    source = tmp_path / "odrt.txt"
    source.write_text(
        f"{NAME}\n|\n{INTRO}\nLeader\nDirector: Kagiso Molefe (since 2021); "
        "Director: Neo Dube (2011–30 June 2021). Before him, Thabo Sello.\n",
        encoding="utf-8",
    )
    memory = ox.Store()
    stores.load_into(memory, orgkg.build([source], validate=False).dataset)
    rows = orgkg.query(memory, "holdings").values()
    # both local binding strategies of the query helper give the same rows
    _, text, info, bindings = sparql.prepare("holdings", {"org": "o:okavango-delta-research-trust"})
    by_values = sparql.run_local(memory, text, info, bindings, binding="values")
    by_substitution = sparql.run_local(memory, text, info, bindings, binding="substitutions")
    assert by_values.rows == by_substitution.rows and len(by_values.rows) == 3
    assert [(r["personName"], r.get("start"), r.get("end"), r["current"]) for r in rows] == [
        ("Thabo Sello", None, None, "false"),  # "Before him": past, undated
        ("Neo Dube", "2011", "2021-06-30", "false"),
        ("Kagiso Molefe", "2021", None, "true"),
    ]
