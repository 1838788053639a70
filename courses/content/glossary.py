"""The built-in glossary: words the course uses, each with a plain definition a learner can open where it appears.

Each term: "term" (as the lessons use it), "slug" (lowercase, hyphens; lessons link to it with
`<a linktype="glossary" slug="…">`, see FORMAT.md), "definition" (one or two short sentences, no other jargon) and,
optionally, "also_called". `manage.py load_course` adds terms whose slug is new and never changes one already there.
"""

TERMS = [
    {
        "term": "recovery",
        "slug": "recovery",
        "definition": (
            "Living a good and meaningful life on your own terms, with or without ongoing symptoms. "
            "It is a personal journey, not a cure or an end point someone else decides."
        ),
        "also_called": "personal recovery",
    },
    {
        "term": "co-production",
        "slug": "co-production",
        "definition": (
            "People who use services, carers and staff designing and running something together as equal partners, "
            "from the start, rather than people being asked for their views at the end."
        ),
    },
    {
        "term": "peer support",
        "slug": "peer-support",
        "definition": (
            "Support from someone who has been through similar experiences and uses that to help, as an equal. "
            "Peer support workers and peer trainers are paid roles in many services."
        ),
    },
    {
        "term": "lived experience",
        "slug": "lived-experience",
        "definition": (
            "What a person knows from going through something themselves, such as mental distress or using "
            "services. It is expertise in its own right."
        ),
    },
    {
        "term": "social prescribing",
        "slug": "social-prescribing",
        "definition": (
            "When a GP practice or another service connects someone with local, non-medical support, such as a "
            "walking group, a choir or advice on money, often through a link worker."
        ),
        "also_called": "community referral",
    },
    {
        "term": "reasonable adjustments",
        "slug": "reasonable-adjustments",
        "definition": (
            "Changes an organisation makes so that a disabled person, including someone with a mental health "
            "condition, is not put at a disadvantage. The Equality Act 2010 requires them."
        ),
    },
    {
        "term": "safeguarding",
        "slug": "safeguarding",
        "definition": (
            "Protecting a person's right to live in safety, free from abuse and neglect, while respecting their "
            "own wishes. Every service has a safeguarding lead you can talk to."
        ),
    },
    {
        "term": "care coordinator",
        "slug": "care-coordinator",
        "definition": (
            "The named worker in a community mental health team who helps plan someone's care and support "
            "with them, and keeps everyone involved in touch."
        ),
        "also_called": "lead professional, key worker",
    },
    {
        "term": "personal budget",
        "slug": "personal-budget",
        "definition": (
            "An amount of money from the council or the NHS for someone's care and support, which they help "
            "decide how to spend."
        ),
        "also_called": "personal health budget, direct payment",
    },
    {
        "term": "advocacy",
        "slug": "advocacy",
        "definition": (
            "Independent help to say what you want, understand your rights and be heard in decisions about you. "
            "Some people have a legal right to an advocate."
        ),
    },
    {
        "term": "bridge-building",
        "slug": "bridge-building",
        "definition": (
            "Working alongside ordinary community groups so that they welcome people, and helping someone find "
            "and settle into a place in community life they have chosen."
        ),
        "also_called": "community connecting",
    },
    {
        "term": "recovery-enhancing environment",
        "slug": "recovery-enhancing-environment",
        "definition": (
            "A place, and a way of running it, that gives people hope, choice and a real say, and helps them "
            "take their next steps in life."
        ),
    },
    {
        "term": "strengths-based",
        "slug": "strengths-based",
        "definition": (
            "Starting from what a person can do, cares about and has around them, rather than from their "
            "problems or diagnosis."
        ),
    },
]
