"""JSON text for plain data that may hold dates: one place for the rule."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

__all__ = ["json_default", "to_json"]


def json_default(value: object) -> Any:
    """Dates as ISO text; anything else JSON cannot hold is a TypeError."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")


def to_json(data: object, *, indent: int | None = 2) -> str:
    """``data`` as JSON text, non-ASCII kept as is."""
    return json.dumps(data, ensure_ascii=False, indent=indent, default=json_default)
