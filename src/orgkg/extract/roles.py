"""One spelling per role word, so that one role concept carries one prefLabel.

Writers join a role's words with a hyphen or a space alike ("Vice-President", "Vice
President"); both mint the same role concept (``concept/role/vice-president``), and SKOS
allows that concept one prefLabel per language, in one profile and across a corpus. A
post's name keeps the text's spelling; only the role word is spelled one way:
a hyphen beside the words of ``lexicon/role-joins.csv`` ("vice-chancellor",
"director-general"), a space between any other two words ("chief executive officer").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from orgkg.model import Fact, FieldFacts, Post

from . import lexicon

_SEPARATORS = re.compile(r"[\s\-‐‑–]+")


def people_label(text: str) -> str | None:
    """The label of a field's people that ``text`` is or opens with ("Leadership", "Key
    personnel at merger"; lexicon/leader-field-labels.csv), lowercase, or ``None``: such a
    label introduces people without naming their post."""
    lowered = text.lower()
    return next((f for f in lexicon.leader_field_labels() if lowered == f or lowered.startswith(f + " ")), None)


def canonical_role(role: str) -> str:
    """``"vice chancellor"`` → ``"vice-chancellor"``, ``"chief-executive officer"`` →
    ``"chief executive officer"``: the same role word whichever way the text joined it."""
    words = [word for word in _SEPARATORS.split(role.strip()) if word]
    joins, glue = lexicon.role_joins(), lexicon.function_words()
    spelled = words[:1]
    for before, word in pairwise(words):
        first, second = before.lower(), word.lower()
        # never beside a function word: "director of general services" keeps its spaces
        joined = (first in joins.before or second in joins.after) and glue.isdisjoint((first, second))
        spelled.append(("-" if joined else " ") + word)
    return "".join(spelled)


def with_canonical_roles(fields: list[FieldFacts]) -> list[FieldFacts]:
    """Every post's role word spelled by ``canonical_role``; other facts unchanged. A post
    named all in lowercase ("vice chancellor: A", an infobox parameter's name) takes the name
    of another post of the profile that is the same words capitalised or joined another way
    ("Vice-Chancellor"), so that one post carries one name."""
    written = {
        canonical_role(f.label).lower(): f.label
        for ff in fields
        for f in ff.facts
        if isinstance(f, Post) and f.label != f.label.lower()
    }
    return [replace(ff, facts=tuple(_canonical_post(f, written) for f in ff.facts)) for ff in fields]


def _canonical_post(fact: Fact, written: dict[str, str]) -> Fact:
    if not isinstance(fact, Post):
        return fact
    label = (
        written.get(canonical_role(fact.label).lower(), fact.label) if fact.label == fact.label.lower() else fact.label
    )
    return replace(fact, role=canonical_role(fact.role), label=label)
