"""Our own wording on the service side: replies, system prompts, product personas.

Pure data, read by pools.py. Replies are composed from these to realistic lengths; they are
plausible, not faithful, answers (see docs/simulator.md).
"""

from __future__ import annotations

PRODUCT_KINDS = (
    (
        "support",
        (
            "You are {co}'s customer support assistant. Answer politely, cite the help "
            "center when relevant, and never promise refunds."
        ),
    ),
    (
        "tutor",
        (
            "You are a patient tutor in the {co} learning app. Guide the student toward the "
            "answer with hints before giving it."
        ),
    ),
    (
        "writer",
        (
            "You are {co} Write, a writing assistant. Keep the user's voice and return only "
            "the edited text unless asked otherwise."
        ),
    ),
    (
        "travel",
        (
            "You are the {co} trip planner. Suggest itineraries with approximate costs and "
            "keep answers under 250 words."
        ),
    ),
    (
        "code_review",
        (
            "You are {co} Review Bot. Review the diff or question for bugs, security issues "
            "and style; answer in Markdown."
        ),
    ),
    (
        "recipes",
        (
            "You are {co} Kitchen's cooking assistant. Offer substitutions for allergies and "
            "give metric and imperial units."
        ),
    ),
    (
        "search",
        (
            "You are the shopping assistant for {co}. Recommend products from the catalog "
            "context and ask a clarifying question when the request is vague."
        ),
    ),
    (
        "hr",
        (
            "You are {co}'s internal HR helpdesk assistant. Answer from policy documents; if "
            "unsure, refer the employee to HR."
        ),
    ),
)
COMPANIES = (
    "Brightline",
    "Nordhaus",
    "Kestrel",
    "Lumen & Co",
    "Pathwise",
    "Quillon",
    "Tessera",
    "Orchard",
    "Vantage",
    "Halcyon",
    "Fernway",
    "Parallax",
    "Copperleaf",
    "Mistral Bay",
    "Juniper",
    "Solace",
    "Northstar",
    "Cobalt",
    "Wren",
    "Atlas Freight",
)
CUSTOM_INSTRUCTIONS = (
    "Be concise. I prefer bullet points.",
    "I'm a software engineer; skip basic explanations.",
    "Answer in British English.",
    "I'm a teacher. Use simple language I can reuse in class.",
    "Always include sources when possible.",
    "No emojis please.",
    "You are an expert problem solver. Always show your complete reasoning.",
    "You are a meticulous tutor who explains every step of a solution.",
    "You are a senior engineer. Answer precisely and include code.",
    "Respond in JSON with keys 'answer' and 'explanation'.",
    "Think step by step before answering.",
)
AGENT_SYSTEM = (
    (
        "You are an autonomous coding agent running in a terminal. Use the provided tools to "
        "read files, run commands and edit code. Keep changes minimal and run the tests "
        "before finishing."
    ),
    (
        "You are a coding assistant with access to the user's repository through tools. "
        "Think about the task, call tools as needed, and report what you changed."
    ),
)
EVAL_SYSTEM = ("You are a helpful assistant.",)
RESPONSE_OPENERS = {
    "coding": (
        "Here's a clean way to do it:\n\n",
        "Sure! ",
        "You can do this with a few lines:\n\n",
        "",
    ),
    "math": ("Let's work through it.\n\n", "", "Here's the solution:\n\n"),
    "writing": ("Here's a draft:\n\n", "Sure, here you go:\n\n", ""),
    "general": ("Great question. ", "", "Here's an overview:\n\n", "Sure! "),
    "analysis": ("Looking at the data:\n\n", "", "Here's what stands out:\n\n"),
    "tool": ("", "I'll call the tool for that.\n"),
    "image": ("In the image, ", "The picture shows ", ""),
}
RESPONSE_SENTENCES = (
    "The key idea is to separate the problem into smaller parts and handle each one in turn.",
    "This approach keeps the code readable and makes it easy to test each piece on its own.",
    "In practice, the most common mistake is forgetting to handle the empty case.",
    "A good rule of thumb is to start simple and only optimise once you have measured.",
    "There are trade-offs: the first option is faster, while the second is easier to maintain.",
    "If you need more detail on any step, let me know and I can expand on it.",
    "Historically, this developed over several decades as people refined earlier ideas.",
    "Most experts agree on the basics, although the details are still debated.",
    "You may want to check the official documentation for the version you are using.",
    "Keep in mind that the exact numbers will depend on your situation.",
    "To summarise: define the goal, pick the simplest method that works, and verify the result.",
    "Here is a short example that shows the pattern in action.",
    "The reason this works is that each step preserves the invariant established before it.",
    "For a beginner, the second explanation is usually the easier one to follow.",
    "One alternative is to use a library that already handles these edge cases.",
    "Be careful with units: mixing them is the most frequent source of wrong answers.",
    "Start by writing down the assumptions, because they determine which approach is appropriate.",
    "The simplest correct version is usually the best starting point.",
    "It helps to test the result on a small example before applying it to everything.",
    "Note that the behaviour differs slightly between versions, so check which one you have.",
    "Another option is to break the task into two passes: first collect, then transform.",
    "If performance matters, measure before and after the change.",
    "The main risk here is an edge case you have not seen yet, so add a test for it.",
    "In short, the trade-off is between flexibility and simplicity.",
    "For most people, the default settings are a reasonable place to start.",
    "You can adapt the tone by changing the opening and closing lines.",
    "This is a common question, and the answer depends on your goals.",
    "The data suggests a clear trend, although the sample is small.",
    "I would prioritise the items that unblock other work first.",
    "A quick sanity check: the result should be roughly proportional to the input size.",
    "Feel free to adjust the wording so it sounds like you.",
    "One caveat: this assumes the inputs are already validated.",
    "If you share more details, I can tailor the answer further.",
    "Most of the cost comes from the first step, so optimise that one if anything.",
    "The same idea works in other languages with small changes.",
    "Here the key number is the ratio, not the absolute value.",
)
CODE_SNIPPET = (
    "```{lang}\ndef solve(items):\n    seen = set()\n    out = []\n"
    "    for x in items:\n        if x not in seen:\n            seen.add(x)\n"
    "            out.append(x)\n    return out\n```\n\n"
)
REASONING_PREAMBLE = (
    (
        "Let me think through this carefully. First, I'll restate what is being asked and "
        "identify the quantities involved. Then I'll consider which method applies, check it "
        "against a simple case, and only then carry out the full calculation. "
    ),
    (
        "Reasoning: I start by listing what we know. Next I check each assumption, because "
        "an error early on would propagate. I consider an alternative approach to confirm "
        "the result. "
    ),
    "Let me define the unknowns first and write each relationship as an equation. ",
    "Checking the units at each step: they are consistent, so the setup is right. ",
    (
        "Wait, I should double-check that step. Recomputing it gives the same value, so we "
        "can continue. "
    ),
    "An alternative route would be to work backwards from the answer; both routes should agree. ",
    "Now I combine the partial results and verify the total against the original conditions. ",
    "Before finalising, I reconsider whether any case has been missed. ",
)
FOLLOWUP_RESPONSES = (
    "Sure, here's a shorter version.",
    "Good catch - you're right, let me correct that.",
    "Of course. Here's another example.",
    "Here it is in a more formal tone.",
    "Happy to help! Let me know if anything else comes up.",
    "Here's the summary.",
)
TOOL_CALL_RESPONSES = (
    '{{"tool": "{tool}", "arguments": {{"path": "src/main.py"}}}}',
    '{{"tool": "{tool}", "arguments": {{"cmd": "pytest -q"}}}}',
    (
        'I\'ll inspect the failing module first.\n{{"tool": "{tool}", '
        '"arguments": {{"query": "def handler"}}}}'
    ),
)
