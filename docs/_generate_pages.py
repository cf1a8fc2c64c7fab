"""Pages generated from the data at build time: the provenance table and the figure."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import osce_model


def provenance_table() -> str:
    """A Markdown table: every collection, its count, and the sites its sources cite most."""
    org = osce_model.load()
    lines = [
        "| collection | records | most cited sites |",
        "|---|---:|---|",
    ]
    for name, coll in org.collections().items():
        sites: Counter[str] = Counter()
        for record in coll:
            urls = [record.url] if name == "press_releases" else list(record.sources)
            sites.update(urlsplit(url).netloc.removeprefix("www.") for url in urls if url)
        top = ", ".join(f"{site} ({n})" for site, n in sites.most_common(3))
        lines.append(f"| `{name}` | {len(coll)} | {top} |")
    return "\n".join(lines)


def generate(docs: Path) -> None:
    """Write docs/generated/provenance.md and docs/_static/membership-timeline.png."""
    out = docs / "generated"
    out.mkdir(exist_ok=True)
    org = osce_model.load()
    (out / "provenance.md").write_text(
        "# Provenance\n\n"
        f"Generated from the bundled data (current as of {org.data_as_of}) when the docs are "
        "built. Every record lists its own `sources`; this table counts records and the sites "
        "cited most often.\n\n" + provenance_table() + "\n",
        encoding="utf-8",
    )
    static = docs / "_static"
    static.mkdir(exist_ok=True)
    import matplotlib

    matplotlib.use("Agg")
    from osce_model.export.plot import membership_timeline

    membership_timeline(org).savefig(static / "membership-timeline.png", dpi=90)
