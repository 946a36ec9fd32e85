"""HTML reader: trafilatura keeps the article body and page metadata, drops boilerplate."""
from __future__ import annotations

from pathlib import Path

import pytest

from materiel.ingest import Failure, read_paths
from materiel.models import Document

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"
PAGE = DATA / "convoy_page.html"

BODY = "<p>{}</p>".format(
    "A squadron of trainer aircraft landed at the southern base on Friday after a long ferry "
    "flight, the base commander said, and more arrivals are planned for the spring.")


def read_one(path: Path) -> Document | Failure:
    """The single item read from `path`."""
    items = list(read_paths([str(path)]))
    assert len(items) == 1, items
    return items[0]


def test_html_page_becomes_a_document_with_its_metadata() -> None:
    doc = read_one(PAGE)
    assert isinstance(doc, Document)
    assert doc.title == "Armoured convoy reaches border town"
    assert doc.publisher == "The Valley Courier"
    assert doc.published == "2024-05-17"
    assert doc.url == "https://courier.example/news/armoured-convoy"
    assert doc.source == str(PAGE)


def test_html_text_is_title_then_main_text_with_headline_once() -> None:
    doc = read_one(PAGE)
    assert isinstance(doc, Document)
    assert doc.text.startswith("Armoured convoy reaches border town\n\nA column of twelve")
    assert doc.text.count("Armoured convoy reaches border town") == 1
    assert "barracks on the edge of town" in doc.text


@pytest.mark.parametrize("boilerplate", ["Sport", "Weather", "newsletter", "Copyright", "Reader42", "retired"])
def test_html_navigation_footer_and_comments_are_dropped(boilerplate: str) -> None:
    doc = read_one(PAGE)
    assert isinstance(doc, Document) and boilerplate not in doc.text


def test_html_published_default_used_only_when_page_has_no_date(tmp_path: Path) -> None:
    path = tmp_path / "undated.htm"
    path.write_text(f"<html><head><title>Trainers arrive</title></head><body><article>{BODY}</article></body></html>",
                    encoding="utf-8")
    undated = list(read_paths([str(path)], published="2024-01-31"))
    dated = list(read_paths([str(PAGE)], published="2024-01-31"))
    assert isinstance(undated[0], Document) and undated[0].published == "2024-01-31"
    assert isinstance(dated[0], Document) and dated[0].published == "2024-05-17"


@pytest.mark.parametrize(
    "html",
    ["<html><head><title>Nothing here</title></head><body></body></html>",
     "<html><body><script>var views = 1;</script><style>p { color: red; }</style></body></html>",
     "<html><body><div>   </div><!-- placeholder --></body></html>"],
    ids=["empty-body", "only-script", "only-blank-markup"],
)
def test_html_page_without_main_text_is_a_failure(tmp_path: Path, html: str) -> None:
    path = tmp_path / "blank.html"
    path.write_text(html, encoding="utf-8")
    assert read_one(path) == Failure(str(path), "no main text found in HTML")


def test_html_empty_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "zero.html"
    path.write_bytes(b"")
    assert read_one(path) == Failure(str(path), "empty document")


def test_html_binary_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "archive.html"
    path.write_bytes(b"PK\x03\x04\x00\x00" + bytes(64))
    assert read_one(path) == Failure(str(path), "binary file, not text")
