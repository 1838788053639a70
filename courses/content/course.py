"""The built-in course, the site's own pages and the three themes. Data only; see FORMAT.md."""

THEMES = [
    {
        "slug": "recovery-enhancing-environments",
        "name": "Recovery-enhancing environments",
        "description": "Places, relationships and ways of working that hold hope for people and help them grow.",
    },
    {
        "slug": "deep-acceptance",
        "name": "Deep acceptance while supporting change",
        "description": "Accepting people fully as they are while staying ambitious for them, without pushing.",
    },
    {
        "slug": "community-bridge-building",
        "name": "Community bridge-building",
        "description": "Working with ordinary community groups so that they welcome people, and helping people "
        "find their own places in community life.",
    },
]

# No quotes here: a voice on the home page is a real person's, added by an editor (tests/courses/test_loader.py).
HOME = {
    "title": "Learning together, from day centre to community",
    "introduction": (
        "Colearn is where people who work in mental-health day and community services and people who use those "
        "services learn side by side. Follow a course at your own pace or with a group, keep a private journal, "
        "and take practical tools back to your own service and your own life."
    ),
    "body": [
        ("heading", "How it works"),
        (
            "text",
            "<ul><li><b>Learn together.</b> Groups mix staff, people with lived experience, carers and anyone else "
            "who cares about good support. Everyone is a learner.</li>"
            "<li><b>Reflect in your own space.</b> Your journal is private unless you choose to share an entry.</li>"
            "<li><b>Small steps count.</b> Progress here is what you have tried and noticed, never a score.</li>"
            "<li><b>Take something away.</b> Each module comes with a printable tool to use with your team or for "
            "yourself.</li></ul>",
        ),
    ],
}

COURSE_INDEX = {
    "title": "Courses",
    "introduction": "Every course is written with people who use services and people who work in them. "
    "You can follow any course on your own, or join a group when one is running.",
}

SUPPORT_PAGE = {
    "slug": "support",
    "title": "Need support now?",
    "introduction": (
        "If you are finding things hard right now, you do not have to wait or cope alone. "
        "These services are free and you can contact them at any time."
    ),
    "body": [
        (
            "callout",
            {
                "tone": "important",
                "title": "If your life or someone else's is in danger",
                "text": '<p>Call <a href="tel:999"><b>999</b></a> or go to your nearest accident and emergency '
                "department.</p>",
            },
        ),
        ("heading", "Talk to someone today"),
        (
            "text",
            '<ul><li><b>NHS 111</b>: call <a href="tel:111">111</a> and choose the mental health option, any time '
            "of day or night (England).</li>"
            '<li><b>Samaritans</b>: call <a href="tel:116123">116 123</a>, free, any time. You can also email '
            '<a href="mailto:jo@samaritans.org">jo@samaritans.org</a>.</li>'
            "<li><b>Shout</b>: text SHOUT to 85258 if you would rather not talk on the phone.</li>"
            "<li>Your GP, your care coordinator or your local crisis team, if you have one.</li></ul>",
        ),
        ("heading", "About this site"),
        (
            "text",
            "<p>Colearn is a learning site. Nobody watches it around the clock, so please do not use your "
            "journal, a shared reflection or a check-in request to ask for urgent help: a facilitator may not see "
            "it for a day or more. The people who run your course will be glad to talk when you next meet.</p>",
        ),
    ],
}

COURSE = {
    "slug": "from-day-centre-to-community",
    "title": "From day centre to community: learning together",
    "summary": (
        "A course for staff, people who use services and carers to learn side by side about hopeful places, "
        "accepting people fully while believing in change, and building bridges into ordinary community life."
    ),
    "who_it_is_for": (
        "<p>Anyone connected with mental-health day and community services: people who work in them, people who "
        "use or have used them, carers and supporters, managers and commissioners.</p>"
        "<p>It works best in a mixed group, where people with different experiences learn from one another. "
        "You can also follow it on your own, at your own pace. You do not need any qualifications, and you only "
        "ever share what you choose to.</p>"
    ),
    "course_format": "Online, at your own pace or with a group that meets live every few weeks",
    "time_needed": "About 7½ hours of reading and reflection, over 6 to 8 weeks",
    "themes": [
        "recovery-enhancing-environments",
        "deep-acceptance",
        "community-bridge-building",
    ],
    "capabilities": [
        "Notice what makes a place feel hopeful or hopeless, and suggest changes a group could make together",
        "Help keep relationships steady when people and staff come and go",
        "Share power in groups, so that members shape and run what happens",
        "Accept a person fully while staying ambitious for them, without pushing",
        "Agree with someone beforehand what helps when things get too much",
        "Notice and value small steps that never appear in a report",
        "Map the places and groups already in a neighbourhood",
        "Plan one small connection with a community group, with support that lessens over time",
    ],
    "modules": ["module_1", "module_2", "module_3"],
}
