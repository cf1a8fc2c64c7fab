"""Facts you can cite: every claim has sources and a status, dates say how precise they are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

import osce_model
from osce_model import DataError, Organization, PartialDate, Status
from osce_model.schema.provenance import RULES
from osce_model.storage.loader import load_directory


def test_every_fact_of_every_record_is_sourced(org: Organization) -> None:
    """Each claim has at least one source and a status; a derived one names a known rule, a
    disputed one its alternatives, each sourced."""
    claims = list(org.claims())
    assert len(claims) > 800
    for claim in claims:
        assert claim.sources, claim.where
        assert isinstance(claim.status, Status)
        if claim.status is Status.DERIVED:
            assert claim.rule in RULES, claim
        if claim.status is Status.DISPUTED:
            assert claim.alternatives, claim
            assert all(alternative.sources for alternative in claim.alternatives)
        if claim.status is not Status.STATED:
            assert claim.note, claim
    statuses = {claim.status for claim in claims}
    assert {Status.STATED, Status.DISPUTED, Status.INFERRED} <= statuses


def test_a_disputed_fact_keeps_both_sides(org: Organization) -> None:
    """Montenegro's admission: the day chosen, why, and the other day with its source."""
    claim = osce_model.provenance(org.participating_states["Montenegro"], "participating_since")
    assert (claim.value, claim.precision, claim.status) == (
        dt.date(2006, 6, 21),
        "day",
        Status.DISPUTED,
    )
    assert claim.sources == ("https://www.osce.org/cio/47461",)
    (other,) = claim.alternatives
    assert other.value == dt.date(2006, 6, 22)
    assert other.sources[0].startswith("https://mvp.gov.me/")


def test_a_fact_without_its_own_provenance_is_stated_by_the_record() -> None:
    """A field the data says nothing more about is stated, by the record's sources."""
    austria = osce_model.load().participating_states["Austria"]
    claim = osce_model.provenance(austria, "iso2")
    assert (claim.value, claim.status, claim.sources) == ("AT", Status.STATED, austria.sources)
    with pytest.raises(KeyError, match="has no fact called 'sources'"):
        osce_model.provenance(austria, "sources")


def test_terms_are_claims_of_their_own(org: Organization) -> None:
    """Each head's term is a claim, with the term's own sources and precision."""
    court = org.institutions["Court of Conciliation and Arbitration"]
    badinter = osce_model.provenance(court, "heads", 0)
    assert badinter.where == "heads[0]"
    assert badinter.precision == "year"  # until 2013, the day unknown
    assert "http://www.osce.org/cca/44229" in badinter.sources
    tomuschat = osce_model.provenance(court, "heads", 1)
    assert tomuschat.status is Status.INFERRED


@pytest.mark.parametrize(
    ("text", "shown", "start", "end"),
    [
        ("2009", "2009", dt.date(2009, 1, 1), dt.date(2009, 12, 31)),
        ("2008-06", "2008-06", dt.date(2008, 6, 1), dt.date(2008, 6, 30)),
        ("2024-02", "2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ],
)
def test_partial_dates_cover_an_interval(
    text: str, shown: str, start: dt.date, end: dt.date
) -> None:
    """A partial date reads back as written and covers its whole year or month."""
    day = PartialDate.parse(text)
    assert (str(day), day.start, day.end) == (shown, start, end)
    assert start in day
    assert end in day
    assert end + dt.timedelta(days=1) not in day


def test_partial_dates_order_by_their_interval() -> None:
    """2008 < 2008-06 < 2009, and a day inside a year sorts within it."""
    year, month = PartialDate(2008), PartialDate(2008, 6)
    assert sorted([PartialDate(2009), month, year]) == [year, month, PartialDate(2009)]
    assert year < dt.date(2009, 1, 1)
    assert not year < dt.date(2008, 1, 1)
    for bad in ("2009-13", "09", "2009-6", "2009-06-01", "year"):
        with pytest.raises(ValueError, match=r"YYYY|out of range"):
            PartialDate.parse(bad)


def test_time_queries_never_claim_more_precision_than_the_data(org: Organization) -> None:
    """Inside an interval known only to the year, the answer is 'not known' (None or absent)."""
    japan = org.partners["Japan"]
    assert str(japan.partner_since) == "1992"
    assert japan.partner_on(dt.date(1991, 12, 31)) is False
    assert japan.partner_on(dt.date(1992, 6, 1)) is None
    assert japan.partner_on(dt.date(1993, 1, 1)) is True
    mongolia = org.former_partners["Mongolia"]
    assert mongolia.partner_on(dt.date(2012, 11, 21)) is False
    court = org.institutions["Court of Conciliation and Arbitration"]
    assert [h.name for h in court.heads_on(dt.date(2012, 6, 1))] == ["Robert Badinter"]
    assert court.heads_on(dt.date(2013, 6, 1)) == ()  # one ended, the other began, that year
    assert [h.name for h in court.heads_on(dt.date(2015, 1, 1))] == ["Christian Tomuschat"]


def test_heads_on_2010_are_known_where_reviewers_found_none(org: Organization) -> None:
    """HCNM and the Parliamentary Assembly had a known head on 1 January 2010."""
    day = dt.date(2010, 1, 1)
    assert [h.name for h in org.institutions["HCNM"].heads_on(day)] == ["Knut Vollebaek"]
    assert [h.name for h in org.institutions["Parliamentary Assembly"].heads_on(day)] == [
        "João Soares"
    ]


def test_names_of_czechoslovakia_before_1990(org: Organization) -> None:
    """Czechoslovakia's names of the time, to the day the laws changed them."""
    cs = org.former_participating_states["Czechoslovakia"]
    assert cs.name_on(dt.date(1989, 1, 1)) == "Czechoslovak Socialist Republic"
    assert cs.name_on(dt.date(1990, 4, 1)) == "Czechoslovak Federative Republic"
    assert cs.name_on(dt.date(1992, 1, 1)) == "Czechoslovakia"


def test_headquarters_over_time(org: Organization) -> None:
    """The Assistance Group to Chechnya: Grozny, evacuated to Moscow, then Znamenskoye."""
    group = org.field_operations["Assistance Group to Chechnya"]
    assert group.headquarters_on(dt.date(1996, 1, 1)) == "Grozny"
    assert group.headquarters_on(dt.date(2000, 1, 1)) == "Moscow"
    assert group.headquarters_on(dt.date(2002, 1, 1)) == "Znamenskoye"


PROVENANCE_ERRORS = [
    (
        "a field the record lacks",
        "  provenance:\n    colour: {sources: [https://x.org]}\n",
        r"territories.yaml:6 \[1\].provenance.colour: the provenance names 'colour', which is no"
        r" fact",
    ),
    (
        "an unknown key",
        "  provenance:\n    name: {sourcse: [https://x.org]}\n",
        r"unknown key 'sourcse'",
    ),
    (
        "a derived fact without a rule",
        "  provenance:\n    name: {status: derived}\n",
        r"a derived fact names its rule",
    ),
    (
        "a dispute without alternatives",
        "  provenance:\n    name: {status: disputed}\n",
        r"a disputed fact lists the alternatives",
    ),
    (
        "an unknown status",
        "  provenance:\n    name: {status: rumoured}\n",
        r"expected one of \['stated', 'derived', 'inferred', 'disputed'\], got 'rumoured'",
    ),
]


@pytest.mark.parametrize(
    ("case", "block", "message"), PROVENANCE_ERRORS, ids=[e[0] for e in PROVENANCE_ERRORS]
)
def test_a_bad_provenance_block_is_a_located_error(
    data_tree: Callable[..., Path], case: str, block: str, message: str
) -> None:
    """The strict loader checks provenance blocks like any other field."""
    text = (
        "- {id: kosovo, name: Kosovo, sources: [https://x.org]}\n"
        "- id: elsewhere\n  name: Elsewhere\n  sources: [https://x.org]\n" + block
    )
    with pytest.raises(DataError, match=message):
        load_directory(data_tree(territories=text))


def test_a_year_or_a_month_loads_as_a_partial_date(data_tree: Callable[..., Path]) -> None:
    """partner_since: 2009 and "2009-12" load as partial dates; other text is refused."""
    partner = (
        "- {id: p, name: P, iso2: 'PP', iso3: 'PPP', iso_numeric: '999', group: asian,"
        " partner_since: %s,"
        " sources: [https://x.org]}\n"
    )
    org = load_directory(data_tree(partners=partner % "2009"))
    assert org.partners["p"].partner_since == PartialDate(2009)
    org = load_directory(data_tree(partners=partner % "'2009-12'"))
    assert org.partners["p"].partner_since == PartialDate(2009, 12)
    with pytest.raises(DataError, match="or YYYY-MM or YYYY where only that is known"):
        load_directory(data_tree(partners=partner % "'December 2009'"))
