"""P6 the press-release parser: pages per second, and time against size on hostile pages.

The hostile pages include the shapes that were quadratic before 0.2 (issue 15 §3): unclosed
``<![…>`` sections, ``<![cdata[x>``, a "- Source:" block of thousands of issuers, "- Source:"
lines of comma-separated parts, and a 1,001-word alias in a user's data. Each is parsed at two
sizes in the same interpreter, one after the other, with the garbage collector as it is; linear
time shows as a growth ratio near the size ratio (10x).
"""

from __future__ import annotations

import contextlib
import functools
import re
import shutil
import tempfile
import time
from pathlib import Path

from _util import best_of, table

import osce_model
from osce_model import ParseError
from osce_model.press.parsing import parse_press_release, parse_press_release_html

FIXTURES = Path(__file__).parent.parent / "tests" / "fixtures"
DATA = Path(__file__).parent.parent / "data"
LONG_ALIAS = " ".join(["Alpine"] * 1001)
HOSTILE = (
    "one huge line",
    "label lines",
    "repeated datelines",
    "unclosed tags (HTML)",
    "unclosed <![if x> (HTML)",
    "<![cdata[x> (HTML)",
    "one Source block, many issuers",
    "Source lines of comma parts",
    "1,001-word alias (user data)",
)


@functools.cache
def _org_with_long_alias() -> osce_model.Organization:
    """The bundled data with a 1,001-word alias added to Austria, loaded from a copy."""
    folder = Path(tempfile.mkdtemp(prefix="osce-bench-"))
    shutil.copytree(DATA, folder / "data")
    path = folder / "data" / "participating_states.yaml"
    text = path.read_text("utf-8")
    text = re.sub(
        r'(- id: austria\n  name: "Austria"\n  aliases:\n)',
        lambda m: m.group(1) + f'    - "{LONG_ALIAS}"\n',
        text,
        count=1,
    )
    path.write_text(text, "utf-8")
    return osce_model.load(folder / "data")


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
    if kind == "unclosed <![if x> (HTML)":
        return "<![if x>" * (size // 8)
    if kind == "<![cdata[x> (HTML)":
        return "<![cdata[x>" * (size // 11)
    if kind == "one Source block, many issuers":
        return "Press release\nTitle\n- Source:\n" + "".join(
            f"- Issuer number {n}\n" for n in range(size // 20)
        )
    if kind == "Source lines of comma parts":
        return "Press release\nTitle\n- Source:\n- " + ", ".join(["part"] * (size // 6))
    if kind == "1,001-word alias (user data)":
        return "OSCE headline\n" + (LONG_ALIAS[:6000] + " Austria. ") * (size // 6010 + 1)
    raise ValueError(kind)


def _parse(kind: str, text: str) -> None:
    org = _org_with_long_alias() if "alias" in kind else osce_model.load()
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
    _parse("1,001-word alias (user data)", "OSCE x\nThe OSCE.")  # load that data once, untimed
    for kind in HOSTILE:
        pages = {n: _hostile(kind, n) for n in (small, big)}
        t_small = best_of(lambda k=kind, p=pages[small]: _parse(k, p), repeat=3)
        t_big = best_of(lambda k=kind, p=pages[big]: _parse(k, p), repeat=3)
        rows.append(
            [
                kind,
                f"{t_small * 1000:.0f} ms",
                f"{t_big * 1000:.0f} ms",
                f"{t_big / t_small:.1f}x",
                f"{1 / t_big:,.1f} pages/s",
            ]
        )
    return rows


def main() -> None:
    print("P6 parser throughput")
    print(table(throughput(), ["input", "size", "per page", "throughput"]))
    print()
    print("P6 hostile pages: 100 kB against 1 MB (linear is 10x), pages/s at 1 MB")
    print(table(hostile(), ["page", "100 kB", "1 MB", "growth", "1 MB pages"]))


if __name__ == "__main__":
    main()
