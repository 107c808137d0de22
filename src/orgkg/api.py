"""The Python API: the product. The CLI is a thin layer over these functions.

    >>> import orgkg
    >>> result = orgkg.build(["seeds"])            # parse → extract → resolve → map → validate
    >>> result.report.fails(orgkg.Severity.VIOLATION)
    False
    >>> ttl = orgkg.serialize(result, "ttl")      # bytes
    >>> orgkg.write(result, "build")              # every format + one JSON-LD per organization
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from orgkg.errors import InputError
from orgkg.iri import DEFAULT_BASE, Minter
from orgkg.model import Diagnostic, Profile, ProfileFacts, Severity

if TYPE_CHECKING:
    from rdflib import Dataset, URIRef

    from orgkg.parse import Limits
    from orgkg.validate import ValidationReport

DEFAULT_INPUT = "seeds"


@dataclass
class BuildResult:
    """A built knowledge graph and what was learnt on the way."""

    dataset: Dataset
    profiles: list[Profile]
    facts: list[ProfileFacts]
    diagnostics: list[Diagnostic]
    base: str
    report: ValidationReport | None = None
    errors: list[InputError] = field(default_factory=list)  # profiles skipped by keep_going

    @property
    def sources(self) -> dict[str, str]:
        """Source file name (as recorded in provenance) → the path the user gave."""
        return {PurePath(p.source).name: p.source for p in self.profiles}

    @property
    def triple_count(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    @property
    def graph_count(self) -> int:
        return sum(1 for g in self.dataset.graphs() if g.identifier != self.dataset.default_graph.identifier)

    def organizations(self) -> list[tuple[str, URIRef]]:
        """(slug, IRI) of every organization a profile of this build describes, sorted."""
        from orgkg.resolve import resolve

        resolution = resolve(self.facts)
        minter = Minter(self.base)
        slugs = sorted({resolution.profile_entity(f.profile.doc).slug for f in self.facts})
        return [(slug, minter.org(slug)) for slug in slugs]


def read_profiles(
    paths: Iterable[str | Path], *, limits: Limits | None = None, keep_going: bool = False
) -> tuple[list[Profile], list[InputError]]:
    """Find and parse every profile under ``paths``. Raises the first InputError unless
    ``keep_going``, in which case bad files are returned beside the good profiles."""
    from orgkg.parse import DEFAULT_LIMITS, discover, read_profile

    profiles: list[Profile] = []
    errors: list[InputError] = []
    for path in discover(paths):
        try:
            profiles.append(read_profile(path, limits or DEFAULT_LIMITS))
        except InputError as error:
            if not keep_going:
                raise
            errors.append(error)
    _check_unique_docs(profiles)
    return profiles, errors


def _check_unique_docs(profiles: Sequence[Profile]) -> None:
    seen: dict[str, str] = {}
    for profile in profiles:
        if profile.doc in seen:
            raise InputError(
                f"two profiles would share the source name '{profile.doc}' "
                f"({seen[profile.doc]} and {profile.source}); rename one",
                profile.source,
            )
        seen[profile.doc] = profile.source


def build_profiles(
    profiles: Sequence[Profile], *, base: str = DEFAULT_BASE, validate: bool = True
) -> BuildResult:
    """extract → resolve → map (→ validate) for already parsed profiles. No I/O."""
    from orgkg.extract import extract
    from orgkg.map import map_corpus
    from orgkg.resolve import resolve

    minter = Minter(base)
    facts = [extract(profile) for profile in profiles]
    resolution = resolve(facts)
    _check_unique_orgs(facts, resolution)
    dataset = map_corpus(facts, resolution, minter)
    diagnostics = [d for f in facts for d in f.diagnostics]
    result = BuildResult(dataset, list(profiles), facts, diagnostics, minter.base)
    if validate:
        result.report = validate_result(result)
    return result


def _check_unique_orgs(facts: Sequence[ProfileFacts], resolution: object) -> None:
    seen: dict[str, str] = {}
    for profile_facts in facts:
        slug = resolution.profile_entity(profile_facts.profile.doc).slug  # type: ignore[attr-defined]
        source = profile_facts.profile.source
        if slug in seen:
            raise InputError(
                f"describes the same organization as {seen[slug]} ('{profile_facts.identity.name}'); "
                "merge the two profiles or give them distinct titles",
                source,
                profile_facts.profile.title_line,
            )
        seen[slug] = source


def build(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    *,
    base: str = DEFAULT_BASE,
    validate: bool = True,
    keep_going: bool = False,
    limits: Limits | None = None,
) -> BuildResult:
    """Read every profile under ``paths`` and build one validated Dataset from them."""
    profiles, errors = read_profiles(paths, limits=limits, keep_going=keep_going)
    result = build_profiles(profiles, base=base, validate=validate)
    result.errors = errors
    return result


def validate_result(result: BuildResult, **options: object) -> ValidationReport:
    from orgkg.validate import validate_dataset

    return validate_dataset(
        result.dataset, diagnostics=result.diagnostics, sources=result.sources, **options
    )


def validate(source: BuildResult | Dataset, **options: object) -> ValidationReport:
    """SHACL + Python checks over a build result or any rdflib Dataset."""
    if isinstance(source, BuildResult):
        return validate_result(source, **options)
    from orgkg.validate import validate_dataset

    return validate_dataset(source, **options)


def serialize(source: BuildResult | Dataset, fmt: str = "ttl") -> bytes:
    """The graph as bytes: ``ttl``, ``nt``, ``trig``, ``nq`` or ``jsonld``."""
    from orgkg.serialization import serialize_dataset

    dataset = source.dataset if isinstance(source, BuildResult) else source
    return serialize_dataset(dataset, fmt)


def output_files(result: BuildResult) -> dict[str, bytes]:
    """Every file ``orgkg build`` writes, as relative path → bytes."""
    from orgkg.serialization import FILE_NAMES, frame_organization, serialize_dataset

    files = {name: serialize_dataset(result.dataset, fmt) for fmt, name in FILE_NAMES.items()}
    minter = Minter(result.base)
    graphs_by_org: dict[str, list[URIRef]] = {}
    for graph in result.dataset.graphs():
        prefix = minter.base + "graph/"
        identifier = str(graph.identifier)
        if identifier.startswith(prefix):
            graphs_by_org.setdefault(identifier[len(prefix) :].split("/")[0], []).append(graph.identifier)
    for slug, org in result.organizations():
        graphs = sorted(graphs_by_org.get(slug, []))
        files[f"orgs/{slug}.jsonld"] = frame_organization(result.dataset, org, graphs)
    if result.report is not None:
        from orgkg.report import render_report

        files["validation.json"] = render_report(result.report, "json").encode("utf-8")
    return files


def write(result: BuildResult, out_dir: str | Path = "build") -> list[Path]:
    """Write every output atomically into ``out_dir``; stale organization files are removed."""
    from orgkg.serialization import write_files

    out = Path(out_dir)
    files = output_files(result)
    stale = []
    if (out / "orgs").is_dir():
        stale = [f"orgs/{p.name}" for p in (out / "orgs").glob("*.jsonld") if f"orgs/{p.name}" not in files]
    write_files(out, files, remove=stale)
    return [out / name for name in sorted(files)]


__all__ = [
    "BuildResult",
    "Severity",
    "build",
    "build_profiles",
    "read_profiles",
    "serialize",
    "validate",
    "write",
]
