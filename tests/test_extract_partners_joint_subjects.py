"""Partners beside the organization itself: joint subjects ("X and Y have jointly owned Z"),
the organization's own name inside a gloss, an appositive that says what a body it belongs to
is, and a list's lead whose class is only reach adjectives before a noun of bodies. Own
phrasings."""

from __future__ import annotations

from orgkg.extract.partners import read_partners
from orgkg.model import Identity, Member, MemberOf, OrgKind, PartnerCategory

from .list_helpers import field

TARN = Identity("Tarnbeck AB", OrgKind.ORGANIZATION)
INSTITUTE = Identity("Institut Veldran de Recherche", OrgKind.ORGANIZATION, acronym="IVR")


def _read(identity: Identity, *lines: str) -> tuple[set[str], set[str], set[str]]:
    facts, _ = read_partners(field(*lines, name="Partners"), identity)
    members = {f.org.name for f in facts if isinstance(f, Member)}
    member_of = {f.org.name for f in facts if isinstance(f, MemberOf)}
    classes = {f.label.lower() for f in facts if isinstance(f, PartnerCategory)}
    return members, member_of, classes


def test_other_joint_subject_is_a_partner() -> None:
    members, _, _ = _read(
        TARN,
        "Tarnbeck works with several companies:",
        "- Tarnbeck and Orsa Kraft have jointly owned the Lumo wind park since 2019.",
        "- Halvik Steel – a long-term supply contract.",
    )
    assert members == {"Orsa Kraft", "Halvik Steel"}


def test_joint_subjects_without_the_organization_give_no_partner() -> None:
    # near miss: two other bodies own something together
    members, _, _ = _read(
        TARN,
        "Tarnbeck works with several companies:",
        "- Orsa Kraft and Halvik Steel have jointly owned the Lumo wind park since 2019.",
        "- Brekke Gruppen – grid services.",
    )
    assert "Orsa Kraft" not in members and "Halvik Steel" not in members


def test_own_name_in_a_gloss_is_no_partner() -> None:
    members, _, _ = _read(
        TARN,
        "Tarnbeck works with several companies:",
        "- Orsa Kraft and Halvik Steel – the two firms that, together with Tarnbeck, run the Lumo hydrogen pilot.",
    )
    assert "Tarnbeck" not in members
    assert members


def test_a_name_that_differs_only_in_symbols_is_another_body() -> None:
    # near miss: "Tarnbeck+" slugs like "Tarnbeck" but is written differently, so it is a partner
    members, _, _ = _read(TARN, "- Tarnbeck+ – a sister foundation.", "- Tarnbeck – the company itself.")
    assert members == {"Tarnbeck+"}


def test_appositive_of_a_body_it_belongs_to_names_no_class() -> None:
    _, member_of, classes = _read(
        INSTITUTE,
        "- Brennel University – joint laboratories.",
        "The IVR is also a member of Geo Alliance, the network of European survey and mapping agencies.",
    )
    assert member_of == {"Geo Alliance"}
    assert classes == set()


def test_capitalised_item_after_a_membership_stays() -> None:
    # near miss: a capitalised item after the comma is another body, not a gloss
    _, member_of, _ = _read(INSTITUTE, "The IVR is a member of Geo Alliance, the Orbis Network and Terrafund.")
    assert {"Geo Alliance", "Terrafund"} <= member_of


def test_reach_adjectives_before_bodies_in_a_lead_name_no_class() -> None:
    _, _, classes = _read(
        INSTITUTE,
        "The IVR works with a broad range of national and international bodies, among them:",
        "- Brennel University – joint laboratories.",
    )
    assert classes == set()


def test_a_kind_before_bodies_in_a_lead_is_a_class() -> None:
    # near miss: "survey bodies" says what kind of body
    _, _, classes = _read(
        INSTITUTE,
        "The IVR works with several survey bodies, among them:",
        "- Brennel University – joint laboratories.",
    )
    assert "survey bodies" in classes
