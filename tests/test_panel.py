"""Membership tables for panel data: periods, and a panel that agrees with the time queries."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import osce_model

ORG = osce_model.load()


def _change_days() -> list[dt.date]:
    """Every day on which membership or a name changed, and the day before each."""
    days: set[dt.date] = set()
    for state in [*ORG.participating_states, *ORG.former_participating_states]:
        days.add(state.participating_since)
        for day in (
            getattr(state, "participating_until", None),
            getattr(state, "suspended_since", None),
            *(former.until for former in state.former_names),
        ):
            if day is not None:
                days.add(day)
    return sorted({d for day in days for d in (day, day - dt.timedelta(days=1))})


def _names(rows: pd.DataFrame) -> dict[str, str | None]:
    """Each row's name by id, None where the data cannot tell."""
    return {i: None if pd.isna(n) else n for i, n in zip(rows["id"], rows["name"], strict=True)}


def test_periods_have_one_row_per_period() -> None:
    """Each State has its participating period; Yugoslavia also its suspension."""
    periods = ORG.membership_periods()
    assert {"id", "kind", "status", "start", "end", "name", "iso2", "iso3"} <= set(periods)
    yugoslavia = periods[periods["id"] == "yugoslavia"].set_index("status")
    assert yugoslavia.loc["participating", "end"] == pd.Timestamp("1992-07-08")
    assert yugoslavia.loc["suspended", "start"] == pd.Timestamp("1992-07-08")
    assert yugoslavia.loc["suspended", "end"] == pd.Timestamp("2000-11-10")
    russia = periods[periods["id"] == "russian-federation"]
    assert russia["start"].tolist() == [pd.Timestamp("1991-12-26")]  # it continues the USSR's


def test_periods_are_cut_where_the_name_changed() -> None:
    """Türkiye has a period as Turkey and one as Türkiye, meeting on the day of the rename."""
    turkey = ORG.membership_periods().query("id == 'turkiye'")
    assert turkey["name"].tolist() == ["Turkey", "Türkiye"]
    assert turkey["end"].iloc[0] == turkey["start"].iloc[1]
    assert pd.isna(turkey["end"].iloc[1])


def test_partners_are_periods_too() -> None:
    """Partners appear with status "partner" and their group; Mongolia's ended in 2012."""
    periods = ORG.membership_periods()
    partners = periods[periods["status"] == "partner"]
    assert len(partners) == len(ORG.partners) + len(ORG.former_partners)
    assert set(partners["partner_group"].dropna()) == {"asian", "mediterranean"}
    mongolia = partners[partners["id"] == "mongolia"]
    assert mongolia["end"].tolist() == [pd.Timestamp("2012-11-21")]


def test_yearly_panel_agrees_with_participating_states_on() -> None:
    """On every year's observed day, the participating rows are participating_states_on."""
    panel = ORG.membership_panel(1975, 2026)
    for day, rows in panel.groupby("date"):
        expected = ORG.participating_states_on(day)
        assert set(rows.loc[rows["participating"], "id"]) == {s.id for s in expected}, day
        names = _names(rows)
        assert all(names[s.id] == s.name_on(day) for s in expected), day


def test_daily_panel_agrees_on_every_change() -> None:
    """On each day membership or a name changed, and the day before, the daily panel agrees."""
    days = _change_days()
    for year in sorted({day.year for day in days}):
        panel = ORG.membership_panel(f"{year}-01-01", f"{year}-12-31", freq="day")
        wanted = [d for d in days if d.year == year]
        chosen = panel[panel["date"].isin(pd.to_datetime(wanted))]
        by_day = {stamp.date(): rows for stamp, rows in chosen.groupby("date")}
        for day in wanted:
            rows = by_day.get(day, panel.iloc[:0])
            expected = ORG.participating_states_on(day)
            assert set(rows.loc[rows["participating"], "id"]) == {s.id for s in expected}, day
            names = _names(rows)
            assert all(names[s.id] == s.name_on(day) for s in expected), day


def test_daily_panel_of_1991_to_1993_agrees_on_every_day() -> None:
    """Every day of the busiest years agrees with participating_states_on."""
    panel = ORG.membership_panel("1991-01-01", "1993-12-31", freq="day")
    counts = panel[panel["participating"]].groupby("date").size()
    assert len(counts) == 3 * 365 + 1  # 1992 was a leap year
    for day, count in counts.items():
        assert count == len(ORG.participating_states_on(day)), day


def test_panel_columns_say_chairing_troika_and_operations() -> None:
    """Finland chairs in 2025, is in the Troika 2024–2026, and hosts no operation."""
    panel = ORG.membership_panel(2023, 2026).set_index(["id", "year"])
    assert bool(panel.loc[("finland", 2025), "chairing"])
    assert not bool(panel.loc[("finland", 2023), "troika"])
    assert all(bool(panel.loc[("finland", y), "troika"]) for y in (2024, 2025, 2026))
    assert panel.loc[("finland", 2025), "field_operations_hosted"] == 0
    assert panel.loc[("bosnia-and-herzegovina", 2025), "field_operations_hosted"] == 1
    assert panel.loc[("finland", 2025), "iso3"] == "FIN"


def test_monthly_panel_and_its_grid() -> None:
    """freq="month" observes each month on its last day, and has a month column."""
    panel = ORG.membership_panel(1992, 1992, freq="month")
    assert sorted(panel["month"].unique()) == list(range(1, 13))
    july = panel[panel["date"] == pd.Timestamp("1992-07-31")]
    yugoslavia = july[july["id"] == "yugoslavia"].iloc[0]
    assert (bool(yugoslavia["participating"]), bool(yugoslavia["suspended"])) == (False, True)


def test_bad_arguments_are_clear_errors() -> None:
    """An unknown frequency or an end before the start is a ValueError."""
    with pytest.raises(ValueError, match="freq must be one of year, month, day"):
        ORG.membership_panel(freq="week")
    with pytest.raises(ValueError, match="before its start"):
        ORG.membership_panel(2000, 1990)
