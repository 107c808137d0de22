"""The name it was founded under as a founding verb's object (extract/founding.py): "It was
founded in 1931 as the X Company" makes "A and B formed the X Company" its founding. Phrasings
written for these tests; the near miss gives the "as" name to another body's participle."""

from __future__ import annotations

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

FORMED = "History\nOn 4 May 1931, Clara Vance and Otto Brenner formed the Vance Glass Company in Toledo."


def test_persons_who_formed_its_first_name_founded_it() -> None:
    readers = FoundingReaders(
        "Vance Glassworks Corporation",
        "The Vance Glassworks Corporation was a glass maker. It was founded in 1931 as the Vance Glass Company.",
        "vgc.txt",
    )
    assert readers.founders(FORMED) == {"Clara Vance", "Otto Brenner"}
    assert DateValue(1931, 5, 4) in readers.dates(FORMED)


def test_another_bodys_founded_as_name_is_not_its_own() -> None:
    # near miss: the participle describes a rival, so the rival's first name is no name of it
    readers = FoundingReaders(
        "Vance Glassworks Corporation",
        "The Vance Glassworks Corporation was a glass maker. Its rival, founded in 1931 as the Vance Glass "
        "Company, closed in 1950.",
        "vgc.txt",
    )
    assert readers.founders(FORMED) == set()
