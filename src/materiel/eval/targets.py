"""The quality targets of issue #4, checked by `materiel eval --check` and the test suite."""
from __future__ import annotations

from typing import Any

TARGETS = {
    "events.f1": 0.85, "equipment_mentions.f1": 0.95, "roles.actor": 0.85, "roles.recipient": 0.85,
    "roles.origin": 0.85, "roles.destination": 0.85, "roles.equipment": 0.85, "roles.quantity": 0.85,
    "date": 0.90, "certainty": 0.80, "attribution": 0.80,
}


def figure(report: dict[str, Any], path: str) -> float:
    value: Any = report
    for part in path.split("."):
        value = value.get(part, 1.0) if isinstance(value, dict) else value
    return float(value)


def shortfalls(report: dict[str, Any]) -> list[str]:
    """Every figure below its target, plus events predicted on negative documents."""
    out = [f"{path} = {figure(report, path):.3f} < {target}" for path, target in TARGETS.items() if figure(report, path) < target]
    if report["negatives"]["events"]:
        out.append(f"{report['negatives']['events']} events predicted on negative documents")
    return out
