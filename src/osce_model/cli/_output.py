"""What every command prints with: JSON text and records as plain data."""

from __future__ import annotations

from typing import Any

from ..storage.jsontext import to_json
from ..storage.plain import to_dict

__all__ = ["as_dict", "emit_json"]


def emit_json(data: object) -> None:
    """Print ``data`` as JSON (dates as ISO text)."""
    print(to_json(data))


def as_dict(record: Any) -> dict[str, Any]:
    """A record as plain data, its references as keys."""
    return to_dict(record)
