"""Parent organization and coordinator.

The status layer has already decided that the field states a value ("N/A —", "None;" never
reach this reader). Two shapes are read, and nothing else (when unsure: no parent; the
field keeps its verbatim text and ``extract.unstructured`` says so):

- a bare name: "Ministry of Health (Brazil)", "Natural Environment Research Council (NERC),
  itself part of ...", "Northern Telecom Limited, which held 70 per cent";
- a sentence whose subject is the organization itself, with a cue from
  ``ontology/lexicon/parent-cues.csv`` before the parent's name: "JAXA is an agency under the
  jurisdiction of the Ministry of ...", "It operates under the auspices of ...", "The bureau,
  a unit of the Department of Labor, ...", "Part of the Department of Energy".

A name keeps the commas of an enumeration inside it ("Ministry of Education, Culture,
Sports, Science and Technology") and a corporate suffix ("Acme, Inc."); anything else after
a comma is a note about it ("Ministry of Railways, Government of India").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgkg.model import Coordinator, Fact, Field, Identity, Mention, Parent

from . import lexicon
from .names import is_acronym, is_proper_name, same_name
from .reader import ReaderResult
from .status import sentences
from .text import split_top_level

_GLUE = lexicon.alternation(sorted((g.word for g in lexicon.name_glue() if g.in_names), key=len, reverse=True))
_CAP = r"(?:[A-Z][\w.&'’-]*|\d[\w.&'’-]*)"
_WORD = r"[A-Z][\w&'’-]*"
# "and" in other languages closes an enumeration inside a name ("Ministerio de Economía,
# Fomento y Turismo").
_AND_WORDS = lexicon.alternation(sorted({word for word, _ in lexicon.table("and-words")}, key=len, reverse=True))
# Corporate suffixes and legal forms ("Ltd", "S.p.A."), without their final full stop.
_SUFFIX = lexicon.alternation(
    sorted(
        {s.rstrip(".") for s in (*lexicon.corporate_suffixes(), *lexicon.legal_form_suffixes())}, key=len, reverse=True
    )
)
# A proper name: capitalised words glued by short lowercase words, then an enumeration inside
# the name (", Culture, Sports, Science and Technology"), then a corporate suffix (", Inc.").
_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>{_CAP}(?:\s+(?:(?:{_GLUE})\s+){{0,3}}{_CAP}){{0,15}}"
    rf"(?:(?:,\s+{_WORD}(?:\s+{_WORD}){{0,2}}){{1,8}},?\s+(?:and|&|{_AND_WORDS})\s+{_CAP}(?:\s+(?:(?:{_GLUE})\s+){{0,3}}{_CAP}){{0,8}})?"
    rf"(?:,?\s+(?:{_SUFFIX})\b\.?)?)"
    r"(?:\s*\((?P<note>[^()]{1,80})\))?"
)
_LEGAL_INSTRUMENT = re.compile(rf"\b(?:{lexicon.alternation(lexicon.legal_instruments())})\b")
# Only a corporate suffix is dropped before the capitals check: "Nokia" alone is no name,
# "Nokia Corporation" is.
_SUFFIX_AT_END = re.compile(rf",? (?:{lexicon.alternation(lexicon.corporate_suffixes())})\.?$")


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    relation: str  # "parent" or "coordinator"


def _either_case(word: str) -> str:
    """``word``, its first letter capitalised only where the text starts ("Part of ...")."""
    head = word[0]
    if not head.isalpha():
        return re.escape(word)
    return rf"(?:(?<![\s\S]){head.upper()}|{head})" + re.escape(word[1:])


def _cues(relation: str) -> re.Pattern[str]:
    """The cues of ``relation``, longest first; every "*" cue shares one article part.

    "* subsidiary of" reads "a wholly owned subsidiary of": an article, up to three lowercase
    words, the noun in lowercase (so "the Department of Energy" is a name, not a cue), "of";
    or the noun alone. The nouns share one copy of the article and its words, first in the
    pattern, so the bounded words stay bounded and the test proves the pattern linear (at
    most one noun can end the words: they never hold "of").
    """
    rows = sorted((cue for cue, rel in lexicon.table("parent-cues") if rel == relation), key=len, reverse=True)
    nouns = [cue.split()[1:] for cue in rows if cue.split()[0] == "*"]
    if any(len(words) != 2 or words[1] != "of" for words in nouns):
        raise lexicon.LexiconError('lexicon/parent-cues.csv: a "*" cue is one noun and "of"')
    alternatives = [
        r"\s+".join([_either_case(cue.split()[0]), *map(re.escape, cue.split()[1:])]) for cue in rows if cue[0] != "*"
    ]
    if nouns:
        article = r"(?:(?<![\s\S])[Aa]n?|(?<![\s\S])[Tt]he|an?|the)\s+(?:(?!of\b|not\b)[a-z][\w-]*\s+){0,3}?"
        lowercase = "|".join(re.escape(noun) for noun, _ in nouns)
        either = "|".join(_either_case(noun) for noun, _ in nouns)
        alternatives.insert(0, rf"(?:{article}(?:{lowercase})|{either})\s+of")
    return re.compile(rf"(?<![\w-])(?P<cue>{'|'.join(alternatives)})\s+(?=\S)")


_PARENT_CUE = _cues("parent")
_COORDINATOR_CUE = _cues("coordinator")
# "is not part of", "was never under": the negation just before a cue (or inside its lead words)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NOT_IN_CUE = re.compile(r"\b(?:not|never)\b")
# The main clause ends at a semicolon or a relative clause about something else.
_CLAUSE_END = re.compile(r";|,? (?:which|who|whose|whereas|while)\b", re.I)  # on normalised text
# "It", "The commission", "This institute": the organization itself, named by a common noun.
_SELF_REFERENCE = re.compile(r"(?:[Ii]t|(?:[Tt]he|[Tt]his)\s+[a-z][\w-]*)(?![\w-])")
_NOT_NAMES = frozenset({"not", "none", "n/a", "na", "no", "unknown", "there", "it", "this", "its"})


def read_parent(field: Field, identity: Identity) -> ReaderResult:
    facts: list[Fact] = []
    first = sentences(field.text)[0] if field.text.strip() else ""
    parent = _cued(first, identity) or _bare_name(first, identity)
    if parent:
        facts.append(Parent(parent))
        facts.extend(Parent(later) for later in _later_parents(first, identity))
    for sentence in sentences(field.text):
        for cue in _COORDINATOR_CUE.finditer(sentence):
            if _negated(sentence, cue):
                continue
            coordinator = _name_at(sentence[cue.end() :])
            if coordinator and not (parent and same_name(coordinator.name, parent.name)):
                facts.append(Coordinator(coordinator))
                break
    return facts, None


_SUCCESSIVE = _cues("successive")


def _later_parents(sentence: str, identity: Identity) -> list[Mention]:
    """Parents that came after the first: "X (until 1999); then Y", "X; later Y". Each
    clause after a semicolon must open with a cue of sequence and be a name and nothing more."""
    found: list[Mention] = []
    for clause in split_top_level(sentence, ";")[1:]:
        cue = _SUCCESSIVE.match(clause)
        rest = clause[cue.end() :].lstrip(", ") if cue else ""
        name = _NAME.match(rest)
        if not (cue and name) or rest[name.end() :].strip(" .,"):
            continue
        mention = _bare_name(rest, identity)
        if mention and not any(same_name(mention.name, m.name) for m in found):
            found.append(mention)
    return found


def _negated(text: str, cue: re.Match[str]) -> bool:
    return bool(_NEGATED.search(text[: cue.start()]) or _NOT_IN_CUE.search(cue["cue"]))


def _name_at(text: str) -> Mention | None:
    """The proper name that ``text`` starts with, checked, its parenthetical note dropped."""
    found = _NAME.match(text)
    if not found:
        return None
    name = found["name"].rstrip(",")
    if name.endswith(".") and not re.search(rf"(?:{_SUFFIX})\.$|\b[A-Z]\.$", name):
        name = name[:-1]
    words = name.split()
    if (
        not is_proper_name(_SUFFIX_AT_END.sub("", name).replace(",", " "))
        or name.lower() in _NOT_NAMES
        or len(words) > 16
        or _LEGAL_INSTRUMENT.search(name)
    ):
        return None
    note = found["note"]
    return Mention(name, "organization", note if note and is_acronym(note) else None)


def _self_names(identity: Identity) -> list[str]:
    names = [identity.name, *identity.former_names]
    names += [n for n in (identity.acronym, *identity.former_acronyms) if n]
    names += list(getattr(identity, "alternate_names", ()))
    return names


def _is_self(subject: str, identity: Identity) -> bool:
    subject = subject.strip(" ,")
    if _SELF_REFERENCE.fullmatch(subject):
        return True
    subject = re.sub(r" ?\([^()]*\)$", "", subject)  # "ISRO (India)"
    return any(same_name(subject, name) for name in _self_names(identity))


def _bare_name(sentence: str, identity: Identity) -> Mention | None:
    """A sentence that is a name, with notes after it ("X (NERC), itself part of Y")."""
    found = _NAME.match(sentence)
    if not found:
        return None
    rest = sentence[found.end() :]
    if re.match(r"\A [a-z]", rest) or (rest.startswith(",") and _is_self(found["name"], identity)):
        return None  # a sentence ("ISRO operates under ...", "JAXA, a unit of ...")
    mention = _name_at(sentence)
    if mention and any(same_name(mention.name, name) for name in _self_names(identity)):
        return None
    return mention


def _cued(sentence: str, identity: Identity) -> Mention | None:
    """The parent after a cue, in a clause whose subject is the organization itself."""
    end = _CLAUSE_END.search(sentence)
    clause = sentence[: end.start()] if end else sentence
    for cue in _PARENT_CUE.finditer(clause):
        before = clause[: cue.start()]
        if _negated(clause, cue):
            continue
        if before.strip() and not _is_self(_subject(before), identity):
            return None  # another organization's relation: not ours to read
        mention = _name_at(clause[cue.end() :])
        if mention and not any(same_name(mention.name, name) for name in _self_names(identity)):
            return mention
        return None
    return None


def _subject(before: str) -> str:
    """The words before the verb: "JAXA is a ... agency" → "JAXA"; "The commission was" → "The commission"."""
    before = before.strip()
    found = _SELF_REFERENCE.match(before) or _NAME.match(before)
    if not found:
        return before
    return found["name"] if "name" in found.re.groupindex else found.group()
