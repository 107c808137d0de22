"""Measure the name check's gates as classifiers (docs/extraction.md, "The name gate").

Negatives: the invented name-valued values of new hands' first looks
(``name_gate_negatives.txt``, one ``profile:key: value`` a line). Positives: every ``must``
and ``optional`` value of a name-valued key in every ``dev/*.toml`` (a leader's role and
holder are checked apart). For each gate of ``names._FIRST_CONTACT_GATES`` it prints how many
negatives and positives it rejects, and lists the rejected positives: a gate may stay in the
name check only with 0 positives rejected. Exit status 1 when any gate rejects a positive.

    python benchmarks/fidelity/name_gate_check.py [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import tomllib

from orgkg.extract import names

HERE = Path(__file__).parent
NAME_KEYS = {
    "name": names.NameKind.ORGANIZATION,
    "alternate_name": names.NameKind.ORGANIZATION,
    "parent": names.NameKind.ORGANIZATION,
    "founder": names.NameKind.ORGANIZATION,
    "signer": names.NameKind.ORGANIZATION,
    "member": names.NameKind.ORGANIZATION,
    "previous_name": names.NameKind.ORGANIZATION,
    "predecessor": names.NameKind.ORGANIZATION,
    "successor": names.NameKind.ORGANIZATION,
    "legislation": names.NameKind.ORGANIZATION,
    "partner_category": names.NameKind.PROGRAM,
    "unit": names.NameKind.UNIT,
    "program": names.NameKind.PROGRAM,
    "locality": names.NameKind.ORGANIZATION,
    "region": names.NameKind.ORGANIZATION,
    "street": names.NameKind.UNIT,
    "leader": names.NameKind.UNIT,
}


def _pieces(key: str, value: str) -> Iterator[str]:
    """The name strings of one value: a leader "Role | Holder" gives both parts."""
    parts = value.split("|") if key == "leader" else [value]
    yield from (part.strip() for part in parts if part.strip())


def positives() -> Iterator[tuple[str, str, str]]:
    for path in sorted((HERE / "dev").glob("*.toml")):
        facts = tomllib.loads(path.read_text(encoding="utf-8"))
        for section in ("must", "optional"):
            for key, values in facts.get(section, {}).items():
                if key not in NAME_KEYS:
                    continue
                for value in [values] if isinstance(values, str) else values:
                    for piece in _pieces(key, str(value)):
                        yield path.stem, key, piece


def negatives() -> Iterator[tuple[str, str, str]]:
    for line in (HERE / "name_gate_negatives.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        profile, key, value = line.split(":", 2)
        for piece in _pieces(key, value.strip()):
            yield profile, key, piece


def _rejects(gate: Callable[[names._Span], str | None], key: str, text: str) -> bool:
    words = tuple(text.split())
    span = names._Span(text, NAME_KEYS[key], words, tuple(w.lower().strip(".,;:") for w in words))
    return gate(span) is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the negatives each gate rejects")
    args = parser.parse_args()
    pos, neg = list(positives()), list(negatives())
    print(f"positives: {len(pos)} name strings in dev; negatives: {len(neg)} invented name strings")
    failed = False
    caught: set[tuple[str, str, str]] = set()
    for gate in names._FIRST_CONTACT_GATES:
        bad = [p for p in pos if _rejects(gate, p[1], p[2])]
        hit = [n for n in neg if _rejects(gate, n[1], n[2])]
        caught.update(hit)
        print(f"{gate.__name__:18} negatives rejected {len(hit):3}   positives rejected {len(bad)}")
        for profile, key, text in bad:
            print(f"    POSITIVE {profile}:{key}: {text}")
        if args.verbose:
            for profile, key, text in hit:
                print(f"    negative {profile}:{key}: {text}")
        failed = failed or bool(bad)
    old = [n for n in neg if names.name_problem(n[2], NAME_KEYS[n[1]]) is not None and n not in caught]
    print(f"all gates: {len(caught)} of {len(neg)} negatives rejected; older checks alone: {len(old)} more")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
