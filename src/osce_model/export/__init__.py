"""The presentation layer: DataFrames, the graph, the figure and HTML for Jupyter."""

from __future__ import annotations
