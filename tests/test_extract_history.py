"""History (extract/history.py): the direction of every event, previous names, predecessors,
successors, dissolution, dated bullets. Phrasings written for these tests, not taken from
the fidelity benchmark; negative cases say what must not be read."""

from __future__ import annotations

import pytest

from orgkg.extract.history import history_findings, read_events, segments
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, Mention, OrgKind, Severity

ORG = Identity("Halden Institute for Soil Research", OrgKind.GOVERNMENT, "HISR")


def events(text: str, identity: Identity = ORG) -> list[ChangeEvent]:
    return [f for f in read_events(text, identity) if isinstance(f, ChangeEvent)]


def dissolutions(text: str) -> list[Dissolution]:
    return [f for f in read_events(text, ORG) if isinstance(f, Dissolution)]


def names_of(found: list[ChangeEvent], side: str) -> list[str]:
    return [getattr(e, side).name for e in found if getattr(e, side)]


# --- renames: the organization keeps its IRI ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1931 as the Halden Soil Laboratory, the institute was renamed the Halden Institute for Soil "
        "Research in 1962.",
        "The Halden Soil Laboratory was renamed the Halden Institute for Soil Research in 1962.",
        "HISR was known as the Halden Soil Laboratory until 1962.",
        "It began in 1931 as the Halden Soil Laboratory and took its present name in 1962.",
    ],
)
def test_rename_into_the_present_name_gives_the_previous_name(text: str) -> None:
    found = events(text)
    assert found and all(e.original is None and e.resulting is None for e in found)
    assert "Halden Soil Laboratory" in [e.previous_name for e in found]


def test_rename_chain_in_order() -> None:
    found = events(
        "HISR was founded in 1931 as the Halden Soil Bureau. In 1950 it was renamed the Halden Soil Laboratory. "
        "In 1962 it was renamed the Halden Institute for Soil Research."
    )
    assert [(e.previous_name, e.date) for e in found] == [
        ("Halden Soil Bureau", DateValue(1950)),
        ("Halden Soil Laboratory", DateValue(1962)),
    ]


def test_names_in_one_sentence_keep_their_order() -> None:
    # the "opened as" name comes before the rename in the same sentence, not after it
    found = events(
        "Opened in 1931 as the Halden Soil Bureau; renamed Halden Soil Laboratory in 1950, it took the name "
        "Halden Institute for Soil Research in 1962."
    )
    assert [(e.previous_name, e.date) for e in found] == [
        ("Halden Soil Bureau", DateValue(1950)),
        ("Halden Soil Laboratory", DateValue(1962)),
    ]


def test_established_as_the_present_name_records_the_name_before() -> None:
    found = events(
        "It began as the Halden Soil Bureau. In 1962 the bureau was established as the Halden Institute for Soil "
        "Research."
    )
    assert [e.previous_name for e in found] == ["Halden Soil Bureau"]


def test_later_name_is_an_event_of_the_same_organization() -> None:
    [event] = events("In 1999 the institute was renamed Nordic Soil Centre.")
    assert event.kind == "renamed" and event.date == DateValue(1999)
    assert event.original is None and event.resulting is None and event.previous_name is None


def test_previous_name_from_the_intro_when_history_names_none() -> None:
    identity = Identity("Halden Institute for Soil Research", OrgKind.GOVERNMENT, former_names=("Halden Soil Office",))
    [event] = events("The office was renamed the Halden Institute for Soil Research in 1962.", identity)
    assert event.previous_name == "Halden Soil Office"


def test_another_organization_renamed_is_not_read() -> None:
    assert events("The Fenwick Dairy Board was renamed the Fenwick Food Agency in 1970.") == []


# --- successors and dissolution ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "successor", "date"),
    [
        ("In 2004 HISR merged into the Nordic Land Agency.", "Nordic Land Agency", DateValue(2004)),
        (
            "The institute was folded into the Nordic Land Agency on 1 July 2004.",
            "Nordic Land Agency",
            DateValue(2004, 7, 1),
        ),
        ("- 2004: merged into the Nordic Land Agency", "Nordic Land Agency", DateValue(2004)),
    ],
)
def test_merged_into_is_a_successor_and_a_dissolution(text: str, successor: str, date: DateValue) -> None:
    [event] = events(text)
    assert event.resulting == Mention(successor) and event.original is None and event.date == date
    assert [d.date for d in dissolutions(text)] == [date]


def test_succeeded_by_is_a_successor_without_dissolution() -> None:
    [event] = events("HISR was succeeded by the Nordic Land Agency in 2004.")
    assert event.resulting == Mention("Nordic Land Agency")
    assert dissolutions("HISR was succeeded by the Nordic Land Agency in 2004.") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The institute closed on 30 June 2010.", DateValue(2010, 6, 30)),
        ("HISR was dissolved in 2010.", DateValue(2010)),
        ("It was wound up in March 2010.", DateValue(2010, 3)),
    ],
)
def test_dissolution_date(text: str, date: DateValue) -> None:
    assert [d.date for d in dissolutions(text)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "HISR closed its field station in 1990.",  # an object: no closure of the institute
        "The Fenwick Dairy Board was dissolved in 1990.",  # another organization
        "The institute was never dissolved.",  # negated
        "HISR was not merged into the Nordic Land Agency, despite plans in 1990.",
    ],
)
def test_no_dissolution(text: str) -> None:
    assert dissolutions(text) == []
    assert names_of(events(text), "resulting") == []


def test_negation_touches_its_sentence_only() -> None:
    found = events("The institute was not renamed in 1950. In 1962 it merged into the Nordic Land Agency.")
    assert names_of(found, "resulting") == ["Nordic Land Agency"]


# --- predecessors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predecessors"),
    [
        (
            "HISR was created in 1962 by the merger of the Halden Soil Laboratory, the Fjord Peat Station and the "
            "Nordic Clay Office.",
            ["Halden Soil Laboratory", "Fjord Peat Station", "Nordic Clay Office"],
        ),
        (
            "The institute was formed through the merger of the Fjord Peat Station and the Nordic Clay Office.",
            ["Fjord Peat Station", "Nordic Clay Office"],
        ),
        ("In 1962 HISR succeeded the Fjord Peat Station.", ["Fjord Peat Station"]),
        ("In 1975, the Nordic Clay Office merged into the institute.", ["Nordic Clay Office"]),
        (
            "In 1980 it took over the archive of the Fjord Peat Station from the Nordic Clay Office.",
            ["Nordic Clay Office"],
        ),
    ],
)
def test_predecessors(text: str, predecessors: list[str]) -> None:
    found = events(text)
    assert names_of(found, "original") == predecessors
    assert names_of(found, "resulting") == []


@pytest.mark.parametrize(
    "text",
    [
        "HISR was succeeded by the Nordic Land Agency.",  # the other direction
        "The Fjord Peat Station merged into the Nordic Clay Office in 1975.",  # neither is this organization
        "It took over the building from the city in 1980.",  # no named organization
        "The institute was reorganized as an independent foundation in 1990.",  # a kind, not a name
    ],
)
def test_no_predecessor(text: str) -> None:
    assert names_of(events(text), "original") == []


# --- dated bullets -----------------------------------------------------------------------------------


def test_dated_bullets_never_glue_their_year_into_a_name() -> None:
    text = "- 1950: renamed Halden Soil Laboratory\n- 1962: renamed Halden Institute for Soil Research"
    assert [s.text for s in segments(text)] == [
        "renamed Halden Soil Laboratory",
        "renamed Halden Institute for Soil Research",
    ]
    found = events(text)
    assert all("19" not in (e.previous_name or "") for e in found)
    assert [(e.previous_name, e.date) for e in found][-1] == ("Halden Soil Laboratory", DateValue(1962))


# --- round 2: dated forms and names that go on in lowercase -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1962: renamed the Halden Institute for Soil Research.",
        "Set up in 1931. (1962) Renamed the Halden Institute for Soil Research.",
        "In 1931: opened; In 1962: renamed the Halden Institute for Soil Research.",
    ],
)
def test_in_year_colon_and_bracketed_year_date_the_segment(text: str) -> None:
    dated = [s for s in segments(text) if "renamed" in s.text.lower()]
    assert dated and dated[0].date == DateValue(1962)


def test_a_bracketed_year_inside_a_sentence_is_no_dated_head() -> None:
    parts = segments("It joined the Tarn League (1947) and the Soil Union (1961).")
    assert [p.date for p in parts] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1931 as the Istituto generale per la ricerca del suolo; renamed in 1962.",
        "It opened as the Laboratorio centrale di analisi in 1931.",
        "The Halden Institute was renamed the Comité national des sols in 1962.",
    ],
)
def test_a_name_that_goes_on_in_lowercase_is_not_cut_to_its_capitalised_start(text: str) -> None:
    found = events(text)
    names = {e.previous_name for e in found} | set(names_of(found, "resulting"))
    assert not any(n in {"Istituto", "Laboratorio", "Comité"} for n in names if n)


# --- round 2: a dated head completes a yearless day or month -------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2004 — dissolved on 14 March; its field stations were sold.", DateValue(2004, 3, 14)),
        ("In 2004: wound up in October after the funding ended.", DateValue(2004, 10)),
        ("- 2004: closed on November 2, its archive passing to the state.", DateValue(2004, 11, 2)),
    ],
)
def test_a_dated_head_gives_its_year_to_a_yearless_day(text: str, date: DateValue) -> None:
    assert [d.date for d in dissolutions(text)] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the clause has a year of its own: the head does not lend its year to "30 June"
        ("2004 — dissolved in 2005, on 30 June.", DateValue(2005)),
        # "may" is a verb here, not a month
        ("2004 — dissolved, as the minister may have wished.", DateValue(2004)),
        # no such day: the head's year alone
        ("2004 — dissolved on 31 April.", DateValue(2004)),
    ],
)
def test_a_dated_head_keeps_its_year_alone(text: str, date: DateValue) -> None:
    assert [d.date for d in dissolutions(text)] == [date]


# --- round 2: successors in a list ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "successors"),
    [
        (
            "In 1995 the institute was split into the Soil Survey Agency, Halden Geology Ltd and the Centre for "
            "Water and Forest Studies.",
            ["Soil Survey Agency", "Halden Geology Ltd", "Centre for Water and Forest Studies"],
        ),
        (
            "1995 — its laboratories were distributed among three new companies, among them Fjord Analytics AS "
            "and the Bureau of Peat and Clay.",
            ["Fjord Analytics AS", "Bureau of Peat and Clay"],
        ),
        (
            "HISR was broken up into several bodies, including the Halden Forest Service and Soil Data Norway.",
            ["Halden Forest Service", "Soil Data Norway"],
        ),
        (
            "Its functions were divided into two agencies, namely the Nordic Clay Office and the Fjord Peat Station.",
            ["Nordic Clay Office", "Fjord Peat Station"],
        ),
    ],
)
def test_successors_in_a_list(text: str, successors: list[str]) -> None:
    assert names_of(events(text), "resulting") == successors


@pytest.mark.parametrize(
    "text",
    [
        # the class noun before the cue is no successor, and without a named list nothing is read
        "Its divisions were distributed among the new Crown Agencies.",
        "Its staff were distributed among the ministries.",
        # another organization split
        "The Fenwick Dairy Board was split into the North Dairy Board and the South Dairy Board.",
        # its possessions, not its parts
        "Its library was split into the Map Room and the Reading Room.",
        # one piece is no name: the whole list is dropped
        "The institute was divided into the Soil Survey Agency and a number of smaller offices.",
    ],
)
def test_no_successors_from_a_list(text: str) -> None:
    assert names_of(events(text), "resulting") == []


# --- round 2: chains of former names -------------------------------------------------------------


def previous_names(text: str, identity: Identity = ORG) -> list[str]:
    return [e.previous_name for e in events(text, identity) if e.previous_name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a founding verb far before "as", over a list of founders
        (
            "It was set up in March 1931 in Halden by engineers of the state railways, among them Ole Berg and Kari "
            "Lund, as the Halden Soil Laboratory; in 1962 it was renamed the Halden Institute for Soil Research.",
            ["Halden Soil Laboratory"],
        ),
        # "under the name", then a name taken, then words added to it
        (
            "HISR was created in 1931 under the name Fjord Soil Office; it adopted the name Halden Institute for Soil "
            'in 1950 and added "Research" to it in 1962.',
            ["Fjord Soil Office", "Halden Institute for Soil"],
        ),
        # bracketed years, a name after modifiers and "as", then "its present name"
        (
            "(1931) Founded as the Halden Soil Bureau. (1950) Renamed Halden Soil Laboratory. (1955) Became "
            "autonomous once more as the Fjord Soil Office. (1962) Took its present name.",
            ["Halden Soil Bureau", "Halden Soil Laboratory", "Fjord Soil Office"],
        ),
        # "Est." and a name whose bracketed acronym closes its lowercase words
        (
            "Est. 1931 as Istituto per lo studio del suolo (ISS). Received its present name in 1962.",
            ["Istituto per lo studio del suolo"],
        ),
        # a name that holds "in the X of Y"; "known until … as"
        (
            "It was known until 1962 as the Soil Board in the Kingdom of Norway.",
            ["Soil Board in the Kingdom of Norway"],
        ),
        # names ending in a word in -en are no participles ("… van Wetenschappen in 1950 and received …")
        (
            "Founded in 1931 as the Koninklijk Bodem Instituut, it was renamed Bodem Akademie van Wetenschappen in "
            "1950 and received its present name in 1962.",
            ["Koninklijk Bodem Instituut", "Bodem Akademie van Wetenschappen"],
        ),
    ],
)
def test_chains_of_former_names(text: str, expected: list[str]) -> None:
    assert previous_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an edit that yields a name the text never writes: nothing is invented
        'It was founded in 1931 as the Halden Soil Laboratory. It dropped "Soil" from its name in 1950.',
        # "as" after another clause's verb is no founding name
        "It was founded in 1931 by Ole Berg, who served as the Halden Harbour Master.",
        # a kind after "as", not a name
        "In 1955 it became independent again as an agency of the ministry.",
        # "as" in "such as"
        "It was set up in 1931 for fields such as Soil Chemistry.",
    ],
)
def test_no_former_names(text: str) -> None:
    assert [n for n in previous_names(text) if n not in {"Halden Soil Laboratory"}] == []


def test_a_dropped_word_that_yields_the_present_name() -> None:
    found = previous_names(
        "It was founded in 1931 as the Halden State Institute for Soil Research. "
        'In 1962 it dropped "State" from its name.'
    )
    assert found == ["Halden State Institute for Soil Research"]


# --- round 2: another organization dissolves this one ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Nordic Oil bought it in 1999; Nordic Oil then closed it in April 2002, when its staff left.",
            DateValue(2002, 4),
        ),
        ("The ministry abolished the institute on 1 July 1995.", DateValue(1995, 7, 1)),
        ("In 1995 the government wound up HISR.", DateValue(1995)),
        ("The new owners shut down the institute in 2001 after the sale.", DateValue(2001)),
    ],
)
def test_another_organization_dissolving_this_one(text: str, date: DateValue) -> None:
    assert [d.date for d in dissolutions(text)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Nordic Oil built a pilot plant in 1990 and closed it in 1995.",  # "it" is the plant
        "HISR opened a field station in 1990 and closed it in 1995.",  # its own subject, another object
        "The ministry closed the Fjord Station in 1995.",  # another organization
        "The ministry abolished the post of director in 1995.",  # a post, not the institute
        "The ministry never closed the institute.",  # negated
    ],
)
def test_no_dissolution_by_another(text: str) -> None:
    assert dissolutions(text) == []


# --- round 3: renames both ways, spin-offs, takeovers, splits, donations --------------------------


KESTREL = Identity("Kestrel Optics Limited", OrgKind.COMPANY, None)


@pytest.mark.parametrize(
    "text",
    [
        # rebranded into the present name: the name before is a previous name
        "1961 — incorporated as the Kestrel Lens Company. 1990 — rebranded Kestrel Optics Limited.",
        "It began in 1961 as the Kestrel Lens Company and was rebranded as Kestrel Optics in 1990.",
        # a legal form added to its own name is no new name; the name before it is previous
        "Known as the Kestrel Lens Company from 1961, it was later known as Kestrel Glassworks. "
        "In 1990 it was incorporated as Kestrel Optics Limited.",
        # "the company" is the organization; the new name is read after "reverted to"
        "Founded as Kestrel Glassworks in 1950, the company took the name Kestrel Lens Company in 1961 "
        "and reverted to Kestrel Optics Limited in 1990.",
    ],
)
def test_rebranded_and_reverted_names(text: str) -> None:
    found = previous_names(text, KESTREL)
    assert found and set(found) <= {"Kestrel Lens Company", "Kestrel Glassworks"}
    assert "Kestrel Optics" not in " ".join(found)


@pytest.mark.parametrize(
    "text",
    [
        # another organization rebranded: not this one's name
        "Its rival Falcon Lenses was rebranded Falcon Optics in 1990.",
        # a name it held later, with no rename into its present name: no previous name
        "It was rebranded Kestrel Photonics in 2001.",
        "Kestrel Optics Limited reverted to its original name in 1995.",
    ],
)
def test_no_previous_name_from_a_later_or_foreign_rebrand(text: str) -> None:
    assert previous_names(text, KESTREL) == []


def test_an_acronym_made_of_its_initials_is_the_organization() -> None:
    # nowhere defined, "KOL" is still Kestrel Optics Limited
    found = events("In 2003 KOL was divided among two companies — Kestrel Lenses AS and Kestrel Glass AS.", KESTREL)
    assert names_of(found, "resulting") == ["Kestrel Lenses AS", "Kestrel Glass AS"]


@pytest.mark.parametrize(
    ("text", "successors"),
    [
        (
            "In 2003 the institute was bifurcated into the Halden Soil Agency (HSA), which took over the maps and "
            "the archive, and Halden Geology Ltd, managed by the Fjord Bank and owned by the city.",
            ["Halden Soil Agency", "Halden Geology Ltd"],
        ),
        (
            "On 1 May 2003 HISR was divided between two bodies — the Halden Soil Agency and Halden Geology Ltd — "
            "while its debts went to the treasury.",
            ["Halden Soil Agency", "Halden Geology Ltd"],
        ),
        (
            "2003 — trifurcated into Halden Soil Agency, Halden Geology Ltd and the Fjord Peat Station.",
            ["Halden Soil Agency", "Halden Geology Ltd", "Fjord Peat Station"],
        ),
    ],
)
def test_split_of_the_organization_names_successors_and_ends_it(text: str, successors: list[str]) -> None:
    assert names_of(events(text), "resulting") == successors
    assert [d.date.year for d in dissolutions(text) if d.date] == [2003]


def test_a_split_of_its_parts_does_not_end_it() -> None:
    text = "In 2003 its laboratories were distributed among Halden Soil Agency and Halden Geology Ltd."
    assert names_of(events(text), "resulting") == ["Halden Soil Agency", "Halden Geology Ltd"]
    assert dissolutions(text) == []


@pytest.mark.parametrize(
    ("text", "successor"),
    [
        ("In 1999 the institute was donated to the University of Halden and ceased to exist.", "University of Halden"),
        ("1999 — handed over to the Fjord Research Council and dissolved.", "Fjord Research Council"),
        ("It was donated to Halden Geology Ltd in 1999 and was wound up.", "Halden Geology Ltd"),
    ],
)
def test_donated_and_ended_names_a_successor(text: str, successor: str) -> None:
    assert names_of(events(text), "resulting") == [successor]


@pytest.mark.parametrize(
    "text",
    [
        # a donation alone is a change of owner, not an end
        "In 1999 the institute was donated to the University of Halden.",
        "It was handed over to the Fjord Research Council in 1999, which has run it since.",
        # something else was donated
        "In 1999 its herbarium was donated to the University of Halden and the institute was dissolved.",
    ],
)
def test_no_successor_from_a_donation_alone(text: str) -> None:
    assert names_of(events(text), "resulting") == []


@pytest.mark.parametrize(
    "text",
    [
        # a spin-off's parent is no predecessor, the spun-off company no successor
        "Halden Geology Ltd was spun off from HISR in 1994.",
        "In 1994 it was spun off from the Fjord Research Council.",
        "HISR spun off its mapping unit as Halden Maps AS in 1994.",
        # a move of its seat names no organization
        "In 1935 the institute moved to Oslo; in 1960 it relocated to the Halden Science Park.",
    ],
)
def test_spin_offs_and_moves_name_no_predecessor_or_successor(text: str) -> None:
    found = events(text)
    assert names_of(found, "original") == [] and names_of(found, "resulting") == []


@pytest.mark.parametrize(
    ("text", "predecessor"),
    [
        (
            "On its founding it took over the Halden Soil Laboratory of the University of Oslo.",
            "Halden Soil Laboratory of the University of Oslo",
        ),
        (
            "HISR was set up in 1962, taking over the field stations of the Fjord Soil Bureau (FSB), which was "
            "abolished.",
            "Fjord Soil Bureau",
        ),
        ("1962 — the Fjord Peat Station in Bergen was merged into HISR.", "Fjord Peat Station"),
    ],
)
def test_what_it_took_over_is_a_predecessor(text: str, predecessor: str) -> None:
    assert names_of(events(text), "original") == [predecessor]


@pytest.mark.parametrize(
    "text",
    [
        # parts of another organization that goes on
        "In 1962 it took over the field stations of the Fjord Soil Bureau.",
        "It took over Fjord Soil Bureau's laboratories in 1962.",
        # taken over by another: an owner, not a predecessor
        "In 1980 it was taken over by Halden Geology Ltd.",
    ],
)
def test_no_predecessor_from_a_partial_takeover(text: str) -> None:
    assert names_of(events(text), "original") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was renamed the Halden Soil Bureau in 1950 and the Halden Institute for Soil Research in 1962.",
            ["Halden Soil Bureau"],
        ),
        (
            "The institute was renamed Halden Soil Bureau in 1950 and Halden Soil Laboratory on 1 May 1955. "
            "In 1962 it took its present name.",
            ["Halden Soil Bureau", "Halden Soil Laboratory"],
        ),
        # the second "and" names no organization with a date of its own: one rename only
        ("It was renamed Halden Soil Bureau in 1950 and Fjord Bank bought it.", []),
    ],
)
def test_two_renames_in_one_clause(text: str, expected: list[str]) -> None:
    assert previous_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Lund founded it in 1931 as the Halden Soil Laboratory. In 1962 it took its present name.",
        "The ministry created it in 1931 as the Halden Soil Laboratory of the university's geology department; "
        "in 1962 it took its present name.",
        "Professor Eva Lund established it as Halden Soil Laboratory in 1931, and it took its present name in 1962.",
    ],
)
def test_founded_with_the_organization_as_object(text: str) -> None:
    assert previous_names(text) == ["Halden Soil Laboratory"]


def test_founded_as_another_thing_it_is_not() -> None:
    # "it" here is the farm, and "as a …" names no organization
    assert previous_names("Lund bought a farm and founded it in 1931 as a soil station.") == []


def test_a_title_that_is_only_an_acronym_matches_the_name_of_its_initials() -> None:
    acronym_only = Identity("HIS-R", OrgKind.GOVERNMENT, None)
    text = "1931 — founded as the Halden Soil Office. 1962 — took the name Halden Institute for Soil – Research."
    assert previous_names(text, acronym_only) == ["Halden Soil Office"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "4 Jan. 2002 — incorporated as Kestrel Lens Company. 24 April 2023 — rebranded Kestrel Optics Limited.",
            DateValue(2023, 4, 24),
        ),
        (
            "• 4 Sept. 2002 — incorporated as Kestrel Lens Company.\n• 9 Feb. 2023 — took its present name.",
            DateValue(2023, 2, 9),
        ),
        ("- Jan. 4, 2002 — incorporated as Kestrel Lens Company; 2023 — renamed Kestrel Optics.", DateValue(2023)),
    ],
)
def test_dated_bullets_with_abbreviated_months(text: str, date: DateValue) -> None:
    assert [(e.previous_name, e.date) for e in events(text, KESTREL)] == [("Kestrel Lens Company", date)]


# --- round 3: classes of phrasing from other hands ---------------------------------------------

PEAT = Identity("Nordic Peat Council", OrgKind.GOVERNMENT, "NPC")


@pytest.mark.parametrize(
    "text",
    [
        "14/03/1931 – founded as the Halden Soil Bureau.\n02/09/1950 – renamed Halden Soil Laboratory.\n"
        "01/01/1962 – took its present name.",
        "1931-03-14: founded as the Halden Soil Bureau.\n1950-09-02: renamed Halden Soil Laboratory.\n"
        "1962-01-01: took its present name.",
        "14.03.1931 — founded as the Halden Soil Bureau.\n02.09.1950 — renamed Halden Soil Laboratory.\n"
        "01.01.1962 — took its present name.",
    ],
)
def test_numeric_dated_bullets_are_cut_at_their_dates(text: str) -> None:
    found = events(text)
    assert [e.previous_name for e in found] == ["Halden Soil Bureau", "Halden Soil Laboratory"]
    assert found[0].date is not None and found[0].date.year == 1950
    assert not any(e.previous_name and e.previous_name[0].isdigit() for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "• 1931 – the Halden Soil Laboratory (HSL) is set up.\n• 1962 – HSL becomes HISR.",
        "The Halden Soil Laboratory (HSL) opened in 1931. In 1962 HSL changes its name to HISR.",
        "In 1962 the Halden Soil Laboratory becomes the Halden Institute for Soil Research.",
    ],
)
def test_present_tense_rename_into_the_present_name(text: str) -> None:
    assert previous_names(text) == ["Halden Soil Laboratory"]


@pytest.mark.parametrize(
    "text",
    [
        "- 1 May 2001: formed by merging the Tarn Drainage Board, the Nordic Bog Office and the Peat Survey of "
        "Lapland.",
        "2001: created by the merger of the Tarn Drainage Board, the Nordic Bog Office and the Peat Survey of Lapland.",
        "The council was born from the merger of three bodies: the Tarn Drainage Board, the Nordic Bog Office and "
        "the Peat Survey of Lapland.",
        "NPC was formed in 2001 by merging the Tarn Drainage Board, the Nordic Bog Office and the Peat Survey of "
        "Lapland.",
    ],
)
def test_formed_by_merging_several_predecessors(text: str) -> None:
    found = events(text, PEAT)
    assert sorted(names_of(found, "original")) == ["Nordic Bog Office", "Peat Survey of Lapland", "Tarn Drainage Board"]
    assert not names_of(found, "resulting")


def test_became_an_institute_under_its_present_name() -> None:
    found = events(
        "1931: founded as the Halden Soil Bureau.\n1950: renamed Halden Soil Laboratory.\n"
        "1969: left the ministry and became an independent institute under its present name."
    )
    assert [e.previous_name for e in found] == ["Halden Soil Bureau", "Halden Soil Laboratory"]
    # "became an independent institute" alone names no name
    assert previous_names("1969: left the ministry and became an independent institute.") == []


@pytest.mark.parametrize("dash", [" – ", " — ", ": "])
def test_a_subtitle_after_its_own_name_is_the_present_name(dash: str) -> None:
    arvo = Identity("Arvo", OrgKind.NGO)
    text = f"2015: renamed Turku Soil Data Lab.\n2019: renamed Arvo{dash}Finnish Centre for Soil Data."
    found = events(text, arvo)
    assert [e.previous_name for e in found if e.previous_name] == ["Turku Soil Data Lab"]
    assert not names_of(found, "resulting")


@pytest.mark.parametrize(
    "text",
    [
        "The Halden Soil Laboratory took its present name in 1962.",
        "In 1962 the Halden Soil Laboratory adopted its present name.",
        "The Halden Soil Laboratory took its current name, Halden Institute for Soil Research, in 1962.",
    ],
)
def test_another_name_taking_its_present_name_is_an_earlier_name(text: str) -> None:
    assert previous_names(text) == ["Halden Soil Laboratory"]


def test_another_organization_taking_its_own_present_name_is_not_read() -> None:
    text = "1890: the Tarn Academy took its present name, University of Tarn, and the bureau moved."
    assert previous_names(text) == []


def test_it_after_a_sentence_about_an_earlier_name() -> None:
    text = "The Peat Council of Norway ran the state bogs from 1920. It became the Nordic Peat Council in 1970."
    assert previous_names(text, PEAT) == ["Peat Council of Norway"]
    # the sentence before names another kind of body: "It" is not read as it
    other = "The Ministry of Agriculture created a board in 1950. It became the Nordic Peat Council in 1970."
    assert previous_names(other, PEAT) == []


@pytest.mark.parametrize(
    "text",
    [
        "NPC was abolished on 1 April 1994. Its functions passed to the Peat Agency and the Bog Authority of Lapland.",
        "The council was dissolved in 1994; its responsibilities were transferred to two new bodies: the Peat "
        "Agency and the Bog Authority of Lapland.",
        "The council was wound up in 1994 and its functions were passed to the Peat Agency and the Bog Authority "
        "of Lapland.",
    ],
)
def test_functions_passed_to_successors_of_an_ended_organization(text: str) -> None:
    found = events(text, PEAT)
    assert sorted(names_of(found, "resulting")) == ["Bog Authority of Lapland", "Peat Agency"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1990 its functions passed to the Peat Agency and the Bog Authority of Lapland.",  # it goes on
        "In 1990 it was transferred to the Ministry of Agriculture. It was abolished in 1994.",  # a new owner
    ],
)
def test_functions_passed_without_an_end_name_no_successor(text: str) -> None:
    assert names_of(events(text, PEAT), "resulting") == []


def test_list_of_successors_keeps_and_inside_bracketed_names() -> None:
    text = (
        "NPC was dissolved in 1994. Its responsibilities passed to three new councils: the Peat and Bog Research "
        "Council (PBRC), the Soil and Water Council (SWC) and the Drainage and Tarn Council (DTC)."
    )
    assert sorted(names_of(events(text, PEAT), "resulting")) == [
        "Drainage and Tarn Council",
        "Peat and Bog Research Council",
        "Soil and Water Council",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "HISR closed its doors on 29 September 1995.",
        "1995: closed its doors after its funding was withdrawn.",
    ],
)
def test_closed_its_doors_is_a_dissolution(text: str) -> None:
    assert [d.date.year for d in dissolutions(text) if d.date] == [1995]


def test_closed_its_doors_of_something_else_is_not_read() -> None:
    assert dissolutions("In 1995 the Tarn Museum closed its doors and the collection moved to HISR.") == []


@pytest.mark.parametrize(
    "text",
    [
        "1998: renamed Halden Global Soil Institute.\n2004: the original name, HISR, was restored.",
        "It was renamed Halden Global Soil Institute in 1998 and reverted to its original name in 2004.",
        "1998: renamed Halden Global Soil Institute.\n2004: returned to its original name.",
    ],
)
def test_a_restored_name_makes_the_name_between_a_previous_name(text: str) -> None:
    assert previous_names(text) == ["Halden Global Soil Institute"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was originally called the Halden Soil Bureau.", ["Halden Soil Bureau"]),
        ("Originally named Halden Soil Bureau, it took its present name in 1962.", ["Halden Soil Bureau"]),
        (
            "It took its present name in 1962; before that it was the Halden Soil Laboratory.",
            ["Halden Soil Laboratory"],
        ),
        (
            "HISR was known successively as the Halden Soil Bureau, the Halden Soil Office and then the Halden Soil "
            "Laboratory.",
            ["Halden Soil Bureau", "Halden Soil Office", "Halden Soil Laboratory"],
        ),
        ("It was formerly the Institut d'Études Pédologiques de Halden.", ["Institut d'Études Pédologiques de Halden"]),
    ],
)
def test_earlier_names_after_a_cue(text: str, expected: list[str]) -> None:
    assert sorted(previous_names(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "It was originally part of the Ministry of Agriculture.",
        "It was originally a department of the Tarn Academy.",
        "It was originally located in Bergen.",
        "The Tarn Academy was originally called the Tarn School.",  # another organization's name
        "It was never called the Halden Soil Bureau.",
    ],
)
def test_earlier_name_cues_without_a_name_of_its_own(text: str) -> None:
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1931: founded as a private laboratory, the Halden Soil Bureau, by two farmers.\n"
        "1950: the laboratory was renamed Halden Soil Laboratory.\n1962: took its present name.",
        "It was set up in 1931 as a small school called the Halden Soil Bureau. In 1950 the school was renamed "
        "Halden Soil Laboratory, and in 1962 it took its present name.",
    ],
)
def test_founded_as_a_kind_then_its_name(text: str) -> None:
    assert previous_names(text) == ["Halden Soil Bureau", "Halden Soil Laboratory"]


def test_a_noun_the_text_never_uses_for_it_is_another_body() -> None:
    # "the school" is not the organization when the text never calls it a school
    text = "1931: founded as the Halden Soil Bureau.\n1950: the school was renamed Tarn Agricultural College."
    found = events(text)
    assert [e.previous_name for e in found] == ["Halden Soil Bureau"]  # its founding name only
    assert all("Tarn" not in e.text for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "HISR was founded on 2 May 1931 by the Ministry of Agriculture, with the chemist Ola Berg as its first "
        "head, as the Halden Soil Bureau.",
        "It was set up in 1931 by two farmers, with Kari Dahl as director, under the name Halden Soil Bureau.",
    ],
)
def test_founded_as_at_the_end_after_another_as(text: str) -> None:
    assert previous_names(text) == ["Halden Soil Bureau"]


def test_an_as_in_the_middle_is_not_a_founding_name() -> None:
    # "as its first head" is the person's role; nothing names the organization
    assert previous_names("HISR was founded in 1931 with Ola Berg as its first head, and grew fast.") == []


def test_the_intros_single_former_name_precedes_the_first_rename() -> None:
    identity = Identity("Halden Institute for Soil Research", OrgKind.GOVERNMENT, "HISR", former_names=("Soil Bureau",))
    text = "- 1950: renamed Halden Soil Laboratory\n- 1962: renamed Halden Institute for Soil Research"
    assert previous_names(text, identity) == ["Soil Bureau", "Halden Soil Laboratory"]
    # not when the History field itself gives the earlier name
    founded = "Founded in 1931 as the Halden Soil Bureau. " + text
    assert "Soil Bureau" not in previous_names(founded, identity)


@pytest.mark.parametrize(
    "text",
    [
        "1990: sold to Tarn Research Institute.\n1995: merged into Tarn; it ceased to exist.",
        "In 1995 the owners handed HISR to Tarn Research Institute, and HISR was merged into Tarn.",
    ],
)
def test_a_short_successor_name_is_the_longer_one_in_the_text(text: str) -> None:
    assert names_of(events(text), "resulting") == ["Tarn Research Institute"]


def test_a_short_successor_name_with_two_longer_ones_stays_short_or_unread() -> None:
    text = "Tarn Research Institute and Tarn Data Centre bid for it. In 1995 HISR was merged into Tarn."
    assert "Tarn Research Institute" not in names_of(events(text), "resulting")


@pytest.mark.parametrize(
    "taking",
    [
        "took over most of the research functions of the Tarn Drainage Board, which was wound up in 1950",
        "took over the Tarn Drainage Board",
        "took over all of the field stations of the Tarn Drainage Board, which was abolished",
    ],
)
def test_what_an_earlier_name_took_over_is_a_predecessor(taking: str) -> None:
    text = f"The Peat Council of Norway {taking}. It became the Nordic Peat Council in 1970."
    found = events(text, PEAT)
    assert names_of(found, "original") == ["Tarn Drainage Board"]


def test_what_another_body_took_over_is_not_a_predecessor() -> None:
    text = "The Peat Council of Norway took over the Tarn Drainage Board in 1950. NPC was founded in 1970."
    assert names_of(events(text, PEAT), "original") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In 1962 it was renamed from the Halden Soil Laboratory to the Halden Institute for Soil Research.",
            ["Halden Soil Laboratory"],
        ),
        ("In 1962 it was renamed from the Halden Soil Laboratory.", ["Halden Soil Laboratory"]),
        (
            "In 1950 it changed its name from the Halden Soil Bureau to the Halden Soil Laboratory, and in 1962 it "
            "took its present name.",
            ["Halden Soil Bureau", "Halden Soil Laboratory"],
        ),
        ("1962: its name was changed from Halden Soil Laboratory (HSL) to HISR.", ["Halden Soil Laboratory"]),
    ],
)
def test_renamed_from_x_to_y(text: str, expected: list[str]) -> None:
    assert previous_names(text) == expected


def test_renamed_from_another_subject_is_not_read() -> None:
    assert previous_names("In 1962 the Tarn Academy was renamed from Tarn School to Tarn College.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The former Halden Soil Laboratory took its present name in 1962.",
        "In 1962 the former Halden Soil Laboratory was renamed HISR.",
    ],
)
def test_the_former_x_as_subject_is_an_earlier_name(text: str) -> None:
    assert previous_names(text) == ["Halden Soil Laboratory"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Until 1962 it was known as the Halden Soil Laboratory.", ["Halden Soil Laboratory"]),
        ("Until March 1962, it was called Halden Soil Laboratory.", ["Halden Soil Laboratory"]),
        ("Originally the Halden Soil Laboratory, it took its present name in 1962.", ["Halden Soil Laboratory"]),
        ("HISR, formerly the Halden Soil Laboratory, took its present name in 1962.", ["Halden Soil Laboratory"]),
        (
            "Former names: Halden Soil Bureau (1931–1950); Halden Soil Laboratory (1950–1962).",
            ["Halden Soil Bureau", "Halden Soil Laboratory"],
        ),
        (
            "Its former names were the Halden Soil Bureau and the Halden Soil Laboratory.",
            ["Halden Soil Bureau", "Halden Soil Laboratory"],
        ),
        ("Until 1962 it was the Halden Soil Laboratory.", ["Halden Soil Laboratory"]),
    ],
)
def test_more_earlier_name_cues(text: str, expected: list[str]) -> None:
    assert sorted(previous_names(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "It was formerly Oslo-based.",
        "Until 1990 it was under the Ministry of Agriculture.",
        "Until 1990 it was Norway's largest soil laboratory.",
        "The Tarn Board, formerly the Tarn Office, was merged into HISR.",  # the board's name
        "The board's former names were Tarn Office and Tarn Bureau.",
        "Until 1990 it was Tarn.",  # one word after a bare cue: not sure it is a name
    ],
)
def test_earlier_name_cues_of_other_things(text: str) -> None:
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 1962 the Halden Soil Bureau and the Tarn Soil Office merged to form HISR.",
        "1962: the Halden Soil Bureau and the Tarn Soil Office were combined into the Halden Institute for Soil "
        "Research.",
        "It was created in 1962 through the amalgamation of the Halden Soil Bureau and the Tarn Soil Office.",
        "HISR was set up in 1962 by the fusion of the Halden Soil Bureau and the Tarn Soil Office.",
    ],
)
def test_organizations_merged_to_form_it_are_predecessors(text: str) -> None:
    found = events(text)
    assert sorted(names_of(found, "original")) == ["Halden Soil Bureau", "Tarn Soil Office"]
    assert [e.date for e in found] == [DateValue(1962)] * 2


@pytest.mark.parametrize(
    "text",
    [
        "The Halden Soil Bureau and the Tarn Soil Office merged to form the Nordic Soil Agency.",
        "The Halden Soil Bureau and the Tarn Soil Office never merged into HISR.",
        "Soil scientists and farmers united to form HISR.",  # not organizations
    ],
)
def test_merged_to_form_another_or_denied_gives_no_predecessor(text: str) -> None:
    assert names_of(events(text), "original") == []


@pytest.mark.parametrize(
    "text, successor",
    [
        ("In 1999 HISR was subsumed into the Nordic Soil Agency.", "Nordic Soil Agency"),
        ("1999: incorporated into the Nordic Soil Agency.", "Nordic Soil Agency"),
        ("In 1999 the institute gave way to the Nordic Soil Agency.", "Nordic Soil Agency"),
    ],
)
def test_more_successor_verbs(text: str, successor: str) -> None:
    assert names_of(events(text), "resulting") == [successor]


@pytest.mark.parametrize(
    "text", ["HISR was wound down in 1999.", "1999: ceased to operate.", "In 1999 the institute went into liquidation."]
)
def test_more_dissolution_verbs(text: str) -> None:
    assert [d.date for d in dissolutions(text)] == [DateValue(1999)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "It was formed in 2005 by the merger of the Klinikum Nord of Universität Tarn and the Spital Süd of the "
            "Freie Hochschule Halden.",
            ["Klinikum Nord", "Spital Süd"],
        ),
        ("In 1968 it took over the Institut für Bodenkunde of the University of Halden.", ["Institut für Bodenkunde"]),
        (
            "It was formed by the merger of the Faculté de Pédologie of the Université de Tarn and the Tarn Soil "
            "Office.",
            ["Faculté de Pédologie", "Tarn Soil Office"],
        ),
    ],
)
def test_a_part_named_before_of_and_its_university_is_the_part(text: str, expected: list[str]) -> None:
    assert sorted(names_of(events(text), "original")) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 1968 it took over the Medical School of Tarn University.", ["Medical School of Tarn University"]),
        ("In 1968 it took over the National Soil Laboratory of Norway.", ["National Soil Laboratory of Norway"]),
        (
            "It was formed by the merger of the Faculty of Agriculture of the University of Tarn and the Tarn Soil "
            "Office.",
            ["Faculty of Agriculture of the University of Tarn", "Tarn Soil Office"],
        ),
    ],
)
def test_a_name_with_of_and_an_owner_it_needs_keeps_it(text: str, expected: list[str]) -> None:
    assert sorted(names_of(events(text), "original")) == sorted(expected)


@pytest.mark.parametrize(
    "change",
    [
        "privatised and listed on the Oslo Stock Exchange as Halden Soil ASA",
        "floated in 1990 as Halden Soil ASA",
        "corporatised as Halden Soil ASA",
    ],
)
def test_a_status_change_under_a_name_gives_the_name_in_use(change: str) -> None:
    identity = Identity("Nordic Soil Group ASA", OrgKind.COMPANY, "NSG")
    text = (
        f"1931: founded as the Halden Soil Bureau.\n1990: {change}.\n2004: the company was renamed Tarn Soil ASA.\n"
        "2010: took its present name."
    )
    assert previous_names(text, identity) == ["Halden Soil ASA", "Tarn Soil ASA", "Halden Soil Bureau"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1990 it was listed as a heritage site.",
        "It was privatised in 1990 and is listed on the Oslo Stock Exchange.",
        "In 1990 its shares were floated as part of the Norwegian reform.",
    ],
)
def test_a_status_change_without_a_name_gives_none(text: str) -> None:
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "identity, short",
    [
        (Identity("Empresa Nacional de Pesquisa Florestal", OrgKind.GOVERNMENT), "Enapef"),
        (Identity("Petróleos Noruegos", OrgKind.COMPANY), "Petronor"),
    ],
)
def test_a_syllabic_short_name_is_the_organization(identity: Identity, short: str) -> None:
    text = (
        f"{short} was installed in 1973, taking over the field units of the Tarn Forest Service, which was abolished."
    )
    assert names_of(events(text, identity), "original") == ["Tarn Forest Service"]


@pytest.mark.parametrize("short", ["Enap", "Empresa", "Florestal", "Enaflor"])
def test_a_word_that_is_no_syllabic_short_name_is_another(short: str) -> None:
    identity = Identity("Empresa Nacional de Pesquisa Florestal", OrgKind.GOVERNMENT)
    text = (
        f"{short} was installed in 1973, taking over the field units of the Tarn Forest Service, which was abolished."
    )
    assert names_of(events(text, identity), "original") == []


@pytest.mark.parametrize(
    "text, predecessors",
    [
        ("HISR absorbed the Tarn Soil Office in 1990.", ["Tarn Soil Office"]),
        ("HISR is the successor to the Tarn Soil Office.", ["Tarn Soil Office"]),
        ("Its predecessor was the Tarn Soil Office.", ["Tarn Soil Office"]),
        (
            "Its predecessors were the Tarn Soil Office and the Halden Bog Board.",
            ["Halden Bog Board", "Tarn Soil Office"],
        ),
    ],
)
def test_predecessor_phrasings(text: str, predecessors: list[str]) -> None:
    assert sorted(names_of(events(text), "original")) == predecessors


@pytest.mark.parametrize(
    "text",
    [
        "In 1990 it absorbed its rival.",
        "In 1990 it absorbed much of the staff of the Tarn Soil Office.",
        "The Tarn Board was abolished in 1950; its predecessor was the Tarn Commission.",
        "The Tarn Board is the successor of the Tarn Commission.",
        "Hugo Berg succeeded Ola Dahl as director in 2001.",
        "It succeeded in raising funds.",
    ],
)
def test_predecessor_phrasings_about_others(text: str) -> None:
    assert names_of(events(text), "original") == []


@pytest.mark.parametrize(
    "text",
    [
        "HISR was absorbed in 1990 by the Nordic Soil Agency.",
        "HISR was replaced on 1 May 1990 by the Nordic Soil Agency.",
    ],
)
def test_a_date_inside_the_verb_phrase_dates_the_event(text: str) -> None:
    [event] = events(text)
    assert event.resulting == Mention("Nordic Soil Agency", "organization") and event.date and event.date.year == 1990


def test_it_as_the_object_of_a_relative_clause_is_not_the_subject() -> None:
    assert events("The ministry that oversees it was renamed in 2001 the Ministry of Soil.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Between 1950 and 1962 it was called the Halden Soil Laboratory.",
        "From 1950 to 1962, it was known as the Halden Soil Laboratory.",
        "It was known as the Halden Soil Laboratory from 1950 to 1962.",
        "It was known as the Halden Soil Laboratory (1950–1962).",
        "Known as the Halden Soil Laboratory until 1962, it then took its present name.",
        "1950 — name changed to Halden Soil Laboratory.\n1962 — name changed to HISR.",
    ],
)
def test_a_name_for_a_time_that_ended(text: str) -> None:
    assert previous_names(text) == ["Halden Soil Laboratory"]


def test_also_known_as_is_no_earlier_name() -> None:
    assert previous_names("It is also known as the Halden Soil Lab.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "1931–1950: Halden Soil Bureau\n1950–1962: Halden Soil Laboratory\n1962–present: Halden Institute for "
            "Soil Research",
            ["Halden Soil Bureau", "Halden Soil Laboratory"],
        ),
        (
            "- 1931-1950 — the Instituto de Solos de Halden.\n- 1950-1962 — Halden Soil Board",
            ["Instituto de Solos de Halden", "Halden Soil Board"],
        ),
    ],
)
def test_a_timeline_of_names(text: str, expected: list[str]) -> None:
    assert previous_names(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "1939–1945: World War II",
        "1939–1945: requisitioned by the army",
        "1950–1962: Tarn",
        "1950–1962: Agricultural Reform",
        "1950–1962: Halden Soil Bureau and the Tarn Office shared a building",
    ],
)
def test_a_timeline_line_that_names_no_organization(line: str) -> None:
    assert previous_names(line) == []


def test_a_history_verb_about_it_that_gave_no_event_is_reported() -> None:
    text = (
        "In 1950 it was renamed the Halden Soil Laboratory. In 1970 it replaced its old building.\n"
        "Hugo Berg succeeded Ola Dahl as director. It was not dissolved."
    )
    found = history_findings(text, read_events(text, ORG))
    assert [(f.code, f.needle) for f in found] == [("extract.history-unread", "In 1970 it replaced its old building.")]
    assert all(f.severity is Severity.INFO for f in found)


def test_history_findings_are_quiet_when_every_sentence_gave_its_event() -> None:
    text = "1950: renamed Halden Soil Laboratory.\n1962: took its present name.\n1999: merged into the Tarn Agency."
    assert history_findings(text, read_events(text, ORG)) == []


# --- round 4: whole names or none (lists inside names, two names joined by "and") ------------


@pytest.mark.parametrize(
    ("text", "successor"),
    [
        (
            "In 2019 it was replaced by the Ministerio de Cultura, Deportes y Juventud (MCDJ), a ministry.",
            "Ministerio de Cultura, Deportes y Juventud",
        ),
        (
            "It was merged into the Council for Arts, Heritage and Language (CAHL) in 2011.",
            "Council for Arts, Heritage and Language",
        ),
        (
            "1998 — succeeded by the Ministère de la Culture, Jeunesse et Sports (MCJS).",
            "Ministère de la Culture, Jeunesse et Sports",
        ),
    ],
)
def test_a_list_inside_a_name_its_acronym_confirms_is_kept_whole(text: str, successor: str) -> None:
    assert names_of(events(text), "resulting") == [successor]


@pytest.mark.parametrize(
    "text",
    [
        # no acronym: the name may be "Ministerio de Cultura" or the whole; neither is certain
        "In 2019 it was replaced by the Ministerio de Cultura, Deportes y Juventud, a ministry.",
        "It was merged into the Council for Arts, Heritage and Language in 2011.",
        # an acronym that fits the start only
        "It was succeeded by the Ministry of Culture, Youth and Sport (MOC).",
    ],
)
def test_a_list_inside_a_name_never_gives_a_cut_name(text: str) -> None:
    found = names_of(events(text), "resulting")
    assert not any(name.endswith(("Cultura", "Arts", "Culture")) for name in found)
    assert found == []


def test_a_comma_before_a_place_still_ends_the_name() -> None:
    assert names_of(events("In 1990 it was merged into the Ministry of Health, Dublin."), "resulting") == [
        "Ministry of Health"
    ]


@pytest.mark.parametrize(
    ("text", "predecessors"),
    [
        (
            "It was formed in 1980 by the merger of the University of Tarn and Halden University.",
            ["University of Tarn", "Halden University"],
        ),
        (
            "HISR was created in 1975 by the amalgamation of the Board of Agriculture and Soil Survey Institute.",
            ["Board of Agriculture", "Soil Survey Institute"],
        ),
        (
            "The institute was set up in 2001 by uniting the College of Mines and Northern Technical College.",
            ["College of Mines", "Northern Technical College"],
        ),
        (
            "It was formed by the combination of the Institute of Soils and Bog Research Council.",
            ["Institute of Soils", "Bog Research Council"],
        ),
    ],
)
def test_and_between_two_whole_organizations_splits_them(text: str, predecessors: list[str]) -> None:
    assert names_of(events(text), "original") == predecessors


@pytest.mark.parametrize(
    ("text", "predecessor"),
    [
        # "and" inside one name: no split, and never a fragment ("University", "Institute")
        ("It was formed in 1980 by the merger of the Institute of Geological and Nuclear Sciences.", None),
        ("It was created by the merger of the University of Arts and Sciences and the Tarn College.", None),
    ],
)
def test_no_fragment_is_a_predecessor(text: str, predecessor: str | None) -> None:
    found = names_of(events(text), "original")
    assert "University" not in found and "Institute" not in found
    assert not any(name in {"Arts", "Sciences", "Nuclear Sciences"} for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "It was dissolved in 1994; its remaining tasks passed to the Federal Office for Special Tasks (FOST).",
        "The institute was abolished in 2003, and its research functions were transferred to the Tarn Soil Agency.",
        "It was wound up in 1999: its residual responsibilities passed to the Halden County Council.",
    ],
)
def test_its_parts_with_a_word_before_the_noun_passed_to_a_successor(text: str) -> None:
    assert len(names_of(events(text), "resulting")) == 1


def test_its_parts_passed_to_without_an_ending_give_no_successor() -> None:
    assert (
        names_of(events("In 1994 its remaining tasks passed to the Federal Office for Special Tasks."), "resulting")
        == []
    )


@pytest.mark.parametrize(
    ("text", "successor"),
    [
        (
            "It was dissolved in 1994; its remaining tasks passed to the Bundesanstalt für besondere Aufgaben (BbA).",
            "Bundesanstalt für besondere Aufgaben",
        ),
    ],
)
def test_a_bracketed_acronym_that_fits_every_word_closes_a_name_with_lowercase_words(text: str, successor: str) -> None:
    from orgkg.extract.history import name_at

    span = name_at("the Bundesanstalt für besondere Aufgaben (BbA).")
    assert span is not None and span.name == successor and span.acronym == "BbA"
    assert name_at("the Bundesanstalt für besondere Aufgaben (XYZ).") is None


# --- round 5: "the <noun>" of a compound name, "formed the <noun> as", "changed to its present name" ----


@pytest.mark.parametrize(
    ("identity", "text", "previous"),
    [
        (
            Identity("Stadtmuseum Halden", OrgKind.GOVERNMENT, None),
            "The museum was founded in 1880 as the Halden Art Room.",
            "Halden Art Room",
        ),
        (
            Identity("Nordbank Halden", OrgKind.COMPANY, None),
            "The bank opened in Tarn in 1850 as the Tarn Savings Office.",
            "Tarn Savings Office",
        ),
        (
            Identity("Fjordforskningsråd", OrgKind.GOVERNMENT, None),
            "Founded in 1950 as the Fjord Committee, the råd was renamed in 1970.",
            "Fjord Committee",
        ),
    ],
)
def test_the_head_of_a_compound_name_is_the_organization(identity: Identity, text: str, previous: str) -> None:
    assert previous in [e.previous_name for e in events(text, identity)]


def test_a_head_noun_not_in_its_name_is_another_body() -> None:
    identity = Identity("Halden Research Council", OrgKind.GOVERNMENT, None)
    assert events("The museum was founded in 1880 as the Halden Art Room.", identity) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three soil chemists formed the institute in Halden in 1931 as the Halden Soil Bureau.",
        "The county council set up the institute in 1931 as the Halden Soil Bureau; it was renamed in 1962.",
        "A group of farmers founded the institute as the Halden Soil Bureau in 1931.",
    ],
)
def test_founded_the_organization_as_an_object_gives_the_first_name(text: str) -> None:
    assert "Halden Soil Bureau" in [e.previous_name for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Three chemists formed the laboratory in 1931 as the Halden Soil Bureau.",  # not its noun
        "The county founded the museum in 1931 as the Halden Soil Bureau.",
    ],
)
def test_founded_another_noun_as_gives_no_name(text: str) -> None:
    assert [e.previous_name for e in events(text) if e.previous_name] == []


@pytest.mark.parametrize(
    "text",
    [
        "It was set up in 1931 as the Halden Soil Bureau. In 1970 it changed to its present name.",
        "The Halden Soil Bureau changed to its current name in 1970.",
        "Set up in 1931 as the Halden Soil Bureau, the institute made the change to its present name in 1970.",
    ],
)
def test_a_change_to_its_present_name(text: str) -> None:
    found = events(text)
    assert [e.previous_name for e in found if e.previous_name] == ["Halden Soil Bureau"]


@pytest.mark.parametrize(
    ("text", "predecessors"),
    [
        (
            "It carries on the work of the Fjord Peat Station, the Tarn Clay Office and the Nordic Bog Board, which "
            "were merged into it in 1962.",
            ["Fjord Peat Station", "Tarn Clay Office", "Nordic Bog Board"],
        ),
        (
            "HISR took over from two older bodies, the Fjord Peat Station (FPS) and the Nordic Clay Office (NCO), "
            "which were merged into the institute.",
            ["Fjord Peat Station", "Nordic Clay Office"],
        ),
        (
            "Its staff came from the Fjord Peat Station and the Nordic Clay Office, which had been merged into HISR.",
            ["Fjord Peat Station", "Nordic Clay Office"],
        ),
        # singular: the last name alone
        (
            "It began beside the Fjord Peat Station and the Nordic Clay Office, which was merged into it.",
            ["Nordic Clay Office"],
        ),
    ],
)
def test_a_plural_relative_after_a_list_merged_into_it(text: str, predecessors: list[str]) -> None:
    assert names_of(events(text), "original") == predecessors


def test_a_list_merged_into_another_gives_no_predecessor() -> None:
    text = "The Fjord Peat Station and the Nordic Clay Office, which were merged into the Tarn Soil Agency, closed."
    assert names_of(events(text), "original") == []


# --- a merger line closed by a colon, the merged bodies as bullets ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The institute was created in 1962, when three bodies were merged into one body:\n"
        "- Halden Soil Bureau, set up in 1931;\n- Office of Bog Survey (OBS), 1940;\n- Tarn Drainage Board, 1951.",
        "HISR was formed by the merger of the following agencies:\n"
        "• Halden Soil Bureau\n• Office of Bog Survey (OBS)\n• Tarn Drainage Board",
        "In 1962 it was set up when the state's soil services were combined into a single agency:\n"
        "* Halden Soil Bureau (1931)\n* Office of Bog Survey (OBS) (1940)\n* Tarn Drainage Board (1951)",
    ],
)
def test_bulleted_merger_list_gives_predecessors(text: str) -> None:
    found = [e for e in events(text) if e.kind == "predecessor"]
    assert sorted(names_of(found, "original")) == ["Halden Soil Bureau", "Office of Bog Survey", "Tarn Drainage Board"]


def test_bulleted_merger_list_keeps_a_sentence_case_name_with_its_acronym() -> None:
    text = (
        "The Council was set up in 1993, when two councils were merged into one body:\n"
        "- Halden jordforskningsråd (HJR), 1950;\n- Tarn Drainage Board, 1951."
    )
    found = events(text, Identity("Halden Council for Soil Research", OrgKind.GOVERNMENT))
    assert sorted(names_of(found, "original")) == ["Halden jordforskningsråd", "Tarn Drainage Board"]


@pytest.mark.parametrize(
    "text",
    [
        # the merger is not about the organization
        "In 1975 the two regional laboratories were merged into a single unit:\n"
        "- Halden Soil Bureau\n- Tarn Drainage Board",
        # one bullet is no organization's name: not sure the list is the merger's
        "HISR was formed by the merger of:\n- Halden Soil Bureau\n- soil mapping and drainage work",
        # a sentence-case name without an acronym is no name
        "HISR was formed by the merger of:\n- Halden soil bureau\n- Tarn Drainage Board",
        # negated
        "HISR was never merged into one body:\n- Halden Soil Bureau\n- Tarn Drainage Board",
    ],
)
def test_bulleted_merger_list_negatives(text: str) -> None:
    assert not [e for e in events(text) if e.kind == "predecessor"]


def test_merger_list_run_into_the_line_after_its_colon() -> None:
    text = (
        "HISR was set up in 1962 through the amalgamation of: Halden Soil Bureau, founded 1931; "
        "Office of Bog Survey (OBS), 1940; Tarn Drainage Board, 1951. It moved to Tarn in 1980."
    )
    found = [e for e in events(text) if e.kind == "predecessor"]
    assert sorted(names_of(found, "original")) == ["Halden Soil Bureau", "Office of Bog Survey", "Tarn Drainage Board"]


# --- round 14: the intro's ending with its successor; bankruptcy ends a company ---------------


def _profile_facts(intro: str, *fields: tuple[str, str]) -> list[object]:
    from orgkg.extract import extract
    from orgkg.parse import parse_profile

    lines = ["Halden Institute for Soil Research", "| ||||", "|", intro]
    for heading, body in fields:
        lines += [heading, body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "hisr.txt"))
    return [f for field in facts.fields for f in field.facts]


@pytest.mark.parametrize(
    ("intro", "successor"),
    [
        (
            "The Halden Institute for Soil Research was a research body. In 1994 it merged with the Bog "
            "Office to form the Nordic Land Agency and thereupon ceased to exist.",
            "Nordic Land Agency",
        ),
        (
            "The Halden Institute for Soil Research was a public laboratory; in 2001 it was amalgamated with "
            "the Fen Council to create the Tarn Land Authority, and was dissolved.",
            "Tarn Land Authority",
        ),
        # Negative: an ending without a merger names no successor; a partner is never one.
        ("The Halden Institute for Soil Research was a public laboratory. It was abolished in 2001.", None),
    ],
)
def test_the_intros_ending_brings_its_own_successor(intro: str, successor: str | None) -> None:
    found = _profile_facts(intro, ("Mission", "Soil science."))
    assert any(isinstance(f, Dissolution) for f in found)
    made = [f.resulting.name for f in found if isinstance(f, ChangeEvent) and f.resulting]
    assert made == ([successor] if successor else [])


def test_an_intro_merger_without_an_ending_is_left_to_history() -> None:
    intro = (
        "The Halden Institute for Soil Research is a research body. In 1994 it merged with the Bog Office "
        "to form the Nordic Land Agency."
    )
    found = _profile_facts(intro, ("Mission", "Soil science."))
    assert not any(isinstance(f, ChangeEvent) and f.resulting for f in found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The institute was declared bankrupt on 15 March 1996.", DateValue(1996, 3, 15)),
        ("HISR was adjudged bankrupt in 1931, after heavy losses.", DateValue(1931)),
        ("In 2002 the institute was declared bankrupt by the district court.", DateValue(2002)),
    ],
)
def test_a_bankruptcy_ends_the_organization(text: str, date: DateValue) -> None:
    assert [d.date for d in dissolutions(text)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The Bog Office was declared bankrupt in 1996.",
        "HISR filed for bankruptcy protection in 1996 and continued to trade.",
    ],
)
def test_another_bankruptcy_or_a_filing_ends_nothing(text: str) -> None:
    assert dissolutions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "HISR was, according to its annual report, dissolved in 2004.",
        "The institute appears to have been dissolved in 2004.",
        "HISR was, it seems, wound up in 2004.",
    ],
)
def test_a_hedged_ending_is_still_the_organizations(text: str) -> None:
    assert [d.date for d in dissolutions(text)] == [DateValue(2004)]


def test_a_hedged_ending_of_another_body_is_not_ours() -> None:
    assert dissolutions("The Bog Office was, according to its annual report, dissolved in 2004.") == []
