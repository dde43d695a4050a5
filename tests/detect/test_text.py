"""Template masking on DuckDB: what changes between fillings of a template is masked."""

from __future__ import annotations

import ibis
import pandas as pd
import pytest

from consentry.detect import text
from consentry.detect.backends import get_backend


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


@pytest.mark.spark
def test_both_engines_mask_text_with_accented_letters_alike() -> None:
    """Real traffic is multilingual: RE2 and Java disagree on word boundaries next to accented
    letters, and the mask must not depend on the engine."""
    prompts = [
        "Giải thích cách bạn đi đến lời giải. Phân tích câu hỏi: 12 quả táo",
        "Erkläre Schritt für Schritt, warum Überlegung hilft; Löse Aufgabe 3",
        "Réfléchis à voix haute : Décris chaque étape pour Émile",
        "Summarise The Hobbit for Alice and McDonald in 2 lines",
    ]
    got = []
    for name in ("duckdb", "spark"):
        con = get_backend(name).connect()
        t = ibis.memtable(pd.DataFrame({"p": prompts}))
        got.append(con.to_pandas(t.select(m=text.mask(t.p))).m.tolist())
    assert got[0] == got[1]
    assert "alice" not in got[0][3] and "_ải" in got[0][0]
