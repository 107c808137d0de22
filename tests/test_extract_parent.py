"""Parent organization (extract/parent.py): only a checked name, only the organization's own parent."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.parent import read_parent
from orgkg.model import Coordinator, Field, FieldStatus, Identity, Item, OrgKind, Parent, Profile

SELF = Identity("Northfield Institute of Science", OrgKind.ORGANIZATION, acronym="NIS")


def _read(text: str, identity: Identity = SELF) -> tuple[list[str], list[str]]:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, text),)), identity)
    parents = [f.org.name for f in facts if isinstance(f, Parent)]
    coordinators = [f.org.name for f in facts if isinstance(f, Coordinator)]
    return parents, coordinators


@pytest.mark.parametrize(
    "text, parent",
    [
        # a bare name, notes after it dropped
        ("Department of Fisheries", "Department of Fisheries"),
        ("Ministry of Agriculture (Ghana)", "Ministry of Agriculture"),
        ("Globex Corporation (Globex AG)", "Globex Corporation"),
        ("Royal Society of Chemistry (RSC), itself part of the Science Council", "Royal Society of Chemistry"),
        ("Ministry of Transport, Government of Peru", "Ministry of Transport"),
        ("Harbour Holdings Limited, which owns 60 per cent; the city owns the rest.", "Harbour Holdings Limited"),
        ("Department of Fisheries. It has funded the institute since 1972.", "Department of Fisheries"),
        ("Ministry of Defence (from 1970; before that the War Office)", "Ministry of Defence"),
        # commas that belong to the name
        ("Ministry of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry"),
        ("Department for Culture, Media and Sport (DCMS)", "Department for Culture, Media and Sport"),
        ("Ministry of Science, Technology & Innovation", "Ministry of Science, Technology & Innovation"),
        ("Acme Widgets, Inc.", "Acme Widgets, Inc."),
        # "Y, a subsidiary of Z": the parent is Y
        ("Initech Labs, Inc., a subsidiary of Initrode Group", "Initech Labs, Inc."),
        # sentences whose subject is the organization itself
        ("NIS operates under the Department of Fisheries.", "Department of Fisheries"),
        ("The institute operates under the auspices of the Royal Academy of Letters.", "Royal Academy of Letters"),
        (
            "NIS is an agency under the jurisdiction of the Ministry of Land, Infrastructure and Transport.",
            "Ministry of Land, Infrastructure and Transport",
        ),
        ("It is sponsored by the Office of Naval Research.", "Office of Naval Research"),
        ("Northfield Institute of Science reports to the Cabinet Office.", "Cabinet Office"),
        ("The institute is a wholly owned subsidiary of Vandelay Industries.", "Vandelay Industries"),
        ("Part of the Department of Fisheries", "Department of Fisheries"),
        ("A unit of the Geological Survey of Norway.", "Geological Survey of Norway"),
        ("The institute, a unit of the Department of Fisheries, runs three stations.", "Department of Fisheries"),
        ("The council was an advisory body under the Government of Chile.", "Government of Chile"),
        (
            "NIS operates under the Department of Fisheries, which reports to the Prime Minister.",
            "Department of Fisheries",
        ),
        ("The office is not part of the Treasury but reports to the Cabinet Office.", "Cabinet Office"),
    ],
)
def test_parent_is_read(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Not",  # never a function word or a status word as a parent
        "N/A",
        "None",
        "There",
        "it",
        "a consortium of universities",  # a common-noun phrase is not a name
        "The Department of Fisheries oversees the institute.",  # another organization's relation
        "The Prime Minister's Office chairs its board and reports to parliament.",
        "The institute was established under the Fisheries Act 1965.",  # a law, not a parent
        "The institute is not under any ministry.",
        "NIS is a member of the European Science Network.",  # membership is not parenthood
        "Northfield Institute of Science",  # the organization itself
    ],
)
def test_no_invented_parent(text: str) -> None:
    assert _read(text)[0] == []


def test_coordinator_is_not_a_parent() -> None:
    parents, coordinators = _read("The network is hosted by the Science Council (SC) and funded by members.")
    assert parents == [] and coordinators == ["Science Council"]


def test_parent_acronym_stays_on_the_parent() -> None:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, "Ministry of Culture (MoC)"),)), SELF)
    assert facts == [Parent(facts[0].org)] and facts[0].org.acronym == "MoC"


def _profile(parent_text: str) -> Profile:
    field = Field("Parent organization", 3, (Item(4, parent_text),))
    return Profile("t.txt", "t", "", "Example Agency", 1, "The Example Agency (EXA) is an agency.", 2, (field,))


@pytest.mark.parametrize(
    "text, status",
    [
        ("Not applicable — the agency is a public-law corporation of the State of Saxony.", FieldStatus.NOT_APPLICABLE),
        ("N/A", FieldStatus.NOT_APPLICABLE),
        ("None; the agency answers to its own board.", FieldStatus.EXPLICITLY_NONE),
        ("EXA has no parent organization; it is independent.", FieldStatus.EXPLICITLY_NONE),
    ],
)
def test_negated_parent_field_has_no_parent(text: str, status: FieldStatus) -> None:
    field = next(f for f in extract(_profile(text)).fields if f.name == "Parent organization")
    assert field.status is status and field.facts == ()


def test_unsure_parent_keeps_the_text_with_a_diagnostic() -> None:
    facts = extract(_profile("Answers jointly to three founding ministries."))
    field = next(f for f in facts.fields if f.name == "Parent organization")
    assert field.facts == () and field.status is FieldStatus.UNRECOGNISED  # no parent read: no "stated"
    assert field.verbatim == "Answers jointly to three founding ministries."
    assert any(d.code == "extract.unrecognised" and d.line == 4 for d in facts.diagnostics)


# --- round 2 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, parents",
    [
        # several parents, one after the other
        ("Sirius Holdings Ltd (until 2004); then Vega Group plc", ["Sirius Holdings Ltd", "Vega Group plc"]),
        (
            "Ministry of Works (to 1971); later the Department of the Environment.",
            ["Ministry of Works", "Department of the Environment"],
        ),
        ("Acme Radio Corporation; subsequently Globex Media", ["Acme Radio Corporation", "Globex Media"]),
        # a legal form with full stops, after a comma; an initial after an abbreviation
        ("Ing. B. Marconi & C., S.p.A.", ["Ing. B. Marconi & C., S.p.A."]),
        (
            "Fabbrica Rossi, S.p.A. (until 1990); then Bianchi Industrie S.p.A.",
            ["Fabbrica Rossi, S.p.A.", "Bianchi Industrie S.p.A."],
        ),
    ],
)
def test_successive_parents(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        # after the semicolon: no cue of sequence, or more than a name
        ("Harbour Holdings Limited (until 2004); the city owns the rest.", []),  # a past parent only
        ("Ministry of Works; then it became independent.", ["Ministry of Works"]),
        ("Ministry of Works; then the Department of the Environment took over its budget.", ["Ministry of Works"]),
        # no first parent: nothing after it is read either
        ("It has none; later the Ministry of Works.", []),
    ],
)
def test_no_invented_later_parent(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


# Round 3: an enumeration inside a parent's name closed by "and" in another language.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Reports to the Ministerio de Economía, Fomento y Turismo.", "Ministerio de Economía, Fomento y Turismo"),
        ("Ministerium für Bildung, Kultur und Sport", "Ministerium für Bildung, Kultur und Sport"),
        ("Under the Ministério da Ciência, Tecnologia e Inovação.", "Ministério da Ciência, Tecnologia e Inovação"),
    ],
)
def test_parent_enumeration_closed_by_another_languages_and(text: str, name: str) -> None:
    field = Field("Parent organization", 3, (Item(4, text, False),))
    facts, _ = read_parent(field, Identity("X", OrgKind.ORGANIZATION))
    assert [f.org.name for f in facts if isinstance(f, Parent)] == [name]


# --- round 3: posts, accents, successive parents, two cues -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a post a person holds is not an organization parent (kept verbatim, diagnostic)
        "NIS is accountable to the Minister of Fisheries and Oceans.",
        "Reports to the Secretary of State for Health and Social Care.",
        "The institute is responsible to the Federal Minister for Education and Research.",
        "Under the authority of the Chancellor of the Exchequer.",
        "It reports to the Governor General.",
        "NIS is a statutory body and answers to Parliament through the Minister for Trade.",
    ],
)
def test_a_post_is_not_a_parent(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Reports to the Office of the President.", "Office of the President"),
        ("Prime Minister's Office", "Prime Minister's Office"),
        ("NIS operates under the Council of Ministers.", "Council of Ministers"),
        ("Board of Governors of the Federal Reserve System", "Board of Governors of the Federal Reserve System"),
    ],
)
def test_an_organization_named_after_a_post_is_a_parent(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


def test_a_post_as_parent_is_said_in_a_diagnostic() -> None:
    facts = extract(_profile("The agency is responsible to the Minister for Trade and Tourism."))
    field = next(f for f in facts.fields if f.name == "Parent organization")
    assert field.facts == () and field.verbatim.startswith("The agency is responsible")
    codes = [(d.code, d.line) for d in facts.diagnostics if d.field == "Parent organization"]
    assert ("extract.parent-is-office", 4) in codes


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Österreichische Akademie der Wissenschaften", "Österreichische Akademie der Wissenschaften"),
        ("Państwowa Agencja Atomistyki (supervising body)", "Państwowa Agencja Atomistyki"),
        ("Under the Ministerstwo Nauki i Szkolnictwa Wyższego.", "Ministerstwo Nauki i Szkolnictwa Wyższego"),
        ("Reports to the Éducation nationale Directorate", None),  # a lowercase word: not a name we can check
    ],
)
def test_parent_names_with_accented_capitals(text: str, parent: str | None) -> None:
    assert _read(text)[0] == ([parent] if parent else [])


@pytest.mark.parametrize(
    "text, parents",
    [
        ("Harbour Board until 1988, then the Port Authority of Ostend.", ["Harbour Board", "Port Authority of Ostend"]),
        (
            "Royal Society (from 1950), later the National Academy of Arts",
            ["Royal Society", "National Academy of Arts"],
        ),
        ("Ministry of Mines since 2004", ["Ministry of Mines"]),
        ("Atlas Holdings from 1995; until then it was a division of Orion Group.", ["Atlas Holdings", "Orion Group"]),
        (
            "Owned by Carlton Group until 1999, and thereafter by Nordic Capital Partners.",
            ["Carlton Group", "Nordic Capital Partners"],
        ),
        (
            "Sponsored by the Office of Research in the Ministry of Works.",
            ["Office of Research"],  # "in the" says where the office sits, it is not part of its name
        ),
    ],
)
def test_parents_with_times(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        # a time after the name is no reason to read a clause that is not about a parent
        ("Ministry of Works until 1970, then it became independent.", []),  # past: extract.parent-former
        ("Atlas Holdings from 1995; until then the Orion Group owned a stake.", ["Atlas Holdings"]),
        ("Harbour Board until 1988, then the port was sold to investors.", []),
    ],
)
def test_no_invented_parent_after_a_time(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        (
            "NIS belongs to the Helmholtz Association and reports to the Federal Ministry of Research.",
            ["Helmholtz Association", "Federal Ministry of Research"],
        ),
        (
            "The institute is part of the Science Council and operates under the auspices of the Royal Academy.",
            ["Science Council", "Royal Academy"],
        ),
        # no second cue, a negated one, or another subject: one parent only
        ("NIS belongs to the Helmholtz Association, and the Science Council funds it.", ["Helmholtz Association"]),
        ("NIS reports to the Cabinet Office and is not part of the Treasury.", ["Cabinet Office"]),
        (
            "NIS operates under the Ocean Board, which reports to the Ministry of Fisheries.",
            ["Ocean Board"],
        ),
    ],
)
def test_two_parent_cues_in_one_clause(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        # the subject left out: the field's words start at the verb or a modifier
        ("Operates under the Ministry of Culture and Sport.", ["Ministry of Culture and Sport"]),
        ("Wholly owned by Vandelay Industries plc.", ["Vandelay Industries plc"]),
        ("Constituent body of the Council of Agricultural Research", ["Council of Agricultural Research"]),
        (
            "Autonomous institute under the Department of Biotechnology, Ministry of Science",
            ["Department of Biotechnology"],
        ),
        ("Is a unit of Nordic Holdings Oyj", ["Nordic Holdings Oyj"]),
        ("An arm's-length body of the Department of Health.", ["Department of Health"]),
        # cues of attachment
        ("Attached to the Ministry of Home Affairs.", ["Ministry of Home Affairs"]),
        ("A public company linked to the Ministry of Mines (Ministério de Minas – MM).", ["Ministry of Mines"]),
        ("Falls under the Ministry of Defence.", ["Ministry of Defence"]),
        # a label before the name
        ("Parent: Initrode Group", ["Initrode Group"]),
        ("Parent organisation – Globex Holdings Ltd.", ["Globex Holdings Ltd."]),
        # one word and a legal form is a name; a full stop after a legal form written without one is not
        ("A subsidiary of Siemens AG since 2001", ["Siemens AG"]),
        ("Owned by Volvo AB.", ["Volvo AB"]),
        # a parent before the present one
        (
            "Ministry of Health (since 2012); previously the Ministry of Welfare",
            ["Ministry of Health"],  # the earlier one is past, not a parent
        ),
        ("Harbour Board; formerly the Port Trust of Leith.", ["Harbour Board"]),
    ],
)
def test_round3_more_parent_phrasings(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text",
    [
        "Governed by the Regents of the University of Lisbon.",  # a board that governs is not a parent
        "Funding from the Ministry of Health",
        "Research under the Horizon programme",
        "Nokia",  # one word without a legal form
        "Works with the Ministry of Health on vaccines.",  # a verb first is no name
        "Affiliated with the University of Tokyo.",
        "The Ministry of Health funds it; previously the Ministry of Welfare did.",
    ],
)
def test_round3_no_invented_parent(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text, parents",
    [
        # the parent as the subject of the sentence
        ("The Ministry of Education is its parent organization.", ["Ministry of Education"]),
        ("Department of Fisheries (DoF) is the parent body.", ["Department of Fisheries"]),
        ("The Ocean Trust was the institute's parent until 1990.", []),  # past
        ("The Ministry of Education is not its parent.", []),
        ("The Ministry of Education is its main funder.", []),
        ("Acme Holdings is the parent of three other labs.", []),
        # a person is never a parent organization
        ("Reports to Dr Jane Smith, the Chief Scientist.", []),
        ("Owned by John G. Fitz", []),
        ("Owned by Mary Okafor FRS", []),
        ("Owned by J. P. Morgan & Co.", ["J. P. Morgan & Co."]),
    ],
)
def test_round3_parent_as_subject_and_persons(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


def test_a_person_as_parent_is_said_in_a_diagnostic() -> None:
    facts = extract(_profile("The agency reports to Prof. Ana Lima, its founder."))
    field = next(f for f in facts.fields if f.name == "Parent organization")
    assert field.facts == ()
    assert any(d.code == "extract.parent-is-person" and d.line == 4 for d in facts.diagnostics)


@pytest.mark.parametrize(
    "text, parents",
    [
        # the organization's short name as the subject
        ("The Northfield Institute is part of the Helmholtz Association.", ["Helmholtz Association"]),
        ("Northfield is a unit of the Helmholtz Association.", ["Helmholtz Association"]),
        # "its parent is"
        ("Its parent organization is the Helmholtz Association.", ["Helmholtz Association"]),
        ("Its parent is Globex Corp.", ["Globex Corp."]),
        ("The parent company is Vandelay Industries plc.", ["Vandelay Industries plc"]),
        # a year after the name is when, not part of the name
        ("Acquired by Globex Corp. in 1999.", ["Globex Corp."]),
        ("Owned by Carlton Group from 1990 to 1999.", []),  # an ended ownership
        # another organization's relation, or a word of our name alone, is not ours
        ("Globex is a unit of the Helmholtz Association.", []),
        ("Science is part of the Helmholtz Association.", []),
        ("Its parent is not known.", []),
    ],
)
def test_round3_subjects_and_years(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parent",
    [
        # a name that opens with a head noun and "and" before its commas is one whole name
        (
            "Department of Tourism and Heritage, Arts, Culture and Sport",
            "Department of Tourism and Heritage, Arts, Culture and Sport",
        ),
        ("Office of Trade and Industry, Energy and Water", "Office of Trade and Industry, Energy and Water"),
        (
            "Bureau of Land and Survey, Mapping and Registration (BLSMR)",
            "Bureau of Land and Survey, Mapping and Registration",
        ),
        (
            "Institute of Marine and Coastal Research, Fisheries and Aquaculture",
            "Institute of Marine and Coastal Research, Fisheries and Aquaculture",
        ),
        # the noun is still a cue after an article, or when it heads no organization's name
        ("A department of the Ministry of Health", "Ministry of Health"),
        ("Part of Harbour Holdings Limited", "Harbour Holdings Limited"),
    ],
)
def test_round4_a_head_noun_at_the_start_opens_a_name(text: str, parent: str) -> None:
    parents, _ = _read(text)
    assert parents == [parent]


@pytest.mark.parametrize(
    "text, parents",
    [
        # round 7: parent cues in Portuguese, Spanish and French (lexicon/parent-cues.csv)
        ("Vinculado ao Ministério da Ciência e Tecnologia.", ["Ministério da Ciência e Tecnologia"]),
        ("Órgão vinculado ao Ministério do Meio Ambiente.", []),  # a subject the reader cannot tell: nothing
        ("Adscrita a la Secretaría de Agricultura.", ["Secretaría de Agricultura"]),
        ("Es un organismo dependiente de la Secretaría de Energía.", ["Secretaría de Energía"]),
        ("Dependiente del Ministerio de Industria", ["Ministerio de Industria"]),
        ("Rattachée au Ministère de la Recherche.", ["Ministère de la Recherche"]),
        ("Sous la tutelle du Ministère des Armées.", ["Ministère des Armées"]),
        (
            "Bajo la tutela del Consejo Superior de Investigaciones Científicas",
            ["Consejo Superior de Investigaciones Científicas"],
        ),
        # "do" glues a Portuguese name
        ("Ministério do Desenvolvimento Agrário", ["Ministério do Desenvolvimento Agrário"]),
    ],
)
def test_round7_parent_cues_in_other_languages(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text",
    [
        # the cue word is never part of the parent's name
        "Rattaché au Ministère de la Culture.",
        "Dependiente del Ministerio de Ciencia.",
        "Vinculada à Presidência da República.",
    ],
)
def test_round7_a_foreign_cue_is_not_part_of_the_name(text: str) -> None:
    parents = _read(text)[0]
    assert parents and not any(p.split()[0] in {"Rattaché", "Dependiente", "Vinculada"} for p in parents)


@pytest.mark.parametrize(
    "text",
    [
        "La Fundación no está adscrita a la Secretaría de Cultura.",  # negated, another subject
        "Adscrito a la Directora General.",  # a post: no parent
    ],
)
def test_round7_no_parent_from_foreign_cues(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text, parents",
    [
        # round 7: "subordinate to", "answerable to" are cues, not the start of a name
        ("Subordinate to the Ministry of Defence.", ["Ministry of Defence"]),
        ("The institute is answerable to the Department of Health.", ["Department of Health"]),
        # a time before the subject
        ("Since 2001 it has been part of the Helmholtz Association.", ["Helmholtz Association"]),
        ("From 1985 the institute was under the Ministry of Research.", ["Ministry of Research"]),
        # parents over time: "then of", "(years–years); Name (years–present)"
        (
            "Part of the Ministry of Agriculture until 1990, then of the Ministry of Environment.",
            ["Ministry of Agriculture", "Ministry of Environment"],
        ),
        (
            "Ministry of Education (1950–1990); Ministry of Science (1990–present)",
            ["Ministry of Education", "Ministry of Science"],
        ),
        (
            "Department of Mines (1946-1970); Department of Energy (1970–)",
            ["Department of Mines", "Department of Energy"],
        ),
    ],
)
def test_round7_more_parent_phrasings(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        # the organization's own governing organ is no parent
        ("Reports to the Board of Governors.", []),
        ("It reports to the Council.", []),
        ("The foundation is accountable to its Board of Trustees.", []),
        # a later clause that is not a name and its years adds nothing
        ("Ministry of Education (1950–1990); Professor Jane Smith (1990–present)", ["Ministry of Education"]),
        (
            "Ministry of Education (1950–1990); Ministry of Science (1990–present), which funds it.",
            ["Ministry of Education"],
        ),
        # a time before another subject: not ours
        ("Since 1990 the Ministry of Culture has funded it.", []),
        # a capitalised word and "to the" opens no name
        ("Subservient to the Crown.", []),
    ],
)
def test_round7_no_invented_parent(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text, parents",
    [
        # a bare name in sentence case, in another language: lowercase words after its head noun
        ("Services du Premier ministre", ["Services du Premier ministre"]),
        ("Direction générale de l'aménagement.", ["Direction générale de l'aménagement"]),
        ("Istituto nazionale di statistica", ["Istituto nazionale di statistica"]),
        ("Consejo superior de investigaciones científicas", ["Consejo superior de investigaciones científicas"]),
        # clauses, not names: English words, a verb or a participle first, a post
        ("Attached to the Prime Minister.", []),
        ("Placé sous l'autorité du Premier ministre", []),
        ("Rattaché au ministre de la culture", []),
        ("Services of the regional government", []),
        ("Services are provided by the city", []),
        ("Northfield institute de science", []),  # no head noun first: "Northfield" is no head
    ],
)
def test_round8_sentence_case_parent_in_another_language(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


# Round 10: a cue inside the note on a named parent; a timeline of labelled steps.
def _read_lines(*lines: str) -> list[str]:
    items = tuple(Item(6 + n, line) for n, line in enumerate(lines))
    facts, _ = read_parent(Field("Parent organization", 5, items), SELF)
    return [f.org.name for f in facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Parent: Northfield Research (research arm of Northfield Holdings Ltd, Boston)", "Northfield Research"),
        ("Harbour Trust (a subsidiary of the Port Authority of Kent)", "Harbour Trust"),
        ("Parent body – Science Council (an agency of the Ministry of Education)", "Science Council"),
    ],
)
def test_a_cue_inside_the_note_describes_the_named_parent(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "lines, parent",
    [
        (("1950: Office of the Prime Minister; later: Ministry of Trade",), "Ministry of Trade"),
        (
            ("1901–1950: Ministry of Posts", "1950–1999: Agency for Technology (under the Ministry of Trade)"),
            "Agency for Technology",
        ),
        (("1960: Secretaría de Estado; since 1975: Ministerio de Comercio",), "Ministerio de Comercio"),
    ],
)
def test_the_last_step_of_a_timeline_is_the_parent(lines: tuple[str, ...], parent: str) -> None:
    assert _read_lines(*lines) == [parent]


@pytest.mark.parametrize(
    "lines",
    [
        ("1950: Office of the Prime Minister; later: none (independent since 1990)",),
        ("1950: Ministry of Trade; later: the Minister for Trade",),
        ("1990: founded as a department; 2001: became independent",),
    ],
)
def test_a_timeline_ending_without_a_name_gives_no_parent(lines: tuple[str, ...]) -> None:
    assert _read_lines(*lines) == []


def test_a_parent_named_like_the_start_of_our_name_keeps_its_note_out() -> None:
    oslo = Identity("Northfield Research – Oslo", OrgKind.ORGANIZATION)
    parents, _ = _read("Parent: Northfield Research (global research division of Northfield Holdings Ltd)", oslo)
    assert parents == ["Northfield Research"]


# Round 13: a one-word native name vouched for by the English gloss in brackets after it.


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Undervisningsministeriet (the Ministry of Education).", "Undervisningsministeriet"),
        ("Finansdepartementet (Ministry of Finance), to which the board reports yearly.", "Finansdepartementet"),
        ("Sisäministeriö (the Finnish Ministry of the Interior)", "Sisäministeriö"),
        ("Bundesgesundheitsamt (the Federal Health Office), until its break-up in 1994.", "Bundesgesundheitsamt"),
    ],
)
def test_native_one_word_parent_with_a_gloss(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Kulturministeriet.",  # one unknown word and nothing to vouch for it
        "Stockholm (Sweden), where the board sits.",  # a place in brackets, no organization
        "Regeringen (since 1990)",  # a time, no gloss
        "Riksdagen (the Speaker)",  # a post, not an organization
        "Styrelsen (the Board of Directors)",  # its own governing body
    ],
)
def test_no_parent_from_an_unvouched_single_word(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Skolverket (i.e. the National Agency for Education).", "Skolverket"),
        ("Finansministeriet (that is, the Ministry of Finance)", "Finansministeriet"),
        ("The institute answers to the Opetusministeriö (the Ministry of Education).", "Opetusministeriö"),
        ("It has answered directly to the Department of Industry since 1984.", "Department of Industry"),
    ],
)
def test_gloss_leads_and_answers_to(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "The institute answers to the Minister of Education.",  # a post
        "Skolverket (i.e. since 1991).",  # a time after "i.e.", no gloss
        "The institute is not answerable to anyone; Skolverket (the National Agency) merely funds it.",
    ],
)
def test_no_parent_from_answers_to_look_alikes(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Utrikesdepartementet - Ministry for Foreign Affairs", "Utrikesdepartementet"),
        ("Kultusministerium – the Ministry of Education.", "Kultusministerium"),
        ("Miljøministeriet, i.e. the Ministry of Environment", "Miljøministeriet"),
        ("sub. of Initrode Group", "Initrode Group"),
        ("wholly-owned sub of Initrode Group", "Initrode Group"),
    ],
)
def test_dash_gloss_and_abbreviated_subsidiary(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "Utrikesdepartementet - Stockholm",  # a place after the dash
        "Utrikesdepartementet - see History",
        "Stockholm - Ministry for Foreign Affairs building",  # a description, not a gloss
        "Initrode - a sub of Initech Group",  # another organization's relation
        "not a sub of Initrode Group",
    ],
)
def test_no_parent_from_dash_look_alikes(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text, parent",
    [
        ("It falls within the remit of the Department of Transport.", "Department of Transport"),
        ("Comes under the remit of the Ministry of Justice.", "Ministry of Justice"),
        ("The parent body being the Ministry of Health, to which the director reports.", "Ministry of Health"),
        ("Its parent organisation being the Treasury Board.", "Treasury Board"),
    ],
)
def test_formal_parent_phrasings(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "The matter is not within the remit of the Department of Transport.",
        "It falls within the remit of the Minister of Transport.",  # a post
        "The parent body being the Board of Governors.",  # its own governing body
    ],
)
def test_no_parent_from_formal_look_alikes(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Initrode reports to the Ministry of Justice.",  # another organization's relation
        "Globex falls within the remit of the Department of Transport.",
        "Initech sits within the Ministry of Justice.",
    ],
)
def test_a_named_other_subject_before_the_verb_gives_no_parent(text: str) -> None:
    assert _read(text)[0] == []


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Northfield reports to the Ministry of Justice.", "Ministry of Justice"),  # its own short name
        ("Currently operates under the Ministry of Justice.", "Ministry of Justice"),
        ("Still reports to the Ministry of Justice.", "Ministry of Justice"),
        ("Also reports to the Ministry of Justice.", "Ministry of Justice"),
    ],
)
def test_own_or_implied_subject_before_the_verb_keeps_the_parent(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


# Round 14: a first sentence with no parent and no cue leads into the second, where a cued
# parent of the organization itself is read (after a fronted phrase before "it"); never a
# bare name there, never a later sentence (the history of earlier parents).
@pytest.mark.parametrize(
    "text, parent",
    [
        (
            "The institute was never autonomous. When it closed it was an establishment of the Medical Research Board.",
            "Medical Research Board",
        ),
        ("Not a free-standing body. It is a unit of the Ministry of Marine Affairs.", "Ministry of Marine Affairs"),
        (
            "The station had no legal personality. By 1985 it was an outstation of the Polar Survey Agency.",
            "Polar Survey Agency",
        ),
        ("At the time of its merger it was an organ of the State Planning Office.", "State Planning Office"),
    ],
)
def test_round14_parent_in_the_second_sentence(text: str, parent: str) -> None:
    assert _read(text)[0] == [parent]


@pytest.mark.parametrize(
    "text",
    [
        # a bare name in the second sentence is no parent
        "The institute was never autonomous. Harbour Research Council.",
        # the third sentence tells history
        "The institute was never autonomous. It had many homes. From 1950 it was part of the Navy Board.",
        # another organization's relation in the second sentence
        "The institute was never autonomous. The Polar Survey Agency is a unit of the Ministry of Marine Affairs.",
        # the creation of another body is no parent
        "The institute was never autonomous. After the establishment of the Navy Board it moved to Leith.",
    ],
)
def test_round14_no_parent_beyond_the_second_sentence_cue(text: str) -> None:
    assert _read(text)[0] == []


# Round 16: catalogue headings inverted for sorting come out in natural order.
@pytest.mark.parametrize(
    ("text", "parents"),
    [
        (
            "Agriculture, Department of (1921-1950) ; Lands Office (1950-1971)",
            ["Department of Agriculture", "Lands Office"],
        ),
        ("Cultura, Secretaría de (México)", ["Secretaría de Cultura"]),
        ("Health, Ministry of ; Public Works, Board of (ca. 1930?)", ["Ministry of Health", "Board of Public Works"]),
        ("Culture, Ministère de la", ["Ministère de la Culture"]),
    ],
)
def test_inverted_catalogue_parents(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents


@pytest.mark.parametrize(
    "text",
    [
        "Jones, Robert of ; Lands Office",  # a person's heading, not an organization's head word
        "Agriculture, Department of ; see the annual report for details",  # an item that is no name
    ],
)
def test_inverted_catalogue_refused_unless_every_item_is_a_name(text: str) -> None:
    parents = _read(text)[0]
    assert "Department of Agriculture" not in parents and "Robert of Jones" not in parents


# Round 17: "depends of/on", "is dependent of/on" (a calque of "depende de") is a parent cue; the
# verb never stays in the parent's name; a dependence on something that is no organization,
# or another body's dependence, gives no parent.
@pytest.mark.parametrize(
    "text, parents",
    [
        (
            "Depends of the Secretaría de Cultura (Culture Secretariat), through its research office.",
            ["Secretaría de Cultura"],
        ),
        ("NIS depends on the Ministry of Health.", ["Ministry of Health"]),
        ("Is dependent of the Instituto Nacional de Tecnologia.", ["Instituto Nacional de Tecnologia"]),
        ("It depended on the National Research Council until 1990.", []),  # past
        ("The institute depends on donations from the public.", []),
        ("The Ministry of Health depends on the President.", []),
        ("Not dependent on any ministry.", []),
    ],
)
def test_round17_depends_of_is_a_cue(text: str, parents: list[str]) -> None:
    assert _read(text)[0] == parents
