"""Round 29 (history): a lone common noun is never a name; "reorganized into X … ceased to
exist" names a successor; "took over the functions of two earlier bodies: A (…), and B"
names predecessors. Phrasings written for these tests, not taken from the benchmark."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind

ORG = Identity("Tarn Valley Institute of Applied Research", OrgKind.GOVERNMENT, "TVIAR")


def _events(text: str) -> list[ChangeEvent]:
    return [f for f in read_events(text, ORG) if isinstance(f, ChangeEvent)]


def previous_names(text: str) -> list[str]:
    return [e.previous_name for e in _events(text) if e.previous_name]


@pytest.mark.parametrize(
    "text",
    [
        "The Institute was set up in 1961. It was renamed the Tarn Valley Institute of Applied Research in 1980.",
        "The Board was established in 1950. In 1972 it was renamed the Tarn Valley Institute of Applied Research.",
        "The Agency was created in 1944. It became the Tarn Valley Institute of Applied Research in 1990.",
    ],
)
def test_a_lone_common_noun_is_never_a_previous_name(text: str) -> None:
    assert previous_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Institute was set up in 1961 as the Tarn Research Corporation. It was renamed the Tarn Valley "
            "Institute of Applied Research in 1980.",
            "Tarn Research Corporation",
        ),
        (
            "The Tarn Research Board was set up in 1961. It was renamed the Tarn Valley Institute of Applied "
            "Research in 1980.",
            "Tarn Research Board",
        ),
    ],
)
def test_a_named_subject_is_still_a_previous_name(text: str, name: str) -> None:
    assert previous_names(text) == [name]


def successors(text: str) -> list[str]:
    return [e.resulting.name for e in _events(text) if e.resulting is not None and e.original is None]


def endings(text: str) -> list[object]:
    return [f.date for f in read_events(text, ORG) if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 the TVIAR was reorganized into the Tarn Development Corporation, and the Institute ceased to exist.",
        "On 2 May 1975 the institute was reorganized as the Tarn Development Corporation and ceased to exist "
        "as such on that date.",
        "In 1975 it was converted into the Tarn Development Corporation and was abolished.",
    ],
)
def test_a_new_name_taken_as_it_ended_is_a_successor(text: str) -> None:
    assert successors(text) == ["Tarn Development Corporation"]
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # renamed first, ended later: the new name was its own
        "In 1975 it was renamed the Tarn Development Corporation; on 1 April 1990 it was dissolved.",
        "In 1975 the TVIAR was reorganized into the Tarn Development Corporation.",
    ],
)
def test_a_rename_not_ended_with_it_gives_no_successor(text: str) -> None:
    assert successors(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "By virtue of Presidential Decree No. 112 dated 4 June 1979, the TVIAR was dissolved.",
            DateValue(1979, 6, 4),
        ),
        (
            "Pursuant to Executive Order No. 7 of 1 July 1990, the institute was abolished.",
            DateValue(1990, 7, 1),
        ),
        (
            "Under a ministerial order dated 3 March 2001, the TVIAR was merged into the Tarn Agency, "
            "and the institute ceased to exist on that date.",
            DateValue(2001, 3, 3),
        ),
    ],
)
def test_the_date_of_the_enacting_instrument_dates_the_ending(text: str, day: DateValue) -> None:
    assert endings(text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        # the instrument's date is not the aside's last word: no date taken from it
        "By virtue of an order dated 4 June 1979 and later orders, the TVIAR was dissolved.",
        # two dates before "on that date": which one is not sure
        "In 1970 it moved; on 2 May 1975 the board met, and the institute ceased to exist on that date.",
    ],
)
def test_no_instrument_date_when_unsure(text: str) -> None:
    assert endings(text) == [None]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The institute took over the functions of two earlier bodies: the Tarn Soil Authority (TSA), established "
            "in 1950, and the Marsh Survey Office (MSO), set up in 1961.",
            ["Tarn Soil Authority", "Marsh Survey Office"],
        ),
        (
            "TVIAR took over the duties of three older bodies: the Tarn Soil Authority, founded in 1950, the Marsh "
            "Survey Office and the Fen Drainage Board, created in 1930.",
            ["Tarn Soil Authority", "Marsh Survey Office", "Fen Drainage Board"],
        ),
    ],
)
def test_an_announced_list_of_predecessors_keeps_its_asides_apart(text: str, names: list[str]) -> None:
    assert [e.original.name for e in _events(text) if e.original] == names


@pytest.mark.parametrize(
    "text",
    [
        "It was dissolved in 2004 and its functions, staff and assets were integrated into the Tarn Research Agency.",
        "The institute was abolished in 2004; its programmes and laboratories were absorbed into the Tarn "
        "Research Agency.",
        "It was wound up in 2004, and its duties and powers were merged into the Tarn Research Agency.",
        "In 2004 TVIAR was dissolved and merged, together with the Marsh Survey Office and the Fen Board, into the "
        "Tarn Research Agency.",
    ],
)
def test_its_parts_taken_in_when_it_ended_name_a_successor(text: str) -> None:
    assert successors(text) == ["Tarn Research Agency"]


@pytest.mark.parametrize(
    "text",
    [
        # it goes on: parts moved elsewhere are no successor
        "In 2004 its laboratories and staff were integrated into the Tarn Research Agency.",
        # another's parts
        "In 2004 the council was dissolved and its functions and staff were integrated into TVIAR.",
        # the bodies merged along with it are no successors
        "In 2004 TVIAR was dissolved and merged, together with the Marsh Survey Office, into the Tarn Research Agency.",
    ],
)
def test_no_other_successor_from_parts_or_companions(text: str) -> None:
    assert [s for s in successors(text) if s != "Tarn Research Agency"] == []
    if "its laboratories" in text:
        assert successors(text) == []


def test_an_indonesian_name_with_dan_is_defined_by_its_acronym() -> None:
    text = (
        "In 2004 it was dissolved and its functions were transferred to the Badan Tarn dan Riset Lembah (BTRL). "
        "BTRL took over its staff."
    )
    assert successors(text) == ["Badan Tarn dan Riset Lembah"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Known for most of its history as the Tarn Soil Laboratory (TSL), it has since 2010 been an institute.",
            "Tarn Soil Laboratory",
        ),
        (
            "Known until recently as the Tarn Soil Laboratory, it has been a public body since 2019.",
            "Tarn Soil Laboratory",
        ),
        (
            "Known for much of its existence as the Tarn Soil Laboratory (Laboratoire du Tarn), it became the present "
            "institute in 2001.",
            "Tarn Soil Laboratory",
        ),
    ],
)
def test_known_for_most_of_its_history_as_is_a_previous_name(text: str, name: str) -> None:
    assert previous_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the name is still in use
        "Known for most of its history as the Tarn Valley Institute of Applied Research, it is a public body.",
        # another's
        "Known for most of its history as the Tarn Soil Laboratory, the building now houses archives.",
        "Known as the Tarn Soil Laboratory, it has since 2010 been an institute.",
    ],
)
def test_known_as_without_a_past_gives_no_previous_name(text: str) -> None:
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Following the Research Law of 1964 the institute was reconstituted as the Tarn Soil Laboratory. "
        "In 1990 it adopted its present name.",
        "After the war the institute was reorganized as the Tarn Soil Laboratory. In 1990 it took its present name.",
        "Under the reform of 1964 the institute was renamed the Tarn Soil Laboratory. "
        "It adopted its present name in 1990.",
    ],
)
def test_an_opening_phrase_without_comma_keeps_its_own_noun_as_subject(text: str) -> None:
    assert previous_names(text) == ["Tarn Soil Laboratory"]


@pytest.mark.parametrize(
    "text",
    [
        # the noun is not its own
        "After the war the council was renamed the Tarn Soil Laboratory. In 1990 it adopted its present name.",
        # a comma-less phrase that does not open the sentence
        "It grew. The board after the war the institute renamed the Tarn Soil Laboratory.",
    ],
)
def test_an_opening_phrase_then_another_noun_is_not_its_subject(text: str) -> None:
    assert "Tarn Soil Laboratory" not in previous_names(text)
