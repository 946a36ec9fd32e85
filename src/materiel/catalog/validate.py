"""Whole-file validation of catalog overlays, reporting every bad line rather than the first."""
from __future__ import annotations

import json
from pathlib import Path

from materiel.catalog.loader import CATALOG_FILES, validate_line
from materiel.errors import CatalogError


def validate_overlay(path: str | Path) -> list[str]:
    """Every problem in an overlay file, as 'file:line [field] reason' lines; empty when valid."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{path}: cannot read catalog overlay: {exc}"]
    problems = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            problem = _check(line, f"{path}:{n}")
            if problem:
                problems.append(problem)
    return problems


def _check(line: str, label: str) -> str | None:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"{label} is not JSON: {exc.msg}"
    if not isinstance(obj, dict):
        return f"{label} must be a JSON object"
    name = obj.pop("catalog", None)
    if name not in CATALOG_FILES:
        return f"{label} [catalog] must be one of {', '.join(CATALOG_FILES)}"
    try:
        validate_line(name, obj, label)
    except CatalogError as exc:
        return str(exc).split("] ", 1)[1]
    return None
