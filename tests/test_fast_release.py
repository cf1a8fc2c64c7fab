"""The JSON fast path for corpora builds exactly what the strict converter builds, or declines."""

from __future__ import annotations

import json
from types import SimpleNamespace
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


# -- the typed path on lines as real releases write them -----------------------------------------

# A release as the parser extracts real pages: paragraphs (``\n`` in JSON), a quotation (a colon
# and escaped quotes), a State named in the body with its mention, an unrecognised issuer.
PARAGRAPHS: dict[str, Any] = {
    **BASE,
    "title": "Mission opens a training centre",
    "body": 'The centre opened today.\nThe head of mission said: "It will serve the region."\n'
    "Officials of Croatia attended.",
    "issuers": [{"institution": "odihr"}, {"text": "A ministry of the interior"}],
    "mentioned_states": ["croatia"],
    "mentions": [{"state": "croatia", "where": "body", "text": "Croatia", "start": 92, "end": 99}],
}


def _line(data: dict[str, Any], **dumps: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, **dumps).encode()


@pytest.mark.parametrize(
    "data",
    [
        PARAGRAPHS,
        {**PARAGRAPHS, "title": "Vienna: the title holds a colon"},
        {**PARAGRAPHS, "body": "Said: a:b:c\n" * 12},
        {**PARAGRAPHS, "unlinked_fields": ["Cyber: security"]},
        {**PARAGRAPHS, "issuers": [{"text": 'Ministry: a "quoted" name'}]},
        {**PARAGRAPHS, "url": None, "body": "no colon at all"},
        {**PARAGRAPHS, "mentions": [{**PARAGRAPHS["mentions"][0], "text": "Croatia: its name"}]},
    ],
)
def test_typed_path_builds_real_lines(data: dict[str, Any]) -> None:
    """Line breaks, quotes and colons in any text, any white space: built fast, equal to the
    strict path's."""
    for line in (_line(data), _line(data, separators=(",", ":")), _line(data, indent=1)):
        assert _pure_result(line) is not None
        assert _assert_agrees(line) is not None


@pytest.mark.parametrize("state", [2016, "atlantis", "CROATIA", 1.5, None])
def test_typed_path_agrees_on_odd_mentions(state: Any) -> None:
    """A mention naming its State by a number, an unknown or differently spelt id or no id:
    either declined or built as the strict path builds it."""
    _assert_agrees(
        _line({**PARAGRAPHS, "mentions": [{**PARAGRAPHS["mentions"][0], "state": state}]})
    )


def test_typed_path_reads_escapes_but_the_colon() -> None:
    """\\u escapes are read (as the strict path reads them); an escaped colon is declined."""
    accented = _line(PARAGRAPHS).replace(b"training", b"tr\\u00e0ining")
    assert _assert_agrees(accented) is not None
    pair = _line(PARAGRAPHS).replace(b"centre", b"centre \\ud83d\\ude00")
    assert _assert_agrees(pair) is not None
    for colon in (b"\\u003a", b"\\u003A"):
        assert LINES.build_line(_line(PARAGRAPHS).replace(b"centre", b"centre" + colon)) is None
    lone = _line(PARAGRAPHS).replace(b"centre", b"centre \\ud800")
    assert LINES.build_line(lone) is None


def test_typed_path_shares_what_it_resolves() -> None:
    """Lines naming the same fields and States share one tuple of each."""
    first = LINES.build_line(_line(PARAGRAPHS))
    second = LINES.build_line(_line({**PARAGRAPHS, "id": "another"}, indent=2))
    assert first is not None
    assert second is not None
    assert first.fields_of_work is second.fields_of_work
    assert first.mentioned_states is second.mentioned_states


def _with_duplicate(line: str, where: str, key: str, value: Any, space: str) -> str:
    """``line`` with ``key`` written once more (``value``, ``space`` before its colon) at the
    start of the object ``where`` names: the release, an issuer or a mention."""
    pair = f"{json.dumps(key)}{space}: {json.dumps(value)}, "
    anchor = {"release": "{", "issuer": '[{"institution"', "mention": '[{"state"'}[where]
    at = line.index(anchor) + len(anchor) - len(anchor.lstrip("[{"))
    return line[:at] + pair + line[at:]


@settings(max_examples=300, deadline=None)
@given(
    where=st.sampled_from(["release", "issuer", "mention"]),
    which=st.integers(min_value=0, max_value=20),
    value=st.one_of(st.text(alphabet=': "\\\nxé', max_size=8), st.integers(), st.none()),
    space=st.sampled_from(["", " ", "\t", " \n "]),
    body=st.text(alphabet=': "\\\nxé', max_size=12),
)
def test_typed_path_refuses_nested_duplicate_keys(
    where: str, which: int, value: Any, space: str, body: str
) -> None:
    """A key written twice in the release, an issuer or a mention, with any colons, quotes,
    line breaks or white space around: never built fast (the strict path refuses it)."""
    keys = {
        "release": sorted(PARAGRAPHS),
        "issuer": ["institution"],
        "mention": sorted(PARAGRAPHS["mentions"][0]),
    }[where]
    key = keys[which % len(keys)]
    line = json.dumps({**PARAGRAPHS, "body": body}, ensure_ascii=False)
    doubled = _with_duplicate(line, where, key, value, space).encode()
    assert LINES.build_line(doubled) is None
    assert _pure_result(doubled) is None


def test_every_kind_of_nested_duplicate_is_placed() -> None:
    """The helper above writes its duplicate where it says (so the test tests nesting)."""
    line = json.dumps(PARAGRAPHS)
    for where in ("release", "issuer", "mention"):
        doubled = json.loads(_with_duplicate(line, where, "zz", 1, ""))
        found = {
            "release": doubled,
            "issuer": doubled["issuers"][0],
            "mention": doubled["mentions"][0],
        }[where]
        assert found["zz"] == 1, where


def test_slot_fillers_build_what_the_classes_build() -> None:
    """Both ways of making a record (slots set directly, or the class called) agree."""
    from osce_model.press import _fast_release as fast

    assert fast._FAST_CONSTRUCTOR
    assert fast._FAST_MENTION
    release = next(iter(ORG.press_releases))
    values = [getattr(release, name) for name in fast._SLOTS]
    for filler in (fast._slot_filler, fast._checked_filler):
        made = filler(osce_model.PressRelease)(values)
        assert made == release
        assert hash(made) == hash(release)
    mention = osce_model.Mention(
        state=ORG.participating_states["croatia"], where="body", text="x", start=0, end=1
    )
    for filler in (fast._slot_filler, fast._checked_filler):
        copied = filler(osce_model.Mention, but="state")(mention, mention.state)
        assert copied == mention
        assert hash(copied) == hash(mention)
    # The class called refuses what its validators refuse: declined, not raised.
    assert fast._checked_filler(osce_model.PressRelease)([" ", *values[1:]]) is None
    elsewhere = SimpleNamespace(where="nowhere", text="x", start=0, end=1)
    assert fast._checked_filler(osce_model.Mention, but="state")(elsewhere, mention.state) is None
