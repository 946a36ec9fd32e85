"""Component: tokens and sentences."""
from __future__ import annotations

from materiel.extract.doc import ArticleDoc
from materiel.extract.registry import component
from materiel.extract.tokens import split_sentences, tokenize


@component("tokenizer", assigns=("tokens", "sentences"))
def tokenizer(doc: ArticleDoc) -> ArticleDoc:
    """Tokenise the text and split it into sentences (held as token index spans)."""
    toks = tokenize(doc.text)
    doc.tokens = toks
    spans = []
    for start, end in split_sentences(doc.text):
        i, j = toks.index_at(start), toks.index_at(end)
        if j > i:
            spans.append((i, j))
    doc.sentences = spans or [(0, len(toks))]
    return doc
