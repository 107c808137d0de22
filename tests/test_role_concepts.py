"""One role concept, one prefLabel: a role's hyphen or space does not split its label.

"Vice-President" and "Vice President" mint the same concept (``concept/role/vice-president``);
SKOS gives a concept one prefLabel per language, in one profile and across a corpus, and
shapes/things.ttl checks it (``Concept-prefLabel-uniqueLang``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from orgkg import build
from orgkg.extract.roles import canonical_role
from orgkg.namespaces import SDO, SKOS

ROLE = "https://w3id.org/orgkg/concept/role/"

TEMPLATE = """{name}
| ||||||||||||||||||||||
| ||||||||||||||||||||||
| ||||||||||||||||||||||
| ||||||||||||||||||||||
|
{name} ({acronym}) is a research institute in Canada.
Leader
{leader}
Headquarters address
1 Main Street, Ottawa, ON K1A 0A1, Canada
"""


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("vice chancellor", "vice-chancellor"),
        ("vice-chancellor", "vice-chancellor"),
        ("co chair", "co-chair"),
        ("co-chair", "co-chair"),
        ("director general", "director-general"),
        ("secretary-general", "secretary-general"),
        ("chief-executive officer", "chief executive officer"),
        ("chief executive officer", "chief executive officer"),
        ("deputy director", "deputy director"),
        ("chairman", "chairman"),
        ("director of general services", "director of general services"),  # no hyphen beside "of"
        ("vice president of the board", "vice-president of the board"),
    ],
)
def test_a_role_is_spelled_one_way(written: str, role: str) -> None:
    assert canonical_role(written) == role


def _profile(folder: Path, slug: str, name: str, acronym: str, leader: str) -> Path:
    path = folder / f"{slug}.txt"
    path.write_text(TEMPLATE.format(name=name, acronym=acronym, leader=leader), encoding="utf-8")
    return path


def test_two_profiles_spelling_a_role_two_ways_give_its_concept_one_label(tmp_path: Path) -> None:
    first = _profile(tmp_path, "north", "Northern Soil Institute", "NSI", "Vice-President: Jane Doe")
    second = _profile(tmp_path, "south", "Southern Soil Institute", "SSI", "Vice President: John Roe")
    result = build([first, second])
    graph = result.dataset
    labels = set(graph.objects(URIRef(ROLE + "vice-president"), SKOS.prefLabel))
    assert {str(label) for label in labels} == {"Vice-president"}
    # the posts keep the text's own spelling
    posts = graph.subjects(None, URIRef(ROLE + "vice-president"))
    post_names = {str(name) for post in posts for name in graph.objects(post, SDO.name)}
    assert {"Vice-President", "Vice President"} <= post_names


def test_a_compound_post_and_a_list_of_past_holders_give_no_second_label(tmp_path: Path) -> None:
    leader = (
        "Vice-Chancellor and President: Ann Smith (since 2024)\n"
        "Previous Vice-Chancellors include:\n"
        "* Bob Jones (1990–2000), the first Vice-Chancellor\n"
        "* Carol White (2000–2010)"
    )
    path = _profile(tmp_path, "west", "Western Soil University", "WSU", leader)
    result = build([path])
    labels = set(result.dataset.objects(URIRef(ROLE + "vice-chancellor"), SKOS.prefLabel))
    assert len(labels) == 1
    assert result.report is not None
    assert not [f for f in result.report.findings if f.shape == "orgkgsh:Concept-prefLabel-uniqueLang"]


def test_a_profile_spelling_a_concept_two_ways_gives_it_one_pref_label(tmp_path: Path) -> None:
    # "Président" and "President" slug alike (concept/role/president): the first spelling is
    # the prefLabel, the other an altLabel, and the profile validates
    leader = "Président: Jeanne Dupont (since 2021)\nPresident: Jeanne Dupont"
    path = _profile(tmp_path, "east", "Eastern Soil Institute", "ESI", leader)
    result = build([path])
    concept = URIRef(ROLE + "president")
    assert {str(label) for label in result.dataset.objects(concept, SKOS.prefLabel)} == {"Président"}
    assert {str(label) for label in result.dataset.objects(concept, SKOS.altLabel)} == {"President"}
    assert result.report is not None
    assert not [f for f in result.report.findings if f.shape == "orgkgsh:Concept-prefLabel-uniqueLang"]
