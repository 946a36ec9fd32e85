"""materiel: a verifiable, geocoded database of military equipment movements from open reporting."""
from materiel.catalog import load_catalog
from materiel.extract.pipeline import Pipeline, extract, extract_documents
from materiel.models import Document, Event, Mention, Record

__version__ = "0.1.0"
__all__ = ["Document", "Event", "Mention", "Pipeline", "Record", "extract", "extract_documents",
           "load_catalog", "open_store"]


def open_store(url: str | None = None):
    """Open (and migrate) the store at a SQLAlchemy URL; default: MATERIEL_DB or ./materiel.db."""
    from materiel.store import open_store as _open

    return _open(url)
