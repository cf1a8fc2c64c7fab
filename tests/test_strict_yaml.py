"""The strict YAML reader: only DataError escapes, with file and line, and files are bounded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osce_model import DataError
from osce_model.storage.strict_yaml import read_limited, read_yaml_file, read_yaml_text

BAD_TAGGED = [
    ("id: !!int abc", "'abc' is not an integer"),
    ("x: !!float abc", "'abc' is not a number"),
    ("x: !!bool maybe", "'maybe' is not true or false"),
    ("x: !!timestamp yesterday", "'yesterday' is not a valid date"),
    ("aliases: !!seq {a: 1}", "needs a list"),
    ("x: !!map [a]", "needs a mapping"),
    ("x: !!map ab", "needs a mapping"),
    ("x: !!str [a]", "needs a single value"),
    ("year: " + "1" * 4400, "an integer of 4400 digits is too long"),
    ("year: 33:31:20", "'33:31:20' is not an integer in decimal digits"),
    ("year: 012", "'012' is not an integer in decimal digits"),
    ("year: 0x7E9", "'0x7E9' is not an integer in decimal digits"),
    ("year: 2_025", "'2_025' is not an integer in decimal digits"),
]


@pytest.mark.parametrize(("text", "message"), BAD_TAGGED, ids=[t[:24] for t, _ in BAD_TAGGED])
def test_explicit_tags_and_odd_integers_are_data_errors(text: str, message: str) -> None:
    """Core tags on values they do not fit, and integers not in decimal, say what and where."""
    with pytest.raises(DataError, match=message) as caught:
        read_yaml_text(("a: 1\n" + text).encode(), file="f.yaml")
    assert (caught.value.file, caught.value.line) == ("f.yaml", 2)


def test_decimal_integers_and_dates_still_read() -> None:
    """Ordinary values are unchanged: decimal integers, signed ones, dates, quoted text."""
    data = read_yaml_text(b"a: 2025\nb: -3\nc: 0\nd: 2020-01-31\ne: '012'\n", file="f.yaml")
    assert data == {
        "a": 2025,
        "b": -3,
        "c": 0,
        "d": __import__("datetime").date(2020, 1, 31),
        "e": "012",
    }


TAGS = [
    "!!int",
    "!!float",
    "!!bool",
    "!!null",
    "!!str",
    "!!timestamp",
    "!!seq",
    "!!map",
    "!!binary",
    "!!set",
    "!!omap",
    "!!python/object",
    "!custom",
    "",
]
SCALARS = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12),
    st.sampled_from(
        [
            "1",
            "-1",
            "0x1",
            "1e3",
            ".inf",
            "yes",
            "~",
            "2020-13-45",
            "[a]",
            "{a: 1}",
            "'q'",
            "1" * 40,
            "12:30:45",
            "& a",
            "* a",
            "<<: *a",
            "|",
            ">",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(tag=st.sampled_from(TAGS), value=SCALARS, key=st.sampled_from(["id", "year", "x"]))
def test_random_tags_and_scalars_give_data_or_a_data_error(tag: str, value: str, key: str) -> None:
    """Whatever tag and scalar a file holds, the reader returns data or raises DataError."""
    text = f"- {key}: {tag} {value}\n  other: [1, 2]\n"
    refused: DataError | None = None
    try:
        read_yaml_text(text.encode("utf-8", "surrogatepass"), file="f.yaml")
    except DataError as exc:
        refused = exc
    assert refused is None or refused.file == "f.yaml"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO in a file's place is refused before it is opened (it would block forever)."""
    fifo = tmp_path / "partners.yaml"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match="is not a regular file"):
        read_yaml_file(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused() -> None:
    """/dev/zero is refused at once, not read until memory runs out."""
    with pytest.raises(DataError, match="is not a regular file"):
        read_limited(Path("/dev/zero"), max_bytes=10)


def test_at_most_the_limit_is_read(tmp_path: Path) -> None:
    """A file over the limit is refused; one at the limit is read whole."""
    path = tmp_path / "f.yaml"
    path.write_bytes(b"x" * 11)
    with pytest.raises(DataError, match="11 bytes, over the limit of 10"):
        read_limited(path, max_bytes=10)
    assert read_limited(path, max_bytes=11) == b"x" * 11


def test_too_many_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The node limit bounds the work a small file can ask for."""
    from osce_model.storage import strict_yaml

    monkeypatch.setattr(strict_yaml, "MAX_NODES", 100)
    with pytest.raises(DataError, match="more than 100 values in one file"):
        read_yaml_text(("- a\n" * 200).encode(), file="f.yaml")


SAMPLE = b"""\
- id: t1
  name: 'Quoted name'
  year: 2001
  codes: [yes, ~, 1.5, .inf, 2020-01-31, "2020-01-31", NO]
  url: https://example.org/?a=1&b=2
  empty: []
  nested:
    deeper: {x: null}
- plain text
"""


def _shape(data: object) -> object:
    """The data with what the reader remembers about it: lines, key lines, plain texts."""
    from osce_model.storage.strict_yaml import MarkedDict, MarkedList

    if isinstance(data, MarkedDict):
        items = [(key, _shape(value)) for key, value in data.items()]
        return ("map", data.line, items, data.key_lines, data.plain_keys)
    if isinstance(data, MarkedList):
        return ("list", data.line, [_shape(item) for item in data], data.item_lines)
    return (type(data).__name__, data)


def test_values_lines_and_plain_texts_are_read() -> None:
    """Each value has its type; containers know their lines and which values were unquoted."""
    data = read_yaml_text(SAMPLE, file="f.yaml")
    first = data[0]
    day = __import__("datetime").date(2020, 1, 31)
    assert first["codes"] == [True, None, 1.5, float("inf"), day, "2020-01-31", False]
    assert first["url"] == "https://example.org/?a=1&b=2"
    assert (data.line, data.item_lines, first.line) == (1, [1, 9], 1)
    assert first.key_lines == {
        "id": 1, "name": 2, "year": 3, "codes": 4, "url": 5, "empty": 6, "nested": 7,
    }  # fmt: skip
    assert first.plain_keys == {"id": "t1", "year": "2001", "url": "https://example.org/?a=1&b=2"}
    assert first["codes"].item_lines == [4] * 7
    assert first["nested"]["deeper"].line == 8
    assert data[1] == "plain text"


def test_the_python_parser_reads_the_same() -> None:
    """Without libyaml, PyYAML's Python parser gives the same data, lines and errors."""
    from osce_model.storage import strict_yaml

    bad = b"a: 1\nb: !!int x\n"
    with_c = _shape(read_yaml_text(SAMPLE, file="f.yaml"))
    with pytest.raises(DataError) as c_error:
        read_yaml_text(bad, file="f.yaml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(strict_yaml, "_Composer", strict_yaml._PythonComposer)
        assert _shape(read_yaml_text(SAMPLE, file="f.yaml")) == with_c
        with pytest.raises(DataError) as python_error:
            read_yaml_text(bad, file="f.yaml")
    assert str(python_error.value) == str(c_error.value)


KEYS_AND_GRAPHS = [
    ("a: 1\n<<: {b: 2}\n", "merge keys", 2),
    ("a: 1\n? [x]\n: 2\n", "a mapping key must be a plain value", 2),
    ("a: 1\n? [!!int x]\n: 2\n", "'x' is not an integer", 2),
    ("1: a\n2: b\n1: c\n", r"duplicate key 1 \(first on line 1\)", 3),
    ("true: a\n1: b\n", r"duplicate key 1 \(first on line 1\)", 2),
    # A misplaced alias, or nesting too deep, is reported before any bad value above it.
    ("a: !!int x\nb: &x 1\nc: *x\n", "anchors and aliases are not allowed", 2),
    ("a: !!int x\nb: " + "[" * 70 + "]" * 70 + "\n", "nesting deeper than 64 levels", 2),
    ("", None, None),
]


@pytest.mark.parametrize(("text", "message", "line"), KEYS_AND_GRAPHS)
def test_keys_and_graphs(text: str, message: str | None, line: int | None) -> None:
    """Keys that are not single values, duplicates, aliases and depth say what and where."""
    if message is None:
        assert read_yaml_text(text.encode(), file="f.yaml") is None
        return
    with pytest.raises(DataError, match=message) as caught:
        read_yaml_text(text.encode(), file="f.yaml")
    assert (caught.value.file, caught.value.line) == ("f.yaml", line)


def test_no_resolver_reads_any_first_character() -> None:
    """The reader's shortcut for text assumes PyYAML resolves plain scalars by first character."""
    import yaml

    assert None not in yaml.resolver.Resolver.yaml_implicit_resolvers
