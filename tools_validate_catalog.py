"""Temporary helper for the catalog writers: validate data files against their schema.
usage: python tools_validate_catalog.py SCHEMA_NAME FILE.jsonl"""
import json, sys
import jsonschema
schema = json.load(open(f"src/materiel/catalog/schemas/{sys.argv[1]}.schema.json"))
v = jsonschema.Draft202012Validator(schema)
ids, bad = set(), 0
for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        print(f"{sys.argv[2]}:{n} not JSON: {e}"); bad += 1; continue
    for err in v.iter_errors(obj):
        print(f"{sys.argv[2]}:{n} [{'/'.join(map(str, err.path))}] {err.message}"); bad += 1
    if obj.get("id") in ids:
        print(f"{sys.argv[2]}:{n} duplicate id {obj.get('id')}"); bad += 1
    ids.add(obj.get("id"))
print(f"{len(ids)} entries, {bad} problems")
