"""osce-model: the Organization for Security and Co-operation in Europe as typed, queryable data.

>>> import osce_model
>>> org = osce_model.load()
>>> org.participating_states["turkey"].name
'Türkiye'
>>> org.field_operations["OSCE Mission to Serbia"].host.name
'Serbia'

Importing the package reads no file; :func:`load` builds the bundled organisation on first use.
"""

from __future__ import annotations

import _thread
import os as _os
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousKeyError,
    DataError,
    MissingExtraError,
    NotFoundError,
    OsceModelError,
    ParseError,
)
from .organization import Organization
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

__all__ = [
    "DATA_AS_OF",
    "AmbiguousKeyError",
    "Chairpersonship",
    "DataError",
    "DecisionMakingBody",
    "FieldOfWork",
    "FieldOperation",
    "FormerName",
    "FormerParticipatingState",
    "Institution",
    "MeetingType",
    "MissingExtraError",
    "NotFoundError",
    "Officeholder",
    "Organization",
    "OsceModelError",
    "ParseError",
    "ParticipatingState",
    "Partner",
    "PartnerGroup",
    "PressRelease",
    "SecretariatUnit",
    "SecretaryGeneral",
    "Summit",
    "Territory",
    "__version__",
    "bundled_data_dir",
    "dumps",
    "from_dict",
    "load",
    "load_corpus",
    "loads",
    "parse_press_listing",
    "parse_press_release",
    "parse_press_release_html",
    "save_corpus_jsonl",
    "save_corpus_yaml",
    "to_dict",
]

__version__ = "0.1.0"

_default: Organization | None = None
_default_lock = _thread.allocate_lock()  # not threading: its import costs start-up time


if TYPE_CHECKING:
    from pathlib import Path


def bundled_data_dir() -> Path:
    """The directory of the bundled YAML files (inside the wheel, or data/ in a checkout)."""
    from pathlib import Path  # only here: importing pathlib costs start-up time

    here = Path(__file__).resolve().parent
    inside = here / "data"
    if inside.is_dir():
        return inside
    return here.parent.parent / "data"  # an editable install or a source checkout


def load(
    root: str | _os.PathLike[str] | None = None, *, max_bytes: int | None = None
) -> Organization:
    """The OSCE as an :class:`Organization`.

    With no ``root``, the bundled data: built once, on first use, and the same object on every
    call and in every thread. With ``root``, a directory laid out like the bundled ``data/``
    (every file present), loaded strictly: any problem raises one :class:`DataError` that lists
    them all, and nothing half-built is returned. ``max_bytes`` caps each file's size (64 MiB).
    """
    global _default
    if root is not None:
        from pathlib import Path

        from ._yaml import DEFAULT_MAX_BYTES
        from .loading import load_directory

        return load_directory(Path(root), max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    if _default is None:
        with _default_lock:
            if _default is None:
                from ._bundled import build

                _default = build()
    return _default


# Imported on first use: they need cattrs (and PyYAML), which a cold start does not.
_LAZY = {
    "to_dict": "export",
    "from_dict": "export",
    "dumps": "export",
    "loads": "export",
    "parse_press_release": "parsing",
    "parse_press_release_html": "parsing",
    "parse_press_listing": "parsing",
    "load_corpus": "corpus",
    "save_corpus_jsonl": "corpus",
    "save_corpus_yaml": "corpus",
}


def __getattr__(name: str) -> Any:
    if name == "DATA_AS_OF":
        return load().data_as_of
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'osce_model' has no attribute {name!r}")
