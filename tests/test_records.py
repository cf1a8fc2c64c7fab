"""Records: frozen, typed, with time-aware helpers."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import attrs
import pytest

from osce_model import FormerName, Officeholder, Organization, ParticipatingState
from osce_model.schema.records import Institution


def test_records_are_frozen(org: Organization) -> None:
    """Assigning to a record raises."""
    state = org.participating_states["Malta"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        state.name = "Malta!"  # type: ignore[misc]


def test_records_are_keyword_only() -> None:
    """Positional construction is refused."""
    with pytest.raises(TypeError):
        FormerName("Turkey")  # type: ignore[call-arg]


def test_copy_deepcopy_and_pickle_round_trip(org: Organization) -> None:
    """Records and the organisation survive copy, deepcopy and pickle, equal to the original."""
    state = org.participating_states["Serbia"]
    assert copy.copy(state) == state
    assert copy.deepcopy(state) == state
    assert pickle.loads(pickle.dumps(state)) == state
    assert hash(pickle.loads(pickle.dumps(state))) == hash(state)
    clone = pickle.loads(pickle.dumps(org))
    assert clone == org
    assert clone.participating_states["DE"] == org.participating_states["DE"]


@pytest.mark.parametrize(
    ("key", "day", "name"),
    [
        ("Türkiye", dt.date(2010, 1, 1), "Turkey"),
        ("Türkiye", dt.date(2023, 1, 1), "Türkiye"),
        ("North Macedonia", dt.date(2005, 1, 1), "the former Yugoslav Republic of Macedonia"),
        ("North Macedonia", dt.date(2020, 1, 1), "North Macedonia"),
    ],
)
def test_state_name_on(org: Organization, key: str, day: dt.date, name: str) -> None:
    """The name a State had on a day."""
    assert org.participating_states[key].name_on(day) == name


def test_name_on_is_none_where_an_undated_rename_leaves_it_open() -> None:
    """A former name whose end is unknown makes the answer unknown, not a guess."""
    state = ParticipatingState(
        id="x",
        name="New",
        iso2="XX",
        iso3="XXX",
        iso_numeric="999",
        participating_since=dt.date(1992, 1, 1),
        former_names=(
            FormerName(name="Old", until=dt.date(2000, 1, 1)),
            FormerName(name="Middle"),
            FormerName(name="Late", until=dt.date(2020, 1, 1)),
        ),
        sources=("https://example.org",),
    )
    assert state.name_on(dt.date(1999, 1, 1)) == "Old"
    assert state.name_on(dt.date(2010, 1, 1)) is None
    assert state.name_on(dt.date(2021, 1, 1)) == "New"


def test_heads_on_follows_the_succession() -> None:
    """A term without a recorded end ends when the next one starts; unknowns are left out."""
    inst = Institution(
        id="x",
        name="X",
        seat="Vienna",
        sources=("https://example.org",),
        heads=(
            Officeholder(name="A", since=dt.date(2000, 1, 1)),
            Officeholder(name="B", since=dt.date(2005, 1, 1), until=dt.date(2009, 12, 31)),
            Officeholder(name="C"),
            Officeholder(name="D", since=dt.date(2015, 1, 1), current=True),
        ),
    )
    assert [h.name for h in inst.heads_on(dt.date(2003, 1, 1))] == ["A"]
    assert [h.name for h in inst.heads_on(dt.date(2009, 12, 31))] == ["B"]
    assert inst.heads_on(dt.date(2012, 1, 1)) == ()
    assert [h.name for h in inst.heads_on(dt.date(2030, 1, 1))] == ["D"]
    assert [h.name for h in inst.current_heads] == ["D"]
