"""A figure of the membership over time (the optional extra ``osce-model[plot]``, matplotlib)."""

from __future__ import annotations

import datetime as _dt
import io
from typing import TYPE_CHECKING, Any

from ..errors import require

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..organization.organization import Organization

__all__ = ["membership_timeline"]


def _change_days(org: Organization) -> list[_dt.date]:
    days = {
        s.participating_since for s in [*org.participating_states, *org.former_participating_states]
    }
    for former in org.former_participating_states:
        days.update(d for d in (former.participating_until, former.suspended_since) if d)
    return sorted(days)


class _PngOfFigure:
    """A figure's ``_repr_png_``: Jupyter shows the figure without ``%matplotlib inline``."""

    def __init__(self, figure: Figure) -> None:
        self.figure = figure

    def __call__(self) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=90)
        return buffer.getvalue()


def _spread(figure: Figure, labels: list[Any]) -> None:
    """Move each label away from the curve until it overlaps none placed before it (the
    changes of 1991–92 are days apart), joined to its point by a thin line."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    canvas: Any = FigureCanvasAgg(figure)
    canvas.draw()  # lay the axes out first: the labels' places depend on it
    renderer = canvas.get_renderer()
    placed: list[Any] = []
    for label in labels:
        dx, dy = label.xyann
        step = 9 if dy > 0 else -9
        for _ in range(12):
            box = Text.get_window_extent(label, renderer)  # the text, not its line
            if not any(box.overlaps(other) for other in placed):
                break
            dy += step
            label.xyann = (dx, dy)
        placed.append(Text.get_window_extent(label, renderer))


def membership_timeline(
    org: Organization | None = None, *, until: _dt.date | None = None
) -> Figure:
    """Participating States by date, with admissions and departures marked, and the chairs.

    The upper panel steps at every day membership changed; the lower one names the chairing
    State of each year. Returns the matplotlib Figure, which Jupyter shows as a PNG (its
    ``_repr_png_``) whatever the matplotlib backend; changes close together (1991–92) are
    labelled at rising heights.
    """
    require("matplotlib", feature="membership_timeline()", extra="plot")
    from matplotlib.figure import Figure

    from ..storage.bundled import bundled

    org = org or bundled()
    end = until or org.data_as_of
    days = [d for d in _change_days(org) if d <= end]
    counts = [len(org.participating_states_on(d)) for d in days]
    figure = Figure(figsize=(11, 5.5), layout="constrained")
    top, bottom = figure.subplots(2, 1, sharex=True, height_ratios=(4, 1))
    top.step([*days, end], [*counts, counts[-1]], where="post", color="#1f4e79")
    labels = []
    for day, count, before in zip(days, counts, [0, *counts], strict=False):
        change = count - before
        if change and day.year > 1975:
            labels.append(
                top.annotate(
                    f"{change:+d}",
                    (day, count),
                    textcoords="offset points",
                    xytext=(0, 6 if change > 0 else -12),
                    ha="center",
                    fontsize=7,
                    arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.5},
                    bbox={"boxstyle": "square,pad=0.05", "facecolor": "white", "edgecolor": "none"},
                )
            )
    top.set_ylim(top.get_ylim()[0] - 2, top.get_ylim()[1] + 3)
    _spread(figure, labels)
    top.set_ylabel("participating States")
    top.set_title(f"OSCE participating States, 1975–{end.year} (data as of {org.data_as_of})")
    top.grid(alpha=0.3)
    chairs: Any = list(org.chairpersonships)
    for chair in chairs:
        start = _dt.date(chair.year, 1, 1)
        bottom.barh(
            0, 365, left=start, height=0.8, color="#9dc3e6" if chair.year % 2 else "#c5e0b4"
        )
        bottom.text(
            _dt.date(chair.year, 7, 1),
            0,
            chair.state.iso2
            if hasattr(chair.state, "iso2") and chair.state.iso2
            else chair.state.name[:2],
            ha="center",
            va="center",
            fontsize=6,
            rotation=90,
        )
    bottom.set_yticks([])
    bottom.set_ylabel("Chair")
    figure._repr_png_ = _PngOfFigure(figure)  # type: ignore[attr-defined]
    return figure
