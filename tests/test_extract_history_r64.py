"""Round 64 (history): a timeline told in the present tense. "today's X is formed by merging A,
B and C" with X its own (alternate) name; "- 1961: X is formed by merging …" then a rename into
its present name (X an earlier name, the merged its predecessors); "merger with B → C" and "the
consortium is turned into a bank, the X" read only where a later rename reaches its present
name; a rename into the alternate name the intro gives it is the rename into its present name."""

from __future__ import annotations

from .history_helpers import history_events

_INTRO = "The Norland Aid Agency (in Norlandic: Norlands Hjelpebyrå, or simply Nora) is a government agency."


def _names(events: list, attr: str) -> set[str]:
    if attr == "previous":
        return {e.previous_name for e in events if e.previous_name}
    return {getattr(e, attr).name for e in events if getattr(e, attr) is not None}


# --- "today's X is formed by merging A, B and C" ---------------------------------------------------


def test_todays_own_alternate_name_formed_by_merging_names_predecessors() -> None:
    history = (
        "- 1990: the first aid board is set up.\n"
        "- May 2, 1998: today's Nora is formed by merging FELT, Brakk and Tolvhus."
    )
    events = history_events("Norland Aid Agency", _INTRO, history, "r64a.txt")
    assert _names(events, "original") == {"FELT", "Brakk", "Tolvhus"}


def test_todays_other_name_formed_by_merging_names_no_predecessors() -> None:
    history = "- May 2, 1998: today's Vesta is formed by merging FELT, Brakk and Tolvhus."
    events = history_events("Norland Aid Agency", _INTRO, history, "r64b.txt")
    assert _names(events, "original") == set()


# --- "- 1961: X is formed by merging …" then "renamed <its name>" ----------------------------------

_UTILITY_INTRO = "The Dravia Power Corporation (DPC) is the national electricity utility of Dravia."


def test_present_tense_formed_body_later_renamed_to_own_name_is_an_earlier_name() -> None:
    history = (
        "- June 3, 1958: Dravia Electric Company (DEC) is formed by merging Norra Power, Sudra Light and Vest Grid.\n"
        "- 1979-04-01: renamed Dravia Power Corporation."
    )
    events = history_events("Dravia Power Corporation", _UTILITY_INTRO, history, "r64c.txt")
    assert _names(events, "previous") == {"Dravia Electric Company"}
    assert _names(events, "original") == {"Norra Power", "Sudra Light", "Vest Grid"}


def test_present_tense_formed_body_renamed_to_another_name_gives_nothing() -> None:
    history = (
        "- 1958: Dravia Electric Company is formed by merging Norra Power and Sudra Light.\n"
        "- 1979: Dravia Electric Company is renamed Dravia Grid Trading Company."
    )
    events = history_events("Dravia Power Corporation", _UTILITY_INTRO, history, "r64d.txt")
    assert _names(events, "previous") == set()
    assert _names(events, "original") == set()


def test_present_tense_formed_body_outside_a_dated_bullet_is_not_read() -> None:
    history = (
        "Dravia Electric Company is formed by merging Norra Power and Sudra Light. "
        "In 1979 it was renamed Dravia Power Corporation."
    )
    events = history_events("Dravia Power Corporation", _UTILITY_INTRO, history, "r64e.txt")
    assert "Dravia Electric Company" not in _names(events, "previous")


# --- "merger with B → C", "turned into a <kind>, the X", a rename into an alternate name -----------

_BANK_INTRO = "Tarnhold Banking Company (TBC; German: Tarnholder Bankhaus, TBH) was a Swiss bank."


def test_merger_arrow_then_rename_into_alternate_name_chains_its_names() -> None:
    history = (
        "- 1861: the partnership is turned into a joint-stock bank, the Lauser Bankhaus.\n"
        "- 1890: merger with the Reiner Bankhaus → Lauser und Reiner Bankhaus.\n"
        "- 1902: renamed Tarnholder Bankhaus (Tarnhold Banking Company)."
    )
    events = history_events("Tarnhold Banking Company", _BANK_INTRO, history, "r64f.txt")
    assert _names(events, "previous") == {"Lauser Bankhaus", "Lauser und Reiner Bankhaus"}
    assert _names(events, "original") == {"Reiner Bankhaus"}


def test_merger_arrow_without_a_later_own_name_gives_nothing() -> None:
    history = (
        "- 1861: the partnership is turned into a joint-stock bank, the Lauser Bankhaus.\n"
        "- 1890: merger with the Reiner Bankhaus → Lauser und Reiner Bankhaus."
    )
    events = history_events("Tarnhold Banking Company", _BANK_INTRO, history, "r64g.txt")
    assert _names(events, "previous") == set()
    assert _names(events, "original") == set()
    assert _names(events, "resulting") == set()


def test_merger_arrow_into_own_name_names_the_partner_a_predecessor() -> None:
    history = "- 1890: merger with the Reiner Bankhaus → Tarnhold Banking Company."
    events = history_events("Tarnhold Banking Company", _BANK_INTRO, history, "r64h.txt")
    assert _names(events, "original") == {"Reiner Bankhaus"}


def test_announced_merger_without_arrow_names_no_predecessor() -> None:
    history = "- 1997: merger with the Reiner Bankhaus announced.\n- 1998: renamed Tarnholder Bankhaus."
    events = history_events("Tarnhold Banking Company", _BANK_INTRO, history, "r64i.txt")
    assert _names(events, "original") == set()
