"""JSON Lines reader: one Document per good line, one Failure per bad line, order kept."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from materiel.ingest import Failure, read_paths
from materiel.models import Document

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"
REPORTS = DATA / "three_reports.jsonl"
GOOD = json.dumps({"title": "Tankers refuelled", "text": "Two tanker aircraft were refuelled at the base."})


def write_lines(tmp_path: Path, *lines: str, name: str = "batch.jsonl") -> Path:
    """A JSON Lines file in `tmp_path` holding `lines`."""
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_good_lines_become_documents_in_order() -> None:
    docs = list(read_paths([str(REPORTS)]))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.source for d in docs] == [f"{REPORTS}:1", f"{REPORTS}:3", f"{REPORTS}:4"]  # line 2 is blank
    assert [d.title for d in docs] == ["Helicopters moved to northern airfield", None,
                                       "Artillery withdrawn from the valley"]


def test_jsonl_metadata_fields_are_kept() -> None:
    first = next(iter(read_paths([str(REPORTS)])))
    assert isinstance(first, Document)
    assert (first.url, first.publisher, first.published, first.language) == (
        "https://wire.example/a1", "Example Wire", "2024-02-01", "en")


def test_jsonl_title_heads_the_text_so_the_headline_is_searchable() -> None:
    with_title, without_title, _ = read_paths([str(REPORTS)])
    assert isinstance(with_title, Document) and isinstance(without_title, Document)
    assert with_title.text.startswith("Helicopters moved to northern airfield\n\nSix transport")
    assert without_title.text.startswith("Two radar units")


def test_jsonl_published_default_fills_only_lines_without_a_date() -> None:
    docs = list(read_paths([str(REPORTS)], published="2023-12-31"))
    assert [d.published for d in docs] == ["2024-02-01", "2023-12-31", "2024-02-09"]


def test_jsonl_line_that_is_not_json_is_a_failure_and_batch_goes_on(tmp_path: Path) -> None:
    path = write_lines(tmp_path, GOOD, "{not json at all", GOOD)
    first, bad, last = read_paths([str(path)])
    assert isinstance(first, Document) and isinstance(last, Document)
    assert isinstance(bad, Failure) and bad.source == f"{path}:2"
    assert bad.message.startswith("line 2: not JSON (")
    assert str(bad).startswith(f"{path}:2: line 2: not JSON (")


def test_jsonl_line_without_text_is_a_failure_and_batch_goes_on(tmp_path: Path) -> None:
    path = write_lines(tmp_path, json.dumps({"title": "Headline only"}), GOOD)
    bad, good = read_paths([str(path)])
    assert bad == Failure(f"{path}:1", "line 1: missing required field 'text'")
    assert isinstance(good, Document) and good.source == f"{path}:2"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": "   "}, "field 'text' must be a non-empty string"),
        ({"text": 42}, "field 'text' must be a non-empty string"),
        ({"text": "Body.", "title": ["a"]}, "field 'title' must be a string"),
        ({"text": "Body.", "published": "2024-02-30"}, "bad date in 'published': '2024-02-30' (expected YYYY-MM-DD)"),
        ({"text": "Body.", "published": "March 2024"}, "bad date in 'published': 'March 2024' (expected YYYY-MM-DD)"),
        (["text", "Body."], "not a JSON object (got list)"),
    ],
    ids=["blank-text", "number-text", "list-title", "impossible-date", "free-date", "array"],
)
def test_jsonl_bad_line_is_a_failure_for_that_line(tmp_path: Path, record: object, message: str) -> None:
    path = write_lines(tmp_path, GOOD, json.dumps(record), GOOD)
    items = list(read_paths([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    assert items[1] == Failure(f"{path}:2", f"line 2: {message}")


def test_jsonl_invalid_utf8_line_is_a_failure_for_that_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ndjson"
    bad = b'{"text": "Caf\xe9"}'
    path.write_bytes(GOOD.encode() + b"\n" + bad + b"\n" + GOOD.encode() + b"\n")
    items = list(read_paths([str(path)]))
    offset = len(GOOD) + 1 + bad.index(b"\xe9")
    assert items[1] == Failure(f"{path}:2", f"line 2: not valid UTF-8 (byte 0xe9 at offset {offset})")
    assert isinstance(items[0], Document) and isinstance(items[2], Document)


def test_jsonl_rereading_gives_the_same_ids() -> None:
    first = [d.id for d in read_paths([str(REPORTS)]) if isinstance(d, Document)]
    second = [d.id for d in read_paths([str(REPORTS)]) if isinstance(d, Document)]
    assert first == second and len(set(first)) == 3
