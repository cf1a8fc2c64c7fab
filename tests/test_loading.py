"""Loading a data directory: one clear DataError per kind of bad input, never a half result."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import osce_model
from osce_model import DataError
from osce_model.storage.loader import load_directory

# A small valid partners.yaml to break in the cases below (your own words, not osce.org text).
PARTNER = """\
- id: japan
  name: Japan
  iso2: "JP"
  iso3: "JPN"
  iso_numeric: "392"
  group: asian
  sources: [https://example.org/japan]
"""


def _partner(**changes: str) -> str:
    text = PARTNER
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


# file stem, its text, then what the message must say: file:line, field path, detail
# fmt: off
BAD_INPUTS = [
    ("yaml syntax error", "partners", "- id: japan\n  name: [Japan\n",
     r"partners\.yaml:3", r"", r"invalid YAML"),
    ("tab indentation", "partners", "- id: japan\n\tname: Japan\n",
     r"partners\.yaml:2", r"", r"invalid YAML.*tab character"),
    ("wrong type", "partners", _partner(**{"name: Japan": "name: 12"}),
     r"partners\.yaml:2", r"\[0\]\.name", r"expected a string, got int 12"),
    ("a boolean where a string belongs", "partners", _partner(**{"name: Japan": "name: no"}),
     r"partners\.yaml:2", r"\[0\]\.name", r"the boolean False .*quote"),
    ("extra key", "partners", PARTNER + "  capital: Tokyo\n",
     r"partners\.yaml:8", r"\[0\]\.capital", r"unknown key 'capital'"),
    ("missing key", "partners", _partner(**{'  iso3: "JPN"\n': ""}),
     r"partners\.yaml:1", r"\[0\]\.iso3", r"missing required key 'iso3'"),
    ("unknown reference", "chairpersonships",
     "- year: 2024\n  state: atlantis\n  sources: [https://example.org/x]\n",
     r"chairpersonships\.yaml:2", r"\[0\]\.state",
     r"unknown participating State or former participating State 'atlantis'"),
    ("duplicate id", "partners", PARTNER + PARTNER.replace("Japan", "Nippon"),
     r"partners\.yaml:8", r"\[1\]\.id", r"duplicate id 'japan'"),
    ("duplicate ISO code across records", "partners",
     PARTNER + PARTNER.replace("japan", "nippon").replace("Japan", "Nippon"),
     r"partners\.yaml:8", r"\[1\]\.code", r"the code 'JP' also names 'Japan'"),
    ("duplicate alias across records", "partners",
     PARTNER + PARTNER.replace("japan", "nippon").replace("Japan", "Nippon").replace(
         '"JP"', '"JQ"').replace('"JPN"', '"JQN"').replace('"392"', '"393"')
     + "  aliases: [Japan]\n",
     r"partners\.yaml:8", r"\[1\]\.alias", r"the alias 'Japan' also names 'Japan'"),
    ("duplicate key in one mapping", "partners", PARTNER + "  name: Nippon\n",
     r"partners\.yaml:8", r"", r"duplicate key 'name' \(first on line 2\)"),
    ("unquoted NO", "partners", _partner(**{'iso2: "JP"': "iso2: NO"}),
     r"partners\.yaml:3", r"\[0\]\.iso2",
     r"codes must be quoted: write iso2: \"NO\" \(unquoted, YAML 1\.1 reads NO as False\)"),
    ("unquoted no", "partners", _partner(**{'iso2: "JP"': "iso2: no"}),
     r"partners\.yaml:3", r"\[0\]\.iso2", r"write iso2: \"no\""),
    ("unquoted NA", "partners", _partner(**{'iso2: "JP"': "iso2: NA"}),
     r"partners\.yaml:3", r"\[0\]\.iso2", r"codes must be quoted: write iso2: \"NA\""),
    ("unquoted on", "partners", _partner(**{"name: Japan": "name: on"}),
     r"partners\.yaml:2", r"\[0\]\.name", r"the boolean True"),
    ("bad enum", "partners", _partner(**{"group: asian": "group: pacific"}),
     r"partners\.yaml:6", r"\[0\]\.group", r"expected one of \['asian', 'mediterranean'\]"),
    ("date that does not exist", "partners", PARTNER + "  partner_since: 2023-02-30\n",
     r"partners\.yaml:8", r"", r"'2023-02-30' is not a valid date"),
    ("date with a time", "partners", PARTNER + "  partner_since: 2023-02-03 10:00:00\n",
     r"partners\.yaml:8", r"\[0\]\.partner_since", r"expected a date without a time"),
    ("dates out of order", "field_operations",
     "- id: x\n  name: Mission to Nowhere\n  host: serbia\n  established: 2001-01-01\n"
     "  closed: 2000-01-01\n  sources: [https://example.org/x]\n",
     r"field_operations\.yaml:1", r"\[0\]\.closed", r"closed 2000-01-01 is before established"),
    ("not a list", "partners", "id: japan\n",
     r"partners\.yaml:1", r"", r"expected a list of records"),
    ("a record that is not a mapping", "partners", "- japan\n",
     r"partners\.yaml:1", r"\[0\]", r"expected a mapping \(a record\), got str 'japan'"),
    ("empty file", "partners", "", r"partners\.yaml:1", r"", r"is empty"),
    ("missing file", "partners", None, r"partners\.yaml", r"", r"file not found"),
    ("UTF-8 with a BOM", "partners", b"\xef\xbb\xbf" + PARTNER.encode(),
     r"partners\.yaml:1", r"", r"byte order mark"),
    ("Latin-1 bytes", "partners", PARTNER.replace("Japan", "Jap\xe1n").encode("latin-1"),
     r"partners\.yaml:2", r"", r"is not UTF-8 text \(byte 0xe1\)"),
    ("an alias", "partners", "- &j {id: japan}\n- *j\n",
     r"partners\.yaml:1", r"", r"anchors and aliases are not allowed"),
    ("a python tag", "partners", "- !!python/object/apply:os.system [echo hacked]\n",
     r"partners\.yaml:1", r"", r"the tag 'tag:yaml\.org,2002:python/object/apply:os\.system'"),
    ("an unknown local tag", "partners", "- !japan {id: japan}\n",
     r"partners\.yaml:1", r"", r"the tag '!japan' is not allowed"),
    ("nesting thousands of levels deep", "partners", "[" * 5000 + "]" * 5000 + "\n",
     r"partners\.yaml:1", r"", r"nesting deeper than 64 levels|exceeded maximum nesting depth"),
    ("block nesting a hundred levels deep", "partners", "- " * 100 + "x\n",
     r"partners\.yaml:1", r"", r"nesting deeper than 64 levels"),
]
# fmt: on


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
        partners=_partner(**{"name: Japan": "name: 1"}) + "  colour: red\n",
        territories="- id: kosovo\n  sources: []\n",
    )
    with pytest.raises(DataError) as caught:
        load_directory(root)
    messages = [str(p) for p in caught.value.problems]
    assert any("partners.yaml:2 [0].name: expected a string" in m for m in messages), messages
    assert any("[0].colour: unknown key" in m for m in messages), messages
    assert any("territories.yaml:1 [0].name: missing required key" in m for m in messages)


def test_a_failed_record_does_not_cascade(data_tree: Callable[..., Path]) -> None:
    """A reference to a record that failed is not reported again as unknown."""
    text = (osce_model.bundled_data_dir() / "participating_states.yaml").read_text("utf-8")
    text = text.replace('name: "Serbia"', "name: 7")
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


def test_discarded_organisations_are_collected(data_tree: Callable[..., Path]) -> None:
    """Five loads of a user's directory, each used (look-ups, relations, from_dict), leave no
    organisation alive once dropped, but the bundled one: caches die with their owner."""
    import gc
    import weakref

    from osce_model import Organization, from_dict

    def states_alive() -> int:
        gc.collect()
        return sum(type(o) is osce_model.ParticipatingState for o in gc.get_objects())

    root = data_tree()
    bundled = osce_model.load()
    before = states_alive()
    loaded: list[weakref.ref[Organization]] = []
    for _ in range(5):
        org = osce_model.load(root)
        assert org.participating_states["DE"].name == "Germany"
        assert org.related("Germany")
        assert from_dict({"id": "x", "name": "X", "sources": []}, osce_model.Territory, org=org)
        loaded.append(weakref.ref(org))
        del org
    assert states_alive() == before  # nor any of their records
    assert [ref() for ref in loaded] == [None] * 5
    assert bundled in Organization.alive()
