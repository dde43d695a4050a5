"""The traffic has the traits the detector must cope with: hard negatives that look like
campaigns, campaigns whose artefacts look like everyone else's, and the release-day story."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from consentry_sim import simulate
from consentry_sim.clients import RELEASE

RELEASE_SQL = f"timestamp '{RELEASE:%Y-%m-%d %H:%M:%S}+00'"


def _con(root: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.sql(f"create view e as select * from read_parquet('{root}/exchanges/*.parquet')")
    con.sql(f"create view l as select * from read_parquet('{root}/labels.parquet')")
    con.sql(f"create view a as select * from read_parquet('{root}/accounts.parquet')")
    con.sql("create view el as select e.*, l.label from e join l using (account_id)")
    return con


def _one(con: duckdb.DuckDBPyConnection, sql: str) -> object:
    return con.sql(sql).fetchall()[0][0]


@pytest.fixture(scope="module")
def con(tiny: Path) -> duckdb.DuckDBPyConnection:
    return _con(tiny)


def test_ids_and_clients_have_one_format_for_everyone(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.sql(
        "select label, account_id, exchange_id, api_key_id, conversation_id from el"
    ).fetchall()
    for label, acc, ex, key, conv in rows:
        assert re.fullmatch(r"acct_[0-9A-Za-z]{20}", acc), label
        assert re.fullmatch(r"ex_[0-9A-Za-z]{24}", ex), label
        assert key is None or re.fullmatch(r"key_[0-9A-Za-z]{24}", key), label
        assert conv is None or re.fullmatch(r"conv_[0-9A-Za-z]{22}", conv), label
    models = dict(
        con.sql("select label like 'attack:%', list(distinct model) from el group by 1").fetchall()
    )
    assert set(models[True]) <= set(models[False])


def test_university_crowd_shares_two_campus_addresses(con: duckdb.DuckDBPyConnection) -> None:
    busiest = con.sql("""select ip, count(distinct account_id) k from el
                         where label = 'hn:university' group by 1 order by 2 desc limit 2""")
    counts = [k for _, k in busiest.fetchall()]
    assert min(counts) >= 50  # tiny scale has 120 students


def test_eval_lab_and_consumers_move_to_the_new_model_on_release_day(
    con: duckdb.DuckDBPyConnection,
) -> None:
    first = dict(
        con.sql(f"""select label, min(epoch(ts) - epoch({RELEASE_SQL})) / 3600
                             from el where model = 'nimbus-4.5' group by 1""").fetchall()
    )
    assert 0 <= first["hn:eval_lab"] < 6
    assert 0 <= first["benign"] < 6
    assert 0 <= first["attack:hydra"] < 24
    before = _one(con, f"select count(*) from e where model = 'nimbus-4.5' and ts < {RELEASE_SQL}")
    assert before == 0


def test_hydra_hides_among_the_resellers_real_customers(con: duckdb.DuckDBPyConnection) -> None:
    shared_ips = _one(
        con,
        """select count(*) from (
        select ip from el group by ip
        having count(distinct label) filter (where label in ('attack:hydra', 'hn:reseller'))
               = 2)""",
    )
    assert shared_ips > 0
    shared_cards = _one(
        con,
        """select count(*) from (
        select payment_fingerprint from a join l using (account_id)
        where payment_fingerprint is not null group by 1
        having count(distinct label) filter (where label in ('attack:hydra', 'hn:reseller'))
               = 2)""",
    )
    assert shared_cards > 0


def test_hydra_accounts_stay_under_what_power_users_send(con: duckdb.DuckDBPyConnection) -> None:
    per_day = dict(
        con.sql("""
        with d as (select label, account_id, date_trunc('day', ts) d, count(*) n from el
                   group by all)
        select label, max(n) from d group by 1""").fetchall()
    )
    assert per_day["attack:hydra"] < per_day["benign"]


def test_restricted_regions_through_campaign_leaks_and_residents(
    con: duckdb.DuckDBPyConnection,
) -> None:
    """Campaign operators leak from restricted regions; so do the legitimate residents,
    travellers and VPN users of hn:restricted_region, several behind one home network."""
    by_label = dict(
        con.sql("""select label, count(*) filter (where country in ('CN', 'RU', 'IR'))
                               from el group by 1""").fetchall()
    )
    legit = {"hn:restricted_region"}
    assert all(
        v == 0 for k, v in by_label.items() if not k.startswith("attack:") and k not in legit
    )
    assert by_label["hn:restricted_region"] > 0
    shared = _one(
        con,
        """select max(k) from (select ip, count(distinct account_id) k from el
                          where label = 'hn:restricted_region' and country in ('CN', 'RU', 'IR')
                          group by ip)""",
    )
    assert shared >= 2
    declared = _one(con, "select count(*) from a where declared_country in ('CN', 'RU', 'IR')")
    assert declared == 0


def test_benign_users_are_heavy_tailed_and_products_are_heavy(
    con: duckdb.DuckDBPyConnection,
) -> None:
    q = con.sql("""with n as (select account_id, count(*) n from el where label = 'benign'
                              group by 1)
                   select median(n), max(n) from n""").fetchall()[0]
    assert q[1] > 20 * q[0]


def test_campaign_prompts_elicit_reasoning(con: duckdb.DuckDBPyConnection) -> None:
    share = _one(
        con,
        """select avg((prompt ilike '%reason%' or prompt ilike '%step%'
                                    or prompt ilike '%chain of thought%')::int)
                         from el where label = 'attack:reasoning'""",
    )
    assert share > 0.9


def test_full_evasion_gives_each_account_its_own_card_and_address(tmp_path: Path) -> None:
    out = tmp_path / "evasive"
    simulate(out, scale="tiny", seed=5, evasion="full", responses=False)
    con = _con(out)
    cards = con.sql("""select count(*), count(distinct payment_fingerprint) from a join l
                       using (account_id) where label = 'attack:reasoning'""").fetchall()[0]
    assert cards[0] == cards[1]
    fixed = _one(
        con,
        """select count(*) from el where label = 'attack:reasoning'
                         and prompt like 'Solve the following problem. Before giving%'""",
    )
    assert fixed == 0
