"""Proper-name spans, acronyms, person names and the name check.

Every organization, person, unit or program name that reaches the graph passes through
this module (docs/extraction.md, "Names, people and lists"):

- ``name_problem(text, kind)`` says why a span is not a name (a function word, a
  sentence, a fragment left by a split, a title alone, a common-noun phrase), or ``None``;
- ``check_org_name`` / ``check_unit_name`` return the cleaned name or ``None``;
- ``org_mention`` reads "the Name (ACR) (note)" into a checked ``Mention``;
- ``person_name`` reads a person's name with initials, particles and diacritics, titles
  ("Prof. Dr.", "Professor Dame") and post-nominals ("FRS", "AO", "PhD") split off.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache, cached_property, lru_cache

import pycountry
from nameparser.config import CONSTANTS as NAMEPARSER

from orgkg.iri import slugify
from orgkg.model import Identity, Mention

from . import lexicon
from .numbers import is_currency_word
from .text import clean, split_top_level, split_words_top_level, strip_article, strip_notes, trailing_group

CAP_WORD = r"(?:[A-Z][\w.&'’-]*|\d[\w.]*)"
NAME_GLUE = rf"(?:{lexicon.alternation(g.word for g in lexicon.name_glue() if g.in_names)})"
# A proper-noun phrase: capitalised words, glued by short lowercase words, optional (ACR).
PROPER = re.compile(
    rf"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:{NAME_GLUE}\s+)*{CAP_WORD})*)"
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\))?"
)
# and at least two capitals (is_acronym); a "*" between capitals is part of one ("A*STAR")
ACRONYM = re.compile(r"[A-Z](?:[A-Za-z0-9&.\-]|\*(?=[A-Z])){1,11}")
_ACRONYM_IN_BRACKETS = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,15}")
GLUE_WORDS = lexicon.glue_words()
# Particles of person names: ours (file order) and nameparser's, lowercase, without a hyphen.
PARTICLES = frozenset(lexicon.name_particles()) | frozenset(
    p for p in NAMEPARSER.prefixes if not p.endswith(("-", "'", "’"))
)
# A person's name at the start of a text (``person``): capitalised words (any script's
# letters), initials and particles; checked word by word by ``person_name`` afterwards.
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_PERSON_WORD = rf"(?:{_UPPER}[^\W\d_]*(?:['’-][^\W\d_]+)*\.?|[a-z]['’]{_UPPER}[^\W\d_]*)"
PERSON = re.compile(
    rf"(?P<person>{_PERSON_WORD}(?:\s+(?:{_PERSON_WORD}|{lexicon.alternation(lexicon.name_particles())})){{1,5}})"
    r"(?![\w'’-])"
)
PERSON_TITLES = re.compile(
    "^(?:"
    + "|".join(re.escape(t.title) + (r"\.?" if t.abbreviation else "") for t in lexicon.person_titles())
    + r")\s+"
)
# Words that make a capitalised phrase an organization or a role, not a person.
NOT_PERSON_WORDS = lexicon.not_person_words()
_ROLE_WORDS = frozenset(word for role in lexicon.roles() for word in re.split(r"[-\s]", role))
_TITLE_WORDS = frozenset(word.lower() for t in lexicon.person_titles() for word in t.title.split())
_NOT_IN_PERSON = (
    NOT_PERSON_WORDS
    | _ROLE_WORDS
    | lexicon.role_modifiers()
    # Two-letter function words are family names too ("He", "Na", "An").
    | frozenset(w for w in lexicon.function_words() if len(w) > 2)
    | lexicon.partner_category_words()
    | frozenset(lexicon.unit_words())
)
# An organization's head noun ends its name, never a person's: "Ole Berg Trust Fund", "Ada
# Corr Institute" (org-head-words.csv; a head word inside a name is checked word by word).
_ORG_HEAD_WORDS = lexicon.org_head_words()
_JOINING_PARTICLES = frozenset({"i", "y", "e"})
_GENERATIONAL = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_FRAGMENT_EDGE = frozenset({"&", "-", "–", "—", "/", "+"})
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_BRACKET_CHAR = re.compile(r"[()\[\]{}]")
_LEGAL_FORM_WORDS = frozenset(word for suffix in lexicon.legal_form_suffixes() for word in suffix.split())


class NameKind(Enum):
    """What a name must be: an organization (a proper name), a unit (a capitalised label,
    where one common noun such as "Paintings" is a name too) or a program (capitalised at
    the start, then a description may follow: "Recommendations on manufacturing policy")."""

    ORGANIZATION = "organization"
    UNIT = "unit"
    PROGRAM = "program"  # capitalised at the start; a description may follow


@dataclass(frozen=True)
class PersonName:
    """A person's name as written, without titles and post-nominals."""

    name: str  # "Heyo K. Kroemer", "Ursula von der Leyen", "YAMAKAWA Hiroshi"
    given: str
    family: str
    titles: tuple[str, ...] = ()  # "Prof.", "Dr."
    post_nominals: tuple[str, ...] = ()  # "FRS", "AO"

    def mention(self) -> Mention:
        return Mention(self.name, "person")


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


def split_acronym(text: str) -> tuple[str, str | None, tuple[str, ...]]:
    """ "Name (ACR) (note)" → ("Name", "ACR", ("note",)): the trailing brackets of ``text``,
    the first of them that is shaped like an acronym taken as the acronym."""
    text = text.strip()
    groups: list[str] = []
    while (start := trailing_group(text)) is not None and start > 0:
        groups.insert(0, text[start + 1 : -1].strip())
        text = text[:start].rstrip()
    acronym = groups[0] if groups and _ACRONYM_IN_BRACKETS.fullmatch(groups[0]) else None
    notes = tuple(groups[1:] if acronym else groups)
    return text, acronym, notes


def is_proper_name(text: str) -> bool:
    """True when every significant word is capitalised (``Department of Defense``).

    A single word must be an acronym or have an inner capital ("PowerAmerica"): a list
    that starts "Manufacturers, universities, ..." is capitalised only by position.
    """
    words = text.replace("(", " ").replace(")", " ").split()
    if not words:
        return False
    if len(words) == 1:
        return is_acronym(words[0]) or any(c.isupper() for c in words[0][1:])
    significant = [w for w in words if w.lower() not in GLUE_WORDS]
    return bool(significant) and all(w[0].isupper() or w[0].isdigit() for w in significant)


# --- the name check -------------------------------------------------------------------


_ELIDED = re.compile(r"^[a-z]['’]")  # "d'Études": the capital after an elided article
_ELIDED_GLUE = re.compile(r"(?:d|dell|dall|nell|sull)['’](?!une?\b)\w", re.I)  # "d'analyse", "dell'Università"


def _capitalised(word: str) -> bool:
    """ "Études", "d'Études", "DNDi", "61", "e.V." (a legal form) count as capitalised."""
    if word in _LEGAL_FORM_WORDS:
        return True
    core = _ELIDED.sub("", word).lstrip("\"'‘“(")
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def _balanced(text: str) -> bool:
    stack: list[str] = []
    for char in text if _BRACKET_CHAR.search(text) else "":  # (most names have no bracket)
        if char in _BRACKETS:
            stack.append(_BRACKETS[char])
        elif char in _BRACKETS.values() and (not stack or stack.pop() != char):
            return False
    return not stack and text.count('"') % 2 == 0 and text.count("“") == text.count("”")


_WORD_BREAK = re.compile(r"[\s-]+")


def is_title_only(text: str) -> bool:
    """ "Director", "Deputy Director-General", "Prof. Dr.", "the President": a title or a
    role with no name in it."""
    words = [w.strip(".,:").lower() for w in _WORD_BREAK.split(strip_article(text)) if w.strip(".,:")]
    if not words or not all(w in _title_phrase_words() for w in words):
        return False
    if any(w in _ROLE_WORDS for w in words):
        return True
    # honorifics alone ("Prof. Dr.", "His Excellency"); with a role's modifier and no role
    # ("SRI International", "Sir Executive") the phrase is a name, not a title
    return all(w in _TITLE_WORDS or w in _TITLE_GLUE for w in words)


_ROLE_OR_TITLE = _ROLE_WORDS | _TITLE_WORDS
_TITLE_GLUE = frozenset({"of", "and", "the", "&"})


@cache
def _title_phrase_words() -> frozenset[str]:
    """The words a title-only phrase is made of (built once: the name check runs per piece)."""
    return _ROLE_OR_TITLE | lexicon.role_modifiers() | _TITLE_GLUE


@cache
def _title_or_category_words() -> frozenset[str]:
    return _title_phrase_words() | lexicon.partner_category_words()


def is_legal_form(text: str) -> bool:
    """ "Inc.", "Ltd", "Co., Ltd.", "e.V.": a legal form alone, which stays with its name."""
    return text.strip(" ,") in _legal_forms()


@cache
def _legal_forms() -> frozenset[str]:
    """Each legal form as written and without its final dots ("Inc." and "Inc")."""
    return frozenset(form for suffix in lexicon.legal_form_suffixes() for form in (suffix, suffix.rstrip(".")))


@dataclass(frozen=True)
class _Span:
    """A stripped, non-empty candidate name and the word lists the checks share; the costlier
    views are computed once, and only when a check that needs them is reached."""

    text: str
    kind: NameKind
    words: tuple[str, ...]
    lowered: tuple[str, ...]  # each word lowercased, without its trailing punctuation

    @cached_property
    def capital_opening(self) -> bool:
        # "ON Semiconductor", "AT Kearney": a first word in capitals before one that is not is an
        # acronym, no joining word ("OF SCIENCE", all in capitals, is still a fragment)
        words = self.words
        return len(words) > 1 and len(words[0]) > 1 and words[0].isupper() and not words[1].isupper()

    @cached_property
    def lowercase_style(self) -> bool:
        # "Centre national de la recherche scientifique", "Musée du quai Branly": names in
        # languages that capitalise only their first word keep their lowercase words; so do
        # the units of such bodies ("Conseil d'exploitation postale").
        return self.kind in (NameKind.ORGANIZATION, NameKind.UNIT) and _lowercase_style(self.words)

    @cached_property
    def significant(self) -> list[str]:
        # A dash between two parts of a name ("Mila – Quebec AI Institute") is no word.
        return [w for w in strip_article(self.text).split() if w.lower() not in GLUE_WORDS and w not in _FRAGMENT_EDGE]

    @cached_property
    def capitalised(self) -> list[str]:
        return [w for w in self.significant if _capitalised(w)]


def _table_syntax(span: _Span) -> str | None:
    """ "| GD", "Australia |", "|---|": a cell of a pipe table read as prose, never a name."""
    return "table syntax (a pipe), not a name" if "|" in span.text else None


# "other_units", "start_year": a record's key, words joined by "_", is no word of a name.
_RECORD_KEY = re.compile(r"[a-z]{1,30}_[a-z]{1,30}")


def _record_key(span: _Span) -> str | None:
    """ "Jebel Ali Port other_units": a record's key glued to a name by a join of lines."""
    return "a record key, not a name" if any(_RECORD_KEY.search(w) for w in span.words) else None


def _only_function_words(span: _Span) -> str | None:
    """ "of the", "and": nothing but function words."""
    return "a function word" if all(w in lexicon.function_words() for w in span.lowered) else None


def _unbalanced(span: _Span) -> str | None:
    """A split through brackets or quotes leaves one side of them."""
    return None if _balanced(span.text) else "a fragment (unbalanced brackets or quotes)"


def _punctuation_at_edge(span: _Span) -> str | None:
    """A split left punctuation or a joining sign ("&", "-") at an end."""
    text, words = span.text, span.words
    if text[0] in ",;:.)]}" or text[-1] in ",;:([{" or words[0] in _FRAGMENT_EDGE or words[-1] in _FRAGMENT_EDGE:
        return "a fragment (leading or trailing punctuation)"
    return None


def _no_letter(span: _Span) -> str | None:
    """ "2019", "1.2": a name has a letter; a number alone is a year, a count or a fragment."""
    return None if any(c.isalpha() for c in span.text) else "a number, not a name"


# Articles of other languages ("Den", "La", "Die"); "I" (Italian) is too like the pronoun.
_ARTICLES = frozenset(w for w in lexicon.determiners() if len(w) > 1) - lexicon.function_words()
_INITIAL = re.compile(r"[A-Z]\.")


def _dangling_glue(span: _Span) -> str | None:
    """A joining word at an end ("of Science", "Bank and"); "The" may open a name."""
    # "E. I. du Pont de Nemours": an initial is no joining word ("E", "A", "I").
    initial = bool(_INITIAL.fullmatch(span.words[0]))
    # "Den Norske Nobelkomité", "De Nederlandsche Bank": a capitalised article opens a name.
    article = span.words[0][:1].isupper() and span.lowered[0] in _ARTICLES
    # "An Post", "An Grianán": the Irish article, which ``strip_article`` keeps on a name.
    article = article or (span.words[0] == "An" and strip_article(span.text) == span.text)
    article = article or span.capital_opening
    if (span.lowered[0] in GLUE_WORDS - {"the"} and not initial and not article) or span.lowered[-1] in GLUE_WORDS:
        return "a fragment (a dangling joining word)"
    return None


def _legal_form_alone(span: _Span) -> str | None:
    """ "Inc.", "Ltd": a legal form stays with its name, it is none."""
    return "a legal form without a name" if is_legal_form(span.text) else None


def _opens_with_legal_form(span: _Span) -> str | None:
    """ "Ltd. and Wipro Ltd.": a name never opens with an abbreviated legal form ("AB Volvo",
    in capitals, may)."""
    first = span.words[0]
    if is_legal_form(first) and ("." in first or (len(first) <= 5 and not first.isupper())):
        return "a fragment (starts with a legal form)"
    return None


def _label_and_value(span: _Span) -> str | None:
    """ "Partners: Hooli AG": a label with its value."""
    return "a label and a value, not a name" if ":" in span.text else None


def _count_of_class(span: _Span) -> str | None:
    """ "193 Member States", "40 Universities" (but a program "100 Resilient Cities" is a name)."""
    words = span.words
    if _COUNT.fullmatch(words[0]) and len(words) > 1 and span.lowered[-1] in lexicon.partner_category_words():
        return "a count of a class, not a name"
    return None


def _sentence(span: _Span) -> str | None:
    """A lowercase verb, or more than two lowercase words where the kind and the language's
    style allow none: a sentence or clause, not a name."""
    lower_words = [
        w for w in span.words if not _capitalised(w) and w.lower() not in GLUE_WORDS and w not in _FRAGMENT_EDGE
    ]
    too_many_lowercase = len(lower_words) > 2 and span.kind is not NameKind.PROGRAM and not span.lowercase_style
    if any(w.lower().strip(".,;:") in lexicon.sentence_verbs() for w in lower_words) or too_many_lowercase:
        return "a sentence or clause, not a name"
    return None


def _opens_with_function_word(span: _Span) -> str | None:
    """ "Unlike the Red Cross": a function word other than an article opens a fragment."""
    if (
        span.lowered[0] in lexicon.function_words()
        and span.lowered[0] not in {"the", "a", "an"}
        and not span.capital_opening
    ):
        return "a fragment (starts with a function word)"
    return None


def _possessive(span: _Span) -> str | None:
    """ "Bureau's", "the Commission's": a unit or program name never ends in a possessive;
    the word owns what follows it ("the Bureau's technical work"). Organizations may
    ("Lloyd's"), so only units and programs are checked."""
    if span.kind is not NameKind.ORGANIZATION and re.search(r"['’]s\Z", span.text):
        return "a possessive, not a name"
    return None


def _title_only(span: _Span) -> str | None:
    """ "Director", "Prof. Dr.": a title or role names nobody."""
    return "a title or role without a name" if is_title_only(span.text) else None


def _common_noun_phrase(span: _Span) -> str | None:
    """Too few capitalised words for a name of the span's kind."""
    significant, capitalised = span.significant, span.capitalised
    if not capitalised:
        return _COMMON_NOUN_PHRASE
    if span.kind is NameKind.ORGANIZATION and not span.lowercase_style:
        return _common_noun_organization(significant, capitalised)
    if (span.kind is NameKind.UNIT and not span.lowercase_style and len(capitalised) < len(significant) - 1) or (
        span.kind is NameKind.PROGRAM and not _capitalised(significant[0])
    ):
        return _COMMON_NOUN_PHRASE
    return None


def _common_noun_organization(significant: list[str], capitalised: list[str]) -> str | None:
    """An organization's name capitalises its words: one lowercase head word after two
    capitalised ones is still a name ("Drugs for Neglected Diseases initiative");
    "Australian universities" or "Partner institutions" is a category."""
    if len(capitalised) < len(significant) and not (
        len(capitalised) >= 2 and len(significant) - len(capitalised) == 1 and not _capitalised(significant[-1])
    ):
        return _COMMON_NOUN_PHRASE
    if all(w.lower().strip(".,") in _category_or_glue_words() for w in significant[-1:]) and (
        len(capitalised) == 1 and not is_acronym(capitalised[0])
    ):
        return _COMMON_NOUN_PHRASE
    return None


@cache
def _category_or_glue_words() -> frozenset[str]:
    return lexicon.partner_category_words() | GLUE_WORDS


# Gates against spans that look like names but are not (docs/extraction.md, "Names, people and
# lists"); benchmarks/fidelity/name_gate_check.py checks that none rejects an expected name.
# They run after the other checks, so a span's first problem keeps its message.
_YEAR = re.compile(r"\d{4}")
_ARROWS = ("→", "->", "⇒", "⟶")


def _spoken_opener(span: _Span) -> str | None:
    """ "So", "Oh", "Then the Executive Council", "plus the X Centre": a word a spoken sentence
    opens with (lexicon/spoken-openers.csv), alone or before an article, is no part of a name
    ("So Good Foods", "Next Generation Fund" stay names: a capital follows)."""
    lowered = " ".join(span.lowered)
    for row in lexicon.spoken_openers():
        # "OH" (Ohio), "SO": written in capitals, an abbreviation
        if lowered == row.phrase and not span.text.isupper():
            return _SPOKEN_OPENER
        after = row.phrase.count(" ") + 1  # the index of the word after the opener
        if (
            not row.comma_only
            and len(span.lowered) > after
            and lowered.startswith(row.phrase + " ")
            and span.lowered[after] in {"the", "a", "an"}
        ):
            return _SPOKEN_OPENER
    return None


_SPOKEN_OPENER = "a spoken opener, not a name"


def _question(span: _Span) -> str | None:
    """ "Partners?", "Branches?": an interviewer's question; "Morning! Acme": an exclamation
    before a name ("Yahoo!" ends with its mark, "UNITE!" is written in capitals)."""
    if span.text.endswith("?") or any(w.endswith("!") and not w.isupper() for w in span.words[:-1]):
        return "a question or an exclamation, not a name"
    return None


def _contraction(span: _Span) -> str | None:
    """ "Don't look for a list", "There's the Council": a contraction before a lowercase word
    belongs to a clause ("Don't Make a Wave Committee", capitalised on, is a name)."""
    marks = lexicon.clause_marks()
    for word, after in itertools.pairwise(span.words):
        lowered = word.lower().strip(".,;:!")
        if (lowered in marks.words or lowered.endswith(marks.endings)) and after[:1].islower():
            return "a clause (a contraction), not a name"
    # "Does not arise": a negation written in lowercase ("Not Just a Number" capitalises it)
    if any(word in marks.negations for word in span.words):
        return "a clause (a negation), not a name"
    return None


def _dated_clause(span: _Span) -> str | None:
    """ "Sustainable Development in 2016": a preposition and a year end a clause, not a name
    ("Technology Assessment Act of 1972" keeps its year after "of")."""
    if (
        len(span.words) > 2
        and _YEAR.fullmatch(span.lowered[-1])
        and span.lowered[-2] in lexicon.clause_marks().date_prepositions
    ):
        return "a clause with a date, not a name"
    return None


def _described(span: _Span) -> str | None:
    """ "German-born Otto Meyer", "Lagos-based Acme": an adjective of a proper name and a
    descriptor ("home-based workers" is a class) before a capitalised name."""
    first, hyphen, last = span.words[0].rpartition("-")
    if (
        hyphen
        and first[:1].isupper()
        and len(span.words) > 1
        and _capitalised(span.words[1])
        and last in lexicon.clause_marks().descriptors
    ):
        return "a description before a name, not a name"
    return None


def _examples(span: _Span) -> str | None:
    """ "Member branches incl. BC Hockey": a class and its examples, not a name."""
    if any(word.lower() in lexicon.clause_marks().example_leads for word in span.words[1:]):
        return "a class and its examples, not a name"
    return None


def _arrow(span: _Span) -> str | None:
    """ "A (B) → C Initiative": an arrow joins two names (a change, a link), never inside one."""
    return "names joined by an arrow, not a name" if any(a in span.text for a in _ARROWS) else None


_NUMBER_MARKS = frozenset({"no", "nr", "number", "#"})


@cache
def _form_point_words() -> frozenset[str]:
    return frozenset(word for word, kind in lexicon.table("reply-heads") if kind == "point")


def _form_point(span: _Span) -> str | None:
    """ "Point No. 2", "Item 4", "Q 7": a numbered point of a questionnaire (lexicon/
    reply-heads.csv, the heads the parser removes before a reply), read as a value."""
    lowered = span.lowered
    if (
        2 <= len(lowered) <= 3
        and lowered[0] in _form_point_words()
        and lowered[-1].isdigit()
        and (len(lowered) == 2 or lowered[1].rstrip(".") in _NUMBER_MARKS)
    ):
        return "a numbered point of a form, not a name"
    return None


def _country_dash(span: _Span) -> str | None:
    """ "Australia — Geoscience Australia": a country before a spaced dash is a dateline or a
    heading before the name, not part of it."""
    dash = _SPACED_DASH.search(span.text)
    if dash and dash.start() > 0 and is_country(span.text[: dash.start()]):
        return "a country and a dash before a name, not a name"
    return None


@cache
def _class_name_words() -> frozenset[str]:
    return lexicon.partner_category_words() | lexicon.class_name_words()


def _class_words_only(span: _Span) -> str | None:
    """ "Member States", "Associate Members", "Pays-membres": a capitalised phrase made only of
    words that name classes of partners is a class, not an organization."""
    if span.kind is not NameKind.ORGANIZATION:
        return None
    pieces = [piece.casefold() for word in span.lowered for piece in word.split("-")]
    # one word alone ("Government") is left to the common-noun checks
    class_only = len(pieces) > 1 and all(p in _class_name_words() for p in pieces)
    return "a class of partners, not a name" if class_only else None


# A number as written in an amount or a date: digits, their groups and decimals ("2.5", "1,200").
_NUMERAL = re.compile(r"\d{1,3}(?:[,.]\d{1,3})*|\d{1,12}")
_GLUED_AMOUNT = re.compile(r"(?P<number>\d{1,3}(?:[,.]\d{1,3})*|\d{1,12})(?P<word>[^\W\d_]{1,6})\.?")
_MARKUP_OPENERS = ("*", "#", "•", ">")
_PERCENTAGE = re.compile(r"\d\s?%")
_DAY_OR_YEAR = re.compile(r"\d{1,2}|\d{4}(?:[–-]\d{2,4})?")  # beside a month: "30 Sep", "Jun 2020–24"


def _markup(span: _Span) -> str | None:
    """ "** Clayton", "# Funds": a list or emphasis mark of the text, kept on a name by a
    reader that did not expect it."""
    return "list or emphasis markup, not a name" if span.text.startswith(_MARKUP_OPENERS) else None


def _share(span: _Span) -> str | None:
    """ "Global Direct Investments 36%": a share or a rate beside a name is a figure about it."""
    return "a name with a percentage, not a name" if _PERCENTAGE.search(span.text) else None


def _amount(span: _Span) -> str | None:
    """ "Rs 75 lakh", "USD 2.5 million", "Rs 1cr": an amount of money or a counted sum, not
    a name ("3M", "Group of Eight", "Alliance2015" stay names: no currency, no multiplier)."""
    for before, word in itertools.pairwise(span.words):
        figure = word.strip(",;")
        if (_NUMERAL.fullmatch(figure) or _GLUED_AMOUNT.fullmatch(figure)) and is_currency_word(before.casefold()):
            return "an amount of money, not a name"
    multipliers = lexicon.multipliers()
    for word, after in itertools.pairwise(span.words):
        if _NUMERAL.fullmatch(word) and after.casefold().strip(".,;") in multipliers:
            return "an amount (a number and its multiplier), not a name"
    return None


def _month_date(span: _Span) -> str | None:
    """ "Jun 2020–24 Mar 2025", "30 Sep 2024": a month beside a day or a year is a date
    ("March of Dimes", "May Department Stores" stay names: no number beside the month)."""
    months = lexicon.month_spellings()
    words = [w.casefold().strip(".,;()") for w in span.words]
    for index, word in enumerate(words):
        if word not in months:
            continue
        beside = words[index - 1 : index] + words[index + 1 : index + 2]
        if any(_DAY_OR_YEAR.fullmatch(other) for other in beside):
            return "a date, not a name"
    return None


_COMMON_NOUN_PHRASE = "a common-noun phrase, not a name"
# The gates above, in order (benchmarks/fidelity/name_gate_check.py measures each).
_FIRST_CONTACT_GATES = (
    _form_point,
    _spoken_opener,
    _question,
    _contraction,
    _dated_clause,
    _described,
    _examples,
    _arrow,
    _country_dash,
    _class_words_only,
)
# The checks in order: the first problem found is the one reported (callers and tests
# compare the message), so the order is part of the behaviour.
_NAME_CHECKS = (
    _table_syntax,
    _record_key,
    _no_letter,
    _only_function_words,
    _unbalanced,
    _punctuation_at_edge,
    _dangling_glue,
    _legal_form_alone,
    _opens_with_legal_form,
    _label_and_value,
    _count_of_class,
    _sentence,
    _opens_with_function_word,
    _possessive,
    _title_only,
    _common_noun_phrase,
    *_FIRST_CONTACT_GATES,
)


# What no name of any kind, in any language or style, can be: the checks the name gate
# (admit.py) runs on every name a reader hands on. The checks of a style ("a common-noun
# phrase", "a dangling joining word") stay with the readers, which know the kind of text.
_NEVER_A_NAME = (
    _table_syntax,
    _record_key,
    _no_letter,
    _only_function_words,
    _unbalanced,
    _punctuation_at_edge,
    _legal_form_alone,
    _question,
    _arrow,
    _markup,
    _share,
    _amount,
    _month_date,
)


def _first_problem(text: str, kind: NameKind, checks: tuple[Callable[[_Span], str | None], ...]) -> str | None:
    """The first of ``checks`` that finds a problem with ``text``, in their order, or ``None``."""
    text = text.strip()
    words = tuple(text.split())
    if not words:
        return "empty"
    span = _Span(text, kind, words, tuple(w.lower().strip(".,;:") for w in words))
    return next((problem for check in checks if (problem := check(span)) is not None), None)


def never_a_name(text: str, kind: NameKind = NameKind.ORGANIZATION) -> str | None:
    """Why ``text`` is no name of any style (a fragment, markup, a figure, a date), or ``None``."""
    return _first_problem(text, kind, _NEVER_A_NAME)


def name_problem(text: str, kind: NameKind = NameKind.ORGANIZATION) -> str | None:
    """Why ``text`` cannot be a name of ``kind``, or ``None`` when it passes the check."""
    return _first_problem(text, kind, _NAME_CHECKS)


_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*\+?|\d{1,9}\+?")
_FOREIGN_GLUE = frozenset(GLUE_WORDS - lexicon.function_words() - {"&"})
_LEADING_ARTICLES = frozenset({"the", "le", "la", "el", "il", "lo", "der", "die", "das", "de", "het", "o", "a"})


def lowercase_style(name: str) -> bool:
    """Whether ``name`` is written as languages that capitalise only a name's first word write
    one ("Union générale des postes"): the shared check, for readers outside this module."""
    return _lowercase_style(name.split())


def _lowercase_style(words: Sequence[str]) -> bool:
    """A name that opens with a head noun and a joining word of another language ("Musée du
    quai Branly", "Centre national de la recherche scientifique"), whose other words may be
    lowercase, as that language writes them."""
    core = words[1:] if words and words[0].lower() in _LEADING_ARTICLES else words
    if not 2 <= len(core) <= 12 or core[0].strip(",") not in _ORG_HEADS:
        return False
    if any(w.lower().strip(".,;:") in lexicon.function_words() - GLUE_WORDS for w in core):
        return False
    # "Centre d'analyse stratégique": an elided particle ("d'", "dell'") is a joining word too.
    return any(w in _FOREIGN_GLUE or _ELIDED_GLUE.match(w) for w in core[1:3])


# The words after a head noun, up to a bracket, a comma or a full stop ("the Centre
# d'analyse stratégique (décret …)"): a few words, each without punctuation inside.
_LOWERCASE_RUN = re.compile(r"\s*(?:the\s+)?(?P<words>[A-ZÀ-Þ][\w-]{1,30}(?:\s[\w'’-]{1,30}){1,11})")


def elided_name_at(text: str) -> str | None:
    """The longest lowercase-style name with an elided particle that opens ``text``
    ("Centre d'analyse stratégique", "Biblioteca dell'Università di Bologna"), or ``None``:
    a reader that stops at the first lowercase word would cut it to "Centre"."""
    run = _LOWERCASE_RUN.match(text)
    if not run or run["words"].split()[0] not in _ORG_HEADS:
        return None  # "Jean d'Ormesson": a person's name
    words = run["words"].split()
    english = lexicon.function_words() - _FOREIGN_GLUE
    for index, word in enumerate(words[1:], 1):
        if word.lower() in english:
            words = words[:index]  # "… stratégique in 2013": English goes on with the sentence
            break
    for end in range(len(words), 1, -1):
        candidate = " ".join(words[:end])
        if any(_ELIDED_GLUE.match(w) for w in words[1:3]) and name_problem(candidate) is None:
            return candidate
    return None


def is_description(text: str) -> bool:
    """A common-noun phrase naming a thing by describing it ("a steering committee",
    "Working groups or subcommittees"): no sentence, fragment, function word or title."""
    return name_problem(text, NameKind.PROGRAM) in (None, "a common-noun phrase, not a name")


# A spaced dash between a name and a note about it ("Musée du Louvre — joint owner").
_SPACED_DASH = re.compile(r"\s[—–-]\s")


def strip_dash_note(text: str) -> str:
    """``text`` without a note after a spaced dash: "Acme — joint owner, since 2016",
    "Acme – Observer", "Acme - 2019" give "Acme"; a dash inside a name ("Mila – Quebec AI
    Institute") stays. A note opens with a lowercase word or a number, or is made only of
    role, title and partner-class words ("Founding Member", "Lead Partner")."""
    dash = _SPACED_DASH.search(text)
    if not dash or dash.start() == 0:
        return text
    note = split_top_level(text[dash.end() :], ",;")
    words = note[0].split() if note else []
    if not words:
        return text
    first = words[0]
    roles = _title_or_category_words()
    if first[0].islower() or first[0].isdigit() or all(w.lower().strip(".") in roles for w in words):
        return text[: dash.start()].rstrip()
    return text


def check_org_name(text: str) -> str | None:
    """``text`` (article and trailing notes removed) when it is an organization's name."""
    name = _cleaned(text)
    return name if name and name_problem(name, NameKind.ORGANIZATION) is None else None


def check_unit_name(text: str) -> str | None:
    """``text`` (article and trailing notes removed) when it names a unit or a program."""
    name = _cleaned(text)
    return name if name and name_problem(name, NameKind.UNIT) is None else None


def _cleaned(text: str) -> str:
    return strip_article(strip_notes(clean(text)))


def org_mention(text: str, kind: NameKind = NameKind.ORGANIZATION) -> Mention | None:
    """A checked mention from "the Name (ACR) (note)"; ``None`` when it is no name."""
    name, acronym, notes = split_acronym(clean(text))
    short = acronym or (notes[0] if notes else "")
    acronym = acronym if acronym and is_acronym(acronym) else None
    name = _cleaned(name)
    if not name or (name_problem(name, kind) is not None and not _short_form_named(name, short)):
        return None
    return Mention(name, "organization", acronym)


def _short_form_named(name: str, short: str) -> bool:
    """ "Société nationale industrielle aérospatiale (Aérospatiale)": a head word, lowercase
    words as the name's language writes them, then a short form in brackets: the writer
    marks the whole as a name (a description has no short form)."""
    words = name.split()
    lowered = {w.lower() for w in words[1:]}
    return (
        bool(re.fullmatch(r"[A-ZÀ-Þ][\w&.-]{1,30}", short))
        and 2 <= len(words) <= 8
        and words[0] in _ORG_HEADS
        and all(w.isalpha() and w.islower() for w in words[1:])
        and lowered.isdisjoint(lexicon.sentence_verbs())
        and lowered.isdisjoint(lexicon.function_words())
    )


# --- lists of names ---------------------------------------------------------------------

# Head words a shared enumeration ends with ("Chemistry, Physics and Technology Section").
_HEAD_WORDS = frozenset(w.lower() for w in lexicon.unit_words() if " " not in w) | frozenset(
    k.keyword.lower() for k in lexicon.org_name_keywords() if k.keyword.isalpha()
)


def _single_word(text: str) -> bool:
    return len(text.split()) == 1 and _capitalised(text)


def _comma_pieces(text: str) -> list[str]:
    """Top-level comma pieces, a legal form kept with its name ("Acme, Inc.")."""
    pieces: list[str] = []
    for piece in split_top_level(text, ","):
        form, _, rest = piece.partition(" and ")
        # "Acme, Inc. and Globex Ltd.", "Mitsubishi Heavy Industries, Ltd. (prime contractor)"
        if pieces and is_legal_form(strip_notes(form)):
            pieces[-1] = f"{pieces[-1]}, {form}"
            pieces.extend([f"and {rest}"] if rest else [])
        else:
            pieces.append(piece)
    return pieces


# "… to Fight AIDS", "… to End Hunger": a name ending in a capitalised infinitive and its object.
_INFINITIVE_END = re.compile(r"\sto\s[A-Z][a-z]{1,20}(?:\s\S{1,30}){1,2}$")


def is_enumeration_inside_a_name(pieces: list[str]) -> bool:
    """ "Council for Science, Technology and Innovation" (a shared start) and "Foreign,
    Commonwealth & Development Office" (a shared head word) are one name, not a list."""
    if len(pieces) < 2:
        return False
    first, middle, last = strip_article(pieces[0]), pieces[1:-1], re.sub(r"^(?:and|&)\s+", "", pieces[-1])
    joined = split_words_top_level(last, "and") if " and " in last else split_words_top_level(last, "&")
    # "Ministerio de Economía, Fomento y Turismo": the same in another language, where any
    # lowercase glue word of a name ("de", "für", "di") may open the shared start.
    other = next((w for w in sorted(_OTHER_AND) if f" {w} " in last), None) if len(joined) != 2 else None
    joined = split_words_top_level(last, other) if other else joined
    if not all(_single_word(p) for p in middle) or len(joined) != 2:
        return False
    if any(is_acronym(p.strip()) for p in [*middle, *joined]):
        return False  # "Ministry of Health, CONICET and INTA": acronyms are names of their own
    first_words = first.split()
    shared_start = (
        (
            re.search(r"\s(?:of|for|on|in)\s+\S+$", first) is not None
            # "Global Fund to Fight AIDS, Tuberculosis and Malaria": the one-word pieces are
            # the objects of the name's own verb, not names of their own.
            or _INFINITIVE_END.search(first) is not None
            or (other is not None and len(first_words) >= 3 and first_words[-2] in GLUE_WORDS - _OTHER_AND)
        )
        and _capitalised(first.split()[-1])
        and all(_single_word(p) for p in joined)
    )
    shared_head = (
        _single_word(first)
        and _single_word(joined[0])
        and len(joined[1].split()) >= 2
        and joined[1].split()[-1].lower() in _HEAD_WORDS
    )
    return shared_start or shared_head


def is_country(text: str) -> bool:
    """A country's name as pycountry knows it ("Canada", "United Kingdom")."""
    return strip_article(text.strip()) in _country_names()


def is_subdivision(text: str) -> bool:
    """A country's first-level subdivision as ISO 3166-2 names it, alone or with its type
    word ("Hampshire", "Córdoba Province", "Province of Córdoba")."""
    name = strip_article(text.strip())
    names, types = _subdivision_names()
    if name in names:
        return True
    head, _, last = name.rpartition(" ")
    if head in names and last.lower() in types:
        return True
    first, _, rest = name.partition(" of ")
    return (first.lower() in types and rest in names) or name in _prefixed_subdivision_names()


@cache
def _subdivision_names() -> tuple[frozenset[str], frozenset[str]]:
    rows = lexicon.all_subdivisions()
    return frozenset(s.name for s in rows), frozenset(s.type.lower() for s in rows)


@cache
def _prefixed_subdivision_names() -> frozenset[str]:
    """ "Co. Louth", "County Wexford", "Kanton Zürich": a subdivision with the word its
    country writes before it (lexicon/region-prefixes.csv)."""
    return frozenset(
        prefix + ("" if prefix.endswith(("'", "’")) else " ") + s.name
        for country, prefix in lexicon.table("region-prefixes")
        for s in lexicon.subdivisions(country)
    )


@cache
def _country_names() -> frozenset[str]:
    """Every country's name, common name and official name (built once: a scan of pycountry
    per call made long lists slow)."""
    return frozenset(
        name
        for country in pycountry.countries
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None))
        if name is not None
    )


_ORG_HEADS = lexicon.org_head_words()


def _ends_in_legal_form(name: str) -> bool:
    """ "Toubro Limited", "Samsung Electronics Co., Ltd.", "Acme e. V."."""
    return name.endswith(_legal_form_endings())


@cache
def _legal_form_endings() -> tuple[str, ...]:
    """Every legal form after a space or a comma, for one ``str.endswith``."""
    return tuple(ending for form in _legal_forms() for ending in (f" {form}", f",{form}"))


def _complete_name(text: str) -> bool:
    """A piece that is a whole organization's name by its shape: an acronym ("CNES"), an
    acronym in brackets after it, a head noun ("European Space Agency", "University of
    Tokyo") or a legal form at the end ("BHP Group Limited")."""
    name, acronym, _ = split_acronym(clean(text))
    words = strip_article(name).split()
    if not words or not _capitalised(words[0]):
        return False
    return (
        (acronym is not None and is_acronym(acronym))
        or is_acronym(words[0])
        or any(_head_completes(words, index) for index, w in enumerate(words) if w.strip(",") in _ORG_HEADS)
        or _ends_in_legal_form(name)
    )


def is_complete_name(text: str) -> bool:
    """``_complete_name``: a whole organization's name by its shape ("Technische Universität
    München", "Royal Observatory"; not "Edinburgh")."""
    return _complete_name(text)


def _head_completes(words: list[str], index: int) -> bool:
    """A head noun completes a name after other words ("European Space Agency") or before a
    complement or another head ("University of Tokyo", "University College London"); a head
    noun that merely opens two words ("Union Carbide", "Banco Santander") may be the first
    part of a longer name ("Union Carbide and Carbon Corporation")."""
    if index > 0 or len(words) == 1:
        return True
    following = words[1].strip(",")
    return (
        following in GLUE_WORDS or following.lower() in _COMPLEMENT_WORDS or following in _ORG_HEADS or len(words) > 2
    )


def _shares_tail(left: str, right: str) -> bool:
    """ "National Aeronautics and Space Administration", "Larsen and Toubro Limited", "Bill
    and Melinda Gates Foundation": the head noun or legal form after "and" ends one name
    whose first part is no name of its own, so the whole stays one name."""
    words = strip_notes(right).split()
    ends_complete = bool(words) and (words[-1] in _ORG_HEADS or _ends_in_legal_form(strip_notes(right)))
    # "Procter & Gamble and the Ford Foundation": an article opens a new name.
    new_name = right.lower().startswith(("the ", "with "))
    new_name = new_name or _own_name(left, right)  # "Delta Air Lines and Singapore Airlines"
    return ends_complete and not new_name and not left.endswith(")") and not _complete_name(left)


def _and_pieces(piece: str, kind: NameKind, *, serial: bool = False, inner: bool = False) -> list[str]:
    """ "Acme and the Globex Corporation" → two; "Institute of Standards and Technology" → one.

    First the "and"s that are surely inside a name bind their neighbours (``_bound``):
    "of/for X" and one word ("Standards and Technology"), two adjectives before a head noun
    ("Strategic and International Studies"), and, for organizations, words that are no name
    of their own before a head noun or legal form ("Larsen and Toubro Limited"). Between the
    bound runs, "and" splits where the words after it start a new name ("the", an acronym,
    two capitalised words), after a note in brackets, before a common-noun phrase, between
    two one-word names ("Siemens and Airbus", or at the end of a ``serial`` list of one-word
    names), and, for organizations, after a name complete on its own (``_complete_name``)
    when one word or another complete name follows. In an ``inner`` piece of a comma list
    (where the list's own "and" cannot be), only between two complete names.
    """
    parts = split_words_top_level(piece, "and")
    if len(parts) < 2 or _acronym_of_whole(piece, parts[-1]):
        return [piece]
    parts = [parts[0], *(re.sub(r"^with\s+", "", part) for part in parts[1:])]
    runs = [parts[0]]
    for left, right in itertools.pairwise(parts):
        if _bound(left, right, kind):
            runs[-1] = f"{runs[-1]} and {right}"
        else:
            runs.append(right)
    result = [runs[0]]
    for right in runs[1:]:
        left = result[-1]
        if _and_splits(left, right, kind, serial=serial, inner=inner):
            result.append(right)
        else:
            result[-1] = f"{left} and {right}"
    return result


def _acronym_of_whole(piece: str, last: str) -> bool:
    """ "Food and Agriculture Organization of the United Nations (FAO)": the acronym in brackets
    spells the initials of the whole piece from its first word, not those of the part after
    its last "and", so the "and" sits inside the one name the acronym stands for."""
    name, acronym, _ = split_acronym(clean(piece))
    if acronym is None or not is_acronym(acronym):
        return False
    letters = [c for c in acronym.upper() if c.isalpha()]
    whole = [w[0].upper() for w in strip_article(name).split() if w[:1].isalpha()]
    tail = [w[0].upper() for w in strip_article(split_acronym(clean(last))[0]).split() if w[:1].isalpha()]
    return len(letters) >= 3 and whole[:1] == letters[:1] and _in_order(letters, whole) and not _in_order(letters, tail)


def _in_order(letters: list[str], initials: list[str]) -> bool:
    """The ``letters`` are among ``initials``, in order."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


def _bound(left: str, right: str, kind: NameKind) -> bool:
    """The "and" between two neighbouring parts sits inside one name."""
    words = strip_notes(right).split()
    if left.endswith(")"):
        return False
    if _country_across(left, right):  # "Trinidad and Tobago", "Saint Vincent and the Grenadines"
        return True
    left_words = strip_notes(left).split()
    if len(words) == 1 and words[0].isalpha() and words[0].islower() and left_words and left_words[-1].islower():
        return True  # "Pacific Island countries and territories": one lowercase word is no name of its own
    glued = _complement_end(left) and len(words) == 1
    adjectives = _adjective(left.split()[-1]) and 1 <= len(words) <= 3 and _adjective(words[0])
    return glued or adjectives or (kind is NameKind.ORGANIZATION and _shares_tail(left, right))


def _country_across(left: str, right: str) -> bool:
    """A country whose name holds "and" spans the "and" between ``left`` and ``right``."""
    return any(left.endswith(before) and right.startswith(after) for before, after in _and_countries())


@cache
def _and_countries() -> tuple[tuple[str, str], ...]:
    """The names of countries (pycountry's) that hold "and", cut at it: ("Bosnia", "Herzegovina")."""
    return tuple(
        (before, after)
        for name in sorted(_country_names())
        if " and " in name
        for before, _, after in [name.partition(" and ")]
    )


_COMPLEMENT_WORDS = frozenset({"of", "for", "on", "in"})


def _complement_end(text: str) -> bool:
    """ "Institute of Standards", "College of Nanoscale Science": the text ends in a
    complement of up to three capitalised words, which one more word after "and" continues."""
    words = text.split()
    for back in range(1, min(4, len(words) - 1) + 1):
        if words[-back - 1] in _COMPLEMENT_WORDS:
            return all(_capitalised(w) for w in words[-back:])
    return False


def _and_splits(left: str, right: str, kind: NameKind, *, serial: bool, inner: bool) -> bool:
    after_note = left.endswith(")")  # "Orion (capsule) and Gateway": the note ends an item
    organization = kind is NameKind.ORGANIZATION
    if organization and inner:  # "Norway and Sweden": two countries are two
        both_countries = is_country(strip_notes(left)) and is_country(strip_notes(right))
        return after_note or both_countries or (_complete_name(left) and _complete_name(right))
    words = strip_notes(right).split()
    # Two capitalised words after "and" start a new name only when both sides are names on
    # their own: "Union Carbide and Carbon Corporation", "Faculty of Arts and Social Sciences"
    # stay whole.
    two_names = (
        len(words) >= 2
        and all(_capitalised(w) for w in words[:2])
        and _names_on_their_own(strip_notes(left), strip_notes(right), kind)
    )
    new_name = (
        right.lower().startswith("the ")
        or (words and is_acronym(words[0]))
        or two_names
        # "Faculty of Law and Faculty of Medicine": the same head word starts the next name.
        or (len(words) >= 2 and _capitalised(words[0]) and words[0] == strip_article(left).split()[0])
    )
    one_word_each = (organization or serial) and _single_word(strip_notes(left)) and len(words) == 1
    # "Bosch and leading research universities": a name, then a common-noun phrase.
    to_lowercase = (
        bool(words) and words[0][0].islower() and words[0] not in GLUE_WORDS and check_org_name(left) is not None
    )
    # "the Ford Foundation and Siemens", "the Ford Foundation and Larsen and Toubro Limited",
    # "Texas Instruments and Intel" (a one-word name after a name of several words).
    after_complete = (
        organization
        and bool(words)
        and _capitalised(words[0])
        and (
            (_complete_name(left) and (len(words) == 1 or _complete_name(right)))
            or (len(words) == 1 and len(strip_article(strip_notes(left)).split()) >= 2)
        )
    )
    # "Delta Air Lines and Singapore Airlines": a name of its own (``_own_name``) and
    # capitalised words after it are two names, not one name sharing a head.
    own_names = organization and len(words) >= 2 and all(_capitalised(w) for w in words) and _own_name(left, right)
    return bool(new_name or one_word_each or after_note or to_lowercase or after_complete or own_names)


def _own_name(left: str, right: str) -> bool:
    """The words before "and" are a name of their own, not the first part of a name with a
    shared head: three capitalised words ("Delta Air Lines"), or a country opens the words
    after "and" ("Air France and Singapore Airlines"). Shared-head parts are short: "Bill",
    "National Aeronautics", "Natural Sciences"."""
    left_words, right_words = strip_notes(left).split(), strip_notes(right).split()
    three_capitalised = len(left_words) >= 3 and all(_capitalised(w) for w in left_words)
    return three_capitalised or (len(right_words) >= 2 and is_country(right_words[0]))


def _names_on_their_own(left: str, right: str, kind: NameKind) -> bool:
    """Both sides of an "and" are whole names: an organization's by ``_complete_name``, a
    unit's or program's by a unit word ("Faculty of Arts") or an acronym in it; a name
    joined by "&" ("Larsen & Toubro") is one; two names with the same last word ("South
    Central Railway and East Coast Railway") are two."""
    left_words, right_words = left.split(), right.split()
    if len(left_words) >= 2 and len(right_words) >= 2 and left_words[-1] == right_words[-1]:
        return True
    if kind is NameKind.ORGANIZATION:  # "3M and Siemens AG": a one-word name is whole
        return all(_complete_name(side) or " & " in side or _single_word(side) for side in (left, right))
    return all(_complete_name(side) or _has_unit_word(side) for side in (left, right))


def _has_unit_word(text: str) -> bool:
    return any(w.lower() in _HEAD_WORDS for w in strip_article(text).split() if _capitalised(w))


_ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous", "ary", "an", "ern", "ese", "ish")


def _adjective(word: str) -> bool:
    """A capitalised word shaped like an adjective ("Strategic", "International", "African")."""
    return _capitalised(word) and word.isalpha() and word.lower().endswith(_ADJECTIVE_ENDINGS)


def and_pieces_decided(name: str, kind: NameKind) -> list[str] | None:
    """A unit or program name with one "and" judged as one name or two; ``None`` when the
    shape cannot decide (the reader then states no entity rather than guess).

    The question arises only when the words before "and" are a name of their own (a coined
    word "PlantwisePlus", an acronym, or words ending in a head word "Aroma Mission"): then
    capitalised words after it are a second name ("JIGYASA", "Action on Invasives"), and
    anything else is undecided. Otherwise the "and" is inside one name ("Higher Education
    and Research in Africa", "Kenya Population and Housing Census")."""
    parts = split_words_top_level(name, "and")
    if len(parts) != 2:
        return [name]
    left, right = (strip_notes(part) for part in parts)
    right_words = right.split()
    if not _own_program_name(left) or _bound(left, right, kind) or _complement_tail(left):
        return [name]
    return parts if right_words and _capitalised(right_words[0]) else None


def _complement_tail(text: str) -> bool:
    """ "Rice for Africa", "Institute of Physics, Chemistry": capitalised words after "of/for/on/in"."""
    words = text.split()
    glue = max((i for i, w in enumerate(words) if w in _COMPLEMENT_WORDS), default=-1)
    return 0 < glue < len(words) - 1 and all(_capitalised(w.rstrip(",")) for w in words[glue + 1 :])


def _coined(word: str) -> bool:
    """One coined word: an inner capital ("PlantwisePlus") or an acronym ("JIGYASA")."""
    return " " not in word and (is_acronym(word) or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", word) is not None)


def _own_program_name(text: str) -> bool:
    words = strip_article(text).split()
    heads = lexicon.program_head_words()
    # The head word ends the name: "Institute of Physics, Chemistry" is the first part of one.
    last = words[-1] if words else ""
    return (len(words) == 1 and _coined(last)) or (len(words) >= 2 and (last in heads or _has_unit_word(last)))


def split_names(text: str, kind: NameKind = NameKind.ORGANIZATION) -> list[str] | None:
    """A list of names split at commas and "and", or ``None`` when a piece is no name.

    Run after bullets and semicolons have been split. A legal form stays with its name, an
    enumeration inside a name stays whole, "&" never splits, a country after the last name
    is a location note ("University of Manitoba, Canada"). The pieces keep their notes and
    acronyms: read each with ``org_mention``.
    """
    names = list_pieces(text, kind)
    if names and all(name_problem(_cleaned(_without_acronym(n)), kind) is None for n in names):
        return names
    return None


def list_pieces(text: str, kind: NameKind = NameKind.ORGANIZATION) -> list[str]:
    """The pieces ``split_names`` would give, before any of them is checked."""
    text = clean(text)
    pieces = _comma_pieces(text)
    if is_enumeration_inside_a_name(pieces):
        return [text]
    # "Acme Labs, Germany": the country is where the last name is; in "Hungary, Poland,
    # Romania" it is one more item of a list of countries.
    if len(pieces) > 1 and is_country(pieces[-1]) and not any(is_country(strip_notes(p)) for p in pieces[:-1]):
        pieces = pieces[:-1]
    if kind is NameKind.ORGANIZATION:
        # "Partnership to Protect Forests, Rivers and Wetlands, the World Bank": such a name is
        # one piece; the runs of pieces around it are split as usual.
        return [
            name
            for segment in _infinitive_segments(pieces)
            for name in ([clean(segment)] if isinstance(segment, str) else _enumerated_pieces(segment, kind))
        ]
    return _plain_pieces(pieces, kind)


def _enumerated_pieces(pieces: list[str], kind: NameKind) -> list[str]:
    """``_plain_pieces`` around each enumeration inside a name ("USAID and the UK Foreign,
    Commonwealth and Development Office"): a loop, not a recursion, so that a long list of
    them cannot exhaust the stack."""
    found: list[str] = []
    while pieces:
        (before, after), whole = _embedded_enumeration(pieces)
        if whole is None:
            break
        found.extend([*(_plain_pieces(before, kind) if before else []), clean(whole)])
        pieces = after
    return found + (_plain_pieces(pieces, kind) if pieces else [])


def _plain_pieces(pieces: list[str], kind: NameKind) -> list[str]:
    """Comma pieces split at "and" (``_and_pieces``) and at "and" of other languages."""
    serial = len(pieces) > 1 and all(_single_word(strip_notes(clean(p))) for p in pieces[:-1])
    inner = [False] * len(pieces)
    if kind is NameKind.ORGANIZATION and len(pieces) > 1:
        # "A, B and C": the list's own "and" is the first one of the last piece (unless an
        # Oxford comma took it: "A, B, and C"); any other "and" sits inside a name.
        oxford = bool(_LEADING_CONJUNCTION.match(pieces[-1]))
        inner = [True] * (len(pieces) - 1) + [oxford]  # after ", and" any "and" is inside a name
        last = clean(pieces[-1])
        conjunction = split_words_top_level(last, "and") if not oxford else []
        # "…, Saint Vincent and the Grenadines and Dominica": an "and" inside a country's
        # name is not the list's own; the next one is.
        at = next(
            (
                k
                for k in range(1, len(conjunction))
                if not _country_across(" and ".join(conjunction[:k]), " and ".join(conjunction[k:]))
            ),
            None,
        )
        if at is not None:
            first, rest = " and ".join(conjunction[:at]), " and ".join(conjunction[at:])
            pieces = [*pieces[:-1], first, rest]
            inner.insert(-1, True)
    return [
        clean(part)
        for piece, within in zip(pieces, inner, strict=True)
        for name in _and_pieces(clean(piece), kind, serial=serial, inner=within)
        for other in _other_and_pieces(clean(name))
        for part in _ampersand_pieces(clean(other))
    ]


def _ampersand_pieces(name: str) -> list[str]:
    """ "ILAC & IAF", "Thailand & Viet Nam" → two: a spaced "&" splits only between two
    acronyms, two countries or two names complete on their own; "Procter & Gamble",
    "Johnson & Johnson", "Marine, Coastal & Estuarine Office" and "AT&T" stay whole."""
    parts = split_words_top_level(name, "&")
    if len(parts) != 2:
        return [name]
    left, right = (strip_notes(p) for p in parts)
    acronyms = is_acronym(left) and is_acronym(right)
    countries = is_country(left) and is_country(right)
    complete = len(left.split()) >= 2 and len(right.split()) >= 2 and _complete_name(left) and _complete_name(right)
    return parts if acronyms or countries or complete else [name]


_LEADING_CONJUNCTION = re.compile(r"^\s*(?:and|&)\s", re.I)


def _embedded_enumeration(pieces: list[str]) -> tuple[tuple[list[str], list[str]], str | None]:
    """ "A, USAID and the UK Foreign, Commonwealth and Development Office, B": an
    enumeration inside a name inside a longer list, opened by "the" and closed by "X and Y
    Head". Returns ((the pieces before it, the pieces after it), the name), or ``(([], []),
    None)`` when there is none. Without "the" before it, a list of single words ending in
    "X and Y Group" is a list of companies and is left alone."""
    for start, piece in enumerate(pieces):
        opening = split_words_top_level(clean(piece), "and")
        tail = opening[-1]
        last = tail.split()[-1]
        if not tail.startswith("the ") or last in _ORG_HEADS or _ends_in_legal_form(tail) or not _capitalised(last):
            continue
        for end in range(start + 1, len(pieces)):
            middle = [clean(p) for p in pieces[start + 1 : end]]
            if not all(_single_word(p) and not is_acronym(p) for p in middle):
                break
            closing = split_words_top_level(clean(pieces[end]), "and")
            if len(closing) < 2 or not _single_word(closing[0]) or len(closing[1].split()) < 2:
                continue
            # "the United Nations, Europol and the World Customs Organization": a closing
            # piece with its own article is a name of its own, never the shared head's end.
            if closing[1].lower().startswith("the "):
                continue
            if strip_notes(closing[1]).split()[-1] not in _ORG_HEADS:
                continue
            name = ", ".join([tail, *middle, f"{closing[0]} and {closing[1]}"])
            before = [*pieces[:start], " and ".join(opening[:-1])] if opening[:-1] else pieces[:start]
            after = [" and ".join(closing[2:])] if closing[2:] else []
            return (before, after + pieces[end + 1 :]), name
    return ([], []), None


def _infinitive_segments(pieces: list[str]) -> list[str | list[str]]:
    """ "Partnership to Protect Forests, Rivers and Wetlands, the World Bank and UNICEF": the
    one-word pieces after a name ending in its own infinitive and object, up to the first
    "X and Y" of two single words, are that verb's objects and stay in the name (a ``str``);
    the runs of list pieces around such names stay lists. One pass: a one-word piece opens no
    such name, so no run is read twice."""
    segments: list[str | list[str]] = []
    run: list[str] = []
    start = 0
    while start < len(pieces):
        end = _infinitive_end(pieces, start)
        if end is None:
            run.append(pieces[start])
            start += 1
            continue
        if run:
            segments.append(run)
            run = []
        segments.append(", ".join(clean(p) for p in pieces[start : end + 1]))
        start = end + 1
    return [*segments, run] if run else segments


def _infinitive_end(pieces: list[str], start: int) -> int | None:
    """The index of the "X and Y" piece that closes the objects of the name at ``start``."""
    head = clean(pieces[start])
    if not _INFINITIVE_END.search(head) or not _capitalised(head.split()[-1]):
        return None
    for end in range(start + 1, len(pieces)):
        closing = split_words_top_level(clean(pieces[end]), "and")
        if not all(_single_word(p) and _capitalised(p) and not is_acronym(p) for p in closing):
            return None
        if len(closing) == 2:
            return end
        if len(closing) != 1:
            return None
    return None


_OTHER_AND = frozenset(word for word, _ in lexicon.table("and-words"))


def _stands_alone(name: str) -> bool:
    """A name complete on its own: it ends in a legal form ("Matra Communication S.A.") or is
    an acronym ("SAGEM")."""
    words = strip_notes(name).split()
    if not words or check_org_name(name) is None:
        return False
    return is_acronym(" ".join(words)) or (len(words) >= 2 and is_legal_form(words[-1]))


def _other_and_pieces(name: str) -> list[str]:
    """ "Matra Communication S.A. et SAGEM S.A." → two names: "and" in another language
    (lexicon/and-words.csv) splits only between two names that each stand alone, or two
    that start with the same head word ("Faculté de Droit et Faculté de Médecine"); inside a
    name it stays ("Ministerstwo Klimatu i Środowiska")."""
    for word in sorted(_OTHER_AND & set(name.split())):
        parts = split_words_top_level(name, word)
        if len(parts) < 2:
            continue
        heads = {strip_article(p).split()[0] for p in parts}
        same_head = len(heads) == 1 and all(len(p.split()) >= 2 for p in parts) and _capitalised(next(iter(heads)))
        if all(check_org_name(p) for p in parts) and (same_head or all(_stands_alone(p) for p in parts)):
            return [piece for part in parts for piece in _other_and_pieces(part)]
    return [name]


def _without_acronym(text: str) -> str:
    return split_acronym(text)[0]


# --- person names ----------------------------------------------------------------------


# Person titles as word tuples, for ``_title_length``: one set lookup per title length instead
# of a scan of the table per token. An abbreviation's last word may carry a full stop.
_PLAIN_TITLES = frozenset(tuple(t.title.split()) for t in lexicon.person_titles() if not t.abbreviation)
_ABBREVIATED_TITLES = frozenset(tuple(t.title.split()) for t in lexicon.person_titles() if t.abbreviation)
_TITLE_LENGTHS = tuple(sorted({len(words) for words in _PLAIN_TITLES | _ABBREVIATED_TITLES}, reverse=True))


# "HE Haitham Al Ghais", "HRH Prince A B": a dotted honorific of capitals ("H.E", "H.R.H")
# written without its dots; person-titles.csv's dotted rows spell them.
_UNDOTTED_HONORIFICS = frozenset(
    t.title.replace(".", "")
    for t in lexicon.person_titles()
    if t.abbreviation and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", t.title)
)


def _title_length(tokens: list[str]) -> int:
    """How many of the first ``tokens`` form one title ("Prof.", "Rt Hon", "Prime Minister"):
    the longest title that matches."""
    if len(tokens) >= 3 and tokens[0] in _UNDOTTED_HONORIFICS:
        return 1  # only before two words or more: "HE Jiankui" is a family name in capitals
    if len(tokens) >= 3 and _initial_title(tokens[0], tokens[1]):
        return 1
    for length in _TITLE_LENGTHS:
        if length > len(tokens):
            continue
        head = tuple(tokens[:length])
        if head in _PLAIN_TITLES or (*head[:-1], head[-1].rstrip(".")) in _ABBREVIATED_TITLES:
            return length
    return 0


def _initial_title(word: str, following: str) -> bool:
    """ "M. Paul Girard": a form of address written like an initial is a title before a given name
    in full; before another initial ("M. S. Rao") it is the person's own."""
    return word.endswith(".") and word[:-1] in lexicon.initial_titles() and _is_name_word(following)


def _is_post_nominal(word: str) -> bool:
    word = word.strip(",")
    if word in lexicon.post_nominals():
        return True
    # nameparser's suffix acronyms, only when written in capitals ("CBE", not "Cbe").
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.lower() in NAMEPARSER.suffix_acronyms


def _is_initial(word: str) -> bool:
    letters = word.replace(".", "")
    return 1 <= len(letters) <= 3 and letters.isalpha() and letters.isupper() and (len(letters) == 1 or "." in word)


_APOSTROPHE_OR_HYPHEN = re.compile(r"['’-]")


def _is_name_word(word: str) -> bool:
    """ "Røttingen", "Berners-Lee", "O'Brien", "d'Estaing", "YAMAKAWA"."""
    core = _ELIDED.sub("", word)
    pieces = _APOSTROPHE_OR_HYPHEN.split(core)
    return (
        len(core) >= 2
        and core[0].isupper()
        and all(piece.isalpha() for piece in pieces)
        and word.lower() not in _NOT_IN_PERSON
        and word not in _LEGAL_FORM_WORDS
    )


_SPACES = re.compile(r"\s+")
_NOT_IN_A_NAME = re.compile(r"[()\[\]{}\"/\\@\d]")
_NOTE_WORDS = 3  # a bracketed note after a title has at most this many words ("(Air Force)")


def leading_titles(text: str) -> tuple[tuple[str, ...], str]:
    """The titles and ranks before a person's name, with the bracketed notes after them
    ("H.H. Sheikh", "Maj. Gen. (Staff)", "Dr. (Mrs.)"), and the rest of ``text`` (spaces
    normalised). Titles are only taken while a word follows them: "Sheikh" alone stays."""
    tokens = text.split()
    titles: list[str] = []
    start = 0
    while start < len(tokens):
        length = _title_length(tokens[start:]) or (_note_length(tokens[start:]) if titles else 0)
        if not length or start + length >= len(tokens) or _surname_after_address(titles, tokens[start:]):
            break
        titles.append(" ".join(tokens[start : start + length]))
        start += length
    return tuple(titles), " ".join(tokens[start:])


def _surname_after_address(titles: list[str], tokens: list[str]) -> bool:
    """ "Mr Hon Sui Sen": a title word that is also a family name, without its full stop, right
    after a form of address and before exactly two more words, is the family name."""
    return (
        bool(titles)
        and titles[-1].rstrip(".") in lexicon.surname_titles("address")
        and tokens[0] in lexicon.surname_titles("surname")
        and len(tokens) == 3
        and not any(token.endswith(".") for token in tokens[1:])
    )


def _note_length(tokens: list[str]) -> int:
    """How many of the first ``tokens`` form a bracketed note on a title: "(Staff)", "(Retd.)",
    "(Air Force)", "(Smt.)"; 0 when they do not."""
    if not tokens or not tokens[0].startswith("("):
        return 0
    for end in range(min(_NOTE_WORDS, len(tokens))):
        if tokens[end].endswith(")"):
            words = " ".join(tokens[: end + 1])[1:-1].split()
            inner = " ".join(words).rstrip(".")
            known = inner.casefold() in lexicon.title_notes() or (words and _title_length(words) == len(words))
            return end + 1 if known else 0
    return 0


@lru_cache(maxsize=4096)  # pure, a frozen value: several readers ask about the same words
def person_name(text: str, *, role_surname: bool = False) -> PersonName | None:
    """The person named by all of ``text``, or ``None`` when it is not a person's name.

    ``role_surname``: the text stands where a person is expected (after "Role:"), so a role
    word that is also a family name ("Jeff Dean", role-surnames.csv) may end the name.

    Titles before the name and post-nominals after it (also after a comma) are split off;
    the rest must be two to six words: capitalised words, initials ("S.", "J. R. R."),
    particles inside ("von der", "des", "i") and a generational suffix ("Jr.") at the end.
    """
    # "Dr. (Smt.) N. Kalaiselvi", "Maj. Gen. (Staff) A B": titles and their bracketed notes go.
    found_titles, text = leading_titles(_SPACES.sub(" ", text).strip(" ;:"))
    text = text.strip(" ;:")
    if not text or not _balanced(text) or _NOT_IN_A_NAME.search(text):
        return None
    head, *tail = [part.strip() for part in text.split(",")]
    post: list[str] = []
    for part in tail:
        if not part or not all(_is_post_nominal(w) for w in part.split()):
            return None
        post.extend(part.split())
    tokens = head.split()
    titles = list(found_titles)
    while len(tokens) > 2 and _is_post_nominal(tokens[-1]):
        post.insert(0, tokens.pop())
    if tokens and not _is_initial(tokens[-1]) and tokens[-1] not in _GENERATIONAL:
        tokens[-1] = tokens[-1].rstrip(".")
    if not _well_formed(tokens, role_surname=role_surname):
        return None
    name = " ".join(tokens)
    given, family = _given_family(tokens)
    return PersonName(name, given, family, tuple(titles), tuple(post))


def _well_formed(tokens: list[str], *, role_surname: bool = False) -> bool:
    core = tokens[:-1] if tokens and tokens[-1] in _GENERATIONAL else tokens
    if role_surname and len(core) >= 2 and core[-1].lower() in lexicon.role_surnames() and core[-1].istitle():
        core = [*core[:-1], "Surname"]  # "Jeff Dean": a family name; the words before still count
    # "Ana María de la Fuente y Ruiz": particles do not count towards the six words.
    if not 2 <= len(core) <= 9 or not 2 <= len([w for w in core if w not in PARTICLES]) <= 6:
        return False
    if not _is_name_word(core[0]) and not _is_initial(core[0]):
        return False
    if not _is_name_word(core[-1]) or core[-1] in _ORG_HEAD_WORDS:
        return False
    for word in core[1:-1]:
        if not (_is_name_word(word) or _is_initial(word) or word in PARTICLES):
            return False
    words = [w for w in core if w not in PARTICLES and not _is_initial(w)]
    # A name has at least one word in mixed case: "CERN ESA" is a list of acronyms.
    return any(any(c.islower() for c in w) for w in words)


def _given_family(tokens: list[str]) -> tuple[str, str]:
    """Given and family names: family-name-first capitals ("YAMAKAWA Hiroshi") as written;
    otherwise the last word with the particles before it ("von der Leyen") is the family name."""
    if len(tokens[0]) > 1 and tokens[0].isalpha() and tokens[0].isupper() and not any(t.isupper() for t in tokens[1:]):
        return " ".join(tokens[1:]), tokens[0]
    end = len(tokens) - 1 if tokens[-1] in _GENERATIONAL else len(tokens)
    start = end - 1
    while start > 1 and tokens[start - 1] in PARTICLES:
        start -= 1
    # "Pujol i Soley", "Ramón y Cajal": a conjunction joins two family names.
    if start > 1 and tokens[start] in _JOINING_PARTICLES:
        start -= 1
    return " ".join(tokens[:start]), " ".join(tokens[start:])


def person(text: str) -> Mention | None:
    """A person's name at the start of ``text`` ("Jane Doe, who ..."), titles removed."""
    _, text = leading_titles(clean(text))
    match = PERSON.match(text)
    if not match:
        return None
    found = person_name(match["person"])
    return found.mention() if found else None


# --- other helpers -----------------------------------------------------------------------


def mention(text: str, kind: str = "organization") -> Mention | None:
    """A mention from a phrase such as ``"the Advanced ... Office (AMNPO)"`` (unchecked)."""
    text = strip_article(clean(text))
    name, acronym, notes = split_acronym(text)
    if acronym and not notes and name:
        return Mention(name, kind, acronym)
    return Mention(text, kind) if text else None


def first_proper(text: str) -> Mention | None:
    """The first capitalised name in ``text`` (skipping a sentence-initial article)."""
    for match in PROPER.finditer(text):
        name = strip_article(match["name"]).strip(" .,")
        if name.lower() in GLUE_WORDS or not name:
            continue
        if name.split()[0].lower() in {"it", "its", "this", "these", "while", "with"}:
            continue
        return Mention(name, "organization", match["acr"])
    return None


def same_name(a: str, b: str) -> bool:
    return _name_slug(a) == _name_slug(b)


def same_written_name(a: str, b: str) -> bool:
    """``same_name`` that also keeps what a slug drops: "C++ Foundation" is not "C Foundation"."""
    return same_name(a, b) and _written(a) == _written(b)


def _written(name: str) -> str:
    return " ".join(strip_article(name).casefold().split()).rstrip(".")


@lru_cache(maxsize=4096)  # pure: the same names are compared many times (NFKD per call otherwise)
def _name_slug(name: str) -> str:
    return slugify(strip_article(name))


# Life dates after an inverted name in a catalogue record: "1876-1951", "d. 1951",
# "fl. 1903-1924", "ca. 1890-", "[1901]", "1952?", "196-".
_LIFE_DATES = re.compile(
    r"(?:(?:b|d|fl|ca|c)\.\s?)?\[?\d{3}[\d-]\]?\??(?:\s?[–-]\s?(?:(?:d|fl|ca|c)\.\s?)?(?:\[?\d{3}[\d-]\]?\??)?)?"
)


def natural_order(text: str, *, catalogue: bool = False) -> str | None:
    """ "Liao, James C." → "James C. Liao"; "Drummond, Eric, Sir, 1876-1951" → "Eric
    Drummond"; "Smith, John, Jr." → "John Smith Jr.": a name inverted for sorting (family
    name, comma, given names, then titles, a generational suffix, post-nominals or life
    dates) in natural order, without titles and dates; ``None`` when ``text`` is not one
    (a name already in natural order, "John Smith, Jr.", is not inverted). ``catalogue``:
    the record around it is marked as a catalogue's ("Director, 1957-1962?: …")."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2:
        return None
    family, given, *rest = parts
    suffixes: list[str] = []
    for part in rest:
        tokens = part.split()
        if part in _GENERATIONAL:
            suffixes.append(part)
        elif not (
            _LIFE_DATES.fullmatch(part) or (tokens and _title_length(tokens) == len(tokens)) or _is_post_nominal(part)
        ):
            return None
    family_words, given_words = family.split(), given.split()
    if not (1 <= len(family_words) <= 3 and 1 <= len(given_words) <= 4) or given in _GENERATIONAL:
        return None
    if not all(_is_name_word(w) or w in PARTICLES for w in family_words) or family_words[0] in PARTICLES:
        return None
    if not all(_is_name_word(w) or _is_initial(w) for w in given_words) or _title_length(given_words):
        return None
    if is_country(given) or is_country(family):  # "Paris, France": a place, then its country
        return None
    # "Jane Doe, Berlin" or "Martínez Tono, Rodolfo": a whole name then one word may be a name
    # and its place; only a catalogue's marks (dates, a title, an initial) decide.
    marked = catalogue or bool(rest) or len(given_words) > 1 or any(_is_initial(w) for w in given_words)
    if len(family_words) > 1 and not marked:
        return None
    if not marked and (given in _subdivision_names()[0] or family in _subdivision_names()[0]):
        return None  # "Paris, Texas": a town and its state, unless a catalogue mark says otherwise
    natural = " ".join([given, family, *suffixes])
    return natural if person_name(natural) else None


# "Life Sciences, Division of", "Education, Ministry of the": a body's name inverted for
# sorting, its head word and joining word after the comma.
_INVERTED_BODY = re.compile(
    r"(?P<own>[^,]{1,120}),\s(?P<head>[A-Z][\w'’-]{1,40}(?:\s[A-Z][\w'’-]{1,40}){0,2})\s(?P<glue>of|for|on)(?:\s(?P<the>the))?"
)


def body_natural_order(text: str, kind: NameKind = NameKind.ORGANIZATION) -> str | None:
    """ "Life Sciences, Division of" → "Division of Life Sciences"; "Interior, Ministry of
    the" → "Ministry of the Interior": a body's name inverted for sorting, in natural order,
    when its head is a unit or organization word and the result passes the name check."""
    match = _INVERTED_BODY.fullmatch(text.strip())
    if not match:
        return None
    heads = lexicon.org_head_words() | frozenset(lexicon.unit_words())
    if not any(word in heads or word.lower() in heads for word in match["head"].split()):
        return None
    natural = " ".join(w for w in (match["head"], match["glue"], match["the"], match["own"].strip()) if w)
    return natural if name_problem(natural, kind) is None else None


def owner_names(identity: Identity) -> tuple[str, ...]:
    """The organization's own names as the owner of a sentence may give them ("Unilever's head
    office …"): each own name as written, and without its legal form ("Unilever PLC" →
    "Unilever", "Singapore Airlines Limited" → "Singapore Airlines"; legal-form-suffixes.csv)
    when what is left is two words or longer than three letters; longest first."""
    names = set(identity.own_names)
    for name in identity.own_names:
        for suffix in lexicon.legal_form_suffixes():
            short = name[: -len(suffix) - 1].rstrip(",").strip() if name.endswith(" " + suffix) else ""
            if " " in short or len(short) > 3:
                names.add(short)
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def possessive_marks(name: str) -> tuple[str, ...]:
    """The possessive endings written after ``name``: "'s" (either apostrophe), and a bare
    apostrophe after a name ending in "s" ("Singapore Airlines' chief executive")."""
    return ("'s ", "’s ", *(("' ", "’ ") if name.endswith("s") else ()))


def own_possessive_opening(text: str, identity: Identity) -> int:
    """The length of the owner that opens ``text`` when it is the organization itself ("The
    SNCF's ", "Unilever's " for Unilever PLC, "Singapore Airlines' "): "the" maybe, an own name
    (``owner_names``) and a possessive mark (``possessive_marks``); 0 when another body or
    nothing of the kind opens it. The readers read such a sentence as opening with "Its"."""
    for name in owner_names(identity):
        for lead in ("", "The ", "the "):
            for mark in possessive_marks(name):
                if text.startswith(lead + name + mark):
                    return len(lead) + len(name) + len(mark)
    return 0
