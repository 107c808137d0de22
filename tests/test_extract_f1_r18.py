"""Round 18 (family F1: identity, status, parent): native-script names beside the English one,
the English name the title gives, "Partners" that state categories, parents given in a script
without capitals."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import read_parent
from orgkg.extract.status import status_of_text
from orgkg.model import Field, FieldStatus, Identity, Item, Mention, OrgKind, Parent, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


@pytest.mark.parametrize(
    "title, intro, native, acronym",
    [
        (  # Japanese, romanisation and English name in the brackets
            "Kyoto Regional Weather Office",
            "京都地方気象台 (Kyōto Chihō Kishōdai, Kyoto Regional Weather Office; KRWO) is a weather office.",
            "京都地方気象台",
            "KRWO",
        ),
        (  # Korean, with the Hanja form too
            "Busan Harbour Authority",
            "부산항만공사 (釜山港灣公社, Busan Hangman Gongsa, Busan Harbour Authority; BHA) was a port agency.",
            "부산항만공사",
            "BHA",
        ),
        (  # Chinese, the brackets holding a bracketed aside of their own
            "Shenzhen Water Institute",
            "深圳水务研究院 (Shēnzhèn Shuǐwù Yánjiūyuàn, Shenzhen Water Institute; SWI, called "
            '"Shuiyan" (水研) by its staff) is a research institute.',
            "深圳水务研究院",
            "SWI",
        ),
        (  # Thai, without an acronym
            "Thai Rice Research Centre",
            "ศูนย์วิจัยข้าวไทย (Thai Rice Research Centre) is a research centre.",
            "ศูนย์วิจัยข้าวไทย",
            None,
        ),
    ],
)
def test_native_script_lead_is_an_alternate_and_the_title_the_name(
    title: str, intro: str, native: str, acronym: str | None
) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert native in identity.alternate_names
    assert identity.acronym == acronym


def test_title_note_dropped_when_the_native_lead_gives_the_name() -> None:
    identity = _identity(
        "Fisheries Board (Republic of Korea)",
        "수산청 (Susancheong, Fisheries Board; FB) was a central agency.",
    )
    assert identity.name == "Fisheries Board"
    assert identity.acronym == "FB"
    assert "수산청" in identity.alternate_names


@pytest.mark.parametrize(
    "intro",
    [
        # the brackets do not give the title: nothing is known to be its name
        "京都地方気象台 (Kyōto Chihō Kishōdai; KRWO) is a weather office.",
        "京都地方気象台 (Osaka District Weather Office; ODWO) is a weather office.",
        # a sentence in native script, no brackets
        "京都地方気象台は気象庁の地方気象台である。",
    ],
)
def test_native_lead_without_the_title_in_brackets_gives_no_alternates(intro: str) -> None:
    identity = _identity("Kyoto Regional Weather Office", intro)
    assert identity.name == "Kyoto Regional Weather Office"
    assert "京都地方気象台" not in identity.alternate_names
    assert "Osaka District Weather Office" not in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro, native",
    [
        (
            "RIVM National Institute for Public Health",
            "Rijksinstituut voor Volksgezondheid (official English name RIVM National Institute for Public "
            "Health; RIVM) is an agency.",
            "Rijksinstituut voor Volksgezondheid",
        ),
        (
            "Statistics Sweden",
            "Statistiska centralbyrån (English name: Statistics Sweden; SCB) is the statistics office.",
            "Statistiska centralbyrån",
        ),
        (
            "Norwegian Polar Research Office",
            "Norsk Polarforskningskontor (formal English name the Norwegian Polar Research Office; NPRO) is an office.",
            "Norsk Polarforskningskontor",
        ),
    ],
)
def test_english_name_labelled_in_brackets_is_the_name(title: str, intro: str, native: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert native in identity.alternate_names


def test_english_name_label_for_another_name_keeps_the_title() -> None:
    identity = _identity(
        "Statistics Sweden", "Statistiska centralbyrån (English name: Swedish Census Bureau; SCB) is an office."
    )
    assert identity.name == "Statistics Sweden"
    assert "Statistiska centralbyrån" not in identity.alternate_names


@pytest.mark.parametrize(
    "text, heading",
    [
        ("The network has no Member States of its own. It works with universities in many countries.", "Partners"),
        ("The fund had no Board of Governors. It cooperated with ministries and regional banks.", "Partners"),
        ("The academy has no Founding Statute. Its charter was granted by royal decree in 1910.", "Legislation"),
    ],
)
def test_denial_of_something_named_then_a_statement_is_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.STATED


@pytest.mark.parametrize(
    "text, heading",
    [
        # the denied noun is lowercase: the field's own value
        ("The trust has no parent organization. It is governed by its own board.", "Parent organization"),
        # capitalised, but the field's own noun
        ("The Institute has no Parent Organization. It is an independent foundation.", "Parent organization"),
        # the second sentence denies too
        ("The fund has no Member States. It has no partners either.", "Partners"),
        # one sentence only
        ("The network has no Member States.", "Partners"),
    ],
)
def test_denial_stays_when_not_followed_by_a_statement(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.EXPLICITLY_NONE


PARENT_SELF = Identity("Northfield Water Institute", OrgKind.ORGANIZATION, acronym="NWI")


def _parents(text: str, identity: Identity = PARENT_SELF) -> list[Mention]:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, text),)), identity)
    return [f.org for f in facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        (
            "国土交通省 (Kokudo Kōtsūshō, Ministry of Land, Infrastructure, Transport and Tourism; MLIT)",
            "Ministry of Land, Infrastructure, Transport and Tourism",
            "MLIT",
        ),
        (
            "환경부 (Hwangyeongbu, Ministry of Environment). The institute is a public body under it.",
            "Ministry of Environment",
            None,
        ),
        (
            "水利部 (Shuǐlìbù, Ministry of Water Resources, MWR) – the supervising department.",
            "Ministry of Water Resources",
            "MWR",
        ),
        ("株式会社東芝 (Kabushiki Kaisha Tōshiba, Toshiba Corporation)", "Toshiba Corporation", None),
        (
            "中国科学院 (Chinese Academy of Sciences; CAS), which reports to the State Council.",
            "Chinese Academy of Sciences",
            "CAS",
        ),
        # the parent's English name is a short form of ours: still another organization
        ("北方水務 (Beifang Shuiwu, Northfield Water)", "Northfield Water", None),
    ],
)
def test_native_parent_glossed_in_brackets_gives_the_english_name(text: str, name: str, acronym: str | None) -> None:
    found = _parents(text)
    assert [m.name for m in found] == [name]
    assert found[0].acronym == acronym


@pytest.mark.parametrize(
    "text",
    [
        "内閣府 (Naikakufu)",  # a one-word romanisation only
        "内閣府 (Naikakufu, Cabinet Office) was its parent until 2001 and now it is independent.",  # a sentence
        "北方水务研究院 (Beifang Shuiwu Yanjiuyuan, Northfield Water Institute; NWI)",  # our own name
        "内閣府 (2001)",  # a year
        "内閣府 (see History)",
    ],
)
def test_native_parent_not_read(text: str) -> None:
    assert _parents(text) == []
