"""Generate ``_bundled.py``, the run-time form of the bundled data, from ``data/*.yaml``.

The YAML files stay the single editable source; this module turns them, once validated, into
Python code that builds the same records without PyYAML or cattrs, so that a cold
``osce_model.load()`` costs little more than importing attrs. A test fails when the generated
file is stale. Run ``python -m osce_model._generate`` after editing data/.
"""

from __future__ import annotations

import datetime as _dt
import enum
import sys
from pathlib import Path
from typing import Any

import attrs

from .organization import COLLECTIONS, Organization

__all__ = ["generate_source", "main"]

HEADER = '''\
"""The bundled data as Python: GENERATED from data/*.yaml by ``python -m osce_model._generate``.

Do not edit: edit data/ and regenerate. tests/test_bundled.py fails when this file is stale.
"""

# ruff: noqa: E501
from __future__ import annotations

from datetime import date as _d

from .collections import Chairpersonships, Collection, FieldOperations, Secretariat
from .organization import Organization
from .press import PressReleases
from .records import (
    Chairpersonship,
    DecisionMakingBody,
    FieldOfWork,
    FieldOperation,
    FormerName,
    FormerParticipatingState,
    Institution,
    MeetingType,
    Officeholder,
    ParticipatingState,
    Partner,
    PartnerGroup,
    PressRelease,
    SecretariatUnit,
    SecretaryGeneral,
    Summit,
    Territory,
)


def build() -> Organization:
    """Build the bundled Organization."""
'''


class _Emitter:
    def __init__(self, org: Organization) -> None:
        self.names: dict[int, str] = {}
        self.lines: list[str] = []
        self.entities = {id(record) for coll in org.collections().values() for record in coll}

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
        return f"{type(obj).__name__}({', '.join(args)})"

    def expr(self, value: Any) -> str:
        if isinstance(value, enum.Enum):
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


def generate_source(org: Organization) -> str:
    """The source of ``_bundled.py`` for ``org``."""
    from .collections import build_indices

    emitter = _Emitter(org)
    collections: list[str] = []
    for name, kind, _ in COLLECTIONS:
        coll = getattr(org, name)
        refs = [emitter.emit(record) for record in coll]
        exact, ambiguous = build_indices(coll)
        exact_src = ", ".join(f"{key!r}: {emitter.emit(rec)}" for key, rec in exact.items())
        ambiguous_src = ", ".join(
            f"{key!r}: {emitter.expr(recs)}" for key, recs in ambiguous.items()
        )
        collections.append(
            f"        {name}={type(coll).__name__}(\n"
            f"            ({', '.join(refs)}{',' if len(refs) == 1 else ''}),\n"
            f"            kind={kind!r},\n"
            f"            indices=({{{exact_src}}}, {{{ambiguous_src}}}),\n"
            f"        ),"
        )
    body = "\n".join(emitter.lines)
    return (
        f"{HEADER}{body}\n    return Organization(\n"
        f"        data_as_of={emitter.expr(org.data_as_of)},\n"
        + "\n".join(collections)
        + "\n    )\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Regenerate ``_bundled.py`` from the bundled YAML (or check it with ``--check``)."""
    from . import bundled_data_dir
    from .loading import load_directory

    args = sys.argv[1:] if argv is None else argv
    source = generate_source(load_directory(bundled_data_dir()))
    target = Path(__file__).with_name("_bundled.py")
    if "--check" in args:
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            print(f"{target} is stale: run python -m osce_model._generate", file=sys.stderr)
            return 1
        return 0
    target.write_text(source, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
