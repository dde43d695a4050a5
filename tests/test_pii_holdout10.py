"""Checks of PII hold-out 10's written file, with the schemes' rules coded a second time here."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAKE = ROOT / "benchmarks" / "pii_holdout10" / "make.py"
KINDS = (
    "EMAIL",
    "PHONE",
    "CARD",
    "IBAN",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "SECRET",
    "ADDRESS",
    "PERSON",
    "DATE_OF_BIRTH",
)
MONTH_WORDS = {
    # the first letters of each month's name in the five languages (genitive forms included)
    "jan": 1, "yan": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "maj": 5, "máj": 5, "maí": 5, "may": 5, "jún": 6, "jun": 6,
    "yun": 6, "júl": 7, "jul": 7, "yul": 7, "aug": 8, "avg": 8, "ágú": 8, "sep": 9, "okt": 10, "nov": 11, "noe": 11,
    "nóv": 11, "dec": 12, "des": 12, "dek": 12,
}  # fmt: skip


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAKE), *args], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("h10") / "h10.jsonl"
    done = run("--out", str(out), "--n", "1000", "--seed", "10")
    assert done.returncode == 0, done.stderr
    return out, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


# --- the rules, written again -------------------------------------------------------------


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def card_valid(text: str) -> bool:
    raw = re.sub(r"[ -]", "", text)
    if not re.fullmatch(
        r"4\d{15}|3[47]\d{13}|5[1-5]\d{14}|2(?:2[2-9]|[3-6]\d|7[01])\d{13}|2720\d{12}", raw
    ):
        return False
    return _luhn(raw) and not re.fullmatch(r"222[01]\d{12}", raw)


def iban_valid(text: str) -> bool:
    raw = text.replace(" ", "")
    lengths = {"SK": 24, "SI": 19, "RS": 22, "BG": 22, "IS": 26}
    if lengths.get(raw[:2]) != len(raw):
        return False
    moved = raw[4:] + raw[:4]
    number = "".join(c if c.isdigit() else str(ord(c) - 55) for c in moved)
    return int(number) % 97 == 1


def _real_date(y: int, m: int, d: int) -> bool:
    import datetime

    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def id_birth(text: str, country: str) -> tuple[int, int, int] | None:
    """The (year, month, day) an id carries if it is valid for its country, else None."""
    raw = re.sub(r"\D", "", text)
    if country == "SK" and len(raw) == 10 and int(raw) % 11 == 0:
        y = int(raw[:2])
        ymd = (1900 + y if y >= 54 else 2000 + y, int(raw[2:4]) % 50, int(raw[4:6]))
    elif country in ("SI", "RS") and len(raw) == 13:
        region = int(raw[7:9])
        if (country == "SI" and region != 50) or (country == "RS" and not 71 <= region <= 99):
            return None
        weighted = sum(int(raw[i]) * (7 - i % 6) for i in range(12))
        if (11 - weighted % 11) % 11 != int(raw[12]):
            return None
        yyy = int(raw[4:7])
        ymd = ((1000 if yyy >= 800 else 2000) + yyy, int(raw[2:4]), int(raw[:2]))
    elif country == "BG" and len(raw) == 10:
        weights = [2, 4, 8, 5, 10, 9, 7, 3, 6]
        if sum(int(raw[i]) * weights[i] for i in range(9)) % 11 % 10 != int(raw[9]):
            return None
        m = int(raw[2:4])
        ymd = (1900 + int(raw[:2]) + (100 if m > 40 else 0), m % 40, int(raw[4:6]))
    elif country == "IS" and len(raw) == 10 and raw[9] in "09":
        weights = [3, 2, 7, 6, 5, 4, 3, 2]
        if (11 - sum(int(raw[i]) * weights[i] for i in range(8)) % 11) % 11 != int(raw[8]):
            return None
        ymd = ((1900 if raw[9] == "9" else 2000) + int(raw[4:6]), int(raw[2:4]), int(raw[:2]))
    else:
        return None
    return ymd if _real_date(*ymd) else None


PERSONAL_LINES = {  # country code, trunk, personal national significant numbers
    "SK": ("421", "0", r"9[0145]\d{7}|2\d{8}"),
    "SI": ("386", "0", r"(?:3[01]|4[01]|51|6[48]|7[01])\d{6}|1\d{7}"),
    "RS": ("381", "0", r"6[0-69]\d{6,7}|11\d{6,7}"),
    "BG": ("359", "0", r"(?:8[789]|98)\d{7}|2\d{7}"),
    "IS": ("354", "", r"[5678]\d{6}"),
}


def phone_valid(text: str, country: str) -> bool:
    code, trunk, nsn = PERSONAL_LINES[country]
    if not re.fullmatch(r"(?:\+|00)?[\d /\-]+", text):
        return False
    raw = re.sub(r"\D", "", text)
    if text[0] == "+" or text.startswith("00"):
        raw = raw[2:] if text.startswith("00") else raw
        rest = raw[len(code) :] if raw.startswith(code) else ""
    else:
        rest = raw[len(trunk) :] if raw.startswith(trunk) else ""
    return re.fullmatch(nsn, rest) is not None


def ip_public(text: str) -> bool:
    import ipaddress

    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    doc = any(
        ip in ipaddress.ip_network(n)
        for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
    )
    return ip.is_global and not doc


def valid(kind: str, text: str, country: str) -> bool:
    if kind == "CARD":
        return card_valid(text)
    if kind == "IBAN":
        return iban_valid(text)
    if kind == "NATIONAL_ID":
        return id_birth(text, country) is not None
    if kind == "PHONE":
        return phone_valid(text, country)
    if kind == "EMAIL":
        return (
            re.fullmatch(r"[\w.+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}", text, re.IGNORECASE)
            is not None
        )
    if kind == "IP_ADDRESS":
        return ip_public(text)
    return True


def dob_dates(text: str) -> set[tuple[int, int, int]]:
    """Parse a date-of-birth span in the forms the hold-out writes (numeric, words, compact)."""
    if re.fullmatch(r"\d{8}", text):
        return {(int(text[:4]), int(text[4:6]), int(text[6:]))}
    iso = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text)
    if iso:
        return {(int(iso[1]), int(iso[2]), int(iso[3]))}
    num = re.fullmatch(r"(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})\.?", text) or re.fullmatch(
        r"(\d\d)\.(\d\d)\.(\d{4})", text
    )
    if num:
        return {(int(num[3]), int(num[2]), int(num[1]))}
    word = re.fullmatch(r"(\d{1,2})\.? (\w+) (\d{4})", text)
    if word and word[2][:3].lower() in MONTH_WORDS:
        return {(int(word[3]), MONTH_WORDS[word[2][:3].lower()], int(word[1]))}
    return set()


# --- the tests -----------------------------------------------------------------------------


def test_offsets_are_exact_and_marks_do_not_overlap(corpus: tuple[Path, list[dict]]) -> None:
    for rec in corpus[1]:
        text = rec["text"]
        marks = sorted(rec["spans"] + rec["lookalikes"], key=lambda m: (m["start"], m["end"]))
        for before, after in zip(marks, marks[1:], strict=False):
            assert before["end"] <= after["start"], rec["id"]
        for m in marks:
            piece = text[m["start"] : m["end"]]
            assert piece and piece == piece.strip(), (rec["id"], m)
        assert set(rec) == {"id", "lang", "country", "layout", "text", "spans", "lookalikes"}


def test_structured_spans_are_valid_by_their_rules(corpus: tuple[Path, list[dict]]) -> None:
    bad = [
        (r["id"], m["kind"], r["text"][m["start"] : m["end"]])
        for r in corpus[1]
        for m in r["spans"]
        if not valid(m["kind"], r["text"][m["start"] : m["end"]], r["country"])
    ]
    assert not bad, bad[:5]


def test_twins_fail_the_rule_they_imitate(corpus: tuple[Path, list[dict]]) -> None:
    rule = {"CARD_BAD_LUHN": "CARD", "IBAN_BAD_CHECK": "IBAN", "ID_BAD_CHECK": "NATIONAL_ID"}
    seen = Counter()
    for r in corpus[1]:
        for m in r["lookalikes"]:
            if m["kind"] in rule:
                seen[m["kind"]] += 1
                assert not valid(rule[m["kind"]], r["text"][m["start"] : m["end"]], r["country"]), (
                    r["id"],
                    m,
                )
    assert all(seen[k] >= 50 for k in rule), seen


def test_hard_lookalikes_shaped_like_personal_data_are_not_personal(
    corpus: tuple[Path, list[dict]],
) -> None:
    for r in corpus[1]:
        for m in r["lookalikes"]:
            piece = r["text"][m["start"] : m["end"]]
            if m["kind"] in ("PRIVATE_IP", "DOC_IP"):
                assert not ip_public(piece), (r["id"], piece)
            if m["kind"] == "COMPANY_TAX_ID" and r["country"] == "IS":
                assert id_birth(piece, "IS") is None, (r["id"], piece)
            if (
                m["kind"] == "ORG_IBAN"
            ):  # an organisation's account: valid, yet nobody's personal data
                assert iban_valid(piece), (r["id"], piece)
            if m["kind"] in ("STREET_ALONE", "TOWN_ALONE"):
                assert not re.search(r"\d", piece), (r["id"], piece)
            if m["kind"] == "MICROCHIP_NO":
                assert re.fullmatch(r"\d{15}", piece), (r["id"], piece)


def test_national_ids_carry_a_written_date_of_birth(corpus: tuple[Path, list[dict]]) -> None:
    checked = 0
    for r in corpus[1]:
        dobs: set[tuple[int, int, int]] = set()
        for m in r["spans"]:
            if m["kind"] == "DATE_OF_BIRTH":
                parsed = dob_dates(r["text"][m["start"] : m["end"]])
                assert parsed, (r["id"], r["text"][m["start"] : m["end"]])
                dobs |= parsed
        if not dobs:
            continue
        for m in r["spans"]:
            if m["kind"] == "NATIONAL_ID":
                assert id_birth(r["text"][m["start"] : m["end"]], r["country"]) in dobs, r["id"]
                checked += 1
    assert checked >= 300


def test_targets_at_n_1000(corpus: tuple[Path, list[dict]]) -> None:
    records = corpus[1]
    spans = Counter(m["kind"] for r in records for m in r["spans"])
    looks = sum(len(r["lookalikes"]) for r in records)
    assert set(spans) == set(KINDS)
    assert min(spans.values()) >= 150, spans
    assert sum(spans.values()) >= 5000 and looks >= 4000
    assert len({r["layout"] for r in records}) >= 10
    assert {r["country"] for r in records} == {"SK", "SI", "RS", "BG", "IS"}
    assert len({r["id"] for r in records}) == len(records)


def test_same_seed_same_bytes(corpus: tuple[Path, list[dict]], tmp_path: Path) -> None:
    again, other = tmp_path / "again.jsonl", tmp_path / "other.jsonl"
    assert run("--out", str(again), "--n", "1000", "--seed", "10").returncode == 0
    assert run("--out", str(other), "--n", "50", "--seed", "11").returncode == 0
    assert again.read_bytes() == corpus[0].read_bytes()
    assert other.read_bytes() != b"".join(corpus[0].read_bytes().splitlines(keepends=True)[:50])


def test_stats_go_to_stderr(tmp_path: Path) -> None:
    done = run("--out", str(tmp_path / "s.jsonl"), "--n", "20", "--seed", "3", "--stats")
    assert done.returncode == 0 and done.stdout == ""
    assert "spans" in done.stderr and "PERSON" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--n", "10"),
        ("--out", "OUT", "--n", "0"),
        ("--out", "OUT", "--n", "ten"),
        ("--out", "OUT", "--seed", "x"),
        ("--out", "/nonexistent-dir/h10.jsonl", "--n", "5"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    done = run(*(str(tmp_path / "o.jsonl") if a == "OUT" else a for a in args))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "error" in done.stderr
    assert "Traceback" not in done.stderr


def test_standard_library_only_and_no_consentry() -> None:
    folder = MAKE.parent
    local = {p.stem for p in folder.glob("*.py")}
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top in local, (path.name, name)


def test_python_stdnum_agrees_where_it_has_the_scheme(corpus: tuple[Path, list[dict]]) -> None:
    # python-stdnum is a dependency of the package (and of the dev extra): no skip
    from stdnum import iban
    from stdnum.bg import egn
    from stdnum.is_ import kennitala
    from stdnum.si import emso
    from stdnum.sk import rc

    schemes = {"SK": rc, "SI": emso, "BG": egn, "IS": kennitala}
    for r in corpus[1]:
        for m in r["spans"]:
            piece = r["text"][m["start"] : m["end"]]
            if m["kind"] == "IBAN":
                assert iban.is_valid(piece), piece
            if m["kind"] == "NATIONAL_ID" and r["country"] in schemes:
                assert schemes[r["country"]].is_valid(piece), (r["country"], piece)
        for m in r["lookalikes"]:
            piece = r["text"][m["start"] : m["end"]]
            if m["kind"] == "IBAN_BAD_CHECK":
                assert not iban.is_valid(piece), piece
            if m["kind"] == "ID_BAD_CHECK" and r["country"] in schemes:
                assert not schemes[r["country"]].is_valid(piece), (r["country"], piece)
