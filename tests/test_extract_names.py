"""The name check and person names (extract/names.py): what may reach the graph as a name."""

from __future__ import annotations

import pytest

from orgkg.extract.names import (
    NameKind,
    check_org_name,
    check_unit_name,
    elided_name_at,
    is_title_only,
    name_problem,
    org_mention,
    person,
    person_name,
)
from orgkg.extract.text import clean, strip_notes


@pytest.mark.parametrize(
    ("text", "name", "given", "family"),
    [
        ("K. Radhakrishnan", "K. Radhakrishnan", "K.", "Radhakrishnan"),
        ("Gordon E. Moore", "Gordon E. Moore", "Gordon E.", "Moore"),
        ("A. P. J. Abdul Kalam", "A. P. J. Abdul Kalam", "A. P. J. Abdul", "Kalam"),
        ("J.R.R. Tolkien", "J.R.R. Tolkien", "J.R.R.", "Tolkien"),
        ("Charles de Gaulle", "Charles de Gaulle", "Charles", "de Gaulle"),
        ("Ursula von der Leyen", "Ursula von der Leyen", "Ursula", "von der Leyen"),
        ("Vincent van Gogh", "Vincent van Gogh", "Vincent", "van Gogh"),
        ("Khalid bin Mohammed", "Khalid bin Mohammed", "Khalid", "bin Mohammed"),
        ("Jordi Pujol i Soley", "Jordi Pujol i Soley", "Jordi", "Pujol i Soley"),
        ("François Jacob", "François Jacob", "François", "Jacob"),
        ("Søren Kierkegaard", "Søren Kierkegaard", "Søren", "Kierkegaard"),
        ("Santiago Ramón y Cajal", "Santiago Ramón y Cajal", "Santiago", "Ramón y Cajal"),
        ("Jürgen Großmann", "Jürgen Großmann", "Jürgen", "Großmann"),
        ("João Gonçalves", "João Gonçalves", "João", "Gonçalves"),
        ("Anne-Marie O'Neill", "Anne-Marie O'Neill", "Anne-Marie", "O'Neill"),
        ("TANAKA Koichi", "TANAKA Koichi", "Koichi", "TANAKA"),
        ("Sammy Davis Jr.", "Sammy Davis Jr.", "Sammy", "Davis Jr."),
    ],
)
def test_person_names_with_initials_particles_and_diacritics(text: str, name: str, given: str, family: str) -> None:
    found = person_name(text)
    assert found is not None
    assert (found.name, found.given, found.family) == (name, given, family)


@pytest.mark.parametrize(
    ("text", "name", "titles", "post"),
    [
        ("Dr. Ada Lovelace", "Ada Lovelace", ("Dr.",), ()),
        ("Dr Ada Lovelace", "Ada Lovelace", ("Dr",), ()),
        ("Prof. Dr. Klaus Müller", "Klaus Müller", ("Prof.", "Dr."), ()),
        ("Professor Dame Sue Black", "Sue Black", ("Professor", "Dame"), ()),
        ("Sir Paul Nurse FRS", "Paul Nurse", ("Sir",), ("FRS",)),
        ("Jane Smith AO", "Jane Smith", (), ("AO",)),
        ("Jane Smith CBE FRS", "Jane Smith", (), ("CBE", "FRS")),
        ("Jane Smith, PhD", "Jane Smith", (), ("PhD",)),
        ("Lord Martin Rees", "Martin Rees", ("Lord",), ()),
    ],
)
def test_titles_and_post_nominals_are_split_from_the_name(
    text: str, name: str, titles: tuple[str, ...], post: tuple[str, ...]
) -> None:
    found = person_name(text)
    assert found is not None
    assert (found.name, found.titles, found.post_nominals) == (name, titles, post)


@pytest.mark.parametrize(
    "text",
    [
        "Director",
        "President and CEO",
        "the Prime Minister",
        "Board of Trustees",
        "Ada",  # one word: not enough to be sure
        "Ada L",  # a cut-off initial at the end
        "Ada Lovelace (since 2020)",
        "Siemens AG",
        "Acme Holdings",
        "NASA ESA",
        "Not Applicable",
        "von Braun",
        "Ada Lovelace and Charles Babbage",
        "Ada Lovelace, Charles Babbage",
        "Department of Energy",
    ],
)
def test_not_a_person_name(text: str) -> None:
    assert person_name(text) is None


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Canon A. B. Hartley", "A. B. Hartley", ("Canon",)),
        ("The Reverend Mary Okafor", "Mary Okafor", ("The Reverend",)),
        ("The Rev. Ian Paisley", "Ian Paisley", ("The Rev.",)),
        ("Rev. Dr. Ruth Mensah", "Ruth Mensah", ("Rev.", "Dr.")),
        ("Bishop Samuel Ajayi Crowther", "Samuel Ajayi Crowther", ("Bishop",)),
        ("Archbishop Óscar Romero", "Óscar Romero", ("Archbishop",)),
        ("Father Damián Ortega", "Damián Ortega", ("Father",)),
        ("Fr. Thomas Byles", "Thomas Byles", ("Fr.",)),
        ("Rabbi Regina Jonas", "Regina Jonas", ("Rabbi",)),
        ("Sheikh Hamad bin Khalifa", "Hamad bin Khalifa", ("Sheikh",)),
        ("Chief Bola Ige", "Bola Ige", ("Chief",)),
        ("Monsignor Luigi Rossi", "Luigi Rossi", ("Monsignor",)),
    ],
)
def test_religious_and_traditional_titles_are_split_from_the_name(
    text: str, name: str, titles: tuple[str, ...]
) -> None:
    found = person_name(text)
    assert found is not None
    assert (found.name, found.titles) == (name, titles)
    mentioned = person(f"{text}, who chaired the first meeting")
    assert mentioned is not None and mentioned.name == name


@pytest.mark.parametrize("text", ["Canon", "The Reverend", "Chief Executive Ana Silva", "Father"])
def test_a_title_alone_or_before_a_role_is_no_person(text: str) -> None:
    assert person_name(text) is None


def test_a_title_word_as_family_name_stays() -> None:
    found = person_name("Julie Bishop")
    assert found is not None and (found.name, found.titles) == ("Julie Bishop", ())


def test_person_at_the_start_of_a_phrase() -> None:
    found = person("Dr. Grace Hopper, who joined in 1949")
    assert found is not None and found.name == "Grace Hopper" and found.kind == "person"
    assert person("the Department of Energy") is None


@pytest.mark.parametrize(
    "text",
    ["Not", "N/A", "None", "The", "It", "Unknown", "and", "of the"],
)
def test_function_words_are_not_names(text: str) -> None:
    assert name_problem(text) == "a function word"
    assert check_org_name(text) is None and check_unit_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Acme takes no public money",
        "the lab was closed in 1999",
        "Members number about 200",
        "Not applicable — the office closed in 1995",
    ],
)
def test_sentences_are_not_names(text: str) -> None:
    assert name_problem(text) == "a sentence or clause, not a name"


@pytest.mark.parametrize(
    "text",
    ["and Technology", "Science and", "Institute of", "Rolls-Royce &", "& Co. Research", "National (observer", "Acme)"],
)
def test_fragments_are_not_names(text: str) -> None:
    assert (name_problem(text) or "").startswith("a fragment")


@pytest.mark.parametrize("text", ["Director", "President", "Deputy Director-General", "Chair and CEO", "Prof. Dr."])
def test_titles_alone_are_not_names(text: str) -> None:
    assert is_title_only(text)
    assert name_problem(text) == "a title or role without a name"


@pytest.mark.parametrize("text", ["leading universities", "Australian universities", "Universities", "Indian industry"])
def test_common_noun_phrases_are_not_organizations(text: str) -> None:
    assert check_org_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Siemens", "Siemens"),
        ("Airbus", "Airbus"),
        ("the Council for Science, Technology and Innovation", "Council for Science, Technology and Innovation"),
        ("Acme, Inc.", "Acme, Inc."),
        ("Example Co., Ltd.", "Example Co., Ltd."),
        ("Verein für Forschung e.V.", "Verein für Forschung e.V."),
        ("Black & Decker", "Black & Decker"),
        ("Institut d'Astrophysique Spatiale", "Institut d'Astrophysique Spatiale"),
        ("European Space Agency (observer)", "European Space Agency"),
        ("Alliance for Open Data initiative", "Alliance for Open Data initiative"),
        ("Lab42", "Lab42"),
    ],
)
def test_organization_names_pass(text: str, name: str) -> None:
    assert check_org_name(text) == name


def test_legal_form_alone_is_not_a_name() -> None:
    for text in ("Inc.", "Ltd", "GmbH", "e.V."):
        assert name_problem(text) == "a legal form without a name"


def test_units_may_be_one_common_word() -> None:
    assert check_unit_name("Paintings") == "Paintings"
    assert check_unit_name("Agriculture and Food") == "Agriculture and Food"
    assert check_org_name("Paintings") == "Paintings"  # capitalised alone: a name
    assert name_problem("research on many topics", NameKind.UNIT) is not None


def test_org_mention_keeps_the_acronym_and_drops_notes() -> None:
    found = org_mention("the European Centre for Medium-Range Weather Forecasts (ECMWF) (member)")
    assert found is not None
    assert (found.name, found.acronym) == ("European Centre for Medium-Range Weather Forecasts", "ECMWF")
    assert org_mention("N/A") is None
    assert org_mention("leading universities") is None


def test_clean_keeps_the_stop_of_a_legal_form() -> None:
    assert clean("Globex Inc.") == "Globex Inc."
    assert clean("Globex Inc.,") == "Globex Inc."
    assert clean("the end of a sentence.") == "the end of a sentence"
    assert strip_notes("Globex (supplier) (since 2001)") == "Globex"
    # round 18: a balanced trailing group is a note, brackets inside it too ("(广州铁路(集团)公司)")
    assert strip_notes("Globex (a (nested) note)") == "Globex"
    assert strip_notes("Globex (a nested) note)") == "Globex (a nested) note)"


def test_a_label_and_value_is_not_a_name() -> None:
    assert name_problem("Partners: Hooli AG") == "a label and a value, not a name"


def test_two_letter_family_names() -> None:
    found = person_name("He Jiankui")
    assert found is not None and found.family == "Jiankui"
    assert person_name("Li Na") is not None


@pytest.mark.parametrize("text", ["Unlike the Red Cross", "Through Acme Labs", "Besides Globex", "While Initech"])
def test_a_phrase_opening_with_a_function_word_is_no_name(text: str) -> None:
    assert name_problem(text) == "a fragment (starts with a function word)"


# --- names with elided particles ("d'", "dell'") pass whole (round 8) ---------------------


@pytest.mark.parametrize(
    "name",
    [
        "Centre d'analyse stratégique",
        "Institut national d’études démographiques",
        "Biblioteca dell'Università di Bologna",
        "Office national d'études et de recherches aérospatiales",
    ],
)
def test_a_lowercase_style_name_with_an_elided_particle_passes_whole(name: str) -> None:
    assert name_problem(name, NameKind.ORGANIZATION) is None
    assert elided_name_at(f" the {name} (decree of 2006), which was") == name


@pytest.mark.parametrize(
    "text",
    [
        " Jean d'Ormesson was elected",  # a person, no organization head
        " the Centre d'un grand intérêt",  # "d'un": an article, no particle of a name
        " the Centre for Policy Studies",  # no elided particle: other readers' business
        " the Board in the spring",
    ],
)
def test_no_elided_name_where_there_is_none(text: str) -> None:
    assert elided_name_at(text) is None


def test_an_elided_name_ends_before_english_goes_on() -> None:
    assert elided_name_at(" the Centre d'analyse stratégique in 2013.") == "Centre d'analyse stratégique"
