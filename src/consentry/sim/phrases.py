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
    "rate limit API calls", "parse command-line arguments", "walk a directory tree",
    "serialize objects to JSON", "compare two dictionaries", "implement binary search",
    "read a YAML config", "log to a rotating file", "process items in parallel", "validate a JWT",
    "generate a UUID", "resize images in bulk", "scrape a table from a web page",
    "convert timezones correctly", "write a websocket client", "build a priority queue",
    "chunk a list into batches", "mock a database in tests", "handle signals gracefully",
    "read Excel files", "compress a folder to zip", "find the longest common substring",
    "implement pagination with cursors", "write a Dockerfile for this app",
    "set up a GitHub Actions workflow", "parse a log file and count errors", "implement a trie",
    "throttle a stream of events", "write a custom exception hierarchy",
    "split a string on several delimiters", "deduplicate records by key",
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
    "the human genome", "the Industrial Revolution", "monetary policy", "photosynthesis in algae",
    "the Silk Road", "microplastics", "the Big Bang", "antibiotic resistance", "the gig economy",
    "urban heat islands", "dark matter", "the printing press", "interest rates", "the ozone layer",
    "gene therapy", "the Ottoman Empire", "coral bleaching", "stoicism", "the Marshall Plan",
    "lithium batteries", "remote work", "the French language", "the Great Depression",
    "solar panels", "gut bacteria", "the Olympics", "minimalism", "index funds",
    "the Apollo program", "mindfulness", "volcanoes", "the Treaty of Versailles", "electric cars",
    "sourdough fermentation", "the Byzantine Empire", "nuclear fusion", "deforestation",
    "jazz history", "impressionism", "the housing market", "public transport",
    "cybersecurity basics", "the Mongol Empire", "honeybees", "tides", "the Harlem Renaissance",
    "dopamine", "carbon capture", "the Enlightenment", "protein folding", "UX design",
    "credit scores", "the metric system", "earthquakes", "ancient Egypt", "supply chains",
    "social media algorithms", "open source licensing", "the Meiji Restoration",
    "vertical farming", "antimatter", "the history of coffee", "tariffs", "glaciers",
)
AUDIENCES = (
    "a ten year old", "a busy executive", "a first-year student", "my grandmother", "an expert",
    "someone who hates math", "a non-native speaker", "a high school student",
    "a software engineer", "a policymaker", "a new manager", "a curious teenager",
)
CITIES = (
    "Lisbon", "Tokyo", "Mexico City", "Chicago", "Seoul", "Cape Town", "Montreal", "Istanbul",
    "Hanoi", "Edinburgh", "Buenos Aires", "Bali", "Prague", "Vancouver", "Marrakech", "Sydney",
    "Porto", "Kyoto", "Oaxaca", "Denver", "Busan", "Nairobi", "Quebec City", "Athens", "Da Nang",
    "Dublin", "Santiago", "Lombok", "Vienna", "Seattle", "Fes", "Melbourne", "Krakow", "Tbilisi",
    "Cusco", "Reykjavik", "Singapore", "Cartagena", "Copenhagen", "Osaka", "Zanzibar", "Budapest",
    "New Orleans", "Hoi An", "Seville", "Queenstown",
)
DISHES = (
    "lasagna", "pad thai", "banana bread", "chili", "a vegan curry", "pancakes", "risotto",
    "chicken soup", "falafel", "a birthday cake", "ramen", "tacos", "granola", "shakshuka",
    "beef stew", "dumplings", "paella", "a quiche", "miso soup", "brownies", "enchiladas",
    "a lentil salad", "bibimbap", "focaccia", "a stir fry", "butter chicken", "gnocchi",
    "cinnamon rolls", "pho", "a frittata", "jollof rice", "tiramisu", "a smoothie bowl",
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
    "Help me understand {topic} in simple terms.", "What should I know before adopting a {pet}?",
    "How does {topic} affect everyday life?", "Compare {topic} and {topic2} in a short table.",
    "Give me a {n}-week plan to get better at {skill}.", "What are {n} good books about {topic}?",
    "Explain {topic} using an analogy about {dish}.",
    "I have {n} hours in {city}. What should I see?", "How do I talk to {person} about {topic}?",
    "Is {dish} healthy? What's a lighter version?",
    "What questions should I ask in an interview for {job}?",
    "How much should I budget for a trip to {city} for {n} days?",
    "What's the difference between {topic} and {topic2}?",
    "Help me make a decision: {option1} or {option2}?",
    "Write a short quiz with {n} questions on {topic}.", "Why do people disagree about {topic}?",
    "What are beginner mistakes in {skill}?",
)
INGREDIENTS = ("eggs", "dairy", "gluten", "sugar", "nuts", "an oven", "meat", "onions")
PEOPLE = (
    "my dad", "a coworker", "my partner", "a teenager", "my boss", "a friend who has everything",
    "my mom", "my sister", "a neighbour", "my manager", "a client", "my roommate",
)
DOC_TYPES = (
    "email", "cover letter", "LinkedIn post", "short story", "poem", "speech",
    "product description", "blog post", "apology note", "meeting agenda", "press release",
    "wedding toast", "haiku", "thank-you note", "resignation letter", "toast", "newsletter intro",
    "bio", "tweet thread", "product review", "status update",
)
TONES = (
    "friendly", "formal", "funny", "persuasive", "warm", "concise", "professional", "playful",
)
RECIPIENTS = (
    "my landlord", "a client", "my team", "a hiring manager", "my neighbour", "the school",
    "my professor", "the HOA", "a recruiter", "our customers", "the city council", "my in-laws",
)
WRITING_TEMPLATES = (
    "Write a {tone} {doc} to {recipient} about {topic}.", "Draft a {doc} about {topic}.",
    "Rewrite this to sound more {tone}: \"{sentence}\"", "Write a {tone} {doc} for {recipient}.",
    "Give me {n} title ideas for a {doc} about {topic}.", "Proofread: \"{sentence}\"",
    "Write a {tone} message to {recipient} saying {sentence}.",
    "Turn this into a {doc}: {sentence}", "Make this more {tone}: {sentence}",
    "Write a {doc} for {person}'s birthday, {tone} tone.",
    "Summarise this in one line: {sentence}",
    "Write a {tone} {doc} announcing {topic} to {recipient}.",
    "Give me an outline for a {doc} on {topic}.",
    "Write {n} variations of this sentence: {sentence}",
)
SENTENCES = (
    "we need to reschedule the meeting because of the deadline",
    "i wanted to follow up on the invoice i sent last month",
    "the project is delayed and we are not sure when it will be done",
    "thank you for your help with the move, it meant a lot",
    "our team exceeded the quarterly target by twelve percent",
    "the rent increase seems higher than what the lease allows",
    "the shipment will be two weeks late because of customs",
    "i am resigning from my position effective next month",
    "we loved the venue but the food was cold", "please stop parking in front of my garage",
    "our meetup moves to thursdays starting in march",
    "the server outage was caused by an expired certificate",
    "i forgot my friend's birthday and feel terrible",
    "the new policy requires two approvals for every expense",
    "thanks for mentoring me during my first year",
    "the kids' soccer practice is cancelled this weekend",
    "i'd like to negotiate a higher starting salary",
    "the survey results show most users want a dark mode",
    "can we split the bill for the cabin evenly", "my flight got cancelled and i need a refund",
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
TRIVIAL_PROMPTS = (
    "hi", "hello", "Hello!", "hey", "test", "thanks", "thank you!", "what can you do?",
    "are you there?", "good morning", "who are you?", "help", "continue", "ok", "yes", "no",
    "what's today's date?", "tell me a joke", "write a poem", "summarize this",
)
PETS = ("dog", "cat", "rabbit", "parrot", "hamster", "rescue greyhound", "tortoise", "ferret")
SKILLS = (
    "public speaking", "chess", "running", "Spanish", "drawing", "SQL", "guitar", "negotiation",
    "photography", "touch typing", "cooking", "budgeting", "sleep", "writing", "Excel",
)
JOBS = (
    "a data analyst role", "a nursing position", "a junior developer job", "a sales manager role",
    "a teaching job", "a product designer role", "a paralegal job", "a barista job",
)
OPTIONS = (
    "renting", "buying", "a laptop", "a tablet", "learning Python", "learning JavaScript",
    "a gym membership", "running outside", "a master's degree", "a bootcamp", "moving abroad",
    "staying", "an electric car", "a hybrid", "index funds", "paying off debt",
)
REACTIONS = (
    "", "", "", "ok ", "Thanks! ", "Hmm, ", "Great. ", "Wait, ", "Nice. ", "Got it. ",
    "That helps. ", "ok but ", "Interesting. ", "Perfect. ", "Sorry, ",
)
REQUESTS = (
    "can you make it shorter", "can you explain that again", "can you give another example",
    "what about the edge cases", "can you rewrite it", "can you add comments", "why is that",
    "can you make it more formal", "what are the downsides", "can you put it in a table",
    "is there a faster way", "can you translate it", "can you summarise it",
    "what would you change", "can you expand on that", "can you check it again",
    "what if the input is empty", "how do I test it", "can you simplify it",
    "can you give me three alternatives", "what should I do first", "how long would that take",
    "can you make it sound less robotic", "could you continue", "can you turn it into a list",
)
DETAILS = (
    "", "", "", "?", " please?", " for a beginner?", " in Python?", " with an example?",
    " for the second part?", " in fewer words?", " for my team?", " without jargon?",
    " for step 3?", " using bullet points?", " for the intro?", " for a presentation?",
    " for my boss?", " for version 2?",
)
CODE_PATHS = (
    "src/app.py", "src/api/routes.py", "lib/utils.ts", "cmd/server/main.go",
    "internal/db/store.go", "app/models/user.rb", "src/components/Table.tsx", "pkg/cache/lru.go",
    "tests/test_api.py", "src/billing/invoice.py", "scripts/migrate.py", "src/lib.rs",
    "web/src/index.js",
)
IMAGE_VERBS = (
    "What's in", "Describe", "Can you read", "Summarise", "Explain", "Translate the text in",
    "Is anything wrong in", "Make a caption for", "Identify the plant in",
    "Extract the numbers from", "What does it say in", "Check the math in",
)
IMAGE_OBJECTS = (
    "this image", "this photo", "this screenshot", "the attached picture", "this chart",
    "this diagram", "this receipt", "this whiteboard photo", "this page from my notes",
    "this menu", "this error message", "this floor plan", "this slide", "this label",
)
IMAGE_SUFFIXES = ("?", "?", " please", " in Spanish", " in detail", " briefly", ", thanks")
DETAIL_TEMPLATES = (
    "My budget is about ${money}. ", "It's for {n} people. ", "The deadline is {weekday}. ",
    "I'm using {lang} on {os}. ", "We're based in {city}. ", "The file has about {big} rows. ",
    "I have roughly {n} hours for this. ", "It's for a {age}-year-old. ",
    "This is for {project}. ", "Context: {project}, due {weekday}. ",
    "I already tried {attempt}. ", "We have {n} people on the team. ",
)
WEEKDAYS = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next week", "tomorrow", "tonight",
)
OSES = ("Windows 11", "macOS", "Ubuntu", "a Chromebook", "Android", "an iPad", "WSL")
PROJECTS = (
    "a school project", "my startup's landing page", "a client at work", "my thesis",
    "a hackathon", "our internal wiki", "a community newsletter", "my portfolio",
    "a board meeting", "a grant proposal", "my team's retro", "a volunteer group",
    "my online shop", "a conference talk",
)
ATTEMPTS = (
    "restarting", "googling it", "the official docs", "a different library", "asking a colleague",
    "reinstalling", "a simpler version", "Stack Overflow", "rewriting it from scratch",
)
