"""Arrow and Parquet: a stable schema, streamed row groups, and equal releases read back."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

import osce_model
from osce_model import DataError, MissingExtraError, Organization, PressRelease
from osce_model.press.corpus import load_corpus
from osce_model.press.parsing import parse_press_release

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from osce_model.press.columnar import arrow_schema, to_arrow, write_parquet  # noqa: E402

PRESS = Path(__file__).parent / "fixtures" / "press"


def releases(org: Organization) -> list[PressRelease]:
    """The bundled release, the fixture pages that are releases (with mentions), and more."""
    found = list(org.press_releases)
    for name in ("title-body.txt", "old-site-2002-fry.txt", "field-office-sr.txt"):
        found.append(parse_press_release((PRESS / name).read_text("utf-8"), org=org))
    found.append(
        PressRelease(
            id="plain",
            title="Ünïcode & text",
            content_type="News",
            issuers=("A ministry", org.chairpersonships[2016]),
        )
    )
    return found


def test_schema_is_stable() -> None:
    """The columns, their order and their types are the documented ones."""
    schema = arrow_schema()
    assert [(f.name, str(f.type)) for f in schema][:11] == [
        ("id", "string"),
        ("title", "string"),
        ("content_type", "string"),
        ("date", "date32[day]"),
        ("place", "string"),
        ("dateline_city", "string"),
        ("issuers", "list<item: struct<kind: string, ref: string>>"),
        ("fields_of_work", "list<item: string>"),
        ("mentioned_states", "list<item: string>"),
        ("body", "string"),
        ("url", "string"),
    ]
    assert not schema.field("id").nullable
    assert schema.metadata == {b"osce_model.schema": b"1"}


def test_to_arrow_holds_ids_and_dates(org: Organization) -> None:
    """Linked records are their ids, dates are dates, unrecognised issuers their text."""
    table = to_arrow(releases(org))
    rows = table.to_pylist()
    assert rows[0]["date"] == _dt.date(2016, 6, 3)
    assert rows[0]["mentioned_states"] == ["croatia"]
    assert rows[-1]["issuers"] == [
        {"kind": "text", "ref": "A ministry"},
        {"kind": "chairpersonship", "ref": "2016"},
    ]


def test_parquet_round_trip_in_row_groups(tmp_path: Path, org: Organization) -> None:
    """write_parquet streams row groups, and load_corpus reads back equal releases."""
    items = releases(org)
    path = tmp_path / "corpus.parquet"
    assert write_parquet(items, path, row_group_size=2) == len(items)
    assert pq.ParquetFile(path).num_row_groups == 3
    assert load_corpus(path, org=org) == tuple(items)
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.parquet"]


def test_releases_dataframe_survives_parquet(tmp_path: Path, org: Organization) -> None:
    """The pandas DataFrame of releases, mixed issuers and all, writes to Parquet."""
    pytest.importorskip("pandas")
    frame = org.with_press_releases(releases(org)[1:]).press_releases.to_dataframe()
    frame.to_parquet(tmp_path / "frame.parquet")
    assert len(pq.read_table(tmp_path / "frame.parquet")) == len(frame)


def test_text_that_is_not_unicode_is_refused(tmp_path: Path, org: Organization) -> None:
    """A lone surrogate stops write_parquet with a DataError, and leaves the old file."""
    path = tmp_path / "corpus.parquet"
    write_parquet(org.press_releases, path)
    before = path.read_bytes()
    broken = PressRelease(id="x", title="Broken \udc80", content_type="News")
    with pytest.raises(DataError, match=r"release 'x': title holds a lone surrogate \(U\+DC80\)"):
        write_parquet([broken], path)
    assert path.read_bytes() == before


def test_bad_row_group_size(tmp_path: Path) -> None:
    """A row group of no releases is refused before anything is written."""
    with pytest.raises(ValueError, match="row_group_size must be at least 1"):
        write_parquet([], tmp_path / "x.parquet", row_group_size=0)


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow, the error says which extra to install."""
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"osce-model\[parquet\]"):
        to_arrow(osce_model.load().press_releases)
