"""Detection time, memory and quality on a simulation folder.

Runs the real `consentry detect` (DuckDB by default, `--backend spark` for Spark local mode)
several times and prints the median wall time, CPU time, peak RSS (from the OS) and the load
average; then scores the last run against the simulation's labels with consentry.detect.evaluate
(precision, recall, PR-AUC, TPR at FPR 1e-3, recall per campaign, FPR per hard-negative class).

    python benchmarks/bench_detect.py --sim /work/tmp-sim/medium-seed1 [--runs 3] [--backend spark]
        [--compare-src DIR]   # also run the code in DIR/src, alternating, and print ratios
        [--stages]            # print each stage's wall, CPU and memory (detect_stages.py)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import LAST_CPU, consentry, load_average, machine, report, run_measured, workdir  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sim", type=Path, required=True, help="a `consentry simulate` folder")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--backend", default="duckdb", choices=("duckdb", "spark"))
    ap.add_argument("--policy", default="chatgpt-2025", help="gives the restricted regions")
    ap.add_argument(
        "--compare-src",
        type=Path,
        default=None,
        help="a checkout of another version (its src/ is put first on the path); "
        "runs alternate between it and this one",
    )
    ap.add_argument(
        "--stages",
        action="store_true",
        help="run through detect_stages.py: per-stage wall, CPU and memory of each run",
    )
    args = ap.parse_args()
    sim: Path = args.sim
    out = workdir("detect") / f"{sim.name}-{args.backend}"
    if args.stages:
        stages = str(Path(__file__).parent / "detect_stages.py")
        cmd = [sys.executable, stages, str(sim), "--out", str(out)]
        cmd += ["--backend", args.backend, "--policy", args.policy]
    else:
        cmd = [
            *consentry(),
            "detect",
            "--exchanges",
            str(sim / "exchanges"),
            "--accounts",
            str(sim / "accounts.parquet"),
            "--ip-ranges",
            str(sim / "ip_ranges.parquet"),
            "--model-releases",
            str(sim / "model_releases.parquet"),
            "--out",
            str(out),
            "--backend",
            args.backend,
            "--policy",
            args.policy,
        ]
    walls, peaks = [], []
    other: dict[str, list[float]] = {"wall": [], "cpu": [], "peak": []}
    here = str(Path(__file__).parents[1] / "src")
    for i in range(args.runs):
        if args.compare_src is not None:
            ocmd = [
                *cmd[: cmd.index("--out") + 1],
                str(out) + "-compare",
                *cmd[cmd.index("--out") + 2 :],
            ]
            wall, peak = run_measured(ocmd, env={"PYTHONPATH": str(args.compare_src / "src")})
            other["wall"].append(wall)
            other["cpu"].append(LAST_CPU.pop())
            other["peak"].append(peak)
            print(
                f"run {i + 1} ({args.compare_src}): {wall:.1f} s wall, {other['cpu'][-1]:.1f} s"
                f" CPU, {peak:,.0f} MB peak RSS [{load_average()}]",
                flush=True,
            )
        wall, peak = run_measured(cmd, env={"PYTHONPATH": here})
        walls.append(wall)
        peaks.append(peak)
        print(
            f"run {i + 1}: {wall:.1f} s wall, {LAST_CPU[-1]:.1f} s CPU, {peak:,.0f} MB peak RSS"
            f" [{load_average()}]",
            flush=True,
        )
    if args.compare_src is not None:
        med = statistics.median
        print(
            f"compared with {args.compare_src}: wall {med(other['wall']):.1f} -> "
            f"{med(walls):.1f} s ({med(walls) / med(other['wall']):.2f}x), CPU "
            f"{med(other['cpu']):.1f} -> {med(LAST_CPU):.1f} s, peak RSS "
            f"{med(other['peak']):,.0f} -> {med(peaks):,.0f} MB "
            f"({med(peaks) / med(other['peak']):.2f}x) [{machine()}]",
            flush=True,
        )
    label = f"detect {sim.name} ({args.backend})"
    report(f"{label} wall time", walls, "s")
    report(f"{label} CPU time", LAST_CPU[-args.runs :], "s")
    report(f"{label} peak RSS", peaks, "MB")
    if (sim / "labels.parquet").exists():
        from consentry.detect.evaluate import score

        r = score(sim / "labels.parquet", out, baselines=False)
        d = r.detector
        print(
            f"{label} quality: precision {d.precision:.4f}, recall {d.recall:.4f}, "
            f"F1 {d.f1:.4f}, PR-AUC {d.pr_auc:.4f}, TPR at FPR 1e-3 {d.tpr_at_fpr:.4f}, "
            f"FPR {100 * d.fpr:.3f}% ({d.fp} of {d.fp + d.tn}) [{machine()}]"
        )
        for g in d.campaigns:
            print(f"  recall {g.label}: {g.rate:.4f} ({g.flagged}/{g.accounts})")
        for g in d.negatives:
            print(f"  FPR {g.label}: {100 * g.rate:.3f}% ({g.flagged}/{g.accounts})")
    if (sim / "labels.parquet").exists():
        print(f"{label} {campaign_mix(sim, out)}")
        if args.compare_src is not None:
            compared = Path(str(out) + "-compare")
            print(f"{label} {args.compare_src}: {campaign_mix(sim, compared)}")
    print(f"median wall {statistics.median(walls):.1f} s", flush=True)


def campaign_mix(sim: Path, out: Path) -> str:
    """Campaigns found and how many mix campaign families or, on a make_scale_logs.py set,
    tiles (distinct operations): what a detector that separates operations never does."""
    import pandas as pd

    acc = pd.read_parquet(out / "accounts.parquet", columns=["account_id", "campaign_id"])
    acc = acc[acc.campaign_id.notna()]
    labels = pd.read_parquet(sim / "labels.parquet").set_index("account_id").label
    acc["tile"] = acc.account_id.str.split("-", n=1).str[0]
    acc["family"] = labels.reindex(acc.account_id).to_numpy()
    attack = acc[acc.family.str.startswith("attack:")]
    per = acc.groupby("campaign_id").tile.nunique()
    fam = attack.groupby("campaign_id").family.nunique()
    made = attack.groupby("family").campaign_id.nunique()
    tiles = json.loads((sim / "simulation.json").read_text()).get("tiles")
    where = (
        f" over {tiles} tiles, {int((per > 1).sum())} spanning more than one tile" if tiles else ""
    )
    sizes = attack.groupby(["family", "campaign_id"]).size()
    return (
        f"campaigns: {len(per):,}{where}, {int((fam > 1).sum())} holding more than one "
        "campaign family; "
        + ", ".join(
            f"{k} in {v:,} ({'+'.join(str(n) for n in sorted(sizes[k], reverse=True)[:4])}"
            f"{'+...' if v > 4 else ''} accounts)"
            for k, v in made.items()
        )
    )


if __name__ == "__main__":
    main()
