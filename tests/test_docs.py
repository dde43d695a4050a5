"""Docs stay honest: every setting and every command is documented, and the README gives
the two commands that CI runs."""

from __future__ import annotations

from pathlib import Path

import typer.main

from consentry.cli import app
from consentry.config import Settings

ROOT = Path(__file__).parent.parent


def _commands(cmd: object, prefix: str = "consentry") -> list[str]:
    if hasattr(cmd, "commands"):  # a group (Typer vendors its own click)
        return [c for name, sub in cmd.commands.items() for c in _commands(sub, f"{prefix} {name}")]
    return [prefix]


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text()
    for name, field in Settings.model_fields.items():
        assert f"`CONSENTRY_{name.upper()}`" in doc, (
            f"setting {name} is not in docs/configuration.md"
        )
        assert field.description, f"setting {name} has no description"


def test_every_command_is_documented() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text()
    commands = _commands(typer.main.get_command(app))
    assert len(commands) >= 10
    missing = [c for c in commands if f"`{c}" not in doc]
    assert not missing, f"undocumented commands: {missing}"


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "consentry demo" in readme.split("## What it does")[0]
    assert ".ci/run" in readme.split("## What it does")[0]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pytest" in ci


def test_docs_links_resolve() -> None:
    import re

    for md in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+)\)", md.read_text()):
            assert (md.parent / target).exists(), f"{md.name} links to missing {target}"
