MODULE = {
    "slug": "community-bridge-building",
    "title": "Community bridge-building",
    "summary": "Finding what a neighbourhood already offers, helping community groups give a real welcome, and moving from staff-led groups to places people choose for themselves.",
    "theme": "community-bridge-building",
    "intro": (
        "<p>Most of life happens outside services: in libraries and cafés, on allotments and football pitches, "
        "in choirs, churches, mosques, gurdwaras and temples, in evening classes and on the walk to the shop. "
        "This module is about building bridges to those places, so that support becomes a way into ordinary "
        "community life rather than somewhere to stay for ever.</p>"
        "<p>We start by noticing what is already there in a neighbourhood, instead of listing what is missing. "
        "We look at how to work with ordinary community groups so they can offer a real welcome, including what "
        "to ask and what to offer before a first visit. We think about moving, step by step, from doing everything "
        "in staff-led groups to places each person has chosen, with support that gets smaller over time. And we "
        "remember that a good life is more than a job: friendship, learning, creativity, faith and "
        "neighbourliness matter too.</p>"
        "<p>Everyone in the group has something to bring. People who use services often know their area in ways "
        "staff do not, and staff often know who to ask. Carers may know what someone loved doing years ago. The "
        "module ends with a 'one small connection' plan: one place, one first step, who can help, and a date to "
        "look at how it is going.</p>"
    ),
    "estimated_minutes": 150,
    "content_note": (
        "This module talks about stigma, including unkind reactions from community groups, and about the "
        "loneliness that can come with leaving a familiar group. Each lesson marks these parts clearly and "
        "offers a way to skip them."
    ),
    "lessons": [
        # ------------------------------------------------------------------
        # Lesson 1
        # ------------------------------------------------------------------
        {
            "slug": "mapping-what-is-already-there",
            "title": "Mapping what is already there",
            "summary": (
                "Every neighbourhood has more going on than it first seems. This lesson shows how to find it "
                "together. You make a map of what is there, not a list of what is missing."
            ),
            "estimated_minutes": 35,
            "body": [
                ("heading", "Start with what is there, not what is missing"),
                (
                    "text",
                    (
                        "<p>When services describe a neighbourhood, they often start with problems: no buses after six, "
                        "a high street full of empty shops, long waiting lists. Those things are real. But a list of what "
                        "is missing rarely helps anyone take a first step. It can leave people feeling there is nowhere "
                        "to go.</p>"
                        "<p>An asset map starts from the other end. 'Asset' just means something useful or valuable. An "
                        "asset map is a plain record of the good things already in a place: the people, groups, spaces "
                        "and activities someone could join, use or enjoy. It can be drawn on a real map, written as a "
                        "list, or pinned to a wall with sticky notes. What matters is that it shows possibilities.</p>"
                    ),
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "I'd lived on that estate for twenty years and never noticed the community garden behind "
                            "the flats. It went on our map because someone in the group walked her dog past it every "
                            "morning. I've grown beans there for three summers now."
                        ),
                        "attribution": "A member of a day service who now has a plot in a community garden",
                    },
                ),
                ("heading", "What counts as a community asset"),
                (
                    "text",
                    (
                        "<p>Almost anything where people meet, learn, make, help or simply feel at ease can go on the "
                        "map. Some examples:</p>"
                        "<ul>"
                        "<li><b>Clubs and groups:</b> a chess club in the back room of a pub, a knitting circle, a model "
                        "railway society, a Saturday morning run in the park.</li>"
                        "<li><b>Classes and learning:</b> adult education courses, library talks, a language café, a "
                        "cookery course at the community centre.</li>"
                        "<li><b>Green spaces:</b> allotments, community gardens, a 'friends of the park' group that "
                        "does planting and litter picks.</li>"
                        "<li><b>Faith and belief:</b> churches, mosques, gurdwaras, temples, synagogues and Quaker "
                        "meetings, and the lunch clubs, choirs and coffee mornings they often run for anyone.</li>"
                        "<li><b>Volunteering:</b> charity shops, food banks, repair cafés, a community radio station, "
                        "an animal rescue centre.</li>"
                        "<li><b>Moving your body:</b> walking groups, swimming sessions, seated exercise, dance classes, "
                        "a bowls club.</li>"
                        "<li><b>Everyday places:</b> a friendly café, a barber who knows your name, the market, the "
                        "launderette.</li>"
                        "</ul>"
                        "<p>The last group matters more than it looks. A café where the owner says hello is a "
                        "connection. So is the person on the next allotment plot. Not every asset is an organised "
                        "group.</p>"
                    ),
                ),
                ("heading", "How to find things"),
                (
                    "text",
                    (
                        "<p>The best information is usually in people's heads, not on websites. Some ways to find out "
                        "what is around:</p>"
                        "<ul>"
                        "<li>Ask everyone in the group where they go, where they used to go, and what they have walked "
                        "past and wondered about.</li>"
                        "<li>Read the noticeboards in libraries, supermarkets, doctors' surgeries, launderettes and "
                        "places of worship.</li>"
                        "<li>Pick up the free local paper or parish magazine.</li>"
                        "<li>Ask at the library and the community centre what meets there each week.</li>"
                        "<li>Look at local social media groups, if someone in the group uses them.</li>"
                        "<li>Walk a route together, slowly, and write down what you see.</li>"
                        "</ul>"
                        "<p>People who use services often know their area very well. They may know which café lets you "
                        "sit for an hour with one cup of tea, or which bus driver waits for you. Staff may know which "
                        "groups have welcomed people before. Carers may remember what someone enjoyed long ago. All of "
                        "this knowledge belongs on the map.</p>"
                    ),
                ),
                ("heading", "Making the map together"),
                (
                    "text",
                    (
                        "<p>For each place, write down a few practical facts: what it is, where it meets, when, how much "
                        "it costs, whether it is step-free, and how you would get there. Add a line about what it might "
                        "feel like: busy or quiet, chatty or focused, mostly older people or mixed ages. These details "
                        "often decide whether someone goes.</p>"
                        "<p>Aim for a wide spread. If your map is all gyms and job clubs, it will suit some people and "
                        "not others. Ask: is there something for someone who likes quiet? For someone who loves noise? "
                        "For someone who wants to learn, to make things, to pray, to be outdoors, or to help others?</p>"
                        "<p>A single entry might read like this: <i>Thursday walking group. Meets outside the library "
                        "at half past ten, every week. Free. About an hour on flat paths, ending at a café (bring money "
                        "for a drink if you want one). Mostly retired people, chatty and friendly. The number 42 bus "
                        "stops opposite. Someone in our group has been twice.</i></p>"
                        "<p>Mark where someone in the group already has a link. 'My cousin sings in that choir' or 'I "
                        "used to volunteer there' can turn a name on a list into a warm introduction.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "Places, not people",
                        "text": (
                            "<p>Write down places and groups, not private details about people. If someone tells you "
                            "where they go, ask before adding it. Some people want a place that is just theirs, away "
                            "from anyone who knows them from services, and that is a good thing to protect.</p>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Build an asset map together",
                        "instructions": (
                            "<ol>"
                            "<li>Put a large sheet of paper on the table and draw a rough map of the area, or just a "
                            "circle for 'our neighbourhood'. Mark a few landmarks everyone knows.</li>"
                            "<li>On your own, for five minutes, write places you know on sticky notes, one place per "
                            "note. Include small, everyday places as well as organised groups.</li>"
                            "<li>Take turns to add your notes to the map and say one sentence about each.</li>"
                            "<li>Look at the map together. Which interests are well covered? Which are missing? Is there "
                            "something for quiet people and for lively people, for daytime and for evenings?</li>"
                            "<li>Agree who will check two or three places before the next session, and take a photo of "
                            "the map so it is not lost.</li>"
                            "</ol>"
                            "<p>Staff and people who use services both add notes. If someone would rather not speak, a "
                            "facilitator can read their notes out for them, with their agreement.</p>"
                        ),
                        "minutes": 30,
                        "setting": "live",
                    },
                ),
                ("heading", "Keeping the map alive"),
                (
                    "text",
                    (
                        "<p>Groups close, move and change their times. A map that was right last spring may send someone "
                        "to a locked door, and that can knock confidence badly. Put a date on the map. Agree who checks "
                        "it and how often. Every few months, go through it together and ask: what is new, what has "
                        "stopped, and what did people actually try?</p>"
                        "<p>Add notes from real visits, such as 'friendly, ask for the woman on the door' or 'the room is "
                        "up two flights of stairs'. These notes are worth more than any leaflet.</p>"
                        "<p>A map is a start, not the goal. It is only useful when it helps one person find one place "
                        "they want to try. It is an offer, never a list of places someone has to go.</p>"
                        '<p>Colearn\'s <a href="/community/">community directory</a> is a good place to start: places and '
                        "groups in your area, each with when it meets, what it costs, how to get in touch and how "
                        "accessible it is, checked by the people who run Colearn for your area. Anything your group "
                        "finds that is not there yet, tell them. When you find somewhere you might try, keep it in "
                        '<a href="/journal/connections/">My connections</a>, your own private list.</p>'
                    ),
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-mapping-1",
                        "question": (
                            "Think of one place near where you live or work that you enjoy or are curious about. "
                            "What is it about that place that draws you?"
                        ),
                        "guidance": (
                            "It can be small: a bench, a café, a shop with a kind owner. What makes it feel good is a "
                            "clue to what might suit you, or someone else, elsewhere."
                        ),
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-mapping-2",
                        "question": (
                            "When you think about your neighbourhood, do you start with what is there or with what is "
                            "missing? What changes when you start the other way round?"
                        ),
                        "guidance": (
                            "Try writing three things that are missing, then three things that are there. Notice how "
                            "each list makes you feel."
                        ),
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": "Stop at one noticeboard and find one thing you did not know about.",
                        "detail": (
                            "Next time you pass a library, supermarket, café or place of worship, spend two minutes at "
                            "the noticeboard. Write down or take a photo of one group or event that is new to you. Bring "
                            "it to the next session for the map, if you like."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Good things near you",
            "easy_read": [
                (
                    "community",
                    "<p>Every area has good things in it.</p><p>There are clubs, classes and groups.</p><p>There are libraries, parks and allotments.</p><p>There are churches, mosques, temples and other places of faith.</p><p>There are places to volunteer and help others.</p>",
                ),
                (
                    "write",
                    "<p>We can make a list of these good things. We call it a map.</p><p>The map shows what is there. It does not list what is missing.</p>",
                ),
                (
                    "place",
                    '<p>Colearn has a list of places near you. It is the <a href="/community/">community directory</a>.</p><p>You can keep the places you like in <a href="/journal/connections/">My connections</a>.</p>',
                ),
                (
                    "people",
                    "<p>Everyone can help make the map.</p><p>You may know places that staff do not know.</p><p>Staff may know people to ask.</p>",
                ),
                (
                    "write",
                    "<p>For each place, we write down:</p><ul><li>what it is</li><li>where it is</li><li>when it meets</li><li>how much it costs</li><li>how to get there</li></ul>",
                ),
                ("private", "<p>We do not write private things about people on the map.</p>"),
                ("calendar", "<p>Places change. We check the map every few months.</p>"),
                ("yes", "<p>The map is there to help you choose.</p><p>You do not have to go anywhere.</p>"),
                ("idea", "<p>This week, look at a noticeboard. Find one thing you did not know about.</p>"),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 2
        # ------------------------------------------------------------------
        {
            "slug": "working-with-community-groups",
            "title": "Working with community groups",
            "summary": (
                "Most community groups want to be welcoming but are not always sure how. This lesson covers what "
                "to ask a group before a first visit. It also covers what to offer in return, and how to follow "
                "up afterwards."
            ),
            "estimated_minutes": 40,
            "body": [
                ("heading", "Most groups want to get it right"),
                (
                    "text",
                    (
                        "<p>Community groups are mostly run by volunteers: the person who has organised the choir for "
                        "fifteen years, the retired teacher who runs the history society, the allotment secretary. They "
                        "usually want new members. Many groups already include people with mental health problems "
                        "without knowing it, because these problems are common and most people do not announce them.</p>"
                        "<p>When things go wrong, it is more often worry than unkindness. An organiser may fear saying the "
                        "wrong thing, think they need special training, or picture someone from a television drama "
                        "rather than a real person. Stereotypes like these shrink when people meet each other as "
                        'singers, gardeners or volunteers. <a linktype="glossary" slug="bridge-building">Bridge-building</a> '
                        "is about making that meeting easier for "
                        "everyone.</p>"
                    ),
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "I was nervous the first time someone from the day centre rang. I thought I'd need some sort "
                            "of training. Then a new tenor turned up, we had a cup of tea at the break, and that was "
                            "that. Now I just like to know someone's coming so I can save them a seat."
                        ),
                        "attribution": "The leader of a community choir",
                    },
                ),
                (
                    "content_note",
                    {
                        "about": (
                            "The next part describes unkind reactions from community groups and the stigma some people "
                            "meet when they try somewhere new."
                        ),
                        "alternative": (
                            "You can skip to the heading 'Before a first visit: what to ask'. If it touches something "
                            "painful, you might talk it through with someone you trust."
                        ),
                    },
                ),
                ("heading", "When the welcome does not come"),
                (
                    "text",
                    (
                        "<p>Sometimes the welcome does not come. Someone turns up to a class and is asked, in front of "
                        "others, whether they are 'from the hospital'. A group leader says they are 'not set up for that "
                        "sort of thing'. Another member quietly moves their chair. These moments hurt, and they can stop "
                        "someone trying anywhere else for a long time.</p>"
                        "<p>If this happens, it is not the person's fault, and it is not a sign that they do not belong "
                        "in community life. It helps to talk about it afterwards with someone they trust, and to decide "
                        "together what, if anything, to do next. Some people want to raise it with the organiser. Some "
                        "want to try a different group. Some want a break. All of these are reasonable.</p>"
                        "<p>Staff and peer supporters can help by listening first rather than rushing to fix things. It "
                        "also helps to keep a note of groups that have been unwelcoming, so nobody else is sent there "
                        "unprepared, and to go back to that group later, if the person agrees, to help it do better.</p>"
                    ),
                ),
                ("heading", "Before a first visit: what to ask"),
                (
                    "text",
                    (
                        "<p>A short conversation before a first visit can take away a lot of uncertainty. The person "
                        "might make the call themselves, with a friend or supporter sitting beside them, or ask someone "
                        "to call for them. Whoever makes the call, the person who is going decides what is said. There "
                        "is no need to mention mental health at all. 'A friend of mine would like to come along' is often "
                        "enough.</p>"
                        "<p>Taking a choir as an example, useful questions include:</p>"
                        "<ul>"
                        "<li>When and where do you meet, and how long does a session last?</li>"
                        "<li>Is there a cost? Is the first session free?</li>"
                        "<li>Do I need to read music, or sing on my own for an audition?</li>"
                        "<li>What happens at a first session? Where do new people stand or sit?</li>"
                        "<li>Is there a break, and do people stay for a drink afterwards?</li>"
                        "<li>Can I bring someone with me the first time or two?</li>"
                        "<li>Who should I ask for when I arrive?</li>"
                        "<li>Is the building step-free, and where are the toilets?</li>"
                        "</ul>"
                        "<p>The answers make the unknown smaller. Knowing that there is a tea break halfway through, or "
                        "that new people sit with the altos, can be the difference between going and not going.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "The person decides what is shared",
                        "text": (
                            "<p>Nobody should tell a community group about someone's diagnosis, history or medication "
                            "without their clear agreement. Most people join groups without explaining their health, "
                            "and people who use services have exactly the same right. Agree beforehand what can be "
                            "said, and stick to it.</p>"
                        ),
                    },
                ),
                ("heading", "What you can offer"),
                (
                    "text",
                    (
                        "<p>Bridge-building works both ways. A group is more likely to welcome people if it gets "
                        "something back, and offering help treats it as a partner, not a place to drop people off. "
                        "Things that services, and the people in them, can offer include:</p>"
                        "<ul>"
                        "<li><b>Hands:</b> setting out chairs, making tea, putting up posters, running a stall at the "
                        "summer fair.</li>"
                        "<li><b>Skills:</b> people who use services may bring baking, carpentry, computer skills, "
                        "singing, languages or bookkeeping.</li>"
                        "<li><b>Space:</b> a room at the day centre for the group's committee meeting or a rehearsal.</li>"
                        "<li><b>A friendly conversation:</b> a short, informal chat about mental health for the "
                        "organisers, only if they ask for it, ideally led by a staff member and a peer trainer "
                        "together.</li>"
                        "<li><b>A contact:</b> a named person the organiser can ring with a question or worry, if the "
                        "person joining agrees.</li>"
                        "</ul>"
                        "<p>Be careful with that last one. The contact is there to support the welcome, not to check up "
                        "on anyone. Agree with the person beforehand what the organiser can and cannot be told.</p>"
                    ),
                ),
                ("heading", "After the first visit"),
                (
                    "text",
                    (
                        "<p>Follow-up is where many good starts quietly fade. After a first visit, check in with the "
                        "person in whatever way suits them: a chat, a text, a phone call. Ask what went well, what was "
                        "hard, and whether they want to go again. If they do not, that is useful to know, and it is not "
                        "a failure. Trying somewhere and deciding it is not for you is a step.</p>"
                        "<p>If the person is happy for it, a short thank-you to the organiser helps too. It keeps the "
                        "door open for the next visit and for the next person. Name what the group did well, such as "
                        "the member who showed someone where to sit. Groups learn from thanks as much as from "
                        "advice.</p>"
                    ),
                ),
                (
                    "activity",
                    {
                        "title": "Practise the first phone call",
                        "instructions": (
                            "<p>Work in threes: a caller, the organiser of a community group, and an observer. Swap "
                            "roles so everyone has a turn. Staff and people who use services try every role.</p>"
                            "<ol>"
                            "<li>Choose a group from your map, such as a choir, a walking group or a pottery class.</li>"
                            "<li>The caller 'rings' the organiser to ask about coming along for the first time, using "
                            "the questions from this lesson. The caller decides what, if anything, to say about mental "
                            "health.</li>"
                            "<li>The organiser can be warm, busy or a little unsure. Keep it realistic, never cruel.</li>"
                            "<li>The observer notes which questions got the most useful answers, and anything the "
                            "organiser said that would make someone more or less likely to go.</li>"
                            "<li>After each call, spend two minutes on what went well and one thing to try "
                            "differently.</li>"
                            "</ol>"
                            "<p>Finish together: what would you want a group to offer a newcomer, and what could your "
                            "service, or you, offer in return?</p>"
                        ),
                        "minutes": 25,
                        "setting": "live",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-groups-1",
                        "question": (
                            "Think about a time you joined something new. What did someone do, or not do, that made a "
                            "difference to whether you went back?"
                        ),
                        "guidance": (
                            "It could be a job, a class, a club or a new street. Small details count, like someone "
                            "remembering your name or showing you where to hang your coat."
                        ),
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-groups-2",
                        "question": (
                            "If you were going to a group for the first time, what would you want the organiser to know "
                            "about you, and what would you rather keep to yourself?"
                        ),
                        "guidance": (
                            "Everyone has things they share and things they keep private. Thinking about your own "
                            "answer can help you respect someone else's."
                        ),
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": "Write down three questions you would want answered before a first visit somewhere.",
                        "detail": (
                            "Pick a place from your map, or one you are curious about. Write the three questions that "
                            "would make going there feel easier. You do not have to ask them yet. Having them ready is "
                            "already a step."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Joining a community group",
            "easy_read": [
                ("welcome", "<p>Most community groups want new people to join.</p>"),
                ("question", "<p>Some groups worry about mental health.</p><p>They may not know what to do.</p>"),
                ("people", "<p>Meeting real people helps them worry less.</p>"),
                (
                    "heart",
                    "<p>Sometimes people are unkind. That is not your fault.</p><p>You can talk about it with someone you trust.</p>",
                ),
                (
                    "question",
                    "<p>Before you visit a group, you can ask questions. For example:</p><ul><li>When does it meet?</li><li>Does it cost money?</li><li>What happens the first time?</li><li>Can I bring someone with me?</li><li>Who do I ask for?</li></ul>",
                ),
                (
                    "private",
                    "<p>You decide what the group is told about you.</p><p>You do not have to talk about your mental health.</p>",
                ),
                ("help", "<p>Services can help the group too.</p><p>They can help set up, or share skills.</p>"),
                (
                    "talk",
                    "<p>After your first visit, someone can check in with you.</p><p>They will ask how it went.</p>",
                ),
                ("yes", "<p>If you do not want to go back, that is fine.</p><p>You can try somewhere else.</p>"),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 3
        # ------------------------------------------------------------------
        {
            "slug": "unhooking-from-groups",
            "title": "Unhooking from groups",
            "summary": (
                "Staff-led groups can be a safe place to start. But they are not meant to be the whole of "
                "someone’s week. This lesson looks at moving, step by step, into places people have chosen. The "
                "support gets smaller over time."
            ),
            "estimated_minutes": 40,
            "body": [
                ("heading", "Why people stay"),
                (
                    "text",
                    (
                        "<p>Staff-led groups at a day service can be a lifeline. They offer a reason to get up, people "
                        "who understand, and a place where nobody asks for an explanation. It is no surprise that some "
                        "people go to the same groups for years. Staff can find these groups comfortable too: they are "
                        "familiar, they fill a timetable, and they feel safe to run.</p>"
                        "<p>The trouble comes when the group becomes the whole of someone's life. Everyone they see is "
                        "either staff or someone else who uses the service. If the service changes or closes, everything "
                        "goes at once. And the person's talents, for painting or gardening or making people laugh, are "
                        "only ever seen inside one building.</p>"
                    ),
                ),
                ("heading", "What unhooking means"),
                (
                    "text",
                    (
                        "<p>Unhooking means gradually moving from doing everything in staff-led groups to doing things "
                        "in ordinary community places the person has chosen. It is not about pushing people out, or "
                        "closing groups to save money. It is about widening someone's world, at their pace, while the "
                        "service stays there as a place to come back to.</p>"
                        "<p>Three ideas help:</p>"
                        "<ul>"
                        "<li><b>Chosen, not allocated.</b> The place should be somewhere the person wants to go, not the "
                        "nearest group with a space.</li>"
                        "<li><b>One at a time.</b> Start with one connection. Nobody needs to change their whole "
                        "week.</li>"
                        "<li><b>Support that tapers.</b> 'Taper' means getting gradually smaller. The help that is right "
                        "at the start is usually more than is needed later on.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", "Staff-led groups can point outwards"),
                (
                    "text",
                    (
                        "<p>Staff-led groups do not have to be the opposite of community life. They can face outwards. "
                        "An art group can visit a gallery, show its work in the library, or invite the tutor from a "
                        "local art class to run a session. A gardening group can take on a plot at the allotments "
                        "instead of a corner of the car park. A walking group can join the local walking club's gentler "
                        "walk once a month. Each of these lets people meet the wider community with familiar faces "
                        "around them, and makes the next step less of a leap.</p>"
                    ),
                ),
                ("heading", "Support that gets smaller: an example"),
                (
                    "text",
                    (
                        "<p>Here is how it might look for someone who has come to a staff-led art group for several "
                        "years and wants to try a community art class at the local arts centre.</p>"
                        "<ol>"
                        "<li><b>Looking together.</b> The person and a worker or peer supporter find the class, read "
                        "about it and ring up to ask a few questions.</li>"
                        "<li><b>Going together.</b> For the first week or two, the supporter goes along too, perhaps "
                        "joining in, perhaps waiting in the café next door.</li>"
                        "<li><b>Meeting outside.</b> Next, they meet at the bus stop or by the door, and the person goes "
                        "in on their own.</li>"
                        "<li><b>A phone call after.</b> Then there is just a call or a text after the class: how did it "
                        "go?</li>"
                        "<li><b>Part of the week.</b> Finally, the class is simply part of the person's life. The "
                        "supporter hears about it now and then, the way a friend would.</li>"
                        "</ol>"
                        "<p>Some steps take a week and some take months. People sometimes go back a step, for example "
                        "after a hard patch, or when the class gets a new tutor. That is normal. The aim is direction, "
                        "not speed.</p>"
                    ),
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "The first three weeks my support worker came in with me. Then she'd just meet me at the bus "
                            "stop. Now I go on my own and tell her about it when I see her. I still pop into the old group "
                            "on Fridays, mind. I wasn't going to lose my mates."
                        ),
                        "attribution": "A member who now goes to a community art class",
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "tip",
                        "title": "Count the small steps",
                        "text": (
                            "<p>Reading the leaflet is a step. Walking past the building is a step. Going as far as the "
                            "door and coming home again is a step. Write these down as things done, not as failures to "
                            "get inside.</p>"
                            '<p>You can keep these steps in <a href="/journal/connections/">My connections</a>: each '
                            "place you are thinking about or trying, how it felt and your next small step. Looking for "
                            'somewhere to try? Start with the <a href="/community/">community directory</a>.</p>'
                        ),
                    },
                ),
                (
                    "content_note",
                    {
                        "about": "The next part talks about loneliness and loss when leaving a familiar group.",
                        "alternative": (
                            "You can skip ahead to the heading 'Getting the amount of support right', or read it "
                            "alongside someone you trust."
                        ),
                        "skip_to": "Getting the amount of support right",
                    },
                ),
                ("heading", "Leaving something familiar"),
                (
                    "text",
                    (
                        "<p>Moving on can feel lonely. A new class is full of strangers who already know each other. "
                        "People in the old group may feel left behind, or say 'you've forgotten us'. Some people worry "
                        "that if they do well, their support will be taken away altogether. These fears are reasonable, "
                        "and they are often the real reason someone does not go.</p>"
                        "<p>It helps to say them out loud. It also helps to keep the bridge open in both directions: the "
                        "person can still drop in to the old group, keep in touch with friends from it, or come back "
                        "for a while if things get hard. Friendships made in services are real friendships. Leaving a "
                        "group does not have to mean leaving the people.</p>"
                    ),
                ),
                ("heading", "Getting the amount of support right"),
                (
                    "text",
                    (
                        "<p>With too little support, someone may go once, feel lost and never go back. With too much, "
                        "they may never get the chance to find their own feet, or the group may see them as 'someone "
                        "with a worker' rather than as a new member. Good questions to ask together:</p>"
                        "<ul>"
                        "<li>What would make the first visit feel possible?</li>"
                        "<li>Which parts can you already do on your own?</li>"
                        "<li>What would tell us it is time to step back a bit?</li>"
                        "<li>Who else, outside services, could help? A friend, a family member, a neighbour, or someone "
                        "already in the group.</li>"
                        "</ul>"
                        "<p>That last question matters most. Over time, the best support usually does not come from a "
                        "service at all. It comes from the person who saves you a seat.</p>"
                    ),
                ),
                (
                    "activity",
                    {
                        "title": "Draw the staircase",
                        "instructions": (
                            "<p>You can do this on your own or in pairs.</p>"
                            "<ol>"
                            "<li>Think of one place someone might like to try. It can be a real idea of your own or a "
                            "made-up example.</li>"
                            "<li>Draw a staircase going down, with four or five steps. The top step has the most "
                            "support. The bottom step has none from services.</li>"
                            "<li>On each step, write who is there and what they do. For example: 'worker comes in with "
                            "me', 'friend meets me at the door', 'text afterwards', 'I go on my own'.</li>"
                            "<li>Between the steps, write what would tell you it is time to move down. For example: 'I "
                            "know where to sit' or 'I know someone's name'.</li>"
                            "<li>Add a small arrow going back up, and write what would make it fine to go back a step "
                            "for a while.</li>"
                            "</ol>"
                            "<p>In a live session, share one or two staircases and notice how different they are from "
                            "person to person.</p>"
                        ),
                        "minutes": 20,
                        "setting": "either",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-unhooking-1",
                        "question": (
                            "Think of a group or place you have been part of for a long time. What does it give you, "
                            "and is there anything it cannot give you?"
                        ),
                        "guidance": (
                            "This works for staff too: think of your team, a club or a routine. Being honest about both "
                            "sides is not disloyal."
                        ),
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-unhooking-2",
                        "question": (
                            "When someone helps you try something new, how do you know when you are ready for them to "
                            "step back?"
                        ),
                        "guidance": (
                            "Think of learning to swim, ride a bike or start a new job. Notice the signs that told you, "
                            "or them, that less help was needed."
                        ),
                    },
                ),
                ("heading", "One small connection"),
                (
                    "text",
                    (
                        "<p>The take-away tool for this module is a 'one small connection' plan. It has room for one "
                        "place, one first step, who can help and how that help will get smaller, what might get in the "
                        "way, and a date to look at how it is going. It belongs to the person it is about. They can fill "
                        "it in alone or with anyone they choose, and change it whenever they like.</p>"
                    ),
                ),
                ("take_away_tool", {"tool": "one-small-connection-plan"}),
                (
                    "try_this_week",
                    {
                        "action": "Have one conversation about a place you might like to try.",
                        "detail": (
                            "Talk to a friend, family member, worker or someone in your group about one place you are "
                            "curious about. You do not need to decide anything. Saying it out loud is often the first "
                            "step."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Trying a group outside the day service",
            "easy_read": [
                ("place", "<p>Groups at a day service can feel safe.</p><p>Some people go to them for many years.</p>"),
                (
                    "community",
                    "<p>But life can be bigger than one building.</p><p>You can try a group in the community too.</p>",
                ),
                ("yes", "<p>You choose the place.</p><p>Start with one place. That is enough.</p>"),
                (
                    "steps",
                    "<p>At first, someone can go with you.</p><p>Later, they can meet you outside.</p><p>Later still, they can phone you afterwards.</p><p>In the end, you may go on your own.</p>",
                ),
                (
                    "calendar",
                    "<p>This can take weeks or months. That is fine.</p><p>Sometimes you may need more help again. That is fine too.</p>",
                ),
                (
                    "heart",
                    "<p>Leaving a group you know can feel lonely.</p><p>You can still see your friends from the old group.</p><p>You can still go back.</p>",
                ),
                (
                    "write",
                    "<p>The 'one small connection' plan can help. It has space for:</p><ul><li>one place</li><li>one first step</li><li>who can help</li><li>when to look at how it went</li></ul><p>The plan is yours.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------
        # Lesson 4
        # ------------------------------------------------------------------
        {
            "slug": "a-life-beyond-the-job",
            "title": "A life beyond the job",
            "summary": (
                "Work can matter a lot, but it is only one part of a good life. This lesson looks at friendship, "
                "learning, creativity, faith and neighbourliness. It asks how to give them the same care as work."
            ),
            "estimated_minutes": 35,
            "body": [
                ("heading", "Work matters"),
                (
                    "text",
                    (
                        "<p>Work can be a big part of recovery. A job brings money, and money brings choice. It gives a "
                        "shape to the week, colleagues to chat with, and an answer to the question 'what do you do?' "
                        "Many people who use services want paid work and are held back by other people's low "
                        "expectations, not by their own ability. Volunteering can bring many of the same things, and "
                        "sometimes leads to paid work.</p>"
                        "<p>So this lesson is not saying work does not matter. It is saying that work is one thread among "
                        "several, and a life can be full and good while that thread is thin, missing for now, or "
                        "finished.</p>"
                    ),
                ),
                ("heading", "Why work can take up all the room"),
                (
                    "text",
                    (
                        "<p>Services are often asked to count how many people move into jobs or training. What gets "
                        "counted gets talked about. A review can end up being mostly about job searches, CVs and benefit "
                        "rules, while the things that make a day worth living get one line at the bottom, if that.</p>"
                    ),
                ),
                (
                    "content_note",
                    {
                        "about": "The next paragraph talks about feeling judged for not working, and about loneliness.",
                        "alternative": "You can skip to the heading 'Five other threads'.",
                    },
                ),
                (
                    "text",
                    (
                        "<p>For someone who cannot work at the moment, or who is past working age, this can feel like "
                        "being judged for failing at the one thing that counts. And a job on its own does not protect "
                        "anyone from loneliness. Plenty of people go to work every day and have nobody to talk to at the "
                        "weekend. Retirement can take away a whole world of contacts overnight, for staff as much as "
                        "anyone.</p>"
                    ),
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "For years every review asked me about work. Nobody asked if I had anyone to go to the "
                            "pictures with. Now I walk with a group on Sundays and help at the church lunch on "
                            "Wednesdays. I'm still looking for a job. But I'm not waiting for a job to have a life."
                        ),
                        "attribution": "A member of a walking group who has used day services for many years",
                    },
                ),
                ("heading", "Five other threads"),
                (
                    "text",
                    (
                        "<p>It can help to think of a good life as woven from several threads. Here are five that often "
                        "get less attention than work.</p>"
                        "<p><b>Friendship.</b> Friendships between adults rarely start with a decision to be friends. "
                        "They grow from seeing the same people, at the same time, doing the same thing, week after week. "
                        "That is why regular groups with a tea break or a chance to chat are such good places to start. "
                        "A one-off event can be fun; a weekly one is where friends are made.</p>"
                        "<p><b>Learning.</b> Learning something new builds confidence that spreads into other parts of "
                        "life. It might be an adult education class, a library reading group, a local history society, a "
                        "language café, or a University of the Third Age group, which is a volunteer-run network where "
                        "people no longer in full-time work teach and learn from each other. Learning for its own sake "
                        "is reason enough.</p>"
                        "<p><b>Creativity.</b> Painting, writing, singing, knitting, cooking, woodwork, photography, "
                        "gardening. Making something can hold your attention in a way little else does. Nobody needs to "
                        "be good at it, and many community classes are full of beginners.</p>"
                        "<p><b>Faith and belief.</b> For many people, faith is a source of meaning, comfort and company, "
                        "and places of worship often run lunch clubs, choirs and practical help open to everyone. "
                        "Services sometimes avoid the subject for fear of getting it wrong. It is fine to ask, "
                        "respectfully, whether faith or belief matters to someone and whether they would like to "
                        "connect with it. Some people have had painful experiences in faith communities, and for them "
                        "the answer may be no. Others find meaning in nature, in quiet, or in groups that talk about big "
                        "questions without religion. All of these count.</p>"
                        "<p><b>Neighbourliness.</b> The smallest connections can matter most: knowing a neighbour's name, "
                        "taking in a parcel, watering someone's plants while they are away, a nod from the regular at the "
                        "bus stop. These light ties make a place feel like home, and neighbours are often the people who "
                        "notice if something is wrong.</p>"
                    ),
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-beyond-1",
                        "question": (
                            "Apart from paid work, what gives your week meaning? Which would you like a little more of: "
                            "friendship, learning, creativity, faith or belief, or neighbourliness?"
                        ),
                        "guidance": (
                            "You do not need to pick the one that is weakest. Pick the one that makes you feel a little "
                            "bit curious or hopeful."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "If you receive benefits",
                        "text": (
                            "<p>If you receive benefits and are thinking about volunteering or paid work, it is worth "
                            "checking with an independent advice service first, so there are no surprises. Many of the "
                            "things in this lesson, like joining a class, a choir or a walking group, are not work at "
                            "all.</p>"
                        ),
                    },
                ),
                ("heading", "Weaving it together"),
                (
                    "text",
                    (
                        "<p>Nobody needs all five threads at once. Most people have one or two strong ones and a few "
                        "thin ones. A useful question is not 'what is missing?' but 'which thread would I like a little "
                        "more of?'</p>"
                        "<p>This is true for staff too. People who work in services can let the job take over: long "
                        "hours, tiredness, no energy left for friends or interests. A team whose members have lives "
                        "beyond work is often better at helping others build one, and better at believing it is "
                        "possible.</p>"
                        "<p>When you talk with someone about their future, or someone talks with you about yours, try "
                        "asking about the other threads alongside work. 'Who do you enjoy spending time with?' 'Is there "
                        "anything you would like to learn?' 'What did you love doing when you were younger?' 'Does faith "
                        "or belief matter to you?' 'Do you know your neighbours?' These questions often lead somewhere a "
                        "job search would not.</p>"
                    ),
                ),
                (
                    "activity",
                    {
                        "title": "The week wheel",
                        "instructions": (
                            "<ol>"
                            "<li>Each person draws a circle and divides it into seven slices: work or volunteering, "
                            "friendship, learning, creativity, faith or belief, neighbourliness, and one blank slice for "
                            "anything else that matters to you.</li>"
                            "<li>Shade each slice to show how much of it is in your life now: a little shading for a "
                            "thin thread, more for a strong one. Your wheel is private. You share only what you "
                            "want to.</li>"
                            "<li>Circle one slice you would like a little more of.</li>"
                            "<li>In pairs, talk about that slice. What might a first small step look like? Use the "
                            "group's map of what is already there for ideas.</li>"
                            "<li>As a whole group, collect ideas on a flip chart without names. Notice which threads "
                            "came up most, and which places on your map could help.</li>"
                            "</ol>"
                            "<p>Staff take part as themselves, not as helpers. Everyone has threads they would like to "
                            "strengthen.</p>"
                        ),
                        "minutes": 25,
                        "setting": "live",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m3-beyond-2",
                        "question": (
                            "When people talk with you about the future, or you talk with others about theirs, how much "
                            "of it is about work? What else would be worth asking about?"
                        ),
                        "guidance": (
                            "Staff might think of reviews and support plans. People who use services and carers might "
                            "think of the questions they are usually asked, and the ones they wish someone would ask."
                        ),
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": "Do one small neighbourly thing.",
                        "detail": (
                            "Say hello to a neighbour by name, ask the person at the bus stop how their week is going, "
                            "or offer to take in a parcel. It takes a minute, and small ties like these are how "
                            "belonging starts."
                        ),
                    },
                ),
                ("heading", "Coming back to your plan"),
                (
                    "text",
                    (
                        "<p>If you started a 'one small connection' plan in the last lesson, look at it again with "
                        "these five threads in mind. Is the place you chose about work, or about something else you "
                        "care about? Either is fine. If you have not started one, the thread you would like more of is "
                        "a good place to begin. One place and one first step is enough.</p>"
                    ),
                ),
                ("take_away_tool", {"tool": "one-small-connection-plan"}),
            ],
            "easy_read_title": "A good life is more than work",
            "easy_read": [
                ("place", "<p>Work can be important.</p><p>It can bring money, a routine and people to talk to.</p>"),
                (
                    "heart",
                    "<p>But work is not the only thing that matters.</p><p>Other things make a good life too:</p><ul><li>friends</li><li>learning something new</li><li>making things, like art, music or cooking</li><li>faith or belief</li><li>knowing your neighbours</li></ul>",
                ),
                (
                    "question",
                    "<p>You do not need all of these.</p><p>Think about which one you would like more of.</p>",
                ),
                ("people", "<p>Friends often come from seeing the same people every week.</p>"),
                ("yes", "<p>You do not have to be good at art or music to enjoy it.</p>"),
                ("talk", "<p>It is fine to talk about faith if you want to.</p><p>It is also fine not to.</p>"),
                ("community", "<p>Small things count, like saying hello to a neighbour.</p>"),
                ("people", "<p>This is true for staff as well.</p><p>Everyone needs a life beyond their job.</p>"),
                ("write", "<p>You can use the 'one small connection' plan to try one new thing.</p>"),
            ],
        },
    ],
    "tools": [
        {
            "slug": "one-small-connection-plan",
            "title": "One small connection plan",
            "description": (
                "A one-page plan, owned by the person it is about, for trying one new place in community life: the "
                "place, a first step, who can help, and when to look at how it is going. Fill it in alone or with "
                "anyone you choose, in a session or at home."
            ),
            "document": {
                "intro": (
                    "This plan belongs to you. It is about one small connection: one place you would like to try, "
                    "and one first step towards it. You can fill it in on your own, or with someone you choose, such "
                    "as a friend, family member, carer, peer supporter or worker. If someone helps, it is still your "
                    "plan and your words. You do not need to fill in every box, and you can change it at any time. "
                    "Keep it small: one place is enough. It usually takes 20 to 30 minutes. Keep it somewhere you "
                    "will see it."
                ),
                "sections": [
                    {
                        "heading": "This is my plan",
                        "text": "",
                        "kind": "write-in",
                        "items": [
                            "My name",
                            "Date I started this plan",
                            "Who helped me fill it in, if anyone",
                        ],
                    },
                    {
                        "heading": "What I enjoy, or would like to try",
                        "text": (
                            "There are no wrong answers. Think about things you enjoyed in the past as well as new "
                            "things you are curious about."
                        ),
                        "kind": "questions",
                        "items": [
                            "What do I enjoy doing, or what did I use to enjoy?",
                            "What have I always wanted to try or learn?",
                            "Do I prefer quiet places or busy ones, small groups or large ones, indoors or outdoors?",
                            (
                                "What would I like to get from it: friendship, learning, making something, faith or "
                                "belief, being outdoors, helping others, or something else?"
                            ),
                        ],
                    },
                    {
                        "heading": "The place",
                        "text": (
                            "Choose one place. You can find ideas on your group's map of what is already there, on "
                            "a noticeboard, or by asking people you know."
                        ),
                        "kind": "write-in",
                        "items": [
                            "Name of the place or group",
                            "Where it is",
                            "When it meets (day and time)",
                            "Cost, and whether there is a free first session",
                            "How I will get there, and how long it takes",
                            "Who to ask for when I arrive",
                            "Anything else useful to know (for example step-free access, toilets, a break)",
                        ],
                    },
                    {
                        "heading": "My first step",
                        "text": (
                            "Make it small enough to do this week or next. Finding out the time, walking past the "
                            "building, or ringing up are all first steps."
                        ),
                        "kind": "write-in",
                        "items": [
                            "My first step is",
                            "I will do it by (date)",
                            "After that, my next step might be",
                        ],
                    },
                    {
                        "heading": "Who can help, and how",
                        "text": (
                            "Help usually works best when it starts bigger and gets smaller. For example: going "
                            "together, then meeting outside, then a phone call afterwards, then going on my own. "
                            "Think about people outside services too, such as friends, family, neighbours or "
                            "someone already in the group."
                        ),
                        "kind": "write-in",
                        "items": [
                            "Who can help me, and how to contact them",
                            "How they will help at the start",
                            "How their help will get smaller over time",
                            "What would tell us it is time for less help",
                            "What the group can be told about me, and what stays private",
                        ],
                    },
                    {
                        "heading": "What might get in the way, and what would help",
                        "text": "",
                        "kind": "questions",
                        "items": [
                            "What might make it hard to go? For example money, travel, nerves, a bad day, the time of day.",
                            "What would help with each of these?",
                            "If I miss a week, or a visit goes badly, what will I do?",
                            "Who will I talk to if something unkind happens?",
                        ],
                    },
                    {
                        "heading": "Before my first visit",
                        "text": "Tick what you have done. Skip anything that does not matter to you.",
                        "kind": "checklist",
                        "items": [
                            "I know the day, time and address",
                            "I know how I will get there and back",
                            "I know the cost, or that it is free",
                            "I know who to ask for when I arrive",
                            "I know whether I can bring someone with me",
                            "I know what to bring or wear",
                            "I have decided what, if anything, I want to say about myself",
                            "I have planned something I enjoy for afterwards",
                            "I know who I will tell about how it went",
                        ],
                    },
                    {
                        "heading": "When we will look at this again",
                        "text": (
                            "A review is a chance to look at what happened, not a test. Whatever happened, you will "
                            "have learned something."
                        ),
                        "kind": "write-in",
                        "items": [
                            "We will look at this plan again on (date)",
                            "Who will be there",
                            "What would count as going well (it can be small, like 'I found the door')",
                            "What happened, and what I want to do next",
                        ],
                    },
                ],
                "closing": (
                    "Small steps count. Finding out a time, walking past the door, going once and deciding it is not "
                    "for you: each of these is worth noting. If this place does not suit you, that is useful to know, "
                    "and you can start a fresh copy of this plan for somewhere else. This plan is yours. Share it "
                    "only with the people you choose."
                ),
            },
        },
    ],
}
