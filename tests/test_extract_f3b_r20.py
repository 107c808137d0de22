"""Round 20: the historian's hand (h14), History.

Former names told in narrative: a name with an elided article ("Institut d'Études X") is read
whole; a body founded in a sentence of its own ("In 1871 a new academy, the Akademie für X,
was founded", "The Institut géologique was founded") is the earlier name a later rename into
the present name takes; a participle ("…, taking its present name in 1960") has the subject of
its clause. A body that is not provably ours gives nothing."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.history import name_at
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile


def _previous(name: str, history: str) -> list[str]:
    text = f"{name}\n{name} is a learned body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "x.txt"))
    events = [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]
    return sorted({e.previous_name for e in events if e.previous_name})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Institut d'Études Nordiques, claiming descent from it", "Institut d'Études Nordiques"),
        ("Musée de l'Homme in 1937", "Musée de l'Homme"),
        ("Accademia dell'Arte Sacra; it moved", "Accademia dell'Arte Sacra"),
    ],
)
def test_an_elided_article_before_a_capital_is_part_of_the_name(text: str, name: str) -> None:
    span = name_at(text, lax=True)
    assert span is not None and span.name == name


@pytest.mark.parametrize(
    "history",
    [
        "In 1871 a new school, the Institut für Bergbau, was founded at Freiberg; it moved to Dresden in "
        "1890 and in 1921 took the name Institut d'Études Minières, claiming the older foundation as its own.",
        "The Institut für Bergbau was founded at Freiberg in 1871. It was renamed Institut d'Études Minières in 1921.",
        "The Institut für Bergbau was founded in 1871; in 1921 it took the name Institut d'Études Minières.",
    ],
)
def test_a_body_founded_then_renamed_into_the_present_name_is_a_former_name(history: str) -> None:
    assert _previous("Institut d'Études Minières", history) == ["Institut für Bergbau"]


def test_a_sentence_case_name_founded_then_renamed_is_a_former_name() -> None:
    history = "The Institut géologique was founded in 1871. It was renamed Institut d'Études Minières in 1921."
    assert _previous("Institut d'Études Minières", history) == ["Institut géologique"]


@pytest.mark.parametrize(
    "history",
    [
        # the subject is its own head noun with a word of the sentence, not a name
        "The Institute itself was founded in 1871. It was renamed Institut d'Études Minières in 1921.",
        "The Institute originally was founded in 1871. It was renamed Institut d'Études Minières in 1921.",
        # founded, but never renamed into the present name: another body's story
        "In 1871 a new school, the Institut für Bergbau, was founded at Freiberg.",
    ],
)
def test_no_former_name_without_a_founded_name_and_a_rename_into_ours(history: str) -> None:
    assert _previous("Institut d'Études Minières", history) == []


@pytest.mark.parametrize(
    "history",
    [
        "It was renamed the Royal Collection in 1889. After the war the Museum passed to the city, taking its "
        "present name in 1952.",
        "It was renamed the Royal Collection in 1889. In 1952 the Museum was reorganised, taking its present name.",
        "It was renamed the Royal Collection in 1889. It was handed to the city in 1947, taking its current "
        "name in 1952.",
    ],
)
def test_a_participle_taking_the_present_name_has_its_clause_subject(history: str) -> None:
    assert _previous("Harbour City Museum", history) == ["Royal Collection"]


@pytest.mark.parametrize(
    "history",
    [
        # the clause's subject is another body
        "It was renamed the Royal Collection in 1889. After the war the Ministry took over the building, "
        "taking its present name in 1952.",
        "It was renamed the Royal Collection in 1889. After the war the Museum of Art passed to the city, "
        "taking its present name in 1952.",
    ],
)
def test_a_participle_of_another_subject_gives_no_former_name(history: str) -> None:
    assert _previous("Harbour City Museum", history) == []


def test_a_second_rename_is_read_through_bracketed_glosses() -> None:
    history = (
        "It was renamed the Royal Collection (Collectio Regia) in 1889 and the Imperial Household Collection "
        "(Kaiserliche Sammlung) in 1900. It took its present name in 1952."
    )
    assert _previous("Harbour City Museum", history) == ["Imperial Household Collection", "Royal Collection"]


def _intro_previous(name: str, intro: str, history: str = "It moved in 1900.") -> list[str]:
    text = f"{name}\n{intro}\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "x.txt"))
    events = [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]
    return sorted({e.previous_name for e in events if e.previous_name})


@pytest.mark.parametrize(
    "intro",
    [
        "The Royal Geodetic Society, in Leeds, was a learned body founded in 1850. In its first incarnation it "
        "bore the plainer title of the Geodetic Society; the prefix followed in 1860.",
        "The Royal Geodetic Society was a learned body founded in 1850. At its foundation the society was "
        "known simply as the Geodetic Society.",
        "The Royal Geodetic Society was a learned body founded in 1850. In its earliest years it was called "
        "the Yorkshire Survey Society.",
    ],
)
def test_a_first_name_told_of_the_organization_is_a_former_name(intro: str) -> None:
    found = _intro_previous("Royal Geodetic Society", intro)
    assert len(found) == 1 and found[0] in {"Geodetic Society", "Yorkshire Survey Society"}


@pytest.mark.parametrize(
    "intro",
    [
        # "it" after a sentence about another body
        "The Royal Geodetic Society is a learned body. Its rival, the Northern Survey Club, was founded in 1850. "
        "The Northern Survey Club lapsed in 1870. In its first incarnation it bore the title of the Leeds "
        "Survey Society.",
        # the noun is another's
        "The Royal Geodetic Society is a learned body. At its foundation the club was known simply as the "
        "Leeds Survey Society.",
        # no organization's name after the cue
        "The Royal Geodetic Society is a learned body. In its first incarnation it was known simply as the Circle.",
    ],
)
def test_a_first_name_of_an_unproven_subject_is_not_read(intro: str) -> None:
    assert _intro_previous("Royal Geodetic Society", intro) == []


def _successors(name: str, history: str) -> list[str]:
    text = f"{name}\n{name} was a learned body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "x.txt"))
    events = [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]
    return sorted(e.resulting.name for e in events if e.kind == "succeeded-by" and e.resulting is not None)


@pytest.mark.parametrize(
    ("history", "successor"),
    [
        (
            "The Institution closed in 1901. In 1902 Smith bought the building and reopened it as the Tarn "
            "Mechanics' Hall Trust, which may fairly be reckoned the Institution's successor.",
            "Tarn Mechanics' Hall Trust",
        ),
        (
            "The Institution ceased to exist in 1945. Its staff regrouped as the Tarn Physical Office (fl. "
            "1947–1950), which took the name Tarn Physical Agency in 1950 and is generally regarded as the "
            "successor of the Tarn Valley Institution.",
            "Tarn Physical Agency",
        ),
        (
            "The Institution ceased to exist in 1945. Its staff joined the Tarn Physical Agency, which is widely "
            "considered the heir to the Institution.",
            "Tarn Physical Agency",
        ),
    ],
)
def test_a_body_judged_its_successor_is_its_successor(history: str, successor: str) -> None:
    assert _successors("Tarn Valley Institution", history) == [successor]


@pytest.mark.parametrize(
    "history",
    [
        # negated
        "The Institution ceased to exist in 1945. Its staff joined the Tarn Physical Agency, which is not "
        "regarded as the successor of the Institution.",
        # the successor of another body
        "The Institution ceased to exist in 1945. The Guild joined the Tarn Physical Agency, which is regarded "
        "as the successor of the Guild.",
        # no relative clause: the subject is not read
        "The Institution ceased to exist in 1945. It is regarded as the successor of the Institution.",
    ],
)
def test_no_successor_unless_it_is_judged_ours(history: str) -> None:
    assert _successors("Tarn Valley Institution", history) == []


@pytest.mark.parametrize(
    "history",
    [
        "Work began in 1845, when the body, under the name Royal Observatório da Baía, was given a "
        "home on the hill. In 1889 it was renamed Observatório Estadual da Baía.",
        "Regular work dates from 1845, when the institution, under the name of the Royal Observatório da Baía, "
        "moved to the hill. In 1889 it took the name Observatório Estadual da Baía.",
        "The Observatório Estadual da Baía opened in 1840. In 1845 it, then under the name Royal Observatório "
        "da Baía, moved to the hill. In 1889 it was renamed Observatório Estadual da Baía.",
    ],
)
def test_a_name_it_then_bore_is_a_former_name(history: str) -> None:
    assert _previous("Observatório Estadual da Baía", history) == ["Royal Observatório da Baía"]


@pytest.mark.parametrize(
    "history",
    [
        # the noun is another's ("the school" is not the observatory)
        "Work began in 1845, when the school, under the name Royal Naval Academy, was given a home on the "
        "hill. In 1889 it was renamed Observatório Estadual da Baía.",
        # no closing comma: the name is not the aside's
        "Work began in 1845, when the observatory, under the name Royal Observatório da Baía and others was "
        "given a home. In 1889 it was renamed Observatório Estadual da Baía.",
    ],
)
def test_a_name_borne_by_another_or_not_closed_is_not_read(history: str) -> None:
    assert _previous("Observatório Estadual da Baía", history) == []


@pytest.mark.parametrize(
    "history",
    [
        "After the war the Museum passed in 1947 to the Ministry of Culture as the State Art Museum (Staatliches "
        "Kunstmuseum), taking its present name in 1952.",
        "In 1947 the Museum was transferred to the Ministry of Culture as the State Art Museum. It took its "
        "present name in 1952.",
        "It was handed over to the Ministry of Culture as the State Art Museum in 1947 and took its present name "
        "in 1952.",
    ],
)
def test_a_name_taken_on_a_transfer_is_a_former_name(history: str) -> None:
    assert _previous("Harbour City Museum", history) == ["State Art Museum"]


@pytest.mark.parametrize(
    "history",
    [
        # another body passed
        "After the war the Library passed in 1947 to the Ministry of Culture as the State Art Museum, and the "
        "Museum took its present name in 1952.",
        # "as" a kind, not a name
        "After the war the Museum passed in 1947 to the Ministry of Culture as a state collection, taking its "
        "present name in 1952.",
        # the name taken is never followed by a rename into its own
        "After the war the Museum passed in 1947 to the Ministry of Culture as the State Art Museum.",
    ],
)
def test_no_former_name_from_another_transfer_or_a_kind(history: str) -> None:
    assert _previous("Harbour City Museum", history) == []


@pytest.mark.parametrize("verb", ["was refounded as", "was re-founded as", "was constituted anew as"])
def test_refounded_as_a_name_before_its_present_one(verb: str) -> None:
    history = f"In 1932 it {verb} the Union Institute of Hygiene. It took its present name in 1944."
    assert _previous("Harbour Institute of Hygiene", history) == ["Union Institute of Hygiene"]
