"""OpenAI compatibility against a fake upstream: every field goes through, replies keep the
upstream's fields, streams are relayed chunk by chunk and captured whole, upstream errors keep
their status and body, models route to their own upstream, and a retried request is stored
once."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import select

from consentry.errors import ConsentryError
from consentry.gateway import Router, load_config
from consentry.gateway.upstream import Upstream, UpstreamConfig
from consentry.store.schema import exchanges

from .conftest import FakeUpstream, chat, client, completion, make_key, router_for, sse


def _row(engine, exchange_id: str):  # noqa: ANN001, ANN202
    with engine.connect() as conn:
        return conn.execute(select(exchanges).where(exchanges.c.exchange_id == exchange_id)).one()


def test_every_request_field_is_forwarded_and_the_reply_keeps_upstream_fields(
    engine, upstream
) -> None:  # noqa: ANN001
    _, key = make_key(engine)
    messages = [
        {"role": "developer", "content": "answer briefly"},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "what is"},
                {"type": "text", "text": "a lighthouse"},
            ],
        },
    ]
    extra = {
        "temperature": 0.2,
        "user": "u-9",
        "tool_choice": "auto",
        "max_completion_tokens": 50,
        "response_format": {"type": "text"},
        "seed": 7,
        "some_future_field": {"x": [1, 2]},
    }
    r = chat(
        client(engine, upstream),
        key,
        messages=messages,
        conversation_id="c-7",
        incognito=False,
        **extra,
    )
    assert r.status_code == 200, r.text
    (sent,) = upstream.bodies()
    assert {k: sent[k] for k in extra} == extra and sent["messages"] == messages
    assert "conversation_id" not in sent and "incognito" not in sent
    body = r.json()
    want = completion()
    for field in ("id", "created", "system_fingerprint", "usage", "choices"):
        assert body[field] == want[field]
    row = _row(engine, body["consentry"]["exchange_id"])
    assert (row.prompt, row.system_prompt, row.response) == (
        "what is\na lighthouse",
        "answer briefly",
        "hi there",
    )
    assert (row.input_tokens, row.output_tokens, row.conversation_id) == (5, 2, "c-7")
    assert r.headers["X-Consentry-Training-Eligible"] == str(row.eligible).lower()


def test_tool_calls_are_returned_and_captured(engine) -> None:  # noqa: ANN001
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "lookup", "arguments": '{"q": "x"}'},
    }
    fake = FakeUpstream(lambda _r: httpx.Response(200, json=completion(None, tool_calls=[call])))
    _, key = make_key(engine)
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    r = chat(client(engine, fake), key, tools=tools)
    assert r.json()["choices"][0]["message"]["tool_calls"] == [call]
    row = _row(engine, r.json()["consentry"]["exchange_id"])
    assert row.tool_count == 1 and json.loads(row.response) == [call]


def test_stream_is_relayed_chunk_by_chunk_and_captured_when_it_ends(engine) -> None:  # noqa: ANN001
    base = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 1, "model": "m-1"}
    chunks = [
        {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]},
        {**base, "choices": [{"index": 0, "delta": {"content": "Hel"}}]},
        {**base, "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}]},
        {
            **base,
            "choices": [],
            "usage": {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11},
        },
    ]
    fake = FakeUpstream(
        lambda _r: httpx.Response(
            200, content=sse(*chunks), headers={"content-type": "text/event-stream"}
        )
    )
    _, key = make_key(engine)
    r = chat(client(engine, fake), key, stream=True, stream_options={"include_usage": True})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    datas = [line[6:] for line in r.text.splitlines() if line.startswith("data: ")]
    assert datas[-1] == "[DONE]" and [json.loads(d) for d in datas[:4]] == chunks
    tail = json.loads(datas[-2])
    assert (
        tail["choices"] == []
        and tail["consentry"]["exchange_id"] == r.headers["X-Consentry-Exchange-Id"]
    )
    row = _row(engine, tail["consentry"]["exchange_id"])
    assert (row.response, row.input_tokens, row.output_tokens, row.status) == ("Hello", 9, 2, 200)
    assert fake.bodies()[0]["stream"] is True


@pytest.mark.parametrize("status", [400, 404, 429, 500])
def test_upstream_errors_keep_their_status_and_openai_body(engine, status: int) -> None:  # noqa: ANN001
    err = {
        "error": {
            "message": "bad temperature",
            "type": "invalid_request_error",
            "param": "temperature",
            "code": None,
        }
    }
    fake = FakeUpstream(lambda _r: httpx.Response(status, json=err))
    _, key = make_key(engine)
    c = client(engine, fake)
    r = chat(c, key)
    assert (r.status_code, r.json()) == (status, err)
    assert c.app.state.gateway.writer.drain()
    with engine.connect() as conn:
        rows = conn.execute(select(exchanges.c.status, exchanges.c.prompt)).all()
    assert [tuple(x) for x in rows] == [(status, None)]


def test_unreachable_upstream_is_502_and_retries_recover_a_flaky_one(engine) -> None:  # noqa: ANN001
    _, key = make_key(engine)

    def down(_r: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    r = chat(client(engine, FakeUpstream(down)), key)
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_unreachable"
    answers = iter(
        [
            httpx.Response(503, json={"error": {"message": "busy"}}),
            httpx.Response(200, json=completion()),
        ]
    )
    flaky = FakeUpstream(lambda _r: next(answers))
    assert chat(client(engine, router=router_for(flaky, retries=1)), key).status_code == 200
    assert len(flaky.seen) == 2


def test_models_route_to_their_upstream_with_its_key_and_a_v1_base_url_works(engine) -> None:  # noqa: ANN001
    a, b = FakeUpstream(), FakeUpstream()
    a.reply = lambda r: (
        httpx.Response(200, json={"object": "list", "data": [{"id": "gpt-x", "object": "model"}]})
        if r.method == "GET"
        else httpx.Response(200, json=completion("from a"))
    )
    router = Router(
        [
            Upstream(
                UpstreamConfig(
                    name="a", base_url="http://a.test/v1/", models=["gpt-*"], api_key="ka"
                ),
                a.transport(),
            ),
            Upstream(
                UpstreamConfig(name="b", base_url="http://b.test", api_key="kb"), b.transport()
            ),
        ]
    )
    _, key = make_key(engine)
    c = client(engine, router=router)
    assert chat(c, key, model="gpt-x").json()["choices"][0]["message"]["content"] == "from a"
    assert chat(c, key, model="other").json()["choices"][0]["message"]["content"] == "hi there"
    assert [str(r.url) for r in a.seen] == ["http://a.test/v1/chat/completions"]
    assert [str(r.url) for r in b.seen] == ["http://b.test/v1/chat/completions"]
    assert (a.seen[0].headers["authorization"], b.seen[0].headers["authorization"]) == (
        "Bearer ka",
        "Bearer kb",
    )
    models = c.get("/v1/models", headers={"Authorization": f"Bearer {key}"})
    assert [m["id"] for m in models.json()["data"]] == ["gpt-x"]


def test_a_retried_request_with_an_idempotency_key_is_stored_once(engine, upstream) -> None:  # noqa: ANN001
    _, key = make_key(engine)
    c = client(engine, upstream)
    first = chat(c, key, headers={"Idempotency-Key": "retry-1"})
    again = chat(c, key, headers={"Idempotency-Key": "retry-1"})
    assert first.status_code == again.status_code == 200
    assert first.json()["consentry"]["exchange_id"] == again.json()["consentry"]["exchange_id"]
    assert again.headers["Idempotent-Replayed"] == "true" and len(upstream.seen) == 1
    assert again.json()["choices"][0]["message"]["content"] == "hi there"
    streamed = chat(c, key, headers={"Idempotency-Key": "retry-1"}, stream=True)
    datas = [line[6:] for line in streamed.text.splitlines() if line.startswith("data: ")]
    assert (
        datas[-1] == "[DONE]"
        and json.loads(datas[0])["choices"][0]["delta"]["content"] == "hi there"
    )
    assert len(upstream.seen) == 1
    with engine.connect() as conn:
        assert len(conn.execute(select(exchanges.c.exchange_id)).all()) == 1


def test_embeddings_pass_through_and_are_recorded_never_eligible(engine) -> None:  # noqa: ANN001
    doc = {
        "object": "list",
        "data": [{"object": "embedding", "index": 0, "embedding": [0.1]}],
        "model": "e",
        "usage": {"prompt_tokens": 3, "total_tokens": 3},
    }
    fake = FakeUpstream(lambda _r: httpx.Response(200, json=doc))
    _, key = make_key(engine, "acc-0")  # acc-0 allowed training: embeddings still never are
    r = client(engine, fake).post(
        "/v1/embeddings",
        json={"model": "e", "input": "three word text", "dimensions": 8},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert r.status_code == 200 and r.json()["data"] == doc["data"]
    assert fake.bodies() == [{"model": "e", "input": "three word text", "dimensions": 8}]
    row = _row(engine, r.json()["consentry"]["exchange_id"])
    assert (row.eligible, row.reason, row.prompt, row.input_tokens) == (
        False,
        "embedding_not_trained",
        "three word text",
        3,
    )


def test_config_file_is_validated_with_one_line_errors(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    good = tmp_path / "gw.yaml"
    good.write_text(
        "upstreams:\n  - {name: a, base_url: 'http://127.0.0.1:9/v1', models: ['gpt-*'], api_key_env: GW_KEY, timeout: 5, retries: 2}\n"
    )
    monkeypatch.setenv("GW_KEY", "sk-test")
    cfg = load_config(good)
    assert cfg.upstreams[0].root() == "http://127.0.0.1:9" and cfg.upstreams[0].key() == "sk-test"
    bad = tmp_path / "bad.yaml"
    bad.write_text("upstreams:\n  - {name: a, base_url: 'http://x', timeuot: 5}\n")
    with pytest.raises(ConsentryError, match=r"upstreams\.0\.timeuot: Extra inputs"):
        load_config(bad)
    monkeypatch.delenv("GW_KEY")
    with pytest.raises(ConsentryError, match="GW_KEY is not set"):
        Router.from_config(cfg)
    monkeypatch.setenv("GW_KEY", "sk-test\r\nX-Injected: 1")  # it would be a second header
    with pytest.raises(ConsentryError, match="line break"):
        Router.from_config(cfg)
