"""Does a model trained on a campaign's harvested answers carry that campaign's key?

    python benchmarks/bench_attribution.py [--tokens 10000] [--wrong-keys 200] [--seeds 3]

The experiment of docs/countermeasures.md. A body of English prose stands in for the answers
a service gives (the docstrings of Python's own standard library, read with `ast`, and the
Python language reference topics that ship with every Python: real technical prose, present
on every machine, nothing downloaded). A campaign harvests part of it, served through
`consentry.mark.mark` with its key; a student (a word trigram language model with backoff,
sampled at temperature 1) is trained on a mix of harvested answers and other unmarked prose;
the student then generates text and `consentry.mark` tests it against the right key, against
many wrong keys, and a student trained on unmarked answers is tested against the right key.

Prints one line per figure: median p-value over seeds for each share of marked data, the
number of scored contexts and tokens, and the false-positive rate at p < 1e-3 over wrong keys
and unmarked students (expected: at most 1e-3).
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import re
import statistics
import sys
import sysconfig
import time
from collections import Counter, defaultdict
from pathlib import Path
from pydoc_data.topics import topics

from consentry.mark import check, mark, observe

_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d+|[^\sA-Za-z\d]|\n")
_NO_SPACE_BEFORE = set(".,;:!?)]}'\u2019%")
_NO_SPACE_AFTER = set("([{$\n")


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {mem:.0f} GiB"


def corpus() -> list[str]:
    """Paragraph-sized answers of real English prose, from what every Python ships."""
    root = Path(sysconfig.get_paths()["stdlib"])
    docs: list[str] = []
    skip = {"test", "idlelib", "lib2to3", "site-packages", "turtledemo", "tkinter"}
    for f in sorted(root.rglob("*.py")):
        parts = f.relative_to(root).parts
        if parts[0] in skip or "tests" in parts:
            continue
        try:
            tree = ast.parse(f.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                if doc and len(doc.split()) >= 40:
                    docs.append(doc)
    for text in topics.values():
        docs += [p for p in text.split("\n\n") if len(p.split()) >= 40]
    return docs


class Trigram:
    """A word trigram model with stupid backoff to bigrams and unigrams: enough to learn
    which form follows which word, the way any language model learns it."""

    def __init__(self, texts: list[str]) -> None:
        self.tri: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.bi: dict[str, Counter[str]] = defaultdict(Counter)
        self.uni: Counter[str] = Counter()
        for text in texts:
            toks = ["<s>", "<s>", *_TOKEN.findall(text), "</s>"]
            for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
                self.tri[(a, b)][c] += 1
                self.bi[b][c] += 1
                self.uni[c] += 1
        self._uni = (list(self.uni), list(self.uni.values()))

    def _next(self, a: str, b: str, rng: random.Random) -> str:
        table = self.tri.get((a, b)) or self.bi.get(b)
        words, weights = (list(table), list(table.values())) if table else self._uni
        return rng.choices(words, weights)[0]

    def generate(self, n_tokens: int, rng: random.Random) -> list[str]:
        texts, total = [], 0
        while total < n_tokens:
            toks: list[str] = []
            a, b = "<s>", "<s>"
            while len(toks) < 400:
                c = self._next(a, b, rng)
                if c == "</s>":
                    break
                toks.append(c)
                a, b = b, c
            total += len(toks)
            texts.append(detokenize(toks))
        return texts


def detokenize(toks: list[str]) -> str:
    out: list[str] = []
    for t in toks:
        if out and t not in _NO_SPACE_BEFORE and out[-1][-1:] not in _NO_SPACE_AFTER and t != "\n":
            out.append(" ")
        out.append(t)
    return "".join(out)


def key_of(i: int) -> bytes:
    return f"campaign-key-{i}".encode()


def run(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    docs = corpus()
    print(f"corpus: {len(docs)} answers, {sum(len(d.split()) for d in docs):,} words")
    right = key_of(0)
    wrong = [key_of(i) for i in range(1, args.wrong_keys + 1)]
    results: dict[float, list[tuple[float, int, int]]] = defaultdict(list)
    null_p: list[float] = []
    for seed in range(args.seeds):
        rng = random.Random(seed)
        shuffled = docs[:]
        rng.shuffle(shuffled)
        half = len(shuffled) // 2
        harvested = [mark(d, right) for d in shuffled[:half]]  # served to the campaign
        other = shuffled[half:]  # prose from elsewhere, never marked
        size = min(len(harvested), len(other))
        for share in args.shares:
            n_marked = round(size * share)
            student = Trigram(harvested[:n_marked] + other[: size - n_marked])
            generated = student.generate(args.tokens, rng)
            obs, words = observe(generated)
            score = check(obs, words, right)
            tokens = sum(len(_TOKEN.findall(t)) for t in generated)
            results[share].append((score.p_value, score.scored, tokens))
            if share == 0.0:  # an unmarked student: the right key must look like chance
                null_p.append(score.p_value)
            null_p += [check(obs, words, k).p_value for k in wrong]
    for share in args.shares:
        ps = [p for p, _, _ in results[share]]
        detected = sum(p < 1e-6 for p in ps)
        print(
            f"marked share {share:>5.0%}: median p {statistics.median(ps):.2e}, "
            f"detected at p<1e-6 in {detected}/{len(ps)}, "
            f"median scored contexts {statistics.median(s for _, s, _ in results[share]):.0f}, "
            f"median tokens {statistics.median(t for _, _, t in results[share]):.0f}"
        )
    fp = sum(p < 1e-3 for p in null_p)
    print(
        f"false positives at p<1e-3: {fp}/{len(null_p)} = {fp / len(null_p):.2e} "
        f"(wrong keys on every student and the right key on unmarked students; expected <= 1e-3)"
    )
    below = [sum(p <= q for p in null_p) / len(null_p) for q in (0.01, 0.05, 0.1, 0.5)]
    print("null p-value CDF at 0.01, 0.05, 0.1, 0.5: " + ", ".join(f"{b:.3f}" for b in below))
    print(f"machine: {machine()}; {time.perf_counter() - started:.0f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tokens", type=int, default=10_000, help="tokens each student generates")
    ap.add_argument("--wrong-keys", type=int, default=200)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--shares", type=float, nargs="+", default=[1.0, 0.25, 0.05, 0.0])
    run(ap.parse_args())


if __name__ == "__main__":
    sys.exit(main())
