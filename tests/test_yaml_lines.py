"""The line-by-line reader of common YAML against the full reader: same data, same lines."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import osce_model
from osce_model import DataError
from osce_model.storage import strict_yaml
from osce_model.storage.strict_yaml import read_yaml_text

from .test_strict_yaml import _shape  # the data with its lines, key lines, plain texts, types


def _full(text: str) -> Any:
    """What the full reader (composer and node pass) reads, or the error it raises."""
    composer = strict_yaml._Composer(text)
    try:
        return strict_yaml._construct(composer.get_single_node(), aliases="&" in text)
    except yaml.YAMLError as exc:
        return exc
    finally:
        composer.dispose()


def _agrees(text: str) -> bool:
    """Whether the line reader took ``text``; if it did, the full reader read the same."""
    fast = strict_yaml._read_lines(text)
    if fast is None:
        return False
    full = _full(text)
    assert not isinstance(full, Exception), (
        f"the line reader took what the full one refuses: {full}"
    )
    assert _shape(fast) == _shape(full)
    return True


def test_the_bundled_files_it_takes_are_read_the_same() -> None:
    """Every bundled file the line reader takes is read as the full reader reads it."""
    taken = {
        path.name
        for path in sorted(osce_model.bundled_data_dir().glob("*.yaml"))
        if _agrees(path.read_text(encoding="utf-8"))
    }
    # Files of plain, quoted, bracketed and folded values (the others hold flow mappings).
    assert {"territories.yaml", "field_operations.yaml", "participating_states.yaml"} <= taken


TAKEN = [
    "- id: t1\n  name: Territory one\n  aliases: []\n  sources: [https://example.org/1]\n",
    "# a comment\n\nid: x # trailing\nyear: 2024\nday: 1991-06-19\nflag: NO\nnone: ~\n",
    "k:\n- a\n- 'it''s'\nj: \"q\"\n",
    "k:\n  - a: 1\n    b: [1, two, 'three', \"4\"]\n  -   c: x#y\nz: a:b\n",
    "-\n  a: 1\n- b\n-   # comment\n  - deep\n",
    "  a: 1\n  b:\n    c: [ ]\n",
    "a: [x , y]   # c\nb: 'x' # c\nc: Kosovo [UN] {x}\nd: é ✓\n",
    "- note: >-\n    Folded over\n    two lines: # kept\n  id: x\n\n- id: y\n",
    "a: |\n  kept\n  - as is\nb: >\n   clipped\n\n\nc: |-\n  x\n",
]


@pytest.mark.parametrize("text", TAKEN)
def test_common_shapes_are_taken_and_read_the_same(text: str) -> None:
    """Block mappings and lists of plain, quoted and bracketed values are read line by line."""
    assert _agrees(text)


def test_without_libyaml_the_same_is_read() -> None:
    """PyYAML's Python parser (used where libyaml is missing) reads the common shapes the same."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(strict_yaml, "_Composer", strict_yaml._PythonComposer)
        for text in TAKEN:
            assert _agrees(text)


DECLINED = [
    "a: >-\n  folded\n\n  after a blank line\n",  # block scalars beyond the simple case
    "a: >-\n  folded\n    more indented\n",
    "a: >-\n  trailing space \n  next\n",
    "a: >-\n Some text\n  \n",  # spaces beyond the indent: text, not a blank line
    "a: >+\n  kept\n",
    "a: >2\n   indicated\n",
    "a: >-\nb: 1\n",
    "a: > # c\n  text\n",
    "- >-\n  an item\n",
    "a: |\n  no final line break",
    "a: >-\n  text\n # a comment\n",
    "a: first\n  continued\n",  # a value over two lines
    "a: first\n\n    continued\n",
    "a:\nb: 1\n",  # a null value
    "a:\n",
    "- \n- b\n",
    "a: &x 1\nb: *x\n",  # anchors and aliases
    "a: !!str 1\n",  # a tag
    "a: {b: 1}\n",  # a flow mapping
    'a: "esc\\n"\n',  # an escape
    "a: 'open\n  quote'\n",
    "a:\tb\n",  # a tab
    "a: b\r\nc: d\r\n",  # carriage returns
    "a: b\nb: c\na: d\n",  # a duplicate key
    "yes: 1\n",  # a key that is not text
    "a: b: c\n",
    "a: [b, ]\n",
    "a: [[b]]\n",
    "a: [b: c]\n",
    "a: [b\n",
    "a: -1\n",
    "- a\nb: 1\n",
    "a: 1\n b: 2\n",
    "---\na: 1\n",
    "plain\n",
    "",
    "# only a comment\n",
    "a: !!int x\n",
    "a: 2020-13-45\n",
    "a: 12:30:45\n",
    "a: 0x1F\n",
    "a: " + "1" * 200 + "\n",
    "a: b\u2028c\n",
    "a: b\x85c\n",
    "a: b\ufeffc\n",
    "a: b\x07\n",
]


@pytest.mark.parametrize("text", DECLINED)
def test_anything_else_is_left_to_the_full_reader(text: str) -> None:
    """Outside the common subset the line reader declines, and the full reader decides."""
    assert strict_yaml._read_lines(text) is None


def test_errors_are_the_full_readers() -> None:
    """A text the line reader declines is refused with the full reader's message and line."""
    with pytest.raises(DataError, match=r"duplicate key 'a' \(first on line 1\)") as caught:
        read_yaml_text(b"a: b\nb: c\na: d\n", file="f.yaml")
    assert caught.value.line == 3
    with pytest.raises(DataError, match="not an integer in decimal digits") as caught:
        read_yaml_text(b"- id: x\n  year: 0x7D0\n", file="f.yaml")
    assert caught.value.line == 2


def test_node_limits_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Items of lists in brackets count against the node limit, as in the full reader."""
    monkeypatch.setattr(strict_yaml, "MAX_NODES", 100)
    assert strict_yaml._read_lines("a: [" + ", ".join(["x"] * 60) + "]\n") is None
    with pytest.raises(DataError, match="more than 100 values in one file"):
        read_yaml_text(("a: [" + ", ".join(["x"] * 200) + "]\n").encode(), file="f.yaml")


# Generated texts: documents of the common shapes, then lines damaged at random. Values the
# line reader takes are drawn more often than the tricky ones, so that most documents hold at
# most a few of those.
COMMON = [
    "t1", "Territory number 5", "yes", "No", "~", "null", "2020-01-31", "1", "1.5", "a:b",
    "a #b", "a#b", "'q'", "'it''s'", '"dq"', "[]", "[ ]", "[a, b]", "[a,b]", "[yes, 1, ~]",
    "[http://x, 'y', \"z\"]", "é ✓", "[a] #c", '"a" #c', ".inf", "Kosovo [UN]",
]  # fmt: skip
TRICKY = [
    "t1", "Territory number 5", "yes", "No", "on", "~", "null", "Null", "true", "2020-01-31",
    "2020-01-31 10:00:00", "2020-13-45", "1", "-1", "+1", "012", "0o7", "0x1F", "1e3", "1.5",
    ".5", ".inf", "1_000", "12:30", "190:20:30", "a: b", "a:b", "a:", "a #b", "a#b", "a  #b",
    "a  b", "'q'", "'it''s'", "'open", '"dq"', '"esc\\n"', '"a" b', '"a"#b', "[]", "[ ]",
    "[a, b]", "[a,b]", "[a, ]", "[http://x, 'y', \"z\"]", "[yes, 1, ~, 2020-01-31]", "[a: b]",
    "[[a]]", "[a b , c]", "[a]b", "{a: 1}", "|", ">-", "&x a", "*x", "!!str 1", "!x a", "%x",
    "@x", "`x", "?", "? x", ":x", "x:", "# comment", "é ✓", "a ", "<<", "=", "-", "- x", "--x",
    "...", "[a] #c", '"a" #c', "'a' #c", "", "-.inf", "0b101", "1:2", "x: y: z",
]  # fmt: skip
HEADERS = [">-", ">", "|-", "|", ">+", "|2", "> # c", ">-  "]
BLOCK = st.sampled_from(
    ["Some text", "a: b", "# not a comment", "- not an item", "trailing ", "", "'q'", "[x]"]
)
VALUES = st.one_of(st.sampled_from(COMMON), st.sampled_from(COMMON), st.sampled_from(TRICKY))
KEYS = ["id", "name", "year", "a-b", "_k", "yes", "Null", "x1", "on"]


@st.composite
def _block(draw: st.DrawFn, indent: int, depth: int) -> list[str]:
    """The lines of a block mapping or list at ``indent``."""
    lines: list[str] = []
    pad = " " * indent
    if draw(st.booleans()):  # a mapping
        for key in draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=4, unique=True)):
            if depth < 3 and draw(st.integers(0, 3)) == 0:
                lines.append(f"{pad}{key}:")
                lines.extend(draw(_block(indent + draw(st.sampled_from([0, 2, 4])), depth + 1)))
            elif draw(st.integers(0, 5)) == 0:  # a block scalar
                lines.append(f"{pad}{key}: {draw(st.sampled_from(HEADERS))}")
                deeper = " " * (indent + draw(st.sampled_from([1, 2, 4])))
                for _ in range(draw(st.integers(0, 3))):
                    lines.append(draw(st.sampled_from(["", " ", "  "])) + deeper + draw(BLOCK))
            else:
                lines.append(f"{pad}{key}: {draw(VALUES)}".rstrip(" "))
    else:  # a list
        for _ in range(draw(st.integers(1, 3))):
            shape = draw(st.integers(0, 3))
            if shape == 0 and depth < 3:
                inner = draw(_block(indent + 2, depth + 1))
                lines.append(f"{pad}- " + inner[0].lstrip(" "))
                lines.extend(inner[1:])
            elif shape == 1 and depth < 3:
                lines.append(f"{pad}-")
                lines.extend(draw(_block(indent + 2, depth + 1)))
            else:
                lines.append(f"{pad}- {draw(VALUES)}".rstrip(" "))
    return lines


@st.composite
def _document(draw: st.DrawFn) -> str:
    lines = draw(_block(draw(st.sampled_from([0, 0, 2])), 0))
    for _ in range(draw(st.integers(0, 2))):  # damage: blank, comment, indent, joined lines
        where = draw(st.integers(0, len(lines)))
        kind = draw(st.integers(0, 4))
        if kind == 0:
            lines.insert(where, " " * draw(st.integers(0, 6)))
        elif kind == 1:
            lines.insert(where, " " * draw(st.integers(0, 6)) + "# note")
        elif kind == 2 and where < len(lines):
            lines[where] = " " * draw(st.integers(0, 3)) + lines[where]
        elif kind == 3 and where < len(lines):
            lines[where] = lines[where].lstrip(" ")
        else:
            lines.insert(where, " " * draw(st.integers(0, 8)) + draw(VALUES))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


@settings(max_examples=300, deadline=None)
@given(_document())
def test_generated_documents_are_read_the_same_or_declined(text: str) -> None:
    """On generated documents the line reader either declines or reads what the full one reads."""
    _agrees(text)


PIECES = [" ", "  ", "\n", "- ", ":", ": ", "#", " #", "'", '"', "[", "]", ",", "{", "&", "*",
          "!", "|", ">", "\t", "\\", "yes", "null", "~", "2020-13-01", "é", "\r", "---", "?",
          "x: y", "\n  ", "\n- "]  # fmt: skip


def _read(text: str, *, lines: bool) -> object:
    """What read_yaml_text gives (its data with lines, or its error), with or without the line
    reader."""
    with pytest.MonkeyPatch.context() as patch:
        if not lines:
            patch.setattr(strict_yaml, "_read_lines", lambda text: None)
        try:
            return _shape(read_yaml_text(text.encode("utf-8"), file="f.yaml"))
        except DataError as exc:
            return str(exc)


def test_damaged_bundled_files_read_the_same_either_way() -> None:
    """Pieces of the bundled files, damaged at random (a fixed seed), give the same data or the
    same error with the line reader as without it."""
    import random

    rng = random.Random(2026)
    texts = [
        path.read_text(encoding="utf-8")
        for path in sorted(osce_model.bundled_data_dir().glob("*.yaml"))
    ]
    texts = [text for text in texts if strict_yaml._read_lines(text) is not None]
    taken = 0
    for _ in range(300):
        lines = rng.choice(texts).split("\n")
        start = rng.randrange(len(lines))
        text = "\n".join(lines[start : start + rng.randint(3, 30)]) + "\n"
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(len(text) + 1)
            cut = rng.choice((0, 0, 1, 2))
            text = text[:at] + rng.choice(PIECES) + text[at + cut :]
        taken += strict_yaml._read_lines(text) is not None
        assert _read(text, lines=True) == _read(text, lines=False), text
    assert taken > 30  # the line reader took a fair share of them
