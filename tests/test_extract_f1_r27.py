"""Round 27 (family F1: status, parent, identity): a small-nonprofit writer's profiles.

- A ticker symbol ("TSX: SWP", "NYSE: KO") is a listing, not a name: never an alternate name.
- A figure field whose first sentence opens with its own noun ("Operating budget", "The annual
  budget") and at once says it is not public ("not broken out", "is not published") is not
  publicly specified, whatever reference figures the later sentences give; a part of the value
  ("Capital budget not broken out") or a sentence holding a figure does not decide.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import read_parent
from orgkg.extract.status import status_of_text
from orgkg.model import Field, FieldStatus, Identity, Item, OrgKind, Parent, Profile

_BUDGET = "Last total enacted budget"


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("p.txt", "p", "0" * 64, title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "title, intro",
    [
        ("Prairie Grain Growers", 'Prairie Grain Growers ("the Growers"; TSX: PGG) is a grain co-operative.'),
        ("Harbour Light Utilities", "Harbour Light Utilities (NYSE: HLU) is an electricity retailer."),
        ("Southern Cross Energy", "Southern Cross Energy (SCE; ASX:SCX) is a listed energy company."),
        ("Thames Valley Water", "Thames Valley Water (LSE: TVW, formerly Thames Water Board) is a utility."),
        ("Maple Leaf Rail", "Maple Leaf Rail (in full, Maple Leaf Rail Corporation; TSX-V: MLR) is a railway."),
    ],
)
def test_a_ticker_symbol_is_not_an_alternate_name(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    names = [*identity.alternate_names, *identity.former_names]
    assert not any(":" in name for name in names), names


def test_a_name_after_a_ticker_is_still_read() -> None:
    identity = _identity("Prairie Grain Growers", 'Prairie Grain Growers ("the Growers"; TSX: PGG) is a co-operative.')
    assert "the Growers" in identity.alternate_names or "Growers" in identity.alternate_names


@pytest.mark.parametrize(
    "text",
    [
        "Operating budget not broken out in the trust's filings. For context only: about $40 million in "
        "assets (2022) and grants of $2 million (2021). Neither is an operating budget.",
        "The annual budget is not published. As a guide, the endowment stood at £8 million in 2019. No more.",
        "Its budget has not been made public. The society spent £1.2m in 2022 on its museums. See the accounts.",
        "Total budget not itemised anywhere we could find. Grants of A$300,000 came from the state in 2015. Also x.",
    ],
)
def test_a_headline_saying_the_budget_is_not_public_decides(text: str) -> None:
    assert status_of_text(text, _BUDGET).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text",
    [
        # a part of the value, not the value
        "Capital budget not broken out. Operating budget $12 million (FY24). Audited.",
        # the sentence holds the figure after all
        "The budget was not published until 2012, when it was $4 million. Then it grew. And grew.",
        # a contrast states a value
        "Budget not disclosed, but revenue was $3 million in 2020. It grew. And grew.",
        # another noun opens the sentence
        "Endowment not broken out. Operating budget of $5 million in 2023. Audited.",
    ],
)
def test_a_part_or_a_figure_does_not_make_the_budget_not_public(text: str) -> None:
    assert status_of_text(text, _BUDGET).stated


def test_the_headline_counts_only_in_a_figure_field() -> None:
    text = "Operating budget not broken out. The trust is a member of the Lakes Health System. More."
    assert status_of_text(text, "Parent organization").stated


def test_a_headcount_headline_decides_the_headcount() -> None:
    text = "Headcount not disclosed in the annual report. Volunteers number about 300. More follows."
    assert status_of_text(text, "Number of employees").status is FieldStatus.NOT_PUBLICLY_SPECIFIED


# -- a trading name is another name; a registration number is none --------------------------


@pytest.mark.parametrize(
    "title, intro, alternate",
    [
        (
            "Lakeview Grocers Inc.",
            "Lakeview Grocers Inc., doing business as Lakeview Market, is a grocer.",
            "Lakeview Market",
        ),
        ("Elm Street Bakery LLC", "Elm Street Bakery LLC (d/b/a Elm Bakes) is a bakery in Ohio.", "Elm Bakes"),
        (
            "Ridgeway Solar Co-operative Ltd",
            "Ridgeway Solar Co-operative Ltd, trading as Ridgeway Sun, is an energy co-operative.",
            "Ridgeway Sun",
        ),
        (
            "The Wessex Antiquarian Society",
            "The Wessex Antiquarian Society, which trades to visitors as Wessex Heritage, is a museum society.",
            "Wessex Heritage",
        ),
        (
            "Northfield Care Trust",
            "Northfield Care Trust, operating as Northfield Homes, is a charity.",
            "Northfield Homes",
        ),
    ],
)
def test_a_trading_name_is_an_alternate_name(title: str, intro: str, alternate: str) -> None:
    assert alternate in _identity(title, intro).alternate_names


def test_operating_as_a_description_is_no_name() -> None:
    identity = _identity("Elm Street Bakery LLC", "Elm Street Bakery LLC, operating as a charity shop, is a bakery.")
    assert identity.alternate_names == ()


@pytest.mark.parametrize(
    "intro",
    [
        "Ridgeway Solar Co-operative Ltd, trading as Ridgeway Sun (Reg. No. R0012345K; ABN 12 345 678 901), is a co-op",
        "Ridgeway Solar Co-operative Ltd (EIN 12-3456789) is a co-operative.",
        "Ridgeway Solar Co-operative Ltd (registered charity no. 1098765) is a co-operative.",
        "Ridgeway Solar Co-operative Ltd (Company No. 04512345, Scottish charity SC012345) is a co-operative.",
    ],
)
def test_a_registration_number_is_not_an_alternate_name(intro: str) -> None:
    names = _identity("Ridgeway Solar Co-operative Ltd", intro).alternate_names
    assert not any(any(c.isdigit() for c in name) for name in names), names


# -- parent: a note that dates the parent's name does not end the tie -------------------------


def _parents(text: str) -> list[str]:
    self_ = Identity(name="Harbour Island Hospital", kind=OrgKind.ORGANIZATION, acronym="HIH")
    facts, _ = read_parent(Field("Parent organization", 3, (Item(4, text, False),)), self_)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    "text, parent",
    [
        (
            "Coastal Health Partners (called Coastal Care Group until 2018). Affiliated since 2004.",
            "Coastal Health Partners",
        ),
        ("Lakes Health System (known as Lakes Care until 2015).", "Lakes Health System"),
        (
            "Northern Hospitals Network (formerly called Northern Infirmaries until 1999). More.",
            "Northern Hospitals Network",
        ),
    ],
)
def test_a_name_dated_in_a_note_is_still_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Lakes Health System (until 2015).",  # the tie itself ended
        "Lakes Health System until 2015 (called Lakes Care).",
    ],
)
def test_a_tie_that_ended_gives_no_parent(text: str) -> None:
    assert _parents(text) == []


# -- a name in quotes, then who uses it ------------------------------------------------------


@pytest.mark.parametrize(
    "intro, alternate",
    [
        (
            'The Valley Transit Authority (VTA; almost always called "the Valley Line" by commuters) is a carrier.',
            "Valley Line",
        ),
        ('The Valley Transit Authority (always called "Valley Buses" by its staff) is a bus operator.', "Valley Buses"),
        ('The Valley Transit Authority (often called "Valtra" among locals) is a bus operator.', "Valtra"),
    ],
)
def test_a_quoted_name_said_by_whom_is_an_alternate_name(intro: str, alternate: str) -> None:
    identity = _identity("Valley Transit Authority", intro)
    assert alternate in identity.alternate_names or identity.acronym == alternate


@pytest.mark.parametrize(
    "intro",
    [
        'The Valley Transit Authority ("VTX" by design, a pun) is a bus operator.',  # no naming cue
        'The Valley Transit Authority (called "the worst" by critics in 1990) is a bus operator.',
    ],
)
def test_a_quote_without_a_naming_cue_or_a_name_is_no_alternate(intro: str) -> None:
    identity = _identity("Valley Transit Authority", intro)
    assert identity.alternate_names == () and identity.acronym is None
