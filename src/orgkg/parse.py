"""Parse stage: profile text → :class:`orgkg.model.Profile` (DESIGN §1).

Pure functions (:func:`parse_profile`, :func:`decode_text`) do the work; only
:func:`read_profile` and :func:`discover` touch the file system. Bad input raises
:class:`orgkg.errors.InputError` (``file:line: reason``) and nothing else; things worth
knowing that do not stop parsing become :class:`orgkg.model.Diagnostic` warnings.

The template, line by line
--------------------------
* Lines end with LF, CRLF or CR. Line numbers are 1-based and count the lines of the
  file as an editor shows them (a leading BOM does not shift them). Trailing
  whitespace is ignored.
* Blank lines and *decoration* lines (only ``|``, ``¦``, ``│`` and whitespace) are
  ignored everywhere.
* The **title** is the first remaining line.
* The **intro** is the next line, unless that line is a known heading (then there is
  no intro). Further lines before the first heading are dropped with an
  ``extra-intro-line`` warning.
* A **known heading** is a line that is exactly a name in ``model.KNOWN_FIELDS`` (or a spelling
  of one in ``lexicon/heading-spellings.csv``: "Parent organisation"), compared
  case-insensitively after trimming, collapsing inner whitespace, removing invisible format
  characters, its markup ("## Partners", "== Partners ==", "<h2>Partners</h2>", "**Partners**",
  "<b>Partners</b>"), a number before it ("3. Partners", "2.1 Partners", "IV. Partners") and one
  trailing ``:``. The canonical spelling is stored. A line marked up as a heading (Markdown,
  wikitext, HTML ``<hN>``) is a heading even when it names no known one.
* An **unknown heading** (``Website``, ``Key people``) is kept as
  ``Field(known=False)`` and reported as an ``unknown-heading`` warning. Because a short
  value line ("United States", "Director of the Office") looks just like a heading,
  a line counts as an unknown heading only if all of these hold:

  1. it is *heading-like*: 1 to 5 words, starts with an uppercase letter, has no
     digits, no URL (``://``, ``www.``, ``@``), no ``,`` ``;`` ``[``, spaced dash or tab (an
     infobox row "Successor<TAB>X" is a label and its value), does not end with punctuation
     (``. ! ? : ; , …``) and is not a bullet;
  2. the next content line is neither a known heading nor heading-like (it looks like
     a value: "https://x.org", a bullet, a sentence) nor a note in brackets on this line
     ("Haïti / (also an office in Pittsburgh.)"), or there is no next line;
  3. that next line exists, or the current field already has a value;
  4. the current field is not a known field (References aside) still without a value: the
     first line under a known heading is its value ("Headquarters address / Institut Pasteur / B.P. 1274 /
     101 Antananarivo", "Leader / Key people / - A"), never a heading of its own.

  So in ``Headquarters address / 1400 Independence Ave SW / United States / History``
  "United States" is a value (a known heading follows), in ``Leader / Director of the
  Office / Divisions`` the Director line is a value, in ``Headquarters address / Acme
  Tower / 1 Main St, Springfield`` "Acme Tower" is a value (rule 4), and in ``Mission /
  To help. / Website / https://x.org`` "Website" is an unknown heading. Known limits of
  the rule: an unknown heading whose value is itself heading-like ("Key people / Jane
  Doe") is read as a value, and so is an unknown heading right after an empty known one;
  a heading-like value line inside a field followed by a value line ("Divisions / - A /
  Serial Production Plant / Builds the An-124.") is read as a heading. The warning names
  the line either way, so nothing is lost silently.
* **Value lines** become :class:`Item` objects. ``- ``, ``* ``, an en dash and a space
  (``– ``), and ``•``, ``◦``, ``▪``, ``‣`` start a bullet (a lone dash stays a null).
  Footnote markers ``[n]``, ``[1][2]``, ``[1, 2]`` are removed from the text and kept
  in ``Item.footnotes`` when they sit at the end of the line, right before
  punctuation, or right after punctuation ("in 1950.[1] It moved"); a marker anywhere
  else is ordinary text. A line holding only markers adds them to the previous value.
  Markers in the intro are removed too; they are checked but not stored (the model has
  no place for them). Wikipedia's letter notes ("(SOPS)[b]", "[note 1]") and cleanup tags
  (``lexicon/editorial-tags.csv``: "[citation needed]", "[when?]") are removed from the
  intro and every value line: they are not references.
  A transcript's turn heads — a timestamp opening the line and every later one, each with
  the speaker's label after it ("[00:02:11] NADIA: ") — are removed, and so are the turns
  that only ask ("Staff numbers?") and stage directions (``lexicon/stage-directions.csv``:
  "[music]"). Markdown emphasis (``**X**``, ``__X__``, ``*X*``) loses its markers. A
  numbered paragraph's number opening a line ("[16] ", "¶ 12 ") and exhibit citations in
  brackets (``lexicon/exhibit-citations.csv``: "(Exh. C-6)") are removed, and so is a form
  field's number ("8.1 Legal representative: …"; not "1.5 million"); a line that opened with
  one is a list item, as a bulleted line is.
* An e-mail header as the first line ("From: A · To: list · Subject: …",
  ``lexicon/mail-header-fields.csv``) is skipped with a ``mail-header`` warning, and the next
  line is the intro; a line opening with ``>`` quotes an earlier message and is skipped with a
  ``quoted-line`` warning.
* A heading with no value lines is kept with ``items=()``. A repeated heading keeps the
  first occurrence; the later ones are reported as ``duplicate-heading`` and their
  value lines are dropped.
* Lines under ``References`` become :class:`Reference` objects, numbered by position
  (``[n]`` points at the n-th). The expected form is
  ``- ↑ Publisher. "Title". Site owner, URL (accessed Month D, YYYY).``; the bullet, the
  arrow (``↑`` or ``^``), an explicit ``[n]``/``n.`` number, any part and the
  parentheses may be missing; straight, curly or angle quotes delimit the title;
  ``accessed``, ``accessed on``, ``retrieved`` and ``Retrieved on`` introduce the date,
  written ``February 8, 2025``, ``Feb. 8 2025``, ``8 February 2025`` or ``2025-02-08``.
  Without a quoted title, everything before the URL is kept as the publisher.
  Only an absolute http(s) URL (:func:`orgkg.iri.web_url`) is kept; anything else
  (``javascript:``, ``file:``, relative) is left out with a warning, as is an
  unreadable date. A line with neither a URL nor a quoted title is reported as
  ``malformed-reference``. ``Reference.raw`` always keeps the line as written.
* A footnote pointing at no reference is reported as ``dangling-footnote``.

Refused input (:class:`InputError`): empty or decoration-only text ("empty profile"),
NUL and other C0 control characters (binary files), lone surrogates, invalid UTF-8 /
UTF-16, and anything over a :class:`Limits` bound.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from orgkg import iri, wikitext
from orgkg.errors import InputError, UsageError
from orgkg.model import KNOWN_FIELDS, Diagnostic, Field, Item, Profile, Reference, Severity
from orgkg.resources import lexicon_table

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "check_output_folder",
    "decode_text",
    "discover",
    "parse_profile",
    "read_profile",
]

REFERENCES = "References"

# --- one compiled pattern per concept ---------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """``text`` split at the line breaks the parser counts (CRLF, CR, LF), so line numbers
    elsewhere (a site's source pages) match the citations'."""
    return _LINE_BREAK.split(text)


# Characters a text profile never contains: NUL and the other C0 controls but TAB, LF,
# VT, FF, CR; DEL. Their presence means a binary or corrupted file.
_FORBIDDEN_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Matched against a stripped, non-empty line, so it starts with a bar. One star only:
# "[..]*[|][..]*" backtracks quadratically on a long "||||...x" line.
_DECORATION = re.compile(r"[\s|¦│]+")
# Invisible format characters (zero-width space, joiners, BOM, soft hyphen) that must
# not stop "Mission\u200b" from being the Mission heading.
_FORMAT_CHARS = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_BULLET = re.compile(r"(?:[-*](?=[ \t]|$)|–(?=[ \t]{1,8}\S)|[•◦▪‣])[ \t]*")
# One run of footnote markers: [1] / [1][2] / [1, 2] / [1] [2]. Bounded digits (an int
# of thousands of digits is slow and refused by Python) and a bounded run length keep
# the pattern linear on hostile lines.
_FOOTNOTE_RUN = re.compile(
    r"\[[ \t]*\d{1,9}(?:[ \t]*,[ \t]*\d{1,9})*[ \t]*\]"
    r"(?:[ \t]*\[[ \t]*\d{1,9}(?:[ \t]*,[ \t]*\d{1,9})*[ \t]*\]){0,19}"
)
_FOOTNOTE_NUMBER = re.compile(r"\d{1,9}")
# A scholar's superscript markers: "in 1954.¹²", "Dar es Salaam²", "(Geneva)¹¹", "¹,²".
_SUPERSCRIPT_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}(?:[ \t]?,[ \t]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}){0,9}")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# "1,200 m²", "40 km²": after a unit of lexicon/exponent-units.csv a lone ² or ³ is an exponent
_EXPONENT_UNITS = frozenset(unit for (unit,) in lexicon_table("exponent-units"))

# Punctuation a footnote marker may precede ("text[1].") or follow ("text.[1] More").
_MARKER_NEIGHBOUR_PUNCT = frozenset('.,;:!?)"”’»…')
_HEADING_END_PUNCT = frozenset(".!?:;,…")
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"://|\bwww\.|@", re.IGNORECASE)
# "Director: Jane Doe", "Director - Jane Doe" (a spaced dash) are value lines, not headings
_HEADING_FORBIDDEN = re.compile(r"[,;:\[]|\s[-–—]\s")


def _reply_words(kind: str) -> str:
    return "|".join(re.escape(word) for word, of_kind in lexicon_table("reply-heads") if of_kind == kind)


# A form's reply head before a value ("Point No. 5 — Reply: ", "Answer: "), lexicon/reply-heads.csv:
# an optional numbered point, then a reply word and a colon, or a dash and a space
# ("Response-time" is a word). Bounded gaps keep it linear.
_REPLY_HEAD = re.compile(
    r"(?i:(?:(?:" + _reply_words("point") + r")\.?[ \t]{0,3}(?:no\.?[ \t]{0,3})?\d{1,4}[a-z]?\.?[ \t]{0,3}"
    r"[—–:-]{1,2}[ \t]{0,3})?(?:" + _reply_words("reply") + r")\.?[ \t]{0,3}(?::[ \t]{0,3}|[—–-][ \t]{1,3}))(?=\S)"
)

# A securities filing's item heading ("Item 4. Information on the Company — Business Overview. "),
# lexicon/filing-item-heads.csv: the word, a number, a full stop, a heading of at most 80
# characters and its full stop, before a capital or a quote. Bounded, so linear.
_FILING_ITEM = re.compile(
    r"(?:"
    + "|".join(re.escape(word) for (word,) in lexicon_table("filing-item-heads"))
    + r")[ \t]{1,3}\d{1,2}[A-Z]?\.[ \t]{1,3}(?P<heading>[^.\n]{1,80}?)\.[ \t]{1,3}(?=[A-Z\"“(])"
)


def _drop_filing_item(line: str) -> str:
    """ "Item 1. Business — General. The X is …" → "The X is …": a filing's item heading in
    title case (every word capitalised, or a short joining word: "on", "the", "and") is
    layout; "Item 3. the budget was cut." keeps its text."""
    found = _FILING_ITEM.match(line)
    if found is None:
        return line
    words = found["heading"].replace("—", " ").replace("–", " ").split()
    title_case = all(w[:1].isupper() or (w.islower() and len(w) <= 4) or w == "&" for w in words)
    return line[found.end() :] if words and title_case else line


# A numbered paragraph of a judgment or an award ("[16] As at 30 June …", "¶ 12 The Bank …"): the
# number opening the line is layout. A bracketed number elsewhere is a footnote marker or text.
_PARAGRAPH_NUMBER = re.compile(r"(?:\[\d{1,3}\]|¶[ \t]{0,2}\d{1,3}\.?)[ \t]{1,3}(?=[^\s[])")
# A form's field number: "8.1 Legal representative: …", "10.2 Wynne Prize" opening a line, or
# "… AG. 1.2 Trading name: …" after a full stop or semicolon, before a label and its colon.
_FIELD_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[ \t]{1,3}(?=[A-Z0-9\[])")
# "1.5 Million people": a decimal before a multiplier word (lexicon/multipliers.csv) is a number
_MULTIPLIER_WORDS = sorted((word for word, _ in lexicon_table("multipliers")), key=len, reverse=True)
_MULTIPLIED = re.compile(r"(?i:" + "|".join(re.escape(word) for word in _MULTIPLIER_WORDS) + r")\b")
_INLINE_FIELD_NUMBER = re.compile(r"(?<=[.;][ \t])\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[ \t](?=[A-Z][^.:\n]{0,60}:)")
# An exhibit citation in brackets (lexicon/exhibit-citations.csv): "(Exh. C-6)". Bounded, so linear.
_EXHIBIT_CITATION = re.compile(
    r"[ \t]{0,3}\((?:"
    + "|".join(re.escape(word) for (word,) in lexicon_table("exhibit-citations"))
    + r")[ \t]{1,3}[^()\n]{1,60}\)"
)


def _form_numbered(line: str) -> bool:
    """ "10.2 Wynne Prize": a line opening with a form field's number is one item of a list,
    as a bulleted one is; not "9.1 Units declared:" (the label of the list after it) nor
    "1.5 million staff"."""
    found = _FIELD_NUMBER.match(line)
    return found is not None and not _MULTIPLIED.match(line, found.end()) and not line.rstrip().endswith(":")


def _drop_citation_layout(line: str) -> str:
    """ "[16] As at 2023 it had 1,400 employees (Exh. C-6)." → "As at 2023 it had 1,400
    employees."; "1.1 Legal name: X. 1.2 Acronym: Y." → "Legal name: X. Acronym: Y.": a
    paragraph's or a form field's number and exhibit citations are layout, not content. A
    decimal before a multiplier ("1.5 Million people") is a number and stays."""
    found = _PARAGRAPH_NUMBER.match(line) or _FIELD_NUMBER.match(line)
    if found and not _MULTIPLIED.match(line, found.end()):
        line = line[found.end() :]
    if "(" in line:
        line = _EXHIBIT_CITATION.sub("", line)
    return _INLINE_FIELD_NUMBER.sub("", line) if ":" in line else line


def _layout_dropped(line: str) -> str:
    """A line without the layout pasted with its text: paragraph numbers and exhibit
    citations, a filing's item heading, Markdown emphasis, a transcript's turn heads and an
    FAQ's questions."""
    return _drop_questions(
        _drop_turn_heads(_drop_emphasis(_markdown_links(_drop_filing_item(_drop_citation_layout(line)))))
    )


# An FAQ's turn heads (lexicon/faq-heads.csv): "Q: Who runs it? A: The Director, X." A line
# that opens with a question head is a run of questions and answers; only the answers state
# anything. "A" takes a colon only ("A. Smith" is a name); bounded gaps keep it linear.
def _faq_heads(kind: str) -> str:
    return "|".join(re.escape(head) for head, of_kind in lexicon_table("faq-heads") if of_kind == kind)


_FAQ_QUESTION = re.compile(r"(?:" + _faq_heads("question") + r")[ \t]{0,2}[:.][ \t]{1,3}")
_FAQ_ANSWER = re.compile(r"(?:" + _faq_heads("answer") + r")[ \t]{0,2}:[ \t]{1,3}")
_FAQ_TURN = re.compile(r"(?:^|(?<=[ \t]))(?:(?P<question>" + _FAQ_QUESTION.pattern + r")|" + _FAQ_ANSWER.pattern + r")")


def _drop_questions(line: str) -> str:
    """ "Q: Who runs it? A: The Director, X. Q: Since when? A: 2019." → "The Director, X.
    2019.": the questions of an FAQ line are dropped, its answers kept. A line that does not
    open with a question head, or an answer head alone ("A: …", read by ``_faq_answer``), is
    returned as it is."""
    if not _FAQ_QUESTION.match(line):
        return line
    answers: list[str] = []
    asking = True
    position = 0
    for turn in _FAQ_TURN.finditer(line):
        if not asking:
            answers.append(line[position : turn.start()].strip())
        asking = turn["question"] is not None
        position = turn.end()
    if not asking:
        answers.append(line[position:].strip())
    return " ".join(answer for answer in answers if answer)


def _faq_answer(line: str) -> str | None:
    """The text after an answer head opening ``line`` ("A: Six states."), else None."""
    head = _FAQ_ANSWER.match(line)
    return line[head.end() :] if head else None


# A transcript's turn head: a timestamp ("[00:02:11]", "[1:02:11.5]", "(02:11)") and the
# speaker's label after it ("NADIA:", "Speaker 2:", "Q:"). Layout, not content. Only a
# label right after a timestamp is a speaker: "HQ: 350 Fifth Avenue" alone is a value.
_TURN_HEAD = re.compile(
    r"[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])][ \t]{0,3}"
    r"(?:[A-Z][\w.'’-]{0,30}(?:[ \t][A-Z0-9][\w.'’-]{0,30}){0,2}[ \t]{0,2}:(?=[ \t]|$)[ \t]{0,3})?"
)
# A turn that only asks ("Staff numbers?", "And the director is?") states no fact.
_STATEMENT_BREAK = re.compile(r"[.!…][ \t]")


# An e-mail header pasted as the first line ("From: A · To: list · Subject: …",
# lexicon/mail-header-fields.csv): a sender field at the start and another field after it.
def _mail_fields(kind: str) -> str:
    return "|".join(re.escape(field) for field, of_kind in lexicon_table("mail-header-fields") if of_kind == kind)


_MAIL_SENDER = re.compile(r"(?i:" + _mail_fields("sender") + r")[ \t]{0,3}:")
_MAIL_OTHER_FIELD = re.compile(r"(?:\A|[\s·|•;,])(?i:" + _mail_fields("other") + r")[ \t]{0,3}:")
# A quoted line of an earlier message in a thread ("> Sam: parent = ?"): another's words.
_QUOTED_LINE = re.compile(r"[ \t]{0,8}>")
# Markdown emphasis pasted with an assistant's or a wiki's answer: "**Ministry of X**",
# "__X__", "*Nature*". A marker pair hugs its text (no space inside either end) and stands
# outside a word, so "5 * 3 * 2", "file_name_x" and a footnote star ("$5m*") are left alone.
# The span is bounded, which keeps the scan linear.
_EMPHASIS = re.compile(
    r"(?<![\w*])\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*(?![\w*])"
    r"|(?<![\w_])__(?=\S)([^_\n]{1,300}?)(?<=\S)__(?![\w_])"
    r"|(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"
)

# References
_REF_PREFIX = re.compile(
    r"(?:[-*•][ \t]*)?"
    r"(?:\[(?P<bracketed>\d{1,9})\][ \t]*|(?P<numbered>\d{1,9})[.)][ \t]+)?"
    r"(?:[↑^][ \t]*)?"
)
_REF_ACCESS = re.compile(r"(?P<open>\(\s*)?\b(?:accessed|retrieved)(?:\s+on)?\b\s*:?\s*", re.IGNORECASE)
_REF_TRAILING_PARENS = re.compile(r"\((?P<inner>[^()]*)\)[\s.]*$")
_REF_QUOTED_TITLE = re.compile(r"[\"“„«](?P<title>[^\"“”„«»]+)[\"”“»]")
_REF_URL_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+|www\.\S+|\.{0,2}/\S*")

_KNOWN_BY_KEY: dict[str, str] = {
    **{name.casefold(): name for name in KNOWN_FIELDS},
    **{spelling.casefold(): heading for spelling, heading in lexicon_table("heading-spellings")},
}


# --- limits -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """Upper bounds that keep one hostile or broken file from exhausting memory or time.

    Each is checked where it is cheapest; exceeding one raises :class:`InputError` naming
    the file, the line and the limit. Raise a limit with
    ``Limits(max_line_chars=100_000)`` or the matching command-line option
    (``--max-line-chars``; see ``orgkg.cli_limits``).

    The defaults are far above any real profile (the seed is 4 KB, its longest line 500
    characters) and keep the worst case to seconds: extraction is linear in the text, but
    every value becomes nodes that mapping and SHACL validation pay for, so a 1 MiB file of
    list items already costs tens of seconds to validate.
    """

    max_file_bytes: int = 1024 * 1024
    max_line_chars: int = 20_000
    max_fields: int = 500
    max_field_chars: int = 100_000

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_line_chars", "max_fields", "max_field_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise UsageError(f"Limits.{name} must be a positive integer, got {value!r}")


DEFAULT_LIMITS = Limits()


def _over_limit(what: str, limit_name: str, limits: Limits) -> str:
    value = getattr(limits, limit_name)
    option = "--" + limit_name.replace("_", "-")
    return (
        f"{what}, over the limit {limit_name}={value:,}; if the input is genuine, raise it "
        f"({option} N, or Limits({limit_name}=...) in Python)"
    )


# --- file system edge ----------------------------------------------------------------------


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand the paths a user gave into the profile files to read, in a stable order.

    A file is taken as is, whatever its name. A directory is walked recursively for
    ``*.txt`` files (suffix compared case-insensitively), skipping hidden files and
    hidden directories and not following directory symlinks; each directory's files
    come out sorted by path. A file reached twice is listed once, at its first place.

    A symlinked ``*.txt`` found in a folder must point inside that folder: a link to
    ``/etc/passwd`` or ``~/.ssh/id_rsa`` dropped into a corpus would otherwise be read and
    published as literals. Such a link raises :class:`InputError`; give the target
    file itself as an argument if it really is a profile.
    """
    found: list[Path] = []
    seen: set[str] = set()

    def add(path: Path, real: str) -> None:
        if real not in seen:
            seen.add(real)
            found.append(path)

    for given in paths:
        path = Path(given)
        mode = _stat_mode(path, str(given))
        if stat.S_ISDIR(mode):
            for candidate, real in _walk_profiles(path):
                add(candidate, real)
        elif stat.S_ISREG(mode):
            if not os.access(path, os.R_OK):
                raise InputError("permission denied", str(given))
            add(path, os.path.realpath(path))
        else:
            raise InputError("not a regular file or a directory", str(given))
    return found


def _stat_mode(path: Path, source: str) -> int:
    try:
        return path.stat().st_mode
    except FileNotFoundError:
        raise InputError("no such file or directory", source) from None
    except OSError as error:
        raise InputError(f"cannot access: {error.strerror or error}", source) from None


def _walk_profiles(directory: Path) -> Iterator[tuple[Path, str]]:
    """(profile file, its real path) under ``directory``, sorted by path."""

    def fail(error: OSError) -> None:
        raise InputError(f"cannot read directory: {error.strerror or error}", error.filename or str(directory))

    collected: list[tuple[tuple[str, ...], Path, str]] = []
    inside = os.path.realpath(directory)
    for root, dirnames, filenames in os.walk(directory, onerror=fail):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        relative = Path(root).relative_to(directory).parts
        # os.walk does not descend into symlinked folders: a folder here is where it seems
        real_root = os.path.join(inside, *relative)
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(".txt"):
                continue
            candidate = Path(root) / name
            if candidate.is_symlink():
                if not candidate.is_file():  # a broken link named *.txt
                    continue
                _check_link_target(candidate, inside)
                real = os.path.realpath(candidate)
            elif candidate.is_file():  # skips FIFOs named *.txt
                real = os.path.join(real_root, name)
            else:
                continue
            collected.append(((*relative, name), candidate, real))
    for _, candidate, real in sorted(collected, key=lambda item: item[0]):
        yield candidate, real


def _check_link_target(link: Path, inside: str) -> None:
    target = os.path.realpath(link)
    if not _within(target, inside):
        raise InputError(
            f"symbolic link to a file outside the folder being read ({target}): not read; "
            "give that file as an argument if it is a profile",
            str(link),
        )


def _within(path: str, folder: str) -> bool:
    """``path`` is ``folder`` or inside it (both absolute, symlinks resolved)."""
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives
        return False


def check_output_folder(out_dir: str | Path, inputs: Iterable[str | Path]) -> None:
    """Refuse (:class:`UsageError`, exit 2) an output folder orgkg must not write into.

    An existing file, or a folder that is or lies inside an input folder: outputs and
    profiles would mix, and a later run over that folder would read what an earlier one
    wrote. Whether the folder can be written is found out when writing.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output path {out} exists and is not a folder")
    real_out = os.path.realpath(out)
    for given in inputs:
        folder = Path(given)
        if not folder.is_dir():
            continue
        if _within(real_out, os.path.realpath(folder)):
            raise UsageError(
                f"output folder {out} is inside the input folder {folder}: "
                "choose an output folder outside the folders of profiles"
            )


def read_profile(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Profile:
    """Read, check, decode and parse one profile file.

    ``sha256`` is taken over the raw bytes as stored, so it identifies the file itself,
    not the decoded text.
    """
    source = str(path)
    data = _read_bytes(Path(path), source, limits)
    text = decode_text(data, source)
    return parse_profile(text, source, sha256=hashlib.sha256(data).hexdigest(), limits=limits)


def _read_bytes(path: Path, source: str, limits: Limits) -> bytes:
    mode = _stat_mode(path, source)
    if stat.S_ISDIR(mode):
        raise InputError("is a directory, not a profile file", source)
    if not stat.S_ISREG(mode):  # a FIFO or device would block or never end
        raise InputError("not a regular file", source)
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit: enough to know, never the whole of a huge file.
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", source) from None
    if len(data) > limits.max_file_bytes:
        raise InputError(_over_limit("file is larger than the size limit", "max_file_bytes", limits), source)
    return data


# --- decoding ------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes, source: str = "<input>") -> str:
    """Decode a profile's bytes: UTF-8 with or without BOM, UTF-16/32 with a BOM.

    The BOM is removed. Bytes that are not valid in the detected encoding raise
    :class:`InputError` at the line of the first bad byte; NUL bytes in a file without a
    BOM mean a binary file (or UTF-16 without a BOM, which cannot be told from binary).
    """
    encoding, body = "utf-8", data
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            encoding, body = bom_encoding, data[len(bom) :]
            break
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(
                "contains NUL bytes: a binary file, or UTF-16 without a byte-order mark (save it as UTF-8)",
                source,
                _line_of(data[:nul].decode("utf-8", "replace")),
            )
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        bad = body[error.start : error.end]
        raise InputError(
            f"not valid {encoding.upper()}: bad bytes {bad.hex(' ')} (save the file as UTF-8)",
            source,
            _line_of(body[: error.start].decode(encoding, "replace")),
        ) from None


def _line_of(text_before: str) -> int:
    """1-based line number of the position right after ``text_before``."""
    return len(_LINE_BREAK.findall(text_before)) + 1


# --- parsing -------------------------------------------------------------------------------


@dataclass
class _Section:
    """A heading and its body while the parser is still collecting lines."""

    name: str
    heading_line: int
    known: bool
    items: list[Item] = field(default_factory=list)
    lines: list[tuple[int, str]] = field(default_factory=list)  # References: raw lines
    chars: int = 0
    asked: bool = False  # the last line was an FAQ question alone: an "A: …" line answers it

    @property
    def key(self) -> str:
        return self.name.casefold()

    @property
    def has_values(self) -> bool:
        return bool(self.items or self.lines)


@dataclass
class _Collector:
    """Diagnostics of one profile, all located in the same file."""

    source: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def warn(self, code: str, message: str, line: int | None, field_name: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(Severity.WARNING, code, message, self.source, line, field_name))


def parse_profile(text: str, source: str, *, sha256: str = "", limits: Limits = DEFAULT_LIMITS) -> Profile:
    """Parse the text of one profile. Pure: ``source`` is only used in messages and ``doc``."""
    _check_text(text, source, limits)
    if text.startswith("\ufeff"):
        text = text[1:]  # a BOM left by the caller; it sits on line 1 and shifts nothing
    text = text.translate(_HALF_WIDTH)
    content = _content_lines(text, source, limits)
    if not content:
        raise InputError("empty profile", source, 1)

    report = _Collector(source)
    title_line, title = content[0][0], _heading_text(_one_line(content[0][1]))
    if _known_heading(title):
        report.warn(
            "title-looks-like-heading",
            f"the first line {title!r} is read as the title, but it is a field heading: is the title missing?",
            title_line,
        )

    intro, intro_line, intro_footnotes, sections, extra_intro = _split_sections(content, report, limits)
    kept = _drop_duplicates(sections, report)
    references = _references(kept, report)
    fields = tuple(
        Field(section.name, section.heading_line, tuple(section.items), section.known)
        for section in kept
        if section.key != REFERENCES.casefold()
    )
    _check_footnotes(fields, intro_line, intro_footnotes, len(references), report)

    return Profile(
        source=source,
        doc=iri.slugify(Path(source).stem),
        sha256=sha256,
        title=title,
        title_line=title_line,
        intro=intro,
        intro_line=intro_line,
        fields=fields,
        references=references,
        diagnostics=tuple(sorted(report.diagnostics, key=lambda d: (d.line or 0, d.code, d.message))),
        references_line=next((s.heading_line for s in kept if s.key == REFERENCES.casefold()), None),
        extra_intro=tuple(extra_intro),
    )


# Full-width Latin letters, digits and signs ("Ｐａｒｔｎｅｒｓ", "１，２００") and the ideographic space,
# typed with an East Asian input method, are their ASCII forms (Unicode's compatibility mapping,
# one character for one: every position stays where it was).
_HALF_WIDTH = {0xFF01 + offset: 0x21 + offset for offset in range(94)} | {0x3000: 0x20}


def _check_text(text: str, source: str, limits: Limits) -> None:
    # Characters never exceed bytes in any accepted encoding, so a file that passed the
    # byte limit in read_profile always passes this one.
    if len(text) > limits.max_file_bytes:
        raise InputError(_over_limit(f"text is {len(text):,} characters", "max_file_bytes", limits), source)
    bad = _FORBIDDEN_CHAR.search(text) or _LONE_SURROGATE.search(text)
    if bad:
        char = bad.group()
        if char == "\x00":
            reason = "contains NUL characters: a binary file, not a text profile"
        elif _LONE_SURROGATE.match(char):
            reason = f"contains a lone surrogate U+{ord(char):04X}: not valid Unicode text"
        else:
            reason = f"contains the control character U+{ord(char):04X}: not a text profile"
        raise InputError(reason, source, _line_of(text[: bad.start()]))


def _content_lines(text: str, source: str, limits: Limits) -> list[tuple[int, str]]:
    """(line number, trimmed text) of every line that is neither blank nor decoration."""
    content: list[tuple[int, str]] = []
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if len(line) > limits.max_line_chars:
            raise InputError(
                _over_limit(f"line is {len(line):,} characters", "max_line_chars", limits),
                source,
                number,
            )
        stripped = line.strip()
        if stripped and not _DECORATION.fullmatch(stripped):
            content.append((number, stripped))
    return content


def _heading_key(line: str) -> str:
    key = " ".join(_FORMAT_CHARS.sub("", _heading_text(line)).split()).casefold()
    key = key[:-1].rstrip() if key.endswith(":") else key
    numbered = _HEADING_NUMBER.match(key)  # "3. partners", "2.1 leader", "iv. history"
    return key[numbered.end() :] if numbered and key[numbered.end() :] in _KNOWN_BY_KEY else key


# A heading's number: "3. ", "2.1 ", "IV. ", "b) " (not "8 ": "8 divisions:" counts a list)
_HEADING_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[.)]|[ivx]{1,5}\.|[a-h][.)])[ \t]{1,3}")


def _markdown_heading(line: str) -> str | None:
    """The text of a heading marked up as one, else None: Markdown ("## Partners", "### Leader
    ###"), wikitext ("== History ==") or HTML ("<h2>Partners</h2>")."""
    marks = len(line) - len(line.lstrip("#"))
    if 1 <= marks <= 6 and line[marks : marks + 1] in (" ", "\t"):
        return line[marks:].strip().rstrip("#").strip() or None
    equals = len(line) - len(line.lstrip("="))
    if 2 <= equals <= 6 and line.endswith("=" * equals) and len(line) > 2 * equals:
        return line[equals:-equals].strip() or None
    if html := _HTML_HEADING.fullmatch(line):
        return html["text"].strip() or None
    return None


_HTML_HEADING = re.compile(r"<h[1-6][^<>]{0,200}>(?P<text>[^<>]{1,200})</h[1-6]>", re.I)
# Bold alone on a line: the heading it names when that is a known heading ("**History**", "<b>History</b>")
_BOLD_LINE = re.compile(r"<(?:b|strong)>(?P<text>[^<>]{1,200})</(?:b|strong)>", re.I)


def _heading_text(line: str) -> str:
    """A heading line without its markup: "## Partners", "== Partners ==", "<h2>Partners</h2>",
    "**Partners**", "__Partners:__", "<b>Partners</b>"."""
    text = _drop_emphasis(_markdown_heading(line) or line)
    bold = _BOLD_LINE.fullmatch(text)
    return bold["text"] if bold else text


def _known_heading(line: str) -> str | None:
    """The canonical field name if ``line`` is a known heading."""
    return _KNOWN_BY_KEY.get(_heading_key(line))


def _heading_like(line: str) -> bool:
    """Short, title-like, no value-ish content: could be a heading (see module doc)."""
    words = line.split()
    return (
        1 <= len(words) <= 5
        and "\t" not in line  # "Successor<TAB>X": an infobox row, a label and its value
        and line[0].isupper()
        and line[-1] not in _HEADING_END_PUNCT
        and not _DIGIT.search(line)
        and not _URLISH.search(line)
        and not _HEADING_FORBIDDEN.search(line)
        and not _BULLET.match(line)
    )


def _is_unknown_heading(line: str, next_line: str | None, current_has_values: bool, awaits_value: bool) -> bool:
    if _markdown_heading(line) is not None:  # "## Key facts": a heading, unless a known one awaits its value
        return not awaits_value
    if awaits_value or not _heading_like(line):
        return False
    if next_line is None:
        return current_has_values
    if next_line.startswith("("):
        return False  # "Haïti / (The hospital also has an office in …)": a note on this line
    return not _known_heading(next_line) and not _heading_like(next_line)


def _split_sections(
    content: list[tuple[int, str]], report: _Collector, limits: Limits
) -> tuple[str | None, int | None, tuple[int, ...], list[_Section], list[str]]:
    """Walk the lines after the title: the intro, then headings and their bodies; last, the
    lines between the intro and the first heading (not the intro, kept for the readers)."""
    intro: str | None = None
    intro_line: int | None = None
    intro_footnotes: tuple[int, ...] = ()
    sections: list[_Section] = []
    extra_intro: list[str] = []
    current: _Section | None = None
    intro_index = 1

    for index in range(1, len(content)):
        number, line = content[index]
        next_line = content[index + 1][1] if index + 1 < len(content) else None
        if index > 1 and _QUOTED_LINE.match(line):
            report.warn("quoted-line", "quoted line of an earlier message ('> …') ignored: no value", number)
            continue
        known = _known_heading(line)

        if known is None and index == intro_index == 1 and _is_mail_header(line):
            report.warn("mail-header", "e-mail header line ignored: the next line is the intro", number)
            intro_index = 2
            continue
        if known is None and index == intro_index:
            text, footnotes = _split_footnotes(_layout_dropped(_one_line(line)))
            if text:  # a line of bare markers is no intro
                intro, intro_line, intro_footnotes = text, number, footnotes
            continue

        current_has_values = current.has_values if current else intro is not None
        # (References excepted: its lines are references, not a field's values)
        awaits_value = (
            current is not None and current.known and not current.has_values and current.key != REFERENCES.casefold()
        )
        if known is not None or _is_unknown_heading(line, next_line, current_has_values, awaits_value):
            if len(sections) >= limits.max_fields:
                raise InputError(
                    _over_limit(f"more than {limits.max_fields:,} headings", "max_fields", limits),
                    report.source,
                    number,
                )
            name = known or " ".join(_heading_text(line).split())
            current = _Section(name, number, known=known is not None)
            sections.append(current)
            if known is None:
                report.warn(
                    "unknown-heading",
                    f"unknown heading {name!r}: kept as a field orgkg does not map "
                    "(not one of the known headings of the profile template)",
                    number,
                    name,
                )
            continue

        if current is None:
            report.warn(
                "extra-intro-line",
                "line before the first heading ignored: only the first paragraph after the title is the intro",
                number,
            )
            extra_intro.append(line)
            continue

        current.chars += len(line)
        if current.chars > limits.max_field_chars:
            raise InputError(
                _over_limit(
                    f"field {current.name!r} (heading at line {current.heading_line}) "
                    f"has more than {limits.max_field_chars:,} characters",
                    "max_field_chars",
                    limits,
                ),
                report.source,
                number,
            )
        if current.key == REFERENCES.casefold():
            current.lines.append((number, line))
        else:
            _add_item(current, number, line, report)

    return intro, intro_line, intro_footnotes, sections, extra_intro


def _is_mail_header(line: str) -> bool:
    """ "From: A · To: list · Date: … · Subject: …": a sender field first, another one after."""
    sender = _MAIL_SENDER.match(line)
    return sender is not None and _MAIL_OTHER_FIELD.search(line, sender.end()) is not None


# A field's own footnote texts, as a scholar appends them: "Notes: 13. Her role has been …".
_NOTES_LINE = re.compile(r"(?:Notes?|NOTES?)[ \t]{0,2}:[ \t]{0,3}\d{1,3}\.[ \t]")


def _one_line(line: str) -> str:
    """``line`` rendered from wikitext, kept on one line (the title, the intro)."""
    return wikitext.rendered(line).replace("\n", " ")


def _add_item(section: _Section, number: int, line: str, report: _Collector) -> None:
    """The value line ``line``, rendered from wikitext (a ``<br />`` makes a line of its own)."""
    for piece in wikitext.rendered(line).split("\n"):
        if piece:
            _add_line(section, number, piece, report)


def _add_line(section: _Section, number: int, line: str, report: _Collector) -> None:
    if _NOTES_LINE.match(line):
        report.warn(
            "footnote-notes", f"footnote texts ('Notes: 13. …') in {section.name!r}: no value", number, section.name
        )
        return
    bullet = _BULLET.match(line)
    body = line[bullet.end() :] if bullet else line
    if head := _REPLY_HEAD.match(body):
        body = body[head.end() :]
    answer = _faq_answer(body) if section.asked else None
    body = body if answer is None else answer
    text, footnotes = _split_footnotes(_layout_dropped(body))
    section.asked = not text and _FAQ_QUESTION.match(body) is not None
    if text:
        listed = bool(bullet) or _form_numbered(body)
        section.items.append(Item(number, text, bullet=listed, footnotes=footnotes))
    elif footnotes and section.items:
        # "Some text.\n[1]": the markers belong to the value above.
        previous = section.items[-1]
        merged = tuple(dict.fromkeys(previous.footnotes + footnotes))
        section.items[-1] = Item(previous.line, previous.text, previous.bullet, merged)
    elif footnotes:
        report.warn(
            "orphan-footnote",
            f"footnote marker line with no value above it in {section.name!r}: ignored",
            number,
            section.name,
        )
    # else: an empty bullet ("-") carries nothing.


def _markdown_links(line: str) -> str:
    """ "[Alpha Corporation](https://alpha.example)" → "Alpha Corporation (https://alpha.example)":
    a Markdown link reads as its text with the address in brackets, as a printed page gives it.
    Each look is bounded (a label of 300 characters, an address of 500), so it stays linear."""
    if "](" not in line:
        return line
    pieces: list[str] = []
    position = 0
    while (middle := line.find("](", position)) >= 0:
        opening = line.rfind("[", max(position, middle - 300), middle)
        closing = line.find(")", middle + 2, middle + 502)
        address = line[middle + 2 : closing]
        if opening < 0 or closing < 0 or not address or any(c.isspace() for c in address):
            pieces.append(line[position : middle + 2])
            position = middle + 2
            continue
        label = line[opening + 1 : middle].strip()
        pieces.append(line[position:opening])
        pieces.append(f"{label} ({address})" if label and label != address else address)
        position = closing + 1
    pieces.append(line[position:])
    return "".join(pieces)


def _drop_emphasis(line: str) -> str:
    """ "The **Ministry of X** (MX)" → "The Ministry of X (MX)": emphasis is layout, never
    part of a name (``_EMPHASIS``)."""
    if "*" not in line and "__" not in line:
        return line
    return _EMPHASIS.sub(lambda match: next(group for group in match.groups() if group is not None), line)


def _drop_turn_heads(line: str) -> str:
    """A transcript line ("[00:02:10] BEN: Staff? [00:02:11] NADIA: Around 550.") without
    its turn heads and without the turns that only ask: "Around 550.". A line with no turn
    head at its start is returned as it is."""
    if not _TURN_HEAD.match(line):
        return line
    turns: list[str] = []
    position = 0
    for head in _TURN_HEAD.finditer(line):
        turns.append(line[position : head.start()].strip())
        position = head.end()
    turns.append(line[position:].strip())
    kept = [turn for turn in turns if turn and not (turn.endswith("?") and not _STATEMENT_BREAK.search(turn))]
    return " ".join(kept)


# Wikipedia's inline notes and cleanup tags pasted with a page's text: a lowercase letter
# note glued to a word ("Council (SOPS)[b]", "[note 1]") or a tag of
# lexicon/editorial-tags.csv ("[citation needed]", "[when?]"). Not references.
_EDITORIAL_MARK = re.compile(
    r"(?<=\S)\[(?:[a-z]|(?:note|nb) \d{1,3})\]|[ \t]?\[(?i:"
    + "|".join(re.escape(tag) for (tag,) in (*lexicon_table("editorial-tags"), *lexicon_table("stage-directions")))
    + r")\]"
)


def _split_superscripts(text: str) -> tuple[str, list[int]]:
    """ "founded in 1954.¹ in Dar es Salaam²" → "founded in 1954. in Dar es Salaam", [1, 2]: a
    run of superscript digits after a word, a bracket or punctuation and before a space,
    punctuation or the end is a footnote marker. Not "I²R" (inside a word) nor "40 km²" (an
    exponent after a unit)."""
    pieces: list[str] = []
    numbers: list[int] = []
    position = 0
    for match in _SUPERSCRIPT_RUN.finditer(text):
        start, end = match.span()
        if start == 0 or text[start - 1].isspace() or text[end : end + 1].isalnum():
            continue
        unit = text[max(position, start - 4) : start].split()[-1:]
        if match.group() in ("²", "³") and unit and unit[0].lower() in _EXPONENT_UNITS:
            continue
        pieces.append(text[position:start])
        numbers.extend(int(n) for n in _FOOTNOTE_NUMBER.findall(match.group().translate(_SUPERSCRIPT_DIGITS)))
        position = end
    pieces.append(text[position:])
    return "".join(pieces), numbers


def _split_footnotes(text: str) -> tuple[str, tuple[int, ...]]:
    """Remove editorial marks (``_EDITORIAL_MARK``), superscript markers, then footnote
    markers in brackets that sit at the end, before or after punctuation."""
    text = _EDITORIAL_MARK.sub("", text)
    text, numbers = _split_superscripts(text)
    pieces: list[str] = []
    position = 0
    for match in _FOOTNOTE_RUN.finditer(text):
        # Scan only the blanks around the marker, so a long line stays linear.
        before_index = match.start()
        while before_index > position and text[before_index - 1] in " \t":
            before_index -= 1
        previous_char = text[before_index - 1] if before_index > position else ""
        after_index = match.end()
        while after_index < len(text) and text[after_index] in " \t":
            after_index += 1
        next_char = text[after_index : after_index + 1]
        ends_here = next_char == "" or next_char in _MARKER_NEIGHBOUR_PUNCT
        if not (ends_here or (previous_char and previous_char in _MARKER_NEIGHBOUR_PUNCT)):
            continue  # "see [3] below": an ordinary bracket, not a marker
        pieces.append(text[position:before_index])
        numbers.extend(int(number) for number in _FOOTNOTE_NUMBER.findall(match.group()))
        # Before punctuation or at the end, the spaces after the marker go too; between
        # words they stay ("in 1950.[1] It" → "in 1950. It").
        position = after_index if ends_here else match.end()
    if not numbers:
        return text.strip(), ()
    pieces.append(text[position:])
    return "".join(pieces).strip(), tuple(dict.fromkeys(numbers))


def _drop_duplicates(sections: list[_Section], report: _Collector) -> list[_Section]:
    first_by_key: dict[str, _Section] = {}
    kept: list[_Section] = []
    for section in sections:
        first = first_by_key.get(section.key)
        if first is None:
            first_by_key[section.key] = section
            kept.append(section)
            continue
        dropped = [number for number, _ in section.lines] + [i.line for i in section.items]
        if dropped:
            what = f"its {len(dropped)} value line(s) ({min(dropped)}-{max(dropped)}) are dropped"
        else:
            what = "it has no value lines"
        report.warn(
            "duplicate-heading",
            f"duplicate heading {section.name!r}: the first one (line {first.heading_line}) wins; {what}",
            section.heading_line,
            first.name,
        )
    return kept


# --- references ----------------------------------------------------------------------------


def _references(sections: list[_Section], report: _Collector) -> tuple[Reference, ...]:
    for section in sections:
        if section.key == REFERENCES.casefold():
            return tuple(
                _parse_reference(position, number, line, report)
                for position, (number, line) in enumerate(section.lines, start=1)
            )
    return ()


_Warn = Callable[[str, str], None]


def _parse_reference(position: int, line_number: int, raw: str, report: _Collector) -> Reference:
    def warn(code: str, message: str) -> None:
        report.warn(code, message, line_number, REFERENCES)

    text = " ".join(raw.split())  # tolerate extra spaces, tabs and NBSPs
    prefix = _REF_PREFIX.match(text)
    assert prefix is not None  # every part of the prefix is optional
    explicit = prefix["bracketed"] or prefix["numbered"]
    if explicit and int(explicit) != position:
        warn(
            "reference-number-mismatch",
            f"reference numbered {explicit} is reference {position} in the list; "
            f"footnotes [n] count positions, so [{explicit}] does not point here",
        )
    text = text[prefix.end() :]

    # The quoted title first, so that words inside it ("Data Retrieved from Orbit",
    # "Re:Invent") are never read as the access clause or a URL.
    publisher = title = site_owner = None
    quoted = _REF_QUOTED_TITLE.search(text)
    rest = text[quoted.end() :] if quoted else text
    rest, accessed = _split_access_date(rest, warn)
    rest, url = _split_url(rest, warn)
    if quoted:
        publisher = _clean_part(text[: quoted.start()])
        title = quoted["title"].strip(" ,;") or None
        site_owner = _clean_part(rest)
    else:
        publisher = _clean_part(rest)

    if title is None and url is None and not _has_url_token(text):
        warn(
            "malformed-reference",
            f"reference {position} has neither a quoted title nor a URL; kept as written: {raw!r}",
        )
    return Reference(
        number=position,
        line=line_number,
        raw=raw,
        publisher=publisher,
        title=title,
        site_owner=site_owner,
        url=url,
        accessed=accessed,
    )


def _clean_part(text: str) -> str | None:
    cleaned = text.strip(" .,;:")
    return cleaned or None


def _split_access_date(text: str, warn: _Warn) -> tuple[str, dt.date | None]:
    """Cut ``(accessed <date>)`` / ``Retrieved <date>.`` off the end; parse the date."""
    keywords = list(_REF_ACCESS.finditer(text))
    if keywords:
        keyword = keywords[-1]  # the last one: the access clause closes the line
        after = text[keyword.end() :]
        closing = after.find(")")
        date_text = (after[:closing] if closing >= 0 else after).strip().rstrip(".").strip()
        accessed = _parse_date(date_text)
        if accessed is None:
            warn(
                "unparsable-access-date",
                f"access date {date_text!r} is not a valid date in a form orgkg reads "
                "('February 8, 2025', '8 February 2025' or '2025-02-08'); left out",
            )
        return text[: keyword.start()], accessed
    # "(February 8, 2025)" with no keyword: a date in trailing parentheses.
    trailing = _REF_TRAILING_PARENS.search(text)
    if trailing:
        accessed = _parse_date(trailing["inner"].strip())
        if accessed is not None:
            return text[: trailing.start()], accessed
    return text, None


def _parse_date(text: str) -> dt.date | None:
    """``text`` as one whole day, read by the extractor's date reader ("February 8, 2025",
    "8 Feb. 2025", "2025-02-08", "08/02/2025"; month spellings from the lexicon, never the
    locale); None for anything else, a month or year alone included."""
    from orgkg.extract.dates import date_spans  # lazy: the extract package is large

    spans = date_spans(text)
    if len(spans) != 1:
        return None
    start, end, value = spans[0]
    if (start, end) != (0, len(text)) or value.month is None or value.day is None:
        return None
    return dt.date(value.year, value.month, value.day)


def _url_candidate(token: str) -> str | None:
    token = token.rstrip(".,;")
    if token.startswith("<") and token.endswith(">"):  # "<https://x.org/>"
        token = token[1:-1]
    return token if token and _REF_URL_TOKEN.fullmatch(token) else None


def _has_url_token(text: str) -> bool:
    return any(_url_candidate(token) for token in text.split(" "))


def _split_url(text: str, warn: _Warn) -> tuple[str, str | None]:
    """Take the last URL-looking token out of ``text``; keep it only if it is http(s)."""
    tokens = text.split(" ")
    for index in range(len(tokens) - 1, -1, -1):
        candidate = _url_candidate(tokens[index])
        if candidate is None:
            continue
        remaining = " ".join(tokens[:index] + tokens[index + 1 :])
        url = iri.web_url(candidate)
        if url is None:
            warn(
                "reference-url-rejected",
                f"URL {candidate!r} left out: only absolute http(s) URLs become links",
            )
        return remaining, url
    return text, None


# --- footnotes -----------------------------------------------------------------------------


def _check_footnotes(
    fields: tuple[Field, ...],
    intro_line: int | None,
    intro_footnotes: tuple[int, ...],
    reference_count: int,
    report: _Collector,
) -> None:
    located: list[tuple[int, int, str | None]] = [
        (intro_line, number, None) for number in intro_footnotes if intro_line is not None
    ]
    for fld in fields:
        for item in fld.items:
            located.extend((item.line, number, fld.name) for number in item.footnotes)
    for line, number, field_name in located:
        if not 1 <= number <= reference_count:
            report.warn(
                "dangling-footnote",
                f"footnote [{number}] points at no reference (the profile has {reference_count} reference(s))",
                line,
                field_name,
            )
