"""The directory's built-in entries: clearly made-up examples in a made-up town, Brookfield, so a new site shows what
an entry looks like. Data only, read by `manage.py load_community` (community/loader.py).

To load your own area's places instead, replace PLACES below with your own entries (set "is_example": False) and
run `manage.py load_community` again: it adds entries whose slug is new and never changes one that is already
there. Or add them in the CMS (Snippets → Community directory) and delete the examples there.

Fields of an entry: name, slug (stable web address), summary (plain, one or two sentences), description (rich text:
<p>, <b>, <i>, <ul>, <ol>, <li> only), themes (slugs from THEMES), when (plain), days (mon … sun), address (plain,
may have line breaks), cost (free | low | paid), cost_note, phone, email, website, accessibility, who_it_suits
(plain), is_example. Optional: checked_months_ago (how long ago the details were checked; 0 when left out).
Phone numbers are from Ofcom's range for drama (01632 960000 to 960999), so none is anyone's real number.
"""

THEMES = [
    {"slug": "gardening-and-nature", "name": "Gardening and nature"},
    {"slug": "arts-and-making", "name": "Arts and making"},
    {"slug": "music-and-singing", "name": "Music and singing"},
    {"slug": "walking-and-moving", "name": "Walking and moving"},
    {"slug": "food-and-cooking", "name": "Food and cooking"},
    {"slug": "volunteering", "name": "Volunteering"},
    {"slug": "meeting-people", "name": "Meeting people"},
]

PLACES = [
    {
        "slug": "example-brookfield-community-garden",
        "is_example": True,
        "name": "Example: Brookfield Community Garden",
        "summary": "Neighbours grow vegetables, fruit and flowers together on a shared plot behind the library. "
        "No experience needed: there is always a simple job to start with.",
        "description": "<p>Come along, put the kettle on and pick a job: watering, weeding, sowing seeds or simply "
        "sitting in the sun with a cup of tea. One of the regulars will show you around on your first visit.</p>"
        "<p>Gloves and tools are provided. Whatever is harvested is shared between everyone who helped.</p>",
        "themes": ["gardening-and-nature", "meeting-people"],
        "when": "Tuesdays 10am to 12pm and Saturdays 2pm to 4pm",
        "days": ["tue", "sat"],
        "address": "Behind Brookfield Library\nMill Lane, Brookfield",
        "cost": "free",
        "cost_note": "",
        "phone": "01632 960101",
        "email": "garden@example.org",
        "website": "",
        "accessibility": "Wide, level paths to two raised beds you can garden from a chair. An accessible toilet in "
        "the library next door. A quiet bench away from the main beds.",
        "who_it_suits": "Anyone who likes being outdoors, at their own pace. Good if you would rather do something "
        "side by side than sit and talk.",
    },
    {
        "slug": "example-knit-and-natter",
        "is_example": True,
        "name": "Example: Knit and Natter at Brookfield Library",
        "summary": "A relaxed group for knitting, crochet and any other craft you can hold on your lap, with tea "
        "and a chat.",
        "description": "<p>Bring something you are working on, or borrow needles and wool and learn the basics. "
        "Some people come to make things; some mostly come for the company.</p>",
        "themes": ["arts-and-making", "meeting-people"],
        "when": "Thursdays 1.30pm to 3pm",
        "days": ["thu"],
        "address": "Brookfield Library, community room (ground floor)\nMill Lane, Brookfield",
        "cost": "free",
        "cost_note": "Wool and needles to borrow.",
        "phone": "01632 960102",
        "email": "",
        "website": "https://example.org/brookfield-library",
        "accessibility": "Step-free entrance and lift. Hearing loop in the community room. Accessible toilet.",
        "who_it_suits": "Beginners are as welcome as people who have knitted for years.",
    },
    {
        "slug": "example-sing-for-fun-choir",
        "is_example": True,
        "name": "Example: Sing for Fun community choir",
        "summary": "A choir with no auditions and no need to read music: songs are learned by ear, a line at a time.",
        "description": "<p>We sing pop songs, folk songs and the odd show tune. You can stand or sit, and you can "
        "simply listen for your first few weeks if you would rather.</p>",
        "themes": ["music-and-singing", "meeting-people"],
        "when": "Mondays 7pm to 8.30pm, in school term time",
        "days": ["mon"],
        "address": "St Anne's Church Hall\nStation Road, Brookfield",
        "cost": "low",
        "cost_note": "£3 a week, or pay what you can. Your first session is free.",
        "phone": "",
        "email": "choir@example.org",
        "website": "",
        "accessibility": "Ramp at the side door. Chairs for everyone. The hall can be echoey; there is a quieter "
        "side room for breaks.",
        "who_it_suits": "Anyone who sings in the shower and would like to try it with other people.",
    },
    {
        "slug": "example-riverside-walking-group",
        "is_example": True,
        "name": "Example: Riverside walking group",
        "summary": "A gentle hour's walk along the river path, at the pace of the slowest walker, ending at a café.",
        "description": "<p>Walks are led by trained volunteer walk leaders and are never more than about two "
        "miles. Nobody is left behind, and you can stop for a coffee at the end or head home.</p>",
        "themes": ["walking-and-moving", "gardening-and-nature"],
        "when": "Wednesdays, meet at 10.30am",
        "days": ["wed"],
        "address": "Meet at the bandstand, Riverside Park, Brookfield",
        "cost": "free",
        "cost_note": "",
        "phone": "01632 960104",
        "email": "",
        "website": "",
        "accessibility": "Flat, surfaced path all the way. Benches roughly every ten minutes.",
        "who_it_suits": "People who would like a little more movement in their week, and some company while "
        "they do it.",
        "checked_months_ago": 14,
    },
    {
        "slug": "example-repair-cafe",
        "is_example": True,
        "name": "Example: Brookfield Repair Café",
        "summary": "Bring something broken (a lamp, a jumper, a bike) and fix it with a volunteer who knows how.",
        "description": "<p>Volunteers with all sorts of skills help you mend things rather than throw them away. "
        "You can also come to help out: sorting, making tea or learning to repair.</p>",
        "themes": ["volunteering", "arts-and-making"],
        "when": "The first Saturday of each month, 10am to 1pm",
        "days": ["sat"],
        "address": "The Old Mill community centre\nMill Lane, Brookfield",
        "cost": "free",
        "cost_note": "Donations welcome for spare parts.",
        "phone": "",
        "email": "repair@example.org",
        "website": "https://example.org/repair-cafe",
        "accessibility": "Step-free access throughout. It can be busy and noisy between 11am and 12pm.",
        "who_it_suits": "Tinkerers, menders and anyone who would like to learn, or to give a hand.",
    },
    {
        "slug": "example-cook-and-eat-together",
        "is_example": True,
        "name": "Example: Cook and Eat Together",
        "summary": "Cook a simple, cheap meal with others in a community kitchen, then sit down and eat it together.",
        "description": "<p>Each week a volunteer cook shows how to make one dish on a budget. Everyone helps a "
        "little, then shares the meal. Recipes to take home.</p>",
        "themes": ["food-and-cooking", "meeting-people"],
        "when": "Fridays 5pm to 7pm",
        "days": ["fri"],
        "address": "The Old Mill community centre, kitchen\nMill Lane, Brookfield",
        "cost": "low",
        "cost_note": "£2 towards the ingredients.",
        "phone": "01632 960106",
        "email": "",
        "website": "",
        "accessibility": "Step-free. A lowered worktop. Tell the organisers about any food needs before you come.",
        "who_it_suits": "People who would like to cook more confidently, or who would rather not eat alone.",
    },
    {
        "slug": "example-gentle-swim",
        "is_example": True,
        "name": "Example: Gentle swim at Brookfield Leisure Centre",
        "summary": "A quieter swimming session in the small pool, with no lanes and a lifeguard who knows everyone.",
        "description": "<p>The session is kept calm: no lessons, no music and fewer people. There are private "
        "changing cubicles.</p>",
        "themes": ["walking-and-moving"],
        "when": "Sundays 9am to 10am",
        "days": ["sun"],
        "address": "Brookfield Leisure Centre\nPark Road, Brookfield",
        "cost": "paid",
        "cost_note": "£4.50, or £2.50 with the Brookfield leisure card.",
        "phone": "01632 960107",
        "email": "",
        "website": "https://example.org/leisure-centre",
        "accessibility": "Pool hoist and steps with handrails. Accessible changing room. A quiet room for before "
        "or after.",
        "who_it_suits": "Anyone who would like to swim without the bustle of a busy public session.",
    },
]
