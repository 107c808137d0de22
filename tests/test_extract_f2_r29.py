"""Round 29, F2 (names, people, lists): a unit word after a count word is no unit, a
lowercase description seated in a place is no unit, "Post — the first Post of X was A"
gives the post its holder, Indonesian and Malay posts, a post-nominal piece between a name
and its post, and a plural heading's list that goes on after a line naming its own post.
Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Coastal Survey Authority", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, heading="Organization structure", leader_heading="Leader")
structure = READ.structure
posts = READ.posts


# --- class 1: "each heading one Department": a count word refers to a unit ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The Director is assisted by three deputies, each heading one Directorate.",
        "There is one Board per region.",
        "Every Committee reports yearly to the Council of Members.",
    ],
)
def test_unit_word_after_a_count_word_is_no_unit(text: str) -> None:
    assert not {"Directorate", "Board", "Committee"} & structure(text)


def test_named_unit_after_a_count_word_stays() -> None:
    assert "Hydrography Directorate" in structure("Each deputy heads one unit, such as the Hydrography Directorate.")


# --- class 2: "a central office in Hanoi": a seat, no unit --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A central office in Hanoi and survey offices in the provinces.",
        "It runs a regional office in Nairobi.",
        "The work is done by a liaison bureau at Brussels.",
    ],
)
def test_lowercase_description_seated_in_a_place_is_no_unit(text: str) -> None:
    assert not {u for u in structure(text) if u[:1].islower()}


def test_lowercase_description_without_a_seat_stays() -> None:
    assert "steering committee" in structure("It has a steering committee and two working groups.")


def test_named_unit_in_a_place_stays() -> None:
    assert "Tidal Data Office" in structure("It runs a Tidal Data Office in Hanoi.")


# --- class 3: "Chairman — the first Chairman of the Board was Dr. A" ----------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Chairman — the first Chairman of the Board was Dr. Elena Voss, formerly a judge.", "Chairman | Elena Voss"),
        ("Director: the first Director of the Authority was Prof. Kofi Mensah.", "Director | Kofi Mensah"),
        ("President — the present President is Mr. Arjun Rao.", "President | Arjun Rao"),
    ],
)
def test_post_with_its_holder_in_the_sentence_after(line: str, expected: str) -> None:
    assert posts(line) == {expected}


def test_sentence_naming_another_post_gives_no_holder() -> None:
    found = posts("Chairman — the first Secretary of the Board was Dr. Elena Voss.")
    assert "Chairman | Elena Voss" not in found


def test_post_with_no_person_after_stays_without_holder() -> None:
    assert posts("Chairman — the post is held ex officio by a minister.") <= {"Chairman | "}


# --- class 4: Indonesian and Malay posts; a post-nominal piece before the post --------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Kepala: Dr. Siti Rahayu",), {"Kepala | Siti Rahayu"}),
        (("Ketua Pengarah: Dato' Dr. Lim Wei Ming",), {"Ketua Pengarah | Lim Wei Ming"}),
        (
            (
                "- Ir. Budi Santoso, M.Eng., first Kepala, 1985–1990",
                "- Dr. Dewi Lestari, Ph.D., last Kepala, 2015–2020",
            ),
            {"Kepala | Budi Santoso", "Kepala | Dewi Lestari"},
        ),
    ],
)
def test_indonesian_and_malay_posts(lines: tuple[str, ...], expected: set[str]) -> None:
    assert expected <= posts(*lines)


def test_rank_word_alone_is_still_a_note() -> None:
    assert posts("Jane Okafor, Director, since 2019") == {"Director | Jane Okafor"}


def test_kepala_without_a_person_gives_no_holder() -> None:
    assert not {p for p in posts("Kepala: to be appointed by the President") if not p.endswith("| ")}


# --- class 5: a plural heading's list goes on after a line naming its own post ------------


def test_plural_heading_list_continues_after_a_line_with_its_own_post() -> None:
    found = posts(
        "Directors included:", "i) Dr. Rosa Lind, FRS, first Director (1901–1910);", "ii) Sir Amos Kerr (1911–1920)."
    )
    assert {"Director | Rosa Lind", "Director | Amos Kerr"} <= found


def test_plural_heading_list_line_with_another_post_does_not_carry_the_heading() -> None:
    found = posts("Directors included:", "i) Dr. Rosa Lind, Treasurer;", "ii) Sir Amos Kerr (1911–1920).")
    assert "Director | Rosa Lind" not in found


# --- class 6: "X Station, Y District, Z Province": the place after a listed unit goes -----

LIST = ListReaders(IDENTITY, heading="Divisions")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Upland Field Station, Wiang Pa Pao District, Chiang Mai Province", "Upland Field Station"),
        ("- Delta Research Farm, Cho Moi Tan District, An Giang Province", "Delta Research Farm"),
        ("- Highland Seed Bank, Port Maria Bay District, Jamaica", "Highland Seed Bank"),
    ],
)
def test_district_and_province_after_a_unit_are_its_place(line: str, expected: str) -> None:
    assert LIST.units(line, "- Marine Station") == {expected, "Marine Station"}


@pytest.mark.parametrize(
    "line",
    [
        "- Centre for Health, Safety and Environment",
        "- Records Office, Northern District Council",
    ],
)
def test_pieces_that_are_no_place_stay(line: str) -> None:
    assert LIST.units(line, "- Marine Station") == {line.removeprefix("- "), "Marine Station"}


# --- class 7: "Rector, appointed by X; the incumbent is not named": the post, no holder ----


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Provost, appointed by the Board of Regents; the holder is not named here.", {"Provost | "}),
        ("Director, elected by the General Assembly for four years.", {"Director | "}),
        ("Chancellor, selected from among the senior judges; the name is not published.", {"Chancellor | "}),
    ],
)
def test_post_with_a_participle_clause_is_the_post_without_holder(line: str, expected: set[str]) -> None:
    assert posts(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Director, appointed by the Board in 2019, Dr. Jane Whitfield",
        "Director, selected by Prime Minister Anna Berg",
        "The post of Provost is not filled; a search is planned.",
    ],
)
def test_participle_clause_naming_a_person_or_negated_gives_no_empty_post(line: str) -> None:
    assert not {p for p in posts(line) if p.endswith("| ")}


def test_negated_clause_alone_goes_and_the_post_before_stays() -> None:
    assert posts("Registrar: Dr. Omar Haddad; the post of Bursar is not filled.") == {"Registrar | Omar Haddad"}
