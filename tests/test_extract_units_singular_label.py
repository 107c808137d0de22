"""A singular class word labelling a unit ("Subsidiary: A (ACR), Town (note)") announces one
unit; the piece after the comma is where it is (extract/units.py). Phrasings written for these
tests, not taken from the fidelity benchmark."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Unit
from orgkg.parse import parse_profile

NAME = "Gdansk Moulding Company"


def _units(body: str) -> set[str]:
    text = f"{NAME}\n|\nThe {NAME} is a maker of plastic parts.\nDivisions\n{body}\n"
    facts = [f for ff in extract(parse_profile(text, "gmc.txt")).fields if ff.name == "Divisions" for f in ff.facts]
    return {f.name for f in facts if isinstance(f, Unit)}


def test_singular_label_reads_one_unit_without_its_town() -> None:
    units = _units("Subsidiary: Baltic Resin Works Limited (BRWL), Oliwa (resin supply).")
    assert units == {"Baltic Resin Works Limited"}


def test_plural_label_reads_every_unit() -> None:
    # near miss: a plural label lists several units
    assert _units("Subsidiaries: Baltic Resin Works Limited, Oliwa Tooling Limited.") == {
        "Baltic Resin Works Limited",
        "Oliwa Tooling Limited",
    }
