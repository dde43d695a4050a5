"""PII hold-out 13's generator keeps its promises: offsets slice to values of the labelled kind,
check digits hold where a value is labelled valid and fail where it is a twin, same seed gives
the same bytes, and bad input gets one line and exit 2.

The rules are coded here a second time, with python-stdnum and phonenumbers as the judges."""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType
from stdnum import iban, luhn
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.nl import bsn
from stdnum.us import ssn as us_ssn

MAKE = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_holdout13" / "make.py"
N = 400


def _load():
    """Register the generator under a name of its own: other hold-outs also have a make.py."""
    name = "pii_holdout13_make"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, MAKE)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("h13") / "h13.jsonl"
    assert _load().main(["--out", str(out), "--n", str(N), "--seed", "13"]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _marks(corpus: list[dict], field: str, kind: str) -> list[tuple[dict, str]]:
    return [
        (r, r["text"][m["start"] : m["end"]]) for r in corpus for m in r[field] if m["kind"] == kind
    ]


ID_RULES = {
    "DE": idnr.is_valid,
    "AT": vnr.is_valid,
    "CH": ch_ssn.is_valid,
    "FR": nir.is_valid,
    "BE": nn.is_valid,
    "ES": lambda v: dni.is_valid(v) or nie.is_valid(v),
    "NL": bsn.is_valid,
    "GB": nhs.is_valid,
    "IE": pps.is_valid,
    "US": us_ssn.is_valid,
}
PERSONAL = {
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def _phone(text: str, country: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(text, country)


def test_marks_are_exact_and_disjoint(corpus: list[dict]) -> None:
    for r in corpus:
        marks = sorted((m["start"], m["end"]) for m in r["spans"] + r["lookalikes"])
        for s, e in marks:
            seg = r["text"][s:e]
            assert 0 <= s < e <= len(r["text"]) and seg == seg.strip(), (r["id"], s, e)
        for (_, e1), (s2, _) in zip(marks, marks[1:], strict=False):
            assert s2 >= e1, (r["id"], s2)


def test_structured_spans_are_valid_by_their_rules(corpus: list[dict]) -> None:
    for _, v in _marks(corpus, "spans", "IBAN"):
        assert iban.is_valid(v), v
    for _, v in _marks(corpus, "spans", "CARD"):
        digits = re.sub(r"[ -]", "", v)
        assert len(digits) in (15, 16) and luhn.is_valid(digits), v
    for r, v in _marks(corpus, "spans", "NATIONAL_ID"):
        assert ID_RULES[r["country"]](v), (r["country"], v)
    for r, v in _marks(corpus, "spans", "PHONE"):
        n = _phone(v, r["country"])
        assert phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in PERSONAL, (
            r["country"],
            v,
        )
    for _, v in _marks(corpus, "spans", "IP_ADDRESS"):
        assert ipaddress.ip_address(v).is_global, v
    for _, v in _marks(corpus, "spans", "EMAIL"):
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", v), v
    for _, v in _marks(corpus, "spans", "SECRET"):
        assert len(v) >= 8 and not re.search(r"\s", v), v


def test_people_places_and_birth_dates_look_like_their_kind(corpus: list[dict]) -> None:
    for _, v in _marks(corpus, "spans", "PERSON"):
        assert v[0].isalpha() and not re.search(r"[\d@/:]", v) and len(v.split()) <= 6, v
    for _, v in _marks(corpus, "spans", "DATE_OF_BIRTH"):
        years = [int(y) for y in re.findall(r"\d{4}", v)]
        assert len(years) == 1 and 1930 <= years[0] <= 2025 and re.search(r"\d{1,2}\D+\d", v), v
    for r in corpus:
        addrs = [m for m in r["spans"] if m["kind"] == "ADDRESS"]
        for m in addrs:
            v = r["text"][m["start"] : m["end"]]
            # a town alone is an address only as a field of a split one, beside its street
            near = any(o is not m and abs(o["start"] - m["start"]) < 400 for o in addrs)
            assert re.search(r"\d", v) or near, (r["id"], v)


def test_twins_fail_and_kept_lookalikes_hold_their_rule(corpus: list[dict]) -> None:
    for r, v in _marks(corpus, "lookalikes", "ID_BAD_CHECK"):
        assert not ID_RULES[r["country"]](v), (r["country"], v)
    for _, v in _marks(corpus, "lookalikes", "IBAN_BAD_CHECK"):
        assert not iban.is_valid(v), v
    for _, v in _marks(corpus, "lookalikes", "CARD_BAD_LUHN"):
        assert not luhn.is_valid(re.sub(r"[ -]", "", v)), v
    for _, v in _marks(corpus, "lookalikes", "ORG_IBAN"):
        assert iban.is_valid(v), v
    for r, v in _marks(corpus, "lookalikes", "SERVICE_LINE"):
        assert phonenumbers.number_type(_phone(v, r["country"])) == PhoneNumberType.TOLL_FREE, v
    for _, v in _marks(corpus, "lookalikes", "PRIVATE_IP"):
        assert ipaddress.ip_address(v).is_private, v
    doc_nets = [
        ipaddress.ip_network(n)
        for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
    ]
    for _, v in _marks(corpus, "lookalikes", "DOC_IP"):
        assert any(
            ipaddress.ip_address(v) in n
            for n in doc_nets
            if n.version == ipaddress.ip_address(v).version
        ), v
    for _, v in _marks(corpus, "lookalikes", "FAMOUS_BIRTH_DATE"):
        assert int(re.findall(r"\d{4}", v)[0]) < 1950, v


def test_mix_of_languages_layouts_and_kinds(corpus: list[dict]) -> None:
    langs = Counter(r["lang"] for r in corpus)
    assert set(langs) == {"en", "de", "fr", "es", "nl"}
    assert all(0.14 * N <= c <= 0.26 * N for c in langs.values()), langs
    assert len({r["layout"] for r in corpus}) == len(_load().LAYOUT_WEIGHTS)
    spans = Counter(m["kind"] for r in corpus for m in r["spans"])
    looks = sum(len(r["lookalikes"]) for r in corpus)
    assert (
        spans["PERSON"] >= 0.6 * N
        and spans["ADDRESS"] >= 0.6 * N
        and spans["DATE_OF_BIRTH"] >= 0.3 * N
    ), spans
    assert set(spans) == {
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
    }
    assert looks >= 0.7 * sum(spans.values())


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    make = _load()
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    make.main(["--out", str(a), "--n", "60", "--seed", "5"])
    make.main(["--out", str(b), "--n", "60", "--seed", "5"])
    make.main(["--out", str(c), "--n", "60", "--seed", "6"])
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


@pytest.mark.parametrize(
    "args",
    [["--n", "0"], ["--n", "many"], ["--seed", "x"], [], ["--out", "/nonexistent-dir/h13/f.jsonl"]],
)
def test_bad_input_gets_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    if args[:1] != ["--out"] and args != []:
        args = ["--out", str(tmp_path / "f.jsonl"), *args]
    p = subprocess.run(
        [sys.executable, str(MAKE), *args], capture_output=True, text=True, timeout=60
    )
    assert p.returncode == 2
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr, p.stderr


def test_ids_that_carry_a_birth_date_carry_the_persons() -> None:
    """Belgian, French and Austrian ids hold the birth date; a person's id agrees with their DOB."""
    import datetime as dt
    import random

    _load()
    values = sys.modules["h13_values"]
    rng = random.Random(13)
    for _ in range(200):
        dob = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 68))
        sex = rng.choice("fm")
        be = values.national_id(rng, "BE", dob, sex, False)
        assert nn.get_birth_date(be) == dob and nn.get_gender(be) == sex.upper(), (be, dob)
        fr = values.national_id(rng, "FR", dob, sex, False)
        assert (fr[0], fr[1:3], fr[3:5]) == ("1" if sex == "m" else "2", f"{dob:%y}", f"{dob:%m}")
        at = values.national_id(rng, "AT", dob, sex, False)
        assert at[4:] == f"{dob:%d%m%y}", (at, dob)


def test_json_and_xml_pastes_parse(corpus: list[dict]) -> None:
    """A paste in a data format is well-formed: the redactor meets real JSON and XML."""
    import xml.etree.ElementTree as ET

    seen = Counter()
    for r in corpus:
        t = r["text"]
        if r["layout"] == "json":
            lines = t.split("\n")
            start = next(i for i, line in enumerate(lines) if line in ("{", "["))
            end = max(i for i, line in enumerate(lines) if line in ("}", "]"))
            assert isinstance(json.loads("\n".join(lines[start : end + 1])), dict | list), r["id"]
        elif r["layout"] == "xml":
            body = t[t.index("<?xml") : t.index("</customers>") + len("</customers>")]
            assert ET.fromstring(body.encode()).tag == "customers", r["id"]
        elif r["layout"] == "http_request":
            body = re.search(r'\{"name".*?\}', t)
            assert body and json.loads(body.group(0))["name"], r["id"]
        else:
            continue
        seen[r["layout"]] += 1
    assert set(seen) == {"json", "xml", "http_request"}
