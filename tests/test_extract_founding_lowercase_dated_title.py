"""A lowercase kind word titled by "of" and a day, right after "the" (extract/founding.py): "the
decree-law of 2 March 1931", "the law of 9 June 1958" name the instrument as written, the day
its date, a signer after it read as for the capitalised form. Phrasings written for these
tests; the near misses refuse an indefinite article and a year alone."""

from __future__ import annotations

from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue


def test_lowercase_decree_law_after_the_with_its_signer() -> None:
    found = find_instrument(
        "The Institute was created by the decree-law of 2 March 1931, signed by President Hugo Marren."
    )
    assert found is not None
    assert (found.name, found.date) == ("decree-law of 2 March 1931", DateValue(1931, 3, 2))
    assert found.signer is not None and found.signer.name == "Hugo Marren"


def test_lowercase_law_with_a_capitalised_subject_keeps_it() -> None:
    found = find_instrument("The Board was set up by the law of 9 June 1958 on the Valdor Harbour Board.")
    assert found is not None
    assert found.name == "law of 9 June 1958 on the Valdor Harbour Board"
    assert found.date == DateValue(1958, 6, 9)


def test_indefinite_article_names_no_lowercase_title() -> None:
    # near miss: "a decree of …" is one of its decrees, unnamed
    assert find_instrument("The Institute was created by a decree of 2 March 1931.") is None


def test_lowercase_kind_with_a_year_alone_is_no_title() -> None:
    # near miss: "of 1931" is a year beside the kind word, never a dated title
    assert find_instrument("The Institute was created by the decree of 1931.") is None
