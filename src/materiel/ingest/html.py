"""HTML pages: trafilatura keeps the main content and drops navigation, footers and comments."""
from __future__ import annotations

from typing import Any, Iterator

import trafilatura
from trafilatura.settings import set_date_params

from materiel.ingest.checks import is_iso_date, read_bytes, reject_binary
from materiel.ingest.failure import Item, Rejected, soft
from materiel.ingest.text import with_title
from materiel.models import Document


def _extract(data: bytes | str) -> Any:
    """trafilatura's main-content extraction with metadata; dates only from the page's own signals."""
    try:
        return trafilatura.bare_extraction(
            data, include_comments=False, with_metadata=True,
            date_extraction_params=set_date_params(extensive=False))
    except Exception as err:  # a parser crash on one page must not stop the batch
        raise Rejected(f"cannot parse HTML ({type(err).__name__}: {err})") from None


def _clean(value: object) -> str | None:
    """A metadata value as a stripped string, or None when missing or blank."""
    return (value.strip() or None) if isinstance(value, str) else None


def html_document(data: bytes | str, source: str, published: str | None = None) -> Document:
    """A Document of a page's title and main text; rejects pages with no main text."""
    result = _extract(data)
    body = _clean(getattr(result, "text", None))
    if not body:
        raise Rejected("no main text found in HTML")
    title = _clean(result.title)
    date = result.date if is_iso_date(result.date) else published
    return Document.create(with_title(title, body), title=title, url=_clean(result.url),
                           publisher=_clean(result.sitename), published=date, source=source)


@soft
def read_html(path: str, published: str | None = None) -> Iterator[Item]:
    """Read one HTML file (.html, .htm) as one Document."""
    data = read_bytes(path)
    reject_binary(data)
    if not data.strip():
        raise Rejected("empty document")
    yield html_document(data, path, published)
