"""Divisions and programs (named units of the organization)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache
from itertools import pairwise

from orgkg.model import Fact, Field, FieldFacts, FieldStatus, Identity, Item, Mention, Program, Unit

from . import lexicon
from .names import (
    NameKind,
    and_pieces_decided,
    body_natural_order,
    is_acronym,
    is_country,
    is_description,
    is_legal_form,
    is_proper_name,
    is_subdivision,
    list_pieces,
    never_a_name,
    org_mention,
    person_name,
    split_acronym,
)
from .numbers import Amount, amounts, word_amounts
from .reader import ReaderResult
from .status import status_of_text
from .text import (
    clean,
    list_lines,
    pipe_tables,
    record,
    semicolon_lists_closed,
    sentences,
    split_items,
    split_list,
    split_top_level,
    split_words_top_level,
    strip_article,
    strip_lead_in,
    strip_notes,
    unique,
    unmarked_lines,
    without_addition_lead,
    without_tables,
    without_unreal,
)

UNIT_WORDS = lexicon.alternation(lexicon.unit_words())
UNIT_PHRASE = re.compile(
    rf"\b(?:an?|the|its|one)\s+(?P<unit>(?:[\w-]+\s+){{0,4}}?(?:{UNIT_WORDS}))\b(?:\s*\((?P<acr>[A-Z][\w&.-]+)\))?",
    re.I,
)
# "Working groups focused on aspects like A, B or C": the unit, then its topics.
_TOPIC_LEAD = re.compile(r"\b(?:focused on|on|covering|dealing with|for)\b", re.I)
_TOPIC_CUE = re.compile(r"\b(?:like|such as|including|namely)\s+", re.I)
_TOPIC_ON = re.compile(r"\b(?:on|covering)\s+", re.I)
_THROUGH = re.compile(r"\bthrough\b", re.I)
# "Eight departments, among them A; B", "Centers include the A, the B and the C".
_CUE = re.compile(
    r"^(?P<head>(?:[^;:\s]+\s+){0,20}?)(?:among them|such as|including|includes|include|namely|comprise|comprising)"
    r"(?::\s*|,\s*|\s+)(?P<list>[^\s,:].*)$",
    re.I,
)
# "Its institutes are A, B and C" (a lowercase head before "are") and "A, B and C are the
# three areas ..." (a lowercase description after it).
_ARE = re.compile(r"\s(?:are|is)\s")
# "omniORB", "iPhone": a name written with a lowercase first letter and an inner capital.
_INNER_CAPITAL = re.compile(r"[a-z]+[A-Z][\w-]*")
# One coined word: "AlphaGo", "MuZero", "A330", "GPT-4", "BERT" (not "Ice", not "Climate").
_COINED = re.compile(r"[A-Z][a-z]{0,12}[A-Z][\w-]{0,20}|[A-Z][A-Za-z]{0,6}-?\d[\w-]{0,10}|[A-Z]{2,8}")
_LIST_JOINT = re.compile(r"[,;]| and | & ")
# A place note between a name and its country: one to three capitalised words, no "and".
_PLACE_NOTE = re.compile(r"[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,2}")
_PROGRAM_LEAD = re.compile(
    r"^(?:the\s+)?(?:development|creation|establishment|launch|formation)\s+of\s+(?:the\s+)?", re.I
)
# "Space Technology Directorate II", "CNET Lannion A": a Roman numeral or a capital letter
# that tells apart units of the same name ("I" and "A" are joining words to the name check).
_DESIGNATOR = re.compile(r"\s(?:[IVX]{1,4}|[A-Z])\Z")
# "Momentum – funding for …", "Pratham Institute — vocational skilling …", "Alpha: support
# for …": a name, then a lowercase description after a spaced dash or a colon.
# "X (ACR): 10-yr plan, …": a figure with a lowercase word opens a description too.
_DESCRIPTION = re.compile(r"\s[–—-]\s+(?=[a-z])|:\s+(?=[a-z]|\d{1,4}-?[a-z]{2})")
# "It also ran the A, the B and the C": where an item of an article-marked list starts.
_THE_ITEM = re.compile(r",\s(?:and\s)?(?=(?:the|an?)\s)|\sand\s(?=(?:the|an?)\s)")
_LIST_VERBS = sorted((verb for (verb,) in lexicon.table("unit-list-verbs")), key=lambda w: (-len(w), w))
_LIST_VERB = re.compile(rf"\b(?:{lexicon.alternation(_LIST_VERBS)})\s+(?=the\s)")
_COUNT_NOUNS = frozenset(noun for (noun,) in lexicon.table("unit-count-nouns"))
_PROGRAM_LEAD_WORDS = frozenset(word for (word,) in lexicon.table("program-lead-words"))
_PROGRAM_SELF_WORDS = frozenset(word for (word,) in lexicon.table("program-self-words"))
# "three teams — A, B and C — supported by …", "four laboratories: A, B, C and D": a count,
# up to three words ending in the plural noun, then the list in dashes, brackets or after a colon.
# "three organs, shown here left to right:": a lowercase aside to the reader (two words or
# more, no list cue such as "namely" or "including") may sit between the counted noun and the
# colon; the noun is read before it.
_LIST_CUE_WORDS = lexicon.alternation(sorted({c.cue.split()[0] for c in lexicon.partner_list_cues()}))
_COUNTED_LIST = re.compile(
    r"(?P<noun>(?:\s[\w-]+){1,3}?)"
    rf"(?:,(?!\s(?:{_LIST_CUE_WORDS})\b)(?:\s[a-z][\w-]*){{2,6}}(?=:))?\s?(?:[—–(:]|\s-\s)\s*"
)
# "the Governing Body, its executive council": a lowercase description after a comma closing
# a semicolon item says what the unit is, no part of its name.
_ITEM_APPOSITION = re.compile(r",\s(?:the|its|their|our|a|an)\s[^,]*\Z")
_COUNTED_WINDOW = 600  # characters: longer than any list of unit names
_COUNTED_END = re.compile(r"\s?[—–)]|\s-\s|\.\Z")


# "“Open Science Initiative”": quotation marks around a whole item are no part of the name.
_QUOTED = re.compile(r"\A[\"“”«‘'](?P<name>[^\"“”«»‘’']+)[\"“”»’']\Z")
# "each heading one Department", "one Board per region": a count word refers to a unit too.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that|one|each|every|any|another|per)\s+\Z", re.I)
_LONE_UNIT_WORD = re.compile(rf"(?:{UNIT_WORDS})s?\.?", re.I)


# "So, you had the A", "Oh, and the B", "Then the C", "There's the D": a spoken sentence's
# opener (lexicon/spoken-openers.csv) is no part of the name after it. Only with a capital at
# the sentence start and a comma or an article after it: "So Good Foods" stays a name.
def _spoken_opener_pattern(comma_only: bool) -> str:
    # a joining "And the C." carries on the list before it: kept (see spoken-openers.csv)
    return "|".join(
        r",?\s+".join(map(re.escape, (row.phrase[0].upper() + row.phrase[1:]).split()))
        for row in lexicon.spoken_openers()
        if row.comma_only is comma_only and not row.joins
    )


_SPOKEN_OPENER = re.compile(
    rf"\A(?:(?:{_spoken_opener_pattern(True)}),\s+|(?:{_spoken_opener_pattern(False)})(?:,\s+|\s+(?=(?:the|an?)\s)))"
)


# "the library's the Kenneth Dike Library", "its archive is the X Archive": a common noun
# said to be a named unit; the name is the item, the words before it are not.
_NAMED_AS = re.compile(r"\A(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s[a-z][\w-]{1,30}(?:['’]s|\sis)\s(?=the\s[A-Z])")


# "the Economic, Social and Cultural Council, ECOSOCC": an acronym after a comma closing an
# item is the same unit's short name, as if in brackets.
_COMMA_ACRONYM = re.compile(r"(?P<name>[^;()]{3,200}),\s(?P<acr>[A-Z][A-Za-z&-]{1,9})\Z")


def comma_acronym_bracketed(item: str) -> str:
    """ "the X Council, XC" → "the X Council (XC)" when the acronym's letters are, in order,
    letters of the name from its first ("ECOSOCC" in "Economic, Social and Cultural Council");
    ``item`` itself otherwise ("the Kenneth Dike Library, UCH" is two names)."""
    found = _COMMA_ACRONYM.fullmatch(item.strip().rstrip("."))
    if not found or not is_acronym(found["acr"]):
        return item
    name = strip_article(found["name"]).upper()
    letters = iter(name)
    if not name.startswith(found["acr"][0].upper()) or not all(c in letters for c in found["acr"].upper()):
        return item
    return f"{found['name']} ({found['acr']})"


_INNER_COMMA_ACRONYM = re.compile(r",\s(?P<acr>[A-Z][A-Za-z&-]{1,9})(?=[,;.]|\s(?:and|or)\s|\Z)")
# where an item starts: the text's start, ", and", a semicolon or "the" before a capital
# ("and" alone joins words inside a name: "Scientific and Technical Council")
_ITEM_START = re.compile(r"(?:\A|,\s(?:and|or)\s|;\s?)(?:the\s)?(?=[A-Z])|\bthe\s(?=[A-Z])")


def comma_acronyms_bracketed(text: str) -> str:
    """ "the A Council, AC, and the B" → "the A Council (AC), and the B": inside a list, an
    acronym after a comma that abbreviates the item before it (``comma_acronym_bracketed``)."""
    out, last = [], 0
    for found in _INNER_COMMA_ACRONYM.finditer(text):
        before = text[: found.start()]
        starts = [m.end() for m in _ITEM_START.finditer(before)]
        name = before[starts[-1] :] if starts else before
        if comma_acronym_bracketed(f"{name}, {found['acr']}") != f"{name}, {found['acr']}":
            out += [text[last : found.start()], f" ({found['acr']})"]
            last = found.end()
    return "".join(out) + text[last:]


def _acronyms_joined(items: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "the A Council", "ACO", "the B": an item that is only an acronym of the item before
    it is that item's short name, no unit of its own."""
    joined: list[tuple[str, bool]] = []
    for text, single in items:
        if joined and is_acronym(text.strip(" .")):
            merged = comma_acronym_bracketed(f"{joined[-1][0].rstrip(' ,')}, {text.strip(' .')}")
            if merged != f"{joined[-1][0].rstrip(' ,')}, {text.strip(' .')}":
                joined[-1] = (merged, True)
                continue
        joined.append((text if single else comma_acronyms_bracketed(text), single))
    return joined


def without_spoken_openers(field: Field) -> Field:
    """``field`` with each sentence's spoken opener dropped ("So, you had the Pacific
    Division; …" → "you had the Pacific Division; …"); other sentences are kept as written."""
    items = []
    for item in field.items:
        split = sentences(item.text)
        # the rest keeps a capital: "Oh, and the B." → "The B.", still a sentence of its own
        kept = [_SPOKEN_OPENER.sub(lambda _: "", s.strip(), count=1) for s in split]
        kept = [k if k == s.strip() else k[:1].upper() + k[1:] for k, s in zip(kept, split, strict=True)]
        changed = any(k != s.strip() for k, s in zip(kept, split, strict=True))
        items.append(replace(item, text=" ".join(kept)) if changed else item)
    return replace(field, items=tuple(items))


def is_unit_reference(name: str, before: str) -> bool:
    """ "advised the Board", "governed by a Council": a unit word alone after an article
    (``before`` is the text before ``name``) refers to a unit, named elsewhere or not at
    all; it is no unit's name. In a list ("Assembly; Council; Secretariat") it is one."""
    return bool(_LONE_UNIT_WORD.fullmatch(strip_article(clean(name)))) and (
        bool(_ARTICLE_BEFORE.search(before)) or strip_article(name) != name
    )


_DASH_DESCRIPTION = re.compile(r"\s[—–]\s(?:an?|the)\s[a-z]")


# "… 36%", "… 12.5 %": a share closing a list item.
_SHARE = re.compile(r"\s\d{1,3}(?:[.,]\d{1,2})?\s?%\Z")


def read_divisions(field: Field, identity: Identity) -> ReaderResult:
    # "a planned X Division", "Chair (proposed): A": a sentence stating no current fact names nothing.
    field = without_unreal(field)
    # "other_units: unknown": a record that names nothing is no part of the list before it.
    field = without_null_records(field)
    field = without_spoken_openers(field)
    # "| Division | Head |": a pipe table is read by its unit column or not at all.
    facts: list[Fact] = [
        Unit(found.name, found.acronym, ())
        for table in pipe_tables(field)
        for cell in table.column("unit") or []
        for found in [item_mention(cell, NameKind.UNIT, bullet=True)]
        if found
    ]
    field = without_tables(field)
    field = semicolon_lists_closed(name_lines(field))
    bullets = list_lines(field)
    # "- Mathaf: Arab Museum of Modern Art" among plain names: a name with its subtitle.
    labelled = [line for line in bullets if len(split_top_level(line, ":")) == 2]
    subtitled = len(bullets) >= 3 and len(labelled) == 1
    marked: list[str] = []  # prose items beside the bullets: no place note is cut from them
    no_formal = re.search(r"\bno\s+(?:formal\s+)?(?:divisions|units|departments)\b", field.text, re.I)
    if no_formal and not bullets:
        through = _THROUGH.search(field.text)
        rest = field.text[through.end() :].lstrip(" :") if through else ""
        items = [(rest, False)] if rest else []
    elif bullets:
        # Prose beside the bullets ("It also ran the A, the B and the C") is read only where
        # its shape marks every item: a counted or an article-marked list.
        prose = " ".join(unmarked_lines(field))
        marked = marked_lists(prose, NameKind.UNIT) or []  # None: a count that disagrees, nothing
        # "- plus the X Institute": the lead adding the line is no part of its name
        items = [
            (text, True) for line in bullets for text in _semicolon_names(without_addition_lead(line), NameKind.UNIT)
        ]
        items += [(piece, True) for piece in marked]
        # "The museum also runs the X." under the bullets: "also" adds one unit to them.
        added = [name for line in unmarked_lines(field) for name in _also_unit(line)]
        # "Subsidiary: Harbor Leasing (equipment finance)." under the bullets: a labelled line adds one.
        added += [name for line in unmarked_lines(field) for name in _class_record_unit(line)]
        # "- the X Department, which includes the A Division and the B Centre": its parts are units too.
        added += [name for line in bullets for name in _relative_clause_units(line)]
        # "- College of Health (including the Alpha School)": the part named in the bracket too.
        added += [name for line in bullets for name in _bracketed_part_unit(line)]
        marked += added
        items += [(piece, True) for piece in added]
    else:
        # A list whose shape marks every item ("It also runs the A and a B") is read as such.
        marked = marked_lists(field.text, NameKind.UNIT) or []
        # "… the main ones being A, B and C", "two examples are the A and the B".
        marked = marked or example_names(field.text, NameKind.UNIT)
        items = [(piece, True) for piece in marked] or list_items(field.text, NameKind.UNIT)
        # "Alliance Air — a wholly-owned subsidiary …": one line, a name and a dash note, is one item.
        if len(items) == 1 and len(field.items) == 1 and _DASH_DESCRIPTION.search(items[0][0]):
            items = [(items[0][0], True)]
    items = _acronyms_joined(items)
    placed = _placed_names([text for text, _ in items]) if bullets else {}
    for item_text, single in items:
        if item_text in placed:  # "Regional Office, Leeds" beside "Regional Office, York"
            facts.append(placed[item_text])
            continue
        # "Global Direct Investments 36%": a segment's share of the whole is no part of its name.
        item_text = _SHARE.sub("", item_text)
        item_text = comma_acronym_bracketed(_NAMED_AS.sub("", item_text))
        if _is_other_body(item_text):
            continue  # "The X (ACR), created in 1990, is a distinct institution": another body
        text = without_dash_place(item_text)  # "… on Urban Water – Lyon, France": the place is no topic
        if _seat_only(text, item_text):
            continue
        topics_match = _topics(strip_notes(text.rstrip(" ,;:.")))  # "X (a hospital on the campus)": a note, no topics
        name = text
        topics: tuple[str, ...] = ()
        if topics_match and (no_formal or not is_proper_name(text)):
            name = text[: topics_match[0]]
            topics = tuple(split_list(topics_match[1], on_and=False))
            topics = tuple(re.sub(r"^or\s+", "", t) for t in topics)
            single = True
        for found, piece in _mentions(
            name,
            NameKind.UNIT,
            single,
            bullet=bool(bullets) and item_text not in marked,
            subtitled=subtitled and item_text in labelled,
        ):
            if found and bullets and item_text not in marked:
                found = with_own_article(found, clean(piece))
            if found and not bullets and _lone_class_reference(clean(piece)):
                continue  # "The University is organised in faculties": the body itself, no unit
            if found and _names_post_held(found.name):
                continue  # "…, Chief Risk Officer": a post in the organization, no unit
            if found:
                facts.append(Unit(found.name, found.acronym, topics))
            elif no_formal and is_description(clean(piece)):  # "Working groups or subcommittees"
                # "country offices in around 30 countries in Asia": the count of places is no part of it
                facts.append(Unit(_counted_places_dropped(clean(piece)), None, topics))
    status = FieldStatus.EXPLICITLY_NONE if no_formal and not facts else None
    return unique(facts), status


# "in around 25 countries": "in", a count qualifier, a count (no year), a lowercase word.
_COUNTED_PLACES = re.compile(
    rf"\sin\s(?:(?:{lexicon.alternation(lexicon.count_qualifiers())})\s)?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})*|(?:{lexicon.alternation(tuple(lexicon.number_words()))}))\s+[a-z]",
    re.I,
)


def _counted_places_dropped(text: str) -> str:
    """ "country programmes in around 25 countries in Africa and Asia" → "country programmes": a
    described unit (no name) followed by "in" and a count of places where it works;
    the count and what follows describe its reach, not the unit."""
    found = _COUNTED_PLACES.search(text)
    return text[: found.start()] if found and found.start() > 0 else text


_WHICH = re.compile(r",\s(?:which|that)\s")


def _relative_clause_units(line: str) -> list[str]:
    """ "the Energy Department, which includes the Alpha Division and the Beta Centre": a bullet's
    relative clause listing, after a verb of ``unit-list-verbs``, units each marked by "the"
    names them as units too. A clause of one item or of unmarked items reads nothing."""
    which = _WHICH.search(line)
    if not which:
        return []
    return marked_lists(line[which.end() :], NameKind.UNIT) or []


# "(including the Alpha School of Medicine)": a lead word, "the", one capitalised name, the end.
_PART_BRACKET = re.compile(r"\((?P<lead>[a-z.]{3,12})\sthe\s(?P<name>[A-ZÀ-Þ][^()]{2,100})\)\s*\Z")


def _bracketed_part_unit(line: str) -> list[str]:
    """ "College of Health (including the Alpha School of Medicine)": a bullet ending in a
    bracket that opens with a word of unit-part-bracket-leads.csv and "the" names one part of
    its unit, a unit too; a bracket of two names or more ("A and B"), of a lowercase
    description or of any other lead reads nothing."""
    found = _PART_BRACKET.search(line.rstrip(" .;"))
    if found is None or found["lead"] not in lexicon.unit_part_bracket_leads() or found.start() == 0:
        return []
    name = found["name"].strip()
    if re.search(r",|\sand\s|\s&\s", name):
        return []
    mention = item_mention(name, NameKind.UNIT, bullet=True)
    return [name] if mention and mention.name == name and is_proper_name(name) else []


def with_own_article(found: Mention, item: str) -> Mention:
    """ "- The Western Producer", "6. The Priest House, West Hoathly": a list line is a name,
    not a sentence, so a capitalised "The" that opens it belongs to the name (a newspaper, a
    house); a name with a unit word ("- The Research Council") is a unit named by its
    class, whose article is grammar, and loses it."""
    if item.startswith("The ") and item[4:].startswith(found.name) and not has_unit_word(found.name):
        return replace(found, name=f"The {found.name}")
    if item.startswith("The ") and item[4:].startswith(found.name) and _opens_with_article_country(item):
        return replace(found, name=f"The {found.name}")  # "- The Gambia National Office": the country's own "The"
    return found


def _opens_with_article_country(item: str) -> bool:
    """ "The Gambia National Office": the item opens with a country whose English name keeps
    a capital "The" (lexicon/country-article-names.csv), a whole word."""
    return any(
        item.startswith(country) and item[len(country) : len(country) + 1] in (" ", "")
        for country in lexicon.country_article_names()
    )


def name_lines(field: Field) -> Field:
    """A body of two lines or more, none a bullet, each short and ending no sentence (an
    infobox pasted as text: "Subsidiaries", "Alpha Airlines", "Beta Plant"), is a list of
    one name a line, not one name glued across them. A line that is only a class of units
    ("Subsidiaries") labels the list; a label row ("Subsidiaries<TAB>Alpha Airlines",
    ``text.record``) gives its value."""
    items: list[Item] = []
    for item in field.items:
        found = record(item.text)
        if found and found.in_cells and "\t" in item.text and not _unit_class_word(found.written_key):
            continue  # "Founded<TAB>1946": another infobox label row pasted here names no unit
        if found and found.in_cells and _unit_class_word(found.written_key):
            item = replace(item, text=found.value)
        if not _unit_class_word(item.text.rstrip(" :")):
            items.append(item)
    plain = len(field.items) >= 2 and not list_lines(field)  # no bullet, number or list heading
    short = all(len(item.text.split()) <= 12 and not item.text.rstrip().endswith((".", ":", ";")) for item in items)
    if plain and short and items:
        return replace(field, items=tuple(replace(item, bullet=True) for item in items))
    if len(items) < len(field.items) or any(a != b for a, b in zip(items, field.items, strict=False)):
        return replace(field, items=tuple(items))
    return field


def without_null_records(field: Field) -> Field:
    """``field`` without its record lines whose value is a null ("other_units: unknown",
    "partners = n/a"): they state that nothing is known, and no name is read from them."""

    def null(item: Item) -> bool:
        found = record(item.text)
        return found is not None and found.identifier_key and not status_of_text(found.value).stated

    return replace(field, items=tuple(item for item in field.items if not null(item)))


def _semicolon_names(line: str, kind: NameKind) -> list[str]:
    """ "Orquestra Gulbenkian; Coro Gulbenkian": a bullet whose semicolon parts are each a
    name is several items; "Alpha Unit; closed 2003" names the part before it."""
    # "Life Sciences, Division of": a catalogue's inverted name reads in natural order.
    parts = [
        body_natural_order(clean(part), kind) or clean(part)
        for piece in split_top_level(line, ";")
        for part in plus_parts(clean(piece))  # "Director + Research Council": each its own
    ]
    # Each part a name of two words or more: "Research Unit; Lisbon" is a name and a note.
    names = [one_item(part, kind, bullet=True) for part in parts]
    if len(parts) > 1 and all(len(name.split()) >= 2 and _whole_name(name, kind) for name in names):
        return parts
    # "Associateship course (AICTA); postgraduate": after a lowercase note, an acronym may stay.
    noted = all(part[:1].islower() for part in parts[1:])
    if len(parts) > 1 and _whole_name(names[0], kind, acronym=noted) and coined_names(line) is None:
        return [parts[0]]  # a note after the semicolon: no name runs across it ("A320; A330" are read later)
    return [line]


def _mentions(
    text: str, kind: NameKind, single: bool, *, bullet: bool, subtitled: bool = False
) -> list[tuple[Mention | None, str]]:
    """The names in one item (``single``: the item is one name) or in a prose list, each with
    the piece of text it was read from; a list is read only when every piece is a name."""
    if single:
        return [(item_mention(text, kind, bullet=bullet, subtitled=subtitled), text)]
    pieces = split_unit_names(text, kind)
    return [(mention_of(piece, kind), piece) for piece in pieces or []]


def split_unit_names(text: str, kind: NameKind) -> list[str] | None:
    """``names.list_pieces`` kept only when every piece is a name by ``mention_of`` (which
    also accepts a designator: "CNET Lannion A, CNET Lannion B"); ``None`` otherwise."""
    # "a Data Unit and a Legal Unit": two names ("the" lists are read by list_pieces, which
    # also splits an item without article: "the A, B (note) and the C").
    marked = _article_items(text, kind) if re.match(r"an?\s", text, re.I) else []
    pieces = [strip_article(p) for p in marked] if marked else [without_place(p) for p in list_pieces(text, kind)]
    return pieces if pieces and all(mention_of(piece, kind) for piece in pieces) else None


def mention_of(text: str, kind: NameKind, *, whole: bool = False) -> Mention | None:
    """A checked unit or program name from "the Name (ACR) (note)"; a Roman numeral or a
    letter after a name ("Directorate II") belongs to it; for a ``whole`` program item a
    leading preposition too ("Towards Net Zero Mission", lexicon/program-lead-words.csv).
    A unit's bracketed country ("Harbour Relief (UK)") is part of its name."""
    found = _mention_of(text, kind, whole=whole)
    if found and kind is NameKind.UNIT and found.acronym and _country_bracket(found.name, found.acronym):
        return replace(found, name=f"{found.name} ({found.acronym})", acronym=None)
    return found


def _country_bracket(name: str, acronym: str) -> bool:
    """ "Harbour Relief (UK)", "Harbour Relief (U.S.)": a two-letter country abbreviation in
    brackets after a name of two words or more marks a national branch or affiliate, when the
    name's initials neither spell it nor open with it ("Nursing Institute (NI)" is an acronym that
    happens to be a country code; "Herbarium (MA)" a one-word name with its code)."""
    letters = acronym.replace(".", "")
    if not re.fullmatch(r"[A-Z]{2}", letters) or lexicon.country_code(acronym) is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    folded = unicodedata.normalize("NFKD", "".join(word[0] for word in words if word[0].isupper()))
    initials = "".join(char for char in folded if not unicodedata.combining(char))
    return len(words) >= 2 and bool(initials) and letters[0] != initials[0] and letters not in initials


def _mention_of(text: str, kind: NameKind, *, whole: bool = False) -> Mention | None:
    found = org_mention(text, kind)
    if found:
        return found
    name, acronym, _ = split_acronym(clean(text))
    name = strip_article(strip_notes(clean(name)))
    acronym = acronym if acronym and is_acronym(acronym) else None
    designator = _DESIGNATOR.search(name)
    if designator:
        base = org_mention(name[: designator.start()], kind)
        if base and base.name == name[: designator.start()] and base.acronym is None:
            return Mention(name, "organization", acronym)
    if kind is NameKind.UNIT and _region_office(name):
        return Mention(name, "organization", acronym)
    if kind is NameKind.UNIT and _lowercase_style_unit(name):
        return Mention(name, "organization", acronym)
    first, _, rest = name.partition(" ")
    if whole and kind is NameKind.PROGRAM and first[:1].isupper() and first.lower() in _PROGRAM_LEAD_WORDS:
        base = org_mention(rest, kind)
        if base and base.name == rest and len(rest.split()) >= 2 and base.acronym is None:
            return Mention(name, "organization", acronym)
    return None


@cache
def _world_regions() -> frozenset[str]:
    return frozenset(name for (name,) in lexicon.table("world-region-names"))


# "Europe, Middle East and Africa | area | office": world regions, at most one lowercase word,
# a lowercase unit word closing the name.
@cache
def _region_office_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?P<regions>[A-Z][\w ,'’-]{{1,80}}?)\s(?:[a-z]{{2,20}}\s)?(?:{_UNIT_WORD_FORMS})")


_REGION_JOINS = re.compile(r",\s(?:and\s)?(?:the\s)?|\sand\s(?:the\s)?")


def _region_office(name: str) -> bool:
    """ "Asia-Pacific area office", "Latin America and the Caribbean regional office": world
    regions (lexicon/world-region-names.csv) before a lowercase office word name the office
    that serves them; "Press office" or "Europe desk staff" name none."""
    found = _region_office_pattern().fullmatch(name)
    if not found:
        return False
    regions = _REGION_JOINS.split(found["regions"])
    return all(region in _world_regions() for region in regions)


_NESTED_MARK = re.compile(r"\A\*{1,3}\s")
_SITE_NOUNS = frozenset(noun for (noun,) in lexicon.table("unit-site-nouns"))
_SITE_LIST_JOINT = re.compile(r",\s|\sand\s")


def _site_list(value: str) -> bool:
    """ "Alpha (Old Mill), Beta and Gamma factories": capitalised places joined as a list and
    closed by a lowercase plural of lexicon/unit-site-nouns.csv say where a unit works, after
    its name and a colon; they name no unit."""
    words = clean(value).rstrip(" .;").split()
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and words[-1] in _SITE_NOUNS
        and _SITE_LIST_JOINT.search(value) is not None
    )


def item_mention(text: str, kind: NameKind, *, bullet: bool = False, subtitled: bool = False) -> Mention | None:
    """The name of one bullet or semicolon item.

    "X (ACR), Place" and "X, the Y" name X; "X – a description" and "X: a description"
    name X; "Label: Name" names Name when the label is a common-noun phrase ("Institutes:
    Alpha Institute"); "Future Production: Chemicals", a proper label and a proper value,
    is one name (both halves checked); an enumeration ("Atlas, Ice and Climate") and a name
    with a place ("Royal Observatory, Edinburgh") stay whole. ``subtitled``: the item is the
    only labelled one among plain names, so "Mathaf: Arab Museum of Modern Art" (one proper
    word, a colon, a whole name) is one name, not a label and its value."""
    if _NESTED_MARK.match(clean(text)):
        # "** Clayton (main campus)": a nested bullet (its second star left by the parser) is a
        # sub-item of the line above, whose place in the structure is not read; no unit.
        return None
    text = _QUOTED.sub(r"\g<name>", clean(text))
    text = body_natural_order(text, kind) or text  # "Life Sciences, Division of"
    unplaced = _plus_places_dropped(text, kind)
    joined = _plus_joined_name(unplaced)  # "Director + Scientific Council": the post is no unit
    if joined is None:
        return None
    placed = text if unplaced != text else joined  # the seat check sees the towns cut here
    text = joined
    text = without_dash_examples(without_dash_place(text))
    description = _DESCRIPTION.search(strip_notes(text)) or (_proper_word_gloss(text) if bullet else None)
    if description:
        head = text[: description.start()]
        if ":" not in head:  # "X, from 1937, under which … — and …": the head's notes go too
            return mention_of(one_item(head, kind, bullet=bullet), kind, whole=True)
    halves = split_top_level(text, ":")  # a colon inside a note ("(Head: A. Smith)") is no label
    label, value = halves if len(halves) == 2 else (text, "")
    if value and _site_list(value):  # "Wool Establishment: Alpha, Beta and Gamma factories"
        return mention_of(one_item(label, kind, bullet=bullet), kind, whole=True)
    if value:
        label_name = None if _unit_class_word(label) else org_mention(label, NameKind.ORGANIZATION)
        value_name = mention_of(one_item(value, kind, bullet=bullet), kind, whole=True)
        if not label_name or label_name.name != label:
            return value_name  # "Regional branches: Oddział Karpacki"
        if _record_label_head(label):
            return None  # "Reporting Segments: Networks": an export's label, no part of a name
        whole_value = clean(one_item(value, kind))  # "…, opened in 2010": the note is no part of it
        if value_name and value_name.name == whole_value and not has_unit_word(whole_value):
            return Mention(f"{label}: {whole_value}", "organization", None)
        if subtitled and _own_word(label) and value_name and value_name.name == whole_value:
            return Mention(f"{label.strip()}: {value_name.name}", "organization", value_name.acronym)
        return None  # "Research: Physics Department": which is the name is not clear
    name = without_place(one_item(text, kind, bullet=bullet))
    if _seat_only(name, placed):
        return None
    found = mention_of(name, kind, whole=True)
    return None if found and _names_post_held(found.name) else found


# "X – Indian and foreign languages": a spaced dash, one capitalised word, then lowercase words.
_PROPER_WORD_GLOSS = re.compile(r"\s[–—]\s+[A-Z][a-z]{1,30}\s(?P<next>[a-z]{1,30})\s(?P<then>[a-z]{1,30})\b")


def _proper_word_gloss(text: str) -> re.Match[str] | None:
    """ "School of Languages, Literature and Culture Studies – Indian and foreign languages": on a
    bullet, a description in sentence case after a spaced dash that opens with a proper adjective
    ("Indian", "German") and goes on in lowercase words, one of them no function word, is no part
    of the name, as a lowercase one is. "Musée du quai Branly – Jacques Chirac" goes on capitalised
    and stays whole."""
    found = _PROPER_WORD_GLOSS.search(text)
    if found is None or not {found["next"], found["then"]} - lexicon.function_words():
        return None
    return found


@cache
def _post_head_nouns() -> frozenset[str]:
    return frozenset(noun for (noun,) in lexicon.table("post-head-nouns"))


def _names_post_held(name: str) -> bool:
    """ "(a) Chief Financial Officer, (b) Chief Technology Officer": a name ending in a post's
    head noun names a post in the organization, not one of its units."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in _post_head_nouns()


def _seat_only(name: str, placed: str) -> bool:
    """ "Secretariat, Bergen", "Office – Tromsø": an office word alone (``name``) with the town
    it sits in (``placed``, the item before its place was cut) is the organization's seat, as
    "a central office in Hanoi" is; it names no unit. "Polar Office, Tromsø" keeps its name."""
    return clean(name) != clean(placed) and bool(_LONE_UNIT_WORD.fullmatch(strip_article(clean(name))))


# "Director + Scientific Council": a spaced plus joins two parts as "and" does.
_PLUS = re.compile(r"\s\+\s")


def plus_parts(text: str) -> list[str]:
    """ "Director + Scientific Council (Zinātniskā padome)": a "+"-joined line of capitalised
    parts joins them as "and" does, each a name of its own; the posts among them
    (lexicon/roles.csv) are no unit and go. A line of lowercase words ("analysis +
    certification") is one item, whole."""
    parts = [clean(part) for part in _PLUS.split(text)]
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
        return [text]
    return [part for part in parts if not _is_post(strip_notes(part))]


def _plus_places_dropped(text: str, kind: NameKind) -> str:
    """ "Seed Testing Company Ltd (STC), Kumasi + Tamale" → "Seed Testing Company Ltd (STC)":
    towns joined by "+" after a whole name and its comma say where it sits; the "+" joins no
    bodies there. Anything else stays as it is."""
    head, comma, tail = text.rpartition(", ")
    towns = [clean(part) for part in _PLUS.split(tail)]
    if not comma or "+" in head or len(towns) < 2 or not all(_place_note(town) for town in towns):
        return text
    return head if _whole_name(head, kind, acronym=True) else text


def _plus_joined_name(text: str) -> str | None:
    """The one name a "+"-joined line gives (``plus_parts``); ``None`` for only posts or
    several bodies ("A Council + B Committee": no one unit, each read on its own)."""
    parts = plus_parts(text)
    return parts[0] if len(parts) == 1 else None


def _is_post(text: str) -> bool:
    """ "Director", "Managing Director", "Deputy Director-General": a post's name
    (lexicon/roles.csv), maybe after up to two of its modifiers (role-modifiers)."""
    words = re.sub(r"[\s-]+", " ", text.strip()).casefold().split()
    for lead in range(min(2, len(words) - 1) + 1):
        if all(w in lexicon.role_modifiers() for w in words[:lead]) and " ".join(words[lead:]) in _roles():
            return True
    return False


def names_posts(text: str) -> bool:
    """ "Administrator", "Deputy Administrators": a post, or several holders of one; "Group
    Chief Executive": a scope word (lexicon/post-scope-words.csv) before a post."""
    first, _, rest = text.strip().partition(" ")
    if rest and first.casefold() in _post_scope_words():
        text = rest
    return _is_post(text) or (text.endswith("s") and _is_post(text[:-1]))


@cache
def _post_scope_words() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("post-scope-words"))


@cache
def _roles() -> frozenset[str]:
    return frozenset(role.replace("-", " ").casefold() for role in lexicon.roles())


def _own_word(label: str) -> bool:
    """ "Mathaf": one capitalised word that is no common word of a unit's or an organization's
    name ("Research", "Department", "National"): a name of its own before a subtitle."""
    word = label.strip()
    return (
        " " not in word
        and word[:1].isupper()
        and word.lower() not in _continuing_words() | lexicon.not_person_words()
        and not has_unit_word(word)
    )


# "… (UNU-EHS) — Bonn, Germany", "… Centre – Accra, Ghana": a spaced dash before a capital.
_SPACED_DASH = re.compile(r"\s[—–-]\s(?=[A-ZÀ-Þ])")


def without_dash_place(text: str) -> str:
    """ "Institute X (IX) — Bonn, Germany", "Centre Y – Accra, Ghana": a place after a spaced
    dash says where the unit sits; it is no part of its name. The words after the last dash
    are a place when they are capitalised place-shaped pieces ending in a known place (a
    country or an ISO 3166-2 subdivision), or when a bracket (an acronym, a gloss) closes the
    name before the dash. Else the item stays whole: "Musée du quai Branly – Jacques Chirac"."""
    dashes = list(_SPACED_DASH.finditer(text))
    if not dashes:
        return text
    head, tail = text[: dashes[-1].start()].rstrip(), text[dashes[-1].end() :].rstrip(" .;")
    # "… Company – Sunnyvale, California: ballistic missiles": what the unit makes, after a
    # colon and a lowercase word, follows the place and is no part of it.
    described = _PLACE_DESCRIBED.search(tail)
    tail = tail[: described.start()] if described else tail
    pieces = split_top_level(tail, ",")
    if not pieces or _BRACKET_CHAR.search(tail) or not all(_place_note(piece) for piece in pieces):
        return text
    if _known_place(pieces[-1]) or head.endswith(")") or (len(pieces) >= 2 and _country_code(pieces[-1])):
        return head
    # "Northern Field Station – Bodø": a place of one or two words after a name that ends
    # in its unit word (a name's second part after a dash does not follow a unit word).
    if len(pieces) == 1 and len(tail.split()) <= 2 and _ENDS_IN_UNIT_WORD.search(head) and not person_name(tail):
        return head
    return text


_BRACKET_CHAR = re.compile(r"[()\[\]]")
_PLACE_DESCRIBED = re.compile(r":\s(?=[a-z])")
# "Nutrition – Knorr, Hellmann's and other food brands": after a spaced dash, a comma list
# with a lowercase word of its own (not "and", "of", …) lists what the unit holds.
_LOWER_WORD = re.compile(r"(?<![\w'’&-])[a-z]{2,20}(?![\w'’&-])")


def without_dash_examples(text: str) -> str:
    """ "Nutrition – Knorr, Hellmann's and other food brands" → "Nutrition": after a name with
    no comma, a spaced dash and a capitalised list (a comma at its top level) holding a
    lowercase word that is no function word ("other food brands", ", which …") says what the
    unit holds or makes; it is no part of its name. A second part of a name ("Musée du quai
    Branly – Jacques Chirac") has no comma list; a list of capitalised words only ("Office –
    Research, Innovation and Science") stays whole."""
    dash = _SPACED_DASH.search(text)
    if not dash:
        return text
    head, tail = text[: dash.start()].rstrip(), text[dash.end() :]
    if not head or "," in head or _BRACKET_CHAR.search(tail) or len(split_top_level(tail, ",")) < 2:
        return text
    words = {w for w in _LOWER_WORD.findall(tail)} - lexicon.function_words()
    return head if words else text


def _country_code(text: str) -> bool:
    """ "SK", "PH": an ISO 3166-1 alpha-2 code, written in capitals after a town ("Manila, PH")."""
    return bool(re.fullmatch(r"[A-Z]{2}", text)) and lexicon.country_code(text) == text


def labelled_units(line: str) -> list[Mention]:
    """ "Organs: A (highest organ); B (since 1962); C (Moscow)", "Organs of the System (SAI):
    A; B": a line whose label opens with a class of units (unit-count-nouns.csv) lists
    units, each semicolon part (or comma piece) one name with its notes dropped. All or
    nothing: a part that is no name gives no unit at all."""
    label, colon, rest = clean(line).partition(": ")
    words = label.split()
    if not (colon and rest and 1 <= len(words) <= 10 and words[0].lower() in _COUNT_NOUNS):
        return []
    body = rest.rstrip(". ")
    parts = split_top_level(body, ";") if ";" in body else split_unit_names(body, NameKind.UNIT) or []
    found = [item_mention(part, NameKind.UNIT, bullet=True) for part in parts]
    return [f for f in found if f] if len(found) >= 2 and all(found) else []


_RECORD_LABEL_HEADS = frozenset(word for (word,) in lexicon.table("unit-record-label-heads"))


def _record_label_head(label: str) -> bool:
    """ "Reporting Segments", "Enterprise Reporting Line": a label of two words or more whose last
    word names a kind of list (unit-record-label-heads.csv), never the first half of a name
    glued to its value by a colon ("Future Production: Chemicals" stays one name)."""
    words = label.split()
    return len(words) >= 2 and words[-1].casefold() in _RECORD_LABEL_HEADS


def _unit_class_word(label: str) -> bool:
    """ "Subsidiary", "Laboratories": a label that is one word naming a class of units."""
    word = label.strip().lower()
    plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return " " not in word and (word in _COUNT_NOUNS or plural in _COUNT_NOUNS)


def _singular_class_word(label: str) -> bool:
    """ "Subsidiary" (not "Subsidiaries"): a one-word label naming one unit of a class."""
    word = label.strip().lower()
    return _unit_class_word(word) and word not in _COUNT_NOUNS


_ANY_UNIT_WORD = re.compile(rf"\b(?:{UNIT_WORDS})\b", re.I)


def has_unit_word(text: str) -> bool:
    """``text`` holds a unit word ("Board of Commissioners", "the Research Council")."""
    return _ANY_UNIT_WORD.search(text) is not None


def marked_lists(text: str, kind: NameKind) -> list[str] | None:
    """The items of lists whose shape marks every item, in prose: a counted list ("three
    teams — A, B, and C —", "four laboratories: A, B, C and D", exactly as many names as
    the count) and, after a verb of ``lexicon/unit-list-verbs.csv``, a list whose every item
    starts with "the" ("It also ran the A, the B and the Royal Observatory, Edinburgh").
    ``None`` when a counted list holds another number of names than its count: which
    pieces are names is then not clear, and nothing is read."""
    found: list[str] = []
    for sentence in sentences(clean(text)):
        counted = _counted(sentence, kind)
        if counted is None:
            return None
        if counted:
            found += counted
            continue
        verb = _LIST_VERB.search(sentence)
        if verb:  # the list ends with its clause: "…, the C; under these were ranged …"
            clauses = split_top_level(sentence[verb.end() :], ";")
            found += _article_items(clauses[0].rstrip(". "), kind)
            # "…, the C; outside the capital it keeps the D and the E": a later clause with a
            # list verb of its own lists more units
            for clause in clauses[1:]:
                later = _LIST_VERB.search(clause)
                found += _article_items(clause[later.end() :].rstrip(". "), kind) if later else []
        elif including := _class_including(sentence):
            # "research institutes and centres including the A, the B and the C"
            found += _article_items(split_top_level(sentence[including:], ";")[0].rstrip(". "), kind, every_marked=True)
        elif among := _among_lead(sentence):  # "Among its institutes were the A, the B and the C"
            subject = not sentence.lower().startswith("among ")
            found += _article_items(sentence[among:].rstrip(". "), kind, every_marked=subject)
    return found


# "The museum also runs the X.", "It also operates the Y.": a short subject (it, we, or "the"
# and one lowercase noun), "also", a list verb, and one article-marked name closing the sentence.
# "There is also the X Institute, which runs …": the existential adds one too; a relative
# clause after it says what the unit does, no part of its name.
_ALSO_UNIT = re.compile(
    rf"^(?:(?:It|We|The\s[a-z]{{2,20}})\s(?:also|additionally)\s(?:{lexicon.alternation(_LIST_VERBS)})"
    r"|(?P<there>There\sis\s(?:also|additionally)))"
    r"\s(?P<name>the\s[^,;:().!]{2,120})[.!]?\Z"
)
# ", which runs …" closing the sentence: what the unit does, no part of its name.
_RELATIVE_START = re.compile(r",\s(?:which|where|that|whose)\s")


# "which belongs to INAH", "which is run by the Ministry": an owner cue (lexicon/unit-owner-cues.csv)
# before a capitalised name gives the thing another owner.
_OWNED_BY_OTHER = re.compile(
    rf"(?<!\w)(?i:{lexicon.alternation(w for (w,) in lexicon.table('unit-owner-cues'))})\s(?:the\s)?[A-ZÀ-Þ]"
)


def _also_unit(line: str) -> list[str]:
    """The one unit a sentence beside a bulleted list adds to it ("The institute also runs
    the X Centre."); nothing for a sentence that lists more, or names no unit."""
    found: list[str] = []
    for sentence in sentences(clean(line)):
        relative = _RELATIVE_START.search(sentence)
        added = _ALSO_UNIT.match(sentence[: relative.start()] if relative else sentence)
        if added is None:
            continue
        name = added["name"]
        if relative and _OWNED_BY_OTHER.search(sentence[relative.end() :]):
            continue  # "…, which belongs to INAH rather than to the museum": another body's
        # "There is also the Hope Diamond": after the bare existential, only a unit's word
        # ("Institute", "Centre") makes the thing named a unit.
        thing = bool(added["there"]) and not (has_unit_word(name) or _ends_in_org_head(name))
        if not thing and " and " not in name and mention_of(name, NameKind.UNIT):
            found.append(name)
    return found


def _class_record_unit(line: str) -> list[str]:
    """ "Subsidiary: Harbor Leasing (equipment finance).": a line beside a bulleted list whose
    label is one word naming a class of units and whose value is one whole name adds that
    unit; a value of several names or none adds nothing."""
    found = record(clean(line).rstrip("."))
    if not found or not _unit_class_word(found.written_key):
        return []
    value = clean(found.value)
    name = mention_of(value, NameKind.UNIT, whole=True)
    whole = name is not None and strip_notes(value) == name.name
    return [value] if whole and " and " not in value and "," not in value else []


def _placed_names(lines: list[str]) -> dict[str, Unit]:
    """ "Regional Office, Leeds", "Regional Office, York": one name on several list lines, each
    with its own place after a comma; the places tell the units apart, so each place stays in
    its unit's name (alone, "X, Oeiras" names X). Lines naming no unit before the comma, or one
    line alone, give nothing here."""
    split = {line: clean(line).rpartition(", ") for line in lines}
    heads = [(head, place) for head, comma, place in split.values() if comma and _place_note(place)]
    places: dict[str, set[str]] = {}
    for head, place in heads:
        places.setdefault(head, set()).add(place)
    units: dict[str, Unit] = {}
    for line, (head, _comma, place) in split.items():
        # "Secretariat, Bergen": an office word alone with its town is still a seat (``_seat_only``).
        several = len(places.get(head, ())) >= 2 and not _LONE_UNIT_WORD.fullmatch(strip_article(head))
        found = mention_of(head, NameKind.UNIT, whole=True) if several else None
        if found and found.name == head:
            units[line] = Unit(f"{head}, {place}", found.acronym, ())
    return units


# "institutes and centres including the": a plural unit noun, a cue, the first "the".
_CLASS_INCLUDING = re.compile(r"\b(?P<noun>[a-z]{3,20}),?\s(?:including|such\sas)\s(?=the\s)")


def _class_including(sentence: str) -> int:
    """Where the list starts in "… research institutes and centres including the A, the B and
    the C" (0: no such lead): a plural unit noun (unit-count-nouns.csv) right before
    "including" or "such as" says the names after it are such units."""
    found = _CLASS_INCLUDING.search(sentence)
    return found.end() if found and found["noun"] in _COUNT_NOUNS else 0


def _among_lead(sentence: str) -> int:
    """Where the list starts in "Among the academy's institutes were the A, …" or "The
    organs are the A, …" (0: no such lead): the sentence opens with "Among", then a short
    phrase, then "were/are the", or with a short subject ending in a unit noun, then "are the"."""
    among = sentence.lower().startswith("among ")
    # "The organs are the A and the B", "Its divisions were the A, the B": a subject of at
    # most four words opened by "the" or "its" names the units too.
    if not (among or sentence.lower().startswith(("the ", "its ", "our "))):  # "Our ten faculties are the A"
        return 0
    verbs = ("were", "are", "was", "is") if among else ("were", "are")
    positions = [sentence.find(f" {verb} the ", 0, 80) for verb in verbs]
    found = [p for p in positions if p > 0 and (among or len(sentence[:p].split()) <= 4)]
    # "Among its institutes were": the phrase ends in a unit noun ("Among its members": no units).
    if not found or sentence[: min(found)].split()[-1].lower() not in _COUNT_NOUNS:
        return 0
    return min(found) + sentence[min(found) :].index(" the ") + 1


def _counted(sentence: str, kind: NameKind) -> list[str] | None:
    """The names of a counted list in ``sentence``; [] when there is none, ``None`` when the
    list's names are not as many as its count. "and" may join two names or stay inside one:
    the count decides ("five departments: Physics, …, Earth Sciences and Mathematics")."""
    for amount in word_amounts(sentence) + _digit_counts(sentence):
        lead = _COUNTED_LIST.match(sentence, amount.end)
        if not lead or amount.multiplier:
            continue
        if re.sub(r"[^\w-]", " ", lead["noun"]).split()[-1].lower() not in _COUNT_NOUNS:
            return None  # "two sites: Lyon and Grenoble": places or other things, no units
        # A list longer than the window is no counted list: bounded work per count, linear overall.
        window = lead.end() + _COUNTED_WINDOW
        close = _COUNTED_END.search(sentence, lead.end(), window)
        if not close and len(sentence) > window:
            continue
        body = sentence[lead.end() : close.start() if close else len(sentence)].strip(" .")
        if ";" in body:
            pieces = [_ITEM_APPOSITION.sub("", piece.strip()) for piece in split_top_level(body, ";")]
        else:
            pieces = list_pieces(body, kind)
        # "…, and D, of twelve members each": a last piece opened by a lowercase function
        # word is a note on the list, no item.
        if len(pieces) == amount.value + 1 and _list_note(pieces[-1]):
            pieces = pieces[:-1]
        if len(pieces) < 2:
            continue
        if len(pieces) != amount.value:
            pieces = [p for piece in pieces for p in split_words_top_level(piece, "and")]
        if len(pieces) != amount.value:
            return None
        return pieces if all(mention_of(piece, kind) for piece in pieces) else None
    return []


def _list_note(piece: str) -> bool:
    """ "of twelve members each", "with a chair each": a piece opened by a lowercase
    preposition (no article, no "and") is a note on the list before it."""
    first = clean(piece).split(" ", 1)[0]
    return first in lexicon.function_words() - {"the", "a", "an", "and", "or"} or first == "each"


# "Departments – Physics, Chemistry": a plural unit noun as a label before a spaced dash.
_DASH_LABEL = re.compile(r"(?P<label>[\w-]+(?: [\w-]+){0,2}) [—–-] (?=\S)")


def _dash_label_dropped(text: str) -> str:
    """``text`` without a "Departments –" label (not "Research Division — studies X": a
    name, then its description)."""
    label = _DASH_LABEL.match(text)
    return text[label.end() :] if label and label["label"].split()[-1].lower() in _COUNT_NOUNS else text


def _digit_counts(sentence: str) -> list[Amount]:
    return [a for a in amounts(sentence) if a.is_integer and 2 <= a.value <= 30 and not a.currency]


# A unit word or its plural ("Laboratory", "Laboratories"): the head of a unit's name.
_UNIT_WORD_FORMS = lexicon.alternation(
    sorted({form for w in lexicon.unit_words() for form in (w, w[:-1] + "ies" if w.endswith("y") else w + "s")})
)
_ENDS_IN_UNIT_WORD = re.compile(rf"\b(?:{_UNIT_WORD_FORMS})\Z", re.I)
_HAS_UNIT_WORD = re.compile(rf"\b(?:{_UNIT_WORD_FORMS})\b", re.I)


def without_place(name: str) -> str:
    """ "the Example Secretariat in Berlin", "a Central Laboratory at Sahibabad", "the Nuclear
    Laboratories in Kent": where a unit sits is no part of its name. "in" follows the unit
    word itself (in "Institute for Research in Economics" it names a subject) or a whole
    name before a known place (a country or an ISO 3166-2 subdivision); "at" may follow the
    whole name."""
    for joint, unit_word in ((" in ", _ENDS_IN_UNIT_WORD), (" at ", _HAS_UNIT_WORD)):
        head, found, place = name.rpartition(joint)
        if not found or not _PLACE_NOTE.fullmatch(place):
            continue
        if unit_word.search(head) or (joint == " in " and _known_place(place) and _HAS_UNIT_WORD.search(head)):
            return head
        if joint == " in " and _ends_in_org_head(head):
            return head  # "The Hartwell Collection in Bruges": an organization's head word ends the name
        # "the Canadian War Museum at Ottawa": the article opening a list item is no part of the name
        if joint == " at " and _capitalised_name(strip_article(head)) and len(place.split()) <= 2:
            return head  # "Services Centraux at Yaoundé": a name of capitalised words, then its seat
    return name


def _capitalised_name(text: str) -> bool:
    """ "Services Centraux", "Head Office": two to four capitalised words and no joining word
    (in "University of Texas at Austin" the "at" goes on a name that has one)."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.lower() not in _continuing_words() for w in words[1:])
        and words[0][:1].isupper()
    )


def _ends_in_org_head(text: str) -> bool:
    """The last word of ``text`` is an organization's head noun ("Collection", "Museum")."""
    words = text.split()
    return len(words) >= 2 and words[-1] in lexicon.org_head_words()


def _known_place(text: str) -> bool:
    return is_country(text) or is_subdivision(text)


_ITEM_CLAUSE = re.compile(r",\s(?=[a-z])")
_BARE_ITEM = re.compile(r",\s[^a-z\s]")


def _describes(piece: str) -> bool:
    """ "a subsidiary body …", "the supreme organ": an article, then two lowercase words (a
    name's particle is followed by a capital: "the von Kármán Institute" is an item)."""
    words = piece.split()
    return words[:1] in (["a"], ["an"], ["the"]) and all(w[:1].islower() for w in words[1:3])


def _article_items(text: str, kind: NameKind, *, every_marked: bool = False) -> list[str]:
    """ "the A, the B and the C": the items of a list each opened by "the", or nothing."""
    # "the A (Division I), intended for research, and the B, which …": after a comma, a
    # lowercase clause describes the item; no name goes on past it.
    pieces = [without_place(clean(_ITEM_CLAUSE.split(piece, maxsplit=1)[0])) for piece in _THE_ITEM.split(text)]
    # "the A Institute, a subsidiary body opened in 1997, and the B": after a named item, "a"
    # and a lowercase word open a description of it, no item of the list.
    # "the A, the supreme organ, and the B": so does "the" and a lowercase word after an item.
    pieces = [p for i, p in enumerate(pieces) if not (i and pieces[0].startswith("the ") and _describes(p))]
    # "operates the Museum at Gatineau and the Canadian War Museum": "the" and a class word
    # alone refers to a body (the organization itself, as "hereinafter the Museum" names it);
    # it names no unit, and the named items beside it stay.
    named = [p for p in pieces if not _lone_class_reference(p)]
    if len(pieces) >= 2 and named and len(named) < len(pieces):
        return named if all(mention_of(piece, kind) for piece in named) else []
    articles = {piece.split(" ", 1)[0].lower() for piece in pieces}
    # "the A, the B and the C"; "a Policy Unit, a Data Unit and a Legal Unit"; "the A and a B"
    if len(pieces) < 2 or not articles <= {"the", "a", "an"}:
        return []
    if not all(mention_of(piece, kind) for piece in pieces):
        return []
    # "The institutes are the A, B (C) and the D": an item without an article; not every
    # item is marked ("It ran the Royal Observatory, Edinburgh" keeps its place).
    if every_marked and any(_BARE_ITEM.search(piece) for piece in pieces):
        return []
    return pieces


_SERIAL_AND = re.compile(r",\s(?:and|&)\s")


def _serial_items(text: str, kind: NameKind) -> list[str] | None:
    """ "A Services, B Services, C Services, and Trade and Supply": a list closed by a serial
    comma, three pieces or more, each a whole name of two words or more, is that many names.
    "Ministry of Trade, Industry, and Energy" (one-word pieces) stays one name."""
    if not _SERIAL_AND.search(text):
        return None
    pieces = [re.sub(r"^(?:and|&)\s", "", clean(piece)) for piece in split_top_level(text, ",")]
    if len(pieces) < 3:
        return None
    for piece in pieces:
        found = mention_of(piece, kind)
        if len(piece.split()) < 2 or found is None or found.name != piece:
            return None
    return pieces


def _lone_class_reference(piece: str) -> bool:
    """ "the Museum", "the Board at Kampala": "the" and one unit or organization class word,
    with or without the place it sits in."""
    if not piece.startswith(("the ", "The ")):
        return False
    word, joint, place = strip_article(piece).partition(" at ")
    if joint and not _PLACE_NOTE.fullmatch(place):
        return False
    return bool(_LONE_UNIT_WORD.fullmatch(word)) or (" " not in word and word in lexicon.org_head_words())


def _topics(text: str) -> tuple[int, str] | None:
    """Where a topic clause starts in ``text`` and its list ("focused on ... like A, B")."""
    for lead in _TOPIC_LEAD.finditer(text):
        cue = _TOPIC_CUE.search(text, lead.end(), lead.end() + 300)
        if cue and text[cue.end() :].strip():
            return lead.start(), text[cue.end() :]
    on = _TOPIC_ON.search(text)
    return (on.start(), text[on.end() :]) if on and text[on.end() :].strip() else None


# "…; together with the Postgraduate College": the words adding a last item are no part of it.
_ADDED_ITEM = re.compile(r"^(?:together with|along with|as well as|besides|in addition to|plus)\s+", re.I)


def list_items(text: str, kind: NameKind) -> list[tuple[str, bool]]:
    """The items of a prose list of units or programs, each with whether it is one name.

    A counted list ("three teams — A, B, and C —") is read alone when there is one. Else a
    lead-in ("Research centres: ...", "Eight departments, among them ...") goes; then
    semicolons split, each part one name unless it is itself a labelled list ("regional
    branches: A (X), B (Y)"); without semicolons the list splits at commas and "and" only
    where every piece is a name (``split_unit_names``).
    """
    # "The fleet is the bit you can visit: A, B": ships, no units
    text = " ".join(sentence for sentence in sentences(clean(text)) if not _non_unit_label(sentence))
    marked = marked_lists(text, kind)
    if marked is None:
        return []  # "five departments: A, B, C and D": the count and the list disagree
    if marked:
        return [(piece, True) for piece in marked]
    labelled = _dash_label_dropped(clean(text))
    text = _without_copula(strip_lead_in(labelled))
    # "Subsidiary: A (ACR), Town (note)": a singular class word before the colon announces one
    # unit; a comma after its name opens a note (a place), no second unit.
    one = _singular_class_word(labelled[: len(labelled) - len(strip_lead_in(labelled))].rstrip(" :"))
    cue = _CUE.match(text)
    if cue and ";" not in cue["head"]:
        text = cue["list"]
    parts = [
        clean(_ADDED_ITEM.sub("", item))
        # "Regional: the A, the B. Thematic: the C and the D": each sentence's short label
        # names a class of the items after it, no item.
        for sentence in sentences(text)
        for part in split_top_level(strip_lead_in(sentence, max_words=3), ";")
        for item in split_items(_list_body(clean(part)))
    ]
    if len(parts) < 2:
        return [(part, one) for part in parts]
    items: list[tuple[str, bool]] = []
    for part in parts:
        subjects = _subject_items(part, kind)
        if subjects:  # "Also the A and the B are units of the University"
            items += [(piece, True) for piece in subjects]
            continue
        value = strip_lead_in(part)
        label = part[: len(part) - len(value)].rstrip(" :")
        pieces = split_unit_names(value, kind) if value != part and not org_mention(label) else None
        if value == part and _LIST_JOINT.search(part):
            # "Faculty of Law, Faculty of Arts and Faculty of Medicine; the A and the B": a
            # semicolon part is itself a list only when its shape marks every item: each
            # opens with "the", or all repeat one head word ("Soils, Water and Air" and
            # "Committee A01 on Steel, Stainless Steel and Related Alloys" are one name).
            pieces = _article_items(part, kind) or _repeated_head_items(part, kind) or _serial_items(part, kind)
        items += [(piece, True) for piece in pieces] if pieces and len(pieces) > 1 else [(part, True)]
    return items


_NON_UNIT_NOUNS = frozenset(noun for (noun,) in lexicon.table("non-unit-class-nouns"))


def _non_unit_label(part: str) -> bool:
    """ "The fleet is the bit you can actually visit: A, B", "Our ships: C": the label before
    the colon names things the organization has (ships, aircraft), and no unit word."""
    label, colon, _rest = part.partition(": ")
    words = {w.strip(",.'’").lower() for w in label.split()}
    return bool(colon) and bool(words & _NON_UNIT_NOUNS) and not has_unit_word(label)


# "A, B and C, among others", "A and B etc.": the list's end says it is not complete.
_OPEN_END = re.compile(r",?\s(?:among (?:many )?others|and (?:many )?others|and so on|etc)\.?\Z", re.I)
# "at upper-secondary level, the A and the B", "in Bergen, A and B": a lowercase phrase of a
# few words before the list's first comma says where or which; it is no name.
_LOWERCASE_LEAD = re.compile(r"\A(?:[a-z][\w-]*\s){1,5}[a-z][\w-]*,\s(?=[A-Z]|the\s)")


def _list_body(part: str) -> str:
    """``part`` without an open end ("among others") and a lowercase lead ("at upper-secondary
    level,"), when what is left starts with a name."""
    part = _OPEN_END.sub("", part)
    lead = _LOWERCASE_LEAD.match(part)
    if lead and not any(w in lexicon.sentence_verbs() for w in lead[0].split()):
        return part[lead.end() :]
    return part


def _repeated_head_items(text: str, kind: NameKind) -> list[str] | None:
    """ "Facultad de Ciencias, Facultad de Derecho and Facultad de Medicina": names of
    several words that all open with the same word."""
    pieces = split_unit_names(text, kind)
    if not pieces or len(pieces) < 2:
        return None
    words = [strip_article(clean(piece)).split() for piece in pieces]
    if all(len(w) > 1 for w in words) and len({w[0] for w in words}) == 1:
        return pieces
    return None


# A copula outside brackets: the part is a sentence about a body, not a list item.
_COPULA = re.compile(r"\s(?:is|are|was|were)\s")
_GROUP = re.compile(r"\([^()]{0,300}\)")
_NOT_OWN = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('not-own-unit-cues'))})(?!\w)", re.I
)


def _is_other_body(part: str) -> bool:
    """ "The Commission X (CX), created in 1990, is presided by our Governor but is a distinct
    institution": a sentence (a copula outside brackets) that says the body it names is not
    the organization's own (lexicon/not-own-unit-cues.csv) names no unit."""
    outside = _GROUP.sub(" ", part)
    return _COPULA.search(outside) is not None and _NOT_OWN.search(outside) is not None


def _subject_items(part: str, kind: NameKind) -> list[str]:
    """ "Also the A and the B are units of the University", "The A and the B are part of
    it": an article-marked list (a function word such as "Also" may open the sentence) that
    is the subject of "are" before a lowercase description names the units; nothing when
    the description makes them another body ("are independent foundations")."""
    first, _, rest = part.partition(" ")
    if first.lower() in lexicon.function_words() and rest.startswith("the "):
        part = rest
    copula = _ARE.search(part)
    if not copula or not part[copula.end() :][:1].islower() or _is_other_body(part):
        return []
    return _article_items(part[: copula.start()], kind)


def _without_copula(text: str) -> str:
    """The list in "Its institutes are the A, the B and C" or "A, B and C are the three
    areas into which ..."; ``text`` itself when "are" joins no such head or description."""
    copula = _ARE.search(text)
    if not copula or ";" in text:
        return text
    head, tail = text[: copula.start()], text[copula.end() :]
    tail_words = re.sub(r"^(?:the|its|a|an)\s", "", tail).split()
    # "Its institutes are ..."; "The divisions are the responsibility of the Board": a
    # lowercase word after "are (the)" opens a description, no list of names.
    named = bool(tail_words) and tail_words[0][:1].isupper()
    head_words = head.split()
    if named and 1 <= len(head_words) <= 6 and all(w.islower() for w in head_words[1:]) and not is_proper_name(head):
        return tail
    if tail_words and tail_words[0][0].islower() and is_proper_name(split_top_level(head, ",")[0]):
        return head  # "..., B and C are the three areas ..."
    return text


def one_item(text: str, kind: NameKind = NameKind.UNIT, *, bullet: bool = False) -> str:
    """One bullet or semicolon item: "X (ACR), Place" and "X, the Y" name X; so do "X,
    1947–1953" (a period) and, on a bullet line, "X, Oeiras" (one or two capitalised words,
    when X is a whole name and the words continue no name: in prose "the Royal Observatory,
    Edinburgh" is one name as far as the text tells); an enumeration ("Atmosphere, Ice and Climate")
    and a name with a country and more ("Institute X, Canada": a country is a note in lists
    only) stay whole."""
    text = clean(text)
    pieces = _outside_guillemets(text, ",")
    # "Science, Technology and Innovation Policy (STIP), launched in 2006", "X, opened on 28
    # March 2019", "Scientific, Technical and Research Commission, seated at Lagos": a dated
    # lowercase note or a seat note at the end goes, whatever commas the name has.
    kept = len(pieces)
    while kept >= 2 and _end_note(clean(pieces[kept - 1])):
        kept -= 1
    if kept < len(pieces):  # joined once: a join per removed note would grow with the square of the notes
        pieces = pieces[:kept]
        text = ", ".join(clean(p) for p in pieces)
    if len(pieces) < 2:
        return text
    rest = pieces[1:]
    if pieces[0].endswith(")") or rest[0].lower().startswith("the ") or (len(rest) == 1 and is_country(rest[0])):
        return pieces[0]
    if len(rest) == 1 and _trailing_note(rest[0], bullet=bullet) and _whole_name(pieces[0], kind):
        return pieces[0]
    if rest[0][:1].islower() and kind is NameKind.PROGRAM and _enumeration_goes_on(pieces[0], rest):
        return text  # "Trade, integration and cooperation" in sentence case: one name, not cut
    if all(_glued_part(pieces[0], piece) for piece in rest) and _whole_name(text, kind, acronym=True):
        return text  # "Faculté des Lettres, des Arts et des Langues": a joining word goes on the name
    if _SPEAKER_ASIDE.match(clean(rest[0])):
        # "X, we believe": a speaker's aside (lexicon/speaker-pronouns.csv) after the name; "X,
        # I am glad to say, opened …": an aside inside a sentence about X, which lists nothing.
        return "" if len(rest) > 1 and rest[1][:1].islower() else pieces[0]
    if rest[0][:1].islower():
        return pieces[0]  # "Global Health Programme, launched in 2015": a note after the name
    if len(rest) == 1 and _POSSESSIVE_NOTE.fullmatch(clean(rest[0])) and _whole_name(pieces[0], kind):
        return pieces[0]  # "Harbour News, Ireland's oldest news service": a description after the name
    if len(rest) > 1 and _known_place(strip_notes(rest[-1])) and all(_place_note(piece) for piece in rest[:-1]):
        return pieces[0]  # "Summer School, Lake Bled, Slovenia": a place, then its country or region
    return text


# "«Развитие техники, технологий …»": a title in guillemets.
_GUILLEMETS = re.compile(r"«[^«»]{1,300}»")
_HIDDEN = "\ue000"  # a private-use character for a separator inside guillemets


def _outside_guillemets(text: str, separator: str) -> list[str]:
    """``split_top_level`` that also keeps a title in guillemets whole: "Программа «Развитие
    техники, технологий и исследований»" is one name, its comma inside the quoted title."""
    if "«" not in text:
        return split_top_level(text, separator)
    hidden = _GUILLEMETS.sub(lambda quoted: quoted[0].replace(separator, _HIDDEN), text)
    return [piece.replace(_HIDDEN, separator) for piece in split_top_level(hidden, separator)]


# "Ireland's oldest news service": a possessor's name, then only lowercase words.
_POSSESSIVE_NOTE = re.compile(r"[A-Z][\w.-]{0,30}['’]s(?:\s[a-z][\w-]{0,30}){1,8}")
# "launched in 2006", "opened on 28 March 2019", "since 2004": a few lowercase words, a year.
_DATED_NOTE = re.compile(r"[a-z][a-z-]{1,20}(?: [\w.-]{1,12}){0,5}? [12]\d{3}")
# "seated at Lagos", "based in Dar es Salaam": a seat participle, a preposition, a place.
_SEAT_NOTE = re.compile(
    rf"(?:{lexicon.alternation(word for (word,) in lexicon.table('seat-participles'))})"
    r" (?:at|in) [A-ZÀ-Þ][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,3}\.?"
)
# "I am proud to say", "we believe": a speaker's pronoun and a lowercase word open an aside.
_SPEAKER_ASIDE = re.compile(rf"(?:{lexicon.alternation(word for (word,) in lexicon.table('speaker-pronouns'))})\s[a-z]")
_ENUMERATED = re.compile(r"[a-z][a-z-]{0,30}(?: [a-z][a-z-]{0,30}){0,3}")


def _end_note(piece: str) -> bool:
    return bool(_DATED_NOTE.fullmatch(piece) or _SEAT_NOTE.fullmatch(piece))


def _glued_part(head: str, piece: str) -> bool:
    """ "Faculté de Médecine, de Pharmacie et d'Odontologie", "School of Law, of Trade and of
    Finance": a comma piece that opens with the joining word (lexicon/name-glue.csv) after
    the head's first word, then a capitalised word, goes on naming what the head names; "of
    which A is head" (a lowercase word after it) is a note, "and B Unit" another item."""
    head_words, words = clean(head).split(), clean(piece).split()
    return (
        len(head_words) >= 3
        and len(words) >= 2
        and head_words[1] in lexicon.glue_words()
        and words[0] == head_words[1]
        and words[1][:1].isupper()
    )


def _enumeration_goes_on(head: str, rest: list[str]) -> bool:
    """ "Linkages with the economy, integration and cooperation": a sentence-case name (a
    lowercase word after its first) whose enumeration runs on after the comma; every piece
    after it is a few lowercase words without a verb, the last joined by "and" or "or"."""
    head_words = clean(head).split()
    lowercase_head = any(w[:1].islower() and w.lower() not in lexicon.glue_words() for w in head_words[1:])
    pieces = [clean(piece) for piece in rest]
    last = pieces[-1].split()
    joined = len(last) >= 3 and ("and" in last[1:-1] or "or" in last[1:-1])
    words = [w for piece in pieces for w in piece.split() if w not in ("and", "or")]
    verbless = not any(w in lexicon.sentence_verbs() or w.endswith("ed") for w in words)
    return lowercase_head and joined and verbless and all(_ENUMERATED.fullmatch(p) for p in pieces)


def _place_note(text: str) -> bool:
    """ "Lake Bled", "Falda del Carmen": capitalised words, maybe joined by name particles;
    "Wang Nam Khiao District": up to three more before an administrative unit's type word."""
    words = [w for w in text.split() if w not in lexicon.name_particles()]
    if 2 <= len(words) <= 4 and words[-1].casefold() in _admin_unit_words():
        words = words[:-1]  # the type word names the place; the capitals before it are checked
    return 1 <= len(words) <= 3 and words[0] == text.split()[0] and bool(_PLACE_NOTE.fullmatch(" ".join(words)))


@cache
def _admin_unit_words() -> frozenset[str]:
    """ "District", "Raion": the type words of administrative units (admin-unit-words.csv)."""
    return frozenset(word.casefold() for (word,) in lexicon.table("admin-unit-words"))


# "1947–1953 (the "Plan Monnet")", "1959", "since 1990": a period after a list item's name.
_PERIOD_NOTE = re.compile(
    r"(?:(?:since|from|until|c\.|ca\.)\s)?\d{4}(?:\s?[–-]\s?(?:\d{2,4})?)?(?:\s*\(.{0,80}\))?", re.I
)


def _trailing_note(tail: str, *, bullet: bool) -> bool:
    """A period ("1947–1953") or a place of one or two capitalised words ("Sahibabad", "New
    Delhi") after a comma; not a legal form ("Inc."), nor words that go on a name ("Science
    and Technology", "Research Centre", "of Lisbon")."""
    tail = clean(tail)
    if _PERIOD_NOTE.fullmatch(tail):
        return True
    words = tail.split()
    if not bullet or not 1 <= len(words) <= 2 or is_legal_form(tail) or not _PLACE_NOTE.fullmatch(tail):
        return False
    return not any(
        w.lower() in _continuing_words() or _LONE_UNIT_WORD.fullmatch(w) or is_acronym(w) or w.isupper() for w in words
    )


@cache
def _continuing_words() -> frozenset[str]:
    """Words that continue a name rather than place it."""
    return lexicon.glue_words() | lexicon.org_head_words() | lexicon.function_words()


def _whole_name(text: str, kind: NameKind, *, acronym: bool = False) -> bool:
    """``text`` is one whole name (``acronym``: its acronym in brackets may follow)."""
    found = mention_of(text, kind, whole=True)
    if found is None or (found.acronym is not None and not acronym):
        return False
    return found.name == strip_article(clean(text)) or (acronym and found.acronym is not None)


def coined_names(text: str) -> list[str] | None:
    """ "AlphaGo, AlphaZero and MuZero", "A320; A330 and A340": a list of one-word coined
    names (an inner capital, a digit or all capitals), each its own program; ``None`` when a
    piece is a plain word ("Atmosphere, Ice and Climate" is one name)."""
    pieces = [piece.strip() for piece in _LIST_JOINT.split(clean(text)) if piece.strip() not in ("", "and")]
    if len(pieces) > 1 and all(_COINED.fullmatch(piece) for piece in pieces):
        return pieces
    return None


# "Name - a description", "The Name, on questions of …" (one comma: "The A, which …, closed
# in 2010" is a sentence about A, not an item).
_UNMARKED = re.compile(r"\A[^·•|]*\Z")  # no list marks on the line: "A · B · C" is a list
_DESCRIBED = re.compile(r"\s[–—-]\s(?=[a-z])|\A[A-Z][^,;:.]{2,80},\s[a-z][^,;]*\Z")


# "Agenda 2063, the fifty-year plan, and the B, AfCFTA": a list of names each followed by a
# lowercase note after a comma ("the fifty-year plan", "launched in 2017", "once a year").
_NOTE_PIECE = re.compile(r"\A(?:(?:the|an?)\s[a-z]|(?!(?:the|an?)\s)[a-z])")
_LAST_ITEM = re.compile(r"\A(?:and|or)\s(?=\S)")


def noted_items(text: str, kind: NameKind) -> list[str]:
    """The names of a one-sentence list whose items carry lowercase notes ("A, launched in
    2017, and the B, from 2007" → A, the B); an acronym after a name is its short name. Nothing
    unless there are two names or more, a note, "and" before the last name, and every name
    reads as one."""
    found = sentences(clean(text))
    if len(found) != 1:
        return []
    pieces = split_top_level(strip_lead_in(found[0].rstrip(". ")), ",")
    names: list[str] = []
    notes = 0
    last_joined = False
    for raw in pieces:
        joined = bool(_LAST_ITEM.match(raw.strip()))  # read before clean(), which drops "and"
        piece = clean(_LAST_ITEM.sub("", raw.strip()))
        if _NOTE_PIECE.match(piece) and not joined:
            notes += 1  # "the fifty-year plan": a note on the name before
        elif names and not joined and is_acronym(piece):
            names[-1] = comma_acronym_bracketed(f"{names[-1]}, {piece}")
        elif piece[:1].isupper() or piece.startswith("the "):
            names.append(piece)
            last_joined = joined
        else:
            return []
    if len(names) < 2 or not notes or not last_joined:
        return []
    return names if all(mention_of(name, kind) for name in names) else []


# "was a programme of the Y Board and not of the federation": a clause giving the program it
# names to another body (lexicon/not-own-program-cues.csv).
_NOT_OWN_PROGRAM = re.compile(
    rf"(?<!\w)(?:{lexicon.spaced_alternation(w for (w,) in lexicon.table('not-own-program-cues'))})(?!\w)", re.I
)


def _other_body_program(clause: str) -> bool:
    """ "Operation X (1970–1996), with which the federation is associated, was a programme of
    the Y Board and not of the federation": a clause (a copula outside brackets) that gives
    the program it names to another body names no program of the organization."""
    outside = _GROUP.sub(" ", clause)
    return _COPULA.search(outside) is not None and _NOT_OWN_PROGRAM.search(outside) is not None


def without_other_body_programs(field: Field) -> Field:
    """``field`` without its sentences or semicolon clauses that give a program to another
    body (``_other_body_program``); the clauses before or after, the organization's own
    ("The Commission ran awareness programmes; the X campaign was the Ministry's and not of
    the Commission"), stay. An item left empty goes."""
    items = []
    for item in field.items:
        clauses = [clause for sentence in sentences(item.text) for clause in split_top_level(sentence, ";")]
        kept = [clause for clause in clauses if not _other_body_program(clause)]
        if len(kept) == len(clauses):
            items.append(item)
        elif kept:
            items.append(replace(item, text="; ".join(clause.strip() for clause in kept)))
    return replace(field, items=tuple(items))


def read_programs(field: Field, _identity: Identity) -> ReaderResult:
    # "a planned X Division", "Chair (proposed): A": a sentence stating no current fact names nothing.
    field = without_other_body_programs(without_spoken_openers(without_unreal(field)))
    facts: list[Fact] = []
    bullets = list_lines(field)
    # "Name (ACR) - the labels on fridges": one line, a name and a lowercase description after
    # a spaced dash or a comma, is one item as a bullet is; the description is no part of the name.
    line = field.items[0].text if len(field.items) == 1 else ""
    if not bullets and _UNMARKED.match(line) and _DESCRIBED.search(line):
        bullets = [field.items[0].text]
    items = [
        (text, True) for line in bullets for text in _semicolon_names(without_addition_lead(line), NameKind.PROGRAM)
    ]
    noted = [] if items else noted_items(field.text, NameKind.PROGRAM)
    # "Among its internal programmes are A, which …, and B, which …".
    examples = [] if items or noted else example_names(field.text, NameKind.PROGRAM)
    items = (
        items
        or [(name, True) for name in noted]
        or [(name, True) for name in examples]
        or list_items(field.text, NameKind.PROGRAM)
    )
    items = [
        (piece, single or coined is not None)
        for text, single in items
        for coined in [coined_names(text)]
        for piece in coined or [text]
    ]
    for text, single in items:
        for piece in [text] if single else (split_unit_names(text, NameKind.PROGRAM) or []):
            core = _PROGRAM_LEAD.sub("", _mid_acronym_moved(_bracket_tail_dropped(clean(piece))))
            bullet = bool(bullets)
            found = (
                item_mention(core, NameKind.PROGRAM, bullet=bullet) if single else mention_of(core, NameKind.PROGRAM)
            )
            name, acronym, _ = split_acronym(clean(one_item(core, NameKind.PROGRAM, bullet=bullet) if single else core))
            if not found and _INNER_CAPITAL.fullmatch(name):
                found = Mention(name, "organization", acronym)  # "omniORB", "iCompute (IC)"
            if not found:
                continue
            if single and bullet and _title_shaped(found.name):  # "- The Cat in the Hat": the title's own "The"
                found = with_own_article(found, core)
            # "Does not arise.", "Not applicable": a refusal or a null is no program; a lowercase
            # "not" makes a sentence of a capitalised phrase, never a program's name.
            if not status_of_text(clean(piece)).stated or "not" in found.name.split():
                continue
            org = Mention(found.name, "organization", found.acronym) if core != clean(piece) else None
            # "A Mission and B": one name or two by its shape; undecided, no program at all.
            decided = and_pieces_decided(found.name, NameKind.PROGRAM)
            if decided is None:
                continue
            if len(decided) > 1:
                decided = _shared_tail_dropped(decided)
                facts.extend(
                    Program(m.name, None, m.acronym) for p in decided for m in [mention_of(p, NameKind.PROGRAM)] if m
                )
                continue
            # "X Satellite program (XS)": a short form after the head word names the whole phrase.
            named = _class_head_dropped(found.name) if found.acronym is None else found.name
            named = _year_dropped(named)
            facts.append(
                Program(_with_qualifier(named, core) if single else named, org, None if org else found.acronym)
            )
    return unique(facts), None


# "LARES 2 laser-ranging satellites": lowercase words closing the last of the pieces.
_LOWER_TAIL = re.compile(r"(?:\s[a-z][a-z-]{0,30}){1,4}\Z")


def _shared_tail_dropped(pieces: list[str]) -> list[str]:
    """ "Alpha and Alpha 2 weather satellites" → Alpha, Alpha 2: lowercase words after the last
    of several names, none of which has such words, say what all of them are;
    they are no part of the last name alone. A last piece left without a capital stays whole."""
    tail = _LOWER_TAIL.search(pieces[-1])
    if not tail or any(_LOWER_TAIL.search(piece) for piece in pieces[:-1]):
        return pieces
    head = pieces[-1][: tail.start()]
    words = tail.group(0).split()
    if any(word in lexicon.function_words() for word in words):
        return pieces  # "Beta of the Sea" written "Beta of the sea": a name runs on through "of"
    if not head[:1].isupper() or any(word[:1].islower() for word in head.split()):
        return pieces
    return [*pieces[:-1], head]


# "Build-To-Order (BTO) flats": an acronym in brackets inside the name, lowercase words after it.
_MID_ACRONYM = re.compile(
    r"(?P<head>[A-Z][^()]{1,80}?)\s\((?P<acr>[A-Z][A-Z0-9&-]{1,9})\)\s(?!(?:and|or|plus)\s)(?P<tail>[a-z][a-z-]{1,20}(?:\s[a-z][a-z-]{1,20}){0,2})(?=\s\(|,\s|\s[—–-]\s|\Z)"
)
# "World Census of 1930": a trailing "of <year>" dates the program; it is no part of its name.
_OF_YEAR = re.compile(r"\sof\s(?:1[6-9]|20)\d\d\Z")
# "Red Notices (for wanted people) and the other colour notices": lowercase words joined
# after a closing bracket are a note on the item, no second name.
_BRACKET_TAIL = re.compile(r"\)\s(?:and|or|plus)\s(?:the\s)?(?:other\s)?[a-z][^()]{0,120}\Z")


_TITLE_PREPOSITIONS = frozenset(word for (word,) in lexicon.table("title-prepositions"))


def _title_shaped(name: str) -> bool:
    """ "Jewel in the Crown": a preposition and an inner "the" (title-prepositions.csv) make
    the shape of a work's title, whose opening "The" on a list line is its own."""
    words = name.split()
    return any(word in _TITLE_PREPOSITIONS and after == "the" for word, after in pairwise(words))


def _mid_acronym_moved(item: str) -> str:
    """ "Stolen and Lost Travel Documents (SLTD) database" → "Stolen and Lost Travel Documents
    database (SLTD)": the name is read whole, its acronym after it."""
    mid = _MID_ACRONYM.match(item)
    if mid is None:
        return item
    # "Earth Satellite (ES) programme": the acronym names the words before it; the field's own
    # kind word after it (program-self-words.csv) only says the item is a program.
    if mid["tail"] in _PROGRAM_SELF_WORDS:
        return f"{mid['head']} ({mid['acr']}){item[mid.end() :]}"
    return f"{mid['head']} {mid['tail']} ({mid['acr']}){item[mid.end() :]}"


def _year_dropped(name: str) -> str:
    """ "Global Fishery Survey of 1958" → "Global Fishery Survey": the year dates the program;
    kept when what is left is no name of two words or more ("Class of 2020")."""
    year = _OF_YEAR.search(name)
    if year is None:
        return name
    base = mention_of(name[: year.start()], NameKind.PROGRAM)
    return base.name if base and base.name == name[: year.start()] and len(base.name.split()) >= 2 else name


def _bracket_tail_dropped(item: str) -> str:
    tail = _BRACKET_TAIL.search(item)
    return item[: tail.start() + 1] if tail else item


def _class_head_dropped(name: str) -> str:
    """ "Clean Rivers for Tomorrow initiative" → "Clean Rivers for Tomorrow": a program head
    word in lowercase (program-head-words.csv) after a capitalised name says what kind of
    thing the name is; it is no part of it ("Clean Seas Initiative", capitalised, keeps it)."""
    *words, last = name.split() or [""]
    glue = lexicon.glue_words()
    if len(words) < 2 or not last.islower() or last.capitalize() not in lexicon.program_head_words():
        return name
    capitalised = words[0][:1].isupper() and all(w[:1].isupper() or w in glue for w in words)
    return " ".join(words) if capitalised and words[-1] not in glue else name


# "Bachelor of Science (Research)": one capitalised word in brackets after a whole item.
_QUALIFIER = re.compile(r" \((?P<word>[A-Z][a-z]{2,20})\)\Z")


def _with_qualifier(name: str, item: str) -> str:
    """A bracketed qualifier (lexicon/program-qualifiers.csv) is part of the program's name
    ("Bachelor of Science (Research)", "Master of Arts (Honours)")."""
    qualifier = _QUALIFIER.search(clean(item))
    if (
        not qualifier
        or clean(item)[: qualifier.start()] != name
        or qualifier["word"] not in lexicon.program_qualifiers()
    ):
        return name
    return clean(item)


def units_named_well(fields: list[FieldFacts]) -> list[FieldFacts]:
    """Every field's units with a name a unit can have: a possessive before it goes ("Our Board
    of Trustees" → "Board of Trustees"), a unit opened by a preposition is a clause and goes
    ("Under Section 3 of the Act"; lexicon/unit-name-openers.csv), and a unit named twice is
    kept once."""
    answered = _answered_bodies(fields)
    return [
        replace(ff, facts=_units_named_well(ff.facts, answered, ff.verbatim or ""))
        if any(isinstance(f, Unit) for f in ff.facts)
        else ff
        for ff in fields
    ]


# "we are accountable to the Assembly of States Parties to the Rome Statute", "after
# 1967 it came under the Communications Council of the East African Community": the
# organization itself (a pronoun) names a body it answers to (lexicon/answered-body-cues.csv).
_ANSWERED = re.compile(
    rf"\b(?:[Ww]e|[Ii]t|[Tt]hey)\s(?:{lexicon.alternation(lexicon.answered_body_cues())})\s(?:the\s)?"
    r"(?P<body>[A-ZÀ-Þ][^.;:()]{0,160})"
)


def _answered_bodies(fields: list[FieldFacts]) -> tuple[str, ...]:
    """The texts that open with a body the organization answers to, in any field."""
    return tuple(m["body"].casefold() for ff in fields for m in _ANSWERED.finditer(ff.verbatim or ""))


def _answered(name: str, answered: tuple[str, ...]) -> bool:
    """``name`` is the whole of a body the organization answers to, or its start up to a word's end."""
    folded = name.casefold()
    return any(body == folded or body.startswith(folded + " ") or body.startswith(folded + ",") for body in answered)


def _units_named_well(facts: tuple[Fact, ...], answered: tuple[str, ...] = (), verbatim: str = "") -> tuple[Fact, ...]:
    kept: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Unit) and _answered(fact.name, answered):
            continue  # "we are accountable to the X": X is another body, no unit
        if isinstance(fact, Unit):
            first, _, rest = fact.name.partition(" ")
            action = lexicon.unit_name_openers().get(first.casefold())
            if action == "drop-unit" or (action == "drop-word" and not rest):
                continue
            if action == "drop-word":
                fact = replace(fact, name=rest)
            if _ends_in_abbreviated_word(fact.name):
                continue  # "Board of Dir(.)": a cut name is better not stated
            if _describes_leadership(fact.name) or _is_count(fact.name):
                continue  # "Headed by a Director-General", "3 faculties": no unit's name
            if _post_of_unit(fact.name) or _described_body(fact.name, verbatim):
                continue  # "a Head of National Office", "the X Court, a unitary board that …"
            fact = replace(fact, name=_without_number_label(fact.name))
            bodies = _two_bodies(fact.name)
            if bodies is not None:
                for body in bodies:
                    if not any(isinstance(k, Unit) and k.name == body for k in kept):
                        kept.append(Unit(body))
                continue
            if fact in kept:
                continue
        kept.append(fact)
    return tuple(kept)


def _post_of_unit(name: str) -> bool:
    """ "Head of National Office", "Director of Studies": a post's name (lexicon/roles.csv)
    before "of" and the unit it heads names the post, no unit."""
    post, of, _ = name.partition(" of ")
    return bool(of) and post[:1].isupper() and _is_post(post)


# "the Court of Directors, a unitary board that …": a lowercase body described after a
# capitalised name's comma
def _described_body(name: str, verbatim: str) -> bool:
    """A lowercase unit (no capital) that the field writes only as a description of a named
    body, after a capitalised word and ", a"/", an" ("the Court of Directors, a unitary
    board"). A lowercase unit written otherwise ("a steering committee") stays."""
    if not name or any(word[:1].isupper() for word in name.split()):
        return False
    starts: list[int] = []
    at = verbatim.find(name)
    while at >= 0:
        starts.append(at)
        at = verbatim.find(name, at + 1)
    return bool(starts) and all(_DESCRIBED_AFTER_NAME.search(verbatim[max(0, at - 40) : at]) for at in starts)


_DESCRIBED_AFTER_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]{0,30},\s(?:a|an)\s\Z")


# "Headed by a Director-General, who is appointed by the Government", "Chaired by the
# Minister": a participle (lexicon/unit-description-participles.csv) and "by" open an item that
# describes who leads, not a unit. "3 faculties", "six regional offices", "24 schools": a count
# (digits or a number word of number-words.csv) and lowercase words only is a count, no name.
_COUNT_WORD = re.compile(r"[a-z][a-z'’-]{0,30}")


def _describes_leadership(name: str) -> bool:
    words = name.split(maxsplit=2)
    return len(words) >= 2 and words[1] == "by" and words[0].casefold() in lexicon.unit_description_participles()


def _is_count(name: str) -> bool:
    first, _, rest = name.partition(" ")
    counted = (first.isdigit() and len(first) <= 4) or first.casefold() in lexicon.number_words()
    return counted and bool(rest) and all(_COUNT_WORD.fullmatch(word) for word in rest.split())


@cache
def _abbreviated_words() -> frozenset[str]:
    """The memo abbreviations of common words, casefolded, without their stop ("dir")."""
    memo = lexicon.memo_abbreviations()
    return frozenset(word.rstrip(".").casefold() for word, (kind, _) in memo.items() if kind == "word")


def _ends_in_abbreviated_word(name: str) -> bool:
    """ "Board of Dir." / "Board of Dir": a unit name closed by a memo's abbreviated
    common word (memo-abbreviations.csv, kind "word") is cut short; an abbreviated unit head
    word ("Planning Div.") closes a whole name."""
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".").casefold() in _abbreviated_words()


# "Div. 1 Mechanics and Acoustics", "Division 3: Optics": a label, a number, a capitalised name
_NUMBER_LABEL = re.compile(
    rf"(?i:{lexicon.alternation(sorted((w for (w,) in lexicon.table('numbered-unit-labels')), key=len, reverse=True))})"
    r"\s(?:\d{1,3}|[IVX]{1,5})[.:]?\s(?:[–—-]\s)?(?=[A-ZÀ-Þ])"
)


def _without_number_label(name: str) -> str:
    """A numbered label before a unit's name goes, the name stays
    (numbered-unit-labels.csv); "Unit 731" (no name after the number) stays as written."""
    found = _NUMBER_LABEL.match(name)
    return name[found.end() :] if found else name


_BODY_JOIN = re.compile(r"\s(?:and|&)\s")
_NAME_PREPOSITION = re.compile(r"\s(?:of|for|on|in)\s", re.I)


@cache
def _standalone_bodies() -> frozenset[str]:
    return frozenset(word.casefold() for (word,) in lexicon.table("standalone-body-words"))


def _is_body(part: str) -> bool:
    """``part`` names a body alone: capitalised words ending in a unit word ("General
    Assembly"), or one standalone body word ("Senate"; standalone-body-words.csv)."""
    words = part.split()
    if _head_first_body(words):
        return True
    if not words or not all(word[:1].isupper() for word in words):
        return False
    if len(words) == 1:
        return words[0].casefold() in _standalone_bodies()
    return bool(_ENDS_IN_UNIT_WORD.search(part))


def _head_first_body(words: list[str]) -> bool:
    """ "Comités de Acción", "Secretaría Permanente": a body's head noun written
    first (head-first-body-words.csv), then capitalised words and the glue words of a name
    ("de"), the last one capitalised; a head alone ("Junta") is no whole name."""
    glue = lexicon.glue_words()
    return (
        2 <= len(words) <= 8
        and words[0] in lexicon.head_first_body_words()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in glue for word in words[1:])
    )


def _two_bodies(name: str) -> tuple[str, str] | None:
    """ "Senate and General Assembly": two capitalised bodies joined by "and" are two
    units, never one glued name; a qualifier joined to the head ("Audit and Risk Committee",
    "Research and Development Division") or a name with "of" ("Ministry of Trade and
    Industry") stays one."""
    joins = list(_BODY_JOIN.finditer(name))
    if len(joins) != 1 or _NAME_PREPOSITION.search(name):
        return None
    first, second = name[: joins[0].start()], name[joins[0].end() :]
    return (first, second) if _is_body(first) and _is_body(second) else None


# One word of a lowercase-style name: letters, an elided particle inside ("l'enseignement").
_FOREIGN_WORD = re.compile(r"[^\W\d_]{1,30}(?:['’][^\W\d_]{1,30})?")


def _lowercase_style_unit(name: str) -> bool:
    """ "Département du patrimoine et des collections", "Departamento de relaciones
    internacionales": a head noun of lexicon/lowercase-style-unit-heads.csv, a joining word of
    its language ("du", "de", "des"), then only lowercase words of letters, as languages that
    capitalise a name's first word only write a unit's name. Refused: an English
    function word ("Département de la recherche, which …"), a verb of the sentence, a second
    head noun ("Département A et Département B" is two units), a capital or a figure."""
    words = name.split()
    glue = lexicon.glue_words() - lexicon.function_words() - {"&"}
    heads = lexicon.lowercase_style_unit_heads()
    lowered = {word.casefold() for word in words[1:]}
    return (
        3 <= len(words) <= 10
        and words[0] in heads
        and words[1] in glue
        and all(_FOREIGN_WORD.fullmatch(word) and word.islower() for word in words[1:])
        and lowered.isdisjoint(lexicon.function_words() - lexicon.glue_words())
        and lowered.isdisjoint(lexicon.sentence_verbs())
        and never_a_name(name, NameKind.UNIT) is None
    )


def _example_lead_pattern(shape: str) -> re.Pattern[str]:
    phrases = [phrase for phrase, kind in lexicon.unit_example_leads() if kind == shape]
    if shape == "list":
        return re.compile(rf"(?<!\w)(?:{lexicon.alternation(phrases)})\s(?=(?:the\s)?[A-Z])", re.I)
    # "besides the components businesses A": the phrase, one to three lowercase words (the last
    # a plural ending in "s"), then a capital.
    return re.compile(
        rf"(?<!\w)(?:{lexicon.alternation(phrases)})\s(?:[a-z][\w-]{{0,30}}\s){{0,2}}[a-z][\w-]{{0,30}}s\s(?=[A-Z])",
        re.I,
    )


_EXAMPLE_LIST = _example_lead_pattern("list")
_EXAMPLE_CLASS = _example_lead_pattern("class")
# "A, which funds …, and B": a relative clause after a name, up to the next comma.
_RELATIVE_AFTER_NAME = re.compile(r",\s(?:which|who|whose|where)\s[^,]{0,300}")
_BRACKET_GROUP = re.compile(r"\s?\([^()]{0,300}\)")
# "the Fraunhofer Institute for X IIS in Erlangen": a short form, then "in" and one town.
_ACRONYM_PLACE = re.compile(r"(?<=\s[A-Z]{2})(?:[A-Z]{0,6})\sin\s[A-Z][\w'’-]{1,30}\Z")
# "Among its internal programmes are A and B": "Among", a short phrase ending in a plural unit
# or program noun, then "are/were/include".
_AMONG_ARE = re.compile(
    r"\AAmong\s(?:its|the|our|their)\s(?:[a-z][\w-]{0,30}\s){0,3}?(?P<noun>[a-z]{3,30})\s(?:are|were|include)\s(?=[A-Z])"
)


def example_names(text: str, kind: NameKind) -> list[str]:
    """The names of the lists a Divisions or programs field gives as examples or as the main
    ones: "… by brands, the main ones being A, B and C (note), besides the
    components businesses D, E and F", "two well-known examples are the A in X, which …, and
    the B in Y", "Among its internal programmes are A, which …, and B, which …" (lexicon/
    unit-example-leads.csv; the "Among" lead needs a plural noun of unit-count-nouns.csv). A
    list runs to the sentence's end or to the next lead; bracketed notes and relative clauses
    go. A list is read only when every piece is a name (``mention_of``) and none is a world
    region, a country or a figure: "by region (NAFTA, LATAM)" follows no lead, "76 institutes"
    names none. Nothing when a piece fails."""
    found: list[str] = []
    for sentence in sentences(clean(text)):
        starts = [lead.end() for lead in _EXAMPLE_LIST.finditer(sentence)]
        starts += [lead.end() for lead in _EXAMPLE_CLASS.finditer(sentence)]
        among = _AMONG_ARE.match(sentence)
        if among and among["noun"] in _COUNT_NOUNS:
            starts.append(among.end())
        leads = sorted(
            [lead.start() for lead in _EXAMPLE_LIST.finditer(sentence)]
            + [lead.start() for lead in _EXAMPLE_CLASS.finditer(sentence)]
        )
        for start in sorted(starts):
            end = next((lead for lead in leads if lead > start), len(sentence))
            found += _example_list(sentence[start:end], kind)
    return list(dict.fromkeys(found))


def _example_list(text: str, kind: NameKind) -> list[str]:
    text = _BRACKET_GROUP.sub("", text)
    text = _RELATIVE_AFTER_NAME.sub("", text).strip(" ,;.")
    pieces = [
        _ACRONYM_PLACE.sub(lambda m: m[0][: m[0].index(" in ")], without_place(p)) for p in list_pieces(text, kind)
    ]
    pieces = _serial_and_split([strip_article(clean(piece)) for piece in pieces])
    names = [mention_of(piece, kind) for piece in pieces]
    if not pieces or not all(names):
        return []
    if any(
        re.search(r"\d", piece)
        or piece in _world_regions()
        or piece in lexicon.market_region_codes()
        or is_country(piece)
        or _region_office(piece)
        for piece in pieces
    ):
        return []
    return pieces


def _serial_and_split(pieces: list[str]) -> list[str]:
    """ "Fiat, Lancia, Maserati and Ferrari": in a comma list of bare names (no head word in any
    piece: brands, not "Science and Technology Council"), the last piece's one "and" joins the
    last two items; each half is one or two capitalised words."""
    if len(pieces) < 2 or any(" and " in piece or _HEADED.search(piece) for piece in pieces[:-1]):
        return pieces
    halves = pieces[-1].split(" and ")
    if len(halves) != 2 or _HEADED.search(pieces[-1]) or not all(_BARE_NAME.fullmatch(half) for half in halves):
        return pieces
    return [*pieces[:-1], *halves]


_BARE_NAME = re.compile(r"[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30})?")
_HEAD_NOUNS = sorted({*lexicon.unit_words(), *lexicon.org_head_words()}, key=lambda w: (-len(w), w))
_HEADED = re.compile(rf"\b(?:{lexicon.alternation(_HEAD_NOUNS)})\b", re.I)


def _acronym_place_dropped(name: str) -> str:
    """ "Hallberg Institute for Wind Power HWP in Norrby" → "… HWP": the town after a short form."""
    found = _ACRONYM_PLACE.search(name)
    return name[: found.start()] + found[0][: found[0].index(" in ")] if found else name
