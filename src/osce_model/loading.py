"""Loading: read the YAML files, validate, resolve references, cross-check, build.

Everything is checked before anything is handed over: a load either returns a complete
:class:`~osce_model.Organization` or raises one :class:`~osce_model.DataError` listing every
problem found, each with its file, line, field path and bad value.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._converter import make_converter, problems_from, structure_record
from ._normalize import normalize
from ._yaml import DEFAULT_MAX_BYTES, line_of, read_yaml_file
from .collections import record_keys
from .errors import DataError, Problem
from .organization import Organization
from .records import (
    Chairpersonship,
    DecisionMakingBody,
    FieldOfWork,
    FieldOperation,
    FormerParticipatingState,
    Institution,
    MeetingType,
    ParticipatingState,
    Partner,
    PressRelease,
    SecretariatUnit,
    SecretaryGeneral,
    Summit,
    Territory,
)

__all__ = ["DATA_FILES", "METADATA_FILE", "build_organization", "load_directory"]

METADATA_FILE = "metadata.yaml"

# Collection, file, record class, fields that refer to records of the same file. In build
# order: a file only refers to files above it (and to itself through the listed fields).
DATA_FILES: tuple[tuple[str, str, type, tuple[str, ...]], ...] = (
    (
        "former_participating_states",
        "former_participating_states.yaml",
        FormerParticipatingState,
        ("predecessors",),
    ),
    ("participating_states", "participating_states.yaml", ParticipatingState, ()),
    ("territories", "territories.yaml", Territory, ()),
    ("partners", "partners.yaml", Partner, ()),
    ("former_partners", "former_partners.yaml", Partner, ()),
    ("chairpersonships", "chairpersonships.yaml", Chairpersonship, ()),
    ("secretaries_general", "secretaries_general.yaml", SecretaryGeneral, ()),
    ("secretariat", "secretariat.yaml", SecretariatUnit, ("parent",)),
    ("institutions", "institutions.yaml", Institution, ()),
    ("field_operations", "field_operations.yaml", FieldOperation, ("predecessors",)),
    ("fields_of_work", "fields_of_work.yaml", FieldOfWork, ()),
    ("meeting_types", "meeting_types.yaml", MeetingType, ()),
    ("decision_making_bodies", "decision_making_bodies.yaml", DecisionMakingBody, ()),
    ("summits", "summits.yaml", Summit, ()),
    ("press_releases", "press_releases.yaml", PressRelease, ()),
)

# Fields whose YAML values must be quoted: unquoted, NO (Norway) is a boolean and NA (Namibia)
# reads as "missing" in many tools; quoting makes the file mean the same everywhere.
QUOTED_FIELDS = ("iso2", "iso3", "iso3166_3")

_KIND_WORDS: dict[type, str] = {
    ParticipatingState: "participating State",
    FormerParticipatingState: "former participating State",
    Territory: "territory",
    SecretariatUnit: "Secretariat unit",
    Institution: "institution",
    FieldOperation: "field operation",
    FieldOfWork: "field of work",
    Chairpersonship: "Chairpersonship",
}


class _Failed(Exception):
    """A reference to a record that itself failed: reported once, at the record."""


class _Registry:
    """The records built so far, by class and id; resolves references for the converter."""

    def __init__(self) -> None:
        self.records: dict[type, dict[str, Any]] = {}
        self.failed: dict[type, set[str]] = {}

    def add(self, record: Any) -> None:
        self.records.setdefault(type(record), {})[_key_of(record)] = record

    def resolve(self, types: tuple[type, ...], ref: object) -> Any:
        key = str(ref)
        for cls in types:
            found = self.records.get(cls, {}).get(key)
            if found is not None:
                return found
        if any(key in self.failed.get(cls, ()) for cls in types):
            raise _Failed(key)
        kinds = " or ".join(_KIND_WORDS.get(cls, cls.__name__) for cls in types)
        raise ValueError(f"unknown {kinds} {ref!r}")


def _key_of(record: Any) -> str:
    return str(record.year) if isinstance(record, Chairpersonship) else str(record.id)


def _raw_key(cls: type, raw: Mapping[str, Any]) -> str | None:
    value = raw.get("year" if cls is Chairpersonship else "id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value)


def _self_refs(raw: Mapping[str, Any], fields: tuple[str, ...]) -> list[str]:
    refs: list[str] = []
    for field in fields:
        value = raw.get(field)
        if isinstance(value, str):
            refs.append(value)
        elif isinstance(value, list):
            refs.extend(item for item in value if isinstance(item, str))
    return refs


def _build_order(rows: list[Any], cls: type, fields: tuple[str, ...]) -> list[int]:
    """Indices of ``rows`` so that a record comes after the records of its file it refers to."""
    if not fields:
        return list(range(len(rows)))
    position = {_raw_key(cls, row): i for i, row in enumerate(rows) if isinstance(row, Mapping)}
    order: list[int] = []
    state: dict[int, int] = {}  # 1 = in progress, 2 = done

    for start in range(len(rows)):
        stack: list[tuple[int, int]] = [(start, 0)]
        while stack:
            index, next_ref = stack.pop()
            if next_ref == 0:
                if state.get(index) == 2:
                    continue
                state[index] = 1
            row = rows[index]
            refs = _self_refs(row, fields) if isinstance(row, Mapping) else []
            pushed = False
            for ref_index in range(next_ref, len(refs)):
                target = position.get(refs[ref_index])
                if target is not None and state.get(target) != 2:
                    if state.get(target) == 1:
                        continue  # a cycle: resolving reports the missing record
                    stack.append((index, ref_index + 1))
                    stack.append((target, 0))
                    pushed = True
                    break
            if not pushed:
                state[index] = 2
                order.append(index)
    return order


def build_organization(raw_files: Mapping[str, Any], *, data_as_of: _dt.date) -> Organization:
    """Build and cross-check an Organization from parsed files (file name -> YAML data)."""
    registry = _Registry()
    converter = make_converter(registry)
    problems: list[Problem] = []
    built: dict[str, list[Any]] = {}
    located: dict[int, tuple[str, int | None, str]] = {}

    for collection, file, cls, self_fields in DATA_FILES:
        rows = raw_files.get(file)
        built[collection] = []
        if rows is None:
            rows = []
        if not isinstance(rows, list):
            problems.append(
                Problem(
                    f"expected a list of records, got {type(rows).__name__}",
                    file=file,
                    line=getattr(rows, "line", None),
                )
            )
            continue
        seen: dict[str, int] = {}
        duplicates: set[int] = set()
        for index, row in enumerate(rows):
            key = _raw_key(cls, row) if isinstance(row, Mapping) else None
            if key is None:
                continue
            if key in seen:
                field = "year" if cls is Chairpersonship else "id"
                problems.append(
                    Problem(
                        f"duplicate {field} {key!r} (first at [{seen[key]}], line "
                        f"{line_of(rows, seen[key])})",
                        file=file,
                        line=line_of(row, field),
                        path=f"[{index}].{field}",
                    )
                )
                duplicates.add(index)
            else:
                seen[key] = index
        records: dict[int, Any] = {}
        for index in _build_order(rows, cls, self_fields):
            if index in duplicates:
                continue
            row = rows[index]
            plain: dict[str, str] = getattr(row, "plain_keys", {})
            unquoted = [f for f in QUOTED_FIELDS if f in plain and row[f] is not None]
            if unquoted:
                problems.extend(
                    Problem(
                        f'codes must be quoted: write {field}: "{plain[field]}" '
                        f"(unquoted, YAML 1.1 reads {plain[field]} as {row[field]!r})",
                        file=file,
                        line=line_of(row, field),
                        path=f"[{index}].{field}",
                    )
                    for field in unquoted
                )
                key = _raw_key(cls, row)
                if key is not None:
                    registry.failed.setdefault(cls, set()).add(key)
                continue
            try:
                record = structure_record(converter, row, cls)
            except Exception as exc:
                # A reference to a record that itself failed was reported at that record.
                problems.extend(
                    problems_from(
                        exc,
                        row,
                        file=file,
                        path=f"[{index}]",
                        line=line_of(rows, index),
                        ignore=_Failed,
                    )
                )
                key = _raw_key(cls, row) if isinstance(row, Mapping) else None
                if key is not None:
                    registry.failed.setdefault(cls, set()).add(key)
                continue
            registry.add(record)
            records[index] = record
            located[id(record)] = (file, line_of(rows, index), f"[{index}]")
        built[collection] = [records[i] for i in sorted(records)]

    if not problems:
        problems.extend(_cross_check(built, located))
    if problems:
        raise DataError(problems)
    return Organization(data_as_of=data_as_of, **built)


def _cross_check(
    built: Mapping[str, list[Any]], located: Mapping[int, tuple[str, int | None, str]]
) -> list[Problem]:
    problems: list[Problem] = []

    def report(record: Any, field: str, message: str) -> None:
        file, line, path = located.get(id(record), (None, None, ""))
        problems.append(Problem(message, file=file, line=line, path=f"{path}.{field}"))

    def ordered(record: Any, first: str, second: str, *, strict: bool = True) -> None:
        start, end = getattr(record, first, None), getattr(record, second, None)
        if start is not None and end is not None and (end <= start if strict else end < start):
            report(record, second, f"{second} {end} is before {first} {start}")

    for _collection, records in built.items():
        keys: dict[str, tuple[Any, str]] = {}
        for record in records:
            for text, how in record_keys(record):
                norm = normalize(text)
                if not norm:
                    report(record, how, f"the {how} {text!r} is empty once normalised")
                    continue
                other = keys.get(norm)
                if other is None:
                    keys[norm] = (record, text)
                elif other[0] is not record and not _shared_withdrawn_code(other[0], record, how):
                    report(
                        record,
                        how,
                        f"the {how} {text!r} also names {other[0].name!r}: "
                        "a key must name one record",
                    )
            names = getattr(record, "former_names", ())
            untils = [n.until for n in names if n.until is not None]
            if untils != sorted(untils):
                report(record, "former_names", "former names are not in chronological order")
        for record in records:
            ordered(record, "participating_since", "participating_until")
            ordered(record, "participating_since", "suspended_since", strict=False)
            ordered(record, "partner_since", "partner_until")
            ordered(record, "since", "until")
            ordered(record, "established", "closed", strict=False)
            ordered(record, "start", "end", strict=False)
            for holder in (*getattr(record, "heads", ()), *getattr(record, "chairpersons", ())):
                if holder.since and holder.until and holder.until < holder.since:
                    report(
                        record,
                        "heads",
                        f"{holder.name!r}: until {holder.until} is before since {holder.since}",
                    )
    return problems


def _shared_withdrawn_code(first: Any, second: Any, how: str) -> bool:
    """Withdrawn ISO alpha-2 codes were reused (CS: Czechoslovakia, then Serbia and Montenegro)."""
    return (
        how == "code"
        and isinstance(first, FormerParticipatingState)
        and isinstance(second, FormerParticipatingState)
    )


def load_directory(root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Organization:
    """Load every data file under ``root``; see :func:`osce_model.load`."""
    if not root.is_dir():
        raise DataError([Problem("is not a directory of data files", file=str(root))])
    problems: list[Problem] = []
    raw: dict[str, Any] = {}
    for file in (METADATA_FILE, *(file for _, file, _, _ in DATA_FILES)):
        try:
            raw[file] = read_yaml_file(root / file, name=file, max_bytes=max_bytes)
        except DataError as exc:
            problems.extend(exc.problems)
    metadata = raw.get(METADATA_FILE)
    data_as_of = _dt.date.min
    if METADATA_FILE in raw:
        if (
            not isinstance(metadata, Mapping)
            or set(metadata) != {"data_as_of"}
            or type(metadata["data_as_of"]) is not _dt.date
        ):
            problems.append(
                Problem(
                    "expected exactly one key, data_as_of: YYYY-MM-DD",
                    file=METADATA_FILE,
                    line=getattr(metadata, "line", None),
                )
            )
        else:
            data_as_of = metadata["data_as_of"]
    for _, file, _, _ in DATA_FILES:
        if file in raw and raw[file] is None:
            problems.append(Problem("is empty: expected a list of records", file=file, line=1))
    if problems:
        raise DataError(problems)
    return build_organization(raw, data_as_of=data_as_of)
