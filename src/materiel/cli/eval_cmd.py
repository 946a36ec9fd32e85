"""`materiel eval`: precision, recall and accuracies against a gold set."""
from __future__ import annotations

import click

from materiel.cli import cli
from materiel.cli.common import catalog_option, pipeline_for
from materiel.cli.output import dumps, table


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--texts", type=click.Path(exists=True, file_okay=False), default=None,
              help="Folder of the articles (default: the folder named like GOLD, e.g. dev/ beside dev.jsonl).")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.option("--check", is_flag=True, help="Exit 1 when a figure is below its target.")
@catalog_option
def eval_cmd(gold, texts, fmt, check, catalogs) -> None:
    """Score extraction on a gold set (docs/gold.md): events, roles, mentions, dates, certainty, attribution.

    Example:
        materiel eval tests/data/gold/dev.jsonl --format json
    """
    from materiel.eval import evaluate, load_gold
    from materiel.eval.targets import shortfalls

    pipeline = pipeline_for(catalogs)
    docs = load_gold(gold, texts)
    records = {d.id: pipeline(d.document()).to_dict() for d in docs}
    report = evaluate(docs, records, pipeline.catalog)
    report["below_target"] = shortfalls(report)
    click.echo(dumps(report) if fmt == "json" else _table(report))
    if check and report["below_target"]:
        raise SystemExit(1)


def _table(report: dict) -> str:
    rows = [{"figure": "events", **{k: str(v) for k, v in report["events"].items()}}]
    rows += [{"figure": f"  {t}", **{k: str(v) for k, v in c.items()}} for t, c in report["events_by_type"].items()]
    rows.append({"figure": "equipment mentions", **{k: str(v) for k, v in report["equipment_mentions"].items()}})
    lines = [table(rows, ("figure", "precision", "recall", "f1", "tp", "predicted", "gold"))]
    acc = [{"accuracy": f"role {k}", "value": str(v)} for k, v in report["roles"].items()]
    acc += [{"accuracy": k, "value": str(report[k])} for k in ("date", "certainty", "attribution")]
    acc.append({"accuracy": "events on negative documents", "value": f"{report['negatives']['events']} (of {report['negatives']['documents']} documents)"})
    lines += ["", table(acc, ("accuracy", "value"))]
    if report["below_target"]:
        lines += ["", "below target:", *(f"  {s}" for s in report["below_target"])]
    return "\n".join(lines)
