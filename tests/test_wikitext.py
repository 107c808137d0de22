"""Wikitext pasted from an edit view is read as the page shows it (orgkg.wikitext, parse.py).
Own strings."""

from __future__ import annotations

import time

import pytest

from orgkg.extract import extract
from orgkg.model import Founding, Member, Post, ProfileFacts, Unit
from orgkg.parse import parse_profile
from orgkg.wikitext import rendered

SEPARATORS = "| ||||||||||||||||||||||\n" * 4 + "|\n"


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        (
            "the [[Ministry of Finance (Ruritania)|Ministry of Finance]] and [[Treasury]]",
            "the Ministry of Finance and Treasury",
        ),
        ("'''Delta Institute''' (''DI'')", "Delta Institute (DI)"),
        ("[[File:logo.png|thumb|Logo]] Delta", "Delta"),
        ("founded on {{start date|1938|6|7|df=y}}", "founded on 7 June 1938"),
        ("{{start date and age|1961|8}}", "August 1961"),
        ("{{end date|1999}}", "1999"),
        ("{{ubl|[[Alpha Corp|Alpha]] <small>(since 2001)</small>|Beta Ltd}}", "Alpha (since 2001); Beta Ltd"),
        ("{{circa|1890}}", "c. 1890"),
        ("{{US$|2.1 billion}} {{increase}}", "US$2.1 billion"),
        ("about 4,000 ({{as of|2023|lc=y}})<ref name=ar/>", "about 4,000 (as of 2023)"),
        ("Text.<ref>{{cite web |url=https://x.example |title=T}}</ref> More.", "Text. More."),
        ("{{N/A}}", "N/A"),
        ("{{Flagicon|RUR}} Ruritania", "Ruritania"),
        ("{{lang-fr|Institut Delta}}", "Institut Delta"),
        ("{{convert|12|km|mi}} of track", "12 km of track"),
        ("A<!-- an editor's note -->B", "AB"),
        ("| key_people = [[Ann Lee]] (Chair)", "key people: Ann Lee (Chair)"),
        ("* {{Official website|https://delta.example}}", "* https://delta.example"),
        ("see [https://delta.example the annual report]", "see the annual report (https://delta.example)"),
        ("A&nbsp;B &amp; C", "A\u00a0B & C"),  # a no-break space, as the page has it
        (
            '<li><a href="https://alpha.example">Alpha Corporation</a></li>',
            "- Alpha Corporation (https://alpha.example)",
        ),
        ("<a href=https://x.example>https://x.example</a>", "https://x.example"),
        ("<p>The <strong>Delta</strong> Institute is <em>old</em>.</p>", "The Delta Institute is old."),
        ("<ul>", ""),
        ("İzmir Port<ref>{{cite web|title=T}}</ref> Authority", "İzmir Port Authority"),  # "İ" lowers to 2 characters
        ('İzmir <a href="https://izmir.example">Port</a>', "İzmir Port (https://izmir.example)"),
        ("A<REF name=x>c</Ref>B", "AB"),
        ("{{plainlist|", ""),
        ("|II. Section of Physics", "- II. Section of Physics"),  # an item of "{{ubl" written over lines
        ("}}<!-- end -->", ""),
    ],
)
def test_a_line_renders_as_the_page_shows_it(line: str, shown: str) -> None:
    assert rendered(line) == shown


@pytest.mark.parametrize(
    "line",
    [
        "Marks&notes of the AT&T era",  # no whole entity: "&not" stays
        "a < b and c > d",  # no tag
        "Acme (Delta's partner) [1]",  # one apostrophe, a footnote marker
        "| established | 1991 |",  # a table row, not an infobox parameter
    ],
)
def test_text_without_wikitext_is_left_as_written(line: str) -> None:
    assert rendered(line) == line


def test_an_unknown_template_renders_as_nothing() -> None:
    assert rendered("Delta {{some infobox widget|x|y}}Institute") == "Delta Institute"


def test_a_break_makes_a_line_of_its_own() -> None:
    assert rendered("Ann Lee (Chair)<br />Bo Chen (Director)") == "Ann Lee (Chair)\nBo Chen (Director)"


@pytest.mark.parametrize(
    "line",
    [
        "[[" * 20_000 + "]]",
        "[[a [" * 20_000 + "]]",
        "[http" * 20_000,
        "{{" * 20_000 + "}}" * 20_000,
        "<!--" * 20_000,
        "<a x>" * 20_000 + "</a>",
        "<a " * 20_000,
    ],
)
def test_rendering_stays_linear_on_hostile_lines(line: str) -> None:
    started = time.process_time()
    rendered(line)
    rendered(line + line)
    assert time.process_time() - started < 2.0  # a quadratic scan of 80,000 characters takes minutes


def _profile(fields: str) -> ProfileFacts:
    intro = "'''Delta Institute''' ('''DI''') is a [[research institute]] in [[Ruritania]].<ref name=a/>"
    return extract(parse_profile(f"Delta Institute\n{SEPARATORS}{intro}\n{fields}", "delta.txt"))


def test_a_wikitext_profile_is_read_like_plain_text() -> None:
    result = _profile(
        "Partners\n{{ubl|[[Alpha Corporation]]|[[Beta Institute of Science|Beta Institute]]}}\n"
        "Leader\n| director = [[Ann Lee]] (since 2019)\n"
        "Divisions\n{{plainlist|\n* [[Delta Labs]]\n* [[Delta Press]]\n}}\n"
        "History\nFounded on {{start date|1950|3|1}}.\n"
    )
    facts = [fact for field in result.fields for fact in field.facts]
    assert result.identity.name == "Delta Institute" and result.identity.acronym == "DI"
    assert sorted(f.org.name for f in facts if isinstance(f, Member)) == ["Alpha Corporation", "Beta Institute"]
    assert [u.name for u in facts if isinstance(u, Unit)] == ["Delta Labs", "Delta Press"]
    assert [(p.role, [h.name for h in p.holders]) for p in facts if isinstance(p, Post)] == [("director", ["Ann Lee"])]
    assert [f.date.lexical for f in facts if isinstance(f, Founding) and f.date] == ["1950-03-01"]
    divisions = next(field for field in result.fields if field.name == "Divisions")
    assert divisions.verbatim == "- Delta Labs\n- Delta Press"  # the statement is the rendered text
    assert result.identity.description == "Delta Institute (DI) is a research institute in Ruritania."


def test_a_field_holding_only_an_editor_comment_is_empty() -> None:
    result = _profile("Divisions\n<!-- to be filled in -->\nHistory\nFounded in 1950.\n")
    divisions = next(field for field in result.fields if field.name == "Divisions")
    assert divisions.verbatim == "" and divisions.facts == ()


def test_every_month_renders_with_its_english_name() -> None:
    names = [rendered(f"{{{{start date|2001|{month}}}}}").split()[0] for month in range(1, 13)]
    assert names == [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
