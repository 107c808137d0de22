"""Round 46 (leaders): the e-mail thread's Leader answers (h34).

- a plural label heading a comma list of holders, each with only a bare or bracketed period
  ("Secretaries-General: A 1961–1970, B 1970–1981"): each holds the singular post;
- the same list with no label, right after a line naming a post's holder (the answer to a
  quoted "previous ones?"): earlier holders of that post;
- "The first CEO after the merger was A": a lowercase event between role and verb;
- "First head of the museum: A, director 1901–1920": a rank word and a generic word for
  whoever runs a body describe, the post is the one named with the holder, or none."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.model import Field, Identity, Item, OrgKind, Post

IDENTITY = Identity("Example Trust", OrgKind.ORGANIZATION)


def posts(*lines: str) -> set[str]:
    items = tuple(Item(11 + i, line, bullet=False) for i, line in enumerate(lines))
    facts, _ = read_leader(Field("Leader", 10, items), IDENTITY)
    return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}


# --- a plural label heading dated holders without commas before the years -------------------


def test_plural_label_with_bare_periods() -> None:
    assert posts("Secretaries-General: Tomas Dahl 1961–1970, Karin Ek 1970–1981.") == {
        "Secretary-General | Tomas Dahl",
        "Secretary-General | Karin Ek",
    }


def test_plural_label_of_a_body_with_bare_periods() -> None:
    assert posts("Presidents of the Governing Council: Marta Vidal 1960–1968, Hugo Brandt 1968–1975.") == {
        "President of the Governing Council | Marta Vidal",
        "President of the Governing Council | Hugo Brandt",
    }


def test_plural_label_with_bracketed_periods_and_a_final_and() -> None:
    assert posts("Directors: Lena Sato (1980–1990), Omar Haddad (1990–1999) and Ruth Keller (1999–2008).") == {
        "Director | Lena Sato",
        "Director | Omar Haddad",
        "Director | Ruth Keller",
    }


def test_plural_label_over_places_is_no_holder_list() -> None:
    assert posts("Rector: Ana Ruiz. Buildings: Main Hall 1990–1995, North Wing 1995–2001.") == {"Rector | Ana Ruiz"}


# --- a bare list of dated holders after a post's holder ----------------------------------------


def test_bare_dated_holders_after_the_current_holder() -> None:
    assert posts(
        "Director General: Ana Ruiz, since 2020.",
        "Jon Berg 2010–2020, Eva Lund 2001–2010, Olof Holm 1990–2001.",
    ) == {
        "Director General | Ana Ruiz",
        "Director General | Jon Berg",
        "Director General | Eva Lund",
        "Director General | Olof Holm",
    }


def test_bare_dated_holders_in_the_same_line() -> None:
    assert posts("Chair: Mira Novak (since 2019). Tariq Aziz (2012–2019), Helga Brun (2004–2012).") == {
        "Chair | Mira Novak",
        "Chair | Tariq Aziz",
        "Chair | Helga Brun",
    }


def test_one_bare_dated_name_is_not_enough() -> None:
    assert posts("Director: Ana Ruiz, since 2020. Jon Berg 2010–2020.") == {"Director | Ana Ruiz"}


def test_dated_places_after_a_holder_are_no_holders() -> None:
    assert posts("Director: Ana Ruiz. Offices in Oslo 2010–2020, Bergen 2001–2010.") == {"Director | Ana Ruiz"}


def test_dated_names_without_a_post_before_are_no_holders() -> None:
    assert posts("Jon Berg 2010–2020, Eva Lund 2001–2010.") == set()


# --- "First head of the X:" describes, the holder's own post counts ----------------------------


def test_first_head_of_a_body_takes_the_named_post() -> None:
    assert posts("First head of the museum: Karl Ström, director 1901–1920.") == {"Director | Karl Ström"}


def test_founding_head_takes_the_named_post() -> None:
    assert posts("Founding head of the academy: Irene Marsh, president 1950–1961.") == {"President | Irene Marsh"}


def test_last_head_takes_the_named_post() -> None:
    assert posts("Last head of the commission: Paolo Serra, chairman 1990–1993.") == {"Chairman | Paolo Serra"}


def test_first_leader_without_a_named_post_is_no_post() -> None:
    assert posts("First leader: Karl Ström.") == set()
    assert posts("First head of the institute: Karl Ström, head 1901–1920.") == set()


def test_a_ranked_post_name_is_kept() -> None:
    assert posts("First Director: Karl Ström.") == {"First Director | Karl Ström"}


# --- "the first <role> after the <event> was A" -------------------------------------------------


def test_first_holder_after_an_event() -> None:
    assert posts("The first CEO after the merger was Olof Holm, 1990–2001.") == {"CEO | Olof Holm"}
    assert posts("The first president since the reunification was Marta Vidal.") == {"President | Marta Vidal"}
    assert posts("Its first director following the reform was Hugo Brandt (1991–1999).") == {"Director | Hugo Brandt"}


def test_first_holder_after_a_person_or_a_named_event_is_not_read() -> None:
    assert posts("The first CEO after Olof Holm was Eva Lund.") == set()
    assert posts("The first CEO after the merger with Nordbank was Olof Holm.") == set()
