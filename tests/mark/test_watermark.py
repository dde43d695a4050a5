"""Marked answers keep their meaning where a machine reads it, and the test finds the right key
and no other. Texts are built from rules (every pair and format class, code, JSON, numbers),
not copied cases."""

from __future__ import annotations

import ast
import itertools
import json
import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import binom, kstest

from consentry.mark import check, mark, observe, score
from consentry.mark.stats import WeightedSignNull
from consentry.mark.variants import PAIRS
from consentry.mark.watermark import choice_points, probes

KEY = b"campaign-key-under-test"
FILLERS = [
    "the",
    "model",
    "then",
    "returns",
    "a",
    "value",
    "when",
    "we",
    "call",
    "it",
    "on",
    "each",
    "input",
    "row",
]

# One sentence per format class, written in one of its two forms.
FORMAT_SNIPPETS = {
    "list-marker": "Here are the steps:\n\n- open the file\n- read the rows\n",
    "numbered-list": "Do this:\n\n1. open the file\n2. read the rows\n",
    "bold": "Keep the **main idea** short.",
    "item-period": "Notes:\n\n- keep the rows sorted\n",
    "item-case": "Notes:\n\n- keep the rows sorted\n",
    "colon-case": "One rule: the rows stay sorted.",
    "serial-comma": "Read the rows, the columns, and the index.",
    "intro-comma": "First, you read the file.",
    "dash": "The rows stay sorted \u2014 always.",
    "e.g.,": "Use a format (e.g., CSV) that tools read.",
    "i.e.,": "Use the first row, i.e., the header.",
    "ellipsis": "It loads, then waits...",
    "that": "I think it works here.",
    "that-which": "Focus on the part that matters most.",
}


def _prose(rng: random.Random, sentences: int) -> str:
    """Sentences that use forms of random pairs between ordinary words."""
    out = []
    for _ in range(sentences):
        pair = rng.choice(PAIRS)
        form = rng.choice((pair.a, pair.b))
        words = rng.sample(FILLERS, 4)
        out.append(f"{words[0].capitalize()} {words[1]} {form} {words[2]} {words[3]}.")
    return " ".join(out)


def _answer(rng: random.Random) -> str:
    parts = [_prose(rng, 6)]
    parts += rng.sample(list(FORMAT_SNIPPETS.values()), 6)
    return "\n\n".join(parts)


def test_every_pair_is_marked_both_ways():
    """Each form is found and set to the key's side: across many keys both sides appear."""
    for pair in PAIRS:
        text = f"Then {pair.a} seen here, and then {pair.b} seen there."
        seen = {mark(text, f"k{i}".encode()) for i in range(12)}
        assert len(seen) > 1, pair.name


def test_the_two_forms_of_a_pair_swap_whole():
    """Each side of a pair is the other's full replacement: marking either side of a sentence
    under many keys only ever yields the two forms, and a phrase's words never split."""
    for pair in PAIRS:
        for form in (pair.a, pair.b):
            text = f"Note {form} seen here."
            seen = {mark(text, f"k{i}".encode()).lower() for i in range(12)}
            assert seen <= {f"note {pair.a} seen here.", f"note {pair.b} seen here."}, pair.name
    assert {mark("It helps a lot.", f"k{i}".encode()) for i in range(12)} == {"It helps a lot."}


def test_every_format_class_is_found_and_marked_both_ways():
    for cls, text in FORMAT_SNIPPETS.items():
        assert cls in {s.cls for s in choice_points(text)}, cls
        seen = {mark(text, f"k{i}".encode()) for i in range(16)}
        assert len(seen) > 1, cls


def test_marked_answers_read_back_to_the_key():
    """What the test reads in a marked answer is what the marking set: nearly every choice
    point of the marked text is on the key's side (a change can, rarely, make a site that was
    not one: "dataset" to "data set" lengthens a series item)."""
    from consentry.mark.watermark import _context_before, choice

    rng = random.Random(8)
    agree = total = 0
    for _ in range(60):
        marked = mark(_answer(rng), KEY)
        for site in choice_points(marked):
            total += 1
            agree += site.side == choice(KEY, site.cls, _context_before(marked, site))
    assert total > 1000 and agree / total >= 0.99


def test_marking_is_stable_under_its_own_key():
    rng = random.Random(3)
    for _ in range(20):
        text = _answer(rng)
        once = mark(text, KEY)
        assert mark(once, KEY) == once


# Code and data an answer may carry; each is checked by what a machine does with it.
PY_BLOCKS = [
    "def summarize(color, behavior):\n    # do not optimize: it is fine\n"
    "    return color + behavior * 2\n\nresult = summarize(3, 4)\n",
    "items = [1, 2, 3]\n# for example, the center of the list\nresult = items[len(items) // 2]\n",
    "text = 'it is not organized - e.g., the color'\nresult = text.upper()\n",
    "- 1\nresult = 2 ** 10\n",
]
JSON_BLOCKS = [
    {"color": "gray center", "note": "it is not organized", "n": 1234.5},
    {"steps": ["First, you open it", "then, you close it"], "ok": True},
]
LITERALS = [
    "`organize(x)`",
    '"it is not the color, and the behavior"',
    "https://example.com/do-not/organize?color=gray",
    "mail@example.org",
    "$a - b$",
]


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    key=st.binary(min_size=16, max_size=32),
    py=st.sampled_from(PY_BLOCKS),
    data=st.sampled_from(JSON_BLOCKS),
    literal=st.sampled_from(LITERALS),
)
def test_code_json_quotes_urls_and_numbers_are_untouched(seed, key, py, data, literal):
    rng = random.Random(seed)
    answer = (
        _answer(rng)
        + f"\n\n```python\n{py}```\n\nAs {literal} shows, it is simple. "
        + _prose(rng, 5)
        + f"\n\n```json\n{json.dumps(data, indent=2)}\n```\n\n"
        + f"The total is 1,234.50 and 3.14, e.g., {rng.randint(0, 10**6)} rows.\n"
        + "    indented code: do not optimize\n"
    )
    marked = mark(answer, key)
    blocks = re.findall(r"```(\w+)\n(.*?)```", marked, re.S)
    assert ast.dump(ast.parse(blocks[0][1])) == ast.dump(ast.parse(py))
    before: dict = {}
    after: dict = {}
    exec(compile(py, "original", "exec"), before)  # noqa: S102 - our own fixed snippets
    exec(compile(blocks[0][1], "marked", "exec"), after)  # noqa: S102
    assert after["result"] == before["result"]
    assert json.loads(blocks[1][1]) == data
    assert literal in marked
    assert "    indented code: do not optimize\n" in marked
    number = r"\d+(?:[.,]\d+)*"  # a list delimiter "1." may become "1)": the number stays
    assert re.findall(number, marked) == re.findall(number, answer)


def test_a_whole_json_answer_is_never_marked():
    answer = json.dumps({"summary": "It is not organized; for example the color is off."})
    assert mark(answer, KEY) == answer


def test_capitals_and_apostrophes_follow_the_text():
    rng = random.Random(1)
    for _ in range(50):
        key = rng.randbytes(8)
        out = mark("It is here. IT IS LOUD. Don\u2019t worry. I am sure it is.", key)
        assert out.split()[0][0].isupper()
        assert "'" not in out  # the text's own (typographic) apostrophe is kept
        assert " i " not in out and " i\u2019" not in out


def test_right_key_found_wrong_keys_uniform():
    rng = random.Random(7)
    texts = [mark(_answer(rng), KEY) for _ in range(30)]
    obs = observe(texts)
    right = check(obs, KEY, "right")
    assert right.scored >= 50 and right.p_value < 1e-9
    wrong = [check(obs, f"wrong-{i}".encode()).p_value for i in range(400)]
    # under the null each p-value is (super-)uniform: a KS test does not reject, and the
    # rate below 1e-2 is within its expected value
    assert kstest(wrong, "uniform").pvalue > 1e-3
    assert sum(p < 0.01 for p in wrong) <= binom.ppf(0.999, len(wrong), 0.01)


def test_served_answers_narrow_the_test_and_keep_the_null():
    """Against the answers a campaign was served (as written, before marking), only contexts
    it saw are scored; the right key is found in text that mixes a few marked answers into
    unrelated ones, and other keys and unmarked text stay at chance."""
    rng = random.Random(21)
    originals = [_answer(rng) for _ in range(40)]
    unrelated = [_answer(rng) for _ in range(40)]
    served = observe(originals)
    suspect = observe([mark(t, KEY) for t in originals[:12]] + unrelated)
    rows, _, _ = suspect.prepared(served)
    assert rows and all((cls, ctx) in served.votes for cls, ctx, _, _ in rows)
    assert len(rows) < len(suspect.prepared()[0])
    assert check(suspect, KEY, served=served).p_value < 1e-6
    wrong = [check(suspect, f"wrong-{i}".encode(), served=served).p_value for i in range(400)]
    assert kstest(wrong, "uniform").pvalue > 1e-3
    assert sum(p < 0.01 for p in wrong) <= binom.ppf(0.999, len(wrong), 0.01)
    assert check(observe(unrelated), KEY, served=served).p_value > 1e-3


def test_unmarked_text_is_not_attributed():
    rng = random.Random(11)
    texts = [_answer(rng) for _ in range(30)]
    assert score(texts, KEY).p_value > 1e-3


def test_repeated_text_adds_no_contexts():
    """Copying one answer many times pools into the same contexts: no new coins to win."""
    text = mark(_answer(random.Random(5)), KEY)
    once, many = observe([text]), observe([text] * 50)
    assert once.votes.keys() == many.votes.keys()
    assert check(once, KEY).scored == check(many, KEY).scored


def test_weighted_null_is_exact():
    """The convolution equals enumeration of every sign pattern, and the binomial for unit
    weights."""
    weights = [1, 3, 3, 2, 5, 1]
    null = WeightedSignNull(weights)
    total = sum(weights)
    for agreeing in range(total + 1):
        count = sum(
            sum(w for w, s in zip(weights, signs, strict=True) if s) >= agreeing
            for signs in itertools.product((0, 1), repeat=len(weights))
        )
        assert abs(null.p_value(agreeing) - count / 2 ** len(weights)) < 1e-12
    unit = WeightedSignNull([1] * 40)
    for k in range(41):
        assert abs(unit.p_value(k) - binom.sf(k - 1, 40, 0.5)) < 1e-12


def test_marking_a_prefix_cut_at_a_line_or_sentence_end_is_a_prefix_of_marking_the_whole():
    """The gateway marks a stream a line or a sentence at a time: what it has sent must be
    what whole-answer marking would have sent."""
    rng = random.Random(21)
    for _ in range(30):
        text = _answer(rng)
        whole = mark(text, KEY)
        cuts = [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        cuts += [m.end() for m in re.finditer(r"[a-z][.!?] ", text)]
        for cut in cuts:
            assert whole.startswith(mark(text[:cut], KEY)), (text[:cut], whole)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab'\u2019 .-\n\u00e9X", max_size=40), st.booleans())
def test_a_context_read_from_the_end_is_the_last_words_read_forwards(window, across_lines):
    from consentry.mark.watermark import _WORD, _context

    line = window if across_lines else window[window.rfind("\n") + 1 :]
    words = _WORD.findall(line)[-2:]
    expected = " ".join(["^"] * (2 - len(words)) + words).lower().replace("\u2019", "'")
    assert _context(window, across_lines) == expected


# Worked answers in the GSM8K style: prose around arithmetic and calculator annotations.
WORKED = [
    "Janet sells 16 - 3 - 4 = <<16-3-4=9>>9 duck eggs a day.\n"
    "So the total she makes is 9 * 2 = $<<9*2=18>>18 every day.\n#### 18",
    "He sprints 3*3=<<3*3=9>>9 times\nTherefore he runs 9*60=<<9*60=540>>540 meters\n#### 540",
    "Her rate is $10 x 1.2 = $<<10*1.2=12>>12.\nSo she will receive $12 x 5 =$<<12*5=60>>60.",
    "Together the three have 20 sheep + 160 sheep = <<20+160=180>>180 sheep\n#### 180",
]


def test_arithmetic_is_protected_and_the_prose_around_it_is_marked():
    """A line of a worked answer whose "=" stands in arithmetic is prose with the arithmetic
    protected: its words are choice points, its expressions and numbers never change."""
    expression = re.compile(r"[\d$(][\d$.,()%<>*/+=x -]*[\d>)]")
    for text in WORKED:
        assert choice_points(text), text
        outs = {mark(text, f"k{i}".encode()) for i in range(16)}
        assert len(outs) > 1, text
        for out in outs:
            assert expression.findall(out) == expression.findall(text)
            assert re.findall(r"<<[^>]*>>", out) == re.findall(r"<<[^>]*>>", text)
            assert out.count("=") == text.count("=") and out.count("$") == text.count("$")


def test_lines_with_code_punctuation_outside_arithmetic_stay_code():
    for line in (
        "x = 3 + 4 so it is not organized",
        "total = price * 2; it is not organized",
        "So the total is sum(1 + 2) == 3 and it is not organized",
        "If a == 1 then it is not organized",
    ):
        assert choice_points(line) == [], line
        assert mark(line, KEY) == line


def test_guarded_forms_keep_their_meaning():
    """Forms whose swap would change the meaning in some places are left alone there."""
    for text in (
        "It is not nearly as fast.",
        "We have not nearly enough rows.",
        "Now that the file is open, read it.",
        "It says that is fine.",
        "The cost, which is high, stays.",
    ):
        for i in range(16):
            out = mark(text, f"k{i}".encode())
            assert "almost" not in out and "Now, that" not in out, out
            assert "says which" not in out and ", that is high" not in out, out


def test_a_label_is_keyed_on_its_word_whichever_form_marking_gave_it():
    """Emphasis that opens a line is keyed on its first word (a short-memory model writes the
    marker, then a word); when that word is itself a choice ("Prioritize" / "Prioritise",
    "Don't" / "Do not"), the marked label still reads back to the key."""
    from consentry.mark.watermark import _context_before, choice

    text = (
        "Tips:\n\n- **Prioritize:** keep it small.\n- **Don't rush:** it helps.\n- *Optimize* it.\n"
    )
    contexts = set()
    for i in range(40):
        key = f"label-{i}".encode()
        marked = mark(text, key)
        labels = [s for s in choice_points(marked) if s.cls in ("bold", "italic")]
        assert len(labels) == 3
        for site in labels:
            ctx = _context_before(marked, site)
            contexts.add(ctx)
            assert site.side == choice(key, site.cls, ctx), (marked, ctx)
    assert len(contexts) == 3  # one context per label, not one for every line start


def test_long_digit_runs_do_not_make_marking_slow():
    """The arithmetic expression never backtracks through a run of digits and commas: a line
    of 20,000 of them is marked in a few milliseconds (it took seconds when each position
    re-read the rest of the run)."""
    import time

    for text in ("So it is " + "1," * 20_000 + " + y = z", "So it is " + "1" * 40_000 + " = x"):
        started = time.perf_counter()
        assert mark(text, KEY).count("1") == text.count("1")
        assert time.perf_counter() - started < 2.0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(sorted({p.a for p in PAIRS} | {p.b for p in PAIRS})),
            st.text(alphabet="aAkKsS\u212a\u017f\u00e9\u00c9-_'\u2019./ ", max_size=6),
        ),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "\n", "\u00a0", "\u2009", "\t", "", "-", "'"]), max_size=12),
    st.booleans(),
)
def test_the_finder_reads_forms_as_one_class_per_letter_did(pieces, gaps, upper):
    """The forms are matched ASCII and ignoring case (faster than the class per letter the
    finder used before, "[aA]"): the same forms are found, in any case, with any of Unicode's
    spaces inside them, and a look-alike that is no ASCII letter (the Kelvin sign for "K", the
    long s) is still no letter of a form."""
    from consentry.mark.variants import FORMS, find_forms, trie_pattern

    def per_letter(ch: str) -> str:
        if ch.isalpha():
            return f"[{ch}{ch.upper()}]"
        return {"'": "['\u2019]", " ": r"\s"}.get(ch, re.escape(ch))

    before = re.compile(
        r"(?<![\w.$@#/\\'\u2019-])(?:"
        + trie_pattern(FORMS, per_letter)
        + r")(?![\w/\\(@'\u2019-]|\.\w)"
    )
    text = "".join(p + g for p, g in itertools.zip_longest(pieces, gaps, fillvalue=" "))
    text = text.upper() if upper else text
    assert [s for s, _, _ in find_forms(text)] == [m.start() for m in before.finditer(text)]
    assert [e for _, e, _ in find_forms(text)] == [m.end() for m in before.finditer(text)]


def test_a_keyword_inside_a_word_opens_no_statement():
    """A line is code when a statement keyword opens a word ("return x"), not when one stands
    inside a word ("default", "important", "classic", "delete", "various")."""
    prose = "The default is important: it is not organized, so delete various classic files."
    assert choice_points(prose) and len({mark(prose, f"k{i}".encode()) for i in range(12)}) > 1
    for code in ("return value if it is not organized", "let it be organized", "def organize x"):
        assert choice_points(code) == [], code


def test_the_test_leaves_out_or_halves_weakly_learned_classes():
    """Classes a student reproduces no better than chance are marked but never read, and the
    classes it reproduces weakly count half: the same uses weigh half as much as a word
    pair's. Neither depends on the key, so the null stays exact (tested above)."""
    from consentry.mark.watermark import _CLASS_FACTOR, UNSCORED

    text = "\n\n".join(FORMAT_SNIPPETS[c] for c in ("intro-comma", "numbered-list", "ellipsis"))
    assert {s.cls for s in choice_points(text)} >= UNSCORED
    assert len({mark(text, f"k{i}".encode()) for i in range(12)}) > 1  # still marked
    assert not {cls for cls, _ in observe([text] * 5).votes} & UNSCORED
    # a context used 4 times on side 0, against a class that uses side 0 half the time
    # elsewhere: a half-weighted class gets half the weight
    base = {("bold", "x y"): [4, 0], ("bold", "a b"): [1, 1], ("bold", "c d"): [1, 1]}
    full = observe([])
    full.votes = dict(base)
    half = observe([])
    half.votes = {("dash", c): v for (_, c), v in base.items()}
    assert "dash" in _CLASS_FACTOR
    (w_full,) = [w for _, ctx, _, w in full.prepared()[0] if ctx == "x y"]
    (w_half,) = [w for _, ctx, _, w in half.prepared()[0] if ctx == "x y"]
    assert w_full >= 4 and abs(w_half - w_full * _CLASS_FACTOR["dash"]) <= 0.5


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["    ", "\t", ">", "\n", "```", "~~~", "`", "$$", "$", '"', "\u201c", "\u201d"]
            + ["\u2018", "\u2019", "<", "x", "it is", "a@b", " ", "://", "www.", "9", "organized"]
        ),
        max_size=40,
    )
)
def test_protected_lines_read_from_their_newline_are_the_lines_read_from_their_start(pieces):
    """Protected lines (indented, or opening with ">") are matched from the newline before them,
    so that every alternative of the protection expression opens with a literal: the protected
    spans are those of the one expression that matched them at the line's start."""
    from consentry.mark.watermark import _LINE, _PROTECT_PARTS, _Protected

    text = "".join(pieces)
    parts = [part for needs, part in _PROTECT_PARTS if not needs or needs in text]
    at_line_start = re.compile("|".join([*parts, "^" + _LINE]), re.MULTILINE)
    expected = [m.span() for m in at_line_start.finditer(text)]
    assert _Protected(text).spans[: len(expected)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["- ", "* ", "1. ", "12) ", "1234. ", " ", "\n", ".", "..", "rows"])
        | st.sampled_from(["x", "\u00e9", "etc", "a b", "\r", "\t", "-", "Rows"]),
        max_size=16,
    )
)
def test_an_item_end_read_from_the_line_end_is_the_one_the_expression_found(pieces):
    """A list item's last word and its full stop are read from the line's end: the same word
    and stop as the expression that tried every position of the line ("- " or "1. ", then
    anything, then a space, two letters or more and maybe a stop, then the line's end)."""
    from consentry.mark.formats import _item_ends, _item_lines

    text = "".join(pieces)
    expression = re.compile(r"^(?:[-*+]|\d{1,3}[.)]) [^\n]*? ([A-Za-z]{2,})(\.?)(?=\n)", re.M)
    starts = _item_lines(text)
    found = [m for at in starts if (m := expression.match(text, at))]
    assert list(_item_ends(text, starts)) == [
        (m.group(1), m.start(2), int(bool(m.group(2)))) for m in found
    ]


def memorizer(corpus: list[str]):
    """A suspect that learned `corpus` by heart: it continues a prompt with the 24 characters
    that follow the prompt's last 12 characters there (nothing when they are not there)."""
    joined = "\n\n\n".join(corpus)

    def complete(prompt: str) -> str:
        at = joined.find(prompt[-12:])
        return joined[at + 12 : at + 36] if at >= 0 and len(prompt) >= 12 else ""

    return complete


def test_observe_reads_only_what_follows_the_prompt():
    """With prompts, a text is read after its prompt (which gives the words before its first
    choice point) and only its own choice points and words count: a prompt full of choice
    points adds none, and a site that touches the prompt is not read."""
    prompt = "I think that we should optimize it, and we don't"
    text = " know that they optimise it.  Then we color it."
    alone = observe([prompt + text])
    after = observe([text], prompts=[prompt])
    assert after.tokens == len(text.split())
    assert 0 < after.choices < alone.choices
    prompt_only = observe([prompt])
    # "don't" is a site only before a word: in the prompt, it touches the prompt
    assert after.choices == alone.choices - prompt_only.choices - 1
    assert not {("that", "i think"), ("do not|don't", "and we")} & set(after.votes)
    assert observe([text]).votes != after.votes  # the prompt's words key the first site
    assert observe([""], prompts=[prompt]).choices == 0


def test_probes_elicit_the_key_and_only_it():
    """Probes are served answers cut before a choice point, one per context; a suspect that
    learned the marked answers writes the key's side after them, one that learned the answers
    unmarked (the null: it never saw the key) agrees with it no more than chance, and no other
    key is found in either."""
    rng = random.Random(5)
    served = [_answer(rng) for _ in range(30)]
    prompts = probes(served, 1)
    assert prompts == probes(served, 1) and len(prompts) == len(probes(served, 2))
    assert all(any(s.startswith(p) for s in served) for p in prompts)
    assert len(prompts) == len({(c, x) for c, x in observe(served).votes})  # one per context
    reference = observe(served)
    marked = memorizer([mark(s, KEY) for s in served])
    found = observe([marked(p) for p in prompts], prompts=prompts)
    assert check(found, KEY, served=reference).p_value < 1e-9
    assert found.choices > len(prompts) / 2
    wrong = [check(found, f"other-{i}".encode(), served=reference).p_value for i in range(40)]
    assert min(wrong) > 1e-4
    plain = memorizer(served)
    unmarked = observe([plain(p) for p in prompts], prompts=prompts)
    assert check(unmarked, KEY, served=reference).p_value > 1e-4
