"""The osce-model command: overview, look-ups, JSON, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import osce_model
from osce_model.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_overview_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    """With no command it prints counts, the Chairpersonship, operations and institutions."""
    code, out, _ = run(capsys)
    assert code == 0
    assert "57 participating States, 11 Partners for Co-operation" in out
    code, out, _ = run(capsys, "overview", "--on", "2026-11-28")
    assert "Chairpersonship 2026: Switzerland" in out
    assert "data as of" in out
    assert "Active field operations (12):" in out
    assert "Mission in Kosovo" in out
    assert "Office for Democratic Institutions and Human Rights (ODIHR) — Warsaw" in out


def test_overview_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints one JSON document with the counts."""
    code, out, _ = run(capsys, "overview", "--json", "--on", "2026-11-28")
    assert code == 0
    data = json.loads(out)
    assert data["counts"]["participating_states"] == 57
    assert len(data["active_field_operations"]) == 12


def test_states_on_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    """states --on counts the States of that day, by the names then used."""
    code, out, _ = run(capsys, "states", "--on", "1975-08-01")
    assert code == 0
    assert out.startswith("35 participating States on 1975-08-01")
    assert "Union of Soviet Socialist Republics" in out


def test_chair_and_troika(capsys: pytest.CaptureFixture[str]) -> None:
    """chair and troika name the chairing States."""
    assert run(capsys, "chair", "2024")[1].startswith("2024: Malta")
    code, out, _ = run(capsys, "troika", "2025", "--json")
    assert code == 0
    assert json.loads(out)["previous"]["state"] == "malta"


def test_not_found_exits_1_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A miss exits 1 with a message on stderr and nothing on stdout."""
    code, out, err = run(capsys, "chair", "1980")
    assert (code, out) == (1, "")
    assert err.startswith("osce-model: no Chairpersonship in 1980: the data covers 1991–")


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A usage error exits 2."""
    with pytest.raises(SystemExit) as caught:
        main(["chair", "next-year"])
    assert caught.value.code == 2


def test_validate(capsys: pytest.CaptureFixture[str], data_tree: Callable[..., Path]) -> None:
    """validate exits 0 on good data and 1 with the located problem on bad data."""
    assert run(capsys, "validate", str(data_tree()))[0] == 0
    bad = data_tree(territories="- id: kosovo\n  name: Kosovo\n  sources: [x]\n  extra: 1\n")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1
    assert "territories.yaml:4 [0].extra: unknown key 'extra'" in err


def test_python_dash_m() -> None:
    """python -m osce_model runs the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "osce_model", "chair", "2025"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("2025: Finland")


def test_search_ranks_and_exits_1_on_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """search prints ranked matches, JSON with --json, and exits 1 when nothing matches."""
    code, out, _ = run(capsys, "search", "Kirgizstan", "--json")
    assert code == 0
    assert json.loads(out)[0]["id"] == "kyrgyzstan"
    code, out, err = run(capsys, "search", "Narnia")
    assert (code, out) == (1, "")
    assert "nothing in the OSCE model matches 'Narnia'" in err


def test_parse_and_corpus_through_main(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """parse FILE --json prints the release; corpus DIR --stats reads a saved corpus."""
    from osce_model.press.corpus import save_corpus_yaml

    seed = Path(__file__).parent / "fixtures" / "seed-press-release.txt"
    code, out, _ = run(capsys, "parse", str(seed), "--json")
    assert code == 0
    (release,) = json.loads(out)
    assert release["date"] == "2016-06-03"
    assert release["fields_of_work"] == ["policing"]
    from osce_model import load

    save_corpus_yaml(load().press_releases, tmp_path / "corpus")
    code, out, _ = run(capsys, "corpus", str(tmp_path / "corpus"), "--stats")
    assert code == 0
    assert "1" in out


@pytest.mark.parametrize(
    "command",
    [
        "overview",
        "states",
        "partners",
        "operations",
        "chair",
        "troika",
        "show",
        "search",
        "parse",
        "corpus",
        "validate",
    ],
)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    """--help works on every command and exits 0."""
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert "--json" in capsys.readouterr().out


def test_show_reads_like_a_card(capsys: pytest.CaptureFixture[str]) -> None:
    """show prints fields by name, terms with dates, and the related entities."""
    code, out, _ = run(capsys, "show", "odihr")
    assert code == 0
    assert out.startswith("Office for Democratic Institutions and Human Rights (Institution)")
    assert "    - Janez Lenarčič, Director (2008-07-01 – 2014-06-30)" in out
    assert "(2024-12-06 – in office)" in out
    code, out, _ = run(capsys, "show", "Serbia")
    assert "  → hosts: Mission to Serbia" in out
    code, _, err = run(capsys, "show", "Narnia")
    assert code == 1
    assert "nothing in the OSCE model is named 'Narnia'" in err


def test_citation_names_this_version() -> None:
    """CITATION.cff gives the package's version and licence."""
    import yaml

    citation = Path(__file__).parent.parent / "CITATION.cff"
    if not citation.is_file():
        pytest.skip("CITATION.cff is not in a wheel")
    data = yaml.safe_load(citation.read_text("utf-8"))
    assert data["version"] == osce_model.__version__
    assert data["license"] == "MIT"
    assert data["cff-version"] == "1.2.0"


def test_show_sources_lists_every_fact_with_its_status(capsys: pytest.CaptureFixture[str]) -> None:
    """show --sources prints each fact with its status, precision, sources and alternatives;
    with --json, one object per fact; both agree with the library's claims."""
    code, out, _ = run(capsys, "show", "Montenegro", "--sources")
    assert code == 0
    assert "  participating_since: 2006-06-21 (disputed)" in out
    assert "    other value: 2006-06-22" in out
    code, out, _ = run(
        capsys, "show", "Court of Conciliation and Arbitration", "--sources", "--json"
    )
    facts = json.loads(out)
    court = osce_model.load().institutions["Court of Conciliation and Arbitration"]
    assert [f["fact"] for f in facts] == [
        c.where for c in osce_model.load().claims() if c.record is court
    ]
    badinter = next(f for f in facts if f["fact"] == "heads[0]")
    assert (badinter["precision"], badinter["status"]) == ("year", "stated")
