"""Round 20 (F2): the institutional historian's hand (h14): narrative prose.

- a partner category is a noun phrase, never a clause ("societies rented a place") nor a
  phrase opened by a relative conjunction ("whereby governments");
- "Among the members were A, B and, from 1890, C": a past-tense list cue, a time aside
  before the last item;
- posts told in prose: "A (1840–1909), Director 1909–1954", "A (…) was elected President",
  "with B as Secretary", "A …, served as Chairman", "A, who held the post of Director"."""

from __future__ import annotations

from orgkg.extract.partners import read_partners
from orgkg.extract.people import read_leader
from orgkg.extract.units import read_divisions
from orgkg.model import Field, Identity, Item, Member, OrgKind, PartnerCategory, Post, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def _field(*lines: str) -> Field:
    return Field("X", 10, tuple(Item(11 + i, line) for i, line in enumerate(lines)))


def partners(*lines: str) -> tuple[set[str], set[str]]:
    facts, _ = read_partners(_field(*lines), IDENTITY)
    members = {f.org.name for f in facts if isinstance(f, Member)}
    return members, {f.label.lower() for f in facts if isinstance(f, PartnerCategory)}


def posts(*lines: str) -> set[str]:
    facts, _ = read_leader(_field(*lines), IDENTITY)
    return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}


def units(*lines: str) -> list[str]:
    facts, _ = read_divisions(_field(*lines), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


# --- partner categories: noun phrases, never clauses -------------------------------------


def test_category_followed_by_a_verb_clause_is_refused() -> None:
    for sentence in (
        "Under the bursary scheme, charities, companies and learned societies paid a fee for each student.",
        "Its income came from a levy, whereby ministries and hospitals bought a seat on the board.",
        "The fund was open: foundations, universities and private donors granted a share each year.",
    ):
        _, categories = partners(sentence)
        assert not any(len(c.split()) > 2 for c in categories), (sentence, categories)
        assert not any(c.startswith("whereby") for c in categories), (sentence, categories)


def test_plain_category_lists_still_read() -> None:
    _, categories = partners("Partners include learned societies, universities and research councils in Europe.")
    assert {"learned societies", "universities"} <= categories


# --- members named in narrative prose ---------------------------------------------------


def test_past_tense_cue_and_time_aside_before_last_item() -> None:
    members, _ = partners(
        "Among the early subscribers were the University of Leeds, the Royal Society of Chemistry"
        " and, from the 1920s, the Carnegie Corporation."
    )
    assert members == {"University of Leeds", "Royal Society of Chemistry", "Carnegie Corporation"}
    members, _ = partners("Its sponsors were the Acme Foundation, the Gamma Institute and, after 1950, the Beta Trust.")
    assert members == {"Acme Foundation", "Gamma Institute", "Beta Trust"}


def test_past_tense_cue_refuses_a_sentence() -> None:
    members, categories = partners("The tenants were drawn from many countries and paid annual rents.")
    assert members == set() and categories == set()
    members, categories = partners("Fellowships were offered by universities and paid by ministries.")
    assert members == set() and categories == set()


# --- posts told in narrative prose -------------------------------------------------------


def test_holder_with_lifespan_then_post_and_term() -> None:
    found = posts(
        "Its longest-serving head was the botanist Karin Alm (1850–1921), Rector from 1880 to 1915;"
        " her pupil Olof Berg (1879–1950), Rector 1915–1944, enlarged the herbarium."
    )
    assert found == {"Rector | Karin Alm", "Rector | Olof Berg"}
    found = posts("The chemist Maria Lind, Director from 1931 until her retirement, moved the labs.")
    assert found == {"Director | Maria Lind"}


def test_elected_as_and_served_as() -> None:
    found = posts(
        "At the first meeting the astronomer Paul Morel (1790–1861) was elected President,"
        " with Louis Garnier (1801–1870) as Permanent Secretary."
    )
    assert found == {"President | Paul Morel", "Permanent Secretary | Louis Garnier"}
    found = posts(
        "The engineer Sir Henry Vale (1801–1877), the moving spirit of the venture, served as Chairman until 1850."
    )
    assert found == {"Chairman | Henry Vale"}
    found = posts(
        "The first curator, and its real creator, was Ito Kenji (1840–1901), who held the post of Director from 1882."
    )
    assert found == {"Director | Ito Kenji"}


def test_office_held_in_turn_after_the_post_is_named() -> None:
    found = posts(
        "Authority rested with a Director, who also chaired the board.",
        "The office was held successively by Anna Berg (1901–1910), Carl Holm (1910–1925), the physicist and"
        " later senator Erik Dahl (1925–1930) and finally Jon Ek (1930–1941).",
    )
    assert {"Director | Anna Berg", "Director | Carl Holm", "Director | Jon Ek"} <= found
    assert not any("Dahl" in p and "Erik Dahl" not in p for p in found)


def test_narrative_posts_refused_without_a_provable_holder() -> None:
    # another body's office, a description instead of a name, a bare comma with no term
    assert posts("The museum hired Jane Roe, Director of the City Archive, as an adviser.") == set()
    assert posts("The founder served as Director from 1872 until his death.") == set()
    assert posts("Guests included Paul Morel, President, and his wife.") == set()
    # "the office" with no post named before it
    assert posts("The office was held in turn by Anna Berg (1901–1910) and Carl Holm (1910–1925).") == set()


# --- units listed in prose ---------------------------------------------------------------


def test_units_after_among_them_with_initials() -> None:
    found = units(
        "The school is organised in chairs, among them the J. K. Rowe Department of Anatomy"
        " and the M. N. Ode Department of Pharmacy."
    )
    assert found == ["J. K. Rowe Department of Anatomy", "M. N. Ode Department of Pharmacy"]


def test_units_divided_between_with_clauses_after_each() -> None:
    found = units(
        "At first the work was divided between the Optical Bureau (Section A), meant for pure research,"
        " and the Testing Bureau (Section B), which did the routine work; the latter grew quickly."
    )
    assert found == ["Optical Bureau", "Testing Bureau"]
    found = units(
        "The staff were divided between the Seismology Service and the Magnetism Service, while the library"
        " is run by the Records Office."
    )
    assert found == ["Seismology Service", "Magnetism Service"]


def test_counted_list_with_a_note_after_the_last_item() -> None:
    found = units("The charter split the fellows into three classes: Lettres, Sciences, and Arts, of ten fellows each.")
    assert found == ["Lettres", "Sciences", "Arts"]
    # Negative: the count disagrees once the note goes: nothing is read.
    assert units("The charter made four classes: Lettres, Sciences, and Arts, with ten fellows each.") == []


def test_directed_by_gives_director_posts() -> None:
    found = posts("The laboratory was directed from 1901 by Karl Wendt and after his death by his daughter Ilse Wendt.")
    assert found == {"Director | Karl Wendt", "Director | Ilse Wendt"}
    assert posts("For twenty years it was directed by the geologist Emma Sund (1870–1941).") == {"Director | Emma Sund"}
    # Negative: no person after "by"
    assert posts("The survey was directed by students of the college.") == set()
    assert posts("The programme was directed since 1990 by the Ministry of Health.") == set()


def test_was_director_with_lifespan() -> None:
    found = posts("The chemist Anna Berg (1850–1920) was Director from 1890 to 1915.")
    assert found == {"Director | Anna Berg"}


def test_first_holder_between_commas_and_follower() -> None:
    found = posts("Its first rector, Hermann Brandt (1821–1894), was succeeded by the chemist Otto Lenz (1850–1920).")
    assert found == {"rector | Hermann Brandt", "rector | Otto Lenz"}
    assert posts("The founding director of the museum, Karl Wendt (1840–1901), retired in 1890.") == {
        "director | Karl Wendt"
    }
    # Negative: another body's office; a body, not a person, between the commas
    assert posts("The first director of the Royal Mint, Karl Wendt, retired in 1890.") == set()
    assert posts("Its first president, the Ministry of Trade, was followed by Otto Lenz.") == set()


def test_class_list_as_a_clause_subject_reads_up_to_each_head() -> None:
    _, categories = partners(
        "Income came from a levy, whereby ministries, hospitals and private foundations bought a seat each year."
    )
    assert categories == {"ministries", "hospitals", "private foundations"}
    _, categories = partners("Under the scheme, charities and learned societies paid a fee for each student.")
    assert categories == {"charities", "learned societies"}
    # Negative: a capitalised word before the head is a name's part, no class noun phrase
    _, categories = partners("Under the scheme, Acme Corp universities paid a fee for each student.")
    assert categories == set()
