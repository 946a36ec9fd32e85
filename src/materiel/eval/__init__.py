"""Measure extraction against gold annotations (docs/gold.md)."""
from materiel.eval.gold import GoldDoc, load_gold
from materiel.eval.metrics import evaluate

__all__ = ["GoldDoc", "evaluate", "load_gold"]
