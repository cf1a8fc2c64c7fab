"""Exports: dicts, JSON and YAML round trips, DataFrames, the graph, HTML and the figure."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import osce_model
from osce_model import DataError, MissingExtraError, Organization
from osce_model.organization.relations import RELATION_NAMES
from osce_model.storage.plain import dumps, from_dict, loads, to_dict

ORG = osce_model.load()
ENTITIES = [record for coll in ORG.collections().values() for record in coll]


def test_to_dict_turns_references_into_ids(org: Organization) -> None:
    """A record's references are ids in its dict; dates stay dates."""
    data = to_dict(org.field_operations["Mission to Serbia"])
    assert data["host"] == "serbia"
    assert isinstance(data["established"], dt.date)
    assert to_dict(org.chairpersonships[2025])["state"] == "finland"
    assert to_dict(next(iter(org.press_releases)))["issuers"] == [{"secretariat": "secretariat"}]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ENTITIES), st.sampled_from(["json", "yaml"]))
def test_round_trip_of_every_entity(record: Any, fmt: str) -> None:
    """dumps then loads gives back an equal record, for any bundled entity and format."""
    assert loads(dumps(record, format=fmt), type(record), format=fmt) == record  # type: ignore[arg-type]


def test_round_trip_of_a_collection() -> None:
    """A list of records round-trips too, and JSON is JSON."""
    text = dumps(ORG.partners)
    assert json.loads(text)[0]["iso2"] == "AF"
    assert loads(text, osce_model.Partner) == list(ORG.partners)


def test_from_dict_errors_name_the_field() -> None:
    """Bad plain data is a DataError with the field path and the bad value."""
    data = to_dict(ORG.field_operations["Mission to Serbia"])
    data["host"] = "atlantis"
    with pytest.raises(DataError, match=r"FieldOperation\.host: unknown .* 'atlantis'"):
        from_dict(data, osce_model.FieldOperation)
    with pytest.raises(DataError, match="invalid JSON"):
        loads("{", osce_model.Partner)


def test_dataframe_columns_are_typed() -> None:
    """Dates are datetimes, enums categories, references ids plus names."""
    frame = ORG.field_operations.to_dataframe()
    assert len(frame) == len(ORG.field_operations)
    assert str(frame["established"].dtype).startswith("datetime64")
    assert str(frame["closed"].dtype).startswith("datetime64")
    serbia = frame.set_index("id").loc["mission-to-serbia"]
    assert (serbia["host"], serbia["host_name"]) == ("serbia", "Serbia")
    partners = ORG.partners.to_dataframe()
    assert str(partners["group"].dtype) == "category"
    assert str(ORG.chairpersonships.to_dataframe()["year"].dtype) == "Int64"


def test_days_known_to_the_month_keep_their_precision() -> None:
    """A field that may hold a month or a year stays a datetime column (the first day) with a
    ``_precision`` column beside it; a field that holds only days has none."""
    frame = ORG.field_operations.to_dataframe().set_index("id")
    columns = list(frame.columns)
    assert columns.index("closed_precision") == columns.index("closed") + 1
    kvm = frame.loc["kosovo-verification-mission"]
    assert (str(kvm["closed"].date()), kvm["closed_precision"]) == ("1999-06-01", "month")
    serbia = frame.loc["mission-to-serbia"]
    assert (serbia["closed_precision"], serbia["established_precision"]) == (None, "day")
    assert "participating_until_precision" not in ORG.participating_states.to_dataframe()
    terms = ORG.to_tables()["terms"]
    assert str(terms["since"].dtype).startswith("datetime64")
    assert set(terms["since_precision"].dropna()) <= {"day", "month", "year"}


def test_query_results_become_dataframes() -> None:
    """Results of a query mixing kinds get a kind column."""
    frame = ORG.participating_states_on(dt.date(1980, 1, 1)).to_dataframe()
    assert len(frame) == 35
    assert set(frame["kind"]) == {"participating_state", "former_participating_state"}


def test_every_collection_has_a_dataframe() -> None:
    """to_dataframe works on every collection."""
    for name, coll in ORG.collections().items():
        assert len(coll.to_dataframe()) == len(coll), name


def test_missing_pandas_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_dataframe names the extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'osce-model\[pandas\]'"):
        ORG.partners.to_dataframe()
    assert issubclass(MissingExtraError, ImportError)


def test_importing_the_package_imports_no_optional_library() -> None:
    """pandas, networkx and matplotlib are imported only when used."""
    code = (
        "import sys, osce_model; osce_model.load();"
        "print([m for m in ('pandas', 'networkx', 'matplotlib') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_networkx_graph() -> None:
    """One node per entity, named edges of the documented relations, from the one table."""
    graph = ORG.to_networkx()
    assert graph.number_of_nodes() == len(ENTITIES) + len(ORG.people)
    assert graph.nodes["people:ignazio-cassis"]["kind"] == "person"
    assert graph.nodes["participating_states:germany"]["name"] == "Germany"
    assert graph.nodes["field_operations:mission-to-serbia"]["established"] == "2001-01-11"
    names = {name for _, _, name in graph.edges(keys=True)}
    assert names <= set(RELATION_NAMES)
    assert graph.number_of_edges() == len(ORG.relations())
    assert graph.has_edge(
        "participating_states:serbia", "field_operations:mission-to-serbia", key="hosts"
    )
    assert graph.has_edge(
        "secretariat:strategic-police-matters-unit",
        "secretariat:transnational-threats-department",
        key="part_of",
    )
    assert graph.has_edge("participating_states:finland", "chairpersonships:2025", key="chaired")


def test_html_reprs() -> None:
    """Entities render as a card with related entities; collections and results as tables."""
    card = ORG.participating_states["Serbia"]._repr_html_()
    assert "<strong>Serbia</strong>" in card
    assert "Mission to Serbia" in card  # a related field operation
    table = ORG.partners._repr_html_()
    assert table.count("<tr>") == 12
    assert "Afghanistan" in table
    assert "<table" in ORG.field_operations.active()._repr_html_()
    assert "<td>participating_states</td><td style='text-align:right'>57</td>" in (
        ORG._repr_html_()
    )


def test_plain_repr_is_short_and_python_like() -> None:
    """repr names a record by id and name, references by id."""
    assert (
        repr(ORG.participating_states["DE"]) == "ParticipatingState(id='germany', name='Germany')"
    )
    assert repr(ORG.chairpersonships[2025]) == "Chairpersonship(year=2025, state='finland')"
    assert repr(ORG.participating_states["TR"].former_names[0]) == (
        "FormerName(name='Turkey', until=datetime.date(2022, 6, 1))"
    )


def test_membership_timeline_figure() -> None:
    """The figure has the membership step line and the Chairpersonship row."""
    from osce_model.export.plot import membership_timeline

    figure = membership_timeline()
    top, bottom = figure.axes
    counts: Any = top.lines[0].get_ydata()
    assert counts[0] == 35
    assert counts[-1] == 57
    assert len(bottom.patches) == len(ORG.chairpersonships)


def test_the_figure_shows_itself_and_its_labels_do_not_overlap() -> None:
    """Jupyter gets a PNG from _repr_png_; no two change labels (1991–92) overlap."""
    import itertools

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    from osce_model.export.plot import membership_timeline

    figure = membership_timeline()
    png = figure._repr_png_()  # type: ignore[attr-defined]
    assert png.startswith(b"\x89PNG")
    canvas: Any = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    boxes = [Text.get_window_extent(label, renderer) for label in figure.axes[0].texts]
    assert len(boxes) > 10
    assert not [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)]


def test_search_troika_and_related_show_themselves_as_html() -> None:
    """Search results, the Troika and related() have HTML views and stay plain values."""
    matches = ORG.search("Serbia")
    assert isinstance(matches, list)
    html = matches._repr_html_()  # type: ignore[attr-defined]
    assert html.startswith("<table")
    assert "Serbia" in html
    troika = ORG.troika(2025)
    assert tuple(troika) == (
        ORG.chairpersonships[2024],
        ORG.chairpersonships[2025],
        ORG.chairpersonships[2026],
    )
    html = troika._repr_html_()  # type: ignore[attr-defined]
    assert all(text in html for text in ("previous", "Finland", "2026"))
    related = ORG.related("Germany")
    assert isinstance(related, dict)
    html = related._repr_html_()  # type: ignore[attr-defined]
    assert all(text in html for text in ("chaired", "OSCE Chairpersonship 2016 (Germany)"))
    assert "none recorded" in ORG.troika(1991)._repr_html_()  # type: ignore[attr-defined]


def test_cards_show_a_predecessor_once() -> None:
    """A field operation's card lists its predecessors as a field, not again as a relation."""
    operation = next(op for op in ORG.field_operations if op.predecessors)
    card = operation._repr_html_()
    assert card.count(">predecessors<") == 1
    assert "→ predecessor" not in card


def test_states_on_a_day_show_the_names_of_the_day() -> None:
    """participating_states_on's table names each State as it was named that day."""
    html = ORG.participating_states_on(dt.date(2010, 1, 1))._repr_html_()
    assert ">Turkey<" in html
    assert "Türkiye" not in html
    assert "name on 2010-01-01" in html
