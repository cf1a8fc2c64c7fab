"""Press releases by text and by id: the indices give what a scan of every release gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import osce_model
from osce_model import DataError, NotFoundError, PressRelease
from osce_model.organization.press_releases import PressReleases, normalize_text
from osce_model.schema.keys import normalize

ORG = osce_model.load()
# Few words, so that queries hit; punctuation, accents and the prefixes normalize() drops.
WORDS = ["police", "polic", "border", "the", "OSCE", "co-operation", "Ünïon", "ıd", "&", "a", "s"]
text = st.lists(st.sampled_from([*WORDS, " ", ", ", "-", "\n", "é", "Ø"]), max_size=12).map("".join)


def corpus(bodies: list[tuple[str, str]]) -> PressReleases:
    return PressReleases(
        (
            PressRelease(
                id=f"r-{n}", title=(title.strip() and title) or "t", content_type="News", body=body
            )
            for n, (title, body) in enumerate(bodies)
        ),
        kind=ORG.press_releases.kind,
    )


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(text, text), max_size=8), st.lists(text, min_size=1, max_size=4))
def test_text_filter_is_the_scan(bodies: list[tuple[str, str]], needles: list[str]) -> None:
    """filter(text=...) finds exactly the releases whose normalised title and body hold it."""
    releases = corpus(bodies)
    for needle in needles:
        norm = normalize(needle)
        scan = [r for r in releases if norm in normalize(r.title + " " + r.body)]
        assert list(releases.filter(text=needle)) == scan


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=40), st.from_regex(r"[A-Za-z0-9 ]{0,12}", fullmatch=True)))
def test_normalize_text_is_normalize(value: str) -> None:
    """The normaliser (translate and split) agrees with a reference written with the regular
    expression 0.1 used, on any text; normalize() is the same function, cached."""
    import re
    import unicodedata

    letters: dict[str, str | int | None] = {
        "ı": "i",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "ð": "d",
        "þ": "th",
    }
    if value.isascii():
        folded = value.lower()
    else:
        decomposed = unicodedata.normalize(
            "NFKD", value.casefold().translate(str.maketrans(letters))
        )
        folded = decomposed.encode("ascii", "ignore").decode("ascii")
    key = re.sub(r"[^0-9a-z]+", " ", folded.replace("&", " and ")).strip()
    while any(key.startswith(p) and len(key) > len(p) for p in ("osce ", "the ")):
        key = key[len(next(p for p in ("osce ", "the ") if key.startswith(p))) :]
    assert normalize_text(value) == key
    assert normalize(value) == key


def test_text_combines_with_the_other_filters() -> None:
    """A text criterion is intersected with the indexed ones, in data order."""
    serbia = ORG.participating_states["serbia"]
    releases = ORG.with_press_releases(
        [
            PressRelease(id="a", title="Border police", content_type="News"),
            PressRelease(
                id="b", title="Border police", content_type="News", mentioned_states=(serbia,)
            ),
            PressRelease(
                id="c", title="Elections", content_type="News", mentioned_states=(serbia,)
            ),
        ]
    ).press_releases
    assert [r.id for r in releases.filter(text="border POLICE", mentions="serbia")] == ["b"]
    assert [r.id for r in releases.filter(text="order pol")] == ["a", "b"]
    assert list(releases.filter(text="police elections")) == []


def test_release_by_id() -> None:
    """A release is found by its id as written, or spelt with other case and spaces."""
    releases = corpus([("One", ""), ("Two", "")])
    assert releases["r-1"].title == "Two"
    assert releases["R-1"].title == "Two"
    assert releases.get("r 1") is releases["r-1"]
    assert "r-0" in releases
    assert releases.get("r-9") is None


def test_a_missing_id_suggests_nothing_costly() -> None:
    """A miss is a NotFoundError naming the id; titles are not searched for suggestions."""
    releases = corpus([("Border police", "")])
    with pytest.raises(NotFoundError, match="no press release has the id 'border police'") as e:
        releases["border police"]
    assert not e.value.suggestions
    assert releases.suggest("R-0") == ["r-0"]


def test_duplicate_ids_are_refused() -> None:
    """with_press_releases refuses a release whose id is already taken."""
    release = PressRelease(id="same", title="A", content_type="News")
    with pytest.raises(DataError, match=r"releases\[1\].*duplicate press release id 'same'"):
        ORG.with_press_releases([release, release])
    bundled = next(iter(ORG.press_releases))
    with pytest.raises(DataError, match="duplicate press release id"):
        ORG.with_press_releases([bundled])
