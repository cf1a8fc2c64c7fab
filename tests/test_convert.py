"""osce_model.convert: a column of country names or codes to ids, names or codes."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

import osce_model
from osce_model import ConversionReport, convert

ORG = osce_model.load()


@pytest.mark.parametrize(
    ("value", "iso3"),
    [
        ("Germany", "DEU"),
        ("germany", "DEU"),
        ("DE", "DEU"),
        ("Turkey", "TUR"),
        ("Kirgizstan", None),  # a typo is not found without fuzzy=True
        ("Moldova, Republic of", "MDA"),
        ("Korea, Republic of", "KOR"),
        ("Netherlands (the)", "NLD"),
        ("Russian Federation", "RUS"),
        ("USSR", "SUN"),
        ("Mongolia", "MNG"),
        ("Brazil", None),
        ("China", None),
    ],
)
def test_names_and_codes_convert(value: str, iso3: str | None) -> None:
    """Names, codes, ISO-style inverted names convert; non-OSCE countries are not found."""
    assert convert([value]) == [iso3]


def test_a_list_keeps_its_order_and_missing_values_pass_through() -> None:
    """None and NaN stay where they were; misses become not_found; nothing raises."""
    nan = float("nan")
    result = convert(["France", None, nan, "Brazil", ["unhashable"], "FR"], to="id", not_found="?")
    assert result[:2] == ["france", None]
    assert math.isnan(result[2])
    assert result[3:] == ["?", "?", "france"]


def test_a_series_comes_back_with_its_index() -> None:
    """A pandas Series in gives a Series out, with the same index and name."""
    column = pd.Series(["Austria", "Brazil", None], index=[10, 20, 30], name="country")
    out = convert(column, to="name")
    assert isinstance(out, pd.Series)
    assert out.index.tolist() == [10, 20, 30]
    assert out.name == "country"
    assert out.tolist()[:2] == ["Austria", None]
    assert pd.isna(out.iloc[2])  # the missing value passed through as pandas holds it


def test_numpy_arrays_and_tuples_keep_their_type() -> None:
    """A NumPy array gives an object array of the same shape; a tuple gives a tuple."""
    out = convert(np.array(["AT", "BE"]), to="iso2")
    assert isinstance(out, np.ndarray)
    assert out.tolist() == ["AT", "BE"]
    assert convert(("Austria",), to="id") == ("austria",)
    assert convert("Austria") == "AUT"


def test_the_report_lists_misses_ambiguities_and_fuzzy_matches() -> None:
    """report=True returns what was not found, what was ambiguous and what matched fuzzily."""
    values = ["Brazil", "Swizerland", "CS", "Brazil", None, "Austria"]
    result, report = convert(values, fuzzy=True, report=True)
    assert isinstance(report, ConversionReport)
    assert result == [None, "CHE", None, None, None, "AUT"]
    assert report.not_found == ("Brazil",)
    assert report.fuzzy == (("Swizerland", "Switzerland"),)
    assert report.ambiguous[0][0] == "CS"
    assert (report.total, report.converted, report.missing) == (6, 2, 1)
    assert not report.ok
    assert "not found: 'Brazil'" in str(report)
    assert convert(["Austria"], report=True)[1].ok


def test_fuzzy_never_matches_a_country_outside_the_osce() -> None:
    """Even with fuzzy=True, Brazil and Iran are not taken for an OSCE State."""
    result, report = convert(["Brazil", "Iran", "Chile"], fuzzy=True, report=True)
    assert result == [None, None, None]
    assert report.not_found == ("Brazil", "Iran", "Chile")


def test_name_on_gives_the_name_of_the_time() -> None:
    """to="name_on" with on= gives the name used that day."""
    assert convert(["TR", "RS"], to="name_on", on=dt.date(2010, 1, 1)) == ["Turkey", "Serbia"]
    assert convert(["Serbia and Montenegro"], to="name_on", on="2001-01-01") == [
        "Federal Republic of Yugoslavia"
    ]
    with pytest.raises(ValueError, match="needs the day"):
        convert(["TR"], to="name_on")


def test_kinds_narrow_the_search() -> None:
    """kinds= limits the collections searched: the USSR is not a current State."""
    assert convert(["USSR", "Japan"], kinds=["participating_states"]) == [None, None]
    assert convert(["Japan"], kinds=["partners"]) == ["JPN"]
    with pytest.raises(ValueError, match="kinds must name collections"):
        convert(["Japan"], kinds=["planets"])


def test_an_unknown_target_is_a_clear_error() -> None:
    """to= must name a field of the records."""
    with pytest.raises(ValueError, match="to='population' is no field"):
        convert(["Austria"], to="population")
    assert convert(["Austria"], to="record") == [ORG.participating_states["AT"]]


def test_numeric_codes_match_where_the_records_carry_them() -> None:
    """A numeric code (276, "040", 40.0) converts when the data has ISO numeric codes."""
    if not any(getattr(s, "iso_numeric", None) for s in ORG.participating_states):
        assert convert([276], report=True)[1].not_found == (276,)
        pytest.skip("the bundled data carries no numeric codes yet")
    assert convert([276, "040", 40.0]) == ["DEU", "AUT", "AUT"]


def test_a_large_column_is_resolved_once_per_distinct_value() -> None:
    """Repeated values are looked up once: 20,000 values convert consistently."""
    column = pd.Series(["Germany", "Brazil", None, "Moldova, Republic of"] * 5_000)
    out, report = convert(column, report=True)
    assert out.value_counts().to_dict() == {"DEU": 5_000, "MDA": 5_000}
    assert out.isna().sum() == 10_000
    assert report.not_found == ("Brazil",)
    assert report.missing == 5_000


def test_every_iso_country_name_converts_or_is_reported() -> None:
    """pycountry's names: every OSCE one converts exactly; no other matches, even fuzzily."""
    pycountry = pytest.importorskip("pycountry")
    ours = {
        r.iso3
        for kind in ("participating_states", "partners", "former_partners")
        for r in ORG.collections()[kind]
    }
    inside = [c for c in pycountry.countries if c.alpha_3 in ours]
    outside = [c for c in pycountry.countries if c.alpha_3 not in ours]
    assert convert([c.name for c in inside]) == [c.alpha_3 for c in inside]
    names = [
        getattr(c, attr) for c in outside for attr in ("name", "official_name") if hasattr(c, attr)
    ]
    result, report = convert(names, fuzzy=True, report=True)
    assert [(n, r) for n, r in zip(names, result, strict=True) if r is not None] == []
    assert report.fuzzy == ()
