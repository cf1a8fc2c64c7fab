"""No input makes the library hang, run code, corrupt the shared default or fail unclearly."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import osce_model
from osce_model import DataError
from osce_model.storage.loader import load_directory

BILLION_LAUGHS = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
            for i in range(8)
        ),
    ]
)


def test_alias_bomb_is_rejected(data_tree: Callable[..., Path]) -> None:
    """A billion-laughs file is refused at its first alias, before any expansion."""
    root = data_tree(partners=BILLION_LAUGHS)
    with pytest.raises(DataError, match="anchors and aliases are not allowed"):
        load_directory(root)


def test_python_tags_run_nothing(data_tree: Callable[..., Path], tmp_path: Path) -> None:
    """A !!python tag is rejected and its code never runs."""
    marker = tmp_path / "ran"
    payload = f"- !!python/object/apply:os.system ['touch {marker}']\n"
    with pytest.raises(DataError, match="is not allowed"):
        load_directory(data_tree(partners=payload))
    assert not marker.exists()


def test_size_limit_rejects_before_parsing(data_tree: Callable[..., Path]) -> None:
    """A file over the limit is refused from its size alone (a 300 MB sparse file here)."""
    root = data_tree()
    with open(root / "partners.yaml", "r+b") as handle:
        handle.truncate(300 * 1024 * 1024)
    with pytest.raises(DataError, match=r"partners\.yaml: is 314572800 bytes, over the limit"):
        load_directory(root)


def test_size_limit_is_configurable(data_tree: Callable[..., Path]) -> None:
    """max_bytes lowers (or raises) the limit."""
    with pytest.raises(DataError, match="over the limit of 100 bytes"):
        osce_model.load(data_tree(), max_bytes=100)


def test_a_directory_where_a_file_should_be(data_tree: Callable[..., Path]) -> None:
    """A directory in a file's place is a DataError naming it."""
    root = data_tree(partners=None)
    (root / "partners.yaml").mkdir()
    with pytest.raises(DataError, match=r"partners\.yaml: is a directory"):
        load_directory(root)


def test_a_failed_load_leaves_the_default_intact(data_tree: Callable[..., Path]) -> None:
    """After a DataError the bundled default is the same, complete object."""
    before = osce_model.load()
    with pytest.raises(DataError):
        osce_model.load(data_tree(partners="- {id: x}\n"))
    assert osce_model.load() is before
    assert len(before.partners) == 11


def test_immutability(data_tree: Callable[..., Path]) -> None:
    """Records, collections and the organisation refuse changes."""
    org = osce_model.load()
    with pytest.raises(AttributeError):
        org.data_as_of = None  # type: ignore[assignment]
    with pytest.raises(AttributeError):
        del org.partners
    with pytest.raises(AttributeError):
        org.partners._kind = "x"
    with pytest.raises(AttributeError):
        org.partners["JP"].group = None  # type: ignore[misc,assignment]
    with pytest.raises(TypeError):
        org.partners["JP"].aliases[0] = "x"  # type: ignore[index]


FRESH_INTERPRETER = """
import threading, osce_model
from osce_model.storage import _generated as _bundled
calls = []
original = _bundled.build
def counting_build():
    calls.append(1)
    return original()
_bundled.build = counting_build
barrier = threading.Barrier(32)
results = []
def worker():
    barrier.wait()
    results.append(osce_model.load())
threads = [threading.Thread(target=worker) for _ in range(32)]
for t in threads: t.start()
for t in threads: t.join()
print(len(results), len({id(r) for r in results}), len(calls))
"""


def test_32_threads_get_one_organisation_built_once() -> None:
    """Concurrent first calls to load() in a fresh interpreter share one build."""
    result = subprocess.run(
        [sys.executable, "-c", FRESH_INTERPRETER], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["32", "1", "1"]


NO_SURPRISES = """
import sys
events = []
def hook(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        events.append(event)
    mode = args[1] if event == "open" and len(args) > 1 else None
    if isinstance(mode, str) and set(mode) & set("wax+"):
        events.append(f"write {args[0]}")
sys.addaudithook(hook)
import osce_model
from osce_model.cli import main
org = osce_model.load()
org.search("Kirgizstan")
org.participating_states["no"]
osce_model.load(osce_model.bundled_data_dir())
main(["overview"])
print("EVENTS", events)
"""


def test_no_network_and_no_writes() -> None:
    """Loading, searching and the CLI open no socket and write no file."""
    result = subprocess.run(
        [sys.executable, "-c", NO_SURPRISES],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.stdout.splitlines()[-1] == "EVENTS []"
