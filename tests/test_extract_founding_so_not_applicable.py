"""A denial of founding legislation with its own conclusion ("X was not established by any
specific law, so founding legislation is not applicable"): the conclusion names the status
(extract/status.py, additive). Phrasings written for these tests; the near miss has no
conclusion."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import FieldStatus
from orgkg.parse import parse_profile


def _legislation_status(line: str) -> FieldStatus:
    text = f"Quillon\n|\nQuillon S.A. is a Belgian paint company based in Ghent.\nLegislation\n{line}\n"
    facts = extract(parse_profile(text, "quillon.txt"))
    return next(ff.status for ff in facts.fields if ff.name == "Legislation")


def test_denial_concluding_not_applicable() -> None:
    line = "Quillon was not created by any particular statute, so a founding act is not applicable. It is a company."
    assert _legislation_status(line) is FieldStatus.NOT_APPLICABLE


def test_denial_without_conclusion_stays_explicitly_none() -> None:
    # near miss: the denial alone keeps its own status
    line = "Quillon was not created by any particular statute. It is a company."
    assert _legislation_status(line) is FieldStatus.EXPLICITLY_NONE
