"""Bad data is refused with a clear DataError, and long but valid chains stay cheap.

The reproducers of the reliability review (issue 15), each written as a tiny data tree.
"""

from __future__ import annotations

import copy
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import osce_model
from osce_model import DataError, NotFoundError, Organization
from osce_model.storage.loader import load_directory

KOSOVO = "- id: kosovo\n  name: Kosovo\n  sources: [https://example.org/k]\n"


def territory(**fields: str) -> str:
    """A territories.yaml holding Kosovo and one more territory with ``fields``."""
    extra = "".join(f"  {key}: {value}\n" for key, value in fields.items())
    return KOSOVO + "- sources: [https://example.org/t]\n" + extra


BAD = [
    (
        "an id shared with a State",
        {"territories": territory(id="albania", name="Arbëria")},
        r"territories.yaml:4 \[1\].id: the id 'albania' also names the participating State",
    ),
    (
        "an alias shared with a State",
        {"territories": territory(id="elsewhere", name="Elsewhere", aliases="[Serbia]")},
        r"the alias 'Serbia' also names the participating State 'Serbia'",
    ),
    (
        "a year of 0",
        {"chairpersonships": "- year: 0\n  state: finland\n  sources: [https://x.org]\n"},
        r"chairpersonships.yaml:1 \[0\]: the year 0 is not plausible",
    ),
    (
        "a year in base 60",
        {"chairpersonships": "- year: 33:31:20\n  state: finland\n  sources: [https://x.org]\n"},
        r"chairpersonships.yaml:1: invalid YAML: '33:31:20' is not an integer in decimal digits",
    ),
    (
        "a year of 4,000 digits",
        {"chairpersonships": "- year: " + "1" * 4000 + "\n  state: finland\n  sources: [x]\n"},
        r"an integer of 4000 digits is too long",
    ),
    (
        "a date without dashes",
        {
            "summits": "- {id: s, name: S, city: C, host: finland, start: '19910619',"
            " end: 1991-06-20, sources: [https://x.org]}\n"
        },
        r"summits.yaml:1 \[0\].start: expected a date YYYY-MM-DD, got '19910619'",
    ),
    (
        "a week date",
        {
            "summits": "- {id: s, name: S, city: C, host: finland, start: '1991-W25-3',"
            " end: 1991-06-20, sources: [https://x.org]}\n"
        },
        r"expected a date YYYY-MM-DD, got '1991-W25-3'",
    ),
    (
        "no sources",
        {"territories": KOSOVO + "- {id: t, name: T, sources: []}\n"},
        r"territories.yaml:4 \[1\].sources: needs at least one source",
    ),
    (
        "a bell in a name",
        {"territories": territory(id="t", name='"Bell\\a"')},
        r"the name 'Bell\\x07' holds the invisible or control character U\+0007",
    ),
    (
        "a right-to-left override",
        {"territories": territory(id="t", name='"T\\u202Eo"')},
        r"U\+202E",
    ),
    (
        "a line separator in an alias",
        {"territories": territory(id="t", name="T", aliases='["a\\u2028b"]')},
        r"U\+2028",
    ),
]


@pytest.mark.parametrize(("case", "files", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_data_is_refused(
    data_tree: Callable[..., Path], case: str, files: dict[str, str], message: str
) -> None:
    """Each bad value is a DataError naming file, line, field and value."""
    with pytest.raises(DataError, match=message):
        load_directory(data_tree(**files))


def test_a_cycle_is_reported_as_a_cycle(data_tree: Callable[..., Path]) -> None:
    """Two former States each the predecessor of the other: "a cycle", not "unknown"."""
    text = (Path(osce_model.bundled_data_dir()) / "former_participating_states.yaml").read_text(
        encoding="utf-8"
    )
    text += (
        "- {id: a, name: A, participating_since: 1975-08-01, predecessors: [b],"
        " sources: [https://x.org]}\n"
        "- {id: b, name: B, participating_since: 1975-08-01, predecessors: [a],"
        " sources: [https://x.org]}\n"
    )
    with pytest.raises(DataError) as caught:
        load_directory(data_tree(former_participating_states=text))
    assert "a cycle of references: 'a' -> 'b' -> 'a'" in str(caught.value)
    assert "unknown" not in str(caught.value)


def test_a_secretariat_without_a_root_is_a_clear_error(data_tree: Callable[..., Path]) -> None:
    """An empty secretariat.yaml loads, and root() says there is none (no StopIteration)."""
    org = load_directory(data_tree(secretariat="[]\n", press_releases="[]\n"))
    with pytest.raises(NotFoundError, match="has no root"):
        org.secretariat.root()


CHAIN = 3000


@pytest.fixture(scope="module")
def chained(tmp_path_factory: pytest.TempPathFactory) -> Organization:
    """An organisation with 3,000 field operations, each the predecessor of the next, and
    3,000 Secretariat units, each inside the one before."""
    root = tmp_path_factory.mktemp("chain") / "data"
    import shutil

    shutil.copytree(osce_model.bundled_data_dir(), root)
    ops: list[str] = []
    for i in range(CHAIN):
        before = f"[op{i - 1}]" if i else "[]"
        ops.append(
            f"- {{id: op{i}, name: Operation {i}, host: finland, established: 2000-01-01,"
            f" predecessors: {before}, sources: [https://x.org]}}\n"
        )
    (root / "field_operations.yaml").write_text("".join(ops), encoding="utf-8")
    units = ["- {id: u0, name: Unit 0, parent: null, sources: [https://x.org]}\n"]
    units.extend(
        f"- {{id: u{i}, name: Unit {i}, parent: u{i - 1}, sources: [https://x.org]}}\n"
        for i in range(1, CHAIN)
    )
    (root / "secretariat.yaml").write_text("".join(units), encoding="utf-8")
    (root / "press_releases.yaml").write_text("[]\n", encoding="utf-8")
    return load_directory(root)


def test_long_chains_hash_compare_and_pickle_without_recursion(chained: Organization) -> None:
    """hash, ==, in, pickle and deepcopy of the end of a long chain do not recurse."""
    limit = sys.getrecursionlimit()
    last = chained.field_operations[f"op{CHAIN - 1}"]
    deepest = chained.secretariat[f"u{CHAIN - 1}"]
    assert limit < CHAIN
    for record in (last, deepest):
        assert hash(record) == hash(record)
        assert record == copy.deepcopy(record)
        again = pickle.loads(pickle.dumps(record))
        assert again == record
    assert last in chained.field_operations
    assert pickle.loads(pickle.dumps(chained)) == chained


def test_long_chains_are_walked_from_an_index(chained: Organization) -> None:
    """Successors, predecessors, ancestors and related() of a long chain answer fully."""
    first = chained.field_operations["op0"]
    assert len(chained.successors(first)) == CHAIN - 1
    assert len(chained.predecessors(chained.field_operations[f"op{CHAIN - 1}"])) == CHAIN - 1
    assert len(chained.secretariat.ancestors(f"u{CHAIN - 1}")) == CHAIN - 1
    assert chained.related(first)["succeeded_by"] == (chained.field_operations["op1"],)


def test_a_link_out_of_the_directory_is_not_followed(
    data_tree: Callable[..., Path], tmp_path: Path
) -> None:
    """A data file that links outside the root is refused, and nothing of its target quoted."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:the secret first line\n", encoding="utf-8")
    root = data_tree()
    (root / "territories.yaml").unlink()
    (root / "territories.yaml").symlink_to(secret)
    with pytest.raises(DataError, match=r"territories\.yaml: is a link out of the data") as caught:
        load_directory(root)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(
    "error",
    [
        DataError([osce_model.Problem("bad", file="f.yaml", line=3, path="[1].x")]),
        NotFoundError("no 'x'", key="x", suggestions=["y"]),
        osce_model.AmbiguousKeyError("two", key="k", candidates=("a", "b")),
        osce_model.ParseError("not a page"),
        osce_model.MissingExtraError("to_dataframe()", "pandas", "pandas"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_error_pickles_with_its_attributes(error: Exception) -> None:
    """Errors cross process boundaries (multiprocessing workers) whole."""
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    for name in ("problems", "key", "suggestions", "candidates", "feature", "package", "extra"):
        if hasattr(error, name):
            assert str(getattr(again, name)) == str(getattr(error, name)), name


def test_a_corpus_link_out_of_its_directory_is_not_followed(tmp_path: Path) -> None:
    """A YAML corpus whose file links elsewhere is refused, quoting nothing of the target."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:the secret first line\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "0001-x.yaml").symlink_to(secret)
    with pytest.raises(DataError, match="is a link out of the corpus directory") as caught:
        osce_model.load_corpus(corpus)
    assert "secret" not in str(caught.value).replace(str(tmp_path), "")


def test_the_command_line_refuses_devices_and_fifos(tmp_path: Path) -> None:
    """osce-model parse on /dev/zero or a FIFO answers at once, with one line, exit 1."""
    import os
    import subprocess

    targets = ["/dev/zero"] if Path("/dev/zero").exists() else []
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "page.txt"
        os.mkfifo(fifo)
        targets.append(str(fifo))
    for target in targets:
        done = subprocess.run(
            [sys.executable, "-m", "osce_model", "parse", target],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 1
        assert "is not a regular file" in done.stderr
        assert "Traceback" not in done.stderr
