"""HTML for Jupyter: a compact card for a record, a table for a collection or query result."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import attrs

from ..organization.organization import Organization
from ..schema.records import _Entity
from ..schema.text import as_text

__all__ = ["organization_html", "record_html", "records_html", "value_html"]

_MAX_ROWS = 60
_STYLE = "border-collapse:collapse;font-size:90%"


def _text(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        safe = html.escape(value, quote=True)
        return f'<a href="{safe}">{html.escape(value)}</a>'
    return html.escape(as_text(value))


def record_html(record: Any) -> str:
    """A card: the record's kind and name, then its fields; sources as links."""
    rows = []
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if value in (None, (), ""):
            continue
        rows.append(
            f"<tr><th style='text-align:left;padding-right:1em'>{field.name}</th>"
            f"<td>{_text(value)}</td></tr>"
        )
    for relation, entities in _related(record).items():
        names = ", ".join(html.escape(e.name) for e in entities[:12])
        more = f" … (+{len(entities) - 12})" if len(entities) > 12 else ""
        rows.append(
            f"<tr><th style='text-align:left;padding-right:1em'>→ "
            f"{html.escape(relation.replace('_', ' '))}</th><td>{names}{more}</td></tr>"
        )
    title = html.escape(getattr(record, "name", type(record).__name__))
    return (
        f"<div><strong>{title}</strong> <em>{type(record).__name__}</em>"
        f"<table style='{_STYLE}'>{''.join(rows)}</table></div>"
    )


def _related(record: Any) -> dict[str, tuple[Any, ...]]:
    """The record's relations in the organisation that holds it (the newest, if several)."""
    if not isinstance(record, _Entity):
        return {}
    for org in reversed(Organization.alive()):
        if org.holds(record):
            return org.related(record)  # type: ignore[arg-type]
    return {}


def organization_html(org: Organization) -> str:
    """A summary of an organisation: its collections and their sizes."""
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td style='text-align:right'>{len(coll)}</td></tr>"
        for name, coll in org.collections().items()
    )
    return (
        f"<div><strong>OSCE</strong> <em>data as of {org.data_as_of}</em>"
        f"<table><thead><tr><th>collection</th><th>records</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )


def value_html(value: Any) -> str:
    """HTML for any value that shows itself: an organisation, a record, or records."""
    if isinstance(value, Organization):
        return organization_html(value)
    if isinstance(value, _Entity) or attrs.has(type(value)):
        return record_html(value)
    return records_html(list(value))


def records_html(records: Sequence[Any], title: str | None = None) -> str:
    """A table with one row per record: id, name and the fields that are set in the first."""
    if not records:
        return "<em>no records</em>"
    shown = [
        f.name
        for f in attrs.fields(type(records[0]))
        if f.name not in ("sources", "aliases", "body")
    ][:7]
    head = "".join(f"<th>{html.escape(name)}</th>" for name in shown)
    body = []
    for record in records[:_MAX_ROWS]:
        cells = "".join(f"<td>{_text(getattr(record, n, None))}</td>" for n in shown)
        body.append(f"<tr>{cells}</tr>")
    more = "" if len(records) <= _MAX_ROWS else f"<p>… {len(records) - _MAX_ROWS} more</p>"
    caption = f"<caption>{html.escape(title)}</caption>" if title else ""
    return (
        f"<table style='{_STYLE}'>{caption}<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>{more}"
    )
