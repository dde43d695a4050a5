"""Consent-clean training sets: select -> redact -> dedupe -> write -> manifest, then verify
and rebuild. Names are imported lazily so `consentry.datasets.schema` stays import-light."""

from __future__ import annotations

from typing import Any

__all__ = ["Filters", "Manifest", "VerifyReport", "build", "rebuild", "verify"]


def __getattr__(name: str) -> Any:
    if name in ("build", "Filters", "Manifest"):
        from consentry.datasets import pipeline

        return getattr(pipeline, name)
    if name in ("verify", "rebuild", "VerifyReport"):
        from consentry.datasets import lineage

        return getattr(lineage, name)
    raise AttributeError(name)
