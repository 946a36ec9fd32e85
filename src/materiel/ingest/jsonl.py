"""JSON Lines: one article object per line; a bad line is a Failure and the next line is still read."""
from __future__ import annotations

import codecs
import json
from typing import Any, Iterable, Iterator, Mapping

from materiel.ingest.checks import is_iso_date, read_bytes, reject_binary
from materiel.ingest.failure import Failure, Item, Rejected, soft, utf8_message
from materiel.ingest.text import with_title
from materiel.models import Document

OPTIONAL_FIELDS = ("title", "url", "publisher", "published", "language")


def _field(obj: Mapping[str, Any], name: str) -> str | None:
    """An optional string field, None when absent, null or blank; rejects other types."""
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Rejected(f"field '{name}' must be a string")
    return value.strip() or None


def _text(obj: Mapping[str, Any]) -> str:
    """The required `text` field, a non-empty string."""
    if "text" not in obj or obj["text"] is None:
        raise Rejected("missing required field 'text'")
    text = obj["text"]
    if not isinstance(text, str) or not text.strip():
        raise Rejected("field 'text' must be a non-empty string")
    return text


def object_document(obj: Any, source: str, published: str | None = None) -> Document:
    """A Document from one decoded JSON object; the title, when given, heads the text."""
    if not isinstance(obj, dict):
        raise Rejected(f"not a JSON object (got {type(obj).__name__})")
    text = _text(obj)
    meta = {name: _field(obj, name) for name in OPTIONAL_FIELDS}
    if meta["published"] is not None and not is_iso_date(meta["published"]):
        raise Rejected(f"bad date in 'published': {meta['published']!r} (expected YYYY-MM-DD)")
    meta["published"] = meta["published"] or published
    return Document.create(with_title(meta["title"], text), **meta, source=source)


def line_item(line: str, number: int, source: str, published: str | None = None) -> Item:
    """The Document or Failure for line `number` of `source` (source of either is 'source:number')."""
    where = f"{source}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return Failure(where, f"line {number}: not JSON ({err.msg} at column {err.colno})")
    except RecursionError:
        return Failure(where, f"line {number}: not JSON (nested too deeply)")
    try:
        return object_document(obj, where, published)
    except Rejected as err:
        return Failure(where, f"line {number}: {err}")


def jsonl_items(lines: Iterable[str], source: str, published: str | None = None) -> Iterator[Item]:
    """Items for each non-blank line of `lines`, numbered from 1, in order."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield line_item(line, number, source, published)


def _decoded_lines(data: bytes, source: str) -> Iterator[str | Failure]:
    """Each line of `data` decoded as strict UTF-8, or a Failure naming the line's bad byte."""
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    for number, raw in enumerate(data[offset:].split(b"\n"), 1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield Failure(f"{source}:{number}", f"line {number}: {utf8_message(err, offset)}")
        offset += len(raw) + 1


@soft
def read_jsonl(path: str, published: str | None = None) -> Iterator[Item]:
    """Read a JSON Lines file (.jsonl, .ndjson): one Document or Failure per non-blank line."""
    data = read_bytes(path)
    reject_binary(data)
    for number, line in enumerate(_decoded_lines(data, path), 1):
        if isinstance(line, Failure):
            yield line
        elif line.strip():
            yield line_item(line, number, path, published)
