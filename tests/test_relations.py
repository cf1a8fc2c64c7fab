"""Relationships: hosts, the Secretariat tree, succession, groups, press releases, related()."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from osce_model import FieldOperation, NotFoundError, Organization, Partner, PartnerGroup


def test_every_field_operation_appears_under_its_host(org: Organization) -> None:
    """hosted_by(host) lists every operation whose host it is, oldest first."""
    for op in org.field_operations:
        hosted = org.field_operations.hosted_by(op.host)
        assert op in hosted
        assert all(other.host == op.host for other in hosted)
        days = [o.established or dt.date.max for o in hosted]
        assert days == sorted(days)


def test_hosted_by_a_key(org: Organization) -> None:
    """A host can be named by any key, including a territory's."""
    names = [op.name for op in org.field_operations.hosted_by("Ukraine")]
    assert "Special Monitoring Mission to Ukraine" in names
    assert "Mission to Ukraine" in names
    assert [op.name for op in org.field_operations.hosted_by("kosovo")] == ["Mission in Kosovo"]
    # A State that never hosted an operation, like any key naming no host, hosts none.
    assert org.field_operations.hosted_by("Germany") == ()
    assert org.field_operations.hosted_by("Narnia") == ()


def test_secretariat_tree_round_trips(org: Organization) -> None:
    """Every unit's parent lists it as a child; ancestors end at the Secretariat."""
    root = org.secretariat.root()
    for unit in org.secretariat:
        if unit.parent is None:
            assert unit is root
            continue
        assert unit in org.secretariat.children(unit.parent)
        assert org.secretariat.ancestors(unit)[-1] == root
        assert unit in org.secretariat.descendants(root)
    assert len(org.secretariat.descendants(root)) == len(org.secretariat) - 1


def test_secretariat_queries_by_key(org: Organization) -> None:
    """The tree can be walked by acronym."""
    tntd = org.secretariat["TNTD"]
    assert org.secretariat["SPMU"] in org.secretariat.children("TNTD")
    assert org.secretariat.parent("SPMU") == tntd
    assert org.secretariat.ancestors("SPMU") == (tntd, org.secretariat.root())
    assert org.secretariat.parent("OSCE Secretariat") is None


def test_chairpersonships_held_by(org: Organization) -> None:
    """The years a State chaired, in order."""
    assert [c.year for c in org.chairpersonships.held_by("Switzerland")] == [1996, 2014, 2026]
    assert [c.year for c in org.chairpersonships.held_by("Czechoslovakia")] == [1992]
    assert [c.year for c in org.chairpersonships.held_by(org.participating_states["FI"])] == [
        2008,
        2025,
    ]


def test_succession_followed_transitively(org: Organization) -> None:
    """Predecessors and successors of States and field operations, both ways."""
    serbia = org.participating_states["Serbia"]
    chain = [s.name for s in org.predecessors(serbia)]
    assert chain[0] == "Serbia and Montenegro"
    assert "Socialist Federal Republic of Yugoslavia" in chain
    ussr = org.former_participating_states["USSR"]
    assert org.participating_states["Russia"] in org.successors(ussr)
    czechoslovakia = org.former_participating_states["Czechoslovakia"]
    assert {s.name for s in org.successors(czechoslovakia)} == {"Czechia", "Slovakia"}
    for state in org.participating_states:
        for before in org.predecessors(state):
            assert state in org.successors(before)
    for op in org.field_operations:
        for before in op.predecessors:
            assert isinstance(before, FieldOperation)
            assert op in org.successors(before)


def test_partner_groups(org: Organization) -> None:
    """A Partner's group and the partners in a group."""
    japan = org.partners["Japan"]
    assert japan.group is PartnerGroup.ASIAN
    assert japan in org.partners_in("asian")
    related = org.related(japan)
    assert japan not in related["grouped_with"]
    assert len(related["grouped_with"]) == 4
    assert all(
        isinstance(p, Partner) and p.group is PartnerGroup.ASIAN for p in related["grouped_with"]
    )


def test_press_release_filter(org: Organization) -> None:
    """The bundled release is found by source, field, State and date, and missed otherwise."""
    (release,) = org.press_releases
    releases = org.press_releases
    assert releases.filter(issuer="OSCE Secretariat") == (release,)
    assert releases.filter(issuer=org.secretariat.root()) == (release,)
    assert releases.filter(field_of_work="policing") == (release,)
    assert releases.filter(mentions=org.participating_states["Croatia"]) == (release,)
    assert releases.filter(since=dt.date(2016, 6, 3), until=dt.date(2016, 6, 3)) == (release,)
    assert releases.filter(since=dt.date(2016, 6, 4)) == ()
    assert releases.filter(field_of_work="elections") == ()
    assert releases.filter(text="chiefs of police") == (release,)


def test_related(org: Organization) -> None:
    """related() gives every direct relation of an entity, by relation name (inverse names
    from the target's side), and takes a name as well as a record."""
    ukraine = org.related(org.participating_states["Ukraine"])
    assert org.field_operations["SMM"] in ukraine["hosts"]
    assert [c.year for c in ukraine["chaired"]] == [2013]  # type: ignore[union-attr]
    germany = org.related("Germany")
    assert germany["predecessor"] == (org.former_participating_states["GDR"],)
    assert {sg.name for sg in germany["national_of"]} == {"Wilhelm Höynck", "Helga Maria Schmid"}
    spmu = org.related(org.secretariat["SPMU"])
    assert spmu["part_of"] == (org.secretariat["TNTD"],)
    assert org.secretariat["SPMU"] in org.related(org.secretariat["TNTD"])["has_part"]
    (release,) = org.press_releases
    assert org.related(release)["about_field"] == (org.fields_of_work["Policing"],)
    assert org.related(release)["issued_by"] == (org.secretariat.root(),)
    assert org.related("Croatia")["mentioned_in"] == (release,)
    assert org.related("Russia")["continues"] == (org.former_participating_states["USSR"],)
    assert org.related("USSR")["continued_by"] == (org.participating_states["Russia"],)
    assert org.related(org.former_partners["Mongolia"])["became"] == (
        org.participating_states["Mongolia"],
    )
    schmid = org.secretaries_general["Helga Maria Schmid"]
    (headed,) = [r for r in org.relations() if r.name == "headed" and r.source is schmid]
    assert (headed.target, headed.since) == (org.secretariat.root(), schmid.since)
    summit = org.summits.records[0]
    assert summit in org.related(summit.host)["hosts"]


def test_every_relation_has_both_names_and_edges(org: Organization) -> None:
    """Each relation name the table uses is declared with its inverse, and every declared
    relation that the bundled data can hold is in the table."""
    from osce_model import RELATION_NAMES

    used = {relation.name for relation in org.relations()}
    assert used == set(RELATION_NAMES)
    for relation in org.relations():
        assert relation.target in org.related(relation.source)[relation.name]
        assert relation.source in org.related(relation.target)[relation.inverse]


def test_related_rejects_what_is_no_record(org: Organization) -> None:
    """A name that names nothing is NotFoundError; another object is a TypeError."""
    with pytest.raises(NotFoundError):
        org.related("Narnia")
    with pytest.raises(TypeError, match="expected a record or a name"):
        org.related(42)  # type: ignore[arg-type]


def test_a_users_organisation_has_its_own_relations(data_tree: Callable[..., Path]) -> None:
    """Relations, and the cards that show them, come from the organisation that holds the
    record, never from the bundled one."""
    import osce_model

    root = data_tree(press_releases="[]\n")
    mine = osce_model.load(root)
    croatia = mine.participating_states["Croatia"]
    assert "mentioned_in" not in mine.related(croatia)
    assert "mentioned_in" in osce_model.load().related("Croatia")
    assert "mentioned in" not in croatia._repr_html_()
    assert "mentioned in" in osce_model.load().participating_states["Croatia"]._repr_html_()
