"""The static site (issue 15 item 3): pages, citations, links, sitemap, hostile text, and
the pages in a real headless Chromium served from 127.0.0.1, read back with extruct."""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from click.testing import CliRunner

import orgkg
from orgkg.cli import main
from orgkg.site import render_site, write_site
from orgkg.web_jsonld import web_documents

from .conftest import SEED

PUBLISHING = Path(__file__).parent / "data" / "publishing"
SITE_URL = "https://orgs.example.org/"
HOSTILE = "org/hostile-script-script-alert-1-script-agency.html"


@pytest.fixture(scope="module")
def result():
    return orgkg.build([SEED, PUBLISHING], validate=False)


@pytest.fixture(scope="module")
def site(result, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    write_site(result, out, site_url=SITE_URL)
    return out


class _Page(HTMLParser):
    """Links, element ids, script elements and text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[str] = []
        self._script: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if "id" in attributes:
            self.ids.add(str(attributes["id"]))
        if tag == "a" and attributes.get("href"):
            self.links.append(str(attributes["href"]))
        if tag == "script":
            self._script, self._text = attributes, []

    def handle_data(self, data):
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._text)))
            self._script = None


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


def _html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_the_site_has_an_index_a_page_per_organization_profile_pages_and_a_sitemap(site, result):
    slugs = [slug for slug, _ in result.organizations()]
    expected = {"index.html", "sitemap.xml"} | {f"org/{s}.html" for s in slugs} | {f"source/{s}.html" for s in slugs}
    assert {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()} == expected
    sitemap = (site / "sitemap.xml").read_text()
    locs = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert sorted(locs) == sorted([SITE_URL + "index.html"] + [f"{SITE_URL}org/{s}.html" for s in slugs])


def test_every_link_inside_the_site_resolves_and_every_other_link_is_a_cited_page(site, result):
    cited = {
        page["url"] for data in web_documents(result).values() for page in _as_list(json.loads(data).get("subjectOf"))
    }
    internal = 0
    for path in _html_files(site):
        page = _parse(path.read_text(encoding="utf-8"))
        for href in page.links:
            if href.startswith(("https://", "http://")):
                assert href in cited or "wikidata.org" in href, (path, href)
                continue
            target, _, fragment = href.partition("#")
            resolved = (path.parent / target).resolve() if target else path
            assert resolved.is_file() and site in resolved.parents, (path, href)
            if fragment:
                assert fragment in _parse(resolved.read_text(encoding="utf-8")).ids, (path, href)
            internal += 1
    assert internal > 50


def _as_list(value):
    return value if isinstance(value, list) else [] if value is None else [value]


def test_facts_carry_footnoted_citations_of_pages_and_profile_lines(site):
    text = (site / "org" / "northwind-standards-institute.html").read_text(encoding="utf-8")
    page = _parse(text)
    assert "Jane Q. Doe" in text and "Northwind Standards Act of 1990" in text and "Barack Obama" in text
    history = re.search(r"<li id=\"cite-(\d+)\">History: (.*?)</li>", text)
    assert history is not None
    assert 'href="../source/northwind-standards-institute.html#L25"' in history.group(2)
    assert "lines 25–26" in history.group(2)
    assert 'href="https://nsi.example.org/history"' in history.group(2)
    assert f'href="#cite-{history.group(1)}"' in text
    # links between organizations: a unit and a parent that have pages of their own
    assert "../org/northwind-metrology-laboratory.html" in page.links
    lab = _parse((site / "org" / "northwind-metrology-laboratory.html").read_text(encoding="utf-8"))
    assert "../org/northwind-standards-institute.html" in lab.links


def test_hostile_profile_text_stays_text(site, result):
    text = (site / HOSTILE).read_text(encoding="utf-8")
    page = _parse(text)
    assert len(page.scripts) == 1 and page.scripts[0][0] == {"type": "application/ld+json"}
    assert "img" not in page.tags and "b" not in page.tags
    assert text.count("<script") == 1 and text.count("</script>") == 1
    assert "<!--" not in text and "\u2028" not in text.split("</script>")[0]
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in text
    embedded = json.loads(page.scripts[0][1])
    assert embedded == json.loads(web_documents(result)["web/hostile-script-script-alert-1-script-agency.jsonld"])
    assert embedded["name"] == "Hostile </script><script>alert(1)</script> Agency"


def test_the_site_is_byte_identical_across_runs(result):
    assert render_site(result, site_url=SITE_URL) == render_site(result, site_url=SITE_URL)


def test_the_site_command_writes_the_site_and_refuses_bad_input(tmp_path):
    runner = CliRunner()
    out = tmp_path / "site"
    ok = runner.invoke(main, ["site", str(PUBLISHING), "-o", str(out), "--site-url", SITE_URL])
    assert ok.exit_code == 0, ok.output
    assert (out / "org" / "northwind-standards-institute.html").is_file()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    refused = runner.invoke(main, ["site", str(bad), "-o", str(tmp_path / "other")])
    assert refused.exit_code == 3 and "bad.txt" in refused.output
    assert not (tmp_path / "other").exists()
    usage = runner.invoke(main, ["site", str(PUBLISHING), "-o", str(tmp_path / "x"), "--site-url", "example.org"])
    assert usage.exit_code == 2 and "--site-url" in usage.output


# -- in a real browser --------------------------------------------------------------------------


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        print("chromium is not installed (apt-get install chromium): browser tests skipped")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def served(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def _dump_dom(chromium: str, url: str, profile: Path) -> str:
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--dump-dom",
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_pages_render_in_headless_chromium_links_resolve_and_extruct_reads_the_json_ld(site, served, result, tmp_path):
    import extruct

    chromium = _chromium()
    expected = {
        name.removeprefix("web/").removesuffix(".jsonld"): json.loads(data)
        for name, data in web_documents(result).items()
    }
    pages = [
        "index.html",
        *(f"org/{slug}.html" for slug in sorted(expected)),
        "source/northwind-standards-institute.html",
    ]
    checked_links = set()
    for relative in pages:
        url = served + relative
        dom = _dump_dom(chromium, url, tmp_path / "profile")
        page = _parse(dom)
        assert "h1" in page.tags, relative
        for href in page.links:
            target = urljoin(url, href)
            if urlsplit(target).netloc != urlsplit(served).netloc:
                continue
            location = target.split("#")[0]
            if location not in checked_links:
                with urllib.request.urlopen(location, timeout=10) as response:
                    assert response.status == 200 and response.headers.get_content_type() == "text/html", location
                checked_links.add(location)
        if relative.startswith("org/"):
            slug = relative.removeprefix("org/").removesuffix(".html")
            data = extruct.extract(dom, base_url=url, syntaxes=["json-ld"], uniform=False)
            assert data["json-ld"] == [expected[slug]], slug
            assert "img" not in page.tags, slug  # hostile text did not become markup
    assert len(checked_links) >= 2 * len(expected)
