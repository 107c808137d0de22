"""Round 63e (leaders): past holders told in running prose. "Former <post> <Name> <verb>", "<Name>
was <post> from Y1 to Y2", "He replaced <Name>, <post> from Y1 to Y2", "Earlier <posts> included
…", "before him the post was held by …", "A took over the post from B, who had been <post> since
Y", "At the time of the merger the <post> was A". Own phrasings."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import field

MILL = Identity("Northbrook Spinning Company", OrgKind.ORGANIZATION)


def _posts(*lines: str) -> list[Post]:
    facts, _ = read_leader(field(*lines, name="Leader"), MILL)
    return [f for f in facts if isinstance(f, Post)]


def _past(*lines: str) -> dict[str, tuple[str, int | None, int | None]]:
    """holder → (post's label, start year, end year) of each past holding."""
    return {
        h.holder.name: (p.label, h.start.year if h.start else None, h.end.year if h.end else None)
        for p in _posts(*lines)
        for h in p.holdings
        if h.holder and h.ended
    }


def _current(*lines: str) -> dict[str, str]:
    return {h.name: p.label for p in _posts(*lines) for h in p.holders}


def test_former_post_and_name_before_a_verb_is_a_past_holder() -> None:
    text = "Former rector Orla Venn ran the mill from 1990 to 1998."
    assert _past(text) == {"Orla Venn": ("Rector", 1990, 1998)}
    assert _current(text) == {}
    assert _past("Ex-chairman Tomas Arkwright resigned in 2019.") == {"Tomas Arkwright": ("Chairman", None, None)}


def test_former_before_another_bodys_post_reads_nothing() -> None:
    assert _posts("Former chairman of Hollins Bank Tomas Arkwright resigned in 2019.") == []
    assert _posts("Outgoing chairman Tomas Arkwright resigned in 2019.") == [] or "Tomas Arkwright" not in _past(
        "Outgoing chairman Tomas Arkwright resigned in 2019."
    )


def test_name_was_post_for_a_finished_term_is_past_not_current() -> None:
    text = "Ines Calloway was secretary from 1971 to 1980."
    assert _past(text) == {"Ines Calloway": ("Secretary", 1971, 1980)}
    assert _current(text) == {}
    # an open term is no finished one: the rule does not fire
    assert "Ines Calloway" not in _past("Ines Calloway was secretary from 1971.")


def test_replaced_holder_with_a_finished_term_is_past() -> None:
    text = "Director Bram Ostler took office in 2020. He replaced Ines Calloway, director from 2009 to 2019."
    assert _past(text)["Ines Calloway"] == ("Director", 2009, 2019)
    assert "Ines Calloway" not in _current(text)


def test_earlier_plural_post_list_gives_past_holders() -> None:
    text = "Earlier presidents included Orla Venn (1980–1990) and Tomas Arkwright, who was president from 1960 to 1980."
    assert _past(text) == {"Orla Venn": ("President", 1980, 1990), "Tomas Arkwright": ("President", 1960, 1980)}
    # a piece that is no holder's name spoils the list: nothing rather than a wrong holder
    assert _past("Earlier presidents included Orla Venn (1980–1990) and the weaving shed.") == {}


def test_earlier_holders_of_the_post_take_the_title_the_clause_names() -> None:
    text = (
        "Earlier holders of the top post, who had the title of Provost, include Orla Venn (1980–1990), "
        "Bram Ostler (1970–1980) and, long before, Ines Calloway (1931–1950)."
    )
    assert {name: post[0] for name, post in _past(text).items()} == {
        "Orla Venn": "Provost",
        "Bram Ostler": "Provost",
        "Ines Calloway": "Provost",
    }
    # without the clause the post is not named: nothing is read
    assert _past("Earlier holders of the top post include Orla Venn (1980–1990) and Bram Ostler (1970–1980).") == {}


def test_before_him_the_post_was_held_by_names_past_holders_of_the_post_before() -> None:
    text = (
        "Bram Ostler has been Provost since May 2015; before him the post was held by Orla Venn "
        "(2005 to 2015) and by Ines Calloway (1990 to 2005), who wrote its history."
    )
    assert _current(text) == {"Bram Ostler": "Provost"}
    assert _past(text) == {"Orla Venn": ("Provost", 2005, 2015), "Ines Calloway": ("Provost", 1990, 2005)}
    assert _past("Bram Ostler has been Provost since May 2015; before him the mill was run by Orla Venn.") == {}


def test_took_over_the_post_from_a_holder_whose_post_is_named() -> None:
    text = "Bram Ostler took over the post in 2022 from Orla Venn, who had been Chief Director since 2011."
    assert _current(text) == {"Bram Ostler": "Chief Director"}
    assert set(_past(text)) == {"Orla Venn"}
    # another body's post: nothing
    near = (
        "Bram Ostler took over the post in 2022 from Orla Venn, who had been Chief Director of Hollins Bank since 2011."
    )
    assert "Bram Ostler" not in _current(near)


def test_holders_at_the_time_of_the_merger_are_past_holders() -> None:
    text = "At the time of the merger the Chairman was Orla Venn (from 2001) and the Managing Director was Bram Ostler."
    assert {name: post[0] for name, post in _past(text).items()} == {
        "Orla Venn": "Chairman",
        "Bram Ostler": "Managing Director",
    }
    assert _current(text) == {}
    # an event that did not end the organization: the rule does not fire
    assert "Orla Venn" not in _past("At the time of the jubilee the Chairman was Orla Venn.")
