"""Query results: a tuple of records that also turns into a DataFrame or an HTML table, and
the plain containers other queries return (search matches, related entities, the Troika),
which show themselves as HTML in Jupyter."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from ..schema.presenters import presenters

if TYPE_CHECKING:
    import pandas

__all__ = ["Matches", "Related", "Results", "ResultsOn", "Troika"]

T = TypeVar("T", covariant=True)


class Results(tuple[T, ...]):
    """The records a query found, in a meaningful order: a plain tuple, plus conveniences."""

    __slots__ = ()

    def to_dataframe(self) -> pandas.DataFrame:
        """The records as a pandas DataFrame (needs ``osce-model[pandas]``)."""
        return presenters.get("dataframe")(self)

    def _repr_html_(self) -> str:
        return presenters.get("html_records")(self, None)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"Results({tuple.__repr__(self)})"

    def __getnewargs__(self) -> tuple[Any, ...]:
        return (tuple(self),)


class ResultsOn(Results[T]):
    """The records a query about one ``day`` found (``participating_states_on``): a plain
    tuple whose HTML table shows the names used that day."""

    day: _dt.date

    def __new__(cls, records: Iterable[T], day: _dt.date) -> ResultsOn[T]:
        found = super().__new__(cls, records)
        found.day = day
        return found

    def __getnewargs__(self) -> tuple[Any, ...]:
        return (tuple(self), self.day)

    def _repr_html_(self) -> str:
        return presenters.get("html_value")(self)  # type: ignore[no-any-return]


class Matches(list[Any]):
    """What ``org.search`` returns: a plain list of matches that shows itself as a table."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return presenters.get("html_value")(self)  # type: ignore[no-any-return]


class Related(dict[str, Any]):
    """What ``org.related`` returns: a plain dict, relation name -> entities, shown as a table."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return presenters.get("html_value")(self)  # type: ignore[no-any-return]


class Troika(tuple[Any, ...]):
    """What ``org.troika`` returns: the previous, current and next Chairpersonships (a plain
    3-tuple, None where none is decided or existed), knowing its ``year``."""

    year: int

    def __new__(cls, chairs: tuple[Any, ...], year: int) -> Troika:
        troika = super().__new__(cls, chairs)
        troika.year = year
        return troika

    def __getnewargs__(self) -> tuple[Any, ...]:
        return (tuple(self), self.year)

    def _repr_html_(self) -> str:
        return presenters.get("html_value")(self)  # type: ignore[no-any-return]
