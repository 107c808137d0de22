"""Where sentences end (extract/sentences.py), and the three splitters that use it."""

from __future__ import annotations

import pytest

from orgkg.extract import lexicon
from orgkg.extract.founding import _before_full_stop, founded_by_agents
from orgkg.extract.history import segments
from orgkg.extract.sentences import abbreviation, abbreviations, ends_sentence, sentence_ends, split
from orgkg.extract.status import sentences


def parts(text: str, *, semicolons: bool = False) -> list[str]:
    return [text[start:end] for start, end in split(text, semicolons=semicolons)]


@pytest.mark.parametrize(
    "text",
    [
        "The prize is named after J. R. R. Tolkien and his friends.",
        "A grant from the U.S. Congress paid for the building.",
        "It moved to No. 5 Harbour Road in the spring.",
        "The office opened in St. Louis next to the river.",
        "Revenue reached 3.5 million euros that year.",
        "It funds the arts, e.g. Opera North and the Hallé.",
        "The mission was led by Prof. Ana Lima and Dr. Kwame Osei.",
        "They moved to Av. Paulista and later to Avda. de Mayo.",
        "Its sister station sits on Mt. Kenya near the forest.",
        "Written by Smith et al. in the first report.",
        "The firm Acme Inc. and its partner Globex Ltd. merged.",
        "It owns approx. 40 buildings.",
    ],
)
def test_no_sentence_end_inside(text: str) -> None:
    assert parts(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lab opened in 1994. The first director came from Oslo.",
            ["The lab opened in 1994.", "The first director came from Oslo."],
        ),
        (
            "It closed after a long decline. Its archive went to the state.",
            ["It closed after a long decline.", "Its archive went to the state."],
        ),
        ("Who paid? Nobody knows! It stays open.", ["Who paid?", "Nobody knows!", "It stays open."]),
        ('She said "we are done." Then she left.', ['She said "we are done."', "Then she left."]),
        ("It was sold to Acme Inc. The buyer kept the name.", ["It was sold to Acme Inc.", "The buyer kept the name."]),
        ("They planned more and more… The money ran out.", ["They planned more and more…", "The money ran out."]),
        ("They planned more and more... The money ran out.", ["They planned more and more...", "The money ran out."]),
        (
            "Books, films, etc. Everything went to the library.",
            ["Books, films, etc.", "Everything went to the library."],
        ),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert parts(text) == expected


def test_what_does_not_end_a_sentence() -> None:
    assert parts("It grew... and grew.") == ["It grew... and grew."]  # lower case after an ellipsis
    assert parts("Acme Inc., Globex Ltd. and Initech.") == ["Acme Inc., Globex Ltd. and Initech."]
    assert parts("The answer was no. The board agreed.") == ["The answer was no.", "The board agreed."]
    assert parts("It opened in 1994. 1995 was harder.") == [
        "It opened in 1994. 1995 was harder."
    ]  # a digit starts none
    assert parts("Funded by Ann Lee. J. Doe joined later.") == ["Funded by Ann Lee. J. Doe joined later."]
    assert parts("See acme.com for details.") == ["See acme.com for details."]
    assert parts("A stray . Here") == ["A stray . Here"]


def test_semicolons_only_when_asked() -> None:
    text = "It merged with Globex; The new firm kept its name."
    assert parts(text) == [text]
    assert parts(text, semicolons=True) == ["It merged with Globex;", "The new firm kept its name."]
    assert parts("It merged; the name stayed.", semicolons=True) == ["It merged; the name stayed."]


def test_ends_sentence_reports_the_stop_and_the_end() -> None:
    text = 'He wrote "enough." Later he came back.'
    found = list(sentence_ends(text))
    assert [(text[f.stop], text[: f.end]) for f in found] == [(".", 'He wrote "enough."'), (".", text)]
    assert ends_sentence("Dr. Who", 2) is None
    assert ends_sentence("word", 1) is None  # not a stop


def test_long_runs_stay_linear_and_bounded() -> None:
    # many stops without spaces, a long word before a stop, and long space runs
    text = "a." * 20_000 + " " + "x" * 50_000 + ". Then" + " " * 20_000 + "."
    assert len(parts(text)) == 2


def test_the_table() -> None:
    table = abbreviations()
    assert {"Inc.", "Ltd.", "Co.", "No.", "St.", "Dr.", "Mr.", "Ms.", "e.g.", "i.e.", "U.S.", "Jr."} <= set(table)
    assert all(entry.word.endswith(".") and entry.note for entry in table.values())
    entry = abbreviation("Inc.")
    assert entry is not None and entry.position == "after" and not entry.ends_no_sentence
    assert abbreviation("St.") is not None and abbreviation("St.").ends_no_sentence  # type: ignore[union-attr]
    assert abbreviation("Banana.") is None
    # every person title written with a stop is in the table (one place for sentence ends)
    titles = {t.title.split()[-1] + "." for t in lexicon.person_titles() if t.abbreviation}
    assert titles <= set(table)


def test_status_sentences_use_it() -> None:
    assert sentences("Reports to   Prof. Ana Lima.  The board\nmeets yearly.") == [
        "Reports to Prof. Ana Lima.",
        "The board meets yearly.",
    ]
    assert sentences("Seat at No. 7 Quay Street. None other.") == ["Seat at No. 7 Quay Street.", "None other."]


def test_history_segments_use_it() -> None:
    found = segments("Renamed by St. Anne's Trust in 1950; It merged into Acme Ltd. in 1960. The end.")
    assert [s.text for s in found] == [
        "Renamed by St. Anne's Trust in 1950;",
        "It merged into Acme Ltd. in 1960.",
        "The end.",
    ]
    dated = segments("- 1984: Founded by Mr. Hale. It grew.")
    assert [(s.text, s.date is not None) for s in dated] == [("Founded by Mr. Hale.", True), ("It grew.", True)]


def test_founding_clause_uses_it() -> None:
    assert (
        _before_full_stop("Ada Fell, Dr. Kim Ro and J. Birk. Later others joined") == "Ada Fell, Dr. Kim Ro and J. Birk"
    )
    assert _before_full_stop("Moor Textiles, Inc. Its first plant") == "Moor Textiles, Inc."
    assert _before_full_stop("John Fell Jr. The firm grew") == "John Fell Jr."
    assert _before_full_stop("Acme Inc., Globex Ltd. and Initech") == "Acme Inc., Globex Ltd. and Initech"
    assert _before_full_stop("the city of St. Gallen") == "the city of St. Gallen"


def test_founding_agent_runs_past_a_title_or_legal_form_stop() -> None:
    # before: the agent ended at any stop not after an initial ("Dr", "Moorfield Mills Inc")
    assert list(founded_by_agents("It was founded by Dr. Agnes Moorcroft in 1921.")) == ["Dr. Agnes Moorcroft"]
    assert list(founded_by_agents("It was founded by Moorfield Mills Inc. in 1921.")) == ["Moorfield Mills Inc."]
    assert list(founded_by_agents("It was founded by J. P. Morgan. It grew.")) == ["J. P. Morgan"]


# --- text.sentences and budget read sentences through sentences.py (round 12) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Led by S. Kumar. He retired in 2019.", ["Led by S. Kumar.", "He retired in 2019."]),
        ("Chaired by Prof. Dr. Ada Lovelace. She left.", ["Chaired by Prof. Dr. Ada Lovelace.", "She left."]),
        ("Run by Univ.-Prof. Dr. Eva Gruber. She left.", ["Run by Univ.-Prof. Dr. Eva Gruber.", "She left."]),
        (
            "Owned by Infosys Pvt. Ltd. and Wipro Ltd. Both sold.",
            ["Owned by Infosys Pvt. Ltd. and Wipro Ltd.", "Both sold."],
        ),
        ("Its office is on Mt. Kenya. It has a lab.", ["Its office is on Mt. Kenya.", "It has a lab."]),
        ('Is it open? Yes! (It moved.) "Done."', ["Is it open?", "Yes!", "(It moved.)", '"Done."']),
        ("It grew in 2001. since then it shrank.", ["It grew in 2001. since then it shrank."]),
        ("It merged with Globex; The firm kept its name.", ["It merged with Globex; The firm kept its name."]),
    ],
)
def test_text_sentences_use_the_one_splitter(text: str, expected: list[str]) -> None:
    from orgkg.extract.text import sentences as text_sentences

    assert text_sentences(text) == expected
    assert text_sentences(text) == parts(text)


def test_a_word_inside_a_legal_form_ends_no_sentence() -> None:
    for form in ("Sdn. Bhd.", "Pty. Ltd.", "Pte. Ltd.", "Pvt. Ltd."):
        text = f"Acme {form} is the parent."
        assert parts(text) == [text]
    assert abbreviation("Pvt.") is not None and abbreviation("Pvt.").ends_no_sentence


def test_budget_sentence_bounds() -> None:
    from orgkg.extract.budget import _clause_ends, _sentence
    from orgkg.extract.numbers import amounts

    def bounds(text: str, index: int = 0) -> str:
        start, end = _sentence(text, amounts(text)[index], _clause_ends(text))
        return text[start:end]

    # a semicolon closes a clause whatever follows it
    assert bounds("An endowment of $9 million; $5 million operating budget.", 1) == "$5 million operating budget"
    assert bounds("$5 million; of which $2 million came from grants.", 1) == "of which $2 million came from grants"
    # "U.S." and "No." end no sentence; a stop after the amount ends its sentence
    assert bounds("Paid in U.S. dollars, $5 million. Approved by Congress.") == "Paid in U.S. dollars, $5 million"
    assert bounds("Under Act No. 5 it got $7 million. Next year more.", 1) == "Under Act No. 5 it got $7 million"
    assert bounds("Grants fell. The budget was $7 million.") == "The budget was $7 million"


def test_a_lowercase_start_ends_a_sentence_only_when_asked() -> None:
    text = "It has six members. the UK joined later."
    assert ends_sentence(text, 18) is None  # the shared splitter: "… Corp. the parent" is one sentence
    found = ends_sentence(text, 18, lowercase_start=True)
    assert found is not None and found.end == 19
    # the other rules still hold: an initial or an abbreviation before the stop ends nothing
    assert ends_sentence("led by J. the elder", 8, lowercase_start=True) is None
    assert ends_sentence("partners e.g. the UK", 12, lowercase_start=True) is None
