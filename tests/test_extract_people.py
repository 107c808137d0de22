"""Leaders and posts (extract/people.py): one post per statement, the holder never inside
the post's name, titles and notes split off, a post without a holder kept as a post."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.people import leader_findings, named_post, read_leader, read_structure
from orgkg.model import Field, Identity, Item, OrgKind, Post, Unit
from orgkg.parse import parse_profile

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def field(name: str, *lines: str) -> Field:
    return Field(name, 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))


def leaders(*lines: str) -> set[tuple[str, tuple[str, ...]]]:
    """Each post and everyone named as holding or having held it (current and past holders)."""
    facts, _ = read_leader(field("Leader", *lines), IDENTITY)
    return {(f.label, tuple(h.name for h in f.named_holders)) for f in facts if isinstance(f, Post)}


def current_leaders(*lines: str) -> set[tuple[str, tuple[str, ...]]]:
    """Each post with a current holder (org:heldBy), and its current holders only."""
    facts, _ = read_leader(field("Leader", *lines), IDENTITY)
    return {(f.label, tuple(h.name for h in f.holders)) for f in facts if isinstance(f, Post) and f.holders}


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("Director-General: Ana Souza", "Director-General", "Ana Souza"),
        ("Chair — Prof. Dr. Lena Brandt", "Chair", "Lena Brandt"),
        ("Executive Director – Dame Alice Moore DBE", "Executive Director", "Alice Moore"),
        ("President and CEO Jane Doe", "President and CEO", "Jane Doe"),
        ("Jane Doe, CEO (2019–)", "CEO", "Jane Doe"),
        (
            "R. K. Menon, Chairman of the Governing Council (since 2021)",
            "Chairman of the Governing Council",
            "R. K. Menon",
        ),
        ("Dr. Omar Haddad (Director, since March 2020)", "Director", "Omar Haddad"),
        ("Rector: Sir Ian Wood FRSE", "Rector", "Ian Wood"),
        ("Vice-Rector: Joana Gonçalves", "Vice-Rector", "Joana Gonçalves"),
        ("Directrice générale: Inès Dupont", "Directrice générale", "Inès Dupont"),
    ],
)
def test_one_post_and_its_holder(text: str, label: str, holder: str) -> None:
    post = named_post(text)
    assert post is not None
    assert post.label == label
    assert tuple(h.name for h in post.holders) == (holder,)


def test_several_leaders_in_one_field() -> None:
    assert leaders("Chair: Maria Rossi; Chief Executive: Tom Baker", "Treasurer: Li Wei") >= {
        ("Chair", ("Maria Rossi",)),
        ("Chief Executive", ("Tom Baker",)),
    }
    assert leaders("Kofi Mensah, Director; Ama Owusu, Deputy Director") == {
        ("Director", ("Kofi Mensah",)),
        ("Deputy Director", ("Ama Owusu",)),
    }


def test_a_post_without_a_person_keeps_no_holder() -> None:
    assert leaders("Chair: the Minister of Science (ex officio)") == {("Chair", ())}
    # A post named alone is stated: the post, with no holder (not "nobody holds it").
    assert leaders("Director") == {("Director", ())}


def test_holder_is_never_part_of_the_post_name() -> None:
    for label, _ in leaders("Director — Professor Sir John Smith", "Chief Scientist: Mei Chen (2020–2024)"):
        assert "Smith" not in label and "Chen" not in label and "(" not in label


def test_predecessor_in_a_note_is_not_a_holder() -> None:
    assert leaders("Dr. Eva Lind (President since 2022; her predecessor was Dr. Karl Berg)") == {
        ("President", ("Eva Lind",))
    }


def test_deputy_and_vice_are_other_posts() -> None:
    facts, _ = read_leader(field("Leader", "Chairman: Ravi Shah", "Deputy Chairman: Anil Rao"), IDENTITY)
    assert {f.role for f in facts if isinstance(f, Post)} == {"chairman", "deputy chairman"}


@pytest.mark.parametrize("text", ["Not applicable — the lab closed in 1999.", "The board meets twice a year."])
def test_no_post_from_sentences_without_a_role(text: str) -> None:
    assert not leaders(text)


def test_structure_units_are_names() -> None:
    facts, _ = read_structure(
        field("Organization structure", "An elected Scientific Advisory Board oversees the institute."), IDENTITY
    )
    assert [f.name for f in facts if isinstance(f, Unit)] == ["Scientific Advisory Board"]


def test_role_colon_name_lines_are_values_not_headings() -> None:
    # "Role: Name" is short and capitalised like a heading; the colon makes it a value line.
    text = "Example Institute\n| ||||\n|\nExample Institute is a lab.\nLeader\nDirector: Jane Doe\nChair: John Roe\n"
    facts = extract(parse_profile(text, "x.txt"))
    [leader] = [ff for ff in facts.fields if ff.name == "Leader"]
    assert {(p.label, p.holders[0].name) for p in leader.facts if isinstance(p, Post)} == {
        ("Director", "Jane Doe"),
        ("Chair", "John Roe"),
    }
    assert all(ff.known for ff in facts.fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Silva has been CEO since 2019.", {("CEO", ("Maria Silva",))}),
        ("Tom Hale is the Director of the observatory.", {("Director of the observatory", ("Tom Hale",))}),
        ("The centre is led by Director Ana Lima.", {("Director", ("Ana Lima",))}),
        ("The centre is headed by a Director-General.", {("Director-General", ())}),
        ("Director: Prof. Hans-Peter Müller, FRS", {("Director", ("Hans-Peter Müller",))}),
        ("Head of Research: Dr. Li Na", {("Head of Research", ("Li Na",))}),
    ],
)
def test_more_phrasings_of_a_leader(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert leaders(text) == expected


def test_role_then_name_after_a_comma() -> None:
    assert leaders("The Chief Executive, Sarah Connor") == {("Chief Executive", ("Sarah Connor",))}


# --- round 2: a note after the holder's name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("Director: Maria Olsen, since 2019", "Director", "Maria Olsen"),
        ("Rector — Prof. Tomás Ibáñez Ruiz, since Sept. 2021", "Rector", "Tomás Ibáñez Ruiz"),
        ("President: Kim Soo-jin (김수진), since 2020", "President", "Kim Soo-jin"),
        ("Chair: Harriet Vane, throughout.", "Chair", "Harriet Vane"),
        ("Secretary-General – Amadou Diallo, re-elected 2023", "Secretary-General", "Amadou Diallo"),
        ("Chairperson – Noa Levi (since 2018)", "Chairperson", "Noa Levi"),
    ],
)
def test_note_after_the_holder(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        (
            "The institute is headed by its Director, Lars Eriksen, who was appointed in 2020.",
            "Director",
            "Lars Eriksen",
        ),
        ("The university is led by its Rector, Prof. Ana Ferreira (since 2022).", "Rector", "Ana Ferreira"),
        ("The council is chaired by its President, Dr. Hugo Brandt, since 2017.", "President", "Hugo Brandt"),
    ],
)
def test_led_by_its_role_then_the_holder(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


def test_several_posts_in_one_line_in_another_language() -> None:
    assert leaders("Presidente: Marco Bianchi. Direttore Generale: Laura Conti.") == {
        ("Presidente", ("Marco Bianchi",)),
        ("Direttore Generale", ("Laura Conti",)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a note word does not turn a non-person into a holder
        "Director: the Minister of Science, since 1990",
        "Chair: vacant, since 2021",
    ],
)
def test_no_holder_from_a_note(text: str) -> None:
    assert all(holders == () for _, holders in leaders(text))


# --- round 3: notes inside the role, descriptions after the holder, "Role was Name" -----------


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        # a note in brackets between the role and its separator
        ("President and CEO (1988–1990): Robert N. Noyce", "President and CEO", "Robert N. Noyce"),
        ("Director (acting, 2020–2021) — Jane Roe", "Director", "Jane Roe"),
        ("Chair (since 2019): Prof. Ana Souza", "Chair", "Ana Souza"),
        # a lowercase description after the holder's name
        ("Director: Grace Hopper, a rear admiral of the US Navy", "Director", "Grace Hopper"),
        ("President — Takaya Sugiura, the last to hold the post (1985–1987)", "President", "Takaya Sugiura"),
        ("Chair: Li Wei, formerly of Tsinghua University", "Chair", "Li Wei"),
        # honorary and foreign titles
        (
            "Chair of the Board of Trustees: Prof. Dr. Dr. h.c. mult. Jürgen Mlynek",
            "Chair of the Board of Trustees",
            "Jürgen Mlynek",
        ),
        ("Rector: Univ.-Prof. Dr. Heinz Faßmann", "Rector", "Heinz Faßmann"),
        ("Presidenta: Lic. María Fernanda Gómez", "Presidenta", "María Fernanda Gómez"),
        ("Chairman: Tan Sri Zakri Abdul Hamid", "Chairman", "Zakri Abdul Hamid"),
        ("Director: Dott.ssa Lucia Bianchi", "Director", "Lucia Bianchi"),
    ],
)
def test_holder_after_role_notes_and_before_descriptions(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("The last Chairman was Professor Sir Mark Richmond FRS.", "Chairman", "Mark Richmond"),
        ("The current Director-General is Dr. Amina Diallo.", "Director-General", "Amina Diallo"),
        ("The first President was Hideki Yukawa.", "President", "Hideki Yukawa"),
        ("Jane Doe was the last Director.", "Director", "Jane Doe"),
        ("Kofi Mensah served as Chairman until 2010.", "Chairman", "Kofi Mensah"),
    ],
)
def test_role_and_holder_joined_by_a_verb(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


@pytest.mark.parametrize(
    "text",
    [
        "Director: Suharto",  # one word: no name this reader can check
        "President: Pelé (1990–1994)",
        "Chair of the Board: Zhang",
    ],
)
def test_a_holder_no_reader_understood_gives_no_post_without_holder(text: str) -> None:
    assert leaders(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Consejo is chaired by the Minister of Economy.",
        "The board is chaired by the Secretary of State for Science.",
        "The Council is headed by the Minister for Higher Education.",
    ],
)
def test_an_office_of_another_body_is_no_post_of_the_organization(text: str) -> None:
    assert leaders(text) == set()


def test_an_office_as_holder_keeps_a_post_without_holder() -> None:
    assert leaders("Chairman: the Prime Minister (ex officio)") == {("Chairman", ())}
    assert leaders("Director: vacant") == {("Director", ())}
    assert leaders("The centre is led by a Director.") == {("Director", ())}


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("Chairperson: H.E. Mr. Amadou Diallo", "Chairperson", "Amadou Diallo"),
        ("Director: Prof. Dr.-Ing. habil. Karl Meier", "Director", "Karl Meier"),
        ("Directora General: Ana María de la Fuente y Ruiz", "Directora General", "Ana María de la Fuente y Ruiz"),
        ("Jean-Pierre Dubois, Président-directeur général", "Président-directeur général", "Jean-Pierre Dubois"),
        ("Director: Dr. Olufemi Adebayo, FAS", "Director", "Olufemi Adebayo"),
        ("Präsidentin: Prof. Dr. Katja Becker", "Präsidentin", "Katja Becker"),
        ("Rektor – Hans-Jürgen Prömel", "Rektor", "Hans-Jürgen Prömel"),
    ],
)
def test_titles_roles_and_names_of_other_languages(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


def test_a_holder_no_reader_understood_is_said_at_its_line() -> None:
    text = (
        "Example Institute\n| ||||\n|\nExample Institute is a lab.\nLeader\n"
        "Director: Suharto\nChair: the Prime Minister (ex officio)\nTreasurer: Jane Doe\n"
    )
    facts = extract(parse_profile(text, "x.txt"))
    [leader] = [ff for ff in facts.fields if ff.name == "Leader"]
    posts = {(p.label, tuple(h.name for h in p.named_holders)) for p in leader.facts if isinstance(p, Post)}
    assert posts == {("Chair", ()), ("Treasurer", ("Jane Doe",))}
    unread = [(d.code, d.line) for d in facts.diagnostics if d.field == "Leader" and d.code == "extract.unread-holder"]
    assert unread == [("extract.unread-holder", 6)]


@pytest.mark.parametrize(
    "text",
    [
        "The Director, currently Dr. Amara Okafor, reports to the Board.",
        "The President chairs the council and reports to the minister.",
        "Directors are appointed by the board for five years.",
    ],
)
def test_a_sentence_around_a_role_is_no_post_name(text: str) -> None:
    assert all("," not in label and "report" not in label for label, _ in leaders(text))
    assert not any(len(label.split()) > 4 for label, _ in leaders(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chief Executive: vacant since March 2024; interim Chief Executive: Paul Mensah",
            {("Chief Executive", ()), ("interim Chief Executive", ("Paul Mensah",))},
        ),
        ("Rector Magnificus: prof. dr. Hester Bijl", {("Rector Magnificus", ("Hester Bijl",))}),
        ("Its president is Dr. Maria Costa, a physicist.", {("president", ("Maria Costa",))}),
        (
            "Headed by the Secretary of the Department, Jane Citizen PSM.",
            {("Secretary of the Department", ("Jane Citizen",))},
        ),
    ],
)
def test_lowercase_qualifiers_titles_and_possessives(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert leaders(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Director General — Dr. T. S. R. Subramanian IAS", {("Director General", ("T. S. R. Subramanian",))}),
        ("Rector: Prof. Dr. Dr. h. c. Wolfgang Herrmann", {("Rector", ("Wolfgang Herrmann",))}),
        ("Chairman: Prime Minister (ex officio)", {("Chairman", ())}),
        ("Chair: Minister of Science (ex officio)", {("Chair", ())}),
        # two posts run together: people, not an office, so no post without its holder
        ("Chair: Ms. Ngozi Okonjo-Iweala and Vice-Chair: Mr. Li Wei", set()),
    ],
)
def test_service_post_nominals_spaced_titles_and_offices(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert leaders(text) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ("Chief Scientist — Jeff Dean",),  # "Dean" is a role word, and a family name
        ("Provost: Ann Provost",),
    ],
)
def test_no_post_without_holder_when_the_line_names_a_person(lines: tuple[str, ...]) -> None:
    assert all(holders for _, holders in leaders(*lines))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Executive Director",), {("Executive Director", ())}),
        (("Secretary-General of the Council",), {("Secretary-General of the Council", ())}),
        (("Head of Mission", "(to be announced)"), {("Head of Mission", ())}),
    ],
)
def test_a_post_named_alone_is_kept_without_holder(
    lines: tuple[str, ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert leaders(*lines) == expected


def test_a_post_named_alone_is_no_unread_holder() -> None:
    assert leader_findings(field("Leader", "Director-General of Health")) == []


def test_an_unreadable_holder_after_a_colon_is_said_at_its_line() -> None:
    found = leader_findings(field("Leader", "Director: The Honourable Mr Justice (retd.)"))
    assert [f.code for f in found] == ["extract.unread-holder"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("Director-General of Conservation", "Penny Nelson"),
            {("Director-General of Conservation", ("Penny Nelson",))},
        ),
        (("Rector", "Prof. Dr. Lena Brandt"), {("Rector", ("Lena Brandt",))}),
        (("Chief Executive Officer", "Kwame Asante (since 2021)"), {("Chief Executive Officer", ("Kwame Asante",))}),
        # Negative: a line that is no person is no holder.
        (("Director", "Vacancy advertised in 2024"), {("Director", ())}),
    ],
)
def test_a_role_line_then_its_holder_on_the_next_line(
    lines: tuple[str, ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert leaders(*lines) == expected


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("Prof. Mojisola Adeyeye — Director-General (appointed November 2017)", "Director-General", "Mojisola Adeyeye"),
        ("Dr. Ana Lima Souza – Rector", "Rector", "Ana Lima Souza"),
        ("Kenji Watanabe: President (2019–2023)", "President", "Kenji Watanabe"),
        ("Presidente do IBGE — Marcio Pochmann (em exercício desde 2023)", "Presidente do IBGE", "Marcio Pochmann"),
        ("Presidente da Fiocruz: Nísia Trindade Lima", "Presidente da Fiocruz", "Nísia Trindade Lima"),
    ],
)
def test_name_then_role_and_romance_prepositions(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Administrator: Ruth K. Adler, March 1951 to June 1955, the longest-serving holder of the post.",
            {("Administrator", ("Ruth K. Adler",))},
        ),
        ("Executive Director: Amara Okoye, 2015–2021", {("Executive Director", ("Amara Okoye",))}),
        ("Rector — María José Gómez, Sept. 2019 to present", {("Rector", ("María José Gómez",))}),
        ("Chair: Lars Berg, January 2020 onwards, an economist", {("Chair", ("Lars Berg",))}),
    ],
)
def test_a_period_after_the_holder_is_a_note(line: str, expected: set) -> None:
    assert leaders(line) == expected


def test_a_month_without_a_year_is_a_given_name() -> None:
    assert leaders("Co-Directors: Jane Doe, May Smith") == {("Co-Directors", ("Jane Doe", "May Smith"))}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Chief Scientist | Jeff Dean",), {("Chief Scientist", ("Jeff Dean",))}),
        (("Provost — Ann Provost",), {("Provost", ("Ann Provost",))}),
        (
            ("Chair: Lena Brandt", "Dean of Studies: Tom Head"),
            {("Chair", ("Lena Brandt",)), ("Dean of Studies", ("Tom Head",))},
        ),
        (("Director | Omar Haddad (since 2021)",), {("Director", ("Omar Haddad",))}),
    ],
)
def test_table_forms_and_role_words_as_family_names(
    lines: tuple[str, ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert leaders(*lines) == expected


def test_a_role_word_is_no_family_name_outside_a_holder_slot() -> None:
    from orgkg.extract.names import person_name

    assert person_name("Jeff Dean") is None  # in running text "Dean" stays a role word
    assert person_name("Associate Dean", role_surname=True) is None
    assert person_name("Deputy Head", role_surname=True) is None


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("Led by chief executive Jane Q. Doe since 2019.", "Chief Executive", "Jane Q. Doe"),
        ("The agency is headed by a Director-General, currently Kwame Asante.", "Director-General", "Kwame Asante"),
        ("It is chaired by President Ines Moreau from 2022.", "President", "Ines Moreau"),
    ],
)
def test_led_by_a_role_and_its_holder_with_a_time_note(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


@pytest.mark.parametrize(
    "lines",
    [
        ("Former director: John Major",),
        ("ex-CEO Ann Lee (2010–2018)",),
        ("Outgoing President: Maria Silva",),
        ("Past Chair — Tom Baker",),
    ],
)
def test_a_past_holder_is_no_current_leader(lines: tuple[str, ...]) -> None:
    # round 52: a capitalised post after the rank word ("Outgoing President") is held by a past
    # holder (a membership, no org:heldBy); none is a current one
    assert current_leaders(*lines) == set()


def test_current_and_former_holders_in_one_line() -> None:
    assert leaders("President Maria Silva; former president João Costa (2010–2018)") == {
        ("President", ("Maria Silva",))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Financial Officer Petra Lang", {("Chief Financial Officer", ("Petra Lang",))}),
        ("Chief Operating Officer Maria de la Cruz", {("Chief Operating Officer", ("Maria de la Cruz",))}),
        ("Head of Research Jane Doe", {("Head of Research", ("Jane Doe",))}),
    ],
)
def test_a_long_role_then_a_name_without_a_separator(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert leaders(text) == expected


def test_a_name_never_ends_a_post_name_and_a_post_never_ends_in_a_joining_word() -> None:
    assert all(holders for _, holders in leaders("Chief Financial Officer Petra Lang"))
    assert ("Head of", ("Human Resources",)) not in leaders("Head of Human Resources")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Director: Dr. Paul Roe (until 2022); Director: Dr. Ann Lee (since 2022)",), {("Director", ("Ann Lee",))}),
        (("Director: A. Roe (2001–2010)", "Director: Ann Lee (since 2010)"), {("Director", ("Ann Lee",))}),
        (
            ("President: Ana Lima (2019–)", "Chair: Bob Ray (2015–2019)"),
            # round 52: no current Chair named, but Bob Ray's period has ended: a past holder
            {("President", ("Ana Lima",))},
        ),
    ],
)
def test_a_holder_whose_period_ended_gives_way_to_the_current_one(
    lines: tuple[str, ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert current_leaders(*lines) == expected


def test_an_ambassador_title_is_no_part_of_the_name() -> None:
    assert leaders("Chairperson of the Council: H.E. Amb. John Kamau") == {
        ("Chairperson of the Council", ("John Kamau",))
    }


def bulleted(name: str, heading: str, *bullets: str) -> Field:
    return Field(name, 10, (Item(11, heading), *(Item(12 + n, b, bullet=True) for n, b in enumerate(bullets))))


def listed_leaders(heading: str, *bullets: str) -> set[tuple[str, tuple[str, ...]]]:
    facts, _ = read_leader(bulleted("Leader", heading, *bullets), IDENTITY)
    return {(f.label, tuple(h.name for h in f.named_holders)) for f in facts if isinstance(f, Post)}


@pytest.mark.parametrize(
    ("heading", "bullets", "expected"),
    [
        (
            "Rectors, chronologically:",
            ("Ana Lima, 1990–1998", "Major-General Paulo Reis, 1998–2004"),
            {("Rector", ("Ana Lima",)), ("Rector", ("Paulo Reis",))},
        ),
        (
            "Directrices générales (liste partielle) :",
            ("Claire Dupont, 2001–2009 (première titulaire)",),
            {("Directrice générale", ("Claire Dupont",))},
        ),
        (
            "Chief Executive Officers since 2010:",
            ("Tom Baker, 2010–2015", "Mary Shaw, 2015–2020"),
            {("Chief Executive Officer", ("Tom Baker",)), ("Chief Executive Officer", ("Mary Shaw",))},
        ),
        (
            "Secretaries-General:",
            ("Ivo Marek, 1961–1970",),
            {("Secretary-General", ("Ivo Marek",))},
        ),
        (
            "Presidentes (selección):",
            ("Luis Ortega, 1980–1986",),
            {("Presidente", ("Luis Ortega",))},
        ),
    ],
)
def test_a_plural_role_heading_makes_each_listed_person_a_holder_of_the_singular_post(
    heading: str, bullets: tuple[str, ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert listed_leaders(heading, *bullets) == expected


def test_a_plural_heading_does_not_reach_items_that_name_no_person_or_their_own_post() -> None:
    found = listed_leaders("Directors:", "Jo Park, Director, 1914–1946", "the Board of Trustees", "Lin Wu, Chair")
    assert found == {("Director", ("Jo Park",)), ("Chair", ("Lin Wu",))}
    # Not a plural role: the list is left alone; former holders are no current leaders.
    assert listed_leaders("Members:", "Jo Park, 2001–2004") == set()
    # Round 62: a heading of former holders lists past holders of the post, none current.
    facts, _ = read_leader(bulleted("Leader", "Former Directors:", "Jo Park, 2001–2004"), IDENTITY)
    assert [(f.label, f.holders, [h.holder.name for h in f.past]) for f in facts if isinstance(f, Post)] == [
        ("Director", (), ["Jo Park"])
    ]
    assert listed_leaders("Board of Governors:", "Jo Park, 2001–2004") == set()


@pytest.mark.parametrize(
    ("heading", "singular"),
    [
        ("Secretaries-General, in order", "Secretary-General"),
        ("Commissaires généraux (sélection)", "Commissaire général"),
        ("Directores generales", "Director general"),
        ("Co-chairs", "Co-chair"),
        ("Director", None),
        ("Members", None),
    ],
)
def test_singular_role(heading: str, singular: str | None) -> None:
    from orgkg.extract.people import singular_role

    assert singular_role(heading) == singular


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Government Statistician: Dr Mele Tui (since 2020)", ("Government Statistician", "Mele Tui")),
        ("Dr Ian Holm, Co-director from 1990 (with Ann Ree); retired 2001", ("Co-director", "Ian Holm")),
        ("Commissaire générale : Anne Morel", ("Commissaire générale", "Anne Morel")),
        ("Head: Lieutenant General Sam Obi", ("Head", "Sam Obi")),
    ],
)
def test_roles_of_statisticians_co_directors_and_commissaires(line: str, expected: tuple[str, str]) -> None:
    assert leaders(line) == {(expected[0], (expected[1],))}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Managing Director. Ms Ana Lima has held the post since 2020.",), {("Managing Director", ("Ana Lima",))}),
        (("Rector", "Prof. Ivo Marek held the office from 2011 until 2019."), {("Rector", ("Ivo Marek",))}),
        (
            ("Chief Executive Officer. Tom Baker holds the position; his deputy is Ann Ree.",),
            {("Chief Executive Officer", ("Tom Baker",))},
        ),
    ],
)
def test_a_post_named_alone_then_the_person_who_held_it(
    lines: tuple[str, ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    assert leaders(*lines) == expected


def test_holding_the_post_needs_a_bare_post_before_and_a_person() -> None:
    # No post named alone before: nothing guessed from "held the post".
    assert leaders("Dr Jo Park held the post from 2013 until 2019.") == set()
    # The holder is no person's name: the post stays without holder.
    assert leaders("Director. The Minister held the post in 1990.") == {("Director", ())}
    # Another person named elsewhere in the sentence is no holder.
    assert leaders("Director. Jo Park held the post, succeeding Dr Lin Wu.") == {("Director", ("Jo Park",))}


# Narrative Leader fields (round 9): the holder after the role, a describing phrase before
# the name dropped; a definite post whose holder is not read, a predecessor, or a role word
# inside prose gives no post.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council has been led by its chair, the physicist Ana Ribeiro, since March 2021.",
            {("Chair", ("Ana Ribeiro",))},
        ),
        (
            "The fund is run by managing director Kofi Boateng, a former central banker, since 2018; "
            "he succeeded the lawyer Maria Santos.",
            {("Managing Director", ("Kofi Boateng",))},
        ),
        (
            "The society has been chaired by the Dutch historian Pieter de Vries since 2017.",
            {("Chair", ("Pieter de Vries",))},
        ),
        (
            "The office was headed by a commissioner. Its first commissioner was the engineer Tom H. Lee, "
            "who served until 1930; its last was Sara K. Olsen, who closed it.",
            # the holderless "a commissioner" adds nothing beside the named ones (round 56)
            {("Commissioner", ("Tom H. Lee",)), ("Commissioner", ("Sara K. Olsen",))},
        ),
        ("The institute is led by its director, who is appointed by the minister.", set()),
        ("The agency has been led since 2020 by its president, whose name is not published.", set()),
        ("She succeeded the economist John Smith, the former director.", set()),
        ("The board reports to the minister and the director of finance.", set()),
    ],
)
def test_narrative_leader_fields(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert leaders(text) == expected


def test_each_unit_headed_by_a_role_is_no_post_of_the_organization() -> None:
    text = "The work is divided among directorates, each headed by a director general who reports to the president."
    facts, _ = read_structure(field("Organization structure", text), IDENTITY)
    assert not [f for f in facts if isinstance(f, Post)]
    facts, _ = read_structure(field("Organization structure", "The agency is headed by a director general."), IDENTITY)
    assert [f.role for f in facts if isinstance(f, Post)] == ["director general"]


@pytest.mark.parametrize(
    ("text", "units", "not_units"),
    [
        (
            "Below the executive board, the work is split among offices.",
            set(),
            {"executive board"},
        ),
        (
            "The plan is approved by the supervisory council before the vote.",
            set(),
            {"supervisory council"},
        ),
        (
            "It has two parts: the Example Network Secretariat in Geneva and a steering committee.",
            {"Example Network Secretariat", "steering committee"},
            {"Example Network Secretariat in Geneva"},
        ),
        (
            "Campaigns are run by the Global Policy Office in New York.",
            {"Global Policy Office"},
            {"Global Policy Office in New York"},
        ),
    ],
)
def test_structure_units_are_stated_bodies_without_their_place(text: str, units: set[str], not_units: set[str]) -> None:
    facts, _ = read_structure(field("Organization structure", text), IDENTITY)
    names = {f.name for f in facts if isinstance(f, Unit)}
    assert units <= names
    assert not (not_units & names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role noun used as a verb makes the line a sentence, never a post's name.
        ("The president of the republic chairs the board.", set()),
        ("The Minister of Health chairs the council.", set()),
        ("The rector heads the senate.", set()),
        # A time phrase after the holder is no part of the name.
        (
            "The agency was led by administrator James E. Webb during the Apollo years.",
            {("Administrator", ("James E. Webb",))},
        ),
        ("The museum has been headed since 2015 by director Ana Lima.", {("Director", ("Ana Lima",))}),
    ],
)
def test_role_verbs_and_time_phrases_in_prose(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert leaders(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past holder in prose is no current leader.
        ("The institute was formerly led by director Hans Vogel.", set()),
        ("The society was previously headed by a director general.", set()),
        ("It was led by President Ines Moreau until 2019; since then the post has been vacant.", set()),
        ("It was led by chair Ana Lima until March 2020.", set()),
        # Until the organization's own end: its last leader.
        (
            "The laboratory was led by chief executive Ruth Adams from its founding until its closure.",
            {("Chief Executive", ("Ruth Adams",))},
        ),
        ("It has been led by President Ines Moreau since 2019.", {("President", ("Ines Moreau",))}),
        # "Name, the role": the article is no part of the post.
        ("Jane Doe, the director, has led the institute since 2019.", {("Director", ("Jane Doe",))}),
    ],
)
def test_past_holders_in_prose(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert leaders(text) == expected


# Round 10: a "Key: value" line whose key names an earlier holder is no post.
@pytest.mark.parametrize(
    "lines",
    [
        ("Chair: Maria Lopes (since 2020)", "Before: Tomas Berg (until 2020)"),
        ("Chair: Maria Lopes", "Earlier: Tomas Berg"),
        ("Chair: Maria Lopes", "Predecessor: Tomas Berg (Norway)"),
        ("Chair: Maria Lopes", "Predecessor as chair: Tomas Berg (2001–2019)"),
        ("Chair: Maria Lopes", "Founder: Tomas Berg"),
        ("Chair: Maria Lopes", "Previously: Tomas Berg"),
        ("Chair: Maria Lopes", "Until 2019: Tomas Berg"),
        ("Chair: Maria Lopes", "Vorgänger: Tomas Berg (1990–2004)"),
        ("Chair: Maria Lopes", "Antecesor: Tomas Berg"),
        ("Chair: Maria Lopes", "Earlier holders: Tomas Berg, Anna Holm"),
    ],
)
def test_a_past_holder_key_gives_no_post(lines: tuple[str, ...]) -> None:
    assert leaders(*lines) == {("Chair", ("Maria Lopes",))}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Another line names the current holder: the first one is a past holder.
        (("Director: Ines Alves (since 2015)", "First director: Paulo Reis"), {("Director", ("Ines Alves",))}),
        (("Founding President: Paulo Reis", "President: Ines Alves"), {("President", ("Ines Alves",))}),
        (("Inaugural Rector: Paulo Reis", "Rector: Ines Alves"), {("Rector", ("Ines Alves",))}),
        (("Director: Ines Alves", "Primer director: Paulo Reis"), {("Director", ("Ines Alves",))}),
        # The first holder alone may well hold the post still: kept.
        (("First director: Paulo Reis",), {("First director", ("Paulo Reis",))}),
        # A first holder of another post is no past holder of this one.
        (
            ("Director: Ines Alves", "First Treasurer: Paulo Reis"),
            {("Director", ("Ines Alves",)), ("First Treasurer", ("Paulo Reis",))},
        ),
    ],
)
def test_a_first_holder_yields_to_the_current_one(
    lines: tuple[str, ...], expected: set[tuple[str, tuple[str, ...]]]
) -> None:
    # round 52: the first holder is a past holder of the post (a membership), no current one
    assert current_leaders(*lines) == expected


@pytest.mark.parametrize(
    ("text", "label", "holder"),
    [
        ("Secretary (head of Secretariat): Olga Petrova (1983–1991), last holder", "Secretary", "Olga Petrova"),
        (
            "Secretary General: Ana Ruiz Soto (Chile), since 01.09.2023, term until 2028",
            "Secretary General",
            "Ana Ruiz Soto",
        ),
        ("Director: Jan Novak, last director before the closure", "Director", "Jan Novak"),
        ("President: Lea Kim, term ends 2027", "President", "Lea Kim"),
    ],
)
def test_last_holder_and_term_notes_after_the_holder(text: str, label: str, holder: str) -> None:
    assert leaders(text) == {(label, (holder,))}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Founder and President: Tomas Berg", "Founder and President"),
        ("Co-founder and Director: Tomas Berg", "Co-founder and Director"),
        ("Founder and Chief Scientist: Tomas Berg", "Founder and Chief Scientist"),
    ],
)
def test_a_founder_who_holds_a_post_keeps_it(text: str, label: str) -> None:
    assert leaders(text) == {(label, ("Tomas Berg",))}


def structure_units(text: str) -> set[str]:
    facts, _ = read_structure(field("Organization structure", text), IDENTITY)
    return {f.name for f in facts if isinstance(f, Unit)}


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Board (highest body), appointed by the Minister on recommendation of the National Assembly.",
            {"Board"},
        ),
        (
            "A Supervisory Board, named on the nomination of the Federal Council; a Legal Department supports it.",
            {"Supervisory Board", "Legal Department"},
        ),
        ("Executive Board, acting on behalf of the General Assembly of Shareholders.", {"Executive Board"}),
        # The cue before another body only: the structure's own bodies stay.
        (
            "A Governing Council and a Scientific Committee; approval of the budget by the Council.",
            {"Governing Council", "Scientific Committee"},
        ),
    ],
)
def test_a_body_it_answers_to_is_no_unit(text: str, units: set[str]) -> None:
    assert structure_units(text) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Organs: General Conference (supreme organ); Executive Board (since 1954); Secretariat (Paris); "
            "Regional Bureaus (by region).",
            {"General Conference", "Executive Board", "Secretariat", "Regional Bureaus"},
        ),
        (
            "Órganos del Sistema (SIS): Consejo de Ministros; Tribunal Superior (Lima); Secretaría Técnica",
            {"Consejo de Ministros", "Tribunal Superior", "Secretaría Técnica"},
        ),
        ("Bodies: Assembly of Parties; Standing Committee (Geneva)", {"Assembly of Parties", "Standing Committee"}),
        (
            "Units: Smith and Jones Imaging Center; Data Science Lab",
            {"Smith and Jones Imaging Center", "Data Science Lab"},
        ),
    ],
)
def test_units_listed_after_a_class_label(text: str, units: set[str]) -> None:
    assert structure_units(text) == units
    facts, _ = read_structure(field("Organization structure", text), IDENTITY)
    assert all(f.acronym in {None, "SIS"} for f in facts if isinstance(f, Unit))  # a place is no acronym


@pytest.mark.parametrize(
    "text",
    [
        "Not organs, but linked: Alpha Bank for Co-operation (1963); Beta Investment Bank (1970).",
        "Partners: Alpha Bank; Beta Investment Bank",
        "Organs: the assembly meets yearly; decisions by consensus",
    ],
)
def test_no_units_from_other_labelled_lists(text: str) -> None:
    assert not structure_units(text) & {"Alpha Bank for Co-operation", "Beta Investment Bank", "Alpha Bank"}
    assert "the assembly meets yearly" not in structure_units(text)


def _leader_field(*lines: tuple[str, bool]) -> set[tuple[str, tuple[str, ...]]]:
    items = tuple(Item(11 + n, text, bullet=bullet) for n, (text, bullet) in enumerate(lines))
    facts, _ = read_leader(Field("Leader", 10, items), IDENTITY)
    return {(f.label, tuple(h.name for h in f.named_holders)) for f in facts if isinstance(f, Post)}


@pytest.mark.parametrize(
    "lines",
    [
        (
            ("The Authority was led by a director appointed by the minister. Those who held the office:", False),
            ("Margaret Ellison, 1961–1970", True),
            ("Robert Kwame Asante, 1970–1984", True),
        ),
        (
            ("It was run by a president elected by the assembly. The office was held by:", False),
            ("Dr. Henrik Lund (1950–1962)", True),
            ("Ana Beatriz Prado, 1962–1975", True),
        ),
        (
            ("Headed by a secretary. Holders:", False),
            ("Jean-Paul Marchand, 1990–1999", True),
        ),
    ],
)
def test_no_holderless_post_when_the_text_lists_its_holders(lines: tuple[tuple[str, bool], ...]) -> None:
    assert not any(not holders for _, holders in _leader_field(*lines))


def test_a_holderless_post_stays_when_no_holder_is_listed() -> None:
    found = _leader_field(
        ("The Authority is led by a director appointed by the minister.", False),
        ("Seat of the office: Main Street", True),
    )
    assert ("Director", ()) in found
