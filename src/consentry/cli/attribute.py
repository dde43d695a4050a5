"""`consentry attribute`: test a suspect model's outputs against every campaign's mark key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from consentry.cli import common as c
from consentry.errors import ConsentryError


def mark_keys(keys_file: Path | None, db: str | None, campaign: str | None) -> dict[str, bytes]:
    """The keys to test: from --keys (JSON {key_id: hex}) or from the store's mark keys."""
    from consentry.mark.attribute import read_keys
    from consentry.store.countermeasures import mark_keys as stored

    if keys_file is not None:
        return read_keys(keys_file)
    keys: dict[str, bytes] = stored(c.engine(db), campaign=campaign)
    if not keys:
        scope = f" for campaign {campaign}" if campaign else ""
        raise ConsentryError(f"the store holds no mark keys{scope}; nothing to test.")
    return keys


def attribute_cmd(
    outputs: Annotated[
        Path | None,
        typer.Option(
            "--outputs",
            help="Suspect model outputs: JSONL, one text per line (with the prompt it continues "
            "in a 'prompt' field when it answered one of --write-probes' prompts).",
        ),
    ] = None,
    campaign: Annotated[
        str | None, typer.Option(help="Test this campaign's keys and link the evidence to it.")
    ] = None,
    keys: Annotated[
        Path | None, typer.Option("--keys", help="Keys as JSON {key_id: hex} instead of the store.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the evidence files.")] = Path(
        "attribution"
    ),
    field: Annotated[str, typer.Option(help="The JSONL field that holds the text.")] = "text",
    indicators: Annotated[
        Path | None,
        typer.Option(help="The detector's indicators.stix.json, to link the campaign's ids."),
    ] = None,
    served: Annotated[
        Path | None,
        typer.Option(
            "--served",
            help="The answers the campaign was served as the model wrote them, before marking "
            "(JSONL, same field): score only contexts it saw, weighted by the model's own habits.",
        ),
    ] = None,
    write_probes: Annotated[
        Path | None,
        typer.Option(
            "--write-probes",
            help="Instead of testing: write prompts that elicit choice points (JSONL 'prompt'): "
            "the --served answers cut before a choice point, one per context. Have the suspect "
            "continue each for a few tokens, then give --outputs {prompt, text} lines.",
        ),
    ] = None,
    prompt_field: Annotated[
        str, typer.Option(help="The JSONL field that holds the prompt an output continues.")
    ] = "prompt",
    alpha: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Significance after correcting for all keys.")
    ] = 1e-6,
    db: c.DbOption = None,
) -> None:
    """Did a suspect model learn from answers we marked? Per key: score, z, exact p-value and
    the tokens scored; writes attribution.json and attribution.stix.json (STIX 2.1)."""
    from consentry.mark.attribute import attribute, read_outputs, read_prompted, write_evidence

    reference = read_outputs(served, field, "--served") if served is not None else None
    if write_probes is not None:
        if reference is None:
            raise ConsentryError("--write-probes needs --served: the probes are cut from them.")
        _write_probes(reference[0], write_probes)
        return
    if outputs is None:
        raise ConsentryError("give --outputs (the suspect's outputs), or --write-probes.")
    texts, prompts, digest = read_prompted(outputs, field, prompt_field)
    found_keys = mark_keys(keys, db, campaign)
    bar, tick = c.progress()
    with bar:
        result = attribute(texts, found_keys, digest, alpha, tick, reference, prompts)
    files = write_evidence(result, out, campaign, indicators)
    table = Table("key", "p-value", "z", "agree / contexts", "choice points", "tokens")
    for s in result.scores[:15]:
        found = s in result.found
        table.add_row(
            f"[bold]{s.key_id}[/bold]" if found else s.key_id,
            f"{s.p_value:.2e}",
            f"{s.z:.1f}",
            f"{s.agreements} / {s.scored}",
            str(s.choices),
            str(s.tokens),
        )
    c.console.print(table)
    if len(result.scores) > 15:
        c.console.print(f"... and {len(result.scores) - 15} more keys in {files['evidence']}")
    verdict = ", ".join(s.key_id for s in result.found) or "no key"
    c.console.print(
        f"found: {verdict} (p x {len(result.scores)} keys < {alpha:g}) -> "
        + ", ".join(str(p) for p in files.values()),
        soft_wrap=True,
    )


def _write_probes(served: list[str], path: Path) -> None:
    """The probes of the served answers as JSONL; the seed is the served file's content, so the
    same answers give the same probes."""
    import hashlib
    import json

    from consentry.mark.watermark import probes

    seed = hashlib.sha256("\x00".join(served).encode()).hexdigest()
    found = probes(served, seed)
    try:
        path.write_text("".join(json.dumps({"prompt": p}) + "\n" for p in found))
    except OSError as exc:
        raise ConsentryError(f"cannot write --write-probes {path}: {exc.strerror}.") from None
    c.console.print(
        f"{len(found)} probes -> {path}: have the suspect continue each for a few tokens and "
        "give the results to --outputs as {prompt, text} lines (only the text is scored)."
    )


def register(app: typer.Typer) -> None:
    app.command("attribute")(attribute_cmd)
