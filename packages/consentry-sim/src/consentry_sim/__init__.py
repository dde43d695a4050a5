"""Traffic simulator: realistic, labelled LLM-service logs in the traffic-logs contract.

`simulate(out, scale, seed, evasion=...)` writes exchanges (a folder of Parquet parts),
accounts, ip_ranges, model_releases, consent_events and labels.parquet. See docs/simulator.md.
"""

from consentry_sim.run import Summary, simulate
from consentry_sim.scales import SCALES, Evasion

__all__ = ["SCALES", "Evasion", "Summary", "simulate"]
