"""Identity: the name, acronym, former names and kind of the profiled organization."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from orgkg.model import Field, Identity, OrgKind, Profile, Purpose

from . import lexicon
from .names import is_acronym, is_legal_form, is_proper_name, person_name, same_name
from .reader import ReaderResult
from .status import status_of_text
from .text import record, sentences, trailing_group

_KIND_WORDS: tuple[tuple[OrgKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{'|'.join(patterns)})\b", re.I))
    for kind, patterns in lexicon.kinds_in_order(lexicon.org_kind_keywords())
)
_NAME_KIND_WORDS: tuple[tuple[OrgKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{'|'.join(patterns)})\b"))
    for kind, patterns in lexicon.kinds_in_order(lexicon.org_name_keywords())
)


def org_kind_of(description: str) -> OrgKind:
    """The kind of organization an intro sentence describes.

    Only the head of the predicate ("is a collaborative initiative between ... government
    agencies") counts first, so a collaboration *with* agencies is not an agency.
    """
    predicate = re.search(r"\b(?:is|was|are)\s+(?:an?|the)?\s*(?P<rest>.*)", description)
    rest = predicate["rest"] if predicate else description
    head = " ".join(rest.split()[:6])
    for scope in (head, rest):
        for kind, pattern in _KIND_WORDS:
            if pattern.search(scope):
                return kind
    return OrgKind.ORGANIZATION


def name_kind(name: str) -> OrgKind:
    """The kind of an organization known only by its name."""
    for kind, pattern in _NAME_KIND_WORDS:
        if pattern.search(name):
            return kind
    return OrgKind.ORGANIZATION


_SENTENCE_TITLE = re.compile(r"\s(?:is|was|are)\s+(?:an?|the)\s|\.$")


def title_is_missing(profile: Profile) -> bool:
    """The first line is the intro sentence ("X (X) is an agency ...."): the title is missing."""
    return profile.intro is None and bool(_SENTENCE_TITLE.search(profile.title)) and len(profile.title.split()) >= 5


_CUES: tuple[tuple[str, str], ...] = tuple((c.cue, c.kind) for c in lexicon.identity_cues())
# In a cue, "*" stands for a year ("known until 1981 as"), "~" for one or two adverbs
# ("known everywhere simply as", "known today as").
# A final "^" says a name follows the cue at once ("commonly ^": "commonly Sulabh", never the adverb
# of "commonly referred to as", which then opens that cue).
_CUE_WILDCARDS = {"*": r"\d{4}", "~": r"(?:[a-z]+ly|everywhere|abroad|today|now)(?:\s+(?:[a-z]+ly|everywhere))?"}
_NAME_NEXT = r"(?=\s{1,3}(?-i:(?:the\s{1,3})?[A-ZÀ-Ž\"“„«]))"
_CUE_PATTERNS: tuple[tuple[str, str], ...] = tuple(
    (
        r"\s+".join(_CUE_WILDCARDS.get(w, re.escape(w)) for w in cue.removesuffix(" ^").split())
        + (_NAME_NEXT if cue.endswith(" ^") else ""),
        kind,
    )
    for cue, kind in sorted(_CUES, key=lambda row: -len(row[0]))
)
# An adverb may open the cue ("usually referred to as"); lazily, so "formerly known as" stays one cue.
_CUE = re.compile(
    r"^(?:(?:and|or)\s+)?(?:[a-z]{2,12}ly\s+)??(?P<cue>" + "|".join(p for p, _ in _CUE_PATTERNS) + r"):?\s+(?:the\s+)?",
    re.I,
)
_CUE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p.removesuffix(_NAME_NEXT), re.I), kind) for p, kind in _CUE_PATTERNS
)


def _cue_kind(cue: str) -> str:
    """The kind of the identity cue written as ``cue`` (the first row it matches, longest first)."""
    return next((kind for pattern, kind in _CUE_KINDS if pattern.fullmatch(cue)), "former")


# "in full, the …", "in full:": a cue whose name runs across its own commas ("the Institute of
# the United Kingdom, the Colonies and India"), to a ";" or the end of the bracket.
_FULL_CUE = re.compile(
    r"^(?:" + "|".join(p for p, kind in _CUE_PATTERNS if kind == "full") + r")[:,]?\s+(?:the\s+)?", re.I
)


_LANGUAGE_CODES = sorted(lang.alpha_2.upper() for lang in pycountry.languages if hasattr(lang, "alpha_2"))
# "Portuguese:", "from the French", "German name", "in French": a language label before a name.
# Also an abbreviated label ("engl. Andean Community", "russ. Совет …"), from the lexicon, and
# a memo's ISO 639-1 code ("FR: Société …", "EN: National …"; pycountry's codes).
_LANGUAGE_LABEL = re.compile(
    r"^(?:(?:from|in)\s+(?:the\s+)?[A-Z][a-z]+:?|[A-Z][a-z]+(?:\s+name)?:|[A-Z][a-z]+\s+name"
    rf"|(?i:{lexicon.alternation(lexicon.language_abbreviations())})(?=\s)"
    rf"|(?:{lexicon.alternation(_LANGUAGE_CODES)}):)\s*"
)
# A comma may follow the verb ("X (ACR) was, from 1967 until 2021, the ...").
_VERB = re.compile(r"\s(?:is|was|are|were|has\s+been|had\s+been|remains)[\s,]")
# "TSX: SWP", "NYSE: KO", "ASX:AGL": a listing on a stock exchange, not a name.
_TICKER = re.compile(rf"(?:{lexicon.alternation(lexicon.stock_exchanges())})\s?:\s?[A-Z0-9][A-Z0-9.-]{{0,9}}")
# After a registration label ("ABN", "Reg."): "87 572 206 200", " No. G0003442Y", ": 12-3456789".
_REGISTRATION_TAIL = re.compile(
    r"(?:\s(?i:no\.?|number|num\.))?(?:\s|:\s?|\s:\s?)?[A-Z]{0,4}\d[\w-]{0,20}(?:\s\d{1,6}){0,4}"
)


def _registration_number(text: str) -> bool:
    """ "ABN 87 572 206 200", "Reg. No. G0003442Y", "registered charity no. 207037": an identifier."""
    lower = text.lower()
    return any(
        lower.startswith(label.lower()) and _REGISTRATION_TAIL.fullmatch(text, len(label))
        for label in lexicon.registration_number_labels()
    )


_SUFFIX = lexicon.alternation(sorted(lexicon.corporate_suffixes(), key=len, reverse=True))


@dataclass(frozen=True)
class IntroNames:
    """The names the intro's subject gives the organization ("X (ACR), known as Y, is ...")."""

    lead: str  # the subject's first name, article removed
    acronyms: tuple[str, ...] = ()
    alternates: tuple[str, ...] = ()  # other current names, in the order written
    formers: tuple[str, ...] = ()  # names it had before
    former_acronyms: tuple[str, ...] = ()
    english: tuple[str, ...] = ()  # names labelled as the English name ("official English name X")


# "official English name X", "English name: X": the label of the organization's own English name.
_ENGLISH_NAME = re.compile(r"(?:(?:official|formal|full)\s)?English\sname:?\s(?:the\s)?", re.I)


def _top_level(text: str) -> str:
    """``text`` with what is inside parentheses blanked (same length), to find top-level marks."""
    if "(" not in text:
        return text
    pieces, depth, kept_from = [], 0, 0
    for mark in _PARENTHESIS.finditer(text):
        at = mark.start()
        if mark[0] == "(":
            if depth == 0:
                pieces.append(text[kept_from:at])
                kept_from = at
            depth += 1
        elif depth > 0:  # a closing bracket at the top level is kept as written
            depth -= 1
            if depth == 0:
                pieces.append(" " * (at + 1 - kept_from))
                kept_from = at + 1
    pieces.append(" " * (len(text) - kept_from) if depth else text[kept_from:])
    return "".join(pieces)


_PARENTHESIS = re.compile(r"[()]")


def _glued_comma(text: str, at: int) -> bool:
    """A comma between two letters with no space ("icddr,b", "ICDDR,B"): part of a name."""
    return text[at] == "," and 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()


def _split_top(text: str, marks: str) -> list[str]:
    flat = _top_level(text)
    parts, start = [], 0
    for i, char in enumerate(flat):
        if char in marks and not _glued_comma(flat, i):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


# A note in brackets at the end: searched from its bracket only (spaces before it are dropped
# in code: "\s*" in front would make search retry at every space of a run, quadratic).
_FINAL_NOTE = re.compile(r"\([^()]*\)\s*$")


def _without_final_note(text: str) -> str:
    """``text`` without a note in brackets at its end, nor the spaces around it ("Acme S.A. (AIB)" → "Acme S.A.")."""
    note = _FINAL_NOTE.search(text)
    return text[: note.start()].rstrip() + text[note.end() :] if note else text


def _rejoin_suffixes(parts: list[str]) -> list[str]:
    """ "Bell Telephone Laboratories", "Inc." → "Bell Telephone Laboratories, Inc."; also with
    the acronym after the suffix ("Acme Ibérica", "S.A. (AIB)")."""
    out: list[str] = []
    for part in parts:
        if out and is_legal_form(_without_final_note(part)):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _strip_article(name: str) -> str:
    return _ARTICLE.sub("", name.strip()).strip()


# An article before a name, in English and the Romance languages ("La Corporación de ...").
_ARTICLE = re.compile(
    r"^(?:[Tt]he|La|Le|Les|El|Los|Las|Il|Lo|Gli|Die|Der|Das)\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])|^L['’](?=[A-ZÀ-ÖØ-Þ])"
)
_LEGAL_SUFFIX = lexicon.alternation(
    sorted({*lexicon.corporate_suffixes(), *lexicon.legal_form_suffixes()}, key=len, reverse=True)
)
_SUFFIX_AT_END = re.compile(rf",? (?:{_LEGAL_SUFFIX})\.?$")
# A dash between the parts of one name: "Mila – Quebec Artificial Intelligence Institute".
_NAME_DASH = re.compile(r"\s[—–-]\s")


# A one-word name after a cue ("or simply the Louvre"); what separates words for initials.
_ONE_WORD = re.compile(r"[A-Z][\w'’-]+")
_WORD_BREAK = re.compile(r"[\s'’-]+")


def _caseless(char: str) -> bool:
    """A letter of a script without capitals (Japanese, Chinese, Arabic, Hebrew, Devanagari ...)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def is_native_script(text: str) -> bool:
    """ "宇宙航空研究開発機構", "日本国有鉄道": a name written in a script without capitals."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(_caseless(c) for c in letters) and len(text.split()) <= 6


def _other_script(text: str) -> bool:
    """ "Институт экспериментальной медицины", "Εθνικό Αστεροσκοπείο": a name in a script with
    capitals other than Latin (Cyrillic, Greek, Armenian), opened by a capital; in the intro's
    brackets it is the native name, whose lowercase words a Latin name check would refuse."""
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters)
        and letters[0].isupper()
        and not any(unicodedata.name(c, "").startswith("LATIN") for c in letters)
        and len(text.split()) <= 8
    )


# A word of a romanisation: "al-Majmaʿ", "al-ʿIlmī", "Kokuyū", or a short particle ("wa", "de").
_ROMANISED_WORD = re.compile(
    r"(?:[a-z]{1,3}[-'’])?[ʿʾ]?[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{0,30}(?:[-'’][^\W\d_]{1,30}){0,3}|[a-z]{1,3}"
)


def _romanised(text: str) -> bool:
    """ "al-Majmaʿ al-ʿIlmī al-Miṣrī": a romanisation right after a native-script name, whose
    words may open with a lowercase article ("al-", "el-"); letters only, a capital in each
    word but the short particles, no verb."""
    words = text.split()
    return (
        0 < len(words) <= 8
        and all(_ROMANISED_WORD.fullmatch(word) for word in words)
        and any(not word.islower() for word in words)
        and not _VERB.search(f" {text} ")
    )


def _is_name(text: str, *, labelled: bool = False) -> bool:
    """A name of an organization: capitalised, not a sentence; a labelled foreign name may have
    lowercase words ("Conseil national de recherches Canada") or be in a script without
    capitals; a spaced dash may join its parts ("Mila – Quebec AI Institute")."""
    words = text.split()
    if not words or len(words) > 14 or text.endswith(":"):
        return False
    if _TICKER.fullmatch(text) or _registration_number(text):
        return False  # a ticker symbol or a registration number
    if not (words[0][0].isupper() or (labelled and _caseless(words[0][0]))):
        return False
    if _VERB.search(f" {text} ") or _titled_person(text):
        return False
    if any(len(part.split()) < 2 for part in _NAME_DASH.split(text)[1:]):
        return False  # "Riverside Hospital — Leeds —": a place in an aside, not a part of the name
    return labelled or is_proper_name(_SUFFIX_AT_END.sub("", _NAME_DASH.sub(" ", text)))


_PERSON_INITIAL = re.compile(r"(?<!\S)[A-Z]\.(?!\S)")


def _titled_person(text: str) -> bool:
    """ "Dr. Ole Berg", "Prof. Ana Lima", "Mary Okafor FRS": a person named in an aside of the
    intro ("(CRI; its founder, Dr. Ole Berg, ...)"), never a name of the organization."""
    person = person_name(text)
    return bool(person and (person.titles or person.post_nominals or _PERSON_INITIAL.search(person.name)))


def _fold(text: str) -> str:
    """``text`` without accents ("École" → "Ecole"), to compare initials."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@cache
def _languages() -> frozenset[str]:
    """Names of the major languages (ISO 639-1, from pycountry): "English", "French", "Japanese"."""
    return frozenset(
        language.name for language in pycountry.languages if hasattr(language, "alpha_2") and " " not in language.name
    )


# "in English the Swiss Federal Institute ...", "in French, the ...", "English name:", "in English known as".
_IN_LANGUAGE = re.compile(
    r"^(?:(?:in|from)\s+(?:the\s+)?(?P<lang>[A-Z][a-z]+),?\s+(?:(?:known\s+as|called)\s+)?(?:the\s+)?"
    r"|(?P<lang2>[A-Z][a-z]+)\s+name:?\s+(?:the\s+)?)"
)


# A language named after the name: "Te Papa Atawhai in te reo Māori", "X in the Irish language".
_LANGUAGE_AFTER = re.compile(r"\s(?:in|from)\s(?:[a-z]{1,8}\s){0,2}(?P<lang>[A-ZÀ-Ž][^\W\d_]{2,20})(?:\slanguage)?$")


def _name_in_language(text: str) -> str | None:
    """The name before a language named after it ("Te Papa Atawhai in te reo Māori" → "Te Papa
    Atawhai"), when the word is a language's name; else None."""
    found = _LANGUAGE_AFTER.search(text)
    if not found or _fold(found["lang"]) not in _languages():
        return None
    name = _strip_article(text[: found.start()])
    return name if _is_name(name, labelled=True) or is_native_script(name) else None


def _language_label(text: str) -> tuple[re.Match[str], str] | None:
    """The language label that ``text`` opens with, if its word is a language's name."""
    found = _IN_LANGUAGE.match(text)
    if not found:
        return None
    language = found["lang"] or found["lang2"]
    return (found, language) if language in _languages() else None


_LABEL_WORD = re.compile(r"[A-Z][a-z]+")


def _names_a_language(label: str) -> bool:
    """ "in French", "from the Irish": a language label whose word is a language's name."""
    word = _LABEL_WORD.search(label)
    return word is not None and word.group() in _languages()


_QUOTED = re.compile(r"[„“”\"«‹‘’'](?P<name>[^„“”\"«»‹›‘’']{1,80})[“”\"»›’']")


# After a quoted name in a note: ' by riders and staff', ' among locals': who uses the name.
# Also where it is used: ' on everything they print', ' on its letterheads'. A fan's
# exclamations may close the note (' to the locals!!').
_BY_WHOM = re.compile(r"\s(?:by|among|to|on)\s[a-z]{2,15}(?:\s[a-z]{2,15}){0,4}[!?]{0,3}")


# ', generally "NatLab",', ', popularly «La Poste»,', ', "the Lab",': another name in quotes.
_QUOTED_ALIAS = re.compile(r"(?:(?:and|or)\s+)?(?:[a-z]{2,12}ly\s+)?" + _QUOTED.pattern)


_NOTE_LABEL = re.compile(r"[a-z][a-z]{1,20}(?:\s[a-z]{2,20}){0,2}:\s")


def _noted_label(part: str) -> bool:
    """ "legal form: public limited company": a lowercase label with a colon, neither a name
    cue ("acronym:", "legal name") nor a language ("in French:"), opens a note, no name."""
    part = part.strip()
    return bool(_NOTE_LABEL.match(part)) and not _CUE.match(part) and not _lowercase_language_label(part)


def _parenthesis(inner: str, names: dict[str, list[str]], *, former: bool, title: str, outside: str = "") -> None:
    """ "(Portuguese: Fundação Oswaldo Cruz, Fiocruz)", "(NRC; French: ..., CNRC)", "(ACR)",
    "(日本国有鉄道, Nihon Kokuyū Tetsudō; abbreviated JNR)", "EPFL (École polytechnique
    fédérale de Lausanne)": after an acronym, the full name it spells may have lowercase words."""
    full = _FULL_CUE.match(inner)
    if full:  # "(in full, the Institute of A, B and C; ...)": one name, commas and all
        whole, _, inner = inner[full.end() :].partition(";")
        whole = _strip_article(whole.strip())
        if _is_name(whole):
            names["alternates"].append(whole)
    # "(…; legal form: public limited company, England & Wales)": a part opened by a lowercase
    # label that is no name cue nor a language says something else of the body.
    inner = "; ".join(part for part in _split_top(inner, ";") if not _noted_label(part))
    pieces = [part for piece in _rejoin_suffixes(_split_top(inner, ",;")) for part in _slashed(piece)]
    after_native = False  # the piece before was a name in a script without capitals
    after_label = False  # the piece before was a language label alone ("(in French, Commission …)")
    for index, piece in enumerate(pieces):
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        if _pronunciation(piece):  # "IPA: [ɡɐsˈpɫan] (listen)": how the name is said
            continue
        cue = _CUE.match(piece)
        kind_former = former or (cue is not None and _cue_kind(cue["cue"]) == "former")
        piece = piece[cue.end() :] if cue else piece
        quoted = _QUOTED.fullmatch(piece)  # „Treuhand“, «Treuhand», "Treuhand": quotes mark a name
        if quoted is None and cue:  # 'called "RTD" by riders and staff': who calls it so
            quoted = _QUOTED.match(piece)
            quoted = quoted if quoted and _BY_WHOM.fullmatch(piece, quoted.end()) else None
        piece = quoted["name"] if quoted else piece
        until = _NAME_TIME.search(piece)
        if until and cue:  # "(known as the Marine Station until 2015)": a name it had before
            kind_former = kind_former or until.group().strip(" ,").startswith(("until", "till", "before"))
            piece = piece[: until.start()]
        english = _ENGLISH_NAME.match(piece)
        if english and _is_name(piece[english.end() :]):
            names["english"].append(piece[english.end() :])
        label = _LANGUAGE_LABEL.match(piece) or _lowercase_language_label(piece) or english
        if label and not piece[label.end() :].strip() and _names_a_language(label.group()):
            after_label = True  # "in French," names the language of the next piece
            continue
        labelled, after_label = after_label, False
        name = _strip_article(piece[label.end() :] if label else piece)
        glossed = None if label else _name_in_language(name)
        if glossed:  # "(ACR, the Water Company in English)": the language closes the gloss, no part of it
            name, labelled = glossed, True
        transliterated, after_native = after_native, is_native_script(name) or _other_script(name)
        spelled = (
            is_acronym(outside)
            and len(name.split()) >= 2
            and _spells(outside, name)
            and _fold(name)[:1].upper() == outside[0]
        )
        if not (cue or quoted or is_acronym(name)) and lexicon.country_code(name):
            continue  # "Harbour Seed Trust (New Zealand)": where it is, no other name
        if is_acronym(name):
            names["former_acronyms" if kind_former else "acronyms"].append(name)
        elif (
            _is_name(name, labelled=bool(label) or labelled or spelled or transliterated)  # "(مكتبة …, Maktabat al-…)"
            or is_native_script(name)
            or _other_script(name)  # "(Институт экспериментальной медицины; IEM)"
            or (transliterated and _romanised(name))  # "(المجمع العلمي المصري, al-Majmaʿ al-ʿIlmī al-Miṣrī)"
            or same_name(name, title)  # "(..., Fiocruz)"
            or ((cue or quoted) and _ONE_WORD.fullmatch(name))  # "popularly Kokutetsu"
            or _native_before_acronym(name, following)  # "(Československá akademie věd, ČSAV)"
            or (piece == name and _first_word_short_form(name, outside))  # "Amref Health Africa (Amref)"
            or (piece == name and _syllabic_short_form(name, outside))  # "Corporación Nacional del Cobre (Codelco)"
            or (piece == name and _native_compound(name, outside))  # "Aalto University (Aalto-yliopisto)"
            or (piece == name and name != outside and _SUFFIX_AT_END.sub("", outside) == name)  # "Acme S.A. (Acme)"
            or (piece == name and _styled_acronym(name, title))  # "Fondation Aide aux enfants (Aae)"
        ):
            names["formers" if kind_former else "alternates"].append(name)


def _syllabic_short_form(word: str, name: str) -> bool:
    """ "Codelco" for "Corporación Nacional del Cobre de Chile": a syllabic short form (`_clips`)
    alone in the brackets; never a start of the first word alone ("Inst" for "Institute of …"),
    which `_clipped_first_word` decides."""
    return _clips(word, name) and not _fold(name).lower().startswith(_fold(word).lower())


_COMPOUND = re.compile(r"(?P<own>[A-Z][^\W\d_]{1,30})-(?P<head>[^\W\d_]{3,30})")


def _native_compound(word: str, name: str) -> bool:
    """ "Aalto-yliopisto" for "Aalto University": the name's own first word joined by a hyphen to
    a lowercase head noun of a compounding language (lexicon/compound-head-nouns.csv), the name in
    that language; never a head noun, a government's level or a country as the first word, never an
    English word after the hyphen ("Aalto-based")."""
    found = _COMPOUND.fullmatch(word)
    words = _strip_article(name).split()
    return (
        found is not None
        and len(words) >= 2
        and found["own"] == words[0]
        and found["head"] in lexicon.compound_head_nouns()
        and words[0].lower() not in {w.lower() for w in lexicon.org_head_words()}
        and words[0].lower() not in lexicon.government_level_words()  # "National-museo": no own word
        and lexicon.country_code(words[0]) is None
    )


def _first_word_short_form(word: str, name: str) -> bool:
    """ "Amref" for "Amref Health Africa": the name's own first word, alone in its brackets,
    the short form the organization goes by; never a head noun ("(Institute)"), a country,
    nor the word of a two-word name."""
    words = _strip_article(name).split()
    if _clipped_first_word(word, words):
        return True
    return (
        len(words) >= 3
        and _ONE_WORD.fullmatch(word) is not None
        and word == words[0]
        and word.lower() not in {w.lower() for w in lexicon.org_head_words()}
        and lexicon.country_code(word) is None
    )


def _clipped_first_word(word: str, words: list[str]) -> bool:
    """ "Mak" for "Makerere University": the start of the name's first word (three letters or
    more, not the whole word), alone in its brackets, the short form it goes by; never the start
    of a head noun ("Inst" for "Institute of …") nor of a country."""
    head = words[0] if words else ""
    return (
        len(words) >= 2
        and _ONE_WORD.fullmatch(word) is not None
        and 3 <= len(word) < len(head)
        and head.startswith(word)
        and head.lower() not in {w.lower() for w in lexicon.org_head_words()}
        and lexicon.country_code(head) is None
    )


_SPOKEN_LABEL = re.compile(r"(?:[^\W\d_]{1,20}\s){0,2}(?P<word>[^\W\d_]{3,20}):?\s")
_AUDIO_MARK = re.compile(r"\((?P<word>[a-z]{4,10})\)")


def _pronunciation(piece: str) -> bool:
    """ "IPA: [ɡɐsˈpɫan] (listen)", "Hungarian pronunciation: [ˈmɒɟɒr]", "(listen)": a
    transcription or an audio link's word (lexicon/pronunciation-labels.csv), never a name."""
    text = piece.strip()
    label = _SPOKEN_LABEL.match(text)
    if label and label.group().rstrip().endswith(":") and label["word"].lower() in lexicon.pronunciation_labels():
        return True
    audio = _AUDIO_MARK.fullmatch(text)
    return bool(audio and audio["word"] in lexicon.pronunciation_labels()) or text.startswith("[")


_LOWER_LABEL = re.compile(r"[a-z]{3,20}:\s")


def _lowercase_language_label(piece: str) -> re.Match[str] | None:
    """ "arabic: مكتبة الإسكندرية": a language label typed in lowercase, when its word is a language's name."""
    found = _LOWER_LABEL.match(piece)
    return found if found and found.group()[:-2].capitalize() in _languages() else None


def _slashed(piece: str) -> list[str]:
    """ "СЭВ / SEV": one acronym in two scripts, each a name; a slash between phrases
    ("Trade / Industry") joins the parts of one name and is kept."""
    label = _LANGUAGE_LABEL.match(piece)  # "russ. БЖС / BZhS": the label stays with the first
    start = label.end() if label else 0
    parts = [part.strip() for part in piece[start:].split(" / ")]
    if len(parts) == 1 and not label:  # "SBB/CFF/FFS": acronyms glued by slashes, each one
        glued = parts[0].split("/")
        return glued if len(glued) >= 2 and all(is_acronym(part) for part in glued) else [piece]
    if len(parts) < 2 or not all(part and " " not in part for part in parts):
        return [piece]
    return [piece[:start] + parts[0], *parts[1:]]


def _native_before_acronym(name: str, acronym: str) -> bool:
    """ "Československá akademie věd, ČSAV": a name in another language, with lowercase words,
    followed by the acronym it opens (the same first letter)."""
    return (
        len(name.split()) >= 2
        and " " not in acronym
        and len(acronym) >= 2
        and acronym.isupper()
        and acronym.isalpha()
        and _fold(acronym)[0] == _fold(name)[0].upper()
        and _is_name(name, labelled=True)
    )


# A spaced dash between a name and what follows it: "Name (ACR) — federal hospital at ...".
# Also "=" ("Ofcom = the UK regulator ...").
_DASH = re.compile(r"\s[—–=-]\s+")
# A dash joining an acronym and the full name: "UNI – Ente Italiano di Normazione".
_ACRONYM_DASH = re.compile(r"(?P<acr>\S+)\s[—–-]\s+(?P<name>\S.*)")


# "Name (ACR) — in English the Other Name — is ...": an aside between dashes that gives another
# name; read like one between commas.
# Also "ACR — the Full Name — is" and "Name (ACR) — formerly the Old Name (OLD) — is".
_DASH_ASIDE = re.compile(
    r" [—–] (?P<aside>(?:(?:in|from) [A-Z][a-z]+,? |the (?=[A-Z])"
    r"|(?:formerly|previously|originally|also known as|known as|(?:[a-z]{2,12}ly )?(?:shortened|abbreviated) ) )"
    r"(?:[^—–()]|\([^()]{0,40}\)){1,150}"
    # "— NAFDAC —": the acronym alone; "— Te Papa Atawhai in te reo Māori, usually ... —": a
    # name in another language, named after it
    r"|(?P<named>[A-ZÀ-ÖØ-Þ][^—–()]{1,150})) [—–](?= )"
)


def _aside_as_commas(found: re.Match[str]) -> str:
    """A dashed aside read like one between commas; one that opens with a capital only when it is
    an acronym or a name followed by its language ("— Te Papa Atawhai in te reo Māori, ... —")."""
    named = found["named"]
    if named and not is_acronym(named) and not _name_in_language(named.split(",")[0]):
        return found.group()
    return f", {found['aside']}, "


# "X - usually just "Y" or Z - is …", "X – aka Y – national museum of …": an aside between spaced
# dashes (a hurried writer's hyphens too) that opens with an identity cue, before a lowercase word
# (the verb or a description); read like one between commas, its closing dash kept where the
# subject ends. A hyphen inside a word ("Daewoo-FSO") stays in the aside.
_CUED_DASH_ASIDE = re.compile(
    r"\s[—–-]\s(?P<aside>[a-z](?:[^—–()-]|[^\s—–()-]-(?=\S)|\([^()]{0,40}\)){1,150})\s(?P<close>[—–-])(?=\s[a-z])"
)


def _cued_aside_as_commas(found: re.Match[str]) -> str:
    """A dashed aside read like one between commas when an identity cue opens it."""
    if not _CUE.match(found["aside"]):
        return found.group()
    if _VERB.match(found.string, found.end()):
        return f", {found['aside']},"  # "X - aka Y - is …": the verb ends the subject
    return f", {found['aside']} {found['close']}"  # "X - aka Y - national museum": the dash does


# "– UK comms regulator": an acronym then a lowercase word opens a description, not a name's part.
_ACRONYM_THEN_WORD = re.compile(r"[A-Z]{2,6}[\s-][a-z]")


# "Teagasc – the Agriculture and Food Development Authority (…) is": a dash, "the" and a
# capital give the statutory full name beside the short one, read like "X, the Y, is".
_DASHED_APPOSITIVE = re.compile(r"\s[—–-]\s+(?=the\s[A-ZÀ-Ž])")


# "– Danish engineering works": a capitalised word then a lowercase one after a dash.
_CAPITAL_THEN_WORD = re.compile(r"(?P<word>[A-Z][a-z]{2,20})\s[a-z]")


def _nationality_then_word(text: str, at: int) -> bool:
    """ "X (B&W) – Danish engineering works + shipyard": after the dash, a word that names a
    language (as "Danish", "Swedish", "German" name nationalities too) and a lowercase word
    open a description, not a name ("– German Institute for X" has a capital next)."""
    found = _CAPITAL_THEN_WORD.match(text, at)
    return found is not None and found["word"] in _languages()


# "UK Widget Board (UKWB). Non-departmental body; …": a full stop after a top-level bracket.
_FRAGMENT_STOP = re.compile(r"\.\s{1,3}(?=[A-Z0-9\"“])")


def _bracketed_fragment_end(intro: str, flat: str, before: int) -> int | None:
    """Where a verbless first sentence "Name (ACR)." or 'Name ("Short"; legal form: …).' ends:
    a note-style intro opens with the name and its bracket, closed by a full stop,
    before any verb; the name outside the bracket is short and opens with a capital. None
    when the intro is no such fragment."""
    stop = _FRAGMENT_STOP.search(flat, 0, before)
    if not stop or not intro[: stop.start()].endswith(")"):
        return None
    outside = flat[: stop.start()].split()
    if not outside or not outside[0][:1].isupper() or len(outside) > 10 or "(" not in intro[: stop.start()]:
        return None
    if any(mark in flat[: stop.start()] for mark in ":—–"):
        return None  # "MEMO — Applicant: X (New Zealand).": a label or heading before the name
    if not any(char.islower() for char in "".join(outside)):
        return None  # "INFORMATION BULLETIN (translated, 2023). The X …": a heading in capitals
    return stop.start()


def _subject_end(intro: str) -> int | None:
    """Where the intro's subject ends: at its verb, or at a dash followed by a lowercase
    description when that comes first ("Name (ACR) — federal tertiary hospital at ...")."""
    flat = _top_level(intro)
    verb = _VERB.search(flat)
    fragment = _bracketed_fragment_end(intro, flat, verb.start() if verb else len(flat))
    if fragment is not None:
        return fragment
    for dash in _DASH.finditer(flat, 0, verb.start() if verb else len(flat)):
        if _DASHED_APPOSITIVE.match(flat, dash.start()):
            continue  # "Teagasc – the Agriculture and Food Development Authority is": a name
        if (
            flat[dash.end() : dash.end() + 1].islower()
            or _ACRONYM_THEN_WORD.match(flat, dash.end())
            or _nationality_then_word(flat, dash.end())
        ):
            return dash.start()
    return verb.start() if verb else None


def _without_fronted_phrase(parts: list[str], title: str = "") -> list[str]:
    """ "Founded in 1968 within X, the Y Center (YC) is ...": the subject is after the
    phrase put in front of it; dropped only when what follows it is a name (never the title:
    "Teagasc, the Agriculture and Food Development Authority, is")."""
    if (
        len(parts) >= 2
        and not _is_name(parts[0])
        and not is_acronym(parts[0])
        and parts[0] != title
        and not (title and _without_notes(_strip_article(parts[0])) == title)  # "Title (…, romanized: …), ACR is"
    ):
        rest = _strip_article(_without_final_note(parts[1]))
        if _abbreviates(rest, parts[0]):
            return parts  # "Office national des ponts, ONP, is": the acronym of the name before it
        if (parts[1][:1].isupper() or parts[1].startswith("the ")) and (_is_name(rest) or is_acronym(rest)):
            return parts[1:]
    return parts


_NAMING = re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.relative_naming_words()) + r")(?!\w)")
_BEFORE_NOW = re.compile(r"\b(?:formerly|previously|originally|once|until)\b")


_STYLED = re.compile(r"[^\W\d_]{2,10}(?:[,&-][^\W\d_]{1,6}){0,2}")


def _styled_acronym(token: str, name: str) -> bool:
    """ "icddr,b", "Icddr,b": an acronym of ``name`` written in lowercase or with a comma."""
    letters = "".join(c for c in token if c.isalpha())
    return bool(_STYLED.fullmatch(token)) and not is_acronym(token) and _abbreviates(letters.upper(), name)


def _relative_alias(intro: str) -> str:
    """ "X, which has been known since its creation as AUDA-NEPAD, is …" read as "X, known as
    AUDA-NEPAD, is …": a relative clause right after the lead name that names it; the name is
    what follows the clause's last "as"."""
    at = intro.find(", which ")
    end = intro.find(", ", at + 8) if at != -1 else -1
    verb = _VERB.search(intro)
    if end == -1 or (verb and verb.start() < at) or "(" in intro[at:end]:
        return intro
    clause = intro[at + 8 : end]
    head, as_, name = clause.rpartition(" as ")
    if not as_:  # "which is usually called ITM-A": the name right after the naming verb
        verbs = list(_NAMING.finditer(clause))
        head, name = (clause[: verbs[-1].end()], clause[verbs[-1].end() :].strip()) if verbs else ("", "")
    if not _NAMING.search(head) or not name:
        return intro
    cue = "formerly known as" if _BEFORE_NOW.search(head) else "known as"
    return f"{intro[:at]}, {cue} {name}{intro[end:]}"


# A place after the bracketed note that closes the name: "X (ACR) in Oslo", "X (…) near Zürich".
# (a short lowercase particle may join the place's words: "in Rio de Janeiro");
# the place's own comma parts go with it: "X (ACR) in Kensington, London, is …".
_PLACE_AFTER_NOTE = re.compile(
    r"(?P<named>.+\))\s(?:in|at|near)\s(?:the\s)?[A-ZÀ-Ž][^\s,()]{0,30}"
    r"(?:\s(?:[a-z]{1,4}\s)?[A-ZÀ-Ž][^\s,()]{0,30}){0,2}"
    r"(?:,\s[A-ZÀ-Ž][^\s,()]{0,30}(?:\s(?:[a-z]{1,4}\s)?[A-ZÀ-Ž][^\s,()]{0,30}){0,2}){0,2}"
)


# "X (ON) of Rio de Janeiro", "X (ACR) of Fort Worth": "of" and a place after an acronym's
# brackets is a locative (a name never goes on after its own acronym); the place's words are
# capitalised, joined at most by short lowercase particles ("de", "do", "upon").
_PLACE_AFTER_ACRONYM = re.compile(
    r"(?P<named>.+\((?P<acr>[^()\s]{2,12})\))\sof\s[A-ZÀ-Ž][^\s,()]{0,30}(?:\s(?:[a-z]{1,4}\s)?[A-ZÀ-Ž][^\s,()]{0,30}){0,3}"
)


def _without_place(subject: str) -> str:
    """The subject without the place after its closing brackets: "Deutsches Museum (full name:
    …) in München", "Observatório Nacional (ON) of Rio de Janeiro": where it is, not its name."""
    placed = _PLACE_AFTER_NOTE.fullmatch(subject)
    if placed is None:
        placed = _PLACE_AFTER_ACRONYM.fullmatch(subject)
        placed = placed if placed and is_acronym(placed["acr"]) else None
    return placed["named"] if placed else subject


# "Ile-Ife", "Baden-Baden": capitalised words joined by hyphens, a place's name shape, not an acronym.
_WORDS_HYPHENED = re.compile(r"[A-ZÀ-Ž][a-zà-ž]{1,20}(?:-[A-ZÀ-Ž][a-zà-ž]{1,20}){1,3}")


# A greeting or call to action before the name ("Welcome to X", "Discover X"), or the
# first-person subject and its copula ("We are X", "We were X"): the organization naming itself
# on its own page; what follows is the subject a third-person intro would open with.
_GREETING = re.compile(
    r"\A(?:(?:"
    + lexicon.spaced_alternation(
        sorted((row[0] for row in lexicon.table("greeting-words")), key=lambda p: (-len(p), p))
    )
    + r")|(?:"
    + lexicon.alternation(sorted(lexicon.first_person_words("subject")))
    + r")\s(?:are|were))\s+(?=(?:the\s)?[A-ZÀ-Ž])",
    re.I,
)


# "the Van Gogh Museum in Amsterdam": a place after the name of a greeted organization.
_PLACE_TAIL = re.compile(
    r"(?P<named>.+?)\s(?:in|at|near)\s(?:the\s)?[A-ZÀ-Ž][^\s,()]{0,30}"
    r"(?:\s(?:[a-z]{1,4}\s)?[A-ZÀ-Ž][^\s,()]{0,30}){0,2}"
)


def _mail_words(kind: str, *, comma: bool = False) -> str:
    rows = [row[0] for row in lexicon.table("mail-greetings") if row[1] == kind and (not comma or row[2] == "yes")]
    return lexicon.spaced_alternation(sorted(rows, key=lambda p: (-len(p), p)))


# "Morning! X is", "Hi all — the X", "All — …", "Hi — next up: the X", "Hi all. X is"
# (lexicon/mail-greetings.csv): a colleague's greeting opening a message's intro. Only before
# "!", a spaced dash or a colon; a comma after a greeting that takes one ("Hi, X is") or after an
# addressee ("Morning all, X is"); a period after an addressee ("Hi all."); an assistant's
# reply opener only before "!" ("Sure! The X is", "Great question! X was").
_GREETED = rf"(?:{_mail_words('greeting')})\s(?:{_mail_words('addressee')})"
_MAIL_GREETING = re.compile(
    rf"(?:{_GREETED}|(?:{_mail_words('greeting')})|(?:{_mail_words('addressee')})|(?:{_mail_words('lead')}))"
    rf"(?:\s?!|\s[—–-]|:)\s+"
    rf"|(?:{_GREETED}|(?:{_mail_words('greeting', comma=True)}))[,.]\s+"
    rf"|(?:{_mail_words('reply')})\s?!\s+",  # an assistant's "Sure!": only before "!"
    re.I,
)


# "Hi all — first of the new batch. X is …": after a greeting, a sentence all in lowercase
# words is a note on the message, no subject.
_MAIL_NOTE = re.compile(r"[a-z][a-z ,'’-]{0,80}[.!]\s+(?=[A-ZÀ-Ž\"“])")


def _without_mail_greeting(intro: str) -> str:
    """``intro`` without a message's greeting, a note on the batch after it ("Hi — next up:")
    and a lowercase sentence about the message ("All — a dead one for a change.")."""
    greeted = False
    for _ in range(2):
        found = _MAIL_GREETING.match(intro)
        if found is None or not intro[found.end() :].strip():
            break
        intro, greeted = intro[found.end() :], True
    note = _MAIL_NOTE.match(intro) if greeted else None
    return intro[note.end() :] if note else intro


def _without_greeting(intro: str) -> tuple[str, bool]:
    """``intro`` without the greeting or "We are" that opens it, and whether it had one."""
    found = _GREETING.match(intro)
    return (intro[found.end() :], True) if found else (intro, False)


def _without_place_tail(subject: str, title: str, *, titled_only: bool = False) -> str:
    """ "Van Gogh Museum in Amsterdam" under the title "Van Gogh Museum": where the greeted
    organization is, not its name (kept when the title holds the place too). Without a greeting
    (``titled_only``) only when what comes before the place is the title itself ("The Indian
    Museum in Kolkata is" under "Indian Museum")."""
    placed = _PLACE_TAIL.fullmatch(subject)
    if placed is None or (title and same_name(_strip_article(subject), title)):
        return subject
    if titled_only and not (title and same_name(_strip_article(placed["named"]), title)):
        return subject
    return placed["named"]


def _subject_parts(intro: str, title: str) -> list[str] | None:
    """The comma pieces of the subject of the intro's first sentence, or None when it has none;
    a piece that is the title with its own commas, or a "full" name with its commas, stays one."""
    if intro.startswith("(") and title:  # "(Arabic: …) – public library …": the intro goes on from the title
        intro = f"{title} {intro}"
    intro, greeted = _without_greeting(" ".join(intro.split()))
    intro = _relative_alias(_CUED_DASH_ASIDE.sub(_cued_aside_as_commas, _DASH_ASIDE.sub(_aside_as_commas, intro)))
    end = _subject_end(intro)
    if end is None:
        return None
    subject = intro[:end].strip().rstrip(",—– ")  # "GMD – Full Name mbH – was ...": the closing dash
    subject = _DASHED_APPOSITIVE.sub(", ", subject, count=1)
    subject = _without_place(subject)
    subject = _without_place_tail(subject, title, titled_only=not greeted)
    parts = _without_fronted_phrase(_rejoin_suffixes(_split_top(subject, ",")), title)
    parts = [piece for n, part in enumerate(parts) for piece in (_or_pieces(part) if n else [part])]
    if not parts:
        return None
    for size in range(len(parts), 1, -1):  # "International Centre for ..., Bangladesh": the title's own comma
        if title and _without_notes(_strip_article(", ".join(parts[:size]))) == title:
            parts = [", ".join(parts[:size]), *parts[size:]]
            break
    for n, part in enumerate(parts[1:], 1):  # "X, in full the A, B and C, was": one name, commas and all
        if _FULL_CUE.match(part):
            parts = [*parts[:n], ", ".join(parts[n:])]
            break
    return parts


# "usually just "Sulabh" or Sulabh International": two names after one cue, joined by "or"
_OR = re.compile(r"\sor\s")


def _or_pieces(part: str) -> list[str]:
    """A cued piece naming two names joined by "or" as two pieces, the second cued by "or"
    (a cue of its own), when both are names; any other piece whole."""
    cue = _CUE.match(part)
    if cue is None:
        return [part]
    body = part[cue.end() :]
    pieces = _OR.split(body)
    if len(pieces) != 2 or not all(_names_one(_unquoted(piece)) for piece in pieces):
        return [part]  # "known as X or a Y": a name and a note
    return [f"{part[: cue.end()]}{pieces[0]}", f"or {pieces[1]}"]


def _names_one(text: str) -> bool:
    """``text`` is one name: a name, an acronym or one capitalised word."""
    name = _strip_article(text)
    return _is_name(name) or is_acronym(name) or bool(_ONE_WORD.fullmatch(name))


def _unquoted(text: str) -> str:
    """'"Sulabh"' → 'Sulabh': a name written whole in quotes, without them."""
    quoted = _QUOTED.fullmatch(text.strip())
    return quoted["name"].strip() if quoted else text


def _without_notes(text: str) -> str:
    """``text`` without the bracketed notes that close it ("X, Y and Z (XYZ) (Spanish: …)")."""
    for _ in range(_MAX_CLOSING_BRACKETS):
        shorter = _without_final_note(text).strip()
        if shorter == text or not shorter:
            break
        text = shorter
    return text


def _labelled_other_name(part: str, names: dict[str, list[str]]) -> bool:
    """A later piece without a cue that names the organization another way: "in English the …",
    ', generally "NatLab",', "Te Papa Atawhai in te reo Māori"; its name filed, True when the
    piece was one of these (read or refused as a whole)."""
    language = _language_label(part)
    if language:  # "in English the Swiss Federal Institute of Technology in Lausanne"
        label, tongue = language
        other = _strip_article(_without_final_note(part[label.end() :]))
        if _is_name(other, labelled=tongue != "English") or is_native_script(other):
            names["alternates"].append(other)
        return True
    alias = _QUOTED_ALIAS.fullmatch(part)
    if alias:  # ', generally "NatLab",': a name in quotes, after an adverb at most
        other = _strip_article(alias["name"])
        if other.isupper() and is_acronym(other):
            names["acronyms"].append(other)
        elif (_is_name(other) or _ONE_WORD.fullmatch(other)) and other not in lexicon.org_head_words():
            names["alternates"].append(other)  # "NatLab" (a short name, not an acronym), never "the Institute"
        return True
    native = _name_in_language(part)
    if native:
        names["alternates"].append(native)
        return True
    return False


@dataclass(frozen=True)
class _SubjectPart:
    """One comma piece of the intro's subject: its name, whether a cue opened it, whether the cue
    (or a time after the name) makes it a former name, and its closing brackets' content."""

    name: str
    cued: bool
    former: bool
    parens: tuple[str, ...]  # the closing brackets' contents, in the order written


def _subject_part(n: int, part: str, names: dict[str, list[str]], title: str = "") -> _SubjectPart | None:
    """The ``n``-th piece of the subject read; None when it was another kind of name, already filed."""
    cue = _CUE.match(part)
    kind = _cue_kind(cue["cue"]) if cue else None
    body = part[cue.end() :] if cue else part
    if n > 0 and not cue and _labelled_other_name(body, names):
        return None
    # "X (ACR) (Arabic: …)", "X (ACR) (formerly Y)": each closing bracket read, the name before them all
    parens: list[str] = []
    opens = trailing_group(body.rstrip())
    while opens is not None:
        parens.insert(0, body[opens + 1 : len(body.rstrip()) - 1])
        body = body[:opens]
        opens = trailing_group(body.rstrip()) if len(parens) < _MAX_CLOSING_BRACKETS else None
    # 'known simply as "Sulabh"': a cued name in quotes, without them; 'just "ABB" on
    # everything they print': also without who uses it, or where
    quoted = _QUOTED.match(body) if cue else None
    if quoted and _BY_WHOM.fullmatch(body.rstrip(), quoted.end()):
        body = quoted.group()
    name = _strip_article(_unquoted(body) if cue else body)
    until = _NAME_TIME.search(name) if cue else None
    if until:  # ", known as the Marine Station until 2015,": a name it had before
        kind = "former" if until.group().strip(" ,").startswith(("until", "till", "before")) else kind
        name = name[: until.start()]
    # not the title itself ("ISEAS – Yusof Ishak Institute"): an acronym the name keeps
    dashed = _ACRONYM_DASH.fullmatch(name) if n == 0 and not same_name(name, title) else None
    if dashed and is_acronym(dashed["acr"]) and _is_name(dashed["name"]):
        names["acronyms"].append(dashed["acr"])  # "UNI – Ente Italiano di Normazione"
        name = dashed["name"]
    return _SubjectPart(name, cue is not None, kind == "former", tuple(parens))


def _file_later_part(part: _SubjectPart, names: dict[str, list[str]], named: str) -> bool:
    """Files the name of a piece after the lead by its kind; False when its brackets are not to
    be read (a note, a town, an acronym styled in lowercase). ``named``: the title, or the lead."""
    name = part.name
    if is_legal_form(name):
        return False  # "Sociedade Nacional de X, E.P., ...": a legal form alone is never a name
    if part.cued and _styled_acronym(name, named):
        names["alternates"].append(name)  # "known as icddr,b": an acronym styled in lowercase
        return False
    if not (
        _is_name(name)
        or is_acronym(name)
        or (part.cued and _ONE_WORD.fullmatch(name))
        or (part.cued and _title_and_place(name, named))  # "also called Aide aux enfants Genève"
    ):
        return False  # a note, not a name; a cue may introduce a one-word name ("or simply the Louvre")
    if part.cued and name in lexicon.org_head_words():
        return False  # "usually just the Board": a head noun alone names no body
    if (
        not part.cued
        and not part.parens
        and len(name.split()) == 1
        and (_WORDS_HYPHENED.fullmatch(name) or not is_acronym(name))
    ):
        return False  # "X (OAU), Ile-Ife, formerly …": one word after the name is its town, not a name
    if part.former:
        (names["former_acronyms"] if is_acronym(name) else names["formers"]).append(name)
    elif is_acronym(name):
        names["acronyms"].append(name)
    else:
        names["alternates"].append(name)  # "known as ...", or an appositive "CSIRO, the Commonwealth ..."
    return True


# A place's shape: two or three capitalised words, short lowercase particles between ("De Bilt",
# "Rio de Janeiro", "Kongens Lyngby").
_PLACE_SHAPE = re.compile(r"[A-ZÀ-Ž][^\W\d_]{1,30}(?:\s(?:[a-z]{1,4}\s)?[A-ZÀ-Ž][^\W\d_]{1,30}){1,2}")


@cache
def _body_words() -> frozenset[str]:
    kinds = (k.keyword for k in lexicon.org_name_keywords())
    return frozenset(w.casefold() for w in (*lexicon.org_head_words(), *kinds))


def _names_whole(text: str, words: str) -> bool:
    """``words`` occur in ``text`` as whole words ("De Bilt" in "3731 GA De Bilt", not in "De Bilts")."""
    at = text.find(words)
    while at != -1:
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(words, at + 1)
    return False


def _seat(raw: str, part: _SubjectPart, elsewhere: str) -> bool:
    """ "X (ACR; gloss), De Bilt, is": a bare place between commas after the name, which the
    profile names again elsewhere (its address: "3731 GA De Bilt"), is its seat, never another
    name. An appositive name has an article ("X, the Y, is"), a cue, brackets or a word of a
    body ("Institute", "Stiftung"); a native name without these ("X, Nordisk Genbank, is") stays
    a name unless the profile's other text repeats it as a whole."""
    return (
        _names_whole(elsewhere, part.name)
        and not part.cued
        and not part.parens
        and raw.strip() == part.name
        and bool(_PLACE_SHAPE.fullmatch(part.name))
        and not any(w.casefold() in _body_words() for w in part.name.split())
    )


def _title_and_place(name: str, title: str) -> bool:
    """``name`` is the title (two words or more) and one capitalised word after it, its seat
    ("Aide aux enfants Genève" under "Aide aux enfants"): a name with the title's own lowercase words."""
    return (
        len(title.split()) >= 2 and name.startswith(f"{title} ") and bool(_ONE_WORD.fullmatch(name[len(title) + 1 :]))
    )


def _kind_and_title(lead: str, title: str) -> bool:
    """``lead`` is one head word of a body and the title ("Fondation Aide aux enfants" under
    "Aide aux enfants"): the title with the kind of body it is, whatever its lowercase words."""
    kind, _, rest = lead.partition(" ")
    return len(title.split()) >= 2 and rest == title and kind in lexicon.org_head_words()


def _lead_under_title(lead: str, title: str, names: dict[str, list[str]]) -> bool:
    """A lead that fails the name check but is the organization's by the title."""
    return bool(title) and (
        same_name(lead, title)  # "Die Treuhandanstalt" under the title "Treuhandanstalt"
        or _kind_and_title(lead, title)  # "Fondation Aide aux enfants" under "Aide aux enfants"
        or _clips(lead, title)  # "Ofcom = the UK regulator" under "Office of Communications"
        # "Acme S.p.A. is …" under the title "Acme": the title with its legal form;
        # a one-word title is no name by the check of two words
        or (_SUFFIX_AT_END.sub("", lead) == title and lead != title)
        # "한국개발연구원 (Hanguk Gaebal Yeonguwon, Korea Development Institute; KDI)": a name in a
        # script without capitals, whose brackets give the title
        or (is_native_script(lead) and any(same_name(title, n) for n in names["alternates"]))
        # "Statistiska centralbyrån (English name: Statistics Sweden)": its English name is the title
        or (_is_name(lead, labelled=True) and any(same_name(title, n) for n in names["english"]))
    )


def _lead_holds(lead: str, title: str, names: dict[str, list[str]]) -> bool:
    """The lead is a name of the organization: a name, an acronym, a name with lowercase words
    whose initials an acronym after it spells ("Centre national d'études des télécommunications
    (CNET)"), or one the title vouches for."""
    if not lead:
        return False
    spelled = (
        lead[:1].isupper()
        and len(lead.split()) >= 2
        and any(_spells(a, lead) and a[0] == _fold(lead)[0].upper() for a in names["acronyms"])
    )
    return (
        _is_name(lead)
        or is_acronym(lead)
        or (spelled and _is_name(lead, labelled=True))
        or _lead_under_title(lead, title, names)
    )


# Closing brackets read after one name: "X (ACR) (Arabic: …)" has two; more is a list, not a name.
_MAX_CLOSING_BRACKETS = 3


# Between a name and its owner's name: "X of the Bank of Y", "X del Banco de Y", "X da Universidade".
_OWNER_LINK = re.compile(r"\s(?:of(?:\sthe)?|del|de\sla|do|da)\s")


def _owner_tail(title: str, lead: str) -> bool:
    """The intro's lead is the title, a complete name of two words or more, then "of the" and
    another body's name ("Museo del Oro of the Banco de la República" under "Museo del Oro"): the
    tail names its owner, not part of its name. A place after "of" stays ("Academy of Sciences of
    the Czech Republic"), and so does any tail under a title that already holds it."""
    if len(title.split()) < 2 or not lead.startswith(title) or not _is_name(title):
        return False
    link = _OWNER_LINK.match(lead, len(title))
    return link is not None and _names_a_body(lead[link.end() :])


def _names_a_body(text: str) -> bool:
    """A name in any language with a head noun of a body ("Institut …", "Centro de …") or in a
    script without capitals; a place ("Beirut", "Rio de Janeiro") has neither."""
    if is_native_script(text):
        return True
    words = text.split()
    heads = lexicon.org_head_words()
    return len(words) >= 2 and _is_name(text, labelled=True) and any(w.strip(",.") in heads for w in words)


def _title_side_of_dash(lead: str, title: str, names: dict[str, list[str]]) -> str:
    """ "Moroccan Institute for X — Institut Marocain de X", "National Council for Y – Lebanon"
    under the title of one side: a name written in two languages, or with its country, joined by
    a spaced dash. The side that is the title is the lead; the other is filed as another name
    when it names a body, never when it is a place ("Lebanon", "United Arab Emirates"). Without a
    side that is the title, or when that side is one word, the lead is kept whole: "Mila – Quebec
    Artificial Intelligence Institute" under the title "Mila" is one name, the title its short form."""
    sides = _NAME_DASH.split(lead)
    if len(title.split()) < 2 or len(sides) != 2 or same_name(lead, title):
        return lead
    for side, other in (sides, sides[::-1]):
        if same_name(side.strip(), title):
            other = _strip_article(other)
            if _names_a_body(other) and lexicon.country_code(other) is None:
                names["alternates"].append(other)
            return side.strip()
    return lead


def intro_names(intro: str, title: str = "", elsewhere: str = "") -> IntroNames | None:
    """The names in the subject of the intro's first sentence, or None when it has no subject.
    ``elsewhere``: the profile's other text, where a seat named in the intro recurs."""
    parts = _subject_parts(intro, title)
    if not parts:
        return None
    names: dict[str, list[str]] = {
        "acronyms": [],
        "alternates": [],
        "formers": [],
        "former_acronyms": [],
        "english": [],
    }
    lead = ""
    for n, text in enumerate(parts):
        part = _subject_part(n, text, names, title)
        if part is None:
            continue
        if n == 0:
            lead = part.name
        elif _seat(text, part, elsewhere) or not _file_later_part(part, names, title or lead):
            continue
        for paren in part.parens:
            _parenthesis(paren, names, former=part.former, title=title, outside=part.name)
    lead = _title_side_of_dash(lead, title, names)
    if _owner_tail(title, lead):
        lead = title  # "The Museo del Oro of the Banco de la República is ...": the owner, not the name
    if not _lead_holds(lead, title, names):
        return None
    return IntroNames(
        lead,
        *(tuple(dict.fromkeys(names[k])) for k in ("acronyms", "alternates", "formers", "former_acronyms", "english")),
    )


def _extends(full: str, short: str) -> bool:
    """``full`` is ``short`` with words added ("Nokia Bell Labs", "Bell-Northern Research Ltd.")."""
    if full == short:
        return False
    if _SUFFIX_AT_END.sub("", full) == short:
        return True  # "Acme Research Institute, Inc." is "Acme Research Institute" with its legal form
    start = full.find(short)
    while start != -1:  # a whole-word occurrence: spaces or the ends of ``full`` around it
        end = start + len(short)
        if (start == 0 or full[start - 1].isspace()) and (end == len(full) or full[end].isspace()):
            return True
        start = full.find(short, start + 1)
    return False


def _head_acronym(alternates: list[str], name: str) -> str | None:
    """ "IFAN Ch. A. Diop" beside "Institut fondamental d'Afrique noire Cheikh Anta Diop": an
    alternate opened by an acronym that spells the name's first words (two or more), and goes
    on with the rest of the name shortened; that acronym is the organization's."""
    words = name.split()
    for alternate in alternates:
        head, _, rest = alternate.partition(" ")
        if not rest or not is_acronym(head) or len(head) < 2:
            continue
        if any(_spells(head, " ".join(words[:n])) for n in range(2, len(words))):
            return head
    return None


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells the initials of ``name`` (for the other readers)."""
    return _spells(acronym, name)


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters are initials of ``name``'s words, in order ("NIWA" in "National
    Institute of ...", "EPFL" in "École polytechnique fédérale de Lausanne")."""
    initials = "".join(word[0] for word in _WORD_BREAK.split(_fold(name)) if word)
    letters = iter(initials.upper())
    return all(letter in letters for letter in acronym.upper() if letter.isalpha())


_CLIP_WORD = re.compile(r"[A-Z][a-z]{3,15}")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _clips(short: str, name: str) -> bool:
    """ "Ofcom" for "Office of Communications", "Inmetro" for "Instituto Nacional de Metrologia":
    one word made of the starts (two letters or more) of two or more of the name's words, in
    order, from its first word (a syllabic short form)."""
    if not _CLIP_WORD.fullmatch(short) or short in name.split():
        return False
    letters, words = _fold(short).lower(), _LETTER_RUN.findall(_fold(name).lower())

    @cache  # a table, not a search tree: each (at, word) is decided once
    def fits(at: int, word: int) -> bool:  # letters[at:] made of the starts of words[word:]
        if at == len(letters):
            return True
        return any(
            words[w].startswith(letters[at:end]) and fits(end, w + 1)
            for w in range(word, len(words))
            for end in range(at + 2, min(len(letters), at + len(words[w])) + 1)
        )

    return len(words) >= 2 and any(
        words[0].startswith(letters[:end]) and fits(end, 1)
        for end in range(2, min(len(words[0]), len(letters) - 2) + 1)
    )


def _abbreviates(acronym: str, name: str) -> bool:
    """``acronym`` is an acronym whose letters are the initials of ``name``, from its first."""
    return (
        is_acronym(acronym)
        and len(name.split()) >= 2
        and _spells(acronym, name)
        and acronym[0] == _fold(name)[:1].upper()
    )


_THE = re.compile(r"the\s+", re.I)
# What ends the name at the start of an intro: a comma or "is", after an optional note in brackets.
# One to three notes in brackets may come between ("X (ACR) (Arabic: …) is").
_LEAD_END = re.compile(r"(?:\s*\([^()]*\)){1,3}(?:,|\s+(?:is|was|are)\b)|,|\s+(?:is|was|are)\b", re.I)


def _lead_name(intro: str) -> str | None:
    """The name an intro sentence starts with ("The Example Agency (EXA) is ..." → "Example Agency").

    The shortest span, after "the", that ends in a letter and is followed by a comma or
    "is"/"was"/"are" (a note in brackets between them is left out); without "the" when no
    span after it ends so. Read in code: as one lazy regex it would backtrack in quadratic time.
    """
    the = _THE.match(intro)
    for start in (the.end(), 0) if the else (0,):
        for end in range(start + 1, len(intro) + 1):
            if intro[end - 1] == "\n":
                break  # the name is on the first line
            if not intro[end - 1].isspace() and _LEAD_END.match(intro, end):
                return intro[start:end]
    return None


# A later intro sentence about the organization's other names: "It was known until 1981 as the
# Science Research Council (SRC).", "It was formerly the Montreal Institute ...", "Until 2005
# the institute was called ...", "In English it called itself the ...".
_LATER_SUBJECT = re.compile(
    r"(?:(?P<time>(?:[Uu]ntil|[Bb]efore|[Ff]rom|[Ii]n)\s+\d{4}(?:\s+(?:to|until)\s+\d{4})?),?\s+)?"
    r"(?:In\s+(?P<lang>[A-Z][a-z]+),?\s+)?"
    r"(?:(?:[Ii]t|[Tt]he\s+[a-z]+|[Tt]his\s+[a-z]+)\s+"
    r"(?:(?:was|is|has\s+(?:also\s+)?been|had\s+(?:also\s+)?been)\s+(?P<cue_next>)"
    r"|(?P<itself>(?:called|calls|styled|styles|named|names)\s+itself)\s+(?:the\s+)?)"
    r"|(?P<its>Its\s+(?:full|official|formal|legal|registered)\s+name\s+is)\s+(?:the\s+)?)"
)
_CALLED = re.compile(r"(?:called|named)\s(?:the\s)?(?=[A-ZÀ-Ž])")
_BARE_NAME = re.compile(r"(?:the\s)?(?=[A-ZÀ-Ž])")
# ", and most people just say Todai for short", ", and everyone calls it Acme": a second name
# after a later sentence's name.
_PEOPLE_SAY = re.compile(
    r",\s(?:and\s)?(?:most\s|many\s)?(?:people|everyone|everybody)\s(?:[a-z]{2,12}\s)?"
    r"(?:say|says|call\sit|calls\sit)\s(?P<name>[^\s,.;()][^,.;()]{1,40}?)(?:\sfor\sshort)?$"
)
# After the name: when it held ("until 1981", "from 1990 to 2001", "before 2005").
_NAME_TIME = re.compile(
    r"[\s,]{1,3}(?:until|till|before|from|between|in|since)\s{1,3}\d{4}(?:\s{1,3}(?:to|until|and)\s{1,3}\d{4})?$"
)


# A news lead's later sentence that opens by naming the organization: "Known as UDSM, it now
# teaches …" (a naming cue, the name, then "it"/"the university" as the subject) …
_KNOWN_AS_SUBJECT = re.compile(r"(?P<name>[^,()]{2,80}),\s(?:it|(?:the|this)\s[a-z]{3,20})\s[a-z]")
# … or "SEWA, as it is widely known, organizes …", "The Met, as New Yorkers call it, stands …".
_AS_CALLED = re.compile(
    r"(?:The\s)?(?P<name>[^,()]{2,80}),\sas\s"
    r"(?:it\sis\s(?:[a-z]{2,12}ly\s)?(?:known|called)|(?:[A-Za-z]{2,20}\s){1,3}(?:calls?|knows?)\sit),\s[a-z]"
)


# "Its registered name is the X (XA), though hardly anyone calls it that.": a concession
# after the name, no part of it (lowercase only: ", but Y" with a name stays unread).
_CONCESSIVE = re.compile(r",\s(?:though|although|even\sthough|but)\s(?=[a-z])")


def _without_concession(body: str) -> str:
    """ "the X (XA), though hardly anyone calls it that" → "the X (XA)"; kept whole when the
    concession has a capital (another name)."""
    found = _CONCESSIVE.search(body)
    if found is None or any(c.isupper() for c in body[found.end() :]):
        return body
    return body[: found.start()]


@dataclass(frozen=True)
class _LaterName:
    name: str
    acronym: str | None
    former: bool


def _news_later_name(sentence: str) -> _LaterName | None:
    """The other name a later intro sentence gives in news style ("Known as UDSM, it …",
    "SEWA, as it is widely known, …"): an acronym, or a proper name of two words or more (a head
    noun alone, "The Bank, as staff call it", names no body)."""
    cue = _CUE.match(sentence)
    if cue and _NAMING.search(cue["cue"].lower()):  # a naming verb ("known as"), not "or", "until 1990"
        found = _KNOWN_AS_SUBJECT.match(sentence, cue.end())
        former = _cue_kind(cue["cue"]) == "former"
    else:
        found, former = _AS_CALLED.match(sentence), False
    if not found:
        return None
    return _news_name(found["name"], former)


def _news_name(raw: str, former: bool = False, *, lang: str | None = None) -> _LaterName | None:
    """An acronym, or a proper name of two words or more; under a language's label (``lang``,
    checked) a name in that language, lowercase words or another script too."""
    name = _strip_article(raw.strip())
    if is_acronym(name):
        return _LaterName(name, None, former)
    labelled = lang is not None and lang in _macro_languages()
    if lang is not None and not labelled:
        return None
    return _LaterName(name, None, former) if len(name.split()) >= 2 and _is_name(name, labelled=labelled) else None


@cache
def _macro_languages() -> frozenset[str]:
    """The major languages and the macrolanguages pycountry names with a note ("Swahili
    (macrolanguage)" is "Swahili")."""
    macro = " (macrolanguage)"
    notes = (language.name.removesuffix(macro) for language in pycountry.languages if language.name.endswith(macro))
    return _languages() | frozenset(name for name in notes if " " not in name)


# "Known in German as the Institut für X, or IfW Kiel, it …": a naming cue under a language's
# label; "Known as CBK, or in Swahili Banki Kuu, it …": a second name after ", or", maybe labelled
_KNOWN_IN_LANGUAGE = re.compile(r"Known\sin\s(?P<lang>[A-Z][a-z]{2,20})\sas\s(?:the\s)?(?=[^\s])")
_OR_SECOND_SUBJECT = re.compile(
    r"(?P<name>[^,()]{2,80}),\sor\s(?:in\s(?P<lang>[A-Z][a-z]{2,20})\s)?(?P<second>[^,()]{2,80}),\s"
    r"(?:it|(?:the|this)\s[a-z]{3,20})\s[a-z]"
)
# "Known as CBK, it is called Banki Kuu ya Kenya in Swahili.": the subject then a name in a language
_CALLED_IN_LANGUAGE = re.compile(
    r"(?:it|(?:the|this)\s[a-z]{3,20})\sis\s(?:also\s)?called\s(?P<name>[^,;.()]{2,60}?)\sin\s(?P<lang>[A-Z][a-z]{2,20})\.?$"
)


def _news_later_names(sentence: str) -> list[_LaterName]:
    """Every other name a news-style later sentence gives: the one of ``_news_later_name``, a
    second one after ", or" ("Known as the X, or in Hebrew Y, it …"), a cue under a language's
    label ("Known in German as X, …"), and a name "it is called … in <language>" after the subject
    ("Known as CBK, it is called Y in Swahili."). Each checked as ``_news_name`` checks it."""
    found: list[_LaterName | None] = []
    cue = _CUE.match(sentence)
    in_language = _KNOWN_IN_LANGUAGE.match(sentence)
    start = in_language.end() if in_language else (cue.end() if cue and _NAMING.search(cue["cue"].lower()) else None)
    if start is None or (cue and _cue_kind(cue["cue"]) == "former"):
        return [name for name in [_news_later_name(sentence)] if name]
    lang = in_language["lang"] if in_language else None
    paired = _OR_SECOND_SUBJECT.match(sentence, start)
    if paired:
        found += [_news_name(paired["name"], lang=lang), _news_name(paired["second"], lang=paired["lang"])]
    else:
        single = _KNOWN_AS_SUBJECT.match(sentence, start)
        found.append(_news_name(single["name"], lang=lang) if single else None)
        called = _CALLED_IN_LANGUAGE.match(sentence, single.end("name") + 2) if single else None
        found.append(_news_name(called["name"], lang=called["lang"]) if called else None)
    return [name for name in found if name]


# "In English: National Institute of X.": a language label opening a sentence, then the name
# in that language and nothing more.
_LANGUAGE_SENTENCE = re.compile(r"In\s(?P<lang>[A-Z][a-z]{2,20}):\s(?P<name>[^:;()]{2,120}?)\.?\Z")
# 'Students and staff call it simply "Chula".': a quoted nickname people call it; a capitalised
# subject of up to four words, no pronoun ("It", "We") naming the organization itself.
_CALL_IT = re.compile(
    r"(?!(?:It|We|They)\s)[A-Z][a-z]{1,20}(?:\s(?:and\s)?[a-z]{2,20}){0,3}\scalls?\sit\s"
    r"(?:(?:simply|just|affectionately|usually|often)\s)?[\"“](?P<name>[^\"“”]{2,40})[\"”]\.?\Z"
)


def _labelled_later_name(sentence: str) -> _LaterName | None:
    """ "In English: X." (a language's name as the label) or 'Staff call it simply "X".'"""
    found = _LANGUAGE_SENTENCE.match(sentence)
    if found and found["lang"] in _languages() and _is_name(found["name"].strip(), labelled=True):
        return _LaterName(_strip_article(found["name"].strip()), None, False)
    called = _CALL_IT.match(sentence)
    if called and len(called["name"].split()) <= 3 and _is_name(called["name"], labelled=True):
        return _LaterName(called["name"], None, False)
    return None


def _later_names(intro: str, extra: tuple[str, ...] = ()) -> list[_LaterName]:
    """Other names given by the intro's later sentences, each a whole sentence about the
    organization itself ("It was formerly the X (XA)."): a cue, a checked name, nothing more;
    ``extra``: the lines after the intro (a wall label's text), every sentence of them later."""
    found: list[_LaterName] = []
    for sentence in [*sentences(intro)[1:], *(s for line in extra for s in sentences(line))]:
        labelled_name = _labelled_later_name(sentence)
        if labelled_name:
            found.append(labelled_name)
            continue
        subject = _LATER_SUBJECT.match(sentence)
        if not subject:
            found += _news_later_names(sentence)
            continue
        rest = sentence[subject.end() :]
        cue = None
        if subject["itself"] is None and subject["its"] is None:
            # "In Japanese it is called X": under a language label a bare "called" names it;
            # "In French it is the X": so does a bare "is" (the language's name checked).
            called = _CALLED.match(rest) if subject["lang"] else None
            if called is None and subject["lang"] in _languages() and subject["cue_next"] is not None:
                called = _BARE_NAME.match(rest)
            cue = None if called else _CUE.match(rest)
            opening = cue or called
            if opening is None:
                continue
            rest = rest[opening.end() :]
        body = _without_concession(rest.strip().rstrip(".").strip())
        body = _NAME_TIME.sub("", body)
        # "In Japanese it is called X, and most people just say Y for short": Y is a name too.
        said = _PEOPLE_SAY.search(body)
        # a nickname is often one word ("Todai"): short and capitalised is enough here
        if (
            said
            and len(said["name"].split()) <= 3
            and _is_name(said["name"], labelled=True)
            and said["name"][0].isupper()
        ):
            found.append(_LaterName(said["name"], None, False))
        body = body[: said.start()] if said else body
        paren = _FINAL_NOTE.search(body)
        inner = paren.group().strip()[1:-1].strip() if paren else ""
        name = _strip_article(body[: paren.start()] if paren else body)
        acronym = inner if paren and is_acronym(inner) else None
        labelled = bool(subject["lang"]) and subject["lang"] != "English" and subject["lang"] in _languages()
        if (paren and not acronym) or not (_is_name(name, labelled=labelled) or is_acronym(name)):
            continue
        time = (subject["time"] or "").lower()
        former = bool(cue and _cue_kind(cue["cue"]) == "former") or time.startswith(("until", "before"))
        found.append(_LaterName(name, acronym, former))
    return found


def _country_note(full_title: str, title: str) -> bool:
    """The title's closing note, dropped by ``_title_core``, is a country's name."""
    note = full_title[len(title) :].strip()
    return title != full_title and note.startswith("(") and lexicon.country_code(note[1:-1]) is not None


def _title_core(title: str) -> str:
    """The title without a note that tells it apart from a namesake ("CSIR (South Africa)");
    an acronym in the brackets is kept ("Example Agency (EXA)" is read as it is)."""
    note = _FINAL_NOTE.search(title)
    if not note or note.start() == 0 or is_acronym(note.group().strip("() ")):
        return title
    return title[: note.start()].rstrip()


# An all-capitals word in running text ("the BA's own law", "NIB grants loans"), not in brackets.
_CAPITALS_WORD = re.compile(r"(?<![\w(/&.-])[A-Z]{2,8}(?![\w)/&-])")


def _initials_used(texts: list[str], name: str) -> str | None:
    """An acronym the profile uses without defining it ("the BA's own law" under "Bibliotheca
    Alexandrina"): exactly the initials of every capitalised word of ``name`` (two or more), and
    never in brackets, where it may be another organization's ("British Airways (BA)")."""
    words = [w for w in _WORD_BREAK.split(_fold(name)) if w]
    capitals = [w for w in words if w[0].isupper()]
    if len(capitals) < 2 or any(len(w) > 3 for w in words if w not in capitals):
        return None  # "Centre national d'études": a content word in lowercase, no plain initials
    initials = "".join(w[0] for w in capitals)
    for text in texts:
        for found in _CAPITALS_WORD.finditer(text):
            if found.group() == initials:
                return initials
    return None


def _dedicated(title: str, lead: str) -> bool:
    """ "Lakeside Observatory named after Anna Berg (…) is …" under the title "Lakeside
    Observatory": the intro's lead is the title and the person it honours
    (lexicon/dedication-phrases.csv); the title is the name, the lead another name."""
    head = " ".join(title.split())
    rest = " ".join(lead.split())
    if not rest.lower().startswith(head.lower() + " "):
        return False
    return rest[len(head) + 1 :].lower().startswith(tuple(p + " " for p in lexicon.dedication_phrases()))


def _country_after(title: str, lead: str) -> bool:
    """ "Lakeside General Hospital Ghana" over "The Lakeside General Hospital (LGH) is …": the
    title is the intro's lead and a country that tells it from its namesakes; the title is the
    name, the lead another name, the intro's acronym its acronym."""
    head = " ".join(lead.split())
    rest = " ".join(title.split())
    if not rest.startswith(head + " "):
        return False
    country = rest[len(head) + 1 :]
    return len(country.split()) <= 3 and lexicon.country_code(country) is not None


def _common_name_of_legal_name(title: str, found: IntroNames) -> bool:
    """ "N.V. Koninklijke Nederlandse Vliegtuigenfabriek Fokker, usually referred to simply as
    Fokker, was ..." under the title "Fokker": the intro's lead is a legal name (a legal form
    opens or closes it) that holds the title, and names the title as what it is called; the
    title is the name, the legal name an alternate.

    Not when the legal name opens with the title ("Acme Communications Corporation (commonly
    Acme)" under "Acme"): that is the title's full name, which is the name, as for any
    intro lead that extends the title; the title is what it is commonly called, an alternate."""
    if is_acronym(title) or not any(same_name(title, other) for other in found.alternates):
        return False
    words = found.lead.replace(",", " ").split()
    legal = len(words) > 1 and (is_legal_form(words[0]) or is_legal_form(words[-1]))
    if f"{' '.join(words)} ".startswith(f"{' '.join(title.split())} "):
        return False
    return legal and f" {' '.join(title.split())} " in f" {' '.join(words)} "


# "Other forms: " opening an item of a catalogue record line.
_CATALOGUE_LABEL = re.compile(r"(?P<label>[A-Z][a-z]{1,15}(?: [a-z]{1,12}){0,2}):\s")


def _catalogue_names(profile: Profile, title: str) -> list[str]:
    """ "Name: League of Nations ; Other form: Société des Nations ; Dates: …": the other forms
    of the name a catalogue record line gives, read only when its heading is the title; each
    ";" item a name (commas and all) up to the next label."""
    labels: dict[str, str] = {row.label: row.kind for row in lexicon.catalogue_name_labels()}
    for field in profile.fields:
        for line in field.text.splitlines():
            items = _split_top(line, ";")
            first = _CATALOGUE_LABEL.match(items[0]) if items else None
            if not first or labels.get(first["label"].lower()) != "self":
                continue
            if not same_name(_without_final_note(items[0][first.end() :]), title):
                return []
            names, kind = [], None
            for item in items[1:]:
                label = _CATALOGUE_LABEL.match(item)
                if label:
                    kind, item = labels.get(label["label"].lower()), item[label.end() :]
                name = _strip_article(item)
                if kind == "alternate" and (_is_name(name, labelled=True) or is_native_script(name)):
                    names.append(name)
            return names
    return []


# An authority record's label opening a sentence of the intro ("…; 1951-1998. Variant forms of
# name: X (tuk); Y (rus)."): up to four words, after the line's start, a full stop or a semicolon.
_SENTENCE_LABEL = re.compile(r"(?:\A|(?<=[.;] ))(?P<label>[A-Z][a-z]{1,15}(?: [a-z]{1,12}){0,3}):\s")
_BRACKET_DEPTH = {"(": 1, "[": 1, ")": -1, "]": -1}


def _sentence_end(text: str) -> int:
    """Where the sentence that opens ``text`` ends: at a full stop outside brackets before a
    capital or a bracket ("…; CPS (fre). Earlier names: …", "…; RJB-CSIC. [Sources: …]"), not
    after a short abbreviation ("St. Augustine") nor before a note ("Zrt. (hun)"); or at a
    square bracket outside brackets (the record's sources)."""
    depth = 0
    for at, char in enumerate(text):
        if depth == 0 and char == "[":
            return at
        depth = max(0, depth + _BRACKET_DEPTH.get(char, 0))
        if depth or char != ".":
            continue
        after = text[at + 1 : at + 3]
        before = text[max(0, at - 40) : at].split()  # a bounded look back: linear on long lines
        word = before[-1] if before else ""
        if (after == "" or (after[:1] == " " and after[1:2].isupper()) or after == " [") and (
            len(word) > 2 or word.endswith(")")
        ):
            return at
    return len(text)


def _variant_name_run(line: str) -> list[str]:
    """ "Variant forms of name: Rundradion Ab (swe); Finnish Broadcasting Company (eng); Yle
    (abbrev.)": the ";" items of each sentence a catalogue "alternate" label opens, each without
    its final note (a language code, "abbrev."), kept only when it passes the name check."""
    labels = {row.label: row.kind for row in lexicon.catalogue_name_labels()}
    names: list[str] = []
    for found in _SENTENCE_LABEL.finditer(line):
        if labels.get(found["label"].lower()) != "alternate":
            continue
        run = line[found.end() :]
        for item in _split_top(run[: _sentence_end(run)], ";"):
            if _CATALOGUE_LABEL.match(item):
                break  # the next label's items are not variant names
            name = _strip_article(_without_final_note(item).strip(" ,"))
            if _is_name(name, labelled=True) or is_native_script(name) or _other_script(name):
                names.append(name)
    return names


def _heading_full_name(intro: str, title: str) -> str | None:
    """ "Yleisradio Oy (Yle); Finland's national broadcaster; Helsinki; 1926- .": an authority
    record's heading (the intro's first ";" item) whose final bracket is the title gives the
    full name the title shortens, when it passes the name check."""
    items = _split_top(intro.split("\n", 1)[0], ";")
    if len(items) < 2:
        return None
    heading = items[0]
    note = _FINAL_NOTE.search(heading)
    if note is None or not same_name(note.group().strip()[1:-1], title):
        return None
    name = _strip_article(heading[: note.start()].strip())
    return name if _is_name(name, labelled=True) else None


def _intro_variant_names(profile: Profile, title: str) -> list[str]:
    """The variant names an authority-record intro lists after its own labels, and the full
    name of its heading when the title is that heading's short form."""
    lines = [*(profile.intro or "").splitlines(), *profile.extra_intro]
    full = _heading_full_name(profile.intro or "", title)
    return [*([full] if full else []), *(name for line in lines for name in _variant_name_run(line))]


_LANGUAGE_NAME_KEY = re.compile(r"name [a-z]{2}")


@dataclass(frozen=True)
class _RecordedNames:
    """Names a registry export records in "key: value" lines ("name_local: …", "name: …")."""

    selves: tuple[str, ...]
    alternates: tuple[str, ...]
    shorts: tuple[str, ...] = ()


_SHORT_KEYS = frozenset(key for (key,) in lexicon.table("short-name-record-keys"))


def _recorded_shorts(profile: Profile) -> tuple[str, ...]:
    """ "Legal name: X. Short name: XA. Entity type: …": the acronyms that "key: value"
    sentences of the intro give (lexicon/short-name-record-keys.csv); a null value ("Short
    name: N/A") or a value that is no acronym gives nothing. Only the intro: a short name in
    a field may be another body's."""
    shorts: list[str] = []
    for line in (profile.intro or "").splitlines():
        for piece in (p for sentence in sentences(line) for p in _split_top(sentence, ";|")):
            found = record(piece.strip())
            if found is None or found.in_cells or found.key not in _SHORT_KEYS:
                continue
            value = _without_final_note(found.value).strip(" .,")
            # an acronym only: "Short name: Not verified" is a reviewer's remark, no name
            if is_acronym(value) and status_of_text(value).stated:
                shorts.append(value)
    return tuple(shorts)


def _shorts_placed(
    shorts: tuple[str, ...], acronym: str | None, name: str, known: list[str]
) -> tuple[str | None, list[str]]:
    """ "Short name: XA." in a report's intro: the acronym when none is known, else another
    name (the acronym and the new alternates)."""
    others: list[str] = []
    for short in shorts:
        if acronym is None and not is_acronym(name):
            acronym = short
        elif short != acronym and not same_name(short, name) and short not in (*known, *others):
            others.append(short)
    return acronym, others


def _recorded_names(profile: Profile) -> _RecordedNames:
    """The names of record lines (one a line, or several a line after "|" or ";") in the
    intro, the lines after it and the fields, keyed in lexicon/name-record-keys.csv; a value
    that is a null word or fails the name check gives nothing."""
    kinds: dict[str, str] = {row.label: row.kind for row in lexicon.name_record_keys()}
    lines = [*(profile.intro or "").splitlines(), *profile.extra_intro]
    lines += [item.text for field in profile.fields for item in field.items]
    selves: list[str] = []
    alternates: list[str] = []
    for line in lines:
        for piece in _split_top(line, ";|"):
            found = record(piece)
            if found is None or found.in_cells:
                continue
            key, value = found.key, found.value
            kind = kinds.get(key) or ("alternate" if _LANGUAGE_NAME_KEY.fullmatch(key) else None)
            value = _strip_article(_without_final_note(value).strip(" .,"))
            if kind is None or not value or not status_of_text(value).stated:
                continue
            if _is_name(value, labelled=kind == "alternate") or is_native_script(value):
                (selves if kind == "self" else alternates).append(value)
    return _RecordedNames(tuple(selves), tuple(alternates), _recorded_shorts(profile))


@dataclass(frozen=True)
class RecordIntroNames:
    """The names a database export's record intro gives by label."""

    selves: tuple[str, ...] = ()
    legal: tuple[str, ...] = ()
    alternates: tuple[str, ...] = ()  # trading names, "also known as", a native-language name
    formers: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()


# A record intro's label opens the line or follows "; " or ". "; a bracketed language code may follow it.
_RECORD_INTRO_LABELS = lexicon.alternation([label for label, _ in lexicon.record_intro_labels()])
_RECORD_INTRO_LABEL = re.compile(
    rf"(?:\A|(?<=; )|(?<=\. ))(?P<label>(?i:{_RECORD_INTRO_LABELS}))(?P<code>\s\([A-Za-z]{{2,3}}\))?:\s"
)


_GENERIC_LABEL = re.compile(r"[A-Z][\w/.-]{0,20}(?:\s[\w/.-]{1,20}){0,3}\s?(?:\([^()]{1,12}\)\s?)?:(?:\s|\Z)")
_FINAL_BRACKET = re.compile(r"\s\((?P<inner>[^()]{1,12})\)\Z")


def _record_value(text: str, *, legal: bool = False) -> str | None:
    """One name of a record intro's value: without its final note (a legal form in brackets
    stays in a legal name: "… (publ)"), an article kept; None for a null, a label or no name."""
    value = text.strip(" ;,")
    value = value[:-1] if value.endswith(".") and not _SUFFIX_AT_END.search(value) else value
    bracket = _FINAL_BRACKET.search(value)
    if not (legal and bracket and bracket["inner"].lower() in lexicon.legal_name_bracket_forms()):
        value = _without_final_note(value).strip(" ;,")
    if not value or ":" in value or not status_of_text(value).stated:
        return None
    name = _strip_article(value)
    if not (is_acronym(name) or is_native_script(name) or _is_name(name, labelled=True)):
        return None
    return value


def record_intro_names(intro: str) -> RecordIntroNames | None:
    """ "Organization Name: Acme; Legal Name: Acme Ltd; Also Known As: A; B; Operating Status:
    Active. Description: …": the names of a record intro, a line that opens with one of the
    labels of lexicon/record-intro-labels.csv; each label's value runs to the next label. A
    list label's value ("Also Known As: A; B; C") is split on "; "; the list stops at a piece
    that is another label ("Stock Symbol: …"). None when the intro is no such record."""
    line = intro.strip().split("\n", 1)[0]
    found = list(_RECORD_INTRO_LABEL.finditer(line))
    if not found or found[0].start() != 0 or len(found) < 2:
        return None
    kinds = dict(lexicon.record_intro_labels())
    names: dict[str, list[str]] = {kind: [] for kind in ("self", "legal", "alternates", "former", "acronym")}
    for at, label in enumerate(found):
        kind = kinds.get(" ".join(label["label"].lower().split()), "other")
        if label["code"] and kind == "self":
            kind = "alternates"  # "Name (PL): Uniwersytet …": the name in another language
        elif kind == "trading":
            kind = "alternates"
        end = found[at + 1].start() if at + 1 < len(found) else len(line)
        value = line[label.end() : end]
        if kind == "other":
            continue
        pieces = value.split("; ") if kind in ("alternates", "former", "acronym") else [value.split("; ")[0]]
        for piece in pieces:
            if _GENERIC_LABEL.match(piece.strip()):
                break  # another label, not in the table: the list ends
            name = _record_value(piece, legal=kind == "legal")
            if name and name not in names[kind]:
                names[kind].append(name)
    return RecordIntroNames(
        tuple(names["self"]),
        tuple(names["legal"]),
        tuple(names["alternates"]),
        tuple(names["former"]),
        tuple(names["acronym"]),
    )


# A wire-service dateline opening the intro: an all-capitals place, then an optional ", Country"
# or state ("CANBERRA, Australia", "REDMOND, Wash."), an optional date and news agency in
# brackets, then a spaced dash ("LONDON —", "GENEVA, March 3 (Reuters) -"). Where the story was
# filed, never a name of the organization.
_DATELINE_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,30}"
_DATELINE_MONTH = lexicon.alternation(sorted(lexicon.month_spellings(), key=len, reverse=True))
_DATELINE = re.compile(
    rf"(?P<place>{_DATELINE_WORD}(?:\s{_DATELINE_WORD}){{0,4}})"
    r"(?P<region>,\s[A-ZÀ-Ž][\w'’.]{0,30}(?:\s[A-ZÀ-Ž][\w'’.]{0,30}){0,2})?"
    rf"(?:,?\s(?i:{_DATELINE_MONTH})\.?\s\d{{1,2}}(?:,\s\d{{4}})?)?"
    r"(?:\s\([A-Z][\w&. -]{0,30}\))?"
    r"\s(?:—|–|―|--?)\s{1,3}(?=[A-ZÀ-Ž\"“])"
)


def without_dateline(intro: str, profile: Profile) -> str:
    """``intro`` (the profile's) without a wire dateline, for the readers that read it too."""
    elsewhere = "\n".join(field.text for field in profile.fields)
    return _without_dateline(intro, _title_core(profile.title.strip()), elsewhere)


def _without_dateline(intro: str, title: str, elsewhere: str) -> str:
    """The intro without a dateline ("LONDON — The Bank of X, a …" → "The Bank of X, a …").

    An acronym opening "ACR — Full Name is …" looks the same, so capitals alone are a dateline
    only when they are not the title or its start, do not spell it, and are not written in
    capitals again in the profile (an organization's acronym recurs; the filing city, if at all,
    in ordinary case: "London" in the address). A place with its country or state after a comma
    ("KIEL, Germany —") is a dateline even when the title starts with the town's name."""
    found = _DATELINE.match(intro)
    if not found:
        return intro
    place, rest = found["place"], intro[found.end() :]
    core = " ".join(title.split()).casefold()
    if (spells(place, title) and is_acronym(place)) or core == place.casefold():
        return intro
    if found["region"]:
        return rest
    if core.startswith(place.casefold()) or spells(place, title) or _abbreviates(place, title):
        return intro
    return intro if _recurs(place, f"{rest}\n{elsewhere}") else rest


def _recurs(word: str, text: str) -> bool:
    """``word`` occurs in ``text`` as a whole word, in the same case."""
    at = text.find(word)
    while at != -1:
        if (at == 0 or not text[at - 1].isalnum()) and _ends_a_word(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


# "Brazil's National Institute for Space Research, known by its Portuguese initials INPE, …": a
# lead name glossed in English, then the native name's initials with their language.
_GLOSSED_LEAD = re.compile(
    r"(?:(?P<owner>[A-ZÀ-Ž][^\W\d_]{1,30}(?:\s[A-ZÀ-Ž][^\W\d_]{1,30}){0,2})['’]s\s|[Tt]he\s)?"
    r"(?P<name>[^,()]{3,120}),\s(?:[a-z]{2,12}ly\s)?known\sby\s(?:its|the)\s(?P<lang>[A-Z][a-z]{2,20})\s"
    r"(?:initials|acronym|abbreviation)\s(?P<acr>[^\s,()]{2,12})[,\s]"
)


def _glossed_lead(intro: str, title: str) -> str | None:
    """The English gloss of a native title that the intro opens with ("Brazil's National Institute
    for Space Research, known by its Portuguese initials INPE, builds …" under "Instituto Nacional
    de Pesquisas Espaciais"): an alternate name, only when the language is not English, the
    initials are the title's, and an owner before "'s" is a country."""
    found = _GLOSSED_LEAD.match(" ".join(intro.split()))
    if not found or found["lang"] == "English" or found["lang"] not in _languages():
        return None
    if found["owner"] and lexicon.country_code(found["owner"]) is None:
        return None  # "Acme's Research Institute": another body's unit
    name, acronym = found["name"].strip(), found["acr"]
    if not (is_acronym(acronym) and _abbreviates(acronym, title)) or same_name(name, title):
        return None
    return name if _is_name(name) else None


def _intro_found(intro: str, title: str, elsewhere: str) -> IntroNames | None:
    """The names of the intro's subject; for a news lead without a copula, only its title; for
    a file's labelled subject ("Applicant: X (ACR), Town."), the title and its brackets."""
    if not intro:
        return None
    return (
        intro_names(intro, title, elsewhere)
        or _news_lead(intro, title)
        or _labelled_subject(intro, title, elsewhere)
        or _bulleted_subject(intro, title, elsewhere)
        or _reported_subject(intro, title, elsewhere)
        or _topic_subject(intro, title, elsewhere)
    )


# "My project is about", "This report is on" (lexicon/topic-lead-nouns.csv): a pupil's opening
# that names what the work describes.
_TOPIC_LEAD = re.compile(
    rf"(?:my|this|our)\s(?:{lexicon.alternation(w for (w,) in lexicon.table('topic-lead-nouns'))})"
    r"\s(?:is|was)\s(?:about|on)\s(?:the\s)?",
    re.I,
)
# "…, or RFDS." / "…, or RFDS, …": a short form offered after the title.
_OR_SHORT = re.compile(r",\sor\s(?P<acr>[A-Z][A-Za-z0-9&.-]{1,11})(?=[.,;]|$)")
# "Its full name is the X": the title, after an acronym the topic lead named.
_FULL_NAME_IS = re.compile(r"\b(?:its|the)\s(?:full|official|proper|whole)\sname\sis\s(?:the\s)?", re.I)


def _topic_subject(intro: str, title: str, elsewhere: str) -> IntroNames | None:
    """ "My project is about the X (Y, or ACR).", "… about the X, or ACR.", "… about ACR. Its full
    name is the X, …": the title (or an acronym, then the title named in full) right after a
    topic lead is the intro's subject; the names in its brackets or offered after ", or" are its
    other names. Only the first topic lead, only the title itself."""
    text = " ".join(intro.split())
    core = " ".join(title.split())
    lead = _TOPIC_LEAD.search(text)
    if lead is None or not core:
        return None
    start = lead.end()
    if text.startswith(core, start):
        end = start + len(core)
        if text.startswith(" (", end):
            return _title_brackets(text, start, core, title, elsewhere, (".", ",", ";"))
        short = _OR_SHORT.match(text, end)
        if short and is_acronym(short["acr"]):
            return IntroNames(core, (short["acr"],))
        return IntroNames(core) if text[end : end + 1] in ".,;" else None
    # "My project is about INTERPOL. Its full name is the International Criminal Police …"
    acronym = text[start:].split(".", 1)[0]
    full = _FULL_NAME_IS.search(text, start + len(acronym), start + len(acronym) + 40)
    if is_acronym(acronym) and full and text.startswith(core, full.end()):
        return IntroNames(core, (acronym,))
    return None


# After a bracket that follows the title: a copula makes the title the subject of its clause.
_COPULA_AFTER = (" is ", " was ", " are ", " were ", " has been ", " had been ", " remains ")
# "… home to Acme AG (ACME), the lens group", "Acme Corporation (Acme) grew from …": an apposition
# or a verb after the brackets makes the title mid-intro the subject too (a guidebook's intro).
_SUBJECT_AFTER = (
    *_COPULA_AFTER,
    ", the ",
    ", a ",
    ", an ",
    *sorted(f" {verb} " for verb in {*lexicon.sentence_verbs(), *(v for (v,) in lexicon.table("title-bracket-verbs"))}),
)
_GLOSSING_ACRONYM = re.compile(r"(?<![\w(])(?P<acr>[A-Z][A-Za-z0-9&*.-]{1,11})\s\((?P<inner>[^()]{3,150})\)")


def _reported_subject(intro: str, title: str, elsewhere: str) -> IntroNames | None:
    """A letter's intro that states its facts after a preamble ("Sir, it is informed that Acme
    S.A. (Acme) is a …", "Sub: information regarding ACR (<title>) — reg."): the title itself
    written anywhere in the intro, then brackets and a copula, gives the names in the brackets;
    an acronym right before the title in brackets is its acronym. Nothing else is read."""
    text = " ".join(intro.split())
    core = " ".join(title.split())
    if not core:
        return None
    start = text.find(core)
    while start >= 0:
        whole_word = start == 0 or not text[start - 1].isalnum()
        found = _title_brackets(text, start, core, title, elsewhere, _SUBJECT_AFTER) if whole_word else None
        if found and (found.acronyms or found.alternates):
            return found
        start = text.find(core, start + 1)
    for glossed in _GLOSSING_ACRONYM.finditer(text):
        if " ".join(glossed["inner"].split()) == core and is_acronym(glossed["acr"]):
            return IntroNames(core, (glossed["acr"],))
    return None


# "Applicant: ", "Counterparty: ": a file's label for the body it is about, opening the line or
# after a dash, a full stop or a semicolon (lexicon/subject-labels.csv).
_SUBJECT_LABEL = re.compile(rf"(?:^|(?<=[—–:.;] ))(?i:{lexicon.alternation(lexicon.subject_labels())}):\s")
# A legal form written between the title and its brackets: "NEC Research Institute, Inc. (NECI)".
_LEGAL_FORM_BEFORE_BRACKET = re.compile(rf",?\s(?:{_LEGAL_SUFFIX})\.?(?=\s\()")


def _bracket_end(text: str, opens: int) -> int | None:
    """Where the bracket opening at ``opens`` closes (brackets inside it and all), or None."""
    depth = 0
    for at in range(opens, len(text)):
        depth += (text[at] == "(") - (text[at] == ")")
        if depth == 0:
            return at
    return None


def _labelled_subject(intro: str, title: str, elsewhere: str) -> IntroNames | None:
    """ "DUE-DILIGENCE NOTE — Applicant: Iziko Museums of South Africa (Iziko), Cape Town.": a
    file's label for the body it is about, then the title itself (a legal form may follow it),
    then brackets: the names in the brackets are read as after an intro's subject. Only the first
    label of the first line, only the title; a place in the brackets ("(Cape Town)") is none."""
    first = " ".join(intro.split("\n", 1)[0].split())
    label = _SUBJECT_LABEL.search(first)
    core = " ".join(title.split())
    if label is None or not core or not first.startswith(core, label.end()):
        return None
    return _title_brackets(first, label.end(), core, title, elsewhere, ("", ",", ".", ";"))


# A slide's item mark between the items of one line: "DECK · Case 7 • Acme Corp (AC; "Acme") • …".
_ITEM_MARK = re.compile(r"(?:^|(?<=\s)[•·]\s)")


def _bulleted_subject(intro: str, title: str, elsewhere: str) -> IntroNames | None:
    """ "DECK · Case 7 • Acme Corporation (AC; "Acme") • US maker, …": a slide line's item that is
    the title itself and its brackets, and nothing more (the next item mark or the line's end
    right after the brackets): the names in the brackets are read as after an intro's subject."""
    first = " ".join(intro.split("\n", 1)[0].split())
    core = " ".join(title.split())
    if not core:
        return None
    for mark in _ITEM_MARK.finditer(first):
        if first.startswith(core, mark.end()):
            found = _title_brackets(first, mark.end(), core, title, elsewhere, (" •", " ·"))
            if found:
                return found
    return None


def _title_brackets(
    first: str, start: int, core: str, title: str, elsewhere: str, ends: tuple[str, ...]
) -> IntroNames | None:
    """The names in the brackets after the title written at ``start`` of ``first`` (a legal form
    may stand between them), when the brackets close the item (the line ends or one of ``ends``
    follows them)."""
    end = start + len(core)
    legal = _LEGAL_FORM_BEFORE_BRACKET.match(first, end)
    lead_end = legal.end() if legal else end
    if not first.startswith(" (", lead_end):
        return None
    closes = _bracket_end(first, lead_end + 1)
    after = first[closes + 1 :] if closes is not None else ""
    if closes is None or not (after == "" or any(e and after.startswith(e) for e in ends)):
        return None  # "Applicant: Acme (UK) Holdings": the brackets are inside a longer name
    names: dict[str, list[str]] = {k: [] for k in ("acronyms", "alternates", "formers", "former_acronyms", "english")}
    _parenthesis(first[lead_end + 2 : closes], names, former=False, title=title, outside=core)
    alternates = [n for n in names["alternates"] if not _place_named(n, elsewhere)]
    if legal:  # the title with its legal form is the legal name, another name; the title stays the name
        alternates.insert(0, first[start:lead_end])
    return IntroNames(
        core,
        tuple(dict.fromkeys(names["acronyms"])),
        tuple(dict.fromkeys(alternates)),
        tuple(dict.fromkeys(names["formers"])),
        tuple(dict.fromkeys(names["former_acronyms"])),
        tuple(dict.fromkeys(names["english"])),
    )


def _place_named(name: str, elsewhere: str) -> bool:
    """ "Cape Town", "Brazil": a country, or a place's shape without a word of a body that the
    profile names again elsewhere (its address), never another name of the body."""
    if lexicon.country_code(name) is not None:
        return True
    return (
        bool(_PLACE_SHAPE.fullmatch(name))
        and _names_whole(elsewhere, name)
        and not any(w.casefold() in _body_words() for w in name.split())
    )


def _news_lead(intro: str, title: str) -> IntroNames | None:
    """A news lead without a copula ("The X, the country's oldest university, opened its doors
    …"): its subject is the title itself, before the first comma, and later sentences may name it
    ("Known as UDSM, it …"); nothing else is read from the lead."""
    first = sentences(intro)[0] if intro.strip() else ""
    lead = _lead_name(first)
    return IntroNames(lead.strip()) if lead and title and same_name(lead.strip(), title) else None


_SHORT_FORM_GLOSS = re.compile(rf"\((?i:{lexicon.alternation(lexicon.short_form_glosses())})\s")


def _glossed_short_form(intro: str, title: str) -> bool:
    """ "AEG (short for Allgemeine Elektricitäts-Gesellschaft) was ...": the intro's subject is
    the title's short form, and its bracket only spells it out (lexicon/short-form-glosses.csv);
    the short form is the name the organization goes by, the spelled-out words an alternate."""
    at = intro.find(title)
    if at == -1 or at > 40:  # the subject opens the intro ("Sure! The ACME (short for …)")
        return False
    after = intro[at + len(title) :].lstrip(" *_")  # emphasis marks left around the subject
    return bool(_SHORT_FORM_GLOSS.match(after))


def read_identity(profile: Profile) -> Identity:
    """Name from the title, or the intro's fuller name when the title is its acronym or short form;
    acronyms, other and former names from the intro's subject; kind from the intro sentence.

    Without a title line, the intro takes its place and the name is read from its start."""
    intro = profile.intro or ""
    title = profile.title.strip()
    if title_is_missing(profile):
        intro = title
        lead = _lead_name(intro)
        title = lead.strip() if lead else title
    full_title, title = title, _title_core(title)
    elsewhere = "\n".join(field.text for field in profile.fields)
    intro = _without_mail_greeting(intro)
    described, intro = intro, _without_dateline(intro, title, elsewhere)
    found = _intro_found(intro, title, elsewhere)
    short = _dashed_short_form(title, intro, found)
    if short:  # "Petróleo Brasileiro S.A. – Petrobras" over "Petróleo Brasileiro S.A. (Petrobras) is"
        full_title = title = title[: title.rindex(short)].rstrip(" —–-")
    # "National Bureau of Statistics (United Arab Emirates)": a country in the title's brackets
    # tells the body apart from its namesakes abroad; it is never part of the name
    name = title if _country_note(full_title, title) else full_title
    acronym: str | None = None
    alternates: list[str] = []
    formers: list[str] = []
    former_acronyms: list[str] = []
    if found:
        given = [found.lead, *found.alternates]  # full names the intro gives the organization
        english = found.english
        all_names = [*given, *found.acronyms]
        if (
            any(same_name(title, n) for n in all_names)
            or any(_extends(n, title) for n in given)
            or _country_after(title, found.lead)  # "Hôpital X Haïti" over "The Hôpital X (HAS) is …"
            or _abbreviates(found.lead, title)  # "KIST (...) is ..." under the title it spells
            or _clips(found.lead, title)  # "Inmetro – Brazil's ..." under the title it shortens
        ):
            name = title  # "CSIR (South Africa)": the intro gives the name without the note
            formers, former_acronyms = list(found.formers), list(found.former_acronyms)
            later = _later_names(intro, profile.extra_intro)
            formers += [n.name for n in later if n.former and not is_acronym(n.name)]
            former_acronyms += [a for n in later if n.former for a in (n.acronym, n.name) if a and is_acronym(a)]
            found = IntroNames(
                found.lead,
                (
                    *found.acronyms,
                    *(a for n in later if not n.former for a in (n.acronym, n.name) if a and is_acronym(a)),
                ),
                (*found.alternates, *(n.name for n in later if not n.former and not is_acronym(n.name))),
            )
            given = [found.lead, *found.alternates]
            if (
                not is_acronym(found.lead)
                and not is_native_script(found.lead)  # the title is the name romanised or translated
                and not any(same_name(title, n) for n in english)  # "official English name <title>"
                and not same_name(title, found.lead)
                and not _clips(found.lead, title)
                and not _common_name_of_legal_name(title, found)
                and not _dedicated(title, found.lead)
                and not _country_after(title, found.lead)
                and not _kind_and_title(found.lead, title)  # "Fondation X" under "X": the title is its name
            ):
                # the title is an acronym or a short form the intro gives: its full name is the name
                name = found.lead
            elif is_acronym(title) and same_name(title, found.lead) and not _glossed_short_form(intro, title):
                # "NIWA, the National Institute of Water and Atmospheric Research, is ...": the
                # full name the acronym spells; else the first full name, since an acronym often
                # spells a former or native name ("CAF, the Development Bank of ...").
                full = [n for n in found.alternates if not is_acronym(n)]
                spelled = [n for n in full if _spells(title, n)]
                name = (spelled or full or [title])[0]
            acronyms = [a for a in (*found.acronyms, *(n for n in given if is_acronym(n))) if a]
            if is_acronym(title) and title not in acronyms:
                acronyms.insert(0, title)
            acronyms = [a for a in acronyms if a != name]
            acronym = acronyms[0] if acronyms else None
            alternates = [
                a
                for a in (*acronyms[1:], *given, title)
                if not same_name(a, name)
                and a != acronym
                and (
                    _SUFFIX_AT_END.sub("", name) != a
                    or a in found.alternates
                    or (a == title and _bare_legal_lead(found, name))
                )
            ]  # "Acme Institute" beside "Acme Institute, Inc." is the same name without its legal form;
            # written in brackets after it ("Acme S.A. (Acme) is"), it is the short name used; so is
            # the title when the intro gives the legal name and no short form ("Acme S.A. is …"
            # under "Acme")
    if short and short != acronym and short not in alternates:
        alternates.insert(0, short)
    alternates += _gloss_and_legal_name(intro, name, alternates)
    record_intro = record_intro_names(intro)
    if record_intro is not None:
        name, acronym, alternates, formers = _record_intro_applied(
            record_intro, title, _Named(name, acronym, alternates, formers)
        )
    recorded = _recorded_names(profile)
    if name in (full_title, title) and is_acronym(title):
        # "name: Nordic Institute for …" under the title "NIFTP": the full name the title spells
        spelled = [n for n in recorded.selves if not is_acronym(n) and _spells(title, n)]
        if spelled:
            name, acronym = spelled[0], acronym or title
            alternates = [a for a in alternates if a != title and not same_name(a, name)]
    alternates += [
        n
        for n in recorded.alternates
        if not same_name(n, name) and n != acronym and n not in formers and n not in alternates
    ]
    alternates += [
        n
        for n in [*_catalogue_names(profile, title), *_intro_variant_names(profile, title)]
        if not same_name(n, name) and n != acronym and n not in formers and n not in alternates
    ]
    acronym, shorts = _shorts_placed(recorded.shorts, acronym, name, [*alternates, *formers])
    alternates += shorts
    if acronym is None and not is_acronym(name):
        acronym = _head_acronym(alternates, name)
    if acronym is None and not is_acronym(name):
        used = _initials_used([intro, *(field.text for field in profile.fields)], name)
        if used and used not in alternates and used not in former_acronyms:
            acronym = used
    return Identity(
        name=name,
        kind=org_kind_of(intro) if intro else OrgKind.ORGANIZATION,
        acronym=acronym,
        description=described or None,
        former_names=tuple(dict.fromkeys(formers)),
        former_acronyms=tuple(dict.fromkeys(former_acronyms)),
        alternate_names=tuple(dict.fromkeys(alternates)),
    )


@dataclass(frozen=True)
class _Named:
    name: str
    acronym: str | None
    alternates: list[str]
    formers: list[str]


def _record_intro_applied(
    found: RecordIntroNames, title: str, named: _Named
) -> tuple[str, str | None, list[str], list[str]]:
    """A record intro's names over what the title and intro gave. Its legal name is
    the name when the record also lists the organization's own name as the title writes it
    ("Organization Name: Equinor; Legal Name: Equinor ASA" under "Equinor"); the title's name
    becomes an alternate (its acronym, when it is one). Each other labelled name is an
    alternate (or the acronym, when none is known) or a former name, compared as written:
    "The X Foundation" (legal) and "X Foundation" (also known as) are two forms."""
    name, acronym = named.name, named.acronym
    alternates, formers = list(named.alternates), list(named.formers)
    others = list(found.alternates)
    if (
        found.legal
        and any(same_name(own, title) for own in found.selves)
        and same_name(name, title)
        and found.legal[0] != name
    ):
        others = [name, *(own for own in found.selves if own != name), *found.legal[1:], *others]
        name = found.legal[0]
    for other in [*found.acronyms, *others]:
        if other in (name, acronym) or other in alternates or other in formers:
            continue
        short = other in found.acronyms or (is_acronym(other) and other.isupper())  # "EAL", not "StatoilHydro"
        if short and acronym is None and not is_acronym(name):
            acronym = other
        else:
            alternates.append(other)
    formers += [old for old in found.formers if old != name and old not in formers and old not in alternates]
    return name, acronym, alternates, formers


def _bare_legal_lead(found: IntroNames, name: str) -> bool:
    """The intro's subject is the name alone, with its legal form ("Acme AB is a …"): no acronym,
    other, former or English name of its own beside it."""
    return (
        found.lead == name
        and _SUFFIX_AT_END.search(name) is not None
        and not (found.acronyms or found.alternates or found.formers or found.former_acronyms or found.english)
    )


def _gloss_and_legal_name(intro: str, name: str, known: list[str]) -> list[str]:
    """The intro's English gloss of a native name and the legal name, when new."""
    return [n for n in dict.fromkeys((_glossed_lead(intro, name), _legal_name(intro, name))) if n and n not in known]


def _legal_name(intro: str, name: str) -> str | None:
    """ "registered in Germany as Transparency International e.V.", "incorporated as Acme
    Research Ltd", or the intro opening with it ("Acme Airways Limited, for decades the ...,
    flew ..."): the name with a legal form after "as" or as the intro's first words is the
    organization's legal name, another name of it; only the name itself plus a suffix of the
    lexicon."""
    flat = " ".join(intro.split())
    opening = _strip_article(flat)
    suffixes = sorted({*lexicon.corporate_suffixes(), *lexicon.legal_form_suffixes()}, key=len, reverse=True)
    for suffix in suffixes:
        for joint in (" ", ", "):
            candidate = f"{name}{joint}{suffix}"
            at = flat.find(f" as {candidate}")
            if at != -1 and _ends_a_word(flat, at + 4 + len(candidate)):
                return candidate
            if opening.startswith(candidate) and _ends_a_word(opening, len(candidate)):
                return candidate
    return None


def _ends_a_word(text: str, end: int) -> bool:
    return end == len(text) or not (text[end].isalnum() or text[end] == "-")


def _dashed_short_form(title: str, intro: str, found: IntroNames | None) -> str | None:
    """ "Petróleo Brasileiro S.A. – Petrobras": a title that is the full name and its short form
    joined by a spaced dash, where the intro writes the full name with the short one in brackets
    ("Petróleo Brasileiro S.A. (Petrobras) is"): the short form, which is another name, not part
    of the name. None for any other dashed title ("Mila – Quebec AI Institute" is one name)."""
    sides = _NAME_DASH.split(title)
    if found is None or len(sides) != 2 or not same_name(sides[0], found.lead):
        return None
    short = sides[1].strip()
    bracketed = f"{found.lead} ({short})"
    # a short form is cut from the name: an acronym, or words that open with a word of it
    # ("Petrobras" from "Petróleo Brasileiro"); "X – Bergen" over "X (Bergen)" is a place
    heads = {_fold(word)[:4] for word in found.lead.split() if len(word) > 3}
    clipped = _fold(short)[:4] in heads and (_is_name(short) or _ONE_WORD.fullmatch(short))
    well_formed = is_acronym(short) or clipped
    return short if well_formed and bracketed in " ".join(intro.split()) else None


# A defined term of a drafter: "(hereinafter "the Authority")", "(the "Board")", "hereafter
# called the Agency". One capitalised noun after "the", quoted or after "hereinafter".
_DEFINED_TERM = re.compile(
    r"[\"“‘'](?:the|The)\s(?P<quoted>[A-Z][a-z]{2,30})[\"”’']"
    r"|\b(?:hereinafter|hereafter|henceforth)(?:\s(?:called|referred\sto\sas|styled))?,?\s(?:the|The)\s(?P<after>[A-Z][a-z]{2,30})\b"
)


def defined_terms(identity: Identity) -> frozenset[str]:
    """The nouns the intro defines as the organization's short name ("the Authority" →
    "Authority"): a later "The Authority was ..." is the organization itself."""
    return frozenset(m["quoted"] or m["after"] for m in _DEFINED_TERM.finditer(identity.description or ""))


def read_purpose(field: Field, _: Identity) -> ReaderResult:
    return ([Purpose(field.text)] if field.text else []), None
