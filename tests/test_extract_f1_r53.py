"""Round 53 (F1): a register's intro that names the body with its kind before the title.

- "The Fondation Aide aux enfants (Aae) is …" under the title "Aide aux enfants": a head word
  of a body (lexicon/org-head-words) before the whole title is the title's formal form, even
  when the title has lowercase words; the title stays the name, the formal form an alternate.
- "(Aae)": a short form written in mixed case whose letters are the initials of the title's
  words is an alternate name; other letters are not.
- "also called Aide aux enfants Genève": a cued name that is the title and one capitalised
  word (its seat) is an alternate name; a lowercase tail or a phrase after the title is not.
- "Pays-membres: 192.", "Stati-membri: 12." (lexicon/state-class-words.csv): a hyphen joins the
  state word and the member word of a label as a space does; the label is a class of states.
  A compound with a word of no member class ("Pays-observateurs", "Ex-membres") is none.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.partners import read_partners
from orgkg.model import Identity, Member, OrgKind, PartnerCategory, Profile

from .list_helpers import field

_ORG = Identity("Lakeshore Heritage Society", OrgKind.ORGANIZATION)


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


@pytest.mark.parametrize(
    ("title", "intro", "alternates"),
    [
        (
            "Aide aux enfants",
            "The Fondation Aide aux enfants (Aae), also called Aide aux enfants Genève, is a foundation of Swiss law.",
            ("Fondation Aide aux enfants", "Aae", "Aide aux enfants Genève"),
        ),
        (
            "Hilfe für kinder",
            "The Stiftung Hilfe für kinder (Hfk) is a foundation under German law.",
            ("Stiftung Hilfe für kinder", "Hfk"),
        ),
        (
            "Secours des marins",
            "The Association Secours des marins, also known as Secours des marins Brest, is an association.",
            ("Association Secours des marins", "Secours des marins Brest"),
        ),
        (
            "Amis du patrimoine rural",
            "The Fondation Amis du patrimoine rural (Apr) was a private foundation based in Namur.",
            ("Fondation Amis du patrimoine rural", "Apr"),
        ),
    ],
)
def test_kind_before_the_title_is_an_alternate_and_the_title_the_name(
    title: str, intro: str, alternates: tuple[str, ...]
) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert identity.alternate_names == alternates


@pytest.mark.parametrize(
    ("intro", "alternates"),
    [
        # letters that are not the title's initials: no short form
        ("The Fondation Aide aux enfants (Xyz) is a foundation.", ("Fondation Aide aux enfants",)),
        # a phrase after the title, not one capitalised word: no name
        (
            "The Fondation Aide aux enfants, also called Aide aux enfants of Geneva, is a foundation.",
            ("Fondation Aide aux enfants",),
        ),
        (
            "The Fondation Aide aux enfants, also called Aide aux enfants geneva office, is a foundation.",
            ("Fondation Aide aux enfants",),
        ),
    ],
)
def test_near_misses_give_no_other_name(intro: str, alternates: tuple[str, ...]) -> None:
    identity = _identity("Aide aux enfants", intro)
    assert identity.name == "Aide aux enfants"
    assert identity.alternate_names == alternates


def test_a_word_that_names_no_body_is_not_a_kind() -> None:
    identity = _identity("Aide aux enfants", "The Famous Aide aux enfants is a foundation.")
    assert "Famous Aide aux enfants" not in (identity.name, *identity.alternate_names)


def _partners(line: str) -> tuple[list[str], list[str]]:
    facts, _ = read_partners(field(line, name="Partners"), _ORG)
    categories = [f.label for f in facts if isinstance(f, PartnerCategory)]
    members = [f.org.name for f in facts if isinstance(f, Member)]
    return categories, members


@pytest.mark.parametrize(
    ("line", "label", "members"),
    [
        ("Pays-membres: 54.", "Pays-membres", []),
        ("Stati-membri: 12.", "Stati-membri", []),
        ("Member-states: 31.", "Member-states", []),
        ("États-membres: Bénin, Togo and Niger.", "États-membres", ["Bénin", "Togo", "Niger"]),
    ],
)
def test_a_hyphenated_state_label_is_a_class_of_states(line: str, label: str, members: list[str]) -> None:
    assert _partners(line) == ([label], members)


@pytest.mark.parametrize("line", ["Pays-observateurs: 3.", "Ex-membres: 4.", "Pays-membres-fondateurs-associés: 4."])
def test_a_compound_with_another_word_is_no_class_of_states(line: str) -> None:
    assert _partners(line) == ([], [])
