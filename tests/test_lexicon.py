"""The extraction lexicon (ontology/lexicon/*.csv): every table loads, typed, without duplicates."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from orgkg import resources
from orgkg.extract import lexicon
from orgkg.model import OrgKind
from orgkg.resources import data_dir

TABLES = sorted(path.stem for path in (data_dir("ontology") / "lexicon").glob("*.csv"))


def test_every_table_file_is_covered() -> None:
    assert set(TABLES) == {
        "corporate-suffixes",
        "month-first-countries",  # dates.py: "07/08/1920" of a Moroccan office is 7 August (round 52)
        "initial-titles",  # names.leading_titles: "M. Paul Girard" is Paul Girard, "M. S. Rao" keeps its initial
        "class-name-words",  # names._class_words_only: "Member States" is a class of partners, no organization
        "filing-item-heads",  # parse.py: "Item 1. Business — General. The X is …": the heading is layout
        "exhibit-citations",  # parse.py: "(Exh. C-6)" in an award's paragraph cites a document, no fact
        "exponent-units",  # parse.py: "40 km²" is an exponent, "Dar es Salaam²" a footnote marker
        "correction-marks",  # founding.py, people.py: "EDIT: 1954" corrects what came before
        "faq-heads",  # parse.py: "Q: Who runs it? A: X." keeps the answer, drops the question
        "unread-field-negations",  # extract: "I never learnt who its partners were" names no partner: unrecognised
        "world-region-names",  # units.py: "Asia-Pacific area office" names a regional office (round 54)
        "title-name-parameters",  # people.py: "leader title: X" then "leader name: Y" is "X: Y"
        "unit-part-bracket-leads",  # units.py: "College of X (including the Y School)": Y is a unit too
        "continuing-country-names",  # address.py: "…, Hamburg, West Germany" is DE
        "post-head-nouns",  # units.py: "(a) Chief Financial Officer" names a post, no unit (round 59)
        "past-holder-list-keys",  # people.py: "Predecessors (CEO): A, 2018–2020; B, …" (round 62)
        "kind-noun-stops",  # budget.py: "is a unit of the ministry" names no kind noun (round 62c)
        "legal-form-continuations",  # sentences.py: "SE & Co. KGaA" ends no sentence at "Co." (round 62c)
        "holder-aside-adverbs",  # people.py: "A, formerly of Acme, served as chair" (round 62c)
        "self-reference-nouns",  # people.py: "The organization's first Director was A" (round 62c)
        "post-scope-words",  # units.py: "Group Chief Executive" names a post, no unit (round 62)
        "unit-site-nouns",  # units.py: "X Establishment: A, B and C factories" names X (round 62)
        "unit-owner-cues",  # units.py: "also houses the X, which belongs to Y" names no unit (round 62)
        "seat-participles",  # units.py: "X Commission, seated at Lagos": the seat note is no part of the name
        "membership-second-predicates",  # partners.py: "a member of A, and has ties with B": B no body it belongs to
        "rename-date-leads",  # founding.py: "it took its present name in 1845": a rename, no founding date
        "surname-titles",  # names.py: "Mr Hon Sui Sen": a title word that is a family name (round 47)
        "state-owner-words",  # parent.py: "Actionnaire majoritaire: État sénégalais" (round 52)
        "status-negation-marks",  # status.py: "✗ none — independent" opens with a negation mark
        "status-aside-leads",  # status.py: "For information, …" is an aside, no sentence of the field
        "status-conclusion-markers",  # status.py: "So: no parent organization." concludes a field (round 46)
        "status-kind-reasons",  # status.py: "Don't expect one — it's a company" does not fit (round 41)
        "status-kind-headings",  # status.py: "As a charity, X has no enacted budget" is notApplicable (round 56)
        "citation-words",  # budget.py: "(Section 7(9) of the Act)" numbers a provision, no staff
        "editorial-tags",  # parse.py: "[citation needed]", "[when?]" pasted from Wikipedia
        "reply-heads",  # parse.py: "Point No. 5 — Reply: About 240" opens with a form's reply head
        "mail-header-fields",  # parse.py: "From: A · To: list · Subject: …" is no intro
        "mail-greetings",  # identity.py: "Morning! X is", "Hi all — the X" open a message, no name (round 46)
        "stage-directions",  # parse.py: "[music]", "[laughs]" in a transcript are no content
        "status-unfound-figure",  # status.py: "no separate number we could nail down" (round 44)
        "status-unentered-reasons",  # status.py: "n/a — figure not entered" is not public (round 59)
        "status-question-answers",  # status.py: "Did it have a parent? No." is explicitlyNone (round 59)
        "status-list-nouns",  # status.py: "No partner list is kept." denies a list, not the partners (round 59)
        "status-reply-phrases",  # status.py: "not broken down in the form requested" declines a figure (round 47)
        "status-subjectless-verbs",  # status.py: "Is not provided." opens with a translated copula (round 49)
        "headcount-duration-words",  # budget.py: "over sixty-four years" is a length of time, no headcount (round 44)
        "unreal-statement-cues",  # text.py: "Chair (proposed): A" names no holder (F2 readers)
        "not-own-unit-cues",  # units.py: "X, created in 1990, is a distinct institution" is no unit
        "not-member-leads",  # partners.py: "Not members, …: A", "Gone: B (left 2019)" name no member
        "non-unit-class-nouns",  # units.py: "The fleet is the bit you can visit: A, B" names no unit
        "title-bracket-verbs",  # identity.py: "Acme Corporation (Acme) grew …" gives its brackets
        "state-class-words",  # partners.py: "États fondateurs: A, B", "Founding States: C" list members
        "table-columns",  # text.py: "| Post | Holder | Term |" pipe tables
        "parent-hedges",  # parent.py: "was to be placed under X", "is said to be a subsidiary of X"
        "parent-time-marks",  # parent.py: "Formerly part of X", "now part of Y"
        "owner-chronology-words",  # parent.py: "until 1995 …, then X, from 2005 majority owner was Y"
        "not-parent-leads",  # parent.py: "Member of the X Network" is no parent
        "parent-record-keys",  # parent.py: "parent_org: Ministry of X", "| from | to | parent |"
        "parent-group-words",  # parent.py: "Groupe de la X", "part of the X Group family" (round 53)
        "name-record-keys",  # identity.py: "name_local: …", "name: …" under an acronym title
        "short-name-record-keys",  # identity.py: "Short name: XA." in a report's intro (round 52)
        "pronunciation-labels",  # identity.py: "IPA: [ɡɐsˈpɫan] (listen)" is no other name
        "membership-leads",  # partners.py: "belongs to A", "…, together with airlines like B" (round 42)
        "topic-lead-nouns",  # identity.py: "My project is about the X (ACR)" names the subject (round 42)
        "dedication-phrases",  # identity.py: "X Observatory named after Y" under the title "X Observatory"
        "stock-exchanges",  # identity.py: "TSX: SWP" is a ticker, no other name
        "greeting-words",  # identity.py: "Welcome to X", "Discover X" is no part of the name
        "country-qualified-heads",  # parent.py: "Ministry of Education, Singapore" keeps its country
        "figure-field-nouns",  # status.py: "Operating budget not broken out." is not public
        "status-field-nouns",  # status.py: "The Agency oversees no regulations." denies the field's own noun
        "registration-number-labels",  # identity.py: "ABN 87 572 206 200" is no other name
        "record-keys",  # history.py: "dissolved: 2001", "| successor | X |" records
        "arrow-verbs",  # history.py: "A + B merged → C"
        "founding-calque-verbs",  # founding.py: "The society was erected on 11 January 1911" (round 58)
        "compound-head-nouns",  # identity.py: "Aalto-yliopisto" is Aalto University's Finnish name
        "history-table-columns",  # history.py: "| date | event |" timeline tables
        "abbreviated-head-words",  # text.py: "Planning Div." keeps its stop
        "count-qualifiers",
        "currency-words",
        "identity-cues",
        "language-abbreviations",  # identity.py: "engl. Andean Community"
        "region-prefixes",  # address.py: "Kanton Zürich"
        "not-own-program-cues",  # units.py: "X was a programme of the Y Board and not of the federation" (round 62)
        "program-head-words",  # names.py: "CSIR Aroma Mission and JIGYASA" are two programs
        "program-qualifiers",  # units.py: "Bachelor of Science (Research)" keeps its bracket
        "relative-naming-words",  # identity.py: "X, which is known as Y, is"
        "legal-instruments",
        "nobility-titles",  # founding.py: "Prince Alexander Petrovich of Oldenburg" founded it
        "nationality-adjectives",  # founding.py: "by the British Ann Roe" names Ann Roe
        "month-spellings",
        "dated-month-spellings",  # dates.py: "le 20 mars 1970" (a month only between a day and a year)
        "native-month-spellings",  # dates.py: "13 ноября 2007 г." (CLDR months, only before a year; round 62)
        "numbered-month-frames",  # dates.py: "ngày 3 tháng 9 năm 1975" (round 62)
        "title-date-words",  # founding.py: "Федеральный закон от 1 декабря 2007 г." (round 62)
        "calendar-eras",  # dates.py: "1 July, Shōwa 46 (1971)", "民國62年7月5日"
        "calendar-marks",  # dates.py: "1430 AH", "2020 BS (1963)" are no Gregorian years
        "multipliers",
        "decimal-comma-words",  # numbers.py: "R$ 3,8 bilhões"
        "not-budget-words",  # budget.py: amounts beside the budget
        "budget-appropriation-labels",  # budget.py: "Operating grant from the State: JPY …" is the budget (round 60)
        "not-staff-words",  # budget.py: "800 000 members" is no headcount
        "not-staff-subjects",  # budget.py: "The membership grew from the 77 …" is no headcount
        "headcount-period-cues",  # budget.py: "100,000 persons … between 1949 and 1974" is no headcount
        "headcount-part-cues",  # budget.py: "approx. 400 in the Oslo works alone" is no headcount
        "total-unknown-phrases",  # budget.py: "total headcount … not documented"
        "addressee-office-words",  # address.py: "Teagasc Head Office, …" is the addressee
        "area-district-words",  # address.py: "Central Business District" is no administrative unit
        "place-rename-notes",  # address.py: "Calcutta (now Kolkata), India" reads Calcutta
        "regions-after-country",  # address.py: "…, Jamaica, W.I." closes with a region note
        "bracketed-town-name-countries",  # address.py: "Frankfurt (Oder)" keeps its bracket (round 41)
        "numbered-postal-districts",  # address.py: "Kingston 7, Jamaica" is the town Kingston
        "delivery-office-countries",  # address.py: "1211 Geneva 20" is the town Geneva (round 53)
        "address-districts",  # address.py: "Fo Tan, Sha Tin, New Territories": Fo Tan is the locality
        "address-labels",  # address.py: "| City | Nairobi |"
        "second-address-labels",  # address.py: "Postal address: …" under the head office is no part of it
        "address-band-labels",  # address.py: "Headquarters Regions: A, B" is no part of the address (round 64b)
        "partner-record-labels",  # partners.py: "Memberships: A", "Named Partners: B", "Key Contracts: C" (round 64b)
        "unit-record-label-heads",  # units.py: "Reporting Segments: Networks" is no glued name (round 64b)
        "not-budget-record-phrases",  # budget.py: "Total assets (not a budget): …" is no budget (round 64b)
        "legal-form-under-verbs",  # founding.py: "incorporated under the Companies Act" founds nothing (round 64b)
        "not-founding-record-keys",  # founding.py: "Current basis (not founding): Act …" founds nothing (round 64b)
        "export-record-labels",  # founding.py, history.py: "Founded Date: 1931", "Closed Date: —" (round 64b)
        "geocode-labels",  # address.py: "ISO 3166-1: AU / NUTS 3: DE712" under an address is no part of it (round 57)
        "budget-year-words",  # budget.py: "(2022 budget)"
        "fiscal-year-end-words",  # budget.py: "financial year ending 31 March 2024"
        "budget-comparison-words",  # budget.py: "… less than in 2024" dates no budget
        "number-words",  # numbers.py: "roughly fifty researchers"
        "ordinal-words",  # dates.py: "the fourteenth of May, nineteen fifty-two" (round 60)
        "postal-box-words",  # address.py
        "postal-codes",  # address.py
        "postal-code-words",  # address.py: "C.P. 11560"
        "street-words",  # address.py: a street alone is no locality
        "building-name-words",  # address.py: "KCRC House, 9 Lok King Street" keeps its building (round 54)
        "region-before-postal",  # address.py
        "region-suffixes",  # address.py: "Saitama-ken"
        "region-aliases",  # address.py: "CDMX"
        "region-english-names",  # address.py: "Essen, North Rhine-Westphalia, Germany"
        "county-names",  # address.py: "Hounslow, Middlesex": a county ISO lacks is the region (round 42)
        "address-landmark-words",  # address.py: "near Parliament House"
        "former-country-names",  # address.py: "…, Russian Empire" is no locality
        "ambiguous-country-names",  # address.py: "…, Congo" is CG or CD, told by a place
        "city-subdivisions",  # address.py: "Plateau, Abidjan": Abidjan is the locality
        "capital-named-regions",  # address.py: "Mata Redonda, San José": city or province (round 31)
        "towns-telling-country",  # address.py: "…, New Delhi 110001" with no country is in India (rounds 45, 47)
        "village-words",  # address.py: "Village Tilonia, via …, District …" names the locality (round 46)
        "postal-route-words",  # address.py: "via Madanganj" is a postal route, no street (round 46)
        "city-state-capitals",  # address.py: "Luxembourg" alone is the town, LU (round 46)
        "telling-postal-codes",  # address.py: "…, London SW1Y 5HX" with no country is GB (round 47)
        "building-line-words",  # address.py: "Campus Universitário Principal" is a street line (round 31)
        "ward-suffixes",  # address.py: "Chiyoda-ku, Tokyo": the ward of the city (round 31)
        "admin-unit-words",  # address.py: "Adigeni Municipality" is no locality
        "ward-words",  # address.py: "Láng Thượng ward" closes no street
        "shared-currency-words",  # numbers.py: "FCFA" is XAF or XOF by the address country
        "province-types",  # address.py: "Laguna 4031" is a province
        "city-types",  # address.py: "Taipei City 115201" is the city
        "postal-districts",  # address.py: "London SW7"
        "catalogue-name-labels",  # identity.py: "Name: X ; Other forms: Y ; Z"
        "name-glue",
        "narrative-headings",
        "name-particles",
        "not-person-words",
        "org-kind-keywords",
        "org-name-keywords",
        "parent-cues",
        "governing-bodies",  # parent.py: "reports to the Board of Governors" names no parent
        "subject-time-adverbs",  # parent.py: "Now reports to X" has no other subject
        "person-titles",
        "title-notes",  # names.py: "Maj. Gen. (Staff) A B": the bracketed note goes with the rank
        "roles",
        "plural-endings",  # people.py: "Secretaries-General:" heads a list of Secretary-General holders
        "role-surnames",  # names.py: "Chief Scientist | Jeff Dean"
        "former-post-words",  # people.py: "Former director: X" is no current leader
        "past-holder-keys",  # people.py: "Before: X" is no post
        "period-words",  # people.py: "(since 2019)", "(2011–2016)", "until 2018": a holder's period (round 52)
        "first-holder-words",  # people.py: "First director: X" with a current director
        "descriptive-head-words",  # people.py: "First head of the institute: A, director" (round 46)
        "last-holder-words",  # people.py: "Last President & CEO: X (2005–2016)" names the post "President & CEO"
        "leading-verbs",  # people.py: "Director A heads the institute", "A ran the bank as chief executive"
        "not-member-words",  # partners.py: "Former members: X" names no member
        "counted-class-modifiers",  # partners.py: "14 associate members" is a class
        "count-word-suffixes",  # partners.py: "Forty-odd member countries"
        "origin-prepositions",  # partners.py: "49 members, from Asia and the Pacific" names no member
        "category-prepositions",  # partners.py: "research centres within the Kingdom" (round 26)
        "membership-phrases",  # partners.py: "It is a member of A and B" (round 26)
        "partner-list-cues",  # partners.py: "member branches incl. A, B" (round 35)
        "partner-rank-words",  # partners.py: "Principal collaborators named in …:" is no class (round 38)
        "partner-generic-nouns",  # partners.py: "Key partners:" is no class (round 38)
        "list-addition-leads",  # text.py: "- plus the X Institute" names X Institute (round 35)
        "other-body-cues",  # people.py: "on recommendation of the National Assembly" is no unit
        "sub-unit-heads",  # partners.py: "University of X, Faculty of Y" is one partner
        "status-phrases",
        "figure-nouns",  # status.py: "No consolidated figure is published" is not "none"
        "figure-headings",  # status.py: "…; no figure is given here" in a figure field
        "figure-refusals",  # status.py: "Officials did not give a staff figure." (round 36)
        "status-negation-fillers",  # status.py: "not separately disclosed", "not been ascertained"
        "unit-words",
        "unit-list-verbs",  # units.py: "It also ran the A, the B and the C"
        "spoken-openers",  # units, people, status: "So, you had the A", "Then Jo Roe", "And no law …" (round 44)
        "clause-marks",  # names.py: "Don't look for …", "… in 2016", "German-born X" are no names (round 48)
        "program-lead-words",  # units.py: "Towards Net Zero Mission"
        "program-self-words",  # units.py: "Ocean Colour Mapper (OCM) programme" is no part of the name (round 50)
        "title-prepositions",  # units.py: "- The Cat in the Hat" keeps its "The" (round 51)
        "branch-campus-heads",  # partners.py: "Acme University in Qatar" keeps its country (round 50)
        "short-form-glosses",  # identity.py: "ACME (short for X) was …" under the title ACME names ACME (round 50)
        "unit-count-nouns",  # units.py: "three teams — A, B and C —"
        "not-website-hosts",  # links.py: social media and archives are no website
        "website-keys",  # links.py: "Website: none (defunct)" says there is no own site
        "other-site-words",  # links.py: "Website of the successor academy: …"
        "dead-link-words",  # links.py: "www.example.org (not active)" is no website
        "not-own-figure-cues",  # budget.py: "the parent company has 45,000 employees" (round 22)
        "address-sentence-words",  # address.py: "The Ministry it reports to is at …" (round 22)
        "address-spoken-leads",  # address.py: "HQ was the X Building, …" opens with a spoken clause (round 44)
        "address-note-openers",  # address.py: "…, Seoul, right across from the station" is a note (round 44)
        "address-period-notes",  # address.py: "…, United States, in its final years" is a note
        "premises-words",  # address.py: "Building 123" is no town and postal code (round 23)
        "not-own-service-cues",  # services.py: "its parent ministry provides …" (round 22)
        "no-service-phrases",  # services.py: "does not provide direct services" (round 22)
        "no-own-budget-phrases",  # budget.py: "never had a budget of its own" (round 22)
        "figure-subject-words",  # budget.py: "The ministry employs 12,000 people" is no headcount (round 24)
        "first-person-words",  # every reader: "We were founded in 1962" is the organization (round 32)
        # names, people and lists (extract/names.py)
        "function-words",
        "and-words",  # names.py: "A S.A. et B S.A."
        "determiners",  # partners.py: "ses partenaires industriels"
        "legal-form-suffixes",
        "partner-category-words",
        "partner-tie-phrases",  # partners.py: "The X, founded in 1953, was closely tied to the academy"
        "partner-expletive-subjects",  # partners.py: "There are 56 member countries" names no partner (round 47)
        "partner-kind-words",  # partners.py: "Categories of partners:" is a label, no class (round 49)
        "partner-relation-nouns",  # partners.py: "Partnerships are important" names no partner (round 49)
        "partner-other-words",  # partners.py: "Further partners are A and B" is no class (round 56)
        "partner-vague-quantifiers",  # partners.py: "Various universities" is "universities" (round 62c)
        "partner-gloss-adjectives",  # partners.py: "A, responsible for statistics" names A only (round 62c)
        "partner-relative-quantifiers",  # partners.py: "A, part of whose work …" names A only (round 62c)
        "partner-answer-words",  # partners.py: "Yes, for example:" above bullets is no class (round 59)
        "partner-gloss-list-leads",  # partners.py: "- A – with B and C": the gloss goes on with the list
        "partner-list-gloss-words",  # partners.py: "- A, B and C – the partnership that …" is one firm
        "partner-sector-nouns",  # partners.py: "universities and industry" is two classes (round 60)
        "hedge-leads",  # partners.py: "AFAIK it's a member of X": the hedge is no subject (round 61)
        "grouping-class-nouns",  # partners.py: "the SkyTeam alliance" names "SkyTeam" (round 60)
        "partner-denial-nouns",  # partners.py: "customers, not partners" names no partner (round 56)
        "partner-makeup-phrases",  # partners.py: "utilities, consisting of towns" is no class (round 56)
        "form-label-participles",  # partners.py: "Network memberships declared:" names "Network memberships" (round 57)
        "partner-venture-words",  # partners.py: "Joint ventures:" above "- A — B": A is the partner (round 57)
        "country-article-names",  # partners.py: "The Gambia" keeps its article (round 57)
        "romanised-name-particles",  # partners.py: "Hayʾat al-Maḥaṭṭāt" is a name, no class (round 62b)
        "quantified-place-words",  # partners.py: "societies on every continent" is "societies" (round 62b)
        "partner-tie-lead-nouns",  # partners.py: "under contracts with A and B" (round 57)
        "partner-reach-adjectives",  # partners.py: "Its principal international partners are" is no class (round 62)
        "partner-generic-body-nouns",  # partners.py: "national and international bodies, among them:" is no class
        "partner-joint-words",  # partners.py: "X and Y have jointly owned Z": Y is X's partner
        "joined-list-leads",  # partners.py: "The most recent, A and B, joined in 2022" (round 47)
        "list-place-notes",  # partners.py: "A, B and C in Ghana and abroad": the place is the list's (round 48)
        "name-scope-adjectives",  # partners.py: "Union européenne" is one named body, no class (round 52)
        "member-group-labels",  # partners.py: "List B — oil exporters" labels members, no member (round 52)
        "source-attribution-leads",  # partners.py: "Corporate partners, per acme.org:" (round 52)
        "post-nominals",
        "post-notes",  # people.py: "since 2021", "who was appointed" after a holder's name
        "org-head-words",  # names.py: "Agency", "Stiftung" make a list piece a whole name
        "post-time-words",  # people.py: "the last Chairman was X"
        "post-held-at-phrases",  # people.py: "Chief Executive at the material time" names "Chief Executive" (round 56)
        "holder-list-labels",  # people.py: "President. Holders: A, 1970-1973; B"
        "later-holder-verbs",  # people.py: "…; he was followed by B" (round 48)
        "form-capacity-labels",  # people.py: "Representative: A — capacity: Director" (round 58)
        "present-post-words",  # people.py: "Present director: see website" names "director"
        "role-modifiers",
        "role-joins",  # roles.py: "Vice President" and "Vice-President" are one role word
        "joined-head-words",  # people.py: "et chef de la direction" is a second role (round 53)
        "role-conjunctions",  # people.py: "Président et chef de la direction" is one post (round 53)
        "sentence-verbs",
        "funding-cues",  # budget.py: "comes from", "financed by" open a Funding list
        "label-hedges",  # budget.py: "typically", "mainly" before a funding source
        "unit-name-openers",  # units.py: "Our Board of …", "Under Section 3 …" open no unit name
        "label-clause-verbs",  # text.py: "The rest comes from …" is a clause, no funding source
        "clause-openers",  # services.py: "It regulates …", "Which …" open a clause, never a label
        # founding, legislation and history (extract/founding.py, extract/history.py)
        "founding-verbs",
        "history-context",
        "history-verbs",
        "headquarters-moves",  # history.py: "moved its headquarters from A to B"
        "date-lead-phrases",  # history.py: "merged w.e.f. 27.08.2007 into"
        "legislation-cues",
        "cognate-endings",  # founding.py: "The Federation" of the Federación Nacional de …
        # generated from CLDR/pycountry by devkit/cldr_tables.py (tests/test_cldr_tables.py)
        "cldr-currency-names",  # numbers.py
        "cldr-currency-signs",  # numbers.py
        "cldr-territory-currency-words",  # numbers.py
        "country-names-i18n",  # address.py
        "iso-3166-2-subdivisions",  # address.py, plausibility.py
        "abbreviations",  # sentences.py: "St. Louis", "No. 5" end no sentence
        "subject-labels",  # identity.py: "Applicant: X (ACR), Town." names the file's subject
        "government-level-words",  # parent.py: "reports to the national Department of X"
        "speaker-pronouns",  # units.py: "X, I am glad to say, …": a speaker's aside after a name
        "body-size-nouns",  # people.py: "an Executive Board of 58 members": the size is no name
        "partner-withheld-phrases",  # partners.py: "Named partners: declined to name them" (round 63)
        "partner-attribution-words",  # partners.py: "A and B, the company says." (round 63)
        "partner-label-cuts",  # partners.py: "several hundred sister universities" (round 63f)
        "partner-takeover-words",  # partners.py: "Notable deals (acquisitions):" lists no partner (round 64)
        "partner-field-nouns",  # partners.py: "X Trade and Enterprise" is one name (round 64c)
        "governance-capacity-labels",  # people.py: "Accountable authority: the CEO, Mr A" (round 64c)
        "outside-overseer-labels",  # people.py: "Responsible minister: …" names no post (round 64c)
        "outside-officer-notes",  # people.py: "(not an officer of the entity)" (round 64c)
        "partner-vague-leads",  # partners.py: "Tons of industry partners" is "industry partners" (round 64c)
        "agreement-party-words",  # partners.py: "Signatory of the X Accord" names no partner (round 63)
        "holder-start-verbs",  # people.py: "Chairman A B took over in 2024" (round 63)
        "name-shortening-verbs",  # history.py: "that name was shortened to X" is a rename (round 63)
        "memo-abbreviations",  # units.py, sentences.py: "Board of Dir." is a cut name (round 63)
        "numbered-unit-labels",  # units.py: "Div. 1 Mechanics" names "Mechanics" (round 63)
        "standalone-body-words",  # units.py: "Senate and General Assembly" is two units (round 63)
        "not-head-office-marks",  # address.py: "Studios (not HQ): …" is no head office (round 63)
        "constituent-countries",  # address.py: "West Sussex, England": the county is the region (round 63)
        "budget-total-phrases",  # budget.py: "Total income was £5.7bn …" is the budget (round 63)
        "memo-founding-participles",  # history.py: "1881: X Company est." (round 63b)
        "ended-body-holdings",  # history.py: "X was wound up. It took over its staff" (round 63b)
        "independence-ending-verbs",  # history.py: "Y ceases as independent co." (round 63b)
        "history-timeline-words",  # history.py: "today's X is formed by merging", "merger with B → C" (round 64)
        "discourse-openers",  # text.py: "As of my last update, the Director is A." is read without its frame (round 64)
        "own-scope-notes",  # budget.py: "23,000 (parent company only)" is the organization's own figure (round 64)
        "cross-reference-marks",  # text.py: "see also: X, a separate company" is never read (round 63)
        "record-value-marks",  # history.py: "Founded: 1832 by A", "Closed: 2013 (now X)" (round 63c)
        "leader-field-labels",  # admit.py: "Leadership: A B, President" names no post "leadership" (round 63)
        "holder-record-qualifiers",  # people.py: "Predecessor on file: A, Secretary General" (round 63d)
        "bracketed-site-labels",  # address.py: "…, Germany (Berlin office: …)" names another site (round 63d)
        "component-null-labels",  # status.py, address.py: "… Street address: Not reported." (round 63d)
        "figure-exactness-words",  # budget.py: "€200m. Figure rounded; exact total not on file" (round 63d)
        "unit-example-leads",  # units.py: "the main ones being A, B and C" names units (round 63e)
        "lowercase-style-unit-heads",  # units.py: "Département du patrimoine et des collections" (round 63e)
        "market-region-codes",  # units.py: "the main ones being NAFTA, EMEA" names regions, no units (round 63e)
        "narrative-past-holder-words",  # people.py: "Former chairman A resigned" is a past holder (round 63e)
        "narrative-past-verbs",  # people.py: "Former president A led …": the verb ends the name (round 63e)
        "earlier-holder-list-words",  # people.py: "Earlier chairmen included A and B" (round 63e)
        "narrative-end-events",  # people.py: "At the time of the merger the Chairman was A" (round 63e)
        "refused-lowercase-unit-heads",  # people.py: "a state office in each state" is no unit (round 63f)
        "head-first-body-words",  # units.py: "Comités de Acción and Secretaría Permanente" is two units (round 63f)
        "answered-body-cues",  # units.py: "we are accountable to the X": X is no unit (round 63f)
        "founding-line-labels",  # founding.py: "- Founded: 1592, by A" in Mission dates the founding (round 64)
        "founding-line-hedges",  # founding.py: "Founded: 1951 (reportedly …)" leaves the line unread (round 64)
        "unit-description-participles",  # units.py: "Headed by a Director-General" is no unit (round 64)
        "record-intro-labels",  # identity.py: "Organization Name: X; Legal Name: X Oy; Also Known As: …" (round 64b)
        "legal-name-bracket-forms",  # identity.py: "Alvik Tele AB (publ)" keeps its bracketed legal form (round 64b)
        "status-unavailable-marks",  # status.py: "Annual Revenue: n.a." in an export is not public (round 64b)
        "holder-label-qualifiers",  # people.py: "1st woman President: A (2022–23)" is the President (round 64d)
        "same-post-nouns",  # people.py: "before him in that seat: A (2015–2020)" (round 64d)
        "heading-spellings",  # parse.py: "Parent organisation" is the heading "Parent organization"
        "wikitext-templates",  # wikitext.py: "{{start date|1938|6|7}}" pasted from an edit view is "7 June 1938"
        "word-case",  # shouting.py: "COMMR GENERAL: JOHN R MUSINGUZI (SINCE 2019)" read in usual case
        "clause-past-verbs",  # history.py: "the charter made it X and replaced Y": the charter's verbs
        "peerage-styles",  # people.py: "Julian Roe, Lord Harbury, served as chairman": the aside is no name
        "denying-lead-phrases",  # founding.py: "changed it without re-creating it: the X Act …"
        "figure-own-group-nouns",  # budget.py: "As of 2021, the X group employed …" is its own headcount
        "headcount-second-predicate-verbs",  # budget.py: "… people and controlled 30 subsidiaries": no breakdown
        "headcount-place-prepositions",  # budget.py: "9,000 staff, in 400 offices": no breakdown
        "parent-role-nouns",  # parent.py: "Its supervising ministry is X": X is the parent
        "wikidata-id-nouns",  # links.py: "its Wikidata identifier is Q4711"
        "post-phrase-words",  # people.py: "Deputy Governor for Prudential Regulation" is one post
        "adverbial-prepositions",  # people.py, founding.py: "was led at the time of its merger by A"
        "partner-any-body-fillers",  # partners.py: "many organisations" names no kind of partner
        "status-not-applicable-predicates",  # status.py: "…, so founding legislation is not applicable"
    }


@pytest.mark.parametrize("name", TABLES)
def test_table_loads_without_duplicates(name: str) -> None:
    rows = lexicon.table(name)
    assert rows and isinstance(rows, tuple)
    assert len(set(rows)) == len(rows)
    assert len({len(row) for row in rows}) == 1
    if len(rows[0]) == 1 or name in {
        "multipliers",
        "month-spellings",
        "dated-month-spellings",
        "name-glue",
        "person-titles",
    }:
        keys = [row[0] for row in rows]  # the first column is the key of these tables
        assert len(set(keys)) == len(keys)


def test_typed_values() -> None:
    assert all(isinstance(g, lexicon.GlueWord) and isinstance(g.in_names, bool) for g in lexicon.name_glue())
    assert "of" in lexicon.glue_words() and isinstance(lexicon.glue_words(), frozenset)
    assert lexicon.multipliers()["million"] == 6
    assert isinstance(lexicon.multipliers(), Mapping)
    with pytest.raises(TypeError):
        lexicon.multipliers()["k"] = 4  # type: ignore[index]  # read-only
    assert lexicon.month_spellings()["sept"] == 9
    assert lexicon.number_words()["forty"] == 40 and isinstance(lexicon.number_words(), Mapping)
    assert all(isinstance(k.kind, OrgKind) for k in (*lexicon.org_kind_keywords(), *lexicon.org_name_keywords()))
    assert {t.title for t in lexicon.person_titles() if t.abbreviation} >= {"Dr", "Mr"}
    for words in (lexicon.roles(), lexicon.unit_words(), lexicon.count_qualifiers(), lexicon.name_particles()):
        assert isinstance(words, tuple) and all(w == w.strip() and w for w in words)


def test_founding_and_history_tables_are_typed() -> None:
    from orgkg.extract import founding, history

    verbs = history.history_verbs()
    assert all(isinstance(v, history.HistoryVerb) for v in verbs)
    assert {v.direction for v in verbs} <= history._DIRECTIONS
    assert next(v for v in verbs if v.phrase == "merged into").direction == "successor"
    assert [len(v.phrase) for v in verbs] == sorted((len(v.phrase) for v in verbs), reverse=True)
    for role in history.CONTEXT_ROLES:
        assert history.context_words(role), role
    assert "not" in history.context_words("negation")
    founding_verbs = founding.founding_verbs()
    assert all(isinstance(v.names_founder, bool) and isinstance(v.active, bool) for v in founding_verbs)
    assert next(v for v in founding_verbs if v.phrase == "founded").active
    assert not next(v for v in founding_verbs if v.phrase == "opened").names_founder
    for role in founding.CUE_ROLES:
        assert founding.cues(role), role
    with pytest.raises(ValueError, match="unknown legislation cue role"):
        founding.cues("nonsense")


def test_tables_are_loaded_once() -> None:
    assert lexicon.roles() is lexicon.roles()
    assert lexicon.table("roles") is lexicon.table("roles")


def test_kind_keyword_stems() -> None:
    stem = lexicon.KindKeyword(OrgKind.NGO, "charit+")
    assert re.fullmatch(stem.pattern, "charitable") and not re.fullmatch(stem.pattern, "charit")
    assert re.fullmatch(lexicon.KindKeyword(OrgKind.NGO, "joint venture").pattern, "joint venture")


def test_lexicon_words_reach_the_readers() -> None:
    from orgkg.extract.names import person
    from orgkg.extract.numbers import currency

    assert person("Dr. Ursula von der Leyen") is not None
    assert person("Dame Jane Doe").name == "Jane Doe"  # honorific from person-titles.csv
    assert currency("euros") == "EUR"  # currency-words.csv + currencies.csv


def test_malformed_table_is_reported_with_file_and_line(tmp_path, monkeypatch) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "broken.csv").write_text("word,power\n# note\nk,3\nm\n", encoding="utf-8")
    monkeypatch.setattr(resources, "data_file", lambda folder, name: tmp_path / name)
    lexicon.table.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"broken\.csv:4: expected 2 non-empty columns"):
            lexicon.table("broken")
    finally:
        lexicon.table.cache_clear()


def test_first_person_words_by_role():
    from orgkg.extract.lexicon import first_person_words

    assert first_person_words("subject") == {"we"}
    assert "our" in first_person_words("possessive") and "we" not in first_person_words("possessive")
    with pytest.raises(ValueError):
        first_person_words("subjekt")


def test_naming_words_by_use() -> None:
    words = lexicon.naming_words()
    assert all(isinstance(w, lexicon.NamingWord) and isinstance(w.relative, bool) for w in words)
    assert len({w.word for w in words}) == len(words)
    # the relative-clause words identity.py and parent.py read, in file order
    assert lexicon.relative_naming_words()[:3] == ("known", "styled", "styles")
    assert "does business" in lexicon.relative_naming_words()
    assert "titled" not in lexicon.relative_naming_words()
    # the words parent.py's former lead leaves to the name readers ("formerly known as X")
    assert set(lexicon.former_naming_words()) == {"known", "called", "named", "styled", "titled"}


def test_naming_word_flag_is_checked(monkeypatch) -> None:
    monkeypatch.setattr(lexicon, "table", lambda name: (("known", "yes", "maybe"),))
    with pytest.raises(lexicon.LexiconError, match=r"relative-naming-words\.csv: 'maybe' is not yes or no"):
        lexicon.naming_words.__wrapped__()
