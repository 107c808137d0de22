"""Round 64c (history): a body a dated line tells was set up ("1931: X Board established"), taken
for the organization's first name when a later rename reaches its present name, is another body
when the profile names it right after a replacing verb ("replacing the X Board", "it succeeded
the X Board"): never a previous name."""

from __future__ import annotations

from .history_helpers import history_events

_INTRO = "Velmar Credit (VC) is a state lender of Velmar."


def _previous(events: list) -> set[str]:
    return {e.previous_name for e in events if getattr(e, "previous_name", None)}


def test_replaced_board_is_no_previous_name() -> None:
    history = (
        "1931: Velmar Land Loan Board established. 3 May 1962: Velmar Lending Office established, "
        "replacing the Velmar Land Loan Board. June 2004: name changed to Velmar Credit."
    )
    events = history_events("Velmar Credit", _INTRO, history, "r64c-a.txt")
    assert "Velmar Land Loan Board" not in _previous(events)


def test_board_succeeded_in_the_intro_is_no_previous_name() -> None:
    intro = "Velmar Credit (VC) is a state lender of Velmar; it succeeded the Velmar Land Loan Board."
    history = "1931: Velmar Land Loan Board established. June 2004: name changed to Velmar Credit."
    events = history_events("Velmar Credit", intro, history, "r64c-b.txt")
    assert "Velmar Land Loan Board" not in _previous(events)


def test_board_set_up_then_renamed_stays_previous_name() -> None:
    # near miss: nothing says the board was replaced, so it is the name the lender began under
    history = "1931: Velmar Land Loan Board established. June 2004: name changed to Velmar Credit."
    events = history_events("Velmar Credit", _INTRO, history, "r64c-c.txt")
    assert _previous(events) == {"Velmar Land Loan Board"}
