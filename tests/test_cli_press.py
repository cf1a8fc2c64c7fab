"""The press command handlers: parse pages and listings, and describe a corpus."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import osce_model
from osce_model.cli.press import corpus_command, parse_command
from osce_model.press.corpus import save_corpus_jsonl

PRESS = Path(__file__).parent / "fixtures" / "press"
SEED = Path(__file__).parent / "fixtures" / "seed-press-release.txt"


def parse(
    capsys: pytest.CaptureFixture[str], *files: str, as_json: bool = False
) -> tuple[int, str, str]:
    code = parse_command(osce_model.load(), argparse.Namespace(files=list(files), json=as_json))
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_prints_each_release(capsys: pytest.CaptureFixture[str]) -> None:
    """parse describes each page: id, title, type, date, place, issuers, fields, States."""
    code, out, err = parse(capsys, str(SEED), str(PRESS / "current-site.html"))
    assert (code, err) == (0, "")
    assert out.splitlines()[:6] == [
        "2016-06-03-head-of-osce-strategic-police-matters-unit-addresses-un-chiefs-of-police-summit",
        "  Head of OSCE Strategic Police Matters Unit addresses UN Chiefs of Police Summit in New "
        "York",
        "  Press release · 2016-06-03 · New York",
        "  issuers: Secretariat",
        "  fields of work: Policing",
        "  mentions: Croatia",
    ]
    assert "  issuers: Programme Office in Dushanbe" in out


def test_parse_json_reads_listings_too(capsys: pytest.CaptureFixture[str]) -> None:
    """parse --json prints one list; a listing file gives all its items."""
    code, out, _ = parse(capsys, str(PRESS / "listing.txt"), str(SEED), as_json=True)
    assert code == 0
    data = json.loads(out)
    assert len(data) == 5
    assert data[1]["issuers"] == [{"chairpersonship": 2021}, {"secretariat": "secretary-general"}]
    assert data[4]["date"] == "2016-06-03"


def test_parse_reports_bad_files_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file that fails is reported on stderr, the others still print, and the exit code is 1."""
    recipe = tmp_path / "recipe.txt"
    recipe.write_text("A recipe\nMix flour and eggs.", encoding="utf-8")
    code, out, err = parse(capsys, str(recipe), str(tmp_path / "missing.txt"), str(SEED))
    assert code == 1
    assert err.splitlines() == [
        f"osce-model: {recipe}: no label block (Date:, Place:, Source:…), no dateline and no "
        "mention of the OSCE: not an osce.org press release",
        f"osce-model: {tmp_path / 'missing.txt'}: file not found",
    ]
    assert "mentions: Croatia" in out


def test_corpus_statistics(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """corpus --stats counts releases, dates, types, issuers, fields and States."""
    org = osce_model.load()
    path = tmp_path / "corpus.jsonl"
    save_corpus_jsonl(org.press_releases, path)
    args = argparse.Namespace(path=str(path), stats=True, json=False)
    assert corpus_command(org, args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}: 1 press releases, 1 dated (2016-06-03 to 2016-06-03)"
    assert "issuers: Secretariat (1)" in out
    args.json = True
    assert corpus_command(org, args) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["mentioned_states"] == {"Croatia": 1}
    args.stats = False
    args.json = False
    assert corpus_command(org, args) == 0
    assert capsys.readouterr().out.startswith("2016-06-03  secretariat-244846  Head of OSCE")


def test_a_bad_corpus_raises_data_error(tmp_path: Path) -> None:
    """A corpus that does not load raises DataError, which the command line reports."""
    path = tmp_path / "corpus.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    args = argparse.Namespace(path=str(path), stats=True, json=False)
    with pytest.raises(osce_model.DataError, match=r"corpus\.jsonl:1"):
        corpus_command(osce_model.load(), args)


LISTING_WITH_DOTS = """\
Newsroom
First release title of our own
· Publishing date: 3 March 2021
· Content type: Press release
A short teaser about a meeting in Vienna.
Second release title of our own
· Publishing date: 4 March 2021
· Content type: News item
Another teaser, about Albania.
"""


@pytest.mark.parametrize(
    "name",
    [*sorted(p.name for p in PRESS.iterdir()), "listing-with-dots.txt", "seed"],
)
def test_cli_parse_agrees_with_the_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    """The command line reads every page exactly as parse_press_page does (it repeats no rule)."""
    if name == "seed":
        path = SEED
    elif name == "listing-with-dots.txt":
        path = tmp_path / name
        path.write_text(LISTING_WITH_DOTS, encoding="utf-8")
    else:
        path = PRESS / name
    expected = osce_model.parse_press_page(path.read_text(encoding="utf-8"))
    code, out, _ = parse(capsys, str(path), as_json=True)
    assert code == 0
    assert json.loads(out) == [json.loads(osce_model.dumps(r)) for r in expected]
    if name == "listing-with-dots.txt":
        assert [r.title for r in expected] == [
            "First release title of our own",
            "Second release title of our own",
        ]
