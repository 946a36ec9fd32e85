"""Checks shared by the readers: binary sniffing, strict UTF-8 decoding and ISO dates."""
from __future__ import annotations

import codecs
import re
from datetime import date

from materiel.errors import InputError
from materiel.ingest.failure import Rejected, utf8_message

SNIFF_BYTES = 8192
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_bytes(path: str) -> bytes:
    """The whole content of the file at `path`."""
    with open(path, "rb") as handle:
        return handle.read()


def reject_binary(data: bytes | str) -> None:
    """Reject content with a NUL in its first 8 KB: it is a binary file, not text."""
    nul = b"\x00" if isinstance(data, bytes) else "\x00"
    if nul in data[:SNIFF_BYTES]:
        raise Rejected("binary file, not text")


def decode_text(data: bytes) -> str:
    """Strict UTF-8 text of `data` (a leading BOM dropped); rejects binary or badly encoded content."""
    reject_binary(data)
    base = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[base:].decode("utf-8")
    except UnicodeDecodeError as err:
        raise Rejected(utf8_message(err, base)) from None


def is_iso_date(value: object) -> bool:
    """True when `value` is a real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_published(value: str | None) -> str | None:
    """Return the default publication date unchanged, or raise InputError when it is not YYYY-MM-DD."""
    if value is not None and not is_iso_date(value):
        raise InputError(f"published date {value!r} is not a valid YYYY-MM-DD date")
    return value
