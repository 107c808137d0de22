"""Round 53 (founding): a timeline's start of a named business before its later incorporation.

- "1931-03-02: A starts B Bakery …" and later "1934-06-01: incorporated as C Foods Ltd": the
  business began under its earlier name, when A is a person the profile names; its
  incorporation under a new name is a later step, not the founding;
- "starts" is a founding verb of a timeline's historical present, like "sets up" and "founds"."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

_TITLE = "Harbour Lane Foods"


def _dates(history: str, leader: str = "- Founder and chair: Agnes Whitcombe") -> set[DateValue]:
    profile = (
        f"{_TITLE}\n|\n{_TITLE} is a bakery and biscuit maker based in Leeds.\nLeader\n{leader}\nHistory\n{history}\n"
    )
    facts = extract(parse_profile(profile, "timeline.txt"))
    return {f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date}


# --- the earlier start wins over a later incorporation under a new name -----------------------


def test_starts_before_incorporated_as() -> None:
    history = (
        "- March 2, 1931: Agnes Whitcombe starts Whitcombe Bakery in Leeds with her savings\n"
        "- June 1, 1934: incorporated as Harbour Lane Foods Ltd\n"
        "- 1960: a second plant opens in York"
    )
    assert _dates(history) == {DateValue(1931, 3, 2)}


def test_founds_before_incorporated_as_plc() -> None:
    history = (
        "- 1931-03-02: Agnes Whitcombe founds Lane Street Ovens\n- 1936-09-14: incorporated as Harbour Lane Foods plc"
    )
    assert _dates(history) == {DateValue(1931, 3, 2)}


def test_sets_up_before_incorporated_as() -> None:
    history = (
        "- 4 May 1928: Agnes Whitcombe sets up Whitcombe Biscuit Works\n"
        "- 9 July 1935: incorporated as Harbour Lane Foods"
    )
    assert _dates(history) == {DateValue(1928, 5, 4)}


# --- near-misses: the incorporation stays the founding date ---------------------------------


def test_earlier_subject_not_a_named_person() -> None:
    # the earlier entry's subject is no person the profile names
    history = (
        "- March 2, 1931: the Leeds council starts Civic Bread Scheme\n"
        "- June 1, 1934: incorporated as Harbour Lane Foods Ltd"
    )
    assert DateValue(1931, 3, 2) not in _dates(history)


def test_earlier_object_not_a_name() -> None:
    # "starts a stall": no named business was started
    history = (
        "- March 2, 1931: Agnes Whitcombe starts a market stall\n- June 1, 1934: incorporated as Harbour Lane Foods Ltd"
    )
    assert DateValue(1931, 3, 2) not in _dates(history)


def test_later_entry_not_a_renamed_start() -> None:
    # "founded" is the organization's own start: the earlier entry is someone else's business
    history = (
        "- March 2, 1931: Agnes Whitcombe starts Whitcombe Bakery\n"
        "- June 1, 1934: Harbour Lane Foods was founded in Leeds"
    )
    assert DateValue(1931, 3, 2) not in _dates(history)


def test_earlier_entry_after_the_incorporation_year_month() -> None:
    history = (
        "- June 1, 1934: incorporated as Harbour Lane Foods Ltd\n- 1936: Agnes Whitcombe starts Whitcombe Tea Rooms"
    )
    assert DateValue(1936, 1, 1) not in _dates(history)
    assert all(d.year != 1936 for d in _dates(history))


# --- an acronym of every word's initial, the lowercase ones too ("HFHI") --------------------


def _history_founding(title: str, history: str) -> list[Founding]:
    profile = f"{title}\n|\n{title} is a charity working in rural districts.\nHistory\n{history}\n"
    facts = extract(parse_profile(profile, "report.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _history_dates(title: str, history: str) -> set[DateValue]:
    return {f.date for f in _history_founding(title, history) if f.date}


def test_every_initial_acronym_for() -> None:
    dates = _history_dates("Circle for Rural Literacy Action", "- 1984: CFRLA founded by Ruth Okafor and Ben Okafor.")
    assert dates == {DateValue(1984)}


def test_every_initial_acronym_of() -> None:
    dates = _history_dates("League of Small Growers", "- 2003: LOSG founded by Mira Castell.")
    assert dates == {DateValue(2003)}


def test_every_initial_acronym_of_the() -> None:
    dates = _history_dates("Friends of the Moorland", "- 1971: FOTM established by local walkers.")
    assert dates == {DateValue(1971)}


def test_every_initial_near_misses() -> None:
    # a letter missing, or another body's initials: not the organization
    assert _history_dates("Circle for Rural Literacy Action", "- 1984: CFRL founded by Ruth Okafor.") == set()
    assert _history_dates("League of Small Growers", "- 2003: LOSGA founded by Mira Castell.") == set()


# --- "Founder: X." as a later sentence of a Legislation line -------------------------------


def _legislation_founders(text: str) -> set[str]:
    title = "Upland Teachers College"
    profile = f"{title}\n|\n{title} trains teachers for the upland districts.\nLegislation\n{text}\n"
    facts = extract(parse_profile(profile, "report.txt"))
    found = [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]
    return {m.name for f in found for m in (*([f.founder] if f.founder else []), *f.founders)}


def test_founder_record_after_an_act_sentence() -> None:
    text = "Upland Teachers College Act, passed 1971 by the Provincial Assembly. Founder: Upland Provincial Council."
    assert "Upland Provincial Council" in _legislation_founders(text)


def test_founders_record_between_sentences() -> None:
    text = "Charter of 1958. Founders: Maria Lindqvist and Jonas Berg. Amended 1990."
    assert {"Maria Lindqvist", "Jonas Berg"} <= _legislation_founders(text)


def test_founded_by_record_last_sentence() -> None:
    text = "College Ordinance No. 4 of 1962 — text on file. Founded by: Ministry of Education"
    assert "Ministry of Education" in _legislation_founders(text)


def test_founder_record_near_misses() -> None:
    # a stated null, or a key that is no founder key, names no founder
    assert _legislation_founders("College Act, passed 1971. Founder: Not verified.") == set()
    assert _legislation_founders("College Act, passed 1971. Sponsor: Upland Provincial Council.") == set()
