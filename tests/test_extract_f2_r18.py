"""Round 18 (F2): the East Asian policy researcher's hand (h12).

- a place after a spaced dash ("… (ACR) — Bonn, Germany") is where a unit sits, never
  part of its name;
- a native-script gloss in brackets, brackets inside it ("(广州铁路(集团)公司)"), is a note;
- lists numbered with circled or bracketed numbers ("①", "⑵", "（3）", "1、");
- a post in another script glossed in brackets ("院長 (President): KIM Min-jun") is the
  gloss's post; the holder keeps the order and capitals the text writes."""

from __future__ import annotations

import pytest

from orgkg.extract.names import org_mention, split_acronym
from orgkg.extract.people import read_leader
from orgkg.extract.text import strip_notes
from orgkg.extract.units import read_divisions
from orgkg.model import Field, Identity, Item, OrgKind, Post, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def units(*lines: str, bullet: bool = False) -> list[str]:
    items = tuple(Item(11 + i, line, bullet=bullet) for i, line in enumerate(lines))
    facts, _ = read_divisions(Field("Divisions", 10, items), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


def posts(*lines: str) -> set[str]:
    items = tuple(Item(11 + i, line.removeprefix("- "), bullet=line.startswith("- ")) for i, line in enumerate(lines))
    facts, _ = read_leader(Field("Leader", 10, items), IDENTITY)
    return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}


# --- a place after a spaced dash -------------------------------------------------------


def test_place_after_dash_is_cut_from_numbered_units() -> None:
    found = units(
        "1. Example Institute for Coastal Studies (EI-ICS) — Kiel, Germany",
        "2. Example Centre for Arid Lands (EI-CAL) – Niamey",
        "3. Example Unit on Urban Water - Lyon, France",
    )
    assert found == [
        "Example Institute for Coastal Studies",
        "Example Centre for Arid Lands",
        "Example Unit on Urban Water",
    ]


def test_place_after_dash_is_cut_from_bullets() -> None:
    found = units("Northern Research Station — Tromsø, Norway", "Marine Laboratory — Chile", bullet=True)
    assert found == ["Northern Research Station", "Marine Laboratory"]


def test_one_word_place_after_a_unit_word_is_cut() -> None:
    found = units("Marine Laboratory – Bodø", "Policy Centre — Leuven", "Regional Office - Quito", bullet=True)
    assert found == ["Marine Laboratory", "Policy Centre", "Regional Office"]


@pytest.mark.parametrize(
    "line",
    [
        # a place in brackets or after "based in" is a note already
        "Example Field Laboratory (Bonn)",
        "Example Field Laboratory, based in Bonn",
        "Example Field Laboratory, Bonn",
    ],
)
def test_other_place_note_styles(line: str) -> None:
    assert units(line, "Second Example Laboratory", bullet=True)[0] == "Example Field Laboratory"


@pytest.mark.parametrize(
    "line",
    [
        # a name that has a spaced dash of its own: no place after it
        "Musée de la Mer – Jean Dupont",
        "Conservation House – Whare Kaupapa Atawhai",
    ],
)
def test_dash_inside_a_name_stays(line: str) -> None:
    assert units(line, "Second Example Laboratory", bullet=True)[0] == line


def test_dash_place_never_kept_in_a_unit_name() -> None:
    found = units(
        "(1) Applied Optics Laboratory (AOL) — Hsinchu, Taiwan",
        "(2) Materials Centre (MC) — Daejeon",
    )
    assert not any("—" in name or "Hsinchu" in name or "Daejeon" in name for name in found)
    assert found == ["Applied Optics Laboratory", "Materials Centre"]


# --- native-script glosses with brackets inside ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shenzhen Metro (Group) Company (深圳地铁(集团)有限公司)", "Shenzhen Metro (Group) Company"),
        ("Tokyo Branch Office (東京支社(本部))", "Tokyo Branch Office"),
        ("Seoul Office (서울사무소 (본부))", "Seoul Office"),
    ],
)
def test_nested_gloss_is_a_note(text: str, name: str) -> None:
    assert strip_notes(text) == name
    assert split_acronym(text)[0] == name
    assert units(f"1. {text}", "2. Second Example Laboratory")[0] == name


def test_unbalanced_brackets_stay() -> None:
    assert strip_notes("Example Office (North))") == "Example Office (North))"


# --- circled and East Asian list numbers -----------------------------------------------


@pytest.mark.parametrize(
    "marks",
    [("①", "②", "③"), ("⑴", "⑵", "⑶"), ("（1）", "（2）", "（3）"), ("1、", "2、", "3、"), ("❶", "❷", "❸")],
)
def test_circled_numbers_mark_a_list(marks: tuple[str, ...]) -> None:
    found = units(
        f"{marks[0]} Optical Systems Research Laboratories (光電所)",
        f"{marks[1]} Energy Research Laboratories",
        f"{marks[2]} Centre for Standards (標準中心), which keeps the national standards",
    )
    assert found == ["Optical Systems Research Laboratories", "Energy Research Laboratories", "Centre for Standards"]


def test_prose_with_a_circled_character_is_no_list() -> None:
    # one line only: a single numbered line may be a sentence
    assert units("① The institute has no divisions of its own.") == []


# --- posts glossed in brackets ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("院長 (President): WANG Xiao-ming (王小明), since 2022.", "President | WANG Xiao-ming"),
        ("소장 (Sojang, Director): LEE Seo-yeon (이서연), since 2021.", "Director | LEE Seo-yeon"),
        ("理事長 (Rijichō, Chairperson): SATO Hanako (佐藤 花子) — as of 2020.", "Chairperson | SATO Hanako"),
        ("Директор (Director): Ivan Petrov, in office since May, Reiwa 2 (2020).", "Director | Ivan Petrov"),
    ],
)
def test_glossed_post_reads_the_gloss(line: str, expected: str) -> None:
    assert posts(line) == {expected}


def test_latin_post_with_gloss_stays_as_written() -> None:
    # the post as the text writes it, in Latin script: the gloss is a translation only
    assert posts("Direktør (Director): Karen Holm, since 2019.") == {"Direktør | Karen Holm"}
    assert posts("President (acting): Jane Roe") == {"President | Jane Roe"}


def test_glossed_post_without_a_post_in_the_gloss_gives_nothing() -> None:
    assert posts("総務 (Sōmu, general affairs): YAMADA Taro") == set()


def test_successor_sentence_names_no_current_holder() -> None:
    found = posts(
        "館長 (Kanchō, President): MORI Aiko (森 愛子), in office since April, Reiwa 4 (2022). She succeeded ONO Ken."
    )
    assert found == {"President | MORI Aiko"}


# --- Dutch "en" inside a name ----------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Nederlands Instituut voor Beeld en Geluid", "Raad voor Volksgezondheid en Samenleving", "Kunst en Cultuur Fonds"],
)
def test_dutch_and_glues_a_name(name: str) -> None:
    found = org_mention(f"the {name}")
    assert found is not None and found.name == name


@pytest.mark.parametrize("phrase", ["universiteiten en hogescholen", "Universiteiten en hogescholen"])
def test_dutch_and_between_common_nouns_is_no_name(phrase: str) -> None:
    assert org_mention(phrase) is None


# --- a post heading, then its holders as bullets ---------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["所長 (Shochō, Director):", "Director:", "원장 (Wonjang, Director):"],
)
def test_post_heading_then_holder_bullets(heading: str) -> None:
    found = posts(
        heading,
        "- PARK Ji-hoon (박지훈), March 2010 – May 2015 (formerly vice-minister)",
        "- TANAKA Yui (田中 結), May 2015 – June 2020",
    )
    assert found == {"Director | PARK Ji-hoon", "Director | TANAKA Yui"}


@pytest.mark.parametrize("heading", ["Predecessor:", "総務 (Sōmu, general affairs):"])
def test_past_or_unknown_heading_lists_no_holder(heading: str) -> None:
    found = posts(heading, "- PARK Ji-hoon (박지훈), 2010–2015", "- TANAKA Yui (田中 結), 2015–2020")
    assert not any("PARK" in p or "TANAKA" in p for p in found)


def test_former_holders_heading_lists_past_holders_never_current_ones() -> None:
    # round 62: "Former directors:" names the post; its holders held it before (org:Membership)
    items = (
        Item(11, "Former directors:"),
        Item(12, "PARK Ji-hoon (박지훈), 2010–2015", bullet=True),
        Item(13, "TANAKA Yui (田中 結), 2015–2020", bullet=True),
    )
    facts, _ = read_leader(Field("Leader", 10, items), IDENTITY)
    found = [f for f in facts if isinstance(f, Post)]
    assert all(not f.holders for f in found)  # nobody holds it now
    past = {(f.label, h.holder.name) for f in found for h in f.holdings}
    assert {("Director", "PARK Ji-hoon"), ("Director", "TANAKA Yui")} <= past
