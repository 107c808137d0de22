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
import unicodedata
from dataclasses import dataclass
from functools import cache

from orgkg.model import Coordinator, Fact, Field, Identity, Mention, OrgKind, Parent, Severity

from . import lexicon
from .budget import Finding
from .identity import defined_terms, is_native_script, name_kind, spells
from .names import (
    PROPER,
    is_acronym,
    is_proper_name,
    org_mention,
    own_possessive_opening,
    person_name,
    same_name,
)
from .reader import ReaderResult
from .status import after_affirmation, dated_lines, read_status, sentences, status_of_text
from .text import INSTRUMENT_WORD, pipe_tables, record, record_key, split_top_level, strip_article

_GLUE = lexicon.alternation(sorted((g.word for g in lexicon.name_glue() if g.in_names), key=len, reverse=True))
# Capitals of Latin scripts with accents too ("Środowiska", "Économie", "Ørsted").
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
# An unspaced en dash between two capitalised words joins one name ("Air France–KLM",
# like the hyphen of "Austria-Hungary"); only a spaced dash separates.
_CAP = rf"(?:{_UPPER}[\w.&'’-]*(?:–{_UPPER}[\w.&'’-]*)*|\d[\w.&'’-]*)"
# Inside a name, a capital may follow an elided particle: "Ministero dell'Università e della Ricerca".
_ELIDED = r"(?:d|l|dell|dall|nell|sull|all)['’]"
_INNER_CAP = rf"(?:{_ELIDED})?{_CAP}"
_WORD = rf"{_UPPER}[\w&'’-]*"
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
    rf"(?:[Tt]he\s+)?(?P<name>{_CAP}(?:\s+(?:(?:{_GLUE})\s+){{0,3}}{_INNER_CAP}){{0,15}}"
    rf"(?:(?:,\s+{_WORD}(?:\s+{_WORD}){{0,2}}){{1,8}},?\s+(?:and|&|{_AND_WORDS})\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:{_GLUE})\s+){{0,3}}{_CAP}){{0,8}})?"
    rf"(?:,?\s+(?:{_SUFFIX})\b\.?)?)"
    r"(?:\s*\((?P<note>[^()]{1,80})\))?"
)
# A final full stop that belongs to the name: a legal form written with one ("Inc.", "S.p.A.",
# never "AG.") or an initial ("Ing. B. Marconi & C.").
_KEEPS_STOP = re.compile(
    r"(?:^|[\s,])(?:"
    + lexicon.alternation(
        sorted(
            {s for s in (*lexicon.corporate_suffixes(), *lexicon.legal_form_suffixes()) if s.endswith(".")},
            key=len,
            reverse=True,
        )
    )
    + r")$|\b[A-Z]\.$"
)
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


# "Its parent department is X", "The Agency's supervising ministry is X" (read as "Its …"), "Its
# sole owner was X": a noun naming the parent by its role (lexicon/parent-role-nouns.csv) right
# after "its", then a form of "be". Another word between ("its first owner was", "its former
# parent was") is no cue: the role is no longer, or not only, the parent's; nor is "the" ("The
# owner is the State." says whose the company is, not its parent body).
_ROLE_IS = (
    r"(?<=(?<![\w-])[Ii]ts\s)"
    rf"(?:{lexicon.spaced_alternation(lexicon.parent_role_nouns())})\s+(?:is|was|has\s+been|remains)"
)


def _cues(relation: str) -> re.Pattern[str]:
    """The cues of ``relation``, longest first; every "*" cue shares one article part.

    "* subsidiary of" reads "a wholly owned subsidiary of": an article, up to three lowercase
    words, the noun in lowercase (so "the Department of Energy" is a name, not a cue), "of";
    or the noun alone. The nouns share one copy of the article and its words, first in the
    pattern, so the bounded words stay bounded and the test proves the pattern linear (at
    most one noun can end the words: they never hold "of").
    """
    rows = sorted((c.cue for c in lexicon.parent_cues() if c.relation == relation), key=len, reverse=True)
    nouns = [cue.split()[1:] for cue in rows if cue.split()[0] == "*"]
    if any(len(words) != 2 or words[1] != "of" for words in nouns):
        raise lexicon.LexiconError('lexicon/parent-cues.csv: a "*" cue is one noun and "of"')
    alternatives = [
        r"\s+".join([_either_case(cue.split()[0]), *map(re.escape, cue.split()[1:])]) for cue in rows if cue[0] != "*"
    ]
    if relation == "parent":
        alternatives.insert(0, _ROLE_IS)
    if nouns:
        article = r"(?:(?<![\s\S])[Aa]n?|(?<![\s\S])[Tt]he|an?|the)\s+(?:(?!of\b|not\b)[a-z][\w'’-]*\s+){0,3}?"
        lowercase = "|".join(re.escape(noun) for noun, _ in nouns)
        # "Department of Energy", "Office of Science" at the start are names: a noun that heads
        # organization names is a cue there only with an article ("A department of ...")
        heads = lexicon.org_head_words()
        either = "|".join(re.escape(noun) if noun.capitalize() in heads else _either_case(noun) for noun, _ in nouns)
        alternatives.insert(0, rf"(?:{article}(?:{lowercase})|{either})\s+of")
    # a comma right after the cue: its object comes after a coordinated aside ("sponsored by,
    # and accountable to Parliament through, the Department of Health")
    return re.compile(rf"(?<![\w-])(?P<cue>{'|'.join(alternatives)})(?:\s+(?=\S)|(?=,\s(?:and|or)\s))")


_PARENT_CUE = _cues("parent")
_COORDINATOR_CUE = _cues("coordinator")
# "is not part of", "was never under": the negation just before a cue (or inside its lead words);
# capitalised where it opens a line that leaves the subject out ("Not accountable to X").
_NEGATED = re.compile(r"\b(?:[Nn]ot|[Nn]ever|[Nn]o\s+longer)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NOT_IN_CUE = re.compile(r"\b(?:not|never)\b")
# "was to be placed under", "is said to be a subsidiary of", "would have become part of": the
# tie is planned, reported or hypothetical, no fact of today (lexicon/parent-hedges.csv).
_HEDGED = re.compile(
    r"(?<![\w-])(?:"
    + lexicon.alternation(sorted((row[0] for row in lexicon.table("parent-hedges")), key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)
# "Member of the Global Ocean Network": a body the organization belongs to, not its parent.
_NOT_PARENT_LEAD = re.compile(
    r"(?:[Tt]he\s+)?(?:" + lexicon.alternation(row[0] for row in lexicon.table("not-parent-leads")) + r")\s", re.I
)
# The main clause ends at a semicolon or a relative clause about something else.
_CLAUSE_END = re.compile(r";|,? (?:which|who|whose|whereas|while)\b", re.I)  # on normalised text
# "It", "The commission", "This institute": the organization itself, named by a common noun.
# Also "We", as the organization writes of itself on its own page (first-person-words.csv).
_SELF_REFERENCE = re.compile(
    r"(?:[Ii]t|"
    + lexicon.alternation(sorted(w for we in lexicon.first_person_words("subject") for w in (we, we.capitalize())))
    + r"|(?:[Tt]he|[Tt]his)\s+[a-z][\w-]*)(?![\w-])"
)
_NOT_NAMES = frozenset({"not", "none", "n/a", "na", "no", "unknown", "there", "it", "this", "its"})


# "1948–2001:", "1941:", "later:", "since 1990:": a time label opening one step of a timeline.
_STEP_LABEL = re.compile(
    r"(?:(?:since|from|until|after)\s+)?\d{4}(?:\s?[–-]\s?(?:\d{4}|today|present)?)?:\s"
    r"|(?:later|then|today|now|currently|afterwards|thereafter):\s",
    re.I,
)


_STEP_END = re.compile(r"(?:today|present|\d{4})(?=\s?:)", re.I)


def _latest_step(steps: list[str]) -> str:
    """The step of the latest time: the last one, unless every step's label ends in a year
    (or "today") and another is later: "– 2010–2011: X / – 2000–2010: Y" lists the newest first."""
    ends: list[int] = []
    for step in steps:
        label = _STEP_LABEL.match(step)
        end = _STEP_END.search(label.group()) if label else None
        if end is None:
            return steps[-1]
        ends.append(9999 if not end.group().isdigit() else int(end.group()))
    return steps[max(range(len(steps)), key=lambda n: (ends[n], n))]


def _dated_line_parents(field: Field, identity: Identity) -> list[Mention]:
    """A chronicler's dated lines ("1972–1984 | Department of X", "1987 → Department of Y
    (DOY)"): each line's parent, a null line ("1935–1948 | — (none): …") none."""
    rests = dated_lines(field.items)
    if rests is None:
        return []
    parents: list[Mention] = []
    for rest in rests:
        mention = _name_at(rest) if status_of_text(rest, field.name).stated else None
        if mention is not None and not any(same_name(mention.name, own) for own in _self_names(identity)):
            parents.append(mention)
    return parents


def _timeline_parent(field: Field, identity: Identity) -> Mention | None:
    """The parent of the last step when the field is a timeline of labelled steps ("1941:
    Presidencia del Gobierno; later: Ministerio de Industria", one step a line or after ";"):
    the latest parent is the parent; earlier ones are history, not read as parents."""
    steps = [step for item in field.items for step in split_top_level(item.text, ";")]
    if len(steps) < 2 or not all(_STEP_LABEL.match(step) for step in (steps[0], steps[-1])):
        return None
    last = _latest_step(steps)
    last = last[_STEP_LABEL.match(last).end() :]  # type: ignore[union-attr]
    mention = _name_at(last)
    if mention is None or any(same_name(mention.name, name) for name in _self_names(identity)):
        return None
    return mention


# "Education, Ministry of", "Trabajo, Ministerio del": a catalogue heading, the head word of a
# name and its glue put after the rest of it for sorting (before a bracketed note).
_INVERTED_GLUE = lexicon.alternation(g.word for g in lexicon.name_glue() if g.in_names)
_INVERTED_NAME = re.compile(
    rf"(?P<rest>[A-ZÀ-Ž][^,;()]{{0,80}}), (?P<head>[A-ZÀ-Ž][^\W\d_]{{1,30}}) "
    rf"(?P<glue>(?:{_INVERTED_GLUE})(?: (?:{_INVERTED_GLUE}))?)"
    r"(?P<note>\s?\([^()]{0,60}\))?"
)


def _uninverted(item: str) -> str | None:
    """ "Education, Ministry of (1949-1958)" → "Ministry of Education (1949-1958)": the natural
    order, when the word put last is an organization's head word; else None."""
    found = _INVERTED_NAME.fullmatch(item.strip())
    if not found or found["head"] not in lexicon.org_head_words():
        return None
    return f"{found['head']} {found['glue']} {found['rest']}{found['note'] or ''}"


def _catalogue_parents(field: Field, identity: Identity) -> list[Mention]:
    """ "Trade, Board of (1903-1907) ; Colonial Office (1907-1925)": a catalogue list of parents,
    one at least inverted for sorting; read only when every item is a name (else nothing)."""
    items = split_top_level(field.text.split("\n")[0], ";")
    natural = [_uninverted(item) for item in items]
    if not any(natural):
        return []
    mentions = [_name_at(text or item) for text, item in zip(natural, items, strict=True)]
    if not all(mentions) or any(same_name(m.name, n) for m in mentions if m for n in _self_names(identity)):
        return []
    return [m for m in mentions if m]


@cache
def _parent_keys() -> frozenset[str]:
    return frozenset(key for (key,) in lexicon.table("parent-record-keys"))


def _recorded_parents(field: Field, identity: Identity) -> list[Mention] | None:
    """The parents a registry export records: the cells of a table column headed "parent"
    ("| 1991 | 2001 | Government of Dubai (directly) |"), or the values of record lines keyed
    "parent_org:", "supervising_ministry:" ... (lexicon/parent-record-keys.csv). None when the
    field has neither, or none of its cells or values is a checked name."""
    keys = _parent_keys()
    values: list[str] = []
    for table in pipe_tables(field):
        found = [n for n, cell in enumerate(table.header) if record_key(cell) in keys]
        values.extend(row[found[0]] for row in table.rows if len(found) == 1 and found[0] < len(row))
    label_rows = False
    for item in field.items:
        line = record(item.text)
        if line is not None and line.key in keys:  # also an infobox label row: "Parent<TAB>Ukroboronprom"
            values.append(line.value)
            label_rows = label_rows or line.in_cells
    if not values:
        return None
    mentions: list[Mention] = []
    for value in values:
        if not status_of_text(value).stated:
            continue  # "Tutelle: Néant" is no parent named Néant
        named: list[Mention | None] = [*(_state_owner(value) or _headed_names(value))]
        for mention in named or [_name_at(value) or _one_word_name(value)]:
            if mention is None or _is_self(mention.name, identity) or mention.name.lower() in _state_words("head"):
                continue  # "État" alone, cut before its adjective, names no state
            if not any(same_name(mention.name, m.name) for m in mentions):
                mentions.append(mention)
    if not mentions and label_rows:
        return []  # a label row's key is no part of a name: the prose readers would read "Parent X"
    return mentions or None  # nothing checked: the prose readers try ("Parent: IBM Research (…)")


# "the Swedish state", "the Norwegian government": a nationality adjective (lexicon/nationality-
# adjectives.csv), then a lowercase state word (the "head" rows of lexicon/state-owner-words.csv),
# then no "of", no name and no possessive ("the German state of Bavaria" is a region).
_NATIONAL_STATE = re.compile(
    rf"(?:the\s+)?(?P<name>(?:{lexicon.alternation(lexicon.nationality_adjectives())})\s+(?P<head>[a-zé]{{4,12}}))"
    r"(?![\w'’-]|\s(?:of\b|[A-Z]))"
)


def _national_state(text: str) -> Mention | None:
    """The state a cue names by its nationality adjective and a lowercase state word ("owned by
    the Swedish state"): a parent though the name check wants capitals."""
    found = _NATIONAL_STATE.match(text)
    if found is None or found["head"] not in _state_words("head"):
        return None
    return Mention(found["name"], "organization", None)


@cache
def _state_words(kind: str) -> frozenset[str]:
    return frozenset(word for word, k in lexicon.table("state-owner-words") if k == kind)


_STATE_OWNER = re.compile(r"(?P<head>[^\W\d_]{4,12})\s(?P<adjective>[a-zà-ÿ]{3,20})")


def _state_owner(value: str) -> list[Mention]:
    """A state a parent record names by its head word and nationality adjective ("Actionnaire
    majoritaire: État sénégalais."), the whole value but a bracketed note (lexicon/state-owner-words.csv)."""
    text = _without_note(value)
    found = _STATE_OWNER.fullmatch(text.strip())
    if found is None or not found["head"][0].isupper() or found["head"].lower() not in _state_words("head"):
        return []
    adjective = found["adjective"]
    if adjective in _english_words() or not any(adjective.endswith(e) for e in _state_words("ending")):
        return []
    return [Mention(text.strip(), "organization", None)]  # checked above: the name check wants capitals


# A parent record's value after its bracketed note: "Ministère chargé de la Recherche (double
# tutelle)." The note and the closing stop are no part of the name.
def _without_note(value: str) -> str:
    text = value.rstrip(" .")
    if text.endswith(")") and "(" in text:
        text = text[: text.rindex("(")].rstrip(" .")
    return text


_HEADED_PART = re.compile(rf"\s(?:{_AND_WORDS})\s(?={_UPPER})|,\s(?={_UPPER})")
_NAME_WORD = re.compile(r"[\w'’&.-]{1,40}")


def _headed_names(value: str) -> list[Mention]:
    """The whole names a parent record's value holds when each opens with an organization head
    word (``lexicon/org-head-words.csv``): "Tutelle: Ministère chargé de la Recherche et Ministère
    chargé de la Coopération". A French name keeps lowercase words ("chargé", "supérieur") the
    name pattern stops at; the key says the value is the name, so it is taken whole when it is
    no clause (no verb or function word besides the glue, no digits or marks) and does not end
    in a glue word; a comma or "and" before a capital splits it only when every part is such a
    name, else the value is left to the name pattern ("Ministry of Trade and Industry")."""
    text = _without_note(value)
    starts = [0, *(m.end() for m in _HEADED_PART.finditer(text))]
    parts = [text[a:b].strip(" ,") for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    parts = [re.sub(rf"\s(?:{_AND_WORDS})\Z", "", part) for part in parts]
    mentions = [_headed_name(part) for part in parts]
    return [m for m in mentions if m is not None] if all(mentions) else []


def _headed_name(part: str) -> Mention | None:
    words = part.split()
    if not words or len(words) > 14 or words[0] not in lexicon.org_head_words() or len(words) < 2:
        return None
    glue = lexicon.name_glue_words()
    if re.search(r"[\d;:()\[\]\"“”—–]|\s-\s", part) or words[-1].lower() in glue:
        return None
    for word in words[1:]:
        bare = word.rstrip(",")
        if not _NAME_WORD.fullmatch(bare):
            return None
        lowered = re.sub(r"\A[dl]['’]", "", bare).lower()
        if bare[:1].islower() and lowered not in glue and (lowered in _english_words() or bare.endswith(".")):
            return None
    return org_mention(part)


@cache
def _generic_words() -> frozenset[str]:
    """Head and kind words ("Ministry", "Research", "University"): alone, no organization's name."""
    kinds = (k.keyword for k in lexicon.org_name_keywords())
    return frozenset(w.lower() for w in (*lexicon.org_head_words(), *lexicon.unit_words(), *kinds))


def _one_word_name(value: str) -> Mention | None:
    """The one-word name a parent record's value holds ("Parent<TAB>Ukroboronprom (since 2015)"):
    the key says it names the parent, so one capitalised word is enough, unless it is a head or
    kind word alone, a function word or a post."""
    found = _candidate(value)
    if found is None or not re.fullmatch(_WORD, found[0]):
        return None
    name = found[0]
    if name.lower() in _generic_words() or name.lower() in _english_words() or is_office(name):
        return None
    return org_mention(name)


@cache
def _group_words(place: str) -> tuple[str, ...]:
    """Words that wrap a parent's name in its group, longest first (lexicon/parent-group-words.csv)."""
    rows = lexicon.table("parent-group-words")
    if any(where not in ("lead", "tail") for _, where in rows):
        raise lexicon.LexiconError("lexicon/parent-group-words.csv: a place is lead or tail")
    return tuple(sorted((word for word, where in rows if where == place), key=len, reverse=True))


# "Groupe de la Société Générale de Belgique": the group's lead before the parent's own name
_GROUP_LEAD = re.compile(rf"(?:{lexicon.alternation(_group_words('lead'))})\s*(?P<rest>{_UPPER}.{{2,200}})")
# "the huge Universal Music Group family": an article and up to two lowercase words before the
# name, a lowercase group noun after it (never "group of countries": only the listed "of" tails)
_GROUP_ARTICLE = re.compile(rf"(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}?(?={_UPPER})")
_GROUP_TAIL = re.compile(rf"\s(?:{lexicon.alternation(_group_words('tail'))})\b(?!\s{{1,3}}of\b)")
# "Ethiopia's Ministry of Education": a country's possessive before a generic body's name
_POSSESSIVE = re.compile(rf"(?P<owner>{_UPPER}[\w-]*(?:\s{_UPPER}[\w-]*){{0,2}})['’]s\s(?P<rest>{_UPPER}.*)")


def _group_member(text: str) -> Mention | None:
    """The parent named inside "the X group" / "the X family" after a cue: X, checked as a name."""
    lead = _GROUP_ARTICLE.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :]
    name = _NAME.match(rest)
    if name is None or not _GROUP_TAIL.match(rest, len(name["name"].rstrip(","))):
        return None
    # a name checked as any other ("the Nordic group", "the Research group" name no parent)
    return _name_at(rest)


def _unwrapped(mention: Mention) -> Mention:
    """The parent's own name: without a group's lead ("Groupe de la X") or a country's
    possessive ("Japan's Ministry of X"), when what is left is still a proper name."""
    lead = _GROUP_LEAD.fullmatch(mention.name)
    if lead and is_proper_name(lead["rest"]):
        return Mention(lead["rest"], mention.kind, mention.acronym)
    owned = _POSSESSIVE.fullmatch(mention.name)
    if owned and lexicon.country_code(owned["owner"]) and is_proper_name(owned["rest"]):
        return Mention(owned["rest"], mention.kind, mention.acronym)
    return mention


def read_parent(field: Field, identity: Identity) -> ReaderResult:
    listed = _listed_parents(field, identity)
    if listed is not None:
        return [Parent(_unwrapped(m)) for m in listed], None
    facts, status = _read_parent(field, identity)
    facts = [f for f in facts if not (isinstance(f, Parent) and _across_items(f.org.name, field))]
    facts = [part for f in facts for part in _bodies_apart(f)]
    return [Parent(_spelled_out(_unwrapped(f.org), identity)) if isinstance(f, Parent) else f for f in facts], status


# ", known until 2018 as …", ", formerly …": a former name after the parent.
_FORMER_NAME_ASIDE = re.compile(
    r",\s(?:(?:known|called|named)\s(?:until|till|before)\s[12]\d{3}\sas|formerly(?:\sknown\sas|\scalled)?)\s"
)
_FULL_STOP = re.compile(r"\.(?=\s|\Z)")


def _former_name_dropped(text: str, *, sentence: bool = False) -> str:
    """``text`` without a former name's aside after the parent, to the clause's end (a
    semicolon; with ``sentence``, a full stop too: the text holds several sentences)."""
    found = _FORMER_NAME_ASIDE.search(text)
    if found is None:
        return text
    rest = text[found.end() :]
    stop = _FULL_STOP.search(rest) if sentence else None
    ends = [i for i in (rest.find(";"), stop.start() if stop else -1) if i >= 0]
    return text[: found.start()] + (rest[min(ends) :] if ends else "")


def _spelled_out(mention: Mention, identity: Identity) -> Mention:
    """ "The NFA" as the parent, where the profile's intro writes "the National Forest
    Authority (NFA)": the acronym stands for the name the intro spells out before it in
    brackets (a name by ``org_mention`` with the acronym's first letter); else it stays."""
    if mention.acronym is not None or not is_acronym(mention.name) or not identity.description:
        return mention
    description = identity.description
    mark = description.find(f" ({mention.name})")
    while mark >= 0:
        before = description[max(0, mark - 150) : mark]
        for start in _NAME_START.finditer(before):
            piece = before[start.end() :]
            found = org_mention(piece)
            if found is not None and found.name == strip_article(piece) and found.name[:1] == mention.name[:1]:
                if not any(same_name(found.name, own) for own in _self_names(identity)):
                    return Mention(found.name, found.kind, mention.name)
                break
        mark = description.find(f" ({mention.name})", mark + 1)
    return mention


# Where a name may start in the words before an acronym's bracket: a capital after a space.
_NAME_START = re.compile(r"(?:\A|\s)(?=[A-Z])")


# "Under the joint supervision of two ministries:" then "- Ministry of Culture",
# "- Ministry of Research": a lead line that ends in a colon, whose cue (parent-cues.csv) is
# followed only by lowercase words (no name of its own), then bullets that are each one name.
_LEAD_TAIL_WORDS = 6


def _listed_parents(field: Field, identity: Identity) -> list[Mention] | None:
    """The parents a cued lead line lists in the bullets under it, each bullet read as the
    cue's object; None when the field is no such list, or when any bullet is not wholly one
    name the cue would read (then nothing is guessed here)."""
    items = field.items
    if len(items) < 2 or items[0].bullet or not all(item.bullet for item in items[1:]):
        return None
    lead = items[0].text.strip()
    if not lead.endswith(":"):
        return None
    lead = lead[:-1].rstrip()
    # a cue needs something after it: "\x00" stands for the bullets' names
    cue = next(_PARENT_CUE.finditer(lead + " \x00"), None)
    if cue is None:
        return None
    head = lead[: cue.end()].rstrip()
    tail = lead[cue.end() :].split()
    if len(tail) > _LEAD_TAIL_WORDS or not all(w.isalpha() and w.islower() for w in tail):
        return None  # "Under the supervision of the Ministry of X and:": a name in the lead
    if any(w in {"not", "never", "no", "longer"} for w in tail) or _FORMER_LEAD.search(lead):
        return None
    found: list[Mention] = []
    for item in items[1:]:
        text = item.text.strip().rstrip(";,.")
        read = _cued(f"{head} {text}", identity)
        note = text[text.rindex("(") + 1 : -1] if text.endswith(")") and "(" in text else None
        if note is not None and not is_acronym(note):
            return None  # "- Ministry of X (until 2004)": a note no list of parents reads
        if not read or len(read) != 1 or strip_article(_without_note(text)) != read[0].name or person_name(text):
            return None  # "- Ministry of X, until 2004", "- Jane Doe": no list of parents
        found.append(read[0])
    return found


# "the Ministry of Culture and the Ministry of Health": two bodies, each opening
# with a head word of org-head-words.csv and its "of"/"for" complement, joined by "and".
_BODY_JOIN = re.compile(r"\s(?:and|&)\s(?:the\s)?(?=[A-ZÀ-Þ])")


def _bodies_apart(fact: Fact) -> list[Fact]:
    """A parent whose name is two bodies joined by "and" ("Ministry of X and the Ministry of
    Y") as the two parents; "Department of Agriculture, Food and the Marine" (no head word
    after "and") stays one name. Any other fact as it is."""
    if not isinstance(fact, Parent):
        return [fact]
    name = fact.org.name
    for join in _BODY_JOIN.finditer(name):
        first, second = name[: join.start()], name[join.end() :]
        if _headed_body(first) and _headed_body(second):
            parts = [_name_at(first), _name_at(second)]
            return [Parent(m) for m in parts if m] if all(parts) else []
    return [fact]


def _headed_body(name: str) -> bool:
    """ "Ministry of Culture", "Office for Science": a head word, then its complement."""
    words = name.split()
    return len(words) >= 3 and words[0] in lexicon.org_head_words() and words[1] in {"of", "for"}


def _across_items(name: str, field: Field) -> bool:
    """ "Ministry of Culture Ministry of Health": a name read from the field's lines joined
    by spaces that runs across two of them and stands in none."""
    if len(field.items) < 2 or any(name in item.text for item in field.items):
        return False
    return name in field.text


def _fronted_cued(first: str, fronted: re.Match[str] | None, identity: Identity) -> list[Mention] | None:
    """The cued parents after a time before the subject: "Since 2001 it has been part of …",
    "These days Acme is part of …" (the present)."""
    lead = fronted or _CURRENT_LEAD.match(first)
    return _cued(first[lead.end() :], identity) if lead else None


def _read_parent(field: Field, identity: Identity) -> ReaderResult:
    recorded = _dated_line_parents(field, identity) or _recorded_parents(field, identity)
    if recorded is not None:
        return [Parent(m) for m in recorded], None
    timeline = _timeline_parent(field, identity)
    if timeline is not None:
        return [Parent(timeline)], None
    catalogue = _catalogue_parents(field, identity)
    if catalogue:
        return [Parent(m) for m in catalogue], None
    facts: list[Fact] = []
    # read once: the first, maybe the second, then each for a coordinator
    parts = [_own_name_as_its(part, identity) for part in sentences(field.text)]
    first = parts[0] if field.text.strip() else ""
    label = _LABEL.match(first)
    first = after_affirmation(first[label.end() :] if label else first)  # an FAQ's "Yes — the X"
    cued = _cued(first, identity)
    fronted = _FRONTED_TIME.match(first)
    if cued is None:
        cued = _fronted_cued(first, fronted, identity)
    if cued is None:
        cued = _after_context(first, identity)
    body = first[fronted.end() :] if fronted else first  # "Since 2018 the Ministry of ...": the time is no name
    # "The NFA, known until 2015 as the Board of X (BX)": the aside gives a former name, no parent.
    body = _former_name_dropped(body)
    # "X, of which the Lake Bank is a filiale": X is another body's parent, not ours
    bare = (
        None
        if cued is not None or _of_which_other(body, identity)
        else _of_which_parent(body, identity)
        or _bare_name(body, identity)
        or _sentence_case_name(body, identity)
        or _native_glossed(body, identity)
        or _sentence_case_glossed(body, identity)
    )
    parents = cued or ([bare] if bare else [])
    if cued is None and not parents:
        inverse = _parent_as_subject(first, identity)
        parents = [inverse] if inverse else []
    if cued is None and not parents:
        parents = _second_sentence_parents(parts, identity)
    for later in _later_parents(first, identity) if parents else []:
        if not any(same_name(later.name, p.name) for p in parents):
            parents.append(later)
    parents = _with_restatement(parts, _current_parents(field.text, parents, identity), identity)
    if not parents and read_status(field).stated:
        owner = _chronology_parent(field.text, identity)  # "until 1995 …, then X (…), from 2005 owner Y"
        parents = [owner] if owner else []
    facts.extend(Parent(p) for p in parents)
    parent = parents[0] if parents else None
    for sentence in parts:
        for cue in _COORDINATOR_CUE.finditer(sentence):
            if _negated(sentence, cue):
                continue
            coordinator = _name_at(sentence[cue.end() :])
            if coordinator and not (parent and same_name(coordinator.name, parent.name)):
                facts.append(Coordinator(coordinator))
                break
    return facts, None


def _own_name_as_its(sentence: str, identity: Identity) -> str:
    """ "The SNCF's parent is the French State", "Singapore Airlines' parent organization is
    X": a sentence opening with the organization's own name (or acronym, or its name without
    its legal form; "the" before it) and a possessive mark, then a word, is read as opening with
    "Its" (names.own_possessive_opening). Another body's name is left alone."""
    opening = own_possessive_opening(sentence, identity)
    return "Its " + sentence[opening:] if opening and sentence[opening : opening + 1].isalpha() else sentence


# "So, the Ministerio de Cultura.", "That is, the X.": a sentence that is only a lead
# (parent-cues.csv, restated) and a name restates the parent the sentence before named
_RESTATED = re.compile(
    r"(?:"
    + lexicon.alternation(sorted((c.cue for c in lexicon.parent_cues() if c.relation == "restated"), key=len))
    + r")[,:]?\s+(?:the\s+)?(?P<name>[^\s,;:.][^,;:]{2,120}?)[.!]?$",
    re.I,
)
_COGNATE_PREFIX = 4  # letters a restated name's word shares with a word of the parent ("Ministerio", "Ministry")


def _with_restatement(parts: list[str], parents: list[Mention], identity: Identity) -> list[Mention]:
    """``parents``, the one parent replaced by its name restated in the next sentence, if any."""
    restated = _restated_parent(parts, parents[0], identity) if len(parents) == 1 else None
    return [restated] if restated is not None else parents


def _restated_parent(parts: list[str], parent: Mention, identity: Identity) -> Mention | None:
    """The parent named again, in its own language, right after the sentence that named it
    ("attached to the Ministry of Culture. So, the Ministerio de Cultura."): the restated name
    is the official one. It must be the same body: every capitalised word of it shares its
    first letters with a word of the first name (a cognate), so another body is never read."""
    named = next((i for i, part in enumerate(parts) if parent.name in part), None)
    if named is None or named + 1 >= len(parts):
        return None
    found = _RESTATED.fullmatch(parts[named + 1].strip())
    mention = _name_at(found["name"]) if found else None
    if mention is None or mention.name != found["name"] or same_name(mention.name, parent.name):  # type: ignore[index]
        return None
    if any(same_name(mention.name, own) for own in _self_names(identity)):
        return None
    first = {_folded(w)[:_COGNATE_PREFIX] for w in parent.name.split() if w[:1].isupper()}
    words = [w for w in mention.name.split() if w[:1].isupper()]
    if len(words) < 2 or any(_folded(w)[:_COGNATE_PREFIX] not in first for w in words):
        return None
    return mention


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


# "At the time of its closure it was ...", "By 1990 it was ...": a phrase fronted before "it".
# In a later clause also lowercase, before "its": "; after the revolution of 1918–19 its oversight passed to ...".
_FRONTED_CONTEXT = re.compile(
    r"(?:[Aa]t|[Bb]y|[Uu]ntil|[Uu]pon|[Oo]n|[Ff]rom|[Aa]fter|[Bb]efore|[Dd]uring|[Ii]n|[Ss]ince|[Ww]hen|[Oo]nce)\s"
    r"(?:[a-z\d][\w'’–-]{0,20}\s){1,6}(?=(?:its?|"
    + lexicon.alternation(sorted(lexicon.first_person_words("subject")))
    + r")\s)"
)


def _after_context(sentence: str, identity: Identity) -> list[Mention] | None:
    """The cued parents of ``sentence`` read after a fronted phrase ending before "it"."""
    fronted = _FRONTED_CONTEXT.match(sentence)
    return _cued(sentence[fronted.end() :], identity) if fronted else None


def _second_sentence_parents(parts: list[str], identity: Identity) -> list[Mention]:
    """ "The Observatory was not autonomous. At the time of its closure it was an establishment
    of X.": a first sentence that names no parent and has no cue leads into the second; only a
    cued parent of the organization itself is read there (never a bare name, never a later
    sentence: those tell the history). ``parts``: the field's sentences."""
    if len(parts) < 2:
        return []
    second = parts[1]
    if _PARENT_CUE.search(parts[0]):
        return _dated_change(parts, identity)
    return _cued(second, identity) or _after_context(second, identity) or []


def _dated_change(parts: list[str], identity: Identity) -> list[Mention]:
    """ "X was not under a single parent but was jointly owned by the seven regional
    companies. In 1997 it was acquired by Y, becoming its subsidiary.": a first sentence whose
    cues name no one (the caller read no parent there) and a second that opens with a time
    before "it" and a cued name: the body's parent since then. Refused when a later sentence
    holds a parent cue too (a history of owners, whose last is not told apart here)."""
    if any(_PARENT_CUE.search(part) or _SUCCESSIVE.search(part) for part in parts[2:]):
        return []
    return _after_context(parts[1], identity) or []


_SUCCESSIVE = _cues("successive")
# Where a clause about a later or earlier parent starts: a semicolon, or a comma before "then",
# "and thereafter", "later" ("X until 1972, then Y").
_NEXT_CLAUSE = re.compile(r";|,\s+(?=(?:and\s+)?(?:then|later|thereafter|afterwards|subsequently)\b)")
# When a parent held: "until 1972", "(from 1991)", "from 1978", "since 2001", "between 1950 and 1960".
_WHEN = re.compile(
    r"[\s,]{0,3}(?:\((?:from|since|until|till|to|after|before|between|in)\s[^()]{1,40}\)"
    r"|(?:from|since|until|till|after|before|in)\s+(?:\d{4}|then)(?:\s+(?:to|until|and)\s+\d{4})?)"
)
# "until then", "before that", "from 1978": a time put before a clause's subject.
_FRONTED_TIME = re.compile(r"(?:and\s+)?(?:until|till|before|from|since|after|in)\s+(?:then|that|\d{4}),?\s+", re.I)
_TO_BY = re.compile(r"(?:(?:by|under|to|with|of|within)\s+)?(?:the\s+)?")
# "Ministry of Science (1990–present)": a later parent written with the years it held.
_YEARS_HELD = re.compile(r"\s*\(\d{4}\s*[–-]\s*(?:\d{4}|present|today|now)?\)\s*[.,]?")


def _after_when(rest: str) -> str:
    """``rest`` without the time notes it starts with ("until 1972", "(from 1991)")."""
    found = _WHEN.match(rest)
    while found and found.end() > 0:
        rest = rest[found.end() :]
        found = _WHEN.match(rest)
    return rest


def _later_parents(sentence: str, identity: Identity) -> list[Mention]:
    """Parents that came before or after the first: "X (until 1999); then Y", "X until 1972,
    then Y", "Sponsored by X until 1992, and thereafter by Y", "X from 1978; until then it was
    under the aegis of Y". A clause must open with a cue of sequence and be a name and a time
    and nothing more, or be a sentence whose subject is the organization with a parent cue."""
    found: list[Mention] = []
    flat = " ".join(sentence.split())
    marks = list(_NEXT_CLAUSE.finditer(flat))
    ends = [m.start() for m in marks[1:]] + [len(flat)]
    for start, end in zip((m.end() for m in marks), ends, strict=False):
        clause = flat[start:end].strip()
        mention: Mention | None = None
        unjoined = _LEADING_AND.sub("", clause)
        cue = _SUCCESSIVE.match(unjoined)
        if cue:
            rest = unjoined[cue.end() :].lstrip(", ")
            rest = rest[_TO_BY.match(rest).end() :]  # type: ignore[union-attr]
            name = _NAME.match(rest)
            if name and not _after_when(rest[name.end() :]).strip(" .,"):
                mention = _bare_name(rest, identity)
        if mention is None and (name := _NAME.match(unjoined)) and _YEARS_HELD.fullmatch(unjoined, name.end("name")):
            mention = _bare_name(unjoined, identity)
        if mention is None:
            fronted = _FRONTED_TIME.match(clause)
            cued = (_cued(clause[fronted.end() :], identity) if fronted else None) or _after_context(clause, identity)
            mention = cued[0] if cued else None
        if mention and not any(same_name(mention.name, m.name) for m in found):
            found.append(mention)
    return found


# "The Ministry of Education is its parent organization", "... was the institute's parent body".
_IS_ITS_PARENT = re.compile(
    r"\s(?:is|was|has\s+been|acts\s+as|serves\s+as)\s+(?:its|the\s+[a-z]+['’]s|the)\s+parent\b(?! of\b)"
)


def _parent_as_subject(sentence: str, identity: Identity) -> Mention | None:
    """The parent named as the subject of "is its parent (organization)"."""
    found = _NAME.match(sentence)
    if not found or not _IS_ITS_PARENT.match(sentence, found.end()):
        return None
    mention = _name_at(sentence)
    if mention and any(same_name(mention.name, name) for name in _self_names(identity)):
        return None
    return mention


def _time_marks(time: str) -> str:
    rows = (mark.phrase for mark in lexicon.parent_time_marks() if mark.time == time)
    return lexicon.spaced_alternation(sorted(rows, key=len, reverse=True))


_FORMER_WORDS = _time_marks("former")
_CURRENT_WORDS = _time_marks("current")
# "Formerly part of X", "It was previously attached to X", "Once a division of X": a clause
# opened by a former mark (lexicon/parent-time-marks.csv); "formerly known as X" is a name
# (the after_former words of relative-naming-words.csv).
_FORMER_LEAD = re.compile(
    rf"(?:(?:it|this\s[a-z]+|the\s[a-z]+)\s(?:was|had\sbeen)\s|was\s)?(?:{_FORMER_WORDS})\b,?\s"
    rf"(?!(?:{lexicon.alternation(lexicon.former_naming_words())})\b)",
    re.I,
)
# "now part of Y", "today Y", "and since 2004 under Y": a clause opened by a current mark.
_CURRENT_LEAD = re.compile(rf"(?:and\s)?(?:(?:{_CURRENT_WORDS})\b|since\s\d{{4}}\b),?\s", re.I)
# "until 1999", "(until 1992)", "(1960–1992)", "from 1980 to 1995": a tie with its end.
_ENDED = re.compile(
    r"\b(?:until|till)\s\d{4}\b|\(\s?(?:to|until|till)\s\d{4}\s?\)|\b\d{4}\s?[–-]\s?\d{4}\b"
    r"|\bfrom\s\d{4}\s(?:to|until)\s\d{4}\b",
    re.I,
)
# "since 2004", "(1992–present)", "now", "currently": a tie that still holds.
_ONGOING = re.compile(
    rf"\bsince\s\d{{4}}\b|\b\d{{4}}\s?[–-]\s?(?:present|today|now)?\)|(?<![\w-])(?:{_CURRENT_WORDS})(?![\w-])", re.I
)


# "(called Partners HealthCare until 2019)", "(known as X before 1990)": a note that dates a
# name, not the tie; its "until 2019" does not end the parent (relative-naming-words.csv).
_NAMING_NOTE = re.compile(
    r"\((?:[a-z]{2,12}\s)?(?:" + lexicon.alternation(lexicon.relative_naming_words()) + r")\s[^()]{1,80}\)"
)


# "X (IenW) – until 2017: Y", "X; before 1990: Y": an earlier parent after a label of its time;
# its "until 2017" ends Y's tie, not X's.
_PAST_LABELLED = re.compile(r"(?:\s[–—-]\s|;\s?|,\s)(?:until|till|before|up\sto)\s\d{4}\s?:\s[^;\n]*", re.I)


@cache
def _time_mark_words() -> frozenset[str]:
    return frozenset(mark.phrase for mark in lexicon.parent_time_marks() if " " not in mark.phrase)


def _clauses(text: str) -> list[str]:
    """The clauses of a parent field: its sentences, cut at top-level semicolons."""
    return [c.strip() for s in sentences(text) for c in split_top_level(" ".join(s.split()), ";") if c.strip()]


def _current_parents(text: str, parents: list[Mention], identity: Identity) -> list[Mention]:
    """``parents`` without those the text says are past: a parent in a clause opened by a
    former mark ("Formerly part of X; now autonomous") is never read; the one parent of a field
    whose tie has ended ("Was under X until 1999", "X (until 1992)") neither, unless the field
    says something still holds. A clause after a former one that opens with a current mark
    ("; now part of Y", "; today Y", "; since 2004 under Y") names the parent of today.
    A sequence of parents ("X until 1972, then Y") is kept whole: they are the successive
    parents, as the history reads them."""
    clauses = _clauses(text)
    former = [c for c in clauses if _FORMER_LEAD.match(c)]
    if former:
        kept = [p for p in parents if not any(p.name in c for c in former)]
        for clause in clauses:
            lead = _CURRENT_LEAD.match(clause)
            if clause in former or lead is None:
                continue
            rest = clause[lead.end() :]
            found = _cued(rest, identity) or ([m] if (m := _bare_name(rest, identity)) else [])
            kept += [m for m in found if not any(same_name(m.name, k.name) for k in kept)]
        return kept
    undated = _PAST_LABELLED.sub("", _NAMING_NOTE.sub("", _former_name_dropped(text, sentence=True)))
    if len(parents) == 1 and _tie_ended(undated, parents[0], identity) and not _ONGOING.search(undated):
        return []
    return parents


def _tie_ended(text: str, parent: Mention, identity: Identity) -> bool:
    """A clause of ``text`` ends a tie ("until 1999", "(1960–1992)") that may be the parent's.
    Not, when the parent's clause says the tie holds now, a clause without the parent that ends
    a tie with another body named before the end mark: "X is an agency of Y. It was run jointly
    with Z until 1968" ends Z's tie, not Y's; so does a clause that names another body after a
    fronted range and never names the parent ("From 2011 until 2016 it sat under Z")."""
    clauses = _clauses(text)
    own = next((clause for clause in clauses if parent.name in clause), "")
    present = _PRESENT_TIE.search(own, 0, max(own.find(parent.name), 0))
    for clause in clauses:
        ended = _ENDED.search(clause)
        if ended is None:
            continue
        # the other body may follow a fronted range: "From 2011 until 2016 the agency sat under Z"
        other = clause if parent.name not in clause else clause[: ended.start()]
        if clause == own or not present or not _names_other_body(other, parent, identity):
            return True
    return False


# The parent's clause says the tie holds now: "is an agency of", "remains part of", "operates under".
_PRESENT_TIE = re.compile(r"\b(?:is|are|remains|operates|reports|belongs|sits|falls)\s")


def _names_other_body(text: str, parent: Mention, identity: Identity) -> bool:
    """``text`` names an organization other than ``parent`` and the organization itself."""
    for found in PROPER.finditer(text):
        name = found["name"]
        if not (is_acronym(name) or len(name.split()) >= 2) or not is_proper_name(name):
            continue
        if not same_name(name, parent.name) and not _is_self(name, identity):
            return True
    return False


def former_parent(text: str) -> str | None:
    """The name of a parent the text places in the past ("Formerly part of X", "X (until
    1992)"), for the diagnostic of a field that gave no parent; None when there is none."""
    clauses = _clauses(text)
    ended = bool(_ENDED.search(text)) and not _ONGOING.search(text)
    for clause in clauses:
        lead = _FORMER_LEAD.match(clause)
        if not (lead or ended):
            continue
        rest = clause[lead.end() :] if lead else clause
        fronted = _FRONTED_TIME.match(rest)
        rest = rest[fronted.end() :] if fronted else rest
        cue = _PARENT_CUE.search(rest)
        found = _candidate(rest[cue.end() :] if cue else rest)
        if found and is_proper_name(found[0]):
            return found[0]
    return None


# A chronology of owners told in prose: "state owned until 1995. then X (1995 ->
# its collapse ~2000/01), from 2005 majority owner was Y". A step ends at a stop or semicolon,
# or at a comma before a later step's lead (a next word, a current mark or a year's preposition).
_NEXT_WORDS = lexicon.alternation(lexicon.owner_chronology_words("next"))
_STEP_LEAD_WORDS = rf"(?:{_NEXT_WORDS}|{_CURRENT_WORDS}|(?:from|since|after|in)\s\d{{4}})\b"
_CHRONOLOGY_BREAK = re.compile(rf"[.;]\s+|,\s+(?=(?:and\s+)?{_STEP_LEAD_WORDS})", re.I)
# What opens a later step: "then", "and from 2005", "then, in 1995,", "now".
_CHRONOLOGY_LEAD = re.compile(
    rf"(?:and\s+)?(?:(?P<next>{_NEXT_WORDS}|{_CURRENT_WORDS})\b,?\s+)?"
    r"(?:(?:from|since|after|in)\s+(?P<year>\d{4})\b,?\s+)?",
    re.I,
)
# "majority owner was", "the sole shareholder is", "owner:": the owner named after it.
_OWNER_NOUN = re.compile(
    r"(?:the\s+)?(?:(?:"
    + lexicon.alternation(lexicon.owner_chronology_words("modifier"))
    + r")\s+){0,2}(?:"
    + lexicon.alternation(sorted(lexicon.owner_chronology_words("noun"), key=len, reverse=True))
    + r")\s*(?::|\s(?:was|is|became|has\s+been))\s+",
    re.I,
)
# "was owned by", "it became part of": a cue whose subject, left out, is the organization.
_STEP_VERB = re.compile(r"(?:(?:it|we)\s+)?(?:(?:was|is|became|has\s+been|were|are)\s+)?")
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# "(1995 -> its collapse ~2000/01)", "(1972–1990)", "(1990 to the merger)": a step with its end.
_CLOSED_RANGE = re.compile(r"\(\s?\d{4}\s?(?:->|→|–|—|-|to|until|till)\s?(?!present|today|now|\))[^()]{1,60}\)", re.I)
_UNTIL = re.compile(r"\b(?:until|till|up\sto)\b", re.I)


def _step_ended(step: str) -> bool:
    """The step says when the tie ended: "until 1995", "(1995 -> its collapse)", "1972–1990"."""
    return bool(_UNTIL.search(step) or _CLOSED_RANGE.search(step) or _ENDED.search(step))


def _marked_organization(name: str) -> bool:
    """A name an owner chronology may give as the parent: it carries an organization's mark (a
    head word such as "Group", a legal form, an acronym, "&", a capital inside a word:
    "AvtoZAZ"), since a person may own a firm too ("majority owner was Jan Novak")."""
    words = name.replace(",", " ").split()
    heads = lexicon.org_head_words()
    return (
        any(w in heads for w in words)
        or bool(_SUFFIX_AT_END.search(name))
        or "&" in words
        or any(is_acronym(w) or any(ch.isupper() for ch in w[1:]) for w in words)
    )


def _chronology_owner(step: str, identity: Identity) -> Mention | None:
    """The owner the last step names, and nothing after it but a note in brackets: "majority
    owner was Y (…)", "owned by Y", "Y"."""
    noun = _OWNER_NOUN.match(step)
    verb = _STEP_VERB.match(step)
    cue = _PARENT_CUE.match(step, verb.end()) if verb else None
    start = noun.end() if noun else cue.end() if cue else 0
    start += _TO_BY.match(step, start).end() - start  # type: ignore[union-attr]
    name = _NAME.match(step, start)
    if name is None or step[name.end() :].strip(" .,"):
        return None
    mention = _name_at(step[start:])
    if mention is None or _is_self(mention.name, identity) or not _marked_organization(mention.name):
        return None
    return mention


def _chronology_parent(text: str, identity: Identity) -> Mention | None:
    """The owner of today in a chronology of owners: every step but the last says when it ended
    ("state owned until 1995", "then X (1995 -> its collapse ~2000/01)"), the last opens with a
    later step's lead ("from 2005", "then") and names one owner with no end and no later year
    than its own; anything less sure gives none."""
    flat = " ".join(text.split())
    steps: list[str] = []
    start = depth = 0
    for at, ch in enumerate(flat):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and (found := _CHRONOLOGY_BREAK.match(flat, at)) and found.end() > at:
            steps.append(flat[start:at])
            start = found.end()
    steps.append(flat[start:])
    steps = [step.strip() for step in steps if step.strip(" .")]
    if len(steps) < 2 or not all(_step_ended(step) for step in steps[:-1]):
        return None
    last = steps[-1]
    lead = _CHRONOLOGY_LEAD.match(last)
    if lead is None or not lead.group().strip() or _step_ended(last):
        return None
    years = [int(y) for step in steps[:-1] for y in _YEAR.findall(step)]
    since = [int(y) for y in _YEAR.findall(last)]
    if len(since) > 1 or (since and years and since[0] < max(years)):
        return None  # a second year in the last step, or a step out of order: unsure
    return _chronology_owner(last[lead.end() :], identity)


def _negated(text: str, cue: re.Match[str]) -> bool:
    return bool(_NEGATED.search(text[: cue.start()]) or _NOT_IN_CUE.search(cue["cue"]))


# The words that end a post's head ("Minister", "Secretary", "Chancellor"): roles.csv, a
# hyphenated role by each of its parts ("Director-General").
_ROLE_WORDS = frozenset(part for role in lexicon.roles() for part in role.split("-"))
# Where the head of a name ends: "Minister | for Industry", "Office | of Science".
_HEAD_END = re.compile(r"\s(?:of|for|to|in|on|at)\s|,|\(")
# A year glued to a name by "in", "since" ...: "Globex Corp. in 1999".
_GLUED_YEAR = re.compile(r",? (?:in|on|at|since|from|until|to|for) \d{4}\b")
# "Office of Science and Technology in the Cabinet Office": "in the" opens where it sits, not its name.
_HEAD_BREAK = re.compile(r"[\s-]+")
_LEADING_AND = re.compile(r"^and\s+")
_IN_THE = re.compile(r"\s(?:in|within|at)\s+the\s+")


def is_office(name: str) -> bool:
    """ "Minister for Industry and Science", "Secretary of State", "Chancellor of the
    Exchequer", "Governor General", "the President": a post a person holds, not an
    organization ("Prime Minister's Office" and "Office of the President" are organizations)."""
    head_end = _HEAD_END.search(name)
    head = _HEAD_BREAK.split(strip_article(name[: head_end.start()] if head_end else name).strip())
    words = [w.lower() for w in head if w]
    if not words or any(w.endswith(("'s", "’s")) for w in words):
        return False
    return words[-1] in _ROLE_WORDS or (
        words[0] in _ROLE_WORDS and len(words) <= 3 and name_kind(name) is OrgKind.ORGANIZATION
    )


_INITIAL = re.compile(r"(?<!\S)[A-Z]\.(?!\S)")


def is_person(name: str) -> bool:
    """ "Dr Jane Smith", "Prof. Ana Lima", "John G. Fitz", "Mary Okafor FRS": a person's name
    with a title, an initial or post-nominal letters; a parent is never a person."""
    person = person_name(name)
    return bool(person and (person.titles or person.post_nominals or _INITIAL.search(person.name)))


def _candidate(text: str) -> tuple[str, str | None] | None:
    """The proper name ``text`` starts with and its note in brackets, before any check."""
    found = _NAME.match(text)
    if not found:
        return None
    name = found["name"].rstrip(",")
    year = _GLUED_YEAR.search(name)
    if year:  # "Acquired by Globex Corp. in 1999": the year is when, not part of the name
        name = name[: year.start()].rstrip(",")
        return (name[:-1] if name.endswith(".") and not _KEEPS_STOP.search(name) else name), None
    inside = _IN_THE.search(name)
    if inside:  # "Office of Science and Technology in the Cabinet Office": the office is the name
        return name[: inside.start()], None
    if name.endswith(".") and not _KEEPS_STOP.search(name):
        name = name[:-1]
    country = _COUNTRY_AFTER.match(text, found.end())
    if (
        country
        and not found["note"]
        and name.split()[0] in _country_qualified_heads()
        and lexicon.country_code(country["country"])
    ):
        # "Ministry of Education, Singapore.": the country that ends the sentence tells the
        # ministry apart from its namesakes abroad, as part of its name
        return f"{name}, {country['country']}", None
    return name, found["note"]


@cache
def _country_qualified_heads() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("country-qualified-heads"))


# ", Singapore." closing the sentence right after a name.
_COUNTRY_AFTER = re.compile(r",\s(?P<country>[A-Z][\w'’-]{1,20}(?:\s[A-Z][\w'’-]{1,20}){0,2})\s{0,2}[.;]?\s{0,2}\Z")


# An elided particle at a word's start ("dell'Università"): a joining word, not a lowercase word.
_ELIDED_AT_WORD = re.compile(rf"(?<!\S){_ELIDED}(?=\w)")


# "Since 2018 the Ministry ...", "From 1944 Academy ...": a time put before a name, never its part.
_TIME_LEAD = re.compile(r"[A-Z][a-z]{1,8}\s\d{1,4}\b")


def _name_at(text: str) -> Mention | None:
    """The proper name that ``text`` starts with, checked, its parenthetical note dropped; a
    post ("Minister for Industry") is not an organization (``parent_findings`` says so)."""
    found = _candidate(text)
    if not found:
        return None
    name, note = found
    words = name.split()
    stem = _SUFFIX_AT_END.sub("", name)
    if (
        not (
            is_proper_name(_ELIDED_AT_WORD.sub("", stem.replace(",", " ")))
            or (stem != name and re.fullmatch(_CAP, stem))
            or (note and re.fullmatch(_WORD, name) and _glosses_organization(note))
        )
        or name.lower() in _NOT_NAMES
        or words[0].lower() in _time_mark_words()  # "Formerly the Ministry of ...": a time, then a name
        or (_TIME_LEAD.match(name) and words[0].lower() in _english_words())  # "Since 2018 the Ministry ..."
        or len(words) > 16
        or INSTRUMENT_WORD.search(name)
        or is_office(name)
        or is_person(name)
        or _governing_body(name)
    ):
        return None
    if is_acronym(name) and note and is_proper_name(note) and spells(name, note):
        return Mention(note, "organization", name)  # "the CEMAC (Communauté Économique et …)"
    return Mention(name, "organization", note if note and is_acronym(note) else None)


# What opens a gloss: "(i.e. the ...)", "(that is, the ...)", "(in English, the ...)", "(English: ...)".
_GLOSS_LEAD = re.compile(r"^(?:i\.\s?e\.,?|that is,?|literally,?|in English,?|English(?: name)?:)\s")


def _glosses_organization(note: str) -> bool:
    """ "(the Ministry of Culture)", "(Ministry of Communications)": an English gloss in brackets
    that names an organization by its head noun, which vouches for the one-word native name
    before it ("Kulturministeriet"); a place ("(Sweden)") or a time vouches for nothing."""
    gloss = strip_article(_GLOSS_LEAD.sub("", note.strip()))
    words = gloss.split()
    return (
        is_proper_name(gloss)
        and any(word in lexicon.org_head_words() for word in words)
        and not (is_office(gloss) or is_person(gloss) or _governing_body(gloss))
    )


@cache
def _governing_bodies() -> frozenset[str]:
    return frozenset(name.casefold() for (name,) in lexicon.table("governing-bodies"))


def _governing_body(name: str) -> bool:
    """ "Board of Governors", "the Council": the organization's own governing organ, no parent."""
    return strip_article(name).casefold() in _governing_bodies()


def parent_findings(text: str) -> list[Finding]:
    """Why a stated parent field gave no parent, where the reason is worth a diagnostic: the
    words after a parent cue name a post, not an organization ("responsible to the Minister
    for Industry"); the text is kept verbatim."""
    found: list[Finding] = []
    former = former_parent(text)
    if former:
        found.append(
            Finding(
                Severity.INFO,
                "extract.parent-former",
                f"'{former}' is a parent of the past (the text says the tie has ended): not read as "
                "the parent; the text is kept as written",
                former,
            )
        )
    for sentence in sentences(text):
        for cue in _PARENT_CUE.finditer(sentence):
            post = _candidate(sentence[cue.end() :])
            if not post or _negated(sentence, cue):
                continue
            hedge = _HEDGED.search(sentence[: cue.start()])
            if hedge:
                found.append(
                    Finding(
                        Severity.INFO,
                        "extract.parent-hedged",
                        f"'{post[0]}' follows '{hedge.group()}': a planned, reported or hypothetical tie, "
                        "not read as the parent; the text is kept as written",
                        post[0],
                    )
                )
            elif is_office(post[0]):
                found.append(
                    Finding(
                        Severity.WARNING,
                        "extract.parent-is-office",
                        f"'{post[0]}' is a post held by a person, not an organization: no parent recorded "
                        "from it; the text is kept as written",
                        post[0],
                    )
                )
            elif is_person(post[0]):
                found.append(
                    Finding(
                        Severity.WARNING,
                        "extract.parent-is-person",
                        f"'{post[0]}' is a person, not an organization: no parent recorded from it; "
                        "the text is kept as written",
                        post[0],
                    )
                )
    return found


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
    short = strip_article(subject)
    if _own_initials(short, identity.name):
        return True
    return any(same_name(subject, name) or _short_form(name, short) for name in _self_names(identity))


def _own_initials(short: str, name: str) -> bool:
    """ "ROM" for the Royal Ontario Museum: an acronym the intro did not define, made of the
    initials of the organization's own name from its first word."""
    return (
        is_acronym(short)
        and len(short) >= 2
        and len(name.split()) >= 2
        and short[0] == name[0].upper()
        and spells(short, name)
    )


# "The Authority", "the Agency": one capitalised noun after "the", the drafter's defined term.
_DEFINED_TERM = re.compile(r"[Tt]he\s(?P<noun>[A-Z][a-z]{2,30})")


def _defined_self(before: str, identity: Identity) -> bool:
    """ "The Agency was ..." for the Health Protection Agency (a word of its name), or "The
    Authority operates ..." where the intro defines it ("hereinafter 'the Authority'"): the
    subject is the organization itself. ``before``: the words before the cue."""
    found = _DEFINED_TERM.match(before.strip())
    if found is None or _subject(before) != found["noun"]:
        return False  # "The Authority of Ruritania": another body
    noun = found["noun"]
    return noun in identity.name.split() or noun in defined_terms(identity)


def _short_form(name: str, short: str) -> bool:
    """ "Northfield Institute" or "Northfield" for "Northfield Institute of Science": the name's
    first words, or two or more whole words of it."""
    words, shorts = name.split(), short.split()
    if not shorts or len(shorts) >= len(words):
        return False
    if words[: len(shorts)] == shorts:
        return True
    return len(shorts) >= 2 and f" {short} " in f" {name} "


# "… (Bundesministerium …) in Bonn.": a seat after the name, one or two capitalised words, a
# country after a comma, and the sentence's end.
_SEAT_NOTE = re.compile(rf" in {_WORD}(?: {_WORD})?(?:, {_WORD}(?: {_WORD})?)?[.!]?")


def _bare_name(sentence: str, identity: Identity) -> Mention | None:
    """A sentence that is a name, with notes after it ("X (NERC), itself part of Y")."""
    found = _NAME.match(sentence)
    if not found or _VERB_FIRST.match(sentence) or _NOT_PARENT_LEAD.match(sentence):
        return None
    rest = _after_when(sentence[found.end() :])
    if _SEAT_NOTE.fullmatch(rest):
        rest = ""  # "X (gloss) in Bonn.": the parent's seat, no verb after the name
    if re.match(r"\A [a-z]", rest) or (rest.startswith(",") and _is_self(found["name"], identity)):
        return None  # a sentence ("ISRO operates under ...", "JAXA, a unit of ...")
    mention = _name_at(sentence) or _dash_glossed(found["name"], rest)
    if mention and any(same_name(mention.name, name) for name in _self_names(identity)):
        return None
    return mention


# "X (Paris), of which the IPM is a filiale since 1927": a relative clause after the name.
_OF_WHICH = re.compile(
    r",? of which (?P<subject>[^,;.]{1,60}?) (?P<verb>is|was|has been|became) (?P<what>[^,;.]{1,80})"
)
_OF_WHICH_END = re.compile(r"\s(?:since|from|until|in|for|under|by)\s")  # "under the agreement of 1946": an instrument


def _of_which(sentence: str) -> re.Match[str] | None:
    found = _NAME.match(sentence)
    return _OF_WHICH.match(sentence, found.end()) if found else None


def _of_which_other(sentence: str, identity: Identity) -> bool:
    """A name, then "of which" and another body as the clause's subject: not our parent."""
    clause = _of_which(sentence)
    return clause is not None and not _is_self(clause["subject"], identity)


def _of_which_parent(sentence: str, identity: Identity) -> Mention | None:
    """ "Institut Pasteur (Paris), of which the IPM is a filiale since 1927.": the name before a
    relative clause whose subject is the organization and whose words are a parent cue ("a
    filiale", "a subsidiary", "part") is its parent; read as "<subject> is <what> of <name>"."""
    clause = _of_which(sentence)
    if clause is None or not _is_self(clause["subject"], identity):
        return None
    what = clause["what"]
    end = _OF_WHICH_END.search(what)
    what = what[: end.start()] if end else what
    parents = _cued(f"{clause['subject']} {clause['verb']} {what} of {sentence[: clause.start()]}", identity)
    return parents[0] if parents else None


# A native-script name and its brackets, then nothing, or only a note after a mark ("内閣府
# (Naikakufu, Cabinet Office).", "經濟部 (Ministry of Economic Affairs, MOEA) – the supervising ...").
_NATIVE_GLOSSED = re.compile(r"(?P<native>[^()\n]{1,40}?) ?\((?P<inner>[^()]{1,200})\)(?:\s?[.;,–—-]|\Z)")
# Where a piece of the brackets starts: their start, or after a comma or semicolon.
_PIECE_START = re.compile(r"(?:\A|[,;]\s)")


def _native_glossed(sentence: str, identity: Identity) -> Mention | None:
    """A name in a script without capitals, glossed in its brackets by a romanisation, the
    English name and an acronym ("国際連合 (Kokusai Rengō, United Nations)", "경제·인문사회연구회
    (Gyeongje·Inmunsahoe Yeonguhoe, National Research Council for ..., Humanities ...; NRC)"):
    the English name is the last name in the brackets that covers whole pieces and has two
    words or more (a one-word romanisation is never taken); only acronyms may follow it."""
    found = _NATIVE_GLOSSED.match(sentence.strip())
    if not found or not is_native_script(found["native"].strip()):
        return None
    inner = found["inner"].strip()
    names: list[str] = []
    acronym: str | None = None
    at = 0
    while at < len(inner):
        piece = _PIECE_START.match(inner, at)
        start = piece.end() if piece else at
        name = _NAME.match(inner, start) if piece else None
        end = name.end() if name else -1
        if name and not name["note"] and (end == len(inner) or inner[end] in ",;"):
            if is_acronym(name.group()):
                acronym = acronym or name.group()
            elif acronym is None:  # a name after the acronym is a note, not the English name
                names.append(name.group())
            at = end
            continue
        marks = [i for i in (inner.find(",", start + 1), inner.find(";", start + 1)) if i != -1]
        at = min(marks, default=len(inner))  # a piece that is no name: the next one
    mention = _name_at(names[-1]) if names else None
    if mention is None or len(mention.name.split()) < 2:
        return None
    # the same name only, not a short form: "国際連合 (…, United Nations)" under "United Nations University"
    own = [found["native"].strip(), mention.name]
    if any(same_name(name, self_name) for name in own for self_name in _self_names(identity)):
        return None
    return Mention(mention.name, "organization", acronym)


def _sentence_case_glossed(sentence: str, identity: Identity) -> Mention | None:
    """ "Izglītības un zinātnes ministrija (Ministry of Education and Science) – supervising
    ministry": a name in another language written in sentence case, its head noun anywhere, then
    brackets that gloss it as an English organization's name. The gloss vouches for the name, as
    it does for a one-word native name; a phrase with an English function word or verb is a
    clause ("Supervised by the ministry (Ministry of X)"), never a name."""
    found = _NATIVE_GLOSSED.match(sentence.strip())
    if not found:
        return None
    native = found["native"].strip()
    words = native.split()
    if (
        not 2 <= len(words) <= 8
        or not _SENTENCE_CASE.fullmatch(native)
        or any(w.casefold() in _english_words() for w in words)
        or not _glosses_organization(found["inner"])
        or is_office(native)
        or is_person(native)
        or _is_self(native, identity)
    ):
        return None
    return Mention(native, "organization", None)


# A gloss after a spaced dash or "i.e.": "Kulturministeriet – Ministry of Culture", "…, i.e. the …".
_GLOSS_AFTER = re.compile(r"\s?[-–—]\s|,\s(?:i\.\s?e\.|that is),?\s")


def _dash_glossed(name: str, rest: str) -> Mention | None:
    """A one-word native name whose English gloss follows a dash or "i.e." and is the rest of
    the sentence ("Kulturministeriet – Ministry of Culture")."""
    found = _GLOSS_AFTER.match(rest)
    if not found or not re.fullmatch(_WORD, name) or not _glosses_organization(rest[found.end() :].rstrip(" .")):
        return None
    return Mention(name, "organization", None)


_SENTENCE_CASE = re.compile(rf"{_UPPER}[\w'’-]*(?: [\w'’-]+){{1,7}}")


@cache
def _english_words() -> frozenset[str]:
    """Function words and finite verbs: a phrase holding one is an English clause."""
    return frozenset(w for (w,) in (*lexicon.table("function-words"), *lexicon.table("sentence-verbs")))


def _sentence_case_name(sentence: str, identity: Identity) -> Mention | None:
    """ "Services du Premier ministre", "Centre d'analyse stratégique": a whole field that is
    a name written in sentence case in a language other than English (lowercase words after
    its head noun, glued by "du", "de", "della"…). Only a phrase opened by an organization's
    head noun, with a glue word of its own language and no English function word or verb:
    "Attached to the Prime Minister" and "Placé sous l'autorité du Premier ministre" are
    clauses, never names."""
    text = sentence.strip().removesuffix(".")
    if not _SENTENCE_CASE.fullmatch(text):
        return None
    words = [re.sub(r"^[a-z]['’]", "", w) for w in text.split()]
    glue = lexicon.glue_words()
    english = _english_words()
    elided = any(re.match(r"[a-z]['’]", w) for w in text.split()[1:])  # "d'analyse", "l'économie"
    if (
        words[0] not in lexicon.org_head_words()
        or not (elided or any(w in glue and w not in english for w in words[1:]))
        or any(w.casefold() in english for w in text.split())
        or words[-1] in glue
    ):
        return None
    if is_office(text) or is_person(text) or _governing_body(text) or _is_self(text, identity):
        return None
    return Mention(text, "organization", None)


# Words before a cue in a field that leaves its subject out: "Operates under", "Wholly owned
# by", "A public company linked to", "Constituent body of", "Is a unit of" (lowercase after
# the first word, no comma, at most four words).
_IMPLIED_SUBJECT = re.compile(r"[A-Za-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3} ?")
_NAMED_SUBJECT = re.compile(r"(?!(?:It|This|That|Its)\b)[A-Z][\w'’-]* (?:is|was|are|were|has|had|remains)\b")
# A label before the parent's name: "Parent: Alphabet Inc.", "Parent organisation – Nokia Oyj".
_LABEL = re.compile(r"(?:[Pp]arent(?: (?:organi[sz]ation|body|company|agency|ministry))?) ?[:–—-] ?")
# A bare "name" that is a sentence with its subject left out: "Attached to the Ministry ...".
_VERB_FIRST = re.compile(
    r"[A-Z][a-z]+(?:ed|s|ing) (?:to|by|under|within|with|into)\b|[A-Z][a-z]+ (?:to|by|under|within|into) (?:the|an?)\s"
)

# The coordinated aside between a cue and its object: ", and accountable to Parliament through, ".
_SHARED_OBJECT_ASIDE = re.compile(r",\s(?:and|or)\s[^,;()]{1,80}?,\s")

# Between two parents of one clause: "X and operates under Y", "X and is responsible to Y".
_AND_AGAIN = re.compile(r"(?:\s*\([^()]*\))?,?\s+and\s+(?:[a-z]+\s+){0,3}")


def _chained_under(clause: str, after: int, cue: re.Match[str]) -> bool:
    """ "an agency of the Government of X under the Ministry of Y": an "under" cue
    right after the first parent's name (a space between) names the body below it that holds
    the organization; both are read."""
    return cue["cue"].startswith("under") and clause[after : cue.start()].isspace()


# "the national Department of X", "the federal Ministry of Y": a lowercase adjective of a
# government's level (lexicon/government-level-words.csv) between the article and the name.
_LEVEL_BEFORE_NAME = re.compile(
    rf"(?:[Tt]he\s)?(?:{lexicon.alternation(lexicon.government_level_words())})\s(?={_UPPER})"
)


def _overlapping_cue_end(clause: str, cue: re.Match[str]) -> int:
    """Where the name after ``cue`` starts: "placed under the supervision of the X" holds two
    cues sharing "under" ("placed under", "under the supervision of"); the longer one that
    starts inside the first and ends after it reaches the name."""
    end = cue.end()
    for word in re.finditer(r"\s(?=\S)", clause[cue.start() : cue.end()]):
        inner = _PARENT_CUE.match(clause, cue.start() + word.end())
        if inner is not None and inner.end() > end:
            end = inner.end()
    return end


def _cued(sentence: str, identity: Identity) -> list[Mention] | None:
    """The parents after a cue, in a clause whose subject is the organization itself; a
    second cue joined by "and" adds another ("belongs to X and operates under the auspices of Y").
    None when no parent follows a cue (the clause may then be a bare name: "Department of
    Fisheries"); [] when a post follows one ("reports to the Minister for ..."): no parent at all."""
    end = _CLAUSE_END.search(sentence)
    clause = sentence[: end.start()] if end else sentence
    found: list[Mention] = []
    after = -1  # where the last parent's name ended
    unnamed = -1  # where a cue with no name after it ended ("a department of the Government")
    for cue in _PARENT_CUE.finditer(clause):
        if found:
            between = _AND_AGAIN.fullmatch(clause, after, cue.start()) or _chained_under(clause, after, cue)
            if not between:
                continue
        elif unnamed >= 0:
            later = _later_clause_parent(clause, unnamed, cue, identity)
            if later is None:
                return None
            name = _NAME.match(clause, cue.end())
            after = name.end() if name else cue.end()
            found.append(later)
            continue
        before = clause[: cue.start()]
        if not found and _HEDGED.search(before):
            return []  # planned, reported or hypothetical: no parent (parent_findings says so)
        if _negated(clause, cue) or before.count("(") > before.count(")"):
            # inside brackets the cue describes the name before them: "IBM Research (global
            # research division of IBM Corporation)" names IBM Research's parent, not ours
            continue
        # "Operates under ...", "Wholly owned by ..."; never "Globex is ..." (a named subject)
        implied = (
            _IMPLIED_SUBJECT.fullmatch(before)
            and not _NAMED_SUBJECT.match(before)
            and not _named_verb(before + cue["cue"])
        )
        if (
            not found
            and before.strip()
            and not implied
            and not _is_self(_subject(before), identity)
            and not _defined_self(before, identity)
        ):
            return None  # another organization's relation: not ours to read
        start = _overlapping_cue_end(clause, cue)
        if clause.startswith(",", start):
            aside = _SHARED_OBJECT_ASIDE.match(clause, start)
            if aside is None:
                continue
            start = aside.end()
        level = _LEVEL_BEFORE_NAME.match(clause, start)
        start = level.end() if level else start  # "reports to the national Department of X"
        mention = _group_member(clause[start:]) or _name_at(clause[start:]) or _national_state(clause[start:])
        mention = _glossed_longer(clause[start:], mention, identity)
        if mention and _treaty_named(mention.name):
            return None  # "operates within the framework of the Convention on …": an instrument
        if not mention or any(same_name(mention.name, name) for name in _self_names(identity)):
            post = _candidate(clause[start:])
            if not found and post and (is_office(post[0]) or is_person(post[0])):
                return []
            if not found and mention is None and _GENERIC_OBJECT.match(clause, start):
                unnamed = cue.end()  # "a department of the Government": maybe a later cue names it
                continue
            return found or None
        name = _NAME.match(clause, start)
        after = name.end() if name else cue.end()
        found.append(mention)
    return found or None


# A cue's object in sentence case, glossed in brackets ("exercised by the Bộ Tài chính
# (Ministry of Finance) since 2025"): the name runs to the brackets, whatever follows them.
_GLOSSED_OBJECT = re.compile(r"(?:the\s+)?(?P<native>[^()\n,;]{1,60}?) \((?P<inner>[^()]{1,200})\)")


def _glossed_longer(text: str, mention: Mention | None, identity: Identity) -> Mention | None:
    """The sentence-case name glossed in brackets at the start of a cue's object, where the
    capitals-only name stops short of it ("Bộ Tài" of "Bộ Tài chính (Ministry of Finance)");
    else ``mention``. The gloss vouches for the name as in ``_sentence_case_glossed``."""
    found = _GLOSSED_OBJECT.match(text)
    if not found or mention is None or found["native"] == mention.name:
        return mention
    native = found["native"].strip()
    if not native.startswith(mention.name + " "):
        return mention
    glossed = _sentence_case_glossed(f"{native} ({found['inner']})", identity)
    return glossed or mention


# "the Government, and today it ": the object of a cue that names no body, then a clause of the
# organization's own ("it", "we", "the observatory").
_SELF_AGAIN = re.compile(
    r"(?:the\s+)?[A-Za-z][\w-]*,\s+and\s+(?:[a-z\d]+\s+){0,2}(?:"
    + lexicon.alternation(sorted({"it", *lexicon.first_person_words("subject")}))
    + r")\s+(?:[a-z]+\s+){0,3}"
)
# A cue's object that is no name: "the Government", "the state", "the city" (capitalised or not).
_GENERIC_OBJECT = re.compile(r"(?:the\s+)?[A-Za-z][\w-]*,\s+and\s")


def _later_clause_parent(clause: str, unnamed: int, cue: re.Match[str], identity: Identity) -> Mention | None:
    """ "…, and today it comes under the Bureau": after a cue that named no body, a later cue
    counts only in a clause of its own whose subject is the organization again."""
    between = _SELF_AGAIN.fullmatch(clause, unnamed, cue.start())
    if not between or _HEDGED.search(between.group()) or _negated(clause, cue):
        return None
    mention = _name_at(clause[cue.end() :])
    return None if mention is None or _is_self(mention.name, identity) else mention


@cache
def _treaty_words() -> frozenset[str]:
    return frozenset(word for word, role in lexicon.table("legislation-cues") if role == "treaty")


def _treaty_named(name: str) -> bool:
    """ "Convention on Nordic Grids", "Treaty of Rome": an instrument the cue names, no body."""
    words = name.split()
    return len(words) > 2 and words[0] in _treaty_words() and words[1] in {"on", "of", "between", "for", "concerning"}


# "Globex falls ", "Initech sits ": a capitalised word, then a verb in the third person.
_NAME_THEN_VERB = re.compile(r"(?P<first>[A-Z][\w'’-]*) [a-z]{2,20}[^s\W]s(?: |\Z)")


def _named_verb(before: str) -> bool:
    """ "Globex falls within …", "Initech reports to …" (``before`` with the cue): another
    organization, named before its verb, is the subject; never an adverb or a function word
    ("Currently operates under", "Also reports to")."""
    found = _NAME_THEN_VERB.match(before)
    if not found:
        return False
    first = found["first"].lower()
    return not (first.endswith("ly") or first in _english_words() or first in lexicon.subject_time_adverbs())


def _subject(before: str) -> str:
    """The words before the verb: "JAXA is a ... agency" → "JAXA"; "The commission was" → "The commission"."""
    before = before.strip()
    found = _SELF_REFERENCE.match(before) or _NAME.match(before)
    if not found:
        return before
    return found["name"] if "name" in found.re.groupindex else found.group()
