"""Round 25 (family F1: status, parent, identity): pasted infobox label rows and a French
writer's English. A parent field's label row ("Parent<TAB>X", "Owner<TAB>X", "Affiliation<TAB>X")
is a record: its value is the parent, its key never part of the name; a one-word value is a name
when the key says so. French parent phrasings ("under the tutelle of", "a filiale of") are cues."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import read_parent
from orgkg.extract.status import read_status
from orgkg.model import Field, FieldStatus, Identity, Item, OrgKind, Parent, Profile

_SELF = Identity(name="Lakeside Fisheries Institute", kind=OrgKind.ORGANIZATION, acronym="LFI")


def _parents(*lines: str) -> list[str]:
    items = tuple(Item(4 + n, line, False) for n, line in enumerate(lines))
    facts, _ = read_parent(Field("Parent organization", 3, items), _SELF)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    "line, parent",
    [
        ("Parent\tHarbourgroup (since 2011)", "Harbourgroup"),
        ("Parent agency\tMinistry of Inland Waters", "Ministry of Inland Waters"),
        ("Parent department\tDepartment of Lakes and Rivers", "Department of Lakes and Rivers"),
        ("Owner\tNorthern Water Trust (2001–2019)", "Northern Water Trust"),
        (
            "Affiliation\tMinistry of Fisheries of the Republic of Lakeland",
            "Ministry of Fisheries of the Republic of Lakeland",
        ),
        ("| Parent | Lakeland Holding Company |", "Lakeland Holding Company"),
    ],
)
def test_an_infobox_label_row_is_a_parent_record(line: str, parent: str) -> None:
    assert _parents(line) == [parent]


@pytest.mark.parametrize(
    "line",
    [
        "Parent\tMinistry",  # a head word alone names no organization
        "Parent\tGovernment",
        "Parent\tUniversity",
        "Parent\tnone",
        "Affiliation\tthe regional government",
        "Owner\tDirector",  # a post
    ],
)
def test_a_label_row_without_a_name_gives_no_parent(line: str) -> None:
    found = _parents(line)
    assert found == []


# -- identity: a pronunciation is no name ------------------------------------------------------


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("p.txt", "p", "0" * 64, title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "intro",
    [
        "The Lakeland Planning Office, known as Lakplan (Lakish: Лакплан, IPA: [lakˈplan] (listen)), is an agency.",
        "Lakplan (Lakish pronunciation: [ˈlɒkplɒn] (listen)) was a planning agency.",
        "Lakplan (IPA: [lakˈplan]; Lakish: Лакплан) is a planning agency.",
        "Lakplan (pronounced: [lak plan]) is a planning agency.",
    ],
)
def test_a_pronunciation_is_no_other_name(intro: str) -> None:
    found = _identity("Lakplan", intro)
    assert not any("[" in n or "listen" in n or "IPA" in n for n in found.alternate_names)


def test_a_native_name_beside_a_pronunciation_is_kept() -> None:
    found = _identity("Lakplan", "Lakplan (Lakish: Лакплан, IPA: [lakˈplan] (listen)) is a planning agency.")
    assert "Лакплан" in found.alternate_names


# -- identity: a dedication after the title -----------------------------------------------------


@pytest.mark.parametrize(
    "title, intro, dedicated",
    [
        (
            "Lakeside Astronomical Observatory",
            "Lakeside Astronomical Observatory named after Anna Berg (abbreviated LAO) is an observatory.",
            "Lakeside Astronomical Observatory named after Anna Berg",
        ),
        (
            "Northern Music Academy",
            "The Northern Music Academy in honour of Jan Sibelius (NMA) is a conservatory.",
            "Northern Music Academy in honour of Jan Sibelius",
        ),
        (
            "Harbour Technical College",
            "Harbour Technical College named for Ole Rasmussen (HTC) was a college.",
            "Harbour Technical College named for Ole Rasmussen",
        ),
    ],
)
def test_the_title_before_a_dedication_is_the_name(title: str, intro: str, dedicated: str) -> None:
    found = _identity(title, intro)
    assert found.name == title
    assert title not in found.alternate_names
    assert dedicated in found.alternate_names


def test_a_fuller_name_without_a_dedication_is_still_the_name() -> None:
    found = _identity("Lakeside Observatory", "Lakeside Observatory of Astrophysics (LOA) is an observatory.")
    assert found.name == "Lakeside Observatory of Astrophysics"


# -- status: a francophone "not communicated" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not communicated in the sources consulted. Since long the direction is local.",
        "Not communicated.",
        "Not precised in the annual report.",
        "Not furnished by the administration; the staff is about 300.",
    ],
)
def test_a_francophone_not_stated_is_not_publicly_specified(text: str) -> None:
    found = read_status(Field("Leader", 3, (Item(4, text, False),)))
    assert found.status == FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text",
    [
        "Directeur général: Jane Roe, whose nomination was not communicated before 2020.",
        "Jane Roe (the date of her nomination was not precised).",
    ],
)
def test_not_communicated_inside_a_statement_keeps_it_stated(text: str) -> None:
    found = read_status(Field("Leader", 3, (Item(4, text, False),)))
    assert found.status == FieldStatus.STATED


# -- identity: a country after the title, an abbreviation label, "under the name" --------------


@pytest.mark.parametrize(
    "title, intro, lead, acronym",
    [
        (
            "Lakeside General Hospital Ghana",
            "The Lakeside General Hospital (LGH) of Ho is a hospital.",
            "Lakeside General Hospital",
            "LGH",
        ),
        (
            "Clinique Saint-Luc Sénégal",
            "The Clinique Saint-Luc (CSL) is a private clinic in Thiès.",
            "Clinique Saint-Luc",
            "CSL",
        ),
        ("Fondation Amani Kenya", "The Fondation Amani (FAK) is a charity.", "Fondation Amani", "FAK"),
    ],
)
def test_a_title_that_adds_a_country_is_the_name(title: str, intro: str, lead: str, acronym: str) -> None:
    found = _identity(title, intro)
    assert found.name == title
    assert found.acronym == acronym


def test_a_title_that_adds_no_country_is_not_read_so() -> None:
    found = _identity("Lakeside General Hospital Annex", "The Lakeside General Hospital (LGH) is a hospital.")
    assert found.name != "Lakeside General Hospital Annex" or found.acronym != "LGH"


@pytest.mark.parametrize(
    "intro, short",
    [
        (
            "Lakeland Statistical Office (Lakish: Lakstat Ofis, LSO; English abbreviation LakStat) is an agency.",
            "LakStat",
        ),
        ("Lakeland Statistical Office (LSO; acronym: LaSO) is an agency.", "LaSO"),
        ("Lakeland Statistical Office (sigle OSL) is an agency.", "OSL"),
    ],
)
def test_an_abbreviation_label_gives_another_name(intro: str, short: str) -> None:
    found = _identity("Lakeland Statistical Office", intro)
    assert short == found.acronym or short in found.alternate_names


@pytest.mark.parametrize(
    "intro, other",
    [
        ("The Lakeland Museum, which communicates since 2019 under the name LakeMuseum, is a museum.", "LakeMuseum"),
        ("The Lakeland Museum, which trades under the name Lakeside Arts, is a museum.", "Lakeside Arts"),
        ("The Lakeland Museum, which is known as the Lake House, is a museum.", "Lake House"),
    ],
)
def test_a_relative_clause_under_the_name_gives_another_name(intro: str, other: str) -> None:
    found = _identity("Lakeland Museum", intro)
    assert found.name == "Lakeland Museum"
    assert other in (found.acronym, *found.alternate_names)


def test_a_relative_clause_without_a_naming_phrase_gives_no_name() -> None:
    found = _identity("Lakeland Museum", "The Lakeland Museum, which opened in 1990 under Anna Berg, is a museum.")
    assert found.alternate_names == ()


# -- parent: French phrasings, a relative "of which", an acronym before its spelled name --------


@pytest.mark.parametrize(
    "text, parent",
    [
        ("The LFI is a filiale of Harbour Holdings Corporation since 1990.", "Harbour Holdings Corporation"),
        ("Placed under the tutelle of the Ministère de la Pêche et des Lacs.", "Ministère de la Pêche et des Lacs"),
        ("It operates under the tutelle of the Office National des Eaux.", "Office National des Eaux"),
        ("Institut Lacustre (Genève), of which the LFI is a filiale since 1927.", "Institut Lacustre"),
        (
            "Harbour Holdings Corporation, of which the LFI has been a subsidiary since 2001.",
            "Harbour Holdings Corporation",
        ),
        ("Placed under the Office National des Eaux (ONE).", "Office National des Eaux"),
        ("Ministry of Lakes (MOL), of which the LFI is one of the research units.", "Ministry of Lakes"),
        ("Placed under the ONE (Office National des Eaux).", "Office National des Eaux"),
    ],
)
def test_a_french_parent_phrasing_names_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause's subject is another body
        "Harbour Holdings Corporation, of which the Lake Bank is a filiale since 1990.",
        "Harbour Holdings Corporation, of which Lake Bank has been a subsidiary since 2001.",
        # "a filiale" of a lowercase description names nobody
        "The LFI is a filiale of a regional holding.",
    ],
)
def test_no_parent_from_a_relative_clause_without_a_cue_or_another_subject(text: str) -> None:
    assert _parents(text) == []


# -- identity: an acronym after the title's bracket of native names ------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "Al-Lakeland National University (Lakish: Әл-Лейк, romanized: Äl-Leik; Russian: Лейк), LakNU (ЛНУ) is a uni.",
        "Al-Lakeland National University (Lakish: Әл-Лейк, romanized: Äl-Leik), LakNU is a university.",
        "The Al-Lakeland National University (romanized: Äl-Leik), LakNU, is a university.",
    ],
)
def test_an_acronym_after_the_titles_bracket_is_its_acronym(intro: str) -> None:
    found = _identity("Al-Lakeland National University", intro)
    assert found.name == "Al-Lakeland National University"
    assert "LakNU" in (found.acronym, *found.alternate_names)


# -- identity: an acronym that opens a shortened form of the name -----------------------------


@pytest.mark.parametrize(
    "title, intro, acronym",
    [
        (
            "Institut lacustre d'Afrique australe Jean Berg",
            "Institut lacustre d'Afrique australe Jean Berg (ILAA Je. B. Berg, in English: Lake Institute) is old.",
            "ILAA",
        ),
        (
            "Lakeland Fisheries Institute Anna Holm",
            "The Lakeland Fisheries Institute Anna Holm (LFI Anna Holm) is a research institute.",
            "LFI",
        ),
        (
            "Centre de recherches lacustres Paul Roux",
            "The Centre de recherches lacustres Paul Roux (CRL Paul Roux) is a laboratory.",
            "CRL",
        ),
    ],
)
def test_an_acronym_opening_a_shortened_name_is_the_acronym(title: str, intro: str, acronym: str) -> None:
    assert _identity(title, intro).acronym == acronym


def test_an_acronym_that_spells_no_words_of_the_name_is_not_taken() -> None:
    found = _identity(
        "Lakeland Fisheries Institute Anna Holm",
        "The Lakeland Fisheries Institute Anna Holm (UNDP Lake Office) is a research institute.",
    )
    assert found.acronym != "UNDP"
