"""Convert a column of country names or codes: :func:`convert`, the analyst's daily tool.

Each distinct value is resolved once, then the answers are laid back in place, so a column of
100,000 values costs a dictionary look-up per value (bench/bench_convert.py). A value is found
by anything the collections accept (id, ISO codes, name, alias, former name), by an ISO-style
inverted name ("Moldova, Republic of", "Iran (Islamic Republic of)") and by a numeric code
where the records carry one. Nothing is ever matched to the nearest name unless ``fuzzy=True``
asks for it, and then the report says so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

from ..errors import AmbiguousKeyError
from ..schema.keys import keys_of, name_variants, normalize
from ..schema.records import Partner
from ..schema.when import DayLike, as_day
from ..storage.bundled import bundled

if TYPE_CHECKING:
    from ..organization.organization import Organization

__all__ = ["DEFAULT_KINDS", "NUMERIC_CODE_FIELDS", "ConversionReport", "convert"]

# Where a country is looked for unless ``kinds=`` says otherwise.
DEFAULT_KINDS = (
    "participating_states",
    "former_participating_states",
    "partners",
    "former_partners",
    "territories",
)
# Fields that hold numeric codes (ISO 3166-1 numeric, UN M49), where the records have them.
NUMERIC_CODE_FIELDS = ("iso_numeric", "m49")
# How well a fuzzy match must score, and how it may have matched, to be accepted.
_FUZZY_MIN_SCORE = 0.7
_FUZZY_HOW = ("fuzzy", "prefix", "alias", "name", "former name", "code", "id", "acronym")


@attrs.frozen(kw_only=True)
class ConversionReport:
    """What a :func:`convert` call did: how many values it converted and which it did not.

    ``not_found`` and ``ambiguous`` list each distinct value once, in order of first
    appearance; ``fuzzy`` pairs each value matched only by ``fuzzy=True`` with the name it was
    taken for: check those by eye.
    """

    total: int
    converted: int
    missing: int
    not_found: tuple[object, ...] = ()
    ambiguous: tuple[tuple[object, tuple[str, ...]], ...] = ()
    fuzzy: tuple[tuple[object, str], ...] = ()

    @property
    def ok(self) -> bool:
        """Whether every value that was not missing was converted, none of them fuzzily."""
        return not (self.not_found or self.ambiguous or self.fuzzy)

    def __str__(self) -> str:
        lines = [
            f"{self.converted} of {self.total} values converted, {self.missing} missing, "
            f"{len(self.not_found)} distinct not found, {len(self.ambiguous)} ambiguous, "
            f"{len(self.fuzzy)} fuzzy"
        ]
        lines.extend(f"  not found: {value!r}" for value in self.not_found)
        lines.extend(
            f"  ambiguous: {value!r} ({', '.join(names)})" for value, names in self.ambiguous
        )
        lines.extend(f"  fuzzy: {value!r} -> {name!r}" for value, name in self.fuzzy)
        return "\n".join(lines)


class _Index:
    """Every key of the records of some kinds, normalised, to the one entity it names."""

    def __init__(self, org: Organization, kinds: Sequence[str]) -> None:
        collections = org.collections()
        names: dict[str, list[Any]] = {}
        numeric: dict[int, list[Any]] = {}
        self.classes: set[type] = set()
        for kind in kinds:
            for record in collections[kind]:
                self.classes.add(type(record))
                entity = _entity(record)
                for text, _how in keys_of(record):
                    _add(names, normalize(text), entity)
                for field in NUMERIC_CODE_FIELDS:
                    code = _as_number(getattr(record, field, None))
                    if code is not None:
                        _add(numeric, code, entity)
        self.names = names
        self.numeric = numeric
        self.kinds = tuple(kinds)
        self.org = org


def _entity(record: Any) -> Any:
    # A former Partner that became a participating State is that State.
    if isinstance(record, Partner) and record.became_participating_state is not None:
        return record.became_participating_state
    return record


def _add(index: dict[Any, list[Any]], key: object, entity: Any) -> None:
    if key == "":
        return
    found = index.setdefault(key, [])
    if not any(e is entity for e in found):
        found.append(entity)


def _as_number(value: object) -> int | None:
    """A numeric code as an int: 276, "276", "040", 40.0; None for anything else."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        return int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else None
    try:  # a NumPy integer
        import operator

        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        return None


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


class _Resolver:
    """Resolves distinct values once each, remembering what it found and what it did not."""

    def __init__(self, index: _Index, fuzzy: bool) -> None:
        self.index = index
        self.fuzzy = fuzzy
        self.not_found: dict[object, None] = {}
        self.ambiguous: dict[object, tuple[str, ...]] = {}
        self.fuzzy_matches: dict[object, str] = {}

    def resolve(self, value: object) -> Any:
        number = None if isinstance(value, str) and not value.strip().isdigit() else value
        code = _as_number(number)
        if code is not None:
            return self._one(value, self.index.numeric.get(code, []))
        if not isinstance(value, str):
            self.not_found[_hashable(value)] = None
            return None
        for variant in name_variants(value):
            found = self.index.names.get(normalize(variant))
            if found:
                return self._one(value, found)
        if self.fuzzy:
            return self._fuzzy(value)
        self.not_found[value] = None
        return None

    def _one(self, value: object, found: list[Any]) -> Any:
        if len(found) == 1:
            return found[0]
        if found:
            self.ambiguous[_hashable(value)] = tuple(e.name for e in found)
        else:
            self.not_found[_hashable(value)] = None
        return None

    def _fuzzy(self, value: str) -> Any:
        try:
            matches = self.index.org.search(value, limit=5)
        except (TypeError, AmbiguousKeyError):
            matches = []
        for match in matches:
            if (
                match.kind.collection in self.index.kinds
                and match.how in _FUZZY_HOW
                and match.score >= _FUZZY_MIN_SCORE
            ):
                entity = _entity(match.entity)
                self.fuzzy_matches[value] = entity.name
                return entity
        self.not_found[value] = None
        return None


def _hashable(value: object) -> object:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


_ALIASES = {"m49": "iso_numeric"}


def _has_field(cls: type, name: str) -> bool:
    """Whether records of ``cls`` have a value called ``name``: a field or a property."""
    if name.startswith("_"):
        return False
    return name in attrs.fields_dict(cls) or isinstance(getattr(cls, name, None), property)


def _output(entity: Any, to: str, on: Any) -> object:
    if to == "record":
        return entity
    if to == "name_on":
        name_on = getattr(entity, "name_on", None)
        return name_on(on) if name_on is not None else entity.name
    return getattr(entity, to, None)


@overload
def convert(
    values: Any,
    to: str = ...,
    *,
    on: DayLike | None = ...,
    kinds: Iterable[str] = ...,
    fuzzy: bool = ...,
    not_found: object = ...,
    report: Literal[False] = ...,
    org: Organization | None = ...,
) -> Any: ...


@overload
def convert(
    values: Any,
    to: str = ...,
    *,
    on: DayLike | None = ...,
    kinds: Iterable[str] = ...,
    fuzzy: bool = ...,
    not_found: object = ...,
    report: Literal[True],
    org: Organization | None = ...,
) -> tuple[Any, ConversionReport]: ...


def convert(
    values: Any,
    to: str = "iso3",
    *,
    on: DayLike | None = None,
    kinds: Iterable[str] = DEFAULT_KINDS,
    fuzzy: bool = False,
    not_found: object = None,
    report: bool = False,
    org: Organization | None = None,
) -> Any:
    """Convert country names or codes to ``to``: "id", "name", "iso2", "iso3", "name_on"
    (the name used on the day ``on``), "record", or any other field of the records
    ("iso_numeric", "wikidata"… where the data has them).

    ``values`` is a list, a tuple, a NumPy array or a pandas Series (which comes back as a
    Series with the same index); a single str converts to a single value. Missing values
    (None, NaN, ``pandas.NA``) pass through unchanged; a value that names nothing among
    ``kinds`` (by default States, former States, Partners and territories), or several things,
    becomes ``not_found``: nothing raises part-way. With ``report=True`` the result comes with
    a :class:`ConversionReport` of what was not found, ambiguous or matched only fuzzily.
    """
    org = bundled() if org is None else org
    kinds = tuple(kinds)
    known = org.collections()
    unknown = [kind for kind in kinds if kind not in known]
    if unknown or not kinds:
        raise ValueError(
            f"kinds must name collections of the organisation, not {unknown or kinds!r}; "
            f"choose among {', '.join(known)}"
        )
    index: _Index = org._cached(f"convert:{','.join(kinds)}", lambda: _Index(org, kinds))
    # The UN M49 code of a country is its ISO 3166-1 numeric code (docs/data-format.md).
    to = _ALIASES.get(to, to)
    day = None
    if to == "name_on":
        if on is None:
            raise ValueError('to="name_on" needs the day: convert(..., to="name_on", on=...)')
        day = as_day(on, param="on")
    elif to != "record" and not any(_has_field(cls, to) for cls in index.classes):
        raise ValueError(
            f"to={to!r} is no field of the records of {', '.join(kinds)}: use 'id', 'name', "
            "'iso2', 'iso3', 'name_on', 'record' or another field"
        )

    if isinstance(values, (str, int)) and not isinstance(values, bool):
        converted, conversion = _convert_all([values], to, day, index, fuzzy, not_found)
        return (converted[0], conversion) if report else converted[0]

    series_type = type(values)
    module = series_type.__module__
    items: list[Any] = values.tolist() if hasattr(values, "tolist") else list(values)
    converted, conversion = _convert_all(items, to, day, index, fuzzy, not_found)
    result: Any = converted
    if module.startswith("pandas") and series_type.__name__ == "Series":
        import pandas

        result = pandas.Series(converted, index=values.index, name=values.name, dtype=object)
    elif module == "numpy" and series_type.__name__ == "ndarray":
        import numpy

        result = numpy.empty(len(converted), dtype=object)
        result[:] = converted
        result = result.reshape(values.shape)
    elif isinstance(values, tuple):
        result = tuple(converted)
    return (result, conversion) if report else result


def _convert_all(
    items: list[Any],
    to: str,
    day: Any,
    index: _Index,
    fuzzy: bool,
    not_found: object,
) -> tuple[list[Any], ConversionReport]:
    resolver = _Resolver(index, fuzzy)
    memo: dict[object, object] = {}
    miss = object()
    converted: list[Any] = []
    append = converted.append
    missing = 0
    found = 0
    for value in items:
        try:
            answer = memo.get(value, miss)
        except TypeError:  # an unhashable value
            answer = miss
            value = repr(value)
        if answer is miss:
            if _is_missing(value):
                missing += 1
                append(value)
                continue
            entity = resolver.resolve(value)
            answer = miss if entity is None else _output(entity, to, day)
            memo[value] = answer
        if answer is miss:
            append(not_found)
        else:
            found += 1
            append(answer)
    conversion = ConversionReport(
        total=len(items),
        converted=found,
        missing=missing,
        not_found=tuple(resolver.not_found),
        ambiguous=tuple(resolver.ambiguous.items()),
        fuzzy=tuple(resolver.fuzzy_matches.items()),
    )
    return converted, conversion
