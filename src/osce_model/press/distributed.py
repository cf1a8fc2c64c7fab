"""Parsing a crawl of pages past one machine: Dask bags in, Parquet partitions out.

A crawl is embarrassingly parallel: each page parses on its own. :func:`parse_crawl` spreads
the pages over a ``dask.bag`` (``osce-model[dask]``), parses them with
:func:`~osce_model.press.parsing.parse_press_release` on the workers and writes one Parquet
file per partition (the schema of :mod:`osce_model.press.columnar`), so that nothing but file
names and counts comes back to the client. :func:`parse_crawl_local` does the same in this
process, and gives the same files. With a ``distributed.Client`` connected (a
``LocalCluster`` or a real cluster's scheduler), Dask runs the tasks there; see
docs/corpora-at-scale.md.

Workers parse against the bundled organisation, which each worker loads once from the
generated module (a fraction of a millisecond), unless ``org`` is given: it is then pickled
into the tasks (bench/bench_corpus.py measures both sizes).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..errors import OsceModelError, require
from ..organization.organization import Organization
from ..schema.records import PressRelease
from .columnar import write_parquet
from .parsing import parse_press_release

__all__ = ["CrawlResult", "parse_crawl", "parse_crawl_local", "parse_pages"]


@attrs.frozen
class CrawlResult:
    """What a crawl gave: the Parquet files written (in page order), how many releases they
    hold, and the pages that could not be parsed, with why."""

    parts: tuple[Path, ...]
    releases: int
    failures: tuple[tuple[str, str], ...]


def parse_pages(
    paths: Iterable[str | Path], *, org: Organization | None = None
) -> tuple[list[PressRelease], list[tuple[str, str]]]:
    """The releases on the pages at ``paths`` (UTF-8 text files), and the (page, reason) of
    those that are not press releases."""
    releases: list[PressRelease] = []
    failures: list[tuple[str, str]] = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
            releases.append(parse_press_release(text, org=org))
        except (OSError, UnicodeDecodeError, OsceModelError) as exc:
            failures.append((str(path), str(exc)))
    return releases, failures


def _part(
    paths: Sequence[str], target: str, org: Organization | None
) -> tuple[str, int, list[tuple[str, str]]]:
    releases, failures = parse_pages(paths, org=org)
    count = write_parquet(releases, target)
    return target, count, failures


def _targets(out_dir: str | Path, parts: int) -> list[str]:
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(parts)))
    return [str(directory / f"part-{n:0{width}d}.parquet") for n in range(parts)]


def _chunks(paths: Sequence[str], size: int) -> list[list[str]]:
    return [list(paths[i : i + size]) for i in range(0, len(paths), size)]


def parse_crawl_local(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    pages_per_part: int = 10_000,
    org: Organization | None = None,
) -> CrawlResult:
    """:func:`parse_crawl` in this process, without Dask: the same files."""
    chunks = _chunks([str(p) for p in paths], _checked(pages_per_part))
    done = [
        _part(chunk, target, org)
        for chunk, target in zip(chunks, _targets(out_dir, len(chunks)), strict=True)
    ]
    return _result(done)


def parse_crawl(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    pages_per_part: int = 10_000,
    org: Organization | None = None,
    scheduler: str | None = None,
) -> CrawlResult:
    """Parse the pages at ``paths`` with a ``dask.bag`` of ``pages_per_part`` pages per
    partition, writing ``out_dir/part-00000.parquet``… (needs ``osce-model[dask]``).

    ``scheduler`` is passed to ``dask.compute`` (None: a connected ``distributed.Client``,
    else Dask's default). ``out_dir`` must be reachable by every worker under that name (a
    shared file system or object store path that fsspec knows is the usual choice on a
    cluster).
    """
    bags: Any = require("dask.bag", feature="parsing a crawl with Dask", extra="dask")
    dask: Any = require("dask", feature="parsing a crawl with Dask", extra="dask")

    chunks = _chunks([str(p) for p in paths], _checked(pages_per_part))
    if not chunks:
        return CrawlResult(parts=(), releases=0, failures=())
    targets = _targets(out_dir, len(chunks))
    bag = bags.from_sequence(list(zip(chunks, targets, strict=True)), npartitions=len(chunks))
    tasks = bag.map(lambda item: _part(item[0], item[1], org))
    (done,) = dask.compute(tasks, scheduler=scheduler)
    return _result(sorted(done))


def _checked(pages_per_part: int) -> int:
    if pages_per_part < 1:
        raise ValueError(f"pages_per_part must be at least 1, not {pages_per_part}")
    return pages_per_part


def _result(done: Iterable[tuple[str, int, list[tuple[str, str]]]]) -> CrawlResult:
    done = list(done)
    return CrawlResult(
        parts=tuple(Path(target) for target, _, _ in done),
        releases=sum(count for _, count, _ in done),
        failures=tuple(failure for _, _, failures in done for failure in failures),
    )
