"""The field-status layer (extract/status.py): the status is decided before any value reader."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import NOT_PUBLIC, read_status, status_of_text, status_phrases
from orgkg.model import Budget, Coordinator, Field, FieldStatus, Item, Parent, Profile

NONE, NA, NOT_PUBLIC_S, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_APPLICABLE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.STATED,
)


def _profile(*fields: tuple[str, list[str]]) -> Profile:
    built = []
    line = 3
    for name, lines in fields:
        items = []
        for n, text in enumerate(lines):
            bullet = text.startswith("- ")
            items.append(Item(line + 1 + n, text[2:] if bullet else text, bullet))
        built.append(Field(name, line, tuple(items)))
        line += len(lines) + 1
    return Profile("t.txt", "t", "", "Example Agency", 1, "The Example Agency is an agency.", 2, tuple(built))


def _field(profile: Profile, name: str):  # type: ignore[no-untyped-def]
    facts = extract(profile)
    return next(f for f in facts.fields if f.name == name)


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("N/A", "Parent organization", NA),
        ("n/a.", "Leader", NA),
        ("N/A — the trust spends from an endowment of £12 billion.", "Last total enacted budget", NA),
        ("N/A (closed in 1999)", "Last total enacted budget", NA),
        ("Not applicable.", "Legislation", NA),
        ("Not applicable: a private company has no founding statute.", "Legislation", NA),
        ("not applicable; the lab closed in 2001", "Headquarters address", NA),
        ("None", "Partners", NONE),
        ("None; the bureau is a free-standing agency.", "Parent organization", NONE),
        ("None. The council was set up by royal charter.", "Legislation", NONE),
        ("None – it is a self-governing association.", "Parent organization", NONE),
        ("No parent organization.", "Parent organization", NONE),
        ("No formal partners", "Partners", NONE),
        ("No statute: a cabinet resolution created it in 1961.", "Legislation", NONE),
        ("—", "Legislation", NONE),
        ("-", "Divisions", NONE),
        ("Nil", "Staff", NONE),
        ("There is no parent body; the board governs itself.", "Parent organization", NONE),
        ("There are no separate divisions.", "Divisions", NONE),
        ("The institute has no employees of its own.", "Staff", NONE),
        ("The museum has no parent organization; it answers to its trustees.", "Parent organization", NONE),
        ("Independent.", "Parent organization", NONE),
        ("The society is independent, though largely funded by the state.", "Parent organization", NONE),
        ("Unknown", "Number of employees", NOT_PUBLIC_S),
        ("unknown.", "Last total enacted budget", NOT_PUBLIC_S),
        ("Not disclosed.", "Number of employees", NOT_PUBLIC_S),
        (
            "Not publicly specified as a single figure; the group reports revenue instead.",
            "Last total enacted budget",
            NOT_PUBLIC_S,
        ),
        ("Not publicly available", "Last total enacted budget", NOT_PUBLIC_S),
        ("The company does not disclose its research budget.", "Last total enacted budget", NOT_PUBLIC_S),
        ("Its headcount is not published.", "Number of employees", NOT_PUBLIC_S),
        ("The foundation does not have a published budget.", "Last total enacted budget", NA),
    ],
)
def test_status_phrases_decide(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        # a "not X but Y" sentence states Y
        ("The office is not under a ministry but is hosted by the National Academy.", "Parent organization"),
        ("The network has no legal parent but is coordinated by the Ministry of Trade.", "Parent organization"),
        # look-alikes of a negation
        ("No fewer than 400 researchers (2022)", "Number of employees"),
        ("The agency has no fewer than 900 staff.", "Number of employees"),
        ("No. 7 Harbour Street, Leith", "Headquarters address"),
        ("No 10 Downing Street, London", "Headquarters address"),
        ("Nokia Corporation", "Parent organization"),
        ("Nonprofit Holdings plc", "Parent organization"),
        ("Northern Telecom Limited", "Parent organization"),
        ("—the Board of Trade", "Parent organization"),
        # "independent" is only about a parent when it is the predicate
        ("An independent agency within the Department of Energy.", "Parent organization"),
        # a stated value
        ("Department of Transport", "Parent organization"),
        ("€1.2bn (2023)", "Last total enacted budget"),
    ],
)
def test_stated_values_stay_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


@pytest.mark.parametrize(
    "text, heading",
    [
        # one negation in a story is a detail of it, not the field's status
        ("The council had no permanent home until 1952. In 1965 it was renamed the Research Board.", "History"),
        (
            "It began as a survey office. It had no staff of its own until 1950. It was merged into the "
            "Geological Agency in 1984.",
            "Legislation",
        ),
        ("Founded in 1950. The exact date is unknown. Renamed in 1970.", "History"),
        # the negation is not in the first sentence
        ("Founded by an act of parliament in 1921. There is no founding charter.", "Legislation"),
    ],
)
def test_negation_inside_a_long_field_is_not_the_status(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def test_negation_in_the_first_of_two_sentences_of_a_short_field() -> None:
    text = "The trust has no parent organization. It is governed by its own board."
    assert status_of_text(text, "Parent organization").status is NONE
    assert status_of_text(text, "History").status is STATED  # a narrative heading


def test_phrase_restricted_to_a_field() -> None:
    assert status_of_text("Independent", "Parent organization").status is NONE
    assert status_of_text("Independent", "Mission").status is STATED
    assert status_of_text("It is independent.", "Funding").status is STATED


def test_empty() -> None:
    assert status_of_text("  ", "Leader").status is FieldStatus.EMPTY


def test_bulleted_list_after_a_negative_lead_in_is_stated() -> None:
    assert (
        status_of_text("While there are no formal units, the work runs through: Alpha Group", "Divisions").status
        is NONE
    )
    assert (
        status_of_text(
            "While there are no formal units, the work runs through: Alpha Group", "Divisions", listed=True
        ).status
        is STATED
    )


def test_every_row_is_typed() -> None:
    rows = status_phrases()
    assert rows and all(r.phrase == r.phrase.lower().strip() for r in rows)
    assert {r.status for r in rows} >= {"explicitlyNone", "notApplicable", "notPubliclySpecified", "stated", "contrast"}
    assert NOT_PUBLIC.search("figures not publicly disclosed") and not NOT_PUBLIC.search("publicly funded")


# -- the layer inside extract(): no reader runs on the explanation of a negation --------------


def test_no_parent_from_the_explanation_of_a_negation() -> None:
    profile = _profile(
        ("Parent organization", ["Not applicable — the agency is a statutory corporation of the State of Hesse."]),
    )
    field = _field(profile, "Parent organization")
    assert field.status is NA
    assert field.facts == ()
    assert "State of Hesse" in field.verbatim


def test_no_budget_from_the_explanation_of_n_a() -> None:
    profile = _profile(("Last total enacted budget", ["N/A — the endowment stood at £3.1 billion in 2023."]))
    field = _field(profile, "Last total enacted budget")
    assert field.status is NA
    assert not any(isinstance(f, Budget) for f in field.facts)


def test_no_address_from_not_applicable() -> None:
    profile = _profile(
        ("Headquarters address", ["Not applicable — the bureau closed in 1996; it sat at 12 High Street."])
    )
    field = _field(profile, "Headquarters address")
    assert field.status is NA and field.facts == ()


def test_not_x_but_y_keeps_the_coordinator_and_is_stated() -> None:
    profile = _profile(
        (
            "Parent organization",
            ["The initiative is not under one parent organization but is coordinated by the Ministry of Industry."],
        )
    )
    field = _field(profile, "Parent organization")
    assert field.status is STATED
    assert any(isinstance(f, Coordinator) and f.org.name == "Ministry of Industry" for f in field.facts)
    assert not any(isinstance(f, Parent) for f in field.facts)


def test_long_history_with_one_negation_is_stated() -> None:
    profile = _profile(
        (
            "History",
            [
                "The board was set up in 1931. It had no laboratories of its own until 1946. "
                "In 1965 it was renamed the Science Research Council."
            ],
        )
    )
    assert _field(profile, "History").status is STATED


# --- round 2: negations written by other hands ------------------------------------------------


@pytest.mark.parametrize(
    "text, heading, status",
    [
        # "not relevant" is the writer's "not applicable", whatever the explanation says after it
        ("Not relevant — the fund is a bank and has no enacted budget.", "Last total enacted budget", NA),
        ("Not relevant: the office was itself a ministry.", "Parent organization", NA),
        ("Not relevant – an independent body under public law.", "Parent organization", NA),
        ("A parent body is not relevant here.", "Parent organization", NA),
        ("Irrelevant; the society governs itself.", "Parent organization", NA),
        # short negations
        ("It has none.", "Parent organization", NONE),
        ("No such body.", "Parent organization", NONE),
        ("Nil", "Partners", NONE),
        ("n/a – the office closed in 1990.", "Headquarters address", NA),
        ("Not known; the union reports 800 000 members.", "Number of employees", NOT_PUBLIC_S),
        ("Undisclosed", "Last total enacted budget", NOT_PUBLIC_S),
    ],
)
def test_round2_negations(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        # things named first, then a later clause negates something narrower: a value is stated
        ("Recognised by Law 44 of 1990 and by Decree 12/1991; there was no founding act.", "Legislation"),
        ("Chartered under the Companies Act 1985; it has no statute of its own.", "Legislation"),
        ("Ministry of Fisheries; there is no other parent body.", "Parent organization"),
    ],
)
def test_negation_after_a_statement_is_not_the_status(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


@pytest.mark.parametrize(
    "text, heading, status",
    [
        # the clause before the semicolon names nothing: the negation still decides
        ("The museum has no parent organization; it answers to its trustees.", "Parent organization", NONE),
        ("it is a private body; there is no parent organization.", "Parent organization", NONE),
        ("The trust has none; it is governed by its own board.", "Parent organization", NONE),
    ],
)
def test_negation_after_a_clause_naming_nothing(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


# Round 3: "no data", "not applicable" and "none" written in other languages are a field's
# whole answer (lead phrases in lexicon/status-phrases.csv).
@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("No informado.", "Number of employees", NOT_PUBLIC_S),
        ("Sin datos (2023)", "Last total enacted budget", NOT_PUBLIC_S),
        ("brak danych", "Last total enacted budget", NOT_PUBLIC_S),
        ("Não informado", "Number of employees", NOT_PUBLIC_S),
        ("n.d.", "Number of employees", NOT_PUBLIC_S),
        ("k. A.", "Last total enacted budget", NOT_PUBLIC_S),
        ("Keine Angaben.", "Number of employees", NOT_PUBLIC_S),
        ("Non communiqué", "Last total enacted budget", NOT_PUBLIC_S),
        ("Nie dotyczy – instytut nie ma rady.", "Leader", NA),
        ("Sans objet.", "Legislation", NA),
        ("Ninguna.", "Parent organization", NONE),
        ("Aucune", "Parent organization", NONE),
    ],
)
def test_other_languages_no_data(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


# Negative: initials that look like "n.d." / "k. A." / "N.A." are a person's name, and the
# same words inside a sentence are ordinary words.
@pytest.mark.parametrize(
    "text, heading",
    [
        ("N.D. Tiwari (Chairman)", "Leader"),
        ("K. A. Nilakanta Sastri, Director", "Leader"),
        ("N.A. Okafor — Director-General", "Leader"),
        ("Director: Ana Ruiz; the board meets sin datos públicos.", "Leader"),
        ("About 4 000 staff, figure for 2023 (no informado before)", "Number of employees"),
    ],
)
def test_initials_and_inner_words_are_not_no_data(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


# Round 3: "there was none", "no parent" inside a sentence, other ways of saying "no parent".
@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("There was none; the consortium was owned by its member firms.", "Parent organization", NONE),
        ("There is none.", "Parent organization", NONE),
        ("There were none until the 1990s reorganisation.", "Divisions", NONE),
        ("There has never been a formal partner.", "Partners", NONE),
        ("Independent body; no parent organization.", "Parent organization", NONE),
        ("The trust had no parent body at any time.", "Parent organization", NONE),
        ("The foundation is not subordinate to any ministry.", "Parent organization", NONE),
        ("It does not belong to any larger group.", "Parent organization", NONE),
        ("The laboratory was never part of a university.", "Parent organization", NONE),
        ("The cooperative is not owned by any company.", "Parent organization", NONE),
        ("The academy reports to no ministry.", "Parent organization", NONE),
    ],
)
def test_round3_no_parent(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        # "independent" as the kind of a body that has a parent
        ("Independent agency of the federal government of Canada.", "Parent organization"),
        ("Independent agency within the Department of Commerce", "Parent organization"),
        ("An independent statutory body under the Ministry of Health.", "Parent organization"),
        # a negation followed by the parent it has instead
        ("The lab was never part of a university but belonged to the Rhine Trust.", "Parent organization"),
        # a negation after a clause that names the parent only qualifies it
        ("Reports to the Nordic Council; there is none other.", "Parent organization"),
    ],
)
def test_round3_parent_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def test_no_sentence_ends_after_a_title() -> None:
    from orgkg.extract.status import sentences

    assert sentences("The lab reports to Prof. Ana Lima, its founder. It has five staff.") == [
        "The lab reports to Prof. Ana Lima, its founder.",
        "It has five staff.",
    ]
    assert sentences("Chaired by Dr. Ngozi Eze. None other.") == ["Chaired by Dr. Ngozi Eze.", "None other."]


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("Not stated.", "Number of employees", NOT_PUBLIC_S),
        ("Not publicly stated by the firm.", "Number of employees", NOT_PUBLIC_S),
        ("Not given in the sources.", "Last total enacted budget", NOT_PUBLIC_S),
        ("No data", "Staff", NOT_PUBLIC_S),
        ("No figures published", "Last total enacted budget", NOT_PUBLIC_S),
        ("Unspecified", "Staff", NOT_PUBLIC_S),
        ("Figures are not public.", "Last total enacted budget", NOT_PUBLIC_S),
        ("Not in the public domain.", "Last total enacted budget", NOT_PUBLIC_S),
        ("(none)", "Partners", NONE),
        ("[none]", "Divisions", NONE),
        ("(n/a)", "Staff", NA),
        ("It has never had a parent organization.", "Parent organization", NONE),
        ("The foundation is fully independent.", "Parent organization", NONE),
        ("The society has always been independent of government.", "Parent organization", NONE),
    ],
)
def test_round3_more_status_phrasings(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        ("The company is not listed on any exchange; Acme Holdings owns it.", "Parent organization"),
        ("The group has never had a loss and reports to Acme Holdings.", "Last total enacted budget"),
        ("Standalone subsidiary of Globex Corp.", "Parent organization"),
        ("The agency is not a public body but a unit of the Treasury.", "Parent organization"),
        ("No. 5 Main Street, Leith", "Headquarters address"),
    ],
)
def test_round3_look_alikes_stay_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


# Round 10: a dash with only a bracketed note, "Label: no data", a lead-in before a list.
def _read(name: str, lines: list[str]) -> FieldStatus:
    from orgkg.extract.status import read_status

    return read_status(_profile((name, lines)).fields[0]).status


@pytest.mark.parametrize(
    "lines, heading, status",
    [
        (["- (treaty body; no parent, but in practice led by the largest member)"], "Parent organization", NONE),
        (["- (an intergovernmental body, no parent)"], "Parent organization", NONE),
        (["- (independent foundation)"], "Parent organization", NONE),
        (["- (the office does not exist anymore)"], "Last total enacted budget", NA),
        (["- (the bureau no longer exists)"], "Number of employees", NA),
        (["- (not disclosed by the owner)"], "Last total enacted budget", NOT_PUBLIC_S),
    ],
)
def test_dash_with_only_a_note_is_no_value(lines: list[str], heading: str, status: FieldStatus) -> None:
    assert _read(heading, lines) is status


@pytest.mark.parametrize(
    "lines, heading",
    [
        (["- Ministry of Transport (since 2004)"], "Parent organization"),
        (["- (1990) Ministry of Transport", "- (2004) Ministry of Finance"], "Parent organization"),
        (["- (a) Ministry of Transport (b) Ministry of Finance"], "Parent organization"),
    ],
)
def test_a_bullet_with_a_value_is_stated(lines: list[str], heading: str) -> None:
    assert _read(heading, lines) is STATED


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("Director-General (局長): no data", "Leader", NOT_PUBLIC_S),
        ("President: not public", "Leader", NOT_PUBLIC_S),
        ("Chair: n/a (post vacant since the merger)", "Leader", NA),
        ("Parent: none", "Parent organization", NONE),
    ],
)
def test_label_then_a_status_phrase(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Director: No. 5 Main Street office head Jane Roe", "Leader"),
        ("2020: n/a; 2021: EUR 5 million", "Last total enacted budget"),
        ("Director: none of the founders, but Jane Roe", "Leader"),
        ("Chair: Jane Roe (no data on deputies)", "Leader"),
    ],
)
def test_label_then_a_value_stays_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


@pytest.mark.parametrize(
    "lines",
    [
        ["No public org chart. Facilities:", "- Nanotechnology Center", "- Client Lab"],
        ["No formal divisions; the work is done in:", "- Materials Group", "- Optics Group"],
        ["None published, but the site lists these groups:", "- Photonics", "- Robotics"],
    ],
)
def test_negative_lead_in_before_a_colon_and_a_list_is_stated(lines: list[str]) -> None:
    assert _read("Divisions", lines) is STATED


def test_negation_with_a_list_of_notes_without_colon_keeps_its_status() -> None:
    assert _read("Divisions", ["None.", "- the office closed in 1995"]) is NONE


# Round 13: the phone-typed hand's abbreviations.


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("unk.", "Number of employees", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("Unk (mostly volunteers)", "Number of employees", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("n/k", "Last total enacted budget", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("TBD", "Funding", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("tbc - see the website", "Partners", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("indep. (no parent)", "Parent organization", FieldStatus.EXPLICITLY_NONE),
        ("indep.", "Parent organization", FieldStatus.EXPLICITLY_NONE),
    ],
)
def test_phone_typed_status_abbreviations(text: str, heading: str, status: FieldStatus) -> None:
    assert read_status(Field(heading, 5, (Item(6, text),))).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        ("indep. body under the Ministry of Culture", "Parent organization"),  # a parent follows
        ("indep. statutory corp. under DCMS", "Parent organization"),
        ("Unkovic Jane", "Leader"),  # a word that starts like "unk"
        ("Indep Holdings Ltd", "Parent organization"),
        ("indep.", "Leader"),  # "indep." means no parent only in the Parent field
        ("? approx 2k", "Number of employees"),  # a question mark is doubt about a value, not no value
    ],
)
def test_phone_typed_look_alikes_stay_stated(text: str, heading: str) -> None:
    assert read_status(Field(heading, 5, (Item(6, text),))).status is FieldStatus.STATED


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("parent - none", "Parent organization", FieldStatus.EXPLICITLY_NONE),
        ("budget – n/a", "Last total enacted budget", FieldStatus.NOT_APPLICABLE),
        ("head count - not disclosed (2020)", "Number of employees", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("Chair - unknown", "Leader", FieldStatus.NOT_PUBLICLY_SPECIFIED),
    ],
)
def test_a_label_before_a_spaced_dash(text: str, heading: str, status: FieldStatus) -> None:
    assert read_status(Field(heading, 5, (Item(6, text),))).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Chair - Jane Okafor", "Leader"),  # a value after the dash
        ("Globex - none of the shares are listed", "Parent organization"),  # more than a note after "none"
        ("2020 - n/a; 2021 - 4.5m", "Last total enacted budget"),  # a dated label: one value of several
    ],
)
def test_a_dash_label_before_a_value_stays_stated(text: str, heading: str) -> None:
    assert read_status(Field(heading, 5, (Item(6, text),))).status is FieldStatus.STATED


def _statuses(tmp_path, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    import orgkg
    from orgkg.namespaces import ORGKG

    path = tmp_path / "acme.txt"
    path.write_text(text, encoding="utf-8")
    result = orgkg.build([str(path)], validate=False)
    rows = result.dataset.query(
        "SELECT ?field ?status WHERE { ?s orgkg:field ?field ; orgkg:fieldStatus ?status }",
        initNs={"orgkg": ORGKG},
    )
    return {str(r.field): str(r.status).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for r in rows}  # type: ignore[union-attr]


@pytest.mark.parametrize("tail", ["References\n", "References\n\n\n", "References:\n"])
def test_an_empty_references_heading_is_an_empty_field(tmp_path, tail: str) -> None:  # type: ignore[no-untyped-def]
    text = "Acme Research Institute\nAcme Research Institute is a lab.\nLeader\nDirector: Jane Okafor\n" + tail
    assert _statuses(tmp_path, text)["References"] == "empty"


def test_references_with_a_line_stay_stated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = 'Acme Research Institute\nAcme Research Institute is a lab.\nReferences\n- ↑ Acme, "About", https://acme.example\n'
    assert _statuses(tmp_path, text)["References"] == "stated"


def test_no_references_heading_no_references_statement(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "Acme Research Institute\nAcme Research Institute is a lab.\nLeader\nDirector: Jane Okafor\n"
    assert "References" not in _statuses(tmp_path, text)


# Round 14: the academic hand. "No <adjective> figure/headcount ..." says a figure is not
# public, not that the value does not exist; a hedge between the negation and the verb; "not
# recorded"; a clause after a semicolon denying the figure of a figure field.
@pytest.mark.parametrize(
    "text, heading",
    [
        ("No separate figure is published for the laboratory.", "Number of employees"),
        ("No official headcount exists; staff belong to the university.", "Number of employees"),
        ("No audited figures are available for that year.", "Last total enacted budget"),
        ("No reliable estimate.", "Staff"),
        ("Not recorded in the archives we consulted. The society had 300 members.", "Number of employees"),
        ("The institute does not seem to publish its budget.", "Last total enacted budget"),
        ("The agency does not appear to disclose staff numbers.", "Number of employees"),
        ("Figures do not appear to be published.", "Number of employees"),
        (
            "Funds are voted by the National Assembly within the ministry's vote; no figure is given here.",
            "Last total enacted budget",
        ),
        ("Staff are seconded from the ministries; no headcount appears in the sources.", "Number of employees"),
    ],
)
def test_round14_figure_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC_S


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("No staff; the society is run by volunteers.", "Number of employees", NONE),
        ("No employees.", "Number of employees", NONE),
        ("No, it has none.", "Number of employees", NONE),
        ("No parent; the figure of the founder looms large.", "Parent organization", NONE),
        # a number before the semicolon is the figure; the later clause qualifies it
        ("About 1,200 in 2019; no figure is given for later years.", "Number of employees", STATED),
        # outside a figure field the semicolon clause decides nothing
        ("Governed by the Council of Ministers; no figure is given here.", "Parent organization", STATED),
        (
            "Funded by the Treasury; no figure is published, but the 2020 report cites EUR 4 million.",
            "Last total enacted budget",
            STATED,
        ),
    ],
)
def test_round14_figure_denial_limits(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "lines",
    [
        ["No directors since 1995. Earlier directors included:", "1. Jane Okafor (1970–1980)", "2. Li Wei (1980–1995)"],
        ["None at present. Former chairs were:", "(a) Jane Okafor", "(b) Li Wei"],
        ["No office-holders after 1990. Wardens included:", "i) Jane Okafor, first Warden;", "ii) Li Wei."],
    ],
)
def test_round14_numbered_list_after_a_negative_lead_in_is_stated(lines: list[str]) -> None:
    field = Field("Leader", 5, tuple(Item(6 + n, text) for n, text in enumerate(lines)))
    assert read_status(field).status is STATED


def test_round14_negative_lead_in_without_a_list_stays_none() -> None:
    field = Field("Leader", 5, (Item(6, "No office-holders after 1990."), Item(7, "No. 5 was the last seat.")))
    assert read_status(field).status is NONE


# Round 17: second-language negations without their auxiliary ("Not have.") and present-tense
# "is not created by" in Legislation decide the status; look-alikes stay stated.
@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("Not have. The league is a federation of its member clubs.", "Parent organization", NONE),
        ("Not has any parent; it governs itself.", "Parent organization", NONE),
        ("No has.", "Divisions", NONE),
        ("Not have been disclosed.", "Number of employees", NOT_PUBLIC_S),
        ("It is not created by a statute: it is a private cooperative.", "Legislation", NONE),
        ("The society is not established by any law.", "Legislation", NONE),
        ("Was not set up by an act of parliament.", "Legislation", NONE),
        ("It is not created by a law but by Decree 12 of 1950.", "Legislation", STATED),
        ("Nothaven Holdings plc", "Parent organization", STATED),
        ("The museum is not created by Jane Roe alone; the city founded it.", "Founder", STATED),
    ],
)
def test_round17_second_language_negations(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status
