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
from dataclasses import replace
from functools import cache
from itertools import pairwise

from orgkg.model import Fact, Field, Identity, Item, Member, MemberOf, Mention, PartnerCategory

from . import lexicon
from .names import (
    NameKind,
    is_acronym,
    is_complete_name,
    is_country,
    is_proper_name,
    is_subdivision,
    list_pieces,
    name_problem,
    org_mention,
    owner_names,
    same_name,
    same_written_name,
    strip_dash_note,
)
from .reader import ReaderResult
from .sentences import abbreviation, ends_sentence
from .status import status_of_text
from .text import (
    clean,
    labelled_lines,
    list_lines,
    numbered,
    pipe_tables,
    semicolon_lists_closed,
    sentences,
    split_items,
    split_top_level,
    split_words_top_level,
    strip_article,
    strip_lead_in,
    strip_notes,
    unique,
    unmarked_lines,
    without_addition_lead,
    without_tables,
    without_unreal,
)

# "... works (closely) with", "Partners include", "Members are": the words before a list.
_PREAMBLE = re.compile(
    r"^(?:[^,;:]{0,80}?\b(?:works|worked|partners|partnered|collaborates|collaborated|cooperates|cooperated)"
    r"\s+(?:\w+ly\s+)?with\s+|with\s+"
    # "delivers its services under contracts with" (lexicon/partner-tie-lead-nouns.csv)
    rf"|[^,;:]{{0,80}}?\b(?:{lexicon.alternation(w for (w,) in lexicon.table('partner-tie-lead-nouns'))})\s+with\s+"
    # "Funded jointly by", "jointly funded by", "a collaboration between", "in partnership with"
    r"|[^,;:]{0,80}?\b(?:(?:funded|supported|sponsored|financed)\s+(?:\w+ly\s+)?by"
    r"|(?:collaboration|partnership|cooperation|joint venture)\s+(?:between|of|with)"
    r"|founded\s+by|(?:made\s+up|composed|consists|consisting)\s+of|brings\s+together|bringing\s+together|(?:grants?|funding|donations?)\s+from)\s+)",
    re.I,
)
# "HEAD including / incl. / e.g. / such as / among them LIST": a category and its members
# (lexicon/partner-list-cues.csv).
_CUE = re.compile(
    r"^(?P<head>(?:[^;:\s]+\s+){0,20}?)"
    rf"(?P<cue>{lexicon.alternation(c.cue for c in lexicon.partner_list_cues())})"
    r"(?::\s*|,\s*|\s+)(?P<list>[^\s;,:][^;]*)$",
    re.I,
)
# ": the sabre was …": a colon before a lowercase word opens an explanation, no list item.
_EXPLANATION = re.compile(r":\s(?=[a-z])")
_CUE_KINDS = {c.cue: c.kind for c in lexicon.partner_list_cues()}
# "works w/ county govts": a note-taker's "w/" is "with" ("w/o" is not).
_WITH_SHORT = re.compile(r"(?<!\S)w/(?=\s)", re.I)
# "Industry partners (e.g., Shell, BP plc)": a list inside brackets names members of the head.
_BRACKETED_LIST = re.compile(r"\((?:e\.g\.|including|such as|for example|notably|among them)(?P<list>[^()]*)\)", re.I)
_AND = re.compile(r"(?:^|\s)and\s", re.I)
_QUOTED = re.compile(r"[\"“”«»]")
# "Loans and joint exhibitions have been organized with ...": a lowercase lead before "with".
_WITH = re.compile(r"\bwith\s")
# "the Comitato Elettrotecnico Italiano (CEI) for electrotechnical matters": after a bracket,
# a lowercase phrase is a note about the partner.
# "… Hockey North (full list on their site) federal funding via X": a bracket after the last
# piece, then lowercase words that join nothing, ends the list too (a wrapped next line).
_NOTE_AFTER_BRACKET = re.compile(
    r"\)\s(?:(?:for|in|on|as|with|to)\s[a-z]|(?!(?:and|or|plus|as|with|to)\s)[a-z]+\s[a-z])"
)
# "NASA, ESA and JAXA on the mission": a lowercase phrase after a name is a note about it.
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_NAME_NOTE = re.compile(r"\s(?:on|for|in|during|under|through|since)\s")
# "Nigeria often speaking for the rest": a participle (perhaps after one adverb) and its
# preposition open a note about the name too.
_PARTICIPLE_NOTE = re.compile(r"\s(?=(?:[a-z]{2,12}\s)?[a-z]{2,20}ing\s(?:for|with|on|in|as|to|at|from)\s)")


def _past_verb_phrase(cue: re.Match[str]) -> bool:
    """ "Visits were exchanged by curators": after "were", a lowercase word other than an
    article opens a verb phrase, not a list of names ("were the A Society, B and C")."""
    first = cue["list"].split(" ", 1)[0]
    return cue[0][len(cue["head"]) :].lower().startswith("were") and first.islower() and first not in _DETERMINERS


# "A and, from the 1890s, B", "A or, after 1945, B": a time aside after the last joiner.
_TIME_ASIDE = re.compile(r"\s(?P<joiner>and|or),\s(?:from|since|after|until|by|in|later)\s[^,;()]{1,40},\s")
# A category may name a place or network after a preposition ("universities in Mexico").
_CATEGORY_PREPOSITION = lexicon.category_prepositions()
# Function words that may sit inside a category ("other federal agencies").
_CATEGORY_GLUE = frozenset({"and", "of", "for", "in", "on", "at", "other", "various", "the", "a", "an"})
_COUNT_AND = re.compile(r"\s(?:and|plus)\s(?=\d)")
_COUNTED = re.compile(
    # "~120 national partner organisations": a forum writer's tilde is "about"
    r"^(?:about\s|some\s|over\s|more than\s|~\s?)?\d{1,3}(?:,\d{3})*\+?\s+(?P<rest>[A-Za-z].{0,120})$",
    re.I,
)
_DETERMINERS = lexicon.determiners()
# A time adverb opening a list's head is no part of the category ("Later shareholders included").
_TIME_ADVERBS = frozenset({"later", "earlier", "former", "past", "current", "today", "now", "formerly", "currently"})
_POSSESSIVE = re.compile(r"\w['’]s?$")
_GENERIC_HEADS = frozenset(
    {"partners", "members", "its partners", "its members", "partners and members", "members and partners"}
    | {"collaborators", "key partners", "main partners", "major partners", "principal partners", "partner"}
)


# Nouns that make a category of states ("Member states", "Partner States", "Member
# countries"): the countries listed under it are the members, not places of other members.
_STATE_NOUNS = frozenset({"states", "countries", "nations"})
_MEMBERSHIP_WORDS = frozenset({"member", "members", "partner", "partners"})
# "other", "further", "additional" (lexicon/partner-other-words.csv): a class beside partners
# named before it; the word is no part of the class.
_OTHER_WORDS = frozenset(word for (word,) in lexicon.table("partner-other-words"))
# "Various universities worldwide" (lexicon/partner-vague-quantifiers.csv): the vague
# quantifier is no part of the class.
_VAGUE_WORDS = frozenset(word for (word,) in lexicon.table("partner-vague-quantifiers"))
_MULTIPLIER_WORDS = frozenset(row[0] for row in lexicon.table("multipliers"))
_EXPLETIVES = frozenset(word for (word,) in lexicon.table("partner-expletive-subjects"))


def _expletive_dropped(chunk: str) -> str:
    """ "There are 56 member countries" → "56 member countries": an empty subject before the
    copula is no class and no partner; the words after the copula are read alone."""
    cue = _CUE.match(chunk)
    if cue and _CUE_KINDS[cue["cue"].lower()] == "copula" and clean(cue["head"]).lower() in _EXPLETIVES:
        return str(cue["list"])
    return chunk


def _bullets_and_headings(field: Field, identity: Identity) -> tuple[list[str], list[str | None]]:
    """The bullets of ``field`` and the classes its headings ("Label:" lines) name."""
    # "- A – the Bank is one of its member banks": the organization itself is A's member.
    bullets = [_member_gloss_read(line, identity) for line in list_lines(field)]
    heading_lines = [
        item.text
        for item in field.items
        if not item.bullet and numbered(item) is None and item.text.rstrip().endswith(":")
    ]
    # "The Partner States:" above the bullets: the category the bullets belong to.
    # "Member States (12):", "Network memberships declared:": a count in brackets and a form's
    # closing participle are no part of the class.
    # "Yes, for example:", "Yes:" (an FAQ's answer above its bullets): an answer word is no class.
    headings = [
        None
        if _answer_heading(text)
        else _category(_attribution_dropped(_form_label(text)))
        or _states_label(_form_label(text))
        or _tie_heading_category(text)
        for text in heading_lines
    ]
    # "Joint-venture partners were:" above "- A — B (C), 50%": each bullet names the partner,
    # then after the dash the venture held with it, which is no partner.
    if any(_VENTURE_HEADING.search(text) for text in heading_lines):
        bullets = [_venture_partner(line) for line in bullets]
    # "- UPS: primary air-cargo contractor", "- X Bank: Rs 2.5cr (50%)": one partner named
    # before the colon, then what it does or holds; the gloss names no partner.
    return [_dash_glossed_bullet(_glossed_bullet(line)) for line in bullets], headings


# "A – the Bank is one of its member central banks", "B (BC): Unilever was one of its founding
# members in 2004", "C – it has been a member since 2000": after a bullet's name, a spaced dash
# or a colon, then a subject, a copula and "member(s)" not followed by "of" (a membership of
# something else: "is a member of its board").
_GLOSS_NAME = re.compile(r"(?P<name>[^:;–—]{2,160}?)(?:\s[–—-]\s|:\s)")
_GLOSS_MEMBERSHIP = re.compile(
    r"(?P<subject>[^,;:()]{1,60}?)\s(?:is|was|has\sbeen|had\sbeen|became|has\sbecome|remains|remained)\s"
    r"(?:(?:also|still|now)\s)?(?:one\sof\s(?:its|the)\s|an?\s)?(?:[a-z-]{2,20}\s){0,2}?members?\b(?!\s(?:of|to|for)\b)"
)


def _member_gloss_read(line: str, identity: Identity) -> str:
    """ "Star Alliance – Singapore Airlines has been a member since 2000" as "a member of Star
    Alliance": a bullet naming one organization, then (after a spaced dash or a colon) a gloss
    whose subject is the organization itself (``_subject_is_itself``) and whose copula makes it
    a member. Another subject ("Chile is one of its members"), a class before the dash, or
    "member of" in the gloss leave the line as it is."""
    text = clean(line)
    found = _GLOSS_NAME.match(text)
    if not found:
        return line
    name = strip_notes(found["name"])
    said = _GLOSS_MEMBERSHIP.match(text, found.end())
    if said is None or not _subject_is_itself(said["subject"], identity) or _is_itself(name, identity):
        return line
    if org_mention(name) is None or _category(name) or _bullet_category(name):
        return line
    return f"a member of {found['name'].strip()}"


# "ELIXIR – the European infrastructure for life-science data, whose hub is …": a gloss after a
# spaced dash that opens with a lowercase word (or, after a class, a count) other than a list's cue.
_DASH_GLOSS = re.compile(r"(?P<name>[^:;–—]{2,160}?)\s[–—-]\s(?P<gloss>[a-z0-9]\S*)")
_GLOSS_LIST_LEADS = frozenset(word for (word,) in lexicon.table("partner-gloss-list-leads"))


def _dash_glossed_bullet(line: str) -> str:
    """ "ELIXIR – the European infrastructure for life-science data, whose hub is hosted on the
    X Campus" → "ELIXIR": a bullet whose words before a spaced dash are one organization's
    name (an acronym, or more than one word) and whose gloss opens in lowercase says what that
    partner is; the gloss names no partner. "Allied military authorities – handled relief …",
    "Member governments – 44 at the founding": before the dash a class (a capital first, then
    lowercase words), read as written; its gloss, opened in lowercase or by a count, names
    nothing. A gloss opened by a list's cue ("e.g.", "such as", partner-list-cues.csv) or a
    word going on with a list ("with", partner-gloss-list-leads.csv) stays."""
    text = clean(line)
    found = _DASH_GLOSS.match(text)
    if not found:
        return line
    name, gloss = found["name"].strip(), text[found.start("gloss") :]
    bare = strip_notes(name)
    cue = _CUE.match(gloss)
    if (cue and not cue["head"].strip()) or gloss.split()[0].lower() in _GLOSS_LIST_LEADS:
        return line
    if _members_label(line) or _state_category(line) or _GLOSS_NAME.match(bare):
        return line
    words = bare.split()
    if _bullet_category(bare) or (_category(bare) and len(words) > 1 and all(w.islower() for w in words[1:])):
        return name if ":" not in gloss else line
    # "Braun – appliances designed with A and B students": a one-word name (no class) is
    # glossed like a longer one; what the gloss names is no partner.
    if gloss[:1].isdigit():
        return line
    if org_mention(bare) is None or _category(bare) or " and " in bare or "," in bare:
        return line
    return name


_LIST_GLOSS_WORDS = lexicon.table("partner-list-gloss-words")
_FIRM_HEADS = frozenset(w for w, kind in _LIST_GLOSS_WORDS if kind == "firm")
_STATE_HEADS = frozenset(w for w, kind in _LIST_GLOSS_WORDS if kind == "state")
_MEMBERSHIP_GLOSS_WORDS = frozenset(w for w, kind in _LIST_GLOSS_WORDS if kind == "membership")
_GLOSS_PHRASE_STOPS = (
    frozenset(w for w, kind in _LIST_GLOSS_WORDS if kind == "stop")
    | lexicon.glue_words() - _DETERMINERS
    | _CATEGORY_PREPOSITION
)
_GLOSS_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _gloss_phrase(clause: str) -> list[str]:
    """ "the five sovereign member countries; …" → ["the", "five", "sovereign", "member",
    "countries"]: the gloss's opening words (lowercase) up to a punctuation mark, a
    preposition, a relative pronoun or anything that is no word."""
    phrase: list[str] = []
    for word in clause.split()[:12]:
        bare = word.rstrip(",.;:")
        if not _GLOSS_WORD.fullmatch(bare) or (phrase and bare.lower() in _GLOSS_PHRASE_STOPS):
            break
        phrase.append(bare.lower())
        if bare != word:
            break
    return phrase


def _plain_list_pieces(names: str) -> list[str]:
    """ "A, B, C and D" → [A, B, C, D]: the pieces between commas, the last parted at its
    "and" unless it is one country ("Trinidad and Tobago")."""
    pieces = [clean(p).removeprefix("and ") for p in split_top_level(names, ",")]
    last = pieces[-1]
    if " and " in last and not _known_country(last):
        pieces[-1:] = [p.strip() for p in last.split(" and ", 1)]
    return pieces


def _list_gloss_read(line: str) -> list[Fact] | None:
    """ "- A, B, C and D – the contracting partnership that built …": a list before a spaced
    dash whose gloss opens with an article and a singular head noun of one business
    (partner-list-gloss-words.csv, firm) and no count is one firm's name, the one partner.
    "- A, B and C – the three member countries", "- A and B – autonomous territories with their
    own representation": every piece a country or territory, the gloss's head a plural class of
    them (state) and its first clause a word of membership: each country is a member; a count
    that is not the number of pieces reads nothing. ``None``: the bullet is read as usual."""
    text = clean(line)
    found = _DASH_GLOSS.match(text)
    if not found:
        return None
    names = found["name"].strip()
    if "," not in names and " and " not in names:
        return None
    clause = text[found.start("gloss") :].split(";")[0]
    phrase = _gloss_phrase(clause)
    counts = [lexicon.number_words()[w] for w in phrase if w in lexicon.number_words()]
    head = phrase[-1] if len(phrase) > 1 else ""
    pieces = _plain_list_pieces(names)
    if len(pieces) < 2 or not all(p[:1].isupper() for p in pieces):
        return None
    if head in _FIRM_HEADS and phrase[0] in {"the", "a", "an"} and not counts:
        # "Peto, Brassey and Jackson – the partnership …": short names of its partners, no country
        if any(len(p.split()) > 3 or _known_country(p) for p in pieces):
            return None
        named = org_mention(names)
        return [Member(named)] if named else None
    if head in _STATE_HEADS and all(_known_country(p) for p in pieces):
        clause_words = {w.strip(",.").lower() for w in clause.split()}
        if not clause_words & _MEMBERSHIP_GLOSS_WORDS:
            return None
        if any(count != len(pieces) for count in counts):
            return []
        # "The Gambia" keeps its article (country-article-names.csv)
        members = [Mention(p) if _article_country(p) else org_mention(p) for p in pieces]
        return [Member(m) for m in members if m] if all(members) else []
    return None


_FIRM_TAILS = frozenset(w for w, kind in _LIST_GLOSS_WORDS if kind == "firm-tail")
_SUBJECT_LIST_ADVERBS = lexicon.alternation(w for w, kind in _LIST_GLOSS_WORDS if kind == "subject-adverb")
# "The London banking houses A and B, Mills and Co. acted as …", "The A and B also commissioned
# work from the school": "The", perhaps a class ending in a plural noun, the names, a past verb.
_NAMED_SUBJECTS = re.compile(
    r"\AThe\s(?:(?P<label>(?:[A-Z][a-z]{1,20}\s)?(?:[a-z][\w-]{1,20}\s){0,3}[a-z][\w-]{1,20}s)\s)?"
    rf"(?P<names>[A-Z][^;:()]{{1,160}}?)\s(?:(?:{_SUBJECT_LIST_ADVERBS})\s)?[a-z]{{2,20}}ed\s(?P<rest>.+)"
)
_SELF_OBJECT = re.compile(r"\bthe\s(?P<noun>[a-z]{3,20})(?:['’]s)?\b")


def _firm_pieces(names: str) -> list[str]:
    """ "A and B, Mills and Co." → [A, "B, Mills and Co."]: the pieces parted by "and" and
    commas, where "and" before a firm's last word (partner-list-gloss-words.csv, firm-tail)
    joins it to the name before, commas and all."""
    segments: list[tuple[str, bool]] = []
    for segment in clean(names).split(" and "):
        if segments and segment.lower() in _FIRM_TAILS:
            segments[-1] = (f"{segments[-1][0]} and {segment}", True)
        else:
            segments.append((segment, False))
    return [p for segment, firm in segments for p in ([segment] if firm else split_top_level(segment, ","))]


def _named_subjects_read(sentence: str, identity: Identity) -> list[Fact]:
    """ "The London banking houses A and B acted as the company's agents", "The A and B also
    commissioned work from the school": a bullet sentence whose subject is "The", perhaps a
    plural class, then two or three names, whose verb is in the past and whose predicate names
    the organization itself ("the company", "the school", its own name): each name is a partner.
    No article before the names (a person's name may stand there), a lowercase word among the
    names, or a predicate about someone else: nothing."""
    found = _NAMED_SUBJECTS.match(sentence.rstrip(" ."))
    if found is None:
        return []
    rest = found["rest"]
    # "the company's agents", "from the school", "to the SCC": the predicate names the organization itself
    words = {w.strip(".,;:'’") for w in rest.split()}
    itself = any(_subject_is_itself(f"the {m['noun']}", identity) for m in _SELF_OBJECT.finditer(rest)) or any(
        own in words or (" " in own and own in rest) for own in identity.own_names
    )
    pieces = [clean(p) for p in _firm_pieces(found["names"])]
    if not itself or not 2 <= len(pieces) <= 3:
        return []
    # "The banking houses A and B": the class must be one of organizations ("The designers A
    # and B" may be people): its noun, made singular, a firm word or an organization's head word.
    head = found["label"].split()[-1] if found["label"] else ""
    singulars = {
        head[: -len(plural)] + singular for plural, singular in lexicon.plural_endings() if head.endswith(plural)
    }
    if head and not any(w in _FIRM_HEADS or w.capitalize() in lexicon.org_head_words() for w in singulars):
        return []
    if any(w.islower() and w not in lexicon.glue_words() for p in pieces for w in p.split()):
        return []
    named = [org_mention(p) for p in pieces]
    if not all(m and m.name == p and not _is_itself(p, identity) for m, p in zip(named, pieces, strict=True)):
        return []
    return [Member(m) for m in named if m]


def _kind_line(line: str) -> list[str]:
    """ "Category: private carriers (PC), trucking under contract" → "private carriers": a
    line labelled by one kind word (partner-kind-words.csv) names the class before its first
    comma, without its notes; "Categories: A; B, C" (a plural kind word) names every class
    its semicolons and commas part. All the parts are classes, or none is read."""
    label, colon, rest = clean(line).partition(": ")
    if not colon or label.lower() not in _KIND_WORDS:
        return []
    rest = rest.rstrip(" .")
    plural = label.lower().endswith("s")
    parts = [p for part in split_top_level(rest, ";") for p in split_top_level(part, ",")]
    parts = [strip_notes(p) for p in (parts if plural else parts[:1])]
    found = [_category(p) if p[:1].islower() else None for p in parts]
    return [f for f in found if f] if all(found) else []


# "49% partner", "Rs 2.5cr (50%)", "$482m": a figure (perhaps after a currency word of up to
# three letters or a sign) with its unit or percent sign, opening a bullet's gloss.
_GLOSS_FIGURE = re.compile(r"(?:[A-Za-z]{1,3}\.?\s?|[$€£¥₹]\s?)?\d[\d.,]{0,12}(?:%|\s?[a-z])")
# "Cerrejón (33.3%)": a holding with the partner's share in brackets at the end.
_GLOSS_SHARE = re.compile(r"\(\d{1,3}(?:\.\d{1,2})?\s?%\)\Z")


def _glossed_bullet(line: str) -> str:
    """ "CK Hutchison: 49% partner in …" → "CK Hutchison": a bullet whose label is one
    organization's name (not a class, a kind word, a members' label) and whose words after the
    colon are a gloss — a lowercase note, a figure, or holdings each with a bracketed share —
    names that one partner. A one-word label other than an acronym is read so only before a
    figure or shares ("Industry: leading firms" stays as written)."""
    label, colon, rest = clean(line).partition(": ")
    name = strip_notes(label)
    if not (colon and rest and name) or _members_label(line) or _state_category(line):
        return line
    figure = _GLOSS_FIGURE.match(rest) is not None
    shares = all(_GLOSS_SHARE.search(part.strip()) for part in split_top_level(rest.rstrip(" .;"), ";"))
    if _category(name) and not _kind_label(name):
        # "- scheduled banks: Rs 1cr (20%)": a class's share; the class is read, no figure.
        return label if figure or shares else line
    if name.lower() in _KIND_WORDS or org_mention(name) is None:
        return line
    lowercase = rest[:1].islower() and not rest.startswith(("e.g.", "incl"))
    if len(name.split()) == 1 and not is_acronym(name) and not (figure or shares):
        return line
    return label if lowercase or figure or shares or _role_gloss(rest) else line


def _role_gloss(rest: str) -> bool:
    """ "Next Generation Delivery Vehicle (NGDV) manufacturer, contract Feb 2021": capitalised
    words closed by one lowercase role noun (no "and", no "others") say what the partner is."""
    words = strip_notes(split_top_level(rest, ",")[0]).split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1].isalpha()
        and words[-1].islower()
        and words[-1] not in {"others", "etc", "more"}
        and not any(w in {"and", "or", "&"} for w in words)
        and not any(w.islower() for w in words[:-1])
    )


_FOOTNOTE_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}")
_CLOSED_LIST_EXPLAINED = re.compile(r",?\s(?:among others|and others|inter alia|etc\.?):\s(?=[a-z])")
# "(b) partner organizations: …" (a drafter's sub-point), "→ Associate Members: …" (a
# chronicler's entry with no date): marks of layout before what a line says.
_SUBPOINT = re.compile(r"(?:^|(?<=;\s)|(?<=:\s))\((?:[a-h]|[ivx]{1,4})\)\s|^(?:→|->|⟶)\s")
_ANSWER_WORDS = frozenset(word for (word,) in lexicon.table("partner-answer-words"))


def _answer_heading(text: str) -> bool:
    """ "Yes, for example:", "No, but:": a heading opened by an answer word is no class."""
    words = re.split(r"[\s,.:;!]+", clean(text).lower(), maxsplit=1)
    return words[0] in _ANSWER_WORDS


def _line_read(line: str) -> bool:
    """Whether ``line`` may name partners: not a denied label, a sentence about one body or
    about the tie itself, a denied tie, nor a question ("Who stands with us tonight?": its
    answer follows it)."""
    text = clean(line)
    return not (
        text.endswith("?") or _denied_label(line) or _about_one_body(text) or _about_the_tie(text) or _tie_denied(text)
    )


def _one_member_of_sentence(line: str, identity: Identity) -> bool:
    """ "The VRA is also a member of the X (n. 7).": one sentence saying what it belongs to."""
    said = sentences(line)
    return len(said) == 1 and _member_of_bodies(said[0], identity) is not None


_HEDGE = re.compile(
    rf"^(?:{lexicon.spaced_alternation(phrase for (phrase,) in lexicon.table('hedge-leads'))})(?:,\s|\s)(?=\S)",
    re.I,
)
# "…members. the UK joined later": a stop, a space, then a lowercase word (a forum writer's
# sentence start); the stop ends a word of lowercase letters or a closing bracket.
_LOWERCASE_START = re.compile(r"(?<=[a-z)][.!?])\s(?=[a-z])")


def _hedge_dropped(sentence: str) -> str:
    """ "AFAIK it's a member of X" → "it's a member of X" (``_HEDGE``); else ``sentence``."""
    return _HEDGE.sub("", sentence, count=1)


# An attribution clause (lexicon/partner-attribution-words.csv) says where a list
# comes from and is no part of it: "A and B, the company says.", "…, according to its annual
# report.", "According to the bank, it works with A", "The bank says it works with A".
_ATTRIBUTION_WORDS = lexicon.table("partner-attribution-words")
_ATTRIBUTION_VERBS = lexicon.alternation(p for p, kind in _ATTRIBUTION_WORDS if kind == "verb")
_ATTRIBUTION_LEADS = lexicon.spaced_alternation(p for p, kind in _ATTRIBUTION_WORDS if kind == "lead")
# "it", "they", "the company", "its annual report", "the central bank", "HAL", "Nokia"
# "sources", "officials" (kind "source"): a bare plural source, in any position.
_ATTRIBUTION_SOURCES = lexicon.alternation(p for p, kind in _ATTRIBUTION_WORDS if kind == "source")
_ATTRIBUTION_SUBJECT = (
    r"(?:it|they|we|(?:the|its|their)\s[a-z][\w-]{1,20}(?:\s[a-z][\w-]{1,20})?|[A-Z][\w&-]{1,30}"
    rf"|{_ATTRIBUTION_SOURCES})"
)
_ATTRIBUTION_TAIL = re.compile(
    rf",\s(?:{_ATTRIBUTION_SUBJECT}\s(?:{_ATTRIBUTION_VERBS})|(?:{_ATTRIBUTION_LEADS})\s[^,;:().!]{{1,80}})[.!]?\Z"
)
_ATTRIBUTION_HEAD = re.compile(
    rf"\A(?:(?i:{_ATTRIBUTION_LEADS})\s[^,;:()]{{1,80}},\s"
    # "The bank says (that) it works with": only before a pronoun subject of its own clause
    rf"|(?:The|Its)\s[a-z][\w-]{{1,20}}(?:\s[a-z][\w-]{{1,20}})?\s(?:{_ATTRIBUTION_VERBS})\s(?:that\s)?(?=(?:it|they|we)\s)"
    # "Sources say (that) the bank works with A": a bare plural source at the start
    rf"|(?i:{_ATTRIBUTION_SOURCES})\s(?:{_ATTRIBUTION_VERBS})\s(?:that\s)?(?=\S))"
)
# "A, officials say, and B", "It works, the company says, with A": an attribution
# clause between commas inside the sentence goes, its commas with it.
_ATTRIBUTION_INSIDE = re.compile(rf",\s{_ATTRIBUTION_SUBJECT}\s(?:{_ATTRIBUTION_VERBS}),\s")


def _attribution_clause_dropped(sentence: str) -> str:
    """ "A and B, the company says." → "A and B."; "According to its report, it works with A"
    → "it works with A": the attribution names no partner and is no part of the list."""
    text = clean(sentence)
    head = _ATTRIBUTION_HEAD.match(text)
    text = text[head.end() :] if head else text
    text = _ATTRIBUTION_INSIDE.sub(" ", text)
    tail = _ATTRIBUTION_TAIL.search(text)
    return text[: tail.start()] + "." if tail else text


# "Signatory of the X Agreement", "Party to the Y Convention" (lexicon/
# agreement-party-words.csv): a party to an agreement names no partner organization.
_AGREEMENT_PARTY = re.compile(
    r"\A(?:(?:it|we|[A-Z][\w&-]{1,30})\s(?:is|was|has\sbeen|became)\s)?(?:also\s)?(?:(?:an?|the)\s)?(?:[a-z]{2,20}\s)?"
    rf"(?:{lexicon.alternation(w for (w,) in lexicon.table('agreement-party-words'))})\s(?:of|to)\s",
    re.I,
)


def _agreement_party(chunk: str) -> bool:
    """ "Signatory of CIPM MRA.", "It is also a party to the Y Convention": no partner named."""
    return _AGREEMENT_PARTY.match(clean(chunk)) is not None


# "Named partners: n/d.", "Partners: declined to name them": a label whose value is
# withheld or denied (the status layer's phrases, lexicon/partner-withheld-phrases.csv) gives
# no category and no partner.
_WITHHELD = re.compile(
    rf"(?:{lexicon.spaced_alternation(p for (p,) in lexicon.table('partner-withheld-phrases'))})\b", re.I
)


def _withheld_value(chunk: str) -> bool:
    """ "Named partners: n/d in this memo.": the words after a short label's colon withhold its value."""
    label, colon, value = clean(chunk).partition(": ")
    value = value.strip()
    # "Bard College (partner; start year: unknown)": a colon inside a note opens no value.
    if not (colon and value and label and len(label.split()) <= 8 and _balanced_brackets(label)):
        return False
    if _WITHHELD.match(value):
        return True
    reading = status_of_text(value)
    return not reading.stated and bool(reading.phrase) and value.lower().startswith(str(reading.phrase).lower())


def _lowercase_sentences(line: str) -> list[str]:
    """``line`` parted where a sentence starts in lowercase: only after a stop that would end a
    sentence before a capital (no initial, no abbreviation such as "e.g." or "etc.")."""
    parts, begin = [], 0
    for gap in _LOWERCASE_START.finditer(line):
        stop = gap.start() - 1
        word = line[line.rfind(" ", 0, stop) + 1 : stop + 1]
        # "UNITE! (EU univ. alliance)": no sentence ends inside brackets
        inside = line.count("(", begin, stop) > line.count(")", begin, stop)
        if (
            not inside
            and abbreviation(word.lstrip("(\"'“")) is None
            and ends_sentence(line, stop, lowercase_start=True) is not None
        ):
            parts.append(line[begin : gap.start()])
            begin = gap.end()
    return [*parts, line[begin:]]


def _cue_reads_nothing(kind: str, cue: re.Match[str]) -> bool:
    """ "we like A and B": "like" lists only after a class of partners; "A are the ordinary
    channel of co-operation": after a copula, a description says what A is, no list."""
    if kind == "after-class":
        return not _after_class_noun(cue["head"])
    return kind == "copula" and _description(cue["list"])


def _description(text: str) -> bool:
    """ "the ordinary channel of co-operation": "the", a singular lowercase noun phrase and
    nothing capitalised say what the subject is; "the national academies" is a class."""
    words = clean(text).rstrip(" .").split()
    if len(words) < 2 or words[0] != "the" or any(w[:1].isupper() for w in words):
        return False
    phrase = words[1 : next((i for i, w in enumerate(words) if w in {"of", "for"}), len(words))]
    return 1 <= len(phrase) <= 4 and not phrase[-1].endswith("s")


# Words of deals of ownership (lexicon/partner-takeover-words.csv).
_TAKEOVER_WORDS = lexicon.table("partner-takeover-words")
_TAKEOVER_NOUNS = frozenset(p for p, kind in _TAKEOVER_WORDS if kind == "noun")
_TIE_WORDS = frozenset(word for (word,) in lexicon.table("partner-denial-nouns")) | {
    "member",
    "members",
    "venture",
    "ventures",
}
# "– fully acquired in 1992", "(bought out by Y, 2001)", "(taken over)": a passive participle of a
# takeover, then "in"/"by"/… , a figure, a stop or the note's end ("acquired a stake in B" is none).
_TAKEOVER_PARTICIPLES = sorted((p for p, kind in _TAKEOVER_WORDS if kind == "participle"), key=lambda p: (-len(p), p))
_TAKEN_OVER = re.compile(
    rf"\b(?:{lexicon.spaced_alternation(_TAKEOVER_PARTICIPLES)})"
    r"(?=\s(?:in|by|on|from|for|outright|at|during|after|when)\b|\s?\d|\s?[,;.)]|\s?\Z)",
    re.I,
)
# Where an item's note opens: a bracket, a spaced dash, a comma.
_ITEM_NOTE = re.compile(r"\s?\(|\s[–—-]\s|,\s")
_TOKEN = re.compile(r"[a-z][a-z-]{0,30}")


def _takeover_lead(text: str) -> bool:
    """ "Notable deals, though (these were acquisitions, not partnerships):", "Stakes held:": a
    lead ending in a colon whose last sentence denies the tie (``_tie_denied``) or names deals of
    ownership (partner-takeover-words.csv, kind noun) and no tie word (partner, member, venture)."""
    if not text.rstrip().endswith(":"):
        return False
    text = clean(text)
    said = sentences(text)
    last = said[-1] if said else text
    if _tie_denied(last):
        return True
    words = set(_TOKEN.findall(last.lower()))
    return bool(words & _TAKEOVER_NOUNS) and not words & _TIE_WORDS


def _taken_over(text: str) -> bool:
    """ "O'Malley Brokers (Leeds brokerage) – fully acquired in 1987": the item's note (after its
    name: a bracket, a spaced dash, a comma) says it was taken over, so it is no partner; not
    where a tie word (partner, member, venture) comes before the participle in the note."""
    note = _ITEM_NOTE.search(clean(text))
    taken = _TAKEN_OVER.search(clean(text)[note.start() :]) if note else None
    if taken is None or note is None:
        return False
    # "– certification partner for raw materials bought by X": a tie word (partner, member,
    # venture) before the participle says what the item is; what was bought is something else.
    before = set(_TOKEN.findall(clean(text)[note.start() : note.start() + taken.start()].lower()))
    return not before & _TIE_WORDS


def _takeovers_dropped(field: Field) -> Field:
    """``field`` without the lines naming deals of ownership, no partners: a lead
    ``_takeover_lead`` says so and the bullets (or numbered lines) under it up to the next line
    of prose; any list item whose note says it was taken over (``_taken_over``)."""
    kept: list[Item] = []
    under_lead = False
    for item in field.items:
        listed = item.bullet or numbered(item) is not None
        if not listed:
            under_lead = _takeover_lead(item.text)
            if under_lead:
                continue
        elif under_lead or _taken_over(item.text):
            continue
        kept.append(item)
    return field if len(kept) == len(field.items) else replace(field, items=tuple(kept))


def read_partners(field: Field, identity: Identity) -> ReaderResult:
    # "a planned X Division", "Chair (proposed): A": a sentence stating no current fact names nothing.
    field = without_unreal(field)
    # "Notable deals (these were acquisitions, not partnerships):" above bullets, "- A –
    # fully acquired in 1992": deals of ownership name no partner.
    field = _takeovers_dropped(field)
    # "Key Contracts: Horizon (for …)": a record line listing things names no partner.
    field = _no_tie_records_dropped(field)
    # "| ISO | member |": a pipe table is read by its column names (one cell, one member) or
    # not at all; its lines are never read as prose (a code, a heading, a pipe is no partner).
    facts: list[Fact] = _table_members(field)
    field = without_tables(field)
    bullets, headings = _bullets_and_headings(field, identity)
    # "- A, B and C – the five member countries", "- A, B and C – the partnership that …": the
    # gloss says whether the list before the dash is several members or one firm's name.
    glossed_lists = [_list_gloss_read(line) for line in bullets]
    facts.extend(f for found in glossed_lists if found for f in found)
    kept = [line for line, found in zip(bullets, glossed_lists, strict=True) if found is None]
    facts.extend(PartnerCategory(heading) for heading in headings if heading and bullets)
    # A bullet may hold a list of its own: "- Industry: Google LLC; Samsung Electronics Co., Ltd."
    # "Among the 21 États fondateurs: A, B, C." above bullets of another class: a labelled line
    # of member states beside the bullets is read too.
    # "The VRA is also a member of the X." after the bullets: what the organization itself
    # belongs to is read beside them.
    stated = [
        line
        for line in unmarked_lines(field)
        if bullets and (_member_states(_state_category(line) or "") or _one_member_of_sentence(line, identity))
    ]
    # "Category: highway carriers (HC), trucking under contract." beside the bullets: the
    # line names a class of partners; after the first comma a gloss of it.
    facts.extend(PartnerCategory(c) for line in unmarked_lines(field) if bullets for c in _kind_line(line))
    # "- plus the X Trust": the lead adding a bullet is no part of its name.
    lines = [_relative_note_dropped(without_addition_lead(line)) for line in stated + kept] or [
        s
        for line in labelled_lines(semicolon_lists_closed(_dash_labels_read(_dash_enclosed_split(field))))
        for s in sentences(line)
        if len(kept) == len(bullets)
    ]
    # "Not members, even if you'd expect them: A", "Gone: B (left 2019)": a denied line names nothing.
    # "The Joint X Centre, running since 1964, handles …": a sentence about one body, no list.
    # "Partnerships are important for us": a sentence about partnering itself names nothing.
    lines = [_arrow_read(_timeline_member_of(line)) for line in lines if _line_read(line)]
    # "AFAIK it's a member of X. loads of deals too": a forum writer's lowercase sentence
    # starts part sentences, and a hedge before the subject is no part of it.
    lines = [_attribution_clause_dropped(_hedge_dropped(s)) for line in lines for s in _lowercase_sentences(line)]
    # "Signatory of CIPM MRA", "Party to the Y Convention": no partner named.
    lines = [line for line in lines if not _agreement_party(line)]
    # "Founding members (01/1949): A; B", "Former member states: A; B": the label of a class
    # of members stays with every piece.
    # 'Member states, "the Six": A, B' and "Member States: about 180, and the list grows": the
    # class's nickname and a remark after a count are no items.
    # "(a) Member clubs: A; (b) partner organizations: B": a drafter's sub-point marks are layout.
    # "…;⁷ for the rest": a footnote's superscript mark is no part of any name or class.
    # "A and B, among others: our scientists teach there": the list is closed before the colon;
    # the lowercase clause after it explains the list and names nothing.
    lines = [
        _CLOSED_LIST_EXPLAINED.split(_SUBPOINT.sub("", clean(_FOOTNOTE_MARK.sub("", line))), maxsplit=1)[0]
        for line in lines
    ]
    # "A, responsible for population and social statistics": the note names nothing.
    # "Categories: A; Local B Committees": a line labelled by kind words names classes only.
    facts.extend(f for line in lines if _kind_words_label(line) for f in _kind_labelled_classes(line))
    lines = [line for line in lines if not _kind_words_label(line)]
    labelled = _labelled_chunks([_nickname_dropped(line) for line in lines])
    chunks = [_gloss_dropped(_count_remark_dropped(c)) for c in labelled]
    # "e.g. member societies: A, B, C": a label opened by an example cue announces several
    # partners, so the pieces after commas are items, not the first one's town.
    examples = {part for line in lines if _EXAMPLE_LABEL.match(clean(line)) for part in _labelled_chunks([line])}
    single = len(chunks) > 1
    # "A, the B Alliance; C; and D": the parts of a line parted by semicolons (``_glossed_item``).
    parted = {part for line in lines if ";" in line for part in split_top_level(clean(line), ";")}
    # "Named partners: n/d.", "Signatory of the X Accord": no category and no partner.
    chunks = [c for c in chunks if not (_withheld_value(c) or _agreement_party(c))]
    # "It is a member of A, and has agreements with B": two statements, the second no membership.
    chunks = [part for c in chunks for part in _member_of_split(c, identity)]
    for chunk in chunks:
        exemplified = chunk in examples
        semicolon_part = chunk in parted
        member_of = _member_of_relative(chunk, identity)
        if member_of is not None:  # "A, a network of NGOs, of which Concern is a member"
            facts.extend(member_of)
            continue
        whole = _bullet_category(chunk) if bullets else None
        if whole:  # "- Government agencies, universities and research centres within the Kingdom"
            facts.append(PartnerCategory(whole))
            continue
        states = _state_category(chunk)
        if states:  # "Member states: Austria, Belgium and the United Kingdom"
            # Only member or partner states are members; "Observer States: Panama" and
            # "Former member states: A" are not (and "Former" stays in the class's name).
            label = strip_notes(clean(chunk).partition(":")[0])
            facts.append(PartnerCategory(label if _not_members(label) else states))
            if _member_states(states) and not _not_members(label):
                facts.extend(_partners(clean(chunk).partition(": ")[2], single_item=False, countries=True))
            continue
        members = _members_label(chunk)
        if members:  # "Founding members (01/1949): A, B (1950), C": each one a member
            # "members: A, B": the bare word names no class of its own
            # "Other partners: A, B": "other" sets them beside those named before; no class
            words = members.lower().split()
            bare = " ".join(words[1:] if len(words) > 1 and words[0] in _OTHER_WORDS else words)
            # "Named Partners (selected): A; B": a word saying only that the items are
            # named or chosen makes no class (partner-record-labels.csv, kind naming).
            naming = len(words) > 1 and words[0] in _NAMING_WORDS
            facts.extend([PartnerCategory(members)] if bare not in _GENERIC_HEADS and not naming else [])
            value = clean(chunk).partition(": ")[2]
            # "Key partners: A, which runs the B Park (since 2010) and the C Park; D": where
            # semicolons part the items, a relative clause runs to its part's end.
            value = _part_relative_dropped(value) if value in parted or chunk in parted else value
            named = _partners(value, single_item=False, countries=True)
            # "Former members: A (1969–1976)", "Observers: B, C": no member now; a class stays.
            facts.extend(f for f in named if not (_not_members(members) and isinstance(f, Member)))
            continue
        # "Intel and Microsoft were its key suppliers": the list before "were its";
        # "Chile became a full member in 1996", "Peru joined in 2001".
        # "Telefónica and Liberty Global have jointly owned X since 2021": the organization and
        # another body as joint subjects; the other body is the partner.
        # "The banking houses A and B acted as the company's agents": named subjects (``_named_subjects_read``).
        said: list[Fact] = (
            _joint_subject_partner(clean(chunk), identity)
            or (_named_subjects_read(clean(chunk), identity) if bullets else [])
            or [*(_subject_list(clean(chunk)) or _joined_member(clean(chunk)))]
        )
        if said:
            facts.extend(said)
            continue
        # "The big one is the X, Place — ACR, the teaching hospital."; "The X Academy, founded
        # in 1953, was closely tied to the academy": one partner, the sentence's subject.
        subject = _named_one(chunk) or [found for found in [_subject_partner(clean(chunk), identity)] if found]
        if subject:
            facts.extend(subject)
            continue
        chunk = _WITH_SHORT.sub("with", clean(chunk))
        chunk = chunk if _explained_list(chunk) else _label_dropped(strip_lead_in(chunk))
        # "UCT is a member of A and B", "It belongs to C": the organization itself is the
        # subject, so the bodies are what it is a member of, never its members.
        mark = len(facts)
        chunk, itself = _member_of_read(chunk, identity)
        for inner in _BRACKETED_LIST.finditer(chunk):
            facts.extend(_partners(inner["list"].lstrip(" ,:"), single_item=False, mid_sentence=True))
        chunk = _BRACKETED_LIST.sub("", chunk)
        _bracketed_names_read(chunk, facts)
        # "A, which we helped found in 1997, B and C", "…, and B, which held a stake until
        # 1980.": a relative clause about one item is no item of the list.
        chunk = _list_relatives_dropped(chunk)
        # "A, with offices in Europe and North America, raises support": where A has its
        # offices describes A; the aside is no class and names no partner.
        chunk = _WHERE_ASIDE.sub("", chunk)
        # "40 local utilities, consisting of towns and cooperatives, which …": what an item is
        # made of belongs to that item; the kinds inside are no class of their own.
        chunk = _MAKEUP_ASIDE.sub("", chunk)
        listed = of_states = of_members = False
        heads: list[Fact] = []  # the classes before the cues, kept as the cues say (``_cue_heads_kept``)
        copula = False
        # "Members are national standards bodies, one per country — for example A, B and C".
        chunk = _expletive_dropped(chunk)
        for _attempt in range(3):
            cue = _CUE.match(chunk)
            if not cue or _past_verb_phrase(cue):
                break
            first = split_top_level(cue["head"], ",")[0] if cue["head"] else ""
            # "Founding Member States included A, B": a capitalised class of states heads the list too
            head = _category(first) or _clause_category(first) or _member_states_head(first)
            # "county govts, community conservancies and donors - e.g. A, B": a head that is
            # a list of classes names each of them (all or nothing, ``_head_items``).
            listed_head = len(split_top_level(cue["head"].rstrip(" ,—–-"), ",")) > 1
            several = _head_items(cue["head"]) if head and listed_head else []
            several = several if all(isinstance(f, PartnerCategory) for f in several) else []
            kind = _CUE_KINDS[cue["cue"].lower()]
            if _cue_reads_nothing(kind, cue):
                break
            copula = copula or kind == "copula"
            heads.extend(several if len(several) > 1 else [PartnerCategory(head)] if head else _head_items(cue["head"]))
            # "Lenders include A and B: two paintings came from each": a lowercase sentence
            # after a colon explains the list; it names no partner.
            chunk, listed = _EXPLANATION.split(cue["list"], maxsplit=1)[0], True
            # "The member countries, viz. A, B and C": under a class of states the countries
            # listed are the members.
            # "…, including, namely, A": a second cue with no head of its own keeps the first's class.
            of_states = (head is not None and head.split()[-1].lower() in _STATE_NOUNS) or (
                of_states and not cue["head"].strip()
            )
            # "Founding members were A, B and C": countries listed under a class of members
            # are members when the list holds nothing else (``_countries_only``).
            # "members were A, B and C": the bare word "members" heads the list too.
            of_members = (
                head is not None and _members_label(f"{head}: -") is not None and not _not_members(head)
            ) or _bare_members(cue["head"])
        apposed = _apposed_class(chunk)
        if apposed:  # "the global networks A, B and C": the class, then its members
            heads.append(PartnerCategory(apposed[0]))
            chunk, listed = apposed[1], True
        of_states = of_states or (of_members and _countries_only(chunk))
        # "Gavi, the Vaccine Alliance; …": where semicolons part the items, a comma inside one
        # sets a gloss beside its name; the item is one partner.
        glossed = _glossed_item(chunk) if semicolon_part and not of_states else []
        listed_facts = glossed or _listed(chunk, of_states=of_states, single=single and not exemplified, listed=listed)
        facts.extend(_cue_heads_kept(heads, listed_facts, copula=copula) + listed_facts)
        facts[mark:] = _as_member_of(facts[mark:], itself=itself)
    if not bullets:  # "46 member States and 14 associate members": counted classes
        facts.extend(PartnerCategory(label) for label in _counted_classes(field.text))
    # "Consortium members: N/R": a form's null mark (letters parted by a slash) is no member.
    facts = [f for f in facts if not (isinstance(f, Member) and _NULL_MARK.fullmatch(f.org.name))]
    # "Europe", "Latin America": a world region (world-region-names.csv) is no member.
    facts = [f for f in facts if not (isinstance(f, Member) and strip_article(f.org.name) in _world_region_names())]
    # "- Various international partner foundations", "various United Nations agencies": the
    # vague quantifier is no part of any class, however the class was read.
    facts = [PartnerCategory(_vague_dropped(f.label)) if isinstance(f, PartnerCategory) else f for f in facts]
    # A class's count, collective head, contrast or purpose is no part of it; a class
    # label glued to a name is parted; a country's possessive is no part of a name.
    facts = [tidied for f in facts for tidied in _fact_tidied(f)]
    # "Tons of X", "E.g. A", "Founding member of the Y", "banks & retailers".
    facts = [
        PartnerCategory(label) if isinstance(f, PartnerCategory) else f for f in facts for label in _class_lead_read(f)
    ]
    # "SSAB and LKAB – which, together with Vattenfall, own the X initiative": the organization's
    # own name (as an owner of a sentence gives it, names.owner_names) is never its own partner.
    facts = [f for f in facts if not (isinstance(f, Member) and _own_name(f.org.name, identity))]
    return unique(facts), None


def _own_name(name: str, identity: Identity) -> bool:
    """``name`` is one of the organization's own names, or one without its legal form, as written."""
    return any(same_written_name(name, own) for own in (*identity.own_names, *owner_names(identity)))


_VAGUE_LEADS = lexicon.partner_vague_leads()
_AMPERSAND = re.compile(r"\s&\s")


def _class_lead_read(fact: Fact) -> list[str]:
    """The class labels ``fact`` stands for (its label, for a class; one entry, for
    any other fact). "Tons of industry partners" → "industry partners" (a quantity lead); "E.g.
    Coca-Cola" (an example lead) and "Founding member of the Y" (a membership) → no class;
    "banks & retailers" → two classes where "&" parts two lowercase plural nouns."""
    if not isinstance(fact, PartnerCategory):
        return [""]
    label = fact.label
    lowered = label.lower()
    for phrase, kind in _VAGUE_LEADS:
        if lowered.startswith(phrase + " "):
            if kind != "quantity":
                return []
            label = label[len(phrase) + 1 :]
            break
    parts = _AMPERSAND.split(label)
    plural = all(p.isalpha() and p[1:].islower() and p.endswith("s") and not p.endswith("ss") for p in parts)
    return parts if len(parts) == 2 and plural else [label]


_LABEL_CUTS = lexicon.table("partner-label-cuts")
_COUNT_WORDS = frozenset(p for p, kind in _LABEL_CUTS if kind == "count")
_COUNT_LEADS = tuple(p.split() for p, kind in _LABEL_CUTS if kind == "count-lead")
_COLLECTIVE_NOUNS = frozenset(p for p, kind in _LABEL_CUTS if kind == "collective")
_LABEL_ENDS = tuple(p.split() for p, kind in _LABEL_CUTS if kind in {"contrast", "purpose"})
_CATEGORY_WORDS = lexicon.partner_category_words()


def _fact_tidied(fact: Fact) -> list[Fact]:
    """``fact`` as the text states it (``_label_tidied``, ``_glued_class``,
    ``_possessive_dropped``); none where what is left is no class or no name."""
    if isinstance(fact, PartnerCategory):
        label = _label_tidied(fact.label)
        glued = _glued_class(label) if label else None
        if glued is not None:
            return glued
        return [PartnerCategory(label)] if label else []
    if isinstance(fact, Member | MemberOf):
        pair = _possessive_pair(fact.org.name)
        if pair is not None:  # "Health Canada and Mexico's PROFECO"
            return [replace(fact, org=found) for found in pair]
        name = _possessive_dropped(_town_dropped(_common_place_dropped(fact.org.name)))
        if name is None:
            return []
        return [replace(fact, org=replace(fact.org, name=name))] if name != fact.org.name else [fact]
    return [fact]


# "plus a long list of …", "and also various …": a lead adding a line before a lowercase word.
_ADDED_CLASS_LEAD = re.compile(rf"\A(?i:{lexicon.spaced_alternation(lexicon.list_addition_leads())})\s(?=[a-z])")


def _label_tidied(label: str) -> str:
    """ "Several hundred sister universities", "dozens of charities" → the class without its
    vague count; "affiliate network of chapters" → "chapters" (a collective head); "grantees
    rather than formal partners", "foundations on joint initiatives" → the class before the
    contrast or the purpose. A lowercase label only; "" when nothing of a class is left.
    "plus a long list of codeshare partners" → "codeshare partners": a lead adding
    the line (list-addition-leads.csv) before a lowercase word goes; a place tail after the
    class ("… across Asia and Africa", ``_CLASS_IN_PLACE``) stays, the class before it tidied."""
    label = _ADDED_CLASS_LEAD.sub("", label, count=1)
    placed = _CLASS_IN_PLACE.match(label)
    if placed and _place_or_region(strip_article(" ".join(_PLACE_JOIN.split(label[placed.end() :])[:1]))):
        head = _label_tidied(label[: placed.end("words")])
        return f"{head}{label[placed.end('words') :]}" if head else ""
    words = label.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return label
    lowered = [w.lower() for w in words]
    for end in _LABEL_ENDS:  # "grantees rather than formal partners"
        at = next((i for i in range(1, len(words)) if lowered[i : i + len(end)] == end), None)
        if at is not None:
            words, lowered = words[:at], lowered[:at]
            break
    start = 0
    lead = next((len(w) for w in _COUNT_LEADS if lowered[: len(w)] == w), 0)
    if lead < len(words) and lowered[lead] in _COUNT_WORDS:  # "several hundred", "dozens"
        start = lead + 1 + (lead + 1 < len(words) and lowered[lead + 1] == "of")
    elif lead and lead < len(words) and lowered[lead] not in _CATEGORY_GLUE:  # "many charities"
        start = lead
    # "affiliate network of chapters": up to two words, a collective noun, "of"
    window = range(start, min(start + 3, len(words) - 2))
    collective = next((i for i in window if lowered[i] in _COLLECTIVE_NOUNS), None)
    if collective is not None and lowered[collective + 1] == "of":
        start = collective + 2
    rest = words[start:]
    if start and rest and words[0][:1].isupper() and not _acronym_word(rest[0]):
        rest[0] = rest[0].lower()  # "Dozens of charities": the class keeps the label's case
    return " ".join(rest)


def _acronym_word(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _glued_class(label: str) -> list[Fact] | None:
    """ "ISS partners NASA": a plural class word of partners, then a name written after it
    with no comma: the words up to the class word are the class, the name is a member;
    "airline alliance oneworld" (a singular grouping noun, then a lowercase word that is no
    preposition): no class and no member. ``None`` where the label is no such glued pair."""
    words = label.split()
    for at in range(1, len(words) - 1):
        word = words[at].lower()
        rest = " ".join(words[at + 1 :])
        if word in _MEMBERSHIP_WORDS | _CATEGORY_WORDS and word.endswith("s") and rest[:1].isupper():
            found = org_mention(rest)
            if found is None or (not is_complete_name(found.name) and not is_acronym(found.name)):
                return []
            return [PartnerCategory(" ".join(words[: at + 1])), Member(found)]
        lowercase_word = not rest[:1].isupper() and rest.lower() not in _CATEGORY_GLUE and not rest.endswith("s")
        if word in _GROUPING_NOUNS and at == len(words) - 2 and lowercase_word:
            return []
    return None


_GROUPING_NOUNS = frozenset(word for (word,) in lexicon.table("grouping-class-nouns"))
_COUNTRY_POSSESSIVE = re.compile(r"(?P<country>[A-Z][^\s'’]{1,30}(?:\s[A-Z][^\s'’]{1,30}){0,2})['’]s\s(?=[A-Z])")


def _possessive_dropped(name: str) -> str | None:
    """ "Mexico's Secretaría de Agricultura" → "Secretaría de Agricultura": a country's
    possessive before a name is no part of it; ``None`` where what follows is no name."""
    found = _COUNTRY_POSSESSIVE.match(name)
    if not found or not _known_country(found["country"]):
        return name
    rest = name[found.end() :]
    return rest if org_mention(rest) is not None else None


# "… and Mexico's PROFECO": "and", then a country's possessive before a capital.
_AND_COUNTRY_POSSESSIVE = re.compile(r"\sand\s(?=[A-Z][^\s'’]{1,30}(?:\s[A-Z][^\s'’]{1,30}){0,2}['’]s\s[A-Z])")


def _possessive_pair(name: str) -> list[Mention] | None:
    """ "Alder Agency and Norway's NORDREG" → Alder Agency, NORDREG: one name holding "and" then
    a country's possessive is two bodies (a well-formed name holds no country's possessive
    after "and"); each piece must be a name on its own (``_name_on_its_own``; ``[]``
    otherwise: no guess). ``None`` where the name holds no such "and"."""
    found = _AND_COUNTRY_POSSESSIVE.search(name)
    if found is None or "(" in name[: found.start()]:
        return None
    left, right = name[: found.start()], _possessive_dropped(name[found.end() :])
    if right is None or right == name[found.end() :]:
        return None if right is not None else []
    mentions = [org_mention(piece) for piece in (left, right)]
    whole = all(m is not None and _name_on_its_own(m.name) for m in mentions)
    return [m for m in mentions if m is not None] if whole else []


# "Columbia University in New York": capitalised words, "in", one to three capitalised words.
_NAME_IN_TOWN = re.compile(
    r"(?P<head>[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){1,5})\sin\s(?P<town>[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2})"
)


def _town_dropped(name: str) -> str:
    """ "Columbia University in New York" → "Columbia University": a name of capitalised words
    only (no "of", "for": "Alliance of Science Organisations in Germany" keeps its place), then
    "in" and a town, is the name and where it is. Kept whole where the place is a country or a
    world region ("… Government in Korea"), where the place holds an
    organization's head word, or where the name opens with a nationality adjective or a country
    ("American University in Cairo": the place tells that name apart)."""
    found = _NAME_IN_TOWN.fullmatch(name)
    if found is None:
        return name
    head, town = found["head"], found["town"]
    first = head.split()[0]
    if (
        _known_country(town)
        or town in _world_region_names()
        or set(town.split()) & lexicon.org_head_words()
        or first in lexicon.nationality_adjectives()
        or is_country(first)
        or not _name_on_its_own(head)
    ):
        return name
    return head


# "Harbin Rail Corp. in the northern port": a name of capitalised words, then a place
# preposition and a place described in common nouns (its last word lowercase).
_NAME_IN_COMMON_PLACE = re.compile(
    r"(?P<head>[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,5})"
    rf"\s(?:{lexicon.alternation(sorted(lexicon.place_tail_prepositions() - {'of', 'from'}))})\s"
    r"(?:the|its|their)\s(?:[A-Z][\w'’-]{0,30}\s){0,2}[a-z][\w'’-]{1,30}(?:\s[a-z][\w'’-]{1,30}){0,2}"
)


def _common_place_dropped(name: str) -> str:
    """ "Harbin Rail Corp. in the northern port" → "Harbin Rail Corp.": where the partner is,
    told in common nouns, is no part of its name (a name ends in a capitalised word); kept
    whole where the head is no name on its own."""
    found = _NAME_IN_COMMON_PLACE.fullmatch(name)
    if found is None or not _name_on_its_own(found["head"]):
        return name
    return found["head"]


def _name_on_its_own(name: str) -> bool:
    """ "Alder Agency", "NORDREG", "Health Canada": a complete name, an acronym, or two
    capitalised words or more (``is_proper_name``)."""
    return is_complete_name(name) or is_acronym(name) or (len(name.split()) > 1 and is_proper_name(name))


# "the devolved governments of Scotland": a lowercase class whose "of" names a country.
_CLASS_OF_PLACE = re.compile(r"(?:the\s)?[a-z][a-z\s-]{2,80}?\sof\s(?P<place>[A-Z][^,;()]{1,40})")


def _class_countries_joined(pieces: list[str]) -> list[str]:
    """The pieces with a class "… of Scotland" and the countries listed after it, to the end,
    made one piece ("the devolved governments of Scotland, Wales and Northern Ireland");
    the pieces as they were when anything else follows. One pass from the end: the places
    that close the list, then the piece before them."""
    if len(pieces) < 2:
        return pieces
    if not _place(strip_notes(clean(pieces[-1]))):
        return _class_places_joined(pieces)  # "… in the United Kingdom and Europe"
    start = len(pieces) - 1
    # a one-word middle piece between two places is a place too ("Wales" between
    # "Scotland" and "Northern Ireland")
    while start > 1 and _place_like(strip_notes(clean(pieces[start - 1]))):
        start -= 1
    piece, rest = clean(pieces[start - 1]), [clean(p) for p in pieces[start:]]
    found = _CLASS_OF_PLACE.fullmatch(piece)
    if found is None or not _place(found["place"]):
        return _class_places_joined(pieces)
    # "health bodies and the devolved governments of …": "and the" opens the class the
    # places belong to; the class before it is one of its own.
    before, joiner, own = piece.rpartition(" and the ")
    joined = ", ".join([own if joiner else before, *rest[:-1]]) + f" and {rest[-1]}"
    return [*pieces[: start - 1], *([before] if joiner else []), joined]


# "Other radio observatories in the United Kingdom and Europe": a class whose
# "in"/"across"/"throughout" names a place, then places (countries, subdivisions, world regions
# of world-region-names.csv) to the end of the list: the places are where the class is, one
# class with them, never members. The class opens lowercase, or with a capitalised word of
# partner-other-words.csv or a determiner (a sentence's first word), then lowercase words.
_CLASS_IN_PLACE = re.compile(
    r"(?P<opener>[A-Za-z][a-z-]{0,20})(?P<words>(?:\s[a-z][a-z-]{0,30}){1,6})"
    r"\s(?:in|across|throughout)\s(?=(?:the\s)?[A-Z])"
)
_PLACE_JOIN = re.compile(r",\s(?:and\s)?|\s(?:and|or)\s")


def _class_places_joined(pieces: list[str]) -> list[str]:
    """The pieces with a class "… in <place>" and the places listed after it made one piece;
    the pieces as they were when anything else follows (``_class_countries_joined``'s "in")."""
    start = len(pieces)
    while start > 1 and _place_or_region(strip_notes(clean(pieces[start - 1]))):
        start -= 1
    if start == len(pieces) or start < 1:
        return pieces
    piece, rest = clean(pieces[start - 1]), [clean(p) for p in pieces[start:]]
    found = _CLASS_IN_PLACE.match(piece)
    opener = found["opener"] if found else ""
    if found is None or not _place_or_region(piece[found.end() :]):
        return pieces
    if not _class_opener(opener, found["words"]):
        return pieces  # "Museum of London in Paris and Berlin": a name, no class
    joined = ", ".join([piece, *rest[:-1]]) + f" and {rest[-1]}"
    return [*pieces[: start - 1], joined]


def _placed_class(piece: str) -> str | None:
    """The class of a piece ``_class_places_joined`` made ("other radio observatories in the
    United Kingdom and Europe"): the class read as any (``_category``: "other" goes), then
    where it is, as written; None for any other piece."""
    found = _CLASS_IN_PLACE.match(clean(piece))
    if found is None:
        return None
    places = _PLACE_JOIN.split(clean(piece)[found.end() :])
    if len(places) < 2 or not all(_place_or_region(p) for p in places):
        return None
    if not _class_opener(found["opener"], found["words"]):
        return None
    base = _category(found["opener"] + found["words"])
    return f"{base}{clean(piece)[found.end('words') :]}" if base else None


def _placed_classes(pieces: list[str]) -> tuple[list[Fact], list[str]]:
    """The classes of the pieces ``_class_places_joined`` made, and the other pieces."""
    placed = [_placed_class(piece) for piece in pieces]
    facts: list[Fact] = [PartnerCategory(label) for label in placed if label]
    return facts, [piece for piece, label in zip(pieces, placed, strict=True) if not label]


def _class_opener(opener: str, words: str) -> bool:
    """A class's first word: lowercase, or capitalised as a sentence opens ("Other", "The",
    "Various", or any word before lowercase words ending in a plural class noun: "Radio
    observatories")."""
    if not opener[:1].isupper() or opener.lower() in _OTHER_WORDS | _DETERMINERS | _VAGUE_WORDS:
        return True
    return _plural_category(words.split()[-1])


def _place_or_region(text: str) -> bool:
    return _place(strip_article(text)) or strip_article(text) in _world_region_names()


@cache
def _world_region_names() -> frozenset[str]:
    return frozenset(name for (name,) in lexicon.table("world-region-names"))


def _place_like(text: str) -> bool:
    return _place(text) or (" " not in text and text[:1].isupper() and text[1:].islower())


def _place(text: str) -> bool:
    return is_country(text) or is_subdivision(text)


def _article_country(piece: str) -> bool:
    """ "The Gambia", "The Bahamas": a country whose English name keeps its capital "The"
    (lexicon/country-article-names.csv)."""
    return strip_notes(clean(piece)).lower() in _ARTICLE_COUNTRIES


_ARTICLE_COUNTRIES = frozenset(name.lower() for name in lexicon.country_article_names())
# "N/R", "n/a", "N/K": a form's null mark, never an organization's name.
_NULL_MARK = re.compile(r"[A-Za-z]{1,2}/[A-Za-z]{1,2}")
# "Member States (12):", "Network memberships declared:": a bracketed count and a closing
# participle (lexicon/form-label-participles.csv) end a form's label, no class word.
_FORM_LABEL_END = re.compile(
    r"(?:\s\(\d{1,4}\)"
    rf"|\s(?:{lexicon.alternation(w for (w,) in lexicon.table('form-label-participles'))}))(?=:?\Z)",
    re.I,
)
_VENTURE_HEADING = re.compile(
    rf"\b(?:{lexicon.alternation(w for (w,) in lexicon.table('partner-venture-words'))})\b", re.I
)
# "A — B (C), 50%": the partner, a spaced dash, then a capitalised venture name.
_VENTURE_DASH = re.compile(r"\s[—–]\s(?=[A-ZÀ-Þ])")


def _form_label(text: str) -> str:
    """A heading's label without its bracketed count or closing participle (``_FORM_LABEL_END``)."""
    return _FORM_LABEL_END.sub("", clean(text).rstrip(), count=1)


def _venture_partner(line: str) -> str:
    """ "ABB Ltd — ABB Transportation (Adtranz), 50%" under a joint-venture heading → "ABB Ltd";
    a bullet without a spaced dash before a capital stays as written."""
    dash = _VENTURE_DASH.search(line)
    return line[: dash.start()].rstrip() if dash and dash.start() > 0 else line


# "Corporate partners, per acme.org (terms not checked):": the source after a comma, up to a
# bracket, the colon or the end (lexicon/source-attribution-leads.csv).
_ATTRIBUTION = re.compile(
    rf",\s(?:{lexicon.alternation(p for (p,) in lexicon.table('source-attribution-leads'))}):?\s[^,;:()]{{1,80}}"
    r"(?=\s?\(|:?\Z)"
)


def _attribution_dropped(label: str) -> str:
    """A heading's label without where its statement comes from (``_ATTRIBUTION``)."""
    return _ATTRIBUTION.sub("", label, count=1)


# 'Member states, "the Six": A, B and C': a quoted nickname of the class before its colon.
_CLASS_NICKNAME = re.compile(r"(?P<label>[^:,\"“”]{2,60}),\s[\"“][^\"“”:]{1,40}[\"”](?=:)")


def _nickname_dropped(line: str) -> str:
    """'Member states, "the Six": A, B' → "Member states: A, B", when the label is a class of
    members or states (a quoted name after any other label stays as written)."""
    found = _CLASS_NICKNAME.match(line)
    if found is None:
        return line
    label = found["label"].strip()
    kept = _state_category(f"{label}: -") or _members_label(f"{label}: -")
    return label + line[found.end() :] if kept else line


# "Member States: about 180, and the list grows most years.": a (hedged) count in place of the
# list; whatever follows it is a remark, no name.
_COUNT_ONLY = re.compile(
    rf"(?:(?:{lexicon.alternation(sorted(lexicon.count_qualifiers(), key=len, reverse=True))})\s)?"
    r"\d[\d,.]{0,9}\+?(?:[,;.]|\s[—–-]|\Z)"
)


def _count_remark_dropped(chunk: str) -> str:
    """A labelled line of members or states whose list is only a count, without the remark
    after the count ("Member States: about 180, and the list grows" → "Member States: about 180")."""
    label, colon, rest = clean(chunk).partition(": ")
    count = _COUNT_ONLY.match(rest.strip()) if colon else None
    if count is None or not (_state_category(chunk) or _members_label(chunk)):
        return chunk
    return f"{label}: {rest.strip()[: count.end()].rstrip(',;.—–- ')}"


# "The Joint X Centre, running since 1964, handles …": a name, a participle aside with its time,
# then a lowercase predicate: a sentence about that body, no list (a tie phrase is read before).
_ABOUT_ONE_BODY = re.compile(
    r"(?:The\s)?[A-ZÀ-Ž][^,;:]{2,120},\s[a-z]{3,20}(?:ing|ed)\s(?:since|in|from|by)\s[^,;:]{1,40},\s"
    r"(?!(?:and|or|as well as)\s)[a-z]{3,20}\s"
)


def _about_one_body(chunk: str) -> bool:
    return _ABOUT_ONE_BODY.match(chunk) is not None and _TIE.search(chunk) is None


# "NGOs", "SMEs": an acronym with a plural "s" names a class of bodies, not one body.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")
# "e.g. member societies: A, B": an example cue (partner-list-cues.csv), a short label, a colon.
_EXAMPLE_LABEL = re.compile(
    rf"(?:{lexicon.alternation(c.cue for c in lexicon.partner_list_cues() if c.kind == 'example')})"
    r"\s[^:;]{1,80}:\s",
    re.I,
)
# "founding member → A": a slide's arrow (spaced) between a label and what it leads to.
_ARROW = re.compile(r"\s(?:→|->|⟶)\s")


def _arrow_read(line: str) -> str:
    """ "founding member → Acme Foundation (AF)", "e.g. partner museums → A + B": after a label
    (lowercase, or a class of partners) the arrow introduces the names as a colon does;
    "Acme Board (AB) → Joint Cocoa Fund": after a name it ends the name (the rest is what the
    tie led to, no partner of its own). A labelled line ("Members: 40 → …") or an arrow after
    anything else is left as it is."""
    arrow = _ARROW.search(line)
    if not arrow:
        return line
    head, rest = clean(line[: arrow.start()]), line[arrow.end() :]
    if not head or ":" in head or head.count("(") != head.count(")") or any(c.isdigit() for c in head):
        return line
    if head[:1].islower() or _category(head):
        return f"{head}: {rest}"
    return head if is_proper_name(strip_notes(head)) and org_mention(head) else line


def _listed(chunk: str, *, of_states: bool, single: bool, listed: bool) -> list[Fact]:
    """The members and classes of ``chunk``, the list a chunk holds after its lead and cues."""
    if not clean(chunk):  # a clause read as naming nothing (``_lead_dropped``)
        return []
    if of_states:
        return _partners(chunk, single_item=False, mid_sentence=True, countries=True)
    items = split_items(chunk)
    if len(items) > 1:  # "A / B, as well as C", "A plus the B": each item one partner
        leads = [_lead_dropped(item) for item in items]
        return [f for lead in leads if clean(lead) for f in _partners(lead, single_item=True)]
    return _partners(chunk, single_item=single and not listed, mid_sentence=listed)


# "Gavi, the Vaccine Alliance": a name, a comma, then "the" and capitalised words naming it again.
_GLOSSED_ITEM = re.compile(
    r"(?P<name>[A-Z][^,;()]{0,80}),\s(?P<gloss>the\s[A-Z][\w'’&-]{0,30}(?:\s[A-Z][\w'’&-]{0,30}){0,5})"
)


def _glossed_item(item: str) -> list[Fact]:
    """ "Gavi, the Vaccine Alliance" as one item of a semicolon list: one partner under its whole
    name (``_GLOSSED_ITEM``), else nothing (the item is read as any other)."""
    glossed = _GLOSSED_ITEM.fullmatch(strip_notes(clean(item)))
    found = org_mention(clean(item)) if glossed else None
    return [_member_or_class(clean(item), found)] if found else []


def _countries_only(chunk: str) -> bool:
    """ "Austria, Denmark and the United Kingdom — the so-called Outer Seven": two or more
    pieces, every one a known country (a dash note after the last one aside)."""
    pieces = [strip_notes(clean(strip_dash_note(piece))).rstrip(" .") for piece in list_pieces(clean(chunk))]
    return len(pieces) > 1 and all(_known_country(piece) for piece in _country_pairs(pieces))


def _known_country(piece: str) -> bool:
    """ "Canada", "the UK", "Russia": a country by pycountry's names or a common alias."""
    return is_country(piece) or lexicon.country_code(strip_notes(piece)) is not None


def _bare_members(head: str) -> bool:
    """ "members", "Its members", "the members": the bare word, no class of its own."""
    words = clean(head).lower().rstrip(" ,").split()
    return words[-1:] == ["members"] and all(w in {"the", "its", "our", "their"} for w in words[:-1])


def _cue_heads_kept(heads: list[Fact], listed: list[Fact], *, copula: bool) -> list[Fact]:
    """The classes read before the cues: after "are" or "comprise" only when the list names
    something ("big donors are australia + NZ govts (…)": no class from an unread list);
    after "including", "e.g." always ("universities including <unread>" still names them)."""
    return heads if listed or not copula else []


def _after_class_noun(head: str) -> bool:
    """ "… partner universities", "NGOs": the words before a cue end in a plural class of
    partners (partner-category-words.csv), so "like" after them opens its list."""
    words = clean(head).rstrip(" ,—–-").split()
    return bool(words) and _plural_category(words[-1].lower())


def _table_members(field: Field) -> list[Fact]:
    """The members named in the member column ("name", "member", "state", "organization") of
    the pipe tables of ``field``: each cell whole ("Trinidad and Tobago" is one) when it
    passes the name check; a code column and any other column are not read."""
    facts: list[Fact] = []
    for table in pipe_tables(field):
        cells = table.column("holder") or table.column("member") or []
        mentions = [org_mention(strip_notes(cell)) for cell in cells if cell]
        facts.extend(Member(mention) for mention in mentions if mention)
    return facts


# "46 member States", "14 associate members": a count, then a membership word and a class.
_COUNTED_CLASS = re.compile(r"(?<![\w.,])\d{1,4}\s(?P<label>[a-z]{3,20}\s[A-Za-z]{3,20})\b")


def _counted_classes(text: str) -> list[str]:
    """The classes counted in prose ("has 46 member States and 14 associate members"): two
    words after a count, one a membership word ("member", "associate"), the last a plural
    class noun (states, members, partners: partner-category-words.csv)."""
    found: list[str] = []
    for match in _COUNTED_CLASS.finditer(text):
        first, last = (word.lower() for word in match["label"].split())
        plural_class = last in _STATE_NOUNS or _plural_category(last)
        if plural_class and (first in _MEMBERSHIP_WORDS or first in lexicon.counted_class_modifiers()):
            found.append(match["label"])
    return found


_TIES = sorted((phrase for (phrase,) in lexicon.table("partner-tie-phrases")), key=lambda p: (-len(p), p))
_TIE = re.compile(
    rf"\s(?:(?:is|was|has\sbeen|had\sbeen|has|had)\s)?(?:[a-z]+\s)?(?:{lexicon.alternation(_TIES)})\s", re.I
)


# "dialogue partners - China, Myanmar": a short class label before a spaced dash.
_DASH_LABEL = re.compile(r"^(?P<label>[^\s:;()–—-]{1,40}(?:\s[^\s:;()–—-]{1,40}){0,3})\s[-–—]\s(?=\S)")


def _dash_labels_read(field: Field) -> Field:
    """``field`` with "members - A, B" lines read as "members: A, B" (a label naming a class
    of members, partners or states; "Acme - joint owner" keeps its dash note)."""
    items = []
    for item in field.items:
        label = _DASH_LABEL.match(item.text)
        words = label["label"].lower().split() if label else []
        if label and words[-1] in _MEMBERSHIP_CLASS | _STATE_NOUNS and not _has_verb(label["label"]):
            item = replace(item, text=f"{label['label']}: {item.text[label.end() :]}")
        items.append(item)
    return replace(field, items=tuple(items))


# "Our fifteen Member States — A, B and C — are joined by five Associate Members: D, E":
# a list enclosed by two dashes right after the class it belongs to.
_DASH_ENCLOSED = re.compile(
    r"^(?P<head>[^—–:;()]{3,80}?)\s[—–]\s(?P<list>[^—–:;]{3,800}?)\s[—–]\s(?P<tail>[^—–]{1,800})$"
)


def _dash_enclosed_split(field: Field) -> Field:
    """``field`` with each dash-enclosed class list (``_dash_enclosed_read``) as "Label: list"
    items of the same line."""
    items = tuple(replace(item, text=part) for item in field.items for part in _dash_enclosed_read(item.text))
    return replace(field, items=items)


def _dash_enclosed_read(sentence: str) -> list[str]:
    """ "Our Member States — A, B — are joined by five Associate Members: C, D" → "Member
    States: A, B" and "Associate Members: C, D", when the words before the first dash (and
    those before the tail's colon, after its last function word) name a class of members
    or states; a head of any other kind leaves the sentence as it is."""
    enclosed = _DASH_ENCLOSED.match(clean(sentence))
    head = _member_class_label(enclosed["head"].split()) if enclosed else None
    if not (enclosed and head):
        return [sentence]
    parts = [f"{head}: {enclosed['list']}"]
    lead, colon, listed = enclosed["tail"].partition(": ")
    words = lead.split()
    stops = lexicon.function_words() | lexicon.sentence_verbs()
    start = next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i].lower() in stops), 0)
    tail_label = _member_class_label(words[start:]) if colon and start else None
    return parts + ([f"{tail_label}: {listed}"] if tail_label else [])


def _member_class_label(words: list[str]) -> str | None:
    """ "Our fifteen Member States" → "Member States": the label of a class of members or
    states after its determiner and count, or ``None``."""
    dropped = _DETERMINERS | lexicon.first_person_words("possessive")
    while words and (words[0].lower() in dropped or _count_word(words[0]) or words[0].isdigit()):
        words = words[1:]
    label = " ".join(words)
    if not words or not all(w.isalpha() for w in words):
        return None
    return label if _states_label(label) or _members_label(f"{label}: -") else None


def _subject_partner(sentence: str, identity: Identity) -> Member | None:
    """The organization a sentence opens with, when a tie phrase follows it (after an aside
    in commas that opens in lowercase: "founded in Bratislava in 1953"); never the
    organization itself ("ACR works with the state agencies, …": its list is read instead)."""
    tie = _TIE.search(sentence)
    if not tie or not _names_itself(sentence[tie.end() :]):
        return None
    subject, *asides = split_top_level(sentence[: tie.start()], ",")
    if any(not clean(aside)[:1].islower() for aside in asides):
        return None
    found = org_mention(strip_article(clean(subject)))
    if found is None or _is_itself(found.name, identity):
        return None
    return Member(found) if clean(subject)[:1].isupper() else None


def _is_itself(name: str, identity: Identity) -> bool:
    """``name`` is the organization's own name, acronym or another of its names."""
    return any(same_name(name, own) for own in identity.own_names)


def _names_itself(text: str) -> bool:
    """ "… tied to the academy", "… the Czechoslovak academy", "… with it": the object is the
    organization itself (a list of other names after "works with" is read as a list; so is
    "the regional networks A and B", a plural class and the names it opens)."""
    words = text.split()
    if not words:
        return False
    if words[0].lower().strip(".") in {"it", "us"}:
        return True
    # "the academy", "the Czechoslovak academy"; not "the University of Oslo" (a name).
    noun_at = next((i for i in (1, 2) if i < len(words) and words[i].islower()), 0)
    noun = words[noun_at] if noun_at else ""
    if not (words[0].lower() == "the" and noun and noun not in lexicon.glue_words()):
        return False
    phrase = words[1 : noun_at + 3]
    named_after = any(w[:1].isupper() for w in phrase[noun_at:])
    return not named_after and not any(_plural_category(w.lower().strip(",.;")) for w in phrase)


# "Chile became a full member in 1996", "Peru joined in 2001": a country or body, then
# "joined" or "became a (full) member" with a date and nothing after it.
_JOINED_VERB = re.compile(r"\s(?P<verb>joined|became)\s")
_DATE = r"(?:in|on)\s(?:[A-Z][a-z]{2,8}\.?\s)?(?:\d{1,2},?\s)?\d{4}"
_JOINED_TAIL = {
    "joined": re.compile(_DATE),
    # "became an observer in 1990 and a full member in 2001": the last step is membership
    "became": re.compile(rf"(?:an?\s[a-z]{{1,20}}(?:\smember)?\s{_DATE}\sand\s)?a\s(?:full\s)?member\s{_DATE}"),
}


def _joined_member(sentence: str) -> list[Member]:
    """The member a sentence of joining names: "Chile became a full member in 1996", "Peru
    joined on May 1, 2004", "Oman became an observer in 1990 and a full member in 2001";
    not "X joined the Y in 1995" (another body), "X joined in 1990 as an observer" or "X
    became a member of the Y"."""
    sentence = sentence.rstrip(" .")
    joined = _JOINED_VERB.search(sentence, 0, 90)
    if not joined or not _JOINED_TAIL[joined["verb"]].fullmatch(sentence, joined.end()):
        return []
    subject = strip_article(clean(sentence[: joined.start()]))
    if not subject[:1].isupper() or re.search(r"[,;:()]", subject):
        return _joined_list(subject)
    if _has_verb(subject):
        return []
    found = org_mention(subject)
    return [Member(found)] if found else []


def _joined_list(subject: str) -> list[Member]:
    """ "The most recent, Gabon and Togo," (before "joined in June 2022"): a lead of ordinal
    words (lexicon/joined-list-leads.csv), then a list of known countries between commas; each
    country a member. Anything else (a person, a lead with other words) names nobody."""
    lead, comma, rest = subject.partition(", ")
    words = strip_article(clean(lead)).lower().split()
    if not (comma and words and all(w in _JOINED_LEADS for w in words)):
        return []
    listed = rest.rstrip(",")
    if re.search(r"[;:()]", listed) or not _countries_only(listed):
        return []
    found = [org_mention(strip_article(piece)) for piece in list_pieces(clean(listed))]
    return [Member(m) for m in found if m]


_JOINED_LEADS = frozenset(word for (word,) in lexicon.table("joined-list-leads"))


# "A and B were its key suppliers", "The big pair, A and B, are our main funders": a list, then a
# copula and a possessive before a class of partners.
_SUBJECT_COPULA = re.compile(r",?\s(?:are|were)\s(?:its|our|their)\s")
_LABEL_WORD = re.compile(r"[a-z][\w-]{0,30}")


def _subject_list(sentence: str) -> list[Fact]:
    """ "Intel and Microsoft were its key suppliers", "The "Wintel" duo, Intel and Microsoft,
    were its key suppliers": each name of the list before the copula, when a class of partners
    follows the possessive (a lead before its first comma that is no name, "The "Wintel" duo", goes); all
    the pieces must be names, else nothing."""
    sentence = sentence.rstrip(" .")
    found = _SUBJECT_COPULA.search(sentence, 0, 240)
    listed, label = (sentence[: found.start()], sentence[found.end() :]) if found else ("", "")
    words = label.split()
    if not (len(listed) >= 3 and 1 <= len(words) <= 4 and all(_LABEL_WORD.fullmatch(w) for w in words)):
        return []
    # "were its key suppliers": the class must end in a plural class of partners ("main concerns" is none).
    if re.search(r"[;:()]", listed) or not _category(label) or not _after_class_noun(label):
        return []
    lead, comma, rest = listed.partition(", ")
    if comma and any(w.islower() for w in strip_article(lead).split()):
        listed = rest
    members = [org_mention(strip_article(piece)) for piece in list_pieces(clean(listed))]
    # "Oxfam and Christian Aid" left whole: one name or two? Nothing.
    if not members or not all(m and " and " not in m.name for m in members) or _has_verb(listed):
        return []
    # the members only: the writer's adjectives ("key", "main") make the class's name uncertain
    return [Member(m) for m in members if m]


# "A, which we helped found in 1997, B": a relative clause ending in a lowercase word or a
# year (a name at its end may be another list item: "A, which runs B, C and D" stays).
# "A, where much of our work is done": a clause of place about A is no item either.
# "A, with which it set up the X Centre for Y and Z": a preposition before the relative makes
# the clause about A to the sentence's end; what it names (cut at "and") is no partner.
# "A and B, part of whose work was moved to us in 1989": a quantifier and "of" before the
# relative (lexicon/partner-relative-quantifiers.csv) keep the clause about the item.
_LIST_RELATIVE = re.compile(
    r",\s(?P<preposition>(?:with|in|of|through|under|by"
    rf"|(?:{lexicon.alternation(w for (w,) in lexicon.table('partner-relative-quantifiers'))})\sof)\s)?"
    r"(?:which|whom|who|whose|where)\s"
    r"(?P<clause>[^,;()]{1,200}?)(?=(?P<end>,\s|\.?\Z))"
)


# "A, a network of European NGOs, of which Concern is a member", "B (BC), a
# consortium of which it was a founding member": the item before the first comma is a body
# the subject of the relative belongs to (read only when that subject is the organization).
_OF_WHICH = re.compile(r",?\sof\swhich\s")
_MEMBER_VERB = re.compile(r"\s(?:is|was|has\sbeen|had\sbeen|became|remains|remained)\s")
_MEMBER_TAIL = re.compile(
    r"(?:an?\s)?(?:[a-z-]{1,20}\s){0,2}"
    rf"(?:{lexicon.spaced_alternation(p.removesuffix(' of') for p in lexicon.membership_phrases())})s?"
    r"(?:\s(?:since|from|until|in)\s\d{4})?\.?"
)


def _member_of_relative(chunk: str, identity: Identity) -> list[Fact] | None:
    """The body ``chunk`` names before "…, of which <the organization> is a member", as a
    ``MemberOf`` (all or nothing); ``None`` when the chunk is not so phrased or the relative's
    subject is another body ("of which Chile is a member" is left to the other readers)."""
    text = clean(chunk)
    found = _OF_WHICH.search(text)
    if not found:
        return None
    head, rest = text[: found.start()], text[found.end() :]
    verb = _MEMBER_VERB.search(rest, 0, 80)
    parts = split_top_level(head, ",")
    if not verb or len(parts) > 2 or not _MEMBER_TAIL.fullmatch(rest[verb.end() :]):
        return None
    if not _subject_is_itself(rest[: verb.start()], identity):
        return None
    facts = _partners(parts[0], single_item=True)
    bodies: list[Fact] = [MemberOf(f.org) for f in facts if isinstance(f, Member)]
    return bodies if len(bodies) == len(facts) else []


# "A, responsible for population and social statistics", "B, known for its archive"
# (lexicon/partner-gloss-adjectives.csv), "C, typically through exchange agreements" (an adverb
# in -ly): a note about the item, opened by a preposition, to the chunk's end (no semicolon or
# bracket after it).
_GLOSS_ADJECTIVE = re.compile(
    rf",\s(?:(?:{lexicon.alternation(w for (w,) in lexicon.table('partner-gloss-adjectives'))})"
    r"\s(?:for|to|with|in|as)|[a-z]{2,20}ly\s(?:through|via|by|under|in|for|with))\s"
)


def _gloss_dropped(chunk: str) -> str:
    """``chunk`` up to its note (``_GLOSS_ADJECTIVE``), else ``chunk``."""
    found = _GLOSS_ADJECTIVE.search(chunk)
    if not found or re.search(r"[;()]", chunk[found.end() :]) or len(chunk) - found.end() > 200:
        return chunk
    return chunk[: found.start()]


# ", which manages A (since 2010) and B": a relative clause to the end of a semicolon part.
_PART_RELATIVE = re.compile(r",\s(?:which|who|whose|where)\s")


def _part_relative_dropped(part: str) -> str:
    """``part`` (one semicolon part of a list) without a relative clause that runs to its end."""
    found = _PART_RELATIVE.search(part)
    return part[: found.start()] if found and ";" not in part[found.end() :] else part


def _list_relatives_dropped(chunk: str) -> str:
    """``chunk`` without the relative clauses about its items (``_LIST_RELATIVE``)."""

    def drop(match: re.Match[str]) -> str:
        last = match["clause"].split()[-1]
        whole = bool(match["preposition"]) and match["end"] != ", "
        return "" if whole or last.islower() or last.isdigit() else match[0]

    return _LIST_RELATIVE.sub(drop, chunk)


# ", with (its) offices in Europe and North America": a lowercase noun phrase and the places it
# is in, up to the next comma or the sentence's end.
_WHERE_ASIDE = re.compile(
    r",\swith\s(?:its\s|their\s)?[a-z][\w-]{0,30}(?:\s[a-z][\w-]{0,30}){0,2}"
    r"\s(?:in|across|throughout|around)\s[^,;()]{1,80}?(?=,\s|\.?\Z)"
)


# ", consisting of towns and cooperatives" (lexicon/partner-makeup-phrases.csv): up to the next
# comma or the sentence's end.
_MAKEUP_ASIDE = re.compile(
    rf",\s(?:{lexicon.spaced_alternation(p for (p,) in lexicon.table('partner-makeup-phrases'))})\s"
    r"[^,;()]{1,120}?(?=,\s|;|\.?\Z)"
)

_DENIAL_NOUNS = lexicon.alternation(sorted(word for (word,) in lexicon.table("partner-denial-nouns")))
# "those shops are customers, not partners", "is not a partnership", "does not make the X a
# partner of the company": a sentence denying the tie names no partner and no class.
_TIE_DENIAL = re.compile(
    rf"\bnot\s(?:(?:an?|our|its|their|the)\s)?(?:{_DENIAL_NOUNS})\b"
    rf"|\b(?:does|do|did)\snot\smake\s[^.;,]{{1,80}}?\s(?:an?\s)?(?:{_DENIAL_NOUNS})\b",
    re.I,
)


def _tie_denied(line: str) -> bool:
    """ "The X buys from A; those firms are suppliers, not partners": the sentence says who is no
    partner (``_TIE_DENIAL``)."""
    return _TIE_DENIAL.search(line) is not None


# "the global networks A, B and C": a lowercase class right before the names it opens.
_APPOSED = re.compile(r"^(?:the\s)?(?P<head>(?:[a-z][\w-]{0,30}\s){0,4}?[a-z][\w-]{0,30})\s(?=[A-Z])")


def _apposed_class(chunk: str) -> tuple[str, str] | None:
    """ "the global networks A, B and C" → ("global networks", "A, B and C"): a class ending
    in a plural class noun, and a list of names right after it ("universities in Kenya":
    no names after the class; "the regional network A": a singular head is one body's name)."""
    apposed = _APPOSED.match(chunk)
    if not apposed or not _plural_category(apposed["head"].split()[-1]):
        return None
    head = _category(apposed["head"])
    return (head, chunk[apposed.end() :]) if head else None


def _head_items(head: str) -> list[Fact]:
    """ "The agency works with the A Commission, with the regional communities and with
    development partners, among them …": before the cue, after the lead ("works with", "is
    made up of"), each piece is a partner category or one named partner. All or nothing: a
    piece that is neither gives no fact at all; an aside ("each an independent body") goes."""
    pieces = [
        re.sub(r"^(?:and\s+)?with\s+", "", clean(part))
        for piece in split_top_level(_lead_dropped(clean(head).rstrip(" ,")), ",")
        for part in _AND.split(re.sub(r"^and\s+", "", clean(piece)))
        if clean(part)
    ]
    pieces = [p for p in pieces if p.split(" ", 1)[0].lower() not in _ASIDE_OPENERS]
    facts: list[Fact] = []
    for piece in pieces:
        counted = _COUNTED.match(piece)  # "more than 100 national chapters"
        category = _category(counted["rest"] if counted else piece)
        named = [] if category or _has_verb(piece) else _partners(piece, single_item=True)
        named = [f for f in named if isinstance(f, Member)]  # a category left by _partners: no
        if not (category or named):
            return []
        facts.extend([PartnerCategory(category)] if category else named)
    return facts


_ASIDE_OPENERS = frozenset({"each", "every"})
_TRAILING_TIME = re.compile(r"\s(?:now|today|currently|at present)$")


def _trailing_time_dropped(label: str) -> str:
    """ "approved members now" → "approved members"; any other label as it is."""
    return _TRAILING_TIME.sub("", label)


# ", 25 as of 2024", ", 33 in total", ", 12": a count (and when it held) closing a list's label.
_LABEL_COUNT = re.compile(r",\s\d{1,4}(?:\s(?:as\sof|in|since|at|by)\s(?:\d{4}|total))?\Z")


def _state_category(text: str) -> str | None:
    """The label of "Member states: A, B and C" when it names a category of states."""
    listed = strip_lead_in(clean(text))
    label = clean(text)[: len(clean(text)) - len(listed)].rstrip(" :")
    if not label:  # "Member countries (Países Miembros): A; B": the note in brackets goes
        noted, colon, rest = clean(text).partition(": ")
        # "Estados Miembros (Member States), 25 as of 2024: A, B": the count after the label
        # is a remark about the list, no part of the class.
        counted = _LABEL_COUNT.search(noted)
        noted = noted[: counted.start()] if counted else noted
        shaped = "(" in noted or counted is not None
        label = strip_notes(noted) if colon and rest and shaped and len(noted.split()) <= 8 else ""
    return _states_label(label) if label else None


def _states_label(text: str) -> str | None:
    """ "Member states", "The Partner States", "member countries": a category of states,
    capitalised or not (its words are all partner-class words), else ``None``."""
    label = strip_article(clean(text))
    words = label.lower().split()
    if words and words[-1] in _STATE_NOUNS and all(w in lexicon.partner_category_words() for w in words):
        return label
    category = _category(label)
    if category and category.split()[-1].lower() in _STATE_NOUNS:
        return category
    return _member_states_label(label)


_STATE_LABEL_BREAK = re.compile(r"\s+|(?<=[^\W\d_])-(?=[^\W\d_])")
# "Among the 21 États fondateurs": a lead saying the list is a part of the class.
_AMONG_LEAD = re.compile(r"^among\s(?:the\s|its\s)?(?:\d{1,4}\s)?", re.I)


def _member_states_head(text: str) -> str | None:
    """ "Founding Member States" before a cue: a capitalised class of member states ("Observer
    States" are no members)."""
    label = _states_label(text)
    return label if label and _member_states(label) and not _not_members(label) else None


def _member_states(label: str) -> bool:
    """The states of ``label`` are members ("Member states", "États fondateurs")."""
    words = set(label.lower().split())
    return bool(_MEMBERSHIP_WORDS & words) or _member_states_label(label) is not None


def _member_states_label(label: str) -> str | None:
    """ "États fondateurs", "Founding States", "Among the 21 Estados miembros": a state word
    and member words only (lexicon/state-class-words.csv), in either order; ``None`` else."""
    label = _AMONG_LEAD.sub("", label)
    words = _STATE_LABEL_BREAK.split(label.lower())  # "Pays-membres", "États-membres": one compound, two words
    kinds = [_state_class_words().get(word) for word in words]
    return label if 2 <= len(words) <= 3 and kinds.count("state") == 1 and None not in kinds else None


@cache
def _state_class_words() -> dict[str, str]:
    return {word: kind for word, kind in lexicon.table("state-class-words")}


# "Founding members: A, B", "Dialogue partners: C, D": the last word of a class's label.
_MEMBERSHIP_CLASS = frozenset({"members", "partners"})


def _labelled_chunks(lines: list[str]) -> list[str]:
    """The semicolon parts of ``lines``, each after a "Label:" of a class of members carrying
    that label; a part opening with a class label of its own ("…; non-regional members:
    Canada; China") carries its own to the parts after it."""
    chunks: list[str] = []
    for line in lines:
        label = _members_class(line)
        # "a member of A; B; C" (a "Member of:" line): each part is a body it belongs to.
        member_of = None if label else _MEMBER_OF_LABEL.match(clean(line))
        lead = member_of.group(0) if member_of else ""
        for index, part in enumerate(split_top_level(_state_label_kept(clean(line)), ";")):
            own = _members_class(part) if index else None
            label = own or label
            part = _member_of_carried(part, lead) if index and not own else part
            chunks.append(f"{label}: {part}" if label and index and not own else part)
    return chunks


def _members_label(text: str) -> str | None:
    """ "Founding members (01/1949)", "Later full members", "Former members": the label of a
    "Label: A, B" line that names a class of members (its notes dropped), else ``None``."""
    label, colon, listed = clean(text).partition(": ")
    label = strip_notes(label)
    words = label.lower().split()
    # "Observers:", "Associated:": one word that names a class of partners, no members.
    alone = len(words) == 1 and words[0] in lexicon.not_member_words() | {"members"}
    if not (colon and listed and (alone or (1 < len(words) <= 5 and words[-1] in _MEMBERSHIP_CLASS))):
        return None
    if _kind_label(label):  # "Categories of partners: A; B": the classes follow, no members
        return None
    # "Non-regional members": a hyphenated word is a word.
    return label if all(w.replace("-", "").isalpha() for w in words) and not _has_verb(label) else None


def _members_class(line: str) -> str | None:
    """The label, as written, of a "Label: A; B" line that lists a class of members or states."""
    return clean(line).partition(":")[0] if _members_label(line) or _state_category(line) else None


# "Not members, …:", "Gone:", "Left in 2019:": a short label whose first words deny membership now.
_DENIED_LABEL = re.compile(
    rf"(?:{lexicon.spaced_alternation(p for (p,) in lexicon.table('not-member-leads'))})(?=[\s,:])[^:;()]{{0,80}}:\s",
    re.I,
)


def _denied_label(chunk: str) -> bool:
    """ "Not members, even if you'd expect them: A, B", "Gone: C (left 2019)": the label denies
    that what follows are members, so the line names no member and no category."""
    return _DENIED_LABEL.match(clean(chunk)) is not None


def _not_members(label: str) -> bool:
    """ "Former members", "Observer States", "Associated": its items are no members."""
    return bool(set(re.split(r"[\s-]+", label.lower())) & lexicon.not_member_words())


def _state_label_kept(line: str) -> str:
    """``line`` without a short "Label:" in front, unless the label names a category of states."""
    return line if _explained_list(line) or _state_category(line) or _members_label(line) else strip_lead_in(line)


def _explained_list(line: str) -> bool:
    """ "Lenders include A and B: two paintings came from each": a cued list before the colon
    is no label; the lowercase words after it explain the list."""
    label, colon, rest = clean(line).partition(": ")
    return bool(colon) and rest[:1].islower() and _CUE.match(label) is not None


# "Industrial members (Bayer, BASF)": a bracket holding a list, without a cue.
_BRACKET = re.compile(r"\((?P<list>[^()]{3,300})\)")


def _bracketed_names_read(text: str, facts: list[Fact]) -> None:
    """Members named in a bracket after a category ("Industrial members (Bayer, BASF)"); only
    when every piece is an organization and none is a country. The bracket stays in the
    text: the category around it is read as a note-bearing piece."""
    for bracket in _BRACKET.finditer(text):
        pieces = list_pieces(bracket["list"])
        found = [org_mention(p) for p in pieces]
        before = split_top_level(text[: bracket.start()], ",;")
        # After an organization the bracket may list its own parts ("Airbus Group (Airbus,
        # Eurocopter)"): only a category's bracket names members.
        category = bool(before) and _category(before[-1]) is not None and org_mention(before[-1]) is None
        if category and len(pieces) >= 2 and all(found) and not any(is_country(p) for p in pieces):
            facts.extend(Member(f) for f in found if f)


def _label_dropped(text: str) -> str:
    """ "Fellow founders of the X Alliance (2021): A and B" → "A and B": a long label (with
    brackets, too long for ``strip_lead_in``) before a colon, made of no clause."""
    label, colon, rest = text.partition(": ")
    # "Bard College (partner; start year: unknown)": a colon inside a note ends no label.
    if colon and rest and len(label.split()) <= 20 and not _has_verb(strip_notes(label)) and _balanced_brackets(label):
        return rest
    return text


def _balanced_brackets(text: str) -> bool:
    return text.count("(") == text.count(")")


# "The big one is the X Hospital, Ibadan — XH, the teaching hospital", "The famous one is
# BHP — …": a spoken answer naming its one partner; what a dash adds is a note.
_NAMED_ONE = re.compile(
    r"\AThe\s(?:[a-z][\w-]{1,20}\s){1,2}one\s(?:is|was)\s(?P<name>(?:the\s)?[A-Z][^—–;]{1,160}?)(?:\s[—–]\s|\.?\Z)"
)
# "For the Heritage scheme they work with the X": after a pronoun and a tie verb, the list;
# the words before them (capitals too) are no partner.
_PRONOUN_TIE = re.compile(
    r"\b(?:they|we|it)\s(?:also\s)?(?:\w+ly\s)?"
    r"(?:work|works|worked|partner|partners|partnered|cooperate|cooperates|cooperated"
    r"|collaborate|collaborates|collaborated)\swith\s"
)


def _named_one(chunk: str) -> list[Fact]:
    """The partner a "The big one is X" sentence names, or nothing."""
    found = _NAMED_ONE.match(clean(chunk))
    return _partners(found["name"], single_item=True) if found else []


def _lead_dropped(text: str) -> str:
    """``text`` without the words before its list: "X works closely with", "with", or a
    lowercase clause ending in "with" ("Joint conferences with", "Loans have been
    organized with")."""
    text = _PREAMBLE.sub("", clean(text))
    tie = _PRONOUN_TIE.search(text, 0, 160)
    if tie:
        return text[tie.end() :]
    member_of = _MEMBER_OF.match(text) or _MEMBER_OF_LABEL.match(text)
    if member_of and not _person_subject(member_of["subject"]):
        # "Chile is a member of A": the subject is another body, not the organization itself
        # (``_member_of_bodies`` reads that case); another body's membership makes A no
        # member and no partner of this one, so the clause is read as naming nothing.
        return ""
    lead = _WITH.search(text, 0, 120)
    if lead and lead.start() > 0:
        words = text[: lead.start()].split()
        # "In 2015 it signed agreements with": a year may sit in the lead
        plain = all((w.islower() and w.isalpha()) or (w.isdigit() and len(w) == 4) for w in words[1:])
        if plain and words[0][:1].isalpha() and len(words) <= 12:
            return text[lead.end() :]
    return text


_MEMBERSHIP_LEADS = lexicon.table("membership-leads")
# "It is a member of", "at European level is member of", "It has been a member of", "It
# belongs to" (lexicon/membership-leads.csv): the bodies it belongs to follow.
_MEMBER_OF = re.compile(
    rf"(?P<subject>[^,;:]{{0,60}}?)\b(?:(?:is|was|has\sbeen|had\sbeen)\s(?:[a-z]{{1,20}}\s){{0,2}}"
    rf"(?:{lexicon.spaced_alternation(lexicon.membership_phrases())})"
    rf"|{lexicon.spaced_alternation(phrase for phrase, kind in _MEMBERSHIP_LEADS if kind == 'verb')})\s"
)
# "A founding member of A (1995)": a label-like line with no verb says the same as "It is a
# founding member of"; only an article opens it, so "Members of staff …" reads nothing.
# "Network: member of the X Club": the bare singular after a label says it too.
_MEMBER_OF_LABEL = re.compile(
    rf"(?P<subject>)(?:(?:an?\s(?:[a-z]{{1,20}}\s){{0,2}})?(?:{lexicon.spaced_alternation(lexicon.membership_phrases())})):?\s",
    re.I,
)
# "1930 → founding member of: A", "→ member of: B", "2004: member of: C" (a chronicler's
# timeline): the date and the arrow mark the entry; the label says the organization itself is
# the member, so it reads as "member of A" with no subject (``_member_of_bodies``).
_TIMELINE_MEMBER_OF = re.compile(
    r"(?:(?:c\.\s?|ca\.\s?|since\s|from\s)?\d{4}(?:\s?[–-]\s?\d{4})?\s?)?(?:(?:→|->|⟶|\||—|–|:)\s)?"
    rf"(?P<label>(?:an?\s)?(?:[a-z]{{1,20}}\s){{0,2}}(?:{lexicon.spaced_alternation(lexicon.membership_phrases())})):\s",
    re.I,  # "Member of: A", a memo's label, as "member of: A"
)


def _timeline_member_of(line: str) -> str:
    """ "1930 → founding member of: A" as "founding member of A"; any other line as it is."""
    found = _TIMELINE_MEMBER_OF.match(clean(line))
    if not found:
        return _memberships_label_read(line)
    # "founding member of": the label-like line takes its article ("A founding member of")
    article = "" if re.match(r"an?\s", found["label"]) else "a "
    return f"{article}{found['label']} {clean(line)[found.end() :]}"


_RECORD_LABELS = lexicon.table("partner-record-labels")
_MEMBERSHIPS_LABELS = frozenset(label for label, kind in _RECORD_LABELS if kind == "memberships")
_NAMING_WORDS = frozenset(label for label, kind in _RECORD_LABELS if kind == "naming")
_NO_TIE_WORDS = frozenset(label for label, kind in _RECORD_LABELS if kind == "no-tie")
# A record line's label: up to five words and a bracketed note, then a colon and a space.
_RECORD_LABEL = re.compile(r"\A(?P<label>[^\W\d_][\w&/-]{0,30}(?: [^\W\d_][\w&/-]{0,30}){0,4})(?: \([^()]{1,40}\))?:\s")


def _record_label(line: str) -> tuple[str, str] | None:
    """The casefolded label of a "Label (note): value" line and the value after it, or None."""
    text = clean(line)
    found = _RECORD_LABEL.match(text)
    return (found["label"].casefold(), text[found.end() :]) if found else None


def _memberships_label_read(line: str) -> str:
    """ "Memberships: A; B" (partner-record-labels.csv, kind memberships) says what
    the organization itself belongs to: read as "a member of A; B"; any other line as it is."""
    found = _record_label(line)
    if found is None or found[0] not in _MEMBERSHIPS_LABELS or not found[1]:
        return line
    return f"a member of {found[1]}"


def _member_of_carried(part: str, lead: str) -> str:
    """ "a member of A (AC); B; C": the lead of a label-like membership line (no subject
    before it) carries to each later semicolon part that is a name list, not a clause."""
    if not lead or ":" in part or not part[:1].isupper() or _has_verb(part):
        return part
    return f"{lead}{part}"


def _no_tie_records_dropped(field: Field) -> Field:
    """``field`` without its record lines whose label's last word names things, not partners
    ("Key Contracts: Horizon (for the Post Office)", partner-record-labels.csv, kind no-tie):
    a contract, a product or a listing is no partner and no class of partners."""
    kept = [
        item
        for item in field.items
        if (found := _record_label(item.text)) is None or found[0].split()[-1] not in _NO_TIE_WORDS
    ]
    return field if len(kept) == len(field.items) else replace(field, items=tuple(kept))


# "…, and (also) an associate member of B": a second body after the first.
_MEMBER_OF_AGAIN = re.compile(
    rf",?\sand\s(?:also\s)?an?\s(?:[a-z]{{1,20}}\s){{0,2}}(?:{lexicon.spaced_alternation(lexicon.membership_phrases())})\s"
    # "a member of the A and of the B": "of" repeated before the second body
    r"|,?\sand\s(?:also\s)?of\s(?=(?:the\s)?[A-Z])"
)
# "…, together with airlines like A and B": after the bodies, their fellow members.
# "…, whose other members include A and B" (membership-second-predicates.csv, kind "fellows").
_SECOND_PREDICATES = lexicon.table("membership-second-predicates")
_FELLOWS = re.compile(
    rf",\s(?:{lexicon.spaced_alternation(phrase for phrase, kind in _MEMBERSHIP_LEADS if kind == 'fellows')}"
    rf"|{lexicon.spaced_alternation(phrase for phrase, kind in _SECOND_PREDICATES if kind == 'fellows')})\s"
)
# "It is a member of A and B, and has exchange agreements with C": a second verb of the same
# subject after ", and" (membership-second-predicates.csv, kind "verb") ends the bodies.
_SECOND_VERBS = lexicon.spaced_alternation(p for p, kind in _SECOND_PREDICATES if kind == "verb")
_SECOND_PREDICATE = re.compile(rf",\s(?:and|but)\s(?:also\s)?(?=(?:{_SECOND_VERBS})\s)")


def _member_of_split(chunk: str, identity: Identity) -> list[str]:
    """ "It is a member of A and B, and has agreements with C such as D" as its two statements:
    the membership, and "has agreements with C such as D" (the same subject, a partner tie);
    any other chunk as it is."""
    if _member_of_bodies(chunk, identity) is None:
        return [chunk]
    second = _SECOND_PREDICATE.search(chunk)
    if second is None or _member_of_bodies(chunk[: second.start()], identity) is None:
        return [chunk]
    return [chunk[: second.start()], chunk[second.end() :]]


# "…is/was/became a (founding) member of", "…is affiliated with", "…joined":
# the leads read only when the organization itself is the subject (``_member_of_bodies``).
_COPULA_PHRASES = tuple(p for p, kind in _MEMBERSHIP_LEADS if kind == "copula")
_SELF_MEMBER_OF = re.compile(
    rf"(?P<subject>[^,;:]{{0,60}}?)\b(?:(?:is|was|has\sbeen|had\sbeen|became|has\sbecome|are|were|have\sbeen)\s(?:[a-z]{{1,20}}\s){{0,2}}"
    rf"(?:{lexicon.spaced_alternation([*lexicon.membership_phrases(), *_COPULA_PHRASES])})"
    rf"|{lexicon.spaced_alternation(p for p, kind in _MEMBERSHIP_LEADS if kind in {'verb', 'self-verb'})})"
    # "an active member of, namely, the ITU": the cue after the comma is read as a list's cue
    r",?\s"
)
# "Internationally, the Archives is a member of": a sentence adverb and its comma before the subject.
_SENTENCE_ADVERB = re.compile(r"\A[A-Z][a-z]{2,20}ly,\s")
_SELF_WORDS = frozenset(p for p, kind in _MEMBERSHIP_LEADS if kind == "self")
_SCOPE_WORDS = frozenset(p for p, kind in _MEMBERSHIP_LEADS if kind == "scope")
_SELF_ARTICLES = frozenset(p for p, kind in _MEMBERSHIP_LEADS if kind == "self-article")
_SUBJECT_ADVERBS = frozenset({"also", "now", "still", "itself", "currently", "today"})


def _member_of_read(chunk: str, identity: Identity) -> tuple[str, bool]:
    """``chunk`` without its lead (``_lead_dropped``), and whether the organization itself is
    the member of the bodies left (``_member_of_bodies``)."""
    bodies = _member_of_bodies(chunk, identity)
    return (bodies, True) if bodies is not None else (_lead_dropped(chunk), False)


def _as_member_of(facts: list[Fact], *, itself: bool) -> list[Fact]:
    """The facts of a chunk whose subject is the organization itself: each member a ``MemberOf``."""
    return [MemberOf(f.org) if itself and isinstance(f, Member) else f for f in facts]


def _member_of_bodies(text: str, identity: Identity) -> str | None:
    """The list of bodies after "X is a member of" when X is the organization itself (its
    name, acronym or another name, "it", "we", "the Company", nothing before a label-like
    "A founding member of"), or ``None`` (another body's membership — "Chile is a member of
    the X" — and anything else is left to the other readers)."""
    text = _SENTENCE_ADVERB.sub("", _PREAMBLE.sub("", clean(text)))
    text = _IT_IS.sub(lambda m: f"{m['it']} has been " if m["been"] else f"{m['it']} is ", text)
    if _PRONOUN_TIE.search(text, 0, 160):
        return None
    found = _SELF_MEMBER_OF.match(text) or _MEMBER_OF_LABEL.match(text)
    if not found or not _subject_is_itself(found["subject"], identity):
        return None
    bodies = _FELLOWS.split(text[found.end() :], maxsplit=1)[0]
    # "a member of A, of which it was a founding shareholder in 1930, and of B": the relative
    # clause about A goes before "and of" is read; "a member of A in December 2017": the date
    # of joining is no part of the last body's name.
    bodies = _RELATIVE_BEFORE_OF_AGAIN.sub("", bodies)
    # (a relative clause ending in a date keeps it: ``_list_relatives_dropped`` reads it so)
    bodies = bodies if _RELATIVE_WORD.search(bodies) else _JOINED_DATE_END.sub("", bodies)
    # "…, and I thank our partners": a new clause with its own subject ends the bodies.
    bodies = _NEW_CLAUSE.split(bodies, maxsplit=1)[0]
    # "Science Europe, the association of research funding and performing organizations": an
    # appositive opened by an article and a lowercase word says what the body is; it names no
    # body and no class of partners.
    bodies = _BODY_GLOSS.sub("", bodies)
    return _GROUPING_NOUN.sub(r"\g<name>", _MEMBER_OF_AGAIN.sub(" and ", bodies))


_RELATIVE_BEFORE_OF_AGAIN = re.compile(
    r",\s(?:(?:of|in|with|to)\s)?(?:which|whom)\s[^,;()]{1,160}(?=,\sand\s(?:also\s)?of\s(?:the\s)?[A-Z])"
)
_JOINED_DATE_END = re.compile(rf",?\s{_DATE}\.?\Z")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|where)\b")


# ", the association of …", ", an umbrella body for …": after a body's name (a capital or a
# closing bracket before the comma), up to the next comma, semicolon or bracket.
_BODY_GLOSS = re.compile(r"(?<=[\w)]),\s(?:the|an?)\s[a-z][^,;()]{0,160}")


# "it's a member of", "it's been a member of": the contraction of "it is" / "it has".
_IT_IS = re.compile(r"\b(?P<it>[Ii]t)['’]s\s(?P<been>been\s)?")


# "the SkyTeam alliance", "the Matariki network" (lexicon/grouping-class-nouns.csv):
# a lowercase kind noun after a capitalised name is no part of the name ("the X alliance of
# Y" is left as it is).
_GROUPING_NOUN = re.compile(
    r"\b(?:the\s)?(?P<name>[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,3})"
    rf"\s(?:{lexicon.alternation(word for (word,) in lexicon.table('grouping-class-nouns'))})\b(?!\s(?:of|for)\s)"
)
_NEW_CLAUSE = re.compile(r",?\s(?:and|but)\s(?:I|we|they|he|she)\s")
# "Since 2010 we", "In May 1998, the University": a time phrase before the subject is no part of it.
_TIME_LEAD = re.compile(r"(?:since|from|in|by)\s(?:[A-Z][a-z]{2,8}\s)?\d{4},?\s", re.I)


def _subject_is_itself(subject: str, identity: Identity) -> bool:
    """ "UCT", "It", "The University", "Our institution", "at European level" (an elided
    subject), "": the subject names the organization itself; "Chile", "Its director" do not."""
    cleaned = clean(subject)
    lead = _TIME_LEAD.match(cleaned)
    words = cleaned[lead.end() if lead else 0 :].split()
    while words and words[-1].lower() in _SUBJECT_ADVERBS | {"and"}:
        words = words[:-1]
    if not words:
        return True
    if _person_subject(subject):
        return False
    if words[0].lower() in _SCOPE_WORDS:
        # "at European level" (the subject elided), "At Nordic level it": a scope before the subject
        end = next((i for i in range(1, min(len(words), 4)) if words[i].islower()), None)
        if end is not None and "the" not in words[1 : end + 1]:
            rest = words[end + 1 :]
            return not rest or _subject_is_itself(" ".join(rest), identity)
    # "The said University" (a legal drafter's article): "said" points back at the organization.
    while words and words[0].lower() in {"the", "our", "its", "and"} | _SELF_ARTICLES:
        words = words[1:]
    if not words:
        return False
    if len(words) == 1 and (words[0].lower() in _SELF_WORDS or words[0].capitalize() in lexicon.org_head_words()):
        return True
    name = " ".join(words)
    # "Singapore Airlines" for "Singapore Airlines Limited": an own name without its legal form,
    # two words or more
    if _is_itself(name, identity) or any(same_name(name, own) for own in owner_names(identity) if " " in own):
        return True
    # "Qantas" for "Qantas Airways Limited", "Bundesbank" for "Deutsche Bundesbank", "Hydro" for
    # "Norsk Hydro": one distinctive word of its name (no head noun such as "Bank" or "Institute")
    one = words[0] if len(words) == 1 else ""
    own_words = identity.name.replace(",", " ").split()
    return (
        one in own_words
        and (len(one) >= 4 or one.isupper())
        and one[:1].isupper()
        and one not in lexicon.org_head_words()
        and one.lower() not in lexicon.function_words()
    )


def _person_subject(subject: str) -> bool:
    """ "Its director", "The chairman": a post's holder is the member, not the organization."""
    roles = {r.lower() for r in lexicon.roles()}
    return any(w.lower().strip(".,") in roles for w in subject.split())


_ORIGIN_PREPOSITIONS = frozenset(word for (word,) in lexicon.table("origin-prepositions"))


def _origin_dropped(text: str) -> str:
    """ "49 regional members, from Asia and the Pacific": a comma piece after the first that
    opens with a lowercase preposition of place says where the members are; its regions
    ("Pacific") are no members."""
    parts = split_top_level(text, ",")
    if not parts:  # a clause read as naming nothing (``_lead_dropped``)
        return text
    first, *rest = parts
    kept = [p for p in rest if clean(p).split(" ", 1)[0] not in _ORIGIN_PREPOSITIONS]
    return text if len(kept) == len(rest) else ", ".join([first, *kept])


_AND_WORDS = tuple(sorted({"and", *(word for word, _ in lexicon.table("and-words"))}))


def _country_pairs(pieces: list[str]) -> list[str]:
    """ "Colombia y Ecuador", "Canada et France": in a list of states, two joined in their language."""
    return [part for piece in pieces for part in _country_pair(piece)]


def _country_pair(piece: str) -> list[str]:
    """ "Colombia y Ecuador" → both, when each half is a known country and the whole is not
    ("Trinidad and Tobago" stays one); "Suriname and Trinidad and Tobago" → the known
    countries it is made of, read by pycountry's names before any "and" splits it."""
    name = strip_notes(clean(piece))
    if is_country(name):
        return [piece]
    for word in _AND_WORDS:
        countries = _countries_joined(split_words_top_level(name, word), word)
        if countries:
            return countries
    return [piece]


def _countries_joined(parts: list[str], word: str) -> list[str] | None:
    """``parts`` (a text cut at every ``word``) regrouped as two or more known countries
    ("Suriname" + "Trinidad and Tobago"), or ``None`` when no grouping names only countries.
    Each run of parts is tried once from its start, so the search is linear in the runs."""
    if len(parts) < 2 or len(parts) > 8:
        return None
    # best[i]: the countries that parts[:i] is made of, when it is made of countries only.
    best: list[list[str] | None] = [[]] + [None] * len(parts)
    for end in range(1, len(parts) + 1):
        for start in range(end):
            prefix = best[start]
            name = f" {word} ".join(parts[start:end])
            if prefix is not None and best[end] is None and is_country(name):
                best[end] = [*prefix, name]
    found = best[len(parts)]
    return found if found is not None and len(found) >= 2 else None


# "A and Gavi, the Vaccine Alliance": after the last item (joined by "and") a comma and "the"
# with a capitalised name is that item's gloss; no list goes on after its last item.
# ", each holding a minority share in …": a distributive word and a participle after the
# list's last item open an aside about every item (to the end, no further comma).
_ITEM_ASIDE = re.compile(r",\s(?:each|both|all|every\sone)\s[a-z]{2,20}ing\s[^;,]*\Z")
_ACRONYM_BRACKET = re.compile(r"\((?P<acronym>[A-Z]{3,10})\)\Z")
# Lowercase words an acronym's expansion may hold without a letter of their own.
_ACRONYM_GLUE = frozenset(
    {"and", "of", "for", "the", "on", "in", "at", "de", "des", "du", "la", "le", "et", "y", "del"}
)


def _acronym_start(words: list[str], acronym: str) -> int | None:
    """The index in ``words`` (the words before "(ACR)") where the expansion of ``acronym``
    starts: its letters, read backwards, are the initials of capitalised words in order (at
    most two capitalised words without a letter, "Training Centre" in "SESRIC"; glue words
    free); the last word gives the last letter, the first matched word the first. ``None``
    when the letters run out of words or meet any other lowercase word."""
    letters, skipped = list(acronym), 0
    if not words or words[-1][:1] != letters[-1]:
        return None
    for index in range(len(words) - 1, -1, -1):
        word = words[index].strip(",")
        if word in _ACRONYM_GLUE:
            continue
        if not word[:1].isupper():
            return None
        if word[0] == letters[-1]:
            letters.pop()
            if not letters:
                return index
        elif (skipped := skipped + 1) > 2:
            return None
    return None


def _acronym_pieces_joined(text: str, pieces: list[str]) -> list[str]:
    """``pieces`` with those an acronym's expansion spans joined as written in ``text``
    ("the Statistical", "Economic and Social … Countries (SESRIC)" → one piece). Pieces not
    found in ``text`` in order leave the list as it is."""
    spans, at = [], 0
    for piece in pieces:
        start = text.find(piece, at)
        if start < 0:
            return pieces
        spans.append((start, start + len(piece)))
        at = start + len(piece)
    joined: list[str] = []
    index = 0
    while index < len(pieces):
        acronym = _ACRONYM_BRACKET.search(pieces[index])
        own = pieces[index][: acronym.start()].split() if acronym else []
        if acronym and _acronym_start(own, acronym["acronym"]) is None:
            # the words from the earlier pieces, as written, before this piece's bracket
            end = spans[index][0] + acronym.start()
            for first in range(index - 1, max(index - 4, -1), -1):
                words = text[spans[first][0] : end].split()
                begin = _acronym_start(words, acronym["acronym"])
                if begin is not None and len(words) - begin <= 14:
                    del joined[len(joined) - (index - first) :]
                    joined.append(text[spans[first][0] : spans[index][1]])
                    break
            else:
                joined.append(pieces[index])
        else:
            joined.append(pieces[index])
        index += 1
    return joined


_LAST_GLOSS = re.compile(
    r"\sand\s(?P<name>[A-Z][^\s,;()]{0,30}(?:\s[A-Z][^\s,;()]{0,30}){0,3}),\s"
    r"(?P<gloss>the\s[A-Z][^\s,;()]{0,30}(?:\s[A-Z][^\s,;()]{0,30}){0,4})(?=\s?\(|\s?\.?\Z)"
)
# "Compagnie Générale d'Électricité of France": an English "of" and a country after a name in
# another language (a letter outside English, an elided article) tells where it is from.
_FOREIGN_OF_COUNTRY = re.compile(
    r"(?P<name>.{3,80}?)\sof\s(?P<place>(?:the\s)?[A-Z][^,;()]{1,40}?)(?P<rest>(?:,\s.*)?)\Z"
)
_FOREIGN_MARK = re.compile(r"[À-ÖØ-öø-ÿ]|\b[dlDL]['’](?=[A-ZÀ-Þ])")


def _gloss_cut(text: str, glossed: re.Match[str] | None) -> str:
    """``text`` without the gloss after its last item (kept aside, ``_gloss_restored``)."""
    return text[: glossed.start("gloss")].rstrip(" ,") + text[glossed.end("gloss") :] if glossed else text


def _gloss_restored(facts: list[Fact], glossed: re.Match[str] | None) -> list[Fact]:
    """``facts`` with the last member named as written with its gloss: "Gavi, the Vaccine Alliance"."""
    last = facts[-1] if facts else None
    if glossed is None or not isinstance(last, Member) or last.org.name != glossed["name"]:
        return facts
    return [*facts[:-1], Member(replace(last.org, name=f"{glossed['name']}, {glossed['gloss']}"))]


def _origin_country_dropped(piece: str) -> str:
    """``piece`` without an English "of <country>" after a name in another language."""
    found = _FOREIGN_OF_COUNTRY.match(clean(piece))
    if not found or not is_country(found["place"]) or not _FOREIGN_MARK.search(found["name"]):
        return piece
    return found["name"] + found["rest"]


def _partners(text: str, *, single_item: bool, mid_sentence: bool = False, countries: bool = False) -> list[Fact]:
    """The members and categories of one list (or one item: "X, Dubna" is X, located);
    ``countries``: the list names states, so a country in it is a member, not a place."""
    # "A and, from 1990, B": the time aside is no item (before "from" reads as an origin).
    text = _origin_dropped(_TIME_ASIDE.sub(r" \g<joiner> ", _PREAMBLE.sub("", clean(text))))
    note = _NOTE_AFTER_BRACKET.search(text)
    text = text[: note.start() + 1] if note else text
    # "Musée du Louvre — joint owner": the note after a dash is no part of the name.
    # "27 EU member states and 6 associated countries": two counted classes
    # "… and Gavi, the Vaccine Alliance (since 2010)": a gloss after the list's last item.
    glossed = _LAST_GLOSS.search(text)
    text = _gloss_cut(text, glossed)
    # "A, B and C, each holding a minority share": the aside after the last item is no item.
    text = _ITEM_ASIDE.sub("", text)
    pieces = [strip_dash_note(q) for piece in list_pieces(text) for q in _COUNT_AND.split(piece)]
    # "New Zealand Trade and Enterprise": a field noun alone after "and" is no name.
    pieces = _field_word_rejoined(text, pieces)
    # "fire and rescue authorities": a lone lowercase word before "and" shares the class noun.
    pieces = _lone_modifier_rejoined(text, pieces)
    # "the Statistical, Economic and Social … Countries (SESRIC)": an acronym whose letters
    # reach back over the commas and "and"s before it makes one name of the pieces it covers.
    pieces = _acronym_pieces_joined(text, pieces)
    # "Suriname and Trinidad and Tobago": known countries joined by "and" are read as
    # countries first, in any list, so that no "and" inside one makes an invented member.
    pieces = _country_pairs(pieces)
    # "health bodies and the devolved governments of Scotland, Wales and Northern Ireland": the
    # countries after a class's "of" belong to that class, no members of their own.
    pieces = _class_countries_joined(pieces)
    # "Fiat + General Motors": a spaced "+" joins partners as "and" does.
    pieces = [part for piece in pieces for part in _plus_parts(piece)]
    pieces = _area_run_dropped(_place_run_dropped(_list_place_dropped(pieces)))
    # "friends' societies on every continent": a quantified place is how far a class reaches.
    pieces = [_every_place_dropped(piece) for piece in pieces]
    # "List B — mainly oil exporters": a group label of members is no member.
    pieces = [piece for piece in pieces if not _group_label(piece)]
    whole = _read_whole(text, pieces, opening=not mid_sentence)
    if whole is not None:
        return whole
    commas = split_top_level(text, ",")
    plain = single_item and len(pieces) > 1 and len(commas) > 1 and not any(_AND.search(p) for p in commas[1:])
    # "member states and governments, associate members, observers": a run of lowercase
    # classes is a list of classes, no name with its notes.
    classes = all(_lowercase_class(p, first=i == 0) and _category(p) for i, p in enumerate(pieces))
    if plain and not classes and not all(_second_partner(p) for p in pieces[1:]):
        # "Joint Institute ..., Dubna (observer)": the rest is a note; "Ludwig-Maximilians-
        # Universität München, Technische Universität München": two whole names, two partners.
        pieces = pieces[:1]
    if len(commas) == 2 and len(pieces) == 2 and not _AND.search(strip_notes(commas[1])) and _one_word_after(pieces):
        # "… Hospitals Complex, Ile-Ife (note)": one word after a whole name may be its place
        # or a second partner; no guess, the first stays.
        pieces = pieces[:1]
    # "other radio observatories in the United Kingdom and Europe": one class
    facts, pieces = _placed_classes(pieces)
    for index, piece in enumerate(pieces):
        opener, _, rest = clean(piece).partition(" ")
        piece = rest if opener.lower() in _RELATIVE_OPENERS and rest[:1].islower() else piece  # "whereby firms"
        if is_country(strip_notes(piece)) and len(pieces) > 1 and not countries:
            continue
        piece = _participle_note_dropped(piece)
        counted = _COUNTED.match(strip_notes(clean(piece)))
        if counted:  # "193 Member States": a class of members, counted; never one organization
            # "~110 approved members now": a time adverb after the class is no part of it
            label = _trailing_time_dropped(strip_article(counted["rest"]))
            # "42 at the opening": a phrase opened by a preposition is no class (as in _category).
            kept = not _has_verb(label) and len(label.split()) <= 8 and not _opens_with_preposition(label)
            facts.extend([PartnerCategory(label)] if kept else [])
            continue
        words = strip_notes(clean(piece)).split()
        if len(words) > 1 and words[-1].islower() and _plural_category(words[-1]):
            # "Fram Centre institutions"; "Sector Members and Academia members": the plural noun
            # repeated makes two classes ("Major universities and research institutions" is one).
            halves = _source_dropped(strip_article(strip_notes(clean(piece)))).split(" and ")
            ends = {h.split()[-1].lower() for h in halves if len(h.split()) > 1}
            two = len(halves) == 2 and len(ends) == 1 and all(len(h.split()) > 1 for h in halves)
            other = _other_class(halves)
            if other:
                # "universities and other research bodies": "other" makes the second a class
                # of its own, so the first's modifiers stay with it; two classes.
                halves, two = [halves[0], halves[1].split(" ", 1)[1]], True
            # "besides donor agencies and …": a function word makes a fragment, no class;
            # "donor agencies and research institutes": one class or two cannot be decided.
            fragment = any(w.lower() in _verbs_and_function_words() for w in " ".join(halves).split())
            # "The Guild of the Town named two members": a count after a verb is its object's.
            fragment = fragment or _counted_object(words)
            if not (fragment or (not other and _undecided_classes(" and ".join(halves)))):
                facts.extend(PartnerCategory(h) for h in (halves if two else _sector_parted(" and ".join(halves))))
            continue
        if len(words) > 1 and words[-1].lower() == "members":  # "Sector Members": a class, capitalised
            facts.append(PartnerCategory(strip_article(strip_notes(clean(piece)))))
            continue
        piece = _origin_country_dropped(_name_note_dropped(piece))
        found = org_mention(piece) or _scoped_name(piece) or _romanised_name(piece)
        if found and clean(piece).startswith("The ") and (index > 0 or mid_sentence or _article_country(piece)):
            # "shareholders included The Boeing Company": a capital "The" inside a sentence
            # is part of the name as registered; so it is of "The Gambia" anywhere.
            found = replace(found, name=f"The {found.name}")
        if found:
            facts.append(_member_or_class(piece, found))
            continue
        category = _category(piece) or _category(_clause_subject(piece))
        if category and not _singular_of_name(category):
            facts.extend(PartnerCategory(label) for label in _sector_parted(category))
    facts = _gloss_restored(facts, glossed)
    # "academic institutions, Central and State Government Ministries, and international
    # organisations": among classes, a capitalised plural class noun ends a class, not a name.
    if any(isinstance(f, PartnerCategory) for f in facts):
        facts = [_class_of(f) if isinstance(f, Member) else f for f in facts]
    return facts


def _kind_words_label(line: str) -> bool:
    """ "Categories:", "Categories only:", "Types:": a label of kind words alone (and
    "only") before a colon; what follows names classes of partners, no partner."""
    label, colon, rest = clean(line).partition(": ")
    words = label.lower().split()
    return bool(colon and rest and words and words[0] in _KIND_WORDS and set(words[1:]) <= {"only"})


def _kind_labelled_classes(line: str) -> list[Fact]:
    """The classes a "Categories: A; B" line names, each semicolon part read as a
    list; a capitalised plural read as a name ("Local Marine Advisory Committees") is a class
    as written; a singular name, or a body it belongs to, is no class and is dropped."""
    rest = clean(line).partition(": ")[2].rstrip(" .")
    found: list[Fact] = []
    for part in split_top_level(rest, ";"):
        for fact in _partners(part, single_item=False):
            if isinstance(fact, PartnerCategory):
                found.append(fact)
            elif isinstance(fact, Member) and _capitalised_plural(fact.org.name):
                found.append(PartnerCategory(fact.org.name))
    return found


def _capitalised_plural(name: str) -> bool:
    """ "Reef Advisory Committees": capitalised words ending in a plural noun (no acronym)."""
    words = name.split()
    last = words[-1] if words else ""
    return (
        len(words) > 1 and last[:1].isupper() and last[1:].islower() and last.endswith("s") and not last.endswith("ss")
    )


_FIELD_NOUNS = lexicon.partner_field_nouns()


def _lone_modifier_rejoined(text: str, pieces: list[str]) -> list[str]:
    """ "fire and rescue authorities and police bodies" → one piece: a single lowercase
    word that is no class on its own ("fire"), split off at "and" before a lowercase piece that
    holds another "and", modifies that piece's first noun, so the rest is no class of its own.
    "state and municipal bodies" (read as a shared head), "industry and research institutes" (a
    class alone) and a second piece without "and" are left as they are."""
    written = clean(text)
    joined: list[str] = []
    for piece in pieces:
        last = joined[-1] if joined else ""
        if (
            last.isalpha()
            and last.islower()
            and not _plural_category(last)
            and _category(last) is None
            and piece[:1].islower()
            and " and " in piece
            and f"{last} and {piece}" in written
        ):
            joined[-1] = f"{last} and {piece}"
        else:
            joined.append(piece)
    return joined


def _field_word_rejoined(text: str, pieces: list[str]) -> list[str]:
    """ "Scottish Trade and Enterprise" → one piece: a piece that is one capitalised
    field-of-work noun ("Enterprise", "Innovation"; partner-field-nouns.csv) split off at "and"
    from the piece before it ends that name; it names no body of its own. "Siemens and Airbus"
    (no field noun) and "Acme and Enterprise Holdings" (more than one word) stay two."""
    written = clean(text)
    joined: list[str] = []
    for piece in pieces:
        word = strip_notes(clean(piece))
        if (
            joined
            and " " not in word
            and word[:1].isupper()
            and word[1:].islower()
            and word.lower() in _FIELD_NOUNS
            and f"{joined[-1]} and {piece}" in written
        ):
            joined[-1] = f"{joined[-1]} and {piece}"
        else:
            joined.append(piece)
    return joined


_LIST_PLACE_WORDS: dict[str, list[str]] = {}
for _word, _role in lexicon.table("list-place-notes"):
    _LIST_PLACE_WORDS.setdefault(_role, []).append(_word)
# "… in Ghana and abroad", "… across Europe", "… in the coastal area": a preposition, then up to
# four capitalised place words or "the" and a lowercase area, perhaps "and abroad"; only at the
# end of the last piece.
_LIST_PLACE_PREPOSITIONS = frozenset(_LIST_PLACE_WORDS["preposition"])
_LIST_PLACE = re.compile(
    rf"(?:{lexicon.alternation(_LIST_PLACE_WORDS['preposition'])})\s"
    rf"(?:(?:the\s)?[A-Z][\w'’-]{{0,30}}(?:\s(?:and\s)?[A-Z][\w'’-]{{0,30}}){{0,3}}"
    rf"|the\s(?:[a-z][\w-]{{0,30}}\s){{0,3}}(?:{lexicon.alternation(_LIST_PLACE_WORDS['area'])}))"
    rf"(?:\s(?:and|or)\s(?:{lexicon.alternation(_LIST_PLACE_WORDS['beyond'])}))?\Z"
)


def _lowercase_class(piece: str, *, first: bool) -> bool:
    """ "research institutes", "Donors" (a list's first word may be capitalised): a short phrase of
    lowercase words, no name, no figure."""
    words = strip_notes(clean(piece)).split()
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in piece):
        return False
    return all(w.islower() or (first and i == 0 and w[1:].islower()) for i, w in enumerate(words))


def _list_place_dropped(pieces: list[str]) -> list[str]:
    """ "government ministries, universities and research institutes in Ghana and abroad": a
    place after the last of several lowercase classes qualifies the whole list, so it is no part
    of the last class ("research institutes"). A list with a name in it keeps every piece."""
    if len(pieces) < 2 or not all(_lowercase_class(p, first=i == 0) for i, p in enumerate(pieces[:-1])):
        return pieces
    words = clean(pieces[-1]).split(" ")
    # the first preposition whose words run to the end as a place (a full match: linear)
    for at in (i for i, word in enumerate(words) if i and word in _LIST_PLACE_PREPOSITIONS):
        if _LIST_PLACE.fullmatch(" ".join(words[at:])):
            head = " ".join(words[:at])
            return [*pieces[:-1], head] if _lowercase_class(head, first=False) else pieces
    return pieces


# "the regional branches of the Union in Poland": a class, then the country it is in.
_IN_COUNTRY = re.compile(r"(?P<head>.{3,160}?)\sin\s(?P<place>(?:the\s)?[A-Z][^,;()]{1,60})")


# "Kazakhstan and other states": the run's last country and its open end in one piece.
_OTHER_STATES_AFTER = re.compile(r"(?P<country>[^,;()]{2,60}?)\sand\s(?P<rest>other\s\w{1,20})")


_RELATION_NOUNS = frozenset(word for (word,) in lexicon.table("partner-relation-nouns"))


def _about_the_tie(line: str) -> bool:
    """ "Partnerships are important for us", "Our collaborations were fruitful": a copula after
    a subject naming the tie itself (partner-relation-nouns.csv) says something of partnering,
    so the sentence names no partner ("Partnerships are with A and B" still lists them)."""
    cue = _CUE.match(line)
    if cue is None or _CUE_KINDS[cue["cue"].lower()] != "copula" or cue["list"].lower().startswith("with "):
        return False
    words = clean(cue["head"]).lower().split()
    return bool(words) and words[-1] in _RELATION_NOUNS


def _other_states(piece: str) -> bool:
    """ "other states", "and other countries": the open end of a run of countries."""
    words = clean(piece).lower().removeprefix("and ").split()
    return len(words) == 2 and words[0] == "other" and words[1] in _STATE_NOUNS


def _a_country(text: str) -> bool:
    """A country as pycountry or the country aliases name it ("Russia", "Ukraine")."""
    return is_country(text) or lexicon.country_code(strip_article(text)) is not None


def _place_run_dropped(pieces: list[str]) -> list[str]:
    """ "the regional branches of the Union in Poland, Lithuania and other countries": the
    countries after a class's "in <country>", up to "other countries", are where that class is,
    no members and no classes; the class stays without its places."""
    for at, piece in enumerate(pieces[:-1]):
        found = _IN_COUNTRY.fullmatch(clean(piece))
        if found is None or not _a_country(found["place"]):
            continue
        end = at + 1
        while end < len(pieces) and _a_country(clean(pieces[end])):
            end += 1
        last = _OTHER_STATES_AFTER.fullmatch(clean(pieces[end])) if end < len(pieces) else None
        if last and (not _a_country(last["country"]) or not _other_states(last["rest"])):
            last = None
        if end < len(pieces) and (_other_states(pieces[end]) or last):
            return [*pieces[:at], found["head"], *pieces[end + 1 :]]
    return pieces


_GROUP_LABEL = re.compile(
    rf"(?:{lexicon.alternation(word for (word,) in lexicon.table('member-group-labels'))})"
    r"\s(?:[A-Z]\d?|\d{1,2}|[IVX]{1,4})"
)


def _group_label(piece: str) -> bool:
    """ "List B", "Tier 2", "Annex I": a noun grouping members and its letter or number
    (lexicon/member-group-labels.csv) label a group of members, no organization."""
    return _GROUP_LABEL.fullmatch(strip_notes(clean(piece))) is not None


_SCOPE_ADJECTIVES = frozenset(word for (word,) in lexicon.table("name-scope-adjectives"))


def _scoped_name(piece: str) -> Mention | None:
    """ "Union européenne", "Agence spatiale européenne": a head noun of an organization,
    then up to three lowercase words closed by an adjective of a region or of the world
    (lexicon/name-scope-adjectives.csv), as languages that write such names lowercase do: one
    named body. "Agences régionales" (a plural, no head noun) stays a class."""
    words = strip_article(strip_notes(clean(piece))).split()
    if not 2 <= len(words) <= 4 or words[0] not in lexicon.org_head_words():
        return None
    rest = words[1:]
    lowercase = all(w.islower() and w.replace("-", "").isalpha() for w in rest)
    if not lowercase or rest[-1] not in _SCOPE_ADJECTIVES:
        return None
    if any(w in lexicon.function_words() or w in lexicon.sentence_verbs() for w in rest):
        return None
    return Mention(" ".join(words), "organization", None)


_QUANTIFIED_PLACE: dict[str, list[str]] = {}
for _word, _role in lexicon.table("quantified-place-words"):
    _QUANTIFIED_PLACE.setdefault(_role, []).append(_word)
_PLACE_NOUN = lexicon.alternation(_QUANTIFIED_PLACE["place"])
# "on every continent", "in every corner of the globe": a preposition, a quantifier, a place noun,
# perhaps "of the" and a second one, at the piece's end.
_EVERY_PLACE = re.compile(
    rf"\s(?:{lexicon.alternation(_QUANTIFIED_PLACE['preposition'])})\s"
    rf"(?:{lexicon.alternation(_QUANTIFIED_PLACE['quantifier'])})\s(?:the\s)?(?:{_PLACE_NOUN})"
    rf"(?:\sof\sthe\s(?:{_PLACE_NOUN}))?\Z"
)


def _every_place_dropped(piece: str) -> str:
    """ "friends' societies on every continent" → "friends' societies": a quantified place
    after a lowercase class whose last word is a plural noun is no part of the class. After a
    name ("Acme Partners in every region") or a singular word the piece stays as written."""
    text = clean(piece)
    place = _EVERY_PLACE.search(text)
    words = text[: place.start()].split() if place else []
    if not place or not words or not all(w.islower() for w in words) or not words[-1].endswith("s"):
        return piece
    return text[: place.start()]


# "al-Maḥaṭṭāt", "li-Tawlīd": a romanised article or preposition (lexicon/romanised-name-particles.csv)
# joined by a hyphen to a capitalised word.
_ROMANISED_PARTICLES = frozenset(word for (word,) in lexicon.table("romanised-name-particles"))


def _romanised_word(word: str) -> bool:
    particle, dash, rest = word.partition("-")
    return bool(dash) and particle in _ROMANISED_PARTICLES and rest[:1].isupper()


def _romanised_name(piece: str) -> Mention | None:
    """ "Hayʾat al-Maḥaṭṭāt al-Nawawiyya (Nuclear Power Plants Authority, NPPA)": a romanised
    name (a capital first; every other word capitalised or a particle joined to a capitalised
    word, at least one such) glossed by a bracket that opens with an organization's name is
    one named body. Without the gloss, or with a lowercase word, no name."""
    text = clean(piece)
    bracket = _BRACKET.search(text)
    if bracket is None or text[bracket.end() :].strip():
        return None
    words = text[: bracket.start()].split()
    if not 2 <= len(words) <= 10 or not words[0][:1].isupper() or not any(_romanised_word(w) for w in words):
        return None
    if not all(w[:1].isupper() or _romanised_word(w) for w in words):
        return None
    gloss = list_pieces(bracket["list"])
    return Mention(" ".join(words), "organization", None) if gloss and org_mention(gloss[0]) else None


# "in the small towns", "the outlying parishes": a lowercase place closed by an area noun
# (lexicon/list-place-notes.csv, role area), perhaps after its preposition.
_AREA_PLACE = rf"the\s(?:[a-z][\w-]{{0,30}}\s){{0,3}}(?:{lexicon.alternation(_LIST_PLACE_WORDS['area'])})"
_AREA = re.compile(_AREA_PLACE)
_AREA_ONLY = re.compile(rf"(?:and\s)?{_AREA_PLACE}")


def _class_in_area(piece: str, *, first: bool) -> str | None:
    """ "village grocers in the small towns": the lowercase class before a preposition whose
    words run to the end as "the <area>" (a full match per preposition: linear)."""
    words = strip_notes(clean(piece)).split(" ")
    for at in (i for i, word in enumerate(words) if i and word in _LIST_PLACE_PREPOSITIONS):
        head = " ".join(words[:at])
        if _AREA.fullmatch(" ".join(words[at + 1 :])) and _lowercase_class(head, first=first):
            return head
    return None


def _area_run_dropped(pieces: list[str]) -> list[str]:
    """ "village grocers in the small towns and the outlying parishes": the pieces after a
    lowercase class's "in the <area>", while each is another "the <area>", are where the
    class is: no classes; the class stays without its places. A name after it keeps all."""
    for at, piece in enumerate(pieces[:-1]):
        head = _class_in_area(piece, first=at == 0)
        if head and all(_AREA_ONLY.fullmatch(strip_notes(clean(p))) for p in pieces[at + 1 :]):
            return [*pieces[:at], head]
    return pieces


def _vague_dropped(label: str) -> str:
    """ "various United Nations agencies" → "United Nations agencies" (``_VAGUE_WORDS``); not
    before a count ("several hundred sister universities" is read as a count)."""
    vague, _, rest = label.partition(" ")
    first = rest.split()[0].lower() if rest else ""
    counted = _count_word(first) or first in _MULTIPLIER_WORDS  # "several hundred", "several dozen"
    return rest if vague.lower() in _VAGUE_WORDS and rest and not counted else label


def _member_or_class(piece: str, found: Mention) -> Fact:
    """The member ``found`` names; "Libraries of Latvia" is every library there, a class;
    so is "NGOs" (``_ACRONYM_PLURAL``)."""
    if _class_in_a_country(piece) or _ACRONYM_PLURAL.fullmatch(strip_notes(clean(piece))):
        return PartnerCategory(strip_notes(clean(piece)))
    if _plural_head_of(found.name) and found.acronym is None:
        return PartnerCategory(found.name)
    return Member(replace(found, name=_parent_dropped(found.name)))


# "ruler of Abu Dhabi", "a unit of Acme": a singular noun, then a preposition and a name.
_SINGULAR_OF_NAME = re.compile(
    r"^(?:[a-z][\w-]{0,30}\s){0,2}(?P<noun>[a-z][\w-]{0,30})\s(?:of|at|in|for)\s(?:the\s)?[A-Z]"
)


def _singular_of_name(label: str) -> bool:
    """ "A, ruler of B, and C": a singular noun of a named place or body describes the item
    before it; no class ("universities in Chile", a plural class noun, is one)."""
    found = _SINGULAR_OF_NAME.match(label)
    noun = found["noun"] if found else ""
    return bool(noun) and not noun.endswith("s") and noun not in lexicon.partner_category_words()


def _class_in_a_country(piece: str) -> bool:
    """ "Libraries of Latvia", "Universities in Chile": a plural class noun, a preposition,
    then only a country's name (a singular head, "University of Latvia", is one body)."""
    words = strip_notes(clean(piece)).split()
    return (
        len(words) >= 3
        and _plural_category(words[0].lower())
        and words[1] in lexicon.place_tail_prepositions()
        and is_country(" ".join(words[2:]))
    )


def _plural_head_of(name: str) -> bool:
    """ "Societies of Friends of the Acme Museum", "Universities of Applied Sciences": a plural
    class noun heading an "of" phrase is a kind of body ("States of Jersey", "Partners of the
    Americas": a word of states or of membership heads one body's name)."""
    words = name.split()
    return (
        len(words) >= 3
        and words[1] == "of"
        and _plural_category(words[0].lower())
        and words[0].lower() not in _STATE_NOUNS | _MEMBERSHIP_WORDS
        # "Libraries of the Future Foundation": a head noun at the end names one body
        and words[-1] not in lexicon.org_head_words()
    )


def _class_of(member: Member) -> Fact:
    last = member.org.name.split()[-1].lower()
    plural_class = len(member.org.name.split()) > 1 and _plural_category(last) and member.org.acronym is None
    return PartnerCategory(member.org.name) if plural_class else member


# "…, among them:", "including:": a cue that closes a heading above the list.
_HEADING_CUE = re.compile(r",?\s(?:among them|among others|including|such as|namely|notably)\s?:\Z", re.I)


def _tie_heading_category(text: str) -> str | None:
    """ "The Bureau works with development partners, among them:": the class of partners
    after the tie phrase of a heading that closes with a cue; ``None`` otherwise."""
    cue = _HEADING_CUE.search(text.strip())
    if not cue:
        return None
    head = " " + text.strip()[: cue.start()]
    tie = _TIE.search(head)
    found = _category(clean(head[tie.end() :])) if tie else None
    return None if found is None or _any_kind_of_body(found) else found


@cache
def _generic_body_nouns() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("partner-generic-body-nouns"))


def _any_kind_of_body(label: str) -> bool:
    """ "a wide range of national and international bodies", "many organisations": after its
    last "of" and any vague or "other" word, only reach adjectives (joined by "and", "or" or
    commas) before a noun of bodies of any kind (partner-generic-body-nouns.csv): no kind is
    said. "development partners", "research bodies" say one."""
    words = label.lower().replace(",", " ").split()
    if not words or words[-1] not in _generic_body_nouns():
        return False
    start = max((i + 1 for i, word in enumerate(words) if word == "of"), default=0)
    rest = [w for w in words[start:-1] if w not in _VAGUE_WORDS | _OTHER_WORDS | lexicon.partner_any_body_fillers()]
    return all(w in _reach_adjectives() or w in {"and", "or"} for w in rest)


# "A (ISO), of which it has been a member since 1951": a relative clause after a list item;
# "A and B, that supported it": "that" after a comma too (a calque of "que"; not "that is").
# "A, with whom we run clinics": a relative clause about a person-like partner too.
_RELATIVE_NOTE = re.compile(
    r",\s(?:of which|in which|with which|which|where|whose|with whom|through whom|who|that(?!\sis\b))\s"
)


def _relative_note_dropped(line: str) -> str:
    """A bullet's name without the relative clause after it, when what comes before is a
    checked organization's name ("European Committee for Standardization (CEN)")."""
    relative = _RELATIVE_NOTE.search(line)
    head = line[: relative.start()] if relative else ""
    return head if head and org_mention(head) else line


_PLUS = re.compile(r"\s\+\s")


def _plus_parts(piece: str) -> list[str]:
    """ "Fiat + General Motors" → both; a "+"-joined piece with a lowercase part ("australia +
    NZ govts (…)", a note-taker's shorthand) is no list of names: none."""
    parts = [clean(part) for part in _PLUS.split(piece)]
    if len(parts) == 1:
        return [piece]
    return parts if all(part[:1].isupper() for part in parts) else []


def _one_word_after(pieces: list[str]) -> bool:
    """A name of several words, then one word that is no acronym (a town or a short name)."""
    first, second = (strip_notes(clean(p)).split() for p in pieces)
    return len(first) >= 3 and len(second) == 1 and not second[0].isupper() and is_complete_name(" ".join(first))


def _second_partner(piece: str) -> bool:
    """A piece after a comma that is a partner's whole name of its own, not a place or a part
    of the name before it ("Faculty of Medicine")."""
    first = clean(piece).split(" ", 1)[0].lower()
    return is_complete_name(piece) and not is_country(strip_notes(piece)) and first not in lexicon.sub_unit_heads()


_BRANCH_CAMPUS_HEADS = frozenset(word for (word,) in lexicon.table("branch-campus-heads"))


def _participle_note_dropped(piece: str) -> str:
    """ "Nigeria often speaking for the rest" → "Nigeria" (``_PARTICIPLE_NOTE``); a piece
    whose words before the participle are no proper name stays as written."""
    # "with Caritas mostly speaking for the churches": the "with" of the absolute goes too.
    piece = piece[5:] if piece.startswith("with ") and _PARTICIPLE_NOTE.search(piece) else piece
    noted = _PARTICIPLE_NOTE.search(piece)
    return _name_note_dropped(piece, noted) if noted else piece


def _name_note_dropped(piece: str, noted: re.Match[str] | None = None) -> str:
    """ "JAXA on the mission" → "JAXA": after a proper name, a phrase of lowercase words
    opened by a preposition is a note ("Association for the Advancement of …" keeps it all;
    so does a category, "companies in manufacturing")."""
    noted = noted or _NAME_NOTE.search(piece)
    if not noted:
        return piece
    name, note = piece[: noted.start()], piece[noted.end() :]
    # "Kestrel Labs in 2015": a year is never part of a name either.
    lowercase = all(w[:1].islower() or _YEAR.fullmatch(w.rstrip(".,;")) for w in note.split())
    # "ASKY Airlines in Togo": a country after "in" is where the partner is, no part of its name.
    # "Acme University in Qatar": a school's campus abroad is named with its country.
    campus = any(w in _BRANCH_CAMPUS_HEADS for w in name.split())
    lowercase = lowercase or (noted.group().strip() == "in" and is_country(note.rstrip(".,;")) and not campus)
    proper = is_proper_name(name) or (len(name.split()) == 1 and name[:1].isupper())  # "Acme in the field"
    return name if lowercase and proper and org_mention(name) else piece


# "don't", "won’t", "isn't": a verb's contracted negation.
_NEGATED_VERB = re.compile(r"\wn['’]t$", re.I)


@cache
def _verbs_and_function_words() -> frozenset[str]:
    """Words no category label has (its glue words aside)."""
    return lexicon.sentence_verbs() | (lexicon.function_words() - _CATEGORY_GLUE)


def _category(text: str) -> str | None:
    """A common-noun phrase of up to eight words ("leading universities", "Leading U.S.
    companies in manufacturing"), else None."""
    label = strip_notes(re.sub(r"^with\s+", "", clean(text).strip(" ,—–-"), flags=re.I))
    words = label.split()
    if len(words) > 1 and words[0].lower() in _DETERMINERS - _CATEGORY_GLUE:
        label, words = " ".join(words[1:]), words[1:]  # "Its early backers": the possessive goes
    # A sentence-case phrase may run longer ("National agricultural research and extension
    # systems of rice-growing countries").
    longest = 10 if all(w.islower() for w in words[1:]) else 8
    # "Principal collaborators named in the application": the list's intro, no class
    if not 1 <= len(words) <= longest or _generic_label(label) or re.search(r"\d", label):
        return None
    # "NO, SE": codes or acronyms, no common noun; "Hayʾat al-Maḥaṭṭāt …": a romanised name, no class
    if all(w.strip(",;.").isupper() for w in words) or any(_romanised_word(w) for w in words):
        return None
    # '"Intervision" programme exchange': a quoted name, no class. "its Council of Elders:
    # Norway": a colon parts a list's lead from its first item; the two together are no class.
    # "The Guild of the Town named two members": a count after a verb makes a clause, no class.
    if _QUOTED.search(label) or ":" in label or _counted_object(words):
        return None
    # "Don't look for a partner list": a verb, even a contracted negation, makes a sentence.
    if any(w.lower() in _verbs_and_function_words() or _NEGATED_VERB.search(w) for w in words):
        return None
    # "for peace", "in Indonesia": a phrase opened by a preposition or conjunction is a note
    # about the partner before it, never a class (an article or "other" may open one).
    if _opens_with_preposition(label):
        return None
    head = words[: next((i for i, w in enumerate(words) if w in _CATEGORY_PREPOSITION), len(words))]
    if name_problem(label, NameKind.ORGANIZATION) is None or any(
        w[0].isupper() and not (is_acronym(w) or "." in w) for w in head[1:]
    ):
        return None
    # "ses partenaires industriels", "Acme's industrial partners": a determiner or a
    # possessive is no part of the category.
    # "other government agencies like A and B": "other" sets the organization beside its
    # partners; the class is "government agencies" (so "the other Nordic offices").
    # "Further partners are A and B": "further" is "other" (``_OTHER_WORDS``).
    # "Various universities": a vague quantifier goes too (``_vague_dropped``).
    label = _vague_dropped(label)
    words = label.split()
    while len(words) > 1 and (words[0].lower() in _DETERMINERS | _OTHER_WORDS or _POSSESSIVE.search(words[0])):
        label, words = " ".join(words[1:]), words[1:]  # "The museum's partners": both go
    if words and words[0].lower() in _TIME_ADVERBS and len(words) > 1:  # "Later shareholders"
        label, words = " ".join(words[1:]), words[1:]
    if len(words) > 3 and words[0].lower() in lexicon.count_qualifiers() and _count_word(words[1]):
        label, words = " ".join(words[1:]), words[1:]  # "Some twenty partner universities"
    if len(words) > 2 and _count_word(words[0]):  # "Forty-odd member countries": the count goes
        label, words = " ".join(words[1:]), words[1:]
    if _undecided_classes(label):  # "donor agencies and research institutes": one or two?
        return None
    if _clause_after_head(words):  # "learned societies rented a place": a clause, no class
        return None
    if label.lower() in _GENERIC_HEADS:  # "Pratham's partners include ...": the list's intro
        return None
    return strip_article(label) if len(words) > 1 or label.lower() in lexicon.partner_category_words() else None


# "… within the Kingdom", "… in Lebanon": a place after the class, its words capitalised.
_PLACE_TAIL = re.compile(
    rf"\s(?:{lexicon.alternation(sorted(lexicon.place_tail_prepositions()))})\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){{0,3}}\Z"
)


# "… and the national space industry": an article after "and" opens a second noun phrase.
_AND_THE_CLASS = re.compile(r"\sand\sthe\s(?=[a-z])")


def _bullet_category(text: str) -> str | None:
    """ "International scientific institutions and leading foreign universities", "Government
    agencies, universities and research centres within the Kingdom": a bullet that is one
    sentence-case description of partners (a capital first, lowercase words after it, a
    plural class noun, no verb, maybe a place at the end) is one category, as the writer
    bulleted it: no guess at how many classes its "and" joins. A comma list without a place
    that qualifies all of it is a list of classes, read piece by piece."""
    label = clean(text).rstrip(" .;")
    # "- the international oil companies operating offshore": the article opens the bullet's
    # class, no name (the label is compared as written from its first word)
    label = label[4:] if label.startswith("the ") and label[4:5].islower() else label
    tail = _PLACE_TAIL.search(label)
    own = label[: tail.start()] if tail else label
    words = [w.rstrip(",") for w in own.split()]
    if (
        not 2 <= len(words) <= 12
        or re.search(r"[\d:()\[\]/]", label)
        or not (words[0][:1].isupper() or label != clean(text).rstrip(" .;"))
    ):
        return None
    if not all(w.islower() for w in words[1:]) or not any(_plural_category(w.lower()) for w in words):
        return None
    if "," in own and not tail:  # "Manufacturers, universities, and community colleges": three classes
        return None
    if _AND_THE_CLASS.search(own):  # "Regional universities and the national space industry": two
        return None
    if any(w.lower() in _verbs_and_function_words() or w.endswith("ed") for w in words):
        return None  # "universities signed accords": a clause, not a class
    # a comma ends a class noun phrase; the capital of the first word is the line's
    if label.lower() in _GENERIC_HEADS or _clause_after_head(own.lower().split()):
        return None
    return label


def _counted_object(words: list[str]) -> bool:
    """ "The Guild of the Town named two members": a count after the first word, right after a
    lowercase word that is no function word (a verb), counts the verb's object; the words make
    a clause, no class ("members in three regions", "the three founding members" keep theirs)."""
    quantifiers = lexicon.function_words() | set(lexicon.count_qualifiers()) | _DETERMINERS
    for before, word in pairwise(words):
        count = _count_word(word) or word.isdigit()
        if count and before.islower() and before not in quantifiers:
            return True
    return False


def _clause_after_head(words: list[str]) -> bool:
    """A plural class noun followed by a lowercase word that neither joins nor opens a
    place ("societies rented a table", "universities sent students"): a noun phrase ends at
    its head, so what follows is a verb's clause and the phrase no class."""
    if any(w.endswith("ed") and nxt in _DETERMINERS for w, nxt in pairwise(words)):
        return True  # "… signed an accord": a past verb before its object's article
    heads = [i for i, w in enumerate(words) if w.islower() and _plural_category(w)]
    if not heads or heads[0] == len(words) - 1:
        return False
    after = words[heads[0] + 1]
    following = words[heads[0] + 2] if len(words) > heads[0] + 2 else ""
    if after.endswith("ing") and following in _CATEGORY_PREPOSITION:
        return False  # "companies operating in the region": a participle qualifies the class
    return after.islower() and after not in _CATEGORY_GLUE | _CATEGORY_PREPOSITION | {"with", "or", "and"}


_RELATIVE_OPENERS = frozenset({"whereby", "wherein", "whereupon"})


def _clause_subject(piece: str) -> str:
    """ "whereby governments", "learned societies rented a table (…) and sent …": in a list
    that is a clause's subject, the class noun phrase ends at its plural head; the opener
    before it and the clause after it go. Lowercase words only; "" when there is no head."""
    words = strip_notes(clean(piece)).split()
    if words and words[0].lower() in _RELATIVE_OPENERS:
        words = words[1:]
    heads = [i for i, w in enumerate(words) if _plural_category(w)]
    if not heads or not all(w.islower() for w in words[: heads[0] + 1]):
        return ""
    return " ".join(words[: heads[0] + 1]) if _clause_after_head(words) or len(words) == heads[0] + 1 else ""


def _opens_with_preposition(label: str) -> bool:
    """ "at the opening", "by 1934": a phrase opened by a preposition or conjunction (an
    article, "other" or "various" may open a class)."""
    first = label.split()[0].lower() if label.split() else ""
    openers = (lexicon.function_words() | _CATEGORY_GLUE) - _DETERMINERS - {"other", "various"}
    return first in openers


def _undecided_classes(label: str) -> bool:
    """ "donor agencies and national research institutes": two phrases of several words,
    each ending in a different plural class noun, the second with modifiers of its own, may
    be one class or two; no guess. ("Major universities and research institutions": a short
    second phrase shares the first one's adjective, one class.)"""
    halves = label.split(" and ")
    if len(halves) != 2 or len(halves[0].split()) < 2 or len(halves[1].split()) < 3:
        return False
    ends = {h.split()[-1].lower() for h in halves}
    return len(ends) == 2 and all(_plural_category(e) for e in ends)


def _other_class(halves: list[str]) -> bool:
    """ "Spanish universities and other public bodies": the second phrase opens with "other"
    and both end in a plural class noun; "other" says they are two classes."""
    if len(halves) != 2 or not halves[0] or halves[1].split()[0].lower() != "other" or len(halves[1].split()) < 2:
        return False
    return all(_plural_category(h.split()[-1].lower()) for h in halves)


def _count_word(word: str) -> bool:
    """ "Forty", "forty-odd", "Twenty-plus", "thirty-two": a count written in words."""
    parts = word.casefold().split("-")
    number_words = lexicon.number_words()
    return all(p in number_words for p in parts if p not in lexicon.count_word_suffixes()) and parts[0] in number_words


def _source_dropped(label: str) -> str:
    """ "Academia members from industry and universities" → "Academia members": where the
    members come from, in lowercase words, is no part of the class (a place stays:
    "universities from Mexico")."""
    own, sep, source = label.partition(" from ")
    plain = all(w.islower() for w in source.split())
    return own if sep and plain and own.split() and _plural_category(own.split()[-1].lower()) else label


_RELATIVE = frozenset({"that", "which", "who"})


def _clause_category(text: str) -> str | None:
    """ "Contractors that ran its plants and laboratories, among them A, B": before a cue, a
    plural class noun and a relative clause of lowercase words name the class as written."""
    words = strip_article(clean(text)).split()
    if not 3 <= len(words) <= 12 or words[1] not in _RELATIVE or not _plural_category(words[0].lower()):
        return None
    return " ".join(words) if all(w.islower() for w in words[1:]) else None


# "the Agricultural Research Service of the United States Department of Agriculture": a
# named body, then "of the" and its parent body.
_OF_THE = re.compile(r"\sof\sthe\s")


def _parent_dropped(name: str) -> str:
    """A unit named with its parent keeps its own name: both halves end or hold an org
    head word ("… Service" of the "… Department of …"); "National Museum of the American
    Indian" and "Institute of Physics of the Czech Academy" stay whole."""
    split = _OF_THE.search(name)
    if not split:
        return name
    own, parent = name[: split.start()], name[split.end() :]
    heads = lexicon.org_head_words()
    if (
        len(own.split()) >= 2
        and own.split()[-1] in heads
        and " of " not in own
        and any(w in heads for w in parent.split())
    ):
        return own if is_proper_name(own) and is_proper_name(parent) else name
    return name


def _has_verb(text: str) -> bool:
    return any(w in lexicon.sentence_verbs() for w in text.split() if w.islower())


_SECTOR_NOUNS = frozenset(word for (word,) in lexicon.table("partner-sector-nouns"))


def _sector_parted(label: str) -> list[str]:
    """ "universities and industry": a sector's mass noun shares no head noun with the plural
    class beside it, so the two are two classes. "research and industry" (no plural
    class, no sector) and "provincial and territorial surveys" stay one class."""
    halves = label.split(" and ")
    if len(halves) != 2:
        return [label]
    sectors = [h.lower() in _SECTOR_NOUNS for h in halves]
    plural = [len(h.split()) == 1 and _plural_category(h.lower()) for h in halves]
    if _adjunct_pair(halves):
        return halves
    return halves if any(sectors) and all(s or p for s, p in zip(sectors, plural, strict=True)) else [label]


def _adjunct_pair(halves: list[str]) -> bool:
    """ "university associations and national academies": a first class modified by the
    singular of a class noun ("university", a noun that cannot reach over "and" as an
    adjective can) and a second class with a modifier of its own are two classes.
    "major universities and research institutions" (an adjective first) stays one."""
    pairs = [h.split() for h in halves]
    if len(pairs) != 2 or not all(len(p) == 2 and all(w.islower() for w in p) for p in pairs):
        return False
    (adjunct, head), (modifier, second) = pairs
    singular_of_class = _plural_category(f"{adjunct}s") or (
        adjunct.endswith("y") and _plural_category(f"{adjunct[:-1]}ies")
    )
    return (
        singular_of_class
        and head.endswith("s")
        and head != second
        and _plural_category(second)
        and modifier not in _verbs_and_function_words()
    )


def _plural_category(word: str) -> bool:
    return word in lexicon.partner_category_words() and word.endswith(("s", "ia"))


@cache
def _rank_words() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("partner-rank-words"))


@cache
def _generic_nouns() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("partner-generic-nouns"))


def _generic_label(label: str) -> bool:
    """ "Partners", "Key collaborators named in the proposal": no class of partners."""
    return label.lower() in _GENERIC_HEADS or _generic_head(_without_document_clause(label)) or _kind_label(label)


_KIND_WORDS = frozenset(word for (word,) in lexicon.table("partner-kind-words"))


def _kind_label(label: str) -> bool:
    """ "Categories of partners", "The main types of members", "Partner categories": a label
    naming the kinds of partners (partner-kind-words.csv) announces classes, it is none."""
    words = [w for w in label.lower().split() if w not in _DETERMINERS and w not in _rank_words()]
    if not words:
        return False
    return (words[0] in _KIND_WORDS and words[1:2] == ["of"]) or (
        words[-1] in _KIND_WORDS and len(words) == 2 and words[0] in _MEMBERSHIP_WORDS
    )


def _generic_head(label: str) -> bool:
    """ "Principal collaborators", "Key partners": rank words before a noun of partners in
    general name no class of them (the label introduces a list)."""
    words = label.lower().split()
    # "Principal international partners": one reach adjective after the rank words; "The
    # main global partners": an article before them.
    words = words[1:] if len(words) > 2 and words[0] in {"the", "its", "our", "their"} else words
    ranked = words[:-2] if len(words) > 2 and words[-2] in _reach_adjectives() else words[:-1]
    if len(ranked) < len(words) - 1 and not ranked:
        return False
    return bool(words) and words[-1] in _generic_nouns() and all(w in _rank_words() for w in ranked)


@cache
def _reach_adjectives() -> frozenset[str]:
    return frozenset(word for (word,) in lexicon.table("partner-reach-adjectives"))


# "… named in the application", "… listed in this note": a past participle, a preposition,
# then lowercase words only (a named agent, "funded by the European Union", is no such clause).
_DOCUMENT_CLAUSE = re.compile(r"\s[a-z]{2,20}ed\s(?:in|by|for|at|on|under)\s[a-z][a-z\s-]{0,60}\Z")


def _without_document_clause(label: str) -> str:
    """``label`` without a reduced relative clause of lowercase words after its noun."""
    clause = _DOCUMENT_CLAUSE.search(label)
    return label[: clause.start()] if clause else label


def _read_whole(text: str, pieces: list[str], *, opening: bool) -> list[Fact] | None:
    """What a list says as a whole, or ``None`` when its pieces are read one by one."""
    if any(_has_verb(strip_notes(piece)) for piece in pieces):
        return []  # "Loans and joint exhibitions have been organized ...": prose, not a list
    if _AND.search(split_top_level(text, ",")[-1]) and _shared_head(pieces, opening=opening):
        # "State, central and deemed agricultural universities": adjectives sharing one class noun
        return [PartnerCategory(strip_article(strip_notes(clean(text))))]
    return None


def _shared_head(pieces: list[str], *, opening: bool) -> bool:
    """ "Federal, state and local agencies", "Public, private and community hospitals": single
    adjectives listed before a lowercase phrase ending in a plural class noun share that noun;
    the list is one class. Every adjective after the first is lowercase; the first may carry
    the capital of a line's opening word only ("Siemens, local and regional governments" in
    mid-sentence stays a name and a class); an acronym or a country is never an adjective."""
    words = [strip_notes(clean(piece)).split() for piece in pieces]
    if len(words) < 2 or any(not w for w in words):
        return False
    *adjectives, last = words
    if len(last) < 2 or not all(w.islower() and w.isalpha() for w in last) or not _plural_category(last[-1]):
        return False
    # "schools, universities, community organisations": a class noun is no adjective.
    if not all(len(a) == 1 and a[0].isalpha() and not _plural_category(a[0].lower()) for a in adjectives):
        return False
    first, *rest = (a[0] for a in adjectives)
    if not all(w.islower() for w in rest) or is_country(first) or is_acronym(first):
        return False
    lowercase_first = first.islower() or (opening and first[1:].islower())
    return lowercase_first and (first.islower() or bool(rest))


# "A and B have jointly owned …", "A and B together run …", "A and B co-own …": two subjects
# joined by "and", then (perhaps after "have", "has" or "had") a word of a joint act
# (partner-joint-words.csv: an adverb, or a "co-" verb).
_JOINT_SUBJECTS = re.compile(
    r"\A(?P<first>[^\s,;:()][^,;:()]{0,79}?)\s(?:and|&)\s(?P<second>[^\s,;:()][^,;:()]{0,79}?)\s"
    r"(?:(?:have|has|had)\s)?(?:also\s)?"
    rf"(?:{lexicon.alternation(word for (word,) in lexicon.table('partner-joint-words'))}|co-[a-z]{{3,12}})\s"
)


def _joint_subject_partner(chunk: str, identity: Identity) -> list[Fact]:
    """ "Telefónica and Liberty Global have jointly owned X": where one of two joint subjects is
    the organization itself (``_subject_is_itself``), the other, an organization's name, is
    its partner; what they own or run together is left unread. Two other bodies ("A and B
    jointly run X") or a subject that is no organization's name give nothing."""
    found = _JOINT_SUBJECTS.match(chunk)
    if found is None:
        return []
    first, second = clean(found["first"]), clean(found["second"])
    for own, other in ((first, second), (second, first)):
        if _subject_is_itself(own, identity) and not _subject_is_itself(other, identity):
            named = org_mention(strip_article(other))
            return [Member(named)] if named and other[:1].isupper() and not _category(other) else []
    return []
