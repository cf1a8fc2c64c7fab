"""The storage layer: strict YAML, the one converter, the loader, plain dict/JSON/YAML, and the
generated run-time form of the bundled data."""

from __future__ import annotations
