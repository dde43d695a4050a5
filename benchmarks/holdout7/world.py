"""Hold-out 7's shared world: time window, models, prompt banks, networks and client strings.

Everything here is drawn once per seed and shared by legitimate and campaign accounts alike, so
that no bank, network or client string belongs to one side only.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

START = datetime(2026, 3, 2, tzinfo=UTC)
DAYS = 35
T0 = START.timestamp()
T_END = T0 + DAYS * 86400

# Model families: (name, released_at as seconds from T0); three releases fall inside the window.
FAMILIES: dict[str, list[tuple[str, float]]] = {
    "flag": [("orion-4", -112 * 86400.0), ("orion-4.5", 8 * 86400 + 17 * 3600.0)],
    "mini": [("orion-4-mini", -90 * 86400.0), ("orion-4.5-mini", 17 * 86400 + 16 * 3600.0)],
    "reason": [("orion-4-reasoner", -60 * 86400.0), ("orion-5-reasoner", 26 * 86400 + 18 * 3600.0)],
    "legacy": [("orion-3.5", -300 * 86400.0)],
}
FAMILY_NAMES = tuple(FAMILIES)
MODELS = [m for fam in FAMILIES.values() for m, _ in fam]
RELEASE_OFFSETS = sorted(t for fam in FAMILIES.values() for _, t in fam if t > 0)


def draw_calendar(rng: np.random.Generator) -> None:
    """Move the window (whole weeks, so it still starts on a Monday) and the release times."""
    global START, T0, T_END, RELEASE_OFFSETS
    START = datetime(2026, 3, 2, tzinfo=UTC) + timedelta(days=7 * int(rng.integers(-6, 20)))
    T0 = START.timestamp()
    T_END = T0 + DAYS * 86400
    for fam, day in (("flag", 8), ("mini", 17), ("reason", 26)):
        name, _ = FAMILIES[fam][1]
        t = (day + int(rng.integers(-3, 4))) * 86400 + int(rng.integers(14, 21)) * 3600.0
        FAMILIES[fam][1] = (name, t)
    RELEASE_OFFSETS = sorted(t for fam in FAMILIES.values() for _, t in fam if t > 0)


# Countries: (weight among ordinary consumers, UTC offset hours, language).
COUNTRIES: dict[str, tuple[float, float, str]] = {
    "US": (24, -6, "en"),
    "IN": (8, 5.5, "en"),
    "GB": (5, 0, "en"),
    "DE": (5, 1, "de"),
    "BR": (5, -3, "pt"),
    "FR": (4, 1, "fr"),
    "JP": (4, 9, "ja"),
    "KR": (3, 9, "ko"),
    "CA": (3, -5, "en"),
    "ES": (3, 1, "es"),
    "MX": (3, -6, "es"),
    "ID": (3, 7, "id"),
    "IT": (2, 1, "it"),
    "NL": (2, 1, "en"),
    "AU": (2, 10, "en"),
    "PL": (2, 1, "pl"),
    "TR": (2, 3, "tr"),
    "VN": (2, 7, "vi"),
    "PH": (2, 8, "en"),
    "NG": (2, 1, "en"),
    "EG": (1, 2, "ar"),
    "SA": (1, 3, "ar"),
    "AE": (1, 4, "ar"),
    "SG": (1, 8, "en"),
    "TW": (1, 8, "zh"),
    "UA": (1, 2, "ru"),
    "PK": (1, 5, "en"),
    "KE": (1, 3, "en"),
    "AR": (1, -3, "es"),
    "CO": (1, -5, "es"),
    "SE": (1, 1, "en"),
    "CH": (1, 1, "de"),
    "IL": (1, 2, "en"),
    "ZA": (1, 2, "en"),
    "TH": (1, 7, "en"),
    "MY": (1, 8, "en"),
    "CN": (0, 8, "zh"),
    "HK": (0, 8, "zh"),
    "RU": (0, 3, "ru"),
    "IR": (0, 3.5, "ar"),
    "BY": (0, 3, "ru"),
    "KP": (0, 9, "ko"),
    "CU": (0, -5, "es"),
    "SY": (0, 3, "ar"),
    "MO": (0, 8, "zh"),
    "KZ": (0, 5, "ru"),
}
RESTRICTED = ("CN", "HK", "RU", "IR", "BY", "KP", "CU", "SY", "MO")
CONSUMER_CC = [c for c, v in COUNTRIES.items() if v[0] > 0]
CONSUMER_W = np.array([COUNTRIES[c][0] for c in CONSUMER_CC], dtype=float)
CONSUMER_W /= CONSUMER_W.sum()

# --- prompt text -------------------------------------------------------------------------------
# Short everyday prompts and follow-ups written for this hold-out (examiner7); the long ones come
# from the public corpora under /work/shared/corpora (see README's provenance).
EVERYDAY = [
    "what's a good name for a grey cat",
    "write a birthday message for my sister",
    "how long should I boil an egg",
    "summarize the plot of Hamlet in 5 lines",
    "is it safe to take ibuprofen with coffee",
    "give me a 3 day itinerary for Lisbon",
    "fix the grammar: me and him goes to the store yesterday",
    "what is a Roth IRA",
    "explain inflation like I'm 10",
    "write a polite email asking for a deadline extension",
    "what should I cook with chicken, rice and spinach",
    "translate 'good morning' to Korean",
    "why is the sky blue",
    "make this sound more professional: cant come today sorry",
    "how do I get red wine out of a carpet",
    "recommend 5 sci-fi books like Dune",
    "what does HTTP 502 mean",
    "write a haiku about Monday mornings",
    "how many calories in a banana",
    "explain the difference between affect and effect",
    "draft a cover letter for a junior data analyst job",
    "help me plan a weekly workout",
    "what are good questions to ask in an interview",
    "write a short bedtime story about a fox",
    "convert 72 fahrenheit to celsius",
    "tips for sleeping better",
    "what is a prime number",
    "excel formula to count cells that contain text",
    "how to center a div",
    "is this email a scam? 'your package is held, pay 1.99 to release it'",
    "what's the capital of Australia",
    "ideas for a 7 year old's birthday party",
    "rewrite my linkedin headline: software engineer who likes data",
    "explain what a mortgage offset account is",
    "write a toast for my best friend's wedding",
    "how to say no to extra work politely",
    "what is the meaning of 'serendipity'",
    "list pros and cons of electric cars",
    "how do vaccines work",
    "joke about accountants",
]
NATIVE = {
    "es": [
        "¿cómo hago una tortilla de patatas?",
        "escribe un correo para pedir vacaciones",
        "explícame qué es la inflación",
        "resume este texto en tres frases",
        "ideas para el cumpleaños de mi madre",
        "¿qué significa 'procrastinar'?",
    ],
    "pt": [
        "como faço um currículo bom?",
        "me explica o que é juros compostos",
        "escreve uma mensagem de aniversário para meu pai",
        "dicas para estudar para o ENEM",
        "traduz isso para inglês: estou atrasado",
        "qual a diferença entre mas e mais",
    ],
    "de": [
        "wie schreibe ich eine Kündigung für meine Wohnung",
        "erkläre mir den Zinseszins",
        "schreibe eine höfliche Absage",
        "Rezept für Käsespätzle",
        "was ist ein Primzahl",
        "korrigiere bitte meinen Text",
    ],
    "fr": [
        "comment écrire une lettre de motivation",
        "explique-moi la photosynthèse",
        "recette de crêpes sans lait",
        "corrige ce texte s'il te plaît",
        "idées de sortie à Paris ce week-end",
        "résume ce paragraphe",
    ],
    "ja": [
        "メールの敬語を直してください",
        "東京で雨の日に行ける場所",
        "確定申告のやり方を教えて",
        "この文章を要約して",
        "猫の名前の候補を10個",
        "Pythonでファイルを読む方法",
    ],
    "zh": [
        "帮我写一封请假邮件",
        "解释一下什么是通货膨胀",
        "推荐几本好看的科幻小说",
        "这段代码为什么报错",
        "帮我把这段话翻译成英文",
        "周末去哪里玩比较好",
    ],
    "ko": [
        "자기소개서 첫 문장 추천해줘",
        "파이썬 리스트 정렬 방법",
        "주말 데이트 코스 추천",
        "이 문장 맞춤법 고쳐줘",
        "금리 인상이 뭐야",
        "김치찌개 레시피 알려줘",
    ],
    "ru": [
        "как написать резюме",
        "объясни что такое инфляция",
        "переведи на английский",
        "придумай тост на день рождения",
        "почему небо голубое",
        "исправь ошибки в тексте",
    ],
    "id": [
        "cara membuat nasi goreng",
        "tolong buatkan surat lamaran kerja",
        "jelaskan apa itu inflasi",
        "ide nama usaha kopi",
        "terjemahkan ke bahasa Inggris",
        "ringkas teks ini",
    ],
    "ar": [
        "اكتب رسالة شكر لمديري",
        "ما هو التضخم",
        "كيف أتعلم البرمجة",
        "ترجم هذه الجملة",
        "أفكار لهدية عيد ميلاد",
        "لخص هذا النص",
    ],
    "tr": [
        "özgeçmiş nasıl yazılır",
        "enflasyon nedir",
        "bu metni özetle",
        "mercimek çorbası tarifi",
        "İngilizceye çevir",
        "hafta sonu ne yapabilirim",
    ],
    "vi": [
        "cách viết CV xin việc",
        "lạm phát là gì",
        "tóm tắt đoạn văn này",
        "dịch sang tiếng Anh",
        "công thức phở bò",
        "gợi ý quà sinh nhật",
    ],
    "it": [
        "come si fa il tiramisù",
        "scrivi una email formale",
        "cos'è l'inflazione",
        "riassumi questo testo",
        "idee per il weekend",
        "correggi la grammatica",
    ],
    "pl": [
        "jak napisać CV",
        "co to jest inflacja",
        "przetłumacz na angielski",
        "przepis na pierogi",
        "streść ten tekst",
        "pomysły na prezent",
    ],
}
FOLLOWUPS = [
    "can you make it shorter?",
    "why?",
    "explain the second step again",
    "give me another example",
    "now in a table please",
    "that's wrong, try again",
    "thanks! what about edge cases?",
    "can you add comments to the code",
    "more formal please",
    "ok continue",
    "what if the input is empty?",
    "show your reasoning for that step",
    "and in Python?",
    "rewrite it for a beginner",
    "go on",
    "are you sure? double check",
    "list the assumptions",
    "make it funnier",
    "translate that to Spanish",
    "expand point 3",
]
# Language wrappers: a request in the user's language around an English corpus prompt.
LANG_PREFIX = {
    "en": "",
    "es": "Responde en español: ",
    "pt": "Responda em português: ",
    "de": "Bitte auf Deutsch antworten: ",
    "fr": "Réponds en français : ",
    "ja": "日本語で答えて：",
    "zh": "请用中文回答：",
    "ko": "한국어로 답해줘: ",
    "ru": "Ответь по-русски: ",
    "id": "Jawab dalam bahasa Indonesia: ",
    "ar": "أجب بالعربية: ",
    "tr": "Türkçe cevap ver: ",
    "vi": "Trả lời bằng tiếng Việt: ",
    "it": "Rispondi in italiano: ",
    "pl": "Odpowiedz po polsku: ",
}
LANGS = tuple(LANG_PREFIX)
# Requests for worked reasoning: students, researchers and harvesters all write these.
COT_SUFFIX = [
    "",
    " Think step by step.",
    " Explain your reasoning.",
    " Show your work.",
    " Please show all intermediate steps.",
    " Let's think carefully.",
    " Walk me through it step by step and check the answer at the end.",
    " Give the full derivation, then the final answer.",
    " Explain like a tutor would.",
    " Reason it out before answering.",
    " (show steps pls)",
    " explain each step",
]
STYLE_PREFIX = [
    "",
    "Please ",
    "Can you help with this: ",
    "Q: ",
    "hey, ",
    "Question: ",
    "Task: ",
    "I need help. ",
    "Quick one: ",
    "Help me understand this. ",
    "Homework: ",
    "Solve: ",
]
SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are a helpful assistant. Answer concisely.",
    "You are an expert software engineer. Answer with code when useful.",
    "You are a patient math tutor. Explain each step.",
    "You are a customer support agent for an online store. Be friendly and brief.",
    "You are a professional translator. Translate faithfully and keep formatting.",
    "You are a coding agent. Use the provided tools to inspect and edit the repository.",
    "You are an autonomous agent. Plan, call tools, and report results.",
    "Answer the following question. Think step by step, then give the final answer after '####'.",
    "You are a careful evaluator. Respond to the user query as well as you can.",
    "You are a writing assistant that improves clarity and tone.",
    "Extract the requested fields and answer in JSON.",
    "You are a data labelling assistant. Produce a high-quality reference answer.",
    "You are a research assistant. Cite your reasoning explicitly.",
    "You are Orion, a large language model. Be helpful, harmless and honest.",
    "Classify the message into one of: billing, technical, account, other. Reply with the label.",
    "Summarize the following text in three bullet points.",
    "You are a friendly Discord bot. Keep answers under 100 words.",
    "You write a short morning digest from the items given.",
    "Rewrite the user's text in plain English.",
]
CAT_OUT = {"chat": 220, "code": 650, "math": 380, "creative": 700, "tool": 140, "follow": 260}


@dataclass
class Bank:
    """All prompt texts in one list, with the indices of each category."""

    texts: list[str] = field(default_factory=list)
    cats: dict[str, np.ndarray] = field(default_factory=dict)
    lang: dict[str, np.ndarray] = field(default_factory=dict)
    tools: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int16))
    length: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def add(self, cat: str, items: list[str], tools: list[int] | None = None) -> None:
        start = len(self.texts)
        self.texts.extend(items)
        idx = np.arange(start, len(self.texts))
        self.cats[cat] = np.concatenate([self.cats.get(cat, np.zeros(0, dtype=int)), idx])
        t = np.asarray(tools if tools is not None else [0] * len(items), dtype=np.int16)
        self.tools = np.concatenate([self.tools, t])


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh.read().split("\n") if line.strip()]


def load_bank(corpora: Path) -> Bank:
    b = Bank()
    v2 = _jsonl(corpora / "arena-hard-v2.0" / "question.jsonl")
    v1 = _jsonl(corpora / "arena-hard-v0.1" / "question.jsonl")
    b.add("code", [r["prompt"] for r in v2 if r.get("subcategory") == "coding"])
    b.add("code", [r["prompt"] for r in v1])
    b.add("creative", [r["prompt"] for r in v2 if r.get("subcategory") == "creative_writing"])
    b.add("math", [r["prompt"] for r in v2 if r.get("subcategory") == "math"])
    gsm = _jsonl(corpora / "gsm8k" / "train.jsonl") + _jsonl(corpora / "gsm8k" / "test.jsonl")
    b.add("math", [r["question"] for r in gsm])
    mt = _jsonl(corpora / "mt-bench" / "question.jsonl")
    b.add("creative", [r["turns"][0] for r in mt])
    b.add("follow", [r["turns"][1] for r in mt] + FOLLOWUPS * 4)
    si = _jsonl(corpora / "self-instruct-seed" / "seed_tasks.jsonl")
    chat = []
    for r in si:
        inp = (r["instances"][0].get("input") or "") if r["instances"] else ""
        chat.append(r["instruction"] + ("\n\n" + inp if inp else ""))
    b.add("chat", chat + EVERYDAY * 3)
    tool_texts, tool_n = [], []
    for r in _jsonl(corpora / "bfcl-v4" / "BFCL_v4_live_multiple.json"):
        for turn in r["question"]:
            for msg in turn:
                if msg.get("role") == "user" and msg.get("content"):
                    tool_texts.append(msg["content"])
                    tool_n.append(len(r.get("function") or []) or 1)
    for r in _jsonl(corpora / "bfcl-v4" / "BFCL_v4_multi_turn_base.json"):
        for turn in r["question"]:
            for msg in turn:
                if msg.get("role") == "user" and msg.get("content"):
                    tool_texts.append(msg["content"])
                    tool_n.append(4 + 3 * len(r.get("involved_classes") or []))
    b.add("tool", tool_texts, tool_n)
    for lang, items in NATIVE.items():
        start = len(b.texts)
        b.add("chat", items * 6)
        b.lang[lang] = np.arange(start, len(b.texts))
    b.length = np.array([len(t) for t in b.texts], dtype=np.int64)
    return b


# --- networks ----------------------------------------------------------------------------------
@dataclass
class Net:
    asn: int
    kind: str
    country: str
    v4: list[tuple[int, int]]
    v6: int | None


_BAD_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224}


def _v4_prefix(rng: np.random.Generator, plen: int) -> tuple[int, int]:
    while True:
        a = int(rng.integers(2, 223))
        if a not in _BAD_FIRST:
            break
    base = (a << 24) | int(rng.integers(0, 1 << 24))
    base &= ~((1 << (32 - plen)) - 1) & 0xFFFFFFFF
    return base, plen


def v4_addr(rng: np.random.Generator, net: Net) -> str:
    base, plen = net.v4[int(rng.integers(len(net.v4)))]
    host = int(rng.integers(1, (1 << (32 - plen)) - 1))
    return str(ipaddress.IPv4Address(base + host))


def v6_addr(rng: np.random.Generator, net: Net, household: int | None = None) -> str:
    assert net.v6 is not None
    h = household if household is not None else int(rng.integers(1 << 31))
    iid = int(rng.integers(1 << 62)) | 1
    return str(ipaddress.IPv6Address((net.v6 << 96) | (h << 64) | iid))


class Internet:
    """ISPs, carriers, clouds, VPN and proxy exits, campuses, offices; plus the bought feed."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.nets: list[Net] = []
        self.by: dict[tuple[str, str], list[Net]] = {}
        used: set[int] = set()
        for cc in COUNTRIES:
            for kind, k in (("residential", 3), ("mobile", 2)):
                for _ in range(k):
                    self._net(kind, cc, used, [16, 17, 18][int(rng.integers(3))], 3)
        for cc in ("US", "DE", "SG", "JP", "HK", "GB", "NL", "IN", "FR", "BR", "AU", "KR", "CN"):
            for _ in range(4):
                self._net("datacenter", cc, used, 18, 2)
        for cc in CONSUMER_CC[:20]:
            self._net("corporate", cc, used, 22, 1)
            self._net("education", cc, used, 20, 1)
        # Mobile carriers NAT many subscribers behind few public addresses.
        self.cgnat: dict[int, list[str]] = {}
        for net in self.nets:
            if net.kind == "mobile":
                self.cgnat[net.asn] = [v4_addr(rng, net) for _ in range(int(rng.integers(60, 240)))]
        # VPN exits: hosted in datacenters of many countries.
        self.vpn: list[tuple[str, str]] = []
        for _ in range(700):
            net = self.pick("datacenter")
            self.vpn.append((v4_addr(rng, net), net.country))
        # Residential proxy exits: real home and phone lines of many countries.
        self.resproxy: list[tuple[str, str]] = []
        rp_cc = ["US"] * 6 + [
            "GB",
            "DE",
            "JP",
            "KR",
            "BR",
            "IN",
            "CA",
            "FR",
            "SG",
            "TW",
            "AU",
            "VN",
            "ID",
            "TR",
            "MX",
            "PL",
            "IT",
            "ES",
        ] * 2
        for _ in range(5000):
            cc = rp_cc[int(rng.integers(len(rp_cc)))]
            kind = "residential" if rng.random() < 0.8 else "mobile"
            self.resproxy.append((v4_addr(rng, self.pick(kind, cc)), cc))
        self.proxy_listed = set(rng.choice(len(self.resproxy), 1200, replace=False).tolist())
        # A reseller of API access: its relay egress sits in a few clouds.
        self.reseller_egress = []
        for _ in range(36):
            cc = ("HK", "SG", "JP", "US")[int(rng.integers(4))]
            self.reseller_egress.append((v4_addr(rng, self.pick("datacenter", cc)), cc))

    def _net(self, kind: str, cc: str, used: set[int], plen: int, n4: int) -> Net:
        while True:
            asn = int(self.rng.integers(1000, 400000))
            if asn not in used:
                used.add(asn)
                break
        v4 = [_v4_prefix(self.rng, plen) for _ in range(int(self.rng.integers(1, n4 + 1)))]
        v6 = None
        if kind in ("residential", "mobile") or self.rng.random() < 0.5:
            v6 = (0x2400 + int(self.rng.integers(0, 0x0C00))) << 16 | int(
                self.rng.integers(1 << 16)
            )
        net = Net(asn, kind, cc, v4, v6)
        self.nets.append(net)
        self.by.setdefault((kind, cc), []).append(net)
        self.by.setdefault((kind, "*"), []).append(net)
        return net

    def pick(self, kind: str, cc: str = "*") -> Net:
        nets = self.by.get((kind, cc)) or self.by[(kind, "*")]
        return nets[int(self.rng.integers(len(nets)))]

    def home(self, cc: str, v6_share: float = 0.35) -> list[tuple[str, str]]:
        """A household's addresses over five weeks: a dynamic IPv4 or IPv6 privacy addresses."""
        net = self.pick("residential", cc)
        if net.v6 is not None and self.rng.random() < v6_share:
            hh = int(self.rng.integers(1 << 31))
            return [(v6_addr(self.rng, net, hh), cc) for _ in range(int(self.rng.integers(2, 12)))]
        return [(v4_addr(self.rng, net), cc) for _ in range(int(self.rng.integers(1, 4)))]

    def mobile(self, cc: str, k: int = 6) -> list[tuple[str, str]]:
        net = self.pick("mobile", cc)
        pool = self.cgnat[net.asn]
        idx = self.rng.choice(len(pool), min(k, len(pool)), replace=False)
        return [(pool[i], cc) for i in idx]

    def site(self, kind: str, cc: str, k: int) -> list[tuple[str, str]]:
        net = self.pick(kind, cc)
        return [(v4_addr(self.rng, net), net.country) for _ in range(k)]

    def feed(self) -> list[tuple[str, str, int | None, str | None]]:
        """A bought IP-intelligence feed: most ranges, some missing, some labelled wrongly."""
        rng = self.rng
        wrong = {
            "residential": "mobile",
            "mobile": "residential",
            "datacenter": "corporate",
            "corporate": "datacenter",
            "education": "corporate",
        }
        rows: list[tuple[str, str, int | None, str | None]] = []
        for net in self.nets:
            cidrs = [f"{ipaddress.IPv4Address(b)}/{p}" for b, p in net.v4]
            if net.v6 is not None:
                cidrs.append(f"{ipaddress.IPv6Address(net.v6 << 96)}/32")
            for c in cidrs:
                if rng.random() < 0.10:
                    continue
                kind = wrong[net.kind] if rng.random() < 0.08 else net.kind
                asn = None if rng.random() < 0.05 else net.asn
                cc = None if rng.random() < 0.03 else net.country
                rows.append((c, kind, asn, cc))
        for i in sorted(self.proxy_listed):
            ip, cc = self.resproxy[i]
            rows.append((f"{ip}/32", "proxy", None, cc))
        for ip, cc in self.vpn:
            if rng.random() < 0.35:
                rows.append((f"{ip.rsplit('.', 1)[0]}.0/24", "proxy", None, cc))
        order = rng.permutation(len(rows))
        return [rows[i] for i in order]


# --- clients -----------------------------------------------------------------------------------
BROWSERS = (
    [
        f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
        for os_ in (
            "Windows NT 10.0; Win64; x64",
            "Macintosh; Intel Mac OS X 10_15_7",
            "X11; Linux x86_64",
        )
        for v in (131, 132, 133, 134)
    ]
    + [
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15"
        for v in ("18.2", "18.3")
    ]
    + [
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
        for v in (134, 135, 136)
    ]
    + [
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"
        for v in (132, 133)
    ]
    + [
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36",
    ]
)
APPS = [
    f"OrionApp/{v} (iOS {o}; {d})"
    for v in ("2.30.1", "2.31.0", "2.32.2")
    for o, d in (("18.3", "iPhone15,2"), ("18.2", "iPhone16,1"), ("17.7", "iPhone13,2"))
] + [
    f"OrionApp/{v} (Android {o}; {d})"
    for v in ("2.30.0", "2.31.1", "2.32.0")
    for o, d in (("14", "SM-A546E"), ("13", "Redmi Note 12"), ("14", "Pixel 8"), ("12", "CPH2239"))
]
SDKS = [
    "orion-python/1.52.0",
    "orion-python/1.54.2",
    "orion-python/1.55.0",
    "orion-node/4.8.1",
    "orion-node/4.9.0",
    "python-httpx/0.27.2",
    "python-requests/2.32.3",
    "curl/8.5.0",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
    "langchain-orion/0.3.4 orion-python/1.54.2",
    "litellm/1.61.3",
    "ai-sdk/4.1.2 node/22",
    "OpenAI/Python 1.61.0",
]
RELAY = "apihub-relay/3.2.7"
CLIS = [
    "orion-cli/0.9.3 (darwin arm64)",
    "orion-cli/0.9.3 (linux x64)",
    "orion-cli/1.0.1 (linux x64)",
    "orion-cli/1.0.1 (win32 x64)",
    "Cursor/0.46.8",
    "aider/0.75.1 litellm/1.61.3",
    "Cline/3.4.0",
    "continue/0.9.2 vscode/1.97",
]
UAS = BROWSERS + APPS + SDKS + [RELAY] + CLIS
UA_BY_SURFACE = {
    "web": np.arange(len(BROWSERS)),
    "app": np.arange(len(BROWSERS), len(BROWSERS) + len(APPS)),
    "api": np.arange(len(BROWSERS) + len(APPS), len(BROWSERS) + len(APPS) + len(SDKS)),
    "cli": np.arange(len(UAS) - len(CLIS), len(UAS)),
}
UA_RELAY = UAS.index(RELAY)
SURFACES = ("api", "web", "app", "cli")

EMAIL_COMMON = ["gmail.com"] * 10 + ["outlook.com"] * 3 + ["yahoo.com", "icloud.com", "hotmail.com"]
EMAIL_CC = {
    "CN": "qq.com",
    "KR": "naver.com",
    "RU": "yandex.ru",
    "JP": "yahoo.co.jp",
    "DE": "gmx.de",
    "FR": "orange.fr",
    "BR": "uol.com.br",
    "IN": "rediffmail.com",
}
