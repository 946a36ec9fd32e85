"""`materiel catalog ...` and user overlays, through the CLI on real files."""
import json

import pytest

from materiel.cli import cli

OVERLAY = {"catalog": "equipment", "id": "zz-test-tank", "name": "ZZ-9 Plural", "aliases": ["Zed Nine"],
           "class": "main battle tank", "producer": "RU", "parent": "t-72", "wikidata": None}


def test_stats_json_has_the_contract_keys_and_counts(runner):
    stats = json.loads(runner.invoke(cli, ["catalog", "stats", "--format", "json"]).stdout)
    for key in ("equipment", "actors", "armed_groups", "places", "bases", "sources"):
        assert isinstance(stats[key], int)
    assert stats["equipment"] >= 1000 and stats["armed_groups"] >= 150 and stats["bases"] >= 250
    assert stats["sources"] >= 200 and stats["states"] >= 195 and len(stats["equipment_by_class"]) >= 25


def test_search_is_fuzzy_across_kinds(runner):
    out = runner.invoke(cli, ["catalog", "search", "Khmeimim"]).stdout
    assert "hmeimim" in out.lower()


def test_show_jsonl_one_line_per_name_in_order_and_exit_1_when_unknown(runner):
    result = runner.invoke(cli, ["catalog", "show", "Tigr", "no such thing", "T-72B3", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["query"] for r in rows] == ["Tigr", "no such thing", "T-72B3"]
    assert [r["found"] for r in rows] == [True, False, True]
    assert rows[2]["class"] == "main battle tank" and rows[2]["producer"] == "RU" and rows[2]["parent"]
    assert result.exit_code == 1


def test_overlay_adds_equipment_for_show_and_extraction(runner, tmp_path):
    overlay = tmp_path / "mine.jsonl"
    overlay.write_text(json.dumps(OVERLAY) + "\n", encoding="utf-8")
    shown = runner.invoke(cli, ["catalog", "show", "Zed Nine", "--format", "jsonl", "--catalog", str(overlay)])
    assert json.loads(shown.stdout)["id"] == "zz-test-tank"
    article = tmp_path / "a.txt"
    article.write_text("Russia delivered four ZZ-9 Plural tanks to Mali.", encoding="utf-8")
    record = json.loads(runner.invoke(cli, ["extract", str(article), "--catalog", str(overlay)]).stdout)
    assert record["events"][0]["equipment"][0]["id"] == "zz-test-tank"


def test_overlay_from_environment(runner, tmp_path, monkeypatch):
    overlay = tmp_path / "env.jsonl"
    overlay.write_text(json.dumps({**OVERLAY, "id": "zz-env"}) + "\n", encoding="utf-8")
    monkeypatch.setenv("MATERIEL_CATALOG", str(overlay))
    from materiel.catalog import load_catalog

    assert load_catalog().get("equipment", "zz-env") is not None


@pytest.mark.parametrize("line,reason", [
    ('{"catalog": "equipment", "id": "x", "name": "X", "aliases": "X", "class": "main battle tank", "producer": "RU"}',
     ":1 [aliases] 'X' is not of type 'array'"),
    ('{"catalog": "equipment", "id": "x", "name": "X", "aliases": [], "class": "spaceship", "producer": "RU"}', ":1 [class]"),
    ('{"catalog": "weapons", "id": "x"}', ":1 [catalog] must be one of"),
    ("not json", ":1 is not JSON"),
])
def test_invalid_overlay_is_refused_with_file_line_and_reason(runner, tmp_path, line, reason):
    overlay = tmp_path / "bad.jsonl"
    overlay.write_text(line + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["catalog", "validate", str(overlay)])
    assert result.exit_code == 1
    assert f"bad.jsonl{reason}" in result.stderr
    extract = runner.invoke(cli, ["extract", str(overlay), "--catalog", str(overlay)])
    assert extract.exit_code != 0 and "E010" in extract.output


def test_validate_accepts_a_good_overlay(runner, tmp_path):
    overlay = tmp_path / "good.jsonl"
    overlay.write_text(json.dumps(OVERLAY) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["catalog", "validate", str(overlay)])
    assert result.exit_code == 0 and "ok" in result.stdout
