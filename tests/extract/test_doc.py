"""The ArticleDoc indexes components read instead of scanning the document."""
import pytest

from materiel.extract.doc import ArticleDoc
from materiel.extract.tokenizer import tokenizer
from materiel.models import Document

SHIPPING = frozenset(("sent", "shipped"))


def tokenized(catalog, text: str) -> ArticleDoc:
    return tokenizer(ArticleDoc(Document.create(text), catalog))


@pytest.mark.parametrize("text,lo,hi,expected", [
    ("Norway sent tanks. Chile shipped jets and sent radars.", 0, None, ["sent", "shipped", "sent"]),
    ("Norway sent tanks. Chile shipped jets and sent radars.", 4, 8, ["shipped"]),
    ("Prices rose in Lima. Rain fell.", 0, None, []),
])
def test_doc_positions_finds_words_in_range_in_text_order(catalog, text, lo, hi, expected):
    doc = tokenized(catalog, text)
    assert [doc.tokens.text[k] for k in doc.positions(SHIPPING, lo, hi)] == expected


@pytest.mark.parametrize("text", ["Peru SENT boats."])
def test_doc_positions_matches_folded_keys_and_keeps_word_sets_apart(catalog, text):
    doc = tokenized(catalog, text)
    assert doc.positions(SHIPPING) == [1]
    assert doc.positions(frozenset(("boats",))) == [2]


@pytest.mark.parametrize("text,expected", [
    ("Kenya sent trucks. Uganda sent boats.\n\nPrices rose. Rain fell.\nSnow came.", [0, 0, 1, 1, 2]),
    ("One line only. Still the same paragraph.", [0, 0]),
])
def test_doc_paragraph_of_numbers_lines(catalog, text, expected):
    doc = tokenized(catalog, text)
    assert [doc.paragraph_of(s) for s in range(len(doc.sentences))] == expected


@pytest.mark.parametrize("text,expected", [
    ("Norway sent tanks. Prices rose. Chile shipped jets and sent radars.",
     [("Norway sent tanks.", ["sent"]), ("Chile shipped jets and sent radars.", ["shipped", "sent"])]),
    ("Prices rose in Lima. Rain fell.", []),
])
def test_doc_sentences_holding_groups_tokens_by_sentence_and_skips_the_others(catalog, text, expected):
    doc = tokenized(catalog, text)
    found = [(doc.text[doc.tokens.start[lo]:doc.tokens.end[hi - 1]], [doc.tokens.text[k] for k in inside])
             for lo, hi, inside in doc.sentences_holding(doc.positions(SHIPPING))]
    assert found == expected
