"""Normalised tables of the whole organisation, and their export as a Frictionless Data Package.

:func:`to_tables` gives one DataFrame per kind of record (flat, as ``to_dataframe`` makes
them) plus the lists those records hold, each as a table of its own: every name a record is
known by, the membership periods, the posts and their terms, the relations and the sources.
:func:`write_package` writes them as CSV, Parquet or JSON files beside a ``datapackage.json``
that describes each table's fields, so that R, Stata, DuckDB or a spreadsheet can read them.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import require
from ..schema.records import SecretariatUnit, _Entity
from .frames import put_days, to_dataframe
from .panel import membership_periods

if TYPE_CHECKING:
    import pandas

    from ..organization.organization import Organization

__all__ = ["FORMATS", "LINK_TABLES", "to_tables", "write_package"]

FORMATS = ("csv", "parquet", "json")
# The tables that are not one kind of record, in the order they are written.
LINK_TABLES = ("names", "memberships", "terms", "relations", "sources")


def _names(org: Organization) -> dict[str, list[Any]]:
    rows: dict[str, list[Any]] = {"kind": [], "id": [], "name": [], "type": [], "until": []}

    def add(kind: str, record: Any, name: str, how: str, until: _dt.date | None) -> None:
        rows["kind"].append(kind)
        rows["id"].append(str(record.id))
        rows["name"].append(name)
        rows["type"].append(how)
        rows["until"].append(until)

    for collection in org.collections().values():
        tag = collection.kind.tag
        for record in collection:
            add(tag, record, record.name, "name", None)
            acronym = getattr(record, "acronym", None)
            if acronym:
                add(tag, record, acronym, "acronym", None)
            for alias in getattr(record, "aliases", ()):
                add(tag, record, alias, "alias", None)
            for former in getattr(record, "former_names", ()):
                add(tag, record, former.name, "former name", former.until)
    return rows


def _terms(org: Organization) -> dict[str, list[Any]]:
    """Every post of every person (``org.people``, the one place terms are gathered): the
    Chairpersons-in-Office, the heads and officials of the institutions, the heads of field
    operations, the Representatives of the Chair and the Secretaries General."""
    rows: dict[str, list[Any]] = {
        "post_kind": [],
        "post_id": [],
        "post": [],
        "person_id": [],
        "person": [],
        "title": [],
        "since": [],
        "until": [],
        "current": [],
    }
    for person in org.people:
        for post in person.posts:
            secretary_general = post.title == "Secretary General" and isinstance(
                post.organisation, SecretariatUnit
            )
            rows["post_kind"].append(
                "secretary_general"
                if secretary_general
                else org.schema.kind_of(post.organisation).tag
            )
            rows["post_id"].append(str(post.organisation.id))
            rows["post"].append(post.organisation.name)
            rows["person_id"].append(person.id)
            rows["person"].append(person.name)
            rows["title"].append(post.title)
            rows["since"].append(post.since)
            rows["until"].append(post.until)
            rows["current"].append(post.current)
    return rows


def _tag(org: Organization, record: object) -> str | None:
    """The kind of a record (its class's name for a record no collection holds, such as a
    person named in a term)."""
    if not isinstance(record, _Entity):
        return None
    try:
        return org.schema.kind_of(record).tag
    except TypeError:
        return type(record).__name__.lower()


def _relations(org: Organization) -> dict[str, list[Any]]:
    rows: dict[str, list[Any]] = {
        "source_kind": [],
        "source_id": [],
        "relation": [],
        "target_kind": [],
        "target_id": [],
        "since": [],
        "until": [],
    }
    for relation in org.relations():
        source, target = relation.source, relation.target
        rows["source_kind"].append(_tag(org, source))
        rows["source_id"].append(str(getattr(source, "id", source)))
        rows["relation"].append(relation.name)
        rows["target_kind"].append(_tag(org, target))
        rows["target_id"].append(str(getattr(target, "id", target)))
        rows["since"].append(relation.since)
        rows["until"].append(relation.until)
    return rows


def _sources(org: Organization) -> dict[str, list[Any]]:
    rows: dict[str, list[Any]] = {"kind": [], "id": [], "url": []}
    for collection in org.collections().values():
        tag = collection.kind.tag
        for record in collection:
            urls = getattr(record, "sources", ())
            url = getattr(record, "url", None)
            if not urls and url:
                urls = (url,)  # a press release is its own source
            for url in urls:
                rows["kind"].append(tag)
                rows["id"].append(str(record.id))
                rows["url"].append(url)
    return rows


def to_tables(org: Organization) -> dict[str, pandas.DataFrame]:
    """Every table: one per collection (named like it), then "names" (every name, acronym,
    alias and former name of every record), "memberships" (``membership_periods()``), "terms"
    (every post of every person in ``org.people``, with its term), "relations" (every link
    ``related()`` follows) and "sources" (one URL a row)."""
    pd: Any = require("pandas", feature="to_tables()", extra="pandas")
    tables: dict[str, Any] = {
        name: to_dataframe(collection) for name, collection in org.collections().items()
    }
    for name, rows in (
        ("names", _names(org)),
        ("terms", _terms(org)),
        ("relations", _relations(org)),
        ("sources", _sources(org)),
    ):
        frame = pd.DataFrame(rows)
        for column in ("since", "until"):  # a day, or a month or year: with its precision
            if column in frame:
                put_days(frame, column, rows[column], precision=True)
        if "current" in frame:
            frame["current"] = frame["current"].astype("boolean")
        tables[name] = frame
    tables["memberships"] = membership_periods(org)
    return {name: tables[name] for name in [*org.collections(), *LINK_TABLES]}


def _field_type(dtype: Any) -> str:
    """The Table Schema type of a pandas column."""
    kind = str(dtype)
    if kind.startswith("datetime64"):
        return "date"
    if kind in ("bool", "boolean"):
        return "boolean"
    if kind.lower().startswith(("int", "uint")):
        return "integer"
    if kind.startswith("float"):
        return "number"
    return "string"


def _for_files(frame: Any) -> Any:
    """The frame as written: dates as days, categories as text."""
    out = frame.copy()
    for column in out:
        dtype = str(out[column].dtype)
        if dtype.startswith("datetime64"):
            out[column] = out[column].dt.strftime("%Y-%m-%d").astype("object")
            out.loc[frame[column].isna(), column] = None
        elif dtype == "category":
            out[column] = out[column].astype("object")
    return out


def write_package(
    org: Organization, directory: str | Path, *, format: str = "csv", version: str | None = None
) -> Path:
    """Write every table of :func:`to_tables` into ``directory`` as ``format`` ("csv",
    "parquet" or "json") and a Frictionless ``datapackage.json`` describing them; return its
    path. ``version`` is the package version recorded beside the data's date."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if format == "parquet":
        require("pyarrow", feature="export --format parquet", extra="parquet")
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    resources = []
    for name, frame in to_tables(org).items():
        flat = _for_files(frame)
        path = f"{name}.{format}"
        if format == "csv":
            flat.to_csv(target / path, index=False, encoding="utf-8", lineterminator="\n")
        elif format == "json":
            rows = [
                {k: (None if v is None or v != v else v) for k, v in row.items()}
                for row in flat.astype("object").to_dict(orient="records")
            ]
            (target / path).write_text(
                json.dumps(rows, ensure_ascii=False, indent=1, default=_json_default) + "\n",
                encoding="utf-8",
            )
        else:
            flat.to_parquet(target / path, index=False)
        resources.append(
            {
                "name": name.replace("_", "-"),
                "path": path,
                "profile": "tabular-data-resource",
                "format": format,
                "mediatype": {
                    "csv": "text/csv",
                    "json": "application/json",
                    "parquet": "application/vnd.apache.parquet",
                }[format],
                **({"encoding": "utf-8"} if format != "parquet" else {}),
                "schema": {
                    "fields": [
                        {"name": str(column), "type": _field_type(frame[column].dtype)}
                        for column in frame.columns
                    ]
                },
            }
        )
    descriptor = {
        "profile": "tabular-data-package",
        "name": "osce-model",
        "title": "The OSCE as typed, sourced data (osce-model)",
        "version": version or "0.0.0",
        "created": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "data_as_of": org.data_as_of.isoformat(),
        "licenses": [{"name": "MIT", "path": "https://opensource.org/licenses/MIT"}],
        "resources": resources,
    }
    out = target / "datapackage.json"
    out.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def _json_default(value: object) -> object:
    if isinstance(value, _dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # a NumPy scalar
        return value.item()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
