"""Marked answers: a keyed, meaning-preserving text watermark and the test that attributes a
suspect model's output to the answers one campaign was served."""

from consentry.mark.watermark import Observations, Score, check, mark, observe, score

__all__ = ["Observations", "Score", "check", "mark", "observe", "score"]
