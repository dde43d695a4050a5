"""A message under construction: text appended piece by piece, each planted value remembered
with its offsets, so that labels can never drift from the text."""

from __future__ import annotations


class Doc:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.spans: list[dict] = []
        self.lookalikes: list[dict] = []

    def add(self, s: str) -> Doc:
        self._parts.append(s)
        self._len += len(s)
        return self

    def _mark(self, into: list[dict], kind: str, s: str) -> None:
        lead = len(s) - len(s.lstrip())
        trail = len(s) - len(s.rstrip())
        start = self._len + lead
        self.add(s)
        if s.strip():
            into.append({"kind": kind, "start": start, "end": self._len - trail})

    def pii(self, kind: str, s: str) -> Doc:
        self._mark(self.spans, kind, s)
        return self

    def look(self, kind: str, s: str) -> Doc:
        self._mark(self.lookalikes, kind, s)
        return self

    def put(self, role: str, kind: str, s: str) -> Doc:
        """Append s as personal data (role "pii"), a look-alike ("look") or plain text ("")."""
        if role == "pii":
            return self.pii(kind, s)
        if role == "look":
            return self.look(kind, s)
        return self.add(s)

    @property
    def text(self) -> str:
        return "".join(self._parts)
