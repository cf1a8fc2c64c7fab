"""Run every benchmark and print its table: ``python bench/run.py`` (see bench/README.md)."""

from __future__ import annotations

import importlib
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

BENCHMARKS = [
    "bench_startup",
    "bench_lookup",
    "bench_search",
    "bench_load",
    "bench_corpus",
    "bench_parser",
]


def main() -> None:
    print(
        f"osce-model benchmarks, {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}"
        f" on {platform.machine()}, {platform.system()}"
    )
    print()
    for name in BENCHMARKS:
        if not (Path(__file__).parent / f"{name}.py").exists():
            continue
        module = importlib.import_module(name)
        started = time.perf_counter()
        module.main()
        print(f"({name}: {time.perf_counter() - started:.1f} s)")
        print()


if __name__ == "__main__":
    main()
