"""People and posts: the Leader field and the organization structure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise, product

from orgkg.model import (
    DateValue,
    Fact,
    Field,
    FieldFacts,
    Holding,
    Identity,
    Item,
    Mention,
    OrgKind,
    Post,
    Severity,
    Unit,
)

from . import lexicon
from .budget import Finding
from .dates import date_spans, dated_lead
from .identity import defined_terms, name_kind
from .names import (
    PROPER,
    NameKind,
    PersonName,
    check_unit_name,
    is_complete_name,
    is_country,
    is_description,
    is_proper_name,
    is_title_only,
    leading_titles,
    natural_order,
    owner_names,
    person_name,
    possessive_marks,
    same_name,
)
from .reader import ReaderResult
from .roles import people_label
from .sentences import abbreviation
from .text import (
    clean,
    list_lines,
    numbered,
    pipe_tables,
    sentences,
    split_top_level,
    split_words_top_level,
    strip_article,
    strip_notes,
    unique,
    unmarked_lines,
    without_tables,
    without_unreal,
)
from .units import (
    UNIT_PHRASE,
    has_unit_word,
    is_unit_reference,
    item_mention,
    labelled_units,
    marked_lists,
    mention_of,
    names_posts,
    plus_parts,
    without_place,
    without_spoken_openers,
)

# Longest first, so "chief executive" wins over "chief"; "-" in the list stands for a space or a hyphen.
ROLE_WORDS = "|".join(role.replace("-", r"[\s-]") for role in sorted(lexicon.roles(), key=lambda r: (-len(r), r)))
ROLE = re.compile(rf"\b(?P<role>{ROLE_WORDS})\b", re.I)


def without_honorifics(name: str) -> str:
    """``name`` without the honorifics, titles and ranks written before it, and the bracketed
    notes on them ("H.H. Sheikh Jaber Al-Ahmad" → "Jaber Al-Ahmad", "Maj. Gen. (Staff) A B" →
    "A B", "Tan Sri Dato' Seri A B" → "A B"); person-titles.csv and title-notes.csv. The one
    place every reader of a person's name (leaders, founders, signers) removes them. A title
    with nothing after it ("Sheikh") is left as written; spaces are normalised. A title of
    nobility before two or more names goes too ("H.R.H. Prince Faisal bin Turki" → "Faisal bin
    Turki"; "Prince Albert" stays: the title is how he is named). For a text already known
    to name a person: "General Motors" is no person's name."""
    rest = leading_titles(name)[1]
    nobility = _NOBILITY.match(rest)
    if nobility and len(rest[nobility.end() :].split()) >= 2:
        return rest[nobility.end() :]
    return rest


_NOBILITY = re.compile(rf"(?:{lexicon.alternation(lexicon.nobility_titles())}) (?=[A-Z])")


def role_name(word: str) -> str:
    role = re.sub(r"\s+", " ", word.lower())
    if role in {"ceo"}:
        return "chief executive officer"
    return re.sub(r"s$", "", role) if role.endswith(("chairs", "directors", "heads")) else role


def read_structure(field: Field, identity: Identity) -> ReaderResult:
    # "a planned X Division", "Chair (proposed): A": a sentence stating no current fact names nothing.
    # "Then the Executive Council …", "There's the Council": a spoken opener is no part of a name.
    field = without_spoken_openers(without_unreal(field))
    facts: list[Fact] = []
    # "| Unit | Location |": a pipe table's unit column names one unit per row.
    table_cells = [cell for table in pipe_tables(field) for cell in table.column("unit") or []]
    for cell in table_cells:
        found = item_mention(cell, NameKind.UNIT, bullet=True)
        facts += [Unit(found.name, found.acronym)] if found else []
    field = without_tables(field) if table_cells else field
    # A bulleted or numbered list names one unit per line; the prose readers below read the
    # other lines only, so no name runs across two items ("Directorate of X 2. Directorate of Y").
    listed_lines = list_lines(field)
    text = " ".join(unmarked_lines(field)) if listed_lines else field.text
    headings = _group_headings(field)
    for line in listed_lines:
        if line in headings:
            continue  # "* Australia" over "** Clayton": a heading grouping units, no unit
        for part in plus_parts(line):  # "Director + Scientific Council": the body, not the post
            found = item_mention(part, NameKind.UNIT, bullet=True)
            facts += [Unit(found.name, found.acronym)] if found else []
    facts += _phrase_units(text)
    facts += _arrow_chain_units(text, identity)
    facts += _headed_by_posts(field.text)
    facts += [post for sentence in sentences(text) if (post := _board_chair_who_served(sentence))]
    # "The Treaty sets up seven organs: the Summit; …; and the Secretariat": a counted list
    # names every unit, one-word organs too ("Summit", "Secretariat").
    for piece in marked_lists(text, NameKind.UNIT) or []:
        found = mention_of(piece, NameKind.UNIT)
        if found and not any(isinstance(f, Unit) and same_name(f.name, found.name) for f in facts):
            facts.append(Unit(found.name, found.acronym))
    # Named bodies ("the National Science Board") that the unit pattern did not catch whole.
    # Per sentence: a name never runs across a full stop ("… its Director. A … Council").
    for sentence in sentences(text):
        facts = _named_bodies(sentence, identity, facts)
    # "Organs: A (highest organ); B (since 1962); C (Moscow)": the list's names win over
    # what the readers above made of the same words ("C" with "Moscow" as its acronym).
    listed = [Unit(m.name, m.acronym) for item in field.items for m in labelled_units(item.text)]
    others = [f for f in facts if not (isinstance(f, Unit) and any(same_name(f.name, u.name) for u in listed))]
    return unique([*listed, *others]), None


# "governed by a Board of Directors chaired by A, …": an organ's name, a present "chaired by" and
# a capitalised name after it ("was chaired by" is no match: a past chair).
_ORGAN_CHAIRED_BY = re.compile(
    r"\b(?P<organ>[A-Z][\w-]{1,20}(?:\s(?:of\s)?[A-Z][\w-]{1,20}){0,3})\s(?:is\s)?chaired\sby\s(?=[A-ZÀ-Þ])"
)


def _board_chair_who_served(sentence: str) -> Post | None:
    """ "X is governed by a Board of Directors chaired by A, who has served as Chairman since
    2017": the organization's own organ (governing-bodies.csv) chaired by a person, and the post
    the relative clause in the present perfect names, held by that person. Another body's
    organ, a past clause ("who served as"), another body's post ("who has served as Minister
    of Finance") or no person's name gives nothing."""
    chaired = _ORGAN_CHAIRED_BY.search(sentence)
    if chaired is None or strip_article(chaired["organ"]).casefold() not in _own_organs():
        return None
    return _holder_who_served(sentence[chaired.end() :], ", who has ")


# A nested list's deeper mark ("** Clayton" under "* Australia").
_DEEPER_MARK = re.compile(r"\A\s?\*{2,3}\s")


def _group_headings(field: Field) -> frozenset[str]:
    """ "* Australia" then "** Clayton", "** Caulfield": a bullet line with deeper
    items under it and no unit word ("Australia", "Overseas") is a heading grouping units, a
    place or a label; "* Faculty of Science" over its departments stays a unit."""
    return frozenset(
        item.text
        for item, after in pairwise(field.items)
        if item.bullet and _DEEPER_MARK.match(after.text) and not has_unit_word(item.text)
    )


# "… Committee of the Regional Anti-Terrorist Structure": a capitalised unit name that runs
# on through "of (the)" into capitalised words; the unit word is not where the name ends.
_NAME_RUNS_ON = re.compile(r"\sof\s(?:the\s)?[A-ZÀ-Þ][\w'’-]{0,30}\s[A-ZÀ-Þ]")


def _phrase_units(text: str) -> list[Fact]:
    """The units the unit phrases of ``text`` name ("a Technology Assessment Board", "a
    steering committee"), skipping bodies referred to, described or answered to."""
    facts: list[Fact] = []
    for match in UNIT_PHRASE.finditer(text):
        # "a bipartisan Technology Assessment Board": the name starts at its first capital;
        # "the office" (one common word: the organization itself) is no unit.
        words = clean(match["unit"]).split()
        if any(w.lower() in {"the", "a", "an"} for w in words):
            continue  # "the Tribunal and the Secretariat": two units, read from the list below
        if match.group(0)[:2].lower() in {"th", "it"} and not any(word[0].isupper() for word in words):
            # "below the governing board", "each with its own management board": a body
            # referred to, not stated as a unit
            continue
        if any(word[0].isupper() for word in words):
            if _NAME_RUNS_ON.match(text, match.end()):
                continue  # "the Executive Committee of the Regional X Structure": one longer name
            while not words[0][0].isupper():
                words.pop(0)
            if _post_and_common_noun(words):
                continue  # "a Governor-General and council": a post and a body, no name
            name = check_unit_name(" ".join(words))
        elif _SIZED_OR_NAMED.match(text, match.end()):
            continue  # "a central board of seventeen directors, the X": described, no name
        elif _appositive_description(text[: match.start()], text[match.end() :]):
            continue  # "the Library Council of X, a statutory board;": describes the body named
        elif _SEATED_IN.match(text, match.end()):
            continue  # "a central office in Hanoi": a seat of the organization, no unit named
        elif words[-1].casefold() in lexicon.refused_lowercase_unit_heads():
            continue  # "a state office in each state", "holds a separate office": no unit named
        else:  # "a steering committee": a unit described, named by its description
            name = " ".join(words) if len(words) >= 2 and is_description(" ".join(words)) else None
        if name and is_unit_reference(name, "the "):  # "advised the Board": named elsewhere
            name = None
        if _other_body(text[: match.start()]):
            continue  # "on recommendation of the National Assembly": a body it answers to
        if name and not re.search(r"\b(?:various|several|multiple|many)\b", name, re.I):
            facts.append(Unit(name, match["acr"]))
    return facts


# "Congress → Executive Council → Secretariat": an arrow between two bodies of a hierarchy.
_ARROW = re.compile(r"\s(?:→|->|⟶)\s")

# After a lowercase body described with "a" ("a central board"), its size ("of
# seventeen directors", "of 58 members") or its name in apposition (", the Heeren XVII"): the
# body is described, not named; the description is no unit's name.
_SIZED_OR_NAMED = re.compile(
    rf"\sof\s(?:\d{{1,4}}|(?i:{lexicon.alternation(sorted(lexicon.number_words(), key=len, reverse=True))}))\s"
    r"|,\s(?:the\s)?[A-ZÀ-Þ]"
)


def _post_and_common_noun(words: list[str]) -> bool:
    """ "Governor-General and council": a post's name, "and", then a lowercase word."""
    text = " ".join(words)
    head, joined, tail = text.partition(" and ")
    return bool(joined) and tail[:1].islower() and _role_label(head, strict=True)


def _arrow_chain_units(text: str, identity: Identity) -> list[Fact]:
    """ "World Meteorological Congress (supreme body) → Executive Council → Secretariat": in
    the structure, each link of an arrow chain is one of the organization's bodies; a link
    that is a proper name of several words (its notes and a clause after a comma dropped) is
    a unit even without a unit word ("Congress"). A one-word link ("Guild", "Board") is left
    to the other readers, as is a lowercase one ("county Federation", "executive
    management"); a government body, a country or the organization itself is no unit."""
    facts: list[Fact] = []
    for sentence in sentences(text):
        links = _ARROW.split(sentence)
        if len(links) < 2:
            continue
        for link in links:
            # "1948 → Board of Trustees; President and CEO": a semicolon parts two links.
            for head in split_top_level(split_top_level(strip_notes(clean(link)).rstrip(" ."), ",")[0], ";"):
                head = clean(head)
                found = item_mention(head, NameKind.UNIT, bullet=True)
                if not found or found.name != head or len(head.split()) < 2 or not is_proper_name(head):
                    continue
                if names_posts(head):
                    continue  # "1972 → Administrator; Deputy Administrators": posts, no units
                if is_country(head) or name_kind(head) is not OrgKind.ORGANIZATION or same_name(head, identity.name):
                    continue
                facts.append(Unit(found.name, found.acronym))
    return facts


# "… in Hà Nội", "… at Bonn": a lowercase description followed by a capitalised place.
_SEATED_IN = re.compile(r"\s(?:in|at)\s(?:the\s)?[A-ZÀ-Þ]")


def _headed_by_posts(text: str) -> list[Fact]:
    """ "headed by a director general": the organization's own post, not a unit's head's
    nor another body's chair."""
    facts: list[Fact] = []
    for match in re.finditer(
        r"\b(?:headed|led|chaired|directed|run|managed)\s+by\s+(?:an?\s+|the\s+|two\s+)?"
        rf"(?P<role>{ROLE_WORDS})\b",
        text,
        re.I,
    ):
        if _distributive(text[: match.start()]):
            continue  # "directorates, each headed by a director general": the units' heads
        if _chaired_body(text[: match.start()], match[0]):
            continue  # "a Governing Body chaired by the Director General": that body's chair
        if " the " in f" {match[0].lower()} " and _OTHER_BODYS_OFFICE.match(text, match.start("role")):
            continue  # "chaired by the Minister of Industry": another body's office, no post of its own
        role = role_name(match["role"])
        joined = _JOINED_ROLE.match(text, match.end())
        if joined:  # "managed by a president and chief executive officer": one post
            role = " ".join(f"{match['role']} {joined['join']} {joined['role']}".lower().split())  # as written
        facts.append(Post(role, role))
    return facts


# "a president and chief executive officer": a conjunction of role-conjunctions.csv and a
# second role without its own article; "a president and a treasurer" are two posts.
_JOINED_ROLE = re.compile(
    rf"\s(?P<join>{lexicon.alternation(lexicon.role_conjunctions())})\s(?P<role>{ROLE_WORDS})\b(?![\w-])", re.I
)


def _other_body(before: str) -> bool:
    """``before`` (the text before "the <Body>") ends in words that make the body another one
    the organization answers to ("on recommendation of", "on behalf of")."""
    words = re.sub(r"\s(?:the|an?)\Z", "", " " + " ".join(before.lower().split()[-4:]))
    return words.endswith(tuple(f" {cue}" for cue in lexicon.other_body_cues()))


def _distributive(before: str) -> bool:
    """ "…, each headed by", "every one of them led by": a post of every unit, not the
    organization's own."""
    return bool({"each", "every"} & {w.strip(",").lower() for w in before.split()[-4:]})


_POSSESSIVE = re.compile(r"['’]s\Z")
_TWO_BODIES = re.compile(r"\s(?:and|&)\sthe\s", re.I)


def _named_bodies(sentence: str, identity: Identity, facts: list[Fact]) -> list[Fact]:
    for match in PROPER.finditer(sentence):
        name = match["name"]
        if is_unit_reference(name, sentence[: match.start()]) or _TWO_BODIES.search(name):
            continue  # "the Bureau and the Secretariat": two bodies, no one name
        if _other_body(sentence[: match.start()]) or _POSSESSIVE.search(name):
            continue  # "the Bureau's technical work": the owner of a thing, no unit named
        is_unit = has_unit_word(name) and not same_name(name, identity.name)
        if is_unit and (_cut_before_lowercase_of(name, sentence[match.end() :]) or _own_head_word(name, identity)):
            continue  # "Board of trustees" cut at "of"; "the Board" of "… Development Board"
        if is_unit:
            name = _sentence_stop_dropped(without_place(name))
            # "an Executive Board of 58 members": the body's size is no part of its name.
            name = _size_dropped(name, sentence[match.end() :])
        if is_unit and not any(isinstance(f, Unit) and same_name(strip_article(name), f.name) for f in facts):
            facts = [f for f in facts if not (isinstance(f, Unit) and f.name.lower() in name.lower())]
            facts.append(Unit(strip_article(name), match["acr"]))
    return facts


# "Board of trustees with a chairman": a one-word body name stops at "of" before a
# lowercase word; the body's whole name is cut, and "Board" alone is not what the text names.
# A longer name keeps its words ("Central Committee of shareholders", "Board of Directors of
# nine members": what follows describes the body named).
_OF_LOWERCASE = re.compile(r"\sof\s(?!(?:the|a|an)\s)[a-z]")


def _cut_before_lowercase_of(name: str, after: str) -> bool:
    return len(name.split()) == 1 and bool(_OF_LOWERCASE.match(after))


def _own_head_word(name: str, identity: Identity) -> bool:
    """ "the Board" in the profile of "Highlands and Islands Development Board": one
    body word that is the last word of the organization's own name is the organization itself."""
    words = name.split()
    own = identity.name.split()
    return len(words) == 1 and len(own) > 1 and words[0].casefold() == own[-1].casefold()


# "… of 58": a count closing a body's name; the member noun after it says it is a size.
_OF_COUNT = re.compile(r"\sof\s\d{1,4}\Z")
_SIZE_NOUN = re.compile(
    rf"\s(?:elected\s)?(?:{lexicon.alternation(word for (word,) in lexicon.table('body-size-nouns'))})\b"
)


def _size_dropped(name: str, after: str) -> str:
    """ "Executive Board of 58" before "members": the count is the body's size; "Group of
    77" before "countries" or nothing stays a name (lexicon/body-size-nouns.csv)."""
    count = _OF_COUNT.search(name)
    return name[: count.start()] if count and _SIZE_NOUN.match(after) else name


# "…the Library Council of New South Wales, ": a name (its last word capitalised), a comma.
_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'’.-]{0,40}\)?,\s?\Z")
_CLAUSE_END = re.compile(r"\s?(?:[;.)]|\Z)")


def _appositive_description(before: str, after: str) -> bool:
    """ "governed by the X Council, a statutory board; …": a lowercase description between
    a name's comma and the clause's end describes that name, no unit of its own."""
    # Only the tail is searched: a search per unit phrase over all the text before it is quadratic.
    return bool(_CLAUSE_END.match(after)) and bool(_NAME_THEN_COMMA.search(before[-48:]))


def _sentence_stop_dropped(name: str) -> str:
    """ "… ; Permanent Secretariat.": a name ending its sentence loses the sentence's full
    stop; an abbreviation's stop stays ("Acme Bros.", abbreviations.csv)."""
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if name.endswith(".") and abbreviation(last) is None and "." not in last[:-1] else name


# "CEO is A. before him B (2013–2019).": a forum post starts its sentences in lower case, which
# the shared splitter reads as one sentence (rightly for "… Corp. the parent"). In a
# leader field a stop after an ordinary word (no abbreviation, no initial) before a lowercase
# word ends the statement.
_LOWERCASE_START = re.compile(r"(?<=[\w)])\.\s(?=[a-z])")


def _lowercase_sentences(sentence: str) -> list[str]:
    pieces: list[str] = []
    begin = 0
    depth, counted = 0, 0  # brackets opened minus closed before ``counted``
    for stop in _LOWERCASE_START.finditer(sentence):
        word = sentence[begin : stop.start()].rsplit(" ", 1)[-1].lstrip("(\"'“‘")
        entry = abbreviation(word + ".")
        depth += sentence.count("(", counted, stop.start()) - sentence.count(")", counted, stop.start())
        counted = stop.start()
        inside = depth > 0
        if len(word) < 2 or "." in word or entry is not None or inside:
            continue  # "Dr. med.", "Jr. held", "e.g. the", "(adm. dir.)": no end of a statement
        pieces.append(sentence[begin : stop.start() + 1])
        begin = stop.end()
    return [*pieces, sentence[begin:]]


# "EDIT: outdated, sorry — she left, the CEO is A": a forum post's correction marker, then
# chatter and the corrected statement between dashes and commas; only pieces naming a post
# are statements (a marker with no post names nothing).
# (lexicon/correction-marks.csv)
_CORRECTION_MARK = re.compile(rf"\A(?i:{lexicon.alternation(lexicon.correction_marks())})\s?\d?:\s")


def _correction_read(part: str) -> list[str]:
    mark = _CORRECTION_MARK.match(part)
    if mark is None:
        return [part]
    pieces = [clean(p) for dash in split_top_level(part[mark.end() :], "—") for p in split_top_level(dash, ",")]
    return [p for p in pieces if p and ROLE.search(p)]


# "the President since 2021 is A", "The first Director back in 1999 was B": a time phrase
# between the post and its verb; "since" moves after the holder, other times go.
_ROLE_TIME_VERB = re.compile(
    r"\A(?P<head>(?:[Tt]he\s|[Ii]ts\s|[Tt]heir\s)?(?:(?:first|last)\s)?[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,3})"
    r"\s(?:back\s)?(?P<time>(?P<since>since\s)?(?:in\s|from\s)?(?:[A-Z][a-z]{2,8}\s)?\d{4})"
    r"\s(?P<verb>is|was|has\sbeen)\s(?=[A-ZÀ-Þ])"
)


def _role_time_moved(part: str) -> str:
    found = _ROLE_TIME_VERB.match(part)
    if found is None or not ROLE.search(found["head"]):
        return part
    rest = part[found.end() :].rstrip(".")
    if rest.endswith(")") and " (" in rest:  # "A (ex-RSPB, funnily enough)": the note goes
        rest = rest[: rest.rfind(" (")]
    since = f", {found['time']}" if found["since"] else ""
    return f"{found['head']} {found['verb']} {rest}{since}"


def _before_chain_apart(part: str) -> list[str]:
    """ "before him B (2013–2019), and before that C (2007–2013)" → two statements; only a
    statement that opens with "before" is cut."""
    found = _BEFORE_HOLDER.match(part)
    if not found:
        return [part]
    listed = _dated_before_list(part, found)
    if listed:
        return listed
    return [p for p in _CHAINED_BEFORE.split(part) if p]


def _dated_before_list(part: str, found: re.Match[str]) -> list[str]:
    """ "before her: A (2013–2025), B (2001–2013), C (1980–2001)" → one "before
    her" statement per holder; [] unless there are two or more items and each is a person's
    name and a bracketed period of holding and nothing else."""
    opening = part[: found.start("rest")]
    return [opening + item for item in _dated_holder_items(found["rest"], ",")]


def _dated_holder_items(rest: str, separator: str) -> list[str]:
    """The items of ``rest`` cut at ``separator`` outside brackets ("A (2013–2025), B
    (2001–2013)"); [] unless there are two or more and each is a person's name and a bracketed
    period of holding, and nothing else."""
    items = [clean(item).rstrip(".") for item in split_top_level(rest, separator)]
    if len(items) < 2:
        return []
    for item in items:
        dated = _DATED_ITEM.match(item)
        if dated is None or person_name(dated["name"].strip()) is None or not holding_period(dated["period"]):
            return []
    return items


# "Director is A, has been for ages (since 2007)": a forum post's comment on the tenure after
# the holder's name ends the statement ("has been" with no subject of its own).
_HAS_BEEN_TAIL = re.compile(r"(?<=[a-z]),\s(?:and\s)?has\sbeen\s[^,;]{0,80}\Z")


def read_leader(field: Field, identity: Identity) -> ReaderResult:
    """Posts and their holders: one per line, per semicolon or per sentence.

    "Role: Name", "Role — Name", "Name, Role (since ...)", "Name (Role, since ...)" and
    "Role Name" ("President and CEO Jane Doe") give one post held by that person; a role
    whose holder is no person's name ("Chairman: the Prime Minister") stays a post without
    holder. A holder never becomes part of the post's name, and notes in brackets go.
    """
    # "a planned X Division", "Chair (proposed): A": a sentence stating no current fact names nothing.
    field = without_unreal(field, by_clause=True)
    # "| Post | Holder | Term |": each row of a pipe table is one post and its holder.
    facts: list[Fact] = _table_posts(field)
    field = without_tables(field)
    lines = _role_lines_joined(_plural_heading_lists(field.items, identity) or [field.text])
    parts = [
        clean(p)
        for line in lines
        for whole in sentences(line)
        for sentence in _lowercase_sentences(whole)
        for p in _inline_holder_list(sentence, identity)
        or _past_holder_list(sentence, identity)
        or _narrative_past_statements(sentence, identity)  # "Jo Roe was president from 1980 to 1991"
        or _dated_holder_list(sentence)  # "Controller: A (1983–1987); B (1987–1992)"
        or split_top_level(sentence, ";")
    ]
    parts = [p for p in parts if not _outside_overseer(p)]  # "Responsible minister: …"
    parts = [r for p in parts if (r := _governance_capacity_read(p)) is not None]  # "Accountable authority: …"
    parts = [_numeral_rank_read(_since_after_name_read(p)) for p in parts]  # "1st President: A since 2020"
    parts = [_qualified_label_read(_after_him_label_read(p)) for p in parts]  # "CEO after him: A"
    # "President 1911–1930: A": the period moves after the holder before a gloss is read.
    parts = [_capacity_read(part) for part in parts]  # "Representative: A — capacity: Director"
    parts = [_labelled_holder_read(part) for part in parts]  # "Leadership: A, Director (since 2002)"
    parts = [_SUB_POINT.sub("", part) for part in parts]  # "(a) Dr A, President"
    parts = [_timeline_period_moved(part) for part in parts]  # "1921–1930 | President: A"
    parts = _catalogue_parts([_own_possessive_read(_glossed_role(_period_after_holder(part))) for part in parts])
    parts = [piece for part in parts for piece in _correction_read(part)]  # "EDIT: sorry — the CEO is A"
    parts = [_role_time_moved(part) for part in parts]  # "the CEO since 2023 is A"
    parts = [piece for part in parts for piece in _who_clause_read(part)]  # "A, who has served as Governor since 2020"
    parts = [_own_name_possessive_read(part, identity) for part in parts]  # "ICI's first Chairman was A"
    parts = [_own_kind_possessive_read(part, identity) for part in parts]  # "the laboratory's first Director"
    parts = [piece for part in parts for piece in _before_chain_apart(part)]  # "…, and before that C"
    parts = [_HAS_BEEN_TAIL.sub("", part) for part in parts]  # "CEO is A, has been for ages"
    parts = [_without_opener(part) for part in parts]  # "Then Jo Roe was chair": "Then" is no name
    parts = [_without_home_country(part) for part in parts]  # "Albert Thomas of France": the name ends before "of"
    parts = _joined_statements_apart(parts)  # "The Chair is A, and the Director is B"
    parts = _holder_clauses_apart(parts)  # "A served as X in 2001, B was Y, and C …"
    parts = _dash_asides_apart(parts)  # "Its CEO, A — A, come up here. [applause]"
    parts = [_dash_clause_post_read(part) for part in parts]  # "A – the first Director, until 1982"
    parts = [piece for part in parts for piece in _dated_posts_apart(part)]  # "A – CEO from 1997 until 2008 and …"
    parts = [piece for part in parts for piece in _dash_roles_apart(part)]  # "A – co-founder and chairman"
    elided_role = ""  # "Its first director was A; its last was B": B's post is the director's
    dated: list[Post] = []  # "In 1987–1988 the president was A": a past holder, kept when no other is read
    spans: list[tuple[int, str]] = []  # (index of the first fact read from a statement, the statement)
    for text in parts:
        spans.append((len(facts), text))
        described = _described_head(text)
        if described is not None:  # "First head of the institute: A, director 1939–1944"
            facts.extend(described)
            continue
        earlier = _earlier_holder(text, facts) or _later_holder(text, facts)
        if earlier:  # "Before him, Jo Roe, from 2002 to 2017.": the same post, held before
            facts.append(with_periods(earlier, text, earlier=_BEFORE_HOLDER.match(text) is not None))
            continue
        post = _predecessor_as(text)
        if post:  # "Her predecessor as Director was A", "he was succeeded as Chair by B"
            facts.append(post)
            continue
        post = named_post(text) or _dash_dated_post(text)  # "A – sole owner from 1848 until 1887"
        post = _dash_period_read(post, text) if post else None  # "A – Director from 2016 until 2022"
        if post:
            facts.append(post)
            continue
        appositive = _appositive_posts(text)
        if appositive:  # "Its Chair, Dr A, leads the Board, and its Director, B, leads …"
            facts.extend(appositive)
            continue
        post = _name_verb_role(text) or _role_verb_name(text) or _titled_lead(text) or _ran_as(text)
        # "X is led by A, who has served as Chairman and Chief Executive Officer since 2019"
        post = post or _led_by_who_served(text)
        if post:
            facts.append(post)
            dated += [post] if _DATED_OPENING.match(text) else []
            continue
        if _ROLE_THEN_NAME.match(_role_notes_dropped(text)):
            continue  # "Role: <a holder no reader understood>": no post rather than a wrong one
        led_by = _LED_BY.search(text)
        if led_by:
            facts.extend(_led_by_posts(text, led_by))
            continue
        ordinals = _ordinal_holders(text)
        for role, after in ordinals:
            # "Its first president was the historian Jan Novák, …, and its last was Eva Malá".
            elided_role = role or elided_role
            holder = _narrative_holder(after) if elided_role else None
            label = _post_label(elided_role) if holder else None
            if elided_role.lower() in lexicon.descriptive_head_words():  # after "its first"/"the last"
                label = _appointed_post(after)  # "its first head was A, appointed Chief Engineer in 1907"
            facts.extend([_post(label, (holder.mention(),))] if holder and label else [])
        if ordinals:
            continue
        chaired = _CHAIRED_BY.search(text)
        if chaired and (holder := _narrative_holder(" " + text[chaired.end() :])):
            # "chaired by the economist Jane Doe"; "…, who held office as President of the
            # Board": the posts the clause names are the holder's, "Chair" only the verb's.
            clause_roles = _held_as_roles(text[chaired.end() :])
            facts.extend(_post(role, (holder.mention(),)) for role in clause_roles or ["Chair"])
            continue
        narrative = _narrative_posts(text)
        facts.extend(narrative or _post_named_alone(text))
    facts, dated = _holding_periods(facts, spans, dated, _ended_statements(parts))
    facts = _held_posts(parts, facts)
    facts.extend(_office_held_in_turn(parts))
    facts.extend(_who_was_posts(parts))
    facts.extend(_succession_posts(parts, facts))  # "A, who was followed by B"
    facts.extend(_dated_bracket_posts(parts, facts))  # "… Robert Roe (President, 2009–2016)"
    held = {f.role for f in facts if isinstance(f, Post) and f.holders and f not in dated}
    facts = [f for f in facts if not (f in dated and isinstance(f, Post) and f.role in held and not f.holdings)]
    # "Former Director: John Major", "ex-CEO Ann Lee": a past holder of the post named after the
    # rank word; "Before: Nikolai Faddeyev", "former director: A" name no post.
    facts = [_former_holder(f) for f in facts]
    facts = [f for f in facts if not (isinstance(f, Post) and (_past_post(f.label) or _past_holder_key(f.label)))]
    if _lists_unread_holders(field):
        # "headed by a chairman. Holders of the post were: - A, 1957–1964 …": the text names
        # the holders (none read as current); a post "without holder stated" would be wrong.
        facts = [f for f in facts if not (isinstance(f, Post) and not f.holders and not f.holdings)]
    facts = [_own_reference_dropped(f, identity) for f in facts if not _other_company_post(f, identity)]
    # "The Council was led by a Leader of the Council. The first Leader was A; …": the text
    # names the post's holders, so a post "without holder stated" would be wrong.
    held_roles = {f.role for f in facts if isinstance(f, Post) and (f.holders or f.holdings)}
    facts = [
        f for f in facts if not (isinstance(f, Post) and not f.holders and not f.holdings and f.role in held_roles)
    ]
    # "Principal of X (Md" (a sentence cut inside a bracket): no post's name.
    facts = [f for f in facts if not (isinstance(f, Post) and f.label.count("(") != f.label.count(")"))]
    facts = _initials_kept(facts, field.text)  # "- G. Rao – …", "- M. Jagadesh Kumar – …"
    return unique([_without_last_holder_word(f) for f in _one_label_per_role(_first_holders_past(facts))]), None


# "A, who has served as Governor since March 2020", "A, who became Chief Executive Officer in
# 2024": a person's name, a comma and a relative clause whose verb ("served as", "acted as",
# "became") names the post the person holds or held.
_WHO_CLAUSE_POST = re.compile(
    r"\A(?P<name>[^–—:;,()]{3,60}?),\swho\s(?:has\s|had\s)?(?:(?:served|acted)\sas|became)\s(?P<post>\S.*)\Z"
)
# "…, after serving as Chief Executive Officer from 2008 until 2016": the person's earlier post.
_EARLIER_SERVICE = re.compile(
    r",\s(?:after\s(?:serving|having\sserved)|having\s(?:previously\s)?served)\sas\s(?=[A-Za-z])"
)
# "Chairman of Barclays", "Minister of the Interior": a post of another body.
_OF_NAMED_BODY = re.compile(r"\sof\s(?:the\s)?[A-ZÀ-Þ]")
# Lowercase words that may join the capitalised words of one post ("Deputy Governor for
# Prudential Regulation"; post-phrase-words.csv).
_POST_JOINS = lexicon.post_phrase_words("join")


def _who_clause_read(part: str) -> list[str]:
    """ "A, who has served as Chairman since April 2017, after serving as Chief Executive Officer
    from 2008 until 2016" → ["A – Chairman since April 2017", "A – Chief Executive Officer from
    2008 until 2016"]: a person's name, a comma and a who-clause naming a post are the dash
    bullet the dash readers read, one statement a post ("after serving as", "having served as"
    name an earlier one). A clause naming no post of the organization's own ("who served as
    Minister of Finance", "who became a member of the board") or no person's name before the
    comma leaves the part as written."""
    found = _WHO_CLAUSE_POST.match(part)
    if found is None or person_name(strip_notes(found["name"])) is None:
        return [part]
    later = _EARLIER_SERVICE.search(found["post"])
    pieces = [found["post"][: later.start()], found["post"][later.end() :]] if later else [found["post"]]
    if not all(_who_clause_post(piece) for piece in pieces):
        return [part]
    return [f"{found['name']} – {piece}" for piece in pieces]


def _who_clause_post(piece: str) -> bool:
    """The first capitalised run of ``piece`` (after "the", "its", "the school's first") is a
    post of the organization's own: a role word, no other body after "of", no minister."""
    words = piece.split()
    start = next((i for i, word in enumerate(words) if word[:1].isupper()), None)
    if start is None or start > 3:
        return False
    run = [words[start]]
    for word in words[start + 1 :]:
        if not (word[:1].isupper() or word in _POST_JOINS):
            break
        run.append(word)
    while run and run[-1] in _POST_JOINS:
        run.pop()
    label = " ".join(run).rstrip(".,;")
    found = ROLE.search(label)
    return found is not None and found["role"].lower() != "minister" and _OF_NAMED_BODY.search(label) is None


# "Alfred Roe – sole owner from 1848 until 1887, who …": a person's name, a spaced dash, then a
# phrase of up to six words right before a dated period ("from", "since" and a year).
_DASH_DATED_POST = re.compile(
    r"\A(?P<name>[^–—:;,()]{3,60}?)\s[–—]\s(?P<post>[A-Za-z][\w'’-]{1,30}(?:\s[A-Za-z][\w'’-]{0,30}){0,5}?)"
    r"\s(?=(?:from|since)\s(?:[A-Z][a-z]{2,8}\s)?\d{4}\b)"
)
_ARTICLES_AND_POSSESSIVES = lexicon.post_phrase_words("not-opening")


def _dash_dated_post(text: str) -> Post | None:
    """ "Alfred Roe – sole owner from 1848 until 1887", "Berta Roe – General Representative of the
    owner from 1953": in a Leader field, the phrase between a person's name and the dated period
    that follows it names the post the person held, even without a role word (roles.csv). The
    phrase must look like a post's name: no article or possessive first, no verb
    (sentence-verbs.csv) and no word in "-ed" or "-ing", no digits, no joining word last and no
    organization's head noun (org-head-words.csv) last, and the period must read as a holding
    period; "A – a lawyer from 1990", "A – elected from 1990" give nothing."""
    found = _DASH_DATED_POST.match(clean(text))
    holder = person_name(found["name"]) if found else None
    if found is None or holder is None:
        return None
    words = found["post"].split()
    lowered = [w.lower() for w in words]
    if lowered[0] in _ARTICLES_AND_POSSESSIVES or lowered[-1] in lexicon.glue_words() | _POST_JOINS:
        return None
    if any(w in lexicon.sentence_verbs() or w.endswith(("ed", "ing")) for w in lowered):
        return None
    if words[-1] in lexicon.org_head_words() or person_name(found["post"]) is not None:
        return None
    # the period is what makes the phrase a post: one read as a holding period ("from 1848
    # until 1887", "since 2019"; ``holding_period``), or none
    note = _PERIOD_NOTE_END.split(clean(text)[found.end() :], maxsplit=1)[0].strip(" .")
    return _post(found["post"], (holder.mention(),)) if holding_period(note) else None


def _written_whole(words: str, text: str) -> bool:
    """``words`` occur in ``text`` with no letter, digit or full stop right before them and no
    letter or digit right after."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == ".") and not after.isalnum():
            return True
        at = text.find(words, at + 1)
    return False


# After a person's name and a spaced dash: the rest of a dash bullet.
_AFTER_NAME_DASH = re.compile(r"\A[^–—:;,()]{3,60}?\s[–—]\s")
_PERIOD_NOTE_END = re.compile(r"[,;(]")


def _dash_period_read(post: Post, text: str) -> Post:
    """ "A – Director from 2016 until 2022, who then became …": the period written right after
    the post's name in a dash bullet is the holder's; an ended one makes the holder a past
    holder. A post whose name is not what follows the dash, or a note after it that is no
    period, leaves the post as it was read."""
    dash = _AFTER_NAME_DASH.match(clean(text))
    rest = clean(text)[dash.end() :] if dash else ""
    if len(post.holders) != 1 or post.holdings or not rest.startswith(post.label + " "):
        return post
    note = _PERIOD_NOTE_END.split(rest[len(post.label) :], maxsplit=1)[0].strip(" .")
    period = holding_period(note) if note.split(" ", 1)[0] in ("from", "since") else None
    if period is None:
        return post
    start, end, ended = period
    holding = Holding(post.holders[0], start, end, ended=ended)
    return replace(post, holders=() if ended else post.holders, holdings=(holding,))


# A name opening with one initial ("G. Parthasarathi"); the letter is captured.
_INITIAL_OPENING = re.compile(r"\A(?P<letter>[A-ZÀ-Þ])\.\s(?=\S)")


def _initials_kept(facts: list[Fact], text: str) -> list[Fact]:
    """ "- G. Rao – Director from 1969", "- M. Jagadesh Kumar – Director from 2016": where another
    holder the field names opens with an initial that is no form of address ("G."), the writer
    writes initials before names, so a letter of initial-titles.csv ("M.", read as "Monsieur"
    by ``names.leading_titles``) before a holder's name in the field is the holder's own
    initial and stays. Without such a holder ("M. Paul Girard" beside "Mme Awa Diallo") it goes."""
    address = lexicon.initial_titles()
    holders = [m for f in facts if isinstance(f, Post) for m in (*f.holders, *(h.holder for h in f.holdings))]
    if not any((o := _INITIAL_OPENING.match(m.name)) and o["letter"] not in address for m in holders):
        return facts

    def kept(mention: Mention) -> Mention:
        if mention.kind != "person" or _INITIAL_OPENING.match(mention.name):
            return mention
        for letter in sorted(address):
            written = f"{letter}. {mention.name}"
            if _written_whole(written, text):
                return replace(mention, name=written)
        return mention

    return [
        replace(
            f,
            holders=tuple(kept(m) for m in f.holders),
            holdings=tuple(replace(h, holder=kept(h.holder)) for h in f.holdings),
        )
        if isinstance(f, Post)
        else f
        for f in facts
    ]


# A Leader line's label, its colon, and what it names: "Responsible minister: the
# Minister for X", "Accountable authority: the Chief Executive Officer, Mr A (from 2018)". The
# label is bounded and stops at the first colon; the post stops at the first comma.
_LINE_LABEL = re.compile(r"\A(?:[Tt]he\s)?(?P<label>[A-Za-z][A-Za-z' -]{1,40}?)\s?:\s(?P<rest>\S.*)\Z")
_LABEL_IS = re.compile(r"\A(?:[Tt]he\s)?(?P<label>[A-Za-z][A-Za-z' -]{1,40}?)\s(?:is|was)\s(?=\S)")
_CAPACITY_POST = re.compile(r"\A(?:the\s)?(?P<post>[A-Z][^,:;()]{1,60}),\s(?P<rest>\S.*)\Z")


def _outside_overseer(part: str) -> bool:
    """ "Responsible minister: the Minister for X", "The sponsoring department is Y", "the
    Minister for X (not an officer of the entity)": a minister or department outside the
    organization that answers for it (outside-overseer-labels.csv, outside-officer-notes.csv)
    is no post of the organization."""
    lowered = part.lower()
    if any(note in lowered for note in lexicon.outside_officer_notes()):
        return True
    found = _LINE_LABEL.match(part) or _LABEL_IS.match(part)
    return found is not None and clean(found["label"]).lower() in lexicon.outside_overseer_labels()


def _governance_capacity_read(part: str) -> str | None:
    """ "Accountable authority: the Chief Executive Officer, Mr A (from 2018)" → "Chief Executive
    Officer: Mr A (from 2018)": a label of governance-capacity-labels.csv names the capacity,
    the post written after it is the post, held by the person after its comma. ``None`` (the
    statement goes) when the label is followed by anything else: the label is no post, and a
    holder without the post is not read; ``part`` itself when it opens with no such label."""
    found = _LINE_LABEL.match(part)
    if found is None or clean(found["label"]).lower() not in lexicon.governance_capacity_labels():
        return part
    post = _CAPACITY_POST.match(found["rest"])
    if post is None or not _role_label(post["post"].strip(), strict=True):
        return None
    holder = split_top_level(post["rest"], ",")[0]
    if person_name(strip_notes(clean(holder)).rstrip(".")) is None:
        return None
    return f"{post['post'].strip()}: {post['rest']}"


# "President: A since Aug 2022" (a thread's line: no comma before the start): the
# name ends before "since" and a date (a digit, or a month's word and a digit).
_SINCE_AFTER_NAME = re.compile(r"(?<=[^\W\d_])\s(?=since\s(?:\d|[A-Z][a-z]{2,8}\.?\s\d))")
# "1st President: A": the numeral ordinal of a first holder, written out as the rank word.
_PERIOD_OF_YEARS = re.compile(r"\d{4}\s?[–-]\s?\d{2,4}")
_NUMERAL_FIRST = re.compile(r"\A1st\s(?=[A-Za-z])")


def _since_after_name_read(part: str) -> str:
    """ "President: A since Aug 2022" → "President: A, since Aug 2022": only where all between
    the colon and "since" is a person's name ("EDIT: the CEO since 2023 is A" stays)."""
    colon = part.find(": ")
    since = _SINCE_AFTER_NAME.search(part, colon + 2) if colon >= 0 else None
    if since is None or person_name(part[colon + 2 : since.start()].strip()) is None:
        return part
    return f"{part[: since.start()]},{part[since.start() :]}"


def _numeral_rank_read(part: str) -> str:
    """ "1st president: A (1902–1904)" → "First President: A (1902–1904)"; "1st woman
    President: B" and an undated "1st Chairman: C (1974)" are left as written (the rank word
    must stand right before the post, and the holder's period must be given). "1st
    president ever was A" → "The first president was A" (a narrative first holder)."""
    found = _NUMERAL_FIRST.match(part)
    if found is None:
        return part
    rest = part[found.end() :]
    narrative = _FIRST_EVER_WAS.match(rest)
    if narrative is not None:
        role = narrative["role"]
        return f"The first {role} was {rest[narrative.end() :]}" if _role_label(role, strict=True) else part
    role = rest.split(":", 1)[0] if ":" in rest else ""
    # only with the holder's period of years: the first holder then reads as a past one
    dated = _PERIOD_OF_YEARS.search(rest) is not None
    if not (role and dated and _role_label(role.strip(), strict=True)):
        return part
    # The post's name is capitalised after the rank word ("First President")
    return "First " + rest[:1].upper() + rest[1:]


# "1st president ever was A (1894–1896)": the rank numeral, a post in a few words,
# "ever" (optional) and "was"; the role is bounded and stops at the first space before "was".
_FIRST_EVER_WAS = re.compile(r"\A(?P<role>[A-Za-z][A-Za-z&' -]{1,40}?)\s(?:ever\s)?was\s(?=[A-ZÀ-Þ])")

# "CEO after him: A (1986–1989)", "Governor after her: B": the post's next holder,
# under the post the label names. The label is bounded and stops at the first colon.
_AFTER_HIM_LABEL = re.compile(r"\A(?P<role>[A-Za-z][^:;()]{1,40}?)\safter\s(?:him|her|them):\s(?P<rest>[A-ZÀ-Þ].*)\Z")
# "1st woman President: A (2022–23)", "GOAT president: B, 1943–1978": a word that
# describes the holder (holder-label-qualifiers.csv) before the post in a line's label.
_QUALIFIED_LABEL = re.compile(
    r"\A(?:1st\s|[Ff]irst\s)?(?P<word>[A-Za-z-]{3,16})\s(?P<role>[A-Za-z][^:;()]{1,40}):\s(?P<rest>[A-ZÀ-Þ].*)\Z"
)


def _after_him_label_read(part: str) -> str:
    """ "CEO after him: A (1986–1989)" → "CEO: A (1986–1989)": only where the words before
    "after him" are a post the lexicon knows."""
    found = _AFTER_HIM_LABEL.match(part)
    if found is None or ROLE.match(found["role"]) is None or not _role_label(found["role"], strict=True):
        return part
    return f"{found['role']}: {found['rest']}"


def _qualified_label_read(part: str) -> str:
    """ "1st woman President: A (2022–23)" → "President: A (2022–23)": the qualifier (and a
    rank numeral before it) goes when the words after it are a post the lexicon knows and the
    holder's period of years is given; "Deputy President: A" (no qualifier of the table) and
    an undated "GOAT president: B" stay as written."""
    found = _QUALIFIED_LABEL.match(part)
    if found is None or found["word"].lower() not in lexicon.holder_label_qualifiers():
        return part
    role = found["role"]
    if ROLE.match(role) is None or not _role_label(role, strict=True) or not _PERIOD_OF_YEARS.search(found["rest"]):
        return part
    return f"{role[:1].upper()}{role[1:]}: {found['rest']}"


# "Controller of Audit: Mr A (1983–1987); Mr B (1987–1992); Mr C (1992–2003)": a
# post, its colon, then two or more holders, each a person's name and a bracketed period and
# nothing else; each held the post. The role stops at the first colon; each item's name stops
# at its bracket.
_DATED_LIST_HEAD = re.compile(r"\A(?P<role>[A-Za-z][^:;()]{1,60}):\s(?P<rest>\S.*)\Z")
_DATED_ITEM = re.compile(r"\A(?P<name>[^()]{3,80}?)\s?\((?P<period>[^()]{4,40})\)\Z")


def _dated_holder_list(sentence: str) -> list[str]:
    """ "Chair: A (2001–2005); B (2005–2010)" → ["Chair: A (2001–2005)", "Chair: B (2005–2010)"];
    [] when any item is more than a person's name and a period of holding, or the key names no
    post the lexicon knows (a past-holder key, a capacity or outside-overseer label)."""
    found = _DATED_LIST_HEAD.match(clean(sentence).rstrip("."))
    if found is None:
        return []
    role = clean(found["role"])
    label = role.lower()
    first = named_post(f"{role}: {clean(split_top_level(found['rest'], ';')[0])}")
    if (
        first is None
        or len(first.holders) != 1
        or _past_post(role)
        or _past_holder_key(role)
        or label in lexicon.governance_capacity_labels()
        or label in lexicon.outside_overseer_labels()
    ):
        return []
    return [f"{role}: {item}" for item in _dated_holder_items(found["rest"], ";")]


# "Leadership: A, Director General (since 2002)", "First director: B, Director
# (1903–1922)": a label, its colon, then a person's name and the post written after it. The
# label is bounded and stops at the first colon, so the pattern stays linear.
_LABEL_BEFORE_HOLDER = re.compile(r"\A(?P<label>[A-Za-z][^:;()|]{1,40}):\s(?P<rest>[A-ZÀ-Þ].*)\Z")


def _labelled_holder_read(part: str) -> str:
    """ "Leadership at merger: A, President (1965–1967)" → "A, President (1965–1967)": a label
    of the field's people (leader-field-labels.csv, with no post word of its own) goes before a
    holder whose post is written after the name; "First director: B, Director (1903–1922)" →
    "First Director: B (1903–1922)": a rank word and the same post, named as the item writes it.
    ``part`` itself when the words after the colon are no person with a post the lexicon knows."""
    found = _LABEL_BEFORE_HOLDER.match(part)
    if found is None:
        return part
    label, rest = clean(found["label"]).lower(), found["rest"]
    post = named_post(rest)
    if post is None or len(post.holders) != 1 or not _role_label(post.label, strict=True):
        return part
    if people_label(post.label) is not None:
        return part
    field_label = people_label(label)
    if field_label is not None:
        return rest if ROLE.search(label[len(field_label) :]) is None else part
    rank, _, role = label.partition(" ")
    ranks = lexicon.first_holder_words() | lexicon.last_holder_words()
    # the same post, word for word: "First head of the institute: A, head 1901–1920" names no post
    if rank not in ranks or not role or role != post.label.lower() or _post(role, ()).role != post.role:
        return part
    holder = post.holders[0].name
    pieces = split_top_level(rest, ",")
    if person_name(strip_notes(pieces[0])) is None or strip_notes(clean(pieces[0])) != holder:
        return part
    notes = "".join(f" ({note})" for note in _BRACKETED.findall(", ".join(pieces[1:])))
    return f"{rank[:1].upper()}{rank[1:]} {post.label}: {holder}{notes}"


# "Legal representative: A — capacity: Director (2012–2023)": a form's line names the person
# first, then the post after a label of form-capacity-labels.csv. Two small patterns keep
# each linear: the label between the dash and its colon, then the post and its bracket.
_CAPACITY_LABEL = re.compile(r"\s[—–-]\s(?P<label>[A-Za-z][A-Za-z ]{1,29}):\s")
_CAPACITY_ROLE = re.compile(r"\A(?P<role>[^:()—–]{2,70}?)(?P<note>\s?\([^()]{1,50}\))?\.?\Z")


def _capacity_read(text: str) -> str:
    """ "Legal representative: A — capacity: Director (2012–2023)" as "Director: A (2012–2023)",
    the order the post readers know; the key ("Legal representative", "Historic") names no post."""
    label = _CAPACITY_LABEL.search(text)
    if label is None or label["label"].lower() not in lexicon.form_capacity_labels():
        return text
    key, colon, name = text[: label.start()].partition(": ")
    found = _CAPACITY_ROLE.match(text[label.end() :])
    if not (key.strip() and colon and found and _role_label(found["role"], strict=True)):
        return text
    if person_name(name.split(",")[0].strip()) is None:
        return text
    return f"{found['role']}: {name.strip()}{found['note'] or ''}"


# "President 1911–1930: A", "CEO 2008–2023 (second term): B": the holding period between the
# post and its colon. Anchored; each piece bounded.
# "Director, c. 1988–1997: A" (a word of uncertain-date before the start) and
# "Governor-General, 1619–1623 and 1627–1629: B" (a second term after "and" or a comma): the
# holder held the post until the last end; the approximate or broken start is not read.
_ROLE_PERIOD_COLON = re.compile(
    r"\A(?P<role>[^:|()\d]{1,60}?)\s"
    r"(?P<period>\d{4}\s?[–-]\s?(?:\d{4}|\d{2})?)"
    r"(?P<more>(?:,\s|\sand\s)\d{4}\s?[–-]\s?(?P<last>\d{4}|\d{2}))?"
    r"(?P<note>\s?\([^()]{1,60}\))?\s?:\s?(?P<rest>\S.*)\Z"
)
# The approximate mark is found on its own (one alternation before a range), then cut.
_CIRCA_RANGE = re.compile(rf"\s(?i:{lexicon.alternation(lexicon.uncertain_date_words())})\s?(?=\d{{4}}\s?[–-])")
_RANGE_END = re.compile(r"(?P<start>\d{4})\s?[–-]\s?(?P<end>\d{4}|\d{2})\Z")


def _last_end(period: str) -> str | None:
    """The end year of the range ``period`` ("1627–1629", "1627–29"), or ``None`` (open or
    running backwards)."""
    found = _RANGE_END.search(period)
    if found is None:
        return None
    start, end = found["start"], found["end"]
    end = start[:2] + end if len(end) == 2 else end
    return end if end >= start else None


def _period_after_holder(text: str) -> str:
    """ "President 1930–1937: A" as "President: A (1930–1937)", the order the post readers know;
    a bracketed note before the colon follows the period."""
    circa = _CIRCA_RANGE.search(text, 0, max(text.find(":"), 0))
    found = _ROLE_PERIOD_COLON.match(f"{text[: circa.start()]} {text[circa.end() :]}" if circa else text)
    if found is None or not _role_label(found["role"], strict=True):
        return text
    first = found["rest"].split()[0]
    if not first[:1].isupper() or first.lower() in lexicon.function_words():
        return text  # "Chair 1990–1995: the Minister": no person's name after the colon
    period = found["period"]
    if circa or found["more"]:  # held until the last end, start unread
        end = _last_end(found["more"] or period)
        if end is None:
            return text
        period = f"until {end}"
    return f"{found['role']}: {found['rest']} ({period}){found['note'] or ''}"


# "(a) Dr A, President, since 2016;" "(iv) …": a document's sub-point letter opens the item and
# is no part of a name. Lower-case letters or short roman numerals only, so "(UK)" stays.
_SUB_POINT = re.compile(r"\A\((?:[a-z]|[ivx]{2,5})\)\s(?=\S)")


# "1921–1930 | President: A", "c. 1960 – 1974 | chair: B", "2019 → Director: C": a
# chronicler's timeline puts the holding period (dates.dated_lead) before the post and its
# holder. Anchored; each piece bounded.
_ROLE_THEN_HOLDER = re.compile(r"(?P<role>[^:|()\d→]{1,60}?)\s?:\s?(?P<rest>\S[^|→]{0,200})\Z")


def _timeline_period_moved(text: str) -> str:
    """ "1930–1937 | President: A" as "President: A (1930–1937)", "2019 → Chair: B" as
    "Chair: B (since 2019)": the order the post readers know; no person after the colon, no post."""
    lead = dated_lead(text)
    if lead is None or lead.mark == "—":
        return text  # "1948 — President: A": whether the dash opens a holding is not said
    found = _ROLE_THEN_HOLDER.match(text, lead.rest)
    if found is None or not _role_label(found["role"], strict=True):
        return text
    if lead.mark != "|" and lead.end:
        return text  # "1990–1995 → Chair: A": a range runs on nowhere; read as written
    first = found["rest"].split()[0]
    if not first[:1].isupper() or first.lower() in lexicon.function_words():
        return text  # "2001 | Chair: the Minister": no person's name after the colon
    period = f"{lead.start}–{lead.end}" if lead.end else lead.start
    when = f"since {period}" if lead.runs_on else period
    return f"{found['role']}: {found['rest']} ({when})"


_OWN_COMPLEMENT_AT = re.compile(r"\s(?:of|at)\s(?P<the>the\s)?(?=[A-ZÀ-Þ])")


def _own_names(identity: Identity) -> set[str]:
    """The organization's names as a post's complement may give them, folded: its name, acronym
    and other names, each also without its legal form ("Enron Corp." → "enron")."""
    own = {name.casefold() for name in identity.own_names}
    for name in identity.own_names:
        for suffix in lexicon.legal_form_suffixes():
            if name.endswith(" " + suffix):
                own.add(name[: -len(suffix) - 1].rstrip(",").casefold())
    return own


def _own_reference_dropped(fact: Fact, identity: Identity) -> Fact:
    """ "Chairman of the Board of Acme" for Acme, "Chief Executive of the Charity" where the intro
    defines "the Charity": the post's complement is the organization itself, no part of the post."""
    if not isinstance(fact, Post):
        return fact
    own = _own_names(identity)
    terms = {term.casefold() for term in defined_terms(identity)}
    for found in reversed(list(_OWN_COMPLEMENT_AT.finditer(fact.label))):
        tail = fact.label[found.end() :].casefold()
        post = fact.label[: found.start()]
        if post.casefold() in lexicon.descriptive_head_words():
            return fact  # "Leader of the Council", "Head of the School": the complement names the post
        if tail in own or tail.rstrip(".") in own or (found["the"] and tail in terms):
            return replace(fact, label=post)
    kind = _OWN_KIND_COMPLEMENT.search(fact.label)
    if kind and kind["kind"].casefold() in _own_head_nouns(identity):
        # "Director of the laboratory" for Brookhaven National Laboratory: the head
        # noun of the organization's own name, written lowercase, names the organization itself.
        post = fact.label[: kind.start()]
        return fact if post.casefold() in lexicon.descriptive_head_words() else replace(fact, label=post)
    return fact


# "… of the laboratory", "… of the university": one lowercase word ending the post's name.
_OWN_KIND_COMPLEMENT = re.compile(r"\s(?:of|at)\sthe\s(?P<kind>[a-z]{3,20})\Z")


def _own_head_nouns(identity: Identity) -> set[str]:
    """The head nouns (org-head-words.csv) among the words of the organization's own names, folded."""
    heads = {word.casefold() for word in lexicon.org_head_words()}
    return {w.casefold() for name in identity.own_names for w in name.split() if w.casefold() in heads}


def _other_company_post(fact: Fact, identity: Identity) -> bool:
    """ "A is Chairman of Polar Holdings Ltd., the parent": a post whose complement is a
    company by its legal form (legal-form-suffixes) that is not this organization is that
    company's post, not one of this organization's."""
    if not isinstance(fact, Post):
        return False
    found = list(_OWN_COMPLEMENT_AT.finditer(fact.label))
    if not found:
        return False
    tail = fact.label[found[-1].end() :]
    suffix = next((s for s in lexicon.legal_form_suffixes() if tail.endswith(" " + s)), None)
    if suffix is None:
        return False
    own = _own_names(identity)
    return tail.casefold() not in own and tail[: -len(suffix) - 1].rstrip(",").casefold() not in own


def _holding_periods(
    facts: list[Fact], spans: list[tuple[int, str]], dated: list[Post], ended: set[str]
) -> tuple[list[Fact], list[Post]]:
    """Each post read from a statement with the period the statement gives beside each holder
    (``with_periods``); a statement whose bracketed period ended while another statement names
    a current holder of the post (``_ended_statements``) gives past holders, dated or not; "In
    1987–1988 the president was A": the opening's ended period makes A a past holder."""
    out = list(facts)
    dated_out = list(dated)
    for (start, text), (end, _) in pairwise([*spans, (len(facts), "")]):
        for index in range(start, end):
            fact = with_periods(facts[index], text)
            opening = _DATED_OPENING.match(text) if facts[index] in dated else None
            period = holding_period(_OPENING_WORD.sub("", opening[0]).rstrip(", ")) if opening else None
            if isinstance(fact, Post) and period and period[2] and fact.holders:
                fact = replace(
                    fact, holders=(), holdings=tuple(Holding(h, period[0], period[1], ended=True) for h in fact.holders)
                )
            elif text in ended:
                fact = as_past(fact)
            read = facts[index]
            if isinstance(read, Post) and read in dated and isinstance(fact, Post):
                dated_out[dated_out.index(read)] = fact
            out[index] = fact
    return out, dated_out


# "In 1987–1988", "During 1990–1995": the word before a dated opening's period.
_OPENING_WORD = re.compile(r"\A(?:In|During)\s", re.I)


def _ended_statements(parts: list[str]) -> set[str]:
    """The statements naming a holder whose bracketed period has ended when another statement
    names a holder of the same post ("Director: A (in office until 2022); Director: B (since
    2022)": A's); their holders are past holders, dated where ``holding_period`` reads it."""
    posts = [named_post(part) for part in parts]
    current = {p.role for p, part in zip(posts, parts, strict=True) if p and not _ended(part)}
    return {part for p, part in zip(posts, parts, strict=True) if p and _ended(part) and p.role in current}


def _former_holder(fact: Fact) -> Fact:
    """ "Former Director: A", "The former Secretary-General — B, 2022–2024", "ex-CEO C": the
    post named after the rank word, held by a past holder; a rank word before no capitalised
    post ("Former director: A") is left for the caller to drop."""
    if not isinstance(fact, Post) or not _past_post(fact.label):
        return fact
    ranked = _without_rank_word(fact)
    return as_past(ranked) if ranked is not fact else fact


def _first_holders_past(facts: list[Fact]) -> list[Fact]:
    """ "Director: A (since 2015)" and "First director: B" (or "Last director: C"): B held the
    post first, C last, A holds it now: B and C are past holders of the post, under its own
    name ("First Director" → "Director") when a capitalised post follows the rank word. With
    no other holder named, a ranked label stays as it is ("Last Deputy Chairman: A (2004–2014)":
    a past holder, under the label written)."""
    ranks = lexicon.first_holder_words() | lexicon.last_holder_words()
    current = {f.role for f in facts if isinstance(f, Post) and f.holders and _first_word(f.label) not in ranks}
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Post):
            fact = _founder_and_dropped(fact)
        if isinstance(fact, Post) and _first_word(fact.label) in ranks and fact.role in current:
            fact = _without_rank_word(as_past(fact))
        elif isinstance(fact, Post) and _first_word(fact.label) in lexicon.first_holder_words() and _closed(fact):
            fact = _without_rank_word(fact)  # "First President: A (1939–1967)", held and ended
        out.append(fact)
    return out


def _closed(post: Post) -> bool:
    """Every holder of ``post`` held it for a period that has ended at a date the text gives."""
    return not post.holders and bool(post.holdings) and all(h.ended and h.end for h in post.holdings)


def _founder_and_dropped(post: Post) -> Post:
    """ "Founder and first Director: A (1980–2002)" → "first Director": founding is no post (the
    founding reader reads the founder); the post is the ranked one after "and". ``post`` itself
    when the words after "and" open with no rank word or the ranked post names no capitalised post."""
    head, joined, rest = post.label.partition(" and ")
    founders = {k.word for k in lexicon.past_holder_keys() if not k.with_more_words}
    ranks = lexicon.first_holder_words() | lexicon.last_holder_words()
    if not joined or head.lower() not in founders or _first_word(rest) not in ranks:
        return post
    ranked = _without_rank_word(replace(post, label=rest))
    return replace(post, label=rest) if isinstance(ranked, Post) and ranked.label != rest else post


# "First head of the institute:", "Last leader:": a rank word and a generic word for whoever
# runs a body, perhaps "of the <common noun>", as a label.
_DESCRIBED_HEAD = re.compile(
    r"\A(?P<rank>[A-Za-z]{3,12})\s(?P<head>[a-z]{3,12})(?:\sof\s(?:the|its)\s[a-z]{3,20}(?:\s[a-z]{3,20}){0,2})?\s?:\s?(?P<rest>\S.*)\Z"
)


def _described_head(text: str) -> list[Fact] | None:
    """ "First head of the institute: A, director 1939–1944": the label describes, the post
    is the one named with the holder ("Director"); with none named, no post rather than
    "First head of the institute". None when the label is no such description."""
    label = _DESCRIBED_HEAD.match(text)
    ranks = lexicon.first_holder_words() | lexicon.last_holder_words()
    if label is None or label["rank"].lower() not in ranks or label["head"] not in lexicon.descriptive_head_words():
        return None
    post = named_post(label["rest"])
    return [post] if post and post.holders and post.role not in lexicon.descriptive_head_words() else []


# "Then", "And", "Obviously" (spoken-openers.csv) opening a sentence before a
# capitalised word or "before": a spoken sentence adverb, no part of what follows.
_OPENER = re.compile(r"\A(?P<word>[A-Z][a-z]{1,12})(?P<comma>,?)\s(?=[A-Z]|before\s)")


def _without_opener(text: str) -> str:
    found = _OPENER.match(text)
    if not found:
        return text
    # an opener of spoken-openers.csv; one that needs a comma only with its comma ("So, Jo Roe")
    opener = next((row for row in lexicon.spoken_openers() if row.phrase == found["word"].lower()), None)
    return text if opener is None or (opener.comma_only and not found["comma"]) else text[found.end() :]


# "Albert Thomas of France", "Ana Lima, of Peru,": the country a holder comes from, after the name.
_ORIGIN = re.compile(r",?\sof\s(?P<place>[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2})(?=[,.;]|\Z)")


def _without_home_country(text: str) -> str:
    """ "Director Ana Lima, of Peru, since 2020" → "Director Ana Lima, since 2020": "of" and a
    country after a person's name (its last two words) say where the holder is from; "of" after
    any other word ("Governor of the Bank of Japan") is part of a post's or a body's name."""
    for found in _ORIGIN.finditer(text):
        name = text[: found.start()].split()[-2:]
        if len(name) == 2 and person_name(" ".join(name)) and is_country(found["place"]):
            return text[: found.start()] + text[found.end() :]
    return text


# "Before him, Jo Roe, from 2002 to 2017.", "before Roe, Ann Lee.": an earlier holder of the
# post the statement before gave, referred to by a pronoun or the later holder's surname.
# "before that B", "before him it was B": a forum post's "that" is the holder read last too.
_BEFORE_HOLDER = re.compile(
    r"\A[Bb]efore\s(?P<ref>him|her|them|that|[A-Z][\w'’-]{1,30})(?:\sin\sthat\s(?P<noun>[a-z]{2,12}))?"
    r"[,:]?\s(?:it\swas\s)?(?P<rest>[A-Z].{0,200})\Z"
)
# "before him B (2013–2019), and before that C": each "before" statement on its own.
_CHAINED_BEFORE = re.compile(r",\s(?:and\s)?(?=before\s(?:him|her|them|that)\s)")
# Where the earlier holder's name ends: a term, a note after a comma or dash, the stop.
_EARLIER_END = re.compile(r",\s|\s[—–-]\s|\s\(|\s(?:from|until|till|between|in)\s\d|\.?\Z")


def _earlier_holder(text: str, facts: list[Fact]) -> Post | None:
    """The earlier holder's post: the post of the last holder read ("him", "her", "them") or of
    the holder with that surname; a statement that names a post of its own ("Before him A,
    CEO from 2019") is left to the other readers, and a name that is no person's gives none."""
    found = _BEFORE_HOLDER.match(text)
    if not found or (found["noun"] and found["noun"] not in lexicon.same_post_nouns()):
        return None  # "before him in that seat: A"; "before him in that year" names no post
    if ROLE.search(found["rest"]):
        # "Before him, Director Ana Lima (2016–2019).": the earlier holder under the post's own name
        own = named_post(found["rest"])
        return own if own and own.holders else None
    end = _EARLIER_END.search(found["rest"])
    holder = person_name(found["rest"][: end.start()]) if end else None
    held = [f for f in facts if isinstance(f, Post) and (f.holders or f.holdings)]  # a past holder too
    if holder is None or not held:
        return None
    if found["ref"] in ("him", "her", "them", "that"):
        return _post(held[-1].label, (holder.mention(),))
    same = [f for f in held if any(h.name.split()[-1] == found["ref"] for h in f.named_holders)]
    return _post(same[-1].label, (holder.mention(),)) if same else None


# "Her predecessor as Chief Executive was A", "His successor as Director was B", "she was
# succeeded as President by C": the post is named after "as", its other holder after the verb.
# Two steps keep each pattern linear: a fixed opening found anywhere, then an anchored,
# bounded post ending at the verb that fits the opening ("was" or "by").
_NEIGHBOUR_AS = re.compile(
    r"\A(?:His|Her|Their)\s(?:immediate\s)?(?:predecessor|successor)\sas\s(?P<was>)"
    r"|\b(?:he|she|He|She)\swas\s(?:succeeded|followed|replaced)\sas\s"
)
_NEIGHBOUR_ROLE = re.compile(r"\A(?:the\s)?(?P<role>[^,;()\s][^,;()]{1,59}?)\s(?P<verb>was|by)\s(?=[A-Z])")


def _predecessor_as(text: str) -> Post | None:
    """The holder a predecessor/successor statement names, under the post it names: a post
    of this body only (no "of", "for" or "at" complement: "as Director of X" is another's)."""
    opening = _NEIGHBOUR_AS.search(text)
    after = text[opening.end() :] if opening else ""
    found = _NEIGHBOUR_ROLE.match(after)
    if opening is None or found is None or (found["verb"] == "was") != (opening["was"] is not None):
        return None
    role = found["role"]
    if not _role_label(role, strict=True) or re.search(r"\s(?:of|for|at)\s", role):
        return None
    holder = _narrative_holder(after[found.end() :])
    return _post(role, (holder.mention(),)) if holder else None


# "He was followed by A, …", "she was succeeded by B": a pronoun, a verb of
# later-holder-verbs.csv, then a capitalised name.
_LATER_HOLDER_VERB = re.compile(
    r"\A(?:He|She|he|she)\s(?:"
    + "|".join(re.escape(verb) for verb in lexicon.later_holder_verbs())
    + r")\s(?P<rest>[A-Z].{0,200})\Z"
)


def _later_holder(text: str, facts: list[Fact]) -> Post | None:
    """ "The first Director was A, 1950–1961; he was followed by B.": B held the post of the
    holder read last, after him; none when no holder was read, or when anything but a note
    follows the name ("He was followed by Jo Roe as Treasurer": another post)."""
    found = _LATER_HOLDER_VERB.match(text)
    end = _EARLIER_END.search(found["rest"]) if found else None
    holder = person_name(found["rest"][: end.start()]) if found and end else None
    held = [f for f in facts if isinstance(f, Post) and (f.holders or f.holdings)]
    return _post(held[-1].label, (holder.mention(),)) if holder and held else None


# "The Chairman is A, and the Managing Director is B.": two statements joined by ", and".
_JOINED_STATEMENT = re.compile(r",\sand\s(?=(?:the|its|their)\s(?:(?:first|last)\s)?[A-Z])")


# "Earlier, A served as treasurer in 2001, B was director from 2002 to 2004, and C
# held the post of director from 2004": a run of "<Name> <verb> <post>" clauses joined by
# commas (and a sentence-opening adverb with its comma before the first).
_HOLDER_CLAUSE = re.compile(
    r"(?:\A[A-Z][a-z]{2,12},\s|,\s(?:and\s)?)"
    r"(?=[A-Z][\w.'’-]{0,30}(?:\s[A-Z][\w.'’-]{0,30}){1,3}\s(?:served\sas|was|became|held\sthe\spost\sof)\s)"
)


def _holder_clauses_apart(parts: list[str]) -> list[str]:
    """Each "<Name> <verb> <post>" clause of a comma-joined run on its own, only when every
    clause reads as a holder and their post ("A, who was …" stays whole); else the part as written."""
    out: list[str] = []
    for part in parts:
        cuts = list(_HOLDER_CLAUSE.finditer(part))
        if not cuts:
            out.append(part)
            continue
        head = [part[: cuts[0].start()]] if cuts[0].start() > 0 else []  # a first clause opening the part
        ends = [cut.start() for cut in cuts[1:]] + [len(part)]
        pieces = head + [_sentence_stop_dropped(part[cut.end() : end]) for cut, end in zip(cuts, ends, strict=True)]
        out += pieces if len(pieces) > 1 and all(map(_name_verb_role, pieces)) else [part]
    return out


def _joined_statements_apart(parts: list[str]) -> list[str]:
    """ "The first Chairman was A, and its first General Manager was B." → two statements,
    only when each reads as "<role> was/is <person>" on its own; else the part as written."""
    out: list[str] = []
    for part in parts:
        cut = _JOINED_STATEMENT.search(part)
        left, right = (part[: cut.start()], part[cut.end() :]) if cut else (part, "")
        if cut and _role_verb_name(left) and _role_verb_name(_sentence_stop_dropped(right)):
            out += [left, right]
        else:
            out.append(part)
    return out


# "Its Chair, Jo Roe — Jo, thank you. — and its Director, Ann Lee": a speech's dash closes
# the appositive "<post>, <holder>" it follows; what comes after is an aside or a statement
# of its own.
_SPEECH_DASH = re.compile(r"\s[—–]\s(?:and\s)?")
_DETERMINED_OPENING = re.compile(r"\A(?:[Ii]ts|[Tt]he|[Tt]heir)\s[A-ZÀ-Þ]")


def _dash_asides_apart(parts: list[str]) -> list[str]:
    """ "Its CEO, A — A, come up here": each dash-separated piece that opens with "its"/"the"
    and reads as a post with a named holder is a statement of its own; a part whose first
    piece is no such post stays whole ("Chair — A" is one statement)."""
    apart: list[str] = []
    for part in parts:
        pieces = [clean(p) for p in _SPEECH_DASH.split(part)]
        if len(pieces) < 2 or not _appositive_holder(pieces[0]):
            apart.append(part)
            continue
        apart.extend(p for p in pieces if _appositive_holder(p))
    return apart


# "Jo Roe – co-founder and chairman (1994–1999)", "Jo Roe – general manager from 1932, president
# (1938–1960)": a person's name, a dash, then the posts the person held.
_PERSON_DASH = re.compile(r"\A(?P<name>[^–—:;,]{3,60}?)\s[–—]\s(?P<roles>\S.*)\Z")


# After "Name – ": the post a bullet's note names, ending at a time word, a comma, a bracket or the
# end ("Director General, until 1982", "Chairman from 1934 until 1961"); "of" ends no post here.
_DASH_NOTE_POST = (
    r"(?P<post>[A-Z][\w'’-]{1,30}(?:\s(?:and\s)?[A-Z][\w'’-]{1,30}){0,5})"
    r"(?=\s(?:from|until|till|since|between|in)\s|,|\s\(|\.?\Z)"
)
# "A – the first Director General, until 1982": an article and a rank word before the post.
_DASH_RANKED_POST = re.compile(rf"(?:the|its)\s(?P<rank>[a-z]{{4,12}})\s{_DASH_NOTE_POST}")
# "A – led the investors who bought it and was Chairman from 1934 until 1961": a lowercase
# predicate, then "was"/"became" and the post.
_DASH_CLAUSE_POST = re.compile(rf"\s(?:and\s)?(?:was|became)\s(?:the\s|its\s)?{_DASH_NOTE_POST}")


def _dash_clause_post_read(part: str) -> str:
    """ "Jo Roe – the first Director General, until 1982" → "Jo Roe – Director General, until
    1982"; "Jo Roe – led the buyers and was Chairman from 1934 until 1961" → "Jo Roe – Chairman
    from 1934 until 1961": a person's name, a dash, and a note naming a post of the
    organization's own after a rank word (ordinal-words.csv, first-holder-words.csv,
    last-holder-words.csv) or after "was"/"became" in a lowercase predicate. Another body's post
    ("was Chairman of the Coal Board"), a capitalised word that is no post or no person's name
    before the dash leaves the part as written."""
    found = _PERSON_DASH.match(part)
    if found is None or person_name(strip_notes(found["name"])) is None:
        return part
    notes = found["roles"]
    ranks = {*lexicon.ordinal_words(), *lexicon.first_holder_words(), *lexicon.last_holder_words()}
    ranked = _DASH_RANKED_POST.match(notes)
    if ranked and ranked["rank"] in ranks and _own_post(ranked["post"]):
        return f"{found['name']} – {notes[ranked.start('post') :]}"
    clause = _DASH_CLAUSE_POST.search(notes) if notes[:1].islower() else None
    if clause and _own_post(clause["post"]):
        return f"{found['name']} – {notes[clause.start('post') :]}"
    return part


# "… from 1997 until 2008 and Chairman from 2005": "and" right after a year, before a capital.
_AND_AFTER_YEAR = re.compile(r"(?<=\d{4}),?\sand\s(?=[A-Z])")


def _dated_posts_apart(part: str) -> list[str]:
    """ "A – Chief Executive Officer from 1997 until 2008 and Chairman from 2005 until 2017" →
    one statement a post: after a person's name and a dash, "and" right after a year opens a
    second post of the person when what follows reads as a dated post of the organization's own
    (a role word, no other body after "of"). Otherwise the part stays whole."""
    found = _PERSON_DASH.match(part)
    if found is None or person_name(strip_notes(found["name"])) is None:
        return [part]
    roles = found["roles"]
    cuts = list(_AND_AFTER_YEAR.finditer(roles))
    if not cuts:
        return [part]
    bounds = [0, *(c.start() for c in cuts), len(roles)]
    starts = [0, *(c.end() for c in cuts)]
    pieces = [roles[start:end] for start, end in zip(starts, bounds[1:], strict=True)]
    statements = [f"{found['name']} – {piece}" for piece in pieces]
    for piece, statement in zip(pieces[1:], statements[1:], strict=True):
        post = named_post(statement)
        if post is None or not (post.holders or post.holdings) or not _who_clause_post(piece):
            return [part]
    return statements


def _founder_word(word: str) -> bool:
    return any(key.word == word.lower() and not key.with_more_words for key in lexicon.past_holder_keys())


def _dash_roles_apart(part: str) -> list[str]:
    """ "Jo Roe – co-founder and chairman (1994–1999)" → ["Jo Roe – chairman (1994–1999)"];
    "Jo Roe – general manager from 1932, president (1938–1960)" → one statement a post: a
    founder word joined to a post is no post of its own (past-holder-keys.csv), each post after
    a comma is one; a piece after "previously" is an earlier career. Unless every other piece
    reads as a post of the person, the part stays whole."""
    found = _PERSON_DASH.match(part)
    if found is None or person_name(strip_notes(found["name"])) is None:
        return [part]
    statements: list[str] = []
    changed = False
    for index, piece in enumerate(split_top_level(found["roles"], ",")):
        first, _, after = piece.strip().partition(" and ")
        if after and _founder_word(first):
            piece, changed = after, True  # "co-founder and chairman": the post is the chairman's
        elif index == 0:
            # "general manager from 1932, president (1938–1960)": the first post is read from
            # the whole part, with the period that closes it
            statements.append(part)
            continue
        if piece.split(" ", 1)[0].lower() in lexicon.former_post_words():
            changed = True  # "…, previously Chancellor of the Exchequer": not a post held here
            continue
        post = named_post(f"{found['name']} – {piece.strip()}")
        if post is None or not post.holders:
            return [part]
        statements.append(f"{found['name']} – {piece.strip()}")
    return statements if changed or len(statements) > 1 else [part]


def _appositive_holder(piece: str) -> bool:
    """ "Its Brazilian Director-General, A": a determined post, a comma, its holder."""
    if not _DETERMINED_OPENING.match(piece) or ", " not in piece:
        return False
    post = named_post(piece)
    return post is not None and bool(post.holders)


def _one_label_per_role(facts: list[Fact]) -> list[Fact]:
    """ "Director and CEO: A" and "Director of archaeology: B" are one post in the graph (a
    post per role), which would give each label both holders: the posts of the first label
    read for a role stay, another label's go."""
    first: dict[str, str] = {}
    for fact in facts:
        if isinstance(fact, Post):
            first.setdefault(fact.role, fact.label)
    # "A was chairman …; B, Chairman …": one label written in two cases is one post, named
    # as titles name it (the first capitalised spelling).
    titled: dict[str, str] = {}
    for fact in facts:
        if (
            isinstance(fact, Post)
            and fact.label.lower() == first[fact.role].lower()
            and fact.label != fact.label.lower()
        ):
            titled.setdefault(fact.role, fact.label)
    facts = [
        replace(f, label=titled[f.role])
        if isinstance(f, Post) and f.role in titled and f.label.lower() == titled[f.role].lower()
        else f
        for f in facts
    ]
    first = {role: titled.get(role, label) for role, label in first.items()}
    # "President: A (1948–1967)" then "President and CEO: B (1989–2011)", "Artistic Director: C"
    # then "Business Director: D": another titled label with a holder is another post, so each
    # label is its own role (the holders stay apart); a bare or described label goes.
    bare_later = {
        f.role
        for f in facts
        if isinstance(f, Post)
        and first[f.role] != f.label
        and _label_role(f.label) == f.role
        and _own_post_label(first[f.role], first[f.role])
    }
    kept: list[Fact] = []
    for fact in facts:
        if not isinstance(fact, Post):
            kept.append(fact)
        elif first[fact.role] == fact.label:
            # "Chairman and Managing Director: A", then "The former Chairman — B": the bare
            # role word is the later post, so the first label moves to a role of its own
            kept.append(replace(fact, role=_label_role(fact.label)) if fact.role in bare_later else fact)
        elif (
            (fact.holders or fact.holdings)
            and _own_post_label(fact.label, first[fact.role])
            and (_label_role(fact.label) != fact.role or fact.role in bare_later)
        ):
            kept.append(replace(fact, role=_label_role(fact.label)))
    return kept


def _label_role(label: str) -> str:
    """A post's whole label as its role word, lower case as the role words are."""
    return re.sub(r"\s+", " ", label.lower())


def _own_post_label(label: str, first: str) -> bool:
    """A title of its own: capitalised words joined by "and"/"&" ("President and CEO",
    "Business Director"), never a described post ("President of the original college", "ROM's
    first director", "Nigerian principal"). A nationality before it ("Paraguayan
    Director-General") only beside another national's label for the same role ("Brazilian
    Director-General"): after the plain "Principal", "Nigerian Principal" is the first Nigerian
    to hold it."""
    words = label.split()
    if not all(w[:1].isupper() or w in lexicon.role_conjunctions() for w in words):
        return False
    if any(w.lower() in lexicon.first_holder_words() or "'" in w or "’" in w for w in words):
        return False
    nationals = lexicon.nationality_adjectives()
    return words[0] not in nationals or first.split()[0] in nationals


# "Abedi served as …", "Lee reports to …": a lone capitalised word opening a sentence, then a
# lowercase word: a surname on second mention.
# Not after an initial's stop: the "Lay" of "Kenneth L. Lay was chairman" is no sentence's first word.
_SURNAME_OPENING = re.compile(r"(?:\A|(?<=[.;!?]\s)(?<!\b[A-Z]\.\s))(?P<surname>[A-Z][\w'’-]{2,30})(?=\s[a-z])")


def with_full_names(field: Field, profile_text: str) -> Field:
    """The Leader field with each sentence-opening surname on second mention ("Abedi served as
    president") written as the full name the profile gives ("… by banker Agha Hasan Abedi"),
    when it gives exactly one; else the sentence is left as written (and names no holder)."""
    wanted = {
        m["surname"]
        for item in field.items
        for m in _SURNAME_OPENING.finditer(item.text)
        if not _particle_name_opening(item.text, m)
    }
    # "Co-founder and President: …", "The …", "Jane": no surname on second mention
    wanted = {w for w in wanted if not (person_name(w) or ROLE.search(w) or w.lower() in lexicon.function_words())}
    if not wanted:
        return field
    full = _full_names(wanted, profile_text)

    def written_in_full(found: re.Match[str]) -> str:
        return found[0] if _particle_name_opening(found.string, found) else full.get(found["surname"], found[0])

    items = [replace(item, text=_SURNAME_OPENING.sub(written_in_full, item.text)) for item in field.items]
    return replace(field, items=tuple(items))


# "Machado de Assis – …": after the opening word, name particles (name-particles.csv) and a
# capitalised word.
_PARTICLE_RUN = re.compile(r"\s(?P<particles>[a-z]{1,6}(?:\s[a-z]{1,6})?)\s(?P<next>[A-ZÀ-Þ][\w'’-]{1,30})")


def _particle_name_opening(text: str, found: re.Match[str]) -> bool:
    """ "Machado de Assis – the first President": the opening word, particles and a capitalised
    word are a person's whole name written in full, not a surname on second mention followed
    by a verb ("Abedi served as …")."""
    run = _PARTICLE_RUN.match(text, found.end())
    if run is None or not set(run["particles"].split()) <= set(lexicon.name_particles()):
        return False
    return person_name(f"{found['surname']} {run['particles']} {run['next']}") is not None


def _full_names(surnames: set[str], profile_text: str) -> dict[str, str]:
    """Each of ``surnames`` for which ``profile_text`` gives exactly one person's name ending
    in it: the longest tail of a capitalised run that is a person's name ("Pakistani banker
    Agha Hasan Abedi" → "Agha Hasan Abedi"; "Gujarat. Bhatt" names no one)."""
    found: dict[str, set[str]] = {}
    for line in profile_text.splitlines():
        words = line.split()
        for end, word in enumerate(words):
            surname = word.rstrip(".,;:")
            if surname not in surnames:
                continue
            # up to four capitalised words before it, none closing a phrase ("Gujarat." may)
            start = end
            while (
                start > 0 and end - start < 4 and words[start - 1][:1].isupper() and words[start - 1][-1] not in ",;:"
            ):
                start -= 1
            run = [*words[start:end], surname]
            name = next((p for i in range(len(run) - 1) if (p := person_name(" ".join(run[i:])))), None)
            found.setdefault(surname, set()).update([name.name] if name else [])
    return {surname: names.pop() for surname, names in found.items() if len(names) == 1}


# A first-person possessive ("our", first-person-words.csv) before a capitalised word.
_OWN_POSSESSIVE = re.compile(
    rf"\b(?i:{lexicon.alternation(sorted(lexicon.first_person_words('possessive')))})(?=\s[A-Z])"
)


def _own_possessive_read(text: str) -> str:
    """ "Our Director-General, Dr A, leads …", "led by our CEO A": on its own page the
    organization's "our" is its "its", and is read the same way."""
    return _OWN_POSSESSIVE.sub(lambda m: "Its" if m.group()[:1].isupper() else "its", text)


def _own_name_possessive_read(text: str, identity: Identity) -> str:
    """ "ICI's first Chairman was A", "A served as ICI's last Chief Executive": the organization's
    own name or acronym with "'s" before a post is its "its", and is read the same way."""
    # (also "The Lockheed Corporation's last head", "Unilever's chief executive" for Unilever PLC,
    # "Singapore Airlines' chief executive": "the" before it, the name without its legal form, a
    # bare apostrophe after a final "s"; names.owner_names, names.possessive_marks)
    for name in owner_names(identity):
        for mark in possessive_marks(name):
            found = text.find(name + mark)
            while found >= 0:
                end = found + len(name) + len(mark)
                whole = (found == 0 or not (text[found - 1].isalnum() or text[found - 1] == "-")) and end < len(text)
                if whole and text[end].isalpha():
                    the = (
                        found >= 4
                        and text[found - 4 : found] in ("The ", "the ")
                        and not text[found - 5 : found - 4].isalnum()
                    )
                    found -= 4 if the else 0
                    text = text[:found] + ("Its " if found == 0 else "its ") + text[end:]
                found = text.find(name + mark, found + 1)
    return text


# "The organization's first Director was A", "the laboratory's director": "the", a
# noun and "'s" before a lowercase or capitalised word; the noun may be capitalised as a
# writer's short name of the organization ("The University's Vice-Chancellor").
_KIND_POSSESSIVE = re.compile(r"\b(?P<the>[Tt]he)\s(?P<noun>[A-Za-z][a-z]{2,19})['’]s\s(?=[A-Za-z])")


def _own_kind_possessive_read(text: str, identity: Identity) -> str:
    """ "The organization's first Director was A" (self-reference-nouns.csv), "the laboratory's
    director" for a Laboratory (the head noun of its own name): the organization's "its"."""
    own = lexicon.self_reference_nouns() | _own_head_nouns(identity)

    def read(found: re.Match[str]) -> str:
        if found["noun"].lower() not in own:
            return found[0]
        return "Its " if found["the"] == "The" else "its "

    return _KIND_POSSESSIVE.sub(read, text)


# "Its Chair, A, leads …", "the Managing Director, B, runs …": a post opened by "its" or
# "the", its holder between commas, then a lowercase verb.
_APPOSITIVE_POST = re.compile(
    rf"(?:\A|,\s(?:and|while)\s|\s(?:and|while)\s)(?:[Ii]ts|[Tt]he)\s"
    # "Its President and Chief Executive Officer, A, …": two roles joined by "and"
    rf"(?P<role>(?:[A-Z][\w-]{{1,20}}\s(?:and|&)\s)?(?:[A-Z][\w-]{{1,20}}\s){{0,2}}(?i:{ROLE_WORDS})),"
    r"\s(?P<holder>[^,;()]{2,80}),\s(?=[a-z])"
)


def _appositive_posts(text: str) -> list[Fact]:
    """ "Its Secretary-General, Dr A, is the chief executive": each post whose holder stands
    between commas right after it and is a person's name; none when any holder is not one."""
    facts: list[Fact] = []
    for found in _APPOSITIVE_POST.finditer(text):
        holder = person_name(found["holder"].strip())
        if holder is None:
            return []
        facts.append(_post(_post_label(found["role"]), (holder.mention(),)))
    return facts


def _led_by_posts(text: str, led_by: re.Match[str]) -> list[Fact]:
    """The post a "led by <role> …" phrase states, with its holder where one is read; none
    for another body's office or a past leader."""
    if _OTHER_BODYS_OFFICE.match(text, led_by.start("role")) and not _INDEFINITE.search(led_by[0]):
        return []  # "The Council is chaired by the Minister of Economy": another office
    if _BODY_BEFORE_COMMA.search(text[: led_by.start()]):
        return []  # "Reports to the Ministry of Finance, headed by Minister X": that body's head
    if _past_led_by(text, led_by):
        return []  # "formerly led by director X", "led by X until 2019": no current leader
    # "led by a Director": the post the text states; "led by Director Jane Doe" and
    # "led by its president, the economist Jane Doe,": the post and its holder; a
    # definite post whose holder is not read gives nothing (no guess at a role word).
    holder = _narrative_holder(text[led_by.end("role") :])
    post = named_post(_led_by_holder(text[led_by.start("role") :]))  # "the Secretary of X, Jane Roe"
    if holder:
        return [_post(_post_label(_with_modifier(led_by)), (holder.mention(),))]
    if post and post.holders:
        return [post]
    if _INDEFINITE.search(led_by[0]) and not _DEFINITE_BY.search(led_by[0]):
        return [_post(_post_label(_with_modifier(led_by)), ())]
    if led_by["role"].lower().endswith("s"):  # "led by co-chairs": the post, named singular
        word = (led_by["joined"] or "") + led_by["role"]  # "co-" is the post's
        if role_name(word) == word.lower():
            return []  # "led by Vice-Chancellors": no singular read, no post
        return [Post(role_name(word), role_name(word))]
    return []


def _post_named_alone(text: str) -> list[Fact]:
    """A post named alone ("Director of the Program Office") is what the text states: the
    post, with no holder (open world: not "nobody holds it")."""
    label = _without_determiner(strip_notes(text))  # "The Rector, appointed by …": "Rector"
    split = _role_then_person(label)
    if split:  # "Chief Financial Officer Petra Lang": the post and its holder
        return [split] if split.holders else []
    if _role_label(label, strict=True):
        found = ROLE.search(label)
        assert found  # a strict role label has a role word
        return [Post(label, role_name(found["role"]))]
    head, comma, rest = label.partition(", ")
    if comma and _CLAUSE_OPENER.match(rest) and _role_label(head, strict=True) and not _names_a_person(rest):
        found = ROLE.search(head)  # "Rector, appointed by the Ministry": the post, its holder unnamed
        return [Post(head, role_name(found["role"]))] if found else []
    return []


# "appointed by …", "elected for …", "chosen among …": a participle opening a clause.
_CLAUSE_OPENER = re.compile(r"[a-z]{3,20}ed\s(?:by|for|from|among|under|to)\s")


def _names_a_person(text: str) -> bool:
    """Some capitalised run of ``text`` reads as a person's name (a holder no reader took)."""
    return any(person_name(run) for run in re.findall(r"(?:[A-Z][\w.'’-]{0,30}\s?){2,5}", text))


def _table_posts(field: Field) -> list[Fact]:
    """The posts of the pipe tables in ``field`` with a post and a holder column, one per
    row whose holder is a person's name (titles and post-nominals dropped by ``named_post``)."""
    facts: list[Fact] = []
    for table in pipe_tables(field):
        posts, holders = table.column("post"), table.column("holder")
        for post_cell, holder in zip(posts or [], holders or [], strict=True):
            post = named_post(f"{post_cell}: {holder}") if post_cell and holder else None
            facts += [post] if post and post.holders else []
    return facts


def _lists_unread_holders(field: Field) -> bool:
    """A bullet that opens with a person's name and states no post of its own."""
    return any(
        item.bullet and named_post(clean(item.text)) is None and _opens_with_person(clean(item.text))
        for item in field.items
    )


# "ROM's first director", "the museum's first curator": a possessive before the rank word
# names whose post it is, not the post.
_POSSESSIVE_OPENING = re.compile(r"\A(?:the\s)?[\w.-]{1,40}['’]s\s", re.I)


def _first_word(label: str) -> str:
    label = _POSSESSIVE_OPENING.sub("", label.strip())
    return next(iter(re.split(r"[\s:]+", label.lower().strip())), "")


def _past_holder_key(label: str) -> bool:
    """ "Before", "Predecessor as director", "Founder": a key that names an earlier holder
    ("Founder and President" holds the post now)."""
    first, alone = _first_word(label), label.lower().strip(" :")
    return any(k.word == first and (k.with_more_words or k.word == alone) for k in lexicon.past_holder_keys())


_RANKED_LABEL = re.compile(r"\A(?:[Tt]he\s|[Ii]ts\s)?(?P<rank>[A-Za-zé]{2,12})[\s-](?P<rest>[A-Z].*)\Z")
# "Ancien président et chef de la direction": only the rank word, opening the label, is capitalised.
_SENTENCE_CASE_RANKED = re.compile(r"\A(?P<rank>[A-Z][a-zé]{1,11})\s(?P<rest>[a-zé][a-zé-]{1,30}\s.*)\Z")


def _without_rank_word(fact: Fact) -> Fact:
    """ "The former Secretary-General", "First Director", "ex-CEO": the post is the capitalised
    role after the rank word (`former-post-words.csv`, `first-holder-words.csv`,
    `last-holder-words.csv`); ``fact`` itself when no capitalised post follows the rank word."""
    if not isinstance(fact, Post):
        return fact
    ranked = _RANKED_LABEL.match(fact.label) or _SENTENCE_CASE_RANKED.match(fact.label)
    ranks = lexicon.former_post_words() | lexicon.first_holder_words() | lexicon.last_holder_words()
    if ranked is None or ranked["rank"].lower() not in ranks or ROLE.search(ranked["rest"]) is None:
        return fact
    rest = ranked["rest"]
    if rest[:1].islower():
        # "Ancien président et chef de la direction": the label's capital went to the rank
        # word; a post of several words after it is named ("Former director" alone is not).
        rest = rest[:1].upper() + rest[1:]
        if len(rest.split()) < 2 or not _role_label(rest, strict=True):
            return fact
    return replace(fact, label=rest)


def _without_last_holder_word(fact: Fact) -> Fact:
    """ "Last President & Chief Executive Officer: A (2005–2016)", the only line naming the
    post: a dissolved body's last holder, of the post "President & Chief Executive Officer".
    The rank word goes only before a capitalised title ("Final Accounts Officer" keeps its
    name); a label in sentence case ("Last director general") is kept as written."""
    if not isinstance(fact, Post):
        return fact
    first, _, rest = fact.label.partition(" ")
    if first.lower() not in lexicon.last_holder_words() or not rest[:1].isupper() or ROLE.match(rest) is None:
        return fact
    return replace(fact, label=rest[:1].upper() + rest[1:])


# "Dr Bhavna Patel held the post from 2013", "Ana Lima has held the office since 2020".
_HELD = re.compile(r"\s(?:has\s|had\s)?(?:held|holds|occupied|occupies)\s(?:the|this)\s(?:post|office|position)\b")


def _held_posts(parts: list[str], facts: list[Fact]) -> list[Fact]:
    """ "Chief Executive Officer." then "Dr Bhavna Patel held the post from 2013 …": the
    post named alone, held by the person the next statement names as holding it."""
    for previous, text in pairwise(parts):
        held = _HELD.search(text)
        holder = person_name(text[: held.start()]) if held else None
        label = _without_determiner(strip_notes(previous))  # as ``_post_named_alone`` read it
        if holder is None or not _bare_role(previous):
            continue
        bare = [f for f in facts if isinstance(f, Post) and f.label == label and not f.holders and not f.holdings]
        facts = [f for f in facts if f not in bare] + [_post(label, (holder.mention(),))] if bare else facts
    return facts


# A post told in prose after its holder's name: "A (1848–1908), Director from 1881", "A (…)
# was elected President", "with A as Secretary", "A …, served as Chairman", "A, who held the
# post of Director". The role ends at a term, a stop or a comma ("Director of X": another
# body's office, no match).
_NARRATIVE_ROLE = re.compile(
    r"(?P<link>,\s(?:later\s)?(?:its\s)?|\s(?:was|were|became|remained)\s(?P<chosen>(?:elected|appointed|named|made)\s(?:as\s)?)?(?:its\s|the\s)?"
    r"|\sas\s(?:its\s)?|,\swho\s(?:held|occupied)\sthe\s(?:post|office|position)\sof\s"
    r"|\s(?:served|serving)\sas\s(?:its\s)?)"
    rf"(?P<role>(?:[A-Z][\w-]{{1,20}}\s){{0,2}}(?i:{ROLE_WORDS}))\b"
    r"(?=(?P<term>\s(?:from|since|until|to|in|\d|c\.\s\d))|\s?[,.;)]|\s?\Z)"
)
# A lifespan or term in brackets after the name: "(1840–1909)", "(c. 1790–1851)".
_LIFESPAN = re.compile(r"\s?\((?:c\.\s?)?\d{4}\s?[–-]\s?(?:c\.\s?)?\d{4}\)\Z")
# ", the prime mover of the scheme,": a lowercase aside between the name and its verb.
_ASIDE_BEFORE_VERB = re.compile(r",\s(?:the|a|an)\s[a-z][^,()]{0,80},?\Z")
# "Professor Alexander Dodoo (Alex Dodoo)": the short name the person goes by, in brackets.
_NAME_GLOSS = re.compile(r"\s?\([A-Z][^()\d,;]{1,40}\)\Z")


def _narrative_posts(text: str) -> list[Fact]:
    """The posts a sentence of prose gives their holders, each read only where the holder's
    name (a whole person's name, the describing words before it dropped) stands right
    before the link to the post; after a bare comma the post must carry a term or the name
    a lifespan ("Jane Doe, President," alone may be a list of guests)."""
    facts: list[Fact] = _directed_by(text) + _first_holder_appositive(text)
    for found in _NARRATIVE_ROLE.finditer(text):
        aside = "serv" in found["link"] or found["chosen"]  # "A, a pharmacologist, was appointed Director"
        before = _ASIDE_BEFORE_VERB.sub("", text[: found.start()]) if aside else text[: found.start()]
        before = _NAME_GLOSS.sub("", before) if found["chosen"] else before  # "A (Alex A), … was appointed"
        lifespan = _LIFESPAN.search(before)
        before = before[: lifespan.start()] if lifespan else before
        bare = found["link"].startswith(",") and "who" not in found["link"]
        bare = bare or (found["link"].lstrip().startswith(("was", "were", "bec", "rem")) and not found["chosen"])
        if bare and not (lifespan or found["term"]):
            continue  # "Guests included Jane Doe, President, and …": no term, no lifespan
        holder = _name_run(before)
        if holder and _role_label(found["role"], strict=True):
            # "A, chairman from 1981": a role in lowercase after a bare comma names the post as
            # titles do (as ``named_post`` reads "A, chairman 1988–1991"); "A served as
            # president" names it as the sentence writes it.
            role = _post_label(found["role"]) if found["link"] == ", " else found["role"]
            facts.append(_post(role, (holder.mention(),)))
    return facts


# "Its first president, A (1821–1894), was followed by B": the post, then its holder between
# commas; "the first director of the museum, A,": the body named by a common noun is this one.
_FIRST_HOLDER = re.compile(
    rf"\b(?i:its|the|their)\s(?:first|founding|last)\s(?P<role>(?i:{ROLE_WORDS}))(?:\sof\s(?:the|this)\s[a-z]+)?,\s"
)
_FOLLOWED_BY = re.compile(r"\b(?:was|were)\s(?:followed|succeeded)\s(?:(?:in|from)\s\d{4}\s)?by\s")
_APPOSITIVE_END = re.compile(r"\s?\(|,")


def _first_holder_appositive(text: str) -> list[Fact]:
    """ "Its first president, A (dates), was followed by B (dates)": A holds the post, and so
    does B when the same statement says A was followed or succeeded by B."""
    first = _FIRST_HOLDER.search(text)
    if not first:
        return []
    rest = text[first.end() :]
    end = _APPOSITIVE_END.search(rest)
    holder = _name_run(rest[: end.start()]) if end else None
    if holder is None:
        return []
    facts: list[Fact] = [_post(first["role"], (holder.mention(),))]
    followed = _FOLLOWED_BY.search(rest)
    after = _name_run(_HOLDER_END.split(rest[followed.end() :].strip(), maxsplit=1)[0]) if followed else None
    return facts + ([_post(first["role"], (after.mention(),))] if after else [])


# "chaired by A, who held office as President of the Executive Board and, concurrently, as
# Rector": the relative clause names A's posts; "and, concurrently, as" adds another.
_WHO_HELD_AS = re.compile(r",\swho\s(?:also\s)?(?:held\soffice|served|acted)\sas\s")
_AND_AS = re.compile(r"\s?(?:,\s)?and(?:,\s[a-z]{4,15}ly,)?\sas\s")
# A post's name in capitals; its complement only "of the" one of the body's own organs.
_HELD_TITLE = re.compile(
    r"(?:the\s|its\s)?(?P<role>[A-Z][\w-]{1,20}(?:\s[A-Z][\w-]{1,20}){0,3})"
    r"(?P<of>\sof\sthe\s[A-Z][\w ]{1,40}?)?(?=[,.;(]|\s(?:and|from|since|until|in)\b|\Z)"
)


def _held_as_roles(rest: str) -> list[str]:
    """The posts ", who held office as P and, concurrently, as Q" names (none if one of
    them is no post or is another body's office: "President of Norway")."""
    who = _WHO_HELD_AS.search(rest[:200])
    if who is None:
        return []
    roles: list[str] = []
    at = who.end()
    while (title := _HELD_TITLE.match(rest, at)) is not None:
        organ = (title["of"] or "")[len(" of the ") :]
        if organ and organ.casefold() not in _own_organs():
            return []
        role = title["role"] + (title["of"] or "")
        if not _role_label(role, strict=True):
            return []
        roles.append(role)
        more = _AND_AS.match(rest, title.end())
        if more is None:
            break
        at = more.end()
    return roles


def _own_organs() -> frozenset[str]:
    return frozenset(name.casefold() for (name,) in lexicon.table("governing-bodies"))


# "It was directed from 1874 by A": the verb names the post, as "chaired by" does.
_DIRECTED_BY = re.compile(r"\bdirected\s(?:(?:from|since|in)\s\d{4}\s)?by\s", re.I)


def _directed_by(text: str) -> list[Fact]:
    """ "directed from 1874 by A and after his death by his son B": a Director post for each
    holder whose whole name is read; a later "and <lowercase words> by C" adds C."""
    found = _DIRECTED_BY.search(text)
    if not found:
        return []
    pieces = [text[found.end() :]]
    for later in split_words_top_level(pieces[0], "and")[1:]:
        lead, by, rest = later.partition(" by ")
        pieces += [rest] if by and all(w.islower() for w in lead.split()) else []
    pieces[0] = split_words_top_level(pieces[0], "and")[0]  # the first holder ends at "and"
    holders = [_name_run(_HOLDER_END.split(piece.strip(), maxsplit=1)[0]) for piece in pieces]
    return [_post("Director", (h.mention(),)) for h in holders if h]


# "The office was held in turn by A (1888–1894), B (1895–1905) and finally C (1939–1945)".
_HELD_IN_TURN = re.compile(
    r"^(?:the|this|that)\s(?:office|post|position|chair)\swas\s(?:held|occupied|filled)\s"
    r"(?:in\sturn\s|successively\s|thereafter\s)?by\s(?P<list>.+)$",
    re.I,
)
# "Direction lay with a President", "headed by a Director": the post the next statement's
# "the office" refers to.
_INDEFINITE_ROLE = re.compile(rf"\s(?:a|an)\s(?P<role>(?:[A-Z][\w-]{{1,20}}\s){{0,2}}(?i:{ROLE_WORDS}))\b")
_SEQUENCE_WORDS = frozenset({"and", "then", "finally", "lastly", "later"})


def _office_held_in_turn(parts: list[str]) -> list[Fact]:
    """ "Direction lay with a President (…)." then "The office was held in turn by A (dates),
    B (dates) and finally C (dates).": each holder whose name ends right before a bracketed
    term holds the post the statement before named with "a"; a holder with a description
    before the name that is no person's name ("the laureate and early X Y") gives nothing."""
    facts: list[Fact] = []
    for previous, text in pairwise(parts):
        held, post = _HELD_IN_TURN.match(text), _INDEFINITE_ROLE.search(previous)
        if not (held and post and _role_label(post["role"], strict=True)):
            continue
        for item in split_top_level(held["list"].rstrip(". "), ","):
            words = clean(item).split()
            while words and words[0] in _SEQUENCE_WORDS:
                words.pop(0)
            lifespan = _LIFESPAN.search(" ".join(words))
            holder = _name_run(" ".join(words)[: lifespan.start()]) if lifespan else None
            facts.extend([_post(post["role"], (holder.mention(),))] if holder else [])
    return facts


# "She succeeded Mr A, who was Chair from 2011 to 2022", "The Chair is B, who is also the
# Company's Chief Executive Officer": the relative clause names the person's post. A
# possessive is the body's own only with a head noun of org-head-words.csv ("the Bank's").
# "Robert Roe (President, 2009–2016)": a person's name, then in brackets the post held and its
# years; the person is a past holder of that post.
_DATED_BRACKET = re.compile(r"\((?P<role>[A-Za-z][^(),;:\d]{1,40}),\s(?P<period>\d{4}\s?[–-]\s?\d{2,4})\)")


def _dated_bracket_posts(parts: list[str], facts: list[Fact]) -> list[Fact]:
    """ "… follows Robert Roe (President, 2009–2016) and Ann Lee (President, 2000–2009)": each
    name right before such a bracket, a past holder of the post, dated; a post "of" another body
    ("(President of the Union, 2002–2010)") and a holder already read for the post are left."""
    read = {(f.role, h.name) for f in facts if isinstance(f, Post) for h in f.named_holders}
    found_posts: list[Fact] = []
    for part in parts:
        for found in _DATED_BRACKET.finditer(part):
            role = found["role"].strip()
            holder = _name_run(part[: found.start()].rstrip())
            if holder is None or " of " in f" {role} " or not _role_label(role, strict=True):
                continue
            post = _post(role, (holder.mention(),))
            if (post.role, holder.name) in read:
                continue
            read.add((post.role, holder.name))
            found_posts.append(as_past(with_periods(post, f"{holder.name} ({found['period']})")))
    return found_posts


_WHO_WAS = re.compile(r",\swho\s(?:is|was)\s(?:also\s)?(?:the\s(?P<own>[A-Z][a-z]{2,20})['’]s\s|its\s|the\s)?(?=[A-Z])")
# The post in capitals, ending at a period, a bracket, a comma or a date's preposition; its
# complement only "of the" one of the body's own organs.
_CLAUSE_TITLE = re.compile(
    r"(?P<role>[A-Z][\w-]{1,20}(?:\s[A-Z][\w-]{1,20}){0,3})"
    r"(?P<of>\sof\sthe\s[A-Z][\w ]{1,40}?)?(?=[,.;]|\s\(|\s(?:from|since|until|between)\s|\Z)"
)


def _who_was_posts(parts: list[str]) -> list[Fact]:
    """The post ", who was P" names for the person whose name ends right before the comma
    (two words at least); none for another body's post or organ ("Chair of the Treasury")."""
    facts: list[Fact] = []
    for text in parts:
        for who in _WHO_WAS.finditer(text):
            own = who["own"]
            title = _CLAUSE_TITLE.match(text, who.end())
            if title is None or (own and own.casefold() not in _org_head_words_folded()):
                continue
            organ = (title["of"] or "")[len(" of the ") :]
            role = title["role"] + (title["of"] or "")
            holder = _name_run(text[: who.start()])
            if (organ and organ.casefold() not in _own_organs()) or not _role_label(role, strict=True):
                continue
            if holder is not None and len(holder.name.split()) >= 2:
                facts.append(_post(role, (holder.mention(),)))
    return facts


def _org_head_words_folded() -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon.org_head_words())


def _capitalised_tail(words: list[str], first: int = 0) -> list[str]:
    """The capitalised words (and name particles) that end ``words``, never reaching before
    index ``first``, without particles at their start."""
    particles = set(lexicon.name_particles())
    start = len(words)
    while start > first and (words[start - 1][:1].isupper() or words[start - 1] in particles):
        start -= 1
    while start < len(words) and words[start] in particles:
        start += 1
    return words[start:]


def _name_run(before: str) -> PersonName | None:
    """The person's name that ends ``before``: its capitalised words (and particles) after the
    last lowercase describing word ("the lecturer in chemistry John Henry Pepper")."""
    run = _capitalised_tail(before.split())
    if not run or any(not w[:1].isalpha() or w.endswith((",", ";", ":")) for w in run):
        return None
    return person_name(" ".join(run))


# "Secretaries-General, in order:", "Commissaires généraux (selection):", "Directors since
# 1990:": where the heading's role ends.
# "Presidents included:", "Directors have been:": a verb after the plural role heading.
_LIST_VERB_AFTER = re.compile(r"\s(?:have\s|has\s)?(?:included|include|been|were|are)\Z", re.I)
_HEADING_NOTE = re.compile(r"[,(]|\s(?:since|from|until|in|to|between)\s", re.I)


def _plural_heading_lists(items: tuple[Item, ...], identity: Identity | None = None) -> list[str]:
    """ "Secretaries-General, in order:" then "- Pote Sarasin, 1957–1964": each bulleted
    line after a plural role heading is a statement "Secretary-General: Pote Sarasin, …" when
    it opens with a person's name and names no post of its own."""
    lines: list[str] = []
    singular: str | None = None
    listed = sum(numbered(item) is not None for item in items) >= 2  # "i) A", "ii) B": numbered lines
    for item in items:
        number_dropped = numbered(item) if listed else None
        text = clean(number_dropped if number_dropped is not None else item.text)
        in_list = item.bullet or number_dropped is not None
        own = named_post(text) if in_list and singular else None
        if in_list and singular and own is None and _opens_with_person(text):
            lines.append(f"{singular}: {text}")
            continue
        if own and own.holders and _same_role(own, singular):
            lines.append(text)  # "- A, FRS, first President (1841–1843)": the heading's post, the list goes on
            continue
        # "No holders after 1980. Presidents included:": the heading is the last sentence.
        heading = _glossed_role((sentences(item.text.strip()) or [""])[-1].strip()).strip()
        singular = _heading_role(_LIST_VERB_AFTER.sub("", heading[:-1])) if heading.endswith(":") else None
        singular = _own_complement_dropped(singular, identity)
        # "Previous Secretaries General:", "Past holders of the post:" after "Director General:
        # A": each holder listed held the post before ("Former Secretary General: B (1997–2002)")
        singular = singular or _past_heading_role(heading, lines, identity)
        lines.append(item.text)
    return lines


def _past_heading_role(heading: str, lines: list[str], identity: Identity | None) -> str | None:
    """ "Previous Vice-Chancellors include:" → "Former Vice-Chancellor"; "Past holders of the
    post (styled …):" after "Director General: A" → "Former Director General": the heading of a
    list of past holders, as the label of a former holder's statement; ``None`` for any other
    line (a past-holder key alone, "Previous heads (…):" naming no one post)."""
    if not heading.endswith(":"):
        return None
    key, *rest = strip_notes(_LIST_VERB_AFTER.sub("", heading[:-1])).split(" ", 1)
    if not rest or key.lower() not in lexicon.past_holder_list_keys():
        return None
    if rest[0].strip().lower() in lexicon.holder_list_labels():
        before = named_post(lines[-1]) if lines else None  # the post the line before names
        role = before.label if before and before.holders and not _past_post(before.label) else None
    else:
        role = _key_role(rest[0])  # "Previous heads (…)": a generic word names no one post
        role = None if role and role.lower() in lexicon.descriptive_head_words() else role
    role = _own_complement_dropped(role, identity)
    return f"Former {role[0].upper()}{role[1:]}" if role else None


# "The chairmen of the Council included A, 1946–53; B, …", "Its last two Secretaries-General were
# A, 1983–90, and B, …": a plural role, then a verb, then the holders each with a period of years.
_INLINE_HOLDERS = re.compile(
    r"\A(?:(?:The|Its|Our|Their)\s)?(?:(?:last|first)\s(?:two|three|four|five|six)\s)?"
    r"(?P<role>[A-Za-z][\w-]{2,30}(?:\s[A-Za-z][\w-]{1,30}){0,4}?)\s(?:have\s)?(?:included|were)\s(?=\S)"
)
# One holder of such a list: a name, a comma, its period of years; then a separator or the end.
_INLINE_HOLDER = re.compile(
    r"(?P<name>[^,;()\d]{3,80}),\s(?P<period>\d{4}\s?[–-]\s?\d{2,4})(?:[;,]\s(?:and\s)?|\sand\s|\.?\Z)"
)


def _inline_holder_list(sentence: str, identity: Identity | None) -> list[str]:
    """ "Presidents included A, 1968–1970; B, 1970–1977; and C, 2008–2013." → ["President: A,
    1968–1970", …]: each holder of a plural role listed in a sentence, with only names and their
    periods after the verb; [] when the sentence is anything else."""
    found = _INLINE_HOLDERS.match(clean(sentence))
    role = _own_complement_dropped(singular_role(found["role"]), identity) if found else None
    if found is None or role is None:
        return []
    rest, holders, position = clean(sentence)[found.end() :], [], 0
    while position < len(rest):
        holder = _INLINE_HOLDER.match(rest, position)
        if holder is None or person_name(holder["name"].strip()) is None:
            return []
        holders.append(f"{role[0].upper()}{role[1:]}: {holder['name'].strip()}, {holder['period']}")
        position = holder.end()
    return holders if len(holders) >= 2 else []


# "Predecessors (Group Chief Executive): A, Oct 2018–Dec 2022; B, …", "Former directores: A
# (2014–2018); B (2010–2014)", "Predecessor: C, Chairman 1996–2013": a key of
# past-holder-list-keys.csv, perhaps the post (plural or not) and a bracket, a colon, then the
# holders. Each piece is bounded and the separators are single characters, so it stays linear.
_PAST_HOLDER_LINE = re.compile(
    r"\A(?P<key>[A-Za-z]{3,14})(?:\s(?P<named>[^:();]{2,60}?))?(?:\s?\((?P<gloss>[^()]{1,80})\))?\s?:\s(?P<rest>\S.*)\Z"
)
# The post at the head of a holder's item, before its period: "Chairman 1996–Jul 2013",
# "Chair to May 2011", "Chief Executive".
# "Chairman until October 2018": the word before a cut-off date ends the post too.
_ITEM_ROLE = re.compile(r"\A(?P<role>[^\d()]{2,60}?)(?:\s(?=\d|(?:from|since|until|till|to|in)(?:\s|\Z))|\Z)")


def _key_role(text: str | None) -> str | None:
    """The post a past-holder key or its bracket names: "directores" → "director", "Group
    Chief Executive" as written; ``None`` when it names no post ("resigned in 1997 …")."""
    text = clean(text or "")
    if not text:
        return None
    singular = singular_role(text)
    if singular:
        # "Secretarios Permanentes" → "Secretario Permanentes": a second word still plural
        # after the one made singular agrees with it, and no post is read rather than a wrong one
        words, written = singular.split(), text.split()
        changed = next((i for i, (a, b) in enumerate(zip(words, written, strict=False)) if a != b), len(words))
        return None if any(len(w) > 3 and w.endswith("s") for w in words[changed + 1 :]) else singular
    return text if _role_label(text, strict=True) else None


def _past_holder_list(sentence: str, identity: Identity | None) -> list[str]:
    """ "Predecessors (Chief Executive): A, 2018–2020; B, Chief Executive, 2012–2018" →
    ["Former Chief Executive: A (2018–2020)", "Former Chief Executive: B (2012–2018)"]: every
    holder listed after a past-holder key becomes a statement of a former holder of the post its
    item names, else the post the key or its bracket names; an item naming no person, or no post
    anywhere, is left out. [] when the sentence is no such list."""
    found = _PAST_HOLDER_LINE.match(clean(sentence).rstrip("."))
    if found is None or found["key"].lower() not in lexicon.past_holder_list_keys():
        return []
    named = found["named"]
    if named and clean(named).lower() in lexicon.holder_record_qualifiers():
        named = None  # "Predecessor on file: A, Secretary General": each item names its post
    if named and clean(named).lower() in lexicon.holder_list_labels():
        named = None  # "Former holders: A, Chairman until 2018; B, …": each item names its post
    key_role = _key_role(named) if named else _key_role(found["gloss"])
    key_role = _own_complement_dropped(key_role, identity)
    key_role = None if key_role and key_role.lower() in lexicon.descriptive_head_words() else key_role
    if named and key_role is None:
        return []  # "Former names: …", "Earlier bodies: …": the key names no post
    statements: list[str] = []
    for item in _period_items(found["rest"]):
        pieces = [clean(p) for p in split_top_level(item.strip().rstrip("."), ",")]
        holder = person_name(strip_notes(pieces[0])) if pieces and pieces[0] else None
        if holder is None:
            continue
        role, notes = key_role, pieces[1:]
        # "A, Secretary General (1998–2017)": the item's post keeps its period note
        role_bracket = _BRACKETED.search(notes[0]) if notes else None
        notes = [*notes, role_bracket.group(1)] if role_bracket else notes
        first = strip_notes(notes[0]) if notes else ""
        dates = date_spans(first)  # "Chair Jul 2011–Jul 2020": the post ends where its period starts
        head = _ITEM_ROLE.match(first[: dates[0][0] if dates else len(first)].rstrip())
        if head and _role_label(head["role"], strict=True):
            role = _ranked_key_role(head["role"].strip(), key_role)
            notes = [first[head.end() :].strip(), *notes[1:]]
        bracket = _BRACKETED.search(pieces[0])
        notes = [n for n in [bracket.group(1) if bracket else "", *notes] if n]
        period = next((n for n in notes if holding_period(n)), "")
        if role:
            label = f"{role[0].upper()}{role[1:]}"
            statements.append(f"Former {label}: {strip_notes(pieces[0])}" + (f" ({period})" if period else ""))
    return statements


def _period_items(rest: str) -> list[str]:
    """The items of a past-holder list: split at its semicolons, or, when there is none and
    every comma-separated piece is a name with its period in brackets ("A (2018–2023), B
    (2013–2017)"), at its commas; one item otherwise ("A, Chairman 1996–2013")."""
    items = split_top_level(rest, ";")
    if len(items) > 1:
        return items
    return _dated_holder_items(rest.strip().rstrip("."), ",") or items


def _ranked_key_role(role: str, key_role: str | None) -> str:
    """ "the first Chief Executive" in a list of "Former Chief Executives" → "Chief Executive":
    an item's rank word before the key's own post names that post; any other
    item post as written."""
    words = role.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    ranked = len(words) > 1 and words[0].lower() in lexicon.first_holder_words()
    return key_role if key_role and ranked and " ".join(words[1:]).lower() == key_role.lower() else role


def _same_role(post: Post, heading_role: str | None) -> bool:
    found = ROLE.search(heading_role or "")
    # "Former Vice-Chancellor" and "Vice-Chancellor": the same post with its modifier kept
    return found is not None and post.role in (role_name(found["role"]), _post(heading_role or "", ()).role)


# "… of the Agence", "… de l'Institut": a complement of one capitalised word after a post.
_OWN_COMPLEMENT = re.compile(r"\s(?:of|at|de)\s(?:the\s|l['’]|la\s|le\s|du\s)?(?P<word>[A-ZÀ-Þ][\w-]{1,30})\Z")


def _own_complement_dropped(role: str | None, identity: Identity | None) -> str | None:
    """ "Secrétaire général of the Agence", "Directors of the Institute": a heading's post
    followed by one word of the organization's own name refers to the organization itself;
    the post is "Secrétaire général" (the "Board" of "Chairmen of the Board" is another body)."""
    if not role or identity is None or not (found := _OWN_COMPLEMENT.search(role)):
        return role
    own = {word.lower() for word in re.findall(r"[\w-]+", identity.name)}
    return role[: found.start()] if found["word"].lower() in own else role


def _heading_role(heading: str) -> str | None:
    """The post a heading line names before a list of its holders: a plural role
    ("Secretaries-General") in the singular, or a post's name as written ("General Manager",
    also from a gloss: "总经理 (Zǒngjīnglǐ, General Manager):")."""
    if _past_post(heading):
        return None  # "Previous Directeurs": past holders are no current leaders
    plural = singular_role(heading)
    if plural:
        return plural
    label = clean(heading)
    return label if _role_label(label, strict=True) and not _past_post(label) and not _past_holder_key(label) else None


def _opens_with_person(text: str) -> bool:
    pieces = split_top_level(strip_notes(text), ",")
    # "KIM Min-jun (김민준), 2013–2016": a gloss after the name is a note of the name
    return bool(pieces) and person_name(strip_notes(pieces[0])) is not None


def singular_role(heading: str) -> str | None:
    """ "Secretaries-General" → "Secretary-General", "Commissaires généraux" → "Commissaire
    général": the singular of a plural role heading (plural-endings.csv), or ``None`` when the
    heading is no plural role."""
    label = clean(_HEADING_NOTE.split(clean(heading), maxsplit=1)[0])
    tokens = re.split(r"([\s-]+)", label)
    if not 1 <= len(tokens) <= 13:  # up to seven words: "Chairmen of the board of management"
        return None
    options = [[token, *_singulars(token)] if i % 2 == 0 else [token] for i, token in enumerate(tokens)]
    candidates = ["".join(choice) for choice in product(*options)]
    roles = [c for c in candidates if c != label and _role_label(c, strict=True) and not _past_post(c)]
    # The longest role word wins: "Presidentes" → "Presidente", not "President";
    # "Directores generales" → "Director general".
    return max(roles, key=lambda c: len(found[0]) if (found := ROLE.search(c)) else 0, default=None)


def _singulars(word: str) -> list[str]:
    return [
        word[: len(word) - len(plural)] + singular
        for plural, singular in lexicon.plural_endings()
        if word.lower().endswith(plural) and len(word) > len(plural) + 2
    ]


# "院長 (President): …", "원장 (Wonjang, President): …", "Directeur (Director): …": a post in
# the text's own language or script, glossed in brackets before the colon.
_GLOSSED_ROLE = re.compile(r"(?P<native>[^():;|]{1,40}?)\s?\((?P<gloss>[^()]{1,80})\)\s?:\s?(?P<rest>.*)", re.S)


def _glossed_role(text: str) -> str:
    """ "館長 (Kanchō, President): A" → "President: A": the gloss's last piece names the post
    when it is a post's name and the words it glosses are not a post's name as written: a
    post in Latin script stays as the text writes it ("Direktør (Director): A", "President
    (acting): A")."""
    found = _GLOSSED_ROLE.fullmatch(text)
    if not found:
        return text
    gloss = split_top_level(found["gloss"], ",")
    role = gloss[-1] if gloss else ""
    if not _role_label(role, strict=True) or (_latin(found["native"]) and _role_label(found["native"], strict=False)):
        return text
    return f"{role}: {found['rest']}"


def _latin(text: str) -> bool:
    """Every letter of ``text`` in Latin script (Basic Latin to Latin Extended-B, and
    Latin Extended Additional: "Direktør", "Giám đốc")."""
    return all(not c.isalpha() or ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in text)


def _role_then_person(label: str) -> Post | None:
    """ "Chief Financial Officer Petra Lang": a role, then a person's name at the end. A post
    with its holder when the words before the name are a post's name; a post without holder
    (no post is read) when they are not: a name is never part of a post's name."""
    words = label.split()
    for cut in range(max(1, len(words) - 4), len(words) - 1):
        holder = person_name(" ".join(words[cut:]))
        if holder is None:
            continue
        role = " ".join(words[:cut])
        if _role_label(role, strict=True) and words[cut - 1].lower() not in lexicon.glue_words():
            return _post(role, (holder.mention(),))
        return Post(label, label.lower())  # a name inside; no holder: the caller keeps nothing
    return None


# "(until 2022)", "(2015–2019)", "(to 2020)": a period that has ended.
_BRACKETED = re.compile(r"\(([^()]{1,60})\)")
_ENDED = re.compile(r"\b(?:until|till)\b|\b\d{4} ?[–-] ?\d{2,4}\b", re.I)
_ONGOING = re.compile(r"\b(?:since|present|now|current|acting|interim)\b", re.I)


def _ended(text: str) -> bool:
    return any(_ENDED.search(note) and not _ONGOING.search(note) for note in _BRACKETED.findall(text))


# --- holding periods -------------------------------------------------------------------------
# A holder's period beside the name: "(2015–2019)", ", from 2002 to 2017", "(until 2019)",
# "(since 2022)", "(2015–present)", "— 01.03.2021–2023". The dates are read by the one date
# reader (dates.date_spans) and stand as "\x00" in the note's skeleton, which the words of
# period-words.csv must fill exactly.
def _words(words: tuple[str, ...]) -> str:
    return "(?i:" + "|".join(re.escape(w) for w in words) + ")"


def _period_pattern() -> re.Pattern[str]:
    w = lexicon.period_words()
    through = _words((*w.through, *w.end))
    return re.compile(
        rf"(?:(?P<opener>{_words(w.start)})\s)?\x00"
        rf"(?:(?P<dash>\s?[–—-]\s?|\s{through}\s)(?:(?P<end>\x00)|(?P<short>\d{{2}})|(?P<ongoing>{_words(w.ongoing)}))?)?"
        rf"|(?P<until>{_words(w.end)})\s\x00"
        rf"|{_words(w.between)}\s\x00\s{_words(w.and_)}\s\x00"
    )


_HOLDING_PERIOD = _period_pattern()

# A holding longer than this is a lifespan ("A (1848–1908)"), not a term: no period is read.
_LONGEST_TERM = 40


def holding_period(note: str) -> tuple[DateValue | None, DateValue | None, bool] | None:
    """(start, end, ended) of a note that is a period and nothing else ("2015–2019", "since
    2022", "until 2019", "from 2002 to 2017", "2015–present", "1963–70"); None for any other
    note ("2015": appointed or held then?, "term until 2027", "acting since 2020", a lifespan)."""
    note = note.strip(" –—-").rstrip(".")
    spans = date_spans(note)
    if not spans or len(spans) > 2 or "\x00" in note:
        return None
    skeleton, at = "", 0
    for begin, finish, _ in spans:
        skeleton, at = skeleton + note[at:begin] + "\x00", finish
    found = _HOLDING_PERIOD.fullmatch(skeleton + note[at:])
    if found is None:
        return None
    dates = [value for _, _, value in spans]
    if found["until"]:
        return None, dates[0], True
    start, end = dates[0], dates[1] if len(dates) == 2 else None
    if found["short"]:  # "1963–70": the end in the start's century
        end = DateValue(start.year // 100 * 100 + int(found["short"]))
    if not found["dash"] and len(dates) == 1:
        return (start, None, False) if found["opener"] else None  # "since 2019"; "2015" alone: unclear
    if found["ongoing"] or end is None:
        return (start, None, False) if found["ongoing"] else None  # "2015–present"; "2015–": unclear
    if end.year < start.year or end.year - start.year > _LONGEST_TERM:
        return None
    return start, end, True


# Where a note beside a holder ends: a bracket (_BRACKETED), or a comma, semicolon or dash
# between notes.
_NOTE_SEPARATOR = re.compile(r"[,;]\s?|\s—\s")


def _notes_after(segment: str) -> list[str]:
    """The notes of the text after a holder's name: each bracket's content and each run between
    commas, semicolons or dashes outside brackets, and a run opening with a period word
    ("A since 2019", "B from 2002 to 2017")."""
    notes = _BRACKETED.findall(segment)
    outside = _BRACKETED.sub(",", segment)
    notes += [n.strip() for n in _NOTE_SEPARATOR.split(outside) if n.strip()]
    return notes


def holder_period(
    text: str, holder: str, others: tuple[str, ...] = ()
) -> tuple[DateValue | None, DateValue | None, bool] | None:
    """The period the statement ``text`` gives beside ``holder``'s name: the one note between
    the name and the next holder's name (``others``) that is a period; None when there is
    none, or more than one (a lifespan and a term: unclear)."""
    at = text.find(holder)
    if at < 0:
        return None
    segment = text[at + len(holder) :]
    for other in others:
        cut = segment.find(other) if other != holder else -1
        segment = segment[:cut] if cut >= 0 else segment
    periods = [p for p in (holding_period(note) for note in _notes_after(segment)) if p is not None]
    return periods[0] if len(periods) == 1 else None


def with_periods(fact: Fact, text: str, *, earlier: bool = False) -> Fact:
    """``fact`` (a post read from the statement ``text``) with the period the text gives
    beside each holder: a holder whose period has ended ("until 2019", "2015–2019") is a
    past holder, no longer among ``holders``; ``earlier`` ("Before him, A"): every holder is
    a past one, dated or not. Any other fact is returned as it is."""
    if not isinstance(fact, Post) or not fact.holders:
        return fact
    names = tuple(h.name for h in fact.holders)
    current: list[Mention] = []
    holdings = list(fact.holdings)
    for holder in fact.holders:
        period = holder_period(text, holder.name, names)
        start, end, ended = period if period else (None, None, False)
        if earlier or ended:
            holdings.append(Holding(holder, start, end, ended=True))
            continue
        current.append(holder)
        holdings += [Holding(holder, start, end)] if period else []
    return replace(fact, holders=tuple(current), holdings=tuple(holdings))


def as_past(fact: Fact) -> Fact:
    """``fact`` with every current holder made a past one (no period where none is read)."""
    if not isinstance(fact, Post) or not fact.holders:
        return fact
    past = tuple(Holding(h, ended=True) for h in fact.holders)
    return replace(fact, holders=(), holdings=(*fact.holdings, *past))


# "Director general, 1957-1962?": a period after the post's name is no part of it.
_ROLE_PERIOD = re.compile(r",\s?(?:ca\.\s?)?\[?\d{3}[\d-]\]?\??(?:\s?[–-]\s?\[?(?:\d{3}[\d-])?\]?\??)?\Z")


def _catalogue_parts(parts: list[str]) -> list[str]:
    """Catalogue records name holders inverted for sorting: "President: Liao, James C.
    (2016- )" reads "President: James C. Liao (2016- )"; a part after it that is only an
    inverted name ("; Avenol, Joseph, 1879-1952 (1933-1940)") holds the same post. A part
    another reader understands is left as written ("Director: Jane Doe, Berlin")."""
    read: list[str] = []
    role = ""  # the post of the catalogue part before, for the role-less parts after it
    last_label = ""  # the post of the last part naming a holder, for a bare run of holders after it
    for part in parts:
        label = _ROLE_THEN_NAME.match(part)
        run = _dated_holder_run(label["rest"] if label else part)
        run_role = (
            singular_role(label["role"]) if label and not _role_label(label["role"], strict=True) else None
        ) or (last_label if not label else None)
        if run and run_role:
            # "Presidents of the board: A 1952–1955, B 1955–1958" or, after "Director: C",
            # a bare "A 2009–2019, B 1997–2009": each a holder of the (singular) post.
            read.extend(f"{run_role}: {name}, {period}" for name, period in run)
            continue
        if label and _holder_list_label(label["role"]):
            # "President. Holders (incomplete list): A, 1970-1973": the post named just before.
            before = strip_notes(read[-1]).rstrip(". ") if read else ""
            if not (before and _bare_role(before)):
                role = ""
                continue  # holders of no post the text names: no post rather than "Holders"
            read.pop()
            part = f"{singular_role(before) or before}: {label['rest']}"
            label = _ROLE_THEN_NAME.match(part)
        if label and _dated_holder(label["rest"]) and not named_post(part):
            # "Chairmen of the board of management: A, 1952–1969": a plural label no reader
            # takes as a post heads dated holders one by one, each holding its singular.
            part = _singular_label(part, label)
            label = _ROLE_THEN_NAME.match(part)
        post = named_post(part)
        last_label = post.label if post and post.holders else last_label
        if post and post.holders:
            # "Directors: A, 1755-1764; B, 1771-1801": one holder at a time, each a Director,
            # and B, dated the same way, holds it too ("Co-Directors: A, B" share one post).
            dated = bool(label and _dated_holder(label["rest"]))
            read.append(_singular_label(part, label) if dated else part)
            role = _singular_label(label["role"], None) if label and dated else ""
            continue
        if role and _dated_holder(part):
            read.append(f"{role}: {part}")
            continue
        label_role = _ROLE_PERIOD.sub("", label["role"]) if label else ""
        holder_text = label["rest"] if label and _role_label(label_role, strict=True) else part
        name, notes = _notes_apart(holder_text)
        # "Director general, 1957-1962?:": a period in the post's label marks a catalogue record.
        dated_label = bool(label and _ROLE_PERIOD.search(label["role"]))
        natural = natural_order(name, catalogue=dated_label)
        if natural is None and dated_label and holder_text != part and person_name(name):
            natural = name  # "Principal (first), 1921-1924: Francis Watts": a name as written
        if natural and holder_text != part:
            role = label_role
        if natural and role:
            read.append(f"{role}: {natural}{notes}")
        else:
            read.append(part)
            role = ""
    return read


# "Jean Roe 1952–1955", "Jean Roe (1952–1955)": a name, then only its period of years.
# "A (until 2008)": a bracketed term ended at a year is a period too.
_NAME_PERIOD = re.compile(
    r"(?P<name>[^()\d]{3,80}?)\s?(?:\((?P<inner>\d{4}\s?[–-]\s?\d{2,4}|(?:until|till)\s\d{4})\)"
    r"|(?P<bare>\d{4}\s?[–-]\s?\d{2,4}))"
)


def _dated_holder_run(text: str) -> list[tuple[str, str]]:
    """ "A 1952–1955, B 1955–1958 and C 1958–1959": two or more persons' names, each with
    only its period and no comma between; [] when any piece is something else."""
    pieces = [p for piece in split_top_level(clean(text).rstrip("."), ",") for p in re.split(r"\s(?:and|&)\s", piece)]
    run: list[tuple[str, str]] = []
    for piece in pieces:
        match = _NAME_PERIOD.fullmatch(piece.strip())
        if match is None or person_name(match["name"].strip()) is None:
            return []
        run.append((match["name"].strip(), match["inner"] or match["bare"]))
    return run if len(run) >= 2 else []


def _holder_list_label(label: str) -> bool:
    """ "Holders (incomplete list)", "Incumbents": a label listing holders, not a post."""
    return clean(strip_notes(label)).lower() in lexicon.holder_list_labels()


# "[end of term not verified]": a cataloguer's note in square brackets.
_SQUARE_NOTE = re.compile(r"\s?\[[^\[\]]{0,80}\]")


def _dated_holder(text: str) -> bool:
    """ "Casimiro Gómez Ortega, 1771-1801", "Jane Roe, 2018- [term not verified]": a person's
    name as written, then only a period of years."""
    pieces = split_top_level(strip_notes(_SQUARE_NOTE.sub("", clean(text)).rstrip(".")), ",")
    # "B, 1994–1999, who then steered …": a relative clause after the period is a note of B's.
    if len(pieces) == 3 and _note_word(pieces[2]) in ("who", "whose"):
        pieces = pieces[:2]
    return len(pieces) == 2 and _period(pieces[1]) and person_name(pieces[0]) is not None


def _singular_label(part: str, label: re.Match[str] | None) -> str:
    """ "Directors (selection): A" → "Director: A": a plural role heading the holders one
    by one names each one's post in the singular."""
    role = label["role"] if label else part
    # "Director Emeritus" is a post as written: only a label that is no post gets its singular.
    singular = None if _role_label(role, strict=True) else singular_role(role)
    if singular is None:
        return part
    return f"{singular}: {label['rest']}" if label else singular


def _notes_apart(text: str) -> tuple[str, str]:
    """ "Liao, James C. (2016- )" → ("Liao, James C.", " (2016- )"): the trailing notes."""
    name = strip_notes(text)
    return name, text[len(name) :] if text.startswith(name) else ""


def _past_post(label: str) -> bool:
    return any(w in lexicon.former_post_words() for w in re.split(r"[\s-]+", label.lower())[:2])


# "chief executive Jane Q. Doe since 2019.", "a Director-General, currently Kwame Asante":
# the time note after the holder and the adverb before it are no part of the name.
_LED_BY_NOTE = re.compile(r"\s(?:since|from|until|between)\s", re.I)
_LED_BY_NOW = re.compile(r",\s+(?:currently|now|presently|at present)\s+", re.I)


def _led_by_holder(text: str) -> str:
    return _LED_BY_NOTE.split(_LED_BY_NOW.sub(": ", text, count=1), maxsplit=1)[0].rstrip(".")


# "leader title2: President": an infobox parameter's name, its number, a colon and its value.
_PARAMETER_LINE = re.compile(
    r"\A(?P<key>[a-z]{2,20}(?:\s[a-z]{2,20}){0,2}?)(?P<number>\d{0,2}):\s(?P<value>\S.{0,300})\Z"
)


def _title_name_joined(lines: list[str]) -> list[str]:
    """ "leader title: President" then "leader name: A (since 2020)" (paired parameters of
    title-name-parameters.csv, the same number after both): one statement "President: A (since
    2020)"; a title line with no name line after it stays as written."""
    pieces = [piece for line in lines for piece in line.split("\n")] if any("\n" in line for line in lines) else lines
    pairs = lexicon.title_name_parameters()
    joined: list[str] = []
    for piece in pieces:
        found = _PARAMETER_LINE.match(clean(piece))
        before = _PARAMETER_LINE.match(clean(joined[-1])) if joined and found else None
        if found and before and pairs.get(before["key"]) == found["key"] and before["number"] == found["number"]:
            joined[-1] = f"{before['value'].strip()}: {found['value'].strip()}"
        else:
            joined.append(piece)
    return joined if len(joined) < len(pieces) else lines


def _role_lines_joined(lines: list[str]) -> list[str]:
    """ "Director-General of Conservation" then "Penny Nelson" on the next line: one
    statement "Role: Name"."""
    joined: list[str] = []
    for line in _title_name_joined(lines):
        previous = clean(joined[-1]) if joined else ""
        if previous and _bare_role(previous) and person_name(strip_notes(clean(line))):
            joined[-1] = f"{previous}: {clean(line)}"
        else:
            joined.append(line)
    return joined


def _bare_role(text: str) -> bool:
    """A line that is a post's name and nothing else."""
    return _role_label(strip_notes(text), strict=True) and not _ROLE_THEN_NAME.match(text) and named_post(text) is None


# "the Minister of Economy", "the Secretary of State for Science": an office of another body.
_OTHER_BODYS_OFFICE = re.compile(r"\w+(?:[\s-]\w+)?\s+(?:of|for)\s+[A-Z]")
# "… reports to the Ministry of Finance, headed by …": the led-by phrase is about the body
# named just before the comma, not the organization.
_BODY_BEFORE_COMMA = re.compile(r"\b(?:to|of|with|under|from|at|by|within|in)\s+the\s+[A-Z][^,;:()]{0,80},\s*\Z")
_INDEFINITE = re.compile(r"\sby\s+(?:an?|its)\s", re.I)  # "headed by a Director of Research": its own post
# "headed by a Vice-Chancellor": a word of role-joins.csv (side before) hyphened
# to the role word is part of the post ("Vice-Chancellor" is no "Chancellor").
_LED_BY = re.compile(
    rf"\b(?:led|headed|chaired|directed|run)\s+(?:since\s+\d{{4}}\s+)?by\s+(?:\w+\s+)??"
    rf"(?P<joined>(?:{lexicon.alternation(sorted(lexicon.role_joins().before))})-)?(?P<role>{ROLE_WORDS})\b",
    re.I,
)
_DEFINITE_BY = re.compile(r"\sby\s+its\s", re.I)
# "Its first director was", "the last president is", "its last was" (the role said before).
_ORDINAL = re.compile(r"\b(?:its|the|their)\s(?:first|last|current|present)\s", re.I)
_IS = re.compile(r"(?:was|is|has\sbeen)\b", re.I)
# "The first CEO after the merger was A": a lowercase event after the role dates the post.
_AFTER_EVENT = re.compile(r"(?:after|since|following)\s(?:the|its)\s[a-z]{3,20}\s")


# "Its first director, appointed in 1979, was A": a participle aside dating the
# appointment between the post and its verb.
_MODIFIED_ROLE = re.compile(
    rf"(?P<role>(?:{lexicon.alternation(sorted(lexicon.role_modifiers()))})\s(?:{ROLE_WORDS}))\b", re.I
)
_ORDINAL_ASIDE = re.compile(r",\s(?:appointed|named|elected|installed)\s[^,;()]{1,40},\s")


def _ordinal_holders(text: str) -> list[tuple[str, str]]:
    """(role or "" when elided, the text after the verb) for each "its first <role> was"."""
    found: list[tuple[str, str]] = []
    for ordinal in _ORDINAL.finditer(text):
        role = ROLE.match(text, ordinal.end()) or _MODIFIED_ROLE.match(text, ordinal.end())
        after_role = role.end() + 1 if role else ordinal.end()
        event = _AFTER_EVENT.match(text, after_role) if role else None
        aside = _ORDINAL_ASIDE.match(text, role.end()) if role and not event else None
        verb = _IS.match(text, aside.end() if aside else event.end() if event else after_role)
        if verb:
            found.append((role["role"] if role else "", text[verb.end() :]))
    return found


# ", appointed Commonwealth Meteorologist in 1907", ", named as Chief Engineer": the post the
# holder took, a run of capitalised words (perhaps joined by "of (the)").
_APPOINTED_POST = re.compile(
    r",\s(?:appointed|named|elected|installed)\s(?:as\s)?(?:the\s)?"
    r"(?P<post>[A-Z][\w'’-]{1,30}(?:\s(?:of\s(?:the\s)?|and\s)?[A-Z][\w'’-]{1,30}){0,5})"
)
# ", who served as Chairman and Chief Executive Officer from 1989", ", who has served as Chief
# Executive Officer since 2011": the post a relative clause after the holder names.
_WHO_SERVED_POST = re.compile(
    r",\swho\s(?:has\s|had\s)?(?:also\s)?(?:served|acted)\sas\s(?:the\s|its\s)?"
    r"(?P<post>[A-Z][\w'’-]{1,30}(?:\s(?:of\s(?:the\s)?|and\s)?[A-Z][\w'’-]{1,30}){0,5})"
)


def _appointed_post(after: str) -> str | None:
    """The post a generic head word ("the first head was A") leaves unnamed, when an aside after
    the holder names it ("appointed Chief Engineer", "who served as Chairman and Chief Executive
    Officer"; a post of another body, "who served as Minister of Finance", is none); None
    otherwise (a description is no post's name)."""
    named = _APPOINTED_POST.search(after)
    post = named["post"] if named else ""
    if not named and (served := _WHO_SERVED_POST.search(after)) and _own_post(served["post"]):
        post = served["post"]
    return post if ROLE.search(post) and person_name(post) is None else None


# "is led by A, who has served as …", "was headed by A, who served as …": a leading verb, then
# a holder (no role word: "led by Director A" is the role's, ``_LED_BY``).
_LED_BY_HOLDER = re.compile(r"\b(?:is|was|has\sbeen|had\sbeen)\s(?:led|headed|run|directed)\sby\s(?=[A-ZÀ-Þ])")
# "was led at the time of its merger by A", "is headed since 2019 by B": the verb, then a time
# phrase (a preposition of these and up to six more words) before "by" (``_led_by_after_time``).
_LED_AT_TIME = re.compile(
    r"\b(?:is|was|has\sbeen|had\sbeen)\s(?:led|headed|run|directed)\s"
    rf"(?=(?:{lexicon.alternation(lexicon.adverbial_prepositions('time'))})\s)"
)


def _led_by_after_time(text: str) -> tuple[int, int] | None:
    """(start of the verb, end of "by ") of "was led at the time of its merger by A": a time
    phrase between the verb and "by" is no part of either; None when "by" and a capital do not
    follow within seven words."""
    verb = _LED_AT_TIME.search(text)
    if verb is None:
        return None
    words = text[verb.end() :].split(" ", 8)[:8]
    for index in range(1, min(len(words) - 1, 7)):
        if words[index] == "by" and words[index + 1][:1].isupper():
            return verb.start(), verb.end() + len(" ".join(words[: index + 1])) + 1
    return None


def _led_by_who_served(text: str) -> Post | None:
    """ "As of 2024, the SNCF is led by A, who has served as Chairman and Chief Executive Officer
    since 2019": the holder right after "led by" and the post the relative clause right after
    the holder names; a post of another body ("who served as Minister of Finance"), a past
    leader ("was led by A until 2019, who …" has no clause right after the name) or no person's
    name gives nothing."""
    led = _LED_BY_HOLDER.search(text)
    span = (led.start(), led.end()) if led else _led_by_after_time(text)
    if span is None or _past_led_by_verb(text[: span[0]]):
        return None
    return _holder_who_served(text[span[1] :], ", who ")


def _holder_who_served(rest: str, clause: str) -> Post | None:
    """ "A, who has served as Chairman since 2017 …" (``rest``, after the cue that leads to the
    holder): the person's name up to ``clause`` and the post of the organization's own that the
    relative clause right after it names; None when either is missing."""
    comma = rest.find(clause)
    holder = person_name(rest[:comma]) if comma > 0 else None
    served = _WHO_SERVED_POST.match(rest, comma) if holder else None
    if holder is None or served is None or not _own_post(served["post"]):
        return None
    return _post(served["post"], (holder.mention(),))


def _past_led_by_verb(before: str) -> bool:
    """ "formerly", "once" before the verb: a past leader, not today's."""
    words = before.lower().split()
    return bool(words) and words[-1] in {"formerly", "once", "previously"}


def _fuller_post(role: str, rest: str) -> str:
    """ "Its chief executive is A, who has served as Chief Executive Officer since 2011": where the
    relative clause after the holder names a post whose words open with the statement's own
    post's words and go on, the post is the clause's fuller name; any other clause ("who has
    served as Chairman", "who served as Minister of Finance") leaves the statement's post."""
    served = _WHO_SERVED_POST.search(rest)
    if served is None:
        return role
    short = role.casefold().split()
    while len(short) > 1 and short[0] in ("the", "its", "their"):
        short.pop(0)
    full = served["post"].casefold().split()
    return (
        served["post"] if len(full) > len(short) and full[: len(short)] == short and _own_post(served["post"]) else role
    )


_CHAIRED_BY = re.compile(r"\bchaired\s+(?:since\s+\d{4}\s+)?by\b", re.I)
# Where the holder's name ends in prose: a comma, a semicolon or a time note.
_HOLDER_END = re.compile(
    r"[,;]|\s[(\[]|\s(?:since|from|until|between|who|when|during|in|after|before|under|for)\s|\.$", re.I
)


def _past_led_by(text: str, led_by: re.Match[str]) -> bool:
    """ "was formerly led by", "was previously headed by" (a past-marking word of
    `former-post-words.csv` right before the verb), or a holder whose period ended."""
    before = text[: led_by.start()].lower().split()[-2:]
    after = text[led_by.end() :]
    return bool(set(before) & lexicon.former_post_words()) or (_ended_at_a_date(after) and not _ONGOING.search(after))


def _ended_at_a_date(text: str) -> bool:
    """ "until 2019", "until March 2019", "1990–2001"; not "until its closure" (a defunct
    organization's last leader)."""
    ended = _ENDED.search(text)
    if not ended:
        return False
    following = text[ended.end() :].split()[:2]
    months = lexicon.month_spellings()
    return not ended[0].isalpha() or any(w[:1].isdigit() or w.lower().strip(".,") in months for w in following[:1])


def _with_modifier(led_by: re.Match[str]) -> str:
    """ "run by managing director X": the word the pattern skipped before the role is part of
    the post when it is a role modifier ("managing", "executive")."""
    if led_by["joined"]:  # "a Vice-Chancellor": the joined word and the role, as written
        return led_by["joined"] + led_by["role"]
    before = led_by.string[led_by.start() : led_by.start("role")].split()
    modifier = before[-1] if len(before) > 2 and before[-1].lower() in lexicon.role_modifiers() else ""
    return f"{modifier} {led_by['role']}".strip()


def _post_label(role: str) -> str:
    """A role word from prose names the post as titles do: "chief executive officer" →
    "Chief Executive Officer"; a role written capitalised stays as written."""
    words = clean(role).split()
    if any(w[:1].isupper() for w in words):
        return " ".join(words)
    glue = lexicon.glue_words()
    return " ".join(w if w in glue else "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words)


def _narrative_holder(rest: str) -> PersonName | None:
    """The person right after a role word in prose: " Jane Doe, an economist, since 2019",
    ", the economist Jane Doe, since 2022", " the French economist Jean Roe": a describing
    phrase before the name ("the economist") and everything after it go."""
    rest = rest.strip()
    if rest.startswith(","):
        rest = rest[1:].strip()
    piece = _HOLDER_END.split(rest, maxsplit=1)[0].strip()
    words = piece.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        # The name is the capitalised run after the last lowercase describing word.
        words = _capitalised_tail(words, first=1)
    return person_name(" ".join(words)) if words else None


# "Role: Name", "Role — Name", "Role – Name", "Role - Name" (the dash between spaces), "Role | Name".
_ROLE_THEN_NAME = re.compile(r"^(?P<role>[^:—–|]{1,80}?)\s*(?::|\s[—–-]\s|\s?\|)\s*(?P<rest>\S.*)$")
# "Name (Role, since 2020)".
_NAME_THEN_NOTE = re.compile(r"^(?P<person>[^()]*[^()\s])\s*\((?P<inner>[^()]*)\)$")
# Where a role inside a note ends: "President since June 2023", "President, 2019–".
_ROLE_END = re.compile(r"[,;]|\s(?:since|from|until|to|in|between)\s|\s\d|\s[(\[]", re.I)


def _without_trailing_notes(text: str) -> str:
    """ "Jane Doe (杜), since 2021" → "Jane Doe (杜)"; "Director, John Roe, who was appointed
    in 2019." → "Director, John Roe": pieces after a comma that open with a note word or a
    number go, from the end, as does a final full stop after them. A piece that opens with a
    note word ends the statement: what follows belongs to the note ("in office since April,
    Reiwa 3 (2021)": an era year); so does a note after a spaced dash ("— as of 2019")."""
    text = _without_dash_note(_without_trailing_pictographs(text))
    pieces = split_top_level(text, ",")
    # "Luc Gillon, 1954-1967, physicist, builder of the campus": a period opens a note too.
    opening = next(
        (
            i
            for i, piece in enumerate(pieces[1:], 1)
            if (_note_word(piece) in lexicon.post_notes() and not _ranked_role(piece)) or _period(piece)
        ),
        None,
    )
    if opening is not None:
        pieces = pieces[: opening + 1]  # the note itself goes in the loop below
    while len(pieces) >= 2:
        first, _, after = clean(pieces[-1]).partition(" ")
        first = first.lower().strip(".")
        # a year, a date or a month and its year ("March 2013 – December 2016") opens a
        # period note; a month alone may be a given name ("Jane Doe, May Smith")
        dated = first in lexicon.month_spellings() and after[:1].isdigit()
        # "…, 1970-1973, the first", "…, the last, until 1997": the holder's rank in the line
        ranked = first == "the" and after.lower().strip(" .") in lexicon.post_notes() | lexicon.first_holder_words()
        if _ranked_role(pieces[-1]) or not (first in lexicon.post_notes() or first[:1].isdigit() or dated or ranked):
            break
        pieces.pop()
    return ", ".join(clean(p) for p in pieces) if len(pieces) < len(split_top_level(text, ",")) else text


def _capitalised_post(text: str) -> str:
    """ "General Manager immediately before him", "Director-General during 1946": a post written
    in capitals, then a lowercase note on when it was held, is the capitalised run alone
    (joined by "of", "and", "for", "the"); text that opens in lowercase, or has no lowercase
    note after the run, is returned as it is."""
    words = text.split()
    run = 0
    while run < len(words) and (
        words[run][:1].isupper()
        or (words[run] in _POST_JOINS and run + 1 < len(words) and words[run + 1][:1].isupper())
    ):
        run += 1
    if run == 0 or run == len(words) or not words[run][:1].islower():
        return text
    return " ".join(words[:run])


def _ranked_role(piece: str) -> bool:
    """ "last Kepala", "first Director": a rank word, then the post itself (no note)."""
    first, _, rest = clean(piece).partition(" ")
    return first.lower() in lexicon.post_time_words() and bool(rest) and _role_label(rest, strict=True)


_PERIOD = re.compile(r"\d{4}\s?[–-]\s?(?:\d{2,4})?\Z")


def _period(piece: str) -> bool:
    """ "1954-1967", "1990–": a piece that is only a period of years."""
    return _PERIOD.fullmatch(clean(piece)) is not None


def _note_word(piece: str) -> str:
    return clean(piece).split(" ", 1)[0].lower().strip(".")


# " — as of 2019", " – since 2021": a spaced dash before a lowercase word or a number;
# " — '57–'92": a slide's two-digit year after an apostrophe opens a dated note too.
_DASH_NOTE = re.compile(r"\s[—–-]\s(?=[a-z\d]|['’]\d\d(?!\w))")
_SHORT_YEAR = re.compile(r"['’]\d\d(?!\w)")


def _without_dash_note(text: str) -> str:
    """ "Jane Doe (杜) — as of 2019." → "Jane Doe (杜)": a note after a spaced dash that opens
    with a note word or a number goes (outside brackets)."""
    for dash in _DASH_NOTE.finditer(text):
        head, word = text[: dash.start()], _note_word(text[dash.end() :])
        # "— founding president, 1988 until his death": a rank word and the post restate the
        # post the holder held (its first holder); the note goes as a dated one does.
        restated = _ranked_post_note(split_top_level(text[dash.end() :], ",")[0])
        dated = word[:1].isdigit() or _SHORT_YEAR.match(word) is not None
        # "A (1974–1987) — the man behind X": after a bracketed period the holder is complete,
        # so a lowercase aside after the dash is the writer's comment, whatever its words.
        commented = _period_bracket_closes(head) and word[:1].isalpha()
        if (word in lexicon.post_notes() or dated or restated or commented) and head.count("(") == head.count(")"):
            return head.rstrip()
    return text


_LAST_BRACKET = re.compile(r"\(([^()]{1,60})\)\s?\Z")


def _period_bracket_closes(head: str) -> bool:
    """ "Chair: A (2000–2001)": the text ends in a bracket that holds a period and nothing else."""
    bracket = _LAST_BRACKET.search(head)
    return bracket is not None and holding_period(bracket[1]) is not None


# Emoji and other pictographs a chatty writer closes a line with ("A (since 2019) ❤"), with
# the joiners and variation selectors that build them: no part of a name or a note.
_PICTOGRAPH_PARTS = frozenset({"\u200d", "\ufe0e", "\ufe0f"})


def _without_trailing_pictographs(text: str) -> str:
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _PICTOGRAPH_PARTS or _pictograph(text[end - 1])):
        end -= 1
    return text[:end] if end < len(text.rstrip()) else text


def _pictograph(char: str) -> bool:
    return unicodedata.category(char) == "So"


def _ranked_post_note(note: str) -> bool:
    """ "founding president", "first director", "the last chair": a rank word, then a post."""
    first, _, rest = clean(note).removeprefix("the ").partition(" ")
    ranks = lexicon.first_holder_words() | lexicon.post_time_words()
    return first in ranks and bool(rest) and _role_label(rest, strict=True)


@lru_cache(maxsize=1024)  # pure, a frozen value: the reader and the findings read the same lines
def named_post(text: str) -> Post | None:
    """A post and its holder(s) from one statement, or ``None`` when it names no post."""
    text = _without_trailing_notes(clean(text))
    match = _ROLE_THEN_NAME.match(_role_notes_dropped(text))
    if match and (holder := person_name(match["role"])):  # "Prof. Ana Lima — Rector (since 2019)"
        rest = strip_notes(clean(match["rest"]))
        # "Jo Roe — Chair, Board of Trustees": a post, a comma, the body it heads (``_post_shaped``)
        role = rest if "," in rest and _role_label(rest, strict=True) else _ROLE_END.split(rest, maxsplit=1)[0]
        role = role if _role_label(role, strict=True) else _capitalised_post(role)
        return _post(role, (holder.mention(),)) if _role_label(role, strict=True) else None
    if match and _role_label(match["role"], strict=False):
        holders = _holders(match["rest"])
        stated = _holder_in_sentence(match["role"], match["rest"]) if not holders else None
        if stated:  # "Chairman — the first Chairman of the Board was Dr. A": the holder the sentence names
            return _post(match["role"], stated.holders)
        if holders or (_role_label(match["role"], strict=True) and _names_no_person(match["rest"])):
            return _post(match["role"], holders)
        return None
    pieces = split_top_level(text, ",")
    if len(pieces) >= 2:  # "Name, Role (since 2024)" or "Name, PhD, Role"
        # "Nikolai Baibakov (Nikolai K. Baybakov), chairman": a gloss is a note of the name
        lead = _name_pieces(pieces)  # "Dr. Ir. A B, M.Sc., last Kepala": the post-nominal is the name's
        holder = person_name(", ".join(pieces[:lead])) or person_name(strip_notes(pieces[0]))
        role = strip_notes(", ".join(pieces[lead:]))
        if holder and not _role_label(role, strict=True):
            role = _ROLE_END.split(role, maxsplit=1)[0]  # "Name, Co-director from 1946"
        if holder and _role_label(role, strict=True):
            # "Yuri Maslyukov, chairman 1988–1991": a role in lowercase names the post as titles do;
            # "A, first Kepala, 1978–1998": when the holder held it is no part of the post.
            # A bare title in news prose ("Jo Roe, director and chief executive, took the post
            # in 2015") names the post as the sentence writes it ("Jo Roe, the director, …": a title).
            label = _without_time_words(strip_article(strip_notes(role)))
            bare = strip_article(clean(role)) == clean(role)
            prose = bare and len(pieces) > lead + 1 and clean(pieces[lead + 1])[:1].islower()
            return _post(label if prose else _post_label(label), (holder.mention(),))
        holder = person_name(strip_notes(pieces[-1]))  # "the Chief Executive, Sarah Connor"
        role = strip_article(strip_notes(", ".join(pieces[:-1])))
        if holder and _role_label(role, strict=True):
            return _post(role, (holder.mention(),))
    match = _NAME_THEN_NOTE.match(text)
    if match and (holder := person_name(match["person"])):
        role = _ROLE_END.split(match["inner"], maxsplit=1)[0]
        if _role_label(role, strict=True):
            return _post(role, (holder.mention(),))
    words = strip_notes(text).split()
    for cut in range(1, min(len(words), 8)):  # "President and CEO Jane Doe"
        role, rest = " ".join(words[:cut]), " ".join(words[cut:])
        # "Head of Human Resources": a post's name never ends in a joining word.
        titled = is_title_only(role) and words[cut - 1].lower() not in lexicon.glue_words()
        holder = person_name(rest) if titled and _role_label(role, strict=True) else None
        if holder and not holder.titles:
            return _post(role, (holder.mention(),))
    return _titled_subject(text)


# "Chairman and managing director A. B. Cdef took over in 2024": a post, the holder's
# name, then a verb of holder-start-verbs.csv; the name ends where the verb starts.
_HOLDER_START = re.compile(
    rf"\s(?:{lexicon.spaced_alternation(p for (p,) in lexicon.table('holder-start-verbs'))})(?:\s|[.,]?\Z)"
)


def _titled_subject(text: str) -> Post | None:
    """The post and holder of "<Post> <Name> took over …" (newspaper order), or ``None``."""
    verb = _HOLDER_START.search(text)
    if verb is None:
        return None
    # "Chief executive A B, a company veteran, took over": the aside describes the holder
    words = _DESCRIBING_ASIDE.sub("", text[: verb.start()]).rstrip(", ").split()
    honorifics = {t.title.lower().rstrip(".") for t in lexicon.person_titles()}
    for cut in range(1, min(len(words), 8)):
        role, rest = " ".join(words[:cut]), " ".join(words[cut:])
        last = words[cut - 1].lower()
        if last in lexicon.glue_words() or (last.rstrip(".") in honorifics and not _ends_in_role_word(role)):
            continue  # "Executive Director Dr. A B": the honorific opens the name, not the post
        holder = (
            person_name(rest) if is_title_only(role) and rest[:1].isupper() and _role_label(role, strict=True) else None
        )
        if holder:
            return _post(role, (holder.mention(),))
    return None


def _ends_in_role_word(role: str) -> bool:
    """ "President", "Secretary general": a post whose last word ends a role word, though that
    word is also an honorific ("President", "General"); "Executive Director Dr." is no such post."""
    return any(found.end() == len(role) for found in ROLE.finditer(role))


def _holder_in_sentence(role: str, rest: str) -> Post | None:
    """ "the first Chairman of the Board was Dr. A, formerly …" after "Chairman —": the
    post the sentence gives a holder, when it is the role before the dash."""
    if not rest[:1].islower():
        return None
    post = _role_verb_name(rest)
    outer = ROLE.search(role)
    return post if post and post.holders and outer and role_name(outer["role"]) == post.role else None


def _name_pieces(pieces: list[str]) -> int:
    """How many comma pieces the holder's name takes: two when the second is its
    post-nominals ("Dr. A B, M.Sc., Director"), else one."""
    if len(pieces) < 3:
        return 1
    both = person_name(", ".join(pieces[:2]))
    return 2 if both and both.post_nominals else 1


def _role_notes_dropped(text: str) -> str:
    """ "President and CEO (1988–1990): Robert N. Noyce" → "President and CEO: Robert N.
    Noyce": notes in brackets before the role's colon or dash go (a dash inside them hid
    the separator)."""
    depth, kept = 0, list[str]()
    for index, char in enumerate(text):
        if depth == 0 and (char in ":|" or text.startswith((" — ", " – ", " - "), index)):
            return " ".join("".join(kept).split()) + text[index:] if "(" in text[:index] else text
        depth += (char == "(") - (char == ")")
        if depth == 0 and char != ")":
            kept.append(char)
    return text


def _names_no_person(text: str) -> bool:
    """The words after "Role:" name no one a reader missed: nothing, an office ("the Prime
    Minister (ex officio)", "Minister of Science") or lowercase words ("vacant"). Lowercase
    words before a capitalised person's name ("prof Ken Smith i think", "probably Ann Lee")
    do name one: the holder was not read, which is no post without holder."""
    words = strip_notes(clean(text)).split()
    if not words or not words[0][:1].isupper():
        return not _person_after_lowercase_lead(words)
    # An office: its role opens it or follows at most two plain words ("Minister of Science",
    # "Prime Minister"); "Ms. A and Vice-Chair: Mr. B" holds a role further on but names people.
    # Only a title may come before the role ("Deputy Minister", "Prime Minister"): another
    # capitalised word there may be a given name ("Jeff Dean", "Ann Provost"): no office.
    joined = " ".join(words)
    role = ROLE.search(joined)
    before = joined[: role.start()].split() if role else []
    return role is not None and len(before) <= 2 and (not before or is_title_only(joined[: role.end()]))


def _person_after_lowercase_lead(words: list[str]) -> bool:
    """ "prof Ken Smith i think", "probably Ann Lee": one or two lowercase words that are no
    function word ("an officer of the X Service" is an office), then a person's name."""
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    lead = [w.lower().strip(".,") for w in words[:first]]
    if not 1 <= first <= 2 or any(w in lexicon.function_words() or not w.isalpha() for w in lead):
        return False
    # "Ken Smith" of "Ken Smith i think": the capitalised words (initials too) up to the next lowercase one
    rest = words[first:]
    run = rest[: next((i for i, w in enumerate(rest) if not w[:1].isupper()), len(rest))]
    return 2 <= len(run) <= 5 and person_name(" ".join(run)) is not None


# "Jane Doe has been CEO since 2019", "Jane Doe is the Director of the institute".
_NAME_VERBS = (
    " has been the ",
    " has been ",
    " is the ",
    " is ",
    " was the ",
    " was ",
    " serves as the ",
    " serves as ",
    " served as the ",
    " served as ",
    " became the ",
    " became ",
    # "A held the post of executive director from 2004": an own post only (below)
    " held the post of ",
    " held the office of ",
)
_HELD_POST_OF = frozenset({" held the post of ", " held the office of "})


def _office_described_holder(text: str) -> PersonName | None:
    """The person ``text`` names, also after an office that describes them ("Former President
    Jo Roe", "ex-Minister Ann Lee"): the office is theirs elsewhere, no part of the name."""
    holder = person_name(text)
    words = text.split()
    if holder or len(words) < 3 or words[0].lower().rstrip("-") not in lexicon.former_post_words():
        return holder
    for cut in range(2, min(len(words) - 1, 6)):
        office = " ".join(words[1:cut])
        if is_title_only(office) and ROLE.search(office) and (named := person_name(" ".join(words[cut:]))):
            return named if not named.titles else None
    return None


# "Secretary-General Jo Roe, a Swiss diplomat, has headed the secretariat since 2018",
# "Director Ann Lee heads the institute": a post and its holder open the sentence, an aside
# may follow, then a verb saying the holder leads it now (leading-verbs.csv) and what is led:
# nothing, "it" or a common noun ("the agency"; "the Ministry of X" is another body's office).
_LEADS_NOW = re.compile(
    rf"\s(?:{lexicon.alternation(lexicon.leading_verbs(now_only=True))})"
    r"(?=\s(?:the\s[a-z]{1,30}\b|it\b|since\b|from\b)|[.,;]?\Z)"
)


# ", a Swiss diplomat,", ", the agency's geologist,": an aside describing the holder.
_DESCRIBING_ASIDE = re.compile(r",\s(?:the|a|an)\s[^,()]{1,80},?\Z")


def _titled_lead(text: str) -> Post | None:
    verb = _LEADS_NOW.search(text)
    if not verb:
        return None
    lead = _DESCRIBING_ASIDE.sub("", text[: verb.start()]).rstrip(", ")
    split = _title_then_holder(lead)
    return split if split and not _past_post(split.label) else None


def _title_then_holder(lead: str) -> Post | None:
    """ "Vice-Chancellor Prof. Ann Lee" → the post "Vice-Chancellor" held by "Ann Lee": the
    longest post's name before a person's name (whose honorifics go, none of them a role)."""
    words = lead.split()
    for cut in range(min(len(words) - 2, 7), 0, -1):
        role = " ".join(words[:cut])
        last = words[cut - 1]
        if not (is_title_only(role) and _role_label(role, strict=True)) or last.lower() in lexicon.glue_words():
            continue
        holder = person_name(" ".join(words[cut:]))
        wider = person_name(" ".join(words[cut - 1 :]))
        if wider and holder and wider.name == holder.name and not (ROLE.fullmatch(last) or last.lower() in _QUALIFIERS):
            continue  # "Executive Director Dr. A": the honorific is the holder's, no part of the post
        if holder and not any(ROLE.search(title) for title in holder.titles):
            return _post(role, (holder.mention(),))
    return None


# "His deputy Ann Lee ran the bank as chief executive until 1990", "Jo Roe has run the lab
# as its director": a leading verb, the thing led (a common noun or "it"), then "as" the post.
_LED_AS = re.compile(
    rf"\s(?:{lexicon.alternation(lexicon.leading_verbs(now_only=False))})\s(?:the\s[a-z]{{1,30}}|it)"
    rf"\sas\s(?:its\s|the\s)?(?P<role>(?:(?:{lexicon.alternation(sorted(lexicon.role_modifiers()))})\s)?"
    rf"(?i:{ROLE_WORDS}))\b(?!\s(?:of|for|at)\s)"
)


def _ran_as(text: str) -> Post | None:
    found = _LED_AS.search(text)
    holder = _name_run(text[: found.start()]) if found else None
    if found is None or holder is None or not _role_label(found["role"], strict=True):
        return None
    return _post(found["role"], (holder.mention(),))


# "The last Chairman was Professor Sir Mark Richmond FRS", "The current Director is Jane Doe".
_ROLE_VERBS = (" has been ", " had been ", " is ", " was ")


# "Jo Roe, formerly the treasurer of Acme, served as …": an aside opening with an
# adverb of holder-aside-adverbs.csv between the holder and the verb goes; it names no post.
_HOLDER_ASIDE = re.compile(rf",\s(?:{lexicon.alternation(lexicon.holder_aside_adverbs())})\s[^,;()]{{1,80}},\Z")
# "Julian Roe, Lord Harbury, served as …", "Ann Lee, Baroness Lee of Hale, was …": a peer's style
# (peerage-styles.csv) between the holder's name and the verb is the title held, no part of the name.
_PEERAGE_ASIDE = re.compile(
    rf",\s(?:{lexicon.alternation(lexicon.peerage_styles())})\s[A-ZÀ-Þ][\w'’-]{{1,30}}"
    r"(?:\sof\s[A-ZÀ-Þ][\w'’-]{1,30}(?:\s[A-ZÀ-Þ][\w'’-]{1,30})?)?,\Z"
)


def _name_verb_role(text: str) -> Post | None:
    for verb in _NAME_VERBS:
        index = text.find(verb)
        lead = _PEERAGE_ASIDE.sub("", _HOLDER_ASIDE.sub("", text[:index])) if index > 0 else ""
        holder = _office_described_holder(lead) if lead else None
        if holder:
            role = _without_time_words(_ROLE_END.split(text[index + len(verb) :], maxsplit=1)[0])
            if verb in _HELD_POST_OF and not _own_post(role):
                return None  # "A held the post of Minister of Finance": another body's office
            return _post(role, (holder.mention(),)) if _role_label(role, strict=True) else None
    return None


# "The Secretary now is A": a time adverb between the post and a present "is" (lexicon
# subject-time-adverbs, or a word in -ly: "currently") is no part of the post
_TRAILING_ADVERB = re.compile(r"\s(?P<word>[a-z]{3,12})\Z")
# "A from Brazil, elected in 2021", "A from the United Arab Emirates": where the holder comes from
_FROM_PLACE = re.compile(r"\sfrom\s(?P<place>(?:the\s)?[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,4})(?=[,;.]|\s?\Z)")
# "The head of the service is the Chief Executive, A": the post named after the verb, then its holder
_NAMED_POST_AFTER = re.compile(r"the\s(?P<role>[A-Z][^,;()]{1,60}),\s(?P<rest>.+)")


def _without_trailing_adverb(role: str) -> str:
    found = _TRAILING_ADVERB.search(role)
    if found and (found["word"] in lexicon.subject_time_adverbs() or found["word"].endswith("ly")):
        return role[: found.start()]
    return role


_OF_BODY = re.compile(r"\s(?:of|for)\s[A-Z]")  # "Minister of Fisheries": a post of another body


def _own_post(role: str) -> bool:
    """A post of the organization's own, not another body's office ("the Minister of Fisheries, A"
    may chair it ex officio: his post is the ministry's)."""
    return _role_label(role, strict=True) and _OF_BODY.search(role) is None


def _without_origin(rest: str) -> str:
    """ "A from Brazil, elected in 2021" → "A, elected in 2021" (only a country: "from Acme" stays)."""
    found = _FROM_PLACE.search(rest)
    return rest[: found.start()] + rest[found.end() :] if found and is_country(found["place"]) else rest


def _role_verb_name(text: str) -> Post | None:
    for verb in _ROLE_VERBS:
        index = text.find(verb)
        if index <= 0:
            continue
        role = _without_time_words(text[:index])
        role = _without_trailing_adverb(role) if verb == " is " else role
        rest = _without_origin(text[index + len(verb) :])
        named = _NAMED_POST_AFTER.fullmatch(rest) if verb == " is " else None
        if named and _own_post(named["role"]) and len(inner := _holders(_sentence_stop_dropped(named["rest"]))) == 1:
            return _post(named["role"], inner)  # "The head of X is the Chief Executive, A (in 2023)"
        holders = _holders(rest)  # "Dr. Maria Costa, a physicist"
        if not holders and verb == " is " and rest.lower().startswith("the "):
            # "the agronomist Ana Lima, who chairs the board": a describing word before the
            # name of the present holder ("its first director was the …" is the ordinals')
            described = _narrative_holder(rest)
            holders = (described.mention(),) if described else ()
        if len(holders) == 1 and _ranked_head_word(text[:index]):
            post = _appointed_post(rest)  # "The first head was A, appointed Chief Engineer in 1907"
            return _post(post, holders) if post else None
        if len(holders) == 1 and _role_label(role, strict=True):
            return _post(_fuller_post(role, rest), holders)
        return None
    return None


def _ranked_head_word(role: str) -> bool:
    """ "The first head", "its last leader": a rank word and a generic word for whoever runs a
    body (`descriptive-head-words.csv`) describe the holder and name no post."""
    words = role.lower().split()
    words = words[1:] if words[:1] in (["the"], ["its"], ["their"]) else words
    ranks = lexicon.first_holder_words() | lexicon.last_holder_words()
    return len(words) == 2 and words[0] in ranks and words[1] in lexicon.descriptive_head_words()


# "In 1987–1988 the president was A", "From 2001 to 2005, its director was B": the period
# the holder held the post opens the statement and is no part of the post.
_DATED_OPENING = re.compile(
    r"\A(?:In|From|Between|During)\s\d{4}(?:\s?[–-]\s?\d{2,4}|\s(?:to|and|until)\s\d{4})?,?\s(?=(?:the|its|their)\s)",
    re.I,
)


# "Since 1 March 2021 the Rector has been A", "Since 2019, its director is B": the date the
# present holding began opens the statement (a current holder, so never ``dated``).
_SINCE_OPENING = re.compile(r"\ASince\s(?:(?:\d{1,2}\s)?[A-Z][a-z]{2,8}\s)?\d{4},?\s(?=(?:the|its|their)\s)", re.I)


def _without_time_words(role: str) -> str:
    """ "The last Chairman" → "Chairman", "the current Director" → "Director"."""
    role = _SINCE_OPENING.sub("", _DATED_OPENING.sub("", clean(role)))
    words = role.split()
    while len(words) > 1 and words[0].lower() in lexicon.post_time_words():
        words.pop(0)
    return " ".join(words)


# "President and CEO at the time of the renaming", "Chief Executive at the material time": when
# the holder held it is no part of the post (post-held-at-phrases.csv).
_AT_THE_TIME = re.compile(r"\sat (?:the|that) time\b[^:|]{0,80}\Z", re.I)
_HELD_AT = re.compile(rf"\s(?:{lexicon.alternation(lexicon.post_held_at_phrases())})\Z", re.I)


# "Its Director, A, who …", "Our Executive Director, B" (read as "Its"): the organization's own
# determiner opens the phrase, no part of the post's name.
_OWN_DETERMINER = re.compile(r"\A(?:[Ii]ts|[Tt]heir)\s(?=[A-ZÀ-Þ])")


def _without_determiner(label: str) -> str:
    """ "The Secretary-General", "Its Director": the post's name without the words before it."""
    return _OWN_DETERMINER.sub("", strip_article(label))


def _post(label: str, holders: tuple[Mention, ...]) -> Post:
    label = _without_determiner(strip_notes(clean(label)))  # "Jane Doe, the director": "director"
    label = _HELD_AT.sub("", _AT_THE_TIME.sub("", label))
    words = label.split(" ", 1)
    if len(words) == 2 and words[0].lower() in lexicon.present_post_words():
        label = words[1][:1].upper() + words[1][1:]  # "Present director: …": "Director"
    found = ROLE.search(label)
    if not found:
        return Post(label, label.lower(), holders)
    # "Deputy Chairman" and "Vice-Chancellor" are posts of their own, not the "Chairman".
    before = re.split(r"[\s-]+", label[: found.start()].lower())
    modifiers: list[str] = []
    for word in reversed([w for w in before if w]):
        if word not in lexicon.distinct_post_modifiers():
            break
        modifiers.insert(0, word)
    after = re.split(r"[\s-]+", label[found.end() :].lower())
    trailing = [w for w in after[1:2] if w in lexicon.distinct_post_modifiers()]  # "Director Emeritus"
    return Post(label, " ".join([*modifiers, role_name(found["role"]), *trailing]), holders)


def _role_label(label: str, *, strict: bool) -> bool:
    """A post's name: a role word in a short phrase ("Chair of the Board of Governors");
    not strict: any short capitalised phrase ("Président-directeur") before a person's name."""
    label = strip_notes(clean(label))
    words = label.split()
    halves = label.split("/")
    if len(halves) == 2 and len(words) <= 4 and all(h.strip() and _role_label(h, strict=True) for h in halves):
        return True  # "CEO/Chairman", "Chair / CEO": one person holds both posts
    # "interim Chief Executive": a lowercase qualifier may open a post's name.
    opening = bool(words) and (words[0][0].isupper() or words[0].lower() in _QUALIFIERS or bool(ROLE.match(label)))
    if not 1 <= len(words) <= 10 or re.search(r"\d", label) or not opening:
        return False
    if any(w.lower() in lexicon.sentence_verbs() and not _role_preposition(words, i) for i, w in enumerate(words)):
        return False
    if any(_role_as_verb(words, i) for i in range(1, len(words) - 1)):
        return False  # "The Minister of Health chairs the council": a sentence, not a post
    found = ROLE.search(label)
    if found:
        return person_name(label) is None and _post_shaped(label, found)
    return not strict and len(words) <= 4


def _role_as_verb(words: list[str], index: int) -> bool:
    """ "chairs the", "heads its": a role noun with "-s" before an article is a verb."""
    word = words[index].lower()
    return (
        word.endswith("s")
        and word[:-1] in lexicon.roles()
        and words[index + 1].lower() in {"the", "a", "an", "its", "their", "our"}
    )


def _role_preposition(words: list[str], index: int) -> bool:
    """ "Presidente do IBGE": "do" between a role and a capitalised word is a preposition
    of another language, not the English verb."""
    word = words[index]
    return (
        word in _PREPOSITIONS
        and 0 < index < len(words) - 1
        and words[index + 1][:1].isupper()
        and ROLE.fullmatch(words[index - 1]) is not None
    )


def _post_shaped(label: str, role: re.Match[str]) -> bool:
    """No clause around the role: before it only capitalised words and qualifiers ("Senior
    Vice-President", "the last"), after it a complement ("of the Board", "and CEO",
    "Emeritus") — not "Headed by the Secretary" or "Director, currently X, reports to"."""
    if "," in label:  # "Chairman, Board of Commissioners": a post, then the body it heads
        first, _, body = label.partition(",")
        return role.end() <= len(first) and _role_label(first, strict=True) and _body_name(body)
    before = label[: role.start()].split()
    after = label[role.end() :].split()
    if not all(w[0].isupper() or w.lower() in _QUALIFIERS | _ROLE_JOINERS for w in before):
        return False
    words = [w.lstrip("-") for w in after]  # "Président-directeur général"
    for index, word in enumerate(words):
        if word.lower() in _PREPOSITIONS:
            return True  # "of the observatory": a complement, whatever its words
        joined = word.lower() in _ROLE_JOINERS or _joined_head(words, index)
        if word and not (word[0].isupper() or joined or ROLE.match(word)):
            return False
    return True


def _joined_head(words: list[str], index: int) -> bool:
    """ "Président et chef de la direction", "President and head of research": after a word
    joining two roles, a head noun with its complement is the second role."""
    return (
        0 < index < len(words) - 1
        and words[index].lower() in lexicon.joined_head_words()
        and words[index - 1].lower() in lexicon.role_conjunctions()
        and words[index + 1].lower() in _PREPOSITIONS
    )


def _body_name(text: str) -> bool:
    """ "Board of Commissioners", "GOVERNING COUNCIL": capitalised words with a unit word;
    or an organization's whole name of two words or more ("WWF International", "Andean
    Glacier Observatory"). A lone acronym ("HR", "IT") or a field ("Finance") may be a
    department's, so it makes no post."""
    words = text.split()
    capitalised = all(w[0].isupper() or w.lower() in {"of", "the", "for", "and"} for w in words)
    whole = len(words) > 1 and is_complete_name(text)
    return bool(words) and "," not in text and capitalised and (has_unit_word(text) or whole)


_QUALIFIERS = lexicon.role_modifiers() | lexicon.post_time_words()
_PREPOSITIONS = frozenset(
    {"of", "for", "at", "in", "to", "on", "de", "du", "des", "della", "del", "für", "do", "da", "dos", "das", "der"}
)
_ROLE_JOINERS = lexicon.role_modifiers() | lexicon.role_conjunctions()


# "Lord Grade of Yarmouth (Michael Grade)": a style or peerage, the person's name in brackets.
_STYLED_NAME = re.compile(r"^(?P<style>[A-Z][^()]{1,80}?)\s?\((?P<name>[A-Z][^()\d]{2,60})\)$")


def _holders(text: str) -> tuple[Mention, ...]:
    """The people named in ``text`` ("Jane Doe and John Roe"); none unless every part is one."""
    text = _without_trailing_notes(clean(text))
    styled = _STYLED_NAME.match(text)
    if styled and person_name(styled["style"]) is None and (real := person_name(styled["name"])):
        return (real.mention(),)  # "Lord Grade of Yarmouth (Michael Grade)": the name in brackets
    text = strip_notes(text)
    # "Prof. Hans Müller, FRS": one person, post-nominals after a comma; a holder may be
    # "Jeff Dean" (a role word as family name) here, where a person is expected.
    whole = person_name(text, role_surname=True)
    if whole:
        return (whole.mention(),)
    pieces = split_top_level(text, ",")
    # "Robert N. Noyce, co-inventor of the integrated circuit", "Takaya Sugiura, the last
    # to hold the post": a lowercase description after the name is no part of it.
    # "Ana Lima (since 2019), a glaciologist": the first piece's own bracketed note goes too.
    if len(pieces) > 1 and all(_description(p) for p in pieces[1:]) and (lone := person_name(strip_notes(pieces[0]))):
        return (lone.mention(),)
    # "Shri A. Rao, Hon'ble Minister of State (…), Science & Technology", "Dr. B. Rao, who
    # also holds …, DSIR": a description, a post-nominal or an office after the name opens an
    # appositive that runs to the end of the line.
    if len(pieces) > 1 and _appositive(pieces[1]) and (lone := person_name(strip_notes(pieces[0]))):
        return (lone.mention(),)
    parts = [clean(p) for chunk in pieces for p in split_words_top_level(chunk, "and")]
    parts = [p for q in parts for p in split_words_top_level(q, "&")]
    found = [person_name(part) for part in parts]
    if parts and all(found):
        return tuple(f.mention() for f in found if f)
    return ()


def leader_findings(field: Field) -> list[Finding]:
    """ "Role: <a capitalised holder no reader understood>" gives no post (the post without
    the holder the line names would lose half the statement): say so at the line, keeping
    the text."""
    found: list[Finding] = []
    for line in _role_lines_joined([item.text for item in field.items]):
        for part in (p for sentence in sentences(line) for p in split_top_level(sentence, ";")):
            text = _without_trailing_notes(clean(part))
            match = _ROLE_THEN_NAME.match(_role_notes_dropped(text))
            if match and _role_label(match["role"], strict=False) and named_post(text) is None:
                found.append(
                    Finding(
                        Severity.INFO,
                        "extract.unread-holder",
                        f"the holder of '{clean(match['role'])}' ('{clean(match['rest'])}') is not read as a "
                        "person's name; the post is left out and the line kept as text",
                        match["rest"].strip(),
                    )
                )
    return found


_YEAR = re.compile(r"\b\d{4}\b")


def _appositive(text: str) -> bool:
    """The piece after a holder's name describes them: a description, letters after a name
    ("IAS") or an office ("Hon'ble Prime Minister of India")."""
    text = clean(strip_notes(text))
    words = text.split()
    honoured = bool(words) and is_title_only(words[0]) and ROLE.search(text) is not None  # "Hon'ble Union Minister"
    office = text[:1].isupper() and _names_no_person(text)
    return _description(text) or text in lexicon.post_nominals() or honoured or office


def _description(text: str) -> bool:
    """A note after a holder's name: a lowercase description ("the first holder of the
    post") or a period ("July 1935 to December 1938", "1998–2004", "Sept. 2019 – present")."""
    first = text.split(" ", 1)[0]
    # A month opens a period only with a year ("May 2020", not the given name "May Smith").
    if first[:1].isdigit() or (first.lower().rstrip(".") in lexicon.month_spellings() and _YEAR.search(text)):
        return True
    return first[:1].islower() and first not in {"and", "or", "&"}


# "… governed by a Governing Body chaired by the": a named body right before the post.
# "… by a Governing Body chaired by …", "A Board of Directors, chaired by …": a body named
# just before (after a verb or opening the sentence), its comma allowed.
_BODY_BEFORE = re.compile(
    r"(?:\s(?:by|to|with)\s|(?:\A|[.;]\s)\s?)(?:a|an|the|its|A|An|The|Its)\s(?:[A-Z][\w-]*\s|of\s|for\s){1,5}\Z"
)


def _chaired_body(before: str, led_by: str) -> bool:
    """ "a Governing Body chaired by the Director General": a definite post that heads a body
    named just before is that body's chair, a post stated elsewhere, not one stated here."""
    return " the " in f" {led_by.lower()} " and _BODY_BEFORE.search(before.rstrip(", ") + " ") is not None


def drop_duplicate_posts(fields: list[FieldFacts]) -> list[FieldFacts]:
    """ "Headed by a Director" in the structure and "Director of X" under Leader are one
    post: the Leader field's wording wins."""
    leader_posts = [fact for ff in fields if ff.slug == "leader" for fact in ff.facts if isinstance(fact, Post)]
    leader_roles = {fact.role for fact in leader_posts}
    # "headed by the Chairman and CEO" and "A has been Chairman and CEO since 2013" are
    # one post whatever role word each reading took: the same name (without its case) is the same post.
    leader_labels = {fact.label.casefold() for fact in leader_posts}
    if not leader_roles:
        return fields  # nothing to drop (and no field copied)
    return [
        ff
        if ff.slug == "leader"
        else replace(
            ff,
            facts=tuple(
                f
                for f in ff.facts
                if not (isinstance(f, Post) and (f.role in leader_roles or f.label.casefold() in leader_labels))
            ),
        )
        for ff in fields
    ]


# --- successions and appositive holders in narrative prose ---------------------------------

# "its President, Dr A, who …", "Its 27th President, Dr B, elected …" ("our" already read as
# "its"): a post of this body, then its holder between commas (or before the stop).
_ITS_POST_APPOSITIVE = re.compile(
    r"\b[Ii]ts\s(?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]{4,12}(?:st|nd|rd|th))\s)?"
    r"(?P<role>[A-Z][\w-]{1,20}(?:\s[A-Z][\w-]{1,20}){0,4}),\s"
    r"(?P<name>[^,;()]{3,80}?)(?=,|\.?\Z|\s\()"
)
# "A, the ninth President (1983–1985), …", "B, the tenth and last President, who …": the holder,
# then an ordinal of ordinal-words.csv (or "last") and the post, then a bracket or a comma.
_ORDINAL_APPOSITIVE = re.compile(
    r",\s(?:the|its)\s(?P<ord>[a-z]{4,12})(?:\sand\slast)?\s"
    rf"(?P<role>(?:[A-Z][\w-]{{1,20}}\s){{0,2}}(?i:{ROLE_WORDS}))(?=\s\(|,|\.?\Z)"
)
# "…, who was followed by B", "was succeeded as Chairman in 1930 by C", ", succeeding D": the
# holder named after the verb held the post of the holder read before it (or the post "as" names).
_SUCCESSION = re.compile(
    r"\b(?:was|were)\s(?:followed|succeeded|replaced)(?:\sas\s(?P<as>[A-Z][^,;()]{1,60}?))?"
    r"(?:\s(?:in|from)\s\d{4})?\sby\s"
)
# "A is Director, having succeeded B", "…, who succeeded B (2019–2023)": B held the
# post of the holder read before the verb (the active voice of the above). A bare ", succeeding
# B" is no statement of B's post (test_extract_people: "held the post, succeeding Dr B").
_SUCCEEDED_ACTIVE = re.compile(r",\s(?:who|having)\ssucceeded\s(?=[A-Z])")
# "earlier Chairpersons included A, who …, and B": a plural post of this body, then its holders.
_EARLIER_HOLDERS = re.compile(
    r"\A(?i:earlier|former|past|previous|other\sformer)\s(?P<role>[A-Z][\w-]{2,30}(?:\s[A-Z][\w-]{1,30}){0,2})"
    r"\s(?:have\s)?included\s(?=[A-Z])"
)
# "were Commissioners A and B": a plural post in capitals right before two or more names.
_PLURAL_POST_NAMES = re.compile(r"\s(?:were|are|included)\s(?P<role>[A-Z][a-z]{3,20}s)\s(?=[A-Z])")
_LIST_STOP = re.compile(r",\s(?:while|whereas|but|though|who|whose|which)\s|[;:]|\.\s|\.?\Z")
_WHO_CLAUSE = re.compile(r",\swho\s[^,]{1,120},")
_LIST_SPLIT = re.compile(r",\s(?:and\s)?|\sand\s")


def _holder_at_start(text: str) -> PersonName | None:
    """The person's name that opens ``text`` up to a comma, a bracket, a term or the stop."""
    head = _HOLDER_END.split(text.strip(), maxsplit=1)[0].strip().rstrip(".")
    # "Sir Harry McGowan", "Colonel E. G. Montgomery": the titles go with person_name.
    return person_name(head) if head else None


def _named_list(text: str) -> list[PersonName] | None:
    """Every person "A, B and C" (relative clauses ", who …," dropped) names, up to the end of
    the clause; none unless every piece is a person's name and there are two at least."""
    text = _WHO_CLAUSE.sub(",", text)
    stop = _LIST_STOP.search(text)
    body = text[: stop.start()] if stop else text
    pieces = [p.strip() for p in _LIST_SPLIT.split(body) if p.strip()]
    names = [person_name(p) for p in pieces]
    found = [n for n in names if n is not None]
    return found if len(found) >= 2 and len(found) == len(pieces) else None


def _last_holder_post(text: str, facts: list[Fact]) -> str | None:
    """The post of the holder whose name occurs last in ``text`` among the posts read."""
    best: tuple[int, str] | None = None
    for fact in facts:
        if not isinstance(fact, Post):
            continue
        names = [h.name for h in fact.holders] + [h.holder.name for h in fact.holdings]
        for name in names:
            at = text.rfind(name)
            if at >= 0 and (best is None or at >= best[0]):
                best = (at, fact.label)
    return best[1] if best else None


def _succession_posts(parts: list[str], facts: list[Fact]) -> list[Fact]:
    """The holders narrative prose names around a succession or in an appositive:
    "its President, Dr A, who …"; "A, the ninth President (dates)"; "A …, who was followed by
    B" (B held A's post); "was succeeded as Chairman by D" (D the Chairman); "earlier
    Chairpersons included F, who …, and G"; "were Commissioners H and J"."""
    found: list[Fact] = []
    for text in parts:
        for its in _ITS_POST_APPOSITIVE.finditer(text):
            holder = _name_run(its["name"])
            if holder and _role_label(its["role"], strict=True):
                found.append(_post(its["role"], (holder.mention(),)))
        for ordinal in _ORDINAL_APPOSITIVE.finditer(text):
            if ordinal["ord"] not in lexicon.ordinal_words() and ordinal["ord"] != "last":
                continue
            holder = _name_run(text[: ordinal.start()])
            if holder and _role_label(ordinal["role"], strict=True):
                found.append(_post(ordinal["role"], (holder.mention(),)))
        known = facts + found
        for succession in [*_SUCCESSION.finditer(text), *_SUCCEEDED_ACTIVE.finditer(text)]:
            holder = _holder_at_start(text[succession.end() :])
            role = succession.groupdict().get("as") or _last_holder_post(text[: succession.start()], known)
            if holder and role and _role_label(role, strict=True) and not re.search(r"\s(?:of|for|at)\s", role):
                found.append(_post(role, (holder.mention(),)))
        earlier = _EARLIER_HOLDERS.match(text)
        plural = earlier or _PLURAL_POST_NAMES.search(text)
        role = singular_role(plural["role"]) if plural else None
        names = _named_list(text[plural.end() :]) if plural and role else None
        if role and names and _role_label(role, strict=True):
            found.extend(_post(role, (name.mention(),)) for name in names)
    return found


# --- past holders told in running prose -------------------------------------------------------
# Each phrasing below is rewritten into the statements the readers above already read: "Former
# <Post>: <Name> (<period>)" for a past holder, "<Post>: <Name> (since <year>)" for a current one.
# A phrasing that does not fit every check gives nothing (the other readers read the sentence).

# "former president Ann Lee resigned …", "His predecessor, former chairman Jo Roe, served …":
# a word of narrative-past-holder-words.csv, a post and a person's name, then a lowercase verb.
_PAST_LEAD = re.compile(
    r"\A(?:(?:His|Her|Their)\s(?:immediate\s)?predecessor,\s)?(?P<word>[A-Za-z]{2,12})[\s-](?P<rest>[A-Za-z].{0,300})\Z"
)
# A period of a finished term after the verb: "from 2004 to 2011", "between 1990 and 1995".
_TERM = r"(?:from|between)\s\d{4}\s(?:to|and|until)\s\d{4}"
_CLOSED_TERM = re.compile(rf"\b{_TERM}\b")
# "Jo Roe was president from 1980 to 1991", "He replaced Jo Roe, president from 2011 to 2021".
_WAS_ROLE_TERM = re.compile(
    r"\A(?P<name>[A-ZÀ-Þ][^,;()]{2,60}?)\s(?:was|served\sas)\s(?:the\s)?(?P<role>[A-Za-z][^,;()]{1,60}?)\s"
    rf"(?P<term>{_TERM})\.?\Z"
)
_REPLACED_TERM = re.compile(
    r"\A(?:He|She)\s(?:replaced|succeeded)\s(?P<name>[A-ZÀ-Þ][^,;()]{2,60}),\s(?:the\s)?(?P<role>[A-Za-z][^,;()]{1,60}?)\s"
    rf"(?P<term>{_TERM})\.?\Z"
)
# "He succeeded Jo Roe, a chemist, who was president from 2009 to 2019": the clause names the
# post and its finished term; an aside describing the holder ("a chemist") may come before it.
_SUCCEEDED_WHO_WAS = re.compile(
    r"\A(?:He|She)\s(?:replaced|succeeded)\s(?P<name>[A-ZÀ-Þ][^,;()]{2,60}),(?:\s(?:a|an|the)\s[a-z][^,;()]{0,60},)?"
    rf"\swho\s(?:was|had\sbeen)\s(?:the\s)?(?P<role>[A-Za-z][^,;()]{{1,60}}?)\s(?P<term>{_TERM})\.?\Z"
)
# "Earlier chairmen included A (2004–2010) and B, who was chairman from 1966 to 1996", "Earlier
# holders of the post, who had the title of Director, include A (2017–2023), …": a word of
# earlier-holder-list-words.csv, the plural post (or the post named in the clause), the verb, the holders.
_EARLIER_LIST = re.compile(
    r"\A(?P<word>[A-Za-z][a-z]{2,12})\s(?P<head>[^,;()]{3,60}?)"
    r"(?:,\swho\s(?:had|held|bore)\sthe\stitle\sof\s(?P<title>[A-Z][^,;()]{1,40}),)?"
    r"\s(?:have\s)?(?:included|include)\s(?P<rest>[A-ZÀ-Þ].{0,600})\Z"
)
_AND_WORD = re.compile(r"(?:\A|\s)and(?:\s|\Z)")  # "A (2004–2010) and B", "… and, much earlier, C"
_HOLDERS_OF_POST = re.compile(r"\Aholders\sof\sthe\s(?:[a-z]{2,12}\s)?(?:post|office|position)\Z")
_LIST_ITEM = re.compile(r"\A(?P<name>[A-ZÀ-Þ][^,;()]{2,60}?)(?:\s\((?P<period>[^()]{4,30})\))?\Z")
_WHO_WAS_TERM = re.compile(rf"\Awho\swas\s(?:the\s)?(?P<role>[A-Za-z][^,;()]{{1,60}}?)\s(?P<term>{_TERM})\Z")
# "(in office in 2014)", "(in post in 2009)": a year a listed holder held the post, no period.
_IN_OFFICE_IN = re.compile(r"\Ain\s(?:office|post)\sin\s\d{4}\Z")
# ", who later served as Chief Executive Officer of another body,": a clause about a listed
# holder between commas (or at the end) that names no term of this post; it goes before the split.
_WHO_ASIDE = re.compile(r",\swho\s(?P<clause>[a-z][^,;()]{1,120})(?=,|\.?\Z)")
# "…, and C, the first Chief Executive (2008–2009)": the last holder listed ranked first (or
# last) in the post the list names, with the period of holding.
_RANKED_ITEM = re.compile(
    r"\Athe\s(?P<rank>[a-z]{3,12})\s(?P<role>[A-Za-z][^,;()]{1,60}?)(?:\s\((?P<period>[^()]{4,30})\))?\Z"
)
# "before him the post was held by A (2008 to 2013) and by B (1996 to 2008), who …"
_BEFORE_POST_HELD = re.compile(
    r"\A[Bb]efore\s(?:him|her|them),?\sthe\s(?:post|office|position)\swas\sheld\sby\s(?P<rest>[A-ZÀ-Þ].{0,400})\Z"
)
_BY_ITEMS = re.compile(r",?\sand\sby\s|,\sby\s")
# "(As far as I know,) A took over the post in 2024 from B, who had been Chief Statistician since 2016."
_TOOK_OVER_FROM = re.compile(
    r"\A(?:[A-Z][^,;()]{2,40},\s)?(?P<new>[A-ZÀ-Þ][^,;()]{2,60}?)\stook\sover\s(?:the\s(?:post|office|position)\s)?"
    r"(?:in\s(?P<year>\d{4})\s)?from\s(?P<old>[A-ZÀ-Þ][^,;()]{2,60}?),\swho\shad\sbeen\s(?:the\s)?"
    r"(?P<role>[A-Z][^,;()]{1,60}?)\s(?:since|from)\s\d{4}\.?\Z"
)
# "Chief executive Jo Roe, a company veteran, took over in April 2019 from Ann Lee": a post and
# its holder in a newsroom's order, the verb, then the holder before (holder-start-verbs.csv).
_TITLED_TOOK_OVER_FROM = re.compile(
    r"\A(?P<lead>[A-Z][^;()]{2,160}?)\stook\sover\s(?:the\s(?:post|office|position)\s)?"
    r"(?:in\s(?:[A-Z][a-z]{2,8}\.?\s)?(?P<year>\d{4})\s)?from\s(?P<old>[A-ZÀ-Þ][^,;()]{2,60}?)\.?\Z"
)
# "At the time of the merger the Chairman was A (from 2010) and the Chief Executive Officer was
# B (from 2004)": the holders when the organization ended (a past time of narrative-end-openers.csv).
_AT_THE_END = re.compile(r"\AAt\sthe\stime\sof\s(?:the|its)\s(?P<event>[a-z]{3,20}),?\s(?P<rest>the\s[A-Z].{0,300})\Z")
_AND_THE = re.compile(r"\sand\s(?=the\s[A-Z])")
_WAS_HOLDER = re.compile(
    r"\Athe\s(?P<role>[A-Z][^,;()]{1,60}?)\swas\s(?P<name>[A-ZÀ-Þ][^,;()]{2,60}?)(?:\s\((?:from|since)\s\d{4}\))?\.?\Z"
)


def _past_statement(role: str, name: str, period: str = "") -> str:
    # a capital first letter: the past-holder readers take "Former <Post>:" as a label line
    return f"Former {role[0].upper()}{role[1:]}: {name}" + (f" ({period})" if period else "")


def _closed_term(note: str) -> bool:
    period = holding_period(note)
    return period is not None and period[2] and period[1] is not None


def _narrative_lead(text: str) -> list[str]:
    """ "Former president Ann Lee ran the bank from 2004 to 2011." → ["Former President: Ann Lee
    (from 2004 to 2011)"]; a finished term only, any other note goes."""
    found = _PAST_LEAD.match(text)
    if found is None or found["word"].lower() not in lexicon.narrative_past_holder_words():
        return []
    words = found["rest"].split()
    verb = next((i for i, w in enumerate(words) if i >= 2 and w[:1].islower()), None)
    if verb is None or not _past_verb(words[verb]):
        return []
    lead = " ".join(words[:verb]).rstrip(",")
    post = _title_then_holder(lead)
    if post is None or len(post.holders) != 1 or not _own_post(post.label):
        return []
    term = _CLOSED_TERM.search(" ".join(words[verb:]))
    period = term[0] if term and _closed_term(term[0]) else ""
    return [_past_statement(post.label, post.holders[0].name, period)]


def _past_verb(word: str) -> bool:
    word = word.rstrip(",.;")
    return (word.endswith("ed") and len(word) > 3) or word in lexicon.narrative_past_verbs()


def _was_role_term(text: str) -> list[str]:
    """ "Jo Roe was president from 1980 to 1991", "He replaced Jo Roe, president from 2011 to
    2021": a past holder of the post with a finished term (not a current one)."""
    found = _WAS_ROLE_TERM.match(text) or _REPLACED_TERM.match(text) or _SUCCEEDED_WHO_WAS.match(text)
    if found is None or not _closed_term(found["term"]) or not _own_post(found["role"]):
        return []
    holder = person_name(found["name"])
    return [_past_statement(found["role"], holder.name, found["term"])] if holder else []


def _earlier_list(text: str, identity: Identity | None) -> list[str]:
    """ "Earlier chairmen included A (2004–2010) and B, who was chairman from 1966 to 1996" →
    a past holder's statement per name; [] when any piece is no holder of that post."""
    found = _EARLIER_LIST.match(text.rstrip("."))
    if found is None or found["word"].lower() not in lexicon.earlier_holder_list_words():
        return []
    if found["title"]:
        role = found["title"] if _HOLDERS_OF_POST.match(found["head"]) and _own_post(found["title"]) else None
    else:
        role = _own_complement_dropped(singular_role(found["head"]), identity)
    if not role or role.lower() in lexicon.descriptive_head_words():
        return []
    statements: list[str] = []
    rest = _WHO_ASIDE.sub(_who_aside_dropped, found["rest"])
    pieces = [p.strip() for p in split_top_level(rest, ",") for p in _AND_WORD.split(p)]
    for piece in pieces:
        ranked = _RANKED_ITEM.match(piece)
        if ranked and statements:
            if not _ranked_as(ranked, role) or (ranked["period"] and not _closed_term(ranked["period"])):
                return []
            period = f" ({ranked['period']})" if ranked["period"] else ""
            statements[-1] = statements[-1].split(" (")[0] + period
            continue
        clause = _WHO_WAS_TERM.match(piece)
        if clause and statements and singular_role(clause["role"]) in (None, role):
            if clause["role"].lower() != role.lower() or not _closed_term(clause["term"]):
                return []
            statements[-1] = statements[-1].split(" (")[0] + f" ({clause['term']})"
            continue
        if not piece or piece == piece.lower():  # "and", "much earlier": no holder
            continue
        item = _LIST_ITEM.match(piece)
        holder = person_name(item["name"]) if item else None
        period = _ranked_period(item["period"]) if item and item["period"] else ""
        # "(in office in 2014)": a year the holder was seen in the post dates nothing
        period = "" if _IN_OFFICE_IN.match(period) else period
        if item is None or holder is None or (period and not _closed_term(period)):
            return []
        statements.append(_past_statement(role, holder.name, period))
    return statements if len(statements) >= 2 else []


def _who_aside_dropped(found: re.Match[str]) -> str:
    """A who-clause of a holders list goes unless it gives the holder's term of the post
    ("who was chairman from 1966 to 1996"), which the list reader reads."""
    return found[0] if _WHO_WAS_TERM.match("who " + found["clause"]) else ""


def _ranked_as(found: re.Match[str], role: str) -> bool:
    """ "the first Chief Executive Officer" after holders of "Chief Executive Officer": a rank
    word of first-holder-words.csv or last-holder-words.csv before the list's own post."""
    ranks = lexicon.first_holder_words() | lexicon.last_holder_words()
    return found["rank"] in ranks and found["role"].lower() == role.lower()


# "the first, 1830–1855": a rank word of first-holder-words.csv, a comma, then the period.
_RANKED_PERIOD = re.compile(r"\A(?:the\s)?(?P<rank>[a-z]{3,12}),\s(?P<period>\S.{0,40})\Z")


def _ranked_period(note: str) -> str:
    """ "the first, 1948–1953" → "1948–1953": a holder's bracket that ranks them first before
    the period keeps the period; any other note as written."""
    found = _RANKED_PERIOD.match(note.strip())
    return found["period"] if found and found["rank"] in lexicon.first_holder_words() else note


def _before_post_held(text: str, before: str) -> list[str]:
    """ "A has been President since 2013; before him the post was held by B (2008 to 2013) and
    by C (1996 to 2008)": B and C held the post ``before`` names with its holder."""
    found = _BEFORE_POST_HELD.match(text.rstrip("."))
    post = _name_verb_role(before) or _role_verb_name(before) if found else None
    if found is None or post is None or len(post.holders) != 1:
        return []
    statements: list[str] = []
    for item in _BY_ITEMS.split(found["rest"]):
        head = item.split(", who ")[0].strip()
        named = _LIST_ITEM.match(head)
        holder = person_name(named["name"]) if named else None
        if named is None or holder is None or (named["period"] and not _closed_term(named["period"])):
            return []
        statements.append(_past_statement(post.label, holder.name, named["period"] or ""))
    return statements


def _took_over_from(text: str) -> list[str]:
    """ "A took over the post in 2024 from B, who had been Chief Statistician since 2016": A
    holds the post now (since the year given), B held it before."""
    found = _TOOK_OVER_FROM.match(text)
    if found is None or not _own_post(found["role"]):
        return []
    new, old = person_name(found["new"]), person_name(found["old"])
    if new is None or old is None:
        return []
    since = f" (since {found['year']})" if found["year"] else ""
    return [f"{found['role']}: {new.name}{since}", _past_statement(found["role"], old.name)]


def _titled_took_over_from(text: str) -> list[str]:
    """ "Chief executive Jo Roe, a company veteran, took over in April 2019 from Ann Lee": Jo Roe
    holds the post now (since the year given), Ann Lee held it before; [] unless a known post
    and two persons' names are read."""
    found = _TITLED_TOOK_OVER_FROM.match(text)
    lead = _DESCRIBING_ASIDE.sub("", found["lead"]).rstrip(", ") if found else ""
    post = _title_then_holder(lead) if found else None
    old = person_name(found["old"]) if found else None
    if found is None or post is None or len(post.holders) != 1 or old is None or not _own_post(post.label):
        return []
    since = f" (since {found['year']})" if found["year"] else ""
    return [f"{post.label}: {post.holders[0].name}{since}", _past_statement(post.label, old.name)]


def _at_the_end(text: str) -> list[str]:
    """ "At the time of the merger the Chairman was A (from 2010) and the CEO was B": the last
    holders of an organization that ended (the event in narrative-end-events.csv): past holders."""
    found = _AT_THE_END.match(text.rstrip("."))
    if found is None or found["event"] not in lexicon.narrative_end_events():
        return []
    statements: list[str] = []
    for piece in _AND_THE.split(found["rest"]):
        clause = _WAS_HOLDER.match(piece.strip())
        holder = person_name(clause["name"]) if clause else None
        if clause is None or holder is None or not _own_post(clause["role"]):
            return []
        statements.append(_past_statement(clause["role"], holder.name))
    return statements


def _narrative_past_statements(sentence: str, identity: Identity | None) -> list[str]:
    """The sentence's statements with each narrative past-holder phrasing rewritten
    (see above); [] when none is, so that the other readers read the sentence as written."""
    pieces = split_top_level(clean(sentence), ";")
    out: list[str] = []
    changed = False
    for index, piece in enumerate(pieces):
        piece = _without_opener(clean(piece))  # "Then A was chairman from 1969 to 1972"
        rewritten = (
            _narrative_lead(piece)
            or _was_role_term(piece)
            or _earlier_list(piece, identity)
            or _took_over_from(piece)
            or _titled_took_over_from(piece)
            or _at_the_end(piece)
            or (_before_post_held(piece, clean(pieces[index - 1]).rstrip(".")) if index else [])
        )
        changed = changed or bool(rewritten)
        out += rewritten or [piece]
    return out if changed else []
