"""The JSON fast path for corpora builds exactly what the strict converter builds, or declines."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import osce_model
from osce_model.press._fast_release import FastReleaseBuilder, TypedLineBuilder
from osce_model.press.corpus import _reject_duplicate_keys
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


# -- the typed path: one JSON line, decoded by msgspec into a Struct ----------------------------

msgspec = pytest.importorskip("msgspec")
STRICT = json.JSONDecoder(object_pairs_hook=_reject_duplicate_keys).decode
LINES = TypedLineBuilder(FastReleaseBuilder(ORG))


def _pure_result(line: bytes) -> Any:
    """What the pure path makes of ``line``: a release, or None for an error."""
    try:
        data = STRICT(line.decode("utf-8"))
    except ValueError:
        return None
    return _converter_result(data)


def _assert_agrees(line: bytes) -> Any:
    fast = LINES.build_line(line)
    if fast is not None:
        pure = _pure_result(line)
        assert pure == fast
        assert hash(pure) == hash(fast)
    return fast


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=4), st.sets(st.sampled_from(KEYS)))
def test_typed_path_never_accepts_what_the_strict_path_rejects(
    changes: dict[str, Any], removed: set[str]
) -> None:
    """Whenever the typed path builds a release from a line, the strict path builds it too."""
    data = {k: v for k, v in {**BASE, **changes}.items() if k not in removed}
    _assert_agrees(json.dumps(data, ensure_ascii=False).encode())


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(BASE)),
    st.sampled_from(sorted(BASE)),
    st.text(alphabet=': "\\{}[]xé', max_size=6),
)
def test_typed_path_refuses_duplicate_keys(key: str, other: str, text: str) -> None:
    """A line holding a key twice (even with colons in its texts) is never built fast."""
    value = json.dumps(BASE[other]) if other == key else json.dumps(text)
    line = json.dumps({**BASE, "title": f"{text}: x"}, ensure_ascii=False)
    doubled = "{" + f"{json.dumps(key)}: {value}, " + line[1:]
    assert LINES.build_line(doubled.encode()) is None
    assert _pure_result(doubled.encode()) is None


@pytest.mark.parametrize(
    "line",
    [
        '{"id": "a", "title": "t", "content_type": "News", "issuers": [{"institution": "odihr", '
        '"institution": "odihr"}]}',
        '{"id": "a", "title": "t", "content_type": "News", "mentions": [{"state": "serbia", '
        '"state": "serbia", "where": "title", "text": "t", "start": 0, "end": 1}]}',
        '{"id": "a", "title": "t\\u003a", "content_type": "News", "title": "u"}',
        '{"id": "a", "title": "t\\ud800", "content_type": "News"}',
        '{"id": " ", "title": "t", "content_type": "News"}',
        '{"id": "a", "title": "t", "content_type": "News", "date": "20160603"}',
        '{"id": "a", "title": "t", "content_type": "News", "fields_of_work": [7]}',
        '{"id": "a", "title": "t", "content_type": "News", "issuers": [{"chairpersonship": true}]}',
    ],
)
def test_typed_path_declines_doubtful_lines(line: str) -> None:
    """Nested duplicates, escapes, blank ids, other date forms, odd ids: left to the strict path."""
    assert LINES.build_line(line.encode()) is None


def test_typed_path_takes_well_formed_lines() -> None:
    """Lines as save_corpus_jsonl writes them, with colons and quotes in texts, are built fast."""
    release = next(iter(ORG.press_releases))
    line = json.dumps(BASE, ensure_ascii=False).encode()
    assert LINES.build_line(line) == release
    quoted = {**BASE, "title": 'Vienna: "a" title', "issuers": [{"text": "A: ministry"}]}
    built = _assert_agrees(json.dumps(quoted, ensure_ascii=False).encode())
    assert built is not None
    assert built.issuers == ("A: ministry",)
