"""Legislation: "was not established by specific legislation but was launched …" says no
founding legislation applies (notApplicable) and still tells how the organization was
founded; a contrast that names an instrument states it (extract/status.py, reads_on)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import FieldStatus, Founding
from orgkg.parse import parse_profile

from .conftest import SEED

PROFILE = """Northern Soil Partnership
| ||||||||||||||||||||||
| ||||||||||||||||||||||
| ||||||||||||||||||||||
| ||||||||||||||||||||||
|
Northern Soil Partnership (NSP) is a research collaboration in Canada.
Parent organization
{parent}
Legislation
{legislation}
"""


def _field(legislation: str, parent: str = "None.") -> tuple[FieldStatus, list[Founding]]:
    facts = extract(parse_profile(PROFILE.format(legislation=legislation, parent=parent), "nsp.txt"))
    [field] = [f for f in facts.fields if f.name == "Legislation"]
    return field.status, [f for f in field.facts if isinstance(f, Founding)]


def test_no_legislation_but_founded_otherwise_is_not_applicable_and_still_read() -> None:
    status, foundings = _field(
        "The partnership was not established by specific legislation but was launched by the "
        "Minister of Agriculture in 2014 through a ministerial order."
    )
    assert status is FieldStatus.NOT_APPLICABLE
    assert [f.date.year for f in foundings if f.date] == [2014]


@pytest.mark.parametrize(
    "text",
    [
        "It was not created by a law but by Decree 12 of 1950.",  # the contrast names the instrument
        "It was not set up by the 1990 Act but by the Charities Act 2011.",
    ],
)
def test_a_contrast_naming_an_instrument_states_it(text: str) -> None:
    status, _ = _field(text)
    # stated by the status layer (unrecognised when the founding reader then finds no act in it)
    assert status in (FieldStatus.STATED, FieldStatus.UNRECOGNISED)


def test_the_seed_reads_no_legislation_its_founding_and_its_coordinator() -> None:
    # the seed: "not established by specific legislation but was launched by President Barack
    # Obama in 2011 through an executive action"; "not under a single parent organization but
    # is a collaborative effort coordinated by the U.S. Department of Commerce"
    facts = extract(parse_profile(SEED.read_text(encoding="utf-8"), SEED.name))
    fields = {f.name: f for f in facts.fields}
    assert fields["Legislation"].status is FieldStatus.NOT_APPLICABLE
    [founding] = [f for f in fields["Legislation"].facts if isinstance(f, Founding)]
    assert founding.date is not None and founding.date.year == 2011
    assert founding.legal_basis == "executiveAction"
    assert fields["Parent organization"].status is FieldStatus.STATED
