"""The bundled organisation: built once, on first use, from the generated run-time form.

This small module holds the default :class:`~osce_model.Organization` so that the layers above
(press, exports, the command line) reach it without importing the package face.
"""

from __future__ import annotations

import _thread
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from ..organization.organization import Organization

__all__ = ["bundled", "bundled_data_dir"]

_default: Organization | None = None
_lock = _thread.allocate_lock()  # not threading: its import costs start-up time


def bundled() -> Organization:
    """The bundled Organization: the same object on every call and in every thread."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                from ._generated import build

                _default = build()
    return _default


def bundled_data_dir() -> Path:
    """The directory of the bundled YAML files (inside the wheel, or data/ in a checkout)."""
    from pathlib import Path  # only here: importing pathlib costs start-up time

    package = Path(__file__).resolve().parent.parent
    inside = package / "data"
    if inside.is_dir():
        return inside
    return package.parent.parent / "data"  # an editable install or a source checkout
