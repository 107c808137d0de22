"""The Python checks beside SHACL, the data-quality rules, locating findings through
provenance, the seed's verdict, and `orgkg validate`'s exit codes (DESIGN §6, §8)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV

sys.path.insert(0, str(Path(__file__).parent))
from test_plausibility import PYTHON_CASES as PLAUSIBILITY_CASES
from validate_helpers import MINIMAL, SOURCE, TODAY, add, both, drop, minimal, snippet, swap

from orgkg.model import Diagnostic, Severity
from orgkg.validation import PYTHON_CHECKS, validate_dataset

V, W, INFO = Severity.VIOLATION, Severity.WARNING, Severity.INFO
SDO_POSTAL_CODE = URIRef("https://schema.org/postalCode")
REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "advanced-manufacturing-partnership.txt"


def run(mutation=None, **options):
    dataset = minimal()
    if mutation is not None:
        mutation(dataset)
    options.setdefault("today", TODAY)
    return validate_dataset(dataset, sources={"minimal.txt": SOURCE}, **options)


def only(report, code):
    found = [f for f in report.findings if f.code == code]
    assert found, f"{code} did not fire: {[(f.code, f.message) for f in report.findings]}"
    return found


# (id, code, severity, message fragment, mutation)
CHECKS = [
    (
        "unknown property",
        "vocab.unknown-term",
        V,
        "property schema:mission does not exist in schema.org",
        add("mission", 'o:test-agency schema:mission "To be validated."@en .'),
    ),
    (
        "unknown class",
        "vocab.unknown-term",
        V,
        "class schema:GovernmentAgency does not exist",
        add("intro", "o:test-agency a schema:GovernmentAgency ."),
    ),
    (
        "unknown ORG term",
        "vocab.unknown-term",
        V,
        "org:parentOrganization does not exist in W3C ORG",
        add("parent-organization", "o:test-agency org:parentOrganization o:parent-department ."),
    ),
    (
        "unknown orgkg term",
        "vocab.unknown-term",
        V,
        "orgkg:nickname does not exist in orgkg's vocabulary",
        add("intro", 'o:test-agency orgkg:nickname "Testy" .'),
    ),
    (
        "unknown datatype",
        "vocab.unknown-term",
        V,
        "datatype xsd:gyear does not exist in XSD",
        add("history", 'ta:event\\/renamed orgkg:previousName "Old"^^xsd:gyear .'),
    ),
    (
        "foreign namespace",
        "vocab.unknown-namespace",
        W,
        "<http://xmlns.com/foaf/0.1/name> is not from a vocabulary",
        add("intro", 'o:test-agency foaf:name "Test Agency" .'),
    ),
    (
        "http schema.org",
        "vocab.unknown-namespace",
        W,
        "uses http://schema.org/",
        add("intro", 'o:test-agency <http://schema.org/name> "Test Agency" .'),
    ),
    (
        "class as property",
        "vocab.misused-term",
        V,
        "schema:Organization is a class, used here as a property",
        add("intro", 'o:test-agency schema:Organization "x" .'),
    ),
    (
        "property as class",
        "vocab.misused-term",
        V,
        "schema:name is a property, used here as a class",
        add("intro", "o:test-agency a schema:name ."),
    ),
    (
        "pending term",
        "vocab.pending-term",
        W,
        "schema:Project is a pending schema.org term",
        add("intro", 'ta:program\\/x a schema:Project ; schema:name "X" .'),
    ),
    (
        "superseded term",
        "vocab.superseded-term",
        W,
        "schema:Code is superseded; use schema:SoftwareSourceCode",
        add("intro", "ta:thing\\/code a schema:Code ."),
    ),
    (
        "domain",
        "vocab.domain",
        W,
        "schema:foundingDate is not expected on <org/test-agency/address/hq>, a schema:PostalAddress",
        add("headquarters-address", 'ta:address\\/hq schema:foundingDate "1950"^^xsd:gYear .'),
    ),
    (
        "range literal",
        "vocab.range",
        W,
        "schema:founder expects schema:Organization or schema:Person, got the literal 'Jane'",
        add("legislation", 'o:test-agency schema:founder "Jane" .'),
    ),
    (
        "range IRI for text",
        "vocab.range",
        W,
        "schema:streetAddress expects schema:Text, got the IRI",
        add("headquarters-address", "ta:address\\/hq schema:streetAddress <https://example.org/street> ."),
    ),
    (
        "range wrong class",
        "vocab.range",
        W,
        "schema:publisher expects schema:Organization or schema:Person, got <org/test-agency/address/hq>",
        swap(
            "references",
            "src:web\\/example-org-about schema:publisher o:test-agency .",
            "src:web\\/example-org-about schema:publisher ta:address\\/hq .",
        ),
    ),
    (
        "ill-typed gYear",
        "vocab.ill-typed-literal",
        V,
        "'20x1' is not a valid xsd:gYear",
        swap(
            "legislation",
            'o:test-agency schema:foundingDate "1950-05-10"^^xsd:date .',
            'o:test-agency schema:foundingDate "20x1"^^xsd:gYear .',
        ),
    ),
    (
        "impossible date",
        "vocab.ill-typed-literal",
        V,
        "'2011-02-30' is not a valid xsd:date",
        swap(
            "legislation",
            'o:test-agency schema:foundingDate "1950-05-10"^^xsd:date .',
            'o:test-agency schema:foundingDate "2011-02-30"^^xsd:date .',
        ),
    ),
    (
        "graph without provenance",
        "provenance.missing",
        V,
        "has no provenance",
        add("orphan", 'o:test-agency schema:alternateName "T.A." .'),
    ),
    (
        "country code",
        "address.country-code",
        V,
        "'UK' is not an ISO 3166-1 alpha-2 country (the United Kingdom is 'GB')",
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:addressCountry "US" .',
            'ta:address\\/hq schema:addressCountry "UK" .',
        ),
    ),
    (
        "currency code",
        "value.currency-code",
        V,
        "currency 'ABC' is not an ISO 4217 currency code",
        swap(
            "last-total-enacted-budget",
            'ta:budget\\/fy-2024 schema:currency "USD" .',
            'ta:budget\\/fy-2024 schema:currency "ABC" .',
        ),
    ),
    (
        "duplicate web pages",
        "quality.duplicate-reference",
        INFO,
        "same URL and title",
        add(
            "references",
            'src:web\\/copy a schema:WebPage ; schema:name "About the Test Agency" ; '
            "schema:url <https://www.example.org/about> .",
        ),
    ),
    (
        "uncited field",
        "quality.uncited-field",
        INFO,
        "field 'Mission' cites no reference",
        drop(None, "g:mission prov:hadPrimarySource src:web\\/example-org-about ."),
    ),
    (
        "hq of another org",
        "quality.hq-address",
        W,
        "'1400 Independence Ave SW, Springfield, IL 20250' is the headquarters of the United States "
        "Department of Agriculture, not of 'Test Agency'",
        both(
            swap(
                "headquarters-address",
                'ta:address\\/hq schema:streetAddress "1 Test Plaza" .',
                'ta:address\\/hq schema:streetAddress "1400 Independence Ave SW" .',
            ),
            swap(
                "headquarters-address",
                'ta:address\\/hq schema:postalCode "62701" .',
                'ta:address\\/hq schema:postalCode "20250" .',
            ),
        ),
    ),
    (
        "unsourced organization",
        "quality.unsourced-organization",
        W,
        "'Test Agency' cites no source in any field",
        lambda d: d.default_graph.remove((None, PROV.hadPrimarySource, None)),
    ),
    (
        "unresolved acronym",
        "quality.unresolved-acronym",
        W,
        "named only by the acronym 'AMNPO'",
        add(
            "partners",
            "o:test-agency schema:member o:amnpo ; org:hasMember o:amnpo . "
            'o:amnpo a schema:Organization, org:Organization ; schema:name "AMNPO" .',
        ),
    ),
]
CHECKS += PLAUSIBILITY_CASES  # orgkg.plausibility: tests/test_plausibility.py


@pytest.mark.parametrize(("name", "code", "severity", "fragment", "mutation"), CHECKS, ids=[c[0] for c in CHECKS])
def test_python_check_fires(name, code, severity, fragment, mutation):
    report = run(mutation)
    findings = only(report, code)
    assert any(fragment in f.message for f in findings), [f.message for f in findings]
    assert {f.severity for f in findings} == {severity}


def test_every_python_check_has_a_case():
    covered = {case[1] for case in CHECKS} | {"quality.future-access-date"}
    assert set(PYTHON_CHECKS) - covered == set()


def test_future_access_date():
    report = run(today=date(2025, 1, 1))
    [finding] = only(report, "quality.future-access-date")
    assert finding.severity is W
    assert finding.message == "access date '2025-02-08' is after today (2025-01-01): check the reference"
    assert (finding.file, finding.field) == (SOURCE, "References")


def test_own_headquarters_is_not_flagged():
    mutation = both(
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:streetAddress "1 Test Plaza" .',
            'ta:address\\/hq schema:streetAddress "1400 Independence Avenue Southwest" .',
        ),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            'ta:address\\/hq schema:postalCode "20250-0001" .',
        ),
    )
    assert only(run(mutation), "quality.hq-address")  # abbreviations and ZIP+4 still match
    renamed = both(mutation, add("intro", 'o:test-agency schema:alternateName "U.S. Department of Agriculture" .'))
    assert not [f for f in run(renamed).findings if f.code == "quality.hq-address"]


def test_unknown_term_is_located_through_provenance():
    report = run(add("mission", 'o:test-agency schema:mission "To be validated."@en .'))
    [finding] = only(report, "vocab.unknown-term")
    assert (finding.file, finding.line, finding.field) == (SOURCE, 5, "Mission")
    assert (finding.focus, finding.path) == ("<org/test-agency>", "schema:mission")


def test_uncited_field_points_at_its_heading():
    report = run(drop(None, "g:mission prov:hadPrimarySource src:web\\/example-org-about ."))
    [finding] = only(report, "quality.uncited-field")
    assert (finding.file, finding.line, finding.field) == (SOURCE, 4, "Mission")


def test_data_without_provenance_has_focus_and_path_only():
    graph = Graph()
    for s, p, o, _ in minimal().quads((None, None, None, None)):
        graph.add((s, p, o))
    graph.remove((None, SDO_POSTAL_CODE, None))
    graph += snippet('ta:address\\/hq schema:postalCode "2025" .')
    dataset = Dataset()
    for triple in graph:
        dataset.default_graph.add(triple)
    report = validate_dataset(dataset, today=TODAY)
    [finding] = [f for f in report.findings if f.shape == "orgkgsh:USAddress-postalCode"]
    assert (finding.file, finding.line) == (None, None)
    assert (finding.focus, finding.path) == ("<org/test-agency/address/hq>", "schema:postalCode")


def test_diagnostics_become_findings_with_the_given_path():
    diagnostic = Diagnostic(
        W,
        "parse.unknown-heading",
        "unknown heading 'Website' kept as a field",
        file="minimal.txt",
        line=24,
        field="Website",
    )
    report = run(diagnostics=[diagnostic])
    [finding] = report.findings
    assert (finding.code, finding.file, finding.line, finding.field) == ("parse.unknown-heading", SOURCE, 24, "Website")
    assert report.fails(W) and not report.fails(V) and report.conforms


def test_gate_and_counts():
    report = run(add("mission", 'o:test-agency schema:mission "x"@en .'))
    assert report.counts[V] == 1 and not report.conforms
    assert report.fails(V) and report.fails(W) and report.fails(INFO)
    assert run().counts == {V: 0, W: 0, INFO: 0}


def test_findings_are_sorted_and_deterministic():
    mutation = both(
        add("mission", 'o:test-agency schema:mission "x"@en .'),
        swap(
            "headquarters-address",
            'ta:address\\/hq schema:postalCode "62701" .',
            'ta:address\\/hq schema:postalCode "2025" .',
        ),
        drop(None, "g:mission prov:hadPrimarySource src:web\\/example-org-about ."),
    )
    first, second = run(mutation), run(mutation)
    assert first.findings == second.findings
    assert list(first.findings) == sorted(first.findings, key=lambda f: f.sort_key())
    assert first.shacl_graph.serialize(format="turtle") == second.shacl_graph.serialize(format="turtle")


def test_extra_and_replacement_shapes(tmp_path):
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <https://schema.org/> .\n"
        "<urn:x:NeedsFax> a sh:NodeShape ; sh:targetClass schema:Organization ;\n"
        "  sh:property [ sh:path schema:faxNumber ; sh:minCount 1 ; sh:severity sh:Info ] .\n",
        encoding="utf-8",
    )
    report = run(shapes=[extra])
    assert {f.code for f in report.findings} == {"shacl.MinCount"}
    assert {f.severity for f in report.findings} == {INFO}
    replaced = run(
        add("headquarters-address", 'ta:address\\/hq schema:postalCode "1" .'), shapes=[extra], replace_shapes=True
    )
    assert not [f for f in replaced.findings if f.shape and f.shape.startswith("orgkgsh:")]


def test_service_in_user_shapes_is_refused(tmp_path):
    from orgkg.errors import InputError

    evil = tmp_path / "evil.ttl"
    evil.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        '<urn:x:S> a sh:NodeShape ; sh:targetNode <urn:x:a> ; sh:sparql [ sh:select """\n'
        'SELECT $this WHERE { SERVICE <http://example.org/sparql> { $this ?p ?o } }""" ] .\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="SERVICE"):
        run(shapes=[evil])


# ---------------------------------------------------------------------------------------
# The seed (built by the pipeline) and the CLI


@pytest.fixture(scope="module")
def seed_report():
    import orgkg

    result = orgkg.build([SEED], validate=False)
    return validate_dataset(
        result.dataset, diagnostics=result.diagnostics, sources=result.sources, profiles=result.profiles, today=TODAY
    )


def test_seed_conforms_with_the_address_warning(seed_report):
    assert seed_report.conforms and not seed_report.fails(V) and seed_report.fails(W)
    [hq] = [f for f in seed_report.findings if f.code == "quality.hq-address"]
    assert hq.severity is W
    assert "United States Department of Agriculture" in hq.message
    assert hq.file.endswith("advanced-manufacturing-partnership.txt") and hq.line == 43
    assert hq.field == "Headquarters address"
    duplicates = [f for f in seed_report.findings if f.code == "quality.duplicate-reference"]
    assert [f.line for f in duplicates] == [49, 50]


def cli(*args: str, cwd: Path | None = None):
    from orgkg.cli import main

    return CliRunner().invoke(main, ["validate", *args], catch_exceptions=False)


def test_cli_seed_passes_at_violation_and_fails_at_warning():
    ok = cli(str(SEED))
    assert ok.exit_code == 0, ok.output
    assert "quality.hq-address" in ok.output and "\x1b[" not in ok.output  # no colour off a TTY
    strict = cli(str(SEED), "--fail-on", "warning")
    assert strict.exit_code == 1


def test_cli_data_file_with_a_violation(tmp_path):
    broken = tmp_path / "broken.trig"
    broken.write_text(MINIMAL.read_text(encoding="utf-8").replace('"62701"', '"2025"'), encoding="utf-8")
    result = cli("--data", str(broken), "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    [finding] = [f for f in document["findings"] if f["shape"] == "orgkgsh:USAddress-postalCode"]
    assert finding["message"] == "postal code '2025' is not a US ZIP code (12345 or 12345-6789)"
    assert (finding["file"], finding["line"]) == ("minimal.txt", 21)


def test_cli_plain_turtle_data_passes(tmp_path):
    graph = Graph()
    for s, p, o, _ in minimal().quads((None, None, None, None)):
        graph.add((s, p, o))
    data = tmp_path / "graph.ttl"
    data.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    result = cli("--data", str(data))
    assert result.exit_code == 0, result.output


def test_cli_output_file_and_summary(tmp_path):
    out = tmp_path / "report.sarif"
    result = cli(str(SEED), "--format", "sarif", "--output", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "0 violations" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ("--fail-on", "severe"),
        ("--format", "xml"),
        ("--no-such-option",),
        ("--replace-shapes", "--data", "x.ttl"),
    ],
)
def test_cli_usage_errors_exit_2(args):
    assert cli(*args).exit_code == 2


def test_cli_bad_base_exits_2():
    assert cli(str(SEED), "--base", "not an iri").exit_code == 2


@pytest.mark.parametrize(
    "name,content",
    [
        ("missing.ttl", None),
        ("broken.ttl", "@prefix : <urn:x:> .\n:a :b .\n:c :d\n"),
        ("broken.jsonld", "{ not json"),
        ("remote.jsonld", '{"@context": "https://schema.org/", "name": "x"}'),
    ],
)
def test_cli_unusable_data_exits_3(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = cli("--data", str(path))
    assert result.exit_code == 3, result.output
    assert str(path) in result.stderr


def test_cli_missing_profile_and_shapes_exit_3(tmp_path):
    assert cli(str(tmp_path / "nope.txt")).exit_code == 3
    assert cli(str(SEED), "--shapes", str(tmp_path / "nope.ttl")).exit_code == 3


def test_unusable_shapes_are_an_input_error(tmp_path):
    from orgkg.errors import InputError

    bad = tmp_path / "values.ttl"
    bad.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        '<urn:x:S> a sh:NodeShape ; sh:targetNode <urn:x:a> ; sh:sparql [ sh:select """\n'
        'SELECT $this WHERE { VALUES ?x { 1 } $this ?p ?x }""" ] .\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="shapes cannot be used"):
        run(shapes=[bad])
    assert cli(str(SEED), "--shapes", str(bad)).exit_code == 3


# --- the SHACL engine: compiled SPARQL by default, pyshacl on request ---------------------------


def test_cli_and_validation_name_the_same_engines():
    from orgkg import cli_validate, validation

    assert cli_validate.ENGINES == validation.ENGINES and validation.ENGINES[0] == "sparql"


def test_an_unknown_engine_is_a_usage_error():
    from orgkg.errors import UsageError

    with pytest.raises(UsageError, match="unknown validation engine 'jena'"):
        validate_dataset(minimal(), engine="jena")


def test_both_engines_give_the_same_report():
    """Several shapes firing at once (a violation, a warning, a SPARQL constraint): the
    reports of the two engines are the same, row for row."""
    from test_shapes import CASES

    dataset = minimal()
    add("legislation", "o:test-agency schema:founder o:test-agency .")(dataset)
    mutations = {case[0]: case[4] for case in CASES}
    mutations["USAddress-postalCode"](dataset)
    reports = {
        engine: validate_dataset(dataset, sources={"minimal.txt": SOURCE}, today=TODAY, engine=engine)
        for engine in ("sparql", "pyshacl")
    }
    codes = {row[1] for row in reports["pyshacl"].rows()}
    assert {"shacl.SPARQL", "shacl.Pattern"} <= codes, codes
    assert reports["sparql"].rows() == reports["pyshacl"].rows()


def test_user_shapes_the_compiled_engine_cannot_evaluate_go_to_pyshacl(tmp_path):
    """A user's shape with a component the compiled engine does not compile (sh:closed):
    the whole validation runs on pyshacl, so its findings are found."""
    closed = tmp_path / "closed.ttl"
    closed.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <https://schema.org/> .\n"
        "<urn:x:Closed> a sh:NodeShape ; sh:targetClass schema:PostalAddress ; sh:closed true ;\n"
        '    sh:message "closed" .\n',
        encoding="utf-8",
    )
    report = validate_dataset(minimal(), shapes=[closed], replace_shapes=True, engine="sparql")
    assert "shacl.Closed" in {row[1] for row in report.rows()}


def test_cli_engine_option():
    default = cli(str(SEED), "--format", "json")
    record = cli(str(SEED), "--format", "json", "--engine", "pyshacl")
    assert default.exit_code == record.exit_code == 0, record.output
    assert default.stdout == record.stdout and "quality.hq-address" in record.stdout
    assert cli(str(SEED), "--engine", "jena").exit_code == 2
