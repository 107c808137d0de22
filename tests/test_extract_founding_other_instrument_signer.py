"""Founding: a signing participle set off by commas after a relative clause's own object signs
that other instrument, not the founding act; a list item's "established in" dates that item."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile


def test_a_participle_after_another_instruments_name_signs_that_instrument() -> None:
    found = find_instrument(
        "Statute No. 4,120 of 9 March 1994, which converted Interim Order No. 7 of 1994, adopted by "
        "Governor Lucia Ferreira, into law; the Statute was promulgated and signed by Tomas Aguilar, "
        "Speaker of the Assembly."
    )
    assert found is not None
    assert found.signer is not None and found.signer.name == "Tomas Aguilar"


def test_a_participle_right_after_the_act_still_signs_it() -> None:
    found = find_instrument("Statute No. 4,120 of 9 March 1994, adopted by Governor Lucia Ferreira.")
    assert found is not None
    assert found.signer is not None and found.signer.name == "Lucia Ferreira"


def _founding_dates(history: str) -> list[DateValue]:
    text = (
        f"Coastal Waters Agency\nThe Coastal Waters Agency (CWA) is a public agency of Atlantis.\nHistory\n{history}\n"
    )
    facts = extract(parse_profile(text, "cwa.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


def test_an_item_of_a_colon_list_dates_that_item() -> None:
    dates = _founding_dates(
        "4 April 1991: CWA created, merging two bodies: the Harbour Survey Office (HSO), established in 1961; "
        "and the Fisheries Board (FB)."
    )
    assert dates == [DateValue(1991, 4, 4)]


def test_a_capitalised_labels_colon_still_names_the_organization() -> None:
    dates = _founding_dates("Origin: Coastal Waters Agency, est. 1961 by the harbour towns.")
    assert dates == [DateValue(1961)]
