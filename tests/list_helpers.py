"""The names, people and lists readers (F2) on a field written as lines ("- " opens a
bullet), for one organization: the helpers the round tests share."""

from __future__ import annotations

from dataclasses import dataclass

from orgkg.extract import extract
from orgkg.extract.partners import read_partners
from orgkg.extract.people import read_leader, read_structure
from orgkg.extract.units import read_divisions, read_programs
from orgkg.model import Field, Identity, Item, Member, MemberOf, PartnerCategory, Post, Program, Unit
from orgkg.parse import parse_profile


def field(*lines: str, name: str = "X") -> Field:
    """A field under heading ``name`` at line 10, one item a line from line 11."""
    return Field(
        name,
        10,
        tuple(Item(11 + i, line.removeprefix("- "), line.startswith("- ")) for i, line in enumerate(lines)),
    )


def leader_field_posts(identity: Identity, *lines: str) -> list[Post]:
    """The posts a Leader field's lines give, in reading order."""
    facts, _ = read_leader(field(*lines, name="Leader"), identity)
    return [f for f in facts if isinstance(f, Post)]


def leader_posts(identity: Identity, *lines: str) -> dict[str, str]:
    """holder → post's label for a Leader field's lines, current and past holders alike."""
    found: dict[str, str] = {}
    for post in leader_field_posts(identity, *lines):
        for holder in post.holders:
            found[holder.name] = post.label
        for holding in post.holdings:
            if holding.holder:
                found[holding.holder.name] = post.label
    return found


def partners_in_order(text: str, identity: Identity) -> tuple[list[str], list[str]]:
    """The member names and partner categories one Partners line gives, in reading order."""
    found, _ = read_partners(Field("Partners", 10, (Item(11, text),)), identity)
    members = [f.org.name for f in found if isinstance(f, Member)]
    classes = [f.label for f in found if isinstance(f, PartnerCategory)]
    return members, classes


def profile_partners(text: str) -> tuple[set[str], set[str]]:
    """The member names and the (lowercased) partner categories of a profile "Example Org" whose
    Partners field is ``text``, read through the whole pipeline."""
    profile = parse_profile(f"Example Org\nPartners\n{text}\n", "x.txt")
    facts = [f for field in extract(profile).fields if field.slug == "partners" for f in field.facts]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    classes = {f.label.lower() for f in facts if isinstance(f, PartnerCategory)}
    return members, classes


def profile_ties(head: str, text: str) -> tuple[set[str], set[str], set[str]]:
    """Members, bodies the organization belongs to, and partner categories (as written) of the
    profile that opens with ``head`` (title and intro) and has ``text`` as its Partners field,
    read through the whole pipeline."""
    profile = parse_profile(f"{head}\nPartners\n{text}\n", "x.txt")
    facts = [f for field in extract(profile).fields if field.slug == "partners" for f in field.facts]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    member_of = {f.org.name for f in facts if isinstance(f, MemberOf)}
    classes = {f.label for f in facts if isinstance(f, PartnerCategory)}
    return members, member_of, classes


@dataclass(frozen=True)
class ListReaders:
    """What each reader gives for ``lines`` under ``heading`` (or the reader's own heading
    where one is set), for the organization ``identity``."""

    identity: Identity
    heading: str = "X"
    leader_heading: str | None = None
    partners_heading: str | None = None

    def posts(self, *lines: str) -> set[str]:
        """ "Label | holder, holder" per post."""
        facts, _ = read_leader(field(*lines, name=self.leader_heading or self.heading), self.identity)
        return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}

    def member_names(self, *lines: str) -> set[str]:
        facts, _ = read_partners(field(*lines, name=self.partners_heading or self.heading), self.identity)
        return {f.org.name for f in facts if isinstance(f, Member)}

    def member_of_names(self, *lines: str) -> set[str]:
        """The bodies the organization itself is a member of ("It is a member of X")."""
        facts, _ = read_partners(field(*lines, name=self.partners_heading or self.heading), self.identity)
        return {f.org.name for f in facts if isinstance(f, MemberOf)}

    def categories(self, *lines: str) -> set[str]:
        facts, _ = read_partners(field(*lines, name=self.partners_heading or self.heading), self.identity)
        return {f.label for f in facts if isinstance(f, PartnerCategory)}

    def members(self, *lines: str) -> set[str]:
        """Member names and partner categories together."""
        return self.member_names(*lines) | self.categories(*lines)

    def units(self, *lines: str) -> set[str]:
        facts, _ = read_divisions(field(*lines, name=self.heading), self.identity)
        return {f.name for f in facts if isinstance(f, Unit)}

    def structure(self, *lines: str) -> set[str]:
        facts, _ = read_structure(field(*lines, name=self.heading), self.identity)
        return {f.name for f in facts if isinstance(f, Unit)}

    def programs(self, *lines: str) -> set[str]:
        facts, _ = read_programs(field(*lines, name=self.heading), self.identity)
        return {f.name for f in facts if isinstance(f, Program)}


def profile_posts(title: str, intro: str, leader: str, file: str) -> set[tuple[str, tuple[str, ...]]]:
    """The posts (label, holder names) a Leader field gives under a small profile's title and
    intro: the whole extractor runs, so cross-field rules apply."""
    facts = extract(parse_profile(f"{title}\n|\n{intro}\nLeader\n{leader}\n", file))
    return {
        (f.label, tuple(m.name for m in f.named_holders))
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, Post)
    }
