"""Hypothesis strategies for organization profiles, reusable by any stage's tests.

* :func:`profile_specs` draws a :class:`ProfileSpec`: what a profile *says* (title, intro,
  fields with prose/bullets/footnotes, references).
* :func:`render` writes a spec as profile text in a :class:`Style` (line endings, BOM,
  trailing blanks, decoration, blank lines, heading case, footnote placement) and
  returns a :class:`RenderedProfile` with the line numbers everything landed on.
* :func:`rendered_profiles` does both; :func:`profile_like_text` draws messy text made of
  template fragments, for "never crashes" properties.

Generated values never contain what the parser treats specially (a prose value always
ends with ``.``, so it is never heading-like; no ``[``, quotes or URLs in prose), so the
expected parse is exact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from hypothesis import strategies as st

from orgkg.model import KNOWN_FIELDS

REFERENCES = "References"
FIELD_NAMES = tuple(name for name in KNOWN_FIELDS if name != REFERENCES)
# Heading-like names that are not template headings (infobox labels seen in the wild).
UNKNOWN_HEADINGS = (
    "Website",
    "Key people",
    "Motto",
    "Formed",
    "Jurisdiction",
    "Agency executive",
    "Área servida",
    "Preceding agency",
)
MONTHS = (
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
)

# A fixed vocabulary draws much faster than st.text() and still covers non-ASCII.
# No "accessed"/"retrieved" (an access clause) and nothing that matches a heading.
VOCABULARY = (
    *("agency", "board", "science", "trade", "labour", "grants", "policy", "network"),
    *("institute", "office", "of", "the", "and", "for", "research", "national"),
    *("federal", "partners", "union", "água", "zürich", "naïve", "são", "straße"),
    *("øre", "東京", "café", "über"),
)


@dataclass(frozen=True)
class ItemSpec:
    text: str  # as the parser must return it
    bullet: bool = False
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class FieldSpec:
    name: str  # canonical spelling
    items: tuple[ItemSpec, ...] = ()
    known: bool = True


@dataclass(frozen=True)
class ReferenceSpec:
    publisher: str | None = None
    title: str | None = None
    site_owner: str | None = None  # only with a title: without quotes it merges into publisher
    url: str | None = None
    accessed: dt.date | None = None


@dataclass(frozen=True)
class ProfileSpec:
    title: str
    intro: str | None
    fields: tuple[FieldSpec, ...]  # in file order, References excluded
    references: tuple[ReferenceSpec, ...] | None = None  # None: no References heading
    references_at: int = 0  # index in ``fields`` before which References is written


@dataclass(frozen=True)
class Style:
    """How a spec is written out: everything a parser must tolerate without change."""

    newline: str = "\n"
    bom: bool = False
    decoration_lines: int = 3  # 0: decoration dropped
    trailing: tuple[str, ...] = ("",)  # cycled over lines: trailing blanks per line
    blank_after: tuple[bool, ...] = (False,)  # cycled over lines: an empty line follows
    heading_case: str = "as-is"  # as-is | lower | upper
    marker_style: str = "end"  # end ("text.[1]") | before-punct ("text[1].") | spaced
    marker_join: str = "adjacent"  # adjacent ("[1][2]") | comma ("[1, 2]") | spaced
    date_style: str = "mdy"  # mdy | iso | dmy-retrieved | abbrev-accessed-on
    curly_quotes: bool = False
    arrow: bool = True
    final_newline: bool = True


@dataclass(frozen=True)
class RenderedProfile:
    spec: ProfileSpec
    style: Style
    text: str
    title_line: int
    intro_line: int | None
    heading_lines: dict[str, int] = field(default_factory=dict)
    item_lines: dict[str, tuple[int, ...]] = field(default_factory=dict)
    reference_lines: tuple[int, ...] = ()


# --- drawing specs ---------------------------------------------------------------------------

words = st.sampled_from(VOCABULARY)
# A word and the separator after it in one draw: generation cost is per draw.
_WORD_THEN_SEPARATOR = st.sampled_from(
    [(word, separator) for word in VOCABULARY for separator in (" ", " ", ", ", " 2024 ", " (x) ")]
)


@st.composite
def phrases(draw: st.DrawFn, min_words: int = 1, max_words: int = 5) -> str:
    """Words joined by spaces, commas, digits or parentheses; never ends with punctuation."""
    pairs = draw(st.lists(_WORD_THEN_SEPARATOR, min_size=min_words - 1, max_size=max_words - 1))
    return "".join(word + separator for word, separator in pairs) + draw(words)


@st.composite
def prose(draw: st.DrawFn) -> str:
    """A sentence: capitalised or not, always ending with '.' so it is never a heading."""
    text = draw(phrases())
    if draw(st.booleans()):
        text = text[0].upper() + text[1:]
    return text + "."


@st.composite
def items(draw: st.DrawFn, max_footnote: int) -> ItemSpec:
    bullet = draw(st.booleans())
    text = draw(phrases()) if bullet else draw(prose())
    footnotes = tuple(draw(st.lists(st.integers(1, max(1, max_footnote)), max_size=3, unique=True)))
    return ItemSpec(text, bullet, footnotes)


@st.composite
def references(draw: st.DrawFn) -> ReferenceSpec:
    title = draw(st.none() | phrases(max_words=5))
    url = draw(
        st.none()
        | st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-/", max_size=20).map(
            lambda path: f"https://example.org/{path}"
        )
    )
    if title is None and url is None:
        url = "https://example.org/"
    return ReferenceSpec(
        publisher=draw(st.none() | phrases(max_words=3)),
        title=title,
        site_owner=draw(st.none() | phrases(max_words=4)) if title else None,
        url=url,
        accessed=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))),
    )


def _casefold_name(spec: FieldSpec) -> str:
    return spec.name.casefold()


@st.composite
def profile_specs(draw: st.DrawFn, max_fields: int = 6) -> ProfileSpec:
    reference_count = draw(st.none() | st.integers(0, 4))
    max_footnote = (reference_count or 0) + 2  # some footnotes dangle on purpose
    known_names = draw(st.lists(st.sampled_from(FIELD_NAMES), unique=True, max_size=max_fields))
    unknown_names = draw(st.lists(st.sampled_from(UNKNOWN_HEADINGS), unique=True, max_size=2))
    specs = [FieldSpec(name, tuple(draw(st.lists(items(max_footnote), max_size=3)))) for name in known_names] + [
        # An unknown heading is recognised by the value that follows it: at least one.
        FieldSpec(name, tuple(draw(st.lists(items(max_footnote), min_size=1, max_size=3))), False)
        for name in unknown_names
    ]
    order = draw(st.permutations(range(len(specs)))) if specs else []
    fields = [specs[index] for index in order]
    for at in range(len(fields) - 1):
        # Under a known heading still without a value, the next line is its value: a known
        # field right before an unknown heading holds one.
        if fields[at].known and not fields[at].items and not fields[at + 1].known:
            fields[at] = replace(fields[at], items=(draw(items(max_footnote)),))
    intro = draw(st.none() | prose())
    if intro is None and fields and not fields[0].known:
        intro = "An organization."  # without one, the first line after the title is the intro
    title = draw(phrases(max_words=5).filter(lambda t: t.casefold() not in _KNOWN_KEYS))
    return ProfileSpec(
        title=title,
        intro=intro,
        fields=tuple(fields),
        references=(
            None
            if reference_count is None
            else tuple(draw(st.lists(references(), min_size=reference_count, max_size=reference_count)))
        ),
        references_at=draw(st.integers(0, len(fields))),
    )


_KNOWN_KEYS = {name.casefold() for name in KNOWN_FIELDS}


@st.composite
def styles(draw: st.DrawFn) -> Style:
    return Style(
        newline=draw(st.sampled_from(["\n", "\r\n", "\r"])),
        bom=draw(st.booleans()),
        decoration_lines=draw(st.integers(0, 4)),
        trailing=tuple(draw(st.lists(st.sampled_from(["", " ", "\t", "  \t "]), min_size=1, max_size=5))),
        blank_after=tuple(draw(st.lists(st.booleans(), min_size=1, max_size=5))),
        heading_case=draw(st.sampled_from(["as-is", "lower", "upper"])),
        marker_style=draw(st.sampled_from(["end", "before-punct", "spaced"])),
        marker_join=draw(st.sampled_from(["adjacent", "comma", "spaced"])),
        date_style=draw(st.sampled_from(["mdy", "iso", "dmy-retrieved", "abbrev-accessed-on"])),
        curly_quotes=draw(st.booleans()),
        arrow=draw(st.booleans()),
        final_newline=draw(st.booleans()),
    )


@st.composite
def rendered_profiles(draw: st.DrawFn) -> RenderedProfile:
    return render(draw(profile_specs()), draw(styles()))


# --- rendering ---------------------------------------------------------------------------------


def _markers(numbers: tuple[int, ...], style: Style) -> str:
    if style.marker_join == "comma":
        return "[" + ", ".join(map(str, numbers)) + "]"
    joiner = " " if style.marker_join == "spaced" else ""
    return joiner.join(f"[{number}]" for number in numbers)


def _item_line(item: ItemSpec, style: Style) -> str:
    text = item.text
    if item.footnotes:
        markers = _markers(item.footnotes, style)
        if style.marker_style == "before-punct" and text.endswith("."):
            text = text[:-1] + markers + "."
        elif style.marker_style == "spaced":
            text = text + " " + markers
        else:
            text = text + markers
    return f"- {text}" if item.bullet else text


def _date(value: dt.date, style: Style) -> str:
    month = MONTHS[value.month - 1]
    if style.date_style == "iso":
        return f"(accessed {value.isoformat()})."
    if style.date_style == "dmy-retrieved":
        return f"Retrieved {value.day} {month} {value.year}."
    if style.date_style == "abbrev-accessed-on":
        return f"(accessed on {month[:3]}. {value.day}, {value.year})"
    return f"(accessed {month} {value.day}, {value.year})."


def _reference_line(reference: ReferenceSpec, style: Style) -> str:
    open_quote, close_quote = ("“", "”") if style.curly_quotes else ('"', '"')
    segments = []
    if reference.publisher:
        segments.append(f"{reference.publisher}.")
    if reference.title:
        segments.append(f"{open_quote}{reference.title}{close_quote}.")
    tail = ", ".join(part for part in (reference.site_owner, reference.url) if part)
    if tail:
        segments.append(tail)
    if reference.accessed:
        segments.append(_date(reference.accessed, style))
    return ("- ↑ " if style.arrow else "- ") + " ".join(segments)


def _heading(name: str, style: Style) -> str:
    if style.heading_case == "lower":
        return name.lower()
    if style.heading_case == "upper":
        return name.upper()
    return name


def render(spec: ProfileSpec, style: Style = Style()) -> RenderedProfile:
    """Write ``spec`` as profile text and record the line number of everything written."""
    lines: list[str] = []

    def emit(text: str) -> int:
        index = len(lines)
        lines.append(text + style.trailing[index % len(style.trailing)])
        number = len(lines)
        if style.blank_after[index % len(style.blank_after)]:
            lines.append("")
        return number

    title_line = emit(spec.title)
    for index in range(style.decoration_lines):
        lines.append("|" if index == style.decoration_lines - 1 else "| ||||||||||")
    intro_line = emit(spec.intro) if spec.intro is not None else None

    heading_lines: dict[str, int] = {}
    item_lines: dict[str, tuple[int, ...]] = {}
    reference_lines: tuple[int, ...] = ()
    for position in range(len(spec.fields) + 1):
        if spec.references is not None and position == spec.references_at:
            heading_lines[REFERENCES] = emit(_heading(REFERENCES, style))
            reference_lines = tuple(emit(_reference_line(reference, style)) for reference in spec.references)
        if position < len(spec.fields):
            fld = spec.fields[position]
            heading_lines[fld.name] = emit(_heading(fld.name, style) if fld.known else fld.name)
            item_lines[fld.name] = tuple(emit(_item_line(item, style)) for item in fld.items)

    text = style.newline.join(lines) + (style.newline if style.final_newline else "")
    if style.bom:
        text = "\ufeff" + text
    return RenderedProfile(spec, style, text, title_line, intro_line, heading_lines, item_lines, reference_lines)


# --- messy text ----------------------------------------------------------------------------------

_FRAGMENTS = (
    *KNOWN_FIELDS,
    *UNKNOWN_HEADINGS,
    "",
    "|",
    "| ||||||",
    "- ",
    "- item[1]",
    "* item [2][3].",
    "• x[1, 2]",
    "[1]",
    "[999999999]",
    "[12345678901234567890]",
    "text.[1] more",
    "United States",
    "Director of the Office",
    "https://example.org/",
    '- ↑ P. "T". O, https://x.org/ (accessed February 8, 2025).',
    "- ↑ P. “T”. O, javascript:alert(1) (accessed on 2025-02-30).",
    "Retrieved 31 Smarch 2025.",
    "(accessed",
    '"',
    "↑",
    "\ufeff",
    "\u200b",
    "\u2028",
    "\x85",
)


@st.composite
def profile_like_text(draw: st.DrawFn) -> str:
    """Lines drawn from template fragments and arbitrary text, joined by mixed newlines."""
    chosen = draw(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=30), min_size=0, max_size=25))
    newlines = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n"]), min_size=len(chosen)))
    return "".join(line + newline for line, newline in zip(chosen, newlines, strict=False))


# --- hostile text and mutated files (issue 5) -----------------------------------------------------

# Text that tries to become syntax somewhere: RDF term delimiters, Turtle/TriG keywords,
# JSON and HTML breakers, CDATA ends, Unicode that changes how text displays or splits.
HOSTILE_FRAGMENTS = (
    '"',
    "'",
    '"""',
    "'''",
    "<",
    ">",
    "{",
    "}",
    "\\",
    "\\n",
    "\\u0022",
    "\t",
    "@prefix x: <http://evil/> .",
    "@base <http://evil/> .",
    "<http://evil/s> <http://evil/p> <http://evil/o> .",
    "_:b0",
    "^^xsd:string",
    "@en",
    "GRAPH <urn:g> {",
    "]]>",
    "<![CDATA[",
    "</script>",
    "</SCRIPT >",
    "<!--",
    "-->",
    "&amp;",
    "&#x3C;",
    "${jndi:ldap://x}",
    "%00",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "../../",
    "C:\\Windows",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2069",  # pop directional isolate
    "\u0301",  # combining acute accent
    "e\u0301",
    "\U0001f680",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u2028",  # line separator: not a line break for the parser, a newline for JavaScript
    "\u2029",
    "\x85",  # NEL
    "\x0b",  # vertical tab
    "\x0c",  # form feed
    "\ufeff",  # a BOM in the middle of a line
    "\ufffd",
    "\U0010fffd",
    "\u00a0",
)
# Single characters a profile may contain (no C0 controls but TAB/VT/FF, no line breaks, no
# surrogates): the parser refuses the rest, which other tests cover.
_TEXT_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\n\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17"
    "\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f",
)


@st.composite
def hostile_text(draw: st.DrawFn, max_parts: int = 6) -> str:
    """One line of hostile fragments, words and arbitrary characters (never empty)."""
    parts = draw(
        st.lists(
            st.sampled_from(HOSTILE_FRAGMENTS) | words | st.text(_TEXT_CHARS, min_size=1, max_size=6),
            min_size=1,
            max_size=max_parts,
        )
    )
    text = " ".join(parts)
    return text if text.strip() else "x" + text


def hostile_profile(name: str, value: str) -> str:
    """A profile that puts hostile text where the parser keeps it verbatim: the title, the
    intro, a field of every kind, an unknown heading and a reference."""
    return "\n".join(
        [
            name,
            "| ||||",
            f"{name} ({value[:12] or 'X'}) is a non-profit association. {value}",
            "Mission",
            f"{value}[1]",
            "Leader",
            f"{value}, Director",
            "Partners",
            f"- {value}",
            f"- {name} Institute",
            "Headquarters address",
            f"{value}, Zürich, 8001, Switzerland",
            "History",
            f"Renamed {value} in 2001.",
            "Key people",
            f"- {value}",
            "References",
            f'- ↑ {value}. "{value}". {value}, https://example.org/{len(value)} (accessed February 8, 2025).',
            "",
        ]
    )


# Byte-level damage a file suffers in the wild: truncation, a stray NUL, an encoding
# mix-up, a BOM in the wrong place, duplicated or swapped lines, a huge repeated line.
MUTATIONS = (
    "none",
    "truncate",
    "nul",
    "latin-1",
    "utf-16",
    "utf-16-no-bom",
    "bom-twice",
    "cr-only",
    "duplicate-line",
    "swap-lines",
    "drop-line",
    "repeat-heading",
    "long-line",
    "control-char",
    "invalid-byte",
)


def mutate(text: str, mutation: str, where: int) -> bytes:
    """``text`` (a profile) damaged by ``mutation`` at a position derived from ``where``."""
    lines = text.split("\n")
    index = where % max(1, len(lines))
    data = text.encode("utf-8")
    position = where % max(1, len(data))
    if mutation == "truncate":
        return data[:position]
    if mutation == "nul":
        return data[:position] + b"\x00" + data[position:]
    if mutation == "latin-1":
        return text.encode("latin-1", "replace")
    if mutation == "utf-16":
        return text.encode("utf-16")
    if mutation == "utf-16-no-bom":
        return text.encode("utf-16-le")
    if mutation == "bom-twice":
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data
    if mutation == "cr-only":
        return text.replace("\n", "\r").encode("utf-8")
    if mutation == "duplicate-line":
        lines.insert(index, lines[index])
    elif mutation == "swap-lines" and len(lines) > 1:
        other = (index + 1) % len(lines)
        lines[index], lines[other] = lines[other], lines[index]
    elif mutation == "drop-line":
        del lines[index]
    elif mutation == "repeat-heading":
        lines[index:index] = ["Mission", "Again."] * 3
    elif mutation == "long-line":
        lines.insert(index, "Alpha Beta (AB) of 1, " * 2000)
    elif mutation == "control-char":
        lines[index] += "\x1b[2J"
    elif mutation == "invalid-byte":
        return data[:position] + b"\xff" + data[position:]
    return "\n".join(lines).encode("utf-8")


@st.composite
def mutated_profiles(draw: st.DrawFn) -> bytes:
    """A rendered or hostile profile, then damaged (or not)."""
    if draw(st.booleans()):
        text = draw(rendered_profiles()).text
    else:
        text = hostile_profile(draw(hostile_text(max_parts=4)), draw(hostile_text()))
    return mutate(text, draw(st.sampled_from(MUTATIONS)), draw(st.integers(0, 10_000)))
