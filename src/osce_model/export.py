"""Plain data in and out: dicts, JSON and YAML, through the one strict converter.

A record's references become ids (a Chairpersonship, its year) on the way out, and are resolved
against an organisation (the bundled one by default) on the way in, so that a round trip gives
an equal record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal, TypeVar

from ._converter import make_converter, problems_from, structure_record, unstructure_record
from ._json import to_json
from .errors import DataError, Problem
from .organization import Organization

__all__ = [
    "OrganizationResolver",
    "converter_for",
    "dumps",
    "from_dict",
    "loads",
    "to_dict",
    "to_dicts",
]

R = TypeVar("R")
Format = Literal["json", "yaml"]

# Collections that other records refer to, by the class they hold.
_REFERRED = (
    "participating_states",
    "former_participating_states",
    "territories",
    "secretariat",
    "institutions",
    "field_operations",
    "fields_of_work",
    "chairpersonships",
)


class OrganizationResolver:
    """Resolves ids in plain data to the records of an organisation."""

    def __init__(self, org: Organization) -> None:
        self._by_type: dict[type, dict[str, Any]] = {}
        for name in _REFERRED:
            for record in getattr(org, name):
                key = str(getattr(record, "year", None) or record.id)
                self._by_type.setdefault(type(record), {})[key] = record

    def table(self, cls: type) -> dict[str, Any]:
        """The records of class ``cls`` by id (a Chairpersonship by its year, as text)."""
        return self._by_type.get(cls, {})

    def resolve(self, types: tuple[type, ...], ref: object) -> Any:
        """The record of one of ``types`` whose id (or year) is ``ref``."""
        for cls in types:
            found = self._by_type.get(cls, {}).get(str(ref))
            if found is not None:
                return found
        kinds = " or ".join(cls.__name__ for cls in types)
        raise ValueError(f"unknown {kinds} {ref!r}")


def converter_for(org: Organization | None) -> Any:
    """The strict converter that resolves ids against ``org`` (the bundled one by default)."""
    from . import load

    target = load() if org is None else org
    return target._cached("converter", lambda: make_converter(OrganizationResolver(target)))


def to_dict(record: Any) -> dict[str, Any]:
    """A record as a dict; the records it refers to become their ids (a year, for a chair)."""
    return unstructure_record(converter_for(None), record)


def from_dict(data: Any, cls: type[R], *, org: Organization | None = None) -> R:
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
    text: str, cls: type[R], *, format: Format = "json", org: Organization | None = None
) -> R | list[R]:
    """The record (or list of records) that :func:`dumps` wrote, read strictly."""
    if format == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError([Problem(f"invalid JSON: {exc.msg}", line=exc.lineno)]) from None
    elif format == "yaml":
        from ._yaml import read_yaml_text

        data = read_yaml_text(text.encode("utf-8"), file="<text>")
    else:
        raise ValueError(f"format must be 'json' or 'yaml', not {format!r}")
    if isinstance(data, list):
        return [from_dict(item, cls, org=org) for item in data]
    return from_dict(data, cls, org=org)


def to_dicts(records: Iterable[Any]) -> list[dict[str, Any]]:
    """Each record as a dict."""
    return [to_dict(record) for record in records]
