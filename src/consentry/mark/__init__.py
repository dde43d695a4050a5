"""Marked answers: a keyed, meaning-preserving text watermark and the test that attributes a
suspect model's output to the answers one campaign was served."""

from consentry.mark.watermark import Score, mark, observe, score, test

__all__ = ["Score", "mark", "observe", "score", "test"]
