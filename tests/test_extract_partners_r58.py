"""Round 58 (F1m): "X is a member of Y" said of the organization itself makes Y a body it is a
member of (``MemberOf``), never one of its members; another body's membership, "members of
the alliance include X" and "X's members" stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import to_isomorphic

import orgkg
from orgkg.extract import extract
from orgkg.model import Member, MemberOf
from orgkg.namespaces import PROV
from orgkg.parse import parse_profile

HEAD = "Harbour Valley University\n\nHarbour Valley University (HVU) is a public university in Kent.\n"


def _read(text: str) -> tuple[set[str], set[str]]:
    profile = parse_profile(f"{HEAD}\nPartners\n{text}\n", "x.txt")
    facts = [f for field in extract(profile).fields if field.slug == "partners" for f in field.facts]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    member_of = {f.org.name for f in facts if isinstance(f, MemberOf)}
    return members, member_of


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # its acronym, a pronoun, a defined term as the subject
        ("HVU is a member of the Coastal Universities Alliance.", {"Coastal Universities Alliance"}),
        ("It is a member of the Coastal Universities Alliance.", {"Coastal Universities Alliance"}),
        ("The University is a full member of the Northern Research Network.", {"Northern Research Network"}),
        ("Our institution is an associate member of the Tidal Science Consortium.", {"Tidal Science Consortium"}),
        # a list after the verb: one body each
        (
            "HVU is a member of the Coastal Universities Alliance and the Northern Research Network.",
            {"Coastal Universities Alliance", "Northern Research Network"},
        ),
        # "belongs to", "became a founding member of", "joined", "is affiliated with"
        ("It belongs to the Estuary Libraries Federation.", {"Estuary Libraries Federation"}),
        ("HVU became a founding member of the Tidal Science Consortium.", {"Tidal Science Consortium"}),
        ("The University joined the Northern Research Network.", {"Northern Research Network"}),
        ("It is affiliated with the Estuary Libraries Federation.", {"Estuary Libraries Federation"}),
        # a sentence adverb before the subject; a scope with no subject at all
        ("Internationally, the University is a member of the Global Harbour Forum.", {"Global Harbour Forum"}),
        ("at European level is member of the Marine Energy Alliance (MEA).", {"Marine Energy Alliance"}),
        # a cue after "member of" and a comma
        (
            "HVU is an active member of, namely, the Coastal Universities Alliance and the Tidal Science Consortium.",
            {"Coastal Universities Alliance", "Tidal Science Consortium"},
        ),
        # a label-like line with no verb
        ("A founding member of the Coastal Universities Alliance.", {"Coastal Universities Alliance"}),
    ],
)
def test_the_organization_is_a_member_of_the_bodies(text: str, bodies: set[str]) -> None:
    members, member_of = _read(text)
    assert bodies <= member_of
    assert not members & bodies, "a body it is a member of is no member of it"


@pytest.mark.parametrize(
    "text",
    [
        # another body is the subject
        "Chile became a member in 1996.",
        "The Ministry of Fisheries is a member of the Global Harbour Forum.",
        # the alliance's members, and its own members
        "Members of the alliance include the Northern Research Network and the Tidal Science Consortium.",
        "HVU's members are the Northern Research Network and the Tidal Science Consortium.",
        # a post holder is the member, not the organization
        "Its director is a member of the Global Harbour Forum.",
    ],
)
def test_no_member_of_when_the_subject_is_not_the_organization(text: str) -> None:
    assert not _read(text)[1]


def test_a_partner_list_is_still_members() -> None:
    members, member_of = _read("HVU works with the Northern Research Network and the Tidal Science Consortium.")
    assert members == {"Northern Research Network", "Tidal Science Consortium"}
    assert not member_of


def test_another_bodys_membership_is_read_as_before() -> None:
    """ "Chile is a member of the X": nothing changes (no MemberOf for the profiled organization)."""
    assert not _read("Chile is a member of the Global Harbour Forum.")[1]


PROFILE = """Harbour Valley University
|
Harbour Valley University (HVU) is a public university in Kent.
Partners
HVU is a member of the Coastal Universities Alliance (CUA). It works with the Tidal Trust.
"""

PARTNERS_TTL = r"""
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix orgkg: <https://w3id.org/orgkg/ns#> .
@prefix o: <https://w3id.org/orgkg/org/> .

o:harbour-valley-university
    schema:memberOf o:coastal-universities-alliance ; org:memberOf o:coastal-universities-alliance ;
    schema:member o:tidal-trust ; org:hasMember o:tidal-trust ;
    orgkg:fieldStatement o:harbour-valley-university\/field\/partners .
o:harbour-valley-university\/field\/partners a orgkg:FieldStatement ; orgkg:field "Partners" ;
    orgkg:fieldStatus orgkg:stated ;
    orgkg:verbatim "HVU is a member of the Coastal Universities Alliance (CUA). It works with the Tidal Trust."@en .
o:coastal-universities-alliance a schema:Organization, org:Organization ;
    schema:name "Coastal Universities Alliance" ; schema:alternateName "CUA" .
o:tidal-trust a schema:Organization, org:Organization ; schema:name "Tidal Trust" .
"""


def test_member_of_maps_to_schema_and_org_member_of_in_the_partners_graph(tmp_path: Path) -> None:
    source = tmp_path / "hvu.txt"
    source.write_text(PROFILE, encoding="utf-8")
    result = orgkg.build([source], validate=True)
    [partners] = [
        g for g in result.dataset.graphs() if str(g.identifier).endswith("/harbour-valley-university/partners")
    ]
    expected = Graph().parse(data=PARTNERS_TTL, format="turtle")
    assert to_isomorphic(partners) == to_isomorphic(expected), "\n".join(
        sorted(str(t) for t in set(partners) ^ set(expected))
    )
    # the same provenance as the member triples: the Partners field's graph, derived from the source
    assert (partners.identifier, PROV.wasDerivedFrom, None) in result.dataset.default_graph
    assert result.report is not None and not [f for f in result.report.findings if f.code.startswith("shacl.")]
