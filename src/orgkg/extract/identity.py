"""Identity: the name, acronym, former names and kind of the profiled organization."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgkg.model import Field, Identity, OrgKind, Profile, Purpose

from . import lexicon
from .names import is_acronym, is_proper_name, same_name
from .reader import ReaderResult

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


_CUES: tuple[tuple[str, str], ...] = tuple((cue, kind) for cue, kind in lexicon.table("identity-cues"))
_CUE = re.compile(
    r"^(?:(?:and|or)\s+)?(?P<cue>"
    + "|".join(
        r"\s+".join(r"\d{4}" if w == "*" else re.escape(w) for w in cue.split())
        for cue, _ in sorted(_CUES, key=lambda row: -len(row[0]))
    )
    + r")\s+(?:the\s+)?",
    re.I,
)
# "Portuguese:", "from the French", "German name", "in French": a language label before a name.
_LANGUAGE_LABEL = re.compile(
    r"^(?:(?:from|in)\s+(?:the\s+)?[A-Z][a-z]+:?|[A-Z][a-z]+(?:\s+name)?:|[A-Z][a-z]+\s+name)\s*"
)
_VERB = re.compile(r"\s(?:is|was|are|were|has\s+been|had\s+been|remains)\s")
_SUFFIX = lexicon.alternation(sorted(lexicon.corporate_suffixes(), key=len, reverse=True))


@dataclass(frozen=True)
class IntroNames:
    """The names the intro's subject gives the organization ("X (ACR), known as Y, is ...")."""

    lead: str  # the subject's first name, article removed
    acronyms: tuple[str, ...] = ()
    alternates: tuple[str, ...] = ()  # other current names, in the order written
    formers: tuple[str, ...] = ()  # names it had before
    former_acronyms: tuple[str, ...] = ()


def _top_level(text: str) -> str:
    """``text`` with what is inside parentheses blanked (same length), to find top-level marks."""
    out, depth = [], 0
    for char in text:
        depth += char == "("
        out.append(char if depth == 0 else " ")
        depth -= char == ")" and depth > 0
    return "".join(out)


def _split_top(text: str, marks: str) -> list[str]:
    flat = _top_level(text)
    parts, start = [], 0
    for i, char in enumerate(flat):
        if char in marks:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _rejoin_suffixes(parts: list[str]) -> list[str]:
    """ "Bell Telephone Laboratories", "Inc." → "Bell Telephone Laboratories, Inc."."""
    out: list[str] = []
    for part in parts:
        if out and re.fullmatch(rf"(?:{_SUFFIX})\.?", part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name.strip()).strip()


def _is_name(text: str, *, labelled: bool = False) -> bool:
    """A name of an organization: capitalised, not a sentence; a labelled foreign name may have
    lowercase words ("Conseil national de recherches Canada")."""
    words = text.split()
    if not words or len(words) > 14 or not words[0][0].isupper() or text.endswith(":"):
        return False
    if _VERB.search(f" {text} "):
        return False
    return labelled or is_proper_name(re.sub(rf",? (?:{_SUFFIX})\.?$", "", text))


def _parenthesis(inner: str, names: dict[str, list[str]], *, former: bool, title: str) -> None:
    """ "(Portuguese: Fundação Oswaldo Cruz, Fiocruz)", "(NRC; French: ..., CNRC)", "(ACR)"."""
    for piece in _rejoin_suffixes(_split_top(inner, ",;")):
        label = _LANGUAGE_LABEL.match(piece)
        name = _strip_article(piece[label.end() :] if label else piece)
        if is_acronym(name):
            names["former_acronyms" if former else "acronyms"].append(name)
        elif _is_name(name, labelled=bool(label)) or same_name(name, title):  # "(..., Fiocruz)"
            names["formers" if former else "alternates"].append(name)


def intro_names(intro: str, title: str = "") -> IntroNames | None:
    """The names in the subject of the intro's first sentence, or None when it has no subject."""
    verb = _VERB.search(_top_level(intro))
    if not verb:
        return None
    subject = intro[: verb.start()].strip().rstrip(",")
    parts = _rejoin_suffixes(_split_top(subject, ","))
    if not parts:
        return None
    names: dict[str, list[str]] = {"acronyms": [], "alternates": [], "formers": [], "former_acronyms": []}
    lead = ""
    for n, part in enumerate(parts):
        cue = _CUE.match(part)
        kind = dict((c, k) for c, k in _CUES).get(" ".join(cue["cue"].lower().split()), "former") if cue else None
        if cue and kind is None:
            kind = "former"  # "known until 1981 as"
        body = part[cue.end() :] if cue else part
        paren = re.search(r"\((?P<inner>[^()]*)\)\s*$", body)
        name = _strip_article(body[: paren.start()] if paren else body)
        if n == 0:
            lead = name
        elif not (_is_name(name) or is_acronym(name) or (cue and re.fullmatch(r"[A-Z][\w'’-]+", name))):
            continue  # a note, not a name; a cue may introduce a one-word name ("or simply the Louvre")
        elif kind == "former":
            (names["former_acronyms"] if is_acronym(name) else names["formers"]).append(name)
        elif is_acronym(name):
            names["acronyms"].append(name)
        else:
            names["alternates"].append(name)  # "known as ...", or an appositive "CSIRO, the Commonwealth ..."
        if paren:
            _parenthesis(paren["inner"], names, former=kind == "former", title=title)
    if not lead or not (_is_name(lead) or is_acronym(lead)):
        return None
    return IntroNames(
        lead, *(tuple(dict.fromkeys(names[k])) for k in ("acronyms", "alternates", "formers", "former_acronyms"))
    )


def _extends(full: str, short: str) -> bool:
    """``full`` is ``short`` with words added ("Nokia Bell Labs", "Bell-Northern Research Ltd.")."""
    return full != short and re.search(rf"(?<!\S){re.escape(short)}(?!\S)", full) is not None


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters are initials of ``name``'s words, in order ("NIWA" in "National Institute of ...")."""
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word)
    letters = iter(initials.upper())
    return all(letter in letters for letter in acronym.upper() if letter.isalpha())


def read_identity(profile: Profile) -> Identity:
    """Name from the title, or the intro's fuller name when the title is its acronym or short form;
    acronyms, other and former names from the intro's subject; kind from the intro sentence.

    Without a title line, the intro takes its place and the name is read from its start."""
    intro = profile.intro or ""
    title = profile.title.strip()
    if title_is_missing(profile):
        intro = title
        lead = re.match(r"^(?:the\s+)?(?P<name>.+?)(?<!\s)(?:\s*\([^()]*\))?(?:,|\s+(?:is|was|are)\b)", intro, re.I)
        title = lead["name"].strip() if lead else title
    found = intro_names(intro, title) if intro else None
    name = title
    acronym: str | None = None
    alternates: list[str] = []
    formers: list[str] = []
    former_acronyms: list[str] = []
    if found:
        given = [found.lead, *found.alternates]  # full names the intro gives the organization
        all_names = [*given, *found.acronyms]
        if any(same_name(title, n) for n in all_names) or any(_extends(n, title) for n in given):
            formers, former_acronyms = list(found.formers), list(found.former_acronyms)
            if not is_acronym(found.lead) and not same_name(title, found.lead):
                # the title is an acronym or a short form the intro gives: its full name is the name
                name = found.lead
            elif is_acronym(title) and same_name(title, found.lead):
                # "NIWA, the National Institute of Water and Atmospheric Research, is ..."
                spelled = [n for n in found.alternates if _spells(title, n)]
                name = spelled[0] if spelled else title
            acronyms = [a for a in (*found.acronyms, *(n for n in given if is_acronym(n))) if a]
            if is_acronym(title) and title not in acronyms:
                acronyms.insert(0, title)
            acronyms = [a for a in acronyms if a != name]
            acronym = acronyms[0] if acronyms else None
            alternates = [a for a in (*acronyms[1:], *given, title) if not same_name(a, name) and a != acronym]
    return Identity(
        name=name,
        kind=org_kind_of(intro) if intro else OrgKind.ORGANIZATION,
        acronym=acronym,
        description=intro or None,
        former_names=tuple(dict.fromkeys(formers)),
        former_acronyms=tuple(dict.fromkeys(former_acronyms)),
        alternate_names=tuple(dict.fromkeys(alternates)),
    )


def read_purpose(field: Field, _: Identity) -> ReaderResult:
    return ([Purpose(field.text)] if field.text else []), None
