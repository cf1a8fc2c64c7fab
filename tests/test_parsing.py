"""Parsing osce.org pages: every layout, datelines, links, no false links, and robustness."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import osce_model
from osce_model import Organization, ParseError, PressRelease
from osce_model.press.parsing import (
    parse_press_listing,
    parse_press_release,
    parse_press_release_html,
)

FIXTURES = Path(__file__).parent / "fixtures"
PRESS = FIXTURES / "press"
SEED_URL = "https://www.osce.org/secretariat/244846"


def read(name: str) -> str:
    path = FIXTURES / name if name.startswith("seed") else PRESS / name
    return path.read_text(encoding="utf-8")


def parse_fixture(name: str, **kwargs: Any) -> PressRelease:
    if name.endswith(".html"):
        return parse_press_release_html(read(name), **kwargs)
    return parse_press_release(read(name), **kwargs)


def ids(records: tuple[Any, ...]) -> list[str]:
    """Record ids, and unrecognised issuers as their text."""
    return [r if isinstance(r, str) else r.id for r in records]


def summary(release: PressRelease) -> dict[str, Any]:
    return {
        "title": release.title,
        "content_type": release.content_type,
        "date": release.date,
        "place": release.place,
        "dateline_city": release.dateline_city,
        "issuers": ids(release.issuers),
        "fields": ids(release.fields_of_work),
        "states": ids(release.mentioned_states),
    }


# -- layouts -----------------------------------------------------------------------------------

# fmt: off
LAYOUTS: list[tuple[str, dict[str, Any]]] = [
    ("seed-press-release.txt", {
        "title": "Head of OSCE Strategic Police Matters Unit addresses UN Chiefs of Police "
                 "Summit in New York",
        "content_type": "Press release", "date": _dt.date(2016, 6, 3), "place": "New York",
        "dateline_city": "New York", "issuers": ["secretariat"], "fields": ["policing"],
        "states": ["croatia"]}),
    ("current-site-statement.txt", {
        "title": "OSCE Chair and Secretary General deplore attack on humanitarian convoy",
        "content_type": "Statement", "date": _dt.date(2019, 3, 14),
        "place": "Bratislava, Vienna", "dateline_city": "Bratislava/Vienna",
        "issuers": ["2019", "secretary-general"],
        "fields": ["conflict-prevention-and-resolution", "countering-terrorism"],
        "states": ["ukraine", "united-kingdom", "turkiye", "north-macedonia"]}),
    ("current-site.html", {
        "title": "OSCE trains border guards on detecting forged documents",
        "content_type": "Press release", "date": _dt.date(2024, 4, 8), "place": "Dushanbe",
        "dateline_city": "Dushanbe", "issuers": ["programme-office-in-dushanbe"],
        "fields": ["border-management"], "states": ["tajikistan", "latvia"]}),
    ("odihr-publication.txt", {
        "title": "A handbook for observers of online election campaigns",
        "content_type": "Publication", "date": _dt.date(2023, 10, 2), "place": None,
        "dateline_city": None, "issuers": [],
        "fields": ["democratization", "human-rights", "cyber-ict-security"],
        "states": ["georgia", "kyrgyzstan"]}),
    ("unbulleted-news.txt", {
        "title": "Young people in Osh practise mediating local disputes",
        "content_type": "News", "date": _dt.date(2022, 11, 21), "place": "Osh, Kyrgyzstan",
        "dateline_city": None, "issuers": ["programme-office-in-bishkek"],
        "fields": ["youth", "education", "conflict-prevention-and-resolution"],
        "states": ["kyrgyzstan", "tajikistan"]}),
    ("old-site-2001.txt", {
        "title": "Police cadets from several communities start third training course in "
                 "southern Serbia",
        "content_type": "", "date": _dt.date(2001, 8, 6), "place": "Belgrade",
        "dateline_city": "Belgrade", "issuers": [], "fields": [],
        "states": ["serbia", "serbia-and-montenegro"]}),
    ("title-body.txt", {
        "title": "OSCE Chairperson welcomes water-sharing agreement in Central Asia",
        "content_type": "", "date": None, "place": None, "dateline_city": "Vienna",
        "issuers": [], "fields": [], "states": ["kazakhstan", "uzbekistan"]}),
    ("field-office-sr.txt", {
        "title": "Misija OEBS podržala obuku mladih novinara u Nišu",
        "content_type": "Saopštenje za medije", "date": _dt.date(2025, 11, 26), "place": None,
        "dateline_city": "Niš", "issuers": ["Misija OEBS u Srbiji"], "fields": [],
        "states": []}),
    ("field-office-2025-bs.txt", {
        "title": "Misija OSCE-a pozdravlja novi zakon o slobodnom pristupu informacijama",
        "content_type": "News Item", "date": _dt.date(2025, 12, 3), "place": None,
        "dateline_city": "Sarajevo", "issuers": ["mission-to-bosnia-and-herzegovina"],
        "fields": [], "states": []}),
    ("section-page.txt", {
        "title": "Young engineers from Tajikistan build a flood warning prototype",
        "content_type": "News", "date": _dt.date(2023, 5, 19), "place": None,
        "dateline_city": "Dushanbe", "issuers": [], "fields": [], "states": ["tajikistan"]}),
    ("event-page.txt", {
        "title": "Tenth Meeting of the OSCE Ministerial Council, Porto, Portugal",
        "content_type": "Ministerial council", "date": _dt.date(2002, 12, 6), "place": "Porto",
        "dateline_city": "Porto", "issuers": ["2002"], "fields": [], "states": ["portugal"]}),
    ("old-site-2002-fry.txt", {
        "title": "OSCE Mission welcomes new law on national minorities in the Federal Republic "
                 "of Yugoslavia",
        "content_type": "", "date": _dt.date(2002, 2, 27), "place": "Belgrade",
        "dateline_city": "Belgrade", "issuers": [], "fields": [],
        "states": ["serbia-and-montenegro", "hungary"]}),
    ("incoming-chair.txt", {
        "title": "Incoming Chair sets out priorities for the year ahead",
        "content_type": "Press release", "date": _dt.date(2013, 12, 30), "place": None,
        "dateline_city": "Bern", "issuers": ["2014"],
        "fields": ["conflict-prevention-and-resolution", "safety-of-journalists"],
        "states": ["switzerland"]}),
    ("dateline-no-date.txt", {
        "title": "OSCE Secretary General meets students in Vienna",
        "content_type": "Press release", "date": _dt.date(2017, 3, 14), "place": None,
        "dateline_city": "Vienna", "issuers": ["secretary-general"], "fields": [],
        "states": ["austria", "slovenia"]}),
]
# fmt: on


@pytest.mark.parametrize(("name", "expected"), LAYOUTS, ids=[name for name, _ in LAYOUTS])
def test_layouts(name: str, expected: dict[str, Any], org: Organization) -> None:
    """Each layout gives its title, type, date, place, dateline, issuers, fields and States."""
    assert summary(parse_fixture(name, org=org)) == expected


def test_seed_equals_the_bundled_record_but_for_the_body() -> None:
    """The seed page parses to the bundled record; only the bundled body is a summary."""
    bundled = osce_model.load().press_releases["secretariat-244846"]
    parsed = parse_press_release(read("seed-press-release.txt"), url=SEED_URL)
    assert attrs.evolve(parsed, body=bundled.body, mentions=()) == bundled
    assert parsed.body.startswith("NEW YORK, 3 June 2016 – The OSCE is a platform")
    assert parsed.body.endswith("such as transnational threats.")
    assert parsed.body.count("\n") == 4  # five paragraphs


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        ("seed-press-release.txt", ["Participating States", "Albania", "Our work", "About us"]),
        (
            "current-site-statement.txt",
            ["Maria Novak", "Contacts", "Wallnerstrasse", "©", "Fields of work", "Statement"],
        ),
        ("current-site.html", ["Firuz Karimov", "Austria", "tracking", "Border guards at a desk"]),
        ("odihr-publication.txt", ["About ODIHR", "Publisher", "Download"]),
        ("unbulleted-news.txt", ["Share", "Related stories", "summer school", "Location"]),
        ("old-site-2001.txt", ["Newsroom", "Ivana Markovic", "Print"]),
        ("field-office-sr.txt", ["Početna", "Issued on", "Kontakt"]),
    ],
)
def test_body_leaves_out_navigation_captions_and_footers(name: str, absent: list[str]) -> None:
    """The body holds the article only: no menu, labels, captions, images or footer."""
    body = parse_fixture(name).body
    assert body
    for text in absent:
        assert text not in body


def test_old_site_body_starts_at_the_dateline() -> None:
    """On the old site the photo caption between header and dateline is dropped."""
    body = parse_fixture("old-site-2001.txt").body
    assert body.startswith("BELGRADE, 6 August 2001 (OSCE) -- A third group")


def test_menu_states_are_not_mentions() -> None:
    """Every State is named in the menu, but only the one in the body is mentioned."""
    release = parse_fixture("seed-press-release.txt")
    assert ids(release.mentioned_states) == ["croatia"]


def test_html_reads_like_its_text() -> None:
    """The HTML page gives what its saved text would; figure captions and scripts are gone."""
    release = parse_fixture("current-site.html")
    assert release.body.startswith("DUSHANBE, 8 April 2024 – Twenty border officers")
    assert release.body.count("\n") == 1


def test_parsed_releases_join_the_organisation() -> None:
    """Parsed releases link to the organisation's records, so its filters find them."""
    org = osce_model.load()
    parsed = [parse_fixture(name, org=org) for name, _ in LAYOUTS]
    bigger = org.with_press_releases(parsed[1:])  # the seed is bundled already
    assert len(bigger.press_releases) == len(org.press_releases) + len(parsed) - 1
    found = bigger.press_releases.filter(mentions="united-kingdom")
    assert [r.title for r in found] == [parsed[1].title]
    chair_2019 = org.chairpersonships[2019]
    assert bigger.press_releases.filter(issuer=chair_2019) == (parsed[1],)
    serbian = next(r for r in parsed if r.title.startswith("Misija OEBS"))
    assert bigger.press_releases.filter(issuer="Misija OEBS u Srbiji") == (serbian,)
    fry = bigger.press_releases.filter(mentions="serbia-and-montenegro")
    assert [r.date for r in fry] == [_dt.date(2001, 8, 6), _dt.date(2002, 2, 27)]

    assert len(bigger.press_releases.filter(field_of_work="youth")) == 1


# -- the listing -------------------------------------------------------------------------------


def test_listing_items() -> None:
    """Each listing item has its date, type, issuers, fields and teaser; the pager is dropped."""
    items = parse_press_listing(read("listing.txt"))
    assert [(r.date, r.content_type) for r in items] == [
        (_dt.date(2021, 5, 12), "Press release"),
        (_dt.date(2021, 5, 11), "News"),
        (_dt.date(2021, 5, 10), ""),
        (_dt.date(2021, 5, 7), "News"),
    ]
    assert [ids(r.issuers) for r in items] == [
        ["mission-to-moldova"],
        ["2021", "secretary-general"],
        [],
        [
            "office-of-the-co-ordinator-of-osce-economic-and-environmental-activities",
            "transnational-threats-department",
        ],
    ]
    # "Safety of journalists" is an older osce.org term: linked, its record not current.
    assert ids(items[3].fields_of_work) == ["policing", "good-governance", "safety-of-journalists"]
    assert items[0].dateline_city == "Chisinau"
    assert ids(items[0].mentioned_states) == ["moldova", "ukraine"]
    assert items[3].body == (
        "Experts met in Podgorica to compare how seized assets are managed and put to social use."
    )
    assert items[1].id == "2021-05-11-chairmanship-and-secretary-general-meet-students-in-stockholm"


def test_a_listing_is_not_a_page() -> None:
    """The page parser refuses a listing and says which function reads it."""
    with pytest.raises(ParseError, match=r"listing of 4 items.*parse_press_listing"):
        parse_press_release(read("listing.txt"))


def test_a_page_is_not_a_listing() -> None:
    """The listing parser refuses a page without "Publishing date:" lines."""
    with pytest.raises(ParseError, match="not a newsroom listing"):
        parse_press_listing(read("seed-press-release.txt"))


# -- datelines ---------------------------------------------------------------------------------

D = _dt.date
# first line of the body, the dateline's city, the release's date
# fmt: off
DATELINES: list[tuple[str, str | None, _dt.date | None]] = [
    ("NEW YORK, 3 June 2016 – The OSCE met.", "New York", D(2016, 6, 3)),
    ("12 June 2025, Sarajevo – The OSCE met.", "Sarajevo", D(2025, 6, 12)),
    ("VIENNA- The OSCE met.", "Vienna", None),
    ("STRASBOURG, VIENNA, WARSAW, 21 March 2011 – The OSCE met.", "Strasbourg, Vienna, Warsaw",
     D(2011, 3, 21)),
    ("BELGRADE, 25 April 2015- The OSCE met.", "Belgrade", D(2015, 4, 25)),
    ("BELGRADE, 25 April 2015 - The OSCE met.", "Belgrade", D(2015, 4, 25)),
    ("PRISTINA, 9 August 2001 (OSCE)-- The OSCE met.", "Pristina", D(2001, 8, 9)),
    ("SARAJEVO, 9 August 2001 (OSCE) - The OSCE met.", "Sarajevo", D(2001, 8, 9)),
    ("YEREVAN, 28 September 2015 — The OSCE met.", "Yerevan", D(2015, 9, 28)),
    ("VIENNA/WARSAW, 18 July 2022 – The OSCE met.", "Vienna/Warsaw", D(2022, 7, 18)),
    ("VIENNA / BERLIN, 13 June 2016 – The OSCE met.", "Vienna/Berlin", D(2016, 6, 13)),
    ("Brussels/Geneva, 18 April 2020- We met.", "Brussels/Geneva", D(2020, 4, 18)),
    ("TIRANA / GENEVA – 6 October 2020. The OSCE met.", "Tirana/Geneva", D(2020, 10, 6)),
    ("WASHINGTON, D.C., 5 May 2010 – The OSCE met.", "Washington, D.C.", D(2010, 5, 5)),
    ("OSH, Kyrgyzstan, 14 March 2006- The OSCE met.", "Osh, Kyrgyzstan", D(2006, 3, 14)),
    ("NEW YORK CITY, 28 September 2015 A paper was adopted.", "New York City", D(2015, 9, 28)),
    ("ST. PETERSBURG, 4 July 2011 – The OSCE met.", "St. Petersburg", D(2011, 7, 4)),
    ("NUR-SULTAN, 1 March 2019 -- The OSCE met.", "Nur-Sultan", D(2019, 3, 1)),
    ("WASHINGTON, June 3, 2016 - The OSCE met.", "Washington", D(2016, 6, 3)),
    ("KYIV, 2016-06-03 – The OSCE met.", "Kyiv", D(2016, 6, 3)),
    ("PODGORICA, 26. novembar 2025. – Misija OEBS.", "Podgorica", D(2025, 11, 26)),
    ("МОСКВА, 3 июня 2016 – ОБСЕ.", "Москва", D(2016, 6, 3)),
    ("VIENNA, 5 May – The OSCE met.", "Vienna", None),  # no year: never guessed
    ("VIENNA – The OSCE met today.", "Vienna", None),  # no date at all
    ("VIENNA, 31 February 2011 – The OSCE met.", "Vienna", None),  # no such day
    ("Vienna, 3 June 2016 was a warm day for the OSCE.", None, None),  # a sentence
    ("On 5 May 2010, the OSCE met in Vienna.", None, None),
    ("The OSCE met in Vienna - and agreed.", None, None),
]
# fmt: on


@pytest.mark.parametrize(("line", "city", "date"), DATELINES, ids=[d[0][:30] for d in DATELINES])
def test_datelines(line: str, city: str | None, date: _dt.date | None) -> None:
    """The dateline gives the city and, when it has a valid full date, the date."""
    release = parse_press_release(f"An OSCE headline\n{line}\nA second paragraph.")
    assert (release.dateline_city, release.date) == (city, date)
    assert release.body.startswith(line)


def test_a_labelled_year_completes_the_dateline() -> None:
    """A dateline without a year takes it from a labelled date, never from elsewhere."""
    text = "Press release\nAn OSCE headline\n- Date:\n- 2016\nVIENNA, 5 May – The OSCE met."
    assert parse_press_release(text).date == _dt.date(2016, 5, 5)


def test_a_labelled_date_wins() -> None:
    """The labelled date is preferred to the dateline's."""
    text = "News\nAn OSCE headline\nDate: 7 May 2016\nVIENNA, 5 May 2016 – The OSCE met."
    assert parse_press_release(text).date == _dt.date(2016, 5, 7)


# -- links -------------------------------------------------------------------------------------

# fmt: off
MENTIONS: list[tuple[str, list[str]]] = [
    ("Talks in Northern Ireland.", ["united-kingdom"]),
    ("Talks in Ireland and Northern Ireland.", ["ireland", "united-kingdom"]),
    ("From New England and New South Wales.", []),
    ("From Scotland.", ["united-kingdom"]),
    ("Polish, Slovak and Georgian experts.", []),
    ("Experts from Poland.", ["poland"]),
    ("A visit to Turkey.", ["turkiye"]),
    ("A turkey for dinner.", []),
    ("The US and the UK agreed.", ["united-states-of-america", "united-kingdom"]),
    ("Let us agree.", []),
    ("The U.S. delegation.", ["united-states-of-america"]),
    ("The Czech Republic and Slovakia.", ["czechia", "slovakia"]),
    ("The former Yugoslav Republic of Macedonia.", ["north-macedonia"]),
    ("The Federal Republic of Yugoslavia.", ["serbia-and-montenegro"]),
    ("The Soviet Union.", ["ussr"]),
    ("Czechoslovakia split peacefully.", ["czechoslovakia"]),
    ("Serbia and Montenegro.", ["serbia-and-montenegro"]),
    ("Bosnia and Herzegovina, then Bosnia again.", ["bosnia-and-herzegovina"]),
    ("The Republic of Moldova.", ["moldova"]),
    ("The United States of America.", ["united-states-of-america"]),
    ("Ukraine’s capital.", ["ukraine"]),
    ("Serbia & Montenegro.", ["serbia-and-montenegro"]),
    ("The former Yugoslavia and the former Soviet Union.", []),
    ("The International Criminal Tribunal for the former Yugoslavia.", []),
    ("The OSCE Mission to Croatia.", ["croatia"]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), MENTIONS, ids=[m[0] for m in MENTIONS])
def test_mentions(sentence: str, expected: list[str]) -> None:
    """Names, former names and parts of States are mentions; adjectives and homonyms are not."""
    release = parse_press_release(f"An OSCE headline\n{sentence}")
    assert ids(release.mentioned_states) == expected


def labelled(source: str = "", fields: str = "", date: str = "1 June 2025") -> str:
    return (
        "Press release\nAn OSCE headline\n"
        f"- Date:\n- {date}\n- Source:\n- {source}\n- Fields of work:\n- {fields}\n"
        "VIENNA, 1 June 2025 – The OSCE met."
    )


# fmt: off
ISSUERS: list[tuple[str, list[str]]] = [
    ("OSCE Secretariat", ["secretariat"]),
    ("ODIHR", ["odihr"]),
    ("OSCE Office in Yerevan (closed)", ["office-in-yerevan"]),
    ("OSCE Chairpersonship", ["2025"]),
    ("OSCE Chairmanship", ["2025"]),
    ("OSCE Chairpersonship 2016", ["2016"]),
    ("OSCE Chairpersonship 2025 (Finland)", ["2025"]),
    ("Finland – OSCE Chairpersonship 2025", ["2025"]),
    ("Malta – OSCE Chairpersonship 2025", ["Malta – OSCE Chairpersonship 2025"]),
    ("OSCE Chairmanship, OSCE Secretary General", ["2025", "secretary-general"]),
    ("Missions of Long Duration in Kosovo, Sandjak and Vojvodina",
     ["missions-of-long-duration-in-kosovo-sandjak-and-vojvodina"]),
    ("Ministry of Interior, Republic of Nowhere", ["Ministry of Interior, Republic of Nowhere"]),
    ("ODIHR, Ministry of Interior", ["odihr", "Ministry of Interior"]),
    ("Special Representative of the Chairperson-in-Office",
     ["Special Representative of the Chairperson-in-Office"]),
]
# fmt: on


@pytest.mark.parametrize(("source", "expected"), ISSUERS, ids=[i[0] for i in ISSUERS])
def test_issuers(source: str, expected: list[str]) -> None:
    """Issuers resolve to records, the Chairpersonship by year; the rest is kept as text."""
    assert ids(parse_press_release(labelled(source=source)).issuers) == expected


def test_an_issuer_without_a_year_stays_text() -> None:
    """With no date anywhere, "OSCE Chairpersonship" cannot name a year's record."""
    text = "Press release\nAn OSCE headline\n- Source:\n- OSCE Chairpersonship\nThe OSCE met."
    assert parse_press_release(text).issuers == ("OSCE Chairpersonship",)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("Democratization, Human rights", ["democratization", "human-rights"]),
        ("Cyber/ICT Security", ["cyber-ict-security"]),
        ("Policing; Safety of journalists", ["policing", "safety-of-journalists"]),
        ("Policing; Water diplomacy", ["policing"]),
        ("Security sector reform", ["reform-and-co-operation-in-the-security-sector"]),
    ],
)
def test_fields_of_work(fields: str, expected: list[str]) -> None:
    """Fields split on commas and resolve by name or alias; unknown ones are not linked."""
    assert ids(parse_press_release(labelled(fields=fields)).fields_of_work) == expected


@pytest.mark.parametrize(
    ("url", "title", "expected"),
    [
        (SEED_URL, "A", "secretariat-244846"),
        (
            "https://www.osce.org/sr/mission-to-serbia/601234?x=1#top",
            "A",
            "sr-mission-to-serbia-601234",
        ),
        (
            None,
            "OSCE: a headline, with punctuation!",
            "2025-06-01-osce-a-headline-with-punctuation",
        ),
        (None, "ОБСЕ поддерживает молодёжь", "2025-06-01-обсе-поддерживает-молодежь"),
    ],
)
def test_ids(url: str | None, title: str, expected: str) -> None:
    """The id is the url's path as a slug, else the date and the title's slug."""
    text = f"Press release\n{title}\n- Date:\n- 1 June 2025\nVIENNA – The OSCE met."
    assert parse_press_release(text, url=url).id == expected


def test_an_undated_id() -> None:
    """Without url or date, the id says "undated"."""
    release = parse_fixture("title-body.txt")
    assert release.id == "undated-osce-chairperson-welcomes-water-sharing-agreement-in-central-asia"


# -- what is not a page ------------------------------------------------------------------------

# fmt: off
NOT_PAGES: list[tuple[object, str]] = [
    (b"OSCE headline\nThe OSCE met.", r"expected the page's text as a str, got bytes"),
    ("", r"the text is empty"),
    (" \n\t\n", r"the text is empty"),
    ("Only a title about the OSCE", r"no body"),
    ("A recipe\nMix the flour and the eggs.", r"no label block.*not an osce\.org press release"),
    ("- Home\n- News\n- About", r"only navigation"),
    ("x" * 5000 + "\nThe OSCE met.", r"title would be a line of 5000 characters"),
    ("Press release\n- Date:\n- 3 June 2016\nThe OSCE met.", r"no title: only the content type"),
    ("- Date:\n- 3 June 2016\nThe OSCE met.", r"no title before the label block"),
]
# fmt: on


@pytest.mark.parametrize(("text", "message"), NOT_PAGES, ids=[m for _, m in NOT_PAGES])
def test_not_a_page(text: object, message: str) -> None:
    """A text that is not a press release page raises ParseError saying why."""
    with pytest.raises(ParseError, match=message):
        parse_press_release(text)  # type: ignore[arg-type]


def test_bad_arguments_are_parse_errors() -> None:
    """A url or org of the wrong type is reported as a ParseError too."""
    with pytest.raises(ParseError, match="url as a str, got int"):
        parse_press_release(read("title-body.txt"), url=12)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="expected an Organization, got str"):
        parse_press_release(read("title-body.txt"), org="osce")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="HTML as a str, got NoneType"):
        parse_press_release_html(None)  # type: ignore[arg-type]


def test_unexpected_failures_become_parse_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a failure inside the parser leaves it as a ParseError, chained to the cause."""
    from osce_model.press import parsing

    def broken(text: str) -> list[Any]:
        raise RuntimeError("boom")

    monkeypatch.setattr(parsing, "_split_lines", broken)
    with pytest.raises(ParseError, match="RuntimeError: boom") as caught:
        parse_press_release(read("title-body.txt"))
    assert isinstance(caught.value.__cause__, RuntimeError)


# -- robustness --------------------------------------------------------------------------------

FUZZED = [name for name, _ in LAYOUTS if not name.endswith(".html")]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A fixture with lines deleted, duplicated, swapped, shuffled or garbled."""
    lines = read(draw(st.sampled_from(FUZZED))).splitlines()
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "garble", "cut"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "insert":
            lines.insert(at, draw(st.text(max_size=80)))
        elif action == "garble":
            cut = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:cut] + draw(st.text(max_size=20)) + lines[at][cut:]
        else:
            lines = lines[:at]
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    return "\n".join(lines)


def assert_release_or_parse_error(parse: Callable[[], object]) -> None:
    try:
        result = parse()
    except ParseError as exc:
        refused: ParseError | None = exc
    else:
        refused = None
    if refused is not None:
        # A refusal of the parser's own, not a failure inside it wrapped as one.
        assert refused.__cause__ is None, repr(refused.__cause__)
        return
    if isinstance(result, list):
        assert all(isinstance(item, PressRelease) for item in result)
    else:
        assert isinstance(result, PressRelease)


@settings(max_examples=200, deadline=None)
@given(text=mutated())
def test_mutated_pages_parse_or_raise_parse_error(text: str) -> None:
    """A mangled page gives a PressRelease or a ParseError, never another exception."""
    assert_release_or_parse_error(lambda: parse_press_release(text))
    assert_release_or_parse_error(lambda: parse_press_listing(text))


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400))
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    """Arbitrary text, as text or as HTML, gives a PressRelease or a ParseError."""
    assert_release_or_parse_error(lambda: parse_press_release(text))
    assert_release_or_parse_error(lambda: parse_press_release_html(text))


@settings(max_examples=100, deadline=None)
@given(
    cut=st.integers(0, 2000),
    garbage=st.text(alphabet=st.sampled_from("<>/!-=\"' abcdiv&#;"), max_size=60),
)
def test_mangled_html_parses_or_raises_parse_error(cut: int, garbage: str) -> None:
    """HTML cut short or with stray markup gives a PressRelease or a ParseError."""
    html = read("current-site.html")
    cut = min(cut, len(html))
    assert_release_or_parse_error(lambda: parse_press_release_html(html[:cut] + garbage))


# Hostile shapes, at a tenth of a megabyte: here they must parse or be refused, and nothing else;
# how their time grows with their size is measured in bench/bench_parser.py, not asserted here.
MEGABYTE = 100_000
# fmt: off
PATHOLOGICAL: list[tuple[str, Callable[[], str]]] = [
    ("one huge line", lambda: "a" * MEGABYTE),
    ("one huge line of words", lambda: "OSCE " * (MEGABYTE // 5)),
    ("a title and a huge paragraph", lambda: "OSCE title\n" + "Serbia, and " * (MEGABYTE // 12)),
    ("thousands of label lines", lambda: "Date:\n" * (MEGABYTE // 6)),
    ("thousands of bulleted labels", lambda: "Title\n" + "- Source:\n- x\n" * (MEGABYTE // 14)),
    ("a title and repeated datelines", lambda: "An OSCE title\n"
        + "VIENNA, 5 May 2010 – x\n" * (MEGABYTE // 23)),
    ("datelines on one line", lambda: "An OSCE title\n"
        + "VIENNA, 5 May 2010 – " * (MEGABYTE // 21)),
    ("a dateline without an end", lambda: "An OSCE title\nVIENNA" + ", VIENNA" * (MEGABYTE // 8)),
    ("commas in a source", lambda: "T\nSource: " + "OSCE, " * (MEGABYTE // 6) + "\nThe OSCE."),
    ("many listing items", lambda: "Title\nPublishing date: 1 May 2020\nTeaser\n"
        * (MEGABYTE // 40)),
    ("blank lines", lambda: "\n" * MEGABYTE + "An OSCE title\nThe OSCE met."),
    ("brackets and dashes", lambda: "An OSCE title\n" + "((--–—" * (MEGABYTE // 6)),
    ("State names", lambda: "An OSCE title\n" + "United States of " * (MEGABYTE // 17)),
    ("captions", lambda: "An OSCE title\n" + "A (OSCE/Jane Doe)\n" * (MEGABYTE // 18)),
]
PATHOLOGICAL_HTML: list[tuple[str, Callable[[], str]]] = [
    ("nested divs", lambda: "<div>" * (MEGABYTE // 5)),
    ("open comment", lambda: "<!--" + "a" * MEGABYTE),
    ("skipped elements never closed", lambda: "<svg>" * (MEGABYTE // 20)
        + "</figcaption>" * (MEGABYTE // 20)),
    ("list items", lambda: "<h1>OSCE</h1>" + "<li>Date:</li>" * (MEGABYTE // 14)),
    ("unclosed tags", lambda: "<a" * (MEGABYTE // 2)),
    ("unclosed end tags", lambda: "</" * (MEGABYTE // 2)),
    ("unclosed instructions", lambda: "<?" * (MEGABYTE // 2)),
    ("a comment full of brackets", lambda: "<!--" + "<" * MEGABYTE),
    ("quotes across tags", lambda: '<a b=">' * (MEGABYTE // 7)),
]
# fmt: on


@pytest.mark.parametrize(("name", "make"), PATHOLOGICAL, ids=[p[0] for p in PATHOLOGICAL])
def test_pathological_text_finishes(name: str, make: Callable[[], str]) -> None:
    """Hostile text is parsed or refused with a ParseError, never anything else."""
    text = make()
    assert_release_or_parse_error(lambda: parse_press_release(text))
    assert_release_or_parse_error(lambda: parse_press_listing(text))


@pytest.mark.parametrize(("name", "make"), PATHOLOGICAL_HTML, ids=[p[0] for p in PATHOLOGICAL_HTML])
def test_pathological_html_finishes(name: str, make: Callable[[], str]) -> None:
    """Hostile HTML is parsed or refused with a ParseError, never anything else."""
    html = make()
    assert_release_or_parse_error(lambda: parse_press_release_html(html))


def test_too_long_a_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text over MAX_CHARS is refused before any work."""
    from osce_model.press import parsing

    monkeypatch.setattr(parsing, "MAX_CHARS", 100)
    with pytest.raises(ParseError, match="101 characters long, over 100"):
        parse_press_release("x" * 101)


# -- issue 12: history, layouts, nothing dropped ------------------------------------------------


def test_header_date_wins_and_the_dateline_date_is_kept() -> None:
    """When the header line and the dateline disagree, the header gives the date; the
    dateline's own date is kept beside it."""
    release = parse_fixture("old-site-2002-fry.txt")
    assert release.date == _dt.date(2002, 2, 27)
    assert release.dateline_date == _dt.date(2002, 2, 26)


def test_an_agreeing_dateline_keeps_no_second_date() -> None:
    """A dateline whose date is the release's date is not stored twice."""
    assert parse_fixture("seed-press-release.txt").dateline_date is None


def test_mentions_keep_where_and_what_matched() -> None:
    """Each mention says whether the title or the body named the State, and the words."""
    release = parse_fixture("old-site-2002-fry.txt")
    found = [(m.state.id, m.where, m.text) for m in release.mentions]
    assert found == [
        ("serbia-and-montenegro", "title", "Federal Republic of Yugoslavia"),
        ("serbia-and-montenegro", "body", "Federal Republic of Yugoslavia"),
        ("serbia-and-montenegro", "body", "FRY"),
        ("hungary", "body", "Hungary"),
    ]
    for mention in release.mentions:
        source = release.title if mention.where == "title" else release.body
        assert source[mention.start : mention.end] == mention.text


def test_the_contact_block_names_no_state() -> None:
    """Addresses under "For more information" (Serbia, Austria) are not mentions."""
    release = parse_fixture("old-site-2002-fry.txt")
    assert "1010 Vienna, Austria" in release.body
    assert "austria" not in ids(release.mentioned_states)
    assert "serbia" not in ids(release.mentioned_states)


def test_a_title_only_mention_counts() -> None:
    """A listing item whose only State name is in its title mentions that State."""
    text = (
        "Ombudsman office opens in Kyrgyzstan\nPublishing date: 2 March 2016\n"
        "A new office opened today.\nSecond item\nPublishing date: 1 March 2016\nText."
    )
    first = parse_press_listing(text)[0]
    assert ids(first.mentioned_states) == ["kyrgyzstan"]
    assert [m.where for m in first.mentions] == ["title"]


def test_unlinked_fields_are_kept_as_text() -> None:
    """A fields-of-work term that names no record is kept on the release, not dropped; an
    older term osce.org used links to its record, marked not current."""
    release = parse_fixture("incoming-chair.txt")
    assert release.unlinked_fields == ("Water diplomacy",)
    assert [f.current for f in release.fields_of_work] == [True, False]


def test_a_long_where_we_are_line_is_split_and_linked() -> None:
    """A "Where we are:" line of eighteen places gives each place, linked where it can be."""
    item = parse_press_listing(read("where-we-are-many.txt"))[0]
    found = ids(item.issuers)
    assert len(found) == 18
    assert found[:3] == ["secretariat", "programme-office-in-dushanbe", "presence-in-albania"]
    assert "permanent-council" in found
    assert "forum-for-security-co-operation" in found
    # The Partner groups are records of their own, so they link like the other bodies.
    assert "asian-partners" in found
    assert "mediterranean-partners" in found
    assert ids(item.fields_of_work) == ["border-management", "media-laws"]
    assert item.unlinked_fields == ("Water diplomacy",)


def test_top_stories_listing() -> None:
    """The 2014 "top stories" listing gives one release per item, dated by its date line."""
    items = osce_model.parse_press_page(read("top-stories-2014.txt"))
    assert [(r.title, r.date) for r in items] == [
        ("OSCE monitors visit a checkpoint near Mariupol", _dt.date(2014, 9, 2)),
        ("Chairperson-in-Office welcomes ceasefire talks in Minsk", _dt.date(2014, 9, 1)),
    ]
    assert items[0].body.endswith("working as usual.")
    assert ids(items[1].mentioned_states) == ["ukraine", "russian-federation"]
    with pytest.raises(ParseError, match=r"top stories.*parse_press_listing"):
        parse_press_release(read("top-stories-2014.txt"))


def test_a_field_office_lead_paragraph_is_not_the_title() -> None:
    """In the 2025 field-office layout the title follows "News Item"; the lead is body."""
    release = parse_fixture("field-office-2025-bs.txt")
    assert release.title.startswith("Misija OSCE-a pozdravlja")
    assert release.body.startswith("SARAJEVO, 3. decembar 2025.")


@pytest.mark.parametrize(
    ("label", "value", "role"),
    [
        ("Izdavač", "OSCE Mission to Serbia", "issuer"),
        ("Издавач", "OSCE Mission to Skopje", "issuer"),
        ("Botuesi", "OSCE Presence in Albania", "issuer"),
        ("Джерело", "OSCE Project Co-ordinator in Ukraine", "issuer"),
        ("Quelle", "OSCE Secretariat", "issuer"),
        ("Fonte", "OSCE Secretariat", "issuer"),
        ("Fuente", "OSCE Secretariat", "issuer"),
        ("Sursa", "OSCE Mission to Moldova", "issuer"),
        ("Fecha", "3 June 2016", "date"),
        ("Luogo", "Rome", "place"),
        ("Місце", "Kyiv", "place"),
    ],
)
def test_labels_in_working_and_field_languages(label: str, value: str, role: str) -> None:
    """Labels in the OSCE's working languages and its field offices' are read as in English."""
    release = parse_press_release(f"An OSCE headline\n- {label}:\n- {value}\nThe OSCE met.")
    if role == "issuer":
        assert release.issuers
        assert not isinstance(release.issuers[0], str)
    elif role == "date":
        assert release.date == _dt.date(2016, 6, 3)
    else:
        assert release.place == value


def test_many_comma_separated_sources_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source line of many parts tries a bounded number of joins per part (not all runs)."""
    from osce_model.press.linking import Linker

    calls = 0
    original = Linker.issuer

    def counting(self: Linker, text: str, year: int | None, *, incoming: bool = False) -> Any:
        nonlocal calls
        calls += 1
        return original(self, text, year, incoming=incoming)

    monkeypatch.setattr(Linker, "issuer", counting)
    costs = []
    for parts in (100, 200):
        calls = 0
        parse_press_release("Press release\nT\n- Source:\n- " + ", ".join(["x"] * parts) + "\nB")
        costs.append(calls)
    assert costs[1] < 2.2 * costs[0]  # linear: doubling the parts doubles the work (not 4x)


def test_corpus_stats_count_what_is_kept_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`osce-model corpus --stats` counts the issuers and fields of work kept as text."""
    import argparse
    import json

    from osce_model import save_corpus_jsonl
    from osce_model.cli.press import corpus_command

    org = osce_model.load()
    releases = parse_press_listing(read("where-we-are-many.txt"), org=org)
    releases.append(parse_fixture("incoming-chair.txt", org=org))
    releases.append(parse_press_release(labelled(source="Regional Forum of Nowhere"), org=org))
    path = tmp_path / "corpus.jsonl"
    save_corpus_jsonl(releases, path)
    args = argparse.Namespace(path=str(path), stats=True, json=True)
    assert corpus_command(org, args) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["unlinked_fields"] == {"Water diplomacy": 2}
    assert stats["unlinked_issuers"] == {"Regional Forum of Nowhere": 1}
    args.json = False
    assert corpus_command(org, args) == 0
    out = capsys.readouterr().out
    assert "fields of work kept as text: Water diplomacy (2)" in out


def test_a_short_line_under_a_content_type_is_a_breadcrumb_not_the_title() -> None:
    """Only a sentence or a caption between the title and the labels is read as a lead, so a
    breadcrumb ("News", "Some section") above the title does not take its place."""
    release = parse_press_release(
        "Home\nNews\nSome section\nA real title of the page\n- Date:\n- 3 June 2016\n"
        "- Source:\n- OSCE Secretariat\nVIENNA, 3 June 2016 - The OSCE met."
    )
    assert release.title == "A real title of the page"


@pytest.mark.parametrize(
    ("day", "lead", "year"),
    [
        ("30 December 2013", "The Chairperson of Switzerland set out the priorities.", 2014),
        ("30 December 2013", "The Chairperson of Ukraine reviewed the year.", 2013),
        ("3 January 2014", "The outgoing Chairperson thanked the staff.", 2013),
        ("3 January 2014", "Ukraine's minister thanked the staff.", 2013),
        ("3 January 2014", "The Chairperson began the year.", 2014),
        ("5 June 2014", "The incoming Chair of 2015 was named.", 2014),
    ],
)
def test_the_chair_issuer_follows_what_the_page_says(day: str, lead: str, year: int) -> None:
    """Around the turn of the year an unnamed Chairmanship issuer is the Chair that the title and
    lead name or call incoming or outgoing; otherwise the release's year's."""
    page = f"Press release\nA headline\n- Date:\n- {day}\n- Source:\n- OSCE Chairmanship\n{lead}"
    assert ids(parse_press_release(page).issuers) == [str(year)]
