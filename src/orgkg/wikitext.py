"""Wikitext pasted into a profile, rendered as the reader of the page would see it.

Writers copy field values from a Wikipedia page's edit view: "[[Ministry of Finance (Japan)|
Ministry of Finance]]", "'''Pemex'''", "{{start date|1938|6|7}}", "{{ubl|A|B}}", "<br />",
"<ref>…</ref>", "<!-- … -->", "| key_people = …", and the HTML that wikitext allows and web
pages are made of ("<li>", '<a href="…">', "<strong>"). The parser renders each line before it
reads it, so the readers and the verbatim statements see "Ministry of Finance", "Pemex",
"7 June 1938", "A; B" and a line break, as a page shows them. How each template renders is a
data table (``ontology/lexicon/wikitext-templates.csv``); a template it does not list renders as
nothing, like a citation: a wrong word is worse than a missing one.

Every step is a scan with ``str.find`` or a pattern without nested repetition, and templates
are resolved innermost first in a bounded number of passes, so rendering stays linear on any
line.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType

from orgkg.resources import LexiconError, lexicon_table

# Whether a line may hold wikitext at all (most lines do not: they are returned untouched)
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_MARKERS = ("[[", "{{", "''", "<", "&", "[http", "}}")
# A file, image or category link ("[[File:x.png|thumb|…]]") renders as nothing
_HIDDEN_LINK = re.compile(r"(?:file|image|category|media)\s*:", re.I)
# An innermost template: no braces inside
_TEMPLATE = re.compile(r"\{\{([^{}]{0,2000})\}\}")
_PASSES = 6  # templates nested deeper than this render as nothing
_TAG = re.compile(
    r"</?(?:small|big|sup|sub|span|nowiki|center|div|abbr|s|u|i|b|p|code|font|strong|em|ul|ol|li|dl|dd|dt"
    r"|table|tbody|thead|tr|td|th|h[1-6])\b[^<>]{0,300}>",
    re.I,
)
# An HTML list item opening a line: a bullet ("<li>Alpha</li>" → "- Alpha")
_LIST_ITEM = re.compile(r"<li\b[^<>]{0,300}>", re.I)
# An HTML link's address, in the attributes of its opening tag
_HREF = re.compile(r"""\bhref[ \t]{0,3}=[ \t]{0,3}["']?(?P<url>[^"'\s<>]{1,500})""", re.I)
_BREAK = re.compile(r"<br\s{0,3}/?\s{0,3}>", re.I)
_SELF_CLOSING_REF = re.compile(r"<ref\b[^<>]{0,300}/>", re.I)
_EMPHASIS = re.compile(r"'{2,5}")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
# "| key_people = A": an infobox parameter line, rendered "key people: A"
_INFOBOX_LINE = re.compile(r"\|\s{0,3}([a-z][a-z0-9_ ]{0,40}?)\s{0,3}=\s{0,3}(?=\S)")
# A line that only opens or closes a template written over several lines ("{{plainlist|", "}}")
_OPENING_LINE = re.compile(r"\{\{\s{0,3}[^{}|]{1,40}\|?\s{0,3}")
_CLOSING_LINE = re.compile(r"\}\}")


def has_wikitext(line: str) -> bool:
    return any(marker in line for marker in _MARKERS) or line.startswith("|")


def rendered(line: str) -> str:
    """``line`` as a page shows it; a ``<br />`` becomes a line break ("\\n")."""
    if not has_wikitext(line):
        return line
    text = _without_spans(line, "<!--", "-->")
    text = _without_refs(text)
    if _OPENING_LINE.fullmatch(text.strip()) or _CLOSING_LINE.fullmatch(text.strip()):
        return ""
    text = _bracketed(text, "[[", "]]", _link)
    text = _bracketed(text, "[http", "]", _external_link, marks=1)  # the address keeps its "http"
    for _ in range(_PASSES):
        text, count = _TEMPLATE.subn(_template, text)
        if not count:
            break
    text = _TEMPLATE.sub("", text)
    text = _html_links(text)
    text = _BREAK.sub("\n", text)
    if item := _LIST_ITEM.match(text):
        text = "- " + text[item.end() :]
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub("", text)
    if "&" in text:  # only whole entities: html.unescape alone would read "&not" in "Marks&notes"
        text = _ENTITY.sub(lambda entity: html.unescape(entity[0]), text)
    if infobox := _INFOBOX_LINE.match(text):
        text = f"{infobox[1].replace('_', ' ').strip()}: {text[infobox.end() :]}"
    elif text.startswith("|") and text.count("|") == 1:  # "|A" on its own line: an item of "{{ubl" written over lines
        text = "- " + text[1:].lstrip()
    # spaces left where markup was removed are trimmed at the ends; other whitespace stays as written
    return "\n".join(piece.strip(" ") for piece in text.split("\n"))


def _without_spans(text: str, opening: str, closing: str) -> str:
    """``text`` without each span from ``opening`` to ``closing`` (an unclosed one to the end),
    the marks compared without their ASCII case ("<REF>…</Ref>")."""
    view = _tag_view(text)
    pieces: list[str] = []
    position = 0
    while (start := view.find(opening, position)) >= 0:
        pieces.append(text[position:start])
        end = view.find(closing, start + len(opening))
        if end < 0:
            return "".join(pieces)
        position = end + len(closing)
    pieces.append(text[position:])
    return "".join(pieces)


def _tag_view(text: str) -> str:
    """``text`` with its ASCII letters in lower case, to find tags in: one character for one, so
    a position in it is a position in ``text`` (``str.lower`` makes "İ" two characters)."""
    return text.translate(_ASCII_LOWER)


def _without_refs(text: str) -> str:
    """``text`` without its citations: "<ref name=x />" and "<ref …>…</ref>"."""
    return _without_spans(_SELF_CLOSING_REF.sub("", text), "<ref", "</ref>")


def _bracketed(text: str, opening: str, closing: str, render: Callable[[str], str], *, marks: int | None = None) -> str:
    """``text`` with each innermost ``opening``…``closing`` span rendered by ``render`` (given
    what is inside, after the first ``marks`` characters of ``opening``: all of them unless
    said). A span holding a "[" is left as written up to that bracket, so each closing mark is
    looked for at most twice: linear on any line."""
    skipped = len(opening) if marks is None else marks
    pieces: list[str] = []
    position = 0
    while (start := text.find(opening, position)) >= 0:
        inner_start = start + skipped
        end = text.find(closing, start + len(opening))
        if end < 0:
            break
        inner = text[inner_start:end]
        if text.startswith("](", end):  # "[https://x.org](https://x.org)" is a Markdown link (parse.py)
            pieces.append(text[position : end + 1])
            position = end + 1
            continue
        if (nested := inner.rfind("[")) >= 0:  # another span opens inside: go on from there
            resume = max(start + 1, inner_start + nested - (len(opening) - 1))
            pieces.append(text[position:resume])
            position = resume
            continue
        pieces.append(text[position:start])
        pieces.append(render(inner))
        position = end + len(closing)
    pieces.append(text[position:])
    return "".join(pieces)


def _html_links(text: str) -> str:
    """'<a href="https://x.org">Alpha</a>' → "Alpha (https://x.org)"; a link without an address
    reads as its text. Each tag is looked for once from where the last one ended: linear."""
    view = _tag_view(text)
    if "<a " not in view:
        return text
    pieces: list[str] = []
    position = 0
    while (start := view.find("<a ", position)) >= 0:
        opened = view.find(">", start)
        closing = view.find("</a>", opened) if opened >= 0 else -1
        if closing < 0:
            break
        address = _HREF.search(text, start, opened)
        label = text[opened + 1 : closing].strip()
        pieces.append(text[position:start])
        url = address["url"] if address else ""
        pieces.append(f"{label} ({url})" if url and label and label != url else label or url)
        position = closing + len("</a>")
    pieces.append(text[position:])
    return "".join(pieces)


def _link(inner: str) -> str:
    """ "[[target|label]]" → "label"; "[[target]]" → "target"."""
    if _HIDDEN_LINK.match(inner):
        return ""
    target, bar, label = inner.partition("|")
    return (label if bar else target).strip()


def _external_link(inner: str) -> str:
    """ "[https://x.org Label]" → "Label (https://x.org)"."""
    url, _, label = inner.partition(" ")
    return f"{label.strip()} ({url})" if label.strip() else url


def _template(match: re.Match[str]) -> str:
    name, *parameters = match[1].split("|")
    render = templates().get(" ".join(name.split()).casefold())
    unnamed = [p.strip() for p in parameters if "=" not in p]
    return render(unnamed) if render else ""


def _date(unnamed: list[str]) -> str:
    numbers = [p for p in unnamed[:3] if p.isdigit()]
    if not numbers or len(numbers[0]) != 4:
        return " ".join(unnamed[:1])
    year = numbers[0]
    month = int(numbers[1]) if len(numbers) > 1 and 1 <= int(numbers[1]) <= 12 else None
    day = int(numbers[2]) if month and len(numbers) > 2 and 1 <= int(numbers[2]) <= 31 else None
    if month is None:
        return year
    name = _month_names()[month]
    return f"{day} {name} {year}" if day else f"{name} {year}"


def _rendering(spec: str) -> Callable[[list[str]], str]:
    """The function that renders a template's unnamed parameters, from its table entry."""
    if spec == "content":
        return lambda unnamed: unnamed[0] if unnamed else ""
    if spec == "second":
        return lambda unnamed: unnamed[1] if len(unnamed) > 1 else ""
    if spec == "list":
        return lambda unnamed: "; ".join(p.lstrip("*# ").strip() for p in unnamed if p.lstrip("*# ").strip())
    if spec == "date":
        return _date
    if spec == "amount":
        return lambda unnamed: " ".join(unnamed[:2])
    if spec.startswith("text:"):
        literal = spec.removeprefix("text:")
        return lambda unnamed: literal
    if spec.startswith("before:"):
        prefix = spec.removeprefix("before:")
        return lambda unnamed: f"{prefix}{unnamed[0]}" if unnamed else ""
    raise LexiconError(f"lexicon/wikitext-templates.csv: unknown rendering {spec!r}")


@cache
def _month_names() -> Mapping[int, str]:
    """Month number → its English name: the first spelling of each month in
    lexicon/month-spellings.csv, which lists the English name first."""
    names: dict[int, str] = {}
    for word, number in lexicon_table("month-spellings"):
        names.setdefault(int(number), word.capitalize())
    return MappingProxyType(names)


@cache
def templates() -> Mapping[str, Callable[[list[str]], str]]:
    """Template name (casefolded) → how it renders (lexicon/wikitext-templates.csv)."""
    return MappingProxyType({name.casefold(): _rendering(spec) for name, spec in lexicon_table("wikitext-templates")})
