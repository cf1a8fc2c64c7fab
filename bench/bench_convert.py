"""osce_model.convert against country_converter (coco) on the same 8,000 names, side by side.

Both convert the same list of names to ISO3 in the same interpreter, one after the other, each
after a ``gc.collect()`` with the collector left enabled; each is timed cold (its first call,
building what it needs) and warm (best of three later calls, coco with one CountryConverter
kept). Then osce_model alone on 100,000 values (coco would take minutes). Needs
``pip install 'osce-model[pandas,bench]'``.
"""

from __future__ import annotations

import gc
import logging
import random
import time
from collections.abc import Callable

from _util import table

import osce_model

# Names as analysts meet them: official, short, ISO-style, typos, and countries outside the
# OSCE (which osce_model reports as not found, and coco converts).
NAMES = [
    "Germany",
    "France",
    "United Kingdom",
    "United States",
    "Russia",
    "Russian Federation",
    "Turkey",
    "Türkiye",
    "Moldova, Republic of",
    "Republic of Moldova",
    "Korea, Republic of",
    "Czech Republic",
    "Czechia",
    "North Macedonia",
    "Macedonia",
    "Kyrgyzstan",
    "Kyrgyz Republic",
    "Bosnia and Herzegovina",
    "Holy See",
    "Vatican",
    "Belarus",
    "Ukraine",
    "Georgia",
    "Armenia",
    "Azerbaijan",
    "Kazakhstan",
    "Uzbekistan",
    "Tajikistan",
    "Turkmenistan",
    "Mongolia",
    "Switzerland",
    "Liechtenstein",
    "San Marino",
    "Monaco",
    "Andorra",
    "Malta",
    "Cyprus",
    "Greece",
    "Italy",
    "Spain",
    "Portugal",
    "Netherlands",
    "The Netherlands",
    "Belgium",
    "Luxembourg",
    "Ireland",
    "Iceland",
    "Norway",
    "Sweden",
    "Finland",
    "Denmark",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Poland",
    "Slovakia",
    "Hungary",
    "Romania",
    "Bulgaria",
    "Serbia",
    "Montenegro",
    "Albania",
    "Croatia",
    "Slovenia",
    "Austria",
    "Canada",
    "Japan",
    "Thailand",
    "Australia",
    "Afghanistan",
    "Algeria",
    "Egypt",
    "Israel",
    "Jordan",
    "Morocco",
    "Tunisia",
    "Brazil",
    "China",
    "India",
    "Nigeria",
    "Mexico",
    "Argentina",
    "Indonesia",
    "Iran",
    "South Africa",
    "Viet Nam",
    "Chile",
    "Peru",
    "Kenya",
    "DE",
    "FRA",
    "ITA",
    "ESP",
]


def _names(count: int) -> list[str]:
    return random.Random(13).choices(NAMES, k=count)


def _timed(func: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def _best(func: Callable[[], object], repeat: int = 3) -> float:
    return min(_timed(func) for _ in range(repeat))


def compare(count: int = 8_000) -> list[list[object]]:
    """Seconds for each converter on ``count`` names, cold and warm, and the ratio."""
    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)  # one line per miss
    names = _names(count)
    osce_cold = _timed(lambda: osce_model.convert(names, to="iso3"))
    osce_warm = _best(lambda: osce_model.convert(names, to="iso3"))
    converter: list[coco.CountryConverter] = []
    coco_cold = _timed(
        lambda: (
            converter.append(coco.CountryConverter())
            or converter[0].convert(names, to="ISO3", not_found=None)
        )
    )
    coco_warm = _best(lambda: converter[0].convert(names, to="ISO3", not_found=None), repeat=1)
    agree = sum(
        a == b
        for a, b in zip(
            osce_model.convert(names, to="iso3"),
            converter[0].convert(names, to="ISO3", not_found=None),
            strict=True,
        )
        if a is not None
    )
    found = sum(v is not None for v in osce_model.convert(names, to="iso3"))
    return [
        ["first call", f"{osce_cold:.3f} s", f"{coco_cold:.2f} s", f"{coco_cold / osce_cold:.0f}x"],
        ["warm", f"{osce_warm:.4f} s", f"{coco_warm:.2f} s", f"{coco_warm / osce_warm:.0f}x"],
        ["names found (coco agrees on)", str(found), str(agree), ""],
    ]


def large(count: int = 100_000) -> list[list[object]]:
    """osce_model alone on ``count`` values, as a list and as a pandas Series."""
    import pandas as pd

    names = _names(count)
    series = pd.Series(names)
    osce_model.convert(names[:10])  # the look-up index, built once per organisation
    return [
        [f"list of {count:,}", f"{_best(lambda: osce_model.convert(names)):.3f} s"],
        [f"pandas Series of {count:,}", f"{_best(lambda: osce_model.convert(series)):.3f} s"],
    ]


def main() -> None:
    print("convert: 8,000 names to ISO3, osce_model and country_converter side by side")
    print(table(compare(), ["case", "osce_model", "country_converter", "coco / osce_model"]))
    print()
    print("convert: osce_model alone, warm (best of 3)")
    print(table(large(), ["values", "time"]))


if __name__ == "__main__":
    main()
