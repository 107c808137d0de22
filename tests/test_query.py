"""orgkg query: named queries, safe parameters, security checks, result formats, CLI.

Golden results of every named query against the real seed build live in
tests/data/query/golden/ (SPARQL TSV). Regenerate after a deliberate mapping change with
``ORGKG_UPDATE_GOLDEN=1 pytest tests/test_query.py`` and review the diff.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import orgkg
from devkit.oxigraph_server import OxigraphServer, oxigraph_server_fixture  # noqa: F401
from orgkg import sparql as q
from orgkg import store as stores
from orgkg.cli import main
from orgkg.errors import InputError, NetworkRefused, OrgkgError, UsageError

DATA = Path(__file__).parent / "data" / "query"
FIXTURE = DATA / "seed.trig"
GOLDEN = DATA / "golden"
UPDATE_GOLDEN = os.environ.get("ORGKG_UPDATE_GOLDEN") == "1"

ORG = "https://w3id.org/orgkg/org/"
SCHEMA = "https://schema.org/"
HOSTILE = {
    '" } ; DROP ALL ; #': ORG + "hostile-1",
    '") || true || ("': ORG + "hostile-2",
    "a\\u0022b": ORG + "hostile-3",
    "line one\nline two\ttab \\ backslash": ORG + "hostile-4",
    "Zürich 東京 😀": ORG + "hostile-5",
    "true": ORG + "decoy",
    "": ORG + "decoy",
}


@pytest.fixture(scope="module")
def fixture_store() -> ox.Store:
    return stores.read_data(FIXTURE)


@pytest.fixture(scope="module")
def fixture_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "build" / "store"
    stores.persist(FIXTURE, path)
    return path


@pytest.fixture(scope="module")
def seed_store(seed_build) -> ox.Store:  # type: ignore[no-untyped-def]
    memory = ox.Store()
    stores.load_into(memory, seed_build.dataset)
    return memory


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# --------------------------------------------------------------------------- headers


def test_header_parsing() -> None:
    text = (
        "# title: A title\n"
        "# description: first line\n"
        "#   continued here\n"
        "# param: subject iri -- the subject\n"
        "# param: prop iri UNDEF -- optional\n"
        "# param: label literal Some default text\n"
        "# param: tagged lang Partners@en\n"
        "SELECT ?subject ?prop ?label ?tagged WHERE { ?subject ?prop ?label }\n"
    )
    named = q.from_text(text, "x")
    assert named.title == "A title"
    assert named.description == "first line continued here"
    assert [(p.name, p.type, p.default, p.required) for p in named.params] == [
        ("subject", "iri", None, True),
        ("prop", "iri", "UNDEF", False),
        ("label", "literal", "Some default text", False),
        ("tagged", "lang", "Partners@en", False),
    ]
    assert named.params[0].help == "the subject"


@pytest.mark.parametrize(
    "line",
    ["# param: x", "# param: x number", "# param: 1x iri", "# param: x iri\n# param: x literal"],
)
def test_bad_param_lines_are_input_errors(line: str) -> None:
    with pytest.raises(InputError):
        q.from_text(line + "\nSELECT * { ?s ?p ?o }", "bad")


@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_bundled_queries_are_well_formed(name: str) -> None:
    named = q.named_queries()[name]
    assert named.title and named.description, "every named query has a title and a description"
    info = q.analyze(named.text, name)
    assert info.form == "SELECT"
    assert not info.uses_service
    assert info.projection is not None
    q.check_bindable(named, info, [param.name for param in named.params])
    assert "ORDER BY" in named.text, "named queries have a deterministic row order"


def test_at_least_the_required_named_queries_exist() -> None:
    required = {"org-summary", "partners", "programs", "leadership", "sources-of-fact", "field-statuses"}
    assert required <= set(q.named_queries())


def test_unknown_named_query_suggests() -> None:
    with pytest.raises(UsageError, match="did you mean partners"):
        q.get_named("partner")


# --------------------------------------------------------------------------- named queries, fixture


def test_leadership_with_holder(fixture_store: ox.Store) -> None:
    rows = orgkg.query(fixture_store, "leadership", {"org": "o:example-agency"}).values()
    assert rows == [
        {
            "org": ORG + "example-agency",
            "orgName": "Example Agency",
            "post": ORG + "example-agency/post/director",
            "postName": "Director",
            "role": "https://w3id.org/orgkg/concept/role/director",
            "roleLabel": "director",
            "holder": "https://w3id.org/orgkg/person/jane-doe",
            "holderName": "Jane Doe",
        }
    ]


def test_org_summary(fixture_store: ox.Store) -> None:
    rows = {r["name"]: r for r in orgkg.query(fixture_store, "org-summary").values()}
    assert set(rows) == {"Advanced Manufacturing Partnership", "Example Agency"}
    amp, exa = rows["Advanced Manufacturing Partnership"], rows["Example Agency"]
    assert (amp["acronym"], amp["founded"], amp["founder"], amp["members"]) == ("AMP", "2011", "Barack Obama", "1")
    assert amp["orgClass"] == "http://www.w3.org/ns/org#OrganizationalCollaboration"
    assert (exa["parent"], exa["locality"], exa["country"], exa["employees"]) == (
        "Example Department",
        "Genève",
        "CH",
        "2100",
    )
    assert (exa["currency"], exa["programs"]) == ("USD", "2")
    assert "budget" not in amp, "not publicly specified: no amount, never 0"


def test_partners_members_and_categories(fixture_store: ox.Store) -> None:
    rows = orgkg.query(fixture_store, "partners", {"org": "o:advanced-manufacturing-partnership"}).values()
    assert [(r["kind"], r["partnerName"], r.get("acronym")) for r in rows] == [
        ("member", "National Institute of Standards and Technology", "NIST"),
        ("category", "Major universities and research institutions", None),
    ]
    assert rows[0]["wikidata"] == "http://www.wikidata.org/entity/Q176691"


def test_programs_flags_profiled_organizations(fixture_store: ox.Store) -> None:
    rows = orgkg.query(fixture_store, "programs").values()
    assert [(r["programName"], r["profiled"]) for r in rows] == [
        ("Advanced Manufacturing Partnership", "true"),
        ("Small grants", "false"),
    ]


def test_sources_of_fact_traces_file_lines_and_web_page(fixture_store: ox.Store) -> None:
    rows = orgkg.query(
        fixture_store,
        "sources-of-fact",
        {"subject": "o:example-agency", "property": "orgkg:enactedBudget"},
    ).values()
    assert rows == [
        {
            "subject": ORG + "example-agency",
            "property": "https://w3id.org/orgkg/ns#enactedBudget",
            "value": ORG + "example-agency/budget/fy-2024",
            "graph": "https://w3id.org/orgkg/graph/example-agency/last-total-enacted-budget",
            "field": "Last total enacted budget",
            "file": "example-agency.txt",
            "firstLine": "14",
            "lastLine": "15",
            "page": "https://w3id.org/orgkg/source/web/example-org-about-00000001",
            "pageUrl": "https://example.org/about",
            "accessed": "2025-02-10",
        }
    ]


def test_sources_of_fact_without_property_lists_every_fact(fixture_store: ox.Store) -> None:
    rows = orgkg.query(fixture_store, "sources-of-fact", {"subject": ORG + "advanced-manufacturing-partnership"})
    fields = [r["field"].value for r in rows.rows]
    assert fields[0] == "Intro" and "Partners" in fields
    # AMP's own profile, and Example Agency's program list, which names AMP too
    assert {r["file"].value for r in rows.rows} == {"advanced-manufacturing-partnership.txt", "example-agency.txt"}


def test_field_statuses_filter_by_status(fixture_store: ox.Store) -> None:
    rows = orgkg.query(fixture_store, "field-statuses", {"status": "orgkg:notPubliclySpecified"}).values()
    assert [(r["orgName"], r["field"]) for r in rows] == [
        ("Advanced Manufacturing Partnership", "Last total enacted budget")
    ]
    empty = orgkg.query(fixture_store, "field-statuses", {"status": "orgkg:empty"}).values()
    assert [r["field"] for r in empty] == ["External links"] and "verbatim" not in empty[0]


def test_graphs_counts_triples(fixture_store: ox.Store) -> None:
    rows = orgkg.query(fixture_store, "graphs", {"file": "example-agency.txt"}).values()
    counts = stores.graph_counts(fixture_store)
    assert len(rows) == 9
    assert all(int(r["triples"]) == counts[r["graph"]] for r in rows)


# --------------------------------------------------------------------------- golden, real seed

GOLDEN_RUNS = {
    "org-summary": ("org-summary", {}),
    "partners": ("partners", {}),
    "programs": ("programs", {}),
    "leadership": ("leadership", {}),
    "sources-of-fact": ("sources-of-fact", {"subject": "o:advanced-manufacturing-partnership"}),
    "sources-of-fact-founding-date": (
        "sources-of-fact",
        {"subject": "o:advanced-manufacturing-partnership", "property": "schema:foundingDate"},
    ),
    "field-statuses": ("field-statuses", {}),
    "graphs": ("graphs", {}),
    "find-by-name": ("find-by-name", {"name": "NIST"}),
    "holdings": ("holdings", {}),  # the seed dates no holding: the header alone
}


def test_every_named_query_has_a_golden_run() -> None:
    assert {name for name, _ in GOLDEN_RUNS.values()} == set(q.named_queries())


@pytest.mark.parametrize("golden", sorted(GOLDEN_RUNS))
def test_golden_results_on_the_seed(golden: str, seed_store: ox.Store) -> None:
    name, params = GOLDEN_RUNS[golden]
    actual = orgkg.query(seed_store, name, params).serialize("tsv").decode("utf-8")
    path = GOLDEN / f"{golden}.tsv"
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "actual"))
        pytest.fail(f"{golden}: results differ from {path.name} (ORGKG_UPDATE_GOLDEN=1 to accept):\n{diff}")


def test_sources_of_fact_on_the_seed_points_at_the_citation(seed_store: ox.Store) -> None:
    rows = orgkg.query(
        seed_store, "sources-of-fact", {"subject": "o:advanced-manufacturing-partnership", "property": "org:purpose"}
    ).values()
    assert len(rows) == 1
    row = rows[0]
    assert (row["file"], row["field"], row["firstLine"], row["lastLine"]) == (
        "advanced-manufacturing-partnership.txt",
        "Mission",
        "8",
        "9",
    )
    assert row["pageUrl"] == "https://www.manufacturing.gov/amp20/"
    assert row["accessed"] == "2025-02-08"


# --------------------------------------------------------------------------- parameters


def test_parameter_types(fixture_store: ox.Store) -> None:
    named = q.from_text(
        "# param: i iri\n# param: l literal\n# param: t lang\n# param: d datatype\nSELECT ?i ?l ?t ?d WHERE {}"
    )
    info = q.analyze(named.text)
    values = q.bind_params(
        named, info, {"i": "schema:name", "l": "plain", "t": "Partners@en-US", "d": "2011^^xsd:gYear"}
    )
    assert values["i"] == ox.NamedNode(SCHEMA + "name")
    assert values["l"] == ox.Literal("plain")
    assert values["t"] == ox.Literal("Partners", language="en-US")
    assert values["d"] == ox.Literal("2011", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    given = {"i": "<https://x.example/a>", "l": "x", "t": "a@b@fr", "d": "1^^xsd:integer"}
    row = orgkg.query(fixture_store, named, given)
    assert row.rows[0]["t"] == ox.Literal("a@b", language="fr")


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"subject": "not an iri"}, "not an absolute IRI"),
        ({"subject": "shema:name"}, "unknown prefix 'shema'"),
        ({"subject": "<https://x.example/a b>"}, "not an absolute IRI"),
        ({"subject": 'https://x.example/"><script>'}, "not an absolute IRI"),
        ({}, "needs -p subject"),
        ({"subject": "o:x", "nope": "1"}, "has no parameter 'nope'"),
        ({"subject:literal": "o:x"}, "declared as iri"),
    ],
)
def test_bad_parameters_are_usage_errors(fixture_store: ox.Store, params: dict[str, str], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        orgkg.query(fixture_store, "sources-of-fact", params)


def test_lang_and_datatype_need_their_markers() -> None:
    with pytest.raises(UsageError, match="TEXT@LANG"):
        q.make_term("lang", "no tag", {})
    with pytest.raises(UsageError, match="TEXT@LANG"):
        q.make_term("lang", "bad@tag with space", {})
    with pytest.raises(UsageError, match="VALUE\\^\\^DATATYPE"):
        q.make_term("datatype", "2011", {})


def test_adhoc_parameters_pick_a_type_from_the_name(fixture_store: ox.Store) -> None:
    text = "SELECT ?s ?n WHERE { GRAPH ?g { ?s <https://schema.org/name> ?n } }"
    by_iri = orgkg.query(fixture_store, text, {"s:iri": "o:example-agency"}).values()
    assert by_iri == [{"s": ORG + "example-agency", "n": "Example Agency"}]
    bracketed = orgkg.query(fixture_store, text, {"s": f"<{ORG}example-agency>"}).values()
    assert bracketed == by_iri
    by_literal = orgkg.query(fixture_store, text, {"n": "Example Agency"}).values()
    assert by_literal == by_iri
    with pytest.raises(UsageError, match="no variable \\?nope"):
        orgkg.query(fixture_store, text, {"nope": "x"})


# Queries whose parameter is not projected: (text, params, expected rows as plain values).
# Each names the organizations by ?s only; the parameter is never a column.
BY_NAME = "GRAPH ?g { ?s <https://schema.org/name> ?n }"
NOT_PROJECTED = [
    (f"SELECT ?s WHERE {{ {BY_NAME} FILTER(?n = ?name) }}", {"name": "Example Agency"}, [ORG + "example-agency"]),
    (f"SELECT ?s WHERE {{ {BY_NAME} FILTER(STR(?n) = ?v) }}", {"v": '" } ; DROP ALL ; #'}, [ORG + "hostile-1"]),
    # a variable used only inside a sub-select that does not project it: bound there too
    (f"SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ {BY_NAME} FILTER(?n = ?name) }} }} }}", {"name": "EXA"}, []),
    (
        f"SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ {BY_NAME} FILTER(?n = ?name) }} }} }}",
        {"name": "Example Agency"},
        [ORG + "example-agency"],
    ),
    (
        "SELECT ?s WHERE { { SELECT DISTINCT ?s WHERE { "
        f"{{ SELECT ?s WHERE {{ {BY_NAME} FILTER(?n = ?name) }} }} }} }} }}",
        {"name": '") || true || ("'},
        [ORG + "hostile-2"],
    ),
    # EXISTS and OPTIONAL see the top-level block
    (
        f"SELECT ?s WHERE {{ {BY_NAME} FILTER EXISTS {{ GRAPH ?h {{ ?s <https://schema.org/alternateName> ?acr }} }} "
        "FILTER(?acr = ?want) }",
        {"want": "NIST"},
        [],
    ),
    (
        f"SELECT ?s WHERE {{ {BY_NAME} "
        "FILTER EXISTS { GRAPH ?h { ?s <https://schema.org/alternateName> ?want } } }",
        {"want": "EXA"},
        [ORG + "example-agency"],
    ),
]


@pytest.mark.parametrize(("text", "params", "expected"), NOT_PROJECTED)
def test_parameters_need_not_be_selected(
    fixture_store: ox.Store, text: str, params: dict[str, str], expected: list[str]
) -> None:
    """Regression: `-p name=…` used to fail unless ?name was in the SELECT list."""
    result = orgkg.query(fixture_store, text, params)
    assert result.variables == ["s"]
    assert sorted(row["s"] for row in result.values()) == expected


def test_unprojected_parameters_against_a_real_oxigraph_server(
    oxigraph_server: OxigraphServer, fixture_store: ox.Store
) -> None:
    """The endpoint receives the rewritten text (VALUES blocks of escaped terms): the same
    rows as the local store, for every case above, and nothing in the store changes."""
    assert orgkg.load(FIXTURE, oxigraph_server.store_url).ok
    before = len(orgkg.query(oxigraph_server.query_url, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows)
    for text, params, expected in NOT_PROJECTED:
        remote = orgkg.query(oxigraph_server.query_url, text, params)
        assert remote.variables == ["s"], text
        assert sorted(row["s"] for row in remote.values()) == expected, text
        assert remote.rows == orgkg.query(fixture_store, text, params).rows, text
    ask = f"ASK {{ {BY_NAME} FILTER(?n = ?name) }}"
    assert orgkg.query(oxigraph_server.query_url, ask, {"name": "Example Agency"}).boolean is True
    assert orgkg.query(oxigraph_server.query_url, ask, {"name": '" } ; DROP ALL ; #x'}).boolean is False
    after = len(orgkg.query(oxigraph_server.query_url, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows)
    assert after == before > 0


def test_parameter_in_a_sub_select_is_bound_inside_it() -> None:
    text = "SELECT ?s WHERE { ?s ?p ?o { SELECT ?s WHERE { ?s ?q ?name } } }"
    info = q.analyze(text)
    rewritten = q.with_values(text, info, {"name": ox.Literal("x"), "o": ox.Literal("y")})
    assert rewritten.count('VALUES (?name ?o) { ("x" "y") }') == 1, "the top level gets every parameter"
    assert rewritten.count('VALUES (?name) { ("x") }') == 1, "the sub-select only the ones it mentions"
    inner = rewritten.index("{ SELECT ?s WHERE {")
    assert rewritten.index('VALUES (?name) { ("x") }') == inner + len("{ SELECT ?s WHERE {") + 1


def test_parameters_in_grouped_queries(fixture_store: ox.Store) -> None:
    graphs = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { ?g <https://w3id.org/orgkg/ns#field> ?field }"
    total = int(orgkg.query(fixture_store, graphs).rows[0]["graphs"].value)
    intro = int(orgkg.query(fixture_store, graphs, {"field": "Intro"}).rows[0]["graphs"].value)
    assert 0 < intro < total
    keyed = orgkg.query(fixture_store, "graphs", {"file": "example-agency.txt"})
    assert {row["file"].value for row in keyed.rows} == {"example-agency.txt"}
    having = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(*) > ?min)"
    with pytest.raises(UsageError, match=r"'min'.*after grouping.*GROUP BY"):
        orgkg.query(fixture_store, having, {"min:datatype": "1^^xsd:integer"})
    # inside an aggregate, a variable is read per solution, where the block binds it
    hits = f"SELECT (SUM(IF(?n = ?name, 1, 0)) AS ?hits) WHERE {{ {BY_NAME} }}"
    assert orgkg.query(fixture_store, hits, {"name": "Example Agency"}).rows[0]["hits"].value == "1"
    assert orgkg.query(fixture_store, hits, {"name": "No Such Agency"}).rows[0]["hits"].value == "0"


@pytest.mark.parametrize(
    "text",
    [
        f"SELECT ?s ?x WHERE {{ {BY_NAME} BIND(?n AS ?x) }}",
        f"SELECT ?s (STR(?n) AS ?x) WHERE {{ {BY_NAME} }}",
        f"SELECT ?s WHERE {{ {{ SELECT ?s (COUNT(*) AS ?x) WHERE {{ {BY_NAME} }} GROUP BY ?s }} }}",
    ],
)
def test_computed_variables_are_not_parameters(fixture_store: ox.Store, text: str) -> None:
    with pytest.raises(UsageError, match=r"'x'.*computes \?x itself"):
        orgkg.query(fixture_store, text, {"x": "Example Agency"})


def test_ask_construct_describe_take_unprojected_parameters(fixture_store: ox.Store) -> None:
    ask = f"ASK {{ {BY_NAME} FILTER(?n = ?name) }}"
    assert orgkg.query(fixture_store, ask, {"name": "Example Agency"}).boolean is True
    assert orgkg.query(fixture_store, ask, {"name": "No Such Agency"}).boolean is False
    construct = f"CONSTRUCT {{ ?s <http://e/p> ?n }} WHERE {{ {BY_NAME} FILTER(?n = ?name) }}"
    triples = orgkg.query(fixture_store, construct, {"name": "Example Agency"}).triples
    assert [t.subject.value for t in triples] == [ORG + "example-agency"]
    describe = f"DESCRIBE ?s WHERE {{ {BY_NAME} FILTER(?n = ?name) }}"
    described = orgkg.query(fixture_store, describe, {"name": "Example Agency"}, union=True).triples
    assert described and {t.subject.value for t in described} == {ORG + "example-agency"}


def test_a_parameter_the_query_does_not_mention_is_named(fixture_store: ox.Store, fixture_store_dir: Path) -> None:
    with pytest.raises(UsageError, match=r"'nope'.*no variable \?nope"):
        orgkg.query(fixture_store, f"SELECT ?s WHERE {{ {BY_NAME} }}", {"nope": "x"})
    named = q.from_text(f"# param: ghost literal\nSELECT ?s WHERE {{ {BY_NAME} }}", "ghostly")
    with pytest.raises(UsageError, match=r"'ghost': ghostly has no variable \?ghost"):
        orgkg.query(fixture_store, named, {"ghost": "x"})
    code, out, err = run_cli(
        "query", "-q", f"SELECT ?s WHERE {{ {BY_NAME} }}", "-p", "nope=x", "--store", str(fixture_store_dir)
    )
    assert code == 2 and out == ""
    assert "nope" in err and "Traceback" not in err


def test_cli_binds_an_unprojected_parameter(fixture_store_dir: Path) -> None:
    code, out, _ = run_cli(
        "query",
        "-q",
        f"SELECT ?s WHERE {{ {BY_NAME} FILTER(?n = ?name) }}",
        "-p",
        "name=Example Agency",
        "--store",
        str(fixture_store_dir),
        "--format",
        "csv",
    )
    assert code == 0
    assert out.splitlines() == ["s", ORG + "example-agency"]


def test_substitutions_still_need_a_projected_variable(fixture_store: ox.Store) -> None:
    text = f"SELECT ?s WHERE {{ {BY_NAME} FILTER(?n = ?name) }}"
    _, sparql, info, bindings = q.prepare(text, {"name": "Example Agency"})
    with pytest.raises(UsageError, match="binding='values'"):
        q.run_local(fixture_store, sparql, info, bindings, binding="substitutions")


def test_rdflib_terms_as_parameters(fixture_store: ox.Store) -> None:
    from rdflib import URIRef

    rows = orgkg.query(fixture_store, "leadership", {"org": URIRef(ORG + "example-agency")}).rdflib_rows()
    assert rows[0]["holderName"].toPython() == "Jane Doe"


# --------------------------------------------------------------------------- injection


@pytest.mark.parametrize("value", sorted(HOSTILE))
def test_injection_named_query_returns_only_that_literal(fixture_store: ox.Store, value: str) -> None:
    before = len(fixture_store)
    rows = orgkg.query(fixture_store, "find-by-name", {"name": value}).values()
    assert {r["node"] for r in rows} == {HOSTILE[value]}
    assert all(r["name"] == value for r in rows)
    assert len(fixture_store) == before


@pytest.mark.parametrize("value", ['" } ; DROP ALL ; #', '") || true || ("'])
def test_injection_in_a_filter(fixture_store: ox.Store, value: str) -> None:
    text = "SELECT ?s ?v WHERE { GRAPH ?g { ?s <https://schema.org/name> ?n } FILTER(STR(?n) = ?v) }"
    rows = orgkg.query(fixture_store, text, {"v": value}).values()
    assert rows == [{"s": HOSTILE[value], "v": value}]


@pytest.mark.parametrize("value", sorted(HOSTILE))
def test_sparql_term_round_trips_through_every_parser(value: str) -> None:
    """The serialization sent to endpoints reads back as the same literal in an engine
    without SPARQL's codepoint pre-pass (Oxigraph) and in one with it (rdflib)."""
    from rdflib import Graph
    from rdflib.plugins.sparql import prepareQuery

    term = ox.Literal(value)
    text = f"SELECT ?v WHERE {{ BIND({q.sparql_term(term)} AS ?v) }}"
    assert next(iter(ox.Store().query(text)))["v"] == term
    assert str(next(iter(Graph().query(prepareQuery(text))))[0]) == value


def test_with_values_puts_the_block_inside_where() -> None:
    cases = [
        "SELECT ?x WHERE { ?s ?p ?x }",
        "select ?x { ?s ?p ?x }",
        'PREFIX e: <http://e/>\n# a { comment\nSELECT ?x ("{" AS ?b) WHERE { ?s e:p ?x }',
        "SELECT ?x (EXISTS { ?a ?b ?c } AS ?e) WHERE { ?s ?p ?x }",
        "CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?x }",
        "DESCRIBE ?x WHERE { ?s ?p ?x }",
        "ASK { ?s ?p ?x }",
        "SELECT ?x FROM <http://e/g> WHERE { ?s ?p ?x } ORDER BY ?x",
    ]
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("v")))
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("w")))
    for text in cases:
        info = q.analyze(text)
        rewritten = q.with_values(text, info, {"x": ox.Literal("v")})
        assert 'VALUES (?x) { ("v") }' in rewritten
        local = q.run_local(store, text, info, {"x": ox.Literal("v")})
        remote_style = q.run_local(store, rewritten, q.analyze(rewritten), {})
        assert local.rows == remote_style.rows and local.triples == remote_style.triples, text
        assert local.boolean == remote_style.boolean


# holdings: the fixture dates no holding; tests/test_holding_periods.py binds it both ways on a
# build that does
@pytest.mark.parametrize("name", sorted(set(q.named_queries()) - {"holdings"}))
def test_values_and_substitutions_bind_alike(fixture_store: ox.Store, name: str) -> None:
    """Both local binding strategies (VALUES of escaped terms, pyoxigraph substitutions)."""
    params = {
        "sources-of-fact": {"subject": "o:example-agency"},
        "find-by-name": {"name": '" } ; DROP ALL ; #'},
        "graphs": {"file": "example-agency.txt"},
        "field-statuses": {"org": "o:example-agency", "status": "orgkg:stated"},
        "partners": {"org": "o:advanced-manufacturing-partnership"},
    }.get(name, {"org": "o:example-agency"})
    _, text, info, bindings = q.prepare(name, params)
    by_values = q.run_local(fixture_store, text, info, bindings, binding="values")
    by_substitution = q.run_local(fixture_store, text, info, bindings, binding="substitutions")
    assert by_values.rows == by_substitution.rows and by_values.rows


def test_short_construct_with_parameters_is_refused_for_endpoints() -> None:
    info = q.analyze("CONSTRUCT WHERE { ?s ?p ?x }")
    with pytest.raises(UsageError, match="long CONSTRUCT"):
        q.with_values("CONSTRUCT WHERE { ?s ?p ?x }", info, {"x": ox.Literal("v")})


# --------------------------------------------------------------------------- security


@pytest.mark.parametrize(
    "text",
    [
        "DROP ALL",
        "CLEAR DEFAULT",
        "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "# SELECT * { ?s ?p ?o }\nDELETE WHERE { ?s ?p ?o }",
        "PREFIX e: <http://e/> WITH e:g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused(fixture_store: ox.Store, text: str) -> None:
    before = len(fixture_store)
    with pytest.raises(UsageError, match="update"):
        orgkg.query(fixture_store, text)
    assert len(fixture_store) == before


SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { OPTIONAL { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } }",
    "ASK { FILTER EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
]


@pytest.mark.parametrize("text", SERVICE_QUERIES)
def test_service_is_refused_locally(fixture_store: ox.Store, text: str) -> None:
    with pytest.raises(NetworkRefused, match="allow-network"):
        orgkg.query(fixture_store, text)
    q.prepare(text, allow_network=True)  # allowed on request


def test_service_hidden_by_codepoint_escapes_cannot_run() -> None:
    """rdflib applies SPARQL's \\u pre-pass and Oxigraph does not, so this text hides a
    SERVICE clause (in a string, for rdflib) that Oxigraph would execute. orgkg applies the
    pre-pass itself, so both read the same text and the SERVICE stays inside a string."""
    text = (
        'SELECT * WHERE { BIND("x\\u0022 AS ?a) FILTER(" AS ?c) '
        'SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } FILTER(") } #" != "") }'
    )
    with pytest.raises(OSError, match="port 9"):  # what Oxigraph alone would do: try the SERVICE
        list(ox.Store().query(text))
    result = orgkg.query(ox.Store(), text)
    assert result.values() == [{"a": "x"}]


def test_escapes_that_expand_to_escapes_are_refused() -> None:
    with pytest.raises(InputError, match="further escapes"):
        q.apply_codepoint_escapes('SELECT * { BIND("\\u005Cu0022" AS ?x) }')


def test_syntax_errors_name_the_line() -> None:
    with pytest.raises(InputError) as caught:
        q.analyze("SELECT *\nWHERE { ?s ?p }", "x.rq")
    assert str(caught.value).startswith("x.rq:2: SPARQL syntax error")


# --------------------------------------------------------------------------- formats


def test_table_prefixes_alignment_and_clipping(fixture_store: ox.Store) -> None:
    result = orgkg.query(fixture_store, "find-by-name", {"name": "EXA"})
    table = q.format_table(result)
    lines = table.splitlines()
    assert lines[0].split() == ["name", "node", "property", "type", "graph"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "o:example-agency" in lines[2] and "schema:alternateName" in lines[2]
    assert len({line.index("o:example-agency") for line in lines[2:]}) == 1
    long = q.QueryResult("SELECT", ["x"], [{"x": ox.Literal("y" * 200)}])
    assert q.format_table(long).splitlines()[2] == "y" * 59 + "…"


def test_cell_rendering() -> None:
    prefixes = q.DEFAULT_PREFIXES
    assert q.cell(ox.NamedNode(SCHEMA + "name"), prefixes) == "schema:name"
    assert q.cell(ox.NamedNode("http://e.example/x"), prefixes) == "<http://e.example/x>"
    assert q.cell(ox.Literal("a\nb", language="en"), prefixes) == "a\\nb@en"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert q.cell(ox.Literal("2011", datatype=ox.NamedNode(xsd + "gYear")), prefixes) == "2011^^xsd:gYear"
    assert q.cell(ox.Literal("42", datatype=ox.NamedNode(xsd + "integer")), prefixes) == "42"


def test_select_formats(fixture_store: ox.Store) -> None:
    result = orgkg.query(fixture_store, "find-by-name", {"name": '" } ; DROP ALL ; #'})
    data = json.loads(result.serialize("json"))
    assert data["head"]["vars"] == ["name", "node", "property", "type", "graph"]
    assert data["results"]["bindings"][0]["name"] == {"type": "literal", "value": '" } ; DROP ALL ; #'}
    rows = list(csv.reader(io.StringIO(result.serialize("csv").decode())))
    assert rows[0] == data["head"]["vars"] and rows[1][0] == '" } ; DROP ALL ; #'
    tsv = result.serialize("tsv").decode().splitlines()
    assert tsv[0] == "?name\t?node\t?property\t?type\t?graph"
    assert tsv[1].startswith('"\\" } ; DROP ALL ; #"\t<https://w3id.org/orgkg/org/hostile-1>')
    root = ET.fromstring(result.serialize("xml"))
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert root.find(".//r:literal", ns).text == '" } ; DROP ALL ; #'
    for fmt in ("ttl", "nt", "jsonld"):
        with pytest.raises(UsageError):
            result.serialize(fmt)


def test_graph_formats_parse_back(fixture_store: ox.Store) -> None:
    text = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH g:example-agency\\/leader { ?s ?p ?o } }"
    result = orgkg.query(fixture_store, text)
    assert len(result) == 17
    expected = set(result.triples)

    def parsed(data: bytes, fmt: ox.RdfFormat) -> set[ox.Triple]:
        return {quad.triple for quad in ox.parse(data, format=fmt)}

    assert parsed(result.serialize("nt"), ox.RdfFormat.N_TRIPLES) == expected
    turtle = result.serialize("ttl")
    assert b"@prefix schema: <https://schema.org/>" in turtle and b"ns1:" not in turtle
    assert parsed(turtle, ox.RdfFormat.TURTLE) == expected
    jsonld = result.serialize("jsonld")
    assert "@context" in json.loads(jsonld)
    assert parsed(jsonld, ox.RdfFormat.JSON_LD) == expected
    with pytest.raises(UsageError):
        result.serialize("csv")


def test_ask(fixture_store: ox.Store) -> None:
    yes = orgkg.query(fixture_store, "ASK { GRAPH ?g { ?s ?p ?o } }")
    assert yes.boolean is True and yes.serialize("table") == b"true\n"
    assert json.loads(yes.serialize("json")) == {"head": {}, "boolean": True}


def test_union_default_graph(fixture_store: ox.Store) -> None:
    text = "SELECT ?n WHERE { <https://w3id.org/orgkg/person/jane-doe> <https://schema.org/name> ?n }"
    assert orgkg.query(fixture_store, text).rows == []
    assert orgkg.query(fixture_store, text, union=True).values() == [{"n": "Jane Doe"}]


# --------------------------------------------------------------------------- sources and API


def test_sources(fixture_store_dir: Path, tmp_path: Path) -> None:
    from rdflib import Dataset

    expected = orgkg.query(FIXTURE, "partners").rows
    assert orgkg.query(fixture_store_dir, "partners").rows == expected
    assert orgkg.query(str(fixture_store_dir), "partners").rows == expected
    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    assert orgkg.query(dataset, "partners").rows == expected
    nquads = tmp_path / "graph.nq"
    nquads.write_bytes(ox.serialize(stores.read_data(FIXTURE), format=ox.RdfFormat.N_QUADS))
    assert orgkg.query(nquads, "partners").rows == expected


def test_query_from_rq_file(tmp_path: Path, fixture_store: ox.Store) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("# title: mine\n# param: n literal\nSELECT ?s ?n WHERE { GRAPH ?g { ?s ?x ?n } }\n")
    assert orgkg.query(fixture_store, str(path), {"n": "Jane Doe"}).values() == [
        {"s": "https://w3id.org/orgkg/person/jane-doe", "n": "Jane Doe"}
    ]


def test_orgkg_query_stays_callable_after_module_import(fixture_store: ox.Store) -> None:
    # the functions live in modules of other names, so importing those never shadows them
    import orgkg.loader
    import orgkg.sparql

    assert orgkg.query(fixture_store, "leadership").rows
    assert orgkg.query is orgkg.sparql.query and orgkg.load is orgkg.loader.load


def test_errors_are_orgkg_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no store here"):
        orgkg.query(tmp_path / "nowhere", "partners")
    (tmp_path / "bad.ttl").write_text("<a> <b> .\n")
    with pytest.raises(InputError, match=r"bad\.ttl:1"):
        orgkg.query(tmp_path / "bad.ttl", "partners")
    with pytest.raises(OrgkgError):
        orgkg.query(tmp_path / "x.unknown-ext", "partners")


# --------------------------------------------------------------------------- CLI


def test_cli_list() -> None:
    code, out, _ = run_cli("query", "--list")
    assert code == 0
    assert "sources-of-fact" in out and "-p subject=IRI  (required)" in out
    code, out, _ = run_cli("query", "--list", "--format", "json")
    assert {item["name"] for item in json.loads(out)} == set(q.named_queries())


def test_cli_named_query_csv_by_default_when_piped(fixture_store_dir: Path) -> None:
    code, out, err = run_cli("query", "leadership", "--store", str(fixture_store_dir))
    assert code == 0, err
    assert out.splitlines()[0] == "org,orgName,post,postName,role,roleLabel,holder,holderName"
    assert "Jane Doe" in out


def test_cli_default_store_is_build_store(fixture_store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(fixture_store_dir.parent.parent)
    code, out, _ = run_cli("query", "org-summary", "--format", "table")
    assert code == 0 and "o:example-agency" in out


def test_cli_exit_codes(fixture_store_dir: Path, tmp_path: Path) -> None:
    store = ("--store", str(fixture_store_dir))
    code, out, err = run_cli("query", "-q", "SELECT ?s WHERE { ?s a <urn:x:nothing> }", *store)
    assert (code, out.strip(), "no results" in err) == (0, "s", True)
    assert run_cli("query", "-q", "DROP ALL", *store)[0] == 2
    assert run_cli("query", "-q", SERVICE_QUERIES[0], *store)[0] == 3
    assert run_cli("query", "-q", "SELECT * {", *store)[0] == 3
    assert run_cli("query", "partners", "--store", str(tmp_path / "missing"))[0] == 3
    assert run_cli("query", "partners", "-q", "SELECT * {}")[0] == 2
    assert run_cli("query", "partners", "--store", "a", "--data", "b.nq")[0] == 2
    assert run_cli("query", "sources-of-fact", *store)[0] == 2  # required parameter
    assert run_cli("query", "partners", "-p", "noequals", *store)[0] == 2
    assert run_cli("query", "partners", "--format", "ttl", *store)[0] == 2


# Every file option of query/load: the file the user names and a command that reads it.
FILE_OPTIONS = {
    "query -f": lambda path, store: ("query", "-f", str(path), "--store", str(store)),
    "query --data": lambda path, store: ("query", "partners", "--data", str(path)),
    "load --data": lambda path, store: ("load", "--endpoint", "http://127.0.0.1:9/store", "--data", str(path)),
}


def _assert_input_error(args: tuple[str, ...], path: Path, reason: str) -> None:
    code, out, err = run_cli(*args)  # catch_exceptions=False: a traceback would fail the test
    assert code == 3, (code, err)
    assert f"orgkg: error: {path}: {reason}" in err and "Usage:" not in err and not out


@pytest.mark.parametrize("option", FILE_OPTIONS)
def test_cli_missing_file_is_exit_3(option: str, fixture_store_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.trig"
    _assert_input_error(FILE_OPTIONS[option](missing, fixture_store_dir), missing, "no such file")


@pytest.mark.parametrize("option", FILE_OPTIONS)
def test_cli_directory_given_as_file_is_exit_3(option: str, fixture_store_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "folder.trig"
    folder.mkdir()
    _assert_input_error(FILE_OPTIONS[option](folder, fixture_store_dir), folder, "is a directory, not a file")


@pytest.mark.parametrize("option", FILE_OPTIONS)
def test_cli_unreadable_file_is_exit_3_simulated(
    option: str, fixture_store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.trig"
    path.write_bytes(FIXTURE.read_bytes())
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p) != path and real_access(p, mode, **kw))  # root too
    _assert_input_error(FILE_OPTIONS[option](path, fixture_store_dir), path, "permission denied")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
@pytest.mark.parametrize("option", FILE_OPTIONS)
def test_cli_unreadable_file_is_exit_3(option: str, fixture_store_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "locked.trig"
    path.write_bytes(FIXTURE.read_bytes())
    path.chmod(0)
    try:
        _assert_input_error(FILE_OPTIONS[option](path, fixture_store_dir), path, "permission denied")
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    "command", [("query", "partners"), ("load", "--endpoint", "http://127.0.0.1:9/store"), ("serve", "--port", "0")]
)
def test_cli_store_that_cannot_be_read_is_exit_3(
    command: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "graph.nq"
    a_file.write_bytes(b"")
    _assert_input_error((*command, "--store", str(a_file)), a_file, "is a file, not a store folder")
    locked = tmp_path / "store"
    stores.persist(FIXTURE, locked)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p) != locked and real_access(p, mode, **kw))
    _assert_input_error((*command, "--store", str(locked)), locked, "permission denied")


def test_cli_endpoint_unreachable_is_exit_4(fixture_store_dir: Path) -> None:
    from devkit.oxigraph_server import free_port

    code, _, err = run_cli("query", "partners", "--endpoint", f"http://127.0.0.1:{free_port()}/query")
    assert code == 4 and "cannot reach" in err


def test_cli_endpoint_url_checks() -> None:
    assert run_cli("query", "partners", "--endpoint", "file:///etc/passwd")[0] == 2
    code, _, err = run_cli("query", "partners", "--endpoint", "http://user:secret@127.0.0.1:1/query")
    assert code == 2 and "ORGKG_ENDPOINT_USER" in err and "secret" not in err


def test_cli_data_file_and_note_for_triples_only(tmp_path: Path) -> None:
    code, out, _ = run_cli("query", "partners", "--data", str(FIXTURE), "--format", "json")
    assert code == 0 and len(json.loads(out)["results"]["bindings"]) == 2
    turtle = tmp_path / "graph.ttl"
    turtle.write_text("<http://e/a> <http://e/b> <http://e/c> .\n")
    code, _, err = run_cli("query", "partners", "--data", str(turtle))
    assert code == 0 and "no named graphs" in err


def test_cli_file_and_params(fixture_store_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "by-name.rq"
    path.write_text("SELECT ?s ?n WHERE { GRAPH ?g { ?s <https://schema.org/name> ?n } }\n")
    code, out, _ = run_cli(
        "query", "-f", str(path), "-p", 'n=") || true || ("', "--store", str(fixture_store_dir), "--format", "tsv"
    )
    assert code == 0
    assert out.splitlines()[1:] == ['<https://w3id.org/orgkg/org/hostile-2>\t"\\") || true || (\\""']


def test_cli_construct_defaults_to_turtle(fixture_store_dir: Path) -> None:
    code, out, _ = run_cli(
        "query",
        "-q",
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH g:example-agency\\/intro { ?s ?p ?o } }",
        "--store",
        str(fixture_store_dir),
    )
    assert code == 0 and out.startswith("@prefix")


def test_cli_show(fixture_store_dir: Path) -> None:
    code, out, _ = run_cli("query", "partners", "--show")
    assert code == 0 and out.startswith("# title: Partners")


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys, orgkg.cli, orgkg.cli_query\n"
        "heavy = {'rdflib', 'pyoxigraph', 'pyshacl', 'pyld'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --------------------------------------------------------------------------- the store: an index of graph.nq


COUNT_MARKED = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), "Zanzibar")) } }'


def _build(profiles: Path, out: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(profiles), "-o", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output


def _marked(out: Path) -> tuple[str, str]:
    """Rows matching the marker word, and stderr, from the default store of ``out``."""
    code, stdout, stderr = run_cli("query", "-q", COUNT_MARKED, "--store", str(out / "store"), "--format", "csv")
    assert code == 0, stderr
    return stdout.splitlines()[1], stderr


def _store_identity(out: Path) -> str:
    """The RocksDB identity of the store: made with the database, so the same while the
    store is reused (not the folder's inode: a build carries the store into the new output
    set by hard links in a folder made anew)."""
    return (out / "store" / "IDENTITY").read_text(encoding="utf-8")


def test_cli_store_is_indexed_on_first_use_then_reused(tmp_path: Path) -> None:
    from .conftest import SEED

    profiles, out = tmp_path / "in", tmp_path / "out"
    profiles.mkdir()
    profile = profiles / SEED.name
    profile.write_bytes(SEED.read_bytes())
    _build(profiles, out)
    assert not (out / "store").exists(), "a fresh build writes no store"

    count, err = _marked(out)
    assert count == "0"
    assert f"orgkg: indexing {out / 'graph.nq'} into {out / 'store'} …" in err
    assert stores.is_current(out / "graph.nq", out / "store")
    indexed = _store_identity(out)

    count, err = _marked(out)
    assert (count, "indexing" in err) == ("0", False)
    assert _store_identity(out) == indexed, "the second query reuses the store"

    nq = (out / "graph.nq").read_bytes()
    _build(profiles, out)  # unchanged rebuild: a new output set, the store carried into it
    assert (out / "graph.nq").read_bytes() == nq
    count, err = _marked(out)
    assert (count, "indexing" in err) == ("0", False)
    assert _store_identity(out) == indexed, "same bytes: no reindex"

    profile.write_text(SEED.read_text(encoding="utf-8").replace("bolster", "bolster Zanzibar"), encoding="utf-8")
    _build(profiles, out)  # graph.nq changes
    count, err = _marked(out)
    assert int(count) > 0, "the next query sees the rebuilt graph"
    assert "indexing" in err and _store_identity(out) != indexed


def test_cli_default_store_indexes_build_graph_nq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = tmp_path / "build"
    build.mkdir()
    (build / "graph.nq").write_bytes(ox.serialize(stores.read_data(FIXTURE), format=ox.RdfFormat.N_QUADS))
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("query", "org-summary", "--format", "csv")
    assert code == 0 and "example-agency" in out
    assert "orgkg: indexing build/graph.nq into build/store …" in err
    assert stores.is_store(build / "store")


def test_cli_stale_store_without_graph_nq_is_used_as_is(tmp_path: Path) -> None:
    store = tmp_path / "build" / "store"
    stores.persist(FIXTURE, store)  # built from another file; build/graph.nq does not exist
    code, out, err = run_cli("query", "leadership", "--store", str(store))
    assert code == 0 and "Jane Doe" in out and "indexing" not in err
    assert not (tmp_path / "build" / "graph.nq").exists()


def test_cli_corrupt_marker_reindexes_instead_of_failing(tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    (build / "graph.nq").write_bytes(ox.serialize(stores.read_data(FIXTURE), format=ox.RdfFormat.N_QUADS))
    stores.persist(build / "graph.nq", build / "store")
    (build / "store" / stores.MARKER).write_text('{"source": "garbage"')
    code, out, err = run_cli("query", "leadership", "--store", str(build / "store"))
    assert code == 0 and "Jane Doe" in out and "indexing" in err
    assert stores.is_current(build / "graph.nq", build / "store")


def test_python_query_on_a_store_folder_indexes_too(tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    (build / "graph.nq").write_bytes(ox.serialize(stores.read_data(FIXTURE), format=ox.RdfFormat.N_QUADS))
    assert orgkg.query(build / "store", "leadership").rows
    assert stores.is_current(build / "graph.nq", build / "store")
