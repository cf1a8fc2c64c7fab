"""P7 loading a large user data directory: linear in its records, against parsing the same bytes.

A copy of the bundled data with N extra territories (4 fields each) is loaded with
``osce_model.load(root)`` (strict YAML, validation, cross-checks, build) and, side by side in
the same run, the same YAML bytes are parsed by PyYAML's CSafeLoader alone. Both sides run with
the cyclic garbage collector in the state a caller has it (on), which is the load's own job to
manage: it pauses the collector while it builds. A third column parses with the collector
paused, as the load does: what PyYAML's own loader costs without the collector in the way.
A last column loads with the line reader of common YAML switched off, so that every file takes
the full reader (PyYAML's composer and our pass over its nodes), as 0.2 did before it.
Best of 3 per size.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from pathlib import Path
from typing import Any

from _util import best_of, table

import osce_model

SIZES = (10_000, 40_000)


def _tree(size: int, parent: Path) -> Path:
    root = parent / f"data-{size}"
    shutil.copytree(osce_model.bundled_data_dir(), root)
    extra = "".join(
        f"- id: t{i}\n  name: Territory number {i}\n  aliases: []\n"
        f"  sources: [https://example.org/{i}]\n"
        for i in range(size)
    )
    path = root / "territories.yaml"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return root


def _paused(texts: list[bytes], loader: Any) -> None:
    import yaml

    gc.disable()
    try:
        for text in texts:
            yaml.load(text, Loader=loader)
    finally:
        gc.enable()


def _full_reader_only(root: Path) -> None:
    """``load(root)`` with every file read the full way (the line reader declines all)."""
    from osce_model.storage import strict_yaml

    lines = strict_yaml._read_lines
    strict_yaml._read_lines = lambda text: None  # type: ignore[assignment]
    try:
        osce_model.load(root)
    finally:
        strict_yaml._read_lines = lines  # type: ignore[assignment]


def main() -> None:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert gc.isenabled()
    rows: list[list[object]] = []
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in SIZES:
            root = _tree(size, Path(scratch))
            texts = [p.read_bytes() for p in sorted(root.glob("*.yaml"))]
            parse = best_of(lambda t=texts: [yaml.load(x, Loader=loader) for x in t], repeat=3)
            paused = best_of(lambda t=texts: _paused(t, loader), repeat=3)
            load = best_of(lambda r=root: osce_model.load(r), repeat=3)
            full = best_of(lambda r=root: _full_reader_only(r), repeat=3)
            times[size] = load
            rows.append(
                [
                    f"{size:,} extra records",
                    f"{parse:.2f} s",
                    f"{paused:.2f} s",
                    f"{load:.2f} s",
                    f"{load / parse:.2f}x",
                    f"{load / paused:.2f}x",
                    f"{full:.2f} s",
                    f"{full / load:.2f}x",
                ]
            )
    print("P7 load(root) of a large directory (best of 3; GC on for both sides)")
    print(
        table(
            rows,
            [
                "input",
                "parse",
                "parse, GC paused",
                "load(root)",
                "load / parse",
                "load / paused",
                "full reader only",
                "full / load",
            ],
        )
    )
    small, large = SIZES
    print(
        f"growth {large:,} / {small:,} records: {times[large] / times[small]:.2f}x "
        f"(linear: {large / small:.1f}x)"
    )


if __name__ == "__main__":
    main()
