"""Flat exports: DataFrames that go to Parquet and CSV as they are, normalised tables, and the
Frictionless Data Package that ``osce-model export`` writes."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import osce_model
from osce_model.cli import main
from osce_model.export.frames import LIST_SEPARATOR
from osce_model.export.tables import LINK_TABLES, write_package

ORG = osce_model.load()


def _cells_are_flat(frame: pd.DataFrame) -> bool:
    return not any(
        isinstance(value, (tuple, list, dict, set)) for column in frame for value in frame[column]
    )


@pytest.mark.parametrize("name", list(ORG.collections()))
def test_every_dataframe_survives_parquet_and_csv(name: str) -> None:
    """No cell holds a tuple or dict; Parquet and CSV round-trip the frame's shape."""
    frame = ORG.collections()[name].to_dataframe()
    assert _cells_are_flat(frame)
    buffer = io.BytesIO()
    frame.to_parquet(buffer)
    back = pd.read_parquet(io.BytesIO(buffer.getvalue()))
    assert back.shape == frame.shape
    assert pd.read_csv(io.StringIO(frame.to_csv(index=False))).shape == frame.shape


def test_lists_are_joined_and_hosts_and_chairs_have_iso_codes() -> None:
    """Lists become documented joined text; references to States carry ISO codes."""
    operations = ORG.field_operations.to_dataframe().set_index("id")
    assert operations.loc["mission-to-serbia", "host_iso3"] == "SRB"
    assert operations.loc["mission-to-serbia", "host_iso2"] == "RS"
    chairs = ORG.chairpersonships.to_dataframe().set_index("year")
    assert chairs.loc[2025, "state_iso3"] == "FIN"
    turkey = ORG.participating_states.to_dataframe().set_index("id").loc["turkiye"]
    assert "Turkey (until " in turkey["former_names"]
    sources = turkey["sources"].split(LIST_SEPARATOR)
    assert sources == list(ORG.participating_states["TR"].sources)


def test_to_tables_is_normalised() -> None:
    """One table per collection, then names, memberships, terms, relations and sources."""
    tables = ORG.to_tables()
    assert list(tables) == [*ORG.collections(), *LINK_TABLES]
    names = tables["names"]
    turkey = names[(names["id"] == "turkiye")]
    assert {"name", "former name", "alias"} <= set(turkey["type"])
    terms = tables["terms"]
    assert set(terms["post_kind"]) == {
        "chairpersonship",
        "institution",
        "secretary_general",
        "field_operation",
        "personal_representative",
    }
    sgs = terms[terms["post_kind"] == "secretary_general"]
    assert len(sgs) == len(ORG.secretaries_general)
    assert len(terms) == sum(len(person.posts) for person in ORG.people)
    assert len(tables["relations"]) == len(ORG.relations())
    sources = tables["sources"]
    assert len(sources[sources["id"] == "turkiye"]) == len(ORG.participating_states["TR"].sources)
    assert tables["memberships"].equals(ORG.membership_periods())
    assert all(_cells_are_flat(frame) for frame in tables.values())


def _validate(descriptor: Path) -> Any:
    frictionless = pytest.importorskip("frictionless")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # frictionless' own dependencies warn on import
        return frictionless.validate(str(descriptor))


def test_the_csv_package_validates_with_frictionless(tmp_path: Path) -> None:
    """Every CSV file matches its schema in datapackage.json, which names the data's date."""
    descriptor = write_package(ORG, tmp_path, format="csv", version="0.2.0")
    report = _validate(descriptor)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    package = json.loads(descriptor.read_text("utf-8"))
    assert package["data_as_of"] == ORG.data_as_of.isoformat()
    assert package["version"] == "0.2.0"
    assert len(package["resources"]) == len(ORG.collections()) + len(LINK_TABLES)
    memberships = next(r for r in package["resources"] if r["name"] == "memberships")
    fields = {f["name"]: f["type"] for f in memberships["schema"]["fields"]}
    assert (fields["start"], fields["id"]) == ("date", "string")


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_json_and_parquet_packages(tmp_path: Path, fmt: str) -> None:
    """JSON and Parquet exports write every table, readable back with the same rows."""
    descriptor = write_package(ORG, tmp_path, format=fmt)
    package = json.loads(descriptor.read_text("utf-8"))
    states = next(r for r in package["resources"] if r["name"] == "participating-states")
    path = tmp_path / states["path"]
    frame = pd.read_json(path) if fmt == "json" else pd.read_parquet(path)
    assert len(frame) == len(ORG.participating_states)
    assert [f["name"] for f in states["schema"]["fields"]] == list(frame.columns)


def test_export_command_writes_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """osce-model export DIR writes CSV tables and datapackage.json; a bad format is usage."""
    assert main(["export", str(tmp_path / "out")]) == 0
    assert "datapackage.json" in capsys.readouterr().out
    assert (tmp_path / "out" / "memberships.csv").is_file()
    assert json.loads((tmp_path / "out" / "datapackage.json").read_text("utf-8"))["resources"]
    with pytest.raises(SystemExit):
        main(["export", str(tmp_path / "x"), "--format", "xlsx"])
