"""Consent-clean training sets: select -> redact -> dedupe -> write -> manifest, then verify
and rebuild (`pipeline.build`, `lineage.verify`, `lineage.rebuild`)."""
