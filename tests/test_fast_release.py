"""The JSON fast path for corpora builds exactly what the strict converter builds, or declines."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import osce_model
from osce_model.press._fast_release import FastReleaseBuilder
from osce_model.storage.converter import structure_record
from osce_model.storage.plain import converter_for, to_dict

ORG = osce_model.load()
BUILDER = FastReleaseBuilder(ORG)
CONVERTER = converter_for(ORG)
BASE: dict[str, Any] = json.loads(json.dumps(to_dict(next(iter(ORG.press_releases))), default=str))
KEYS = [*BASE, "extra", "issuers", "fields_of_work"]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.sampled_from(
        [
            "2016-06-03",
            "2016-02-30",
            "20160603",
            "policing",
            "croatia",
            "secretariat",
            "atlantis",
            2016,
        ]
    ),
    st.lists(st.sampled_from(["policing", "croatia", "youth", "serbia", "x", 7]), max_size=3),
    st.lists(
        st.dictionaries(
            st.sampled_from(["secretariat", "institution", "text", "chairpersonship", "planet"]),
            st.sampled_from(["secretariat", "odihr", 2016, "2016", "x", True]),
            max_size=2,
        ),
        max_size=2,
    ),
)


def _converter_result(data: Any) -> Any:
    try:
        return structure_record(CONVERTER, data, osce_model.PressRelease)
    except Exception:
        return None


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=4), st.sets(st.sampled_from(KEYS)))
def test_fast_path_never_accepts_what_the_converter_rejects(
    changes: dict[str, Any], removed: set[str]
) -> None:
    """Whenever the fast path builds a release, the converter builds an equal one."""
    data = {k: v for k, v in {**BASE, **changes}.items() if k not in removed}
    fast = BUILDER.build(data)
    if fast is not None:
        assert _converter_result(data) == fast


def test_fast_path_takes_well_formed_records() -> None:
    """A release as written by save_corpus_jsonl takes the fast path, unchanged."""
    release = next(iter(ORG.press_releases))
    assert BUILDER.build(BASE) == release
