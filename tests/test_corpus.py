"""Press-release corpora: YAML directories and JSON Lines round-trip; bad records are located."""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import osce_model
from osce_model import DataError, Organization, PressRelease
from osce_model.press.corpus import load_corpus, save_corpus_jsonl, save_corpus_yaml
from osce_model.press.parsing import parse_press_listing, parse_press_page, parse_press_release

PRESS = Path(__file__).parent / "fixtures" / "press"


def parsed_fixtures(org: Organization) -> list[PressRelease]:
    releases = [
        release
        for path in sorted(PRESS.glob("*.txt"))
        if path.name != "listing.txt"
        for release in parse_press_page(path.read_text(encoding="utf-8"), org=org)
    ]
    releases += parse_press_listing((PRESS / "listing.txt").read_text(encoding="utf-8"), org=org)
    return [*org.press_releases, *releases]


def test_jsonl_round_trip(tmp_path: Path, org: Organization) -> None:
    """Saving to JSON Lines and loading back gives equal releases, in order."""
    releases = parsed_fixtures(org)
    path = tmp_path / "corpus.jsonl"
    assert save_corpus_jsonl(releases, path) == len(releases)
    assert path.read_text(encoding="utf-8").count("\n") == len(releases)
    assert load_corpus(path, org=org) == tuple(releases)


def test_yaml_round_trip(tmp_path: Path, org: Organization) -> None:
    """Saving to a YAML directory and loading back gives equal releases, in order."""
    releases = parsed_fixtures(org)
    paths = save_corpus_yaml(releases, tmp_path / "corpus")
    assert [p.name for p in paths][:2] == ["0001-secretariat-244846.yaml", paths[1].name]
    assert load_corpus(tmp_path / "corpus", org=org) == tuple(releases)
    assert load_corpus(paths[0], org=org) == (releases[0],)


def test_yaml_files_read_like_the_data(tmp_path: Path) -> None:
    """A stored release is plain YAML: ids for records, the body as a literal block."""
    release = parse_press_release((PRESS / "title-body.txt").read_text(encoding="utf-8"))
    (path,) = save_corpus_yaml([release], tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "mentioned_states:\n- kazakhstan\n- uzbekistan\n" in text
    assert "body: |-\n  VIENNA, 2 May – The OSCE" in text


def test_loaded_records_are_the_organisations(tmp_path: Path, org: Organization) -> None:
    """References resolve to the very records of the organisation given."""
    path = tmp_path / "corpus.jsonl"
    save_corpus_jsonl(org.press_releases, path)
    (release,) = load_corpus(path, org=org)
    assert release.issuers[0] is org.secretariat["secretariat"]
    assert release.mentioned_states[0] is org.participating_states["croatia"]


text_strategy = st.text(st.characters(codec="utf-8"), max_size=30)


@st.composite
def releases_strategy(draw: st.DrawFn) -> PressRelease:
    """Any press release over the bundled organisation's records."""
    org = osce_model.load()
    issuer = st.one_of(
        st.sampled_from(list(org.secretariat)),
        st.sampled_from(list(org.institutions)),
        st.sampled_from(list(org.field_operations)),
        st.sampled_from(list(org.chairpersonships)),
        text_strategy,
    )
    named = text_strategy.filter(str.strip)  # an id and a title are never blank
    return PressRelease(
        id=draw(named),
        title=draw(named),
        content_type=draw(text_strategy),
        date=draw(st.none() | st.dates()),
        place=draw(st.none() | text_strategy),
        dateline_city=draw(st.none() | text_strategy),
        issuers=tuple(draw(st.lists(issuer, max_size=3))),
        fields_of_work=tuple(
            draw(st.lists(st.sampled_from(list(org.fields_of_work)), max_size=3, unique=True))
        ),
        mentioned_states=tuple(
            draw(st.lists(st.sampled_from(list(org.participating_states)), max_size=3))
        ),
        body=draw(st.text(st.characters(codec="utf-8"), max_size=200)),
        url=draw(st.none() | text_strategy),
    )


corpora = st.lists(releases_strategy(), max_size=4, unique_by=lambda r: r.id)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases=corpora)
def test_any_corpus_round_trips(releases: list[PressRelease], tmp_path_factory: Any) -> None:
    """Any releases, with any text, come back equal from JSON Lines and from YAML."""
    where = tmp_path_factory.mktemp("corpus")
    save_corpus_jsonl(releases, where / "corpus.jsonl")
    assert load_corpus(where / "corpus.jsonl") == tuple(releases)
    save_corpus_yaml(releases, where / "yaml")
    assert load_corpus(where / "yaml") == tuple(releases)


# -- bad records -------------------------------------------------------------------------------

GOOD: dict[str, Any] = {
    "id": "a",
    "title": "A title",
    "content_type": "News",
    "date": "2020-05-01",
    "place": None,
    "dateline_city": None,
    "issuers": [{"institution": "odihr"}, {"text": "A ministry"}],
    "fields_of_work": ["elections"],
    "mentioned_states": ["albania"],
    "body": "Text.",
    "url": None,
}


def record(**changes: Any) -> dict[str, Any]:
    data = {**GOOD, **changes}
    return {key: value for key, value in data.items() if value is not ...}


# a bad record (placed on line 3 of the file), then what the message must say
# fmt: off
BAD_RECORDS: list[tuple[str, Any, str]] = [
    ("wrong type", record(title=12), r"title: expected a string, got int 12"),
    ("a boolean for a string", record(place=False), r"place: expected a string, got the boolean"),
    ("unknown key", record(extra=1), r"extra: unknown key 'extra'"),
    ("missing key", record(title=...), r"missing required key 'title'"),
    ("unknown field of work", record(fields_of_work=["astrology"]),
     r"fields_of_work\[0\]: unknown field of work 'astrology'"),
    ("unknown State", record(mentioned_states=["atlantis"]),
     r"mentioned_states\[0\]: unknown participating State or former participating State "
     r"'atlantis'"),
    ("a State by name, not id", record(mentioned_states=["Albania"]),
     r"unknown participating State or former participating State 'Albania'"),
    ("unknown Chairpersonship", record(issuers=[{"chairpersonship": 1980}]),
     r"issuers\[0\]: unknown Chairpersonship 1980"),
    ("unknown kind of issuer", record(issuers=[{"state": "albania"}]),
     r"issuers\[0\]: unknown kind of issuer 'state'"),
    ("bad date", record(date="2020-13-01"), r"date: expected a date YYYY-MM-DD, got '2020-13-01'"),
    ("not a record", [1, 2], r"expected a mapping \(one press release\), got a list"),
    ("a string", "text", r"expected a mapping \(one press release\), got str 'text'"),
]
# fmt: on


@pytest.mark.parametrize(("case", "bad", "message"), BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS])
def test_bad_jsonl_record(tmp_path: Path, case: str, bad: Any, message: str) -> None:
    """A bad record in JSON Lines names the file, the record's line and the field."""
    path = tmp_path / "corpus.jsonl"
    rows = [record(id="a"), record(id="b"), bad]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{path}:3") + ".*" + message) as caught:
        load_corpus(path)
    assert (caught.value.file, caught.value.line) == (str(path), 3)


@pytest.mark.parametrize(("case", "bad", "message"), BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS])
def test_bad_yaml_record(tmp_path: Path, case: str, bad: Any, message: str) -> None:
    """A bad record in a YAML directory names its file, a line and the field."""
    save_corpus_yaml([parse_press_release("OSCE title\nThe OSCE met.")], tmp_path)
    (tmp_path / "manifest.json").unlink()  # a directory edited by hand
    bad_file = tmp_path / "0002-bad.yaml"
    bad_file.write_text(json.dumps(bad, indent=1), encoding="utf-8")  # JSON is YAML
    with pytest.raises(DataError, match=re.escape(f"{bad_file}:") + r"\d+.*" + message) as caught:
        load_corpus(tmp_path)
    assert caught.value.file == str(bad_file)
    assert caught.value.line is not None


def test_yaml_line_points_at_the_field(tmp_path: Path) -> None:
    """In YAML the line is the bad value's own, and YAML 1.1 booleans are caught."""
    path = tmp_path / "0001-a.yaml"
    text = "\n".join(f"{key}: {json.dumps(value)}" for key, value in GOOD.items())
    path.write_text(text.replace('content_type: "News"', "content_type: no"), encoding="utf-8")
    with pytest.raises(DataError, match=r"0001-a\.yaml:3 content_type: .*the boolean False"):
        load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", r"0001-x\.yaml:1: is empty: expected one press release"),
        ("id: [a\n", r"0001-x\.yaml:2: invalid YAML"),
        ("id: a\nid: b\n", r"0001-x\.yaml:2: invalid YAML.*duplicate key 'id'"),
    ],
)
def test_unreadable_yaml_file(tmp_path: Path, content: str, message: str) -> None:
    """An empty or broken YAML file is reported with its name and line."""
    (tmp_path / "0001-x.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_corpus(tmp_path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json}", r"invalid JSON: Expecting property name enclosed in double quotes"),
        ('{"id": "a", "id": "b"}', r"invalid JSON: duplicate key 'id'"),
        ('{"id": NaN}', r"invalid JSON: NaN is not a JSON number"),
    ],
)
def test_unreadable_jsonl_line(tmp_path: Path, line: str, message: str) -> None:
    """A line that is not JSON is reported with its line number."""
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(f"{path}:3: ") + message):
        load_corpus(path)


def test_every_problem_is_reported(tmp_path: Path) -> None:
    """All bad records are listed in one DataError, duplicate ids included."""
    path = tmp_path / "corpus.jsonl"
    rows = [record(), record(title=1), record(), record(date=5)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_corpus(path)
    assert [(p.line, p.path) for p in caught.value.problems] == [
        (2, "title"),
        (4, "date"),
        (3, "id"),
    ]
    assert f"duplicate id 'a' (first at {path}:1)" in str(caught.value)


def test_duplicate_ids_across_yaml_files(tmp_path: Path) -> None:
    """Two files holding the same id are reported at the second."""
    release = parse_press_release("OSCE title\nThe OSCE met.")
    save_corpus_yaml([release], tmp_path / "one")
    save_corpus_yaml([release], tmp_path / "two")
    (tmp_path / "one" / "manifest.json").unlink()  # a directory edited by hand
    (tmp_path / "two" / "0001-undated-osce-title.yaml").rename(tmp_path / "one" / "0002-b.yaml")
    with pytest.raises(DataError, match=r"0002-b\.yaml:1 id: duplicate id 'undated-osce-title'"):
        load_corpus(tmp_path / "one")


def test_not_utf8(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 are reported with their line."""
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n\xff\n")
    with pytest.raises(DataError, match=r"corpus\.jsonl:2: is not UTF-8 text \(byte 0xff\)"):
        load_corpus(path)


def test_what_is_no_corpus(tmp_path: Path) -> None:
    """A missing path or a file of another kind is a DataError; an empty directory is empty."""
    with pytest.raises(DataError, match=r"missing: not found"):
        load_corpus(tmp_path / "missing")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(
        DataError, match=r"expected a directory of YAML files, a \.jsonl or a \.parquet file"
    ):
        load_corpus(tmp_path / "notes.txt")
    (tmp_path / "empty").mkdir()
    assert load_corpus(tmp_path / "empty") == ()


def test_saving_never_mixes_corpora(tmp_path: Path) -> None:
    """save_corpus_yaml refuses a directory that already holds YAML files."""
    release = parse_press_release("OSCE title\nThe OSCE met.")
    save_corpus_yaml([release], tmp_path)
    with pytest.raises(FileExistsError, match="already holds YAML files"):
        save_corpus_yaml([release], tmp_path)
    with pytest.raises(TypeError, match="expected a PressRelease, got str"):
        save_corpus_jsonl(["not a release"], tmp_path / "x.jsonl")  # type: ignore[list-item]
    assert not (tmp_path / "x.jsonl").exists()


def test_loaded_corpus_joins_the_organisation(tmp_path: Path) -> None:
    """A loaded corpus can be added to the organisation and filtered."""
    org = osce_model.load()
    path = tmp_path / "corpus.jsonl"
    releases = parsed_fixtures(org)[1:]
    save_corpus_jsonl(releases, path)
    bigger = org.with_press_releases(load_corpus(path, org=org))
    since = bigger.press_releases.filter(since=_dt.date(2021, 1, 1), until=_dt.date(2021, 12, 31))
    assert len(since) == 4  # the listing's items
