"""Parts of the independent redaction hold-out corpus (see benchmarks/redaction_holdout.md)."""
