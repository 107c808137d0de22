"""``orgkg site``: a static web site of PATHS (see ``orgkg.site`` and docs/publishing.md).

Nothing heavy is imported at module level, so ``orgkg --help`` stays instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from orgkg.cli_limits import limit_options
from orgkg.iri import DEFAULT_BASE

if TYPE_CHECKING:
    from orgkg.parse import Limits


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))
@click.option(
    "-o",
    "--output",
    "out_dir",
    default="site",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder to write the site into.",
)
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    metavar="IRI",
    help="Base IRI under which every node is minted. Under your own domain, the "
    "pages' JSON-LD carries the nodes' IRIs as @id (never under the default).",
)
@click.option(
    "--site-url",
    default="",
    metavar="URL",
    help="Where the site will be served (e.g. https://example.org/orgs/): makes the "
    "sitemap's URLs absolute, as search engines need.",
)
@limit_options
def site_cmd(paths: tuple[Path, ...], out_dir: Path, base: str, site_url: str, limits: Limits) -> None:
    """Build PATHS in memory and write a static web site into OUTPUT.

    index.html, org/{slug}.html per organization (its facts with citations, links between
    organizations, the web-variant JSON-LD in the page), source/{slug}.html per profile
    and sitemap.xml. No JavaScript. Nothing is written if any profile cannot be read.
    """
    from orgkg import api
    from orgkg.errors import UsageError
    from orgkg.parse import check_output_folder
    from orgkg.site import write_site

    inputs = list(paths) or [Path("seeds")]
    if site_url and not (site_url.startswith(("https://", "http://")) and site_url.endswith("/")):
        raise UsageError(f"--site-url must be an http(s) URL ending in '/': {site_url!r}")
    check_output_folder(out_dir, inputs)
    result = api.build(inputs, base=base, validate=False, limits=limits)
    files = write_site(
        result,
        out_dir,
        base=None if base == DEFAULT_BASE else base,
        site_url=site_url,
        notice=lambda message: click.echo(f"orgkg: warning: {message}", err=True),
    )
    click.echo(f"orgkg: {len(result.records)} organization page(s) → {out_dir}/ ({len(files)} files)", err=True)
