"""A lead clause that denies the acts after its colon created the organization
(extract/founding.py, lexicon/denying-lead-phrases.csv): "Later laws changed its status without
re-creating it: the X Act …". Phrasings written for these tests; the near miss has no colon."""

from __future__ import annotations

from orgkg.extract.founding import find_instrument


def test_acts_after_a_denying_lead_are_not_the_founding_act() -> None:
    text = (
        "The Harbour Board was set up in 1890. Two later statutes reshaped it without re-creating it: "
        "the Harbour Reform Act 1955 and the Ports Act 1971."
    )
    assert find_instrument(text) is None


def test_the_founding_act_before_the_denying_lead_is_kept() -> None:
    text = (
        "The Harbour Board was created by the Harbour Board Act 1890. Later laws did not create it: "
        "the Ports Act 1971 only renamed its officers."
    )
    found = find_instrument(text)
    assert found is not None and found.name == "Harbour Board Act 1890"


def test_denial_without_a_colon_leads_no_list() -> None:
    # near miss: a full stop closes the denial; the next sentence's act is read as usual
    text = "Later laws changed it without re-creating it. The Harbour Board was created by the Ports Act 1971."
    found = find_instrument(text)
    assert found is not None and found.name == "Ports Act 1971"
