"""One error hierarchy with stable codes; the CLI and API map these at their edges."""
from __future__ import annotations


class MaterielError(Exception):
    """Base of every error materiel raises on purpose."""

    code = "E000"
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(MaterielError):
    """An input file or line cannot be read as a document."""

    code = "E001"
    status = 400


class CatalogError(MaterielError):
    """A catalog file or overlay entry is invalid."""

    code = "E010"
    status = 400


class PipelineError(MaterielError):
    """The extraction pipeline is misconfigured (unknown or misordered components)."""

    code = "E020"


class StoreError(MaterielError):
    """The store cannot be opened or written."""

    code = "E030"


class NotFound(MaterielError):
    """A requested document, event or catalog entry does not exist."""

    code = "E040"
    status = 404


class UsageError(MaterielError):
    """An option value is not one materiel accepts."""

    code = "E050"
    status = 400
