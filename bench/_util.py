"""Helpers for the benchmarks: timing fresh interpreters side by side, and a results table."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

# Printed by every child: its peak RSS in KiB (VmHWM: Linux carries ru_maxrss across exec).
_PEAK = (
    "import re; print('PEAK', re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1])"
)


def cold(code: str, *, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Seconds for a fresh interpreter to run ``code``, and its peak RSS in KiB."""
    full = f"{code}\n{_PEAK}"
    started = time.perf_counter()
    # Bytecode caches are written and used, as in a normal installation.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, "-c", full],
        capture_output=True,
        text=True,
        check=True,
        env={**base, **(env or {})},
    ).stdout
    elapsed = time.perf_counter() - started
    peak = int(out.rsplit("PEAK", 1)[1])
    return elapsed, peak


def interleaved(
    cases: dict[str, str], rounds: int, *, env: dict[str, str] | None = None
) -> dict[str, tuple[float, int]]:
    """Median time and median peak RSS of each case, the cases run in turn each round."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    peaks: dict[str, list[int]] = {name: [] for name in cases}
    for code in cases.values():  # warm the file cache and the .pyc files
        cold(code, env=env)
    for _ in range(rounds):
        for name, code in cases.items():
            elapsed, peak = cold(code, env=env)
            times[name].append(elapsed)
            peaks[name].append(peak)
    return {
        name: (statistics.median(times[name]), int(statistics.median(peaks[name])))
        for name in cases
    }


def best_of(func: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """The best mean seconds per call of ``func`` over ``repeat`` rounds of ``number`` calls."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            func()
        best = min(best, (time.perf_counter() - started) / number)
    return best


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    """A plain-text table."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def dump(results: object) -> str:
    """Results as JSON, for bench/README.md."""
    return json.dumps(results, indent=2, default=str)
