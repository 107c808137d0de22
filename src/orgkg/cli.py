"""The ``orgkg`` command: a thin click layer over ``orgkg.api``.

Heavy libraries (rdflib, pyshacl, PyLD, pyoxigraph) are imported inside the commands, so
``orgkg --help`` starts instantly. Every user-facing error is an ``OrgkgError``; ``main``
maps it to its exit code in one place and never shows a traceback for it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from orgkg.cli_limits import limit_options
from orgkg.cli_validate import show_info_option
from orgkg.errors import OrgkgError, UsageError
from orgkg.exitcodes import ExitCode
from orgkg.iri import DEFAULT_BASE

if TYPE_CHECKING:
    from orgkg.output import DatasetInfo
    from orgkg.parse import Limits

FORMAT_CHOICES = ("ttl", "nt", "trig", "nq", "jsonld")

# readable=False: an unreadable input is orgkg.parse's exit 3 (file: reason), not click's usage error 2.
paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))
base_option = click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    metavar="IRI",
    help="Base IRI under which every node is minted.",
)


def _inputs(paths: tuple[Path, ...]) -> list[Path]:
    return list(paths) or [Path("seeds")]


def _count_hint(paths: tuple[Path, ...]) -> int:
    """A cheap guess of the number of profiles (folders count as many)."""
    return sum(1 if p.is_file() else 1000 for p in _inputs(paths))


def _notice(message: str) -> None:
    click.echo(f"orgkg: {message}", err=True)


def _warning(message: str) -> None:
    click.echo(f"orgkg: warning: {message}", err=True)


class OrgkgGroup(click.Group):
    """Maps OrgkgError to the documented exit codes (DESIGN §8)."""

    def invoke(self, ctx: click.Context) -> object:
        from orgkg import netguard

        try:
            with netguard.offline():  # every command; HttpClient alone reaches a named --endpoint
                return super().invoke(ctx)
        except OrgkgError as error:
            click.echo(f"orgkg: error: {error}", err=True)
            ctx.exit(int(error.exit_code))
        except KeyboardInterrupt:
            click.echo("orgkg: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=OrgkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="orgkg")
def main() -> None:
    """Turn organization profiles into validated schema.org + W3C ORG linked data.

    Exit codes: 0 success, 1 validation failed, 2 usage error, 3 input error,
    4 remote endpoint or store error.
    """


@main.command()
@paths_argument
@click.option(
    "-o",
    "--output",
    "out_dir",
    default="build",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder to write the outputs into.",
)
@base_option
@click.option("--no-validate", is_flag=True, help="Skip SHACL and Python validation.")
@click.option(
    "--fail-on",
    type=click.Choice(["violation", "warning", "info"]),
    default="violation",
    show_default=True,
    help="Lowest severity that makes the build exit 1.",
)
@click.option(
    "--keep-going", is_flag=True, help="Build the good profiles even if some cannot be read (exit 3 after writing)."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Worker processes (default: the number of cores). Outputs do not depend on it.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Run the work on a Dask distributed cluster (tcp://HOST:8786; needs orgkg[dask]). "
    "Outputs do not depend on it.",
)
@click.option("--no-cache", is_flag=True, help="Ignore the build cache in OUTPUT/.cache and rebuild everything.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: on a terminal, for more than a few profiles).",
)
@click.option(
    "--no-wait", is_flag=True, help="If another build holds OUTPUT, exit 2 at once instead of waiting for it to finish."
)
@show_info_option
@click.option(
    "--store/--no-store",
    "index_store",
    default=False,
    show_default=True,
    help="Also index graph.nq into the embedded SPARQL store OUTPUT/store now (otherwise "
    "`orgkg query`, `load` and `serve` do it on first use, and again when graph.nq changes).",
)
@click.option(
    "--license",
    "license_iri",
    metavar="IRI",
    default=None,
    callback=lambda _c, _p, v: _absolute_iri(v),
    help="The licence of the data, named in void.ttl (e.g. https://creativecommons.org/licenses/by/4.0/).",
)
@limit_options
def build(
    paths: tuple[Path, ...],
    out_dir: Path,
    base: str,
    no_validate: bool,
    fail_on: str,
    keep_going: bool,
    jobs: int | None,
    scheduler: str | None,
    no_cache: bool,
    progress: bool | None,
    no_wait: bool,
    show_info: bool,
    index_store: bool,
    license_iri: str | None,
    limits: Limits,
) -> None:
    """Build the graph from PATHS (files or folders; default: seeds/) into OUTPUT.

    Writes graph.ttl, graph.nt, graph.trig, graph.nq, graph.jsonld, one framed JSON-LD
    document per organization under orgs/ and its web variant under web/, validation.json
    and void.ttl (the dataset's description; --license names its licence), as one set: a
    build stopped at any moment leaves the previous set whole. OUTPUT/.cache keeps what
    unchanged profiles produced, so a rebuild redoes only what changed.

    The embedded SPARQL store OUTPUT/store that `orgkg query`, `load` and `serve` read is an
    index of graph.nq: they build it on first use and rebuild it only when graph.nq has
    changed (indexing costs about 2 ms per profile). --store builds it now instead.

    One build at a time writes into OUTPUT: another waits for it (--no-wait: exits 2).
    """
    from orgkg import api
    from orgkg.model import Severity
    from orgkg.output import check_switchable
    from orgkg.parse import check_output_folder
    from orgkg.progress import ProgressBar, wanted
    from orgkg.runners import default_jobs

    check_output_folder(out_dir, _inputs(paths))  # an existing file, or inside an input folder: exit 2
    check_switchable(out_dir)  # the current folder, or holding it: exit 2 before building
    bar = ProgressBar() if wanted(progress, profiles=_count_hint(paths)) else None
    try:
        result, written = api.build_and_write(
            _inputs(paths),
            out_dir,
            base=base,
            validate=not no_validate,
            keep_going=keep_going,
            jobs=jobs or default_jobs(),
            scheduler=scheduler,
            cache=out_dir / ".cache",
            use_cache=not no_cache,
            progress=bar,
            limits=limits,
            wait=not no_wait,
            notice=_warning,
            info=_dataset_info(license_iri),
        )
    except OSError as error:  # OUTPUT or OUTPUT/.cache cannot be written (read-only, disk full): exit 2
        raise UsageError(f"cannot write to {error.filename or out_dir}: {error.strerror or error}") from None
    finally:
        if bar is not None:
            bar.close()
    if index_store:  # after the progress bar is gone: the notice is a line of its own
        from orgkg.store import ensure_store

        ensure_store(out_dir / "graph.nq", out_dir / "store", notice=_notice)
    click.echo(
        f"orgkg: {len(result.records)} profile(s), {result.triple_count} triples in "
        f"{result.graph_count} named graphs → {out_dir}/ ({len(written)} files)",
        err=True,
    )
    for skipped in result.errors:
        click.echo(f"orgkg: skipped: {skipped}", err=True)
    code = ExitCode.OK
    if result.report is not None:
        from orgkg.report import render_report

        text = render_report(result.report, "text", color=sys.stderr.isatty(), fail_on=fail_on, show_info=show_info)
        click.echo(text, err=True, nl=False)
        if result.report.fails(Severity(fail_on)):
            code = ExitCode.VALIDATION_FAILED
    if result.errors:
        code = ExitCode.INPUT_ERROR
    sys.exit(int(code))


def _absolute_iri(value: str | None) -> str | None:
    from orgkg.errors import IRIError
    from orgkg.iri import check_iri

    if value is not None:
        try:
            check_iri(value)
        except IRIError:
            raise click.BadParameter(f"wants an absolute IRI, got {value!r}") from None
    return value


def _dataset_info(license_iri: str | None) -> DatasetInfo:
    """What void.ttl says beyond the files: the licence, and a date only under SOURCE_DATE_EPOCH."""
    import os

    from orgkg.output import DatasetInfo
    from orgkg.void import source_date_epoch

    return DatasetInfo(license=license_iri, source_date_epoch=source_date_epoch(os.environ))


@main.command()
@paths_argument
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="ttl",
    show_default=True,
    help="RDF format to write to stdout.",
)
@base_option
@limit_options
def export(paths: tuple[Path, ...], fmt: str, base: str, limits: Limits) -> None:
    """Build PATHS in memory (no validation) and write the graph to stdout."""
    from orgkg import api

    result = api.build(_inputs(paths), base=base, validate=False, limits=limits)
    sys.stdout.buffer.write(api.serialize(result, fmt))


def run() -> None:
    """The ``orgkg`` command (and ``python -m orgkg``)."""
    main()


def _register_commands() -> None:
    """Commands that live in their own modules: validation, and query/load/serve."""
    from orgkg.cli_query import load_cmd, query_cmd, serve_cmd
    from orgkg.cli_site import site_cmd
    from orgkg.cli_validate import validate_cmd

    main.add_command(validate_cmd, "validate")
    main.add_command(query_cmd, "query")
    main.add_command(load_cmd, "load")
    main.add_command(serve_cmd, "serve")
    main.add_command(site_cmd, "site")


_register_commands()
