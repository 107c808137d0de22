"""Generate ``ontology/lexicon/word-case.csv``: how each word is usually cased in running text.

Usage::

    python -m devkit.word_case   # rewrite the table from the fidelity benchmark's dev profiles

A line typed all in capitals ("COMMR GENERAL: JOHN R MUSINGUZI (SINCE 2019)") hides the case
the readers rely on to tell names from words. ``orgkg.extract.shouting`` gives the readers that
line in the case each word usually has, which this table records from text written in
ordinary case: every word seen at least ``MIN_SEEN`` times inside a sentence (not first on its
line or after a full stop, colon or bracket; lines typed in capitals are not counted) with the
case it has there most often: ``lower`` ("since", "from", "merged") when at least ``LOWER_SHARE``
of the time (a name's word put in lower case is lost to the readers, so lower must be sure),
``title`` ("Ministry", "John", "Act") or ``upper`` ("USD", "UN") when at least ``SHARE``. A word
with no clear case is left out (the reader's default applies).
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "fidelity" / "dev"
TABLE = ROOT / "ontology" / "lexicon" / "word-case.csv"
MIN_SEEN = 4
LOWER_SHARE = 0.9
SHARE = 0.6
_WORD = re.compile(r"[^\W\d_]+")
_OPENERS = (".", ":", "!", "?", "(", "[", '"', "“", "*", "|", "—", "–", "-", "•", ";")


def counts(texts: list[str]) -> dict[str, Counter[str]]:
    """Per casefolded word, how often it is written lower, title or upper case inside a sentence."""
    seen: dict[str, Counter[str]] = {}
    for text in texts:
        for line in text.splitlines():
            letters = [c for c in line if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
                continue  # a line in capitals says nothing of how its words are cased
            for index, match in enumerate(_WORD.finditer(line)):
                word = match[0]
                if index == 0 or line[: match.start()].rstrip().endswith(_OPENERS) or not word.isascii():
                    continue
                case = "lower" if word.islower() else "upper" if word.isupper() and len(word) > 1 else None
                if case is None and word[0].isupper() and word[1:].islower():
                    case = "title"
                if case is not None:
                    seen.setdefault(word.casefold(), Counter())[case] += 1
    return seen


def table(seen: dict[str, Counter[str]]) -> str:
    out = io.StringIO()
    out.write("# Written by python -m devkit.word_case from benchmarks/fidelity/dev; do not edit.\n")
    out.write("# How each word is usually cased inside a sentence (extract/shouting.py).\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["word", "case"])
    for word in sorted(seen):
        total = sum(seen[word].values())
        case, count = seen[word].most_common(1)[0]
        share = LOWER_SHARE if case == "lower" else SHARE
        if len(word) > 1 and total >= MIN_SEEN and count >= share * total:
            writer.writerow([word, case])
    return out.getvalue()


def main() -> int:
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt"))]
    TABLE.write_text(table(counts(texts)), encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
