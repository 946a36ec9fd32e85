"""Rebuild src/materiel/catalog/data/short_words.txt, the English words a four-letter city alias must not be.

Needs `pip install english-words wordfreq` (not project dependencies: the list is shipped).
Usage: python scripts/make_short_words.py src/materiel/catalog/data/short_words.txt
"""
import sys

from english_words import get_english_words_set
from wordfreq import top_n_list, zipf_frequency


def short(word: str) -> bool:
    return 3 <= len(word) <= 4 and word.isalpha() and word.isascii()


def main(path: str) -> None:
    web2 = {w for w in get_english_words_set(["web2"], lower=True) if short(w)}
    common = {w for w in top_n_list("en", 60000) if short(w) and zipf_frequency(w, "en") >= 3.0}
    with open(path, "w", encoding="utf-8") as f:
        f.write("# English words of three or four letters: Webster's Second (web2, public domain, via the english-words\n")
        f.write("# package) and every word with an English Zipf frequency of 3.0 or more (wordfreq 3.1). One a line.\n")
        f.write("\n".join(sorted(web2 | common)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
