"""What a reader yields when an input cannot become a Document, and the guard that turns errors into it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import wraps
from typing import Callable, Iterator

from materiel.models import Document


@dataclass(frozen=True)
class Failure:
    """One input (a file, or one line of a JSON Lines file) that could not be read."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Item = Document | Failure
"""What readers yield."""
Reader = Callable[[str, str | None], Iterator[Item]]
"""A reader: (path, default published date) -> Documents and Failures, never raising for bad input."""


class Rejected(Exception):
    """Raised inside a reader when its input cannot become a Document; the message is the reason."""


def utf8_message(err: UnicodeDecodeError, base: int = 0) -> str:
    """The reason for a strict UTF-8 decode failure, naming the first bad byte and its offset."""
    return f"not valid UTF-8 (byte 0x{err.object[err.start]:02x} at offset {base + err.start})"


def guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Yield from `items`, turning a rejection or read error into one Failure for `source`."""
    try:
        yield from items
    except Rejected as err:
        yield Failure(source, str(err))
    except UnicodeDecodeError as err:
        yield Failure(source, utf8_message(err))
    except OSError as err:
        yield Failure(source, f"cannot read ({err.strerror or err})")


def soft(reader: Reader) -> Reader:
    """Wrap a reader so it never raises for bad input: errors become a Failure for the path."""

    @wraps(reader)
    def wrapped(path: str, published: str | None = None) -> Iterator[Item]:
        return guarded(path, reader(path, published))

    return wrapped
