"""The press-release collection, indexed for filtering by issuer, field, State and date."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection as AbcCollection
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..schema.keys import keys_of, normalize
from ..schema.records import Chairpersonship, FieldOfWork, ParticipatingState, PressRelease
from .collections import Collection
from .results import Results

if TYPE_CHECKING:
    from ..schema.kinds import Kind

__all__ = ["PressReleases"]


def _issuer_key(issuer: Any) -> str:
    if isinstance(issuer, str):
        return "text:" + normalize(issuer)
    return f"{type(issuer).__name__}:{issuer.id}"


class PressReleases(Collection[PressRelease]):
    """Press releases, in data order, with indexed :meth:`filter`."""

    __slots__ = ("_by_field", "_by_issuer", "_by_state", "_dated", "_issuer_names")

    _by_issuer: dict[str, tuple[int, ...]]
    _by_field: dict[str, tuple[int, ...]]
    _by_state: dict[str, tuple[int, ...]]
    _dated: tuple[tuple[_dt.date, int], ...]
    _issuer_names: dict[str, frozenset[str]]

    def __init__(self, records: Iterable[PressRelease], *, kind: Kind[Any, Any]) -> None:
        super().__init__(records, kind=kind)
        by_issuer: dict[str, list[int]] = {}
        by_field: dict[str, list[int]] = {}
        by_state: dict[str, list[int]] = {}
        dated: list[tuple[_dt.date, int]] = []
        issuer_names: dict[str, set[str]] = {}
        for position, release in enumerate(self._records):
            for issuer in release.issuers:
                key = _issuer_key(issuer)
                positions = by_issuer.setdefault(key, [])
                if not positions:  # first time this issuer is seen: index its names
                    for text, _how in _issuer_keys(issuer):
                        issuer_names.setdefault(normalize(text), set()).add(key)
                positions.append(position)
            for field in release.fields_of_work:
                by_field.setdefault(field.id, []).append(position)
            for state in release.mentioned_states:
                by_state.setdefault(state.id, []).append(position)
            if release.date is not None:
                dated.append((release.date, position))
        dated.sort()
        object.__setattr__(self, "_by_issuer", {k: tuple(v) for k, v in by_issuer.items()})
        object.__setattr__(self, "_by_field", {k: tuple(v) for k, v in by_field.items()})
        object.__setattr__(self, "_by_state", {k: tuple(v) for k, v in by_state.items()})
        object.__setattr__(self, "_dated", tuple(dated))
        object.__setattr__(
            self, "_issuer_names", {k: frozenset(v) for k, v in issuer_names.items()}
        )

    def filter(
        self,
        *,
        issuer: object = None,
        field_of_work: object = None,
        mentions: object = None,
        since: _dt.date | None = None,
        until: _dt.date | None = None,
        text: str | None = None,
    ) -> Results[PressRelease]:
        """The releases matching every criterion given, in data order.

        ``issuer`` is an issuer record or its name (a unit, institution, field operation,
        Chairpersonship, or the text of an unrecognised issuer); ``field_of_work`` a
        :class:`FieldOfWork` or its id; ``mentions`` a :class:`ParticipatingState` or its id;
        ``since``/``until`` bound the date (inclusive; undated releases never match a bound);
        ``text`` is matched, normalised, against title and body.
        """
        # Each criterion gives the positions it allows, from an index; the smallest set is
        # intersected with the others. Only ``text`` scans, and only what the others left.
        allowed: list[AbcCollection[int]] = []
        if issuer is not None:
            allowed.append(self._issuer_positions(issuer))
        if field_of_work is not None:
            key = field_of_work.id if isinstance(field_of_work, FieldOfWork) else str(field_of_work)
            allowed.append(
                self._by_field.get(key, ())
                or self._by_field.get(normalize(key).replace(" ", "-"), ())
            )
        if mentions is not None:
            key = mentions.id if isinstance(mentions, ParticipatingState) else str(mentions)
            allowed.append(
                self._by_state.get(key, ())
                or self._by_state.get(normalize(key).replace(" ", "-"), ())
            )
        if since is not None or until is not None:
            import bisect  # here, not at import time: the cold start does not need it

            low = 0 if since is None else bisect.bisect_left(self._dated, (since, -1))
            high = (
                len(self._dated)
                if until is None
                else bisect.bisect_right(self._dated, (until, len(self._records)))
            )
            allowed.append({position for _, position in self._dated[low:high]})
        records = self._records
        if not allowed:
            found = list(records)
        elif len(allowed) == 1 and isinstance(allowed[0], tuple):  # already in data order
            found = [records[p] for p in allowed[0]]
        else:
            allowed.sort(key=len)
            common = set(allowed[0]).intersection(*allowed[1:])
            found = [records[p] for p in sorted(common)]
        if text is not None:
            needle = normalize(text)
            found = [r for r in found if needle in normalize(r.title + " " + r.body)]
        return Results(found)

    def _issuer_positions(self, issuer: object) -> set[int]:
        if isinstance(issuer, str):
            keys: Iterable[str] = self._issuer_names.get(normalize(issuer), ())
        else:
            keys = (_issuer_key(issuer),)
        return {position for key in keys for position in self._by_issuer.get(key, ())}


def _issuer_keys(issuer: Any) -> list[tuple[str, str]]:
    if isinstance(issuer, str):
        return [(issuer, "name")]
    keys = keys_of(issuer)
    if isinstance(issuer, Chairpersonship):  # "Chairpersonship" names every year's
        keys.append(("Chairpersonship", "name"))
    return keys
