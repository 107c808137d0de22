"""Money and counts: budget, headcount (Number of employees, Staff) and funding sources.

Both readers go through the field-status layer first: a field that opens with a negation
("N/A — …", "Not applicable — …", "Not disclosed; …") states no value, whatever amount
its explanation mentions. Only the amount the field is about is read: an amount introduced
as an endowment, revenue, a grant or a part ("of which …") is not the budget
(``ontology/lexicon/not-budget-words.csv``). The fiscal-year rule is in FORMAT.md: a range
("FY 2022–23", "2019/20") is named by the year in which it ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from orgkg.model import Budget, EmployeeCount, Field, FieldStatus, FundingSource, Identity, OrgKind, Severity

from . import lexicon
from .dates import date_spans
from .numbers import Amount, amounts, unreadable_numbers, word_amounts
from .reader import ReaderResult
from .sentences import iter_split, sentence_ends
from .status import NOT_PUBLIC, contrast_after, status_from_text
from .text import clean, field_labels, free_text_labels, list_lines

# The opening clause of a field: up to the first dash, semicolon, colon, bracket or stop.
_LEAD = re.compile(r"[^—–;:(.,]*")
# After the lead word: its stop and a number ("No. 128", "Nr. 5"), an abbreviated label.
_NUMBER_LABEL = re.compile(r"\.\s?\d")
_NOT_BUDGET = re.compile(
    rf"\b(?:{lexicon.alternation(w for (w,) in lexicon.table('not-budget-words'))})\b",
    re.I,
)
# "2024 budget", "(2022 budget)", "2024 federal appropriation": a year naming the budget it dates
_BUDGET_WORDS = lexicon.alternation(w for (w,) in lexicon.table("budget-year-words"))
_YEAR_END = lexicon.alternation(w for (w,) in lexicon.table("fiscal-year-end-words"))
_MONTHS = lexicon.alternation(sorted(lexicon.month_spellings(), key=len, reverse=True))
_FISCAL = re.compile(
    r"\b(?P<fy>FY|F\.Y\.|fiscal(?:\s+year)?|financial\s+year|BE|RE)\s?(?P<a>\d{4})"
    r"(?:\s?[–—/-]\s?(?P<b>\d{4}|\d{2}))?(?![\d])"
    r"|(?<![\d/–-])(?P<ra>\d{4})\s?[–—/-]\s?(?P<rb>\d{4}|\d{2})(?![\d])"
    r"|\((?P<py>\d{4})\)"
    # "for the 2001 financial year", "the 2019 fiscal year": the year before the words
    r"|(?<![\d/–-])(?P<ny>\d{4})\s(?:fiscal|financial|budget)\syear\b"
    r"|\b(?:for|in)\s(?P<iy>\d{4})\b(?![–/-]\d)"
    # "…, year 2021", "(year 2021)", "for the year 2021": the year a clause opens with
    r"|(?:[,(]\s?|\b(?:for|in)\sthe\s)year\s(?P<yy>\d{4})\b(?![–—/-]\d)"
    rf"|(?<![\d/–-])(?P<by>\d{{4}})\s(?:[a-z]{{1,20}}\s)?(?:{_BUDGET_WORDS})\b"
    rf"|\b(?:{_BUDGET_WORDS})\s(?P<ay>\d{{4}})\b(?![–—/-]\d)"  # "Budget 2023: …"
    # "(loi de finances initiale, 2006)", "(Finance Act, 2019)": a bracket naming the budget law
    rf"|\((?:{_BUDGET_WORDS})(?:\s[^\W\d_]{{3,20}})?,?\s(?P<qy>\d{{4}})\)",
    re.I,
)
# "financial year ending 31 March 2024", "year ended June 30, 2023": the year of the closing day
# (kept apart from _FISCAL: joined, the two are not linear under search)
_YEAR_ENDED = re.compile(
    rf"\b(?:{_YEAR_END})\s(?:\d{{1,2}}(?:st|nd|rd|th)?\s)?(?:(?:{_MONTHS})\.?(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?,?\s)?"
    r"(?P<year>\d{4})\b(?![–—/-]\d)",
    re.I,
)
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")
# "…, about 17.5 percent less than in 2024": the year after a comparison dates the other figure
_COMPARISON = re.compile(
    r"(?<!\w)(?:" + lexicon.alternation(w for (w,) in lexicon.table("budget-comparison-words")) + r")(?!\w)", re.I
)
_UNIT = re.compile(r"\s(?P<unit>[a-z][a-z-]{1,30}(?:\s[a-z][a-z-]{1,30}){0,2})")
_UNIT_STOP = frozenset(
    {"in", "as", "at", "of", "and", "or", "plus", "including", "beside", "besides", "from", "for", "with", "by"}
)
_AS_OF = re.compile(r"\((?:as of\s|in\s|end of\s)?(?:\w+\s)?(\d{4})\)|\bas of\s(?:\w+\s)?(\d{4})\b|\bin\s(\d{4})\b")
# "As of 2023, 1,150 employees", "In March 2021: 980": the as-of year written before the count.
_AS_OF_BEFORE = re.compile(r"\b(?:[Aa]s (?:of|at)|[Ii]n)\s(?:\w+\s)?(\d{4}),?:?\s?(?:\w+\s)?$")
_RANGE_AFTER = re.compile(r"\s?(?:[–—/-]|to\s)\s?\d|\s(?:and|or)\s\d")
_PART_CUE = re.compile(r"\b(?:incl|of whom|of which|among them|among whom)", re.I)
_PART_AFTER = re.compile(r"\s(?:of them|of whom|of which)\b", re.I)  # "300 of them researchers"
_JOINED = re.compile(r"\b(?:and|plus)\b|,", re.I)
_YEAR_BEFORE = re.compile(r"(?:\(|\b(?:in|since|as of|end of|until|from)\s)$", re.I)


@dataclass(frozen=True)
class FiscalYear:
    year: int
    marked: bool  # written with "FY"/"fiscal"


def fiscal_year(text: str) -> FiscalYear | None:
    """The fiscal year a text names, by the documented rule, or None.

    "FY 2022–23", "2022-23", "2019/20", "(1992–93)" → the year the range ends in; a range
    that is not one year long ("1990–1995") is a period, not a fiscal year.
    """
    ended = _YEAR_ENDED.search(text)
    for match in _FISCAL.finditer(text):
        if ended and ended.start() < match.start():
            break  # the closing day is named first
        start, end = (match["a"], match["b"]) if match["fy"] else (match["ra"], match["rb"])
        if start:
            first = int(start)
            if not end:
                return FiscalYear(first, True)
            last = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
            if len(end) == 2 and last < first:
                last += 100  # "1999–00"
            if last == first + 1:
                return FiscalYear(last, bool(match["fy"]))
            continue
        if match["ny"]:
            return FiscalYear(int(match["ny"]), True)
        year = match["py"] or match["iy"] or match["yy"] or match["by"] or match["ay"] or match["qy"]
        if year and _YEAR_LIKE.fullmatch(year):
            return FiscalYear(int(year), False)
    return FiscalYear(int(ended["year"]), True) if ended else None


def lead_status(text: str) -> FieldStatus | None:
    """The status the field's opening clause gives, when it negates the value.

    "N/A — the endowment is €3.6bn" → not applicable: the explanation is never read for a
    value. An opening clause that itself holds an amount ("No less than $5m") is a value.
    """
    lead = _LEAD.match(text.strip())
    clause = lead[0].strip() if lead else ""
    if not clause or amounts(clause) or _NUMBER_LABEL.match(text.strip(), lead.end() if lead else 0):
        return None  # "No. 128, Sec. 2, …": a stop then a number abbreviates "number", says no "No"
    status = status_from_text(clause)
    if status == FieldStatus.STATED:
        return None
    return None if _figure_after_contrast(text.strip(), lead.end() if lead else 0) else status


def _figure_after_contrast(text: str, at: int) -> bool:
    """ "The annual budget is not published as a single figure, but it was reported at
    about $700 million in 2023": a contrast word after the negated lead clause, in its sentence,
    then a figure (not a year) before the sentence ends. The figure is read as the value; "…
    not published, but estimates exist" (no figure) keeps the lead's status."""
    contrast = contrast_after(text, at)
    if contrast is None:
        return False
    first = next(iter_split(text), None)
    end = first[1] if first else len(text)
    return any(
        not (_YEAR_LIKE.fullmatch(a.number_text) and not a.multiplier and not a.is_money)
        for a in amounts(text[contrast:end])
    )


def _clause_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in ``start:end`` of the stops that end a sentence (``sentences.py``) and of every
    semicolon followed by a space or the end: a semicolon closes a clause whatever follows
    ("$5m; of which")."""
    stop_at = len(text) if end is None else min(end, len(text))
    ends = {found.stop for found in sentence_ends(text, start, stop_at)}
    ends.update(i for i in range(start, stop_at) if text[i] == ";" and (i + 1 == len(text) or text[i + 1].isspace()))
    return sorted(ends)


def _sentence(text: str, amount: Amount, ends: list[int]) -> tuple[int, int]:
    """Bounds of the sentence (or semicolon clause) holding ``amount``; ``ends`` are the text's
    ``_clause_ends``, found once per text (once per amount would be quadratic)."""
    # an amount's span may take the stop after it ("$5 million."): that stop ends its sentence
    last = amount.end - 1 if text[amount.end - 1] == "." else amount.end
    before = bisect_left(ends, amount.start)
    start = ends[before - 1] + 1 if before else 0
    after = bisect_left(ends, last)
    end = ends[after] if after < len(ends) else len(text)
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _clause_before(text: str, start: int, amount: Amount) -> str:
    head = text[start : amount.start]
    if head.rstrip().endswith("("):
        # "pledged five million dollars ($5,000,000)": a bracket restating the amount in
        # figures belongs to the clause before the bracket
        head = head.rstrip()[:-1]
    return re.split(r"[,;(—–]", head)[-1]


# Another body's, hedged, planned, reported or changed figure (the lexicon's header)
_NOT_OWN_FIGURE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('not-own-figure-cues'))})(?!\w)", re.I
)


# A note limiting the figure to the organization itself ("(parent company only)"):
# the not-own cues inside it are no cue (lexicon/own-scope-notes.csv)
_OWN_SCOPE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('own-scope-notes'))})(?!\w)", re.I
)


def _not_own_cues(text: str) -> tuple[re.Match[str], ...]:
    """The not-own cues of ``text`` outside its own-scope notes."""
    scopes = [(m.start(), m.end()) for m in _OWN_SCOPE.finditer(text)]
    starts = [start for start, _ in scopes]

    def in_scope(cue: re.Match[str]) -> bool:
        at = bisect_right(starts, cue.start()) - 1  # notes do not overlap: only this one can hold it
        return at >= 0 and cue.end() <= scopes[at][1]

    return tuple(cue for cue in _NOT_OWN_FIGURE.finditer(text) if not in_scope(cue))


_NO_OWN_BUDGET = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('no-own-budget-phrases'))})(?!\w)", re.I
)


@dataclass(frozen=True)
class _Found:
    """A pattern's matches in one text, in text order, with their start offsets."""

    starts: tuple[int, ...]
    matches: tuple[re.Match[str], ...]

    @classmethod
    def of(cls, matches: tuple[re.Match[str], ...]) -> _Found:
        return cls(tuple(m.start() for m in matches), matches)

    def first_within(self, start: int, stop: int) -> str | None:
        """The first match that lies wholly in ``start:stop``."""
        for match in self.matches[bisect_left(self.starts, start) :]:
            if match.start() >= stop:
                break
            if match.end() <= stop:
                return match[0]
        return None


@dataclass(frozen=True)
class _Cues:
    """Where a text's figure cues are, found once per text: asked per amount, a search of the
    amount's whole sentence would be quadratic on a long line of numbers."""

    not_own: _Found  # _NOT_OWN_FIGURE
    period: _Found  # _PERIOD_CUE
    long_spans: _Found  # _YEAR_SPAN of more than one year ("2022–23" is a fiscal year)
    clause_marks: tuple[int, ...]  # offsets of , ; . — –
    staff_members: _Found  # _STAFF_MEMBERS ("members of staff", "staff members")
    part_before: _Found  # _PART_CUE ("incl.", "of which")
    part_after: _Found  # _PART_AFTER_CUE ("… in the shipyard alone")
    total_unknown: str | None  # "total headcount … not documented": no count is the whole


@lru_cache(maxsize=32)
def _cues(text: str) -> _Cues:
    spans = tuple(span for span in _YEAR_SPAN.finditer(text) if int(span["z"]) - int(span["a"] or span["b"]) > 1)
    return _Cues(
        _Found.of(_not_own_cues(text)),
        _Found.of(tuple(_PERIOD_CUE.finditer(text))),
        _Found.of(spans),
        tuple(i for i, char in enumerate(text) if char in ",;.—–"),
        _Found.of(tuple(_STAFF_MEMBERS.finditer(text))),
        _Found.of(tuple(_PART_CUE.finditer(text))),
        _Found.of(tuple(_PART_AFTER_CUE.finditer(text))),
        _total_unknown(text),
    )


# A count that is one part of the staff ("… in the shipyard alone", "incl. approx.
# 80 engineers") or a field that says the total is not given is never the headcount
_PART_AFTER_CUE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('headcount-part-cues'))})(?!\w)", re.I
)
_TOTAL = re.compile(r"\btotal\b", re.I)
_TOTAL_UNKNOWN = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('total-unknown-phrases'))})(?!\w)", re.I
)
_CLAUSE_MARK = re.compile(r"[;.—–()]")


def _total_unknown(text: str) -> str | None:
    """The words saying the total is not given ("total headcount of the group not documented"):
    a "total" and, later in its clause, a phrase of total-unknown-phrases.csv."""
    for total in _TOTAL.finditer(text):
        mark = _CLAUSE_MARK.search(text, total.end())
        stop = mark.start() if mark else len(text)
        unknown = _TOTAL_UNKNOWN.search(text, total.end(), stop)
        if unknown:
            return text[total.start() : unknown.end()]
    return None


def part_of_staff(text: str, amount: Amount, ends: list[int]) -> str | None:
    """The cue that makes ``amount`` a count of one part of the staff, not the whole: a part cue
    before it in its sentence with no total before ("incl. approx. 125 chemists + …", "of which
    40 …"), or a part word after it in its clause ("approx. 400 in the Oslo works alone")."""
    start, end = _sentence(text, amount, ends)
    cues = _cues(text)
    before = cues.part_before.first_within(start, amount.start)
    if before:
        return before
    mark = bisect_left(cues.clause_marks, amount.end)
    stop = min(end, cues.clause_marks[mark]) if mark < len(cues.clause_marks) else end
    return cues.part_after.first_within(amount.end, stop)


def not_own_figure(text: str, amount: Amount, ends: list[int]) -> str | None:
    """The cue in ``amount``'s sentence that makes it not the organization's own current figure
    ("the parent company has …", "a proposed budget of …", "fell by …"); ``ends`` are the text's
    ``_clause_ends``."""
    start, end = _sentence(text, amount, ends)
    # after the figure, only its own clause (with a bracket note: "USD 8m (estimated)"): "2,666
    # staff, beside 12,000 visiting scientists" and "$12m, below the $17m it had requested"
    # name another figure's cue, not this one's
    cues = _cues(text)
    mark = bisect_left(cues.clause_marks, amount.end)
    stop = min(end, cues.clause_marks[mark]) if mark < len(cues.clause_marks) else end
    return cues.not_own.first_within(start, stop)


def _subject_role(role: str) -> list[str]:
    """The ``figure-subject-words`` of one role (who a figure's clause is about)."""
    return [row.word for row in lexicon.figure_subject_words() if row.role == role]


def _subject_phrases(role: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{lexicon.spaced_alternation(_subject_role(role))})(?!\w)", re.I)


_FIGURE_VERB = _subject_phrases("verb")  # "has", "employs", "is": the subject is the words before it
_OTHER_BODY = _subject_phrases("other")  # "parent", "as a whole": another body whatever its noun
_OWN_BODY = _subject_phrases("own")  # "itself", "its own": the organization's own after all
_JOINER = _subject_phrases("joiner")  # "…, while the office itself employs 210": a clause of its own
_BODY_NOUNS = frozenset(w.casefold() for w in lexicon.org_head_words()) | frozenset(_subject_role("body"))
# An organization writing of itself ("we employ", "our budget"): first-person-words.csv
_FIRST_PERSON_SUBJECT = lexicon.first_person_words("subject")
_FIRST_PERSON_POSSESSIVE = lexicon.first_person_words("possessive")
_SUBJECT_REACH = 200  # characters before the verb: a subject is a noun phrase, not a paragraph


@dataclass(frozen=True)
class _SubjectCues:
    """Where a text's joiners end and its figure verbs start, found once per text (per amount,
    a search of the amount's sentence would be quadratic on a long line of numbers)."""

    joiner_ends: tuple[int, ...]
    verb_starts: tuple[int, ...]


@lru_cache(maxsize=32)
def _subject_cues(text: str) -> _SubjectCues:
    return _SubjectCues(
        tuple(m.end() for m in _JOINER.finditer(text)), tuple(m.start() for m in _FIGURE_VERB.finditer(text))
    )


def own_words(identity: Identity) -> frozenset[str]:
    """The stems of the words of the organization's own names: a body noun among them ("the
    Office employs …" in the Survey Office's profile) names the organization itself;
    so does the noun the intro calls it by ("… is an independent foundation": "the foundation")."""
    names = (identity.name, identity.acronym or "", *identity.alternate_names, *identity.former_names)
    own = frozenset(_stem(word) for name in names for word in name.split())
    kind = kind_noun(identity.description or "")
    return own | {_stem(kind)} if kind else own


_KIND_STOPS = frozenset(w.casefold() for (w,) in lexicon.table("kind-noun-stops"))
_KIND_LEAD = re.compile(r"\b(?:is|was)\s(?:an?|the)\s", re.I)
_KIND_REACH = 12  # words of the intro's noun phrase looked at


def kind_noun(description: str) -> str | None:
    """The body noun the intro's first sentence calls the organization by ("X is an
    independent private operating foundation based in …" → "foundation"; "X is a United States
    Department of Energy national laboratory located …" → "laboratory"): the last lowercase body
    noun of the words after "is a/an/the", which end at a punctuation mark or at a
    ``kind-noun-stops`` word after a lowercase word ("a unit of the Ministry": no body noun;
    "Department of Energy" is a name). Capitalised nouns belong to names and are never taken."""
    end = next(sentence_ends(description), None)
    first = description[: end.stop] if end is not None else description
    lead = _KIND_LEAD.search(first)
    if lead is None:
        return None
    kind = None
    previous = ""
    for token in first[lead.end() :].split()[:_KIND_REACH]:
        word = token.rstrip(",;:.)")
        folded = word.casefold()
        if word[:1].islower() and previous[:1].islower() and folded in _KIND_STOPS:
            break
        if word[:1].islower() and folded in _BODY_NOUNS:
            kind = folded
        if word != token or not word:
            break  # a comma or a bracket ends the phrase
        previous = word
    return kind


def _stem(word: str) -> str:
    """A body noun's first four letters: "the Centre" is the Centro's own, in any language
    ("Institute", "Instituto", "Institut"; "Ministry", "Ministère")."""
    return _bare(word)[:4]


def _bare(word: str) -> str:
    """A subject word without its punctuation and possessive: "ministry's" → "ministry"."""
    word = word.strip('(),.;:"“”').casefold()
    return word[:-2] if word.endswith(("'s", "’s")) else word.strip("'’")


def _clause_subject(text: str, amount: Amount, ends: list[int]) -> str:
    """The subject of the clause holding ``amount``: its words before the first figure verb
    ("The ministry's budget | is €4bn"), else none ("The Council adopted a budget of …" names
    who enacted it). The clause is the sentence (or semicolon clause) from its last joiner
    ("…, while the office itself employs 210")."""
    start, _ = _sentence(text, amount, ends)
    cues = _subject_cues(text)
    joined = bisect_left(cues.joiner_ends, amount.start + 1) - 1
    if joined >= 0 and cues.joiner_ends[joined] > start:
        start = cues.joiner_ends[joined]
    verb = bisect_left(cues.verb_starts, start)
    if verb == len(cues.verb_starts) or cues.verb_starts[verb] >= amount.start:
        return ""
    stop = cues.verb_starts[verb]
    return text[max(start, stop - _SUBJECT_REACH) : stop].strip()


def other_body_subject(text: str, amount: Amount, ends: list[int], own: frozenset[str] | None) -> str | None:
    """The subject of ``amount``'s clause where it is another body ("The ministry employs
    12,000 people", "Its parent, the Department of X, has …", "The university as a whole has
    …"), else None. ``own`` are the organization's ``own_words``; without them only a phrase
    naming another body ("parent", "as a whole") is told. "The agency itself has …" is own."""
    subject = _clause_subject(text, amount, ends)
    if not subject or _OWN_BODY.search(subject):
        return None
    if _OTHER_BODY.search(subject):
        return subject
    words = subject.split()
    if any(_bare(word) in _FIRST_PERSON_SUBJECT for word in words[-2:]):
        return None  # "With the Ministry's support, we (now) employ 300": the organization itself
    bodies = [_bare(word) for word in words if _bare(word) in _BODY_NOUNS]
    if _bare(words[0]) in _FIRST_PERSON_POSSESSIVE and not bodies:
        return None  # "Our budget is …", "our staff number …": the organization's own
    if own is None:
        return None
    if _own_name_last(subject, own):
        return None  # "In 2006, its last year as an independent company, ICI counted …"
    return subject if any(_stem(body) not in own for body in bodies) else None


_OWN_GROUP_NOUNS = frozenset(w.casefold() for (w,) in lexicon.table("figure-own-group-nouns"))


def _own_name_last(subject: str, own: frozenset[str]) -> bool:
    """The subject's last comma-separated part is the organization's own name alone
    ("In 2006, its last full year as an independent company, ICI"): the body nouns before it sit
    in an opening phrase, not in the subject. "A company owned by ICI" (no comma) is not. The
    name may follow "the" and come before a group noun ("As of 2021, the SNCF group":
    figure-own-group-nouns.csv), the organization with its subsidiaries."""
    words = subject.rsplit(",", 1)[-1].split()
    if words and words[-1].casefold() in _OWN_GROUP_NOUNS:
        words = words[1:-1] if words[0].casefold() == "the" else words[:-1]
    return bool(words) and len(words) <= 4 and all(_stem(word) in own for word in words)


# "Operating grant from the Government of X: …": a label naming the appropriation that funds the
# body (lexicon budget-appropriation-labels.csv), then a colon; nothing before it.
_APPROPRIATION_LABEL = re.compile(
    rf"(?:{lexicon.alternation(w for (w,) in lexicon.table('budget-appropriation-labels'))})\b[^:;.()]{{0,80}}:\s",
    re.I,
)


def _is_other_amount(text: str, start: int, amount: Amount, alone: bool = False) -> bool:
    """An endowment, revenue, grant or part mentioned beside the budget; ``alone``: the field's
    only amount of money, which a label naming the body's appropriation calls the budget."""
    label = _APPROPRIATION_LABEL.match(text) if alone else None
    if label is not None and start < label.end() <= amount.start:
        start = label.end()  # the label is no clause about another amount
    before = _clause_before(text, start, amount)
    before = re.split(r"\bbudget\b", before, flags=re.I)[-1]  # "the Fund's budget is $5m" is a budget
    after = " ".join(re.split(r"[,;(.—–]", text[amount.end :])[0].split()[:3])  # "€3bn in grants"
    after = _PART_CUE.split(after)[0]  # "EUR 12.5m of which EUR 3m …": the part is the next amount
    return bool(_NOT_BUDGET.search(before) or _NOT_BUDGET.search(after))


# A record of a database export ("Key: value"; several on a line split by "; "): its key
# names what its amount is. A key naming another amount ("Last Funding/Revenue", "Total assets
# (FY2023, audited)"; lexicon not-budget-words, after its last budget word) or a record saying
# its amount is no budget (lexicon not-budget-record-phrases) refuses the record's amount.
_NOT_BUDGET_RECORD = re.compile(
    rf"(?<!\w)(?:{lexicon.spaced_alternation(w for (w,) in lexicon.table('not-budget-record-phrases'))})(?!\w)",
    re.I,
)
_RECORD_KEY = re.compile(r"[^\W\d_][^:;]{0,80}?:\s")  # "Exchange Fund total assets (not a budget): "
_RECORD_SEPARATOR = re.compile(r";\s")


@dataclass(frozen=True)
class _Records:
    """The records of a field's text (its lines, each cut at its semicolons), with whether each
    says its amount is no budget: found once per field, then looked up per amount by bisection
    (a search per amount would be quadratic on a long line of amounts)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    denied: tuple[bool, ...]  # the record holds a not-budget-record phrase

    @classmethod
    def of(cls, field: Field) -> _Records:
        spans: list[tuple[int, int]] = []
        at = 0
        for item in field.items:
            start = at
            for separator in _RECORD_SEPARATOR.finditer(item.text):
                spans.append((start, at + separator.start()))
                start = at + separator.end()
            spans.append((start, at + len(item.text)))
            at += len(item.text) + 1
        text = field.text
        return cls(
            tuple(start for start, _ in spans),
            tuple(end for _, end in spans),
            tuple(_NOT_BUDGET_RECORD.search(text, start, end) is not None for start, end in spans),
        )

    def refuse(self, text: str, amount: Amount) -> bool:
        """Whether the record holding ``amount`` says its amount is no budget (see above)."""
        at = bisect_right(self.starts, amount.start) - 1
        if at < 0 or amount.start >= self.ends[at]:
            return False
        if self.denied[at]:
            return True
        start = self.starts[at]
        key = _RECORD_KEY.match(text, start, amount.start)
        if key is None or _APPROPRIATION_LABEL.match(text, start, amount.start):
            return False  # "Operating grant from the Government of X: …" names the budget
        named = re.split(r"\bbudget\b", key[0], flags=re.I)[-1]  # "Budget (incl. grants): €5m" is one
        return _NOT_BUDGET.search(named) is not None


def read_budget(field: Field, identity: Identity, country: str | None = None) -> ReaderResult:
    """The budget amount; ``country`` (the address country) resolves a shared sign ("$")."""
    text = field.text
    status = lead_status(text)
    if status:
        return [], status
    if NOT_PUBLIC.search(text) and not any(a.is_money for a in amounts(text)):
        return [], FieldStatus.NOT_PUBLICLY_SPECIFIED
    found = amounts(text, country=country)
    if not any(a.is_money for a in found):
        # "eighty-seven million euros": an amount written in words, read only with its currency
        spelled = [a for a in word_amounts(text, country) if a.currency and (a.multiplier or a.value >= 1000)]
        found = sorted([*found, *spelled], key=lambda a: a.start)
    ends = _clause_ends(text)
    negated = NOT_PUBLIC.search(text) is not None and not _refusal_hedges_exactness(text, found, ends)
    no_own = _NO_OWN_BUDGET.search(text) is not None
    own = own_words(identity)
    whole_income = None if negated or no_own else _whole_income(text, found, ends, identity)
    named_in: dict[tuple[int, int], frozenset[str]] = {}  # per sentence: once, not once per amount
    records = _Records.of(field)
    for amount in found:
        if amount.is_money and records.refuse(text, amount):
            continue  # "Total assets (not a budget): HK$4 trillion": the record's key says what it is
        start, end = _sentence(text, amount, ends)
        if not amount.currency and (start, end) not in named_in:
            named_in[start, end] = _currencies_named(text[start:end])
        code = amount.currency or _currency_named_beside(named_in.get((start, end), frozenset()), amount)
        if not code:
            continue
        alone = sum(a.is_money for a in found) == 1
        whole = whole_income is amount
        if (not whole and _is_other_amount(text, start, amount, alone)) or not_own_figure(text, amount, ends):
            continue
        if other_body_subject(text, amount, ends, own):
            continue  # "The ministry's budget is €4bn; the office itself receives €12m"
        if no_own and (_NO_OWN_BUDGET.search(text, start, end) or not _names_the_budget(text[start:end])):
            # "never had a budget of its own; it is funded from the Ministry's vote of €120m"
            continue
        if negated and not _names_the_budget(text[start:end]) and not _stated_after_contrast(text, start, end, amount):
            # "X never published a budget. Y committed about $100 million to its first ten
            # years": beside a negation, only a figure its own sentence calls the budget is one
            continue
        # The year after the amount up to the next amount of money (whose year that is: "$45m,
        # up from $41m in 2022"), else the year before it in its sentence ("2023 appropriation").
        after = min((a.start for a in found if a.currency and a.start >= amount.end), default=end)
        after = min(after, end)
        compared = _COMPARISON.search(text, amount.end, after)
        after = compared.start() if compared else after
        year = fiscal_year(text[amount.end : after]) or fiscal_year(text[start : amount.start])
        us_fy = bool(year and year.marked and code == "USD" and identity.kind == OrgKind.GOVERNMENT)
        # "Over €19 million": the bound is kept with the amount, never dropped
        return [Budget(amount.value, code, text, year.year if year else None, us_fy, amount.qualifier)], None
    return [], FieldStatus.NOT_PUBLICLY_SPECIFIED if negated else None


_EXACTNESS_WORDS = frozenset(w.casefold() for (w,) in lexicon.table("figure-exactness-words"))
_WORD = re.compile(r"[^\W\d_]+")


def _refusal_hedges_exactness(text: str, found: list[Amount], ends: list[int]) -> bool:
    """ "Approx. 200 million EUR (FY2022), mostly federal grants. Figure rounded; exact audited
    total not on file.": every refusal ("not on file", NOT_PUBLIC) stands in a clause after the
    first amount of money's own clause, each such clause holding a word on the figure's
    exactness (figure-exactness-words.csv) and no amount of its own: the refusal hedges the
    stated figure, which stays read. A refusal in the amount's clause or before
    it, or in a clause without such a word ("The 2024 budget is not disclosed"), negates."""
    money = [a for a in found if a.is_money]
    if not money:
        return False
    _, first_end = _sentence(text, money[0], ends)
    if NOT_PUBLIC.search(text[:first_end]):
        return False
    bounds = [first_end, *(end for end in ends if end > first_end), len(text)]
    for start, end in pairwise(bounds):
        clause = text[start:end]
        if NOT_PUBLIC.search(clause) is None:
            continue
        words = {w.casefold() for w in _WORD.findall(clause)}
        if words.isdisjoint(_EXACTNESS_WORDS) or any(start <= a.start < end for a in found):
            return False
    return True


_BUDGET_NAMED = re.compile(rf"\b(?:{_BUDGET_WORDS})\b", re.I)
# "Total income was £5.7bn …" opening the field (lexicon/budget-total-phrases.csv)
_TOTAL_PHRASES = sorted((p for (p,) in lexicon.table("budget-total-phrases")), key=len, reverse=True)
_TOTAL_PHRASE = re.compile(rf"(?:{lexicon.alternation(_TOTAL_PHRASES)})\b", re.I)


def _whole_income(text: str, found: list[Amount], ends: list[int], identity: Identity) -> Amount | None:
    """The field's first amount of money, when the field's first sentence opens with a
    whole-income phrase ("Total income was £5.7bn in the year to March 2024") and says nothing
    else of the amount (no other not-budget word before it or in the three words after it), for
    a body that is no company (a company's income is its takings). Else None."""
    money = [a for a in found if a.is_money]
    if identity.kind == OrgKind.COMPANY or not money:
        return None
    first = money[0]
    start, _ = _sentence(text, first, ends)
    lead = _TOTAL_PHRASE.match(text, start)
    if start != len(text) - len(text.lstrip()) or lead is None or lead.end() > first.start:
        return None
    before = text[lead.end() : first.start]
    after = " ".join(re.split(r"[,;(.—–]", text[first.end :])[0].split()[:3])
    if re.search(r"[,;(—–]", before) or _NOT_BUDGET.search(before) or _NOT_BUDGET.search(after):
        return None
    return first


def _names_the_budget(sentence: str) -> bool:
    """The sentence calls its figure the budget and does not itself negate it."""
    return bool(_BUDGET_NAMED.search(sentence)) and not NOT_PUBLIC.search(sentence)


def _stated_after_contrast(text: str, start: int, end: int, amount: Amount) -> bool:
    """The sentence ``start:end`` names the budget, negates it, then a contrast word
    before ``amount`` leads a clause that negates nothing ("The budget is not published as one
    figure, but it was reported at $700m"): the figure after the contrast is the budget."""
    sentence = text[start:end]
    contrast = contrast_after(sentence, 0)
    if contrast is None or start + contrast > amount.start or not _BUDGET_NAMED.search(sentence, 0, contrast):
        return False
    return NOT_PUBLIC.search(sentence[contrast:]) is None


@dataclass(frozen=True)
class Finding:
    """A diagnostic a reader found: severity, code, message and the text it is about."""

    severity: Severity
    code: str
    message: str
    needle: str


def budget_findings(text: str, own: frozenset[str] | None = None) -> list[Finding]:
    """Why a budget field gave no amount, where the reason is worth a diagnostic; ``own`` are
    the organization's ``own_words`` (what ``read_budget`` refused another body's figure by)."""
    if lead_status(text):
        return []
    found = amounts(text)
    ends = _clause_ends(text)
    money = [a for a in found if a.is_money]
    refused = [_refusal(text, a, ends, own) for a in money]
    if money and all(refused):
        return [_not_own_finding(text, money[0], refused[0] or "")]
    no_own = _NO_OWN_BUDGET.search(text)
    if money and no_own:  # called only when no budget was read
        return [_not_own_finding(text, money[0], no_own[0])]
    others = _other_amount_findings(text, found)
    if others or any(a.currency for a in found):
        return others
    shared = [a for a in found if a.currency_text]
    if shared:
        return [
            Finding(
                Severity.INFO,
                "extract.budget-currency-shared",
                f"'{shared[0].currency_text}' is written for several currencies and neither the field nor the "
                f"address country says which; no budget is stated",
                shared[0].number_text,
            )
        ]
    bare = [a for a in found if a.multiplier or a.value >= 1000]
    if bare:
        codes = [a for a in amounts(" ".join(text.split())) if a.currency]
        mentions_currency = bool(codes) or _names_currency_apart(text)
        if mentions_currency:
            return [
                Finding(
                    Severity.WARNING,
                    "extract.budget-currency-apart",
                    f"the amount '{text[bare[0].start : bare[0].end]}' and its currency are not written together; "
                    "no budget is stated",
                    bare[0].number_text,
                )
            ]
        return [
            Finding(
                Severity.INFO,
                "extract.budget-no-currency",
                f"the amount '{text[bare[0].start : bare[0].end]}' has no currency; no budget is stated",
                bare[0].number_text,
            )
        ]
    return [
        Finding(Severity.INFO, "extract.unreadable-number", f"'{bad}' is not a number that reads one way only", bad)
        for bad in unreadable_numbers(text)
    ]


def _refusal(text: str, amount: Amount, ends: list[int], own: frozenset[str] | None) -> str | None:
    """Why ``amount`` is not the organization's own figure: a cue in its sentence ("proposed",
    "fell by") or another body as its clause's subject ("The ministry employs …"), else None."""
    return not_own_figure(text, amount, ends) or other_body_subject(text, amount, ends, own)


def _not_own_finding(text: str, figure: Amount, cue: str) -> Finding:
    return Finding(
        Severity.INFO,
        "extract.figure-not-own",
        f"'{text[figure.start : figure.end]}' is not the organization's own current figure ('{cue}': another "
        "body's, planned, reported or a change); none is stated",
        figure.number_text,
    )


def _other_amount_findings(text: str, found: list[Amount]) -> list[Finding]:
    """An Info finding when every amount of money the field holds is something other than the
    budget (a pledge, receipts, an endowment): the field names money but no enacted budget."""
    money = [a for a in found if a.is_money]
    ends = _clause_ends(text)
    if not money or not all(_is_other_amount(text, _sentence(text, a, ends)[0], a) for a in money):
        return []
    first = money[0]
    return [
        Finding(
            Severity.INFO,
            "extract.budget-other-amount",
            f"'{text[first.start : first.end]}' is an amount other than the enacted budget (a pledge, receipt, "
            "grant, endowment or part); no budget is stated",
            first.number_text,
        )
    ]


_CURRENCY_ALONE = re.compile(r"\b(?:in|all figures in|figures in)\s(?P<cur>[A-Za-z][A-Za-z. ]{1,40})")


# "(USD)", "(US dollars)": a currency named in brackets beside a shared sign
_CURRENCY_BRACKETED = re.compile(r"\((?P<cur>[A-Za-z][A-Za-z. ]{1,30})\)")


def _currencies_named(sentence: str) -> frozenset[str]:
    """The currencies a sentence names in words or a code ("in U.S. dollars", "(USD)")."""
    from .numbers import currency

    named: set[str] = set()
    for match in (*_CURRENCY_ALONE.finditer(sentence), *_CURRENCY_BRACKETED.finditer(sentence)):
        words = match["cur"].strip(" .").split()
        code = next((c for size in range(len(words), 0, -1) if (c := currency(" ".join(words[:size])))), None)
        if code:
            named.add(code)
    return frozenset(named)


def _currency_named_beside(named: frozenset[str], amount: Amount) -> str | None:
    """The currency a shared sign stands for where its own sentence names it in words or a code
    (``named``, from ``_currencies_named``: "$21.9 million in U.S. dollars", "$5m (USD)"): one
    currency only, and one written with that sign ("in dollars" names none; a "$" amount "in
    euros" is not read)."""
    from .numbers import shared_sign_currencies

    if amount.currency or not amount.currency_text or len(named) != 1:
        return None
    return next(iter(named)) if named <= shared_sign_currencies(amount.currency_text) else None


def _names_currency_apart(text: str) -> bool:
    from .numbers import currency

    for match in _CURRENCY_ALONE.finditer(text):
        words = match["cur"].strip(" .").split()
        for size in range(len(words), 0, -1):
            if currency(" ".join(words[:size])):
                return True
    return bool(re.search(r"(?<![A-Za-z])(?:[A-Z]{3})(?![A-Za-z])", text)) and any(
        currency(code) for code in re.findall(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])", text)
    )


_NOT_STAFF = frozenset(w.casefold() for (w,) in lexicon.table("not-staff-words"))


def _counts_others(text: str, amount: Amount) -> bool:
    """ "800 000 members", "12,000 students": people who are not the organization's staff."""
    unit = _UNIT.match(text, amount.end)
    return unit is not None and unit["unit"].split()[0].casefold() in _NOT_STAFF


_DURATION_WORDS = frozenset(w.casefold() for (w,) in lexicon.table("headcount-duration-words"))


def _is_duration(text: str, amount: Amount) -> bool:
    """ "over sixty-four years", "for 40 years": a length of time, which counts no one."""
    unit = _UNIT.match(text, amount.end)
    return unit is not None and unit["unit"].split()[0].casefold() in _DURATION_WORDS


_STAFF_MEMBERS = re.compile(r"\bmembers? of (?:the )?staff\b|\bstaff members?\b", re.I)
_NOT_STAFF_SUBJECTS = frozenset(w.casefold() for (w,) in lexicon.table("not-staff-subjects"))
_FIRST_WORDS_REACH = 400  # characters that hold a sentence's first three words


def _others_are_subject(text: str, amount: Amount, ends: list[int]) -> bool:
    """ "(The membership, by contrast, grew from the 77 chemists …)": the count's sentence is
    about members or students (one of its first three words, before the count, and not itself
    counted: "45,000 students and 3,100 staff" counts staff), not staff."""
    start, _ = _sentence(text, amount, ends)
    # the first three words, from a bounded slice: splitting the whole sentence before every
    # amount of a long line of numbers would be quadratic
    head = text[start : min(amount.start, start + _FIRST_WORDS_REACH)]
    words = [w.strip("(),.;:'’").casefold() for w in head.split()[:3]]
    if _cues(text).staff_members.first_within(start, amount.start):
        return False  # "Members of staff: 450", "staff members": the staff after all
    return any(
        w in _NOT_STAFF_SUBJECTS and not (i and any(ch.isdigit() for ch in words[i - 1])) for i, w in enumerate(words)
    )


_PERIOD_CUE = re.compile(rf"\b(?:{lexicon.alternation(w for (w,) in lexicon.table('headcount-period-cues'))})\b", re.I)
# "between 1949 and 1974", "from 1960 to 1990": a span of years (its length is checked in code)
_YEAR_SPAN = re.compile(
    r"\b(?:between\s(?P<a>1[6-9]\d\d|20\d\d)\s(?:and|&)\s|from\s(?P<b>1[6-9]\d\d|20\d\d)\s(?:to|until|till)\s)"
    r"(?P<z>1[6-9]\d\d|20\d\d)\b",
    re.I,
)


def over_period(text: str, amount: Amount, ends: list[int]) -> str | None:
    """The words that make ``amount`` a count summed over a span of time ("were engaged on the
    Scheme between 1949 and 1974", "over its lifetime"), not staff at one date; ``ends`` are the
    text's ``_clause_ends``. A one-year range ("2022–23") is a fiscal year, not a span."""
    start, end = _sentence(text, amount, ends)
    cues = _cues(text)
    return cues.period.first_within(start, end) or cues.long_spans.first_within(start, end)


_CITATION_WORDS = sorted((w for (w,) in lexicon.table("citation-words")), key=len, reverse=True)
# A provision's number: after a citation word ("Section 7", "Art. 12", "§ 5"), or the
# sub-provision right after one ("7(9)"); 20 characters back at most.
_CITED = re.compile(rf"(?:(?<![\w.])(?:{lexicon.spaced_alternation(_CITATION_WORDS)})\s?|\d\()\Z", re.I)


def _in_citation(text: str, amount: Amount) -> bool:
    """ "(Section 7(9) of the RTI Act, 2005)": a number of a legal citation counts no one."""
    return _CITED.search(text[max(0, amount.start - 20) : amount.start]) is not None


def _worded_count(text: str) -> Amount | None:
    """ "roughly fifty researchers": a count in words, only at the start of the field or after a
    qualifier ("the lab had two divisions" counts divisions, not people)."""
    words = [
        w
        for w in word_amounts(text)
        if not w.is_money and not _is_duration(text, w) and (w.qualifier or not text[: w.start].strip())
    ]
    ends = _clause_ends(text)
    return next(
        (
            w
            for w in words[:1]
            if not _counts_others(text, w) and not over_period(text, w, ends) and not part_of_staff(text, w, ends)
        ),
        None,
    )


def _worded_beside_years(text: str, digits: list[Amount], own: frozenset[str] | None) -> Amount | None:
    """ "Roughly two hundred and twenty-five thousand people at the end of 2013": where
    the only digits are years (no money, no other number), the count in words, never a planned,
    changed or another body's count; None: the digits are read as usual."""
    if not all(_YEAR_LIKE.fullmatch(a.number_text) and not a.multiplier and not a.is_money for a in digits):
        return None
    worded = _worded_count(text)
    if worded is None:
        return None
    ends = _clause_ends(text)
    own_count = not not_own_figure(text, worded, ends) and not other_body_subject(text, worded, ends, own)
    return worded if own_count else None


# A size band of a company database ("10001+", "101-250", "5,001–10,000"): its lower
# bound is one more than a round figure (or 1), its upper bound a round figure; a round figure is
# one digit or 25 followed by zeros. A band is a class of sizes, never a count: neither bound is read.
_ROUND_FIGURE = re.compile(r"(?:[1-9]|25)0+")
_BAND_PLUS = "+"  # the qualifier ``amounts`` gives an open band's "+"
_BAND_DASHES = frozenset({"-", "–", "—", "to"})  # between a closed band's bounds


def _round(value: int) -> bool:
    return _ROUND_FIGURE.fullmatch(str(value)) is not None


def _band_spans(text: str, digits: list[Amount]) -> set[int]:
    """The starts of the amounts of ``digits`` that are bounds of a size band (see above)."""
    starts: set[int] = set()
    for amount, following in zip(digits, [*digits[1:], None], strict=False):
        if not amount.is_integer or amount.multiplier or amount.value < 1:
            continue
        value = int(amount.value)
        low = value == 1 or (value > 10 and _round(value - 1))
        if not low:
            continue
        if amount.qualifier == _BAND_PLUS and value > 10:
            starts.add(amount.start)  # "10001+": an open band (a round "21,000+" stays a count)
            continue
        if (
            following is not None
            and text[amount.end : following.start].strip() in _BAND_DASHES
            and following.is_integer
            and not following.multiplier
            and following.value > value
            and _round(int(following.value))
        ):
            starts.update((amount.start, following.start))  # "101-250", "5,001–10,000"
    return starts


def _headcount_amount(text: str, own: frozenset[str] | None = None) -> Amount | None:
    """The count of staff in ``text``; ``own`` are the organization's ``own_words`` (None: unknown)."""
    if _cues(text).total_unknown:
        return None  # "approx. 400 at one works; total not documented": parts only
    digits = amounts(text, count=True)
    worded = _worded_beside_years(text, digits, own) if digits else _worded_count(text)
    if worded is not None or not digits:
        return worded
    ends = _clause_ends(text)
    # "At 31 March 2024 the Group had 39,600 employees": a day of a date counts no one
    days = [(start, end) for start, end, value in date_spans(text) if value.day is not None]
    bands = _band_spans(text, digits)
    for amount in digits:
        if amount.is_money and amount.start not in bands:
            return None  # money, not people
        if (
            amount.start in bands  # "Number of Employees: 10001+": a size band; an exact figure may follow
            or _counts_others(text, amount)
            or _others_are_subject(text, amount, ends)
            or _in_citation(text, amount)
            or any(start <= amount.start < end for start, end in days)
        ):
            continue
        if _is_duration(text, amount):
            continue  # "staff changed a lot over 64 years": a length of time
        if other_body_subject(text, amount, ends, own):
            continue  # "The ministry employs 12,000 people; the agency itself has 300"
        if over_period(text, amount, ends):
            continue  # people who worked on it over years, not the staff at one date
        if part_of_staff(text, amount, ends):
            return None  # one site's or one group's staff: the whole is not written
        if not_own_figure(text, amount, ends):
            return None  # another body's, a planned or a changed count: no headcount
        number = amount.number_text
        if _YEAR_LIKE.fullmatch(number) and not amount.multiplier:
            before = text[max(0, amount.start - 8) : amount.start]
            after = text[amount.end : amount.end + 1]
            if _YEAR_BEFORE.search(before) or after in {")", "–", "-", "/"} or not amount.qualifier:
                continue  # "(2024)", "in 2023": the as-of year, not a count
        if _RANGE_AFTER.match(text, amount.end):
            return None  # "1,000–1,200", "between 300 and 400": a range is not one count
        if _breakdown(text, amount, digits, ends):
            return None  # "800 scientists and 300 support staff": parts, no total written
        return amount
    return None


def _breakdown(text: str, amount: Amount, digits: list[Amount], ends: list[int]) -> bool:
    """Another count of staff joined to ``amount`` by "and", "plus" or a comma in its sentence,
    with no cue that it is a part of it ("including", "of whom"): a breakdown without a total.
    Adding the parts up would state a figure the text does not."""
    for other in digits:
        if other.start <= amount.end or _YEAR_LIKE.fullmatch(other.number_text) or _counts_others(text, other):
            continue
        between = text[amount.end : other.start]
        after = bisect_left(ends, amount.end)  # a clause ends between them (``ends``: the text's)
        if (after < len(ends) and ends[after] < other.start) or "(" in between or _PART_CUE.search(between):
            return False
        if _PART_AFTER.match(text, other.end):
            return False
        joined = _last_joiner(between)
        if joined is None or _second_predicate(between[joined:]) or _place_phrase(between[joined:]):
            # "employed 4,000 people and controlled some 30 subsidiaries": another verb's object;
            # "9,000 staff, in some 400 offices": where they work
            return False
        return _UNIT.match(text, other.end) is not None
    return False


_SECOND_PREDICATE_VERBS = frozenset(w.casefold() for (w,) in lexicon.table("headcount-second-predicate-verbs"))


def _last_joiner(between: str) -> int | None:
    """Where the last "and", "plus" or comma between two counts ends, else None."""
    joiners = list(_JOINED.finditer(between))
    return joiners[-1].end() if joiners else None


def _second_predicate(after_joiner: str) -> bool:
    """ "… and controlled some 30 subsidiaries": a verb of ``headcount-second-predicate-verbs``
    after the joiner, before the second count, opens a predicate of its own."""
    return any(w.strip(",;:").casefold() in _SECOND_PREDICATE_VERBS for w in after_joiner.split())


_PLACE_PREPOSITIONS = frozenset(w.casefold() for (w,) in lexicon.table("headcount-place-prepositions"))


def _place_phrase(after_joiner: str) -> bool:
    """ ", in some 400 offices": the phrase after the joiner opens with a preposition of
    ``headcount-place-prepositions``: its count is where the staff work, not a part of them."""
    words = after_joiner.split()
    return bool(words) and words[0].casefold() in _PLACE_PREPOSITIONS


def read_headcount(field: Field, identity: Identity) -> ReaderResult:
    text = field.text
    status = lead_status(text)
    if status:
        return [], status
    amount = _headcount_amount(text, own_words(identity))
    if amount is None or not amount.is_integer or amount.value < 0:
        return [], None
    if len(str(amount.value)) > 15:  # no organization has a quadrillion staff
        return [], None
    unit = _UNIT.match(text, amount.end)
    unit_text = None
    if unit:
        words = []
        for word in unit["unit"].split():
            if word in _UNIT_STOP:
                break
            words.append(word)
        unit_text = clean(" ".join(words)) or None
    as_of = _AS_OF.search(text, amount.end) or _AS_OF_BEFORE.search(text, 0, amount.start)
    qualifier = amount.qualifier
    return [
        EmployeeCount(
            value=int(amount.value),
            verbatim=text,
            qualifier=qualifier,
            as_of=int(next(g for g in as_of.groups() if g)) if as_of else None,
            unit_text=unit_text,
        )
    ], None


def headcount_findings(text: str, own: frozenset[str] | None = None) -> list[Finding]:
    """Why a headcount field gave no count, where the reason is worth a diagnostic; ``own`` are
    the organization's ``own_words``, as ``read_headcount`` used them."""
    if lead_status(text):
        return []
    amount = _headcount_amount(text, own)
    if amount is not None and amount.is_integer:
        return []
    digits = [a for a in amounts(text, count=True) if not a.is_money]
    bands = _band_spans(text, digits)
    if amount is None and bands:
        band = next(a for a in digits if a.start in bands)
        return [
            Finding(
                Severity.INFO,
                "extract.headcount-band",
                f"'{band.number_text}' bounds a size band of a database, not a count; no headcount is stated",
                band.number_text,
            )
        ]
    ends = _clause_ends(text)
    refused = [
        (a, cue) for a in digits if not _YEAR_LIKE.fullmatch(a.number_text) and (cue := _refusal(text, a, ends, own))
    ]
    if amount is None and refused:
        return [_not_own_finding(text, *refused[0])]
    part = _cues(text).total_unknown or next(
        (cue for a in digits if not _YEAR_LIKE.fullmatch(a.number_text) and (cue := part_of_staff(text, a, ends))), None
    )
    if amount is None and part:
        return [
            Finding(
                Severity.INFO,
                "extract.headcount-part",
                f"the count is of one part of the staff ('{part}'), not the whole; no headcount is stated",
                part,
            )
        ]
    if amount is None and any(_breakdown(text, a, digits, _clause_ends(text)) for a in digits[:1]):
        return [
            Finding(
                Severity.INFO,
                "extract.headcount-breakdown",
                "the staff are counted in parts with no total; no headcount is stated",
                digits[0].number_text,
            )
        ]
    if amount is not None:
        return [
            Finding(
                Severity.INFO,
                "extract.unreadable-number",
                f"'{amount.number_text}' is not a whole count of people; no headcount is stated",
                amount.number_text,
            )
        ]
    ends = _clause_ends(text)
    summed = [
        (a, cue) for a in digits if not _YEAR_LIKE.fullmatch(a.number_text) and (cue := over_period(text, a, ends))
    ]
    if summed:
        count, cue = summed[0]
        return [
            Finding(
                Severity.INFO,
                "extract.headcount-over-period",
                f"'{text[count.start : count.end]}' counts people over a span of time ('{cue}'), not the staff "
                "at one date; no headcount is stated",
                count.number_text,
            )
        ]
    others = [a for a in amounts(text) if _counts_others(text, a)]
    if others:
        return [
            Finding(
                Severity.INFO,
                "extract.headcount-not-staff",
                f"'{text[others[0].start : others[0].end]}' counts people who are not staff; no headcount is stated",
                others[0].number_text,
            )
        ]
    return [
        Finding(Severity.INFO, "extract.unreadable-number", f"'{bad}' is not a number that reads one way only", bad)
        for bad in unreadable_numbers(text)
    ]


# "Funding comes from A, B and C", "funded by A and B": the sources are what follows the cue.
_FUNDING_CUE = re.compile(rf"\b(?:{lexicon.spaced_alternation(w for (w,) in lexicon.table('funding-cues'))})", re.I)
_LABEL_HEDGE = re.compile(rf"\A(?:{lexicon.alternation(w for (w,) in lexicon.table('label-hedges'))})\s+", re.I)


def _after_funding_cue(text: str) -> str | None:
    """The rest of the text after the first funding cue and the spaces after it, read in code
    (the regex "cue, spaces, any text to the end" backtracked in quadratic time): the rest
    runs to the end of the text (but a final line break) and starts after at least one space,
    as late in the spaces as it can."""
    last_break = text.rfind("\n", 0, len(text) - 1)
    for cue in _FUNDING_CUE.finditer(text):
        spaces = cue.end()
        while spaces < len(text) and text[spaces].isspace():
            spaces += 1
        for start in range(spaces, cue.end(), -1):  # \s+ gives back spaces, one at a time
            if start < len(text) and text[start] != "\n" and start > last_break:
                stop = text.find("\n", start)
                return text[start:] if stop == -1 else text[start:stop]
    return None


def read_funding(field: Field, _: Identity) -> ReaderResult:
    """The funding sources a Funding text lists: a list's items, or the prose after a funding
    cue (lexicon/funding-cues.csv), as free-text labels (``text.field_labels``)."""
    if list_lines(field):
        labels = field_labels(field)[0]
    else:
        labels = free_text_labels(_after_funding_cue(field.text) or field.text)[0]
    unhedged = (_LABEL_HEDGE.sub("", label) for label in labels)
    return [FundingSource(label) for label in unhedged if label], None
