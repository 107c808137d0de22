"""Plain data passed between pipeline stages. No rdflib here: stages stay cheap to test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """SHACL's three severities, ordered: a gate at WARNING also fails on VIOLATION."""

    INFO = "info"
    WARNING = "warning"
    VIOLATION = "violation"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "violation": 2}[self.value]


@dataclass(frozen=True)
class Diagnostic:
    """Something worth telling the user, located at ``file:line`` where possible."""

    severity: Severity
    code: str  # stable machine-readable id, e.g. "unknown-heading"
    message: str  # written for a person
    file: str | None = None
    line: int | None = None
    field: str | None = None


@dataclass(frozen=True)
class Item:
    """One value line of a field: prose or a ``- `` bullet, footnote markers split off."""

    line: int  # 1-based line number in the source file
    text: str  # trimmed, bullet dash and footnote markers removed
    bullet: bool = False
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Field:
    """A heading and its body. ``name`` is the canonical heading (``Mission``)."""

    name: str
    heading_line: int
    items: tuple[Item, ...] = ()
    known: bool = True

    @property
    def text(self) -> str:
        return " ".join(item.text for item in self.items)

    @property
    def footnotes(self) -> tuple[int, ...]:
        seen: dict[int, None] = {}
        for item in self.items:
            for number in item.footnotes:
                seen[number] = None
        return tuple(seen)

    @property
    def first_line(self) -> int:
        return self.heading_line

    @property
    def last_line(self) -> int:
        return self.items[-1].line if self.items else self.heading_line


@dataclass(frozen=True)
class Reference:
    """One line of the References section: ``↑ Publisher. "Title". Owner, URL (accessed D).``"""

    number: int  # 1-based position: the ``[n]`` footnotes point here
    line: int
    raw: str
    publisher: str | None = None
    title: str | None = None
    site_owner: str | None = None
    url: str | None = None  # only absolute http(s) URLs; anything else stays in ``raw``
    accessed: dt.date | None = None


@dataclass(frozen=True)
class Profile:
    """What the parser read from one profile file (DESIGN §1)."""

    source: str  # the path as the user gave it, for messages
    doc: str  # slug naming the source document in IRIs
    sha256: str  # of the raw bytes
    title: str
    title_line: int
    intro: str | None = None
    intro_line: int | None = None
    fields: tuple[Field, ...] = ()
    references: tuple[Reference, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def field(self, name: str) -> Field | None:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return None


KNOWN_FIELDS: tuple[str, ...] = (
    "Mission",
    "Parent organization",
    "Legislation",
    "Partners",
    "Number of employees",
    "Organization structure",
    "Leader",
    "Divisions",
    "List of programs",
    "Last total enacted budget",
    "Staff",
    "Funding",
    "Services provided",
    "Regulations overseen",
    "Headquarters address",
    "History",
    "External links",
    "References",
)
