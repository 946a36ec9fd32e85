"""The command line, run in-process through click's runner on real files and a real SQLite store."""
import json
import sqlite3
from pathlib import Path

import pytest

from materiel.cli import cli

ARTICLE = "Russia sends tanks to Mali\n\nRussia delivered five T-72B3 tanks to Mali on 17 January, Reuters reported.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.jsonl").write_text(
        json.dumps({"text": "Turkey delivered three Bayraktar TB2 drones to Niger.", "published": "2024-03-01"}) + "\n"
        + json.dumps({"text": "Iran supplied Russia with Shahed-136 drones.", "published": "2023-01-01"}) + "\n",
        encoding="utf-8")
    return folder


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    out = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    con.close()
    return out


def test_ingest_twice_leaves_every_table_unchanged(runner, corpus, tmp_path):
    db = tmp_path / "m.db"
    first = runner.invoke(cli, ["ingest", str(corpus), "--db", str(db), "--published", "2025-01-20"])
    assert first.exit_code == 0, first.output
    assert "3 new" in first.output
    before = counts(db)
    second = runner.invoke(cli, ["ingest", str(corpus), "--db", str(db), "--published", "2025-01-20"])
    assert second.exit_code == 0 and "0 new, 3 unchanged" in second.output
    assert counts(db) == before and before["events"] >= 3


def test_bad_items_get_one_line_each_and_good_ones_are_stored(runner, corpus, tmp_path):
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (corpus / "empty.txt").write_text("")
    (corpus / "c.jsonl").write_text('{"text": "ok Russia delivered T-72B3 tanks to Mali."}\nnot json\n{"title": "x"}\n')
    db = tmp_path / "m.db"
    result = runner.invoke(cli, ["ingest", str(corpus), str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 6
    for needle in ("bin.txt", "latin1.txt", "empty.txt", "c.jsonl:2", "c.jsonl:3", "missing.txt"):
        assert sum(needle in e for e in errors) == 1, (needle, errors)
    assert counts(db)["documents"] == 4


def test_extract_jsonl_keeps_input_order_and_touches_no_database(runner, corpus, tmp_path, monkeypatch, record_validator):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["extract", str(corpus / "b.jsonl"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["events"][0]["actor"]["name"] for r in records] == ["Turkey", "Iran"]
    for r in records:
        record_validator.validate(r)
    assert not (tmp_path / "materiel.db").exists()


def test_events_filters(runner, corpus, tmp_path):
    db = tmp_path / "m.db"
    runner.invoke(cli, ["ingest", str(corpus), "--db", str(db), "--published", "2025-01-20"])
    result = runner.invoke(cli, ["events", "--db", str(db), "--actor", "Turkey", "--format", "jsonl"])
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["recipient"]["name"] for e in events] == ["Niger"]
    csv_out = runner.invoke(cli, ["events", "--db", str(db), "--equipment", "T-72B3", "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("document_id,type") and len(csv_out.splitlines()) == 2


def test_show_prints_text_with_events(runner, corpus, tmp_path):
    db = tmp_path / "m.db"
    runner.invoke(cli, ["ingest", str(corpus / "a.txt"), "--db", str(db)])
    doc_id = json.loads(runner.invoke(cli, ["extract", str(corpus / "a.txt")]).stdout)["document"]["id"]
    result = runner.invoke(cli, ["show", doc_id, "--db", str(db), "--no-color"])
    assert result.exit_code == 0
    assert "Russia delivered five T-72B3 tanks" in result.stdout and "transfer: actor=Russia" in result.stdout


def test_show_unknown_document_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["show", "ffffffffff", "--db", str(tmp_path / "m.db")])
    assert result.exit_code != 0 and "E040" in result.output


def test_demo_ingests_samples_and_prints_events(runner, tmp_path):
    result = runner.invoke(cli, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "T-72B3" in result.stdout and "transfer" in result.stdout


def test_schema_is_valid_json_schema(runner):
    import jsonschema

    from materiel.models import CERTAINTIES, EVENT_TYPES, MENTION_KINDS, QUALIFIERS

    schema = json.loads(runner.invoke(cli, ["schema"]).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    event = schema["properties"]["events"]["items"]["properties"]
    assert event["type"]["enum"] == list(EVENT_TYPES) and event["certainty"]["enum"] == list(CERTAINTIES)
    assert event["equipment"]["items"]["properties"]["qualifier"]["enum"] == [*QUALIFIERS, None]
    assert schema["properties"]["mentions"]["items"]["properties"]["kind"]["enum"] == list(MENTION_KINDS)


def test_non_english_document_is_stored_not_extracted(runner, tmp_path):
    text = ("Des images diffusées par la télévision malienne montrent des camions transportant des chars russes "
            "vers Bamako, selon plusieurs analystes qui suivent les mouvements de l'armée.")
    (tmp_path / "fr.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(tmp_path / "fr.txt")])
    record = json.loads(result.stdout)
    assert record["document"]["language"] == "fr" and record["status"] == "not_extracted" and record["events"] == []
    assert "not supported" in result.stderr


def test_every_command_has_help_with_an_example(runner):
    from materiel.cli.catalog_cmd import catalog_group

    commands = [c for n, c in cli.commands.items() if n != "catalog"] + list(catalog_group.commands.values())
    for command in commands:
        assert command.help and "Example:" in command.help, command.name
