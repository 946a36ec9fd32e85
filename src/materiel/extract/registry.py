"""The registry of extraction components: built-ins register here exactly as a plugin would."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from materiel.errors import PipelineError
from materiel.extract.doc import ArticleDoc

Component = Callable[[ArticleDoc], ArticleDoc]


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    func: Component
    assigns: tuple[str, ...]
    requires: tuple[str, ...]


COMPONENTS: dict[str, ComponentInfo] = {}

# The default pipeline, in order. Each name is registered by a module in materiel.extract.
DEFAULT_PIPELINE = (
    "tokenizer", "gazetteer", "designations", "references", "unlisted", "dates", "quantities",
    "events", "attribution", "certainty", "merge",
)


def component(name: str, *, assigns: tuple[str, ...] = (), requires: tuple[str, ...] = ()) -> Callable[[Component], Component]:
    """Register `func` as extraction component `name`, declaring what it reads and adds."""

    def register(func: Component) -> Component:
        COMPONENTS[name] = ComponentInfo(name, func, tuple(assigns), tuple(requires))
        return func

    return register


def load_builtins() -> None:
    """Import the modules whose decorators register the built-in components."""
    from materiel.extract import (  # noqa: F401
        attribution, certainty, dates, designations, events, gazetteer, merge, quantities, references, tokenizer, unlisted,
    )


def build_pipeline(names: tuple[str, ...] = DEFAULT_PIPELINE) -> list[ComponentInfo]:
    """The components named, in order; fail if one is unknown or reads what no earlier one adds."""
    load_builtins()
    assigned: set[str] = set()
    steps = []
    for name in names:
        info = COMPONENTS.get(name)
        if info is None:
            raise PipelineError(f"Unknown component '{name}'; available: {', '.join(sorted(COMPONENTS))}")
        missing = [r for r in info.requires if r not in assigned]
        if missing:
            raise PipelineError(f"Component '{name}' requires {', '.join(missing)}, which no earlier component assigns")
        assigned.update(info.assigns)
        steps.append(info)
    return steps
