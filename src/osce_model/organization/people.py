"""People: derived from the terms the data records, one person per name.

The data names office holders inside the records of their offices (a Chairpersonship's
Chairpersons-in-Office, an institution's heads and officials, a field operation's heads, the
holders of a Representative of the Chair's post, the Secretaries General). Here those terms are
gathered into :class:`~osce_model.Person` records with their posts, so that a person can be
found by name and asked what posts they held. Two terms belong to one person when their names
are the same once normalised ("Lamberto Zannier", Secretary General and then High
Commissioner); spellings that differ are different people, never merged by guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..schema.keys import normalize
from ..schema.records import ParticipatingState, Person, Post

__all__ = ["derive_people", "person_id"]

CHAIRPERSON = "Chairperson-in-Office"
SECRETARY_GENERAL = "Secretary General"


def person_id(name: str) -> str:
    """The id of the person called ``name``: its normalised words joined by hyphens."""
    return normalize(name).replace(" ", "-")


def _short_name(name: str) -> str | None:
    """ "Helga Schmid" for "Helga Maria Schmid": first and last word of a longer name."""
    words = name.split()
    return f"{words[0]} {words[-1]}" if len(words) >= 3 else None


def _representative_title(post: str) -> str:
    """ "Personal Representative" for the post "Personal Representative of the OSCE
    Chairperson-in-Office on ...": the words before " of the"."""
    return post.split(" of the ", 1)[0]


def _post(holder: Any, organisation: Any, title: str = "Head") -> Post:
    """The post a term of office records (``title`` where the term names none)."""
    return Post(
        title=holder.title or title,
        organisation=organisation,
        since=holder.since,
        until=holder.until,
        current=holder.current,
        provenance=holder.provenance,
    )


def derive_people(parts: Mapping[str, Iterable[Any]]) -> list[Person]:
    """Every person the terms in ``parts`` (collections by name) name, in order of first post."""
    found: dict[str, dict[str, Any]] = {}

    def add(name: str, post: Post, sources: Iterable[str], nationality: Any = None) -> None:
        entry = found.setdefault(
            normalize(name), {"name": name, "posts": [], "sources": {}, "nationality": None}
        )
        entry["posts"].append(post)
        entry["sources"].update(dict.fromkeys(sources))
        if isinstance(nationality, ParticipatingState):
            entry["nationality"] = nationality

    for chair in parts["chairpersonships"]:
        for holder in chair.chairpersons:
            add(holder.name, _post(holder, chair, CHAIRPERSON), chair.sources)
    root = next((unit for unit in parts["secretariat"] if unit.parent is None), None)
    for sg in parts["secretaries_general"]:
        if root is not None:
            post = Post(
                title=SECRETARY_GENERAL,
                organisation=root,
                since=sg.since,
                until=sg.until,
                current=sg.until is None,
            )
            add(sg.name, post, sg.sources, sg.nationality)
    for institution in parts["institutions"]:
        for holder in (*institution.heads, *institution.officials):
            add(holder.name, _post(holder, institution), institution.sources)
    for operation in parts["field_operations"]:
        for holder in operation.heads:
            add(holder.name, _post(holder, operation), operation.sources)
    for representative in parts.get("personal_representatives", ()):
        title = _representative_title(representative.name)
        for holder in representative.heads:
            post = _post(holder, representative, title)
            add(holder.name, post, representative.sources)
    people: list[Person] = []
    for entry in found.values():
        short = _short_name(entry["name"])
        people.append(
            Person(
                id=person_id(entry["name"]),
                name=entry["name"],
                aliases=(short,) if short else (),
                nationality=entry["nationality"],
                posts=tuple(entry["posts"]),
                sources=tuple(entry["sources"]),
            )
        )
    return people
