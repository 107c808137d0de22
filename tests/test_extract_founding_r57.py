"""Round 57 (founding): three invented values of the new hands (h45 form, h46 memoir), as classes.

- a form's chronology headed by numeric day-month-year dates with hyphens ("14-03-1952: …"):
  each line is its own dated entry, so a later line's date is no date of the founding line;
- a form's lines are records: an instrument's title ends at a line break before the next
  line's key ("Treaty of Accra\\nDate of instrument: …" is no title "Treaty of Accra Date");
- "any" after a founding "by" stands only in a denial ("not, as far as I recall, created by
  any Act of its own"): the act named later in the field is another kind;
- (recall) a form's "Founder(s): A; B" label, its plural optional, names the founders as
  "Founders:" does; a form's slashed null ("N/R") is no founder."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

_RELIEF = FoundingReaders("Harbour Relief", "Harbour Relief is a relief charity in Oslo.", "harbour.txt")
_UNION = FoundingReaders("Sahel Trade Union", "Sahel Trade Union is a regional bloc.", "sahel.txt")
_BOARD = FoundingReaders("Colonial Survey Board", "The Colonial Survey Board was a department.", "csb.txt")


@pytest.mark.parametrize(
    "history",
    [
        "14-03-1952: founded in Norway as Harbour Aid Society.\n09-06-1953: first relief ships sailed to Korea.",
        "14-03-1952: established in Bergen.\n10-04-1954: first field office opened in Naples.",
        "14-03-1952: set up by fishermen's unions.\n03-02-1960: renamed Harbour Relief.",
    ],
)
def test_hyphenated_day_first_chronology_dates_each_line(history: str) -> None:
    assert _RELIEF.dates(f"History\n{history}") == {DateValue(1952, 3, 14)}


@pytest.mark.parametrize(
    "history",
    [
        "09-06-1953: first relief ships sailed to Korea.\n03-02-1960: renamed Harbour Relief.",
        "10-04-1954: first field office opened in Naples.",
    ],
)
def test_hyphenated_chronology_without_founding_gives_no_date(history: str) -> None:
    assert _RELIEF.dates(f"History\n{history}") == set()


@pytest.mark.parametrize(
    ("legislation", "title"),
    [
        ("Constituting instrument: Treaty of Accra\nDate of instrument: 12-03-1981", "Treaty of Accra"),
        ("Founding act: Niamey Convention\nPlace of signature: Niamey", "Niamey Convention"),
        ("Legal basis: Treaty of Bamako\nAmended by: Protocol, 1994", "Treaty of Bamako"),
    ],
)
def test_title_ends_at_the_next_record_line(legislation: str, title: str) -> None:
    assert {act for act, _ in _UNION.acts(f"Legislation\n{legislation}")} == {title}


def test_title_wrapped_inside_a_sentence_still_read() -> None:
    acts = _UNION.acts("Legislation\nThe Union was created by the Sahel Trade\nUnion Act 1981 of the Assembly.")
    assert len(acts) == 1


@pytest.mark.parametrize(
    "legislation",
    [
        "It was not, as far as anyone recalls, created by any Act of its own; its money came under the"
        " Colonial Surveys Act 1952.",
        "The Board was never, so I was told, set up by any statute; later the Overseas Mapping Act 1961"
        " gave it powers.",
        "Not, I think, established by any law. We worked under the Survey Powers Act 1949.",
    ],
)
def test_any_act_denial_names_no_founding_act(legislation: str) -> None:
    assert _BOARD.acts(f"Legislation\n{legislation}") == set()


@pytest.mark.parametrize(
    "legislation",
    [
        "The Board was created by the Colonial Surveys Act 1952.",
        "The Board was established under the Overseas Mapping Act 1961, by which any survey could be ordered.",
    ],
)
def test_own_act_still_read(legislation: str) -> None:
    assert len(_BOARD.acts(f"Legislation\n{legislation}")) == 1


_HOUSE = FoundingReaders("Weiss & Brandt AG", "Weiss & Brandt AG is a private bank.", "wb.txt")


@pytest.mark.parametrize(
    ("line", "founders"),
    [
        ("Founder(s): Anna Weiss; Karl Brandt.", {"Anna Weiss", "Karl Brandt"}),
        ("Founder(s): Anna Weiss; Karl Brandt; Otto Lenz.", {"Anna Weiss", "Karl Brandt", "Otto Lenz"}),
        ("Co-founder(s): Anna Weiss and Karl Brandt.", {"Anna Weiss", "Karl Brandt"}),
        ("Founder(s): Anna Weiss.", {"Anna Weiss"}),
    ],
)
def test_optional_plural_founder_label(line: str, founders: set[str]) -> None:
    bank = FoundingReaders(_HOUSE.name, f"{_HOUSE.intro} Legal form: AG. {line} Status: active.", _HOUSE.file)
    assert bank.founders("") == founders
    assert _HOUSE.founders(f"Legislation\n{line}") == founders


@pytest.mark.parametrize(
    "line",
    ["Founder(s): N/R.", "Founders: N/R.", "Founder(s): n/d (see attached).", "Founder(s): not declared."],
)
def test_form_null_names_no_founder(line: str) -> None:
    bank = FoundingReaders(_HOUSE.name, f"{_HOUSE.intro} {line} Status: active.", _HOUSE.file)
    assert bank.founders("") == set()
    assert _HOUSE.founders(f"Legislation\n{line}") == set()
