"""Round 36 (F1): the wire-service news brief (h26) — datelines and names given later.

- a dateline ("OSLO —", "PERTH, Australia —", "BOISE, Idaho, Jan. 4 (AP) —") opens the lead and
  is never a name; an acronym opening "ACR — Full Name is …" stays one (the title's start, spells
  it, or written in capitals again in the profile);
- a news lead without a copula ("The X, the country's …, opened …") whose subject is the title
  lets later sentences name it: "Known as NTU, it …", "KRB, as it is widely known, …", "The Nordic
  Bank, as Oslo residents call it, …"; a head noun alone names nothing;
- the English gloss of a native title opening the intro ("Norway's Polar Ice Institute, known by
  its Norwegian initials NPII, …") is another name.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Field, Identity, Item, Profile


def _identity(title: str, intro: str, address: str = "") -> Identity:
    fields = (Field("Headquarters address", 4, (Item(5, address),)),) if address else ()
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, fields))


def _others(identity: Identity) -> list[str]:
    return [*([identity.acronym] if identity.acronym else []), *identity.alternate_names]


@pytest.mark.parametrize(
    ("title", "intro", "address"),
    [
        (
            "Kestrel Mutual Savings Society",
            "OSLO — The Kestrel Mutual Savings Society, a cooperative lender owned by its savers, "
            "was wound up on March 2, 2004, regulators said.",
            "Karl Johans gate 3, Oslo, Norway",
        ),
        (
            "Western Basin Survey",
            "PERTH, Australia — Western Basin Survey, the state's mapping office, charts the coast "
            "and its reefs, officials said.",
            "",
        ),
        (
            "Snake River Water Board",
            "BOISE, Idaho, Jan. 4 (AP) — The Snake River Water Board, a regional water authority, "
            "met for the first time on Monday.",
            "",
        ),
        (
            "Instituto Andino de Glaciares",
            "LA PAZ, Bolivia — The Instituto Andino de Glaciares, a research body of the state, "
            "measures the retreat of the Andean ice fields.",
            "",
        ),
        (
            "Harbour Pilots Guild",
            "ST. JOHN'S, N.L. — Harbour Pilots Guild, the oldest guild on the island, elected a new master on Friday.",
            "",
        ),
        (
            # a place with its country is a dateline even when the title opens with the town's name
            "Kiel Institute for the World Economy",
            "KIEL, Germany — The Kiel Institute for the World Economy is an economic research institute "
            "on Germany's Baltic coast. It was founded in 1914.",
            "",
        ),
    ],
)
def test_a_dateline_is_never_a_name(title: str, intro: str, address: str) -> None:
    identity = _identity(title, intro, address)
    assert identity.name == title
    assert not any(other.isupper() or "—" in other for other in identity.alternate_names)
    assert identity.acronym is None or identity.acronym not in intro.split("—")[0]


@pytest.mark.parametrize(
    ("title", "intro", "acronym"),
    [
        # the acronym is the title: "ACR — Full Name is …"
        ("BLRA", "BLRA — the Baltic Lighthouse Restoration Agency — is a heritage body.", "BLRA"),
        # the capitals spell the title
        ("Baltic Lighthouse Restoration Agency", "BLRA — The Baltic Lighthouse Restoration Agency is old.", "BLRA"),
        # the capitals recur in the profile: the organization's acronym
        (
            "Oceanic Cable Consortium",
            "OCEANCO — The Oceanic Cable Consortium is a group. OCEANCO lays cables.",
            "OCEANCO",
        ),
    ],
)
def test_an_opening_acronym_before_a_dash_stays(title: str, intro: str, acronym: str) -> None:
    identity = _identity(title, intro)
    assert acronym in [identity.name, *_others(identity)]


@pytest.mark.parametrize(
    ("title", "intro", "other"),
    [
        (
            "Nakuru Technical University",
            "NAKURU, Kenya — The Nakuru Technical University, the region's first polytechnic, opened "
            "on Oct. 3, 1988, with 90 students. Known as NTU, it now trains engineers for the valley.",
            "NTU",
        ),
        (
            "Kivu Rural Bank",
            "GOMA, Congo — The Kivu Rural Bank, a lender to farmers, opened its first branch in 1994. "
            "KRB, as it is widely known, has 40 branches.",
            "KRB",
        ),
        (
            "Nordic Farmers' Credit Bank",
            "OSLO — The Nordic Farmers' Credit Bank, a mutual lender, lends to farms, officials said. "
            "The Nordic Bank, as Oslo residents call it, stands near the harbour.",
            "Nordic Bank",
        ),
        (
            "Lakeshore Conservatory of Music",
            "The Lakeshore Conservatory of Music, a private school, trains singers. "
            "Better known as LCM, it gives 200 concerts a year.",
            "LCM",
        ),
    ],
)
def test_a_later_news_sentence_names_the_organization(title: str, intro: str, other: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert other in _others(identity)


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        # a head noun alone names no body
        (
            "Nordic Farmers' Credit Bank",
            "The Nordic Farmers' Credit Bank, a mutual lender, lends to farms. "
            "The Bank, as staff call it, stands near the harbour.",
        ),
        # the lead's subject is not the title: nothing is read from later sentences
        (
            "Kivu Rural Bank",
            "The Goma Chamber of Commerce, a business group, named a board. "
            "KAB, as it is widely known, has 40 branches.",
        ),
        # a cue that is no naming verb opens the sentence
        (
            "Kivu Rural Bank",
            "The Kivu Rural Bank, a lender to farmers, opened in 1994. Officially, it has 40 branches.",
        ),
        # a lowercase phrase after "known as" is no name
        (
            "Kivu Rural Bank",
            "The Kivu Rural Bank, a lender to farmers, opened in 1994. Known as a safe lender, it has 40 branches.",
        ),
    ],
)
def test_later_news_sentences_that_name_nothing(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert _others(identity) == []


@pytest.mark.parametrize(
    ("title", "intro", "gloss"),
    [
        (
            "Norsk Polarisinstitutt for Is",
            "TROMSØ, Norway — Norway's Polar Ice Institute, known by its Norwegian initials NPI, "
            "studies the Arctic ice sheets, according to the institute.",
            "Polar Ice Institute",
        ),
        (
            "Instituto Geológico Minero",
            "The Geological and Mining Institute, known by its Spanish initials IGM, is Chile's geological survey.",
            "Geological and Mining Institute",
        ),
        (
            "Bureau Géologique National",
            "France's National Geological Bureau, known by the French acronym BGN, maps the country's rocks.",
            "National Geological Bureau",
        ),
    ],
)
def test_an_english_gloss_of_a_native_title(title: str, intro: str, gloss: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert gloss in identity.alternate_names


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        # English initials: the gloss is not a translation
        (
            "Instituto Geológico Minero",
            "The Geological and Mining Institute, known by its English initials IGM, is Chile's survey.",
        ),
        # the initials are not the title's
        (
            "Instituto Geológico Minero",
            "The Geological and Mining Institute, known by its Spanish initials SGM, is Chile's survey.",
        ),
        # the owner before "'s" is a company, not a country: another body's unit
        (
            "Bureau Géologique National",
            "Acme's National Geological Bureau, known by the French acronym BGN, maps rocks.",
        ),
    ],
)
def test_no_gloss_without_a_native_title_to_translate(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert not any(" " in other for other in identity.alternate_names)
