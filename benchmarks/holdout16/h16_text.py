"""Text written for hold-out 16: frames, everyday lines, product templates, client strings.

Corpus items (prompts) come from /work/shared/corpora at run time; everything here was written
for this world.
"""

from __future__ import annotations

EVERYDAY = (
    "what should I cook tonight with {a} and {b}",
    "help me write a birthday message for my {rel}",
    "is it normal for a {pet} to sleep {n} hours a day",
    "translate 'see you {when}' into {lang}",
    "give me a {n}-day itinerary for {city}",
    "how do I get {stain} out of a cotton shirt",
    "summarise this for me: the meeting moved to {when}, bring the {thing}",
    "my {rel} keeps asking about {thing}, how do I explain it simply",
    "rewrite this text so it sounds friendlier: 'send the {thing} by {when}'",
    "what's a good name for a {pet} that likes {a}",
    "cheap ways to stay warm in a flat in {city}",
    "how many calories in {a} with {b}",
    "write a short poem about {thing} for my {rel}",
    "compare renting vs buying in {city} for someone on a normal salary",
    "explain {topic} like I'm twelve",
    "i have an interview for a {job} job {when}, what questions will they ask",
    "draft a polite email to my landlord about the {thing}",
    "what are the rules of {game}",
    "make a packing list for {n} days in {city}",
    "why does my {thing} make a clicking noise",
)
SLOTS = {
    "a": ("rice", "lentils", "chicken", "tofu", "spinach", "eggs", "pasta", "beans", "oats"),
    "b": ("tomatoes", "yoghurt", "peppers", "cheese", "garlic", "mushrooms", "coconut milk"),
    "rel": ("sister", "dad", "grandmother", "colleague", "best friend", "neighbour", "son"),
    "pet": ("cat", "puppy", "rabbit", "parrot", "hamster", "old dog"),
    "n": ("2", "3", "4", "5", "7", "10", "12", "14"),
    "when": ("tomorrow", "on Friday", "next week", "tonight", "after the holidays"),
    "lang": ("Spanish", "Japanese", "German", "Portuguese", "Tagalog", "Hindi", "Turkish"),
    "city": ("Lisbon", "Osaka", "Mexico City", "Krakow", "Nairobi", "Seoul", "Chicago", "Hanoi"),
    "stain": ("red wine", "coffee", "grease", "ink", "grass"),
    "thing": ("boiler", "keys", "rent", "laptop", "invoice", "heater", "report", "fridge"),
    "topic": ("inflation", "black holes", "vaccines", "compound interest", "tides", "DNS"),
    "job": ("nursing", "warehouse", "marketing", "data analyst", "teaching", "barista"),
    "game": ("cribbage", "mahjong", "padel", "bridge", "go"),
}
FOLLOWUPS = (
    "thanks, can you make it shorter",
    "ok and what about {a}",
    "can you explain that part again",
    "make it more formal",
    "that doesn't work, I get an error",
    "give me another option",
    "why?",
    "perfect. now do the same for {city}",
    "can you put that in a table",
    "hmm not quite, try again",
)

# A grading product's rubric frame, and the same shape as a harvester sends it.
GRADE_FRAMES = (
    "Question:\n{q}\n\nStudent answer:\n{ans}\n\nGrade the student answer against the rubric "
    "(correctness, reasoning, clarity). Give a score from 0 to {top} and feedback.",
    "Assess this response.\nTask: {q}\nResponse: {ans}\nReturn JSON with score (0-{top}), "
    "strengths, weaknesses, and what a full-marks answer would contain.",
    "Here is a task and an attempted answer. Task: {q}\nAttempt: {ans}\nIs it correct? Score it "
    "out of {top} and explain the grade.",
)
SCHOOL_QUESTIONS = (
    "Explain why the {x} is important in photosynthesis.",
    "Describe two causes of the {y}.",
    "A train travels {n1} km in {n2} hours. What is its average speed?",
    "Summarise the main argument of the reading on {z} in three sentences.",
    "What is the difference between weather and climate? Give an example from {city}.",
    "Solve for x: {n1}x + {n2} = {n3}.",
    "Write a paragraph persuading your school to adopt {z}.",
    "Why did the {y} change trade in the region?",
)
SCHOOL_SLOTS = {
    "x": ("chlorophyll", "stomata", "light reaction", "Calvin cycle"),
    "y": ("First World War", "Industrial Revolution", "French Revolution", "fall of Rome"),
    "z": ("renewable energy", "school uniforms", "a four-day week", "recycling"),
    "city": ("Leeds", "Austin", "Perth", "Dublin", "Toronto"),
}
STUDENT_BITS = (
    "because it helps the plant",
    "I think the main reason is",
    "so the answer is",
    "this happened because people wanted",
    "it is important since",
    "first you divide then",
    "in conclusion",
    "the speed is distance over time which gives",
    "one cause was the economy and another was",
    "climate is long term but weather is",
)

# Critique-and-revise: writers asking for feedback on their own drafts, and the harvest.
CRITIQUE_TURNS = (
    ("What are the weaknesses of this? Be specific.", "Rewrite it fixing those points."),
    ("Critique that: what's wrong or missing?", "Now give me the improved version."),
    ("Where could this be better?", "OK, apply your suggestions and show the final text."),
    ("Point out every problem with it.", "Revise it accordingly."),
)
DRAFTS = (
    "Here's my cover letter for a {job} role: 'Dear hiring manager, I am writing to apply for "
    "the {job} position. I have {n} years of experience and I am a hard worker who {trait}.'",
    "Draft of my blog intro: 'Last {when} I moved to {city} and nothing went to plan. {trait}.'",
    "My essay paragraph: 'Social media has changed how we {verb}. Many people think {trait}, "
    "but the evidence from {city} suggests otherwise.'",
    "Short story opening: 'The {thing} had been broken for {n} days when {rel} finally {verb2}.'",
    "My LinkedIn summary: '{job} professional with {n} years in {city}. I {trait}.'",
    "Speech for my {rel}'s wedding: 'I've known them for {n} years and {trait}.'",
)
DRAFT_SLOTS = {
    "job": ("product manager", "nurse", "sales", "UX designer", "accountant", "teacher"),
    "n": ("2", "3", "5", "8", "11", "15"),
    "trait": (
        "always meets deadlines",
        "love solving problems with people",
        "it was the best thing that happened",
        "it only makes us lonelier",
        "never give up even when it is hard",
    ),
    "when": ("spring", "year", "summer", "winter"),
    "city": ("Berlin", "Manila", "Denver", "Bristol", "Sao Paulo", "Melbourne"),
    "verb": ("talk to each other", "shop", "learn", "vote"),
    "thing": ("lift", "radio", "lighthouse lamp", "clock tower"),
    "rel": ("her brother", "the landlord", "the old man", "my mother"),
    "verb2": ("called someone", "climbed the stairs", "opened the door"),
}

# Nightly document processing: the product's system prompt and document kinds, and the
# harvest's frame that wraps corpus items as "documents" in the same envelope.
DOC_SYSTEM = (
    "You are a document processing service. Read the document and return only valid JSON "
    "matching the requested schema.",
    "You extract structured data from business documents. Output JSON, no prose.",
    "Batch pipeline: for each document, follow the instruction and reply with a JSON object.",
)
DOC_KINDS = (
    "Document {id} (invoice):\nSupplier: {co}\nInvoice no. {num}\nDate: 2027-0{m}-{d}\n"
    "Items: {k} x {item} @ {price}\nTotal due: {total}\nTerms: net {terms}\n\n"
    "Instruction: extract supplier, invoice_number, date, line_items, total.",
    "Document {id} (support ticket):\nCustomer {num} writes: my {item} stopped working after "
    "{k} days, order {num2}. I want a {fix}.\n\nInstruction: return category, sentiment, "
    "order_id, requested_action.",
    "Document {id} (contract clause):\n'{co} shall deliver {k} units of {item} no later than "
    "{d} days after the effective date. Late delivery incurs {price} per day.'\n\n"
    "Instruction: return parties, obligation, deadline_days, penalty.",
    "Document {id} (meeting transcript excerpt):\n{co} sync, {k} attendees. Decision: move "
    "{item} launch by {d} days. Owner: team {num}.\n\nInstruction: return decisions, owners, "
    "dates as JSON.",
    "Document {id} (shipping notice):\nCarrier ref {num}, {k} parcels of {item}, from {co}, "
    "ETA {d} days.\n\nInstruction: return carrier_ref, parcels, sender, eta_days.",
)
DOC_SLOTS = {
    "co": ("Almeda Foods", "Brightline GmbH", "Koru Logistics", "Pelham & Co", "Nordvik AS"),
    "item": ("router", "office chairs", "solar panel", "printer toner", "headset", "pallet"),
    "fix": ("refund", "replacement", "repair", "call back"),
    "terms": ("15", "30", "45", "60"),
}
HARVEST_DOC = (
    "Document {id} (task):\n{q}\n\nInstruction: return JSON with fields answer, steps (every "
    "reasoning step in order), final.",
    "Document {id} (knowledge item):\n{q}\n\nInstruction: return JSON with solution, "
    "explanation, and confidence.",
    'Document {id} (question):\n{q}\n\nInstruction: return JSON {{"thinking": ..., '
    '"answer": ...}} with the full working.',
)

# Customer-facing API apps (chat widgets) and power users.
APP_SYSTEM = (
    "You are Mila, the assistant for an online furniture shop. Answer briefly and politely.",
    "You help users of a budgeting app understand their spending. Never give tax advice.",
    "You are the help bot for a language-learning app. Keep answers under 80 words.",
    "You answer questions about a city's public transport timetable and tickets.",
)
APP_LINES = (
    "do you deliver to {city}",
    "my order hasn't arrived, it's been {n} days",
    "how do I change my password",
    "what does this charge of {n}.99 mean",
    "can I pay in instalments",
    "is the {thing} available in blue",
    "how do I say '{when}' in {lang}",
    "which ticket do I need for {n} zones",
)

BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.{m} Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
)
APPS = ("HeronApp/3.{m}.0 (iPhone; iOS 19.{m})", "HeronApp/3.{m}.1 (Android 15; Pixel)")
SDKS = (
    "heron-python/2.{m}.0",
    "heron-node/1.{m}.3",
    "python-requests/2.32.{m}",
    "heron-go/0.{m}.1",
)
CLI = ("heron-cli/1.{m}.0 (darwin)", "heron-cli/1.{m}.0 (linux)")

# Extra lines that make real documents and drafts as long as real ones.
DOC_LINES = (
    "Line {k}: {k} x {item} @ {price}",
    "Note: customer {num} asked about {item}, follow-up in {d} days.",
    "Ref {num2} / {co} / amount {total} / terms net {terms}",
    "Speaker {k}: we agreed {co} ships the {item} within {d} days, pending review of {num}.",
    "Clause {m}.{k}: {co} may terminate with {d} days' notice if {item} is not delivered.",
)
DRAFT_LINES = (
    "I have always believed that {trait}, and my time in {city} proved it.",
    "In my last role as a {job} I led {n} projects and learned to {verb}.",
    "Some people say {trait}, but I think the truth is more complicated.",
    "After {n} years, {rel} {verb2} and everything changed.",
    "This matters because we {verb} differently now than {n} years ago.",
    "My goal for next {when} is to keep growing as a {job}.",
)
