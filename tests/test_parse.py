"""Tests for the parse stage (DESIGN §1): examples, edge cases, and generated profiles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgkg.errors import InputError, UsageError
from orgkg.model import KNOWN_FIELDS, Profile, Reference, Severity
from orgkg.parse import DEFAULT_LIMITS, Limits, decode_text, discover, parse_profile, read_profile

sys.path.insert(0, str(Path(__file__).parent))
from strategies import (  # tests/ is not a package: imported from its folder
    REFERENCES,
    RenderedProfile,
    profile_like_text,
    rendered_profiles,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "advanced-manufacturing-partnership.txt"
DATA = Path(__file__).parent / "data" / "parse"
BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXAMPLES = Path(__file__).parent / "data" / "examples"
# sha256 of the brief's seed profile: the repository's copy must not drift from it
BRIEF_SEED_SHA256 = "381d99ee4a8848f5868d8f2a93e8a53636599939301af6c645894d52798d6f11"


def parse(text: str, source: str = "test.txt", **kwargs: object) -> Profile:
    return parse_profile(text, source, **kwargs)  # type: ignore[arg-type]


def codes(profile: Profile) -> list[tuple[str, int | None]]:
    return [(d.code, d.line) for d in profile.diagnostics]


def write(tmp_path: Path, data: bytes, name: str = "profile.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- the seed ---------------------------------------------------------------------------------

SEED_HEADINGS = {
    "Mission": 8,
    "Parent organization": 10,
    "Legislation": 12,
    "Partners": 14,
    "Number of employees": 19,
    "Organization structure": 21,
    "Leader": 23,
    "Divisions": 25,
    "List of programs": 28,
    "Last total enacted budget": 32,
    "Staff": 34,
    "Funding": 36,
    "Services provided": 38,
    "Regulations overseen": 40,
    "Headquarters address": 42,
    "History": 44,
    "External links": 46,
}


@pytest.fixture(scope="module")
def seed() -> Profile:
    return read_profile(SEED)


def test_seed_title_and_intro(seed: Profile) -> None:
    assert seed.title == "Advanced Manufacturing Partnership"
    assert seed.title_line == 1
    assert seed.intro_line == 7
    assert seed.intro is not None
    assert seed.intro.startswith("Advanced Manufacturing Partnership (AMP) is a collaborative")
    assert seed.doc == "advanced-manufacturing-partnership"
    assert seed.source == str(SEED)
    assert seed.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_seed_fields_and_heading_lines(seed: Profile) -> None:
    assert len(seed.fields) == 17
    assert {f.name: f.heading_line for f in seed.fields} == SEED_HEADINGS
    assert [f.name for f in seed.fields] == [n for n in KNOWN_FIELDS if n != REFERENCES]
    assert all(f.known for f in seed.fields)
    assert seed.field("External links").items == ()  # empty body kept
    assert seed.field(REFERENCES) is None  # references are not a field


def test_seed_partners(seed: Profile) -> None:
    partners = seed.field("Partners")
    assert partners is not None
    assert [(i.line, i.bullet) for i in partners.items] == [(n, True) for n in (15, 16, 17, 18)]
    assert partners.items[-1].text == "Labor unions and workforce development organizations"
    assert partners.items[-1].footnotes == (2,)
    assert all(i.footnotes == () for i in partners.items[:-1])
    assert partners.footnotes == (2,)


def test_seed_values(seed: Profile) -> None:
    divisions = seed.field("Divisions")
    assert divisions is not None
    assert [(i.line, i.bullet) for i in divisions.items] == [(26, False), (27, True)]
    assert seed.field("Mission").items[0].footnotes == (1,)
    assert seed.field("History").items[0].footnotes == (3,)
    assert seed.field("Headquarters address").text == ("1400 Independence Ave SW, Washington, DC 20250, United States")


def test_seed_references(seed: Profile) -> None:
    assert [r.number for r in seed.references] == [1, 2, 3]
    assert [r.line for r in seed.references] == [48, 49, 50]
    for reference in seed.references:
        assert reference.url == "https://www.manufacturing.gov/amp20/"
        assert reference.accessed == dt.date(2025, 2, 8)
        assert reference.publisher == "Manufacturing.gov"
        assert reference.title == "Advanced Manufacturing Partnership 2.0"
        assert reference.site_owner == "U.S. Department of Commerce"
        assert reference.raw.startswith("- ↑ Manufacturing.gov.")


def test_seed_has_no_diagnostics(seed: Profile) -> None:
    assert seed.diagnostics == ()


# --- the example profiles -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["manufacturing-usa", "national-science-foundation"])
def test_example_profiles_parse_cleanly(name: str) -> None:
    profile = read_profile(EXAMPLES / f"{name}.txt")
    assert profile.doc == name
    assert profile.diagnostics == ()
    assert profile.intro is not None
    assert all(f.known for f in profile.fields)
    assert len(profile.references) == 2
    assert all(r.url and r.url.startswith("https://") and r.accessed for r in profile.references)
    leader = profile.field("Leader")
    assert leader is not None and len(leader.items) == 1
    assert leader.items[0].text.startswith("Director of the")  # a value, not a heading


def test_nsf_example_details() -> None:
    profile = read_profile(EXAMPLES / "national-science-foundation.txt")
    budget = profile.field("Last total enacted budget")
    assert budget is not None
    assert budget.items[0].text == "$9.06 billion (FY 2024)"
    assert budget.items[0].footnotes == (2,)
    assert len(profile.field("Divisions").items) == 8
    assert profile.field("Parent organization").text == "None; NSF is an independent federal agency."


def test_repository_seed_is_the_briefs_seed() -> None:
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == BRIEF_SEED_SHA256


# --- a messy profile fixture ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def messy() -> Profile:
    return read_profile(DATA / "messy-agency.txt")


def test_messy_structure(messy: Profile) -> None:
    assert messy.title == "Office of Example Affairs"
    assert messy.intro_line == 2
    assert messy.intro is not None and messy.intro.endswith("test the parser.")  # marker gone
    assert [(f.name, f.heading_line, f.known) for f in messy.fields] == [
        ("Mission", 4, True),  # "mission:" in the file
        ("Leader", 6, True),
        ("Divisions", 8, True),
        ("Key people", 13, False),
        ("Headquarters address", 15, True),
        ("Number of employees", 19, True),
        ("External links", 23, True),  # its first line, "Website", is its value (a label)
    ]


def test_messy_values(messy: Profile) -> None:
    assert messy.field("Mission").items[0].text == ("To exemplify. It also tests markers after punctuation.")
    assert messy.field("Mission").items[0].footnotes == (1,)
    assert messy.field("Leader").text == "Director of the Office"
    divisions = messy.field("Divisions").items
    assert [(i.text, i.bullet, i.footnotes) for i in divisions] == [
        ("Division of Samples", True, (2,)),
        ("Division of Fixtures.", True, (2, 3)),
        ("Division of Edge Cases", True, (4,)),  # from the marker-only line below it
    ]
    address = messy.field("Headquarters address").items
    assert [(i.line, i.text) for i in address] == [
        (16, "1 Main Street"),
        (17, "Springfield, IL 62701"),
        (18, "United States"),
    ]
    assert messy.field("Key people").items[0].text == "Jane Doe, Director"
    assert [i.text for i in messy.field("External links").items] == ["Website", "https://example.org/"]


def test_messy_references(messy: Profile) -> None:
    refs = messy.references
    assert [(r.number, r.line) for r in refs] == [(n, 26 + n) for n in range(1, 6)]
    assert (refs[0].publisher, refs[0].title, refs[0].site_owner) == (
        "Example Office",
        "About OEA",
        "Office of Example Affairs",
    )
    assert refs[1].title == "History of OEA"
    assert refs[1].site_owner == "Office of Example Affairs"
    assert refs[1].url == "https://example.org/history"
    assert refs[1].accessed == dt.date(2024, 12, 31)
    assert (refs[2].title, refs[2].url, refs[2].accessed) == ("Budget", None, dt.date(2024, 3, 3))
    assert (refs[3].title, refs[3].url, refs[3].accessed) == ("Click me", None, None)
    assert "javascript:alert(1)" in refs[3].raw
    assert refs[4].raw == "- Just some text without title or link"


def test_messy_diagnostics(messy: Profile) -> None:
    assert codes(messy) == [
        ("extra-intro-line", 3),
        ("unknown-heading", 13),
        ("dangling-footnote", 20),
        ("duplicate-heading", 21),
        ("reference-url-rejected", 30),
        ("unparsable-access-date", 30),
        ("malformed-reference", 31),
    ]
    assert all(d.severity is Severity.WARNING for d in messy.diagnostics)
    assert all(d.file == str(DATA / "messy-agency.txt") for d in messy.diagnostics)
    duplicate = next(d for d in messy.diagnostics if d.code == "duplicate-heading")
    assert "line 4" in duplicate.message and "dropped" in duplicate.message
    assert duplicate.field == "Mission"


# --- line endings, BOM, encodings -----------------------------------------------------------


def _same_parse(left: Profile, right: Profile) -> None:
    assert (left.title, left.title_line, left.intro, left.intro_line) == (
        right.title,
        right.title_line,
        right.intro,
        right.intro_line,
    )
    assert left.fields == right.fields
    assert left.references == right.references


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings(tmp_path: Path, seed: Profile, newline: str) -> None:
    data = SEED.read_bytes().replace(b"\n", newline.encode())
    _same_parse(read_profile(write(tmp_path, data)), seed)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
    ],
)
def test_bom_encodings(tmp_path: Path, seed: Profile, encoding: str, bom: bytes) -> None:
    data = bom + SEED.read_text("utf-8").encode(encoding)
    profile = read_profile(write(tmp_path, data))
    _same_parse(profile, seed)  # the BOM shifts no line and is not part of the title
    assert profile.sha256 == hashlib.sha256(data).hexdigest()  # of the raw bytes


def test_bom_in_text_given_to_parse_profile() -> None:
    profile = parse("\ufeffTitle\nMission\nText.")
    assert profile.title == "Title"
    assert profile.field("Mission").heading_line == 2


def test_utf16_without_bom_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="NUL") as error:
        read_profile(write(tmp_path, "Title\nMission\n".encode("utf-16-le")))
    assert error.value.line == 1


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    data = b"Title\n|\nIntro.\nMission\nGood line.\nBad \xff byte.\n"
    path = write(tmp_path, data)
    with pytest.raises(InputError) as error:
        read_profile(path)
    assert (error.value.file, error.value.line) == (str(path), 6)
    assert "UTF-8" in error.value.reason and "ff" in error.value.reason
    assert str(error.value).startswith(f"{path}:6: ")


def test_invalid_utf8_line_counts_cr_line_endings() -> None:
    with pytest.raises(InputError) as error:
        decode_text(b"Title\r\nIntro.\rMission\r\n\xc3(\r\n", "x.txt")
    assert error.value.line == 4


def test_truncated_utf16_is_refused() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode_text(b"\xff\xfe" + "Title\nLine".encode("utf-16-le") + b"\x00", "x.txt")


def test_nul_bytes_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b"Title\nMission\nText\x00more\n")
    with pytest.raises(InputError, match="NUL") as error:
        read_profile(path)
    assert error.value.line == 3


def test_nul_and_control_characters_in_text_are_refused() -> None:
    with pytest.raises(InputError, match="NUL") as error:
        parse("Title\n\nMission\x00")
    assert error.value.line == 3
    with pytest.raises(InputError, match="U\\+001B") as error:
        parse("Title\nIntro \x1b[31m red.")
    assert error.value.line == 2


def test_lone_surrogate_is_refused() -> None:
    with pytest.raises(InputError, match="surrogate"):
        parse("Title\nBad \ud800 text.")


def test_png_bytes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_profile(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt"))


# --- empty and minimal profiles --------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff", "|\n| |||\n|\n", "\r\n\r\n"])
def test_empty_profiles_are_refused(text: str) -> None:
    with pytest.raises(InputError) as error:
        parse(text, "empty.txt")
    assert (error.value.reason, error.value.file, error.value.line) == (
        "empty profile",
        "empty.txt",
        1,
    )


def test_empty_file_on_disk_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty profile"):
        read_profile(write(tmp_path, b""))


def test_title_only_profile_is_valid() -> None:
    profile = parse("  Lonely Title  \n\n")
    assert (profile.title, profile.title_line) == ("Lonely Title", 1)
    assert (profile.intro, profile.intro_line, profile.fields, profile.references) == (
        None,
        None,
        (),
        (),
    )


def test_no_decoration_and_no_intro() -> None:
    profile = parse("Title\nMission\nTo help.\n")
    assert profile.intro is None
    assert profile.field("Mission").items[0].line == 3


def test_blank_lines_before_title_keep_line_numbers() -> None:
    profile = parse("\n\n| ||\nTitle\n\nIntro text.\n\nMission\n\nTo help.")
    assert (profile.title_line, profile.intro_line) == (4, 6)
    assert profile.field("Mission").heading_line == 8
    assert profile.field("Mission").items[0].line == 10


def test_title_that_is_a_heading_is_reported() -> None:
    profile = parse("Mission\nTo help.\nPartners\n- A")
    assert profile.title == "Mission"
    assert ("title-looks-like-heading", 1) in codes(profile)


def test_extra_intro_lines_are_reported() -> None:
    profile = parse("Title\nIntro one.\nIntro two.\nMission\nText.")
    assert profile.intro == "Intro one."
    assert codes(profile) == [("extra-intro-line", 3)]


def test_trailing_whitespace_is_ignored() -> None:
    profile = parse("Title \t\nIntro.  \nMission   \n- item[1]  \t\nReferences \n- ↑ https://x.org/ ")
    assert profile.field("Mission").items[0].text == "item"
    assert profile.references[0].url == "https://x.org/"


# --- headings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    [
        "Parent organization",
        "PARENT ORGANIZATION",
        "parent  organization",
        " Parent organization:",
        "Parent\u200b organization",
    ],
)
def test_known_headings_match_loosely_and_store_canonical_name(spelling: str) -> None:
    profile = parse(f"Title\nIntro.\n{spelling}\nNone.")
    assert [(f.name, f.heading_line, f.known) for f in profile.fields] == [("Parent organization", 3, True)]
    assert profile.diagnostics == ()


def test_unknown_heading_is_kept_and_reported() -> None:
    profile = parse("Title\nIntro.\nMission\nTo help.\nWebsite\nhttps://x.org\nReferences\n", "w.txt")
    mission, website = profile.fields
    assert (mission.name, mission.text) == ("Mission", "To help.")
    assert (website.name, website.known, website.heading_line) == ("Website", False, 5)
    assert [(i.line, i.text) for i in website.items] == [(6, "https://x.org")]
    [diagnostic] = profile.diagnostics
    assert (diagnostic.severity, diagnostic.code, diagnostic.file, diagnostic.line) == (
        Severity.WARNING,
        "unknown-heading",
        "w.txt",
        5,
    )
    assert diagnostic.field == "Website"


def test_short_value_before_known_heading_is_a_value() -> None:
    profile = parse(
        "Title\nIntro.\nHeadquarters address\n1400 Independence Ave SW\n"
        "Washington, DC 20250\nUnited States\nHistory\nFounded.\n"
    )
    address = profile.field("Headquarters address")
    assert [i.text for i in address.items] == [
        "1400 Independence Ave SW",
        "Washington, DC 20250",
        "United States",
    ]
    assert profile.diagnostics == ()


def test_heading_like_value_right_after_heading_is_a_value() -> None:
    profile = parse("Title\nIntro.\nLeader\nDirector of the Office\nDivisions\n- Labs")
    assert profile.field("Leader").text == "Director of the Office"
    assert [f.name for f in profile.fields] == ["Leader", "Divisions"]


def test_consecutive_heading_like_values_stay_values() -> None:
    profile = parse("Title\nIntro.\nHeadquarters address\nAcme House\nHigh Street\nLondon\nHistory")
    assert profile.field("Headquarters address").text == "Acme House High Street London"


def test_unknown_heading_after_values() -> None:
    profile = parse("Title\nIntro.\nLeader\nJane Doe\nAnnual report\nPublished every May.\n")
    assert profile.field("Leader").text == "Jane Doe"
    assert profile.field("Annual report").items[0].text == "Published every May."
    assert codes(profile) == [("unknown-heading", 5)]


def test_heading_like_last_line() -> None:
    # At the end of the file a heading-like line is a heading only after a value.
    assert [f.name for f in parse("Title\nIntro.\nLeader\nJane Doe").fields] == ["Leader"]
    profile = parse("Title\nIntro.\nMission\nTo help.\nWebsite")
    assert [(f.name, f.items) for f in profile.fields][-1] == ("Website", ())


@pytest.mark.parametrize(
    "line",
    [
        "It works through:",  # ends with punctuation
        "Founded in 1950",  # digits
        "See www.example.org",  # URL
        "Alpha, Beta",  # comma
        "One two three four five six",  # too many words
        "lowercase start",
        "- Bullet",
        "Successor\tDuna Media Service",  # an infobox row: a label and its value
    ],
)
def test_lines_that_are_never_unknown_headings(line: str) -> None:
    profile = parse(f"Title\nIntro.\nMission\nText.\n{line}\n- a value")
    assert [f.name for f in profile.fields] == ["Mission"]


def test_unknown_heading_between_intro_and_first_heading() -> None:
    profile = parse("Title\nIntro.\nFormed\n- in the past\nMission\nText.")
    assert [(f.name, f.known) for f in profile.fields] == [("Formed", False), ("Mission", True)]


@pytest.mark.parametrize(
    ("text", "field", "values"),
    [
        ("Headquarters address\nAcme Tower\n1 Main St, Springfield\n", "Headquarters address", 2),
        (
            "Headquarters address\nInstitut Pasteur\nB.P. 1274 Ambatofotsy\n101 Antananarivo\n",
            "Headquarters address",
            3,
        ),
        ("Leader\nKey people\n- Jane Doe (Director)\n", "Leader", 2),  # a pasted label, then its value
        ("External links\nWebsite\nhttps://x.org\n", "External links", 2),
        ("Divisions\nHistorical Treasury\nThe gold and silver of the collection.\n", "Divisions", 2),
    ],
)
def test_first_line_under_a_known_heading_is_its_value(text: str, field: str, values: int) -> None:
    # A heading-like first line followed by a value line is the field's first value, not a
    # heading of its own: an empty known field followed by a new section is not read.
    profile = parse(f"Title\nIntro.\n{text}History\nFounded.\n")
    assert len(profile.field(field).items) == values
    assert [f.name for f in profile.fields] == [field, "History"]
    assert codes(profile) == []


def test_known_limitation_heading_like_line_inside_a_field() -> None:
    # Documented limit: inside a field with values, a heading-like line followed by a value
    # line reads as an unknown heading. It is reported, so nothing is lost silently.
    profile = parse("Title\nIntro.\nDivisions\n- Design Bureau\nSerial Production Plant\nBuilds the An-124.\n")
    assert [i.text for i in profile.field("Divisions").items] == ["Design Bureau"]
    assert codes(profile) == [("unknown-heading", 5)]


def test_duplicate_headings_first_wins() -> None:
    profile = parse("Title\nIntro.\nMission\nFirst.\nPartners\n- A\nmission\nSecond.\nThird.\n")
    assert profile.field("Mission").text == "First."
    assert [f.name for f in profile.fields] == ["Mission", "Partners"]
    [diagnostic] = profile.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.field) == (
        "duplicate-heading",
        7,
        "Mission",
    )
    assert "line 3" in diagnostic.message
    assert "2 value line(s) (8-9) are dropped" in diagnostic.message


def test_duplicate_references_heading_keeps_first_list() -> None:
    profile = parse("Title\nMission\nText[2].\nReferences\n- ↑ https://a.org/\nReferences\n- ↑ https://b.org/")
    assert [r.url for r in profile.references] == ["https://a.org/"]
    assert codes(profile) == [("dangling-footnote", 3), ("duplicate-heading", 6)]


def test_empty_fields_are_kept() -> None:
    profile = parse("Title\nIntro.\nMission\nStaff\nFunding\nGrants.\nExternal links")
    assert [(f.name, len(f.items)) for f in profile.fields] == [
        ("Mission", 0),
        ("Staff", 0),
        ("Funding", 1),
        ("External links", 0),
    ]
    assert profile.field("Staff").last_line == 4


# --- value lines and footnotes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "bullet", "footnotes"),
    [
        ("Plain prose.", "Plain prose.", False, ()),
        ("Ends with a marker.[1]", "Ends with a marker.", False, (1,)),
        ("Marker before punctuation[2].", "Marker before punctuation.", False, (2,)),
        ("Spaced marker [3]", "Spaced marker", False, (3,)),
        ("Several[1][2]", "Several", False, (1, 2)),
        ("Spaced several [1] [2].", "Spaced several.", False, (1, 2)),
        ("Comma list[1, 2]", "Comma list", False, (1, 2)),
        ("Repeated[1][1]", "Repeated", False, (1,)),
        (
            "In 1950.[1] It moved[2], later[3]; again.",
            "In 1950. It moved, later; again.",
            False,
            (1, 2, 3),
        ),
        ("Mid-sentence [1] stays", "Mid-sentence [1] stays", False, ()),
        ("array[0] element", "array[0] element", False, ()),
        ("[see note]", "[see note]", False, ()),  # a bracket of words, no marker
        ("Huge [12345678901234567890]", "Huge [12345678901234567890]", False, ()),
        ("- Dash bullet[2]", "Dash bullet", True, (2,)),
        ("* Star bullet", "Star bullet", True, ()),
        ("• Dot bullet", "Dot bullet", True, ()),
        ("•No space", "No space", True, ()),
        ("-not a bullet", "-not a bullet", False, ()),
        ("*emphasis*", "emphasis", False, ()),  # no bullet; the emphasis markers go (layout)
        ("\t-   Indented bullet  ", "Indented bullet", True, ()),
        ("– En dash bullet", "En dash bullet", True, ()),  # the typographer's list dash
        ("◦ White bullet", "White bullet", True, ()),
        ("▪ Square bullet", "Square bullet", True, ()),
        ("‣ Triangle bullet", "Triangle bullet", True, ()),
        ("–", "–", False, ()),  # a lone dash is a null, not an empty bullet
        ("–1.5 %", "–1.5 %", False, ()),  # a minus sign
        ("— not applicable", "— not applicable", False, ()),  # the em dash introduces a note
    ],
)
def test_value_lines(line: str, text: str, bullet: bool, footnotes: tuple[int, ...]) -> None:
    profile = parse(f"Title\nMission\n{line}\nReferences\n" + "- ↑ https://x.org/\n" * 3)
    [item] = profile.field("Mission").items
    assert (item.line, item.text, item.bullet, item.footnotes) == (3, text, bullet, footnotes)


def test_marker_only_line_joins_the_value_above() -> None:
    profile = parse("Title\nMission\nText.\n[1]\nReferences\n- ↑ https://x.org/")
    [item] = profile.field("Mission").items
    assert (item.line, item.text, item.footnotes) == (3, "Text.", (1,))


def test_marker_only_line_without_value_is_reported() -> None:
    profile = parse("Title\nMission\n[1]\nStaff\n-\n")
    assert profile.field("Mission").items == ()
    assert profile.field("Staff").items == ()  # a bare dash carries nothing
    assert codes(profile) == [("orphan-footnote", 3)]


def test_dangling_footnotes_are_reported() -> None:
    profile = parse(
        "Title\nIntro.[4]\nMission\nText.[1]\nPartners\n- A[2][3]\nReferences\n- ↑ https://x.org/\n- ↑ https://y.org/"
    )
    assert codes(profile) == [
        ("dangling-footnote", 2),
        ("dangling-footnote", 6),
    ]
    assert profile.intro == "Intro."
    messages = [d.message for d in profile.diagnostics]
    assert "[4]" in messages[0] and "[3]" in messages[1]
    assert profile.diagnostics[1].field == "Partners"


def test_footnotes_without_references_section_dangle() -> None:
    profile = parse("Title\nMission\nText.[1]")
    assert codes(profile) == [("dangling-footnote", 3)]


def test_footnote_zero_dangles() -> None:
    profile = parse("Title\nMission\nText.[0]\nReferences\n- ↑ https://x.org/")
    assert codes(profile) == [("dangling-footnote", 3)]


# --- references --------------------------------------------------------------------------------


def one_reference(line: str) -> tuple[Profile, Reference]:
    profile = parse(f"Title\nReferences\n{line}")
    [reference] = profile.references
    assert (reference.number, reference.line, reference.raw) == (1, 3, line.strip())
    return profile, reference


FEB_8 = dt.date(2025, 2, 8)


def reference_parts(reference: Reference) -> tuple[object, ...]:
    return (
        reference.publisher,
        reference.title,
        reference.site_owner,
        reference.url,
        reference.accessed,
    )


@pytest.mark.parametrize(
    ("line", "expected"),  # expected: publisher, title, site owner, url, accessed
    [
        (
            '- ↑ Pub. "A Title". Owner Inc, https://x.org/a (accessed February 8, 2025).',
            ("Pub", "A Title", "Owner Inc", "https://x.org/a", FEB_8),
        ),
        (
            "↑ Pub. “Curly”. Owner, https://x.org/ (accessed on Feb. 8, 2025)",
            ("Pub", "Curly", "Owner", "https://x.org/", FEB_8),
        ),
        (
            '-  ↑  Pub.   "Spaced   out".  Owner,   https://x.org/  (accessed  8 February 2025) .',
            ("Pub", "Spaced out", "Owner", "https://x.org/", FEB_8),
        ),
        (
            '- Pub. "No arrow". Owner, http://x.org/ Retrieved 2025-02-08.',
            ("Pub", "No arrow", "Owner", "http://x.org/", FEB_8),
        ),
        ('* ^ "Title only".', (None, "Title only", None, None, None)),
        ("- ↑ https://x.org/only-url", (None, None, None, "https://x.org/only-url", None)),
        (
            "- ↑ Publisher without title, https://x.org/ (Retrieved on September 3rd, 2024)",
            ("Publisher without title", None, None, "https://x.org/", dt.date(2024, 9, 3)),
        ),
        (
            '[1] ↑ Pub. "Numbered". https://x.org/ (February 8, 2025)',
            ("Pub", "Numbered", None, "https://x.org/", FEB_8),
        ),
        (
            '- ↑ Pub. "Data Retrieved from Orbit: a Re:View". Owner, <https://x.org/o>.',
            ("Pub", "Data Retrieved from Orbit: a Re:View", "Owner", "https://x.org/o", None),
        ),
    ],
)
def test_reference_forms(line: str, expected: tuple[object, ...]) -> None:
    profile, reference = one_reference(line)
    assert reference_parts(reference) == expected
    assert profile.diagnostics == ()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "/relative/path",
        "../up/page.html",
        "www.example.org/page",
        "ftp://example.org/file",
        "data:text/html,hi",
        "https://x.org/a{b}",
    ],
)
def test_non_http_reference_urls_are_left_out(url: str) -> None:
    profile, reference = one_reference(f'- ↑ Pub. "T". Owner, {url} (accessed February 8, 2025).')
    assert reference.url is None
    assert reference.accessed == dt.date(2025, 2, 8)
    assert reference.site_owner == "Owner"
    assert url in reference.raw
    [diagnostic] = profile.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.field) == (
        "reference-url-rejected",
        3,
        REFERENCES,
    )


@pytest.mark.parametrize("date", ["February 30, 2025", "Smarch 3, 2025", "yesterday", "", "2025"])
def test_unparsable_access_date_is_reported(date: str) -> None:
    profile, reference = one_reference(f'- ↑ Pub. "T". https://x.org/ (accessed {date}).')
    assert reference.accessed is None
    assert reference.url == "https://x.org/"
    assert codes(profile) == [("unparsable-access-date", 3)]


@pytest.mark.parametrize("line", ["- ↑", "- Just words, no link", "↑ Publisher. Something."])
def test_malformed_reference_is_reported_and_raw_kept(line: str) -> None:
    profile, reference = one_reference(line)
    assert reference.url is None and reference.title is None
    assert codes(profile) == [("malformed-reference", 3)]
    assert line in profile.diagnostics[0].message


def test_explicit_reference_number_that_disagrees_is_reported() -> None:
    profile = parse("Title\nReferences\n[1] https://a.org/\n[3] https://b.org/")
    assert [r.number for r in profile.references] == [1, 2]
    assert codes(profile) == [("reference-number-mismatch", 4)]


# --- limits ------------------------------------------------------------------------------------


def test_oversize_file_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = write(tmp_path, b"Title\n" + b"x" * 200)
    with pytest.raises(InputError) as error:
        read_profile(path, Limits(max_file_bytes=100))
    assert error.value.file == str(path)
    assert "max_file_bytes=100" in error.value.reason and "raise it" in error.value.reason
    assert read_profile(path, Limits(max_file_bytes=206)).title == "Title"


def test_oversize_text_is_refused_by_parse_profile() -> None:
    with pytest.raises(InputError, match="max_file_bytes"):
        parse("Title\n" + "x" * 200, limits=Limits(max_file_bytes=100))


def test_long_line_is_refused_with_its_line() -> None:
    with pytest.raises(InputError) as error:
        parse("Title\nIntro.\n" + "y" * 51, limits=Limits(max_line_chars=50))
    assert error.value.line == 3
    assert "max_line_chars=50" in error.value.reason
    assert parse("Title\n" + "y" * 50, limits=Limits(max_line_chars=50)).intro


def test_too_many_fields_are_refused() -> None:
    text = "Title\n" + "".join(f"{name}\nx.\n" for name in KNOWN_FIELDS)
    with pytest.raises(InputError) as error:
        parse(text, limits=Limits(max_fields=3))
    assert error.value.line == 8  # the fourth heading
    assert "max_fields=3" in error.value.reason
    assert len(parse(text, limits=Limits(max_fields=18)).fields) == 17


def test_too_long_field_is_refused() -> None:
    text = "Title\nMission\n" + "abcdefghi.\n" * 10
    with pytest.raises(InputError) as error:
        parse(text, limits=Limits(max_field_chars=35))
    assert error.value.line == 6  # the fourth line crosses 35 characters
    assert "max_field_chars=35" in error.value.reason and "'Mission'" in error.value.reason


def test_default_limits() -> None:
    assert (DEFAULT_LIMITS.max_file_bytes, DEFAULT_LIMITS.max_line_chars) == (2**20, 20_000)
    assert (DEFAULT_LIMITS.max_fields, DEFAULT_LIMITS.max_field_chars) == (500, 100_000)


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_invalid_limits_are_a_usage_error(bad: object) -> None:
    with pytest.raises(UsageError, match="max_line_chars"):
        Limits(max_line_chars=bad)  # type: ignore[arg-type]


def test_hostile_long_lines_parse_quickly() -> None:
    # Shapes that would make a backtracking pattern quadratic; each line is at the limit.
    n = DEFAULT_LIMITS.max_line_chars
    lines = [
        "|" * (n - 1) + "x",
        "[1]" * (n // 3 - 1) + "x",
        "[1" + ",1" * (n // 2 - 2) + "x",
        "- ↑ " + "(" * (n - 10),
        "- ↑ " + " " * (n - 10) + "x",
        '- ↑ "' + "retrieved " * (n // 10 - 1),
    ]
    text = "Title\nMission\n" + "\n".join(lines[:3]) + "\nReferences\n" + "\n".join(lines[3:])
    profile = parse(text, limits=Limits(max_field_chars=10 * n))
    assert len(profile.references) == 3


# --- discover and read_profile --------------------------------------------------------------


def test_discover_walks_directories_deterministically(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "notes.md", ".hidden.txt", "sub/c.txt", ".git/d.txt", "Z.TXT"]:
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Title\n")
    loose = tmp_path / "loose.profile"
    loose.write_text("Title\n")
    found = discover([tmp_path / "corpus", str(loose)])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "corpus/Z.TXT",
        "corpus/a.txt",
        "corpus/b.txt",
        "corpus/sub/c.txt",
        "loose.profile",  # a file given directly is taken whatever its name
    ]


def test_discover_lists_a_file_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n")
    assert discover([tmp_path / "a.txt", tmp_path, str(tmp_path / "a.txt")]) == [tmp_path / "a.txt"]


def test_discover_empty_directory(tmp_path: Path) -> None:
    assert discover([tmp_path]) == []


def test_discover_missing_path_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file") as error:
        discover([missing])
    assert error.value.file == str(missing)


def test_discover_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n")
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # works as root too
    with pytest.raises(InputError, match="permission denied") as error:
        discover([path])
    assert error.value.file == str(path)


def test_discover_unreadable_directory_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)  # what os.walk meets in a locked folder
    with pytest.raises(InputError, match="cannot read directory: Permission denied") as error:
        discover([tmp_path])
    assert error.value.file == str(tmp_path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_discover_unreadable_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        with pytest.raises(InputError, match="cannot read directory"):
            discover([tmp_path])
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        discover([fifo])
    with pytest.raises(InputError, match="not a regular file"):
        read_profile(fifo)
    assert discover([tmp_path]) == []  # skipped when walking


def test_read_profile_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_profile(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_profile(tmp_path)


def test_read_profile_accepts_str_paths_and_derives_doc(tmp_path: Path) -> None:
    path = write(tmp_path, "Café Society\n".encode(), "U.S. Café Society.txt")
    profile = read_profile(str(path))
    assert (profile.source, profile.doc, profile.title) == (
        str(path),
        "us-cafe-society",
        "Café Society",
    )


# --- generated profiles ------------------------------------------------------------------------


def assert_matches_spec(profile: Profile, rendered: RenderedProfile) -> None:
    spec = rendered.spec
    assert (profile.title, profile.title_line) == (spec.title, rendered.title_line)
    assert (profile.intro, profile.intro_line) == (spec.intro, rendered.intro_line)
    assert [(f.name, f.known) for f in profile.fields] == [(f.name, f.known) for f in spec.fields]
    for fld, expected in zip(profile.fields, spec.fields, strict=True):
        assert fld.heading_line == rendered.heading_lines[expected.name]
        assert [(i.line, i.text, i.bullet, i.footnotes) for i in fld.items] == [
            (line, item.text, item.bullet, item.footnotes)
            for line, item in zip(rendered.item_lines[expected.name], expected.items, strict=True)
        ]
    expected_refs = spec.references or ()
    assert [(r.number, r.line) for r in profile.references] == [
        (position, line) for position, line in enumerate(rendered.reference_lines, start=1)
    ]
    for reference, expected in zip(profile.references, expected_refs, strict=True):
        assert reference_parts(reference) == (
            expected.publisher,
            expected.title,
            expected.site_owner,
            expected.url,
            expected.accessed,
        )

    expected_codes = Counter(("unknown-heading", rendered.heading_lines[f.name]) for f in spec.fields if not f.known)
    for fld, lines in ((f, rendered.item_lines[f.name]) for f in spec.fields):
        for line, item in zip(lines, fld.items, strict=True):
            for number in item.footnotes:
                if number > len(expected_refs):
                    expected_codes[("dangling-footnote", line)] += 1
    assert Counter(codes(profile)) == expected_codes


@BOUNDED
@given(rendered_profiles())
def test_generated_profiles_round_trip(rendered: RenderedProfile) -> None:
    assert_matches_spec(parse_profile(rendered.text, "generated.txt"), rendered)


@settings(BOUNDED, max_examples=50)  # the round trip above already covers the parse
@given(rendered_profiles(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_generated_profiles_survive_encoding(rendered: RenderedProfile, encoding: str) -> None:
    # Python's utf-16 / utf-32 codecs write a BOM: exactly what decode_text must detect.
    text = rendered.text.removeprefix("\ufeff")
    assert decode_text(text.encode(encoding), "generated.txt") == text
    assert_matches_spec(parse_profile(text, "generated.txt"), rendered)


def check_never_crashes(text: str) -> None:
    try:
        profile = parse_profile(text, "fuzz.txt")
    except InputError as error:
        assert error.file == "fuzz.txt"
        return
    line_count = text.count("\n") + text.count("\r") + 1
    assert 1 <= profile.title_line <= line_count
    assert profile.title == profile.title.strip() and profile.title
    keys = [f.name.casefold() for f in profile.fields]
    assert len(keys) == len(set(keys))
    assert REFERENCES.casefold() not in keys
    for fld in profile.fields:
        assert 1 <= fld.heading_line <= line_count
        for item in fld.items:
            assert item.text and item.text == item.text.strip()
            assert fld.heading_line < item.line <= line_count
    for reference in profile.references:
        assert reference.url is None or reference.url.startswith(("http://", "https://"))
    assert all(d.file == "fuzz.txt" and d.line is not None for d in profile.diagnostics)
    assert list(profile.diagnostics) == sorted(profile.diagnostics, key=lambda d: (d.line or 0, d.code, d.message))
    assert dataclasses.replace(profile) == profile  # a plain, comparable value


@BOUNDED
@given(st.text())
def test_arbitrary_text_returns_profile_or_input_error(text: str) -> None:
    check_never_crashes(text)


@BOUNDED
@given(profile_like_text())
def test_profile_like_text_returns_profile_or_input_error(text: str) -> None:
    check_never_crashes(text)


@BOUNDED
@given(st.binary(max_size=200))
def test_arbitrary_bytes_return_profile_or_input_error(data: bytes) -> None:
    try:
        text = decode_text(data, "fuzz.txt")
    except InputError:
        return
    check_never_crashes(text)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Sept. 8, 2025", dt.date(2025, 9, 8)),  # spellings from the lexicon, as the extractor reads them
        ("8th of September 2025", dt.date(2025, 9, 8)),
        ("29/09/2025", dt.date(2025, 9, 29)),  # numeric, unambiguous
        ("2025-09-08", dt.date(2025, 9, 8)),
    ],
)
def test_access_dates_are_read_by_the_extractors_date_reader(date: str, expected: dt.date) -> None:
    profile, reference = one_reference(f'- ↑ Pub. "T". https://x.org/ (accessed {date}).')
    assert reference.accessed == expected
    assert codes(profile) == []


@pytest.mark.parametrize("date", ["03/04/2025", "September 2025", "8 February 2025 and 9 March 2025"])
def test_an_access_date_that_is_not_one_whole_day_is_reported(date: str) -> None:
    profile, reference = one_reference(f'- ↑ Pub. "T". https://x.org/ (accessed {date}).')
    assert reference.accessed is None
    assert codes(profile) == [("unparsable-access-date", 3)]


@pytest.mark.parametrize(
    ("line", "text", "footnotes"),
    [
        (
            "- Council for the Study of Productive Forces (SOPS)[b]",
            "Council for the Study of Productive Forces (SOPS)",
            (),
        ),
        ("- Department of Fundamental Research[citation needed]", "Department of Fundamental Research", ()),
        ("- Founded in 1956 [when?] by decree.[1]", "Founded in 1956 by decree.", (1,)),
        ("- Research Unit[note 2], Kyiv", "Research Unit, Kyiv", ()),
        ("- Moved to Kyiv [Citation Needed]", "Moved to Kyiv", ()),  # tags in any case
        # kept: a capital letter in brackets, a letter after a space, an unknown bracket note
        ("- Appendix[A]", "Appendix[A]", ()),
        ("- Item [a] of the list", "Item [a] of the list", ()),
        ("- Museum [formerly Lenin Museum]", "Museum [formerly Lenin Museum]", ()),
    ],
)
def test_editorial_marks_are_removed(line: str, text: str, footnotes: tuple[int, ...]) -> None:
    # Wikipedia's letter notes and cleanup tags pasted with a page are not part of a value.
    [item] = parse(f"Title\nIntro[a].\nDivisions\n{line}\n").field("Divisions").items
    assert (item.text, item.footnotes) == (text, footnotes)


def test_a_line_of_only_an_editorial_tag_is_no_value() -> None:
    assert parse("Title\nIntro.\nMission\n[citation needed]\nHistory\nFounded.").field("Mission").items == ()


def test_an_infobox_row_closing_a_field_is_a_value() -> None:
    profile = parse("Title\nIntro.\nHistory\nDissolved in 2015.\nSuccessor\tDuna Media Service\n")
    assert [i.text for i in profile.field("History").items][-1] == "Successor\tDuna Media Service"
    assert codes(profile) == []


def test_a_line_followed_by_its_bracketed_note_is_a_value() -> None:
    profile = parse(
        "Title\nIntro.\nHeadquarters address\nDeschapelles\nHaiti\n(Also an office in Pittsburgh.)\nHistory\nOpened."
    )
    assert [i.text for i in profile.field("Headquarters address").items] == [
        "Deschapelles",
        "Haiti",
        "(Also an office in Pittsburgh.)",
    ]
    assert codes(profile) == []


def test_full_width_letters_and_digits_are_their_ascii_forms() -> None:
    """ "Ｐａｒｔｎｅｒｓ", "１，２００": typed with an East Asian input method, read as "Partners", "1,200"
    (before, the heading was unknown and the headcount read as 1)."""
    text = (
        "Delta Institute\n| ||||\n|\nThe Delta Institute studies rivers.\nＰａｒｔｎｅｒｓ\n- Ａｌｐｈａ　Corporation\n"
    )
    text += "Number of employees\n１，２００\n"
    profile = parse_profile(text, "d.txt")
    assert [(f.name, [i.text for i in f.items]) for f in profile.fields] == [
        ("Partners", ["Alpha Corporation"]),
        ("Number of employees", ["1,200"]),
    ]
    assert parse_profile("北京大学\n| ||||\n|\n北京大学，位于北京。\n", "p.txt").intro == "北京大学,位于北京。"
