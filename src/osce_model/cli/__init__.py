"""The ``osce-model`` command: a client of the library that repeats none of its rules."""

from __future__ import annotations

from .main import main

__all__ = ["main"]
