"""History-aware linking of the States a release names, and of issuers and fields of work."""

from __future__ import annotations

import datetime as _dt

import pytest

import osce_model
from osce_model.press.linking import Linker, linker_for

ORG = osce_model.load()
D = _dt.date


@pytest.fixture(scope="module")
def linker() -> Linker:
    return linker_for(ORG)


# text, the release's date, the ids of the States named, in order
# fmt: off
HISTORY: list[tuple[str, _dt.date | None, list[str]]] = [
    ("Talks with the Federal Republic of Yugoslavia.", D(2002, 3, 1), ["serbia-and-montenegro"]),
    ("The FRY delegation arrived.", D(2001, 5, 2), ["serbia-and-montenegro"]),
    ("Elections in Serbia and Montenegro.", D(2005, 4, 1), ["serbia-and-montenegro"]),
    ("Elections in Serbia and in Montenegro.", D(2007, 4, 1), ["serbia", "montenegro"]),
    ("The Soviet Union signed.", D(1990, 11, 21), ["ussr"]),
    ("Czechoslovakia hosted the meeting.", D(1991, 6, 19), ["czechoslovakia"]),
    ("The GDR and the Federal Republic of Germany.", D(1990, 6, 1),
     ["german-democratic-republic", "germany"]),
    ("Yugoslavia sent a delegation.", D(1991, 6, 19), ["yugoslavia"]),
    ("Yugoslavia sent a delegation.", D(1999, 6, 19), ["serbia-and-montenegro"]),
    ("The International Criminal Tribunal for the former Yugoslavia ruled.", D(2002, 1, 1), []),
    ("Refugees from the former Yugoslavia.", D(1996, 1, 1), []),
    ("Countries of the former Soviet Union.", D(2004, 1, 1), []),
    ("The OSCE Mission to Croatia reported.", D(1999, 1, 1), ["croatia"]),
    ("The Czech Republic joined.", D(1993, 1, 1), ["czechia"]),
    ("Turkey hosted the Summit.", D(1999, 11, 18), ["turkiye"]),
    (
        "Observers went to Kazakstan and to fYROM.",
        D(1999, 1, 10),
        ["kazakhstan", "north-macedonia"],
    ),
    ("Delegates from FYROM and Byelorussia.", D(1993, 1, 10), ["north-macedonia", "belarus"]),
    # Regions that share a State's old name are not the State; the longer names still are.
    ("Floods in Central Macedonia and in Moldavia.", D(2005, 5, 1), []),
    ("The Republic of Macedonia hosted it.", D(2005, 5, 1), ["north-macedonia"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "day", "expected"), HISTORY, ids=[h[0] for h in HISTORY])
def test_names_resolve_as_of_the_date(
    linker: Linker, text: str, day: _dt.date | None, expected: list[str]
) -> None:
    """A name links to the State that carried it on the release's date; names inside other
    names (a tribunal, a region that was a State) are not mentions."""
    assert [s.id for s in linker.mentions(text, day)] == expected


def test_a_mention_keeps_its_place_and_words(linker: Linker) -> None:
    """A mention holds where it was found, the words matched and their span."""
    text = "On Monday the FRY and Hungary met."
    found = linker.find_mentions(text, "body", D(2002, 1, 1))
    assert [(m.state.id, m.text) for m in found] == [
        ("serbia-and-montenegro", "FRY"),
        ("hungary", "Hungary"),
    ]
    assert all(text[m.start : m.end] == m.text and m.where == "body" for m in found)


def test_a_mention_must_be_written_as_a_name(linker: Linker) -> None:
    """Lower-case words ("turkey", "fry") and adjectives are no mentions."""
    assert linker.mentions("We fry a turkey with Polish spices.", D(2002, 1, 1)) == ()


def test_the_chair_is_linked_by_what_the_page_says(linker: Linker) -> None:
    """A named State or year picks the Chairpersonship; an "incoming" Chair in December is
    the next year's; otherwise the release's year gives it."""
    assert linker.issuers(["OSCE Chairmanship"], 2013) == (ORG.chairpersonships[2013],)
    incoming = linker.issuers(["OSCE Chairmanship"], 2013, incoming=True)
    assert incoming == (ORG.chairpersonships[2014],)
    named = linker.issuers(["Chairmanship Switzerland"], 2013)
    assert named == (ORG.chairpersonships[2014],)
    assert linker.issuers(["OSCE Chairpersonship 2019"], 2018) == (ORG.chairpersonships[2019],)


def test_decision_making_bodies_are_issuers(linker: Linker) -> None:
    """The Permanent Council and the Forum for Security Co-operation link as issuers."""
    found = linker.issuers(["Permanent Council, Forum for Security Co-operation"], 2004)
    assert [i.id for i in found if not isinstance(i, str)] == [
        "permanent-council",
        "forum-for-security-co-operation",
    ]


def test_partner_groups_and_representatives_are_issuers(linker: Linker) -> None:
    """A source line naming a Partner group and a Representative's post links both."""
    found = linker.issuers(
        [
            "Asian Partners for Co-operation; Personal Representative of the Chairman-in-Office"
            " on Combating Anti-Semitism"
        ],
        2012,
    )
    assert [i.id for i in found if not isinstance(i, str)] == [
        "asian-partners",
        "combating-anti-semitism",
    ]


def test_unlinked_terms_are_returned(linker: Linker) -> None:
    """Fields of work that name no record come back as text, each once."""
    fields, unlinked = linker.fields_and_unlinked(
        ["Policing, Water diplomacy", "Water diplomacy; Youth", "Media laws", "Space law"]
    )
    assert [f.id for f in fields] == ["policing", "youth", "media-laws"]
    assert unlinked == ("Water diplomacy", "Space law")


def test_a_very_long_alias_is_never_matched() -> None:
    """A name of more words than any State's (a user's data) is not matched, so that matching
    stays linear in the text; the State's other names still are."""
    state = ORG.participating_states["austria"]
    alias = " ".join(["Alpine"] * 1001)
    linker = Linker(ORG)
    linker._add(alias, ((None, state),), strong=True)
    assert "alpine" not in linker._trie
    assert linker.mentions(f"{alias} and Austria.") == (state,)


def test_releases_are_found_by_the_former_state_they_mention() -> None:
    """filter(mentions=...) takes a former participating State, as a record or an id."""
    org = osce_model.load()
    page = "Press release\nA title of ours\nBELGRADE, 3 May 2002 – Observers met in the FRY."
    release = osce_model.parse_press_release(page, org=org)
    corpus = org.with_press_releases([release]).press_releases
    fry = org.former_participating_states["serbia-and-montenegro"]
    assert corpus.filter(mentions=fry) == (release,)
    assert corpus.filter(mentions="serbia-and-montenegro") == (release,)
    assert isinstance(release.mentions[0], osce_model.Mention)
