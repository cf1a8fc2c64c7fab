"""Strict, safe YAML reading: line numbers for every value, and no YAML surprises.

Two readers give the same data. Most data files are written in a small, common part of YAML
(block mappings and lists, one plain, quoted or bracketed value a line, or a folded or literal
block of lines at one indent): the line reader reads
that part straight from the lines of the text, about twice as fast, and declines anything
else. The full reader takes the rest: PyYAML's parser and composer (its C ones when available)
read the text into a tree of nodes, and the data is built from that tree here, in one pass,
with PyYAML's safe resolver and scalar constructors but none of its generic constructor
machinery (most of a large load's time). It
rejects duplicate keys (PyYAML silently keeps the last one), merge keys, anchors and aliases
(so no "billion laughs"), unknown tags, explicit core tags on values they do not fit
(``!!int abc``, ``!!map [a]``), integers written other than in decimal digits (YAML 1.1 reads
``012`` as 10 and ``33:31:20`` as 120680), nesting deeper than any of our files needs, more
nodes than a limit, byte order marks, text that is not UTF-8, files larger than a limit, and
anything that is not a regular file (a FIFO, a device), each as a
:class:`~osce_model.DataError` that names the file and line. Nothing else escapes.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import stat
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import yaml
from yaml.composer import Composer
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

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

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_ScalarNode, _SequenceNode, _MappingNode = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
_ConstructorError = yaml.constructor.ConstructorError


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


# Reading is PyYAML's parser and composer (its C ones when available: ~10x faster), which give a
# tree of nodes; building the data from that tree is ours (_construct below), one pass with none of
# PyYAML's generic constructor machinery, which cost most of a large load.
#
# The composer asks ``resolve(kind, value, implicit)`` for the tag of every node written without
# one. Answering in Python, as PyYAML's resolver does, costs a call and a few regular expressions
# per node; answering with ``slice`` records the question in C, and _construct resolves it (the
# same way PyYAML would) only where the answer matters. There are no path resolvers, so the
# composer's calls on entering and leaving a node have nothing to do: C no-ops take them.
_NO_PATHS: dict[Any, Any] = {}


class _Untagged:
    """Composer hooks: an untagged node gets the question as its tag, resolved later."""

    resolve = staticmethod(slice)
    descend_resolver = staticmethod(_NO_PATHS.get)
    ascend_resolver = staticmethod(int)


class _PythonComposer(_Untagged, Reader, Scanner, Parser, Composer):
    """PyYAML's pure-Python parser and composer: the same tree as the C ones, slower."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)


_Composer: Any
try:
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _Composer = _PythonComposer
else:

    class _CComposer(_Untagged, CParser):
        """libyaml's parser and PyYAML's C composer (~10x faster than the Python ones)."""

    _Composer = _CComposer


# The tags a plain scalar may resolve to, by its first character, in PyYAML's safe resolver's
# order (``yes`` is a bool, ``012`` an int, ``2020-01-31`` a timestamp, ``<<`` a merge key...).
_IMPLICIT: dict[Any, list[tuple[str, re.Pattern[str]]]] = (
    yaml.resolver.Resolver.yaml_implicit_resolvers
)
_ANY_FIRST = list(_IMPLICIT.get(None, []))
_RESOLVERS = {
    first: [*resolvers, *_ANY_FIRST] for first, resolvers in _IMPLICIT.items() if first is not None
}


def _any_of(patterns: Iterator[re.Pattern[str]]) -> re.Pattern[str]:
    """One expression that matches what any of ``patterns`` matches (each with its flags)."""
    flagged = []
    for pattern in dict.fromkeys(patterns):
        letters = "".join(
            letter
            for flag, letter in ((re.I, "i"), (re.M, "m"), (re.S, "s"), (re.X, "x"))
            if pattern.flags & flag
        )
        flagged.append(f"(?{letters}:{pattern.pattern})")
    return re.compile("|".join(flagged))


# By first character: what a plain scalar must match to be anything but text (one expression
# for all the resolvers of that character; it may match more than they would, never less).
_MatchOf = Callable[[str], "re.Match[str] | None"]
_MAYBE_NOT_TEXT: dict[str, _MatchOf] = {
    first: _any_of(pattern for _, pattern in resolvers).match
    for first, resolvers in _RESOLVERS.items()
}
_MAYBE_NOT_TEXT_ANY_FIRST: _MatchOf | None = (
    _any_of(pattern for _, pattern in _ANY_FIRST).match if _ANY_FIRST else None
)


def _resolved(node: yaml.Node) -> str:
    """The tag of ``node``: written, or as PyYAML's safe resolver would give it."""
    tag: Any = node.tag
    if tag.__class__ is not slice:
        return tag  # type: ignore[no-any-return]
    kind, value, implicit = tag.start, tag.stop, tag.step
    if kind is _ScalarNode:
        if implicit[0]:  # plain, untagged
            for candidate, pattern in _RESOLVERS.get(value[:1], _ANY_FIRST):
                if pattern.match(value):
                    return candidate
        return _STR
    return _SEQ if kind is _SequenceNode else _MAP


def _construct_int(node: yaml.ScalarNode) -> int:
    text = str(node.value).strip()
    if not _DECIMAL.fullmatch(text):
        raise _ConstructorError(
            None,
            None,
            f"{text[:80]!r} is not an integer in decimal digits (YAML 1.1 would read 012 as "
            "octal and 33:31:20 in base 60); quote it if it is text",
            node.start_mark,
        )
    if len(text.lstrip("+-")) > _MAX_DIGITS:
        raise _ConstructorError(
            None, None, f"an integer of {len(text)} digits is too long", node.start_mark
        )
    return int(text)


# PyYAML's own scalar constructors (they keep no state, so one instance serves every thread).
_SAFE = yaml.constructor.SafeConstructor()
# The scalar tags we read, what a value under each must be, and how it is built.
_SCALARS: dict[str, tuple[str, Callable[[yaml.ScalarNode], Any]]] = {
    _STR: ("text", _SAFE.construct_yaml_str),
    "tag:yaml.org,2002:int": ("an integer", _construct_int),
    "tag:yaml.org,2002:float": ("a number", _SAFE.construct_yaml_float),
    "tag:yaml.org,2002:bool": ("true or false", _SAFE.construct_yaml_bool),
    "tag:yaml.org,2002:null": ("null", _SAFE.construct_yaml_null),
    "tag:yaml.org,2002:timestamp": ("a valid date", _SAFE.construct_yaml_timestamp),
}


def _scalar(node: yaml.Node, tag: str) -> Any:
    """The value of ``node`` under ``tag`` (neither a mapping nor a list tag): refused if the
    node is not a scalar, the tag unknown, or the text does not fit it (``!!bool maybe``)."""
    entry = _SCALARS.get(tag)
    if entry is None:
        raise _ConstructorError(None, None, f"the tag {tag!r} is not allowed", node.start_mark)
    what, construct = entry
    if node.__class__ is not _ScalarNode:
        _mismatch(node, tag, "a single value")
    try:
        return construct(node)
    except yaml.MarkedYAMLError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError):
        raise _ConstructorError(
            None, None, f"{str(node.value)[:80]!r} is not {what}", node.start_mark
        ) from None


def _mismatch(node: yaml.Node, tag: str, what: str) -> NoReturn:
    raise _ConstructorError(None, None, f"the tag {tag!r} needs {what}", node.start_mark)


class _Build:
    """The state of one :func:`_construct` pass."""

    __slots__ = ("checked", "nodes", "root", "seen", "to_fill", "widest")

    def __init__(self, root: yaml.Node, *, aliases: bool) -> None:
        self.root = root
        # Ids of the nodes met, when the text may hold aliases (an anchor needs an "&").
        self.seen: set[int] | None = set() if aliases else None
        self.to_fill: deque[tuple[yaml.Node, Any, int]] = deque()
        self.nodes = 1  # so far: the root and the items of the containers filled
        self.widest = 0
        self.checked = False  # _check_graph has passed the whole tree

    def count(self, size: int) -> None:
        """Count the ``size`` items of a container about to be filled."""
        self.nodes += size
        if size > self.widest:
            self.widest = size
        if self.nodes > MAX_NODES and not self.checked:  # bound the work: decide now
            _check_graph(self.root)
            self.checked = True


def _construct(root: yaml.Node | None, *, aliases: bool = True) -> Any:
    """The data of the node tree ``root``: plain Python values, MarkedDict and MarkedList.

    Values are built in the order PyYAML's constructor builds them, so that of several errors the
    same one is reported: a container's items when it is filled, containers filled first in, first
    out, and a mapping key whole at once. An alias (a node met twice), nesting deeper than
    MAX_DEPTH, or a tree that may exceed MAX_NODES is handed to :func:`_check_graph`, which
    decides, and which also runs first whenever anything else is wrong: its errors come first.
    ``aliases=False`` says the text holds no anchor, so no node can be met twice.
    """
    if root is None:  # an empty document
        return None
    build = _Build(root, aliases=aliases)
    try:
        data = _value(build, root, 1, False)
        _fill_queued(build)
    except yaml.MarkedYAMLError:
        _check_graph(root)  # an alias, nesting or size error comes first, as it always has
        raise
    if not build.checked and build.nodes + 2 * build.widest > MAX_NODES:
        _check_graph(root)  # its count may go over the limit: it decides
    return data


def _fill_queued(build: _Build) -> None:
    """Fill the queued containers, first in, first out, with the containers they add.

    This loop is most of the time a load spends here, so the common case, an item that is text
    with nothing to check (untagged; quoted, or plain and resolving to no other type; no alias
    possible), is taken inline: the test is written out twice, for mapping values and list
    items (and once more for keys). Everything else goes through :func:`_value`.
    """
    to_fill, fast = build.to_fill, build.seen is None
    maybe_not_text, any_first = _MAYBE_NOT_TEXT.get, _MAYBE_NOT_TEXT_ANY_FIRST
    while to_fill:
        node, container, depth = to_fill.popleft()
        depth += 1  # of its items
        if container.__class__ is MarkedDict:
            pairs = node.value
            build.count(2 * len(pairs))
            key_lines, plain_keys = container.key_lines, container.plain_keys
            for key_node, value_node in pairs:
                tag: Any = key_node.tag
                if (
                    fast
                    and tag.__class__ is slice
                    and tag.start is _ScalarNode
                    and (
                        not tag.step[0]
                        or (match := maybe_not_text(key_node.value[:1], any_first)) is None
                        or match(key_node.value) is None
                    )
                ):
                    key = key_node.value
                else:
                    key = _key(build, key_node, depth)
                if key in container:
                    _duplicate(key, key_node, key_lines)
                key_lines[key] = key_node.start_mark.line + 1
                if value_node.__class__ is _ScalarNode and not value_node.style:  # plain
                    plain_keys[key] = value_node.value
                tag = value_node.tag
                if (
                    fast
                    and tag.__class__ is slice
                    and tag.start is _ScalarNode
                    and (
                        not tag.step[0]
                        or (match := maybe_not_text(value_node.value[:1], any_first)) is None
                        or match(value_node.value) is None
                    )
                ):
                    container[key] = value_node.value
                else:
                    container[key] = _value(build, value_node, depth, False)
        else:
            children = node.value
            build.count(len(children))
            for child in children:
                tag = child.tag
                if (
                    fast
                    and tag.__class__ is slice
                    and tag.start is _ScalarNode
                    and (
                        not tag.step[0]
                        or (match := maybe_not_text(child.value[:1], any_first)) is None
                        or match(child.value) is None
                    )
                ):
                    container.append(child.value)
                else:
                    container.append(_value(build, child, depth, False))


def _value(build: _Build, node: yaml.Node, depth: int, whole: bool) -> Any:
    """``node``'s value, or its container, empty and queued (filled at once if ``whole``)."""
    seen = build.seen
    if seen is not None:
        if id(node) in seen:
            _graph_error(build.root, node)
        seen.add(id(node))
    tag: Any = node.tag
    if tag.__class__ is slice:
        kind = tag.start
        tag = _SEQ if kind is _SequenceNode else _MAP if kind is _MappingNode else _resolved(node)
    if tag == _MAP:
        if node.__class__ is not _MappingNode:
            _mismatch(node, tag, "a mapping")
        container: Any = MarkedDict()
        container.key_lines = {}
        container.plain_keys = {}
    elif tag == _SEQ:
        if node.__class__ is not _SequenceNode:
            _mismatch(node, tag, "a list")
        container = MarkedList()
        children = node.value
        container.item_lines = [child.start_mark.line + 1 for child in children] if children else []
    elif tag == _STR and node.__class__ is _ScalarNode:
        return node.value
    else:
        return _scalar(node, tag)
    if depth >= MAX_DEPTH:
        _graph_error(build.root, node)
    container.line = node.start_mark.line + 1
    if whole:
        _fill_now(build, node, container, depth)
    else:
        build.to_fill.append((node, container, depth))
    return container


def _fill_now(build: _Build, node: yaml.Node, container: Any, depth: int) -> None:
    """Fill ``container`` (the empty value of ``node``) and the containers in it, depth first,
    as PyYAML builds a mapping key: a key that is a mapping or a list is refused, but what is
    wrong inside it is reported first."""
    depth += 1
    if container.__class__ is MarkedList:
        build.count(len(node.value))
        container.extend([_value(build, child, depth, True) for child in node.value])
        return
    build.count(2 * len(node.value))
    for key_node, value_node in node.value:
        key = _key(build, key_node, depth)
        if key in container:
            _duplicate(key, key_node, container.key_lines)
        container.key_lines[key] = key_node.start_mark.line + 1
        if value_node.__class__ is _ScalarNode and not value_node.style:  # plain
            container.plain_keys[key] = value_node.value
        container[key] = _value(build, value_node, depth, True)


def _key(build: _Build, node: yaml.Node, depth: int) -> Any:
    """The key ``node`` of a mapping, built whole: refused if a merge key (``<<``) or not a
    single value."""
    if _resolved(node) == _MERGE:
        raise _ConstructorError(None, None, "merge keys ('<<') are not allowed", node.start_mark)
    key = _value(build, node, depth, True)
    if node.__class__ is not _ScalarNode:
        raise _ConstructorError(None, None, "a mapping key must be a plain value", node.start_mark)
    return key


def _duplicate(key: Any, node: yaml.Node, key_lines: dict[Any, int]) -> NoReturn:
    raise _ConstructorError(
        None, None, f"duplicate key {key!r} (first on line {key_lines[key]})", node.start_mark
    )


def _graph_error(root: yaml.Node, node: yaml.Node) -> NoReturn:
    """Raise the error :func:`_check_graph` finds in ``root`` (which holds one at ``node``)."""
    _check_graph(root)
    raise _ConstructorError(  # pragma: no cover - _check_graph has raised
        None, None, "anchors and aliases are not allowed", node.start_mark
    )


def _check_graph(root: yaml.Node) -> None:
    """Reject aliases, deep nesting and too many nodes in the tree ``root``."""
    seen: set[int] = set()
    remember = seen.add
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    pop, push = stack.pop, stack.append
    mapping, sequence = yaml.MappingNode, yaml.SequenceNode
    while stack:
        node, depth = pop()
        key = id(node)
        if key in seen:  # the composer hands an alias back as the very node it names
            raise _ConstructorError(
                None, None, "anchors and aliases are not allowed", node.start_mark
            )
        remember(key)
        kind = node.__class__
        if kind is mapping or kind is sequence:
            if depth >= MAX_DEPTH:
                raise _ConstructorError(
                    None, None, f"nesting deeper than {MAX_DEPTH} levels", node.start_mark
                )
            if len(seen) + len(node.value) * 2 > MAX_NODES:
                raise _ConstructorError(
                    None, None, f"more than {MAX_NODES:,} values in one file", node.start_mark
                )
            if kind is mapping:
                for key_node, value_node in node.value:
                    push((key_node, depth + 1))
                    push((value_node, depth + 1))
            else:
                for child in node.value:
                    push((child, depth + 1))


# ---------------------------------------------------------------------------------------------
# The common subset, read line by line.
#
# Most large data files are written in a small part of YAML: block mappings and lists, one value
# a line (plain, quoted, or a list in brackets), a key's folded or literal block (">-", ">",
# "|-", "|") whose lines share one indent with no blank line among them, comments and blank
# lines. _read_lines reads exactly that part straight from the lines of the text, building the
# same MarkedDict and MarkedList values (the same lines, the same plain texts) as the node tree
# would, in about half the time of composing and walking the tree. At the first line it is not
# sure of (a block beyond that simple case, a value continued on the next line, a null, an
# anchor or tag, a flow mapping, an escape, a tab, a duplicate key, a value that does not fit
# its type...) it gives up and returns None, and the text is read again the full way, which
# accepts or reports it as it always has. Differential tests (tests/test_yaml_lines.py) check
# on generated and damaged texts that whenever _read_lines returns data, the full reader
# returns equal data with equal lines.

# What the full reader may read differently: characters YAML does not allow in a stream or reads
# as line breaks (\r, \x85, \u2028, \u2029), byte order marks, and tabs.
_NOT_SIMPLE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# After a value: spaces to the end of the line, or a comment.
_END = r"(?: *| +#.*)$"
# A plain value: not starting with an indicator (- ? : are allowed before a non-space, but are
# left to the full reader), holding no ": " and no " #", not ending in a colon or a space.
_PLAIN = r"""[^\-?:,\[\]{}#&*!|>'"%@` ](?:[^ :]|:(?=[^ ])| +(?=[^ #]))*"""
# One line: its indent, a dash, a key (a word), and then one of the value's shapes.
_LINE = re.compile(
    r"( *)"  # 1 the indent
    r"(?:(-)(?: +|$))?"  # 2 a dash: an item of a list
    r"(?:([A-Za-z_][A-Za-z0-9_-]*):(?: +|$))?"  # 3 a key
    r"(?:"
    r'"([^"\\]*)"'
    + _END  # 4 a double-quoted value without escapes
    + r"|'((?:[^']|'')*)'"
    + _END  # 5 a single-quoted value
    + r"|(?:#.*)?$"  # no value (the lines below hold it)
    + r"|(\[ *\])"
    + _END  # 6 an empty list
    + r"|("
    + _PLAIN
    + ")"
    + _END  # 7 a plain value
    + r"|(.+)$"  # 8 anything else: a list in brackets, or not in the subset
    r")"
)
# One item of a list in brackets (quoted, or plain and holding none of , [ ] { }), and what
# follows it: a comma or the closing bracket.
_FLOW_PLAIN = r"""[^\-?:,\[\]{}#&*!|>'"%@` ](?:[^ :,\[\]{}]|:(?=[^ ,\[\]{}])| +(?=[^ #,\[\]{}]))*"""
_FLOW_ITEM = re.compile(
    r""" *(?:"([^"\\]*)"|'((?:[^']|'')*)'|(""" + _FLOW_PLAIN + r""")) *([,\]])"""
)
_FLOW_END = re.compile(_END)


class _NotSimple(Exception):
    """The text is not in the common subset: read it the full way."""


def _may_be_typed(text: str) -> bool:
    """Whether the plain scalar ``text`` may resolve to something other than text (``2024``,
    ``null``, ``yes``): PyYAML's resolvers for its first character, in one expression."""
    maybe = _MAYBE_NOT_TEXT.get(text[0], _MAYBE_NOT_TEXT_ANY_FIRST)
    return maybe is not None and maybe(text) is not None


def _typed(text: str, line: int) -> Any:
    """The plain value ``text`` (on ``line``) that may not be text, resolved as the full reader
    resolves it (``2024`` an integer, ``null`` None, ``1991-06-19`` a date)."""
    mark = yaml.Mark("<text>", 0, line - 1, 0, None, None)  # type: ignore[arg-type]
    # Untagged, as the composer leaves it (see _Untagged).
    untagged: Any = slice(_ScalarNode, text, (True, False))
    node = yaml.ScalarNode(untagged, text, mark, mark)
    tag = _resolved(node)
    if tag == _STR:
        return text
    try:
        return _scalar(node, tag)
    except yaml.MarkedYAMLError:
        raise _NotSimple from None


def _flow(rest: str, line: int) -> MarkedList:
    """The list in brackets ``rest`` (nothing but a comment may follow it)."""
    if rest[0] != "[":
        raise _NotSimple
    items = MarkedList()
    items.line = line
    position = 1
    while True:
        match = _FLOW_ITEM.match(rest, position)
        if match is None:
            raise _NotSimple
        double, single, plain, after = match.groups()
        if double is not None:
            items.append(double)
        elif single is not None:
            items.append(single.replace("''", "'"))
        else:
            items.append(_typed(plain, line) if _may_be_typed(plain) else plain)
        position = match.end()
        if after == "]":
            break
    if _FLOW_END.match(rest, position) is None:
        raise _NotSimple
    items.item_lines = [line] * len(items)
    return items


_KEYS_SIMPLE: dict[str, bool] = {}


def _simple_key(key: str) -> bool:
    """Whether the word ``key`` is read as that text (not as ``yes``, ``null``...)."""
    simple = _KEYS_SIMPLE.get(key)
    if simple is None:
        simple = not _may_be_typed(key)
        if len(_KEYS_SIMPLE) < 10_000:
            _KEYS_SIMPLE[key] = simple
    return simple


def _read_lines(text: str) -> Any:
    """The data of ``text`` if it is in the common subset (see above), else None."""
    if _NOT_SIMPLE.search(text) is not None:
        return None
    try:
        return _lines(text)
    except _NotSimple:
        return None
    except Exception:  # pragma: no cover - not expected; the full reader reports, never a traceback
        return None


def _new_container(is_list: bool, line: int) -> Any:
    if is_list:
        items = MarkedList()
        items.line, items.item_lines = line, []
        return items
    mapping = MarkedDict()
    mapping.line, mapping.key_lines, mapping.plain_keys = line, {}, {}
    return mapping


def _lines(text: str) -> Any:
    # The open containers around the innermost, outermost first: (indent, container, is a
    # mapping, is a list written at its key's indent). The innermost is in the locals below.
    stack: list[tuple[int, Any, bool, bool]] = []
    root: Any = None
    indent = -1
    container: Any = None
    is_map = indentless = False
    # A key or dash whose value is on the next lines: (its container, key or None, indent).
    pending: tuple[Any, Any, int] | None = None
    # A line deeper than the innermost open container is refused below (its indent matches
    # none): a value continued on the next line, or a block where no key or dash opened one.
    nodes, match, simple_key, simple_keys = 0, _LINE.match, _simple_key, _KEYS_SIMPLE
    # A block scalar being read (a key's "key: >-"): its lines so far, or None.
    block: list[str] | None = None
    block_owner: Any = None
    block_key = block_header = ""
    block_at = block_indent = -1  # the key's indent; the content's (-1 until its first line)
    block_blank = False  # a blank line since its last line
    for number, line in enumerate(text.split("\n"), start=1):
        if block is not None:
            body = line.lstrip(" ")
            if not body:
                if block_indent < 0 or len(line) > block_indent:
                    raise _NotSimple  # a blank line first, or spaces beyond the indent: text
                block_blank = True
                continue
            at = len(line) - len(body)
            if block_indent < 0:
                if at <= block_at:
                    raise _NotSimple  # an empty block scalar
                block_indent = at
            if at >= block_indent:
                # Only the simple case: every line at the content's indent, no blank line
                # inside, no trailing space (folding keeps it).
                if at > block_indent or block_blank or body[-1] == " ":
                    raise _NotSimple
                block.append(body)
                continue
            if body[0] == "#":
                raise _NotSimple  # a comment where the scalar ends
            block_owner[block_key] = _block_text(block, block_header)
            block = None
        found = match(line)
        if found is None:  # pragma: no cover - group 8 takes any line
            raise _NotSimple
        last: int = found.lastindex  # type: ignore[assignment]  # group 1 always matches
        if last == 1:  # blank, or a comment
            continue
        spaces, dash, key, double, single, _empty_list, plain, other = found.groups()
        if dash is None and key is None:
            raise _NotSimple  # a value alone on its line
        at = len(spaces)
        if pending is not None:
            owner, owner_key, owner_at = pending
            pending = None
            if not (at > owner_at or (dash and owner_key is not None and at == owner_at)):
                raise _NotSimple  # a null value
            stack.append((indent, container, is_map, indentless))
            if len(stack) >= MAX_DEPTH // 2:
                raise _NotSimple
            indentless = at == owner_at
            container = _new_container(dash is not None, number)
            if owner_key is None:
                owner.append(container)
                owner.item_lines.append(number)
            else:
                owner[owner_key] = container
            indent, is_map = at, dash is None
        elif root is None:
            root = container = _new_container(dash is not None, number)
            indent, is_map = at, dash is None
        else:
            while indent > at or (indentless and indent == at and dash is None):
                if not stack:
                    raise _NotSimple  # less indented than the root
                indent, container, is_map, indentless = stack.pop()
            if indent != at or (dash is None) != is_map:
                raise _NotSimple
        nodes += 2
        if nodes > MAX_NODES // 2:
            raise _NotSimple  # the full reader decides
        if dash is not None and key is not None:
            # "- key: value": a mapping starts on the dash's line.
            mapping = _new_container(False, number)
            container.append(mapping)
            container.item_lines.append(number)
            stack.append((indent, container, is_map, indentless))
            if len(stack) >= MAX_DEPTH // 2:
                raise _NotSimple
            at = found.start(3)
            indent, container, is_map, indentless = at, mapping, True, False
        if key is not None:
            if key in container or not (simple_keys.get(key) or simple_key(key)):
                raise _NotSimple
            container.key_lines[key] = number
        if last <= 3:  # nothing after the key or dash: a block follows
            pending = (container, key, at)
            continue
        text_of_plain = None
        if last == 4:
            value: Any = double
        elif last == 5:
            value = single.replace("''", "'")
        elif last == 6:
            value = _new_container(True, number)
        elif last == 7:
            value = _typed(plain, number) if _may_be_typed(plain) else plain
            text_of_plain = plain
        elif key is not None and other.rstrip(" ") in _BLOCK_HEADERS:
            # A block scalar: its lines follow, more indented than the key.
            block, block_owner, block_key = [], container, key
            block_header, block_at, block_indent, block_blank = other.rstrip(" "), at, -1, False
            continue
        else:
            value = _flow(other, number)
            nodes += len(value)
            if nodes > MAX_NODES // 2:
                raise _NotSimple
        if key is None:
            container.append(value)
            container.item_lines.append(number)
            continue
        container[key] = value
        if text_of_plain is not None:
            container.plain_keys[key] = text_of_plain
    if block is not None:
        if not block or (block_header in ("|", ">") and not text.endswith("\n")):
            raise _NotSimple  # empty, or a final line break the text may not have
        block_owner[block_key] = _block_text(block, block_header)
    if pending is not None or root is None:
        raise _NotSimple  # a null value at the end; an empty document
    return root


# The block scalars read: folded (">") or literal ("|"), the final line break stripped ("-")
# or kept once (clip).
_BLOCK_HEADERS = frozenset({">-", ">", "|-", "|"})


def _block_text(lines: list[str], header: str) -> str:
    """The text of a block scalar whose ``lines`` are all at one indent, with no blank line:
    folded (">") joins them with spaces, literal ("|") with line breaks; clip keeps one final
    line break."""
    text = (" " if header[0] == ">" else "\n").join(lines)
    return text if header.endswith("-") else text + "\n"


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
    with collector_paused():
        # The line reader first, the full reader for what it declines; the collector scans
        # neither's containers, and the full reader's node tree is freed before it is back.
        found = _read_lines(text)
        return found if found is not None else _read_full(text, file)


def _read_full(text: str, file: str) -> Any:
    """The data of ``text`` read by PyYAML's composer and :func:`_construct`; DataError with
    the file and line of anything wrong."""
    composer = _Composer(text)
    try:
        return _construct(composer.get_single_node(), aliases="&" in text)
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
        composer.dispose()


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
