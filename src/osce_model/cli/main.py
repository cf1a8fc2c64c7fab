"""The ``osce-model`` command: an overview of the organisation and look-ups from the shell.

Exit codes: 0 on success, 1 when something is not found or data is invalid (one line on
stderr), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections.abc import Sequence
from typing import Any

import attrs

from ..errors import AmbiguousKeyError, DataError, NotFoundError, ParseError
from ..organization.organization import Organization
from ..schema.text import as_text
from ..storage.bundled import bundled
from ..storage.loader import load_directory
from ._output import as_dict, emit_json

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
    ops: Sequence[Any] = operations.hosted_by(args.host) if args.host else tuple(operations)
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


def _chair(org: Organization, args: argparse.Namespace) -> int:
    chair = org.chairpersonships[args.year]
    if args.json:
        emit_json(as_dict(chair))
        return 0
    print(f"{chair.year}: {chair.state.name}")
    for person in chair.chairpersons:
        print(f"  {person.name} ({person.since or '?'} – {person.until or '?'})")
    return 0


def _troika(org: Organization, args: argparse.Namespace) -> int:
    trio = org.troika(args.year)
    if args.json:
        emit_json(
            {
                label: (as_dict(c) if c else None)
                for label, c in zip(("previous", "current", "next"), trio, strict=False)
            }
        )
        return 0
    for label, chair in zip(("previous", "current", "next"), trio, strict=False):
        print(f"{label}: {f'{chair.year} {chair.state.name}' if chair else 'not decided'}")
    return 0


def _show(org: Organization, args: argparse.Namespace) -> int:
    entity = org.lookup(args.name)
    if args.json:
        emit_json(as_dict(entity))
        return 0
    print(f"{entity.name} ({type(entity).__name__})")
    for field in attrs.fields(type(entity)):
        value = getattr(entity, field.name)
        if field.name in ("name", "sources") or value in (None, (), ""):
            continue
        if isinstance(value, tuple) and value and attrs.has(type(value[0])):
            print(f"  {field.name}:")
            for item in value:
                print(f"    - {as_text(item)}")
        else:
            print(f"  {field.name}: {as_text(value)}")
    shown = {field.name for field in attrs.fields(type(entity))}
    for relation, entities in org.related(entity).items():
        if relation in shown:
            continue
        print(f"  → {relation.replace('_', ' ')}: " + "; ".join(e.name for e in entities))
    print(f"  sources: {len(getattr(entity, 'sources', ()))} (--json lists them)")
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="osce-model", description="The OSCE as typed, sourced data: an overview and look-ups."
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_text, description=help_text)
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
    search = add("search", "ranked matches across every kind, tolerant of typos")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=10, help="at most this many (10)")
    parse = add("parse", "parse osce.org press-release pages: text, HTML or a newsroom listing")
    parse.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for stdin")
    corpus = add("corpus", "read a press-release corpus: a directory of YAML files or a .jsonl")
    corpus.add_argument("path", metavar="DIR")
    corpus.add_argument("--stats", action="store_true", help="counts by type, source, field, State")
    validate = add("validate", "check a data directory laid out like data/")
    validate.add_argument("directory")
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
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    command = args.command or "overview"
    try:
        if command == "validate":
            return _validate(None, args)
        return _COMMANDS[command](bundled(), args)
    except (NotFoundError, AmbiguousKeyError, DataError, ParseError) as exc:
        message = str(exc).splitlines()
        print(f"osce-model: {message[0]}", file=sys.stderr)
        for extra in message[1:]:
            print(f"  {extra}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("osce-model: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
