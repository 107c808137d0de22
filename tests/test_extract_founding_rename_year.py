"""A change of name's date in a founding sentence (extract/founding.py): "Founded as the X, it
took its present name in 1845" dates the rename, not the founding. Phrasings written for these
tests, not taken from the fidelity benchmark; the near miss keeps a founding date of its own."""

from __future__ import annotations

from orgkg.extract.founding import read_founding_text
from orgkg.model import DateValue, Identity, OrgKind


def _date(text: str, name: str = "Moravian Society of Letters") -> DateValue | None:
    identity = Identity(name, OrgKind.ORGANIZATION, description=text)
    return read_founding_text(text, identity, text).date


def test_present_name_year_is_no_founding() -> None:
    text = (
        "The Moravian Society of Letters is a learned society. Founded as the Brno Reading Circle, "
        "it took its present name in 1871."
    )
    assert _date(text) is None


def test_founding_year_kept_beside_rename_year() -> None:
    # near miss: the founding verb has its own year; the rename's year is passed over
    text = (
        "The Moravian Society of Letters is a learned society. Founded as the Brno Reading Circle "
        "in 1849, it adopted its current name in 1871."
    )
    assert _date(text) == DateValue(1849)


def test_a_sentence_of_many_renames_is_read_in_linear_time() -> None:
    """Not a micro-timing: 8x the dates may take at most 16x the time (a rename check per date
    over every date of the sentence grew 55x)."""
    import time

    from orgkg.extract.founding import _dated_after

    timings = []
    for count in (200, 1_600):
        sentence = "It was founded in 1950, " + ", ".join(f"renamed in {1900 + n % 100}" for n in range(count)) + "."
        started = time.perf_counter()
        _dated_after(sentence, 3, None)
        timings.append(max(time.perf_counter() - started, 0.02))
    assert timings[1] <= 16 * timings[0]
