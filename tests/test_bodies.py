"""Bodies that issue releases without being States or offices: the two Partner groups and the
posts of the Chair's Personal and Special Representatives."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest

import osce_model
from osce_model import (
    Organization,
    PartnerGroup,
    Partnership,
    PersonalRepresentative,
    PressRelease,
)
from osce_model.press._fast_release import FastReleaseBuilder
from osce_model.press.linking import linker_for

MUSLIMS = "combating-intolerance-against-muslims"
UKRAINE = "special-representative-in-ukraine"


def test_each_partner_group_is_one_record_tied_to_its_enum(org: Organization) -> None:
    """Each PartnerGroup value has exactly one group record, found by the value or the enum."""
    for value in PartnerGroup:
        (record,) = [g for g in org.partner_groups if g.group is value]
        assert org.partner_groups[value] is record
        assert org.partner_groups[value.value] is record
        assert org.partner_groups.get(value.value.upper()) is record
    assert org.partner_groups["asian"].name == "Asian Partners for Co-operation"
    assert org.partner_groups.get("Arctic") is None
    with pytest.raises(osce_model.NotFoundError, match="Arctic"):
        org.partner_groups["Arctic"]


def test_a_partner_knows_its_group(org: Organization) -> None:
    """``partner_groups.of`` gives the group a current or former Partner belongs to."""
    assert org.partner_groups.of(org.partners["Japan"]) is org.partner_groups["asian-partners"]
    tunisia = org.partners["Tunisia"]
    assert org.partner_groups.of(tunisia) is org.partner_groups["mediterranean-partners"]
    mongolia = org.former_partners["mongolia"]
    assert org.partner_groups.of(mongolia) is org.partner_groups["asian"]


def test_partners_are_members_of_their_group(org: Organization) -> None:
    """Every Partner, current or former, is ``member_of`` its group, with the term it had."""
    for group in org.partner_groups:
        members = org.related(group)["has_member"]
        expected = [p for p in (*org.partners, *org.former_partners) if p.group is group.group]
        assert list(members) == expected
    (mongolia,) = [
        r for r in org.relations() if r.name == "member_of" and r.source.id == "mongolia"
    ]
    # A Partner until 21 November 2012, the day it became a participating State.
    assert mongolia.until == _dt.date(2012, 11, 20)
    assert mongolia.inverse == "has_member"


def test_representatives_are_posts_of_the_chair(org: Organization) -> None:
    """Each post is a Personal or Special Representative of the Chairperson-in-Office, with an
    official source and holders in order of succession."""
    assert len(org.personal_representatives) >= 4
    for post in org.personal_representatives:
        assert post.name.split(" of the ")[0] in {
            "Personal Representative",
            "Special Representative",
        }
        assert "Chairperson-in-Office" in post.name
        assert post.sources
        assert post.heads, post
    assert isinstance(
        org.lookup("Personal Representative on Combating Anti-Semitism"), PersonalRepresentative
    )


@pytest.mark.parametrize(
    ("day", "holders"),
    [
        ("2014-07-01", []),  # named then, but no official source dates the term
        ("2020-06-01", ["Mehmet Paçacı"]),
        ("2021-12-31", ["Mehmet Paçacı"]),  # until the next holder's year begins
        ("2022-06-01", []),  # inside the year his successor took over
        ("2024-01-01", []),  # the successor is not recorded as still in office
    ],
)
def test_holders_on_a_day(org: Organization, day: str, holders: list[str]) -> None:
    """A holder counts only where the recorded years decide it (the rule of heads_on)."""
    post = org.personal_representatives[MUSLIMS]
    assert [h.name for h in post.heads_on(day)] == holders
    assert [p.name for p in org.holders_on(post, day)] == holders


def test_holders_are_people_with_the_title_of_the_post(org: Organization) -> None:
    """A holder is a Person whose post is titled by its kind and held in that post's record."""
    (post,) = org.people["Mehmet Pacaci"].posts
    assert post.title == "Personal Representative"
    assert post.organisation is org.personal_representatives[MUSLIMS]
    (post,) = org.people["Martin Sajdik"].posts
    assert post.title == "Special Representative"
    assert post.since == osce_model.PartialDate(2015)
    assert org.related(org.people["Andrew Baker"])["held_post"] == (
        org.personal_representatives["combating-anti-semitism"],
    )


# An issuer as a page writes it, and the id it links to (or the text it is kept as).
# fmt: off
ISSUERS: list[tuple[str, str]] = [
    ("Asian Partners for Co-operation", "asian-partners"),
    ("OSCE Mediterranean Partners for Co-operation", "mediterranean-partners"),
    ("Mediterranean Partnership for Co-operation", "mediterranean-partners"),
    ("Personal Representative of the OSCE Chairperson-in-Office on Combating Anti-Semitism",
     "combating-anti-semitism"),
    ("Personal Representative of the Chairman-in-Office on Combating Anti-Semitism",
     "combating-anti-semitism"),
    ("Personal Representative on Combating Intolerance and Discrimination against Muslims",
     MUSLIMS),
    ("Special Representative of the OSCE Chairwoman-in-Office in Ukraine and in the "
     "Trilateral Contact Group", UKRAINE),
    # Several posts at once, or a post the data does not hold: kept as written.
    ("Personal Representatives of the Chairperson-in-Office",
     "Personal Representatives of the Chairperson-in-Office"),
    ("Personal Representative on Invented Matters", "Personal Representative on Invented Matters"),
    ("Partners for Co-operation", "Partners for Co-operation"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ISSUERS, ids=[i[0][:60] for i in ISSUERS])
def test_bodies_link_as_issuers(org: Organization, text: str, expected: str) -> None:
    """A Partner group or a Representative's post named as the issuer links to its record;
    the Chair's older titles name the same post; what names no one post stays text."""
    found = linker_for(org).issuer(text, 2016)
    assert (found if isinstance(found, str) else found.id) == expected


def test_a_parsed_release_is_issued_by_a_group(org: Organization) -> None:
    """A page whose source line lists a Partner group and an office links both."""
    page = (
        "Press release\nPartners meet on border security\n- Date:\n- 3 May 2018\n"
        "- Source:\n- Mediterranean Partners for Co-operation, OSCE Secretariat\n"
        "VIENNA, 3 May 2018 – Delegates met."
    )
    release = osce_model.parse_press_release(page, org=org)
    assert release.issuers == (org.partner_groups["mediterranean"], org.secretariat["secretariat"])


def _release(org: Organization) -> PressRelease:
    return PressRelease(
        id="bodies-1",
        title="Representatives visit the region",
        content_type="Press release",
        date=_dt.date(2020, 6, 1),
        issuers=(org.personal_representatives[MUSLIMS], org.partner_groups["asian"], "A forum"),
    )


def test_issuers_round_trip_as_tagged_references(org: Organization) -> None:
    """The new issuers are written as one-key mappings by their kind's tag, and read back by
    the strict converter and by the corpus fast path alike."""
    release = _release(org)
    data = osce_model.to_dict(release)
    assert data["issuers"] == [
        {"personal_representative": MUSLIMS},
        {"partner_group": "asian-partners"},
        {"text": "A forum"},
    ]
    assert osce_model.from_dict(data, PressRelease, org=org) == release
    plain: dict[str, Any] = {**data, "date": "2020-06-01"}
    assert FastReleaseBuilder(org).build(plain) == release
    with pytest.raises(osce_model.DataError, match=r"issuers\[0\]: unknown Partner group 'arctic'"):
        osce_model.from_dict(
            {**data, "issuers": [{"partner_group": "arctic"}]}, PressRelease, org=org
        )


def test_an_issuing_body_is_related_to_its_releases(org: Organization) -> None:
    """A release issued by a group or a post is listed under it as ``issued``."""
    release = _release(org)
    more = org.with_press_releases([release])
    assert release in more.related(more.partner_groups["asian"])["issued"]
    assert release in more.related(more.personal_representatives[MUSLIMS])["issued"]


def test_the_new_kinds_are_declared_once(org: Organization) -> None:
    """The kinds come from their declarations: file, tag and class."""
    groups = Organization.partner_groups
    posts = Organization.personal_representatives
    assert (groups.file, groups.tag, groups.record) == (
        "partner_groups.yaml",
        "partner_group",
        Partnership,
    )
    assert (posts.file, posts.tag, posts.record) == (
        "personal_representatives.yaml",
        "personal_representative",
        PersonalRepresentative,
    )
