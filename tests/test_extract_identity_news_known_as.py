"""Identity: a news lead's later sentence naming the organization: "Known in <language> as X,
or Y, it …", "Known as X, or in <language> Y, it …", "Known as X, it is called Y in <language>."."""

from __future__ import annotations

from orgkg.extract.identity import read_identity
from orgkg.parse import parse_profile


def _alternates(intro: str) -> tuple[str, ...]:
    title = "Lakeshore Institute for Soil Science"
    profile = parse_profile(f"{title}\n{intro}\n", "lakeshore.txt")
    return read_identity(profile).alternate_names


def test_a_cue_under_a_language_label_and_a_second_name_after_or() -> None:
    names = _alternates(
        "The Lakeshore Institute for Soil Science is a research body. "
        "Known in German as the Institut für Bodenkunde, or IfB Seeufer, it was founded in 1921."
    )
    assert "Institut für Bodenkunde" in names
    assert "IfB Seeufer" in names


def test_a_name_called_in_a_language_after_the_subject() -> None:
    names = _alternates(
        "The Lakeshore Institute for Soil Science is a research body. "
        "Known as LISS, it is called Taasisi ya Udongo in Swahili."
    )
    assert "Taasisi ya Udongo" in names


def test_near_miss_a_label_that_is_no_language_gives_no_name() -> None:
    names = _alternates(
        "The Lakeshore Institute for Soil Science is a research body. "
        "Known as LISS, it is called Soil House in Lakeside."
    )
    assert "Soil House" not in names


def test_near_miss_a_one_word_head_after_or_is_no_name() -> None:
    names = _alternates(
        "The Lakeshore Institute for Soil Science is a research body. "
        "Known as the Lakeshore, or the Institute, it opened in 1921."
    )
    assert "Institute" not in names and "Lakeshore" not in names
