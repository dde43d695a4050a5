"""One message's world: the setting, its people with their values, the company and the kept numbers."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field

import h18p_numbers as num
import h18p_words as w
import h18p_world as world
from h18p_doc import Seg, Val, look, span

YEAR = 2026
_CHILD_SETTINGS = ("daycare", "music_school")


@dataclass
class Person:
    given: str
    family: str
    female: bool
    dob: dt.date
    values: dict[str, str] = field(default_factory=dict)  # key -> written value
    secret_kind: str = ""


@dataclass
class Field:
    key: str  # English snake case
    label: str  # the language's label
    segs: list[Seg]


@dataclass
class Case:
    r: random.Random
    lang: str
    country: str
    setting: str
    subject: Person
    contact: Person
    staff: Person
    roles: tuple[str, str, str]
    company: str
    company_addr: tuple[str, str]
    hotline: str
    role_email: str
    company_iban: str
    refs: list[tuple[str, str, str]]
    created: dt.datetime
    notes: list[list[Seg]]
    tech: list[Field]

    # --- the values as segments ----------------------------------------------------------
    def name_full(self, p: Person, style: str = "") -> Val:
        style = style or self.r.choice(["gf", "gf", "gf", "fg_comma", "FG"])
        if style == "fg_comma":
            return span("PERSON", f"{p.family}, {p.given}")
        if style == "FG":
            return span("PERSON", f"{p.family.upper()} {p.given}")
        return span("PERSON", f"{p.given} {p.family}")

    def dob(self, p: Person, iso: bool) -> Val:
        text = p.dob.isoformat() if iso else w.date_text(self.r, p.dob, self.lang, self.country)
        return span("DATE_OF_BIRTH", text)

    def person_fields(
        self,
        p: Person,
        keys: tuple[str, ...],
        *,
        split_name: bool,
        split_addr: bool,
        multiline: bool,
        iso: bool,
    ) -> list[Field]:
        """A person's record: name, then each personal value the setting asks for."""
        lab = self.lang
        out: list[Field] = []
        if split_name:
            out.append(Field("given_name", w.label("given_name", lab), [span("PERSON", p.given)]))
            out.append(
                Field("family_name", w.label("family_name", lab), [span("PERSON", p.family)])
            )
        else:
            out.append(Field("full_name", w.label("full_name", lab), [self.name_full(p)]))
        for k in keys:
            if k == "birth_date":
                out.append(Field("birth_date", w.label("birth_date", lab), [self.dob(p, iso)]))
            elif k in ("address", "new_address"):
                street, town = p.values[k].split("\n")
                if split_addr:
                    pre = "new_" if k == "new_address" else ""
                    out.append(
                        Field(pre + "street", w.label("street", lab), [span("ADDRESS", street)])
                    )
                    out.append(
                        Field(
                            pre + "postcode_town",
                            w.label("postcode_town", lab),
                            [span("ADDRESS", town)],
                        )
                    )
                else:
                    joined = street + ("\n" if multiline else ", ") + town
                    out.append(Field(k, w.label(k, lab), [span("ADDRESS", joined)]))
            elif k == "phone":
                out.append(
                    Field(
                        "phone",
                        w.label(
                            "mobile" if p.values.get("phone_kind") == "mobile" else "phone", lab
                        ),
                        [span("PHONE", p.values["phone"])],
                    )
                )
            elif k == "email":
                out.append(
                    Field("email", w.label("email", lab), [span("EMAIL", p.values["email"])])
                )
            elif k == "id" and "id" in p.values:
                out.append(
                    Field(
                        "national_id",
                        w.id_label(lab, self.country),
                        [span("NATIONAL_ID", p.values["id"])],
                    )
                )
            elif k == "iban" and "iban" in p.values:
                out.append(Field("iban", w.label("iban", lab), [span("IBAN", p.values["iban"])]))
            elif k in ("card", "iban") and "card" in p.values:
                out.append(
                    Field("card_number", w.label("card", lab), [span("CARD", p.values["card"])])
                )
            elif k == "ip":
                out.append(
                    Field(
                        "signup_ip", w.label("signup_ip", lab), [span("IP_ADDRESS", p.values["ip"])]
                    )
                )
            elif k in ("secret", "password"):
                kind = p.secret_kind if k == "secret" else "password"
                out.append(Field(kind, w.label(kind, lab), [span("SECRET", p.values[kind])]))
        return out

    def company_fields(self) -> list[Field]:
        lab = self.lang
        out = [
            Field("organisation", w.label("company", lab), [look("COMPANY", self.company)]),
            Field(
                "office_address",
                w.label("company_address", lab),
                [
                    look("COMPANY_ADDRESS", self.company_addr[0]),
                    ", ",
                    look("COMPANY_ADDRESS", self.company_addr[1]),
                ],
            ),
            Field("helpline", w.label("hotline", lab), [look("HOTLINE", self.hotline)]),
            Field(
                "contact_email", w.label("role_email", lab), [look("ROLE_EMAIL", self.role_email)]
            ),
        ]
        if self.company_iban:
            out.append(
                Field(
                    "our_account",
                    w.label("company_iban", lab),
                    [look("COMPANY_IBAN", self.company_iban)],
                )
            )
        return out

    def ref_fields(self) -> list[Field]:
        return [Field(k, k, [look(kind, v)]) for k, kind, v in self.refs]

    def created_text(self, style: str) -> str:
        c = self.created
        if style == "iso":
            return c.strftime("%Y-%m-%dT%H:%M:%S")
        if style == "isoz":
            return c.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "hl7":
            return c.strftime("%Y%m%d%H%M%S")
        return w.date_text(self.r, c.date(), self.lang, self.country) + c.strftime(" %H:%M")


def _person(
    r: random.Random,
    lang: str,
    country: str,
    born: tuple[int, int],
    keys: tuple[str, ...],
    setting: str,
) -> Person:
    given, family, female = world.person_names(r, lang, country)
    dob = dt.date(r.randint(*born), r.randint(1, 12), r.randint(1, 28))
    p = Person(given, family, female, dob)
    v = p.values
    if "address" in keys or "new_address" in keys:
        v["address"] = "\n".join(world.address(r, lang, country))
        v["new_address"] = "\n".join(world.address(r, lang, country))
    if "phone" in keys:
        v["phone_kind"] = r.choice(["mobile", "mobile", "fixed"])
        v["phone"] = num.phone(r, country, v["phone_kind"])
    if "email" in keys:
        v["email"] = world.email(r, country, given, family)
    if "id" in keys and country in num.ID_SCHEME:
        v["id"] = num.format_id(
            r, country, num.national_id(r, country, dob, female, (family, given))
        )
    if "iban" in keys and country in num.IBAN_COUNTRIES:
        v["iban"] = num.format_iban(r, num.iban(r, country))
    elif "iban" in keys or "card" in keys:
        v["card"] = num.format_card(r, num.card(r))
    if "card" in keys and "card" not in v:
        v["card"] = num.format_card(r, num.card(r))
    if "ip" in keys:
        v["ip"] = num.public_ip(r)
    if "secret" in keys:
        kind, val = num.secret(r, w.PASSWORD_WORDS)
        p.secret_kind = kind
        v[kind] = val
    if "password" in keys:
        v["password"] = (
            num.secret(r, w.PASSWORD_WORDS)[1] if r.random() < 0.3 else _chosen_password(r)
        )
    return p


def _chosen_password(r: random.Random) -> str:
    word = r.choice(w.PASSWORD_WORDS)
    return word.capitalize() + str(r.randint(10, 2026)) + r.choice("!?#.")


def build(r: random.Random, lang: str, country: str, setting: str) -> Case:
    cfg = w.SETTINGS[setting]
    subj_keys: tuple[str, ...] = cfg["subject"]  # type: ignore[assignment]
    born = (
        (2014, 2023)
        if setting in _CHILD_SETTINGS
        else (1926, 1962)
        if setting == "funeral"
        else (1941, 2006)
    )
    subject = _person(r, lang, country, born, subj_keys, setting)
    contact = _person(r, lang, country, (1950, 1996), cfg["contact"], setting)  # type: ignore[arg-type]
    staff = _person(r, lang, country, (1960, 2000), (), setting)
    while (staff.given, staff.family) in (
        (subject.given, subject.family),
        (contact.given, contact.family),
    ):
        staff.given = world.person_names(r, lang, country)[0]
    if setting in _CHILD_SETTINGS and r.random() < 0.6:
        subject.family = contact.family  # a child usually carries a parent's name
    fam = world.person_names(r, lang, country)[1]
    company = r.choice(w.COMPANY_NAMES[setting][lang]).format(s=fam)
    caddr = world.address(r, lang, country)
    words_ = [
        x
        for x in world.ascii_fold(company).replace("'", " ").replace("-", " ").split()
        if x not in ("&", "de", "du", "la", "les")
    ]
    slug = "".join(words_[:2]) if len("".join(words_[:2])) > 6 else "".join(words_[:3])
    tld = {"GB": "co.uk", "US": "com", "AU": "com.au", "NZ": "co.nz", "CA": "ca"}.get(
        country, country.lower()
    )
    role_email = f"{r.choice(w.ROLE_LOCALS[lang])}@{slug}.{tld}"
    hotline = num.phone(r, country, "toll_free")
    company_iban = ""
    if (
        setting in ("charity", "condo", "music_school", "daycare", "funeral")
        and country in num.IBAN_COUNTRIES
        and r.random() < 0.7
    ):
        company_iban = num.format_iban(r, num.iban(r, country))
    refs = w.setting_refs(r, setting, YEAR)
    created = dt.datetime(
        YEAR - r.randint(0, 1),
        r.randint(1, 12),
        r.randint(1, 28),
        r.randint(7, 21),
        r.randint(0, 59),
        r.randint(0, 59),
    )
    roles = cfg["roles"][lang]  # type: ignore[index]
    case = Case(
        r,
        lang,
        country,
        setting,
        subject,
        contact,
        staff,
        roles,
        company,
        caddr,
        hotline,
        role_email,
        company_iban,
        refs,
        created,
        [],
        [],
    )
    case.notes = _notes(case)
    if cfg["tech"]:
        case.tech = _tech(case)
    return case


def _notes(c: Case) -> list[list[Seg]]:
    r = c.r
    templates = list(w.NOTES[c.lang])
    if c.country not in num.ID_SCHEME:
        templates = [t for t in templates if "{id_twin}" not in t]
    if c.country not in num.IBAN_COUNTRIES:
        templates = [t for t in templates if "{iban_twin}" not in t]
    picked = r.sample(templates, k=r.choice([3, 3, 4]))
    famous, fdob = r.choice(w.FAMOUS[c.lang])
    out: list[list[Seg]] = []
    for t in picked:
        segs: list[Seg] = []
        rest = t
        while "{" in rest:
            pre, _, tail = rest.partition("{")
            slot, _, rest = tail.partition("}")
            segs.append(pre)
            segs.append(_slot(c, slot, famous, fdob))
        segs.append(rest)
        out.append([s for s in segs if s != ""])
    return out


def _slot(c: Case, slot: str, famous: str, fdob: dt.date) -> Val:
    r = c.r
    if slot == "other_date":
        d = dt.date(YEAR, r.randint(1, 12), r.randint(1, 28))
        return look("OTHER_DATE", w.date_text(r, d, c.lang, c.country))
    if slot == "ref":
        _, kind, v = r.choice([x for x in c.refs if x[1].endswith(("_NO", "_REF", "_ID"))])
        return look(kind, v)
    if slot == "card_twin":
        return look("CARD_BAD_LUHN", num.format_card(r, num.card_twin(r)))
    if slot == "iban_twin":
        tw = num.iban_twin(r, c.country)
        return look("IBAN_BAD_CHECK", num.format_iban(r, tw) if r.random() < 0.5 else tw)
    if slot == "id_twin":
        p = c.subject
        return look("ID_BAD_CHECK", num.id_twin(r, c.country, p.dob, p.female, (p.family, p.given)))
    if slot == "role_email":
        return look("ROLE_EMAIL", c.role_email)
    if slot == "hotline":
        return look("HOTLINE", c.hotline)
    if slot == "famous":
        return look("FAMOUS_PERSON", famous)
    if slot == "famous_dob":
        return look(
            "FAMOUS_BIRTH_DATE", w.date_text(r, fdob, c.lang, c.country, four_digit_year=True)
        )
    if slot == "contact_given":
        return span("PERSON", c.contact.given)
    if slot == "staff_name":
        return span("PERSON", f"{c.staff.given} {c.staff.family}")
    if slot == "amount":
        return look("AMOUNT", w.amount(r, c.lang, c.country))
    raise ValueError(slot)


def _tech(c: Case) -> list[Field]:
    """What an app's record carries beside the person: ids, hashes, servers, placeholders."""
    r = c.r
    out = [
        Field(
            "record_uuid", "uuid", [look("UUID", str(uuid.UUID(int=r.getrandbits(128), version=4)))]
        ),
        Field(
            "gateway",
            "gateway",
            [
                look("PRIVATE_IP", num.private_ip(r))
                if r.random() < 0.6
                else look("DOC_IP", num.doc_ip(r))
            ],
        ),
        Field("smtp_password", "smtp_password", [look("PLACEHOLDER_SECRET", num.placeholder(r))]),
    ]
    if r.random() < 0.5:
        out.append(Field("checksum", "sha1", [look("HASH", f"{r.getrandbits(160):040x}")]))
    else:
        out.append(
            Field(
                "client_version",
                "client",
                [look("VERSION", f"{r.randint(1, 14)}.{r.randint(0, 40)}.{r.randint(0, 20)}")],
            )
        )
    return out
