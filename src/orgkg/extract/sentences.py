"""Where sentences end: the one decision every sentence splitter of the extractor uses.

A full stop, "!", "?" or "…" (and, where a caller asks, ";") ends a sentence when one may
start after it: after spaces (or closing quotes and spaces) comes the end of the text or a
character that starts a sentence (not a lower-case letter, a digit or a comma). A full
stop ends none after an initial ("J. R. R. Tolkien", "U.S. Congress") or after an
abbreviation written before a name or number or inside a sentence ("St. Louis", "No. 5",
"e.g."), listed in ``ontology/lexicon/abbreviations.csv``, nor after a short capitalised word
that opens a company's name before its legal form ("Gebr. Olsen AG"). The text is read once, with
bounded look-behind, so the split stays linear (no backtracking regex).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, pairwise

from orgkg.extract import lexicon

_STOPS = ".!?…"
_CLOSERS = "\"'”’)]»"  # may follow a stop before the spaces: 'he said "no." Then'
_OPENERS = "\"'“‘([«"
_CONTINUATIONS = ",;:.)]}…"  # a stop before one of these ends no sentence ("Inc., Ltd.")
_POSITIONS = frozenset({"before", "within", "after"})
# The characters that may end a sentence, found by one scan (a character class: linear).
_STOP_CHARS = re.compile(f"[{re.escape(_STOPS)};]")


@dataclass(frozen=True)
class Abbreviation:
    word: str  # with its final stop: "Inc.", "e.g."
    position: str  # "before" a name or number, "within" a sentence, or "after" a name
    note: str

    @property
    def ends_no_sentence(self) -> bool:
        return self.position != "after"


@dataclass(frozen=True)
class SentenceEnd:
    stop: int  # offset of the stop character
    end: int  # offset after the stop and any closing quotes or brackets


@cache
def abbreviations() -> dict[str, Abbreviation]:
    table = {}
    for word, position, note in lexicon.table("abbreviations"):
        if position not in _POSITIONS or not word.endswith("."):
            raise lexicon.LexiconError(f"lexicon/abbreviations.csv: bad row {word!r}, {position!r}")
        table[word] = Abbreviation(word, position, note)
    # "Pvt. Ltd.", "Sdn. Bhd.": a dotted word a legal form (legal-form-suffixes.csv) continues
    # after is written before the rest of the form, so its stop ends no sentence.
    for form in lexicon.legal_form_suffixes():
        for word in form.split()[:-1]:
            if word.endswith(".") and word not in table:
                table[word] = Abbreviation(word, "before", f"word of the legal form {form!r}")
    # A memo's abbreviated common words ("Exec. Chmn.", "Div. 1", memo-abbreviations.csv)
    # where abbreviations.csv does not list them.
    for word, (kind, position) in lexicon.memo_abbreviations().items():
        if word not in table:
            table[word] = Abbreviation(word, position, f"memo abbreviation ({kind})")
    return table


@cache
def _longest() -> int:
    return max(len(word) for word in abbreviations()) + 2  # room for an opening quote


def abbreviation(word: str) -> Abbreviation | None:
    """The table's entry for ``word`` written with its final stop ("Inc."), if any."""
    return abbreviations().get(word)


def _word_before(text: str, stop: int) -> str:
    """The word the stop at ``stop`` ends, without opening quotes or brackets; "" when it
    is longer than any abbreviation (an ordinary word: bounded look-behind keeps the scan linear)."""
    start = stop
    limit = max(0, stop - _longest())
    while start > limit and not text[start - 1].isspace():
        start -= 1
    if start == limit and start > 0 and not text[start - 1].isspace():
        return "\x00"  # a long word: no abbreviation, no initial
    return text[start:stop].lstrip(_OPENERS)


def _is_initial(word: str) -> bool:
    """ "J" of "J. Smith", "U.S" of "U.S. Congress", "e.g": single letters joined by stops."""
    parts = word.split(".")
    return all(len(part) == 1 and part.isalpha() for part in parts) and (len(parts) > 1 or word.isupper())


def ends_sentence(
    text: str, stop: int, *, semicolons: bool = False, lowercase_start: bool = False
) -> SentenceEnd | None:
    """Whether the character at ``stop`` ends a sentence, and where the sentence ends.
    ``lowercase_start``: the word after the stop is read as if capitalised (a hand that starts
    its sentences in lowercase: "… members. the UK joined later")."""
    char = text[stop]
    if char not in _STOPS and not (semicolons and char == ";"):
        return None
    size = len(text)
    end = stop + 1
    while end < size and end - stop <= 3 and text[end] in _CLOSERS:
        end += 1
    start = end
    while start < size and text[start].isspace():
        start += 1
    if start < size:
        following = text[start].upper() if lowercase_start else text[start]
        if start == end or following.islower() or following.isdigit() or following in _CONTINUATIONS:
            return None
        if start + 1 < size and text[start + 1] == "." and following.isupper():
            return None  # an initial follows ("… Smith. J. Doe"): rather one sentence too long
    if stop == 0 or text[stop - 1].isspace():
        return None  # a stray stop
    if char == "." and text[stop - 1] != ".":
        word = _word_before(text, stop)
        if _is_initial(word):
            return None
        entry = abbreviation(word + ".")
        if entry is not None and entry.ends_no_sentence:
            return None
        if start < size and (word + ".", _next_word(text, start)) in _form_continuations():
            return None  # "Bertelsmann SE & Co. KGaA": the legal form goes on after its stop
        if entry is None and start < size and _abbreviated_name_word(text, word, start):
            return None  # "Fried. Krupp AG": an abbreviated word opening a company's name
    return SentenceEnd(stop, end)


_WORD_AFTER = re.compile(r"\w{1,12}")


def _next_word(text: str, start: int) -> str:
    found = _WORD_AFTER.match(text, start)
    return found[0] if found else ""


@cache
def _form_continuations() -> frozenset[tuple[str, str]]:
    """(dotted word, next word) pairs of the legal forms written after a name ("Co. Ltd.",
    "GmbH & Co. KG"; legal-form-suffixes.csv and legal-form-continuations.csv)."""
    forms = (*lexicon.legal_form_suffixes(), *(form for (form,) in lexicon.table("legal-form-continuations")))
    pairs = set()
    for form in forms:
        words = form.split()
        for first, second in pairwise(words):
            if first.endswith(".") and second.rstrip(".,"):
                pairs.add((first, second.rstrip(".,")))
    return frozenset(pairs)


_NAME_WORD = re.compile(r"[^\W\d_][\w&'’-]{0,30}[.,]?")
# the capitalised words an abbreviated word may stand before a legal form ("Fried. Krupp AG",
# "Gebr. Meyer Werft GmbH"); history.py's name reader counts the same
NAME_WORDS_BEFORE_LEGAL_FORM = 4


def abbreviable_word(word: str) -> bool:
    """``word`` may be an abbreviated word of a company's name when a stop follows it
    ("Fried.", "Gebr.", "Wilh."): two to six letters, a capital, then lowercase."""
    return 2 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and word[1:].islower()


@cache
def _single_word_forms() -> frozenset[str]:
    """Legal forms of one word written after a name ("AG", "GmbH", "Ltd.", "S.A."); not the
    ones spelled as an ordinary word ("Limited", "Corporation"), which a sentence may open with."""
    forms = (form for form in lexicon.legal_form_suffixes() if " " not in form)
    return frozenset(form for form in forms if not form_spelled_as_word(form))


def form_spelled_as_word(form: str) -> bool:
    """A legal form spelled as an ordinary capitalised word ("Limited", "Corporation"), which
    may open a sentence, unlike "AG" or "GmbH"."""
    return form.isalpha() and form.istitle() and len(form) > 4


def _abbreviated_name_word(text: str, word: str, start: int) -> bool:
    """Whether the stop after ``word`` abbreviates a word of a company's name ("formally
    Gebr. Olsen AG Nord"): ``word`` is a short capitalised word no table lists, capitalised
    words after it (at most four) reach a one-word legal form ("AG", "GmbH"), no lowercase
    word but a function word ("in", "of") follows the form without a comma ("… in Bergen.
    Olsen AG owns it" is two sentences), and the text never writes ``word`` without its stop
    ("Bergen, Norway": a word, not an abbreviation)."""
    if not abbreviable_word(word):
        return False
    at = start
    for _ in range(NAME_WORDS_BEFORE_LEGAL_FORM):
        found = _NAME_WORD.match(text, at)
        if found is None or not found[0][0].isupper():
            return False
        if found[0].rstrip(",") in _single_word_forms() or found[0].rstrip(".,") in _single_word_forms():
            after = found.end()
            while after < len(text) and text[after] == " ":
                after += 1
            verb = (
                after < len(text) and text[after].islower() and _next_word(text, after) not in lexicon.function_words()
            )
            if found[0][-1] != "," and verb:
                return False  # "… Krupp AG owned it": the form ends the subject of a new sentence
            return word not in _plain_words(text)
        if found[0][-1] in ".,":
            return False  # the name ends before any legal form
        at = found.end()
        if at >= len(text) or text[at] != " ":
            return False
        at += 1
    return False


_PLAIN_WORD = re.compile(r"\b([A-Z][a-z]{1,5})\b(?!\.)")


@lru_cache(maxsize=4)
def _plain_words(text: str) -> frozenset[str]:
    """The short capitalised words ``text`` writes without a stop after them (read once a text)."""
    return frozenset(found[1] for found in _PLAIN_WORD.finditer(text))


def sentence_ends(
    text: str, start: int = 0, end: int | None = None, *, semicolons: bool = False
) -> Iterator[SentenceEnd]:
    """Each place a sentence of ``text`` ends, left to right, with its stop in ``start:end``
    (``semicolons``: ";" ends one too). The whole text is still the context of each stop."""
    for stop in _STOP_CHARS.finditer(text, start, len(text) if end is None else min(end, len(text))):
        found = ends_sentence(text, stop.start(), semicolons=semicolons)
        if found is not None:
            yield found


def split(text: str, *, semicolons: bool = False) -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end) offsets, spaces around them left out."""
    return list(iter_split(text, semicolons=semicolons))


def iter_split(text: str, *, semicolons: bool = False) -> Iterator[tuple[int, int]]:
    """``split``, one sentence at a time (a caller that needs the first few reads no further)."""
    begin = 0
    for found in chain(sentence_ends(text, semicolons=semicolons), (SentenceEnd(len(text), len(text)),)):
        start, end = begin, found.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end
        begin = found.end
