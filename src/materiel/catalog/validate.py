"""Whole-file validation of catalog overlays, reporting every bad line rather than the first."""
from __future__ import annotations

from pathlib import Path

from materiel.catalog.loader import overlay_entry, overlay_text, parse_line
from materiel.errors import CatalogError


def validate_overlay(path: str | Path) -> list[str]:
    """Every problem in an overlay file, as 'file:line [field] reason' lines; empty when valid."""
    try:
        text = overlay_text(path)
    except CatalogError as exc:
        return [_plain(exc)]
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        label = f"{path}:{n}"
        try:
            obj = parse_line(line, label)
            if obj is not None:
                overlay_entry(obj, label)
        except CatalogError as exc:
            problems.append(_plain(exc))
    return problems


def _plain(exc: CatalogError) -> str:
    """The message without its error code."""
    return str(exc).split("] ", 1)[1]
