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


def _bank_item(i: int) -> str:
    """One item of a public prompt bank: words no other item uses."""
    return " ".join(f"item{i}word{j}" for j in range(14))


def _owned_sample() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Three kinds of accounts, each sending a grading frame around its questions:
    - an operation's five accounts on one organisation, splitting one bank (each its own
      stretch, nothing sent twice), and three more billed on one card doing the same;
    - a grading product's five seats, each grading many answers to its organisation's three
      fixed questions;
    - eight unrelated people, each on its own card, writing their own text."""
    frame = "score this answer from zero to ten and explain the grade: "
    rows, owners = [], []
    item = 0
    for k in range(8):
        acc = f"op{k}"
        for _ in range(6):
            rows.append((acc, frame + _bank_item(item)))
            item += 1
        owners.append((acc, "shell" if k < 5 else None, "shared-card" if k >= 5 else f"c{acc}"))
    fixed = [_bank_item(1000 + j) for j in range(3)]
    for k in range(5):
        acc = f"seat{k}"
        for j in range(6):
            answer = " ".join(f"student{k}x{j}y{w}" for w in range(3))
            rows.append((acc, frame + fixed[(k + j) % 3] + " " + answer))
        owners.append((acc, "grader", f"c{acc}"))
    for k in range(8):
        acc = f"person{k}"
        rows += [(acc, " ".join(f"own{k}n{j}w{w}" for w in range(12))) for j in range(4)]
        owners.append((acc, None, f"c{acc}"))
    sample = pd.DataFrame(rows, columns=["account_id", "m"])
    own = pd.DataFrame(owners, columns=["account_id", "org_id", "payment_fingerprint"])
    return sample, own.set_index("account_id")


def test_owner_overlap_tells_a_split_bank_from_a_fixed_task_product() -> None:
    """Accounts of one owner that each walk their own stretch of one bank never overlap; a
    product's seats repeat its few tasks; accounts that share no owner have no figure."""
    sample, owners = _owned_sample()
    index = pd.Index(sorted(set(sample.account_id)))
    per = analyse(sample, index, owners=owners).per_account
    ops = per.loc[[f"op{k}" for k in range(8)], "owner_overlap"]
    seats = per.loc[[f"seat{k}" for k in range(5)], "owner_overlap"]
    people = per.loc[[f"person{k}" for k in range(8)], "owner_overlap"]
    assert ops.notna().all() and ops.max() < 0.2
    assert seats.min() > 0.8
    assert people.isna().all()
    # the same sample without owners: no figure for anyone, the other figures unchanged
    plain = analyse(sample, index).per_account
    assert plain.owner_overlap.isna().all()
    cols = ["shared_prompt_share", "self_repeat_share", "shared_prompt_rare"]
    pd.testing.assert_frame_equal(plain[cols], per[cols])


def test_owner_overlap_does_not_depend_on_row_order() -> None:
    """Engines hand the sample over in any order: the figure is a set property."""
    sample, owners = _owned_sample()
    index = pd.Index(sorted(set(sample.account_id)))
    a = analyse(sample, index, owners=owners).per_account.sort_index()
    b = analyse(sample.sample(frac=1.0, random_state=3), index, owners=owners).per_account
    pd.testing.assert_series_equal(a.owner_overlap, b.sort_index().owner_overlap)
