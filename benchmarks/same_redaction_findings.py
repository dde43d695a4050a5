"""Every finding of the redactor on PYTHONPATH, written to one file, so that two source trees
can be compared with `cmp` (a cost change must find the same spans, kinds, offsets and rules).

    PYTHONHASHSEED=0 PYTHONPATH=TREE/src python benchmarks/same_redaction_findings.py \
        --out F.tsv --corpus h3.jsonl ... --corpus h9.jsonl [--build-rows 40000] [--extra 3000]

Each JSONL corpus (bench_redaction.py's format) is redacted as one batch, its first 400
messages alone and in batches of 20 (below the pre-check's batch size); `--extra` adds the
Faker, hard and conventions corpora; `--build-rows` the dataset benchmark's texts in its chunks
of 5,000 exchanges (with the redacted texts), 3,000 of them alone, and every corpus message
diluted in that prose (one in eleven: sparse batches that hold PII-dense texts). Write the
inputs once with `--save DIR` and read them with `--load DIR` in the second tree: the
benchmark's texts carry set order and the clock (PYTHONHASHSEED=0 for the first).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _inputs(args: argparse.Namespace) -> dict[str, list]:
    if args.load:
        return json.loads(Path(args.load, "inputs.json").read_text())
    corpora: dict[str, list] = {}
    for path in args.corpus:
        with open(path, encoding="utf-8") as fh:
            corpora[Path(path).stem] = [json.loads(x)["text"] for x in fh if x.strip()]
    if args.extra:
        from redaction_corpus import make as faker
        from redaction_corpus_conventions import make as conventions
        from redaction_corpus_hard import make as hard

        corpora["faker"] = [s.text for s in faker(args.extra, 7)]
        corpora["hard"] = [d["text"] for d in hard(args.extra // 2, 11)]
        corpora["conventions"] = [d["text"] for d in conventions(args.extra // 2, 7)]
    chunks: list[list[str | None]] = []
    if args.build_rows:
        import bench_dataset

        ex = bench_dataset.make_input(args.build_rows)[2]
        p, r = ex.column("prompt").to_pylist(), ex.column("response").to_pylist()
        for i in range(0, len(p), 5000):
            chunk = zip(p[i : i + 5000], r[i : i + 5000], strict=True)
            chunks.append([t for a, b in chunk for t in (None, a, b)])
    out = {"corpora": corpora, "build": chunks}
    if args.save:
        Path(args.save).mkdir(parents=True, exist_ok=True)
        Path(args.save, "inputs.json").write_text(json.dumps(out))
    return out  # type: ignore[return-value]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--corpus", action="append", default=[], help="JSONL corpus (repeatable)")
    ap.add_argument(
        "--extra", type=int, default=0, help="N Faker messages (and N/2 hard, N/2 conventions)"
    )
    ap.add_argument("--build-rows", type=int, default=0, help="the dataset benchmark's exchanges")
    ap.add_argument("--save", help="write the inputs to this folder")
    ap.add_argument("--load", help="read the inputs from this folder (written by --save)")
    args = ap.parse_args()
    for path in args.corpus:
        if not Path(path).is_file():
            raise SystemExit(f"{path}: no such corpus file.")

    from consentry.redact import default_redactor

    red = default_redactor()
    data = _inputs(args)
    with open(args.out, "w", encoding="utf-8") as out:

        def write(tag: str, found: list) -> None:  # type: ignore[type-arg]
            for i, fs in enumerate(found):
                for f in fs:
                    out.write(
                        f"{tag}\t{i}\t{f.start}\t{f.end}\t{f.kind}\t{f.priority}\t{f.source}\n"
                    )

        for name, texts in data["corpora"].items():
            write(f"{name}:batch", red.find_batch(texts))
            write(f"{name}:alone", [red.find(t) for t in texts[:400]])
            write(
                f"{name}:b20",
                [f for i in range(0, 400, 20) for f in red.find_batch(texts[i : i + 20])],
            )
        flat: list[str] = []
        for c, chunk in enumerate(data["build"]):
            write(f"build{c}", red.find_batch(chunk))
            redacted, _counts = red.redact_many(chunk)
            for i, t in enumerate(redacted):
                if t != chunk[i]:
                    out.write(f"build{c}:redacted\t{i}\t{t}\n")
            flat += [t for t in chunk if t]
        write("build:alone", [red.find(t) for t in flat[:3000]])
        if flat:
            dense = [t for texts in data["corpora"].values() for t in texts]
            mix: list[str] = []
            for i, t in enumerate(dense):
                mix += [t, *flat[i * 10 : i * 10 + 10]]
            for b in range(0, len(mix), 5000):
                write(f"mix{b}", red.find_batch(mix[b : b + 5000]))


if __name__ == "__main__":
    main()
