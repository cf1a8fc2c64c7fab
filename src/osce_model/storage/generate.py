"""Generate ``_generated.py``, the run-time form of the bundled data, from ``data/*.yaml``.

The YAML files stay the single editable source; this module turns them, once validated, into
Python code that builds the same records without PyYAML or cattrs, so that a cold
``osce_model.load()`` costs little more than importing attrs. A test fails when the generated
file is stale. Run ``python -m osce_model.storage.generate`` after editing data/.
"""

from __future__ import annotations

import datetime as _dt
import enum
import sys
from pathlib import Path
from typing import Any

import attrs

from ..organization.organization import Organization

__all__ = ["generate_source", "main"]

DOCSTRING = '''\
"""The bundled data as Python: GENERATED from data/*.yaml.

Do not edit: edit data/, then run ``python -m osce_model.storage.generate``.
tests/test_bundled.py fails when this file is stale.
"""
'''


class _Emitter:
    def __init__(self, org: Organization) -> None:
        self.names: dict[int, str] = {}
        self.lines: list[str] = []
        self.entities = {id(record) for record in org.records()}
        self.classes: set[type] = set()  # every class the code names, for the imports

    def emit(self, record: Any) -> str:
        name = self.names.get(id(record))
        if name is not None:
            return name
        expr = self.construct(record)  # emits what it refers to first
        name = f"r{len(self.names)}"
        self.names[id(record)] = name
        self.lines.append(f"    {name} = {expr}")
        return name

    def construct(self, obj: Any) -> str:
        args = []
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if field.default is not attrs.NOTHING and value == field.default:
                continue
            args.append(f"{field.name}={self.expr(value)}")
        self.classes.add(type(obj))
        return f"{type(obj).__name__}({', '.join(args)})"

    def expr(self, value: Any) -> str:
        if isinstance(value, enum.Enum):
            self.classes.add(type(value))
            return f"{type(value).__name__}.{value.name}"
        if isinstance(value, _dt.date):
            return f"_d({value.year}, {value.month}, {value.day})"
        if isinstance(value, tuple):
            inner = ", ".join(self.expr(item) for item in value)
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        if attrs.has(type(value)):
            if id(value) in self.entities:
                return self.emit(value)
            return self.construct(value)
        if value is None or isinstance(value, (str, int, bool)):
            return repr(value)
        raise TypeError(f"cannot generate code for {value!r}")  # pragma: no cover


def _imports(classes: set[type]) -> str:
    """``from ..x import A, B`` lines for ``classes``, relative to this package, sorted."""
    package = (__package__ or "osce_model.storage").rsplit(".", 1)[0]  # osce_model
    by_module: dict[str, list[str]] = {}
    for cls in classes:
        module = cls.__module__.removeprefix(package)
        by_module.setdefault(".." + module.lstrip("."), []).append(cls.__name__)
    lines = []
    for module in sorted(by_module):
        names = sorted(by_module[module])
        if len(names) == 1:
            lines.append(f"from {module} import {names[0]}")
        else:
            inner = "".join(f"    {name},\n" for name in names)
            lines.append(f"from {module} import (\n{inner})")
    return "\n".join(lines)


def generate_source(org: Organization) -> str:
    """The source of ``_generated.py`` for ``org``: the records, built with their public
    constructors, then the Organization (which builds each collection itself)."""
    emitter = _Emitter(org)
    collections: list[str] = []
    for kind in org.schema.kinds:
        refs = [emitter.emit(record) for record in getattr(org, kind.collection)]
        comma = "," if len(refs) == 1 else ""
        collections.append(f"        {kind.collection}=({', '.join(refs)}{comma}),")
    emitter.classes.add(Organization)
    body = "\n".join(emitter.lines)
    return (
        f"{DOCSTRING}\n# ruff: noqa: E501\nfrom __future__ import annotations\n\n"
        f"from datetime import date as _d\n\n{_imports(emitter.classes)}\n\n\n"
        "def build() -> Organization:\n"
        '    """Build the bundled Organization."""\n'
        f"{body}\n    return Organization(\n"
        f"        data_as_of={emitter.expr(org.data_as_of)},\n"
        + "\n".join(collections)
        + "\n    )\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Regenerate ``_generated.py`` from the bundled YAML (or check it with ``--check``)."""
    from .bundled import bundled_data_dir
    from .loader import load_directory

    args = sys.argv[1:] if argv is None else argv
    source = generate_source(load_directory(bundled_data_dir()))
    target = Path(__file__).with_name("_generated.py")
    if "--check" in args:
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            print(f"{target} is stale: run python -m osce_model.storage.generate", file=sys.stderr)
            return 1
        return 0
    target.write_text(source, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
