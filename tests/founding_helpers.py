"""The foundings orgkg reads from a small profile of the "Fenland Research Board": its intro
plus optional Legislation and History fields (the round 19 and 20 founding tests)."""

from __future__ import annotations

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
