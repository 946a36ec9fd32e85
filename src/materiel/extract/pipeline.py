"""Run the extraction components over documents and build extraction records."""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator

from materiel.catalog.loader import load_catalog
from materiel.catalog.model import Catalog
from materiel.extract.doc import ArticleDoc
from materiel.extract.language import detect_language
from materiel.extract.registry import DEFAULT_PIPELINE, ComponentInfo, build_pipeline
from materiel.models import Document, Record

SUPPORTED_LANGUAGES = ("en",)


class Pipeline:
    """A built list of components plus the catalog they match against."""

    def __init__(self, catalog: Catalog | None = None, names: tuple[str, ...] = DEFAULT_PIPELINE) -> None:
        self.catalog = catalog if catalog is not None else load_catalog()
        self.steps: list[ComponentInfo] = build_pipeline(names)

    def __call__(self, document: Document) -> Record:
        """Extract one document's record; a language other than English is stored, not extracted."""
        language = document.language or detect_language(document.text)
        if language != document.language:
            document = Document(**{**document.__dict__, "language": language})
        if language not in SUPPORTED_LANGUAGES:
            note = f"language '{language}' is not supported for extraction; stored, not extracted"
            return Record(document, [], [], status="not_extracted", warnings=[note])
        doc = ArticleDoc(document=document, catalog=self.catalog, published=_date(document.published))
        for step in self.steps:
            doc = step.func(doc)
        events = sorted(doc.events, key=lambda e: e.evidence[0].start if e.evidence else 0)
        return Record(document, doc.mentions(), events, warnings=doc.warnings)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The shared default pipeline (catalog and matchers built once per process)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract_documents(documents: Iterable[Document], *, pipeline: Pipeline | None = None) -> Iterator[Record]:
    """Extraction records for documents, in order."""
    pipe = pipeline or default_pipeline()
    for document in documents:
        yield pipe(document)


def extract(text: str, *, published: str | None = None, title: str | None = None, url: str | None = None,
            publisher: str | None = None, language: str | None = None, pipeline: Pipeline | None = None) -> dict:
    """The extraction record (as a dict) of one text.

    Example:
        >>> import materiel
        >>> record = materiel.extract("Russia delivered two Su-24 jets to Mali.", published="2025-01-20")
        >>> record["events"][0]["type"]
        'transfer'
    """
    full = f"{title}\n\n{text}" if title else text
    document = Document.create(full, title=title, url=url, publisher=publisher, published=published, language=language)
    return (pipeline or default_pipeline())(document).to_dict()
