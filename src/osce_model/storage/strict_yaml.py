"""Strict, safe YAML reading: line numbers for every value, and no YAML surprises.

On top of PyYAML's safe loader (its C parser when available) this rejects duplicate keys
(PyYAML silently keeps the last one), anchors and aliases (so no "billion laughs"), unknown tags,
nesting deeper than any of our files needs, byte order marks, text that is not UTF-8, and files
larger than a limit, each as a :class:`~osce_model.DataError` that names the file and line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError, Problem

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MarkedDict",
    "MarkedList",
    "line_of",
    "read_yaml_file",
    "read_yaml_text",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64

try:  # the C parser is ~10x faster; the pure-Python one gives the same results
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Base = yaml.SafeLoader


class MarkedDict(dict):  # type: ignore[type-arg]
    """A mapping that remembers the line of each key (1-based) and which values were unquoted."""

    __slots__ = ("key_lines", "line", "plain_keys")

    line: int
    key_lines: dict[Any, int]
    plain_keys: dict[Any, str]  # key -> the unquoted text of its value


class MarkedList(list):  # type: ignore[type-arg]
    """A sequence that remembers the line of each item (1-based)."""

    __slots__ = ("item_lines", "line")

    line: int
    item_lines: list[int]


class _StrictLoader(_Base):  # type: ignore[misc]
    def construct_document(self, node: yaml.Node) -> Any:
        _check_graph(node)
        return super().construct_document(node)


def _check_graph(root: yaml.Node) -> None:
    """Reject aliases and deep nesting before anything is constructed (iteratively)."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases are not allowed", node.start_mark
            )
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise yaml.constructor.ConstructorError(
                None, None, f"nesting deeper than {MAX_DEPTH} levels", node.start_mark
            )
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                stack.append((key_node, depth + 1))
                stack.append((value_node, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)


def _construct_map(loader: _StrictLoader, node: yaml.MappingNode) -> Any:
    data = MarkedDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    data.plain_keys = {}
    yield data
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise yaml.constructor.ConstructorError(
                None, None, "merge keys ('<<') are not allowed", key_node.start_mark
            )
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from None
        if key in data:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key {key!r} (first on line {data.key_lines[key]})",
                key_node.start_mark,
            )
        data.key_lines[key] = key_node.start_mark.line + 1
        if isinstance(value_node, yaml.ScalarNode) and not value_node.style:  # plain: None or ""
            data.plain_keys[key] = value_node.value
        data[key] = loader.construct_object(value_node, deep=False)


def _construct_seq(loader: _StrictLoader, node: yaml.SequenceNode) -> Any:
    data = MarkedList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


def _construct_timestamp(loader: _StrictLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a valid date ({exc})", node.start_mark
        ) from None


def _unknown_tag(loader: _StrictLoader, node: yaml.Node) -> Any:
    raise yaml.constructor.ConstructorError(
        None, None, f"the tag {node.tag!r} is not allowed", node.start_mark
    )


_StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_StrictLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
for _tag in (
    "tag:yaml.org,2002:omap",
    "tag:yaml.org,2002:pairs",
    "tag:yaml.org,2002:set",
    "tag:yaml.org,2002:binary",
):
    _StrictLoader.add_constructor(_tag, _unknown_tag)
_StrictLoader.add_constructor(None, _unknown_tag)


def read_yaml_text(data: bytes, *, file: str) -> Any:
    """Parse ``data`` (the bytes of ``file``) strictly; raise DataError naming file and line."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise DataError(
            [Problem("starts with a UTF-8 byte order mark; save it without one", file=file, line=1)]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DataError(
            [Problem(f"is not UTF-8 text (byte {data[exc.start]:#04x})", file=file, line=line)]
        ) from None
    loader = _StrictLoader(text)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + 1 if mark is not None else None
        message = " ".join(part for part in (exc.context, exc.problem) if part)
        raise DataError([Problem(f"invalid YAML: {message}", file=file, line=where)]) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem(f"invalid YAML: {exc}", file=file)]) from None
    except RecursionError:
        raise DataError([Problem("nesting too deep", file=file)]) from None
    finally:
        loader.dispose()


def read_yaml_file(
    path: Path, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Any:
    """Read and parse one YAML file; every failure is a DataError that names it."""
    shown = name or str(path)
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise DataError([Problem("is a directory, not a file", file=shown)])
        if size > max_bytes:
            raise DataError(
                [Problem(f"is {size} bytes, over the limit of {max_bytes} bytes", file=shown)]
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError([Problem("file not found", file=shown)]) from None
    except OSError as exc:
        raise DataError([Problem(f"cannot be read: {exc.strerror}", file=shown)]) from None
    return read_yaml_text(data, file=shown)


def line_of(container: Any, key: Any) -> int | None:
    """The line of ``container[key]`` if the container came from the strict reader."""
    if isinstance(container, MarkedDict):
        return container.key_lines.get(key, container.line)
    if isinstance(container, MarkedList) and isinstance(key, int):
        if 0 <= key < len(container.item_lines):
            return container.item_lines[key]
        return container.line
    return None
