"""Marked answers keep their meaning where a machine reads it, and the test finds the right key
and no other. Texts are built from rules (every pair of the table, code, JSON, numbers), not
copied cases."""

from __future__ import annotations

import ast
import json
import random
import re

import pytest

from consentry.mark import check, mark, observe, score
from consentry.mark.variants import PAIRS

KEY = b"campaign-key-under-test"


def _prose(rng: random.Random, sentences: int) -> str:
    """Sentences that use forms of random pairs between ordinary words."""
    fillers = [
        "the",
        "model",
        "then",
        "returns",
        "a",
        "value",
        "when",
        "we",
        "call",
        "it",
        "on",
        "each",
        "input",
        "row",
    ]
    out = []
    for _ in range(sentences):
        pair = rng.choice(PAIRS)
        form = rng.choice((pair.a, pair.b))
        words = rng.sample(fillers, 4)
        out.append(f"{words[0].capitalize()} {words[1]} {form} {words[2]} {words[3]}.")
    return " ".join(out)


def test_every_pair_is_marked_both_ways():
    """Each form is found and set to the key's side: across many keys both sides appear."""
    for pair in PAIRS:
        text = f"Then {pair.a} works here, and then {pair.b} works there."
        seen = {mark(text, f"k{i}".encode()) for i in range(12)}
        assert len(seen) > 1, pair.name


def test_marking_is_stable_under_its_own_key():
    rng = random.Random(3)
    text = _prose(rng, 200)
    once = mark(text, KEY)
    assert mark(once, KEY) == once


@pytest.mark.parametrize("seed", range(5))
def test_code_json_quotes_and_numbers_are_untouched(seed):
    rng = random.Random(seed)
    code = "def summarize(color, behavior):\n    # do not optimize: it is fine\n    return color + behavior * 2\n"
    payload = {"color": "gray center", "note": "it is not organized", "n": 1234.5}
    answer = (
        _prose(rng, 20)
        + f"\n\n```python\n{code}```\n\nIt is `organize(x)` that you call. "
        + 'He said "it is not the color" and left. '
        + _prose(rng, 20)
        + f"\n\n```json\n{json.dumps(payload)}\n```\n\nThe total is 1,234.50 and 3.14 for example."
    )
    marked = mark(answer, KEY)
    blocks = re.findall(r"```(\w+)\n(.*?)```", marked, re.S)
    assert ast.dump(ast.parse(blocks[0][1])) == ast.dump(ast.parse(code))
    assert json.loads(blocks[1][1]) == payload
    assert "`organize(x)`" in marked and '"it is not the color"' in marked
    assert re.findall(r"\d[\d.,]*", marked) == re.findall(r"\d[\d.,]*", answer)


def test_a_whole_json_answer_is_never_marked():
    answer = json.dumps({"summary": "It is not organized; for example the color is off."})
    assert mark(answer, KEY) == answer


def test_capitals_and_apostrophes_follow_the_text():
    rng = random.Random(1)
    for _ in range(50):
        key = rng.randbytes(8)
        out = mark("It is here. IT IS LOUD. Don\u2019t worry.", key)
        assert out.split()[0][0].isupper()
        assert "'" not in out  # the text's own (typographic) apostrophe is kept


def test_right_key_found_wrong_keys_look_like_chance():
    rng = random.Random(7)
    texts = [mark(_prose(rng, 40), KEY) for _ in range(30)]
    right = score(texts, KEY, "right")
    assert right.scored >= 50 and right.p_value < 1e-9
    obs, words = observe(texts)
    wrong = [check(obs, words, f"wrong-{i}".encode()).p_value for i in range(300)]
    # under the null each p-value is (super-)uniform: few below 0.01, about half below 0.5
    assert sum(p < 0.01 for p in wrong) <= 9
    assert 0.3 < sum(p < 0.5 for p in wrong) / len(wrong) < 0.7


def test_unmarked_text_is_not_attributed():
    rng = random.Random(11)
    texts = [_prose(rng, 40) for _ in range(30)]
    assert score(texts, KEY).p_value > 1e-3
