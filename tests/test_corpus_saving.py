"""Nothing lost: atomic saves, manifests, text that is not Unicode, and the fast JSON decoder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import osce_model
from osce_model import DataError, PressRelease
from osce_model.press.corpus import fast_decoder, load_corpus, save_corpus_jsonl, save_corpus_yaml
from osce_model.storage.plain import to_dict

ORG = osce_model.load()
SERBIA = ORG.participating_states["serbia"]


def made(count: int, prefix: str = "old") -> list[PressRelease]:
    return [
        PressRelease(
            id=f"{prefix}-{n}",
            title=f"Release {n}",
            content_type="News",
            mentioned_states=(SERBIA,),
            body="Some words. " * 20,
        )
        for n in range(count)
    ]


def lone_surrogate() -> PressRelease:
    return PressRelease(id="bad", title="Broken \ud800 text", content_type="News")


# -- atomic saves ------------------------------------------------------------------------------


def test_a_failed_jsonl_save_leaves_the_previous_file(tmp_path: Path) -> None:
    """A release that cannot be written stops the save, and the old file is untouched."""
    path = tmp_path / "corpus.jsonl"
    save_corpus_jsonl(made(3), path)
    before = path.read_bytes()
    with pytest.raises(DataError, match=r"release 'bad': title holds a lone surrogate \(U\+D800\)"):
        save_corpus_jsonl([*made(2, "new"), lone_surrogate()], path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.jsonl"]  # no temporary file left


def test_a_failed_yaml_save_leaves_nothing(tmp_path: Path) -> None:
    """A YAML save that fails leaves neither the directory nor its staging copy."""
    with pytest.raises(DataError, match="lone surrogate"):
        save_corpus_yaml([*made(2), lone_surrogate()], tmp_path / "corpus")
    assert list(tmp_path.iterdir()) == []


# The child saves, tells the parent half-way, then waits: the parent kills it with SIGKILL.
CHILD = textwrap.dedent(
    """
    import sys
    import osce_model
    from osce_model import PressRelease
    from osce_model.press import corpus

    target, form = sys.argv[1], sys.argv[2]

    def pause():
        print("half-way", flush=True)
        sys.stdin.readline()  # killed while waiting here

    def releases():
        for n in range(200):
            if n == 100 and form == "jsonl":
                pause()
            yield PressRelease(id=f"new-{n}", title="New", content_type="News", body="x" * 500)

    if form == "jsonl":
        corpus.save_corpus_jsonl(releases(), target)
    else:
        write, written = corpus._write_synced, []

        def write_then_pause(path, data):
            write(path, data)
            written.append(path)
            if len(written) == 100:
                pause()

        corpus._write_synced = write_then_pause
        corpus.save_corpus_yaml(releases(), target)
    """
)


def kill_half_way(target: Path, form: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target), form],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "half-way\n"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert child.stdin is not None
    child.stdin.close()
    child.stdout.close()


def test_killed_jsonl_writer_leaves_the_previous_corpus(tmp_path: Path) -> None:
    """kill -9 in the middle of a JSON Lines save: the previous corpus loads intact."""
    path = tmp_path / "corpus.jsonl"
    previous = made(5)
    save_corpus_jsonl(previous, path)
    kill_half_way(path, "jsonl")
    assert load_corpus(path, org=ORG) == tuple(previous)


def test_killed_yaml_writer_leaves_no_partial_corpus(tmp_path: Path) -> None:
    """kill -9 in the middle of a YAML save: no corpus directory appears, none is partial."""
    target = tmp_path / "corpus"
    kill_half_way(target, "yaml")
    assert not target.exists()
    (staging,) = tmp_path.iterdir()  # the staging copy, hidden, never read as the corpus
    assert staging.name.startswith(".corpus.")
    assert len(list(staging.glob("*.yaml"))) == 100
    with pytest.raises(DataError, match="not found"):
        load_corpus(target)


def test_a_partial_yaml_directory_is_an_error(tmp_path: Path) -> None:
    """Files missing from, or added to, a saved YAML corpus make loading it fail."""
    paths = save_corpus_yaml(made(4), tmp_path / "corpus")
    assert load_corpus(tmp_path / "corpus", org=ORG) == tuple(made(4))
    paths[2].unlink()
    with pytest.raises(DataError, match=r"incomplete: manifest\.json lists 4 releases, 1 of"):
        load_corpus(tmp_path / "corpus")
    paths[2].write_text(paths[1].read_text("utf-8"), encoding="utf-8")
    with pytest.raises(DataError, match=r"has the id 'old-1', but manifest\.json lists 'old-2'"):
        load_corpus(tmp_path / "corpus")
    (tmp_path / "corpus" / "9999-extra.yaml").write_text(paths[0].read_text("utf-8"), "utf-8")
    with pytest.raises(DataError, match=r"1 YAML files that manifest\.json does not list"):
        load_corpus(tmp_path / "corpus")


def test_a_yaml_save_needs_an_empty_place(tmp_path: Path) -> None:
    """save_corpus_yaml writes into a new or empty directory only."""
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"already holds files \('notes.txt'"):
        save_corpus_yaml(made(1), tmp_path)
    (tmp_path / "empty").mkdir()
    assert len(save_corpus_yaml(made(2), tmp_path / "empty")) == 2


# -- text that is not Unicode -------------------------------------------------------------------


@pytest.mark.parametrize("decoder", ["auto", "pure"])
def test_lone_surrogates_are_refused_on_loading(tmp_path: Path, decoder: str) -> None:
    """An escaped lone surrogate in JSON Lines is a DataError at its line, by either decoder."""
    path = tmp_path / "corpus.jsonl"
    good = json.dumps(to_dict(made(1)[0]))
    bad = json.dumps({**to_dict(made(1, "new")[0]), "body": "a \ud800 b"})
    pair = json.dumps({**to_dict(made(1, "ok")[0]), "body": "\U0001f600"})  # escaped pair: fine
    path.write_text(f"{good}\n{bad}\n{pair}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"corpus\.jsonl:2 body: .*lone surrogate \(U\+D800\)"):
        load_corpus(path, decoder=decoder)


def test_lone_surrogates_are_refused_in_yaml(tmp_path: Path) -> None:
    """A YAML escape for a lone surrogate is refused like the JSON one."""
    (tmp_path / "a.yaml").write_text(
        'id: a\ntitle: "A \\ud800"\ncontent_type: News\n', encoding="utf-8"
    )
    with pytest.raises(DataError, match=r"a\.yaml:2: invalid YAML.*invalid Unicode"):
        load_corpus(tmp_path)


# -- the fast decoder against the pure one ------------------------------------------------------

BASE = json.dumps(to_dict(made(1)[0]), ensure_ascii=False)
EDITS = st.sampled_from(
    [
        ("", ""),
        ('"id":', '"id": "dup", "id":'),
        ('"title":', '"title" :'),
        ('"title":', '"title"\t:'),
        ('"title":', '"title" \t :'),
        ('"title":', '"title"  :'),
        ('"id":', '"id": "dup", "id" \t:'),
        ('"id":', '"\\u0069d":'),
        ('"body": "', '"body": "\\ud800'),
        ('"body": "', '"body": "\\ud83d\\ude00 \\": '),
        ('"serbia"', '"serbia", "serbia"'),
        ('"serbia"', "1e999"),
        ('"serbia"', "123456789012345678901234567890"),
        ('"News"', "NaN"),
        ('"mentioned_states":', '"issuers": [{"text": "a", "text": "b"}], "mentioned_states":'),
        ('"mentioned_states":', '"issuers": [{"secretariat": "secretariat"}], "mentioned_states":'),
        ("{", "{\ufeff"),
        ("}", "} x"),
    ]
)


@pytest.mark.skipif(fast_decoder() is None, reason="no fast JSON decoder installed")
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(st.lists(EDITS, max_size=3), min_size=1, max_size=4))
def test_fast_decoder_loads_what_the_pure_one_loads(
    lines: list[list[tuple[str, str]]], tmp_path: Path
) -> None:
    """Both decoders give the same releases, or the same problems, on any edited lines."""
    texts = []
    for number, edits in enumerate(lines):
        text = BASE.replace('"old-0"', f'"old-{number}"')
        for old, new in edits:
            text = text.replace(old, new, 1)
        texts.append(text)
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(texts) + "\n", encoding="utf-8", errors="surrogatepass")
    outcomes: list[Any] = []
    for decoder in ("auto", "pure"):
        try:
            outcomes.append(load_corpus(path, org=ORG, decoder=decoder))
        except DataError as exc:
            outcomes.append([(p.line, p.path, p.message) for p in exc.problems])
    assert outcomes[0] == outcomes[1]


def test_decoder_must_be_known(tmp_path: Path) -> None:
    """An unknown decoder name is a ValueError, not a silent default."""
    with pytest.raises(ValueError, match="decoder must be 'auto' or 'pure'"):
        load_corpus(tmp_path, decoder="fastest")


@pytest.mark.parametrize("block", [1, 7, 64, 1 << 20])
@pytest.mark.parametrize("decoder", ["auto", "pure"])
def test_lines_are_found_across_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int, decoder: str
) -> None:
    """Lines split over blocks, longer than a block or without a final newline load the same."""
    from osce_model.press import corpus

    path = tmp_path / "corpus.jsonl"
    releases = made(4)
    save_corpus_jsonl(releases, path)
    path.write_bytes(path.read_bytes().rstrip(b"\n"))  # no newline after the last line
    monkeypatch.setattr(corpus, "_BLOCK", block)
    assert load_corpus(path, org=ORG, decoder=decoder) == tuple(releases)
