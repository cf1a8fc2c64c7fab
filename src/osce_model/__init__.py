"""osce-model: the Organization for Security and Co-operation in Europe as typed, queryable data.

>>> import osce_model
>>> org = osce_model.load()
>>> org.participating_states["turkey"].name
'Türkiye'
>>> org.field_operations["OSCE Mission to Serbia"].host.name
'Serbia'

Importing the package reads no file; :func:`load` builds the bundled organisation on first use.
This module is the package's face: it re-exports the public names and wires presentation into
the layers below (see docs/architecture.md); nothing inside the package imports it.
"""

from __future__ import annotations

import os as _os
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousKeyError,
    DataError,
    MissingExtraError,
    NotFoundError,
    OsceModelError,
    ParseError,
    Problem,
)
from .organization import (
    Chairpersonships,
    Collection,
    FieldOperations,
    Organization,
    PartnerGroups,
    PressReleases,
    Results,
    Secretariat,
)
from .schema.kinds import Kind
from .schema.presenters import presenters as _presenters
from .schema.provenance import (
    Alternative,
    Claim,
    FieldProvenance,
    PartialDate,
    Provenance,
    Status,
    provenance,
)
from .schema.records import (
    Chairpersonship,
    DecisionMakingBody,
    Entity,
    FieldOfWork,
    FieldOperation,
    FormerName,
    FormerParticipatingState,
    Institution,
    Issuer,
    MeetingType,
    Mention,
    Officeholder,
    ParticipatingState,
    Partner,
    PartnerGroup,
    Partnership,
    Person,
    PersonalRepresentative,
    Post,
    PressRelease,
    SecretariatUnit,
    SecretaryGeneral,
    State,
    Summit,
    Territory,
)
from .storage.bundled import bundled as _bundled
from .storage.bundled import bundled_data_dir

if TYPE_CHECKING:  # what the lazy names below are, for type checkers
    import datetime

    from .export.convert import ConversionReport, convert
    from .organization.relations import RELATION_NAMES, Relation
    from .organization.search import Match
    from .press.corpus import load_corpus, save_corpus_jsonl, save_corpus_yaml
    from .press.lazy import LazyCorpus, open_corpus
    from .press.parsing import (
        parse_press_listing,
        parse_press_page,
        parse_press_release,
        parse_press_release_html,
    )
    from .storage.plain import dumps, from_dict, loads, to_dict

    DATA_AS_OF: datetime.date

__all__ = [
    "DATA_AS_OF",
    "RELATION_NAMES",
    "Alternative",
    "AmbiguousKeyError",
    "Chairpersonship",
    "Chairpersonships",
    "Claim",
    "Collection",
    "ConversionReport",
    "DataError",
    "DecisionMakingBody",
    "Entity",
    "FieldOfWork",
    "FieldOperation",
    "FieldOperations",
    "FieldProvenance",
    "FormerName",
    "FormerParticipatingState",
    "Institution",
    "Issuer",
    "Kind",
    "LazyCorpus",
    "Match",
    "MeetingType",
    "Mention",
    "MissingExtraError",
    "NotFoundError",
    "Officeholder",
    "Organization",
    "OsceModelError",
    "ParseError",
    "PartialDate",
    "ParticipatingState",
    "Partner",
    "PartnerGroup",
    "PartnerGroups",
    "Partnership",
    "Person",
    "PersonalRepresentative",
    "Post",
    "PressRelease",
    "PressReleases",
    "Problem",
    "Provenance",
    "Relation",
    "Results",
    "Secretariat",
    "SecretariatUnit",
    "SecretaryGeneral",
    "State",
    "Status",
    "Summit",
    "Territory",
    "__version__",
    "bundled_data_dir",
    "convert",
    "dumps",
    "from_dict",
    "load",
    "load_corpus",
    "loads",
    "open_corpus",
    "parse_press_listing",
    "parse_press_page",
    "parse_press_release",
    "parse_press_release_html",
    "provenance",
    "save_corpus_jsonl",
    "save_corpus_yaml",
    "to_dict",
]

__version__ = "0.2.0"


def load(
    root: str | _os.PathLike[str] | None = None, *, max_bytes: int | None = None
) -> Organization:
    """The OSCE as an :class:`Organization`.

    With no ``root``, the bundled data: built once, on first use, and the same object on every
    call and in every thread. With ``root``, a directory laid out like the bundled ``data/``
    (every file present), loaded strictly: any problem raises one :class:`DataError` that lists
    them all, and nothing half-built is returned. ``max_bytes`` caps each file's size (64 MiB
    by default); it must be a positive integer.
    """
    if max_bytes is not None and (
        isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0
    ):
        raise ValueError(f"max_bytes must be a positive integer, not {max_bytes!r}")
    if root is None:
        return _bundled()
    from pathlib import Path

    from .storage.loader import load_directory
    from .storage.strict_yaml import DEFAULT_MAX_BYTES

    return load_directory(Path(root), max_bytes=max_bytes or DEFAULT_MAX_BYTES)


# Imported on first use: a cold start needs none of them (most need cattrs or PyYAML).
_LAZY = {
    "Match": "organization.search",
    "Relation": "organization.relations",
    "convert": "export.convert",
    "ConversionReport": "export.convert",
    "RELATION_NAMES": "organization.relations",
    "to_dict": "storage.plain",
    "from_dict": "storage.plain",
    "dumps": "storage.plain",
    "loads": "storage.plain",
    "parse_press_release": "press.parsing",
    "parse_press_release_html": "press.parsing",
    "parse_press_listing": "press.parsing",
    "parse_press_page": "press.parsing",
    "load_corpus": "press.corpus",
    "open_corpus": "press.lazy",
    "LazyCorpus": "press.lazy",
    "save_corpus_jsonl": "press.corpus",
    "save_corpus_yaml": "press.corpus",
}

if not TYPE_CHECKING:  # type checkers see the imports above, and no catch-all

    def __getattr__(name: str) -> Any:
        if name == "DATA_AS_OF":
            return load().data_as_of
        if name in _LAZY:
            import importlib

            return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        raise AttributeError(f"module 'osce_model' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


# -- presentation, wired into the layers below, imported on first use -------------------------


def _html_record(record: Any) -> str:
    from .export.html import record_html

    return record_html(record)


def _html_records(records: Any, title: str | None) -> str:
    from .export.html import records_html

    return records_html(records, title)


def _html_value(value: Any) -> str:
    from .export.html import value_html

    return value_html(value)


def _dataframe(records: Any) -> Any:
    from .export.frames import to_dataframe

    return to_dataframe(records)


def _graph(org: Any) -> Any:
    from .export.graph import to_networkx

    return to_networkx(org)


_presenters.html_record = _html_record
_presenters.html_records = _html_records
_presenters.html_value = _html_value
_presenters.dataframe = _dataframe
_presenters.graph = _graph


def _membership_periods(org: Any) -> Any:
    from .export.panel import membership_periods

    return membership_periods(org)


def _membership_panel(org: Any, *args: Any, **kwargs: Any) -> Any:
    from .export.panel import membership_panel

    return membership_panel(org, *args, **kwargs)


def _tables(org: Any) -> Any:
    from .export.tables import to_tables

    return to_tables(org)


_presenters.membership_periods = _membership_periods
_presenters.membership_panel = _membership_panel
_presenters.tables = _tables
