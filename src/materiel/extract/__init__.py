"""Extraction: a pipeline of small components over one tokenised document."""
