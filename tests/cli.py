"""The one way tests run the command line: `consentry` as a user runs it, in a new process (so
settings, exit codes and the one-line error handling are the real ones)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

COMMAND = (sys.executable, "-m", "consentry")


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `consentry ARGS` to completion; stdout and stderr captured as text."""
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=timeout)


def start_cli(*args: str, **popen: Any) -> subprocess.Popen[bytes]:
    """Start a long-running `consentry ARGS` (a server); the caller terminates it."""
    return subprocess.Popen([*COMMAND, *args], **popen)
