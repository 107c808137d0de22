"""Plain data passed between pipeline stages. No rdflib here: stages stay cheap to test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """SHACL's three severities, ordered: a gate at WARNING also fails on VIOLATION."""

    INFO = "info"
    WARNING = "warning"
    VIOLATION = "violation"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "violation": 2}[self.value]


# A row (below) names its severity by value; the one lookup from value to member.
SEVERITY_BY_VALUE = {severity.value: severity for severity in Severity}


# A *row* is a validation finding as a plain tuple, fields in the order of the JSON report.
# Batches of a large build travel between processes, are cached and are merged as rows:
# 100k+ findings merge, sort and render several times faster as tuples than as dataclasses.
ROW_FIELDS = ("severity", "code", "message", "file", "line", "field", "focus", "path", "value", "shape")
Row = tuple[Any, ...]


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
        """The body as one line of prose (bullets joined by spaces), for the readers."""
        return " ".join(item.text for item in self.items)

    @property
    def verbatim(self) -> str:
        """The body as written, one line per value line, footnote markers removed."""
        return "\n".join(("- " if item.bullet else "") + item.text for item in self.items)

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
    # The References heading's line, also when no reference follows it (then the field is empty)
    references_line: int | None = None
    # Lines after the intro before the first heading, dropped with an ``extra-intro-line``
    # warning; extraction reads only their records ("dissolved = 1992-12-31") from them
    extra_intro: tuple[str, ...] = ()

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


# --------------------------------------------------------------------------------------
# Facts: what ``extract`` reads out of a profile's prose. Each fact belongs to the field it
# came from, so ``map`` can put its triples into that field's named graph.


class FieldStatus(str, Enum):
    """What a field says about the existence of its value (DESIGN §3, field status)."""

    STATED = "stated"
    EXPLICITLY_NONE = "explicitlyNone"
    NOT_PUBLICLY_SPECIFIED = "notPubliclySpecified"
    NOT_APPLICABLE = "notApplicable"
    EMPTY = "empty"
    # The field has text, but neither a value nor one of the statuses above was recognised
    # in it: the verbatim text is kept and nothing is claimed (precision before recall).
    UNRECOGNISED = "unrecognised"


class OrgKind(str, Enum):
    GOVERNMENT = "government"
    COLLABORATION = "collaboration"
    NGO = "ngo"
    COMPANY = "company"
    UNIVERSITY = "university"
    ORGANIZATION = "organization"


@dataclass(frozen=True)
class Mention:
    """An entity named in the text, before resolution (``"NIST"``, ``"Barack Obama"``)."""

    name: str
    kind: str = "organization"  # organization | person | place
    acronym: str | None = None


@dataclass(frozen=True)
class DateValue:
    """A date at the precision the text states it: year, year-month or full date."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def lexical(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> str:
        """The XSD datatype local name for this precision."""
        return "gYear" if self.month is None else "gYearMonth" if self.day is None else "date"


@dataclass(frozen=True)
class Identity:
    name: str
    kind: OrgKind
    acronym: str | None = None
    description: str | None = None
    former_names: tuple[str, ...] = ()
    former_acronyms: tuple[str, ...] = ()
    # Other current names given in the intro ("known in English as ...", "or simply ...", a
    # foreign-language name, a second acronym, the title when the intro gives a fuller name)
    alternate_names: tuple[str, ...] = ()

    @property
    def own_names(self) -> tuple[str, ...]:
        """The names it goes by today: its name, its acronym and the other names the intro gives."""
        return tuple(name for name in (self.name, self.acronym, *self.alternate_names) if name)


@dataclass(frozen=True)
class Purpose:
    text: str


@dataclass(frozen=True)
class Parent:
    org: Mention


@dataclass(frozen=True)
class Coordinator:
    org: Mention


@dataclass(frozen=True)
class Founding:
    date: DateValue | None = None
    founder: Mention | None = None
    legal_basis: str | None = None  # executiveAction | statute | registeredAssociation
    act: str | None = None  # a named act, e.g. "National Science Foundation Act of 1950"
    act_date: DateValue | None = None
    act_passed_by: Mention | None = None
    founders: tuple[Mention, ...] = ()  # further founders after ``founder``, persons or organizations
    act_signers: tuple[Mention, ...] = ()  # further signers after ``act_passed_by`` ("signed by A, B and C")


@dataclass(frozen=True)
class Member:
    org: Mention


@dataclass(frozen=True)
class MemberOf:
    """The organization itself is a member of this body ("UCT is a member of ARUA"): the
    converse of ``Member``, never mapped as one."""

    org: Mention


@dataclass(frozen=True)
class PartnerCategory:
    label: str


@dataclass(frozen=True)
class EmployeeCount:
    value: int
    verbatim: str
    qualifier: str | None = None
    as_of: int | None = None
    unit_text: str | None = None


@dataclass(frozen=True)
class Unit:
    name: str
    acronym: str | None = None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Holding:
    """One holder's period in a post, as the text states it: "A (2015–2019)" (ended), "B
    (since 2022)" (current, start only), "C (until 2019)" (ended, end only). ``ended`` is
    True for a holder who no longer holds the post (an end, "former", "Before him")."""

    holder: Mention
    start: DateValue | None = None
    end: DateValue | None = None
    ended: bool = False


@dataclass(frozen=True)
class Post:
    label: str  # as written: "Director of the National Science Foundation"
    role: str  # normalised role word: "director", "co-chair"
    holders: tuple[Mention, ...] = ()  # the current holders only (org:heldBy)
    # every holding whose period the text states, and every past holder ("A (until 2019)");
    # a past holder is in ``holdings`` (ended) and never in ``holders``
    holdings: tuple[Holding, ...] = ()

    @property
    def past(self) -> tuple[Holding, ...]:
        """The holdings that have ended: holders who held the post before."""
        return tuple(h for h in self.holdings if h.ended)

    @property
    def named_holders(self) -> tuple[Mention, ...]:
        """Everyone the text names as holding or having held the post: the current holders,
        then the past and dated ones, each once."""
        return tuple(dict.fromkeys((*self.holders, *(h.holder for h in self.holdings))))


@dataclass(frozen=True)
class Program:
    name: str
    org: Mention | None = None  # a program that is itself an organization (NNMI)
    acronym: str | None = None  # "Large Hadron Collider (LHC)": the name without it, the acronym here


@dataclass(frozen=True)
class Budget:
    amount: Decimal
    currency: str  # ISO 4217
    verbatim: str
    fiscal_year: int | None = None
    us_federal_fiscal_year: bool = False  # FY runs Oct 1 – Sep 30
    qualifier: str | None = None  # "over", "about": the amount is a bound or an estimate


@dataclass(frozen=True)
class FundingSource:
    label: str


@dataclass(frozen=True)
class Service:
    name: str


@dataclass(frozen=True)
class RegulatoryScope:
    label: str


@dataclass(frozen=True)
class Address:
    verbatim: str
    street: str | None = None
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class ChangeEvent:
    kind: str  # renamed | evolved | succeeded | merged | predecessor
    text: str  # the clause, verbatim
    original: Mention | None = None  # None = this organization
    resulting: Mention | None = None  # None = this organization
    date: DateValue | None = None
    previous_name: str | None = None


@dataclass(frozen=True)
class Dissolution:
    """The organization ceased to exist: dissolved, closed, wound up, merged into another."""

    date: DateValue | None
    text: str  # the clause, verbatim


@dataclass(frozen=True)
class HeadquartersMove:
    """The organization moved its seat (headquarters, head office) from one place to another.
    The places are the text as written (no place entity is minted from them)."""

    text: str  # the sentence, verbatim
    to_place: str | None = None
    from_place: str | None = None
    date: DateValue | None = None


@dataclass(frozen=True)
class Website:
    url: str


@dataclass(frozen=True)
class SameAs:
    iri: str


Fact = (
    Identity
    | Purpose
    | Parent
    | Coordinator
    | Founding
    | Member
    | MemberOf
    | PartnerCategory
    | EmployeeCount
    | Unit
    | Post
    | Program
    | Budget
    | FundingSource
    | Service
    | RegulatoryScope
    | Address
    | ChangeEvent
    | Dissolution
    | HeadquartersMove
    | Website
    | SameAs
)


@dataclass(frozen=True)
class FieldFacts:
    """The facts read from one field (or the title + intro, as the pseudo-field ``Intro``)."""

    name: str
    slug: str  # used in graph IRIs: "mission", "parent-organization", "intro"
    first_line: int
    last_line: int
    status: FieldStatus
    verbatim: str
    footnotes: tuple[int, ...] = ()
    facts: tuple[Fact, ...] = ()
    known: bool = True


@dataclass(frozen=True)
class ProfileFacts:
    """Everything ``extract`` made of one profile."""

    profile: Profile
    identity: Identity
    fields: tuple[FieldFacts, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
