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

import attrs

from ..errors import DataError, Problem
from ..organization.organization import Organization
from ..schema.keys import CODE_FIELDS, keys_of, normalize_text
from ..schema.records import FormerParticipatingState
from .converter import Failed, Resolver, make_converter, problems_from, structure_record
from .strict_yaml import DEFAULT_MAX_BYTES, collector_paused, line_of, read_yaml_file

__all__ = ["METADATA_FILE", "build_organization", "data_files", "load_directory"]

METADATA_FILE = "metadata.yaml"


# For each record (by id()): its keys as (text, how, normalised text), computed once.
_Keys = dict[int, list[tuple[str, str, str]]]
# For each record built (by id()): its file, the rows of that file and its index there.
_Located = dict[int, tuple[str, list[Any], int]]


def data_files() -> tuple[str, ...]:
    """The files of a data directory: the metadata, then one per kind, in build order."""
    return (METADATA_FILE, *(kind.file for kind in Organization.schema.build_order))


def _raw_key(field: str, raw: object) -> str | None:
    """The key of the record ``raw`` as text (from its ``field``), if it has a usable one."""
    if not isinstance(raw, dict) and not isinstance(raw, Mapping):  # dict first: quicker
        return None
    value = raw.get(field)
    if type(value) is str:
        return value
    if isinstance(value, bool) or not isinstance(value, int):
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


def _build_order(
    rows: list[Any], keys: list[str | None], fields: tuple[str, ...]
) -> tuple[list[int], dict[int, list[str]]]:
    """Indices of ``rows`` (whose keys are ``keys``) so that a record comes after the records of
    its file it refers to, and the cycles found: the index that closes each one, with the keys
    around it."""
    cycles: dict[int, list[str]] = {}
    if not fields:
        return list(range(len(rows))), cycles
    position = {key: i for i, key in enumerate(keys) if key is not None}
    order: list[int] = []
    state: dict[int, int] = {}  # 1 = on the current path, 2 = done

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
                    if state.get(target) == 1:  # back to a record on the path: a cycle
                        path = [i for i, _ in stack] + [index]
                        members = path[path.index(target) :] if target in path else [index]
                        cycles[index] = [str(keys[i]) for i in members]
                        continue
                    stack.append((index, ref_index + 1))
                    stack.append((target, 0))
                    pushed = True
                    break
            if not pushed:
                state[index] = 2
                order.append(index)
    return order, cycles


def build_organization(raw_files: Mapping[str, Any], *, data_as_of: _dt.date) -> Organization:
    """Build and cross-check an Organization from parsed files (file name -> YAML data)."""
    schema = Organization.schema
    resolver = Resolver(schema)
    converter = make_converter(resolver)
    problems: list[Problem] = []
    built: dict[str, list[Any]] = {}
    located: _Located = {}

    for kind in schema.build_order:
        file, cls, key_field = kind.file, kind.record, kind.key
        rows = raw_files.get(file)
        built[kind.collection] = []
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
        row_keys = [_raw_key(key_field, row) for row in rows]
        for index, key in enumerate(row_keys):
            if key is None:
                continue
            if key in seen:
                row = rows[index]
                problems.append(
                    Problem(
                        f"duplicate {key_field} {key!r} (first at [{seen[key]}], line "
                        f"{line_of(rows, seen[key])})",
                        file=file,
                        line=line_of(row, key_field),
                        path=f"[{index}].{key_field}",
                    )
                )
                duplicates.add(index)
            else:
                seen[key] = index
        records: dict[int, Any] = {}
        order, cycles = _build_order(rows, row_keys, schema.self_references(kind))
        for index, members in cycles.items():
            chain = " -> ".join(repr(member) for member in [*members, members[0]])
            problems.append(
                Problem(
                    f"a cycle of references: {chain}",
                    file=file,
                    line=line_of(rows, index),
                    path=f"[{index}]",
                )
            )
            for member in members:
                resolver.fail(cls, member)
        in_cycles = {member for members in cycles.values() for member in members}
        for index in order:
            if index in duplicates:
                continue
            row, key = rows[index], row_keys[index]
            if key is not None and key in in_cycles:
                continue
            unknown = (
                _unknown_provenance_fields(row, cls) if key is None or "provenance" in row else []
            )
            if unknown:
                problems.extend(
                    Problem(
                        f"the provenance names {name!r}, which is no fact of a {kind.label} "
                        f"(one of {sorted(_facts_of(cls))})",
                        file=file,
                        line=line_of(row["provenance"], name),
                        path=f"[{index}].provenance.{name}",
                    )
                    for name in unknown
                )
                if key is not None:
                    resolver.fail(cls, key)
                continue
            plain: dict[str, str] = getattr(row, "plain_keys", {})
            unquoted = (
                [f for f in CODE_FIELDS if f in plain and row[f] is not None]
                if plain and not plain.keys().isdisjoint(CODE_FIELDS)
                else []
            )
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
                if key is not None:
                    resolver.fail(cls, key)
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
                        ignore=Failed,
                    )
                )
                if key is not None:
                    resolver.fail(cls, key)
                continue
            resolver.add(record)
            records[index] = record
            located[id(record)] = (file, rows, index)
        built[kind.collection] = [records[i] for i in sorted(records)]

    if not problems:
        keys = _normalised_keys(built)
        problems.extend(_cross_check(built, located, keys))
        problems.extend(_collisions(built, located, keys))
    if problems:
        raise DataError(problems)
    return Organization(data_as_of=data_as_of, **built)


def _normalised_keys(built: Mapping[str, list[Any]]) -> _Keys:
    # Normalised here without the cache: a large directory has far more distinct keys than the
    # cache holds, and each is needed by both checks below.
    fold = normalize_text
    return {
        id(record): [(text, how, fold(text)) for text, how in keys_of(record)]
        for records in built.values()
        for record in records
    }


def _where(located: _Located, record: Any) -> tuple[str | None, int | None, str]:
    """The file, line and path of ``record`` (worked out only when a problem is reported)."""
    if id(record) not in located:
        return None, None, ""
    file, rows, index = located[id(record)]
    return file, line_of(rows, index), f"[{index}]"


# Pairs of dates (or days) of a record that must be in order: (first, second, strictly).
_ORDERED = (
    ("participating_since", "participating_until", True),
    ("participating_since", "suspended_since", False),
    ("partner_since", "partner_until", True),
    ("since", "until", True),
    ("established", "closed", False),
    ("start", "end", False),
)


def _has(cls: type, name: str) -> bool:
    return name in attrs.fields_dict(cls) or hasattr(cls, name)


def _cross_check(
    built: Mapping[str, list[Any]],
    located: _Located,
    normalised: _Keys,
) -> list[Problem]:
    problems: list[Problem] = []

    def report(record: Any, field: str, message: str) -> None:
        file, line, path = _where(located, record)
        problems.append(Problem(message, file=file, line=line, path=f"{path}.{field}"))

    for _collection, records in built.items():
        # What applies to this collection's class, worked out once rather than per record.
        classes = {type(record) for record in records}
        sourced = {cls: "sources" in attrs.fields_dict(cls) for cls in classes}
        renamed = {cls: _has(cls, "former_names") for cls in classes}
        ordered = {
            cls: [pair for pair in _ORDERED if _has(cls, pair[0]) and _has(cls, pair[1])]
            for cls in classes
        }
        holders = {cls: [f for f in ("heads", "chairpersons") if _has(cls, f)] for cls in classes}
        keys: dict[str, tuple[Any, str]] = {}
        for record in records:
            cls = type(record)
            if sourced[cls] and not record.sources:
                report(record, "sources", "needs at least one source (a URL)")
            for text, how, norm in normalised[id(record)]:
                hidden = None if text.isascii() and text.isprintable() else _hidden_character(text)
                if hidden is not None:
                    report(
                        record,
                        how,
                        f"the {how} {text!r} holds the invisible or control character "
                        f"U+{ord(hidden):04X}",
                    )
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
            if renamed[cls]:
                untils = [n.until for n in record.former_names if n.until is not None]
                if untils != sorted(untils):
                    report(record, "former_names", "former names are not in chronological order")
        for record in records:
            cls = type(record)
            for first, second, strict in ordered[cls]:
                start, end = getattr(record, first, None), getattr(record, second, None)
                if (
                    start is not None
                    and end is not None
                    and (end <= start if strict else end < start)
                ):
                    report(record, second, f"{second} {end} is before {first} {start}")
            for field in holders[cls]:
                for holder in getattr(record, field):
                    if holder.since and holder.until and holder.until < holder.since:
                        report(
                            record,
                            "heads",
                            f"{holder.name!r}: until {holder.until} is before since {holder.since}",
                        )
    return problems


def _facts_of(cls: type) -> set[str]:
    return {field.name for field in attrs.fields(cls)} - {
        "id",
        "sources",
        "sources_note",
        "provenance",
    }


def _unknown_provenance_fields(row: object, cls: type) -> list[str]:
    """The keys of a record's ``provenance`` block that are not facts of its class."""
    block = row.get("provenance") if isinstance(row, Mapping) else None
    if not isinstance(block, Mapping):
        return []
    facts = _facts_of(cls)
    return [str(name) for name in block if name not in facts]


def _hidden_character(text: str) -> str | None:
    """The first control, format or line-separator character in ``text`` (BEL, RLO, BOM…)."""
    if text.isascii() and text.isprintable():
        return None
    import unicodedata

    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            return char
    return None


def _collisions(
    built: Mapping[str, list[Any]],
    located: _Located,
    normalised: _Keys,
) -> list[Problem]:
    """Keys shared by records of different kinds that one reference may name.

    A field operation's host may be a participating State, a former one or a territory: an id,
    a name or an alias held by two of them would make ``host: albania`` (or a look-up of a host
    by name) resolve silently to one. Each such group of kinds must keep its keys apart.
    """
    schema = Organization.schema
    groups = {
        classes
        for fields in schema.references.values()
        for classes in fields.values()
        if len(classes) > 1
    }
    problems: list[Problem] = []
    reported: set[tuple[int, str]] = set()
    for classes in sorted(groups, key=lambda group: [c.__name__ for c in group]):
        owners: dict[str, Any] = {}
        for kind in schema.kinds:
            if kind.record not in classes:
                continue
            for record in built.get(kind.collection, ()):
                for text, how, norm in normalised[id(record)]:
                    other = owners.setdefault(norm, record)
                    if type(other) is type(record) or (id(record), norm) in reported:
                        continue
                    reported.add((id(record), norm))
                    file, line, path = _where(located, record)
                    other_kind = schema.kind_of(other).label
                    problems.append(
                        Problem(
                            f"the {how} {text!r} also names the {other_kind} {other.name!r}: "
                            "records that one reference may name must not share a key",
                            file=file,
                            line=line,
                            path=f"{path}.{how}",
                        )
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
    inside = root.resolve()
    for file in data_files():
        path = root / file
        # A link that leads out of the directory is not followed: an error must never quote
        # what it points at.
        if path.is_symlink() and not path.resolve().is_relative_to(inside):
            problems.append(
                Problem("is a link out of the data directory (not followed)", file=file)
            )
            continue
        try:
            raw[file] = read_yaml_file(path, name=file, max_bytes=max_bytes)
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
    for file in data_files()[1:]:
        if file in raw and raw[file] is None:
            problems.append(Problem("is empty: expected a list of records", file=file, line=1))
    if problems:
        raise DataError(problems)
    with collector_paused():
        return build_organization(raw, data_as_of=data_as_of)
