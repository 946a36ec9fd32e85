"""Plain text: the first non-empty line is the title, the whole text is the document."""
from __future__ import annotations

from typing import Iterator

from materiel.ingest.checks import decode_text, read_bytes
from materiel.ingest.failure import Item, Rejected, soft
from materiel.models import Document, normalize_text


def text_document(text: str, source: str, published: str | None = None) -> Document:
    """A Document of the whole `text`, titled by its first non-empty line; rejects empty text."""
    norm = normalize_text(text)
    if not norm:
        raise Rejected("empty document")
    first = norm.split("\n", 1)[0]
    title = first.lstrip("#").strip() or first  # a Markdown heading's marks are not part of the title
    return Document.create(norm, title=title, published=published, source=source)


def with_title(title: str | None, body: str) -> str:
    """`title` + blank line + `body`, so the headline is part of the text.

    When `body` already opens with the headline (as extracted HTML often does), that line is
    dropped from the body so the headline appears once.
    """
    if not title:
        return body
    first, _, rest = normalize_text(body).partition("\n")
    if first == normalize_text(title):
        body = rest
    return f"{title}\n\n{body}"


@soft
def read_text(path: str, published: str | None = None) -> Iterator[Item]:
    """Read one UTF-8 plain text file (.txt, .text, .md) as one Document."""
    yield text_document(decode_text(read_bytes(path)), path, published)
