"""Round 45 (leaders): the museum wall label's Leader lines (h33).

- "Before her, Rector Ana Lima (2010–2018).": an earlier holder under the post's own name, and
  a bracketed period ends the earlier holder's name;
- "of <country>" after a holder's name says where the holder is from, no part of the name;
- a plural label no reader takes as a post ("Presidents of the supervisory board:") heads dated
  holders one by one, each holding the singular post ("men" → "man" in plural-endings.csv); a
  relative clause after the last period is a note of that holder's."""

from __future__ import annotations

from orgkg.extract.people import read_leader
from orgkg.model import Field, Identity, Item, OrgKind, Post

IDENTITY = Identity("Example Trust", OrgKind.ORGANIZATION)


def posts(*lines: str) -> set[str]:
    items = tuple(Item(11 + i, line, bullet=False) for i, line in enumerate(lines))
    facts, _ = read_leader(Field("Leader", 10, items), IDENTITY)
    return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}


# --- an earlier holder under the post's own name ------------------------------------------


def test_before_her_with_the_post_named_again() -> None:
    assert posts("Rector Maria Sousa, since 2018. Before her, Rector Ana Lima (2010–2018).") == {
        "Rector | Maria Sousa",
        "Rector | Ana Lima",
    }


def test_before_him_with_a_bracketed_period() -> None:
    assert posts("Chair Oskar Berg. Before him, Hanna Lund (2001–2009).") == {
        "Chair | Oskar Berg",
        "Chair | Hanna Lund",
    }
    assert posts("Principal Tom Reed, in office since 2015. Before him, Principal Paul Hale (2003–2015).") == {
        "Principal | Tom Reed",
        "Principal | Paul Hale",
    }


def test_before_him_naming_no_person_gives_no_holder() -> None:
    assert posts("Chair Oskar Berg. Before him, the Board of Governors (2001–2009).") == {"Chair | Oskar Berg"}
    assert posts("Chair Oskar Berg. Before him, Chair of the Audit Committee (2001–2009).") == {"Chair | Oskar Berg"}


# --- "of <country>" after a holder's name ----------------------------------------------------


def test_home_country_after_a_name_is_dropped() -> None:
    assert posts("Secretary-General Ana Lima, of Peru, since 2020.") == {"Secretary-General | Ana Lima"}
    assert posts("The first President, Rui Costa of Portugal, served from 1950 to 1961.") == {"President | Rui Costa"}
    assert posts("Chancellor Emil Varga of Hungary.") == {"Chancellor | Emil Varga"}


def test_of_after_a_body_or_a_non_country_stays() -> None:
    assert posts("Governor of the Bank of Japan, Haruhiko Kuroda.") == {
        "Governor of the Bank of Japan | Haruhiko Kuroda"
    }
    assert "Chair | Ana Lima" not in posts("Chair Ana Lima of Finance.")


# --- a plural label heading dated holders -----------------------------------------------------


def test_plural_long_label_heads_dated_holders() -> None:
    assert posts("Presidents of the supervisory board: Ana Lima, 1950–1961; Rui Costa, 1961–1980.") == {
        "President of the supervisory board | Ana Lima",
        "President of the supervisory board | Rui Costa",
    }


def test_men_plural_and_a_relative_clause_after_the_last_period() -> None:
    assert posts(
        "Chairmen of the executive board: Otto Brandt, 1948–1960; Felix Kern, 1960–1975, who then sold the firm."
    ) == {"Chairman of the executive board | Otto Brandt", "Chairman of the executive board | Felix Kern"}
    assert posts("Directors of the observatory: Ana Lima, 1950–1961; Rui Costa, 1961–1980, who built the dome.") == {
        "Director of the observatory | Ana Lima",
        "Director of the observatory | Rui Costa",
    }


def test_plural_label_without_dated_persons_gives_no_holder() -> None:
    assert posts("Chairmen of the executive board: the Minister of Finance, 1952–1969.") == set()
    assert not any("Chairm" in p for p in posts("Chairmen of the executive board met in 1952 and 1969."))
