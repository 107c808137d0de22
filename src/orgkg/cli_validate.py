"""``orgkg validate``: validate profiles (built in memory) or RDF files against the shapes.

Also the pieces ``orgkg build`` reuses: ``gate_options`` (``--fail-on``, ``--format``,
``--output``) and ``emit_report``. Nothing heavy is imported at module level, so
``orgkg --help`` stays instant. Errors are ``OrgkgError``s; ``orgkg.cli.main`` maps them
to exit codes (DESIGN §8): a missing or unparsable file is 3, never 1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from orgkg.cli_limits import limit_options
from orgkg.exitcodes import ExitCode

if TYPE_CHECKING:
    from rdflib import Dataset

    from orgkg.parse import Limits
    from orgkg.report import SourceRoot
    from orgkg.validation import ValidationReport

SEVERITY_CHOICES = ("violation", "warning", "info")
REPORT_FORMATS = ("text", "json", "junit", "sarif", "github", "turtle")
F = TypeVar("F", bound=Callable[..., Any])


def gate_options(func: F | None = None, *, output: str = "--output") -> Any:
    """``--fail-on``, ``--format`` and ``--output FILE`` (named ``output`` in the callback).

    Use as ``@gate_options`` or, where ``--output`` is taken, ``@gate_options(output="--report")``.
    """

    def decorate(f: F) -> F:
        f = click.option(
            output,
            "output",
            default=None,
            metavar="FILE",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write the report to FILE (atomically); a one-line summary goes to stderr.",
        )(f)
        f = click.option(
            "--format",
            "fmt",
            type=click.Choice(REPORT_FORMATS),
            default="text",
            show_default=True,
            help="Report format: text (grouped by file), json, junit, sarif (2.1.0), github "
            "(workflow annotations) or turtle (SHACL validation report graph).",
        )(f)
        f = click.option(
            "--fail-on",
            type=click.Choice(SEVERITY_CHOICES),
            default="violation",
            show_default=True,
            help="Lowest severity that makes the command exit 1.",
        )(f)
        return f

    return decorate(func) if func is not None else decorate


# One option for `orgkg validate` and `orgkg build`, so their text reports read alike.
show_info_option = click.option(
    "-v",
    "--show-info",
    is_flag=True,
    help="List the info findings in the text report (by default one line counts them). "
    "The other formats always keep every finding.",
)


def emit_report(
    report: ValidationReport,
    fmt: str,
    output: Path | None,
    *,
    fail_on: str = "violation",
    show_info: bool = False,
    root: SourceRoot | None = None,
) -> ExitCode:
    """Write ``report`` as ``fmt`` to ``output`` (or stdout) and return the exit code the
    ``fail_on`` gate gives: ``VALIDATION_FAILED`` if any finding is at or above it."""
    from orgkg.model import Severity
    from orgkg.report import render_report, summary

    gate = Severity(fail_on)
    if output is None:
        color = fmt == "text" and sys.stdout.isatty()
        click.echo(render_report(report, fmt, color=color, fail_on=gate, show_info=show_info, root=root), nl=False)
    else:
        from orgkg.files import write_files

        text = render_report(report, fmt, color=False, fail_on=gate, show_info=show_info, root=root)
        write_files(output.parent if str(output.parent) else Path("."), {output.name: text.encode("utf-8")})
        click.echo(f"orgkg: {summary(report, gate)} ({fmt} report: {output})", err=True)
    return ExitCode.VALIDATION_FAILED if report.fails(gate) else ExitCode.OK


def load_data(paths: tuple[Path, ...], into: Dataset) -> None:
    """Parse RDF files (any format rdflib reads) into ``into``; InputError if unusable.

    Each file is read and checked by ``orgkg.rdf_files`` (regular file, no XML DTD, no
    remote JSON-LD context) and rdflib parses the checked bytes; an unknown extension is
    read as Turtle."""
    from orgkg.rdf_files import TURTLE, parse_error, read_rdf_file

    for path in paths:
        checked = read_rdf_file(path, "data file", default=TURTLE, always_read=True)
        fmt = checked.format.rdflib
        try:
            target = into if checked.format.datasets and not checked.format.json_ld else into.default_graph
            target.parse(data=checked.data, format=fmt, publicID=path.resolve().as_uri())
        except Exception as error:  # rdflib raises many types; all mean "unparsable"
            raise parse_error(error, path, f"as {fmt}") from error


# validation.ENGINES (not imported here: ``--help`` stays fast); tests/test_validate.py checks both agree.
ENGINES = ("sparql", "pyshacl")


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))  # unreadable: exit 3
@click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(path_type=Path, readable=False),
    metavar="FILE",
    help="Validate an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) as well. Repeatable.",
)
@click.option(
    "--shapes",
    "shapes",
    multiple=True,
    type=click.Path(path_type=Path, readable=False),
    metavar="FILE",
    help="Add a SHACL shapes file to the shipped shapes. Repeatable.",
)
@click.option("--replace-shapes", is_flag=True, help="Use only the --shapes files, not the shipped shapes.")
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=ENGINES[0],
    show_default=True,
    help="SHACL engine: the shapes compiled to SPARQL over pyoxigraph (same findings, faster), "
    "or pyshacl, the engine of record (docs/validation-engines.md).",
)
@click.option(
    "--base",
    default=None,
    metavar="IRI",
    help="Base IRI for profiles built in memory (default: https://w3id.org/orgkg/).",
)
@gate_options
@show_info_option
@click.option(
    "--root",
    "root",
    default=None,
    metavar="DIR",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder SARIF file paths are relative to (%SRCROOT%; default: the enclosing git "
    "work tree, else the current folder).",
)
@limit_options
def validate_cmd(
    paths: tuple[Path, ...],
    data: tuple[Path, ...],
    shapes: tuple[Path, ...],
    replace_shapes: bool,
    engine: str,
    base: str | None,
    fail_on: str,
    fmt: str,
    output: Path | None,
    show_info: bool,
    root: Path | None,
    limits: Limits,
) -> None:
    """Validate profiles in PATHS (files or folders) and/or RDF files given with --data.

    With neither, validates seeds/. Findings name the profile file, line and field that
    produced them. Exits 0 if nothing reaches the --fail-on severity, 1 if something
    does, 2 on a usage error, 3 if an input or shapes file is missing or unparsable.
    """
    from rdflib import Dataset

    from orgkg.errors import UsageError
    from orgkg.validation import validate_dataset

    if replace_shapes and not shapes:
        raise UsageError("--replace-shapes needs at least one --shapes FILE")
    if not paths and not data:
        if not Path("seeds").is_dir():
            raise UsageError("nothing to validate: give profile PATHS or --data FILE")
        paths = (Path("seeds"),)
    dataset, diagnostics, sources, profiles = Dataset(), [], {}, []
    if paths:
        from orgkg import api
        from orgkg.iri import DEFAULT_BASE, normalize_base

        result = api.build(list(paths), base=normalize_base(base or DEFAULT_BASE), validate=False, limits=limits)
        dataset, diagnostics, sources, profiles = (
            result.dataset,
            list(result.diagnostics),
            dict(result.sources),
            list(result.profiles),
        )
    elif base is not None:
        raise UsageError("--base applies to profiles built from PATHS, not to --data files")
    load_data(data, dataset)
    report = validate_dataset(
        dataset,
        diagnostics=diagnostics,
        sources=sources,
        shapes=shapes,
        replace_shapes=replace_shapes,
        profiles=profiles,
        engine=engine,
    )
    from orgkg.report import SourceRoot

    source_root = SourceRoot.discover(root, data_files=data)
    sys.exit(int(emit_report(report, fmt, output, fail_on=fail_on, show_info=show_info, root=source_root)))
