"""Shared fixtures: the organisation, its YAML-loaded twin, and tiny data trees for bad input."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import osce_model
from osce_model import Organization
from osce_model.storage.loader import load_directory

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def yaml_org() -> Organization:
    """The bundled data loaded from its YAML files (the slow, validating path)."""
    return load_directory(osce_model.bundled_data_dir())


@pytest.fixture(scope="session")
def org() -> Organization:
    """The bundled organisation. The YAML path builds an equal one (tests/test_bundled.py), and
    both build their look-up indices from the records alike, so tests run on this one only."""
    return osce_model.load()


@pytest.fixture
def data_tree(tmp_path: Path) -> Callable[..., Path]:
    """A copy of the bundled data in tmp_path, with some files replaced by the given texts."""

    made: list[None] = []

    def make(**files: str | bytes | None) -> Path:
        made.append(None)
        root = tmp_path / f"data{len(made)}"
        shutil.copytree(osce_model.bundled_data_dir(), root)
        for stem, content in files.items():
            path = root / f"{stem}.yaml"
            if content is None:
                path.unlink()
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make
