"""Round 9: titles with a comma or in quotes, the current legal basis, and agents that are
no founders (another verb's agent, a gerund, an instrument's title)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import find_instrument, read_founding_text
from orgkg.model import Founding, Identity, Mention, OrgKind
from orgkg.parse import parse_profile


def _identity(name: str) -> Identity:
    return Identity(name=name, kind=OrgKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The body was set up by the Institute for Marine Research, Kenya Ordinance, which came into force in 1979.",
            "Institute for Marine Research, Kenya Ordinance",
        ),
        (
            "It was created under the Council for Scientific Research, Ghana Act of 1968.",
            "Council for Scientific Research, Ghana Act of 1968",
        ),
        (
            "The Board owes its existence to the Centre for Tropical Medicine, Malaya Decree, passed in 1953.",
            "Centre for Tropical Medicine, Malaya Decree",
        ),
    ],
)
def test_a_title_with_a_comma_in_its_name_is_whole(text: str, name: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It was set up under the Water Act, Land Act of 1990.", "Water Act"),
        ("In 1978, Kenya Ordinance No. 4 created it.", "Kenya Ordinance No. 4"),
        ("The agency sits in Nairobi, Kenya Ordinance 12 governs it.", "Kenya Ordinance 12"),
    ],
)
def test_a_comma_after_a_list_or_a_place_joins_nothing(text: str, name: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'It was established by an act of Congress, "An Act to establish in the Department of the Interior '
            'a Bureau of Mines", signed on May 16, 1910.',
            "An Act to establish in the Department of the Interior a Bureau of Mines",
        ),
        (
            "Congress created it with “An Act to provide for a Geological Survey” in 1879.",
            "An Act to provide for a Geological Survey",
        ),
        (
            'Parliament passed "A Law on the Founding of the National Library" in 1920.',
            "A Law on the Founding of the National Library",
        ),
    ],
)
def test_a_quoted_long_title_is_the_instruments_name(text: str, name: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.name == name


def test_a_quotation_without_an_instrument_word_is_no_title() -> None:
    found = find_instrument('Known as "the lab on the hill", it was created by the Science Act 1950.')
    assert found is not None and found.name == "Science Act 1950"


@pytest.mark.parametrize(
    "text",
    [
        "The bureau was created by a decree of 1983. Its present legal basis is the Statistics Act 2008.",
        "The office was founded by decree in 1950; its current legal basis is the Planning Act of 2001.",
        "Its legal basis today is the National Archives Act 1999.",
    ],
)
def test_the_present_legal_basis_is_not_the_founding_instrument(text: str) -> None:
    assert find_instrument(text) is None


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "It was established by the Research Institute Ordinance, which President Ziaur Rahman promulgated in 1978.",
            "Ziaur Rahman",
        ),
        ("It rests on the Museum Act 1931, which President Paul Doumer signed that May.", "Paul Doumer"),
        ("The Library Decree of 1960, which President Joko Widodo issued in July, founded it.", "Joko Widodo"),
    ],
)
def test_which_a_person_promulgated_names_the_signer(text: str, signer: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.signer is not None and found.signer.name == signer


def test_which_a_parliament_passed_names_no_signer() -> None:
    found = find_instrument("It was set up by the Academy Act 1952, which the National Assembly passed in October.")
    assert found is not None and found.signer is None


@pytest.mark.parametrize(
    "text",
    [
        # another participle takes "by": the financer, the host, the absorber founded nothing
        "The institute was founded in 1960, as the Cholera Laboratory, a project of the treaty body "
        "financed largely by the United States.",
        "The lab was established in 1950, in a building owned by the University of Leeds.",
        "The institute was set up in 1974, under a programme sponsored chiefly by the World Bank.",
        # "by" with a gerund: a means, the bodies it absorbed are predecessors
        "The academy was created by absorbing the older learned bodies, among them the Royal Society of Letters.",
        "The institute was formed by merging the Bureau of Statistics and the Census Office.",
        "The council was founded by combining the Arts Board with the Crafts Council.",
        # "by" an instrument whose title has a comma
        "The institute was established by the Institute for Marine Research, Kenya Ordinance, in 1979.",
    ],
)
def test_no_founder_from_another_verb_a_gerund_or_a_title(text: str) -> None:
    name = text.split(" was ")[0].removeprefix("The ").capitalize()
    reading = read_founding_text(text, _identity(name), f"The {name.lower()} is a research body.")
    assert reading.founders == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The institute was founded in 1960 by Ada Fell and Ben Roe.", ["Ada Fell", "Ben Roe"]),
        ("The institute was set up as a registered charity by Ada Fell.", ["Ada Fell"]),
        ("The institute was founded in Leeds in 1901 by Ada Fell.", ["Ada Fell"]),
    ],
)
def test_founders_by_the_founding_verb_still_found(text: str, expected: list[str]) -> None:
    reading = read_founding_text(text, _identity("Institute"), "The institute is a research body.")
    assert [m.name for m in reading.founders] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Forum was founded in Oslo in 1990 by Ada Fell, a judge who had served abroad, together with a "
            "small group of colleagues that included Ben Roe, Cy Dunn and Dee Fox.",
            ["Ada Fell", "Ben Roe", "Cy Dunn", "Dee Fox"],
        ),
        (
            "The Forum was set up in 1990 by Ada Fell, along with a circle of friends who included Ben Roe and "
            "Cy Dunn.",
            ["Ada Fell", "Ben Roe", "Cy Dunn"],
        ),
        (
            "The Forum was established by Ada Fell, together with her team of lawyers, who included Ben Roe and Cy "
            "Dunn.",
            ["Ada Fell", "Ben Roe", "Cy Dunn"],
        ),
    ],
)
def test_named_members_of_a_founding_group_are_founders(text: str, expected: list[str]) -> None:
    reading = read_founding_text(text, _identity("Forum"), "The Forum is a civic body.")
    assert [m.name for m in reading.founders] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Forum was founded by Ada Fell, who worked with a group of lawyers that included Ben Roe.",
        "The Forum was founded by Ada Fell, together with a group of donors that included the Acme Corporation "
        "and Ben Roe.",
    ],
)
def test_a_group_not_joined_to_the_founders_or_not_all_persons_adds_none(text: str) -> None:
    reading = read_founding_text(text, _identity("Forum"), "The Forum is a civic body.")
    assert [m.name for m in reading.founders] == ["Ada Fell"]


LAB = Identity(name="Halden Media Laboratory", kind=OrgKind.COMPANY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halden Media Laboratory was a private research laboratory in Palo Alto, California, that the "
            "software pioneer Ada Fell started in 1992 and closed in 2000.",
            ["Ada Fell"],
        ),
        (
            "Halden Media Laboratory is a research laboratory that Ada Fell and Ben Roe set up in 1992.",
            ["Ada Fell", "Ben Roe"],
        ),
        ("Halden Media Laboratory is a media laboratory that the chemist Ada Fell had founded in 1901.", ["Ada Fell"]),
    ],
)
def test_the_subject_of_a_relative_clause_about_it_founded_it(text: str, expected: list[str]) -> None:
    assert [m.name for m in read_founding_text(text, LAB, text).founders] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Halden Media Laboratory is a research laboratory that Congress created in 1901.",
        "Halden Media Laboratory is a research laboratory that the Acme Corporation founded in 1901.",
        "Halden Media Laboratory runs the Kent Museum that Ada Fell founded in 1901.",
        "Halden Media Laboratory is a research laboratory that Ada Fell did not found.",
        "Halden Media Laboratory is a research laboratory in a building that Ada Fell founded in 1901.",
        "Halden Media Laboratory is a research laboratory, a museum and a school that Ada Fell founded in 1901.",
    ],
)
def test_no_founder_from_a_relative_clause_about_another_thing_or_no_person(text: str) -> None:
    assert read_founding_text(text, LAB, text).founders == ()


FELL = Mention("Ada Fell", "person")
ROE = Mention("Ben Roe", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Fell and Roe founded the laboratory in 1992 and ran it for a decade.",
        "In 1992 Fell and Roe founded it.",
        "Roe and Fell set up the laboratory in 1992.",
    ],
)
def test_surnames_of_persons_named_in_full_elsewhere_are_founders(text: str) -> None:
    reading = read_founding_text(text, LAB, "Halden Media Laboratory is a media laboratory.", persons=(FELL, ROE))
    assert set(reading.founders) == {FELL, ROE}


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Fell and Roe founded the laboratory in 1992.", (FELL,)),  # Roe is named nowhere in full
        ("Fell and Roe founded the laboratory in 1992.", (FELL, ROE, Mention("Cy Roe", "person"))),  # two Roes
        ("Fell and Roe founded the laboratory in 1992.", ()),
    ],
)
def test_surnames_without_one_full_name_each_are_no_founders(text: str, persons: tuple[Mention, ...]) -> None:
    reading = read_founding_text(text, LAB, "Halden Media Laboratory is a media laboratory.", persons=persons)
    assert reading.founders == ()


def test_surnames_resolve_against_the_profiles_leader_and_intro() -> None:
    text = (
        "Halden Media Laboratory\n"
        "Halden Media Laboratory was a research laboratory in Oslo that the engineer Ada Fell started in 1992.\n"
        "Leader\n"
        "Chief executive: Ben Roe\n"
        "History\n"
        "Fell and Roe founded the laboratory in 1992 and closed it in 2000.\n"
    )
    facts = extract(parse_profile(text, "lab.txt"))
    founders = {
        m for ff in facts.fields for f in ff.facts if isinstance(f, Founding) for m in (f.founder, *f.founders) if m
    }
    assert founders == {FELL, ROE}
