"""HTML for Jupyter: a compact card for a record, a table for a collection or query result."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import attrs

from ..organization.organization import Organization
from ..organization.results import Matches, Related, ResultsOn, Troika
from ..schema.records import _Entity
from ..schema.text import as_text

__all__ = [
    "matches_html",
    "organization_html",
    "record_html",
    "records_html",
    "records_on_html",
    "related_html",
    "troika_html",
    "value_html",
]

_MAX_ROWS = 60
_STYLE = "border-collapse:collapse;font-size:90%"
_TH = "<th style='text-align:left;padding-right:1em;vertical-align:top'>"
_TD = "<td style='text-align:left'>"


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
        rows.append(f"<tr>{_TH}{field.name}</th>{_TD}{_text(value)}</td></tr>")
    fields = {field.name for field in attrs.fields(type(record))}
    for relation, entities in _related(record).items():
        if relation in fields or f"{relation}s" in fields:  # shown as a field already
            continue
        names = ", ".join(html.escape(e.name) for e in entities[:12])
        more = f" … (+{len(entities) - 12})" if len(entities) > 12 else ""
        rows.append(
            f"<tr>{_TH}→ {html.escape(relation.replace('_', ' '))}</th>{_TD}{names}{more}</td></tr>"
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
    if isinstance(value, Matches):
        return matches_html(value)
    if isinstance(value, Related):
        return related_html(value)
    if isinstance(value, Troika):
        return troika_html(value)
    if isinstance(value, ResultsOn):
        return records_on_html(value)
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


def matches_html(matches: Sequence[Any]) -> str:
    """Search results: score, name, kind, and how the text matched."""
    if not matches:
        return "<em>nothing matches</em>"
    head = "".join(f"{_TH}{name}</th>" for name in ("score", "name", "kind", "how", "matched"))
    body = "".join(
        f"<tr>{_TD}{m.score:.2f}</td>{_TD}{html.escape(m.entity.name)}</td>"
        f"{_TD}{html.escape(m.kind.label)}</td>{_TD}{html.escape(m.how)}</td>"
        f"{_TD}{html.escape(m.matched)}</td></tr>"
        for m in matches
    )
    return f"<table style='{_STYLE}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def related_html(related: dict[str, tuple[Any, ...]]) -> str:
    """What ``related()`` found: one row per relation, the entities' names."""
    if not related:
        return "<em>nothing related</em>"
    rows = "".join(
        f"<tr>{_TH}{html.escape(name.replace('_', ' '))}</th>"
        f"{_TD}{html.escape(', '.join(e.name for e in entities))}</td></tr>"
        for name, entities in related.items()
    )
    return f"<table style='{_STYLE}'><tbody>{rows}</tbody></table>"


def troika_html(troika: Troika) -> str:
    """The Troika of a year: previous, current and next, with their Chairpersons."""
    rows = []
    for offset, label, chair in zip(
        (-1, 0, 1), ("previous", "current", "next"), troika, strict=True
    ):
        year = troika.year + offset
        if chair is None:
            cells = f"{_TD}{year}</td>{_TD}<em>none recorded</em></td>{_TD}</td>"
        else:
            people = html.escape(", ".join(p.name for p in chair.chairpersons))
            cells = f"{_TD}{year}</td>{_TD}{html.escape(chair.state.name)}</td>{_TD}{people}</td>"
        rows.append(f"<tr>{_TH}{label}</th>{cells}</tr>")
    head = f"<tr><th></th>{_TH}year</th>{_TH}State</th>{_TH}Chairperson</th></tr>"
    return f"<table style='{_STYLE}'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def records_on_html(records: ResultsOn[Any]) -> str:
    """The records of a query about one day, each by the name it used that day."""
    if not records:
        return f"<em>none on {records.day}</em>"
    kind_of = Organization.schema.kind_of
    body = "".join(
        f"<tr>{_TD}{html.escape(getattr(r, 'name_on', lambda _d: None)(records.day) or r.name)}"
        f"</td>{_TD}{html.escape(kind_of(r).label)}</td>{_TD}{html.escape(str(r.id))}</td></tr>"
        for r in records[:_MAX_ROWS]
    )
    more = "" if len(records) <= _MAX_ROWS else f"<p>… {len(records) - _MAX_ROWS} more</p>"
    head = f"<tr>{_TH}name on {records.day}</th>{_TH}kind</th>{_TH}id</th></tr>"
    caption = f"<caption>{len(records)} on {records.day}</caption>"
    return (
        f"<table style='{_STYLE}'>{caption}<thead>{head}</thead><tbody>{body}</tbody></table>{more}"
    )
