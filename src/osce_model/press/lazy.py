"""A corpus kept on disk: a Parquet file queried through compact indices, releases built only
for the results.

:func:`open_corpus` reads the Parquet file written by
:func:`osce_model.press.columnar.write_parquet` — only its id, issuer, field, State and date
columns, never the titles and bodies — and builds from them Arrow arrays of row numbers: one
per issuer, field of work and State, the dates as days, and the ids sorted for look-ups by
binary search. :class:`LazyCorpus` answers the queries of
:class:`~osce_model.organization.press_releases.PressReleases` with the same results:
``filter(issuer=, field_of_work=, mentions=, since=, until=, text=)``, a release by id (with
the same other spellings), ``len`` and iteration, and builds :class:`PressRelease` records
only for what it returns. ``filter(text=...)`` reads the title and body columns of the row
groups holding candidates, one row group at a time, rather than keeping a word index in memory.

What is checked when the corpus is opened: the ids are unique, and every issuer, field of work
and State the file names is one the organisation knows. The other fields of a release are
checked when it is built, as :func:`~osce_model.press.corpus.load_corpus` checks them; a bad
one raises :class:`~osce_model.DataError` naming its row.

Needs ``osce-model[parquet]`` (pyarrow).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import AmbiguousKeyError, DataError, NotFoundError, Problem, require
from ..organization.organization import Organization
from ..organization.press_releases import (
    criterion_keys,
    id_spellings,
    issuer_key,
    issuer_keys_for,
    issuer_names_of,
    normalize_text,
)
from ..organization.results import Results
from ..schema.keys import normalize
from ..schema.records import (
    FieldOfWork,
    FormerParticipatingState,
    ParticipatingState,
    PressRelease,
)
from ..storage.bundled import bundled
from ..storage.converter import StrictConverter, problems_from, structure_record
from ..storage.plain import converter_for
from ._fast_release import FastReleaseBuilder
from .columnar import SCHEMA_VERSION, _kinds, _plain

__all__ = ["LazyCorpus", "open_corpus"]

_INDEXED_COLUMNS = ("id", "issuers", "fields_of_work", "mentioned_states", "date")
_EPOCH = _dt.date(1970, 1, 1).toordinal()
# What normalize_text does to ASCII text, as Arrow compute steps (non-ASCII text is
# normalised in Python): "&" reads "and", every character but a digit or a lower-case letter
# is a space, spaces are collapsed and trimmed, and leading "osce "/"the " are dropped.
_NOT_WORD = "[^a-z0-9]+"
_LEADING = "^(?:osce |the )+"


def _pa() -> Any:
    return require("pyarrow", feature="lazy corpora", extra="parquet")


def _pc() -> Any:
    return require("pyarrow.compute", feature="lazy corpora", extra="parquet")


def open_corpus(path: str | Path, *, org: Organization | None = None) -> LazyCorpus:
    """The Parquet corpus at ``path``, kept on disk and queried like ``org.press_releases``.

    ``org`` (the bundled organisation by default) resolves the issuers, fields and States.
    Raises :class:`~osce_model.DataError` when the file is not a corpus written by
    :func:`~osce_model.press.columnar.write_parquet`, holds an id twice or names a record the
    organisation does not know.
    """
    return LazyCorpus(Path(path), org if org is not None else bundled())


def _positions_by_value(column: Any) -> dict[str, Any]:
    """For a ``list<string>`` column: each value -> the rows holding it (an Int32Array in row
    order; a row holding a value twice is listed once)."""
    pa, pc = _pa(), _pc()
    column = column.combine_chunks() if hasattr(column, "combine_chunks") else column
    parents = pc.list_parent_indices(column).cast(pa.int32())
    values = pc.list_flatten(column)
    return _group(values, parents)


def _group(values: Any, parents: Any) -> dict[str, Any]:
    pc = _pc()
    encoded = values.dictionary_encode()
    codes = encoded.indices
    found: dict[str, Any] = {}
    for code, value in enumerate(encoded.dictionary.to_pylist()):
        rows = pc.filter(parents, pc.equal(codes, code))
        found[value] = pc.unique(rows)  # parents are in row order: unique keeps it
    return found


class LazyCorpus:
    """Press releases in a Parquet file, indexed in memory by compact arrays of row numbers.

    Made by :func:`open_corpus`. Queries give what ``org.press_releases`` gives for the same
    releases loaded eagerly (tests/test_lazy.py compares them); releases are built from the
    file for each result and not kept.
    """

    def __init__(self, path: Path, org: Organization) -> None:
        pa, pc = _pa(), _pc()
        pq: Any = require("pyarrow.parquet", feature="lazy corpora", extra="parquet")
        name = str(path)
        try:
            parquet = pq.ParquetFile(name)
        except (OSError, pa.ArrowException) as exc:
            raise DataError([Problem(f"cannot be read as Parquet: {exc}", file=name)]) from None
        metadata = parquet.schema_arrow.metadata or {}
        version = metadata.get(b"osce_model.schema", b"").decode()
        missing = [c for c in _INDEXED_COLUMNS if c not in parquet.schema_arrow.names]
        if version != SCHEMA_VERSION or missing:
            raise DataError(
                [
                    Problem(
                        "is not a press corpus written by write_parquet "
                        f"(schema {version or 'none'!r}, expected {SCHEMA_VERSION!r})",
                        file=name,
                    )
                ]
            )
        self.path = path
        self.org = org
        self._parquet = parquet
        self._builder = FastReleaseBuilder(org)
        self._converter: StrictConverter | None = None
        table = parquet.read(columns=list(_INDEXED_COLUMNS))
        self._size: int = table.num_rows
        # Row groups: the first row of each, to find a row's group.
        starts = [0]
        for group in range(parquet.num_row_groups):
            starts.append(starts[-1] + parquet.metadata.row_group(group).num_rows)
        self._starts = starts
        problems: list[Problem] = []
        # Ids, sorted, with their rows: a look-up is a binary search.
        ids = table.column("id").combine_chunks()
        order = pc.sort_indices(ids)
        self._sorted_ids = ids.take(order)
        self._id_rows = order.cast(pa.int32())
        self._ids = ids
        if self._size > 1:
            same = pc.equal(self._sorted_ids[1:], self._sorted_ids[:-1])
            first = pc.index(same, True).as_py()
            if first >= 0:
                twice = self._sorted_ids[first].as_py()
                problems.append(Problem(f"duplicate id {twice!r}", file=name, path="id"))
        # Issuers: each (kind, ref) resolved once, then grouped by the key PressReleases uses.
        issuers = table.column("issuers").combine_chunks()
        flat = pc.list_flatten(issuers)
        pairs = pc.binary_join_element_wise(
            flat.field("kind"), flat.field("ref"), "\x00", null_handling="replace"
        )
        by_pair = _group(pairs, pc.list_parent_indices(issuers).cast(pa.int32()))
        by_issuer: dict[str, list[Any]] = {}
        names: dict[str, set[str]] = {}
        for pair, rows in by_pair.items():
            kind, _, ref = pair.partition("\x00")
            issuer = self._issuer(kind, ref)
            if issuer is None:
                problems.append(
                    Problem(f"unknown issuer {kind}: {ref!r}", file=name, path="issuers")
                )
                continue
            key = issuer_key(issuer)
            if key not in by_issuer:
                for text, _how in issuer_names_of(issuer):
                    names.setdefault(normalize(text), set()).add(key)
            by_issuer.setdefault(key, []).append(rows)
        self._by_issuer = {key: _union(parts) for key, parts in by_issuer.items()}
        self._issuer_names = {k: frozenset(v) for k, v in names.items()}
        self._by_field = _positions_by_value(table.column("fields_of_work"))
        self._by_state = _positions_by_value(table.column("mentioned_states"))
        for label, index, known in (
            ("field of work", self._by_field, self._builder.fields),
            ("State", self._by_state, self._builder.states),
        ):
            for ref in index:
                if ref not in known:
                    problems.append(Problem(f"unknown {label} {ref!r}", file=name))
        self._days = table.column("date").combine_chunks().cast(pa.int32())
        if problems:
            raise DataError(problems)

    def _issuer(self, kind: str, ref: str) -> object:
        if kind == "text":
            return ref
        table = self._builder.issuers.get(kind)
        return None if table is None else table.get(ref)

    # -- size, iteration, look-up by id ---------------------------------------------------------

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return f"<LazyCorpus {self._size:,} releases in {str(self.path)!r}>"

    def __iter__(self) -> Iterator[PressRelease]:
        """Every release, in file order, built one row group at a time."""
        for group in range(len(self._starts) - 1):
            table = self._parquet.read_row_group(group)
            for offset, row in enumerate(table.to_pylist()):
                yield self._build(row, self._starts[group] + offset)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every release's id, in file order (no release is built)."""
        return tuple(self._ids.to_pylist())

    def _row_of(self, key: str) -> int | None:
        sorted_ids = self._sorted_ids
        low, high = 0, len(sorted_ids)
        while low < high:
            middle = (low + high) // 2
            if sorted_ids[middle].as_py() < key:
                low = middle + 1
            else:
                high = middle
        if low < len(sorted_ids) and sorted_ids[low].as_py() == key:
            return int(self._id_rows[low].as_py())
        return None

    def _matches(self, key: object) -> list[int]:
        """The rows ``key`` names, as PressReleases._matches finds them."""
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            raise TypeError(f"a press release id must be a str, not {type(key).__name__}")
        text = str(key)
        row = self._row_of(text)
        if row is not None:
            return [row]
        rows: list[int] = []
        for variant in id_spellings(text):
            row = self._row_of(variant)
            if row is not None and row not in rows:
                rows.append(row)
        return rows

    def __getitem__(self, key: str) -> PressRelease:
        rows = self._matches(key)
        if len(rows) == 1:
            return self._rows(rows)[0]
        if rows:
            found = self._rows(rows)
            names = ", ".join(f"{r.name!r} ({r.id})" for r in found)
            raise AmbiguousKeyError(
                f"{key!r} names several press release records: {names}",
                key=key,
                candidates=found,
            )
        raise NotFoundError(f"no press release has the id {key!r}", key=key, suggestions=[])

    def get(self, key: object, default: PressRelease | None = None) -> PressRelease | None:
        """The release with the id ``key``, or ``default``."""
        if isinstance(key, bool) or not isinstance(key, (str, int)):
            return default
        rows = self._matches(key)
        if len(rows) > 1:
            return self[str(key)]  # raises: ambiguous
        return self._rows(rows)[0] if rows else default

    def __contains__(self, key: object) -> bool:
        if isinstance(key, PressRelease):
            return self.get(key.id) == key
        if isinstance(key, (str, int)) and not isinstance(key, bool):
            return len(self._matches(key)) == 1
        return False

    # -- filtering --------------------------------------------------------------------------------

    def filter(
        self,
        *,
        issuer: object = None,
        field_of_work: object = None,
        mentions: object = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
        text: str | None = None,
    ) -> Results[PressRelease]:
        """The releases matching every criterion given, in file order: the criteria and their
        meaning are those of :meth:`PressReleases.filter
        <osce_model.organization.press_releases.PressReleases.filter>`."""
        rows = self.positions(
            issuer=issuer,
            field_of_work=field_of_work,
            mentions=mentions,
            since=since,
            until=until,
            text=text,
        )
        return Results(self._rows(rows))

    def positions(
        self,
        *,
        issuer: object = None,
        field_of_work: object = None,
        mentions: object = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
        text: str | None = None,
    ) -> list[int]:
        """The rows (file order) that :meth:`filter` returns, without building a release."""
        pa, pc = _pa(), _pc()
        allowed: list[Any] = []
        if issuer is not None:
            keys = issuer_keys_for(issuer, self._issuer_names)
            parts = [self._by_issuer[k] for k in keys if k in self._by_issuer]
            allowed.append(_union(parts))
        if field_of_work is not None:
            keys = criterion_keys(field_of_work, (FieldOfWork,))
            allowed.append(_either(self._by_field, keys))
        if mentions is not None:
            keys = criterion_keys(mentions, (ParticipatingState, FormerParticipatingState))
            allowed.append(_either(self._by_state, keys))
        if since is not None or until is not None:
            days = self._days
            conditions = []
            if since is not None:
                conditions.append(pc.greater_equal(days, since.toordinal() - _EPOCH))
            if until is not None:
                conditions.append(pc.less_equal(days, until.toordinal() - _EPOCH))
            mask = conditions[0] if len(conditions) == 1 else pc.and_(*conditions)
            allowed.append(pc.indices_nonzero(pc.fill_null(mask, False)).cast(pa.int32()))
        rows: Any = None
        for part in sorted(allowed, key=len):
            rows = part if rows is None else pc.filter(rows, pc.is_in(rows, value_set=part))
        found: list[int] = list(range(self._size)) if rows is None else rows.to_pylist()
        if text is not None:
            found = self._text_rows(found, normalize_text(text))
        return found

    def _text_rows(self, rows: list[int], needle: str) -> list[int]:
        """Those of ``rows`` (ascending) whose normalised title and body hold ``needle``."""
        if not needle or not rows:
            return rows
        pa, pc = _pa(), _pc()
        found: list[int] = []
        for group, local in self._by_group(rows):
            start = self._starts[group]
            columns = self._parquet.read_row_group(group, columns=["title", "body"])
            picked = columns.take(pa.array(local, pa.int32()))
            title = picked.column("title").combine_chunks()
            body = pc.fill_null(picked.column("body").combine_chunks(), "")
            joined = pc.binary_join_element_wise(title, body, " ")
            ascii_rows = pc.string_is_ascii(joined)
            # ASCII text: normalised by Arrow, exactly as normalize_text does it.
            text = pc.ascii_lower(pc.replace_substring(joined, "&", " and "))
            text = pc.utf8_trim(pc.replace_substring_regex(text, _NOT_WORD, " "), " ")
            text = pc.replace_substring_regex(text, _LEADING, "")
            hits = pc.and_(ascii_rows, pc.match_substring(text, needle))
            for position in pc.indices_nonzero(hits).to_pylist():
                found.append(start + local[position])
            # Other text: by normalize_text itself.
            for position in pc.indices_nonzero(pc.invert(ascii_rows)).to_pylist():
                if needle in normalize_text(joined[position].as_py()):
                    found.append(start + local[position])
        found.sort()
        return found

    # -- building releases ------------------------------------------------------------------------

    def _by_group(self, rows: Sequence[int]) -> Iterator[tuple[int, list[int]]]:
        """``rows`` (ascending) by row group: (group, rows within it)."""
        import bisect

        starts = self._starts
        group = -1
        local: list[int] = []
        for row in rows:
            if group < 0 or row >= starts[group + 1]:
                if local:
                    yield group, local
                group = bisect.bisect_right(starts, row) - 1
                local = []
            local.append(row - starts[group])
        if local:
            yield group, local

    def _rows(self, rows: Sequence[int]) -> list[PressRelease]:
        """The releases at ``rows``, in that order."""
        pa = _pa()
        built: dict[int, PressRelease] = {}
        for group, local in self._by_group(sorted(set(rows))):
            start = self._starts[group]
            table = self._parquet.read_row_group(group).take(pa.array(local, pa.int32()))
            for offset, row in zip(local, table.to_pylist(), strict=True):
                built[start + offset] = self._build(row, start + offset)
        return [built[row] for row in rows]

    def _build(self, row: dict[str, Any], number: int) -> PressRelease:
        raw = _plain(row, _KINDS)
        release = self._builder.build(raw)
        if release is not None:
            return release
        if self._converter is None:
            self._converter = converter_for(self.org)
        try:
            built: PressRelease = structure_record(self._converter, raw, PressRelease)
        except Exception as exc:
            problems = problems_from(exc, raw, file=str(self.path), path="") or [
                Problem(str(exc), file=str(self.path))
            ]
            raise DataError(
                [
                    Problem(p.message, file=p.file, path=f"row {number + 1}: {p.path or ''}")
                    for p in problems
                ]
            ) from None
        return built


_KINDS = _kinds()


def _either(index: dict[str, Any], keys: tuple[str, str]) -> Any:
    """The rows under the first of ``keys`` indexed (``criterion_keys``), or none."""
    found = next((index[key] for key in keys if key in index), None)
    return found if found is not None else _pa().array([], _pa().int32())


def _union(parts: list[Any]) -> Any:
    pa, pc = _pa(), _pc()
    if not parts:
        return pa.array([], pa.int32())
    if len(parts) == 1:
        return parts[0]
    merged = pa.concat_arrays(parts)
    return pc.unique(merged.take(pc.sort_indices(merged)))
