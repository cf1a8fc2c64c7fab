"""Press-release corpora on disk: a directory of YAML files (one release each), or JSON Lines.

Both are read with the organisation's strict converter, references resolved by id (see
:class:`osce_model.export.OrganizationResolver`); every bad record is reported, with its file
and line (for JSON Lines the line of the record), in one :class:`~osce_model.DataError`, and
nothing half-read is returned. Files are written only by the ``save_`` functions, atomically:
a save that fails or is killed leaves what was there before (docs/corpora-at-scale.md).
Text that is not Unicode (a lone surrogate such as U+D800) is refused on saving and on
loading alike, so what is saved always loads back equal.

>>> import osce_model
>>> from osce_model.press.corpus import load_corpus, save_corpus_jsonl
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
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
from ._fast_release import FastReleaseBuilder, TypedLineBuilder
from ._unicode import not_unicode as _not_unicode

__all__ = ["MANIFEST", "load_corpus", "save_corpus_jsonl", "save_corpus_yaml"]

YAML_SUFFIXES = (".yaml", ".yml")
JSONL_SUFFIX = ".jsonl"
PARQUET_SUFFIX = ".parquet"
#: The file in a YAML corpus directory that lists its files and ids (written last).
MANIFEST = "manifest.json"
_MANIFEST_FORMAT = "osce-model press corpus"
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
    if release is not None:
        bad = _not_unicode(release)
        if bad is not None:
            return None, [Problem(bad.message, file=name, line=line, path=bad.path)], line
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


Decoder = Callable[[bytes], Any]


def fast_decoder() -> Decoder | None:
    """orjson's or msgspec's JSON decoder when one is installed (``osce-model[fast]``)."""
    try:
        import orjson
    except ImportError:
        pass
    else:
        return orjson.loads
    try:
        import msgspec
    except ImportError:
        return None
    return msgspec.json.Decoder().decode


# The end of a key: its closing quote, any white space, the colon. It also matches an escaped
# quote followed by a colon inside a string: that only counts more keys than there are.
_KEY_END = re.compile(rb'"[ \t\r\n]*:')


def _no_duplicate_keys(data: bytes, raw: dict[str, Any]) -> bool:
    """Whether the line ``data``, decoded to ``raw`` by a decoder that keeps the last of
    duplicate keys, had no duplicate keys: True only when that is certain.

    Outside strings, a quote followed by optional white space and a colon ends a key; so
    ``data`` holds at least as many such endings as keys, and when there are exactly as many as
    ``raw`` has keys, no key was dropped. (A text with ``\\":`` counts one more, and only
    sends the line to the pure decoder.) The fast builder took ``raw`` only with one-key dicts
    for issuers and five-key ones for mentions, so ``raw`` has ``len(raw) + len(issuers) +
    5 * len(mentions)`` keys.
    """
    keys = len(raw) + len(raw.get("issuers", ())) + 5 * len(raw.get("mentions", ()))
    return len(_KEY_END.findall(data)) == keys


def _read_jsonl(
    path: Path, conv: StrictConverter, org: Organization, decoder: Decoder | None
) -> tuple[list[PressRelease], list[int], int, list[Problem]]:
    name = str(path)
    try:
        with path.open("rb", buffering=0) as handle:  # streamed, a block at a time
            return _read_jsonl_lines(handle.read, name, conv, org, decoder)
    except OSError as exc:
        raise DataError([Problem(f"cannot be read: {exc.strerror}", file=name)]) from None


_BLOCK = 1 << 20


def _spans(read: Callable[[int], bytes]) -> Iterator[tuple[bytes, int, int]]:
    """Each line ``read`` gives as ``(block, start, end)``: ``block[start:end]`` is the line,
    with its b"\\n". Lines are found in blocks of a megabyte, not copied one by one; a line
    longer than a block is joined from its parts (linear in its length)."""
    pending: list[bytes] = []
    while block := read(_BLOCK):
        start, last = 0, block.rfind(b"\n")
        if last < 0:
            pending.append(block)
            continue
        if pending:
            start = block.find(b"\n") + 1
            pending.append(block[:start])
            line = b"".join(pending)
            pending = []
            yield line, 0, len(line)
        find = block.find
        while start <= last:
            end = find(b"\n", start) + 1
            yield block, start, end
            start = end
        if last + 1 < len(block):
            pending.append(block[last + 1 :])
    if pending:
        line = b"".join(pending)
        yield line, 0, len(line)


def _read_jsonl_lines(
    read: Callable[[int], bytes],
    name: str,
    conv: StrictConverter,
    org: Organization,
    fast: Decoder | None,
) -> tuple[list[PressRelease], list[int], int, list[Problem]]:
    """The releases read, the number of the line of each, how many distinct ids they have,
    and the problems found."""
    releases: list[PressRelease] = []
    lines: list[int] = []
    ids: set[str] = set()  # filled as each release is made, while it is in the CPU's cache
    add_release, add_line, add_id = releases.append, lines.append, ids.add
    problems: list[Problem] = []
    builder = FastReleaseBuilder(org)
    # One decoder for every line (json.loads with hooks would build one per call).
    decode = json.JSONDecoder(
        object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
    ).decode
    build = builder.build
    # With msgspec installed, a line is decoded into a typed Struct and built directly; else
    # orjson (or msgspec) decodes it into a dict for the fast builder.
    typed = TypedLineBuilder(builder) if fast is not None else None
    build_span = typed.build_span if typed is not None and typed.available else None
    # Lines end at b"\n" only (not inside a JSON string at U+2028).
    for number, (block, start, end) in enumerate(_spans(read), start=1):
        if build_span is not None:
            fast_release = build_span(block, start, end)
            if fast_release is not None:
                add_release(fast_release)
                add_line(number)
                add_id(fast_release.id)
                continue
        data = block[start:end]
        if build_span is None and fast is not None:
            # The fast decoder is trusted only where the pure path would give the same: a
            # record the fast builder takes, no duplicate keys, no escapes (no surrogates).
            # Anything else is decoded again below, and reported as the pure path reports it.
            try:
                raw = fast(data)
            except Exception:
                pass
            else:
                if type(raw) is dict:
                    fast_release = build(raw)
                    if (
                        fast_release is not None
                        and (b"\\" not in data or b"\\u" not in data)
                        and _no_duplicate_keys(data, raw)
                    ):
                        add_release(fast_release)
                        add_line(number)
                        add_id(fast_release.id)
                        continue
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
        release = build(raw)
        if release is None:
            release, found = _structure(conv, raw, file=name, line=number)
            problems.extend(
                Problem(p.message, file=p.file, line=number, path=p.path) for p in found
            )
        if release is not None:
            # Escapes are the only way a lone surrogate gets into a line of UTF-8.
            bad = _not_unicode(release) if b"\\u" in data else None
            if bad is not None:
                problems.append(Problem(bad.message, file=name, line=number, path=bad.path))
            else:
                add_release(release)
                add_line(number)
                add_id(release.id)
    return releases, lines, len(ids), problems


def load_corpus(
    path: str | Path, *, org: Organization | None = None, decoder: str = "auto"
) -> tuple[PressRelease, ...]:
    """The press releases stored at ``path``, resolved against ``org`` (the bundled data).

    ``path`` is a directory of YAML files, one release each, read in file-name order (and
    checked against its manifest when it has one: a partial directory is an error); a
    ``.jsonl`` file of one release per line; a ``.parquet`` file written by
    :func:`osce_model.press.columnar.write_parquet`; or one YAML file. Every problem found, in
    every file, is raised together as a :class:`~osce_model.DataError` naming file and line.

    ``decoder`` is "auto" (with ``osce-model[fast]``: msgspec's typed decoding of each line, or
    orjson's when msgspec is missing) or "pure" (the standard library's): both give the same
    releases and the same errors. For a corpus kept on disk and queried without loading it,
    see :func:`osce_model.press.lazy.open_corpus`.
    """
    if decoder not in ("auto", "pure"):
        raise ValueError(f"decoder must be 'auto' or 'pure', not {decoder!r}")
    # Releases hold no reference cycles, so the cyclic collector has nothing to find while they
    # are built; left on, its passes over a growing heap make a 100,000-release load grow
    # faster than linearly (bench/README.md). It is switched back on as soon as we are done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_corpus(Path(path), org, fast_decoder() if decoder == "auto" else None)
    finally:
        if collecting:
            gc.enable()


def _load_corpus(
    path: Path, org: Organization | None, decoder: Decoder | None
) -> tuple[PressRelease, ...]:
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
        manifest = _read_manifest(path, files)
        inside = path.resolve()
        for file in files:
            # A link out of the corpus is not followed: no error may quote what it points at.
            if file.is_symlink() and not file.resolve().is_relative_to(inside):
                problems.append(
                    Problem("is a link out of the corpus directory (not followed)", file=str(file))
                )
                continue
            release, file_problems, line = _read_yaml_file(file, conv)
            problems.extend(file_problems)
            if release is not None:
                found.append((release, str(file), line))
                expected = manifest.get(file.name)
                if expected is not None and expected != release.id:
                    problems.append(
                        Problem(
                            f"has the id {release.id!r}, but {MANIFEST} lists {expected!r}",
                            file=str(file),
                            line=line,
                            path="id",
                        )
                    )
    elif path.suffix == JSONL_SUFFIX and path.is_file():
        releases, lines, ids, problems = _read_jsonl(path, conv, org, decoder)
        if not problems and ids == len(releases):
            return tuple(releases)  # the common case, without a list of places
        found.extend(
            (release, str(path), line) for release, line in zip(releases, lines, strict=True)
        )
    elif path.suffix == PARQUET_SUFFIX and path.is_file():
        from .columnar import read_parquet_rows

        builder = FastReleaseBuilder(org)
        for number, raw in enumerate(read_parquet_rows(path), start=1):
            release = builder.build(raw)
            if release is None:
                release, row_problems = _structure(conv, raw, file=str(path), line=None)
                problems.extend(
                    Problem(p.message, file=p.file, path=f"row {number}: {p.path or ''}")
                    for p in row_problems
                )
            if release is not None:
                found.append((release, str(path), number))
    elif path.suffix in YAML_SUFFIXES and path.is_file():
        release, problems, line = _read_yaml_file(path, conv)
        if release is not None:
            found.append((release, str(path), line))
    elif not path.exists():
        raise DataError([Problem("not found", file=str(path))])
    else:
        raise DataError(
            [
                Problem(
                    "expected a directory of YAML files, a .jsonl or a .parquet file",
                    file=str(path),
                )
            ]
        )
    problems.extend(_duplicate_ids(found))
    if problems:
        raise DataError(problems)
    return tuple(release for release, _, _ in found)


def _read_manifest(directory: Path, files: Sequence[Path]) -> dict[str, str]:
    """File name -> id from the directory's manifest ({} when it has none: a directory made by
    hand); a DataError when files it lists are missing or files it does not list are there."""
    manifest = directory / MANIFEST
    if not manifest.is_file():
        return {}
    name = str(manifest)
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        listed = {str(entry["file"]): str(entry["id"]) for entry in data["releases"]}
        count = int(data["count"])
        if data.get("format") != _MANIFEST_FORMAT or count != len(listed):
            raise ValueError("not a corpus manifest, or its count and list disagree")
    except OSError as exc:
        raise DataError([Problem(f"cannot be read: {exc.strerror}", file=name)]) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError([Problem(f"is not a valid corpus manifest: {exc}", file=name)]) from None
    present = {file.name for file in files}
    missing = sorted(set(listed) - present)
    extra = sorted(present - set(listed))
    problems: list[Problem] = []
    if missing:
        problems.append(
            Problem(
                f"the corpus is incomplete: {MANIFEST} lists {count:,} releases, "
                f"{len(missing):,} of their files are missing (the first: {missing[0]!r})",
                file=str(directory),
            )
        )
    if extra:
        problems.append(
            Problem(
                f"holds {len(extra):,} YAML files that {MANIFEST} does not list "
                f"(the first: {extra[0]!r})",
                file=str(directory),
            )
        )
    if problems:
        raise DataError(problems)
    return listed


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


def _encoded(release: PressRelease, data: dict[str, Any], target: Path) -> bytes:
    text = to_json(data, indent=None) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        bad = _not_unicode(release)
        message = bad.message if bad is not None else f"release {release.id!r} is not UTF-8"
        raise DataError(
            [
                Problem(
                    f"{message}: nothing was saved",
                    file=str(target),
                    path=bad.path if bad else None,
                )
            ]
        ) from None


def _temporary(target: Path) -> Path:
    """A new name beside ``target`` (same folder, so the final rename is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the system allows opening a folder)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def save_corpus_jsonl(releases: Iterable[PressRelease], path: str | Path) -> int:
    """Write ``releases`` to ``path`` as JSON Lines (replacing the file); return how many.

    The lines are streamed to a temporary file beside ``path`` (memory holds one release at a
    time), which is flushed to disk and then renamed over ``path``: a save that fails (a
    release whose text is not Unicode raises :class:`~osce_model.DataError`) or is killed
    leaves the previous file as it was.
    """
    target = Path(path)
    temporary = _temporary(target)
    count = 0
    try:
        with temporary.open("wb", buffering=1 << 20) as out:
            for release in releases:
                out.write(_encoded(release, _as_data(release), target))
                count += 1
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_directory(target.parent)
    return count


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
    """Write one YAML file per release into ``directory``, and a manifest; return their paths.

    The files are named "0001-<id>.yaml"…, so that reading them in name order gives the
    releases back in this order. ``directory`` must not exist yet or be empty: a corpus is
    never mixed with, or partly overwritten by, another. The files are written into a staging
    directory beside it, flushed to disk, listed in ``manifest.json`` (count, file names and
    ids: :func:`load_corpus` refuses a directory that does not match it), and the staging
    directory is then renamed: a save that fails or is killed leaves no partial corpus.
    """
    directory = Path(directory)
    if directory.exists():
        if not directory.is_dir():
            raise FileExistsError(f"{directory} exists and is not a directory")
        existing = sorted(p.name for p in directory.iterdir())
        if existing:
            yaml_files = [n for n in existing if Path(n).suffix in YAML_SUFFIXES]
            what = "YAML files" if yaml_files else "files"
            first = (yaml_files or existing)[0]
            raise FileExistsError(
                f"{directory} already holds {what} ({first!r}…): choose an empty directory"
            )
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = _temporary(directory)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        names = _write_yaml_files(releases, staging, directory)
        os.replace(staging, directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _sync_directory(directory.parent)
    return [directory / name for name in names]


def _write_yaml_files(releases: Iterable[PressRelease], staging: Path, target: Path) -> list[str]:
    data = [(release, _as_data(release)) for release in releases]
    width = max(4, len(str(len(data))))
    entries: list[dict[str, str]] = []
    for number, (release, record) in enumerate(data, start=1):
        bad = _not_unicode(release)  # YAML would escape it, and then refuse to read it back
        if bad is not None:
            raise DataError(
                [Problem(f"{bad.message}: nothing was saved", file=str(target), path=bad.path)]
            )
        stem = _UNSAFE_IN_FILE_NAMES.sub("_", str(record["id"]))[:100].strip("._") or "release"
        name = f"{number:0{width}d}-{stem}.yaml"
        text = yaml.dump(record, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
        _write_synced(staging / name, text.encode("utf-8"))
        entries.append({"file": name, "id": release.id})
    manifest = {"format": _MANIFEST_FORMAT, "count": len(entries), "releases": entries}
    _write_synced(staging / MANIFEST, (to_json(manifest, indent=1) + "\n").encode("utf-8"))
    _sync_directory(staging)
    return [entry["file"] for entry in entries]


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
