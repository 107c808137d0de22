"""Identity: the name, acronym, former names and kind of the profiled organization."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgkg.model import Field, Identity, OrgKind, Profile, Purpose

from . import lexicon
from .names import is_acronym, is_legal_form, is_proper_name, same_name
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
# In a cue, "*" stands for a year ("known until 1981 as"), "~" for one or two adverbs
# ("known everywhere simply as", "known today as").
_CUE_WILDCARDS = {"*": r"\d{4}", "~": r"(?:[a-z]+ly|everywhere|abroad|today|now)(?:\s+(?:[a-z]+ly|everywhere))?"}
_CUE_PATTERNS: tuple[tuple[str, str], ...] = tuple(
    (r"\s+".join(_CUE_WILDCARDS.get(w, re.escape(w)) for w in cue.split()), kind)
    for cue, kind in sorted(_CUES, key=lambda row: -len(row[0]))
)
_CUE = re.compile(r"^(?:(?:and|or)\s+)?(?P<cue>" + "|".join(p for p, _ in _CUE_PATTERNS) + r")\s+(?:the\s+)?", re.I)
_CUE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), kind) for p, kind in _CUE_PATTERNS)


def _cue_kind(cue: str) -> str:
    """The kind of the identity cue written as ``cue`` (the first row it matches, longest first)."""
    return next((kind for pattern, kind in _CUE_KINDS if pattern.fullmatch(cue)), "former")


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


# A note in brackets at the end: searched from its bracket only (spaces before it are dropped
# in code: "\s*" in front made search retry at every space of a run, quadratic).
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


# A spaced dash between a name and what follows it: "Name (ACR) — federal hospital at ...".
_DASH = re.compile(r"\s[—–-]\s+")
# A dash joining an acronym and the full name: "UNI – Ente Italiano di Normazione".
_ACRONYM_DASH = re.compile(r"(?P<acr>\S+)\s[—–-]\s+(?P<name>\S.*)")


def _subject_end(intro: str) -> int | None:
    """Where the intro's subject ends: at its verb, or at a dash followed by a lowercase
    description when that comes first ("Name (ACR) — federal tertiary hospital at ...")."""
    flat = _top_level(intro)
    verb = _VERB.search(flat)
    for dash in _DASH.finditer(flat, 0, verb.start() if verb else len(flat)):
        if flat[dash.end() : dash.end() + 1].islower():
            return dash.start()
    return verb.start() if verb else None


def _without_fronted_phrase(parts: list[str]) -> list[str]:
    """ "Founded in 1968 within X, the Y Center (YC) is ...": the subject is after the
    phrase put in front of it; dropped only when what follows it is a name."""
    if len(parts) >= 2 and not _is_name(parts[0]) and not is_acronym(parts[0]):
        rest = _strip_article(_without_final_note(parts[1]))
        if (parts[1][:1].isupper() or parts[1].startswith("the ")) and (_is_name(rest) or is_acronym(rest)):
            return parts[1:]
    return parts


def intro_names(intro: str, title: str = "") -> IntroNames | None:
    """The names in the subject of the intro's first sentence, or None when it has no subject."""
    end = _subject_end(intro)
    if end is None:
        return None
    subject = intro[:end].strip().rstrip(",")
    parts = _without_fronted_phrase(_rejoin_suffixes(_split_top(subject, ",")))
    if not parts:
        return None
    names: dict[str, list[str]] = {"acronyms": [], "alternates": [], "formers": [], "former_acronyms": []}
    lead = ""
    for n, part in enumerate(parts):
        cue = _CUE.match(part)
        kind = _cue_kind(cue["cue"]) if cue else None
        body = part[cue.end() :] if cue else part
        paren = re.search(r"\((?P<inner>[^()]*)\)\s*$", body)
        name = _strip_article(body[: paren.start()] if paren else body)
        dashed = _ACRONYM_DASH.fullmatch(name) if n == 0 else None
        if dashed and is_acronym(dashed["acr"]) and _is_name(dashed["name"]):
            names["acronyms"].append(dashed["acr"])  # "UNI – Ente Italiano di Normazione"
            name = dashed["name"]
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
    if full == short:
        return False
    start = full.find(short)
    while start != -1:  # a whole-word occurrence: spaces or the ends of ``full`` around it
        end = start + len(short)
        if (start == 0 or full[start - 1].isspace()) and (end == len(full) or full[end].isspace()):
            return True
        start = full.find(short, start + 1)
    return False


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters are initials of ``name``'s words, in order ("NIWA" in "National Institute of ...")."""
    initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word)
    letters = iter(initials.upper())
    return all(letter in letters for letter in acronym.upper() if letter.isalpha())


_THE = re.compile(r"the\s+", re.I)
# What ends the name at the start of an intro: a comma or "is", after an optional note in brackets.
_LEAD_END = re.compile(r"\s*\([^()]*\)(?:,|\s+(?:is|was|are)\b)|,|\s+(?:is|was|are)\b", re.I)


def _lead_name(intro: str) -> str | None:
    """The name an intro sentence starts with ("The Example Agency (EXA) is ..." → "Example Agency").

    The shortest span, after "the", that ends in a letter and is followed by a comma or
    "is"/"was"/"are" (a note in brackets between them is left out); without "the" when no
    span after it ends so. Read in code: as one lazy regex it backtracked in quadratic time.
    """
    the = _THE.match(intro)
    for start in (the.end(), 0) if the else (0,):
        for end in range(start + 1, len(intro) + 1):
            if intro[end - 1] == "\n":
                break  # the name is on the first line
            if not intro[end - 1].isspace() and _LEAD_END.match(intro, end):
                return intro[start:end]
    return None


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
