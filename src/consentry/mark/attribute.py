"""Attribution: does a suspect model's output carry one of our campaign keys?

Reads the suspect's outputs (JSONL, one text per line), observes every choice point once, tests
each key (`watermark.check`: exact p-value under the null that the text never saw the key),
and writes the result as evidence: `attribution.json` and a STIX 2.1 bundle whose report links
the finding to the campaign (by the ids the detector's indicators.stix.json gave it, when that
file is supplied). A key counts as found when its p-value, multiplied by the number of keys
tested (Bonferroni), is below `alpha`. Conversation text never enters the evidence: only
counts, statistics and a hash of the input file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from consentry.errors import ConsentryError
from consentry.mark.watermark import Observations, Score, check, observe
from consentry.progress import Progress, silent

DEFAULT_ALPHA = 1e-6


@dataclass(frozen=True)
class Attribution:
    scores: list[Score]  # best (lowest p) first
    alpha: float
    texts: int
    source_sha256: str
    served_texts: int = 0  # unmarked served answers the test read contexts and habits from
    served_sha256: str = ""
    prompted: int = 0  # outputs that continue a prompt of ours (only the output is read)

    @property
    def found(self) -> list[Score]:
        """Keys whose Bonferroni-corrected p-value is below alpha."""
        return [s for s in self.scores if s.p_value * len(self.scores) < self.alpha]


def read_outputs(
    path: Path, field: str = "text", option: str = "--outputs"
) -> tuple[list[str], str]:
    """The texts of a JSONL file (one object per line with a string `field`) and the file's
    SHA-256. Errors name the line, never its content."""
    texts, _, digest = read_prompted(path, field, None, option)
    return texts, digest


def read_prompted(
    path: Path, field: str = "text", prompt_field: str | None = "prompt", option: str = "--outputs"
) -> tuple[list[str], list[str] | None, str]:
    """As `read_outputs`, with each line's prompt (a string `prompt_field`, "" where a line has
    none) when the suspect was prompted with text of ours (`watermark.probes`); None when no
    line has one."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConsentryError(f"cannot read {option} {path}: {exc.strerror}.") from None
    texts, prompts = [], []
    for n, line in enumerate(raw.decode("utf-8", errors="replace").split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise ConsentryError(
                f"{path} line {n} is not JSON; write one JSON object per line (JSONL)."
            ) from None
        if not isinstance(row, dict) or not isinstance(row.get(field), str):
            raise ConsentryError(
                f"{path} line {n} has no string field {field!r}; "
                f"give each line a {field!r} (or name the field with --field)."
            )
        texts.append(row[field])
        if prompt_field is not None:
            prompt = row.get(prompt_field, "")
            if not isinstance(prompt, str):
                raise ConsentryError(
                    f"{path} line {n} has a {prompt_field!r} that is not a string; give the "
                    "prompt the output continues, or leave the field out."
                )
            prompts.append(prompt)
    if not texts:
        raise ConsentryError(f"{path} holds no outputs; give one JSON object per line.")
    return texts, prompts if any(prompts) else None, hashlib.sha256(raw).hexdigest()


def read_keys(path: Path) -> dict[str, bytes]:
    """Keys from a JSON file {key_id: hex}. Errors never repeat a key."""
    try:
        body = json.loads(path.read_text())
    except OSError as exc:
        raise ConsentryError(f"cannot read --keys {path}: {exc.strerror}.") from None
    except ValueError:
        raise ConsentryError(f"--keys {path} is not JSON; write {{key_id: hex key}}.") from None
    if not isinstance(body, dict) or not body:
        raise ConsentryError(f"--keys {path} must be a non-empty object {{key_id: hex key}}.")
    keys = {}
    for key_id, value in body.items():
        try:
            keys[str(key_id)] = bytes.fromhex(value)
        except (TypeError, ValueError):
            raise ConsentryError(
                f"key {key_id!r} in {path} is not a hex string; write {{key_id: hex key}}."
            ) from None
        if len(keys[str(key_id)]) < 16:
            raise ConsentryError(f"key {key_id!r} in {path} is shorter than 16 bytes.")
    return keys


def attribute(
    texts: Iterable[str],
    keys: Mapping[str, bytes],
    source_sha256: str = "",
    alpha: float = DEFAULT_ALPHA,
    progress: Progress | None = None,
    served: tuple[list[str], str] | None = None,
    prompts: list[str] | None = None,
) -> Attribution:
    """Observe the texts once, then test every key. `served`: the answers the campaign was
    served as the model wrote them (before marking) and their file's SHA-256; the test then
    reads only contexts the campaign saw, with the model's own habit in each. `prompts`: what
    each text continues, when the suspect was prompted (`watermark.probes`): the prompt gives
    the words before the text's first choice points, only the text's own are read."""
    tick = progress or silent
    texts = list(texts)
    obs = _observe_all(texts, tick, "reading", prompts)
    reference = _observe_all(served[0], tick, "served") if served else None
    scores = []
    for i, (key_id, key) in enumerate(keys.items()):
        scores.append(check(obs, key, key_id, reference))
        tick("keys", i + 1, len(keys))
    scores.sort(key=lambda s: (s.p_value, s.key_id))
    return Attribution(
        scores,
        alpha,
        len(texts),
        source_sha256,
        len(served[0]) if served else 0,
        served[1] if served else "",
        sum(1 for p in prompts if p) if prompts else 0,
    )


def _observe_all(
    texts: list[str], tick: Progress, label: str, prompts: list[str] | None = None
) -> Observations:
    obs = Observations({})
    for i, part in enumerate(range(0, len(texts), 200)):
        more = observe(
            texts[part : part + 200],
            prompts=prompts[part : part + 200] if prompts is not None else None,
        )
        for ctx, (n0, n1) in more.votes.items():
            votes = obs.votes.setdefault(ctx, [0, 0])
            votes[0] += n0
            votes[1] += n1
        obs.tokens += more.tokens
        obs.choices += more.choices
        tick(label, min(len(texts), (i + 1) * 200), len(texts))
    return obs


def evidence(result: Attribution, campaign: str | None, now: datetime) -> dict[str, Any]:
    return {
        "kind": "consentry.attribution",
        "version": 1,
        "created": now.isoformat(),
        "campaign": campaign,
        "test": (
            "weighted sign test over (choice class, two previous words) contexts, exact null; "
            + (
                "only contexts served, weighted by the served answers' own habits; "
                if result.served_texts
                else ""
            )
            + (
                "outputs continue prompts of ours, only their own choice points are read; "
                if result.prompted
                else ""
            )
            + "found = p * keys tested < alpha"
        ),
        "alpha": result.alpha,
        "keys_tested": len(result.scores),
        "outputs": {
            "texts": result.texts,
            "sha256": result.source_sha256,
            "prompted": result.prompted,
        },
        "served": (
            {"texts": result.served_texts, "sha256": result.served_sha256}
            if result.served_texts
            else None
        ),
        "found": [s.key_id for s in result.found],
        "scores": [asdict(s) for s in result.scores],
    }


def write_evidence(
    result: Attribution,
    out: Path,
    campaign: str | None = None,
    indicators: Path | None = None,
    now: datetime | None = None,
) -> dict[str, Path]:
    """attribution.json and attribution.stix.json in `out`."""
    now = now or datetime.now(timezone.utc)
    body = evidence(result, campaign, now)
    stix = _stix(result, body, campaign, indicators, now)  # before writing: it may refuse
    out.mkdir(parents=True, exist_ok=True)
    files = {"evidence": out / "attribution.json", "stix": out / "attribution.stix.json"}
    files["evidence"].write_text(json.dumps(body, indent=2) + "\n")
    files["stix"].write_text(stix + "\n")
    return files


def _campaign_refs(
    indicators: Path | None, campaign: str, now: datetime
) -> tuple[list[str], list[Any]]:
    """Ids of the campaign and its indicators as the detector's bundle names them; without
    that bundle, a campaign object of our own."""
    import stix2

    if indicators is not None:
        try:
            bundle = json.loads(indicators.read_text())
        except (OSError, ValueError):
            raise ConsentryError(
                f"--indicators {indicators} is not a readable STIX bundle; give the "
                "indicators.stix.json that `consentry detect` wrote."
            ) from None
        objects = bundle.get("objects", []) if isinstance(bundle, dict) else []
        camp = [
            o["id"] for o in objects if o.get("type") == "campaign" and o.get("name") == campaign
        ]
        if not camp:
            raise ConsentryError(
                f"campaign {campaign!r} is not in {indicators}; check --campaign against the "
                "detector's campaigns.json."
            )
        refs = (
            camp
            + [o["id"] for o in objects if o.get("type") == "identity"]
            + [
                o["source_ref"]
                for o in objects
                if o.get("type") == "relationship"
                and o.get("relationship_type") == "indicates"
                and o.get("target_ref") == camp[0]
            ]
        )
        return refs, []
    own = stix2.Campaign(name=campaign, created=now, modified=now)
    return [own.id], [own]


def _stix(
    result: Attribution,
    body: dict[str, Any],
    campaign: str | None,
    indicators: Path | None,
    now: datetime,
) -> str:
    import stix2

    producer = stix2.Identity(
        name="consentry attribution", identity_class="system", created=now, modified=now
    )
    refs, extra = _campaign_refs(indicators, campaign, now) if campaign else ([], [])
    lines = [
        f"{s.key_id}: p {s.p_value:.3g}, z {s.z}, {s.agreements}/{s.scored} contexts agree, "
        f"{s.tokens} tokens"
        for s in result.scores[:20]
    ]
    verdict = (
        f"keys found: {', '.join(body['found'])}" if body["found"] else "no key found"
    ) + f" (alpha {result.alpha:g}, {len(result.scores)} keys tested, Bonferroni)"
    note = stix2.Note(
        abstract="watermark attribution of a suspect model's outputs",
        content=verdict + "\n" + "\n".join(lines),
        object_refs=refs or [producer.id],
        created_by_ref=producer.id,
        created=now,
        modified=now,
    )
    report = stix2.Report(
        name=f"attribution of suspect outputs{' to ' + campaign if campaign else ''}",
        description=verdict,
        report_types=["campaign" if campaign else "threat-report"],
        published=now,
        object_refs=[note.id, *refs],
        created_by_ref=producer.id,
        created=now,
        modified=now,
    )
    bundle = stix2.Bundle(objects=[producer, *extra, note, report], allow_custom=False)
    text: str = bundle.serialize(pretty=True)
    stix2.parse(text, allow_custom=False)  # refuse to write what a peer could not read
    return text
