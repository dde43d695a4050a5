"""PII hold-out 9's written file: exact offsets, planted values valid by their public rules, twins
failing them, determinism. The rules are coded again here, not imported from the generator, so a
slip in the generator's own checks cannot hide itself.
"""

from __future__ import annotations

import ast
import datetime as dt
import ipaddress
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout9"
N = 300
SPAN_KINDS = {
    "PERSON",
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "NATIONAL_ID",
    "IBAN",
    "CARD",
    "IP_ADDRESS",
    "SECRET",
}


def _make(out: Path, n: int = N, seed: int = 9) -> subprocess.CompletedProcess[str]:
    cmd = [
        sys.executable,
        str(HERE / "make.py"),
        "--out",
        str(out),
        "--n",
        str(n),
        "--seed",
        str(seed),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("h9") / "h9.jsonl"
    assert _make(out).returncode == 0
    return out, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


# ---------------------------------------------------------------- rules, written from public descriptions


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _luhn(d: str) -> bool:
    s = sum(
        int(c) if i % 2 == 0 else (int(c) * 2 - 9 if int(c) > 4 else int(c) * 2)
        for i, c in enumerate(reversed(d))
    )
    return s % 10 == 0


def _iban(s: str) -> bool:
    s = s.replace(" ", "")
    lengths = {"HU": 28, "EE": 20, "LT": 20, "HR": 21}
    if lengths.get(s[:2]) != len(s):
        return False
    n = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(n) % 97 == 1


def _card(s: str) -> bool:
    d = _digits(s)
    brand = re.fullmatch(
        r"4\d{15}|5[1-5]\d{14}|(222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)\d{12}|3[47]\d{13}|62\d{14}|35(2[89]|[3-8]\d)\d{12}",
        d,
    )
    return brand is not None and _luhn(d)


def _real_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _id_date(country: str, value: str) -> dt.date | None:
    """The birth date a national id encodes, where the scheme encodes one."""
    d = _digits(value)
    if country in ("EE", "LT"):
        return dt.date((1900 if d[0] in "34" else 2000) + int(d[1:3]), int(d[3:5]), int(d[5:7]))
    if country == "HU" and len(d) == 10:
        return dt.date(1867, 1, 1) + dt.timedelta(days=int(d[1:6]))
    if country in ("ZA", "MY"):
        yy = int(d[:2])
        return dt.date(2000 + yy if yy <= 26 else 1900 + yy, int(d[2:4]), int(d[4:6]))
    return None


def _national_id(country: str, value: str) -> bool:
    d = _digits(value)
    if not d.isdigit():
        return False
    if country == "HU":
        if len(d) == 9:  # TAJ: odd positions x3, even x7
            return sum(int(c) * (3, 7)[i % 2] for i, c in enumerate(d[:8])) % 10 == int(d[8])
        # adoazonosito jel: 8, days since 1867-01-01, serial, sum(d_i * i) mod 11
        return (
            len(d) == 10
            and d[0] == "8"
            and sum(int(c) * (i + 1) for i, c in enumerate(d[:9])) % 11 == int(d[9])
        )
    if country == "ZA":
        return (
            len(d) == 13
            and d[10] in "01"
            and _luhn(d)
            and _real_date(1900 + int(d[:2]), int(d[2:4]), int(d[4:6]))
        )
    if country in ("EE", "LT"):
        if len(d) != 11 or d[0] not in "3456":
            return False
        r = (
            sum(int(c) * w for c, w in zip(d[:10], (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True))
            % 11
        )
        if r == 10:
            r = (
                sum(int(c) * w for c, w in zip(d[:10], (3, 4, 5, 6, 7, 8, 9, 1, 2, 3), strict=True))
                % 11
                % 10
            )
        return r == int(d[10]) and _real_date(1900 + int(d[1:3]), int(d[3:5]), int(d[5:7]))
    if country == "HR":  # ISO 7064 MOD 11,10
        a = 10
        for c in d[:10]:
            a = (a + int(c)) % 10 or 10
            a = a * 2 % 11
        return len(d) == 11 and (11 - a) % 10 == int(d[10])
    if country == "MY":
        return (
            len(d) == 12 and 1 <= int(d[6:8]) <= 16 and _real_date(1960, int(d[2:4]), int(d[4:6]))
        )
    if country == "VN":  # province, century-and-sex digit, year, serial
        return (
            len(d) == 12
            and d[:3] in {"001", "031", "036", "038", "040", "046", "048", "075", "079", "092"}
            and d[3] in "0123"
        )
    raise AssertionError(country)


PLANS = {  # calling code, trunk prefix, national significant number of a personal line
    "HU": ("36", "06", r"(20|30|31|50|70)\d{7}|1\d{7}|\d\d\d{6}"),
    "VN": ("84", "0", r"(3\d|7\d|8\d|9\d)\d{7}|2[48]\d{8}"),
    "MY": ("60", "0", r"1[0-9]\d{7}|11\d{8}|[3-7]\d{7,8}"),
    "ZA": ("27", "0", r"[1-8]\d{8}"),
    "EE": ("372", "", r"5\d{6,7}|[67]\d{6}"),
    "LT": ("370", "8", r"[3-6]\d{7}"),
    "HR": ("385", "0", r"9\d{7,8}|1\d{6,7}|[2-5]\d{7}"),
}
HOTLINE_NSN = r"80\d+|800\d*|86\d+|1[38]00\d+|1\d{3}"


def _phone(country: str, value: str) -> bool:
    cc, trunk, plan = PLANS[country]
    if not re.fullmatch(r"[\d +()./-]+", value):
        return False
    d = re.sub(r"[^\d+]", "", value.replace("(0)", ""))
    for prefix in ("+" + cc, "00" + cc):
        if d.startswith(prefix):
            return re.fullmatch(plan, d[len(prefix) :]) is not None
    if trunk:
        return d.startswith(trunk) and re.fullmatch(plan, d[len(trunk) :]) is not None
    return re.fullmatch(plan, d) is not None and re.fullmatch(HOTLINE_NSN, d) is None


# ---------------------------------------------------------------- tests


def test_records_have_the_format(corpus: tuple[Path, list[dict]]) -> None:
    _, recs = corpus
    assert len(recs) == N
    assert len({r["id"] for r in recs}) == N
    for r in recs:
        assert set(r) == {"id", "lang", "country", "layout", "text", "spans", "lookalikes"}
        for m in r["spans"] + r["lookalikes"]:
            assert set(m) == {"kind", "start", "end"}
        assert {m["kind"] for m in r["spans"]} <= SPAN_KINDS
        assert not {m["kind"] for m in r["lookalikes"]} & SPAN_KINDS


def test_offsets_are_exact_and_marks_do_not_overlap(corpus: tuple[Path, list[dict]]) -> None:
    _, recs = corpus
    for r in recs:
        marks = sorted(r["spans"] + r["lookalikes"], key=lambda m: m["start"])
        end = 0
        for m in marks:
            value = r["text"][m["start"] : m["end"]]
            assert value and value == value.strip(), (r["id"], m)
            assert m["start"] >= end, (r["id"], m)
            end = m["end"]


def _values(recs: list[dict], kind: str, key: str = "spans") -> list[tuple[str, str, dict]]:
    return [
        (r["country"], r["text"][m["start"] : m["end"]], r)
        for r in recs
        for m in r[key]
        if m["kind"] == kind
    ]


def test_planted_values_pass_their_rules(corpus: tuple[Path, list[dict]]) -> None:
    _, recs = corpus
    for _, v, _ in _values(recs, "CARD"):
        assert _card(v), v
    for _, v, _ in _values(recs, "IBAN"):
        assert _iban(v), v
    for c, v, _ in _values(recs, "NATIONAL_ID"):
        assert _national_id(c, v), (c, v)
    for c, v, _ in _values(recs, "PHONE"):
        assert _phone(c, v), (c, v)
    for _, v, _ in _values(recs, "EMAIL"):
        assert re.fullmatch(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+", v), v
    for _, v, _ in _values(recs, "IP_ADDRESS"):
        assert ipaddress.ip_address(v).is_global, v


def test_birth_date_inside_an_id_is_the_persons(corpus: tuple[Path, list[dict]]) -> None:
    """Where an id encodes a birth date, the record states a date of birth in that year."""
    _, recs = corpus
    checked = 0
    for c, v, r in _values(recs, "NATIONAL_ID"):
        born = _id_date(c, v)
        if born is None:
            continue
        dobs = [
            r["text"][m["start"] : m["end"]] for m in r["spans"] if m["kind"] == "DATE_OF_BIRTH"
        ]
        if dobs:
            assert any(str(born.year) in d for d in dobs), (r["id"], v, dobs)
            checked += 1
    assert checked >= 50


def test_twins_fail_the_rule_they_imitate(corpus: tuple[Path, list[dict]]) -> None:
    _, recs = corpus
    twins = {"CARD_BAD_LUHN": 0, "IBAN_BAD_CHECK": 0, "ID_BAD_CHECK": 0}
    for _c, v, _ in _values(recs, "CARD_BAD_LUHN", "lookalikes"):
        assert not _luhn(_digits(v)), v
        twins["CARD_BAD_LUHN"] += 1
    for _, v, _ in _values(recs, "IBAN_BAD_CHECK", "lookalikes"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[0-9A-Z]+", v) and not _iban(v), v
        twins["IBAN_BAD_CHECK"] += 1
    for c, v, _ in _values(recs, "ID_BAD_CHECK", "lookalikes"):
        assert not _national_id(c, v), (c, v)
        twins["ID_BAD_CHECK"] += 1
    assert all(n > 0 for n in twins.values()), twins


def test_private_and_documentation_addresses_are_not_spans(corpus: tuple[Path, list[dict]]) -> None:
    _, recs = corpus
    for _, v, _ in _values(recs, "PRIVATE_IP", "lookalikes"):
        assert not ipaddress.ip_address(v).is_global, v


def test_every_kind_layout_and_language_is_drawn(corpus: tuple[Path, list[dict]]) -> None:
    _, recs = corpus
    assert {m["kind"] for r in recs for m in r["spans"]} == SPAN_KINDS
    assert len({r["layout"] for r in recs}) >= 10
    assert len({r["lang"] for r in recs}) >= 6
    spans = sum(len(r["spans"]) for r in recs)
    looks = sum(len(r["lookalikes"]) for r in recs)
    assert looks >= 0.8 * spans


def test_same_seed_same_bytes_other_seed_other_bytes(
    corpus: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    first, _ = corpus
    again, other = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert _make(again).returncode == 0
    assert _make(other, seed=10).returncode == 0
    assert again.read_bytes() == first.read_bytes()
    assert other.read_bytes() != first.read_bytes()


def test_bad_input_is_one_line_and_non_zero(tmp_path: Path) -> None:
    res = _make(tmp_path / "x.jsonl", n=0)
    assert res.returncode != 0
    assert len(res.stderr.strip().splitlines()) == 1
    res = _make(tmp_path / "missing" / "x.jsonl")
    assert res.returncode != 0
    assert len(res.stderr.strip().splitlines()) == 1


def test_standard_library_only_and_no_consentry() -> None:
    own = {p.stem for p in HERE.glob("*.py")}
    for path in HERE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top in own or top == "__future__", (
                    path.name,
                    name,
                )
