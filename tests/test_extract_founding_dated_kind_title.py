"""An English kind word titled by "of" and a day (extract/founding.py): "the Decree of 12 May
1874", "the Decree-Law of 3 March 1936" name the instrument, the day its date. Phrasings written
for these tests; the near misses keep a year alone out of the title and refuse a title whose
subject is in lowercase."""

from __future__ import annotations

from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue


def test_decree_law_titled_by_its_day() -> None:
    found = find_instrument("The Authority was created by the Decree-Law of 3 March 1936, which merged two boards.")
    assert found is not None
    assert (found.name, found.date) == ("Decree-Law of 3 March 1936", DateValue(1936, 3, 3))


def test_dated_title_with_a_capitalised_subject_keeps_it() -> None:
    found = find_instrument("Founding act: Act of 14 June 1962 on the Ostland Academy of Letters.")
    assert found is not None
    assert (found.name, found.date) == ("Act of 14 June 1962 on the Ostland Academy of Letters", DateValue(1962, 6, 14))


def test_year_alone_is_no_dated_title() -> None:
    # near miss: "of 1936" is the law's year, never part of a kind-only title
    assert find_instrument("The Authority was created by the Law of 1936.") is None


def test_lowercase_subject_after_the_day_is_not_read() -> None:
    # near miss: the title runs on in lowercase words; a cut title is worse than none
    assert find_instrument("The Authority was created by the Law of 3 March 1936 on harbour pilots.") is None
