"""IPv4 addresses, and the version numbers written the same way that are kept."""

from __future__ import annotations

import re
from collections.abc import Iterator

from consentry.redact import validators as v
from consentry.redact.kinds import Kind

# A dotted quad after a version word or a package pin is a version, not an address:
# "version 4.2.0.1", "Build 10.0.19.41", "pkg==1.2.3.4", "lib@2.0.0.1", "v 1.0.0.2"; under a
# version field (`APP_VERSION='1.20.5.13'`); an app's or SDK's release (`app 16.8.21.12`); a
# browser's revision in a user agent (`rv:109.0.1.2`).
_VERSION_BEFORE = re.compile(
    r"(?i)(?:(?:\b|(?<=_))(?:version|ver|release|build|rev|revision|firmware|fw|v|vers|versie|versión|"
    r"rv|app|sdk|ios|android|versione|versão|"
    r"version\s+no\.?|section|sec\.?|chapter|ch\.|clause|article|art\.?|para\.?|paragraph|"
    r"abschnitt|kapitel|absatz|artikel|ziffer|chapitre|alinéa|sección|seccion|capítulo|capitulo|"
    r"apartado|artículo|hoofdstuk|sectie|lid|oid|rule|step|item|figure|fig\.|table|tab\.|"
    r"appendix|annex|anhang|annexe|anexo|bijlage|§+)[\"'`]?\s*[:=#|\t]?\s*[\"'`]?"
    r"|==|>=|<=|~=|\^|@|/v|[A-Za-z][\w.-]*/|§\s*)$"
)


# ...but after `user@` in a remote login (`ssh -p 22 root@203.0.113.9`, `scp f deploy@...:`)
# the quad is the host logged in to.
_REMOTE_LOGIN = re.compile(r"\b(?:ssh|scp|sftp|rsync|mosh|telnet|ssh-copy-id)\b[^\n@]*[\w.-]@\Z")


def ipv4_spans(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text, s, e = m.string, m.start(), m.end()
    if not v.ip_ok(m.group().split("/")[0]):
        return  # not on the global internet, or a public resolver: no one's machine (v.ip_ok)
    if _VERSION_BEFORE.search(text, max(0, s - 20), s) and not (
        text[s - 1 : s] == "@" and _REMOTE_LOGIN.search(text[max(0, s - 200) : s])
    ):
        return
    yield s, e, Kind.IP_ADDRESS
