"""Strict, safe YAML reading: line numbers for every value, and no YAML surprises.

On top of PyYAML's safe loader (its C parser when available) this rejects duplicate keys
(PyYAML silently keeps the last one), anchors and aliases (so no "billion laughs"), unknown tags,
explicit core tags on values they do not fit (``!!int abc``, ``!!map [a]``), integers written
other than in decimal digits (YAML 1.1 reads ``012`` as 10 and ``33:31:20`` as 120680), nesting
deeper than any of our files needs, more nodes than a limit, byte order marks, text that is not
UTF-8, files larger than a limit, and anything that is not a regular file (a FIFO, a device),
each as a :class:`~osce_model.DataError` that names the file and line. Nothing else escapes.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError, Problem

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NODES",
    "MarkedDict",
    "MarkedList",
    "collector_paused",
    "line_of",
    "read_limited",
    "read_yaml_file",
    "read_yaml_text",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
# Nodes (scalars, lists, mappings) in one file: the bundled files have a few thousand each. The
# byte limit alone does not bound the work: a megabyte of "- a" lines is 300,000 nodes.
MAX_NODES = 2_000_000
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_MAX_DIGITS = 100  # far more than any year or count; Python refuses 4,300 digits and more

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
    """Reject aliases, deep nesting and too many nodes before anything is constructed."""
    seen: set[int] = set()
    remember = seen.add
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    pop, push = stack.pop, stack.append
    mapping, sequence = yaml.MappingNode, yaml.SequenceNode
    while stack:
        node, depth = pop()
        key = id(node)
        if key in seen:  # the composer hands an alias back as the very node it names
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases are not allowed", node.start_mark
            )
        remember(key)
        kind = node.__class__
        if kind is mapping or kind is sequence:
            if depth >= MAX_DEPTH:
                raise yaml.constructor.ConstructorError(
                    None, None, f"nesting deeper than {MAX_DEPTH} levels", node.start_mark
                )
            if len(seen) + len(node.value) * 2 > MAX_NODES:
                raise yaml.constructor.ConstructorError(
                    None, None, f"more than {MAX_NODES:,} values in one file", node.start_mark
                )
            if kind is mapping:
                for key_node, value_node in node.value:
                    push((key_node, depth + 1))
                    push((value_node, depth + 1))
            else:
                for child in node.value:
                    push((child, depth + 1))


def _expect(node: yaml.Node, kind: type[yaml.Node], what: str) -> None:
    if not isinstance(node, kind):
        raise yaml.constructor.ConstructorError(
            None, None, f"the tag {node.tag!r} needs {what}", node.start_mark
        )


def _construct_map(loader: _StrictLoader, node: yaml.MappingNode) -> Any:
    _expect(node, yaml.MappingNode, "a mapping")
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
    _expect(node, yaml.SequenceNode, "a list")
    data = MarkedList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


def _scalar(
    what: str, construct: Callable[[Any, yaml.ScalarNode], Any]
) -> Callable[[_StrictLoader, yaml.Node], Any]:
    """``construct``, refusing what is not a scalar and turning any failure into a located
    error: explicit tags can put any text under any tag (``!!bool maybe``)."""

    def guarded(loader: _StrictLoader, node: yaml.Node) -> Any:
        _expect(node, yaml.ScalarNode, "a single value")
        try:
            return construct(loader, node)  # type: ignore[arg-type]
        except yaml.MarkedYAMLError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError):
            raise yaml.constructor.ConstructorError(
                None, None, f"{str(node.value)[:80]!r} is not {what}", node.start_mark
            ) from None

    return guarded


def _construct_int(loader: _StrictLoader, node: yaml.ScalarNode) -> int:
    text = str(node.value).strip()
    if not _DECIMAL.fullmatch(text):
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"{text[:80]!r} is not an integer in decimal digits (YAML 1.1 would read 012 as "
            "octal and 33:31:20 in base 60); quote it if it is text",
            node.start_mark,
        )
    if len(text.lstrip("+-")) > _MAX_DIGITS:
        raise yaml.constructor.ConstructorError(
            None, None, f"an integer of {len(text)} digits is too long", node.start_mark
        )
    return int(text)


_SafeConstructor = yaml.constructor.SafeConstructor
_construct_timestamp = _scalar("a valid date", _SafeConstructor.construct_yaml_timestamp)


def _unknown_tag(loader: _StrictLoader, node: yaml.Node) -> Any:
    raise yaml.constructor.ConstructorError(
        None, None, f"the tag {node.tag!r} is not allowed", node.start_mark
    )


_StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_StrictLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_StrictLoader.add_constructor("tag:yaml.org,2002:int", _scalar("an integer", _construct_int))
_StrictLoader.add_constructor(
    "tag:yaml.org,2002:float", _scalar("a number", _SafeConstructor.construct_yaml_float)
)
_StrictLoader.add_constructor(
    "tag:yaml.org,2002:bool", _scalar("true or false", _SafeConstructor.construct_yaml_bool)
)
_StrictLoader.add_constructor(
    "tag:yaml.org,2002:null", _scalar("null", _SafeConstructor.construct_yaml_null)
)
_StrictLoader.add_constructor(
    "tag:yaml.org,2002:str", _scalar("text", _SafeConstructor.construct_yaml_str)
)
for _tag in (
    "tag:yaml.org,2002:omap",
    "tag:yaml.org,2002:pairs",
    "tag:yaml.org,2002:set",
    "tag:yaml.org,2002:binary",
):
    _StrictLoader.add_constructor(_tag, _unknown_tag)
_StrictLoader.add_constructor(None, _unknown_tag)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a load builds many containers.

    Nothing a load builds holds a reference cycle that must be collected meanwhile, and a
    collector left on rescans the growing heap: 40,000 records took 3.5x as long as 10,000
    (bench/README.md). It is switched back on (if it was on) however the load ends.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


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
        with collector_paused():
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
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        # Not expected: every constructor above is guarded. Still, never a bare traceback.
        raise DataError([Problem(f"invalid YAML: {exc}", file=file)]) from None
    finally:
        loader.dispose()


def read_limited(path: Path, *, max_bytes: int, name: str | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    A FIFO, a device, a socket or a directory is refused without being opened for reading (a
    FIFO would block, ``/dev/zero`` never ends); a file that grows past the limit while being
    read is refused after ``max_bytes + 1`` bytes. Every failure is a DataError naming the file.
    """
    shown = name or str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise DataError([Problem("is a directory, not a file", file=shown)])
        if not stat.S_ISREG(info.st_mode):
            raise DataError([Problem("is not a regular file (a FIFO, a device…)", file=shown)])
        if info.st_size > max_bytes:
            raise DataError(
                [
                    Problem(
                        f"is {info.st_size} bytes, over the limit of {max_bytes} bytes", file=shown
                    )
                ]
            )
        # Non-blocking: a FIFO put in the file's place after the check cannot hang the open.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped after the stat
                raise DataError([Problem("is not a regular file", file=shown)])
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise DataError([Problem("file not found", file=shown)]) from None
    except OSError as exc:
        raise DataError([Problem(f"cannot be read: {exc.strerror}", file=shown)]) from None
    if len(data) > max_bytes:
        raise DataError([Problem(f"is over the limit of {max_bytes} bytes", file=shown)])
    return data


def read_yaml_file(
    path: Path, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Any:
    """Read and parse one YAML file; every failure is a DataError that names it."""
    shown = name or str(path)
    return read_yaml_text(read_limited(path, max_bytes=max_bytes, name=shown), file=shown)


def line_of(container: Any, key: Any) -> int | None:
    """The line of ``container[key]`` if the container came from the strict reader."""
    if isinstance(container, MarkedDict):
        return container.key_lines.get(key, container.line)
    if isinstance(container, MarkedList) and isinstance(key, int):
        if 0 <= key < len(container.item_lines):
            return container.item_lines[key]
        return container.line
    return None
