"""P6 the press-release parser: pages per second, and time against size on hostile pages."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from _util import best_of, table

import osce_model
from osce_model import ParseError
from osce_model.press.parsing import parse_press_release, parse_press_release_html

FIXTURES = Path(__file__).parent.parent / "tests" / "fixtures"


def _hostile(kind: str, size: int) -> str:
    """Pathological pages of about ``size`` characters."""
    if kind == "one huge line":
        return "Press release\nTitle\n" + "word " * (size // 5)
    if kind == "label lines":
        return "Press release\nTitle\n" + "- Source:\n- OSCE Secretariat\n" * (size // 30)
    if kind == "repeated datelines":
        return "Press release\nTitle\n" + "VIENNA, 3 June 2016 – " * (size // 22)
    if kind == "unclosed tags (HTML)":
        return "<p>" + "<a<a" * (size // 4)
    raise ValueError(kind)


def _parse(kind: str, text: str) -> None:
    org = osce_model.load()
    try:
        if "HTML" in kind:
            parse_press_release_html(text, org=org)
        else:
            parse_press_release(text, org=org)
    except ParseError:
        pass


def throughput() -> list[list[object]]:
    org = osce_model.load()
    pages = [
        p.read_text("utf-8")
        for p in [FIXTURES / "seed-press-release.txt", *sorted((FIXTURES / "press").glob("*.txt"))]
    ]
    parse_press_release(pages[0], org=org)  # build the linker once
    rows: list[list[object]] = []
    seed = pages[0]
    one = best_of(lambda: parse_press_release(seed, org=org), repeat=5, number=50)
    rows.append(
        [
            "the seed page",
            f"{len(seed) / 1024:.1f} KiB",
            f"{one * 1000:.2f} ms",
            f"{1 / one:,.0f} pages/s",
        ]
    )
    started = time.perf_counter()
    count = 0
    for _ in range(20):
        for page in pages:
            with contextlib.suppress(ParseError):
                parse_press_release(page, org=org)
            count += 1
    mean = (time.perf_counter() - started) / count
    rows.append(
        [f"all {len(pages)} text fixtures", "", f"{mean * 1000:.2f} ms", f"{1 / mean:,.0f} pages/s"]
    )
    return rows


def hostile() -> list[list[object]]:
    rows: list[list[object]] = []
    small, big = 100_000, 1_000_000
    for kind in ("one huge line", "label lines", "repeated datelines", "unclosed tags (HTML)"):
        t_small = best_of(lambda k=kind, n=small: _parse(k, _hostile(k, n)), repeat=3)
        t_big = best_of(lambda k=kind, n=big: _parse(k, _hostile(k, n)), repeat=3)
        rows.append(
            [kind, f"{t_small * 1000:.0f} ms", f"{t_big * 1000:.0f} ms", f"{t_big / t_small:.1f}x"]
        )
    return rows


def main() -> None:
    print("P6 parser throughput")
    print(table(throughput(), ["input", "size", "per page", "throughput"]))
    print()
    print("P6 hostile pages: 100 kB against 1 MB (linear is 10x)")
    print(table(hostile(), ["page", "100 kB", "1 MB", "growth"]))


if __name__ == "__main__":
    main()
