"""Plain-text helpers shared by the readers: cleaning, sentences and list splitting."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from orgkg.model import Fact, Field, Item, Profile

from . import lexicon
from .sentences import split as split_sentences
from .shouting import in_usual_case, is_shouted

_KEEP_FINAL_STOP = tuple(
    f" {suffix}" for suffix in (*lexicon.legal_form_suffixes(), "Jr.", "Sr.") if suffix.endswith(".")
) + tuple(f" {word}" for word, _ in lexicon.table("abbreviated-head-words"))


# "Ph.D.", "M.Sc.", "B.Tech.": a final stop closing a dotted abbreviation belongs to it.
_DOTTED_END = re.compile(r"(?:^|\s)(?:[A-Za-z]{1,4}\.){1,3}[A-Za-z]{1,4}\.\Z")
# Compiled once: clean() and strip_article() run for every piece of every list.
_SPACES = re.compile(r"\s+")
_LEADING_AND = re.compile(r"^(?:and|or|&)\s+", re.I)
# "An" before a capitalised word opened by a consonant is no English article but the Irish
# and Scottish Gaelic one, part of the name: "An Post", "An Grianán", "An tOireachtas", "An Comunn Gàidhealach"
# (English writes "an" only before a vowel sound: "an MRC Unit" keeps its cut).
_ARTICLE = re.compile(r"^(?:the|a|an(?!\s(?-i:[BCDFGJ-NP-TV-Z][a-zà-ÿ]|t[A-ZÁÉÍÓÚ])))\s+", re.I)
_BRACKET = re.compile(r"[()\[\]{}]")
# A legal instrument's word as written in a name or a clause ("Act", "Royal Charter", "Decree"):
# case matters, so "act" the verb is none (lexicon/legal-instruments.csv).
# The forms of "be": a copula, or the auxiliary before a passive participle.
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
INSTRUMENT_WORD = re.compile(rf"\b(?:{lexicon.alternation(lexicon.legal_instruments())})\b")


# Memoised (pure, returns a string): the readers clean the same pieces many times over.
@lru_cache(maxsize=4096)
def clean(text: str) -> str:
    """Trim spaces and the punctuation a list item or clause leaves behind."""
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_AND.sub("", text)
    trimmed = text.strip(" ,;:.")
    # A final full stop that belongs to a legal form ("Apple Inc.", "e.V."), a
    # generational suffix ("Jr.") or a head word written short ("Planning Div.") stays.
    if text.rstrip(" ,;:").endswith(_KEEP_FINAL_STOP) or _DOTTED_END.search(text.rstrip(" ,;:")):
        return trimmed + "."
    return trimmed


def split_list(text: str, *, on_and: bool = True) -> list[str]:
    """``"the Department of Commerce, NIST, and DOE"`` → three parts.

    Splitting on "and" would break "Standards and Technology", so an "and" only splits
    where the piece after it starts a new name (an acronym, "the", or two capitalised words).
    """
    parts: list[str] = []
    for chunk in re.split(r",\s*|;\s*", text):
        pieces = [chunk]
        if on_and:
            pieces = []
            for piece in " ".join(chunk.split()).split(" and "):
                if pieces and not _NEW_NAME.match(piece):
                    pieces[-1] = f"{pieces[-1]} and {piece}"
                else:
                    pieces.append(piece)
        parts.extend(p for p in (clean(piece) for piece in pieces) if p)
    return parts


def _digit_group(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


# Words that start a new name after "and": an acronym, "the", or two capitalised words.
_NEW_NAME = re.compile(r"(?:the )?[A-Z][A-Z]+\b|the [A-Z]|[A-Z]\w* [A-Z]")


def sentences(text: str) -> list[str]:
    """``text`` split into sentences where ``sentences.split`` ends one: not after an initial
    ("S. Kumar"), a title ("Prof. Dr. Ada Lovelace") or another abbreviation ("No. 5")."""
    return [text[start:end] for start, end in split_sentences(text)]


# "a planned Climate Division", "never led by a president", "Chair (proposed): A": a sentence
# that states no current fact (lexicon unreal-statement-cues), whole words only.
_UNREAL = re.compile(
    r"(?<![\w-])(?:"
    + lexicon.alternation(sorted((row[0] for row in lexicon.table("unreal-statement-cues")), key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)


def unreal_sentences(field: Field) -> list[str]:
    """The sentences of ``field`` that state no current fact: planned, proposed, negated,
    abandoned or ended ("A proposed partnership with X was abandoned")."""
    return [s for item in field.items for s in sentences(item.text) if _UNREAL.search(s)]


def without_unreal(field: Field, *, by_clause: bool = False) -> Field:
    """``field`` without its sentences that state no current fact (``unreal_sentences``):
    no name is read from them; an item left empty goes. ``by_clause``: only the clause
    between semicolons goes ("Rector, appointed by X; the incumbent is not named": in a
    list of posts each clause states its own post; in a list of partners "A; it is not a
    partner" negates the clause before)."""
    items = []
    for item in field.items:
        split = [c for s in sentences(item.text) for c in (_clauses(s) if by_clause else [s])]
        kept = [s for s in split if not _UNREAL.search(s)]
        if len(kept) == len(split):
            items.append(item)
        elif kept:
            items.append(replace(item, text=" ".join(k.strip() for k in kept)))
    return replace(field, items=tuple(items))


def _clauses(sentence: str) -> list[str]:
    """``sentence`` cut after each top-level semicolon, each clause keeping its semicolon
    (so the kept clauses join back as written)."""
    if ";" not in sentence:
        return [sentence]
    pieces = split_top_level(sentence, ";")
    if "".join(pieces).replace(" ", "") != sentence.replace(";", "").replace(" ", ""):
        return [sentence]  # a semicolon inside brackets: one clause
    return [f"{piece};" for piece in pieces[:-1]] + pieces[-1:]


# "plus the X Institute", "also: Y Centre", "and also a Z": a lead adding a line to a list,
# then an article or a capital (lexicon/list-addition-leads.csv).
# Written with a capital, the lead needs a colon, a comma or an article after it: "Plus
# Ultra Líneas Aéreas" is a name.
_ADDITION_LEAD = re.compile(
    rf"\A(?:(?:{lexicon.spaced_alternation(lexicon.list_addition_leads())})[:,]?\s+(?:(?:the|an?)\s+)?"
    rf"|(?:{lexicon.spaced_alternation(p.capitalize() for p in lexicon.list_addition_leads())})"
    r"(?:[:,]\s+(?:(?:the|an?)\s+)?|\s+(?:the|an?)\s+))(?=[A-ZÀ-Þ])"
)


def without_addition_lead(text: str) -> str:
    """ "plus the MNM Archaeology Institute (note)" → "MNM Archaeology Institute (note)": a
    list line opened by "plus", "also", "as well as" (and an article) adds the name after it;
    the lead is no part of that name. Other text is returned as it is."""
    lead = _ADDITION_LEAD.match(text.lstrip())
    return text.lstrip()[lead.end() :] if lead else text


# "Research centres: A; B", "Partners: A, B": a short label before a list.
_LEAD_IN = re.compile(r"^(?P<lead>[^:;()]{1,80}):\s+(?=\S)")


def strip_lead_in(text: str, max_words: int = 8) -> str:
    """``text`` without a short "Label:" in front ("Business units: A; B" → "A; B")."""
    lead = _LEAD_IN.match(text)
    return text[lead.end() :] if lead and len(lead["lead"].split()) <= max_words else text


# How a line ends when it goes on at the next: a joining mark or word ("A; B and", "… of")
_LINE_GOES_ON = re.compile(r"(?:[.:;,!?&/+–—-]|\b(?:and|or|of|the|for|in|at|by|with|to|an?))\s*\Z", re.I)


def semicolon_lists_closed(field: Field) -> Field:
    """ "A; B; C" on one line, then "The D, in the old town, is part of it." on the next: a line
    listing two names or more parted by semicolons that ends with no punctuation or joining word
    is closed with a full stop when another line follows, so its last name is not glued to the
    next line's words (the readers join a field's lines with spaces); any other line is unchanged."""
    items = list(field.items)
    for index, item in enumerate(items[:-1]):
        text = item.text.rstrip()
        if len(split_top_level(text, ";")) >= 2 and _LINE_GOES_ON.search(text) is None:
            items[index] = replace(item, text=text + ".")
    return replace(field, items=tuple(items)) if items != list(field.items) else field


def split_top_level(text: str, separators: str, *, digit_groups: bool = False) -> list[str]:
    """``text`` split at any of ``separators`` outside brackets, pieces stripped, empty ones
    dropped. ``digit_groups``: a separator between two digits does not split ("£1,000,000
    raised" stays whole; "Galleries (sculpture, painting), Library" gives two pieces)."""
    if not digit_groups and not _BRACKET.search(text):  # every separator splits (str.split, not a loop)
        for separator in separators[1:]:
            text = text.replace(separator, separators[0])
        return [part.strip() for part in text.split(separators[0]) if part.strip()]
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif char in separators and depth == 0 and not (digit_groups and _digit_group(text, index)):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


# Separators of a list whose items are whole names: " / ", " · ", " • ", " | ", "plus", "as well
# as (with)", "together with", "along with", ", and with". A slash without spaces ("NSIA/LUTH") stays inside a name.
_ITEM_SEPARATOR = re.compile(r"\s[/·•|]\s|,?\s(?:as well as|plus|together with|along with)\s(?:with\s)?|,\sand\swith\s")


def split_items(text: str) -> list[str]:
    """``text`` split at the item separators above, outside brackets; pieces stripped.

    "A / B, as well as C" → ["A", "B", "C"]; "A plus the B" → ["A", "the B"]."""
    text = _SPACES.sub(" ", text)
    parts: list[str] = []
    start = 0
    depth, counted = 0, 0  # the bracket depth at ``counted``, carried forward (not recounted per match)
    for match in _ITEM_SEPARATOR.finditer(text):
        depth = _depth(text[counted : match.start()], depth)
        counted = match.start()
        if match.start() < start or depth > 0:
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _depth(text: str, depth: int = 0) -> int:
    """The bracket depth after ``text``, starting at ``depth``."""
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
    return depth


def split_words_top_level(text: str, word: str) -> list[str]:
    """``text`` split at the whole word ``word`` (" and ") outside brackets."""
    needle = f" {word} "
    if not _BRACKET.search(text):  # no brackets: str.split finds the same words, left to right
        return [part.strip() for part in text.split(needle) if part.strip()]
    parts: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(text):
        char = text[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(needle, index):
            parts.append(text[start:index])
            index += len(needle)
            start = index
            continue
        index += 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def strip_notes(text: str) -> str:
    """ "European Union (observer)" → "European Union": trailing parenthetical notes go.

    Every trailing "(...)" goes, an acronym too; ``names.org_mention`` keeps an acronym.
    """
    text = text.strip()
    while (start := trailing_group(text)) is not None and start > 0:
        text = text[:start].rstrip()
    return text


def trailing_group(text: str) -> int | None:
    """Where the bracketed group that ends ``text`` opens, or ``None`` when ``text`` does not
    end in a balanced one. Nested brackets count: a native-script gloss may hold brackets of
    its own ("Guangzhou Railway (Group) Corporation (广州铁路(集团)公司)")."""
    if not text.endswith(")"):
        return None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            depth -= 1
            if depth == 0:
                return index
    return None


def strip_article(text: str) -> str:
    return _ARTICLE.sub("", text)


def unique(facts: list[Fact]) -> list[Fact]:
    return list(dict.fromkeys(facts))


# "1. Division of Physics", "2) Geology", "(a) Marine Unit", "iv) Archive", "① Alpha Lab",
# "⑵ Beta Lab", "（3）Gamma Lab": a numbered line of a list (circled and bracketed numbers,
# fullwidth brackets and the ideographic comma "1、" as East Asian lists write them).
_NUMBERED = re.compile(
    r"(?:[(（]?(?:\d{1,2}|[a-z]|[ivx]{2,5})[.)）]\s+|\d{1,2}、\s*|（\d{1,2}）\s*|[①-⒛❶-❿➀-➓]\s*)(?=\S)"
)


def numbered(item: Item) -> str | None:
    """The text of a numbered line without its number, else ``None``."""
    found = None if item.bullet else _NUMBERED.match(item.text)
    return item.text[found.end() :] if found else None


def list_lines(field: Field) -> list[str]:
    """The items of a bulleted or numbered list in ``field``, in order; numbered lines count
    only when there are two or more of them (one "1." line may be a sentence). A list
    numbered inline ("Units: 1. A 2. B 3. C") counts as its lines."""
    field = inline_lists_split(field)
    return [text for item in field.items if (text := _list_line(field, item)) is not None]


# "1. ", "(b) ", "iii) " inside a line, after a space: a candidate inline list number.
_INLINE_NUMBER = re.compile(r"(?<!\S)\(?(?P<mark>\d{1,2}|[a-z]|[ivx]{1,5})(?P<close>[.)])\s+(?=\S)")
_ITEM_START = re.compile(r"(?:the\s)?[\"“'‘]?[A-ZÀ-Þ]")
_TRAILING_JOINT = re.compile(r"(?:[,;]?\s(?:and|or))?[,;]?\Z")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _inline_items(text: str) -> list[str] | None:
    """ "Three units: 1. Alpha Unit 2. Beta Unit 3. Gamma Unit" → the lead, then "1. Alpha
    Unit", …: two numbers or more of one style counting up from the first (1, 2, 3; a, b, c;
    i, ii, iii) mark the items; else ``None`` (a lone "a." or "2." is prose)."""
    marks = list(_INLINE_NUMBER.finditer(text))
    for styles in (_digit_sequence, _letter_sequence, _roman_sequence):
        run = styles([m["mark"] for m in marks])
        if run:
            chosen = [marks[n] for n in run]
            closes = {m["close"] for m in chosen}
            # "a." and "i." are too common in prose ("Plan a. and b."): letters need a bracket.
            if len(closes) != 1 or (styles is not _digit_sequence and closes != {")"}):
                continue
            if not all(_ITEM_START.match(text, m.end()) for m in chosen):
                continue  # "Phase 1. done, then 2. more": an item opens with a name
            starts = [m.start() for m in chosen] + [len(text)]
            items = [_TRAILING_JOINT.sub("", text[a:b].strip()) for a, b in itertools.pairwise(starts)]
            # The last item ends with its sentence: "3. Gamma Unit. It was founded in 1990."
            last_mark = chosen[-1]
            last = sentences(text[last_mark.end() :])
            if len(last) > 1:
                items[-1:] = [f"{last_mark[0]}{last[0].strip()}", " ".join(last[1:]).strip()]
            return [piece for piece in [text[: starts[0]].strip(), *items] if piece]
    return None


def _counting_run(marks: list[str], sequence: Sequence[str]) -> list[int] | None:
    """The indexes in ``marks`` of ``sequence[0]``, ``sequence[1]``, … in order, each the next
    mark of the sequence found after the one before; ``None`` unless the first two are found."""
    run: list[int] = []
    for index, mark in enumerate(marks):
        if len(run) < len(sequence) and mark == sequence[len(run)]:
            run.append(index)
    return run if len(run) >= 2 else None


def _digit_sequence(marks: list[str]) -> list[int] | None:
    return _counting_run(marks, [str(n) for n in range(1, 100)])


def _letter_sequence(marks: list[str]) -> list[int] | None:
    return _counting_run(marks, [chr(c) for c in range(ord("a"), ord("z") + 1)])


def _roman_sequence(marks: list[str]) -> list[int] | None:
    return _counting_run(marks, _ROMAN)


def inline_lists_split(field: Field) -> Field:
    """``field`` with each line that holds a list numbered inline split into its lead and
    one line per item (same line number); other fields unchanged."""
    items: list[Item] = []
    for item in field.items:
        pieces = None if item.bullet or numbered(item) is not None else _inline_items(item.text)
        items += [replace(item, text=piece) for piece in pieces] if pieces else [item]
    return replace(field, items=tuple(items)) if len(items) != len(field.items) else field


def labelled_lines(field: Field) -> list[str]:
    """The prose of ``field`` as lines, a line that opens with a short "Label:" starting a new
    one ("Member countries: A; B; C" then "Associated countries: D, E": two statements, not
    "C Associated countries"); other lines join the one before (a wrapped sentence)."""
    lines: list[str] = []
    in_list = False  # the statement so far opened with "Label: list"
    for item in field.items:
        label, colon, rest = item.text.partition(": ")
        labelled = bool(colon and rest and 1 <= len(strip_notes(label).split()) <= 8)
        # "+ dev partners": a line opened by a plus sign adds one more statement.
        plus = item.text.startswith("+ ")
        # "member countries: A, B and C" then "big donors are D": a labelled list whose line
        # ends with no joining mark is closed, so the next line is a statement of its own.
        closed = in_list and _closed_list(lines[-1])
        if lines and not plus and not labelled and not closed:
            lines[-1] = f"{lines[-1]} {item.text}"
        else:
            lines.append(item.text[2:] if plus else item.text)
            in_list = labelled
    return lines


# A list that ends here: its last word joins nothing to the next line.
_OPEN_END = re.compile(r"(?:[,;:&/+–—-]|\b(?:and|or|of|the|for|in|at|by|with|to|an?))\s*\Z", re.I)


def _closed_list(line: str) -> bool:
    return _OPEN_END.search(line) is None


def unmarked_lines(field: Field) -> list[str]:
    """The lines of ``field`` that ``list_lines`` does not count as list items."""
    field = inline_lists_split(field)
    return [item.text for item in field.items if _list_line(field, item) is None]


def _list_line(field: Field, item: Item) -> str | None:
    if item.bullet:
        return item.text
    text = numbered(item)
    many = text is not None and sum(numbered(other) is not None for other in field.items) >= 2
    return text if many else _under_heading(field, item)


def _under_heading(field: Field, item: Item) -> str | None:
    """ "The work is done by the following units:" then "Unit A", "Unit B" without bullets:
    every line after a line ending in a colon is an item when all of them are short and
    none ends a sentence."""
    lines = list(field.items)
    heads = [n for n, line in enumerate(lines) if line.text.rstrip().endswith(":")]
    if not heads or item not in lines[heads[0] + 1 :]:
        return None
    after = [line.text.strip() for line in lines[heads[0] + 1 :]]
    if len(after) < 2 or any(line.endswith((".", ":", ";")) or len(line.split()) > 12 for line in after):
        return None
    return item.text


@dataclass(frozen=True)
class PipeTable:
    """A table written with pipes ("| Post | Holder |" then one line per row): its heading
    cells and its rows, each cell stripped; ``items`` are the field lines it was read from."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    items: tuple[Item, ...]

    def column(self, holds: str) -> list[str] | None:
        """The cells of the column whose heading holds ``holds`` (lexicon/table-columns.csv:
        post, holder, unit, member, code), one per row; ``None`` when no heading says so.
        A row that only elides ("…", "other", "etc.") gives an empty cell: it names nobody."""
        kinds = lexicon.table_columns()
        found = [n for n, cell in enumerate(self.header) if kinds.get(cell.lower()) == holds]
        if len(found) != 1:
            return None
        cells = [row[found[0]] if found[0] < len(row) else "" for row in self.rows]
        return ["" if cell.lower().strip(" .") in _ELIDED_CELLS or "|" in cell else cell for cell in cells]


# "| … | … |", "| other | |": a row that stands for the rows left out.
_ELIDED_CELLS = frozenset({"…", "...", "", "other", "others", "etc", "more", "and others"})


def _cells(text: str) -> tuple[str, ...] | None:
    line = text.strip()
    if not (line.startswith("|") and line.endswith("|")) or len(line) < 3:
        return None
    cells = tuple(cell.strip() for cell in line[1:-1].split("|"))
    if len(cells) < 2 or not all(cells[:2]):
        return None
    return cells


def pipe_tables(field: Field) -> list[PipeTable]:
    """The pipe tables of ``field``: runs of two lines or more of "| a | b |" cells, the first
    line the heading; a rule line ("|---|---|") is skipped."""
    tables: list[PipeTable] = []
    run: list[tuple[Item, tuple[str, ...]]] = []
    for item in (*field.items, None):
        cells = _cells(item.text) if item and not item.bullet else None
        rule = cells is not None and all(set(cell) <= set("-: ") for cell in cells)
        if item is not None and cells is not None:
            if not rule:
                run.append((item, cells))
            continue
        if len(run) >= 2:
            tables.append(PipeTable(run[0][1], tuple(c for _, c in run[1:]), tuple(i for i, _ in run)))
        run = []
    return tables


def without_tables(field: Field) -> Field:
    """``field`` without the lines of its pipe tables (read on their own, cell by cell)."""
    table_items = {item for table in pipe_tables(field) for item in table.items}
    return replace(field, items=tuple(item for item in field.items if item not in table_items))


# A record's key: up to four short words, a letter first ("parent_org", "Status in registry",
# "city/town", "p.o. box"); then ":" or "=" (not the "://" of a link) and the value.
_KEYED = re.compile(
    r"(?P<key>[^\W\d][\w./-]{0,30}(?: [^\W\d][\w./-]{0,20}){0,3})\s{0,2}[:=](?!//)\s{0,3}(?P<value>\S.*)"
)
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,5}")


def record_key(written: str) -> str:
    """A record key or column name as the lexicon tables list it: lowercase, "_" and "-" read
    as a space, no final stop ("Parent_Org." → "parent org")."""
    return " ".join(re.split(r"[\s_-]+", written.lower())).strip().rstrip(".")


@dataclass(frozen=True)
class Record:
    """One key and its value: a record line of a registry export or a form ("parent_org:
    Ministry of X", "city = Apia", "Status in registry: active"), a two-cell table row
    ("| City | Apia |") or a tab-separated pair ("City<TAB>Apia")."""

    written_key: str
    value: str
    in_cells: bool  # a table row or a tab-separated pair, not "key: value"

    @property
    def key(self) -> str:
        return record_key(self.written_key)

    @property
    def identifier_key(self) -> bool:
        """A key written as an identifier, words joined by "_" ("other_units", "start_year")."""
        return not self.in_cells and _IDENTIFIER.fullmatch(self.written_key) is not None


def record(line: str) -> Record | None:
    """The key and value ``line`` holds, or None: a table row or tab-separated line of exactly
    two non-empty cells, or else "key: value" / "key = value" after any bullet mark."""
    text = line.strip()
    if text.startswith("|"):
        cells = [cell.strip() for cell in text.strip("|").split("|")]
    else:
        cells = [cell.strip() for cell in text.split("\t") if cell.strip()] if "\t" in text else []
    if len(cells) == 2 and all(cells):
        return Record(cells[0], cells[1], in_cells=True)
    found = _KEYED.fullmatch(text.lstrip("-*• "))
    return Record(found["key"], found["value"].strip(), in_cells=False) if found else None


# --- free-text labels (services, regulations, funding sources) --------------------------
#
# Each sentence is cut at commas and semicolons outside brackets (and not between digits);
# a piece loses a list's marks and is a label only when it reads as one: brackets that pair
# up, a word of three letters, at most 15 words, no colon, no clause opener first ("It",
# "Which", "Yes"; lexicon/clause-openers.csv) and no finite verb after its first word
# ("… when supplies are disrupted"; sentence-verbs.csv, label-clause-verbs.csv).

# a list's marks before a piece: "(a) ", "iv) ", "1948 → ", "1876–1945 → ", "→ ", "• "
_PIECE_MARK = re.compile(r"\A(?:\(?(?:[a-z]|[ivx]{1,4})\)\s|\d{4}(?:\s?[–-]\s?\d{2,4})?\s?→\s?|[→•·]\s?)")
_MAX_LABEL_WORDS = 15


def field_labels(field: Field, lead: re.Pattern[str] | None = None) -> tuple[list[str], list[str]]:
    """The labels of a free-text list field and the pieces refused as clauses or fragments:
    a bulleted or numbered list's items whole (``list_lines``), the prose around them cut."""
    listed = list_lines(field)
    labels: list[str] = []
    refused: list[str] = []
    for line in listed:
        read, left = free_text_labels(line, whole=True)
        labels += read
        refused += left
    read, left = free_text_labels(" ".join(unmarked_lines(field)) if listed else field.text, lead)
    return labels + read, refused + left


def free_text_labels(
    text: str, lead: re.Pattern[str] | None = None, *, whole: bool = False
) -> tuple[list[str], list[str]]:
    """The labels of a free-text list and the pieces refused as clauses or fragments;
    ``whole``: the text is one list item, cut only at its semicolons."""
    labels: list[str] = []
    refused: list[str] = []
    for sentence in [text] if whole else sentences(text):
        if lead is not None:
            sentence = lead.sub("", sentence, count=1)
        for piece in split_top_level(sentence, ";" if whole else ",;", digit_groups=True):
            label = clean(_PIECE_MARK.sub("", clean(piece)))
            if label:
                (labels if _reads_as_label(label) else refused).append(label)
    return labels, refused


def _reads_as_label(piece: str) -> bool:
    words = piece.split()
    bare = [word.strip("()[]{}\"'“”‘’.,:;!?").lower() for word in words]
    return (
        _brackets_pair(piece)
        and len(words) <= _MAX_LABEL_WORDS
        and ":" not in piece
        and any(len(word) >= 3 and word.isalpha() for word in bare)
        and bare[0] not in lexicon.clause_openers()
        and not any(word in lexicon.label_clause_verbs() for word in bare[1:])
    )


def _brackets_pair(text: str) -> bool:
    depth = 0
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if depth < 0:
            return False
    return depth == 0


_CROSS_REFERENCE_MARKS = [mark for (mark,) in lexicon.table("cross-reference-marks")]
# as written or capitalised at a sentence's start ("See also", "Cf."), never in capitals ("CF.")
_CROSS_REFERENCE_SPELLINGS = [*_CROSS_REFERENCE_MARKS, *(m.capitalize() for m in _CROSS_REFERENCE_MARKS)]
_CROSS_REFERENCE = re.compile(rf"(?<![\w.])(?:{lexicon.alternation(_CROSS_REFERENCE_SPELLINGS)})(?![\w])")
_SPACE_BEFORE_STOP = re.compile(r"\s(?=[.,;:])")  # left where a cut bracket stood: "maps (cf. n. 3)."


def without_cross_reference(text: str) -> str:
    """``text`` without its pointers to other bodies ("see also: X, a separate museum"): from
    the mark to the end of its bracket ("(… , cf. n. 9)") or, outside brackets, of the line."""
    pieces: list[str] = []
    position, depth = 0, 0
    for found in _CROSS_REFERENCE.finditer(text):
        if found.start() < position:
            continue  # inside a bracket already cut
        before = text[position : found.start()]
        depth = _depth(before, depth)
        if depth == 0:  # outside brackets: the rest of the line goes
            pieces.append(before)
            position = len(text)
            break
        close = _closing(text, found.start())
        if before.rstrip().endswith("(") and close is not None:  # "(see also X)": the whole bracket
            pieces.append(before.rstrip()[:-1])
            position, depth = close + 1, depth - 1
        else:
            pieces.append(before.rstrip(" ;,"))
            position = close if close is not None else len(text)
    if not pieces:  # no pointer
        return text
    pieces.append(text[position:])
    kept = " ".join("".join(pieces).split())
    return _SPACE_BEFORE_STOP.sub("", kept).rstrip(" ;,–—-")


def _closing(text: str, start: int) -> int | None:
    """The index of the bracket that closes the one open at ``start``."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            if depth == 0:
                return index
            depth -= 1
    return None


# A frame of the writer's knowledge or emphasis opening a sentence ("As of my last
# update, …", "It's worth noting that …"; lexicon/discourse-openers.csv), at the start of the
# line or after a sentence's end, followed by a comma or by "that" (the table's own last word)
_OPENERS = sorted((phrase for (phrase,) in lexicon.table("discourse-openers")), key=len, reverse=True)
_SENTENCE_START = r"(?:^|(?<=[.!?:;][ \t])|(?<=[.!?][)\"”’][ \t]))"
_DISCOURSE_OPENER = re.compile(
    rf"{_SENTENCE_START}(?i:{lexicon.alternation(_OPENERS)})(?:,[ \t]{{1,3}}|(?<=that)[ \t]{{1,3}})(?=\w)"
)


def without_discourse_openers(text: str) -> str:
    """``text`` without the frames that open its sentences ("As of my last update, the Director
    is A." → "the Director is A.")."""
    return _DISCOURSE_OPENER.sub("", text) if "," in text or "that" in text else text


# What a social-media post carries besides its words: pictographs (the emoji blocks,
# dingbats, flags, their joiners and variation selectors) and hashtags ("#HalaMadrid"), and
# a thread's post number opening a line ("1/ President: A"). Readers never read them.
# The emoji-presentation signs of the technical block too (watch, hourglass, media
# controls, alarm clock: "⌚", "⏳"), which no writer uses as a letter.
_PICTOGRAPHS = re.compile(
    r"[\u231a\u231b\u23e9-\u23f3\u23f8-\u23fa\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\U000e0020-\U000e007f]+"
)
_HASHTAG = re.compile(r"(?<![\w&#])#[^\W\d_][\w]{0,80}")
_POST_NUMBER = re.compile(r"[ \t]{0,3}\d{1,3}/[ \t]{1,3}(?=\S)")
_SPACE_RUN = re.compile(r"[ \t]{2,}")


def without_post_marks(text: str) -> str:
    """``text`` without pictographs, hashtags and a thread's post number opening it ("🧵 1/
    thread on X ⚽ #club" → "thread on X")."""
    if text.isascii() and "#" not in text and "/" not in text:
        return text
    kept = _HASHTAG.sub("", _PICTOGRAPHS.sub(" ", text))
    number = _POST_NUMBER.match(kept)
    if number:
        kept = kept[number.end() :]
    return _SPACE_RUN.sub(" ", kept).strip() if kept != text else text


def _as_read(line: str) -> str:
    return without_discourse_openers(without_post_marks(without_cross_reference(line))).strip()


def _cased(text: str) -> str:
    return in_usual_case(text) if is_shouted(text) else text


def readers_view(profile: Profile) -> Profile:
    """``profile`` as its readers read it: every line without its cross-references, without a
    social-media post's pictographs, hashtags and post number, and without the discourse frames
    opening its sentences, a line that was nothing else dropped, a field
    left empty kept as written (lines and verbatim unchanged on the profile the caller holds);
    a field's line typed in capitals in its words' usual case (``shouting``)."""

    def field_read(field: Field) -> Field:
        items = tuple(replace(item, text=kept) for item in field.items if (kept := _as_read(_cased(item.text))))
        return replace(field, items=items) if items else field

    intro = _as_read(profile.intro) if profile.intro else profile.intro
    return replace(profile, intro=intro or profile.intro, fields=tuple(field_read(f) for f in profile.fields))


def closing_labelled_value(text: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """ "…, United States. Street address: Not reported." → ("…, United States", "Not
    reported"): the text before a closing "label: value" (a label of ``labels``, casefolded,
    opening after ". ", ";", ", " or, in a closing bracket, "("), and the value; else None
    (for an address's null component and its status)."""
    stripped = text.rstrip().removesuffix(".").rstrip()
    bracketed = stripped.endswith(")")
    body = stripped[:-1].rstrip() if bracketed else stripped
    colon = body.rfind(":")
    value = body[colon + 1 :].strip()
    if colon <= 0 or not value or "(" in value:
        return None
    openers = ("(",) if bracketed else (". ", ";", ", ")
    for at, mark in sorted(((body.rfind(mark, 0, colon), mark) for mark in openers), reverse=True):
        label = " ".join(body[at + len(mark) : colon].split()).casefold()
        head = body[:at].rstrip(" ,;.")
        if at > 0 and label in labels and head and head[-1] not in ":(":
            return head, value
    return None
