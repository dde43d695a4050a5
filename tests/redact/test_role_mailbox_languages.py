"""The functions organisations publish mailboxes for (billing, accounting, customer service,
sales, orders, bookings, jobs, press, data protection, the front office, help, complaints)
are named in the language of the organisation: in German, French, Spanish and Dutch as in
English, such a mailbox is the organisation's and is kept, however its words are joined."""

from __future__ import annotations

import pytest

from tests.redact.helpers import covers, untouched

# (function, words in German, French, Spanish, Dutch); compound names as word lists
FUNCTIONS = (
    ("billing", (("rechnung",), ("facturation",), ("facturacion",), ("facturatie",))),
    ("accounting", (("buchhaltung",), ("comptabilite",), ("contabilidad",), ("boekhouding",))),
    (
        "customer service",
        (
            ("kunden", "dienst"),
            ("service", "client"),
            ("atencion", "al", "cliente"),
            ("klanten", "service"),
        ),
    ),
    ("orders", (("bestellung",), ("commandes",), ("pedidos",), ("bestellingen",))),
    ("press", (("presse",), ("presse",), ("prensa",), ("pers",))),
    ("front office", (("empfang",), ("accueil",), ("recepcion",), ("receptie",))),
    ("help", (("hilfe",), ("aide",), ("ayuda",), ("hulp",))),
)
DOMAINS = ("stadtwerke-nord.de", "boulangerie-martin.fr", "talleres-ruiz.es", "bakkerij-jansen.nl")
FRAMES = (
    "Schreiben Sie bitte an {v}.",
    "Écrivez à {v} pour toute question.",
    "Escribe a {v} si tienes dudas.",
    "Mail naar {v} voor vragen.",
    "From: Anna Berger <anna.berger@web.de>\nTo: {v}\nSubject: Frage",
    '{{"reply_to": "{v}", "status": "open"}}',
)
CASES = [
    (sep.join(words), domain)
    for _function, langs in FUNCTIONS
    for lang, words in enumerate(langs)
    for sep in (("", "-", ".", "_") if len(words) > 1 else ("",))
    for domain in (DOMAINS[lang],)
]


@pytest.mark.parametrize(("local", "domain"), CASES)
@pytest.mark.parametrize("frame", FRAMES)
def test_a_function_mailbox_in_the_organisations_language_is_kept(
    local: str, domain: str, frame: str
) -> None:
    value = f"{local}@{domain}"
    assert untouched(frame.format(v=value), value)


@pytest.mark.parametrize("person", ("lena.vogel", "m.dubois", "jgarcia84", "rechnung.lena"))
@pytest.mark.parametrize("domain", DOMAINS)
def test_a_persons_mailbox_at_the_same_domain_is_still_redacted(person: str, domain: str) -> None:
    value = f"{person}@{domain}"
    assert covers(FRAMES[0].format(v=value), value, "EMAIL")
