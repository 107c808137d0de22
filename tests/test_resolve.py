"""Entity resolution through the alias registry and across the profiles of one build."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Mention
from orgkg.parse import parse_profile
from orgkg.resolve import alias_key, default_registry, resolve


@pytest.mark.parametrize(
    "alias",
    [
        "NIST",
        "DOE",
        "Department of Commerce",
        "U.S. Department of Commerce",
        "United States Department of Commerce",
        "the Department of Energy",
        "US Department of Commerce",
    ],
)
def test_aliases_resolve_to_one_canonical_entity(alias):
    resolution = resolve([])
    entity = resolution.entity(Mention(alias))
    assert entity.qid in {"Q176691", "Q217810", "Q503577"}
    same = resolution.entity(Mention(entity.name))
    assert same == entity


def test_commerce_spellings_are_one_entity():
    resolution = resolve([])
    slugs = {
        resolution.entity(Mention(a)).slug
        for a in ("Department of Commerce", "U.S. Department of Commerce", "United States Department of Commerce")
    }
    assert slugs == {"united-states-department-of-commerce"}


def test_people_resolve_with_titles_removed_by_extract():
    resolution = resolve([])
    obama = resolution.entity(Mention("Barack Obama", "person"))
    assert obama.qid == "Q76" and obama.kind == "person"
    assert resolution.entity(Mention("Obama", "person")) == obama


def test_unknown_mentions_get_their_own_entity():
    entity = resolve([]).entity(Mention("Office of Nowhere", acronym="ONW"))
    assert entity.slug == "office-of-nowhere" and entity.qid is None
    assert entity.alternate_names == ("ONW",)


def test_alias_key_ignores_case_dots_and_articles():
    assert alias_key("The U.S. Department  of Commerce") == alias_key("us department of commerce")


def test_registry_rows_are_consistent():
    registry = default_registry()
    canonicals = {entry.canonical for entry in registry.entries.values()}
    for canonical in canonicals:
        assert registry.lookup(canonical).canonical == canonical  # every canonical name is its own alias


def _facts(title: str, intro: str, name: str):
    return extract(parse_profile(f"{title}\n{intro}\nMission\nTo test.\n", name))


def test_profiles_of_one_build_share_identities():
    mfg = _facts(
        "Manufacturing USA",
        "Manufacturing USA, formerly the National Network for Manufacturing Innovation (NNMI), is a network.",
        "mfg.txt",
    )
    other = _facts("Example Org", "Example Org (EXO) is an organization.", "exo.txt")
    resolution = resolve([mfg, other])
    assert resolution.entity(Mention("NNMI")) == resolution.profile_entity("mfg")
    assert resolution.entity(Mention("EXO")) == resolution.profile_entity("exo")
    assert resolution.profile_entity("exo").described


def test_profile_of_a_registry_organization_takes_its_canonical_identity():
    nsf = _facts(
        "National Science Foundation", "The National Science Foundation (NSF) is an independent agency.", "nsf.txt"
    )
    entity = resolve([nsf]).profile_entity("nsf")
    assert entity.slug == "national-science-foundation" and entity.qid == "Q304878"
