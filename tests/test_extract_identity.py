"""Identity (extract/identity.py): the full name, acronyms, other and former names from the intro."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import intro_names, read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


@pytest.mark.parametrize(
    "title, intro, name, acronym",
    [
        # a title that is an acronym takes the full name from the intro
        (
            "NLR",
            "The Netherlands Aerospace Centre (NLR) is a research institute.",
            "Netherlands Aerospace Centre",
            "NLR",
        ),
        # the full name in brackets is the name even when the acronym spells the native one
        (
            "KNMI",
            "KNMI (Royal Netherlands Meteorological Institute) is the national weather service.",
            "Royal Netherlands Meteorological Institute",
            "KNMI",
        ),
        (
            "ESO",
            "The European Southern Observatory, known as ESO, is an intergovernmental research organisation.",
            "European Southern Observatory",
            "ESO",
        ),
        (
            "IARC",
            "The International Agency for Research on Cancer, known simply as IARC, is an agency.",
            "International Agency for Research on Cancer",
            "IARC",
        ),
        # a short title the intro extends
        (
            "Acme Labs",
            "Globex Acme Labs, originally Acme Signal Works, Inc., is a company lab.",
            "Globex Acme Labs",
            None,
        ),
        ("Hartwell Research", "Hartwell Research Ltd. (HR) was a company.", "Hartwell Research Ltd.", "HR"),
        # the title is the full name already
        (
            "Royal Institute of Navigation",
            "The Royal Institute of Navigation (RIN) is a learned society.",
            "Royal Institute of Navigation",
            "RIN",
        ),
        ("Wexford Trust", "Wexford Trust is a charitable foundation.", "Wexford Trust", None),
    ],
)
def test_name_and_acronym(title: str, intro: str, name: str, acronym: str | None) -> None:
    identity = _identity(title, intro)
    assert identity.name == name
    assert identity.acronym == acronym


def test_acronym_first_then_full_name_keeps_the_full_title() -> None:
    identity = _identity(
        "Royal Netherlands Meteorological Institute", "KNMI (Royal Netherlands Meteorological Institute) is a service."
    )
    assert identity.name == "Royal Netherlands Meteorological Institute" and identity.acronym == "KNMI"


def test_acronym_then_the_full_name_as_appositive() -> None:
    identity = _identity("NIWA", "NIWA, the National Institute of Water and Atmospheric Research, is a crown entity.")
    assert identity.name == "National Institute of Water and Atmospheric Research"
    assert identity.acronym == "NIWA"
    assert identity.alternate_names == ()


def test_foreign_names_and_second_acronym() -> None:
    identity = _identity(
        "Natural Resources Institute Finland",
        "Natural Resources Institute Finland (Luke; Finnish: Luonnonvarakeskus, LUKE) is a research institute.",
    )
    assert identity.name == "Natural Resources Institute Finland"
    assert "Luonnonvarakeskus" in identity.alternate_names


def test_labelled_foreign_name_with_lowercase_words() -> None:
    identity = _identity(
        "CNES",
        "The National Centre for Space Studies (French: Centre national d'études spatiales, CNES) is an agency.",
    )
    assert identity.name == "National Centre for Space Studies"
    assert identity.acronym == "CNES"
    assert "Centre national d'études spatiales" in identity.alternate_names


def test_from_the_french() -> None:
    identity = _identity(
        "OIV",
        "The International Organisation of Vine and Wine, known as OIV (from the French Organisation "
        "internationale de la vigne et du vin), is an intergovernmental body.",
    )
    assert identity.name == "International Organisation of Vine and Wine" and identity.acronym == "OIV"


def test_short_name_in_the_parenthesis_is_the_title() -> None:
    identity = _identity(
        "Embrapa",
        "The Brazilian Agricultural Research Corporation (Portuguese: Empresa Brasileira de Pesquisa "
        "Agropecuária, Embrapa) is a state company.",
    )
    assert identity.name == "Brazilian Agricultural Research Corporation"
    assert "Embrapa" in identity.alternate_names


@pytest.mark.parametrize(
    "intro, alternate",
    [
        ("The Rijksmuseum Amsterdam, or simply the Rijksmuseum, is a museum.", "Rijksmuseum"),
        ("Médecins du Monde (MdM), known in English as Doctors of the World, is an NGO.", "Doctors of the World"),
        ("The Paris Observatory, also known as the Observatoire de Paris, is an observatory.", "Observatoire de Paris"),
    ],
)
def test_other_names_given_as_names_of_it(intro: str, alternate: str) -> None:
    found = intro_names(intro)
    assert found is not None and alternate in found.alternates


@pytest.mark.parametrize(
    "intro, former",
    [
        (
            "The Science Museum Group, formerly the National Museum of Science and Industry, is a group.",
            "National Museum of Science and Industry",
        ),
        ("Wexford Labs, previously known as Wexford Signal Company, is a lab.", "Wexford Signal Company"),
        (
            "The Hale Institute, known until 1981 as the Hale Foundation for Optics, is an institute.",
            "Hale Foundation for Optics",
        ),
    ],
)
def test_former_names_are_exposed_for_history(intro: str, former: str) -> None:
    title = intro_names(intro).lead  # type: ignore[union-attr]
    identity = _identity(title, intro)
    assert former in identity.former_names
    assert former not in identity.alternate_names


def test_no_parent_or_ministry_acronym_as_alternate_name() -> None:
    identity = _identity(
        "JARC",
        "The Japan Agricultural Research Centre (JARC) is an agency under the Ministry of Agriculture, "
        "Forestry and Fisheries (MAFF) and part of the National Agriculture and Food Research Organization (NARO).",
    )
    assert identity.name == "Japan Agricultural Research Centre" and identity.acronym == "JARC"
    assert "MAFF" not in identity.alternate_names and "NARO" not in identity.alternate_names
    assert identity.former_acronyms == ()


def test_intro_about_something_else_changes_nothing() -> None:
    identity = _identity("Wexford Trust", "Founded in 1901, the trust is a charity (WT) based in Leeds.")
    assert identity.name == "Wexford Trust" and identity.alternate_names == ()


@pytest.mark.parametrize(
    "first_line, name",
    [
        ("The Harbour Board (HB) is a port authority in Tasmania.", "Harbour Board"),
        ("Harbour Board, a port authority, was set up in 1901.", "Harbour Board"),
        ("THE Coastal Survey Office   (CSO)   was a survey office of the colony.", "Coastal Survey Office"),
        ("The Isis Trust is a charity for the island of Isis.", "Isis Trust"),  # "is" inside words is no verb
    ],
)
def test_without_a_title_the_name_is_the_start_of_the_intro(first_line: str, name: str) -> None:
    assert read_identity(Profile("t.txt", "t", "", first_line, 1, None, 2)).name == name


# --- round 2: intros written by other hands -------------------------------------------------


@pytest.mark.parametrize(
    "title, intro, name, acronym",
    [
        # "ACR, the Full Name, is": the appositive is the name even when the letters spell another
        ("BDE", "BDE, the Northern Export Credit Bank, is a public bank.", "Northern Export Credit Bank", "BDE"),
        ("OSC", "OSC, the Lakeland Opera Society, was a touring company.", "Lakeland Opera Society", "OSC"),
        # "ACR (Full Name) was", the full name in another language
        (
            "INTA",
            "INTA (Instituto Nacional de Tecnología Agropecuaria) is Argentina's farm research agency.",
            "Instituto Nacional de Tecnología Agropecuaria",
            "INTA",
        ),
        (
            "KVAB",
            "KVAB (Koninklijke Vlaamse Academie van België) is an academy.",
            "Koninklijke Vlaamse Academie van België",
            "KVAB",
        ),
        # "ACR – Full Name is"
        (
            "Ente Nazionale per Aviazione Civile",
            "ENAC – Ente Nazionale per Aviazione Civile is the aviation authority.",
            "Ente Nazionale per Aviazione Civile",
            "ENAC",
        ),
        (
            "Istituto di Studi Politici",
            "ISP - Istituto di Studi Politici was a think tank.",
            "Istituto di Studi Politici",
            "ISP",
        ),
        # a legal form after a comma, then the acronym: "Name, S.A. (ACR)"
        (
            "EMT",
            "Empresa Municipal de Transportes, S.A. (EMT) is a bus operator.",
            "Empresa Municipal de Transportes, S.A.",
            "EMT",
        ),
        (
            "HBG",
            "Hafenbetriebe Gesellschaft, GmbH (HBG) is the port operator.",
            "Hafenbetriebe Gesellschaft, GmbH",
            "HBG",
        ),
    ],
)
def test_acronym_titles_take_the_full_name(title: str, intro: str, name: str, acronym: str) -> None:
    identity = _identity(title, intro)
    assert (identity.name, identity.acronym) == (name, acronym)
    assert title not in (identity.name,) or title == name


@pytest.mark.parametrize(
    "title, intro, name, acronym",
    [
        # "Name (ACR) — description", no verb
        (
            "Riverside General Hospital",
            "Riverside General Hospital (RGH) — public hospital at Mill Lane, Leeds.",
            "Riverside General Hospital",
            "RGH",
        ),
        (
            "Harbour Science Centre",
            "Harbour Science Centre (HSC) – a museum of the sea; opened 1990.",
            "Harbour Science Centre",
            "HSC",
        ),
        # a phrase put in front of the subject
        (
            "Delta Policy Institute",
            "Founded in 1971 within the Delta newspaper group, the Delta Policy Institute (DPI) is a think tank.",
            "Delta Policy Institute",
            "DPI",
        ),
        (
            "Coastal Research Centre",
            "Headquartered in Bergen since 1990, the Coastal Research Centre (CRC) is a lab.",
            "Coastal Research Centre",
            "CRC",
        ),
    ],
)
def test_subject_shapes(title: str, intro: str, name: str, acronym: str) -> None:
    identity = _identity(title, intro)
    assert (identity.name, identity.acronym) == (name, acronym)


@pytest.mark.parametrize(
    "title, intro, name, alternate",
    [
        (
            "Konsum",
            "The Cooperative Union of Sweden, known everywhere simply as Konsum, is a retailer.",
            "Cooperative Union of Sweden",
            "Konsum",
        ),
        (
            "Hartwell",
            "The Hartwell Institute for Optics, widely known as Hartwell, is a lab.",
            "Hartwell Institute for Optics",
            "Hartwell",
        ),
        (
            "Meridian",
            "The Meridian Survey Office, known today as the Meridian, is an agency.",
            "Meridian Survey Office",
            "Meridian",
        ),
    ],
)
def test_known_with_adverbs_as(title: str, intro: str, name: str, alternate: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == name and alternate in identity.alternate_names
    assert alternate not in identity.former_names


def test_known_originally_as_is_a_former_name() -> None:
    identity = _identity(
        "Meridian Survey Office", "The Meridian Survey Office, known originally as the Tide Office, is an agency."
    )
    assert "Tide Office" in identity.former_names and "Tide Office" not in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro",
    [
        # the fronted phrase is kept when what follows is no name
        ("Wexford Trust", "Founded in 1901, the trust is a charity (WT) based in Leeds."),
        # a dash before a capitalised word does not end the subject: no acronym from a description
        ("Riverside Hospital", "Riverside Hospital — Leeds — is a hospital (RH2)."),
        # an acronym title whose intro gives no full name keeps the acronym as the name
        ("ZKW", "ZKW, a company based in Wieselburg, makes lamps."),
    ],
)
def test_no_name_is_invented(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title


# --- round 3: native names, dashes, "in English the ...", later sentences, title notes --------


@pytest.mark.parametrize(
    "title, intro, name, acronym, alternates",
    [
        # a title with a note telling it apart from a namesake
        (
            "Institute of Marine Research (Norway)",
            "The Institute of Marine Research (IMR) is Norway's largest marine research body.",
            "Institute of Marine Research",
            "IMR",
            set(),
        ),
        # "ACR (native name), in English the English name, is ..."
        (
            "CNRS",
            "CNRS (Centre national de la recherche scientifique), in English the National Centre for "
            "Scientific Research, is France's largest research body.",
            "Centre national de la recherche scientifique",
            "CNRS",
            {"National Centre for Scientific Research"},
        ),
        (
            "UNAM",
            "UNAM (Universidad Nacional Autónoma de México), in English the National Autonomous "
            "University of Mexico, is a public university.",
            "Universidad Nacional Autónoma de México",
            "UNAM",
            {"National Autonomous University of Mexico"},
        ),
        # the English name in an aside between dashes
        (
            "INPA",
            "Instituto Nacional de Pesquisas da Amazônia (INPA) — in English the National Institute of "
            "Amazonian Research — is a research institute in Manaus.",
            "Instituto Nacional de Pesquisas da Amazônia",
            "INPA",
            {"National Institute of Amazonian Research"},
        ),
        # a dash inside the name, a labelled native name with lowercase words
        (
            "Mariner",
            "Mariner – Baltic Ocean Observatory (German: Mariner – Baltisches Ozeanobservatorium für "
            "Küstenforschung) is a research station on Rügen.",
            "Mariner – Baltic Ocean Observatory",
            None,
            {"Mariner", "Mariner – Baltisches Ozeanobservatorium für Küstenforschung"},
        ),
        # "ACR – Full Name – was ...", a legal form at the end of the full name
        (
            "KTI",
            "KTI – Kommission für Technologie und Innovation mbH – was the Swiss innovation agency until 2017.",
            "Kommission für Technologie und Innovation mbH",
            "KTI",
            set(),
        ),
        # a name in a script without capitals, labelled or not, and "abbreviated ACR"
        (
            "KIST",
            "The Korea Institute of Science and Technology (KIST; Korean: 한국과학기술연구원) is a research institute.",
            "Korea Institute of Science and Technology",
            "KIST",
            {"한국과학기술연구원"},
        ),
        (
            "Chinese Academy of Sciences",
            "The Chinese Academy of Sciences (中国科学院, Zhōngguó Kēxuéyuàn; abbreviated CAS) is an academy.",
            "Chinese Academy of Sciences",
            "CAS",
            {"中国科学院", "Zhōngguó Kēxuéyuàn"},
        ),
        # an article of another language before the name
        (
            "FECYT",
            "La Fundación Española para la Ciencia y la Tecnología (FECYT) is a public foundation.",
            "Fundación Española para la Ciencia y la Tecnología",
            "FECYT",
            set(),
        ),
        # a native name with lowercase words that the acronym after it spells
        (
            "Centre national d'études spatiales",
            "The Centre national d'études spatiales (CNES) is the French space agency.",
            "Centre national d'études spatiales",
            "CNES",
            set(),
        ),
    ],
)
def test_round3_intro_names(title: str, intro: str, name: str, acronym: str | None, alternates: set[str]) -> None:
    identity = _identity(title, intro)
    assert identity.name == name
    assert identity.acronym == acronym
    assert alternates <= set(identity.alternate_names)
    assert name not in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro",
    [
        # a title note is kept when the intro does not give the name without it
        ("Radio Kootwijk (station)", "The transmitter at Kootwijk was a radio station in the Netherlands."),
        # a common-noun subject is no name, even with an acronym that spells it
        ("NWS", "The national weather service (NWS) is a federal agency."),
        # a place between dashes is an aside, not part of the name
        ("Harbour Clinic", "Harbour Clinic – Leeds – is a clinic (HC2)."),
        # a language word that is not a language
        ("NIS", "NIS, in Lausanne the Northern Institute, is a school."),
    ],
)
def test_round3_no_name_is_invented(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert "Northern Institute" not in identity.alternate_names


@pytest.mark.parametrize(
    "intro, formers, former_acronyms, alternates",
    [
        (
            "The Northfield Institute (NI) is a lab. It was known until 1992 as the Northfield Laboratory (NL).",
            ("Northfield Laboratory",),
            ("NL",),
            (),
        ),
        (
            "The Northfield Institute is a mapping agency. It was formerly the Hydrographic Office of Fife.",
            ("Hydrographic Office of Fife",),
            (),
            (),
        ),
        (
            "The Northfield Institute is a charity. Until 2004 the institute was known as the Riverbank Fund.",
            ("Riverbank Fund",),
            (),
            (),
        ),
        (
            "The Northfield Institute is a Swiss school. In French it calls itself the Institut du Nord de la Suisse.",
            (),
            (),
            ("Institut du Nord de la Suisse",),
        ),
        # not a name, or more than a name: nothing
        ("The Northfield Institute is a lab. It was formerly a department of the Ministry of Works.", (), (), ()),
        ("The Northfield Institute is a lab. It was originally the largest lab in Europe.", (), (), ()),
        ("The Northfield Institute is a lab. It is known for its work on tides.", (), (), ()),
        (
            "The Northfield Institute is a lab. It was formerly the Hydrographic Office of Fife, which closed in 1990.",
            (),
            (),
            (),
        ),
        ("The Northfield Institute is a lab. The Ministry was formerly the Board of Trade.", (), (), ()),
    ],
)
def test_round3_names_in_later_intro_sentences(
    intro: str, formers: tuple[str, ...], former_acronyms: tuple[str, ...], alternates: tuple[str, ...]
) -> None:
    identity = _identity("Northfield Institute", intro)
    assert identity.name == "Northfield Institute"
    assert identity.former_names == formers
    assert identity.former_acronyms == former_acronyms
    assert set(alternates) <= set(identity.alternate_names)
    assert set(identity.alternate_names) <= {*formers, *former_acronyms, *alternates, "NI"}


@pytest.mark.parametrize(
    "title, intro, name, acronym, alternates, formers",
    [
        (
            "Alder Institute",
            "The Alder Institute, also known by its acronym ALI, is a lab.",
            "Alder Institute",
            "ALI",
            (),
            (),
        ),
        ("ALI", "ALI, short for Alder Laboratory Institute, is a lab.", "Alder Laboratory Institute", "ALI", (), ()),
        ("ALI", "The Alder Laboratory Institute, or ALI, is a lab.", "Alder Laboratory Institute", "ALI", (), ()),
        (
            "Alder Institute",
            "The Alder Institute (officially Stiftelsen Alder Institutt AS) is a lab.",
            "Alder Institute",
            None,
            ("Stiftelsen Alder Institutt AS",),
            (),
        ),
        (
            "Alder Institute",
            "The Alder Institute (until 2015: Alder Field Station) is a lab.",
            "Alder Institute",
            None,
            (),
            ("Alder Field Station",),
        ),
        (
            "Alder Institute",
            "The Alder Institute, known as the Alder Field Station until 2015, is a lab.",
            "Alder Institute",
            None,
            (),
            ("Alder Field Station",),
        ),
        (
            "Alder Institute",
            "The Alder Institute, previously called the Alder Field Station, is a lab.",
            "Alder Institute",
            None,
            (),
            ("Alder Field Station",),
        ),
        (
            "ALI",
            "ALI is a lab in Tromsø. Its full name is the Alder Laboratory Institute.",
            "Alder Laboratory Institute",
            "ALI",
            (),
            (),
        ),
        (
            "ALI",
            "ALI — the Alder Laboratory Institute — is a lab in Tromsø.",
            "Alder Laboratory Institute",
            "ALI",
            (),
            (),
        ),
        (
            "Alder Institute",
            "The Alder Institute (ALI) — formerly the Alder Field Station (AFS) — is a lab.",
            "Alder Institute",
            "ALI",
            (),
            ("Alder Field Station",),
        ),
        (
            "Alder Institute",
            "The Alder Institute (ALI) is a lab. It was founded as the Alder Field Station.",
            "Alder Institute",
            "ALI",
            (),
            ("Alder Field Station",),
        ),
        # not names: a description between dashes, a time after "officially", "or" before a common noun
        (
            "Alder Institute",
            "The Alder Institute (ALI) — the largest lab in Norway — is a lab.",
            "Alder Institute",
            "ALI",
            (),
            (),
        ),
        ("Alder Institute", "The Alder Institute (officially since 2001) is a lab.", "Alder Institute", None, (), ()),
        ("Alder Institute", "The Alder Institute or its partners are labs.", "Alder Institute", None, (), ()),
    ],
)
def test_round3_more_intro_forms(
    title: str, intro: str, name: str, acronym: str | None, alternates: tuple[str, ...], formers: tuple[str, ...]
) -> None:
    identity = _identity(title, intro)
    assert (identity.name, identity.acronym) == (name, acronym)
    assert identity.former_names == formers
    assert set(alternates) <= set(identity.alternate_names)
    assert set(identity.alternate_names) <= {*alternates, *formers, "ALI", "AFS", title}


@pytest.mark.parametrize(
    "intro, alternates, formers",
    [
        ("The Alder Institute is a lab. It has been known as the Alder Centre since 2010.", {"Alder Centre"}, ()),
        ("The Alder Institute, known as the Alder Centre since 2010, is a lab.", {"Alder Centre"}, ()),
        # nothing that is not a name
        ("The Alder Institute is a lab. It was formerly the Royal Navy's yard.", set(), ()),
        ("The Alder Institute, in English simply called the Lausanne school, is a lab.", set(), ()),
        ("The Alder Institute (1953–2001) was a lab.", set(), ()),
        ("The Alder Institute is a lab. It is also known as a centre of excellence.", set(), ()),
    ],
)
def test_round3_names_with_since_and_non_names(intro: str, alternates: set[str], formers: tuple[str, ...]) -> None:
    identity = _identity("Alder Institute", intro)
    assert identity.name == "Alder Institute"
    assert set(identity.alternate_names) == alternates
    assert identity.former_names == formers


def test_a_lowercase_note_is_never_the_spelled_name() -> None:
    identity = _identity("EU", "EU (except the UK) is a union.")
    assert identity.name == "EU" and identity.alternate_names == ()


@pytest.mark.parametrize(
    "title, intro, name, acronym, alternates",
    [
        # the acronym alone between dashes after the full name
        (
            "KRFA",
            "Kestrel Regional Fisheries Authority — KRFA — is the statutory fisheries regulator of the region.",
            "Kestrel Regional Fisheries Authority",
            "KRFA",
            set(),
        ),
        (
            "ONPV",
            "Office national des ponts et viaducs – ONPV – was a public body of the Third Republic.",
            "Office national des ponts et viaducs",
            "ONPV",
            set(),
        ),
        # an acronym after a cue with an adverb, and a name followed by its language
        (
            "Bureau of Lakes",
            "The Bureau of Lakes — Te Tari Roto in te reo Māori, commonly shortened to BOL — is a department.",
            "Bureau of Lakes",
            "BOL",
            {"Te Tari Roto"},
        ),
        (
            "Marine Institute",
            "The Marine Institute — Foras na Mara in Irish, usually abbreviated to MI — is a state agency.",
            "Marine Institute",
            "MI",
            {"Foras na Mara"},
        ),
        # the intro opens with the acronym that spells the title
        (
            "Danube Institute of Marine Engineering",
            "DIME (ドナウ海洋工学研究所) is a research institute on the lower Danube.",
            "Danube Institute of Marine Engineering",
            "DIME",
            {"ドナウ海洋工学研究所"},
        ),
        (
            "Pacific Polymer Laboratory",
            "PPL is a contract research laboratory in Oregon.",
            "Pacific Polymer Laboratory",
            "PPL",
            set(),
        ),
        # a German article before the name; a quoted short name in brackets
        (
            "Bundesanstalt für Deichbau",
            "Die Bundesanstalt für Deichbau („Deichamt“) was a federal agency.",
            "Bundesanstalt für Deichbau",
            None,
            {"Deichamt"},
        ),
        (
            "Landesbank Ostfriesland",
            'Der Landesbank Ostfriesland (LBO, "Ostbank") is a public bank.',
            "Landesbank Ostfriesland",
            "LBO",
            {"Ostbank"},
        ),
        # the title without the legal form the intro adds
        (
            "Harbour Robotics Institute",
            "Harbour Robotics Institute, Inc. (HRI) is a research company.",
            "Harbour Robotics Institute, Inc.",
            "HRI",
            set(),
        ),
        # the intro's subject is the legal name alone: the title is the short name used
        # (docs/extraction.md, Identity: "Acme S.p.A. is …" under "Acme")
        (
            "Nordlys Analytics",
            "Nordlys Analytics AS is a Norwegian data company.",
            "Nordlys Analytics AS",
            None,
            {"Nordlys Analytics"},
        ),
    ],
)
def test_round4_intro_forms(title: str, intro: str, name: str, acronym: str | None, alternates: set[str]) -> None:
    identity = _identity(title, intro)
    assert identity.name == name
    assert identity.acronym == acronym
    assert set(identity.alternate_names) == alternates


@pytest.mark.parametrize(
    "title, intro",
    [
        # an aside that is a description, not a name, between dashes
        ("NRFA", "NRFA — a regulator set up in 1990 — is the fisheries authority."),
        # a word that is not a language after "in": no alternate name
        ("Bureau of Lakes", "The Bureau of Lakes, Te Tari Roto in Wellington, is a department."),
        # an acronym that does not spell the title
        ("Pacific Polymer Laboratory", "XYZ is a contract research laboratory."),
    ],
)
def test_round4_no_name_invented(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert not identity.acronym
    assert "Te Tari Roto" not in identity.alternate_names
    assert "Wellington" not in identity.alternate_names
    assert all(" a " not in n for n in identity.alternate_names)


@pytest.mark.parametrize(
    "intro, alternates",
    [
        # a short name in quotes between commas, after an adverb at most
        ('The Harwell Physics Laboratory, generally "PhysLab", was a laboratory.', ("PhysLab",)),
        ("The Harwell Physics Laboratory, commonly “Harlab”, is a laboratory.", ("Harlab",)),
        ("The Harwell Physics Laboratory, informally «the Harwell Lab», is a laboratory.", ("Harwell Lab",)),
        ('The Harwell Physics Laboratory (HPL), "PhysLab", is a laboratory.', ("PhysLab",)),
        # not a name: a description in quotes, a generic head noun alone
        ('The Harwell Physics Laboratory, generally "a place of learning", is a laboratory.', ()),
        ('The Harwell Physics Laboratory, popularly "the Laboratory", is a laboratory.', ()),
    ],
)
def test_round8_quoted_short_name_in_intro(intro: str, alternates: tuple[str, ...]) -> None:
    found = intro_names(intro)
    assert found is not None
    assert found.alternates == alternates
    assert found.lead == "Harwell Physics Laboratory"


@pytest.mark.parametrize(
    ("title", "intro", "other"),
    [
        (
            "Pacific Fisheries Agency",
            "The Pacific Fisheries Agency, which has been known since 2003 as PFA-SPC, is a regional body.",
            "PFA-SPC",
        ),
        (
            "Northern Institute for Marine Research",
            "The Northern Institute for Marine Research, which styles itself in lowercase as nimr, is a lab.",
            "nimr",
        ),
        (
            "Institute of Tropical Medicine, Antwerp",
            "The Institute of Tropical Medicine, Antwerp, which is usually called ITM-A, is a research institute.",
            "ITM-A",
        ),
        (
            "Centre for Rural Health Studies, Kenya",
            "The Centre for Rural Health Studies, Kenya, which since 2015 has written its name as crhs,k, "
            "is a research centre.",
            "crhs,k",
        ),
    ],
)
def test_round9_a_relative_clause_names_the_organization(title: str, intro: str, other: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert other in (identity.acronym, *identity.alternate_names)


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        # a relative clause that names nothing, or names a place after "as"
        ("Harbour Board", "The Harbour Board, which was set up as a trust, is a public body."),
        ("Delta Council", "The Delta Council, which serves as an adviser, is a statutory body."),
        ("Lake Trust", "The Lake Trust, which is based in Kisumu, is a charity."),
        ("Smith Foundation", "The Smith Foundation, which is named after John Smith, is a charity."),
        ("Ridge Lab", "The Ridge Lab, which is known for its work as a testing house, is a laboratory."),
    ],
)
def test_round9_a_relative_clause_without_a_name_gives_none(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert identity.alternate_names == () and identity.acronym is None


@pytest.mark.parametrize(
    ("title", "intro", "native"),
    [
        (
            "Polish Geological Institute",
            "The Polish Geological Institute (Państwowy Instytut Geologiczny, PIG) is a research institute.",
            "Państwowy Instytut Geologiczny",
        ),
        (
            "Hungarian Academy of Sciences",
            "The Hungarian Academy of Sciences (Magyar Tudományos Akadémia, MTA) is a learned society.",
            "Magyar Tudományos Akadémia",
        ),
        (
            "Slovak Hydrometeorological Institute",
            "The Slovak Hydrometeorological Institute (Slovenský hydrometeorologický ústav, SHMÚ) is an agency.",
            "Slovenský hydrometeorologický ústav",
        ),
    ],
)
def test_round9_a_native_name_before_its_acronym_in_brackets(title: str, intro: str, native: str) -> None:
    assert native in _identity(title, intro).alternate_names


@pytest.mark.parametrize(
    "intro",
    [
        # a place, or a phrase whose first letter the acronym does not share, is no name
        "The Tatra Research Station (near the old mill, TRS) is a field station.",
        "The Tatra Research Station (Vysoké tatry a okolí, TRS) is a field station.",
    ],
)
def test_round9_no_native_name_without_its_acronym(intro: str) -> None:
    assert _identity("Tatra Research Station", intro).alternate_names == ()


# Round 10: abbreviated language labels, "short", a slash between two spellings of an acronym.
@pytest.mark.parametrize(
    ("intro", "alternate"),
    [
        (
            "The Instituto Nacional de Vivienda (INV; engl. National Housing Institute) was an agency.",
            "National Housing Institute",
        ),
        ("The Deutsche Bundesstelle (DBS; engl. Federal German Office) is an agency.", "Federal German Office"),
        ("The Nordic Grain Office (NGO; dt. Nordisches Getreideamt) is a body.", "Nordisches Getreideamt"),
        (
            "The Baltic Rail Council (BRC; russ. Балтийский железнодорожный совет) was a body.",
            "Балтийский железнодорожный совет",
        ),
        ("The Tokyo Cable Laboratory (TCL; jap. 東京電線研究所) was a laboratory.", "東京電線研究所"),
        ('The Coastal Survey Institute (CSI, short "Coastlab") is an institute.', "Coastlab"),
        ('The Steppe Trade Council (STC, in the West mostly "Steptrade") was a body.', "Steptrade"),
    ],
)
def test_abbreviated_labels_and_short_names(intro: str, alternate: str) -> None:
    names = intro_names(intro)
    assert names is not None and alternate in names.alternates


def test_a_slash_between_two_spellings_of_an_acronym() -> None:
    names = intro_names("The Baltic Rail Council (BRC; russ. БЖС / BZhS) was a body.")
    assert names is not None and "БЖС" in names.alternates + names.acronyms and "BZhS" in names.acronyms


@pytest.mark.parametrize(
    ("intro", "not_a_name"),
    [
        ("The Coastal Survey Institute (CSI; based in the West Bank) is an institute.", "Bank"),
        ("The Coastal Survey Institute (CSI; short-lived, 1990–1994) was an institute.", "lived"),
        ("The Coastal Survey Institute (CSI; lat. 45.3) is an institute.", "45.3"),
        ("The Port Office (PO; Trade / Industry section) is an office.", "Industry section"),
    ],
)
def test_look_alikes_give_no_other_name(intro: str, not_a_name: str) -> None:
    names = intro_names(intro)
    assert names is not None
    assert not any(not_a_name in n for n in names.alternates + names.acronyms + names.formers)


@pytest.mark.parametrize(
    ("intro", "lead", "alternate"),
    [
        (
            "Nordic Museum (full name: Nordic Museum of Crafts and Industry) in Oslo is a museum.",
            "Nordic Museum",
            "Nordic Museum of Crafts and Industry",
        ),
        (
            "The Harbour Board (official name: Board of the Harbour of Kiel) in Kiel was a body.",
            "Harbour Board",
            "Board of the Harbour of Kiel",
        ),
        ("The Office of Fair Trading (OFT) in the United Kingdom was a body.", "Office of Fair Trading", None),
    ],
)
def test_full_name_note_and_a_place_after_it(intro: str, lead: str, alternate: str | None) -> None:
    names = intro_names(intro, lead)
    assert names is not None and names.lead == lead
    assert alternate is None or alternate in names.alternates


def test_a_place_inside_the_name_stays() -> None:
    names = intro_names("The Museum of Art in Oslo (MAO) is a museum.", "Museum of Art in Oslo")
    assert names is not None and names.lead == "Museum of Art in Oslo"


# Round 13: the formal and the phone-typed hands.


@pytest.mark.parametrize(
    "title, intro, acronym, alternate",
    [
        # a comma right after the verb still ends the subject
        (
            "Badan Meteorologi Nasional",
            "Badan Meteorologi Nasional (the National Meteorological Agency, BMN) was, from 1955, the weather office.",
            "BMN",
            "National Meteorological Agency",
        ),
        (
            "Rijksinstituut voor Kustonderzoek",
            "Rijksinstituut voor Kustonderzoek (the State Institute for Coastal Research, RIKZ) is, today, a lab.",
            "RIKZ",
            "State Institute for Coastal Research",
        ),
        # "officially abbreviated", "rendered/translated in(to) English as"
        (
            "Arctic Shipping Council",
            "The Arctic Shipping Council (in Norwegian Arktisk skipsråd; officially abbreviated ASC) is a body.",
            "ASC",
            "Arktisk skipsråd",
        ),
        (
            "Vattenverket",
            "Vattenverket (usually rendered in English as the Swedish Water Board) was a state agency.",
            None,
            "Swedish Water Board",
        ),
        (
            "Tiedekeskus",
            "Tiedekeskus (translated into English as the Science Centre) is a public museum.",
            None,
            "Science Centre",
        ),
    ],
)
def test_formal_glosses_after_the_native_name(title: str, intro: str, acronym: str | None, alternate: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert identity.acronym == acronym
    assert alternate in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro, alternates",
    [
        # the intro opens with the bracket that glosses the title
        (
            "Dar al-Kutub",
            "(arabic: دار الكتب, Dar al-Kutub al-Misriyya) - national library in cairo, est. 1870.",
            ("دار الكتب", "Dar al-Kutub al-Misriyya"),
        ),
        (
            "National Institutes for Cultural Heritage",
            "(Japanese: 国立文化財機構, Kokuritsu Bunkazai Kikō) – runs the national museums.",
            ("国立文化財機構", "Kokuritsu Bunkazai Kikō"),
        ),
        (
            "Russian State Library",
            "(russian: Российская государственная библиотека) - big library in moscow.",
            ("Российская государственная библиотека",),
        ),
    ],
)
def test_intro_that_opens_with_the_gloss(title: str, intro: str, alternates: tuple[str, ...]) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert identity.alternate_names == alternates


@pytest.mark.parametrize(
    "intro",
    [
        "(see below) - a library in town.",  # a note, no language label
        "(klingon: a made-up tongue) - a club.",  # not a language's name
        "(arabic: founded by decree, 1870) - a library.",  # a label before a phrase, not a name
    ],
)
def test_an_opening_bracket_without_a_name_gives_none(intro: str) -> None:
    assert _identity("Dar al-Kutub", intro).alternate_names == ()


@pytest.mark.parametrize(
    "title, intro, short",
    [
        ("Office of Water Services", "Ofwat = the water regulator for england & wales.", "Ofwat"),
        ("Instituto Nacional de Estatística", "Inest - portugal's stats office (public institute).", "Inest"),
        ("International Criminal Police Organization", "Interpol — the world police body, HQ lyon.", "Interpol"),
    ],
)
def test_a_syllabic_short_form_opening_the_intro(title: str, intro: str, short: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert short in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro",
    [
        # a word that does not shorten the title is not another name of it
        ("Office of Communications", "Oxford = where the first office was opened."),
        ("Office of Communications", "Regulator - the uk one for tv and radio."),
        ("Instituto Nacional de Metrologia", "Metro - a federal body for measures."),
        # one letter per word is an acronym's job, not a syllabic short form
        ("National Aeronautics Space Administration", "Nasa - the space agency."),
    ],
)
def test_look_alike_short_forms_are_not_names(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert identity.alternate_names == ()


@pytest.mark.parametrize(
    "title, intro, alternate",
    [
        (
            "Royal Botanic Gardens, Kew",
            "The Royal Botanic Gardens, Kew, popularly called Kew Gardens, is a garden.",
            "Kew Gardens",
        ),
        (
            "Museu Nacional de Arte Antiga",
            "Museu Nacional de Arte Antiga, generally known as the Janelas Verdes, is a museum.",
            "Janelas Verdes",
        ),
        (
            "Staatliche Kunstsammlungen Dresden",
            "Staatliche Kunstsammlungen Dresden, widely known as the Dresden Collections, is a museum group.",
            "Dresden Collections",
        ),
    ],
)
def test_an_adverb_before_known_as_or_called(title: str, intro: str, alternate: str) -> None:
    assert alternate in _identity(title, intro).alternate_names


def test_known_as_with_an_adverb_still_needs_a_name() -> None:
    identity = _identity(
        "Museu Nacional de Arte Antiga",
        "Museu Nacional de Arte Antiga, generally known as a fine museum, is in Lisbon.",
    )
    assert identity.alternate_names == ()


@pytest.mark.parametrize(
    "intro",
    [
        "Riksarkivet (i.e. the National Archives of Sweden) is an agency.",
        "Riksarkivet (which may be rendered as the National Archives of Sweden) is an agency.",
        "Riksarkivet (in English rendered as the National Archives of Sweden) is an agency.",
    ],
)
def test_gloss_cues_of_the_formal_hand(intro: str) -> None:
    assert _identity("Riksarkivet", intro).alternate_names == ("National Archives of Sweden",)


def test_i_e_before_a_phrase_gives_no_name() -> None:
    assert _identity("Riksarkivet", "Riksarkivet (i.e. founded in 1618) is an agency.").alternate_names == ()


@pytest.mark.parametrize(
    "title, intro, acronym, alternates",
    [
        (
            "Swiss Federal Railways",
            "Swiss Federal Railways (SBB/CFF/FFS) = the national rail co.",
            "SBB",
            ("CFF", "FFS"),
        ),
        ("Nordic Council", "Nordic Council (NR/PN) - inter-parliamentary body.", "NR", ("PN",)),
    ],
)
def test_acronyms_glued_by_slashes(title: str, intro: str, acronym: str, alternates: tuple[str, ...]) -> None:
    identity = _identity(title, intro)
    assert identity.acronym == acronym
    assert identity.alternate_names == alternates


@pytest.mark.parametrize(
    "title, intro, short",
    [
        ("Office of Communications", "Ofcom (Office of Communications) - UK comms regulator.", "Ofcom"),
        ("Office of Water Services", "Ofwat (Office of Water Services) – EU-style water regulator.", "Ofwat"),
    ],
)
def test_an_acronym_then_a_lowercase_word_after_a_dash_is_a_description(title: str, intro: str, short: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert short in identity.alternate_names


def test_a_dash_before_a_capitalised_name_part_keeps_the_name() -> None:
    identity = _identity("Mila", "Mila – Quebec Artificial Intelligence Institute is a research institute.")
    assert identity.name == "Mila – Quebec Artificial Intelligence Institute"


def _profile_with(title: str, intro: str, *fields: tuple[str, str]) -> Profile:
    from orgkg.model import Field, Item

    body = tuple(Field(name, 10 + n, (Item(11 + n, text),)) for n, (name, text) in enumerate(fields))
    return Profile("t.txt", "t", "", title, 1, intro, 2, body)


@pytest.mark.parametrize(
    "title, intro, fields, acronym",
    [
        (
            "Kunstbibliothek Berlin",
            "big art library in berlin.",
            [("Legislation", "the KB's own statute of 1994")],
            "KB",
        ),
        ("Mekong Fisheries Network", "MFN links fish labs in 4 countries.", [], "MFN"),
        (
            "Caribbean Health Agency",
            "regional health body.",
            [("History", "est. 2005; CHA took over from 3 older labs")],
            "CHA",
        ),
    ],
)
def test_initials_used_in_running_text(title: str, intro: str, fields: list[tuple[str, str]], acronym: str) -> None:
    assert read_identity(_profile_with(title, intro, *fields)).acronym == acronym


@pytest.mark.parametrize(
    "title, intro, fields",
    [
        # in brackets after another name: that name's acronym
        ("Bibliotheca Alexandrina", "a library.", [("Partners", "British Airways (BA); UNESCO")]),
        # only some of the initials
        ("National Research Council", "a research body in NC and elsewhere.", []),
        # a lowercase content word: the initials of the capitals are no acronym of the name
        ("Institute for advanced Study", "a club for scholars; IS members meet weekly.", []),
        # part of a longer token
        ("Kunstbibliothek Berlin", "see KB-2 and KBX.", []),
    ],
)
def test_no_acronym_from_look_alike_initials(title: str, intro: str, fields: list[tuple[str, str]]) -> None:
    assert read_identity(_profile_with(title, intro, *fields)).acronym is None


# Round 14: a legal name (a legal form opens or closes it) holding the title, which the intro
# names as what the organization is called: the title is the name, the legal name an alternate.
@pytest.mark.parametrize(
    "title, intro, legal",
    [
        (
            "Vanderlin",
            "N.V. Vanderlin Scheepswerven, usually referred to simply as Vanderlin, was a shipyard.",
            "N.V. Vanderlin Scheepswerven",
        ),
        # (a legal name that opens with the title, "Kestrel Avionics GmbH, generally known as
        # Kestrel", is the title's full name and the name since round 62:
        # tests/test_extract_identity_r62.py)
    ],
)
def test_round14_common_name_of_a_legal_name_is_the_name(title: str, intro: str, legal: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert legal in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro, name",
    [
        # no legal form: the full name stays the name
        (
            "Vanderlin",
            "Vanderlin Shipbuilding Foundation, known simply as Vanderlin, is a charity.",
            "Vanderlin Shipbuilding Foundation",
        ),
        # the legal name does not hold the title
        (
            "Kestrel",
            "Northern Avionics GmbH, generally known as Kestrel, is an avionics maker.",
            "Northern Avionics GmbH",
        ),
        # an acronym title keeps the full name
        ("KAG", "Kestrel Avionics GmbH, generally known as KAG, is an avionics maker.", "Kestrel Avionics GmbH"),
    ],
)
def test_round14_legal_name_stays_the_name_otherwise(title: str, intro: str, name: str) -> None:
    assert _identity(title, intro).name == name


def test_round14_adverb_before_the_naming_verb_gives_an_alternate() -> None:
    found = intro_names("The Harbour Research Institute, usually referred to as the Harbour Lab, is a laboratory.")
    assert found is not None and "Harbour Lab" in found.alternates


# Round 16: "in full" opens one name that runs across its own commas (to a ";" or the end).
@pytest.mark.parametrize(
    ("intro", "title", "whole"),
    [
        (
            "The Royal Institute (in full, the Royal Institute of Wessex, Mercia and the Marches) was a society.",
            "Royal Institute",
            "Royal Institute of Wessex, Mercia and the Marches",
        ),
        (
            "The Harbour Board (in full: Harbour Board of the Northern Ports, Lakes and Canals; HB) is a body.",
            "Harbour Board",
            "Harbour Board of the Northern Ports, Lakes and Canals",
        ),
        (
            "The Survey Office, in full the Survey Office of the Provinces, the Islands and the Coast, was an agency.",
            "Survey Office",
            "Survey Office of the Provinces, the Islands and the Coast",
        ),
    ],
)
def test_in_full_name_keeps_its_commas(intro: str, title: str, whole: str) -> None:
    found = intro_names(intro, title)
    assert found is not None
    assert found.alternates == (whole,)  # never its comma-cut fragments


def test_in_full_without_a_name_gives_nothing() -> None:
    found = intro_names("The Survey Office (in full, see below) was an agency.", "Survey Office")
    assert found is not None and found.alternates == ()


# Round 16: one word after the name and its bracketed acronym is a town, not another name.
@pytest.mark.parametrize(
    ("intro", "title", "acronym"),
    [
        (
            "Kwame Valley University (KVU), Ado-Ekiti, formerly known as Ekiti College, is a university.",
            "Kwame Valley University",
            "KVU",
        ),
        ("Northern Polytechnic (NP), Kaduna, is a public polytechnic.", "Northern Polytechnic", "NP"),
        ("Lake Institute of Fisheries (LIF), Jinja-Town, is a research body.", "Lake Institute of Fisheries", "LIF"),
    ],
)
def test_town_after_name_is_not_an_alternate(intro: str, title: str, acronym: str) -> None:
    found = intro_names(intro, title)
    assert found is not None
    assert found.alternates == () and found.acronyms == (acronym,)


def test_acronym_appositive_still_read() -> None:
    found = intro_names("The Council for Grain Research, CGR, is a statutory body.", "Council for Grain Research")
    assert found is not None and found.acronyms == ("CGR",)


# Round 16: a catalogue record line "Name: X ; Other forms: Y ; Z ; Dates: …" gives X's other
# forms, each ";" item whole (commas kept), only when its heading is the profile's own name.
@pytest.mark.parametrize(
    ("record", "alternates"),
    [
        (
            "Name: Harbour Board ; Other forms: Board of the Northern Ports, Lakes and Canals ; Hafenamt ;"
            " Dates: 1901-1960",
            ("Board of the Northern Ports, Lakes and Canals", "Hafenamt"),
        ),
        (
            "Heading: Harbour Board (Leith) ; Variant name: Conseil des ports du Nord ; Note: est. 1901",
            ("Conseil des ports du Nord",),
        ),
        ("Name: Harbour Board ; Other form: 港湾局 ; Dates: ca. 1890-", ("港湾局",)),
    ],
)
def test_catalogue_other_forms(record: str, alternates: tuple[str, ...]) -> None:
    found = read_identity(
        _profile_with("Harbour Board", "The Harbour Board was a port authority.", ("Authority record", record))
    )
    assert found.alternate_names == alternates


@pytest.mark.parametrize(
    "record",
    [
        "Name: River Police ; Other forms: Wasserschutzpolizei ; Dates: 1920-1950",  # another body's record
        "Name: Harbour Board ; Dates: 1901-1960 ; Note: later forms not recorded ; see the ledger",  # no other form
        "Name: Harbour Board ; Other forms: not recorded ; Dates: 1901",  # a note, not a name
    ],
)
def test_catalogue_record_gives_nothing_else(record: str) -> None:
    found = read_identity(
        _profile_with("Harbour Board", "The Harbour Board was a port authority.", ("Authority record", record))
    )
    assert found.alternate_names == ()
