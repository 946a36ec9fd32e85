"""Word classes: a test of a token, made once per distinct token text, read as positions."""
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
