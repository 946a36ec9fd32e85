"""Ingest: readers that turn paths (files, folders, '-' for standard input) into Documents.

A bad input never stops a batch: it becomes a Failure ("SOURCE: MESSAGE") and reading goes on.
"""
from __future__ import annotations

from materiel.ingest.failure import Failure
from materiel.ingest.files import read_paths
from materiel.ingest.registry import EXTENSIONS, READERS

__all__ = ["EXTENSIONS", "READERS", "Failure", "read_paths"]
