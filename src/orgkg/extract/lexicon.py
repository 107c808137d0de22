"""Domain words of extraction, read from ``ontology/lexicon/*.csv`` (docs/extraction.md,
"Lexicon tables").

One table per concept, each loaded once (``functools.cache``) into immutable typed values:
tuples where the order matters (regex alternatives are tried in file order), frozensets
for membership. A malformed table is a packaging bug, reported with file, line and reason.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from orgkg.model import OrgKind
from orgkg.resources import LexiconError as LexiconError  # re-exported: the readers raise it
from orgkg.resources import data_file, lexicon_table

# ``lexicon.table(name)``: the rows of one table, for every reader of the extractor
table = lexicon_table

_YES_NO = {"yes": True, "no": False}


def _column(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in table(name))


def _flag(name: str, value: str) -> bool:
    if value not in _YES_NO:
        raise LexiconError(f"lexicon/{name}.csv: '{value}' is not yes or no")
    return _YES_NO[value]


@cache
def language_abbreviations() -> tuple[str, ...]:
    """Abbreviated language labels ("engl.", "russ.", "dt."), longest first."""
    return tuple(sorted(_column("language-abbreviations"), key=lambda a: (-len(a), a)))


def alternation(words: Iterable[str]) -> str:
    """``words`` as literal regex alternatives, in the given order."""
    return "|".join(re.escape(word) for word in words)


ONE_SPACE = r"\s"  # a separator for spaced_alternation: exactly one white-space character


def spaced_alternation(phrases: Iterable[str], separator: str = r"\s+") -> str:
    """``phrases`` as regex alternatives, in the given order, whose words are separated by
    ``separator``: by default any run of white space (a line break included), so "with effect
    from" matches "with effect\nfrom"; ``ONE_SPACE`` for exactly one white-space character."""
    return "|".join(separator.join(map(re.escape, phrase.split())) for phrase in phrases)


@dataclass(frozen=True)
class GlueWord:
    word: str
    in_names: bool
    in_events: bool
    in_acts: bool


@cache
def name_glue() -> tuple[GlueWord, ...]:
    return tuple(
        GlueWord(w, _flag("name-glue", a), _flag("name-glue", b), _flag("name-glue", c))
        for w, a, b, c in table("name-glue")
    )


@cache
def name_glue_words() -> frozenset[str]:
    """The glue words that stand inside names ("of", "de la", "für"; name-glue.csv's in_names)."""
    return frozenset(g.word for g in name_glue() if g.in_names)


@cache
def glue_words() -> frozenset[str]:
    """Every glue word: ignored when checking that a name's words are capitalised."""
    return frozenset(g.word for g in name_glue())


@cache
def name_particles() -> tuple[str, ...]:
    return _column("name-particles")


@dataclass(frozen=True)
class PersonTitle:
    title: str
    abbreviation: bool  # may be followed by a full stop


@cache
def person_titles() -> tuple[PersonTitle, ...]:
    return tuple(PersonTitle(t, _flag("person-titles", a)) for t, a in table("person-titles"))


@cache
def surname_titles(role: str) -> frozenset[str]:
    """Words of lexicon/surname-titles.csv with ``role``: "address" (forms of address, "Mr") or
    "surname" (title words that are also family names, "Hon")."""
    return frozenset(word for word, found in table("surname-titles") if found == role)


@cache
def title_notes() -> frozenset[str]:
    """Bracketed notes after a rank or title, before the name ("Maj. Gen. (Staff)"), casefolded
    (lexicon/title-notes.csv)."""
    return frozenset(note.casefold() for note in _column("title-notes"))


@cache
def nobility_titles() -> tuple[str, ...]:
    """Titles of nobility before a founder's given names (lexicon/nobility-titles.csv), longest first."""
    return tuple(sorted(_column("nobility-titles"), key=len, reverse=True))


@cache
def peerage_styles() -> tuple[str, ...]:
    """Styles of a peer written as an aside after the person's name ("Julian Roe, Lord Harbury,
    served as chairman"; lexicon/peerage-styles.csv), longest first."""
    return tuple(sorted(_column("peerage-styles"), key=lambda w: (-len(w), w)))


@cache
def nationality_adjectives() -> tuple[str, ...]:
    """Nationality adjectives written before a founder's name ("the British Ann Roe",
    lexicon/nationality-adjectives.csv): no part of the name. Longest first."""
    return tuple(sorted(_column("nationality-adjectives"), key=len, reverse=True))


@cache
def not_person_words() -> frozenset[str]:
    return frozenset(_column("not-person-words"))


@cache
def table_columns() -> dict[str, str]:
    """A pipe table's column heading (lowercase) → what the column holds: post, holder, unit."""
    return {header: column for header, column in table("table-columns")}


@cache
def initial_titles() -> frozenset[str]:
    """Forms of address written like an initial, without their full stop ("M"; lexicon/initial-titles.csv)."""
    return frozenset(_column("initial-titles"))


@cache
def month_first_countries() -> frozenset[str]:
    """ISO codes of the countries that write the month first in numeric dates, or both orders."""
    return frozenset(_column("month-first-countries"))


@cache
def roles() -> tuple[str, ...]:
    return _column("roles")


@cache
def plural_endings() -> tuple[tuple[str, str], ...]:
    """(plural ending, singular ending) pairs, tried in order: "ies" → "y", "s" → ""."""
    return tuple((plural, singular.replace("-", "")) for plural, singular in table("plural-endings"))


@cache
def role_surnames() -> frozenset[str]:
    """Role words that are also family names ("Dean", "Provost")."""
    return frozenset(_column("role-surnames"))


@dataclass(frozen=True)
class ClauseMarks:
    """The marks of clause-marks.csv by kind: what no name carries (names.name_problem)."""

    endings: tuple[str, ...]  # a contraction's ending on a word: "n't", "'re"
    words: frozenset[str]  # a pronoun or adverb with "is" contracted: "there's"
    date_prepositions: frozenset[str]  # "in", "since" before a year ending a span
    descriptors: frozenset[str]  # "born", "based" after a hyphen: "German-born"
    example_leads: frozenset[str]  # "incl.", "including"
    negations: frozenset[str]  # "not", "never", lowercase in a clause


_CLAUSE_MARK_KINDS = ("ending", "word", "date-preposition", "descriptor", "example-lead", "negation")


@cache
def clause_marks() -> ClauseMarks:
    by_kind: dict[str, list[str]] = {kind: [] for kind in _CLAUSE_MARK_KINDS}
    for mark, kind in table("clause-marks"):
        if kind not in by_kind:
            raise LexiconError(f"lexicon/clause-marks.csv: unknown kind '{kind}'")
        by_kind[kind].append(mark)
    return ClauseMarks(
        tuple(by_kind["ending"]),
        frozenset(by_kind["word"]),
        frozenset(by_kind["date-preposition"]),
        frozenset(by_kind["descriptor"]),
        frozenset(by_kind["example-lead"]),
        frozenset(by_kind["negation"]),
    )


@dataclass(frozen=True)
class SpokenOpener:
    """A word or phrase a spoken sentence opens with ("Then Jo Roe was chair", "So, the B")."""

    phrase: str
    comma_only: bool  # an opener only before a comma ("So, the B"; "So Good Foods" is a name)
    joins: bool  # a conjunction carrying a list on from the sentence before ("And the C.")


@cache
def spoken_openers() -> tuple[SpokenOpener, ...]:
    """The rows of spoken-openers.csv, longest phrase first."""
    rows = (
        SpokenOpener(phrase, _flag("spoken-openers", comma), _flag("spoken-openers", joins))
        for phrase, comma, joins in table("spoken-openers")
    )
    return tuple(sorted(rows, key=lambda row: (-len(row.phrase), row.phrase)))


@cache
def former_post_words() -> frozenset[str]:
    """Words before a role that mark a past holder ("former", "ex-")."""
    return frozenset(_column("former-post-words"))


@cache
def leader_field_labels() -> tuple[str, ...]:
    """Labels that introduce a field's people without naming their post ("Leadership",
    "Key personnel"; lowercase; lexicon/leader-field-labels.csv)."""
    return _column("leader-field-labels")


@cache
def holder_record_qualifiers() -> frozenset[str]:
    """Words after a past-holder key that say where the record is kept, not which post
    ("Predecessor on file: A, Secretary General"; lexicon/holder-record-qualifiers.csv)."""
    return frozenset(_column("holder-record-qualifiers"))


@cache
def past_holder_list_keys() -> frozenset[str]:
    """First words of a "Key: holders" line whose holders all held a post before
    ("Predecessors:", "Former directors:", "Previous chairman:")."""
    return frozenset(_column("past-holder-list-keys"))


@dataclass(frozen=True)
class PastHolderKey:
    """A key under Leader that names an earlier holder ("Before", "Predecessor", "Founder");
    ``with_more_words``: also when more words follow ("Predecessor as director")."""

    word: str
    with_more_words: bool


@cache
def past_holder_keys() -> tuple[PastHolderKey, ...]:
    return tuple(PastHolderKey(w, _flag("past-holder-keys", r)) for w, r in table("past-holder-keys"))


@dataclass(frozen=True)
class PeriodWords:
    """The words of a holder's period (``period-words.csv``), by what they do: "since 2019"
    (start), "until 2019" (end), "2002 to 2017" (through), "between … and …", "2015–present"
    (ongoing)."""

    start: tuple[str, ...]
    end: tuple[str, ...]
    through: tuple[str, ...]
    between: tuple[str, ...]
    and_: tuple[str, ...]
    ongoing: tuple[str, ...]


@cache
def period_words() -> PeriodWords:
    rows = table("period-words")
    kinds = ("start", "end", "through", "between", "and", "ongoing")
    for word, kind in rows:
        if kind not in kinds:
            raise LexiconError(f"lexicon/period-words.csv: '{kind}' (for '{word}') is not one of {', '.join(kinds)}")

    def words(kind: str) -> tuple[str, ...]:
        return tuple(sorted((w for w, k in rows if k == kind), key=lambda w: (-len(w), w)))

    return PeriodWords(*(words(kind) for kind in kinds))


@cache
def leading_verbs(*, now_only: bool) -> tuple[str, ...]:
    """Verbs saying a person leads the organization ("has headed", "runs", "ran"), longest
    first; ``now_only``: only those saying it of the present ("heads", "has led")."""
    rows = [(phrase, _flag("leading-verbs", now)) for phrase, now in table("leading-verbs")]
    return tuple(sorted((p for p, now in rows if now or not now_only), key=lambda p: (-len(p), p)))


@cache
def first_holder_words() -> frozenset[str]:
    """Words opening a post's name that mark its first holder ("First director")."""
    return frozenset(_column("first-holder-words"))


@cache
def last_holder_words() -> frozenset[str]:
    """Words opening a post's name that mark its last holder ("Last President")."""
    return frozenset(_column("last-holder-words"))


@cache
def not_member_words() -> frozenset[str]:
    """Words in a partner list's label that make its items no members ("Former", "Observers")."""
    return frozenset(_column("not-member-words"))


@cache
def category_prepositions() -> frozenset[str]:
    """Prepositions that end a partner category's head ("universities in Mexico")."""
    return frozenset(
        word for word, place_only in table("category-prepositions") if not _flag("category-prepositions", place_only)
    )


@cache
def place_tail_prepositions() -> frozenset[str]:
    """Every category preposition, "within" too: each may open a place at the end of a bullet
    category ("… within the Kingdom")."""
    return frozenset(_column("category-prepositions"))


@dataclass(frozen=True)
class ListCue:
    cue: str
    kind: str  # example | copula | after-class (lexicon/partner-list-cues.csv)


_LIST_CUE_KINDS = frozenset({"example", "copula", "after-class"})


@cache
def partner_list_cues() -> tuple[ListCue, ...]:
    """Cues between a class of partners and its list ("including", "e.g.", "are"), longest
    first (lexicon/partner-list-cues.csv)."""
    cues = [ListCue(cue, kind) for cue, kind in _kinded_rows("partner-list-cues", "kind", _LIST_CUE_KINDS)]
    return tuple(sorted(cues, key=lambda c: (-len(c.cue), c.cue)))


@cache
def list_addition_leads() -> tuple[str, ...]:
    """ "plus", "also", "as well as": words opening a list line that add it to the items
    before, longest first (lexicon/list-addition-leads.csv)."""
    return tuple(sorted(_column("list-addition-leads"), key=lambda p: (-len(p), p)))


@cache
def membership_phrases() -> tuple[str, ...]:
    """ "member of": after "is" or "was", the bodies the organization belongs to follow."""
    return _column("membership-phrases")


@cache
def other_body_cues() -> tuple[str, ...]:
    """Words before "the <Body>" that make it another body, not a unit ("recommendation of")."""
    return _column("other-body-cues")


@cache
def sub_unit_heads() -> frozenset[str]:
    """Head words opening a part of another organization's name ("Faculty of Medicine")."""
    return frozenset(_column("sub-unit-heads"))


@cache
def post_notes() -> frozenset[str]:
    """Words that open a note after a post holder's name ("since", "who", "throughout")."""
    return frozenset(_column("post-notes"))


@cache
def unit_words() -> tuple[str, ...]:
    return _column("unit-words")


@cache
def multipliers() -> Mapping[str, int]:
    """Multiplier word → power of ten."""
    return MappingProxyType({word: int(power) for word, power in table("multipliers")})


@cache
def number_words() -> Mapping[str, int]:
    """Number word (casefolded) → value ("forty" → 40), read-only."""
    return MappingProxyType({word.casefold(): int(value) for word, value in table("number-words")})


@cache
def ordinal_words() -> Mapping[str, int]:
    """Ordinal word (casefolded) → value ("fourteenth" → 14): a date's day written in words."""
    return MappingProxyType({word.casefold(): int(value) for word, value in table("ordinal-words")})


@cache
def subject_time_adverbs() -> frozenset[str]:
    """Time adverbs that open a clause and name no subject ("Now reports to …")."""
    return frozenset(_column("subject-time-adverbs"))


@cache
def count_word_suffixes() -> frozenset[str]:
    """Words hyphenated after a count in words that leave it a count ("forty-odd")."""
    return frozenset(_column("count-word-suffixes"))


@cache
def date_lead_phrases() -> tuple[str, ...]:
    """Words that open a date inside a history verb phrase ("in", "w.e.f."), in file order."""
    return _column("date-lead-phrases")


@cache
def counted_class_modifiers() -> frozenset[str]:
    """Words between a count and a class noun that name a class of members ("14 associate members")."""
    return frozenset(_column("counted-class-modifiers"))


@cache
def count_qualifiers() -> tuple[str, ...]:
    return _column("count-qualifiers")


@cache
def currency_words() -> tuple[str, ...]:
    return _column("currency-words")


@cache
def legal_instruments() -> tuple[str, ...]:
    return _column("legal-instruments")


@cache
def corporate_suffixes() -> tuple[str, ...]:
    return _column("corporate-suffixes")


@dataclass(frozen=True)
class KindKeyword:
    kind: OrgKind
    keyword: str  # literal, or a stem ending in * (any ending) or + (a non-empty ending)

    @property
    def pattern(self) -> str:
        if self.keyword.endswith(("*", "+")):
            return re.escape(self.keyword[:-1]) + r"\w" + self.keyword[-1]
        return re.escape(self.keyword)


@cache
def org_kind_keywords() -> tuple[KindKeyword, ...]:
    """Intro words that give an organization's kind, kinds in the order they are tried."""
    return tuple(KindKeyword(OrgKind(kind), word) for kind, word in table("org-kind-keywords"))


@cache
def org_name_keywords() -> tuple[KindKeyword, ...]:
    """Words of a name that give its kind; corporate suffixes count as company words."""
    rows = [KindKeyword(OrgKind(kind), word) for kind, word in table("org-name-keywords")]
    return tuple(rows + [KindKeyword(OrgKind.COMPANY, suffix) for suffix in corporate_suffixes()])


def kinds_in_order(keywords: Iterable[KindKeyword]) -> tuple[tuple[OrgKind, tuple[str, ...]], ...]:
    """Keyword patterns grouped by kind, kinds in order of first appearance."""
    grouped: dict[OrgKind, list[str]] = {}
    for keyword in keywords:
        grouped.setdefault(keyword.kind, []).append(keyword.pattern)
    return tuple((kind, tuple(patterns)) for kind, patterns in grouped.items())


@cache
def month_spellings() -> Mapping[str, int]:
    return MappingProxyType({word: int(month) for word, month in table("month-spellings")})


@cache
def dated_month_spellings() -> Mapping[str, int]:
    """Month names that are also words ("mars"): read only between a day and a year."""
    return MappingProxyType({word: int(month) for word, month in table("dated-month-spellings")})


@cache
def native_month_spellings() -> Mapping[str, int]:
    """CLDR month names of other languages ("ноября", "października", "Temmuz"): read only
    right before a four-digit year."""
    return MappingProxyType({word: int(month) for word, month in table("native-month-spellings")})


@cache
def numbered_month_frames() -> tuple[tuple[str, str, str], ...]:
    """(day word, month word, year word) of languages that number their months between
    words: ("ngày", "tháng", "năm") reads "ngày 3 tháng 9 năm 1975"."""
    return tuple((day, month, year) for day, month, year in table("numbered-month-frames"))


@cache
def title_date_words() -> tuple[str, ...]:
    """Words joining an instrument's title to its own date ("от", "z dnia"), longest first."""
    return tuple(sorted(_column("title-date-words"), key=len, reverse=True))


@cache
def calendar_eras() -> Mapping[str, int]:
    """A calendar era's name ("Shōwa", "昭和", "Minguo") → the Gregorian year of its year 1."""
    return MappingProxyType({era: int(first) for era, first in table("calendar-eras")})


@cache
def calendar_marks() -> tuple[str, ...]:
    """Marks after a year of another calendar ("1430 AH", "2510 BE", "1955 E.C."), longest first."""
    return tuple(sorted(_column("calendar-marks"), key=len, reverse=True))


@cache
def post_nominals() -> frozenset[str]:
    """Letters after a person's name ("FRS", "AO", "PhD"), as written."""
    return frozenset(_column("post-nominals"))


@cache
def role_modifiers() -> frozenset[str]:
    return frozenset(_column("role-modifiers"))


@dataclass(frozen=True)
class RoleJoins:
    """Words a role's hyphen stays beside (role-joins.csv): ``before`` comes first
    ("vice-president"), ``after`` second ("director-general")."""

    before: frozenset[str]
    after: frozenset[str]


@cache
def role_joins() -> RoleJoins:
    rows = table("role-joins")
    sides = {row[1] for row in rows} - {"before", "after"}
    if sides:
        raise LexiconError(f"lexicon/role-joins.csv: side {sorted(sides)[0]!r} is not before or after")
    return RoleJoins(
        before=frozenset(word for word, side in rows if side == "before"),
        after=frozenset(word for word, side in rows if side == "after"),
    )


@cache
def role_conjunctions() -> frozenset[str]:
    """Words joining two roles in one post's name ("and", "et", "und")."""
    return frozenset(_column("role-conjunctions"))


@cache
def joined_head_words() -> frozenset[str]:
    """Head nouns naming a second role after "and"/"et" with their complement ("chef de la direction")."""
    return frozenset(_column("joined-head-words"))


@cache
def distinct_post_modifiers() -> frozenset[str]:
    """Role modifiers that make another post ("deputy", "vice"), not a mere qualifier."""
    return frozenset(word for word, distinct in table("role-modifiers") if _flag("role-modifiers", distinct))


@cache
def determiners() -> frozenset[str]:
    """Articles and possessives in front of a common-noun phrase ("the", "ses", "Den")."""
    return frozenset(_column("determiners"))


@cache
def function_words() -> frozenset[str]:
    return frozenset(_column("function-words"))


@cache
def unit_name_openers() -> Mapping[str, str]:
    """First word (lowercase) → "drop-word" or "drop-unit" (unit-name-openers.csv)."""
    rows = table("unit-name-openers")
    actions = {action for _, action in rows} - {"drop-word", "drop-unit"}
    if actions:
        raise LexiconError(
            f"lexicon/unit-name-openers.csv: action {sorted(actions)[0]!r} is not drop-word or drop-unit"
        )
    return MappingProxyType({word: action for word, action in rows})


@cache
def label_clause_verbs() -> frozenset[str]:
    """Finite verbs that make a free-text label a clause: sentence-verbs.csv and label-clause-verbs.csv."""
    return sentence_verbs() | frozenset(_column("label-clause-verbs"))


@cache
def clause_openers() -> frozenset[str]:
    """Words that open a clause, never a free-text label ("It regulates …", "Which …")."""
    return frozenset(_column("clause-openers"))


@cache
def sentence_verbs() -> frozenset[str]:
    return frozenset(_column("sentence-verbs"))


@cache
def program_qualifiers() -> frozenset[str]:
    return frozenset(_column("program-qualifiers"))


@cache
def short_form_glosses() -> tuple[str, ...]:
    """Phrases opening a bracket that spells out a short form ("short for", "which stands for")."""
    return _column("short-form-glosses")


@cache
def program_head_words() -> frozenset[str]:
    return frozenset(_column("program-head-words"))


@cache
def partner_category_words() -> frozenset[str]:
    return frozenset(_column("partner-category-words"))


@cache
def class_name_words() -> frozenset[str]:
    """Words that with the partner category words name only a class ("Member States",
    "Contracting Parties"; lexicon/class-name-words.csv)."""
    return frozenset(_column("class-name-words"))


@cache
def compound_head_nouns() -> frozenset[str]:
    """Head nouns written in lowercase after a hyphen in compounding languages ("Aalto-yliopisto")."""
    return frozenset(_column("compound-head-nouns"))


@cache
def org_head_words() -> frozenset[str]:
    """Head nouns that make an organization's name complete ("Agency", "Stiftung")."""
    return frozenset(_column("org-head-words"))


@cache
def holder_list_labels() -> frozenset[str]:
    """List labels that introduce the holders of the post named before ("Holders: A; B")."""
    return frozenset(_column("holder-list-labels"))


@cache
def present_post_words() -> frozenset[str]:
    """Words before a role that say it is held now, not which post ("Present director")."""
    return frozenset(_column("present-post-words"))


@cache
def post_time_words() -> frozenset[str]:
    """Words before a role that say when, not which post ("the last Chairman")."""
    return frozenset(_column("post-time-words"))


@cache
def post_held_at_phrases() -> tuple[str, ...]:
    """Phrases after a post's name that say when it was held ("at the material time"), longest first."""
    return tuple(sorted(_column("post-held-at-phrases"), key=lambda p: (-len(p), p)))


@cache
def legal_form_suffixes() -> tuple[str, ...]:
    """Legal forms after a name ("Inc.", "Co., Ltd.", "e.V."), as written, longest first."""
    return tuple(sorted(_column("legal-form-suffixes"), key=lambda s: (-len(s), s)))


# Tables generated from CLDR (babel) and pycountry by devkit/cldr_tables.py, so that no
# process scans locales or gettext catalogs (seconds) at run time.


@dataclass(frozen=True)
class CurrencySign:
    sign: str  # as written: "A$", "₦"
    code: str  # ISO 4217
    source: str  # "en": CLDR's English symbol; "und_NG ...": the territories' own locales

    @property
    def local(self) -> bool:
        """A sign CLDR writes only in the currency's own territories ("₦" in Nigeria)."""
        return self.source != "en"


@cache
def cldr_currency_signs() -> tuple[CurrencySign, ...]:
    """CLDR currency signs, English symbols first, in file order."""
    return tuple(CurrencySign(sign, code, source) for sign, code, source in table("cldr-currency-signs"))


@dataclass(frozen=True)
class TerritoryCurrencyWord:
    territory: str  # ISO 3166-1 alpha-2
    code: str  # ISO 4217: the territory's own currency
    word: str  # a sign or name word several currencies share ("$", "Rs", "pesos")


@cache
def cldr_territory_currency_words() -> tuple[TerritoryCurrencyWord, ...]:
    """Signs and words several currencies share, with each territory's currency written so."""
    return tuple(TerritoryCurrencyWord(*row) for row in table("cldr-territory-currency-words"))


@cache
def cldr_currency_names() -> Mapping[str, str]:
    """Casefolded English currency name (or a last word only one currency uses) → ISO 4217."""
    return MappingProxyType({name: code for name, code, _ in table("cldr-currency-names")})


@cache
def country_article_names() -> tuple[str, ...]:
    """Countries whose English name keeps a capital "The" ("The Gambia";
    lexicon/country-article-names.csv), as written."""
    return _column("country-article-names")


@cache
def country_names_i18n() -> Mapping[str, str]:
    """Casefolded country name in any language pycountry translates → ISO 3166-1 alpha-2."""
    return MappingProxyType({name: code for name, code in table("country-names-i18n")})


@dataclass(frozen=True)
class Subdivision:
    country: str  # ISO 3166-1 alpha-2
    code: str  # ISO 3166-2 without the country: "ON" of "CA-ON"
    name: str
    type: str  # "Province", "State", "Prefecture" ...


@cache
def _subdivisions_by_country() -> Mapping[str, tuple[Subdivision, ...]]:
    grouped: dict[str, list[Subdivision]] = {}
    for country, code, name, kind in table("iso-3166-2-subdivisions"):
        grouped.setdefault(country, []).append(Subdivision(country, code, name, kind))
    return MappingProxyType({country: tuple(rows) for country, rows in grouped.items()})


def all_subdivisions() -> tuple[Subdivision, ...]:
    """Every country's ISO 3166-2 subdivisions, in the table's country order."""
    return tuple(s for rows in _subdivisions_by_country().values() for s in rows)


def subdivisions(country: str) -> tuple[Subdivision, ...]:
    """A country's ISO 3166-2 subdivisions by code (none for an unknown code);
    the code in any case, as pycountry's own lookup takes it."""
    return _subdivisions_by_country().get(country.upper(), ())


_RECORD_RELATIONS = frozenset({"founded", "dissolved", "successor", "predecessor", "previous-name"})


@dataclass(frozen=True)
class RecordKey:
    """A record key naming a relation ("dissolved: 2001"); ``heading`` "*" for any field."""

    key: str
    relation: str
    many: bool
    heading: str


@cache
def record_keys() -> tuple[RecordKey, ...]:
    keys = []
    for key, relation, many, heading in table("record-keys"):
        if relation not in _RECORD_RELATIONS:
            raise LexiconError(f"lexicon/record-keys.csv: '{key}' has unknown relation '{relation}'")
        keys.append(RecordKey(key, relation, _flag("record-keys", many), heading))
    return tuple(keys)


_PARENT_TIMES = frozenset({"former", "current"})


@dataclass(frozen=True)
class ParentTimeMark:
    """A word placing a parent in time: ``former`` says the tie is over ("formerly part of X"),
    ``current`` names today's parent ("now part of Y")."""

    phrase: str
    time: str


@cache
def parent_time_marks() -> tuple[ParentTimeMark, ...]:
    marks = []
    for phrase, time in table("parent-time-marks"):
        if time not in _PARENT_TIMES:
            raise LexiconError(f"lexicon/parent-time-marks.csv: '{phrase}' has unknown time '{time}'")
        marks.append(ParentTimeMark(phrase, time))
    return tuple(marks)


@dataclass(frozen=True)
class NamingWord:
    """A verb that gives a name ("known", "called"): ``relative`` in a relative clause or a
    dated note ("X, which is known as Y, is", "(called Y until 2019)"); ``after_former`` after
    a former mark ("formerly known as Y" names the organization, not a past parent)."""

    word: str
    relative: bool
    after_former: bool


@cache
def naming_words() -> tuple[NamingWord, ...]:
    """The rows of ``relative-naming-words.csv``, in file order."""
    name = "relative-naming-words"
    return tuple(NamingWord(word, _flag(name, relative), _flag(name, after)) for word, relative, after in table(name))


@cache
def relative_naming_words() -> tuple[str, ...]:
    """Verbs of a relative clause or a dated note that give a name, in file order."""
    return tuple(w.word for w in naming_words() if w.relative)


@cache
def former_naming_words() -> tuple[str, ...]:
    """Verbs that, after "formerly", "previously", give a name rather than a past parent."""
    return tuple(w.word for w in naming_words() if w.after_former)


def _lowercase_column(name: str) -> tuple[str, ...]:
    """A one-column table matched against lowercased text: a capital would never match."""
    words = _column(name)
    for word in words:
        if word != word.lower():
            raise LexiconError(f"lexicon/{name}.csv: '{word}' is not lowercase")
    return words


@cache
def subject_labels() -> tuple[str, ...]:
    """Labels before the name of the body a file is about ("Applicant:", "Counterparty:")."""
    return _lowercase_column("subject-labels")


@cache
def government_level_words() -> tuple[str, ...]:
    """Lowercase adjectives of a government's level before a parent's name ("the national Ministry of X")."""
    return _lowercase_column("government-level-words")


@cache
def pronunciation_labels() -> frozenset[str]:
    """Labels whose value tells how a name is said ("IPA", "pronunciation", "listen")."""
    return frozenset(_lowercase_column("pronunciation-labels"))


@cache
def stock_exchanges() -> tuple[str, ...]:
    """Stock-exchange codes that label a ticker symbol ("TSX: SWP", "NYSE: KO")."""
    return _column("stock-exchanges")


@cache
def registration_number_labels() -> tuple[str, ...]:
    """Labels of a registration or tax number ("ABN", "Reg. No.", "EIN")."""
    return tuple(sorted(_column("registration-number-labels"), key=len, reverse=True))


@dataclass(frozen=True)
class FigureFieldWords:
    """The nouns naming a figure field's own value ("budget") and the words that may stand
    before them ("operating")."""

    nouns: frozenset[str]
    modifiers: frozenset[str]


def _field_words(name: str, heading: str) -> FigureFieldWords:
    """A table of a field's own nouns and the modifiers allowed before them (columns word, role,
    heading; a modifier marked "*" counts for every heading), for one heading."""
    rows = table(name)
    for word, role, _ in rows:
        if role not in ("noun", "modifier"):
            raise LexiconError(f"lexicon/{name}.csv: '{word}' has unknown role '{role}'")

    def words(role: str) -> frozenset[str]:
        return frozenset(w.lower() for w, r, h in rows if r == role and h in (heading, "*"))

    return FigureFieldWords(words("noun"), words("modifier"))


@cache
def figure_field_words(heading: str) -> FigureFieldWords:
    """figure-field-nouns.csv for one heading: the nouns naming a figure field's own value."""
    return _field_words("figure-field-nouns", heading)


@cache
def status_field_words(heading: str) -> FigureFieldWords:
    """status-field-nouns.csv for one heading: the nouns naming a list field's own value
    ("regulations") and the words allowed between "no" and them ("formal")."""
    return _field_words("status-field-nouns", heading)


@cache
def status_field_headings() -> frozenset[str]:
    """The headings status-field-nouns.csv gives nouns for."""
    return frozenset(h for _, role, h in table("status-field-nouns") if role == "noun")


@cache
def dedication_phrases() -> tuple[str, ...]:
    """Words joining a name to the person it honours ("named after")."""
    return _lowercase_column("dedication-phrases")


@dataclass(frozen=True)
class FoundingVerb:
    """A row of founding-verbs.csv: a phrase telling of a founding ("founded", "est.")."""

    phrase: str
    names_founder: bool  # "founded by X": X founded it
    active: bool  # "X founded it", not "it was founded"
    transitive: bool


@cache
def founding_verbs() -> tuple[FoundingVerb, ...]:
    """lexicon/founding-verbs.csv, longest phrase first (tried in that order); founder, active
    and transitive must be yes or no."""
    return _founding_verb_table("founding-verbs")


@cache
def founding_calque_verbs() -> tuple[FoundingVerb, ...]:
    """lexicon/founding-calque-verbs.csv (columns as founding-verbs.csv): a non-native writer's
    word-for-word founding verbs, read by the founding reader only."""
    return _founding_verb_table("founding-calque-verbs")


def _founding_verb_table(name: str) -> tuple[FoundingVerb, ...]:
    verbs = []
    for phrase, founder, active, transitive in table(name):
        if not {founder, active, transitive} <= _YES_NO.keys():
            raise LexiconError(f"lexicon/{name}.csv: '{phrase}': founder, active and transitive are yes or no")
        verbs.append(FoundingVerb(phrase, _YES_NO[founder], _YES_NO[active], _YES_NO[transitive]))
    return tuple(sorted(verbs, key=lambda v: -len(v.phrase)))


@cache
def _country_aliases() -> dict[str, str]:
    with data_file("ontology", "country-aliases.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    return {alias.replace(".", "").casefold(): code for alias, code in rows[1:]}


# Memoised (pure): every part of an address is asked, and pycountry scans its table on a miss.
@lru_cache(maxsize=1024)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 for a country name as written (in any language pycountry
    translates, "the" before it allowed), or None. Shared: the address and identity readers ask it."""
    import pycountry  # lazy: its database loads on first use

    name = name.strip()
    key = name.replace(".", "").casefold()
    if not key:
        return None
    if key in _country_aliases():
        return _country_aliases()[key]
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        pass
    if key.startswith("the "):
        return country_code(name[4:])
    return country_names_i18n().get(name.casefold())


_FIRST_PERSON_ROLES = frozenset({"subject", "object", "possessive", "reflexive"})


@cache
def first_person_words(role: str) -> frozenset[str]:
    """The first-person plural words of ``role`` (first-person-words.csv): an organization
    writing about itself ("We were founded in 1962", "our predecessor") names itself so."""
    if role not in _FIRST_PERSON_ROLES:
        raise ValueError(f"unknown first-person role {role!r}")
    return frozenset(
        word for word, kind in _kinded_rows("first-person-words", "role", _FIRST_PERSON_ROLES) if kind == role
    )


_FIGURE_SUBJECT_ROLES = frozenset({"verb", "other", "own", "joiner", "body"})


@dataclass(frozen=True)
class FigureSubjectWord:
    """A row of figure-subject-words.csv: a word telling who a figure's clause is about
    (budget.py); ``role`` is verb, other, own, joiner or body."""

    word: str
    role: str


@cache
def figure_subject_words() -> tuple[FigureSubjectWord, ...]:
    words = []
    for word, role in table("figure-subject-words"):
        if role not in _FIGURE_SUBJECT_ROLES:
            raise LexiconError(f"lexicon/figure-subject-words.csv: '{word}' has unknown role '{role}'")
        words.append(FigureSubjectWord(word, role))
    return tuple(words)


_OWNER_CHRONOLOGY_ROLES = frozenset({"next", "noun", "modifier"})


@cache
def owner_chronology_words(role: str) -> tuple[str, ...]:
    """Words of a chronology of owners (parent.py) of ``role``: "next" opens a later
    step ("then"), "noun" names the owner ("majority owner was"), "modifier" goes before it."""
    if role not in _OWNER_CHRONOLOGY_ROLES:
        raise LexiconError(f"owner-chronology-words: unknown role '{role}'")
    rows = _kinded_rows("owner-chronology-words", "role", _OWNER_CHRONOLOGY_ROLES)
    return tuple(word for word, kind in rows if kind == role)


def _kinded_rows(name: str, column: str, allowed: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The (word, value) rows of a two-column table whose second column takes one of
    ``allowed``: a misspelled value would silently empty a list, so it is an error."""
    rows = table(name)
    for word, value in rows:
        if value not in allowed:
            raise LexiconError(f"lexicon/{name}.csv: '{word}' has unknown {column} '{value}'")
    return tuple((word, value) for word, value in rows)


_IDENTITY_CUE_KINDS = frozenset({"alternate", "former", "full"})


@dataclass(frozen=True)
class IdentityCue:
    """A row of identity-cues.csv: words introducing another name of the organization itself
    (identity.py); ``kind`` is alternate, former or full."""

    cue: str
    kind: str


@cache
def identity_cues() -> tuple[IdentityCue, ...]:
    return tuple(IdentityCue(c, k) for c, k in _kinded_rows("identity-cues", "kind", _IDENTITY_CUE_KINDS))


_PARENT_CUE_RELATIONS = frozenset({"parent", "coordinator", "successive", "restated"})


@dataclass(frozen=True)
class ParentCue:
    """A row of parent-cues.csv: words before the name of a parent (parent.py); ``relation``
    is parent, coordinator or successive."""

    cue: str
    relation: str


@cache
def parent_cues() -> tuple[ParentCue, ...]:
    return tuple(ParentCue(c, r) for c, r in _kinded_rows("parent-cues", "relation", _PARENT_CUE_RELATIONS))


@cache
def wikidata_id_nouns() -> tuple[str, ...]:
    """Nouns between "Wikidata" and a bare item id ("its Wikidata identifier is Q4711";
    lexicon/wikidata-id-nouns.csv, links.py). Lowercase, longest first."""
    return tuple(sorted({n.lower() for n in _column("wikidata-id-nouns")}, key=len, reverse=True))


@cache
def parent_role_nouns() -> tuple[str, ...]:
    """Nouns naming an organization's parent by its role ("parent department", "supervising
    ministry", "sole owner"; lexicon/parent-role-nouns.csv), read before a form of "be" after
    "its" (parent.py). Longest first."""
    return tuple(sorted({" ".join(n.lower().split()) for n in _column("parent-role-nouns")}, key=len, reverse=True))


_NAME_LABEL_KINDS = frozenset({"self", "alternate"})


@dataclass(frozen=True)
class NameLabel:
    """A row of catalogue-name-labels.csv or name-record-keys.csv (identity.py): a label or
    key giving the organization's own name (``self``) or another current form (``alternate``)."""

    label: str
    kind: str


@cache
def catalogue_name_labels() -> tuple[NameLabel, ...]:
    return tuple(
        NameLabel(label, kind) for label, kind in _kinded_rows("catalogue-name-labels", "kind", _NAME_LABEL_KINDS)
    )


@cache
def name_record_keys() -> tuple[NameLabel, ...]:
    return tuple(NameLabel(label, kind) for label, kind in _kinded_rows("name-record-keys", "kind", _NAME_LABEL_KINDS))


@dataclass(frozen=True)
class WebsiteKey:
    """A key naming the organization's own site ("Website:", "url ="), and whether the word
    also names the site in a sentence, where a bare host may follow it."""

    key: str
    in_prose: bool


@cache
def website_keys() -> tuple[WebsiteKey, ...]:
    return tuple(WebsiteKey(key, _flag("website-keys", in_prose)) for key, in_prose in table("website-keys"))


@cache
def descriptive_head_words() -> frozenset[str]:
    """ "head", "leader": a word for whoever runs a body, no post's name ("First head of the institute")."""
    return frozenset(_column("descriptive-head-words"))


@cache
def later_holder_verbs() -> tuple[str, ...]:
    """ "was followed by", "was succeeded by": after "He"/"She", the person named held the post
    after the holder read last; longest first."""
    return tuple(sorted(_column("later-holder-verbs"), key=lambda v: (-len(v), v)))


@cache
def form_capacity_labels() -> frozenset[str]:
    """ "capacity", "position": after a dash on a form's Leader line, the label of the named
    person's post ("Legal representative: A — capacity: Director"); lowercase."""
    return frozenset(label.lower() for label in _column("form-capacity-labels"))


@cache
def unread_field_negations() -> frozenset[str]:
    """Words of denial or not-knowing that make a list field with no name read unrecognised."""
    return frozenset(word.lower() for word in _column("unread-field-negations"))


@cache
def correction_marks() -> tuple[str, ...]:
    """A writer's correction marks before a colon ("EDIT:", "Correction:"), longest first."""
    return tuple(sorted((mark.lower() for mark in _column("correction-marks")), key=len, reverse=True))


@cache
def holder_aside_adverbs() -> tuple[str, ...]:
    """ "formerly", "previously": an aside between a holder's name and the verb naming the post
    opens with one ("Jo Roe, formerly of Acme, served as chair"); longest first."""
    return tuple(sorted(_column("holder-aside-adverbs"), key=lambda w: (-len(w), w)))


@cache
def self_reference_nouns() -> frozenset[str]:
    """ "organization": a common noun naming the profiled organization whatever its kind
    ("the organization's first Director"); lowercase."""
    return frozenset(_column("self-reference-nouns"))


@cache
def name_shortening_verbs() -> tuple[tuple[str, str, str], ...]:
    """(phrase, direction, kind) of the History verbs that shorten a name into another ("name
    was shortened to"), read like lexicon/history-verbs.csv."""
    return tuple((phrase, direction, kind) for phrase, direction, kind in table("name-shortening-verbs"))


@cache
def history_timeline_words(role: str) -> tuple[str, ...]:
    """The words of ``role`` in lexicon/history-timeline-words.csv: a present-tense
    timeline's subject lead ("today's"), a merger noun, a verb of turning into a kind."""
    return tuple(phrase for phrase, row_role in table("history-timeline-words") if row_role == role)


@cache
def independence_ending_verbs() -> tuple[tuple[str, str, str], ...]:
    """(phrase, direction, kind) of the History verbs that end a body's life as a company of its
    own ("ceases as independent"), read like lexicon/history-verbs.csv."""
    return tuple((phrase, direction, kind) for phrase, direction, kind in table("independence-ending-verbs"))


@cache
def ended_body_holdings() -> tuple[str, ...]:
    """ "staff", "assets", "pending cases": what a body that ended hands on to its successor
    ("The corporation took over its staff and assets"); longest first
    (lexicon/ended-body-holdings.csv)."""
    return tuple(sorted(_column("ended-body-holdings"), key=lambda w: (-len(w), w)))


@cache
def memo_founding_participles() -> tuple[str, ...]:
    """ "est.", "founded": a memo's founding participle written right after the name, without
    "was" ("X Company est. (A; B)."); longest first (lexicon/memo-founding-participles.csv)."""
    return tuple(sorted(_column("memo-founding-participles"), key=lambda w: (-len(w), w)))


@cache
def memo_abbreviations() -> dict[str, tuple[str, str]]:
    """A memo's abbreviated common words with their stop ("Dir.", "Div.") → (kind, position):
    kind "unit" (an abbreviated unit head word) or "word"; position "before" (written before
    another word: its stop ends no sentence) or "after" (lexicon/memo-abbreviations.csv)."""
    return {word: (kind, position) for word, kind, position in table("memo-abbreviations")}


_RECORD_VALUE_ROLES = frozenset(
    {"rename-key", "rename-from", "rename-to", "founder-lead", "current-name", "earlier-key"}
)


@cache
def record_value_marks(role: str) -> tuple[str, ...]:
    """The lowercase words of lexicon/record-value-marks.csv with ``role``: the keys and the
    words inside a record's value after its date ("Renamed: 2003, from A to B", "Founded: 1832
    by A", "Closed: 2013 (now X)")."""
    if role not in _RECORD_VALUE_ROLES:
        raise LexiconError(f"record-value-marks: unknown role '{role}'")
    rows = _kinded_rows("record-value-marks", "role", _RECORD_VALUE_ROLES)
    for word, _ in rows:
        if word != word.lower():
            raise LexiconError(f"lexicon/record-value-marks.csv: '{word}' is not lowercase")
    return tuple(word for word, kind in rows if kind == role)


@cache
def uncertain_date_words() -> tuple[str, ...]:
    """ "c.", "ca.", "circa", "around": the words before a year that make it approximate, the
    rows of lexicon/legislation-cues.csv with role uncertain-date; longest first."""
    return tuple(
        sorted((p for p, role in table("legislation-cues") if role == "uncertain-date"), key=lambda w: (-len(w), w))
    )


@cache
def component_null_labels(heading: str) -> frozenset[str]:
    """The casefolded labels of one component of field ``heading``'s value ("street address",
    "postcode" of "Headquarters address"; lexicon/component-null-labels.csv): a labelled null
    of one closing the field withholds that component only."""
    return frozenset(label.casefold() for found, label in table("component-null-labels") if found == heading)


_EXAMPLE_LEAD_SHAPES = frozenset({"list", "class"})


@cache
def unit_example_leads() -> tuple[tuple[str, str], ...]:
    """(phrase, shape) rows of lexicon/unit-example-leads.csv, longest phrase first: "the main
    ones being" (shape list: the names follow) or "besides the" (shape class: a lowercase class
    phrase, then the names) opens a list of named units or programs."""
    rows = _kinded_rows("unit-example-leads", "shape", _EXAMPLE_LEAD_SHAPES)
    return tuple(sorted(rows, key=lambda row: (-len(row[0]), row[0])))


@cache
def lowercase_style_unit_heads() -> frozenset[str]:
    """Head nouns of a unit's name written with only its first word capitalised ("Département
    du patrimoine …"; lexicon/lowercase-style-unit-heads.csv)."""
    return frozenset(_column("lowercase-style-unit-heads"))


@cache
def market_region_codes() -> frozenset[str]:
    """ "NAFTA", "EMEA", "LATAM": short names of sales regions (lexicon/market-region-codes.csv);
    a list naming one names regions, not units."""
    return frozenset(_column("market-region-codes"))


@cache
def narrative_past_holder_words() -> frozenset[str]:
    """ "former", "ex": before a post and a person's name opening a sentence of prose, the person
    held the post before (lexicon/narrative-past-holder-words.csv)."""
    return frozenset(_column("narrative-past-holder-words"))


@cache
def narrative_past_verbs() -> frozenset[str]:
    """Irregular past-tense verbs ending a past holder's name ("Former president A led …";
    lexicon/narrative-past-verbs.csv)."""
    return frozenset(_column("narrative-past-verbs"))


@cache
def earlier_holder_list_words() -> frozenset[str]:
    """ "earlier", "previous": opening "Earlier chairmen included A and B" (a list of past
    holders; lexicon/earlier-holder-list-words.csv)."""
    return frozenset(_column("earlier-holder-list-words"))


@cache
def narrative_end_events() -> frozenset[str]:
    """ "merger", "dissolution": "At the time of the merger the Chairman was A" names a last,
    past holder (lexicon/narrative-end-events.csv)."""
    return frozenset(_column("narrative-end-events"))


@cache
def refused_lowercase_unit_heads() -> frozenset[str]:
    """Head words that make a lowercase unit description no unit ("a state office
    in each state", "holds a separate office"); casefolded."""
    return frozenset(word.casefold() for word in _column("refused-lowercase-unit-heads"))


@cache
def head_first_body_words() -> frozenset[str]:
    """Head nouns that open a body's name in a language writing the head first
    ("Comités de Acción", "Secretaría Permanente"); as written in names."""
    return frozenset(_column("head-first-body-words"))


@cache
def answered_body_cues() -> tuple[str, ...]:
    """What the organization ("it", "we") says before the body it answers to
    ("is accountable to", "came under"); lowercase, the article after them implied."""
    return _column("answered-body-cues")


@cache
def founding_line_labels() -> tuple[str, ...]:
    """Labels of a line stating the organization's own founding ("Founded: 1592, by
    A", "Began operating: May 14, 1973"); lowercase, longest first."""
    return tuple(sorted(_column("founding-line-labels"), key=len, reverse=True))


@cache
def founding_line_hedges() -> tuple[str, ...]:
    """Words that make a labelled founding line's value unsure ("reportedly");
    lowercase, longest first."""
    return tuple(sorted(_column("founding-line-hedges"), key=len, reverse=True))


@cache
def unit_description_participles() -> frozenset[str]:
    """Participles that with "by" after them open a leadership description, no unit
    ("Headed by a Director-General"); lowercase."""
    return frozenset(word.casefold() for word in _column("unit-description-participles"))


@cache
def status_unavailable_marks() -> frozenset[str]:
    """A database export's "not available" marks as written ("n.a."; case kept):
    after an export's own column label with nothing after them, notPubliclySpecified."""
    return frozenset(_column("status-unavailable-marks"))


_RECORD_INTRO_KINDS = frozenset({"self", "legal", "trading", "alternates", "former", "acronym", "other"})


@cache
def record_intro_labels() -> tuple[tuple[str, str], ...]:
    """(label, kind) rows of lexicon/record-intro-labels.csv, longest label first:
    the labels of a database export's record intro ("Organization Name: …; Legal Name: …; Also
    Known As: …") and what each gives (self, legal, trading, alternates, former, acronym or
    other, a label that only ends the value before it); lowercase."""
    rows = _kinded_rows("record-intro-labels", "kind", _RECORD_INTRO_KINDS)
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


@cache
def export_record_labels() -> tuple[RecordKey, ...]:
    """Labels of a company-database export's record lines ("Founded Date: 1972",
    "Closed Date: Jan 18, 1991") as record keys of any field, each one value."""
    keys = []
    for label, relation in table("export-record-labels"):
        if relation not in {"founded", "dissolved"}:
            raise LexiconError(f"lexicon/export-record-labels.csv: '{label}' has unknown relation '{relation}'")
        keys.append(RecordKey(label, relation, False, "*"))
    return tuple(keys)


@cache
def export_founding_labels() -> tuple[str, ...]:
    """The export record labels of a founding ("founded date"); lowercase."""
    return tuple(key.key for key in export_record_labels() if key.relation == "founded")


@cache
def legal_name_bracket_forms() -> frozenset[str]:
    """Legal forms written in brackets at the end of a registered name ("(publ)"),
    kept as part of it; lowercase."""
    return frozenset(_column("legal-name-bracket-forms"))


@cache
def partner_field_nouns() -> frozenset[str]:
    """ "enterprise", "innovation": a field-of-work noun that, alone after "and", ends
    the name before it ("Scottish Trade and Enterprise"; lexicon/partner-field-nouns.csv)."""
    return frozenset(_column("partner-field-nouns"))


@cache
def governance_capacity_labels() -> frozenset[str]:
    """ "accountable authority", "head of entity": a label naming the capacity in which the
    post written after it answers for the organization ("Accountable authority: the Chief
    Executive Officer, Mr A"); no post itself; lowercase."""
    return frozenset(label.lower() for label in _column("governance-capacity-labels"))


@cache
def outside_overseer_labels() -> frozenset[str]:
    """ "responsible minister", "sponsoring department": a label naming a minister or
    department outside the organization that answers for it; no post of it; lowercase."""
    return frozenset(label.lower() for label in _column("outside-overseer-labels"))


@cache
def outside_officer_notes() -> tuple[str, ...]:
    """ "not an officer of the entity": a note saying the line names no officer of the
    organization; lowercase."""
    return tuple(phrase.lower() for phrase in _column("outside-officer-notes"))


@cache
def partner_vague_leads() -> tuple[tuple[str, str], ...]:
    """(phrase, kind) of words opening a class label that are no part of the class:
    quantity, example or membership (lexicon/partner-vague-leads.csv)."""
    return tuple((phrase, kind) for phrase, kind in table("partner-vague-leads"))


@cache
def holder_label_qualifiers() -> frozenset[str]:
    """ "woman", "GOAT": a word before a post in a line's label describing its holder, not the
    post ("1st woman President: A (2022–23)"; lexicon/holder-label-qualifiers.csv)."""
    return frozenset(_column("holder-label-qualifiers"))


@cache
def same_post_nouns() -> frozenset[str]:
    """ "seat", "post": the noun of "before him in that seat: A" (the post of the holder read
    last; lexicon/same-post-nouns.csv)."""
    return frozenset(_column("same-post-nouns"))


@cache
def title_name_parameters() -> dict[str, str]:
    """The paired infobox parameters that name a post, then its holder ("leader title" →
    "leader name"), lowercase: the title parameter's name → the name parameter's name."""
    return {row[0]: row[1] for row in table("title-name-parameters")}


@cache
def unit_part_bracket_leads() -> frozenset[str]:
    """Words opening a bullet's bracket that names a part of its unit ("(including the X)")."""
    return frozenset(_column("unit-part-bracket-leads"))


@cache
def continuing_country_names() -> Mapping[str, str]:
    """Former names of states that continue under an ISO 3166-1 code ("west germany" → "DE"),
    casefolded."""
    return MappingProxyType({name.casefold(): code for name, code in table("continuing-country-names")})


@cache
def clause_past_verbs() -> tuple[str, ...]:
    """Irregular past-tense verbs that head a clause whose subject a later "and <verb>" shares."""
    return _column("clause-past-verbs")


@cache
def denying_lead_phrases() -> tuple[str, ...]:
    """ "without re-creating it": a clause that denies the acts after its colon created the organization."""
    return _column("denying-lead-phrases")


_POST_PHRASE_ROLES = frozenset({"join", "not-opening"})


@cache
def post_phrase_words(role: str) -> frozenset[str]:
    """Words of a post's name in prose (post-phrase-words.csv): ``join`` joins its capitalised
    words, ``not-opening`` opens a description, never a post's name."""
    if role not in _POST_PHRASE_ROLES:
        raise ValueError(f"unknown post-phrase role {role!r}")
    rows = _kinded_rows("post-phrase-words", "role", _POST_PHRASE_ROLES)
    return frozenset(word for word, kind in rows if kind == role)


_ADVERBIAL_PREPOSITION_ROLES = frozenset({"time", "participle"})


@cache
def adverbial_prepositions(role: str) -> tuple[str, ...]:
    """Prepositions opening an adverbial phrase after a verb (adverbial-prepositions.csv), in table order."""
    if role not in _ADVERBIAL_PREPOSITION_ROLES:
        raise ValueError(f"unknown adverbial-preposition role {role!r}")
    rows = _kinded_rows("adverbial-prepositions", "role", _ADVERBIAL_PREPOSITION_ROLES)
    return tuple(word for word, kind in rows if kind == role)


@cache
def partner_any_body_fillers() -> frozenset[str]:
    """Words before a noun of bodies of any kind that say no kind ("many organisations")."""
    return frozenset(_column("partner-any-body-fillers"))


@cache
def status_not_applicable_predicates() -> tuple[str, ...]:
    """ "is not applicable", "does not apply": a consequence clause's predicate, in table order."""
    return _column("status-not-applicable-predicates")
