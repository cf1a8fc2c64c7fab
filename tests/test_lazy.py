"""A lazy corpus over Parquet answers queries exactly as the eagerly loaded releases do."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import osce_model
from osce_model import DataError, NotFoundError, PressRelease
from osce_model.press.columnar import write_parquet
from osce_model.press.lazy import LazyCorpus, open_corpus

pytest.importorskip("pyarrow")

ORG = osce_model.load()
WORDS = [
    *("the", "osce", "police", "border", "training", "co-operation", "human", "rights"),
    *("Répression", "Straße", "&", "elections", "media", "freedom", "OSCE", "The"),
    *("youth", "water"),
]
ISSUERS: list[Any] = [
    ORG.secretariat["TNTD"],
    ORG.institutions["odihr"],
    ORG.field_operations["OSCE Mission to Serbia"],
    next(iter(ORG.chairpersonships)),
    "A partner ministry",
    "a PARTNER ministry",
]
STATES = [ORG.participating_states[s] for s in ("serbia", "albania", "kyrgyzstan", "austria")]
FIELDS = [ORG.fields_of_work[f] for f in ("policing", "elections", "youth")]


def _releases(count: int) -> list[PressRelease]:
    rng = random.Random(14)

    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    return [
        PressRelease(
            id=f"r-{n}" if n % 7 else f"R_{n}",
            title=text(rng.randint(1, 4)) or "t",
            content_type="News",
            date=None
            if n % 5 == 0
            else dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(900)),
            issuers=tuple(rng.sample(ISSUERS, rng.randint(0, 2))),
            fields_of_work=tuple(rng.sample(FIELDS, rng.randint(0, 2))),
            mentioned_states=tuple(rng.sample(STATES, rng.randint(0, 2))),
            body=text(rng.randint(0, 12)),
        )
        for n in range(count)
    ]


RELEASES = _releases(60)
EAGER = ORG.with_press_releases(RELEASES).press_releases.filter  # the bundled release too


@pytest.fixture(scope="module")
def lazy(tmp_path_factory: pytest.TempPathFactory) -> LazyCorpus:
    path = tmp_path_factory.mktemp("lazy") / "corpus.parquet"
    write_parquet([*ORG.press_releases, *RELEASES], path, row_group_size=16)
    return open_corpus(path, org=ORG)


CASES: list[dict[str, Any]] = [
    {},
    {"issuer": ISSUERS[0]},
    {"issuer": "ODIHR"},
    {"issuer": "a partner ministry"},
    {"issuer": "Chairpersonship"},
    {"issuer": "nobody at all"},
    {"field_of_work": "policing"},
    {"field_of_work": FIELDS[1]},
    {"field_of_work": "Policing"},
    {"mentions": "serbia"},
    {"mentions": STATES[2]},
    {"since": dt.date(2021, 1, 1)},
    {"until": dt.date(2020, 6, 30)},
    {"since": dt.date(2020, 3, 1), "until": dt.date(2020, 9, 1), "mentions": "albania"},
    {"text": "police"},
    {"text": "border police"},
    {"text": "the"},
    {"text": "osce"},
    {"text": "repression"},
    {"text": "strasse"},
    {"text": "and"},
    {"text": "co-operation human"},
    {"text": "   "},
    {"text": "police", "issuer": "TNTD", "since": dt.date(2020, 5, 1)},
]


@pytest.mark.parametrize("criteria", CASES, ids=[repr(c) for c in CASES])
def test_filter_gives_what_the_eager_releases_give(
    lazy: LazyCorpus, criteria: dict[str, Any]
) -> None:
    """Each criterion and combination finds the same releases, in the same order."""
    assert lazy.filter(**criteria) == EAGER(**criteria)


@settings(max_examples=60, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "issuer": st.sampled_from([*ISSUERS, "odihr", "Chairpersonship"]),
            "field_of_work": st.sampled_from([*FIELDS, "policing"]),
            "mentions": st.sampled_from([*STATES, "serbia"]),
            "since": st.dates(dt.date(2019, 6, 1), dt.date(2022, 12, 31)),
            "until": st.dates(dt.date(2019, 6, 1), dt.date(2022, 12, 31)),
            "text": st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
        },
    )
)
def test_any_combination_agrees(lazy: LazyCorpus, criteria: dict[str, Any]) -> None:
    """Random combinations of criteria find the same releases lazily and eagerly."""
    assert lazy.filter(**criteria) == EAGER(**criteria)


def test_look_up_by_id_and_iteration(lazy: LazyCorpus) -> None:
    """Ids are found as written and in other spellings; iteration gives every release."""
    eager = ORG.with_press_releases(RELEASES).press_releases
    assert lazy["r-3"] == eager["r-3"] == RELEASES[3]
    assert lazy["R-3"] == eager["R-3"]
    assert lazy.get("no-such-release") is None
    assert "r-1" in lazy
    assert RELEASES[1] in lazy
    assert "nope" not in lazy
    with pytest.raises(NotFoundError, match="no press release has the id 'nope'"):
        lazy["nope"]
    assert len(lazy) == len(eager)
    assert tuple(lazy) == tuple(eager)
    assert lazy.ids == tuple(r.id for r in eager)


def test_bad_files_are_refused_when_opened(tmp_path: Path) -> None:
    """A file holding an id twice, or that is not Parquet, is refused when opened."""
    path = tmp_path / "twice.parquet"
    write_parquet([RELEASES[1], RELEASES[1]], path)
    with pytest.raises(DataError, match="duplicate id 'r-1'"):
        open_corpus(path, org=ORG)
    other = tmp_path / "other.jsonl"
    other.write_text("{}\n", encoding="utf-8")
    with pytest.raises(DataError, match="cannot be read as Parquet"):
        open_corpus(other, org=ORG)


def test_an_issuer_the_organisation_does_not_know_is_refused(tmp_path: Path) -> None:
    """A file naming an issuer the organisation lacks is refused, naming the issuer."""
    pq: Any = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "corpus.parquet"
    write_parquet(RELEASES[:3], path)
    table = pq.read_table(path)
    issuers = [[{"kind": "institution", "ref": "atlantis"}]] * 3
    table = table.set_column(
        table.schema.get_field_index("issuers"),
        table.schema.field("issuers"),
        [issuers],
    )
    pq.write_table(table, path)
    with pytest.raises(DataError, match="unknown issuer institution: 'atlantis'"):
        open_corpus(path, org=ORG)
