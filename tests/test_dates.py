"""Days and years in any common form: one coercion, used by every function that takes a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

import osce_model
from osce_model.schema.when import as_day, as_year

ORG = osce_model.load()
DAY = dt.date(2010, 6, 1)

# The same day in every form a user may hold it in.
DAY_FORMS: list[object] = [
    DAY,
    dt.datetime(2010, 6, 1, 13, 30),
    pd.Timestamp("2010-06-01"),
    pd.Timestamp("2010-06-01 23:59", tz="Europe/Vienna"),
    np.datetime64("2010-06-01"),
    np.datetime64("2010-06-01T08:00:00"),
    "2010-06-01",
    " 2010-06-01 ",
]

# Every public function that takes a day, as (name, call).
DAY_FUNCTIONS: list[tuple[str, Callable[[Any], object]]] = [
    ("participating_states_on", lambda d: len(ORG.participating_states_on(d))),
    ("secretary_general_on", lambda d: ORG.secretary_general_on(d)),
    ("active", lambda d: len(ORG.field_operations.active(d))),
    ("closed", lambda d: len(ORG.field_operations.closed(d))),
    ("ParticipatingState.name_on", lambda d: ORG.participating_states["TR"].name_on(d)),
    (
        "ParticipatingState.participating_on",
        lambda d: ORG.participating_states["ME"].participating_on(d),
    ),
    (
        "FormerParticipatingState.name_on",
        lambda d: ORG.former_participating_states["yugoslavia"].name_on(d),
    ),
    (
        "FormerParticipatingState.participating_on",
        lambda d: ORG.former_participating_states["yugoslavia"].participating_on(d),
    ),
    ("FieldOperation.active_on", lambda d: ORG.field_operations["mission-to-serbia"].active_on(d)),
    ("FieldOperation.name_on", lambda d: ORG.field_operations["mission-to-serbia"].name_on(d)),
    ("Institution.heads_on", lambda d: ORG.institutions["odihr"].heads_on(d)),
    ("Chairpersonship.chairpersons_on", lambda d: ORG.chairpersonships[2010].chairpersons_on(d)),
    ("SecretaryGeneral.in_office_on", lambda d: ORG.secretaries_general.records[0].in_office_on(d)),
]


@pytest.mark.parametrize("form", DAY_FORMS, ids=repr)
def test_as_day_accepts_every_common_form(form: object) -> None:
    """A date, datetime, Timestamp, datetime64 or ISO text is the same day."""
    assert as_day(form) == DAY
    assert type(as_day(form)) is dt.date


@pytest.mark.parametrize(("name", "call"), DAY_FUNCTIONS, ids=[n for n, _ in DAY_FUNCTIONS])
def test_every_day_function_takes_every_form(name: str, call: Callable[[Any], object]) -> None:
    """Each function that takes a day answers the same for every form of the day."""
    expected = call(DAY)
    for form in DAY_FORMS[1:]:
        assert call(form) == expected, (name, form)


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (2010, TypeError, "not the int 2010: for a year, write datetime.date"),
        (True, TypeError, "not bool True"),
        (None, TypeError, "not NoneType None"),
        (2010.5, TypeError, "not float 2010.5"),
        ("yesterday", ValueError, "ISO text 'YYYY-MM-DD', not 'yesterday'"),
        ("2010-13-01", ValueError, "'2010-13-01' is not a day of the calendar"),
        ("20100601", ValueError, "ISO text"),
        (pd.NaT, ValueError, "missing"),
        (np.datetime64("NaT"), ValueError, "missing"),
    ],
    ids=repr,
)
def test_anything_else_is_one_clear_error(
    bad: object, error: type[Exception], message: str
) -> None:
    """A value that is no day raises TypeError (wrong type) or ValueError (no such day)."""
    with pytest.raises(error, match=message):
        as_day(bad)
    with pytest.raises(error, match=r"^day "):
        ORG.participating_states_on(bad)
    if bad is not None:  # active(None) means today
        with pytest.raises(error, match=r"^on "):
            ORG.field_operations.active(bad)


@pytest.mark.parametrize(
    "form",
    [
        2025,
        "2025",
        " 2025",
        np.int64(2025),
        dt.date(2025, 3, 1),
        pd.Timestamp("2025-03-01"),
        "2025-03-01",
    ],
    ids=repr,
)
def test_a_year_in_any_form(form: object) -> None:
    """troika and chairpersonship take a year as an int, text, NumPy integer or a day in it."""
    assert as_year(form) == 2025
    assert ORG.chairpersonship(form) is ORG.chairpersonships[2025]
    assert [c.year if c else None for c in ORG.troika(form)] == [2024, 2025, 2026]


@pytest.mark.parametrize(
    ("bad", "error"),
    [(2025.0, TypeError), (None, TypeError), (True, TypeError), ("next year", ValueError)],
    ids=repr,
)
def test_a_bad_year_is_one_clear_error(bad: object, error: type[Exception]) -> None:
    """A value that is no year raises TypeError or ValueError naming the parameter."""
    with pytest.raises(error, match=r"^year "):
        ORG.troika(bad)
    with pytest.raises(error, match=r"^year "):
        ORG.chairpersonship(bad)


def test_a_year_outside_the_data_is_none_not_an_error() -> None:
    """chairpersonship(1800) is None: no Chairpersonship existed then."""
    assert ORG.chairpersonship(1800) is None
    assert tuple(ORG.troika("1800")) == (None, None, None)
