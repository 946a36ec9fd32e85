"""A document's text for the terminal, with mentions coloured and event sentences underlined."""
from __future__ import annotations

import click

COLOURS = {"equipment": "red", "place": "green", "actor": "blue", "source": "magenta", "quantity": "yellow", "date": "cyan"}


def highlight(record: dict, text: str) -> str:
    """Styled text, then a legend and the events in short form."""
    evidence = sorted({(e["start"], e["end"]) for ev in record["events"] for e in ev["evidence"]})
    marks: dict[int, list[tuple[int, str]]] = {}
    for m in record["mentions"]:
        marks.setdefault(m["start"], []).append((m["end"], m["kind"]))
    out, k = [], 0
    while k < len(text):
        in_ev = any(a <= k < b for a, b in evidence)
        if k in marks:
            end, kind = max(marks[k])
            out.append(click.style(text[k:end], fg=COLOURS[kind], bold=True, underline=in_ev))
            k = end
            continue
        out.append(click.style(text[k], underline=True) if in_ev and not text[k].isspace() else text[k])
        k += 1
    legend = "  ".join(click.style(kind, fg=c, bold=True) for kind, c in COLOURS.items())
    doc = record["document"]
    head = f"{doc['id']}  {doc.get('title') or ''}  published {doc.get('published') or '?'}"
    lines = [f"{e['type']}: " + ", ".join(f"{r}={e[r]['name']}" for r in ("actor", "recipient", "origin", "destination") if e.get(r))
             for e in record["events"]]
    return "\n".join([head, "", "".join(out), "", "legend: " + legend + "  (event sentences underlined)", *lines])
