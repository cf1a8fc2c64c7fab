"""P3 look-ups: by code or name against a plain dict.get, measured side by side."""

from __future__ import annotations

import timeit

from _util import table

import osce_model


def lookups() -> list[list[object]]:
    """Seconds per look-up for each way of asking, and the ratio to a plain dict.get."""
    org = osce_model.load()
    states = org.participating_states
    plain = {s.iso2: s for s in states}
    number = 200_000
    baseline = min(timeit.repeat(lambda: plain.get("DE"), number=number, repeat=5)) / number
    cases = {
        'dict.get("DE") (baseline)': lambda: plain.get("DE"),
        'states["DE"]': lambda: states["DE"],
        'states.get("DE")': lambda: states.get("DE"),
        'states["Germany"]': lambda: states["Germany"],
        'states["the netherlands"] (normalised)': lambda: states["the netherlands"],
        'states.get("narnia") (miss)': lambda: states.get("narnia"),
        "chairpersonships[2025]": lambda: org.chairpersonships[2025],
    }
    rows: list[list[object]] = []
    for name, func in cases.items():
        seconds = min(timeit.repeat(func, number=number, repeat=5)) / number
        rows.append([name, f"{seconds * 1e9:.0f} ns", f"{seconds / baseline:.2f}x"])
    return rows


def main() -> None:
    print("P3 look-ups (best of 5 x 200,000 calls)")
    print(table(lookups(), ["look-up", "time", "vs dict.get"]))


if __name__ == "__main__":
    main()
