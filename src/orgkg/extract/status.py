"""The field-status layer: what a field's text says about the existence of its value.

``extract()`` asks this layer first, for every field; a value reader runs only when the
status is ``stated``, so the explanation after "N/A —" or "None;" is never read as a value.
The phrases are data (``ontology/lexicon/status-phrases.csv``):

- a *lead* phrase decides when the field opens with it, whatever follows ("Not applicable —
  the office closed in 1995", "None; NSF is an independent agency", "N/A (dissolved)");
- a *clause* phrase also decides inside the field's first sentence ("ISO has no parent
  organization; it is independent.", "The budget is not disclosed."), but only when that
  sentence is the whole field, or the field has two sentences and is not a narrative one
  (History ...): one negation inside a story is a detail of it, not the field's status;
- a negation followed by a contrast in the same sentence ("is not under a single parent but
  is coordinated by ...") states a value, and so does a look-alike ("no fewer than"); in
  Legislation, "not established by legislation but launched by …" with no instrument named
  is notApplicable, its contrast still read (``StatusReading.reads_on``);
- a *hedge* of not knowing decides when the field opens with it ("not sure - they claim ~50k
  volunteers"), like a lead phrase, but is no not-public word inside a text (``NOT_PUBLIC``);
- a *placeholder* (a note-to-self: "(TODO)", "???", "check this") decides only as the field's
  whole content, or opening one bracket that is the whole field.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from heapq import merge
from itertools import dropwhile, islice

from orgkg.model import Field, FieldStatus, Item

from . import lexicon
from .dates import dated_lead
from .numbers import amounts, word_amounts
from .sentences import iter_split
from .sentences import split as split_sentences
from .text import (
    BE_FORMS,
    INSTRUMENT_WORD,
    PipeTable,
    closing_labelled_value,
    pipe_tables,
    record,
    record_key,
    without_tables,
)

_LEAD, _CLAUSE = "lead", "clause"
_HEDGE, _PLACEHOLDER = "hedge", "placeholder"
_REFUSAL_LEAD = "refusal"  # "Don't go looking for departments — …": the explanation may say why
_GUARD, _CONTRAST = "stated", "contrast"


@dataclass(frozen=True)
class StatusPhrase:
    phrase: str  # lowercase, single spaces
    status: str  # a FieldStatus value, or "stated" / "contrast"
    where: str  # "lead", "clause", "hedge" (a lead of not knowing), "refusal" or "placeholder"
    fields: frozenset[str] | None  # None: any field

    def applies_to(self, heading: str | None) -> bool:
        return self.fields is None or heading in self.fields


@dataclass(frozen=True)
class StatusReading:
    """The status a field's text gives its value, and the words that decided it."""

    status: FieldStatus
    phrase: str | None = None  # the status phrase as written in the text; None when stated
    # "was not established by specific legislation but was launched by executive action": no
    # founding legislation (the status), and the contrast still tells how it was founded
    reads_on: bool = False

    @property
    def stated(self) -> bool:
        return self.status is FieldStatus.STATED


@cache
def status_phrases() -> tuple[StatusPhrase, ...]:
    allowed = {s.value for s in FieldStatus} - {FieldStatus.STATED.value, FieldStatus.EMPTY.value}
    rows: list[StatusPhrase] = []
    for phrase, status, where, fields in lexicon.table("status-phrases"):
        if status not in allowed | {_GUARD, _CONTRAST} or where not in (
            _LEAD,
            _CLAUSE,
            _HEDGE,
            _REFUSAL_LEAD,
            _PLACEHOLDER,
        ):
            raise lexicon.LexiconError(f"lexicon/status-phrases.csv: bad row {phrase!r}, {status!r}, {where!r}")
        scope = None if fields == "*" else frozenset(f.strip() for f in fields.split(";"))
        rows.append(StatusPhrase(" ".join(phrase.lower().split()), status, where, scope))
    return tuple(rows)


@cache
def narrative_headings() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.table("narrative-headings"))


@cache
def _figure_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in lexicon.table("figure-nouns"))


@cache
def _figure_headings() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.table("figure-headings"))


# "No consolidated figure", "no figure is given": "no", at most two words, a figure noun.
_WORD = re.compile(r"[^\W\d_][\w'-]{0,40}")


def _denies_a_figure(text: str) -> str | None:
    """The words "no ... <figure noun>" when ``text`` opens with "no" and, within three words,
    a figure noun: the figure is not public ("No separate headcount is published"), which is
    not "there is none"."""
    words = text.split(None, 4)
    if not words or words[0].lower() != "no":
        return None
    for at, word in enumerate(words[1:4], 1):
        found = _WORD.match(word)
        if found is None:
            return None
        if found.group().lower() in _figure_nouns():
            return " ".join([*words[:at], found.group()])
        if found.end() < len(word):  # punctuation ends the noun phrase ("No, ...", "no staff.")
            return None
    return None


# "No separate enacted budget for the hospital is publicly specified", "and no
# itemised figure is published": "no", a noun phrase of letters only, a form of "be", at most one
# filler ("publicly"), then a participle that says the value was not given out.
_NO_PHRASE_START = re.compile(r"\Ano\s|,\s(?:and|but)\sno\s|;\sno\s", re.I)
_BE_FORMS = frozenset({"is", "are", "was", "were"})
_NO_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’-]{0,40}")


@cache
def _withheld_participles() -> frozenset[str]:
    """ "published", "disclosed", "specified" (status-unentered-reasons.csv, role verb)."""
    return frozenset(w.lower() for w, role in lexicon.table("status-unentered-reasons") if role == "verb")


def _no_figure_withheld(sentence: str, heading: str | None, *, anywhere: bool) -> str | None:
    """The words "no … is (publicly) published" that open ``sentence`` (or, ``anywhere``, open
    a clause after ", and", ", but" or ";"), in a figure field: the value exists but is not
    public. The noun phrase holds two to seven words with no mark or digit ("No budget is
    enacted" says nothing of publishing and stays a denial)."""
    if heading not in _figure_headings():
        return None
    for start in _NO_PHRASE_START.finditer(sentence):
        if start.start() > 0 and not anywhere:
            return None
        at = start.end()
        words = sentence[at : at + 200].split(" ")[:11]
        for n, word in enumerate(words):
            if n > 7 or not _NO_PHRASE_WORD.fullmatch(word):
                break
            if n == 0 or word.lower() not in _BE_FORMS:
                continue
            rest = [w.rstrip(".,;:") for w in words[n + 1 : n + 3]]
            if rest and rest[0].lower() in _negation_fillers():
                rest = rest[1:]
            if rest and rest[0].lower() in _withheld_participles():
                first = start.group().lower().rindex("no")
                end = sentence.index(rest[0], at + len(" ".join(words[: n + 1])))
                return sentence[start.start() + first : end + len(rest[0])]
            break
    return None


@cache
def _negation_fillers() -> tuple[str, ...]:
    return tuple(row[0].lower() for row in lexicon.table("status-negation-fillers"))


def _filler_group() -> str:
    """At most two filler words after "not" ("not been separately ascertained")."""
    return rf"(?:\s+(?:{'|'.join(re.escape(w) for w in _negation_fillers())})){{0,2}}"


# Auxiliaries a Spanish or Portuguese writer puts after the negation ("Not was created by a
# law", from "No fue creado por ley"): "not <aux> X" reads as the row "<aux> not X".
_AUXILIARIES = frozenset({"was", "is", "were", "are"})


def _romance_order(phrase: str) -> str | None:
    """ "not was created by" for the row "was not created by"; None for other rows."""
    words = phrase.split()
    if len(words) > 2 and words[0] in _AUXILIARIES and words[1] == "not":
        return " ".join(["not", words[0], *words[2:]])
    return None


# The verb of a row's third-person subject as it agrees with a first-person one: an
# organization writing of itself says "We are not part of any ministry" for the row "is not part of".
_PLURAL_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}
_SINGULAR_VERBS = {plural: singular for singular, plural in _PLURAL_VERBS.items()}


def _first_person_forms(phrase: str) -> list[str]:
    """ "we are not part of" for the row "is not part of"; none for rows without such a verb."""
    verb, _, rest = phrase.partition(" ")
    if verb not in _PLURAL_VERBS or not rest:
        return []
    return [f"{we} {_PLURAL_VERBS[verb]} {rest}" for we in sorted(lexicon.first_person_words("subject"))]


def _canonical(found: str) -> str:
    """``found`` lowercased, single-spaced, without the fillers after a leading "not", and an
    auxiliary after a leading "not" put back after it ("not was created by"); a first-person
    subject and its verb read as the row's verb ("we are not part of": "is not part of")."""
    words = found.lower().split()
    if len(words) > 2 and words[0] in lexicon.first_person_words("subject") and words[1] in _SINGULAR_VERBS:
        words = [_SINGULAR_VERBS[words[1]], *words[2:]]
    if len(words) > 2 and words[0] == "not" and words[1] in _AUXILIARIES:
        return " ".join([words[1], "not", *words[2:]])
    if len(words) < 3 or words[0] != "not":
        return " ".join(words)
    rest = words[1:]
    for _ in range(2):
        if len(rest) > 1 and rest[0] in _negation_fillers():
            rest = rest[1:]
    return " ".join(["not", *rest])


_APOSTROPHE = "['’]"


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    """Literal phrases, longest first, matched as whole words, any run of spaces between words;
    after a leading "not", up to two filler words ("not separately disclosed"); "was not X" also
    as "not was X"."""
    words: list[str] = []
    others: list[str] = []
    fillers = _filler_group()
    phrases = [
        *phrases,
        *(v for v in map(_romance_order, phrases) if v is not None),
        *(v for phrase in phrases for v in _first_person_forms(phrase)),
    ]
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        # a typed apostrophe or a typographic one ("don’t know")
        body = r"\s+".join(re.escape(word) for word in phrase.split()).replace("'", _APOSTROPHE)
        if phrase.startswith("not ") and len(phrase.split()) > 1:
            body = "not" + fillers + body[len("not") :]
        # a dash counts alone or before a space ("— see History"), never glued to a word; a word
        # phrase never ends inside a hyphenated compound ("Is absent-minded", "None-the-less")
        after = r"(?![\w/]|-\w)" if phrase[-1].isalnum() or phrase[-1] == "." else r"(?!\S)"
        (words if phrase[0].isalnum() else others).append(body + after)
    # The word boundary is tested once before all the phrases that start with a letter or
    # digit, not once per phrase (10x faster to scan). Same matches: a phrase that starts
    # with a word character and one that does not never match at the same place.
    parts = [rf"(?<![\w/])(?:{'|'.join(words)})"] if words else []
    return re.compile("|".join(parts + others), re.I)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rows = status_phrases()
    lead = _pattern([r.phrase for r in rows if r.status not in (_GUARD, _CONTRAST) and r.where != _PLACEHOLDER])
    clause = _pattern([r.phrase for r in rows if r.where == _CLAUSE and r.status not in (_GUARD, _CONTRAST)])
    guard = _pattern([r.phrase for r in rows if r.status == _GUARD])
    contrast = _pattern([r.phrase for r in rows if r.status == _CONTRAST])
    return lead, clause, guard, contrast


def built_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns built from the lexicon at run time, for tests/test_regex_safety.py."""
    return (
        *_patterns(),
        NOT_PUBLIC.pattern,
        _placeholders(),
        _aside_leads(),
        _founding_verb(),
        _kind_reason(),
        _spoken_opener(),
        _unfound_figure(),
        _conclusion_marker(),
        _reply_phrases(),
        _subjectless_verb(),
        _kind_aside(),
        _unentered_reason(),
        _bare_denial(),
        _affirmation(),
        _none_given_pattern(),
        *(p for h in sorted(lexicon.status_field_headings()) if (p := _own_noun_denial(h)) is not None),
    )


@cache
def _scoped_rows_first() -> tuple[StatusPhrase, ...]:
    return tuple(sorted(status_phrases(), key=lambda row: row.fields is None))


def _row(found: str, heading: str | None, where: str) -> StatusPhrase | None:
    found = found.replace("’", "'")
    keys = (" ".join(found.lower().split()), _canonical(found))
    # A row for this heading wins over a row for any heading ("does not have" is notApplicable,
    # but under Parent organization "it doesn't have a parent" is explicitlyNone).
    for row in _scoped_rows_first():
        if row.phrase in keys and row.applies_to(heading) and (where == _LEAD or row.where == _CLAUSE):
            return row
    return None


# After a lead phrase: not a number ("No. 5 Main Street", "No 10 Downing Street", "-5 °C").
_NUMBER_AFTER = re.compile(r"\A\.? ?[\d#]")
# A lead phrase of initials ("n.d.", "k. A.", "N.A.") before a capitalised word is a person's
# initials ("N.D. Tiwari", "K. A. Nilakanta Sastri"), not "no data".
_INITIALS = re.compile(r"(?:[^\W\d_][./] ?){1,3}")
_NAME_AFTER = re.compile(r"\A ?[^\W\d_]\.? ?[A-ZÀ-Þ]|\A ?[A-ZÀ-Þ][^\W\d_]")


@cache
def _subjectless_verb() -> re.Pattern[str]:
    """ "Is ", "Are ": the copula a translated subjectless predicate opens the field with."""
    words = lexicon.alternation(sorted((word for (word,) in lexicon.table("status-subjectless-verbs")), key=len))
    return re.compile(rf"\A(?:{words})\s{{1,3}}(?=[^\W\d_])", re.I)


def _lead(text: str, heading: str | None) -> StatusReading | None:
    reading = _lead_phrase(text, heading)
    verb = None if reading or text.rstrip().endswith("?") else _subjectless_verb().match(text)
    if verb is None:
        return reading
    # "Is not provided (the Society is not a budgetary institution).": the translated copula,
    # then the lead phrase; "Is there a parent?" is a question and opens none
    return _lead_phrase(text[verb.end() :], heading)


def _lead_phrase(text: str, heading: str | None) -> StatusReading | None:
    lead, _, guard, _ = _patterns()
    found = lead.match(text)
    guarded = guard.match(text)
    # the longer phrase wins: "no single figure" (a lead) over "no single" (a guard)
    if not found or _NUMBER_AFTER.match(text[found.end() :]) or (guarded and guarded.end() >= found.end()):
        return None
    if found.group().split()[0].lower() in lexicon.first_person_words("subject"):
        return None  # "We are not part of X but …": a clause with a subject, read as one (_in_clause)
    if _INITIALS.fullmatch(found.group()) and _NAME_AFTER.match(text[found.end() :]):
        return None
    row = _row(found.group(), heading, _LEAD)
    if row is not None and row.where == _REFUSAL_LEAD:
        return StatusReading(_refusal_status(text[found.end() :], heading), found.group())
    if row is not None and row.status == FieldStatus.NOT_APPLICABLE.value and _unentered(text[found.end() :], heading):
        return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found.group())
    if (
        row is not None
        and row.where == _CLAUSE
        and row.status == FieldStatus.EXPLICITLY_NONE.value
        and _contrast_follows(text, found.end())
    ):
        return None  # "Nothing above it except the Crown": read as a clause, whose contrast states a value
    denial = _denies_a_figure(text) if row and row.status == FieldStatus.EXPLICITLY_NONE.value else None
    if row and row.status == FieldStatus.EXPLICITLY_NONE.value and not denial:
        denial = _no_figure_withheld(text, heading, anywhere=False)
    if denial:
        return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, denial)
    return StatusReading(FieldStatus(row.status), found.group()) if row else None


def _contrast_follows(text: str, at: int) -> bool:
    """A contrast word ("but", "except") after ``at`` in the same sentence."""
    first = next(iter_split(text), None)
    return first is not None and _patterns()[3].search(text, at, first[1]) is not None


def contrast_after(text: str, at: int) -> int | None:
    """Where the first contrast word ("but", "rather") after ``at`` in
    ``text``'s first sentence ends, else None ("… is not published as one figure, but it was
    reported at …": the words after it may state the value the lead clause withheld)."""
    first = next(iter_split(text), None)
    if first is None or at >= first[1]:
        return None
    found = _patterns()[3].search(text, at, first[1])
    return found.end() if found else None


# Where a refusal's explanation starts: a spaced dash, a colon or a semicolon ("— it's a company").
_EXPLANATION = re.compile(r"\s[—–-]\s|[:;]\s")


# Where the reason after "n/a" starts: a dash, colon, semicolon or bracket ("n/a — not entered").
_REASON_OPENS = re.compile(r"\s*[—–:;(-]\s*")


@cache
def _unentered_reason() -> re.Pattern[str]:
    """ "figure not entered", "not published here", "no figure kept": a clause that says the
    figure was not given, matched at the start of each of the explanation's pieces."""
    rows = lexicon.table("status-unentered-reasons")
    negations = lexicon.spaced_alternation(sorted((w for w, role in rows if role == "negation"), key=len, reverse=True))
    verbs = lexicon.spaced_alternation(sorted((w for w, role in rows if role == "verb"), key=len, reverse=True))
    # single spaces: the text is whitespace-normalised; bounded words keep it linear
    return re.compile(
        rf"\A(?:(?:[\w-]{{1,30}}\s){{0,3}}(?:{negations})|(?P<no>no(?:\s[\w-]{{1,30}}){{1,3}}))"
        rf"\s(?:been\s)?(?:{verbs})(?![\w'’])",
        re.I,
    )


@cache
def _bare_denial() -> re.Pattern[str]:
    """A whole sentence that only denies: "No.", "None at all.", "We do not.", "It wasn't!"."""
    rows = lexicon.table("status-question-answers")

    def words(role: str) -> str:
        return lexicon.spaced_alternation(sorted((w for w, r in rows if r == role), key=len, reverse=True))

    return re.compile(
        rf"\A(?:(?:{words('answer')})|(?:{words('subject')})\s+(?:{words('aux')})(?:\s+not|n{_APOSTROPHE}t))"
        r"\s*(?:[.!]{1,3}(?=\s)|[.!]{0,3}\Z)",
        re.I,
    )


@cache
def _list_nouns() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.table("status-list-nouns"))


def _denies_a_list(sentence: str) -> bool:
    """ "No partner list is maintained": "no" and, within three words, a list noun."""
    words = sentence.split(None, 4)
    if not words or words[0].lower() != "no":
        return False
    return any(
        _WORD.fullmatch(word.rstrip(".,;:")) and word.rstrip(".,;:").lower() in _list_nouns() for word in words[1:4]
    )


def _list_withheld(text: str, heading: str | None) -> StatusReading | None:
    """ "No partner list is maintained. The Company reports these partners: …": a first
    sentence denying a list (not the values) is not public alone; after it, the rest decides
    (read once: the rest no longer opens with a denied list, so this does not recurse again)."""
    parts = sentences(text)
    if not parts or not _denies_a_list(parts[0]):
        return None
    rest = list(dropwhile(_denies_a_list, parts))
    if rest:
        # one call: the rest opens with no denied list, so it comes back here no further
        return status_of_text(" ".join(rest), heading)
    return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, " ".join(parts[0].split()[:2]))


@cache
def _affirmation() -> re.Pattern[str]:
    words = [w for w, role in lexicon.table("status-question-answers") if role == "affirmation"]
    return re.compile(
        rf"\A(?:{lexicon.spaced_alternation(sorted(words, key=len, reverse=True))})\s{{0,3}}(?:[,;:]|\s[—–-])\s{{0,3}}",
        re.I,
    )


def after_affirmation(text: str) -> str:
    """``text`` after a reply's opening "Yes —" ("Yes — the University of X"), else ``text``."""
    found = _affirmation().match(text)
    return text[found.end() :] if found else text


# "No — we are a company": a bare "No" before the reason
_DENIAL_OPENER = re.compile(r"\Ano\s{0,3}(?:[,;:]|\s[—–-])\s{0,3}", re.I)


def _answered_or_list_withheld(text: str, heading: str | None) -> StatusReading | None:
    """The readings of a whole unbulleted field: a question's bare denial (not in a story)
    or a denied list."""
    answered = None if heading in narrative_headings() else _denied_in_answer(text, heading)
    return answered or _list_withheld(text, heading)


def _denied_in_answer(text: str, heading: str | None) -> StatusReading | None:
    """ "Do we belong to another company? We do not. The Government is our largest shareholder":
    a question, then a second sentence that is a bare denial, is explicitlyNone."""
    parts = sentences(text)
    if len(parts) < 2 or not parts[0].rstrip().endswith("?"):
        return None
    if heading in _kind_headings():
        # "An enacted budget? We are a company, not a ministry.": the kind of body answers
        reply = _DENIAL_OPENER.sub("", parts[1].strip(), count=1)
        if _kind_reason().match(reply) and not _holds_a_figure(" ".join(parts[1:])):
            return StatusReading(FieldStatus.NOT_APPLICABLE, reply.split(",")[0])
    answer = _bare_denial().match(parts[1].strip())
    if answer is None or _NUMBER_AFTER.match(parts[1].strip()[answer.end() :].lstrip()):
        return None  # "No. 7 Harbour Street" after "Where is it?" is an address
    return StatusReading(FieldStatus.EXPLICITLY_NONE, answer.group().strip())


# the clauses of an "n/a" explanation ("n/a — central bank; no figure kept")
_REASON_PIECE = re.compile(r"[;,]\s")


def _unentered(rest: str, heading: str | None) -> bool:
    """After a figure field's "n/a": its explanation says the figure was not entered, kept or
    published ("n/a — headcount not entered in this chronicle"), so the figure is not public;
    a reason of kind ("n/a — central bank; no enacted budget") keeps notApplicable."""
    if heading not in _figure_headings():
        return False
    first = next(iter(sentences(rest)), "")
    start = _REASON_OPENS.match(first)
    if start is None:
        return False
    # the explanation's start, and each clause after a semicolon or a comma
    for piece in _REASON_PIECE.split(first[start.end() :]):
        found = _unentered_reason().match(piece)
        # "no figure kept", but not "no operating budget published" (the budget itself, no figure noun)
        if found is not None and (
            found.group("no") is None or any(word.lower() in _unfound_nouns() for word in found.group("no").split())
        ):
            return True
    return False


@cache
def _kind_reason() -> re.Pattern[str]:
    """ "it's a company", "this is a private firm": the body is of a kind the concept does not fit."""
    nouns = sorted((row[0].lower() for row in lexicon.table("status-kind-reasons")), key=len, reverse=True)
    return re.compile(
        rf"\A(?:(?:it|this|that)(?:{_APOSTROPHE}s|\s+is|\s+was)|we(?:{_APOSTROPHE}re|\s+are|\s+were))\s+an?\s+(?:[\w-]{{1,30}}\s+){{0,2}}"
        rf"(?:{lexicon.spaced_alternation(nouns)})(?![\w'’])",
        re.I,
    )


def _refusal_status(rest: str, heading: str | None) -> FieldStatus:
    """The status after a second-person refusal ("Don't look for a partner list", "You won't find
    one"): the value is not to be found, so not public; but an explanation in the same sentence
    that the concept does not fit the body ("— a ministry doesn't have one", "— it's a company")
    makes it notApplicable. The refusal already denies the value, so no other status wins."""
    first = next(iter(sentences(rest)), "")
    start = _EXPLANATION.search(first)
    if start is not None:
        explanation = first[start.end() :].strip()
        reading = _in_clause(explanation, heading)
        if _kind_reason().match(explanation) or (reading and reading.status is FieldStatus.NOT_APPLICABLE):
            return FieldStatus.NOT_APPLICABLE
    return FieldStatus.NOT_PUBLICLY_SPECIFIED


@cache
def _placeholders() -> re.Pattern[str]:
    """A run of placeholder phrases ("TODO", "???", "TBD?", "? / check"), at most four. A phrase
    of words ends at a word's end; one of marks may touch the next ("???", "?..."), unlike the
    dash of ``_pattern``, which must not be glued to a word."""
    phrases = sorted({r.phrase for r in status_phrases() if r.where == _PLACEHOLDER}, key=lambda p: (-len(p), p))
    alternatives = [
        r"\s+".join(map(re.escape, phrase.split())) + (r"(?![\w/])" if phrase[-1].isalnum() else "")
        for phrase in phrases
    ]
    one = "|".join(alternatives)
    return re.compile(rf"\A(?:{one})(?:[\s,;/]{{0,3}}(?:{one})){{0,3}}", re.I)  # matched at the start only


# After a placeholder in capitals, a note to oneself in lowercase: "TODO: copy from the plan",
# "TODO copy …" ("XXX Corp", "TODO: Jane Roe?" name something).
_NOTE_AFTER = re.compile(r"(?:\s?[:–—-])?\s?[a-z]")
_EMPTY_REST = re.compile(r"[\s.!:;,]{0,3}")


def _enclosed(text: str) -> str | None:
    """The inside of ``text`` when all of it is one bracketed note, "(…)" or "[…]"."""
    if text.startswith("[") and text.endswith("]") and "[" not in text[1:-1] and "]" not in text[1:-1]:
        return text[1:-1]
    return _bracketed(text)


def _placeholder(text: str) -> StatusReading | None:
    """A note-to-self left where the value should go: the writer has not looked it up.

    It decides as the whole text ("(TODO)", "???", "check this", "TBD?"), with at most a
    bracketed note without a figure ("? (TODO)"; "? (approx 500)" doubts a stated figure); as
    the opening of one bracket that is the whole text ("(TODO copy from strategic plan)"); or,
    in capitals, before a lowercase note to oneself without a figure ("TODO: copy the 2023
    figure"). Never before a value ("TODO: 450 staff") or after one ("~20k (check this)")."""
    text = text.strip()
    inner = _enclosed(text)
    if inner is not None:
        found = _placeholders().match(inner.strip())
        return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found.group()) if found else None
    found = _placeholders().match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    note = rest.strip(" .!:;,")
    bare = bool(_EMPTY_REST.fullmatch(rest)) or (_enclosed(note) is not None and not _holds_a_figure(note))
    capitals = any(c.isalpha() for c in found.group()) and found.group().isupper()
    noted = capitals and bool(_NOTE_AFTER.match(rest)) and not _holds_a_figure(rest)
    return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found.group()) if bare or noted else None


# A capitalised word after the first: the clause names something ("by Law 317 of 1986").
_NAMES_SOMETHING = re.compile(r"\s[A-Z\d]")


def _after_a_statement(sentence: str, at: int) -> bool:
    """The negation at ``at`` follows a semicolon, and the clause before it names something:
    "Recognised by Law 317 of 1986; there was no founding act." states a value; the later
    clause only qualifies it."""
    semicolon = sentence.find(";", 0, at)
    return semicolon != -1 and bool(_NAMES_SOMETHING.search(sentence, 0, semicolon))


_CLOSING = {"(": ")", "[": "]"}
# A capitalised word or a digit anywhere, the field's first word included ("2630", "Cooma").
_STATES_SOMETHING = re.compile(r"(?:\A|\s)[A-Z\d]")


def _in_a_note_after_a_statement(sentence: str, at: int) -> bool:
    """The negation at ``at`` is inside a bracketed note after words that name something:
    "Cooma, New South Wales 2630 (street address not ascertained)", "c. 500 (exact figure
    not known)" state a value; the note only says what part of it is missing."""
    # square brackets too: an archivist's "Budapest [street address not ascertained]"
    opened = max(sentence.rfind("(", 0, at), sentence.rfind("[", 0, at))
    if opened <= 0 or sentence.find(_CLOSING[sentence[opened]], opened, at) != -1:
        return False
    before = sentence[:opened]
    return len(before.split()) > 1 and bool(_STATES_SOMETHING.search(before))


# A spaced dash between a figure and a note on it ("₱ 45 million — breakdown not published").
_SPACED_DASH = re.compile(r"\s[—–-]\s")


def _after_a_figure(sentence: str, at: int, heading: str | None) -> bool:
    """In a figure field, the negation at ``at`` follows a spaced dash after a figure: "₱ 45
    million — breakdown not reproduced here" states the figure; the note only says what part
    of it is left out. A bare sign before the dash ("₱ — not reproduced") is no figure."""
    if heading not in _figure_headings():
        return False
    dashes = [m.start() for m in _SPACED_DASH.finditer(sentence, 0, at)]
    return bool(dashes) and _holds_a_figure(sentence[: dashes[-1]])


def _figure_denied_after_semicolon(sentence: str, heading: str | None) -> StatusReading | None:
    """In a figure field, a clause after a semicolon that says no figure is given, after a
    clause without a figure: the first clause only describes where the figure would come from."""
    if heading not in _figure_headings():
        return None
    before, semicolon, after = sentence.partition(";")
    if not semicolon:
        return None
    return _figure_withheld(before, after, heading)


def _figure_withheld(before: str, after: str, heading: str | None) -> StatusReading | None:
    """ "Approved by the Board on 15 January 2025; the amount has not been published": ``after``
    denies the figure ("no figure is given") or says the figure itself is not public (a figure
    noun its subject, a not-public phrase its verb), and ``before``, which holds no figure (years
    and dates only), only says where it would come from. Not when ``after`` goes on ("…, but")."""
    if _holds_a_figure(before):
        return None
    after = _LINKER.sub("", after.strip(), count=1)
    denial = (
        _denies_a_figure(after)
        or _figure_not_public(after, heading)
        or _bare_not_public(after, heading)
        or _finding_not_made(after, heading)
        or _none_given(before, after)
    )
    if denial is None or _patterns()[3].search(after):
        return None  # "no figure is given, but ..." goes on to state one
    return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, denial)


@cache
def _none_given_pattern() -> re.Pattern[str]:
    verbs = [w for w, role in lexicon.table("status-unentered-reasons") if role == "verb"]
    return re.compile(
        r"\Anone\s+(?:is|was|are|were|has\s+been|have\s+been)\s+"
        rf"(?:{lexicon.spaced_alternation(sorted(verbs, key=len, reverse=True))})(?![\w'’])",
        re.I,
    )


def _none_given(before: str, after: str) -> str | None:
    """ "The biennial figures are hard to compare; none is given here": "none" takes the figure
    noun of the clause before, and the verb of status-unentered-reasons.csv says it is not given."""
    found = _none_given_pattern().match(after)
    if found is None or not any(word.group().lower() in _unfound_nouns() for word in _WORD.finditer(before)):
        return None
    return found.group()


def _finding_not_made(clause: str, heading: str | None) -> str | None:
    """The phrase of a clause that says the figure is not on the record ("the Tribunal made no
    finding as to its amount"): a not-public clause row scoped to this figure field."""
    reading = _clause_reading(clause, heading)
    if reading is None or reading.status is not FieldStatus.NOT_PUBLICLY_SPECIFIED or reading.phrase is None:
        return None
    row = _row(reading.phrase, heading, _CLAUSE)
    return reading.phrase if row is not None and row.fields is not None else None


# "but", "however," before the clause's subject.
_LINKER = re.compile(r"\A(?:but|however|though|yet),?\s", re.I)
_DETERMINERS = lexicon.determiners()


def _figure_subject_end(clause: str) -> int | None:
    """Where a figure noun that opens ``clause`` ends ("the amount", "its exact total", "figure"):
    after a determiner at most, and at most one word before the noun; None without one."""
    words = list(_WORD.finditer(clause, 0, 80))[:3]
    if words and words[0].group().lower() in _DETERMINERS:
        words = words[1:]
    for word in words[:2]:
        if word.group().lower() in _figure_nouns():
            return word.end()
    return None


def _figure_not_public(clause: str, heading: str | None) -> str | None:
    """The not-public phrase of "the amount has not been published", "its exact total is not
    disclosed": a figure noun opens the clause and the clause's first status phrase says the
    figure is not public."""
    end = _figure_subject_end(clause)
    if end is None:
        return None
    found = _patterns()[1].search(clause, end)
    if found is None:
        return None
    row = _row(found.group(), heading, _CLAUSE)
    if row is None or row.status != FieldStatus.NOT_PUBLICLY_SPECIFIED.value:
        return None
    return found.group()


def _bare_not_public(clause: str, heading: str | None) -> str | None:
    """The phrase of a clause that is a not-public phrase alone ("not disclosed.", "unknown"):
    after a clause with no figure ("In Egyptian pounds; not disclosed."), it is the figure's."""
    reading = _lead(clause, heading)
    if reading is None or reading.phrase is None or reading.status is not FieldStatus.NOT_PUBLICLY_SPECIFIED:
        return None
    rest = clause[len(reading.phrase) :]
    # one filler word after the participle too ("not recorded separately")
    filler = _TRAILING_FILLER.match(rest)
    if filler and filler.group(1).lower() in _negation_fillers():
        rest = rest[filler.end() :]
    return reading.phrase if _NOTE_ONLY.match(rest) else None


_TRAILING_FILLER = re.compile(r"\s{1,3}([a-z]{2,20})\b", re.I)


# A day of the month before its month's name ("15 January", "15 Rajab").
_DAY_BEFORE_MONTH = re.compile(r"\s{1,3}[A-Z][a-z]")


# A historian's bracketed reference to a footnote: "(n. 13)", "(cf. n. 4)", "(see nn. 4–5)".
_NOTE_REFERENCE = re.compile(r"\((?:(?:cf|see)\.?\s{1,3})?nn?\.\s{0,3}\d{1,4}(?:\s{0,3}[–-]\s{0,3}\d{1,4})?\)", re.I)


def _holds_a_figure(text: str) -> bool:
    """A number in ``text`` that may be the figure: money, a multiplier, a thousands separator,
    or any number but a year (four digits) and a day before its month's name. A bracketed
    footnote reference ("(n. 13)", "(cf. nn. 4–5)") is no figure."""
    for amount in amounts(_NOTE_REFERENCE.sub(" ", text)):
        if amount.is_money or amount.multiplier or not amount.number_text.isdigit():
            return True
        year = len(amount.number_text) == 4 and 1000 <= amount.value < 3000
        day = len(amount.number_text) <= 2 and _DAY_BEFORE_MONTH.match(text, amount.end)
        if not (year or day):
            return True
    return False


# Between a figure field's noun and its not-public phrase: nothing or a form of "be" / "have".
_BE = re.compile(r"\s{1,3}(?:(?:is|was|are|were|remains|(?:has|have|had)(?:\s{1,3}been)?)\s{1,3})?")


def _possessive_owner_end(sentence: str) -> int | None:
    """Where a possessive among the first six words of ``sentence`` ends ("The Agency's ",
    "Banco de la República’s "), else None."""
    for word in list(_WORD.finditer(sentence, 0, 160))[:6]:
        if word.group().endswith(("'s", "s'")):
            return word.end()
        if sentence.startswith("’s", word.end()):
            return word.end() + 2
    return None


def _headline_not_public(sentence: str, heading: str | None) -> StatusReading | None:
    """ "Operating budget not broken out in the materials we hold.", "The annual budget is not
    published.": a first sentence that opens with the field's own noun (after a determiner and
    at most two words such as "operating", not "capital") and at once says it is not public
    decides a figure field, whatever reference figures ("for scale only: $3.2 billion in
    assets") the later sentences give."""
    if heading not in _figure_headings() or _holds_a_figure(sentence):
        return None
    own = lexicon.figure_field_words(heading)
    words = list(_WORD.finditer(sentence, 0, 80))[:4]
    owner = _possessive_owner_end(sentence)
    if owner is not None:
        # "The Agency's total headcount is not given …": the owner named before the noun
        words = list(_WORD.finditer(sentence, owner, owner + 80))[:3]
    elif words and words[0].group().lower() in _DETERMINERS:
        words = words[1:]
    at = 0
    while at < min(len(words) - 1, 2) and words[at].group().lower() in own.modifiers:
        at += 1
    if not words or words[at].group().lower() not in own.nouns:
        return None
    _, clause, _, contrast = _patterns()
    between = _BE.match(sentence, words[at].end())
    found = clause.match(sentence, between.end()) if between else None
    if found is None or contrast.search(sentence, found.end()):
        return None
    row = _row(found.group(), heading, _CLAUSE)
    if row is None or row.status != FieldStatus.NOT_PUBLICLY_SPECIFIED.value:
        return None
    return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found.group())


_REFUSAL_ROLES = ("refusal", "adverb", "verb", "object", "unconfirmed")


def _refusal_words(role: str) -> list[str]:
    rows = lexicon.table("figure-refusals")
    bad = [phrase for phrase, kind in rows if kind not in _REFUSAL_ROLES]
    if bad:
        raise lexicon.LexiconError(f"lexicon/figure-refusals.csv: bad role for {bad[0]!r}")
    return sorted((" ".join(phrase.split()) for phrase, kind in rows if kind == role), key=len, reverse=True)


def _spaced(role: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())).replace("'", _APOSTROPHE) for p in _refusal_words(role))


# "did not (immediately) say", "declined to give": a refusal, then the verb; what follows is
# checked in Python (``_refused_figure``). "could not be independently confirmed" alone.
_REFUSAL = re.compile(
    rf"(?<![\w'’])(?:{_spaced('refusal')})\s+(?:(?:{_spaced('adverb')})\s+)?(?:{_spaced('verb')})\s+"
    rf"|(?<![\w'’])(?P<unconfirmed>{_spaced('unconfirmed')})(?![\w'’])",
    re.I,
)
_ASKED_FOR = re.compile(rf"(?:{_spaced('object')})(?![\w'’])", re.I)


def _asks_for_the_figure(text: str, at: int, heading: str) -> bool:
    """At ``at``: "how many", "the number of", or a figure noun ("a staff figure", "its
    headcount") after at most a determiner and two other words that are no function words."""
    if _ASKED_FOR.match(text, at):
        return True
    nouns = _figure_nouns() | lexicon.figure_field_words(heading).nouns
    words = [w.group().lower() for w in islice(_WORD.finditer(text, at, at + 120), 4)]
    # "We don't share our annual budget": the writer's own possessive is a determiner
    if words and (words[0] in _DETERMINERS or words[0] in lexicon.first_person_words("possessive")):
        words = words[1:]
    for word in words[:3]:
        if word in nouns:
            return True
        if word in lexicon.function_words():
            return False
    return False


def _refused_figure(text: str, heading: str | None) -> StatusReading | None:
    """ "SEWA did not say how many staff it employs", "Officials declined to give a staff
    figure", "Its size could not be independently confirmed": a reporter's note that the figure
    is withheld decides a figure field that gives no figure anywhere."""
    if heading not in _figure_headings() or _holds_a_figure(text) or word_amounts(text):
        return None
    for found in _REFUSAL.finditer(text):
        if found["unconfirmed"] or _asks_for_the_figure(text, found.end(), heading):
            return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found.group().strip())
    return None


def _in_clause(sentence: str, heading: str | None) -> StatusReading | None:
    return (
        _figure_denied_after_semicolon(sentence, heading)
        or _clause_reading(sentence, heading)
        or _no_figure_withheld_clause(sentence, heading)
    )


def _no_figure_withheld_clause(sentence: str, heading: str | None) -> StatusReading | None:
    """ "The grants were voted within the ministry's demands, and no separate figure is publicly
    specified.": a later clause withholds the figure of a sentence that gives none."""
    if _holds_a_figure(sentence) or word_amounts(sentence):
        return None
    found = _no_figure_withheld(sentence, heading, anywhere=True)
    return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found) if found else None


def _clause_reading(sentence: str, heading: str | None) -> StatusReading | None:
    """The status a clause phrase of the sentence states (the semicolon rule aside, so that
    ``_finding_not_made`` reading the part after one semicolon never recurses into the next)."""
    _, clause, guard, contrast = _patterns()
    guarded = [m.span() for m in guard.finditer(sentence)]
    # finditer's spans are sorted and disjoint, so their ends are sorted too: the first
    # guard ending after a clause's start is the only one that may overlap it (bisect, not a
    # scan of every guard per clause, which would be quadratic on long lines).
    guard_ends = [end for _, end in guarded]
    # a clause phrase and "<verb> no <the field's own noun>", in the order they occur (a phrase first)
    for found in merge(clause.finditer(sentence), _own_noun_denials(sentence, heading), key=lambda m: m.start()):
        first = bisect_right(guard_ends, found.start())
        if first < len(guarded) and guarded[first][0] < found.end():
            continue
        if (
            _after_a_statement(sentence, found.start())
            or _in_a_note_after_a_statement(sentence, found.start())
            or _after_a_figure(sentence, found.start(), heading)
        ):
            return None
        row = _row(found.group(), heading, _CLAUSE) or _own_noun_row(found, heading)
        if row is None:
            continue
        contrasted = contrast.search(sentence, found.end())
        if contrasted and not _withheld_figure_contrast(sentence, found, row, heading):
            if (
                heading == "Legislation"
                and row.fields == frozenset({heading})
                and INSTRUMENT_WORD.search(sentence, contrasted.end()) is None
            ):
                # "was not established by specific legislation but was launched by executive
                # action": no legislation applies; the founding reader still reads the contrast
                return StatusReading(FieldStatus.NOT_APPLICABLE, found.group(), reads_on=True)
            return None  # "not under a single parent but coordinated by ...": a value is stated
        if row.status == FieldStatus.EXPLICITLY_NONE.value and _instrument_named_after(sentence, found.end()):
            return None
        if row.status == FieldStatus.EXPLICITLY_NONE.value and _kind_named_before(sentence, found.start(), heading):
            return StatusReading(FieldStatus.NOT_APPLICABLE, found.group())
        concluded = _concluded_not_applicable(sentence, found.end())
        if row.status == FieldStatus.EXPLICITLY_NONE.value and concluded is not None:
            # "X was not established by any specific law, so founding legislation is not
            # applicable": the sentence's own conclusion names the status
            return StatusReading(FieldStatus.NOT_APPLICABLE, concluded)
        if (
            row.status == FieldStatus.NOT_APPLICABLE.value
            and heading in _figure_headings()
            and _lacks_a_figure(sentence, found.end())
        ):
            # "We don't have a reliable figure to publish": what is lacking is the figure, not the concept
            return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found.group())
        return StatusReading(FieldStatus(row.status), found.group())
    return None


# ", so founding legislation is not applicable", "and so the heading does not apply": a
# consequence clause of the denial that says the field does not apply (its subject a few words)
_SO = re.compile(r"\sso\s", re.I)
_NOT_APPLICABLE_TAIL = re.compile(
    r"\A(?:[^\W\d_][\w-]{0,30}\s){1,5}"
    rf"(?:{lexicon.spaced_alternation(lexicon.status_not_applicable_predicates(), lexicon.ONE_SPACE)})\b",
    re.I,
)
_SO_REACH = 200  # characters after the denial searched for its consequence clause


def _concluded_not_applicable(sentence: str, end: int) -> str | None:
    """The consequence clause after a denial ending at ``end`` that says the field does not
    apply, with no other sentence mark ("." ";" ":") between."""
    window = sentence[end : end + _SO_REACH]
    so = _SO.search(window)
    if so is None or any(mark in window[: so.start()] for mark in ";.:"):
        return None
    tail = _NOT_APPLICABLE_TAIL.match(window[so.end() :])
    return f"so {tail.group()}" if tail else None


@cache
def _own_noun_denial(heading: str) -> re.Pattern[str] | None:
    """ "oversees no regulations", "runs no formal programs": a word, "no", at most one listed
    modifier and the field's own noun (status-field-nouns.csv), not followed by "than" ("employs
    no more staff than …" compares) nor by a hyphen or a slash."""
    words = lexicon.status_field_words(heading)
    if not words.nouns:
        return None
    nouns = lexicon.alternation(sorted(words.nouns, key=len, reverse=True))
    modifiers = lexicon.alternation(sorted(words.modifiers, key=len, reverse=True))
    modifier = rf"(?:(?:{modifiers})\s{{1,3}})?" if modifiers else ""
    return re.compile(
        rf"(?<![\w'’/-])(?P<verb>[^\W\d_]{{2,20}})\s{{1,3}}no\s{{1,3}}{modifier}(?:{nouns})"
        rf"(?![\w'’/-])(?!\s{{0,3}}than(?!\w))",
        re.I,
    )


def _own_noun_denials(sentence: str, heading: str | None) -> list[re.Match[str]]:
    """Where ``sentence`` says "<verb> no <the field's own noun>" ("The Agency oversees no
    regulations"): the verb is no function word ("with no staff") nor a form of "be"."""
    pattern = _own_noun_denial(heading) if heading else None
    if pattern is None:
        return []
    return [
        found
        for found in pattern.finditer(sentence)
        if found["verb"].lower() not in lexicon.function_words() and found["verb"].lower() not in BE_FORMS
    ]


def _own_noun_row(found: re.Match[str], heading: str | None) -> StatusPhrase | None:
    """The row a "<verb> no <own noun>" match stands for: explicitlyNone in its own field."""
    if heading is None or found.re is not _own_noun_denial(heading):
        return None
    return StatusPhrase(" ".join(found.group().lower().split()), FieldStatus.EXPLICITLY_NONE.value, _CLAUSE, None)


@cache
def _kind_headings() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.table("status-kind-headings"))


@cache
def _kind_aside() -> re.Pattern[str]:
    """ "As a charity, ", ", a private company,": the body's kind, named before the null of a
    clause, as its reason (at most two words before the kind noun)."""
    nouns = sorted((row[0].lower() for row in lexicon.table("status-kind-reasons")), key=len, reverse=True)
    kind = rf"an?\s+(?:[\w-]{{1,30}}\s+){{0,2}}(?:{lexicon.spaced_alternation(nouns)}),"
    return re.compile(rf"(?:\A|,\s)as\s+{kind}|,\s{kind}", re.I)


def _kind_named_before(sentence: str, at: int, heading: str | None) -> bool:
    """In a field whose concept does not fit some kinds of body, the kind named before the
    null at ``at`` ("As a private company, Acme has no enacted budget"): notApplicable."""
    return heading in _kind_headings() and _kind_aside().search(sentence, 0, at) is not None


@cache
def _founding_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(v.phrase for v in lexicon.founding_verbs())})\b", re.I)


def _instrument_named_after(sentence: str, at: int) -> bool:
    """ "The Institute was not set up under an Act; it was established by Royal Charter": a
    clause after a semicolon, with no negation, that founds by a legal instrument (a founding
    verb, then a capitalised instrument word) states the founding instrument; the denial before
    it was of another kind of act. "It has none; it is governed by the X Law" founds nothing."""
    semicolon = sentence.find(";", at)
    if semicolon == -1:
        return False
    later = sentence[semicolon + 1 :]
    verb = _founding_verb().search(later)
    return not _NEGATION.search(later) and verb is not None and INSTRUMENT_WORD.search(later, verb.end()) is not None


def _withheld_figure_contrast(sentence: str, found: re.Match[str], row: StatusPhrase, heading: str | None) -> bool:
    """ "We don't publish our headcount — but every one of our colleagues loves art": in a figure
    field, a not-public phrase whose "but" clause holds no figure (nor any after it) still
    withholds the figure; a contrast states a value only when it gives one."""
    if heading not in _figure_headings() or row.status != FieldStatus.NOT_PUBLICLY_SPECIFIED.value:
        return False
    rest = sentence[found.end() :]
    return not _holds_a_figure(rest) and not word_amounts(rest)


@cache
def _aside_leads() -> re.Pattern[str]:
    words = sorted((row[0] for row in lexicon.table("status-aside-leads")), key=len, reverse=True)
    return re.compile(rf"\A(?:{lexicon.spaced_alternation(words)})\b", re.I)


def _is_aside(sentence: str) -> bool:
    """ "For information of the applicant, the programme is governed by the X Act.": a reply's
    aside about something else, no sentence of the field's own after its first one."""
    return bool(_aside_leads().match(sentence.strip().replace("’", "'")))


def sentences(text: str) -> list[str]:
    """Full sentences (a semicolon does not end one), for deciding what a field is about."""
    text = " ".join(text.split())
    return [text[start:end] for start, end in split_sentences(text)]


# "Director-General (所長): no data", "Parent: none": a label, then a lead phrase and at most a
# bracketed note. A label with a digit ("2020: n/a") dates one value of several, so it does not count.
# Also a label before a spaced dash, as typed on a phone ("parent - none", "budget – n/a").
# Also a record key before "=", up to five words ("parent = none", "who is in charge now = ?").
_LABEL_WORD = r"[^:\d\s–—-]{1,30}(?:-[^:\d\s–—-]{1,30})?"  # "Secretary-General"
_LABEL = re.compile(
    rf"\A[^:\d]{{1,60}}:\s?|\A{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}} [-–—] "
    r"|\A[^\W\d][\w.-]{0,30}(?: [^\W\d][\w.-]{0,30}){0,4} ?= ?"
)
# The note may be a form's square-bracketed officer's remark ("Amount: N/R [officer: private sector]").
_NOTE_ONLY = re.compile(r"\A[\s.;,]{0,3}(?:\([^()]{0,300}\)|\[[^\[\]]{0,300}\])?[\s.]{0,2}\Z")


def _labelled_lead(text: str, heading: str | None) -> StatusReading | None:
    label = _LABEL.match(text)
    if not label or len(label.group().split()) > 6:
        return None
    rest = text[label.end() :]
    placeholder = _placeholder(rest)  # "Director: ???", "who runs it now = ? (TODO)"
    if placeholder is not None:
        return placeholder
    reading = _lead(rest, heading)
    if reading is None or reading.phrase is None:
        return None
    after = rest[len(reading.phrase) :]
    if _EXPLAINING_DASH.match(after):
        # "Legislation: n.a. — incorporated under the X Act": the label, then what
        # the same null and its dashed explanation say without it ("n.a. — …")
        unlabelled = status_of_text(rest, heading)
        return None if unlabelled.stated else unlabelled
    if not (_NOTE_ONLY.match(after) or _is_referral(after)):
        return None
    return _unavailable_column(text[: label.end()], reading, after, heading) or reading


# A spaced dash after a labelled null opens its explanation.
_EXPLAINING_DASH = re.compile(r"\s{1,2}[—–]\s|\s-\s")
_BARE_REST = re.compile(r"[\s.]{0,3}")


def _unavailable_column(label: str, reading: StatusReading, after: str, heading: str | None) -> StatusReading | None:
    """ "Last Funding/Revenue: n.a." in a database export: a column of its own (a
    label other than the heading) with an export's "not available" mark, written as the table
    spells it (lexicon/status-unavailable-marks.csv: "n.a." in lowercase, not "N/A") and
    nothing after it, is a value the export does not hold: notPubliclySpecified. The heading
    itself as the label ("Legislation: n.a.") answers the template: its null stands, as does
    a null with a note ("n.a. (closed company)")."""
    key = record_key(label.strip().rstrip(":=").strip(" -–—"))
    if (
        reading.status is not FieldStatus.NOT_APPLICABLE
        or reading.phrase not in lexicon.status_unavailable_marks()
        or not _BARE_REST.fullmatch(after)
        or (heading is not None and key == record_key(heading))
    ):
        return None
    return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, reading.phrase)


_REFERRAL = re.compile(r"\s{0,2}[—–-]\s{1,2}(?:see|cf\.?)\s")


def _is_referral(after: str) -> bool:
    """ "— see Annex B" after a labelled null: the list is elsewhere, not on the form."""
    found = _REFERRAL.match(after)
    rest = after[found.end() :].rstrip(" .") if found else ""
    return 0 < len(rest) <= 60 and not set(rest) & set(".;()[]")


# After a negation: a capitalised noun, at most one lowercase word before it ("no Member States").
_NAMED_AFTER = re.compile(r"\s{1,3}(?:[a-z]{1,15}\s{1,3})?[A-Z][a-z]")


def _denies_something_named(first: str, reading: StatusReading, second: str, heading: str | None) -> bool:
    """ "UNU has no Member States of its own. It cooperates with universities ...": the first
    sentence denies something it names (a capitalised noun), not the field's value, and the
    second sentence, with no status phrase of its own, states the value."""
    if reading.status is not FieldStatus.EXPLICITLY_NONE or reading.phrase is None:
        return False
    at = first.find(reading.phrase)
    named = _NAMED_AFTER.match(first, at + len(reading.phrase)) if at > 0 else None
    if named is None:
        return False
    noun = first[named.end() - 2 :].split(None, 2)[:2]  # "The Institute has no Parent Organization"
    if heading and {w.lower().strip(".,;") for w in noun} & {w.lower() for w in heading.split()}:
        return False  # denies the field's own value, capitalised
    return _lead(second, heading) is None and _in_clause(second, heading) is None


# "None of its budget ...", "N/A for the museum's shop", "Not applicable to the founding
# ministry": a null word scoped by a preposition to something other than the field's value.
_SCOPED = re.compile(r"\A[\s.]{0,2}(?:of|to|for|in)\s(?:its|the|this|that|our|their)\s")
# A later clause whose subject is the organization itself and which names something:
# "; it is part of the Ministry of Health", "; the museum belongs to the City of Bergen".
# The subject's verb follows it at once ("the history pages of the PTB hold ..." is no such clause).
_SELF_CLAUSE = re.compile(
    r"[;,]\s(?:but\s)?(?:it|the\s[a-z]{2,20}(?:\sitself)?)\s(?:is|was|has\sbeen|belongs|reports|falls|sits|operates|remains)\s"
)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|without)\b", re.I)


def _scoped_null(text: str, reading: StatusReading) -> bool:
    """A null word at the start of the first sentence scoped to something else ("None of its
    budget comes from a parent body; it is part of the Ministry of Health"), then an
    unnegated clause about the organization itself that names something: the field states a
    value, the null word only qualified another thing."""
    if reading.stated or reading.phrase is None or reading.phrase.lower().startswith("independent"):
        return False
    first = next(iter(sentences(text)), "")
    if not first.lower().startswith(reading.phrase.lower()):
        return False
    rest = first[len(reading.phrase) :]
    if not _SCOPED.match(rest):
        return False
    later = _SELF_CLAUSE.search(rest)
    if later is None:
        return False
    clause = rest[later.end() :].split(";")[0]
    return bool(_NAMES_SOMETHING.search(clause)) and not _NEGATION.search(rest, later.start())


@cache
def _negation_marks() -> tuple[str, ...]:
    return tuple(row[0] for row in lexicon.table("status-negation-marks"))


def _after_negation_mark(text: str) -> str | None:
    """The text after a negation mark that opens it ("✗ none — independent" → "none — …"), or
    None. The mark must stand alone (a space or the end after it)."""
    for mark in _negation_marks():
        if text.startswith(mark) and (len(text) == len(mark) or text[len(mark)] == " "):
            return text[len(mark) :].strip()
    return None


# A form's yes/no question answered by a ticked box ("Part of a group? [ ] Yes [x] No"): the ticked
# word is read as the field's lead, so "No" is "none" and "Yes" decides nothing.
_TICKED_ANSWER = re.compile(r"\A[^?\[]{1,150}\?\s?(?:\[ \]\s?\w{1,12}\s?){0,3}\[[xX]\]\s?(\w{1,12})\b(?!\s?\[[xX]\])")


def _ticked_answer(text: str, heading: str | None) -> StatusReading | None:
    ticked = _TICKED_ANSWER.match(text)
    if ticked is None:
        return None
    reading = _lead(ticked.group(1), heading)
    return reading if reading is not None and not reading.stated else None


def _marked_status(text: str, heading: str | None, listed: bool) -> StatusReading | None:
    """A field opened by a negation mark: the mark alone (or before a bracketed note only) is
    "none"; before a status phrase it adds nothing ("✗ n/a — defunct" reads as "n/a — defunct");
    before anything else ("✗ Ministry of X", "✗ defunct → …") it decides nothing."""
    rest = _after_negation_mark(text)
    if rest is None:
        return None
    if not rest or _bracketed(rest) is not None:
        return StatusReading(FieldStatus.EXPLICITLY_NONE, text[: len(text) - len(rest)].strip())
    reading = status_of_text(rest, heading, listed=listed)
    return None if reading.stated or reading.status is FieldStatus.EMPTY else reading


@cache
def _spoken_opener() -> re.Pattern[str]:
    """ "And ", "Honestly, ", "Oh, and ": a spoken answer's first words before the answer."""
    # a phrase made of two openers ("and then") is read as the two: listing it too would make
    # the repeated group ambiguous (not linear)
    phrases = {row.phrase for row in lexicon.spoken_openers()}
    rows = [row for row in lexicon.spoken_openers() if not _made_of(row.phrase, phrases)]
    bare = lexicon.spaced_alternation(row.phrase for row in rows if not row.comma_only)
    commaed = lexicon.spaced_alternation(row.phrase for row in rows if row.comma_only)
    return re.compile(rf"\A(?:(?:{commaed}),\s+|(?:{bare})\s+){{1,2}}", re.I)


def _made_of(phrase: str, phrases: set[str]) -> bool:
    words = phrase.split()
    return len(words) > 1 and all(word in phrases for word in words)


def _without_spoken_opener(text: str) -> str:
    """``text`` after its spoken openers ("And no law behind it." → "no law behind it.")."""
    found = _spoken_opener().match(text)
    return text[found.end() :] if found else text


@cache
def _unfound_figure() -> re.Pattern[str]:
    """The head of "no <figure> we …" and of "couldn't pin down <figure>": "no " or a denied
    verb of finding; the figure noun after it is looked for word by word (_figure_noun_end),
    because free words before the noun in one pattern would not run in linear time."""
    rows = lexicon.table("status-unfound-figure")
    verbs = sorted((w for w, role in rows if role == "verb"), key=len, reverse=True)
    # "could not", "cannot", "have not been able to", "was unable to"
    negated = r"(?:n['’]t|\s+not)"
    denied = (
        r"(?:could|did|can)(?:n['’]?t|\s+not)|cannot"
        rf"|(?:(?:have|has|had){negated}\s+been|(?:am|is|was|were){negated})\s+able\s+to"
        r"|(?:am|is|was|were)\s+unable\s+to"
    )
    return re.compile(rf"(?<![\w'’])(?:(?P<no>no)|(?:{denied})\s(?:{lexicon.spaced_alternation(verbs)}))\s", re.I)


@cache
def _unfound_nouns() -> frozenset[str]:
    """Words for a figure (one word each): figure-nouns.csv and the table's nouns ("number")."""
    rows = lexicon.table("status-unfound-figure")
    return _figure_nouns() | {w.lower() for w, role in rows if role == "noun"}


# One word of a noun phrase ("UI's", "last", "full-time"); "we", "we'd", "that we've" after
# "no <figure>" ("no separate number we could nail down").
_PHRASE_WORD = re.compile(r"[\w'’-]{1,30}")
_WE_AFTER = re.compile(r"\s(?:that\s)?(?:we|I)(?:['’](?:d|ve))?(?![\w'’])", re.I)


def _lacks_a_figure(sentence: str, at: int) -> bool:
    """ "(do not have) a reliable figure to publish": a figure noun heads the object after
    ``at``, the end of its phrase or a word of lexicon role "after" next (not "a total enacted
    budget", where the noun only modifies)."""
    end = _figure_noun_end(sentence, at + 1) if sentence[at : at + 1].isspace() else None
    if end is None:
        return False
    following = _PHRASE_WORD.match(sentence, end + 1) if sentence[end : end + 1].isspace() else None
    if following is None:
        return True
    after = {w for w, role in lexicon.table("status-unentered-reasons") if role == "after"}
    return following.group().lower() in after


def _figure_noun_end(text: str, at: int) -> int | None:
    """Where a figure noun within four words from ``at`` ends ("a number", "UI's own last
    figure"), the words separated by single spaces; None without one."""
    for _ in range(4):
        word = _PHRASE_WORD.match(text, at)
        if word is None:
            return None
        if word.group().lower() in _unfound_nouns():
            return word.end()
        if word.end() >= len(text) or not text[word.end()].isspace():
            return None
        at = word.end() + 1
    return None


def _unfound_figure_span(sentence: str) -> tuple[int, int] | None:
    """The first "no <figure> we …" or "couldn't find <figure>" in ``sentence``."""
    for head in _unfound_figure().finditer(sentence):
        end = _figure_noun_end(sentence, head.end())
        if end is None:
            continue
        if head.group("no") is None:
            return head.start(), end
        we = _WE_AFTER.match(sentence, end)
        if we:
            return head.start(), we.end()
    return None


def _figure_not_found(sentence: str, heading: str | None) -> StatusReading | None:
    """In a figure field, a first sentence saying the writer found no figure, before any figure
    ("Honestly, we couldn't pin down a number we trust"; "It's inside the ministry's grants — no
    separate number we could nail down"), unless it goes on to give one ("…, but about 400")."""
    if heading not in _figure_headings():
        return None
    span = _unfound_figure_span(sentence)
    if span is None or _holds_a_figure(sentence[: span[0]]) or _patterns()[3].search(sentence, span[1]):
        return None
    return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, sentence[span[0] : span[1]])


@cache
def _conclusion_marker() -> re.Pattern[str]:
    """ "So: ", "In short, ", "Bottom line — ": the opening of a concluding sentence."""
    words = sorted((row[0] for row in lexicon.table("status-conclusion-markers")), key=len, reverse=True)
    return re.compile(rf"\A(?:{lexicon.spaced_alternation(words)})(?:\s?[:,—–-])?\s", re.I)


# "no parent organization", "no parent body": "no", then one to three words, the sentence's end.
_NO_NOUN = re.compile(r"\Ano\s([^\W\d_][\w-]{0,30})(?:\s[^\W\d_][\w-]{0,30}){0,2}[.!]?\Z", re.I)


def _concluding_null(last: str, heading: str | None) -> StatusReading | None:
    """ "… but neither owns it. Parent: none.", "… So: no parent organization.": after an
    explanation, a last sentence that names the field (a label or the noun after "no" is a word
    of the heading) and gives it no value, with nothing after it, decides the field."""
    if heading is None or heading in narrative_headings():
        return None
    marker = _conclusion_marker().match(last)
    rest = last[marker.end() :] if marker else last
    label = _LABEL.match(rest)
    if label is not None:
        reading = _labelled_lead(rest, heading) if _names_the_field(label.group(), heading) else None
        return reading if reading is not None and reading.status is FieldStatus.EXPLICITLY_NONE else None
    found = _NO_NOUN.match(rest)
    if found is None or found.group(1).lower() not in {word.lower() for word in heading.split()}:
        return None
    return StatusReading(FieldStatus.EXPLICITLY_NONE, rest.rstrip(".!"))


# "not", "cannot", "could not", "isn't": a negation before a reply phrase
_REPLY_NEGATION = re.compile(r"\b(?:not|cannot|unable)\b|n['’]t\b", re.I)


@cache
def _reply_phrases() -> re.Pattern[str]:
    phrases = sorted((row[0] for row in lexicon.table("status-reply-phrases")), key=len, reverse=True)
    return re.compile(rf"(?:{lexicon.spaced_alternation(phrases)})", re.I)


def _declined_in_reply(text: str, heading: str | None) -> StatusReading | None:
    """ "The UK's contribution is not broken down in the form requested", "it is not reported
    separately in this reply": a written answer says the figure is not given in it (a negation,
    then a reply phrase in one sentence), in a figure field that holds no figure."""
    if heading not in _figure_headings() or _holds_a_figure(text) or word_amounts(text):
        return None
    for sentence in sentences(text):
        found = _reply_phrases().search(sentence)
        if found and _REPLY_NEGATION.search(sentence, 0, found.start()):
            return StatusReading(FieldStatus.NOT_PUBLICLY_SPECIFIED, found.group())
    return None


def _short_verdict(first: str, heading: str | None) -> StatusReading | None:
    """ "Nothing above it.", "It has none.": a first sentence of at most four words that is a
    denial alone; the sentences after it explain the verdict (any number of them)."""
    if heading in narrative_headings() or heading in _figure_headings() or len(first.split()) > 4:
        return None  # in a figure field "Endowment not broken out." withholds a part, not the figure
    reading = _in_clause(first, heading)
    return reading if reading is not None and reading.status is FieldStatus.EXPLICITLY_NONE else None


# "Yok (none).", "Không công bố (not published) in the sources used.", "No se publica
# (not published).": a field opened by a null word of another language, glossed in brackets.
# Words of letters only, capitals only on the first; the gloss starts lowercase.
_GLOSSED_LEAD = re.compile(r"\A(?P<native>[^\W\d_]{1,30}(?: [^\W\d_]{1,30}){0,3}) ?\((?P<gloss>[a-z][^()]{0,59})\)")
_LINK_IN = re.compile(r"https?://|www\.", re.I)


def _glossed_null(text: str, heading: str | None) -> StatusReading | None:
    """The status of a null word in another language that opens ``text``, read from its English
    gloss: the gloss must be one status phrase and nothing else (a translation, not a note:
    "Former website (no longer maintained)" is read as written), and the native words must not
    be a status phrase already, unless one covers only their first word ("No se publica": the
    Spanish "No" is not the English lead "No", the gloss "not published" tells). The gloss then
    stands for the native words and the field is read again ("Không có (none) published as
    programmes." as "none published as programmes."). Never when a link follows in the first
    sentence, nor when a native word after the first is capitalised (a name: "Bard College (…)")."""
    found = _GLOSSED_LEAD.match(text)
    if found is None or any(word[0].isupper() for word in found["native"].split()[1:]):
        return None
    gloss = found["gloss"].strip()
    meant = status_of_text(gloss, heading)
    if meant.stated or meant.status is FieldStatus.EMPTY or (meant.phrase or "").lower() != gloss.lower():
        return None
    native = status_of_text(found["native"], heading)
    if not native.stated and (native.phrase or "").lower() == found["native"].lower():
        return None  # "None (independent charity)", "Not applicable (no statute)": the bracket is a note
    rest = text[found.end() :]
    if _LINK_IN.search(next(iter(sentences(rest)), "")):
        return None
    reading = status_of_text(gloss + rest, heading)
    return reading if not reading.stated and reading.status is not FieldStatus.EMPTY else None


def status_of_text(text: str, heading: str | None = None, *, listed: bool = False) -> StatusReading:
    """The status ``text`` (the body of field ``heading``) gives its value.

    ``listed``: the field is a bulleted list, whose items are values even after a
    negation in its lead-in ("While there are no formal divisions, AMP works through: - ...").
    """
    text = " ".join(text.split())
    if not text:
        return StatusReading(FieldStatus.EMPTY)
    marked = (
        _marked_status(text, heading, listed)
        or _ticked_answer(text, heading)
        or (None if listed else _glossed_null(text, heading))
    )
    if marked:
        return marked
    text = _without_spoken_opener(text) or text
    unfound = (
        None
        if listed
        else _answered_or_list_withheld(text, heading) or _figure_not_found(next(iter(sentences(text)), text), heading)
    )
    if unfound:
        return unfound
    reading = (
        (None if listed else _component_withheld(text, heading))  # one part withheld (stated)
        or _placeholder(text)
        or _lead(text, heading)
        or _labelled_lead(text, heading)
    )
    if reading:
        return StatusReading(FieldStatus.STATED) if _scoped_null(text, reading) else reading
    if not listed:
        # the first three sentences tell one, two or more (a long History is not split whole)
        parts = [text[start:end] for start, end in islice(iter_split(text), 4)]
        parts = (parts[:1] + [part for part in parts[1:] if not _is_aside(part)])[:3]
        headline = _headline_not_public(parts[0], heading) if parts else None
        if headline:
            return headline
        refused = _refused_figure(text, heading) or _declined_in_reply(text, heading)
        if refused:
            return refused
        if len(parts) == 1 or (len(parts) == 2 and heading not in narrative_headings()):
            reading = _in_clause(parts[0], heading)
            if reading is None and len(parts) == 2 and heading in _figure_headings():
                # "The Board approved the 2025 budget in January. The amount was not published."
                reading = _figure_withheld(parts[0], parts[1], heading)
            if reading and not (len(parts) == 2 and _denies_something_named(parts[0], reading, parts[1], heading)):
                return StatusReading(FieldStatus.STATED) if _scoped_null(text, reading) else reading
        # a short verdict, then its explanation; or an explanation, then a conclusion
        if len(parts) > 2:
            verdict = _short_verdict(parts[0], heading)
            if verdict:
                return verdict
        if len(parts) > 1:
            concluded = _concluding_null(sentences(text)[-1], heading)
            if concluded:
                return concluded
    return StatusReading(FieldStatus.STATED)


def _component_withheld(text: str, heading: str | None) -> StatusReading | None:
    """ "Pittsburgh, Pennsylvania, United States. Street address: Not reported.", "…, Bonn,
    Germany; Postcode: n/a", "…, Lima, Peru (street: unknown)": a labelled null of one
    component of the value (component-null-labels.csv), closing the field after a text that
    itself states something, withholds that component only: the field is stated.
    A field that opens with the null, or whose text before it is a null too, is not read so."""
    labels = lexicon.component_null_labels(heading) if heading else frozenset()
    found = closing_labelled_value(text, labels) if labels else None
    if found is None:
        return None
    before, value = found
    null = _placeholder(value) or _lead(value, heading)
    if null is None or null.stated or not status_of_text(before, heading).stated:
        return None
    return StatusReading(FieldStatus.STATED)


def _bracketed(text: str) -> str | None:
    """The inside of ``text`` when all of it is one bracketed note, else None."""
    if not (text.startswith("(") and text.endswith(")")):
        return None
    depth = 0
    for at, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and at < len(text) - 1:
            return None  # "(a) and (b)": two notes, not one
    return text[1:-1]


def _real_cell(cell: str) -> bool:
    """A table cell that holds a value: not a null word, a dash or a note alone."""
    bare = cell.strip(" —–-…?.")
    return bool(bare) and status_of_text(bare).stated and _bracketed(bare) is None


def _table_states_a_value(table: PipeTable) -> bool:
    """A row with two cells or more that hold values: "| President | A. Wachtel | 2011 | unknown |"
    is a stated row; "| street | unknown |" (a key and a null) is not."""
    return any(sum(_real_cell(cell) for cell in row) >= 2 for row in table.rows)


def _null_cells_status(tables: list[PipeTable]) -> StatusReading:
    """The status the first null cell of the tables' rows gives ("TBD": not public)."""
    for table in tables:
        for row in table.rows:
            for cell in row:
                reading = status_of_text(cell)
                if cell.strip() and not reading.stated:
                    return reading
    return StatusReading(FieldStatus.EMPTY)


def _names_the_field(key: str, heading: str) -> bool:
    """The record key shares a word with the heading ("parent_org" under "Parent organization")."""
    words = {word.lower() for word in re.split(r"[\s_.:=-]+", key) if len(word) > 2}
    return bool(words & {word.lower() for word in heading.split()})


def _records_status(field: Field) -> StatusReading | None:
    """The status of a field written as "key: value" record lines, two or more. A first record
    whose key names the field holds its value ("Parent: null" then "related_body: …" is no
    parent); otherwise any record with a value states the field, and a null only says which
    part is missing ("street: n/a", then "locality: Apia"). A figure field is left to the
    prose rules: a record there may hold a unit ("currency: XCD") beside a null amount."""
    items = field.items
    records = [record(item.text) for item in items]
    keyed = [found for found in records if found is not None and not found.in_cells]
    if len(items) < 2 or len(keyed) < len(items) or any(item.bullet for item in items):
        return None
    first = " ".join(items[0].text.split())
    reading = _labelled_lead(first, field.name)
    if reading is not None and _names_the_field(keyed[0].written_key, field.name):
        return reading
    if field.name in _figure_headings():
        return None
    return StatusReading(FieldStatus.STATED) if any(status_of_text(r.value, field.name).stated for r in keyed) else None


def read_status(field: Field) -> StatusReading:
    """The status of ``field``, decided before any value reader runs."""
    # A Markdown table with a row of values states the field's value, whatever its cells
    # or the lines after it say is unknown ("| President | TBD | — | — |").
    tables = pipe_tables(field)
    if any(_table_states_a_value(table) for table in tables):
        return StatusReading(FieldStatus.STATED)
    if tables:  # rows of nulls ("| Director | TBD |"): the lines around, or else the cells, tell
        rest = without_tables(field)
        rest = replace(rest, items=tuple(item for item in rest.items if set(item.text) - set("|-: ")))
        return read_status(rest) if rest.items else _null_cells_status(tables)
    records = _records_status(field)
    if records is not None:
        return records
    items = field.items
    if len(items) == 1 and items[0].bullet:
        # "- (intergovernmental; no parent, but de facto …)": a dash with only a note is the
        # dash of "no value"; the note may say which kind ("does not exist anymore").
        note = _bracketed(" ".join(items[0].text.split()))
        if note is not None:
            reading = status_of_text(note, field.name)
            return reading if not reading.stated else StatusReading(FieldStatus.EXPLICITLY_NONE, "-")
    labelled = (
        _dated_nulls(items, field.name) or _labelled_nulls(items, field.name) or _record_line_nulls(items, field.name)
    )
    if labelled is not None:
        return labelled
    listed = any(_listed(item) for item in items)
    reading = status_of_text(field.text, field.name, listed=listed)
    if listed and not reading.stated and _introduces_a_list(items) and not _lead_denies_field(items, field.name):
        # "No public org chart. Facilities: - A - B": the lead-in's negation is about something
        # else; the colon hands the field to its bulleted values.
        return StatusReading(FieldStatus.STATED)
    return reading


def _lead_denies_field(items: tuple[Item, ...], name: str) -> bool:
    """ "No formal partners found. Some deals (acquisitions, not partnerships):" above
    the bullets of Partners: the lead-in's last sentence denies that what it introduces is the
    field's own value ("not" before a word opening with the heading's first word, its plural
    "s" aside: "partners", "partnerships"), so the negation before it stands."""
    first_bullet = next(at for at, item in enumerate(items) if _listed(item))
    stem = name.split()[0].lower().removesuffix("s") if name.split() else ""
    if first_bullet == 0 or len(stem) < 4:
        return False
    last = items[first_bullet - 1].text.rstrip()
    last = last[max(last.rfind(". "), last.rfind("! "), last.rfind("? ")) + 1 :]
    return any(
        word.startswith(stem) and len(word) <= len(stem) + 6
        for word in (found["word"].lower() for found in _NOT_WORD.finditer(last))
    )


# "not partnerships", "not a partner": "not", perhaps an article, then one word.
_NOT_WORD = re.compile(r"\bnot\s(?:(?:an?|the|our|its|their)\s)?(?P<word>[A-Za-z]{1,30})\b", re.I)


def dated_lines(items: tuple[Item, ...]) -> list[str] | None:
    """The text after each line's dated lead ("1972–1984 | X", "1987 → X", "2005-07-20 → —
    (none)", dates.dated_lead) when every line of the field has one; else None."""
    texts = [" ".join(item.text.split()) for item in items]
    leads = [dated_lead(text) for text in texts]
    if not items or not all(leads):
        return None
    return [text[lead.rest :] for text, lead in zip(texts, leads, strict=True) if lead]


def _dated_nulls(items: tuple[Item, ...], heading: str) -> StatusReading | None:
    """ "1876–1945 | — (none): a legal person under public law": a field of dated lines, each a
    null, takes the first line's null; a line that names a value states the field."""
    rests = dated_lines(items)
    if rests is None:
        return None
    readings = [status_of_text(rest, heading) for rest in rests]
    return None if any(reading.stated for reading in readings) else readings[0]


def _labelled_nulls(items: tuple[Item, ...], heading: str) -> StatusReading | None:
    """A form's field of several labelled sub-lines, each a null ("Consortium members: N/R",
    "Cooperation agreements: not itemised — see Annex B"): the first line's null. Read whole,
    the second label would be taken for the first null's note; one line with a value states it."""
    if len(items) < 2:
        return None
    readings = [_labelled_lead(" ".join(item.text.split()), heading) for item in items]
    first = readings[0]
    return first if first is not None and all(r is not None and not r.stated for r in readings) else None


def _top_semicolon_pieces(text: str) -> list[str]:
    """``text`` cut at each "; " outside brackets."""
    pieces: list[str] = []
    depth = start = 0
    for at, char in enumerate(text):
        depth += (char in "([") - (char in ")]")
        if char == ";" and depth == 0 and text[at + 1 : at + 2] == " ":
            pieces.append(text[start:at].strip())
            start = at + 1
    pieces.append(text[start:].strip())
    return pieces


def _record_line_nulls(items: tuple[Item, ...], heading: str) -> StatusReading | None:
    """ "Website: n.a. (defunct before the web); Wikidata: n.a." — one line of a
    database export holding several "Label: value" records, each a labelled null: the first
    record's null, as if each stood on its own line (``_labelled_nulls``). One record with a
    value ("Website: n.a.; Wikidata: Q1") leaves the line to the other rules."""
    if len(items) != 1:
        return None
    pieces = _top_semicolon_pieces(" ".join(items[0].text.split()))
    if len(pieces) < 2:
        return None
    readings = [_labelled_lead(piece, heading) for piece in pieces]
    first = readings[0]
    return first if first is not None and all(r is not None and not r.stated for r in readings) else None


# A numbered or lettered list item: "1. ", "2) ", "(a) ", "b) ", "iv) " (not "No. 5", "a. m.").
_ENUMERATOR = re.compile(r"\A(?:\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{2,5})\))\s")


def _listed(item: Item) -> bool:
    """A list item: a bullet, or a line opening with an enumerator."""
    return item.bullet or bool(_ENUMERATOR.match(item.text))


def _introduces_a_list(items: tuple[Item, ...]) -> bool:
    """The last line before the first bullet ends with a colon after more than one word."""
    first_bullet = next(at for at, item in enumerate(items) if _listed(item))
    if first_bullet == 0:
        return False
    last = items[first_bullet - 1].text.rstrip()
    return last.endswith(":") and len(last.split()) > 1


def status_from_text(text: str) -> FieldStatus:
    """The status of a field body read without its heading (kept for callers outside extract)."""
    return status_of_text(text).status


@dataclass(frozen=True)
class NotPublicScan:
    """Finds "not disclosed", "unknown" ... in a text, except in a bracketed note after words
    that state the value ("Cooma, NSW 2630 (street address not ascertained)"): the note says
    which part is missing, not that the whole value is."""

    pattern: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        for found in self.pattern.finditer(text):
            if not _in_a_note_after_a_statement(text, found.start()):
                return found
        return None


# "Not disclosed", "unknown" ... anywhere: for readers that must not take a figure from such a
# clause. Built from the same table.
_NOT_PUBLIC_ANYWHERE = FieldStatus.NOT_PUBLICLY_SPECIFIED.value
NOT_PUBLIC = NotPublicScan(
    _pattern(
        [
            r.phrase
            for r in status_phrases()
            if r.status == _NOT_PUBLIC_ANYWHERE and r.fields is None and r.where in (_LEAD, _CLAUSE)
        ]
    )
)
