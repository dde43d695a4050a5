"""Random stores for property tests: accounts, consent histories, conversations, exchanges
captured under a policy, and the operations that happen after (erasures, withdrawals,
blocks, resumed conversations). Also the oracle: the pure policy evaluator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st
from sqlalchemy import Connection, delete, select

from consentry.policy import Account, Conversation, ExchangeFlags, Policy, evaluate
from consentry.store.accounts import upsert_accounts
from consentry.store.blocks import Block, block
from consentry.store.consents import consent_history, record_consent, record_consents
from consentry.store.countermeasures import set_rung
from consentry.store.exchanges import capture_exchange
from consentry.store.schema import (
    account_blocks,
    accounts,
    audit_log,
    consent_events,
    conversations,
    countermeasures,
    dataset_records,
    dataset_removals,
    datasets,
    exchanges,
    legal_holds,
    mark_keys,
    policies,
    pseudonym_keys,
)

NOW = datetime.now(timezone.utc).replace(microsecond=0)
BASE = NOW - timedelta(days=20)
TIERS = ("free", "pro", "team", "api")
BASES = ("explicit", "preset_accepted", "deemed", "default")

ALL_TABLES = (
    countermeasures,
    mark_keys,
    dataset_removals,
    dataset_records,
    datasets,
    pseudonym_keys,
    audit_log,
    account_blocks,
    legal_holds,
    exchanges,
    conversations,
    consent_events,
    policies,
    accounts,
)


def wipe(conn: Connection) -> None:
    for t in ALL_TABLES:
        conn.execute(delete(t))


@dataclass(frozen=True)
class Spec:
    tiers: tuple[str, ...]
    events: tuple[tuple[int, int, str, str], ...]  # (account, hour, choice, basis)
    exchanges: tuple[
        tuple[int, int, int, bool, bool], ...
    ]  # (account, conv, hour, incognito, safety)
    texts: tuple[str, ...]


@st.composite
def specs(draw: st.DrawFn, max_accounts: int = 4, max_exchanges: int = 14) -> Spec:
    n = draw(st.integers(1, max_accounts))
    tiers = tuple(draw(st.sampled_from(TIERS)) for _ in range(n))
    events = tuple(
        draw(
            st.lists(
                st.tuples(
                    st.integers(0, n - 1),
                    st.integers(0, 400),
                    st.sampled_from(("allow", "deny")),
                    st.sampled_from(BASES),
                ),
                max_size=8,
            )
        )
    )
    exs = tuple(
        draw(
            st.lists(
                st.tuples(
                    st.integers(0, n - 1),
                    st.integers(0, 2),
                    st.integers(0, 400),
                    st.integers(0, 5).map(lambda x: x == 0),
                    st.integers(0, 9).map(lambda x: x == 0),
                ),
                min_size=1,
                max_size=max_exchanges,
            )
        )
    )
    words = st.sampled_from(
        (
            "alpha",
            "beta",
            "gamma",
            "delta",
            "mail bob@fastmail.com",
            "call 020 7946 0958",
            "card 4539 1488 0343 6467",
            "ip 192.168.10.20",
            "plain words here",
        )
    )
    texts = tuple(
        " ".join(draw(st.lists(words, min_size=1, max_size=6))) + f" #{i}" for i in range(len(exs))
    )
    return Spec(tiers, events, exs, texts)


def hour(h: int) -> datetime:
    return BASE + timedelta(hours=h)


def load(conn: Connection, policy: Policy, spec: Spec) -> None:
    """Accounts, then consent events, then exchanges captured under the policy (in time order)."""
    upsert_accounts(
        conn,
        [
            {
                "account_id": f"a{i}",
                "created_at": BASE - timedelta(days=30),
                "tier": t,
                "signup_channel": "web",
                "payment_fingerprint": None,
                "email_domain": None,
                "declared_country": None,
                "org_id": None,
            }
            for i, t in enumerate(spec.tiers)
        ],
    )
    record_consents(
        conn,
        [
            {"account_id": f"a{a}", "ts": hour(h), "choice": c, "basis": b, "source": "settings"}
            for a, h, c, b in spec.events
        ],
    )
    order = sorted(range(len(spec.exchanges)), key=lambda i: spec.exchanges[i][2])
    for i in order:
        a, conv, h, inc, safety = spec.exchanges[i]
        capture_exchange(
            conn,
            policy,
            {
                "exchange_id": f"x{i}",
                "ts": hour(h),
                "account_id": f"a{a}",
                "conversation_id": f"c{a}-{conv}",
                "surface": "web",
                "model": "m1" if i % 3 else "m2",
                "ip": "10.0.0.1",
                "prompt": spec.texts[i],
                "system_prompt": "be brief" if i % 4 == 0 else None,
                "response": f"answer {i}: " + spec.texts[i][::-1],
                "input_tokens": 3,
                "output_tokens": 3,
                "tool_count": 0,
                "has_image": False,
                "status": 200,
                "incognito": inc,
                "safety_flagged": safety,
            },
        )


# Operations after capture: (kind, account, arg)
OPS = st.lists(
    st.tuples(
        st.sampled_from(
            (
                "erase_account",
                "erase_conversation",
                "withdraw",
                "allow",
                "block",
                "resume",
                "countermeasure",
            )
        ),
        st.integers(0, 3),
        st.integers(0, 2),
    ),
    max_size=4,
)


def apply_op(
    conn: Connection, policy: Policy, op: tuple[str, int, int], spec: Spec, step: int
) -> None:
    from consentry.rights.erase import erase_account, erase_conversation

    kind, a, conv = op
    acc = f"a{a % len(spec.tiers)}"
    cid = f"{acc.replace('a', 'c')}-{conv}"
    if kind == "erase_account":
        erase_account(conn, acc)
    elif kind == "erase_conversation":
        if conn.execute(
            select(conversations.c.conversation_id).where(conversations.c.conversation_id == cid)
        ).first():
            erase_conversation(conn, cid)
    elif kind in ("withdraw", "allow"):
        record_consent(
            conn,
            acc,
            "deny" if kind == "withdraw" else "allow",
            "explicit",
            at=NOW - timedelta(minutes=30 - step),
        )
    elif kind == "block":
        block(conn, [Block(acc, "test")])
    elif kind == "countermeasure":  # a ladder rung: watch keeps training, the others do not
        set_rung(conn, acc, ("watch", "throttle", "degrade", "mark")[conv % 4], "test")
    elif kind == "resume":  # a new turn in an old conversation, after any permission so far
        capture_exchange(
            conn,
            policy,
            {
                "exchange_id": f"r{step}-{acc}-{conv}",
                "ts": NOW - timedelta(minutes=20 - step),
                "account_id": acc,
                "conversation_id": cid,
                "surface": "web",
                "model": "m1",
                "ip": "10.0.0.1",
                "prompt": f"resumed turn {step} in {cid}",
                "system_prompt": None,
                "response": f"ok {step}",
                "input_tokens": 1,
                "output_tokens": 1,
                "tool_count": 0,
                "has_image": False,
                "status": 200,
            },
        )


def oracle(conn: Connection, policy: Policy, at: datetime, explicit_only: bool = False) -> set[str]:
    """Exchange ids eligible at `at` by the pure evaluator plus the store's facts."""
    blocked = set(
        conn.execute(
            select(account_blocks.c.account_id).where(account_blocks.c.lifted_at.is_(None))
        ).scalars()
    )
    blocked |= {
        a
        for a, rung in conn.execute(select(countermeasures.c.account_id, countermeasures.c.rung))
        if rung in ("throttle", "degrade", "mark")  # docs/countermeasures.md
    }
    tiers = {r[0]: r[1] for r in conn.execute(select(accounts.c.account_id, accounts.c.tier))}
    convs = {r.conversation_id: r for r in conn.execute(select(conversations))}
    out = set()
    for ex in conn.execute(select(exchanges)):
        conv = convs.get(ex.conversation_id)
        c = (
            Conversation(conv.last_activity_at, conv.deleted_at, conv.incognito)
            if conv
            else Conversation()
        )
        d = evaluate(
            policy,
            Account(ex.account_id, ex.tier or tiers[ex.account_id]),
            consent_history(conn, ex.account_id),
            ex.ts,
            conversation=c,
            flags=ExchangeFlags(ex.incognito, ex.safety_flagged, ex.feedback),
            as_of=at,
            explicit_only=explicit_only,
        )
        late_allow = d.choice == "allow" and d.choice_at is not None and d.choice_at > ex.ts
        if (
            d.eligible
            and (ex.eligible or late_allow)
            and ex.erased_at is None
            and (ex.retain_until is None or ex.retain_until > at)
            and ex.account_id not in blocked
            and ex.prompt
            and ex.response
        ):
            out.add(ex.exchange_id)
    return out
