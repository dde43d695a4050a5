"""Cross-account prompt similarity: near-duplicate openings meet across accounts, unrelated
ones do not, and an account repeating itself is told apart from one sharing with others."""

from __future__ import annotations

import pandas as pd

from consentry.detect.similarity import analyse, minhash

WRAP = "please answer the following question thoroughly and completely: "
QUESTIONS = [
    "what is the boiling point of water at altitude _",
    "how do i sort a list of tuples by the second element",
    "write a short poem about the sea at night",
    "explain the difference between a stack and a queue",
]


def test_minhash_is_close_for_near_duplicates_and_far_for_unrelated() -> None:
    sig = minhash(
        pd.Series(
            [
                WRAP + QUESTIONS[0],
                WRAP + QUESTIONS[0] + " please",
                "my cat keeps scratching the sofa, what can i do about it",
            ]
        )
    )
    same = (sig[0] == sig[1]).mean()
    other = (sig[0] == sig[2]).mean()
    assert same >= 0.6 and other <= 0.1


def test_shared_structure_across_accounts_versus_own_repetition() -> None:
    rows = []
    for k in range(5):  # five pipeline accounts send the same wrapped questions
        rows += [(f"bot{k}", WRAP + q) for q in QUESTIONS]
    rows += [("loner", "remind me to water the plants " + str(i)) for i in range(4)]
    rows += [
        ("person", "what should i cook tonight with leeks and potatoes"),
        ("person", "is it going to rain in lisbon this weekend"),
    ]
    sample = pd.DataFrame(rows, columns=["account_id", "m"])
    index = pd.Index(sorted(set(sample.account_id)))
    r = analyse(sample, index)
    per = r.per_account
    assert (per.loc[[f"bot{k}" for k in range(5)], "shared_prompt_share"] == 1.0).all()
    assert per.loc["person", "shared_prompt_share"] == 0.0
    assert per.loc["loner", "self_repeat_share"] > 0.5
    assert per.loc["loner", "shared_prompt_share"] == 0.0
    assert set(index[r.buckets.a]) == {f"bot{k}" for k in range(5)}


def test_empty_sample_gives_empty_results() -> None:
    r = analyse(pd.DataFrame(columns=["account_id", "m"]), pd.Index([]))
    assert r.per_account.empty and r.buckets.empty


def test_a_public_prompt_weighs_less_than_a_rare_shared_one() -> None:
    """A prompt two thousand unrelated accounts send (a public template) is shared, but says
    little; five accounts sending one wrapper say much: shared_prompt_rare tells them apart
    where shared_prompt_share does not."""
    public = "summarise the following article in three bullet points for a busy reader"
    rows = []
    for k in range(2000):  # the public prompt, and each person's own question
        own = " ".join(f"w{k}x{j}" for j in range(8))  # words nobody else uses
        rows += [(f"p{k:04d}", public), (f"p{k:04d}", own)]
    for k in range(5):
        rows += [(f"bot{k}", WRAP + q) for q in QUESTIONS[:2]]
    sample = pd.DataFrame(rows, columns=["account_id", "m"])
    per = analyse(sample, pd.Index(sorted(set(sample.account_id)))).per_account
    people = per.loc[per.index.str.startswith("p")]
    bots = per.loc[[f"bot{k}" for k in range(5)]]
    assert people.shared_prompt_share.median() > 0  # shared, as a public prompt is ...
    assert people.shared_prompt_accounts.median() > bots.shared_prompt_accounts.max()
    # ... but weighed by how few send it, the wrapper stands out and the public prompt fades
    assert bots.shared_prompt_rare.min() > 0.5 > 0.1 > people.shared_prompt_rare.max()
