"""Press-release corpora on disk: a directory of YAML files (one release each), or JSON Lines.

Both are read with the organisation's strict converter, references resolved by id (see
:class:`osce_model.export.OrganizationResolver`); every bad record is reported, with its file
and line (for JSON Lines the line of the record), in one :class:`~osce_model.DataError`, and
nothing half-read is returned. Files are written only by the ``save_`` functions.

>>> import osce_model
>>> from osce_model.corpus import load_corpus, save_corpus_jsonl
>>> org = osce_model.load()
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "releases.jsonl"
>>> save_corpus_jsonl(org.press_releases, path)
1
>>> load_corpus(path, org=org) == tuple(org.press_releases)
True
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError, Problem
from ..organization.organization import Organization
from ..schema.records import PressRelease
from ..storage.bundled import bundled
from ..storage.converter import StrictConverter, problems_from, structure_record
from ..storage.jsontext import to_json
from ..storage.plain import converter_for, to_dict
from ..storage.strict_yaml import line_of, read_yaml_file
from ._fast_release import FastReleaseBuilder

__all__ = ["load_corpus", "save_corpus_jsonl", "save_corpus_yaml"]

YAML_SUFFIXES = (".yaml", ".yml")
JSONL_SUFFIX = ".jsonl"
_UNSAFE_IN_FILE_NAMES = re.compile(r"[^A-Za-z0-9._-]+")


# -- reading -----------------------------------------------------------------------------------


def _located(problems: Iterable[Problem], *, line: int | None = None) -> list[Problem]:
    """Problems with the record's own path ("title", not ".title") and a line where missing."""
    return [
        Problem(
            p.message,
            file=p.file,
            line=p.line if p.line is not None else line,
            path=(p.path or "").lstrip(".") or None,
        )
        for p in problems
    ]


def _structure(
    conv: StrictConverter, raw: object, *, file: str, line: int | None
) -> tuple[PressRelease | None, list[Problem]]:
    if not isinstance(raw, Mapping):
        got = "a list" if isinstance(raw, list) else f"{type(raw).__name__} {raw!r}"[:80]
        return None, [
            Problem(f"expected a mapping (one press release), got {got}", file=file, line=line)
        ]
    try:
        return structure_record(conv, raw, PressRelease), []
    except Exception as exc:
        problems = problems_from(exc, raw, file=file, path="")
        return None, _located(problems or [Problem(str(exc), file=file)], line=line)


def _read_yaml_file(
    path: Path, conv: StrictConverter
) -> tuple[PressRelease | None, list[Problem], int | None]:
    name = str(path)
    try:
        raw = read_yaml_file(path, name=name)
    except DataError as exc:
        return None, list(exc.problems), None
    if raw is None:
        return None, [Problem("is empty: expected one press release", file=name, line=1)], None
    line = line_of(raw, "id") or getattr(raw, "line", None) or 1
    release, problems = _structure(conv, raw, file=name, line=getattr(raw, "line", 1))
    return release, problems, line


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):  # rare: find the key to name it
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return found


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _read_jsonl(
    path: Path, conv: StrictConverter, org: Organization
) -> tuple[list[tuple[PressRelease, int]], list[Problem]]:
    name = str(path)
    try:
        with path.open("rb") as handle:  # streamed: a corpus can be larger than memory likes
            return _read_jsonl_lines(handle, name, conv, org)
    except OSError as exc:
        raise DataError([Problem(f"cannot be read: {exc.strerror}", file=name)]) from None


def _read_jsonl_lines(
    handle: Iterable[bytes], name: str, conv: StrictConverter, org: Organization
) -> tuple[list[tuple[PressRelease, int]], list[Problem]]:
    releases: list[tuple[PressRelease, int]] = []
    problems: list[Problem] = []
    builder = FastReleaseBuilder(org)
    # One decoder for every line (json.loads with hooks would build one per call).
    decode = json.JSONDecoder(
        object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
    ).decode
    # A binary file splits lines at b"\n" only (not inside a JSON string at U+2028).
    for number, data in enumerate(handle, start=1):
        try:
            row = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(f"is not UTF-8 text (byte {data[exc.start]:#04x})", file=name, line=number)
            )
            continue
        if not row.strip():
            continue
        try:
            raw = decode(row)
        except json.JSONDecodeError as exc:
            problems.append(
                Problem(f"invalid JSON: {exc.msg} (column {exc.colno})", file=name, line=number)
            )
            continue
        except (ValueError, RecursionError) as exc:
            problems.append(Problem(f"invalid JSON: {exc}", file=name, line=number))
            continue
        fast = builder.build(raw)
        if fast is not None:
            releases.append((fast, number))
            continue
        release, found = _structure(conv, raw, file=name, line=number)
        problems.extend(Problem(p.message, file=p.file, line=number, path=p.path) for p in found)
        if release is not None:
            releases.append((release, number))
    return releases, problems


def load_corpus(path: str | Path, *, org: Organization | None = None) -> tuple[PressRelease, ...]:
    """The press releases stored at ``path``, resolved against ``org`` (the bundled data).

    ``path`` is a directory of YAML files, one release each, read in file-name order; a
    ``.jsonl`` file of one release per line; or one YAML file. Every problem found, in every
    file, is raised together as a :class:`~osce_model.DataError` naming file and line.
    """
    # Releases hold no reference cycles, so the cyclic collector has nothing to find while they
    # are built; left on, its passes over a growing heap make a 100,000-release load grow
    # faster than linearly (bench/README.md). It is switched back on as soon as we are done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_corpus(Path(path), org)
    finally:
        if collecting:
            gc.enable()


def _load_corpus(path: Path, org: Organization | None) -> tuple[PressRelease, ...]:
    if org is None:
        org = bundled()
    # The organisation's own strict converter (export.OrganizationResolver resolves by id).
    conv = converter_for(org)
    found: list[tuple[PressRelease, str, int | None]] = []
    problems: list[Problem] = []
    if path.is_dir():
        files = sorted(
            (p for p in path.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file()),
            key=lambda p: p.name,
        )
        for file in files:
            release, file_problems, line = _read_yaml_file(file, conv)
            problems.extend(file_problems)
            if release is not None:
                found.append((release, str(file), line))
    elif path.suffix == JSONL_SUFFIX and path.is_file():
        releases, problems = _read_jsonl(path, conv, org)
        found.extend((release, str(path), line) for release, line in releases)
    elif path.suffix in YAML_SUFFIXES and path.is_file():
        release, problems, line = _read_yaml_file(path, conv)
        if release is not None:
            found.append((release, str(path), line))
    elif not path.exists():
        raise DataError([Problem("not found", file=str(path))])
    else:
        raise DataError(
            [Problem("expected a directory of YAML files or a .jsonl file", file=str(path))]
        )
    problems.extend(_duplicate_ids(found))
    if problems:
        raise DataError(problems)
    return tuple(release for release, _, _ in found)


def _duplicate_ids(found: Sequence[tuple[PressRelease, str, int | None]]) -> list[Problem]:
    problems: list[Problem] = []
    first: dict[str, tuple[str, int | None]] = {}
    for release, file, line in found:
        if release.id in first:
            where_file, where_line = first[release.id]
            where = where_file if where_line is None else f"{where_file}:{where_line}"
            problems.append(
                Problem(
                    f"duplicate id {release.id!r} (first at {where})",
                    file=file,
                    line=line,
                    path="id",
                )
            )
        else:
            first[release.id] = (file, line)
    return problems


# -- writing -----------------------------------------------------------------------------------


def _as_data(release: object) -> dict[str, Any]:
    if not isinstance(release, PressRelease):
        raise TypeError(f"expected a PressRelease, got {type(release).__name__}")
    return to_dict(release)


def save_corpus_jsonl(releases: Iterable[PressRelease], path: str | Path) -> int:
    """Write ``releases`` to ``path`` as JSON Lines (replacing the file); return how many."""
    lines = [to_json(_as_data(release), indent=None) for release in releases]
    Path(path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


_OTHER_LINE_BREAKS = frozenset("\r\x85\u2028\u2029")


class _Dumper(yaml.SafeDumper):
    """Multi-line text as a literal block, so a stored body reads like the page."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style: str | None = None
    if any(ch in _OTHER_LINE_BREAKS for ch in text):
        style = '"'  # escaped: YAML would read these as "\n", or fold them, unquoted
    elif "\n" in text:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_str)


def save_corpus_yaml(releases: Iterable[PressRelease], directory: str | Path) -> list[Path]:
    """Write one YAML file per release into ``directory``; return their paths.

    The files are named "0001-<id>.yaml"…, so that reading them in name order gives the
    releases back in this order. The directory must hold no YAML files yet: a corpus is never
    mixed with, or partly overwritten by, another.
    """
    directory = Path(directory)
    data = [_as_data(release) for release in releases]
    directory.mkdir(parents=True, exist_ok=True)
    existing = sorted(p.name for p in directory.iterdir() if p.suffix in YAML_SUFFIXES)
    if existing:
        raise FileExistsError(
            f"{directory} already holds YAML files ({existing[0]!r}…): choose an empty directory"
        )
    width = max(4, len(str(len(data))))
    paths: list[Path] = []
    for number, record in enumerate(data, start=1):
        stem = _UNSAFE_IN_FILE_NAMES.sub("_", str(record["id"]))[:100].strip("._") or "release"
        path = directory / f"{number:0{width}d}-{stem}.yaml"
        text = yaml.dump(record, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
