"""Recall of redaction per kind, look-alikes kept and throughput, consentry beside Presidio.

    python benchmarks/bench_redaction.py --corpus FILE.jsonl [--corpus OTHER.jsonl] [--hard 1000]

A corpus is JSONL, one message a line: {id, lang, layout, text, spans: [{kind, start, end}],
lookalikes: [{kind, start, end}]}; `--hard N` generates N messages of this repository's own
harder corpus (benchmarks/redaction_corpus_hard.py, seed 11) and measures it too;
`--conventions N` the same for the conventions corpus of addresses, names and dates of birth in
seven languages (benchmarks/redaction_corpus_conventions.py, seed 7). The corpus
is a black box: nothing here looks at its contents beyond the labels.

A planted span counts as found when one finding of the same kind covers at least 90% of it;
a look-alike is kept when no finding of any kind overlaps it. "structured" pools every kind
but PERSON, ADDRESS and DATE_OF_BIRTH. Four engines run on the same messages in the same
process: consentry (default), consentry with the pii extra (NER), Presidio's pattern
recognisers alone, and Presidio with spaCy's small English model. Throughput runs alternate
between engines (median of --rounds), on the first --speed-n messages of each corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

KINDS = (
    "EMAIL",
    "PHONE",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
    "ADDRESS",
    "PERSON",
    "DATE_OF_BIRTH",
)
UNSTRUCTURED = ("PERSON", "ADDRESS", "DATE_OF_BIRTH")
# Presidio's entity types in our kinds (LOCATION stands in for addresses, DATE_TIME for dates
# of birth: Presidio has no closer type).
PRESIDIO_KINDS = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "PERSON": "PERSON",
    "LOCATION": "ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
}
Span = tuple[int, int, str]
Engine = Callable[[Sequence[str]], list[list[Span]]]


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {mem:.0f} GiB, shared with other jobs"


def load(path: str) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                rec["text"], rec["spans"]  # noqa: B018 - the two fields every record needs
            except (ValueError, KeyError, TypeError):
                raise SystemExit(
                    f"{path}:{n}: not a corpus record (JSON with text, spans); fix the line."
                ) from None
            rec.setdefault("lookalikes", [])
            out.append(rec)
    return out


# --- engines --------------------------------------------------------------------------------------
def consentry_engine(ner: bool) -> Engine:
    from consentry.redact import default_redactor

    red = default_redactor(ner=ner)

    def run(texts: Sequence[str]) -> list[list[Span]]:
        out: list[list[Span]] = []
        for i in range(0, len(texts), 2000):  # the dataset build's batches
            out += [
                [(f.start, f.end, f.kind) for f in found]
                for found in red.find_batch(texts[i : i + 2000])
            ]
        return out

    return run


def _offline_tldextract() -> None:
    """Presidio's e-mail check asks tldextract, which fetches the public suffix list on first
    use; here it must use the snapshot it ships (no network at run time)."""
    import tldextract
    import tldextract.tldextract as tx

    tx.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())


def presidio_patterns() -> Engine:
    from presidio_analyzer import PatternRecognizer, RecognizerRegistry

    _offline_tldextract()

    reg = RecognizerRegistry(supported_languages=["en", "es", "it", "pl"])
    reg.load_predefined_recognizers(languages=["en", "es", "it", "pl"])
    # every rule-based recogniser (patterns with their checksums, and the phone matcher);
    # only the NLP one is left out
    # only the NLP one is left out; each recogniser once (the registry holds one per language)
    by_type = {type(r).__name__: r for r in reg.recognizers if "Spacy" not in type(r).__name__}
    recs = list(by_type.values())
    assert any(isinstance(r, PatternRecognizer) for r in recs)

    def run(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for t in texts:
            found = []
            for r in recs:
                for res in r.analyze(t, r.supported_entities, None) or ():
                    found.append((res.start, res.end, _presidio_kind(res.entity_type)))
            out.append(found)
        return out

    return run


def presidio_spacy() -> Engine:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from consentry.redact.ner import load_model

    _offline_tldextract()
    nlp = load_model("en")
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": nlp.path.as_posix()}])
    engine.nlp = {"en": nlp}
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def run(texts: Sequence[str]) -> list[list[Span]]:
        return [
            [(r.start, r.end, _presidio_kind(r.entity_type)) for r in analyzer.analyze(t, "en")]
            for t in texts
        ]

    return run


def _presidio_kind(entity: str) -> str:
    if entity in PRESIDIO_KINDS:
        return PRESIDIO_KINDS[entity]
    if any(
        w in entity
        for w in (
            "SSN",
            "NINO",
            "NIF",
            "NIE",
            "FISCAL",
            "PESEL",
            "AADHAAR",
            "PASSPORT",
            "NHS",
            "ITIN",
            "DRIVER",
            "IDENTITY",
            "NRIC",
            "TFN",
        )
    ):
        return "NATIONAL_ID"
    return entity


# --- scoring --------------------------------------------------------------------------------------
def score(records: list[dict], found: list[list[Span]]) -> dict[str, float]:
    hit, total = Counter(), Counter()
    kept = looks = 0
    look_total, look_kept, lost_to = Counter(), Counter(), Counter()
    for rec, spans in zip(records, found, strict=True):
        for g in rec["spans"]:
            gs, ge, kind = g["start"], g["end"], g["kind"]
            total[kind] += 1
            hit[kind] += any(
                k == kind and max(0, min(e, ge) - max(s, gs)) >= 0.9 * (ge - gs)
                for s, e, k in spans
            )
        for la in rec["lookalikes"]:
            looks += 1
            over = [k for s, e, k in spans if s < la["end"] and la["start"] < e]
            kept += not over
            lk = la.get("kind", "?")
            look_total[lk] += 1
            look_kept[lk] += not over
            for k in set(over):
                lost_to[k] += 1
    res = {k: hit[k] / total[k] for k in KINDS if total[k]}
    structured = [k for k in KINDS if k not in UNSTRUCTURED]
    n_struct = sum(total[k] for k in structured)
    res["structured"] = sum(hit[k] for k in structured) / n_struct if n_struct else float("nan")
    res["lookalikes_kept"] = kept / looks if looks else float("nan")
    res["n"] = {k: total[k] for k in KINDS}  # type: ignore[assignment]
    res["n_lookalikes"] = looks
    res["lookalikes_by_kind"] = {  # type: ignore[assignment]
        k: (look_total[k], look_kept[k] / look_total[k]) for k in sorted(look_total)
    }
    res["lookalikes_lost_to"] = dict(lost_to.most_common())  # type: ignore[assignment]
    return res


def measure(name: str, records: list[dict], engines: dict[str, Engine], args) -> dict:
    texts = [r["text"] for r in records]
    results: dict[str, dict] = {}
    for ename, engine in engines.items():
        t0 = time.perf_counter()
        found = engine(texts)
        results[ename] = score(records, found) | {"first_pass_s": time.perf_counter() - t0}
    sample = texts[: args.speed_n]
    times: dict[str, list[float]] = {e: [] for e in engines}
    for _ in range(args.rounds):  # alternate engines so that load on the machine hits all alike
        for ename, engine in engines.items():
            t0 = time.perf_counter()
            engine(sample)
            times[ename].append(time.perf_counter() - t0)
    for ename in engines:
        results[ename]["msgs_per_s"] = len(sample) / statistics.median(times[ename])
    return {"corpus": name, "messages": len(records), "results": results}


def _f(x: float | None) -> str:
    return "–" if x is None or x != x else f"{x:.3f}"


def report(m: dict) -> None:
    res = m["results"]
    first = next(iter(res.values()))
    n = first["n"]
    print(f"\n### {m['corpus']}: {m['messages']} messages, {first['n_lookalikes']} look-alikes\n")
    print("| | structured | names | addresses | dates of birth | look-alikes kept | messages/s |")
    print("|---|---|---|---|---|---|---|")
    for ename, r in res.items():
        print(
            f"| {ename} | {_f(r.get('structured'))} | {_f(r.get('PERSON'))} | {_f(r.get('ADDRESS'))} "
            f"| {_f(r.get('DATE_OF_BIRTH'))} | {_f(r.get('lookalikes_kept'))} | {r['msgs_per_s']:,.0f} |"
        )
    print("\n| kind | planted | " + " | ".join(res) + " |")
    print("|---|---|" + "---|" * len(res))
    for k in KINDS:
        if n.get(k):
            print(f"| {k} | {n[k]} | " + " | ".join(_f(r.get(k)) for r in res.values()) + " |")
    print(
        "\nLook-alikes kept, by the corpus's look-alike kind (and which findings took the rest):\n"
    )
    print("| look-alike kind | n | " + " | ".join(res) + " |")
    print("|---|---|" + "---|" * len(res))
    for lk, (cnt, _share) in first["lookalikes_by_kind"].items():
        cells = " | ".join(_f(r["lookalikes_by_kind"][lk][1]) for r in res.values())
        print(f"| {lk} | {cnt} | {cells} |")
    for ename, r in res.items():
        print(
            f"- {ename}: look-alikes taken by "
            + ", ".join(f"{k} {n}" for k, n in r["lookalikes_lost_to"].items())
        )
    mach = machine()
    for ename, r in res.items():
        tag = f"{m['corpus']}/{ename}"
        for key in ("structured", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "lookalikes_kept"):
            if key in r and r[key] == r[key]:
                print(f"redaction_recall[{tag}][{key}] {r[key]:.4f} ratio ({mach})")
        print(f"redaction_throughput[{tag}] {r['msgs_per_s']:.1f} messages/s median ({mach})")
    pairs = (
        ("consentry", "Presidio patterns"),
        ("consentry + pii", "Presidio + spaCy sm"),
    )
    for ours, theirs in pairs:
        if ours in res and theirs in res:
            ratio = res[ours]["msgs_per_s"] / res[theirs]["msgs_per_s"]
            print(f"redaction_speedup[{m['corpus']}][{ours} / {theirs}] {ratio:.1f}x ({mach})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", default=[], help="JSONL corpus (repeatable)")
    ap.add_argument(
        "--hard", type=int, default=0, help="also generate N messages of our own corpus"
    )
    ap.add_argument(
        "--conventions",
        type=int,
        default=0,
        help="also generate N messages of the conventions corpus (addresses, names, dates of birth)",
    )
    ap.add_argument("--speed-n", type=int, default=300, help="messages per throughput run")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--no-ner", action="store_true", help="skip both NER engines")
    args = ap.parse_args()
    corpora: list[tuple[str, list[dict]]] = []
    if args.hard:
        from redaction_corpus_hard import make

        corpora.append((f"own hard corpus (seed 11, n={args.hard})", make(args.hard, 11)))
    if args.conventions:
        from redaction_corpus_conventions import make as make_conventions

        corpora.append(
            (
                f"conventions corpus (seed 7, n={args.conventions})",
                make_conventions(args.conventions, 7),
            )
        )
    for path in args.corpus:
        corpora.append((Path(path).name, load(path)))
    if not corpora:
        raise SystemExit("no corpus: pass --corpus FILE.jsonl or --hard N.")
    engines: dict[str, Engine] = {"consentry": consentry_engine(False)}
    if not args.no_ner:
        engines["consentry + pii"] = consentry_engine(True)
    if not args.no_presidio:
        engines["Presidio patterns"] = presidio_patterns()
        if not args.no_ner:
            engines["Presidio + spaCy sm"] = presidio_spacy()
    for name, records in corpora:
        report(measure(name, records, engines, args))


if __name__ == "__main__":
    main()
