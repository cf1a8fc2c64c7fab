"""Name normalisation shared by every index: what makes "TÜRKIYE" equal "turkiye"."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize"]

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "ð": "d",
        "þ": "th",
        "&": " and ",
    }
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LEADING = ("osce ", "the ")


def normalize(text: str) -> str:
    """Fold case, accents, punctuation and spacing, and drop a leading "OSCE " or "the "."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    key = _NON_ALNUM.sub(" ", ascii_only).strip()
    stripped = True
    while stripped:
        stripped = False
        for prefix in _LEADING:
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key[len(prefix) :]
                stripped = True
    return key
