"""Round 45 (founding, signer): the museum wall label (h33).

- the label text after a title-only intro (the lines of ``Profile.extra_intro`` that end a
  sentence) is read as the intro for founders and the founding date;
- the tombstone line right after the intro ("Leith, Scotland, 1871–1960") gives the founding
  year when nothing else dates the founding;
- a person's years of life after a founder's name ("A (1840–1911) and B") no longer cut the
  founders list, and never date the founding;
- "issued/enacted under the [de facto] president A" names the instrument's signer."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile


def _label(name: str, tombstone: str, label: str, fields: str = "") -> list[Founding]:
    text = f"{name}\n|\n{name}\n{tombstone}\nGlass, brass and paper\n{label}\n{fields}\n"
    facts = extract(parse_profile(text, "label.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _founders(foundings: list[Founding]) -> set[str]:
    return {m.name for f in foundings for m in (f.founder, *f.founders) if m is not None}


def _dates(foundings: list[Founding]) -> set[DateValue]:
    return {f.date for f in foundings if f.date}


def _signers(foundings: list[Founding]) -> set[str]:
    return {m.name for f in foundings for m in (f.act_passed_by, *f.act_signers) if m is not None}


# --- the label text after a title-only intro --------------------------------------------------


def test_label_text_founded_by_organization() -> None:
    found = _label(
        "Tamsin Optical Works",
        "Jena, Germany, 1890–1975",
        "Lenses for half the cameras of Europe were ground here. "
        "It was founded by VGC, the Vexa Glass Company, as Vexa Optics.",
    )
    assert "VGC" in _founders(found)


def test_label_text_founders_were() -> None:
    found = _label(
        "Lowland Orphans Relief",
        "Glasgow, United Kingdom, 1921–present",
        "A charity born of the slump. Its founders were the brothers Hamish Rook and Callum Rook.",
    )
    assert _founders(found) == {"Hamish Rook", "Callum Rook"}


def test_label_text_passive_founding_year() -> None:
    found = _label(
        "Northbay Ferry Company",
        "Halifax, Canada, 1901–1988",
        "Its boats crossed the harbour every twenty minutes. The company was founded in 1899 by Ewan Park.",
    )
    assert _dates(found) == {DateValue(1899)}  # the text's year wins over the tombstone's
    assert _founders(found) == {"Ewan Park"}


def test_title_does_not_join_the_first_sentence() -> None:
    found = _label("Corran Mills", "Perth, Australia, 1910–1970", "Ewan Park founded it in 1910.")
    assert _founders(found) == {"Ewan Park"}


def test_label_medium_line_is_no_sentence() -> None:
    # the medium line names persons but is no sentence: nobody founded anything in it
    found = _label("Corran Mills", "Perth, Australia", "Portraits of Ewan Park and Ada Quist, founded in oils")
    assert _founders(found) == set()


# --- the tombstone lifespan ---------------------------------------------------------------------


def test_tombstone_year_range() -> None:
    found = _label("Harbour Glassworks", "Leith, Scotland, 1871–1960", "The works made bottles for the port.")
    assert _dates(found) == {DateValue(1871)}


def test_tombstone_present() -> None:
    found = _label("Dunmore Seed Bank", "Cork, Ireland, 1953–present", "Seeds of every Irish crop are kept cold here.")
    assert _dates(found) == {DateValue(1953)}


def test_tombstone_long_place() -> None:
    found = _label(
        "Coastline Radio Laboratory",
        "Red Bank, New Jersey, United States, 1938-1999",
        "Radar sets were tested on this beach.",
    )
    assert _dates(found) == {DateValue(1938)}


def test_tombstone_loses_to_a_full_date() -> None:
    found = _label(
        "Harbour Glassworks",
        "Leith, Scotland, 1871–1960",
        "The works made bottles for the port.",
        "History\nHarbour Glassworks was founded on 3 May 1871 by Ada Quist.",
    )
    assert _dates(found) == {DateValue(1871, 5, 3)}


def test_no_tombstone_without_a_range() -> None:
    assert _dates(_label("Harbour Glassworks", "Leith, Scotland", "The works made bottles.")) == set()
    assert _dates(_label("Harbour Glassworks", "Bottles of 1871–1960", "The works made bottles.")) == set()
    assert _dates(_label("Harbour Glassworks", "Acquired 1871–1960: bottles", "The works made bottles.")) == set()


# --- life years after a founder ---------------------------------------------------------------


def _history(sentence: str) -> set[str]:
    intro = "The Walrus Natural History Society is a club in Hull."
    text = f"Walrus Natural History Society\n|\n{intro}\nHistory\n{sentence}\n"
    facts = extract(parse_profile(text, "wnhs.txt"))
    return _founders([f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)])


def test_life_years_in_a_founders_were_list() -> None:
    assert _history("Its founders were Ada Hale (1850–1920) and Tom Pike (1855–1931).") == {"Ada Hale", "Tom Pike"}


def test_life_years_in_a_by_list() -> None:
    found = _history("The society was founded in 1890 by Ada Hale (1850–1920), Tom Pike (c. 1855–1931) and Jo Rann.")
    assert found == {"Ada Hale", "Tom Pike", "Jo Rann"}


def test_life_years_do_not_date_the_founding() -> None:
    text = (
        "Walrus Natural History Society\n|\nThe Walrus Natural History Society is a club in Hull.\n"
        "History\nIts founders were Ada Hale (1850–1920) and Tom Pike (1855–1931).\n"
    )
    facts = extract(parse_profile(text, "wnhs.txt"))
    assert not [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


# --- "issued under the president X" -------------------------------------------------------------


def _legislation(text: str) -> list[Founding]:
    profile = f"Coastal Survey Office\n|\nThe Coastal Survey Office is a public agency.\nLegislation\n{text}\n"
    facts = extract(parse_profile(profile, "cso.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def test_issued_under_de_facto_president() -> None:
    found = _legislation("Law 4,411, of 3 March 1971, issued under the de facto president Hugo Banzer.")
    assert _signers(found) == {"Hugo Banzer"}


def test_enacted_under_president() -> None:
    assert _signers(_legislation("Decree 120 of 1958, enacted under President Carlos Ibáñez del Campo.")) == {
        "Carlos Ibáñez del Campo"
    }


def test_promulgated_under_the_then_governor() -> None:
    found = _legislation("Law 8,802 of 1964, promulgated under the then Governor Ada Rook, set up the office.")
    assert _signers(found) == {"Ada Rook"}


def test_under_an_act_or_a_government_names_no_signer() -> None:
    for text in (
        "Law 4,411 of 1971, issued under the Companies Act.",
        "Law 4,411 of 1971, issued under the presidency of Hugo Banzer.",
        "Law 4,411 of 1971, issued under the military government.",
        "Law 4,411 of 1971, drafted under the president Hugo Banzer.",
    ):
        assert _signers(_legislation(text)) == set(), text


# --- "<Adjective> Act of the <Name>" ------------------------------------------------------------


def _acts(text: str) -> set[str]:
    return {f.act for f in _legislation(text) if f.act}


def test_constitutive_act_of_the_name() -> None:
    assert _acts("The founding text is the Constitutive Act of the Andean Guard, adopted in Quito on 2 May 1999.") == {
        "Constitutive Act of the Andean Guard"
    }


def test_organic_act_of_the_name() -> None:
    assert _acts("Its charter is the Organic Act of the Northern Pilots Board, passed in 1961.") == {
        "Organic Act of the Northern Pilots Board"
    }


def test_constituent_treaty_of_the_name() -> None:
    assert _acts("It rests on the Constituent Treaty of the Pacific Fisheries Union, signed on 4 June 1982.") == {
        "Constituent Treaty of the Pacific Fisheries Union"
    }


def test_subject_noun_before_the_kind_ends_the_title() -> None:
    assert _acts("The Water Act of the Republic of Ghana, passed in 1961.") == {"Water Act"}


def test_adjective_act_alone_or_with_a_year() -> None:
    assert _acts("The Constitutive Act, adopted on 3 May 1971.") == {"Constitutive Act"}
    assert _acts("The Constitutive Act of 1971 set it up.") == {"Constitutive Act of 1971"}
