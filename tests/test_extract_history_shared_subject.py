"""The subject a second verb shares after "and" (extract/history.py, lexicon/clause-past-verbs.csv):
"In 1990 the new charter made the Board independent and replaced the Council" — the charter
replaced the Council, no predecessor of the Board. Phrasings written for these tests; the near
miss has the organization itself as the first verb's subject."""

from __future__ import annotations

from .founding_helpers import foundings
from .history_helpers import events_read, predecessors


def test_another_subjects_irregular_verb_keeps_the_replaced_body_out() -> None:
    text = "In 1990 the new charter made the Board independent and replaced the Harbour Council with a committee."
    assert predecessors(events_read(text, "Ostland Harbour Board")) == set()


def test_own_subject_of_the_irregular_verb_replaced_the_body() -> None:
    # near miss: the organization made the change and replaced the body
    text = "In 1990 Ostland Harbour Board made its tariffs public and replaced the Harbour Council."
    assert predecessors(events_read(text, "Ostland Harbour Board")) == {"Harbour Council"}


def test_a_passive_irregular_participle_heads_no_clause() -> None:
    # "are sold" is a passive participle, not a clause's verb: the founders after it stay read
    intro = (
        "The Fenland Research Board is the marketing body of the dairy unions, under whose brand their milk "
        "products are sold; founded in 1973 by Ravi Menon together with the chairmen of six unions, it is "
        "owned by them."
    )
    history = "By 1973 the movement had spread to six districts, and the six unions formed the board."
    assert "Ravi Menon" in {m.name for f in foundings(intro, history) for m in (f.founder, *f.founders) if m}
