"""Look-ups by any name a person would type, misses with suggestions, and ambiguity."""

from __future__ import annotations

import pytest

from osce_model import AmbiguousKeyError, NotFoundError, Organization

# collection, what a person types, the id it must find
LOOKUPS = [
    ("participating_states", "turkiye", "turkiye"),
    ("participating_states", "Türkiye", "turkiye"),
    ("participating_states", "TURKEY", "turkiye"),
    ("participating_states", "the netherlands", "netherlands"),
    ("participating_states", "Netherlands", "netherlands"),
    ("participating_states", "Bosnia-Herzegovina", "bosnia-and-herzegovina"),
    ("participating_states", "bosnia and herzegovina", "bosnia-and-herzegovina"),
    ("participating_states", "no", "norway"),
    ("participating_states", "NOR", "norway"),
    ("participating_states", "de", "germany"),
    ("participating_states", "Russia", "russian-federation"),
    ("participating_states", "USA", "united-states-of-america"),
    ("participating_states", "UK", "united-kingdom"),
    ("participating_states", "gb", "united-kingdom"),
    ("participating_states", "Kyrgyz Republic", "kyrgyzstan"),
    ("participating_states", "Republic of Moldova", "moldova"),
    ("participating_states", "Czech Republic", "czechia"),
    ("participating_states", "the former Yugoslav Republic of Macedonia", "north-macedonia"),
    ("participating_states", "Holy See", "holy-see"),
    ("participating_states", "VA", "holy-see"),
    ("participating_states", "  united   states of america ", "united-states-of-america"),
    ("former_participating_states", "USSR", "ussr"),
    ("former_participating_states", "Soviet Union", "ussr"),
    ("former_participating_states", "SUHH", "ussr"),
    ("former_participating_states", "East Germany", "german-democratic-republic"),
    ("former_participating_states", "Federal Republic of Yugoslavia", "serbia-and-montenegro"),
    ("field_operations", "mission to serbia", "mission-to-serbia"),
    ("field_operations", "OSCE Mission to Serbia", "mission-to-serbia"),
    ("field_operations", "SMM", "special-monitoring-mission-to-ukraine"),
    ("field_operations", "Centre in Almaty", "programme-office-in-astana"),
    ("field_operations", "OMiK", "mission-in-kosovo"),
    ("institutions", "odihr", "odihr"),
    ("institutions", "ODIHR", "odihr"),
    ("institutions", "High Commissioner on National Minorities", "hcnm"),
    ("secretariat", "SPMU", "strategic-police-matters-unit"),
    ("secretariat", "tntd", "transnational-threats-department"),
    ("secretariat", "CPC", "conflict-prevention-centre"),
    ("secretariat", "OSCE Secretariat", "secretariat"),
    ("partners", "South Korea", "republic-of-korea"),
    ("partners", "Afghanistan", "afghanistan"),
    ("fields_of_work", "cyber/ict security", "cyber-ict-security"),
    ("chairpersonships", "2025", "2025"),
    # older English names still found in datasets and archives
    ("participating_states", "Macedonia", "north-macedonia"),
    ("participating_states", "FYROM", "north-macedonia"),
    ("participating_states", "Byelorussia", "belarus"),
    ("participating_states", "Moldavia", "moldova"),
    ("participating_states", "Kirghizia", "kyrgyzstan"),
    ("participating_states", "Turkmenia", "turkmenistan"),
    # ISO-style inverted names, as ISO 3166 and UN tables write them
    ("participating_states", "Moldova, Republic of", "moldova"),
    ("participating_states", "Netherlands (the)", "netherlands"),
    ("participating_states", "Holy See (Vatican City State)", "holy-see"),
    ("partners", "Korea, Republic of", "republic-of-korea"),
]


def test_organization_lookup_reads_iso_style_names(org: Organization) -> None:
    """org.lookup takes an inverted name too, but never drops a qualifier to find one."""
    assert org.lookup("Moldova, Republic of").id == "moldova"
    assert org.lookup("Korea, Republic of").id == "republic-of-korea"
    with pytest.raises(NotFoundError):
        org.lookup("Korea, Democratic People's Republic of")
    assert "Korea, Democratic People's Republic of" not in org.partners


def test_name_variants() -> None:
    """The forms of an ISO-style name: swapped, and the head alone unless a qualifier."""
    from osce_model.schema.keys import name_variants

    assert name_variants("Moldova, Republic of") == ["Moldova, Republic of", "Republic of Moldova"]
    assert name_variants("Netherlands (the)") == [
        "Netherlands (the)",
        "the Netherlands",
        "Netherlands",
    ]
    assert name_variants("Bahamas, The") == ["Bahamas, The", "The Bahamas", "Bahamas"]
    assert name_variants("Bosnia and Herzegovina") == ["Bosnia and Herzegovina"]
    # Two names joined by a comma are not one inverted name.
    assert name_variants("Serbia, Montenegro") == ["Serbia, Montenegro"]


def test_a_list_of_names_is_not_one_of_them(org: Organization) -> None:
    """A comma-joined list of names finds none of them, in a collection or in lookup."""
    assert org.participating_states.get("Austria, Germany") is None
    assert org.fields_of_work.get("Policing, Youth") is None
    with pytest.raises(NotFoundError):
        org.lookup("Austria, Germany")


@pytest.mark.parametrize(("collection", "key", "expected"), LOOKUPS)
def test_lookup_variants(org: Organization, collection: str, key: str, expected: str) -> None:
    """Every spelling finds the record, with [] and with get()."""
    coll = getattr(org, collection)
    assert coll[key].id == expected
    assert coll.get(key).id == expected
    assert key in coll


def test_chairpersonships_are_keyed_by_year(org: Organization) -> None:
    """An int year works like its string."""
    assert org.chairpersonships[2025] is org.chairpersonships["2025"]


MISSES = [
    ("participating_states", "Narnia", []),
    ("participating_states", "Turky", ["Türkiye"]),
    ("participating_states", "Swizerland", ["Switzerland"]),
    ("field_operations", "Mission to Serbja", ["Mission to Serbia"]),
    ("institutions", "ODIHRR", ["Office for Democratic Institutions and Human Rights"]),
]


@pytest.mark.parametrize(("collection", "key", "suggested"), MISSES)
def test_misses_raise_with_suggestions(
    org: Organization, collection: str, key: str, suggested: list[str]
) -> None:
    """A miss raises NotFoundError (a LookupError) naming the closest records; get() is None."""
    coll = getattr(org, collection)
    with pytest.raises(NotFoundError) as caught:
        coll[key]
    assert isinstance(caught.value, LookupError)
    assert caught.value.suggestions[: len(suggested)] == tuple(suggested)
    for name in suggested:
        assert repr(name) in str(caught.value)
    assert coll.get(key) is None
    assert key not in coll


def test_an_ambiguous_key_is_never_resolved_silently(org: Organization) -> None:
    """The withdrawn code CS named Czechoslovakia and, later, Serbia and Montenegro."""
    former = org.former_participating_states
    with pytest.raises(AmbiguousKeyError, match=r"Czechoslovakia.*Serbia and Montenegro"):
        former["CS"]
    with pytest.raises(AmbiguousKeyError):
        former.get("cs")
    assert "CS" not in former


def test_keys_must_be_str_or_int(org: Organization) -> None:
    """Other key types are a TypeError on subscription; get() answers None for them."""
    with pytest.raises(TypeError):
        org.participating_states[1.5]  # type: ignore[index]
    assert org.participating_states.get(True) is None
    assert org.participating_states.get(None) is None
    assert org.participating_states.get(float("nan")) is None
    assert org.participating_states.get("Atlantis", "none") == "none"  # type: ignore[arg-type]


def test_collections_are_ordered_immutable_and_keyed(org: Organization) -> None:
    """Data order, no assignment; subscription is by key, positions are on .records."""
    states = org.participating_states
    assert states.records[:2] == (states["Albania"], states["Andorra"])
    assert states.records[0] is states["Albania"]
    with pytest.raises(TypeError, match=r"by key, not by position: use \.records"):
        states[:2]  # type: ignore[index]
    with pytest.raises(NotFoundError, match="no participating State matches 0"):
        states[0]
    assert org.chairpersonships[2025] is org.chairpersonships["2025"]
    assert list(states)[-1] is states["Uzbekistan"]
    with pytest.raises(AttributeError):
        states._records = ()
    with pytest.raises(AttributeError):
        org.participating_states = states


def test_reference_links(org: Organization) -> None:
    """Records refer to each other as objects."""
    assert org.field_operations["Mission to Serbia"].host.name == "Serbia"
    parent = org.secretariat["SPMU"].parent
    assert parent is not None
    assert parent.name == "Transnational Threats Department"
    assert org.chairpersonships[2025].state.name == "Finland"
    continued = org.participating_states["Russia"].continues
    assert continued is not None
    assert continued.name.startswith("Union of Soviet")
