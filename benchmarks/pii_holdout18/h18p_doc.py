"""Text with exact character offsets: a message is appended piece by piece, marks by construction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SPAN_KINDS = (
    "PERSON",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "PHONE",
    "EMAIL",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
)


@dataclass(frozen=True)
class Val:
    """One planted value: `keep` False is a span to redact, True a look-alike to keep."""

    kind: str
    text: str
    keep: bool


Seg = str | Val
Esc = Callable[[str], str]


def plain(s: str) -> str:
    return s


def span(kind: str, text: str) -> Val:
    return Val(kind, text, False)


def look(kind: str, text: str) -> Val:
    return Val(kind, text, True)


def flat(segs: list[Seg]) -> str:
    """The unescaped text of a run of segments."""
    return "".join(s if isinstance(s, str) else s.text for s in segs)


class Doc:
    """Appends text; a value's mark covers exactly what the format writes for it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []
        self.looks: list[dict[str, object]] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def put(self, seg: Seg, esc: Esc = plain) -> None:
        if isinstance(seg, str):
            self.add(esc(seg))
            return
        written = esc(seg.text)
        start = self.n
        self.add(written)
        (self.looks if seg.keep else self.spans).append(
            {"kind": seg.kind, "start": start, "end": self.n}
        )

    def puts(self, segs: list[Seg], esc: Esc = plain) -> None:
        for s in segs:
            self.put(s, esc)

    def merge(
        self, text: str, spans: list[dict[str, object]], looks: list[dict[str, object]]
    ) -> None:
        """Append text built elsewhere with its marks (offsets relative to that text)."""
        base = self.n
        self.add(text)
        for src, dst in ((spans, self.spans), (looks, self.looks)):
            for m in src:
                dst.append(
                    {
                        "kind": m["kind"],
                        "start": int(m["start"]) + base,
                        "end": int(m["end"]) + base,
                    }
                )  # type: ignore[call-overload]

    def text(self) -> str:
        return "".join(self.parts)


def check(text: str, spans: list[dict[str, object]], looks: list[dict[str, object]]) -> None:
    """Refuse a record with an empty, padded, out-of-range or overlapping mark."""
    marks = sorted(
        [(int(m["start"]), int(m["end"]), str(m["kind"])) for m in spans + looks]  # type: ignore[call-overload]
    )
    prev_end = -1
    for start, end, kind in marks:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"mark {kind} out of range")
        piece = text[start:end]
        if piece != piece.strip():
            raise ValueError(f"mark {kind} padded with white space")
        if start < prev_end:
            raise ValueError(f"mark {kind} overlaps the one before")
        prev_end = end
    for m in spans:
        if m["kind"] not in SPAN_KINDS:
            raise ValueError(f"unknown span kind {m['kind']}")
