"""The package face: its names, lazy imports, the version and argument checks of load()."""

from __future__ import annotations

import importlib.metadata
import json
import warnings
from pathlib import Path

import pytest

import osce_model


def test_every_public_name_is_there_and_listed() -> None:
    """Every name in __all__ (kept sorted by ruff) resolves, once, and dir() shows them all."""
    assert len(set(osce_model.__all__)) == len(osce_model.__all__)
    for name in osce_model.__all__:
        assert getattr(osce_model, name) is not None, name
    assert set(osce_model.__all__) <= set(dir(osce_model))


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A misspelt name is an AttributeError that names it, not a lazy-import failure."""
    with pytest.raises(AttributeError, match="no attribute 'parse_pres_release'"):
        osce_model.parse_pres_release  # type: ignore[attr-defined]  # noqa: B018


def test_the_version_is_said_once() -> None:
    """The installed distribution's version is the package's __version__."""
    assert importlib.metadata.version("osce-model") == osce_model.__version__


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "64"])
def test_max_bytes_must_be_a_positive_integer(bad: object) -> None:
    """load(max_bytes=0) and other nonsense raise ValueError instead of using the default."""
    with pytest.raises(ValueError, match="max_bytes must be a positive integer"):
        osce_model.load(max_bytes=bad)  # type: ignore[arg-type]


def test_corpora_written_with_sources_for_issuers_still_load(tmp_path: Path) -> None:
    """A release saved by 0.1 (issuers under "sources") loads equal, with a DeprecationWarning
    that says what to rename; JSON Lines and YAML alike."""
    org = osce_model.load()
    (release,) = org.press_releases
    old = osce_model.to_dict(release)
    old["sources"] = old.pop("issuers")
    jsonl = tmp_path / "old.jsonl"
    jsonl.write_text(json.dumps(old, default=str) + "\n", encoding="utf-8")
    yaml_dir = tmp_path / "old"
    yaml_dir.mkdir()
    (yaml_dir / "0001.yaml").write_text(
        osce_model.dumps(release, format="yaml").replace("issuers:", "sources:"), encoding="utf-8"
    )
    for path in (jsonl, yaml_dir):
        with pytest.warns(DeprecationWarning, match="'sources' is now called 'issuers'"):
            assert osce_model.load_corpus(path) == (release,)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        new = tmp_path / "new.jsonl"
        osce_model.save_corpus_jsonl([release], new)
        assert osce_model.load_corpus(new) == (release,)
