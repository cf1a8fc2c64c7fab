"""Loading a data directory: one clear DataError per kind of bad input, never a half result."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import osce_model
from osce_model import DataError
from osce_model.loading import load_directory

# A small valid partners.yaml to break in the cases below (your own words, not osce.org text).
PARTNER = """\
- id: japan
  name: Japan
  iso2: "JP"
  iso3: "JPN"
  group: asian
  sources: [https://example.org/japan]
"""


def _partner(**changes: str) -> str:
    text = PARTNER
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


# file stem, its text, then what the message must say: file:line, field path, detail
BAD_INPUTS = [
    (
        "yaml syntax error",
        "partners",
        "- id: japan\n  name: [Japan\n",
        r"partners\.yaml:3",
        r"",
        r"invalid YAML",
    ),
    (
        "wrong type",
        "partners",
        _partner(**{'iso2: "JP"': "iso2: 12"}),
        r"partners\.yaml:3",
        r"\[0\]\.iso2",
        r"expected a string, got int 12",
    ),
    (
        "extra key",
        "partners",
        PARTNER + "  capital: Tokyo\n",
        r"partners\.yaml:7",
        r"\[0\]\.capital",
        r"unknown key 'capital'",
    ),
    (
        "missing key",
        "partners",
        _partner(**{'  iso3: "JPN"\n': ""}),
        r"partners\.yaml:1",
        r"\[0\]\.iso3",
        r"missing required key 'iso3'",
    ),
    (
        "unknown reference",
        "chairpersonships",
        "- year: 2024\n  state: atlantis\n  sources: [https://example.org/x]\n",
        r"chairpersonships\.yaml:2",
        r"\[0\]\.state",
        r"unknown participating State or former "
        r"participating State 'atlantis'",
    ),
    (
        "duplicate id",
        "partners",
        PARTNER + PARTNER.replace("Japan", "Nippon"),
        r"partners\.yaml:7",
        r"\[1\]\.id",
        r"duplicate id 'japan'",
    ),
    (
        "unquoted NO",
        "partners",
        _partner(**{'iso2: "JP"': "iso2: NO"}),
        r"partners\.yaml:3",
        r"\[0\]\.iso2",
        r"the boolean False .*quote",
    ),
    (
        "bad enum",
        "partners",
        _partner(**{"group: asian": "group: pacific"}),
        r"partners\.yaml:5",
        r"\[0\]\.group",
        r"expected one of \['asian', 'mediterranean'\]",
    ),
    (
        "date that does not exist",
        "partners",
        PARTNER + "  partner_since: 2023-02-30\n",
        r"partners\.yaml:7",
        r"",
        r"'2023-02-30' is not a valid date",
    ),
    (
        "duplicate key in a mapping",
        "partners",
        PARTNER + "  name: Nippon\n",
        r"partners\.yaml:7",
        r"",
        r"duplicate key 'name' \(first on line 2\)",
    ),
    (
        "not a list",
        "partners",
        "id: japan\n",
        r"partners\.yaml:1",
        r"",
        r"expected a list of records, got MarkedDict|expected a list",
    ),
    ("empty file", "partners", "", r"partners\.yaml:1", r"", r"is empty"),
    ("missing file", "partners", None, r"partners\.yaml", r"", r"file not found"),
    (
        "closed before established",
        "field_operations",
        "- id: x\n  name: Mission to Nowhere\n  host: serbia\n  established: 2001-01-01\n"
        "  closed: 2000-01-01\n  sources: [https://example.org/x]\n",
        r"field_operations\.yaml:1",
        r"\[0\]\.closed",
        r"closed 2000-01-01 is before established",
    ),
    (
        "duplicate alias across records",
        "partners",
        PARTNER
        + PARTNER.replace("japan", "nippon")
        .replace("Japan", "Nippon")
        .replace('"JP"', '"JQ"')
        .replace('"JPN"', '"JQN"')
        + "  aliases: [Japan]\n",
        r"partners\.yaml:7",
        r"\[1\]\.alias",
        r"the alias 'Japan' also names 'Japan'",
    ),
]


@pytest.mark.parametrize(
    ("stem", "text", "where", "path", "detail"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_gives_one_located_data_error(
    data_tree: Callable[..., Path], stem: str, text: str | None, where: str, path: str, detail: str
) -> None:
    """Each kind of bad input is a DataError naming file, line, field and what is wrong."""
    root = data_tree(**{stem: text})
    with pytest.raises(DataError) as caught:
        load_directory(root)
    message = str(caught.value)
    assert re.search(where, message), message
    assert re.search(path, message), message
    assert re.search(detail, message), message
    assert isinstance(caught.value, ValueError)


def test_data_error_exposes_its_location(data_tree: Callable[..., Path]) -> None:
    """The first problem's file, line and path are attributes too."""
    root = data_tree(partners=_partner(**{'iso2: "JP"': "iso2: NO"}))
    with pytest.raises(DataError) as caught:
        osce_model.load(root)
    error = caught.value
    assert (error.file, error.line, error.path) == ("partners.yaml", 3, "[0].iso2")


def test_every_problem_is_reported_at_once(data_tree: Callable[..., Path]) -> None:
    """Problems in several records and files all appear in one error."""
    root = data_tree(
        partners=_partner(**{'iso2: "JP"': "iso2: 1"}) + "  colour: red\n",
        territories="- id: kosovo\n  sources: []\n",
    )
    with pytest.raises(DataError) as caught:
        load_directory(root)
    messages = [str(p) for p in caught.value.problems]
    assert any("partners.yaml:3 [0].iso2" in m for m in messages), messages
    assert any("[0].colour: unknown key" in m for m in messages), messages
    assert any("territories.yaml:1 [0].name: missing required key" in m for m in messages)


def test_a_failed_record_does_not_cascade(data_tree: Callable[..., Path]) -> None:
    """A reference to a record that failed is not reported again as unknown."""
    text = (osce_model.bundled_data_dir() / "participating_states.yaml").read_text("utf-8")
    text = text.replace('iso2: "RS"', "iso2: 7")
    root = data_tree(participating_states=text)
    with pytest.raises(DataError) as caught:
        load_directory(root)
    messages = "\n".join(str(p) for p in caught.value.problems)
    assert "expected a string, got int 7" in messages
    assert "unknown participating State" not in messages


def test_a_directory_is_loaded_like_the_bundled_data(data_tree: Callable[..., Path]) -> None:
    """An unchanged copy of the data loads to an equal organisation, not the same object."""
    loaded = osce_model.load(data_tree())
    assert loaded == osce_model.load()
    assert loaded is not osce_model.load()


def test_the_default_is_built_once() -> None:
    """load() returns the same object every time."""
    assert osce_model.load() is osce_model.load()


def test_a_user_directory_can_correct_a_fact(data_tree: Callable[..., Path]) -> None:
    """Loading corrected data leaves the bundled default as it was."""
    text = (osce_model.bundled_data_dir() / "partners.yaml").read_text("utf-8")
    root = data_tree(partners=text.replace("name: Japan", "name: Nippon"))
    assert osce_model.load(root).partners["JP"].name == "Nippon"
    assert osce_model.load().partners["JP"].name == "Japan"


def test_not_a_directory(tmp_path: Path) -> None:
    """A root that is not a directory is a DataError."""
    with pytest.raises(DataError, match="is not a directory"):
        osce_model.load(tmp_path / "nowhere")
