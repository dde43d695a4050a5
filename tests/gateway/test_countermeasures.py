"""The response ladder at the gateway: each rung changes what one account is served, and only
that account's (a second account's replies stay as the model gave them), in plain replies and
in streams; marked answers keep their code and JSON."""

from __future__ import annotations

import ast
import json
import random
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from consentry.gateway.countermeasures import StreamMarker, ThinkFilter
from consentry.mark.watermark import mark
from consentry.store import countermeasures as cm
from consentry.store import unit_of_work
from consentry.store.schema import audit_log
from tests.gateway.conftest import FakeUpstream, chat, client, completion, make_key, sse

PROSE = (
    "You do not need to optimize this yet. For example, it is fine to color the output later, "
    "and it is organized so that we do not realize the cost until the end. Maybe it is best to "
    "summarize: they are labeled toward the center, I am sure it is normalized, we do not "
    "prioritize, and it is standardized. For example, do not analyze the color, it is fine."
)  # about 25 interchangeable forms: a key that changes none of them is a 1 in 10^7 event
CODE = "```python\ndef total(xs):\n    # do not optimize: it is the color of money\n    return sum(xs)\n```"
ANSWER = f"<think>the user wants harvesting, it is a plan</think>{PROSE}\n\n{CODE}\n"
CALLS = [
    {"id": f"call_{i}", "type": "function", "function": {"name": f"f{i}", "arguments": "{}"}}
    for i in range(3)
]
TOOLS = [{"type": "function", "function": {"name": f"f{i}", "parameters": {}}} for i in range(4)]


def reply(_r: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json=completion(ANSWER, reasoning_content="step 1, step 2", tool_calls=CALLS)
    )


def stream_reply(_r: httpx.Request) -> httpx.Response:
    pieces = [ANSWER[i : i + 7] for i in range(0, len(ANSWER), 7)]
    chunks: list[dict[str, Any]] = [
        {
            "id": "c1",
            "object": "chat.completion.chunk",
            "model": "m-1",
            "choices": [{"index": 0, "delta": {"reasoning_content": "secret plan"}}],
        }
    ]
    for piece in pieces:
        chunks.append(
            {
                "id": "c1",
                "object": "chat.completion.chunk",
                "model": "m-1",
                "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
            }
        )
    chunks.append(
        {
            "id": "c1",
            "object": "chat.completion.chunk",
            "model": "m-1",
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
        }
    )
    return httpx.Response(200, content=sse(*chunks), headers={"content-type": "text/event-stream"})


def on_rung(engine, account: str, rung: str, campaign: str | None = None) -> None:  # noqa: ANN001
    with unit_of_work(engine) as conn:
        cm.set_rung(conn, account, rung, "test case", source="operator", campaign_id=campaign)


def gateway(engine, fake: FakeUpstream) -> tuple[TestClient, str, str]:  # noqa: ANN001
    _, suspect = make_key(engine, "acc-1")
    _, other = make_key(engine, "acc-2")
    return client(engine, fake), suspect, other


def streamed(c: TestClient, key: str) -> tuple[str, list[dict[str, Any]]]:
    with c.stream(
        "POST",
        "/v1/chat/completions",
        json={"model": "m-1", "messages": [{"role": "user", "content": "q"}], "stream": True},
        headers={"Authorization": f"Bearer {key}"},
    ) as r:
        assert r.status_code == 200
        body = "".join(r.iter_text())
    docs = [
        json.loads(line[5:])
        for line in body.split("\n")
        if line.startswith("data:") and line.strip() != "data: [DONE]"
    ]
    text = "".join(
        ch["delta"].get("content") or "" for d in docs for ch in d["choices"] if "delta" in ch
    )
    return text, docs


@pytest.mark.parametrize("rung", ["watch", "throttle", "degrade", "mark", "block"])
def test_each_rung_changes_only_that_accounts_replies(engine, rung: str) -> None:  # noqa: ANN001
    fake = FakeUpstream(reply=reply)
    on_rung(engine, "acc-1", rung)
    c, suspect, other = gateway(engine, fake)
    tools = {"tools": TOOLS, "max_tokens": 4000}
    r_other = chat(c, other, **tools)
    assert r_other.status_code == 200
    plain = r_other.json()["choices"][0]
    assert plain["message"]["content"] == ANSWER and len(plain["message"]["tool_calls"]) == 3
    assert fake.bodies()[-1]["max_tokens"] == 4000 and len(fake.bodies()[-1]["tools"]) == 4

    r = chat(c, suspect, **tools)
    if rung == "block":
        assert r.status_code == 403 and r.json()["error"]["code"] == "account_blocked"
        return
    assert r.status_code == 200
    got = r.json()["choices"][0]
    sent = fake.bodies()[-1]
    assert set(r.headers) - {"x-ratelimit-remaining"} == set(r_other.headers) - {
        "x-ratelimit-remaining"
    }  # nothing in the headers tells the account apart
    if rung in ("watch", "throttle"):
        assert got["message"] == plain["message"] and sent["max_tokens"] == 4000
    if rung == "throttle":  # the policy's throttle is 10/minute; the other account is not held
        codes = [chat(c, suspect).status_code for _ in range(10)]
        assert codes[:9] == [200] * 9 and codes[9] == 429
        assert chat(c, other).status_code == 200
    if rung == "degrade":
        assert sent["max_tokens"] == 256 and len(sent["tools"]) == 2
        assert (
            "reasoning_content" not in got["message"] and "<think>" not in got["message"]["content"]
        )
        assert got["message"]["content"].startswith(PROSE)
        assert len(got["message"]["tool_calls"]) == 2
    if rung == "mark":
        key = cm.mark_keys(engine)["account:acc-1"]
        assert got["message"]["content"] == mark(ANSWER, key) != ANSWER
        assert got["message"]["content"].endswith(CODE + "\n")  # the code block is untouched
        assert sent["max_tokens"] == 4000 and got["message"]["tool_calls"] == CALLS


@pytest.mark.parametrize("rung", ["degrade", "mark"])
def test_streamed_answers_are_degraded_and_marked_for_that_account_only(engine, rung: str) -> None:  # noqa: ANN001
    fake = FakeUpstream(reply=stream_reply)
    on_rung(engine, "acc-1", rung, campaign="camp-7")
    c, suspect, other = gateway(engine, fake)
    plain, plain_docs = streamed(c, other)
    assert plain == ANSWER and any("reasoning_content" in str(d) for d in plain_docs)
    text, docs = streamed(c, suspect)
    assert docs[-1]["consentry"]["exchange_id"]  # the decision still ends the stream
    if rung == "degrade":
        assert text == ANSWER.split("</think>")[1]
        assert "reasoning_content" not in json.dumps(docs)
    else:
        key = cm.mark_keys(engine, campaign="camp-7")["campaign:camp-7"]
        assert text == mark(ANSWER, key) != ANSWER
        assert len(docs) > 10  # it still streams, piece by piece


def test_degrade_caps_a_long_answer_like_a_capped_answer_ends(engine) -> None:  # noqa: ANN001
    long = " ".join(f"w{i}" for i in range(600))
    fake = FakeUpstream(reply=lambda _r: httpx.Response(200, json=completion(long)))
    on_rung(engine, "acc-1", "degrade")
    c, suspect, _ = gateway(engine, fake)
    got = chat(c, suspect).json()["choices"][0]
    assert got["finish_reason"] == "length"
    assert got["message"]["content"].split() == long.split()[:256]


def test_marked_answers_keep_code_and_json_intact(engine) -> None:  # noqa: ANN001
    code_answer = (
        PROSE + "\n\n```python\n"
        "def color(x):\n    do_not = x  # it is optimized\n    return {'color': do_not}\n```\n"
        "Maybe that is enough; we do not optimize further."
    )
    json_answer = json.dumps({"advice": "do not optimize", "color": "gray", "n": [1, 2.5]})
    answers = iter([code_answer, json_answer])
    fake = FakeUpstream(reply=lambda _r: httpx.Response(200, json=completion(next(answers))))
    on_rung(engine, "acc-1", "mark")
    c, suspect, _ = gateway(engine, fake)
    marked_code = chat(c, suspect).json()["choices"][0]["message"]["content"]
    marked_json = chat(c, suspect).json()["choices"][0]["message"]["content"]
    assert marked_code != code_answer  # the prose around it was marked

    def block(text: str) -> str:
        return text.split("```python\n")[1].split("```")[0]

    assert ast.dump(ast.parse(block(marked_code))) == ast.dump(ast.parse(block(code_answer)))
    assert json.loads(marked_json) == json.loads(json_answer)


def test_a_rung_set_later_applies_after_invalidation_and_keys_stay_out_of_the_log(engine) -> None:  # noqa: ANN001
    fake = FakeUpstream(reply=reply)
    c, suspect, _ = gateway(engine, fake)
    assert chat(c, suspect).json()["choices"][0]["message"]["content"] == ANSWER
    on_rung(engine, "acc-1", "mark")
    c.app.state.gateway.countermeasures.invalidate()
    marked = chat(c, suspect).json()["choices"][0]["message"]["content"]
    key = cm.mark_keys(engine)["account:acc-1"]
    assert marked == mark(ANSWER, key)
    with engine.connect() as conn:
        details = " ".join(conn.execute(audit_log.select()).scalars(audit_log.c.detail))
    assert key.hex() not in details and "mark_key_id" in details


@pytest.mark.parametrize("seed", range(5))
def test_the_stream_marker_marks_as_the_whole_answer_would_be(seed: int) -> None:
    key = bytes([seed]) * 32
    rng = random.Random(seed)
    answers = [
        ANSWER,
        "Sure. Do not worry: it is a standard behavior. We analyze it, for example the center.\n"
        '- It is normalized.\n- The "color" stays quoted and `do not` is code.\nIt is done.',
        '{"answer": "do not optimize", "color": 1}',
        "A formula $$x = do not$$ here. \u201cIt is a quote\nacross lines, do not mark.\u201d "
        "Then it is fine. Behaviour of the colour is standardised.",
    ]
    for a in answers:
        sm, out, i = StreamMarker(key), [], 0
        while i < len(a):
            n = rng.randint(1, 9)
            out.append(sm.feed(a[i : i + n]))
            i += n
        out.append(sm.flush())
        assert "".join(out) == mark(a, key)


def test_think_blocks_are_dropped_across_pieces() -> None:
    text = "<thi" + "nk>plan: harvest</th" + "ink>\nAnswer <b>here</b>. <THINKING>x</THINKING>ok"
    f, out = ThinkFilter(), []
    for i in range(0, len(text), 3):
        out.append(f.feed(text[i : i + 3]))
    out.append(f.flush())
    assert "".join(out) == "Answer <b>here</b>. ok"


WORDS = [
    "it is",
    "do not",
    "color",
    "colour",
    "optimize",
    "for example",
    "maybe",
    "perhaps",
    "the",
    "model",
    "we",
    "can't",
    "answer",
    "organized",
    "toward",
    "I am",
    "they are",
    "labeled",
    "x = 1",
    "`code`",
    '"quoted text"',
    "“it is\nso”",
    "$$x$$",
]
BREAKS = (" ", " ", " ", ". ", ", ", "\n", "\n\n", "\n```\n", "! ", "? ")


@pytest.mark.parametrize("seed", range(60))
def test_the_stream_marker_never_touches_fenced_code_of_random_answers(seed: int) -> None:
    """Random mixtures of prose, fences, formulas, quotes and inline code, cut at random:
    streamed marking may lose a mark where later text changes how earlier text reads (a line
    that turns out to hold code punctuation), but fenced code and inline code stay as sent."""
    rng = random.Random(seed)
    text = "".join(rng.choice(WORDS) + rng.choice(BREAKS) for _ in range(rng.randint(20, 120)))
    key = rng.randbytes(32)
    sm, out, i = StreamMarker(key), [], 0
    while i < len(text):
        n = rng.randint(1, 12)
        out.append(sm.feed(text[i : i + n]))
        i += n
    out.append(sm.flush())
    got = "".join(out)
    assert got.split("```")[1::2] == text.split("```")[1::2]
    assert got.count("`code`") == text.count("`code`") and got.count("x = 1") == text.count("x = 1")
