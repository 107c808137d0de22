"""History: renames, mergers, successions, dissolution, read clause by clause.

Every event has an explicit direction (``ontology/lexicon/history-verbs.csv``): the words
after the verb name a successor, a predecessor, a new name, or nothing. An event counts
only when its subject is the profiled organization ("it", its name or acronym, "the
commission" when "Commission" is in its name, or no subject at all, as in a dated bullet
"1984: renamed X"); "Northern Electric was renamed Northern Telecom" is about another
organization and is not read. Sentences are read one by one, so a negation in one ("It
was not replaced") touches that sentence only. Dated bullets ("- 2016: renamed Acme
Labs", "1994 — merged …") are cut at their dates, which date the events in them and never
become part of a name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as default
from enum import Enum
from functools import cache, lru_cache
from itertools import islice
from itertools import takewhile as itertools_takewhile
from types import MappingProxyType

from orgkg.model import (
    ChangeEvent,
    DateValue,
    Dissolution,
    Fact,
    Field,
    FieldFacts,
    FieldStatus,
    HeadquartersMove,
    Identity,
    Mention,
    OrgKind,
    Severity,
)

from . import lexicon
from .budget import Finding
from .dates import LATIN_ERA_NAMES, MONTHS, date_spans, event_date_spans, in_year
from .names import (
    PERSON_TITLES,
    elided_name_at,
    is_acronym,
    is_country,
    is_description,
    is_enumeration_inside_a_name,
    lowercase_style,
    name_problem,
    org_mention,
    person_name,
    same_name,
)
from .reader import ReaderResult
from .sentences import (
    NAME_WORDS_BEFORE_LEGAL_FORM,
    abbreviable_word,
    abbreviation,
    abbreviations,
    form_spelled_as_word,
)
from .sentences import split as split_sentences
from .status import status_of_text
from .text import BE_FORMS, clean, unique
from .text import record as key_value

# --- lexicon ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryVerb:
    phrase: str
    # new-name | present-name | present-name-subject | successor(s) | predecessor(s) | source | functions-of | none
    direction: str
    kind: str


_DIRECTIONS = frozenset(
    {
        "new-name",
        "present-name",
        "present-name-subject",
        "successor",
        "successors",
        "predecessor",
        "predecessors",
        "source",
        "functions-of",
        "none",
    }
)
# A rename into its present name: told with the organization as subject ("took its present
# name"), or with the name itself as subject ("the present name was adopted in 1975")
_PRESENT_NAME_DIRECTIONS = frozenset({"present-name", "present-name-subject"})
# the kinds of change whose other subject grew into the organization ("transformed into"): a predecessor
_GROWN_KINDS = frozenset({"evolved"})
DISSOLVING = frozenset({"merged-into", "dissolved"})
# Another organization's event whose object is this one: the kind recorded for it.
_INTO_SELF = {"merged-into": "absorbed", "succeeded-by": "predecessor"}
# "it was replaced by X on 1 January 2025": a successor took its place that day, so it ended
# then ("succeeded by X in 2004" alone gives no day it ended: a successor, no dissolution)
_ENDED_BY_SUCCESSOR = frozenset({"succeeded-by"})
# Kinds whose object is a successor only when the same sentence also ends the organization.
_IF_ENDED = frozenset({"donated-to", "became-part-of"})
# Kinds whose objects are successors only when the History text also ends the organization.
_IF_ENDED_IN_TEXT = frozenset({"passed-to"})


@cache
def history_verbs() -> tuple[HistoryVerb, ...]:
    # "that name was shortened to X" (lexicon/name-shortening-verbs.csv) is a rename too;
    # "ceases as independent" (lexicon/independence-ending-verbs.csv) ends it
    rows = (*lexicon.table("history-verbs"), *lexicon.name_shortening_verbs(), *lexicon.independence_ending_verbs())
    verbs = tuple(HistoryVerb(*row) for row in rows)
    for verb in verbs:
        if verb.direction not in _DIRECTIONS:
            raise lexicon.LexiconError(f"lexicon/history-verbs.csv: unknown direction '{verb.direction}'")
    return tuple(sorted(verbs, key=lambda v: -len(v.phrase)))


CONTEXT_ROLES = frozenset(
    {
        "auxiliary",
        "content-lead",
        "not-object",
        "relative",
        "negation",
        "self-noun",
        "self-part",
        "function-noun",
        "earlier-label",
        "later-label",
        "list-cue",
        "owner-head",
        "part-head",
        "status-change",
        "predecessor-noun",
        "aside",
        "appositive-participle",
        "defining",
        "unreal",
        "ending-successors",
        "eponym-link",
        "temporary",
        "reopening",
        "works-lead",
        "works-noun",
        "earlier-key",
        "later-key",
        "predecessor-key",
        "opening-preposition",
        "existence-label",
        "agent-rename",
        "successor-noun",
        "founding-noun",
        "name-start",
        "continuing-adjective",
        "name-prefix",
        "arrow-mark",
        "with-mark",
        "arrow-rename",
        "first-adverb",
        "namesake-adjective",
        "joined-participle",
        "merged-body",
        "present-day",
        "new-body",
        "existence-verb",
        "name-filler",
        "partnership-end",
        "opening-founding",
        "ending-noun",
        "stopped-noun",
        "entry-self-noun",
        "at-time",
        "naming-note",
        "period-adjective",
        "referring-adjective",
        "nominal-verb",
        "closed-noun",
        "acquisition-noun",
        "acquiring-verb",
        "effect-phrase",
        "name-kept-verb",
        "counted-body-noun",
        "counted-body-noun-singular",
        "agent-merger-verb",
        "absorbing-verb",
        "partner-role-noun",
        "english-glue",
        "plural-merger-verb",
        "name-taking-verb",
        "same-year-determiner",
    }
)


@cache
def context_words(role: str) -> tuple[str, ...]:
    """The words of lexicon/history-context.csv with ``role``."""
    if role not in CONTEXT_ROLES:
        raise ValueError(f"unknown history context role '{role}'")
    for word, found in lexicon.table("history-context"):
        if found not in CONTEXT_ROLES:
            raise lexicon.LexiconError(f"lexicon/history-context.csv: '{word}' has unknown role '{found}'")
    return tuple(word for word, kind in lexicon.table("history-context") if kind == role)


_context = context_words


# "in", "on", "w.e.f.", "with effect from": what opens a date inside a verb phrase
_DATE_LEAD = lexicon.spaced_alternation(lexicon.date_lead_phrases())


@cache
def _verb_patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """Where a verb may start (its first word), and one pattern per verb phrase, longest
    first. One alternation of every phrase with its optional date is too large for the
    linear-time proof, so the phrases are tried one by one where a first word stands."""
    # "reorganized in 1970 as", "replaced on 1 May 1926 by": a date may sit before the last word.
    # "merged w.e.f. 27.08.2007 into", "with effect from 1st April, 1972": the Indian and Nigerian hand
    date = (
        rf"(?:\s+(?:{_DATE_LEAD})\s+(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}"
        r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\.?,?\s+)?(?:\d{1,2},\s+)?\d{4}),?)?"
    )
    # "closed its doors" is "closed our doors" on its own page: "its" stands for "our" too
    own = rf"(?:its|{lexicon.alternation(lexicon.first_person_words('possessive'))})"
    phrases = tuple(
        re.sub(r"\\ (as|into|by|to|in)$", lambda m: date + r"\s+" + m[1], re.escape(v.phrase))
        .replace(r"\ ", r"\s+")
        .replace(r"\s+its\s+", rf"\s+{own}\s+")
        for v in history_verbs()
    )
    first = dict.fromkeys(v.phrase.split()[0] for v in history_verbs())
    starts = re.compile(rf"(?<![\w-])(?=(?:{lexicon.alternation(first)})(?![\w-]))", re.I)
    each = tuple(re.compile(rf"(?P<verb>{phrase})(?![\w-])", re.I) for phrase in phrases)
    return starts, each


def _verbs_in(sentence: str) -> list[re.Match[str]]:
    """The history verbs of ``sentence``, left to right, as one alternation of them would
    find them (at each place the first phrase in order that matches, then after it)."""
    starts, each = _verb_patterns()
    by_first_word = _verbs_by_first_word()
    found: list[re.Match[str]] = []
    for at in starts.finditer(sentence):
        if found and at.start() < found[-1].end():
            continue
        # Only the phrases whose first word stands here can match (a verb's first word, in
        # [a-z-], is followed by a space or the end). A word beyond ASCII may match one under
        # re.I's Unicode case folding ("ſ" for "s"): every phrase is tried then.
        run = _WORD_RUN.match(sentence, at.start())
        word = run.group() if run else ""
        candidates = by_first_word.get(word.lower(), ()) if word.isascii() else each
        match = next((m for pattern in candidates if (m := pattern.match(sentence, at.start()))), None)
        if match:
            found.append(match)
    return found


_WORD_RUN = re.compile(r"[\w-]+")
_FIRST_WORD = re.compile(r"[a-z-]+")


@cache
def _verbs_by_first_word() -> Mapping[str, tuple[re.Pattern[str], ...]]:
    """The verb patterns of ``_verb_patterns`` grouped by their phrase's first word, each
    group in the patterns' order."""
    grouped: dict[str, list[re.Pattern[str]]] = {}
    for verb, pattern in zip(history_verbs(), _verb_patterns()[1], strict=True):
        first = verb.phrase.split()[0]
        if not _FIRST_WORD.fullmatch(first):  # what _verbs_in's lookup relies on
            raise lexicon.LexiconError(f"lexicon/history-verbs.csv: '{verb.phrase}' must start with a-z and -")
        grouped.setdefault(first, []).append(pattern)
    return MappingProxyType({word: tuple(patterns) for word, patterns in grouped.items()})


def built_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns built from the lexicon at run time, for tests/test_regex_safety.py."""
    starts, each = _verb_patterns()
    return (starts, *each, *_move_patterns())


# The date inside a verb phrase ("reorganized in 1970 as"): from " in "/" on " to the year.
_PHRASE_DATE_START = re.compile(rf"(?<!\s)\s+(?:{_DATE_LEAD})\s+")
_PHRASE_DATE_END = re.compile(r";|,(?!\s\d{4})|\d{4},?(?=\s)")  # "1st April, 1972": that comma is the date's


def _without_date(phrase: str) -> str:
    kept = []
    keep = search_from = 0
    while start := _PHRASE_DATE_START.search(phrase, search_from):
        end = _PHRASE_DATE_END.search(phrase, start.end())
        if end and end.group()[0] not in ",;":
            kept.append(phrase[keep : start.start()])
            keep = search_from = end.end()
        else:
            search_from = start.start() + 1
    return "".join(kept) + phrase[keep:]


def _verb(phrase: str) -> HistoryVerb:
    words = re.sub(r"\s+", " ", _without_date(phrase).lower()).split(" ")
    key = " ".join("its" if w in lexicon.first_person_words("possessive") else w for w in words)
    return next(v for v in history_verbs() if v.phrase == key)


# --- clauses and subjects --------------------------------------------------------------

# A bullet or run-in date that heads a segment: "- 1984: ", "• 1994 — ", "15 August 1969: ",
# "3rd January 1946: " (ordinal days too). A line break is no space inside the date: "Created on
# 25 January.\n2007 · …" ends one bullet and heads the next. A span of years ("- 1933–1937: ")
# heads a bullet too, but dates none of its events (a period, not a day things happened).
# Also "In 1990: …" and "(1975) …" (the bracketed form only where a sentence starts), and
# numeric dates ("25/05/1900 – ", "1900-05-25: ", "25.05.1900 — ", "25-05-1900: ").
_YEAR_SPAN = re.compile(r"\d{4}[–-]\d{4}")
_DATED_HEAD = re.compile(
    r"(?:^|(?<=\s))(?:[-•*–—]\s*|In\s)?(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?[ \t]+)?\d{4}(?:[–-]\d{4})?"
    # "May 23, 1923: ", and with an ordinal day the comma may go: "May 23rd 1923: "
    r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:(?:st|nd|rd|th),?|,)\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}"
    # a form's day first with hyphens ("11-05-2009: "): else the note would take the date before it
    r"|\d{1,2}-\d{1,2}-\d{4}"
    # a memo's hyphens: "15-Jan-2002 — ", "Nov-2002 — " (a month of month-spellings.csv only)
    rf"|(?:\d{{1,2}}-)?(?i:{lexicon.alternation(sorted(MONTHS, key=len, reverse=True))})\.?-\d{{4}}"
    # an export's month and year ("May 2018: renamed X"; a month of month-spellings.csv)
    rf"|(?i:{lexicon.alternation(sorted(MONTHS, key=len, reverse=True))})\.?[ \t]\d{{4}})"
    # a lowercase note on the date in brackets before the colon: "1 Feb 2003 (appointed day): "
    r"(?:\s\([a-z][^()\n]{0,39}\)(?=:))?"
    r"\s*(?::|\s[–—→·-])\s+"
    r"|(?:^|(?<=[.;]\s))\((?P<bracketed>\d{4})\)[ \t]"
)
# A slide's head: a two-digit year after an apostrophe, perhaps its month and day, or a span of
# two, then an arrow ("'57 → ", "Jun '98 → ", "26 Jan '58 → ", "'69–'71 → "); only an arrow ends
# it, and the date is what dates.py makes of it (none where it fixes no century). The month is
# any word here (one alternation of every spelling is too large for the linear-time proof) and
# is checked against month-spellings.csv by _slide_heads.
_SLIDE_HEAD = re.compile(
    r"(?:^|(?<=\s))(?P<date>(?:(?:\d{1,2}\s)?(?P<month>[^\W\d_]{3,9})\.?\s)?"
    r"(?P<year>['’]\d{2}(?:[–-]['’]\d{2})?))\s→\s"
)


def _slide_heads(text: str) -> Iterator[re.Match[str]]:
    """The slide heads of ``text``; before a word that is no month ("Olsen '66 → "), from its year."""
    for head in _SLIDE_HEAD.finditer(text):
        if head["month"] is None or head["month"].lower() in MONTHS:
            yield head
        elif (year := _SLIDE_HEAD.match(text, head.start("year"))) is not None:
            yield year


# East Asian bullet heads: a date with its era year beside it ("15 September 1945 (Shōwa 20 in
# the Japanese calendar):"), an era year with its Gregorian one, then perhaps the day ("Shōwa 46
# (1971), 1 July:"), and a line led by a year and month joined by a full stop ("1971.03  KDI …")
_EAST_ASIAN_HEADS = (
    re.compile(
        r"(?:^|(?<=\s))(?:[-•*–—]\s{0,3})?(?P<date>(?:\d{1,2}\s[A-Z][a-z]{2,8}\s)?\d{4}"
        rf"\s\((?:{LATIN_ERA_NAMES})\s?\d{{1,2}}(?:\s[^()\n]{{1,50}})?\)"
        rf"|(?:{LATIN_ERA_NAMES})\s\d{{1,2}}\s\(\d{{4}}\)(?:,\s(?:\d{{1,2}}\s)?[A-Z][a-z]{{2,8}})?)"
        r"(?::|\s[–—-])\s"
    ),
    re.compile(r"(?:^|(?<=\n))(?P<date>\d{4}\.\d{2}(?:\.\d{2})?)\.?\s{1,3}(?=[^\W\d])"),
)
# A German ordinal day before a month name heads a bullet whole ("– 1. April 1970: …"), not
# cut at "1.": the month is one of month-spellings.csv, so "1. Phase 1970" stays a number and a word
_ORDINAL_DAY_HEAD = re.compile(
    r"(?:^|(?<=\s))(?:[-•*–—]\s{0,3})?"
    rf"(?P<date>\d{{1,2}}\.\s(?i:{lexicon.alternation(sorted(MONTHS, key=len, reverse=True))})\s\d{{4}})"
    r"(?::|\s[–—-])\s"
)
# Where a clause starts, reading back from a verb.
# (only where a match ends counts: one space before "and" is enough to find it)
# (a slide's arrow links steps of a chain: "deal closes → X absorbed into Y" has its own subject)
_CLAUSE_START = re.compile(
    r"[;:]\s*|,\s+(?:and|but)\s+|\s(?:and|but)\s+|,\s+|\s→\s+|\b(?:when|after|before|until|while)\s+"
)
_MONTH_WORDS = lexicon.alternation(sorted(MONTHS, key=len, reverse=True))
_ADVERBIAL = re.compile(
    r"^(?:(?:(?:in|on|by|from|since|after|until|around|about|circa|c\.|with\s+effect\s+from|w\.e\.f\.)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}|[A-Za-z]+\s+\d{4}|\d{4}|the\s+\d{4}s"
    # the deed style: "on the 30th of June 1993", "with effect from the 1st day of April, 1950"
    r"|the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:day\s+)?of\s+[A-Za-z]+,?\s+\d{4}"
    # numeric day first: "on 01.07.2015", "on 12/03/1962", "on 22.II.1921" (a Roman month)
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\.[IVX]{1,4}\.\d{4})"
    r"|later|then|eventually|finally|subsequently|thereafter|also"
    r"|at\s+the\s+same\s+time|simultaneously|in\s+the\s+same\s+year"
    # a dated bullet's day or month without its year ("1951 · On 7 December, renamed …", "In
    # January, merged …"): the preposition is needed, and the month is one of month-spellings.csv
    rf"|(?:in|on)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_WORDS})|(?:{_MONTH_WORDS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)\b"
    r")[,\s]+",
    re.I,
)
_SELF_PRONOUNS = frozenset({"it", "its"})
# "It's the successor of …", "we've merged with …": a self pronoun contracted with its auxiliary
# (spoken and informal hands), read as the two words; "'s" after "it" is never a possessive
_CONTRACTED_SELF = re.compile(r"^(?P<pronoun>it|we|they)['’](?P<verb>s|re|ve)\b", re.I)
_CONTRACTIONS = {"s": "is", "re": "are", "ve": "have"}


@cache
def _self_pronouns() -> frozenset[str]:
    """ "it", and the first person plural an organization writes about itself with ("we",
    "our": first-person-words.csv): each names the profiled organization as a subject."""
    return _SELF_PRONOUNS | lexicon.first_person_words("subject") | lexicon.first_person_words("possessive")


@dataclass(frozen=True)
class Segment:
    """A sentence (or a dated bullet's text) with the date its bullet gives it, if any."""

    text: str
    date: DateValue | None = None


# "01/1949 founded in Moscow; 02/1949 Albania joins; 28.06.1991 dissolved": a semicolon
# timeline, each piece led by its date and a space (read as one only where two pieces after
# a semicolon are so led)
_TIMELINE_HEAD = re.compile(
    r"(?:^|(?<=;\s))(?P<date>\d{4}(?:-\d{2}-\d{2})?|\d{1,2}\.\d{1,2}\.\d{4}|\d{2}/\d{4}|[A-Z][a-z]{2,8}/\d{4})"
    r"\s(?=[^\W\d])"
)


@cache
def _verbs_before_a_date() -> frozenset[str]:
    """One-word founding verbs ("est.", "founded", "opened") and function words ("of", "on"):
    a date right after one is the verb's or the phrase's date, no bullet's head."""
    verbs = (v.phrase for v in lexicon.founding_verbs() if " " not in v.phrase)
    return frozenset((*verbs, *lexicon.function_words()))


def _governed(text: str, head: re.Match[str]) -> bool:
    """Whether the date of ``head`` is the object of the word before it on its line ("est.
    26 Mar 1931 - merger of A and B": the founding's date, not a timeline entry's; "Law 12
    of 11 Dec 1973 - created X": the law's)."""
    line = text[text.rfind("\n", 0, head.start()) + 1 : head.start()].split()
    return bool(line) and line[-1].lower() in _verbs_before_a_date()


def _heads(text: str) -> list[re.Match[str]]:
    found = sorted(
        (
            head
            for matches in (
                *(pattern.finditer(text) for pattern in (_DATED_HEAD, *_EAST_ASIAN_HEADS, _ORDINAL_DAY_HEAD)),
                _slide_heads(text),
            )
            for head in matches
        ),
        key=lambda head: (head.start(), -head.end()),
    )
    heads: list[re.Match[str]] = []
    for head in found:  # the longest head at a place; none inside another
        if (not heads or head.start() >= heads[-1].end()) and not _governed(text, head):
            heads.append(head)
    timeline = list(_TIMELINE_HEAD.finditer(text))
    if heads or sum(1 for head in timeline if head.start() > 0) < 2:
        return heads
    return timeline


# A record's arrow after a verb reads left to right as time: "A + B merged → C" is "A and B
# merged to form C" (lexicon/arrow-verbs.csv); an arrow after any other word ("moves Nouméa →
# Apia") is left as written (a move, not a succession).
_ARROW_AFTER_VERB = re.compile(r"(?<![\w-])(?P<verb>[a-z]{3,20})\s{1,3}→\s{1,3}")
# "A + B + the C": a list joined by "+" (after a name's last letter or its closing bracket)
_PLUS = re.compile(r"(?<=[\w)])\s{1,3}\+\s{1,3}(?=\w)")


@cache
def _arrow_verbs() -> Mapping[str, str]:
    return MappingProxyType({verb: phrase for verb, phrase in lexicon.table("arrow-verbs")})


# A hurried note's shorthand (history-context.csv): an arrow in other characters ("->", "=>")
# is "→", a spaced "w/" is "with"; only a mark standing alone between spaces ("w/o", "->x" are not)
_ARROW_MARK = re.compile(rf"(?<=\s)(?:{lexicon.alternation(_context('arrow-mark'))})(?=\s)")
_WITH_MARK = re.compile(rf"(?<![^\s(])(?:{lexicon.alternation(_context('with-mark'))})(?=\s)")


def _shorthand_read(piece: str) -> str:
    return _WITH_MARK.sub("with", _ARROW_MARK.sub("→", piece))


# "renamed FSO → Daewoo-FSO": a rename verb, the old name, the arrow, the new name, read as
# "renamed from FSO to Daewoo-FSO" when the words between the verb and the arrow are one name
_ARROW_RENAME = re.compile(
    rf"(?<![\w-])(?P<verb>{lexicon.alternation(_context('arrow-rename'))})\s{{1,3}}(?P<old>[^\s→;:,.][^→;:,\n]{{0,80}}?)\s{{1,3}}→\s{{1,3}}"
)


def _arrow_renamed(match: re.Match[str]) -> str:
    old = match["old"]
    span = name_at(old, lax=True)
    if span is None or old[span.end :].strip():
        return match.group()
    return f"{match['verb']} from {old} to "


def _arrows_read(piece: str) -> str:
    piece = _shorthand_read(piece)
    if "→" not in piece:
        return piece
    piece = _ARROW_RENAME.sub(_arrow_renamed, piece)
    verbs = _arrow_verbs()

    def phrase(match: re.Match[str]) -> str:
        verb = match["verb"]
        return f"{verbs[verb]} " if verb in verbs else match.group()

    # (a "+" between the merged stays: the lists read it as their joint, "&" kept inside a name)
    return _ARROW_AFTER_VERB.sub(phrase, piece)


# "| date | event |" then "|---|---|": a History table is read by its header, each row as a
# dated line "date — event" (lexicon/history-table-columns.csv); a row whose date cell is no
# date ("unknown") is left unread, a table without those columns is not read at all.
_SEPARATOR_ROW = re.compile(r"\|?(?:\s{0,3}:?-{3,}:?\s{0,3}\|){1,12}\s{0,3}:?-{0,40}:?\s{0,3}")


def _cells(line: str) -> list[str] | None:
    line = line.strip()
    if not line.startswith("|"):
        return None
    return [cell.strip() for cell in line.strip("|").split("|")]


@cache
def _history_table_columns() -> Mapping[str, str]:
    return MappingProxyType({header: column for header, column in lexicon.table("history-table-columns")})


def _timeline_table_read(text: str) -> str:
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    columns: tuple[int, int] | None = None
    width = 0
    for index, line in enumerate(lines):
        cells = _cells(line)
        if cells is None:
            columns = None
            out.append(line)
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _SEPARATOR_ROW.fullmatch(following.strip()):
            kinds = [_history_table_columns().get(cell.lower()) for cell in cells]
            columns = (
                (kinds.index("date"), kinds.index("event"))
                if kinds.count("date") == kinds.count("event") == 1
                else None
            )
            width = len(cells)
            out.append("" if columns else line)
            continue
        if columns and _SEPARATOR_ROW.fullmatch(line.strip()):
            out.append("")
            continue
        if columns is None:
            out.append(line)
            continue
        spans = date_spans(cells[columns[0]]) if len(cells) == width else []
        dated = bool(spans) and spans[0][0] == 0 and spans[0][1] == len(cells[columns[0]])
        out.append(f"{cells[columns[0]]} — {cells[columns[1]]}" if dated else "")
    return "\n".join(out)


# A database export's History mixes dated lines with labelled record lines ("2018:
# renamed X" then "Closed Date: —", "Acquired by: Y"). A record line is no continuation of the
# dated line before it: it is cut off as an undated piece of its own (so "Closed Date" never ends
# the new name, and the date of the line before never dates it), and a record line whose value
# is a null ("—", "n.a.", "null", "[redacted]") states nothing and is left out. Only a
# timeline (a text with dated heads) is so cut: a form's "instrument: A" then "signed: 1993-06-16"
# reads as one.
def _cut_at_record_lines(piece: str, date: DateValue | None) -> list[tuple[str, DateValue | None]]:
    if "\n" not in piece:
        return [(piece, date)]
    parts: list[tuple[str, DateValue | None]] = []
    kept: list[str] = []
    for index, line in enumerate(piece.split("\n")):
        found = key_value(line) if index > 0 else None
        if found is None or found.in_cells:
            kept.append(line)
            continue
        parts.append(("\n".join(kept), date))
        kept = []
        date = None
        if status_of_text(found.value).stated:
            kept.append(line)
    parts.append(("\n".join(kept), date))
    return [(text, when) for text, when in parts if text.strip()] or [("", date)]


@lru_cache(maxsize=256)  # pure: the History readers and findings each cut the same field
def segments(text: str) -> tuple[Segment, ...]:
    """Sentences, each dated bullet or timeline piece cut off at its date (the date then dates it)."""
    out: list[Segment] = []
    text = _timeline_table_read(text)
    heads = _heads(text)
    pieces: list[tuple[str, DateValue | None]] = []
    start = 0
    date: DateValue | None = None
    for head in heads:
        if head.start() > start or start == 0:
            pieces.append((text[start : head.start()], date))
        head_date = head["date"] or head.groupdict().get("bracketed") or ""
        spans = date_spans(head_date)
        date = spans[0][2] if spans and not _YEAR_SPAN.fullmatch(head_date) else None  # a period dates nothing
        start = head.end()
    pieces.append((text[start:], date))
    if heads:
        pieces = [part for piece, piece_date in pieces for part in _cut_at_record_lines(piece, piece_date)]
    for piece, piece_date in pieces:
        piece = _arrows_read(piece)
        said: DateValue | None = None  # "December 4, 1991. Pan Am stopped flying.": a date said alone
        # a hand that opens in lowercase goes on so after a capitalised sentence too ("… ever AFAIK.
        # filed for liquidation in 1994.")
        lower_hand = piece.lstrip()[:1].islower()
        for start, end in split_sentences(piece, semicolons=True):
            sentence = piece[start:end]
            if (alone := _date_alone(sentence)) is not None:
                said = alone
                continue
            notes = (_nominal_ending_read(note) for note in _terse_notes(sentence, lower_hand))
            out.extend(Segment(note, piece_date or said) for note in notes)
            said = None
    return tuple(out)


def _both_cases(role: str) -> list[str]:
    """The words of ``role``, longest first, as written and with a capital (an entry's first word)."""
    words = sorted(_context(role), key=len, reverse=True)
    return [*words, *(word[:1].upper() + word[1:] for word in words)]


# A timeline entry that is wholly a noun phrase of an ending ("dissolution of the X.") or a
# stopped activity ("Operations ceased."): read as the clause it stands for, so the subject
# checks decide whose ending it is ("the X was dissolved"; "the Leeds branch" is not it).
_ENDING_NOUN_ENTRY = re.compile(
    rf"\s{{0,3}}(?:{lexicon.alternation(_both_cases('ending-noun'))})\s{{1,3}}of\s{{1,3}}"
    r"(?P<body>[^\s.;:,()][^.;:,()\n]{0,100}?)\s{0,3}\.?\s{0,3}"
)
_STOPPED_ENTRY = re.compile(
    rf"\s{{0,3}}(?:all\s|All\s)?(?:{lexicon.alternation(_both_cases('stopped-noun'))})"
    r"\s{1,3}ceased\s{0,3}\.?\s{0,3}"
)


def _nominal_ending_read(note: str) -> str:
    if (ending := _ENDING_NOUN_ENTRY.fullmatch(note)) is not None:
        body = ending["body"]
        bare = body.removeprefix("the ").removeprefix("The ")
        if bare.lower() in _context("entry-self-noun"):
            return "it was dissolved."
        # "the office", or a name written whole ("the Office was proposed …" is a clause: no entry)
        span = name_at(bare, lax=True)
        if re.fullmatch(r"[a-z]{2,30}", bare) or (span is not None and span.end == len(bare)):
            return f"{body} was dissolved."
    if _STOPPED_ENTRY.fullmatch(note):
        return "ceased operations."
    return note


# A dated timeline note that is wholly "named X." (history-context.csv, naming-note): the name it
# took then, read as "renamed X." so a later rename makes X a previous name (and a note naming
# its present name makes the name before it one); it may close a note after a semicolon ("granted
# university status; named X."). X must end in an organization's head word or
# a word of its own name: "named UNESCO World Heritage Site" is an honour, no name of it.
_NAMING_NOTE = re.compile(
    rf"(?P<lead>[^;\n]{{1,200}};)?\s{{0,3}}(?:{lexicon.alternation(_both_cases('naming-note'))})\s{{1,3}}"
    r"(?P<body>[A-Z][^.;:,()\n]{0,100}?)\s{0,3}(?:\([^()\n]{0,80}\)\s{0,3})?\.?\s{0,3}"
)


def _naming_note_read(segment: Segment, names: Names) -> Segment:
    if segment.date is None or (note := _NAMING_NOTE.fullmatch(segment.text)) is None:
        return segment
    body = note["body"]
    span = name_at(body)
    last = body.rsplit(None, 1)[-1].lower()
    if span is None or span.end != len(body) or last not in _head_words() | names.own_words():
        return segment
    return replace(segment, text=f"{note['lead'] or ''} renamed {body}.".lstrip())


def _date_alone(sentence: str) -> DateValue | None:
    """The date a sentence is made of, and nothing else ("December 4, 1991.", "4 May 1990."): a
    spoken timeline says the date, then the event in the next sentence. A day is needed (a
    year alone may be a count or a heading's)."""
    bare = sentence.strip().rstrip(".")
    spans = date_spans(bare)
    if len(spans) != 1 or spans[0][:2] != (0, len(bare)) or spans[0][2].day is None:
        return None
    return spans[0][2]


# "est. by that law, took over from X. renamed 2011 from Y": a stop before a lowercase word
_LOWER_AFTER_STOP = re.compile(r"\.\s{1,3}(?=[a-z]{3})")


def _terse_notes(sentence: str, lower_hand: bool = False) -> list[str]:
    """A sentence the terse hand opens in lowercase (or any sentence of a piece that opens so:
    ``lower_hand``) goes on in lowercase after each stop, which then ends a note all the same
    (not after an abbreviation: "est.", "approx.")."""
    if not (sentence[:1].islower() or lower_hand):
        return [sentence]
    notes, begin = [], 0
    for stop in _LOWER_AFTER_STOP.finditer(sentence):
        # the word the stop ends, looked for in a window one longer than any abbreviation (a
        # longer word, cut by it, is none): not the whole text before each stop, which is quadratic
        window = sentence[max(0, stop.start() - _longest_abbreviation()) : stop.start() + 1]
        word = window.rsplit(None, 1)[-1]
        shortened = abbreviation(word.lower()) or _FOUNDING_ABBREVIATION.fullmatch(f"{word} ")
        if stop.start() > begin and not shortened:
            notes.append(sentence[begin : stop.start() + 1])
            begin = stop.end()
    return [*notes, sentence[begin:]]


@cache
def _longest_abbreviation() -> int:
    """The longest abbreviation a terse note's stop may follow (abbreviations.csv, and the
    abbreviated founding participles of founding-verbs.csv)."""
    founding = (v.phrase for v in lexicon.founding_verbs() if v.phrase.endswith("."))
    return max(map(len, (*abbreviations(), *founding)))


@dataclass(frozen=True)
class Names:
    """Who "self" is, and the acronyms the text defines ("Full Name (ACR)")."""

    identity: Identity
    acronyms: dict[str, str]
    # In a field about the organization's own founding (Legislation), "the partnership" is it.
    generic_self: bool = False
    # Nouns the text uses for it ("founded as a private school": "the school").
    kind_nouns: frozenset[str] = frozenset()
    # Earlier names the intro states ("Established 1991 as the Y"): no clause breaks inside them.
    earlier: tuple[str, ...] = ()
    # The noun a bulletin's intro defines for it ("hereinafter — the Society"): "the Society" is it.
    defined_nouns: frozenset[str] = frozenset()

    def full(self, name: str) -> str:
        return self.acronyms.get(name, name)

    def is_self(self, name: str) -> bool:
        name = self.full(clean(name))
        head = _SUBTITLE.split(name, maxsplit=1)[0]
        if head != name and self.is_self(head):
            return True  # "Mila – Quebec Artificial Intelligence Institute": its name and a subtitle
        candidates = [self.identity.name, *self.identity.former_acronyms]
        if self.identity.acronym:
            candidates.append(self.identity.acronym)
        # a name given only as its acronym ("PIG-PIB") is also its expansion in the text
        candidates += [self.acronyms[c] for c in candidates if c in self.acronyms]
        if is_acronym(name) and name == _initials(self.identity.name):
            return True  # "JNR" for Japanese National Railways, nowhere defined
        if is_acronym(name) and len(name) >= 4 and name == _every_initial(self.identity.name):
            return True  # "HFHI" for Habitat for Humanity International: "for" counted too
        if is_acronym(self.identity.name) and _initials(name) == re.sub(r"[-.]", "", self.identity.name):
            return True  # a title that is only an acronym ("PIG-PIB"): the name whose initials it is
        if _syllabic_acronym(name, self.identity.name):
            return True  # "Embrapa" for Empresa Brasileira de Pesquisa Agropecuária
        bare = _without_legal_form(name)
        if any(same_name(name, c) or same_name(bare, _without_legal_form(c)) for c in candidates if c):
            return True
        return _short_form(name, self.identity.name)

    def own_words(self) -> frozenset[str]:
        """The lowercase words of its name, with their singulars ("laboratory" for
        "Laboratories"), and the self-nouns: "the laboratory" is the organization."""
        # an alternate name counts ("known in English as the National Institute of …": "the institute")
        words = {w.lower() for name in (self.identity.name, *self.identity.alternate_names) for w in name.split()}
        singular = {w[:-3] + "y" for w in words if w.endswith("ies")} | {
            w[:-1] for w in words if w.endswith("s") and not w.endswith(("ss", "ies"))
        }
        return frozenset(words | singular | _compound_heads(words) | set(_context("self-noun")) | self.kind_nouns)


_SUBTITLE = re.compile(r"\s[–—-]\s|:\s")
_OF_TAIL = re.compile(r"\sof\s")


def _short_form(name: str, own: str) -> bool:
    """ "the Imperial Bank" for the Imperial Bank of India: its name without the "of …" tail,
    two words at least and ending in an organization's head word ("Bank", "Institute"), so a
    lone "Bank" or "National Council" of another body is not it."""
    tail = _OF_TAIL.search(own)
    if tail is None:
        return False
    head = own[: tail.start()]
    words = head.split()
    return len(words) >= 2 and words[-1].lower() in _head_words() and same_name(name, head)


_SYLLABIC_MIN = 5  # "Embrapa", "Petrobras": shorter words fit too many names by chance


def _syllabic_acronym(word: str, name: str) -> bool:
    """Whether one capitalised ``word`` is made of a non-empty start of every capitalised
    word of ``name`` in order ("Embrapa": Em-presa Bra-sileira P-esquisa A-gropecuária)."""
    if " " in word or len(word) < _SYLLABIC_MIN or not word[:1].isupper() or not word[1:].islower():
        return False
    parts = [_folded(w) for w in name.split() if w[:1].isupper()]
    if len(parts) < 2:
        return False
    text = _folded(word)
    reachable = {0}  # positions of ``text`` reached after the words so far
    for part in parts:
        reachable = {at + n for at in reachable for n in range(1, len(part) + 1) if text.startswith(part[:n], at)}
    return len(text) in reachable


def _folded(word: str) -> str:
    """``word`` in lowercase without accents ("Petróleo" → "petroleo")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _initials(name: str) -> str:
    """The capitals that start the capitalised words of ``name`` ("Unit Trust of India" → "UTI")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _every_initial(name: str) -> str:
    """The first letters of every word of a name with a lowercase word in it, uppercased
    ("Habitat for Humanity International" → "HFHI"); "" for a name of capitalised words only,
    whose initials ``_initials`` gives."""
    words = name.split()
    if all(w[:1].isupper() for w in words) or not all(w[:1].isalpha() for w in words):
        return ""
    return "".join(w[0].upper() for w in words)


def _without_legal_form(name: str) -> str:
    """``name`` without a legal form after it ("Connaught Laboratories Limited" → "Connaught
    Laboratories"), so that incorporating under its own name is no new name."""
    # Only the forms whose last word is the name's last word can end it (a dict lookup, then
    # those few in table order, as a scan of the whole table would try them).
    for written in _legal_forms_by_last_word().get(name.rsplit(" ", 1)[-1], ()):
        if name.endswith(" " + written) or name.endswith(", " + written):
            return name[: len(name) - len(written)].rstrip(" ,")
    return name


@cache
def _legal_forms_by_last_word() -> Mapping[str, tuple[str, ...]]:
    """Each legal form as written, with and without its final full stop, in table order,
    grouped by its last space-separated word."""
    grouped: dict[str, list[str]] = {}
    for suffix in lexicon.legal_form_suffixes():
        for written in dict.fromkeys((suffix, suffix.rstrip("."))):
            grouped.setdefault(written.rsplit(" ", 1)[-1], []).append(written)
    return MappingProxyType({last: tuple(forms) for last, forms in grouped.items()})


# "Full Name (ACR)": the acronym in brackets is found by a pattern, the name before it in
# code (a backward walk over at most 13 capitalised words, up to 3 glue words between two),
# because a pattern that reads the name forward backtracks quadratically on a run of capitals.
_ACRONYM_BRACKET = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\)")
_NAME_CHARS = re.compile(r"[\w&'’.-]")
_NAME_WORD = re.compile(r"[A-Z][\w&'’.-]*")
_DEFINED_GLUE = frozenset(g.word for g in lexicon.name_glue() if g.in_events)  # "of", "dan", "für"
_DEFINED_WORDS = 13  # the first word and at most 12 more
_DEFINED_GLUE_RUN = 3


def _name_before(text: str, low: int, end: int) -> int | None:
    """Where the leftmost name that ends exactly at ``end`` (and starts at or after ``low``)
    starts: capitalised words separated by spaces, at most 3 glue words between two, at most
    13 words; the first may be the capitalised tail of a longer word ("xFoo Bar")."""
    start = end
    while start > low and (text[start - 1].isspace() or _NAME_CHARS.match(text, start - 1)):
        start -= 1  # the run of name characters and spaces that ends at ``end``
    tokens = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    best: int | None = None
    words = glue = 0
    for position, token in reversed(tokens):
        if words and token in _DEFINED_GLUE:
            glue += 1
            if glue > _DEFINED_GLUE_RUN:
                break
            continue
        if words == _DEFINED_WORDS:
            break
        if _NAME_WORD.fullmatch(token):
            words, glue, best = words + 1, 0, position
            continue
        # "xFoo Bar": the capitalised tail of a word starts the name
        tail = next((i for i, ch in enumerate(token) if "A" <= ch <= "Z"), None)
        if tail is not None:
            best = position + tail
        break
    return best


def _with_comma_place(text: str, low: int, start: int, end: int, acronym: str) -> int:
    """ "the Atomic Energy Establishment, Trombay (AEET)": the place after the comma is part of
    the name the acronym stands for when the acronym's letters are exactly the initials of
    both parts (and not those of the place alone)."""
    if text[max(low, start - 2) : start] != ", ":
        return start
    before = _name_before(text, low, start - 2)
    if before is None or _initials(text[before:end]) != acronym or _initials(text[start:end]) == acronym:
        return start
    return before


@lru_cache(maxsize=256)  # pure: the intro is read again with every field that names acronyms
def _defined(text: str) -> tuple[tuple[str, str], ...]:
    """(name, acronym) for each "Name (ACR)" in ``text``, in order (as a forward pattern
    read them: the leftmost name, after the previous one)."""
    found = []
    low = 0
    for bracket in _ACRONYM_BRACKET.finditer(text):
        end = bracket.start()
        while end > low and text[end - 1].isspace():
            end -= 1
        start = _name_before(text, low, end) if end > low else None
        if start is None:
            continue
        start = _with_comma_place(text, low, start, end, bracket["acr"])
        found.append((text[start:end], bracket["acr"]))
        low = bracket.end()
    return tuple(found)


def defined_acronyms(*texts: str) -> dict[str, str]:
    """ "the Falkland Islands Dependencies Survey (FIDS)" → {"FIDS": "Falkland Islands Dependencies Survey"}."""
    found: dict[str, str] = {}
    for text in texts:
        for raw, acronym in _defined(text):
            name = re.sub(r"^The\s+", "", raw)
            if is_acronym(acronym) and len(name.split()) > 1:
                found.setdefault(acronym, name)
    return found


def defined_short_forms(*texts: str) -> dict[str, str]:
    """ "Norvale Instruments Ltd (Norvale)" → {"Norvale": "Norvale Instruments Ltd"}: a bracketed
    word that is not an acronym but the name's own first word, so the text's later "Norvale"
    is that name ("the Mercantile Bank (Madras)": a place, not the name's start, is none)."""
    found: dict[str, str] = {}
    for text in texts:
        for raw, short in _defined(text):
            name = re.sub(r"^The\s+", "", raw)
            words = name.split()
            if not is_acronym(short) and len(words) > 1 and words[0] == short:
                found.setdefault(short, name)
    return found


# "the Tarn Drainage Board, or TDB, …": the news style's definition, an acronym after ", or"
_OR_ACRONYM = re.compile(r",\sor\s(?P<acr>[A-Z][A-Z0-9&]{1,9})(?=[,.;:)]|$)")
_OR_NAME_REACH = 200  # characters before ", or": the name's words


def or_defined_acronyms(*texts: str) -> dict[str, str]:
    """ "the Tarn Drainage Board, or TDB," → {"TDB": "Tarn Drainage Board"}: a name of two
    capitalised words or more, ", or" and an acronym that opens with the name's first capital
    and holds the others in order; "A, or B" (two names, or a name and another's acronym) is none."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _OR_ACRONYM.finditer(text):
            start = _name_before(text, max(0, match.start() - _OR_NAME_REACH), match.start())
            if start is None:
                continue
            name = re.sub(r"^The\s+", "", text[start : match.start()])
            capitals = [word for word in name.split() if word[:1].isupper()]
            acronym = match["acr"]
            if (
                len(capitals) >= 2
                and is_acronym(acronym)
                and acronym[0] == capitals[0][0]
                and _fits_initials(acronym, capitals)
            ):
                found.setdefault(acronym, name)
    return found


# "the INPM (Instituto Nacional de Pesos e Medidas)": an acronym, then the name it stands for
_ACRONYM_THEN_NAME = re.compile(r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9&]{1,9})\s\((?P<name>[^()]{3,120})\)")


def glossed_acronyms(*texts: str) -> dict[str, str]:
    """ "INPM (Instituto Nacional de Pesos e Medidas)" → {"INPM": "Instituto Nacional de Pesos
    e Medidas"}: the bracket is wholly one name whose initials (glue words aside) are the
    acronym's letters, no more and no fewer; a gloss ("CSIR (South Africa)") is no name."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _ACRONYM_THEN_NAME.finditer(text):
            inside = match["name"].strip()
            span = name_at(inside)
            words = list(re.finditer(r"\S+", inside))
            if span is None or span.name != inside or not _initials_fit(words, match["acr"]):
                continue
            found.setdefault(match["acr"], inside)
    return found


def _compound_heads(words: set[str]) -> set[str]:
    """Head words that end a compound word of its name: "museum" for "Rijksmuseum",
    "anstalt" for "Versuchsanstalt" ("the museum" is the Rijksmuseum)."""
    # Each word's proper endings up to the longest head word are looked up (not every head
    # word tried on every word; bounded, so a very long word costs no more than a short one).
    heads, longest = _head_words(), _longest_head_word()
    return {w[at:] for w in words for at in range(max(1, len(w) - longest), len(w)) if w[at:] in heads}


@cache
def _head_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.org_head_words() if len(w) >= _COMPOUND_HEAD_MIN)


@cache
def _longest_head_word() -> int:
    return max(map(len, _head_words()), default=0)


_COMPOUND_HEAD_MIN = 3  # "råd" in "forskningsråd"; "Amt" and shorter too common inside words


class Subject:
    """The subject of a clause: the profiled organization, another named one, or unknown."""

    SELF = "self"
    OTHER = "other"
    UNKNOWN = "unknown"


def subject_of(sentence: str, verb_start: int, names: Names) -> tuple[str, str | None]:
    """(Subject.SELF | OTHER | UNKNOWN, the other's name) for the verb at ``verb_start``."""
    before = sentence[:verb_start]
    original, shared = sentence, len(sentence)  # the text as given, and how much the edits below keep of it
    sentence, verb_start, shared = _without_name_aside(sentence, verb_start, shared, names)
    before = sentence[:verb_start]
    bare = without_aside(before)
    if bare != before:  # "The board was, according to its annual report, founded": the note set aside
        sentence = f"{bare} {sentence[verb_start:]}"
        verb_start, shared = len(bare) + 1, min(shared, len(bare))
        before = sentence[:verb_start]
    participle = _participle_appositive(before)
    if participle and participle.start() > 0:
        # "IMANOR, created by Law No. 12-06, took over …": the subject is before the participle's commas
        bare = before[: participle.start()]
        sentence = f"{bare} {sentence[verb_start:]}"
        verb_start, shared = len(bare) + 1, min(shared, len(bare))
        before = sentence[:verb_start]
    sentence, verb_start, shared = _without_founding_agent(sentence, verb_start, shared)
    before = sentence[:verb_start]
    clause_start = _clause_start_in_edited(original, shared, sentence, verb_start)
    if sentence[clause_start : clause_start + 1].isdigit() and sentence[:clause_start].rstrip().endswith(","):
        # "formed on 1st April, 1972 by the merger of": the comma inside a date starts no clause
        inside = [d_start for d_start, d_end, _ in date_spans(sentence) if d_start < clause_start < d_end]
        if inside:
            clause_start = _last_end_before(_CLAUSE_START, sentence, inside[0])
    # "The Bank of Credit and Commerce International was shut down": a clause break inside the
    # organization's own name ("and", a comma) is none; its clause starts before the name
    clause_start = _clause_start_before_own_name(sentence, clause_start, names)
    clause_start = _clause_start_before_legal_form(sentence, clause_start)
    clause_start = _clause_start_before_shared_name(sentence, clause_start, verb_start)
    if verb_start - clause_start > _SUBJECT_REACH:
        return Subject.UNKNOWN, None  # no subject runs this far; reading one per verb would be quadratic
    subject = _strip_auxiliaries(before[clause_start:])
    if subject.lower() in _context("relative"):
        return _antecedent(before[:clause_start].rstrip(" ,"), names)
    while (stripped := _ADVERBIAL.sub("", subject, count=1)) != subject:
        subject = stripped
    subject = subject.strip(" ,")
    if owned_subject(subject):
        return Subject.UNKNOWN, None  # "a utility whose Kestrel Dam was opened in 1966": the dam's verb
    it_after_clause = subject.rstrip("\n").endswith("it") and re.search(
        r"(?:[a-z]|\d{4}|\s[—–])\s+it$", subject
    )  # (cheap test first; "after the coup of 24 Feb 1966 it …": a clause may end in its year)
    if it_after_clause and not _RELATIVE_BEFORE_IT.search(subject):
        return Subject.SELF, None  # "after opening its membership to others it adopted …": "it" after a clause
    # "It's the successor of", "it's been renamed": a spoken contraction, the pronoun and "is"/"has"
    subject = _CONTRACTED_SELF.sub(lambda m: f"{m['pronoun']} {_CONTRACTIONS[m['verb'].lower()]}", subject, count=1)
    # "JAXA was established on 1 October 2003 through the merger of": the main clause's subject
    subject = _before_main_verb(subject)
    if not subject:
        # "Founded on …", "1984: renamed …": the profiled organization; "The X, a
        # Luxembourg-registered bank … that prosecutors called …, was shut down": the X
        if clause_start == 0 or appositive_of_self(before[:clause_start].rstrip(" ,"), names):
            return Subject.SELF, None
        if _ADVERBIAL.fullmatch(before[:clause_start]):
            # "1951 · On 7 December, renamed …": only a time before the verb's clause, no subject
            return Subject.SELF, None
        # "… was wound up in 2014 and succeeded by X": the subject of the clause before
        previous = _previous_verb(before[:clause_start])
        head = before.find(", ") if previous == 0 else -1
        # (the main verb looked for before the clause: "A, its sponsoring department, was …" has none)
        opens_participle = _PARTICIPLE_START.match(before) or _FOUNDING_ABBREVIATION.match(before)
        if head > 0 and not (opens_participle or _main_verb(before[:clause_start]) or _LABEL_MARK.search(before)):
            # "The Mitchell Library, built on a bequest, opened in 1910": no regular verb
            # before (an irregular participle), so the subject is the phrase the sentence opens with
            return _classify(before[:head].strip(), names)
        return subject_of(sentence, previous, names)
    opening = _PARTICIPLE_START.match(subject) or _FOUNDING_ABBREVIATION.match(subject)
    if clause_start == 0 and (opening or _own_noun_after_opening(subject, names)):
        # "Set up on 26 February 1948 in Göttingen as …", "2003: formed by merging …": a
        # participle, no subject; "Following the Law of 1964 the institution was …": its own noun
        return Subject.SELF, None
    return _classify(subject, names)


_AGENT_BY = re.compile(r"\sby\s")
_AGENT_WORDS = 12  # the founders' names, their titles and joints
_AGENT_TAIL = 300  # characters before the verb read that hold the founding verb and its agent
_AGENT_JOINTS = frozenset({"and", "&", ","})


def _without_founding_agent(sentence: str, verb_start: int, shared: int) -> tuple[str, int, int]:
    """ "ICI was founded in 1926 by Sir A and Sir B through the merger of": the founders' "and"
    and commas start no clause, so "by <founders>" is set aside; the subject is the founding
    verb's. (sentence, verb_start, shared) as ``subject_of`` keeps them."""
    # the founding verb, its date and "by <founders>" stand close before the verb read: look
    # in a bounded tail, so a sentence with many verbs is not rescanned from its start each time
    tail_start = max(0, verb_start - _AGENT_TAIL)
    agent = _founding_agent_start(sentence[tail_start:verb_start])
    agent = None if agent is None else tail_start + agent
    if agent is None:
        return sentence, verb_start, shared
    bare = sentence[:agent]
    return f"{bare} {sentence[verb_start:]}", len(bare) + 1, min(shared, len(bare))


def _founding_agent_start(before: str) -> int | None:
    """Where "by <founders>" starts when it is all that stands between a passive founding verb
    (its date may follow it) and the verb read ("was founded in December 1926 by Sir A and
    Sir B through the merger of"): capitalised words, "and", "&" and commas only."""
    by = _last_match(_AGENT_BY, before, 0)
    if by is None:
        return None
    words = before[by.end() :].replace(",", " , ").split()
    if not words or len(words) > _AGENT_WORDS or not words[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or w in _AGENT_JOINTS for w in words):
        return None
    head = before[: by.start()]
    verb = _last_match(_WAS_FOUNDED_VERB, head, 0)
    between = head[verb.end() :].strip(" ,") if verb else ""
    if verb is None or (between and not _ADVERBIAL.fullmatch(between + " ")):
        return None
    return by.start()


# "It is not disputed that X closed", "the tribunal finds that X closed": the verb's
# subject is X, after "that"; the "it" of the main clause is no subject of it. An extraposed
# "It is/was … that" (bounded words), or a reporting verb (history-context.csv content-lead).
_CONTENT_LEAD = re.compile(
    r"^(?:it\s(?:is|was)\s(?P<focus>[^,;:\n]{1,60}?)"
    rf"|[^,;:\n]{{1,60}}?\s(?:{lexicon.alternation(_context('content-lead'))}))\sthat(?:\s|$)",
    re.I,
)


def _content_clause_subject(subject: str) -> tuple[str, str] | None:
    """(the subject after "that", the focus of a cleft) when ``subject`` opens with a main clause
    ending in the complementizer "that"; None without one. An empty subject after "that" is a
    cleft ("It was the ministry that closed it"): its focus is the one that acts."""
    lead = _CONTENT_LEAD.match(subject)
    if lead is None:
        return None
    return subject[lead.end() :].strip(), (lead["focus"] or "")


# "the country's oldest public university", "a trade union for women", "Canada's largest museum",
# "a Luxembourg-registered bank": a noun phrase opened by a determiner or a possessive
_APPOSITIVE_START = re.compile(r"(?:the|a|an|its|[A-Z][\w.-]{1,30}['’]s)\s(?:[a-z]|[A-Z][\w.]{1,30}-[a-z])")
_APPOSITIVE_REACH = 240  # characters: a name with its appositive before the verb
# "LONDON — The X": a news dateline (or any lead-in) before a spaced dash is no part of the name
_LEAD_DASH = re.compile(r"\s[–—]\s")


def appositive_of_self(head: str, names: Names) -> bool:
    """Whether ``head`` (the text before the verb's comma) is the organization's name opening the
    sentence, then a noun phrase in apposition with no comma inside ("The University of X, the
    country's oldest public university, opened its doors on …"; "The X, a Luxembourg-registered
    bank run from London that prosecutors later called …, was shut down on …")."""
    if len(head) > _APPOSITIVE_REACH:
        return False
    comma = head.find(", ")
    if comma <= 0 or not _APPOSITIVE_START.match(head, comma + 2) or any(m in head[comma + 2 :] for m in ",;:()"):
        return False
    name = _LEAD_DASH.split(head[:comma])[-1]
    return names.is_self(re.sub(r"^[Tt]he\s+", "", name))


def _clause_start_before_own_name(sentence: str, clause_start: int, names: Names) -> int:
    """``clause_start``, or the clause start before the organization's own name when that name
    runs across it ("Walter and Eliza Hall Institute")."""
    own = _own_name_across(sentence, clause_start, names)
    return clause_start if own is None else _last_end_before(_CLAUSE_START, sentence, own)


def _clause_start_before_legal_form(sentence: str, clause_start: int) -> int:
    """``clause_start``, or the clause start before it when a legal form opens the clause after a
    comma ("Grupo Tarmac, S.A. de C.V. changed its name"): the comma is inside the name."""
    if clause_start < 2 or sentence[clause_start - 2 : clause_start] != ", ":
        return clause_start
    rest = sentence[clause_start : clause_start + _LONGEST_LEGAL_FORM + 1]
    if not any(rest.startswith(form) and rest[len(form) : len(form) + 1] in {" ", ""} for form in _comma_legal_forms()):
        return clause_start
    return _last_end_before(_CLAUSE_START, sentence, clause_start - 2)


_TRAILING_BRACKET = re.compile(r"\s?\([^()]{1,80}\)$")  # "X und Y (XUY)": its acronym


def _clause_start_before_shared_name(sentence: str, clause_start: int, verb_start: int) -> int:
    """``clause_start``, or the clause start before it when the comma before it is inside one
    name whose last words share its start ("the Amt für Standardisierung, Messwesen und
    Warenprüfung was merged", "the Council for Science, Technology and Innovation merged"):
    the words after the comma are no subject of their own."""
    if clause_start < 2 or sentence[clause_start - 2 : clause_start] != ", ":
        return clause_start
    tail = _TRAILING_BRACKET.sub("", _strip_auxiliaries(sentence[clause_start:verb_start]).strip())
    if len(tail.split()) < 3 or not tail[:1].isupper():
        return clause_start
    start = _last_end_before(_CLAUSE_START, sentence, clause_start - 2)
    head = sentence[start : clause_start - 2].strip()
    if not head or not is_enumeration_inside_a_name([head, tail]):
        return clause_start
    return start


@cache
def _comma_legal_forms() -> tuple[str, ...]:
    # (with a capital or a dot: "plc" after a comma is as likely a word of the sentence)
    return tuple(f for f in lexicon.legal_form_suffixes() if f[:1].isupper() or "." in f)


_LONGEST_LEGAL_FORM = max(map(len, lexicon.legal_form_suffixes()))


def _own_name_across(sentence: str, at: int, names: Names) -> int | None:
    """Where an occurrence of the organization's own name (title, acronym's expansion, alternate
    names, an earlier name the intro states) that runs across ``at`` starts, if any: only names
    with a clause break inside ("Walter and Eliza Hall Institute") can, and only the stretch
    around ``at`` is searched."""
    candidates = {names.identity.name, *names.identity.alternate_names, *names.earlier}
    if names.identity.acronym and names.identity.acronym in names.acronyms:
        candidates.add(names.acronyms[names.identity.acronym])
    for name in candidates:
        if not name or not _CLAUSE_START.search(name):
            continue
        # (an occurrence across ``at`` starts at most len(name) before it: a bounded search)
        found = sentence.find(name, max(0, at - len(name)), at + len(name))
        while found >= 0 and found < at:
            if at < found + len(name):
                return found
            found = sentence.find(name, found + 1, at + len(name))
    return None


def _own_noun_after_opening(subject: str, names: Names) -> bool:
    """ "Following the Education Law of 1964 the institution was …": an opening phrase with
    no comma after it, then "the" and a noun of its own, the whole subject's end."""
    words = subject.split()
    return (
        len(words) >= 4
        and "," not in subject
        and words[0].lower() in _context("opening-preposition")
        and words[-2] == "the"
        # (or the noun its intro defined: "by the decision of the court the Society is …")
        and ((words[-1].islower() and words[-1] in names.own_words()) or words[-1] in names.defined_nouns)
    )


# "est. 1931 - merger of A & B", "est. by that law, took over from X": the terse hand's
# abbreviated founding participle (founding-verbs.csv) opens a sentence with no subject
_FOUNDING_ABBREVIATION = re.compile(
    rf"(?:{lexicon.alternation([v.phrase for v in lexicon.founding_verbs() if v.phrase.endswith('.')])})\s", re.I
)


# The longest stretch, in characters, between a clause's start and its verb that is read as a
# subject: far above any subject written (a long name with an aside is ~200), low enough that
# a line of thousands of verbs without a clause break stays linear.
_SUBJECT_REACH = 600
# "… whose <noun phrase>" ending a subject: the verb is the possessed thing's
_WHOSE_SUBJECT = re.compile(r"\bwhose\s[^,;:()\n]{1,80}$", re.I)
_LABEL_MARK = re.compile(r"[;:]")  # "1996 Protocol of X: renamed …": a label, not a subject
_PARTICIPLE_START = re.compile(r"(?:[A-Z][a-z]+ed|[a-z]+ed(?:\s|$)|[Ss]et up|[Bb]uilt|[Bb]egun|[Bb]orn)\b")
# "the ministry that oversees it was renamed": "it" is the object of a relative clause
_RELATIVE_BEFORE_IT = re.compile(r"\b(?:that|which|who|whom)\s+(?:\w+\s+){0,3}it$")
# "came into being on … through the merger of": "came" ends the subject as "was" does
_MAIN_VERB = re.compile(r"(?<!\s)\s+(?:was|were|is|came|has\s+been|had\s+been|have\s+been)\s")
_MAIN_VERB_AT = re.compile(r"\s+(?:was|were|is|came|has\s+been|had\s+been|have\s+been)\s")


def owned_subject(before: str) -> bool:
    """ "… whose <noun phrase>" (auxiliaries aside) ends the text before a verb: the verb tells of
    a thing the organization owns, not of the organization."""
    return bool(_WHOSE_SUBJECT.search(_strip_auxiliaries(before[-_SUBJECT_REACH:])))


def _main_verb(text: str) -> int | None:
    """Where the subject before the first "was", "has been" … ends (it is at least one character)."""
    if not any(word in text for word in ("was", "were", "is", "been", "came")):
        return None  # (a cheap test first: the search walks the whole text)
    line = text.find("\n")  # the subject stays on one line
    if line == 0:
        return None
    if len(text) > 1 and text[0].isspace() and _MAIN_VERB_AT.match(text, 1):
        return 1
    found = _MAIN_VERB.search(text, 1)
    return found.start() if found and (line < 0 or found.start() <= line) else None


# "was, according to its annual report," before a verb: a source note set off by commas
# (lexicon role aside), bounded so the search stays linear
_ASIDE_AT_END = re.compile(rf",\s(?:{lexicon.alternation(context_words('aside'))})\b[^,;:\n]{{0,80}},$", re.I)
# The longest text it matches: only this tail of the text before a verb is searched (linear)
_ASIDE_REACH = 2 + max(map(len, context_words("aside"))) + 80 + 1


# ", created by Law No. 12-06,", ", set up in 1990,": a participle phrase between commas just
# before a verb describes the subject before it (a regular participle, or an irregular one of
# history-context.csv, one space between its words so that the match stays short)
_IRREGULAR_PARTICIPLES = _context("appositive-participle")
_IRREGULAR_PARTICIPLE = "|".join(r"\s".join(map(re.escape, w.split())) for w in _IRREGULAR_PARTICIPLES)
_PARTICIPLE_APPOSITIVE = re.compile(rf",\s(?:[a-z]{{2,20}}(?:ed|en)|{_IRREGULAR_PARTICIPLE})\s[^,;:()\n]{{0,80}},$")
# The longest text the pattern matches (", " + the longest participle + " " + 80 + ","): only
# this tail of the text before a verb is searched, so a line of many verbs costs the same per
# verb however long it is.
_PARTICIPLE_APPOSITIVE_REACH = 2 + max(22, *map(len, _IRREGULAR_PARTICIPLES)) + 1 + 80 + 1


def _participle_appositive(before: str) -> re.Match[str] | None:
    """ ", created by Law No. 12-06," ending the text before a verb (trailing spaces aside)."""
    end = len(before.rstrip())
    return _PARTICIPLE_APPOSITIVE.search(before, max(0, end - _PARTICIPLE_APPOSITIVE_REACH), end)


# 'Tarn Mills plc, just "Tarn" on its invoices, is the group that …', "X, or simply Y, was …":
# another name for the organization set off by commas right after its own name at the
# sentence's start (a name-filler word opens it, history-context.csv); the verb's subject is
# the name before it
_NAME_ASIDE = re.compile(
    rf"(?P<name>[^,;:\n]{{2,120}}),\s(?:or\s)?(?:{lexicon.alternation(context_words('name-filler'))})\s[^,;:()\n]{{1,80}},\s"
)


def _without_name_aside(sentence: str, verb_start: int, shared: int, names: Names) -> tuple[str, int, int]:
    """(sentence, verb_start, shared) with the other-name aside after the organization's own name
    opening the sentence before the verb cut out (``_NAME_ASIDE``); unchanged without one."""
    aside = _NAME_ASIDE.match(sentence, 0, verb_start)
    if aside is None or not names.is_self(re.sub(r"^[Tt]he\s+", "", aside["name"].strip())):
        return sentence, verb_start, shared
    bare = f"{aside['name']} {sentence[aside.end() : verb_start]}"
    return f"{bare}{sentence[verb_start:]}", len(bare), min(shared, aside.end("name"))


def without_aside(before: str) -> str:
    """The text before a verb without a source note that ends it ("was, according to its
    annual report," → "was")."""
    end = len(before.rstrip())
    aside = _ASIDE_AT_END.search(before, max(0, end - _ASIDE_REACH), end)
    return before[: aside.start()] if aside else before


def _before_main_verb(subject: str) -> str:
    """The subject of the main clause ("JAXA was established …": "JAXA"), or of a headline's
    passive without "was" ("MITI formed by merging …": "MITI"); in a "that" clause, its own
    subject ("It is agreed that the X", "It was the ministry that": the cleft's focus)."""
    content = _content_clause_subject(subject)
    if content is not None and any(content):
        return _before_main_verb(content[0]) if content[0] else content[1]
    main = _main_verb(subject + " ")
    if main is None:
        return _without_headline_participle(subject)
    return subject[:main] if re.search(r"\s", subject) else subject


@cache
def _founding_participles() -> tuple[str, ...]:
    # "formed", "set up", "established": the founding verbs that are past participles
    return tuple(v.phrase for v in lexicon.founding_verbs() if v.phrase.endswith(("ed", " up")))


def _without_headline_participle(subject: str) -> str:
    """ "MITI formed" before "by merging …": a headline's passive without "was" (the founding
    participle after a name of two capitals at least, or a capitalised name), cut off; the
    participle alone ("Formed") is no subject."""
    for participle in _founding_participles():
        if _ends_with_word(" " + subject, participle):
            head = subject[: len(subject) - len(participle)].rstrip()
            span = name_at(head) if head[-1:].isalnum() else None
            if span is not None and span.name == head:
                return head
    return subject


def _strip_auxiliaries(text: str) -> str:
    """Auxiliaries and negations that end ``text`` ("… has not been"), removed word by word
    from the end, the longest phrase first ("have been" before "been")."""
    words = sorted(_context("auxiliary") + _context("negation"), key=len, reverse=True)
    text = " " + text.rstrip()
    while True:
        word = next((w for w in words if _ends_with_word(text, w)), None)
        if word is None:
            return text.strip()
        text = text[: len(text) - len(word)].rstrip()


def _ends_with_word(text: str, word: str) -> bool:
    start = len(text) - len(word)
    return start > 0 and text[start - 1].isspace() and text[start:].casefold() == word.casefold()


def _previous_verb(before: str) -> int:
    """Where the verb of the clause before ``before``'s end is (its subject is shared)."""
    # lowercase only: "Akademie van Wetenschappen" is a name, not a participle; "made", "gave":
    # an irregular past (lexicon/clause-past-verbs.csv) heads a clause too, but not as a
    # passive participle ("the products are sold; founded in 1973 by X")
    matches = [
        found
        for found in _PREVIOUS_VERB.finditer(before)
        if not (
            found.group() in lexicon.clause_past_verbs()
            and _PASSIVE_AUXILIARY.search(before, max(0, found.start() - 12), found.start())
        )
    ]
    return matches[-1].start() if matches else 0


_PREVIOUS_VERB = re.compile(
    rf"\b[a-z]+(?:ed|en)\b|\b(?:was|were|became|took|set up|{lexicon.alternation(lexicon.clause_past_verbs())})\b"
)
# "is", "are", "were", "been" … right before a verb: the verb is a passive participle
_PASSIVE_AUXILIARY = re.compile(
    rf"\b(?:{lexicon.alternation(sorted(BE_FORMS, key=lambda w: (-len(w), w)))})\s{{1,3}}\Z"
)


def _antecedent(before: str, names: Names) -> tuple[str, str | None]:
    """The organization a relative "which" refers to: the name, or the noun, just before it."""
    phrase = _last_phrase(before)
    if phrase is None:
        return Subject.UNKNOWN, None
    name = _trailing_name(phrase)
    if name:
        return (Subject.SELF, None) if names.is_self(name) else (Subject.OTHER, names.full(name))
    noun = re.search(r"\b(?:the|this|a|an)\s+(?:[a-z-]+\s+){0,3}(?P<head>[a-z]+)$", phrase)
    if noun and noun["head"] in names.own_words():
        return Subject.SELF, None  # "a new international organization, which began operating …"
    return Subject.UNKNOWN, None


_PHRASE_WORDS = 13


def _last_phrase(text: str) -> str | None:
    """The last words of ``text`` (at most 13 runs of name characters, separated by spaces),
    with a bracket of 1 to 80 characters after them ("… the Council for X (CX)"). Walked
    back in code: a pattern anchored at the end is retried from every position."""
    end = len(text.rstrip())
    words_end = end
    if text[:end].endswith(")"):
        opening = text.rfind("(", 0, end)
        inside = text[opening + 1 : end - 1]
        if opening < 0 or not 1 <= len(inside) <= 80 or ")" in inside:
            return None
        words_end = len(text[:opening].rstrip())
    start = words_end
    words = 0
    while start > 0 and words < _PHRASE_WORDS and _NAME_CHARS.match(text, start - 1):
        while start > 0 and _NAME_CHARS.match(text, start - 1):
            start -= 1
        words += 1
        gap = start
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if gap == start or gap == 0 or not _NAME_CHARS.match(text, gap - 1) or words == _PHRASE_WORDS:
            break
        start = gap
    return text[start:end] if words else None


def _trailing_name(phrase: str) -> str | None:
    """The proper name that ends ``phrase`` ("… replaced by the Council for X (CX)")."""
    # (only a phrase ending in ")" is searched: the search walks the whole phrase)
    ends_bracketed = phrase.rstrip().endswith(")")
    acronym = re.search(r"(?<!\s)\s*\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\)\s*$", phrase) if ends_bracketed else None
    core = phrase[: acronym.start()] if acronym else phrase
    words = core.split()
    taken: list[str] = []
    for word in reversed(words):
        # (glue of other languages too: "Junta de Fomento Agrario del Sur", "Estudos e Pesquisas")
        if word[:1].isupper() or (taken and (word in _GLUE or word == "on")):
            taken.insert(0, word)
        else:
            break
    while taken and not taken[0][:1].isupper():
        taken.pop(0)
    if taken and taken[0] == "The":
        taken.pop(0)
    return " ".join(taken) or None


def _classify(subject: str, names: Names) -> tuple[str, str | None]:
    words = subject.split()
    if not words:
        return Subject.UNKNOWN, None
    lead = _THE_REFERRING.match(subject) or _THE_PERIOD.match(subject)
    if lead:  # "The said Corporation", "the East German Deutsche Post": "the" and what follows
        return _classify(lead["the"] + " " + subject[lead.end() :], names)
    former = _THE_FORMER.match(subject)
    if former:
        # "the former Halden Soil Laboratory": another name, the rest of the subject
        name = _trailing_name(subject[former.end() :])
        if name and name == subject[former.end() :].split(" (")[0] and not names.is_self(name):
            return Subject.OTHER, names.full(name)
        return Subject.UNKNOWN, None
    if subject.lower() in _self_pronouns() or _present_self(subject, names):
        return Subject.SELF, None  # "it"; "today's Sida is formed by merging …"
    # (the apostrophe test first: the pattern, anchored at the end, is tried from every position)
    owner = _POSSESSIVE.sub("", subject) if "'" in subject[-3:] or "’" in subject[-3:] else subject
    if owner != subject:  # "The institute's roots lie in", "The bureau's predecessor, …": its owner
        return _classify(owner, names)
    if words[0].lower() in {"the", "this", "a", "an", "that", "these", "those"} and all(
        w[:1].islower() for w in words[1:]
    ):
        # "the commission", "the office": the organization when its name has that word;
        # "that body", "the operation": another one, not named here.
        head = words[-1].lower().strip(",.")
        if any(w.lower() in _context("namesake-adjective") for w in words[1:-1]):
            return Subject.UNKNOWN, None  # "the old museum closed": an earlier body of its kind, not it
        if words[0].lower() in {"the", "this"} and (names.generic_self or head in names.own_words()):
            return Subject.SELF, None
        return Subject.UNKNOWN, None
    if words[0].lower() in {"its", "their", "his", "her"}:
        return Subject.UNKNOWN, None
    if len(words) == 1 and words[0].islower():
        # "1962 — hospital founded": a bare noun, the organization when its name has it
        head = words[0].strip(",.")
        return (Subject.SELF, None) if head in names.own_words() else (Subject.UNKNOWN, None)
    if len(words) == 2 and words[0].lower() in _context("continuing-adjective") and words[1].islower():
        # "Residual company renamed X": a memo's bullet drops the article; what was left of it
        # after a sale of its business is still it
        head = words[1].strip(",.")
        return (Subject.SELF, None) if head in names.own_words() else (Subject.UNKNOWN, None)
    if _is_own_head(words, names):
        return Subject.SELF, None
    subject = _without_place(subject)
    name = _trailing_name(subject)
    if name and name == re.sub(r"^[Tt]he\s+", "", subject.split(" (")[0]):
        return (Subject.SELF, None) if names.is_self(name) else (Subject.OTHER, names.full(name))
    return Subject.UNKNOWN, None


# "today's X", "the present X": the subject that is the organization as it is now
_PRESENT_SELF_LEAD = re.compile(
    rf"(?:{lexicon.spaced_alternation(lexicon.history_timeline_words('present-self-lead'))})\s(?=[A-ZÀ-Þ])", re.I
)


def _present_self(subject: str, names: Names) -> bool:
    """ "today's Sida is formed by merging SIDA, BITS and …": the organization as it is now,
    a lead and one of its own names."""
    present = _PRESENT_SELF_LEAD.match(subject)
    return present is not None and _own_name_or_alternate(subject[present.end() :].split(" (")[0], names)


def _own_name_or_alternate(name: str, names: Names) -> bool:
    """Its name, or an alternate name the intro gives it ("or simply Sida"), whole."""
    name = name.strip()
    return bool(name) and (names.is_self(name) or any(same_name(name, a) for a in names.identity.alternate_names))


def _is_own_head(words: list[str], names: Names) -> bool:
    """ "The Board" for the Central Electricity Generating Board: "the" and the last word of
    its name, capitalised as a short name is (no other word: "the Coal Board" is another)."""
    name = names.identity.name.split()
    heads = set(name[-1:])  # (no name yet: nothing is its head)
    if "of" in name[1:]:  # "the Council" for the Council of Scientific & Industrial Research
        heads.add(name[name.index("of", 1) - 1])
    # "the Junta" for the Junta para Ampliación de Estudios: the word before the name's first
    # joining word in another language ("para", "de", "do"; not "and" in any language)
    glued = [at for at, word in enumerate(name[1:], 1) if word in _OWN_HEAD_GLUE]
    if glued:
        heads.add(name[glued[0] - 1])
    if name and name[0].lower() in _head_words():  # "the Instituto" for the Instituto Nacional de …
        heads.add(name[0])
    heads |= names.defined_nouns  # "the Society" where the intro says "hereinafter — the Society"
    return len(words) == 2 and words[0] in {"The", "the"} and words[1] in heads and words[1][:1].isupper()


_THE_FORMER = re.compile(r"(?:[Tt]he\s+)?former\s+(?=[A-ZÀ-Þ])")
# "the said Corporation", "the aforementioned body": a drafter's pointer back, no word of a name
_THE_REFERRING = re.compile(rf"(?P<the>[Tt]he)\s(?:{lexicon.alternation(_context('referring-adjective'))})\s(?=\w)")
# "the East German Deutsche Post", "the then Ministry of Posts": a place or time the body
# belonged to, written before its name (with "the" only: "West German Broadcasting" is a name)
_THE_PERIOD = re.compile(rf"(?P<the>[Tt]he)\s(?:{lexicon.alternation(_context('period-adjective'))})\s(?=[A-ZÀ-Þ])")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")


def _without_place(subject: str) -> str:
    """ "the Deutsches Rechenzentrum in Darmstadt" → "the Deutsches Rechenzentrum": a one- or
    two-word place after "in" is where the subject is, not part of its name."""
    words = subject.split()
    for size in (1, 2):
        place, rest = words[len(words) - size :], words[: len(words) - size]
        if len(rest) >= 2 and rest[-1] == "in" and all(w[:1].isupper() for w in place):
            return " ".join(rest[:-1])
    return subject


# --- names after a verb -----------------------------------------------------------------

_STOP_WORDS = frozenset(
    {
        "in",
        "on",
        "from",
        "until",
        "after",
        "before",
        "when",
        "to",
        "under",
        "by",
        "at",
        "which",
        "who",
        "with",
        "as",
        "keeping",
        "but",
        "while",
        "following",
        "since",
        "during",
        "because",
        "so",
    }
)
_GLUE = lexicon.name_glue_words() - _STOP_WORDS | {"of", "and", "for", "the", "de"}
_OWN_HEAD_GLUE = _GLUE - {"and", "&", "the"} - frozenset(word for word, _ in lexicon.table("and-words"))


@dataclass(frozen=True)
class NameSpan:
    name: str
    acronym: str | None
    end: int


def name_at(text: str, *, lax: bool = False) -> NameSpan | None:
    """The name that starts ``text`` (after "the"): capitalised words and glue words, a
    corporate suffix after a comma ("Acme, Inc."), an "(ACR)" after it. ``lax`` (names of
    the organization itself) also allows a few lowercase words inside ("Muséum central des
    arts de la République") and a one-word place after a comma ("University College, Nairobi")."""
    glossed = _glossed_name(text, lax)
    if glossed is not None:
        return glossed
    if text[:1] in _OPENING_QUOTES:  # 'renamed "Burmeister & Wain"': the quotes bound the name
        quoted = _quoted_name(text, 1)
        close = text.find(_OPENING_QUOTES[text[0]], 1)
        return NameSpan(quoted, None, close + 1) if quoted else None
    # Names are short: the first tokens of ``text`` decide, not all of them (tokenising the
    # whole rest per verb would be quadratic on long sentences); a longer name reads them all.
    try:
        span = _name_at(text, lax, _NAME_TOKENS)
    except _LongName:
        span = _name_at(text, lax, None)
    if span is None and not lax:
        span = _lowercase_style_span(text)
    return _with_eponym(text, _with_legal_stop(text, span)) if span is not None else None


# "the Caisse nationale de la recherche scientifique, set up in 1935": a head noun, then words
# with no punctuation inside, up to a comma, stop, semicolon or bracket (or the end)
_LOWERCASE_STYLE_RUN = re.compile(
    r"\s*(?:the\s+|The\s+)?(?P<words>[A-ZÀ-Þ][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){1,11})(?P<end>\s?[,.;(]|$)"
)


def _lowercase_style_span(text: str) -> NameSpan | None:
    """Another body's name in a language that capitalises only its first word ("Caisse
    nationale de la recherche scientifique"): the whole run of words up to a comma, stop,
    semicolon or bracket, when the shared check reads it as a name of that style
    (``names.lowercase_style``) and no word of it is English sentence matter (a function
    word, a word in -ed, -ing or -ly); else None."""
    run = _LOWERCASE_STYLE_RUN.match(text)
    if run is None or (run["end"].strip() == "," and text[run.end() :].lstrip()[:1].isupper()):
        return None  # "Ministerio de Cultura, Deportes y Juventud": a list may go on inside the name
    name = run["words"]
    words = name.split()
    english = lexicon.function_words() - _FOREIGN_NAME_GLUE
    if any(w.lower() in english or w.lower().endswith(("ed", "ing", "ly")) for w in words[1:]):
        return None
    if not lowercase_style(name) or name_problem(name) is not None:
        return None
    return NameSpan(name, None, run.start("words") + len(name))


# the joining words of names in other languages ("de", "la", "des", "du"): glue, no English
_FOREIGN_NAME_GLUE = frozenset(lexicon.name_glue_words() - set(_context("english-glue")))


@cache
def _dotted_legal_forms() -> frozenset[str]:
    return frozenset(form for form in lexicon.legal_form_suffixes() if form.endswith("."))


def _with_legal_stop(text: str, span: NameSpan) -> NameSpan:
    """ "… merged into Duna Médiaszolgáltató Nonprofit Zrt.": the stop that ends the sentence
    is also the legal form's own ("Zrt."), so the name keeps it."""
    at = text.find(span.name)
    end = at + len(span.name)
    if at < 0 or span.acronym is not None or not text.startswith(".", end):
        return span
    if not any(span.name.endswith(" " + form[:-1]) for form in _dotted_legal_forms()):
        return span
    return NameSpan(f"{span.name}.", None, max(span.end, end + 1))


# "… named after S. M. Kirov", "… named after Andrzej Sołtan": initials and a surname, or two
# or three capitalised words; an "(ACR)" after them is the whole name's
_EPONYM_LINK = re.compile(rf"\s(?:{lexicon.alternation(context_words('eponym-link'))})\s", re.I)
_EPONYM_PERSON = re.compile(
    r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s?[A-ZÀ-Þ][\w'’-]{1,30}(?!\w)"
    r"|[A-ZÀ-Þ][\w'’-]{1,30}(?:\s[A-ZÀ-Þ][\w'’-]{1,30}){1,2}(?!\w)"
)
_EPONYM_ACRONYM = re.compile(r"\s?\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\)")


def _with_eponym(text: str, span: NameSpan) -> NameSpan | None:
    """A name followed by "named after <person>" is one name with the person's: kept whole,
    or none at all when the person is not a clean name ("named after its founder")."""
    if span.acronym is not None:
        return span  # "(ACR)" closed the name before any eponym
    # (a lax walk may have read on past the name's last word, or into the link and the
    # person's initials: the name is the words before the link)
    inner = _EPONYM_LINK.search(span.name)
    base = span.name[: inner.start()] if inner is not None else span.name
    at = text.find(base)
    link = _EPONYM_LINK.match(text, at + len(base)) if at >= 0 else None
    if link is None:
        return span if inner is None else None
    person = _EPONYM_PERSON.match(text, link.end())
    if person is None:
        return None
    end = person.end()
    acronym = _EPONYM_ACRONYM.match(text, end)
    name = f"{base}{text[at + len(base) : end]}"
    if acronym is not None:
        return NameSpan(name, acronym["acr"], acronym.end())
    return NameSpan(name, None, end)


# "中国国家铁路集团有限公司 (China State Railway Group Co., Ltd.)", "the 内閣文庫 (Naikaku Bunko,
# Cabinet Library)": a name in another script (Cyrillic, Hebrew, Arabic, Thai, kana, CJK, Hangul)
# glossed in brackets
_OTHER_SCRIPT = "\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_GLOSSED = re.compile(
    rf"\s*(?:the\s|The\s)?[{_OTHER_SCRIPT}][^\s()]{{0,40}}(?:\s[{_OTHER_SCRIPT}][^\s()]{{0,40}})?"
    r"\s?\((?P<gloss>[^()\n]{2,160})\)"
)


def _glossed_name(text: str, lax: bool) -> NameSpan | None:
    """The Latin-letter name a bracket glosses a name in another script with: the longest run
    of the gloss's last comma pieces that is one whole name with an organization's word (a
    romanisation before it is no English name: "Naikaku Bunko, Cabinet Library")."""
    match = _GLOSSED.match(text)
    if match is None:
        return None
    gloss = match["gloss"]
    starts = [0, *(m.end() for m in re.finditer(r",\s", gloss))]
    for start in starts:
        piece = gloss[start:].strip()
        span = _name_at(piece, lax, None)
        if span is not None and span.end == len(piece):
            return NameSpan(span.name, span.acronym, match.end()) if has_org_word(span.name) else None
    return None


_NAME_TOKENS = 48  # read ahead: the name's words and up to 5 tokens after the last one looked at


# "the former Ministry of Railways", "the then Planning Office": the adjective is no part of the name
_LEADING_THE = re.compile(r"\s*(?:the\s+|The\s+)?(?:(?:former|then|erstwhile|defunct)\s+(?=[A-Z]))?")


class _LongName(Exception):
    """The name runs past the tokens read ahead."""


def _name_at(text: str, lax: bool, limit: int | None) -> NameSpan | None:
    match = _LEADING_THE.match(text)
    pos = match.end() if match else 0
    tokens = list(islice(_NAME_TOKEN.finditer(text[pos:]), limit))
    # "as the Comitato generale per l'unificazione nell'industria meccanica (UNIM)": an
    # acronym in brackets closes the name, so lowercase words before it belong to it.
    closing = _acronym_index(tokens)
    if not lax and closing is not None and not _initials_fit(tokens[:closing], tokens[closing].group()[1:-1]):
        closing = None  # another's name: its "(ACR)" closes it only when the acronym fits every word
    walk = _NameWalk(tokens, pos, lax, closing)
    cut = limit is not None and len(tokens) == limit  # more tokens may follow
    for index, token in enumerate(tokens):
        if cut and index + 6 >= len(tokens):  # the helpers look up to 5 tokens ahead
            raise _LongName
        step = walk.step(index, token)
        if step is _Step.NONE:
            return None
        if step is _Step.STOP:
            break
    return walk.span()


_NAME_TOKEN = re.compile(r"[^\s(]+|\([^()]{0,80}\)")
# a dash written between spaces: inside a name ("Charité – Universitätsmedizin Berlin") or
# before an aside on it
_SPACED_DASHES = frozenset("—–-")
# the marks a list writes between names for a change ("A + B → C"), never inside one
_CHANGE_MARKS = frozenset("→⇒⟶➔+=")


class _Step(Enum):
    GO = "go"  # the token is part of the name (or may be): read the next
    STOP = "stop"  # the name has ended
    NONE = "none"  # no name here


# "d'Égypte", "l'Homme", "dell'Arte": an elided article joined to a capitalised word
_ELIDED_CAPITAL = re.compile(r"(?:d|l|dell|dall|nell|sull|all|qu)['’][A-ZÀ-Þ]")


@dataclass
class _NameWalk:
    """The words of a name read token by token (local to one ``_name_at`` call)."""

    tokens: list[re.Match[str]]
    pos: int
    lax: bool
    bracketed: int | None  # index of an "(ACR)" that closes the name
    words: list[str] = default(default_factory=list)
    end: int = 0
    acronym: str | None = None
    lowercase: int = 0
    through: int | None = None  # the last token of a list inside the name its "(ACR)" confirmed
    last: int | None = None  # the index of the last token taken

    def step(self, index: int, token: re.Match[str]) -> _Step:
        raw = token.group()
        if raw.startswith("("):
            return self._bracket(index, token)
        core = raw.rstrip(",;:.")
        trail = raw[len(core) :]
        if not core or core.startswith("["):
            return _Step.STOP  # (a cataloguer's note in square brackets, "[uncertain]", is none of it)
        first = core[0]
        if first in _CHANGE_MARKS:
            return _Step.STOP  # "merged into VTT → VTT MIKES": a list's arrow or plus ends a name
        if self.words and core in _SPACED_DASHES and self._aside_follows(index):
            return _Step.STOP  # "as Acme Holdings — so long, Acme Works": the dash opens an aside
        if not self.words:
            if not first.isupper():
                return _Step.NONE
        elif first.isdigit():
            return _Step.STOP
        elif first.islower():
            verdict = self._lowercase(index, core)
            if verdict is not _Step.GO:
                return verdict
        if self.through is not None and index <= self.through:
            self.words.append(core + ("," if trail.startswith(",") else ""))
            self.end = self.pos + token.start() + len(core)
            return _Step.GO
        after_comma = first.isupper() and self.words and self.words[-1].endswith(",") and not _is_suffix(core)
        if after_comma and not self.lax:  # (own names: read by the lax rules)
            listed = self._list_in_name(index)
            if listed is _Step.NONE:
                return _Step.NONE
            if listed is _Step.GO:
                return self.step(index, token)
        if after_comma and not self._place_after_comma(index, trail):
            self.words[-1] = self.words[-1].rstrip(",")
            return _Step.STOP
        self.last = index
        return self._take(index, token, core, trail)

    def _aside_follows(self, index: int) -> bool:
        """A lowercase word (no name's glue) right after a spaced dash starts an aside, no part
        of the name ("Charité – Universitätsmedizin Berlin", "Teagasc – the Agriculture …" go on)."""
        nxt = self.tokens[index + 1].group().rstrip(",;:.!?") if index + 1 < len(self.tokens) else ""
        return nxt[:1].islower() and nxt.lower() not in _GLUE

    def _bracket(self, index: int, token: re.Match[str]) -> _Step:
        """An "(ACR)" closes the name; a bracketed word inside it goes on ("Port (Cargo)
        Corporation"); any other bracket ends it."""
        raw = token.group()
        if self.words and is_acronym(raw[1:-1]):
            self.acronym = raw[1:-1]
            self.end = self.pos + token.end()
        elif self.words and self._word_in_brackets(index, raw):
            self.words.append(raw)
            return _Step.GO
        return _Step.STOP

    def _word_in_brackets(self, index: int, raw: str) -> bool:
        """A bracketed capitalised word or two (no acronym, no digit) with the name going on in
        capitals right after it: "the Port (Cargo) Corporation", not "the Tarn Board (Oslo)"."""
        inner = raw[1:-1].split()
        nxt = self.tokens[index + 1].group() if index + 1 < len(self.tokens) else ""
        return (
            0 < len(inner) <= 2
            and all(word[:1].isupper() and word.isalpha() for word in inner)
            and nxt[:1].isupper()
            and nxt[:1] not in _CHANGE_MARKS
            and nxt.rstrip(",;:.").lower() not in _STOP_WORDS
            and nxt.rstrip(",;:.").lower() not in _context("not-object")  # "(Oslo) The …", "(Oslo) It …"
        )

    def _lowercase(self, index: int, core: str) -> _Step:
        """A lowercase word inside the name: glue, a word the name goes on with, or its end."""
        lowered = core.lower()
        if self.words[-1].endswith(","):
            return _Step.STOP
        if self.bracketed is not None and index < self.bracketed:
            return _Step.GO  # inside a name its bracketed acronym closes
        if _is_suffix(core) and core[:1].islower():
            return _Step.GO  # "CDC Group plc": a legal form written in lowercase ends the name
        if self.lax and lowered == "in" and _in_named_place(self.tokens, index):
            return _Step.GO  # "Federation of Hebrew Workers in the Land of Israel"
        if lowered in _STOP_WORDS or (lowered == "and" and _next_lower(self.tokens, index)):
            return _Step.STOP
        if lowered.endswith(("'s", "’s")):
            return _Step.STOP  # "of the university's Department": a possessive is no part of a name
        if _ELIDED_CAPITAL.match(core):
            return _Step.GO  # "Institut d'Égypte": an elided article before a capital is glue
        if lowered in _GLUE:
            return _Step.GO
        if not self.lax or self.lowercase >= 3:
            # "as the Comitato generale per …": the name goes on in lowercase; a
            # capitalised start alone would be a fragment of it.
            return _Step.NONE if _continues_name(lowered) else _Step.STOP
        self.lowercase += 1
        return _Step.GO

    def _list_in_name(self, index: int) -> _Step | None:
        """A list inside a name after its comma ("Secretaría de Ciencia, Humanidades,
        Tecnología e Innovación (SECIHTI)"): GO (read through it) when an "(ACR)" closes it
        and fits the initials of the whole; NONE when it is a list ("…, B and C") that no
        acronym confirms, as the name may be its start or the whole (a cut name is wrong);
        None when no such list follows (the comma ends the name)."""
        joined = False
        for at in range(index, min(len(self.tokens), index + _LIST_IN_NAME_TOKENS)):
            raw = self.tokens[at].group()
            if raw.startswith("("):
                if not (joined and is_acronym(raw[1:-1])):
                    return _Step.NONE if joined else None
                words = [t.group() for t in self.tokens[index:at]]
                if not _fits_initials(raw[1:-1], [*self.words, *words]):
                    return _Step.NONE
                self.through = at - 1
                return _Step.GO
            core = raw.rstrip(",;:.")
            if core.lower() in _LIST_JOINTS and at > index and not self.tokens[at - 1].group().endswith(","):
                joined = True
            elif not core[:1].isupper() or (raw != core and not raw.endswith(",")):
                return _Step.NONE if joined else None  # the list ended with no "(ACR)" after it
        return _Step.NONE if joined else None

    def _partners_firm(self, index: int) -> bool:
        """After a comma, up to three capitalised partners' names, "&" and a partnership's last
        word (history-context.csv, partnership-end): "Andersen, DeLany & Co.", "Pike, Wren, Marsh
        & Partners"."""
        ahead = [t.group() for t in self.tokens[index : index + 5]]
        amp = ahead.index("&") if "&" in ahead[1:4] else None
        if amp is None or amp + 1 >= len(ahead):
            return False
        partners, ending = ahead[:amp], ahead[amp + 1]
        clean_partners = all(p[:1].isupper() and p.rstrip(",").isalpha() for p in partners)
        return clean_partners and ending.rstrip(",;:.").lower() in _context("partnership-end")

    def _place_after_comma(self, index: int, trail: str) -> bool:
        """After a comma only a corporate suffix, a partners' firm's next partner ("Andersen,
        DeLany & Co."), or (lax) a one-word place before the end."""
        if self._partners_firm(index):
            return True
        nxt = self.tokens[index + 1].group() if index + 1 < len(self.tokens) else ""
        if _POSSESSIVE.search(self.tokens[index].group().rstrip(",;:.")):
            return False  # "Kyoto Imperial University, Japan's second …": an appositive, no place
        return self.lax and trail in {",", ".", ""} and (not nxt or nxt[:1].islower())

    def _take(self, index: int, token: re.Match[str], core: str, trail: str) -> _Step:
        self.words.append(core + ("," if trail.startswith(",") else ""))
        self.end = self.pos + token.start() + len(core)
        if _is_suffix(core) and trail.startswith("."):
            self.words[-1] = core + "."
            self.end += 1
        if trail and not trail.startswith(","):
            if trail.startswith(".") and (len(core) <= 2 or _is_suffix(core)):
                if len(core) == 1 and core.isupper():  # "William H. Gates": an initial keeps its stop
                    self.words[-1] += "."
                    self.end += 1
                if trail[1:2] == "," and self.words[-1].endswith("."):
                    self.words[-1] += ","  # "as Ing. C. Olivetti & C., the first …": the comma ends it
                return _Step.GO  # an initial or "Inc."
            if trail == "." and (self._titled_word(index, core) or self._abbreviated_firm_word(index, core)):
                self.words[-1] += "."
                self.end += 1
                return _Step.GO  # "Ing. C. Olivetti & C.": a title's stop inside a firm's name
            return _Step.STOP
        return _Step.GO

    def _titled_word(self, index: int, core: str) -> bool:
        """A word written before a name with its stop (abbreviations.csv, position before: "Ing.",
        "Dr.", "Mt.") that a capitalised word follows at once: its stop ends no sentence, so
        the name goes on ("Ing. C. Olivetti & C.", "Dr. Reddy's Laboratories")."""
        entry = abbreviation(core + ".")
        if entry is None or entry.position != "before":
            return False
        nxt = self.tokens[index + 1].group() if index + 1 < len(self.tokens) else ""
        return nxt[:1].isupper() and nxt.rstrip(",;:.").lower() not in _context("not-object")

    def _abbreviated_firm_word(self, index: int, core: str) -> bool:
        """ "Fried. Krupp GmbH": a short capitalised word whose stop the sentence goes on after,
        with up to four capitalised words reaching a one-word legal form ("AG", "GmbH"): the
        stop abbreviates the word, inside the firm's name."""
        if not abbreviable_word(core):
            return False
        for token in self.tokens[index + 1 : index + 1 + NAME_WORDS_BEFORE_LEGAL_FORM]:
            word = token.group()
            bare = word.rstrip(",;:.")
            if not bare[:1].isupper() or " " in bare:
                return False
            if _is_suffix(bare) and not form_spelled_as_word(bare):
                return True
            if bare != word:
                return False  # the name ends before any legal form
        return False

    def _ends_clause(self) -> bool:
        """The last word taken closes a clause: a stop or comma after it, an "(ACR)" or nothing next."""
        if self.last is None:
            return False
        raw = self.tokens[self.last].group()
        nxt = self.tokens[self.last + 1].group() if self.last + 1 < len(self.tokens) else ""
        return raw[-1:] in {".", ";", ","} or not nxt or (nxt.startswith("(") and is_acronym(nxt[1:-1]))

    def span(self) -> NameSpan | None:
        words = self.words
        if self.lax and self.acronym is None and words and words[-1][:1].islower() and self._ends_clause():
            # "founded as the Union générale des postes.": a language that capitalises only a
            # name's first word ends it in lowercase; the shared name check knows that style.
            whole = " ".join(words).rstrip(",")
            if name_problem(whole) is None and lowercase_style(whole):
                return NameSpan(whole, None, self.end)
        while (
            self.acronym is None
            and words
            and (
                (words[-1].rstrip(",")[:1].islower() and not _ELIDED_CAPITAL.match(words[-1]))
                or words[-1].endswith(",")
            )
            and not (len(words) > 1 and _is_suffix(words[-1].rstrip(",")))
        ):
            if words[-1].endswith(",") and (words[-1][:1].isupper() or _ELIDED_CAPITAL.match(words[-1])):
                words[-1] = words[-1].rstrip(",")
                break
            if words[-1].rstrip(",").lower() not in _GLUE and _continues_name(words[-1].rstrip(",").lower()):
                return None  # "the Istituto generale per la ricerca del suolo": no capitalised end
            words.pop()
        if words and words[-1].endswith(","):
            words[-1] = words[-1].rstrip(",")  # "CDC Group plc, all shares …": the comma is the sentence's
        name = " ".join(words).strip()
        return NameSpan(name, self.acronym, self.end) if name else None


# A list inside a name: "Ciencia, Humanidades, Tecnología e Innovación" (its joining words in
# the languages of names), read at most this many tokens ahead.
_LIST_JOINTS = frozenset({"and", "e", "y", "et", "und", "i", "og", "och", "en", "&"})
_LIST_IN_NAME_TOKENS = 12


def _fits_initials(acronym: str, words: list[str]) -> bool:
    """Whether the initials of the capitalised ``words`` appear in ``acronym`` in order
    ("SECIHTI" for Secretaría de Ciencia, Humanidades, Tecnología e Innovación)."""
    letters = iter(acronym.upper())
    return all(w[0].upper() in letters for w in words if w[:1].isupper())


def _initials_fit(words: list[re.Match[str]], acronym: str) -> bool:
    """ "Bundesanstalt für vereinigungsbedingte Sonderaufgaben (BvS)": the first letters of
    the words that are not glue are the acronym's letters, in order and no others."""
    letters = [w.group()[0] for w in words if w.group().lower() not in _GLUE]
    return len(letters) >= 2 and "".join(letters).lower() == acronym.lower()


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(s.rstrip(".") for s in lexicon.corporate_suffixes())


def _is_suffix(core: str) -> bool:
    return core.rstrip(".") in _suffixes()


# Lowercase words that may follow a name in a story ("renamed X again", "X later", "forming").
_AFTER_NAME = frozenset({"again", "later", "then", "itself", "instead", "too", "also", "once", "only", "that"})


def _continues_name(word: str) -> bool:
    """Whether a lowercase ``word`` right after capitalised words carries the name on
    ("Comitato generale per …") rather than the sentence ("X again", "X, forming …")."""
    return not (word in _AFTER_NAME or word.endswith(("ly", "ing", "ed")) or not word.isalpha())


def _acronym_index(tokens: list[re.Match[str]]) -> int | None:
    """The index of an "(ACR)" token that closes the words before it (none of them ends
    with punctuation), within the first dozen tokens; else None."""
    for index, token in enumerate(tokens[:13]):
        raw = token.group()
        if raw.startswith("("):
            return index if index and is_acronym(raw[1:-1]) else None
        if not _PLAIN_TOKEN.fullmatch(raw):
            return None
    return None


_PLAIN_TOKEN = re.compile(r"[\w'’-]+")


def _in_named_place(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether "in" at ``index`` starts "in the <Name> of <Name>", a place inside a long
    name ("… Workers in the Land of Israel"), rather than a place after it ("in Milan")."""
    words = [t.group() for t in tokens[index + 1 : index + 5]]
    return (
        len(words) == 4
        and words[0] == "the"
        and words[1][:1].isupper()
        and words[1].isalpha()
        and words[2] == "of"
        and words[3][:1].isupper()
    )


def _next_lower(tokens: list[re.Match[str]], index: int) -> bool:
    nxt = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    return not nxt[:1].isupper()


def organization_at(text: str, names: Names) -> Mention | None:
    """A checked organization name at the start of ``text`` ("its parent, Nortel" → Nortel)."""
    text = re.sub(r"^\s*(?:its|their)\s+(?:former\s+)?(?:parent|owner)(?:\s+company)?,?\s+", "", text)
    span = name_at(text)
    if span is None:
        return None
    name = names.full(span.name)
    acronym = span.acronym or (span.name if span.name != name else None)
    checked = org_mention(name)
    if checked is None or PERSON_TITLES.match(name):
        return None
    return Mention(checked.name, "organization", acronym)


def organizations_in_list(text: str, names: Names, *, appositives: bool = False) -> list[Mention]:
    """ "A (ACR), B and C" or "three organizations: A, B and C" → A, B, C; relative clauses
    (", which …") are skipped; any other piece that is no name drops the whole list.
    With ``appositives`` (after a verb that takes a list: "by the merger of"), a description
    after an item (", established in 1958,", ", the training body,") is skipped too."""
    if ":" in text:
        text = text.split(":", 1)[1]
    text = _without_bracket_notes(text)
    text = _without_trailing_date(re.split(r"(?<=[a-z)])[.;](?:\s|$)", _without_trailing_date(text))[0])
    text = _LIST_OPENING_ASIDE.sub("", _without_defining_brackets(text))
    appositives = appositives and ";" not in text  # "A, founded 1931; B, 1940": items with notes
    if appositives:
        text = _TAIL_DESCRIPTION.sub("", text)
    found: list[Mention] = []
    pieces = _list_pieces(text, appositives=appositives)
    if len(pieces) == 2 and is_enumeration_inside_a_name([p.strip() for p in text.split(",")]):
        # "the Amt für Wasser, Boden und Luftreinhaltung": one name whose last words share its
        # start, no list of two
        pieces = [text]
    for piece in pieces:
        piece = _without_trailing_date(piece.strip())
        if not piece or piece.split()[0].lower() in _context("relative"):
            continue
        if piece.split()[0][:1].isdigit() or piece.split()[0].lower() in {"had", "was", "were", "in"}:
            continue  # the rest of a relative clause
        if piece.split()[0].lower() in _CLAUSE_CONJUNCTIONS or _OF_WHICH.match(piece):
            break  # ", while the Slovak academy became …", ", both of which were …": the list has ended
        piece = _without_country_owner(piece)
        mention = organization_at(piece, names)
        span = name_at(piece)
        if mention is None or span is None or piece[span.end :].strip(" .,"):
            return []
        if _IRISH_ARTICLE.match(span.name) and span.name.endswith(mention.name):
            # "An Foras Talúntais", "An Post": inside a list a capital "An" is no English
            # article (that is "an") but the Irish one, a word of the name
            mention = replace(mention, name=span.name)
        found.append(mention)
    return found


_IRISH_ARTICLE = re.compile(r"An\s(?=[A-ZÀ-Þ])")
# "the merger of Sweden's ASEA and Switzerland's BBC": a country's possessive before an item
# says where it was, no word of its name
_OWNER_BEFORE_NAME = re.compile(
    r"(?:the\s)?(?P<owner>[A-Z][\w.-]{0,30}(?:\s[A-Z][\w.-]{0,30}){0,3})['’]s\s(?=[A-Z0-9])"
)


def _without_country_owner(piece: str) -> str:
    owner = _OWNER_BEFORE_NAME.match(piece)
    return piece[owner.end() :] if owner and is_country(owner["owner"]) else piece


# "the merger of, inter alia, A and B": a hedge before the list, not a piece of it
_LIST_OPENING_ASIDE = re.compile(r"^\s*(?:inter\s+alia|among\s+others|in\s+particular),\s+")
# "… and B in 1950", "… and B with effect from the 1st day of April, 1950": the event's date
# after the last item (the date itself is found by dates.date_spans)
_LEAD_AT_END = re.compile(rf"(?<!\s)\s+(?:{_DATE_LEAD})\s+(?:the\s+)?$")


def _without_trailing_date(piece: str) -> str:
    spans = date_spans(piece)
    if not spans or piece[spans[-1][1] :].strip(" .,"):
        return piece
    lead = _LEAD_AT_END.search(piece, 0, spans[-1][0])
    return piece[: lead.start()] if lead else piece


# ", both of which were dissolved", ", each of which …": a clause about the items: the list ends
_OF_WHICH = re.compile(r"(?:both|each|all|neither|none|either|two|three)\s+of\s+(?:which|whom|them)\b", re.I)
# "… X Limited, a company then owned by the State and the Crown": a description ending the list
_TAIL_DESCRIPTION = re.compile(r",\s(?:a|an)\s[a-z][^,;]{0,200}$")
# an appositive after an item: a participle phrase or a lowercase description with no capital
_APPOSITIVE = re.compile(r"(?:(?:[a-z]+ed|set\sup)(?:\s[^A-Z]{0,80})?|(?:the|an?)\s[a-z][^A-Z]{0,120})")
_AND = re.compile(r"(?<!\s)\s+and\s+")
# "(est. 1957 under UN ECAFE)", "(1978-95, w/o Cambodia)": a note on the item before it, no
# acronym or gloss of its name (those start with a capital and hold no digit)
_BRACKET_NOTE = re.compile(r"\s?\((?=[^()]{0,120}\))(?:[^()A-Z]|[^()]{0,119}\d)[^()]{0,119}\)")
# "A, B & C", "merger of Balair & Ad Astra Aero": a terse writer's "and"; not "Marks & Spencer",
# whose single word after "&" ends one name
_AMPERSAND_AND = re.compile(r"\s&\s(?=(?:the\s)?[A-ZÀ-Þ][\w'’.-]{0,30}\s[A-ZÀ-Þ(])")


# "the ITC (Independent Television Commission)": an acronym, then the name it stands for
_ACRONYM_GLOSS = re.compile(r"(?:\bthe\s)?\b(?P<acr>[A-Z]{2,8})\s\((?P<name>[A-Z][^()]{3,100})\)")


def _gloss(match: re.Match[str]) -> str:
    words = match["name"].split()
    fits = _fits_initials(match["acr"], words) and len([w for w in words if w[:1].isupper()]) == len(match["acr"])
    return f"the {match['name']}" if fits else match.group()


def _without_bracket_notes(text: str) -> str:
    """``text`` with its bracketed notes removed, an acronym glossed in brackets read as its
    full name, and a list's "&" read as "and"."""
    text = _ACRONYM_GLOSS.sub(_gloss, _BRACKET_NOTE.sub("", text))
    if _PLUS.search(text):
        return text  # "A + Tally & Protection Ltd + C": "+" joins the list, "&" is a name's
    if "," in text:
        return text.replace(" & ", " and ")
    return _AMPERSAND_AND.sub(" and ", text)


_CLAUSE_CONJUNCTIONS = frozenset({"while", "whereas", "although", "though", "but", "whilst"})


def _two_names(item: str, rest: str) -> bool:
    """Whether an "and" joins two whole organizations ("the University of Tarn and Bog
    University", "the Board of Trade and Ministry of Works"), not two words of one name
    ("the Institute of Geological and Nuclear Sciences"): the item names one, and the words
    after "and" start a capitalised name whose own head word makes it an organization."""
    span = name_at(rest)
    head = re.match(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}", rest)
    return bool(span and head and _has_org_word(item) and _has_org_word(head.group()) and name_at(item))


def _joined_in_one_name(item: str, rest: str) -> bool:
    """ "the Federal Competitiveness and Statistics Authority", "the Marine Science and
    Fisheries Board": capitalised words with no organization's word of their own before "and",
    and after it capitalised words the organization's head word ends; one name, never a
    "Federal Competitiveness" and a "Statistics Authority"."""
    words = re.sub(r"^(?:the|an?)\s+", "", item.strip(), flags=re.I).split()
    head = re.match(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}", rest)
    if not words or head is None or not all(w[:1].isupper() for w in words) or _org_named(item):
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False  # "FWB and Ouse Drainage Board": an acronym is a name of its own
    return head.group().split()[-1].lower() in _head_words()


def _list_pieces(text: str, *, appositives: bool = False) -> list[str]:
    """The items of a list: comma pieces ("A, B and C"), each cut at an "and" that starts
    another item. An "and" after "of" or "for" in the same item stays inside it ("the
    Institute of Geological and Nuclear Sciences") unless "the" follows ("the Ministry of
    Trade and the Ministry of Works")."""
    plus = _PLUS.split(text)
    if len(plus) > 1:
        return plus  # "A + B & Sons + C": each piece between the "+" is one item, whole
    items: list[str] = []
    for piece in re.split(r",\s*", text):
        first = piece.split()[0].lower() if piece.split() else ""
        if first in _context("relative"):
            continue  # ", which took over A and B,": a relative clause, whole
        if first.endswith("ed") and re.match(r"\S+\s+by\s", piece):
            break  # ", managed by X and sponsored by Y": the list has ended
        piece = re.sub(r"^and\s+", "", piece)
        if appositives and items and _APPOSITIVE.fullmatch(piece):
            # ", established in 1958,", ", the advisory and training body,": about the item before
            continue
        start = 0
        bracketed = "(" in piece  # "the Engineering and Physical Sciences Research Council (EPSRC)"
        for joint in _AND.finditer(piece):
            item = piece[start : joint.start()]
            if bracketed:
                if item.endswith(")"):  # a name its "(ACR)" closes ends before "and"
                    items.append(item)
                    start = joint.end()
            elif (
                piece.startswith("the ", joint.end())
                or (not re.search(r"\b(?:of|for)\s", item) and not _joined_in_one_name(item, piece[joint.end() :]))
                or _two_names(item, piece[joint.end() :])
            ):
                items.append(item)
                start = joint.end()
        items.append(piece[start:])
    return items


# --- the reader ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rename:
    position: float
    into_self: bool
    new_name: str | None  # the name taken, when not the organization's own
    old_name: str | None  # the subject's name, or the name "renamed from X" gives
    date: DateValue | None
    text: str
    founded_as: bool = False  # "founded as X": where the name begins, no renaming
    kind: str = "renamed"  # the verb's kind: renamed, evolved
    # "the X Conference was transformed into <it>": another named body grew into it, a predecessor
    grew_from_other: bool = False
    # "the Commission takes the name of X": a head-noun subject read as the earlier body it opens
    head_noun: str | None = None
    # "the ORSC becomes X": the earlier name its acronym subject stands for, counted only while
    # that name is the one in use
    acronym_of: str | None = None


@dataclass(frozen=True)
class _NameEdit:
    """ "added 'and the Caribbean' to it", "dropped 'Hebrew' from its name": a change of
    the name in use by words, read only where it yields the present name."""

    position: float
    added: bool
    words: str
    date: DateValue | None
    text: str


# The words in quotes; "to it" / "from its name" say the name is what changed.
_NAME_EDIT = re.compile(
    r"\b(?P<op>added|appended|dropped|removed|add|append|drop|remove)\s+[\"“‘'](?P<words>[^\"”’']{1,60})[\"”’']\s+"
    r"(?:to|from)\s+(?:it|its\s+name|the\s+name)\b",
    re.I,
)


@dataclass(frozen=True)
class _Former:
    """A name the organization had before ("founded as X", "known as X until …")."""

    position: float  # between the positions of the verbs around it
    name: str
    text: str
    # "The X was set up in 1948 …": X is a former name only if a later rename takes it
    # (a chain into the present name); alone it may be another organization's story
    chained: bool = False


def history_findings(text: str, facts: Sequence[Fact]) -> list[Finding]:
    """History sentences with a history verb about it ("it", no subject, "the institute")
    that gave no event: the reader was not sure of a direction or a name, so it recorded
    nothing; the sentence is kept as written and the finding says so (Info)."""
    read = {f.text for f in facts if isinstance(f, (ChangeEvent, Dissolution, HeadquartersMove))}
    anonymous = Names(Identity("", OrgKind.ORGANIZATION), {})
    found: list[Finding] = []
    for segment in segments(text):
        sentence = segment.text
        if clean(sentence) in read or any(f in clean(sentence) for f in read):
            continue
        for match in _verbs_in(sentence):
            if _negated(sentence, match.start()):
                continue
            if subject_of(sentence, match.start(), anonymous)[0] == Subject.OTHER:
                continue
            message = (
                f"'{match['verb']}' in History gave no event: its subject, direction or names were not "
                "certain; the sentence is kept as written"
            )
            found.append(Finding(Severity.INFO, "extract.history-unread", message, sentence[:40]))
            break
    moved = {f.text for f in facts if isinstance(f, HeadquartersMove)}
    return found + headquarters_findings(text, anonymous, moved)


def read_history(field: Field, identity: Identity) -> ReaderResult:
    # the intro (the identity's description) names former names and the noun for the organization
    # catalogue lines ("Formerly: A ; B", "Superseded by: C") are read item by item, so each
    # is read from its own line (field.text joins the lines)
    lines = tuple(item.text for item in field.items)
    text = field.text
    read = _timeline_table_read("\n".join(lines))
    if read != "\n".join(lines):  # "| date | event |": each row a dated line
        lines = tuple(line for line in read.split("\n") if line)
        text = " ".join(lines)
    if not any(_labelled_record_line(line) for line in lines[1:]):
        pass
    elif read == "\n".join(item.text for item in field.items):
        text = _record_lines_apart(lines)
    rows = history_rows(lines)
    if not rows.taken:
        return read_events(text, identity, intro=identity.description or "", lines=lines), None
    # infobox label rows ("Formation<TAB>1926; 100 years ago") are no prose: joined to the next
    # sentence they hide its subject; each is read alone, the prose without them
    prose = tuple(line for index, line in enumerate(lines) if index not in rows.taken)
    intro = identity.description or ""
    facts = read_events(_record_lines_apart(prose), identity, intro=intro, lines=prose, rows=rows.rows)
    for index in sorted(rows.taken - rows.valued):
        facts.extend(read_events(lines[index], identity, intro=intro))
    return unique(facts), None


def _labelled_record_line(line: str) -> bool:
    """Whether ``line`` is a "Key: value" record line (not a table row or a dated line)."""
    found = key_value(line)
    return found is not None and not found.in_cells


def _record_lines_apart(lines: Sequence[str]) -> str:
    """``lines`` joined as one text, each "Key: value" record line after the first on a line of
    its own (``segments`` cuts it off the dated line before it)."""
    return "".join(
        line if index == 0 else ("\n" if _labelled_record_line(line) else " ") + line
        for index, line in enumerate(lines)
    )


@dataclass(frozen=True)
class HistoryRow:
    """An infobox label row about its history ("Predecessor<TAB>A", then a line "B"): the
    role of its key (history-context.csv: earlier-key, later-key, predecessor-key) and its
    values, each a line or a ";" piece."""

    role: str
    values: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class HistoryRows:
    rows: tuple[HistoryRow, ...]
    taken: frozenset[int]  # the indexes of every label row and its value lines
    valued: frozenset[int]  # of those, the rows of a known key and their value lines


@cache
def _row_roles() -> Mapping[str, str]:
    return MappingProxyType(
        {key: role for role in ("earlier-key", "later-key", "predecessor-key") for key in _context(role)}
    )


def history_rows(lines: Sequence[str]) -> HistoryRows:
    """The infobox label rows among ``lines`` (text.record: cells only, never "key: value"
    prose) and the value lines after a row of a known key that are wholly a name."""
    rows: list[HistoryRow] = []
    taken: set[int] = set()
    valued: set[int] = set()
    open_row = False  # the last line was a row of a known key or one of its value lines
    for index, line in enumerate(lines):
        row = key_value(line)
        if row is not None and row.in_cells:
            taken.add(index)
            role = _row_roles().get(row.key)
            open_row = role is not None
            if role is not None:
                valued.add(index)
                rows.append(HistoryRow(role, (row.value,), clean(line)))
        elif open_row and row is None and _whole_name_line(line):
            last = rows[-1]
            rows[-1] = replace(last, values=(*last.values, line.strip()), text=f"{last.text} {clean(line)}")
            taken.add(index)
            valued.add(index)
        else:
            open_row = False
    return HistoryRows(tuple(rows), frozenset(taken), frozenset(valued))


def _whole_name_line(line: str) -> bool:
    item = line.strip()
    span = name_at(item)
    return span is not None and _CATALOGUE_ITEM_END.match(item, span.end) is not None and _has_org_word(span.name)


def _read_history_rows(story: _Story, rows: Sequence[HistoryRow]) -> None:
    """Each value of a "Former names" row is an earlier name; of "Successor" a successor; of
    "Predecessor" a predecessor. A value that is not a whole checked name gives nothing."""
    for row in rows:
        items = [piece.strip() for value in row.values for piece in value.split(";")]
        for rank, item in enumerate(items):
            span = name_at(item)
            if span is None or not _CATALOGUE_ITEM_END.match(item, span.end):
                continue
            mention = _listed_organization(span, story.names)
            if mention is None or story.names.is_self(mention.name):
                continue
            if row.role == "earlier-key":
                story.previous.append(_Former(rank / 100 - 1, mention.name, row.text))
            elif row.role == "later-key":
                story.facts.append(ChangeEvent("succeeded-by", row.text, resulting=mention))
            else:
                story.facts.append(ChangeEvent("predecessor", row.text, original=mention))


@dataclass
class _Story:
    """What the reading of one History text has found so far (local to one call)."""

    text: str
    names: Names
    facts: list[Fact] = default(default_factory=list)
    renames: list[_Rename] = default(default_factory=list)
    previous: list[_Former] = default(default_factory=list)
    edits: list[_NameEdit] = default(default_factory=list)
    if_ended: list[ChangeEvent] = default(default_factory=list)  # successors if the text ends it
    # (subject, event) of another named subject: kept if that name proves an earlier name of it
    pending: list[tuple[str, ChangeEvent]] = default(default_factory=list)
    position: int = 0
    # "In 1971 it merged with B to form C": read at the end, once the text shows whether the
    # organization went on under C (a later rename into its present name) or ended
    merged_away: list[_MergedAway] = default(default_factory=list)
    # "In 1998 it merged with B.": (B, the date, the text), a predecessor if it ended later
    merged_plain: list[tuple[Mention, DateValue, str]] = default(default_factory=list)
    # "1881: X Company est.": a memo's founding lines without "was" (_memo_founding)
    memo_founded: list[_Former] = default(default_factory=list)
    # how many segments have been read, and (that count, the body) of the last other named body
    # a segment ended ("MRTPC dissolved;", "The company was wound up" for another's company)
    segment_index: int = 0
    ended_other: tuple[int, Mention] | None = None
    # the position before the current segment's first verb, and where its verbs start
    segment_base: int = 0
    segment_verbs: tuple[int, ...] = ()


def _memo_founding(story: _Story) -> list[_Former]:
    """The memo founding line ("1881-01-01: X Company est.") that is the name in use before its
    first rename: the only founding of a named body told before that rename (no other memo line,
    no "The Y was founded"). Two bodies founded before it ("A founded; B founded; 2005: A + B
    → C; 2022: renamed D") leave the name in use unknown."""
    first = min((r.position for r in story.renames if not r.founded_as), default=None)
    if first is None:
        return []
    before = [f for f in story.memo_founded if f.position < first]
    others = [f for f in story.previous if f.chained and f.position < first]
    return before if len(before) == 1 and not others else []


@dataclass(frozen=True)
class _MergedAway:
    """ "it merged with B to form C": the organization and B made C."""

    position: float  # among the verbs: right before the verb of the merger
    partner: Mention  # B
    made: Mention  # C
    date: DateValue | None
    text: str
    # "1895: merger with B → C": a note that never says it ended; read only where a
    # later rename reaches its present name (C then the name in use until that rename)
    chain_only: bool = False


@dataclass(frozen=True)
class _Clause:
    """One history verb in its sentence: who acts, what follows, when."""

    sentence: str
    match: re.Match[str]
    verb: HistoryVerb
    who: str
    other_subject: str | None
    after: str
    date: DateValue | None
    text: str  # the sentence, cleaned: the event's verbatim text


def read_events(
    text: str,
    identity: Identity,
    intro: str = "",
    *,
    lines: Sequence[str] = (),
    rows: Sequence[HistoryRow] = (),
) -> list[Fact]:
    # "the entity" where the intro's name bracket quotes it
    quoted = quoted_self_nouns(intro or identity.description or "", identity)
    kinds = own_kind_nouns(text) | intro_kind_nouns(intro) | quoted
    # a name before its acronym ("Name (ACR)") is the text's usual definition, and wins
    acronyms = {
        **defined_short_forms(intro, text),
        **or_defined_acronyms(intro, text),
        **glossed_acronyms(intro, text),
        **defined_acronyms(intro, text),
    }
    names = Names(identity, acronyms, kind_nouns=kinds, defined_nouns=_drafter_nouns(intro))
    told = tuple(e.previous_name for e in _intro_former_names(intro, names, set()) if e.previous_name)
    story = _Story(text, replace(names, earlier=told))
    _read_history_rows(story, rows)
    _read_name_lines(story)
    for index, line in enumerate(lines):
        if (label := _CATALOGUE_LABEL.match(line)) is not None:
            _read_catalogue_line(story, line, label, _catalogue_items_below(lines, index, label))
    _read_merged_list(story)
    # "merger with X completed; Compaq ceases to exist": the clause after a semicolon (its own
    # segment when it opens with a capital) ends it, so X is a successor as in one sentence
    carried: list[ChangeEvent] = []
    for segment in segments(text):
        segment = _naming_note_read(segment, story.names)
        left = _read_segment(story, segment, carried)
        carried = left if segment.text.endswith(";") else []
        story.facts.extend(headquarters_moves(segment, story.names))
    _merged_away_read(story)
    _merged_plain_read(story)
    if any(isinstance(f, Dissolution) for f in story.facts):
        story.facts.extend(story.if_ended)
    story.renames.extend(_edits_into_self(story.edits, story.renames, story.previous, identity))
    story.previous.extend(_memo_founding(story))
    story.previous[:] = [p for p in story.previous if not _replaced_body(p, text, intro)]
    story.facts.extend(_renaming_events(story.renames, story.previous, identity, list(told)))
    # (an earlier name the intro states proves it too: "Established 1991 as the Y" there)
    earlier = _previous_names(story.facts) | set(told)
    for subject, fact in story.pending:
        named = fact.original.name if fact.original else None
        if any(same_name(subject, name) for name in earlier) and not any(same_name(named or "", n) for n in earlier):
            story.facts.append(fact)
    story.facts.extend(_intro_former_names(intro, story.names, _previous_names(story.facts)))
    terms = defined_terms(intro, text)
    kept = [_without_cut_name(_without_lone_nouns(fact), text) for fact in _without_undone_endings(story.facts)]
    return unique([_without_defined_tail(fact, terms) for fact in kept if fact is not None])


def _without_undone_endings(facts: list[Fact]) -> list[Fact]:
    """ "1925 · Folded into X. … 1951 · Re-founded as Y.": an ending a later dated event
    reopens (history-context.csv, reopening) was for a while: no dissolution, and the body it
    went into is no successor (the events of the ending's own text are dropped)."""
    reopened = [
        f.date.year for f in facts if isinstance(f, ChangeEvent | Dissolution) and f.date and _REOPENED.search(f.text)
    ]
    # "February 1992: merged with A to form B. 1993: renamed C.": the organization's
    # own renaming dated after an ending shows it went on (the merger changed it, ended nothing)
    reopened += [f.date.year for f in facts if isinstance(f, ChangeEvent) and f.kind == "renamed" and f.date]
    undone = {
        f.text for f in facts if isinstance(f, Dissolution) and f.date and any(year > f.date.year for year in reopened)
    }
    return [f for f in facts if not (isinstance(f, ChangeEvent | Dissolution) and f.text in undone)]


def _without_cut_name(fact: Fact | None, text: str) -> Fact | None:
    """ "In 1968 the company became Fried. Krupp GmbH, owned by …": a one-word previous name
    that a stop ends, where the text goes on at once with capitalised words closed by a legal
    form ("Krupp GmbH"), is the first word of a name a stop cut (an abbreviation read as a
    sentence's end): no previous name."""
    if not isinstance(fact, ChangeEvent) or not fact.previous_name or " " in fact.previous_name:
        return fact
    written = fact.previous_name + ". "
    at = text.find(written)
    while at >= 0:
        whole_word = at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")
        span = name_at(text[at + len(written) :]) if whole_word else None
        if span is not None and len(span.name.split()) > 1 and _is_suffix(span.name.split()[-1]):
            return replace(fact, previous_name=None)
        at = text.find(written, at + 1)
    return fact


def _without_lone_nouns(fact: Fact) -> Fact | None:
    """A lone common noun ("Institute") is never a name: no previous name, no other body."""
    if not isinstance(fact, ChangeEvent):
        return fact
    if any(m is not None and lone_common_noun(m.name) for m in (fact.original, fact.resulting)):
        return None
    if fact.previous_name and lone_common_noun(fact.previous_name):
        return replace(fact, previous_name=None)
    return fact


# '(hereinafter "the ZAR")': the quoted terms of a defining bracket (bounded, linear)
_DEFINING_WORD = re.compile(rf"\b(?:{lexicon.alternation(context_words('defining'))})\b", re.I)
_QUOTED_TERM = re.compile(r"[\"“](?:the\s)?(?P<term>[A-Z][\w.&-]{0,30})[\"”]")


_BRACKET = re.compile(r"\s?\([^()]{0,240}\)")


# "(…, hereinafter — the Society)", "(hereinafter — YUKOS, the Company)": a bulletin's defined
# noun after a dash, with its short name before it (bounded, linear)
_DASHED_DEFINED_NOUN = re.compile(
    rf"\b(?:{lexicon.alternation(context_words('defining'))})\s[–—-]\s(?:[A-Z][\w.&-]{{0,30}},\s)?"
    r"(?:the|The)\s(?P<noun>[A-Z][a-z]{2,30})(?=[,;)])"
)


def _drafter_nouns(intro: str) -> frozenset[str]:
    """The noun a bulletin's intro defines for it after a dash ("hereinafter — the Society"):
    "the Society is liquidated" in History is the organization."""
    return frozenset(m["noun"] for m in _DASHED_DEFINED_NOUN.finditer(intro))


def _without_defining_brackets(text: str) -> str:
    """``text`` without its drafter's defining brackets ('(the Agricultural Institute;
    hereinafter "AFT")'): a shorthand, whose ";" would otherwise end a list."""
    return _BRACKET.sub(lambda m: "" if _DEFINING_WORD.search(m.group()) else m.group(), text)


def defined_terms(*texts: str) -> frozenset[str]:
    """The one-word terms a drafter defines ('(hereinafter "the ZAR")' → ZAR)."""
    return frozenset(
        term["term"]
        for text in texts
        for bracket in _BRACKET.finditer(text)
        if _DEFINING_WORD.search(bracket.group())
        for term in _QUOTED_TERM.finditer(bracket.group())
    )


def _without_defined_tail(fact: Fact, terms: frozenset[str]) -> Fact:
    """ "established as the Staatsmuseum of the ZAR": the drafter's own defined term is no
    word of an official name, so "of the ZAR" tells whose museum it was and the name is
    "Staatsmuseum"."""
    if not isinstance(fact, ChangeEvent) or not fact.previous_name:
        return fact
    words = fact.previous_name.split()
    cut = 3 if words[-3:-1] == ["of", "the"] else 2 if words[-2:-1] == ["of"] else 0
    if not cut or len(words) <= cut or words[-1] not in terms:
        return fact
    name = " ".join(words[:-cut])
    return replace(fact, previous_name=name) if org_mention(name) is not None else fact


# The intro's opening sentence saying the organization exists now ("X is the …"), and an
# ending undone in the same sentence ("closed in 2001 and reopened in 2003").
_STILL_EXISTS = re.compile(r"\b(?:is|are|remains|has\s+been)\b")
_REOPENED = re.compile(rf"\b(?:{lexicon.alternation(context_words('reopening'))})\b", re.I)


def intro_identity(fields: Sequence[FieldFacts]) -> Identity | None:
    """The identity read into the intro's facts, if any."""
    return next((f for ff in fields if ff.slug == "intro" for f in ff.facts if isinstance(f, Identity)), None)


def catalogue_lines_elsewhere(fields: list[FieldFacts]) -> list[FieldFacts]:
    """ "Formerly: A ; B", "Later: C" in a field orgkg does not map (a catalogue's "Authority
    record"): read as in History, each label line alone, into that field's facts."""
    identity = intro_identity(fields)
    if identity is None:
        return fields
    fields = list(fields)
    for index, field_facts in enumerate(fields):
        if field_facts.status != FieldStatus.STATED or field_facts.name == "History":
            continue
        # infobox label rows ("Former names<TAB>A") in any field, History's own read there
        rows = history_rows(field_facts.verbatim.splitlines()).rows
        lines = (
            [] if field_facts.known else [ln for ln in field_facts.verbatim.splitlines() if _CATALOGUE_LABEL.match(ln)]
        )
        if lines or rows:
            events = read_events("", identity, identity.description or "", lines=lines, rows=rows)
            fields[index] = replace(field_facts, facts=(*field_facts.facts, *events))
    return fields


def dissolution_from_intro(fields: list[FieldFacts], extra_intro: Sequence[str] = ()) -> list[FieldFacts]:
    """The intro's dated ending (``_dissolution_from_intro``), then the relations of the
    records in the fields and in ``extra_intro`` (lines after the intro, before any heading)."""
    return with_record_facts(_merger_effective_day(_dissolution_from_intro(fields)), extra_intro)


# "the merger took effect on 1 April 1996", "the merger was completed on …": "the merger"
# right before an effect phrase (history-context.csv, effect-phrase) and a date
_MERGER_TOOK_EFFECT = re.compile(
    rf"\b[Tt]he\s+merger\s+(?:{lexicon.alternation(_context('effect-phrase'))})"
    r"\s+(?:on|as\s+of|with\s+effect\s+from)\s+"
)
_MERGER_DATE_REACH = 40  # characters after the effect phrase searched for its date


def _merger_effective_day(fields: list[FieldFacts]) -> list[FieldFacts]:
    """ "It existed until 1996, when it merged with X to form Y" and, in History, "the merger
    took effect on 1 April 1996": the day "the merger" took effect makes the year of an
    ending by merger (a merged-into event told with it) that day. Only one such day of that
    year, a whole date; an ending that is no merger, or another year's, is left alone."""
    merged = {f.text for ff in fields for f in ff.facts if isinstance(f, ChangeEvent) and f.kind == "merged-into"}
    years = {
        f.date.year
        for ff in fields
        for f in ff.facts
        if isinstance(f, Dissolution) and f.date and f.date.month is None and f.text in merged
    }
    if not years:
        return fields
    days: set[DateValue] = set()
    for ff in fields:
        if ff.status is not FieldStatus.STATED or ff.slug == "intro":
            continue
        for phrase in _MERGER_TOOK_EFFECT.finditer(ff.verbatim):
            window = ff.verbatim[phrase.end() : phrase.end() + _MERGER_DATE_REACH]
            spans = date_spans(window)
            if spans and spans[0][0] == 0 and spans[0][2].day is not None and spans[0][2].year in years:
                days.add(spans[0][2])
    if len(days) != 1:
        return fields
    (day,) = days
    return _refined_dissolution(fields, day)


def _dissolution_from_intro(fields: list[FieldFacts]) -> list[FieldFacts]:
    """ "… Abolished March 2006.", "Wound up in 1977.": the intro's dated ending, where no
    field dates one (History's dated line, more precise, wins). Only the ending is taken
    from the intro, with the successor its own sentence names: its other events are History's to tell."""
    if any(isinstance(f, Dissolution) for ff in fields for f in ff.facts):
        return fields
    for index, field_facts in enumerate(fields):
        identity = next((f for f in field_facts.facts if isinstance(f, Identity)), None)
        if field_facts.slug != "intro" or identity is None:
            continue
        first = split_sentences(field_facts.verbatim)[:1]
        opening = field_facts.verbatim[first[0][0] : first[0][1]] if first else ""
        if _STILL_EXISTS.search(opening):
            return fields  # "X is a laboratory …": what closed was something else, or for a while
        events = read_events(field_facts.verbatim, identity)
        ends = [f for f in events if isinstance(f, Dissolution) and f.date and not _REOPENED.search(f.text)]
        if not ends and (end := _existence_end(field_facts.verbatim, fields)) is not None:
            ends = [end]
        if ends:
            # "In 1980 it merged with X to form Y and ceased to exist": the ending's own
            # successor (same sentence) is part of the ending
            merged = [f for f in events if isinstance(f, ChangeEvent) and f.resulting and f.text == ends[0].text]
            fields = list(fields)
            fields[index] = replace(field_facts, facts=(*field_facts.facts, ends[0], *merged))
        return fields
    return fields


# "Dates of existence: 1946 March 29 - 2012 February 3": a catalogue's span of a body's life
_EXISTENCE_LABEL = re.compile(rf"(?:^|(?<=[.;]\s))(?:{lexicon.alternation(_context('existence-label'))})\s?:\s?", re.I)
_SPAN_DASH = re.compile(r"\s?[–—-]\s?")
_AFTER_SPAN = re.compile(r"\s?(?:\([^()]{1,120}\))?(?:\s?\[[^\[\]]{1,120}\])?\.?")


def _existence_end(intro: str, fields: Sequence[FieldFacts]) -> Dissolution | None:
    """The end of a "Dates of existence: A - B" span (two whole dates, bracket notes at most
    after them) is its dissolution; none when the note or sentence reopens it, or when a name
    change or merger falls in B's year (the span then ends a name, not the body)."""
    for start, end in split_sentences(intro):
        sentence = intro[start:end].strip()
        label = _EXISTENCE_LABEL.search(sentence)
        if label is None or _REOPENED.search(sentence):
            continue
        value = sentence[label.end() :]
        spans = date_spans(value)
        if len(spans) != 2 or spans[0][0] != 0 or not _SPAN_DASH.fullmatch(value[spans[0][1] : spans[1][0]]):
            continue
        if not _AFTER_SPAN.fullmatch(value[spans[1][1] :]):
            continue
        date = spans[1][2]
        changed = (
            f
            for ff in fields
            for f in ff.facts
            if isinstance(f, ChangeEvent) and f.date is not None and f.date.year == date.year
        )
        if next(changed, None) is None:
            return Dissolution(date, clean(sentence))
    return None


@cache
def _replacing_verbs() -> tuple[str, ...]:
    """The phrases of lexicon/history-verbs.csv of kind "succeeded" ("replacing", "succeeded",
    "in succession to"): the body named right after one was replaced by another."""
    return tuple(v.phrase for v in history_verbs() if v.kind == "succeeded")


def _replaced_body(former: _Former, text: str, intro: str) -> bool:
    """A name a dated line tells was set up ("1929: X Board established"), taken
    for the name the organization began under only when a rename later takes it (chained),
    is another body when the profile names it right after a replacing verb ("…, replacing
    the X Board", "it succeeded the X Board"): that body was replaced (a predecessor), never
    a name of its own. Read with string tests, no pattern built from the name."""
    if not former.chained or not former.name:
        return False
    for source in (text, intro):
        for end in _word_ends(source, former.name):
            before = source[: end - len(former.name)]
            if before.endswith("the "):
                before = before[:-4]
            if any(_ends_in_phrase(before, f"{verb} ") for verb in _replacing_verbs()):
                return True
    return False


def _ends_in_phrase(text: str, words: str) -> bool:
    """Whether ``text`` ends with ``words`` starting at a word's start."""
    return text.endswith(words) and not _is_word(text, len(text) - len(words) - 1)


def _previous_names(facts: Sequence[Fact]) -> set[str]:
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


def _same_or_within(name: str, other: str) -> bool:
    """The same name, or one inside the other word for word ("Soil Bureau", "Halden Soil Bureau")."""
    short, long = sorted((name.split(), other.split()), key=len)
    runs = (long[i : i + len(short)] for i in range(len(long) - len(short) + 1))
    return same_name(name, other) or any(run == short for run in runs)


def _intro_former_names(intro: str, names: Names, known: set[str]) -> list[ChangeEvent]:
    """Former names the intro states and History does not: "X, formerly Y" (read by identity),
    "it began in 1942 as the Y", "known until 2001 as Y", "the letters once stood for Y and
    then Z". Each is a previous name of the organization (no date: the order is not certain)."""
    found: list[tuple[str, str]] = [
        (whole, clean(intro) or n)
        for n in names.identity.former_names
        if (whole := _whole_former(intro, n)) is not None
    ]
    # a label's list runs on over semicolons ("Earlier names: A, 1947-1997; B, 1998-2015.")
    for start, end in split_sentences(intro):
        found.extend(
            (name, clean(intro[start:end])) for _, name in _earlier_names(intro[start:end], names, labels_only=True)
        )
    for segment in segments(intro):
        sentence = segment.text
        # "X, incorporated as Y, was …": an apposition before the main verb gives a legal or
        # other current name; "X is …; it began in 1942 as Y" (after the main verb) an earlier one
        founded = [
            (at, n)
            for at, n in _founded_as(sentence, names)
            if _main_verb(sentence[:at]) is not None
            or _pronoun_subject(sentence[:at])
            or (not sentence[:at].strip() and _capitalised_name(n))
        ]
        firsts = _first_names(sentence, _text_before(intro, sentence), names)
        for _, name in (*_known_as_until(sentence, names), *founded, *_earlier_names(sentence, names), *firsts):
            found.append((name, clean(sentence)))
    events: list[ChangeEvent] = []
    for cut, text in found:
        name = _whole_defined(cut, intro, names)
        # (each reader has left out its own name; an acronym's old expansion stays)
        if same_name(name, names.identity.name) or any(_same_or_within(name, k) for k in known):
            continue
        known.add(name)
        events.append(ChangeEvent("renamed", text, previous_name=name))
    return events


def _whole_defined(name: str, intro: str, names: Names) -> str:
    """ "set up as the Atomic Energy Establishment, Trombay (AEET)": a name read up to a comma
    is the whole name an acronym stands for when the intro writes that whole name."""
    return next((w for w in names.acronyms.values() if w.startswith(f"{name}, ") and w in intro), name)


def _capitalised_name(name: str) -> bool:
    """Every word capitalised but the glue: a memo's sentence opening with the verb, no subject
    ("Established Jan-1991 as the Y"), names an earlier name only so ("as the US research arm of
    X" is a description)."""
    return all(word[:1].isupper() or word in _GLUE for word in name.split())


def _pronoun_subject(before: str) -> bool:
    """ "We opened in 1745 as Y", "In 1932 it went on air as Y": the verb's whole subject is a
    pronoun for the organization, so the verb is the main one (no apposition giving a current name)."""
    text = before.strip()
    while (stripped := _ADVERBIAL.sub("", text, count=1)) != text:
        text = stripped.strip()
    return text.lower() in {"it"} | lexicon.first_person_words("subject")


def _whole_former(intro: str, name: str) -> str | None:
    """A former name the identity reader found, run on through an eponym the intro gives after
    it ("… Complex named after O. K. Antonov"); none when that eponym is not a clean name."""
    at = intro.find(name)
    if at < 0:
        return name
    span = _with_eponym(intro, NameSpan(name, None, at + len(name)))
    return span.name if span is not None else None


def _text_before(text: str, sentence: str) -> str:
    at = text.find(sentence)
    return text[:at] if at > 0 else ""


def _read_name_lines(story: _Story) -> None:
    """Lines that list earlier names, read before the story: "Former names: A (1931–1950);
    B (1950–1962)", and a timeline of names ("1931–1950: Halden Soil Bureau")."""
    timeline: list[tuple[int, str, str]] = []
    for line in story.text.splitlines():
        if _NAMES_LABEL.match(line):
            for rank, (_, name) in enumerate(_earlier_names(line, story.names)):
                story.previous.append(_Former(rank / 100 - 1, name, clean(line)))
        elif (named := _timeline_name(line, story.names)) is not None:
            timeline.append((named[0], named[1], clean(line)))
    for rank, (_, name, line) in enumerate(sorted(timeline)):
        story.previous.append(_Former(rank / 100 - 0.5, name, line))


# "Formerly: …", "Superseded by: …": a catalogue record's label (history-context.csv)
_CATALOGUE_LABEL = re.compile(
    rf"\s{{0,3}}(?:(?P<earlier>{lexicon.alternation(_context('earlier-label'))})"
    rf"|(?P<later>{lexicon.alternation(_context('later-label'))}))\s{{0,3}}:\s*",
    re.I,
)
# one item of a catalogue line: a name, then at most a note in brackets ("(1895-1975)")
_CATALOGUE_ITEM_END = re.compile(r"(?:\s{0,3}\([^()]{1,80}\))?\.?$")  # (the item is stripped)


def _catalogue_items_below(lines: Sequence[str], index: int, label: re.Match[str]) -> list[tuple[str, Mention]]:
    """A label alone on its line ("Formerly:"), then its items one a line ("A (1836–1891)",
    "B (1891–1898)"): (line, name) of the lines right below that are each wholly a name (at
    most a note in brackets after it; a record value, ``_record_name``) of two words or more or
    with an organization word, up to the first line that is not. A label with a value on its
    own line has none."""
    if lines[index][label.end() :].strip():
        return []
    items: list[tuple[str, Mention]] = []
    for line in lines[index + 1 :]:
        mention = _record_name(line.strip())
        if mention is None or (len(mention.name.split()) < 2 and not _has_org_word(mention.name)):
            break
        items.append((line.strip(), mention))
    return items


def _other_legal_form(name: str, own: str) -> bool:
    """ "Midland Bank Limited" listed as a former name of Midland Bank plc: its own name under
    another legal form, both written (a form only added is no other name)."""
    bare, own_bare = _without_legal_form(name), _without_legal_form(own)
    return bare != name and own_bare != own and same_name(bare, own_bare) and not same_name(name, own)


def _read_catalogue_line(
    story: _Story, line: str, label: re.Match[str], below: Sequence[tuple[str, Mention]] = ()
) -> None:
    """Each item of "Formerly: A (1895-1975) ; B" is an earlier name; of "Later: A" or
    "Superseded by: A" a successor. An item that is not a whole checked name (a dash, a
    sentence) gives nothing: the line stays in the field's verbatim text. ``below``: the
    items of a label alone on its line, one a line (``_catalogue_items_below``); among them
    its own name under another legal form is an earlier name too."""
    text = clean(" ".join((line, "; ".join(item for item, _ in below))))
    mentions: list[Mention | None] = [mention for _, mention in below]
    if not below:
        for item in line[label.end() :].split(";"):
            item = item.strip()
            span = name_at(item, lax=True)
            found = span is not None and _CATALOGUE_ITEM_END.match(item, span.end) is not None
            mentions.append(_listed_organization(span, story.names) if span is not None and found else None)
    own = story.names.identity.name
    for rank, mention in enumerate(mentions):
        if mention is None:
            continue
        if story.names.is_self(mention.name) and not (
            below and label["earlier"] and _other_legal_form(mention.name, own)
        ):
            continue
        if label["earlier"]:
            story.previous.append(_Former(rank / 100 - 1, mention.name, text))
        else:
            story.facts.append(ChangeEvent("succeeded-by", text, resulting=mention))


# "1931–1950: Halden Soil Bureau", "- 1950-1962 — the Halden Soil Laboratory": a span of years
# and a name alone on its line.
_TIMELINE_LINE = re.compile(r"\s*(?:[-•*]\s*)?(?P<start>\d{4})\s*[–—-]\s*(?:\d{4}|present|today|now)(?:\s*[:—–-])?\s+")


def _timeline_name(line: str, names: Names) -> tuple[int, str] | None:
    """(first year, name) of a timeline line naming an organization other than its present name."""
    head = _TIMELINE_LINE.match(line)
    if head is None:
        return None
    rest = re.sub(r"^as\s+", "", line[head.end() :])
    span = name_at(rest, lax=True)
    if span is None or rest[span.end :].strip(" .") or not _has_org_word(span.name):
        return None  # "1939–1945: requisitioned by the army", "1939–1945: World War II"
    name = names.full(span.name)
    return None if names.is_self(name) else (int(head["start"]), name)


_STEM = 6  # "Institut" for Instituto, Institut, Institute; shorter words ("Board", "AG") whole


@cache
def _org_stems() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, starts of words) that make a name an organization's."""
    words = [k.keyword.split()[0] for k in lexicon.org_name_keywords()]
    words += [w for w in (*lexicon.unit_words(), *_context("part-head")) if " " not in w]
    whole = frozenset(w.lower().rstrip(".") for w in words if len(w) < _STEM)
    return whole, tuple(dict.fromkeys(w.lower()[:_STEM] for w in words if len(w) >= _STEM))


def has_org_word(name: str) -> bool:
    """Whether a word of ``name`` makes it an organization's ("Institute", "Ministry")."""
    return _has_org_word(name)


def lone_common_noun(name: str) -> bool:
    """ "The Institute", "the Board": one word that only says what kind of body it is,
    never a name of its own (a one-word name such as "Gosplan" has no such word)."""
    words = name.split()
    return len(words) == 1 and _has_org_word(words[0])


def _has_org_word(name: str) -> bool:
    whole, stems = _org_stems()
    words = [w.lower().rstrip(".,") for w in name.split() if w[:1].isupper()]
    return any(w in whole or (len(w) >= _STEM and w.startswith(stems)) for w in words)


def _read_segment(story: _Story, segment: Segment, carried: Sequence[ChangeEvent] = ()) -> list[ChangeEvent]:
    """Reads one segment; returns the successors it names that count only if it is ended
    (``carried``: those of the clause before a semicolon), when it does not end it."""
    sentence = segment.text
    base = story.position
    story.segment_index += 1
    verbs = _verbs_in(_without_merged_along(sentence))
    verb_starts = [m.start() for m in verbs]
    story.segment_base, story.segment_verbs = base, tuple(verb_starts)
    dates = event_date_spans(sentence) if verbs else []  # once per sentence; a year in an act's title dates no event
    clause_text = clean(sentence)  # once per sentence, not per verb
    facts_before, passed_before, renames_before = len(story.facts), len(story.if_ended), len(story.renames)
    ended_by: list[ChangeEvent] = list(carried)
    for match in verbs:
        story.position += 1
        verb = _verb(match["verb"])
        if _negated(sentence, match.start()):
            continue
        who, other_subject = subject_of(sentence, match.start(), story.names)
        if verb.kind == "dissolved" and who == Subject.OTHER and _own_later_name(story, other_subject, sentence):
            # "1997: renamed Wang Global. 1999: … Wang Global ceases …": the name it took ends
            who, other_subject = Subject.SELF, None
        if (
            verb.kind == "merged-into"
            and who != Subject.SELF
            and (
                _self_among_merged(sentence[: match.start()], story.names)
                or _they_pair_with_self(sentence[: match.start()], story.names)
            )
        ):
            who, other_subject = Subject.SELF, None
        elif who != Subject.SELF and verb.phrase in _NOMINAL_VERBS and _OWN_BEFORE.search(sentence, 0, match.start()):
            # "the Budget announced its merger with SEBI": "its" before the noun is its party
            who, other_subject = Subject.SELF, None
        date = _event_date(sentence, match, segment.date, dates)
        clause = _Clause(sentence, match, verb, who, other_subject, sentence[match.end() :], date, clause_text)
        _read_clause(story, clause, ended_by)
    _read_history_closed(story, segment, ended_by)
    _read_holdings_passed(story, segment)
    ended = any(isinstance(f, Dissolution) for f in story.facts[facts_before:])
    if not ended and (lived_to := _existence_span_end(sentence, story.names)) is not None:
        story.facts.append(Dissolution(lived_to, clause_text))
    ended = any(isinstance(f, Dissolution) for f in story.facts[facts_before:])
    if ended:
        story.facts.extend(ended_by)
        _date_the_ending(story.facts, facts_before, [*ended_by, *story.if_ended[passed_before:]])
        _renamed_then_ended(story, renames_before, story.facts[facts_before:])
    _read_name_edits(story, sentence, base, verb_starts)
    _read_merged_to_form(story, segment)
    _read_joined_when(story, segment)
    _read_merged_with(story, segment)
    _read_merger_arrow(story, segment)
    _read_merged_by_agent(story, segment)
    _read_named_predecessor(story, sentence)
    _read_forerunner_of(story, sentence)
    _read_regarded_successor(story, sentence)
    formers = (
        *_name_chain(sentence, story.names),
        *_renamed_then_own(sentence, story.names),
        *_known_as_until(sentence, story.names),
        *_name_kept_until(sentence, story.names),
        *_then_called(sentence, story.names),
        *_which_then_renamed(sentence, story.names),
        *_founded_as(sentence, story.names),
        *_earlier_names(sentence, story.names),
        *_first_names(sentence, _text_before(story.text, sentence), story.names),
    )
    for rank, (start, former) in enumerate(formers):
        # ordered among the sentence's verbs: just after the verbs that start before it
        order = base + sum(1 for v in verb_starts if v < start) + 0.5 + rank / 100
        story.previous.append(_Former(order, former, clause_text))
    for start, name, date in _renamed_in_transfer(sentence, story.names):
        order = base + sum(1 for v in verb_starts if v < start) + 0.5
        story.renames.append(_Rename(order, False, name, None, date, clause_text))
    _read_turned_into(story, sentence, base, verb_starts)
    founded = _founded_subject(sentence, story.names) or _present_founded_subject(segment, story.names)
    if founded:
        story.previous.append(_Former(base + 0.5, founded, clause_text, chained=True))
    elif memo_founded := _founded_subject(sentence, story.names, memo=True):
        story.memo_founded.append(_Former(base + 0.5, memo_founded, clause_text, chained=True))
    for restored in _NAME_RESTORED.finditer(sentence):
        if not _negated(sentence, restored.start()):
            order = base + sum(1 for v in verb_starts if v < restored.start()) + 0.75
            date = _event_date(sentence, restored, segment.date, date_spans(sentence))
            story.renames.append(_Rename(order, True, None, None, date, clause_text))
    return [] if ended else ended_by


# ", bringing its independent history to a close", ", which brought its 38-year history to a
# proud end": the clause before ended the organization (history-context.csv, closed-noun)
_HISTORY_CLOSED = re.compile(
    r",\s(?:bringing|which\sbrought|and\sbrought)\s(?:its|our)\s(?:[\w-]{1,20}\s){0,3}?"
    rf"(?:{lexicon.alternation(_context('closed-noun'))})\sto\s(?:a|an)\s(?:[a-z]{{1,15}}\s)?(?:close|end)(?![\w-])"
)
# ", ending its existence as a public corporation", ", which ended its 40-year history": the
# clause before ended the organization (history-context.csv, closed-noun)
_EXISTENCE_ENDED = re.compile(
    r",\s(?:ending|thereby\sending|which\sended|and\sended)\s(?:its|our)\s(?:[\w-]{1,20}\s){0,3}?"
    rf"(?:{lexicon.alternation(_context('closed-noun'))})(?![\w-])"
)
# (an "and" between two verbs, "was divided and privatised", stays inside the clause)
_CLOSED_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but)\s+")
# "AkzoNobel completed its acquisition of ", "X acquired ": a buyer right before the organization
_ACQUIRED = re.compile(
    rf"\s(?:(?:completed|finalised|finalized)\s(?:its|the)\s(?:{lexicon.alternation(_context('acquisition-noun'))})"
    rf"\sof|{lexicon.alternation(_context('acquiring-verb'))})\s(?:the\s)?$"
)


def _read_history_closed(story: _Story, segment: Segment, ended_by: list[ChangeEvent]) -> None:
    """ "on 1 April 1987 JNR was divided and privatised, bringing its 38-year history to a
    close": the organization, named last before the phrase in its clause (its subject or
    its object: "AkzoNobel completed its acquisition of ICI, bringing …"), ended then, at the
    clause's date. A buyer right before its name ("X completed its acquisition of ICI",
    "X acquired ICI") took its place: a successor."""
    sentence, names = segment.text, story.names
    closed = _HISTORY_CLOSED.search(sentence) or _EXISTENCE_ENDED.search(sentence)
    if closed is None or _negated(sentence, closed.start()):
        return
    clause = sentence[_last_end_before(_CLOSED_CLAUSE_START, sentence, closed.start()) : closed.start()]
    own = _trailing_name(clause)
    lead = _ADVERBIAL.sub("", clause.strip(), count=1)
    subject = _leading_name(lead)
    # "the Corporation's undertaking passed to X, ending its existence": its parts as the subject
    verb = next(iter(_verbs_in(clause)), None)
    parts = verb is not None and _own_parts(clause, verb.start(), names)
    if not ((own and names.is_self(own)) or (subject and names.is_self(subject)) or parts):
        return  # "Acme bought the plant, bringing its history to a close": whose history is unsure
    spans = date_spans(clause)
    date = spans[-1][2] if spans else segment.date
    text = clean(sentence)
    story.facts.append(Dissolution(date, text))
    if own and names.is_self(own):
        bought = _ACQUIRED.search(clause, 0, len(clause.rstrip()) - len(own))
        buyer = _trailing_name(clause[: bought.start()]) if bought else None
        mention = org_mention(buyer) if buyer else None
        if mention is not None and not names.is_self(mention.name):
            ended_by.append(ChangeEvent("became-part-of", text, resulting=mention, date=date))


# a noun phrase read as a verb ("merger with"), and "its" right before it: the organization's own
_NOMINAL_VERBS = frozenset(_context("nominal-verb"))
_OWN_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]ts|[Oo]ur)\s$")


# "merged, together with LIPI, BATAN and LAPAN, into BRIN": the bodies merged along with it
# stand between the verb and its preposition; blanked (same length) to find the verb. The
# aside's end (", into") is found in code: one pattern over the list is not provably linear.
_MERGED_ALONG = re.compile(
    r"\b(?:merged|absorbed|integrated|incorporated|amalgamated)(?=,\s(?:together|along)\swith\s)", re.I
)
_ALONG_REACH = 300  # characters: the aside up to ", into"


def _without_merged_along(sentence: str) -> str:
    for verb in _MERGED_ALONG.finditer(sentence):
        end = sentence.find(", into ", verb.end(), verb.end() + _ALONG_REACH)
        if end >= 0 and not any(mark in sentence[verb.end() : end] for mark in ";()"):
            sentence = sentence[: verb.end()] + " " * (end + 1 - verb.end()) + sentence[end + 1 :]
    return sentence


# "It existed from 25 May 1949 to 6 January 2001": the span of its life, nothing but a stop,
# a comma or the sentence's end after the second date (not "… to 2001 as the X Board")
_EXISTED_FROM = re.compile(rf"\b(?:{lexicon.alternation(_context('existence-verb'))})\sfrom\s")
_SPAN_TO = re.compile(r"\s(?:to|until|till)\s")
_SPAN_END = re.compile(r"\s?(?:[,.;]|$)")


def _existence_span_end(sentence: str, names: Names) -> DateValue | None:
    """The second date of "<it> existed from A to B" (A and B whole dates), its own subject."""
    for verb in _EXISTED_FROM.finditer(sentence):
        if subject_of(sentence, verb.start(), names)[0] != Subject.SELF:
            continue
        spans = [s for s in date_spans(sentence) if s[0] >= verb.end()]
        if len(spans) < 2 or spans[0][0] != verb.end():
            continue
        between = sentence[spans[0][1] : spans[1][0]]
        if _SPAN_TO.fullmatch(between) and _SPAN_END.match(sentence, spans[1][1]):
            return spans[1][2]
    return None


def _renamed_then_ended(story: _Story, renames_before: int, facts: Sequence[Fact]) -> None:
    """ "X was reorganized into Y, and X ceased to exist": a new name the same sentence ends
    the organization under, at the same date, is another body that took its place, not a
    later name of it ("renamed Y in 1988; in 1991 it was merged into Z": Y stays a name)."""
    endings = [f.date for f in facts if isinstance(f, Dissolution)]
    kept = story.renames[:renames_before]
    for rename in story.renames[renames_before:]:
        other = org_mention(rename.new_name) if rename.new_name and not rename.founded_as else None
        same_time = any(date is None or date == rename.date for date in endings)
        if other is None or rename.into_self or story.names.is_self(other.name) or not same_time:
            kept.append(rename)
            continue
        story.facts.append(ChangeEvent("succeeded-by", rename.text, resulting=other, date=rename.date))
    story.renames[:] = kept


# "the Museum passed in 1947 to the Ministry of Education as the National Museum": handed to
# another body under a name it took then (a name, like a rename's, before its present one)
_TRANSFERRED_AS = re.compile(r"\b(?:passed|was\stransferred|was\shanded\sover)\s(?:in\s\d{4}\s)?to\s")
_AS_THE = re.compile(r"(?:\s\([^()]{1,80}\))?\sas\s(?:the\s)?(?=[A-ZÀ-Þ])")


def _renamed_in_transfer(sentence: str, names: Names) -> list[tuple[int, str, DateValue | None]]:
    found = []
    for match in _TRANSFERRED_AS.finditer(sentence):
        if _negated(sentence, match.start()):
            continue
        # "After the war the Museum passed": a short adverbial, then a noun of its own name
        opening = _PARTICIPLE_SUBJECT.match(sentence, sentence.rfind(";", 0, match.start()) + 1)
        own_opening = (
            opening is not None
            and opening.end() == match.start()
            and (opening["head"] is None or opening["head"].lower() in names.own_words())
        )
        if not own_opening and subject_of(sentence, match.start(), names)[0] != Subject.SELF:
            continue
        receiver = name_at(sentence[match.end() :])
        as_the = _AS_THE.match(sentence, match.end() + receiver.end) if receiver else None
        span = name_at(sentence[as_the.end() :]) if as_the else None
        if as_the is None or span is None or not _names_a_body(span.name, names) or names.is_self(span.name):
            continue
        dates = date_spans(sentence[match.start() : match.end()])
        found.append((match.start(), names.full(span.name), dates[0][2] if dates else None))
    return found


# "A and B were merged into C": the plural passive auxiliary ending the subject
_PLURAL_AUXILIARY = re.compile(r"\s(?:were|have\s+been|had\s+been)\s*$")
_PAIR_AND = re.compile(r"\s(?:and|&)\s")


def _self_among_merged(before: str, names: Names) -> bool:
    """ "Indian Airlines Limited and Air India Limited were merged into NACIL": when one of
    the two merged names is the organization, it merged into the third (the other name
    must be a name too: "X and its staff were merged" is not sure)."""
    auxiliary = _PLURAL_AUXILIARY.search(before[-_MERGED_PAIR_REACH:])
    if auxiliary is None:
        return False
    subject = re.split(r"[,;:]\s", before[-_MERGED_PAIR_REACH:][: auxiliary.start()])[-1]
    raw = [piece.strip() for piece in _PAIR_AND.split(subject)]
    pieces = [re.sub(r"^[Tt]he\s+", "", piece) for piece in raw]
    if len(pieces) != 2:
        return False
    # "the University and the University of Singapore were merged": "the University" is its own head word
    own = [names.is_self(one) or _is_own_head(written.split(), names) for one, written in zip(pieces, raw, strict=True)]
    return any(
        own[i] and (span := name_at(other)) is not None and span.name == other and not names.is_self(other)
        for i, other in ((0, pieces[1]), (1, pieces[0]))
    )


_MERGED_PAIR_REACH = 260  # characters before the verb: two names, their auxiliary

# "…, and on 1 May 1990 they were merged into C": "they" right before the plural auxiliary
_THEY_AUXILIARY = re.compile(r"(?<![\w-])[Tt]hey\s(?:were|have\sbeen|had\sbeen)\s$")
# a plural verb in the clause before: "they" might be its subject
_PLURAL_VERB = re.compile(r"(?<![\w-])(?:were|are|have|had)(?![\w-])")


def _they_pair_with_self(before: str, names: Names) -> bool:
    """ "In 1980 a board was put in charge of A and B, and in 1985 they were merged into C":
    "they" is the pair only when it can be nothing else: the clause before ", and" ends with
    the only "and" in it, joining two names, one of them the organization, the other not, and
    has no plural verb (its subject is then singular)."""
    they = _THEY_AUXILIARY.search(before[-_MERGED_PAIR_REACH:])
    if they is None:
        return False
    head = before[-_MERGED_PAIR_REACH:][: they.start()]
    joint = head.rfind(", and ")
    if joint < 0 or _skip_adverbial(head[joint + len(", and ") :]).strip():
        return False
    clause = re.split(r"[;:.]\s", head[:joint])[-1]
    pieces = _PAIR_AND.split(clause)
    if len(pieces) != 2 or "," in pieces[1] or _PLURAL_VERB.search(clause):
        return False
    first, second = _trailing_name(pieces[0]), pieces[1].strip()
    span = name_at(second)
    if first is None or span is None or span.name != re.sub(r"^[Tt]he\s", "", second):
        return False
    own = [names.is_self(first), names.is_self(span.name)]
    return own.count(True) == 1 and org_mention(first if own[1] else span.name) is not None


# "The bureau's predecessor, the Indian Standards Institution, was set up …", "Its forerunner,
# the X, …": a predecessor named in an appositive (its owner must be the organization); "Its
# successor, the X, took over …" names a successor the same way
def _named_relative(role: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<owner>(?:^|(?<=\s))(?:[Ii]ts|(?i:{lexicon.alternation(lexicon.first_person_words('possessive'))})"
        rf"|(?:[Tt]he\s+)?[\w-]{{2,30}}['’]s))\s+(?:(?:immediate|direct|original)\s+)?"
        rf"(?:{lexicon.alternation(_context(role))}),\s+(?:the\s+)?"
    )


_NAMED_PREDECESSOR = _named_relative("predecessor-noun")
_NAMED_SUCCESSOR = _named_relative("successor-noun")


def _read_named_predecessor(story: _Story, sentence: str) -> None:
    for pattern, kind in ((_NAMED_PREDECESSOR, "predecessor"), (_NAMED_SUCCESSOR, "succeeded-by")):
        for match in pattern.finditer(sentence):
            owner = match["owner"]
            # "our" is always the writer, the organization itself ("In 1968 our forerunner, …");
            # "Its" opens the sentence (mid-sentence it may be another's); else the owner is it
            if owner.lower() in lexicon.first_person_words("possessive"):
                own = True
            else:
                own = match.start() == 0 if owner.lower() == "its" else _classify(owner, story.names)[0] == Subject.SELF
            if not own:
                continue
            rest = sentence[match.end() :]
            other = organization_at(rest, story.names)
            # the appositive closes right after a checked name (and its "(ACR)"), or nothing is read
            closings = [f"{other.name},"] if other else []
            if other and other.acronym:
                closings.append(f"{other.name} ({other.acronym}),")
            if other is None or story.names.is_self(other.name) or not rest.startswith(tuple(closings)):
                continue
            if kind == "predecessor":
                story.facts.append(ChangeEvent(kind, clean(sentence), original=other))
            else:
                story.facts.append(ChangeEvent(kind, clean(sentence), resulting=other))


# "The Board of X (BSIR), constituted on …, was the forerunner of CSIR": the subject is a
# predecessor when the object is the organization
_FORERUNNER_OF = re.compile(
    rf"\s(?:was|is)\s+(?:the|an?)\s+(?:(?:immediate|direct|original)\s+)?"
    rf"(?:{lexicon.alternation(_context('predecessor-noun'))})\s+of\s+"
)


def _read_forerunner_of(story: _Story, sentence: str) -> None:
    for match in _FORERUNNER_OF.finditer(sentence):
        rest = sentence[match.end() :]
        own = name_at(rest)
        head = re.match(r"the\s+([A-Z][a-z]+)\b", rest)
        if not (own and story.names.is_self(own.name)) and not (head and _is_own_head(["the", head[1]], story.names)):
            continue
        # the subject: the sentence's first words up to a comma (an appositive may follow:
        # "(BSIR), constituted on …,"), a whole name, never a piece of one
        subject = re.sub(r"\([^()]{0,40}\)", "", sentence[: match.start()].split(";")[-1].split(",")[0])
        subject = " ".join(subject.split())
        subject = re.sub(r"^[Tt]he\s+", "", subject)
        span = name_at(subject)
        mention = org_mention(subject) if span and span.name == subject else None
        if mention is None or story.names.is_self(mention.name) or _negated(sentence, match.start() + 1):
            continue
        story.facts.append(ChangeEvent("predecessor", clean(sentence), original=mention))


# "X, which may fairly be reckoned the Institution's successor", "X … is generally regarded as
# the successor of the PTR": a body another writer judges its successor (the object must be it)
_REGARDED = re.compile(
    r"\b(?:is|was|be|been)\s(?:(?:generally|widely|usually|commonly|fairly|rightly|often)\s)?"
    r"(?:regarded|reckoned|considered|seen|counted|treated)\s(?:as\s)?"
)
_SUCCESSOR_OF = re.compile(r"(?:the|its)\s(?:(?:direct|legitimate|true)\s)?(?:successor|heir)\s(?:of|to)\s")
_OWNER_SUCCESSOR = re.compile(r"(?P<owner>(?:the\s)?[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,5})['’]s?\ssuccessor\b")
_WHICH = re.compile(r",\s(?:which|that)\s")
_TOOK_NAME = re.compile(r"\b(?:took|assumed|adopted|received)\sthe\sname\s")


def _read_regarded_successor(story: _Story, sentence: str) -> None:
    names = story.names
    for match in _REGARDED.finditer(sentence):
        rest = sentence[match.end() :]
        of = _SUCCESSOR_OF.match(rest)
        owner = _OWNER_SUCCESSOR.match(rest) if of is None else None
        if of is not None:
            own = name_at(rest[of.end() :])
            head = re.match(r"the\s([A-Z][a-z]+)\b", rest[of.end() :])
            ours = (own is not None and names.is_self(own.name)) or (
                head is not None and _is_own_head(["the", head[1]], names)
            )
        elif owner is not None:
            ours = names.is_self(re.sub(r"^the\s", "", owner["owner"])) or _is_own_head(owner["owner"].split(), names)
        else:
            continue
        if not ours or _negated(sentence, match.start()):
            continue
        before = sentence[: match.start()]
        start = max(before.rfind(";"), 0)
        relative = next(reversed(list(_WHICH.finditer(before, start))), None)  # the last "which" before it
        if relative is None:
            continue  # (only the antecedent of "which" is read: a main-clause subject may be a pronoun)
        clause = before[relative.end() :]
        renamed = _TOOK_NAME.search(clause)
        named = name_at(clause[renamed.end() :]) if renamed else None
        antecedent = _BRACKET_NOTE.sub("", before[: relative.start()])
        name = named.name if named else _trailing_name(antecedent)
        mention = org_mention(name) if name else None
        if mention is None or names.is_self(mention.name) or not _org_named(mention.name):
            continue
        story.facts.append(ChangeEvent("succeeded-by", clean(sentence), resulting=mention))


def _date_the_ending(facts: list[Fact], start: int, passed: list[ChangeEvent]) -> None:
    """ "The Act of 1974 abolished it: on 19 January 1975 its functions passed to X": an
    undated ending of the sentence takes the date its functions passed on (the act's year
    dates no event). Only one such date: two different ones leave it undated."""
    dates = {e.date for e in passed if e.date}
    if len(dates) != 1:
        return
    for index in range(start, len(facts)):
        fact = facts[index]
        if isinstance(fact, Dissolution) and fact.date is None:
            facts[index] = replace(fact, date=dates.pop())
            return


# "A and B merged to form <it>", "A, B and C were combined in 2001 into <it>"
_MERGED_TO_FORM = re.compile(
    r"\b(?:merged|combined|amalgamated|united|fused|consolidated)\s+(?:together\s+)?"
    r"(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:to\s+(?:form|create|become)|into|as)\s+",
    re.I,
)


_SUBORDINATE = re.compile(r"(?<![\w-])(?:when|where|after|once)\s+")


def _last_match(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    found = None
    for match in pattern.finditer(text, start):
        found = match
    return found


def _read_merged_to_form(story: _Story, segment: Segment) -> None:
    """ "In 2001 the Tarn Board and the Bog Office merged to form HISR": the organizations
    before the verb (two or more, every one a name) are its predecessors."""
    sentence = segment.text
    for match in _MERGED_TO_FORM.finditer(sentence):
        span = name_at(_skip_now_known(sentence[match.end() :]), lax=True)
        if _negated(sentence, match.start()) or span is None:
            continue
        _merged_to_form_read(story, segment, match, span)
    for match in _MERGED_THEN_NAMED.finditer(sentence):
        # "A, B and C merged, and the combined company, today D, continued …": D is what they made
        made = _merged_body_named(sentence[match.end() :], story.names)
        if made is not None and not _negated(sentence, match.start()):
            _merged_to_form_read(story, segment, match, NameSpan(made.name, made.acronym, 0))


# "A, B and C merged, and the combined company …": a plural merger whose result the next
# clause names (_merged_body_named)
_MERGED_THEN_NAMED = re.compile(rf"\b(?:{lexicon.alternation(_context('plural-merger-verb'))})(?=,?\sand\sthe\s)", re.I)
# "to form the company now known as KDDI": the body the merger made, named by its name of today
_NOW_KNOWN = re.compile(
    r"(?:the|a)\s(?:new\s)?[a-z]{3,20}\s(?:now|today|later)\s(?:known\sas|called|named)\s(?=(?:the\s)?[A-ZÀ-Þ])"
)


def _skip_now_known(text: str) -> str:
    """``text`` after "the company now known as" opening it: the name that follows is the
    made body's."""
    known = _NOW_KNOWN.match(text)
    return text[known.end() :] if known else text


def _merged_to_form_read(story: _Story, segment: Segment, match: re.Match[str], span: NameSpan) -> None:
    """The bodies before a merger verb (``match``) made ``span``: its predecessors when that
    is the organization, else (the organization among them) its successor."""
    sentence, names = segment.text, story.names
    before = sentence[: match.start()]
    cut = max(before.rfind(";"), before.rfind(":")) + 1
    # "est. 1979 when A + B were merged → C": the merged follow the conjunction
    opening = _last_match(_SUBORDINATE, before, cut)
    cut = opening.end() if opening else cut
    subject = _dashed_list(_strip_auxiliaries(_skip_adverbial(before[cut:])))
    # "In 1962 A and B merged …": the date that opens the clause dates the merger
    leading_phrase = _ADVERBIAL.match(before[cut:].lstrip(" ,"))
    leading = date_spans(leading_phrase.group()) if leading_phrase else []
    if not names.is_self(names.full(span.name)):
        _read_merged_to_form_other(story, segment, match, subject, span, leading[0][2] if leading else None)
        return
    others = [m for m in organizations_in_list(subject, names) if not names.is_self(m.name)]
    if len(others) < 2:
        return
    date = leading[0][2] if leading else _event_date(sentence, match, segment.date, date_spans(sentence))
    story.facts.extend(ChangeEvent("predecessor", clean(sentence), original=m, date=date) for m in others)


# "…, when A and B were joined together.": a plural passive merger ending its sentence (the
# lookahead keeps the search linear: no run of spaces before the end is tried)
_JOINED_AT_END = re.compile(
    rf"\s(?:were|had\sbeen)\s(?:{lexicon.alternation(_context('joined-participle'))})(?:\stogether)?(?=[.;]|$)"
)


def _read_joined_when(story: _Story, segment: Segment) -> None:
    """ "The college began on 3 May 1901, when the Arden School and the Vale Institute were
    joined together": the merged (two or more names, none it) are its predecessors, only when
    the main clause before ", when" tells its own founding (a founding verb, it the subject)."""
    sentence, names = segment.text, story.names
    for match in _JOINED_AT_END.finditer(sentence):
        before = sentence[: match.start()]
        when = _last_match(_SUBORDINATE, before, 0)
        if when is None or not when.group().startswith("when") or _negated(sentence, match.start()):
            continue
        main = before[: when.start()].rstrip()
        if not main.endswith(",") or ";" in main:
            continue
        merged = organizations_in_list(before[when.end() :], names)
        if len(merged) < 2 or any(names.is_self(m.name) for m in merged) or not _tells_own_founding(main, names):
            continue
        date = _event_date(sentence, match, segment.date, date_spans(main))
        story.facts.extend(ChangeEvent("predecessor", clean(sentence), original=m, date=date) for m in merged)


_FOUNDING_PHRASE = re.compile(
    rf"(?<![\w-])(?:{lexicon.alternation(v.phrase for v in lexicon.founding_verbs())})(?![\w-])"
)


def _tells_own_founding(main: str, names: Names) -> bool:
    """The clause's first founding verb has the organization as its subject."""
    verb = _FOUNDING_PHRASE.search(main)
    return verb is not None and subject_of(main, verb.start(), names)[0] == Subject.SELF


def _read_merged_to_form_other(
    story: _Story,
    segment: Segment,
    match: re.Match[str],
    subject: str,
    made: NameSpan,
    leading: DateValue | None = None,
) -> None:
    """ "2005 — DPA and Dubai Ports International merged to form DP World": the organization
    among the merged (every piece of the subject a name) merged into the new one, its successor."""
    names, sentence = story.names, segment.text
    listed = organizations_in_list(subject, names)
    pieces = _list_pieces(subject)
    if not listed and (counted := _counted_antecedents(subject, _text_before(story.text, sentence), names)):
        listed, pieces = counted, [m.name for m in counted]  # "The two firms merged to form C"
    elif not listed and _COUNTED_SUBJECT.fullmatch(subject) and (result := org_mention(made.name)) is not None:
        # the bodies counted are not sure, but C is what they made: the name in use from then
        # on when a later rename takes it (an earlier founded body's name no longer is)
        story.previous.append(_Former(story.position + 0.5, result.name, clean(sentence), chained=True))
        return
    own = [m for m in listed if names.is_self(m.name)]
    if len(listed) < 2 or len(listed) != len(pieces):
        return
    result = org_mention(made.name)
    if result is None or any(same_name(result.name, m.name) for m in listed):
        return
    if not own:
        _merged_into_earlier_name(story, segment, match, listed, result)
        return
    # ("On 1 October 2000, A, B and C merged …": the date that opens the clause dates it)
    date = _event_date(sentence, match, segment.date, date_spans(sentence)) or leading
    story.facts.append(ChangeEvent("merged-into", clean(sentence), resulting=result, date=date))
    story.facts.append(Dissolution(date, clean(sentence)))


# "The two firms, long rivals,": a count in words, up to two modifiers and a plural noun of
# kind (history-context.csv, counted-body-noun), an aside between commas at most
_COUNTED_SUBJECT = re.compile(
    rf"\s*(?:[Tt]he|[Tt]hese|[Tt]hose)\s(?P<count>(?i:{lexicon.alternation(lexicon.number_words())}))\s"
    rf"(?:[a-z][\w-]{{1,20}}\s){{0,2}}?(?:{lexicon.alternation(_context('counted-body-noun'))})"
    r"(?:,\s[a-z][^,;:()]{0,60},)?\s*"
)
# "by his firm X", "the company X": a lowercase noun of kind right before a capitalised name
_KIND_NOUN_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(?:his|her|their|its|the|a)\s(?:own\s|new\s)?"
    rf"(?:{lexicon.alternation(_context('counted-body-noun-singular'))})\s(?=[A-ZÀ-Þ])"
)


def _counted_antecedents(subject: str, before: str, names: Names) -> list[Mention]:
    """The organizations "The two firms" (``subject``) stands for: those the sentence before
    (the last of ``before``) introduces, as the subject of its founding verb ("The X was
    founded …") or named right after a noun of kind ("sold by his firm Y"), when they are
    exactly as many as the count says and none is the organization; else none."""
    counted = _COUNTED_SUBJECT.fullmatch(subject)
    if counted is None or not before.strip():
        return []
    previous = segments(before)[-1].text
    found: list[Mention] = []
    if (founded := _founded_subject(previous, names)) and (mention := org_mention(founded)):
        found.append(mention)
    for noun in _KIND_NOUN_BEFORE_NAME.finditer(previous):
        span, mention = name_at(previous[noun.end() :]), organization_at(previous[noun.end() :], names)
        if span is not None and mention is not None and not any(same_name(m.name, mention.name) for m in found):
            found.append(mention)
    if len(found) != lexicon.number_words().get(counted["count"].casefold()):
        return []
    return [] if any(names.is_self(m.name) for m in found) else found


def _merged_into_earlier_name(
    story: _Story, segment: Segment, match: re.Match[str], merged: list[Mention], made: Mention
) -> None:
    """ "1988 — A, B and C are amalgamated as the X" (none of them it, X not its name): X may be
    the name it began under, or a third body's. X is an earlier name only if a later rename
    takes it (chained), and the merged are its predecessors only then (pending on X)."""
    story.previous.append(_Former(story.position + 0.5, made.name, clean(segment.text), chained=True))
    date = _event_date(segment.text, match, segment.date, date_spans(segment.text))
    text = clean(segment.text)
    story.pending.extend((made.name, ChangeEvent("predecessor", text, original=m, date=date)) for m in merged)


_DASHES = "—–"


def _dashed_list(subject: str) -> str:
    """ "Three institutes of the ministry — A, B and C —": the names the dashes enclose (the
    words before them only count the names); else ``subject``."""
    text = subject.rstrip()
    if not text or text[-1] not in _DASHES:
        return subject
    opening = max(text.rfind(dash, 0, len(text) - 1) for dash in _DASHES)
    return text[opening + 1 : -1] if opening >= 0 else subject


# "it was amalgamated with X to form Y", "X merged with the Bog Office in 1994, creating Y"
_MERGED_WITH = re.compile(r"\b(?:merged|amalgamated|combined|united|fused|consolidated)\s+with\s+", re.I)
_TO_FORM = re.compile(r"(?<![\s,])(?:,\s+|\s+)(?:to\s+(?:form|create|become)|into|forming|creating)\s+")
_TO_FORM_GAP = 60  # between the partner's name and "to form": a bracket, a date


def _read_merged_with(story: _Story, segment: Segment) -> None:
    """ "On 1 August 2024 it was amalgamated with the Bog Council to form the Tarn Agency":
    the organization (the subject) and a partner made a new one, its successor; it ended
    then. When the new organization is this one, the subject (a name, or an earlier "it")
    and the partner are its predecessors ("the Tarn Trust merged with the Bog Office to form
    <it>"). Another's merger into a third organization gives nothing."""
    sentence, names = segment.text, story.names
    for match in _MERGED_WITH.finditer(sentence):
        who, other = subject_of(sentence, match.start(), names)
        first = org_mention(other) if who == Subject.OTHER and other else None
        if _negated(sentence, match.start()) or (who != Subject.SELF and first is None):
            continue
        # "merged with its rival, the X": the partner named after a possessive noun of role
        role = _OWN_ROLE_APPOSITIVE.match(sentence, match.end())
        opening = role.end() if role is not None else match.end()
        partner_span = name_at(sentence[opening:])
        partner = organization_at(sentence[opening:], names)
        if partner_span is None or partner is None or names.is_self(partner.name):
            continue
        rest = opening + partner_span.end
        gap = sentence[rest : rest + _TO_FORM_GAP]
        form = next((m for m in _TO_FORM.finditer(gap) if not re.search(r"[;.]", gap[: m.start()])), None)
        if form is not None:
            made = organization_at(_skip_now_known(gap[form.end() :] + sentence[rest + _TO_FORM_GAP :]), names)
        else:  # ", and the combined body took the name X": the same merger told in two clauses
            made = _merged_body_named(sentence[rest:], names)
        if (
            made is None
            and who == Subject.SELF
            and (_took_own_name(sentence[rest:], names) or _renamed_after_merger(sentence[rest:], partner, names))
        ):
            # "In 1992 it merged with B, which it had taken over in 1991, and took the name
            # <its present name>": it went on, with B as its predecessor
            date = _event_date(sentence, match, segment.date, event_date_spans(sentence))
            story.facts.append(ChangeEvent("predecessor", clean(sentence), original=partner, date=date))
            continue
        if made is None and first is not None and _founded_when(sentence[: match.start()], names):
            made = Mention(names.identity.name, "organization")  # "it was formed when A merged with B"
        if made is None:
            if who == Subject.SELF and _PLAIN_MERGER_END.fullmatch(sentence, rest):
                # "In 1998 KDD merged with Teleway Japan.": read at the end (_merged_plain_read)
                date = _event_date(sentence, match, segment.date, event_date_spans(sentence))
                date = date or _same_year_before(story.text, sentence, match.start())
                if date is not None:
                    story.merged_plain.append((partner, date, clean(sentence)))
            continue
        date = _event_date(sentence, match, segment.date, event_date_spans(sentence))
        text = clean(sentence)
        if names.is_self(made.name):
            # "the Tarn Trust merged with the Bog Office to form <it>": both are predecessors
            merged = [m for m in (first, partner) if m]
            story.facts.extend(ChangeEvent("predecessor", text, original=m, date=date) for m in merged)
        elif first is None:
            # (read at the end: C may prove a name of its own, _merged_away_read)
            order = story.segment_base + sum(1 for v in story.segment_verbs if v < match.start()) + 0.5
            story.merged_away.append(_MergedAway(order, partner, made, date, text))


# "1895: merger with the B → C": a bullet that opens with a merger noun (lexicon/history-timeline-words.csv)
_MERGER_ARROW_LEAD = re.compile(
    rf"\s*(?:(?:[Aa]|[Tt]he|[Ii]ts)\s)?(?i:{lexicon.alternation(lexicon.history_timeline_words('merger-noun'))})\swith\s"
)
_MERGER_ARROW = re.compile(r"(?:\s\([^()]{1,80}\))?\s{1,3}→\s{1,3}(?:the\s)?")
_MERGER_ARROW_END = re.compile(r"\s?(?:\([^()]{1,80}\))?\s?(?:[.;,]|$)")


# "… and on 30 January 1923 amalgamated the Grand Trunk Railway into Canadian National
# Railways": an agent's merger verb with the organization as its object (history-context.csv,
# agent-merger-verb)
_AGENT_MERGER = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(_context('agent-merger-verb'))})\s(?=\S)")
_INTO = re.compile(r"\sinto\s(?:the\s)?(?=[A-ZÀ-Þ])")
_AGENT_OBJECT_REACH = 80  # the object's words before "into"


def _own_object(written: str, names: Names) -> bool:
    """Whether ``written`` (the whole object) is the organization: "it", "the <noun of its
    name>" or its name."""
    if written == "it":
        return True
    noun = re.fullmatch(r"the\s(?P<noun>[a-z]+)", written)
    if noun is not None:
        return noun["noun"] in names.own_words()
    span = name_at(written)
    return span is not None and span.end == len(written) and names.is_self(names.full(span.name))


def _read_merged_by_agent(story: _Story, segment: Segment) -> None:
    """ "In 1923 the government amalgamated the Grand Trunk Railway into Canadian National
    Railways": another (the subject) merged the organization (the whole object: its name,
    "it", "the company") into a named body, its successor; it ended then. The organization as
    the subject, a negation, or any other object ("its lines") gives nothing."""
    sentence, names = segment.text, story.names
    for match in _AGENT_MERGER.finditer(sentence):
        if _negated(sentence, match.start()) or subject_of(sentence, match.start(), names)[0] == Subject.SELF:
            continue
        into = _INTO.search(sentence, match.end(), match.end() + _AGENT_OBJECT_REACH)
        if into is None or not _own_object(sentence[match.end() : into.start()], names):
            continue
        if sentence[match.end() : into.start()] == "it" and re.search(r"\b(?:a|an)\s+[a-z]", sentence[: match.start()]):
            continue  # ("it" after "a new plant" may be the plant)
        made = organization_at(sentence[into.end() :], names)
        if made is None or names.is_self(made.name):
            continue
        date = _event_date(sentence, match, segment.date, event_date_spans(sentence))
        text = clean(sentence)
        story.facts.append(ChangeEvent("merged-into", text, resulting=made, date=date))
        story.facts.append(Dissolution(date, text))


def _read_merger_arrow(story: _Story, segment: Segment) -> None:
    """ "1895: merger with the Zürcher Bankverein → Basler und Zürcher Bankverein": a bullet
    (no subject: the organization) whose merger with B made C. C is its own next name only
    where a later rename reaches its present name (then B is a predecessor, C a name in use);
    C its present name makes B a predecessor; otherwise nothing."""
    sentence, names = segment.text, story.names
    lead = _MERGER_ARROW_LEAD.match(sentence)
    if lead is None or _negated(sentence, lead.end()):
        return
    rest = sentence[lead.end() :]
    partner_span, partner = name_at(rest), organization_at(rest, names)
    if partner_span is None or partner is None or names.is_self(partner.name):
        return
    arrow = _MERGER_ARROW.match(rest, partner_span.end)
    if arrow is None:
        return
    made_span, made = name_at(rest[arrow.end() :]), organization_at(rest[arrow.end() :], names)
    if made_span is None or made is None or not _MERGER_ARROW_END.match(rest, arrow.end() + made_span.end):
        return
    if same_name(made.name, partner.name):
        return
    date = _event_date(sentence, lead, segment.date, event_date_spans(sentence))
    text = clean(sentence)
    if _own_name_or_alternate(made.name, names):
        story.facts.append(ChangeEvent("predecessor", text, original=partner, date=date))
        return
    story.merged_away.append(_MergedAway(story.segment_base + 0.5, partner, made, date, text, chain_only=True))


def _merged_away_read(story: _Story) -> None:
    """ "In 1971 it merged with B to form C, and in 1990 that name was shortened to <its
    present name>": C is a name of its own, a chain of names of this organization (C a
    previous name, B a predecessor; no ending, no successor) when a later rename takes its
    present name. Otherwise it merged into C and ended: C is its successor."""
    for away in story.merged_away:
        later_own = any(r.into_self and r.position > away.position for r in story.renames)
        if later_own and away.chain_only:
            # (a rename step: the name in use before it, "founded as X", is a previous name too)
            story.facts.append(ChangeEvent("predecessor", away.text, original=away.partner, date=away.date))
            story.renames.append(_Rename(away.position, False, away.made.name, None, away.date, away.text))
            continue
        if away.chain_only:
            continue
        if later_own:
            story.facts.append(ChangeEvent("predecessor", away.text, original=away.partner, date=away.date))
            story.previous.append(_Former(away.position, away.made.name, away.text))
            continue
        story.facts.append(ChangeEvent("merged-into", away.text, resulting=away.made, date=away.date))
        # "– 31.12.2022: dissolved; merged … into Y, from 01.01.2023": a dated ending
        # keeps its date; the day Y begins is not a second one
        if not any(isinstance(f, Dissolution) and f.date and f.text == away.text for f in story.facts):
            story.facts.append(Dissolution(away.date, away.text))


# "… merged with Teleway Japan." or "… merged with B in 1964.": nothing after the partner but a
# date, or a next clause of its own ("…, and in 1888 it absorbed …")
_PLAIN_MERGER_END = re.compile(
    r"\s?(?:(?:in|on)\s(?:\d{1,2}\s)?(?:[A-Z][a-z]{2,8}\s)?\d{4})?"
    r"(?:[.;]?\s?|,\s(?:and|but)\s(?:(?:in|on)\s(?:\d{1,2}\s)?(?:[A-Z][a-z]{2,8}\s)?\d{4},?\s)?it\s.*)"
)
# "its rival, ", "its long-time partner, ": a possessive noun of role before the partner's name
_OWN_ROLE_APPOSITIVE = re.compile(
    rf"its\s(?:[a-z][\w-]{{1,20}}\s)?(?:{lexicon.alternation(_context('partner-role-noun'))}),\s"
)
# "In the same year KDD merged …": the year the sentence before ends with
_SAME_YEAR_OPENING = re.compile(
    rf"\s?(?:[Ii]n\s)?(?:{lexicon.spaced_alternation(_context('same-year-determiner'), lexicon.ONE_SPACE)})\syear,?\s"
)


def _same_year_before(text: str, sentence: str, verb: int) -> DateValue | None:
    """The year "in the same year" opening ``sentence`` points back to: that of the last date
    written before it in ``text`` (None when the sentence opens otherwise, or none is there)."""
    opening = _SAME_YEAR_OPENING.match(sentence)
    if opening is None or opening.end() > verb:
        return None
    spans = event_date_spans(_text_before(text, sentence))
    return DateValue(spans[-1][2].year) if spans else None


def _merged_plain_read(story: _Story) -> None:
    """ "In 1998 KDD merged with Teleway Japan." (the organization the subject, no new body
    named): the partner is its predecessor only when the text ends the organization in a
    later year; it went on after the merger (a merger in the year it ended, or none ended,
    gives nothing: the merger may have been that ending)."""
    endings = [f.date.year for f in story.facts if isinstance(f, Dissolution) and f.date is not None]
    made = {f.resulting.name for f in story.facts if isinstance(f, ChangeEvent) and f.resulting is not None}
    for partner, date, text in story.merged_plain:
        if endings and min(endings) > date.year and not any(same_name(partner.name, m) for m in made):
            story.facts.append(ChangeEvent("absorbed", text, original=partner, date=date))


# "…, which it had taken over in 1991, and took the name X": an optional relative clause on the
# partner, then the organization's own second verb naming it
_THEN_TOOK_NAME = re.compile(
    r"(?:,\s(?:which|whom)\s[^,;.()]{1,120})?,?\sand\s(?:then\s)?"
    rf"(?:{lexicon.alternation(_context('name-taking-verb'))})\s(?:on\s)?the\sname\s"
)


def _took_own_name(tail: str, names: Names) -> bool:
    """ "…, and took the name <its present name>" right after the partner's name (``tail``):
    the merger kept the organization, under the name it has today."""
    took = _THEN_TOOK_NAME.match(tail)
    if took is None:
        return False
    span = name_at(tail[took.end() :], lax=True)
    return span is not None and names.is_self(names.full(span.name))


# "…, the maker of Maggi products, and was renamed X": an optional description of the partner,
# then the organization's own second verb renaming it
_THEN_RENAMED = re.compile(
    r"(?:,\s(?:the|a|an)\s[a-z][^,;.()]{1,80})?,?\sand\s(?:then\s)?(?:was|were)\s(?:later\s)?renamed\s(?:as\s|to\s)?"
)


def _renamed_after_merger(tail: str, partner: Mention, names: Names) -> bool:
    """ "…, the maker of Maggi products, and was renamed Nestlé Alimentana S.A." right after
    the partner's name (``tail``): the organization went on after the merger under a new
    name (a whole checked name, not the partner's), so the partner is its predecessor."""
    renamed = _THEN_RENAMED.match(tail)
    if renamed is None:
        return False
    rest = tail[renamed.end() :]
    span, made = name_at(rest, lax=True), organization_at(rest, names)
    return (
        span is not None
        and made is not None
        and not same_name(made.name, partner.name)
        and (rest[span.end :].strip() == "" or rest[span.end :][:1] in ";.,")
    )


# "The agency was formed in 2001 when A merged with B": a founding verb in the passive, then "when"
_WAS_FOUNDED_VERB = re.compile(
    rf"\s(?:was|were)\s(?:{lexicon.alternation([v.phrase for v in lexicon.founding_verbs()])})(?![\w-])", re.I
)
_WHEN = re.compile(r"(?<![\w-])when\s")


def _founded_when(before: str, names: Names) -> bool:
    """ "The agency was formed in 2001 when A merged with …": the organization (the subject of
    the founding verb) was made by the merger told after "when" (a date only between the two)."""
    when = _last_match(_WHEN, before, 0)
    if when is None:
        return False
    head = before[: when.start()].rstrip(" ,")
    verb = _last_match(_WAS_FOUNDED_VERB, head, 0)
    between = head[verb.end() :].strip(" ,") if verb else ""
    if verb is None or (between and not _ADVERBIAL.fullmatch(between + " ")):
        return False
    return subject_of(head, verb.start() + 1, names)[0] == Subject.SELF


# ", and the combined body took the name X": what the merger made, named in the next clause
_MERGED_BODY = re.compile(
    rf",?\s(?:and\s)?the\s(?:{lexicon.alternation(_context('merged-body'))})\s[a-z]{{3,20}}\s(?:(?:then|later|soon)\s)?"
)
_MERGED_BODY_REACH = 200  # characters after the partner's name: its acronym and an appositive
_SENTENCE_STOP = re.compile(r"[;.](?:\s|$)")


# ", and the combined company, today KDDI Corporation, continued …": the body's name between commas
_MERGED_BODY_APPOSITIVE = re.compile(
    rf",?\s(?:and\s)?the\s(?:{lexicon.alternation(_context('merged-body'))})\s[a-z]{{3,20}},\s"
    r"(?:(?:today|now|later|then|thereafter)\s)?(?=(?:the\s)?[A-ZÀ-Þ])"
)


def _appositive_body_name(rest: str, names: Names) -> Mention | None:
    """The name that opens ``rest`` and a comma closes (", ThyssenKrupp AG, continued …"):
    the organization itself when it is its own name, else the checked name; None when the
    comma does not follow the name at once."""
    span = name_at(rest, lax=True)
    if span is None or not rest[span.end :].startswith(","):
        return None
    if names.is_self(names.full(span.name)):
        return Mention(names.identity.name, "organization")
    return organization_at(rest, names)


def _merged_body_named(tail: str, names: Names) -> Mention | None:
    """ "(A was merged with B), or BB, the national mapping agency, and the combined body took
    the name X": the name a naming verb gives the body the merger made (the organization itself
    when the verb takes its present name); None unless the naming verb follows that body at once."""
    window = tail[:_MERGED_BODY_REACH]
    appositive = _MERGED_BODY_APPOSITIVE.search(window)
    if appositive is not None and not _SENTENCE_STOP.search(window, 0, appositive.start()):
        return _appositive_body_name(tail[appositive.end() :], names)
    body = _MERGED_BODY.search(window)
    if body is None or _SENTENCE_STOP.search(window, 0, body.start()):
        return None
    rest = tail[body.end() :]
    verbs = _verbs_in(rest)
    if not verbs or verbs[0].start() != 0:
        return None
    direction = _verb(verbs[0]["verb"]).direction
    if direction in _PRESENT_NAME_DIRECTIONS:
        return Mention(names.identity.name, "organization")
    return organization_at(_skip_adverbial(rest[verbs[0].end() :]), names) if direction == "new-name" else None


# "…, and the merged company took the Telecom Italia name": the name written before "name"
_TOOK_NAMED = re.compile(
    r"(?:took|adopted|assumed|kept|retained)\s(?:on\s)?the\s"
    r"(?P<name>[A-ZÀ-Þ][\w&'’.-]{0,30}(?:\s[A-ZÀ-Þ][\w&'’.-]{0,30}){0,5})\sname(?![\w-])"
)


def _merged_under_other_name(tail: str, names: Names) -> bool:
    """ "X was merged into <it>, and the merged company took the X name" (or "took the name
    X"): the body the merger made goes on under another's name, so the merger made no
    predecessor of the organization (the profiled body is no longer what it made)."""
    made = _merged_body_named(tail, names)
    if made is None:
        window = tail[:_MERGED_BODY_REACH]
        body = _MERGED_BODY.search(window)
        if body is None or _SENTENCE_STOP.search(window, 0, body.start()):
            return False
        named = _TOOK_NAMED.match(tail, body.end())
        made = Mention(named["name"], "organization") if named is not None else None
    return made is not None and not names.is_self(made.name)


# "… were merged into one body:", "formed by the merger of:" closing a line, the names on the
# bulleted lines that follow
_MERGED_LIST_HEAD = re.compile(
    r"\b(?:(?:merged|combined|amalgamated|united|consolidated|brought\s+together)\s+"
    r"into\s+(?:one|a\s+single|a\s+new)\s+[a-z]{2,20}"
    r"|(?:merger|merging|amalgamation)\s+of(?:\s+the\s+following(?:\s+[a-z]{2,20})?)?)",
    re.I,
)
_BULLET = re.compile(r"[-•*–][ \t]{1,8}")
_FIRST_VERB = re.compile(r"\s(?:was|were|is|has\s+been)\s")


def _about_self(line: str, names: Names) -> bool:
    """The line's main clause is about the organization: "It was formed …", "The Council was
    formed …" (a head noun of its own name), "HISR was created …"."""
    verb = _FIRST_VERB.search(line)
    if verb is None:
        return False
    who, other = subject_of(line, verb.start() + 1, names)
    if who == Subject.SELF:
        return True
    head = re.sub(r"^the\s+", "", (other or "").strip(), flags=re.I).lower()
    return who == Subject.OTHER and " " not in head and head in names.own_words()


def _org_named(name: str) -> bool:
    """An organization's word in the name, also lowercase or ending a compound word
    ("Norges fiskeriforskningsråd")."""
    words = {w.lower().strip(".,") for w in name.split()}
    return _has_org_word(name) or bool(words & _head_words()) or bool(_compound_heads(words))


def _listed_organization(span: NameSpan, names: Names) -> Mention | None:
    """A checked name; a name in sentence case ("Norges fiskeriforskningsråd (NFFR)") only with
    the acronym it defines right after it, which makes it a proper name."""
    name = names.full(span.name)
    # "… named after S. M. Kirov": the name check is the words before the eponym's (a person's
    # name, checked by name_at)
    link = _EPONYM_LINK.search(name)
    eponym = name[link.start() :] if link is not None else ""
    name = name[: len(name) - len(eponym)]
    checked = org_mention(name)
    if checked is None and span.acronym and is_acronym(span.acronym) and is_description(name):
        checked = Mention(clean(name), "organization")
    if checked is not None and _INITIAL_END.search(name) and f"{checked.name}." == name:
        checked = replace(checked, name=name)  # "Ing. C. Olivetti & C.": the initial's stop is the name's
    return Mention(f"{checked.name}{eponym}", "organization", span.acronym) if checked else None


# a name ending in an initial with its stop ("… Olivetti & C."), which the walk kept
_INITIAL_END = re.compile(r"\s[A-Z]\.$")


def _bullets(lines: list[str]) -> list[str]:
    return list(itertools_takewhile(lambda b: _BULLET.match(b.lstrip()) is not None, lines))


def _read_merged_list(story: _Story) -> None:
    """ "The Council was formed in 1993, when five councils were merged into one body:" and a
    bulleted list of names after it: every listed organization is a predecessor. Only when the
    line is about the organization itself and every bullet opens with an organization's name."""
    lines = story.text.splitlines()
    for at, line in enumerate(lines):
        head = next((m for m in _MERGED_LIST_HEAD.finditer(line) if line[m.end() :].startswith(":")), None)
        if head is None or _negated(line, head.start()) or not _about_self(line, story.names):
            continue
        rest = line[head.end() + 1 :].split(". ", 1)[0].strip()  # the list ends with its sentence
        # the list on the bullets after the line, or run into it ("…: A (X), 1946; B (Y), 1949.")
        items = rest.split(";") if rest else [_BULLET.sub("", b.lstrip(), count=1) for b in _bullets(lines[at + 1 :])]
        found: list[Mention] = []
        for item in items if len(items) >= 2 else []:
            span = name_at(item.strip(), lax=True)
            mention = _listed_organization(span, story.names) if span else None
            if mention is None or not _org_named(mention.name) or story.names.is_self(mention.name):
                found = []
                break  # one item not an organization's name: not sure the list is the merger's
            found.append(mention)
        line = line[: head.end()]
        dates = date_spans(line)
        date = dates[0][2] if dates else None
        text = clean(line)
        story.facts.extend(ChangeEvent("predecessor", text, original=m, date=date) for m in found)


def _read_name_edits(story: _Story, sentence: str, base: int, verb_starts: list[int]) -> None:
    for edit in _NAME_EDIT.finditer(sentence):
        if _negated(sentence, edit.start()) or subject_of(sentence, edit.start(), story.names)[0] != Subject.SELF:
            continue
        order = base + sum(1 for v in verb_starts if v < edit.start()) + 0.5
        spans = date_spans(sentence)
        dated = [d for d in spans if edit.end() <= d[0] < _clause_end(sentence, edit.end())]
        # "In 1955 the King let it add 'Royal' to its name": else the clause's opening date
        date = dated[0][2] if dated else _opening_date(sentence, edit.start(), spans)
        added = edit["op"].lower() in {"added", "appended", "add", "append"}
        story.edits.append(_NameEdit(order, added, edit["words"], date, clean(sentence)))


def _read_clause(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    verb, who, names = clause.verb, clause.who, story.names
    if verb.direction == "new-name" or verb.direction in _PRESENT_NAME_DIRECTIONS:
        _read_renaming(story, clause)
    elif who == Subject.OTHER and clause.other_subject and verb.kind in _INTO_SELF and "form" not in verb.phrase:
        # ("A and B merged to form it" is read whole by _read_merged_to_form)
        # "In 2012, the X Secretariat merged into the agency": X is a predecessor
        absorbed = _absorbed_into_self(clause.other_subject, clause.after, names)
        if absorbed and not _merged_under_other_name(clause.after, names):
            listed = _relative_list(clause.sentence[: clause.match.start()], absorbed, names)
            story.facts.extend(
                ChangeEvent(_INTO_SELF[verb.kind], clause.text, original=m, date=clause.date) for m in listed
            )
    elif who == Subject.OTHER and clause.other_subject and verb.kind == "split-into":
        # "when the X Service was divided into <this organization> and the Y Section": the
        # body that was divided is a predecessor; its other parts are no successors of it
        divided = _divided_into_self(clause.other_subject, clause.after, names)
        if divided is not None:
            story.facts.append(ChangeEvent("predecessor", clause.text, original=divided, date=clause.date))
    elif (
        verb.kind == "passed-to"
        and who != Subject.SELF
        and _self_object(_skip_adverbial(clause.after), names)
        and not _parts_to_other_form(clause, names)
    ):
        # "the functions of A, B and C were transferred to the Agency": A, B and C are predecessors
        before = re.sub(r"^\s*The\s", "the ", re.split(r"[;:]", clause.sentence[: clause.match.start()])[-1])
        opening = _FUNCTIONS_OF.search(before)
        listed = _functions_taken_over(before[opening.start() :], names, appositives=True) if opening else []
        story.facts.extend(ChangeEvent("transfer", clause.text, original=m, date=clause.date) for m in listed)
    elif verb.kind in DISSOLVING and verb.direction == "none" and who != Subject.SELF:
        # "AT&T then closed it in April 2002": another acting on this organization
        if _acted_on_self(clause.sentence[: clause.match.start()], clause.after, names) and not _temporary_ending(
            clause.sentence, clause.match.start(), clause.after
        ):
            story.facts.append(Dissolution(clause.date, clause.text))
        elif verb.kind == "dissolved" and who == Subject.OTHER and clause.other_subject:
            _note_ended_other(story, organization_at(clause.other_subject, names))
    elif who == Subject.SELF and verb.kind in DISSOLVING and (other_noun := _noun_of_other_name(story, clause)):
        # "The Tarn Company was formed … The company was wound up": the other body ended
        checked = verb.kind == "dissolved" and org_mention(other_noun) is not None
        _note_ended_other(story, Mention(other_noun, "organization") if checked else None)
        return
    elif who == Subject.SELF or (
        verb.direction == "successors" and _own_parts(clause.sentence, clause.match.start(), names)
    ):
        _DIRECTED[verb.direction](story, clause, ended_by)
    elif verb.direction == "successor" and _own_parts(clause.sentence, clause.match.start(), names):
        # "its functions were integrated into X": a successor once the text also ends it
        other = organization_at(_skip_adverbial(clause.after), names)
        if other is not None and not names.is_self(other.name):
            story.if_ended.append(ChangeEvent("split-into", clause.text, resulting=other, date=clause.date))
    elif who == Subject.OTHER and clause.other_subject and verb.direction in _EARLIER_SELF_DIRECTIONS:
        # "The Science Research Council took over X. It became <this organization>": what an
        # earlier name of it took over counts once that name proves to be its own (at the end)
        earlier = _Story(story.text, names)
        _DIRECTED[verb.direction](earlier, replace(clause, who=Subject.SELF), [])
        story.pending.extend((clause.other_subject, fact) for fact in earlier.facts if isinstance(fact, ChangeEvent))


# "The company was wound up": a definite common noun alone as the clause's subject
_DEFINITE_NOUN = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s(?P<noun>[a-z]{3,20})")

_LEGAL_FORM_AFTER = re.compile(r"\s(?P<form>[A-Z][\w.&]{1,12}?)(?=[\s,]|\.?$)")


def _last_word_end(text: str, word: str) -> int | None:
    """Where the last whole-word occurrence of ``word`` in ``text`` ends."""
    at = len(text)
    while (at := text.rfind(word, 0, at)) >= 0:
        end = at + len(word)
        if not _is_word(text, at - 1) and not _is_word(text, end):
            return end
    return None


def _noun_of_other(story: _Story, clause: _Clause) -> bool:
    return _noun_of_other_name(story, clause) is not None


def _noun_of_other_name(story: _Story, clause: _Clause) -> str | None:
    """ "The British Broadcasting Company Ltd was formed in 1922 … The company was wound up
    in 1926": the noun ("the company") refers back to the last name before it that has the
    noun as a word ("… Company Ltd"); when that name is another body's (not its own, not a
    name it had), the ending is that body's, not this organization's: its name, or None."""
    before = _strip_auxiliaries(clause.sentence[: clause.match.start()])
    while (stripped := _ADVERBIAL.sub("", before, count=1)) != before:
        before = stripped
    subject = _DEFINITE_NOUN.fullmatch(before.strip(" ,"))
    if subject is None:
        return None
    noun = subject["noun"]
    earlier = story.text[: max(story.text.find(clause.sentence), 0)]
    end = _last_word_end(earlier, noun.capitalize())
    if end is None:
        return None
    name = _trailing_name(earlier[max(0, end - 200) : end])
    if name is None or " " not in name:
        return None
    form = _LEGAL_FORM_AFTER.match(earlier, end)  # "The X Company Ltd was formed": its legal form too
    written = f"{name} {form['form']}" if form and form["form"] in lexicon.legal_form_suffixes() else name
    names = story.names
    own = [*(r.new_name for r in story.renames), *(r.old_name for r in story.renames)]
    own += [f.name for f in story.previous] + list(names.earlier)
    return None if names.is_self(name) or any(n and same_name(n, name) for n in own) else written


def _read_renaming(story: _Story, clause: _Clause) -> None:
    if _continued_as_company(story, clause):
        return
    before = story.text[: story.text.find(clause.sentence)]
    if clause.verb.phrase in _context("opening-founding") and _YEAR.search(before.rpartition("\n")[0]):
        return  # "1935: creation of the Centre X" after earlier entries: a body it set up, maybe
    context = before + clause.sentence[: clause.match.start()]
    rename = _read_rename(_RenameSite(clause, context, story.names, story.position))
    if rename:
        story.renames.append(rename)
        second = _second_rename(rename, clause.after, story.names)
        if second:
            story.renames.append(second)


def _continued_as_company(story: _Story, clause: _Clause) -> bool:
    """ "the Board was thereupon continued as G3 Canada Limited": continued (in the corporate
    law sense) as a company with another name and a legal form is a successor that took its
    place that day, not a later name of it (a rename into its own name stays a rename)."""
    if clause.who != Subject.SELF or not clause.verb.phrase.startswith("continued"):
        return False
    other = organization_at(_skip_adverbial(clause.after), story.names)
    if other is None or story.names.is_self(other.name) or _without_legal_form(other.name) == other.name:
        return False
    story.facts.append(ChangeEvent("succeeded-by", clause.text, resulting=other, date=clause.date))
    story.facts.append(Dissolution(clause.date, clause.text))
    return True


def _read_successor(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    after = _skip_adverbial(clause.after)
    other = organization_at(after, story.names)
    short = name_at(after)
    if short and " " not in short.name and (longer := _longer_name(story.text, short.name)):
        other = organization_at(longer, story.names) or other
    if other and (whole := elided_name_at(after)) and whole.startswith(other.name + " "):
        other = replace(other, name=whole)  # "the Centre d'analyse stratégique": never cut to "Centre"
    if other is None or story.names.is_self(other.name):
        return
    event = ChangeEvent(clause.verb.kind, clause.text, resulting=other, date=clause.date)
    # "donated to X": a successor only if the sentence also ends it
    (ended_by if clause.verb.kind in _IF_ENDED else story.facts).append(event)
    ended_that_day = clause.verb.kind in _ENDED_BY_SUCCESSOR and clause.date and clause.date.day
    if clause.verb.kind in DISSOLVING or ended_that_day:
        story.facts.append(Dissolution(clause.date, clause.text))


def _longer_name(text: str, short: str) -> str | None:
    """ "donated PARC to SRI International; PARC was merged into SRI": a one-word name is
    short for the one longer name of the text that starts with it, if there is one (read
    segment by segment: a bullet's head, "'02 → ", is no part of the name before it)."""
    text = "\n".join(segment.text for segment in segments(text))
    longer = {
        span.name
        for end in _word_ends(text, short)
        if text.startswith(" ", end)
        and (span := name_at(text[end - len(short) :]))
        and span.name.startswith(short + " ")
    }
    return longer.pop() if len(longer) == 1 else None


def _read_predecessor(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    after = _skip_adverbial(clause.after)
    if re.match(r"by\s", after):
        return  # "was replaced in 1926 by X" with the organization as subject: not a predecessor
    # "the successor to X", "its predecessor was X", "in succession to X": no passive
    nominal = "cessor" in clause.verb.phrase or "succession" in clause.verb.phrase
    if clause.verb.kind == "succeeded" and not nominal and _is_passive(clause.sentence, clause.match.start()):
        return
    others = organizations_in_list(after, story.names) or _single_whole(after, story.names)
    _add_predecessors(story, clause, others)


# "the Ulm adult-education centre": up to three lowercase words right after a capitalised
# word, then a stop, a bracket, a comma or the end (bounded, linear)
_LOWERCASE_HEAD_RUN = re.compile(r"\s(?P<run>[a-z][a-z-]{0,30}(?:\s[a-z][a-z-]{0,30}){0,2})(?=[\s]?[(,;.]|$)")


def _single_whole(text: str, names: Names) -> list[Mention]:
    """The one organization opening ``text``, unless its capitalised words only modify a
    lowercase noun of kind that follows them before any function word ("the Ulm
    adult-education centre", "the Tarn school of music": a place word cut from a lowercase
    name, no name of its own)."""
    span = name_at(text)
    if span is not None:
        rest = text[span.end :]
        run = _LOWERCASE_HEAD_RUN.match(rest)
        words = run["run"].split() if run is not None else []
        stop = next((i for i, w in enumerate(words) if w in lexicon.function_words()), len(words))
        if any(_has_org_word(w.capitalize()) for w in words[:stop]):
            return []
    return _single(text, names)


def _read_predecessors(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    after = _skip_adverbial(clause.after)
    counted = _COUNTED_KIND.match(after)
    if counted is not None:
        # "by joining together two older airlines, A and B": the count and kind only announce
        # the list; it must hold that many names ("two bodies, viz. A and B": read below)
        found = organizations_in_list(after[counted.end() :], story.names, appositives=True)
        if len(found) == lexicon.number_words().get(counted["count"].casefold()):
            _add_predecessors(story, clause, found)
            return
        if found:
            return  # a list of another count: nothing is sure
    # "merger of A & B. founders: X, Y": a note's next label ends the list (the lowercase
    # after the stop kept the two notes one sentence)
    label = _LABEL_AFTER_STOP.search(after)
    after = after[: label.start() + 1] if label else after
    found = organizations_in_list(after, story.names, appositives=True)
    cue = None if found else _SUCCESSOR_LIST_CUE.search(after)
    if cue is not None and not re.search(r"[A-ZÀ-Þ]", after[: cue.start()]):
        # "by absorbing the older learned bodies, among them A and B": the named ones after a class
        found = organizations_in_list(after[cue.end() :], story.names)
    if not found and clause.verb.kind == "merged-from":
        found, namesake = _merged_with_pair(after, story.names)
        # "merging A (est. 1914) with B (est. 1969)": a year in an item's note dates that item
        clause = replace(clause, date=_date_outside_notes(clause)) if found or namesake else clause
        if namesake is not None:
            # "… with the older Hockey Canada": a body of its own name, before the merger made it
            story.facts.append(ChangeEvent("predecessor", clause.text, original=namesake, date=clause.date))
    _add_predecessors(story, clause, found)


# "two older airlines, ", "three small colleges, ": a count in words and up to four lowercase
# words of kind before the comma that opens the list they announce
_COUNTED_KIND = re.compile(
    rf"(?:[Tt]he\s)?(?P<count>(?i:{lexicon.alternation(lexicon.number_words())}))\s"
    # "four great British chemical companies: A, B, C and D": a colon too, and a nationality
    r"(?:[A-Za-z][\w-]{1,20}\s){0,4}[a-z][\w-]{1,20}[,:]\s"
)


def _date_outside_notes(clause: _Clause) -> DateValue | None:
    notes = [m.span() for m in _BRACKET.finditer(clause.sentence)]
    spans = event_date_spans(clause.sentence)
    outside = [d for d in spans if not any(start <= d[0] < end for start, end in notes)]
    if len(outside) == len(spans):
        return clause.date
    return _event_date(clause.sentence, clause.match, None, outside)


# "by merging A with B", "the merger of A with B": two bodies joined by "with" (a hurried
# note's "w/" is read as "with" by _shorthand_read)
_WITH_JOINT = re.compile(r"\swith\s(?=(?:the\s)?[A-ZÀ-Þ]|the\s[a-z]{2,12}\s[A-ZÀ-Þ])")
# "the older Hockey Canada": an adjective that sets apart an earlier body bearing its own name
_NAMESAKE = re.compile(rf"(?:[Tt]he\s)?(?:{lexicon.alternation(_context('namesake-adjective'))})\s(?=[A-ZÀ-Þ])")


def _merged_with_pair(after: str, names: Names) -> tuple[list[Mention], Mention | None]:
    """The two merged bodies of "by merging A with B" (each whole a name, notes in brackets
    aside), and, apart, B when it is "the older <its own name>"."""
    end = _clause_end(after, 0)
    joint = _WITH_JOINT.search(after, 0, end)
    if joint is None:
        return [], None
    first = organizations_in_list(after[: joint.start()], names, appositives=True)
    second_text = after[joint.end() : end]
    namesake = _NAMESAKE.match(second_text)
    second = organizations_in_list(second_text[namesake.end() :] if namesake else second_text, names)
    if len(first) != 1 or len(second) != 1 or names.is_self(first[0].name):
        return [], None
    if names.is_self(second[0].name):
        # its own name with no adjective: the writer's slip or another reading, never a pair
        return (first, replace(second[0], name=names.identity.name)) if namesake else ([], None)
    return [*first, *second], None


def _add_predecessors(story: _Story, clause: _Clause, others: list[Mention]) -> None:
    for other in map(_without_owner, others):
        if story.names.is_self(other.name):
            continue
        chain = _became_self(clause.sentence[clause.match.end() :], other.name, story.names)
        if chain is not None:
            # "its origins go back to X, which became Y in 1945 and <it> in 1997": X and Y are
            # its earlier names
            for rank, name in enumerate([other.name, *chain]):
                story.previous.append(_Former(story.position - 0.5 + rank / 100, name, clause.text))
            continue
        story.facts.append(ChangeEvent("predecessor", clause.text, original=other, date=clause.date))


_LABEL_AFTER_STOP = re.compile(r"\.\s{1,3}[a-z][a-z ]{0,30}:")


# "X, founded in 1907, which became / was (later) renamed …": X's own later names follow
_WHICH_BECAME = re.compile(
    r",\s+which\s+(?:(?:later|then|was|subsequently|eventually)\s+){0,2}(?:became|renamed|took\s+the\s+name)\s"
)
_WHICH_GAP = 80  # between the name and ", which": a participle phrase ("founded in 1907")


def _became_self(after: str, name: str, names: Names) -> list[str] | None:
    """ "X, founded in 1907, which became Y in 1945 and <its name> in 1997": X took its name
    later in the same sentence, so X is an earlier name of it, not another organization; the
    names between (Y) too. None when the sentence does not say X became it."""
    at = after.find(name)
    if at < 0:
        return None
    rest = after[at + len(name) :]
    which = _WHICH_BECAME.search(rest, 0, _WHICH_GAP + 40)
    if which is None or ";" in rest[: which.start()]:
        return None
    later = re.split(r"[;.](?:\s|$)", rest[which.end() :])[0]
    between: list[str] = []
    for start in _NAME_START.finditer(later):
        span = name_at(later[start.start() :], lax=True)
        if span is None:
            continue
        name = names.full(span.name)
        if names.is_self(name):
            return between
        if _org_named(name) and org_mention(name) and not any(name in b for b in between):
            between.append(name)
    return None


_NAME_START = re.compile(r"(?<![\w-])[A-ZÀ-Þ]")


def _without_owner(mention: Mention) -> Mention:
    """ "the Charité of Humboldt-Universität", "the Institut für Instrumentelle Mathematik of
    the University of Bonn": a part with a name of its own, then "of" and the university it
    belonged to, is that part. Not "the Medical School of Tarn University" (an English part
    noun keeps its owner) nor "the Faculty of Law of …" (an "of" inside the part's name)."""
    part, of, owner = mention.name.partition(" of ")
    owner_words = re.split(r"[\s-]+", owner.lower()) if of and part else []
    if not any(w.startswith(_context("owner-head")) for w in owner_words):
        return mention
    part_words = {w.lower() for w in part.split()}
    if part_words & (set(_context("part-head")) | set(lexicon.unit_words())):
        return mention
    if all(_has_org_word(w) for w in part.split()):
        return mention  # "University" of "University of X and Y University": a fragment, never a name
    return Mention(part, mention.kind, mention.acronym)


def _read_successors(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    parts = clause.who != Subject.SELF  # "its divisions were split into …": it goes on
    successors = _successor_list(_skip_adverbial(clause.after), story.names)
    announced = None if successors else _SUCCESSORS_COLON.match(_skip_adverbial(clause.after))
    if announced is not None:
        # "passed to several successors: A took over X, B took over Y": a clause per successor
        successors = _successor_clauses(_skip_adverbial(clause.after)[announced.end() :], story.names)
    if clause.verb.kind in _IF_ENDED_IN_TEXT:
        # "its functions passed to A and B": successors when the text also ends it
        if parts and not successors:
            # "its undertaking passed to X plc" (it the X Corporation): its parts handed to its
            # own name under another legal form, both written, went to another body
            own = story.names.identity.name
            listed = _split_parts(_skip_adverbial(clause.after), story.names)
            successors = [m for m in listed if _other_legal_form(m.name, own)][: len(listed) == 1]
        if parts:
            story.if_ended.extend(
                ChangeEvent("split-into", clause.text, resulting=other, date=clause.date) for other in successors
            )
        return
    for other in successors:
        story.facts.append(ChangeEvent("split-into", clause.text, resulting=other, date=clause.date))
    if clause.verb.kind in DISSOLVING or (successors and not parts):
        story.facts.append(Dissolution(clause.date, clause.text))


def _read_source(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    after = _skip_adverbial(clause.after)
    source = re.match(r"(?:[\w-]+\s+){0,8}?from\s+", after)
    # "took over the Business Statistics Office from X": what it took is a whole
    # organization X handed over (a unit of X), so X is no predecessor; "took over the
    # archive of the Y Station from X" (a thing, its owner named) still reads X
    handed = source is not None and organization_at(after[: source.end()], story.names)
    other = organization_at(after[source.end() :], story.names) if source and not handed else None
    if other and not story.names.is_self(other.name):
        story.facts.append(ChangeEvent(clause.verb.kind, clause.text, original=other, date=clause.date))
    elif not source and not _is_passive(clause.sentence, clause.match.start()):
        taken = _taken_over(after, story.names)
        absorbing = clause.verb.phrase in _context("absorbing-verb")  # (the body ended inside it)
        if taken and not _PARTS_OF.match(after) and not absorbing and _acquired_later(story, clause):
            taken = None  # "founded in 1899 … in 1969 it took over Lancia": an acquisition
        elif taken:
            story.facts.append(ChangeEvent("absorbed", clause.text, original=_without_owner(taken), date=clause.date))
        others = [] if taken else _functions_taken_over(after, story.names)
        for other in others:
            story.facts.append(ChangeEvent(clause.verb.kind, clause.text, original=other, date=clause.date))
        ended = _just_ended_other(story)
        if not taken and not others and ended and _OWNED_HOLDINGS.match(after):
            # "The company was wound up in 1926. The corporation took over its staff and assets":
            # the body just ended handed on what it had: a predecessor
            story.facts.append(ChangeEvent(clause.verb.kind, clause.text, original=ended, date=clause.date))


# What an ended body hands on (lexicon/ended-body-holdings.csv): "its staff and
# assets", "their pending cases"; "the X of Y" is read by the "functions of" rules instead
_HOLDING = lexicon.alternation(lexicon.ended_body_holdings())
_ONE_HOLDING = rf"(?:{_HOLDING})"  # (its modifiers are the table's: "pending cases")
_HOLDINGS = rf"{_ONE_HOLDING}(?:,?\s(?:and|&)\s{_ONE_HOLDING})?\b(?!\sof\b)"
_OWNED_HOLDINGS = re.compile(rf"(?:all\s)?(?:its|their)\s{_HOLDINGS}")
# "pending cases transferred to X", "Its staff were transferred to X" opening a segment
_HOLDINGS_PASSED = re.compile(
    rf"(?:(?:[Ii]ts|[Tt]heir|[Tt]he|[Aa]ll)\s)?{_HOLDINGS}\s(?:(?:were|was)\s)?"
    r"(?:transferred|passed|handed\sover|moved)\sto\s"
)


def _own_later_name(story: _Story, subject: str | None, sentence: str) -> bool:
    """Whether ``subject`` is wholly a name the organization itself took by an earlier rename
    ("renamed Wang Global" with no other subject), not a name another body took.
    Refused when the History names its present name from this sentence on ("X was abolished
    and the University of Y was established in its place": the present body followed X)."""
    if not subject:
        return False
    rest = story.text[max(story.text.find(sentence), 0) :].replace(subject, " ")  # (its later name aside)
    identity = story.names.identity
    if any(name and _word_ends(rest, name) for name in (identity.name, *identity.alternate_names)):
        return False
    taken = [r.new_name for r in story.renames if r.new_name and r.old_name is None and not r.grew_from_other]
    # (a name of two words or more: a lone word may be another body's too)
    return any(" " in name.strip() and same_name(subject, name) for name in taken)


def _note_ended_other(story: _Story, ended: Mention | None) -> None:
    """Remember another named body the current segment ended."""
    if ended is not None and not story.names.is_self(ended.name):
        story.ended_other = (story.segment_index, ended)


def _just_ended_other(story: _Story) -> Mention | None:
    """The other named body ended in this segment or the one right before it."""
    if story.ended_other is None or story.ended_other[0] < story.segment_index - 1:
        return None
    return story.ended_other[1]


def _read_holdings_passed(story: _Story, segment: Segment) -> None:
    """ "2009: MRTPC dissolved; pending cases transferred to <this organization>": what the body
    ended right before had went to this organization, so that body is its predecessor.
    Refused: no body ended in this or the segment before, an object that is not this
    organization, "the cases of X" (read by the "functions of" rules)."""
    ended = _just_ended_other(story)
    if ended is None:
        return
    sentence = segment.text
    for piece in _SEMICOLON_PIECES.split(sentence):  # ("MRTPC dissolved; pending cases …")
        passed = _HOLDINGS_PASSED.match(piece)
        # ("transferred to CCI / COMPAT": shared with another body; this organization first)
        first = _SHARED_OBJECT.split(piece[passed.end() :], maxsplit=1)[0] if passed else ""
        if passed is not None and _self_object(first.rstrip(" ."), story.names):
            date = next((d for _, _, d in date_spans(piece)), segment.date)
            story.facts.append(ChangeEvent("transfer", clean(sentence), original=ended, date=date))
            return


_SEMICOLON_PIECES = re.compile(r";\s+")
_SHARED_OBJECT = re.compile(r"\s(?:/|and|&)\s")


def _acquired_later(story: _Story, clause: _Clause) -> bool:
    """ "Fiat was founded in 1899 … in 1969 it took over Lancia": a body it took over (bought,
    absorbed) in a year after its own founding, told in an earlier sentence of the History,
    became part of it: an acquisition, no predecessor. Not a takeover told with
    its founding ("founded in 1968; it took over the X"), nor an undated one."""
    if clause.date is None:
        return False
    earlier = story.text[: max(story.text.find(clause.sentence), 0)]
    for segment in segments(earlier):
        verb = _FOUNDING_PHRASE.search(segment.text)
        if verb is None or subject_of(segment.text, verb.start(), story.names)[0] != Subject.SELF:
            continue
        spans = date_spans(segment.text)
        founded = spans[0][2] if spans else segment.date
        return founded is not None and clause.date.year > founded.year
    return False


def _read_functions_of(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    """ "assumed the generating and transmission functions of X": only the functions of a
    named organization make it a predecessor ("assumed the Presidency of X" gives nothing)."""
    if _is_passive(clause.sentence, clause.match.start()):
        return
    for other in _functions_taken_over(_skip_adverbial(clause.after), story.names):
        story.facts.append(ChangeEvent(clause.verb.kind, clause.text, original=other, date=clause.date))


def _read_ending(story: _Story, clause: _Clause, ended_by: list[ChangeEvent]) -> None:
    after = _skip_adverbial(clause.after)
    # "ceased to exist on 28 June 2002, its undertaking being vested in X": after the date's
    # comma "its" opens another phrase, not the verb's object ("closed its laboratory")
    comma_ended = "," in clause.after[: len(clause.after) - len(after)]
    if (
        clause.verb.kind in DISSOLVING
        and (comma_ended or not _has_object(after))
        and not _temporary_ending(clause.sentence, clause.match.start(), clause.after)
        and not _ending_at_a_site(clause.after)
    ):
        story.facts.append(Dissolution(clause.date, clause.text))
        # "INI dissolved, successors A (SEPI) and B (AIE)", "dissolved; successors: A, B": the
        # terse hand's label right after its own ending names what took its place
        label = _ENDING_SUCCESSORS.match(after)
        for other in _successor_list(after[label.end() :], story.names) if label else []:
            story.facts.append(ChangeEvent("succeeded-by", clause.text, resulting=other, date=clause.date))


_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)?")
_WORKS_REACH = 4  # words after "for"/"during" searched for the works a closure waited for


def _temporary_ending(sentence: str, verb_start: int, after: str) -> bool:
    """ "was temporarily closed", "closed its doors in 2013 for a complete renovation",
    "closed in 2001 and reopened in 2003": the same sentence says the ending was for a
    while (history-context.csv: temporary, reopening, works-lead + works-noun), so it is no
    dissolution. "closed in 1999 and its collections were moved to X" is one."""
    before = [w.lower() for w in _WORD.findall(sentence[max(0, verb_start - 30) : verb_start])][-3:]
    words = [w.lower() for w in _WORD.findall(after)]
    if any(w in _context("temporary") for w in (*before, *words)):
        return True
    if any(w in _context("reopening") and not _other_reopens(words[:i]) for i, w in enumerate(words)):
        return True
    leads, nouns = _context("works-lead"), _context("works-noun")
    return any(w in leads and any(n in nouns for n in words[i + 1 : i + 1 + _WORKS_REACH]) for i, w in enumerate(words))


# "ceased operations at the Leeds plant", "at its Lyon depot": "at" and a determiner before a
# site; "at the end of 1998", "at the turn of the century" are times (history-context: at-time)
_AT_DETERMINED = re.compile(r"\s*at\s+(?:the|its|their|his|her)\s+(?P<words>[^.;,]{1,80})", re.I)


def _ending_at_a_site(after: str) -> bool:
    """ "ceased operations at the Leeds plant": an ending at one of its sites ends a part of the
    organization, not the organization itself."""
    found = _AT_DETERMINED.match(after)
    if found is None:
        return False
    words = [w.lower() for w in _WORD.findall(found["words"])][:3]
    return bool(words) and not any(w in _context("at-time") for w in words)


def _other_reopens(words: list[str]) -> bool:
    """ "NatLab disbanded; the site re-opened to other firms": a noun phrase of its own
    ("the site", "its building was later") before the reopening word names what reopened,
    not the organization ("… and reopened in 2018", "…, reopening in 2018" undo its ending)."""
    words = list(words)
    while words and words[-1] in _context("auxiliary"):
        words.pop()
    return len(words) >= 2 and words[-2] in lexicon.determiners()


# "[, ;] successors:" right after an ending verb and its date (history-context.csv, ending-successors)
_ENDING_SUCCESSORS = re.compile(
    rf"\s{{0,3}}(?:[,;]\s{{1,3}})?(?:its\s)?(?:{lexicon.alternation(_context('ending-successors'))})\s{{0,3}}:?\s{{1,3}}"
    r"(?=(?:the\s)?[A-ZÀ-ÞČŠŽ])",
    re.I,
)


# Directions read for another named subject too, kept if it proves an earlier name of it.
_EARLIER_SELF_DIRECTIONS = frozenset({"source", "functions-of", "predecessor", "predecessors"})

# What the words after a verb name, for a clause whose subject is this organization.
_DIRECTED = {
    "successor": _read_successor,
    "predecessor": _read_predecessor,
    "predecessors": _read_predecessors,
    "successors": _read_successors,
    "source": _read_source,
    "functions-of": _read_functions_of,
    "none": _read_ending,
}


_PARTS_OF = re.compile(r"(?:(?:most|all|the\s+bulk)\s+of\s+)?the\s+(?:[a-z-]+\s+){1,3}?of\s+")
_ENDED_RELATIVE = re.compile(r"\s*,\s+which\s+(?:was|were)\s+(?:later\s+)?(?P<verb>[a-z]+(?:\s+[a-z]+)?)\b")


def _taken_over(after: str, names: Names) -> Mention | None:
    """The organization this one took over, as a predecessor: named right after the verb
    ("took over the Institute of X"), or the one whose parts it took over when the text
    says it ended ("taking over the units of the X, which was extinguished"). Not "took
    over X's laboratories" (a part of X), nor "took over the management of X" (X goes on)."""
    parts = _PARTS_OF.match(after)
    if parts:
        span = name_at(after[parts.end() :])
        rest = after[parts.end() + span.end :] if span else ""
        ended = _ENDED_RELATIVE.match(rest)
        if not (span and ended and _ends(ended["verb"])):
            return None
        return organization_at(after[parts.end() :], names)
    span = name_at(after)
    if span is None or re.match(r"['’]s\b", after[span.end :]) or re.search(r"['’]s\b", span.name):
        return None
    other = organization_at(after, names)
    return other if other and not names.is_self(other.name) else None


# "took over the (conservation) functions of X", "the generating and main transmission
# functions of X": the whole of its functions (no "some", "most", "part of"), a noun of
# lexicon/history-context.csv (function-noun) after at most four lowercase words
_FUNCTIONS_OF = re.compile(r"the\s+(?:[a-z-]+\s+){0,4}?(?P<noun>[a-z]+)\s+of\s+")
# "… of three earlier bodies: A, B and C": a class noun, then the list
_CLASS_THEN_LIST = re.compile(r"(?:[a-z-]+\s+){1,3}?[a-z]+:\s+")


def _functions_taken_over(after: str, names: Names, *, appositives: bool = False) -> list[Mention]:
    """The organizations whose functions this one took over ("took over the functions of
    the X", "the conservation functions of three earlier bodies: A, B and C"): its
    predecessors. Not "took over X's laboratories", nor "the management of X". With
    ``appositives`` (``after`` is the subject before "were transferred to it"), a list "A, B
    and C" is read whole too."""
    functions = _FUNCTIONS_OF.match(after)
    if functions is None:
        return _possessor_of_functions(after, names)
    if functions["noun"] not in _context("function-noun"):
        return []
    rest = after[functions.end() :]
    listed = _CLASS_THEN_LIST.match(rest)
    if listed:
        # "two earlier bodies: A (ACR), established in 1976, and B": an announced list, whose
        # participle asides are about the item before them
        found = organizations_in_list(rest[listed.end() :], names, appositives=True)
        return found if len(found) >= 2 else []
    if appositives and len(found := organizations_in_list(rest, names, appositives=True)) >= 2:
        return [m for m in found if not names.is_self(m.name)]
    span = name_at(rest)
    if span is None or re.match(r"['’]s\b", rest[span.end :]):
        return []
    other = organization_at(rest, names)
    return [other] if other and not names.is_self(other.name) else []


# "SNIMA's activities", "the Board's statutory functions": a possessive, then the whole of its
# functions (a noun of history-context.csv, function-noun, after at most three lowercase words)
_POSSESSED_FUNCTIONS = re.compile(r"['’]s\s+(?P<words>[a-z-]+(?:\s+[a-z-]+){0,3})")
_POSSESSOR_REACH = 120  # characters: the owner's name before "'s"


def _possessor_of_functions(after: str, names: Names) -> list[Mention]:
    """ "took over SNIMA's activities": the organization whose functions these were is a
    predecessor. Not "X's laboratories" (a part of X), nor its own ("the Office's duties")."""
    owned = _POSSESSED_FUNCTIONS.search(after[:_POSSESSOR_REACH])
    if owned is None or not set(owned["words"].split()) & set(_context("function-noun")):
        return []
    owner = after[: owned.start()]
    span = name_at(owner)
    if span is None or owner[span.end :].strip():
        return []  # the words before "'s" are no whole name ("some of X's", "its")
    other = organization_at(owner, names)
    if other is None or names.is_self(other.name) or is_acronym(other.name):
        return []  # an acronym the text never expands names no body for sure
    return [other]


def _ends(words: str) -> bool:
    """Whether ``words`` ("extinguished", "wound up") start a history verb that ends an organization."""
    return any(
        v.direction == "none" and v.kind in DISSOLVING and (words + " ").startswith(v.phrase + " ")
        for v in history_verbs()
    )


_OWN_HEAD_OBJECT = re.compile(r"(?:the|The)\s(?P<head>[A-Z][\w-]{0,40})(?![\w-])(?!\s(?:of\s|[A-Z]))")


def _parts_to_other_form(clause: _Clause, names: Names) -> bool:
    """ "the Corporation's undertaking passed to British Steel plc" (it the British Steel
    Corporation): its own parts handed to its name under another legal form, both written,
    go to another body (a successor once the text ends it), not to itself."""
    span = name_at(_skip_adverbial(clause.after).lstrip())
    return (
        span is not None
        and _other_legal_form(span.name, names.identity.name)
        and _own_parts(clause.sentence, clause.match.start(), names)
    )


def _self_object(after: str, names: Names) -> bool:
    """Whether ``after`` opens with this organization: its name, "the <noun of its name>",
    or "the Agency" (its own head word, capitalised as a short name)."""
    head = _OWN_HEAD_OBJECT.match(after.lstrip())
    if head and _is_own_head(["the", head["head"]], names):
        return True
    return _acted_on_self("", after, names)


def _acted_on_self(before: str, after: str, names: Names) -> bool:
    """Whether the object of a verb is this organization: its name or acronym, "the <noun
    of its name or a self-noun>", or "it" when nothing else ("a new plant") was brought up
    before it in the sentence."""
    own = names.own_words()
    noun = re.match(r"\s*(?:the|this)\s+(?P<noun>[a-z]+)\b(?!(?<!\s)\s+(?:of|for)\b)", after)
    if noun:
        return noun["noun"] in own
    if re.match(r"\s*it\b", after):
        return not re.search(r"\b(?:a|an)\s+[a-z]", before)
    span = name_at(after)
    return bool(span and names.is_self(span.name))


def _own_parts(sentence: str, verb_start: int, names: Names) -> bool:
    """ "its divisions were distributed among …", "the Board's assets were vested in …": the
    organization's parts as the subject."""
    if _own_part_list(sentence[:verb_start]):
        return True
    clause = re.split(r"[;:,]", sentence[:verb_start])[-1].split()
    while clause and clause[-1].lower() in _context("auxiliary"):
        clause.pop()
    # "its institutes in the Czech lands passed to …": a named place after the parts
    place = next(
        (i for i in range(max(0, len(clause) - _PLACE_WORDS), len(clause) - 1) if _opens_place(clause, i)), None
    )
    clause = clause[:place]
    of_at = len(clause) - 1 - clause[::-1].index("of") if "of" in clause[1:] else None
    if of_at is not None and names.is_self(" ".join(clause[of_at + 1 :])):
        clause = ["its", clause[of_at - 1]]  # "(the) undertaking of the Bank": its undertaking
    owner = _possessive_owner(clause)
    if owner is not None:  # "the Board's assets": its assets when the Board is this organization
        clause = ["its" if _owner_is_self(owner, names) else "", *clause[len(owner) :]]
    clause = [word.lower() for word in clause]
    if len(clause) >= 5 and clause[-5] == "its" and clause[-2] in {"and", "&"}:
        del clause[-4]  # "its remaining assets and liabilities": one word before the pair
    if len(clause) >= 3 and clause[-3] == "its":
        del clause[-2]  # "its remaining tasks", "its regulatory functions": one word before the noun
    if len(clause) >= 4 and clause[-4] == "its" and clause[-2] in {"and", "&"}:
        # "its assets and functions": two parts, each one of its parts
        return clause[-3] in _context("self-part") and clause[-1] in _context("self-part")
    return len(clause) >= 2 and clause[-2] == "its" and clause[-1] in _context("self-part")


# "its functions, personnel and assets were …": a list of its parts up to the verb
_ITS_LIST = re.compile(r"\bits\s(?P<parts>[a-z]+(?:(?:,\s|,?\sand\s)[a-z]+){1,5})\s(?P<aux>(?:[a-z]+\s){0,2})$")


def _own_part_list(before: str) -> bool:
    listed = _ITS_LIST.search(before[-200:])
    if listed is None or any(w not in _context("auxiliary") for w in (listed["aux"] or "").split()):
        return False
    parts = re.split(r",\s|,?\sand\s", listed["parts"])
    return all(part in _context("self-part") for part in parts)


def _possessive_owner(clause: list[str]) -> list[str] | None:
    """The owner's words before "'s" one or two words from the end ("the Board's assets",
    "the CEGB's remaining assets"), with the possessive taken off; None without one."""
    for back in (2, 3):
        if len(clause) > back and re.search(r"\w['’]s$", clause[-back]):
            return [*clause[:-back], clause[-back][:-2]]
    return None


def _owner_is_self(owner: list[str], names: Names) -> bool:
    """Whether the owner before "'s" is this organization: "the <noun of its name or a
    self-noun>", or its name or acronym (the longest run of words at the end that is)."""
    if len(owner) >= 2 and owner[-2].lower() == "the" and owner[-1].lower() in names.own_words():
        return True
    return any(names.is_self(" ".join(owner[start:]).removeprefix("the ")) for start in range(len(owner)))


_PLACE_WORDS = 6  # words of a trailing place phrase ("in the Czech lands")


def _opens_place(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is "in"/"at" before "the" or a capitalised word."""
    return words[index] in {"in", "at"} and (words[index + 1] == "the" or words[index + 1][:1].isupper())


_SUCCESSOR_LIST_CUE = re.compile(rf"(?:,\s*|\s)(?:{lexicon.alternation(_context('list-cue'))})\s+|:\s+|\s[—–]\s")


# "pass to X, and the income from them pays for Y": a comma and a joining word before a
# lowercase noun phrase open a clause of their own; the list ends there
_NEXT_CLAUSE = re.compile(r",\s(?:and|but|while)\s(?:the|its|their|his|her)\s(?=[a-z])")


def _divided_into_self(subject: str, after: str, names: Names) -> Mention | None:
    """ "the X Service was divided into <this organization> and the Y Section": the other
    subject, a checked organization name, when the parts listed after the verb (a list of
    names only, read by ``_split_parts``) include this organization. Not "X was divided
    into A and B" without it, nor a subject that is no organization ("the work")."""
    parts = _split_parts(_skip_adverbial(after), names)
    if not any(names.is_self(m.name) for m in parts):
        return None
    other = organization_at(re.sub(r"^\s*[Tt]he\s+", "", subject.strip()), names)
    return other if other is not None and not names.is_self(other.name) else None


def _successor_list(after: str, names: Names) -> list[Mention]:
    """The organizations after a "split into" verb: the list itself ("split into A, B and
    C"), or, after a class noun, the list a cue introduces ("among the new institutes,
    among them A, B and C"); the class noun is no successor."""
    return [m for m in _split_parts(after, names) if not names.is_self(m.name)]


# "several successors: ", "three successors: ": the noun (history-context.csv, successor-noun)
# announcing a list whose items are clauses, each about one successor
_SUCCESSORS_COLON = re.compile(
    rf"\s*(?:[a-z]{{1,15}}\s){{0,2}}(?:{lexicon.alternation(_context('successor-noun'))})s?\s?:\s"
)
_CLAUSE_ITEM_SPLIT = re.compile(r"(?:,|;)\s(?:and\s)?")


def _leading_capitals(words: Sequence[str]) -> list[str]:
    """The capitalised words that open ``words``, with the glue between two of them ("of the");
    an article opens no glue ("in Europe the X": two runs), nor an "and" after a whole
    organization's name ("the X Organization and the Y Fund": two names)."""
    taken: list[str] = []
    glue: list[str] = []
    for at, word in enumerate(words):
        if word[:1].isupper():
            taken.extend(glue)
            taken.append(word)
            glue = []
        elif taken and word in _GLUE and len(glue) < 2 and (glue or word not in {"the", "&"}):
            if not glue and word == "and" and _has_org_word(" ".join(taken)):
                rest = words[at + 1 : at + 2] == ["the"]
                if _has_org_word(" ".join(_capital_run(words[at + 1 + rest :]))):
                    break  # "the X Organization and the Y Fund": two names
            glue.append(word)
        else:
            break
    return taken


def _capital_run(words: Sequence[str]) -> list[str]:
    """The capitalised words that open ``words`` (no glue)."""
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    return run


def _successor_clauses(text: str, names: Names) -> list[Mention]:
    """The successors of a list of clauses ("the X Organization took over the care of A,
    residual <its> funds helped to launch the Y Fund in 1946, and the Z Commission took over
    its health work"): in each clause, the first capitalised name that is not its own, if it
    is an organization's (its head word); a clause with another first name, or none, drops
    the whole list."""
    end = re.search(r"[.;](?:\s|$)", text)
    found: list[Mention] = []
    for piece in _CLAUSE_ITEM_SPLIT.split(text[: end.start()] if end else text):
        words = piece.split()
        mention = None
        at = 0
        while at < len(words) and mention is None:
            run = _leading_capitals(words[at:])
            if not run:
                at += 1
                continue
            span = name_at(" ".join(run))
            if span is not None and span.end < len(" ".join(run)):
                return []  # "the X Board and the Y Fund took over …": more than one name, unsure
            if span is None or not names.is_self(span.name):
                body = span is not None and (has_org_word(span.name) or span.name.split()[-1].lower() in _head_words())
                mention = org_mention(span.name) if span is not None and body else None
                if mention is None:
                    return []  # "in Europe the X took over": another capitalised word first
                if words[at + len(run) : at + len(run) + 1] == ["and"]:
                    return []  # "the X Board and the Y Fund took over …": a pair, unsure
            at += len(run)
        if mention is None:
            return []
        found.append(mention)
    return found if len(found) >= 2 else []


def _split_parts(after: str, names: Names) -> list[Mention]:
    """The list after a "split into" verb, this organization among it if named."""
    clause = re.split(r";|\.(?=\s|$)", after)[0]
    # "… to X, ending its existence", "…, bringing its history to a close": the list ends there
    closed = _EXISTENCE_ENDED.search(clause) or _HISTORY_CLOSED.search(clause)
    clause = clause[: closed.start()] if closed else clause
    # "among them A and B", "namely A and B", ": A and B", " — A and B — while …"
    cue = _SUCCESSOR_LIST_CUE.search(clause)
    listed = clause[cue.end() :] if cue else clause  # its end counts
    listed = re.split(r"\s[—–]\s", listed)[0]  # a list between dashes ends at the second
    listed = _NEXT_CLAUSE.split(listed)[0]
    return organizations_in_list(listed, names, appositives=True)


def _single(text: str, names: Names) -> list[Mention]:
    other = organization_at(text, names)
    return [other] if other else []


# "Law No. 12-06", "Decree No. (9)": a number sign, no negation
_NUMBER_SIGN = re.compile(r"\b[Nn]o\.\s?\(?\d")


def _negated(sentence: str, verb_start: int) -> bool:
    before = _NUMBER_SIGN.sub(" ", sentence[max(0, verb_start - 30) : verb_start]).lower()
    words = re.findall(r"[a-z']+", before)[-3:]
    return any(w in _context("negation") or w.endswith("n't") for w in words) or unreal_before(sentence, verb_start)


_UNREAL_REACH = 80  # characters before a verb searched for a planning or reporting phrase


def unreal_before(sentence: str, verb_start: int) -> bool:
    """A planned, expected or reported event, not a fact: a phrase of role ``unreal`` ("was to
    be", "is expected to be", "some sources claim it") ends right before the verb, with only
    auxiliaries between ("was to have been formally succeeded")."""
    text = " " + sentence[max(0, verb_start - _UNREAL_REACH) : verb_start].rstrip()
    unreal = sorted(_context("unreal"), key=len, reverse=True)
    between = sorted(_context("auxiliary"), key=len, reverse=True)
    while True:
        if any(_ends_with_word(text, w) for w in unreal):
            return True
        word = next((w for w in between if _ends_with_word(text, w)), None)
        if word is None:
            return False
        text = text[: len(text) - len(word)].rstrip()


def _is_passive(sentence: str, verb_start: int) -> bool:
    return bool(re.search(r"\b(?:was|were|been|is)\s+(?:\w+\s+)?$", sentence[:verb_start]))


def _has_object(after: str) -> bool:
    first = re.match(r"\s*([A-Za-z]+)", after)
    return bool(first and first[1].lower() in _not_object_words())


@cache
def _not_object_words() -> frozenset[str]:
    """Words that open a verb's object ("closed its lab", "closed our lab": no closure of it)."""
    return frozenset(_context("not-object")) | lexicon.first_person_words("possessive")


def _skip_adverbial(text: str) -> str:
    text = text.lstrip(" ,")
    while (stripped := _ADVERBIAL.sub("", text, count=1)) != text:
        text = stripped.lstrip(" ,")
    return _without_new_body(_PRESENT_DAY.sub("", text, count=1))


def _without_new_body(text: str) -> str:
    """ "passed to the new Maritime Board" → "Maritime Board"; but "distributed among the new
    Crown Agencies" stays: a plural head noun names a class of bodies, no one body."""
    new = _NEW_BODY.match(text)
    span = name_at(text[new.end() :]) if new else None
    if new is None or span is None or _PLURAL_HEAD.search(span.name.split(" of ")[0]):
        return text
    return text[new.end() :]


# "reorganized into today's Ministry of X": a word saying the body still exists opens no name
_PRESENT_DAY = re.compile(rf"^(?:{lexicon.alternation(_context('present-day'))})\s+(?=[A-Z])", re.I)
# "its functions passed to the new Department of X": the event made it; case-sensitive, so
# "renamed the New School" keeps "New", a word of the name
_NEW_BODY = re.compile(rf"^(?:{lexicon.alternation(_context('new-body'))})\s+(?=[A-Z])")
_PLURAL_HEAD = re.compile(r"[^\Wsu]s$")  # "Agencies", "Boards"; not "Press", "Campus"


def _event_date(
    sentence: str, verb: re.Match[str], bullet: DateValue | None, spans: list[tuple[int, int, DateValue]]
) -> DateValue | None:
    """The date of the event: inside the verb's phrase ("replaced in 1926 by"), in its
    clause right after the verb ("closed on 29 September 1995"), else at the clause's start
    ("In 1996 BNR was merged"), else the bullet's date.
    ``spans`` are the sentence's ``date_spans``, found once for all its verbs."""
    spans = _without_name_notes(sentence, spans)
    inside = [s for s in spans if verb.start() < s[0] < verb.end()]
    if inside:
        return _restated(sentence, inside[0], spans)  # "replaced on 1 May 1926 by", "absorbed in 1990 by"
    label = _LABEL_COLON.match(sentence, verb.end())  # "Dissolved: 31 December 1994"
    clause_end = _clause_end(sentence, label.end() if label else verb.end())
    after = [s for s in spans if verb.end() <= s[0] < clause_end and not _inside_relative(sentence, verb.end(), s[0])]
    if after:
        return _restated(sentence, after[0], spans)
    clause_start = _last_end_before(_EVENT_CLAUSE_START, sentence, verb.start())
    # "In 1996, BNR was merged": a date phrase alone before a comma dates the verb;
    # "Launched in 2011, AMP has evolved": the date of another verb does not.
    pieces = _comma_pieces(sentence[clause_start : verb.start()])
    for index, (start, end) in enumerate(reversed(pieces)):
        piece = sentence[clause_start + start : clause_start + end]
        before = [s for s in spans if clause_start + start <= s[0] < clause_start + end]
        if before and (
            index == 0
            or _ADVERBIAL.fullmatch(piece.strip() + " ")
            or _date_phrase_only(piece)
            or _instrument_dated(sentence, clause_start + start, before[-1])
        ):
            return before[-1][2]
        # "In December 1994, in the reorganization under A, X was merged": an undated
        # prepositional aside between the opening date and the verb
        if index >= 1 and (before or index >= _ASIDES_REACH or not _ASIDE.match(piece.strip())):
            break
    # "1999 · On 15 December, merged …": a day or month without its year opening the bullet's
    # sentence completes the head's year, as one after the verb does
    opening = sentence[: verb.start()]
    clause = opening if bullet and _ADVERBIAL.fullmatch(opening) else sentence[verb.end() : clause_end]
    return (
        in_head_year(clause, bullet)
        or _opening_date(sentence, verb.start(), spans)
        or _on_which_date(sentence, verb.start(), spans)
        or _on_that_date(sentence, verb, clause_end, spans)
    )


# "the former X (founded 1910) and Y": a bracketed founding note right after a name (its last
# word capitalised) dates that name, never the event the sentence tells (bounded, linear)
_NAME_FOUNDING_NOTE = re.compile(
    r"\s\((?:(?:which|that)\s(?:was|had\sbeen)\s)?(?:"
    + lexicon.alternation(sorted((v.phrase for v in lexicon.founding_verbs()), key=len, reverse=True))
    + r")(?![\w-])[^()]{0,60}\)",
    re.IGNORECASE,
)


def _without_name_notes(sentence: str, spans: list[tuple[int, int, DateValue]]) -> list[tuple[int, int, DateValue]]:
    """``spans`` less the dates inside a name's bracketed founding note."""
    notes = _name_note_spans(sentence) if "(" in sentence else ()
    if not notes:
        return spans
    starts = [start for start, _ in notes]
    # (the notes do not overlap: the one opening last before a date is the only one it can be in)
    return [s for s in spans if not _in_note(notes, starts, s[0])]


@lru_cache(maxsize=64)  # pure: read once per sentence, not once per verb (linear on long lines)
def _name_note_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    found = _NAME_FOUNDING_NOTE.finditer(sentence)
    return tuple((m.start(), m.end()) for m in found if _after_name(sentence, m.start()))


def _in_note(notes: tuple[tuple[int, int], ...], starts: list[int], at: int) -> bool:
    index = bisect_left(starts, at) - 1
    return index >= 0 and at < notes[index][1]


def _after_name(sentence: str, at: int) -> bool:
    # the word before the bracket is a name's capitalised last word ("… of Technology (founded")
    words = sentence[max(0, at - 40) : at].split()
    return bool(words) and words[-1][:1].isupper()


# "By virtue of Executive Order No. 784 dated 17 March 1982, X was reorganized": the date of
# the instrument an opening aside names dates the verb it enacts
_INSTRUMENT_ASIDE = re.compile(r"(?:by\s+virtue\s+of|pursuant\s+to|under|in\s+accordance\s+with)\s", re.I)
_DATED_BEFORE = re.compile(r"\s(?:dated|of)\s+$")


def _instrument_dated(sentence: str, start: int, span: tuple[int, int, DateValue]) -> bool:
    # the aside ends at the date: "dated 17 March 1982," and nothing more before the comma
    return (
        _INSTRUMENT_ASIDE.match(sentence[start : span[1]].lstrip()) is not None
        and _DATED_BEFORE.search(sentence, max(start, span[0] - 8), span[0]) is not None
        and sentence[span[1] :].lstrip()[:1] == ","
    )


# "… and the Board ceased to exist as such on that date": the date named before refers on
_ON_THAT_DATE = re.compile(
    r"\s*(?:as\s+such\s+)?(?:on|from|with\s+effect\s+from)\s+(?:that|the\s+same)\s+(?:date|day)\b"
)
# "dismantled that year", "closed later the same year", "wound up in that same year": the one
# date before the verb in the sentence gives the year
_THAT_YEAR = re.compile(r"\s*(?:(?:later|earlier)\s+)?(?:in\s+)?(?:that|the\s+same|that\s+same)\s+year\b")


def _on_that_date(
    sentence: str, verb: re.Match[str], clause_end: int, spans: list[tuple[int, int, DateValue]]
) -> DateValue | None:
    refers = _ON_THAT_DATE.match(sentence, verb.end(), clause_end)
    before = [s for s in spans if s[1] <= verb.start()]
    if refers:
        if len(before) == 1:
            return before[-1][2]
        # "…, which took effect on 28 September 2015; the Commission ceased to exist on that
        # date": of several, the day an effect phrase names last before the verb (a year alone
        # is no "date"; "on 2 May 1975 the board met, and … on that date" stays unsure)
        last = before[-1] if before else None
        effective = last is not None and _TOOK_EFFECT.search(sentence, 0, last[0]) is not None
        return last[2] if last is not None and effective and last[2].day is not None else None
    # "creditors took control in August 1999, and the group was dismantled that year": the year
    # of the date nearest before the verb (the one "that year" points back to)
    return DateValue(before[-1][2].year) if before and _THAT_YEAR.match(sentence, verb.end(), clause_end) else None


# "which took effect on ", "came into force with effect from ": an effect phrase right before a date
# (history-context.csv, effect-phrase)
_TOOK_EFFECT = re.compile(
    rf"(?<![\w-])(?:{lexicon.alternation(_context('effect-phrase'))})\s(?:on|from|as\sof|with\seffect\sfrom)\s$"
)


# "until the 31st day of July, 2015, on which date …": the date just before refers on
_ON_WHICH_DATE = re.compile(
    r",\s(?:on|at|with\seffect\sfrom)\s(?:which|that|the\ssame)\sdate\b|,\swhereupon\b|,\swhen\b"
)


def _on_which_date(sentence: str, verb_start: int, spans: list[tuple[int, int, DateValue]]) -> DateValue | None:
    """ "operated until 31 July 2015, on which date it was continued as X": the date the
    relative phrase refers back to dates the verbs after it, when no other date stands between."""
    refers = [m for m in _ON_WHICH_DATE.finditer(sentence, 0, verb_start)]
    if not refers:
        return None
    at = refers[-1]
    if any(at.start() <= s[0] < verb_start for s in spans):
        return None
    before = [s for s in spans if s[1] <= at.start()]
    return before[-1][2] if before and at.start() - before[-1][1] <= 1 else None


def _opening_date(sentence: str, verb_start: int, spans: list[tuple[int, int, DateValue]]) -> DateValue | None:
    """ "With effect from 8 August 1980, pursuant to …, A and B were merged": a sentence that
    opens with a date phrase dates its verb when no other date stands before the verb."""
    lead = _OPENING_LEAD.match(sentence)
    before = [s for s in spans if s[0] < verb_start]
    if lead is None or len(before) != 1 or before[0][0] != lead.end():
        return None
    # between the date and the verb's own clause only prepositional asides ("pursuant to the
    # Act"), no clause of its own ("the ministry, which planned it, and the council agreed")
    pieces = sentence[before[0][1] : verb_start].split(",")[1:-1]
    return before[0][2] if all(_ASIDE.match(piece.strip()) for piece in pieces) else None


_ASIDE = re.compile(
    r"(?:in|under|during|after|following|amid|as\s+part\s+of|with|pursuant\s+to|in\s+accordance\s+with"
    r"|by\s+virtue\s+of)\s(?:the|a|an|its)\s"
)
# "With effect from 8 August 1980, pursuant to …, X was merged": a drafter's lead and a date alone
_OPENING_LEAD = re.compile(rf"(?:{_DATE_LEAD})\s+(?:the\s+)?", re.I)


def _date_phrase_only(piece: str) -> bool:
    piece = piece.strip(" ,")
    lead = _OPENING_LEAD.match(piece)
    if lead is None:
        return False
    spans = date_spans(piece[lead.end() :])
    return len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(piece) - lead.end()


_ASIDES_REACH = 3  # comma pieces read back from the verb
_LABEL_COLON = re.compile(r"[ \t]{0,3}:[ \t]{0,3}(?=\d|[A-Z][a-z])")
_RESTATED = re.compile(r"[ \t]{0,3}\([ \t]{0,3}")


def _restated(sentence: str, span: tuple[int, int, DateValue], spans: list[tuple[int, int, DateValue]]) -> DateValue:
    """The date at ``span``, or the more precise date of the same year a bracket after it
    restates: "at the end of 1994 (31.12.1994)" → 1994-12-31, "in June 1943 (30 June 1943)"."""
    value = span[2]
    bracket = _RESTATED.match(sentence, span[1])
    if bracket is None:
        return value
    restated = next((s[2] for s in spans if s[0] == bracket.end()), None)
    finer = restated and restated.year == value.year and (restated.month or 0) >= (value.month or 0)
    if restated and finer and (value.month is None or restated.month == value.month):
        return restated
    return value


def in_head_year(clause: str, head: DateValue | None) -> DateValue | None:
    """A dated head's year completed by the day or month its clause gives without a year
    ("1992 — abolished on 30 June" → 1992-06-30); else the head's date."""
    if head is None or head.month is not None:
        return head
    found = in_year(clause, head.year)
    return found[1] if found else head


_EVENT_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but)\s+|\band\s+")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|which|who|when|whose)\b")
_AND_DATED = re.compile(r"(?<!\s)\s+and\s+(?:in|on)\s")  # the whole run of spaces before "and"


def _clause_end(sentence: str, start: int) -> int:
    # (``start`` follows a verb's last letter, so the guard sees a letter there)
    ends = [first_match_from(pattern, sentence, start) for pattern in (_CLAUSE_END, _AND_DATED)]
    return min((end for end in ends if end is not None), default=len(sentence))


# A sentence's verbs each look for their clause's start and end; scanning the sentence again
# for every verb would make long sentences quadratic. The matches are found once per sentence
# (memoised: the functions are pure and return tuples) and each verb bisects them.


@lru_cache(maxsize=8)
def _chain(pattern: re.Pattern[str], sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The (starts, ends) of ``pattern.finditer(sentence)``."""
    spans = [m.span() for m in pattern.finditer(sentence)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


def _last_end_before(pattern: re.Pattern[str], sentence: str, at: int) -> int:
    """``max(m.end() for m in pattern.finditer(sentence[:at]))``, 0 without one, for a
    ``pattern`` without lookaheads or anchors at its end: its matches that end before ``at``
    are those of the whole sentence; only one running into ``at`` is matched again, cut there."""
    starts, ends = _chain(pattern, sentence)
    index = bisect_left(ends, at)
    last = ends[index - 1] if index else 0
    if index < len(starts) and starts[index] < at:
        last = max((m.end() for m in pattern.finditer(sentence, starts[index], at)), default=last)
    return last


# Non-space characters one attempt of _CLAUSE_START reads at most ("before" and the one after
# its spaces; ", and" and the one after), with room to spare.
_CLAUSE_START_READ = 16


def _clause_start_in_edited(original: str, shared: int, edited: str, at: int) -> int:
    """``_last_end_before(_CLAUSE_START, edited, at)`` for an ``edited`` sentence that begins
    with ``original[:shared]`` (an aside cut out before a verb): the matches ending
    _CLAUSE_START_READ non-space characters before ``shared`` read nothing after it, so they
    come from the original's cached chain; only the text after them is matched again (a new
    string per verb would be scanned whole)."""
    if edited is original:
        return _last_end_before(_CLAUSE_START, original, at)
    bound, seen = shared, 0
    while bound > 0 and seen < _CLAUSE_START_READ:
        bound -= 1
        seen += not original[bound].isspace()
    _, ends = _chain(_CLAUSE_START, original)
    index = bisect_right(ends, bound) if seen >= _CLAUSE_START_READ else 0
    last = ends[index - 1] if index else 0
    return max((m.end() for m in _CLAUSE_START.finditer(edited, last, at)), default=last)


@lru_cache(maxsize=8)
def _match_starts(pattern: re.Pattern[str], sentence: str) -> tuple[int, ...]:
    """Every position where ``pattern`` matches in ``sentence`` (overlapping ones too)."""
    found: list[int] = []
    match = pattern.search(sentence)
    while match:
        found.append(match.start())
        match = pattern.search(sentence, match.start() + 1)
    return tuple(found)


def first_match_from(pattern: re.Pattern[str], sentence: str, start: int) -> int | None:
    """``pattern.search(sentence, start).start()`` (lookbehinds see before ``start`` either way)."""
    starts = _match_starts(pattern, sentence)
    index = bisect_left(starts, start)
    return starts[index] if index < len(starts) else None


_DATE_COMMA = re.compile(r",(?!\s\d{4})")


def _comma_pieces(text: str) -> list[tuple[int, int]]:
    """The spans between commas, a comma before a year ("May 5, 1990") inside a piece."""
    spans = []
    start = 0
    for comma in (*_DATE_COMMA.finditer(text), None):
        end = comma.start() if comma else len(text)
        if end > start:
            spans.append((start, end))
        start = end + 1
    return spans


def _inside_relative(sentence: str, start: int, position: int) -> bool:
    return bool(re.search(r",\s+(?:which|who)\b", sentence[start:position]))


@dataclass(frozen=True)
class _RenameSite:
    """A renaming verb where it stands: its clause, the text before the verb (``context``),
    who "self" is, and the story's position; what every rename reader needs."""

    clause: _Clause
    context: str
    names: Names
    position: float

    def rename(
        self, into_self: bool, new_name: str | None, old_name: str | None, founded_as: bool = False, other: bool = False
    ) -> _Rename:
        date, text, kind = self.clause.date, self.clause.text, self.clause.verb.kind
        grew = other and kind in _GROWN_KINDS
        return _Rename(self.position, into_self, new_name, old_name, date, text, founded_as, kind, grew)


def _read_rename(site: _RenameSite) -> _Rename | None:
    verb, who, names = site.clause.verb, site.clause.who, site.names
    if verb.direction in _PRESENT_NAME_DIRECTIONS:
        return _took_present_name(site)
    after = _skip_adverbial(site.clause.after)
    after = after[_NOTE_FIRST.match(after).end() :]  # type: ignore[union-attr]
    after = _NAME_FILLER.sub("", after, count=1)  # "rebranded as just Vale": the name after the hedge
    source = _RENAMED_FROM.match(after)
    if source:
        return _renamed_from(site, after[source.end() :])
    if re.match(r"(?:a|an)\s", after):
        # "reorganized as an independent institution": a kind, not a name; "became a federal
        # institute under its present name": the present name
        if who == Subject.SELF and _UNDER_PRESENT_NAME.search(after[: _clause_end(after, 0)]):
            return site.rename(True, None, _pronoun_referent(site.context, names))
        return None
    # "became independent again as the X", "was reconstituted once more as X": the name after "as"
    modifiers = re.match(r"(?P<words>(?:[a-z]+\s+){1,3}?)as\s+(?=(?:the\s+)?[A-Z])", after)
    if modifiers and not set(modifiers["words"].split()) & {*_not_object_words(), "of", "as", "part"}:
        after = after[modifiers.end() :]
    span = name_at(after, lax=True)
    if span is None:
        # "renamed Agence française de développement.": its own name ending in lowercase words
        # (which no other name may) is read when it is all the clause holds
        return _renamed_to(site, names.identity.name) if _own_name_ends_clause(after, names) else None
    whole = _whole_name(after, span, founding=verb.kind == "founded-as")
    if whole is not None:
        whole = _with_own_comma_place(after, whole, names)
    if whole is None:
        return None
    taken = names.full(whole.name)
    if _own_name_or_alternate(taken, names):
        # "1897: renamed Schweizerischer Bankverein" where the intro gives that name as its own
        # (in another language): the rename into its present name
        taken = names.identity.name
    return _renamed_to(site, taken)


# "renamed the Royal Observatory, Hong Kong, and …": a place after the name's comma, then the
# clause's end
_COMMA_PLACE = re.compile(r",\s(?P<place>[A-ZÀ-Þ][\w'’-]{1,30}(?:\s[A-ZÀ-Þ][\w'’-]{1,30}){0,2})(?=[,.;)]|\s\(|$)")


def _with_own_comma_place(text: str, span: NameSpan, names: Names) -> NameSpan:
    """The name with the place after its comma when that place is in the organization's own
    name ("the Observatory was renamed the Royal Observatory, Hong Kong" of the Hong Kong
    Observatory): the place was written into the name it took; another place ("renamed the
    Royal Institute, London") is where it stood, left out."""
    place = _COMMA_PLACE.match(text, span.end)
    own = names.identity.name.split()
    if place is None or not _contains_words(own, place["place"].split()):
        return span
    return NameSpan(f"{span.name}, {place['place']}", span.acronym, place.end())


def _contains_words(words: list[str], part: list[str]) -> bool:
    return any(words[at : at + len(part)] == part for at in range(len(words) - len(part) + 1))


def _own_name_ends_clause(after: str, names: Names) -> bool:
    """Whether ``after`` is the organization's own name (after "the"), then the clause's end."""
    own = names.identity.name
    text = _LEADING_THE.sub("", after, count=1)
    return bool(own) and text.startswith(own) and _NAME_CLAUSE_END.match(text, len(own)) is not None


# a name's "to" before more capitals ("… for Relief to the Wounded"), and where a clause ends
_NAME_GOES_ON = re.compile(r"\sto\s(?:the\s)?(?=[A-Z])")
_NAME_GOES_ON_IN = re.compile(r"\sin\s(?:the\s)?(?=[A-Z])")
# "founded in the United Kingdom by X as …": the founding's place, told before its name
_PLACE_BEFORE_NAME = re.compile(r"^\s*in\s(?:the\s)?[A-Z]")
_NAME_CLAUSE_END = re.compile(r"\s*(?:[.;,(]|$)")
_NOTE_OPENING = re.compile(r"\s[(\"“]")


def _whole_name(text: str, span: NameSpan, *, founding: bool, placed: bool = False) -> NameSpan | None:
    """The name ``span`` found at the start of ``text``, or none where it was cut: History's
    names stop at "to" (it ends "from A to B"), so one going on in capitals after it ("founded
    as the Committee for Relief to the Wounded") is taken whole after a founding's "as" when
    the clause ends with it, and is otherwise none (never the cut one). ``placed``: the
    founding clause gave its place before the name ("founded in Chile by X as the Y in Z"), so
    an "in" after the name is no second place but the name's own word, read the same way."""
    went_on = _NAME_GOES_ON.match(text, span.end) or (_NAME_GOES_ON_IN.match(text, span.end) if placed else None)
    if went_on is None:
        return span
    # (read up to a bracket or quote: a nickname after the name, '("Committee of Five": …)', is none of it)
    tail = _NOTE_OPENING.split(text[went_on.end() :], maxsplit=1)[0]
    rest = name_at(tail, lax=True)
    if not founding or rest is None or not _NAME_CLAUSE_END.match(text, went_on.end() + rest.end):
        return None
    return NameSpan(f"{span.name}{went_on.group()}{rest.name}", None, went_on.end() + rest.end)


def _renamed_to(site: _RenameSite, new_name: str) -> _Rename | None:
    verb, who, other_subject, names = site.clause.verb, site.clause.who, site.clause.other_subject, site.names
    founded_as = verb.kind == "founded-as"
    if names.is_self(new_name):
        old = None
        if verb.kind == "founded-as":
            pass  # "the college was established as the University of X": where its name begins
        elif verb.phrase in context_words("agent-rename"):
            pass  # "the President gave it the name of X": the subject gave the name, never bore it
        elif who == Subject.OTHER and other_subject and _head_noun_only(site.clause, other_subject):
            # the name in use, not "Régie"
            return replace(site.rename(True, None, None, founded_as), head_noun=other_subject)
        elif who == Subject.OTHER and other_subject:
            return site.rename(True, None, other_subject, founded_as, other=True)
        elif who == Subject.UNKNOWN:
            old = _referent(site.context, names)
        else:
            old = _pronoun_referent(site.context, names)
        return site.rename(True, None, old, founded_as)
    if who == Subject.SELF:
        return site.rename(False, new_name, None, founded_as)
    if (
        who == Subject.OTHER
        and other_subject
        and verb.kind == "renamed"
        and _head_noun_only(site.clause, other_subject)
    ):
        # "… of the Commission des liqueurs de Québec. 1961: the Commission takes the name of X":
        # the head noun stands for the one earlier body it opens (counted only if a later rename
        # reaches the present name, as any rename into another name)
        earlier = _earlier_body(site.context, other_subject, names)
        if earlier is not None:
            return replace(site.rename(False, new_name, earlier, founded_as), head_noun=other_subject)
    if who == Subject.OTHER and other_subject and verb.kind == "renamed" and is_acronym(other_subject):
        # "creation of the X (ORSC). 1949: the ORSC becomes Y": the acronym an earlier name
        # defined stands for that body, the name in use before Y
        defined = _acronym_body(site.context, other_subject)
        if defined is not None and not names.is_self(defined):
            return replace(site.rename(False, new_name, None, founded_as), acronym_of=names.full(defined))
    return None


_ACRONYM_BODY_WORDS = 12
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _acronym_body(context: str, acronym: str) -> str | None:
    """The name written right before the last "(ACR)" of ``context`` whose words that are not
    glue give exactly the acronym's letters ("Office de la recherche scientifique coloniale
    (ORSC)"), lowercase words too; none when no such name stands there."""
    at = context.rfind(f" ({acronym})")
    if at < 0:
        return None
    words = context[max(0, at - 240) : at].split()[-_ACRONYM_BODY_WORDS:]
    for start in range(len(words) - 1):
        candidate = words[start:]
        letters = "".join(w[0] for w in candidate if w.lower() not in _GLUE)
        if candidate[0][:1].isupper() and letters.lower() == acronym.lower():
            name = " ".join(candidate)
            return name if name_problem(name) is None else None
    return None


def _earlier_body(context: str, noun: str, names: Names) -> str | None:
    """The one name of two or more words that every earlier ``noun`` opens, or none where the
    noun stands elsewhere alone or in another name (the head noun would be ambiguous)."""
    ends = _word_ends(context, noun)[:-1]  # the last is the subject itself
    found = set()
    for end in ends:
        span = name_at(context[end - len(noun) :], lax=True)
        if span is None or len(span.name.split()) < 2 or span.name.split()[0] != noun:
            return None
        found.add(names.full(span.name))
    return found.pop() if len(found) == 1 and not names.is_self(next(iter(found))) else None


def _head_noun_only(clause: _Clause, subject: str) -> bool:
    """ "the Board became the X": one capitalised word after "the" (no acronym) is the head noun
    of a fuller name in use, never a whole name of its own."""
    if " " in subject or is_acronym(subject):
        return False
    before = clause.sentence[: clause.match.start()]
    return any(_word_ends(before, f"{article} {subject}") for article in ("the", "The"))


_RENAMED_FROM = re.compile(r"from\s+(?=(?:the\s+)?[A-ZÀ-Þ])")
_FROM_TO = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:,\s*)?(?:to|into|as|->|→|=>)\s+")
_ARROW = re.compile(r"\s(?:->|→|=>)\s")
# "renamed 2011 (Lei 12.545) from X": a bracketed note (an act, a source) before "from"
_NOTE_FIRST = re.compile(r"(?:\([^()]{1,80}\)\s*)?")
# "rebranded as just Vale", "renamed simply the Institute": a word saying the new name is
# shorter (history-context.csv, name-filler) is no part of it
_NAME_FILLER = re.compile(rf"^(?:{lexicon.alternation(_context('name-filler'))})\s+(?=(?:the\s+)?[A-ZÀ-Þ])", re.I)
# "… to its current name", "-> current name": the present name, not written out
_PRESENT_NAME_WORDS = re.compile(r"(?:(?:its|the)\s)?(?:current|present|present-day|today's)\s(?:name|one)\b", re.I)
# "renamed from X in 1962." with no new name: the clause ends after X (and its date)
_FROM_END = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}\s*)?(?:[.;,]|$)"
)


def _renamed_from(site: _RenameSite, text: str) -> _Rename | None:
    """ "renamed from X to Y", "changed its name from X to Y": X was its name before Y;
    "renamed from X" alone: before its present name. Read for the organization only."""
    names = site.names
    arrow = _ARROW.search(text)  # "from X -> Y": the old name ends at the arrow
    span = name_at(text[: arrow.start()] if arrow else text, lax=True)
    if site.clause.who != Subject.SELF or span is None or site.clause.verb.kind == "founded-as":
        return None
    old = names.full(span.name)
    rest = text[span.end :]
    to = _FROM_TO.match(rest)
    if to is None:
        if names.is_self(old) or not _FROM_END.match(rest):
            return None
        return site.rename(True, None, old)
    if _PRESENT_NAME_WORDS.match(rest, to.end()):
        return None if names.is_self(old) else site.rename(True, None, old)
    new = name_at(rest[to.end() :], lax=True)
    if new is None:
        return None
    new_name = names.full(new.name)
    if names.is_self(new_name):
        return None if names.is_self(old) else site.rename(True, None, old)
    return site.rename(False, new_name, None if names.is_self(old) else old)


_UNDER_PRESENT_NAME = re.compile(r"\bunder\s+its\s+(?:present|current|present-day|actual)\s+name\b", re.I)


def _took_present_name(site: _RenameSite) -> _Rename | None:
    """ "took its present name": the subject is this organization under an earlier name
    ("the Halden Soil Laboratory took its present name in 1962"), unless the name after
    the verb is another's ("the Académie took its present name, University of Lausanne")."""
    who, other_subject, names = site.clause.who, site.clause.other_subject, site.names
    if site.clause.verb.direction == "present-name-subject":
        # "The present name was adopted in 1975": the name is the subject; only "the"/"its"
        # (after a date or a conjunction) may stand before it, else it may be another's name
        opening = _OWN_NAME_CLAUSE.split(site.clause.sentence[: site.clause.match.start()])[-1].strip()
        own = _OWN_NAME_SUBJECT.fullmatch(opening)
        return site.rename(True, None, None) if own else None
    named = _PRESENT_NAME_GIVEN.match(site.clause.after)
    span = name_at(site.clause.after[named.end() :], lax=True) if named else None
    if span and not names.is_self(names.full(span.name)) and who != Subject.SELF:
        return None
    if who == Subject.SELF:
        return site.rename(True, None, _pronoun_referent(site.context, names))
    if who == Subject.OTHER and other_subject and _head_noun_only(site.clause, other_subject):
        return site.rename(True, None, None)
    if who == Subject.OTHER and other_subject and not names.is_self(other_subject):
        return site.rename(True, None, other_subject)
    if _participle_of_self(site.clause, names):
        return site.rename(True, None, None)
    return None


# "The present name …", "In 1975 its present name …", "…; and the present name …": a clause
# opening with nothing but a year before the name
_OWN_NAME_SUBJECT = re.compile(r"(?:(?:in|since|from)\s\d{4},?\s)?(?:and\s)?(?:the|its)", re.I)
_OWN_NAME_CLAUSE = re.compile(r"[.;:]\s|,\s(?=and\s)")


def _participle_of_self(clause: _Clause, names: Names) -> bool:
    """ "After the war the Museum passed to the Ministry, taking its present name in 1952": a
    participle after a comma has the subject of its clause, here "the Museum" (a word of its own
    name) or "It" opening it, after at most a short adverbial ("After the war")."""
    before = clause.sentence[: clause.match.start()]
    if not clause.verb.phrase.startswith("taking") or not before.rstrip().endswith(","):
        return False
    opening = _PARTICIPLE_SUBJECT.match(before, before.rfind(";") + 1)
    return opening is not None and (opening["head"] is None or opening["head"].lower() in names.own_words())


# "It" or "the <word>" opening a clause, after at most a short adverbial ("After the war");
# the word must go on with a verb, not with "of" ("the Museum of Art" is another's name)
_PARTICIPLE_SUBJECT = re.compile(
    r"\s?(?:[A-Z][a-z]{1,10}(?:\s[a-z]{2,5})?\s\w{2,20},?\s)?(?:[Tt]he\s(?P<head>[A-Z][a-z]{1,30})|It)\s"
    r"(?=[a-z])(?!(?:of|and|for|de|du|des)\s)"
)


_PRESENT_NAME_GIVEN = re.compile(r"\s*(?:[,:]\s*)?(?:that\s+of\s+|as\s+)?(?=(?:the\s+)?[A-Z])")
_IT_SUBJECT = re.compile(r"(?:^|[.;:]\s+)It\s+(?:(?:later|then|was|has|had|been|subsequently|eventually|finally)\s+)*$")


def _pronoun_referent(context: str, names: Names) -> str | None:
    """ "The Science Research Council took over … . It became the Science and Engineering
    Research Council in 1981": the subject of the sentence before "It", when that is a named
    organization of the same kind (with the last word of the present name)."""
    sentence_start = max(context.rfind(". "), context.rfind(".\n"), context.rfind("\n")) + 1
    if not _IT_SUBJECT.search(context[sentence_start:].lstrip()):
        return None
    before = context[:sentence_start].rstrip()
    previous = segments(before)[-1].text if before else ""
    name = _leading_name(previous)
    if name is None or names.is_self(name) or len(name.split()) < 2:
        return None
    head = names.identity.name.split()[-1].lower()
    return name if head in {w.lower() for w in name.split()} else None


def _leading_name(sentence: str) -> str | None:
    """The name that is the subject of ``sentence``: its capitalised words (glue words
    between them) up to the first lowercase word, which must be a verb-like word, not glue."""
    words = sentence.split()[:_DEFINED_WORDS]
    if words and words[0] == "The":
        words = words[1:]
    taken: list[str] = []
    for word in words:
        if (word[:1].isupper() and re.fullmatch(r"[\w&'’.-]+", word)) or (taken and word in _DEFINED_GLUE):
            taken.append(word)
        else:
            break
    while taken and not taken[-1][:1].isupper():
        taken.pop()
    follows = words[len(taken)] if len(taken) < len(words) else ""
    return " ".join(taken) if taken and follows[:1].islower() else None


# "renamed X in 1975 and Y in 1990": after the first name and its date, "and" and a second
# name with a date of its own, which ends the clause.
# (a bracketed gloss may follow each name: "the Imperial Museum (帝国博物館, Teikoku Hakubutsukan) in 1889")
_DATE_AND = re.compile(
    r"(?:\s\([^()]{1,80}\))?\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4},?\s+and\s+(?:the\s+)?"
)
_DATED_END = re.compile(r"(?:\s\([^()]{1,80}\))?\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}")


def _second_rename(first: _Rename, after: str, names: Names) -> _Rename | None:
    """The second rename of "renamed X in 1975 and Y in 1990", when ``first`` is X's."""
    if first.into_self or first.founded_as or first.new_name is None:
        return None
    start = after.find(first.new_name)
    joint = _DATE_AND.match(after, start + len(first.new_name)) if start >= 0 else None
    span = name_at(after[joint.end() :], lax=True) if joint else None
    dated = span and joint and _DATED_END.match(after, joint.end() + span.end)
    if not (span and dated) or after[dated.end() :].lstrip()[:1] not in {"", ".", ";", ","}:
        return None
    date = date_spans(dated.group())
    name = names.full(span.name)
    into_self = names.is_self(name)
    return _Rename(
        first.position + 0.25,
        into_self,
        None if into_self else name,
        None,
        date[0][2] if date else None,
        first.text,
        kind=first.kind,
    )


def _referent(context: str, names: Names) -> str | None:
    """ "… and the Royal Aircraft Factory in 1912. … the factory was renamed …": the last
    name before "the factory" whose last word is "Factory"."""
    head = re.search(r"\b(?:the|this|that)\s+([a-z]+)\s+(?:\w+\s+){0,2}$", context)
    if not head:
        return None
    noun = head[1].capitalize()
    found = None
    for end in _word_ends(context[: head.start()], noun):
        name = _trailing_name(context[:end])
        if name and len(name.split()) > 1 and not names.is_self(name):
            found = name
            if _renamed_since(context[end : head.start()]):
                found = None  # "X Company … The company became Y in 2001. … the company took the name Z"
    return found


def _renamed_since(between: str) -> bool:
    """A rename told between a name and "the company" that stands for it: by then the body bore
    the later name, so the earlier one is not what "the company" was called."""
    return any(_verb(verb["verb"]).kind == "renamed" for verb in _verbs_in(between))


_KNOWN_AS_UNTIL = re.compile(r"\b(?:(?:was|were)\s+(?:\w+\s+)?)?known\s+as\s+", re.I)
# After "known as X": a time that ended ("until 1962", "from 1950 to 1962", "(1950–1962)").
_PAST_SPAN = re.compile(
    r"\s*(?:\(\d{4}\s*[–-]\s*\d{4}\)|(?:\([^()]*\)\s*)?(?:until|till|up\s+to|from\s+\d{4}\s+(?:to|until)|between\s+\d{4}\s+and)\b)"
)
# "was known until 1981 as X", "known until March 1981 as X": X was its name until then.
_KNOWN_UNTIL_AS = re.compile(r"\bknown\s+until\s+(?:[A-Za-z]+\.?\s+){0,2}\d{4},?\s+as\s+", re.I)
# "founded in 1920 … as the X", "Est. 1928 as X", "established … under the name X": the
# founding verbs of lexicon/founding-verbs.csv; the words between are checked in code.
# ("privatised … as X", "listed … as X": a change of status under a name, read the same way)
_FOUNDING_WORDS = (
    *(v.phrase for v in lexicon.founding_verbs()),
    "began",
    *_context("status-change"),
    *_context("founding-noun"),  # a list's noun phrase: "– 1851: founding as X"
    *_context("name-start"),  # "registered as the X", "opens as X": the name, no founding
)
# Each place a founding verb starts; then each verb that starts there (longest first,
# then the others), and the first "as"/"under the name" within 200 characters after it, with no ";"
# between: found in code, as one pattern with that gap is not provably linear.
_FOUNDING_AT = re.compile(rf"(?<![\w-])(?=(?:{lexicon.alternation(_FOUNDING_WORDS)})(?![\w-]))", re.I)
_FOUNDING_VERBS = tuple(re.compile(rf"{re.escape(word)}(?![\w-])", re.I) for word in _FOUNDING_WORDS)
_FOUNDED_AS_GAP = 200
_AS_OR_STOP = re.compile(r"\b(?:as|under|with)|;", re.I)
# (the name's capital is case-sensitive: "as its first director" names no name; "as a
# private school, the X" names one after its kind)
# ("with the designation of X": a calque of Spanish/Portuguese "con la denominación de")
_AS_NAME = re.compile(
    r"\b(?i:as|(?:under|with)\s+the\s+(?:name|designation|denomination)(?:\s+of)?)\s+"
    r"(?:[\"“„«](?=[A-ZÀ-Þ]))?(?=the\s+[A-ZÀ-Þ]|[A-ZÀ-Þ]|an?\s"
    rf"|(?:{lexicon.alternation(_context('name-prefix'))})\s[A-ZÀ-Þ])"
)


@dataclass(frozen=True)
class _FoundedAs:
    start: int  # of the verb
    gap: str  # between the verb and "as"
    end: int  # after "as" and its spaces


def _founded_as_phrases(sentence: str) -> list[_FoundedAs]:
    found: list[_FoundedAs] = []
    for at in _FOUNDING_AT.finditer(sentence):
        if found and at.start() < found[-1].end:
            continue
        for verb in _FOUNDING_VERBS:
            phrase = verb.match(sentence, at.start())
            hit = phrase and _as_after(sentence, phrase.end())
            if phrase and hit:
                found.append(_FoundedAs(at.start(), sentence[phrase.end() : hit.start()], hit.end()))
                break
    return found


def _as_after(sentence: str, start: int) -> re.Match[str] | None:
    limit = min(len(sentence), start + _FOUNDED_AS_GAP + len("under"))
    for candidate in _AS_OR_STOP.finditer(sentence, start, limit):
        if candidate.group() == ";" or candidate.start() - start > _FOUNDED_AS_GAP:
            return None
        hit = _AS_NAME.match(sentence, candidate.start())
        if hit:
            return hit
    return None


# Words in that gap that start another clause ("founded in 1950 by X, who served as the …").
_FOUNDED_AS_BREAK = re.compile(r"\b(?:who|which|whose|that|it|they|he|she|served|acted|worked|known|such)\b", re.I)
# A dash aside opened by another noun in that gap ("founded on 7 July 1950 — the day still kept as
# X — and …"): its "as" is the aside's, X the noun's name, not the founding's; a closed aside
# ("founded in 1900 — in Vienna — as the X") has a second dash and is left alone.
_DASH_NOUN_ASIDE = re.compile(r"\s[–—]\s(?:the|a|an|this|that|its)\s[a-z][^–—]{0,200}$")


# "The X, as it was then called, moved …" (X opens the sentence, after a date at most);
# "the laboratory, then called the X, moved …" (after "it" or a noun of its own)
_AS_THEN_CALLED = re.compile(r",\s+as\s+it\s+was\s+(?:then|at\s+the\s+time)\s+(?:called|known|named|styled)\b")
_THEN_CALLED = re.compile(r",\s+(?:then|at\s+the\s+time)\s+(?:called|known\s+as|named|styled)\s+")
_LEADING_DATE = re.compile(r"^(?:In|By|From|After)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+")
_OPENING_DATE = re.compile(r"(?:(?:In|By|From|After)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?:[Tt]he\s+)?")


def _then_called(sentence: str, names: Names) -> list[tuple[int, str]]:
    """A name it had then: "The X, as it was then called, …", "the lab, then called X, …"."""
    found = []
    for match in _AS_THEN_CALLED.finditer(sentence):
        opening = _OPENING_DATE.match(sentence)
        span = name_at(sentence[opening.end() if opening else 0 : match.start()])
        if span and opening and opening.end() + span.end == match.start() and not names.is_self(span.name):
            found.append((match.start(), names.full(span.name)))
    for match in _THEN_CALLED.finditer(sentence):
        subject = re.split(r"[,;]", sentence[: match.start()])[-1].strip()
        head = _classify(_LEADING_DATE.sub("", subject, count=1), names)[0]
        span = name_at(re.sub(r"^the\s+", "", sentence[match.end() :]))
        rest = sentence[match.end() :].removeprefix("the ")
        closed = span is not None and rest[span.end : span.end + 1] in {",", ")", ""}
        if head == Subject.SELF and span and closed and not names.is_self(span.name):
            found.append((match.start(), names.full(span.name)))
    return found


# "X (gloss), which kept its initials when it was renamed <its name>": "it" in the relative clause
# is X, so X is a name it had before the rename
# ("which" the relative clause's subject: "which the ministry funded until it …" has another)
_WHICH_THEN_IT = re.compile(
    r",\swhich\s(?!(?:the|a|an|we|they|he|she|its|our|their|his|her)\s)[^,;:()]{0,80}?\s"
    r"(?:when|as|before|after|until)\sit\s(?:was\s)?"
)
_GLOSS_AT_END = re.compile(r"\s\((?P<gloss>[A-ZÀ-Þ][^()]{2,100})\)$")


def _which_then_renamed(sentence: str, names: Names) -> list[tuple[int, str]]:
    """ "replaced by the Fen Institute (Instituto do Pântano), which kept its initials when it was
    renamed <its present name> in 1990": the name before ", which" (and a name glossing it in
    brackets, when written in the words of its present name) is a name it had before that rename;
    a rename into another name, or none, gives nothing."""
    found: list[tuple[int, str]] = []
    for match in _WHICH_THEN_IT.finditer(sentence):
        verbs = _verbs_in(sentence[match.end() :])
        if not verbs or verbs[0].start() != 0 or _negated(sentence, match.end()):
            continue
        direction = _verb(verbs[0]["verb"]).direction
        after = _skip_adverbial(sentence[match.end() + verbs[0].end() :])
        into_self = direction in _PRESENT_NAME_DIRECTIONS or (
            direction == "new-name" and (span := name_at(after)) is not None and names.is_self(names.full(span.name))
        )
        if not into_self:
            continue
        before = sentence[: match.start()]
        gloss = _GLOSS_AT_END.search(before)
        core = before[: gloss.start()] if gloss else before
        phrase = _last_phrase(core)
        name = _trailing_name(phrase) if phrase else None
        if not name or names.is_self(name) or not _org_named(name):
            continue
        glossed = name_at(gloss["gloss"]) if gloss else None
        if gloss and glossed and glossed.name == gloss["gloss"] and _in_own_words(glossed.name, name, names):
            name = glossed.name  # one name in two languages: the one written as its present name is
        found.append((match.start(), names.full(name)))
    return found


def _in_own_words(gloss: str, name: str, names: Names) -> bool:
    """Whether ``gloss`` shares a capitalised word with the organization's name and ``name`` none
    ("Instituto de Pesquisas Espaciais" beside "Institute for Space Research", for an Instituto)."""
    own = {word for word in names.identity.name.split() if word[:1].isupper()}
    return bool(own & set(gloss.split())) and not own & set(name.split())


# "was known as <its name> in Prague until 2016": its own name, then "in" and a town of one
# or two capitalised words, then a time that ended
_IN_TOWN = re.compile(r"\s(?:in|at)\s(?P<town>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?)(?=[\s,(])")


def _self_in_town(sentence: str, end: int, name: str) -> str | None:
    """ "The University was officially known as Charles University in Prague until 2016": its
    present name with the town it is in was its name until then. Not a country ("known as X
    in Germany until 1990" says what it was called there), nor without a time that ended."""
    town = _IN_TOWN.match(sentence, end)
    if town is None or is_country(town["town"]) or not _PAST_SPAN.match(sentence, town.end()):
        return None
    return f"{name} {sentence[end : town.end()].strip()}"


# "Known for most of its history as X (gloss), it has since …": a participle that opens the
# sentence, about the "it" after the comma, whose present perfect says the name is past
_KNOWN_FOR_MOST = re.compile(
    r"Known\s(?:for\s(?:most|much)\sof\sits\s(?:history|existence|life)|until\s(?:recently|then))\sas\s"
)
_THEN_IT_SINCE = re.compile(r"(?:\s\([^()]{1,80}\))?,\sit\s(?:has\ssince|has\sbeen|was\srenamed|became)\b")


def _known_as_until(sentence: str, names: Names) -> list[tuple[int, str]]:
    """ "It was known as X until …", "known until 1981 as X": X is a previous name."""
    found = []
    for match in _KNOWN_AS_UNTIL.finditer(sentence):
        who, _ = subject_of(sentence, match.start(), names)
        span = name_at(sentence[match.end() :], lax=True)
        until = span and _PAST_SPAN.match(sentence, match.end() + span.end)
        if who == Subject.SELF and span and until and not names.is_self(span.name):
            found.append((match.start(), span.name))
        elif who == Subject.SELF and span and names.is_self(span.name):
            placed = _self_in_town(sentence, match.end() + span.end, span.name)
            if placed:
                found.append((match.start(), placed))
    opening = _KNOWN_FOR_MOST.match(sentence)
    span = name_at(sentence[opening.end() :], lax=True) if opening else None
    # "Known for most of its history as X (Y), it has since 2025 been …": X was its name
    past = opening and span and _THEN_IT_SINCE.match(sentence, opening.end() + span.end)
    if past and span and not names.is_self(names.full(span.name)):
        found.append((0, names.full(span.name)))
    for match in _KNOWN_UNTIL_AS.finditer(sentence):
        who, _ = subject_of(sentence, match.start(), names)
        span = name_at(sentence[match.end() :], lax=True)
        if who == Subject.SELF and span and not names.is_self(names.full(span.name)):
            found.append((match.start(), names.full(span.name)))
    return found


# "reorganised it as X, the name it kept until it became <its name> in 1977": X, given after
# "as", was its name until a rename into its present name (history-context.csv, name-kept-verb)
_NAME_KEPT_UNTIL = re.compile(
    rf",\s(?:the|a)\sname\s(?:which\s|that\s)?it\s(?:{lexicon.alternation(_context('name-kept-verb'))})\suntil\s"
)
_AS_BEFORE_NAME = re.compile(r"\sas\s(?:the\s)?$")
_KEPT_CLAUSE_END = re.compile(r";|\.(?:\s|$)")


def _name_kept_until(sentence: str, names: Names) -> list[tuple[int, str]]:
    """ "… as X, the name it kept until it became <its name>": X is a previous name. The name
    must follow "as" (a name it was given), and the clause after "until" must rename it into
    its present name; "X, the name it kept until its closure" (its last name) gives nothing."""
    found = []
    for match in _NAME_KEPT_UNTIL.finditer(sentence):
        before = sentence[: match.start()]
        name = _trailing_name(before[-_SUBJECT_REACH:])
        if name is None or not _AS_BEFORE_NAME.search(before[: len(before) - len(name)]):
            continue
        end = _KEPT_CLAUSE_END.search(sentence, match.end())
        tail = sentence[match.end() : end.start() if end else len(sentence)]
        verb = next(iter(_verbs_in(tail)), None)
        if verb is None or _negated(tail, verb.start()):
            continue
        direction = _verb(verb["verb"]).direction
        taken = name_at(tail[verb.end() :]) if direction == "new-name" else None
        into_self = direction in _PRESENT_NAME_DIRECTIONS or (taken is not None and names.is_self(taken.name))
        if into_self and not names.is_self(name) and has_org_word(name):
            found.append((match.start() - len(name), names.full(name)))
    return found


# "originally called X", "It was formerly X", "before that it was X", "known successively as
# X, Y and Z", "Former names: X; Y", "X, formerly Y": the names after the cue are names it had
# before. (Several patterns: one alternation of them is not provably linear.)
_EARLIER_NAME = (
    re.compile(
        r"\b(?:(?:originally|formerly|previously|initially|first)\s+(?:known\s+as|called|named|styled)"
        r"|(?P<successive>(?:known|named|called|styled)\s+successively(?:\s+as)?"
        r"|successively\s+(?:known\s+as|called|named|styled))"
        r"|(?:was|were)\s+(?:originally|formerly|previously|initially)(?:\s+(?:known\s+as|called|named))?"
        # "it used to be (called) X": the spoken "formerly"
        r"|used\s+to\s+be(?:\s+(?:known\s+as|called|named))?)\s+",
        re.I,
    ),
    re.compile(
        r"\b(?:before|until|up\s+to)\s+(?:that|then|(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}),?\s+it\s+"
        r"(?:was|had\s+been)(?:\s+(?:known\s+as|called|named))?\s+",
        re.I,
    ),
    re.compile(
        r"\b(?:between\s+\d{4}\s+and|from\s+\d{4}\s+(?:to|until))\s+\d{4},?\s+it\s+(?:was|had\s+been)"
        r"(?:\s+(?:known\s+as|called|named))?\s+",
        re.I,
    ),
    re.compile(
        r"\b(?P<label>(?:its\s+)?(?:former|previous|earlier)\s+names?(?::|\s+(?:were|are|was|include[ds]?|have\s+been)))\s+",
        re.I,
    ),
    re.compile(r"(?P<lead>^(?:originally|formerly|at\s+first),?(?=\sthe\s))\s+", re.I),
    # "Until 1996 known as X or Y": a sentence with no subject of its own (the profile's)
    re.compile(
        r"(?P<elliptic>^(?:until|till|up\s+to)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?\s+(?:known\s+as|called|named))\s+",
        re.I,
    ),
    re.compile(r"(?P<apposed>,\s+(?:formerly|previously|originally)(?:\s+(?:known\s+as|called|named))?)\s+", re.I),
    # "the merged body was called X at first": the name, then a word saying it was its first
    re.compile(r"\b(?P<trailing>(?:was|were)\s+(?:called|known\s+as|named|styled))\s+(?=(?:the\s+)?[A-ZÀ-Þ])"),
    # "the letters once stood for X and then Y": what its acronym spelled out before
    re.compile(
        r"\b(?P<stood>(?:its|the)\s+(?:letters|initials|acronym|abbreviation)\s+(?:once|originally|first|formerly|initially)"
        r"\s+stood\s+for)\s+",
        re.I,
    ),
)
_NAMES_LABEL = re.compile(r"\s*(?:[-•*]\s*)?(?:former|previous|earlier)\s+names?:", re.I)
# Between two names of a sequence: ", ", "; ", " and ", ", then ", " and later ", a note in
# brackets after a name ("Halden Soil Bureau (1931–1950); …"), a cataloguer's span of years
# and source note ("Tarn Board (Tarnstyret), 1931-1950 [uncertain]; …").
_NAME_SEQUENCE = re.compile(
    r"(?:\s?\([^()]{1,40}\))?(?:,\s?\d{4}\s?[–—-]\s?(?:\d{4})?)?(?:\s?\[[^\[\]]{1,120}\])?"
    r"(?:\s?[,;]\s*|\s(?=and|then|later|or\s))(?:(?:and|then|later|or)\s+){0,2}"
)
_NAME_SEQUENCE_MAX = 8
# After a name that a cue without "called" or "known as" gives, the clause ends.
_BARE_NAME_END = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:\[[^\[\]]{1,120}\]\s*)?(?:[.,;]|$|(?:and|until|before|when)\s|in\s+\d{4})"
)
_NAMING_WORD = re.compile(r"\b(?:as|called|named|styled)\s+$", re.I)
# "… was called X at first", "… known as X initially" (ending the clause): X was its first name
_FIRST_ADVERB = re.compile(rf"\s{{1,3}}(?:{lexicon.alternation(_context('first-adverb'))})(?=\s{{0,3}}[,.;]|$)")


def _first_adverb_after(sentence: str, at: int, span: NameSpan) -> bool:
    # (a lax name's span may reach over the lowercase word it dropped: look after its last word)
    last = span.name.split()[-1]
    end = sentence.find(last, at) + len(last)
    return _FIRST_ADVERB.match(sentence, end) is not None


def _earlier_names(sentence: str, names: Names, *, labels_only: bool = False) -> list[tuple[int, str]]:
    """The earlier names an "originally called X" cue gives, with the cue's position
    (``labels_only``: only a label's, "Earlier names: A, 1947-1997; B, 1998-2015")."""
    found = []
    cues = sorted((m for pattern in _EARLIER_NAME for m in pattern.finditer(sentence)), key=lambda m: m.start())
    for match in cues:
        if labels_only and not match.groupdict().get("label"):
            continue
        if _negated(sentence, match.start()) or not _cue_is_about_self(sentence, match, names):
            continue
        bare = not _NAMING_WORD.search(match.group())
        at = match.end()
        for _ in range(_NAME_SEQUENCE_MAX):
            span = name_at(sentence[at:], lax=True)
            if match.groupdict().get("label") and (translated := _translated_name(sentence[at:])) is not None:
                # "Tarnas radiofons (Tarn Radio)": the whole name, not its capitalised first word
                span = translated if span is None or len(span.name) < len(translated.name) else span
            if span is None or re.search(r"['’]s\b", span.name):
                break
            if bare and not (len(span.name.split()) > 1 and _BARE_NAME_END.match(sentence, at + span.end)):
                break  # "it was formerly Oslo-based", "formerly the main building": no name
            if match.groupdict().get("trailing") and not _first_adverb_after(sentence, at, span):
                break  # "it was called X" alone: its name then or now, not said to be its first
            name = names.full(_without_apposed_acronym(span.name))
            # what the letters "once stood for" spells its acronym, and is still a former name
            spelled = bool(match.groupdict().get("stood")) and not same_name(name, names.identity.name)
            cue = match.groupdict()
            joiner = "and" if cue.get("successive") else "or" if cue.get("elliptic") else None
            for one in _successive_names(name, joiner) if joiner else (name,):
                if spelled or not names.is_self(one):
                    found.append((match.start(), one))
            joint = _NAME_SEQUENCE.match(sentence, at + span.end)
            if joint is None or joint.end() == at + span.end:
                break
            at = joint.end()
    return found


# "Companhia Vale do Rio Doce, CVRD": a spoken hand sets the acronym after a comma, no brackets
_APPOSED_ACRONYM = re.compile(r",\s(?P<acronym>[A-Z]{2,10})$")


def _without_apposed_acronym(name: str) -> str:
    """The name without an acronym of its own initials after a comma (another word stays)."""
    apposed = _APPOSED_ACRONYM.search(name)
    if apposed is None:
        return name
    words = name[: apposed.start()].split()
    capitals = [w for w in words if w[:1].isupper()]
    acronym = apposed["acronym"]
    fits = len(capitals) >= 2 and acronym[0] == capitals[0][0] and _fits_initials(acronym, words)
    return name[: apposed.start()] if fits else name


# "Valsts bibliotēka (State Library)": a name in a language that writes its nouns in lowercase,
# then its English gloss in brackets
_TRANSLATED = re.compile(r"(?P<name>[A-ZÀ-Þ][^\W\d_]{1,30}(?:[ '’-][^\W\d_]{1,30}){1,5}) ?\((?P<gloss>[^()]{3,80})\)")


def _translated_name(text: str) -> NameSpan | None:
    """After a catalogue's "Earlier name:" label, a name with lowercase words is taken whole when
    the bracket after it glosses it as a whole name with an organization's word; never otherwise."""
    match = _TRANSLATED.match(text)
    if match is None:
        return None
    gloss = match["gloss"].strip()
    span = name_at(gloss, lax=True)
    if span is None or span.end != len(gloss) or not has_org_word(span.name):
        return None
    return NameSpan(match["name"], None, match.end("name"))


# "Tarn Water Trust (1907–1945), then Tarn Water Company (1945–1997), then <its name>":
# names joined by "then" or an arrow, each with an optional span of years
_CHAIN_JOINT = re.compile(r"(?<!\s)\s+(?:then|later|→|->|>)\s+")
_CHAIN_YEARS = re.compile(r"(?<!\s)\s*\((?:from\s+)?\d{4}(?:\s*[–—-]\s*(?:\d{4}|present|today))?\)$")


def _name_chain(sentence: str, names: Names) -> list[tuple[int, str]]:
    """The earlier names of a chain of names that ends in (or contains) its own: every piece
    a name and nothing else (a span of years in brackets after it may follow)."""
    pieces = _CHAIN_JOINT.split(sentence.strip().rstrip("."))
    if len(pieces) < 2:
        return []
    chain: list[str] = []
    for piece in pieces:
        bare = _CHAIN_YEARS.sub("", piece.strip().rstrip(",;").rstrip()).strip()
        bare = re.sub(r"^(?:[Tt]he\s+)", "", bare)
        span = name_at(bare, lax=True)
        name = names.full(span.name) if span else ""
        if span is None or span.end != len(bare) or org_mention(name) is None:
            return []  # a piece that is not only a name: not a chain of names
        if not (names.is_self(name) or _org_named(name)):
            return []  # "Tarn Water, then Bog": names, but of no organization
        chain.append(name)
    own = [i for i, name in enumerate(chain) if names.is_self(name)]
    if not own:
        return []
    return [(0, name) for name in chain[: own[-1]] if not names.is_self(name)]


# "renamed A in 1940, then B in 1953": the second rename's verb left out; B, its own name,
# makes A a name it had before (a year may follow each name)
_ELIDED_RENAME = re.compile(r"(?:\s+in\s+\d{4})?,?\s+(?:and\s+)?(?:then|later)\s+(?:to\s+|into\s+)?(?:the\s+)?")


_ELIDED_END = re.compile(r"(?:\s+in\s+\d{4})?(?:\s*[,.;:(\u2014\u2013-]|\s*$|\s+[A-Z]{2,}\b)")


def _renamed_then_own(sentence: str, names: Names) -> list[tuple[int, str]]:
    found = []
    for match in _verbs_in(sentence):
        if _verb(match["verb"]).kind != "renamed" or _negated(sentence, match.start()):
            continue
        rest = sentence[match.end() :]
        lead = re.match(r"\s*(?:to\s+|as\s+)?(?:the\s+)?", rest)
        at = lead.end() if lead else 0
        first = name_at(rest[at:])
        joint = _ELIDED_RENAME.match(rest, at + first.end) if first else None
        second = name_at(rest[joint.end() :]) if joint else None
        if first is None or joint is None or second is None or not names.is_self(names.full(second.name)):
            continue
        # the own name ends the clause ("then Cairo University in 1953."), not a new subject's
        if not _ELIDED_END.match(rest, joint.end() + second.end):
            continue
        earlier = names.full(first.name)
        if not names.is_self(earlier) and _names_a_body(earlier, names):
            found.append((match.end() + at, earlier))
    return found


# The word joining the names of a succession ("X and Y") or of alternatives ("X or Y")
_SUCCESSION_JOINERS = {word: re.compile(rf"(?<!\s)\s+{word}\s") for word in ("and", "or")}


def _successive_names(name: str, joiner: str) -> tuple[str, ...]:
    """ "known successively as X and Y", "until 1990 known as X or Y": the ``joiner`` of such
    a cue joins two names, each whole and capitalised ("Musée du Congo belge and Musée royal
    du Congo belge"); otherwise the span stays one name. Both name an organization, or both
    open with the same word (a succession keeps its stem): never "Harrow Arts" and "Crafts
    Rooms" from "Harrow Arts and Crafts Rooms"."""
    parts = [part.strip() for part in _SUCCESSION_JOINERS[joiner].split(name)]
    if len(parts) == 1:
        return (name,)
    stems = {re.sub(r"^the\s+", "", part, flags=re.I).split()[0] for part in parts if part.split()}
    if len(stems) > 1 and not all(_has_org_word(part) for part in parts):
        return (name,)
    for part in parts:
        span = name_at(part, lax=True)
        if not part[:1].isupper() or span is None or span.name != part or len(part.split()) < 2:
            return (name,)
    return tuple(parts)


def _cue_is_about_self(sentence: str, match: re.Match[str], names: Names) -> bool:
    """A label ("Former names:") starts the sentence or follows "its"; "X, formerly Y" has
    its own name as X; any other cue has the organization as its subject."""
    cue = match.groupdict()
    if cue.get("stood"):
        return True  # the text's own letters: no other organization's acronym is in question
    if cue.get("elliptic"):
        return True  # the sentence names no subject: it goes on about the profile's
    if cue.get("label"):
        # (a stray stop after an open span of years, "1926- . Earlier name: …", ends a sentence too)
        opening = sentence[: match.start()].rstrip()
        return not opening or opening.endswith((".", ";")) or cue["label"].lower().startswith("its")
    if cue.get("apposed"):
        before = _trailing_name(sentence[: match.start()])
        return before is not None and names.is_self(before)
    return subject_of(sentence, match.start(), names)[0] == Subject.SELF


# "In its first incarnation it bore the simpler title of X", "At its founding the society was
# known simply as X": the name it had first (the subject, "it" or a noun of its own, is checked)
_FIRST_NAME_CUE = re.compile(
    r"\b(?:[Ii]n\sits\s(?:first|earliest|original)\s(?:incarnation|form|years)"
    r"|[Aa]t\sits\s(?:foundation|founding|opening|creation|beginnings?)"
    r"|[Oo]riginally|[Aa]t\sfirst|[Ii]n\sits\sorigins?|[Ii]n\sthe\sbeginning),?\s"
    r"(?:(?P<it>it)|the\s(?P<noun>[a-z]{3,20}))\s"
    r"(?:was\s(?:known|called|styled|named)(?:\ssimply)?(?:\sas)?"
    r"|bore\sthe\s(?:(?:simpler|plainer|shorter|humbler|simple|plain|full|original)\s)?(?:title|name)(?:\sof)?)\s"
)


def _first_names(sentence: str, before: str, names: Names) -> list[tuple[int, str]]:
    """The first name a "first incarnation" cue gives, when its subject is provably the
    organization: a noun of its own name, or "it" in a sentence after one about it (or first)."""
    found = []
    cues = sorted([*_FIRST_NAME_CUE.finditer(sentence), *_UNDER_THE_NAME.finditer(sentence)], key=lambda m: m.start())
    for match in cues:
        if _negated(sentence, match.start()):
            continue
        if match["noun"] is not None:
            own = match["noun"] in names.own_words()
        else:
            previous = segments(before)[-1].text.strip() if before.strip() else ""
            # the name opening the sentence before ("The X, in Leeds, was …", "The X was …")
            leading_span = name_at(previous) if previous else None
            leading = leading_span.name if leading_span else _leading_name(previous)
            opening = re.match(r"(?:It|The\s+([a-z]{3,20}))\s", previous)
            own = (
                not previous
                or (leading is not None and names.is_self(leading))
                or (opening is not None and (opening[1] is None or opening[1] in names.own_words()))
            )
        span = name_at(sentence[match.end() :], lax=True)
        # "the institution, under the name X, was …": the aside closes right after the name
        closed = match.re is not _UNDER_THE_NAME or (span and sentence.startswith(",", match.end() + span.end))
        if own and span and closed and _names_a_body(span.name, names) and not names.is_self(names.full(span.name)):
            found.append((match.start(), names.full(span.name)))
            # "Originally it was called A, and after B.": B, the name it bore next, closes the sentence
            rest = sentence[match.end() + span.end :]
            if (then := _THEN_NAME.match(rest)) is not None and (later := name_at(rest[then.end() :])) is not None:
                whole = not rest[then.end() + later.end :].strip(" .;")
                if whole and _names_a_body(later.name, names) and not names.is_self(names.full(later.name)):
                    found.append((match.start() + 1, names.full(later.name)))
    return found


def _names_a_body(name: str, names: Names) -> bool:
    """An organization's word in ``name``, or a word of its present name ("Observatório")."""
    own = {w.lower() for w in names.identity.name.split() if len(w) >= _STEM}
    return _org_named(name) or any(w.lower() in own for w in name.split() if w[:1].isupper())


_THEN_NAME = re.compile(r",?\s(?:and\s)?(?:after|afterwards|later|then|subsequently),?\s(?:as\s)?")

# "when the institution, under the name X, was given its first home": the name it then bore
_UNDER_THE_NAME = re.compile(
    r"(?:\b(?P<it>it)|\bthe\s(?P<noun>[a-z]{3,20})),\s(?:then\s|still\s)?under\sthe\sname\s(?:of\s)?"
)


# "the original name, SEMATECH, was restored": it took its present name again.
_NAME_RESTORED = re.compile(
    r"\b(?:its|the)\s+(?:original|former|earlier|old|previous)\s+name(?:,\s+[^,;]{1,60},)?\s+(?:was|is)\s+"
    r"(?:restored|readopted|reinstated|revived|brought\s+back)\b",
    re.I,
)


# "The Colonial Development Corporation was set up as a statutory corporation in 1948":
# a name, then a founding verb in the passive
_WAS_FOUNDED = re.compile(
    rf"(?<![\s,])(?:,(?=\s))?\s+(?:was|were)\s+(?:{lexicon.alternation(_FOUNDING_WORDS)})(?![\w-])", re.I
)

# "1961: X (XC) is formed by merging A, B and C": a dated bullet's present tense
_IS_FOUNDED = re.compile(
    rf"(?<![\s,])(?:,(?=\s))?\s+(?:is|are)\s+(?:{lexicon.alternation(_FOUNDING_WORDS)})(?![\w-])", re.I
)

# "1881-01-01: X Company est. (A; B).", "X Ltd founded in 1957": a memo's founding participle
# without "was", right after the name; then the line ends, or a bracket, a comma, a semicolon or
# "in/on/at/by" follows (not an object: "X founded the Y" is X's act)
_MEMO_FOUNDED = re.compile(
    rf"(?<![\s,])\s(?:{lexicon.alternation(lexicon.memo_founding_participles())})"
    r"(?=\s?$|\s?[(;,]|\.(?:\s|$)|\s(?:in|on|at|by)\s)"
)


def _founded_subject(sentence: str, names: Names, *, memo: bool = False, present: bool = False) -> str | None:
    """The name of another organization a sentence opens with, founded in it ("The X was
    set up in 1948 …"); a former name of its own when a rename later takes it. ``memo``: a
    memo's founding line without "was" ("X Company est. (A; B).") instead;
    ``present``: a dated bullet's present tense ("1961: X is formed by merging …")."""
    verb = (_IS_FOUNDED if present else _WAS_FOUNDED).search(sentence, 0, _FOUNDED_SUBJECT_REACH)
    if memo:  # (only without "was founded": "The Institute was founded in" is no memo line)
        verb = None if verb else _MEMO_FOUNDED.search(sentence, 0, _FOUNDED_SUBJECT_REACH)
    if verb is None:
        return None
    before = _without_opening_date(sentence[: verb.start()])
    # a gloss in brackets before the verb ("The X (Госплан РСФСР) was formed") is no part of it
    before = _GLOSS_BEFORE_VERB.sub("", before)
    # "In 1859 a new society, the Institut égyptien, was founded": the name in apposition to
    # a subject of common nouns (no other name, no owner, before it)
    appositive = _NEW_BODY_APPOSITIVE.match(before)
    subject = appositive["name"] if appositive else before
    span = name_at(subject)
    # "The Institut égyptien was founded": a name in sentence case, up to the verb
    if (
        (span is None or span.end != len(subject))
        and not memo  # (a memo line's name is capitalised: "X Company est.")
        and (case := _SENTENCE_CASE_SUBJECT.fullmatch(subject))
    ):
        words = case["name"].split()[1:]
        if not any(_not_name_word(w) for w in words):
            span = NameSpan(case["name"], None, len(subject))
    if span is None or span.end != len(subject) or names.is_self(span.name) or not _has_org_word(span.name):
        return None  # (the name must run up to the verb: no words of another clause between)
    return None if lone_common_noun(span.name) else span.name


# "In 1934 the X was founded", "On 31.05.1946, the X was set up": a date that opens the sentence
_OPENING_DATE_WORD = re.compile(r"(?:In|On|From)\s")
_GLOSS_BEFORE_VERB = re.compile(rf"\s\((?=[^()]{{0,80}}[{_OTHER_SCRIPT}])[^()]{{1,80}}\)\s*$")


def _without_opening_date(before: str) -> str:
    lead = _OPENING_DATE_WORD.match(before)
    if lead is None:
        return before
    spans = [span for span in date_spans(before) if span[0] == lead.end()]
    return before[spans[0][1] :].lstrip(", ") if spans else before


# "The Institut égyptien": a capitalised head word and one or two lowercase words, the whole subject
_SENTENCE_CASE_SUBJECT = re.compile(r"(?:[Tt]he\s)?(?P<name>[A-ZÀ-Þ][\w'’-]{2,30}(?:\s[a-zà-ÿ][\w'’-]{2,30}){1,2})")


def _not_name_word(word: str) -> bool:
    """ "itself", "first", "originally": a word of the sentence, not of a sentence-case name."""
    lowered = word.lower()
    return (
        lowered in lexicon.function_words()
        or lowered in _AFTER_NAME
        or lowered in _STOP_WORDS
        or (lowered.endswith(("ly", "self", "first")))
    )


_NEW_BODY_APPOSITIVE = re.compile(
    r"(?:In\s\d{4},?\s)?an?\s(?:new\s)?[a-z]{3,20},\s(?P<name>(?:the\s)?[A-ZÀ-Þ][^,;:()]{2,120})$"
)


_FOUNDED_SUBJECT_REACH = 160  # a name longer than this opens no sentence


def _present_founded_subject(segment: Segment, names: Names) -> str | None:
    """ "- 1961: X is formed by merging A, B and C": a dated bullet told in the present."""
    return _founded_subject(segment.text, names, present=True) if segment.date is not None else None


def _read_turned_into(story: _Story, sentence: str, base: int, verb_starts: list[int]) -> None:
    for start, turned in _turned_into_named_kind(sentence, story.names):
        order = base + sum(1 for v in verb_starts if v < start) + 0.5
        story.previous.append(_Former(order, turned, clean(sentence), chained=True))


# "the consortium is turned into a joint-stock bank, the Basler Bankverein"
_TURNED_INTO = re.compile(
    rf"(?<![\w-])(?:is|was|are|were)\s(?:{lexicon.alternation(lexicon.history_timeline_words('turn-verb'))})\sinto\s"
)


def _turned_into_named_kind(sentence: str, names: Names) -> list[tuple[int, str]]:
    """ "the consortium is turned into a joint-stock bank, the Basler Bankverein": the name
    after the kind, a name it bore only where a later rename reaches its present name (a
    chained former name); the name must end the clause."""
    found = []
    for match in _TURNED_INTO.finditer(sentence):
        kind = _KIND_THEN_NAME.match(sentence, match.end())
        if kind is None or _negated(sentence, match.start()):
            continue
        span = name_at(sentence[kind.end() :])
        if span is None or not _NAME_CLAUSE_END.match(sentence, kind.end() + span.end):
            continue
        name = names.full(span.name)
        # (the kind before it says the name is a body's: "a joint-stock bank, the X")
        if not _own_name_or_alternate(name, names) and not lone_common_noun(name):
            found.append((match.start(), name))
    return found


def _founded_as(sentence: str, names: Names) -> list[tuple[int, str]]:
    """ "Founded in 1900 as the Federal Serum Institute": the name it started under."""
    found = []
    for match in _founded_as_phrases(sentence):
        # "Dr. X founded it in 1914 as the Y": "it", the organization, is the object
        gap, it_object = _without_it(match.gap, names)
        if _FOUNDED_AS_BREAK.search(gap) or (re.search(r"\bas\s", gap) and not _closing_as(sentence, match)):
            continue
        if _DASH_NOUN_ASIDE.search(gap):
            continue
        who, _ = subject_of(sentence, match.start, names)
        if who != Subject.SELF and not it_object:
            continue
        # "founded as a private school, the École spéciale de Lausanne": the name after its kind
        kind = _KIND_THEN_NAME.match(sentence, match.end)
        start = kind.end() if kind else match.end
        start += _name_prefix_length(sentence[start:])
        if sentence[match.end - 1] in _OPENING_QUOTES:
            quoted = _quoted_name(sentence, match.end)
            if quoted and not names.is_self(names.full(quoted)):
                found.append((match.start, names.full(quoted)))
            continue
        span = name_at(sentence[start:], lax=True)
        placed = bool(_PLACE_BEFORE_NAME.match(match.gap))
        if span and (span := _whole_name(sentence[start:], span, founding=True, placed=placed)) is None:
            continue  # a name cut at its "to": none
        if span and _comma_tail_closes(sentence, start + span.end):
            continue  # "as X m.b.H., System Y.": the name may go on past its comma
        if span and not names.is_self(names.full(span.name)) and not _of_another(sentence, start + span.end):
            found.append((match.start, names.full(span.name)))
        elif span is None and (native := _glossed_native_name(sentence[start:])):
            found.append((match.start, native))
    return found


# ", System Telefunken." closing the sentence: capitalised words after the name's comma
_COMMA_TAIL = re.compile(r",\s[A-ZÀ-Þ][\w'’&-]*(?:\s[A-ZÀ-Þ][\w'’&-]*){0,3}\.?\s*$")


def _comma_tail_closes(sentence: str, end: int) -> bool:
    """Whether the name read ends at a comma after which only capitalised words close the
    sentence ("founded as Gesellschaft für X m.b.H., System Telefunken."): they may be the
    name's second part or a place; the name's end is not told, so none is read."""
    return _COMMA_TAIL.match(sentence, end) is not None


# "Valtion teknillinen tutkimuslaitos (State Institute for Technical Research)": a native name
# in sentence case, told a name (not a phrase) by the capitalised English gloss right after it
_GLOSSED_NATIVE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]{1,30}(?:\s[a-zà-ÿ][\w'’-]{1,30}){1,4})"
    r"\s\((?P<gloss>[A-ZÀ-Þ][\w'’-]{0,30}(?:\s[\w'’-]{1,30}){1,8})\)"
)
_GLOSS_CAPITALS = 2


def _glossed_native_name(text: str) -> str | None:
    found = _GLOSSED_NATIVE.match(text)
    if found is None:
        return None
    words, gloss = found["name"].split(), found["gloss"].split()
    if any(_not_name_word(word) for word in words[1:]):
        return None
    if sum(word[:1].isupper() for word in gloss) < _GLOSS_CAPITALS:
        return None
    return found["name"]


def _name_prefix_length(text: str) -> int:
    """ "k.k. Centralanstalt für …": a lowercase style before a name (imperial-royal), not of it."""
    found = _NAME_PREFIX.match(text)
    return found.end() if found else 0


_NAME_PREFIX = re.compile(rf"(?:{lexicon.alternation(_context('name-prefix'))})\s(?=[A-ZÀ-Þ])")
_OPENING_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»"}
_QUOTED_NAME_REACH = 160


def _quoted_name(sentence: str, start: int) -> str | None:
    """'established as "Det Statistiske Centralbureau"': the quoted words when they are,
    whole, a name (the quote marks its end; a quoted phrase is no name)."""
    close = sentence.find(_OPENING_QUOTES[sentence[start - 1]], start, start + _QUOTED_NAME_REACH)
    if close < 0:
        return None
    inner = sentence[start:close].strip()
    span = name_at(inner, lax=True)
    return span.name if span and span.name == inner else None


def _closing_as(sentence: str, match: _FoundedAs) -> bool:
    """ "founded in 1970 by X, with Y as its first director, as the Z.": an "as the Z" after
    a comma that ends the sentence names the organization, whatever "as" came between."""
    if not sentence[: match.end].rstrip().endswith((", as", ", under the name")):
        return False
    span = name_at(sentence[match.end :], lax=True)
    return span is not None and not sentence[match.end + span.end :].strip(" .")


# "as a private school, the X" / "as a small laboratory called X": a kind, then its name.
_KIND_THEN_NAME = re.compile(
    r"an?\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z]+)(?:,\s+|\s+(?:called|named)\s+)(?=(?:the\s+)?[A-ZÀ-Þ])"
)
# "founded as a private school": the noun the text uses for the organization itself.
_FOUNDED_AS_KIND = re.compile(
    r"\b(?:founded|established|set\s+up|created|opened|started|began)\s+(?:in\s+\d{4}\s+)?as\s+an?\s", re.I
)
_KIND_ENDS_BEFORE = frozenset({"called", "named", "by", "in"})


def own_kind_nouns(text: str) -> frozenset[str]:
    """The nouns of "founded as a private school …": "the school" is then the organization."""
    nouns = set()
    for match in _FOUNDED_AS_KIND.finditer(text):
        words = text[match.end() : match.end() + 80].split()[:5]
        for word, after in zip(words, [*words[1:], ""], strict=True):
            core = word.rstrip(",.;")
            if not core.isalpha() or not core.islower():
                break
            if core != word or after in _KIND_ENDS_BEFORE:
                nouns.add(core)  # the noun ends the kind: "a private school, …", "a lab called …"
                break
    return frozenset(nouns)


# "X is the national museum of …", "X was a European consortium that …": the intro's predicate,
# whose last lowercase word before "of", "that", a participle or a comma is the noun the text
# may use for the organization ("the consortium was transformed …").
_INTRO_PREDICATE = re.compile(r"\b(?:is|was)\s+(?:the|an?)\s+")
_PREDICATE_WORDS = 8
_PREDICATE_ENDS = frozenset(
    {
        "of",
        "that",
        "which",
        "who",
        "whose",
        "for",
        "in",
        "at",
        "with",
        "to",
        "under",
        "on",
        "from",
        "based",
        "responsible",
    }
)


def intro_kind_nouns(intro: str) -> frozenset[str]:
    """The noun of the intro's first "is a/the …" predicate ("the agency", "the charity")."""
    predicate = _INTRO_PREDICATE.search(intro.split("\n", 1)[0])
    if predicate is None:
        return frozenset()
    noun = None
    for word in intro[predicate.end() :].split()[:_PREDICATE_WORDS]:
        core = word.rstrip(",.;:")
        if core.lower() in _PREDICATE_ENDS or (core.endswith("ed") and noun):
            break  # "department charged with", "agency that", "museum of"
        noun = core if core.isalpha() and core.islower() and len(core) > 2 else None
        if core != word:
            break  # "a British charity, …": the punctuation ends the noun phrase
    # an organization's noun only ("agency", "museum"), not "one", "most", "independent"
    if noun and (_has_org_word(noun.capitalize()) or noun in _head_words()):
        return frozenset({noun})
    return frozenset()


# 'The Audit Office ("the Office" or "the entity") was …': a drafter's bracket that
# defines quoted short references for the organization, right after its name or holding it.
_DEFINING_BRACKET = re.compile(r"\((?P<inside>[^()]{1,300})\)")
_QUOTED_THE_NOUN = re.compile(r"[\"“]the\s(?P<noun>[A-Za-z]{3,20})[\"”]")
_DEFINED_NOUN_REACH = 800  # characters of the intro: the name's defining bracket comes first


def quoted_self_nouns(intro: str, identity: Identity) -> frozenset[str]:
    """The nouns of an intro's quoted '"the X"' references in the bracket right after the
    organization's name or holding it (its name, acronym or an alternate name), lowercased:
    "the entity" in the text is then the organization. A bracket after another name, or a
    quoted term outside a bracket, defines nothing."""
    own = [n for n in (identity.name, identity.acronym, *identity.alternate_names) if n]
    nouns: set[str] = set()
    for bracket in _DEFINING_BRACKET.finditer(intro[:_DEFINED_NOUN_REACH]):
        quoted = [m["noun"].lower() for m in _QUOTED_THE_NOUN.finditer(bracket["inside"])]
        if not quoted:
            continue
        before = intro[: bracket.start()].rstrip()
        inside = bracket["inside"]
        if any(before.endswith(n) or _last_word_end(inside, n) is not None for n in own):
            nouns.update(quoted)
    return frozenset(nouns)


# A name followed by "of" was cut short; not by "of the university's …" (whose it was).
_OF = re.compile(r"\s*of\b")
_OF_WHOSE = re.compile(r"\s*of\s+the\s+[a-z]+['’]s\s")


def _of_another(text: str, at: int) -> bool:
    return bool(_OF.match(text, at)) and not _OF_WHOSE.match(text, at)


def _without_it(gap: str, names: Names) -> tuple[str, bool]:
    """The words between a founding verb and "as" without a leading object "it" or "the
    <noun it goes by>" ("formed the society in 1898 as the X")."""
    found = _IT_OBJECT.match(gap)
    if found and found["noun"] and found["noun"] not in names.own_words():
        return gap, False
    return (gap[found.end() :], True) if found else (gap, False)


_IT_OBJECT = re.compile(r"\s*(?:it|the\s+(?P<noun>[a-z]+))\b")


# "the X and the Y, which were merged into it": a relative after a list of names
_LIST_RELATIVE = re.compile(
    r",\s+(?:which|that)\s+(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+\s+){0,2}$"
)
_PLURAL_AUX = frozenset({"were", "have been", "had been"})
_LIST_START = re.compile(r"(?<![\w-])(?:the\s+)?[A-ZÀ-Þ]")  # where a list of names may begin
_LIST_STARTS = 12


def _relative_list(before: str, absorbed: Mention, names: Names) -> list[Mention]:
    """The organizations a relative after a list of names refers to: all of them after a
    plural ("the X and the Y, which were merged into it"), the nearest after a singular
    ("…, which was merged into it"); ``absorbed`` alone when no list ends before it."""
    relative = _LIST_RELATIVE.search(before)
    if relative is None:
        return [absorbed]
    phrase = before[: relative.start()]
    phrase = phrase[max(phrase.rfind(";"), phrase.rfind(":")) + 1 :]
    starts = [m.start() for m in _LIST_START.finditer(phrase)][-_LIST_STARTS:]
    for start in starts:  # the longest run of names that ends the phrase
        listed = [m for m in organizations_in_list(phrase[start:], names) if not names.is_self(m.name)]
        if len(listed) >= 2 and any(m.name == absorbed.name for m in listed):
            return listed if " ".join(relative["aux"].split()) in _PLURAL_AUX else listed[-1:]
    return [absorbed]


def _absorbed_into_self(subject: str, after: str, names: Names) -> Mention | None:
    """The other organization of "<subject> merged into <this organization>", if the object is this one."""
    after = _skip_adverbial(after)
    own = names.own_words()
    pronoun = re.match(r"(?:it|itself)\b|(?:the|this)\s+(?P<noun>[a-z]+)\b(?!(?<!\s)\s+[A-Z])", after)
    span = None if pronoun else name_at(after, lax=True)
    if pronoun and pronoun["noun"] and pronoun["noun"] not in own:
        return None
    if not pronoun and not (span and (names.is_self(span.name) or _is_own_head(["the", *span.name.split()], names))):
        return None  # ("the Agency" for the Health Protection Agency: its own head word)
    return organization_at(subject, names)


def _edits_into_self(
    edits: list[_NameEdit], renames: list[_Rename], previous: list[_Former], identity: Identity
) -> list[_Rename]:
    """Each edit that turns an earlier name into the present one, as a rename into the
    present name with that earlier name; an edit that yields another name is not read
    (that name is not written anywhere in the text)."""
    earlier = [r.new_name for r in renames if r.new_name] + [f.name for f in previous]
    found = []
    for edit in edits:
        for name in earlier:
            dropped = _drop_words(name, edit.words)
            # words added go at the end ("X and the Caribbean") or, as a title, in front ("Royal X")
            edited = (f"{name} {edit.words}", f"{edit.words} {name}") if edit.added else (dropped,)
            if any(same_name(clean(e), identity.name) for e in edited):
                found.append(_Rename(edit.position, True, None, name, edit.date, edit.text))
                break
    return found


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _word_ends(text: str, words: str) -> list[int]:
    """Where each whole-word occurrence of ``words`` in ``text`` ends (as ``\\bwords\\b``)."""
    ends = []
    at = text.find(words)
    while at >= 0 and words:
        end = at + len(words)
        if _is_word(text, at - 1) != _is_word(text, at) and _is_word(text, end - 1) != _is_word(text, end):
            ends.append(end)
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return ends


def _drop_words(name: str, words: str) -> str:
    """``name`` without the first whole-word ``words`` and the spaces before it."""
    ends = _word_ends(name, words)
    if not ends:
        return name
    start = ends[0] - len(words)
    return name[: len(name[:start].rstrip())] + name[ends[0] :]


def _renaming_events(
    renames: list[_Rename], previous: list[_Former], identity: Identity, intro_formers: Sequence[str] = ()
) -> list[Fact]:
    """Walk the names in text order. "Founded as X" and "known as X until" give the name in
    use; each rename records the name in use before it as its previous name. A rename
    before the rename into the present name took a previous name; a name taken after it
    (or with no rename into the present name at all) is a later name: an event of the same
    organization, with no name that could be read as another organization. A former name
    the intro gives ("formerly X") is the previous name of the first rename when the History
    field names no name before it and the intro gives exactly one, not taken by a rename."""
    facts: list[Fact] = []
    renames = _chained_head_nouns(renames)
    last_into_self = max((r.position for r in renames if r.into_self), default=None)
    # "renamed X in 1966, reorganized into Y in 1989" with Y a former name the intro or a
    # names line gives: Y, and every name taken before it, came before its present name
    formers = [*identity.former_names, *intro_formers, *(f.name for f in previous)]
    anchors = [r.position for r in renames if r.new_name and any(same_name(r.new_name, f) for f in formers)]
    if anchors and (last_into_self is None or max(anchors) > last_into_self):
        last_into_self = max(anchors) + 0.001
    steps: list[_Rename | _Former] = sorted([*renames, *previous], key=lambda s: (s.position, isinstance(s, _Rename)))
    taken = {r.new_name for r in renames}
    renamed_to = {r.new_name for r in renames if r.new_name and not r.founded_as}  # (not "founded as")
    intro = identity.former_names[0] if len(identity.former_names) == 1 and not previous else None
    current: str | None = intro if intro not in taken else None
    used: set[str] = set()
    for step in steps:
        if isinstance(step, _Former):
            # "renamed X; converted into a public company as Y" before the present name: Y
            # followed X, which was a name of its own
            replaced = current is not None and current in renamed_to and current != step.name
            if current is not None and replaced and last_into_self is not None and step.position < last_into_self:
                facts.append(ChangeEvent("renamed", step.text, previous_name=current))
                used.add(current)
            current = step.name
            continue
        if step.founded_as and not step.into_self:
            current = step.new_name or current
            continue
        if step.acronym_of is not None and step.acronym_of != current:
            continue  # the acronym stands for no name in use here
        if step.into_self:
            old = step.old_name or current
            grew_from = Mention(old, "organization") if step.grew_from_other and old else None
            facts.append(ChangeEvent(step.kind, step.text, original=grew_from, date=step.date, previous_name=old))
            used.update(n for n in (old,) if n)
            current = None
        elif last_into_self is not None and step.position < last_into_self and step.new_name:
            old = step.old_name or current
            facts.append(ChangeEvent(step.kind, step.text, date=step.date, previous_name=old))
            used.update(n for n in (old,) if n)
            current = step.new_name
        else:
            # a later name; "renamed from X to Y" still says X was its name
            facts.append(ChangeEvent(step.kind, step.text, date=step.date, previous_name=step.old_name))
            used.update(n for n in (step.old_name,) if n)
    for former in previous:
        if former.name not in used and not former.chained:
            facts.append(ChangeEvent("renamed", former.text, previous_name=former.name))
            used.add(former.name)
    return facts


def _chained_head_nouns(renames: list[_Rename]) -> list[_Rename]:
    """A head-noun rename ("the Commission takes the name of X") is kept only when the next
    rename is the one into the present name told with X's head noun ("the X becomes <it>"):
    the chain shows the head noun stood for this organization, not for a body it was part of."""
    ordered = sorted(renames, key=lambda r: r.position)
    kept = []
    for at, rename in enumerate(ordered):
        following = ordered[at + 1] if at + 1 < len(ordered) else None
        chained = following is not None and following.into_self and following.old_name is None
        head = rename.new_name.split()[0] if rename.new_name else None
        if (
            rename.head_noun
            and not rename.into_self
            and not (chained and following is not None and following.head_noun == head)
        ):
            continue
        kept.append(rename)
    return kept


# --- headquarters moves -----------------------------------------------------------------
#
# "moved its headquarters to X in 1998", "in 1998 the seat was transferred to Bonn", "HQ moved
# from Geneva to Lausanne (2004)", "the institute relocated from A to B", "the government
# relocated it to X": a seat noun with a move verb, or a relocation verb whose subject (or
# object) is the organization, then "from A" and/or "to B", each a capitalised place written
# out. Words in lexicon/headquarters-moves.csv. Anything else around a cue (a building, a
# field of work, staff, an address, an organization's name as the place) gives no event.


@cache
def _move_words(role: str) -> tuple[str, ...]:
    rows = lexicon.table("headquarters-moves")
    for word, found in rows:
        if found not in {"seat-noun", "move-verb", "relocate-verb", "place-glue"}:
            raise lexicon.LexiconError(f"lexicon/headquarters-moves.csv: '{word}' has unknown role '{found}'")
    return tuple(sorted((w for w, r in rows if r == role), key=len, reverse=True))


@cache
def _move_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(verb then seat, seat then verb, relocation verb, any cue). A seat noun's case is
    kept for all-capital words ("HQ"), not for others ("Headquarters moved …")."""
    seats = "|".join(w if w.isupper() else f"(?i:{re.escape(w)})" for w in _move_words("seat-noun"))
    verbs = lexicon.alternation(_move_words("move-verb"))
    relocate = lexicon.alternation(_move_words("relocate-verb"))
    verb_seat = re.compile(rf"\b(?P<verb>(?i:{verbs}))\s+(?i:its|their|the)\s+(?P<seat>{seats})(?![\w-])")
    seat_verb = re.compile(
        rf"(?<![\w-])(?P<seat>{seats})\s+(?:(?i:was|were|is|are|has|have|had|been|later|then|also|subsequently"
        rf"|finally|eventually|officially|formally|permanently)\s+){{0,3}}(?P<verb>(?i:{verbs}))(?![\w-])"
    )
    relocation = re.compile(rf"\b(?P<verb>(?i:{relocate}))(?![\w-])")
    cue = re.compile(rf"(?<![\w-])(?:{seats}|(?i:{relocate}))(?![\w-])")
    return verb_seat, seat_verb, relocation, cue


# After the seat or the verb: "from A", "to B", or both ("from A to B", "from A, to B").
_MOVE_FROM = re.compile(r"from\s+")
_MOVE_TO = re.compile(r"(?:back\s+)?to\s+")
_MOVE_TO_AFTER_FROM = re.compile(r"(?:,\s*|\s+)(?:back\s+)?to\s+")
_PLACE_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*")
# What may follow a place: the end, punctuation, or a word that starts another phrase.
_AFTER_PLACE = re.compile(
    r"\s*(?:$|[.,;:()\[\]—–]|-\s|(?:in|on|and|after|when|where|following|during|because|from|to|since|until|under"
    r"|as|with|by|at|while|which|but)\b)"
)


@dataclass(frozen=True)
class _Places:
    from_place: str | None
    to_place: str | None
    end: int  # in the text read: after the last place and a date right after it


# A date right after the last place ("to Bonn in 1998", "to Lausanne (2004)"): a later one
# ("… to Lyon and then to Nice in 2010") dates another move.
_DATE_AFTER_PLACE = re.compile(r",?\s+(?:in|on)\s+[^,;.()]{1,25}|\s*\([^()]{1,25}\)")


def _place_at(text: str) -> tuple[str, int] | None:
    """A place written out at the start of ``text`` ("Lausanne", "Frankfurt am Main", "Bonn,
    Germany", "the Netherlands"), with where it ends; None for anything else ("a new
    building", "12 Rue X", "the Ministry of Y": an organization is no place)."""
    at = 4 if text.startswith("the ") else 0
    glue = _move_words("place-glue")
    words: list[str] = []
    end = at
    country = False
    while len(words) < _PLACE_WORDS:
        word = _PLACE_WORD.match(text, at)
        if word is None:
            break
        # "Bonn." ends a sentence; "D.C." keeps its dots
        words.append(word.group() if "." in word.group()[:-1] else word.group().rstrip("."))
        end = at + len(words[-1])
        gap = re.match(r"\s+(?P<glue>[a-zà-ÿ]+)\s+(?=[A-ZÀ-Þ])|\s+(?=[A-ZÀ-Þ])|,\s+(?=[A-ZÀ-Þ])", text[end:])
        if gap is None or (gap["glue"] and gap["glue"] not in glue) or (gap.group().startswith(",") and country):
            break
        if gap.group().startswith(","):
            country = True  # "Bonn, Germany": one comma and the country or region after it
        if gap["glue"]:
            words.append(gap["glue"])
        at = end + gap.end()
    if not words or not _AFTER_PLACE.match(text, end):
        return None
    place = text[:end][4 if text.startswith("the ") else 0 :]
    if _has_org_word(place) or any(
        w.isupper() and len(w) > 1 and "." not in w for w in place.replace(",", " ").split()
    ):
        return None  # "to the Ministry of Works", "to UNESCO": another organization ("D.C." is a place's)
    return place, end


def _move_places(after: str) -> _Places | None:
    """The places of "from A to B" at the start of ``after`` (a date may come first);
    None unless every place named is a place and at least one is."""
    skipped = _skip_adverbial(after)
    offset = len(after) - len(skipped)
    from_place = to_place = None
    rest = skipped
    source = _MOVE_FROM.match(rest)
    if source:
        found = _place_at(rest[source.end() :])
        if found is None:
            return None
        from_place, end = found
        rest = rest[source.end() + end :]
        offset += source.end() + end
        target = _MOVE_TO_AFTER_FROM.match(rest)
    else:
        target = _MOVE_TO.match(rest)
    if target:
        found = _place_at(rest[target.end() :])
        if found is None:
            return None
        to_place = found[0]
        offset += target.end() + found[1]
    if from_place is None and to_place is None:
        return None
    dated = _DATE_AFTER_PLACE.match(after, offset)
    return _Places(from_place, to_place, dated.end() if dated else offset)


@dataclass(frozen=True)
class _MoveCue:
    verb: re.Match[str]
    places: _Places | None
    start: int = 0  # where the text ``places`` was read from starts in the sentence

    @property
    def end(self) -> int:
        """Where its places (and a date right after them) end in the sentence."""
        return self.start + self.places.end if self.places else self.start


def _possessor_is_self(sentence: str, seat_start: int, names: Names) -> bool:
    """Whose seat: "its headquarters", "the seat", "HQ" at a clause's start, "the
    institute's head office", "CERN's headquarters" are the organization's; "the ministry's
    headquarters", "the seat of government" are not."""
    before = sentence[:seat_start].rstrip()
    # (the last words are split off in code: a pattern anchored at the end is retried everywhere)
    last = before[-200:].split()[-_PLACE_WORDS:]
    if last and last[-1].endswith(("'s", "’s")):
        words = [*last[:-1], last[-1][:-2]]
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[len(words) - size :])
            if re.fullmatch(r"(?:[Tt]he|[Ii]ts)\s+[a-z]+", phrase):
                return phrase.split()[-1] in names.own_words()
            if names.is_self(phrase):
                return True
        return False
    determiner = last[-1].lower() if last and before.endswith(last[-1]) else ""
    if determiner in {"its", "the", "their"}:
        seat_start = len(before) - len(determiner)
    # "In 1998 the seat was …": only a date or an adverb before it in its clause
    clause_start = _last_end_before(_CLAUSE_START, sentence, seat_start)
    if not _skip_adverbial(sentence[clause_start:seat_start] + " ").strip():
        return True
    who = subject_of(sentence, seat_start, names)[0]
    if who == Subject.UNKNOWN and determiner == "its":
        # "After the war its headquarters …": "its" with no name before it in its clause
        return not re.search(r"[A-ZÀ-Þ]", sentence[clause_start + 1 : seat_start])
    return who == Subject.SELF


def _move_cues(sentence: str, names: Names) -> list[_MoveCue]:
    """The headquarters moves of one sentence about the organization, whether or not their
    places could be read (``places`` None: no event)."""
    verb_seat, seat_verb, relocation, _ = _move_patterns()
    found: dict[int, _MoveCue] = {}
    for match in verb_seat.finditer(sentence):
        if _negated(sentence, match.start()) or subject_of(sentence, match.start(), names)[0] != Subject.SELF:
            continue
        after = sentence[match.end() :]
        places = None if re.match(r"\s+of\b", after) else _move_places(after)
        found[match.start("verb")] = _MoveCue(match, places, match.end())
    for match in seat_verb.finditer(sentence):
        if _negated(sentence, match.start("verb")) or not _possessor_is_self(sentence, match.start(), names):
            continue
        found.setdefault(match.start("verb"), _MoveCue(match, _move_places(sentence[match.end() :]), match.end()))
    for match in relocation.finditer(sentence):
        if match.start() in found or _negated(sentence, match.start()):
            continue
        after = sentence[match.end() :]
        who = subject_of(sentence, match.start(), names)[0]
        if who == Subject.SELF:
            found[match.start()] = _MoveCue(match, _move_places(after), match.end())
        elif _acted_on_self(sentence[: match.start()], after, names):
            # "the government relocated the agency to Bonn": its object is the organization
            object_end = re.match(r"\s*(?:it|(?:the|this)\s+[a-z]+)\b", after)
            span = None if object_end else name_at(after)
            skip = object_end.end() if object_end else (span.end if span else 0)
            found[match.start()] = _MoveCue(match, _move_places(after[skip:]) if skip else None, match.end() + skip)
    return [found[k] for k in sorted(found)]


def headquarters_moves(segment: Segment, names: Names) -> list[HeadquartersMove]:
    """The headquarters moves one History sentence states (see the section comment)."""
    sentence = segment.text
    if not _move_patterns()[3].search(sentence):
        return []  # (a cheap test first)
    moves = []
    for cue in _move_cues(sentence, names):
        if cue.places is None:
            continue
        # the sentence up to its places and their date: a later date dates something else
        read = sentence[: cue.end]
        date = _event_date(read, cue.verb, segment.date, date_spans(read))
        moves.append(HeadquartersMove(clean(sentence), cue.places.to_place, cue.places.from_place, date))
    return moves


def headquarters_findings(text: str, names: Names, moved: set[str]) -> list[Finding]:
    """History sentences that speak of moving its seat (or relocating it) but gave no move
    (``moved``: the texts of the moves read): the places were not certain (a building, an
    address, no place); the sentence is kept as written (Info)."""
    found: list[Finding] = []
    for segment in segments(text):
        sentence = segment.text
        if clean(sentence) in moved or not _move_patterns()[3].search(sentence):
            continue
        if any(cue.places is None for cue in _move_cues(sentence, names)):
            message = (
                "a headquarters move in History gave no event: the places it moved from or to were "
                "not certain; the sentence is kept as written"
            )
            found.append(Finding(Severity.INFO, "extract.headquarters-move-unread", message, sentence[:40]))
    return found


# Records written by a data engineer: "dissolved: 2001 (merged, see History)", "Record: type =
# broadcaster; dissolved = 1992-12-31", "| established | 1991 |", "successors: A (CZ), B (SK)".
# A record's key names the relation, so a value is read only under a key of the lexicon
# (lexicon/record-keys.csv) and only when the whole value is a date or a name (issue 12).
_RECORD_PARTS = re.compile(r"\s{0,3}(?:;|\s\|\s)\s{0,3}")
_RECORD_NESTING = 2  # "Status in registry: active: no": a key inside a key's value, read once more
# a record's name, a note in brackets, then a clause of its own after a comma ("A (renamed B
# in 1947), merged into C in 1949"): the name before the note is the value
_NOTED_CLAUSE = re.compile(r"(?P<name>[^(),;]{1,119}[^(),;\s]) ?\([^()\n]{1,80}\), (?=[a-z])")
_TRAILING_NOTE = re.compile(r"\s{0,3}\([^()\n]{0,80}\)\s{0,3}$")
_END_MARK = re.compile(r"[.\s]{0,3}$")


@dataclass(frozen=True)
class RecordValue:
    """One value a record gives a known relation: a date (founded, dissolved) or a name."""

    relation: str
    text: str  # the record, verbatim
    date: DateValue | None = None
    name: Mention | None = None


def _record_key(key: str, heading: str) -> lexicon.RecordKey | None:
    return next(
        (
            k
            for k in (*lexicon.record_keys(), *lexicon.export_record_labels())
            if k.key == key and k.heading in {"*", heading}
        ),
        None,
    )


def record_date(value: str) -> DateValue | None:
    """The date a record value is as a whole ("1992-12-31", "2001 (merged, see History)");
    None for "c. 1950", "1950s", "1993–1997", "TBD"."""
    value = _END_MARK.sub("", value)
    spans = date_spans(value)
    if not spans or spans[0][0] != 0:
        return None
    rest = value[spans[0][1] :].strip()
    return spans[0][2] if not rest or rest.startswith("(") else None


def _record_name(value: str) -> Mention | None:
    value = _END_MARK.sub("", value)
    if (noted := _NOTED_CLAUSE.match(value)) is not None:
        value = noted["name"]  # "Imperial Library (renamed 1947), merged into the NDL in 1949"
    while _TRAILING_NOTE.search(value):
        value = _TRAILING_NOTE.sub("", value)
    if not value or not status_of_text(value).stated or "|" in value:  # "successor: null", "n/a"
        return None
    mention = org_mention(value)
    if mention is None or mention.name != value or _reads_as_person(value):
        return None
    return replace(mention, acronym=None)


def _reads_as_person(name: str) -> bool:
    """ "Predecessor: Jorge Pedraza" (a post's earlier holder): a person's name, no organization
    word and no acronym in it, is no successor or former name of the organization."""
    # (an organization's head word of any language, org-head-words.csv: "Museo Nacional")
    return (
        person_name(name) is not None
        and not _has_org_word(name)
        and not any(is_acronym(word) for word in name.split())
        and _head_words().isdisjoint(word.lower() for word in name.split())
    )


def _record_pairs(line: str) -> list[tuple[str, str]]:
    """(key, value) pairs of a line (the key as the lexicon lists it, ``text.Record.key``; ""
    for a part without one): a two-cell table row or tab-separated pair, or "key: value" /
    "key = value" parts split at ";" and " | "."""
    whole = key_value(line)
    if whole is not None and whole.in_cells:
        return [(whole.key, whole.value)]
    if line.lstrip().startswith("|") or "\t" in line.strip():
        return []  # a row of other than two cells
    pairs = []
    for part in _RECORD_PARTS.split(line.strip()):
        key, value = "", part
        for _ in range(_RECORD_NESTING):
            found = key_value(value)
            if found is None or found.in_cells:
                break
            key, value = found.key, found.value
        pairs.append((key, value))
    return pairs


_NAME_RELATIONS = frozenset({"successor", "predecessor", "previous-name"})


def record_values(text: str, heading: str = "*") -> list[RecordValue]:
    """The values ``text``'s records give relations the lexicon knows. A value that is no
    well-formed date or name (null, "TBD", a sentence) gives nothing. A part without a key
    after a listing key continues its list ("prev_names: A (1993–1997); B (1997–2002)")."""
    found: list[RecordValue] = []
    before: set[str] = set()  # the relations of the line before ("Earlier still: B")
    for line in text.splitlines():
        listing: lexicon.RecordKey | None = None
        line_values: list[RecordValue] = []
        for key_text, value in _record_pairs(line):
            if key_text and _record_key(key_text, heading) is None:
                # "Renamed: 2003, from A to B"; "Earlier still: B" after a former name
                line_values += _renaming_record(key_text, value, clean(line), before)
            key = _record_key(key_text, heading) if key_text else listing
            if not key_text and key is not None and not key.many and _record_name(value) is None:
                listing = None  # "Predecessor: A; renamed 1947": no list of names goes on
                continue
            # a name key's ";" parts without a key go on listing its names ("Predecessor: A; B")
            listing = key if key and (key.many or key.relation in _NAME_RELATIONS) else None
            if key is None:
                continue
            if key.relation in {"founded", "dissolved"}:
                line_values += _event_record(key.relation, value, clean(line))
                continue
            pieces = value.split(", ") if key.many else [value]
            names = [_record_name(p) for p in pieces]
            if all(names):
                line_values.extend(RecordValue(key.relation, clean(line), name=n) for n in names if n)
            else:
                # "Predecessors: A, Acting Director, 2025; B, Director, 2020–2025": a part that
                # is no list of names shows the ";" parts are no list of them either
                listing = None
        found += line_values
        before = {v.relation for v in line_values}
    return found


# --- a record's value that goes on after its date ---------------------------------------
#
# A catalogue's record lines after the intro: "Founded: 1 April 1947, in Belgrade", "Founded:
# 1832 by John Trumbull", "Founded: 5 January 1957, by the merger of A and B", "Closed: October
# 2013 (now Air Serbia)", "Renamed: 2003, from A to B". The date opens the value; a comma or
# "by" (lexicon/record-value-marks.csv, founder-lead) starts its clauses, which never date
# anything: a clause with another date or a "?" leaves the whole value unread. Read from the
# clauses: the founder after "by" (a whole person's or organization's name, no legal
# instrument: "by charter of X" names none), the predecessors of a merger ("by the merger of A
# and B", history-verbs.csv direction predecessors), a closing's successor in "(now X)"; a
# closing the value calls temporary or for works ("Closed: 2019, for renovation") is none.
_CLAUSE_CUT = re.compile(r",\s(?=[a-z])")
_NAME_LIST_CUT = re.compile(r",\s|\sand\s|\s&\s")


def _record_mark(role: str) -> re.Pattern[str]:
    """The record value marks of ``role`` as a pattern matched at a clause's start."""
    return re.compile(rf"(?:{lexicon.spaced_alternation(lexicon.record_value_marks(role))})\s", re.I)


_FOUNDER_LEAD = _record_mark("founder-lead")
_RENAME_FROM = _record_mark("rename-from")
_CURRENT_NAME_NOTE = re.compile(
    rf"\((?:{lexicon.spaced_alternation(lexicon.record_value_marks('current-name'))})\s(?P<name>[^()\n]{{1,120}})\)",
    re.I,
)


@cache
def _merger_leads() -> tuple[str, ...]:
    return tuple(v.phrase for v in history_verbs() if v.direction == "predecessors" and " " in v.phrase)


@cache
def _not_final_closing_words() -> frozenset[str]:
    return frozenset(w for role in ("temporary", "reopening", "works-noun") for w in context_words(role))


def _dated_value(value: str) -> tuple[DateValue, str] | None:
    """The date that opens a record ``value`` and the clauses after it ("1945, by A, with B" →
    1945 and "by A, with B"); None when the value opens otherwise or its clauses hold another
    date or a "?" (not sure which date is the event's)."""
    value = _END_MARK.sub("", value)
    spans = date_spans(value)
    if not spans or spans[0][0] != 0:
        return None
    rest = value[spans[0][1] :]
    if not rest.strip() or rest.lstrip().startswith("("):
        date = record_date(value)
        return (date, rest.strip()) if date is not None else None
    if "?" in rest or len(spans) > 1:
        return None
    if rest.startswith(", "):
        return spans[0][2], rest[2:].strip()
    if rest.startswith(" ") and _FOUNDER_LEAD.match(rest, 1):
        return spans[0][2], rest.strip()
    return None


def _event_record(relation: str, value: str, text: str) -> list[RecordValue]:
    """The date of a founded or dissolved record and what its clauses name (see above)."""
    dated = _dated_value(value)
    if dated is None:
        return []
    date, tail = dated
    words = set(re.findall(r"[\w-]+", tail.lower()))
    if relation == "dissolved" and not words.isdisjoint(_not_final_closing_words()):
        return []  # "Closed: 2019, for renovation", "Closed: 2019 (temporarily)"
    found = [RecordValue(relation, text, date=date)]
    if relation == "dissolved":
        note = _CURRENT_NAME_NOTE.search(tail)
        name = _now_name(note["name"]) if note else None
        if name is not None:
            found.append(RecordValue("successor", text, name=name))
        return found
    for clause in _CLAUSE_CUT.split(tail):
        found += _founding_clause(clause.strip(), text)
    return found


def _now_name(value: str) -> Mention | None:
    """The whole name in a closing's "(now X)": X stands where only a body can ("now Air
    Serbia"), so a name that reads like a person's is kept; "now part of X", "now a hotel" name
    none."""
    value = _without_article(value.strip())
    mention = org_mention(value) if value[:1].isupper() else None
    if mention is None or mention.name != value or is_country(value):
        return None
    return replace(mention, acronym=None)


def _founding_clause(clause: str, text: str) -> list[RecordValue]:
    """The founders ("by A", "by A and B") or merged predecessors ("by the merger of A and B")
    one clause of a founding record names; nothing for any other clause."""
    lowered = clause.lower()
    lead = next((p for p in _merger_leads() if lowered.startswith(p + " ")), None)
    if lead is not None:
        pieces = [_without_article(p) for p in _NAME_LIST_CUT.split(clause[len(lead) :].strip())]
        names = [_record_name(p) if _body_name(p) else None for p in pieces]
        if len(names) < 2 or not all(names):
            return []
        return [RecordValue("predecessor", text, name=n) for n in names if n]
    found = _FOUNDER_LEAD.match(clause)
    if found is None:
        return []
    who = _without_article(_END_MARK.sub("", clause[found.end() :]))
    if not who[:1].isupper():
        return []  # "by charter of the States General", "by royal decree"
    instruments = {w.casefold() for w in lexicon.legal_instruments()}
    if any(w.casefold().strip(".,") in instruments for w in who.split()):
        return []  # "by Act of Parliament", "by Royal Charter"
    founders = _founder_names(who)
    if founders is None:
        parts = who.split(" and ")
        named = [_founder_names(p) for p in parts] if len(parts) == 2 else []
        if not named or not all(named):
            return []
        founders = [m for ms in named if ms for m in ms]
    return [RecordValue("founder", text, name=m) for m in founders]


def _founder_names(who: str) -> list[Mention] | None:
    """``who`` as one founder: a person's full name (two words at least) or an organization's."""
    if len(who.split()) >= 2 and person_name(who) is not None:
        return [Mention(who, "person")]
    org = _record_name(who) if _body_name(who) else None
    return [org] if org is not None else None


def _body_name(name: str) -> bool:
    """Whether ``name`` (two words at least) holds an organization's word of any language
    ("Yonhi University", "Compagnie van Verre"): "President Nasser", "A B and C D" and the
    "Research" cut from "Ministry of Higher Education and Research" hold none."""
    words = name.split()
    return len(words) >= 2 and (_has_org_word(name) or not _head_words().isdisjoint(w.lower() for w in words))


def _without_article(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


def _renaming_record(key: str, value: str, text: str, before: set[str]) -> list[RecordValue]:
    """A renaming record's old name ("Renamed: 2003, from A to B": A; "(now X)" alone names no
    old name) and a record continuing the former names of the line before ("Earlier still: B")."""
    if key in lexicon.record_value_marks("earlier-key"):
        name = _record_name(value)
        return [RecordValue("earlier-name", text, name=name)] if name and before & _EARLIER_NAMED else []
    if key not in lexicon.record_value_marks("rename-key"):
        return []
    rest = _END_MARK.sub("", value)
    spans = date_spans(rest)
    if spans and spans[0][0] == 0:
        rest = rest[spans[0][1] :].lstrip(" ,")
    opened = _RENAME_FROM.match(rest)
    old_name = _old_name_of_renaming(rest[opened.end() :]) if opened else None
    return [RecordValue("renamed-from", text, name=old_name)] if old_name else []


# the relations of a line whose next line "Earlier still: B" continues
_EARLIER_NAMED = frozenset({"previous-name", "earlier-name", "renamed-from"})


def _old_name_of_renaming(rest: str) -> Mention | None:
    """The old name in "A to B" (the words after "from"), when A is a whole name."""
    marks = lexicon.record_value_marks("rename-to")
    to = next((word for word in re.finditer(r"\S+", rest) if word.group().lower() in marks), None)
    if to is None or to.start() == 0:
        return None
    return _record_name(_without_article(rest[: to.start()].rstrip()))


def _record_fact(record: RecordValue) -> Fact | None:
    if record.relation == "dissolved":
        return Dissolution(record.date, record.text)
    if record.name is None:
        return None
    if record.relation == "successor":
        return ChangeEvent("succeeded-by", record.text, resulting=record.name)
    if record.relation == "predecessor":
        return ChangeEvent("predecessor", record.text, original=record.name)
    if record.relation in {"previous-name", *_OLD_NAME_RECORDS}:
        return ChangeEvent("renamed", record.text, previous_name=record.name.name)
    return None


# The old name of a renaming record and a record continuing the former names before
# it: explicit earlier names, added beside the names the prose gives (never the current name)
_OLD_NAME_RECORDS = frozenset({"renamed-from", "earlier-name"})


def _stated_relations(fields: Sequence[FieldFacts]) -> set[str]:
    stated: set[str] = set()
    for fact in (f for ff in fields for f in ff.facts):
        if isinstance(fact, Dissolution) and fact.date:
            stated.add("dissolved")
        elif isinstance(fact, ChangeEvent) and fact.previous_name:
            stated.add("previous-name")
        elif isinstance(fact, ChangeEvent) and fact.kind == "predecessor":
            stated.add("predecessor")
        elif isinstance(fact, ChangeEvent) and fact.resulting is not None:
            stated.add("successor")
    return stated


def with_record_facts(fields: list[FieldFacts], extra_intro: Sequence[str] = ()) -> list[FieldFacts]:
    """The dissolution, successors, predecessors and former names the profile's records give,
    for each relation no field's prose states (prose, read with its context, wins); a record's
    dissolution date refines a year stated elsewhere ("1992" → "1992-12-31")."""
    stated = _stated_relations(fields)
    fields = list(fields)
    for index, field_facts in enumerate(fields):
        if field_facts.status is not FieldStatus.STATED:
            continue
        added: list[Fact] = []
        text = "\n".join((field_facts.verbatim, *extra_intro)) if field_facts.slug == "intro" else field_facts.verbatim
        for record in record_values(text, field_facts.name):
            if record.relation == "dissolved" and "dissolved" in stated and record.date:
                fields = _refined_dissolution(fields, record.date)
                continue
            fact = _record_fact(record)
            if record.relation in _OLD_NAME_RECORDS:
                if fact is not None and fact not in added and _new_old_name(fields, record):
                    added.append(fact)
                continue
            if fact is not None and record.relation not in stated and fact not in added:
                added.append(fact)
        if added:
            fields[index] = replace(fields[index], facts=(*fields[index].facts, *added))
        stated |= {_relation_of(f) for f in added}
    return fields


def _new_old_name(fields: Sequence[FieldFacts], record: RecordValue) -> bool:
    """Whether a renaming record's old name is neither the organization's current name (or
    acronym) nor a previous name a field already gives."""
    name = record.name.name if record.name else ""
    identity = next((f for ff in fields for f in ff.facts if isinstance(f, Identity)), None)
    current = (identity.name, identity.acronym) if identity else ()
    given = (f.previous_name for ff in fields for f in ff.facts if isinstance(f, ChangeEvent))
    return not any(other and same_name(name, other) for other in (*current, *given))


def _relation_of(fact: Fact) -> str:
    if isinstance(fact, Dissolution):
        return "dissolved"
    assert isinstance(fact, ChangeEvent)
    if fact.previous_name:
        return "previous-name"
    return "predecessor" if fact.kind == "predecessor" else "successor"


def _refined_dissolution(fields: list[FieldFacts], date: DateValue) -> list[FieldFacts]:
    """A stated dissolution year made the record's more precise date of that year."""

    def refined(fact: Fact) -> Fact:
        if isinstance(fact, Dissolution) and fact.date and fact.date.year == date.year and fact.date.month is None:
            return replace(fact, date=date)
        return fact

    return [replace(ff, facts=tuple(refined(f) for f in ff.facts)) for ff in fields]
