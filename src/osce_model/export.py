"""Plain data out of records: dicts whose references are ids (JSON and YAML ready)."""

from __future__ import annotations

from typing import Any

from ._converter import make_converter, unstructure_record

__all__ = ["to_dict"]


def to_dict(record: Any) -> dict[str, Any]:
    """A record as a dict; the records it refers to become their ids (a year, for a chair)."""
    return unstructure_record(_converter(), record)


_CONVERTER: list[Any] = []


def _converter() -> Any:
    if not _CONVERTER:
        _CONVERTER.append(make_converter())
    return _CONVERTER[0]
