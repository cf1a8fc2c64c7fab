"""Plain data in and out: dicts, JSON and YAML, through the one strict converter.

A record's references become keys (a Chairpersonship, its year) on the way out, and are
resolved against an organisation (the bundled one by default) on the way in, so that a round
trip gives an equal record.
"""

from __future__ import annotations

import json
from typing import Any, Literal, TypeVar

from ..errors import DataError, Problem
from ..organization.organization import Organization
from .bundled import bundled
from .converter import (
    Resolver,
    StrictConverter,
    make_converter,
    problems_from,
    structure_record,
    unstructure_record,
)
from .jsontext import to_json

__all__ = ["converter_for", "dumps", "from_dict", "loads", "to_dict"]

R = TypeVar("R")
Format = Literal["json", "yaml"]


def converter_for(org: Organization | None) -> StrictConverter:
    """The strict converter that resolves ids against ``org`` (the bundled one by default);
    built once per organisation and kept on it."""
    target = bundled() if org is None else org
    return target._cached("converter", lambda: make_converter(Resolver.of(target)))


def to_dict(record: Any) -> dict[str, Any]:
    """A record as a dict; the records it refers to become their keys (a year, for a chair)."""
    return unstructure_record(converter_for(None), record)


def from_dict(data: object, cls: type[R], *, org: Organization | None = None) -> R:
    """The ``cls`` record that ``data`` describes, its ids resolved against ``org``.

    Raises :class:`~osce_model.DataError` naming the field and the bad value.
    """
    converter = converter_for(org)
    try:
        return structure_record(converter, data, cls)  # type: ignore[no-any-return]
    except Exception as exc:
        raise DataError(problems_from(exc, data, file=None, path=cls.__name__)) from None


def dumps(obj: Any, *, format: Format = "json") -> str:
    """A record, or an iterable of records, as JSON or YAML text."""
    if hasattr(obj, "__attrs_attrs__"):
        data: Any = to_dict(obj)
    else:
        data = [to_dict(record) for record in obj]
    if format == "json":
        return to_json(data)
    if format == "yaml":
        import yaml

        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    raise ValueError(f"format must be 'json' or 'yaml', not {format!r}")


def loads(
    text: str | bytes, cls: type[R], *, format: Format = "json", org: Organization | None = None
) -> R | list[R]:
    """The record (or list of records) that :func:`dumps` wrote, read strictly."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if format == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError([Problem(f"invalid JSON: {exc.msg}", line=exc.lineno)]) from None
    elif format == "yaml":
        from .strict_yaml import read_yaml_text

        data = read_yaml_text(text.encode("utf-8"), file="<text>")
    else:
        raise ValueError(f"format must be 'json' or 'yaml', not {format!r}")
    if isinstance(data, list):
        return [from_dict(item, cls, org=org) for item in data]
    return from_dict(data, cls, org=org)
