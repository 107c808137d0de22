"""Founding (extract/founding.py), round 7: more ways writers state a founding date, name
founders and instruments, and several signers. Phrasings written for these tests, not taken
from the fidelity benchmark; negative cases say what must not be read."""

from __future__ import annotations

import pytest

import orgkg
from orgkg.extract import extract
from orgkg.extract.founding import find_instrument, read_founding_text
from orgkg.model import DateValue, Founding, Identity, OrgKind, Severity
from orgkg.parse import parse_profile

ORG = Identity("Harrow Basin Survey Office", OrgKind.GOVERNMENT, "HBSO")


def date_of(text: str, *, about_founding: bool = False) -> DateValue | None:
    return read_founding_text(text, ORG, about_founding=about_founding).date


# --- founding dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office was constituted on 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO started work in 1961.", DateValue(1961)),
        ("The survey office began work on 2 March 1961 with four staff.", DateValue(1961, 3, 2)),
        ("HBSO commenced work in March 1961.", DateValue(1961, 3)),
        ("The office started operating on 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO began functioning in 1961.", DateValue(1961)),
        ("The office began life in 1961 as a section of the ministry.", DateValue(1961)),
    ],
)
def test_start_of_work_phrases_date_the_founding(text: str, expected: DateValue) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "HBSO began work on the new river gauges in 1975.",  # work on something else
        "The office started work on a national atlas in 1980.",
        "The office is constituted by representatives of six councils.",  # no date, no founding
        "The Harrow Canal Company started work in 1820.",  # another body
    ],
)
def test_work_on_something_else_dates_no_founding(text: str) -> None:
    assert date_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HBSO dates its founding to 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO considers 2 March 1961 its founding date.", DateValue(1961, 3, 2)),
        ("The founding date of the Harrow Basin Survey Office is 2 March 1961.", DateValue(1961, 3, 2)),
        ("The office's first survey ran in May 1961. HBSO counts that day as its founding.", DateValue(1961, 5)),
        ("HBSO regards 2 March 1961 as its official founding date, though work began later.", DateValue(1961, 3, 2)),
    ],
)
def test_a_date_the_organization_names_its_founding(text: str, expected: DateValue) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Harrow Canal Company dates its founding to 1820.",  # another body
        "The founding date of the Harrow Canal Company is 2 March 1820.",
        "In 1971, 50 years after its founding, HBSO moved to Kendal.",  # a time relative to it
        "HBSO celebrated its foundation's 50th anniversary in 2011.",
        "Ann Fell served as its founding president until 1971.",  # the president's date
        "HBSO marked its founding anniversary with an exhibition in 2011.",
    ],
)
def test_no_founding_date_from_a_founding_noun_about_something_else(text: str) -> None:
    assert date_of(text) is None


def test_a_stated_founding_day_outranks_the_treatys_entry_into_force() -> None:
    text = (
        "Convention establishing the Harrow Basin Survey Office, opened for signature on 2 March 1961. "
        "HBSO counts that day as its founding date, although the Convention entered into force in 1963."
    )
    facts = build_legislation(text)
    assert facts.date == DateValue(1961, 3, 2)
    assert facts.act_date == DateValue(1961, 3, 2)


def build_legislation(text: str) -> Founding:
    lines = ["Harrow Basin Survey Office", "| ||||", "|", "The Harrow Basin Survey Office (HBSO) is a public body."]
    profile = parse_profile("\n".join([*lines, "Legislation", text]) + "\n", "hbso.txt")
    return next(f for ff in extract(profile).fields for f in ff.facts if isinstance(f, Founding))


# --- instruments ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        # a number and "of <year>" after a titled act: the year is its date, not a cut title
        (
            "It was set up on 2 March 1961 under the Harrow Basin Survey Act 12 of 1960.",
            "Harrow Basin Survey Act",
            DateValue(1960),
        ),
        # a kind and its number alone: "of <year>" is the date
        ("Decree No. 44 of 1961, as amended by Decree No. 9 of 1970.", "Decree No. 44", DateValue(1961)),
        ("Ordinance 7 of 1961 set up the office.", "Ordinance 7", DateValue(1961)),
        ("Executive Order 9120 of May 4, 1961.", "Executive Order 9120", DateValue(1961, 5, 4)),
        # Spanish, Portuguese and German titles, and a gazette's date in brackets
        (
            "Ley que crea la Oficina de Cuencas (DOF, 02.03.1961).",
            "Ley que crea la Oficina de Cuencas",
            DateValue(1961, 3, 2),
        ),
        (
            "The office was created by the Ley Orgánica de la Oficina de Cuencas, passed in March 1961.",
            "Ley Orgánica de la Oficina de Cuencas",
            DateValue(1961, 3),
        ),
        ("Decreto-Lei n.º 41/61, of 2 March 1961.", "Decreto-Lei n.º 41/61", DateValue(1961, 3, 2)),
        ("Beschluss des Landesrates vom 2. März 1961.", "Beschluss des Landesrates", DateValue(1961, 3, 2)),
        (
            "Verordnung über das Vermessungsamt vom 2. März 1961.",
            "Verordnung über das Vermessungsamt",
            DateValue(1961, 3, 2),
        ),
        ("Order in Council of 2 March 1961.", "Order in Council", DateValue(1961, 3, 2)),
    ],
)
def test_instruments_numbered_and_in_other_languages_keep_their_own_date(text: str, name: str, date: DateValue) -> None:
    instrument = find_instrument(text)
    assert instrument is not None
    assert (instrument.name, instrument.date) == (name, date)


@pytest.mark.parametrize(
    "text",
    [
        "Beschluss",  # a kind word alone
        "The Decree of the council was never published.",
    ],
)
def test_no_instrument_from_a_kind_word_alone(text: str) -> None:
    assert find_instrument(text) is None


@pytest.mark.parametrize(
    ("text", "founding"),
    [
        (
            "Beschluss des Landesrates vom 2. März 1961 (founding); Vermessungsgesetz vom 3. Mai 1970.",
            DateValue(1961, 3, 2),
        ),
        ("Decree No. 44 of 2 March 1961 (the founding act).", DateValue(1961, 3, 2)),
        # Negative: without the note, the instrument's date is its own only
        ("Decree No. 44 of 2 March 1961; amended in 1970.", None),
    ],
)
def test_a_founding_note_makes_the_instruments_date_the_founding_date(text: str, founding: DateValue | None) -> None:
    assert build_legislation(text).date == founding


# --- several signers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (
            "Treaty establishing the Harrow Basin Survey Office, signed at Leeds on 2 March 1961 by Presidents "
            "Ann Fell of Arland, Tom Birk of Brenmark and Ruth Hale of Corvania; it entered into force in 1962.",
            ["Ann Fell", "Tom Birk", "Ruth Hale"],
        ),
        (
            "Survey Act 1961, signed by the governors Ann Fell, Tom Birk and Ruth Hale.",
            ["Ann Fell", "Tom Birk", "Ruth Hale"],
        ),
        ("Survey Act 1961, signed by Ann Fell and Tom Birk on 2 March 1961.", ["Ann Fell", "Tom Birk"]),
        ("Survey Act 1961, signed into law by President Ann Fell on 2 March 1961.", ["Ann Fell"]),
        # Negative: a list with a piece that is no person names no signers
        ("Survey Act 1961, signed by Ann Fell and the county council.", []),
        ("Survey Act 1961, signed by the plenipotentiaries of five states.", []),
    ],
)
def test_every_signer_of_an_instrument(text: str, signers: list[str]) -> None:
    instrument = find_instrument(text)
    assert instrument is not None
    found = [m.name for m in ((instrument.signer, *instrument.signers) if instrument.signer else instrument.signers)]
    assert found == signers


def test_several_signers_each_pass_the_graph_and_its_shapes(tmp_path) -> None:
    profile = tmp_path / "hbso.txt"
    lines = [
        "Harrow Basin Survey Office",
        "| ||||",
        "|",
        "The Harrow Basin Survey Office (HBSO) is a public body.",
        "Legislation",
        "Survey Act 1961, signed by the governors Ann Fell, Tom Birk and Ruth Hale.",
    ]
    profile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = orgkg.build([profile])
    query = (
        "PREFIX orgkg: <https://w3id.org/orgkg/ns#> PREFIX schema: <https://schema.org/> "
        "SELECT ?n { ?act orgkg:passedBy ?p . ?p a schema:Person ; schema:name ?n }"
    )
    assert {str(row[0]) for row in result.dataset.query(query)} == {"Ann Fell", "Tom Birk", "Ruth Hale"}
    assert result.report is not None
    assert [f for f in result.report.findings if f.severity == Severity.VIOLATION] == []


# --- founders ---------------------------------------------------------------------------------


def founders_of(text: str) -> list[str]:
    return [m.name for m in read_founding_text(text, ORG, about_founding=True).founders]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Founded in 1961 by Ann Fell, her brother Tom Fell and their lawyer Ruth Hale.",
            ["Ann Fell", "Tom Fell", "Ruth Hale"],
        ),
        ("HBSO was set up in 1961 by Henry J. Moor Jr. and his partner Ada Birk.", ["Henry J. Moor Jr.", "Ada Birk"]),
        (
            "HBSO was founded in 1961 by Frederick T. Lund and Henry J. Moor Sr.",
            ["Frederick T. Lund", "Henry J. Moor Sr."],
        ),
        ("The office was established in 1961 by Henry J. Moor Jr. It opened in 1962.", ["Henry J. Moor Jr."]),
        # Negative: a description with no name after it is no further founder
        ("Founded in 1961 by Ann Fell, her brother.", ["Ann Fell"]),
        ("Founded in 1961 by Ann Fell, then her husband's partner, and Tom Birk.", ["Ann Fell", "Tom Birk"]),
    ],
)
def test_founders_with_kin_descriptions_and_generational_suffixes(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The survey office was founded by Ann Fell together with Tom Birk in 1961.", ["Ann Fell", "Tom Birk"]),
        ("HBSO was set up in 1961 by Ann Fell along with Ruth Hale.", ["Ann Fell", "Ruth Hale"]),
        ("The survey office was set up at the initiative of Ann Fell in 1961.", ["Ann Fell"]),
        ("In 1961 HBSO was established on the initiative of the Harrow Farmers Union.", ["Harrow Farmers Union"]),
        (
            "HBSO was created in 1961 as a joint venture between the Harrow Farmers Union and the Leeds Mill Company.",
            ["Harrow Farmers Union", "Leeds Mill Company"],
        ),
        (
            "HBSO was founded as a joint venture of Fell Survey Ltd and Birk Maps Ltd in 1961.",
            ["Fell Survey Ltd", "Birk Maps Ltd"],
        ),
        # Negative: another body founded alongside, a title alone, a joint venture without a founding verb
        ("HBSO was founded in 1961 along with the Leeds Mill.", []),
        ("HBSO was set up in 1961, at the initiative of the then minister.", []),
        ("HBSO is a joint venture of Fell Survey Ltd and Birk Maps Ltd.", []),
    ],
)
def test_founders_together_with_at_the_initiative_of_and_joint_ventures(text: str, expected: list[str]) -> None:
    assert founders_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HBSO took over the gauges run until then by the county (the Harrow Drains) and began work on "
            "2 March 1961, a reorganisation ordered by the ministry.",
            DateValue(1961, 3, 2),
        ),
        ("HBSO absorbed the county's survey staff and started operating in 1961.", DateValue(1961)),
        # Negative: another subject, a relative clause between, an object of the second verb
        ("The Harrow Canal Company took over the gauges and began work on 2 March 1961.", None),
        ("HBSO bought the mill, which the county had built and began operations on 2 March 1961.", None),
        ("HBSO absorbed the Leeds Mill and opened a new depot on 2 March 1961.", None),
    ],
)
def test_a_second_predicate_of_the_organization_dates_its_start(text: str, expected: DateValue | None) -> None:
    assert date_of(text) == expected


def test_a_clause_of_another_subject_before_the_second_predicate_dates_nothing() -> None:
    assert date_of("HBSO ran the gauges until the county took over and began work on 2 March 1961.") is None


@pytest.mark.parametrize(
    ("text", "date", "founders"),
    [
        ("1961 — Ann Fell sets up the Harrow Basin Survey Office in Leeds.", DateValue(1961), ["Ann Fell"]),
        ("- 1961: Ann Fell founds HBSO.", DateValue(1961), ["Ann Fell"]),
        ("1961 — the ministry creates the Harrow Basin Survey Office.", DateValue(1961), []),
        # Negative: what the organization sets up, and another body's founding
        ("1970 — HBSO sets up a laboratory in York.", None, []),
        ("1970 — HBSO establishes its first field station.", None, []),
        ("1961 — Ann Fell founds the Leeds Mill.", None, []),
    ],
)
def test_the_historical_present_of_a_timeline(text: str, date: DateValue | None, founders: list[str]) -> None:
    reading = read_founding_text(text, ORG, about_founding=True)
    assert (reading.date, [m.name for m in reading.founders]) == (date, founders)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Incorporated by Royal Charter under the Harrow Survey Act 1960.", "Harrow Survey Act 1960"),
        ("Set up by Order in Council pursuant to the Harrow Survey Act 1960.", "Harrow Survey Act 1960"),
        # Negative: a charter alone stays the instrument
        ("Incorporated by Royal Charter in 1961.", "Royal Charter"),
    ],
)
def test_a_bare_kind_granted_under_a_named_act_gives_way_to_the_act(text: str, name: str) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and instrument.name == name


def build_profile(*fields: tuple[str, str]) -> list[Founding]:
    lines = ["Harrow Basin Survey Office", "| ||||", "|", "The Harrow Basin Survey Office (HBSO) is a public body."]
    for heading, body in fields:
        lines += [heading, body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "hbso.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def test_history_gives_the_day_and_signer_of_the_act_legislation_names() -> None:
    foundings = build_profile(
        ("Legislation", "Harrow Survey Act of 1961."),
        (
            "History",
            "Parliament created the office with the Harrow Survey Act of 1961, which Prime Minister Ann Fell "
            "signed on 2 March 1961. It moved to York in 1970.",
        ),
    )
    [act] = [f for f in foundings if f.act]
    assert act.act == "Harrow Survey Act of 1961"
    assert act.act_date == DateValue(1961, 3, 2)
    assert act.act_passed_by is not None and act.act_passed_by.name == "Ann Fell"


def test_history_naming_another_act_leaves_the_legislation_act_alone() -> None:
    foundings = build_profile(
        ("Legislation", "Harrow Survey Act of 1961."),
        (
            "History",
            "In 1975 the office was reorganised under the Mapping Act 1975, which Ann Fell signed on 2 May 1975.",
        ),
    )
    [act] = [f for f in foundings if f.act]
    assert (act.act_date, act.act_passed_by) == (DateValue(1961), None)


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Harrow Survey Act 1961 — the office came into being on 2 March 1961.",
            "Harrow Survey Act 1961",
            DateValue(1961),
        ),
        ("Harrow Survey Act 1961 – founding act.", "Harrow Survey Act 1961", DateValue(1961)),
        # Negative: no year after the title, no date invented
        ("Harrow Survey Act – see History.", "Harrow Survey Act", None),
    ],
)
def test_a_titles_year_before_a_dash_stays_with_the_title(text: str, name: str, date: DateValue | None) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and (instrument.name, instrument.date) == (name, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HBSO came into operation on 2 March 1961.", DateValue(1961, 3, 2)),
        ("The survey office was instituted on 2 March 1961.", DateValue(1961, 3, 2)),
        ("The office was called into being on 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO held its first meeting on 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO has existed since 1961.", DateValue(1961)),
        ("Date of establishment: 2 March 1961", DateValue(1961, 3, 2)),
        ("Founding date: 2 March 1961.", DateValue(1961, 3, 2)),
        ("HBSO's founding in 1961 followed years of disputed boundaries.", DateValue(1961)),
        ("The office was set up in the wake of the 1958 floods, on 2 March 1961.", DateValue(1961, 3, 2)),
    ],
)
def test_more_ways_to_say_it_came_to_exist(text: str, expected: DateValue) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "HBSO instituted an annual survey prize in 1975.",  # what it instituted
        "The Leeds Mill's founding in 1850 predates the office.",  # another body's founding
        "Since HBSO's founding in 1961 it has mapped the basin twice.",  # a time relative to it
        "The office was set up after the 1958 floods.",  # the year of the floods
    ],
)
def test_no_founding_date_from_another_things_year(text: str) -> None:
    assert date_of(text) is None
