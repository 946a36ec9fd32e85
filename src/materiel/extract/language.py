"""Language identification of a document (py3langid, offline); very short texts count as English.

Running text in English is recognised first by its function words ("the", "of", "said", ...:
about a fifth of English prose, next to none of French, Spanish, German, Dutch or Portuguese),
which spares the statistical model on almost every English document; the rest goes to py3langid,
limited to the languages news is written in: left to choose among all its 140-odd classes, it reads
a short English line as Nigerian Pidgin ("Russian forces withdrew from Kherson in November 2022.")
or a Spanish one as Extremaduran, and a document read as another language is stored, not extracted.
"""
from __future__ import annotations

import re
from functools import lru_cache

ENGLISH_FUNCTION_WORDS = frozenset("the of and to that for on with by as said it its from at were are have has this which".split())
WORD = re.compile(r"[^\W\d_]+")
# Languages news is written in, by ISO 639-1 code; py3langid's creoles, regional varieties and
# historic languages (pcm, ext, an, lij, vec, wa, la, grc, ...) are left out.
NEWS_LANGUAGES = (
    "af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fr ga gl gu ha he hi hr hu hy id ig is it "
    "ja ka kk km kn ko ku ky lo lt lv mk ml mn mr ms my ne nl no pa pl ps pt ro ru rw si sk sl so sq sr sv "
    "sw ta te th tl tr uk ur uz vi xh yo zh zu"
).split()


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(NEWS_LANGUAGES)
    return identifier


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'en' for texts too short to tell."""
    sample = text[:2000]
    if sum(c.isalpha() for c in sample) < 40:
        return "en"
    words = WORD.findall(sample.lower())
    if len(words) >= 20 and sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= 0.08 * len(words):
        return "en"
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.5 else "en"
