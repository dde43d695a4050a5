"""Score a redactor's findings against PII hold-out 18.

    python benchmarks/pii_holdout18/h18p_score.py --truth F.jsonl --pred P.jsonl [--json OUT]

`P.jsonl` holds one line per message: `{"id": ..., "findings": [{"start": int, "end": int,
"kind": str (optional)}]}`, character offsets into the message's `text`. A span counts as
redacted when findings cover every non-blank character of it, whatever kind they name (redaction
is what matters; the kind is scored apart). A look-alike counts as kept when no finding touches it.
A message missing from `P.jsonl` counts as one with no findings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

STRUCTURED = ("PHONE", "EMAIL", "CARD", "IBAN", "NATIONAL_ID", "IP_ADDRESS", "SECRET")


class InputError(ValueError):
    """Bad input the user can fix; reported as one line."""


def _ranges(findings: object, msg_id: str, length: int) -> list[tuple[int, int, str]]:
    if not isinstance(findings, list):
        raise InputError(f"findings of {msg_id} is not a list")
    out = []
    for f in findings:
        if (
            not isinstance(f, dict)
            or not isinstance(f.get("start"), int)
            or not isinstance(f.get("end"), int)
        ):
            raise InputError(f"a finding of {msg_id} lacks integer start/end")
        if not 0 <= f["start"] <= f["end"] <= length:
            raise InputError(f"a finding of {msg_id} lies outside its text")
        out.append((f["start"], f["end"], str(f.get("kind", ""))))
    return out


def score(truth: list[dict[str, object]], preds: dict[str, list[object]]) -> dict[str, object]:
    """Recall per span kind, kept rate per look-alike kind, and the headline groups."""
    span_n: Counter[str] = Counter()
    span_hit: Counter[str] = Counter()
    span_kind_hit: Counter[str] = Counter()
    span_partial: Counter[str] = Counter()
    look_n: Counter[str] = Counter()
    look_kept: Counter[str] = Counter()
    by_layout_n: Counter[str] = Counter()
    by_layout_hit: Counter[str] = Counter()
    by_lang_n: Counter[str] = Counter()
    by_lang_hit: Counter[str] = Counter()
    for rec in truth:
        msg_id = str(rec["id"])
        text = str(rec["text"])
        found = _ranges(preds.get(msg_id, []), msg_id, len(text))
        covered = bytearray(len(text))
        for a, b, _ in found:
            covered[a:b] = b"\x01" * (b - a)
        for m in rec["spans"]:  # type: ignore[attr-defined]
            kind, a, b = m["kind"], m["start"], m["end"]
            need = [i for i in range(a, b) if not text[i].isspace()]
            got = sum(covered[i] for i in need)
            span_n[kind] += 1
            by_layout_n[str(rec["layout"])] += 1
            by_lang_n[str(rec["lang"])] += 1
            if got == len(need):
                span_hit[kind] += 1
                by_layout_hit[str(rec["layout"])] += 1
                by_lang_hit[str(rec["lang"])] += 1
                if any(k == kind and fa < b and fb > a for fa, fb, k in found):
                    span_kind_hit[kind] += 1
            elif got:
                span_partial[kind] += 1
        for m in rec["lookalikes"]:  # type: ignore[attr-defined]
            kind, a, b = m["kind"], m["start"], m["end"]
            look_n[kind] += 1
            if not any(fa < b and fb > a for fa, fb, _ in found):
                look_kept[kind] += 1

    def rate(
        hit: Counter[str], n: Counter[str], kinds: tuple[str, ...] | None = None
    ) -> float | None:
        ks = kinds if kinds is not None else tuple(n)
        total = sum(n[k] for k in ks)
        return round(sum(hit[k] for k in ks) / total, 4) if total else None

    return {
        "messages": len(truth),
        "structured_recall": rate(span_hit, span_n, STRUCTURED),
        "names_recall": rate(span_hit, span_n, ("PERSON",)),
        "addresses_recall": rate(span_hit, span_n, ("ADDRESS",)),
        "dates_of_birth_recall": rate(span_hit, span_n, ("DATE_OF_BIRTH",)),
        "all_spans_recall": rate(span_hit, span_n),
        "lookalikes_kept": rate(look_kept, look_n),
        "span_recall_by_kind": {k: rate(span_hit, span_n, (k,)) for k in sorted(span_n)},
        "span_right_kind_by_kind": {k: rate(span_kind_hit, span_n, (k,)) for k in sorted(span_n)},
        "span_partial_by_kind": {k: span_partial[k] for k in sorted(span_n)},
        "lookalike_kept_by_kind": {k: rate(look_kept, look_n, (k,)) for k in sorted(look_n)},
        "span_recall_by_layout": {
            k: rate(by_layout_hit, by_layout_n, (k,)) for k in sorted(by_layout_n)
        },
        "span_recall_by_lang": {k: rate(by_lang_hit, by_lang_n, (k,)) for k in sorted(by_lang_n)},
        "counts": {"spans": sum(span_n.values()), "lookalikes": sum(look_n.values())},
    }


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path.name} line {no} is not JSON") from e
            if not isinstance(row, dict) or "id" not in row:
                raise InputError(f"{path.name} line {no} has no id")
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score findings against PII hold-out 18.")
    ap.add_argument("--truth", required=True, help="the hold-out's .jsonl (make.py output)")
    ap.add_argument(
        "--pred", required=True, help='findings .jsonl: {"id", "findings": [{start, end, kind?}]}'
    )
    ap.add_argument("--json", help="also write every figure to this file")
    args = ap.parse_args(argv)
    try:
        for p in (args.truth, args.pred):
            if not Path(p).is_file():
                raise InputError(f"{p} does not exist")
        truth = _read_jsonl(Path(args.truth))
        preds = {str(r["id"]): r.get("findings", []) for r in _read_jsonl(Path(args.pred))}
        result = score(truth, preds)  # type: ignore[arg-type]
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for k in (
        "messages",
        "structured_recall",
        "names_recall",
        "addresses_recall",
        "dates_of_birth_recall",
        "all_spans_recall",
        "lookalikes_kept",
    ):
        print(f"{k}\t{result[k]}")
    for group in (
        "span_recall_by_kind",
        "lookalike_kept_by_kind",
        "span_recall_by_layout",
        "span_recall_by_lang",
    ):
        for k, v in result[group].items():  # type: ignore[attr-defined]
            print(f"{group}.{k}\t{v}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
