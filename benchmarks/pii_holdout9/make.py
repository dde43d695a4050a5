"""PII hold-out 9: labelled messages in new languages and paste places, a judge for the redactor.

python benchmarks/pii_holdout9/make.py --out F.jsonl --n 1000 --seed 9 [--stats]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h9_forms as forms  # noqa: E402
import h9_tech as tech  # noqa: E402
from h9_checks import check_record  # noqa: E402
from h9_phrases import LANG_COUNTRY, LANG_WEIGHTS  # noqa: E402
from h9_values import Doc  # noqa: E402

Layout = Callable[[random.Random, Doc, str], None]

# layout name -> (function, weight)
LAYOUTS: dict[str, tuple[Layout, int]] = {
    "jira_ticket": (tech.jira_ticket, 8),
    "slack_thread": (tech.slack_thread, 8),
    "crm_tsv": (tech.crm_tsv, 6),
    "git_log": (tech.git_log, 6),
    "psql_expanded": (tech.psql_expanded, 6),
    "logcat": (tech.logcat, 6),
    "sentry_event": (tech.sentry_event, 6),
    "sap_screen": (forms.sap_screen, 7),
    "insurance_claim": (forms.insurance_claim, 7),
    "school_enrolment": (forms.school_enrolment, 6),
    "shipping_label": (forms.shipping_label, 6),
    "invoice": (forms.invoice, 7),
    "gdpr_reply": (forms.gdpr_reply, 7),
    "dating_profile": (forms.dating_profile, 5),
    "property_contract": (forms.property_contract, 6),
}


def record(rng: random.Random, i: int) -> dict:
    lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    name = rng.choices(list(LAYOUTS), weights=[w for _, w in LAYOUTS.values()])[0]
    d = Doc()
    LAYOUTS[name][0](rng, d, lang)
    rec = {
        "id": f"h9-{i:05d}",
        "lang": lang,
        "country": LANG_COUNTRY[lang],
        "layout": name,
        "text": d.text(),
        "spans": d.spans,
        "lookalikes": d.looks,
    }
    check_record(rec)
    return rec


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(f"pii_holdout9/{seed}")
    return [record(rng, i) for i in range(n)]


def stats(recs: list[dict]) -> str:
    spans = Counter(m["kind"] for r in recs for m in r["spans"])
    looks = Counter(m["kind"] for r in recs for m in r["lookalikes"])
    lines = [
        f"{len(recs)} messages, {sum(spans.values())} spans, {sum(looks.values())} look-alikes",
        "spans: " + ", ".join(f"{k} {n}" for k, n in spans.most_common()),
        "look-alikes: " + ", ".join(f"{k} {n}" for k, n in looks.most_common()),
        "layouts: "
        + ", ".join(f"{k} {n}" for k, n in Counter(r["layout"] for r in recs).most_common()),
        "languages: "
        + ", ".join(f"{k} {n}" for k, n in Counter(r["lang"] for r in recs).most_common()),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path, help="JSONL file to write")
    ap.add_argument("--n", type=int, default=1000, help="number of messages")
    ap.add_argument("--seed", type=int, default=9, help="random seed; same seed, same bytes")
    ap.add_argument(
        "--stats", action="store_true", help="print counts per kind, layout and language"
    )
    args = ap.parse_args(argv)
    if args.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 2
    if not args.out.parent.is_dir():
        print(f"error: directory {args.out.parent} does not exist", file=sys.stderr)
        return 2
    recs = generate(args.n, args.seed)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats:
        print(stats(recs), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
