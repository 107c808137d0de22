"""Round 27, founding family (F3a): an "itself" aside dates the body before it, never the
organization; a private act's unquoted long title ("An Act to incorporate The X") is read
whole, and an article before a kind word alone ("An Act", "the Act") names no act."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import NAME, founding_dates, foundings

INTRO = f"The {NAME} is a research body in Ely."


@pytest.mark.parametrize(
    "history",
    [
        "- 2009: took over the Ely Drainage Trust (itself formed in 1996 from two parish boards) for £2m.",
        "In 2009 it merged with the Soham Seed Company, itself founded in 1975 by local growers.",
        "- 2011: absorbed the March Fen Society (itself later created in 1988 out of a reading club).",
        "- 2012: bought Wisbech Mills (itself set up in 1970).",
    ],
)
def test_an_itself_aside_dates_the_other_body_not_the_organization(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    ("history", "year"),
    [
        (f"The {NAME}, itself founded in 1931, later merged with the Ely Trust.", 1931),
        ("It was founded in 1931. In 2009 it took over the Ely Trust (itself formed in 1996).", 1931),
        ("Founded in 1931 by farmers. The Soham Seed Company, itself established in 1975, joined in 2009.", 1931),
    ],
)
def test_the_organizations_own_founding_survives_an_itself_aside(history: str, year: int) -> None:
    assert founding_dates(INTRO, history) == [DateValue(year)]


@pytest.mark.parametrize(
    ("legislation", "act"),
    [
        (
            "Incorporated by An Act to incorporate The Fenland Research Board, S.M. 1950, c. 12.",
            "An Act to incorporate The Fenland Research Board",
        ),
        (
            "It was set up under An Act to establish the Fenland Research Board, 1950.",
            "An Act to establish the Fenland Research Board",
        ),
        (
            "Created by an Act to constitute the Fenland Research Board (1950).",
            "an Act to constitute the Fenland Research Board",
        ),
    ],
)
def test_an_unquoted_long_title_is_the_act_name(legislation: str, act: str) -> None:
    assert [f.act for f in foundings(INTRO, legislation=legislation) if f.act] == [act]


@pytest.mark.parametrize(
    "legislation",
    [
        "It was established by An Act passed in 1950.",
        "Incorporated under the Act in 1950.",
        "Created by an Act to amend the Fen Drainage Act.",  # another act's title: not "to amend"
        "Established by An Act, 1950.",
    ],
)
def test_an_article_and_a_kind_word_alone_name_no_act(legislation: str) -> None:
    acts = [f.act for f in foundings(INTRO, legislation=legislation) if f.act]
    assert all(act.lower() not in {"an act", "the act", "act", "a act"} for act in acts)
    assert "Act to amend" not in " ".join(acts)


def _founders(history: str) -> list[str]:
    found = foundings(INTRO, history)
    return [m.name for f in found for m in ((f.founder,) if f.founder else ()) + f.founders]


@pytest.mark.parametrize(
    ("history", "founder"),
    [
        (
            "It was established in 1950 by the Ely Growers Association, now known as FenGrow, and grew.",
            "Ely Growers Association",
        ),
        (
            "It was founded in 1950 by the Soham Farmers Society, later renamed the Fen Farmers Society.",
            "Soham Farmers Society",
        ),
        (
            "It was set up in 1950 by the March Drainage Association, since renamed March Water.",
            "March Drainage Association",
        ),
    ],
)
def test_a_founders_later_name_after_a_comma_is_cut_off(history: str, founder: str) -> None:
    assert _founders(history) == [founder]


@pytest.mark.parametrize(
    "history",
    [
        "It was established in 1950 by the Ely Growers Association, now known as FenGrow.",
        "It was founded in 1950 by the Soham Farmers Society, later renamed Fen Farmers.",
    ],
)
def test_the_later_name_is_never_a_founder(history: str) -> None:
    assert not any(name in {"FenGrow", "Fen Farmers"} for name in _founders(history))
