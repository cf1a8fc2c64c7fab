"""The typed face: what mypy --strict sees for every public name (checked in CI by mypy).

At run time each ``assert_type`` returns its argument, so this file also runs as a test that
the calls work; mypy fails the build if any inferred type differs.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any

import osce_model
from osce_model import (
    Chairpersonship,
    Chairpersonships,
    Claim,
    Collection,
    Entity,
    FieldOperation,
    FieldOperations,
    Kind,
    Match,
    Organization,
    PartialDate,
    ParticipatingState,
    Partner,
    PartnerGroup,
    PartnerGroups,
    Partnership,
    Person,
    PersonalRepresentative,
    Post,
    PressRelease,
    PressReleases,
    Relation,
    Results,
    Secretariat,
    SecretaryGeneral,
    State,
    Status,
)

if sys.version_info >= (3, 11):
    from typing import assert_type
else:  # pragma: no cover
    from typing_extensions import assert_type

PAGE = "Press release\nA title\nWARSAW, 2 May 2024 – The OSCE office met observers from Poland."


def test_the_package_functions(tmp_path: Path) -> None:
    """Every function the package offers has its real type."""
    org = assert_type(osce_model.load(), Organization)
    assert_type(osce_model.bundled_data_dir(), Path)
    assert_type(osce_model.DATA_AS_OF, dt.date)
    assert_type(osce_model.__version__, str)
    release = assert_type(osce_model.parse_press_release(PAGE), PressRelease)
    assert_type(osce_model.parse_press_release_html(f"<p>{PAGE}</p>"), PressRelease)
    listing = "First title\nPublishing date: 1 May 2020\nA teaser about Poland.\n"
    assert_type(osce_model.parse_press_listing(listing * 2), list[PressRelease])
    assert_type(osce_model.parse_press_page(PAGE), list[PressRelease])
    data = assert_type(osce_model.to_dict(release), dict[str, Any])
    assert_type(osce_model.from_dict(data, PressRelease), PressRelease)
    text = assert_type(osce_model.dumps(org.partners), str)
    assert_type(osce_model.loads(text, Partner), Partner | list[Partner])
    path = tmp_path / "releases.jsonl"
    assert_type(osce_model.save_corpus_jsonl([release], path), int)
    assert_type(osce_model.load_corpus(path), tuple[PressRelease, ...])
    assert_type(osce_model.save_corpus_yaml([release], tmp_path / "yaml"), list[Path])
    if importlib.util.find_spec("pyarrow") is not None:  # the parquet extra
        from osce_model.press.columnar import write_parquet

        parquet = tmp_path / "releases.parquet"
        write_parquet([release], parquet)
        lazy = assert_type(osce_model.open_corpus(parquet), osce_model.LazyCorpus)
        assert len(lazy) == 1


def test_the_organisation() -> None:
    """Collections, time queries, look-ups and relations have precise types."""
    org = osce_model.load()
    assert_type(
        Organization.participating_states,
        Kind[ParticipatingState, Collection[ParticipatingState]],
    )
    assert_type(org.participating_states, Collection[ParticipatingState])
    assert_type(org.participating_states["Germany"], ParticipatingState)
    assert_type(org.participating_states.get("Narnia"), ParticipatingState | None)
    assert_type(org.participating_states.records, Results[ParticipatingState])
    assert_type(org.chairpersonships, Chairpersonships)
    assert_type(org.chairpersonships[2025], Chairpersonship)
    assert_type(org.field_operations, FieldOperations)
    assert_type(org.field_operations.active(dt.date(2020, 1, 1)), Results[FieldOperation])
    assert_type(org.secretariat, Secretariat)
    assert_type(org.press_releases, PressReleases)
    assert_type(org.press_releases.filter(text="police"), Results[PressRelease])
    day = dt.date(2000, 1, 1)
    assert_type(org.participating_states_on(day), Results[State])
    assert_type(org.chairpersonship(2025), Chairpersonship | None)
    assert_type(org.secretary_general_on(day), SecretaryGeneral | None)
    assert_type(org.partners_in("asian"), Results[Partner])
    assert_type(org.lookup("OSCE Mission to Serbia"), Entity)
    matches = assert_type(org.search("Serbia"), list[Match])
    assert_type(matches[0].entity, Entity)
    assert_type(org.related("Germany"), dict[str, tuple[Entity, ...]])
    assert_type(org.predecessors("Serbia"), Results[Entity])
    assert_type(org.successors("USSR"), Results[Entity])
    assert_type(org.relations(), tuple[Relation, ...])
    assert_type(org.people, Collection[Person])
    assert_type(org.people["Ignazio Cassis"].posts, tuple[Post, ...])
    assert_type(org.holders_on("ODIHR", day), Results[Person])
    assert_type(org.partner_groups, PartnerGroups)
    assert_type(org.partner_groups[PartnerGroup.ASIAN], Partnership)
    assert_type(org.partner_groups.of(org.partners["Japan"]), Partnership | None)
    assert_type(org.personal_representatives, Collection[PersonalRepresentative])
    assert_type(org.personal_representatives.get("x"), PersonalRepresentative | None)
    claim = assert_type(osce_model.provenance(org.partners["Japan"], "partner_since"), Claim)
    assert_type(claim.status, Status)
    assert_type(org.partners["Japan"].partner_since, dt.date | PartialDate | None)
    assert_type(org.partners["Japan"].partner_on(day), bool | None)


def test_the_analysts_functions() -> None:
    """convert, the membership tables and the flat tables."""
    assert_type(osce_model.convert(["Germany"], to="iso3"), Any)
    org = osce_model.load()
    frame = org.membership_periods()
    assert frame is not None
    assert isinstance(org.to_tables(), dict)
