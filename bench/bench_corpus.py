"""P4 corpus loading and P5 indexed queries at 1k, 10k and 100k releases, side by side."""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
import tracemalloc
from pathlib import Path

from _util import best_of, table
from synthetic import releases

import osce_model
from osce_model.press.corpus import load_corpus, save_corpus_jsonl

SIZES = (1_000, 10_000, 100_000)


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


def corpus_rows(work: Path, sizes: tuple[int, ...]) -> tuple[list[list[object]], dict[int, float]]:
    org = osce_model.load()
    rows: list[list[object]] = []
    load_times: dict[int, float] = {}
    for size in sizes:
        path = work / f"corpus-{size}.jsonl"
        save_corpus_jsonl(releases(size, org=org), path)
        text = path.read_text(encoding="utf-8")
        mib = len(text.encode()) / 2**20
        parse = best_of(lambda t=text: [json.loads(line) for line in t.splitlines()], repeat=3)
        loaded = best_of(lambda p=path: load_corpus(p, org=org), repeat=3)
        tracemalloc.start()
        kept = load_corpus(path, org=org)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        del kept
        load_times[size] = loaded
        rows.append(
            [
                f"{size:,}",
                f"{mib:.1f} MiB",
                f"{parse * 1000:.0f} ms",
                f"{loaded * 1000:.0f} ms",
                f"{loaded / parse:.2f}x",
                f"{peak:.0f} MiB",
            ]
        )
    return rows, load_times


def filter_rows(size: int) -> list[list[object]]:
    org = osce_model.load()
    corpus = org.with_press_releases(releases(size, org=org))
    items = list(corpus.press_releases)
    pr = corpus.press_releases
    tntd = corpus.secretariat["TNTD"]
    policing = corpus.fields_of_work["Policing"]
    serbia = corpus.participating_states["Serbia"]
    since, until = _dt.date(2016, 1, 1), _dt.date(2016, 1, 31)
    pr.filter(issuer=tntd)  # first call pays nothing extra: the indices are built up front
    cases = {
        "issuer=TNTD": ({"issuer": tntd}, {"issuer": tntd}),
        "field_of_work=Policing": ({"field_of_work": policing}, {"field": policing}),
        "mentions=Serbia": ({"mentions": serbia}, {"state": serbia}),
        "January 2016": ({"since": since, "until": until}, {"since": since, "until": until}),
        "Policing + Serbia + 2016": (
            {
                "field_of_work": policing,
                "mentions": serbia,
                "since": _dt.date(2016, 1, 1),
                "until": _dt.date(2016, 12, 31),
            },
            {
                "field": policing,
                "state": serbia,
                "since": _dt.date(2016, 1, 1),
                "until": _dt.date(2016, 12, 31),
            },
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


def main() -> None:
    sizes = tuple(int(s) for s in os.environ.get("BENCH_SIZES", "").split(",") if s) or SIZES
    with tempfile.TemporaryDirectory() as tmp:
        rows, times = corpus_rows(Path(tmp), sizes)
    print("P4 corpus load from JSON Lines (best of 3), against json.loads of the same lines")
    print(table(rows, ["releases", "file", "json.loads", "load_corpus", "ratio", "peak (traced)"]))
    if len(sizes) >= 2:
        big, small = sizes[-1], sizes[-2]
        print(
            f"growth {big:,}/{small:,}: {times[big] / times[small]:.1f}x for "
            f"{big / small:.0f}x the releases"
        )
    print()
    print(f"P5 filter at {sizes[-1]:,} releases: indexed against a scan of every release")
    print(table(filter_rows(sizes[-1]), ["query", "found", "indexed", "scan", "scan/indexed"]))


if __name__ == "__main__":
    main()
