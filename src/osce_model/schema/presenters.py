"""Where presentation plugs in: records and collections show themselves through these hooks.

Records and collections sit below the presentation layer (HTML cards, DataFrames, the graph)
and never import it. They call the hooks here instead, which the package face fills with
functions that import the presentation modules on first use. A hook left empty raises
:class:`NotImplementedError`, naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["Presenters", "presenters"]


class Presenters:
    """The presentation hooks; one instance, :data:`presenters`, filled by ``osce_model``."""

    __slots__ = (
        "dataframe",
        "graph",
        "html_record",
        "html_records",
        "html_value",
        "membership_panel",
        "membership_periods",
        "tables",
    )

    def __init__(self) -> None:
        self.html_record: Callable[[Any], str] | None = None
        self.html_records: Callable[[Sequence[Any], str | None], str] | None = None
        self.html_value: Callable[[Any], str] | None = None
        self.dataframe: Callable[[Sequence[Any]], Any] | None = None
        self.graph: Callable[[Any], Any] | None = None
        # Organization -> DataFrame(s): the membership tables and the normalised tables.
        self.membership_periods: Callable[[Any], Any] | None = None
        self.membership_panel: Callable[..., Any] | None = None
        self.tables: Callable[[Any], Any] | None = None

    def get(self, name: str) -> Callable[..., Any]:
        """The hook ``name``; NotImplementedError if nothing installed it."""
        hook: Callable[..., Any] | None = getattr(self, name)
        if hook is None:
            raise NotImplementedError(f"no presenter is installed for {name!r}")
        return hook


presenters = Presenters()
