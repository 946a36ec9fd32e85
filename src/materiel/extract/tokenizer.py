"""Component: tokens and sentences."""
from __future__ import annotations

from bisect import bisect_left
from itertools import chain, repeat

from materiel.extract.doc import ArticleDoc
from materiel.extract.registry import component
from materiel.extract.tokens import split_sentences, tokenize


@component("tokenizer", assigns=("tokens", "sentences"))
def tokenizer(doc: ArticleDoc) -> ArticleDoc:
    """Tokenise the text and split it into sentences (held as token index spans)."""
    toks = tokenize(doc.text)
    doc.tokens = toks
    # The first token at or after each sentence's first and end character (Tokens.index_at of each, at C speed).
    edges = list(map(bisect_left, repeat(toks.start), chain.from_iterable(split_sentences(doc.text))))
    spans = [(i, j) for i, j in zip(edges[0::2], edges[1::2]) if j > i]
    doc.sentences = spans or [(0, len(toks))]
    return doc
