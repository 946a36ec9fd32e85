"""Plain records that flow through materiel: documents, mentions, events and the extraction record."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any, Mapping

EVENT_TYPES = ("transfer", "deployment", "withdrawal", "base_change", "attack", "loss", "order")
CERTAINTIES = ("confirmed", "reported", "likely", "alleged", "denied")
QUALIFIERS = ("exact", "at least", "at most", "about", "over", "under")
MENTION_KINDS = ("equipment", "place", "actor", "source", "quantity", "date")


def normalize_text(text: str) -> str:
    """The canonical form of a document's text: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def document_id(text: str) -> str:
    """A document's id: the hash of its normalised text, so re-ingesting is a no-op."""
    return _hash_id(normalize_text(text))


def _hash_id(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Document:
    """One article: normalised text plus metadata."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None  # where it was read from (a path, '-', a URL); not part of the record

    @classmethod
    def create(cls, text: str, **meta: Any) -> "Document":
        """Normalise `text` and derive the id; `meta` holds title, url, publisher, published, language."""
        norm = normalize_text(text)
        return cls(id=_hash_id(norm), text=norm, **meta)  # normalize_text(norm) is norm: not run twice

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("id", "title", "url", "publisher", "published", "language")}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> "Document":
        keys = {f.name for f in fields(cls)} - {"text"}
        return cls(text=text, **{k: data.get(k) for k in keys})


_NO_ATTRS: Any = object()  # attrs left out: a new empty dict, as field(default_factory=dict) makes


@dataclass(frozen=True, init=False)
class Mention:
    """A span of the document recognised as one kind of thing."""

    kind: str
    text: str
    start: int
    end: int
    id: str | None = None
    name: str | None = None
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def __init__(self, kind: str, text: str, start: int, end: int, id: str | None = None, name: str | None = None,
                 attrs: Mapping[str, Any] = _NO_ATTRS) -> None:
        # the __init__ of a frozen dataclass sets each field through object.__setattr__; setting the
        # items of the instance dict is cheaper (a record has many mentions), and the fields stay frozen
        values = self.__dict__
        values["kind"] = kind
        values["text"] = text
        values["start"] = start
        values["end"] = end
        values["id"] = id
        values["name"] = name
        values["attrs"] = {} if attrs is _NO_ATTRS else attrs

    def to_dict(self) -> dict[str, Any]:
        out = {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
               "id": self.id, "name": self.name}
        out.update(self.attrs)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Mention":
        base = {"kind", "text", "start", "end", "id", "name"}
        return cls(**{k: data.get(k) for k in base}, attrs={k: v for k, v in data.items() if k not in base})


@dataclass(frozen=True, init=False)
class Ref:
    """A role filler: an actor, place or source with its catalog id (None when not in a catalog)."""

    id: str | None
    name: str
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def __init__(self, id: str | None, name: str, attrs: Mapping[str, Any] = _NO_ATTRS) -> None:
        self.__dict__.update(id=id, name=name, attrs={} if attrs is _NO_ATTRS else attrs)  # as Mention

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, **self.attrs}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "Ref | None":
        if data is None:
            return None
        return cls(data.get("id"), data["name"], {k: v for k, v in data.items() if k not in ("id", "name")})


@dataclass(frozen=True, init=False)
class Item:
    """One equipment line of an event."""

    id: str | None
    name: str | None
    cls: str | None
    quantity: int | None = None
    qualifier: str | None = None

    def __init__(self, id: str | None, name: str | None, cls: str | None, quantity: int | None = None,
                 qualifier: str | None = None) -> None:
        self.__dict__.update(id=id, name=name, cls=cls, quantity=quantity, qualifier=qualifier)  # as Mention

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "class": self.cls,
                "quantity": self.quantity, "qualifier": self.qualifier}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Item":
        return cls(data.get("id"), data.get("name"), data.get("class"), data.get("quantity"), data.get("qualifier"))


@dataclass(frozen=True)
class DateValue:
    """An ISO date of day, month or year precision and the text it came from."""

    value: str
    precision: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "DateValue | None":
        return None if data is None else cls(data["value"], data["precision"], data.get("text", ""))


@dataclass(frozen=True, init=False)
class Evidence:
    """A sentence (character offsets into the document text) that supports an event."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        self.__dict__.update(start=start, end=end, text=text)  # as Mention: cheaper than a frozen __setattr__ each

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


ROLE_NAMES = ("actor", "recipient", "origin", "destination", "target")


@dataclass
class Event:
    """A typed event with its roles; built up by the extractor, frozen into a dict at the end."""

    type: str
    actor: Ref | None = None
    recipient: Ref | None = None
    origin: Ref | None = None
    destination: Ref | None = None
    target: Ref | None = None
    change: str | None = None
    equipment: list[Item] = field(default_factory=list)
    date: DateValue | None = None
    certainty: str = "reported"
    attributed_to: list[Ref] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        for role in ROLE_NAMES:
            ref = getattr(self, role)
            out[role] = ref.to_dict() if ref else None
        out["change"] = self.change
        out["equipment"] = [i.to_dict() for i in self.equipment]
        out["date"] = self.date.to_dict() if self.date else None
        out["certainty"] = self.certainty
        out["attributed_to"] = [r.to_dict() for r in self.attributed_to]
        out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Event":
        roles = {r: Ref.from_dict(data.get(r)) for r in ROLE_NAMES}
        return cls(type=data["type"], **roles, change=data.get("change"),
                   equipment=[Item.from_dict(i) for i in data.get("equipment", ())],
                   date=DateValue.from_dict(data.get("date")), certainty=data.get("certainty", "reported"),
                   attributed_to=[Ref.from_dict(a) for a in data.get("attributed_to", ())],
                   evidence=[Evidence(**e) for e in data.get("evidence", ())])


@dataclass
class Record:
    """The extraction record of one document: the contract outside tools read."""

    document: Document
    mentions: list[Mention]
    events: list[Event]
    status: str = "extracted"  # or "not_extracted" (language not supported)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.to_dict(), "status": self.status,
                "mentions": [m.to_dict() for m in self.mentions],
                "events": [e.to_dict() for e in self.events], "warnings": list(self.warnings)}
