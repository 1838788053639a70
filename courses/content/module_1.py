MODULE = {
    "slug": "recovery-enhancing-environments",
    "title": "Recovery-enhancing environments",
    "summary": "What makes a service feel hopeful, how relationships can last, support as a breathing space rather than a destination, and sharing power with the people who use it.",
    "theme": "recovery-enhancing-environments",
    "intro": (
        "<p>Some places help people get well and stay well. Others, without anyone meaning it, hold people back. "
        "This module is about the difference, and about what everyone in a service can do to make it a place "
        "where recovery can grow.</p>"
        "<p>By recovery we mean living a good and meaningful life on your own terms, with or without ongoing "
        "symptoms. A recovery-enhancing environment is a place that supports that. It holds hope for people. "
        "It keeps relationships going. It offers a breathing space and a bridge back to ordinary life. And it "
        "shares power with the people who use it.</p>"
        "<p>There are four lessons:</p>"
        "<ul>"
        "<li>What makes a place hopeful?</li>"
        "<li>Relationships that last</li>"
        "<li>A breathing space, not a destination</li>"
        "<li>Sharing power</li>"
        "</ul>"
        "<p>The module is written for everyone in the group: people who work in services, people who use them, "
        "and carers. You will each notice different things, and that is the point. Nobody here is the expert "
        "on everything.</p>"
        "<p>By the end you will have a practical tool, the environment walk-through. A small mixed group can use "
        "it to look round a real service together, talk about what they saw, and agree a few small changes "
        "that someone will actually make.</p>"
    ),
    "estimated_minutes": 145,
    "content_note": (
        "This module talks about services that feel hopeless, losing a worker you trusted, and worries about "
        "services closing. Each lesson tells you before these parts, and you can skip them."
    ),
    "lessons": [
        # ------------------------------------------------------------------ Lesson 1
        {
            "slug": "what-makes-a-place-hopeful",
            "title": "What makes a place hopeful?",
            "summary": (
                "A place can hold hope for people when hope feels hard to find. This lesson looks at hope in a "
                "real service. It also looks at what a gloomy service feels like. A new building or slogan is "
                "never enough on its own."
            ),
            "estimated_minutes": 35,
            "body": [
                ("heading", "Hope can live in a place"),
                (
                    "text",
                    "<p>Most of us can tell how a place feels within a few minutes of walking in. A café where the "
                    "staff remember your order. A waiting room where nobody looks up. We pick up a lot from small "
                    "things: the way people speak, what is on the walls, whether anyone seems to expect good things "
                    "to happen.</p>"
                    "<p>Mental-health services are no different. When someone is at a low point, hope can be very "
                    "hard to find on your own. A good service can hold some hope <i>for</i> a person until they are "
                    "ready to hold it again themselves. It does that through the people in it and the way things are "
                    "done every day, not through posters.</p>"
                    "<p>Hope in this sense is not cheerfulness. It is not pretending things are fine. It is a quiet, "
                    "steady belief that things can change, that a person has a future worth planning for, and that "
                    "the service is there to help with that future, not just to get through today.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "What we mean by recovery",
                        "text": (
                            "<p>In this course, recovery does not mean being cured or never needing help again. It "
                            "means building a life that feels good and meaningful to you, on your own terms, with or "
                            "without symptoms. Everyone’s recovery looks different.</p>"
                        ),
                    },
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "The first week, I hardly said a word. But the woman on reception asked me what I liked "
                            "doing. The next week she’d kept a leaflet for a pottery class aside for me. Nobody had "
                            "asked me that in years."
                        ),
                        "attribution": "A person who has used a day service for six years",
                    },
                ),
                ("heading", "What hope looks like in practice"),
                (
                    "text",
                    "<p>Hope shows up in ordinary details. These are signs that staff and people with lived "
                    "experience often mention:</p>"
                    "<ul>"
                    "<li><b>People are greeted, not processed.</b> Someone says hello and uses your name before "
                    "asking for any paperwork.</li>"
                    "<li><b>People talk about the future.</b> Conversations include ‘what would you like to be doing "
                    "next spring?’ and not only ‘how has your week been?’.</li>"
                    "<li><b>Stories of moving on are visible.</b> People who have gone on to college, volunteering, "
                    "work or new friendships come back to visit, or their stories are shared, with their "
                    "permission.</li>"
                    "<li><b>The words are respectful.</b> Notes and meetings describe people as people, not as a "
                    "list of problems. You would be comfortable reading what is written about you.</li>"
                    "<li><b>People do things, not just receive things.</b> There are jobs to do, skills to share, "
                    "things to make, and a say in what happens.</li>"
                    "<li><b>Staff are hopeful too.</b> Staff who feel supported and listened to pass that on. "
                    "Worn-out staff find it hard to hold hope for anyone.</li>"
                    "</ul>",
                ),
                (
                    "content_note",
                    {
                        "about": (
                            "The next part describes what a gloomy, hopeless service can feel like from the inside, "
                            "including the feeling of being written off."
                        ),
                        "alternative": (
                            "If you would rather skip it, go on to the heading ‘Why a new building is not enough’. "
                            "You can come back later, or talk it through with someone you trust."
                        ),
                        "skip_to": "Why a new building is not enough",
                    },
                ),
                ("heading", "When a place has lost hope"),
                (
                    "text",
                    "<p>Many of us have known a service that felt stuck. People who use services describe a place "
                    "where nothing is expected of you. The same people sit in the same chairs every week. The "
                    "television is always on. Activities are cancelled without warning. Nobody mentions the future. "
                    "If you do, someone gently lowers your hopes ‘so you don’t get disappointed’.</p>"
                    "<p>Staff describe it from the other side. Too many forms, too little time, and a sense that "
                    "nothing they do makes a difference. Good ideas get lost in meetings. New staff soon learn that "
                    "it is safer not to suggest anything. Over time, low expectations start to feel like common "
                    "sense.</p>"
                    "<p>Nobody sets out to create a place like this. It usually happens slowly, through pressure, "
                    "tiredness and habit. That matters, because it means the way back is made of small, everyday "
                    "changes too. Everyone in the building can start some of them, not only the manager.</p>",
                ),
                ("heading", "Why a new building is not enough"),
                (
                    "text",
                    "<p>When services want to change, they often start with what is easiest to see. A fresh coat of "
                    "paint. A move to a brighter building. A new name, a new logo, a mission statement with the word "
                    "‘recovery’ in it.</p>"
                    "<p>These things are not bad. A warm, clean, well-lit room tells people they are worth looking "
                    "after. But on their own they change very little. If the same habits move into the new building, "
                    "it soon feels like the old one. People notice very quickly when the words on the wall do not "
                    "match what happens in the room.</p>"
                    "<p>A useful test is to ask: <i>what would someone notice on an ordinary Tuesday?</i> Not on the "
                    "day the new building opens, but on a wet afternoon when two staff are off sick. Would they be "
                    "greeted? Would anyone ask what they hope for? Would they have a say in what happens next? Hope "
                    "lives in the answers to those questions.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-hopeful-1",
                        "question": (
                            "Think of a place, any place, where you felt people expected good things of you. What did "
                            "they do or say that made you feel that way?"
                        ),
                        "guidance": (
                            "It might be a school, a job, a sports club or a friend’s kitchen. Start with one small "
                            "detail you still remember."
                        ),
                    },
                ),
                ("heading", "Everyone notices something different"),
                (
                    "text",
                    "<p>Staff and people who use services see different things. Staff know about the pressures behind "
                    "the scenes. People who use services know what it is like to walk through the door on a bad day. "
                    "Carers often see how someone is in the hours after they get home. All of these views are needed. "
                    "When a mixed group looks at a place together, it sees far more than any one person could.</p>"
                    "<p>That is the idea behind this module’s take-away tool, the environment walk-through. A small "
                    "mixed group walks round a service together, notices what helps and what gets in the way, and "
                    "agrees a few small changes. You can look at it now and come back to it at the end of the "
                    "module.</p>",
                ),
                ("take_away_tool", {"tool": "environment-walk-through"}),
                (
                    "activity",
                    {
                        "title": "The first ten minutes",
                        "instructions": (
                            "<p>Work in pairs or threes. Mix staff, people who use services and carers if you can.</p>"
                            "<ol>"
                            "<li>Each person describes, step by step, the first ten minutes of arriving at a service "
                            "they know: the door, the sign, who you meet, where you wait, what you hear.</li>"
                            "<li>Together, mark each moment as <b>lifts hope</b>, <b>neutral</b> or <b>drains "
                            "hope</b>.</li>"
                            "<li>Pick one moment that drains hope. Agree one small change that would cost little or "
                            "nothing.</li>"
                            "<li>Share your change with the whole group. Facilitators can keep a list to use later "
                            "with the walk-through checklist.</li>"
                            "</ol>"
                            "<p>There are no wrong answers. If a moment feels too personal, you can describe an "
                            "imaginary service instead.</p>"
                        ),
                        "minutes": 25,
                        "setting": "live",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-hopeful-2",
                        "question": (
                            "What is one thing in a service you know that quietly says ‘we expect good things for "
                            "you’? And one thing that quietly says the opposite?"
                        ),
                        "guidance": (
                            "Think about small details: a noticeboard, how the phone is answered, what happens when "
                            "someone is late. Write down what you have actually seen or heard."
                        ),
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": "Notice the first three things you see and hear when you arrive somewhere.",
                        "detail": (
                            "It could be your service, your doctor’s surgery, a library or a shop. Jot the three "
                            "things down and ask yourself: did they make me feel expected and welcome? Noticing comes "
                            "before changing anything."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Places that give hope",
            "easy_read": [
                (
                    "hope",
                    "<p>A place can help people feel hopeful.</p><p>Hope means believing things can get better.</p>",
                ),
                (
                    "help",
                    "<p>Sometimes it is hard to feel hope on your own.</p><p>A good service can hold hope for you until you are ready.</p>",
                ),
                (
                    "welcome",
                    "<p>Hope shows in small things.</p><ul><li>Someone says hello and uses your name.</li><li>People ask what you would like to do next.</li><li>You have a say in what happens.</li></ul>",
                ),
                (
                    "place",
                    "<p>Some services feel stuck.</p><p>Nobody expects anything to change.</p><p>This can happen slowly, without anyone meaning it.</p>",
                ),
                ("no", "<p>A new building does not fix this on its own.</p><p>A new logo does not fix it either.</p>"),
                ("calendar", "<p>What matters is what happens on an ordinary day.</p>"),
                (
                    "people",
                    "<p>Staff and people who use services notice different things.</p><p>Looking together helps everyone see more.</p>",
                ),
                ("idea", "<p>This week, notice how a place makes you feel when you arrive.</p>"),
            ],
        },
        # ------------------------------------------------------------------ Lesson 2
        {
            "slug": "relationships-that-last",
            "title": "Relationships that last",
            "summary": (
                "Recovery often grows in relationships with people you trust. This lesson looks at why seeing the"
                " same people matters. It also looks at what it costs when workers keep changing. It shares small"
                " things any team can do to keep familiar faces."
            ),
            "estimated_minutes": 35,
            "body": [
                ("heading", "Why the same faces matter"),
                (
                    "text",
                    "<p>Ask people what helped them most in a mental-health service and many will name a person "
                    "before anything else. A support worker who stayed with them through a hard year. A peer worker "
                    "who had been there too. The volunteer on the door who always remembered their dog’s name.</p>"
                    "<p>Trust takes time. It grows through small promises kept: turning up when you said you would, "
                    "remembering what someone told you last week, being the same person on a good day and a bad one. "
                    "When the same people are around for months and years, a person can stop explaining themselves "
                    "and start working on what matters to them.</p>"
                    "<p>Consistency is not only about one worker. It is also about the place: the same group on the "
                    "same afternoon, in the same room, run in the same way. From the outside that can look dull. "
                    "From the inside, especially when the rest of life is chaotic, it can feel like solid "
                    "ground.</p>",
                ),
                ("heading", "Not having to tell your story again"),
                (
                    "text",
                    "<p>Many people who use services say the same thing: <i>I am tired of telling my story.</i> "
                    "Every new worker, every new service and every assessment starts with the same questions. Some of "
                    "those questions touch the hardest moments of a person’s life. Answering them again and again "
                    "can feel like reopening a wound so someone else can fill in a form.</p>"
                    "<p>Staff feel this too. Nobody wants to ask painful questions that a person has already answered "
                    "five times. But if the information is scattered, out of date or written in a way nobody can use, "
                    "asking again can seem like the only option.</p>"
                    "<p>There are better ways. A short ‘about me’ page, written by the person in their own words, "
                    "can travel with them. It might say what they want people to know, what helps, what does not, "
                    "and what they would rather not be asked about. The person decides what goes in, when it changes "
                    "and who sees it.</p>"
                    "<p>For staff, one simple habit helps. Read what is already there before you meet someone, and "
                    "then say so: ‘I’ve read your page. Is there anything you’d like to add, or anything that has "
                    "changed?’ That one sentence tells a person their words were worth keeping.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "tip",
                        "title": "Starting an ‘about me’ page",
                        "text": (
                            "<p>Keep it to one side of paper. Some simple headings:</p>"
                            "<ul>"
                            "<li>What I’d like you to call me</li>"
                            "<li>What matters to me right now</li>"
                            "<li>What helps when things are hard</li>"
                            "<li>What doesn’t help</li>"
                            "<li>Please don’t ask me about…</li>"
                            "</ul>"
                            "<p>Staff can write one too. It is a good way for a new worker to introduce "
                            "themselves.</p>"
                        ),
                    },
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "I must have told my story to eleven different people. In the end I started leaving bits "
                            "out, just to get through it. Then one worker said, ‘You don’t have to go over that again. "
                            "I’ve read it. Tell me about now.’ I could have hugged her."
                        ),
                        "attribution": "A person who uses community mental-health services",
                    },
                ),
                (
                    "content_note",
                    {
                        "about": (
                            "The next part talks about staff leaving, and the loss people can feel when a worker they "
                            "trusted moves on."
                        ),
                        "alternative": (
                            "You can skip ahead to the heading ‘Small ways to keep continuity’, which is about "
                            "practical things teams can do."
                        ),
                        "skip_to": "Small ways to keep continuity",
                    },
                ),
                ("heading", "What turnover does"),
                (
                    "text",
                    "<p>Staff move on. They change jobs, retire, go off sick for a long time, or are moved to another "
                    "team when services are reorganised. Some of this cannot be avoided, and people have every right "
                    "to leave a job. But it is worth being honest about what it costs.</p>"
                    "<p>For a person who uses a service, losing a trusted worker can feel like a bereavement. Some "
                    "people hear about it second-hand, or simply find a new name on a letter. Some stop coming, "
                    "because starting again with a stranger feels like too much. Others quietly decide not to get "
                    "close to the next worker, because they will probably leave too.</p>"
                    "<p>For staff, high turnover means constant gaps, more temporary workers, and less time to get to "
                    "know anyone. The people who stay carry more. Tired staff leave, and the cycle goes on. So "
                    "continuity is not only a kindness to people who use services. It protects staff as well.</p>",
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "The hardest part of leaving my last job wasn’t the paperwork. It was knowing some people "
                            "would have to start all over again with someone new. This time we planned my leaving "
                            "together, months ahead. It felt like handing on, not walking out."
                        ),
                        "attribution": "A support worker with twelve years in day services",
                    },
                ),
                ("heading", "Small ways to keep continuity"),
                (
                    "text",
                    "<p>No team can promise that nobody will ever leave. But every team can make change less "
                    "damaging. These are things real teams have done:</p>"
                    "<ul>"
                    "<li><b>Two names, not one.</b> Each person has a main worker and a second person who knows them "
                    "well. An absence or a departure is then not a cliff edge.</li>"
                    "<li><b>Planned endings.</b> When a worker is leaving, the person hears it from them directly, "
                    "with enough notice to say goodbye properly. The last meeting is marked, not skipped.</li>"
                    "<li><b>Warm handovers.</b> The old worker, the new worker and the person meet together. The "
                    "person leads on what they want the new worker to know.</li>"
                    "<li><b>Groups that outlive their leader.</b> A weekly group has at least two people who can run "
                    "it: staff, peer workers or members. It does not fold when one person goes.</li>"
                    "<li><b>Same time, same place.</b> Rotas keep familiar faces on familiar days where they can, "
                    "rather than moving everyone around.</li>"
                    "<li><b>Looking after staff.</b> Regular supervision (protected time to talk the work through "
                    "with a manager or colleague), a fair workload and being listened to all help people stay.</li>"
                    "</ul>"
                    "<p>Continuity also lives in the group itself. Members who have been around a while often "
                    "welcome new people, explain how things work, and remember what has been tried before. A service "
                    "that values this has a memory that does not depend on any one worker.</p>"
                    "<p>Sometimes a worker leaves suddenly, through illness or a quick move, and a planned ending is "
                    "not possible. Honesty still helps. Tell people as soon as you can, in person where possible, and "
                    "share as much as can be shared. Make sure they know who to go to in the meantime, and offer a "
                    "way to pass on a message or a card.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-lasting-1",
                        "question": (
                            "Think of a relationship, at work, in a service or anywhere else, that lasted long enough "
                            "to make a real difference to you. What kept it going?"
                        ),
                        "guidance": (
                            "It might have been the person, the setting, or simply time. Write about one thing that "
                            "made it possible to keep trusting each other."
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Planning a good goodbye",
                        "instructions": (
                            "<p>In small mixed groups, imagine this. Sam has seen the same support worker, Priya, "
                            "every week for three years. Priya has a new job and leaves in six weeks.</p>"
                            "<ol>"
                            "<li>List what could go wrong for Sam over the next two months.</li>"
                            "<li>Now plan the six weeks so they go as well as they can. Who tells Sam, and how? What "
                            "happens at the last meeting? Who will Sam’s new worker be, and how do they meet?</li>"
                            "<li>Think about Priya too. What would help her leave well?</li>"
                            "<li>Agree your two most useful ideas and share them with the whole group.</li>"
                            "</ol>"
                            "<p>If this brings back a hard ending of your own, it is fine to step out for a while, or "
                            "to be the note-taker.</p>"
                        ),
                        "minutes": 30,
                        "setting": "live",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-lasting-2",
                        "question": (
                            "What would you want a new worker, colleague or group member to know about you, so that "
                            "you don’t have to explain it again?"
                        ),
                        "guidance": (
                            "Keep it to three or four things, and only what you are comfortable writing. This is yours."
                        ),
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": "Notice one moment when someone has to repeat themselves.",
                        "detail": (
                            "It might be a phone call where you gave your details three times, or a meeting where the "
                            "same question came up again. Write it down, and think of one small fix: a note, a shared "
                            "page, a quick handover. Many good changes start from moments like this."
                        ),
                    },
                ),
            ],
            "easy_read_title": "People you can trust",
            "easy_read": [
                ("heart", "<p>Trust takes time.</p><p>It grows when people keep their promises.</p>"),
                ("people", "<p>Seeing the same people can help you feel safe.</p>"),
                (
                    "talk",
                    "<p>Telling your story again and again is tiring.</p><p>It can bring back painful memories.</p>",
                ),
                (
                    "write",
                    "<p>An ‘about me’ page can help.</p><p>You write it in your own words.</p><p>You choose who sees it.</p>",
                ),
                ("person", "<p>Sometimes workers leave.</p><p>This can feel like a big loss.</p>"),
                (
                    "help",
                    "<p>Teams can make it easier. They can:</p><ul><li>make sure two workers know you, not just one</li><li>tell you early when a worker is leaving</li><li>give you time to say goodbye</li><li>let your old worker introduce you to the new one</li><li>keep groups going when one person leaves</li></ul>",
                ),
                ("people", "<p>Staff need support too, so they can stay.</p>"),
                ("idea", "<p>This week, notice when someone has to say the same thing twice.</p>"),
            ],
        },
        # ------------------------------------------------------------------ Lesson 3
        {
            "slug": "a-breathing-space-not-a-destination",
            "title": "A breathing space, not a destination",
            "summary": (
                "A good service can be a place to land and get your strength back. It can also be a bridge back to "
                "ordinary life. This lesson looks at rhythm, creativity, nature and even boredom. It also looks at "
                "how people can move on without being pushed out."
            ),
            "estimated_minutes": 35,
            "body": [
                ("heading", "A place to land"),
                (
                    "text",
                    "<p>When life falls apart, people often need somewhere to land. A place that is warm and safe, "
                    "where you do not have to explain yourself, where there is a cup of tea and someone to sit with. "
                    "For many people a day service or community group has been exactly that. It may have kept them "
                    "going through the worst time of their lives.</p>"
                    "<p>That matters, and nobody should feel ashamed of needing it. A breathing space is real support. "
                    "It gives people time to rest, to gather strength, and to think about what comes next, without "
                    "pressure.</p>"
                    "<p>In practice, a breathing space might be a drop-in morning with no agenda, a quiet room, or "
                    "simply being allowed to sit in the garden without joining an activity. It does not need a form "
                    "or a plan to be worth something.</p>"
                    "<p>This lesson asks: <i>what is the breathing space for?</i> The best services see themselves as "
                    "a stopping place on a longer journey, not the end of the road. They help people land. Then they "
                    "help them find their way back into the wider world, at their own pace.</p>",
                ),
                ("heading", "Rhythm"),
                (
                    "text",
                    "<p>One of the first things to go when someone is unwell is the shape of the day. Sleep drifts. "
                    "Meals get missed. The days blur together. A service can help by offering rhythm: a reason to get "
                    "up, somewhere to be on a Tuesday morning, something to look forward to on Friday.</p>"
                    "<p>Rhythm is also something people can take with them. A regular walk, a weekly class, a "
                    "standing arrangement to meet a friend for coffee: these give the same kind of shape, but as part "
                    "of ordinary life. A good question for any service is: <i>is the rhythm we offer helping people "
                    "build a rhythm of their own?</i></p>"
                    "<p>Rhythm matters for carers too. When someone goes to a group on the same days each week, the "
                    "people they live with can plan around it, rest, or keep their own work going.</p>",
                ),
                ("heading", "Creativity and nature"),
                (
                    "text",
                    "<p>Making things, whether painting, writing, cooking, music, woodwork or gardening, lets people "
                    "be more than their diagnosis. In an art group, nobody is a patient or a worker. Everyone is just "
                    "trying to get the colour right. Creative work also leaves something you can point to: a "
                    "finished pot, a poem, a tray of seedlings. That is proof, to yourself and to others, that you "
                    "can still make something happen.</p>"
                    "<p>Nature does similar work. Many people find that time outdoors calms the mind and lifts the "
                    "mood. A service with a garden, a regular walking group or a share of a local allotment gives "
                    "people a reason to be outside, and a way to meet others who share an interest.</p>"
                    "<p>The strongest creative and outdoor activities reach beyond the building. The art group that "
                    "shows its work in the local library. The gardening group that shares a plot with the allotment "
                    "society. The walking group that joins a local rambling club once a month. Each one is a small "
                    "bridge.</p>",
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "I used to think the centre was the only place I could be myself. Then our pottery group "
                            "started using the college studio on Thursdays. Now I go on my own on Mondays too. I still "
                            "come to the centre. It just isn’t my whole week any more."
                        ),
                        "attribution": "A member of a pottery group that began at a day centre",
                    },
                ),
                ("heading", "Even boredom"),
                (
                    "text",
                    "<p>It may sound odd, but boredom can be a good sign. After a long spell of crisis or exhaustion, "
                    "feeling bored often means energy is coming back. Someone who has been content to sit quietly for "
                    "months and now says ‘I’m fed up, there’s nothing to do’ may be ready for something more.</p>"
                    "<p>Services sometimes rush to fill every gap with activities. It is worth pausing instead. "
                    "Boredom can open a conversation: <i>What would you like to be doing? What used to interest you? "
                    "What have you always wanted to try?</i> Met with curiosity rather than another timetabled "
                    "session, boredom can point the way out of the building.</p>"
                    "<p>Staff can feel bored too, after running the same timetable for years. That can be a sign that "
                    "the service itself is ready for something new.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-breathing-1",
                        "question": (
                            "When in your life have you needed a breathing space, somewhere to rest and gather "
                            "strength? How did you know when you were ready for more?"
                        ),
                        "guidance": (
                            "It does not have to be about mental health. Think of any time you needed to pause, such "
                            "as after an illness, a loss or a hard job, and the first signs that you were ready to step "
                            "out again."
                        ),
                    },
                ),
                (
                    "content_note",
                    {
                        "about": (
                            "The next part mentions fears about losing a service, including day centres closing and "
                            "people being ‘moved on’ before they were ready."
                        ),
                        "alternative": (
                            "If you would rather skip it, go on to the activity ‘A week on a page’. The main idea is "
                            "that moving on should be gradual and chosen, with the door left open."
                        ),
                        "skip_to": "A week on a page",
                    },
                ),
                ("heading", "Moving on without being pushed out"),
                (
                    "text",
                    "<p>Talk of ‘moving on’ can be frightening. Many people have seen services close, or have been "
                    "discharged before they were ready, with nothing in place. It is no surprise if the idea of a "
                    "bridge back to ordinary life sounds like cost-cutting in disguise.</p>"
                    "<p>Done well, it is the opposite. Moving on is gradual, chosen and supported. It means adding new "
                    "places and people to someone’s life before taking anything away. It means the door stays open, "
                    "so a person can come back when they need to without starting again. And it means being honest "
                    "that for some people a long-term place to belong is right, as long as it still offers hope and "
                    "a future.</p>"
                    "<p>Staff can help by asking about life outside the service as a normal part of conversation, by "
                    "meeting people in community places as well as in the building, and by celebrating each small "
                    "step out. People who use services help each other too. Someone who has just started a college "
                    "course is often the best guide for the next person thinking about it.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "A bridge, not a cliff edge",
                        "text": (
                            "<p>Three things make moving on feel safe:</p>"
                            "<ul>"
                            "<li><b>Add before you take away.</b> New places and people come first.</li>"
                            "<li><b>The person chooses the pace.</b> Encouragement, not deadlines.</li>"
                            "<li><b>The door stays open.</b> Coming back is not a failure.</li>"
                            "</ul>"
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "A week on a page",
                        "instructions": (
                            "<p>On your own or in pairs, draw a simple grid: seven days across, and morning, "
                            "afternoon and evening down the side.</p>"
                            "<ol>"
                            "<li>Fill in a typical week. It can be your own, or an imaginary person who uses a day "
                            "service. Use one colour for time in services and another for time in ordinary places: "
                            "home, shops, friends, clubs, work, faith groups, outdoors.</li>"
                            "<li>Look at the balance. Where is the rhythm? Where are the gaps?</li>"
                            "<li>Mark one slot where a small bridge could be built: one thing that could happen in an "
                            "ordinary place, instead or as well.</li>"
                            "</ol>"
                            "<p>In a live session, share what you noticed rather than the whole grid. Your week is "
                            "yours; share only what you are comfortable with.</p>"
                        ),
                        "minutes": 20,
                        "setting": "either",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-breathing-2",
                        "question": (
                            "What is one thing a service you know does that helps people build a life outside it? And "
                            "one thing that keeps people inside?"
                        ),
                        "guidance": (
                            "Think about timetables, where activities happen, and what people talk about. There is no "
                            "need to blame anyone; just describe what you have seen."
                        ),
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": "Find one ordinary place nearby that links to something you or your group enjoys.",
                        "detail": (
                            "It might be a library that shows local art, a community garden, a choir or a café with a "
                            "book club. Just find out that it exists and when it meets. You do not have to go yet. "
                            "Knowing the door is there is a first step."
                        ),
                    },
                ),
            ],
            "easy_read_title": "A safe place, and a way back out",
            "easy_read": [
                (
                    "place",
                    "<p>A service can be a safe place to land.</p><p>It can help you rest and get stronger.</p><p>That is a good thing.</p>",
                ),
                ("community", "<p>It can also be a bridge back to ordinary life.</p>"),
                ("calendar", "<p>Rhythm helps.</p><p>Rhythm means doing things at regular times.</p>"),
                ("idea", "<p>Making things helps.</p><p>For example, art, cooking or music.</p>"),
                ("community", "<p>Being outdoors helps.</p><p>For example, walking or gardening.</p>"),
                (
                    "question",
                    "<p>Feeling bored can be a good sign.</p><p>It can mean you are ready for something new.</p>",
                ),
                (
                    "steps",
                    "<p>Moving on should be slow.</p><p>It should be your choice.</p><p>New things should be added before anything is taken away.</p><p>You should be able to come back if you need to.</p>",
                ),
                ("community", "<p>This week, find one place nearby linked to something you enjoy.</p>"),
            ],
        },
        # ------------------------------------------------------------------ Lesson 4
        {
            "slug": "sharing-power",
            "title": "Sharing power",
            "summary": (
                "A place that supports recovery shares power. Peer support is at its heart. The people who use it "
                "have a real say, up to running things themselves. This lesson looks at how groups can move from "
                "staff-run to member-run. It also asks what any group that gets money or space owes its members."
            ),
            "estimated_minutes": 40,
            "body": [
                ("heading", "Power is in the ordinary details"),
                (
                    "text",
                    "<p>Power in a service is not only about who the manager is. It is about who holds the keys, who "
                    "can make a cup of tea without asking, who sets the timetable, who writes the notes, who spends "
                    "the budget and who is in the room when decisions are made. These small details tell everyone "
                    "who the place really belongs to.</p>"
                    "<p>In many services almost all of this sits with staff. Often there are understandable reasons: "
                    "insurance, safety, being answerable for public money. But it can leave people who use the "
                    "service feeling like guests in a place that is meant to be theirs. Guests rarely grow in "
                    "confidence. People with responsibilities, choices and a real voice often do.</p>"
                    "<p>Sharing power does not mean staff disappear or stop caring. It means asking about each "
                    "decision: <i>does this really need to be a staff decision? Who else could make it, or make it "
                    "with us?</i></p>",
                ),
                ("heading", "Peer support at the heart"),
                (
                    "text",
                    '<p>Peer support means people with <a linktype="glossary" slug="lived-experience">lived experience</a> '
                    "of mental-health difficulties supporting each "
                    "other, drawing on what they have been through. It might be a paid peer worker in the team, a "
                    "peer trainer co-running a course like this one, or members of a group looking out for each "
                    "other.</p>"
                    "<p>Peer support offers something no training course can give: living proof that recovery is "
                    "possible, and an understanding that comes from having been there. A peer worker can say ‘I’ve "
                    "felt like that too’ and mean it.</p>"
                    "<p>Too often, though, peer support is a bolt-on. One part-time peer worker with no budget, left "
                    "out of team meetings, asked to ‘add the lived-experience view’ at the end. When peer support is "
                    "at the heart of a service, it looks different:</p>"
                    "<ul>"
                    "<li>Peer workers are paid fairly, trained, supported and part of the team, with a clear role of "
                    "their own.</li>"
                    "<li>They help plan, recruit for and review the service, not only run activities.</li>"
                    "<li>There is more than one of them, so nobody is a lone voice.</li>"
                    "<li>Everyday support between members is valued and given time and space, not dismissed as "
                    "chatting.</li>"
                    "</ul>",
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "When I started as a peer worker, I was invited to team meetings ‘for the lived-experience "
                            "bit’ at the end. Two years on, I help set the agenda. The difference isn’t me. It’s that "
                            "the team decided peer support was part of the job, not a visitor."
                        ),
                        "attribution": "A peer support worker in a community mental-health team",
                    },
                ),
                ("heading", "From staff-run to member-run"),
                (
                    "text",
                    "<p>Many services have groups that began with a member of staff in charge: an art group, a "
                    "walking group, a cooking club. Over time, some can move towards being run by their members. This "
                    "rarely happens in one step. A common path looks like this:</p>"
                    "<ol>"
                    "<li><b>Staff-run.</b> A worker plans the sessions, holds the keys and the materials, and leads "
                    "each week.</li>"
                    "<li><b>Run together.</b> One or two members share the planning and leading. Decisions are made "
                    "together.</li>"
                    "<li><b>Member-run, with staff backing.</b> Members plan, lead and hold the keys. Staff help with "
                    "practical things like room bookings, the budget and training, and are there if something goes "
                    "wrong.</li>"
                    "<li><b>Independent.</b> The group runs itself as a community group in its own right, with a "
                    "link back to the service if members want one.</li>"
                    "</ol>"
                    "<p>Here is one example. A day centre’s Wednesday art group had been run by the same worker for "
                    "years. When she cut her hours, members were asked what they wanted. Three of them agreed to share "
                    "leading it. For six months the worker came for the first half hour each week. Members took over "
                    "ordering materials from a small budget, with a simple sheet showing what was spent. A year on, "
                    "the group meets at the local arts centre and is open to anyone in the area. Some members still "
                    "use the day centre. The group is now theirs.</p>"
                    "<p>Not every group will want to go all the way, and that is fine. What matters is that members "
                    "get real choices at each stage, and that the support they need to take on more is actually "
                    "there.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "Sharing power is not passing the buck",
                        "text": (
                            "<p>Watch out for:</p>"
                            "<ul>"
                            "<li>asking for views after the decision has already been made</li>"
                            "<li>handing a group to members with no budget, training or backup</li>"
                            "<li>using peer workers to fill staff gaps on lower pay</li>"
                            "</ul>"
                            "<p>Real sharing means real resources and real influence.</p>"
                        ),
                    },
                ),
                ("heading", "What a group owes its members"),
                (
                    "text",
                    "<p>Any group that receives money, a room or staff time, whether from a service, a council, a "
                    "charity or anyone else, has a responsibility to the people in it. Whether staff or members run "
                    "it, it owes them three things:</p>"
                    "<ul>"
                    "<li><b>Support.</b> Members can get help when they need it and know who to ask. Member-run does "
                    "not mean left alone.</li>"
                    "<li><b>Recovery.</b> The group helps people grow, not just pass the time. There is room to try "
                    "new things, take on roles and move on.</li>"
                    "<li><b>Inclusion.</b> The group is open and welcoming. It does not shrink into a closed circle "
                    "of the same few people.</li>"
                    "</ul>"
                    "<p>These make good questions to ask of any group once a year, together. Is everyone supported? "
                    "Are people growing? Who is missing, and why?</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-power-1",
                        "question": (
                            "Think of a group or place you belong to. Who holds the keys, the money and the final say? "
                            "How do you feel about that?"
                        ),
                        "guidance": (
                            "Start with the practical: who opens up, who buys things, who decides when it meets. Then "
                            "notice what that says about whose place it is."
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Who decides?",
                        "instructions": (
                            "<p>Work in mixed groups of four to six.</p>"
                            "<ol>"
                            "<li>List ten everyday decisions in a service you know. For example: what goes on the "
                            "timetable, who gets a key, what is bought for the kitchen, who sits on interview panels, "
                            "when a group is cancelled.</li>"
                            "<li>For each one, mark who decides now: staff, members, or both together.</li>"
                            "<li>Choose two decisions that could be shared more. What would need to be in place? For "
                            "example, some training, a simple budget sheet or a named backup person.</li>"
                            "<li>Share one of them with the whole group.</li>"
                            "</ol>"
                            "<p>Staff and people who use services may see the same decision very differently. That "
                            "difference is useful. Listen to it before you try to agree.</p>"
                        ),
                        "minutes": 30,
                        "setting": "live",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m1-power-2",
                        "question": (
                            "What is one responsibility you would like to take on, or to hand over, in a group or "
                            "service you know?"
                        ),
                        "guidance": (
                            "It can be small, like choosing the music or setting out the chairs, or bigger, like "
                            "helping to interview new staff. Think about what support would make it possible."
                        ),
                    },
                ),
                ("heading", "Putting it all together"),
                (
                    "text",
                    "<p>This module has looked at four things a place can do: hold hope, keep relationships going, "
                    "offer a breathing space that leads somewhere, and share power. The environment walk-through "
                    "brings them together. Try it with three to five people, mixing staff, people who use the service "
                    "and carers, on an ordinary day. Agree no more than three changes, each with a name and a date, "
                    "and walk round again in a few months to see what has moved.</p>",
                ),
                ("take_away_tool", {"tool": "environment-walk-through"}),
                (
                    "try_this_week",
                    {
                        "action": "Ask one question about a decision you usually leave to someone else.",
                        "detail": (
                            "For example: ‘How is the group’s budget spent?’, ‘Who chose this week’s activity?’ or, "
                            "if you are staff, ‘Would anyone like to help decide this?’. Asking is a small step, and "
                            "it often opens a door."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Who decides?",
            "easy_read": [
                (
                    "question",
                    "<p>Power means who decides things.</p><p>It shows in small things.</p><ul><li>Who holds the keys?</li><li>Who spends the money?</li><li>Who chooses what happens each week?</li></ul>",
                ),
                (
                    "people",
                    '<p>Peer support means people with <a linktype="glossary" slug="lived-experience">lived experience</a> helping each other.</p><p>It should be at the heart of a service.</p>',
                ),
                ("yes", "<p>Peer workers should be paid fairly.</p><p>They should be part of the team.</p>"),
                (
                    "steps",
                    "<p>A group run by staff can slowly be run by its members.</p><p>First, members can share the planning.</p><p>Later, they can hold the keys and the money.</p><p>Staff can still help when needed.</p>",
                ),
                (
                    "help",
                    "<p>A group that gets money or a room owes its members three things:</p><ul><li>support</li><li>a chance to grow</li><li>a welcome for everyone</li></ul>",
                ),
                ("question", "<p>This week, ask one question about a decision.</p>"),
            ],
        },
    ],
    "tools": [
        {
            "slug": "environment-walk-through",
            "title": "Environment walk-through checklist",
            "description": (
                "A printable checklist for a small mixed group of staff, people who use the service and carers to "
                "walk round their own service together. It helps you notice what supports hope and recovery, talk "
                "it over, and agree three small changes."
            ),
            "document": {
                "intro": (
                    "This walk-through is for a small mixed group of three to five people. Include at least one "
                    "member of staff and at least one person who uses the service, and a carer or volunteer if you "
                    "can. Choose an ordinary day, not a special one. Allow about an hour to walk round and about 45 "
                    "minutes to sit down and talk afterwards. Give everyone their own copy. Start outside the front "
                    "door and move through the building the way a newcomer would. Tick what you see, jot a short "
                    "note, and leave blank anything you are not sure about. Some things you will see; others you "
                    "will need to ask about. There are no scores and no pass or fail, and what is working matters "
                    "as much as what is not. When you sit down, go through the discussion questions and let "
                    "everyone speak before anyone responds. Then agree no more than three changes, each with a "
                    "named person and a date. Small changes that happen are worth more than big plans that do not."
                ),
                "sections": [
                    {
                        "heading": "1. Arriving and welcome",
                        "text": "Start outside. Imagine it is your first visit, or that you are having a bad day.",
                        "kind": "checklist",
                        "items": [
                            "The entrance is easy to find, with a clear sign and opening times.",
                            "Someone says hello within a minute or two, and uses people’s names if they know them.",
                            "A newcomer is greeted before being asked for forms or details.",
                            "There is somewhere comfortable to wait, and someone explains what happens next.",
                            "Information on the walls is up to date, in plain language and easy to read.",
                            "Noticeboards show things to look forward to, including things outside the service.",
                            "Stories of people moving on and doing well are visible, shared with permission.",
                            "It is clear how to make a suggestion or complaint, and what happens next.",
                        ],
                    },
                    {
                        "heading": "2. The space itself",
                        "text": "Walk through the shared rooms. Notice how they feel as well as how they look.",
                        "kind": "checklist",
                        "items": [
                            "Rooms are warm, clean, well lit and cared for.",
                            "There is a quiet place for anyone who needs a break.",
                            "Members can make a hot drink or use the kitchen without having to ask.",
                            "There is little sense of ‘us and them’: no staff-only mugs, chairs or toilets without a good reason.",
                            "Chairs are arranged for talking together, not in rows facing a television.",
                            "Work made by members, such as art, writing, photos or plants, is on show with their agreement.",
                            "There is a garden, outdoor space or at least some plants.",
                            "The building works for disabled people and feels welcoming to people of different cultures, faiths and languages.",
                        ],
                    },
                    {
                        "heading": "3. Relationships and continuity",
                        "text": "Some of these you will need to ask about, of staff and of members.",
                        "kind": "checklist",
                        "items": [
                            "Each person knows their main contact, and has a second named person too.",
                            "People can write, in their own words, what they want workers to know, so they are not asked to repeat their story.",
                            "When a worker leaves, people hear it from them directly, with time to say goodbye.",
                            "New workers are introduced in person, and the person leads on what they want them to know.",
                            "Regular groups have at least two people who can run them.",
                            "Staff have time to talk with people, not only to do paperwork.",
                            "Staff get regular supervision and support, and say they feel listened to.",
                            "Longer-standing members are valued for welcoming newer ones.",
                        ],
                    },
                    {
                        "heading": "4. A breathing space and links to life outside",
                        "text": "",
                        "kind": "checklist",
                        "items": [
                            "There is a regular rhythm: groups and activities happen when they say they will.",
                            "There are creative activities, and chances to show the work outside the service.",
                            "There are chances to be outdoors: walks, gardening, trips.",
                            "Some activities happen in ordinary places such as a library, college, leisure centre, allotment or café.",
                            "Conversations include life outside the service: friends, interests, learning, work, faith, neighbours.",
                            "Information about local clubs, classes, volunteering and groups is easy to find.",
                            "People who have moved on are welcome to visit, and can come back without starting from scratch.",
                            "Quiet time is allowed. Not every minute is filled with activities.",
                        ],
                    },
                    {
                        "heading": "5. Peer support and who holds power",
                        "text": "",
                        "kind": "checklist",
                        "items": [
                            "There are paid peer workers, and they are a full part of the team.",
                            "Members supporting each other is valued and given time and space.",
                            "Members help decide the timetable, and can suggest or start new groups.",
                            "Members hold keys, roles or responsibilities where they want to.",
                            "Members know how the budget is spent, and decide how some of it is used.",
                            "People who use the service help to interview and choose new staff.",
                            "Members’ meetings happen regularly, have plain-language notes and lead to real changes.",
                            "Each group with money or a room checks, with its members, that people are supported, growing and included.",
                        ],
                    },
                    {
                        "heading": "6. Talking it over",
                        "text": (
                            "Sit down together after the walk. Take turns, and let each person finish before anyone "
                            "responds."
                        ),
                        "kind": "questions",
                        "items": [
                            "What surprised you? What did you see differently from others in the group?",
                            "Where did you feel most hopeful, and where least? Why?",
                            "If you arrived here for the first time on a bad day, what would help you come back next week?",
                            "What does this place do well that we must keep, whatever else changes?",
                            "What is decided by staff here that members could decide, or that we could decide together?",
                            "Who is missing from this service, or from this walk-through, and how could we hear from them?",
                        ],
                    },
                    {
                        "heading": "7. Three things we will change",
                        "text": (
                            "Choose small changes you can make soon. For each one, write what will change, who will "
                            "do it (ideally a member of staff and a person who uses the service together), and by "
                            "when."
                        ),
                        "kind": "write-in",
                        "items": [
                            "Change 1: what, who, by when",
                            "Change 2: what, who, by when",
                            "Change 3: what, who, by when",
                            "When we will walk round again, and who will arrange it",
                        ],
                    },
                ],
                "closing": (
                    "Thank everyone who took part, and tell the whole service what you noticed and what you agreed. "
                    "When you walk round again in three to six months, start with your three changes: what "
                    "happened, what got in the way, and what you learned. Small changes count. A warmer welcome, a "
                    "group that keeps going when someone leaves, a key in a member’s pocket: each one makes the "
                    "place a little more hopeful for everyone in it."
                ),
            },
        },
    ],
}
