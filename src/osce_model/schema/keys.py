"""Keys: what makes "TÜRKIYE" equal "turkiye", and every text a record is found by."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CODE_FIELDS", "keys_of", "name_variants", "normalize", "normalize_text"]

# Letters that Unicode does not decompose into a base letter and a mark.
_FOLD = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"}
)
_LEADING = ("osce ", "the ")
# Every ASCII character that is not a digit or a lower-case letter becomes a space; folded
# text is ASCII, so with ``str.split`` this leaves words of letters and digits.
_TO_SPACE = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isdigit() or "a" <= chr(c) <= "z")}
)


def normalize_text(text: str) -> str:
    """Fold case, accents, punctuation and spacing, and drop a leading "OSCE " or "the ":
    uncached, for texts looked at once (bodies, a directory's many keys)."""
    if text.isascii() and text.isalnum() and (text.islower() or text.isdigit()):
        return text  # one word of lower-case letters and digits ("t123"): already a key
    folded = text.lower() if text.isascii() else _fold_unicode(text)
    key = " ".join(folded.replace("&", " and ").translate(_TO_SPACE).split())
    stripped = True
    while stripped:
        stripped = False
        for prefix in _LEADING:
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key[len(prefix) :]
                stripped = True
    return key


@lru_cache(maxsize=16384)  # people look up the same few names again and again
def normalize(text: str) -> str:
    """:func:`normalize_text`, cached: what makes "TÜRKIYE" equal "turkiye" in every index."""
    return normalize_text(text)


def _fold_unicode(text: str) -> str:
    import unicodedata  # only for non-ASCII text: the cold start looks up "DE"

    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return decomposed.encode("ascii", "ignore").decode("ascii")


# Patterns, not compiled here: they serve only a miss or a conversion, and the cold start
# looks up "DE" (``re`` compiles and caches each on its first use).
_PARENTHESIS = r"\s*\(([^()]*)\)\s*$"
_QUALIFIER = r"(?i)\bof\b"
# What ends the part of an ISO-style name written after the comma: "Republic of", "Kingdom of
# the", or the article alone.
_DESIGNATION = r"(?i)(?:\bof|\bof the|^the)$"


def name_variants(text: str) -> list[str]:
    """``text`` and the forms an ISO-style inverted name stands for: "Moldova, Republic of" ->
    "Republic of Moldova"; "Iran (Islamic Republic of)" -> "Islamic Republic of Iran".

    A qualifier ("… of") is never dropped: "Korea, Democratic People's Republic of" is not
    "Korea"; a bare article or another name in brackets is ("Netherlands (the)" ->
    "Netherlands", "Holy See (Vatican City State)" -> "Holy See"). After a comma only a
    designation or an article is read so: "Serbia, Montenegro" names two countries, not Serbia.
    """
    inner = re.search(_PARENTHESIS, text)
    if inner:  # "Iran (Islamic Republic of)", "Netherlands (the)"
        head, tail = text[: inner.start()].strip(), inner.group(1).strip()
    elif text.count(",") == 1:  # "Korea, Republic of", "Bahamas, The"
        head, tail = (part.strip() for part in text.split(","))
        if not re.search(_DESIGNATION, tail):
            return [text]
    else:
        return [text]
    variants = [text, f"{tail} {head}"]
    if not re.search(_QUALIFIER, tail):
        variants.append(head)
    return variants


# Fields holding codes (ISO 3166): matched whole, and quoted in the data files, since unquoted
# NO (Norway) is a boolean in YAML 1.1 and NA (Namibia) reads as "missing" in many tools.
CODE_FIELDS = ("iso2", "iso3", "iso_numeric", "iso3166_3")


def keys_of(record: object) -> list[tuple[str, str]]:
    """Every (text, how) pair by which ``record`` can be looked up, strongest first.

    ``how`` says what the text is: "id", "code", "name", "acronym", "alias" or "former name".
    The one key function: collections, search, linking and the loader's checks all use it.
    """
    keys: list[tuple[str, str]] = [(str(getattr(record, "id")), "id")]  # noqa: B009
    for field in CODE_FIELDS:
        code = getattr(record, field, None)
        if code:
            keys.append((code, "code"))
    keys.append((getattr(record, "name"), "name"))  # noqa: B009
    acronym = getattr(record, "acronym", None)
    if acronym:
        keys.append((acronym, "acronym"))
    keys.extend((alias, "alias") for alias in getattr(record, "aliases", ()))
    keys.extend((former.name, "former name") for former in getattr(record, "former_names", ()))
    return keys
