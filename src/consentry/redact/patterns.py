"""The recognisers: a pattern per format, the validator that confirms it, and a cheap gate.

General formats, not the ones a generator happens to produce: international and national
phone layouts, any IBAN country, card numbers in any grouping, IPv4 and IPv6, the key formats
of common providers plus generic `password=...` assignments and credentials in URLs.
Priority settles overlaps: a checksum-validated finding beats a looser one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from consentry.redact import addresses as addr
from consentry.redact import (
    codes,
    dates,
    fields,
    gazetteer,
    ids,
    name_blocks,
    names,
    phones,
    spoken,
)
from consentry.redact import ip as addr_ip
from consentry.redact import lexicon as lx
from consentry.redact import validators as v
from consentry.redact.kinds import Kind

__all__ = ["Kind", "Recogniser", "RECOGNISERS"]

Emit = Callable[[re.Match[str]], Iterable[tuple[int, int, str]]]


# Where a recogniser looks. Most run only in small windows around an anchor found by one fast
# scan (a run of digits, an '@', any number), so cost follows the candidates, not the text.
DIGIT = "dense_digits"  # windows around runs of >= 6 digit-ish characters
NUMBER = "number"  # windows around any number (street addresses, Italian tax codes)
DIGIT_ANY = "digit_any"  # windows around any digit (house numbers after the street, dates)
AT = "at"  # windows around '@'
COLON_HEX = "colonhex"  # windows around hex groups separated by colons
ANCHORED = "anchored"  # windows around the recogniser's own literal anchors (key prefixes)
ALWAYS = "always"
# Whole texts, but only those that pass the scope's pre-check (a field name before a
# separator; a header, salutation, sign-off, title or introduction word).
FIELD = "field"
CUE = "cue"
CAPS = "caps"  # whole texts with two capitalised words in a row (full names in prose)
TOKENS = "tokens"  # whole texts with a bot token's shape (Telegram, Discord)
NAME_FORMS = (
    "name_forms"  # whole texts with an ALL-CAPS pair, an initial, "Surname, Given" or a label
)


@dataclass(frozen=True)
class Recogniser:
    kind: str
    pattern: re.Pattern[str]
    validate: Callable[[str], bool] = v.always
    gate: str = ALWAYS
    group: int = 0  # the group that is redacted (0: the whole match)
    priority: int = 50  # higher wins an overlap
    name: str = ""
    anchors: tuple[str, ...] = ()  # ANCHORED: literals that every match contains near its start
    lower: bool = False  # look for the anchors in the lower-cased text
    window: tuple[int, int] = (96, 400)  # ANCHORED: characters before and after an anchor
    emit: Emit | None = None  # decides the spans (and kinds) of a match itself


_KEY_QUESTION = re.compile(
    r"(?i)(?:\bkey|\bclé|\bcle|\bclave|schlüssel|sleutel|\btoken|\bsecret|geheim|chiave|\bchave|"
    r"\bapi)\b[^\n?]{0,80}$"
)
# Not the token of an anti-forgery key (`csrf_token`, `X-XSRF-TOKEN`): it guards one form's
# submission and logs no one in (fields.key_kind keeps it too).
_NOT_ANTI_FORGERY = r"(?<![sS][rR][fF][_-])(?<![sS][rR][fF])(?<!csrfmiddleware)(?<!authenticity_)"

_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


def secret_after_question(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The value after a question that names a key (not a UUID, a URL or an address)."""
    text, q = m.string, m.start()
    value = m.group(1)
    if _UUID.fullmatch(value) or "://" in value:
        return
    if _KEY_QUESTION.search(text, max(0, text.rfind("\n", 0, q) + 1, q - 100), q):
        yield m.start(1), m.end(1), Kind.SECRET


def _company_account(text: str, s: int) -> bool:
    """The words right before the IBAN name it an organisation's account (lexicon)."""
    return lx.COMPANY_ACCOUNT.search(text, max(0, s - 48), s) is not None


def _iban(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """An IBAN that passes ISO 13616's check, unless it is named a company's account."""
    n = v.iban_span(m.string[m.start() : m.end() + 1])
    if n and not _company_account(m.string, m.start()):
        yield m.start(), m.start() + n, Kind.IBAN


def _registered_iban(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    n = v.iban_registered_span(m.string[m.start() : m.end() + 1])
    if n and not _company_account(m.string, m.start()):
        yield m.start(), m.start() + n, Kind.IBAN


def _r(
    kind: str,
    pattern: str,
    validate: Callable[[str], bool] = v.always,
    *,
    gate: str = ALWAYS,
    group: int = 0,
    priority: int = 50,
    flags: int = 0,
    name: str = "",
    anchors: tuple[str, ...] = (),
    lower: bool = False,
    window: tuple[int, int] = (96, 400),
    emit: Emit | None = None,
) -> Recogniser:
    if anchors:
        gate = ANCHORED
    return Recogniser(
        kind,
        re.compile(pattern, flags),
        validate,
        gate,
        group,
        priority,
        name or kind.lower(),
        anchors,
        lower,
        window,
        emit,
    )


SECRET_PATTERNS = (
    _r(
        Kind.SECRET,
        r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----",
        priority=100,
        name="private_key",
        anchors=("-----BEGIN",),
        window=(0, 40_000),
    ),
    _r(
        Kind.SECRET,
        r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b",
        v.not_documentation_key,
        priority=95,
        name="aws_key_id",
        anchors=("AKIA", "ASIA", "ABIA", "ACCA"),
    ),
    _r(
        Kind.SECRET,
        r"\bgh[pousr]_[A-Za-z0-9]{30,255}\b",
        priority=95,
        name="github",
        anchors=("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    ),
    _r(
        Kind.SECRET,
        r"\bgithub_pat_[A-Za-z0-9_]{22,255}\b",
        priority=95,
        name="github_pat",
        anchors=("github_pat_",),
    ),
    _r(Kind.SECRET, r"\bglpat-[A-Za-z0-9_-]{20,}", priority=95, name="gitlab", anchors=("glpat-",)),
    _r(
        Kind.SECRET,
        r"\bxox[abposre]-[A-Za-z0-9-]{10,}",
        priority=95,
        name="slack",
        anchors=("xox",),
    ),
    _r(
        Kind.SECRET,
        r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+",
        priority=95,
        name="slack_webhook",
        anchors=("hooks.slack.com",),
    ),
    _r(
        Kind.SECRET,
        r"\b(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{10,}",
        priority=95,
        name="stripe",
        anchors=("_live_", "_test_"),
    ),
    _r(
        Kind.SECRET,
        r"\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",
        priority=95,
        name="openai_anthropic",
        anchors=("sk-",),
    ),
    _r(Kind.SECRET, r"\bAIza[0-9A-Za-z_-]{35}", priority=95, name="google_api", anchors=("AIza",)),
    _r(
        Kind.SECRET,
        r"\bya29\.[0-9A-Za-z_-]{20,}",
        priority=95,
        name="google_oauth",
        anchors=("ya29.",),
    ),
    _r(
        Kind.SECRET,
        r"\bSG\.[\w-]{16,32}\.[\w-]{20,64}",
        priority=95,
        name="sendgrid",
        anchors=("SG.",),
    ),
    _r(
        Kind.SECRET,
        r"\b(?:npm_[A-Za-z0-9]{36}|pypi-[A-Za-z0-9_-]{50,}|hf_[A-Za-z0-9]{30,}|dop_v1_[a-f0-9]{64}"
        r"|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|SK[0-9a-f]{32}|key-[0-9a-z]{32})\b",
        priority=95,
        name="other_provider",
        anchors=("npm_", "pypi-", "hf_", "dop_v1_", "shp", "SK", "key-"),
    ),
    _r(
        Kind.SECRET,
        r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
        priority=94,
        name="jwt",
        anchors=("eyJ",),
    ),
    _r(
        Kind.SECRET,
        r"(?i:\bbearer)\s+([A-Za-z0-9._~+/-]{16,}=*)",
        v.not_placeholder,
        group=1,
        priority=93,
        name="bearer",
        anchors=("bearer",),
        lower=True,
    ),
    _r(
        Kind.SECRET,
        # the user may be empty (`redis://:secret@host`); a password may hold an '@' itself
        # (`P@ss...`): the credentials end at the last '@' before the host
        r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://[^\s/:@\"'<>]{0,64}:([^\s/\"'<>]{1,128})@(?=[\w.-]+(?::\d+)?(?:[/?#\s\"'<>]|$))",
        group=1,
        priority=96,
        name="url_password",
        anchors=("://",),
    ),
    _r(
        Kind.SECRET,
        r"(?i:aws_secret_access_key|aws_secret)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])",
        v.not_placeholder,
        group=1,
        priority=96,
        name="aws_secret",
        anchors=("aws_secret",),
        lower=True,
    ),
    _r(
        Kind.SECRET,
        _NOT_ANTI_FORGERY
        + r"(?i:(?:password|passwd|pwd|passphrase|secret|secret[_-]?key|api[_-]?key|apikey|access[_-]?token"
        r"|auth[_-]?token|client[_-]?secret|private[_-]?key|token))[\"']?\s*(?:[:=]|=>|:=)\s*[\"']?"
        r"((?!<[A-Z_]+>)[^\s\"',;<>]{6,200})",
        v.not_placeholder,
        group=1,
        priority=90,
        name="assignment",
        anchors=(
            "password",
            "passwd",
            "pwd",
            "passphrase",
            "secret",
            "api_key",
            "api-key",
            "apikey",
            "token",
            "private_key",
            "private-key",
        ),
        lower=True,
    ),
)

# The password word of Polish, Czech and Slovak, Swedish, Danish, Norwegian, Finnish, Turkish,
# Hungarian, Romanian and Croatian in prose (the Scandinavian ones also in their definite form).
_PASSWORD_WORDS = (
    r"hasło|haslo|heslo|lösenordet|lösenord|losenordet|losenord|adgangskoden|adgangskode|passordet|"
    r"passord|salasana|şifre|sifre|jelszó|jelszo|"
    r"parolă|parola|lozinka"
)
_PASSWORD_ANCHORS = tuple(_PASSWORD_WORDS.split("|"))

# Credentials given on a command line or in a tool's file: `curl -u user:SECRET`, `docker
# login -p SECRET`, `mysql -pSECRET`, `sshpass -p SECRET`, a .netrc's `machine H login U
# password SECRET`; and a session cookie's value (it logs in as whoever holds it).
COMMAND_CREDENTIALS = (
    _r(
        Kind.SECRET,
        r"\b(?:curl|wget|http|https)\b[^\n]{0,120}?(?:[ \t]-u[ \t]*|--user[ =]|--http-user[ =][^\s:]+[ \t]+--http-password[ =])"
        # the password may hold an '@' (`-u deploy:n&YVB@F7ViQ`); the URL's own credentials,
        # `curl https://u:p@host`, are the URL recogniser's
        r"[\"']?[^\s:\"'/]{1,64}:([^\s\"']{4,128}?)[\"']?(?=\s|$)",
        v.not_placeholder,
        group=1,
        priority=90,
        name="command_user_password",
        anchors=("curl ", "wget ", "http ", "https "),
        lower=True,
        window=(0, 220),
    ),
    _r(
        Kind.SECRET,
        r"(?:\b(?:docker|podman|helm|nerdctl|buildah)[ \t]+(?:registry[ \t]+)?login\b[^\n]{0,120}?"
        r"(?:[ \t]-p|--password)|\bsshpass[ \t]+-p|\bmysql(?:dump|admin)?\b[^\n]{0,80}?[ \t]-p(?=\S)"
        r"|\bpsql\b[^\n]{0,80}?password=)[ \t=]?[\"']?([^\s\"']{4,128})",
        v.not_placeholder,
        group=1,
        priority=90,
        name="command_password",
        anchors=("docker", "podman", "helm", "nerdctl", "buildah", "sshpass", "mysql", "psql"),
        lower=True,
        window=(0, 220),
    ),
    _r(
        Kind.SECRET,
        r"\bmachine[ \t]+\S+[ \t\n]+login[ \t]+\S+[ \t\n]+password[ \t]+([^\s]{4,128})",
        v.not_placeholder,
        group=1,
        priority=90,
        name="netrc_password",
        anchors=("machine ",),
        window=(0, 300),
    ),
    _r(
        Kind.SECRET,
        # in a Cookie header only: a log's `session=<uuid>` names a session, it opens none; a
        # HAR file writes the header as a pair (`{"name": "cookie", "value": "JSESSIONID=..."}`)
        r"(?i:\b(?:set-)?cookie\b[\"']?[ \t]*(?:[:=]|,[ \t]*[\"']value[\"'][ \t]*:)"
        r"[^\n]{0,200}?\b(?:sessionid|session_id|session|sid|"
        r"phpsessid|jsessionid|connect\.sid|laravel_session|_session_id|remember_token|auth_token|"
        r"access_token|refresh_token))=(?![0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b)"
        r"([A-Za-z0-9%._~+/-]{16,512}=*)",
        v.not_placeholder,
        group=1,
        priority=90,
        name="session_cookie",
        anchors=("cookie",),
        lower=True,
        window=(0, 760),
    ),
)

# More providers' key formats (prefixes their documentation publishes).
PROVIDER_KEYS = (
    _r(
        Kind.SECRET,
        r"\b(?:sq0(?:atp|csp)-[\w-]{22,60}|lin_api_[A-Za-z0-9]{40}|dp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,}"
        r"|hvs\.[A-Za-z0-9_-]{24,}|[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}"
        r"|secret_[A-Za-z0-9]{43}|figd_[\w-]{40,}|glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}"
        r"|gl(?:dt|rt|ptt|ft|oas|cbt|imt|agent)-[\w-]{20,}|AGE-SECRET-KEY-1[0-9A-Z]{58}|dapi[a-f0-9]{32}"
        r"|sbp_[a-f0-9]{40}|pscale_(?:tkn|pw|oauth)_[\w.-]{32,}|do[or]_v1_[a-f0-9]{64}|ATATT3[\w=-]{50,}"
        r"|xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,}|rk_live_[A-Za-z0-9]{20,}|sk\.eyJ[\w.-]{40,}"
        r"|whsec_[A-Za-z0-9+/=]{24,}|ops_[A-Za-z0-9]{40,}"
        r"|nfp_[A-Za-z0-9]{36,}|rubygems_[a-f0-9]{48}|CLOJARS_[a-z0-9]{60}|FLWSECK-[\w-]{32,}"
        r"|SG\.[\w-]{22}\.[\w-]{43})\b",
        priority=95,
        name="provider_more",
        anchors=(
            "sq0",
            "lin_api_",
            "dp.pt.",
            "dp.st.",
            "dp.sa.",
            "dp.ct.",
            "hvs.",
            "atlasv1",
            "PMAK-",
            "secret_",
            "figd_",
            "glsa_",
            "gldt-",
            "glrt-",
            "glptt-",
            "glft-",
            "gloas-",
            "glcbt-",
            "glimt-",
            "glagent-",
            "AGE-SECRET",
            "dapi",
            "sbp_",
            "pscale_",
            "doo_v1",
            "dor_v1",
            "ATATT3",
            "xapp-",
            "rk_live",
            "sk.eyJ",
            "whsec_",
            "ops_",
            "nfp_",
            "rubygems_",
            "CLOJARS_",
            "FLWSECK",
        ),
    ),
    # Telegram bot tokens (bot id, colon, 35 characters) and Discord bot tokens (three parts).
    _r(
        Kind.SECRET,
        r"(?<![\w:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])"
        r"|\b[MNO][A-Za-z\d_-]{23,27}\.[\w-]{6,7}\.[\w-]{27,40}\b",
        priority=95,
        name="bot_tokens",
        gate=TOKENS,
    ),
    # Azure connection strings and SAS signatures: the key after AccountKey= / SharedAccessKey= / sig=.
    _r(
        Kind.SECRET,
        r"(?i:AccountKey|SharedAccessKey|SharedAccessSignature|sig|Password|Pwd)=([A-Za-z0-9+/%=._~!@#$^&*-]{8,200}?)(?=;|&|\s|\"|'|$)",
        v.not_placeholder,
        group=1,
        priority=92,
        name="connection_string",
        anchors=(
            "accountkey=",
            "sharedaccesskey=",
            "sharedaccesssignature=",
            "sig=",
            "password=",
            "pwd=",
        ),
        lower=True,
    ),
    # A private key block cut short (pasted without its END line).
    _r(
        Kind.SECRET,
        r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?:\\n|\\r|[\sA-Za-z0-9+/=:,-]){40,}",
        priority=99,
        name="private_key_cut",
        anchors=("-----BEGIN",),
        window=(0, 40_000),
    ),
    # A login given with its password, no verb between: `my login is X and my password Y`,
    # `mon identifiant est X et mon mot de passe Y`, `Mein Login ist X, Passwort Y`.
    _r(
        Kind.SECRET,
        r"(?i:(?:\b(?:and|und|et|y|en|e)[ \t]+(?:(?:my|mein|meine|mon|ma|mi|mijn|het|das|le|la|el|il|o|a)[ \t]+)?|,[ \t]*)"
        r"(?:password|passwort|kennwort|mot de passe|contraseña|contrasena|wachtwoord|senha|pwd))[ \t]+"
        # a digit, a symbol or a camelCase join inside the value (a full stop after it is the
        # sentence's: `and my password yesterday.` is no secret)
        r"((?=[^\s\"'`»“”]*(?:\d|[^\w\s.,;:)!?\"'`»“”]|[a-z][A-Z]|[.,;:!?][^\s\"'`»“”.,;:)!?]))"
        r"[^\s\"'`»“”]{5,63}[^\s\"'`»“”.,;:)])(?=[.,;:)]?(?:\s|$))",
        v.not_placeholder,
        group=1,
        priority=90,
        name="password_after_login",
        anchors=(
            "password",
            "passwort",
            "kennwort",
            "mot de passe",
            "contrase",
            "wachtwoord",
            "senha",
            "pwd",
        ),
        lower=True,
        window=(24, 90),
    ),
    # A key shown right after a question about it: `Is this key safe to paste in Slack?
    # 43df8e6e...`, `¿Es seguro compartir esta clave? zTFxr/MZ...`.
    _r(
        Kind.SECRET,
        r"\?[ \t]*\r?\n?[ \t]*((?=[^\s]*\d)(?=[^\s]*[A-Za-z])[^\s\"'`<>@]{20,256})(?=\s|$)",
        v.not_placeholder,
        priority=90,
        name="key_after_question",
        anchors=("? ", "?\n"),
        window=(2, 270),
        emit=secret_after_question,
    ),
    # A token a system generated, named in a sentence: `generated token X`, `hat das Token X
    # erzeugt`, `a produit le jeton X`: a long random value (letters of both cases and digits).
    _r(
        Kind.SECRET,
        r"(?i:\b(?:token|jeton|tok[e]n-?code|código|codigo|sleutel))[ \t]+"
        r"((?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{24,256})(?![\w-])",
        v.not_placeholder,
        group=1,
        priority=90,
        name="token_prose",
        anchors=("token ", "jeton ", "código ", "codigo ", "sleutel "),
        lower=True,
        window=(8, 270),
    ),
    # Passwords said in prose: "my password is X", "Passwort lautet X", "le mot de passe est X".
    _r(
        Kind.SECRET,
        _NOT_ANTI_FORGERY
        + r"(?i:\b(?:password|passwort|kennwort|passcode|passphrase|pass ?word|mot de passe|mdp|contraseña|"
        r"contrasena|clave|wachtwoord|pin ?code|pincode|pwd|pw|api[ -]?key|api[ -]?token|access[ -]?key|"
        r"access[ -]?token|auth[ -]?token|secret(?:[ -]?key)?|token|clé(?: d')?(?: ?api)?|clave(?: de)? api|"
        r"api-sleutel|zugangsschlüssel|schlüssel|geheimnis|geheime sleutel|senha|"
        + _PASSWORD_WORDS
        + r")\b"
        # whose it is, or who set it, before the verb: `for the database`, `de la base de
        # datos`, `für die Datenbank`, `I set`
        r"(?:[ \t]+(?:for|für|pour|para|voor|of|de|del|van|vom|du|I|we|you|ich|je|j'ai)"
        r"(?:[ \t]+[\w.@'-]{1,40}){1,4}?)?"
        r"(?:[ \t]*[:=]|[ \t]+(?:is|was|ist|lautet|war|est|était|es|era|=|->|reads|now|now is|is now|ist jetzt|est maintenant|es ahora|is nu"
        # Italian, Portuguese, French spoken, Polish, Czech, Scandinavian, Romanian
        r"|è|é|c'est|c’est|jest|to|je|er|är|on|este|é agora))"
        r"(?:[ \t]+(?:now|jetzt|maintenant|ahora|nu|still|noch|toujours|todavía|nog))?[ \t]*:?[ \t]+)"
        r"[\"'`«„“]?((?=[^\s\"'`»“”]*(?:\d|[^\w\s]|[a-z][A-Z]))[^\s\"'`»“”]{5,63}[^\s\"'`»“”.,;:)])[\"'`»“”]?(?=[.,;:)]?(?:\s|$))",
        v.not_placeholder,
        group=1,
        priority=90,
        name="password_prose",
        anchors=(
            "password",
            "passwort",
            "pass word",
            "passcode",
            "passphrase",
            "kennwort",
            "mot de passe",
            "mdp",
            "contrase",
            "clave",
            "wachtwoord",
            "pincode",
            "pin code",
            "pwd",
            "pw ",
            "pw:",
            "api key",
            "api-key",
            "apikey",
            "api token",
            "api-token",
            "access key",
            "access-key",
            "access token",
            "access-token",
            "auth token",
            "auth-token",
            "token is",
            "token ist",
            "token est",
            "token es",
            "token:",
            "token =",
            "secret is",
            "secret key",
            "secret:",
            "clé",
            "sleutel",
            "schlüssel",
            "geheim",
            "senha",
            *_PASSWORD_ANCHORS,
        ),
        lower=True,
        window=(8, 120),
    ),
    # A password word right before its value, no verb between (`das Passwort Dragon1977*
    # wird abgelehnt`, `hasło MgU_GYzx nie działa`, `password lato_estate86 - write`): only a
    # value no word is written like, eight characters or more: letters with a digit, a symbol or
    # a capital inside, or three or more words joined by hyphens or underscores (a passphrase);
    # `password reset`, `re-entry` are words, and a link, an e-mail address or a version after
    # the word (`reset your password https://…`, `password v2.3.1`) are not its value.
    _r(
        Kind.SECRET,
        r"(?i:\b(?:password|passwort|kennwort|mot de passe|contraseña|contrasena|wachtwoord|senha|"
        + _PASSWORD_WORDS
        + r"))[ \t]+[\"'`«„“]?"
        r"(?![^\s]*://|[^\s@]+@[^\s@]+\.[A-Za-z]{2,}|v?\d+(?:\.\d+)+(?:[\s,;:)]|\.?$))"
        r"((?=[^\s\"'`»“”]*[^\W\d_])(?:(?=[^\s\"'`»“”]*(?:\d|[!#$%&*+=?@^~()/\\]|[a-z][A-Z]))"
        r"|(?=[^\W\d_]+(?:[-_][^\W\d_]+){2,}(?:[\"'`»“”.,;:)]|\s|$)))"
        r"[^\s\"'`»“”]{7,63}[^\s\"'`»“”.,;:)])[\"'`»“”]?(?=[.,;:)]?(?:\s|$))",
        v.not_placeholder,
        group=1,
        priority=89,
        name="password_bare",
        anchors=(
            "password",
            "passwort",
            "kennwort",
            "mot de passe",
            "contrase",
            "wachtwoord",
            "senha",
            *_PASSWORD_ANCHORS,
        ),
        lower=True,
        window=(8, 90),
    ),
)

# A one-time code or a PIN after its name in any language (codes.py).
ONE_TIME_CODES = (
    _r(
        Kind.SECRET,
        codes.OTP.pattern,
        group=codes.OTP.groupindex["code"],
        priority=89,
        name="one_time_code",
        anchors=codes.ANCHORS,
        lower=True,
        window=(8, 110),
    ),
)

# A message's identifier in a mail header is written like an address but names the message,
# not a mailbox (RFC 5322 3.6.4: `Message-ID: <uuid@mail.host>`, In-Reply-To, References); it is
# always in angle brackets, which tells it from a label (`References: Anna, anna@web.de`).
_MSG_ID_HEADER = re.compile(r"(?i)[ \t]*(?:message-id|in-reply-to|references|content-id)[ \t]*:")


def _mailboxes(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    text, s = m.string, m.start()
    msg_id = text[s - 1 : s] == "<" and _MSG_ID_HEADER.match(text, text.rfind("\n", 0, s) + 1, s)
    if v.mailbox_ok(m.group()) and not msg_id:
        yield s, m.end(), Kind.EMAIL


EMAIL = _r(
    Kind.EMAIL,
    r"(?<![\w.%+-])[\w][\w.%+-]{0,63}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}(?![\w-]|\.[^\W_]|:[\w~/.])",
    gate=AT,
    priority=80,
    emit=_mailboxes,
)

# Addresses written to dodge scrapers: "ana [at] example [dot] org", "ana at example dot com".
_TLD = r"(?:com|org|net|edu|gov|mil|int|io|co|ai|dev|app|info|biz|me|eu|[a-z]{2})"
EMAIL_SPELLED = _r(
    Kind.EMAIL,
    r"(?i)(?<![\w.+-])[\w][\w.+-]{0,63}(?:\sdot\s[\w][\w.+-]{0,63})*\s*(?:[\[({<]\s*at\s*[\])}>]|\sat\s)\s*[\w-]{1,63}"
    r"(?:\s*(?:[\[({<]\s*dot\s*[\])}>]|\sdot\s|\.)\s*[\w-]{1,63})*"
    r"\s*(?:[\[({<]\s*dot\s*[\])}>]|\sdot\s)\s*" + _TLD + r"\b",
    priority=79,
    name="email_spelled",
    anchors=(" dot ", "[dot]", "(dot)", "{dot}", "<dot>"),
    lower=True,
    window=(140, 40),
)

# Addresses with the '@' written in brackets, URL-encoded or as an HTML entity:
# "ana(at)example.org", "ana [at] example.org", "ana%40example.org", "ana&#64;example.org".
EMAIL_ESCAPED = _r(
    Kind.EMAIL,
    r"(?i)(?<![\w.%+-])[\w][\w.%+-]{0,63}(?:[ \t]*[\[({<][ \t]*(?:at|@)[ \t]*[\])}>][ \t]*|%40|&#0*64;|&#x0*40;|&commat;)"
    r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}(?![\w-])",
    v.mailbox_ok,
    priority=79,
    name="email_escaped",
    anchors=(
        "[at]",
        "(at)",
        "{at}",
        "<at>",
        "[ at ]",
        "( at )",
        "[@]",
        "(@)",
        "%40",
        "&#",
        "&commat;",
    ),
    lower=True,
    window=(72, 100),
)


def _cards(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """A valid card number (the match may run on: the check says where it ends). A number
    published for testing is kept, and holds its digits against the phone and id recognisers
    that would take a part of it."""
    s = m.start()
    n = v.card_span(m.string[s : m.end() + 1])
    if n:
        kind = fields.KEEP if v.published_test_card(m.string[s : s + n]) else Kind.CARD
        yield s, s + n, kind


# The first character before the look-behind: a pattern that starts with a character class
# lets the regex engine skip ahead to where a match can begin instead of trying every position.
# (never after a '+': `+4915177965097` is a phone number whose digits may pass Luhn by chance)
CARD = _r(
    Kind.CARD,
    r"\d(?<![\w+-]\d)(?:[ -]?\d){12,22}",
    gate=DIGIT,
    priority=85,
    emit=_cards,
)

IBAN = _r(
    Kind.IBAN,
    r"[A-Z](?<!\w[A-Z])[A-Z]\d{2}(?:[ -]?[A-Z0-9]){11,32}",
    gate=DIGIT,
    priority=86,
    emit=_iban,
)
# People type IBANs in lower case too. Lower-case hex ids (hashes, UUIDs) are everywhere in
# chats, so this form must be exactly its country's registered length and end a group; the
# match may run on into the words after it (`iban gb81-nwbk-... para a devolução`).
IBAN_LOWER = _r(
    Kind.IBAN,
    r"[a-z](?<![\w-][a-z])[a-z]\d{2}(?:[ -]?[a-z0-9]){11,32}",
    gate=DIGIT,
    priority=86,
    name="iban_lower",
    emit=_registered_iban,
)

NATIONAL_IDS = (
    _r(
        Kind.NATIONAL_ID,
        ids.CANDIDATE,
        gate=DIGIT,
        priority=84,
        name="national_id",
        emit=ids.national_ids,
    ),
    _r(
        Kind.NATIONAL_ID,
        ids.TAX_CODE,
        gate=NUMBER,
        priority=84,
        name="national_id_tax_code",
        emit=ids.tax_code,
    ),
    _r(
        Kind.NATIONAL_ID,
        ids.DOCUMENT_CUE.pattern,
        priority=83,
        name="document_number",
        anchors=ids.DOCUMENT_ANCHORS,
        lower=True,
        window=(40, 80),
        emit=ids.document_numbers,
    ),
)

IPV4 = _r(
    Kind.IP_ADDRESS,
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?:/\d{1,2})?(?![\w]|\.\d)",
    gate=DIGIT,
    priority=81,
    name="ipv4",
    emit=addr_ip.ipv4_spans,
)
IPV6 = _r(
    Kind.IP_ADDRESS,
    r"(?<![\w:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}"
    r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?:%[\w.]+)?(?:/\d{1,3})?(?![\w:])",
    lambda s: v.ip_ok(s.split("/")[0]),
    gate=COLON_HEX,
    priority=81,
    name="ipv6",
)

_S = r"[ .-]"  # separators inside a phone number (never a tab or a line break: cells)
_PHONE_BODY = (
    r"(?:(?:\+|00)\d{1,3}"
    + _S
    + r"?(?:\(0\)"
    + _S
    + r"?)?(?:\(\d{1,5}\)"
    + _S
    + r"?)?\d{1,12}(?:"
    + _S
    + r"\d{1,8}){0,5}"
    r"|\(\d{1,5}\)" + _S + r"?\d{1,8}(?:" + _S + r"\d{1,8}){0,4}"
    # (a first group of six only with a trunk 0: India's 0 and five digits, Germany's 015670)
    r"|(?:\d{1,5}|0\d{5})(?:" + _S + r"\d{2,8}){1,5}"
    r"|\d{6,12}"
    r"|0\d{1,4}/[ ]?\d{2,10}(?:[ -]\d{1,8}){0,2}"
    # (a trunk 0 alone before the area code in brackets: Turkey's `0 (532) 158 93 01`)
    r"|\d{1,5} ?\(\d{1,5}\) ?\d{2,8}(?:" + _S + r"\d{1,8}){0,3})"
)
_PHONE_EXT = r"(?:[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,6})?"
PHONE = _r(
    Kind.PHONE,
    r"(?<![\w+/.:=#-])" + _PHONE_BODY + _PHONE_EXT + r"(?![\w/]|\.\d|:\d)",
    gate=DIGIT,
    priority=70,
    emit=phones.phone_spans,
)
# A phone number spoken digit by digit in a transcript (spoken.py).
SPOKEN_PHONE = _r(
    Kind.PHONE,
    spoken.DIGITS.pattern,
    priority=70,
    name="phone_spoken",
    anchors=spoken.ANCHORS,
    lower=True,
    window=(120, 160),
    emit=spoken.phone_numbers,
)
ADDRESSES = (
    _r(Kind.ADDRESS, addr.EN, gate=NUMBER, priority=60, name="address_en"),
    _r(
        Kind.ADDRESS,
        addr.TOWN_WITH_POSTCODE,
        gate=DIGIT_ANY,
        priority=59,
        name="address_en_no_number",
        emit=addr.street_before_town,
    ),
    _r(
        Kind.ADDRESS,
        addr.EU_TOWN_WITH_POSTCODE,
        gate=DIGIT_ANY,
        priority=59,
        name="address_eu_no_street_word",
        emit=addr.street_before_postcode,
    ),
    _r(
        Kind.ADDRESS,
        addr.EN_UNIT_FIRST,
        priority=61,
        name="address_unit_first",
        anchors=addr.UNIT_ANCHORS,
        lower=True,
        window=(40, 160),
    ),
    _r(
        Kind.ADDRESS,
        addr.PO_BOX,
        priority=60,
        name="address_po_box",
        anchors=(
            "box",
            "postfach",
            "postbus",
            "apartado",
            "b.p.",
            "bp ",
            "boîte",
            "case postale",
            "casella postale",
            "caixa postal",
            "cx. postal",
            "cx postal",
            "skrytka",
            "skr.",
            "casilla",
            "locked bag",
        ),
        lower=True,
        window=(16, 120),
    ),
    _r(Kind.ADDRESS, addr.FR, gate=NUMBER, priority=60, name="address_fr"),
    _r(
        Kind.ADDRESS,
        addr.FR_UNIT_FIRST,
        priority=61,
        name="address_fr_unit_first",
        anchors=addr.FR_UNIT_ANCHORS,
        lower=True,
        window=(4, 200),
    ),
    _r(
        Kind.ADDRESS,
        addr.FR_STREET_FIRST,
        priority=60,
        name="address_fr_street_first",
        anchors=addr.FR_STREET_FIRST_ANCHORS,
        lower=True,
        window=(8, 200),
        emit=addr.street_first_fr,
    ),
    _r(
        Kind.ADDRESS,
        addr.DE_NL,
        priority=60,
        name="address_de_nl",
        anchors=addr.DE_NL_ANCHORS,
        lower=True,
        window=(72, 48),
        emit=addr.number_after_street,
    ),
    _r(
        Kind.ADDRESS,
        addr.SOUTH,
        priority=60,
        name="address_es_it_pt",
        emit=addr.number_after_street,
        lower=True,
        window=(8, 200),
        anchors=addr.SOUTH_ANCHORS,
    ),
    _r(
        Kind.ADDRESS,
        addr.NORTH_EAST,
        priority=60,
        name="address_north_east",
        anchors=addr.NORTH_EAST_ANCHORS,
        lower=True,
        window=(72, 160),
        emit=addr.north_east_street,
    ),
    _r(
        Kind.ADDRESS,
        addr.EAST_ASIA,
        priority=60,
        name="address_east_asia",
        anchors=addr.EAST_ASIA_ANCHORS,
        window=(100, 120),
        emit=addr.east_asian_block,
    ),
    _r(
        Kind.ADDRESS,
        addr.VIETNAM,
        priority=60,
        name="address_vietnam",
        anchors=addr.VIETNAM_ANCHORS,
        lower=True,
        window=(120, 200),
        emit=addr.vietnam_address,
    ),
    _r(
        Kind.ADDRESS,
        addr.THAI,
        priority=60,
        name="address_thai",
        anchors=addr.THAI_ANCHORS,
        lower=True,
        window=(80, 160),
        emit=addr.thai_address,
    ),
    _r(
        Kind.ADDRESS,
        addr.LOWER_CASE,
        group=1,
        priority=59,
        name="address_lower_case",
        anchors=addr.LOWER_CASE_ANCHORS,
        lower=True,
        window=(0, 200),
    ),
)

VCARD_ADDRESS = _r(
    Kind.ADDRESS,
    addr.VCARD_ADR.pattern,
    priority=61,
    name="address_vcard",
    anchors=addr.VCARD_ADR_ANCHORS,
    lower=True,
    window=(0, 400),
    emit=addr.vcard_street,
)

FIELDS = (
    _r(
        "*",
        fields.SEPARATOR.pattern,
        gate=FIELD,
        priority=88,
        name="field_value",
        emit=fields.keyed_values,
    ),
    _r(
        "*",
        fields.INSERT.pattern,
        priority=88,
        name="sql_columns",
        anchors=("insert",),
        lower=True,
        window=(0, 20_000),
        emit=fields.sql_values,
    ),
    _r(
        "*",
        fields.SCREEN_LINE.pattern,
        gate=FIELD,
        priority=88,
        name="screen_form",
        emit=fields.screen_form_values,
    ),
    _r(
        "*",
        fields.HEADER_LINE.pattern,
        gate=FIELD,
        priority=88,
        name="table_columns",
        emit=fields.table_rows,
    ),
    _r(
        "*",
        fields.HTML_HEADER.pattern,
        gate=FIELD,
        priority=88,
        name="html_table_columns",
        emit=fields.html_table_rows,
    ),
    _r(
        "*",
        fields.FIXED_HEADER.pattern,
        gate=FIELD,
        priority=88,
        name="fixed_width_columns",
        emit=fields.fixed_width_rows,
    ),
    _r(
        "*",
        fields.PG_KEY.pattern,
        priority=88,
        name="pg_key_detail",
        anchors=("key (",),
        lower=True,
        window=(0, 440),
        emit=fields.pg_key_values,
    ),
    _r(
        "*",
        fields.FORM_DATA_PART.pattern,
        priority=88,
        name="form_data_parts",
        anchors=("form-data;",),
        lower=True,
        window=(24, 480),
        emit=fields.tagged_values,
    ),
    _r(
        "*",
        fields.XML_ELEMENT.pattern,
        priority=88,
        name="xml_elements",
        anchors=("</",),
        window=(260, 48),
        emit=fields.tagged_values,
    ),
    _r(
        "*",
        fields.SETTER.pattern,
        priority=88,
        name="setter_arguments",
        anchors=('("', "('"),
        window=(48, 180),
        emit=fields.tagged_values,
    ),
)

ADDRESS_ANSWERS = (
    _r(
        Kind.ADDRESS,
        addr.ADDRESS_ANSWER.pattern,
        # the question's end, as for a date of birth given in reply
        anchors=("?\n", "? \n", "?\r\n"),
        window=(4, 260),
        priority=58,
        name="address_answer",
        emit=addr.answered_address,
    ),
)

DATES_OF_BIRTH = (
    _r(
        Kind.DATE_OF_BIRTH,
        dates.CUE.pattern,
        anchors=dates.CUE_ANCHORS,
        lower=True,
        window=(8, 140),
        priority=75,
        name="dob_cue",
        emit=dates.dates_of_birth,
    ),
    _r(
        Kind.DATE_OF_BIRTH,
        dates.ANSWER.pattern,
        # the question's end, rarer than the cue words: the question is read back from it
        anchors=("?\n", "? \n", "?\r\n"),
        window=(4, 200),
        priority=75,
        name="dob_answer",
        emit=dates.answered_date,
    ),
)

NAMES = tuple(
    _r(Kind.PERSON, rx.pattern, gate=CUE, priority=45, name=label, emit=fn)
    for label, rx, fn in (
        ("name_header", names.HEADER, names.name_group),
        ("name_salutation", names.SALUTATION, names.name_group),
        ("name_sign_off", names.SIGN_OFF, names.name_group),
        ("name_title", names.TITLED, names.name_group),
        ("name_intro", names.INTRO, names.strict_name_group),
        ("name_dash_signature", names.DASH_SIGNATURE, names.name_group),
    )
)

NAME_AFTER_ROLE = _r(
    Kind.PERSON,
    names.ROLE.pattern,
    priority=45,
    name="name_after_role",
    anchors=names.ROLE_ANCHORS,
    lower=True,
    window=(0, 56),
    emit=names.role_name_group,
)

# Names a record's structure announces: a vCard's N line, a meeting's attendee list, an action
# item's owner, the person a date of birth is given for.
RECORD_NAMES = (
    _r(
        Kind.PERSON,
        names.KIN.pattern,
        priority=45,
        name="name_after_kin",
        anchors=names.KIN_ANCHORS,
        lower=True,
        window=(64, 90),
        emit=names.kin_name,
    ),
    _r(
        Kind.PERSON,
        names.VCARD_N.pattern,
        priority=45,
        name="name_vcard_n",
        anchors=names.VCARD_N_ANCHORS,
        lower=True,
        window=(0, 300),
        emit=names.vcard_name_parts,
    ),
    _r(
        Kind.PERSON,
        names.ATTENDEES.pattern,
        priority=45,
        name="name_attendees",
        anchors=names.ATTENDEE_ANCHORS,
        lower=True,
        window=(40, 420),
        emit=names.attendee_names,
    ),
    _r(
        Kind.PERSON,
        names.ACTION_ITEM.pattern,
        priority=45,
        name="name_action_owner",
        anchors=names.ACTION_ANCHORS,
        lower=True,
        window=(40, 80),
        emit=names.action_owner,
    ),
    _r(
        Kind.PERSON,
        names.BEFORE_BIRTH.pattern,
        priority=45,
        name="name_before_birth",
        anchors=names.BEFORE_BIRTH_ANCHORS,
        lower=True,
        window=(90, 30),
        emit=names.birth_subject,
    ),
)

MENTIONS = _r(
    Kind.PERSON,
    gazetteer.MENTION.pattern,
    gate=AT,
    priority=44,
    name="name_mention",
    emit=gazetteer.mention,
)

NAMES_BY_MAILBOX = _r(
    Kind.PERSON,
    gazetteer.NAME_BY_MAILBOX.pattern,
    gate=AT,
    priority=45,
    name="name_by_mailbox",
    emit=gazetteer.name_by_mailbox,
)

DISPLAY_NAMES = _r(
    Kind.PERSON,
    names.ANGLE_ADDRESS.pattern,
    gate=AT,
    priority=45,
    name="name_display",
    emit=names.display_name_group,
)

FULL_NAMES = _r(
    Kind.PERSON,
    gazetteer.RUN.pattern,
    gate=CAPS,
    priority=44,
    name="name_given_surname",
    emit=gazetteer.full_names,
)

# Names a document's layout announces in any language (twelfth pass): IATA's SURNAME/GIVEN
# with its title on a ticket, the signer under a letter's closing line.
IATA_NAMES = _r(
    Kind.PERSON,
    name_blocks.IATA.pattern,
    priority=45,
    name="name_iata",
    anchors=name_blocks.IATA_ANCHORS,
    window=(90, 8),
    emit=name_blocks.iata_name,
)
SPOKEN_INTRO = _r(
    Kind.PERSON,
    name_blocks.SPOKEN_INTRO.pattern,
    priority=44,
    name="name_spoken_intro",
    anchors=name_blocks.SPOKEN_INTRO_ANCHORS,
    lower=True,
    window=(4, 80),
    emit=name_blocks.spoken_name,
)
NAME_ANSWER = _r(
    Kind.PERSON,
    name_blocks.NAME_ANSWER.pattern,
    priority=44,
    name="name_spoken_answer",
    anchors=name_blocks.NAME_ANSWER_ANCHORS,
    lower=True,
    window=(24, 200),
    emit=name_blocks.spoken_name,
)
CLOSING_SIGNERS = _r(
    Kind.PERSON,
    name_blocks.CLOSING.pattern,
    priority=44,
    name="name_closing_signer",
    # a closing line ends in a comma: prose texts without `,` at a line's end are not read
    anchors=(",\n", ",\r\n", ", \n", ",\t\n"),
    window=(64, 140),
    emit=name_blocks.closing_signer,
)

SINGLE_GIVEN_NAME = _r(
    Kind.PERSON,
    gazetteer.SINGLE.pattern,
    gate=CAPS,
    priority=43,
    name="name_given_alone",
    flags=re.MULTILINE,
    emit=gazetteer.single_given,
)

OTHER_NAME_FORMS = _r(
    Kind.PERSON,
    gazetteer.OTHER_FORMS.pattern,
    gate=NAME_FORMS,
    priority=44,
    name="name_other_forms",
    flags=re.MULTILINE,
    emit=gazetteer.other_forms,
)

RECOGNISERS: tuple[Recogniser, ...] = (
    *SECRET_PATTERNS,
    *PROVIDER_KEYS,
    *COMMAND_CREDENTIALS,
    *ONE_TIME_CODES,
    EMAIL,
    EMAIL_SPELLED,
    EMAIL_ESCAPED,
    CARD,
    IBAN,
    IBAN_LOWER,
    *NATIONAL_IDS,
    IPV4,
    IPV6,
    PHONE,
    SPOKEN_PHONE,
    *ADDRESSES,
    *ADDRESS_ANSWERS,
    VCARD_ADDRESS,
    *FIELDS,
    *DATES_OF_BIRTH,
    *NAMES,
    NAME_AFTER_ROLE,
    *RECORD_NAMES,
    DISPLAY_NAMES,
    MENTIONS,
    NAMES_BY_MAILBOX,
    FULL_NAMES,
    OTHER_NAME_FORMS,
    SINGLE_GIVEN_NAME,
    IATA_NAMES,
    CLOSING_SIGNERS,
    SPOKEN_INTRO,
    NAME_ANSWER,
)

# Pre-checks (RE2, no look-arounds) for the whole-text scopes.
# Every writing of a key that `fields.key_kind` reads as one: any run of other characters (or a
# camelCase boundary) where the key has `_`, an accented letter where it has a plain one.
_FOLDS = {
    "a": "aàáâãäå",
    "e": "eèéêë",
    "i": "iìíîï",
    "o": "oòóôõöø",
    "u": "uùúûü",
    "n": "nñ",
    "c": "cç",
}


def _any_writing(rx: str) -> str:
    out, i, depth = [], 0, 0
    while i < len(rx):
        ch = rx[i]
        if ch == "\\" or rx.startswith("(?", i):  # an escape, or a group's `(?:` / `(?i`
            out.append(rx[i : i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if depth == 0 and ch == "_":
            out.append(r"[-_ ./]*")
        elif depth == 0 and ch in _FOLDS:
            out.append(f"[{_FOLDS[ch]}]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_KEY_WORD = r"[0-9A-Za-zÀ-ÿ_.-]*"  # RE2's \w is ASCII: a key's accented letters are spelled out
FIELD_PRECHECK = (
    r"(?im)(?:^|[^a-z])(?:"
    + "|".join(_any_writing(rx) for _k, rx in lx.KEY_KINDS)
    + r"|order|customer|cust|client|invoice|ticket|member|contract|policy|booking|reservation|"
    r"confirmation|tracking|shipment|reference|ref|sku|product|item|serial|kunde|bestell|rechnung|"
    r"auftrag|vertrag|mitglied|commande|facture|contrat|cliente|pedido|factura|contrato|klant|"
    r"bestel|factuur|numero"
    # (a subscript's key closes its bracket: `environ["DB_PASSWORD"] =`)
    + rf"){_KEY_WORD}(?:/[a-z]{{1,2}})?[\"'`*_]{{0,2}}\]?[ \t]*(?:[:=|\t,;)]|[-–][ \t]|[ \t]{{2}}|$)"
    # a key that ends in a secret's word (`ROOTPASSWORD`, `dbpasswd`: fields._SECRET_END)
    r"|(?:password|passwd|passwort|kennwort|secret|apikey|authtoken)[\"'`*_]{0,2}\]?[ \t]*"
    r"(?:[:=|\t,;)]|$)"
    # a camelCase key whose kind word is not its first (`kDbPass`, `contactEmail`, `billingAddress`)
     + rf"|(?-i:[a-z0-9][A-Z]){_KEY_WORD}[\"'`*_]{{0,2}}[ \t]*(?:[:=|\t,;)]|$)"
)
CUE_PRECHECK = (
    rf"(?im)(?:^|[\n.!?])[ \t>]*(?:{lx.HEADER_WORDS})[ \t]*:"
    rf"|\b(?:{lx.SALUTATIONS}|{lx.SIGN_OFFS}|{lx.SELF_INTRO})[,.!:]?[ \t]*(?:\r?\n[ \t]*|[-—–][ \t]*)?"
    rf"(?:(?:{lx.TITLES})\.?[ \t]+)?(?:(?:van|von|de|da|di|du|der|den|le|la)[ \t]+)?(?-i:[A-ZÀ-ÞĀ-Ž])"
    rf"|(?-i:\b(?:{lx.TITLES})\.?[ \t]+[A-ZÀ-ÞĀ-Ž])|^[ \t]*(?:--|—|–|-)[ \t]?[A-ZÀ-ÞĀ-Ž]"
    rf"|\b(?:{lx.TITLES_LOWER})\.[ \t]+(?:(?:van|von|de|da|di|du|der|den|le|la)[ \t]+)?(?-i:[A-ZÀ-ÞĀ-Ž])"
)

# Anchor scans: one pass each over the text; everything else runs in windows around hits.
COLON_HEX_MARK = re.compile(r":[0-9A-Fa-f]{0,4}:")
DENSE_DIGITS = re.compile(r"\d[\d .()/+-]{4,}\d")
# A number followed by a capitalised or street word (an address), or an Italian tax code's digits.
NUMBERS = re.compile(
    r"[0-9](?:[0-9]{0,5}(?:[ \t]?(?:bis|ter)|st|nd|rd|th)?[A-Za-z]?,?[ \t]+(?:[A-ZÀ-Ý0-9]|(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|"
    r"quai|route|cours|passage|square|voie)\b)|[0-9][A-EHLMPR-T][0-9]{2}[A-Z])"
)
CAPS_PRECHECK = gazetteer.PRECHECK
# The bot tokens' shapes, looser (RE2 has no look-arounds; `[^\s.]` holds every `[\w-]`).
TOKENS_PRECHECK = r":AA|[MNO][^\s.]{23,27}\.[^\s.]{6,7}\.[^\s.]{27}"
NAME_FORMS_PRECHECK = gazetteer.OTHER_PRECHECK
