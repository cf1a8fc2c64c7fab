"""The schema layer: the record classes, their kinds, and the keys they are found by.

Nothing here does I/O or imports any other layer of the package but :mod:`osce_model.errors`.
"""

from __future__ import annotations
