"""PII hold-out 19's generator: exact offsets, determinism, counts, values valid by their schemes.

The schemes are checked with python-stdnum and phonenumbers called here directly (the generator's
own tables are not imported), so a slip in the generator is not repeated by its test.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from stdnum import ean, iban, isin, iso6346, iso11649, lei, luhn
from stdnum.ar import cuit
from stdnum.at import uid as at_uid
from stdnum.at import vnr
from stdnum.au import abn, tfn
from stdnum.be import nn
from stdnum.be import vat as be_vat
from stdnum.br import cnpj, cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.ch import uid as ch_uid
from stdnum.cl import rut
from stdnum.co import nit
from stdnum.de import idnr
from stdnum.de import vat as de_vat
from stdnum.es import dni
from stdnum.es import vat as es_vat
from stdnum.fr import nir, tva
from stdnum.gb import nhs
from stdnum.gb import vat as gb_vat
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.it import codicefiscale, iva
from stdnum.lu import tva as lu_tva
from stdnum.mx import curp
from stdnum.nz import ird
from stdnum.pl import nip, pesel
from stdnum.pt import nif
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

MAKE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout19" / "make.py"
PERSON_IDS = {
    "GB": nhs, "IE": pps, "US": us_ssn, "AU": tfn, "NZ": ird, "ZA": za_idnr, "DE": idnr, "AT": vnr,
    "CH": ch_ssn, "FR": nir, "BE": nn, "ES": dni, "MX": curp, "AR": cuit, "CL": rut, "CO": nit,
    "IT": codicefiscale, "PT": nif, "BR": cpf, "PL": pesel,
}  # fmt: skip
COMPANY_IDS = {
    "GB": gb_vat, "IE": ie_vat, "AU": abn, "DE": de_vat, "AT": at_uid, "CH": ch_uid, "FR": tva,
    "BE": be_vat, "LU": lu_tva, "ES": es_vat, "AR": cuit, "CL": rut, "CO": nit, "IT": iva,
    "PT": nif, "BR": cnpj, "PL": nip,
}  # fmt: skip
SPAN_KINDS = {
    "PERSON", "ADDRESS", "DATE_OF_BIRTH", "PHONE", "EMAIL", "CARD", "IBAN", "NATIONAL_ID",
    "IP_ADDRESS", "SECRET",
}  # fmt: skip
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
# Ranges regulators keep for fiction (Ofcom, NANP 555-01xx, ACMA, ARCEP): never a planted PHONE.
FICTION = ("+447700900", "+442079460", "+441614960", "+1212555010", "+1312555010", "+1415555010",
           "+61491570", "+33199001", "+33639980")  # fmt: skip


def _run(out: Path, *args: str, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=hashseed)
    return subprocess.run(
        [sys.executable, str(MAKE), "--out", str(out), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    out = tmp_path_factory.mktemp("h19p") / "h19p.jsonl"
    proc = _run(out, "--n", "1000", "--seed", "19")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _decode(text: str, layout: str) -> str:
    """Undo the format's escaping of a marked piece (EDIFACT release character, \\uXXXX)."""
    if layout == "edifact_iftmin":
        text = re.sub(r"\?(.)", r"\1", text)
    if layout == "java_properties":
        text = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return text


def _marks(corpus: list[dict[str, object]], which: str):  # noqa: ANN202 - a generator of tuples
    for r in corpus:
        for m in r[which]:  # type: ignore[attr-defined]
            piece = r["text"][m["start"] : m["end"]]  # type: ignore[index]
            yield r, m["kind"], _decode(piece, str(r["layout"]))


def test_same_seed_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert _run(a, "--n", "150", "--seed", "19", hashseed="1").returncode == 0
    assert _run(b, "--n", "150", "--seed", "19", hashseed="4242").returncode == 0
    assert _run(c, "--n", "150", "--seed", "20").returncode == 0
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_offsets_exact_and_marks_clean(corpus: list[dict[str, object]]) -> None:
    for r in corpus:
        text = r["text"]
        assert isinstance(text, str)
        marks = sorted((m["start"], m["end"]) for m in r["spans"] + r["lookalikes"])  # type: ignore[operator]
        last = -1
        for start, end in marks:
            assert 0 <= start < end <= len(text)
            piece = text[start:end]
            assert piece == piece.strip() and piece
            assert start >= last, f"overlap in {r['id']}"
            last = end


def test_kinds_and_lookalikes_never_overlap_spans(corpus: list[dict[str, object]]) -> None:
    for r in corpus:
        spans = [(m["start"], m["end"]) for m in r["spans"]]  # type: ignore[attr-defined]
        assert {m["kind"] for m in r["spans"]} <= SPAN_KINDS  # type: ignore[attr-defined]
        for m in r["lookalikes"]:  # type: ignore[attr-defined]
            assert m["kind"] not in SPAN_KINDS
            assert all(m["end"] <= s or m["start"] >= e for s, e in spans)


def test_counts(corpus: list[dict[str, object]]) -> None:
    assert len(corpus) == 1000
    assert len({r["layout"] for r in corpus}) == 14
    assert len({r["domain"] for r in corpus}) == 13
    langs = Counter(r["lang"] for r in corpus)
    assert set(langs) == {"en", "de", "fr", "es", "it", "pt", "pl"}
    assert min(langs.values()) >= 140
    assert len({r["country"] for r in corpus}) == 21
    spans = Counter(m["kind"] for r in corpus for m in r["spans"])  # type: ignore[attr-defined]
    looks = sum(len(r["lookalikes"]) for r in corpus)  # type: ignore[arg-type]
    assert set(spans) == SPAN_KINDS
    assert sum(spans.values()) >= 10_000
    assert looks >= sum(spans.values())


def test_ids_valid_and_twins_refused(corpus: list[dict[str, object]]) -> None:
    seen = Counter()
    for r, kind, text in _marks(corpus, "spans"):
        if kind == "NATIONAL_ID":
            assert PERSON_IDS[str(r["country"])].is_valid(text), r["id"]
            seen[r["country"]] += 1
    for r, kind, text in _marks(corpus, "lookalikes"):
        if kind == "ID_BAD_CHECK":
            assert not PERSON_IDS[str(r["country"])].is_valid(text), r["id"]
        if kind == "COMPANY_TAX_ID":
            assert COMPANY_IDS[str(r["country"])].is_valid(text), r["id"]
    assert len(seen) == 20  # every country but Luxembourg plants ids


def _national_ok(compact: str) -> bool:
    """France's RIB key, Italy's CIN and Portugal's NIB digits, which stdnum's IBAN check skips."""
    cc, bban = compact[:2], compact[4:]
    if cc == "FR":
        table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
        account = int(bban[10:21].translate(table))
        return (89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * account + int(bban[21:])) % 97 == 0
    if cc == "IT":
        odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] * 1 + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23], strict=True))  # fmt: skip
        even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in odd}
        total = sum((odd if i % 2 == 0 else even)[c] for i, c in enumerate(bban[1:]))
        return bban[0] == chr(65 + total % 26)
    if cc == "PT":
        return int(bban) % 97 == 1
    return True


def test_national_iban_checks_on_published_examples() -> None:
    for example in ("FR1420041010050500013M02606", "IT60X0542811101000000123456",
                    "PT50000201231234567890154"):  # fmt: skip
        assert _national_ok(example)
        assert not _national_ok(example[:-1] + str((int(example[-1]) + 1) % 10))


BIRTH_IN_ID = {"PL": pesel, "ZA": za_idnr, "BE": nn, "IT": codicefiscale, "MX": curp}


def _numeric_date(text: str, country: str) -> date | None:
    """A birth date written in digits (ISO, YYYYMMDD, d/m/y or, in the US, m/d/y); else None."""
    if m := re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{2})[./](\d{2})[./](\d{4})", text):
        a, b = int(m[1]), int(m[2])
        return date(int(m[3]), a, b) if country == "US" else date(int(m[3]), b, a)
    return None


def test_ids_carry_the_birth_date_written_beside_them(corpus: list[dict[str, object]]) -> None:
    checked = 0
    for r in corpus:
        country = str(r["country"])
        if country not in BIRTH_IN_ID:
            continue
        marks = {m["kind"]: m for m in reversed(r["spans"])}  # type: ignore[attr-defined]
        if "NATIONAL_ID" not in marks or "DATE_OF_BIRTH" not in marks:
            continue
        text = str(r["text"])
        written = _numeric_date(text[marks["DATE_OF_BIRTH"]["start"] : marks["DATE_OF_BIRTH"]["end"]], country)  # fmt: skip
        if written is None:
            continue
        ident = text[marks["NATIONAL_ID"]["start"] : marks["NATIONAL_ID"]["end"]]
        assert BIRTH_IN_ID[country].get_birth_date(ident) == written, r["id"]
        checked += 1
    assert checked >= 100


def test_money_valid_and_twins_refused(corpus: list[dict[str, object]]) -> None:
    for r, kind, text in _marks(corpus, "spans"):
        if kind == "IBAN":
            assert iban.is_valid(text), r["id"]
            assert _national_ok(iban.compact(text)), r["id"]
        if kind == "CARD":
            digits = re.sub(r"[ -]", "", text)
            assert luhn.is_valid(digits) and len(digits) in (15, 16), r["id"]
    for r, kind, text in _marks(corpus, "lookalikes"):
        digits = re.sub(r"[ -]", "", text)
        if kind in ("COMPANY_IBAN", "EXAMPLE_IBAN"):
            assert iban.is_valid(text) and _national_ok(iban.compact(text)), r["id"]
        if kind == "IBAN_BAD_CHECK":
            assert not iban.is_valid(text), r["id"]
        if kind == "TEST_CARD":
            assert luhn.is_valid(digits)
        if kind == "CARD_BAD_LUHN":
            assert not luhn.is_valid(digits)


def test_phones_valid_for_their_country(corpus: list[dict[str, object]]) -> None:
    for r, kind, text in _marks(corpus, "spans"):
        if kind != "PHONE":
            continue
        number = phonenumbers.parse(text, str(r["country"]))
        assert phonenumbers.is_valid_number_for_region(number, str(r["country"])), r["id"]
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        assert not e164.startswith(FICTION)
    for r, kind, text in _marks(corpus, "lookalikes"):
        if kind == "HOTLINE":
            number = phonenumbers.parse(text, str(r["country"]))
            assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.TOLL_FREE


def test_addresses_and_kept_numbers(corpus: list[dict[str, object]]) -> None:
    checks = {
        "SSCC": _gs1_18, "GLN": ean.is_valid, "PANEL_GTIN": ean.is_valid,
        "TICKET_BARCODE": ean.is_valid, "CONTAINER_NO": iso6346.is_valid,
        "CREDITOR_REF": iso11649.is_valid, "FUND_ISIN": isin.is_valid, "FUND_LEI": lei.is_valid,
    }  # fmt: skip
    for r, kind, text in _marks(corpus, "spans"):
        if kind == "IP_ADDRESS":
            assert ipaddress.ip_address(text).is_global, r["id"]
        if kind == "EMAIL":
            assert re.fullmatch(r"[\w.+-]+@[\w.-]+\.[a-z]{2,}", text), r["id"]
    for r, kind, text in _marks(corpus, "lookalikes"):
        if kind in checks:
            assert checks[kind](text), (r["id"], kind)
        if kind == "PRIVATE_IP":
            assert ipaddress.ip_address(text).is_private
        if kind == "DOC_IP":
            assert any(ipaddress.ip_address(text) in net for net in DOC_NETS)


def _gs1_18(text: str) -> bool:
    """An SSCC: 18 digits, GS1 mod 10 (stdnum's EAN check digit over the first 17)."""
    return len(text) == 18 and text.isdigit() and ean.calc_check_digit(text[:-1]) == text[-1]


@pytest.mark.parametrize("args", [["--n", "0"], ["--n", "ten"], ["--bogus"], []])
def test_bad_input_one_line_exit_2(tmp_path: Path, args: list[str]) -> None:
    cmd = [sys.executable, str(MAKE)]
    if args:
        cmd += ["--out", str(tmp_path / "x.jsonl"), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert proc.stderr.startswith("error:")
