"""Founding and Legislation (extract/founding.py): founders, the founding instrument with its
own year, date and signer, the legal basis, one founding date. Phrasings written for these
tests, not taken from the fidelity benchmark; negative cases say what must not be read."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import find_instrument, read_founding_text
from orgkg.model import DateValue, Founding, Identity, Mention, OrgKind
from orgkg.parse import parse_profile

ORG = Identity("Tarn Valley Water Board", OrgKind.GOVERNMENT, "TVWB")


def build(*fields: tuple[str, str], intro: str = "The Tarn Valley Water Board (TVWB) is a public body."):
    lines = ["Tarn Valley Water Board", "| ||||", "|", intro]
    for heading, body in fields:
        lines += [heading, body]
    return extract(parse_profile("\n".join(lines) + "\n", "tvwb.txt"))


def foundings(facts) -> list[Founding]:
    return [f for field in facts.fields for f in field.facts if isinstance(f, Founding)]


def founders_of(text: str, *, about_founding: bool = False) -> list[str]:
    return [m.name for m in read_founding_text(text, ORG, about_founding=about_founding).founders]


# --- founders ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board was founded in 1921 by Agnes Moorcroft and Peter Lindqvist.",
            ["Agnes Moorcroft", "Peter Lindqvist"],
        ),
        (
            "TVWB was set up in 1921 in Carlisle by three engineers: Ada Fell, Tom Birk and Ruth Hale.",
            ["Ada Fell", "Tom Birk", "Ruth Hale"],
        ),
        (
            "It was established on 3 May 1921 by a group of farmers, among them Ivo Crane and Mary Tod.",
            ["Ivo Crane", "Mary Tod"],
        ),
        (
            "TVWB was formed in 1921 by the Cumbria Farmers Union and the Eden Mill Company.",
            ["Cumbria Farmers Union", "Eden Mill Company"],
        ),
        ("Hilda Sproat founded the Tarn Valley Water Board in 1921.", ["Hilda Sproat"]),
    ],
)
def test_every_founder_person_or_organization(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The board was set up in 1921 by order of the county council.",  # an order is no founder
        "TVWB was created in 1921 by the merger of two drainage boards.",  # an event is no founder
        "The board was established by the Water Act 1921.",  # an act is no founder
        "The Kendal Mill was founded by Ivo Crane in 1850.",  # another organization's founder
        "The board was not founded by Ivo Crane, contrary to legend.",  # negated
        "The board was opened by the Duke of Kent in 1922.",  # opening names no founder
    ],
)
def test_no_founder(text: str) -> None:
    assert founders_of(text) == []


def test_founders_from_history_join_legislation() -> None:
    facts = build(
        ("Legislation", "Established under the Tarn Valley Water Act 1921."),
        ("History", "The board was founded by Agnes Moorcroft in 1921."),
    )
    founders = [m for f in foundings(facts) for m in ((f.founder,) if f.founder else ()) + f.founders]
    assert founders == [Mention("Agnes Moorcroft", "person")]


# --- the instrument ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        ("Established under the Tarn Valley Water Act 1921.", "Tarn Valley Water Act 1921", DateValue(1921)),
        ("Created by the Rural Water Supply Act of 1944.", "Rural Water Supply Act of 1944", DateValue(1944)),
        ("Set up by Decree No. 412 of 9 March 1957.", "Decree No. 412", DateValue(1957, 3, 9)),
        ("Established by Executive Order 10999 in 1962.", "Executive Order 10999", None),
    ],
)
def test_instrument_keeps_its_own_name_and_date(text: str, name: str, date: DateValue | None) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and instrument.name == name and instrument.date == date


def test_signer_of_the_act_is_recorded_and_is_no_founder() -> None:
    [founding] = foundings(
        build(
            ("Legislation", "Created by the Upland Water Act of 1921, which Prime Minister David Lloyd George signed.")
        )
    )
    assert founding.act == "Upland Water Act of 1921"
    assert founding.act_passed_by == Mention("David Lloyd George", "person")
    assert founding.founder is None and founding.founders == ()


def test_signing_date_belongs_to_the_act_not_the_founding() -> None:
    [founding] = foundings(
        build(("Legislation", "Tarn Valley Water Act 1921, signed into law by Governor Ann Blake on 2 June 1921."))
    )
    assert founding.act_date == DateValue(1921, 6, 2)
    assert founding.date is None  # nothing says when the board itself began


def test_an_act_it_now_operates_under_is_not_its_founding_instrument() -> None:
    text = "The board was set up by royal charter in 1921. It now operates under the Water Industry Act 1991."
    instrument = find_instrument(text)
    assert instrument is None or instrument.name != "Water Industry Act 1991"
    assert find_instrument("TVWB is governed by the Water Industry Act 1991.") is None


def test_treaty_founding_date_is_its_entry_into_force() -> None:
    [founding] = foundings(
        build(
            (
                "Legislation",
                "Convention on the Tarn Valley Water Board, signed on 1 March 1950; it entered into force on "
                "12 January 1952.",
            )
        )
    )
    assert founding.date == DateValue(1952, 1, 12) and founding.act_date == DateValue(1950, 3, 1)


# --- legal basis -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Created by Executive Order 10999 in 1962.", "executiveAction"),
        ("Not created by statute; the board was set up by a presidential directive in 1962.", "executiveAction"),
        ("Established by an act of parliament in 1921.", "statute"),
        ("Registered as a charity in 1921.", "registeredAssociation"),
    ],
)
def test_legal_basis(text: str, basis: str) -> None:
    [founding] = foundings(build(("Legislation", text)))
    assert founding.legal_basis == basis


def test_unnamed_subject_in_legislation_is_the_organization() -> None:
    [founding] = foundings(
        build(
            ("Legislation", "The board was not created by any statute but was launched by Governor Ellen Ward in 1962.")
        )
    )
    assert founding.date == DateValue(1962) and founding.founder == Mention("Ellen Ward", "person")


# --- one founding date -----------------------------------------------------------------------------


def test_one_founding_date_legislation_first() -> None:
    facts = build(
        ("Legislation", "The board was established on 1 April 1921 by the Tarn Valley Water Act 1921."),
        ("History", "Founded in 1920 as the Tarn Drainage Committee, the board took its present name in 1935."),
    )
    dates = [f.date for f in foundings(facts) if f.date]
    assert dates == [DateValue(1921, 4, 1)]


def test_history_refines_a_year_from_the_intro() -> None:
    facts = build(
        ("History", "The board was founded on 14 July 1921 in Penrith."),
        intro="The Tarn Valley Water Board (TVWB), founded in 1921, is a public body.",
    )
    assert [f.date for f in foundings(facts) if f.date] == [DateValue(1921, 7, 14)]


def test_another_organizations_founding_date_is_not_ours() -> None:
    facts = build(("History", "The Eden Mill Company was founded in 1850; it sold its reservoirs to TVWB in 1930."))
    assert [f.date for f in foundings(facts) if f.date] == []


# --- round 2: classes of phrasing from a second writer ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was founded in 1890 by Otto Brandt, King of Tarn, as a water cooperative.", ["Otto Brandt"]),
        ("Established in 1901 by Mary Ellis, then mayor of the valley, and Tom Reed.", ["Mary Ellis", "Tom Reed"]),
        ("Founded by Anna Lund, the President of Tarn Mills, in 1920.", ["Anna Lund"]),
        ("It was set up in 1950 by Karl Vos, a hydrologist, as the Tarn Water Office.", ["Karl Vos"]),
    ],
)
def test_an_appositive_after_a_founder_is_no_founder(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


def test_founders_after_among_them_stop_at_as() -> None:
    text = "It was formed in 1920 by farmers of the valley, among them Ada Berg and Nils Holm, as the Tarn Union."
    assert founders_of(text) == ["Ada Berg", "Nils Holm"]
    # Negative: only the group, no names.
    assert founders_of("It was formed in 1920 by farmers of the valley as the Tarn Union.") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Est. 1928 as the Tarn Survey. Renamed in 1950.", 1928),
        ("The body was founded in the year 1921 in Tarnby.", 1921),
        ("Operating since 2 March 1977. Renamed in 1990.", 1977),
        ("1962 — board founded, first reservoir filled.", 1962),
    ],
)
def test_founding_dates_in_short_and_dated_forms(text: str, year: int) -> None:
    reading = read_founding_text(text, ORG)
    assert reading.date is not None and reading.date.year == year


def test_a_bare_noun_that_is_not_the_organization_founds_nothing() -> None:
    assert read_founding_text("1962 — reservoir founded, first water delivered.", ORG).date is None


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        ("Decreto 4.211/52 of 3 March 1952, signed by the Minister.", "Decreto 4.211/52", DateValue(1952, 3, 3)),
        ("Ley 9/1999 (Water Boards Law), of 12 April 1999.", "Ley 9/1999", DateValue(1999, 4, 12)),
        (
            "Agreement Establishing the Tarn Valley Water Board, signed in Tarnby on 2 May 1971.",
            "Agreement Establishing the Tarn Valley Water Board",
            DateValue(1971, 5, 2),
        ),
    ],
)
def test_numbered_decrees_laws_and_establishing_agreements(text: str, name: str, date: DateValue) -> None:
    found = find_instrument(text)
    assert found is not None and found.name == name and found.date == date


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("Decreto 4.211/52 of 3 March 1952, signed by the acting President, Gen. Rosa M. Quiroga.", "Rosa M. Quiroga"),
        ("Act No. 12 of 1960, signed by the Governor, Sir Alan Price.", "Alan Price"),
        # Negative: plenipotentiaries and a title alone are no signer.
        ("Agreement Establishing the Tarn Board, signed on 2 May 1971 by the plenipotentiaries of five states.", None),
        ("Act No. 12 of 1960, signed by the Governor, in Tarnby.", None),
    ],
)
def test_signer_after_a_title_appositive(text: str, signer: str | None) -> None:
    found = find_instrument(text)
    assert found is not None
    assert (found.signer.name if found.signer else None) == signer


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In 1990: set up on 3 May under the ministry; in 1994: reorganised.", DateValue(1990, 5, 3)),
        ("1990 — created in September by decree.", DateValue(1990, 9)),
        ("(1990) Established on March 7 as an independent board.", DateValue(1990, 3, 7)),
        # a year in the clause itself wins over the head's
        ("1990 — established on 3 May 1991.", DateValue(1991, 5, 3)),
    ],
)
def test_a_dated_head_year_completes_the_founding_day(text: str, date: DateValue) -> None:
    assert read_founding_text(text, ORG).date == date


# --- the agent after "founded/signed … by", walked in code (issue 13 item 6) ---------------


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("It was founded in 1990 by Mary Otieno in a hall.", ["Mary Otieno"]),
        ("It was founded in 1990 in Perth by Mary Otieno", []),  # at most three words before "by"
        ("Set up by the Tarn Council, and later renamed.", ["the Tarn Council"]),
        ("Formed jointly by J. Okafor.", ["J. Okafor"]),  # the stop of an initial is no end
        ("Established by the governor; chartered by royal warrant", ["the governor", "royal warrant"]),
        ("Founded by  , the record is silent", [" "]),  # the spaces alone, as re would take them
        ("Founded by Ann by Bob", ["Bob"]),  # "by" ends no agent: the first "by" is a word before the second
        ("The lake was formed by glaciers", ["glaciers"]),
    ],
)
def test_founded_by_agents(text: str, agents: list[str]) -> None:
    from orgkg.extract.founding import founded_by_agents

    assert list(founded_by_agents(text)) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Signed into law by Governor Ruth Amadi on 2 May 1971.", ["Governor Ruth Amadi"]),
        ("The charter was signed by the mayor, then ratified.", ["the mayor"]),
        ("Signed in Oslo by the delegates", []),  # only "signed [into law] by"
    ],
)
def test_signed_by_agents(text: str, agents: list[str]) -> None:
    from orgkg.extract.founding import signed_by_agents

    assert list(signed_by_agents(text)) == agents


@pytest.mark.parametrize(
    "run",
    ["Ab ", " ", "a, ", "by ", "Act ", "Foo Act ", "and ", "& Bo ", "et al.\n", "No. 1 of ", "in   "],
)
def test_long_runs_do_not_hang_the_founding_readers(run: str) -> None:
    """A generous deadline against a hang (quadratic code walks), not a timing test."""
    import time

    from orgkg.extract.founding import founded_by_agents

    text = "The board was founded by " + run * (20_000 // len(run))
    begin = time.process_time()
    find_instrument(text)
    read_founding_text(text, ORG, about_founding=True)
    list(founded_by_agents(text))
    assert time.process_time() - begin < 20


# --- which verbs date the founding (round 3) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an active founding verb whose subject is the organization, with an object of its own
        "In 1981 the board opened two pumping stations on the upper Tarn.",
        "TVWB launched Clearwater, its leak-detection programme, in 2004.",
        "Since then it has established regional offices, the first of them in 1990.",
        "The water board founded a training college for engineers on 3 May 1977.",
        "In 1968 it set up a laboratory at Millbrook.",
        # a participle after a comma that describes another noun
        "The board took over the Kell aqueduct, opened on 12 June 1931.",
        "TVWB runs the Harrow reservoir, inaugurated in 1955, and three weirs.",
        "It now manages the canal, formally opened on 2 March 1899, for the county.",
    ],
)
def test_a_verb_about_something_else_dates_no_founding(text: str) -> None:
    assert read_founding_text(text, ORG).date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The board opened its doors on 4 January 1921.", DateValue(1921, 1, 4)),
        ("TVWB began business on 1 July 1952, taking over six parish water companies.", DateValue(1952, 7, 1)),
        ("The Tarn Valley Water Board was formally installed on 9 May 1930.", DateValue(1930, 5, 9)),
        ("In 1934 it was opened to the public.", DateValue(1934)),
        ("Parliament created the Tarn Valley Water Board in 1919.", DateValue(1919)),
        ("TVWB, established on 2 April 1947, supplies the valley.", DateValue(1947, 4, 2)),
        ("The Tarn Valley Water Board is the valley's public water body, set up in 1926.", DateValue(1926)),
        ("The board commenced operations in 1960 after a decade of planning.", DateValue(1960)),
    ],
)
def test_the_organizations_own_start_dates_the_founding(text: str, date: DateValue) -> None:
    assert read_founding_text(text, ORG).date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The board began operations on 1 April 1921; it had been established by law on 3 August 1920.",
            DateValue(1920, 8, 3),
        ),
        ("TVWB opened its doors in 1936, two years after it was created by statute in 1934.", DateValue(1934)),
        ("The board was inaugurated on 5 May 1951. It had been set up on 1 October 1950.", DateValue(1950, 10, 1)),
        ("The board was founded in 1902 and began operations in 1905.", DateValue(1902)),
        ("TVWB commenced operations in 1960.", DateValue(1960)),  # no creation date: the start of operations
    ],
)
def test_the_creation_date_wins_over_the_start_of_operations(text: str, date: DateValue) -> None:
    assert read_founding_text(text, ORG).date == date


# --- round 3: founder lists, appositives, active subjects, founder titles ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TVWB was incorporated in May 1921 by five mill owners: Eden Mills, Inc., Fell & Birk Ltd, "
            "Carlisle Dyeworks Corporation, Hale Brothers GmbH and Moor Textiles, Inc.",
            [
                "Eden Mills, Inc.",
                "Fell & Birk Ltd",
                "Carlisle Dyeworks Corporation",
                "Hale Brothers GmbH",
                "Moor Textiles, Inc.",
            ],
        ),
        (
            "The board was founded in 1921, at the suggestion of Jon Rea, mayor of Kendal, by Eden Mills, Inc., "
            "Carlisle Dyeworks Corporation and Moor Textiles Limited, with Ann Lee as its first chair.",
            ["Eden Mills, Inc.", "Carlisle Dyeworks Corporation", "Moor Textiles Limited"],
        ),
        (
            "Le TVWB a été créé; it was formed in 1921 by Société Hydraulique du Nord S.A. and Eaux de Lys S.A.",
            ["Société Hydraulique du Nord S.A.", "Eaux de Lys S.A."],
        ),
    ],
)
def test_founding_companies_keep_their_legal_forms(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TVWB was set up in Kendal in 1921 by Dr. Ada Fell, then a lecturer at the university, and Tom Birk, "
            "with support from the county.",
            ["Ada Fell", "Tom Birk"],
        ),
        (
            "It was started in 1921 by Prof. Ines Ruiz, a geologist, and Mr. Kwame Mensah.",
            ["Ines Ruiz", "Kwame Mensah"],
        ),
        (
            "1921: founded as a trust, the Kendal Water Trust, by a group of farmers led by Ivo Crane and Mary Tod.",
            ["Ivo Crane", "Mary Tod"],
        ),
        (
            "TVWB was incorporated in 1921 by the Republic of Cumbria, represented by its Ministry of Works, "
            "and the County of Westmorland.",
            ["Republic of Cumbria", "County of Westmorland"],
        ),
    ],
)
def test_founders_past_titles_descriptions_and_leaders(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Ada P. Fell, a hydrologist from Leeds, founded it in 1921 as the Kendal Water Trust.", ["Ada P. Fell"]),
        ("In 1921 Ada Fell and Tom Birk founded the Tarn Valley Water Board.", ["Ada Fell", "Tom Birk"]),
        ("Two mill owners co-founded it in 1921.", []),
    ],
)
def test_active_founders_are_every_name_of_the_subject(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an instrument, a legal form of incorporation, an object of a later verb: no founder
        "TVWB was incorporated in 1921 by Act of Parliament.",
        "TVWB was incorporated as a company limited by guarantee in 1921.",
        "Created by that law on 2 May 1921, TVWB founded and ran three companies: Eden Mills S.A. (1930) and Lys S.A.",
        "The museum of the board was founded it 1990 by staff.",
    ],
)
def test_no_founder_from_instruments_or_other_objects(text: str) -> None:
    assert founders_of(text, about_founding=True) == []
    assert founders_of("The board bought the Kendal mill in 1990; the mill had been founded by Eden Mills, Inc.") == []


def test_a_later_sentence_it_is_not_the_organization() -> None:
    # "it" names the organization only in a field's first sentence
    text = "The board bought the Kendal mill in 1990. Ada Fell had founded it in 1850."
    reading = read_founding_text(text, ORG)
    assert reading.founders == () and reading.date is None


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("Founder and Chief Engineer: Ada Fell", ["Ada Fell"]),
        ("Co-founder and Chair: Dr. Tom Birk", ["Tom Birk"]),
        ("Founding Director: Ruth Hale", []),
        ("Director: Ruth Hale (founded the lab's archive)", []),
    ],
)
def test_a_post_titled_founder_names_a_founder(post: str, expected: list[str]) -> None:
    facts = build(("Leader", post))
    founders = [m.name for f in foundings(facts) for m in ((f.founder,) if f.founder else ()) + f.founders]
    assert founders == expected


def test_an_alternate_name_and_a_title_note_are_the_organization() -> None:
    org = Identity("Kendal Water Trust (Cumbria)", OrgKind.NGO, None, alternate_names=("Aqua Kendal",))
    reading = read_founding_text("Aqua Kendal was set up in 1921 by Ada Fell and Tom Birk.", org)
    assert [m.name for m in reading.founders] == ["Ada Fell", "Tom Birk"]
    reading = read_founding_text("The Kendal Water Trust was established on 5 May 1921 by Ada Fell.", org)
    assert reading.date == DateValue(1921, 5, 5)


# --- round 3: instruments in other languages, numbers, years and "operates under" after -------


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Lei nº 1.234, de 3 de março de 1961, which authorised the Executive to set up the board.",
            "Lei nº 1.234",
            DateValue(1961, 3, 3),
        ),
        ("Ley N° 4.321, published on 9 May 1944 in the official gazette.", "Ley N° 4.321", DateValue(1944, 5, 9)),
        (
            "Established on the basis of the Gesetz über die Errichtung einer Wasserbehörde im Tarntal "
            "vom 2. März 1952, which also set its budget.",
            "Gesetz über die Errichtung einer Wasserbehörde im Tarntal",
            DateValue(1952, 3, 2),
        ),
        (
            "Created by the Loi relative à la gestion des eaux du 12 juin 1964 (Loi n° 64-1245).",
            "Loi relative à la gestion des eaux",
            DateValue(1964, 6, 12),
        ),
        ("Tarn Valley Water Act, 1921 (Act No. 7 of 1921).", "Tarn Valley Water Act, 1921", DateValue(1921)),
        (
            "Set up under the Water Boards Act, No. 7 of 1921, at the request of the county.",
            "Water Boards Act",
            DateValue(1921),
        ),
    ],
)
def test_instruments_of_other_languages_numbers_and_years(text: str, name: str, date: DateValue) -> None:
    instrument = find_instrument(text)
    assert instrument is not None
    assert (instrument.name, instrument.date) == (name, date)


@pytest.mark.parametrize(
    "text",
    [
        "Its duties are set out in the Wet op de waterschappen (WW) of 1992, under which it operates today.",
        "Recognised by Legge 12 maggio 1995, n. 85; there was no founding act.",
        "Named in the Water Act 1989 and the Rivers Act 1991; no statute founded it, and no founding law exists.",
    ],
)
def test_no_founding_instrument_when_the_text_says_so(text: str) -> None:
    assert find_instrument(text) is None


def test_a_title_cut_inside_its_date_is_no_name() -> None:
    # "Legge 12 maggio 1995, n. 85": not "Legge 12"
    instrument = find_instrument("The board was founded by Legge 12 maggio 1995, n. 85.")
    assert instrument is None or instrument.name != "Legge 12"


# --- round 3: what the intro calls it, a later day refining the year --------------------------


@pytest.mark.parametrize(
    ("intro", "text", "expected"),
    [
        (
            "The Museu do Vale (MV) is the oldest and best-loved museum in the valley.",
            "The museum was opened to the public on 4 June 1911.",
            DateValue(1911, 6, 4),
        ),
        (
            "Kendal Hydro is a regional research council and one of the oldest in England.",
            "The council was formally set up on 2 March 1950 in Kendal.",
            DateValue(1950, 3, 2),
        ),
        # "a subsidiary" names no kind: "the subsidiary" may be another company
        ("Kendal Hydro is a subsidiary of Eden Power plc.", "The subsidiary was set up on 2 March 1950.", None),
        # "the museum" with no museum in the intro is another museum
        ("Kendal Hydro is a water research body.", "The museum was opened on 4 June 1911.", None),
    ],
)
def test_the_noun_the_intro_uses_names_the_organization(intro: str, text: str, expected: DateValue | None) -> None:
    org = Identity("Kendal Hydro", OrgKind.GOVERNMENT, None)
    assert read_founding_text(text, org, intro).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TVWB was incorporated by Royal Charter under the Water Act 1921; it came into being on 1 April 1921.",
            DateValue(1921, 4, 1),
        ),
        ("TVWB was established in 1921 and began operations in March 1921.", DateValue(1921, 3)),
        # another year is no refinement: the creation date stays
        ("TVWB was established in 1921 and began operations on 2 May 1923.", DateValue(1921)),
    ],
)
def test_a_later_day_of_the_same_year_refines_the_founding_year(text: str, expected: DateValue) -> None:
    assert read_founding_text(text, ORG, about_founding=True).date == expected


# --- round 3: a treaty in force in a later sentence; the instrument a History sentence names ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Convention establishing the Tarn Valley Water Board, signed at Kendal on 3 May 1960. "
            "The Convention entered into force on 1 January 1962.",
            DateValue(1962, 1, 1),
        ),
        (
            "Agreement on the Tarn Valley Water Board, signed on 3 May 1960 by six states. It came into force on 2 "
            "February 1961, when the sixth ratification was deposited.",
            DateValue(1961, 2, 2),
        ),
        (
            "Treaty of Kendal (1960). The Kendal Treaty entered into force on 4 March 1961.",
            DateValue(1961, 3, 4),
        ),
    ],
)
def test_a_treaty_enters_into_force_in_a_later_sentence(text: str, expected: DateValue) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and instrument.in_force == expected


def test_a_later_sentence_about_another_instrument_is_not_the_treatys_entry_into_force() -> None:
    text = "Convention on the Tarn Valley Water Board, signed in 1960. The Protocol of 1970 entered into force in 1972."
    instrument = find_instrument(text)
    assert instrument is not None and instrument.in_force is None


@pytest.mark.parametrize(
    ("history", "act", "act_date"),
    [
        (
            "1921 — incorporated as the Tarn Water Company under the Tarn Water Act, No. 7 of 1921, at the request "
            "of the county.",
            "Tarn Water Act",
            DateValue(1921),
        ),
        (
            "The board was established in 1921 by the Water Boards Act 1920 and began work a year later.",
            "Water Boards Act 1920",
            DateValue(1920),
        ),
        (
            "TVWB was created on 2 May 1921 pursuant to Decree No. 118 of 20 April 1921.",
            "Decree No. 118",
            DateValue(1921, 4, 20),
        ),
    ],
)
def test_the_instrument_a_founding_sentence_of_history_names(history: str, act: str, act_date: DateValue) -> None:
    acts = [(f.act, f.act_date) for f in foundings(build(("History", history))) if f.act]
    assert acts == [(act, act_date)]


@pytest.mark.parametrize(
    "history",
    [
        "TVWB was founded in 1921; it now operates under the Water Industry Act 1991.",
        "TVWB was founded in 1921. The Water Act 1945 later widened its remit.",
        "TVWB was founded in 1921 by Ada Fell and later regulated under the Water Act 1945.",
    ],
)
def test_an_act_outside_the_founding_clause_is_no_founding_instrument(history: str) -> None:
    assert [f.act for f in foundings(build(("History", history))) if f.act] == []


def test_the_legislation_fields_instrument_wins_over_historys() -> None:
    facts = build(
        ("Legislation", "Tarn Valley Water Act 1921."),
        ("History", "TVWB was established in 1921 under the Rivers Act 1920."),
    )
    assert [f.act for f in foundings(facts) if f.act] == ["Tarn Valley Water Act 1921"]


# --- round 3: persons who set it up, "brainchild of", "founding members were" ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Fell and Tom Birk set up TVWB in 1921.", ["Ada Fell", "Tom Birk"]),
        ("Ada Fell, Tom Birk and Ruth Hale launched the board in 1921.", ["Ada Fell", "Tom Birk", "Ruth Hale"]),
        ("In 1921 Dr. Ines Ruiz established the Tarn Valley Water Board in Kendal.", ["Ines Ruiz"]),
        ("TVWB was the brainchild of Ada Fell, a Kendal engineer, and opened in 1921.", ["Ada Fell"]),
        ("The board was the brainchild of Kwame Mensah and Ruth Hale.", ["Kwame Mensah", "Ruth Hale"]),
        (
            "The board's founding members were Eden Mills Ltd, Lys Water plc and the County of Cumbria.",
            ["Eden Mills Ltd", "Lys Water plc", "County of Cumbria"],
        ),
        ("Its founding members: Eden Mills, Inc. and Fell & Birk GmbH.", ["Eden Mills, Inc.", "Fell & Birk GmbH"]),
    ],
)
def test_founders_as_subjects_brainchildren_and_founding_members(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a government or parliament creating it is named a founder only by "founded by"
        "The Government of Cumbria set up the board in 1921.",
        "Parliament created TVWB in 1921.",
        "In 1921 the county council set up the board.",
        # another organization's brainchild or founding members
        "The Kendal Mill was the brainchild of Ada Fell.",
        "The founding members of the Eden Trust were Ada Fell and Tom Birk.",
        # "the museum" when the intro does not say it is one
        "Ada Fell set up the museum in 1921.",
    ],
)
def test_no_founders_from_governments_or_other_organizations(text: str) -> None:
    assert founders_of(text) == []


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        ("Royal Charter granted on 5 May 1921.", "Royal Charter", DateValue(1921, 5, 5)),
        (
            "Executive Order 12345 of May 5, 1921, signed by the Governor.",
            "Executive Order 12345",
            DateValue(1921, 5, 5),
        ),
        (
            "The Water Board Act 1921, which received royal assent on 5 May 1921, established the board.",
            "Water Board Act 1921",
            DateValue(1921, 5, 5),
        ),
        ("Decree No. 77, issued on 2 June 1931 by the Ministry of Works.", "Decree No. 77", DateValue(1931, 6, 2)),
    ],
)
def test_the_instruments_date_from_grant_assent_or_issue(text: str, name: str, date: DateValue) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and (instrument.name, instrument.date) == (name, date)


def test_the_date_of_assent_is_not_the_founding_date() -> None:
    facts = build(("Legislation", "The Water Board Act 1921, which received royal assent on 5 May 1921, set it up."))
    assert [f.date for f in foundings(facts)] == [None]


@pytest.mark.parametrize(
    ("intro", "text", "expected"),
    [
        (
            "The Kendal Water Laboratory (KWL) was a hydrology research laboratory in Cumbria.",
            "Ada Fell and Tom Birk set the lab up for the county in 1986, near the river.",
            ["Ada Fell", "Tom Birk"],
        ),
        (
            "The Kendal Water Laboratory (KWL) was a hydrology research laboratory in Cumbria.",
            "Ines Ruiz set KWL up in 1986.",
            ["Ines Ruiz"],
        ),
        # another object set up: no founder
        (
            "The Kendal Water Laboratory (KWL) was a hydrology research laboratory in Cumbria.",
            "Ada Fell set the archive up in 1990.",
            [],
        ),
    ],
)
def test_set_something_up_with_the_object_between(intro: str, text: str, expected: list[str]) -> None:
    org = Identity("Kendal Water Laboratory", OrgKind.ORGANIZATION, "KWL")
    assert [m.name for m in read_founding_text(text, org, intro).founders] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TVWB was founded in 1921 by Ada Fell (a chemist) and Tom Birk.", ["Ada Fell", "Tom Birk"]),
        ("TVWB was founded in 1921 by the engineers Ada Fell and Tom Birk.", ["Ada Fell", "Tom Birk"]),
        ("TVWB was founded in 1921 by the brothers Ada Fell and Tom Fell.", ["Ada Fell", "Tom Fell"]),
        ("TVWB's founders were Ada Fell and Tom Birk.", ["Ada Fell", "Tom Birk"]),
        ("The founders of TVWB were Kwame Mensah and Ines Ruiz.", ["Kwame Mensah", "Ines Ruiz"]),
        ("Its co-founders: Ada Fell and Tom Birk.", ["Ada Fell", "Tom Birk"]),
    ],
)
def test_founders_with_descriptions_and_founders_were(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "TVWB was founded in 1921 by members of Kendal Rotary.",
        "TVWB was founded in 1921 by staff from Kendal Mills.",
        "The founders of the Eden Trust were Ada Fell and Tom Birk.",
        "Eden Mills' founders were Ada Fell and Tom Birk.",
    ],
)
def test_no_founders_from_groups_or_another_organizations_founders(text: str) -> None:
    assert founders_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its convention entered into force on 30 September 1961.", DateValue(1961, 9, 30)),
        ("TVWB's founding treaty came into force in 1958.", DateValue(1958)),
        ("The founding agreement entered into force on 2 May 1960.", DateValue(1960, 5, 2)),
        # any agreement, or another organization's treaty, dates nothing
        ("The agreement entered into force on 2 May 1960.", None),
        ("Eden's convention entered into force on 2 May 1960.", None),
    ],
)
def test_its_own_treaty_entering_into_force_dates_the_founding(text: str, expected: DateValue | None) -> None:
    assert read_founding_text(text, ORG).date == expected


# --- round 4: kind words alone, bracketed titles, another verb's agent ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harbours (Amendment) Act 1998 created the board.", "Harbours (Amendment) Act 1998"),
        (
            "It was set up by the Water Services (Tarn Valley Board) Act 2003.",
            "Water Services (Tarn Valley Board) Act 2003",
        ),
        (
            "Established under the Rivers and Lakes (Northern Region) Act of 1961.",
            "Rivers and Lakes (Northern Region) Act of 1961",
        ),
    ],
)
def test_round4_a_title_with_a_note_in_brackets_is_whole(text: str, name: str) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and instrument.name == name


@pytest.mark.parametrize(
    "text",
    [
        "It was set up under the Act 2003.",
        "Established under the Act of 1974.",
        "Created by the Decree, 1957.",
        "After the Act it became an agency.",
        "Governed today by the Port Authorities (Reconstitution of Boards, etc.) Act, Cap. P12.",
        "The board is governed by the Tarn Valley Water Act 1921.",
    ],
)
def test_round4_no_instrument_named_by_a_kind_word_alone_or_current(text: str) -> None:
    assert find_instrument(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Incorporated under a special charter granted by the State Legislature on 14 May 1913.",
        "The trust was established in 1921 under a royal charter issued by King George V.",
        "The board was created under an act passed by the Volkskammer in 1990.",
        "The trust was set up in 1950 and funded by the Ford Foundation.",
    ],
)
def test_round4_the_agent_of_another_participle_is_no_founder(text: str) -> None:
    assert read_founding_text(text, ORG, about_founding=True).founders == ()


def test_round4_founded_by_still_names_founders() -> None:
    reading = read_founding_text("The board was founded in Kendal in 1921 by Ada Fell and Tom Reyes.", ORG)
    assert [m.name for m in reading.founders] == ["Ada Fell", "Tom Reyes"]


# --- round 5: another body's act, another body's founding, ordinances, titles ----------------


@pytest.mark.parametrize(
    "text",
    [
        "It repealed the Tarn Water Act, 1952.",
        "The Board replaced the River Tarn Conservancy; the order repealing the Conservancy Act 1931 took effect.",
        "Its creation superseded the Upland Drainage Act of 1948.",
        "The statute amended the Fell Waters Act 1960 in several places.",
    ],
)
def test_a_repealed_or_replaced_act_is_no_founding_instrument(text: str) -> None:
    assert find_instrument(text) is None


@pytest.mark.parametrize(
    ("text", "name", "year", "signer"),
    [
        (
            "Tarn Valley Water Ordinance, 2004 (Ordinance No. XII of 2004), promulgated by President Amina Rauf; "
            "it repealed the Tarn Water Act, 1952.",
            "Tarn Valley Water Ordinance, 2004",
            2004,
            "Amina Rauf",
        ),
        (
            "Established by the Water Boards Proclamation No. 7/1993, issued by Governor Tesfaye Bekele, "
            "which replaced the Rivers Act 1961.",
            "Water Boards Proclamation No. 7/1993",
            None,
            "Tesfaye Bekele",
        ),
        (
            "The Tarn Waters Act 1995, enacted by Parliament, superseded the Water Act 1963.",
            "Tarn Waters Act 1995",
            1995,
            None,
        ),
    ],
)
def test_ordinances_and_proclamations_with_their_signer_not_the_repealed_act(
    text: str, name: str, year: int | None, signer: str | None
) -> None:
    found = find_instrument(text)
    assert found is not None
    assert found.name == name
    if year is not None:
        assert found.date is not None and found.date.year == year  # not the repealed act's year
    assert (found.signer.name if found.signer else None) == signer


@pytest.mark.parametrize(
    "text",
    [
        "It was one of many local boards encouraged by the national Water Council that the engineer Ada Fell "
        "had set up in May 1942.",
        "It took over the depots of the Fell Drainage Company, which the county council created in 1911.",
        "The TVWB absorbed the Lakes Trust that Jon Birk and his wife founded on 2 June 1930.",
    ],
)
def test_a_date_in_an_object_relative_about_another_body_is_no_founding_date(text: str) -> None:
    assert read_founding_text(text, ORG).date is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("It is the water board that Parliament set up in 1921.", 1921),
        ("The Tarn Valley Water Board, which the county council created in 1936, supplies the valley.", 1936),
        ("The board was set up in 1958; the Lakes Trust that it absorbed was older.", 1958),
        ("The Water Council, which was founded in 1901, merged with others; the board was established in 1974.", 1974),
    ],
)
def test_an_object_relative_about_the_organization_keeps_its_date(text: str, year: int) -> None:
    date = read_founding_text(text, ORG).date
    assert date is not None and date.year == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board was founded by Canon T. R. Fell and Professor Ada Lind.", ["T. R. Fell", "Ada Lind"]),
        ("The board was founded in 1902 by Rabbi Leo Baum and Father John Moss.", ["Leo Baum", "John Moss"]),
        ("The board was founded by Bishop Anne Ortiz.", ["Anne Ortiz"]),
    ],
)
def test_ecclesiastical_and_academic_titles_are_no_part_of_a_founder(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Board was formed in 1993, when five drainage boards that had worked side by side were merged.", 1993),
        ("The Board was set up on 1 April 1974.", 1974),
        ("In 1921 the Board was established by the county.", 1921),
    ],
)
def test_a_capitalised_head_noun_of_its_own_name_is_the_organization(text: str, year: int) -> None:
    date = read_founding_text(text, ORG).date
    assert date is not None and date.year == year


def test_a_capitalised_word_not_of_its_name_stays_another_body() -> None:
    assert read_founding_text("The Council was formed in 1993.", ORG).date is None
    assert read_founding_text("The Board set up a drainage committee in 1995.", ORG).date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board was the idea of Ada Fell, then a county engineer, who proposed it in 1919.", ["Ada Fell"]),
        ("The TVWB was an initiative of the engineer Jon Birk.", ["Jon Birk"]),
        (
            "It was established on 2 May 1920 as the Tarn Valley Water Board, an initiative of the mayor Rui Costa, "
            "in the last year of the old council.",
            ["Rui Costa"],
        ),
        ("The board is the brainchild of Dr. Lena Ruiz.", ["Lena Ruiz"]),
    ],
)
def test_the_idea_or_initiative_of_a_person_names_a_founder(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The merger was the idea of Ada Fell.",
        "The board runs the Clean Rivers Programme, an initiative of the engineer Jon Birk.",
        "It was renamed in 1950 as the Clean Rivers Board, an initiative of the mayor Rui Costa.",
        "The board was the idea of the government.",
    ],
)
def test_an_idea_or_initiative_of_something_else_names_no_founder(text: str) -> None:
    assert founders_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its founders include Canon A. B. Moss, the rector of the parish, who chaired it; Professor Ada Lind; "
            "the Methodist Dr Jon Birk; and the farmer Rui Costa, treasurer from 1931.",
            ["A. B. Moss", "Ada Lind", "Jon Birk", "Rui Costa"],
        ),
        ("The founders were Ada Lind, a chemist; Rabbi Leo Baum; and Jon Birk.", ["Ada Lind", "Leo Baum", "Jon Birk"]),
        ("Its founding members were Ada Lind; Jon Birk; and Tom Moss.", ["Ada Lind", "Jon Birk", "Tom Moss"]),
    ],
)
def test_a_founders_list_split_by_semicolons(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


def test_a_semicolon_list_with_a_piece_that_is_no_name_gives_no_founders() -> None:
    assert founders_of("Its founders include Ada Lind; several farmers of the valley; and Jon Birk.") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Convention establishing the Tarn Valley Water Board, opened for signature in Kendal on 3 May 1975.",
            (1975, 5, 3),
        ),
        ("The Agreement establishing the Board, opened for signature at Rome on 12 June 1976.", (1976, 6, 12)),
        ("The Statute of the Board was opened for signature on 26 January 2009 in Bonn.", (2009, 1, 26)),
    ],
)
def test_opened_for_signature_dates_the_instrument(text: str, date: tuple[int, int, int]) -> None:
    found = find_instrument(text)
    assert found is not None and found.date == DateValue(*date)


def test_a_date_after_opened_elsewhere_is_no_instrument_date() -> None:
    found = find_instrument("The Tarn Waters Act 1995 set up the board; its first office opened on 3 May 1996.")
    assert found is not None and found.date == DateValue(1995)


# --- round 6: an opening day after a creation dated only by its act's title year -----------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Constituted under the Water Boards Ordinance of 1931; the Board opened for business on 2 April 1932.",
            DateValue(1932, 4, 2),
        ),
        (
            "Set up under the Tarn Valley Act 1958. The board began operations on 1 October 1958.",
            DateValue(1958, 10, 1),
        ),
        (
            "Established by the Water Supply Law of 1887, the board opened its doors on March 3, 1888.",
            DateValue(1888, 3, 3),
        ),
        # Negative: a creation day stated outright outranks the opening day.
        (
            "Established on 9 May 1931 under the Water Boards Ordinance of 1931; the Board opened for business "
            "on 2 April 1932.",
            DateValue(1931, 5, 9),
        ),
        # Negative: an opening year alone (no day) does not replace the act's year.
        (
            "Established under the Water Boards Ordinance of 1931; the Board opened for business in 1932.",
            DateValue(1931),
        ),
        # Negative: what the board opened is not the board.
        (
            "Established under the Water Boards Ordinance of 1931; the Board opened its first depot on 2 April 1932.",
            DateValue(1931),
        ),
    ],
)
def test_an_opening_day_outranks_a_creation_dated_by_its_acts_year(text: str, date: DateValue) -> None:
    assert read_founding_text(text, ORG).date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The board she founded opened on 4 June 1921 with two reservoirs.", DateValue(1921, 6, 4)),
        ("The board they set up began operations on 1 July 1950.", DateValue(1950, 7, 1)),
        ("The board he had established opened its doors on May 2, 1899.", DateValue(1899, 5, 2)),
        # Negative: the subject is another body, whoever founded it.
        ("The reservoir she founded opened on 4 June 1921.", None),
        ("The library he founded opened on 4 June 1921.", None),
    ],
)
def test_a_reduced_relative_clause_does_not_hide_the_subject(text: str, date: DateValue | None) -> None:
    assert read_founding_text(text, ORG).date == date


@pytest.mark.parametrize(
    ("text", "founders"),
    [
        ("A group of farmers led by Ilse Brandt founded the board in 1921.", ["Ilse Brandt"]),
        (
            "A small circle of engineers headed by Dr. Kwame Mensah set up the board in Tarnby in 1950.",
            ["Kwame Mensah"],
        ),
        ("The team of hydrologists led by Jonas Vik formed the board in 1960 as a trust.", ["Jonas Vik"]),
        # Negative: a leader who is no person's name, another body founded, no founding verb.
        ("A group of farmers led by the mayor founded the board in 1921.", []),
        ("A group of farmers led by Ilse Brandt founded the cooperative in 1921.", []),
        ("A group of farmers led by Ilse Brandt campaigned for the board in 1921.", []),
    ],
)
def test_the_leader_of_a_founding_group_is_a_founder(text: str, founders: list[str]) -> None:
    assert founders_of(text) == founders


# --- round 14 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No Act of Parliament has ever governed the board, as far as the records show.",
        "The board was set up without any Statute, by a simple vote of the county council.",
        "Neither Decree nor Law created the board; it grew out of a farmers' club.",
        "There was no Royal Charter: the board remained an unincorporated body.",
    ],
)
def test_a_negated_instrument_is_no_instrument(text: str) -> None:
    assert find_instrument(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Positive neighbours: a number sign "No." and an instrument after a negation elsewhere.
        ("Created under Ordinance No. 4 of 2002.", "Ordinance No. 4"),
        ("It was not a club but a board created by the Tarn Water Act 1921.", "Tarn Water Act 1921"),
    ],
)
def test_an_instrument_beside_a_negation_elsewhere_is_kept(text: str, name: str) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and instrument.name == name


@pytest.mark.parametrize(
    ("text", "founders", "signer"),
    [
        ("The board was established in 1701 by Royal Warrant of King George I.", ["George I"], "George I"),
        ("Founded by Royal Charter of Queen Anne II in 1705, the board drained the fens.", ["Anne II"], "Anne II"),
        ("The board was created in 1790 by Warrant of Queen Maria I.", ["Maria I"], "Maria I"),
        # Negative: an instrument without its grantor founds nothing and names no one.
        ("The board was established in 1701 by Royal Warrant.", [], None),
        ("The board was established in 1701 by Royal Warrant of the Privy Council.", [], None),
    ],
)
def test_a_monarch_granting_the_instrument_founds_and_signs(text: str, founders: list[str], signer: str | None) -> None:
    reading = read_founding_text(text, ORG, about_founding=True)
    assert [m.name for m in reading.founders] == founders
    assert reading.instrument is not None
    assert (reading.instrument.signer.name if reading.instrument.signer else None) == signer


def test_a_crown_instrument_is_never_a_founder() -> None:
    facts = build(("History", "- 1701: founded at Tarnby by Royal Warrant; Ada Fell drew the first plans."))
    assert all(not m.name.startswith("Royal") for f in foundings(facts) for m in f.founders)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The board was incorporated by Royal Charter in 1848, some seven years after its foundation.", None),
        ("TVWB was registered as a company in 1930, a decade after it was founded.", None),
        ("The board was chartered in 1902, long after its establishment.", None),
        # Positive: the founding sentence itself keeps its date.
        ("The board was founded in 1895 and chartered seven years later.", DateValue(1895)),
        ("The board was incorporated by Royal Charter in 1848.", DateValue(1848)),
    ],
)
def test_a_date_after_the_foundation_is_no_founding_date(text: str, date: DateValue | None) -> None:
    assert read_founding_text(text, ORG, about_founding=True).date == date


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("The board was set up under the Water Act, 1921, assented to by Governor Ada Fell.", "Ada Fell"),
        ("Created by the Tarn Water Ordinance 1950, assented to by President Tom Birk in May 1950.", "Tom Birk"),
        ("The Water Act 1921, assented to on 3 May 1921 by Governor Ivo Crane, created the board.", "Ivo Crane"),
        # Negative: assent by a body or a title alone names no signer.
        ("The board was set up under the Water Act, 1921, assented to by the legislature.", None),
        ("The board was set up under the Water Act, 1921, assented to by the Governor.", None),
    ],
)
def test_the_person_who_assented_signs_the_act(text: str, signer: str | None) -> None:
    instrument = find_instrument(text)
    assert instrument is not None
    assert (instrument.signer.name if instrument.signer else None) == signer


@pytest.mark.parametrize(
    ("text", "date", "founders"),
    [
        # hedged verbs and source notes between subject and verb keep the subject
        ("The board appears to have been founded in 1921.", DateValue(1921), []),
        ("The board seems to have been set up in 1921 by Ada Fell.", DateValue(1921), ["Ada Fell"]),
        ("The board was, according to its annual report, established in 1950.", DateValue(1950), []),
        (
            "The board was, as recorded in the county minutes, set up by Tom Birk in 1950.",
            DateValue(1950),
            ["Tom Birk"],
        ),
        # "in the spring of 1948": the year alone
        ("The board was founded in the spring of 1948.", DateValue(1948), []),
        # reference markers inside the sentence
        ("The board was founded on 3 May 1921[1] by Ada Fell.[2]", DateValue(1921, 5, 3), ["Ada Fell"]),
        ("The board was established[3] by Ada Fell and Tom Birk in 1921.", DateValue(1921), ["Ada Fell", "Tom Birk"]),
        # Negative: the hedge or the note does not make another body's founding ours.
        ("The dairy appears to have been founded in 1921.", None, []),
        ("The dairy was, according to its annual report, established in 1950 by Ada Fell.", None, []),
    ],
)
def test_hedged_academic_founding_sentences(text: str, date: DateValue | None, founders: list[str]) -> None:
    reading = read_founding_text(text, ORG)
    assert (reading.date, [m.name for m in reading.founders]) == (date, founders)
