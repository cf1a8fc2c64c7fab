"""A crawl parsed on Dask gives the same Parquet files as the single-process path."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import osce_model
from osce_model.press.corpus import load_corpus

pytest.importorskip("pyarrow")
pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from osce_model.press.distributed import parse_crawl, parse_crawl_local  # noqa: E402

PAGES = sorted((Path(__file__).parent / "fixtures" / "press").glob("*.txt"))


def test_dask_crawl_is_the_local_crawl(tmp_path: Path) -> None:
    """On a LocalCluster the releases, their order and the failures are those of one process."""
    local = parse_crawl_local(PAGES, tmp_path / "local", pages_per_part=5)
    with (
        distributed.LocalCluster(
            n_workers=1, processes=False, threads_per_worker=2, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        spread = parse_crawl(PAGES, tmp_path / "dask", pages_per_part=5)
    assert [p.name for p in spread.parts] == [p.name for p in local.parts]
    assert spread.releases == local.releases > 0
    assert spread.failures == local.failures
    assert {Path(page).name for page, _ in local.failures} >= {"listing.txt"}
    loaded = [r for part in spread.parts for r in load_corpus(part)]
    assert loaded == [r for part in local.parts for r in load_corpus(part)]
    assert len(loaded) == spread.releases


def test_what_workers_receive_pickles_small() -> None:
    """The organisation and the parser travel to workers in well under a megabyte."""
    assert len(pickle.dumps(osce_model.load())) < 1_000_000
    assert len(pickle.dumps(osce_model.parse_press_release)) < 1_000


def test_an_empty_crawl(tmp_path: Path) -> None:
    """No pages give no parts, and a part size below one is refused."""
    assert parse_crawl([], tmp_path).releases == 0
    with pytest.raises(ValueError, match="pages_per_part must be at least 1"):
        parse_crawl_local(PAGES, tmp_path, pages_per_part=0)
