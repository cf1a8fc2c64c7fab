"""History by date: membership, Chairpersonships, field operations, office holders, names."""

from __future__ import annotations

import datetime as dt

import pytest

from osce_model import FormerParticipatingState, Organization

D = dt.date.fromisoformat

# day, number of participating States, why (and where the expectation comes from)
MEMBERSHIP = [
    ("1975-07-31", 0, "before the Helsinki Final Act"),
    ("1975-08-01", 35, "the 35 signatories of the Final Act (osce.org/cio/47461)"),
    ("1990-10-02", 35, "the eve of German unification"),
    ("1990-10-03", 34, "the GDR's participation ends with unification"),
    ("1991-06-19", 35, "Albania admitted (osce.org/cio/47461)"),
    ("1991-09-10", 38, "Estonia, Latvia and Lithuania admitted at the Moscow meeting"),
    ("1991-12-26", 38, "the USSR dissolved; the Russian Federation continues its participation"),
    ("1992-01-30", 48, "ten States of the former USSR admitted at the Prague Council"),
    ("1992-03-24", 51, "Croatia, Georgia and Slovenia admitted"),
    ("1992-04-30", 52, "Bosnia and Herzegovina admitted"),
    ("1992-07-08", 51, "Yugoslavia suspended: a suspended State does not count"),
    ("1993-01-01", 52, "Czechia and Slovakia replace Czechoslovakia"),
    ("1995-10-12", 53, "the former Yugoslav Republic of Macedonia admitted"),
    ("1996-04-25", 54, "Andorra admitted"),
    ("2000-11-10", 55, "the Federal Republic of Yugoslavia admitted"),
    ("2006-06-03", 55, "Serbia continues the participation of Serbia and Montenegro"),
    ("2006-06-21", 56, "Montenegro admitted (osce.org: decision effective 21 June 2006)"),
    ("2012-11-20", 56, "the eve of Mongolia's admission"),
    ("2012-11-21", 57, "Mongolia admitted (bmeia.gv.at announcement)"),
]


@pytest.mark.parametrize(("day", "count", "why"), MEMBERSHIP, ids=[m[0] for m in MEMBERSHIP])
def test_participating_states_on(org: Organization, day: str, count: int, why: str) -> None:
    """The number of participating States agrees with history on every day it changed."""
    assert len(org.participating_states_on(D(day))) == count, why


def test_membership_on_the_days_of_change(org: Organization) -> None:
    """Who comes and goes on the days of change, by name."""

    def names(day: str) -> set[str]:
        return {s.name for s in org.participating_states_on(D(day))}

    assert "German Democratic Republic" in names("1990-10-02")
    assert "German Democratic Republic" not in names("1990-10-03")
    assert "Germany" in names("1975-08-01")
    soviet = "Union of Soviet Socialist Republics"
    assert soviet in names("1991-12-25")
    assert "Russian Federation" not in names("1991-12-25")
    assert "Russian Federation" in names("1991-12-26")
    assert soviet not in names("1991-12-26")
    assert {"Czechia", "Slovakia"} <= names("1993-01-01")
    assert "Czechoslovakia" in names("1992-12-31")
    assert "Czechoslovakia" not in names("1993-01-01")
    assert "Serbia and Montenegro" in names("2006-06-02")
    assert "Serbia" in names("2006-06-03")
    assert "Serbia" not in names("2006-06-02")


def test_suspended_yugoslavia(org: Organization) -> None:
    """Yugoslavia counts until its suspension on 8 July 1992, not after."""
    yugoslavia = org.former_participating_states["Yugoslavia"]
    assert isinstance(yugoslavia, FormerParticipatingState)
    assert yugoslavia.participating_on(D("1992-07-07"))
    assert not yugoslavia.participating_on(D("1992-07-08"))
    assert not yugoslavia.participating_on(D("1999-01-01"))


def test_states_on_a_day_carry_the_names_then_used(org: Organization) -> None:
    """The result is ordered by the name used on that day."""
    on = D("2010-01-01")
    states = org.participating_states_on(on)
    names = [s.name_on(on) or s.name for s in states]
    assert "Turkey" in names
    assert "the former Yugoslav Republic of Macedonia" in names


@pytest.mark.parametrize(
    ("year", "previous", "current", "following"),
    [
        (2025, "Malta", "Finland", "Switzerland"),
        (2024, "North Macedonia", "Malta", "Finland"),
        (1991, None, "Germany", "Czechoslovakia"),
        (2026, "Finland", "Switzerland", None),
    ],
)
def test_troika(
    org: Organization, year: int, previous: str | None, current: str, following: str | None
) -> None:
    """The previous, current and next chairing States; None where not decided."""
    trio = org.troika(year)
    assert [c.state.name if c else None for c in trio] == [previous, current, following]


def test_chairpersonship_of_an_undecided_year_is_none(org: Organization) -> None:
    """Years with no decided Chairpersonship give None."""
    assert org.chairpersonship(1985) is None
    assert org.chairpersonship(2100) is None


def test_field_operations_active_and_closed_by_date(org: Organization) -> None:
    """Active and closed operations on a day follow their dates."""
    ops = org.field_operations
    smm = ops["Special Monitoring Mission to Ukraine"]
    assert smm in ops.active(D("2020-01-01"))
    assert smm not in ops.active(D("2023-01-01"))
    assert smm in ops.closed(D("2023-01-01"))
    assert ops["Mission to Estonia"] in ops.active(D("1995-01-01"))
    assert ops.closed(D("2026-11-28")) != ops.closed(D("2000-01-01"))
    closed = ops.closed(D("2026-01-01"))
    days = [op.closed for op in closed if op.closed is not None]
    assert len(days) == len(closed)
    assert days == sorted(days, reverse=True)


def test_office_holders_on_a_day(org: Organization) -> None:
    """Secretaries General and heads of institutions in office on a day."""
    sg = org.secretary_general_on(D("2015-06-01"))
    assert sg is not None
    assert sg.name == "Lamberto Zannier"
    odihr = org.institutions["ODIHR"]
    assert [h.name for h in odihr.heads_on(D("2010-01-01"))] == ["Janez Lenarčič"]
    finland = org.chairpersonships[2025]
    assert finland.chairpersons_on(D("2025-06-01"))[0].name == "Elina Valtonen"


@pytest.mark.parametrize(
    ("key", "day", "name"),
    [
        ("Programme Office in Astana", "2000-01-01", "Centre in Almaty"),
        ("Programme Office in Astana", "2010-01-01", "Centre in Astana"),
        # The Spillover Monitor Mission was renamed in December 2010 (the month, not the day,
        # is known): its name is known on either side of that month, and None inside it.
        ("Mission to Skopje", "2026-01-01", "Mission to Skopje"),
        ("Mission to Skopje", "2011-01-01", "Mission to Skopje"),
        ("Mission to Skopje", "2010-12-15", None),
        ("Mission to Skopje", "2010-12-01", None),
        ("Mission to Skopje", "2010-11-30", "Spillover Monitor Mission to Skopje"),
        ("Mission to Skopje", "1995-01-01", "Spillover Monitor Mission to Skopje"),
    ],
)
def test_field_operation_name_on(org: Organization, key: str, day: str, name: str | None) -> None:
    """A field operation's name on a day, through its renamings; None where not recorded."""
    assert org.field_operations[key].name_on(D(day)) == name


def test_without_a_date_active_and_closed_answer_for_today(
    org: Organization, monkeypatch: pytest.MonkeyPatch
) -> None:
    """active() and closed() with no date are those of today (here, a fixed day)."""
    from osce_model.organization import collections

    monkeypatch.setattr(collections, "_today", lambda: dt.date(2001, 1, 1))
    ops = org.field_operations
    assert ops.active() == ops.active(dt.date(2001, 1, 1))
    assert ops.closed() == ops.closed(dt.date(2001, 1, 1))
    assert ops.active() != ops.active(dt.date(2026, 1, 1))
