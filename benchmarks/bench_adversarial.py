"""Adversarial profiles per field (issue 13, item 6): is parsing and extraction linear?

Usage::

    python benchmarks/bench_adversarial.py [--sizes 5000,20000] [--fields all] [--classes all]
                                           [--limit 60]

For every field heading of the template (``model.KNOWN_FIELDS``) and every character class
below, it builds one profile whose value under that heading is a single line of N
characters of that class, and times ``parse_profile`` and ``extract`` on it (CPU time of
this process, best of two). A field whose value is hostile is the worst case: the title and
intro are ordinary. It prints, per field, the worst class at each size and the growth from
the smallest size to the largest (linear: the size ratio, e.g. 4x for 4x the size;
quadratic: its square). A profile over ``--limit`` seconds is reported and the larger sizes
of that field and class are skipped.

Line length is capped by ``Limits.max_line_chars`` (20,000 by default); the benchmark raises
the cap to its largest size so the extractor, not the guard, is measured.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass

from orgkg.extract import extract
from orgkg.model import KNOWN_FIELDS
from orgkg.parse import Limits, parse_profile

# The repeated unit of each class; a run is the unit repeated to N characters.
CLASSES: dict[str, str] = {
    "digits": "1",
    "letters": "a",
    "capitalised words": "Abc ",
    "capitals": "A",
    "spaces": "a ",  # a bare run of spaces is stripped away; interleave a letter
    "commas": "1,",
    "periods": "a.",
    "and": "A and ",
    "hyphens": "a-",
    "bars": "a|",
    "open brackets": "(",
    "nested brackets": "((a)",
    "footnotes": "[1]",
    "unicode": "é ",
    "digit groups": "1 000 ",
    "years": "1999 ",
    "colons": "a: ",
    "currency": "$1 ",
    "quotes": '"a ',
    "urls": "http://a ",
    # history and founding verbs, each in a long sentence: a reader that rescans the sentence
    # for every verb grows with its square (tests/test_extract_linear.py bounds the growth)
    "renamed": "renamed Alpha ",
    "merged": "Alpha merged into ",
    "founded by": "founded by Alpha Beta ",
}

TITLE = "Example Agency"
INTRO = "The Example Agency (EA) is an agency of the government."


@dataclass(frozen=True)
class Timing:
    field: str
    klass: str
    size: int
    parse_seconds: float
    extract_seconds: float

    @property
    def total(self) -> float:
        return self.parse_seconds + self.extract_seconds


def profile_text(field: str, unit: str, size: int) -> str:
    value = (unit * (size // len(unit) + 1))[:size].strip() or unit
    if field == "References":
        value = "- " + value
    return f"{TITLE}\n{INTRO}\n{field}\n{value}\n"


def cpu(call: Callable[[], object]) -> tuple[float, object]:
    begin = time.process_time()
    result = call()
    return time.process_time() - begin, result


def measure(field: str, klass: str, size: int, limits: Limits) -> Timing:
    text = profile_text(field, CLASSES[klass], size)
    best_parse = best_extract = float("inf")
    for _ in range(2):
        parse_seconds, profile = cpu(lambda: parse_profile(text, "adversarial.txt", limits=limits))
        extract_seconds, _ = cpu(lambda profile=profile: extract(profile))
        best_parse, best_extract = min(best_parse, parse_seconds), min(best_extract, extract_seconds)
        if parse_seconds + extract_seconds > 1.0:
            break  # one run is enough to see it is slow
    return Timing(field, klass, size, best_parse, best_extract)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5000,20000", help="comma-separated run lengths (characters)")
    parser.add_argument("--fields", default="all", help="comma-separated field headings, or all")
    parser.add_argument("--classes", default="all", help="comma-separated class names, or all")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds after which larger sizes are skipped")
    args = parser.parse_args()

    sizes = sorted(int(s) for s in args.sizes.split(","))
    fields = list(KNOWN_FIELDS) if args.fields == "all" else args.fields.split(",")
    classes = list(CLASSES) if args.classes == "all" else args.classes.split(",")
    limits = Limits(max_line_chars=max(sizes) + 100, max_field_chars=max(sizes) + 100)

    head = " | ".join(f"worst at {size:,} (s)" for size in sizes)
    print(
        f"| field | {head} | worst class | growth {sizes[0]:,} -> {sizes[-1]:,} (linear: {sizes[-1] / sizes[0]:.0f}x) |"
    )
    print("|---" * (len(sizes) + 3) + "|")
    overall: list[Timing] = []
    for field in fields:
        timings: list[Timing] = []
        for klass in classes:
            for size in sizes:
                timing = measure(field, klass, size, limits)
                timings.append(timing)
                if timing.total > args.limit:
                    break
        worst = {
            size: max((t for t in timings if t.size == size), key=lambda t: t.total, default=None) for size in sizes
        }
        # Growth of the class that is slowest at the largest size, against its own smallest run.
        top = worst[sizes[-1]] or worst[sizes[0]]
        assert top is not None
        first = next(t for t in timings if t.klass == top.klass and t.size == sizes[0])
        growth = top.total / max(first.total, 1e-6)
        cells = " | ".join(f"{w.total:.3f} ({w.klass})" if w else "skipped" for w in worst.values())
        print(f"| {field} | {cells} | {top.klass} | {growth:.1f}x |", flush=True)
        overall.extend(timings)
    slowest = max(overall, key=lambda t: t.total)
    print(
        f"\nslowest profile: {slowest.field} / {slowest.klass} / {slowest.size:,} chars: "
        f"parse {slowest.parse_seconds:.3f} s, extract {slowest.extract_seconds:.3f} s"
    )


if __name__ == "__main__":
    main()
