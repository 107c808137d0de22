"""Round 34 (F3a): signers named after a place set off by commas.

- "signed on <date> at Lomé, Togo, by Presidents A of X, B of Y and C of Z": the place between
  commas is skipped, never read as a signer;
- a plural title of two words ("Prime Ministers", "Foreign Ministers") before the list is dropped;
- "of Trinidad and Tobago", "of Antigua and Barbuda": a country whose name holds "and" stays
  one place after the last signer, not a further signer.
"""

from __future__ import annotations

import pytest

from orgkg.extract.founding import find_instrument
from orgkg.model import Mention


def _signers(legislation: str) -> list[str]:
    found = find_instrument(legislation)
    assert found is not None
    return [m.name for m in ((found.signer,) if found.signer else ()) + found.signers]


@pytest.mark.parametrize(
    ("legislation", "signers"),
    [
        (
            "The Treaty of Lomé, signed on 2 May 1961 at Lomé, Togo, by Presidents Kwame Asante of Ghana,"
            " Amadou Diallo of Mali and Jean Mbeki of Niger.",
            ["Kwame Asante", "Amadou Diallo", "Jean Mbeki"],
        ),
        (
            "The Basseterre Accord, signed on 9 June 1981 at Basseterre, Saint Kitts and Nevis, by Prime Ministers"
            " Vere Cornwall of Dominica, Hugh Selwyn of Grenada and Lester Bird of Antigua and Barbuda.",
            ["Vere Cornwall", "Hugh Selwyn", "Lester Bird"],
        ),
        (
            "The Treaty of Port Louis, signed in 1970 at Port Louis, Mauritius, by Foreign Ministers Anil Ramdas"
            " of Mauritius and Paul Sarda of Seychelles.",
            ["Anil Ramdas", "Paul Sarda"],
        ),
    ],
)
def test_signers_after_a_place_between_commas(legislation: str, signers: list[str]) -> None:
    assert _signers(legislation) == signers


def test_a_single_signer_after_a_place_between_commas() -> None:
    found = find_instrument("The Charter of Suva, signed on 3 March 1975 at Suva, Fiji, by President Ratu Kamisese.")
    assert found is not None and found.signer == Mention("Ratu Kamisese", "person")


@pytest.mark.parametrize(
    "legislation",
    [
        # the place is no signer, with or without a list after it
        "The Treaty of Lomé, signed on 2 May 1961 at Lomé, Togo, by the member states.",
        "The Treaty of Lomé, signed on 2 May 1961 at Lomé, Togo, by Ghana, Mali and Niger.",
        "The Treaty of Lomé, signed on 2 May 1961 at Lomé, Togo.",
    ],
)
def test_a_place_between_commas_is_never_a_signer(legislation: str) -> None:
    names = _signers(legislation)
    assert not {"Lomé", "Togo", "Ghana", "Mali", "Niger"} & set(names)
    assert names == []


def test_a_country_with_and_in_its_name_is_no_extra_signer() -> None:
    names = _signers(
        "The Treaty of Castries, signed on 4 July 1979 by Prime Ministers Tom Adams of Barbados"
        " and George Price of Trinidad and Tobago."
    )
    assert names == ["Tom Adams", "George Price"]


def test_a_plural_title_left_in_the_list_gives_no_signer() -> None:
    names = _signers(
        "The Treaty of Port Louis, signed in 1970 at Port Louis, Mauritius, by the Foreign Affairs Ministers"
        " Anil Ramdas and Paul Sarda."
    )
    assert not any("Ministers" in name or "Affairs" in name for name in names)
