"""History: mergers told around the organization rather than with it as a plain subject —
"The two firms merged in 1905 to form C" (a count standing for the bodies the sentence before
introduced), "it merged with B, the maker of …, and was renamed C", "merged with its rival,
the B, and in 1888 it absorbed …", "the government amalgamated <it> into C" (an agent merging
it), "in 1888 it absorbed B" after its founding, and a place word cut from a lowercase name
("grew out of the Tarn adult-education centre"). Phrasings written for these tests."""

from __future__ import annotations

from orgkg.model import DateValue, Dissolution

from .history_helpers import events_read, predecessors, previous_names, successors

_NAME = "Orwell Dairy S.A."
_INTRO = "Orwell Dairy S.A. is a food company."


def _read(text: str, name: str = _NAME, intro: str = _INTRO) -> list[object]:
    return events_read(text, name, intro)


_TWO_FIRMS = (
    "The Wend Cheese Company was founded in Sarn in 1870, and in 1871 the chemist Ada Moor launched "
    "a biscuit sold by her firm Moor Biscuits Holt. The two firms, long rivals, merged in 1901 to form "
    "the Wend and Moor Dairy Company. In 1950 the company was renamed Orwell Dairy S.A."
)


def test_two_firms_are_the_two_the_sentence_before_introduced() -> None:
    facts = _read(_TWO_FIRMS)
    assert predecessors(facts) == {"Wend Cheese Company", "Moor Biscuits Holt"}
    assert previous_names(facts) == {"Wend and Moor Dairy Company"}


def test_a_count_that_does_not_fit_gives_nothing() -> None:
    # near miss: three firms, but the sentence before introduces two
    facts = _read(_TWO_FIRMS.replace("The two firms", "The three firms"))
    assert predecessors(facts) == set()
    assert previous_names(facts) == {"Wend and Moor Dairy Company"}


def test_merged_with_then_renamed_keeps_the_partner_as_predecessor() -> None:
    text = (
        "In 1950 the company merged with Alder Foods S.A., the maker of Brisk soups, and was renamed Orwell Alder S.A."
    )
    assert predecessors(_read(text)) == {"Alder Foods S.A."}


def test_merged_with_then_renamed_by_someone_gives_no_predecessor() -> None:
    # near miss: no name follows "renamed"
    text = "In 1950 the company merged with Alder Foods S.A., the maker of Brisk soups, and was renamed by its board."
    assert predecessors(_read(text)) == set()


_RAIL = "Carrow Valley Railway Company"
_RAIL_INTRO = "The Carrow Valley Railway Company was a railway company."


def test_merged_with_its_rival_before_a_clause_of_its_own() -> None:
    text = (
        "The Carrow Valley Railway Company was incorporated in 1850. In 1870 it merged with its rival, the "
        "Fenn Junction Railway, and in 1880 it absorbed the Holt and Marsh Railway, becoming the largest line. "
        "In 1920 it was dissolved."
    )
    assert predecessors(_read(text, _RAIL, _RAIL_INTRO)) == {"Fenn Junction Railway", "Holt and Marsh Railway"}


def test_took_over_after_founding_stays_an_acquisition() -> None:
    # near miss: "took over" is an acquisition, not an absorption
    text = (
        "The Carrow Valley Railway Company was incorporated in 1850. In 1880 it took over the Holt and Marsh Railway."
    )
    assert predecessors(_read(text, _RAIL, _RAIL_INTRO)) == set()


def test_an_agent_amalgamated_it_into_another() -> None:
    text = (
        "In 1921 the Government agreed to buy the company, and on 2 March 1922 amalgamated the Carrow Valley "
        "Railway Company into National Lines."
    )
    facts = _read(text, _RAIL, _RAIL_INTRO)
    assert successors(facts) == {"National Lines"}
    assert {f.date for f in facts if isinstance(f, Dissolution)} == {DateValue(1922, 3, 2)}


def test_an_agent_amalgamating_another_body_ends_nothing() -> None:
    # near miss: the object is not the organization
    text = "On 2 March 1922 the Government amalgamated the Pacific branch into National Lines."
    facts = _read(text, _RAIL, _RAIL_INTRO)
    assert successors(facts) == set()
    assert not any(isinstance(f, Dissolution) for f in facts)


_SCHOOL = "Tarn School of Design"
_SCHOOL_INTRO = "The Tarn School of Design was a design school."


def test_a_place_word_cut_from_a_lowercase_name_is_no_predecessor() -> None:
    text = "The school grew out of the Tarn adult-education centre, which opened in 1946."
    assert predecessors(_read(text, _SCHOOL, _SCHOOL_INTRO)) == set()


def test_a_whole_name_after_grew_out_of_is_a_predecessor() -> None:
    # near miss: the capitalised words are the whole name
    text = "The school grew out of the Tarn Institute of Art, which opened in 1946."
    assert predecessors(_read(text, _SCHOOL, _SCHOOL_INTRO)) == {"Tarn Institute of Art"}
