"""Pages generated from the data at build time: the provenance table and the figure."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import osce_model


def provenance_table() -> str:
    """Markdown: per collection, its records, its claims by status and by precision, and the
    sites cited most; then every claim that is not simply stated, with its note."""
    org = osce_model.load()
    claims = list(org.claims())
    lines = [
        "| collection | records | claims | stated | derived | inferred | disputed | "
        "to the month or year | most cited sites |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    by_record: dict[int, list[osce_model.Claim]] = {}
    for claim in claims:
        by_record.setdefault(id(claim.record), []).append(claim)
    for name, coll in org.collections().items():
        mine = [c for record in coll for c in by_record.get(id(record), [])]
        statuses = Counter(c.status.value for c in mine)
        partial = sum(c.precision in ("month", "year") for c in mine)
        sites: Counter[str] = Counter()
        for claim in mine:
            sites.update(urlsplit(url).netloc.removeprefix("www.") for url in claim.sources)
        top = ", ".join(f"{site} ({n})" for site, n in sites.most_common(3))
        counts = " | ".join(
            str(statuses.get(s, 0)) for s in ("stated", "derived", "inferred", "disputed")
        )
        lines.append(f"| `{name}` | {len(coll)} | {len(mine)} | {counts} | {partial} | {top} |")
    lines += ["", "## Facts that are not simply stated", ""]
    for claim in claims:
        if claim.status is osce_model.Status.STATED:
            continue
        value = claim.value if claim.index is None else getattr(claim.value, "name", claim.value)
        note = " ".join((claim.note or "").split())
        others = "; ".join(f"{a.value}" for a in claim.alternatives)
        extra = f" Other values: {others}." if others else ""
        lines.append(
            f"- **{claim.record.name}**, `{claim.where}` = {value} "
            f"({claim.status.value}{', rule ' + claim.rule if claim.rule else ''}): {note}{extra}"
        )
    return "\n".join(lines)


def generate(docs: Path) -> None:
    """Write docs/generated/provenance.md and docs/_static/membership-timeline.png."""
    out = docs / "generated"
    out.mkdir(exist_ok=True)
    org = osce_model.load()
    (out / "provenance.md").write_text(
        "# Provenance\n\n"
        f"Generated from the bundled data (current as of {org.data_as_of}) when the docs are "
        "built, from `org.claims()`: every fact of every record, with its status (stated, "
        "derived, inferred, disputed), its precision and its sources (see "
        "[the data format](../data-format.md)).\n\n" + provenance_table() + "\n",
        encoding="utf-8",
    )
    static = docs / "_static"
    static.mkdir(exist_ok=True)
    import matplotlib

    matplotlib.use("Agg")
    from osce_model.export.plot import membership_timeline

    membership_timeline(org).savefig(static / "membership-timeline.png", dpi=90)
