"""The source policy (docs/data-format.md, "Sources"): every citation of the bundled data is
classified by the list in data/source_policy.yaml, and the data keeps to the policy."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

import osce_model
from osce_model.storage.bundled import bundled_data_dir

CLASSES = ("official", "secondary", "mirror", "banned")
ENTRY_KEYS = {"class", "reason", "mirrors", "same_path"}
DOCS = Path(__file__).resolve().parent.parent / "docs" / "data-format.md"
MIN_OFFICIAL_SHARE = 0.95

Policy = Mapping[str, Mapping[str, Any]]


def load_policy(path: Path) -> dict[str, dict[str, Any]]:
    """The ``domains`` mapping of a source-policy file."""
    domains: dict[str, dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["domains"]
    return domains


def host_of(url: str) -> str:
    """The host name of ``url``, lower case, without a trailing dot (``issuu.com.``)."""
    return (urlsplit(url).hostname or "").rstrip(".")


def _bare(host: str) -> str:
    return host.removeprefix("www.")


def classify(url: str, policy: Policy) -> str:
    """The class of ``url`` by its host, or ``"unlisted"``."""
    entry = policy.get(host_of(url))
    return "unlisted" if entry is None else str(entry["class"])


def _has_original(mirror_url: str, urls: Iterable[str], policy: Policy) -> bool:
    entry = policy[host_of(mirror_url)]
    original = _bare(str(entry["mirrors"]))
    path = urlsplit(mirror_url).path
    for url in urls:
        if _bare(host_of(url)) != original or classify(url, policy) == "mirror":
            continue
        if not entry.get("same_path") or urlsplit(url).path == path:
            return True
    return False


def problems(label: str, urls: tuple[str, ...], note: str | None, policy: Policy) -> list[str]:
    """What is wrong with the citations of one record, one message per problem."""
    found: list[str] = []
    for url in urls:
        kind = classify(url, policy)
        if kind == "unlisted":
            found.append(f"{label}: unlisted domain {host_of(url)!r} ({url})")
        elif kind == "banned":
            reason = policy[host_of(url)].get("reason", "")
            found.append(f"{label}: banned domain {host_of(url)!r} ({reason}): {url}")
        elif kind == "mirror" and not _has_original(url, urls, policy):
            original = policy[host_of(url)]["mirrors"]
            found.append(f"{label}: mirror cited without its original on {original!r}: {url}")
    if not any(classify(url, policy) == "official" for url in urls) and not note:
        found.append(f"{label}: no official source and no sources_note saying why")
    return found


def citations(org: osce_model.Organization) -> Iterator[tuple[str, tuple[str, ...], str | None]]:
    """Every record as (label, cited URLs, sources_note); a press release cites its ``url``, and
    the sources of single facts count with the record's."""
    for record in org.records():
        if isinstance(record, osce_model.PressRelease):
            yield f"press release {record.id}", (record.url,) if record.url else (), None
            continue
        urls = list(record.sources)
        for fact in getattr(record, "provenance", ()):
            urls.extend(url for url in getattr(fact, "sources", ()) if url not in urls)
        label = f"{type(record).__name__} {getattr(record, 'id', None) or record.key}"
        yield label, tuple(urls), getattr(record, "sources_note", None)


def official_share(org: osce_model.Organization, policy: Policy) -> tuple[int, int]:
    """(records citing at least one official source, all records)."""
    rows = list(citations(org))
    official = sum(any(classify(url, policy) == "official" for url in urls) for _, urls, _ in rows)
    return official, len(rows)


@pytest.fixture(scope="module")
def policy() -> dict[str, dict[str, Any]]:
    """The policy list kept in the repository (bundled with the data)."""
    return load_policy(bundled_data_dir() / "source_policy.yaml")


@pytest.fixture(scope="module")
def toy() -> dict[str, dict[str, Any]]:
    """A small policy written for these tests."""
    return {
        "agency.example": {"class": "official"},
        "www.agency.example": {"class": "official"},
        "paper.example": {"class": "secondary"},
        "copy.example": {"class": "mirror", "mirrors": "agency.example", "same_path": True},
        "reposts.example": {"class": "mirror", "mirrors": "many news outlets"},
        "shop.example": {"class": "banned", "reason": "sells flags"},
    }


def test_policy_entries_are_well_formed(policy: dict[str, dict[str, Any]]) -> None:
    """Every entry has a known class and known keys, and a mirror names what it mirrors."""
    for host, entry in policy.items():
        assert host == host.lower().rstrip("."), host
        assert set(entry) <= ENTRY_KEYS, (host, entry)
        assert entry["class"] in CLASSES, (host, entry)
        assert ("mirrors" in entry) == (entry["class"] == "mirror"), (host, entry)
        assert "same_path" not in entry or entry["class"] == "mirror", (host, entry)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://agency.example/a/1", "official"),
        ("https://AGENCY.example./a/1", "official"),
        ("http://paper.example:8080/x", "secondary"),
        ("https://copy.example/a/1", "mirror"),
        ("https://shop.example/flags", "banned"),
        ("https://agency.example.evil/a", "unlisted"),
        ("https://sub.agency.example/a", "unlisted"),
    ],
)
def test_classify_by_exact_host(toy: Policy, url: str, expected: str) -> None:
    """A URL takes the class of its exact host (case and a trailing dot ignored, no suffixes)."""
    assert classify(url, toy) == expected


@pytest.mark.parametrize(
    ("urls", "note", "expected"),
    [
        (("https://agency.example/a/1",), None, []),
        (("https://paper.example/x",), "no official page found", []),
        (("https://paper.example/x",), None, ["no official source"]),
        (("https://paper.example/x",), "", ["no official source"]),
        (("https://unknown.example/x", "https://agency.example/a"), None, ["unlisted domain"]),
        (("https://shop.example/f", "https://agency.example/a"), None, ["banned domain"]),
        (("https://copy.example/a/1", "https://agency.example/a/1"), None, []),
        (("https://copy.example/a/1", "https://www.agency.example/a/1"), None, []),
        (
            ("https://copy.example/a/1", "https://agency.example/b/2"),
            None,
            ["without its original"],
        ),
        (("https://copy.example/a/1",), "read on a copy", ["without its original"]),
        (
            ("https://reposts.example/n", "https://agency.example/a"),
            None,
            ["without its original"],
        ),
    ],
)
def test_problems_of_one_record(
    toy: Policy, urls: tuple[str, ...], note: str | None, expected: list[str]
) -> None:
    """Unlisted, banned, orphan mirrors and unexplained lack of an official source are reported."""
    found = problems("Thing t", urls, note, toy)
    assert len(found) == len(expected), found
    for message, fragment in zip(found, expected, strict=True):
        assert message.startswith("Thing t: ")
        assert fragment in message


def test_bundled_citations_keep_to_the_policy(policy: dict[str, dict[str, Any]]) -> None:
    """No cited domain of the bundled data is unlisted or banned, no mirror stands alone, and a
    record without an official source says why."""
    found = [
        message
        for label, urls, note in citations(osce_model.load())
        for message in problems(label, urls, note, policy)
    ]
    assert found == []


def test_official_share_of_records(policy: dict[str, dict[str, Any]]) -> None:
    """At least 95 % of the records cite an official source, and the docs give the figure."""
    official, total = official_share(osce_model.load(), policy)
    share = official / total
    assert share >= MIN_OFFICIAL_SHARE, f"{official} of {total} records"
    if not DOCS.exists():  # the wheel's tests run without the docs
        return
    stated = re.search(r"official share: \d+ of \d+ records \((\d+(?:\.\d)?) %\)", DOCS.read_text())
    assert stated is not None, "docs/data-format.md does not state the official share"
    assert abs(float(stated.group(1)) - 100 * share) < 1.0, (stated.group(0), official, total)


def test_every_claim_cites_listed_hosts(policy: dict[str, dict[str, Any]]) -> None:
    """Every source of every claim (a term's, a former name's, an alternative's included) is on
    a listed host, none banned, and no mirror stands without its original."""
    found: list[str] = []
    for claim in osce_model.load().claims():
        label = f"{type(claim.record).__name__} {claim.record.id} {claim.where}"
        groups = [claim.sources, *(a.sources for a in claim.alternatives)]
        for urls in groups:
            # The official-source rule is the record's (checked above): here, hosts only.
            found.extend(
                message
                for message in problems(label, urls, "checked per record", policy)
                if "no official source" not in message
            )
    assert found == []
