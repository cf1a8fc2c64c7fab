"""Press releases as Arrow tables and Parquet files, with one documented, stable schema.

Needs ``osce-model[parquet]`` (pyarrow). One row per release; the columns are the release's
fields, in order (docs/corpora-at-scale.md lists them):

- text fields as ``string`` (``id``, ``title`` and ``content_type`` never null), dates as
  ``date32``;
- linked records as their ids: ``fields_of_work`` and ``mentioned_states`` as
  ``list<string>``; ``issuers`` as ``list<struct<kind: string, ref: string>>``, ``kind`` being
  the issuer's tag ("secretariat", "institution", "field_operation", "chairpersonship"…, or
  "text" for an unrecognised issuer, whose text is then ``ref``); a Chairpersonship's ``ref``
  is its year, as text;
- ``mentions`` as ``list<struct<state: string, where: string, text: string, start: int32,
  end: int32>>``; other tuples of text as ``list<string>``.

:func:`write_parquet` streams: it holds one row group (``row_group_size`` releases) at a time,
so a million releases are written in bounded memory. :func:`osce_model.corpus.load_corpus`
reads the files back into equal releases.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ..errors import DataError, Problem, require
from ..schema.records import PressRelease
from ..storage.plain import to_dict
from ._unicode import not_unicode as _not_unicode

__all__ = ["SCHEMA_VERSION", "arrow_schema", "read_parquet_rows", "to_arrow", "write_parquet"]

#: Bumped whenever a column changes; written in the Parquet metadata as "osce_model.schema".
SCHEMA_VERSION = "1"
_NOT_NULL = frozenset({"id", "title", "content_type"})


def _pa() -> Any:
    return require("pyarrow", feature="Arrow and Parquet export", extra="parquet")


def _column_kind(field: attrs.Attribute[Any]) -> str:
    name = field.name
    if name == "issuers":
        return "issuers"
    if name == "mentions":
        return "mentions"
    if name in ("fields_of_work", "mentioned_states"):
        return "ids"
    text = str(field.type)
    if ("date" in text and "datetime" in text) or text.endswith("date | None"):
        return "date"
    if "tuple" in text:
        return "ids"
    return "string"


def _kinds() -> dict[str, str]:
    return {field.name: _column_kind(field) for field in attrs.fields(PressRelease)}


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of :func:`to_arrow` and :func:`write_parquet` (see the module's
    doc)."""
    pa = _pa()
    types = {
        "string": pa.string(),
        "date": pa.date32(),
        "ids": pa.list_(pa.string()),
        "issuers": pa.list_(pa.struct([("kind", pa.string()), ("ref", pa.string())])),
        "mentions": pa.list_(
            pa.struct(
                [
                    ("state", pa.string()),
                    ("where", pa.string()),
                    ("text", pa.string()),
                    ("start", pa.int32()),
                    ("end", pa.int32()),
                ]
            )
        ),
    }
    fields = [
        pa.field(name, types[kind], nullable=name not in _NOT_NULL)
        for name, kind in _kinds().items()
    ]
    return pa.schema(fields, metadata={"osce_model.schema": SCHEMA_VERSION})


def _row(release: object, kinds: dict[str, str]) -> dict[str, Any]:
    if not isinstance(release, PressRelease):
        raise TypeError(f"expected a PressRelease, got {type(release).__name__}")
    bad = _not_unicode(release)  # refused as the other saves refuse it
    if bad is not None:
        raise DataError([Problem(f"{bad.message}: nothing was saved", path=bad.path)])
    data = to_dict(release)
    row: dict[str, Any] = {}
    for name, kind in kinds.items():
        value = data.get(name)
        if kind == "date":
            value = getattr(release, name)
        elif kind == "issuers":
            value = [{"kind": k, "ref": str(v)} for item in value or () for k, v in item.items()]
        elif kind == "ids":
            value = [str(v) for v in value or ()]
        elif kind == "mentions":
            value = [{**m, "state": str(m["state"])} for m in value or ()]
        row[name] = value
    return row


def _batches(releases: Iterable[PressRelease], size: int) -> Iterator[list[dict[str, Any]]]:
    kinds = _kinds()
    batch: list[dict[str, Any]] = []
    for release in releases:
        batch.append(_row(release, kinds))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_arrow(releases: Iterable[PressRelease]) -> Any:
    """``releases`` as one ``pyarrow.Table`` (needs ``osce-model[parquet]``).

    >>> import osce_model
    >>> from osce_model.press.columnar import to_arrow
    >>> table = to_arrow(osce_model.load().press_releases)
    >>> table.num_rows, str(table.schema.field("date").type)
    (1, 'date32[day]')
    """
    pa = _pa()
    schema = arrow_schema()
    batches = [pa.RecordBatch.from_pylist(b, schema=schema) for b in _batches(releases, 10_000)]
    return pa.Table.from_batches(batches, schema=schema)


def write_parquet(
    releases: Iterable[PressRelease], path: str | Path, *, row_group_size: int = 10_000
) -> int:
    """Write ``releases`` to the Parquet file ``path``, one row group at a time; return how
    many (needs ``osce-model[parquet]``).

    Like the other saves, it writes a temporary file beside ``path`` and renames it: a save
    that fails or is killed leaves the previous file as it was.
    """
    if row_group_size < 1:
        raise ValueError(f"row_group_size must be at least 1, not {row_group_size}")
    pa = _pa()
    pq: Any = require("pyarrow.parquet", feature="Parquet export", extra="parquet")
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    schema = arrow_schema()
    count = 0
    try:
        with pq.ParquetWriter(str(temporary), schema, compression="zstd") as writer:
            for batch in _batches(releases, row_group_size):
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                count += len(batch)
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def read_parquet_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a Parquet file written by :func:`write_parquet`, in the plain form that
    :func:`osce_model.storage.plain.from_dict` reads (ids for records, ISO dates)."""
    pq: Any = require("pyarrow.parquet", feature="Parquet reading", extra="parquet")
    kinds = _kinds()
    parquet = pq.ParquetFile(str(path))
    for batch in parquet.iter_batches(batch_size=10_000):
        for row in batch.to_pylist():
            yield _plain(row, kinds)


def _plain(row: dict[str, Any], kinds: dict[str, str]) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    for name, value in row.items():
        kind = kinds.get(name)
        if kind == "date" and isinstance(value, _dt.date):
            value = value.isoformat()
        elif kind == "issuers" and value is not None:
            value = [{item["kind"]: item["ref"]} for item in value]
        plain[name] = value
    return plain
