"""The simulator is a sibling distribution: the core package carries none of it, and without it
the commands that need it stop with one line that says how to install it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]

# Runs the real command line in a new process in which `import consentry_sim` fails, as it does
# after a core-only install.
WITHOUT_SIM = (
    "import sys; sys.modules['consentry_sim'] = None; "
    "from consentry.cli import main; sys.argv = ['consentry', *sys.argv[1:]]; main()"
)


def test_the_core_package_holds_no_simulator_code_or_corpora() -> None:
    core = REPO / "src" / "consentry"
    assert not (core / "sim").exists()
    assert not list(core.rglob("*.jsonl.gz")), "third-party corpora belong to consentry-sim"


@pytest.mark.parametrize(
    "args", [("simulate", "--out", "{tmp}/sim", "--scale", "tiny"), ("demo", "--out", "{tmp}/d")]
)
def test_without_the_simulator_the_command_says_how_to_install_it(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_SIM, *argv], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 2, done.stderr[-2000:]
    last = done.stderr.strip().splitlines()[-1]
    assert "pip install -e packages/consentry-sim" in last
    assert "Traceback" not in done.stderr
