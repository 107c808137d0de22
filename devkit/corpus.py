"""Deterministic synthetic corpus of organization profiles for benchmarks and tests.

Usage::

    python benchmarks/make_corpus.py N DIR --seed S [--crlf-share F] [--bom-share F]
                                               [--inject-errors K] [--manifest] [--quiet]

writes ``DIR/profile-00001.txt`` ... ``DIR/profile-NNNNN.txt`` in the profile
template of DESIGN.md section 1 and, with ``--inject-errors K``, ``DIR/INJECTED.json``
mapping each deliberately broken file to its defect (kind, 1-based line, text);
with ``--manifest``, ``DIR/MANIFEST.json`` with the ground truth of every file.

Determinism: the output depends only on (N, seed, options). Every random choice
comes from ``random.Random`` instances seeded with integers or strings (string
seeds are hashed with SHA-512 by CPython, not with ``hash()``), nothing iterates
a set or dict built from hashed strings, dates are formatted without the locale,
and files are written as bytes, so runs are byte-identical on any machine and
under any ``PYTHONHASHSEED``. Profile *k* depends only on the seed and *k*,
never on N (only the choice of injected profiles depends on N).

Identity: an organization's name, acronym, kind and country are a pure function
of its index (a bijection of the index onto pattern x topic x function word
lists), so names and acronyms are unique across the corpus by construction and
any profile can cross-reference any earlier one by name or acronym. Acronyms end
in the index (``NAQIS17``), which also keeps them from ever colliding with real
acronyms such as NIST or DOE that the profiles mention as partners and parents.
Former, predecessor and successor names come from a disjoint pattern space and
are unique too. Wikidata URLs in External links are synthetic (random QIDs).

Importable API: :func:`identity`, :func:`generate_profile`, :func:`write_corpus`
(``from devkit.corpus import write_corpus``; tests/test_make_corpus.py tests it).
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from orgkg.model import KNOWN_FIELDS

__all__ = [
    "DEFECTS",
    "KNOWN_HEADINGS",
    "Identity",
    "generate_profile",
    "identity",
    "write_corpus",
]

KNOWN_HEADINGS = KNOWN_FIELDS  # the template's headings, in orgkg.model's order

#: Defects ``--inject-errors`` cycles through (in this order, over the chosen files).
DEFECTS: tuple[str, ...] = (
    "bad_us_zip",
    "missing_title",
    "founder_is_address",
    "unparsable_date",
    "bad_us_state",
    "dangling_footnote",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
LAST_YEAR = 2024  # latest "as of" / history year; access dates run to 2025

# --------------------------------------------------------------------------- names

# Topic words (slot {a}). No entry may share a word with FUNCTIONS (checked in tests).
TOPICS = (
    "Quantum Information",
    "Advanced Materials",
    "Coastal Hazards",
    "Battery Storage",
    "Precision Agriculture",
    "Semiconductor",
    "Biomanufacturing",
    "Photonics",
    "Hydrogen Energy",
    "Space Weather",
    "Oceanography",
    "Additive Manufacturing",
    "Cybersecurity",
    "Robotics",
    "Clean Water",
    "Grid Modernization",
    "Nuclear Fusion",
    "Wildfire",
    "Public Health",
    "Genomic Medicine",
    "Climate Adaptation",
    "Digital Twin",
    "Microelectronics",
    "Critical Minerals",
    "Autonomous Vehicle",
    "Arctic",
    "Soil Health",
    "Rail Transport",
    "Aviation",
    "Maritime",
    "Geospatial",
    "Earthquake",
    "Textile",
    "Composite Materials",
    "Carbon Capture",
    "Polar",
    "Neuroscience",
    "Vaccine",
    "Food Quality",
    "Bioeconomy",
    "Smart Cities",
    "Wind Energy",
    "Solar Energy",
    "Lightweight Metals",
    "Power Electronics",
    "Sensor",
    "Flexible Hybrid Electronics",
    "Tissue Biofabrication",
    "Chemical Process",
    "Water Reuse",
    "Data",
    "Artificial Intelligence",
    "High-Performance Computing",
    "Radio Spectrum",
    "Satellite Navigation",
    "Fisheries",
    "Forestry",
    "Desert Ecology",
    "Mountain Ecosystems",
    "Cultural Heritage",
    "Metrology",
    "Optical Networking",
    "Cold Chain",
    "Battery Recycling",
    "Rare Earth",
    "Tropical Medicine",
    "Urban Mobility",
    "Hydrology",
    "Volcano",
    "Tsunami",
    "Polymer",
    "Ceramics",
    "Nanotechnology",
    "Synthetic Biology",
    "Marine Biology",
    "Clean Steel",
    "Aerospace",
    "Automotive",
    "Electric Vehicle",
    "Building Energy",
)
# Function words (slot {b}).
FUNCTIONS = (
    "Research",
    "Standards",
    "Innovation",
    "Workforce",
    "Technology Transfer",
    "Policy",
    "Measurement",
    "Development",
    "Deployment",
    "Testing",
    "Education",
    "Resilience",
    "Assessment",
    "Monitoring",
    "Commercialization",
    "Readiness",
    "Infrastructure",
    "Security",
    "Analytics",
    "Modeling",
    "Certification",
    "Outreach",
    "Training",
    "Exploration",
    "Forecasting",
    "Prototyping",
    "Evaluation",
    "Demonstration",
    "Coordination",
    "Services",
    "Engineering",
    "Supply Chains",
    "Operations",
    "Logistics",
    "Investment",
    "Competitiveness",
    "Excellence",
    "Stewardship",
    "Integration",
    "Discovery",
    "Observation",
    "Mapping",
    "Preparedness",
    "Diagnostics",
    "Design",
    "Applications",
)
PROPER_WORDS = ("Arctic",)

# (kind, pattern). The number of patterns per kind sets the kind mix of a corpus.
NAME_PATTERNS: tuple[tuple[str, str], ...] = (
    ("us_independent", "National {a} {b} Foundation"),
    ("us_independent", "National Agency for {a} {b}"),
    ("us_independent", "United States {a} {b} Commission"),
    ("us_independent", "Federal {a} {b} Board"),
    ("us_sub", "Office of {a} {b}"),
    ("us_sub", "National Institute of {a} {b}"),
    ("us_sub", "Bureau of {a} {b}"),
    ("us_sub", "National {a} {b} Service"),
    ("us_sub", "{a} {b} Administration"),
    ("us_sub", "National {a} {b} Laboratory"),
    ("collab", "{a} {b} Partnership"),
    ("collab", "Alliance for {a} {b}"),
    ("collab", "{a} {b} Consortium"),
    ("collab", "{a} {b} Collaborative"),
    ("collab", "Advanced {a} {b} Partnership"),
    ("network", "{a} {b} Network"),
    ("network", "National Network for {a} {b}"),
    ("network", "{a} {b} Institutes USA"),
    ("nonprofit", "{a} {b} Foundation"),
    ("nonprofit", "Society for {a} {b}"),
    ("nonprofit", "Institute for {a} {b}"),
    ("nonprofit", "American {a} {b} Association"),
    ("nonprofit", "{a} {b} Council of America"),
    ("eu", "European {a} {b} Agency"),
    ("eu", "European Centre for {a} {b}"),
    ("eu", "European {a} {b} Joint Undertaking"),
    ("de_agency", "Federal Office for {a} {b}"),
    ("de_agency", "German Centre for {a} {b}"),
    ("de_association", "German {a} {b} Association"),
    ("de_association", "{a} {b} Forum Germany"),
    ("uk", "UK {a} {b} Council"),
    ("uk", "British {a} {b} Board"),
    ("uk", "{a} {b} Catapult"),
    ("jp", "Japan {a} {b} Agency"),
    ("jp", "Japan Organization for {a} {b}"),
    ("jp", "Japan Institute of {a} {b}"),
    ("ca", "Canadian {a} {b} Agency"),
    ("ca", "{a} {b} Canada"),
    ("ch_office", "Swiss Federal Office for {a} {b}"),
    ("ch_foundation", "Swiss {a} {b} Foundation"),
    ("kr", "Korea Institute of {a} {b}"),
    ("kr", "Korea {a} {b} Agency"),
)
# Former / predecessor / successor names: disjoint from NAME_PATTERNS (checked in tests).
FORMER_PATTERNS = (
    "{a} {b} Initiative",
    "Office of {a} {b} Programs",
    "{a} {b} Program Office",
    "Interagency Committee on {a} {b}",
    "Commission on {a} {b}",
    "{a} {b} Task Force",
    "Council on {a} {b}",
    "{a} {b} Development Board",
    "Bureau of {a} {b} Affairs",
    "Joint Office for {a} {b}",
    "{a} {b} Coordination Office",
    "Division of {a} {b} Programs",
    "{a} {b} Research Laboratory",
    "Working Group on {a} {b}",
    "{a} {b} Steering Committee",
    "National Committee for {a} {b}",
    "Advisory Board on {a} {b}",
    "{a} {b} Experiment Station",
    "Federal {a} {b} Program",
    "Center for {a} {b} Studies",
    "{a} {b} Pilot Program",
    "Provisional {a} {b} Authority",
    "{a} {b} Secretariat",
    "Interim {a} {b} Office",
)
KIND_COUNTRY = {
    "us_independent": "US",
    "us_sub": "US",
    "collab": "US",
    "network": "US",
    "nonprofit": "US",
    "eu": "EU",
    "de_agency": "DE",
    "de_association": "DE",
    "uk": "GB",
    "jp": "JP",
    "ca": "CA",
    "ch_office": "CH",
    "ch_foundation": "CH",
    "kr": "KR",
}
KIND_NOUN = {
    "us_independent": "agency",
    "us_sub": "agency",
    "collab": "partnership",
    "network": "network",
    "nonprofit": "organization",
    "eu": "agency",
    "de_agency": "office",
    "de_association": "association",
    "uk": "body",
    "jp": "agency",
    "ca": "agency",
    "ch_office": "office",
    "ch_foundation": "foundation",
    "kr": "institute",
}
_STOP = ("for", "of", "and", "the", "on", "in")
_MULT = 1_000_003  # prime; scatters consecutive indices over the name space


def _space_name(slot: int, patterns: tuple[str, ...]) -> tuple[int, str, str, str]:
    """Bijectively decode ``slot`` into (pattern index, topic, function, name)."""
    size = len(patterns) * len(TOPICS) * len(FUNCTIONS)
    cycle, base = divmod(slot, size)
    v = (base * _MULT + 12_345) % size
    p, v = v % len(patterns), v // len(patterns)
    a, b = TOPICS[v % len(TOPICS)], FUNCTIONS[v // len(TOPICS)]
    name = patterns[p].format(a=a, b=b)
    if cycle:  # past the end of the space: keep names unique with a number
        name = f"{name} {cycle + 1}"
    return p, a, b, name


def _initials(name: str) -> str:
    out = []
    for word in name.split():
        if word in _STOP or word.isdigit():
            continue
        if word.isupper():
            out.append(word)
            continue
        out.extend(part[0].upper() for part in word.split("-") if part)
    return "".join(out)


@dataclass(frozen=True)
class Identity:
    """Who profile ``index`` describes: a pure function of the index."""

    index: int
    name: str
    acronym: str
    kind: str
    country: str
    style: str  # "acr": "Name (ACR) is"; "plain": no acronym; "formerly": ", formerly the Y (Z),"
    topic: str
    function: str
    former_name: str
    former_acronym: str
    predecessor_name: str
    predecessor_acronym: str
    successor_name: str

    @property
    def mention_names(self) -> tuple[str, ...]:
        """Strings other profiles may use to refer to this organization."""
        return (self.name, self.acronym) if self.style == "acr" else (self.name,)


def identity(index: int) -> Identity:
    """Return the (corpus-independent) identity of profile ``index`` (1-based)."""
    if index < 1:
        raise ValueError("index must be >= 1")
    current = tuple(p for _, p in NAME_PATTERNS)
    p, a, b, name = _space_name(index - 1, current)
    kind = NAME_PATTERNS[p][0]
    _, _, _, former = _space_name(3 * (index - 1), FORMER_PATTERNS)
    _, _, _, pred = _space_name(3 * (index - 1) + 1, FORMER_PATTERNS)
    _, _, _, succ = _space_name(3 * (index - 1) + 2, FORMER_PATTERNS)
    acronym = f"{_initials(name)}{index}"
    former_acr = f"{_initials(former)}{index}"
    if former_acr == acronym:
        former_acr += "F"
    pred_acr = f"{_initials(pred)}{index}"
    if pred_acr in (acronym, former_acr):
        pred_acr += "P"
    roll = ((index * 2_654_435_761 + 97) % 4_294_967_296) / 4_294_967_296  # Knuth hash
    style = "acr" if roll < 0.70 else ("plain" if roll < 0.88 else "formerly")
    return Identity(
        index=index,
        name=name,
        acronym=acronym,
        kind=kind,
        country=KIND_COUNTRY[kind],
        style=style,
        topic=a,
        function=b,
        former_name=former,
        former_acronym=former_acr,
        predecessor_name=pred,
        predecessor_acronym=pred_acr,
        successor_name=succ,
    )


# --------------------------------------------------------------------------- word lists

PRESIDENTS = (  # (name, first full year in office, last year in office)
    ("Harry S. Truman", 1946, 1952),
    ("Dwight D. Eisenhower", 1953, 1960),
    ("John F. Kennedy", 1961, 1963),
    ("Lyndon B. Johnson", 1964, 1968),
    ("Richard Nixon", 1969, 1973),
    ("Gerald Ford", 1975, 1976),
    ("Jimmy Carter", 1977, 1980),
    ("Ronald Reagan", 1981, 1988),
    ("George H. W. Bush", 1989, 1992),
    ("Bill Clinton", 1993, 2000),
    ("George W. Bush", 2001, 2008),
    ("Barack Obama", 2009, 2016),
    ("Donald Trump", 2017, 2020),
    ("Joe Biden", 2021, 2024),
)
FIRST_NAMES = (
    "Jane",
    "John",
    "Maria",
    "James",
    "Akiko",
    "Hiroshi",
    "Jan",
    "Anna",
    "Hans",
    "Sophie",
    "François",
    "Amélie",
    "José",
    "Lucía",
    "Siobhán",
    "Liam",
    "Priya",
    "Arjun",
    "Mei",
    "Wei",
    "Olga",
    "Dmitri",
    "Fatima",
    "Omar",
    "Grace",
    "Samuel",
    "Ingrid",
    "Lars",
    "Chiara",
    "Marco",
    "Min-jun",
    "Ji-woo",
    "Kwame",
    "Amara",
    "Elena",
    "Thomas",
    "Laura",
    "David",
    "Sarah",
    "Michael",
    "Aisha",
    "Kenji",
    "Yuki",
    "Zoë",
    "Björn",
    "Renée",
    "Nikolai",
    "Ewa",
)
LAST_NAMES = (
    "Doe",
    "Smith",
    "Kowalski",
    "Tanaka",
    "Müller",
    "Dubois",
    "García",
    "O'Brien",
    "Patel",
    "Chen",
    "Wang",
    "Ivanova",
    "Haddad",
    "Okafor",
    "Johansson",
    "Rossi",
    "Kim",
    "Park",
    "Mensah",
    "Novak",
    "Schmidt",
    "Martin",
    "Nguyen",
    "Rodríguez",
    "Yamamoto",
    "Lindqvist",
    "Brennan",
    "Costa",
    "Fischer",
    "Hughes",
    "Moreau",
    "Suzuki",
    "Adeyemi",
    "Petrov",
    "Larsen",
    "Walsh",
    "Kaur",
    "Zhang",
    "Silva",
    "Jensen",
    "van der Berg",
    "Al-Sayed",
)
US_PARENTS = (  # (name as written in prose, short reference)
    ("U.S. Department of Commerce", "Department of Commerce"),
    ("Department of Energy", "DOE"),
    ("Department of Defense", "DoD"),
    ("U.S. Department of Agriculture", "USDA"),
    ("Department of Health and Human Services", "HHS"),
    ("National Institute of Standards and Technology (NIST)", "NIST"),
    ("National Aeronautics and Space Administration (NASA)", "NASA"),
)
FOREIGN_PARENTS = {
    "EU": ("European Commission", "Directorate-General for Research and Innovation"),
    "DE": (
        "Federal Ministry of Education and Research (BMBF)",
        "Federal Ministry for Economic Affairs and Climate Action",
    ),
    "GB": ("Department for Science, Innovation and Technology", "UK Research and Innovation"),
    "JP": (
        "Ministry of Economy, Trade and Industry (METI)",
        "Ministry of Education, Culture, Sports, Science and Technology (MEXT)",
    ),
    "CA": ("Innovation, Science and Economic Development Canada", "Natural Resources Canada"),
    "CH": (
        "Federal Department of Economic Affairs, Education and Research",
        "Federal Department of the Environment, Transport, Energy and Communications",
    ),
    "KR": ("Ministry of Science and ICT", "National Research Council of Science and Technology"),
}
US_KNOWN = (
    "NIST",
    "DOE",
    "NSF",
    "NASA",
    "NIH",
    "DoD",
    "USDA",
    "Department of Commerce",
    "Department of Energy",
    "Department of Defense",
    "U.S. Department of Agriculture",
    "National Institute of Standards and Technology (NIST)",
    "National Science Foundation",
)
INTL_KNOWN = (
    "European Commission",
    "Fraunhofer-Gesellschaft",
    "Max Planck Society",
    "UK Research and Innovation (UKRI)",
    "Japan Science and Technology Agency (JST)",
    "National Research Council Canada",
    "CERN",
    "OECD",
    "European Space Agency (ESA)",
    "Helmholtz Association",
    "NIST",
    "NSF",
)
PARTNER_CATEGORIES = (
    "Major universities and research institutions",
    "Leading U.S. companies in manufacturing",
    "Labor unions and workforce development organizations",
    "State and local governments",
    "Private industry and nonprofit research organizations",
    "Manufacturers, universities, and community colleges",
    "U.S. colleges and universities",
    "Small and medium-sized enterprises",
    "International standards bodies",
    "Regional economic development organizations",
)
INTL_CATEGORIES = (
    "Universities and research institutes across Europe",
    "National research councils",
    "Industry associations and small and medium-sized enterprises",
    "Regional governments",
    "International research organizations",
)
US_ADDRESSES = (  # (city, state, ZIPs, streets)
    (
        "Washington",
        "DC",
        ("20230", "20250", "20585", "20546", "20005"),
        (
            "Constitution Ave NW",
            "Independence Ave SW",
            "Pennsylvania Avenue NW",
            "Maryland Avenue SW",
            "L'Enfant Plaza SW",
            "K Street NW",
        ),
    ),
    ("Alexandria", "VA", ("22314",), ("Eisenhower Avenue", "King Street")),
    ("Gaithersburg", "MD", ("20899",), ("Bureau Drive",)),
    ("Arlington", "VA", ("22230", "22201"), ("Wilson Boulevard", "North Fairfax Drive")),
    ("Boulder", "CO", ("80305",), ("Broadway",)),
    ("Oak Ridge", "TN", ("37830",), ("Bethel Valley Road",)),
    ("Golden", "CO", ("80401",), ("Denver West Parkway",)),
    ("Pasadena", "CA", ("91109",), ("Oak Grove Drive",)),
    ("Houston", "TX", ("77058",), ("NASA Parkway",)),
    ("Bethesda", "MD", ("20892", "20814"), ("Rockville Pike", "Wisconsin Avenue")),
    ("Youngstown", "OH", ("44503",), ("West Federal Street",)),
    ("Chicago", "IL", ("60601", "60616"), ("North Michigan Avenue", "South State Street")),
    ("Boston", "MA", ("02110", "02215"), ("Atlantic Avenue", "Commonwealth Avenue")),
    ("Seattle", "WA", ("98101",), ("Fifth Avenue",)),
    ("Detroit", "MI", ("48226",), ("Woodward Avenue",)),
    ("Knoxville", "TN", ("37932",), ("Hardin Valley Road",)),
    ("San Juan", "PR", ("00918",), ("Avenida Ponce de León",)),
    ("Anchorage", "AK", ("99501",), ("West 4th Avenue",)),
    ("Honolulu", "HI", ("96813",), ("Bishop Street",)),
)
INTL_ADDRESSES = {
    "DE": (
        "Unter den Linden 1, 10117 Berlin, Germany",
        "Invalidenstraße 44, 10115 Berlin, Germany",
        "Heinemannstraße 2, 53175 Bonn, Germany",
        "Leopoldstraße 4, 80802 Munich, Germany",
        "Konrad-Adenauer-Ufer 3, 50668 Cologne, Germany",
    ),
    "GB": (
        "10 Downing Street, London SW1A 2AA, United Kingdom",
        "Polaris House, North Star Avenue, Swindon SN2 1FL, United Kingdom",
        "100 Parliament Street, London SW1A 2BQ, United Kingdom",
        "Oxford Road, Manchester M13 9PL, United Kingdom",
        "1 Waterloo Place, Edinburgh EH1 3EG, United Kingdom",
    ),
    "JP": (
        "2-1-1 Nagatacho, Chiyoda-ku, Tokyo 100-0014, Japan",
        "1-3-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-8901, Japan",
        "1-1-1 Umezono, Tsukuba, Ibaraki 305-8560, Japan",
        "4-1-8 Honcho, Kawaguchi, Saitama 332-0012, Japan",
    ),
    "EU": (
        "Rue de la Loi 200, 1049 Brussels, Belgium",
        "Avenue du Bourget 1, 1140 Brussels, Belgium",
        "Plac Europejski 6, 00-844 Warsaw, Poland",
        "Praça Europa 4, 1249-206 Lisbon, Portugal",
        "Domenico Scarlattilaan 6, 1083 HS Amsterdam, Netherlands",
        "1 Rue Descartes, 75005 Paris, France",
    ),
    "CA": (
        "150 Elgin Street, Ottawa, ON K2P 1L4, Canada",
        "350 Albert Street, Ottawa, ON K1R 1A4, Canada",
        "1000 Sherbrooke Street West, Montreal, QC H3A 3G4, Canada",
    ),
    "CH": (
        "Holzikofenweg 36, 3003 Bern, Switzerland",
        "Einsteinstrasse 2, 3003 Bern, Switzerland",
        "Rämistrasse 101, 8092 Zürich, Switzerland",
    ),
    "KR": ("94 Dasom 2-ro, Sejong 30109, South Korea", "245 Daehak-ro, Yuseong-gu, Daejeon 34141, South Korea"),
}
COUNTRY_NAMES = {
    "US": "United States",
    "EU": "European Union",
    "DE": "Germany",
    "GB": "United Kingdom",
    "JP": "Japan",
    "CA": "Canada",
    "CH": "Switzerland",
    "KR": "South Korea",
}
TLD = {
    "us_independent": ".gov",
    "us_sub": ".gov",
    "collab": ".gov",
    "network": ".org",
    "nonprofit": ".org",
    "eu": ".europa.eu",
    "de_agency": ".bund.de",
    "de_association": ".de",
    "uk": ".org.uk",
    "jp": ".go.jp",
    "ca": ".gc.ca",
    "ch_office": ".admin.ch",
    "ch_foundation": ".ch",
    "kr": ".re.kr",
}
US_STATES_INCORP = ("Delaware", "Maryland", "Virginia", "the District of Columbia", "Illinois")
SERVICES = (
    "competitive grants for research and education",
    "support for major research facilities",
    "measurement services and reference materials",
    "technical assistance to small manufacturers",
    "shared testbeds and pilot production lines",
    "workforce training and certification programs",
    "policy analysis and strategic guidance",
    "data, maps, and forecasts for public use",
    "standards development and conformity assessment",
    "convening of industry, academia, and government",
)
FUNDING = (
    "Annual congressional appropriations.",
    "Federal funding from sponsoring agencies, matched by industry and state contributions.",
    "Funding for {short}'s activities typically comes from federal government allocations, "
    "industry investments, and grants.",
    "Membership fees, project grants, and philanthropic contributions.",
    "Appropriations through the {parent}.",
    "Cost-shared cooperative agreements with industry partners.",
)
INTL_FUNDING = (
    "Funded by the European Union's Horizon Europe programme.",
    "Core funding from the national government, supplemented by competitive project funding.",
    "Grant-in-aid from the {parent}.",
    "Membership fees and project funding from federal and state ministries.",
    "Contributions from member states and industry partners.",
)


# --------------------------------------------------------------------------- helpers


def _lower(text: str) -> str:
    return " ".join(w if w in PROPER_WORDS else w.lower() for w in text.split())


def _date(rng: random.Random, year: int, min_month: int = 1) -> str:
    month = rng.randint(min_month, 12)
    day = rng.randint(1, calendar.monthrange(year, month)[1])
    return f"{MONTHS[month - 1]} {day}, {year}"


def _month_year(rng: random.Random, year: int) -> str:
    return f"{MONTHS[rng.randrange(12)]} {year}"


def _num(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}"


def _amount(rng: random.Random, lo: float, hi: float) -> str:
    value = rng.uniform(lo, hi)
    decimals = rng.choice((0, 1, 1, 2, 2))
    return f"{value:.{decimals}f}"


class _Ctx:
    """Per-profile state shared by the field builders."""

    def __init__(self, ident: Identity, rng: random.Random) -> None:
        self.id = ident
        self.rng = rng
        self.kind = ident.kind
        self.country = ident.country
        self.us = ident.country == "US"
        self.noun = KIND_NOUN[ident.kind]
        self.short = ident.acronym if ident.style == "acr" else f"The {self.noun}"
        self.short_mid = ident.acronym if ident.style == "acr" else f"the {self.noun}"
        self.ta = _lower(ident.topic)
        self.tb = _lower(ident.function)
        self.domain = f"www.{ident.acronym.lower()}{TLD[ident.kind]}"
        self.url = f"https://{self.domain}/"
        self.n_refs = 0
        self.defect: str | None = None
        self.defect_text: str | None = None
        self.defect_detail = ""
        # parent organization (for sub-agencies) / coordinator (for collaborations)
        if self.us:
            self.parent, self.parent_short = rng.choice(US_PARENTS)
        else:
            self.parent = rng.choice(FOREIGN_PARENTS[self.country])
            self.parent_short = self.parent
        self.founded = self._founding_year()
        self.president: str | None = None

    def _founding_year(self) -> int:
        return self.rng.randint(1950, 2021)

    def fn(self, p: float = 0.3) -> str:
        """A footnote marker (or nothing) pointing at an existing reference."""
        if not self.n_refs or self.rng.random() >= p:
            return ""
        k = self.rng.randint(1, self.n_refs)
        if self.n_refs > 1 and self.rng.random() < 0.1:
            other = self.rng.randint(1, self.n_refs)
            if other != k:
                return f"[{min(k, other)}][{max(k, other)}]"
        return f"[{k}]"

    def person(self) -> str:
        rng = self.rng
        first = rng.choice(FIRST_NAMES)
        middle = f" {chr(65 + rng.randrange(26))}." if rng.random() < 0.3 else ""
        name = f"{first}{middle} {rng.choice(LAST_NAMES)}"
        return f"Dr. {name}" if rng.random() < 0.1 else name

    def pick_president(self) -> tuple[str, int, int]:
        """A president, a year in office and the first plausible month of that year."""
        rng = self.rng
        name, start, end = rng.choice(PRESIDENTS)
        y = rng.randint(start, end)
        return name, y, 2 if y == start else 1


# --------------------------------------------------------------------------- fields


def _intro(c: _Ctx) -> str:
    rng, ident = c.rng, c.id
    ta, tb = c.ta, c.tb
    purposes = (
        f"supports fundamental research and education in {ta}",
        f"develops standards and measurement methods for {ta}",
        f"coordinates national efforts in {ta} {tb}",
        f"funds applied research in {ta} and related fields",
        f"promotes {ta} {tb} to strengthen economic competitiveness",
        f"advances {ta} through {tb} and partnerships",
    )
    purpose = rng.choice(purposes)
    k = c.kind
    if k == "us_independent":
        phrase = f"an independent agency of the United States federal government that {purpose}"
    elif k == "us_sub":
        phrase = rng.choice(
            (
                f"a federal agency within the {c.parent} that {purpose}",
                f"an agency of the {c.parent} that {purpose}",
                f"a non-regulatory agency of the {c.parent} that {purpose}",
            )
        )
    elif k == "collab":
        phrase = rng.choice(
            (
                "a public-private collaboration between industry, academia, and government "
                f"agencies to advance {ta} {tb}",
                "a collaborative initiative between industry leaders, academia, and government "
                f"agencies to advance the U.S. {ta} sector",
                f"a public-private partnership that {purpose}",
            )
        )
    elif k == "network":
        phrase = (
            f"a network of U.S. {ta} institutes that bring together industry, academia, "
            f"and government to develop {ta} {tb}"
        )
    elif k == "nonprofit":
        phrase = rng.choice(
            (
                f"a nonprofit organization that {purpose}",
                f"a 501(c)(3) nonprofit research organization that {purpose}",
                f"an independent, nonprofit membership organization that {purpose}",
            )
        )
    elif k == "eu":
        phrase = rng.choice(
            (
                f"a decentralised agency of the European Union that {purpose}",
                f"an executive agency of the European Commission that {purpose}",
            )
        )
    elif k == "de_agency":
        phrase = f"a German federal agency within the {c.parent} that {purpose}"
    elif k == "de_association":
        phrase = f"a registered association (eingetragener Verein) under German law that {purpose}"
    elif k == "uk":
        phrase = rng.choice(
            (
                f"a non-departmental public body of the United Kingdom government that {purpose}",
                f"a public body sponsored by the {c.parent} that {purpose}",
            )
        )
    elif k == "jp":
        phrase = rng.choice(
            (
                f"a national research and development agency of Japan that {purpose}",
                f"an incorporated administrative agency of the Government of Japan that {purpose}",
            )
        )
    elif k == "ca":
        phrase = f"a Canadian federal agency that {purpose}"
    elif k == "ch_office":
        phrase = f"a federal office of the Swiss Confederation that {purpose}"
    elif k == "ch_foundation":
        phrase = f"a Swiss private foundation that {purpose}"
    else:  # kr
        phrase = f"a government-funded research institute of South Korea that {purpose}"

    the = "The " if rng.random() < 0.2 else ""
    if ident.style == "acr":
        subject = f"{the}{ident.name} ({ident.acronym})"
    elif ident.style == "formerly":
        subject = f"{ident.name}, formerly the {ident.former_name} ({ident.former_acronym}),"
    else:
        subject = f"{the}{ident.name}"
    text = f"{subject} is {phrase}."
    if rng.random() < 0.5:
        text += rng.choice(
            (
                f" It focuses on driving innovation, improving {tb}, and addressing workforce "
                "challenges to maintain global competitiveness.",
                f" Its work spans {ta}, {tb}, and the training of the next generation of experts.",
                " It is one of the principal sources of public funding in its field.",
            )
        )
    return text + c.fn(0.15)


def _mission(c: _Ctx) -> list[str]:
    rng = c.rng
    verbs = [
        f"promote the progress of {c.ta}",
        f"advance {c.ta} {c.tb}",
        "develop a skilled workforce",
        "close the gap between basic research and commercial application",
        "protect public health and safety",
        "support evidence-based policy",
        f"strengthen {'U.S.' if c.us else 'national'} competitiveness in {c.ta}",
        "secure the national defense" if c.us else "foster international cooperation",
    ]
    rng.shuffle(verbs)
    poss = f"{c.id.acronym}'s" if c.id.style == "acr" else f"The {c.noun}'s"
    form = rng.randrange(3)
    if form == 0:
        text = f"{poss} mission is to {verbs[0]}, {verbs[1]}, and {verbs[2]}."
    elif form == 1:
        text = f"To {verbs[0]} and {verbs[1]}."
    else:
        text = (
            f"{poss} mission is to {verbs[0]}. The {c.noun} seeks to {verbs[1]}, "
            "thereby enhancing economic growth and job creation."
        )
    return [text + c.fn(0.5)]


def _parent(c: _Ctx, xref: str | None) -> list[str]:
    rng, k = c.rng, c.kind
    short = c.short_mid if c.id.style == "acr" else f"the {c.noun}"
    if xref is not None:
        the = "" if " " not in xref else "the "  # no article before a bare acronym
        if k in ("collab", "network", "de_association"):
            return [f"{c.short} is coordinated by {the}{xref}; it has no formal parent organization."]
        return [rng.choice((f"Part of {the}{xref}", f"An agency of {the}{xref}"))]
    if k == "us_independent":
        return [
            rng.choice(
                (
                    f"None; {short} is an independent agency.",
                    f"None; {short} is an independent federal agency.",
                    "None",
                )
            )
        ]
    if k in ("us_sub", "de_agency", "uk", "jp", "ca", "ch_office"):
        parent = c.parent
        return [
            rng.choice(
                (
                    f"Part of the {parent}",
                    f"An agency of the {parent}",
                    f"{c.short} is an operating unit of the {parent}.",
                    f"{parent}",
                )
            )
            + c.fn(0.2)
        ]
    if k in ("collab", "network"):
        return [
            rng.choice(
                (
                    f"{c.short} is not under a single parent organization but is a collaborative effort "
                    f"coordinated by the {c.parent}, with involvement from various other federal agencies.",
                    f"The {c.noun} is coordinated by the Advanced Manufacturing National Program Office "
                    "(AMNPO), an interagency team hosted by the National Institute of Standards and "
                    "Technology (NIST).",
                    f"Coordinated by the {c.parent}; not a subsidiary of any agency.",
                )
            )
        ]
    if k == "eu":
        return [
            rng.choice(
                ("An agency of the European Commission", f"None; {short} is an independent body of the European Union.")
            )
        ]
    return [
        rng.choice(
            (
                f"None; {short} is an independent {c.noun}."
                if c.id.style == "acr"
                else f"None; {short} is independent.",
                "None",
                "Not applicable",
            )
        )
    ]


def _act_name(c: _Ctx, year: int) -> str:
    rng = c.rng
    a, b = c.id.topic, c.id.function
    return rng.choice(
        (f"{a} {b} Act of {year}", f"National {a} Act of {year}", f"{a} Research and Development Act of {year}")
    )


def _legislation(c: _Ctx) -> list[str]:
    rng, k = c.rng, c.kind
    defect = c.defect if c.defect in ("founder_is_address", "unparsable_date") else None
    if (c.us and k != "nonprofit") or defect:
        pres, year, min_month = c.pick_president()
        c.founded = year
        date = _date(rng, year, min_month)
        if defect == "unparsable_date":
            date = rng.choice((f"Smarch {rng.randint(32, 45)}, {year}", f"February 30, {year}"))
            c.defect_text = date
            c.defect_detail = "date that cannot be parsed"
        if defect == "founder_is_address":
            pres = rng.choice(("1600 Pennsylvania Avenue NW", "1401 Constitution Ave NW"))
            c.defect_text = pres
            c.defect_detail = "founder is a street address"
        if defect or k in ("us_independent", "us_sub") or rng.random() < 0.3:
            verb = rng.choice(("Established by", "Created by", "Authorized by"))
            signed = rng.choice(("signed into law by", "signed by"))
            form = rng.randrange(5) if not defect else 0
            if form in (0, 1):
                text = f"{verb} the {_act_name(c, year)}, {signed} President {pres} on {date}."
            elif form == 2:
                text = f"{verb} the {_act_name(c, year)}."
            elif form == 3:
                eo = 10_100 + (year - 1950) * 57 + rng.randint(0, 40)
                text = f"Established by Executive Order {eo}, issued by President {pres} on {date}."
            else:
                text = (
                    f"{c.short} was established in {_month_year(rng, year)} under the "
                    f"authority of the {_act_name(c, year)}."
                )
        else:
            text = rng.choice(
                (
                    f"The {c.noun} was not established by specific legislation but was launched "
                    f"by President {pres} in {year} through an executive action.",
                    f"Launched by President {pres} in {year} through an executive action.",
                    f"Announced in {_month_year(rng, year)} by the {c.parent}; no authorizing legislation.",
                )
            )
        c.president = pres
        return [text + c.fn(0.4)]
    year = c.founded
    if k == "nonprofit":
        text = rng.choice(
            (
                f"Incorporated as a nonprofit corporation under the laws of {rng.choice(US_STATES_INCORP)} in {year}.",
                f"Registered as a 501(c)(3) public charity in {_month_year(rng, year)}.",
                f"Chartered by Congress under the {_act_name(c, year)}.",
            )
        )
    elif k == "eu":
        n = rng.randint(100, 2400)
        year = max(year, 1994)
        c.founded = year
        if year >= 2010:
            text = (
                f"Established by Regulation (EU) {year}/{n} of the European Parliament "
                f"and of the Council of {_date(rng, year)}."
            )
        else:
            text = f"Established in {_month_year(rng, year)} by Council Regulation (EC) No {n}/{year}."
    elif k == "de_association":
        text = rng.choice(
            (
                f"Registered as an association under German law in {year}.",
                "Registered as an association (e.V.) in the register of associations of the "
                f"Berlin district court in {_month_year(rng, year)}.",
            )
        )
    elif k == "de_agency":
        text = f"Established on {_date(rng, year)} by decree of the {c.parent}."
    elif k == "uk":
        text = rng.choice(
            (
                f"Established by Royal Charter on {_date(rng, year)}.",
                f"Established under the {c.id.topic} {c.id.function} Act {year}.",
            )
        )
    elif k == "jp":
        text = (
            f"Established on {_date(rng, year)} under the Act on the {c.id.name} "
            f"(Act No. {rng.randint(1, 200)} of {year})."
        )
    elif k == "ca":
        text = f"Established by the {c.id.name} Act, which received royal assent on {_date(rng, year)}."
    elif k == "ch_office":
        text = f"Established by the Federal Council on {_date(rng, year)}."
    elif k == "ch_foundation":
        text = f"Registered as a foundation under Swiss law in {year}."
    else:
        text = (
            f"Established in {_month_year(rng, year)} under the Act on the Establishment, "
            "Operation and Development of Government-Funded Research Institutes."
        )
    return [text + c.fn(0.4)]


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + f", and {items[-1]}"


_THE_PREFIXES = (
    "Department",
    "U.S. Department",
    "National Institute",
    "National Science",
    "National Research",
    "National Aeronautics",
    "European",
)


def _the(name: str) -> str:
    return f"the {name}" if name.startswith(_THE_PREFIXES) else name


def _partners(c: _Ctx, xref: str | None) -> list[str]:
    rng = c.rng
    known = US_KNOWN if c.us else INTL_KNOWN
    cats = PARTNER_CATEGORIES if c.us else INTL_CATEGORIES
    items: list[str] = []
    grouped = False
    for _ in range(rng.randint(2, 5)):
        roll = rng.random()
        if roll < 0.4:
            item = rng.choice(known)
        elif roll < 0.75 or grouped:
            item = rng.choice(cats)
        elif c.us:
            group = [_the(x) for x in rng.sample(US_KNOWN, 3)]
            item = rng.choice(("Federal agencies including ", "Other federal agencies, including "))
            item += _join(group)
        else:
            item = "National agencies including " + _join(rng.sample(INTL_KNOWN, 3))
        grouped = grouped or roll >= 0.75
        if item not in items:
            items.append(item)
    if xref is not None:
        items.insert(rng.randrange(len(items) + 1), xref)
    if rng.random() < 0.1:  # prose instead of a bullet list
        prose = [x[0].lower() + x[1:] if x in cats or " including " in x else _the(x) for x in items]
        return [f"{c.short} works with {_join(prose)}.{c.fn(0.3)}"]
    lines = [f"- {x}" for x in items]
    lines[-1] += c.fn(0.4)
    return lines


def _employees(c: _Ctx) -> list[str]:
    rng = c.rng
    year = rng.randint(2019, LAST_YEAR)
    roll = rng.random()
    if c.kind in ("collab", "network") and roll < 0.6:
        return [
            rng.choice(
                (
                    f"{c.short} does not have traditional employees; it consists of appointed members "
                    "from industry, academia, and government who serve in advisory roles.",
                    f"The {c.noun} has no employees of its own; each member institution employs its own staff.",
                )
            )
        ]
    if roll < 0.12:
        return [
            rng.choice(
                (
                    "Not publicly specified",
                    "Not publicly specified.",
                    "The number of employees is not publicly specified.",
                )
            )
        ]
    n = _num(rng, 40, 25_000)
    federal = c.us and c.kind in ("us_independent", "us_sub")
    fed = "federal employees" if federal else "employees"
    return [
        rng.choice(
            (
                f"About {n} {fed} ({year})",
                f"{n} ({year})",
                f"Approximately {n} staff ({year})",
                f"{n} (FY {year})",
                f"About {n}",
            )
        )
        + c.fn(0.2)
    ]


def _structure(c: _Ctx) -> list[str]:
    rng = c.rng
    return [
        rng.choice(
            (
                f"{c.short} is headed by a Director and organized into {rng.randint(2, 9)} directorates.",
                f"The {c.noun} operates through a steering committee composed of co-chairs from "
                "industry and academia, supported by various working groups.",
                f"Governed by a board of {rng.randint(7, 30)} members appointed by the "
                f"{'President' if c.us else 'government'}.",
                f"A network of independently operated {c.ta} institutes, each with a lead "
                "organization and a sponsoring agency."
                if c.kind in ("network", "collab")
                else f"{c.short} is organized into {rng.randint(2, 6)} departments and a central administration.",
                f"{c.short} is headed by a Director and governed together with a "
                f"{rng.randint(9, 24)}-member policy board.",
            )
        )
    ]


def _leader(c: _Ctx) -> list[str]:
    rng = c.rng
    role = rng.choice(
        (
            "Director",
            "Administrator",
            "President",
            "Chief Executive Officer",
            "Executive Director",
            "Chair",
            "Secretary-General",
            "Commissioner",
        )
    )
    if rng.random() < 0.6:
        form = rng.randrange(6)
        if form == 0:
            text = f"{c.person()}, {role}"
        elif form == 1:
            text = f"{role}: {c.person()}"
        elif form == 2:
            text = f"Co-chairs: {c.person()} and {c.person()}"
        elif form == 3:
            text = f"{c.person()} ({role})"
        elif form == 4:
            text = f"President and CEO: {c.person()}"
        else:
            text = f"The {c.noun} is led by {role} {c.person()}."
        return [text + c.fn(0.2)]
    return [
        rng.choice(
            (
                f"{role} of the {c.id.name}",
                f"The {c.noun} is led by co-chairs, typically prominent figures from industry and "
                "academia, who direct its initiatives.",
                "Chair of the Governing Board",
                "Not publicly specified",
            )
        )
    ]


def _divisions(c: _Ctx) -> list[str]:
    rng = c.rng
    roll = rng.random()
    if roll < 0.2:
        topics = [_lower(t) for t in rng.sample(TOPICS, 3)]
        return [
            f"While there are no formal divisions, {c.short_mid} works through working "
            f"groups on {_join(topics)}.{c.fn(0.2)}"
        ]
    if roll < 0.28:
        return [
            f"While there are no formal divisions, {c.short_mid} works through:",
            "- Working groups or subcommittees focused on specific aspects like workforce "
            "development, technology innovation, or policy recommendations.",
        ]
    if roll < 0.32:
        return [rng.choice(("None", "No formal divisions."))]
    templates = (
        "Directorate for {t}",
        "Office of {f}",
        "{t} Laboratory",
        "Division of {t} {f}",
        "{t} Program Office",
        "Center for {t}",
    )
    lines: list[str] = []
    unit_acronyms: list[str] = []
    for t in rng.sample(TOPICS, rng.randint(2, 8)):
        name = rng.choice(templates).format(t=t, f=rng.choice(FUNCTIONS))
        if any(ln.startswith(f"- {name}") for ln in lines):
            continue
        acr = _initials(name)
        if rng.random() < 0.15 and acr not in unit_acronyms:
            unit_acronyms.append(acr)
            name += f" ({acr})"
        lines.append(f"- {name}{c.fn(0.1)}")
    return lines


def _programs(c: _Ctx, xref: str | None) -> list[str]:
    rng = c.rng
    partner = (
        rng.choice(("NIST", "DOE", "NSF", "NASA", "NIH", "DoD"))
        if c.us
        else rng.choice(("the European Commission", "CERN", "the Fraunhofer-Gesellschaft"))
    )
    pool = [
        f"{c.id.topic} Fellowship Program",
        f"{c.id.topic} {rng.choice(FUNCTIONS)} Grants",
        "Small Business Innovation Research (SBIR)" if c.us else "Horizon Europe collaborative projects",
        f"{rng.choice(TOPICS)} {rng.choice(FUNCTIONS)} Challenge",
        f"Joint {c.ta} testbed with {partner}",
        f"Initiatives for workforce training and education in {c.ta}",
        f"Recommendations on {c.ta} policy and investment",
        f"Faculty Early Career Development Program ({_initials(c.id.topic)}-CAREER)",
    ]
    rng.shuffle(pool)
    lines = [f"- {p}" for p in pool[: rng.randint(1, 5)]]
    if xref is not None:
        lines.insert(rng.randrange(len(lines) + 1), f"- Development of the {xref}")
    lines[-1] += c.fn(0.2)
    return lines


def _budget(c: _Ctx) -> list[str]:
    rng = c.rng
    year = rng.randint(2019, LAST_YEAR)
    if rng.random() < 0.15 or (c.kind == "collab" and rng.random() < 0.5):
        return [
            rng.choice(
                (
                    "Not publicly specified",
                    f"The budget for {c.short_mid} activities is not publicly specified; it is supported "
                    "through existing federal agency budgets and industry contributions.",
                    "Not published as a single budget; member institutions are funded through their "
                    "sponsoring agencies.",
                )
            )
        ]
    big = rng.random() < 0.4
    scale = "billion" if big else "million"
    amt = _amount(rng, 0.3, 40) if big else _amount(rng, 1, 990)
    fy = rng.choice((f"FY {year}", f"FY{year}"))
    cur = c.country
    if cur == "US" and rng.random() < 0.08:
        cur = rng.choice(("EU", "GB"))  # a US body reporting in another currency is rare
    if cur == "US":
        text = rng.choice(
            (
                f"${amt} {scale} ({fy})",
                f"${amt} {scale} ({year})",
                f"US$ {amt} {scale} ({year})",
                f"USD {amt} {scale} ({fy})",
                f"${rng.randint(100_000, 99_999_999):,} ({fy})",
            )
        )
    elif cur in ("EU", "DE"):
        text = rng.choice((f"€{amt} {scale} ({year})", f"EUR {amt} {scale} ({year})", f"€{amt} {scale} ({year})"))
    elif cur == "GB":
        y2 = f"{(year + 1) % 100:02d}"
        text = rng.choice(
            (f"£{amt} {scale} ({year}/{y2})", f"£{amt} {scale} ({year}–{y2})", f"GBP {amt} {scale} ({year})")
        )
    elif cur == "JP":
        text = rng.choice(
            (
                f"¥{_amount(rng, 1, 900)} billion (FY{year})",
                f"JPY {_amount(rng, 1, 900)} billion (FY {year})",
                f"¥{_amount(rng, 0.1, 2)} trillion (FY{year})",
            )
        )
    elif cur == "CA":
        text = rng.choice((f"C${amt} {scale} ({year}–{(year + 1) % 100:02d})", f"CAD {amt} {scale} ({year})"))
    elif cur == "CH":
        text = f"CHF {amt} {scale} ({year})"
    else:
        text = rng.choice(
            (f"₩{_amount(rng, 0.1, 3)} trillion ({year})", f"KRW {rng.randint(10, 900)} billion ({year})")
        )
    return [text + c.fn(0.4)]


_HAS_PARENT = ("us_sub", "collab", "network", "eu", "de_agency", "uk", "jp", "ca", "ch_office")


def _staff(c: _Ctx) -> list[str]:
    rng = c.rng
    return [
        rng.choice(
            (
                f"About {_num(rng, 40, 20_000)} employees plus rotating program directors",
                f"Staffing support comes from the {c.parent}, with no dedicated staff for {c.short_mid} itself."
                if c.kind in _HAS_PARENT
                else f"{_num(rng, 5, 900)} staff and {_num(rng, 5, 300)} visiting researchers",
                f"{_num(rng, 10, 5_000)} full-time staff ({rng.randint(2019, LAST_YEAR)})",
                "No dedicated staff",
                "Not publicly specified",
            )
        )
    ]


def _funding(c: _Ctx) -> list[str]:
    rng = c.rng
    options = FUNDING if c.us else INTL_FUNDING
    if c.kind not in _HAS_PARENT:
        options = tuple(o for o in options if "{parent}" not in o)
    if c.country not in ("EU", "DE"):
        options = tuple(o for o in options if "Horizon Europe" not in o)
    text = rng.choice(options).format(short=c.short_mid, parent=c.parent)
    return [text + c.fn(0.2)]


def _services(c: _Ctx) -> list[str]:
    rng = c.rng
    items = rng.sample(SERVICES, rng.randint(2, 4))
    if rng.random() < 0.5:
        text = _join(items)
        return [text[0].upper() + text[1:] + "."]
    return [f"- {s[0].upper()}{s[1:]}" for s in items]


def _regulations(c: _Ctx) -> list[str]:
    rng = c.rng
    if rng.random() < 0.65:
        return [
            rng.choice(
                (
                    f"{c.short} does not oversee regulations.",
                    f"{c.short} does not oversee regulations; it administers grant policy for its awards.",
                    f"While {c.short_mid} does not directly oversee regulations, its recommendations can "
                    "influence policy, funding for research, and educational programs.",
                    "None",
                    "Not applicable",
                )
            )
        ]
    lines = []
    for _ in range(rng.randint(1, 3)):
        if c.us:
            lines.append(
                f"- {rng.randint(1, 50)} CFR Part {rng.randint(10, 999)} "
                f"({c.id.topic} {rng.choice(FUNCTIONS).lower()} requirements)"
            )
        elif c.country not in ("EU", "DE"):
            lines.append(f"- {c.id.topic} {rng.choice(FUNCTIONS)} Regulations {rng.randint(1990, LAST_YEAR)}")
        else:
            y = rng.randint(2010, LAST_YEAR)
            topic = c.ta if not lines else _lower(rng.choice(TOPICS))
            lines.append(f"- Regulation (EU) {y}/{rng.randint(100, 2400)} on {topic}")
    lines[-1] += c.fn(0.3)
    return lines


def _us_address(c: _Ctx) -> str:
    rng = c.rng
    city, state, zips, streets = rng.choice(US_ADDRESSES)
    zip_code = rng.choice(zips)
    if c.defect == "bad_us_zip":
        city, state, _, streets = US_ADDRESSES[0]
        zip_code = str(rng.randint(2000, 2099))
        c.defect_text = f"{city}, {state} {zip_code}"
        c.defect_detail = "US ZIP code with four digits"
    elif c.defect == "bad_us_state":
        state = rng.choice(("ZZ", "XX", "QQ"))
        c.defect_text = f"{city}, {state} {zip_code}"
        c.defect_detail = "unknown US state code"
    elif rng.random() < 0.15:
        zip_code += f"-{rng.randint(1, 9999):04d}"
    street = f"{rng.randint(1, 9999)} {rng.choice(streets)}"
    if rng.random() < 0.15:
        street += f", Suite {rng.randint(100, 1200)}"
    country = rng.choice((", United States", ", United States", ", United States", ", USA", ""))
    return f"{street}, {city}, {state} {zip_code}{country}"


def _address(c: _Ctx) -> list[str]:
    rng = c.rng
    if c.defect in ("bad_us_zip", "bad_us_state") or (c.us and rng.random() < 0.95):
        text = _us_address(c)
    elif c.us:  # an American body headquartered abroad (rare)
        text = rng.choice(INTL_ADDRESSES[rng.choice(("GB", "CA", "CH"))])
    else:
        text = rng.choice(INTL_ADDRESSES[c.country])
    return [text + c.fn(0.1)]


def _history(c: _Ctx, xref: str | None) -> list[str]:
    rng, ident = c.rng, c.id
    founded = c.founded
    late = min(founded + 1, LAST_YEAR)

    def later() -> int:
        return rng.randint(late, LAST_YEAR)

    sentences = []
    if ident.style == "formerly" or rng.random() < 0.1:
        sentences.append(
            f"{c.short} was founded in {founded} as the {ident.former_name} and was renamed {ident.name} in {later()}."
        )
    else:
        sentences.append(
            rng.choice(
                (
                    f"{c.short} was established in {founded}.",
                    f"Launched in {founded}"
                    + (f" by President {c.president}" if c.president else "")
                    + f", {c.short_mid} has been instrumental in shaping {c.ta} policy.",
                    f"Founded in {founded}.",
                )
            )
        )
    extra = [
        f"It succeeded the {ident.predecessor_name} ({ident.predecessor_acronym}) in {founded}.",
        f"In {later()}, the {ident.predecessor_name} merged into {c.short_mid}.",
        f"{c.short} has evolved into {ident.name} 2.0, focusing on scaling up the successes of its initial phase.",
        f"In {later()}, {c.short_mid} merged into the {ident.successor_name}.",
        f"It moved its headquarters to a new building in {later()}.",
    ]
    rng.shuffle(extra)
    sentences.extend(extra[: rng.choice((0, 0, 1, 1, 2))])
    if xref is not None:
        sentences.append(f"In {later()}, it took over several programs from the {xref}.")
    return [" ".join(sentences) + c.fn(0.4)]


def _external_links(c: _Ctx) -> list[str]:
    rng = c.rng
    wikidata = f"https://www.wikidata.org/wiki/Q{rng.randint(1_000_000, 130_000_000)}"
    roll = rng.random()
    if roll < 0.35:
        return []
    if roll < 0.55:
        return [c.url]
    if roll < 0.7:
        return [f"- Official website: {c.url}"]
    if roll < 0.85:
        return [c.url, wikidata]
    return [f"- {c.url}", f"- {wikidata}"]


def _references(c: _Ctx) -> list[str]:
    rng = c.rng
    publisher = c.id.acronym if c.id.style == "acr" else c.domain[4:]
    owner = rng.choice((c.id.name, c.parent if c.us else c.id.name))
    titles = (
        ("About", "about"),
        ("History", "about/history"),
        ("Budget", "about/budget"),
        ("Leadership", "about/leadership"),
        ("Annual Report", "reports/annual"),
        ("Programs", "programs"),
    )
    picks = rng.sample(titles, c.n_refs)
    refs = []
    for title, path in picks:
        if title == "About":
            title = f"About {c.id.acronym if c.id.style == 'acr' else c.id.name}"
        elif title == "Annual Report":
            title = f"Annual Report {rng.randint(2019, LAST_YEAR)}"
        accessed = _date(rng, rng.randint(2023, 2025))
        refs.append(f'- ↑ {publisher}. "{title}". {owner}, {c.url}{path} (accessed {accessed}).')
    if len(refs) > 1 and rng.random() < 0.25:  # identical duplicates, as in real infoboxes
        refs = [refs[0]] * len(refs)
    return refs


def _unknown_heading(c: _Ctx) -> tuple[str, list[str]]:
    rng = c.rng
    heading = rng.choice(("Website", "Website", "Motto", "Founded", "Jurisdiction", "Annual report", "Social media"))
    value = {
        "Website": c.url,
        "Motto": f'"{c.id.topic} for everyone"',
        "Founded": str(c.founded),
        "Jurisdiction": COUNTRY_NAMES[c.country],
        "Annual report": f"{c.url}reports/annual-report-{LAST_YEAR}.pdf",
        "Social media": f"@{c.id.acronym.lower()} on LinkedIn",
    }[heading]
    return heading, [value]


# --------------------------------------------------------------------------- profile


def _generate(index: int, rng: random.Random, defect: str | None) -> tuple[str, dict | None, dict | None]:
    """Return (text, injected-defect record or None, cross-reference or None)."""
    ident = identity(index)
    c = _Ctx(ident, rng)
    if defect is not None and defect not in DEFECTS:
        raise ValueError(f"unknown defect {defect!r}; choose from {', '.join(DEFECTS)}")
    c.defect = defect
    present = {h: rng.random() >= 0.15 for h in KNOWN_HEADINGS}
    if present["References"]:
        c.n_refs = rng.randint(1, 3)

    # cross-reference to an earlier profile (about 1 in 20)
    xref = xref_field = None
    xref_info = None
    if index > 1 and rng.random() < 0.05:
        other = identity(rng.randrange(1, index))
        if other.style == "acr" and rng.random() < 0.4:
            xref = f"{other.name} ({other.acronym})" if rng.random() < 0.5 else other.acronym
        elif other.style == "formerly" and rng.random() < 0.5:  # by its former name (alias)
            xref = f"{other.former_name} ({other.former_acronym})"
        else:
            xref = other.name
        fields = ["Partners", "List of programs", "History"]
        if ident.kind not in ("us_independent", "nonprofit", "eu", "ch_foundation"):
            fields.append("Parent organization")
        xref_field = rng.choice(fields)
        present[xref_field] = True
        xref_info = {"index": other.index, "field": xref_field, "mention": xref}

    # defects force the fields they live in
    if defect in ("founder_is_address", "unparsable_date"):
        present["Legislation"] = True
    elif defect in ("bad_us_zip", "bad_us_state"):
        present["Headquarters address"] = True
    elif defect == "dangling_footnote":
        present["Mission"] = present["References"] = True
        c.n_refs = c.n_refs or 1

    # title and decoration
    width = rng.randint(10, 25)
    n_deco = rng.choice((0, 1, 2, 3, 3, 4, 4, 5, 5))
    if defect == "missing_title":
        n_deco = max(n_deco, 2)
    deco = [f"| {'|' * (width + rng.choice((0, 0, 0, 1)))}" for _ in range(n_deco)]
    if deco and rng.random() < 0.75:
        deco[-1] = "|"
    lines: list[str] = [] if defect == "missing_title" else [ident.name]
    lines += deco

    intro = _intro(c)
    # field bodies; legislation first because it fixes the founding year used by history
    bodies: dict[str, list[str]] = {}
    bodies["Legislation"] = _legislation(c)
    builders = {
        "Mission": lambda: _mission(c),
        "Parent organization": lambda: _parent(c, xref if xref_field == "Parent organization" else None),
        "Partners": lambda: _partners(c, xref if xref_field == "Partners" else None),
        "Number of employees": lambda: _employees(c),
        "Organization structure": lambda: _structure(c),
        "Leader": lambda: _leader(c),
        "Divisions": lambda: _divisions(c),
        "List of programs": lambda: _programs(c, xref if xref_field == "List of programs" else None),
        "Last total enacted budget": lambda: _budget(c),
        "Staff": lambda: _staff(c),
        "Funding": lambda: _funding(c),
        "Services provided": lambda: _services(c),
        "Regulations overseen": lambda: _regulations(c),
        "Headquarters address": lambda: _address(c),
        "History": lambda: _history(c, xref if xref_field == "History" else None),
        "External links": lambda: _external_links(c),
        "References": lambda: _references(c) if c.n_refs else [],
    }
    for heading in KNOWN_HEADINGS:  # fixed order keeps rng consumption stable
        if heading != "Legislation":
            bodies[heading] = builders[heading]()
    if defect == "dangling_footnote":
        marker = f"[{c.n_refs + rng.randint(1, 6)}]"
        bodies["Mission"][-1] = re.sub(r"(\[\d+\])+$", "", bodies["Mission"][-1]) + marker
        c.defect_text = marker
        c.defect_detail = f"footnote {marker} but only {c.n_refs} reference(s)"
    # occasionally an otherwise-present field has an empty body
    if rng.random() < 0.05:
        victim = rng.choice(KNOWN_HEADINGS[:-2])
        if victim != xref_field and not (defect and victim in ("Legislation", "Headquarters address", "Mission")):
            bodies[victim] = []

    order = [h for h in KNOWN_HEADINGS if present[h]]
    if rng.random() < 0.15:  # shuffled field order; References usually stays last
        keep_refs_last = "References" in order and rng.random() < 0.85
        if keep_refs_last:
            order.remove("References")
        rng.shuffle(order)
        if keep_refs_last:
            order.append("References")
    sections = [(h, bodies[h]) for h in order]
    if rng.random() < 0.1:  # an unknown heading, kept by the parser and reported
        pos = rng.randrange(len(sections) + 1)
        if pos == len(sections) and sections and sections[-1][0] == "References":
            pos -= 1
        sections.insert(pos, _unknown_heading(c))

    lines.append(intro)
    for heading, body in sections:
        lines.append(heading)
        lines.extend(body)

    record = None
    if defect is not None:
        if defect == "missing_title":
            line_no, text = 1, lines[0]
            detail = "no title line; the file starts with decoration"
        else:
            needle = c.defect_text or ""
            line_no = next(i for i, ln in enumerate(lines, 1) if needle and needle in ln)
            text, detail = lines[line_no - 1], c.defect_detail
        record = {"defect": defect, "line": line_no, "text": text, "detail": detail}

    if rng.random() < 0.05:  # trailing whitespace on some lines
        lines = [ln + " " * rng.choice((1, 2)) if rng.random() < 0.2 else ln for ln in lines]
    final_newline = rng.random() < 0.8
    return "\n".join(lines) + ("\n" if final_newline else ""), record, xref_info


def generate_profile(index: int, rng: random.Random, *, defect: str | None = None) -> str:
    """Return profile ``index`` (1-based) as text with ``\\n`` line ends and no BOM.

    The organization's identity comes from ``index`` alone (see :func:`identity`);
    all other content is drawn from ``rng``. ``defect`` (one of :data:`DEFECTS`)
    breaks the profile on purpose.
    """
    return _generate(index, rng, defect)[0]


def _file_name(index: int, n: int) -> str:
    return f"profile-{index:0{max(5, len(str(n)))}d}.txt"


_PROFILE_RE = re.compile(r"profile-\d{5,}\.txt")


def write_corpus(
    n: int,
    out_dir: str | Path,
    seed: int,
    *,
    crlf_share: float = 0.1,
    bom_share: float = 0.05,
    inject_errors: int = 0,
    manifest: bool = False,
) -> list[Path]:
    """Write ``n`` profiles into ``out_dir`` and return their paths in order.

    ``crlf_share`` / ``bom_share``: fraction of files written with CRLF line ends /
    a UTF-8 BOM (chosen independently). ``inject_errors``: how many profiles to
    break (cycling through :data:`DEFECTS`); they are listed in
    ``out_dir/INJECTED.json``. Stale ``profile-*.txt`` files (and a stale
    ``INJECTED.json``) left in ``out_dir`` by an earlier, larger run are removed,
    so the directory always holds exactly this corpus. ``manifest``: also write
    ``out_dir/MANIFEST.json``, the ground truth per file (identity, encoding,
    cross-reference to another file), for tests of the parser and resolver.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0.0 <= crlf_share <= 1.0 or not 0.0 <= bom_share <= 1.0:
        raise ValueError("crlf_share and bom_share must be between 0 and 1")
    if not 0 <= inject_errors <= n:
        raise ValueError("inject_errors must be between 0 and n")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    chosen = sorted(random.Random(f"orgkg-inject:{seed}:{n}").sample(range(1, n + 1), inject_errors))
    defects = {idx: DEFECTS[i % len(DEFECTS)] for i, idx in enumerate(chosen)}
    master = random.Random(seed)
    paths: list[Path] = []
    injected: dict[str, dict] = {}
    truth: dict[str, dict] = {}
    for index in range(1, n + 1):
        profile_seed = master.getrandbits(64)
        crlf = master.random() < crlf_share
        bom = master.random() < bom_share
        text, record, xref = _generate(index, random.Random(profile_seed), defects.get(index))
        if crlf:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        if bom:
            data = b"\xef\xbb\xbf" + data
        path = out / _file_name(index, n)
        path.write_bytes(data)
        paths.append(path)
        if record is not None:
            injected[path.name] = record
        if manifest:
            ident = identity(index)
            truth[path.name] = {
                "index": index,
                "name": ident.name,
                "acronym": ident.acronym if ident.style == "acr" else None,
                "former_name": ident.former_name if ident.style == "formerly" else None,
                "former_acronym": ident.former_acronym if ident.style == "formerly" else None,
                "kind": ident.kind,
                "country": ident.country,
                "line_endings": "crlf" if crlf else "lf",
                "bom": bom,
                "defect": record["defect"] if record else None,
                "cross_reference": None
                if xref is None
                else {
                    "file": _file_name(xref["index"], n),
                    "field": xref["field"],
                    "mention": xref["mention"],
                },
            }

    written = {p.name for p in paths}
    for stale in sorted(out.iterdir()):
        if _PROFILE_RE.fullmatch(stale.name) and stale.name not in written:
            stale.unlink()
    for name, content in (("INJECTED.json", injected), ("MANIFEST.json", truth)):
        target = out / name
        if content:
            body = json.dumps(dict(sorted(content.items())), ensure_ascii=False, indent=2)
            target.write_bytes((body + "\n").encode("utf-8"))
        elif target.exists():
            target.unlink()
    return paths


# --------------------------------------------------------------------------- CLI


def _share(value: str) -> float:
    f = float(value)
    if not 0.0 <= f <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_corpus.py",
        description="Write a deterministic synthetic corpus of organization profiles.",
    )
    parser.add_argument("n", metavar="N", type=int, help="number of profiles to write")
    parser.add_argument("out_dir", metavar="DIR", type=Path, help="output directory")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--crlf-share", type=_share, default=0.1, help="fraction of files written with CRLF line ends (default 0.1)"
    )
    parser.add_argument(
        "--bom-share", type=_share, default=0.05, help="fraction of files written with a UTF-8 BOM (default 0.05)"
    )
    parser.add_argument(
        "--inject-errors",
        type=int,
        default=0,
        metavar="K",
        help="break K profiles on purpose and list them in DIR/INJECTED.json",
    )
    parser.add_argument("--manifest", action="store_true", help="also write DIR/MANIFEST.json (ground truth per file)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be >= 0")
    if not 0 <= args.inject_errors <= args.n:
        parser.error("--inject-errors must be between 0 and N")
    start = time.perf_counter()
    paths = write_corpus(
        args.n,
        args.out_dir,
        args.seed,
        crlf_share=args.crlf_share,
        bom_share=args.bom_share,
        inject_errors=args.inject_errors,
        manifest=args.manifest,
    )
    if not args.quiet:
        elapsed = time.perf_counter() - start
        print(
            f"wrote {len(paths)} profiles to {args.out_dir} in {elapsed:.2f} s"
            + (f" ({args.inject_errors} with injected errors)" if args.inject_errors else ""),
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
