"""Query engine and load benchmark: pyoxigraph vs rdflib in-memory SPARQL, and GSP loads.

    .venv/bin/python benchmarks/bench_query.py                      # seed, 500 and 5,000 orgs
    .venv/bin/python benchmarks/bench_query.py --orgs 100 1000 --rdflib-max 1000 --load-max 100

The synthetic corpus follows docs/mapping-example.trig: per organization ~183 quads in 16
named graphs (one per profile field) plus their provenance in the default graph, so every
named query in src/orgkg/queries/ returns rows. Times are medians of --repeat runs
(single runs where an engine needs more than --slow seconds); a query that exceeds
--timeout seconds is reported as "> timeout".
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BASE = "https://w3id.org/orgkg/"
S = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
KG = "https://w3id.org/orgkg/ns#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FIELDS = [
    "Intro",
    "Mission",
    "Parent organization",
    "Legislation",
    "Partners",
    "Number of employees",
    "Organization structure",
    "Leader",
    "Divisions",
    "List of programs",
    "Last total enacted budget",
    "Funding",
    "Headquarters address",
    "History",
    "External links",
    "References",
]
CITIES = [("Washington", "DC", "US"), ("Alexandria", "VA", "US"), ("Genève", "", "CH"), ("Berlin", "", "DE")]


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if lang:
        return f"{text}@{lang}"
    return f"{text}^^<{datatype}>" if datatype else text


def synthetic_nquads(orgs: int, seed: int = 7) -> str:
    """N-Quads for ``orgs`` organizations in orgkg's shape (~95 quads each)."""
    rng = random.Random(seed)
    out: list[str] = []
    shared = [f"{BASE}org/agency-{i}" for i in range(50)]
    for i in range(orgs):
        slug = f"org-{i:06d}"
        o, src = iri(f"{BASE}org/{slug}"), iri(f"{BASE}source/{slug}")
        graph = {f: iri(f"{BASE}graph/{slug}/{f.lower().replace(' ', '-')}") for f in FIELDS}
        page = iri(f"{BASE}source/web/example-{i}")
        out.append(f"{src} <{RDF_TYPE}> <{PROV}Entity> .")
        out.append(f"{src} <{S}name> {lit(slug + '.txt')} .")
        for n, field in enumerate(FIELDS):
            g = graph[field]
            out.append(f"{g} <{RDF_TYPE}> <{PROV}Entity> .")
            out.append(f"{g} <{PROV}wasDerivedFrom> {src} .")
            out.append(f"{g} <{KG}field> {lit(field)} .")
            out.append(f"{g} <{KG}firstLine> {lit(str(2 * n + 1), XSD + 'integer')} .")
            out.append(f"{g} <{KG}lastLine> {lit(str(2 * n + 2), XSD + 'integer')} .")
            if field in ("Mission", "Partners", "History"):
                out.append(f"{g} <{PROV}hadPrimarySource> {page} .")

        def q(s: str, p: str, obj: str, field: str, graph: dict[str, str] = graph) -> None:
            out.append(f"{s} {p} {obj} {graph[field]} .")

        name = f"Organization {i}"
        q(o, f"<{RDF_TYPE}>", f"<{S}GovernmentOrganization>", "Intro")
        q(o, f"<{RDF_TYPE}>", f"<{ORG}FormalOrganization>", "Intro")
        q(o, f"<{S}name>", lit(name), "Intro")
        q(o, f"<{S}alternateName>", lit(f"O{i}"), "Intro")
        q(o, f"<{S}description>", lit(f"{name} is an organization.", lang="en"), "Intro")
        q(o, f"<{ORG}purpose>", lit(f"The mission of {name}.", lang="en"), "Mission")
        year = str(1900 + rng.randrange(125))
        q(o, f"<{S}foundingDate>", lit(year, XSD + "gYear"), "Legislation")
        q(o, f"<{S}parentOrganization>", iri(rng.choice(shared)), "Parent organization")
        for member in rng.sample(shared, 3):
            q(o, f"<{S}member>", iri(member), "Partners")
            q(o, f"<{ORG}hasMember>", iri(member), "Partners")
            q(iri(member), f"<{S}name>", lit(member.rsplit("/", 1)[1]), "Partners")
        for k in range(2):
            concept = iri(f"{BASE}concept/partner-category/c{(i + k) % 40}")
            q(o, f"<{KG}partnerCategory>", concept, "Partners")
            q(concept, f"<{SKOS}prefLabel>", lit(f"category {(i + k) % 40}", lang="en"), "Partners")
        qv = iri(f"{BASE}org/{slug}/quantity/number-of-employees")
        q(o, f"<{S}numberOfEmployees>", qv, "Number of employees")
        q(qv, f"<{S}value>", lit(str(rng.randrange(10, 50000)), XSD + "integer"), "Number of employees")
        unit = iri(f"{BASE}org/{slug}/unit/board")
        q(unit, f"<{RDF_TYPE}>", f"<{ORG}OrganizationalUnit>", "Organization structure")
        q(unit, f"<{ORG}subOrganizationOf>", o, "Organization structure")
        post, role = iri(f"{BASE}org/{slug}/post/director"), iri(f"{BASE}concept/role/director")
        q(post, f"<{RDF_TYPE}>", f"<{ORG}Post>", "Leader")
        q(post, f"<{ORG}postIn>", o, "Leader")
        q(post, f"<{S}name>", lit("Director"), "Leader")
        q(post, f"<{ORG}role>", role, "Leader")
        person = iri(f"{BASE}person/p{i}")
        q(post, f"<{ORG}heldBy>", person, "Leader")
        q(person, f"<{S}name>", lit(f"Person {i}"), "Leader")
        for k in range(3):
            division = iri(f"{BASE}org/{slug}/unit/d{k}")
            q(division, f"<{RDF_TYPE}>", f"<{ORG}OrganizationalUnit>", "Divisions")
            q(division, f"<{ORG}subOrganizationOf>", o, "Divisions")
            q(division, f"<{S}name>", lit(f"Division {k}"), "Divisions")
        for k in range(2):
            program = iri(f"{BASE}org/{slug}/program/p{k}")
            q(o, f"<{KG}program>", program, "List of programs")
            q(program, f"<{RDF_TYPE}>", f"<{S}Project>", "List of programs")
            q(program, f"<{S}name>", lit(f"Program {k}"), "List of programs")
        money = iri(f"{BASE}org/{slug}/budget/fy-2024")
        q(o, f"<{KG}enactedBudget>", money, "Last total enacted budget")
        amount = lit(str(rng.randrange(10**6, 10**10)), XSD + "decimal")
        q(money, f"<{S}value>", amount, "Last total enacted budget")
        q(money, f"<{S}currency>", lit("USD"), "Last total enacted budget")
        address = iri(f"{BASE}org/{slug}/address/hq")
        city, region, country = rng.choice(CITIES)
        q(o, f"<{S}address>", address, "Headquarters address")
        q(address, f"<{S}addressLocality>", lit(city), "Headquarters address")
        if region:
            q(address, f"<{S}addressRegion>", lit(region), "Headquarters address")
        q(address, f"<{S}addressCountry>", lit(country), "Headquarters address")
        for field in FIELDS[1:]:
            statement = iri(f"{BASE}org/{slug}/field/{field.lower().replace(' ', '-')}")
            status = {"Funding": "notPubliclySpecified", "External links": "empty"}.get(field, "stated")
            q(o, f"<{KG}fieldStatement>", statement, field)
            q(statement, f"<{KG}field>", lit(field), field)
            q(statement, f"<{KG}fieldStatus>", f"<{KG}{status}>", field)
        q(page, f"<{S}url>", iri(f"https://example.org/{slug}"), "References")
    return "\n".join(out) + "\n"


SIMPLE = {
    "one org's triples": "SELECT ?org ?g ?p ?o WHERE { GRAPH ?g { ?org ?p ?o } }",
    "triples per graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
}


def query_plan(orgs: int) -> list[tuple[str, str, dict[str, str]]]:
    """(title, named query or SPARQL text, parameters)."""
    pick = min(42, orgs - 1)
    one = f"o:org-{pick:06d}" if orgs > 1 else "o:advanced-manufacturing-partnership"
    return [
        ("org-summary", "org-summary", {}),
        ("partners", "partners", {}),
        ("programs", "programs", {}),
        ("leadership", "leadership", {}),
        ("field-statuses (one org)", "field-statuses", {"org": one}),
        ("sources-of-fact (one org)", "sources-of-fact", {"subject": one}),
        ("find-by-name", "find-by-name", {"name": f"Person {pick}" if orgs > 1 else "NIST"}),
        ("graphs", "graphs", {}),
        ("org-summary (one org)", "org-summary", {"org": one}),
        ("partners (one org)", "partners", {"org": one}),
        ("one org's triples", SIMPLE["one org's triples"], {"org:iri": one}),
        ("triples per graph", SIMPLE["triples per graph"], {}),
    ]


class Timeout(Exception):
    pass


def timed(fn: Callable[[], Any], repeat: int, slow: float, timeout: float) -> tuple[float | None, Any]:
    """Median seconds of ``repeat`` runs (one run if the first exceeds ``slow``)."""

    def alarm(signum: int, frame: Any) -> None:
        raise Timeout

    times, result = [], None
    for _ in range(repeat):
        signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        start = time.perf_counter()
        try:
            result = fn()
        except Timeout:
            return None, None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - start)
        if times[-1] > slow:
            break
    return statistics.median(times), result


def run_size(
    label: str, nquads: str, orgs: int, args: argparse.Namespace, rows: list[dict[str, Any]], timed_out: set[str]
) -> None:
    import pyoxigraph as ox

    from orgkg import sparql as q
    from orgkg import store as stores

    quads = nquads.count("\n")
    print(f"\n## {label}: {quads:,} quads", flush=True)
    gc.collect()
    t0 = time.perf_counter()
    memory = ox.Store()
    memory.bulk_load(nquads.encode(), format=ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix="bench-store-"))
    try:
        t0 = time.perf_counter()
        stores.persist(memory, tmp / "store")
        persist_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        disk = stores.open_store(tmp / "store")
        open_seconds = time.perf_counter() - t0
        rows.append(
            {
                "size": label,
                "quads": quads,
                "what": "load",
                "pyoxigraph": ox_load,
                "persist to disk": persist_seconds,
                "open store": open_seconds,
            }
        )
        print(
            f"pyoxigraph: parse+load {ox_load:.2f} s, persist {persist_seconds:.2f} s, "
            f"open {open_seconds * 1000:.1f} ms"
        )

        dataset = None
        if orgs <= args.rdflib_max:
            from rdflib import Dataset

            gc.collect()
            t0 = time.perf_counter()
            dataset = Dataset()
            dataset.parse(data=nquads, format="nquads")
            rdflib_load = time.perf_counter() - t0
            rows[-1]["rdflib"] = rdflib_load
            print(f"rdflib: parse {rdflib_load:.2f} s")
        for title, name, params in query_plan(orgs):
            _, text, info, bindings = q.prepare(name, params)
            ox_time, ox_result = timed(
                lambda text=text, info=info, bindings=bindings: q.run_local(disk, text, info, bindings),
                args.repeat,
                args.slow,
                args.timeout,
            )
            record = {"size": label, "quads": quads, "what": title, "rows": len(ox_result or []), "pyoxigraph": ox_time}
            if dataset is not None and title not in timed_out:
                record["rdflib"] = rdflib_time(dataset, text, bindings, args)
                if record["rdflib"] is None:
                    timed_out.add(title)
            elif dataset is not None:
                record["rdflib"] = None
            rows.append(record)
            rd = f"  rdflib {fmt_ms(record['rdflib'], args.rdflib_timeout)}" if "rdflib" in record else ""
            print(f"  {title:<26} rows {record['rows']:>7}  pyoxigraph {fmt_ms(ox_time, args.timeout)}{rd}", flush=True)
        del dataset
        gc.collect()
        if orgs <= args.load_max:
            bench_load(label, tmp / "store", quads, rows)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def rdflib_time(dataset: Any, text: str, bindings: dict[str, Any], args: argparse.Namespace) -> float | None:
    from orgkg.sparql import DEFAULT_PREFIXES, to_rdflib

    init = {k: to_rdflib(v) for k, v in bindings.items()}
    prefixed = "".join(f"PREFIX {p}: <{n}>\n" for p, n in DEFAULT_PREFIXES.items()) + text
    seconds, _ = timed(
        lambda: len(list(dataset.query(prefixed, initBindings=init))), args.repeat, args.slow, args.rdflib_timeout
    )
    return seconds


def bench_load(label: str, store_dir: Path, quads: int, rows: list[dict[str, Any]]) -> None:
    from orgkg.loader import load

    sys.path.insert(0, str(ROOT))  # the checkout, for devkit
    from devkit.oxigraph_server import OxigraphServer

    tmp = Path(tempfile.mkdtemp(prefix="bench-oxigraph-"))
    server = OxigraphServer(tmp / "data")
    try:
        server.start()
        first = load(store_dir, server.store_url)
        second = load(store_dir, server.store_url)
        merged = load(store_dir, server.store_url, replace=False)
        for what, report in (
            ("GSP load (first, PUT)", first),
            ("GSP load (again, PUT)", second),
            ("GSP load (merge, POST)", merged),
        ):
            rows.append(
                {
                    "size": label,
                    "quads": quads,
                    "what": what,
                    "graphs": len(report.graphs),
                    "seconds": report.seconds,
                    "ok": report.ok,
                }
            )
            print(f"  {what:<24} {len(report.graphs)} graphs in {report.seconds:.2f} s, ok={report.ok}")
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def fmt_ms(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if seconds is None else f"{seconds * 1000:9.1f} ms"


def seed_nquads() -> str | None:
    try:
        import orgkg

        result = orgkg.build([ROOT / "seeds"], validate=False)
    except Exception as error:  # the build is another module's; fall back to the fixture
        print(f"(seed build unavailable: {error}; using tests/data/query/seed.trig)")
        import pyoxigraph as ox

        store = ox.Store()
        store.load(path=str(ROOT / "tests/data/query/seed.trig"))
        return ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode()
    import pyoxigraph as ox

    from orgkg.store import load_into

    store = ox.Store()
    load_into(store, result.dataset)
    return ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orgs", type=int, nargs="*", default=[500, 5000])
    parser.add_argument("--rdflib-max", type=int, default=10000, help="largest corpus to run rdflib on")
    parser.add_argument(
        "--rdflib-timeout",
        type=float,
        default=60.0,
        help="give up an rdflib query after this long (and skip it on larger corpora)",
    )
    parser.add_argument("--load-max", type=int, default=5000, help="largest corpus to load over GSP")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--slow", type=float, default=2.0)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    args = parser.parse_args()

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # run the finally blocks: stop the Oxigraph server, remove temp dirs

    signal.signal(signal.SIGTERM, stop)
    import pyoxigraph
    import rdflib

    print(
        f"Python {sys.version.split()[0]}, pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}, "
        f"{os.cpu_count()} CPUs"
    )
    rows: list[dict[str, Any]] = []
    seed = seed_nquads()
    timed_out: set[str] = set()  # rdflib queries that hit the timeout are not retried on bigger corpora
    if seed:
        run_size("seed", seed, 1, args, rows, timed_out)
    for orgs in args.orgs:
        run_size(f"{orgs:,} orgs", synthetic_nquads(orgs), orgs, args, rows, timed_out)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
