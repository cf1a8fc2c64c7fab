"""The generated fast path: never stale, equal to the YAML path, cheap to import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import osce_model
from osce_model import Organization
from osce_model.storage.generate import generate_source


def test_generated_module_is_not_stale(yaml_org: Organization) -> None:
    """_generated.py is what the YAML files generate (python -m osce_model.storage.generate)."""
    from osce_model.storage import _generated as _bundled

    assert Path(_bundled.__file__).read_text(encoding="utf-8") == generate_source(yaml_org)


def test_fast_path_equals_yaml_path(yaml_org: Organization) -> None:
    """Both load paths give equal organisations, collection by collection."""
    fast = osce_model.load()
    for name, coll in yaml_org.collections().items():
        assert tuple(getattr(fast, name)) == tuple(coll), name
    assert fast.data_as_of == yaml_org.data_as_of
    assert fast == yaml_org


def test_import_reads_nothing_and_the_hot_path_needs_no_cattrs_or_yaml() -> None:
    """A fresh interpreter imports the package and looks up a State without cattrs or PyYAML."""
    code = (
        "import sys, osce_model\n"
        "assert 'osce_model.storage._generated' not in sys.modules\n"
        "assert osce_model.load().participating_states['DE'].name == 'Germany'\n"
        "heavy = sorted(m for m in ('cattrs', 'yaml', 'difflib', 'importlib.metadata')"
        " if m in sys.modules)\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_data_as_of_is_exposed() -> None:
    """osce_model.DATA_AS_OF is the date of the bundled data."""
    assert osce_model.load().data_as_of == osce_model.DATA_AS_OF
