"""The readers by name, and which file extensions each one reads."""
from __future__ import annotations

import os
from typing import Mapping

from materiel.ingest.failure import Reader
from materiel.ingest.html import read_html
from materiel.ingest.jsonl import read_jsonl
from materiel.ingest.text import read_text

READERS: Mapping[str, Reader] = {"txt": read_text, "html": read_html, "jsonl": read_jsonl}

EXTENSIONS: Mapping[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}


def reader_name(path: str) -> str | None:
    """The name of the reader for `path`'s extension (case-insensitive), or None when unknown."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())
