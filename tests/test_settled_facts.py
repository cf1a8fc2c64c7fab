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
    assert not kvm.active_on(dt.date(1999, 6, 15)) and kvm not in ops.closed(dt.date(1999, 6, 15))
    assert kvm in ops.closed(dt.date(1999, 7, 1))
    latvia = ops["mission-to-latvia"]
    assert not latvia.active_on(dt.date(1993, 12, 30)) and latvia.active_on(dt.date(1993, 12, 31))


def test_the_long_duration_missions_keep_their_withdrawal_month(org: Organization) -> None:
    """The other value of the disputed closing, July 1993, stays with its osce.org source."""
    record = org.field_operations["missions-of-long-duration-in-kosovo-sandjak-and-vojvodina"]
    (withdrawal,) = osce_model.provenance(record, "closed").alternatives
    assert withdrawal.value == "1993-07"
    assert withdrawal.sources == ("http://www.osce.org/node/43978",)
