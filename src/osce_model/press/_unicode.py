"""Text that cannot be stored: a release holding a lone surrogate (U+D800…U+DFFF) is refused
by every save and every load, so that what is saved always loads back equal."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Problem
from ..schema.records import PressRelease

__all__ = ["not_unicode"]


def not_unicode(release: PressRelease) -> Problem | None:
    """A problem when a text of ``release`` holds a lone surrogate (it cannot be UTF-8)."""
    for field, value in _texts(release):
        if value.isascii():
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = ord(value[exc.start])
            return Problem(
                f"release {release.id!r}: {field} holds a lone surrogate (U+{code:04X}), "
                "which is not Unicode text",
                path=field,
            )
    return None


def _texts(release: PressRelease) -> Iterator[tuple[str, str]]:
    for field in release.__attrs_attrs__:
        value = getattr(release, field.name)
        if isinstance(value, str):
            yield field.name, value
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield f"{field.name}[{index}]", item
