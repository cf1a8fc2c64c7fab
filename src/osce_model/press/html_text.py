"""HTML to the text a browser's "save as text" gives, with the standard library's html.parser.

Block elements end lines, list items become "- " lines (as osce.org's menus and label blocks
read in a saved page), and what no reader sees as the page's text is dropped: scripts, styles,
the document's title, and figure captions and images (a release's body holds neither).
"""

from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["html_to_text"]

_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "title", "svg", "iframe", "figcaption", "button"}
)
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    }
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping: list[str] = []  # open elements whose content is dropped
        self._open: dict[str, int] = {}  # how many of each are open: a membership test in O(1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # whatever the head left unclosed ends here
            self._skipping.clear()
            self._open.clear()
        if tag in _SKIPPED:
            self._skipping.append(tag)
            self._open[tag] = self._open.get(tag, 0) + 1
        elif self._skipping:
            return
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skipping and tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            # Close the innermost skipped element of this name; a stray end tag changes nothing.
            if self._open.get(tag):
                while self._skipping:
                    closed = self._skipping.pop()
                    self._open[closed] -= 1
                    if closed == tag:
                        break
            return
        if tag in _BLOCKS or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


class _NextFinder:
    """The next occurrence of ``needle`` at or after a position that only moves forward.

    Remembering the last answer keeps a scan over all positions linear: it is still the
    nearest occurrence until the position passes it.
    """

    def __init__(self, text: str, needle: str) -> None:
        self._text = text
        self._needle = needle
        self._found = -2  # not searched yet

    def at_or_after(self, position: int) -> int:
        if self._found == -2 or (0 <= self._found < position):
            self._found = self._text.find(self._needle, position)
        return self._found


def _defuse(html: str) -> str:
    """``html`` with each "<" that opens no complete markup written as "&lt;".

    html.parser rescans to the end of the input for markup that never closes ("<a<a<a…"),
    which is quadratic; here a "<" stays markup only if its ">" (a comment's "-->", a CDATA
    section's "]]>") comes before the next "<", which a browser's reading of it would not
    change for any page we read. A marked section other than a whole CDATA section is
    dropped up to its first ">", as a browser drops a bogus comment.
    """
    out: list[str] = []
    copied = 0
    closers = {
        "<!--": _NextFinder(html, "-->"),
        "<![CDATA[": _NextFinder(html, "]]>"),
        "<": _NextFinder(html, ">"),
    }
    position = html.find("<")
    while position >= 0:
        following = html.find("<", position + 1)
        opener = next(o for o in ("<!--", "<![CDATA[", "<") if html.startswith(o, position))
        end = closers[opener].at_or_after(position + len(opener))
        if opener == "<" and html.startswith("<![", position):
            # Any other marked section ("<![if x>", "<![cdata[…"): html.parser would search the
            # rest of the page for its close, once per section; a browser reads it as a bogus
            # comment that ends at the first ">". Drop it so.
            out.append(html[copied:position])
            if end >= 0:
                copied = end + 1
                following = html.find("<", copied)
            else:
                out.append("&lt;")
                copied = position + 1
            position = following
            continue
        if end >= 0 and opener != "<":
            following = html.find("<", end)  # a comment may hold "<": skip it whole
        elif end < 0 or (0 <= following < end):
            out.append(html[copied:position])
            out.append("&lt;")
            copied = position + 1
        position = following
    out.append(html[copied:])
    return "".join(out)


def html_to_text(html: str) -> str:
    """The visible text of ``html``, one block per line."""
    collector = _TextCollector()
    collector.feed(_defuse(html))
    collector.close()
    text = "".join(collector.parts)
    # Whitespace inside a block is layout, not content: one space; each line is stripped.
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
