"""PII hold-out 12's written file: exact offsets, planted values valid by their public rules, twins
failing them, ids agreeing with the birth dates beside them, determinism. The rules are coded again
here, not imported from the generator, and checked with python-stdnum and phonenumbers too.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

MAKE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout12" / "make.py"
N = 400
SPAN_KINDS = {"PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "EMAIL", "CARD", "IBAN", "NATIONAL_ID", "IP_ADDRESS", "SECRET"}  # fmt: skip


def _run(out: Path, n: int = N, seed: int = 12) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(MAKE), "--out", str(out), "--n", str(n), "--seed", str(seed)]
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("h12") / "h12.jsonl"
    assert _run(out).returncode == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _marks(rec: dict, side: str = "spans"):  # type: ignore[no-untyped-def,type-arg]
    for m in rec[side]:
        yield m["kind"], rec["text"][m["start"] : m["end"]]


def _digits(text: str) -> str:
    return "".join(
        str(unicodedata.digit(ch)) for ch in text if unicodedata.digit(ch, None) is not None
    )


# --- the rules, coded a second time ------------------------------------------------------------
def luhn(number: str) -> bool:
    digits = [int(c) for c in number]
    odd = digits[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]
    return len(number) > 1 and (sum(odd) + sum(even)) % 10 == 0


def kr_rrn(v: str) -> bool:
    d = _digits(v)
    if len(d) != 13 or d[6] not in "1234" or int(d[7:9]) > 96:
        return False
    century = 1900 if d[6] in "12" else 2000
    try:
        dt.date(century + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(a * int(b) for a, b in zip(weights, d, strict=False)) % 11) % 10 == int(d[12])


def jp_my_number(v: str) -> bool:
    d = _digits(v)
    if len(d) != 12:
        return False
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]  # Q_n for P_11 .. P_1, left to right
    r = sum(a * int(b) for a, b in zip(weights, d, strict=False)) % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)


def cn_ric(v: str) -> bool:
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(v[:17]))
    return "10X98765432"[total % 11] == v[17]  # the check table of GB 11643-1999


def th_pin(v: str) -> bool:
    d = _digits(v)
    if len(d) != 13 or d[0] in "09":
        return False
    total = sum(int(c) * w for c, w in zip(d, range(13, 1, -1), strict=False))
    return (11 - total % 11) % 10 == int(d[12])


def ae_eid(v: str) -> bool:
    d = _digits(v)
    return len(d) == 15 and d[:3] == "784" and luhn(d)


def ir_code(v: str) -> bool:
    d = _digits(v)
    if len(d) != 10 or len(set(d)) == 1:
        return False
    r = sum(int(c) * w for c, w in zip(d, range(10, 1, -1), strict=False)) % 11
    return int(d[9]) == (r if r < 2 else 11 - r)


IDS = {"KR": kr_rrn, "JP": jp_my_number, "CN": cn_ric, "TH": th_pin, "AE": ae_eid, "IR": ir_code}


def iban(v: str) -> bool:
    s = v.replace(" ", "")
    if {"AE": 23, "IR": 26}.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


# National prefixes and lengths of personal lines (trunk 0 kept, Chinese mobiles without it).
PLANS: dict[str, tuple[int, dict[str, tuple[int, ...]]]] = {
    "KR": (82, {"010": (11,), "02": (9, 10)}),
    "JP": (81, {"070": (11,), "080": (11,), "090": (11,), "03": (10,)}),
    "CN": (86, {"13": (11,), "15": (11,), "17": (11,), "18": (11,), "010": (11,)}),
    "TH": (66, {"06": (10,), "08": (10,), "09": (10,), "02": (9,)}),
    "AE": (971, {"05": (10,), "04": (9,)}),
    "IR": (98, {"09": (11,), "021": (11,)}),
}


def phone(v: str, country: str) -> bool:
    cc, plan = PLANS[country]
    raw = unicodedata.normalize("NFKC", v).strip()
    d = _digits(raw)
    plus = raw.startswith("+")
    if (plus and d.startswith(str(cc))) or (not plus and d.startswith("00" + str(cc))):
        d = d[len(str(cc)) + (0 if plus else 2) :]
        d = d if country == "CN" and d.startswith("1") and len(d) == 11 else "0" + d
    return any(d.startswith(p) and len(d) in lengths for p, lengths in plan.items())


# --- tests ---------------------------------------------------------------------------------------
def test_same_seed_same_bytes_other_seed_other_file(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert _run(a, 60).returncode == _run(b, 60).returncode == _run(c, 60, seed=13).returncode == 0
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()


def test_bad_input_is_one_line_and_non_zero(tmp_path: Path) -> None:
    proc = _run(tmp_path / "x", n=0)
    assert proc.returncode != 0 and len(proc.stderr.strip().splitlines()) == 1
    proc = _run(tmp_path / "missing-dir" / "x", n=3)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr


def test_offsets_kinds_and_no_overlap(records: list[dict]) -> None:  # type: ignore[type-arg]
    assert len(records) == N
    for rec in records:
        assert set(rec) == {"id", "lang", "country", "layout", "text", "spans", "lookalikes"}
        marks = sorted(rec["spans"] + rec["lookalikes"], key=lambda m: m["start"])
        for prev, m in zip([{"end": 0}, *marks], marks, strict=False):
            assert prev["end"] <= m["start"] < m["end"] <= len(rec["text"]), rec["id"]
            v = rec["text"][m["start"] : m["end"]]
            assert v.strip() == v, (rec["id"], v)
        assert all(m["kind"] in SPAN_KINDS for m in rec["spans"])
        assert not any(m["kind"] in SPAN_KINDS for m in rec["lookalikes"])


def test_every_kind_and_country_is_present(records: list[dict]) -> None:  # type: ignore[type-arg]
    assert {k for r in records for k, _ in _marks(r)} == SPAN_KINDS
    assert {r["country"] for r in records} == set(IDS)
    assert sum(len(r["lookalikes"]) for r in records) > 0.5 * sum(len(r["spans"]) for r in records)


def test_planted_values_pass_their_rules(records: list[dict]) -> None:  # type: ignore[type-arg]
    for rec in records:
        c = rec["country"]
        for kind, v in _marks(rec):
            if kind == "NATIONAL_ID":
                assert IDS[c](v), (rec["id"], v)
            elif kind == "CARD":
                d = _digits(v)
                assert 13 <= len(d) <= 19 and d[0] in "23456" and luhn(d), v
            elif kind == "IBAN":
                assert iban(v), v
            elif kind == "EMAIL":
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v, re.ASCII), v
            elif kind == "IP_ADDRESS":
                ip = ipaddress.ip_address(v)
                assert ip.is_global and not (
                    ip.version == 6 and v.lower().startswith("2001:db8")
                ), v
            elif kind == "PHONE":
                assert phone(v, c), (rec["id"], v)


def test_twins_and_lookalikes_fail_or_stay_in_their_ranges(records: list[dict]) -> None:  # type: ignore[type-arg]
    seen = set()
    for rec in records:
        for kind, v in _marks(rec, "lookalikes"):
            seen.add(kind)
            if kind == "ID_BAD_CHECK":
                assert not IDS[rec["country"]](v), v
            elif kind == "CARD_BAD_LUHN":
                assert not luhn(_digits(v)), v
            elif kind == "IBAN_BAD_CHECK":
                assert not iban(v), v
            elif kind == "ORG_IBAN":
                assert iban(v), v
            elif kind in ("ICCID", "IMEI"):
                assert luhn(v), v  # valid by Luhn, and kept: the hard part
            elif kind == "DOC_IP":
                assert any(ipaddress.ip_address(v) in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32") if ipaddress.ip_network(n).version == ipaddress.ip_address(v).version)  # fmt: skip
            elif kind == "PRIVATE_IP":
                assert ipaddress.ip_address(v).is_private, v
    assert {"ID_BAD_CHECK", "CARD_BAD_LUHN", "IBAN_BAD_CHECK", "ICCID", "IMEI", "DOC_IP"} <= seen


MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def _gregorian(v: str) -> dt.date | None:
    """A Gregorian date of birth as written (ISO, Y.M.D, 年月日, 년월일, D/M/Y, D Mon Y), else None."""
    if any(ch in v for ch in "هـ昭平令SHR") or re.search(r"[\u0E00-\u0E7F\u06F0-\u06F9]", v):
        return None
    month = next((MONTHS[w] for w in MONTHS if w in v), None)
    nums = [int(x) for x in re.findall(r"\d+", unicodedata.normalize("NFKC", "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in v)))]  # fmt: skip
    if month and len(nums) == 2:
        return dt.date(nums[1], month, nums[0])
    if len(nums) != 3:
        return None
    return (
        dt.date(nums[0], nums[1], nums[2]) if nums[0] > 31 else dt.date(nums[2], nums[1], nums[0])
    )


def test_ids_carry_the_birth_date_written_beside_them(records: list[dict]) -> None:  # type: ignore[type-arg]
    checked = 0
    for rec in records:
        if rec["layout"] not in ("sim_registration", "wechat_export", "id_card_ocr") or rec[
            "country"
        ] not in (
            "KR",
            "CN",
            "AE",
        ):
            continue
        ids = [v for k, v in _marks(rec) if k == "NATIONAL_ID"]
        dobs = [g for k, v in _marks(rec) if k == "DATE_OF_BIRTH" and (g := _gregorian(v))]
        if not ids or not dobs:
            continue
        d, dob = _digits(ids[0]), dobs[0]
        if rec["country"] == "KR":
            assert d[:6] == f"{dob:%y%m%d}", rec["id"]
        elif rec["country"] == "CN":
            assert d[6:14] == f"{dob:%Y%m%d}", rec["id"]
        else:
            assert d[3:7] == str(dob.year), rec["id"]
        checked += 1
    assert checked >= 20


def test_hijri_dates_match_the_gregorian_ones(records: list[dict]) -> None:  # type: ignore[type-arg]
    """Hijri dates are in the tabular calendar; re-derive them by counting days from 1 Muharram
    1400 AH = 21 November 1979 (tabular), with 11 leap years in each 30."""
    leap = {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29}

    def to_greg(y: int, m: int, d: int) -> dt.date:
        days = sum(355 if (yy % 30 or 30) in leap else 354 for yy in range(1400, y))
        days += sum(30 if i % 2 == 0 else 29 for i in range(m - 1)) + d - 1
        return dt.date(1979, 11, 21) + dt.timedelta(days=days)

    checked = 0
    for rec in records:
        vals = [(k, v) for k, v in _marks(rec) if k == "DATE_OF_BIRTH"]
        for (_, a), (_, b) in zip(vals, vals[1:], strict=False):
            if b.endswith("هـ") and (g := _gregorian(a)) and g.year >= 1980:
                dd, mm, yy = (int(x) for x in _digits_split(b))
                assert to_greg(yy, mm, dd) == g, (rec["id"], a, b)
                checked += 1
    assert checked >= 3


def _digits_split(v: str) -> list[str]:
    return re.findall(
        r"\d+",
        "".join(
            str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else " " for c in v
        ),
    )


def test_libraries_agree_when_installed(records: list[dict]) -> None:  # type: ignore[type-arg]
    """python-stdnum and phonenumbers are test extras; where present they must agree."""
    try:
        import phonenumbers
        from stdnum import iban as std_iban
        from stdnum import luhn as std_luhn
        from stdnum.cn import ric, uscc
        from stdnum.jp import in_
        from stdnum.kr import rrn
        from stdnum.th import pin
    except ImportError:  # the hand-coded rules above still ran
        return
    std = {"KR": rrn.is_valid, "JP": in_.is_valid, "CN": ric.is_valid, "TH": pin.is_valid}
    n = 0
    for rec in records:
        c = rec["country"]
        for kind, v in _marks(rec):
            if kind == "NATIONAL_ID" and c in std:
                assert std[c](_digits(v) if c != "CN" else v), v
            elif kind == "IBAN" and v.startswith("AE"):  # Iran's is not in the SWIFT registry
                assert std_iban.is_valid(v), v
            elif kind == "PHONE":
                assert phonenumbers.is_valid_number(phonenumbers.parse(v, c)), (rec["id"], v)
                n += 1
        for kind, v in _marks(rec, "lookalikes"):
            if kind == "ID_BAD_CHECK" and c in std:
                assert not std[c](_digits(v) if c != "CN" else v), v
            elif kind == "COMPANY_TAX_ID" and c == "CN":
                assert uscc.is_valid(v), v
            elif kind in ("ICCID", "IMEI"):
                assert std_luhn.is_valid(v), v
    assert n >= N * 0.5


def test_second_coding_on_published_examples() -> None:
    """Examples from the schemes' own documents and python-stdnum's docs, so the two codings
    cannot share a mistake unseen."""
    assert cn_ric("11010519491231002X")  # GB 11643-1999's own example
    assert cn_ric("360426199101010071") and not cn_ric("360426199101010072")
    assert jp_my_number("6214 9832 0257") and not jp_my_number("6214 9832 0258")
    assert (
        th_pin("3100600445635") and th_pin("1-2345-45678-78-1") and not th_pin("1-2345-45678-78-9")
    )
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]  # KR example 971013-9019902 (born in the 1800s)
    assert (
        11 - sum(w * int(c) for w, c in zip(weights, "971013901990", strict=True)) % 11
    ) % 10 == 2
    assert iban("AE070331234567890123456")  # SWIFT IBAN registry example
    assert iban("IR062960000000100324200001") and not iban("IR062960000000100324200002")


def test_generator_calendars_on_known_dates() -> None:
    """22 Bahman 1357 = 11 February 1979; Nowruz 1404 = 21 March 2025; 1 Ramadan 1445 = 11 March
    2024; Heisei began 8 January 1989 and Reiwa 1 May 2019."""
    sys.path.insert(0, str(MAKE.parent))
    import h12_calendars as hv

    assert hv.to_jalali(dt.date(1979, 2, 11)) == (1357, 11, 22)
    assert hv.to_jalali(dt.date(2025, 3, 21)) == (1404, 1, 1)
    assert hv.to_jalali(dt.date(2025, 3, 20)) == (1403, 12, 30)
    assert hv.to_hijri(dt.date(2024, 3, 11)) == (1445, 9, 1)
    assert hv.jp_era(dt.date(1989, 1, 8))[::2] == ("平成", 1)
    assert hv.jp_era(dt.date(1989, 1, 7))[::2] == ("昭和", 64)
    assert hv.jp_era(dt.date(2019, 5, 1))[::2] == ("令和", 1)
