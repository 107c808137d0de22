"""The foundings orgkg reads from a small profile: the "Fenland Research Board" with its intro
plus optional Legislation and History fields (the round 19 and 20 founding tests), or any
title and intro with field lines (``FoundingReaders``)."""

from __future__ import annotations

from dataclasses import dataclass

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

NAME = "Fenland Research Board"


def foundings(intro: str, history: str = "", legislation: str = "") -> list[Founding]:
    text = f"{NAME}\n{intro}\n"
    if legislation:
        text += f"Legislation\n{legislation}\n"
    if history:
        text += f"History\n{history}\n"
    facts = extract(parse_profile(text, "frb.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def founding_dates(intro: str, history: str = "", legislation: str = "") -> list[DateValue]:
    return [f.date for f in foundings(intro, history, legislation) if f.date]


@dataclass(frozen=True)
class FoundingReaders:
    """What the founding readers give for field lines written under a small profile's title
    and intro: ``dates("History\\nFounded in 1921.")``."""

    name: str
    intro: str
    file: str

    def foundings(self, fields: str) -> list[Founding]:
        facts = extract(parse_profile(f"{self.name}\n|\n{self.intro}\n{fields}\n", self.file))
        return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]

    def dates(self, fields: str) -> set[DateValue]:
        return {f.date for f in self.foundings(fields) if f.date}

    def acts(self, fields: str) -> set[tuple[str, DateValue | None]]:
        return {(f.act, f.act_date) for f in self.foundings(fields) if f.act}

    def founders(self, fields: str) -> set[str]:
        return {m.name for f in self.foundings(fields) for m in (f.founder, *f.founders) if m is not None}
