"""Dates and datelines as osce.org pages write them, in English and the field offices' languages.

Every pattern here is applied to a short, bounded slice of a line (``DATE_SLICE``,
``DATELINE_SLICE`` characters), so however long the input, matching costs a constant per line.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

import attrs

__all__ = [
    "DATELINE_SLICE",
    "DATE_SLICE",
    "Dateline",
    "PartialDate",
    "find_date",
    "find_year",
    "fold",
    "parse_dateline",
    "parse_header_line",
]

DATE_SLICE = 200
DATELINE_SLICE = 300


def fold(text: str) -> str:
    """Case- and accent-folded text with single spaces; unlike ``normalize`` it keeps Cyrillic."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


_MONTH_NAMES: tuple[tuple[int, str], ...] = (
    # English, with the abbreviations the site uses
    (1, "january jan"),
    (2, "february feb"),
    (3, "march mar"),
    (4, "april apr"),
    (5, "may"),
    (6, "june jun"),
    (7, "july jul"),
    (8, "august aug"),
    (9, "september sept sep"),
    (10, "october oct"),
    (11, "november nov"),
    (12, "december dec"),
    # Bosnian, Montenegrin and Serbian (Latin), Albanian, German, French, Romanian
    (1, "januar jänner janar janvier ianuarie"),
    (2, "februar shkurt février februarie"),
    (3, "mart mars märz martie"),
    (4, "prill avril aprilie"),
    (5, "maj mai"),
    (6, "juni qershor juin iunie"),
    (7, "juli korrik juillet iulie"),
    (8, "avgust gusht août"),
    (9, "septembar shtator septembre septembrie"),
    (10, "oktobar oktober tetor octobre octombrie"),
    (11, "novembar nëntor noiembrie"),
    (12, "decembar dezember dhjetor décembre decembrie"),
    # Croatian, nominative and genitive ("listopad" is October here, not November as in Polish)
    (1, "siječanj siječnja"),
    (2, "veljača veljače"),
    (3, "ožujak ožujka"),
    (4, "travanj travnja"),
    (5, "svibanj svibnja"),
    (6, "lipanj lipnja"),
    (7, "srpanj srpnja"),
    (8, "kolovoz kolovoza"),
    (9, "rujan rujna"),
    (10, "listopad listopada"),
    (11, "studeni studenoga studenog"),
    (12, "prosinac prosinca"),
    # Serbian and Macedonian (Cyrillic)
    (1, "јануар"),
    (2, "фебруар"),
    (3, "март"),
    (4, "април"),
    (5, "мај"),
    (6, "јун јуни"),
    (7, "јул јули"),
    (8, "август"),
    (9, "септембар септември"),
    (10, "октобар октомври"),
    (11, "новембар ноември"),
    (12, "децембар декември"),
    # Russian, nominative and genitive
    (1, "январь января"),
    (2, "февраль февраля"),
    (3, "марта"),
    (4, "апрель апреля"),
    (5, "май мая"),
    (6, "июнь июня"),
    (7, "июль июля"),
    (8, "августа"),
    (9, "сентябрь сентября"),
    (10, "октябрь октября"),
    (11, "ноябрь ноября"),
    (12, "декабрь декабря"),
    # Ukrainian (genitive, as dates are written)
    (1, "січня"),
    (2, "лютого"),
    (3, "березня"),
    (4, "квітня"),
    (5, "травня"),
    (6, "червня"),
    (7, "липня"),
    (8, "серпня"),
    (9, "вересня"),
    (10, "жовтня"),
    (11, "листопада"),
    (12, "грудня"),
)


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for number, names in _MONTH_NAMES:
        for name in names.split():
            existing = table.setdefault(fold(name), number)
            if existing != number:  # pragma: no cover - a data error in the table above
                raise AssertionError(f"month name {name!r} means both {existing} and {number}")
    return table


MONTHS = _month_table()

# The regexes see text as written (accents, any case); _month_number folds what they found. A
# month name must end a word, so "mart" does not match in "martial".
_MONTH_ALTERNATIVES = sorted(
    {
        form
        for _, names in _MONTH_NAMES
        for name in names.split()
        for form in (name, unicodedata.normalize("NFC", name))
    },
    key=len,
    reverse=True,
)
_MONTH = "(?:" + "|".join(re.escape(name) for name in _MONTH_ALTERNATIVES) + r")(?![^\W\d_])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DATE = (
    r"(?:"
    rf"{_YEAR}-\d{{1,2}}-\d{{1,2}}"  # 2016-06-03
    rf"|\d{{1,2}}\. ?\d{{1,2}}\. ?{_YEAR}\.?"  # 26.11.2025.
    rf"|\d{{1,2}}\.? ?{_MONTH}\.?(?:,? {_YEAR}\.?)?"  # 3 June 2016, 26. novembar 2025.
    rf"|{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? {_YEAR})?"  # June 3, 2016
    r")(?!\d)"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_NUMBER_OR_WORD = re.compile(r"\d+|[^\W\d_]+")
_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")

# A dateline opens the body: "NEW YORK, 3 June 2016 – ", "BELGRADE, 6 August 2001 (OSCE)-- ",
# "TIRANA / BRUSSELS – 6 October 2020. ", "VIENNA – ". The place holds no digits or long dashes;
# it is lazy and bounded, and the slice it runs on is bounded, so backtracking stays small.
_PLACE = r"(?P<place>[^\W\d_][^\d–—]{0,100}?)"
_TAG = r"(?: ?\((?P<tag>[^()]{1,24})\))?"
_SEP = r"(?:--|[-–—:])"
_DATELINE_PLACE_FIRST = re.compile(
    rf"{_PLACE} ?, ?(?P<date>{_DATE})\.?{_TAG} ?(?P<sep>{_SEP})?(?: |$)", re.IGNORECASE
)
_DATELINE_DATE_AFTER = re.compile(
    rf"{_PLACE} ?{_SEP} ?(?P<date>{_DATE})(?:\.|,| ?{_SEP})(?: |$)", re.IGNORECASE
)
# "VIENNA – The OSCE…", "VIENNA- The OSCE…" (a hyphen closing the place needs a space after it,
# so that "NON-GOVERNMENTAL" is no place).
_DATELINE_PLACE_ONLY = re.compile(r"(?P<place>[^\W\d_][^\d–—:]{0,60}?) ?(?:--|-(?= )|[–—]) ?\S")
# "12 June 2025, Sarajevo – On the World Day…": the date first, then the place and a dash.
_DATELINE_DATE_FIRST = re.compile(
    rf"(?P<date>{_DATE})\.?, ?(?P<place>[^\W\d_][^\d–—,:]{{0,60}}?) ?(?:--| - |[–—]) ?\S",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(rf"(?:{_PLACE},? )?(?P<date>{_DATE})\.?", re.IGNORECASE)

_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")
# Upper-case words that open a line before a dash but are no city.
_NOT_CITIES = frozenset({"osce", "odihr", "update", "correction", "note", "press release"})


@attrs.frozen
class PartialDate:
    """A date as written: the day and year may be missing (never guessed)."""

    day: int | None
    month: int
    year: int | None

    def complete(self, year: int | None = None) -> _dt.date | None:
        """The date, taking the year from ``year`` if it has none; None if it cannot be told."""
        use = self.year if self.year is not None else year
        if use is None or self.day is None:
            return None
        try:
            return _dt.date(use, self.month, self.day)
        except ValueError:
            return None


@attrs.frozen
class Dateline:
    """The place and date that open a release's body."""

    city: str
    date: PartialDate | None


def _month_number(word: str) -> int | None:
    return MONTHS.get(fold(word).rstrip("."))


def _read_date(text: str) -> PartialDate | None:
    """Day, month and year out of one matched date text."""
    parts = _NUMBER_OR_WORD.findall(text)
    numbers = [int(p) for p in parts if p.isdigit()]
    words = [p for p in parts if not p.isdigit() and p.casefold() not in ("st", "nd", "rd", "th")]
    if words:
        month = _month_number(words[0])
        if month is None:
            return None
        years = [n for n in numbers if n >= 1000]
        days = [n for n in numbers if n < 1000]
        return PartialDate(
            day=days[0] if days else None, month=month, year=years[0] if years else None
        )
    if len(numbers) != 3:
        return None
    if numbers[0] >= 1000:  # ISO
        year, month, day = numbers
    else:  # day first, as in every language the field offices write
        day, month, year = numbers
    if not 1 <= month <= 12:
        return None
    return PartialDate(day=day, month=month, year=year)


def find_date(text: str) -> PartialDate | None:
    """The first date written in ``text`` (its first ``DATE_SLICE`` characters), or None."""
    match = _DATE_RE.search(text[:DATE_SLICE])
    return _read_date(match.group()) if match else None


def find_year(text: str) -> int | None:
    """A four-digit year alone in ``text`` ("2016"), or None."""
    match = _YEAR_RE.search(text[:DATE_SLICE])
    return int(match.group()) if match else None


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _title_case(text: str) -> str:
    """ "NEW YORK" -> "New York", "WASHINGTON, D.C." -> "Washington, D.C."; mixed case is kept."""
    out: list[str] = []
    previous = " "
    for ch in text:
        out.append(ch.upper() if not (previous.isalpha() or previous in "'’") else ch.lower())
        previous = ch
    return "".join(out)


def _clean_place(place: str) -> str | None:
    place = place.strip(" ,;:")
    if place.endswith(".") and not _ABBREVIATION_END.search(place):
        place = place[:-1].rstrip()  # a full stop, not the end of "D.C."
    if not place or len(place) > 80 or len(place.split()) > 8:
        return None
    cities = [" ".join(part.split()) for part in place.split("/")]
    cities = [city for city in cities if city]
    if not cities:
        return None
    shown = []
    for city in cities:
        parts = [part.strip() for part in city.split(",")]
        shown.append(", ".join(_title_case(p) if _is_upper(p) else p for p in parts if p))
    return "/".join(shown)


def parse_dateline(line: str) -> Dateline | None:
    """The dateline opening ``line``, or None when it does not open with one.

    A place in capitals needs no dash after the date ("NEW YORK CITY, 28 September 2015 A…");
    a place in mixed case ("Brussels/Geneva, 18 April 2020- …") does, so that an ordinary
    sentence is not read as a dateline.
    """
    head = line[:DATELINE_SLICE]
    match = _DATELINE_PLACE_FIRST.match(head)
    if match is not None:
        date = _read_date(match.group("date"))
        place = match.group("place")
        if date is not None and (_is_upper(place) or match.group("sep")):
            city = _clean_place(place)
            if city is not None:
                return Dateline(city=city, date=date)
    match = _DATELINE_DATE_AFTER.match(head)
    if match is not None and _is_upper(match.group("place")):
        date = _read_date(match.group("date"))
        city = _clean_place(match.group("place"))
        if date is not None and city is not None:
            return Dateline(city=city, date=date)
    match = _DATELINE_DATE_FIRST.match(head)
    if match is not None:
        place = match.group("place").strip()
        if place[:1].isupper() and len(place.split()) <= 4:
            date = _read_date(match.group("date"))
            city = _clean_place(place)
            if date is not None and city is not None:
                return Dateline(city=city, date=date)
    match = _DATELINE_PLACE_ONLY.match(head)
    if match is not None:
        place = match.group("place")
        letters = sum(ch.isalpha() for ch in place)
        if _is_upper(place) and letters >= 3 and fold(place.strip()) not in _NOT_CITIES:
            city = _clean_place(place)
            if city is not None:
                return Dateline(city=city, date=None)
    return None


def parse_header_line(line: str) -> tuple[str | None, PartialDate] | None:
    """A line that is only a place and a date ("Belgrade, 6 August 2001"), or None."""
    if len(line) > 100:
        return None
    match = _HEADER_LINE.fullmatch(line)
    if match is None:
        return None
    date = _read_date(match.group("date"))
    if date is None:
        return None
    place = match.group("place")
    return (_clean_place(place) if place else None), date
