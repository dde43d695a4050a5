"""The small parts: tokens, the user-facing wording for every reason, and the SVG drawings."""

from __future__ import annotations

import re

import pytest

from consentry.policy import Reason, load_policy, preset_names
from consentry.web import svg, tokens, wording

KEY = b"0123456789abcdef0123456789abcdef"


def test_tokens_round_trip_and_refuse_everything_else() -> None:
    t = tokens.issue(KEY, "acct-1", tokens.LINK, 60, now=1_000)
    assert tokens.verify(KEY, t, tokens.LINK, now=1_030).subject == "acct-1"
    with pytest.raises(tokens.TokenError, match="expired"):
        tokens.verify(KEY, t, tokens.LINK, now=1_061)
    with pytest.raises(tokens.TokenError):
        tokens.verify(KEY, t, tokens.SESSION, now=1_030)
    with pytest.raises(tokens.TokenError):
        tokens.verify(KEY[::-1], t, tokens.LINK, now=1_030)
    payload, sig = t.split(".")
    with pytest.raises(tokens.TokenError):
        tokens.verify(
            KEY,
            payload + "." + sig[:-2] + ("AA" if sig[-2:] != "AA" else "BB"),
            tokens.LINK,
            now=1_030,
        )
    with pytest.raises(tokens.TokenError):
        tokens.verify(KEY, "x" * 2000, tokens.LINK)
    assert tokens.issue(KEY, "a", tokens.LINK, 60) != tokens.issue(KEY, "a", tokens.LINK, 60)


def test_csrf_tokens_are_bound_to_their_session() -> None:
    a, b = (tokens.issue(KEY, s, tokens.SESSION, 60) for s in ("a", "b"))
    assert tokens.csrf_ok(KEY, a, tokens.csrf_token(KEY, a))
    assert not tokens.csrf_ok(KEY, a, tokens.csrf_token(KEY, b))
    assert not tokens.csrf_ok(KEY, a, None)


def test_every_reason_has_words_for_the_user() -> None:
    assert set(Reason.all()) <= set(wording.FOR_YOU)


@pytest.mark.parametrize("name", preset_names())
def test_choice_effects_follow_the_policy(name: str) -> None:
    p = load_policy(name)
    effects = wording.choice_effects(p, "free")
    assert wording.duration(p.retention.allowed) in effects["retention"]
    assert ("including what you wrote" in effects["allow"]) == (
        p.scope.resumed == "whole_conversation"
    )


def test_stacked_bars_draw_each_value_with_a_legend_that_fits() -> None:
    out = str(
        svg.stacked_bars(
            "t", ["2026-01", "2026-02"], {"allow · explicit": [3, 0], "deny · default": [1, 5]}
        )
    )
    assert out.count("<rect") >= 3 + 2  # three non-zero bars, two legend keys
    assert "2026-02, deny · default: 5" in out
    xs = [float(x) for x in re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="10"', out)]
    assert all(x < 720 for x in xs)


def test_the_campaign_graph_draws_accounts_things_and_links() -> None:
    out = str(
        svg.bipartite(
            "g", [("a1", False), ("a2", True)], [("address", "198.51.100.7")], [(0, 0), (1, 0)]
        )
    )
    assert out.count("<circle") == 3  # two accounts and the legend's key
    assert out.count("<line") == 2 and "a2 (blocked)" in out and "198.51.100.7" in out
