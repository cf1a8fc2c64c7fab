"""The documentation: builds without a warning, and its examples run (see also .ci/run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).parent.parent / "docs"
README = DOCS.parent / "README.md"

pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="the docs are not in a wheel")


def test_docs_build_without_warnings(tmp_path: Path) -> None:
    """Sphinx reads and resolves the docs with warnings as errors (the "dummy" builder: every
    page read, every reference resolved, nothing written; .ci/run builds the HTML)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "dummy",
            str(DOCS),
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    provenance = (DOCS / "generated" / "provenance.md").read_text("utf-8")
    assert "participating_states" in provenance


def test_examples_in_docs_and_readme_run() -> None:
    """Every example in the Markdown docs and the README gives the output shown."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--doctest-glob=*.md",
            str(README),
            str(DOCS),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=DOCS.parent,
    )
    assert result.returncode == 0, result.stdout[-3000:]
