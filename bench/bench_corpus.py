"""Corpora at scale, side by side in one run: P4 load, P5 filters, text search, ids, saving,
Parquet, memory and the lazy corpus, at 1k, 10k and 100k releases
(BENCH_SIZES=1000,10000,100000,1000000; the lazy corpus at BENCH_LAZY_SIZES, by default the
largest; BENCH_ONLY=lazy runs only that part, BENCH_ONLY=load only P4).

Every comparison runs both sides in the same process and the same garbage-collector state:
load_corpus pauses the cyclic collector while it builds releases, so its baseline, json.loads
of the same lines, runs with the collector paused too (``gc.disable()`` around both sides).
"""

from __future__ import annotations

import datetime as _dt
import gc
import json
import os
import pickle
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from _util import best_of, cold, table
from synthetic import releases

import osce_model
from osce_model.press._fast_release import FastReleaseBuilder, TypedLineBuilder
from osce_model.press.corpus import fast_decoder, load_corpus, save_corpus_jsonl
from osce_model.schema.keys import normalize

SIZES = (1_000, 10_000, 100_000)
QUERIES = ("police", "human rights", "border police training", "co-operation")


def _paused(func: Callable[[], object]) -> Callable[[], object]:
    """``func`` run with the cyclic collector paused (as load_corpus runs)."""

    def run() -> object:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return func()
        finally:
            if enabled:
                gc.enable()

    return run


def _json_lines(path: Path) -> list[object]:
    with path.open("rb", buffering=1 << 20) as handle:
        return [json.loads(line) for line in handle]


# P4's two kinds of bodies (bench/synthetic.py): one paragraph of words, as measured since
# 0.1, and the parser's form: paragraphs (``\n`` escapes in JSON), quotations (a colon, escaped
# quotes) and a mention of each State named.
BODIES = {"one paragraph": False, "paragraphs": True}


def _interleaved(sides: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """The best time of each side over ``rounds`` rounds, the sides run in turn in each round
    (so that a slow moment of the shared machine falls on all of them), each with the cyclic
    GC paused and its result freed inside the timing."""
    best = dict.fromkeys(sides, float("inf"))
    for _ in range(rounds):
        for name, func in sides.items():
            best[name] = min(best[name], best_of(_paused(func), repeat=1))
    return best


def _rounds(size: int) -> int:
    """Rounds of P4: many for short timings, which a busy moment of the machine spoils."""
    return 15 if size <= 10_000 else 5 if size <= 100_000 else 3


def corpus_rows(work: Path, sizes: tuple[int, ...]) -> tuple[list[list[object]], dict[int, float]]:
    """P4 at each size and kind of body: json.loads of the lines, load_corpus (the fast path
    when installed) and load_corpus(decoder="pure"), interleaved, best of _rounds(size)."""
    org = osce_model.load()
    rows: list[list[object]] = []
    load_times: dict[int, float] = {}
    for size in sizes:
        for bodies, paragraphs in BODIES.items():
            name = f"corpus-{size}.jsonl" if not paragraphs else f"corpus-{size}-paragraphs.jsonl"
            path = work / name
            save_corpus_jsonl(releases(size, org=org, paragraphs=paragraphs), path)
            gc.collect()
            mib = path.stat().st_size / 2**20
            best = _interleaved(
                {
                    "json.loads": lambda p=path: _json_lines(p),
                    "auto": lambda p=path: load_corpus(p, org=org),
                    "pure": lambda p=path: load_corpus(p, org=org, decoder="pure"),
                },
                rounds=_rounds(size),
            )
            parse, auto, pure = best["json.loads"], best["auto"], best["pure"]
            if not paragraphs:
                load_times[size] = auto
            rows.append(
                [
                    f"{size:,}",
                    bodies,
                    f"{mib:.1f} MiB",
                    f"{parse * 1000:.0f} ms",
                    f"{auto * 1000:.0f} ms",
                    f"{auto / parse:.2f}x",
                    f"{pure * 1000:.0f} ms",
                    f"{pure / parse:.2f}x",
                ]
            )
            if paragraphs and os.environ.get("BENCH_ONLY") != "load":
                path.unlink()  # the other benchmarks read the default corpus
    return rows, load_times


def _scan(items: list[osce_model.PressRelease], **criteria: object) -> list[object]:
    """The unindexed alternative: test every release."""
    issuer, field, state = criteria.get("issuer"), criteria.get("field"), criteria.get("state")
    since, until = criteria.get("since"), criteria.get("until")
    found = []
    for r in items:
        if issuer is not None and issuer not in r.issuers:
            continue
        if field is not None and field not in r.fields_of_work:
            continue
        if state is not None and state not in r.mentioned_states:
            continue
        if since is not None and (r.date is None or r.date < since):  # type: ignore[operator]
            continue
        if until is not None and (r.date is None or r.date > until):  # type: ignore[operator]
            continue
        found.append(r)
    return found


def filter_rows(corpus: osce_model.Organization) -> list[list[object]]:
    items = list(corpus.press_releases)
    pr = corpus.press_releases
    tntd = corpus.secretariat["TNTD"]
    policing = corpus.fields_of_work["Policing"]
    serbia = corpus.participating_states["Serbia"]
    since, until = _dt.date(2016, 1, 1), _dt.date(2016, 1, 31)
    year = {"since": _dt.date(2016, 1, 1), "until": _dt.date(2016, 12, 31)}
    cases = {
        "issuer=TNTD": ({"issuer": tntd}, {"issuer": tntd}),
        "field_of_work=Policing": ({"field_of_work": policing}, {"field": policing}),
        "mentions=Serbia": ({"mentions": serbia}, {"state": serbia}),
        "January 2016": ({"since": since, "until": until}, {"since": since, "until": until}),
        "Policing + Serbia + 2016": (
            {"field_of_work": policing, "mentions": serbia, **year},
            {"field": policing, "state": serbia, **year},
        ),
    }
    rows: list[list[object]] = []
    for name, (indexed_args, scan_args) in cases.items():
        found = len(pr.filter(**indexed_args))  # type: ignore[arg-type]
        assert found == len(_scan(items, **scan_args)), name
        indexed = best_of(lambda a=indexed_args: pr.filter(**a), repeat=5)  # type: ignore[misc]
        scanned = best_of(lambda a=scan_args: _scan(items, **a), repeat=3)
        rows.append(
            [
                name,
                f"{found:,}",
                f"{indexed * 1000:.3f} ms",
                f"{scanned * 1000:.1f} ms",
                f"{scanned / indexed:.0f}x",
            ]
        )
    return rows


def text_rows(corpus: osce_model.Organization) -> tuple[float, float, list[list[object]]]:
    """The first text query (it builds the index), then each query against the scan that
    0.1 ran (normalize() over every title and body), timed on the first 10,000 releases and
    scaled to the corpus. normalize()'s cache is bypassed for the scan: 0.1's 16,384-entry
    cache never held a corpus of more than 16k bodies, so at 100k every call missed."""
    pr = corpus.press_releases
    uncached = normalize.__wrapped__
    started = time.perf_counter()
    pr.filter(text="osce")
    build = time.perf_counter() - started
    started = time.perf_counter()
    pr.filter(text="border police")
    pairs = time.perf_counter() - started
    sample = list(pr)[:10_000]
    sample_ids = {r.id for r in sample}
    scale = len(pr) / len(sample)
    rows: list[list[object]] = []
    for query in QUERIES:
        found = pr.filter(text=query)
        needle = normalize(query)
        in_sample = [r for r in sample if needle in uncached(r.title + " " + r.body)]
        assert [r.id for r in in_sample] == [r.id for r in found if r.id in sample_ids], query
        indexed = best_of(lambda q=query: pr.filter(text=q), repeat=5)
        scanned = best_of(
            lambda n=needle: [r for r in sample if n in uncached(r.title + " " + r.body)], repeat=1
        )
        rows.append(
            [
                repr(query),
                f"{len(found):,}",
                f"{indexed * 1000:.1f} ms",
                f"{scanned * scale * 1000:.0f} ms",
                f"{scanned * scale / indexed:.0f}x",
            ]
        )
    return build, pairs, rows


def id_rows(corpus: osce_model.Organization) -> list[list[object]]:
    size = len(corpus.press_releases)
    rows: list[list[object]] = []
    # A fresh organisation, so that the first look-up is really the first.
    fresh = osce_model.load().with_press_releases(list(corpus.press_releases)[1:])
    started = time.perf_counter()
    fresh.press_releases[f"synthetic-{size // 2}"]
    rows.append(["first look-up by id", f"{(time.perf_counter() - started) * 1000:.3f} ms"])
    hit = best_of(lambda: fresh.press_releases[f"synthetic-{size // 3}"], repeat=5, number=1000)
    rows.append(["look-up by id", f"{hit * 1e6:.2f} µs"])
    spelt = best_of(lambda: fresh.press_releases[f"SYNTHETIC-{size // 3}"], repeat=5, number=100)
    rows.append(["look-up, other case", f"{spelt * 1e6:.2f} µs"])
    miss = best_of(lambda: fresh.press_releases.get("no-such-release"), repeat=5, number=100)
    rows.append(["miss (get, with suggestions bounded)", f"{miss * 1e6:.2f} µs"])
    started = time.perf_counter()
    org = osce_model.load()
    org.with_press_releases(list(corpus.press_releases)[1:])
    rows.append(
        ["with_press_releases (indices, id check)", f"{time.perf_counter() - started:.2f} s"]
    )
    return rows


def _traced_save(
    what: str, save: Callable[[list[object], Path], object], items: list[object], path: Path
) -> list[object]:
    """A row: ``save(items, path)`` timed, the file's size, and the peak of Python's traced
    allocations during the save."""
    tracemalloc.start()
    started = time.perf_counter()
    save(items, path)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    size = path.stat().st_size / 2**20
    return [what, f"{elapsed:.2f} s", f"{size:.0f} MiB", f"{peak:.1f} MiB"]


def save_rows(corpus: osce_model.Organization, work: Path) -> list[list[object]]:
    items: list[object] = list(corpus.press_releases)
    rows = [_traced_save("save_corpus_jsonl", save_corpus_jsonl, items, work / "saved.jsonl")]
    try:
        from osce_model.press.columnar import write_parquet
    except ImportError:  # pragma: no cover
        return rows
    parquet = work / "saved.parquet"
    rows.append(_traced_save("write_parquet (zstd)", write_parquet, items, parquet))
    read = best_of(_paused(lambda: load_corpus(parquet)), repeat=1)
    rows.append(["load_corpus of that Parquet", f"{read:.2f} s", "", ""])
    return rows


def memory_row(path: Path, size: int) -> list[object]:
    """Peak RSS of a fresh interpreter that loads the corpus and builds every index."""
    code = (
        "import osce_model\n"
        "from osce_model.press.corpus import load_corpus\n"
        "org = osce_model.load()\n"
        f"big = org.with_press_releases(load_corpus({str(path)!r}, org=org))\n"
        f"big.press_releases['synthetic-{size - 1}']\n"
        "big.press_releases.filter(text='police', mentions='serbia')\n"
    )
    elapsed, peak_kib = cold(code)
    return [f"{size:,}", f"{elapsed:.1f} s", f"{peak_kib / 2**20:.2f} GiB"]


_LAZY_QUERIES: dict[str, str] = {
    "look-up by id": "corpus['synthetic-{half}']",
    "mentions=serbia, 2016": (
        "corpus.filter(mentions='serbia', since=dt.date(2016, 1, 1), until=dt.date(2016, 12, 31))"
    ),
    "text='border police', mentions=serbia": (
        "corpus.filter(text='border police', mentions='serbia')"
    ),
}


def lazy_rows(work: Path, sizes: tuple[int, ...]) -> tuple[list[list[object]], list[list[object]]]:
    """Goal 6: a fresh interpreter opens the Parquet corpus lazily (open_corpus) and answers
    an id look-up and a filter, against one that loads the JSON Lines eagerly and builds the
    indices (load_corpus + with_press_releases, the same look-up and filter without text); peak
    RSS of each; then each lazy query's time, best of 3, in this process."""
    from osce_model.press.columnar import write_parquet

    org = osce_model.load()
    rows: list[list[object]] = []
    query_rows: list[list[object]] = []
    for size in sizes:
        items = releases(size, org=org)
        jsonl, parquet = work / f"lazy-{size}.jsonl", work / f"lazy-{size}.parquet"
        save_corpus_jsonl(items, jsonl)
        write_parquet(items, parquet)
        del items
        half = size // 2
        eager = (
            "import osce_model\n"
            "from osce_model.press.corpus import load_corpus\n"
            "org = osce_model.load()\n"
            f"big = org.with_press_releases(load_corpus({str(jsonl)!r}, org=org))\n"
            f"big.press_releases['synthetic-{half}']\n"
            "big.press_releases.filter(mentions='serbia')\n"
        )
        lazy = (
            "import osce_model\n"
            "from osce_model.press.lazy import open_corpus\n"
            f"corpus = open_corpus({str(parquet)!r}, org=osce_model.load())\n"
            f"corpus['synthetic-{half}']\n"
            "corpus.filter(mentions='serbia')\n"
        )
        baseline = "import osce_model\nosce_model.load()\n"
        cold(baseline)  # warm the .pyc files and the file cache
        _, base_peak = cold(baseline)
        eager_time, eager_peak = cold(eager)
        lazy_time, lazy_peak = cold(lazy)
        rows.append(
            [
                f"{size:,}",
                f"{eager_time:.1f} s",
                f"{eager_peak / 2**20:.2f} GiB",
                f"{lazy_time:.1f} s",
                f"{lazy_peak / 2**20:.2f} GiB",
                f"{lazy_time / eager_time:.2f}x",
                f"{base_peak / 2**10:.0f} MiB",
            ]
        )
        from osce_model.press.lazy import open_corpus

        started = time.perf_counter()
        corpus = open_corpus(parquet, org=org)
        query_rows.append(
            [f"{size:,}", "open_corpus", f"{time.perf_counter() - started:.2f} s", ""]
        )
        for name, code in _LAZY_QUERIES.items():
            expr = code.format(half=half)
            names = {"corpus": corpus, "dt": _dt}
            found = eval(expr, names)
            count = len(found) if isinstance(found, tuple) else 1
            seconds = best_of(lambda e=expr, n=names: eval(e, n), repeat=3)
            query_rows.append([f"{size:,}", name, f"{seconds * 1000:.1f} ms", f"{count:,}"])
        del corpus
    return rows, query_rows


def print_lazy(work: Path, sizes: tuple[int, ...]) -> None:
    rows, query_rows = lazy_rows(work, sizes)
    print(
        "Lazy corpus (goal 6): fresh interpreters; eager = load_corpus(.jsonl) + "
        "with_press_releases + a look-up by id + filter(mentions=); lazy = open_corpus(.parquet) "
        "+ the same; peak RSS (the bundled organisation alone: last column)"
    )
    print(
        table(
            rows,
            ["releases", "eager", "eager RSS", "lazy", "lazy RSS", "lazy/eager", "org alone"],
        )
    )
    print("Lazy queries (best of 3; results built as PressRelease records)")
    print(table(query_rows, ["releases", "what", "time", "found"]))


def pickle_rows() -> list[list[object]]:
    from osce_model.press.parsing import parse_press_release

    return [
        ["the bundled organisation", f"{len(pickle.dumps(osce_model.load())) / 1024:.0f} KiB"],
        ["parse_press_release (by reference)", f"{len(pickle.dumps(parse_press_release))} B"],
    ]


def main() -> None:
    sizes = tuple(int(s) for s in os.environ.get("BENCH_SIZES", "").split(",") if s) or SIZES
    lazy_sizes = tuple(int(s) for s in os.environ.get("BENCH_LAZY_SIZES", "").split(",") if s)
    if os.environ.get("BENCH_ONLY") == "lazy":
        with tempfile.TemporaryDirectory() as tmp:
            print_lazy(Path(tmp), lazy_sizes or sizes[-1:])
        return
    big = sizes[-1]
    decoder = fast_decoder()
    name = getattr(decoder, "__module__", None) or "none"
    if decoder is not None and TypedLineBuilder(FastReleaseBuilder(osce_model.load())).available:
        name = "msgspec, typed (a Struct per line)"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows, times = corpus_rows(work, sizes)
        print(
            "P4 corpus load from JSON Lines against json.loads of the same lines: the three "
            "sides in turn, best of 15 rounds up to 10k releases, 5 at 100k, 3 above; all with "
            f"the cyclic GC paused; fast path: {name}"
        )
        print(
            table(
                rows,
                [
                    "releases",
                    "bodies",
                    "file",
                    "json.loads",
                    "load_corpus",
                    "ratio",
                    "pure",
                    "pure ratio",
                ],
            )
        )
        if len(sizes) >= 2:
            small = sizes[-2]
            print(
                f"growth {big:,}/{small:,}: {times[big] / times[small]:.1f}x for "
                f"{big / small:.0f}x the releases (one-paragraph bodies)"
            )
        if os.environ.get("BENCH_ONLY") == "load":
            return
        org = osce_model.load()
        corpus = org.with_press_releases(load_corpus(work / f"corpus-{big}.jsonl", org=org))
        print()
        print(f"P5 filter at {big:,} releases: indexed against a scan of every release")
        print(table(filter_rows(corpus), ["query", "found", "indexed", "scan", "scan/indexed"]))
        print()
        build, pairs, rows = text_rows(corpus)
        print(
            f"Text search at {big:,} releases: the word index is built by the first query "
            f"({build:.1f} s), the index of word pairs by the first of several words "
            f"({pairs:.1f} s); best of 5 per query, against 0.1's scan (uncached normalize() "
            "per body, timed on 10,000 releases and scaled)"
        )
        print(table(rows, ["query", "found", "indexed", "scan", "scan/indexed"]))
        print()
        print(f"Ids at {big:,} releases")
        print(table(id_rows(corpus), ["what", "time"]))
        print()
        print(f"Saving {big:,} releases (peak traced: Python allocations during the save)")
        print(table(save_rows(corpus, work), ["what", "time", "file", "peak (traced)"]))
        del corpus
        gc.collect()
        print()
        print("Memory: a fresh interpreter loads the corpus and builds every index (peak RSS)")
        print(
            table([memory_row(work / f"corpus-{big}.jsonl", big)], ["releases", "time", "peak RSS"])
        )
        print()
        print_lazy(work, lazy_sizes or (big,))
    print()
    print("Pickled sizes (what a Dask worker receives)")
    print(table(pickle_rows(), ["object", "pickled"]))


if __name__ == "__main__":
    main()
