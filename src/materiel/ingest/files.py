"""Turning paths into Documents: '-' for standard input, folders walked, files dispatched by extension."""
from __future__ import annotations

import os
import sys
from typing import Iterable, Iterator, TextIO

from materiel.ingest.checks import check_published, decode_text, reject_binary
from materiel.ingest.failure import Failure, Item, guarded
from materiel.models import Document
from materiel.ingest.jsonl import jsonl_items
from materiel.ingest.registry import READERS, reader_name
from materiel.ingest.text import text_document

STDIN = "-"


def _stdin_text(stream: TextIO) -> str:
    """All of `stream`; a real stream's bytes are decoded as strict UTF-8, like files."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return decode_text(buffer.read())
    text = stream.read()
    reject_binary(text)
    return text


def _stdin_items(stream: TextIO, published: str | None) -> Iterator[Item]:
    """Standard input as JSON Lines when its first non-blank character is '{', else as plain text."""
    text = _stdin_text(stream)
    if text.lstrip().startswith("{"):
        yield from jsonl_items(text.split("\n"), STDIN, published)
    else:
        yield text_document(text, STDIN, published)


def read_stdin(stream: TextIO, published: str | None = None) -> Iterator[Item]:
    """Read standard input; never raises for bad input."""
    return guarded(STDIN, _stdin_items(stream, published))


def walk(folder: str) -> Iterator[str | Failure]:
    """Files under `folder` with a known extension, recursively, in sorted order; hidden ones skipped.

    A folder that cannot be listed gives a Failure instead of its files.
    """
    try:
        names = sorted(os.listdir(folder))
    except OSError as err:
        yield Failure(folder, f"cannot read folder ({err.strerror or err})")
        return
    for name in names:
        path = os.path.join(folder, name)
        if name.startswith("."):
            continue
        if os.path.isdir(path) and not os.path.islink(path):
            yield from walk(path)
        elif os.path.isfile(path) and reader_name(path):
            yield path


def read_file(path: str, published: str | None = None) -> Iterator[Item]:
    """Read one file with the reader for its extension; unknown extensions are read as plain text."""
    return READERS[reader_name(path) or "txt"](path, published)


def _read_one(path: str, published: str | None, stdin: TextIO | None) -> Iterator[Item]:
    """Items for one path given by the user."""
    if path == STDIN:
        yield from read_stdin(stdin if stdin is not None else sys.stdin, published)
    elif os.path.isdir(path):
        for found in walk(path):
            if isinstance(found, Failure):
                yield found
            else:
                yield from read_file(found, published)
    elif os.path.exists(path):
        yield from read_file(path, published)
    else:
        yield Failure(path, "path does not exist")


def _read_all(paths: Iterable[str], published: str | None, stdin: TextIO | None) -> Iterator[Item]:
    """Items for every path, in the order given."""
    for path in paths:
        yield from _read_one(path, published, stdin)


def read_paths(paths: Iterable[str], *, published: str | None = None,
               stdin: TextIO | None = None) -> Iterator[Document | Failure]:
    """Documents and Failures for `paths` in order; a bad item never stops the batch.

    `published` (YYYY-MM-DD) fills Document.published when the input has none; a bad value
    raises InputError here, before anything is read.
    """
    check_published(published)
    return _read_all(paths, published, stdin)
