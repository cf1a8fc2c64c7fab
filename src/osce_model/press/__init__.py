"""The press layer: reading osce.org pages into linked releases, and corpora on disk."""

from __future__ import annotations
