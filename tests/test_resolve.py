"""Entity resolution through the alias registry and across the profiles of one build."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import URIRef

from orgkg.extract import extract
from orgkg.model import Mention
from orgkg.naming import name_key
from orgkg.parse import parse_profile
from orgkg.resolve import default_registry, resolve

SCHEMA_NAME = URIRef("https://schema.org/name")


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


@pytest.mark.parametrize("name", ["United States", "United States of America", "Washington, D.C."])
def test_a_place_of_the_registry_named_as_an_organization_is_an_organization(name):
    # a country listed among a treaty body's members: an organization node, never the place
    # node the address uses (whose type would make the member shape fire on a correct profile)
    resolution = resolve([])
    member = resolution.entity(Mention(name))
    assert member.kind == "organization"
    place = resolution.place(name)
    assert place is not None and place.kind == "place"


def test_people_resolve_with_titles_removed_by_extract():
    resolution = resolve([])
    obama = resolution.entity(Mention("Barack Obama", "person"))
    assert obama.qid == "Q76" and obama.kind == "person"
    assert resolution.entity(Mention("Obama", "person")) == obama


def test_unknown_mentions_get_their_own_entity():
    entity = resolve([]).entity(Mention("Office of Nowhere", acronym="ONW"))
    assert entity.slug == "office-of-nowhere" and entity.qid is None
    assert entity.alternate_names == ("ONW",)


def test_name_key_ignores_case_dots_and_articles():
    assert name_key("The U.S. Department  of Commerce") == name_key("us department of commerce")


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


# --- different names that slug alike (issue 13 item 5) ------------------------------------------

C_TEXT = "C Foundation\nC Foundation is a nonprofit organization that promotes the C language.\n"
CPP_TEXT = "C++ Foundation\nC++ Foundation is a nonprofit organization that promotes C++.\n"


def _described(text: str, name: str):
    return extract(parse_profile(text, name))


def test_a_partner_that_slugs_like_a_profiled_organization_is_not_merged_into_it():
    resolution = resolve([_described(C_TEXT, "c.txt")])
    profiled = resolution.profile_entity("c")
    partner = resolution.entity(Mention("C++ Foundation"))
    assert profiled.slug == "c-foundation"
    assert partner.slug == "c-foundation-" + hashlib.sha256(name_key("C++ Foundation").encode()).hexdigest()[:8]
    assert partner.name == "C++ Foundation" and not partner.described
    # Names the resolver identifies still share the IRI: the same name up to case, dots, "the".
    for same in ("C Foundation", "the C Foundation", "c foundation", "C. Foundation"):
        assert resolution.entity(Mention(same)) == profiled


def test_unrelated_partners_keep_their_bare_slugs():
    resolution = resolve([_described(C_TEXT, "c.txt")])
    assert resolution.entity(Mention("C++ Foundation Trust")).slug == "c-foundation-trust"
    assert resolve([]).entity(Mention("C++ Foundation")).slug == "c-foundation"  # nothing to collide with


@pytest.mark.parametrize("order", [("c", "cpp"), ("cpp", "c")])
def test_two_profiled_organizations_that_slug_alike_stay_two(order):
    texts = {"c": (C_TEXT, "c.txt"), "cpp": (CPP_TEXT, "cpp.txt")}
    resolution = resolve([_described(*texts[doc]) for doc in order])
    c, cpp = resolution.profile_entity("c"), resolution.profile_entity("cpp")
    assert c.slug == "c-foundation", "the first name in sorted order keeps the bare slug, whatever the input order"
    assert cpp.slug.startswith("c-foundation-") and cpp.slug != c.slug
    assert resolution.entity(Mention("C++ Foundation")) == cpp  # a mention finds the profiled one
    assert [(d.code, d.file, d.severity.value) for d in resolution.diagnostics] == [
        ("slug-collision", "cpp.txt", "warning")
    ]
    assert cpp.slug in resolution.diagnostics[0].message


def test_the_same_organization_profiled_twice_still_shares_one_slug():
    resolution = resolve(
        [_described(C_TEXT, "c.txt"), _described(C_TEXT.replace("C Foundation\n", "C. Foundation\n", 1), "c2.txt")]
    )
    assert resolution.profile_entity("c").slug == resolution.profile_entity("c2").slug == "c-foundation"
    assert not resolution.diagnostics  # not a collision: api refuses two profiles of one organization


def _quads(result) -> set:
    return set(result.dataset.quads((None, None, None, None)))


def _names(result, iri: str) -> set[str]:
    return {str(o) for _, _, o, _ in result.dataset.quads((URIRef(iri), SCHEMA_NAME, None, None))}


def test_built_graphs_keep_the_two_organizations_apart_in_either_order(tmp_path):
    from orgkg import api
    from orgkg.iri import DEFAULT_BASE

    c = tmp_path / "c.txt"
    c.write_text(C_TEXT + "Partners\n- C++ Foundation\n", encoding="utf-8")
    cpp = tmp_path / "cpp.txt"
    cpp.write_text(CPP_TEXT + "Partners\n- The C Foundation\n", encoding="utf-8")
    alone = api.build([c], validate=False)
    assert _names(alone, DEFAULT_BASE + "org/c-foundation") == {"C Foundation"}  # no second schema:name
    partner_iri = DEFAULT_BASE + "org/" + resolve([]).entity(Mention("C++ Foundation")).slug
    assert partner_iri == DEFAULT_BASE + "org/c-foundation"  # alone it would have taken the bare slug...
    assert any("C++ Foundation" in names for names in [_names(alone, str(s)) for s in _org_iris(alone)])

    forward, backward = api.build([c, cpp], validate=False), api.build([cpp, c], validate=False)
    assert _quads(forward) == _quads(backward)
    cpp_iri = DEFAULT_BASE + "org/" + resolve([_described(CPP_TEXT, "cpp.txt")]).profile_entity("cpp").slug
    both = {str(s): _names(forward, str(s)) for s in _org_iris(forward)}
    assert both[DEFAULT_BASE + "org/c-foundation"] == {"C Foundation"}
    cpp_iris = [iri for iri, names in both.items() if names == {"C++ Foundation"}]
    assert len(cpp_iris) == 1 and cpp_iris[0] != DEFAULT_BASE + "org/c-foundation" and cpp_iri
    # The partner in c.txt is the organization cpp.txt describes, with the IRI it had alone.
    assert cpp_iris[0] in {str(s) for s in _org_iris(alone)}


def _org_iris(result) -> set:
    from orgkg.iri import DEFAULT_BASE

    return {
        s
        for s, _, _, _ in result.dataset.quads((None, SCHEMA_NAME, None, None))
        if str(s).startswith(DEFAULT_BASE + "org/") and str(s).count("/") == DEFAULT_BASE.count("/") + 1
    }
