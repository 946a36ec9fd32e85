"""Tokens: offsets over any text, and word classes (a test of a token, made once per distinct token text, read as positions)."""
import random

from materiel.extract.tokens import tokenize, word_class

CAPITALISED = word_class(lambda text, key: text[:1].isupper())
SHIP_WORD = word_class(lambda text, key: key in ("frigate", "frigates", "corvette"))


def test_word_classes_mark_the_tokens_their_test_holds_for():
    toks = tokenize("Oman bought two Frigates and a corvette from Italy.")
    assert [toks.text[k] for k in toks.marked(CAPITALISED)] == ["Oman", "Frigates", "Italy"]
    assert [toks.text[k] for k in toks.marked(SHIP_WORD)] == ["Frigates", "corvette"]


def test_a_word_class_registered_after_tokenising_is_still_read():
    toks = tokenize("Chad received drones; Niger received none.")
    later = word_class(lambda text, key: key == "received")
    assert toks.marked(later) == [1, 5]
    assert toks.marked(CAPITALISED) == [0, 4]


def test_offsets_cover_every_character_outside_whitespace():
    # Offsets come from running lengths, so each token must be the text at its offsets and the
    # text between tokens whitespace only, whatever the characters (combining marks, symbols, dashes).
    rng = random.Random(7)
    alphabet = "ab Z9 ,.-'’&+\n\t\u00a0é\u0301_$%“”—–1,000 U.S. T-72B3 it's "
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        toks = tokenize(text)
        assert all(text[s:e] == t for t, s, e in zip(toks.text, toks.start, toks.end))
        gaps = zip([0] + toks.end, toks.start + [len(text)])
        assert all(text[a:b].strip() == "" for a, b in gaps)
