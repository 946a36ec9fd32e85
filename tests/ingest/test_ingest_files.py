"""Path handling: missing paths, folders, standard input, the published default and the registry."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterator

import pytest

from materiel.errors import InputError
from materiel.ingest import READERS, Failure, read_paths
from materiel.models import Document

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """A folder of good and bad files, a subfolder, a hidden file and an unknown extension."""
    root = tmp_path / "batch"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a_good.txt").write_text("Alpha report\nFive trucks arrived.", encoding="utf-8")
    (root / "b_binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (root / "c_latin1.md").write_bytes("Garde nationale \u00e0 Lyon".encode("latin-1"))
    (root / "d_lines.jsonl").write_text(json.dumps({"text": "Two ships sailed."}) + "\n", encoding="utf-8")
    (root / "e_empty.txt").write_bytes(b"")
    (root / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    (root / ".draft.txt").write_text("Hidden draft\nIgnore me.", encoding="utf-8")
    (root / ".hidden" / "secret.txt").write_text("Secret\nIgnore me too.", encoding="utf-8")
    (root / "sub" / "z_nested.txt").write_text("Nested report\nOne plane landed.", encoding="utf-8")
    return root


def test_missing_path_is_a_failure_and_batch_goes_on(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.txt")
    items = list(read_paths([missing, str(DATA / "harbour_article.txt")]))
    assert items[0] == Failure(missing, "path does not exist")
    assert str(items[0]) == f"{missing}: path does not exist"
    assert isinstance(items[1], Document)


def test_folder_yields_good_files_and_one_failure_per_bad_one_in_order(mixed_folder: Path) -> None:
    items = list(read_paths([str(mixed_folder)]))
    summary = [(type(i).__name__, Path(i.source).name) for i in items]
    assert summary == [
        ("Document", "a_good.txt"),
        ("Failure", "b_binary.txt"),
        ("Failure", "c_latin1.md"),
        ("Document", "d_lines.jsonl:1"),
        ("Failure", "e_empty.txt"),
        ("Document", "z_nested.txt"),
    ]
    assert [i.message for i in items if isinstance(i, Failure)] == [
        "binary file, not text", "not valid UTF-8 (byte 0xe0 at offset 16)", "empty document"]


def test_folder_skips_hidden_files_and_unknown_extensions(mixed_folder: Path) -> None:
    texts = " ".join(i.text for i in read_paths([str(mixed_folder)]) if isinstance(i, Document))
    assert "Ignore me" not in texts and "not,an,article" not in texts


def test_paths_are_read_in_the_order_given() -> None:
    names = ["three_reports.jsonl", "harbour_article.txt", "convoy_page.html"]
    items = list(read_paths([str(DATA / n) for n in names]))
    assert [Path(i.source).name.split(":")[0] for i in items] == [names[0]] * 3 + names[1:]


def test_stdin_dash_reads_plain_text() -> None:
    items = list(read_paths(["-"], stdin=io.StringIO("Bridge repaired\n\nEngineers rebuilt the span.\n")))
    assert len(items) == 1 and isinstance(items[0], Document)
    assert items[0].source == "-" and items[0].title == "Bridge repaired"
    assert items[0].text == "Bridge repaired\n\nEngineers rebuilt the span."


def test_stdin_dash_reads_json_lines_when_it_starts_with_a_brace() -> None:
    stream = io.StringIO('\n  {"text": "First line."}\nnot json\n{"text": "Third line."}\n')
    items = list(read_paths(["-"], stdin=stream))
    assert [i.source for i in items] == ["-:2", "-:3", "-:4"]
    assert isinstance(items[1], Failure) and items[1].message.startswith("line 3: not JSON")


@pytest.mark.parametrize(("content", "message"), [("", "empty document"), ("ab\x00cd", "binary file, not text")])
def test_stdin_dash_bad_input_is_a_failure(content: str, message: str) -> None:
    assert list(read_paths(["-"], stdin=io.StringIO(content))) == [Failure("-", message)]


@pytest.mark.parametrize("published", ["2024-13-01", "05/03/2024", "2024-3-5", "yesterday", ""])
def test_bad_published_default_raises_input_error_before_reading(published: str) -> None:
    def paths() -> Iterator[str]:
        raise AssertionError("paths were read before the published date was checked")
        yield "never"  # makes this a generator

    with pytest.raises(InputError, match="YYYY-MM-DD"):
        read_paths(paths(), published=published)


def test_readers_registry_holds_txt_html_and_jsonl() -> None:
    assert set(READERS) == {"txt", "html", "jsonl"}
    items = list(READERS["txt"](str(DATA / "harbour_article.txt"), None))
    assert isinstance(items[0], Document)


def test_failure_is_frozen_and_prints_on_one_line() -> None:
    failure = Failure("feed.jsonl:7", "line 7: missing required field 'text'")
    assert str(failure) == "feed.jsonl:7: line 7: missing required field 'text'"
    with pytest.raises(AttributeError):
        failure.message = "changed"  # type: ignore[misc]
