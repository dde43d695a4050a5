"""Does a model trained on a campaign's harvested answers carry that campaign's key?

    python benchmarks/bench_attribution.py [--tokens 10000] [--wrong-keys 150] [--seeds 3]
        [--first-seed 0] [--answers 1500] [--chat-only] [--canonicalise] [--per-class]
        [--shares 1 0.25 0.05 0] [--probe TOKENS | --elicit WORDS]

The experiment of docs/countermeasures.md. The service's answers are varied generated chat
answers (answers.py), by default mixed with real, sparser text: GSM8K worked solutions (the
simulator's packaged, MIT-licensed copy) and docstrings of Python's standard library
(`--chat-only` leaves those out). Half is served to a campaign through `consentry.mark.mark`
with its key; a student (a word 4-gram language model with backoff over space-keeping tokens,
sampled at temperature 1) is trained on a mix of harvested and unmarked answers in the given
shares; it generates `--tokens` tokens, which are tested against the right key, the wrong
keys, and (share 0) a student that saw no marked answer. `--canonicalise` is the attack that
sets every choice point of the harvested answers to one side before training.

Prints the choice points per 1,000 words of each source, each student's p-values, then per view (all choice points; without the whitespace
class; against the served answers) a table of median p-values by share, detections at p < 1e-6, contexts and choice points
scored, the false positives at p < 1e-3 over wrong keys and unmarked students against their
expected count, the null p-values' CDF and a KS test, and marking time per answer. A third view
tests against the served answers as the model wrote them (`attribute --served`): only contexts
the campaign was served, each with the model's own habit there. `--probe TOKENS` also elicits
outputs: each student continues the probes of the served answers (`watermark.probes`: served
answers cut before a choice point, one per context) for at most TOKENS tokens each, until it has
generated `--tokens` (the probes' own tokens are not counted), and the "elicited" views test
those continuations, read after their probes. `--elicit WORDS` prompts with the first WORDS
words of served answers instead, and lets the student write on freely.
"""

from __future__ import annotations

import argparse
import ast
import bisect
import gzip
import itertools
import json
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

import answers
from scipy.stats import kstest

from consentry.mark import Score, check, mark, observe, watermark
from consentry.mark.watermark import choice

SIM_DATA = (
    Path(__file__).parent.parent / "packages" / "consentry-sim" / "src" / "consentry_sim" / "data"
)


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


_TOKEN = re.compile(r"\n+| ?[A-Za-z]+(?:['\u2019][A-Za-z]+)*| ?\d| ?[^\sA-Za-z\d]+| +")


class Student:
    """A word 4-gram language model with stupid backoff (4, 3, 2, 1), over tokens that keep their
    leading space the way a BPE tokenizer's do, so punctuation and Markdown are learned and
    generated as written: enough to learn which form follows which words, the way any
    language model learns it."""

    ORDER = 4

    def __init__(self, texts: list[str]) -> None:
        self.tables: list[dict[tuple[str, ...], Counter[str]]] = [
            defaultdict(Counter) for _ in range(self.ORDER)
        ]
        for text in texts:
            toks = ["<s>"] * (self.ORDER - 1) + _TOKEN.findall(text) + ["</s>"]
            for i in range(self.ORDER - 1, len(toks)):
                for n in range(self.ORDER):  # n tokens of context
                    self.tables[n][tuple(toks[i - n : i])][toks[i]] += 1
        self.frozen = [
            {ctx: (list(c), list(itertools.accumulate(c.values()))) for ctx, c in t.items()}
            for t in self.tables
        ]
        del self.tables

    def _next(self, history: list[str], rng: random.Random) -> str:
        for n in range(self.ORDER - 1, -1, -1):
            entry = self.frozen[n].get(tuple(history[len(history) - n :]) if n else ())
            if entry:
                words, cum = entry
                return words[bisect.bisect(cum, rng.random() * cum[-1])]
        raise AssertionError("the unigram table is never empty")

    def generate(
        self,
        n_tokens: int,
        rng: random.Random,
        prompts: list[str] | None = None,
        per_prompt: int = 600,
    ) -> tuple[list[str], int]:
        """Answers until n_tokens tokens are generated; (texts, tokens). With `prompts`, answer i
        continues prompts[i] (taken in turn; the prompt's tokens are not counted), for at most
        `per_prompt` tokens."""
        texts, total = [], 0
        while total < n_tokens:
            history = ["<s>"] * (self.ORDER - 1)
            if prompts:  # the model reads only its last ORDER - 1 tokens
                history += _TOKEN.findall(prompts[len(texts) % len(prompts)][-200:])
            toks: list[str] = []
            while len(toks) < min(per_prompt, n_tokens - total):
                t = self._next(history, rng)
                if t == "</s>":
                    break
                toks.append(t)
                history.append(t)
            total += len(toks)
            texts.append("".join(toks))
        return texts, total


def key_of(i: int) -> bytes:
    return f"campaign-key-{i}".encode()


def served_answers(n_generated: int, seed: int, real_prose: bool = True) -> list[str]:
    """What the service answers: varied generated chat answers (answers.py) plus real worked
    answers (GSM8K solutions, from the simulator's packaged, MIT-licensed copy) and real
    technical prose (docstrings of Python's standard library)."""
    rng = random.Random(seed)
    if not real_prose:
        return answers.answers(n_generated, seed)
    real = corpus()
    with gzip.open(SIM_DATA / "gsm8k.jsonl.gz", "rt") as f:
        worked = [json.loads(line)["answer"] for line in f]
    worked = [w for w in worked if w]
    docs = (
        answers.answers(n_generated, seed)
        + rng.sample(real, min(len(real), n_generated // 3))
        + rng.sample(worked, min(len(worked), n_generated // 3))
    )
    rng.shuffle(docs)
    return docs


WHITESPACE = frozenset({"sentence-space"})
# what is scored (classes left out) and whether the test reads the served answers' contexts
VIEWS = {
    "all choice points": (frozenset(), False),
    "without whitespace": (WHITESPACE, False),
    "against the served answers": (frozenset(), True),
}
# the views also read on elicited outputs (--elicit)
ELICITED = ("all choice points", "against the served answers")


def elicitation_prompts(served: list[str], words: int, seed: int) -> list[str]:
    """The first `words` words of each served answer (as the model wrote them, unmarked), in
    a random order: what the tester asks the suspect to continue. Chosen from the served
    answers alone, never from the key, so the null stays exact."""
    start = re.compile(rf"\s*(?:\S+\s+){{{words - 1}}}\S+")
    prompts = [m.group() for text in served if (m := start.match(text))]
    random.Random(f"prompts {seed}").shuffle(prompts)
    return prompts


def density() -> str:
    """Choice points per 1,000 words in each source of served answers (300 texts each)."""
    rng = random.Random(0)
    with gzip.open(SIM_DATA / "gsm8k.jsonl.gz", "rt") as f:
        worked = [json.loads(line)["answer"] for line in itertools.islice(f, 300)]
    sources = {
        "chat": answers.answers(300, 0),
        "docstrings": rng.sample(corpus(), 300),
        "GSM8K": worked,
    }
    return ", ".join(
        f"{name} {1000 * observe(texts).choices / sum(len(t.split()) for t in texts):.0f}"
        for name, texts in sources.items()
    )


def run(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    if args.per_class:  # read every class at full weight, to see which ones carry the key
        watermark.UNSCORED = frozenset()
        watermark._CLASS_FACTOR = {}
    print(f"choice points per 1,000 words: {density()}")
    right = key_of(0)
    wrong = [key_of(i) for i in range(1, args.wrong_keys + 1)]
    results: dict[tuple[str, float], list[tuple[Score, int]]] = defaultdict(list)
    null_p: dict[str, list[float]] = defaultdict(list)
    student_ks: dict[str, list[float]] = defaultdict(list)  # per student, over its wrong keys
    false_hits: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (seed, key) at p < 1e-3
    mark_ms: list[float] = []
    # per view and class: contexts, agreeing, signed weight, weight, weight^2 (--per-class)
    per_class: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0] * 5))
    views = {view: (*spec, False) for view, spec in VIEWS.items()}
    if args.elicit or args.probe:
        views |= {f"elicited, {view}": (*VIEWS[view], True) for view in ELICITED}
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        rng = random.Random(seed)
        docs = served_answers(args.answers, seed, not args.chat_only)
        if seed == args.first_seed:
            words = sum(len(d.split()) for d in docs)
            print(f"served answers: {len(docs)} ({words:,} words) per seed")
        half = len(docs) // 2
        harvested = []
        for d in docs[:half]:  # served to the campaign, marked at the gateway
            t0 = time.perf_counter()
            harvested.append(mark(d, right))
            mark_ms.append((time.perf_counter() - t0) * 1e3)
        if args.canonicalise:  # the attack: every choice point set to one fixed side
            harvested = [answers.restyle(h, rng, {"*": 1.0}) for h in harvested]
        served = observe(docs[:half])  # what the campaign was served, as the model wrote it
        if args.probe:
            prompts = watermark.probes(docs[:half], seed)
        elif args.elicit:
            prompts = elicitation_prompts(docs[:half], args.elicit, seed)
        other = docs[half:]  # answers the student's makers had from elsewhere, unmarked
        size = min(len(harvested), len(other))
        for share in args.shares:
            n_marked = round(size * share)
            student = Student(harvested[:n_marked] + other[: size - n_marked])
            generated, tokens = student.generate(args.tokens, rng)
            outputs = {False: (generated, None, tokens)}
            if (
                args.elicit or args.probe
            ):  # the tester prompts the suspect with the starts of served answers
                elicited, elicited_tokens = student.generate(
                    args.tokens,
                    random.Random(f"elicit {seed} {share}"),
                    prompts,
                    args.probe or 600,
                )
                used = [prompts[i % len(prompts)] for i in range(len(elicited))]
                outputs[True] = (elicited, used, elicited_tokens)
            for view, (skip, use_served, elicit) in views.items():
                generated, used, tokens = outputs[elicit]
                obs = observe(generated, skip, used)
                reference = served if use_served else None
                score = check(obs, right, served=reference)
                results[(view, share)].append((score, tokens))
                if args.per_class and share > 0:
                    for cls, ctx, side, w in obs.prepared(reference)[0]:
                        agrees = side == choice(right, cls, ctx)
                        row = per_class[view]["word pair" if "|" in cls else cls]
                        for i, x in enumerate((1, agrees, w if agrees else -w, w, w * w)):
                            row[i] += x
                if share == 0.0:  # an unmarked student: the right key must look like chance
                    null_p[view].append(score.p_value)
                own = [check(obs, k, served=reference).p_value for k in wrong]
                null_p[view] += own
                false_hits[view] += [(seed, i + 1) for i, p in enumerate(own) if p < 1e-3]
                if share == 0.0 and score.p_value < 1e-3:
                    false_hits[view].append((seed, 0))
                student_ks[view].append(kstest(own, "uniform").pvalue)
            print(
                f"  seed {seed} share {share:>4.0%}: "
                + "; ".join(
                    f"{v}: p {results[(v, share)][-1][0].p_value:.1e} "
                    f"({results[(v, share)][-1][0].agreements}/{results[(v, share)][-1][0].scored})"
                    for v in views
                ),
                flush=True,
            )
    for view in views:
        print(f"\n{view}")
        print(
            "share marked | median p (right key) | detected p<1e-6 | contexts | choice points | tokens"
        )
        for share in args.shares:
            rows = results[(view, share)]
            ps = [sc.p_value for sc, _ in rows]
            print(
                f"{share:>5.0%} | {statistics.median(ps):.1e} | "
                f"{sum(p < 1e-6 for p in ps)}/{len(ps)} | "
                f"{statistics.median(sc.scored for sc, _ in rows):.0f} | "
                f"{statistics.median(sc.choices for sc, _ in rows):.0f} | "
                f"{statistics.median(t for _, t in rows):.0f}"
            )
        ps = null_p[view]
        fp = sum(p < 1e-3 for p in ps)
        print(
            f"false positives at p<1e-3: {fp}/{len(ps)} (expected {len(ps) * 1e-3:.1f}; wrong keys "
            f"on every student, the right key on unmarked students)"
        )
        # one key meets the same contexts in every student of a seed (with probes, the very
        # same ones), so false positives come in clusters: count the distinct (seed, key) too
        pairs = Counter(false_hits[view])
        print(
            f"  in {len(pairs)} distinct (seed, key) pairs"
            + (": " + ", ".join(f"seed {a} key {b} x{n}" for (a, b), n in sorted(pairs.items())))
            * bool(pairs)
        )
        below = [sum(p <= q for p in ps) / len(ps) for q in (0.01, 0.05, 0.1, 0.5)]
        print("null p-value CDF at 0.01, 0.05, 0.1, 0.5: " + ", ".join(f"{b:.3f}" for b in below))
        ks = kstest(ps, "uniform")
        print(f"KS test of null p-values against uniform: D {ks.statistic:.3f}, p {ks.pvalue:.2f}")
        # the pooled p-values are not independent (one key meets the same contexts in every
        # student of a seed), so the pooled KS test is too strict; each student's own wrong
        # keys are independent, and under the null these KS p-values are uniform themselves
        per = sorted(student_ks[view])
        print(
            f"KS per student over its {len(wrong)} wrong keys: median p {statistics.median(per):.2f}"
            f", smallest {per[0]:.3f} of {len(per)} students"
        )
    for view, classes in per_class.items():
        print(f"\nper class, right key, {view} (marked shares only; all classes at full weight)")
        print("class | contexts | agreeing | signed weight / weight | z")
        for cls, (n, a, signed, w, w2) in sorted(classes.items(), key=lambda x: -x[1][0]):
            print(f"{cls} | {n} | {a / n:.3f} | {signed / w:+.3f} | {signed / w2**0.5:+.2f}")
    print(
        f"\nmarking: p50 {statistics.median(mark_ms):.2f} ms, p90 "
        f"{statistics.quantiles(mark_ms, n=10)[-1]:.2f} ms per answer over {len(mark_ms)} answers"
    )
    print(
        f"machine: {machine()}, load {os.getloadavg()[0]:.1f}; {time.perf_counter() - started:.0f} s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tokens", type=int, default=10_000, help="tokens each student generates")
    ap.add_argument("--wrong-keys", type=int, default=200)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--first-seed", type=int, default=0, help="seeds first-seed, first-seed+1, ...")
    ap.add_argument(
        "--per-class",
        action="store_true",
        help="print each class's agreement with the right key, every class read at full weight "
        "(how the test's class factors were chosen, on seeds apart from the experiment's)",
    )
    ap.add_argument(
        "--elicit",
        type=int,
        default=0,
        metavar="WORDS",
        help="also prompt each student with the first WORDS words of served answers (unmarked) "
        "and test what it generates after them (the prompts' tokens are not counted)",
    )
    ap.add_argument(
        "--probe",
        type=int,
        default=0,
        metavar="TOKENS",
        help="instead, prompt each student with served answers cut before a choice point, one "
        "per context, and let it write at most TOKENS tokens after each",
    )
    ap.add_argument("--answers", type=int, default=1500, help="generated answers per seed")
    ap.add_argument(
        "--canonicalise",
        action="store_true",
        help="attack: the campaign rewrites every choice point of what it harvested to one side",
    )
    ap.add_argument(
        "--chat-only",
        action="store_true",
        help="serve only generated chat answers (no GSM8K solutions or docstrings)",
    )
    ap.add_argument("--shares", type=float, nargs="+", default=[1.0, 0.25, 0.05, 0.0])
    run(ap.parse_args())


if __name__ == "__main__":
    sys.exit(main())
