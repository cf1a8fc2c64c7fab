"""The bundled data: counts, uniqueness, references, dates, and the known traps."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

import attrs
import pytest

from osce_model import Organization, PartnerGroup
from osce_model.schema.keys import keys_of as record_keys
from osce_model.schema.keys import normalize

from .conftest import FIXTURES

SEED = (FIXTURES / "seed-press-release.txt").read_text(encoding="utf-8").splitlines()


def _menu(heading: str, stop: str) -> list[str]:
    """The items of the seed's navigation menu after a heading, up to the item ``stop``."""
    items: list[str] = []
    for line in SEED[SEED.index(heading) + 1 :]:
        if line == f"- {stop}":
            return items
        if line.startswith("- "):
            items.append(line[2:])
    raise AssertionError(f"{stop!r} not found after {heading!r}")


def test_counts_are_pinned(org: Organization) -> None:
    """57 participating States, 11 Partners, 12 active field operations, and the rest."""
    assert len(org.participating_states) == 57
    assert len(org.partners) == 11
    assert len(org.field_operations.active(org.data_as_of)) == 12
    assert len(org.field_operations.closed(org.data_as_of)) >= 15
    assert len(org.former_participating_states) == 5
    assert [p.name for p in org.former_partners] == ["Mongolia"]
    assert len(org.secretaries_general) == 8
    assert len(org.fields_of_work) == 27  # today's 23 and 4 older terms (current: false)
    assert len(org.meeting_types) == 16
    assert len(org.summits) == 7
    assert [g.group for g in org.partner_groups] == list(PartnerGroup)
    assert len(org.personal_representatives) == 4


def test_states_are_named_as_the_seed_menu_names_them(org: Organization) -> None:
    """The participating States are exactly the seed's list, with osce.org's names."""
    menu = _menu("Participating States", "Asian Partners for Co-operation")
    menu = [name.split(" – ")[0] for name in menu]  # "Finland – OSCE Chairpersonship 2025"
    assert [s.name for s in org.participating_states] == menu


def test_fields_of_work_and_meeting_types_follow_the_seed(org: Organization) -> None:
    """Fields of work and meeting types are the seed menu's, in its order."""
    fields = _menu("Fields of work", "Field operations")
    assert [f.name for f in org.fields_of_work if f.current] == fields
    meetings = _menu("Meetings and conferences", "Partnerships")
    assert [m.name for m in org.meeting_types] == meetings


def test_current_field_operations_follow_the_seed(org: Organization) -> None:
    """The active field operations are the twelve the seed lists."""
    menu = _menu("Field operations", "Closed field activities")
    assert [op.name for op in org.field_operations.active(org.data_as_of)] == menu


# Entries of the seed's Secretariat menu that are pages, not units (see data/secretariat.yaml).
NOT_UNITS = {"Opportunities for Youth"}


def test_secretariat_has_every_unit_of_the_seed(org: Organization) -> None:
    """Every Secretariat entry of the seed menu but a page is a unit in the Secretariat's tree;
    units the Office of the Secretary General groups sit under that Office."""
    units = _menu("Secretariat", "Institutions")
    root = org.secretariat.root()
    for name in units:
        if name in NOT_UNITS:
            assert org.secretariat.get(name) is None
            continue
        assert root in org.secretariat.ancestors(name)
    osg = org.secretariat["Office of the Secretary General"]
    assert org.secretariat["Gender Issues Programme"].parent == osg
    assert org.secretariat["Documentation Centre in Prague"].parent == osg


@pytest.mark.parametrize(
    ("collection", "key", "attribute", "expected"),
    [
        ("participating_states", "Serbia", "participating_since", dt.date(2000, 11, 10)),
        ("participating_states", "Holy See", "iso2", "VA"),
        ("participating_states", "Holy See", "iso3", "VAT"),
        ("participating_states", "United Kingdom", "iso2", "GB"),
        ("participating_states", "Norway", "iso2", "NO"),
        ("participating_states", "Mongolia", "participating_since", dt.date(2012, 11, 21)),
        ("participating_states", "Albania", "participating_since", dt.date(1991, 6, 19)),
        ("participating_states", "Estonia", "participating_since", dt.date(1991, 9, 10)),
        ("participating_states", "Czechia", "participating_since", dt.date(1993, 1, 1)),
        ("participating_states", "France", "participating_since", dt.date(1975, 8, 1)),
        ("former_participating_states", "GDR", "participating_until", dt.date(1990, 10, 3)),
        ("former_participating_states", "Yugoslavia", "suspended_since", dt.date(1992, 7, 8)),
        ("secretaries_general", "Helga Maria Schmid", "until", dt.date(2024, 9, 3)),
    ],
)
def test_known_traps(
    org: Organization, collection: str, key: str, attribute: str, expected: object
) -> None:
    """Facts that are easy to get wrong are right."""
    assert getattr(getattr(org, collection)[key], attribute) == expected


def test_partners(org: Organization) -> None:
    """Afghanistan is still a Partner; five Asian and six Mediterranean."""
    assert org.partners["Afghanistan"].group is PartnerGroup.ASIAN
    assert len(org.partners_in("asian")) == 5
    assert len(org.partners_in(PartnerGroup.MEDITERRANEAN)) == 6
    mongolia = org.former_partners["Mongolia"]
    assert mongolia.became_participating_state == org.participating_states["Mongolia"]
    assert mongolia.partner_until == org.participating_states["Mongolia"].participating_since


def test_chairpersonships_cover_1991_to_2026(org: Organization) -> None:
    """One Chairpersonship a year, 1991 to 2026, with the famous ones right."""
    assert [c.year for c in org.chairpersonships] == list(range(1991, 2027))
    assert org.chairpersonships[2024].state.name == "Malta"
    assert org.chairpersonships[2025].state.name == "Finland"
    assert org.chairpersonships[1992].state.name == "Czechoslovakia"


def test_secretary_general_vacancy_in_2024(org: Organization) -> None:
    """No Secretary General between Schmid's term and Sinirlioğlu's."""
    names = [
        getattr(org.secretary_general_on(dt.date(*day)), "name", None)
        for day in ((2024, 9, 3), (2024, 10, 1), (2025, 1, 1))
    ]
    assert names == ["Helga Maria Schmid", None, "Feridun H. Sinirlioğlu"]
    terms = [(sg.since, sg.until) for sg in org.secretaries_general]
    for (_, end), (start, _) in itertools.pairwise(terms):
        assert end is not None
        assert end < start


def _all_records(org: Organization) -> list[Any]:
    return [record for coll in org.collections().values() for record in coll]


def test_every_record_has_sources(org: Organization) -> None:
    """Every record but press releases lists at least one http(s) source URL."""
    for name, coll in org.collections().items():
        if name == "press_releases":
            assert all(r.url and r.url.startswith("https://") for r in coll)
            continue
        for record in coll:
            assert record.sources, record
            assert all(re.match(r"https?://\S+$", url) for url in record.sources), record


def test_keys_are_unique_within_each_collection(org: Organization) -> None:
    """No id, code, name, alias or former name names two records of one collection.

    The one exception is the withdrawn alpha-2 code CS, used by Czechoslovakia and later by
    Serbia and Montenegro.
    """
    for name, coll in org.collections().items():
        seen: dict[str, object] = {}
        for record in coll:
            for text, how in record_keys(record):
                key = normalize(text)
                other = seen.setdefault(key, record)
                if other is not record:
                    assert (name, how, text) == ("former_participating_states", "code", "CS")


def test_iso_codes_are_well_formed_and_unique(org: Organization) -> None:
    """ISO alpha-2 and alpha-3 codes of current States are upper case and unique."""
    iso2 = [s.iso2 for s in org.participating_states]
    iso3 = [s.iso3 for s in org.participating_states]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in iso2)
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in iso3)
    assert len(set(iso2)) == len(set(iso3)) == 57


def test_ids_are_slugs(org: Organization) -> None:
    """Every id is a lowercase ASCII slug."""
    for name, coll in org.collections().items():
        if name == "chairpersonships":
            continue
        for record in coll:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", record.id), record.id


def _dates(value: Any) -> list[dt.date]:
    if isinstance(value, dt.date):
        return [value]
    if isinstance(value, tuple):
        return [d for item in value for d in _dates(item)]
    if attrs.has(type(value)) and not hasattr(value, "sources"):
        fields = attrs.fields(type(value))
        return [d for field in fields for d in _dates(getattr(value, field.name))]
    return []


def test_dates_are_plausible(org: Organization) -> None:
    """Every date lies between the Helsinki consultations (1972) and the data's date."""
    for record in _all_records(org):
        for field in attrs.fields(type(record)):
            for day in _dates(getattr(record, field.name)):
                assert dt.date(1972, 11, 22) <= day <= org.data_as_of, (record.name, field.name)


def test_field_operations_dates_are_ordered(org: Organization) -> None:
    """Every closed field operation closed after it opened, and after its predecessors."""
    for op in org.field_operations:
        if op.closed and op.established:
            assert op.established <= op.closed
        for before in op.predecessors:
            assert (
                before.established is None
                or op.established is None
                or (before.established <= op.established)
            )


def test_kosovo_is_never_a_participating_state(org: Organization) -> None:
    """The Mission in Kosovo's host is a territory, counted on no date."""
    host = org.field_operations["Mission in Kosovo"].host
    assert host.name == "Kosovo"
    assert "Kosovo" not in org.participating_states
    for year in range(1975, 2027):
        assert host not in org.participating_states_on(dt.date(year, 6, 1))


def test_references_resolve_to_records_of_the_organisation(org: Organization) -> None:
    """Hosts, parents, chairs and release sources are records of this organisation."""
    states = {*org.participating_states, *org.former_participating_states, *org.territories}
    assert all(op.host in states for op in org.field_operations)
    assert all(c.state in states for c in org.chairpersonships)
    units = set(org.secretariat)
    assert all(u.parent is None or u.parent in units for u in org.secretariat)
    (release,) = org.press_releases
    assert release.issuers == (org.secretariat["OSCE Secretariat"],)
    assert release.fields_of_work == (org.fields_of_work["Policing"],)


def test_iso_codes_agree_with_the_iso_3166_tables(org: Organization) -> None:
    """Current codes match ISO 3166-1 and withdrawn ones ISO 3166-3 (pycountry's iso-codes)."""
    import pycountry

    for record in [*org.participating_states, *org.partners, *org.former_partners]:
        country = pycountry.countries.get(alpha_2=record.iso2)
        assert country is not None, record.iso2
        assert country.alpha_3 == record.iso3, record.name
    for former in org.former_participating_states:
        historic = pycountry.historic_countries.get(alpha_4=former.iso3166_3)
        assert historic is not None, former.name
        assert (historic.alpha_2, historic.alpha_3) == (former.iso2, former.iso3), former.name


def test_numeric_codes_agree_with_pycountry(org: Organization) -> None:
    """ISO 3166-1 numeric codes (also the UN M49 codes of these countries) match pycountry's
    ISO data; the former States' match ISO 3166-3 (Yugoslavia's before its 1992 change)."""
    pycountry = pytest.importorskip("pycountry")
    for record in (*org.participating_states, *org.partners, *org.former_partners):
        assert record.iso_numeric == pycountry.countries.get(alpha_3=record.iso3).numeric, record
    historic = {c.alpha_4: c for c in pycountry.historic_countries}
    for state in org.former_participating_states:
        assert state.iso3166_3 is not None
        expected = historic[state.iso3166_3].numeric
        if state.id == "yugoslavia":  # 890 until 1992: ISO 3166-3's own comment
            expected = "890"
        assert state.iso_numeric == expected, state
    assert org.participating_states["276"].name == "Germany"


def test_external_identifiers_are_well_formed_and_sourced(org: Organization) -> None:
    """Wikidata QIDs, Correlates of War and Gleditsch-Ward numbers: every State and Partner has
    a QID; each identifier has sources of its own (a cross-walk table, not the record's)."""
    import re as _re

    import osce_model

    for record in (*org.participating_states, *org.partners, *org.former_partners):
        assert record.wikidata is not None
        assert _re.fullmatch(r"Q[1-9][0-9]*", record.wikidata), record
    assert org.participating_states["Germany"].wikidata == "Q183"
    assert (org.participating_states["Germany"].cow, org.participating_states["Germany"].gw) == (
        255,
        260,
    )
    # One QID, one entity (Mongolia, a former Partner, is the State it became).
    became = {id(p) for p in org.former_partners if p.became_participating_state is not None}
    qids = [
        r.wikidata for r in org.records() if getattr(r, "wikidata", None) and id(r) not in became
    ]
    assert len(qids) == len(set(qids))
    for record in org.records():
        for field in ("wikidata", "cow", "gw"):
            if getattr(record, field, None) is not None:
                claim = osce_model.provenance(record, field)
                assert claim.sources != record.sources, (record, field)
