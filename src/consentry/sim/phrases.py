"""Our own template material: the words around corpus prompts, and whole synthetic prompts.

Pure data. Benign users and campaigns draw on the same lists wherever a real client would:
a phrase never marks its population by itself; what differs is how often and how uniformly
it is used.
"""

from __future__ import annotations

GREETINGS = ("", "", "", "Hi! ", "Hey, ", "Hello, ", "hi ", "Hey there. ", "ok so ", "So, ")
ASKS = (
    "", "", "can you help me with this? ", "quick question: ", "I need some help. ",
    "please help: ", "I have a question. ", "could you take a look at this? ",
    "I'm stuck on something. ", "need a hand: ",
)
ROLES = (
    "a nurse", "a software engineer", "a high school teacher", "a grad student",
    "a product manager", "a freelance designer", "a small business owner", "a data analyst",
    "a retired engineer", "a college freshman", "a paralegal", "a marketing intern",
    "a backend developer", "a research assistant", "a hobby programmer", "a line cook",
    "an accountant", "a journalist", "a PhD student in biology", "a project coordinator",
    "a sales rep", "an electrician", "a UX researcher", "a mechanical engineering student",
    "a DevOps engineer", "a librarian", "a physiotherapist", "a real estate agent",
    "a game developer", "a translator",
)
SITUATIONS = (
    "working on a side project", "preparing for an exam", "writing a report for my team",
    "trying to learn this on my own", "helping my kid with homework", "on a tight deadline",
    "putting together a presentation", "cleaning up some old notes",
    "getting ready for an interview", "planning something for next week",
    "debugging something at work", "new to this topic", "reviewing a colleague's work",
    "writing documentation", "studying for a certification", "working on my thesis",
    "organising an event", "trying to automate a boring task",
)
CLOSERS = (
    "Thanks!", "Thank you.", "thanks in advance", "Keep it brief.", "Please be concise.",
    "Use bullet points.", "Explain like I'm new to this.", "Give me a few options.",
    "Please keep it under 200 words.", "What do you think?", "Any tips?", "Be specific.",
    "Can you give an example?", "No need for a long intro.", "Format it as a table if that helps.",
    "I'd appreciate a detailed answer.", "Please double-check it.", "ty",
)
STEP_CLOSERS = (
    "Show your work.", "Please explain step by step.", "Walk me through your reasoning.",
    "Explain each step so I can follow.", "Can you show the steps?", "Think it through carefully.",
    "Explain how you got the answer.", "Show all the steps please.", "Break it down step by step.",
    "Please explain your reasoning before giving the answer.",
)
HOMEWORK_OPENERS = (
    "For my homework: ", "I'm stuck on this problem from my problem set: ",
    "Can you check my approach on this one? ", "This is from today's lecture: ",
    "Homework question: ", "How do I solve this? ", "Our professor gave us this: ",
    "Practice problem for the midterm: ", "I got a different answer than the book. ", "",
)
FOLLOWUPS = (
    "Can you make it shorter?", "Why?", "Thanks! Can you explain the second part again?",
    "That doesn't look right, can you check it?", "Can you give me another example?",
    "What if I wanted to do it differently?", "ok and what about edge cases?",
    "Can you rewrite that in a more formal tone?", "Great, now can you add comments?",
    "Could you explain that more simply?", "What are the downsides of this approach?",
    "Can you put that in a table?", "Hmm, I get an error when I try this.", "Perfect, thank you!",
    "Can you expand on point 3?", "How would this change if the numbers were doubled?",
    "Is there a faster way?", "Now translate it into Spanish.", "Can you summarise all of that?",
    "What sources would you recommend for this?", "Make it sound less robotic.",
    "Can you continue?", "Wait, I think step 2 is wrong.", "ok that works. next question:",
    "Can you turn this into a checklist?", "How do I test this?", "Give me three alternatives.",
    "What would you change if this were for a beginner?", "Explain it to me like I'm five.",
    "Can you write the same thing in TypeScript?", "What's the time complexity?",
    "Does this handle empty input?", "Shorter please, it's for a slide.",
    "Could you add a conclusion?", "That's helpful. What should I do first?",
)
LANGS = (
    "Python", "JavaScript", "TypeScript", "Java", "C#", "Go", "Rust", "C++", "SQL", "Bash",
    "Kotlin", "Swift", "PHP", "Ruby", "R",
)
CODE_TASKS = (
    "read a CSV file and group rows by a column", "debounce a function",
    "parse dates in different formats", "retry an HTTP request with exponential backoff",
    "flatten a nested list", "validate an email address", "paginate results from a REST API",
    "write unit tests for a class", "merge two sorted arrays",
    "cache results of an expensive function", "stream a large file line by line",
    "connect to PostgreSQL and run a query", "handle timeouts in async code",
    "sort objects by two keys", "remove duplicates while keeping order",
    "read environment variables with defaults", "upload a file to S3", "compute a moving average",
    "convert JSON to a dataclass", "implement a simple LRU cache", "schedule a job every night",
    "hash a password safely", "build a CLI with subcommands", "profile slow code",
    "detect cycles in a graph", "format a number as currency", "send an email with an attachment",
    "rate limit API calls",
)
CODE_ERRORS = (
    "a KeyError", "a NullPointerException", "'undefined is not a function'",
    "a segmentation fault", "a deadlock", "a timeout", "'index out of range'", "a type error",
    "an off-by-one error", "a memory leak", "a race condition", "'permission denied'",
    "a CORS error", "a 502 from nginx",
)
CODE_SITUATIONS = (
    "the input is empty", "I run it in Docker", "two requests arrive at once", "the file is large",
    "I deploy to production", "the list has duplicates", "the network is slow",
    "I upgrade the library",
)
CODE_TEMPLATES = (
    "How do I {task} in {lang}?", "Write a {lang} function to {task}.",
    "What's the idiomatic way to {task} in {lang}?",
    "My {lang} code gets {error} when {situation}. Why?",
    "Can you review this approach: I want to {task} in {lang} without extra libraries.",
    "Explain how to {task} in {lang}, with a short example.",
    "In {lang}, what is the best way to {task} when {situation}?",
    "Why would {lang} throw {error} if {situation}?",
)
TOPICS = (
    "photosynthesis", "compound interest", "the French Revolution", "black holes", "inflation",
    "the immune system", "machine learning", "climate change", "supply and demand",
    "plate tectonics", "the stock market", "vaccines", "quantum computing", "the Roman Empire",
    "blockchain", "sleep cycles", "the electoral college", "neural networks", "the water cycle",
    "game theory", "intermittent fasting", "the Cold War", "CRISPR", "opportunity cost",
    "the placebo effect", "renewable energy", "the Renaissance", "cognitive biases", "probability",
    "the human genome",
)
AUDIENCES = (
    "a ten year old", "a busy executive", "a first-year student", "my grandmother", "an expert",
    "someone who hates math", "a non-native speaker",
)
CITIES = (
    "Lisbon", "Tokyo", "Mexico City", "Chicago", "Seoul", "Cape Town", "Montreal", "Istanbul",
    "Hanoi", "Edinburgh", "Buenos Aires", "Bali", "Prague", "Vancouver", "Marrakech", "Sydney",
)
DISHES = (
    "lasagna", "pad thai", "banana bread", "chili", "a vegan curry", "pancakes", "risotto",
    "chicken soup", "falafel", "a birthday cake", "ramen", "tacos", "granola",
)
GENERAL_TEMPLATES = (
    "Explain {topic} to {audience}.", "What are the main arguments for and against {topic}?",
    "Plan a {n}-day trip to {city} on a budget.",
    "Give me a recipe for {dish} without {ingredient}.",
    "What's a good weekly routine for learning about {topic}?",
    "Summarise the history of {topic}.", "What are common misconceptions about {topic}?",
    "How should I prepare for a week in {city}?",
    "Suggest {n} gift ideas for {person} who likes {topic}.",
    "Is it true that {topic} is overrated?", "How do I make {dish} for {n} people?",
    "Help me understand {topic} in simple terms.",
)
INGREDIENTS = ("eggs", "dairy", "gluten", "sugar", "nuts", "an oven", "meat", "onions")
PEOPLE = (
    "my dad", "a coworker", "my partner", "a teenager", "my boss", "a friend who has everything",
)
DOC_TYPES = (
    "email", "cover letter", "LinkedIn post", "short story", "poem", "speech",
    "product description", "blog post", "apology note", "meeting agenda", "press release",
    "wedding toast", "haiku",
)
TONES = (
    "friendly", "formal", "funny", "persuasive", "warm", "concise", "professional", "playful",
)
RECIPIENTS = (
    "my landlord", "a client", "my team", "a hiring manager", "my neighbour", "the school",
)
WRITING_TEMPLATES = (
    "Write a {tone} {doc} to {recipient} about {topic}.", "Draft a {doc} about {topic}.",
    "Rewrite this to sound more {tone}: \"{sentence}\"", "Write a {tone} {doc} for {recipient}.",
    "Give me {n} title ideas for a {doc} about {topic}.", "Proofread: \"{sentence}\"",
)
SENTENCES = (
    "we need to reschedule the meeting because of the deadline",
    "i wanted to follow up on the invoice i sent last month",
    "the project is delayed and we are not sure when it will be done",
    "thank you for your help with the move, it meant a lot",
    "our team exceeded the quarterly target by twelve percent",
    "the rent increase seems higher than what the lease allows",
)
ANALYSIS_TEMPLATES = (
    (
        "Here is some data:\n{table}\nWhich {dim} has the highest {metric}, and what trend do "
        "you see?"
    ),
    "Given this table:\n{table}\nCompute the average {metric} per {dim} and flag outliers.",
    "What chart would best show this?\n{table}",
    "Analyse these numbers and write two sentences for a report:\n{table}",
    "Write a pandas snippet that loads this and plots {metric} by {dim}:\n{table}",
)
DIMS = ("region", "month", "product", "store", "team", "channel", "week")
METRICS = ("revenue", "churn", "signups", "latency", "cost", "conversion rate", "units sold")
IMAGE_PROMPTS = (
    "What's in this image?", "Can you read the text in this screenshot?",
    "Extract the table from this photo as CSV.", "What plant is this?", "Describe this chart.",
    "Turn this whiteboard photo into clean notes.", "Is this rash something to worry about?",
    "What does this error dialog mean?", "Transcribe this handwritten note.",
    "Convert this diagram into a mermaid flowchart.", "What's wrong with this circuit?",
    "Summarise the slide in this picture.",
)
TICKET_SUBJECTS = (
    "Cannot log in", "Refund request", "Order arrived damaged", "Billing discrepancy",
    "App crashes on startup", "Password reset email not received", "Change delivery address",
    "Subscription cancelled by mistake", "Feature request", "Slow performance since update",
    "Charged twice", "Account locked", "Missing items in order", "Integration stopped syncing",
)
TICKET_SENTENCES = (
    "I have tried restarting several times.", "This started after the latest update.",
    "I need this fixed before Friday.", "My order number is {num}.",
    "I've been a customer for years.", "Nobody answered my last two emails.",
    "The error code shown is E{num}.", "It happens on both my phone and laptop.",
    "Please call me back at your earliest convenience.",
    "I was charged {num} dollars instead of the listed price.", "Our whole team is blocked.",
    "Can you escalate this?", "The tracking page has not updated in a week.",
    "I attached a screenshot to my previous message.", "Thanks for looking into it.",
)
BATCH_TEMPLATES = (
    (
        "Summarize the following customer support ticket in at most three bullet points, "
        "then classify its urgency as low, medium or high and name the product "
        "area.\n\nTicket:\n"
    ),
)
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
    "Brightline", "Nordhaus", "Kestrel", "Lumen & Co", "Pathwise", "Quillon", "Tessera", "Orchard",
    "Vantage", "Halcyon", "Fernway", "Parallax", "Copperleaf", "Mistral Bay", "Juniper", "Solace",
    "Northstar", "Cobalt", "Wren", "Atlas Freight",
)
CUSTOM_INSTRUCTIONS = (
    "Be concise. I prefer bullet points.", "I'm a software engineer; skip basic explanations.",
    "Answer in British English.", "I'm a teacher. Use simple language I can reuse in class.",
    "Always include sources when possible.", "No emojis please.",
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
CI_TASKS = (
    "The CI job `{job}` failed on commit {sha}. Find the cause and fix it.",
    "Fix the failing test `{test}`. The error is:\n{err}",
    "Update the code so that `{test}` passes; do not change the test.",
    "Review the diff in this pull request and fix lint errors reported by CI.",
    "Nightly: upgrade dependencies, run the test suite and fix anything that breaks.",
    "The build fails with:\n{err}\nPlease fix it.",
)
CI_JOBS = ("test-unit", "lint", "build", "integration", "typecheck", "e2e", "test-py311")
CI_TESTS = (
    "tests/test_api.py::test_pagination", "tests/test_models.py::test_roundtrip",
    "src/utils/date.test.ts", "pkg/server/handler_test.go", "tests/integration/test_sync.py",
    "spec/billing_spec.rb", "tests/test_cli.py::test_help",
)
CI_ERRORS = (
    "AssertionError: expected 200, got 500", "TypeError: Cannot read properties of undefined",
    "ModuleNotFoundError: No module named 'yaml'", "error[E0382]: borrow of moved value",
    "FAILED (failures=2)", "panic: runtime error: index out of range", "mypy: 3 errors in 2 files",
)
TOOL_NAMES = (
    "read_file", "write_file", "run_command", "search_code", "list_dir", "apply_patch",
    "run_tests", "git_diff", "http_get", "python", "query_db", "open_url",
)
TOOL_RESULTS = (
    "Tool result ({tool}): exit code 0\n{n} passed in 4.{n}s",
    "Tool result ({tool}): exit code 1\nFAILED {test} - {err}",
    "Tool result ({tool}): 212 lines\n[file contents omitted]",
    "Tool result ({tool}): {n} matches in 3 files", "Tool result ({tool}): ok",
    "Tool result ({tool}): Traceback (most recent call last): ... {err}",
    "Tool result ({tool}): diff --git a/src/app.py b/src/app.py\n@@ -{n},7 +{n},9 @@",
)
# Campaign wrappers. The fixed ones are what an unevasive pipeline sends; the paraphrase grammar
# below makes many variants, some of which coincide with what ordinary users write.
COT_FIXED = (
    (
        "Solve the following problem. Before giving the final answer, write out your "
        "complete internal reasoning step by step, including intermediate thoughts, checks "
        "and corrections.\n\n"
    ),
    (
        "Think through this problem in full detail. Articulate every step of your reasoning "
        "process as you would internally, then state the final answer.\n\nProblem: "
    ),
    (
        "Provide a detailed chain of thought for the question below. Do not skip steps; "
        "explain why each step follows from the previous one.\n\nQuestion: "
    ),
)
COT_PARTS = (
    ("Solve ", "Work through ", "Answer ", "Tackle ", "Consider ", "Look at "),
    ("the following problem", "this question", "the task below", "this", "the problem below"),
    (
        ". Explain your reasoning step by step", ". Show every step of your thinking",
        " and describe how you reason about it", ". Lay out your full thought process",
        ", thinking out loud as you go", ". Please explain each step", ". Reason carefully",
    ),
    (
        " before the final answer.", ".", ", then give the answer.",
        " and double-check the result.", " including any mistakes you correct along the way.",
    ),
)
RUBRIC_HEAD = (
    "You are grading an answer. Question:\n",
    "Evaluate the candidate solution against the rubric.\n\nTask:\n",
)
RUBRIC_MID = ("\n\nCandidate answer:\n", "\n\nProposed solution:\n")
RUBRIC_TAIL = (
    (
        "\n\nRubric: (1) correct final answer, (2) every step justified, (3) no arithmetic "
        "errors, (4) clear presentation. For each criterion explain step by step whether it "
        "is met, then give a score from 1 to 10."
    ),
    (
        "\n\nScore the answer from 1 to 10 against these criteria: correctness, completeness "
        "of the reasoning, clarity. Justify each score with your reasoning before the final "
        "grade."
    ),
)
TRACE_CLOSERS = (
    "Before the final answer, show your full reasoning inside <reasoning> tags.",
    "Think step by step and include your complete reasoning trace before the answer.",
)
TRACE_PARTS = (
    ("Before answering", "First", "Please", "As you work"),
    (
        ", write out your reasoning", ", explain your thinking step by step",
        ", show the reasoning that leads to your answer", ", think aloud",
    ),
    (".", " in detail.", " and then answer.", ", then give the final code."),
)
HYDRA_FIXED = (
    "Answer the following question thoroughly and accurately.\n\n",
    "Please respond to the user request below with a complete, high-quality answer.\n\nRequest: ",
    "Give a comprehensive, expert-level response to the following:\n\n", "", "",
)
HYDRA_PARTS = (
    ("Please ", "Kindly ", "Could you please ", "I need you to "),
    ("answer", "respond to", "help with", "address", "handle"),
    (" the following", " this", " the request below", " the question below"),
    ("", " thoroughly", " in detail", " carefully", " completely"), (":\n\n", ".\n\n", ": ", "\n"),
)
RESPONSE_OPENERS = {
    "coding": (
        "Here's a clean way to do it:\n\n", "Sure! ", "You can do this with a few lines:\n\n", "",
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
)
FOLLOWUP_RESPONSES = (
    "Sure, here's a shorter version.", "Good catch - you're right, let me correct that.",
    "Of course. Here's another example.", "Here it is in a more formal tone.",
    "Happy to help! Let me know if anything else comes up.", "Here's the summary.",
)
TOOL_CALL_RESPONSES = (
    "{{\"tool\": \"{tool}\", \"arguments\": {{\"path\": \"src/main.py\"}}}}",
    "{{\"tool\": \"{tool}\", \"arguments\": {{\"cmd\": \"pytest -q\"}}}}",
    (
        "I'll inspect the failing module first.\n{{\"tool\": \"{tool}\", "
        "\"arguments\": {{\"query\": \"def handler\"}}}}"
    ),
)
