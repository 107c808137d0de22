"""Round 31, F2 (names, people, lists): English written by Spanish and Portuguese speakers.
"Its actual president is X" ("actual" = current, a false friend); the present holder named
after a describing word ("is the engineer X, who …"); a dated past holder ("In 1987–1988
the president was X") kept only when no other holder of the post is read; "Also the A and
the B are units of …" (an article-marked subject list, names with lowercase particles);
"A (Country) and B (Country), that supported …" (a relative "that" after a comma).
Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.people import read_leader
from orgkg.model import Identity, OrgKind, Post

from .list_helpers import ListReaders, field

IDENTITY = Identity("Instituto Nacional de Pesquisas do Sul", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, heading="Divisions", leader_heading="Leader", partners_heading="Partners")


# --- class 1: "actual" is "current"; a describing word before the present holder ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its actual president is Rosa Meireles Tavares.", {"president | Rosa Meireles Tavares"}),
        ("The actual director is Joaquín Ibarra Solís.", {"director | Joaquín Ibarra Solís"}),
        (
            "Its actual president is the agronomist Lucía Ferreyra, who conducts the Consejo Asesor.",
            {"president | Lucía Ferreyra"},
        ),
        ("The current rector is the physician Tomás Aguirre Lobo.", {"rector | Tomás Aguirre Lobo"}),
    ],
)
def test_actual_and_described_present_holder(text: str, expected: set[str]) -> None:
    assert READ.posts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The actual president is the Minister of Agriculture.",  # an office, no person
        "Its president is the architect of the new building.",  # a description, no name
        "The actual chair is the Board of Trustees.",
    ],
)
def test_described_holder_that_is_no_person_gives_no_holder(text: str) -> None:
    assert not {p for p in READ.posts(text) if not p.endswith(" | ")}


def test_first_holder_described_leaves_the_ordinals_to_name_the_last() -> None:
    text = (
        "Its first director was the botanist Ana Paula Reis, who served from 1950 to 1961, "
        "and its last was the geologist Caio Mendes Prado."
    )
    assert "Director | Caio Mendes Prado" in READ.posts(text)


# --- class 2: "In 1987–1988 the president was X": a dated past holder -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The body was dissolved. In 1987–1988 the president was Mário Valente Cruz.",
            {"president | Mário Valente Cruz"},
        ),
        ("From 2001 to 2005, its director was Inés Corral.", {"director | Inés Corral"}),
        ("In 1979 the chair was Paulo Lemos Dias.", {"chair | Paulo Lemos Dias"}),
    ],
)
def test_dated_opening_is_no_part_of_the_post(text: str, expected: set[str]) -> None:
    assert READ.posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director: Ana Lima (since 2019). In 1987–1988 the director was Rui Santos.",
            {"Director | Ana Lima"},
        ),
        (
            "The current chair is Teresa Vidal. From 2001 to 2005 the chair was Hugo Braga.",
            {"chair | Teresa Vidal"},
        ),
    ],
)
def test_dated_past_holder_gives_way_to_a_current_one(text: str, expected: set[str]) -> None:
    # round 52: the dated past holder is a past holding of the post (a membership, no org:heldBy)
    facts, _ = read_leader(field(text, name="Leader"), IDENTITY)
    current = {
        f"{f.label} | {', '.join(h.name for h in f.holders)}" for f in facts if isinstance(f, Post) and f.holders
    }
    assert current == expected
    past = {h.holder.name for f in facts if isinstance(f, Post) for h in f.past}
    assert past == ({"Rui Santos"} if "Rui" in text else {"Hugo Braga"})


def test_dated_sentence_without_a_post_names_nobody() -> None:
    assert READ.posts("In 1990 the board was dissolved.") == set()


# --- class 3: "Also the A and the B are units of the University" --------------------------

FACULTIES = "Faculdades: Direito; Medicina; Letras."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Also the Arquivo Municipal de Braga and the Casa da Música do Minho are units of the Institute.",
            {"Arquivo Municipal de Braga", "Casa da Música do Minho"},
        ),
        (
            "Also the Jardim Botânico dos Açores and the Observatório do Pico are part of the institute.",
            {"Jardim Botânico dos Açores", "Observatório do Pico"},
        ),
        (
            "The Museo de la Ciencia and the Biblioteca del Mar are dependencies of the institute.",
            {"Museo de la Ciencia", "Biblioteca del Mar"},
        ),
    ],
)
def test_article_marked_subject_list_names_units(line: str, expected: set[str]) -> None:
    assert READ.units(FACULTIES, line) == {"Direito", "Medicina", "Letras"} | expected


@pytest.mark.parametrize(
    "line",
    [
        "The Casa de Cultura and the Jardim Botânico are independent foundations.",
        "Also the Museu do Mar and the Arquivo Régio are distinct institutions.",
        "Also the rooms and the halls are open daily.",
    ],
)
def test_subject_list_of_other_bodies_or_common_nouns_names_no_unit(line: str) -> None:
    assert READ.units(FACULTIES, line) == {"Direito", "Medicina", "Letras"}


# --- class 4: "A (Country) and B (Country), that supported …" -----------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("- Petrolera Andina (Bolivia) and Norsk Olje (Norway), that financed the first wells", "- Kuwait Energy"),
            {"Petrolera Andina", "Norsk Olje", "Kuwait Energy"},
        ),
        (
            ("- Cooperativa Agrária Mista (Brazil) and Holzwerke Gruber (Austria), that supported it", "- Banco Rural"),
            {"Cooperativa Agrária Mista", "Holzwerke Gruber", "Banco Rural"},
        ),
        (
            ("- Agroforte (Chile) and Semillera Andina (Uruguay), that cooperate in the seed bank", "- Banco Rural"),
            {"Agroforte", "Semillera Andina", "Banco Rural"},
        ),
    ],
)
def test_relative_that_after_a_partner_is_a_note(lines: tuple[str, ...], expected: set[str]) -> None:
    assert READ.member_names(*lines) == expected


def test_that_is_opens_no_relative_note() -> None:
    # "that is," glosses the name: nothing after it is read as a partner, nor is a fragment
    names = READ.member_names("- Bolt Energia, that is, its former unit", "- Kuwait Energy")
    assert "Kuwait Energy" in names
    assert not {n for n in names if "that" in n or "former" in n}


# --- class 5: "- the international oil companies operating in the blocks offshore" ---------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- the international mining companies operating in the northern concessions",
            "international mining companies operating in the northern concessions",
        ),
        (
            "- the private laboratories operating in the industrial parks",
            "private laboratories operating in the industrial parks",
        ),
        ("- the small institutes working in the border provinces", "small institutes working in the border provinces"),
    ],
)
def test_bullet_class_with_article_and_participle_phrase(line: str, expected: str) -> None:
    assert READ.categories("- Banco Rural", line) == {expected}
    assert READ.member_names("- Banco Rural", line) == {"Banco Rural"}


@pytest.mark.parametrize(
    "line",
    [
        "- the universities sent students to the stations",  # a clause, no class
        "- the Andina Group",  # a name, no class
    ],
)
def test_article_bullet_that_is_no_class_description(line: str) -> None:
    assert not {c for c in READ.categories("- Banco Rural", line) if " " in c and c.split()[1] in {"sent", "Group"}}
    assert READ.categories("- Banco Rural", line) <= {"universities"}
