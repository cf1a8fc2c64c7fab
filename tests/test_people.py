"""People: every office holder the data names is a Person, with posts and terms."""

from __future__ import annotations

import datetime as dt

import pytest

import osce_model
from osce_model import Organization, Person
from osce_model.schema.keys import normalize


def test_every_office_holder_is_a_person(org: Organization) -> None:
    """Each Chairperson-in-Office, head or official of an institution, head of a field operation,
    holder of a Representative of the Chair's post and Secretary General is a person whose posts
    include that term."""
    people = org.people
    names = {
        *(h.name for c in org.chairpersonships for h in c.chairpersons),
        *(h.name for i in org.institutions for h in (*i.heads, *i.officials)),
        *(h.name for op in org.field_operations for h in op.heads),
        *(h.name for post in org.personal_representatives for h in post.heads),
        *(sg.name for sg in org.secretaries_general),
    }
    # One person per name once normalised: Knut Vollebæk, Chairperson-in-Office in 1999, is
    # Knut Vollebaek, High Commissioner from 2007.
    assert {normalize(p.name) for p in people} == {normalize(n) for n in names}
    assert len(org.people["Knut Vollebaek"].posts) == 2
    for person in people:
        assert person.posts, person
        assert person.sources, person


def test_a_person_with_two_posts(org: Organization) -> None:
    """Lamberto Zannier: Secretary General, then High Commissioner on National Minorities."""
    zannier = org.people["Lamberto Zannier"]
    assert [(p.title, p.organisation.name) for p in zannier.posts] == [
        ("Secretary General", "Secretariat"),
        ("High Commissioner on National Minorities", "High Commissioner on National Minorities"),
    ]
    assert zannier.nationality == org.participating_states["Italy"]
    assert [p.title for p in zannier.posts_on(dt.date(2018, 1, 1))] == [
        "High Commissioner on National Minorities"
    ]


def test_people_are_found_by_any_name(org: Organization) -> None:
    """A short form of a long name, and a surname alone in search, find the person."""
    assert org.people["Helga Schmid"].name == "Helga Maria Schmid"
    (first, *_) = org.search("Cassis")
    assert isinstance(first.entity, Person)
    assert first.entity.name == "Ignazio Cassis"
    assert first.kind.label == "person"
    # The Secretary General's own record stays what her name looks up.
    assert isinstance(org.lookup("Helga Maria Schmid"), osce_model.SecretaryGeneral)


def test_holders_of_a_post_on_a_day(org: Organization) -> None:
    """holders_on answers for institutions, Chairpersonships and the Secretariat."""
    assert [p.name for p in org.holders_on("ODIHR", "2010-01-01")] == ["Janez Lenarčič"]
    assert [p.name for p in org.holders_on("Secretariat", dt.date(2021, 1, 1))] == [
        "Helga Maria Schmid"
    ]
    assert [p.name for p in org.holders_on(org.chairpersonships[2025], "2025-06-01")] == [
        "Elina Valtonen"
    ]
    with pytest.raises(TypeError, match="not an office"):
        org.holders_on(org.secretariat["SPMU"], "2020-01-01")


def test_posts_are_relations(org: Organization) -> None:
    """held_post links a person to each organisation, with the term, both ways."""
    cassis = org.people["Ignazio Cassis"]
    assert org.related(cassis)["held_post"] == (org.chairpersonships[2026],)
    assert cassis in org.related(org.chairpersonships[2026])["post_held_by"]
    (edge,) = [r for r in org.relations() if r.source is cassis]
    assert edge.since == dt.date(2026, 1, 1)


def test_heads_of_field_operations_and_officials(org: Organization) -> None:
    """The current field operations' heads where sources name them, and the Assembly's
    Secretaries General, are people with their posts; an open term is not counted as held."""
    serbia = org.field_operations["Mission to Serbia"]
    (head,) = serbia.heads
    assert (head.name, head.since) == ("Marcel Peško", dt.date(2025, 11, 1))
    assert org.people["Marcel Pesko"].posts[0].organisation is serbia
    assert serbia.heads_on(dt.date(2026, 1, 1)) == ()  # in office later? not recorded
    montella = org.people["Roberto Montella"]
    assert [(p.title, p.organisation.name) for p in montella.posts] == [
        ("Secretary General", "Parliamentary Assembly")
    ]
    assert montella.posts_on(dt.date(2026, 6, 1)) == montella.posts
    named = [op for op in org.field_operations.active(org.data_as_of) if op.heads]
    assert len(named) == 7
