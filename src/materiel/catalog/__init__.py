"""Reference catalogs: equipment, actors, places and sources, shipped as package data."""
from materiel.catalog.loader import load_catalog
from materiel.catalog.model import Catalog, Entry

__all__ = ["Catalog", "Entry", "load_catalog"]
