"""The ``osce-model`` command: an overview of the organisation and look-ups from the shell.

Exit codes: 0 on success, 1 when something is not found, data is invalid or the output cannot
be written (one line on stderr; under ``--json``, one JSON object), 2 on a usage error, 130 when
interrupted (Ctrl-C). Output is UTF-8 whatever the locale; a reader that goes away
(``| head -1``) ends the command quietly.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import attrs

from ..errors import NotFoundError, OsceModelError
from ..organization.organization import Organization
from ..schema.provenance import Claim, claims_of
from ..schema.records import FormerParticipatingState, ParticipatingState, Territory
from ..schema.text import as_text
from ..storage.bundled import bundled
from ..storage.loader import load_directory
from ._output import as_dict, emit_json, emit_json_error

__all__ = ["main"]


def _today() -> _dt.date:
    return _dt.date.today()


def _day(args: argparse.Namespace) -> _dt.date:
    """The day a command answers for: ``--on``, or today."""
    day: _dt.date | None = getattr(args, "on", None)
    return day or _today()


def _overview(org: Organization, args: argparse.Namespace) -> int:
    today = _day(args)
    chair = org.chairpersonship(today.year)
    active = org.field_operations.active(today)
    if args.json:
        emit_json(
            {
                "data_as_of": org.data_as_of,
                "counts": {name: len(coll) for name, coll in org.collections().items()},
                "chairpersonship": as_dict(chair) if chair else None,
                "active_field_operations": [op.id for op in active],
                "institutions": [inst.id for inst in org.institutions],
            }
        )
        return 0
    lines = [
        f"OSCE — Organization for Security and Co-operation in Europe "
        f"(data as of {org.data_as_of})",
        "",
    ]
    lines.append(
        f"{len(org.participating_states)} participating States, "
        f"{len(org.partners)} Partners for Co-operation "
        f"({len(org.partners_in('asian'))} Asian, "
        f"{len(org.partners_in('mediterranean'))} Mediterranean)"
    )
    if chair is not None:
        people = ", ".join(p.name for p in chair.chairpersons) or "Chairperson not recorded"
        lines.append(f"Chairpersonship {chair.year}: {chair.state.name} ({people})")
    else:
        lines.append(f"Chairpersonship {today.year}: not decided")
    sg = org.secretary_general_on(today)
    lines.append(f"Secretary General: {sg.name if sg else 'vacant'}")
    lines.append("")
    lines.append(f"Active field operations ({len(active)}):")
    lines.extend(
        f"  {op.name} — {op.headquarters or '?'} (since {op.established or '?'})" for op in active
    )
    lines.append("")
    lines.append(f"Institutions ({len(org.institutions)}):")
    for inst in org.institutions:
        heads = ", ".join(h.name for h in inst.current_heads)
        lines.append(
            f"  {inst.name}{f' ({inst.acronym})' if inst.acronym else ''} — {inst.seat}"
            + (f"; head: {heads}" if heads else "")
        )
    lines.append("")
    lines.append(
        f"Secretariat: {len(org.secretariat)} units; "
        f"{len(org.field_operations.closed(today))} closed field operations; "
        f"{len(org.chairpersonships)} Chairpersonships since "
        f"{min(c.year for c in org.chairpersonships)}"
    )
    print("\n".join(lines))
    return 0


def _states(org: Organization, args: argparse.Namespace) -> int:
    day = _day(args)
    states = org.participating_states_on(day)
    if args.json:
        emit_json(
            [
                {"id": s.id, "name": s.name_on(day) or s.name, "kind": org.schema.kind_of(s).tag}
                for s in states
            ]
        )
    else:
        print(f"{len(states)} participating States on {day}:")
        for state in states:
            print(f"  {state.name_on(day) or state.name}")
    return 0


def _partners(org: Organization, args: argparse.Namespace) -> int:
    if args.json:
        emit_json([as_dict(p) for p in org.partners])
        return 0
    for group in ("asian", "mediterranean"):
        members = org.partners_in(group)
        print(
            f"{group.capitalize()} Partners for Co-operation ({len(members)}): "
            + ", ".join(p.name for p in members)
        )
    return 0


def _operations(org: Organization, args: argparse.Namespace) -> int:
    operations = org.field_operations
    ops: Sequence[Any] = tuple(operations)
    if args.host:
        host = org.lookup(args.host)  # a typo is an error with suggestions, not an empty list
        if not isinstance(host, (ParticipatingState, FormerParticipatingState, Territory)):
            label = org.schema.kind_of(host).label
            raise NotFoundError(f"{args.host!r} is a {label}, not a State or territory")
        ops = operations.hosted_by(host)
    today = _day(args)
    if args.active or args.closed:
        wanted = operations.active(today) if args.active else operations.closed(today)
        ops = [op for op in ops if op in wanted]
    if args.json:
        emit_json([as_dict(op) for op in ops])
        return 0
    for op in ops:
        span = f"{op.established or '?'} – {op.closed or 'active'}"
        print(f"{op.name} ({op.host.name}, {op.headquarters or '?'}): {span}")
    return 0


def _years(org: Organization) -> tuple[int, int]:
    years = [chair.year for chair in org.chairpersonships]
    return min(years), max(years)


def _outside(org: Organization, first: int, last: int) -> NotFoundError | None:
    """The error for years the data does not reach, or None when it covers any of them."""
    low, high = _years(org)
    if last < low or first > high:
        span = str(first) if first == last else f"{first}–{last}"
        return NotFoundError(
            f"no Chairpersonship in {span}: the data covers {low}–{high} "
            f"(the CSCE had no Chairpersonship before {low})",
            key=first,
        )
    return None


def _chair(org: Organization, args: argparse.Namespace) -> int:
    outside = _outside(org, args.year, args.year)
    if outside is not None:
        raise outside
    chair = org.chairpersonships[args.year]
    if args.json:
        emit_json(as_dict(chair))
        return 0
    print(f"{chair.year}: {chair.state.name}")
    for person in chair.chairpersons:
        print(f"  {person.name} ({person.since or '?'} – {person.until or '?'})")
    return 0


def _troika(org: Organization, args: argparse.Namespace) -> int:
    outside = _outside(org, args.year - 1, args.year + 1)
    if outside is not None:
        raise outside
    trio = org.troika(args.year)
    low, _high = _years(org)
    if args.json:
        emit_json(
            {
                label: (as_dict(c) if c else None)
                for label, c in zip(("previous", "current", "next"), trio, strict=False)
            }
        )
        return 0
    for offset, label, chair in zip((-1, 0, 1), ("previous", "current", "next"), trio, strict=True):
        if chair is not None:
            print(f"{label}: {chair.year} {chair.state.name}")
        elif args.year + offset < low:
            print(f"{label}: {args.year + offset} none (before the first, in {low})")
        else:
            print(f"{label}: {args.year + offset} not decided")
    return 0


def _claims(entity: Any) -> list[Claim]:
    return list(claims_of(entity))


def _claim_data(claim: Claim) -> dict[str, Any]:
    return {
        "fact": claim.where,
        "value": as_text(claim.value),
        "precision": claim.precision,
        "status": claim.status.value,
        "sources": list(claim.sources),
        "note": claim.note,
        "rule": claim.rule,
        "alternatives": [
            {"value": as_text(a.value), "sources": list(a.sources), "note": a.note}
            for a in claim.alternatives
        ],
    }


def _show_sources(entity: Any, args: argparse.Namespace) -> int:
    """Every fact of ``entity`` with its status, precision and sources."""
    claims = _claims(entity)
    if args.json:
        emit_json([_claim_data(claim) for claim in claims])
        return 0
    print(f"{entity.name}: {len(claims)} facts")
    for claim in claims:
        precision = f", to the {claim.precision}" if claim.precision in ("month", "year") else ""
        rule = f", rule: {claim.rule}" if claim.rule else ""
        print(f"  {claim.where}: {as_text(claim.value)} ({claim.status.value}{precision}{rule})")
        if claim.note:
            print(f"    note: {' '.join(claim.note.split())}")
        for url in claim.sources:
            print(f"    - {url}")
        for alternative in claim.alternatives:
            print(f"    other value: {as_text(alternative.value)}")
            for url in alternative.sources:
                print(f"      - {url}")
    return 0


def _show(org: Organization, args: argparse.Namespace) -> int:
    entity = org.lookup(args.name)
    if getattr(args, "sources", False):
        return _show_sources(entity, args)
    if args.json:
        emit_json(as_dict(entity))
        return 0
    print(f"{entity.name} ({type(entity).__name__})")
    for field in attrs.fields(type(entity)):
        value = getattr(entity, field.name)
        if field.name in ("name", "sources", "provenance") or value in (None, (), ""):
            continue
        if isinstance(value, tuple) and value and attrs.has(type(value[0])):
            print(f"  {field.name}:")
            for item in value:
                print(f"    - {as_text(item)}")
        else:
            print(f"  {field.name}: {as_text(value)}")
    shown = {field.name for field in attrs.fields(type(entity))}
    for relation, entities in org.related(entity).items():
        if relation in shown or f"{relation}s" in shown:  # "predecessor": the field
            continue
        print(f"  → {relation.replace('_', ' ')}: " + "; ".join(e.name for e in entities))
    print(f"  sources: {len(getattr(entity, 'sources', ()))} (--sources shows each fact's)")
    return 0


def _validate(org: Organization | None, args: argparse.Namespace) -> int:
    from pathlib import Path

    loaded = load_directory(Path(args.directory))
    counts = {name: len(coll) for name, coll in loaded.collections().items()}
    if args.json:
        emit_json({"valid": True, "counts": counts})
    else:
        print(f"{args.directory}: valid; " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors as JSON when ``--json`` was given."""

    def __init__(self, *args: Any, json_errors: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.json_errors = json_errors

    def error(self, message: str) -> NoReturn:
        if self.json_errors:
            emit_json_error("UsageError", f"{self.prog}: {message}")
            raise SystemExit(2)
        super().error(message)


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("osce-model")
    except PackageNotFoundError:  # run from a source tree that is not installed
        return "unknown"


class _Version(argparse.Action):
    """``--version``: the package's version and the data's, computed only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(f"osce-model {_package_version()} (data as of {bundled().data_as_of})")
        parser.exit()


def _parser(json_errors: bool = False) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="osce-model",
        description="The OSCE as typed, sourced data: an overview and look-ups.",
        json_errors=json_errors,
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--version", action=_Version, help="the package and data versions")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_text, description=help_text, json_errors=json_errors)
        cmd.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
        )
        return cmd

    overview = add(
        "overview", "counts, the current Chairpersonship, active field operations (default)"
    )
    overview.add_argument("--on", type=_date, metavar="DATE", help="a day, YYYY-MM-DD (today)")
    states = add("states", "the participating States (on a date)")
    states.add_argument("--on", type=_date, metavar="DATE", help="a day, YYYY-MM-DD (today)")
    add("partners", "the Partners for Co-operation by group")
    ops = add("operations", "field operations, current and closed")
    which = ops.add_mutually_exclusive_group()
    which.add_argument("--active", action="store_true", help="only the active ones")
    which.add_argument("--closed", action="store_true", help="only the closed ones")
    ops.add_argument("--host", metavar="STATE", help="hosted by this State or territory")
    ops.add_argument(
        "--on", type=_date, metavar="DATE", help="active or closed on this day (today)"
    )
    chair = add("chair", "the Chairpersonship of a year")
    chair.add_argument("year", type=int)
    troika = add("troika", "the previous, current and next Chairpersonships")
    troika.add_argument("year", type=int)
    show = add("show", "one entity of any kind, by any of its names")
    show.add_argument("name")
    show.add_argument(
        "--sources", action="store_true", help="every fact with its status, precision and sources"
    )
    search = add("search", "ranked matches across every kind, tolerant of typos")
    search.add_argument("text")
    search.add_argument("--limit", type=_positive, default=10, help="at most this many (10)")
    parse = add("parse", "parse osce.org press-release pages: text, HTML or a newsroom listing")
    parse.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for stdin")
    parse.add_argument(
        "--jsonl",
        action="store_true",
        help="print one JSON release a line: a corpus file that `corpus` reads",
    )
    corpus = add("corpus", "read a press-release corpus: a directory of YAML files or a .jsonl")
    corpus.add_argument("path", metavar="DIR")
    corpus.add_argument("--stats", action="store_true", help="counts by type, source, field, State")
    validate = add("validate", "check a data directory laid out like data/")
    validate.add_argument("directory")
    export = add("export", "write every table and a Frictionless datapackage.json into DIR")
    export.add_argument("directory", metavar="DIR")
    export.add_argument(
        "--format", choices=("csv", "parquet", "json"), default="csv", help="file format (csv)"
    )
    return parser


def _search(org: Organization, args: argparse.Namespace) -> int:
    matches = org.search(args.text, limit=args.limit)
    if args.json:
        emit_json(
            [
                {
                    "id": getattr(m.entity, "id", None),
                    "name": m.entity.name,
                    "kind": m.kind.tag,
                    "score": m.score,
                    "how": m.how,
                    "matched": m.matched,
                }
                for m in matches
            ]
        )
    else:
        for match in matches:
            print(
                f"{match.score:.2f}  {match.entity.name} ({match.kind.label}; {match.how}: "
                f"{match.matched!r})"
            )
    if not matches:
        print(f"osce-model: nothing in the OSCE model matches {args.text!r}", file=sys.stderr)
        return 1
    return 0


def _parse(org: Organization, args: argparse.Namespace) -> int:
    from .press import parse_command

    return parse_command(org, args)


def _corpus(org: Organization, args: argparse.Namespace) -> int:
    from .press import corpus_command

    return corpus_command(org, args)


def _export(org: Organization, args: argparse.Namespace) -> int:
    from ..export.tables import write_package

    path = write_package(org, args.directory, format=args.format, version=_package_version())
    if args.json:
        emit_json({"datapackage": str(path), "format": args.format})
    else:
        print(f"wrote the tables as {args.format} and {path}")
    return 0


_COMMANDS = {
    "overview": _overview,
    "states": _states,
    "partners": _partners,
    "operations": _operations,
    "chair": _chair,
    "troika": _troika,
    "show": _show,
    "search": _search,
    "parse": _parse,
    "corpus": _corpus,
    "export": _export,
}


def _utf8(stream: Any) -> None:
    """Write UTF-8 whatever the locale (or PYTHONIOENCODING) says."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that flushing at exit raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout
        pass


def _report(exc: BaseException, kind: str, json_errors: bool) -> None:
    if json_errors:
        emit_json_error(kind, str(exc), suggestions=getattr(exc, "suggestions", None))
        return
    message = str(exc).splitlines() or [kind]
    print(f"osce-model: {message[0]}", file=sys.stderr)
    for extra in message[1:]:
        print(f"  {extra}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    json_errors = "--json" in arguments
    try:
        for stream in (sys.stdin, sys.stdout, sys.stderr):
            _utf8(stream)
        args = _parser(json_errors).parse_args(arguments)
        command = args.command or "overview"
        if command == "validate":
            code = _validate(None, args)
        else:
            code = _COMMANDS[command](bundled(), args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk or a closed pipe shows here, inside the try
        return code
    except OsceModelError as exc:
        _report(exc, type(exc).__name__, json_errors)
        return 1
    except KeyboardInterrupt:
        print("osce-model: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        _silence_stdout()
        return 1
    except OSError as exc:  # e.g. no space left on the device written to
        _silence_stdout()
        where = f"{exc.filename}: " if exc.filename else ""
        _report(OSError(f"{where}{exc.strerror or exc}"), "OSError", json_errors)
        return 1
