"""Facts settled with evidence after a fact audit: each keeps its value, its precision, its
status and the source it rests on, so that a later edit cannot drop the evidence unnoticed."""

from __future__ import annotations

import datetime as dt

import pytest

import osce_model
from osce_model import Organization, PartialDate, Status

# (collection, record, field, index, value, precision, status, a source the claim must cite)
SETTLED = [
    (
        "institutions",
        "hcnm",
        "heads",
        1,
        dt.date(2007, 6, 30),
        "day",
        Status.STATED,
        "https://www.osce.org/hcnm/48728",
    ),
    (
        "institutions",
        "hcnm",
        "heads",
        3,
        dt.date(2016, 8, 19),
        "day",
        Status.INFERRED,
        "https://www.osce.org/cio/103654",
    ),
    (
        "institutions",
        "court-of-conciliation-and-arbitration",
        "heads",
        2,
        PartialDate(2025, 11),
        "month",
        Status.STATED,
        "https://www.osce.org/court-of-conciliation-and-arbitration/599844",
    ),
    (
        "field_operations",
        "mission-to-ukraine",
        "closed",
        None,
        dt.date(1999, 4, 30),
        "day",
        Status.INFERRED,
        "https://www.osce.org/cio/57106",
    ),
    (
        "field_operations",
        "kosovo-verification-mission",
        "closed",
        None,
        PartialDate(1999, 6),
        "month",
        Status.STATED,
        "http://www.osce.org/node/44552",
    ),
    (
        "field_operations",
        "mission-to-latvia",
        "established",
        None,
        PartialDate(1993),
        "year",
        Status.STATED,
        "https://www.mfa.gov.lv/en/organization-security-and-cooperation-europe",
    ),
    (
        "institutions",
        "hcnm",
        "established",
        None,
        PartialDate(1992),
        "year",
        Status.STATED,
        "http://www.osce.org/hcnm/43199",
    ),
    (
        "field_operations",
        "task-force-for-kosovo",
        "closed",
        None,
        dt.date(1999, 6, 30),
        "day",
        Status.DERIVED,
        "https://reliefweb.int/report/serbia/osce-mission-kosovo",
    ),
    (
        "field_operations",
        "missions-of-long-duration-in-kosovo-sandjak-and-vojvodina",
        "closed",
        None,
        dt.date(2001, 1, 11),
        "day",
        Status.DISPUTED,
        "http://www.osce.org/node/43978",
    ),
    (
        "field_operations",
        "mission-to-skopje",
        "established",
        None,
        PartialDate(1992, 9),
        "month",
        Status.STATED,
        "http://www.osce.org/serbia/43415",
    ),
    (
        "field_operations",
        "special-monitoring-mission-to-ukraine",
        "closed",
        None,
        dt.date(2022, 10, 31),
        "day",
        Status.STATED,
        "https://www.osce.org/chairpersonship/530039",
    ),
    (
        "field_operations",
        "project-co-ordinator-in-ukraine",
        "closed",
        None,
        dt.date(2022, 10, 31),
        "day",
        Status.STATED,
        "https://www.osce.org/chairpersonship/530039",
    ),
    (
        "field_operations",
        "programme-office-in-astana",
        "established",
        None,
        dt.date(1998, 7, 23),
        "day",
        Status.INFERRED,
        "http://www.osce.org/node/44553",
    ),
    (
        "field_operations",
        "office-in-yerevan",
        "established",
        None,
        dt.date(1999, 7, 22),
        "day",
        Status.STATED,
        "https://reliefweb.int/report/armenia/osce-office-yerevan",
    ),
    (
        "field_operations",
        "observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk",
        "closed",
        None,
        dt.date(2021, 9, 30),
        "day",
        Status.STATED,
        "https://tass.com/world/1333361",
    ),
    (
        "field_operations",
        "mission-to-bosnia-and-herzegovina",
        "established",
        None,
        dt.date(1995, 12, 8),
        "day",
        Status.DISPUTED,
        "https://www.osce.org/bih/213746",
    ),
    (
        "field_operations",
        "mission-to-montenegro",
        "established",
        None,
        dt.date(2006, 6, 29),
        "day",
        Status.DISPUTED,
        "http://www.osce.org/montenegro/44406",
    ),
    (
        "field_operations",
        "task-force-for-kosovo",
        "established",
        None,
        dt.date(1999, 6, 8),
        "day",
        Status.DISPUTED,
        "https://reliefweb.int/report/serbia/osce-mission-kosovo",
    ),
]


@pytest.mark.parametrize(
    ("collection", "key", "field", "index", "value", "precision", "status", "source"),
    SETTLED,
    ids=[f"{row[1]}.{row[2]}" + ("" if row[3] is None else f"[{row[3]}]") for row in SETTLED],
)
def test_a_settled_fact_keeps_its_evidence(
    org: Organization,
    collection: str,
    key: str,
    field: str,
    index: int | None,
    value: object,
    precision: str,
    status: Status,
    source: str,
) -> None:
    """The value, its precision and status, and the source that bears it."""
    record = getattr(org, collection)[key]
    claim = osce_model.provenance(record, field, index)
    shown = claim.value.until if index is not None else claim.value
    assert (shown, claim.precision, claim.status) == (value, precision, status)
    assert source in claim.sources


def test_the_assembly_presidency_passes_on_the_day_of_the_vacancy(org: Organization) -> None:
    """Migliori's presidency ends the day Grossruck became acting President (derived, one
    source for both), so the two terms meet on 15 March 2013 and leave no gap."""
    assembly = org.institutions["parliamentary-assembly"]
    names = [head.name for head in assembly.heads]
    migliori = names.index("Riccardo Migliori")
    claim = osce_model.provenance(assembly, "heads", migliori)
    successor = assembly.heads[migliori + 1]
    assert successor.name == "Wolfgang Grossruck"
    assert claim.value.until == successor.since == dt.date(2013, 3, 15)
    assert (claim.status, claim.rule) == (Status.DERIVED, "same-day-handover")


def test_a_month_of_closing_counts_only_where_the_whole_month_decides(org: Organization) -> None:
    """The KVM, closed in June 1999 (no day stated), is known active up to 1 June, neither
    active nor closed later that month, and closed from July; its year of founding, 1993,
    makes the Mission to Latvia known active only from the year's last day."""
    ops = org.field_operations
    kvm = ops["kosovo-verification-mission"]
    assert kvm.active_on(dt.date(1999, 6, 1))
    assert not kvm.active_on(dt.date(1999, 6, 15))
    assert kvm not in ops.closed(dt.date(1999, 6, 15))
    assert kvm in ops.closed(dt.date(1999, 7, 1))
    latvia = ops["mission-to-latvia"]
    assert not latvia.active_on(dt.date(1993, 12, 30))
    assert latvia.active_on(dt.date(1993, 12, 31))


def test_the_long_duration_missions_keep_their_withdrawal_month(org: Organization) -> None:
    """The other value of the disputed closing, July 1993, stays with its osce.org source."""
    record = org.field_operations["missions-of-long-duration-in-kosovo-sandjak-and-vojvodina"]
    (withdrawal,) = osce_model.provenance(record, "closed").alternatives
    assert withdrawal.value == "1993-07"
    assert withdrawal.sources == ("http://www.osce.org/node/43978",)


@pytest.mark.parametrize(
    ("key", "other", "source"),
    [
        (
            "mission-to-bosnia-and-herzegovina",
            dt.date(1995, 12, 18),
            "https://www.osce.org/bih/53214",
        ),
        (
            "mission-to-montenegro",
            dt.date(2006, 7, 29),
            "https://mvp.gov.me/en/sections/Multilateral-relations/OSCE/Relations-of-Montenegro-and-OSCE/",
        ),
        ("task-force-for-kosovo", dt.date(1999, 6, 9), "http://www.osce.org/kosovo/43378"),
    ],
)
def test_a_disputed_founding_day_keeps_the_other_day(
    org: Organization, key: str, other: dt.date, source: str
) -> None:
    """The day another source gives for a disputed founding stays with that source."""
    (alternative,) = osce_model.provenance(org.field_operations[key], "established").alternatives
    assert (alternative.value, alternative.sources) == (other, (source,))


def test_the_ukraine_operations_count_until_their_closing_day(org: Organization) -> None:
    """The SMM and the Project Co-ordinator, wound down after their mandates ran out, are
    active up to 31 October 2022, the day the OSCE closed both, and closed from 1 November."""
    ops = org.field_operations
    for key in ("special-monitoring-mission-to-ukraine", "project-co-ordinator-in-ukraine"):
        assert ops[key].active_on(dt.date(2022, 10, 31))
        assert ops[key] in ops.closed(dt.date(2022, 11, 1))


def test_the_skopje_mission_counts_from_the_end_of_its_founding_month(org: Organization) -> None:
    """Founded in September 1992 (no day stated), the Mission to Skopje is known active only
    from the month's last day."""
    skopje = org.field_operations["mission-to-skopje"]
    assert not skopje.active_on(dt.date(1992, 9, 29))
    assert skopje.active_on(dt.date(1992, 9, 30))
