"""History: "as X, the name it kept until it became <its name>" makes X a previous name; a name
kept until an ending, or one that follows no "as", is none."""

from __future__ import annotations

from .history_helpers import events_read, previous_names

_INTRO = "The Varrow Instrument Company was a maker of marine gauges."


def _previous(text: str) -> set[str]:
    return previous_names(events_read(text, "Varrow Instrument Company", _INTRO))


def test_name_kept_until_the_rename_into_its_name() -> None:
    text = (
        "In 1931 new owners refinanced the firm and reorganised it as the Varrow Gauge Corporation, "
        "the name it kept until it became the Varrow Instrument Company in 1968."
    )
    assert _previous(text) == {"Varrow Gauge Corporation"}


def test_name_bore_until_renamed() -> None:
    text = (
        "It was refounded in 1931 as Varrow Gauge Works, the name it bore until it was renamed "
        "Varrow Instrument Company."
    )
    assert _previous(text) == {"Varrow Gauge Works"}


def test_name_kept_until_its_closure_is_no_previous_name() -> None:
    # near miss: kept until an ending, not until a rename into its name
    text = "In 1931 owners reorganised it as the Varrow Gauge Corporation, the name it kept until its closure in 1968."
    assert _previous(text) == set()


def test_name_without_as_is_no_previous_name() -> None:
    # near miss: the name before the appositive is the object of a merger, not a name it was given
    text = (
        "In 1931 the firm merged with the Tolland Gauge Corporation, the name it kept until it became "
        "the Varrow Instrument Company in 1968."
    )
    assert "Tolland Gauge Corporation" not in _previous(text)
