"""Plain text reader: title from the first line, strict UTF-8, and bad files as Failures."""
from __future__ import annotations

from pathlib import Path

import pytest

from materiel.ingest import Failure, read_paths
from materiel.models import Document

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"
ARTICLE = DATA / "harbour_article.txt"


def read_one(path: Path | str, **kwargs: object) -> Document | Failure:
    """The single item read from `path`."""
    items = list(read_paths([str(path)], **kwargs))
    assert len(items) == 1, items
    return items[0]


def test_text_article_becomes_a_document_titled_by_its_first_line() -> None:
    doc = read_one(ARTICLE)
    assert isinstance(doc, Document)
    assert doc.title == "Coastal patrol boats handed over at Port Selva"
    assert doc.text.startswith(doc.title + "\n\n")
    assert doc.source == str(ARTICLE)
    assert doc.published is None and doc.url is None


def test_text_mention_offsets_index_into_the_document_text() -> None:
    doc = read_one(ARTICLE)
    start = doc.text.index("four coastal patrol boats")
    assert doc.text[start:start + len("four coastal patrol boats")] == "four coastal patrol boats"
    assert doc.text == doc.text.strip() and "\r" not in doc.text


def test_text_rereading_the_same_file_gives_the_same_id() -> None:
    first, second = read_one(ARTICLE), read_one(ARTICLE)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id and first.text == second.text


def test_text_published_default_fills_the_document() -> None:
    doc = read_one(ARTICLE, published="2024-03-05")
    assert isinstance(doc, Document) and doc.published == "2024-03-05"


@pytest.mark.parametrize(
    ("content", "title"),
    [
        (b"\n\n  Title after blank lines  \nBody line.\n", "Title after blank lines"),
        (b"Windows title\r\nBody line.\r\n", "Windows title"),
        (b"\xef\xbb\xbfTitle with BOM\nBody.", "Title with BOM"),
        (b"# Markdown heading\n\nBody.", "Markdown heading"),
    ],
)
def test_text_title_is_the_first_non_empty_line(tmp_path: Path, content: bytes, title: str) -> None:
    path = tmp_path / "note.md"
    path.write_bytes(content)
    doc = read_one(path)
    assert isinstance(doc, Document) and doc.title == title
    assert "\ufeff" not in doc.text and "\r" not in doc.text


def test_text_binary_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    item = read_one(path)
    assert item == Failure(str(path), "binary file, not text")


def test_text_invalid_utf8_is_a_failure_naming_byte_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 opens".encode("latin-1"))
    item = read_one(path)
    assert item == Failure(str(path), "not valid UTF-8 (byte 0xe9 at offset 3)")
    assert str(item) == f"{path}: not valid UTF-8 (byte 0xe9 at offset 3)"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  \r\n"], ids=["empty", "whitespace"])
def test_text_empty_file_is_a_failure(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert read_one(path) == Failure(str(path), "empty document")


@pytest.mark.parametrize("name", ["README", "notes.log", "REPORT.TXT"])
def test_text_explicit_file_with_unknown_extension_is_read_as_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Depot inventory\nThree trucks left the depot.", encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, Document) and doc.title == "Depot inventory"
