"""One-time codes and PINs after their name in any language: `Kode OTP Anda adalah 061679`,
`Doğrulama kodunuz: 437604`, `Seu código de verificação é 987973`, `验证码：482913`.

While it is valid such a code logs in or pays as its holder, so it is a secret. The cue words
are world.OTP's (about forty languages); a few words may stand between the cue and the code (a
possessive, `is`, `adalah`, `ni`), no digit and no line break. The code is four to eight digits,
maybe in two groups (`482 913`), and no longer number goes on after it.
"""

from __future__ import annotations

import re

from consentry.redact import world

_SPACED = [w for lang, ws in world.OTP if lang not in world.UNSPACED_LANGS for w in ws.split("|")]
_UNSPACED = [w for lang, ws in world.OTP if lang in world.UNSPACED_LANGS for w in ws.split("|")]


def _alt(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


OTP = re.compile(
    rf"(?:(?<![\w])(?i:{_alt(_SPACED)})(?![^\W\d_])|(?-i:\bPIN\b)|(?:{_alt(_UNSPACED)}))"
    # up to five words (no digit, no line break, no sentence's end) between the cue and the code
    r"(?:[ \t]*[:：=#-]?[ \t]*(?:[^\W\d_][^\s\d.!?]{0,15}[ \t]*[:：=]?[ \t]+){0,5})?[ \t]*[:：=]?[ \t]*"
    r"[\"'«“]?(?P<code>\d{4,8}|\d{3}[ -]\d{3})(?![\d\w]|[.,]\d|[-/:]\d)"
)
# (a PIN by its name in capitals: `PIN`, `PIN:`; not `pin` inside `spin` or `shipping`)
ANCHORS = tuple(sorted({w.lower() for w in _SPACED + _UNSPACED} | {" pin ", "pin:", "pin is"}))
