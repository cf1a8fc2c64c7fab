"""Query results: a tuple of records that also turns into a DataFrame or an HTML table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ..schema.presenters import presenters

if TYPE_CHECKING:
    import pandas

__all__ = ["Results"]

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
