"""The exact null distribution of a weighted sign test.

Under the null each scored context agrees with the key with probability 1/2, independently of
the others and of the weights (the weights are computed from the suspect text alone). With
integer weights w_c the statistic S = sum of w_c * (+1 agree, -1 disagree) equals W - 2D, where
D is the total weight of the contexts that disagree: a sum of independent "w_c or nothing"
terms. Its distribution is an exact convolution, summed only over positive terms, so tail
probabilities far below 1e-12 keep their relative precision (an FFT would not).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np
from scipy.stats import binom


class WeightedSignNull:
    """P(D <= d) for D = sum over contexts of w_c * Bernoulli(1/2), w_c positive integers."""

    def __init__(self, weights: Iterable[int]) -> None:
        groups = Counter(w for w in weights if w > 0)
        pmf = np.ones(1)
        for v, m in sorted(groups.items()):
            part = binom.pmf(np.arange(m + 1), m, 0.5)
            grown = np.zeros(len(pmf) + v * m)
            for r in range(min(v, len(pmf))):  # the part lives on multiples of v: convolve
                grown[r::v] = np.convolve(pmf[r::v], part)  # each residue class alone
            pmf = grown
        self.total = int(sum(v * m for v, m in groups.items()))
        self.cdf = np.cumsum(pmf)

    def p_value(self, agreeing_weight: int) -> float:
        """P(S >= observed S) for the weight of the agreeing contexts."""
        disagreeing = self.total - agreeing_weight
        if disagreeing < 0 or not self.total:
            return 1.0
        return float(min(1.0, self.cdf[disagreeing]))
