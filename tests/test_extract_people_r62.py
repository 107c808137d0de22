"""Round 62, F2a (leaders): past holders listed after a key ("Predecessors (Chief Executive):
A, 2018–2020; B, …", "Former directores: …", "Previous chairman: C (…)"), a list heading of
past holders ("Previous Vice-Chancellors include:", "Past holders of the post:"), a person, a
dash and several posts ("A – co-founder and chairman (…)"), a name before "(Post, years)",
an aside or a short name between the holder and "was appointed", and the organization's own
name with "'s" before a post ("Fjordvik's first Chair was A"). Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract.people import _dash_roles_apart, _past_holder_list, read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

FJORD = Identity("Fjordvik Marine Institute", OrgKind.ORGANIZATION, acronym="FMI")


def _posts(*lines: str) -> list[Post]:
    facts, _ = read_leader(field(*lines, name="Leader"), FJORD)
    return [f for f in facts if isinstance(f, Post)]


def _holders(*lines: str) -> dict[str, set[str]]:
    """Lowercased label → every holder named (current and past)."""
    found: dict[str, set[str]] = {}
    for post in _posts(*lines):
        found.setdefault(post.label.lower(), set()).update(h.name for h in post.named_holders)
    return found


def _past(*lines: str) -> set[str]:
    return {h.holder.name for post in _posts(*lines) for h in post.holdings if h.ended}


# --- past holders after a key ---------------------------------------------------------


def test_predecessors_with_the_post_in_brackets() -> None:
    text = "Predecessors (Managing Director): Ola Brekke, Mar 2015–Jun 2021; Siri Lunde, 2009–2015."
    assert _holders("Director: Kari Holm, since 2021.", text)["managing director"] == {"Ola Brekke", "Siri Lunde"}
    assert _past("Director: Kari Holm, since 2021.", text) == {"Ola Brekke", "Siri Lunde"}


def test_predecessor_item_names_its_own_post_before_its_period() -> None:
    assert _past_holder_list("Predecessor: Ola Brekke, Chair Jul 2011–Jul 2020.", None) == [
        "Former Chair: Ola Brekke (Jul 2011–Jul 2020)"
    ]
    assert _holders("Chair: Kari Holm. Predecessor: Ola Brekke, Chair Jul 2011–Jul 2020.")["chair"] == {
        "Kari Holm",
        "Ola Brekke",
    }


def test_former_plural_key_names_the_post_in_the_singular() -> None:
    found = _holders("Former directors: Ola Brekke (2014–2018); Siri Lunde (2010–2014).")
    assert found == {"director": {"Ola Brekke", "Siri Lunde"}}


def test_past_holder_key_naming_no_post_reads_nothing() -> None:
    assert _past_holder_list("Former names: Fjordvik Station (1950–1971); Marine Lab (1971–1990).", None) == []
    assert _past_holder_list("Predecessors: Ola Brekke; Siri Lunde.", None) == []  # no post anywhere


def test_past_holder_key_with_a_plural_adjective_after_the_post_is_refused() -> None:
    # "Secretarios Ejecutivos" would give "Secretario Ejecutivos": no post rather than a wrong one
    assert _past_holder_list("Former Secretarios Ejecutivos: Ola Brekke, in office in 2015.", None) == []
    # the plural the table singularises whole is read
    assert _past_holder_list("Former Directores Generales: Ola Brekke (2009–2015).", None) == [
        "Former Director General: Ola Brekke (2009–2015)"
    ]


def test_generic_head_word_names_no_post() -> None:
    assert _past_holder_list("Previous heads: Ola Brekke (2001–2010).", None) == []


# --- list headings of past holders ------------------------------------------------------


def test_previous_plural_heading_lists_past_holders() -> None:
    lines = (
        "Rector: Kari Holm (since 2022)",
        "Previous Rectors include:",
        "- Ola Brekke (2010–2016)",
        "- Siri Lunde (2016–2022)",
    )
    assert _holders(*lines)["rector"] == {"Kari Holm", "Ola Brekke", "Siri Lunde"}
    assert _past(*lines) == {"Ola Brekke", "Siri Lunde"}


def test_past_holders_of_the_post_take_the_post_named_before() -> None:
    lines = ("Managing Director: Kari Holm (since 2020)", "Past holders of the post:", "- Ola Brekke (2012–2020)")
    assert _holders(*lines)["managing director"] == {"Kari Holm", "Ola Brekke"}


def test_previous_heading_naming_no_post_lists_nobody() -> None:
    lines = (
        "Director: Kari Holm",
        "Previous heads (Director until 2010, Chief Executive after):",
        "- Ola Brekke (2001–2010)",
    )
    assert "Ola Brekke" not in {n for names in _holders(*lines).values() for n in names}


# --- a person, a dash, several posts ----------------------------------------------------


def test_founder_joined_to_a_post_is_no_post() -> None:
    assert _dash_roles_apart("Ola Brekke – co-founder and chairman (1990–1999)") == [
        "Ola Brekke – chairman (1990–1999)"
    ]
    assert _holders("- Ola Brekke – co-founder and chairman (1990–1999)") == {"chairman": {"Ola Brekke"}}


def test_two_posts_after_the_dash_are_both_read() -> None:
    found = _holders("- Ola Brekke – general manager from 1950, president (1960–1972)")
    assert found["president"] == {"Ola Brekke"}
    assert found["general manager"] == {"Ola Brekke"}


def test_previously_held_office_elsewhere_is_no_post() -> None:
    found = _holders("- Ola Brekke – chairman (1960–1972), previously Minister of Fisheries")
    assert set(found) == {"chairman"}


def test_founder_alone_after_the_dash_stays_whole() -> None:
    assert _dash_roles_apart("Ola Brekke – founder (1950)") == ["Ola Brekke – founder (1950)"]


# --- "Name (Post, years)" -------------------------------------------------------------------


def test_name_before_a_dated_post_bracket() -> None:
    text = "Dr Holm follows Ola Brekke (Rector, 2010–2016) and Siri Lunde (Rector, 2004–2010)."
    assert _holders(text) == {"rector": {"Ola Brekke", "Siri Lunde"}}
    assert _past(text) == {"Ola Brekke", "Siri Lunde"}


def test_dated_bracket_naming_another_body_is_no_post() -> None:
    assert _holders("The speaker was Ola Brekke (President of the Fisheries Union, 2002–2010).") == {}


# --- an aside between the holder and "was appointed" ---------------------------------------


def test_aside_and_short_name_before_was_appointed() -> None:
    text = "Professor Siri Anne Lunde (Anne Lunde), an oceanographer, was appointed Director in 2019."
    assert _holders(text) == {"director": {"Siri Anne Lunde"}}


def test_aside_before_was_alone_names_no_post() -> None:
    # "was also President of …" names an office elsewhere, not an appointment here
    assert _holders("Siri Lunde, an oceanographer, was also President of the Polar Society.") == {}


# --- the organization's own name with "'s" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("FMI's first Director was Ola Brekke.", "director"),
        ("Siri Lunde served as FMI's last Chair, from 2001 to 2009.", "chair"),
    ],
)
def test_own_acronym_possessive_reads_as_its(text: str, label: str) -> None:
    assert label in _holders(text)


def test_another_bodys_possessive_is_kept() -> None:
    assert "director" not in _holders("NOAA's first Director was Ola Brekke.")
