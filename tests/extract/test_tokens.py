"""Tokens: offsets over any text, and word classes (a test of a token, made once per distinct token text, read as positions)."""
import random

import pytest

from materiel.extract.tokens import split_sentences, tokenize, word_class

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


@pytest.mark.parametrize("text, expected", [
    ("12,500 troops", ["12,500", "troops"]),
    ("1,234,5678 rounds", ["1,234", ",", "5678", "rounds"]),
    ("in 2024, 300 shells", ["in", "2024", ",", "300", "shells"]),
    ("Russia's T-72B3s and BTR-80A/82", ["Russia", "'", "s", "T-72B3s", "and", "BTR-80A", "/", "82"]),
    ("Côte d'Ivoire's AT&T-built U.S.-made radars", ["Côte", "d'Ivoire", "'", "s", "AT&T-built", "U.S", ".", "-", "made", "radars"]),
])
def test_tokens_keep_grouped_numbers_and_joined_words_whole(text, expected):
    assert tokenize(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Kenya sent troops. Uganda did not.", ["Kenya sent troops.", "Uganda did not."]),
    ("Gen. Okoth and the U.S. team met. They left.", ["Gen. Okoth and the U.S. team met.", "They left."]),
    ('It ended?!" Then "Kigali" replied.', ['It ended?!"', 'Then "Kigali" replied.']),
    ("Drones arrived.\n\n  Convoys too  \nand then 4 tanks.", ["Drones arrived.", "Convoys too", "and then 4 tanks."]),
    ("It rose 2.5 percent. 40 jets followed.", ["It rose 2.5 percent.", "40 jets followed."]),
    ("no capital after. so one sentence", ["no capital after. so one sentence"]),
])
def test_sentences_end_at_stops_before_capitals_and_at_newlines(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected
