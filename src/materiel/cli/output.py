"""Printing records and events as table, JSON, JSON Lines or CSV."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, Sequence

import click

EVENT_COLUMNS = ("type", "actor", "recipient", "origin", "destination", "equipment", "date", "certainty", "attributed_to")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _name(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("name") or value.get("value") or "")
    return str(value)


def item_text(item: dict) -> str:
    qty = item.get("quantity")
    qual = item.get("qualifier")
    prefix = "" if qty is None else (f"{qty} " if qual in (None, "exact") else f"{qual} {qty} ")
    return f"{prefix}{item.get('name') or item.get('class') or '?'}"


def event_row(event: dict) -> dict[str, str]:
    """One event as flat strings (for tables and CSV)."""
    row = {c: _name(event.get(c)) for c in EVENT_COLUMNS}
    row["equipment"] = "; ".join(item_text(i) for i in event.get("equipment", ()))
    row["attributed_to"] = "; ".join(_name(a) for a in event.get("attributed_to", ()))
    return row


def table(rows: Sequence[dict[str, str]], columns: Sequence[str], *, width: int = 38) -> str:
    """A plain aligned text table; long cells are cut with an ellipsis."""
    cut = [{c: (r.get(c, "") if len(r.get(c, "")) <= width else r.get(c, "")[: width - 1] + "…") for c in columns} for r in rows]
    widths = {c: max([len(c)] + [len(r[c]) for r in cut]) for c in columns}
    lines = ["  ".join(c.upper().ljust(widths[c]) for c in columns).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in columns))
    lines += ["  ".join(r[c].ljust(widths[c]) for c in columns).rstrip() for r in cut]
    return "\n".join(lines)


def csv_text(rows: Iterable[dict[str, str]], columns: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def print_events(events: list[dict], fmt: str, extra: Sequence[str] = ()) -> None:
    """Print events as table, jsonl or csv."""
    columns = (*extra, *EVENT_COLUMNS)
    if fmt == "jsonl":
        for e in events:
            click.echo(dumps(e))
        return
    rows = [{**event_row(e), **{c: str(e.get(c) or "")[:12] for c in extra}} for e in events]
    click.echo(csv_text(rows, columns) if fmt == "csv" else table(rows, columns), nl=fmt != "csv")
