"""The press commands of ``osce-model``: ``parse FILE... [--json]`` and ``corpus PATH --stats``.

Handlers take the organisation and the parsed arguments and return the exit code; a corpus
that does not load raises :class:`~osce_model.DataError`, which the command line reports.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import DataError, ParseError
from ..organization.organization import Organization
from ..press.corpus import load_corpus
from ..press.parsing import MAX_CHARS, parse_press_page
from ..schema.records import Issuer, PressRelease
from ..storage.jsontext import to_json
from ..storage.plain import to_dict
from ..storage.strict_yaml import read_limited
from ._output import emit_json, emit_json_error

__all__ = ["corpus_command", "parse_command"]

_TOP = 10  # how many of each kind the text statistics show


def _issuer_name(issuer: Issuer) -> str:
    return issuer if isinstance(issuer, str) else issuer.name


def _read(name: str) -> str:
    """The text of ``name`` ("-": standard input), at most one character over the parser's
    limit (which then refuses it): a FIFO or a device is refused, never read forever."""
    if name == "-":
        if sys.stdin is None:  # started with standard input closed (``<&-``)
            raise OSError(errno.EBADF, "standard input is closed")
        return sys.stdin.read(MAX_CHARS + 1)
    # UTF-8 takes at most 4 bytes a character: past that many, the text is over the limit.
    data = read_limited(Path(name), max_bytes=4 * MAX_CHARS, name=name)
    return data.decode("utf-8")


def _parse_file(org: Organization, name: str) -> list[PressRelease]:
    return parse_press_page(_read(name), org=org)


def _describe(release: PressRelease) -> list[str]:
    facts = [release.content_type or "content type not stated"]
    facts.append(str(release.date) if release.date else "undated")
    if release.place or release.dateline_city:
        facts.append(release.place or release.dateline_city or "")
    lines = [release.id, f"  {release.title}", "  " + " · ".join(facts)]
    if release.issuers:
        lines.append("  issuers: " + "; ".join(_issuer_name(s) for s in release.issuers))
    if release.fields_of_work:
        lines.append("  fields of work: " + ", ".join(f.name for f in release.fields_of_work))
    if release.unlinked_fields:
        lines.append("  fields of work kept as text: " + ", ".join(release.unlinked_fields))
    if release.mentioned_states:
        lines.append("  mentions: " + ", ".join(s.name for s in release.mentioned_states))
    return lines


def parse_command(org: Organization, args: argparse.Namespace) -> int:
    """Parse each of ``args.files`` (a page as text or HTML, or a newsroom listing; "-" reads
    stdin) and print the releases; a file that fails is reported and the others still run."""
    releases: list[PressRelease] = []
    failed = 0
    for name in args.files:
        try:
            releases.extend(_parse_file(org, name))
        except (OSError, UnicodeDecodeError, ParseError, DataError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if isinstance(exc, DataError):
                reason = exc.problems[0].message
            if getattr(args, "json", False):
                emit_json_error(type(exc).__name__, f"{name}: {reason}")
            else:
                print(f"osce-model: {name}: {reason}", file=sys.stderr)
            failed += 1
    if getattr(args, "jsonl", False):  # what ``corpus`` and load_corpus read back
        for release in releases:
            print(to_json(to_dict(release), indent=None))
    elif args.json:
        emit_json([to_dict(release) for release in releases])
    else:
        for number, release in enumerate(releases):
            if number:
                print()
            print("\n".join(_describe(release)))
    return 1 if failed else 0


def _counts(values: Iterable[str]) -> dict[str, int]:
    return dict(Counter(values).most_common())


def _statistics(releases: Sequence[PressRelease]) -> dict[str, Any]:
    """Counts over a corpus: releases, dates, content types, issuers, fields, States, and the
    issuers and fields of work that are kept as text because they name no record."""
    dates = sorted(r.date for r in releases if r.date is not None)
    return {
        "releases": len(releases),
        "dated": len(dates),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "content_types": _counts(r.content_type or "(not stated)" for r in releases),
        "issuers": _counts(_issuer_name(s) for r in releases for s in r.issuers),
        "fields_of_work": _counts(f.name for r in releases for f in r.fields_of_work),
        "mentioned_states": _counts(s.name for r in releases for s in r.mentioned_states),
        # What the pages say that names no record: kept as text, counted so that it is seen.
        "unlinked_issuers": _counts(s for r in releases for s in r.issuers if isinstance(s, str)),
        "unlinked_fields": _counts(term for r in releases for term in r.unlinked_fields),
    }


def _print_statistics(path: str, stats: dict[str, Any]) -> None:
    span = (
        f"{stats['first_date']} to {stats['last_date']}" if stats["dated"] else "no dated releases"
    )
    print(f"{path}: {stats['releases']} press releases, {stats['dated']} dated ({span})")
    for key, heading in (
        ("content_types", "content types"),
        ("issuers", "issuers"),
        ("fields_of_work", "fields of work"),
        ("mentioned_states", "participating States mentioned"),
        ("unlinked_issuers", "issuers kept as text"),
        ("unlinked_fields", "fields of work kept as text"),
    ):
        counts: dict[str, int] = stats[key]
        if not counts:
            continue
        shown = list(counts.items())[:_TOP]
        more = f", and {len(counts) - _TOP} more" if len(counts) > _TOP else ""
        print(f"{heading}: " + ", ".join(f"{name} ({n})" for name, n in shown) + more)


def corpus_command(org: Organization, args: argparse.Namespace) -> int:
    """Load the corpus at ``args.path`` (a directory of YAML files or a .jsonl file) and print
    its statistics (``args.stats``) or one line per release."""
    releases = load_corpus(args.path, org=org)
    if args.stats:
        stats = _statistics(releases)
        if args.json:
            emit_json(stats)
        else:
            _print_statistics(str(args.path), stats)
        return 0
    if args.json:
        emit_json([to_dict(release) for release in releases])
    else:
        for release in releases:
            day = str(release.date or "undated")
            print(f"{day:<10}  {release.id}  {release.title}")
    return 0
