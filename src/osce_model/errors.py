"""The exceptions raised by osce_model.

Every error the library raises on purpose subclasses :class:`OsceModelError` and the built-in
exception it resembles, so ``except ValueError`` and ``except LookupError`` keep working.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousKeyError",
    "DataError",
    "MissingExtraError",
    "NotFoundError",
    "OsceModelError",
    "ParseError",
    "Problem",
]


class OsceModelError(Exception):
    """Base class of every error raised by osce_model."""


class Problem:
    """One thing wrong in a data file: where it is and what is wrong."""

    __slots__ = ("file", "line", "message", "path")

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        path: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.path = path
        self.message = message

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.path:
            where = f"{where} {self.path}" if where else self.path
        return f"{where}: {self.message}" if where else self.message

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"


class DataError(OsceModelError, ValueError):
    """Data that cannot be loaded: bad YAML, a wrong type, a dangling reference…

    ``problems`` lists every problem found (the message shows the first few); ``file``, ``line``
    and ``path`` are those of the first one.
    """

    def __init__(self, problems: Sequence[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        self.problems: tuple[Problem, ...] = tuple(problems)
        first = self.problems[0]
        self.file = first.file
        self.line = first.line
        self.path = first.path
        shown = [str(p) for p in self.problems[:10]]
        if len(self.problems) > 10:
            shown.append(f"... and {len(self.problems) - 10} more problems")
        super().__init__("\n".join(shown))

    def __reduce__(self) -> tuple[object, ...]:  # every problem survives pickling
        return (type(self), (self.problems,))


class NotFoundError(OsceModelError, LookupError):
    """No record matches the key. ``suggestions`` holds the closest names."""

    def __init__(
        self, message: str, *, key: object = None, suggestions: Sequence[str] = ()
    ) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        self._message = message
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild,
            (type(self), (self._message,), {"key": self.key, "suggestions": self.suggestions}),
        )

    def __str__(self) -> str:  # LookupError would repr a lone argument in quotes
        return str(self.args[0])


class AmbiguousKeyError(OsceModelError, LookupError):
    """The key names more than one record; ``candidates`` lists them."""

    def __init__(
        self, message: str, *, key: object = None, candidates: Sequence[object] = ()
    ) -> None:
        self.key = key
        self.candidates = tuple(candidates)
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.args, {"key": self.key, "candidates": self.candidates}))

    def __str__(self) -> str:
        return str(self.args[0])


class ParseError(OsceModelError, ValueError):
    """A text that is not a page the parser understands."""


class MissingExtraError(OsceModelError, ImportError):
    """An optional feature whose package is not installed; the message names the extra."""

    def __init__(self, feature: str, package: str, extra: str) -> None:
        self.feature, self.package, self.extra = feature, package, extra
        super().__init__(
            f"{feature} needs {package}, which is not installed: pip install 'osce-model[{extra}]'"
        )

    def __reduce__(self) -> tuple[object, ...]:  # a worker process can raise it, too
        return (type(self), (self.feature, self.package, self.extra))


def _rebuild(cls: type[Exception], args: tuple[object, ...], kwargs: dict[str, object]) -> object:
    return cls(*args, **kwargs)


def require(module: str, *, feature: str, extra: str) -> object:
    """Import an optional dependency, or raise MissingExtraError saying what to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(feature, module, extra) from None
