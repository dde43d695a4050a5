"""Template masking on DuckDB: what changes between fillings of a template is masked."""

from __future__ import annotations

import ibis

from consentry.detect import text


def test_template_masks_numbers_names_quotes_and_urls() -> None:
    prompts = [
        'Summarise "The Hobbit" for Alice, see https://a.example/x?1 and call get_data() 3 times.',
        'Summarise "War and Peace" for Bob, see https://b.example/y and call load_rows() 12 times.',
    ]
    t = ibis.memtable({"p": prompts})
    con = ibis.duckdb.connect()
    keys = con.to_pandas(t.select(k=text.head_template(t.p), j=text.tail_template(t.p)))
    assert keys.k[0] == keys.k[1] and keys.j[0] == keys.j[1]
    assert "hobbit" not in keys.k[0].lower() and "alice" not in keys.k[0].lower()
