"""Facts that cannot all be true: the last check of extraction, after the name gate.

Each reader reads its own field and none sees what the others read, so a reader that misreads
a phrasing it was not written for (a predecessor's end read as the organization's, a body the
organization belongs to read as its member) leaves facts behind that contradict what the other
fields say. Those contradictions do not depend on how the text was phrased, so they catch
misreadings of any hand. Where two facts contradict each other, the one from the less reliable
kind of reading is not stated and an ``extract.contradicted`` note names its line; the text
stays in the field's verbatim statement. A wrong value is worse than a missing one.

- A dissolution dated before a year in which the text shows the organization alive: a holder
  in office since a later year, a budget or a headcount of a later year, a change that left it
  standing (a rename, a merger that formed it), a move of its seat, its own founding. A
  founding dated after the dissolution loses its date too: nothing tells which was misread.
- An organization that is both a predecessor and a successor: neither is stated.
- A body that is both a member and a body the organization is a member of: the membership
  the text states about the organization itself wins; the member is not stated.
- A previous name that is one of the names the organization goes by today.
- The organization named as its own parent, coordinator, member, unit, a body it is a member
  of, or (as an organization) its own founder; a person may bear its name ("Arthur Andersen").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum

from orgkg.model import (
    Budget,
    ChangeEvent,
    Coordinator,
    Diagnostic,
    Dissolution,
    EmployeeCount,
    Fact,
    FieldFacts,
    Founding,
    HeadquartersMove,
    Identity,
    Member,
    MemberOf,
    Mention,
    Parent,
    Post,
    Profile,
    Severity,
    Unit,
)

from .text import strip_article

CODE = "extract.contradicted"


def same_name(a: str, b: str) -> bool:
    """The same name written the same way, but for case, spacing and a leading article. Stricter
    than ``names.same_name`` (one slug): "C++ Foundation" is not the "C Foundation"."""
    return _key(a) == _key(b)


def _key(name: str) -> str:
    return " ".join(strip_article(name).split()).casefold()


class Part(Enum):
    """What of a contradicted fact is not stated."""

    WHOLE = "whole"
    DATE = "date"  # a founding keeps its founders and act
    PREVIOUS_NAME = "previous name"  # a merger keeps its sides; a rename says nothing more
    OWN_FOUNDERS = "own founders"  # a founding keeps its date, act and other founders


@dataclass(frozen=True)
class Contradiction:
    """A fact (or part of it) not stated, and what it contradicts."""

    fact: Fact
    what: str  # the fact as the note names it: "the dissolution in 1926"
    because: str  # what it contradicts: "a holder in office since 2021 (Leader)"
    part: Part = Part.WHOLE


def _alive_years(fields: Iterable[FieldFacts]) -> Iterator[tuple[int, str, Fact]]:
    """The years in which the facts show the organization existing, each with what shows it."""
    for field in fields:
        for fact in field.facts:
            if isinstance(fact, Post):
                for holding in fact.holdings:
                    if not holding.ended and holding.start is not None:
                        year = holding.start.year
                        yield year, f"a holder in office since {year} ({field.name})", fact
            elif isinstance(fact, Budget) and fact.fiscal_year is not None:
                yield fact.fiscal_year, f"a budget for {fact.fiscal_year} ({field.name})", fact
            elif isinstance(fact, EmployeeCount) and fact.as_of is not None:
                yield fact.as_of, f"a headcount of {fact.as_of} ({field.name})", fact
            elif isinstance(fact, Founding) and fact.date is not None:
                yield fact.date.year, f"its founding in {fact.date.year} ({field.name})", fact
            elif isinstance(fact, ChangeEvent) and fact.resulting is None and fact.date is not None:
                yield fact.date.year, f"a change that left it standing in {fact.date.year} ({field.name})", fact
            elif isinstance(fact, HeadquartersMove) and fact.date is not None:
                yield fact.date.year, f"a move of its seat in {fact.date.year} ({field.name})", fact


def _dissolutions(fields: tuple[FieldFacts, ...]) -> Iterator[Contradiction]:
    """A dissolution before a sign of life is not stated. A founding after the dissolution is not
    stated either (its date): which of the two a reader misread, nothing tells."""
    alive = sorted(_alive_years(fields), key=lambda sign: sign[0], reverse=True)
    for field in fields:
        for fact in field.facts:
            if not isinstance(fact, Dissolution) or fact.date is None:
                continue
            ended = fact.date.year
            later = [(year, why, other) for year, why, other in alive if year > ended]
            if not later:
                continue
            yield Contradiction(fact, f"the dissolution in {ended}", later[0][1])
            for year, _, other in later:
                if isinstance(other, Founding):
                    why = f"the dissolution in {ended} ({field.name})"
                    yield Contradiction(other, f"the founding in {year}", why, Part.DATE)


def _other_sides(fields: Iterable[FieldFacts]) -> tuple[list[tuple[str, ChangeEvent]], list[tuple[str, ChangeEvent]]]:
    """The predecessors (another body became this one) and the successors (this one became
    another body) the change events name, each with its event."""
    events = [fact for field in fields for fact in field.facts if isinstance(fact, ChangeEvent)]
    before = [(e.original.name, e) for e in events if e.resulting is None and e.original is not None]
    after = [(e.resulting.name, e) for e in events if e.original is None and e.resulting is not None]
    return before, after


def _both_sides(fields: Iterable[FieldFacts]) -> Iterator[Contradiction]:
    before, after = _other_sides(fields)
    successors = {_key(name) for name, _ in after}
    predecessors = {_key(name) for name, _ in before}
    for name, earlier in before:
        if _key(name) in successors:
            yield Contradiction(earlier, f"'{name}' as a predecessor", "the same body named as a successor")
    for name, later in after:
        if _key(name) in predecessors:
            yield Contradiction(later, f"'{name}' as a successor", "the same body named as a predecessor")


def _members_it_belongs_to(fields: Iterable[FieldFacts]) -> Iterator[Contradiction]:
    bodies = {_key(fact.org.name) for field in fields for fact in field.facts if isinstance(fact, MemberOf)}
    for field in fields:
        for fact in field.facts:
            if isinstance(fact, Member) and _key(fact.org.name) in bodies:
                yield Contradiction(fact, f"'{fact.org.name}' as a member", "the organization's own membership of it")


def _previous_names_in_use(fields: Iterable[FieldFacts], identity: Identity) -> Iterator[Contradiction]:
    for field in fields:
        for fact in field.facts:
            if (
                isinstance(fact, ChangeEvent)
                and fact.previous_name
                and any(same_name(fact.previous_name, own) for own in identity.own_names)
            ):
                yield Contradiction(
                    fact,
                    f"'{fact.previous_name}' as a previous name",
                    "a name it goes by today (Intro)",
                    Part.PREVIOUS_NAME,
                )


_RELATION = {Parent: "parent", Coordinator: "coordinator", Member: "member", MemberOf: "body it is a member of"}
_OWN_NAME = "the organization's own name (Intro)"


def _is_itself(name: str, identity: Identity) -> bool:
    return any(same_name(name, own) for own in identity.own_names)


def _org_founders_itself(founding: Founding, identity: Identity) -> list[Mention]:
    """The founders that are organizations bearing its own name (a person may: "Arthur Andersen")."""
    founders = (founding.founder, *founding.founders)
    return [f for f in founders if f is not None and f.kind == "organization" and _is_itself(f.name, identity)]


def _named_itself(fields: Iterable[FieldFacts], identity: Identity) -> Iterator[Contradiction]:
    for field in fields:
        for fact in field.facts:
            if isinstance(fact, Parent | Coordinator | Member | MemberOf) and _is_itself(fact.org.name, identity):
                yield Contradiction(fact, f"'{fact.org.name}' as its {_RELATION[type(fact)]}", _OWN_NAME)
            elif isinstance(fact, Unit) and _is_itself(fact.name, identity):
                yield Contradiction(fact, f"'{fact.name}' as its unit", _OWN_NAME)
            elif isinstance(fact, Founding) and _org_founders_itself(fact, identity):
                yield Contradiction(fact, "the organization as its own founder", _OWN_NAME, Part.OWN_FOUNDERS)


def contradictions(fields: tuple[FieldFacts, ...], identity: Identity) -> list[Contradiction]:
    """Every fact of ``fields`` (or part of one) that another fact contradicts."""
    return [
        *_dissolutions(fields),
        *_both_sides(fields),
        *_members_it_belongs_to(fields),
        *_previous_names_in_use(fields, identity),
        *_named_itself(fields, identity),
    ]


def _without(fact: Fact, parts: set[Part], identity: Identity) -> Fact | None:
    """What is left of ``fact`` once ``parts`` of it are not stated (``None``: nothing)."""
    if Part.WHOLE in parts:
        return None
    if isinstance(fact, ChangeEvent) and Part.PREVIOUS_NAME in parts:
        return replace(fact, previous_name=None) if fact.kind != "renamed" else None
    if isinstance(fact, Founding):
        if Part.DATE in parts:
            fact = replace(fact, date=None)
        if Part.OWN_FOUNDERS in parts:
            itself = _org_founders_itself(fact, identity)
            others = [f for f in (fact.founder, *fact.founders) if f is not None and f not in itself]
            fact = replace(fact, founder=others[0] if others else None, founders=tuple(others[1:]))
        return fact
    return None


def consistent(
    profile: Profile, fields: tuple[FieldFacts, ...], identity: Identity
) -> tuple[tuple[FieldFacts, ...], list[Diagnostic]]:
    """``fields`` without the facts other facts contradict, and a note at each one's line."""
    found: dict[int, list[Contradiction]] = {}
    for contradiction in contradictions(fields, identity):
        found.setdefault(id(contradiction.fact), []).append(contradiction)
    if not found:
        return fields, []
    kept_fields: list[FieldFacts] = []
    notes: list[Diagnostic] = []
    for field in fields:
        kept: list[Fact] = []
        for fact in field.facts:
            against = found.get(id(fact), [])
            if not against:
                kept.append(fact)
                continue
            if (rest := _without(fact, {c.part for c in against}, identity)) is not None:
                kept.append(rest)
            for contradiction in dict.fromkeys(against):
                notes.append(
                    Diagnostic(
                        Severity.INFO,
                        CODE,
                        f"{contradiction.what} was not stated: it contradicts {contradiction.because}; "
                        "the text stays in the field's verbatim statement",
                        profile.source,
                        _line_of(profile, field, fact),
                        field.name,
                    )
                )
        kept_fields.append(replace(field, facts=tuple(kept)) if len(kept) != len(field.facts) else field)
    return tuple(kept_fields), notes


def _line_of(profile: Profile, field: FieldFacts, fact: Fact) -> int:
    """The line of ``field`` holding the fact's clause (or the member's name), else the field's first line."""
    if isinstance(fact, Dissolution | ChangeEvent):
        clause = fact.text
    elif isinstance(fact, Member):
        clause = fact.org.name
    else:
        return field.first_line
    source = profile.field(field.name)
    for item in source.items if source else ():
        if clause[:40] in item.text:
            return item.line
    return field.first_line
