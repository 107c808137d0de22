"""The name gate: the last step of extraction, where every name meets one check.

The field readers each check the names they find, but each in its own way, and a reader
that trusts its pattern ("Members: A, B and C") passes on whatever the pattern caught. Here,
after all readers, every name that would reach the graph — an organization (parent,
founder, signer, member, predecessor, successor, a program's organization), a person
(a post's holder, a founder), a unit, a program, a partner category, a former name — is
judged by the shared name check (``names.name_problem``, ``names.person_name``). A name
that fails is not stated: the fact that carries it is dropped (a post keeps its other
holders, a founding its date) and an ``extract.name-refused`` note names the line, so the
text stays in the field's verbatim statement and a reader can see why.

This is the net under every reader: a new hand's phrasing that a reader misreads into a
fragment ("Pacific", "** Clayton", "Rs 75 lakh") is refused here whatever the reader was.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from orgkg.model import (
    ChangeEvent,
    Coordinator,
    Diagnostic,
    Fact,
    FieldFacts,
    Founding,
    Holding,
    Member,
    MemberOf,
    Mention,
    Parent,
    PartnerCategory,
    Post,
    Profile,
    Program,
    Severity,
    Unit,
)

from .names import NameKind, is_title_only, leading_titles, never_a_name
from .roles import people_label

CODE = "extract.name-refused"


@dataclass(frozen=True)
class Refusal:
    """A name the gate refused, and why."""

    name: str
    what: str  # "organization", "person", "unit", …: the name's role, for the message
    reason: str


def mention_problem(mention: Mention) -> str | None:
    """Why ``mention`` cannot be stated as the thing it claims to be, or ``None``."""
    if mention.kind == "place":
        return None
    if problem := never_a_name(mention.name):
        return problem
    if is_title_only(mention.name):
        return "a title or role without a name"
    if mention.kind == "person" and _titled(mention.name):
        return "a title before the name (the title belongs to the post)"
    return None


def _titled(name: str) -> bool:
    """ "Judge Tomoko Akane", "Prof. Ana Lima": a title opens the name. A short title without
    its full stop may be a given name ("Hon Sui Sen"), so only a written stop or a full word counts."""
    titles, _ = leading_titles(name)
    return bool(titles) and (titles[0].endswith(".") or len(titles[0]) > 3)


def _checked(mention: Mention | None, refused: list[Refusal]) -> Mention | None:
    if mention is None:
        return None
    problem = mention_problem(mention)
    if problem is None:
        return mention
    refused.append(Refusal(mention.name, mention.kind, problem))
    return None


def _name_ok(name: str, kind: NameKind, what: str, refused: list[Refusal]) -> bool:
    problem = never_a_name(name, kind)
    if problem is not None:
        refused.append(Refusal(name, what, problem))
    return problem is None


def _admitted_fact(fact: Fact, refused: list[Refusal]) -> Fact | None:
    """``fact`` with the names that fail the check removed, or ``None`` when what is left
    states nothing."""
    if isinstance(fact, Parent | Coordinator | Member | MemberOf):
        return fact if _checked(fact.org, refused) else None
    if isinstance(fact, Unit):
        return fact if _name_ok(fact.name, NameKind.UNIT, "unit", refused) else None
    if isinstance(fact, PartnerCategory):
        return fact if _name_ok(fact.label, NameKind.PROGRAM, "partner category", refused) else None
    if isinstance(fact, Program):
        if not _name_ok(fact.name, NameKind.PROGRAM, "program", refused):
            return None
        return replace(fact, org=_checked(fact.org, refused))
    if isinstance(fact, Post):
        return _admitted_post(fact, refused)
    if isinstance(fact, Founding):
        return _admitted_founding(fact, refused)
    if isinstance(fact, ChangeEvent):
        return _admitted_change(fact, refused)
    return fact


def _admitted_post(post: Post, refused: list[Refusal]) -> Post | None:
    if people_label(post.role) is not None:  # "Leadership: A B, President": the field's label
        refused.append(Refusal(post.label, "post", "a label of the field's people, which names no post"))
        return None
    holders = tuple(h for h in post.holders if _checked(h, refused))
    holdings = tuple(h for h in post.holdings if _holding_ok(h, post, refused))
    if post.holders and not holders and not holdings:
        return None  # a post whose every holder was refused says nothing the verbatim does not
    return replace(post, holders=holders, holdings=holdings)


def _holding_ok(holding: Holding, post: Post, refused: list[Refusal]) -> bool:
    if holding.holder in post.holders:  # judged (and reported) with the holders
        return mention_problem(holding.holder) is None
    return _checked(holding.holder, refused) is not None


def _admitted_founding(founding: Founding, refused: list[Refusal]) -> Founding:
    founders = [m for m in (founding.founder, *founding.founders) if m and _checked(m, refused)]
    signers = [m for m in (founding.act_passed_by, *founding.act_signers) if m and _checked(m, refused)]
    return replace(
        founding,
        founder=founders[0] if founders else None,
        founders=tuple(founders[1:]),
        act_passed_by=signers[0] if signers else None,
        act_signers=tuple(signers[1:]),
    )


def _admitted_change(event: ChangeEvent, refused: list[Refusal]) -> ChangeEvent | None:
    for side in (event.original, event.resulting):
        if side is not None and _checked(side, refused) is None:
            return None
    if event.previous_name and not _name_ok(event.previous_name, NameKind.ORGANIZATION, "former name", refused):
        return replace(event, previous_name=None) if event.kind != "renamed" else None
    return event


def _notes(profile: Profile, field: FieldFacts, refused: list[Refusal]) -> Iterator[Diagnostic]:
    source_field = profile.field(field.name)
    items = source_field.items if source_field else ()
    for refusal in refused:
        line = next((item.line for item in items if refusal.name in item.text), field.first_line)
        yield Diagnostic(
            Severity.INFO,
            CODE,
            f"'{refusal.name}' was not stated as a {refusal.what}: {refusal.reason}; the text stays in the "
            "field's verbatim statement",
            profile.source,
            line,
            field.name,
        )


def admitted(profile: Profile, fields: tuple[FieldFacts, ...]) -> tuple[tuple[FieldFacts, ...], list[Diagnostic]]:
    """``fields`` with every name checked once more, and a note for each name refused."""
    out: list[FieldFacts] = []
    notes: list[Diagnostic] = []
    for field in fields:
        if field.slug == "intro":  # the identity: read and checked by identity.py
            out.append(field)
            continue
        refused: list[Refusal] = []
        facts = tuple(kept for fact in field.facts if (kept := _admitted_fact(fact, refused)) is not None)
        out.append(replace(field, facts=facts) if refused else field)
        notes.extend(_notes(profile, field, refused))
    return tuple(out), notes
