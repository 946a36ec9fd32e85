"""Gold annotation files: one JSON object an article, texts in a folder beside them."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from materiel.errors import InputError
from materiel.models import Document


@dataclass
class GoldDoc:
    id: str
    published: str | None
    negative: bool
    events: list[dict[str, Any]]
    equipment_mentions: list[str]
    theatre: str | None = None
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def document(self) -> Document:
        title = self.text.split("\n", 1)[0].strip() or None
        return Document.create(self.text, title=title, published=self.published, source=self.id, language="en")


def _texts_dir(gold: Path, texts: str | Path | None) -> Path:
    if texts is not None:
        return Path(texts)
    stem = gold.stem.split("-part")[0]
    return gold.parent / stem


def load_gold(path: str | Path, texts: str | Path | None = None) -> list[GoldDoc]:
    """Gold documents from a JSON Lines file; texts from `texts` (default: the folder named like the file)."""
    path = Path(path)
    folder = _texts_dir(path, texts)
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n} is not JSON: {exc.msg}") from None
        text_path = folder / f"{obj['id']}.txt"
        if not text_path.is_file():
            raise InputError(f"{path}:{n} has no text file {text_path}")
        docs.append(GoldDoc(obj["id"], obj.get("published"), bool(obj.get("negative")), obj.get("events", []),
                            obj.get("equipment_mentions", []), obj.get("theatre"),
                            text_path.read_text(encoding="utf-8")))
    return docs
