"""Founding: date, founders, the founding instrument, its date and signer, legal basis.

Read sentence by sentence (``history.segments``), with the words in
``ontology/lexicon/founding-verbs.csv`` and ``legislation-cues.csv``:

- founders: every name after "<founding verb> … by" ("by A and B", "by 13 doctors, among
  them A, B and C", "established in 1911 in Berlin by X"), persons or organizations, each
  passing the name check; "X founded it" (active) too. The signer of an act is no founder.
- the instrument: a named act, decree, charter, convention … keeps the year written in its
  title ("… Act 2017", "Act of 1972"); a date beside it ("Decree No. 5 of 22 May 1970",
  "(Act No. 161 of 2002)", ", 1989", "signed on …") is the instrument's date, never the
  founding date. An act the organization "now operates under" is not its founding instrument.
- the founding date: the date of a founding verb whose subject is the organization; for a
  treaty, the date it entered into force. Legislation first, then History, then the intro.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from orgkg.model import (
    Address,
    DateValue,
    Fact,
    Field,
    FieldFacts,
    FieldStatus,
    Founding,
    Identity,
    Item,
    Mention,
    Post,
    Profile,
)

from . import lexicon
from .dates import (
    DATE_NUMERIC,
    MONTHS,
    SHORT_YEAR,
    after_number_sign,
    date_spans,
    event_date_spans,
    in_instrument_title,
    in_year,
    resolve_ambiguous,
    short_year_anchors,
    with_spelled_dates,
)
from .history import (
    Names,
    RecordValue,
    Segment,
    Subject,
    appositive_of_self,
    context_words,
    defined_acronyms,
    first_match_from,
    has_org_word,
    in_head_year,
    intro_identity,
    name_at,
    owned_subject,
    quoted_self_nouns,
    record_values,
    segments,
    subject_of,
    unreal_before,
    without_aside,
)
from .identity import without_dateline
from .lexicon import FoundingVerb, founding_calque_verbs, founding_verbs, spaced_alternation
from .names import (
    NOT_PERSON_WORDS,
    PERSON_TITLES,
    PersonName,
    is_country,
    is_legal_form,
    is_proper_name,
    is_subdivision,
    is_title_only,
    org_mention,
    person,
    person_name,
    same_name,
)
from .people import without_honorifics
from .reader import ReaderResult
from .sentences import abbreviation, ends_sentence, sentence_ends
from .status import status_of_text
from .text import BE_FORMS, clean, record

# "founded [up to 3 words] by <agent>", "signed [into law] by <agent>": the heads are
# patterns, the agent (up to a keyword, a comma or semicolon, a full stop that ends no
# initial, or the end) is walked in code, so the search stays linear (issue 13 item 6).
_FOUNDED_HEAD = re.compile(
    r"\b(?:launched|founded|established|created|initiated|started|set up|formed|chartered)\s+", re.I
)
_SIGNED_HEAD = re.compile(r"\bsigned(?:\s+into\s+law)?\s+(?=by\s)", re.I)
_BY = re.compile(r"by\s+", re.I)
_BY_WORD = re.compile(r"\bby\b", re.I)
_WORD_AND_SPACE = re.compile(r"\w+\s+")
_AGENT_END_WORD = re.compile(r"(?:in|on|through|via|under|with|as)\b", re.I)
_SPACES = re.compile(r"\s*")
LEGAL_INSTRUMENT = re.compile(rf"\b(?:{lexicon.alternation(lexicon.legal_instruments())})\b", re.I)


def _ends_agent(text: str, at: int) -> bool:
    """Whether an agent phrase may end at ``at``: before " in", " on" … (a keyword after
    spaces), a comma or semicolon, a full stop that ends a sentence, or the end."""
    if at >= len(text) or (at == len(text) - 1 and text[at] == "\n"):
        return True
    char = text[at]
    if char in ",;":
        return True
    if char == ".":
        return ends_sentence(text, at) is not None
    if char.isspace():
        after = _SPACES.match(text, at).end()  # type: ignore[union-attr]
        return after < len(text) and bool(_AGENT_END_WORD.match(text, after))
    return False


def _agent_from(text: str, start: int) -> int | None:
    """The end of the shortest agent of at least one character from ``start`` with no comma,
    semicolon or word "by" in it, or None."""
    size = len(text)
    at = start
    while at < size:
        if text[at] in ",;" or _BY_WORD.match(text, at):
            return None
        at += 1
        if at < size and text[at].isspace():
            # A run of spaces ends the agent at its start when a keyword follows it, else
            # belongs to it: judged once per run (linear).
            after = _SPACES.match(text, at).end()  # type: ignore[union-attr]
            if after == size:
                return size - 1 if text[-1] == "\n" else size
            if _AGENT_END_WORD.match(text, after):
                return at
            at = after
        if _ends_agent(text, at):
            return at
    return None


def _agent_after_by(text: str, by_end: int) -> tuple[int, int] | None:
    """The agent after "by" and its spaces (``by_end`` is after "by"): from the first
    character after the spaces, else (as a backtracking matcher would) a space alone."""
    first = _SPACES.match(text, by_end).end()  # type: ignore[union-attr]
    end = _agent_from(text, first)
    if end is not None:
        return first, end
    if first - by_end >= 2 and _ends_agent(text, first):
        return first - 1, first
    if first - by_end >= 3 and first < len(text) and _AGENT_END_WORD.match(text, first):
        return first - 2, first - 1
    return None


def _agents(text: str, head: re.Pattern[str], words: int) -> Iterator[str]:
    """Each agent after ``head``, up to ``words`` words and "by", left to right."""
    position = 0
    while True:
        match = head.search(text, position)
        if match is None:
            return
        found = None
        at = match.end()
        for _ in range(words + 1):
            by = _BY.match(text, at)
            if by:
                found = _agent_after_by(text, at + 2)
                if found:
                    break
            word = _WORD_AND_SPACE.match(text, at)
            if word is None:
                break
            at = word.end()
        if found:
            yield text[found[0] : found[1]]
            position = found[1]
        else:
            position = match.start() + 1


def founded_by_agents(text: str) -> Iterator[str]:
    """The agent of each "founded [up to three words] by <agent>" (for diagnostics.py too)."""
    return _agents(text, _FOUNDED_HEAD, 3)


def signed_by_agents(text: str) -> Iterator[str]:
    """The agent of each "signed [into law] by <agent>"."""
    return _agents(text, _SIGNED_HEAD, 0)


_NO_LEGISLATION = re.compile(r"\bnot\s+(?:established|created)\s+by\s+(?:\w+\s+)?(?:legislation|law|statute)", re.I)
_STATUTE = re.compile(
    r"\bRegulation\s+\((?:EU|EC|EEC)\)|"
    r"(?<!not )\b(?:established|created|enacted)\s+by\s+(?:an?\s+)?(?:act|statute|law)\b"
    r"|(?<!not by an )\bact of (?:congress|parliament)\b",
    re.I,
)
_EXECUTIVE = re.compile(
    r"\bexecutive\s+(?:action|order|decision)\b|\bpresidential\s+(?:memorandum|directive)\b|\broyal\s+decree\b", re.I
)
_ASSOCIATION = re.compile(
    r"\bregistered\s+(?:as\s+)?(?:an?\s+)?(?:association|charity|society|non-?profit)\b|\be\.\s?V\.", re.I
)
_WILL = re.compile(r"\b(?:under|by)\s+the\s+will\s+of\s+", re.I)
# "the first prize was awarded under the will of A": the will is another thing's (a passive
# verb right before it that is no founding verb), its testator no founder
_OTHER_PASSIVE = re.compile(r"\b(?:was|were|is|are|been)\s+(?P<verb>[a-z]+ed)\s+$", re.I)
_OTHER_PASSIVE_REACH = 40  # characters before the will searched for that verb


CUE_ROLES = frozenset(
    {
        "of-title-adjective",
        "title-conjunction",
        "current",
        "ending-act",
        "later-label",
        "founding-label",
        "treaty",
        "in-force",
        "signed",
        "founder-cue",
        "no-founder",
        "no-object",
        "founder-title",
        "post-founder-title",
        "long-title-verb",
        "later-name",
        "foreign-title",
        "current-after",
        "no-founding-act",
        "other-act",
        "acting-act",
        "changed-by",
        "idea-of",
        "group-of",
        "negated",
        "after-founding",
        "reconstituted",
        "catalogue-dates",
        "catalogue-established",
        "uncertain-date",
        "uncertain-mark",
        "collection-mark",
        "establishing-title",
        "signer-list",
        "founding-noun",
        "foreign-date-of",
        "founder-key",
        "article-of",
        "lowercase-honorific",
        "title-qualifier",
        "dated-by-creation",
        "one-name-title",
        "number-sign",
        "monarch-title",
        "founding-gift",
        "not-own-act",
        "own-act-qualifier",
        "founding-group",
        "dated-kind",
        "founder-person",
        "denied-creation",
        "founding-member-noun",
        "renamed-start",
        "post-note-founder",
        "ordinal-title",
        "place-noun",
        "advice-of",
        "title-subject",
        "legal-form-verb",
        "legal-form-noun",
        "descriptor-noun",
        "denial-subject",
    }
)


@cache
def cues(role: str) -> tuple[str, ...]:
    """The phrases of lexicon/legislation-cues.csv with ``role``, longest first."""
    if role not in CUE_ROLES:
        raise ValueError(f"unknown legislation cue role '{role}'")
    for phrase, found in lexicon.table("legislation-cues"):
        if found not in CUE_ROLES:
            raise lexicon.LexiconError(f"lexicon/legislation-cues.csv: '{phrase}' has unknown role '{found}'")
    return tuple(sorted((p for p, r in lexicon.table("legislation-cues") if r == role), key=len, reverse=True))


# "opened its doors" is also "opened our doors" on the organization's own page: in a founding
# phrase the possessive "its" stands for every possessive the organization names itself with
_ITS = "its"


def _own_possessives() -> tuple[str, ...]:
    return (_ITS, *sorted(lexicon.first_person_words("possessive")))


def _phrase_pattern(phrase: str) -> str:
    own = "(?:" + "|".join(map(re.escape, _own_possessives())) + ")"
    return r"\s+".join(own if word == _ITS else re.escape(word) for word in phrase.split())


@cache
def _founding_verbs() -> tuple[FoundingVerb, ...]:
    """founding-verbs.csv and the calques only this reader takes, longest phrase first."""
    return tuple(sorted((*founding_verbs(), *founding_calque_verbs()), key=lambda v: -len(v.phrase)))


def _verb_alternation() -> str:
    return "|".join(_phrase_pattern(v.phrase) for v in _founding_verbs())


@cache
def _verb_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<verb>{_verb_alternation()})(?![\w-])", re.I)


def _verb(text: str) -> FoundingVerb:
    own = frozenset(_own_possessives())
    key = " ".join(_ITS if word in own else word for word in text.lower().split())
    return next(v for v in _founding_verbs() if v.phrase == key)


# --- instruments ------------------------------------------------------------------------

# longest first: "Order in Council" before "Order", "Decreto-Lei" before "Decreto"
_INSTRUMENT_WORDS = lexicon.alternation(sorted((*lexicon.legal_instruments(), *cues("treaty")), key=len, reverse=True))
_ACT_GLUE = lexicon.alternation(g.word for g in lexicon.name_glue() if g.in_acts)
_ACT_GLUE_WORDS = frozenset(g.word for g in lexicon.name_glue() if g.in_acts)
_CAP = r"[A-Z][\w'’.-]*"
# "Ley Orgánica del Instituto Nacional de Antropología e Historia": a Spanish, Portuguese or
# Italian "and" joins two capitalised words inside a title (never a second instrument: "Ley X y
# Decreto Y" are two)
_TITLE_CONJUNCTIONS = lexicon.alternation(cues("title-conjunction"))
_TITLE_WORDS = (
    rf"{_CAP}(?:\s+(?:(?:{_ACT_GLUE}|a|an)\s+){{0,3}}{_CAP}"
    rf"|\s+(?:{_TITLE_CONJUNCTIONS})\s+(?!(?:{_INSTRUMENT_WORDS})(?![\w'’-])){_CAP}){{0,15}}"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# "No. 66,624", "11450", "2171/1994": an instrument's number (one separator between digit runs)
# "Nº 5.851", "N° 6.334", "Nr. 12", "n. 317", "Nomor 128": the number sign of other languages too
# "No. (9)": a Gulf chancery's hand writes the number in brackets
_BRACKETED_NUMBER = r"\(\d{1,7}\)"
# "số 61/SL": a Vietnamese number sign, and a series's capitals after a slash; "No. 317-FZ": a
# Russian federal law's series letters after a hyphen
_NUMBER = (
    r"(?:(?:No|Nr|Nomor|số|N[º°]|n[º°]|n\.[º°]|n(?=\.))\.?\s*)?"
    rf"(?:{_BRACKETED_NUMBER}|\d{{1,7}}(?:[,./-]\d{{1,7}}){{0,3}}(?![\d,./–-]?\d)(?:[/-][A-Z]{{1,3}}(?![\w/-])|))"
)
# "Act XXIV of 1807", "Act CXC of 2011 on …": the Hungarian hand numbers its acts in Roman
# numerals, always cited with "of <year>" (without the year a Roman numeral is no number: "Act II")
_ROMAN_NUMBER = rf"[IVXLCDM]{{1,9}}(?=\sof\s{_YEAR}(?![\d/–-]))"
_CITED_NUMBER = rf"(?:{_NUMBER}|{_ROMAN_NUMBER})"
# "Decree No. 75 of 1992" after a short title: a number with its sign, cited with its year
_SIGNED_NUMBER = rf"No\.?\s?(?:{_BRACKETED_NUMBER}|\d{{1,7}}(?:[,./-]\d{{1,7}}){{0,3}})"
# "n.º 40 690": a space (or a narrow one) between thousands, three digits after it; joined in
# code (``_spaced_thousands``), as a space inside the number pattern breaks its linearity proof
_THOUSANDS_AFTER = re.compile(r"(?<=\d)[ \u00a0\u202f]\d{3}(?![\d,./–-]?\d)")
# Both instrument patterns are tried (``match``) only where one can start, found by a small
# search: a search of the whole pattern would retry the title words at every capital
# (issue 13 item 6). ``(?:…|)`` is an optional group the linearity proof can unroll.
# "Science and Industry Research Act 1949", "Technology Assessment Act of 1972", "University of Nairobi Act"
_TAIL_START = re.compile(r"(?<![\w'’.-])[A-Z]")
_TAIL_INSTRUMENT = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_CAP}(?:\s+(?:(?:{_ACT_GLUE})\s+){{0,3}}{_CAP}){{0,15}}?\s+(?:{_INSTRUMENT_WORDS})"
    rf"(?:,?\s+(?:of\s+)?{_YEAR}(?![\d/–-])|\s+{_SIGNED_NUMBER}\s+of\s+{_YEAR}(?![\d/–-])|\s+{_NUMBER}(?!\sof\s{_YEAR})|))(?![\w'’-])"
)
# "Act No. 18/1964 Coll. on …", "zákon č. 483/1991 Sb.": the official collection's mark after
# a number belongs to the citation (the title runs on after it)
_COLLECTION_MARKS = lexicon.alternation(cues("collection-mark"))
# "Decree No. 66,624", "Act 33 of 1945", "Act on the Japan Aerospace Exploration Agency",
# "Convention for the Establishment of a European Organization for Nuclear Research"
# "décret n° 62-117", "arrêté n° 1945/E", "decree No. 1234": a French (or translated) hand writes
# the kind in lowercase; with its number sign and number it is still a named instrument (a
# series letter after a slash belongs to the number)
_LOWER_INSTRUMENT_WORDS = lexicon.alternation(
    sorted({w.lower() for w in lexicon.legal_instruments() if " " not in w}, key=len, reverse=True)
)
_LOWER_START = re.compile(rf"(?<![\w'’.-])(?:{_LOWER_INSTRUMENT_WORDS})\s")
_LOWER_NUMBERED = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:{_LOWER_INSTRUMENT_WORDS})\s(?:n[º°]|No\.|Nr\.|n\.[º°])\s?"
    r"\d{1,7}(?:[./-]\d{1,7}){0,3}(?:/[A-Z]{1,3})?)(?![\w'’/-])"
)
# "Royal order of 1755-10-17", "Presidential decree dated 12 June 2009": an issuer's adjective and
# the kind in lowercase, dated: a named instrument (not "This order of …": a determiner)
_DETERMINERS = "This|That|Each|Such|Some|Every|Another|Other|Their|Which|Said"
_LOWER_KIND = rf"(?!(?:{_DETERMINERS})\s)[A-Z][a-z]{{3,15}}\s(?:{_LOWER_INSTRUMENT_WORDS})"
_LOWER_DATED = re.compile(rf"(?<![\w'’.-])(?P<name>{_LOWER_KIND})(?=\s(?:of|dated)\s\d)")
_LOWER_KIND_NAME = re.compile(_LOWER_KIND)
# "An Act to incorporate The X Foundation": a private act's long title, unquoted; its verb says
# the act makes a body (never "to amend"): the title runs from the article to the body's name
_LONG_TITLE_VERBS = spaced_alternation(cues("long-title-verb"))
_LONG_TITLE = re.compile(rf"(?:{_INSTRUMENT_WORDS})\sto\s(?:{_LONG_TITLE_VERBS})\s")
_LONG_TITLE_ARTICLE = re.compile(r"(?<![\w'’-])(?:An|A|an|a)\s$")
_HEAD_START = re.compile(rf"(?<![\w'’.-])(?:{_INSTRUMENT_WORDS})")
_HEAD_INSTRUMENT = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:{_INSTRUMENT_WORDS})(?:\s+{_CITED_NUMBER}(?:\s(?:{_COLLECTION_MARKS})|))?"
    rf"(?:\s+[A-Z][a-záéíóú]{{3,15}}(?=\s(?:de|del|des|du)\s)|)"
    rf"(?:\s+(?:of|on|for|concerning|[Ee]stablishing|de|del|des|du|to\s(?:{_LONG_TITLE_VERBS}))\s+"
    r"(?:the\s+|a\s+|an\s+|la\s+|el\s+|los\s+|las\s+)?"
    rf"{_TITLE_WORDS}|)"
    rf"(?:\s+(?:of|Tahun|de)\s+{_YEAR}(?![\d/–-]))?)(?![\w'’-])"  # "Tahun": Indonesian "of the year"
)


# "Gesetz über die Überführung der Anteilsrechte … in private Hand", "Loi relative à …": a
# title in another language runs, lowercase words and all, to a mark or its date ("of 21
# July 1960", "vom …"); found in code (``_foreign_titles``), at most _FOREIGN_WORDS words.
_FOREIGN_HEAD = re.compile(
    rf"(?<![\w'’.-])(?:{lexicon.alternation(cues('foreign-title'))})\s+"
    r"(?:über|zur|zum|des|der|betreffend|sur|relative|relatif|portant|sobre|relativa|por|que|op|tot|per|o)\s+"
)
_FOREIGN_ENDS = (
    re.compile(r"[,;()\[\]\"“”]|\.(?=\s|$)"),
    re.compile(r"(?<!\s)\s+(?:of|vom|du|de|del|van|dated|z\s+dnia)\s+\d"),
)
_FOREIGN_WORDS = 16


def _foreign_titles(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each instrument titled in another language in ``sentence``."""
    found = []
    for head in _FOREIGN_HEAD.finditer(sentence):
        stops = [m.start() for stop in _FOREIGN_ENDS if (m := stop.search(sentence, head.end()))]
        end = min(stops, default=len(sentence))
        name = sentence[head.start() : end].strip()
        if len(name.split()) <= _FOREIGN_WORDS and not name.endswith(tuple(cues("foreign-title"))):
            found.append((head.start(), head.start() + len(name), name))
    return found


# "Ley de 25 de septiembre de 1941", "Decreto-Ley de 22 de octubre de 1951", "Loi du 24 juillet
# 1867": an instrument in another language named by its word and its day alone (the day is the
# title: no number, no subject)
_DATED_FOREIGN_HEAD = re.compile(
    rf"(?<![\w'’.-])(?:{lexicon.alternation(cues('foreign-title'))})"
    rf"(?:-(?:{lexicon.alternation(cues('foreign-title'))})|)\s(?:{lexicon.alternation(cues('foreign-date-of'))})\s"
)


# "the Decree of 6 June 1818", "the Decree-Law of 31 August 1937": a kind word of one word
# (lexicon/legal-instruments.csv) titled by "of" and a day written with its month's name, the
# day part of the title ("Order in Council of 2 March 1961" is the order, dated; "Besluit of
# 12.03.1901" and "A Decree of 3 May 1947" name none)
_ONE_WORD_KINDS = lexicon.alternation(
    sorted((w for w in lexicon.legal_instruments() if " " not in w), key=len, reverse=True)
)
_DATED_KIND_HEAD = re.compile(rf"(?<![\w'’.-])(?:{_ONE_WORD_KINDS})\sof\s(?=\d{{1,2}}\s[A-Z][a-z])")
# "the decree-law of 19 October 1939", "the law of 14 September 1962": the same title written in
# lowercase, read only right after the definite article ("a decree of 3 May 1947" names none);
# the name keeps the writer's case
_DATED_LOWER_KIND_HEAD = re.compile(rf"(?:{_LOWER_INSTRUMENT_WORDS})\sof\s(?=\d{{1,2}}\s[A-Z][a-z])")
# the name such a title gives (its subject, when one follows, was checked where it was found)
_DATED_LOWER_TITLE = re.compile(rf"(?:{_LOWER_INSTRUMENT_WORDS})\sof\s\d{{1,2}}\s[A-Z][a-z]{{2,8}}\.?\s\d{{4}}(?!\w)")
_DEFINITE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he\s$")
_DEFINITE_REACH = 4  # characters before a lowercase title searched for its article


def _dated_foreign_titles(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each instrument of ``sentence`` titled by its word and a day."""
    found: list[tuple[int, int, str]] = []
    english = [
        head
        for head in _DATED_KIND_HEAD.finditer(sentence)
        if not _INDEFINITE_BEFORE.search(sentence[max(0, head.start() - _INDEFINITE_REACH) : head.start()])
    ]
    english += [
        head
        for head in _DATED_LOWER_KIND_HEAD.finditer(sentence)
        if _DEFINITE_BEFORE.search(sentence[max(0, head.start() - _DEFINITE_REACH) : head.start()])
    ]
    heads = [*_DATED_FOREIGN_HEAD.finditer(sentence), *english]
    if not heads:
        return found
    # a numeric day ("Loi of 11/10/1943") titles it though its order is not yet known (kept as its
    # year here, settled with the profile's order by _settled_numeric_dates)
    days = {
        start: end
        for start, end, value in _sentence_dates(sentence)
        if value.day is not None or DATE_NUMERIC.fullmatch(sentence, start, end)
    }
    for head in heads:
        end = days.get(head.end())
        if end is not None and head in english and _DATED_TITLE_GOES_ON.match(sentence, end):
            # "Act of 30 October 1951 on the Polish Academy of Sciences": the subject is part of the
            # title; "Law of 1 July 1901 on associations": a subject in lowercase, a title not read
            subject = _DATED_TITLE_SUBJECT.match(sentence, end)
            end = subject.end() if subject else None
        if end is not None:
            found.append((head.start(), end, sentence[head.start() : end]))
    return found


# after an English kind's day: "on"/"concerning" opens the title's subject
_DATED_TITLE_GOES_ON = re.compile(r"\s(?:on|concerning)\s")
_DATED_TITLE_SUBJECT = re.compile(rf"\s(?:on|concerning)\s(?:the\s)?{_TITLE_WORDS}")


def _matches_at_starts(
    text: str, starts: re.Pattern[str], match_at: Callable[[str, int], re.Match[str] | None]
) -> list[re.Match[str]]:
    """What ``finditer`` of a pattern would find, trying ``match_at`` only where ``starts``
    finds a possible start."""
    found = []
    position = 0
    while start := starts.search(text, position):
        match = match_at(text, start.start())
        if match:
            found.append(match)
            position = match.end()
        else:
            position = start.start() + 1
    return found


_TREATY_START = re.compile(rf"(?:{lexicon.alternation(cues('treaty'))})\b")


@dataclass(frozen=True)
class Instrument:
    name: str
    date: DateValue | None
    signer: Mention | None
    treaty: bool
    in_force: DateValue | None
    # "Beschluss … vom 1. März 1990 (founding)": a note says the organization began with it,
    # so its date is the founding date too
    founds: bool = False
    signers: tuple[Mention, ...] = ()  # further signers after ``signer`` ("by Presidents A, B and C")


# Cue phrases of lexicon/legislation-cues.csv, one pattern per role (built once)
_NO_FOUNDING_ACT = re.compile(rf"\b(?:{spaced_alternation(cues('no-founding-act'))})\b", re.I)
_CURRENT_AFTER = re.compile(rf"\b(?:{spaced_alternation(cues('current-after'))})\b", re.I)
_CURRENT = re.compile(rf"\b(?:{spaced_alternation(cues('current'))})\b", re.I)
_SIGNED = re.compile(rf"\b(?:{spaced_alternation(cues('signed'))})\b", re.I)
# "the decree of its extinction", "a law which dissolves it": a sentence that tells of the
# organization's end names the instrument that ended it, never the one that founded it
_ENDING_ACT = re.compile(rf"\b(?:{spaced_alternation(cues('ending-act'))})\b", re.I)
# "No Act of Parliament governed it", "without any Act": a negated instrument is no instrument
# (a word right before the title, or its first word: "No" then a letter, not the sign "No. 5")
_NEGATED_BEFORE = re.compile(rf"\b(?:{spaced_alternation(cues('negated'))})\s+$", re.I)
_NEGATED_LEAD = re.compile(rf"(?:{spaced_alternation(cues('negated'))})\s+[A-Za-z]", re.I)
_NEGATED_REACH = 20  # characters before a title searched for the negating word
# "mandate (✗ not its founding act) → X Conventions; Y Statutes": a note before the instruments of
# a line that denies they are the organization's own or founding act ("not Y's act" too). An article
# ("not a founding act") needs a qualifier: "not a treaty" says what kind an act is, not whose.
_OWN_ACT_QUALIFIER = spaced_alternation(cues("own-act-qualifier"))
_NOT_OWN_ACT_NOUN = lexicon.alternation(
    sorted({w.lower() for w in lexicon.legal_instruments()} | {"act", "instrument", "basis"}, key=len, reverse=True)
)
_NOT_OWN_ACT = re.compile(
    rf"\bnot\s+(?:(?:(?:{spaced_alternation(cues('not-own-act'))})|[A-Z][\w-]{{0,30}}['’]s)"
    rf"\s+(?:(?:{_OWN_ACT_QUALIFIER})\s+)?|an?\s+(?:{_OWN_ACT_QUALIFIER})\s+)(?:{_NOT_OWN_ACT_NOUN})\b",
    re.I,
)


# ", Operation and Fostering of …" right after a title: the title's own list of nouns runs on, so
# the title read is cut short (a fragment, never a name)
_LIST_CONTINUES = re.compile(r",\s(?:[A-Z][\w-]*,\s){0,4}[A-Z][\w-]*\sand\s[A-Z]")


def find_instrument(text: str) -> Instrument | None:
    """The founding instrument of a Legislation text: the first named instrument in a
    sentence that does not say the organization merely operates under it today."""
    if _NO_LEGISLATION.search(text) or _NO_FOUNDING_ACT.search(text):
        return None
    sentences = _joined_ordinals(segments(_without_denied_acts(text)))
    for number, sentence in enumerate(sentences):
        candidates = _title_candidates(sentence)
        if not candidates or _ENDING_ACT.search(sentence):
            continue
        dates = date_spans(sentence)
        denied_from = _denying_lead_end(sentence)
        for candidate in candidates:
            if denied_from is not None and candidate[0] >= denied_from:
                break  # "Later statutes changed it without re-creating it: the X Act …": not its founding act
            start, end, found = _whole_title(sentence, *candidate)
            end, found = _before_record_line(sentence, start, end, found)
            dated = _DATED_KIND_YEAR.search(found)
            if dated:  # "the X Law of 1949": the year is the law's date (read after the title), not its name's
                end, found = end - (len(found) - dated.end("kind")), found[: dated.end("kind")]
            tail = _NUMBERED_TAIL.match(sentence, end)
            if tail:  # "Act on the X, Incorporated Administrative Agency (Act No. 9 of 1999)"
                end, found = tail.end("tail"), f"{found}, {tail['tail']}"
            name = _instrument_name(found)
            if not name or _passed_over(sentence, start, end, found, name, dates):
                continue
            instrument = _completed(_describe(name, sentence, end), name, sentence[end:], text, sentences[number + 1 :])
            return _bracketed_year_split_off(_dated_by_title(instrument))
    return None


# "Later statutes changed its legal form without re-creating it: the X Act of 1982 …",
# "Two later laws did not create it: …": a clause denying the acts after its colon created the
# organization (lexicon/denying-lead-phrases.csv, legislation-cues.csv denied-creation), then the
# colon, with no title, mark or other clause between them
_DENYING_LEAD = re.compile(
    rf"\b(?:{spaced_alternation((*lexicon.denying_lead_phrases(), *cues('denied-creation')))})\b", re.I
)
_DENYING_LEAD_REACH = 44  # characters from the denial to its colon ("… it for good:")
_DENYING_LEAD_BREAK = re.compile(r"[;.()]")


def _denying_lead_end(sentence: str) -> int | None:
    """Where the titles a denying lead clause refuses begin (after its colon), or None."""
    lead = _DENYING_LEAD.search(sentence)
    if lead is None:
        return None
    colon = sentence.find(":", lead.end(), lead.end() + _DENYING_LEAD_REACH)
    if colon < 0 or _DENYING_LEAD_BREAK.search(sentence, lead.end(), colon):
        return None
    return colon + 1 if _no_title_between(sentence[lead.start() : colon]) else None


# "Farm Credit Act (1959)": a year alone in brackets right after the kind word (no number sign,
# which "Law No. (9)" has) is the instrument's year, no part of its title
_BRACKETED_YEAR_AFTER_KIND = re.compile(rf"(?P<name>.*\s(?:{_INSTRUMENT_WORDS}))\s\((?P<year>{_YEAR})\)")


def _bracketed_year_split_off(instrument: Instrument) -> Instrument:
    """The instrument without a bracketed year that ends its title, that year its date unless
    the text gave it one of another year."""
    split = _BRACKETED_YEAR_AFTER_KIND.fullmatch(instrument.name)
    if split is None or _instrument_name(split["name"]) is None:
        return instrument
    year = int(split["year"])
    if instrument.date is not None and instrument.date.year != year:
        return instrument
    return replace(instrument, name=split["name"], date=instrument.date or DateValue(year))


# "Act on the X, Incorporated Administrative Agency (Act No. 173 of 1999)": a title whose
# words run on past a comma up to its own bracketed number (the bracket closes the title)
_NUMBERED_TAIL = re.compile(rf",\s(?P<tail>{_CAP}(?:\s{_CAP}){{0,5}})\s\((?:{_INSTRUMENT_WORDS})\s(?:No|Nr)\.?\s?\d")


def _without_denied_acts(text: str) -> str:
    """``text`` with each line cut where a note denies the acts after it are the organization's
    own ("• mandate (✗ not its founding act) → X Conventions; Y Statutes" keeps "• mandate (")."""
    lines = text.split("\n")
    return "\n".join(line[: _denied_cut(found)] if (found := _NOT_OWN_ACT.search(line)) else line for line in lines)


def _denied_cut(note: re.Match[str]) -> int:
    """Where a line is cut at its denying note: before a note that opens a bracket or leads the
    acts after it, after one that closes its clause ("X (2008); not the founding instrument."),
    which denies the act before it (``_noted_not_own``) and is kept for that."""
    # (after a pronoun subject, "but that's not a founding act lol", the note denies the act before it)
    back = _DENIAL_SUBJECT.search(note.string, 0, note.start())
    return note.end() if _NOTE_CLOSES.match(note.string, note.end()) or back else note.start()


def _dated_by_title(instrument: Instrument) -> Instrument:
    """ "Ley de 25 de septiembre de 1941 (published 30.09.1941)": the day that titles the
    instrument is its date (a publication's day after it is another event's)."""
    foreign = _DATED_FOREIGN_HEAD.match(instrument.name)
    head = foreign or _DATED_KIND_HEAD.match(instrument.name) or _DATED_LOWER_KIND_HEAD.match(instrument.name)
    if head is None:
        return instrument
    # an English kind's day may be followed by the title's subject ("Act of 30 October 1951 on the X")
    subject = None if foreign else _DATED_TITLE_GOES_ON.search(instrument.name, head.end())
    name_end = subject.start() if subject else len(instrument.name)
    days = [value for start, end, value in _sentence_dates(instrument.name) if (start, end) == (head.end(), name_end)]
    return replace(instrument, date=days[0]) if days and days[0].day is not None else instrument


# "An Act": an indefinite article and an instrument's kind name no instrument (the long title
# "An Act to incorporate …" is matched on its own)
_ARTICLE_AND_KIND = re.compile(rf"(?:An|A)\s(?:{_INSTRUMENT_WORDS})")


def _title_candidates(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of every instrument title of ``sentence``, the longest title at a place first."""
    return sorted(
        [
            *(
                (m.start(), m.end(), m["name"])
                for m in _title_matches(sentence)
                if not _ARTICLE_AND_KIND.fullmatch(m["name"])
            ),
            *_foreign_titles(sentence),
            *_dated_foreign_titles(sentence),
        ],
        key=lambda c: (c[0], -c[1]),
    )


def _whole_title(sentence: str, start: int, end: int, found: str) -> tuple[int, int, str]:
    """A matched title widened to the whole of it: a bracketed part before it, spaced
    thousands, a head before a comma, a quoted long title."""
    bracketed = _bracketed_title(sentence, start) if _HEAD_START.match(found) else None
    if bracketed:  # "Industrial Development (Science Foundation Ireland) Act 2003"
        start, found = bracketed[0], f"{bracketed[1]} {found}"
    found, end = _spaced_thousands(sentence, found, end)
    article = _LONG_TITLE_ARTICLE.search(sentence, max(0, start - 3), start) if _LONG_TITLE.match(found) else None
    if article:  # "An Act to incorporate The X": the article opens the long title
        start, found = article.start(), f"{sentence[article.start() : start]}{found}"
    else:  # "of the Parliament of X, An Act to incorporate …": a long title is whole, no head before its comma
        start, found = _with_comma_head(sentence, start, found)
    quoted = _quoted_title(sentence, start)
    if quoted:  # "An Act to establish … a Bureau of Mines": the quoted long title is the name
        start, end, found = quoted
    return start, end, found


def _before_record_line(sentence: str, start: int, end: int, found: str) -> tuple[int, str]:
    """A title run over a line break into the next line's record key ("Treaty of Lagos\nDate of
    instrument: …") ends at the break: each line of a form is a record of its own."""
    cut = found.find("\n")
    line_break = sentence.find("\n", start)
    if cut < 0 or line_break < 0 or record(sentence[line_break + 1 :].split("\n", 1)[0]) is None:
        return end, found
    return end - (len(found) - cut), found[:cut]


def _passed_over(
    sentence: str, start: int, end: int, found: str, name: str, dates: list[tuple[int, int, DateValue]]
) -> bool:
    """Whether the title at ``start``–``end`` is not the founding instrument: one it operates
    under today, a negated one, another act, a title cut short, one of a kind left unnamed."""
    if _is_current(sentence, start) or _current_after(sentence[end:]):
        return True
    if _NEGATED_LEAD.match(found) or _NEGATED_BEFORE.search(sentence[max(0, start - _NEGATED_REACH) : start]):
        return True
    if _OTHER_ACT.search(sentence[max(0, start - _OTHER_ACT_REACH) : start]):
        return True  # "it repealed the X Act, 1974": the act it replaced, not its own
    if _CHANGED_BY.search(sentence[max(0, start - _OTHER_ACT_REACH) : start]):
        return True  # "its powers were extended by the X Act 1977": a later act
    if _denied_creation(sentence, end) or _noted_not_own(sentence, end):
        return True  # "the X Act 1966 grants it immunities; that Act did not create it"
    if _ACTING_ACT.match(sentence, _after_own_date(sentence, end, dates)):
        return True  # "the X Act 2007 amended the 1960 Act": a later act, not its founding one
    if _LIST_CONTINUES.match(sentence, end):
        return True  # "Act on the Establishment, Operation and Fostering of …": a title cut in its list
    if any(start < d_start < end < d_end for d_start, d_end, _ in dates):
        return True  # "Legge 21 giugno 1986, n. 317": a title cut inside its date
    if _described(sentence, start, name):
        return True  # "by a Law of the Western Region": one of its laws, unnamed
    # "by Royal Charter under the X Act 1965": the act names it
    return bool(_KIND_ALONE.fullmatch(name) and _UNDER_NEXT.match(sentence, end))


def _denied_creation(sentence: str, end: int) -> bool:
    """Whether a denial later in ``sentence`` ("that Act did not create it") refers back to the
    title ending at ``end``: no other title stands between them."""
    if _DENIED_AFTER.match(sentence, end):
        return True
    denial = _DENIED_CREATION.search(sentence, end)
    if denial is None:
        return False
    return _no_title_between(sentence[end : denial.start()])


def _no_title_between(between: str) -> bool:
    """No act's title, English or foreign, in the text between a title and a note on it."""
    return not any(_title_matches(between)) and not _foreign_titles(between)


# "; not the founding instrument." closing the note: the note names no other act ("not the
# founding act of 1950" does, so it must end its clause)
_NOTE_CLOSES = re.compile(r"\s?(?:[.;]|$)")


def _noted_not_own(sentence: str, end: int) -> bool:
    """Whether a note after the title ending at ``end`` denies it is the organization's own act
    ("Law 12 (2008) — sale of its shares; not the founding instrument."): the note closes its
    clause and no other title stands between them."""
    note = _NOT_OWN_ACT.search(sentence, end)
    if note is None:
        return False
    # "the X Charter, but that's not a founding act lol": a pronoun subject refers the denial
    # back to the title before it, whatever words close the clause
    if not _NOTE_CLOSES.match(sentence, note.end()) and not _DENIAL_SUBJECT.search(sentence, end, note.start()):
        return False
    return _no_title_between(sentence[end : note.start()])


# "that's", "it is", "which is": a pronoun subject and its copula right before a denying note
_DENIAL_SUBJECT = re.compile(rf"(?<![\w'’-])(?:{spaced_alternation(cues('denial-subject'))})\s+$", re.I)


def _after_own_date(sentence: str, end: int, dates: list[tuple[int, int, DateValue]]) -> int:
    """Where the text after a title resumes past its date ("the X Act, 2007 repealed …")."""
    return next((d_end for d_start, d_end, _ in dates if 0 <= d_start - end <= 2), end)


def _completed(instrument: Instrument, name: str, rest: str, text: str, later: list[str]) -> Instrument:
    """The instrument with its date from the text around it, a number's year split off, and a
    treaty's entry into force from the sentences after."""
    if instrument.date is None and not rest.strip(" .,"):
        instrument = _with_year_split_off(instrument, text)
    instrument = _with_dated_title(instrument, rest)
    numbered = _NUMBERED_OF_YEAR.fullmatch(name) or _NUMBERED_OF_ISSUER.match(name)
    if numbered:  # "Decree No. 15 of 1993": the name is "Decree No. 15", 1993 its date
        # "Decree-Law N° 449 of the Junta Fundadora": the issuer after a number is no part of the name
        instrument = replace(instrument, name=numbered["name"])
    if instrument.date is None and later:
        instrument = _signed_next(instrument, later[0])
    if instrument.treaty and instrument.in_force is None:
        instrument = replace(instrument, in_force=_in_force_later(later))
    return instrument


# "Treaty of X. Signed in Paris on 18 Apr 1951, in force from 23 Jul 1952.": a sentence with
# no subject that opens on a signing participle tells of the instrument the sentence before named
_SIGNED_OPENER = re.compile(rf"(?=[A-Z])(?:{spaced_alternation(cues('signed'))})\b", re.I)


def _signed_next(instrument: Instrument, sentence: str) -> Instrument:
    """The instrument dated (and its entry into force) by the subjectless sentence right
    after its bare title ("Signed in Rome on 2 May 1960, in force from 1 Jan 1961.")."""
    opener = _SIGNED_OPENER.match(sentence)
    if opener is None or _title_candidates(sentence):
        return instrument  # no opener, or another instrument of its own ("Signed with the X Protocol")
    force = _IN_FORCE.search(sentence, opener.end())
    dates = date_spans(sentence)
    signed = [value for start, _, value in dates if opener.end() <= start and (force is None or start < force.start())]
    forced = [value for start, _, value in dates if force is not None and start >= force.end()]
    if not signed:
        return instrument
    in_force = instrument.in_force or (forced[0] if forced and instrument.treaty else None)
    return replace(instrument, date=signed[0], in_force=in_force)


# "Constitutive Act of the African Union", "Organic Act of the Coastal Guard": an adjective
# (lexicon role of-title-adjective) before the kind names no subject, the "of the <Name>" after
# it does, so the title runs on to the name (not "Water Act of the Republic": a subject first)
_ADJECTIVE_OF_TITLE = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:{lexicon.alternation(cues('of-title-adjective'))})\s(?:{_INSTRUMENT_WORDS})"
    rf"\sof\s(?:the\s)?{_TITLE_WORDS})(?![\w'’-])"
)


def _title_matches(sentence: str) -> list[re.Match[str]]:
    """The instrument titles of ``sentence`` in English word order: those led by their kind
    ("Decree No. 5"), then those that end in it ("the Water Act 1963")."""
    return [
        *_matches_at_starts(sentence, _HEAD_START, lambda text, at: _HEAD_INSTRUMENT.match(text, at)),
        *_matches_at_starts(sentence, _TAIL_START, lambda text, at: _TAIL_INSTRUMENT.match(text, at)),
        *_matches_at_starts(sentence, _LOWER_START, lambda text, at: _LOWER_NUMBERED.match(text, at)),
        *_matches_at_starts(sentence, _TAIL_START, lambda text, at: _LOWER_DATED.match(text, at)),
        *_matches_at_starts(sentence, _TAIL_START, lambda text, at: _ADJECTIVE_OF_TITLE.match(text, at)),
        *_matches_at_starts(sentence, _TAIL_START, lambda text, at: _ORDINAL_OF_TITLE.match(text, at)),
    ]


# "by a Law of the Western Region", "under an Act of Parliament": after the indefinite article a
# title describes an instrument instead of naming it, unless it carries a number of its own
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’-])(?:an?|An?)\s+$")
_INDEFINITE_REACH = 4  # characters before a title searched for the article


def _described(sentence: str, start: int, name: str) -> bool:
    return bool(_INDEFINITE_BEFORE.search(sentence[max(0, start - _INDEFINITE_REACH) : start])) and not any(
        char.isdigit() for char in name
    )


def described_instruments(text: str) -> list[str]:
    """The instruments a Legislation text describes without naming ("a Law of the Western
    Region"): no legislation is read from them, so diagnostics.py reports them."""
    found = []
    for sentence in _joined_ordinals(segments(text)):
        for match in _title_matches(sentence):
            name = _instrument_name(match["name"])
            if name and _described(sentence, match.start(), name):
                found.append(name)
    return found


# "the International Centre for Diarrhoeal Disease Research, Bangladesh Ordinance": a title
# whose own name has a comma; the words before the comma (after "the", no instrument among
# them: "the Water Act, Land Act" is a list) belong to it
_THE = re.compile(r"\bthe\s+")
# "First General Sanitary Convention of the American States": an ordinal (lexicon role
# ordinal-title) numbers a meeting's treaty, whose title runs on to the "of the <Name>"
_TREATY_WORDS = lexicon.alternation(cues("treaty"))
_ORDINAL_OF_TITLE = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:{lexicon.alternation(cues('ordinal-title'))})(?:\s{_CAP}){{0,4}}\s(?:{_TREATY_WORDS})"
    rf"\sof\s(?:the\s)?{_TITLE_WORDS})(?![\w'’-])"
)


_COMMA_HEAD = re.compile(rf"(?P<head>{_TITLE_WORDS}),\s")
_COMMA_HEAD_REACH = 160  # characters before the comma searched for the head
# a title in double quotes ("An Act to establish …"): the whole quotation is its name
_QUOTED = re.compile(r"[\"“](?P<title>[^\"“”]{3,240})[\"”]")


def _with_comma_head(sentence: str, start: int, found: str) -> tuple[int, str]:
    if _HEAD_START.match(found) or not sentence[:start].endswith(", "):
        return start, found
    window_start = max(0, start - _COMMA_HEAD_REACH)
    window = sentence[window_start:start]
    for the in _THE.finditer(window):  # the leftmost "the" whose words run to the comma
        head = _COMMA_HEAD.fullmatch(window, the.end())
        if head is not None:
            if LEGAL_INSTRUMENT.search(head["head"]):
                break
            return window_start + head.start("head"), f"{head['head']}, {found}"
    return start, found


def _quoted_title(sentence: str, start: int) -> tuple[int, int, str] | None:
    """The quotation around ``start`` when it is a title (it holds an instrument word)."""
    for quote in _QUOTED.finditer(sentence):
        if quote.start("title") <= start < quote.end("title") and LEGAL_INSTRUMENT.search(quote["title"]):
            return quote.start("title"), quote.end("title"), quote["title"].strip().rstrip(".,")
    return None


def _spaced_thousands(sentence: str, name: str, end: int) -> tuple[str, int]:
    """ "Decreto-Lei n.º 40" and " 690" after it: the whole number (the name and its new end)."""
    if _NUMBER_SIGN_END.search(name) is None:
        return name, end
    more = _THOUSANDS_AFTER.match(sentence, end)
    return (name + more.group(), more.end()) if more else (name, end)


# an instrument's number sign and the first digits of its number, at a title's end
_NUMBER_SIGN_END = re.compile(r"(?:\b(?:No|Nr|N)\.|\bn\.?\s?[º°]\.?)\s?\d{1,3}$", re.I)


# "Décret n° 46-2 du 3 janvier 1946": after a number, a day joined by "du"/"de" (no comma)
# is part of a French, Spanish or Portuguese title as it is cited.
_TITLE_DAY_JOIN = re.compile(r"\s(?:du|de|del)\s")


# "Ordonnance n° 45-68 du 16 janvier 1945 portant nationalisation des usines Renault": after its
# day, the title's subject opened by a subject word (lexicon role title-subject) runs to a mark
_TITLE_SUBJECT = re.compile(rf"\s(?:{spaced_alternation(cues('title-subject'))})\s")
_TITLE_SUBJECT_END = re.compile(r"[,;:()\[\]\"“”«»]|\.(?=\s|$)")


def _with_dated_title(instrument: Instrument, rest: str) -> Instrument:
    join = _TITLE_DAY_JOIN.match(rest)
    if join is None or not instrument.name[-1:].isdigit():  # "Loi relative à … du 12 juin 1964": no number
        return instrument
    spans = date_spans(rest[join.end() :])
    if not spans or spans[0][0] != 0 or spans[0][2].day is None:
        return instrument
    end, value = join.end() + spans[0][1], spans[0][2]
    if subject := _TITLE_SUBJECT.match(rest, end):
        stop = _TITLE_SUBJECT_END.search(rest, subject.end())
        words = rest[end : stop.start() if stop else len(rest)].rstrip()
        if len(words.split()) <= _FOREIGN_WORDS:
            end += len(words)
    return replace(instrument, name=f"{instrument.name}{rest[:end]}", date=value)


_YEAR_BEFORE_DASH = re.compile(rf"\s({_YEAR})\s[—–-]\s")


def _with_year_split_off(instrument: Instrument, text: str) -> Instrument:
    """ "Conservation Act 1987 — the department came into being on …": the sentence split takes
    the year after the title for a timeline's date; it is the title's year."""
    at = text.find(instrument.name)
    split = _YEAR_BEFORE_DASH.match(text, at + len(instrument.name)) if at >= 0 else None
    if split is None:
        return instrument
    return replace(instrument, name=f"{instrument.name} {split[1]}", date=DateValue(int(split[1])))


# a kind with at most one word before it and no title: "Royal Charter", "a special charter"
_KIND_ALONE = re.compile(rf"(?:[A-Za-z]+\s)?(?:{_INSTRUMENT_WORDS})", re.I)
_UNDER_NEXT = re.compile(r"\s(?:under|pursuant\sto)\s(?:the\s)?[A-Z]")


# a kind and its number alone, then its year: "Decree No. 15 of 1993", "Ordinance 4 of 2002"
_NUMBERED_OF_YEAR = re.compile(rf"(?P<name>(?:{_INSTRUMENT_WORDS})\s+{_CITED_NUMBER})\s+of\s+{_YEAR}")
_NUMBERED_OF_ISSUER = re.compile(
    rf"(?P<name>(?:{_INSTRUMENT_WORDS})(?:-[A-Z][a-z]{{1,12}})?\s+{_NUMBER})\s+of\s+the\s+[A-Z]"
)


# "repealed the", "replacing the earlier": a word of another act just before the title
_OTHER_ACT = re.compile(rf"\b(?:{spaced_alternation(cues('other-act'))})\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?$", re.I)
_OTHER_ACT_REACH = 40  # characters before a title searched for that word
_CHANGED_BY = re.compile(rf"\b(?:{spaced_alternation(cues('changed-by'))})\s+by\s+(?:the\s+)?$", re.I)
# "…; that Act did not create it": the sentence denies the instrument named just before created
# the organization (the instrument must be the last title before the denial). The subject may be
# a pronoun after a clause break ("…, entered into force in 2003; it did not create the
# Organisation"), the object the organization's generic noun ("the Organisation", "the SCO")
_DENIED_CREATION = re.compile(
    rf"(?:\b(?:(?:that|this|the)\s+(?:{_NOT_OWN_ACT_NOUN})\s+|which\s+)|(?:[;,]|\band)\s+it\s+)"
    rf"(?:{spaced_alternation(cues('denied-creation'))})\s+(?:it\b|us\b|the\s+(?-i:[A-Z][\w-]{{1,30}})(?=\s?[.;,)]|\s?$))",
    re.I,
)
# "the X Act 1990 did not create it": the denial right after the title
_DENIED_AFTER = re.compile(rf"\s+(?:{spaced_alternation(cues('denied-creation'))})\s+(?:it|us)\b", re.I)
# "the X Act 2007 repealed parts of the 1960 Act": the instrument, as a subject, changes another
# (not "the X Act 1960, amended in 1977", "the X Act 1960 as amended by …": the act itself changed)
_ACTING_ACT = re.compile(
    rf"(?:,?\swhich)?\s(?:{spaced_alternation(cues('acting-act'))})\b(?!\s(?:by|in|on|to|through)\b)", re.I
)


_IN_FORCE = re.compile(rf"\b(?:{spaced_alternation(cues('in-force'))})\s+", re.I)
_TREATY_SUBJECT = re.compile(
    rf"(?:(?:The|This|That|Its|the)\s+(?:[A-Z][\w-]*\s){{0,3}}(?:{spaced_alternation(cues('treaty'))})|It)\b"
)


def _in_force_later(later: list[str]) -> DateValue | None:
    """ "… signed in Paris on 14 December 1960. The Convention entered into force on 30
    September 1961": the date a later sentence about the treaty ("The Convention", "It")
    says it entered into force. A sentence with no subject ("Entered into force 30 Sep 1961.")
    tells of the treaty only while the sentences before it, after the title, have none either
    ("Adopted 2 May 1960, Rome.")."""
    subjectless = True
    for sentence in later:
        force = _IN_FORCE.search(sentence)
        if not force:
            subjectless = subjectless and bool(_SIGNED_OPENER.match(sentence))
            continue
        subject = sentence[: force.start()].strip()
        if not (_TREATY_SUBJECT.fullmatch(subject) or (subjectless and not subject)):
            subjectless = False
            continue
        spans = [value for start, _, value in date_spans(sentence) if start >= force.end()]
        if spans:
            return spans[0]
    return None


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ENDS_IN_ORDINAL = re.compile(r"(?<!\d)\d{1,2}\.$")
_STARTS_WITH_MONTH = re.compile(rf"(?:{_MONTH_NAMES})\b", re.I)


def _joined_ordinals(found: Sequence[Segment]) -> list[str]:
    """The sentences' texts, a German day ("vom 2. März 1952") that ended one joined to the next."""
    texts: list[str] = []
    for segment in found:
        if texts and _ENDS_IN_ORDINAL.search(texts[-1][-3:]) and _STARTS_WITH_MONTH.match(segment.text):
            texts[-1] = f"{texts[-1]} {segment.text}"
        else:
            texts.append(segment.text)
    return texts


def _current_after(rest: str) -> bool:
    """ "the X Act (1992), under which it operates today": a relative clause after the
    instrument that says the organization operates under it now."""
    clause = rest.split(";")[0]
    return bool(_CURRENT_AFTER.search(clause))


_YEAR_WORD = re.compile(rf"{_YEAR}")


def _without_year(words: list[str]) -> list[str]:
    """A title's words without a year at the end ("Act of 1974", "Act, 2003" → ["Act"])."""
    if len(words) >= 2 and _YEAR_WORD.fullmatch(words[-1]):
        words = words[:-2] if words[-2] == "of" else words[:-1]
    return [*words[:-1], words[-1].rstrip(",")] if words else words


def _bracketed_title(sentence: str, start: int) -> tuple[int, str] | None:
    """ "The Industrial Development (Science Foundation Ireland) Act 2003": the title words and
    the note in brackets before an instrument word whose own match began at it; read in code
    (back from the bracket) so no pattern retries at every capital."""
    before = sentence[:start].rstrip()
    if not before.endswith(")"):
        return None
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:-1] or len(before) - opening > 80:
        return None
    if "\n" in sentence[opening:start]:  # "Founder: X (engineer)" ending a line: no title
        return None
    line_start = before.rfind("\n", 0, opening) + 1  # a title never runs over a line break
    words = before[line_start:opening].split()
    kept: list[str] = []
    for word in reversed(words[-12:]):
        # "January/1949 (published …) Charter": a date is never a word of a title
        # "Basis: the X (Y) Act": a line's label ends the title too
        if word.endswith(":") or any(c.isdigit() for c in word):
            break
        if not (word[:1].isupper() or (kept and word in _ACT_GLUE_WORDS)):
            break
        kept.insert(0, word)
    while kept and not kept[0][:1].isupper():
        kept.pop(0)
    if not kept or kept[0] in ("The", "By", "Under"):
        kept = kept[1:]
    if not kept:
        return None
    head = before[:opening].rstrip()
    title_start = len(head) - len(" ".join(kept))
    return title_start, f"{' '.join(kept)} {before[opening:]}"


# "the X Establishment Law of 1949": after this kind "of <year>" is the law's date, no part of
# its short title (the "X Act of 1972" keeps its year)
_DATED_KIND_YEAR = re.compile(rf"(?P<kind>\s(?:{lexicon.alternation(cues('dated-kind'))}))\sof\s{_YEAR}$")


def _instrument_name(name: str) -> str | None:
    name = re.sub(r"^(?:The|Established|Created|Enacted|Authorized|Founded|Under|By)\s+(?:by\s+)?(?:the\s+)?", "", name)
    words = _without_year(name.split())
    if words[:1] and words[0].lower() in {"a", "an", "the"}:
        words = words[1:]  # "An Act", "the Act": an article before a kind word names nothing
    if len(words) <= 1:
        return None  # "Act", "Decree", "Act 2003", "Act of 1974" alone: a kind word, no name
    if not (
        re.search(rf"\b(?:{_INSTRUMENT_WORDS})\b", name)
        or _LOWER_NUMBERED.fullmatch(name)
        or _LOWER_KIND_NAME.fullmatch(name)
        or _DATED_LOWER_TITLE.match(name)
    ):
        return None
    name = name.rstrip(",")
    # "Act on X Finland Ltd.": a company suffix's abbreviation dot is the name's, not the sentence's
    return name if name.endswith(_SUFFIX_DOTS) else name.rstrip(".,")


_SUFFIX_DOTS = tuple(f" {suffix}." for suffix in lexicon.corporate_suffixes())


def _is_current(sentence: str, start: int) -> bool:
    """ "now operates under the X Act (Act No. 5 of 2002)": every instrument in that clause."""
    clause = sentence[:start].split(";")[-1]
    return bool(_CURRENT.search(clause))


# ", B.E. 2506 (1963)": another calendar's mark before its year (lexicon calendar-marks), then
# the Gregorian year in brackets
_WORD_MARKS = lexicon.alternation(m for m in lexicon.calendar_marks() if len(m) > 1)
_MARKED_YEAR_BESIDE = re.compile(rf",?\s(?:{_WORD_MARKS})\s\d{{3,4}}\s?\((?P<year>{_YEAR})\)")
_RELATIVE_CLAUSE = re.compile(r",\s(?:(?:by|under|through|in|with)\s)?(?:which|whom)\b|\bwhereby\b", re.I)
_BRACKETED_DATE = re.compile(r"\s{0,3}\((?P<d>[^()]{1,40})\)")


# "(Lei nº 2.004, de 3 de outubro de 1953)": the title in the original language, then its date alone
_ORIGINAL_TITLE_DATE = re.compile(r"\s?\([A-Z][^(),]{0,40},\s(?:de|del|do|da|du|of)\s(?P<d>[^,;()]{1,30})\)")


def _describe(name: str, sentence: str, end: int) -> Instrument:
    rest = sentence[end:]
    treaty = bool(_TREATY_START.match(name))
    own_year = re.search(rf"\b({_YEAR})$", name)
    date = None
    in_force = None
    # A date written right after the name: "of 22 May 1970", ", of the 23rd of August 1967",
    # "dated 27.05.1909" (a dotted date is day-month, dates.py),
    # ", 1989", "(Act No. 161 of 2002)".
    # "Ley 17/2006 (Law on …), of 5 June 2006": a bracketed title between name and date.
    # "Law 2.004 (Lei nº 2.004, de 3 de outubro de 1953)": its title in the original, then the date.
    beside = re.match(
        r"\s*(?:\([^()]{0,80}\)\s*(?=,|of\s))?(?:,\s*(?:(?:of|de|del|vom|du|dated)\s+)?|(?:of|vom|du|dated)\s+"
        r"|\((?:[^()]{0,40}\bof\s+|[A-Z][\w.]{0,15},\s)?|(?=\d{1,6}\sof\s))"
        r"(?:(?:No\.?\s{0,3})?\d{1,6}\s{1,3}of\s+)?(?:the\s)?(?P<d>[^,;()]{0,30}(?:,\s\d{4})?)",
        rest,
    )
    if beside:
        spans = date_spans(beside["d"])
        if spans and spans[0][0] == 0:
            date = spans[0][2]
    original = _ORIGINAL_TITLE_DATE.match(rest)
    if date is None and original:  # "Law 2.004 (Lei nº 2.004, de 3 de outubro de 1953)"
        spans = date_spans(original["d"])
        date = spans[0][2] if spans and spans[0][:2] == (0, len(original["d"])) else None
    marked = _MARKED_YEAR_BESIDE.match(rest)
    if date is None and marked:  # "X Act, B.E. 2506 (1963)": the Gregorian year in the bracket
        date = DateValue(int(marked["year"]))
    bracketed = _BRACKETED_DATE.match(rest)
    if bracketed:  # "Decreto Ley 118 de 1957 (21 jun. 1957), issued by …": a bracket that is a date alone
        spans = date_spans(bracketed["d"])
        if spans and spans[0][:2] == (0, len(bracketed["d"])) and (date is None or _refines(spans[0][2], date)):
            date = spans[0][2]
    for clause in re.split(r";", rest):
        spans = event_date_spans(clause)  # "… replaced the Water Act 1963": that year is another title's
        force = _IN_FORCE.search(clause)
        signed = _SIGNED.search(clause)
        # "passed by the Council, by which the University was constituted on 1 December 1920":
        # a relative clause after the signing tells of another event, its day is not the act's
        relative = _RELATIVE_CLAUSE.search(clause, signed.end()) if signed else None
        signed_end = relative.start() if relative else len(clause)
        for start, _, value in spans:
            if force and start >= force.end() and in_force is None:
                in_force = value
            elif signed and signed.start() < start < signed_end and (date is None or _refines(value, date)):
                date = value
    if date is None and own_year and not after_number_sign(name, own_year.start()):
        date = DateValue(int(own_year[1]))  # "Republic Act No. 2067": a number, no year
    if date is not None and date.month is None and own_year and name[own_year.start() - 1 : own_year.start()] == "/":
        # "Law 7/1991 of 21 March": the number gives the year, the day and month follow alone
        date = _day_of_numbered_year(rest, date)
    founds = bool(_FOUNDING_NOTE.search(rest.split(";")[0]))
    signers = _signers(rest)
    signer = signers[0] if signers else (_signer(rest) or _grantor(name, rest) or _signer_under(rest))
    return Instrument(name, date, signer, treaty, in_force if treaty else None, founds, signers[1:])


_DAY_MONTH_OF = re.compile(r",?\s(?:of|de)\s(?P<d>[^,;()]{1,24})")


def _day_of_numbered_year(rest: str, year: DateValue) -> DateValue:
    """The day and month written alone after a title whose number ends in its ``year``
    ("Law 7/1991 of 21 March, by which …"), as a day of that year; else the year."""
    beside = _DAY_MONTH_OF.match(rest)
    found = in_year(beside["d"], year.year) if beside else None
    return found[1] if found and found[0] == 0 and found[1].day is not None else year


# "(founding)", "(the founding act)", "(establishment)": a note after an instrument
_FOUNDING_NOTE = re.compile(
    r"\((?:the\s)?(?:founding|foundation|establishment)(?:\s(?:act|law|decree|instrument))?\)", re.I
)


def _refines(new: DateValue, old: DateValue) -> bool:
    return new.year == old.year and (new.month or 0) >= (old.month or 0) and (new.day or 0) >= (old.day or 0)


# "which President X signed", "which President X promulgated in 1978" (lexicon role signed)
_WHICH_SIGNED = re.compile(
    rf"\bwhich\s+(?P<who>\S.{{2,79}}?)\s+(?:{lexicon.alternation(c for c in cues('signed') if ' ' not in c)})\b"
)
# "signed into law by", "promulgated by", "enacted … by" (lexicon role signed)
_SIGNED_BY_AGENT = re.compile(
    rf"\b(?:{lexicon.alternation(c for c in cues('signed') if ' ' not in c)})(?:\s+\w+\.?){{0,7}}?"
    # "signed on <date> at Chaguaramas, Trinidad and Tobago, by …": a place set off by commas;
    # "signed on Aug. 3, 1961, by …": a US date's year set off by commas
    r"(?:,\s(?-i:[A-Z])\w*(?:\s\w+){0,3},|,\s\d{4},?)?\s+by\s+"
    r"(?P<who>[^,;]{3,80})(?:,\s(?P<then>[^,;]{3,80}))?",
    re.I,
)


# Searches that start on a run of spaces begin only where the run does (the guard keeps a
# search linear; the leftmost match is the same).
# "by General X as President of …": the office he signed in ends the name too
# ("… by President X — three weeks before …": a spaced dash opens an aside after the name)
# ("… by President X and published in the gazette": a second participle after "and" ends it too)
_SIGNER_END = re.compile(r"(?<!\s)\s+(?:(?:on|in|at|as)\s|and\s(?=[a-z]{2,20}ed\s)|\(|[—–]\s)")
# "signed by the President Juscelino Kubitschek": the article before a title (a Romance hand's
# "o Presidente"), dropped so the person-name reader sees "President Juscelino Kubitschek"
# ("the de facto President X", "the then Minister Y": a qualifier of lexicon role title-qualifier goes too)
_THE_BEFORE_TITLE = re.compile(rf"^the\s(?:(?:{lexicon.alternation(cues('title-qualifier'))})\s)?(?=[A-Z])")
# "signed by don José Figueres Ferrer": a lowercase honorific (lexicon role lowercase-honorific)
# before the name, dropped as the article is (case-sensitive: "Don Smith" keeps his given name)
_LOWERCASE_HONORIFIC = re.compile(rf"^(?:{lexicon.alternation(cues('lowercase-honorific'))})\s(?=[A-Z])")


def _before(text: str, *stops: re.Pattern[str]) -> str:
    """``text`` up to the leftmost match of any of ``stops`` (all of it without one)."""
    starts = [m.start() for stop in stops if (m := stop.search(text))]
    return text[: min(starts)] if starts else text


_SIGNER_LIST_ENDS = (
    re.compile(r"[;(]|\.(?=\s|$)"),
    re.compile(r"(?<!\s)\s+(?:on|in|at|after|who|which)\s"),
)
# "Presidents A, B and C", "Prime Ministers A and B": a title of one word, else of two
_PLURAL_TITLES = (
    re.compile(r"(?:the\s+)?(?P<title>[A-Za-z]{3,20})s\s+(?=[A-Z])"),
    re.compile(r"(?:the\s+)?(?P<title>[A-Za-z]{3,20}\s[A-Z][a-z]{2,20})s\s+(?=[A-Z])"),
)
_OF_PLACE = re.compile(r"(?<!\s)\s+of\s+[A-Z][\w'’ -]{1,40}$")


# "which converted Provisional Measure No. 4, adopted by President X, into law": a relative
# clause whose verb (no signing word) takes a capitalised object
_OTHER_OBJECT_RELATIVE = re.compile(r"\b(?:which|that)\s(?P<verb>[a-z]{3,20}ed)\s(?:the\s)?[A-Z]")


def _signing_of_other(rest: str, start: int) -> bool:
    """Whether the signing phrase at ``start`` is a participle set off by a comma after the
    object of a relative clause of the same clause ("…, which converted Provisional Measure
    No. 4 of 1989, adopted by President X, into law"): it signs that object, another instrument;
    "…, which converted it into law, was signed by Y" has its own verb and stays."""
    clause = rest[rest.rfind(";", 0, start) + 1 : start]
    if not clause.rstrip().endswith(","):
        return False
    relative = _OTHER_OBJECT_RELATIVE.search(clause)
    return relative is not None and not _SIGNED.fullmatch(relative["verb"])


def _own_signing(pattern: re.Pattern[str], rest: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``rest`` that signs the instrument itself."""
    return next((m for m in pattern.finditer(rest) if not _signing_of_other(rest, m.start())), None)


def _signers(rest: str) -> tuple[Mention, ...]:
    """ "signed … by Presidents A of Kenya, B of Tanzania and C of Uganda", "signed by the
    presidents A, B and C": every signer of a list, each a person's name (a plural title
    before the list, a place after each name dropped); none unless every piece is a person."""
    match = _own_signing(_SIGNED_BY_AGENT, rest)
    if not match:
        return ()
    listed = _before(rest[match.start("who") :], *_SIGNER_LIST_ENDS)
    for title in _PLURAL_TITLES:
        plural = title.match(listed)
        # "Foreign Ministers": a title's last word is enough, the name check reads what is left
        if plural and is_title_only(plural["title"].split()[-1].capitalize()):
            listed = listed[plural.end() :]
            break
    pieces = [_OF_PLACE.sub("", piece) for piece in _places_rejoined(_list_pieces(listed))]
    if len(pieces) < 2 or any(_plural_title_in(piece) for piece in pieces):
        return ()
    found = [person_name(piece) for piece in pieces]
    if not all(found):
        return ()
    return tuple(name.mention() for name in found if name)


def _plural_title_in(piece: str) -> bool:
    """ "Heads Anil Ramdas": a plural title left in a piece is no part of a person's name."""
    return any(word.endswith("s") and is_title_only(word[:-1].capitalize()) for word in piece.split())


def _places_rejoined(pieces: list[str]) -> list[str]:
    """``pieces`` with a piece that is no person's name joined back to the place before it
    ("Eric Williams of Trinidad" and "Tobago": the list split "of Trinidad and Tobago")."""
    joined: list[str] = []
    for piece in (piece.strip() for piece in pieces):
        if joined and _OF_PLACE.search(joined[-1]) and not person_name(_OF_PLACE.sub("", piece)):
            joined[-1] = f"{joined[-1]} and {piece}"
        else:
            joined.append(piece)
    return joined


# "…, eleven signed the text:", "Signatories:": a line that ends by announcing the signers listed below
_SIGNER_LIST_LEAD = re.compile(rf"\b(?:{spaced_alternation(cues('signer-list'))})\b", re.I)
_LEAD_REACH = 60  # characters of an announcing line's last clause searched for its cue
_ENTRY_NOTE = re.compile(r"\s?[(,]")  # "Mamadou Dia, Président du Conseil (Sénégal)": the name ends here


def _listed_signers(items: Sequence[Item]) -> tuple[Mention, ...]:
    """The signers a Legislation field lists as bullets under a line announcing them ("Of the
    twelve Heads of State present, eleven signed the text:" then "- A (Cameroun)", "- B, Prime
    Minister (Senegal)"): each entry's name before its note; none unless every entry is a
    person's name and there are two or more."""
    for number, item in enumerate(items):
        text = item.text.rstrip()
        if item.bullet or not text.endswith(":"):
            continue
        clause = text[max(0, text.rfind(". ") + 1, len(text) - _LEAD_REACH) :]
        if not (_SIGNED.search(clause) or _SIGNER_LIST_LEAD.search(clause)):
            continue
        entries = list(itertools.takewhile(lambda entry: entry.bullet, items[number + 1 :]))
        names = [person_name(_ENTRY_NOTE.split(entry.text, maxsplit=1)[0].strip()) for entry in entries]
        if len(names) >= 2 and all(names):
            return tuple(name.mention() for name in names if name)
        return ()
    return ()


def _signer(rest: str) -> Mention | None:
    """ "which President Richard Nixon signed", "signed into law by President X on …": a person."""
    for pattern in (_WHICH_SIGNED, _SIGNED_BY_AGENT):
        match = _own_signing(pattern, rest)
        if match:
            # "signed by the de facto President, Gen. Edelmiro J. Farrell": a title, then the name.
            for text in (match["who"], *([match["then"]] if "then" in match.groupdict() and match["then"] else [])):
                who = _LOWERCASE_HONORIFIC.sub("", _THE_BEFORE_TITLE.sub("", _before(text, _SIGNER_END)))
                found = person_name(who)
                if found:
                    return found.mention()
                regnal = _regnal_name(who) or _titled_mononym(who)
                if regnal:
                    return regnal
                if not is_title_only(re.sub(r"^(?:the\s+)?(?:[a-z]+\s+){0,3}", "", who)):
                    break
    return None


# "issued under the de facto president A", "enacted under Governor B": the office holder the
# instrument was signed under (a title, lowercase too, then a person's name; "passed under
# the Companies Act" names an instrument, no title)
_SIGNED_UNDER = re.compile(
    rf"\b(?:{lexicon.alternation(c for c in cues('signed') if ' ' not in c)})\s+under\s+(?:the\s+)?"
    rf"(?:(?:{lexicon.alternation(cues('title-qualifier'))})\s+)?"
    r"(?P<title>[A-Za-z]{3,20})\s+(?P<name>[A-Z][^,;()]{2,60})",
    re.I,
)


def _signer_under(rest: str) -> Mention | None:
    """ "Law 5, of 2 May 1968, issued under the de facto president A B": A B signed it."""
    match = _SIGNED_UNDER.search(rest)
    if match is None or not is_title_only(match["title"].capitalize()):
        return None
    found = person_name(f"{match['title'].capitalize()} {_before(match['name'], _SIGNER_END).rstrip('.')}")
    return found.mention() if found and found.titles else None


# "King Oscar II", "Emperor Pedro II": a title of lexicon/person-titles.csv, a given name and a
# regnal number (a monarch has no family name for the person-name reader to find)
# ("Kaiser Franz Joseph I.": two given names; a German ordinal's dot, kept out of the name)
_REGNAL = re.compile(r"(?P<name>[A-Z][a-zà-ÿ]{1,20}(?:\s[A-Z][a-zà-ÿ]{1,20})?\s(?:[IVX]{1,6}))\.?")


# " of King Charles II", "Queen Victoria II": a monarch right after an instrument or an order
_GRANTOR = re.compile(r"\s?(?:of\s)?(?P<who>[A-Z][a-z]{1,15}\s[A-Z][a-zà-ÿ]{1,20}\s[IVX]{1,6})(?![\w])")


def _granting_monarch(rest: str) -> Mention | None:
    """The monarch (a title, a given name, a regnal number) who issued the instrument whose
    name ends right before ``rest``: "… of King Charles II"."""
    grantor = _GRANTOR.match(rest)
    return _regnal_name(grantor["who"]) if grantor else None


def _grantor(name: str, rest: str) -> Mention | None:
    """The monarch after an instrument's name, or inside it ("Warrant of Queen Maria I"), or
    after its date ("Resolution of 3 May 1850 by Emperor Karl V")."""
    own = _OWN_OF.search(name)
    return _granting_monarch(rest) or (_granting_monarch(name[own.start() :]) if own else None) or _dating_monarch(rest)


_MONARCH_AFTER_DATE = re.compile(
    rf"\s{{1,3}}by\s(?:{lexicon.alternation(cues('monarch-title'))})\s"
    r"(?P<who>[A-Z][a-zà-ÿ]{1,20}(?:\s[A-Z][a-zà-ÿ]{1,20})?\s[IVX]{1,6})(?![\w])"
)
# "Franz Joseph I. – approval of …": a dot the sentence runs on after is the German ordinal's, kept
_ORDINAL_DOT = re.compile(r"\.\s{0,3}(?=[^\sA-Z])")
_DATE_REACH = 60  # characters after an instrument's name searched for its date


def _dating_monarch(rest: str) -> Mention | None:
    """ "… of 23 May 1850 by Emperor Karl Ludwig V": a monarch (a title, given names, a regnal
    number) right after the instrument's own date issued it; a "by" after any other words
    names someone else."""
    for start, end, _ in date_spans(rest[:_DATE_REACH]):
        if start <= _DATE_REACH // 2:
            monarch = _MONARCH_AFTER_DATE.match(rest, end)
            if monarch is None:
                return None
            dot = "." if _ORDINAL_DOT.match(rest, monarch.end()) else ""
            return Mention(f"{monarch['who']}{dot}", "person")
    return None


_OWN_OF = re.compile(r"\sof\s")


def _regnal_name(who: str) -> Mention | None:
    title = PERSON_TITLES.match(who)
    regnal = _REGNAL.fullmatch(who, title.end()) if title else None
    return Mention(regnal["name"], "person") if regnal else None


# "signed by President Soeharto": an office (lexicon role
# one-name-title), then one name (a Javanese or Burmese hand names many people by one word);
# read only where a signer is expected
_ONE_NAME_TITLE = re.compile(rf"(?:{lexicon.alternation(cues('one-name-title'))})\s")
_MONONYM = re.compile(r"[A-Z][a-zà-ÿ]{2,20}")


def _titled_mononym(who: str) -> Mention | None:
    title = _ONE_NAME_TITLE.match(who)
    if title is None:
        return None
    name = who[title.end() :].strip().rstrip(".")
    if not _MONONYM.fullmatch(name) or name.lower() in NOT_PERSON_WORDS or is_title_only(name):
        return None
    if is_country(name) or has_org_word(name):
        return None
    return Mention(name, "person")


# --- founders and the founding date ----------------------------------------------------------


@cache
def _first_person_self() -> frozenset[str]:
    """The first-person words that name the organization as a whole ("we", "us", "ourselves"),
    not the possessives, which name a thing it owns ("our predecessor")."""
    return frozenset().union(*(lexicon.first_person_words(role) for role in ("subject", "object", "reflexive")))


@dataclass(frozen=True)
class _Names(Names):
    """Self also under a name the intro gives it ("known simply as Pratham"), and "the
    museum" when the intro says what it is ("X is the largest museum in Mexico")."""

    kind_nouns: frozenset[str] = frozenset()
    # persons the profile names in full elsewhere: "Allen and Liddle founded it" means them
    persons: tuple[Mention, ...] = ()
    # names it was founded under ("It was founded in 1926 as the X Company"): "A and B formed the
    # X Company" founded it
    founded_as: tuple[str, ...] = ()

    def by_surname(self, word: str) -> Mention | None:
        """The one known person whose last name is ``word``, else None."""
        found = {m for m in self.persons if m.kind == "person" and m.name.split()[-1] == word}
        return found.pop() if len(found) == 1 else None

    def is_self(self, name: str) -> bool:
        bare = clean(name)
        if bare.lower() in _first_person_self():
            return True  # "We were founded in 1957", "the Act that created us": its own page's voice
        return super().is_self(name) or any(
            same_name(bare, other) for other in (*self.identity.alternate_names, *self.founded_as)
        )

    def own_words(self) -> frozenset[str]:
        words = super().own_words() | self.kind_nouns
        # "the lab" for a laboratory, "the uni" for a university: a long word's clipping
        return words | {word[:3] for word in words if len(word) >= 9 and word.isalpha()}


_INTRO_PREDICATE = re.compile(r"\b(?:is|was)\s+(?:the|a|an)\s+(?P<phrase>[^,;.()]{1,80})")
_PHRASE_STOPS = frozenset({"in", "of", "for", "at", "on", "that", "which", "who", "and", "with", "based", "from", "to"})


def _kind_nouns(intro: str) -> frozenset[str]:
    """The head noun of the intro's first "is a/the …" phrase ("the largest and most visited
    museum in Mexico" → museum): the text may call the organization "the museum"."""
    match = _INTRO_PREDICATE.search(intro[:600])
    if not match:
        return frozenset()
    previous = ""
    for word in match["phrase"].split():
        if word in _PHRASE_STOPS:
            # "the largest and most visited museum": an adjective before "and" is no head
            if word == "and" and previous.endswith(_ADJECTIVE_ENDINGS):
                continue
            break
        previous = word
    if previous.isalpha() and previous.islower() and len(previous) > 3 and not previous.endswith(_ADJECTIVE_ENDINGS):
        return frozenset({previous})
    return frozenset()


_ADJECTIVE_ENDINGS = ("est", "al", "ic", "ive", "ous", "ful", "ed", "ing", "ent", "ant", "ary", "ish")


def _bare_identity(identity: Identity) -> Identity:
    """``identity`` without a note after its title ("Council for Scientific and Industrial
    Research (South Africa)"): the text calls it by the name alone."""
    name = identity.name
    open_at = name.rfind(" (")
    if not name.endswith(")") or open_at <= 0 or "(" in name[open_at + 2 :] or ")" in name[open_at:-1]:
        return identity
    return replace(identity, name=name[:open_at].rstrip())


@dataclass(frozen=True)
class FoundingReading:
    date: DateValue | None
    founders: tuple[Mention, ...]
    instrument: Instrument | None = None  # "incorporated … under the X Act, No. 11 of 1928"
    stated: bool = False  # the date is named the founding date outright, whatever an instrument's date
    created: bool = False  # the date is a creation verb's ("incorporated"), not only an opening's
    uncertain: bool = False  # the founding's date was written approximate ("c. 1890"): none is read
    uncertain_text: str = ""  # where: "founded c. 1890" (a diagnostic's needle)
    # the date is only the year in an instrument's title ("constituted under the X Act, 1952"):
    # the act's year, never a sign that the body was at work before a later creation date
    title_year: bool = False
    # the date is a legal-form event's ("set up as a private company in 1901",
    # "incorporated in 1901"): a founding verb's earlier date elsewhere outranks it
    legal_form: bool = False


@dataclass
class _FoundingSoFar:
    """What the sentences read so far state: a later sentence may add founders or refine
    the date, so the reading is carried from one verb to the next."""

    founders: list[Mention]
    date: DateValue | None = None
    created: bool = False  # whether ``date`` is a creation verb's (a verb that can name founders)
    instrument: Instrument | None = None
    # whether ``date`` is only the year in an instrument's title ("established under the
    # X Act of 1920"): the act's year, not a stated day of the organization's own start
    title_year: bool = False
    # whether the text names ``date`` its founding date outright ("counts that day as its founding")
    stated: bool = False
    # whether the founding's own date was written approximate ("founded c. 1890"): no date is
    # read, and no later verb's date of another event stands in for it
    uncertain: bool = False
    uncertain_text: str = ""  # the first such sentence's approximate phrase
    legal_form_date: DateValue | None = None  # the date a legal-form event's verb gave
    # per sentence, ``_participle_dates_of_others`` (read once for all the sentence's verbs)
    _others: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    def others_dates(self, sentence: str, start: int, names: Names) -> frozenset[int]:
        """Where the dates of the participles after ``start`` that date another body start
        ("formed by the merger of the X Institute (…), established in 1958, and …": X's)."""
        if sentence not in self._others:
            self._others = {sentence: _participle_dates_of_others(sentence, names)}
        return frozenset(at for verb_start, at in self._others[sentence] if verb_start >= start)

    def _opening_outranks_title_year(self, dated: DateValue, title_year: bool) -> bool:
        return (
            self.title_year
            and not title_year
            # a month ("commenced operations in April 1972") is its own start too
            and dated.month is not None
            and self.date is not None
            and dated.year >= self.date.year
        )

    def take_creation_date(self, dated: DateValue | None) -> None:
        """A creation verb's date replaces any date not itself a creation's."""
        if dated is not None and (self.date is None or not self.created):
            self.date, self.created, self.title_year = dated, True, False

    def take_verb_date(
        self, dated: DateValue | None, verb: FoundingVerb, *, title_year: bool = False, legal_form: bool = False
    ) -> None:
        """The organization's own verb dates it unless an earlier date outranks it
        (``legal_form``: the verb tells of a legal form given to it)."""
        self._take_verb_date(dated, verb, title_year=title_year)
        if legal_form and dated is not None and self.date == dated:
            self.legal_form_date = dated

    def _take_verb_date(self, dated: DateValue | None, verb: FoundingVerb, *, title_year: bool) -> None:
        if dated is not None and (self.date is None or (verb.names_founder and not self.created)):
            # "established by law on X … began operations on Y": the creation date wins
            self.date, self.created, self.title_year = dated, verb.names_founder, title_year
        elif dated is not None and self._opening_outranks_title_year(dated, title_year):
            # "Established under the X Act of 1920; the Bank opened for business on
            # 30 June 1921": the day it opened is the only day of its own start stated
            self.date, self.title_year = dated, False
        elif dated is not None and self.date is not None and dated != self.date and _refines(dated, self.date):
            # "incorporated under the X Act 1965; it came into being on 1 April 1965": a
            # later verb's day of the same year refines the year
            self.date = dated


_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")  # a reference marker inside a sentence
# "(a) The Board was established on …", "(3) It was set up in …": a reply's item marker
# before a sentence hides its subject; a sentence that is only a dated entry keeps it
_ITEM_MARK = re.compile(r"^\s{0,3}\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s(?=[A-Z])")
# a person's years of life after the name ("the sisters A (1876–1928) and B (1881–1963)"):
# they cut a founders list apart, and they date the person, never the founding
_LIFE_YEARS = re.compile(r"(?<=[a-zà-ÿ.])\s\((?:c\.\s)?\d{4}\s?[–-]\s?\d{2,4}\)(?=[\s,;.])")

# "some seven years after its foundation", "a decade after it was founded" (lexicon role
# after-founding): the sentence dates a later event, not the founding
_AFTER_FOUNDING = re.compile(rf"\b(?:{spaced_alternation(cues('after-founding'))})\b", re.I)


# A slide's "•" between items inside one line ("… • state miner • est. 1 Apr 1976 • HQ …"): each
# item is a statement of its own (a bullet opening a line is left to the sentence splitter)
_INLINE_BULLET = re.compile(r"(?<=\S)[ \t]+•[ \t]+")


def _bullet_items(found: Sequence[Segment]) -> list[Segment]:
    """The segments with each split at its inline bullets; a bullet's date stays with its first item."""
    items: list[Segment] = []
    for segment in found:
        pieces = _INLINE_BULLET.split(segment.text)
        items.append(Segment(pieces[0], segment.date))
        items.extend(Segment(piece) for piece in pieces[1:] if piece.strip())
    return items


# "Founder(s): A; B": a form's label with its plural optional reads as the plural
_OPTIONAL_PLURAL = re.compile(rf"\b(?P<noun>{lexicon.alternation(cues('founder-title'))})\(s\)", re.I)


def _plural_written_out(text: str) -> str:
    """``text`` with each founder word's optional plural ("Founder(s)") written as the plural."""
    return _OPTIONAL_PLURAL.sub(r"\g<noun>s", text)


# "founded in 1955 in NYC EDIT: 1954, in Toronto": a writer's correction mark
# (lexicon/correction-marks.csv) takes back what the clause before it said
_TAKEN_BACK_FROM = re.compile(r"[.!?;](?=\s)|\s[—–]\s")


@cache
def _correction_mark() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])(?:{lexicon.spaced_alternation(lexicon.correction_marks())})(?:\s?\d)?\s?:\s*")


def _corrections_applied(text: str) -> str:
    """``text`` with each corrected clause taken back: the clause before a correction mark goes;
    when the correction opens with a date ("EDIT: 1954, in Toronto"), that date takes the place
    of the clause's only date, so "founded in 1955" reads "founded in 1954"."""
    while mark := _correction_mark().search(text):
        starts = [0, *(b.end() for b in _TAKEN_BACK_FROM.finditer(text[: mark.start()]))]
        # "founded in 1931. EDIT: 1932": a mark after a whole sentence takes that sentence back
        start = starts[-2] if len(starts) > 1 and not text[starts[-1] : mark.start()].strip() else starts[-1]
        taken_back, correction = text[start : mark.start()], text[mark.end() :]
        old, new = date_spans(taken_back), date_spans(correction)
        if len(old) == 1 and new and new[0][0] == 0:
            # the correction replaces the date alone; the rest of the clause still stands
            corrected = taken_back[: old[0][0]] + correction[: new[0][1]] + taken_back[old[0][1] :]
            text = text[:start] + corrected.rstrip() + correction[new[0][1] :]
        else:
            text = text[:start] + " " + correction
    return text


def read_founding_text(
    text: str,
    identity: Identity,
    intro: str = "",
    *,
    about_founding: bool = False,
    persons: tuple[Mention, ...] = (),
) -> FoundingReading:
    """Founders and the founding date stated in ``text`` (sentence by sentence). In a field
    ``about_founding`` (Legislation) an unnamed subject ("The partnership was launched") is
    the organization; elsewhere only a subject that names it counts."""
    names = _Names(
        _bare_identity(identity),
        defined_acronyms(intro, text),
        generic_self=about_founding,
        kind_nouns=_kind_nouns(intro or identity.description or "") | quoted_self_nouns(intro, identity),
        persons=persons,
    )
    names = replace(names, founded_as=_founded_as_names(intro, text, names))
    found = _FoundingSoFar(founders=[])
    text = _plural_written_out(_corrections_applied(text))
    found_segments = [replace(s, text=_LIFE_YEARS.sub("", s.text)) for s in _bullet_items(segments(text))]
    set_by = -1  # the segment whose verb gave ``found.date``
    firsts = _topic_segments(found_segments)  # where "it" is the organization
    for number, segment in enumerate(found_segments):
        # "A and B set the lab up in 1986": the particle joined to its verb
        sentence = _FOOTNOTE_MARK.sub("", _set_up_joined(_ITEM_MARK.sub("", segment.text)))  # "on 3 May 1921[1] by A"
        date_before = found.date
        state_before = (found.date, found.created, found.title_year, found.stated)
        for match in _verb_pattern().finditer(sentence):
            _read_verb(found, sentence, match, first=number in firsts, bullet=segment.date, names=names)
        _read_beside_verbs(found, found_segments, number, sentence, names)
        if found.date != date_before and (found.uncertain or _only_approximate(sentence, found.date)):
            # "founded c. 1890": a year the text does not state; a wrong date is worse than none
            found.date, found.created, found.title_year, found.stated = state_before
            found.uncertain = True
            found.uncertain_text = found.uncertain_text or next(iter(approximate_founding_dates(sentence)), sentence)
        after = _AFTER_FOUNDING.search(sentence)
        if after and not any(start >= after.end() for start, _, _ in date_spans(sentence)):
            # "incorporated in 1848, seven years after its foundation": a later event (not
            # "… after it was created in 1934", which dates the founding itself)
            found.date = date_before
        if found.date != date_before:
            set_by = number
    if found.date is not None and not found.stated and set_by >= 0:
        found.date = _earlier_start(found_segments, set_by, found.date, persons) or found.date
    return FoundingReading(
        found.date,
        tuple(dict.fromkeys(found.founders)),
        found.instrument,
        found.stated,
        found.created,
        found.uncertain,
        found.uncertain_text.strip(),
        found.title_year,
        legal_form=found.date is not None and found.date == found.legal_form_date,
    )


# "founded in December 1926 as the X Company": a founding participle, then (before any mark
# that closes its clause) "as" and a capitalised name
_FOUNDED_AS_VERB = re.compile(r"\b(?:founded|established|formed|created|incorporated|set\sup)\s")
_FOUNDED_AS = re.compile(r"\bas\s(?=[A-Z]|the\s[A-Z])")
_FOUNDED_AS_CLAUSE = re.compile(r"[,;:.()\n]")
_FOUNDED_AS_REACH = 60  # characters after the verb searched for "as"


def _founded_as_names(intro: str, text: str, names: Names) -> tuple[str, ...]:
    """The names the organization was founded under, in sentences whose founding verb has it as
    its subject ("It was founded in 1926 as the X Company"; not "Y, founded as the Z, …")."""
    found: list[str] = []
    for piece in (intro, text):
        for segment in segments(piece):
            sentence = segment.text
            for verb in _FOUNDED_AS_VERB.finditer(sentence):
                stop = _FOUNDED_AS_CLAUSE.search(sentence, verb.end(), verb.end() + _FOUNDED_AS_REACH)
                as_ = _FOUNDED_AS.search(sentence, verb.end(), stop.start() if stop else verb.end() + _FOUNDED_AS_REACH)
                if as_ is None or subject_of(sentence, verb.start(), names)[0] != Subject.SELF:
                    continue
                rest = sentence[as_.end() :]
                span = name_at(rest[4:] if rest.startswith("the ") else rest)
                if span is not None and has_org_word(span.name):
                    found.append(span.name)
    return tuple(found)


# "X is a maker of cars. It is the world's largest maker of motorcycles. A founded it in
# 1948": a sentence that only describes "it" (a copula, no proper name) keeps the organization the
# topic, so the next sentence's "it" is the organization as in the first sentence
_IT_DESCRIBES = re.compile(r"It\s(?:is|was)\s[^A-Z;:()]{1,200}")


def _topic_segments(found: Sequence[Segment]) -> frozenset[int]:
    """The segments in which "it" is the organization: the first, and each one right after a
    sentence that only describes "it" (the pronoun goes on naming the same organization)."""
    return frozenset(
        {0, *(number + 1 for number, segment in enumerate(found) if number and _IT_DESCRIBES.fullmatch(segment.text))}
    )


# "incorporated as X", "registered as X" (lexicon role renamed-start): a start under the name
# after it, which may be the later incorporation of a business started before under another name
_RENAMED_START = re.compile(rf"(?:^|\s)(?:{spaced_alternation(cues('renamed-start'))})\s")
# the object of a timeline's founding verb: a proper name of two or more words ("Tamla Records")
_NAMED_OBJECT = re.compile(r"\s(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){1,5})(?=[\s,;.]|$)")


def _earlier_start(
    found: Sequence[Segment], set_by: int, date: DateValue, persons: tuple[Mention, ...]
) -> DateValue | None:
    """The date of a timeline's earlier entry in which a person the profile names starts a
    named business ("1959-01-12: A starts B Records"), when the founding date read is a later
    entry's start under a new name ("1960: incorporated as C Corporation"): the business began
    under its earlier name, and its incorporation is a later step."""
    if not _RENAMED_START.search(found[set_by].text) or found[set_by].date != date:
        return None
    names = {m.name for m in persons if m.kind == "person"}
    for segment in found[:set_by]:
        if segment.date is None or (segment.date.year, segment.date.month or 0) >= (date.year, date.month or 0):
            continue
        for match in _verb_pattern().finditer(segment.text):
            verb = _verb(match["verb"])
            subject = segment.text[: match.start()].strip()
            named = _NAMED_OBJECT.match(segment.text, match.end())
            if verb.names_founder and verb.transitive and subject in names and named and named["name"] not in names:
                return segment.date
    return None


def _read_verb(
    found: _FoundingSoFar,
    sentence: str,
    match: re.Match[str],
    *,
    first: bool,
    bullet: DateValue | None,
    names: Names,
) -> None:
    """One founding verb of ``sentence``: who it founds decides whether its founders and
    date are the organization's (``first``: the field's first sentence, where "it" is the
    organization)."""
    verb = _verb(match["verb"])
    if _itself_aside_of_other(sentence, match.start(), names):
        return  # "acquired X (itself formed in 2001 from A and B)", "X, itself founded in 1899": X's
    annotated = _bracket_annotates(sentence, match.start(), names)
    if annotated == Subject.OTHER:
        return  # "succeeded the X Committee (est. 1957)": X's founding, not ours
    if match["verb"].islower() and _comma_annotates_other(sentence, match.start(), match.end(), names):
        return  # "the merger of the X Institute (…), established in 1958, and …": X's founding
    event_date = _date_of_event_at_which(sentence, match.start(), names)
    if event_date is not None and not _negated(sentence, match.start()):
        # "a meeting on 4 May 1901, at which the Board was established": the event's date
        found.take_verb_date(event_date, verb)
        if verb.names_founder:
            found.founders.extend(_founders_after(sentence[match.end() :]))
        return
    relative = _object_relative_antecedent(sentence, match.start(), names)
    if relative == Subject.OTHER:
        return  # "the X Committee that A had set up in May 1942": X's founding, not ours
    if relative == Subject.SELF and verb.names_founder and verb.transitive and not _negated(sentence, match.start()):
        # "a laboratory that the Microsoft co-founder Paul Allen started in 1992": its subject
        found.founders.extend(_relative_subject_persons(sentence, match.start(), names))
    who, other = _verb_subject(sentence, match, names, first=first, annotated=annotated, relative=relative)
    after = sentence[match.end() :]
    # "X founded it": in a field's first sentence "it" is the organization
    it_first = first and _first_word(after) == "it" and not _negated(sentence, match.start())
    agents = _subject_founders(sentence[: match.start()], after, verb, names, it_first=it_first)
    if verb.active and (agents or (who in {Subject.OTHER, Subject.UNKNOWN} and _object_is_self(after, names))):
        _read_active_verb(found, sentence, match, agents, other, bullet, names)
        return
    as_self = _AS_SELF.match(sentence[match.end() :])
    if as_self and _object_is_self(as_self["rest"], names):
        who = Subject.SELF  # "the college was established as the University of X"
    # "A and B set up the board in 1921": another subject, the organization the object
    object_self = who != Subject.SELF and (_object_is_self(after, names) or _object_is_self_noun(after, names))
    if who != Subject.SELF and not (who in {Subject.OTHER, Subject.UNKNOWN} and object_self):
        return
    if _negated(sentence, match.start()) or (
        not object_self and _about_something_else(sentence, match.start(), match.end(), verb, names)
    ):
        return
    if object_self and verb.names_founder:
        # persons who set it up are its founders; a government or parliament that
        # created it is not named a founder by an active verb (only "founded by")
        agents = _active_founders(sentence[: match.start()], names) or _group_leader(sentence[: match.start()])
        found.founders.extend(agents if agents and all(m.kind == "person" for m in agents) else [])
    dated, title_year = _dated_after(sentence, match.end(), bullet, found.others_dates(sentence, match.end(), names))
    dated = _unless_moved(sentence, match.start(), verb, dated, names)
    if title_year and _general_instrument(_instrument_after(after), after, names):
        dated = None  # "incorporated under the Companies Act, 1956": that act's year, not ours
    found.take_verb_date(dated, verb, title_year=title_year, legal_form=_legal_form_event(verb, after))
    if verb.names_founder:
        found.founders.extend(
            _founders_after(after) or _giver_when(after) or _bracketed_founding_group(sentence, match.end())
        )
        found.founders.extend(_with_founder_title(after))
    found.instrument = found.instrument or _instrument_after(sentence[match.end() :])
    _take_act_day(found)


# A legal-form event: a verb of legal form ("incorporated", lexicon role legal-form-verb),
# or a founding verb whose clause says it was made "as a <legal form>" ("set up as a private
# company in 1901", "established in 1901 as a company limited by guarantee"; role legal-form-noun)
_LEGAL_FORM_VERBS = frozenset(cues("legal-form-verb"))
_AS_LEGAL_FORM = re.compile(
    rf"\bas\s(?:an?\s)?(?:[a-z-]{{1,20}}\s){{0,3}}(?:{spaced_alternation(cues('legal-form-noun'))})\b", re.I
)
_LEGAL_FORM_CLAUSE = re.compile(r"[,;:()]|\.(?:\s|$)")
_LEGAL_FORM_REACH = 80  # characters after the verb searched for "as a <legal form>"


def _legal_form_event(verb: FoundingVerb, after: str) -> bool:
    """Whether the founding verb (``after``: the text after it) tells of a legal form given
    to the organization rather than of its founding."""
    if verb.phrase in _LEGAL_FORM_VERBS:
        return True
    clause = after[:_LEGAL_FORM_REACH]
    end = _LEGAL_FORM_CLAUSE.search(clause)
    return bool(_AS_LEGAL_FORM.search(clause[: end.start()] if end else clause))


# "founded in 1863 as the X ("Committee of Five": A, B, C, D, E)": a bracket in the founding clause
# whose label (quoted, or with a founding-group word) names the persons who founded it
_GROUP_BRACKET = re.compile(r"[^;()]{0,200}?\((?P<label>[^():;]{1,60}):\s(?P<list>[^();]{3,400})\)")
_QUOTED_LABEL = re.compile(r"(?:the\s)?[\"“][^\"“”]{1,50}[\"”]")
_GROUP_WORD = re.compile(rf"\b(?:{spaced_alternation(cues('founding-group'))})\b", re.I)


def _bracketed_founding_group(sentence: str, end: int) -> list[Mention]:
    """The persons listed in a labelled bracket of the founding clause after ``end``: two or
    more, every piece a person's name, the label a quoted nickname or a founding-group word."""
    found = _GROUP_BRACKET.match(sentence, end)
    if found is None:
        return []
    label = found["label"].strip()
    if not (_QUOTED_LABEL.fullmatch(label) or _GROUP_WORD.search(label)):
        return []
    persons = _mentions(_list_pieces(found["list"]))
    return persons if len(persons) > 1 and all(m.kind == "person" for m in persons) else []


_AT_WHICH = ", at which "
_AT_WHICH_REACH = 80  # characters from "at which" to the verb: its subject and "was formally"


_WAS_ADVERB = re.compile(r"\s(?:was|were)(?:\s[a-z]{2,20}ly)?\s*$")


def _date_of_event_at_which(sentence: str, verb_start: int, names: Names) -> DateValue | None:
    """ "… convened a meeting at the Town Hall on 4 May 1901, at which the Board was formally
    established": the date just before ", at which" dates the founding the clause tells, when
    the clause's subject is the organization."""
    at = sentence.rfind(_AT_WHICH, max(0, verb_start - _AT_WHICH_REACH), verb_start)
    if at < 0:
        return None
    between = sentence[at + len(_AT_WHICH) : verb_start]
    was = _WAS_ADVERB.search(between)
    subject = re.sub(r"^(?:The|the)\s+", "", between[: was.start()].strip()) if was else ""
    if not subject or "," in subject or not (names.is_self(subject) or _own_head_noun(subject, names)):
        return None
    return next((dated for _, end, dated in date_spans(sentence) if end == at), None)


def _verb_subject(
    sentence: str,
    match: re.Match[str],
    names: Names,
    *,
    first: bool,
    annotated: str | None,
    relative: str | None,
) -> tuple[str, str | None]:
    """Whom the founding verb at ``match`` is told of (``Subject``), with the other subject's
    text: its grammatical subject, corrected by what the sentence says around it."""
    who, other = _subject(sentence, match.start(), names)
    if owned_subject(sentence[: match.start()]):
        return Subject.UNKNOWN, None  # "a utility whose first laboratory was established in 1971"
    if who != Subject.SELF and (
        _main_subject_is_self(sentence[: match.start()], names, match["verb"].islower())
        or _relative_of_own_predicate(sentence[: match.start()], names)
    ):
        # "X is the statutory body …, having been established under …"; "X is a body corporate
        # established by …": the participle tells of the main clause's subject
        who, other = Subject.SELF, None
    if annotated == Subject.SELF:
        who, other = Subject.SELF, None  # "The Board (est. 1995) is …"
    elif who == Subject.UNKNOWN and first and _terse_own_participle(sentence, match):
        who = Subject.SELF  # "X - river basin body. est. 5 Apr 1995": a lowercase fragment, no subject
    elif who in {Subject.UNKNOWN, Subject.OTHER} and first and _record_element_participle(sentence, match, names):
        who, other = Subject.SELF, None  # "X (Ely, England); research garden; founded 1755 by …"
    if relative == Subject.SELF or (who == Subject.OTHER and _own_head_noun(other, names)):
        # "the board, which the council created in 1936"; "The Council was formed in 1993"
        who, other = Subject.SELF, None
    if who == Subject.UNKNOWN and _second_predicate_of_self(sentence[: match.start()], names):
        who = Subject.SELF
    if who != Subject.SELF and _appositive_subject_of_self(sentence[: match.start()], names):
        who, other = Subject.SELF, None
    return who, other


def _take_act_day(found: _FoundingSoFar) -> None:
    """ "established by the X Act, 1935, which received Royal Assent on 5 July 1935": the act's
    day, not only its title's year, is the day it was made."""
    act = found.instrument
    if (
        found.title_year
        and found.date
        and act
        and act.date
        and act.date != found.date
        and _refines(act.date, found.date)
    ):
        found.date, found.title_year = act.date, False


_AND_BEFORE_VERB = re.compile(r"(?<=\S)\s+and\s+$")
_SUBJECT_THEN_VERB = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,6})\s+[a-z]{3,20}\s")
# words that open a clause of another subject ("until then", "after that": adverbs, no clause)
_CLAUSE_WORDS = re.compile(
    r";|\b(?:which|that|who|whom|whose|while|when|because|although)\b|\b(?:after|before|until)\b(?!\s(?:then|that|now)\b)"
)
_SECOND_PREDICATE_REACH = 240  # characters: the first predicate with its object and a note


def _second_predicate_of_self(before: str, names: Names) -> bool:
    """ "JNR took over the railways run until then by the ministry and began business on …":
    the verb is the second predicate of a sentence whose subject (its first words, then a
    verb) is the organization, with no clause of another subject between."""
    if len(before) > _SECOND_PREDICATE_REACH or not _AND_BEFORE_VERB.search(before):
        return False
    start = _SUBJECT_THEN_VERB.match(before)
    if start is None:
        return False
    return names.is_self(start["name"]) and not _CLAUSE_WORDS.search(before, start.end())


# "The hospital he founded opened on …": an object relative clause without its pronoun
# between the subject and its verb
_REDUCED_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:he|she|they|we)\s+(?:had\s+)?(?P<verb>[a-z]+(?:\s+up)?)\s+$")


# "What is now the X", "What later became the X", "What would become the X": a retrospective
# subject, the organization under its present name
_RETROSPECTIVE_LEAD = re.compile(
    r"[Ww]hat\s(?:is\snow|(?:later\s)?became|would\s(?:later\s)?become|was\sto\sbecome)\s(?:known\sas\s)?"
)


def _subject(sentence: str, verb_start: int, names: Names) -> tuple[str, str | None]:
    """``subject_of`` the verb at ``verb_start``, past a reduced relative clause that ends its subject."""
    before = sentence[:verb_start]
    retrospective = _RETROSPECTIVE_LEAD.match(before)
    if retrospective:
        # "What is now the X was founded in 1872 as …": the subject is X in its first incarnation
        return subject_of(sentence[retrospective.end() :], verb_start - retrospective.end(), names)
    relative = _REDUCED_RELATIVE.search(before[-40:])
    if relative and any(v.phrase == relative["verb"] for v in _founding_verbs()):
        cut = len(before) - len(before[-40:]) + relative.start()
        return subject_of(sentence[:cut] + " " + sentence[verb_start:], cut + 1, names)
    whole = subject_of(sentence, verb_start, names)
    appositive = _APPOSITIVE_SUBJECT.search(before)
    if whole[0] == Subject.SELF and appositive:
        # "Its first satellite, SAC-B, was launched on …": the subject is the noun before the
        # appositive (here the satellite), not the name set off by commas
        head = appositive["head"].rstrip() + " "
        rest = head + (appositive["aux"] or "")
        head_subject = subject_of(rest + sentence[verb_start:], len(rest), names)
        if head_subject[0] != Subject.SELF:
            return head_subject
    return whole


# "<subject>, <appositive>, was <verb>": the subject with a noun set off by commas, at the
# sentence's start or after a coordinated clause ("…, and a conservatory, the X House, was
# opened in 1995": the conservatory, not the subject of the clause before)
_APPOSITIVE_SUBJECT = re.compile(
    r"(?:^|,\s(?:and|but|while)\s|;\s)(?P<head>[^,;:\n]{1,80}),\s(?P<appos>[^,;:\n]{1,80}),\s"
    r"(?P<aux>(?:was|were|is|are|had\sbeen|has\sbeen)\s)?$"
)


# "A group of engineers led by A, a chemist, formed the society": the leader of the group
# that is the subject; the group's other members are not named
_GROUP_OF = re.compile(rf"(?:An?|The)\s+(?:[a-z]{{2,20}}\s+)?(?:{spaced_alternation(cues('group-of'))})\s+of\s")
_LED_BY = re.compile(r",?\s(?:led|headed)\sby\s+")
_GROUP_REACH = 80  # characters of the group's description before "led by"


def _group_leader(before: str) -> list[Mention]:
    """The leader named in a subject "a group of … led by A" that ends ``before``."""
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1 :].lstrip()
    group = _GROUP_OF.match(clause)
    led = _LED_BY.search(clause, group.end(), group.end() + _GROUP_REACH) if group else None
    if group is None or led is None or any(mark in clause[group.end() : led.start()] for mark in ",;:()"):
        return []
    leader = person(clause[led.end() :])
    return [leader] if leader else []


def _read_active_verb(
    found: _FoundingSoFar,
    sentence: str,
    match: re.Match[str],
    agents: list[Mention],
    other: str | None,
    bullet: DateValue | None,
    names: Names,
) -> None:
    """An active verb whose object is the organization ("A and B founded it"): its
    subject is the founders, its date the creation date."""
    if not agents:
        agents = _active_founders(sentence[: match.start()], names) or _group_leader(sentence[: match.start()])
    if not agents:
        agents = _pronoun_antecedent(sentence[: match.start()], names)
    if agents:
        agents = [*agents, *_cofounders_after_object(sentence[match.end() :], names)]
    if not agents:
        agent = person(sentence[: match.start()].split(",")[-1]) if other is None else None
        named = person_name(other) if other else None
        agent = agent or (named.mention() if named else None)
        agents = [agent] if agent else []
    found.founders.extend(agents)
    if found.date is None or not found.created:  # else the date is not looked up
        found.take_creation_date(_date_after(sentence, match.end(), bullet))


def _subject_founders(before: str, after: str, verb: FoundingVerb, names: Names, *, it_first: bool) -> list[Mention]:
    """The founders an active verb's subject names: "X founded it" in a field's first sentence;
    "X was set up in 1950 …, and it founded the school": "it" is X, not the organization."""
    if not verb.active:
        return []
    agents = _active_founders(before, names) if it_first else []
    if not agents and _object_is_self(after, names):
        agents = _pronoun_antecedent(before, names)
    return agents


# "The X Trust was set up in 1950 to found a college, and it founded the school": the pronoun
# subject of a coordinated clause is the sentence's opening subject (a name, then its verb)
_PRONOUN_SUBJECT_END = re.compile(r",\s(?:and|but)\s(?:it|they)\s+$")
_OPENING_SUBJECT = re.compile(
    r"(?:The\s)?(?P<name>[A-Z][\w&'’.-]*(?:\s(?:of\s|for\s|and\s)?[A-Z][\w&'’.-]*){0,6})\s(?:was|were|is|are|had|has)\s"
)


def _pronoun_antecedent(before: str, names: Names) -> list[Mention]:
    """The founder an active verb's pronoun subject stands for: ``before`` ends in ", and it",
    and the sentence opens with a name that is not the organization, with no clause mark but
    commas between."""
    if not _PRONOUN_SUBJECT_END.search(before) or any(mark in before for mark in ";:()"):
        return []
    opening = _OPENING_SUBJECT.match(before)
    if opening is None or names.is_self(opening["name"]):
        return []
    found = _mentions([opening["name"]])
    return found if len(found) == 1 and found[0].kind == "organization" else []


# "… founded the school together with A, B and C.": the persons or bodies after the object
# founded it with the subject; the list closes the clause, every piece a name
_OBJECT_THEN_WITH = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the)\s*)?[A-Z][\w&'’.-]*){0,10}\s+(?:together|along)\s+with\s+"
)
_COFOUNDERS_REACH = 300  # characters after the verb: the object and a list of a few names


def _cofounders_after_object(after: str, names: Names) -> list[Mention]:
    """The co-founders "together with" names right after the active verb's object (the organization)."""
    found = _OBJECT_THEN_WITH.match(after[:_COFOUNDERS_REACH])
    if found is None or not _object_is_self(after, names):
        return []
    clause = _before_full_stop(after[found.end() : _COFOUNDERS_REACH])
    if not clause.rstrip().endswith(".") and len(after) > _COFOUNDERS_REACH:
        return []
    if any(mark in clause for mark in ";:()"):
        return []
    return _mentions(_list_pieces(clean(clause.rstrip(". "))))


# "the pharmacist Henri Nestor, the company's founder, launched …": a person's name, then
# between commas the organization's founder (the possessive of a noun of its own; lexicon role
# founder-title); "its founder" (whose?), "founder of" another body, "the founder's son" are not
_APPOSITIVE_FOUNDER = re.compile(
    r",\sthe\s(?P<noun>[a-z]{2,20})['’]s\s"
    rf"(?:(?:sole|original)\s)?(?i:{spaced_alternation(cues('founder-title'))})(?=,)"
)


# "The Academy's founders, a group of thirty writers that included A, B and C, elected …": the
# founders described between commas as a group that included the persons listed (the list
# runs to the comma that closes the description, before a lowercase verb)
_FOUNDERS_GROUP = re.compile(r"['’]s\sfounders,\san?\s[a-z]")
_GROUP_OWNER = re.compile(r"(?:The|the)\s(?P<noun>[A-Z][a-z]{2,20})")
_GROUP_OWNER_REACH = 24  # characters before the possessive searched for "the <Noun>"
_GROUP_INCLUDED = re.compile(r"\s(?:that|which|who)\s(?:included|comprised)\s")
_GROUP_REACH_TO_VERB = 100  # characters of the group's description before "that included"
_GROUP_LIST_END = re.compile(r",\s[a-z]")
_GROUP_LIST_REACH = 800  # characters: a dozen names


def _group_owner(sentence: str, end: int) -> str | None:
    """The capitalised noun of "the <Noun>" that ends right at ``end`` (its possessive's start)."""
    start = max(0, end - _GROUP_OWNER_REACH)
    for found in _GROUP_OWNER.finditer(sentence, start, end):
        if found.end() == end and (found.start() == 0 or sentence[found.start() - 1].isspace()):
            return found["noun"]
    return None


def _founders_group_including(sentence: str, names: Names) -> list[Mention]:
    """The persons a group of the organization's founders "included", every piece a person."""
    found = _FOUNDERS_GROUP.search(sentence)
    noun = _group_owner(sentence, found.start()) if found else None
    if found is None or noun is None or not _object_is_self_noun(f" the {noun}", names):
        return []
    verb = _GROUP_INCLUDED.search(sentence, found.end(), found.end() + _GROUP_REACH_TO_VERB)
    if verb is None or any(mark in sentence[found.end() : verb.start()] for mark in ",;:()"):
        return []
    end = _GROUP_LIST_END.search(sentence, verb.end(), verb.end() + _GROUP_LIST_REACH)
    listed = sentence[verb.end() : end.start()] if end else ""
    if not listed or any(mark in listed for mark in ";:()"):
        return []
    founders = _founders_after(f"by {listed}.")
    return founders if founders and all(m.kind == "person" for m in founders) else []


def _appositive_own_founder(sentence: str, names: Names) -> list[Mention]:
    """The persons an appositive calls the organization's founder (a noun of its own for "the
    company's"): the capitalised words that end the clause before its comma, a person's name."""
    founders = []
    for found in _APPOSITIVE_FOUNDER.finditer(sentence):
        if not _object_is_self_noun(f" the {found['noun']}", names):
            continue
        clause = sentence[: found.start()]
        named = person_name(_trailing_name(clause[clause.rfind(",") + 1 :]))
        if named is not None:
            founders.append(named.mention())
    return founders


def _read_beside_verbs(
    found: _FoundingSoFar, found_segments: Sequence[Segment], number: int, sentence: str, names: Names
) -> None:
    """What segment ``number`` states without a founding verb: a founders list, a treaty
    in force, a will's testator."""
    # "Its founders include A, the vicar; B; and C": a list the sentence split cut at its semicolons
    found.founders.extend(_named_as_founders(_with_semicolon_tail(found_segments, number), names))
    found.founders.extend(_who_founded(sentence, found_segments[number - 1].text if number else "", names))
    found.take_creation_date(_own_treaty_in_force(sentence, names))
    stated = _stated_founding_date(sentence, found_segments[number - 1].text if number else "", names)
    if stated is not None:
        found.date, found.created, found.title_year, found.stated = stated, True, False, True
    found.founders.extend(_labelled_founders(sentence))
    found.founders.extend(_appositive_own_founder(sentence, names))
    found.founders.extend(_founders_group_including(sentence, names))
    entry = found_segments[number].date if _names_entry_founding(sentence, names) else None
    if entry is not None and (found.date is None or _refines(entry, found.date)):
        found.date, found.created, found.title_year = entry, True, False
    meeting = _founding_meeting_date(sentence)
    if meeting is not None and (found.date is None or _refines(meeting, found.date)):
        found.date = meeting
    will = _WILL.search(sentence)
    if will and not _other_event_will(sentence[max(0, will.start() - _OTHER_PASSIVE_REACH) : will.start()]):
        testator = person(sentence[will.end() :])
        if testator:
            found.founders.append(testator)


def _other_event_will(before: str) -> bool:
    """Whether the passive verb right before a will is another event's ("awarded under the will
    of A"), not a founding verb ("established under the will of A")."""
    passive = _OTHER_PASSIVE.search(before)
    return passive is not None and _verb_pattern().search(passive.group()) is None


# A chronology's entry is about the organization: "31.01.1854: founding; first seat: …",
# "1851: foundation as k.k. X", "1843: A opens a workshop = founding" name the entry's date its
# founding (not "1960: founding congress of the union", "founding of the X": another body's)
_ENTRY_OPENING_NOUN = re.compile(rf"(?:{lexicon.alternation(cues('founding-noun'))})(?=[;,(]|\s[(]|\sas\s|\.?$)", re.I)
_ENTRY_CLOSING_NOUN = re.compile(rf"\s=\s(?:the\s)?(?:{lexicon.alternation(cues('founding-noun'))})\.?$", re.I)


# "founder + first director: Acad. X (1915–1975)", "Founder and chair (1854–1890): Prof. Y": a
# clause labelled by a founder's title (lexicon role founder-title), its holder a founder
_FOUNDER_LABEL = re.compile(
    rf"(?:^|;\s)(?:{lexicon.alternation(cues('founder-title'))})(?:\s(?:\+|and|&)\s[a-z][a-z -]{{0,40}})?"
    r"(?:\s\([^()]{0,30}\))?:\s",
    re.I,
)
_HOLDER_END = re.compile(r"\s?[(,;]")


def _labelled_founders(sentence: str) -> list[Mention]:
    """The person each founder-labelled clause of ``sentence`` names (a person's name alone)."""
    found = []
    for label in _FOUNDER_LABEL.finditer(sentence):
        holder = person_name(_HOLDER_END.split(sentence[label.end() :], maxsplit=1)[0].strip())
        if holder:
            found.append(holder.mention())
    return found


# "15.04.1993 — establishment of the Company.", "1921 — foundation of the NRC": the entry is the
# founding noun with the organization (its name, acronym or own noun) as its whole object
_ENTRY_NOUN_OF = re.compile(
    rf"(?:the\s)?(?:{lexicon.alternation(cues('founding-noun'))})\sof\s(?:the\s)?(?P<object>[^,;:()]{{1,120}}?)\.?$",
    re.I,
)


def _names_entry_founding(sentence: str, names: Names) -> bool:
    """Whether a dated entry's text names its date the founding: opened by a founding noun
    alone, closed by "= founding", or the founding noun of the organization alone."""
    text = sentence.strip()
    if _ENTRY_OPENING_NOUN.match(text) or _ENTRY_CLOSING_NOUN.search(text):
        return True
    noun_of = _ENTRY_NOUN_OF.fullmatch(text)
    if noun_of is None:
        return False
    thing = noun_of["object"].strip()
    return names.is_self(thing) or (thing.isalpha() and thing.lower() in names.own_words())


# "The founding meeting took place at the Society of Arts on 23 February 1841": a sentence
# opened by its own founding meeting (not "The founding meeting of X": another body's) dates
# the founding
_FOUNDING_MEETING = re.compile(r"(?:The|Its|Their)\s(?:founding|foundation)\smeeting\s(?:took\splace|was\sheld)\b")


def _founding_meeting_date(sentence: str) -> DateValue | None:
    """The first date after "The founding meeting took place" opening ``sentence``, in its clause."""
    opening = _FOUNDING_MEETING.match(sentence.lstrip())
    if opening is None:
        return None
    clause = sentence.lstrip().split(";")[0]
    return next((value for start, _, value in date_spans(clause) if start >= opening.end()), None)


# "its founding (date)", "its foundation", "the founding date of X": a founding named by a
# noun followed by a preposition, a verb or a mark; not "its founding president", "its
# foundation's 50th anniversary" (another thing's date)
_FOUNDING_NOUN = re.compile(
    rf"(?:(?:\b(?:their|{lexicon.alternation(_own_possessives())})|(?<=\w)['’]s)\s+(?:official\s+)?"
    rf"(?:{lexicon.alternation(cues('founding-noun'))})"
    r"(?:\s+(?:date|day|year))?"
    rf"|\b(?:the\s+)?(?:date\s+of\s+(?:its\s+)?(?:{lexicon.alternation(cues('founding-noun'))})|founding\s+date)(?=\sof\s))"
    r"(?=[,.;:)]|$|\s(?:to|in|on|is|was|as|at|of|by|although|though|but)\b)",
    re.I,
)
# "Date of establishment: …", "Founding date: …": a label at the start, then the date
_LABELLED_DATE = re.compile(
    r"(?:date\sof\s(?:founding|foundation|establishment|creation)|founding\sdate|date\s(?:founded|established))"
    r":\s?",
    re.I,
)
# "50 years after its founding", "before its foundation": a time relative to it, no date of it
_RELATIVE_TIME = re.compile(r"\b(?:after|before|following|since|until|prior\s+to)\s+$", re.I)
# "counts that day as its founding": the date is the one the previous sentence gave
_THAT_DAY = re.compile(r"\b(?:that|this|the\s+same)\s+(?:day|date)\b", re.I)
# the verbs that name a date the founding from before the noun ("counts 1 May 1961 as its founding",
# "gives 1952 as its founding year")
_NAMES_AS = re.compile(
    r"\b(?:counts|considers|regards|celebrates|marks|takes|treats|recognises|recognizes|gives|cites)\b", re.I
)
_POSSESSIVE_END = re.compile(r"['’]s$")
_CLAUSE_STOP = re.compile(r"[;,]|\s(?:although|though|but|while|whereas)\s")
_OF_SELF = re.compile(r"\s+of\s+")


# "…, approved on 28 March 1887, a date its successors treat as the founding day": the date
# before the comma named the founding by an appositive
_DATE_TREATED_AS = re.compile(
    r",\s(?:a|the)\s(?:date|day)\s(?:that\s|which\s)?[^,;:]{0,60}?\b"
    r"(?:treat|regard|count|consider|celebrate|keep|mark|recogni[sz]e)(?:s|ed)?\s(?:it\s)?as\s"
    r"(?:the|its|their)\s(?:official\s)?(?:founding|foundation)\s(?:day|date)\b",
    re.I,
)


def _date_treated_as_founding(sentence: str, names: Names) -> DateValue | None:
    """The date an appositive names the founding day, in a sentence whose subject is the organization."""
    treated = _DATE_TREATED_AS.search(sentence)
    if treated is None or not (_object_is_self(sentence, names) or _object_is_self_noun(sentence, names)):
        return None
    before = [value for _, end, value in _sentence_dates(sentence) if end <= treated.start()]
    return before[-1] if before else None


# "…, became, in 1791, the foundation of both the garden and …", "the founding of the Board in
# 1921": a founding noun with the organization as its object
_FOUNDATION_OF = re.compile(r"\bthe\s(?:foundation|founding|establishment|creation)\sof\s(?:both\s)?")
_DATE_JUST_BEFORE = 20  # characters between a date and the noun it dates ("became, in 1791, ")
# "(that|which) is considered", "was regarded as", "is seen as": the event before is named the founding
_CONSIDERED_BEFORE = re.compile(
    r"\b(?:is|was|are|were)\s(?:[a-z]{2,15}ly\s)?(?:considered(?:\sas)?|regarded\sas|seen\sas|counted\sas|taken\sas"
    r"|held\sto\sbe|reckoned(?:\sas)?)\s$"
)
_CONSIDERED_REACH = 45  # characters: "is generally considered as "


def _dated_foundation_of_self(sentence: str, names: Names) -> DateValue | None:
    """The date of "the foundation of <the organization>": in its clause after the noun, else just
    before it; a time relative to it ("fifty years after the founding of the Board") is none."""
    cue = _FOUNDATION_OF.search(sentence)
    if cue is None:
        return None
    after = sentence[cue.end() :]
    if not (_object_is_self(after, names) or _object_is_self_noun(after, names)):
        return None
    stop = _CLAUSE_STOP.search(sentence, cue.end())
    clause_end = stop.start() if stop else len(sentence)
    dates = _sentence_dates(sentence)
    later = [value for start, _, value in dates if cue.end() <= start < clause_end]
    if later:
        return later[0]
    if _RELATIVE_TIME.search(sentence[max(0, cue.start() - 20) : cue.start()]):
        return None
    if _CONSIDERED_BEFORE.search(sentence[max(0, cue.start() - _CONSIDERED_REACH) : cue.start()]):
        # "In 1939 the Bank bought the X, with which began the collection, that is considered
        # the foundation of the museum": the event the sentence dates is named the founding
        earlier = [value for _, end, value in dates if end <= cue.start()]
        return earlier[-1] if earlier else None
    just_before = [value for _, end, value in dates if cue.start() - _DATE_JUST_BEFORE <= end <= cue.start()]
    return just_before[-1] if just_before else None


# "Since its establishment by law on 14 September 1962 …, it has …", "From its creation in
# 1975 the Office has …": a sentence opened by the organization's own founding noun and its date
_OPENING_OWN_NOUN = re.compile(
    rf"(?:Since|From|At|Upon|On|With|After)\s+(?:{lexicon.alternation(_own_possessives())})\s+(?:official\s+)?"
    rf"(?:{lexicon.alternation(cues('founding-noun'))})\b"
)
_NOUN_TO_DATE = re.compile(r"[^,;()]{0,40}")  # "by law on", "by royal decree in": no clause between
# after the date: a bracketed other-calendar date ("(14 Rabi al-Thani 1382 AH)"), a comma, the subject
_AFTER_OPENING_DATE = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*")
# "it", or the first person of its own page ("Since our founding in 1949, we have …")
_IT_SUBJECT = re.compile(rf"(?:it|{lexicon.alternation(lexicon.first_person_words('subject'))})\s", re.I)


def _opening_own_founding(sentence: str, names: Names) -> DateValue | None:
    """The date of a founding noun the sentence opens with, when the organization ("it", its
    name, its noun) is the subject of the main clause after it; another body's subject makes
    "its" that body's."""
    cue = _OPENING_OWN_NOUN.match(sentence)
    if cue is None:
        return None
    reach = _NOUN_TO_DATE.match(sentence, cue.end())
    limit = reach.end() if reach else cue.end()
    dated = next(((end, value) for start, end, value in _sentence_dates(sentence) if cue.end() < start <= limit), None)
    if dated is None:
        return None
    end, value = dated
    after = _AFTER_OPENING_DATE.match(sentence, end)
    rest = sentence[after.end() if after else end :]
    if _IT_SUBJECT.match(rest) or _object_is_self(rest, names) or _object_is_self_noun(rest, names):
        return value
    return None


def _stated_founding_date(sentence: str, previous: str, names: Names) -> DateValue | None:
    """ "HBSO dates its founding to 2 March 1961", "The founding date of HBSO is …", "ESA counts
    that day as its founding date": a date the organization names its founding outright."""
    labelled = _LABELLED_DATE.match(sentence)
    if labelled:  # "Date of establishment: 2 March 1961"
        spans = [value for start, _, value in _sentence_dates(sentence) if start == labelled.end()]
        return spans[0] if spans else None
    treated = (
        _date_treated_as_founding(sentence, names)
        or _dated_foundation_of_self(sentence, names)
        or _opening_own_founding(sentence, names)
    )
    if treated is not None:
        return treated
    cue = _FOUNDING_NOUN.search(sentence)
    if cue is None or _RELATIVE_TIME.search(sentence[max(0, cue.start() - 20) : cue.start()]):
        return None
    after = sentence[cue.end() :]
    of_self = _OF_SELF.match(after)
    if of_self:  # "the founding date of HBSO is …"
        if not _object_is_self(after[of_self.end() :], names):
            return None
    elif not _object_is_self(_POSSESSIVE_END.sub("", sentence[: cue.start()]), names):
        return None  # the subject is not the organization
    stop = _CLAUSE_STOP.search(sentence, cue.end())
    clause_end = stop.start() if stop else len(sentence)
    dates = _sentence_dates(sentence)
    later = [value for start, _, value in dates if cue.end() <= start < clause_end]
    if later:
        return later[0]
    before = sentence[: cue.start()]
    if of_self or not _NAMES_AS.search(before):
        return None
    earlier = [value for start, _, value in dates if start < cue.start()]
    if earlier:
        return earlier[-1]
    if _THAT_DAY.search(before):
        previous_dates = date_spans(previous)
        return previous_dates[-1][2] if previous_dates else None
    return None


# "… that the Quaker A had set up", "… which the government created": an object relative
# clause (a subject between the pronoun and the verb); its verb founds the antecedent
_OBJECT_RELATIVE = re.compile(r"\b(?:that|which|whom)\s(?P<subject>[^\s,;:()][^,;:()]{0,79})$")
_RELATIVE_AUXILIARY = frozenset({"was", "were", "is", "are", "had", "has", "have", "been", "be", "being"})
# English prepositions that also glue names ("Bank in Liberia") but as often start a place or
# time after a name ("the Society in Lisbon"): they end a trailing name
_NOT_TRAILING_GLUE = frozenset({"in", "on", "at", "to"})


@cache
def _trailing_glue() -> frozenset[str]:
    """lexicon/name-glue.csv's words inside names, in every language ("Banco de la República",
    "Instituto Nacional de Antropología e Historia"), save the place prepositions."""
    return lexicon.name_glue_words() - _NOT_TRAILING_GLUE


def _trailing_name(text: str) -> str:
    """The capitalised words (glue words between them) that end ``text``."""
    kept: list[str] = []
    for word in reversed(text.split()[-12:]):
        if not (word[:1].isupper() or (kept and word in _trailing_glue())):
            break
        if kept and word.endswith((":", ";")):
            break  # "Not to be confused: the X Fund": a label's colon ends the name after it
        kept.insert(0, word)
    while kept and not kept[0][:1].isupper():
        kept.pop(0)
    return " ".join(kept)


# "… Ad Astra Aero. founders: A, B": a terse writer starts a sentence in lowercase, which the
# sentence split (rightly, for "approx. 5" and "e.g. the") does not cut
_LOWERCASE_FRAGMENT = re.compile(r"(?<=[A-Za-z0-9)]{3})\.\s+(?=[a-z]|$)")


def _fragment_start(before: str) -> int:
    """Where the last lowercase-started sentence of ``before`` starts (0 if none): after a
    full stop that ends a word of three letters or more that is no abbreviation."""
    start = 0
    for stop in _LOWERCASE_FRAGMENT.finditer(before):
        word = before[: stop.start() + 1].rsplit(None, 1)[-1]
        if abbreviation(word) is None and abbreviation(word.lower()) is None:
            start = stop.end()
    return start


def _terse_own_participle(sentence: str, verb: re.Match[str]) -> bool:
    """A lowercase founding participle with no subject of its own in a terse writer's field
    opener: the second sentence's first word, or after the comma of a verbless description."""
    head = sentence[: verb.start()].rstrip()
    if head.endswith(",") and verb["verb"].islower() and _terse_self_description(head[:-1]):
        return True
    return _second_fragment(sentence, verb)


def _second_fragment(sentence: str, verb: re.Match[str]) -> bool:
    """Whether the lowercase founding verb ``verb`` opens the second sentence of the field,
    written in lowercase after the first, which describes the organization ("X - river basin
    body. est. 5 Apr 1995"); a later one may be about what the sentence before it named."""
    before = sentence[: verb.start()]
    return (
        len(before) <= _TERSE_REACH
        and verb["verb"].islower()
        and _fragment_start(before) == verb.start()
        and len(_LOWERCASE_FRAGMENT.findall(before)) == 1
        and not any(True for _ in sentence_ends(before.rstrip()[:-1]))
    )


_OPEN_BRACKET_BEFORE = re.compile(r"\(\s?$")


_BRACKET_AT_END = re.compile(r"\s?\([^()]{0,200}\)$")
_BRACKET_REACH = 203  # characters: the longest bracket _BRACKET_AT_END takes, with its space
_STACKED_BRACKETS = 3  # "X (XO) (Arabic: …) (est. 1962)": at most this many brackets skipped


def _bracket_annotates(sentence: str, start: int, names: Names) -> str | None:
    """When the verb at ``start`` opens a bracket, whose founding it dates: the words before
    the bracket ("the Mekong Committee (est. 1957)", "its old board (founded 1920)": another's;
    "The Board (est. 1995)": the organization's). None when no bracket opens before it."""
    opened = _OPEN_BRACKET_BEFORE.search(sentence[max(0, start - 2) : start])
    if opened is None:
        return None
    before = sentence[: max(0, start - 2) + opened.start()].rstrip()
    # "The X (XO) (est. 1962)", "X (Arabic: …) (founded 1962)": the second bracket annotates the
    # name before the first
    # (a bounded number, each searched in a bounded tail: a line of many brackets stays linear)
    for _ in range(_STACKED_BRACKETS):
        tail_start = max(0, len(before) - _BRACKET_REACH)
        earlier = _BRACKET_AT_END.search(before, tail_start)
        if earlier is None:
            break
        before = before[: earlier.start()]
    if not before:
        return None  # a bracket that opens the field annotates nothing
    name = re.sub(r"^(?:The|the)\s+", "", _trailing_name(before[-_RELATIVE_REACH:]))
    if name:
        return Subject.SELF if names.is_self(name) or _own_head_noun(name, names) else Subject.OTHER
    noun = _ANTECEDENT_NOUN.search(before[-80:])
    return Subject.SELF if noun and noun["noun"] in names.own_words() else Subject.OTHER


_HAVING_BEEN = re.compile(r"(?<=[\w)]),\s+having\s+been\s+(?:\w+\s+)?$")
_MAIN_AUXILIARY = re.compile(r"(?<=\S)\s(?P<verb>is|was|were|are)\s")


# "a body corporate ", "a private, nonprofit corporation ": lowercase words only (no name, no clause)
_PREDICATE_NOUN = re.compile(r"(?:a|an|the)\s[a-z][a-z ,-]{0,80}\s")
_BRACKETED = re.compile(r"\([^()]{0,200}\)")
_SUBJECT_HEAD_END = re.compile(r"\s[–—-]\s|,")


def _main_subject_is_self(before: str, names: Names, bare: bool) -> bool:
    """Whether the founding verb is a participle clause after a main clause whose subject is
    the organization ("X (hereinafter "the Board") is a body …, having been [duly] established
    under …"), or a ``bare`` participle right after the main clause's lowercase predicate noun
    ("X is a body corporate established …"): the subject's head, before any dash or comma
    gloss, names it."""
    if len(before) > _SECOND_PREDICATE_REACH * 2:
        return False
    main = _MAIN_AUXILIARY.search(before)
    if main is None:
        return False
    if not _HAVING_BEEN.search(before) and not (bare and _PREDICATE_NOUN.fullmatch(before, main.end())):
        return False
    return _subject_head_is_self(before[: main.start()], names)


def _subject_head_is_self(subject: str, names: Names) -> bool:
    subject = _BRACKETED.sub("", subject)
    head = subject[: m.start()] if (m := _SUBJECT_HEAD_END.search(subject)) else subject
    return names.is_self(re.sub(r"^(?:The|the)\s+", "", head.strip()))


# "which was [formally] founded", ", was incorporated", ", and was established": the relative
# clause's verb, or a further predicate of it
_RELATIVE_CHAIN_END = re.compile(r"(?:\bwhich|,(?:\sand)?)\s(?:was|were|is|has\sbeen|had\sbeen)\s(?:[a-z]{2,20}ly\s)?$")
_RELATIVE_WHICH = re.compile(r",\swhich\s")
_ANOTHER_CLAUSE = re.compile(r";|\b(?:which|that|who|whose)\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s(?:of\s|the\s){0,2}[A-Z][\w'’-]*)*")
# "in Pretoria", "outside China": a capitalised run after one of these is a place
_PLACE_BEFORE = re.compile(r"\b(?:in|outside|near|at|within|throughout)\s(?:the\s)?$")


def _relative_of_own_predicate(before: str, names: Names) -> bool:
    """ "X is a natural history museum situated in Pretoria, South Africa, which was founded
    in …"; "X was a private university in Singapore, the first … outside China, which was
    promoted by A, was incorporated in 1953": a relative clause (or its further predicate)
    after the organization's own predicate noun, with no other body's name between (only
    places and attributive words), tells of the organization."""
    if len(before) > _SECOND_PREDICATE_REACH * 2 or not _RELATIVE_CHAIN_END.search(before):
        return False
    main = _MAIN_AUXILIARY.search(before)
    which = _RELATIVE_WHICH.search(before, main.end()) if main else None
    if main is None or which is None or not _subject_head_is_self(before[: main.start()], names):
        return False
    predicate = before[main.end() : which.start()]
    if not re.match(r"(?:a|an|the)\s[a-z]", predicate) or _ANOTHER_CLAUSE.search(predicate):
        return False
    if _ANOTHER_CLAUSE.search(before, which.end()):
        return False  # a second relative clause: its antecedent is another's
    for run in _CAPITALISED_RUN.finditer(predicate):
        place = _PLACE_BEFORE.search(predicate, max(0, run.start() - 12), run.start())
        attributive = re.match(r"\s[a-z]", predicate[run.end() :])  # "Chinese-medium institution"
        if not (place or attributive or is_country(run.group()) or is_subdivision(run.group())):
            return False
    return True


# "common ground that the Y Authority, established in 2000, is not …": a clause's own subject
# ("merging four bodies: the X Secretariat (XS), established in 1973; the Y Office, …": an item
# of a list a lowercase noun's colon opens or semicolons part; "Origin: X, est. 1881", a
# capitalised label's colon, names the organization's own start)
_LINKED_NAME_BEFORE = re.compile(r"(?:\b(?:and|with|between|from|into|that)\s+|\s[a-z][\w-]*:\s+|;\s+)(?:the\s+)?$")
# "of" links a name only with an aside of its own ("the merger of the X Institute (the
# "XI"), established …"); "a laboratory of the Y Group, founded in 1988" describes the laboratory
_OF_NAME_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


# "X (itself formed in 2001 …)", "X, itself later founded …": an aside whose "itself" points
# back to the name before the comma or bracket
_ITSELF_BEFORE = re.compile(r"(?P<open>[,(])\s{0,3}itself\s{1,3}(?:[a-z]{2,12}ly\s{1,3}|later\s{1,3})?$")
_ITSELF_REACH = 40


def _itself_aside_of_other(sentence: str, start: int, names: Names) -> bool:
    """Whether the participle at ``start`` opens an "itself" aside after another body's name
    ("merged with X (itself formed in 2001)", "X, itself founded in 1899,"): it dates that
    body, never the organization, whatever date the sentence or its bullet gives."""
    aside = _ITSELF_BEFORE.search(sentence, max(0, start - _ITSELF_REACH), start)
    if aside is None:
        return False
    name = re.sub(
        r"^(?:The|the)\s+", "", _trailing_name(sentence[max(0, aside.start() - _RELATIVE_REACH) : aside.start()])
    )
    return not (name and (names.is_self(name) or _own_head_noun(name, names)))


def _comma_annotates_other(sentence: str, start: int, end: int, names: Names) -> bool:
    """Whether the bare participle at ``start`` follows, after a comma, another body's name that
    is the object of "of", "and", "with" … ("formed by the amalgamation of the X Institute
    (hereinafter "XI"), established in 1958, and …"): it dates that body, not the organization."""
    before = sentence[max(0, start - 2 * _RELATIVE_REACH) : start].rstrip()
    if not before.endswith(","):
        return False
    before = before[:-1].rstrip()
    aside = before.endswith(")")
    if aside:
        opened = before.rfind("(")
        if opened < 0:
            return False
        before = before[:opened].rstrip()
    name = _trailing_name(before)
    if ", " in name:
        # "… founded in 1890 by A B, and C & Cie., founded in 1883 by D": glue ("and") runs the
        # name back over the comma that closes the list's previous item; the item is C's name
        name = _trailing_name(name.rsplit(", ", 1)[1])
    if not name or names.is_self(name) or _own_head_noun(name, names) or _has_direct_object(sentence, end):
        return False  # "A, chemist of the B Railroad, formed the society": an active verb, its object
    link = before[: len(before) - len(name)]
    return _LINKED_NAME_BEFORE.search(link) is not None or (aside and _OF_NAME_BEFORE.search(link) is not None)


# a lowercase noun phrase ("the water board"), not a name ("the Fell Drainage Company")
_ANTECEDENT_NOUN = re.compile(r"\b(?:[Tt]he|[Tt]his)\s(?:[a-z-]{1,20}\s){0,2}(?P<noun>[a-z]{2,20})$")
_RELATIVE_REACH = 120  # characters before a verb searched for its relative pronoun


def _own_head_noun(other: str | None, names: Names) -> bool:
    """ "The Council" of the Research Council of Norway, "The Board" of a water board: one
    capitalised word of the organization's own name, written alone as its subject."""
    if not other or " " in other.strip() or not other[:1].isupper():
        return False
    # (also the formal hand's capitalised kind noun: "Nobelstiftelsen (the Nobel Foundation)
    # is a private foundation … The Foundation was established on …")
    own = {w.lower() for w in names.identity.name.split()[1:]} | {n.lower() for n in names.kind_nouns}
    word = other.strip().lower()
    if word in own | _alternate_name_heads(names):
        return True
    # "The Federation" of the Federación Nacional de …: its own name's word in English
    return any(_english_twin(w) == word for w in names.identity.name.split())


_TWIN_MIN = 6  # letters of a word compared with its English twin ("museo": no)


@cache
def _cognate_endings() -> tuple[tuple[str, str], ...]:
    """lexicon/cognate-endings.csv, longest ending first."""
    return tuple(sorted(((e, twin) for e, twin in lexicon.table("cognate-endings")), key=lambda row: -len(row[0])))


def _english_twin(word: str) -> str | None:
    """ "Federación" → "federation", "Instituto" → "institute": ``word`` (lowercase, without
    accents) with its first matching ending of lexicon/cognate-endings.csv made English."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    if len(bare) < _TWIN_MIN:
        return None
    ending = next(((e, twin) for e, twin in _cognate_endings() if bare.endswith(e)), None)
    return bare[: -len(ending[0])] + ending[1] if ending else None


def _alternate_name_heads(names: Names) -> set[str]:
    """The last words of the organization's alternate names ("foundation" of "Nobel Foundation")."""
    return {n.split()[-1].lower() for n in names.identity.alternate_names if len(n.split()) > 1}


def _object_relative_antecedent(sentence: str, start: int, names: Names) -> str | None:
    """For a founding verb at ``start`` that ends an object relative clause ("the national
    Famine Committee that A had set up in May 1942", "the board, which the council created"),
    Subject.SELF or Subject.OTHER by its antecedent, the thing the verb founds; else None."""
    before = sentence[max(0, start - _RELATIVE_REACH) : start]
    relative = _OBJECT_RELATIVE.search(before)
    if not relative:
        return None
    words = _words(relative["subject"])
    if not words or words[0] in _RELATIVE_AUXILIARY:
        return None  # "which was set up": a subject relative, read by ``subject_of``
    antecedent = sentence[: max(0, start - _RELATIVE_REACH) + relative.start()].rstrip(" ,")
    name = _trailing_name(antecedent)
    if name and names.is_self(re.sub(r"^(?:The|the)\s+", "", name)):
        return Subject.SELF
    noun = _ANTECEDENT_NOUN.search(antecedent[-80:])
    if antecedent.endswith(" it") or (noun and noun["noun"] in names.own_words()):
        return Subject.SELF  # "the water board that Parliament set up"
    if _own_predicate(antecedent, names):
        return Subject.SELF  # "X was a research laboratory in Palo Alto, California, that A started"
    return Subject.OTHER


_PREDICATE_VERB = re.compile(r"\s(?:is|was)\s(?:an?|the)\s")
_PLACE_AFTER = re.compile(r"\s(?:in|at|near)\s")


def _own_predicate(antecedent: str, names: Names) -> bool:
    """Whether ``antecedent`` is "<the organization> is/was a … <own noun>", a named place
    after the noun allowed ("in Palo Alto, California")."""
    verb = _PREDICATE_VERB.search(antecedent)
    if verb is None or not names.is_self(re.sub(r"^(?:The|the)\s+", "", antecedent[: verb.start()])):
        return False
    phrase = antecedent[verb.end() :]
    place = _PLACE_AFTER.search(phrase)
    if place is not None:
        words = phrase[place.end() :].replace(",", " ").split()
        if not words or not all(w[:1].isupper() for w in words):
            return False
        phrase = phrase[: place.start()]
    head = phrase.split()[-1:] if phrase.split() else []
    return bool(head) and head[0] in names.own_words() and not re.search(r"[,;]", phrase)


# the persons at the end of a relative clause's subject, after a lowercase description
# ("the Microsoft co-founder Paul Allen", "the lawyers Ada Fell and Ben Roe")
_DESCRIBED_SUBJECT = re.compile(r"(?:[A-Za-z-]{1,30}\s){0,5}?(?=[A-Z][\w'’.-]{0,30}\s[A-Z])")


def _relative_subject_persons(sentence: str, start: int, names: Names) -> list[Mention]:
    """The founders a relative clause of the organization names as its subject: persons
    only (a parliament that created it is no founder), every piece a name, else none."""
    before = sentence[max(0, start - _RELATIVE_REACH) : start]
    relative = _OBJECT_RELATIVE.search(before)
    if relative is None:
        return []
    subject = _strip_relative_auxiliary(relative["subject"].strip())
    founders = _active_founders(subject, names)
    if not founders:
        lead = _DESCRIBED_SUBJECT.match(subject)
        named = person_name(subject[lead.end() :]) if lead else None
        founders = [named.mention()] if named else []
    return founders if all(m.kind == "person" for m in founders) else []


def _strip_relative_auxiliary(subject: str) -> str:
    """ "A had": the subject without a trailing auxiliary."""
    words = subject.split()
    while words and words[-1] in _RELATIVE_AUXILIARY:
        words.pop()
    return " ".join(words)


_LEADING_TIME = re.compile(r"(?:In|On|By|Around|About|Circa)\s+")


def _active_founders(before: str, names: Names) -> list[Mention]:
    """The founders named as the subject of an active founding verb: "A and B founded …",
    "In 1921 Dr. A, a hydrologist, founded it", "Acme, Inc. and Globex Ltd founded …"; none
    unless every piece is a name, none that is the organization itself."""
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1 :].strip()
    lead = _LEADING_TIME.match(clause)
    if lead:
        spans = date_spans(clause[:60])
        if not spans or spans[0][0] != lead.end():
            return []
        clause = clause[spans[0][1] :].lstrip(" ,")
    pieces = clause.split(", ")
    kept = [p for i, p in enumerate(pieces) if i == 0 or not (p[:1].islower() and _appositive(p))]
    if not clause or (len(kept) > 1 and not all(_AND_NAME.match(p) or is_legal_form(p) for p in kept[1:])):
        return []
    pieces = _list_pieces(clean(", ".join(kept)))
    known = [
        names.by_surname(p.strip()) if isinstance(names, _Names) and _SURNAME.fullmatch(p.strip()) else None
        for p in pieces
    ]
    if len(pieces) > 1 and all(known):
        return [m for m in known if m]  # "Allen and Liddle founded the company": named in full elsewhere
    founders = _mentions(_with_legal_forms(pieces), joined=True)
    return [] if any(names.is_self(m.name) for m in founders) else founders


_SURNAME = re.compile(r"[A-Z][a-z'’-]{1,30}")


_NEXT_VERB_PHRASE = (re.compile(r"(?<!\s)\s+and\s+(?=[a-z])"), re.compile(r",\s+(?:which|who|and|but)\b"))
_SET = re.compile(r"\bset\s")
_OBJECT_UP = re.compile(
    r"\s*(?P<object>it|them|(?:the|this)\s[a-z]{2,20}|[A-Z][\w&.-]{0,30}(?:\s[A-Z][\w&.-]{0,30}){0,5})\s{1,3}up\b"
)


def _set_up_joined(sentence: str) -> str:
    """ "A and B set the lab up in 1986" → "… set up the lab in 1986" (the particle joined to its verb)."""
    pieces = []
    position = 0
    for verb in _SET.finditer(sentence):
        if verb.start() < position:
            continue
        found = _OBJECT_UP.match(sentence, verb.end())
        if found:
            pieces.append(f"{sentence[position : verb.start()]}set up {found['object']}")
            position = found.end()
    return "".join(pieces) + sentence[position:]


_TREATY_NOUNS = spaced_alternation(tuple(c.lower() for c in cues("treaty")))
# "its convention", "X's founding treaty", "the constituent agreement"; not "the agreement" (any)
_OWN_TREATY = re.compile(
    rf"(?:(?:(?P<owner>.{{1,80}})[’']s|its)\s+(?:(?:founding|constituent|establishing)\s+)?"
    rf"|the\s+(?:founding|constituent|establishing)\s+)(?:{_TREATY_NOUNS})",
    re.I,
)


def _own_treaty_in_force(sentence: str, names: Names) -> DateValue | None:
    """ "Its convention entered into force on 30 September 1961", "X's founding treaty came
    into force in 1958": the date the organization's own treaty took effect (its founding)."""
    force = _IN_FORCE.search(sentence)
    if not force:
        return None
    subject = sentence[: force.start()].strip()
    subject = subject[max(subject.rfind(mark) for mark in ",;:") + 1 :].strip()
    own = _OWN_TREATY.fullmatch(subject)
    if not own or (own["owner"] and not names.is_self(re.sub(r"^(?:The|the)\s+", "", own["owner"]))):
        return None
    spans = [value for start, _, value in _sentence_dates(sentence) if start >= force.end()]
    return spans[0] if spans else None


# "X was the brainchild of A", "The lab was the idea of A", "…, an initiative of the minister A";
# a second noun joined by "and" ("the creation and for years the private concern of A")
_BRAINCHILD = re.compile(
    rf"(?:\b(?:is|was)\s+(?:the\s+|an?\s+)?|,\s+(?:the|an?)\s+)(?:{spaced_alternation(cues('idea-of'))})"
    r"(?:\sand\s[a-z ]{1,40}?)?\s+of\s+",
    re.I,
)
# "Its founding members were …", "The founding states are …" (lexicon role founding-member-noun)
_FOUNDING_MEMBERS = re.compile(
    rf"\b(?:founding\s+(?:{spaced_alternation(cues('founding-member-noun'))})|(?:co-?)?founders)\b",
    re.I,
)
_MEMBERS_OF = re.compile(r"\s+of\s", re.I)
# "The founders, as the story is usually told: A and B", "The founders, according to the
# museum: …": a hedging aside between the noun and the colon of its list
_MEMBERS_VERB = re.compile(
    r"\s+(?:were|are|included|include|comprised)\s+|(?:,\s(?:as|according\sto)\s[^,;:.()]{1,50})?:\s*", re.I
)
_MEMBERS_VERB_AHEAD = re.compile(r"(?<!\s)\s+(?:were|are|included|include|comprised)\s+", re.I)


@dataclass(frozen=True)
class _Members:
    """Where "founders were" / "founding members of X were:" put their list."""

    start: int
    list_start: int
    owner_after: str | None  # "X" of "the founders of X were"


def _members(sentence: str) -> _Members | None:
    found = _FOUNDING_MEMBERS.search(sentence)
    if not found:
        return None
    of = _MEMBERS_OF.match(sentence, found.end())
    if of:
        verb = _MEMBERS_VERB_AHEAD.search(sentence, of.end(), min(len(sentence), of.end() + 80))
        if not verb or any(mark in sentence[of.end() : verb.start()] for mark in ",;:"):
            return None
        return _Members(found.start(), verb.end(), sentence[of.end() : verb.start()].strip())
    verb = _MEMBERS_VERB.match(sentence, found.end())
    return _Members(found.start(), verb.end(), None) if verb else None


def _with_semicolon_tail(found: Sequence[Segment], number: int) -> str:
    """Segment ``number``'s text with the segments after it joined while each ends in a semicolon,
    for a segment that opens a founders list; at most as far as a list is read (so a text of
    many short semicolon pieces stays linear)."""
    texts = [found[number].text]
    if not (_BRAINCHILD.search(texts[0]) or _FOUNDING_MEMBERS.search(texts[0])):
        return texts[0]
    length = len(texts[0])
    while texts[-1].endswith(";") and number + len(texts) < len(found) and length < 2 * _LONGEST_LIST:
        texts.append(found[number + len(texts)].text)
        length += len(texts[-1]) + 1
    return " ".join(texts)


_DESCRIBED_BY_WORD = re.compile(r"(?:the|a|an)\s[A-Z][a-z]{2,20}\s(?=[A-Z])")
# "the 22 signatory states", "the twelve founding guilds": a counted group, no name of its own
_COUNTED_PIECE = re.compile(
    rf"(?:the\s|all\s)?(?:\d{{1,3}}|{lexicon.alternation(lexicon.number_words())})"
    r"\s[^\s\d,;()]{1,30}(?:\s[^\s\d,;()]{1,30}){0,3}",
    re.I,
)


_SLASHED_NULL = re.compile(r"[A-Za-z]{1,2}/[A-Za-z]{1,2}\.?")


def _member_list(text: str) -> list[Mention]:
    """The founders a "founders were/include" list names: a list split by semicolons ("A, the
    vicar, who chaired it; Professor B; the Quaker Dr C; and the businessman D") gives each
    piece's leading name, a description after its comma dropped; nothing unless every piece is
    a name. A list without semicolons is read as an agent phrase."""
    clause = _before_full_stop(text[: 2 * _LONGEST_LIST])
    # "Founders: N/R", "n/d": a form's null (letters around a slash), never a name
    if status_of_text(clause).status != FieldStatus.STATED or _SLASHED_NULL.fullmatch(clause.strip()):
        return []
    # "A, who proposed the scheme, and B, later X, who carried it": a relative clause set off by
    # commas tells what a founder did; the list reads on without it
    clause = _FOUNDER_RELATIVE.sub("", clause)
    if ";" not in clause:
        return _founders_after("by " + clause)
    listed = _semicolon_founders(clause)
    first, *rest = clause.split(";")
    if listed or not _LIST_CLOSES.search(first) or any(piece.strip().startswith("and ") for piece in rest):
        return listed
    # "A, and B, later X; the charter was granted by C": a list of its own closes before the
    # semicolon (its last name after "and"), and the pieces after it are another clause
    founders = _founders_after("by " + first)
    return founders if len(founders) > 1 else []


_LIST_CLOSES = re.compile(r"\sand\s[A-Z]")


def _semicolon_founders(clause: str) -> list[Mention]:
    """Each semicolon piece's leading name ("A, the vicar; Professor B; and C"); nothing
    unless every piece is a name."""
    founders: list[Mention] = []
    for piece in clause.split(";"):
        name = re.sub(r"^and\s+", "", piece.strip()).split(", ")[0]
        if _COUNTED_PIECE.fullmatch(_BRACKET_NOTE.sub("", name).rstrip(".")):
            continue  # "A (initiator); the 22 signatory states": the group names no founder
        described = _DESCRIBED_BY_WORD.match(name)
        # "the Quaker Dr C", "the Bishop A": a description, then the name
        found = _mentions([name[described.end() :]]) if described else []
        found = found or _mentions([name])
        if len(found) != 1:
            return []
        founders.extend(found)
    return founders


def _idea_of_self(sentence: str, found: re.Match[str], names: Names) -> bool:
    """Whether "the idea of" is said of the organization: the subject of "was the idea of", or
    the name just before ", an initiative of" ("… as the Universidad Nacional, an initiative of")."""
    if not found.group().startswith(","):
        return subject_of(sentence, found.start(), names)[0] == Subject.SELF
    before = sentence[: found.start()]
    name = re.sub(r"^(?:The|the)\s+", "", _trailing_name(before))
    if not name:
        return False
    # "… was inaugurated in 1910 as the Universidad Nacional, an initiative of": its first name
    named_as = re.search(r"\sas\s+(?:the\s+)?$", before[: len(before) - len(name)])
    if names.is_self(name):
        return True
    verb = named_as and _verb_pattern().search(before, 0, named_as.start())
    return bool(verb and subject_of(sentence, verb.start(), names)[0] == Subject.SELF)


def _named_as_founders(sentence: str, names: Names) -> list[Mention]:
    """ "X was the brainchild of A", "Its founding members were A, B and C": the founders
    (the subject must be the organization; "its" and "the founding members" are)."""
    brainchild = _BRAINCHILD.search(sentence)
    if brainchild and _idea_of_self(sentence, brainchild, names):
        return _founders_after("by " + sentence[brainchild.end() :])
    members = _members(sentence)
    if members:
        before = sentence[: members.start]
        before = before[_fragment_start(before) :].strip()
        owner = before[:-2] if before.endswith(("'s", "’s")) else before
        if members.owner_after is not None:  # "The founders of TVWB were A and B"
            if before.lower() != "the":
                return []
            before, owner = "", members.owner_after
            if not names.is_self(re.sub(r"^(?:The|the)\s+", "", owner)) and not _object_is_self_noun(
                " " + owner, names
            ):
                return []
        if (
            not before
            or before.lower() in {"the", "its", "their"}
            or (owner and _object_is_self_noun(" " + owner, names))
        ):
            return _member_list(sentence[members.list_start :])
        if owner and names.is_self(re.sub(r"^(?:The|the)\s+", "", owner)):
            return _member_list(sentence[members.list_start :])
    return []


# "The man who started it was A", "The people who founded the school were A and B", "The woman
# who set it up, A, …" (lexicon role founder-person): a person noun, "who", a verb that names
# founders and its object; then "was/were" and the founders, or the founder between commas
_WHO_FOUNDED = re.compile(
    rf"(?<![\w-])(?:The|the)\s(?:{spaced_alternation(cues('founder-person'))})\swho\s(?:had\s)?"
    rf"(?:{'|'.join(_phrase_pattern(v.phrase) for v in _founding_verbs() if v.names_founder)})"
    r"(?:\s(?:up\s)?(?P<object>it|(?:the|this)\s[a-z]{2,20}|(?:the\s)?[A-Z][\w&'’.-]{0,30}(?:\s[A-Z][\w&'’.-]{0,30}){0,5}))"
    r"(?:\s(?:up|in\s\d{4}))?(?:(?P<verb>\s(?:was|were)\s(?!not\b|never\b))|,\s(?P<aside>[^,;.()]{3,60}),)"
)


# "It …", "Its …": a sentence about the organization, after which "it" still names it
_ABOUT_IT = re.compile(r"\s*(?:It|Its)\s")


def _who_founded(sentence: str, previous: str, names: Names) -> list[Mention]:
    """ "The man who started it was A": A founded it, when the object names the organization ("it"
    only right after a sentence about it: "The war began in 1914. The man who started it …" is not)."""
    found = _WHO_FOUNDED.search(sentence)
    if found is None:
        return []
    thing = found["object"]
    if thing == "it":
        if not _ABOUT_IT.match(previous):
            return []
    elif not (_object_is_self_noun(" " + thing, names) or names.is_self(re.sub(r"^(?:The|the)\s+", "", thing))):
        return []
    if found["aside"] is not None:
        named = person_name(found["aside"])
        return [named.mention()] if named else []
    # "were A, who was the governor, and his minister B": the relative clause tells of A, no founder
    return _founders_after("by " + _FOUNDER_RELATIVE.sub(",", sentence[found.end() :]))


# ", who proposed the scheme,": a relative clause after a listed founder, set off by commas
_FOUNDER_RELATIVE = re.compile(r",\s(?:who|whom)\s[^,;.()]{1,80},")


# (not a word of a longer name: "the Basin Statistics Authority" is no "the basin")
_SELF_NOUN = re.compile(r"\s*(?:the|this)\s+(?P<noun>[a-z]+)\b(?!\s(?-i:[A-Z]))", re.I)


def _object_is_self_noun(after: str, names: Names) -> bool:
    """ "… set up the board in 1921": "the board" is the organization when its name (or the
    intro's noun for it) has that word."""
    match = _SELF_NOUN.match(after)
    return bool(match and match["noun"].lower() in names.own_words())


# "created by virtue of Republic Act No. 5" (a gazette's hand)
_UNDER = re.compile(
    r"(?<![\w-])(?:under|by\s+virtue\s+of|by|vide|with|through|pursuant\s+to|in\s+terms\s+of)\s+(?:the\s+)?"
)


_PREPOSITIONS_TRIED = 3
# "s. 4(1) of the", "section 2 of", "art. 12 of": a provision of the act that follows
_SECTION_OF = re.compile(
    r"(?:ss?|sec|sections?|arts?|articles?|paras?|paragraphs?)\.?\s?\d{1,4}[A-Z]?(?:\(\w{1,4}\)){0,3}\s+of\s+(?-i:the\s+)?",
    re.I,
)
# Between the founding verb and "under"/"by": a purpose infinitive ("to take over …") or a
# reduced relative (", ceded by …") opens another predicate, whose instrument is not the founding's
_OTHER_PREDICATE = re.compile(r"\bto\s+(?!be\b)[a-z]{2,20}\b|,\s+[a-z]{2,20}(?:ed|en)\s")
_INSTRUMENT_SPAN = 300  # characters: an instrument's title with its number and date


def _instrument_after(after: str) -> Instrument | None:
    """The named instrument a founding verb's clause says the organization was founded under
    or by ("incorporated as X under the Iron and Steel Act, No. 11 of 1928"): it starts right
    after "under", "by", "through" …, in the verb's clause."""
    sentence = _before_full_stop(after[: 2 * _LONGEST_LIST].split(";")[0])
    clause = _before(sentence, *_NEXT_VERB_PHRASE)  # "… and later regulated under the X Act": another verb's
    for number, prep in enumerate(_UNDER.finditer(clause)):
        if number == _PREPOSITIONS_TRIED:
            break
        if _OTHER_PREDICATE.search(clause, 0, prep.start()):
            break  # "formed to take over a line ceded by Russia under the Treaty of X": not its instrument
        # the title starts in the verb's clause; a relative clause after it ("…, which P
        # signed on D") still describes it
        rest = sentence[prep.end() : prep.end() + _INSTRUMENT_SPAN]  # bounded: linear on run-on lines
        if section := _SECTION_OF.match(rest):
            rest = rest[section.end() :]  # "under s. 4(1) of the X Act": the act the section is of
        if not (_HEAD_START.search(rest) or _FOREIGN_HEAD.search(rest)):
            continue  # no instrument word: nothing to find (cheap on runs of "founded by")
        found = find_instrument(rest)
        if found and rest.startswith(f"The {found.name}"):
            # "by The Canadian Wheat Board Act, 1935": a capital "The" after a preposition is
            # the title's own (a Canadian and Commonwealth style)
            return replace(found, name=f"The {found.name}")
        if found and rest.startswith(found.name):
            return found
    return None


def _general_instrument(instrument: Instrument | None, after: str, names: Names) -> bool:
    """An instrument it was set up "under" whose title shares no word with the organization's
    own names (the Companies Act, a Societies Registration Act): a general law, not its own
    ("created by the X Act of 1950": the act made it)."""
    at = after.find(instrument.name) if instrument else -1
    if instrument is None or at < 0 or not _UNDER_BEFORE.search(after[:at]):
        return False
    own = {word for word in names.own_words() if word not in _GENERIC_TITLE_WORDS}
    title = {word.lower().strip(",.()") for word in instrument.name.split()}
    return not (own & title)


_UNDER_BEFORE = re.compile(r"\bunder\s+(?:the\s+)?$", re.I)
# words of an instrument's title that name no organization of their own
_GENERIC_TITLE_WORDS = frozenset({"the", "of", "and", "for", "on", "in", "a", "an", "&"})


# "established [in 1990] as the X"; the place or date after "in" starts on a non-space, or
# is spaces alone (as a backtracking matcher of "in\s+[^,;]{1,25}?\s+as" would take it).
_AS_SELF = re.compile(r"\s*(?:(?:in|on)(?:\s+\S[^,;]{0,24}?\s+|\s{3,}))?as\s+(?P<rest>.+)")


_COPULAS = frozenset({*BE_FORMS, "became", "becomes", "remains", "remained"})


def _words(text: str) -> list[str]:
    return [w.strip(".,;:()\"'’").lower() for w in text.split()]


def _is_passive(sentence: str, start: int) -> bool:
    """ "was opened", "were formally installed": a form of "be", then at most one word."""
    before = without_aside(sentence[max(0, start - 140) : start])  # "was, according to X, opened"
    words = _words(before[-40:])[-2:]
    return bool(words) and (words[-1] in BE_FORMS or (len(words) == 2 and words[0] in BE_FORMS))


def _about_something_else(sentence: str, start: int, end: int, verb: FoundingVerb, names: Names) -> bool:
    """Whether the founding verb at ``start``-``end`` dates something other than the
    organization although its subject reads as the organization: an active verb with a direct
    object ("it opened its first branches in 1974", "the institute founded a journal"; "opened
    its doors", "began operations" are verb phrases of the lexicon), or a participle after a
    comma that describes the noun before it ("it ran the first line, opened in 1964"), unless
    that noun is the organization or the predicate of a copula ("X is an agency, founded in").
    An object that is the organization ("Congress created the OTA", "X founded it") is its founding."""
    if _is_passive(sentence, start) or _object_is_self(sentence[end:], names) or _first_word(sentence[end:]) == "it":
        return False
    before = sentence[:start].rstrip()
    words = _words(before[-60:])  # only the last word counts (bounded: linear on long lines)
    if words and words[-1].endswith("ly") and not before.endswith(","):
        before = before[: before.rstrip().rfind(" ") + 1].rstrip()  # "…, formally opened on"
    if before.endswith(","):
        return not (_participle_describes_self(before[:-1]) or _appositive_of_self(before[:-1], names))
    return _has_direct_object(sentence, end) if verb.transitive else _works_on_something(sentence, end)


def _appositive_of_self(head: str, names: Names) -> bool:
    """Whether ``head`` (the text before the verb's comma) is the organization's name with a noun
    phrase in apposition (``history.appositive_of_self``): the verb is the organization's own, not a
    participle describing the noun before the comma ("the corporation ran the first line, opened on …")."""
    return appositive_of_self(head, names)


_APPOSITIVE_REACH = 240  # characters: a name with its appositive before the verb
_AUXILIARY_END = re.compile(r",\s(?:(?:was|were|is|are|had\sbeen|has\sbeen)\s)?$")


def _appositive_subject_of_self(before: str, names: Names) -> bool:
    """ "The X, a trade union for women who earn their living, was founded in …": the subject is
    the organization's name with a noun phrase in apposition (``_appositive_of_self``)."""
    end = _AUXILIARY_END.search(before[-_APPOSITIVE_REACH:])
    return end is not None and _appositive_of_self(before[: len(before) - len(end.group())], names)


_ON = re.compile(r"\s+(?:on|upon)\s+")
# "on this little hill", "on the campus of the college": the place where it began, not a work's
# object (a determiner, up to two words, a place noun: legislation-cues role place-noun)
_PLACE_NOUNS = lexicon.alternation(cues("place-noun"))
_ON_PLACE = re.compile(rf"(?:the|this|that|its|our|their)\s(?:[a-z][\w'’-]{{0,20}}\s){{0,2}}(?:{_PLACE_NOUNS})\b", re.I)


def _works_on_something(sentence: str, end: int) -> bool:
    """An intransitive phrase followed by "on" and no date: "began work on the new dam in
    1930" dates the dam's building, not the organization's start ("began work on 1 June 1949")."""
    on = _ON.match(sentence, end)
    if on is None or _ON_PLACE.match(sentence, on.end()):
        return False
    return not any(span[0] == on.end() for span in _sentence_dates(sentence))


def _first_word(text: str) -> str:
    words = text.split(maxsplit=1)
    return words[0].strip(".,;:()\"'’") if words else ""


def _participle_describes_self(head: str) -> bool:
    """Whether a participle after ``head``'s comma describes the organization: ``head``'s last
    clause is a name alone ("The Agency, founded …"), a date alone ("In 1950, founded …"), or a
    copular clause ("X is the national agency, set up …")."""
    chunk = head[max(head.rfind(mark) for mark in ",;:") + 1 :].strip()
    words = _words(chunk)
    if not words or _COPULAS.intersection(words):
        return True
    if _adjective_list_of_copula(head):
        return True
    if _terse_self_description(head):
        return True
    spans = date_spans(chunk)
    if spans and len(words) <= 4:
        return True  # "In 1950, …", "On 1 May 1950, …"
    return not any(w.islower() for w in chunk.split()[1:])  # a capitalised name alone


# "X is a private, non-stock and non-profit institution": the copula's determiner and a first
# adjective, then commas between the adjectives of one noun phrase
_COPULA_ADJECTIVE = re.compile(r"\s(?:is|was)\s(?:a|an|the)\s[a-z][a-z-]{1,30}$")
_ADJECTIVE_LIST_CHUNKS = 4  # commas looked back over for the copula


def _adjective_list_of_copula(head: str) -> bool:
    """Whether ``head``'s last comma chunks are lowercase words only (no determiner, no
    pronoun) continuing the adjective list of a copula's predicate ("X is a private, non-stock
    and non-profit institution of scientific investigation, founded …")."""
    chunks = head[-_TERSE_REACH:].split(",")
    for number in range(1, min(_ADJECTIVE_LIST_CHUNKS, len(chunks) - 1) + 1):
        tail = chunks[-number].split()
        if not tail or not all(w.islower() for w in tail) or _TERSE_NOT_NOUN.intersection(tail):
            return False
        if _COPULA_ADJECTIVE.search(chunks[-number - 1]):
            return True
    return False


# "X - a public library", "X = the comms regulator": a terse writer's copula
# (the name may be left out after a bracket of other spellings: "(arabic: …) - big library")
_DASH_COPULA = re.compile(r"^(?:\([^()]{1,160}\))?[^,;:.()]{0,80}\s[-–=]\s(?:the\s|a\s|an\s)?[a-z]")
_TERSE_NOUN_WORDS = 4  # "statutory corp", "federal research body": a short noun phrase
_TERSE_REACH = 240  # characters: the longest terse opener read before a participle
_TERSE_NOT_NOUN = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "which", "who"})


def _terse_self_description(head: str) -> bool:
    """Whether ``head`` (the text before a participle's comma) is a terse writer's verbless
    description of the organization: its first clause "<name> - <lowercase noun phrase>" with
    no comma in between ("X - big public library on the waterfront, opened 2002"), or a
    short lowercase noun phrase that opens the second sentence ("… regulator. statutory
    corp, launched 2003")."""
    if len(head) > _TERSE_REACH:
        return False  # a terse opener is short (and the look-back stays bounded)
    copula = _DASH_COPULA.match(head)
    if copula and not any(mark in head[copula.end() :] for mark in ",;:."):
        return True
    start = _fragment_start(head)
    fragment = head[start:].split()
    return (
        start > 0
        and len(_LOWERCASE_FRAGMENT.findall(head)) == 1
        and 0 < len(fragment) <= _TERSE_NOUN_WORDS
        and all(w.isalpha() and w.islower() for w in fragment)
        # a noun phrase, no predicate: no determiner ("runs the old dam") and no verb in -s first
        and not _TERSE_NOT_NOUN.intersection(fragment)
        and not fragment[0].endswith("s")
    )


_RECORD_NOUN_WORDS = 8  # "botanical garden and research institute": a record's description


def _record_element_participle(sentence: str, verb: re.Match[str], names: Names) -> bool:
    """Whether a lowercase participle opens an element of an authority record's semicolon
    line whose first element is the organization's heading and whose other elements before
    it are verbless descriptions ("X (Madrid, Spain); botanical garden; founded 1755 by …")."""
    head = sentence[: verb.start()].rstrip()
    if not (verb["verb"].islower() and head.endswith(";")) or len(head) > _TERSE_REACH:
        return False
    heading, *descriptions = (element.strip() for element in head[:-1].split(";"))
    return _record_heading(_BRACKET_AT_END.sub("", heading), names) and all(
        _record_description(element) for element in descriptions
    )


def _record_heading(heading: str, names: Names) -> bool:
    """The organization's name, or its title's first words ("Real Jardín Botánico" heading
    the record of "Real Jardín Botánico de Madrid", the place in the qualifier bracket)."""
    if names.is_self(heading):
        return True
    words, title = heading.split(), names.identity.name.split()
    return len(words) >= 2 and title[: len(words)] == words and all(w[:1].isupper() for w in words[:1])


def _record_description(element: str) -> bool:
    """A verbless noun phrase or a capitalised place: no digit (another event's date), no
    determiner or copula (a clause), a few words."""
    words = _BRACKET_AT_END.sub("", element).split()
    return (
        0 < len(words) <= _RECORD_NOUN_WORDS
        and all(w.isalpha() for w in words)
        and not _TERSE_NOT_NOUN.intersection(words)
        and not _COPULAS.intersection(words)
        and _verb_pattern().search(element) is None
    )


def _has_direct_object(sentence: str, end: int) -> bool:
    """A determiner, a possessive, a lowercase word other than a preposition or adverb, or a
    capitalised word that starts no date, right after the verb."""
    rest = sentence[end:]
    word = rest.split(maxsplit=1)[0] if rest.strip() else ""
    bare = _first_word(rest)
    if not bare:
        return False
    if bare.lower() in context_words("not-object"):
        return True
    if bare.isalpha() and bare.islower():
        return bare not in cues("no-object") and not bare.endswith("ly")
    if bare[0].isupper():
        word_start = end + rest.find(word)
        return not any(span[0] == 0 for span in date_spans(sentence[word_start : word_start + 40]))
    return False


def _negated(sentence: str, start: int) -> bool:
    """ "not" or "never" as a whole word, then spaces, at most one word and spaces, just
    before ``start`` (in ``sentence[:start]``): walked back in code, as a search anchored at
    the end would scan the whole text before each verb."""
    if unreal_before(sentence, start):  # "was to be founded", "some sources claim it was founded"
        return True
    spaces = _run_before(sentence, start, str.isspace)
    if spaces == start:
        return False
    if _negation_ends_at(sentence, spaces):
        return True
    word = _run_before(sentence, spaces, _is_word_char)
    if word == spaces or word == 0 or not sentence[word - 1].isspace():
        return False
    return _negation_ends_at(sentence, _run_before(sentence, word, str.isspace))


def _run_before(text: str, end: int, kind: Callable[[str], bool]) -> int:
    """Where the run of characters of ``kind`` that ends at ``end`` starts."""
    start = end
    while start > 0 and kind(text[start - 1]):
        start -= 1
    return start


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` matches


_NEGATION = re.compile(r"not|never|neither", re.I)  # "neither enactment created it"


def _negation_ends_at(text: str, end: int) -> bool:
    """A whole word "not" or "never" (any case) ends at ``end``."""
    for size in (3, 5, 7):
        begin = end - size
        if begin >= 0 and _NEGATION.fullmatch(text, begin, end) and (begin == 0 or not _is_word_char(text[begin - 1])):
            return True
    return False


def _object_is_self(after: str, names: Names) -> bool:
    match = re.match(
        r"\s*(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the)\s*)?[A-Z][\w&'’.-]*){0,10})", after
    )
    return bool(match and names.is_self(match["name"]))


_DATE_CLAUSE_ENDS = (
    re.compile(r";|,\s+(?:which|who|whose|and)\b"),
    re.compile(r"(?<!\s)\s+(?:which|and)\s+(?:had|has|was|were)\b"),
    # "established …, after the last king was expelled from the palace on 5 Nov 1924": a clause
    # of an earlier or later event with its own subject and verb dates that event, not the founding
    re.compile(r"(?<![\w-])(?:after|before|until|since)\s[^,;.()]{1,80}?\s(?:was|were|had\sbeen)\s"),
)


@lru_cache(maxsize=4)
def _sentence_dates(sentence: str) -> tuple[tuple[int, int, DateValue], ...]:
    """The dates of a sentence, read once for all its verbs (a long sentence has many)."""
    return tuple(date_spans(sentence))


# "c. 1890", "ca.1890", "circa 1890", "around 1890" (lexicon role uncertain-date) right before a
# date, or "1890?" right after it: an approximate date
_APPROXIMATE_BEFORE = re.compile(rf"(?:^|[\s(\[])(?:{spaced_alternation(cues('uncertain-date'))})\s{{0,3}}$", re.I)
_APPROXIMATE_AFTER = re.compile(r"\s?\?")


def _approximate(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``start``–``end`` of ``sentence`` is written approximate."""
    return bool(
        _APPROXIMATE_BEFORE.search(sentence[max(0, start - 24) : start]) or _APPROXIMATE_AFTER.match(sentence, end)
    )


def _only_approximate(sentence: str, date: DateValue | None) -> bool:
    """Whether ``date`` is written in ``sentence`` only approximate ("founded c. 1890")."""
    spans = [(start, end) for start, end, value in _sentence_dates(sentence) if value == date]
    return bool(spans) and all(_approximate(sentence, start, end) for start, end in spans)


def uncertain_own_founding(field: Field, identity: Identity, intro: str) -> str | None:
    """Where the organization's own founding date was written approximate in a History or
    Legislation ``field`` ("It was founded c. 1890"): the phrase its founding reading refused
    a date from, else None (another body's approximate year is none of this)."""
    legislation = field.name == "Legislation"
    # the text each reads: Legislation without its later-change lines (read_founding), History whole
    lines = [item.text for item in field.items if not (legislation and _LATER_LABEL.match(item.text))]
    reading = read_founding_text(" ".join(lines), identity, intro, about_founding=legislation)
    return reading.uncertain_text or None if reading.uncertain else None


def approximate_founding_dates(text: str) -> list[str]:
    """ "founded c. 1890", "established 1890?": each founding verb of ``text`` whose next date
    is written approximate, from the verb to that date (the diagnostic's needle): no founding
    date is read from it."""
    found = []
    for segment in segments(text):
        sentence = segment.text
        spans = sorted((start, end) for start, end, _ in _sentence_dates(sentence))
        starts = [start for start, _ in spans]
        for verb in _verb_pattern().finditer(sentence):
            index = bisect_left(starts, verb.end())  # the first date after the verb
            after = spans[index] if index < len(spans) else None
            if after and not _negated(sentence, verb.start()) and _approximate(sentence, *after):
                found.append(sentence[verb.start() : after[1]])
    return found


# "Sir John Smith (1850–1920)", "Dr Ann Lee (b. 1870)", "(d. 1945)", "(c. 1850 – 1920)": a
# person's lifespan in brackets after a name dates no founding
_LIFESPAN = re.compile(r"(?<=[\w.])\s?\((?:(?:b|d|born|died)\.?\s)?(?:c\.\s?)?\d{4}(?:\s?[–-]\s?(?:c\.\s?)?\d{4})?\)")
_LIFESPAN_MARK = re.compile(r"\((?:b|d|born|died)\b|\d{4}\s?[–-]", re.I)


# "by the County Council (itself founded in 1899)", "by Sean Lemass, born in 1899": a bracket
# or a "born" clause after a name dates that name, never the organization
_ASIDE_BRACKET = re.compile(r"(?<=\w)\s?\((?P<lead>[^()\d]{1,30})\d[^()]{0,40}\)")
_BORN_BEFORE = re.compile(r"\bborn\s(?:in\s|on\s)?$")


@lru_cache(maxsize=4)
def _aside_dates(sentence: str) -> tuple[tuple[int, int], ...]:
    """(aside start, date start) of each aside about a name before it (read once per sentence);
    an aside saying "itself" is never the organization's, so it starts at 0."""
    found: list[tuple[int, int]] = []
    dates = _sentence_dates(sentence)
    for match in _ASIDE_BRACKET.finditer(sentence):
        if _dating_lead(match["lead"]):
            aside = 0 if match["lead"].lstrip().startswith("itself ") else match.start()
            found.extend((aside, at) for at, _, _ in dates if match.start() <= at < match.end())
    found.extend((at - 12, at) for at, _, _ in dates if _BORN_BEFORE.search(sentence, max(0, at - 12), at))
    return tuple(found)


def _asides_after(sentence: str, start: int) -> frozenset[int]:
    """The aside dates of a verb at ``start``: those of the asides after it (an aside holding
    the verb dates its own subject: "The Authority (founded 1960)"), and every "itself" aside."""
    return frozenset(at for aside, at in _aside_dates(sentence) if aside >= start or aside == 0)


def _dating_lead(lead: str) -> bool:
    """ "itself founded in ", "est. ", "born ": a bracket's words before its date that date the name."""
    words = lead.strip().removeprefix("itself ").strip()
    verb = _verb_pattern().match(words)
    rest = words[verb.end() :].strip() if verb else words
    return (verb is not None or rest in {"born", "b."}) and rest in {"", "in", "on", "born", "b."}


@lru_cache(maxsize=4)
def _lifespan_dates(sentence: str) -> frozenset[int]:
    """Where the dates inside a lifespan's brackets start (read once per sentence)."""
    found: set[int] = set()
    for match in _LIFESPAN.finditer(sentence):
        if _LIFESPAN_MARK.search(match.group()):  # a range or b./d.: "(1850)" alone is no lifespan
            found.update(at for at, _, _ in _sentence_dates(sentence) if match.start() <= at < match.end())
    return frozenset(found)


def _unless_moved(
    sentence: str, verb_start: int, verb: FoundingVerb, dated: DateValue | None, names: Names
) -> DateValue | None:
    """An opening verb's date, unless the organization was at work before it ("it passed to the
    Ministry in 1875 …, and in 1882 it opened in Ueno": a move)."""
    if dated is None or verb.names_founder or not _existed_before(sentence, verb_start, dated, names):
        return dated
    return None


_PAST_VERB = re.compile(r"\b[a-z]{2,20}ed\b")
_CLAUSE_BREAK = re.compile(r";\s|,\s(?:and|but)\s")


def _existed_before(sentence: str, verb_start: int, dated: DateValue, names: Names) -> bool:
    """Whether a clause of the organization's own before an opening verb tells of an earlier
    year ("it passed to the Home Ministry in 1875 …, and in 1882 it opened in Ueno"): it was at
    work before it "opened", so the opening is a move or a reopening, not its start. A clause
    with a founding verb, another subject's ("A announced it in 2015") or a lifespan is no sign."""
    lifespans = _lifespan_dates(sentence)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, verb_start)]  # once: linear
    for at, _, value in _sentence_dates(sentence):
        if at >= verb_start or at in lifespans or value.year >= dated.year:
            continue
        index = bisect_right(breaks, at)
        begin = breaks[index - 1] if index else 0
        clause = sentence[begin:at]
        verb = _PAST_VERB.search(clause)
        if (
            verb
            and not _verb_pattern().search(clause)
            and subject_of(sentence, begin + verb.start(), names)[0] == Subject.SELF
        ):
            return True
    return False


def _date_after(sentence: str, start: int, bullet: DateValue | None) -> DateValue | None:
    """The first date after the verb in its clause; else one just before it in the clause; else the bullet's."""
    return _dated_after(sentence, start, bullet)[0]


def _participle_dates_of_others(sentence: str, names: Names) -> tuple[tuple[int, int], ...]:
    """(verb start, date start) of each participle of ``sentence`` that dates another body,
    read once for all the sentence's verbs."""
    found: list[tuple[int, int]] = []
    for verb in _verb_pattern().finditer(sentence):
        if (
            verb["verb"].islower()
            and sentence[max(0, verb.start() - 2) : verb.start()].strip() == ","
            and _comma_annotates_other(sentence, verb.start(), verb.end(), names)
        ):
            dates = [at for at, _, _ in _sentence_dates(sentence) if at >= verb.end()]
            found.extend((verb.start(), at) for at in dates[:1])
    return tuple(found)


def _dated_after(
    sentence: str, start: int, bullet: DateValue | None, others: frozenset[int] = frozenset()
) -> tuple[DateValue | None, bool]:
    """``_date_after``, and whether that date is only a year in an instrument's title; the
    dates starting at ``others`` (another body's) are passed over."""
    # The clause ends of the sentence are found once for all its verbs (a search from each
    # verb to the end would be quadratic on a long sentence of verbs).
    stops = [at for stop in _DATE_CLAUSE_ENDS if (at := first_match_from(stop, sentence, start)) is not None]
    end = min(stops, default=len(sentence))
    asides = _asides_after(sentence, start)
    # dates of other events, each set found once for the sentence (not once per date in it)
    passed_over = (
        _change_dates(sentence) | _rename_dates(sentence) | _advice_dates(sentence) | _lifespan_dates(sentence)
    )
    every = tuple(
        span
        for span in _sentence_dates(sentence)
        if not _attributive_year(sentence, span)
        and not _UNTIL_BEFORE.search(sentence, max(0, span[0] - 8), span[0])
        and span[0] not in passed_over
        and span[0] not in others
        and span[0] not in asides
    )
    spans = [s for s in every if start <= s[0] < end]
    if not spans:
        begin = max((m.end() for m in re.finditer(r"[;:]", sentence[:start])), default=0)
        # "X was set up in 1950 to found a college, and it founded the school": a coordinated
        # clause of its own subject (a pronoun) starts the verb's clause; the year a founding
        # verb before it gives is X's
        pronoun = max(_PRONOUN_CLAUSE.finditer(sentence, begin, start), key=lambda m: m.end(), default=None)
        if pronoun is not None and _verb_pattern().search(sentence, begin, pronoun.start()):
            begin = pronoun.end()
        spans = [s for s in every if begin <= s[0] < start and not _named_event_year(sentence, s)][-1:]
        if spans and _in_closed_relative(sentence, spans[0], start):
            spans = []  # (the last date only: each verb reads it once, linear)
        # "registered under the X Act 2011 and is incorporated under the Y Acts": the verb
        # names its own instrument; the year before it is another act's
        if (
            spans
            and spans[0][2].month is None
            and in_instrument_title(sentence, spans[0][0])
            and _UNDER_NEXT.match(sentence, start)
        ):
            return None, False
    if not spans:
        head = in_head_year(sentence[start:end], bullet)
        if head is not None and head == bullet and head.month is None:
            clause = sentence[max((m.end() for m in re.finditer(r"[;:]", sentence[:start])), default=0) : start]
            head = _opening_day_of_year(clause, head.year) or head
        return head, False
    at, _, value = spans[0]
    if value.month is None and in_instrument_title(sentence, at):
        # "incorporated under the Companies Act, 1956 on 14 May 1961": the act's year (and
        # its citations, "(No. 63 of 1956)") is another date than the organization's own
        # ("… Act, 1988 with effect from the 8th day of September, 1988": a day of that year is ours)
        # "established by the X Act 1958 and admitted its first students on 13 March 1961": a
        # second predicate after the title dates its own event, not the establishment
        second = _SECOND_PREDICATE_AFTER.search(sentence, at)
        own = [
            s
            for s in spans[1:]
            if (s[2].year != value.year or s[2].month is not None)
            and not in_instrument_title(sentence, s[0])
            and (second is None or s[0] < second.start())
        ]
        return (own[0][2], False) if own else (value, True)
    return value, False


_PRONOUN_CLAUSE = re.compile(r",\s(?:and|but)\s(?:it|they|he|she|we)\s")
_SECOND_PREDICATE_AFTER = re.compile(r"(?<!\s)\s+and\s+[a-z]{2,20}ed\s")


# "1919 · On 19 May the Fund was launched …": the day that opens the verb's own clause (its
# lead and the day itself; a comma only right after the day) completes the bullet's year
_DAY_LEAD = re.compile(r"\s{0,3}(?:(?:[Oo]n|[Ii]n)\s)?")
_DAY_THEN_CLAUSE = re.compile(r"[^,;]{1,14}?,?[^,;]{0,200}")
_SECOND_CLAUSE = re.compile(r"\b(?:and|but|when|after|before|while|until|which|who)\b")


def _opening_day_of_year(clause: str, year: int) -> DateValue | None:
    """The day or month of ``year`` that opens ``clause`` (the words before a founding verb),
    when no comma after it, no second clause, stands between it and the verb."""
    found = in_year(clause, year)
    lead = _DAY_LEAD.match(clause)
    if found is None or lead is None or found[0] != lead.end():
        return None
    rest = clause[found[0] :]
    whole = _DAY_THEN_CLAUSE.fullmatch(rest)
    return found[1] if whole and not _SECOND_CLAUSE.search(rest) else None


# ", who had earlier founded X in 1959, set up …": a relative clause opened before a date
_RELATIVE_OPEN = re.compile(r"\b(?:who|whom|whose|which)\s")


def _in_closed_relative(sentence: str, span: tuple[int, int, DateValue], verb_start: int) -> bool:
    """Whether the date ``span`` before the verb lies in a relative clause set off by commas that
    closes before the verb ("Abedi, who had earlier founded X in 1959, set up the bank": X's year,
    not the bank's). A date told inside the verb's own clause ("which in 1972 was set up") is kept."""
    opened = _RELATIVE_OPEN.search(sentence, max(0, span[0] - _RELATIVE_REACH), span[0])
    return opened is not None and "," in sentence[span[1] : verb_start]


# "(until 1955)", "served till 1960": the end of something told beside the event, never its date
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|up\s+to)\s$", re.I)
# "established by the X Act 1960, amended in 1977", "… Law of 1950, amended 1959": the date of a
# later change (its preposition may be left out), never the founding's
_CHANGED_BEFORE = re.compile(rf"\b(?:{spaced_alternation(cues('acting-act'))})\s(?:(?:in|on)\s)?$", re.I)
_CHANGED_REACH = 16
# "amended 1959 and 1988", "amended in 1959, 1971": further dates of the same list of changes
_DATE_LIST_GLUE = re.compile(r"(?:,\s|\s(?:and|&)\s|,\sand\s)")


# "created on the recommendation of the 1957 Murray Committee", "founded on the advice of the
# Library Mission of December 1947", "opened on the recommendation of a committee formed in
# 1945" (lexicon role advice-of): the phrase names whoever advised it; a date inside it, up to
# the next comma, semicolon, colon or bracket, dates that adviser or its report, never the founding
_ADVICE_OF = re.compile(rf"\b(?:{spaced_alternation(cues('advice-of'))})\s", re.I)
_ADVICE_END = re.compile(r"[,;:()]")
# "on the recommendation of the X Report, a study … led by A and published in 1950": an
# indefinite noun set off by a comma right after the adviser describes it; the advice phrase
# runs on through that description to the next mark
_ADVICE_APPOSITIVE = re.compile(r",\s(?:an?|one)\s[a-z]")


def _advice_end(text: str, start: int) -> re.Match[str] | None:
    """The mark that closes the advice phrase opening at ``start`` (none: it runs to the end),
    past one description of the adviser."""
    stop = _ADVICE_END.search(text, start)
    if stop is not None and _ADVICE_APPOSITIVE.match(text, stop.start()):
        stop = _ADVICE_END.search(text, stop.end())
    return stop


@lru_cache(maxsize=4)
def _advice_dates(sentence: str) -> frozenset[int]:
    """The starts of the dates inside an advice phrase of ``sentence`` (read once per sentence)."""
    found: set[int] = set()
    dates = _sentence_dates(sentence)
    for cue in _ADVICE_OF.finditer(sentence):
        stop = _advice_end(sentence, cue.end())
        end = stop.start() if stop else len(sentence)
        found.update(at for at, _, _ in dates if cue.end() <= at < end)
    return frozenset(found)


def _within_advice(between: str) -> bool:
    """Whether ``between`` (a founding verb's clause up to its "by") ends inside an advice phrase
    ("on the advice of a mission of experts led by"): no comma, semicolon, colon or bracket
    after the cue closes it first, so the agent is the adviser's, not the founding's."""
    cue = _ADVICE_OF.search(between)
    while cue is not None:
        if _advice_end(between, cue.end()) is None:
            return True
        cue = _ADVICE_OF.search(between, cue.end())
    return False


# "it took its present name in 1845" (lexicon/rename-date-leads.csv): the date of a rename.
_RENAME_BEFORE = re.compile(
    rf"\b(?:{lexicon.spaced_alternation(p for (p,) in lexicon.table('rename-date-leads'))})\s(?:in|on)\s$", re.I
)
_RENAME_REACH = 40


def _rename_dates(sentence: str) -> frozenset[int]:
    """The starts of the dates right after a change of name ("Founded as the X, it took its
    present name in 1845"): the year of the name, no founding date."""
    return frozenset(
        at
        for at, _, _ in _sentence_dates(sentence)
        if _RENAME_BEFORE.search(sentence, max(0, at - _RENAME_REACH), at) is not None
    )


def _change_dates(sentence: str) -> frozenset[int]:
    """The starts of the dates of later changes ("amended 1959", "amended in 1959 and 1988"):
    a change verb right before a date, and the dates listed after it."""
    starts: set[int] = set()
    previous: int | None = None
    for at, end, _ in _sentence_dates(sentence):
        after_change = previous is not None and _DATE_LIST_GLUE.fullmatch(sentence, previous, at) is not None
        if after_change or _CHANGED_BEFORE.search(sentence, max(0, at - _CHANGED_REACH), at):
            starts.add(at)
            previous = end
        else:
            previous = None
    return frozenset(starts)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s$", re.I)
_LOWER_NOUN_AFTER = re.compile(r"\s[a-z]")


# "the Exposition de Bruxelles of 1897, installed by …": a year after "of" and a name
_OF_BEFORE = re.compile(r"\s(?:of|de)\s$")


def _named_event_year(sentence: str, span: tuple[int, int, DateValue]) -> bool:
    """ "the colonial section of the Exhibition of 1897, installed by the King": a year that
    names an event or body ("the Exhibition of 1897", "the Congress of 1921") before the verb
    dates that, not what the verb tells of ("in December of 1897" is a date: a month)."""
    start, _, value = span
    of = _OF_BEFORE.search(sentence, max(0, start - 6), start)
    if value.month is not None or of is None:
        return False
    word = sentence[max(0, of.start() - 40) : of.start()].rsplit(None, 1)[-1:]
    return bool(word) and word[0][:1].isupper() and word[0].lower().rstrip(".") not in MONTHS


def _attributive_year(sentence: str, span: tuple[int, int, DateValue]) -> bool:
    """ "in the wake of the 1920 floods": a year that qualifies a noun dates no founding."""
    start, end, value = span
    return (
        value.month is None
        and bool(_DETERMINER_BEFORE.search(sentence[max(0, start - 6) : start]))
        and bool(_LOWER_NOUN_AFTER.match(sentence, end))
    )


# "by A", "at the initiative of A", "by decision of A", "as a joint venture of A and B": who
# founded it
_AGENT = re.compile(
    r"(?:^|\s)(?:(?:by|at|on|upon)\s+(?:the\s+)?(?:decision|resolution|order)\s+of|by"
    r"|(?:at|on|upon)\s+the\s+(?:initiative|instigation)\s+of"
    r"|(?:as\s+)?an?\s+joint\s+venture\s+(?:of|between|by))\s+(?P<agent>[^;]+)"
)
# "…, signed by", "adopted by": a signing participle inside the agent (lexicon role signed); a
# list after it names who signed or adopted the instrument, not who founded the organization
_SIGNING_AGENT = re.compile(rf"\b(?:{spaced_alternation(cues('signed'))})\s+by\b", re.I)
# "as the X", ", with a group": a phrase after the agent; a founder cue after it ("led by B")
# belongs to that phrase's group, not to the founding agent; "by A and B through the
# merger of four firms: C, D, E and F": the list after the colon is what "through" merged
_PHRASE_BEFORE_CUE = re.compile(r"(?:,\s+with|\sas|\sthrough|\svia)\s")
# "by A together with B", "A along with B": one more founder
_TOGETHER_WITH = re.compile(r"(?<!\s)\s+(?:together|along)\s+with\s+")
# Where an agent phrase stops: a mark, or (a guarded search, see _before) a word after spaces.
# "by the X Association, now known as Y": the founder's later name, told after its name then
# (lexicon role later-name); the founder is X, never Y
_LATER_NAME_STOP = re.compile(rf",\s+(?:{spaced_alternation(cues('later-name'))})\b", re.I)
_AGENT_STOPS = (
    # (?<!\s) after the colon is always true; it keeps the lookahead's own search linear
    # (", by the initiative of B": a second "by" phrase tells how, not who)
    re.compile(r",\s+(?:which|who|whose|on|in|at|as|with|by|taking|and\s+(?:in|on))\b|:(?!(?<!\s)\s*[A-Z])"),
    re.compile(
        r"(?<!\s)\s+(?:(?:on|in|at|as|with|to|under|through|via|after|following|during|from|for|when|who|which"
        r"|taking)\s|\(|and\s+(?!(?:the|his|her|their)\s)(?=[a-z]))"
    ),
    _LATER_NAME_STOP,
)
_BEQUEST = re.compile(r"(?:the\s+|a\s+)?(?:bequest|legacy|will)\s+of\s+", re.I)
_NO_FOUNDER = re.compile(rf"(?:the\s+)?(?:{spaced_alternation(cues('no-founder'))})\b", re.I)
_FOUNDER_CUES = (
    re.compile(rf"[:,]\s*(?:{spaced_alternation(cues('founder-cue'))})\s+|:\s+"),
    re.compile(rf"(?<!\s)\s+(?:{spaced_alternation(cues('founder-cue'))})\s+"),
)
_OTHERS = (
    re.compile(r",\s+(?:among others|and others|et al\.?)\b"),
    re.compile(r"(?<!\s)\s+(?:among others|and others|et al\.?)\b"),
)
_CUED_AGENT_STOPS = (
    re.compile(r",\s+(?:who|which|as)\b"),
    re.compile(r"(?<!\s)\s+(?:on|in|at|who|which)\s"),
    _LATER_NAME_STOP,
)
_LIST_COMMA = re.compile(r",\s*(?:and\s+)?")
_LIST_AND = re.compile(r"(?<!\s)\s+and\s+")
_LIST_AMPERSAND = re.compile(r"&\s+(?=[A-Z][a-z]+\s)")
# "by A + B": a note's spaced "+" joins two founders as "and" does (unspaced, "A+B" is one name)
_LIST_PLUS = re.compile(r"(?<!\s)\s+\+\s+(?=[A-Z])")


def _leftmost(text: str, patterns: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    """The leftmost match of any of ``patterns`` (the earlier pattern on a tie)."""
    return next(_leftmost_matches(text, patterns), None)


def _leftmost_matches(text: str, patterns: tuple[re.Pattern[str], ...]) -> Iterator[re.Match[str]]:
    """Every match of any of ``patterns``, leftmost first (the earlier pattern on a tie). Each
    pattern is searched again only once its match is passed (linear)."""
    ahead = [pattern.search(text) for pattern in patterns]
    while True:
        found = [m for m in ahead if m]
        if not found:
            return
        match = min(found, key=lambda m: m.start())
        yield match
        for index, pattern in enumerate(patterns):
            if ahead[index] and ahead[index].start() <= match.start():  # type: ignore[union-attr]
                ahead[index] = pattern.search(text, match.start() + 1)


def _without_others(agent: str) -> str:
    """``agent`` without ", among others", "et al." … and the rest of its (last) line."""
    for match in _leftmost_matches(agent, _OTHERS):
        newline = agent.find("\n", match.end())
        if newline in (-1, len(agent) - 1):
            return agent[: match.start()] + (agent[newline:] if newline != -1 else "")
    return agent


def _firm_after(text: str, start: int) -> bool:
    """Whether the words from ``start`` to the next comma or "and" end in a legal form."""
    ends = [m.start() for m in (_LIST_AND.search(text, start),) if m]
    comma = text.find(",", start)
    end = min([*ends, *([comma] if comma >= 0 else [])], default=len(text))
    words = text[start:end].split()
    return len(words) >= 2 and is_legal_form(words[-1])


def _list_pieces(agent: str) -> list[str]:
    """``agent`` split at commas, "and" or "+" between spaces, and "&" before a capitalised word
    (spaces before it included), as one ``re.split`` over their alternation."""
    patterns = (_LIST_COMMA, _LIST_AND, _LIST_AMPERSAND, _LIST_PLUS)
    ahead = [pattern.search(agent) for pattern in patterns]
    pieces = []
    begin = 0
    while True:
        found = []
        for index, pattern in enumerate(patterns):
            match = ahead[index]
            if match is not None and match.start() < begin:
                match = ahead[index] = pattern.search(agent, begin)
            while pattern is _LIST_AMPERSAND and match is not None and _firm_after(agent, match.end()):
                match = ahead[index] = pattern.search(agent, match.end())  # "Fell & Birk Ltd": one firm
            if match is None:
                continue
            start = match.start()
            if pattern is _LIST_AMPERSAND:
                while start > begin and agent[start - 1].isspace():
                    start -= 1  # "\s*&": the spaces before it belong to the separator
            found.append((start, match.end()))
        if not found:
            break
        start, end = min(found)
        pieces.append(agent[begin:start])
        begin = end
    pieces.append(agent[begin:])
    return pieces


_LONGEST_LIST = 1200  # characters: a dozen founding companies with their legal forms fit


def _before_full_stop(text: str) -> str:
    """``text`` up to its first full stop that ends a sentence (extract/sentences.py: not
    the stop of an initial, of a title, or one a lowercase word or a comma follows)."""
    for found in sentence_ends(text):
        if text[found.stop] != "." or found.end != found.stop + 1:
            continue  # only a bare full stop ends the clause here
        word = text[: found.stop].rsplit(None, 1)[-1].lstrip("(\"'“")
        # "… and Moor Textiles, Inc.", "… John D. Rockefeller Jr.": the stop of a legal form or
        # of another abbreviation written after a name stays with it
        entry = abbreviation(word + ".")
        keeps_stop = is_legal_form(word + ".") or (entry is not None and entry.position == "after")
        return text[: found.end if keeps_stop else found.stop]
    return text


def _founders_after(after: str) -> list[Mention]:
    """ "… in Berlin by A, B and C on 1 May 1958" → A, B, C; nothing unless every piece is a name."""
    # the agent lies within a list's length of the verb (bounded: linear on run-on lines)
    clause = _before_full_stop(after[: 2 * _LONGEST_LIST].split(";")[0])
    match = _AGENT.search(clause)
    if not match:
        return []
    between = clause[: match.start() + 1]
    after_comma = between[between.find(",") :] if "," in between else ""  # "as a registered charity by": one clause
    if (
        _OTHER_PARTICIPLE.search(between)
        or _PARTICIPLE_BETWEEN.search(after_comma)
        # "… examinations previously conducted in the region by X": X conducted them
        or _other_participle_phrase(between)
    ):
        return []  # "incorporated under a charter granted by the Legislature": the grantor, no founder
    if _SECOND_PREDICATE.search(between) or _within_advice(between):
        # "established in 1892 and was renamed after the annexation by Britain": another verb's agent;
        # "on the advice of a mission led by A": A advised (or led the advisers), founded nothing
        return []
    agent = match["agent"]
    if _GERUND.match(agent):
        return []  # "created by absorbing X": X is absorbed (a predecessor), no founder
    instrument = find_instrument(agent[:_INSTRUMENT_REACH])
    article = _ARTICLE.match(agent)
    if instrument and agent[article.end() if article else 0 :].startswith(instrument.name):
        # "by the X Research, Bangladesh Ordinance": an instrument, cut at its comma; "by Royal
        # Warrant of King Charles II": the monarch who granted it founded it
        granted = _grantor(instrument.name, agent[(article.end() if article else 0) + len(instrument.name) :])
        return [granted] if granted else []
    bequest = _BEQUEST.match(agent)
    if bequest:  # "founded by bequest of A (1723–1784) in 1791": the testator founded it
        testator = person(agent[bequest.end() :])
        return [testator] if testator else []
    no_founder = _NO_FOUNDER.match(agent)
    if no_founder:
        granted = _granting_monarch(agent[no_founder.end() :])  # "by order of King Frederick I"
        return [granted] if granted else []
    cue = _leftmost(agent, _FOUNDER_CUES)
    if cue and _SIGNING_AGENT.search(agent, 0, cue.start()):
        return []  # "by the X Declaration, signed by the heads of state: A, B": A and B signed it
    if cue and _PHRASE_BEFORE_CUE.search(agent, 0, cue.start()):
        cue = None  # "by A as the X College, with a group of monks led by B": B led the group, A founded it
    if cue:
        agent = agent[cue.end() :]
    counted = None if cue else _counted_group(agent)
    if counted:  # "by two island doctors, A and B": the names after the group
        agent = agent[counted.names_start : counted.names_end]
    whole = _without_appositives(
        _without_others(_LOWER_NOTE.sub("", _LOWER_DASH_NOTE.sub("", _TOGETHER_WITH.sub(" and ", agent))))
    )
    agent = _before(whole, *(_CUED_AGENT_STOPS if cue else _AGENT_STOPS))
    if len(agent) > _LONGEST_LIST:
        return []  # no list of founders is this long: a run-on phrase
    pieces = _with_legal_forms(_list_pieces(clean(agent)))
    founders = _mentions(pieces) or _one_word_firms(pieces)
    if counted and len(founders) != counted.size:
        return []  # "by two engineers, A and others": the group is not all named
    if not founders:
        return founders
    return [*founders, *_with_persons(whole[len(agent) :]), *_group_members(clause)]


def _other_participle_phrase(between: str) -> bool:
    """Whether ``between`` (a founding verb's clause up to its "by") holds a participle of a verb
    other than a founding verb, with its own adverbial after it."""
    founding = {verb.phrase for verb in _founding_verbs()}
    return any(found["verb"] not in founding for found in _PARTICIPLE_PHRASE.finditer(between))


# "by A, with B.": persons after "with" closing the agent's clause founded it with A
_WITH_PERSONS = re.compile(r",?\s+with\s+(?P<names>[A-Z][^,;()]{2,80}(?:,\s+(?:and\s+)?[A-Z][^,;()]{2,80}){0,4})")
# The clause ends at the stop, or where a purpose clause begins ("…, with B and C, to monitor X").
_CLAUSE_END = re.compile(r"[\s.]*$|,\s(?:in\sorder\s)?to\s(?!whom\b|which\b)[a-z]{2,20}\b")


def _with_persons(rest: str) -> list[Mention]:
    """The persons a "with" phrase right after the founders names, when the names close the
    clause ("by A, with B and C."); nothing when anything else follows them ("with B as its
    secretary", "with Ford Foundation money") or a piece is no person ("with the Y Trust")."""
    found = _WITH_PERSONS.match(rest)
    if found is None or not _CLAUSE_END.match(rest, found.end()):
        return []
    named = [person_name(piece) for piece in _list_pieces(clean(found["names"]))]
    return [name.mention() for name in named if name] if named and all(named) else []


# "set up by the Government, with Dr. A as its founder Director": a person the founding clause
# gives a founder title (legislation-cues role founder-title; "first director" is no founder,
# nor "founder of" another body). The name runs to "as" within a bounded reach.
_WITH_FOUNDER_TITLE = re.compile(
    r"\bwith\s+(?P<who>[A-Z][^,;()]{2,80}?)\s+as\s+(?:(?:its|the|their|our)\s+)?"
    rf"(?i:{spaced_alternation(cues('founder-title'))})\b(?!\s{{1,3}}of\b)"
)
_WITH_FOUNDER_REACH = 400  # characters after the verb: the founding clause, not a later sentence


def _with_founder_title(after: str) -> list[Mention]:
    """ "…, with Dr. A as its founder Director" → A (a person), in the verb's own sentence."""
    clause = _before_full_stop(after[:_WITH_FOUNDER_REACH])
    named = [person_name(found["who"]) for found in _WITH_FOUNDER_TITLE.finditer(clause)]
    return [name.mention() for name in named if name]


# "founded 25 Nov 1802 when Count X donated his library to the nation": a "when" clause right after
# the verb's date and place whose subject gives what it began with (lexicon role founding-gift)
_WHEN = re.compile(r",?\swhen\s")
_WHEN_REACH = 60  # characters from the verb to "when": its date and place, no clause of their own
_GIFT_VERB = re.compile(rf"\s(?:{spaced_alternation(cues('founding-gift'))})\s")
_GIVER_REACH = 80  # characters of the giver's name (and a title) before the gift's verb
_BETWEEN_VERB_AND_WHEN = re.compile(r"[,;:()]|\s(?:and|but|after|before|until|which|who)\s")
_POSSESSIVE = re.compile(r"['’]s\b")


def _giver_when(after: str) -> list[Mention]:
    """The persons whose gift a "when" clause after a founding verb tells of ("established in 1850
    when Sir John Ashby gave his estate to the county"): the givers founded it. Nothing when the
    clause is not right after the verb's date and place, or its subject is no person's name
    ("when the count donated", "when the county gave", "when Ashby's widow gave")."""
    clause = _before_full_stop(after[: _WHEN_REACH + _GIVER_REACH + 20].split(";")[0])
    when = _WHEN.search(clause, 0, _WHEN_REACH)
    if when is None or _BETWEEN_VERB_AND_WHEN.search(clause, 0, when.start()):
        return []  # "founded in 1850 and moved in 1900 when …": another verb's time
    gift = _GIFT_VERB.search(clause, when.end(), when.end() + _GIVER_REACH)
    if gift is None:
        return []
    who = clause[when.end() : gift.start()]
    if _POSSESSIVE.search(who):
        return []  # "when John Ashby's widow gave …": someone named by another
    givers = _mentions(_list_pieces(who))
    return givers if givers and all(m.kind == "person" for m in givers) else []


@dataclass(frozen=True)
class _CountedGroup:
    size: int  # how many the group's count word says
    names_start: int  # where its list of names starts in the agent phrase
    names_end: int | None = None  # where a list enclosed by two dashes ends


_GROUP_HEAD_WORDS = 5  # "the two young island doctors": a count and a few lowercase words
_GROUP_LEAD_WORDS = 2  # "the said eight", "the original three": words before the count
# ", A and B" or " — A, B and C —": what comes between the counted group and its names
_GROUP_SEPARATOR = re.compile(r",\s|\s[—–]\s")
_CLOSING_DASH = re.compile(r"\s[—–](?:\s|$)")


def _counted_group(agent: str) -> _CountedGroup | None:
    """ "two island doctors, A and B", "the three merchants, A, B and C", "the said eight — A,
    …, and H —": a counted group (lowercase words around its count; after the count a plural
    noun or nothing), then after its comma or dash the names (as many as the count says; the
    caller checks). A list opened by a dash ends at the closing dash."""
    separator = _GROUP_SEPARATOR.search(agent, 0, 80)
    words = agent[: separator.start()].split() if separator else []
    if words and words[0] == "the":
        words = words[1:]
    if (
        not words
        or len(words) > _GROUP_HEAD_WORDS
        or not all((w.isalpha() and w.islower()) or w.isdigit() for w in words)
    ):
        return None
    at = next((i for i, w in enumerate(words[: _GROUP_LEAD_WORDS + 1]) if _count(w) is not None), None)
    size = _count(words[at]) if at is not None else None
    if separator is None or at is None or size is None or size < 2:
        return None
    nouns = words[at + 1 :]
    if (nouns and not nouns[-1].endswith(("s", "men", "women", "people"))) or (
        not nouns and at == 0 and "," in separator[0]
    ):
        return None  # "by two, A and B" reads as a date or a count of something else
    if not separator[0].strip(" ,"):
        return _CountedGroup(size, separator.end())
    closing = _CLOSING_DASH.search(agent, separator.end())
    return _CountedGroup(size, separator.end(), closing.start() if closing else None)


def _count(word: str) -> int | None:
    """ "eight", "8": a count word of ``number-words.csv`` or digits."""
    return int(word) if word.isdigit() else lexicon.number_words().get(word)


# "by A, …, together with a small group of colleagues that included B, C and D": the group's
# named members found it with A (lexicon role group-of); every piece must be a person. The
# comma joins the group to the founders ("A, who worked with a group that included B": no)
_GROUP_MEMBERS = re.compile(
    rf",\s+(?:together|along)\s+with\s+(?:an?|the|his|her|their)\s+(?:[a-z]{{2,20}}\s+){{0,3}}?"
    rf"(?:{spaced_alternation(cues('group-of'))})\s+of\s+[a-z]{{2,20}},?\s+(?:(?:that|who|which)\s+)?"
    r"(?:included|including|among\s+(?:them|whom)(?:\s+were)?)\s+"
)


def _group_members(clause: str) -> list[Mention]:
    match = _GROUP_MEMBERS.search(clause)
    if match is None:
        return []
    listed = _before(clause[match.end() :], *_SIGNER_LIST_ENDS)
    found = [person_name(piece) for piece in _list_pieces(clean(listed))]
    return [name.mention() for name in found if name] if found and all(found) else []


_AND_NAME = re.compile(r"(?:and\s+)?(?:the\s+)?[A-Z]")
# Another verb's participle just before "by" ("a charter granted by", "an act passed by", "the
# decree signed by", "funded by"): the agent is that verb's, not the founding verb's.
_OTHER_PARTICIPLE = re.compile(r"\s[a-z]{2,20}(?:ed|en|wn)(?:\s[a-z]{2,20}ly)?\s$")
# "founded in 1960, as the X, a project of Y financed largely by Z": a participle of another
# verb in a later clause before "by" takes that agent (Z financed it, founded nothing)
_PARTICIPLE_BETWEEN = re.compile(r"\s[a-z]{3,20}ed\s")
# "established in 1952 and took over the examinations previously conducted in the region by
# X": a participle of another verb, then its own adverbial ("in", "at" …), before "by" takes
# that agent (X conducted the examinations, founded nothing); "as a registered charity by" (a
# participle before its noun) and a founding verb's participle ("and incorporated in 1905 by")
# are no other verb
_PARTICIPLE_PHRASE = re.compile(
    r"\s(?P<verb>[a-z]{3,20}ed)\s(?:[a-z]{2,20}ly\s)?"
    rf"(?:{lexicon.alternation(lexicon.adverbial_prepositions('participle'))})\s"
)
_INSTRUMENT_REACH = 400  # characters of an agent searched for an instrument's title
# "… and was renamed …", "… but has since …": a second predicate of the subject before "by"
_SECOND_PREDICATE = re.compile(r"\s(?:and|but)\s(?:was|were|is|are|has|have|had|became)\s")
_ARTICLE = re.compile(r"(?:the|an?)\s+", re.I)
# "created by absorbing the older bodies": "by" with a gerund names a means, no agent
_GERUND = re.compile(r"[a-z]{2,20}ing\s")


# "Ada Fell (a chemist) and …": a lowercase note after a name says who they are
_LOWER_NOTE = re.compile(r"\s?\((?=[a-z])[^()]{1,60}\)")
# "by A — he'd run X — with B": an aside between spaced dashes opening in lowercase, as a
# lowercase note in brackets, is no part of the founders' list.
_LOWER_DASH_NOTE = re.compile(r"\s[—–]\s(?=[a-z])[^—–]{1,80}?\s[—–](?=\s)")


def _without_appositives(agent: str) -> str:
    """``agent`` without a lowercase description between commas after a founder, where a
    further name follows ("A, then a lecturer at X, and B" → "A, and B"); the stops would
    otherwise end the list inside the description."""
    pieces = agent.split(", ")
    kept = pieces[:1]
    for index, piece in enumerate(pieces[1:], start=1):
        later = pieces[index + 1 :]
        description = piece[:1].islower() and not _AGENT_STOPS[0].match(", " + piece) and _appositive(piece)
        if description and later and _AND_NAME.match(later[0]):
            continue
        if description and _closing_description(piece, later):
            break  # "by A, a lawyer and labor organizer, and now counts …": the list ended with A
        kept.append(piece)
    return ", ".join(kept)


# ", and now counts …", ", and later moved …": the subject's next predicate, not a further founder
_INDEFINITE_DESCRIPTION = re.compile(r"(?:a|an)\s[a-z]")
_TWO_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]{0,40}\s[A-Z]")  # "Ann Cole": a name inside the description
_AND_PREDICATE = re.compile(r"and\s(?!(?:the|a|an|his|her|their|its|by)\s)[a-z]")


def _closing_description(piece: str, later: list[str]) -> bool:
    """Whether the description ``piece`` after a founder's name closes the list: nothing or the
    subject's next predicate follows, and any "and" inside it joins no further name ("a lawyer
    and Gandhian labor organizer" describes one person; "a lawyer and Ann Cole" names another)."""
    if not _INDEFINITE_DESCRIPTION.match(piece) or (later and not _AND_PREDICATE.match(later[0])):
        return False  # "his son John D. Rockefeller Jr. and …": a kin description names someone
    return _TWO_CAPITALISED.search(piece) is None


def _with_legal_forms(pieces: list[str]) -> list[str]:
    """List pieces with a legal form cut off by a comma joined to its name again
    ("Acme Devices", "Inc." → "Acme Devices, Inc.")."""
    joined: list[str] = []
    for piece in pieces:
        if joined and is_legal_form(clean(piece)):
            joined[-1] = f"{clean(joined[-1])}, {piece.strip(' ,')}"
        else:
            joined.append(piece)
    return joined


# "his son John D. Rockefeller Jr.", "her adviser Ruth Hale": a further person, no appositive
_KIN_DESCRIPTION = re.compile(r"(?:his|her|their)\s")
# "engineers Ada Fell", "German zoologist Anton Dohrn": a lowercase description, after at most
# one capitalised adjective (a nationality), before a person's name
_DESCRIPTION_BEFORE = re.compile(
    r"(?:(?:the|his|her|their)\s+)?(?:[A-Z][a-z]{2,20}(?:-born)?\s(?=[a-z]))?(?:[a-z][a-z-]{1,20}\s){1,2}(?=[A-Z])"
)
# "Prince Alexander Petrovich of Oldenburg": a title of nobility (lexicon), given names and a
# territorial "of <Place>"; the founder is named without the title
# (a hurried hand writes the title in lowercase: "count Széchényi Ferenc")
_NOBLE = re.compile(
    rf"(?:{lexicon.alternation((*lexicon.nobility_titles(), *(t.lower() for t in lexicon.nobility_titles())))})\s"
    r"(?P<name>[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,3}(?:\s(?:of|von|zu|de|di)\s[A-Z][\w'’-]{1,30})?)"
)


def _noble_person(piece: str) -> Mention | None:
    """The founder a title of nobility introduces, the title left off; a single name keeps its
    title ("Prince Albert": without it no name check passes)."""
    found = _NOBLE.fullmatch(piece)
    if found is None or " " not in found["name"] or has_org_word(found["name"]):
        return None
    heads = _org_head_words()
    if any(word.lower() in NOT_PERSON_WORDS or word.lower() in heads for word in found["name"].split()):
        return None  # "the Prince Albert Trust": an organization named after him
    return Mention(found["name"], "person")


@cache
def _org_head_words() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.org_head_words())


def _described_person(piece: str) -> PersonName | None:
    """ "engineers Ada Fell", "her husband Tom Birk": a person after a lowercase description."""
    found = _DESCRIPTION_BEFORE.match(piece)
    if not found or _PHRASE_STOPS.intersection(found.group().split()):
        return None  # "members of Kendal Rotary": a preposition, no description of a person
    return person_name(piece[found.end() :])


def _proper_with_legal_form(name: str) -> bool:
    """A proper name, a lowercase legal form after it included ("Lys Water plc", "Acme gGmbH")."""
    if is_proper_name(name):
        return True
    words = name.split()
    return len(words) >= 3 and is_legal_form(words[-1]) and is_proper_name(" ".join(words[:-1]).rstrip(","))


def _mentions(pieces: list[str], *, joined: bool = False) -> list[Mention]:
    """A person or organization for each piece, an appositive after a person skipped; nothing
    unless every other piece is a name. ``joined``: the caller dropped the appositives between
    commas already, so a described person after "and" is one more person ("A and physicist B")."""
    founders: list[Mention] = []
    for index, piece in enumerate(pieces):
        described = _described_person(clean(piece))
        kin = described is not None and (joined or bool(_KIN_DESCRIPTION.match(clean(piece))))
        if index and founders and founders[-1].kind == "person" and _appositive(clean(piece)) and not kin:
            continue  # "by Louis Napoleon, King of Holland", "by X, then editor of Y": about X
        piece = re.sub(r"^the\s+", "", clean(piece))
        if not piece or LEGAL_INSTRUMENT.search(piece) or re.search(r"\d", piece):
            return []
        noble = _noble_person(piece) or _regnal_name(piece)  # "King William I" is William I
        if noble is not None:
            founders.append(noble)
            continue
        origin = _ORIGIN_BEFORE.match(piece)
        if origin and origin["born"]:  # "German-born Otto Meyer": the adjective is no given name
            found = person_name(piece[origin.end() :])
            if found is None:
                return []
            founders.append(found.mention())
            continue
        found = (
            (person_name(piece[origin.end() :]) if origin else None) or person_name(piece) or _described_person(piece)
        )
        org = org_mention(piece)
        if found and not (org and org.acronym):
            founders.append(found.mention())
        elif org and _proper_with_legal_form(org.name) and not _titled_person(org.name):
            founders.append(org)
        else:
            return []
    return founders


# "founded in 1998 by Ericsson, IBM, Intel and Nokia": a list of three or more
# one-word names (a capitalised word or an acronym) is a list of firms; a lone one-word agent
# or a pair ("by Hewlett and Packard": surnames?) stays unread, and so does a list with a
# country, a title, a month, a word of an organization's kind ("Parliament") or any other word
_ONE_WORD_FIRM = re.compile(r"[A-Z][a-z]{2,20}|[A-Z][A-Z0-9]{1,6}")
_FIRMS_AT_LEAST = 3


def _one_word_firm(piece: str) -> Mention | None:
    if not _ONE_WORD_FIRM.fullmatch(piece) or piece.lower() in NOT_PERSON_WORDS or piece.lower() in MONTHS:
        return None
    if is_title_only(piece) or is_country(piece) or is_subdivision(piece) or has_org_word(piece):
        return None
    return Mention(piece, "organization")


def _one_word_firms(pieces: list[str]) -> list[Mention]:
    """The firms of a list of three or more one-word names, each of them; nothing otherwise."""
    if len(pieces) < _FIRMS_AT_LEAST:
        return []
    firms = [_one_word_firm(clean(piece)) for piece in pieces]
    return [firm for firm in firms if firm is not None] if all(firms) else []


# "German-born Otto Meyer", "British Ann Roe": where a person was born or their nationality
# (lexicon nationality-adjectives) before the name is no part of it
_ORIGIN_BEFORE = re.compile(
    rf"(?:(?P<born>[A-Z][a-z]{{2,20}}-born)|{lexicon.alternation(lexicon.nationality_adjectives())})\s(?=[A-Z])"
)


def _titled_person(name: str) -> bool:
    """ "King Frederick I of Prussia": a person's title first and no organization's word (the
    person reader does not read it, but it is no organization; "Queen Mary College" is)."""
    if PERSON_TITLES.match(name) is None or has_org_word(name):
        return False
    return not any(word.strip(".,").lower() in NOT_PERSON_WORDS for word in name.split())


_TITLE_OF = re.compile(r"(?<!\s)\s+(?:of|for|at|to)\s")


def _appositive(piece: str) -> bool:
    """A phrase after a founder's name that describes them: a title or role ("King of
    Holland", "the then Minister of Works") or a lowercase description ("then editor of X")."""
    if not piece:
        return True
    if re.match(r"(?:a|an)\s", piece):
        return True  # "a Kendal engineer": an indefinite article starts no name
    bare = re.sub(r"^(?:the|its|their|a|an)\s+(?:then\s+)?", "", piece)
    if piece[0].islower() and (bare == piece or bare[:1].islower()):
        return True  # "then editor-in-chief of X", "a hydrologist"
    if piece[0].islower() and _nationality_description(bare):
        return True  # "the French foreign minister": a nationality, then lowercase words
    return is_title_only(_before(bare, _TITLE_OF))


def _nationality_description(bare: str) -> bool:
    """ "French foreign minister", "Belgian banker": a nationality adjective (lexicon/
    nationality-adjectives.csv) and lowercase words only, describing the name before it."""
    first, _, rest = bare.partition(" ")
    words = rest.split()
    return first in lexicon.nationality_adjectives() and bool(words) and all(w.islower() for w in words)


def founder_phrase(text: str) -> str | None:
    """The phrase after "founded by" etc. that names an agent (a named act is no founder)."""
    for agent in founded_by_agents(text):
        who = clean(agent)
        if not (LEGAL_INSTRUMENT.search(who) or re.search(r"\blegislation\b", who, re.I)):
            return who
    return None


# --- the readers ------------------------------------------------------------------------------


# "Reform: …", "Amendment (1996): …": the label of a Legislation line about a later change
_LATER_LABEL = re.compile(rf"(?:{spaced_alternation(cues('later-label'))})\b[^:\n]{{0,40}}:", re.I)


# "Founding: …", "Founding treaty: …", "Founded (Berlin): …": the label of the line that dates the founding
_FOUNDING_LABEL = re.compile(rf"(?:{spaced_alternation(cues('founding-label'))})\b[^:\n]{{0,40}}:", re.I)


def _labelled_founding_date(lines: list[str]) -> DateValue | None:
    """ "Founding: communiqué of the Moscow conference, January/1949": the first event date
    on the line labelled as the founding (a title's own year is none)."""
    for line in lines:
        label = _FOUNDING_LABEL.match(line)
        if label:
            # the label's own statement only ("Founding act: X Act, 1936. Current
            # governing act: Y Act (1991)": the next sentence's date is another act's)
            rest = _before_full_stop(line[label.end() :])
            spans = event_date_spans(rest)
            if spans and not _approximate(rest, spans[0][0], spans[0][1]):  # "Founded: c. 1890"
                return spans[0][2]
    return None


# A Legislation line's record key ("Current statutory basis (not founding): …") that
# says the line is not about the founding (lexicon not-founding-record-keys.csv)
_NOT_FOUNDING_KEY = re.compile(
    rf"(?<!\w)(?:{spaced_alternation(w for (w,) in lexicon.table('not-founding-record-keys'))})(?!\w)", re.I
)
_RECORD_KEY = re.compile(r"[^\W\d_][^:;]{0,60}?:(?:\s|$)")  # "Founding Act: ", "Current basis (not founding): "
# "incorporated under the X Act", "registered as a society under the X Act" (lexicon
# legal-form-under-verbs.csv), right before the instrument's title
_LEGAL_FORM_UNDER = re.compile(
    rf"\b(?:{spaced_alternation(w for (w,) in lexicon.table('legal-form-under-verbs'))})"
    r"(?:\s+as\s+an?\s+[\w-]{1,30}(?:\s+[\w-]{1,30})?)?\s+under\s+(?:the\s+)?$",
    re.I,
)
_GENERAL_LAW_REACH = 100  # characters before the title searched for the verb


def _not_founding_line(line: str) -> bool:
    """A line whose record key says it is not about the founding (see above)."""
    key = _RECORD_KEY.match(line)
    return key is not None and _NOT_FOUNDING_KEY.search(key[0]) is not None


def _key_instrument(lines: list[str], instrument: Instrument) -> bool:
    """ "Founding Act: foundation charter of 1364": the instrument found is a line's record key
    made of a founding label alone (legislation-cues role founding-label), a label naming what
    follows, not the title of an instrument ("Dairy Board Act 1961: …" stays a title)."""
    labels = {" ".join(phrase.split()).casefold() for phrase in cues("founding-label")}
    for line in lines:
        key = _RECORD_KEY.match(line)
        name = key[0].rstrip().rstrip(":").strip() if key else ""
        if name == instrument.name and " ".join(name.split()).casefold() in labels:
            return True
    return False


def _under_general_law(text: str, instrument: Instrument, identity: Identity) -> bool:
    """ "n.a. — incorporated under the Swedish Companies Act": a law the organization took its
    legal form under whose title shares no word with the organization's own names is a general
    law it operates under, not its founding instrument."""
    at = text.find(instrument.name)
    if at < 0 or not _LEGAL_FORM_UNDER.search(text[max(0, at - _GENERAL_LAW_REACH) : at]):
        return False
    names = _Names(_bare_identity(identity), defined_acronyms(text), generic_self=True, kind_nouns=frozenset())
    own = {word.lower() for word in names.own_words() if word.lower() not in _GENERIC_TITLE_WORDS}
    title = {word.lower().strip(",.()") for word in instrument.name.split()}
    return not (own & title)


def read_founding(field: Field, identity: Identity) -> ReaderResult:
    """Legislation: the founding instrument, its date and signer, the legal basis, and any
    founding date or founders the field states."""
    # "Reform: Protocolo de Trujillo (1996) – created the Comunidad Andina": a line about a
    # later change founds nothing (neither its instrument nor its date); nor does a line whose
    # key says it is not about the founding ("Current statutory basis (not founding): …")
    lines = [item.text for item in field.items if not (_LATER_LABEL.match(item.text) or _not_founding_line(item.text))]
    text = " ".join(lines)
    # each value line its own statement ("Founder: X (engineer)" / "Statute: own statute")
    instrument = find_instrument("\n".join(lines))
    if instrument and (_key_instrument(lines, instrument) or _under_general_law(text, instrument, identity)):
        instrument = None  # a record key, or a general law it took its legal form under
    reading = read_founding_text(text, identity, about_founding=True)
    if not reading.founders and (listed_founders := _record_founders(lines)):
        reading = replace(reading, founders=tuple(dict.fromkeys(listed_founders)))
    # An executive order is a named instrument but no statute.
    executive_instrument = bool(instrument and _EXECUTIVE.search(instrument.name))
    basis = None
    if _STATUTE.search(text) or (instrument and not executive_instrument):
        basis = "statute"
    elif _EXECUTIVE.search(text):
        basis = "executiveAction"
    elif _ASSOCIATION.search(text):
        basis = "registeredAssociation"
    date = reading.date
    # "(founding act)", "… - created X": the instrument's own date is the founding date
    founds = bool(
        instrument
        and (
            instrument.founds
            or _creates_self(text, instrument, identity)
            or _created_by(text, instrument)
            or _title_establishes_self(text, instrument, identity)
            or _article_creates_self(text, identity)
        )
    )
    if instrument and (own_day := _title_form_date(text, instrument)):
        instrument = replace(instrument, date=own_day)
    if instrument and instrument.date is None and (day := _creation_day_by(text, instrument)):
        # "created the 8 of April of 1949 by the Decree-Law N° 449": the decree made it that day
        instrument, founds = replace(instrument, date=day), True
    if date is None and instrument and founds and instrument.date:
        date = instrument.date
    if instrument and instrument.treaty and instrument.in_force and not reading.stated:
        date = instrument.in_force
    if date and instrument and not instrument.in_force and date == instrument.date and not (reading.stated or founds):
        date = None  # the instrument's own date is not the founding date
    if date is None:  # the line labelled as the founding says it outright
        date = _labelled_founding_date(lines)
    if not (instrument or reading.founders or date or basis):
        return [], None
    founding = Founding(
        date=date,
        founder=reading.founders[0] if reading.founders else None,
        founders=reading.founders[1:],
        legal_basis=basis,
        act=instrument.name if instrument else None,
        act_date=instrument.date if instrument else None,
        act_passed_by=instrument.signer if instrument else None,
        act_signers=instrument.signers if instrument else (),
    )
    if instrument and instrument.signer is None and (listed := _listed_signers(field.items)):
        founding = replace(founding, act_passed_by=listed[0], act_signers=listed[1:])
    elif instrument and instrument.signer is None and (active := _active_signer(lines, instrument.name)):
        founding = replace(founding, act_passed_by=active)
    further = [Founding(act=i.name, act_date=i.date) for i in _further_instruments(lines, instrument, identity)]
    return [founding, *further], None


# "The X Act of 26 July 1957 created the bank. President A B signed the act.": a sentence
# whose subject is a person's full name (a title before it) and whose verb is "signed the <kind of
# instrument>" right after the sentence naming the instrument names its signer ("signed it", another
# subject, or a sentence elsewhere in the field stay unread)
_SIGNED_THE_KIND = re.compile(rf"\ssigned\sthe\s(?:{_INSTRUMENT_WORDS})(?=[\s.,;]|$)", re.I)


def _active_signer(lines: list[str], name: str) -> Mention | None:
    for line in lines:
        found = segments(line)
        for previous, segment in itertools.pairwise(found):
            signed = _SIGNED_THE_KIND.search(segment.text) if name in previous.text else None
            who = segment.text[: signed.start()].strip() if signed else ""
            person = person_name(who) if who and not has_org_word(who) else None
            if person is not None and person.given and len(person.name.split()) >= 2:
                return person.mention()
    return None


# "Федеральный закон от 1 декабря 2007 г. № 317-ФЗ «…» (Federal Law No. 317-FZ …),
# adopted by the Duma on 13 ноября 2007 г.": the title's own date (a full day right after a
# lexicon title-date word) dates the act whose translation the bracket gives, not the votes
_TITLE_DATE_WORD = re.compile(rf"(?<![\w-])(?:{spaced_alternation(lexicon.title_date_words())})\s(?=\d)", re.I)
_TITLE_DATE_REACH = 240  # characters between the title's date word and the bracket


def _title_form_date(text: str, instrument: Instrument) -> DateValue | None:
    """The own date the original title writes before ``instrument``'s bracketed translation."""
    at = text.find("(" + instrument.name)
    if at < 0:
        return None
    head = text[max(0, at - _TITLE_DATE_REACH) : at]
    words = list(_TITLE_DATE_WORD.finditer(head))
    if not words:
        return None
    spans = date_spans(head[words[-1].end() :])
    if not spans or spans[0][0] != 0 or spans[0][2].day is None:
        return None
    between = head[words[-1].end() + spans[0][1] :]
    return None if re.search(r"[()\[\];\n]", between) else spans[0][2]


# "Was created the 8 of April of 1949 by the Decree-Law N° 449": a decree kind (lexicon role
# dated-by-creation) opening the title, a full day right before "by (the)" and the title
_DECREE_KIND = re.compile(rf"(?:{lexicon.alternation(cues('dated-by-creation'))})(?![\w-])", re.I)
_BY_THE_END = re.compile(r"\s(?:by|through)\s(?:the\s)?$")


def _creation_day_by(text: str, instrument: Instrument) -> DateValue | None:
    """The day a founding verb dates right before "by <the decree>" when the decree's title
    gives none: a decree acts the day it is issued."""
    at = text.find(instrument.name)
    if at < 0 or not _DECREE_KIND.match(instrument.name):
        return None
    by = _BY_THE_END.search(text, max(0, at - 16), at)
    if by is None:
        return None
    dated = [(start, value) for start, end, value in _sentence_dates(text[:at]) if end == by.start()]
    if not dated or dated[0][1].day is None:
        return None
    verb = _verb_pattern().search(text, max(0, dated[0][0] - 30), dated[0][0])
    between = text[verb.end() : dated[0][0]] if verb else "."
    if verb is None or not re.fullmatch(r"\s(?:on\s|the\s)?", between) or _negated(text, verb.start()):
        return None
    return dated[0][1]


def _record_founders(lines: list[str]) -> list[Mention]:
    """The founders a Legislation record names ("Founder<TAB>A (another spelling of A)",
    "Founders: A and B"): its key must be a founder key of the lexicon, its value a stated
    value (the status layer decides a null) made only of names; a note in brackets is dropped."""
    founders: list[Mention] = []
    keys = cues("founder-key")
    # a record may also be a later sentence of a line ("X Law, enacted 1962. Founder: A. …")
    pieces = [*lines, *(s.text.removesuffix(".") for line in lines for s in segments(line)[1:])]
    for piece in pieces:
        found = record(_plural_written_out(piece))
        if found is None or found.key not in keys or status_of_text(found.value).status != FieldStatus.STATED:
            continue
        founders.extend(_member_list(_BRACKET_NOTE.sub("", found.value)))
    return founders


# "(another spelling; a third)": a note after a name, dropped before the list is split
_BRACKET_NOTE = re.compile(r"\s?\([^()]{0,200}\)")


# "(b) the X Act 2004, under which the Agency was re-constituted …": a line of an enumerated
# Legislation field naming one more instrument the organization was made under
_UNDER_WHICH = re.compile(r",\s+under\s+which\s")
_WAS_VERB = re.compile(r"was\s(?:[a-z]{2,20}ly\s)?(?:re-?)?(?P<verb>[a-z]+)")
_UNDER_WHICH_REACH = 100  # characters after "under which" searched for its subject and "was"


def _further_instruments(lines: list[str], first: Instrument | None, identity: Identity) -> list[Instrument]:
    """The instruments of Legislation lines after the first instrument's that each say the
    organization was founded (or re-constituted) under them."""
    if first is None:
        return []
    names = _Names(
        _bare_identity(identity), defined_acronyms(" ".join(lines)), generic_self=True, kind_nouns=frozenset()
    )
    found: list[Instrument] = []
    for line in lines:
        instrument = find_instrument(line)
        under = _UNDER_WHICH.search(line)
        if instrument is None or under is None or instrument.name in {first.name, *(i.name for i in found)}:
            continue
        rest = line[under.end() : under.end() + _UNDER_WHICH_REACH]
        at = rest.find(" was ")
        was = _WAS_VERB.match(rest, at + 1) if at > 0 else None
        verb = _verb_pattern().fullmatch(was["verb"]) if was else None
        subject = re.sub(r"^(?:the|The)\s+", "", rest[:at].strip())
        if verb and (names.is_self(subject) or _own_head_noun(subject, names)):
            found.append(instrument)
    return found


# "brought into existence vide the Vesting Order dated …", "established by the X Decree No. 75
# of 1992": a founding verb, then the instrument right after "by": the instrument made it
_BY_BEFORE = re.compile(r"\b(?:by|vide|through)\s+(?:the\s+)?$", re.I)
_RECONSTITUTED = re.compile(rf"\b(?:{spaced_alternation(cues('reconstituted'))})\b", re.I)
_CREATED_BY_REACH = 40  # characters before the instrument searched for the verb and "by"


def _created_by(text: str, instrument: Instrument) -> bool:
    at = text.find(instrument.name)
    if at >= 0 and _RECONSTITUTED.search(text[:at].split(".")[-1]):
        return False  # "in its present form was established by …": a later remaking
    before = text[max(0, at - _CREATED_BY_REACH) : at] if at >= 0 else ""
    by = _BY_BEFORE.search(before)
    if by is None:
        return False
    verb = _verb_pattern().search(before, 0, by.start())
    if verb and not before[verb.end() : by.start()].strip() and not _negated(before, verb.start()):
        return True
    return _created_as_by(text[max(0, at - _CREATED_AS_REACH) : at] if at >= 0 else "")


# "Created as Junta de Energía Nuclear by the Decreto-Ley …": the verb, the organization's first
# name after "as", then "by" right before the instrument
_CREATED_AS_BY = re.compile(r"\sas\s[A-Z][^,;.()]{0,60}?\s(?:by|through)\s(?:the\s)?$")
_CREATED_AS_REACH = 100


def _created_as_by(before: str) -> bool:
    """Whether ``before`` (the text before an instrument) ends "<founding verb> as <Name> by"."""
    created_as = _CREATED_AS_BY.search(before)
    if created_as is None:
        return False
    verb = _verb_pattern().search(before, max(0, created_as.start() - 30), created_as.start() + 1)
    return bool(verb and not before[verb.end() : created_as.start()].strip() and not _negated(before, verb.start()))


_CREATES_REACH = 40  # characters between an instrument's title (with its date) and its verb


# "Agreement Establishing the X (ACR)", "Treaty Establishing the X": a title that says whom the
# instrument establishes; when that is the organization (its name, or its acronym in brackets
# right after the title), the instrument founded it
_ESTABLISHING = re.compile(rf"\s(?:{spaced_alternation(cues('establishing-title'))})\s(?P<whom>[^\n]{{1,200}})")
_ACRONYM_AFTER = re.compile(r"\s{0,2}\((?P<acronym>[A-Z][A-Za-z-]{1,12})\)")


def _title_establishes_self(text: str, instrument: Instrument, identity: Identity) -> bool:
    whom = _ESTABLISHING.search(instrument.name)
    if whom is None:
        return False
    names = _Names(_bare_identity(identity), defined_acronyms(text), generic_self=True, kind_nouns=frozenset())
    at = text.find(instrument.name)
    after = _ACRONYM_AFTER.match(text, at + len(instrument.name)) if at >= 0 else None
    return names.is_self(whom["whom"].removeprefix("the ")) or bool(
        after and identity.acronym and after["acronym"] == identity.acronym
    )


# "The article 1° ", "Article 2 of the law ", "Its first article ": a provision of the field's
# instrument (lexicon role article-of) opening a sentence, then its verb
_ARTICLE_OPENING = re.compile(
    rf"(?:^|(?<=[.;:]\s))(?:(?:The|Its|the|its)\s)?(?:first\s)?(?:{lexicon.alternation(cues('article-of'))})"
    r"(?:\s?(?:\d{1,3}|[IVX]{1,4})(?:\s?[°º.])?)?(?:\s(?:of|from)\s(?:the|this|that|said)\s[a-z]{2,12})?\s",
    re.I,
)


def _article_creates_self(text: str, identity: Identity) -> bool:
    """Whether an article of the field's instrument is said to create the organization ("The
    article 1° established the X as …", "Article 2 of the law creates the X"): the instrument did."""
    names = _Names(_bare_identity(identity), defined_acronyms(text), generic_self=True, kind_nouns=frozenset())
    for opening in _ARTICLE_OPENING.finditer(text):
        verb = _verb_pattern().match(text, opening.end())
        if verb and _verb(verb["verb"]).transitive and _object_is_self(text[verb.end() : verb.end() + 120], names):
            return True
    return False


def _creates_self(text: str, instrument: Instrument, identity: Identity) -> bool:
    """Whether the field says the instrument itself created the organization: its title, then
    within a few words an active founding verb whose object is the organization ("Law 12 of
    11 Dec 1973 - created Inmetro + Sinmetro", "Decree 5/1990, which established the Office")."""
    at = text.find(instrument.name)
    if at < 0:
        return False
    rest = text[at + len(instrument.name) : at + len(instrument.name) + _CREATES_REACH + 80]
    verb = _verb_pattern().search(rest, 0, _CREATES_REACH + 20)
    if verb is None or not _verb(verb["verb"]).transitive or _negated(rest, verb.start()):
        return False
    between = rest[: verb.start()]
    if len(between) > _CREATES_REACH or any(mark in between for mark in ".;"):
        return False
    names = _Names(_bare_identity(identity), defined_acronyms(text), generic_self=True, kind_nouns=frozenset())
    return _object_is_self(rest[verb.end() :], names)


def founding_from_history(
    fields: list[FieldFacts], profile: Profile, identity: Identity | None = None
) -> list[FieldFacts]:
    """One founding date for the organization: Legislation's, else History's, else the
    intro's (a more precise date of the same year from a later field refines it); founders
    from History and the intro join Legislation's."""
    identity = identity or intro_identity(fields)
    if identity is None:
        return fields
    # "founded '57", "est. Apr '53": two-digit years in the century the profile's own years fix
    anchors = short_year_anchors("\n".join(ff.verbatim for ff in fields))
    # a speech's dates in words ("on the second of March, eighteen eighty-three") in figures
    intro = with_spelled_dates(
        _with_full_years(
            _without_acronym_aside(
                _with_label_text(
                    without_dateline(next((ff.verbatim for ff in fields if ff.slug == "intro"), ""), profile), profile
                )
            ),
            anchors,
        )
    )
    date = next((f.date for ff in fields for f in ff.facts if isinstance(f, Founding) and f.date), None)
    known = {
        m
        for ff in fields
        for f in ff.facts
        if isinstance(f, Founding)
        for m in (*f.founders, *([f.founder] if f.founder else []))
    }
    titled = tuple(m for m in founders_by_title(fields) if m not in known)
    if titled:
        index = next(i for i, ff in enumerate(fields) if any(isinstance(f, Post) for f in ff.facts))
        fields[index] = _with_fact(fields[index], Founding(founder=titled[0], founders=titled[1:]))
        known |= set(titled)
    has_act = any(isinstance(f, Founding) and f.act for ff in fields for f in ff.facts)
    persons = _persons_named(fields, identity, intro)
    if date is None:
        fields, date = _with_date_named_beside_no_act(fields, identity, intro, persons)
    created = date is not None  # Legislation's date is the creation's
    legal_form = _legal_form_date(fields, identity, date)  # "set up as a company in 1901"
    # the day an act or treaty was signed, when a later day (its entry into force) stood for the
    # founding date
    signed = next(
        (f.act_date for ff in fields for f in ff.facts if isinstance(f, Founding) and f.date and f.act_date),
        None,
    )
    for slug in ("history", "intro"):
        for index, field_facts in enumerate(fields):
            if field_facts.slug != slug or field_facts.status not in {FieldStatus.STATED}:
                continue
            text = intro if slug == "intro" else with_spelled_dates(_with_full_years(field_facts.verbatim, anchors))
            reading = read_founding_text(text, identity, intro, persons=persons)
            if has_act and reading.instrument is not None:
                fields = _with_act_details(fields, reading.instrument)
                reading = _dated_by_named_act(reading, fields)
            new_date = _date_over(
                reading,
                date,
                created=created,
                signed=signed,
                title_year=_act_title_year(fields, date),
                legal_form=legal_form,
            )
            if new_date is not None:
                created = created or reading.created
                legal_form = reading.legal_form
            founders = tuple(m for m in reading.founders if m not in known)
            instrument = reading.instrument if not has_act else None
            if new_date is None and not founders and instrument is None:
                continue
            if new_date is not None and date is not None:
                fields = [_without_date(ff) for ff in fields]
            date = new_date or date
            known |= set(founders)
            founding = Founding(date=new_date, founder=founders[0] if founders else None, founders=founders[1:])
            if instrument is not None:
                has_act = True
                founding = replace(
                    founding,
                    act=instrument.name,
                    act_date=instrument.date,
                    act_passed_by=instrument.signer,
                    act_signers=instrument.signers,
                    legal_basis=None if _EXECUTIVE.search(instrument.name) else "statute",
                )
            fields[index] = _with_fact(fields[index], founding)
    fields = _with_record_date(_with_catalogue_date(fields), profile.extra_intro)
    fields = _with_labelled_founding_line(fields, identity)
    fields = _with_record_lifespan(fields, identity, profile.extra_intro)
    fields = _settled_numeric_dates(_with_act_day_of_active_span(fields, identity))
    return [_founders_without_honorifics(ff) for ff in fields]


def _with_label_text(intro: str, profile: Profile) -> str:
    """The intro and, when the intro is only the title repeated (a museum label), the prose
    lines after it (lines that end a sentence): the label text tells the founding there;
    a tombstone's place-and-lifespan or medium line is no sentence and stays out."""
    prose = [line for line in profile.extra_intro if line.rstrip().endswith((".", "!", "?", '"', "”"))]
    if not prose:
        return intro
    if not intro.rstrip().endswith((".", "!", "?")):
        # the title alone is no sentence (its name and acronym are the identity's): the label
        # text's first sentence is the intro's first
        return "\n".join(prose)
    return "\n".join((intro, *prose))


def _with_full_years(text: str, anchors: Sequence[int]) -> str:
    """``text`` with each two-digit year that ``dates`` reads with the profile's ``anchors``
    written in full ("'57 → founded by A" → "1957 → founded by A"), so the founding readers,
    which read four-digit years, date it; a decade ("the '80s") or a quote stays."""
    pieces: list[str] = []
    at = 0
    for start, end, value in date_spans(text, anchors) if anchors else ():
        short = SHORT_YEAR.search(text, start, end)
        if short is None or short.start() < at:
            continue
        pieces += [text[at : short.start()], str(value.year)]
        at = short.end()
    return "".join(pieces) + text[at:]


# A speaker's aside between dashes that opens with the short name ("the X — the XO, to everyone
# who waited for its signal — began its work", "X PLC — XP to all of us — was born"): it tells
# the name in passing and stands between the subject and its founding verb.
_ACRONYM_ASIDE = re.compile(r"\s[—–]\s(?:the\s)?[A-Z][A-Z&]{1,9}\b(?![-'’])[^—–.!?;:\n]{0,160}\s[—–](?=\s)")


def _without_acronym_aside(intro: str) -> str:
    """The intro without an aside that gives the short name between dashes."""
    return _ACRONYM_ASIDE.sub("", intro)


def _legal_form_date(fields: list[FieldFacts], identity: Identity, date: DateValue | None) -> bool:
    """Whether the founding ``date`` Legislation states is a legal-form event's ("it was set up
    as a private company in 1901", "incorporated in 1901"): read again from the field's text."""
    if date is None:
        return False
    for field_facts in fields:
        if field_facts.slug != "legislation" or not any(
            isinstance(f, Founding) and f.date == date for f in field_facts.facts
        ):
            continue
        reading = read_founding_text(field_facts.verbatim, identity, about_founding=True)
        return reading.legal_form and reading.date == date
    return False


def _act_title_year(fields: list[FieldFacts], date: DateValue | None) -> bool:
    """Whether the founding ``date`` read so far is only the year in its act's title
    ("established by the X Act 1963"): the act's year, not a day of the body's own start."""
    if date is None or date.month is not None:
        return False
    return any(
        isinstance(f, Founding) and f.date == date and f.act and f.act_date == date and str(date.year) in f.act
        for ff in fields
        for f in ff.facts
    )


def _date_over(
    reading: FoundingReading,
    date: DateValue | None,
    *,
    created: bool,
    signed: DateValue | None,
    title_year: bool = False,
    legal_form: bool = False,
) -> DateValue | None:
    """The date of a History or intro ``reading`` when it replaces the founding ``date`` read
    so far (``created``: that date is a creation's; ``signed``: the day an act was signed;
    ``title_year``: that date is only the year in its act's title; ``legal_form``: that date is
    a legal-form event's)."""
    new = reading.date
    if new is None:
        return None
    if date is None or (_refines(new, date) and new != date):
        return new
    if legal_form and reading.created and not reading.legal_form and new.year < date.year:
        # Legislation: "set up as a private company in 1901"; History: "the School
        # was founded in 1895": it was founded before it took that legal form
        return new
    if title_year and not reading.created and new.month is not None and new.year > date.year:
        # Legislation: "established by the X Act 1963"; History: "it assumed its functions
        # on 1 April 1965", "it began functioning in April 1969": the day or month it began is
        # the only date of its own start stated (a year alone is refused)
        return new
    if reading.created and not created and new.year != date.year:
        # History: "formally opened on 30 March 1958"; the intro: "incorporated in
        # 1953": the creation, not the opening, is the founding
        return new
    if created and not reading.created and new.year < date.year and not reading.title_year:
        # Legislation: "incorporated by Act of Parliament in 1836"; the intro: "it opened
        # in 1745": it ran years before the law gave it a legal form, so it began then (not
        # when the intro's year is only its act's: "constituted under the X Act, 1952")
        return new
    if signed and signed.day and new == signed != date:
        # "est. 1969-10-18" in the intro, the agreement signed that day and in force
        # later: the text dates the founding by the signature
        return new
    return None


def _founders_without_honorifics(field_facts: FieldFacts) -> FieldFacts:
    """Every founder and signer named without the honorifics before the name ("H.H. Sheikh",
    "Tan Sri", "Lt. Gen."): whichever reader found the person, they are removed here, by the one
    function that knows them (people.without_honorifics). A name that is no person's once they
    are gone ("His Highness the Amir") is dropped, never kept with its title."""
    facts = tuple(_plain_founding(fact) if isinstance(fact, Founding) else fact for fact in field_facts.facts)
    return field_facts if facts == field_facts.facts else replace(field_facts, facts=facts)


def _plain_founding(founding: Founding) -> Founding:
    # merged and split again: when the first is dropped (a title alone), the next takes its place
    founders = _plain_persons((*([founding.founder] if founding.founder else []), *founding.founders))
    signers = _plain_persons((*([founding.act_passed_by] if founding.act_passed_by else []), *founding.act_signers))
    return replace(
        founding,
        founder=founders[0] if founders else None,
        founders=founders[1:],
        act_passed_by=signers[0] if signers else None,
        act_signers=signers[1:],
    )


def _plain_person(mention: Mention | None) -> Mention | None:
    if mention is None or mention.kind != "person":
        return mention
    if is_title_only(mention.name):
        return None  # "Rear Adm", "His Highness": a title cut from its name names nobody
    name = _without_descriptor(without_honorifics(mention.name))
    if name == mention.name:
        return mention
    return replace(mention, name=name) if person_name(name) is not None else None


# "Engineer A B and physicist C D founded …", "Industrialist E F set it up": a job noun
# (lexicon role descriptor-noun) capitalised at a sentence's start before a full person name
_DESCRIPTOR = re.compile(rf"(?:{lexicon.alternation(cues('descriptor-noun'))})\s(?=[A-Z])", re.I)


def _without_descriptor(name: str) -> str:
    """``name`` without a job noun before it, when a full name (given and family) follows."""
    found = _DESCRIPTOR.match(name)
    if found is None or not name[:1].isupper():
        return name
    rest = name[found.end() :]
    person = person_name(rest)
    return rest if person is not None and person.given and len(rest.split()) >= 2 else name


def _plain_persons(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple(dict.fromkeys(m for m in map(_plain_person, mentions) if m is not None))


def _with_record_date(fields: list[FieldFacts], extra_intro: Sequence[str]) -> list[FieldFacts]:
    """With no founding date stated anywhere else, the first record that gives one
    ("| established | 1991 |", "est.: 2000-05-04 (treaty date)", "Founded / date: 1957"); a
    record's day of the year stated elsewhere refines it ("Formation<TAB>22 February 1921"
    beside "Established in 1921")."""
    stated = next((f.date for ff in fields for f in ff.facts if isinstance(f, Founding) and f.date), None)
    for index, field_facts in enumerate(fields):
        if field_facts.status is not FieldStatus.STATED:
            continue
        text = "\n".join((field_facts.verbatim, *extra_intro)) if field_facts.slug == "intro" else field_facts.verbatim
        if not field_facts.known and "\n" not in text.strip():
            # a pasted infobox's label on a line of its own, its value under it ("Formation" /
            # "1 September 2011; 15 years ago"): an unknown heading and its one line are a record
            text = f"{field_facts.name}: {text.strip()}"
        records = record_values(text, field_facts.name)
        dates = [r.date for r in records if r.relation == "founded"]
        if not dates or dates[0] is None:
            continue
        founders = _founders_of_records(fields, records)
        first, rest = (founders[0], founders[1:]) if founders else (None, ())
        if stated is None:
            fields[index] = _with_fact(fields[index], Founding(date=dates[0], founder=first, founders=rest))
        elif (_refines(dates[0], stated) and dates[0] != stated) or dates[0].year < stated.year:
            # a founding record ("- Founded: 1998, as a public establishment") dates
            # the founding over a later year the prose gives (an inauguration or opening read as
            # one: "20 June 2006: inaugurated by A"); a later record's year ("Incorporated: 1904"
            # beside "founded in 1897") does not, and a day of the same year still refines it
            fields = [_without_date(ff) for ff in fields]
            fields[index] = _with_fact(fields[index], Founding(date=dates[0], founder=first, founders=rest))
        elif founders:
            fields[index] = _with_fact(fields[index], Founding(founder=first, founders=rest))
        return fields
    return fields


# "- Founded: 1592, by Queen Elizabeth I (via royal charter)", "Founded: October 7,
# 1919, by aviator A B together with a consortium of Dutch businessmen.", "Began operating: May
# 14, 1973." in a field about the organization itself (the intro, Mission, History): a line
# labelled as the founding (lexicon/founding-line-labels.csv) whose value opens with its date.
# The date is read when no field dates the founding; the founders after "by" (read as in "X was
# founded <value>") when no field names any. A value with another date, a "?", an approximate
# or hedged word (founding-line-hedges.csv, hedge-leads.csv, uncertain-date) stays unread.
_LINE_FIELDS = frozenset({"intro", "mission", "history"})
_LINE_BULLET = re.compile(r"\s{0,3}(?:[-*•·]|\d{1,2}[.)])?\s{0,3}")
# (with an export's founding labels, export-record-labels.csv: "Founded Date: 1931")
_FOUNDING_LABELS = sorted((*lexicon.founding_line_labels(), *lexicon.export_founding_labels()), key=len, reverse=True)
_FOUNDING_LINE = re.compile(
    rf"(?:{spaced_alternation(_FOUNDING_LABELS)})\s?:\s(?P<value>.*)",
    re.I,
)
_LINE_HEDGE = re.compile(
    r"(?<![\w.])(?:"
    + spaced_alternation(
        (*lexicon.founding_line_hedges(), *(p for (p,) in lexicon.table("hedge-leads")), *cues("uncertain-date"))
    )
    + r")(?![\w])|\?",
    re.I,
)
_IN_OR_ON = re.compile(r"\A(?:in|on)\s+", re.I)  # "Founded: in 1921"
# what may follow the date: nothing, a comma, a bracket, a full stop, or a place or founder
_AFTER_LINE_DATE = re.compile(r"\s?(?:$|[,(.;]|(?:in|by)\s)")


# "Founded: 1592, by A": a year before 1600 (which the date readers leave for a number) right
# after a founding label, alone in the value
_EARLY_YEAR = re.compile(r"1[0-5]\d\d(?![\d./:–-])")


def _early_year(value: str) -> list[tuple[int, int, DateValue]]:
    """The year before 1600 that ``value`` opens with, as a date span, when no other date follows."""
    found = _EARLY_YEAR.match(value)
    if found is None or date_spans(value):
        return []
    return [(0, found.end(), DateValue(int(found.group())))]


def _founding_line_value(line: str) -> tuple[DateValue, str] | None:
    """The date a labelled founding line's value opens with, and the value; None when the
    line is no such line or its value is unsure."""
    bullet = _LINE_BULLET.match(line)
    found = _FOUNDING_LINE.fullmatch(line.strip(), bullet.end() if bullet else 0)
    if found is None:
        return None
    value = _IN_OR_ON.sub("", found["value"].strip(), count=1)
    spans = event_date_spans(value) or _early_year(value)
    if len(spans) != 1 or spans[0][0] != 0 or len(date_spans(value) or spans) != 1 or _LINE_HEDGE.search(value):
        return None
    if not _AFTER_LINE_DATE.match(value, spans[0][1]):
        return None  # "Founded: 1872–1998", "Founded: 1950s": no one day or year of founding
    return spans[0][2], value


def _with_labelled_founding_line(fields: list[FieldFacts], identity: Identity) -> list[FieldFacts]:
    """The first labelled founding line's date (when no field dates the founding) and
    founders (when no field names any) in the intro, Mission or History."""
    foundings = [f for ff in fields for f in ff.facts if isinstance(f, Founding)]
    date = next((f.date for f in foundings if f.date), None)
    named = any(f.founder or f.founders for f in foundings)
    for index, field_facts in enumerate(fields):
        if field_facts.slug not in _LINE_FIELDS or field_facts.status is not FieldStatus.STATED:
            continue
        read = next(filter(None, map(_founding_line_value, field_facts.verbatim.splitlines())), None)
        if read is None:
            continue
        line_date, value = read
        if date is not None and date.year != line_date.year:
            return fields  # another field dates the founding otherwise: the line's founders are unsure too
        founders: tuple[Mention, ...] = ()
        if not named:
            sentence = f"{identity.name} was founded {value}"
            founders = read_founding_text(sentence, identity, about_founding=True).founders
        new_date = line_date if date is None else None
        if new_date is None and not founders:
            return fields
        fact = Founding(date=new_date, founder=founders[0] if founders else None, founders=founders[1:])
        fields[index] = _with_fact(fields[index], fact)
        return fields
    return fields


def _founders_of_records(fields: list[FieldFacts], records: Sequence[RecordValue]) -> tuple[Mention, ...]:
    """The founders a founding record names after "by" ("Founded: 1832 by A"), less
    those a field already gives."""
    known = {
        m.name for ff in fields for f in ff.facts if isinstance(f, Founding) for m in (f.founder, *f.founders) if m
    }
    return tuple(r.name for r in records if r.relation == "founder" and r.name and r.name.name not in known)


# A catalogue record's dates element: "Dates: est. 1866", "Dates: 1906-1945", "Dates: [1901]-"
_CATALOGUE_DATES = re.compile(
    rf"(?:^|;|\.\s)\s{{0,3}}(?:{spaced_alternation(cues('catalogue-dates'))})\s{{0,3}}:\s{{0,3}}(?P<value>[^;\n]{{1,80}})",
    re.I,
)
_CATALOGUE_ESTABLISHED = re.compile(rf"(?:{spaced_alternation(cues('catalogue-established'))})\s{{0,3}}", re.I)
_UNCERTAIN_LEAD = re.compile(rf"(?:{spaced_alternation(cues('uncertain-date'))})\s{{0,3}}\d", re.I)
# "1951-1998 [uncertain]", "[1921?]" : an archivist's mark that the date is not sure
_UNCERTAIN_MARK = re.compile(rf"\[(?:{spaced_alternation(cues('uncertain-mark'))})\]", re.I)
# "1866", "[1901]" (a year the cataloguer supplied: still stated); "1952?" and "196-" are uncertain
_CATALOGUE_YEAR = re.compile(r"\[?(?P<year>\d{3}[\d-])\]?(?P<query>\?)?")
_RANGE_DASH = re.compile(r"\s{0,3}[-–—]")


@dataclass(frozen=True)
class CatalogueDate:
    """The founding year a catalogue record's "Dates:" element states, or that it is uncertain."""

    date: DateValue | None
    uncertain: bool
    text: str  # the element, verbatim


def catalogue_founding_date(text: str) -> CatalogueDate | None:
    """The founding year of a "Dates:" element: the year after "est." or the first year of a
    range ("1906-1945"). An approximate year ("ca. 1890", "1952?", "196-") is no date: a wrong
    year is worse than none, so ``uncertain`` is set and the element stays verbatim. A single
    year without "est." ("Dates: 1928") says nothing about which event it dates: None."""
    element = _CATALOGUE_DATES.search(text)
    if element is None:
        return None
    value = element["value"].strip()
    established = _CATALOGUE_ESTABLISHED.match(value)
    rest = value[established.end() :] if established else value
    if _UNCERTAIN_LEAD.match(rest) or _UNCERTAIN_MARK.search(rest):
        return CatalogueDate(None, True, value)
    year = _CATALOGUE_YEAR.match(rest)
    if year is None:
        return None
    if year["query"] or year["year"].endswith("-"):
        return CatalogueDate(None, True, value)
    # "1946 March 29 - 2012 February 3": a range of days (an archivist's dates of existence)
    day = next(((end, date) for start, end, date in date_spans(rest) if start == 0 and end > year.end()), None)
    end, founded = day or (year.end(), DateValue(int(year["year"])))
    if not (established or _RANGE_DASH.match(rest, end)):
        return None
    return CatalogueDate(_refined_in_record(text, founded) or founded, False, value)


def _refined_in_record(text: str, year: DateValue) -> DateValue | None:
    """ "Dates: 1906-1945 ; Note: established [1906-11-26]": a founding verb's day (or month)
    of the same year, in another element of the record's line, refines the year. A verb's date
    of another year ("chartered [1863]", "building opened 1893") is another event's."""
    line = next((line for line in text.splitlines() if _CATALOGUE_DATES.search(line)), "")
    for element in line.split(";"):
        verb = _verb_pattern().search(element)
        if verb is None or _negated(element, verb.start()):
            continue
        spans = [d for start, _, d in date_spans(element) if start >= verb.end()]
        if spans and spans[0].year == year.year and spans[0].month is not None:
            return spans[0]
    return None


# "…; Ashgabat; 1951-1998, re-established 2009": a record line's element of the organization's
# years of existence (its end year may be left open: "1946-")
_RECORD_LIFESPAN = re.compile(rf"(?P<year>{_YEAR})\s?[-–]\s?(?:{_YEAR}|)(?:[,.]\s|\.?$)")


def record_lifespan(intro: str, identity: Identity) -> CatalogueDate | None:
    """The founding year of an authority record's intro line "X; national academy; Ashgabat;
    1951-1998": an element that is a range of years, after the organization's heading and
    verbless descriptions only; uncertain when an archivist's mark follows it."""
    line = next(iter(intro.splitlines()), "")[: _TERSE_REACH * 2]
    heading, *elements = (element.strip() for element in line.split(";"))
    names = _Names(_bare_identity(identity), defined_acronyms(intro, line), kind_nouns=_kind_nouns(intro))
    if not elements or not _record_heading(_BRACKET_AT_END.sub("", heading), names):
        return None
    for element in elements:
        lifespan = _RECORD_LIFESPAN.match(element)
        if lifespan:
            if _UNCERTAIN_MARK.search(element) or "?" in element:
                return CatalogueDate(None, True, element)
            return CatalogueDate(DateValue(int(lifespan["year"])), False, element)
        if not _record_description(element):
            return None
    return None


# A museum label's tombstone line right after the title: "Geneva, Switzerland, 1919–present",
# "Princeton, New Jersey, United States, 1942–2011": a place, then its years of existence
_TOMBSTONE_LIFESPAN = re.compile(r"[^\d\n;:.]{2,120},\s(?P<year>\d{4})\s?[–-]\s?(?:\d{4}|present|today)")


def _with_record_lifespan(
    fields: list[FieldFacts], identity: Identity, extra_intro: Sequence[str] = ()
) -> list[FieldFacts]:
    """With no founding date stated anywhere else, the intro record line's years of existence
    give the founding year, or a label's tombstone line after the intro ("Geneva, Switzerland,
    1919–present")."""
    if any(isinstance(f, Founding) and f.date for ff in fields for f in ff.facts):
        return fields
    tombstone = _TOMBSTONE_LIFESPAN.fullmatch(extra_intro[0].strip()) if extra_intro else None
    for index, field_facts in enumerate(fields):
        if field_facts.slug == "intro" and field_facts.status is FieldStatus.STATED:
            if tombstone is not None:
                fields[index] = _with_fact(fields[index], Founding(date=DateValue(int(tombstone["year"]))))
                continue
            found = record_lifespan(field_facts.verbatim, identity)
            if found is not None and found.date is not None:
                fields[index] = _with_fact(fields[index], Founding(date=found.date))
    return fields


# "The X (JAE) was a Spanish public institution … that between 1907 and 1939 promoted …": the
# intro's first sentence tells of a past organization and the years it was active
_ACTIVE_SPAN = re.compile(rf"\b(?:between|from)\s(?P<start>{_YEAR})\s(?:and|to|until)\s{_YEAR}\b")
_PAST_SELF = re.compile(r"\s(?:was|were)\s")


def _with_act_day_of_active_span(fields: list[FieldFacts], identity: Identity) -> list[FieldFacts]:
    """With no founding date stated anywhere else: when the intro's first sentence, told of the
    organization in the past, gives the years it was active ("… that between 1907 and 1939
    promoted …") and the Legislation's instrument is dated a day of the first year ("Real
    Decreto of the 11 of January of 1907"), that day is the founding date."""
    if any(isinstance(f, Founding) and f.date for ff in fields for f in ff.facts):
        return fields
    intro = next((ff.verbatim for ff in fields if ff.slug == "intro"), "")
    first = next(iter(segments(intro)), None)
    if first is None:
        return fields
    sentence = first.text
    past = _PAST_SELF.search(sentence)
    span = _ACTIVE_SPAN.search(sentence, past.end()) if past else None
    if past is None or span is None:
        return fields
    names = _Names(_bare_identity(identity), defined_acronyms(intro), kind_nouns=frozenset())
    if not names.is_self(re.sub(r"^(?:The|the)\s+", "", _BRACKET_AT_END.sub("", sentence[: past.start()]).strip())):
        return fields
    for index, field_facts in enumerate(fields):
        if field_facts.slug != "legislation":
            continue
        acts = [f for f in field_facts.facts if isinstance(f, Founding) and f.act]
        day = acts[0].act_date if acts else None
        if day is not None and day.day is not None and day.year == int(span["start"]):
            facts = tuple(replace(f, date=day) if f is acts[0] else f for f in field_facts.facts)
            fields[index] = replace(field_facts, facts=facts)
    return fields


def _with_catalogue_date(fields: list[FieldFacts]) -> list[FieldFacts]:
    """With no founding date stated anywhere else, a catalogue record's "Dates:" element gives
    the founding year (the field it stands in holds the fact); its day of the year stated
    elsewhere refines that date."""
    date = next((f.date for ff in fields for f in ff.facts if isinstance(f, Founding) and f.date), None)
    for index, field_facts in enumerate(fields):
        found = catalogue_founding_date(field_facts.verbatim)
        if found is None or found.date is None:
            continue
        if date is None or (found.date != date and _refines(found.date, date)):
            # none stated elsewhere, or a day of the same year refines the year stated elsewhere
            if date is not None:
                fields = [_without_date(ff) for ff in fields]
            fields[index] = _with_fact(fields[index], Founding(date=found.date))
        break
    return fields


def _settled_numeric_dates(fields: list[FieldFacts]) -> list[FieldFacts]:
    """A founding or act date kept as its year because the field wrote it "05/04/1995"
    (day-month or month-day?) gets its day when the rest of the profile settles the order
    (``dates.resolve_ambiguous``); otherwise it stays the year."""
    whole = "\n".join(ff.verbatim for ff in fields)
    countries = {fact.country for ff in fields for fact in ff.facts if isinstance(fact, Address) and fact.country}
    country = countries.pop() if len(countries) == 1 else None  # two countries tell no one order
    settled = []
    for field_facts in fields:
        facts = []
        for fact in field_facts.facts:
            if isinstance(fact, Founding):
                date = fact.date and resolve_ambiguous(field_facts.verbatim, fact.date, whole, country)
                act_date = fact.act_date and resolve_ambiguous(field_facts.verbatim, fact.act_date, whole, country)
                fact = replace(fact, date=date or fact.date, act_date=act_date or fact.act_date)
            facts.append(fact)
        settled.append(replace(field_facts, facts=tuple(facts)))
    return settled


def _persons_named(fields: list[FieldFacts], identity: Identity, intro: str) -> tuple[Mention, ...]:
    """The persons the profile names in full: post holders, founders, the intro's founders."""
    named: list[Mention] = []
    for fact in (f for ff in fields for f in ff.facts):
        if isinstance(fact, Post):
            named += fact.holders
        elif isinstance(fact, Founding):
            named += [*([fact.founder] if fact.founder else []), *fact.founders]
    if intro:
        named += read_founding_text(intro, identity, intro).founders
    return tuple(dict.fromkeys(m for m in named if m.kind == "person" and len(m.name.split()) > 1))


def _dated_by_named_act(reading: FoundingReading, fields: list[FieldFacts]) -> FoundingReading:
    """ "created by the Traité de Yaoundé in 1961" beside Legislation's "Traité de Yaoundé …
    signed on 28 March 1961": the year of the founding by that instrument is its day."""
    instrument = reading.instrument
    if instrument is None or reading.date is None or reading.date.month is not None or instrument.in_force:
        return reading
    days = {
        f.act_date
        for ff in fields
        for f in ff.facts
        if isinstance(f, Founding) and f.act == instrument.name and f.act_date and f.act_date.day
    }
    day = days.pop() if len(days) == 1 else None
    return replace(reading, date=day) if day and _refines(day, reading.date) else reading


def _with_act_details(fields: list[FieldFacts], instrument: Instrument) -> list[FieldFacts]:
    """Legislation names the act; History, naming the same act, gives its day or its signers
    ("… with the X Act of 1946, which President P signed on 1 August 1946"): the act's own
    date is refined (same year) and its signers filled in where Legislation gives none."""
    enriched = []
    for field_facts in fields:
        facts = []
        for fact in field_facts.facts:
            if isinstance(fact, Founding) and fact.act and instrument.name in {fact.act, f"The {fact.act}"}:
                # the title's own "The", written mid-sentence elsewhere, belongs to it
                fact = replace(fact, act=instrument.name)
                if instrument.date and (fact.act_date is None or _refines(instrument.date, fact.act_date)):
                    fact = replace(fact, act_date=instrument.date)
                if fact.act_passed_by is None and not fact.act_signers and instrument.signer:
                    fact = replace(fact, act_passed_by=instrument.signer, act_signers=instrument.signers)
            facts.append(fact)
        enriched.append(replace(field_facts, facts=tuple(facts)))
    return enriched


_WORD = re.compile(r"[\w-]+")


def founders_by_title(fields: list[FieldFacts]) -> list[Mention]:
    """The persons holding a post whose title calls them a founder ("Founder and Chief
    Scientist: X", "Co-founder and President: Dr. Y"; lexicon role founder-title, and
    post-founder-title in other languages: "Fondateur: Z"). "Founding director" is a first
    director, no founder. A past holder of such a post founded the body as well ("Former
    Founder and President: Z (1970–1995)"): every named holder counts."""
    titles = frozenset((*cues("founder-title"), *cues("post-founder-title")))
    return list(
        dict.fromkeys(
            holder
            for ff in fields
            for fact in ff.facts
            if isinstance(fact, Post) and titles.intersection(w.lower() for w in _WORD.findall(fact.label))
            for holder in fact.named_holders
            # "Fondateur: Ministère de la Culture" read as a person: a body's head noun is no person's
            if holder.kind == "person" and _org_head_words().isdisjoint(w.lower() for w in _WORD.findall(holder.name))
        )
        | dict.fromkeys(_founders_by_post_note(fields))
    )


# A note after a post holder's name that calls the holder the founder ("President: A —
# the founder, who …", "Chair: B (the founding boss)", "C (promoter and first director)"): the
# note opens with a founder word (founder-title, or post-note-founder) and the word ends there —
# "founder of" another body, "the founder's son" and "founding member" name no founder
_POST_NOTE_FOUNDER = re.compile(
    r"(?:\(|\s[—–-]\s)\s{0,3}(?:(?:the|its|our|their)\s{1,3})?"
    rf"(?i:{spaced_alternation((*cues('founder-title'), *cues('post-note-founder')))})"
    r"(?=\s{0,3}(?:[,;)]|and\b|who\b|$))",
    re.MULTILINE,
)


def _founders_by_post_note(fields: list[FieldFacts]) -> list[Mention]:
    """The person holders of a post whose line has a note calling its holder the founder; the
    holder is the only one of the field's post holders whose name words all stand before the note."""
    found: list[Mention] = []
    for ff in fields:
        holders = [h for f in ff.facts if isinstance(f, Post) for h in f.named_holders if h.kind == "person"]
        if not holders:
            continue
        for line in ff.verbatim.splitlines():
            note = _POST_NOTE_FOUNDER.search(line)
            if note is None:
                continue
            before = {w.lower() for w in _WORD.findall(line[: note.start()])}
            named = [h for h in dict.fromkeys(holders) if {w.lower() for w in _WORD.findall(h.name)} <= before]
            if len(named) == 1:
                found.append(named[0])
            elif not named:
                found.extend(_item_person_before_note(line, note.start()))
    return list(dict.fromkeys(found))


# "* A – founder and first manager (1836)" in a field with other post holders: a list
# item that is only a person's name before the founder note, its post (no title) left unread
_ITEM_MARK_START = re.compile(r"\s{0,3}[*•-]\s{1,3}")


def _item_person_before_note(line: str, note_start: int) -> list[Mention]:
    """The person a list item names before its founder note, when the item is that name alone."""
    mark = _ITEM_MARK_START.match(line)
    if mark is None or note_start <= mark.end():
        return []
    text = line[mark.end() : note_start].strip()
    name = person_name(text)
    if name is None or has_org_word(text) or not _org_head_words().isdisjoint(w.lower() for w in _WORD.findall(text)):
        return []  # "Kelso Wireless Club – founder and first host": a body, no person
    return [name.mention()]


def _with_date_named_beside_no_act(
    fields: list[FieldFacts], identity: Identity, intro: str, persons: tuple[Mention, ...]
) -> tuple[list[FieldFacts], DateValue | None]:
    """A Legislation field that says there is no founding act may still name the founding day
    outright ("No founding statute. It owed its existence to a vote of 28 March 1887, a date its
    successors treat as the founding day"): that date, the field's status kept."""
    for index, field_facts in enumerate(fields):
        if field_facts.slug != "legislation" or field_facts.status not in _NO_ACT_STATUSES:
            continue
        reading = read_founding_text(field_facts.verbatim, identity, intro, about_founding=True, persons=persons)
        # "No statute: it was set up by a resolution of the Government on 15 March 1950": a
        # creation verb of its own dates it as well as a day named the founding day outright
        if (reading.stated or (reading.created and not reading.uncertain)) and reading.date is not None:
            fact = Founding(date=reading.date)
            fields[index] = replace(field_facts, facts=(*field_facts.facts, fact))
            return fields, reading.date
    return fields, None


_NO_ACT_STATUSES = frozenset({FieldStatus.EXPLICITLY_NONE, FieldStatus.NOT_APPLICABLE})


def _without_date(field_facts: FieldFacts) -> FieldFacts:
    facts = tuple(replace(f, date=None) if isinstance(f, Founding) else f for f in field_facts.facts)
    return replace(field_facts, facts=facts)


def _with_fact(field_facts: FieldFacts, fact: Fact) -> FieldFacts:
    status = FieldStatus.STATED if field_facts.status != FieldStatus.EMPTY else field_facts.status
    return replace(field_facts, facts=(*field_facts.facts, fact), status=status)
