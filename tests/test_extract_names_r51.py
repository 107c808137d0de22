"""Round 51 (F1, names): a gloss in brackets that closes with the language it is in ("(ACR, the
Water Company in English)") names the words before the language only; a program list line's own
"The" before a title-shaped name ("The Cat in the Hat", lexicon/title-prepositions.csv) belongs
to it; a spaced dash followed by a lowercase word opens an aside that ends a history name
("incorporated as Acme Holdings — so long, Acme Works")."""

from __future__ import annotations

import pytest

from orgkg.extract.history import name_at, read_events
from orgkg.extract.identity import read_identity
from orgkg.extract.units import read_programs
from orgkg.model import ChangeEvent, Field, Identity, Item, OrgKind, Profile, Program

IDENTITY = Identity("Example Broadcasting", OrgKind.ORGANIZATION)


def _alternates(title: str, intro: str) -> tuple[str, ...]:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ())).alternate_names


@pytest.mark.parametrize(
    ("title", "intro", "gloss"),
    [
        (
            "Instituto Nacional do Mar",
            "The Instituto Nacional do Mar (INM, the National Sea Institute in English) is the ocean body of Brazil.",
            "National Sea Institute",
        ),
        (
            "Société des Eaux de Namur",
            "Société des Eaux de Namur (SEN; Namur Water Company in English) is a utility.",
            "Namur Water Company",
        ),
        (
            "Kansallinen Metsätoimisto",
            "The Kansallinen Metsätoimisto (KMT, the National Forest Office from Finnish) is a state agency.",
            "National Forest Office",
        ),
    ],
)
def test_a_gloss_closed_by_its_language_names_the_words_before_it(title: str, intro: str, gloss: str) -> None:
    alternates = _alternates(title, intro)
    assert gloss in alternates
    assert not any(" in English" in a or " from Finnish" in a for a in alternates)


@pytest.mark.parametrize(
    ("title", "intro", "kept"),
    [
        # a place after "in" is no language: the name keeps it
        (
            "Société des Eaux",
            "Société des Eaux (SDE, the Water Company in Lausanne) is a utility.",
            "Water Company in Lausanne",
        ),
        # a label before the name already names the language
        ("Société des Eaux", "Société des Eaux (SDE; in English, the Water Company) is a utility.", "Water Company"),
    ],
)
def test_a_place_or_a_leading_label_is_unchanged(title: str, intro: str, kept: str) -> None:
    assert kept in _alternates(title, intro)


def _programs(*bullets: str) -> list[str]:
    items = tuple(Item(11 + n, text, bullet=True) for n, text in enumerate(bullets))
    facts, _ = read_programs(Field("List of programs", 10, items), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Program))


@pytest.mark.parametrize(
    ("bullet", "title"),
    [
        ("The Cat in the Hat", "The Cat in the Hat"),
        ("The Man from the Ministry (a sitcom, 1979)", "The Man from the Ministry"),
        ("The House on the Hill", "The House on the Hill"),
        ("The Voice behind the Door", "The Voice behind the Door"),
    ],
)
def test_a_title_shaped_programs_own_the_is_kept(bullet: str, title: str) -> None:
    assert _programs(bullet, "Evening Bulletin") == sorted([title, "Evening Bulletin"])


@pytest.mark.parametrize(
    ("bullet", "name"),
    [
        ("The Annual Census of the Fisheries", "Annual Census of the Fisheries"),  # "of": a class, not a title
        ("The Regional Yearbook of Trade Statistics", "Regional Yearbook of Trade Statistics"),
        ("The Winter Lecture Series", "Winter Lecture Series"),
    ],
)
def test_a_programs_grammatical_the_is_dropped(bullet: str, name: str) -> None:
    assert _programs(bullet, "Evening Bulletin") == sorted([name, "Evening Bulletin"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme Holdings Limited — so long, Acme Works as the trading name", "Acme Holdings Limited"),
        ("Kestrel Foods Corporation – goodbye to the old bakery", "Kestrel Foods Corporation"),
        ("Northwind Radio Company - sadly the studio burned down", "Northwind Radio Company"),
    ],
)
def test_a_dash_before_a_lowercase_word_ends_the_name(text: str, name: str) -> None:
    for lax in (False, True):
        span = name_at(text, lax=lax)
        assert span is not None and span.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Charité – Universitätsmedizin Berlin in 2003", "Charité – Universitätsmedizin Berlin"),
        (
            "Teagasc – the Agriculture and Food Development Authority",
            "Teagasc – the Agriculture and Food Development Authority",
        ),
        ("Mila – Quebec Artificial Intelligence Institute", "Mila – Quebec Artificial Intelligence Institute"),
    ],
)
def test_a_dash_inside_a_name_is_kept(text: str, name: str) -> None:
    span = name_at(text, lax=True)
    assert span is not None and span.name == name


@pytest.mark.parametrize(
    "text",
    [
        "- March 3, 1961: incorporated as Bell Valley Dairy Company — goodbye Bell Valley Creamery as the firm's name",
        "1961: registered as Bell Valley Dairy Company – no more Bell Valley Creamery!",
        "In 1961 it was incorporated as Bell Valley Dairy Company - so long, Bell Valley Creamery.",
    ],
)
def test_a_dashed_aside_is_no_part_of_a_previous_name(text: str) -> None:
    dairy = Identity("Valley Foods", OrgKind.COMPANY, None)
    names = {f.previous_name for f in read_events(text, dairy, "") if isinstance(f, ChangeEvent) and f.previous_name}
    assert not any("—" in n or "–" in n or " - " in n for n in names)
    assert names == {"Bell Valley Dairy Company"}


@pytest.mark.parametrize(
    "intro",
    [
        'Harbour Radio Limited (Harbour FM, or just "Harbour" to the locals!!) is a radio station.',
        'Harbour Radio Limited (just "Harbour" to all of us!!) is a radio station.',
        'Harbour Radio Limited (or simply "Harbour" to its listeners!) is a radio station.',
    ],
)
def test_a_cued_quoted_name_for_whom_may_close_with_exclamations(intro: str) -> None:
    assert "Harbour" in _alternates("Harbour Radio Limited", intro)


@pytest.mark.parametrize(
    "intro",
    [
        'Harbour Radio Limited ("Harbour" to the locals!!) is a radio station.',  # no cue: a quote alone
        'Harbour Radio Limited (the "Harbour" to the locals!!) is a radio station.',
    ],
)
def test_a_quoted_word_without_a_cue_names_nothing(intro: str) -> None:
    assert "Harbour" not in _alternates("Harbour Radio Limited", intro)
