"""Partners: member organizations and partner categories.

Bullets and semicolons split first; a bullet or a semicolon item is one partner unless it
is itself a list ("A, B and C"). Inside a list, commas and "and" split only as
``names.list_pieces`` allows (legal forms, enumerations inside a name, "&"). Each piece is
then an organization (a proper name, one word included: "Siemens"), a partner category (a
common-noun phrase: "leading universities") or, when it is neither (a sentence, a
fragment), nothing.
"""

from __future__ import annotations

import re

from orgkg.model import Fact, Field, Identity, Member, PartnerCategory

from . import lexicon
from .names import NameKind, is_acronym, is_country, list_pieces, name_problem, org_mention
from .reader import ReaderResult
from .text import clean, sentences, split_top_level, strip_article, strip_lead_in, strip_notes, unique

# "... works (closely) with", "Partners include", "Members are": the words before a list.
_PREAMBLE = re.compile(
    r"^(?:[^,;:]{0,80}?\b(?:works|worked|partners|partnered|collaborates|collaborated|cooperates|cooperated)"
    r"\s+(?:\w+ly\s+)?with\s+|with\s+)",
    re.I,
)
# "HEAD including / such as / for example / among them LIST": a category and its members.
_CUE = re.compile(
    r"^(?P<head>(?:[^;:\s]+\s+){0,20}?)(?:including|includes|include|such as|notably|for example|for instance"
    r"|e\.g\.|among them|among whom|namely|are|comprise|comprising)(?::\s*|,\s*|\s+)(?P<list>[^\s;,:][^;]*)$",
    re.I,
)
# "Industry partners (e.g., Shell, BP plc)": a list inside brackets names members of the head.
_BRACKETED_LIST = re.compile(r"\((?:e\.g\.|including|such as|for example|notably|among them)(?P<list>[^()]*)\)", re.I)
_AND = re.compile(r"(?:^|\s)and\s", re.I)
# Function words that may sit inside a category ("other federal agencies").
_CATEGORY_GLUE = frozenset({"and", "of", "for", "in", "on", "at", "other", "various", "the", "a", "an"})
_GENERIC_HEADS = frozenset({"partners", "members", "its partners", "its members", "partners and members"})


def read_partners(field: Field, _: Identity) -> ReaderResult:
    facts: list[Fact] = []
    bullets = [item.text for item in field.items if item.bullet]
    chunks = bullets or [part for sentence in sentences(field.text) for part in split_top_level(sentence, ";")]
    single = len(chunks) > 1
    for chunk in chunks:
        chunk = _PREAMBLE.sub("", strip_lead_in(clean(chunk)))
        for inner in _BRACKETED_LIST.finditer(chunk):
            facts.extend(_partners(inner["list"].lstrip(" ,:"), single_item=False))
        chunk = _BRACKETED_LIST.sub("", chunk)
        listed = False
        # "Members are national standards bodies, one per country — for example A, B and C".
        for _attempt in range(3):
            cue = _CUE.match(chunk)
            if not cue:
                break
            head = _category(split_top_level(cue["head"], ",")[0] if cue["head"] else "")
            facts.extend([PartnerCategory(head)] if head else [])
            chunk, listed = cue["list"], True
        facts.extend(_partners(chunk, single_item=single and not listed))
    return unique(facts), None


def _partners(text: str, *, single_item: bool) -> list[Fact]:
    """The members and categories of one list (or one item: "X, Dubna" is X, located)."""
    text = _PREAMBLE.sub("", clean(text))
    pieces = list_pieces(text)
    commas = split_top_level(text, ",")
    if single_item and len(pieces) > 1 and len(commas) > 1 and not any(_AND.search(p) for p in commas[1:]):
        pieces = pieces[:1]  # "Joint Institute ..., Dubna (observer)": the rest is a note
    facts: list[Fact] = []
    for piece in pieces:
        if is_country(strip_notes(piece)) and len(pieces) > 1:
            continue
        found = org_mention(piece)
        if found:
            facts.append(Member(found))
            continue
        label = _category(piece)
        if label:
            facts.append(PartnerCategory(label))
    return facts


def _category(text: str) -> str | None:
    """A common-noun phrase of up to eight words ("leading universities", "Leading U.S.
    companies in manufacturing"), else None."""
    label = strip_notes(re.sub(r"^with\s+", "", clean(text).strip(" ,—–-"), flags=re.I))
    words = label.split()
    if not 1 <= len(words) <= 8 or label.lower() in _GENERIC_HEADS or re.search(r"\d", label):
        return None
    if any(w.lower() in lexicon.sentence_verbs() | lexicon.function_words() - _CATEGORY_GLUE for w in words):
        return None
    if name_problem(label, NameKind.ORGANIZATION) is None or any(
        w[0].isupper() and not (is_acronym(w) or "." in w) for w in words[1:]
    ):
        return None
    return strip_article(label) if len(words) > 1 or label.lower() in lexicon.partner_category_words() else None
