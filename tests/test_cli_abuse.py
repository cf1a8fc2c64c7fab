"""The command line under abuse: closed pipes and streams, full disks, odd locales, Ctrl-C,
bad arguments; and the polish around it (--version, JSON errors, parse --jsonl)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from osce_model.cli import main

SEED = Path(__file__).parent / "fixtures" / "seed-press-release.txt"
COMMAND = [sys.executable, "-m", "osce_model"]


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONIOENCODING", "LC_"))}
    env.update(extra)
    return env


@pytest.mark.parametrize(
    "args", [["states"], ["operations", "--json"], ["search", "Serbia"]], ids=" ".join
)
def test_a_reader_that_goes_away_ends_quietly(args: list[str]) -> None:
    """`osce-model … | head -1`: a closed pipe ends the command without a traceback."""
    process = subprocess.Popen(
        [*COMMAND, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_environment()
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written
    err = process.stderr.read().decode()
    process.stderr.close()
    process.wait()
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err


def test_parse_stdin_closed_and_dev_full() -> None:
    """parse - with stdin closed, and output to /dev/full, fail with one line each."""
    closed = subprocess.run(
        ["sh", "-c", 'exec "$0" -m osce_model parse - <&-', sys.executable],
        capture_output=True,
        text=True,
        check=False,
        env=_environment(),
    )
    assert closed.returncode == 1
    assert closed.stderr == "osce-model: -: standard input is closed\n"
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*COMMAND, "states"], stdout=full, stderr=subprocess.PIPE, text=True, check=False
        )
    assert result.returncode == 1
    assert result.stderr == "osce-model: No space left on device\n"


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_output_is_utf8_whatever_the_locale(encoding: str) -> None:
    """Names such as "Sinirlioğlu" print as UTF-8 under PYTHONIOENCODING=ascii or cp1252."""
    result = subprocess.run(
        [*COMMAND, "overview", "--on", "2026-11-28"],
        capture_output=True,
        check=False,
        env=_environment(PYTHONIOENCODING=encoding, LC_ALL="C"),
    )
    assert result.returncode == 0, result.stderr
    assert "Sinirlioğlu" in result.stdout.decode("utf-8")


def test_ctrl_c_exits_130_with_one_line() -> None:
    """SIGINT during a command: exit 130 and one line on stderr, no traceback."""
    script = (
        "import importlib, os, signal, sys\n"
        "cli = importlib.import_module('osce_model.cli.main')\n"
        "cli.bundled = lambda: os.kill(os.getpid(), signal.SIGINT)\n"
        "sys.exit(cli.main(['overview']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stderr) == (130, "osce-model: interrupted\n")


def test_a_negative_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """search --limit -1 exits 2 with a usage message, not "nothing matches"."""
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "Serbia", "--limit", "-1"])
    assert exit_info.value.code == 2
    assert "--limit: must be at least 1, not -1" in capsys.readouterr().err


def test_version_names_the_package_and_the_data(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and the data's date."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("osce-model ")
    assert "(data as of 2026-11-28)" in out


def test_errors_under_json_are_json(capsys: pytest.CaptureFixture[str]) -> None:
    """Under --json, a miss and a usage error are one JSON object on stderr."""
    assert main(["show", "Narnia", "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert json.loads(err)["error"]["type"] == "NotFoundError"
    with pytest.raises(SystemExit):
        main(["--json", "search", "x", "--limit", "0"])
    error = json.loads(capsys.readouterr().err)["error"]
    assert error["type"] == "UsageError"
    assert "--limit" in error["message"]


def test_years_outside_the_data_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    """chair 1990 says the data starts in 1991; troika 1800 is one line, not three."""
    assert main(["chair", "1990"]) == 1
    assert capsys.readouterr().err.startswith(
        "osce-model: no Chairpersonship in 1990: the data covers 1991–"
    )
    assert main(["troika", "1800"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "1799–1801" in err
    assert main(["troika", "1991"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0] == "previous: 1990 none (before the first, in 1991)"
    )


def test_parse_jsonl_writes_what_corpus_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """parse --jsonl > file.jsonl, then corpus file.jsonl reads the same releases."""
    assert main(["parse", str(SEED), "--jsonl"]) == 0
    lines = capsys.readouterr().out
    assert all(json.loads(line)["id"] for line in lines.splitlines())
    corpus = tmp_path / "parsed.jsonl"
    corpus.write_text(lines, encoding="utf-8")
    assert main(["corpus", str(corpus), "--json"]) == 0
    read_back = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in read_back] == [json.loads(line)["id"] for line in lines.splitlines()]
    assert read_back == [json.loads(line) for line in lines.splitlines()]


def test_operations_by_a_host_that_hosts_none(capsys: pytest.CaptureFixture[str]) -> None:
    """--host Germany lists nothing; a typo is an error with a suggestion."""
    assert main(["operations", "--host", "Germany"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["operations", "--host", "Germny"]) == 1
    assert "did you mean 'Germany'" in capsys.readouterr().err
