"""Parse osce.org press-release pages into linked :class:`~osce_model.PressRelease` records.

:func:`parse_press_release` reads the text of one press release, news item, statement or media
advisory as a browser's "save as text" or a scraper's HTML-to-text gives it;
:func:`parse_press_release_html` reads its HTML; :func:`parse_press_listing` reads a newsroom
listing page. The layouts understood:

1. the current site: a long navigation menu, the content type, the title, then "- Label:" lines
   each followed by "- value" lines (Date, Place, Source, Fields of work);
2. the ODIHR site: a short menu and the same block, where "Publisher" is not a source and
   "Our work" lists fields of work, several to a line;
3. the same labels without bullets, separated by blank lines, with "Location" for "Place";
4. the old site: "Newsroom", the title, a line with place and date, maybe a photo caption, then
   a body that opens with a dateline ("BELGRADE, 6 August 2001 (OSCE) - …");
5. a title and a body only;
6. field-office pages in local languages ("Issued on:", "Izvor:", "26. novembar 2025.").

Also read: the 2025 field-office layout ("News Item", title, lead, "Izdavač:"), section and
event pages, the 2014 "top stories" listing, and labels in the OSCE's working languages and its
field offices' languages.

Nothing is guessed. The date comes from a label, the old site's header line or the dateline (in
that order; the dateline's own date is kept as ``dateline_date`` when it differs), and is None
when none of them gives a full date; the content type is "" when the page names none; an issuer
or a field of work that names no record of the organisation is kept as its text. The title and
the body up to its contact block are read for the States they name, as of the release's date
(see :mod:`osce_model.press.linking`), so the menu's list of States is never a mention.

A text that is not such a page raises :class:`~osce_model.ParseError`, and nothing else ever
escapes the parser. Its time grows linearly with the input: lines are split once, and every
regex runs on a bounded slice of a line or has no nested quantifiers.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar
from urllib.parse import urlsplit

import attrs

from ..errors import ParseError
from ..organization.organization import Organization
from ..schema.records import PressRelease
from ..storage.bundled import bundled
from .dates import (
    Dateline,
    PartialDate,
    find_date,
    find_year,
    fold,
    parse_dateline,
    parse_header_line,
)
from .html_text import html_to_text
from .linking import Linker, State, linker_for

__all__ = [
    "MAX_CHARS",
    "parse_press_listing",
    "parse_press_page",
    "parse_press_release",
    "parse_press_release_html",
]

MAX_CHARS = 20_000_000  # far above any real page; a bound on memory, not on time

T = TypeVar("T")

# Label (folded) -> what its value is. "ignored" labels belong to the block but carry nothing
# the record holds: a publication's publisher is not its source.
_LABEL_NAMES: dict[str, tuple[str, ...]] = {
    "date": (
        "Date",
        "Publishing date",
        "Published",
        "Published on",
        "Publication date",
        "Issued on",
        "Datum",
        "Datum objave",
        "Izdato",
        "Objavljeno",
        "Data",
        "Data e publikimit",
        "Дата",
        "Датум",
        "Дата публикации",
        "Дата на објава",
        "Дата публікації",
        "Data publicării",
        "Date de publication",
        "Veröffentlicht am",
        "Data di pubblicazione",
        "Fecha",
        "Fecha de publicación",
    ),
    "place": (
        "Place",
        "Location",
        "Mesto",
        "Mjesto",
        "Lokacija",
        "Vendi",
        "Vendndodhja",
        "Место",
        "Місце",
        "Ort",
        "Lieu",
        "Luogo",
        "Lugar",
        "Locul",
        "Locație",
    ),
    "source": (
        "Source",
        "Sources",
        "Where we are",
        "Issued by",
        "Izvor",
        "Burimi",
        "Извор",
        "Источник",
        "Джерело",
        "Quelle",
        "Fonte",
        "Fuente",
        "Sursa",
        "Sursă",
        # A field office's local-language pages name the issuing operation as the publisher.
        "Izdavač",
        "Издавач",
        "Izdavac",
        "Botues",
        "Botuesi",
        "Издатель",
        "Видавець",
        "Herausgeber",
        "Éditeur",
        "Editore",
        "Editor",
    ),
    "fields": (
        "Fields of work",
        "Field of work",
        "Our work",
        "What we do",
        "Topics",
        "Oblasti rada",
        "Oblast rada",
        "Fushat e punës",
        "Области работы",
        "Области на работа",
        "Напрями роботи",
        "Domenii de activitate",
        "Domaines d'action",
        "Arbeitsbereiche",
        "Settori di attività",
        "Ámbitos de trabajo",
    ),
    "type": ("Content type", "Tip sadržaja", "Тип материала", "Lloji i përmbajtjes"),
    "ignored": (
        "Publisher",
        "Author",
        "Authors",
        "Language",
        "Languages",
        "Pages",
        "ISBN",
        "Document type",
    ),
}
_LABELS: dict[str, str] = {
    fold(name): role for role, names in _LABEL_NAMES.items() for name in names
}
_LISTING_DATE = fold("Publishing date")
_CORE_ROLES = ("date", "place", "source", "fields", "type")
_LABEL_MAX = 40

_CONTENT_TYPES = frozenset(
    fold(name)
    for name in (
        "Press release",
        "Press statement",
        "Statement",
        "News",
        "News item",
        "Media advisory",
        "Publication",
        "Feature",
        "Feature story",
        "Story",
        "Speech",
        "Report",
        "Daily report",
        "Spot report",
        "Announcement",
        "Interview",
        "Op-ed",
        "Blog",
        "Saopštenje za medije",
        "Saopštenje",
        "Vest",
        "Vesti",
        "Vijest",
        "Vijesti",
        "Njoftim për shtyp",
        "Lajm",
        "Пресс-релиз",
        "Новость",
        "Соопштение за медиуми",
        "Прес-реліз",
        "Новина",
        "Новини",
        "Новости",
        "Вести",
        "Вест",
        "Новост",
        "Саопштење",
        "Novost",
        "Novosti",
        "Saopćenje za medije",
        "Saopćenje",
        "Priopćenje za medije",
        "Priopćenje",
        "Lajme",
        "Deklaratë për shtyp",
        "Njoftim për media",
        "Заявление",
        "Заява",
        "Communiqué de presse",
        "Communiqué",
        "Actualité",
        "Pressemitteilung",
        "Nachricht",
        "Comunicato stampa",
        "Notizia",
        "Comunicado de prensa",
        "Noticia",
        "Comunicat de presă",
        "Știre",
        "Stire",
    )
)
# An event page names the kind of event where a news page names its content type.
_EVENT_TYPES = frozenset(
    fold(name)
    for name in (
        "Ministerial Council",
        "Ministerial Council meeting",
        "Summit",
        "Summit meeting",
        "Conference",
        "Review Conference",
        "Meeting",
        "Event",
        "Seminar",
        "Workshop",
        "Forum",
        "Roundtable",
        "Round table",
        "Training",
        "Webinar",
    )
)
_SITE_HEADERS = frozenset(
    fold(name) for name in ("Newsroom", "News and press releases", "Press releases", "Media")
)
# A line that ends the body: the page's footer or the blocks after the article.
_FOOTERS = frozenset(
    fold(name)
    for name in (
        "Related",
        "Related content",
        "Related stories",
        "Related news",
        "Related publications",
        "Related links",
        "More on this topic",
        "Contacts",
        "Contact",
        "Media contacts",
        "Media contact",
        "Press contacts",
        "Press contact",
        "Follow us",
        "Follow the OSCE",
        "Share",
        "Share this",
        "Share this page",
        "Subscribe",
        "Newsletter",
        "Back to top",
        "Terms of use",
        "Privacy policy",
        "Sitemap",
        "Site map",
        "Print",
        "Print this page",
        "Email this page",
        "First",
        "« First",
        "Previous",
        "‹ Previous",
        "Next",
        "Next ›",
        "Last",
        "Last »",
        "Povezane vesti",
        "Povezani sadržaj",
        "Kontakt",
        "Kontakti",
        "Pratite nas",
        "Контакты",
        "Поделиться",
    )
)
_IMAGE_PREFIXES = tuple(
    fold(prefix)
    for prefix in (
        "Image:",
        "Photo:",
        "Photo credit",
        "Picture:",
        "Foto:",
        "Фото:",
        "[image",
        "![",
        "Click to enlarge",
        "Enlarge photo",
        "Download photo",
        "View gallery",
        "Photo gallery",
    )
)
# A short line opening with these is a link or a button ("Download the report (PDF)").
_LINK_PREFIXES = tuple(fold(prefix) for prefix in ("Download", "Read more", "Preuzmi", "Скачать"))
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")
# A photo credit closing a caption: "(OSCE/Jane Doe)", "(Photo: J. Doe)". Run on a line's tail.
_CREDIT = re.compile(r"\((?:OSCE|ODIHR|OSCE PA|Photo|Foto|Фото) ?[/:] ?(?P<who>[^()]{1,80})\)$")
_TAIL = 120
_OSCE_WORDS = re.compile(
    r"(?<![^\W_])(?:OSCE|CSCE|ODIHR|OSZE|OBSE|OEBS|ОБСЕ|ОЕБС|ЕҚЫҰ|ЕҚЫҰ|АВҲК)(?![^\W_])"
)
_TITLE_MAX = 400
_LEAD_CHARS = 600  # how much of the body may call the Chair "incoming"
_INCOMING = re.compile(r"(?<![^\W_])incoming(?![^\W_])", re.IGNORECASE)
_OUTGOING = re.compile(r"(?<![^\W_])outgoing(?![^\W_])", re.IGNORECASE)
# A line opening with these starts the contact block at the end of a release.
_CONTACT_OPENERS = tuple(
    fold(opener)
    for opener in (
        "For more information",
        "For further information",
        "For media enquiries",
        "For media inquiries",
        "Media enquiries",
        "Media inquiries",
        "Media contact",
        "Press contact",
        "Contact:",
        "Contacts:",
        "Contact person",
        "Kontakt",
        "Za više informacija",
        "Për më shumë informacion",
        "Для получения дополнительной информации",
        "Контакт",
    )
)
_LEAD_LINES = 3  # lines between a title and the label block: a lead paragraph, a caption
_PARAGRAPH = 300  # longer than any title or label value: a line of body text
_DATELINE_WINDOW = 4  # the dateline opens the body, after at most a caption or two
_SLUG_WORDS = re.compile(r"[^\w]+|_")


class _Line(NamedTuple):
    text: str  # whitespace collapsed, bullet removed
    bulleted: bool


class _Label(NamedTuple):
    role: str
    name: str  # folded
    value: str


@attrs.define
class _Page:
    """What the layout gives, before linking."""

    title: str
    content_type: str = ""
    values: dict[str, list[str]] = attrs.Factory(dict)
    header_place: str | None = None
    header_date: PartialDate | None = None
    body: Sequence[_Line] = ()


# -- public ------------------------------------------------------------------------------------


def parse_press_release(
    text: str, *, url: str | None = None, org: Organization | None = None
) -> PressRelease:
    """The press release on one osce.org page, given as text, linked to ``org``'s records.

    ``org`` defaults to :func:`osce_model.load`; ``url`` is kept, and gives the id
    ("https://www.osce.org/secretariat/244846" -> "secretariat-244846"); without it the id is
    the date and a slug of the title. Raises :class:`~osce_model.ParseError` saying why when the
    text is not such a page.
    """
    return _guarded(lambda: _parse_page(_checked_text(text), _checked_url(url), _checked_org(org)))


def parse_press_release_html(
    html: str, *, url: str | None = None, org: Organization | None = None
) -> PressRelease:
    """The press release on one osce.org page, given as HTML; see :func:`parse_press_release`."""

    def parse() -> PressRelease:
        text = html_to_text(_checked_text(html, what="HTML"))
        return _parse_page(_checked_text(text), _checked_url(url), _checked_org(org))

    return _guarded(parse)


def parse_press_listing(text: str, *, org: Organization | None = None) -> list[PressRelease]:
    """The items of a newsroom listing page, each with its "Publishing date:", "Content type:",
    "Where we are:" and "What we do:" lines; the teaser is the body. The 2014 "top stories"
    listing (per item: node id, language, "Yes"/"No" flags, title, body, a date line, the
    teaser) is read too, its body being the text above the date line."""
    return _guarded(lambda: _parse_listing(_checked_text(text), _checked_org(org)))


def parse_press_page(
    text: str, *, org: Organization | None = None, url: str | None = None
) -> list[PressRelease]:
    """Whatever osce.org page ``text`` is: HTML (it begins with "<"), a newsroom listing (two
    or more "Publishing date:" lines, read as :func:`parse_press_listing` reads them), or one
    release as text. The one rule the command line uses too."""

    def parse() -> list[PressRelease]:
        checked = _checked_text(text)
        if checked.lstrip()[:1] == "<":
            return [parse_press_release_html(checked, org=org, url=url)]
        if _is_listing(checked) or _top_story_starts(_split_lines(checked)):
            return parse_press_listing(checked, org=org)
        return [parse_press_release(checked, org=org, url=url)]

    return _guarded(parse)


def _is_listing(text: str) -> bool:
    count = 0
    for line in _split_lines(text):
        label = _label_of(line.text)
        if label is not None and label.name == _LISTING_DATE:
            count += 1
            if count > 1:
                return True
    return False


# -- guards ------------------------------------------------------------------------------------


def _guarded(parse: Callable[[], T]) -> T:
    try:
        return parse()
    except ParseError:
        raise
    except Exception as exc:  # the contract: nothing but ParseError leaves the parser
        raise ParseError(f"cannot parse the page: {type(exc).__name__}: {exc}") from exc


def _checked_text(text: object, *, what: str = "text") -> str:
    if not isinstance(text, str):
        raise ParseError(f"expected the page's {what} as a str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ParseError(f"the {what} is {len(text)} characters long, over {MAX_CHARS}")
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    if not text.strip():
        raise ParseError(f"the {what} is empty")
    return text


def _checked_url(url: object) -> str | None:
    if url is not None and not isinstance(url, str):
        raise ParseError(f"expected the url as a str, got {type(url).__name__}")
    return url or None


def _checked_org(org: object) -> Organization:
    if org is None:
        return bundled()
    if not isinstance(org, Organization):
        raise ParseError(f"expected an Organization, got {type(org).__name__}")
    return org


# -- lines and labels --------------------------------------------------------------------------


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line in ("-", "•", "*", "·"):
            lines.append(_Line("", True))  # an empty menu bullet: a separator
        elif line[:2] in ("- ", "• ", "* ", "· "):
            lines.append(_Line(line[2:], True))
        else:
            lines.append(_Line(line, False))
    return lines


def _label_of(text: str) -> _Label | None:
    # Only a short head can be a label: partition a bounded prefix, not a long line.
    head, colon, _ = text[: _LABEL_MAX + 1].partition(":")
    if not colon or not head:
        return None
    name = fold(head)
    role = _LABELS.get(name)
    if role is None:
        return None
    return _Label(role, name, text[len(head) + 1 :].strip())


def _next_text(lines: Sequence[_Line], index: int) -> int:
    """The index of the first line at or after ``index`` that has text (len(lines) if none)."""
    while index < len(lines) and not lines[index].text:
        index += 1
    return index


def _fits(role: str, text: str, linker: Linker) -> bool:
    """Whether an unbulleted line after a label reads as its value rather than as body text."""
    if len(text) > _PARAGRAPH:
        return False
    if role == "date":
        return len(text) <= 100 and (find_date(text) is not None or find_year(text) is not None)
    if role == "fields":
        return bool(linker.fields_in(text)[0])
    if role == "type":
        return len(text) <= _LABEL_MAX
    if role == "place":
        return len(text) <= 80 and parse_dateline(text) is None
    return len(text) <= 200 and parse_dateline(text) is None


def _continues(role: str, text: str, linker: Linker) -> bool:
    """Whether a further unbulleted line still lists values: only when every part is known."""
    if len(text) > _PARAGRAPH:
        return False
    if role == "fields":
        return linker.fields_in(text)[1]
    if role == "source":
        found = linker.issuers([text], None)
        return bool(found) and all(not isinstance(issuer, str) for issuer in found)
    return False


def _read_label_block(
    lines: Sequence[_Line], labels: Sequence[_Label | None], start: int, linker: Linker
) -> tuple[dict[str, list[str]], int]:
    """The values of the labels from ``start`` on, and the index where the block ends."""
    values: dict[str, list[str]] = {}
    index = start
    while True:
        index = _next_text(lines, index)
        label = labels[index] if index < len(lines) else None
        if label is None:
            return values, index
        found = [label.value] if label.value else []
        index += 1
        if lines[index - 1].bulleted:
            # The current site: each value on its own "- " line.
            while index < len(lines) and lines[index].bulleted and lines[index].text:
                if labels[index] is not None:
                    break
                found.append(lines[index].text)
                index += 1
        if not found:
            # Values on the following unbulleted line, after blank lines maybe.
            after = _next_text(lines, index)
            if after < len(lines) and labels[after] is None:
                line = lines[after]
                if not line.bulleted and _fits(label.role, line.text, linker):
                    found.append(line.text)
                    index = after + 1
                    while True:
                        after = _next_text(lines, index)
                        if after >= len(lines) or labels[after] is not None:
                            break
                        if not _continues(label.role, lines[after].text, linker):
                            break
                        found.append(lines[after].text)
                        index = after + 1
        values.setdefault(label.role, []).extend(found)


def _label_block_start(lines: Sequence[_Line], labels: Sequence[_Label | None]) -> int | None:
    """The first label line, unless body text comes before it (then the page has no block)."""
    for index, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label is not None:
            return index
        if len(line.text) > _PARAGRAPH:
            return None
    return None


# -- layouts -----------------------------------------------------------------------------------


def _is_content_type(text: str) -> bool:
    if len(text) > 60:
        return False
    key = fold(text)
    return key in _CONTENT_TYPES or key in _EVENT_TYPES


def _is_site_header(text: str) -> bool:
    return len(text) <= 60 and fold(text) in _SITE_HEADERS


def _is_lead(text: str) -> bool:
    """Whether a line between a title and the labels reads as a lead paragraph or a caption
    (a sentence, or a photo's line), not as a title below a breadcrumb."""
    if _is_image_or_caption(text):
        return True
    return len(text) > 100 and text.rstrip(" ”\"'»)").endswith((".", "!", "?", "…"))


def _check_title(title: str) -> str:
    if len(title) > _TITLE_MAX:
        raise ParseError(
            f"the title would be a line of {len(title)} characters: not a press release page"
        )
    return title


def _read_labelled(
    lines: Sequence[_Line], labels: Sequence[_Label | None], start: int, linker: Linker
) -> _Page | None:
    values, end = _read_label_block(lines, labels, start, linker)
    if not any(role in values for role in _CORE_ROLES):
        return None  # only labels such as "Publisher:": read the page as unlabelled
    above = [index for index in range(start) if lines[index].text]
    if not above:
        raise ParseError("no title before the label block (Date:, Place:, Source:…)")
    title, content_type = lines[above[-1]].text, ""
    lead: list[_Line] = []
    if _is_content_type(title):
        if len(above) < 2:
            raise ParseError(f"no title: only the content type {title!r} before the labels")
        title, content_type = lines[above[-2]].text, title
    else:
        # The content type, then the title, then maybe a lead paragraph or a caption (the
        # 2025 field-office layout): the line after the content type is the title.
        for back in range(2, min(len(above), _LEAD_LINES + 2) + 1):
            line = lines[above[-back]]
            if not line.bulleted and _is_content_type(line.text):
                after = [lines[i] for i in above[len(above) - back + 2 :]]
                if all(_is_lead(other.text) for other in after):
                    content_type = line.text
                    title = lines[above[-back + 1]].text
                    lead = after
                break
    if lead:
        # A lead that repeats the body's opening (a teaser) is not said twice.
        opening = " ".join(line.text for line in lines[end : end + _LEAD_LINES])[:2000]
        lead = [line for line in lead if line.text[:80].rstrip(" .…") not in opening]
    if values.get("type"):
        content_type = values["type"][0]
    return _Page(
        title=_check_title(title),
        content_type=content_type,
        values=values,
        body=[*lead, *lines[end:]],
    )


def _read_unlabelled(lines: Sequence[_Line]) -> _Page:
    index = 0
    content_type = ""
    # Skip what comes before the title: a menu's bullets, "Newsroom", the content type.
    while index < len(lines):
        line = lines[index]
        if not line.text or line.bulleted or _is_site_header(line.text):
            index += 1
        elif _is_content_type(line.text):
            content_type = line.text
            index += 1
        else:
            break
    if index >= len(lines):
        raise ParseError("no title: the text holds only navigation")
    following = _next_text(lines, index + 1)
    if (
        not content_type
        and following < len(lines)
        and not lines[following].bulleted
        and _is_content_type(lines[following].text)
    ):
        # A section page: the section's name, then the content type, then the title.
        after = _next_text(lines, following + 1)
        if after < len(lines):
            content_type = lines[following].text
            index = after
    page = _Page(title=_check_title(lines[index].text), content_type=content_type)
    index += 1
    after = _next_text(lines, index)
    header = parse_header_line(lines[after].text) if after < len(lines) else None
    if header is not None:  # the old site: "Belgrade, 6 August 2001" under the title
        page.header_place, page.header_date = header
        index = after + 1
    page.body = lines[index:]
    return page


def _parse_page(text: str, url: str | None, org: Organization) -> PressRelease:
    lines = _split_lines(text)
    labels = [_label_of(line.text) for line in lines]
    items = sum(1 for label in labels if label is not None and label.name == _LISTING_DATE)
    if items > 1:
        raise ParseError(
            f"a newsroom listing of {items} items ('Publishing date:' lines): "
            "read it with parse_press_listing"
        )
    if _top_story_starts(lines):
        raise ParseError(
            "a 'top stories' listing (node id, language, flags): read it with parse_press_listing"
        )
    linker = linker_for(org)
    start = _label_block_start(lines, labels)
    page = _read_labelled(lines, labels, start, linker) if start is not None else None
    labelled = page is not None
    if page is None:
        page = _read_unlabelled(lines)
    body, dateline = _clean_body(page.body)
    if not labelled:
        _check_unlabelled(page, body, dateline)
    return _build(page, body, dateline, url, linker)


def _check_unlabelled(page: _Page, body: list[str], dateline: Dateline | None) -> None:
    if not body:
        raise ParseError(f"only a line of text ({page.title[:60]!r}), no body: not a press release")
    if dateline is not None or page.header_date is not None:
        return
    if _OSCE_WORDS.search(page.title) or any(_OSCE_WORDS.search(line) for line in body):
        return
    raise ParseError(
        "no label block (Date:, Place:, Source:…), no dateline and no mention of the OSCE: "
        "not an osce.org press release"
    )


_LANGUAGES = frozenset(
    fold(name)
    for name in ("English", "Russian", "French", "German", "Italian", "Spanish", "Русский")
)
_FLAGS = frozenset(fold(flag) for flag in ("Yes", "No"))


def _top_story_starts(lines: Sequence[_Line]) -> list[int]:
    """The lines that open a 2014 "top stories" item: a node id, a language, then flags."""
    starts: list[int] = []
    for index, line in enumerate(lines):
        if not (line.text.isdigit() and len(line.text) <= 9) or line.bulleted:
            continue
        after = _next_text(lines, index + 1)
        if after >= len(lines) or fold(lines[after].text) not in _LANGUAGES:
            continue
        flag = _next_text(lines, after + 1)
        if flag < len(lines) and fold(lines[flag].text) in _FLAGS:
            starts.append(index)
    return starts


def _is_date_line(text: str) -> bool:
    return len(text) <= 60 and (header := parse_header_line(text)) is not None and not header[0]


def _parse_top_stories(
    lines: Sequence[_Line], starts: Sequence[int], linker: Linker
) -> list[PressRelease]:
    releases: list[PressRelease] = []
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(lines)
        index = _next_text(lines, _next_text(lines, start + 1) + 1)  # past the language
        while index < stop and (not lines[index].text or fold(lines[index].text) in _FLAGS):
            index += 1
        if index >= stop:
            raise ParseError(f"line {start + 1}: a top story with no title")
        page = _Page(title=_check_title(lines[index].text))
        end = index + 1
        while end < stop and not _is_date_line(lines[end].text):
            end += 1
        if end < stop:
            page.header_date = parse_header_line(lines[end].text)[1]  # type: ignore[index]
        page.body = lines[index + 1 : end]
        body, dateline = _clean_body(page.body)
        releases.append(_build(page, body, dateline, None, linker))
    return releases


def _parse_listing(text: str, org: Organization) -> list[PressRelease]:
    lines = _split_lines(text)
    labels = [_label_of(line.text) for line in lines]
    starts = [
        i for i, label in enumerate(labels) if label is not None and label.name == _LISTING_DATE
    ]
    if not starts:
        top_stories = _top_story_starts(lines)
        if top_stories:
            return _parse_top_stories(lines, top_stories, linker_for(org))
        raise ParseError("no 'Publishing date:' line: not a newsroom listing page")
    linker = linker_for(org)
    titles: list[int] = []
    for start in starts:
        above = start - 1
        while above >= 0 and not lines[above].text:
            above -= 1
        if above < 0 or labels[above] is not None or (titles and above <= titles[-1]):
            raise ParseError(f"line {start + 1}: no title above this 'Publishing date:' line")
        titles.append(above)
    releases: list[PressRelease] = []
    for number, (title, start) in enumerate(zip(titles, starts, strict=True)):
        values, end = _read_label_block(lines, labels, start, linker)
        stop = titles[number + 1] if number + 1 < len(titles) else len(lines)
        content_type = values["type"][0] if values.get("type") else ""
        page = _Page(
            title=_check_title(lines[title].text),
            content_type=content_type,
            values=values,
            body=lines[end:stop] if end < stop else (),
        )
        body, dateline = _clean_body(page.body)
        releases.append(_build(page, body, dateline, None, linker))
    return releases


# -- the body ----------------------------------------------------------------------------------


def _is_footer(text: str) -> bool:
    if text.startswith("©"):
        return True
    if len(text) > 60:
        return False
    key = fold(text).rstrip(" :")
    return key in _FOOTERS or key.startswith("copyright")


def _is_image_or_caption(text: str) -> bool:
    head = fold(text[:40])
    if head.startswith(_IMAGE_PREFIXES):
        return True
    if len(text) <= 80 and head.startswith(_LINK_PREFIXES):
        return True
    tail = text[-_TAIL:]
    if tail.casefold().endswith(_IMAGE_SUFFIXES):
        return True
    if len(text) > 2 * _PARAGRAPH:
        return False
    credit = _CREDIT.search(tail)
    # "(OSCE/Jane Doe)" credits a photographer; "(OSCE/ODIHR)" closing a line names an office.
    return credit is not None and not credit.group("who").isupper()


def _clean_body(lines: Sequence[_Line]) -> tuple[list[str], Dateline | None]:
    kept: list[_Line] = []
    for line in lines:
        if not line.text:
            continue
        if _is_footer(line.text):
            if kept:
                break
            continue  # share buttons above the article are not its end
        if _is_image_or_caption(line.text):
            continue
        kept.append(line)
    dateline = None
    for position, line in enumerate(kept[:_DATELINE_WINDOW]):
        found = parse_dateline(line.text)
        if found is None or (position > 0 and found.date is None):
            continue
        dateline = found
        if all(len(before.text) <= _PARAGRAPH for before in kept[:position]):
            kept = kept[position:]  # what precedes the dateline is a caption or a kicker
        break
    return [f"- {line.text}" if line.bulleted else line.text for line in kept], dateline


# -- the record --------------------------------------------------------------------------------


def _date_of(page: _Page, dateline: Dateline | None) -> tuple[PartialDate | None, ...]:
    """The dates the page writes, the one that wins first: the label's, the old site's header
    line's, the dateline's."""
    labelled = [find_date(value) for value in page.values.get("date", ())]
    return (
        next((d for d in labelled if d is not None), None),
        page.header_date,
        dateline.date if dateline is not None else None,
    )


def _year_hint(page: _Page, written: Sequence[PartialDate | None]) -> int | None:
    for value in page.values.get("date", ()):
        year = find_year(value)
        if year is not None:
            return year
    return next((d.year for d in written if d is not None and d.year is not None), None)


def _build(
    page: _Page, body: list[str], dateline: Dateline | None, url: str | None, linker: Linker
) -> PressRelease:
    written = _date_of(page, dateline)
    date = next((d.complete() for d in written if d is not None and d.complete()), None)
    if date is None:
        # A day and month without a year take the year the page gives elsewhere (a labelled
        # "2016", the header line); never today's.
        year = _year_hint(page, written)
        date = next((d.complete(year) for d in written if d is not None and d.year is None), None)
    place = ", ".join(value for value in page.values.get("place", ()) if value)
    body_text = "\n".join(body)
    year = date.year if date is not None else None
    dateline_date = None
    if dateline is not None and dateline.date is not None:
        dateline_date = dateline.date.complete(year)
        if dateline_date == date:
            dateline_date = None  # kept only when it says something the date does not
    mentions = [
        *linker.find_mentions(page.title, "title", date),
        *linker.find_mentions(body_text, "body", date, stop=_contact_offset(body)),
    ]
    states: dict[str, State] = {}
    for mention in mentions:
        states.setdefault(mention.state.id, mention.state)
    fields, unlinked = linker.fields_and_unlinked(page.values.get("fields", ()))
    lead_states = {m.state.id for m in mentions if m.where == "title" or m.start < _LEAD_CHARS}
    chair_year = _chair_year(date, page.title + "\n" + body_text[:_LEAD_CHARS], lead_states, linker)
    return PressRelease(
        id=_release_id(url, date.isoformat() if date else None, page.title),
        title=page.title,
        content_type=page.content_type,
        date=date,
        place=place or page.header_place,
        dateline_city=dateline.city if dateline is not None else None,
        issuers=linker.issuers(page.values.get("source", ()), chair_year),
        fields_of_work=fields,
        mentioned_states=tuple(states.values()),
        body=body_text,
        url=url,
        mentions=tuple(mentions),
        unlinked_fields=unlinked,
        dateline_date=dateline_date,
    )


def _chair_year(
    date: _dt.date | None, lead: str, lead_states: set[str], linker: Linker
) -> int | None:
    """The year whose Chairpersonship an unnamed "OSCE Chairmanship" issuer is, by what the
    page says: around the turn of the year, the Chair the title and lead call "incoming" (or
    "outgoing"), or whose State they name while not naming the other's."""
    if date is None:
        return None
    if date.month not in (1, 12):
        return date.year
    other = date.year + 1 if date.month == 12 else date.year - 1
    word = _INCOMING if date.month == 12 else _OUTGOING
    if word.search(lead) is not None:
        return other
    this_chair, other_chair = linker.chairpersonship(date.year), linker.chairpersonship(other)
    if this_chair is None or other_chair is None:
        return date.year
    if other_chair.state.id in lead_states and this_chair.state.id not in lead_states:
        return other
    return date.year


def _contact_offset(body: Sequence[str]) -> int:
    """Where the body's contact block begins ("For more information…"), or its length: names
    in it (an office's address) are never mentions."""
    offset = 0
    for line in body:
        if fold(line[:40]).startswith(_CONTACT_OPENERS):
            return offset
        offset += len(line) + 1
    return max(offset - 1, 0)


def _slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SLUG_WORDS.sub("-", bare).strip("-")


def _release_id(url: str | None, day: str | None, title: str) -> str:
    """A stable id: the url's path as a slug, else the date and the title's slug."""
    if url is not None:
        try:
            parts = urlsplit(url)
        except ValueError:
            parts = None
        if parts is not None:
            slug = _slug(" ".join(s for s in parts.path.split("/") if s)) or _slug(parts.netloc)
            if slug:
                return slug[:200]
    title_slug = _slug(title)[:80].rstrip("-")
    if not title_slug:
        digest = hashlib.sha1(title.encode("utf-8", "surrogatepass"), usedforsecurity=False)
        title_slug = digest.hexdigest()[:12]
    return f"{day or 'undated'}-{title_slug}"
