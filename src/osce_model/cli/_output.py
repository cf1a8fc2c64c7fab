"""What every command prints with: JSON text and records as plain data."""

from __future__ import annotations

from typing import Any

from ..storage.jsontext import to_json
from ..storage.plain import to_dict

__all__ = ["as_dict", "emit_json", "emit_json_error"]


def emit_json(data: object) -> None:
    """Print ``data`` as JSON (dates as ISO text)."""
    print(to_json(data))


def emit_json_error(kind: str, message: str, *, suggestions: object = None) -> None:
    """Print an error as one JSON object on standard error: type, message, suggestions."""
    import sys

    error: dict[str, object] = {"type": kind, "message": message}
    if suggestions:
        error["suggestions"] = list(suggestions)  # type: ignore[call-overload]
    print(to_json({"error": error}, indent=None), file=sys.stderr)


def as_dict(record: Any) -> dict[str, Any]:
    """A record as plain data, its references as keys."""
    return to_dict(record)
