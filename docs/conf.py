"""Sphinx configuration: Markdown pages (MyST), the API from docstrings, generated pages."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from _generate_pages import generate  # noqa: E402

import osce_model  # noqa: E402

project = "osce-model"
author = "osce-model developers"
copyright = "2026, osce-model developers"
release = osce_model.__version__
extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "README.md"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options: dict[str, object] = {}
nitpicky = False
html_theme = "alabaster"
html_static_path = ["_static"]
suppress_warnings = ["myst.header"]

generate(HERE)
