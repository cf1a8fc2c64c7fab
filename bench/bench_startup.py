"""P1 cold start and P2 bundled load, each as a ratio against its baseline in the same run."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from _util import best_of, interleaved, table

import osce_model
from osce_model.storage.generate import generate_source
from osce_model.storage.loader import load_directory

COLD = {
    "python -c pass": "pass",
    "import attrs (floor)": "import attrs",
    "pycountry cold lookup": "import pycountry; pycountry.countries.get(alpha_2='DE')",
    "osce_model cold lookup": ("import osce_model; osce_model.load().participating_states['DE']"),
}


def startup(rounds: int) -> list[list[object]]:
    """P1: a fresh process importing and looking up Germany, against attrs and pycountry."""
    have_pycountry = True
    try:
        import pycountry  # noqa: F401
    except ImportError:
        have_pycountry = False
    cases = {k: v for k, v in COLD.items() if have_pycountry or "pycountry" not in k}
    results = interleaved(cases, rounds)
    ours_t, ours_m = results["osce_model cold lookup"]
    rows: list[list[object]] = []
    for name, (seconds, peak) in results.items():
        rows.append(
            [
                name,
                f"{seconds * 1000:.1f} ms",
                f"{peak / 1024:.1f} MiB",
                f"{ours_t / seconds:.2f}x",
                f"{ours_m / peak:.2f}x",
            ]
        )
    return rows


def bundled_load() -> list[list[object]]:
    """P2: building every collection, against parsing the same YAML bytes with CSafeLoader."""
    import yaml

    root = osce_model.bundled_data_dir()
    files = sorted(root.glob("*.yaml"))
    size = sum(f.stat().st_size for f in files)
    texts = [f.read_bytes() for f in files]
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    parse = best_of(lambda: [yaml.load(t, Loader=loader) for t in texts], repeat=7)
    from_yaml = best_of(lambda: load_directory(root), repeat=7)
    from osce_model.storage import _generated

    generated = best_of(_generated.build, repeat=7)
    return [
        [
            "parse the YAML bytes (CSafeLoader)",
            f"{parse * 1000:.1f} ms",
            "1.00x",
            f"{size / 1024:.0f} KiB",
        ],
        [
            "load(root): YAML + validate + build",
            f"{from_yaml * 1000:.1f} ms",
            f"{from_yaml / parse:.2f}x",
            "",
        ],
        [
            "load(): generated form, build only",
            f"{generated * 1000:.2f} ms",
            f"{generated / parse:.2f}x",
            "",
        ],
    ]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    print(f"P1 cold start: medians of {rounds} fresh interpreters each, run in turn")
    print(
        table(
            startup(rounds),
            ["case", "time", "peak RSS", "osce_model / this (time)", "osce_model / this (memory)"],
        )
    )
    print()
    print("P2 bundled load (best of 7)")
    print(table(bundled_load(), ["what", "time", "vs CSafeLoader parse", "input"]))
    _ = (Path, time, generate_source)


if __name__ == "__main__":
    main()
