"""Name normalisation shared by every index: what makes "TÜRKIYE" equal "turkiye"."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["normalize"]

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"}
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LEADING = ("osce ", "the ")


@lru_cache(maxsize=16384)  # people look up the same few names again and again
def normalize(text: str) -> str:
    """Fold case, accents, punctuation and spacing, and drop a leading "OSCE " or "the "."""
    folded = text.lower() if text.isascii() else _fold_unicode(text)
    key = _NON_ALNUM.sub(" ", folded.replace("&", " and ")).strip()
    stripped = True
    while stripped:
        stripped = False
        for prefix in _LEADING:
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key[len(prefix) :]
                stripped = True
    return key


def _fold_unicode(text: str) -> str:
    import unicodedata  # only for non-ASCII text: the cold start looks up "DE"

    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return decomposed.encode("ascii", "ignore").decode("ascii")
