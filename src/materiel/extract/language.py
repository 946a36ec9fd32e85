"""Language identification of a document (py3langid, offline); very short texts count as English."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'en' for texts too short to tell."""
    sample = text[:2000]
    if sum(c.isalpha() for c in sample) < 40:
        return "en"
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.5 else "en"
