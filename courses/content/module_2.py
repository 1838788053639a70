MODULE = {
    "slug": "deep-acceptance-while-supporting-change",
    "title": "Deep acceptance while supporting change",
    "summary": "Being known as a whole person, staying ambitious for people without pushing, being alongside someone when things are hard, and valuing small steps.",
    "theme": "deep-acceptance",
    "intro": (
        "<p>This module is about two things that belong together: accepting people fully as they are, and "
        "believing that things can change. Services sometimes manage one without the other. They can be warm and "
        "welcoming but expect nothing new to happen. Or they can push for change without really knowing or "
        "accepting the person in front of them. Neither helps for long.</p>"
        "<p>Across four lessons we look at being known as a whole person rather than a case; at staying hopeful "
        "and ambitious for everyone, including people who have used a service for many years, without pushing; at "
        "being calmly alongside someone when things get too much in ordinary places like a café or a library; and "
        "at noticing the small wins that never show up in any report.</p>"
        "<p>It is written for everyone in the group — staff, people who use services and carers — reading side by "
        "side. Most of us have been both the one offering acceptance and the one hoping for it. Bring your own "
        "experience, share only what you want to, and take your time.</p>"
        "<p>The take-away tool is a “What helps me when things get too much” plan. It is written together, with "
        "someone the person chooses, and it belongs to the person whose plan it is.</p>"
    ),
    "estimated_minutes": 145,
    "content_note": (
        "This module talks about distress, including someone feeling very unsettled or acting in unusual ways in a "
        "public place (mostly in lesson 3). There is a note before that part, so you can skip it or come back to it "
        "when it suits you."
    ),
    "lessons": [
        # ------------------------------------------------------------------ Lesson 1
        {
            "slug": "accepting-the-whole-person",
            "title": "Accepting the whole person",
            "summary": (
                "Everyone is more than a diagnosis, a file or a job title. This lesson looks at being known as a "
                "person, not a case. It shows how curiosity can take the place of labels."
            ),
            "estimated_minutes": 35,
            "body": [
                (
                    "text",
                    "<p>Most of us know what it is like to be seen as just one thing. The new starter. The difficult "
                    "parent. The one with the diagnosis. It is tiring, and it is lonely, because the rest of you goes "
                    "unseen.</p>"
                    "<p>In mental-health services this can happen in a particular way. A person becomes a case: a "
                    "file, a diagnosis, a risk level, a list of past incidents, a number of sessions attended. Staff "
                    "can feel it too, when they are seen only as a job title or as “the system”. This lesson is about "
                    "the opposite: being known, and knowing each other, as whole people.</p>",
                ),
                ("heading", "A person, not a case"),
                (
                    "text",
                    "<p>Records and assessments have their place. They help people get the right support and stop "
                    "important things being forgotten. But a file describes someone from one angle, at one time, "
                    "through one person’s eyes. It is a small part of a life, and usually the hardest part.</p>"
                    "<p>Here is an example. A man’s notes say he is “disengaged” and has “poor motivation”. He has "
                    "stopped coming to groups. When someone sits down with him over a cup of tea and asks about his "
                    "week, a different picture appears. He walks his sister’s dog at six every morning. He knows every "
                    "bus route in the city by heart. He stopped coming to groups because the room is next to the "
                    "kitchen, and the clatter and the smell of frying make it hard for him to think. He is not "
                    "unmotivated. The room was wrong.</p>"
                    "<p>Nothing in his file was false. It just was not the whole truth, and it pointed everyone "
                    "towards the wrong answer. Once people knew more of him, the answer was simple: a quieter room, "
                    "and a group that meets on the days he is not out early with the dog.</p>",
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "For years I was “the one who kicks off in the waiting room”. Then a new worker asked me "
                            "what the waiting room was like for me. It was the clock. It ticked so loudly I couldn’t "
                            "think. They took the battery out, and that was that."
                        ),
                        "attribution": "A man who has used day services for nine years",
                    },
                ),
                ("heading", "What acceptance is, and what it is not"),
                (
                    "text",
                    "<p>Deep acceptance starts from a simple message: you are welcome here as you are, today. Not when "
                    "you are better. Not once you have changed. Now.</p>"
                    "<p>Acceptance does not mean agreeing with everything a person does, or pretending that nothing is "
                    "hard. You can accept someone fully and still say, “I’m not OK with being shouted at.” The person "
                    "is accepted; a particular action may not be. Keeping those two apart is one of the most useful "
                    "habits anyone can learn, at work or at home.</p>"
                    "<p>Acceptance is also different from putting up with someone. People can tell when they are being "
                    "tolerated — the sigh, the glance at the clock, being talked over. Being accepted feels like being "
                    "expected, wanted, and missed when you are not there.</p>"
                    "<p>In a mixed group, acceptance goes in every direction. People who use services can offer it to "
                    "staff, who also have bad days, doubts and lives outside work. Carers need it too. Nobody in the "
                    "room is only their role.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-whole-1",
                        "question": (
                            "When have you felt known as a whole person — by a service, a workplace, a neighbour or "
                            "anyone else? What did they do that made the difference?"
                        ),
                        "guidance": (
                            "Think of one moment rather than a whole relationship. Small details, like being remembered "
                            "or asked about something ordinary, are worth writing down."
                        ),
                    },
                ),
                ("heading", "Curiosity instead of categories"),
                (
                    "text",
                    "<p>Categories answer questions before anyone has asked them. Once we have decided someone is “a "
                    "frequent attender”, “a complex case” or “a jobsworth”, we stop looking. Curiosity keeps the "
                    "questions open.</p>"
                    "<p>Being curious is not the same as asking lots of questions, and it is never a reason to dig into "
                    "someone’s painful history. Many people who use services have told their story again and again, to "
                    "person after person, and are worn out by it. Curiosity means being interested in the whole person, "
                    "including the ordinary, good and surprising parts, and letting them choose what to share.</p>"
                    "<p>Some questions that open things up:</p>"
                    "<ul>"
                    "<li>What does a good day look like for you?</li>"
                    "<li>What are you good at that people here might not know about?</li>"
                    "<li>What did you enjoy doing when you were younger?</li>"
                    "<li>What matters most to you at the moment?</li>"
                    "<li>Is there anything you’d like me to know about how you like to be supported?</li>"
                    "</ul>"
                    "<p>Compare “What’s wrong with you?” with “What has happened, and what matters to you now?” The "
                    "first looks for a fault. The second makes room for a person.</p>"
                    "<p>Curiosity also helps with behaviour that puzzles us. Before asking “How do we stop this?”, try "
                    "“What might this be doing for them?” Someone who always sits by the door may not be “avoidant”; "
                    "they may just like knowing they can leave. Someone who arrives an hour early may simply have "
                    "nowhere warm to be.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "tip",
                        "title": "Not having to tell your story again",
                        "text": (
                            "<p>A short “about me” page, written by the person in their own words, can save them from "
                            "repeating themselves to every new face. They decide what goes in it, who sees it and when "
                            "it is updated. Anyone can offer: “Would it help to write down what you’d like new people to "
                            "know, so you don’t have to say it all again?”</p>"
                        ),
                    },
                ),
                ("heading", "Small habits that say “I see you”"),
                (
                    "text",
                    "<p>Being known as a whole person is mostly built from small, everyday things:</p>"
                    "<ul>"
                    "<li>Using the name a person prefers, and saying it right.</li>"
                    "<li>Remembering what they told you last time — the hospital appointment, the grandchild’s "
                    "birthday, the football result — and asking how it went.</li>"
                    "<li>Talking to the person, not about them, even when someone else in the room is asking the "
                    "questions.</li>"
                    "<li>Writing notes as if the person will read them. People can usually ask to see what is written "
                    "about them, and many do.</li>"
                    "<li>Noticing when you describe someone only by their behaviour, and adding what you know of them "
                    "as a person.</li>"
                    "</ul>"
                    "<p>If you use services, you can help shape this too. You can tell people what you would like to be "
                    "known for. You can ask what has been written about you, and say if something feels unfair or out "
                    "of date. You can notice the person behind the lanyard. Being known is something we do for each "
                    "other.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-whole-2",
                        "question": (
                            "What would you most like people to know about you that has nothing to do with your job "
                            "title, your diagnosis or your role in this group?"
                        ),
                        "guidance": (
                            "This is for you; you don’t have to share it. You might write about a skill, an interest, "
                            "someone you care about, or something you are quietly proud of."
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "Three things that aren’t in the file",
                        "instructions": (
                            "<p>This works best in mixed pairs: if you can, pair someone who works in services with "
                            "someone who uses them or cares for someone who does.</p>"
                            "<ol>"
                            "<li>On your own, jot down three things about you that no form has ever asked. A skill, "
                            "something you love, something that makes you laugh. Only choose things you are happy to "
                            "share. (3 minutes)</li>"
                            "<li>In your pairs, take turns to share your three things. The listener asks one curious "
                            "question about each — out of interest, not about problems. (8 minutes)</li>"
                            "<li>Back in the whole group, the facilitators write up some words often used to describe "
                            "people in services or in notes, such as “non-compliant”, “attention-seeking” or "
                            "“difficult”. Add any the group suggests. (4 minutes)</li>"
                            "<li>In your pairs, pick one and rewrite it as a curious, respectful description of what "
                            "might really be going on. For example, “attention-seeking” might become “trying hard to "
                            "get help and not yet finding a way in that works”. (5 minutes)</li>"
                            "<li>Share a few rewrites with the whole group. What did you notice? (5 minutes)</li>"
                            "</ol>"
                            "<p>Nobody has to share anything personal. Passing is always fine.</p>"
                        ),
                        "minutes": 25,
                        "setting": "live",
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": (
                            "Ask one person a curious question about something ordinary in their life, and really "
                            "listen to the answer."
                        ),
                        "detail": (
                            "It could be a colleague, someone at your group, a neighbour or a family member. Ask about "
                            "something that isn’t a problem — a hobby, a good day, a place they love. Notice what you "
                            "learn, and how it feels if they ask you something back."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Seeing the whole person",
            "easy_read": [
                (
                    "person",
                    "<p>You are more than a diagnosis.</p><p>You are more than a file.</p><p>Everyone has a whole life. Likes. Skills. People they love. Hopes.</p>",
                ),
                ("welcome", "<p>Acceptance means: you are welcome as you are, today.</p>"),
                (
                    "no",
                    "<p>It does not mean everything a person does is OK.</p><p>We can accept a person and still say no to shouting.</p>",
                ),
                ("people", "<p>Staff are whole people too.</p>"),
                (
                    "idea",
                    "<p>Labels can stop us seeing people.</p><p>Curiosity helps us see more.</p><p>Curiosity means being interested in someone.</p>",
                ),
                (
                    "question",
                    "<p>Good questions can be about ordinary things.</p><p>What is a good day for you?</p><p>What are you good at?</p><p>What matters to you?</p>",
                ),
                (
                    "private",
                    "<p>You do not have to tell your story again and again.</p><p>You choose what to share.</p>",
                ),
                (
                    "listen",
                    "<p>Small things show we see someone.</p><p>Using their name.</p><p>Remembering what they told us.</p><p>Talking to them, not about them.</p>",
                ),
                ("talk", "<p>This week, ask someone one question about their life.</p><p>Listen to the answer.</p>"),
            ],
        },
        # ------------------------------------------------------------------ Lesson 2
        {
            "slug": "holding-acceptance-and-ambition-together",
            "title": "Holding acceptance and ambition together",
            "summary": (
                "You can accept someone as they are and still believe things can change. This lesson looks at "
                "staying hopeful and ambitious for everyone, without pushing. That includes people who have used a "
                "service for many years."
            ),
            "estimated_minutes": 35,
            "body": [
                (
                    "text",
                    "<p>Two ideas can seem to pull against each other. One says: you are welcome as you are. The other "
                    "says: things could be different, and better. This lesson is about holding both at once.</p>"
                    "<p>Services often slip into one or the other. Acceptance without ambition can turn into just "
                    "keeping things ticking over. It is kind and comfortable, but nobody expects anything to change, "
                    "and after a while nobody asks. Ambition without acceptance turns into pressure: targets, move-on "
                    "dates and a steady drip of “you should”. Neither helps much. Together, they sound like this: "
                    "“You’re fine as you are — and if you want more, I’ll back you.”</p>",
                ),
                ("heading", "Fifteen years at the same centre"),
                (
                    "text",
                    "<p>Imagine a woman who has come to the same day centre every Tuesday and Thursday for fifteen "
                    "years. She knows everyone. She helps set out the chairs. Her yearly review says the same thing "
                    "each time: “settled, attends regularly, no concerns”. Everyone likes her. Nobody has asked her, in "
                    "a long time, what she would like next.</p>"
                    "<p>Low expectations can look a lot like kindness. “She’s happy as she is” may be true. It may also "
                    "be something we tell ourselves because asking feels risky, or because nobody has had the time.</p>"
                    "<p>One afternoon a new worker asks her, “Is there anything you’d like to do — not instead of "
                    "coming here, but as well?” She is quiet for a while. Then she says she used to sing in a church "
                    "choir, years ago, before she became unwell.</p>"
                    "<p>What happens next is slow. She finds out when a local community choir meets. Weeks later she "
                    "goes to listen, with a peer supporter from the centre. A month after that, she sings. Some weeks "
                    "she doesn’t go. She still comes to the centre on Tuesdays and Thursdays. Nothing was taken away; "
                    "something was added.</p>"
                    "<p>Notice the words “not instead of”. For many people who have used a service for years, being "
                    "asked about “next steps” sounds like being shown the door. Fear of losing a place that feels safe "
                    "is a very good reason to say “I’m fine”. Ambition only feels safe when the answer will not cost "
                    "someone the support they rely on.</p>",
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "Nobody had asked me what I wanted for years. I didn’t have an answer at first. But being "
                            "asked made me feel I still had a future worth asking about."
                        ),
                        "attribution": "A woman who has used the same day centre for many years",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-ambition-1",
                        "question": (
                            "Think of a time someone encouraged you and a time someone pressured you. What felt "
                            "different, and what did you do next?"
                        ),
                        "guidance": (
                            "It might be about work, health, family or learning. Notice who held the choice each time, "
                            "and what would have happened if you had said no."
                        ),
                    },
                ),
                ("heading", "Encouraging or pressuring?"),
                (
                    "text",
                    "<p>Encouragement and pressure can use almost the same words. The difference is in who holds the "
                    "choice, and what happens if the answer is no.</p>"
                    "<p><b>Encouraging</b> sounds like an offer. The choice stays with the person. Saying no is safe "
                    "and changes nothing about how they are treated. The step is a size that suits them, and support "
                    "is offered, not imposed.</p>"
                    "<p><b>Pressuring</b> sounds like an instruction. The choice sits with someone else. Saying no has "
                    "a cost — being called “unmotivated”, losing a place, disappointing someone. The pace suits the "
                    "service, the funding or the family, not the person.</p>"
                    "<p>Listen for the difference between “you should” and “would you like to try”:</p>"
                    "<ul>"
                    "<li>“You should go to the gym” becomes “Would you like to try the gym? I could come with you the "
                    "first time.”</li>"
                    "<li>“You need to get out more” becomes “Is there anywhere you’ve been meaning to go?”</li>"
                    "<li>“It’s time you moved on from here” becomes “What would you like more of in your week?”</li>"
                    "</ul>"
                    "<p>Pressure does not only come from staff. It comes from family, from funders, from benefit "
                    "rules, and from inside our own heads. Staff are under pressure too, from targets and waiting "
                    "lists. It is more honest to name that pressure openly than to pass it on dressed up as "
                    "encouragement.</p>"
                    "<p>Encouragement often needs something practical alongside it. “Would you like to try the choir?” "
                    "is an offer. “I’ll find out the times, and one of us can come with you the first week” makes it "
                    "possible. Look for the smallest first step: reading about it together, walking past the building, "
                    "going once just to watch. Small steps leave plenty of room to stop without it feeling like "
                    "failure.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "“No” and “not yet” are real answers",
                        "text": (
                            "<p>If someone says no, believe them. Don’t ask again the same day, or next week in a "
                            "slightly different way. Leave the door open — “If you ever change your mind, I’d be glad to "
                            "help” — and trust that the relationship matters more than the answer.</p>"
                        ),
                    },
                ),
                ("heading", "Whose ambition is it?"),
                (
                    "text",
                    "<p>The ambition belongs to the person, not to the service and not to the people who care about "
                    "them. It might be big, like going back to college or finding paid work. It might look small from "
                    "the outside: cooking a meal for a friend, sleeping through the night, going to a grandchild’s "
                    "school play, getting a dog.</p>"
                    "<p>Sometimes a hope sounds out of reach. Instead of steering someone towards something “more "
                    "realistic”, get curious. Someone who says they want to be a pilot might love the idea of travel, "
                    "or freedom, or being skilled at something difficult. There may be a first step hidden in there — "
                    "an open day at a local airfield, a flight simulator club, a library book. Don’t decide in advance "
                    "what a person can manage.</p>"
                    "<p>There are also times when someone cannot feel any hope at all. Then the people around them can "
                    "hold it for a while: “I still believe things can get better for you. You don’t have to believe it "
                    "right now.” Holding hope for someone is different from holding their plan. The hope can be ours "
                    "to carry for a time; the choices stay theirs.</p>"
                    "<p>Ambitions change, too. Someone who once wanted paid work may now want something else, and that "
                    "is not giving up. Checking in every so often — “Is this still what you want?” — keeps the ambition "
                    "theirs rather than a line in a plan nobody reads.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-ambition-2",
                        "question": (
                            "Is there something you would like more of in your life or your work that nobody has asked "
                            "you about for a long time?"
                        ),
                        "guidance": (
                            "It can be small. Write it down without judging whether it is realistic, then ask yourself "
                            "what one first step might look like."
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "From “you should” to “would you like to”",
                        "instructions": (
                            "<ol>"
                            "<li>As a whole group, collect “should” sentences people have heard or said — at home, at "
                            "work, in services. For example: “You should get a job”, “You should be over it by now”, "
                            "“You should be more positive”. The facilitators write them up. (5 minutes)</li>"
                            "<li>In small mixed groups, choose two or three and turn each one into an offer that leaves "
                            "the choice with the person. Add what support you might offer alongside it. (8 minutes)</li>"
                            "<li>Each group reads out one before-and-after. Talk together: how does each version feel "
                            "to hear? What would make it easy to say no? (7 minutes)</li>"
                            "</ol>"
                            "<p>Staff are welcome to include “shoulds” they hear from managers or funders. Everyone gets "
                            "them.</p>"
                        ),
                        "minutes": 20,
                        "setting": "live",
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": (
                            "Listen for “you should” this week — said by you, to you and around you — and turn one into "
                            "a question."
                        ),
                        "detail": (
                            "You don’t need to catch every one. Choose one moment and try “Would you like to…?” or "
                            "“What would help?” instead. Notice whether the conversation changes."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Accepting you, and believing in you",
            "easy_read": [
                (
                    "heart",
                    "<p>We can accept someone as they are.</p><p>We can also believe things can get better.</p><p>Both matter at the same time.</p>",
                ),
                (
                    "question",
                    "<p>Some people go to the same service for many years.</p><p>They still deserve to be asked: what would you like next?</p><p>Trying something new does not mean losing what you have.</p>",
                ),
                (
                    "talk",
                    "<p>Encouraging is different from pressure.</p><p>Encouraging is an offer. You choose.</p><p>Pressure is an order. Someone else chooses.</p><p>Try saying “Would you like to try…?”</p><p>Try not to say “You should…”.</p>",
                ),
                (
                    "no",
                    "<p>“No” is a real answer.</p><p>“Not yet” is a real answer too.</p><p>Saying no should not change how you are treated.</p>",
                ),
                (
                    "steps",
                    "<p>Your hopes belong to you.</p><p>They can be big or small.</p><p>If a hope seems far away, look for a small first step.</p>",
                ),
                (
                    "hope",
                    "<p>Sometimes you cannot feel any hope.</p><p>Other people can hold hope for you for a while.</p><p>The choices stay yours.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ Lesson 3
        {
            "slug": "alongside-someone-when-things-are-hard",
            "title": "Alongside someone when things are hard",
            "summary": (
                "Sometimes, out in the world, things become too much. This lesson is about staying calm and "
                "giving space when someone feels unsettled. It is also about being alongside them, and agreeing "
                "beforehand what helps."
            ),
            "estimated_minutes": 45,
            "body": [
                (
                    "text",
                    "<p>A lot of support happens in ordinary places: a café, a bus, a supermarket, a library, a park, "
                    "a football ground. Most of the time these trips go fine. Sometimes things become too much. It "
                    "might be noise or crowds, a memory that comes back, an unkind comment, tiredness, voices, panic, "
                    "or something nobody can name.</p>"
                    "<p>This lesson is for anyone who goes out with someone else — staff, peer supporters, volunteers, "
                    "friends and family — and for anyone who is sometimes the person things get too much for. Many of "
                    "us are both. It is about ordinary, human, good support. It is not crisis care, and it does not "
                    "replace any training your organisation provides.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "important",
                        "title": "If someone is in danger",
                        "text": (
                            "<p>If anyone is at risk of serious harm or needs urgent help, contact emergency services "
                            "or your local urgent mental-health help straight away. The <b>Need support now?</b> page on "
                            "this site lists where to get help. If you are staff, follow your organisation’s policies "
                            "too.</p>"
                        ),
                    },
                ),
                ("heading", "Agreeing beforehand"),
                (
                    "text",
                    "<p>The best time to think about a hard moment is when things are calm. Before going somewhere, or "
                    "on a quiet day well before, sit down together and talk about what might help. It can feel awkward "
                    "to plan for something that may never happen. Most people find it a relief.</p>"
                    "<p>Useful questions to talk through:</p>"
                    "<ul>"
                    "<li>What does it look like when things are starting to get too much for you? What might I notice "
                    "first?</li>"
                    "<li>What usually helps? What definitely doesn’t?</li>"
                    "<li>How will you let me know — a word, a look, a signal?</li>"
                    "<li>Where could we go for a break?</li>"
                    "<li>Would you like me to say anything to other people, or nothing at all?</li>"
                    "<li>If you want to leave, how will you get home?</li>"
                    "</ul>"
                    "<p>Here is an example. A woman wants to go back to a café she used to love, but busy places make "
                    "her feel on edge. With her support worker she agrees a few things. They will go at a quieter time "
                    "and sit near the door, with her back to the wall. If she taps the table twice, it means “I need "
                    "some air”. She goes outside; he stays with the coats and the drinks. After ten minutes he sends a "
                    "thumbs-up text, nothing more. She comes back in, or replies “home”, and they leave without any "
                    "fuss. If anyone stares, he will not explain anything about her to strangers.</p>"
                    "<p>Notice how specific that is. “Give me space” is a good start; “Stand a few steps away where I "
                    "can still see you” is clearer, and easier to remember when things are hard. Short, plain "
                    "agreements work better than long ones.</p>"
                    "<p>The agreement is hers, in her words, and it can change any time. The take-away tool for this "
                    "module is a plan for exactly this kind of conversation.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-alongside-1",
                        "question": (
                            "When things get too much for you — at home, at work or out and about — what do you most "
                            "want from the people around you?"
                        ),
                        "guidance": (
                            "Think about small, practical things: where you’d like them to be, what you’d like them to "
                            "say, and what you’d rather they didn’t do. This could be the start of your own plan."
                        ),
                    },
                ),
                ("heading", "When things get too much"),
                (
                    "content_note",
                    {
                        "about": (
                            "The next part describes someone becoming very distressed in a public place, including "
                            "shouting, pacing and believing that people nearby are talking about him."
                        ),
                        "alternative": (
                            "You can skip ahead to the part headed “After things settle” and come back to this another "
                            "time, or read it with someone you trust."
                        ),
                        "skip_to": "After things settle",
                    },
                ),
                (
                    "text",
                    "<p>Picture a man at the library with someone supporting him. Gradually he becomes sure that the "
                    "people at the next table are talking about him. He stands up, speaks loudly and starts pacing. "
                    "Other people look up. The person with him feels their face go hot.</p>"
                    "<p>There is no script for moments like this, but some things tend to help:</p>"
                    "<ul>"
                    "<li><b>Start with yourself.</b> Slow your own breathing. Lower your voice and slow it down. Use "
                    "fewer words. Calm spreads, and so does alarm.</li>"
                    "<li><b>Give space.</b> Don’t crowd or stand face-on. Stand a little to the side. Don’t touch "
                    "unless that has been agreed.</li>"
                    "<li><b>Don’t argue with what someone is experiencing.</b> You don’t have to agree that people are "
                    "talking about him. You can say what you see: “This feels really frightening. I’m here with "
                    "you.”</li>"
                    "<li><b>Offer small, simple choices.</b> “Shall we step outside, or sit here for a minute?” Choices "
                    "give back a little control.</li>"
                    "<li><b>Use what you agreed.</b> This is what the plan is for.</li>"
                    "<li><b>Keep it brief with others.</b> If library staff come over, a calm “We’re OK, we just need "
                    "a minute” is usually enough. Share nothing personal.</li>"
                    "</ul>"
                    "<p>Two more things are worth saying. First, unusual is not the same as dangerous. Talking back to "
                    "voices, rocking, pacing or wearing headphones indoors can look odd to strangers, yet may be "
                    "exactly how someone is coping. Our job is not to make a person look “normal” for other people’s "
                    "comfort.</p>"
                    "<p>Second, notice your own feelings. Embarrassment, fear and the urge to fix things fast are very "
                    "human. Notice them, breathe, and try not to act from them.</p>",
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "The most helpful thing my support worker ever did was almost nothing. She sat on the wall "
                            "next to me and waited. She didn’t fill the silence. When I was ready, she asked if I wanted "
                            "some water."
                        ),
                        "attribution": "A peer trainer with lived experience",
                    },
                ),
                ("heading", "After things settle"),
                (
                    "text",
                    "<p>Once the moment has passed, resist the urge to go over it straight away. Ask something simple: "
                    "“Do you want to head home, carry on, or sit for a bit?” Then follow the person’s lead.</p>"
                    "<p>A day or two later, if they would like to, look back together gently. What helped? What "
                    "didn’t? Is there anything to add to the plan, or cross out? Keep it free of blame. A hard moment "
                    "is not a failure, and it is not a reason to stop going out — unless the person decides it "
                    "is.</p>"
                    "<p>Some people find it helps to go back to the same place fairly soon, with the same agreement, so "
                    "that one hard afternoon does not grow into a fear of the whole place. Others would rather try "
                    "somewhere quieter for a while. Both are fine. Talk it through, and let the person choose.</p>"
                    "<p>The supporter may need a chance to talk too. Staff can use supervision or a trusted colleague. "
                    "Friends and family deserve support as well. Looking after yourself is part of being able to be "
                    "alongside someone next time.</p>",
                ),
                ("take_away_tool", {"tool": "what-helps-me-when-things-get-too-much"}),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-alongside-2",
                        "question": (
                            "What happens inside you when someone near you acts in a way that draws stares in a public "
                            "place? How might that affect what you do?"
                        ),
                        "guidance": (
                            "There are no wrong feelings here. Embarrassment, worry, protectiveness and wanting to help "
                            "are all common, and noticing them is the first step to not being driven by them."
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "An agreement for an ordinary outing",
                        "instructions": (
                            "<p>In pairs or threes, ideally mixed, choose an ordinary place: a café, a bus, a "
                            "supermarket, a library, a park, a match. Plan for an invented person, or for yourself if "
                            "you are comfortable. Nobody needs to share personal details.</p>"
                            "<ol>"
                            "<li>Talk through what might feel like too much in that place. (5 minutes)</li>"
                            "<li>Using the questions under “Agreeing beforehand”, sketch what you would agree before "
                            "going: a signal, where to sit, where to take a break, what to say (or not say) to others, "
                            "how to get home. (12 minutes)</li>"
                            "<li>Share with the whole group one idea you had not thought of before. (8 minutes)</li>"
                            "</ol>"
                            "<p>Please don’t act out distress or role-play a hard moment. It can stir up difficult "
                            "memories, and talking it through is enough.</p>"
                        ),
                        "minutes": 25,
                        "setting": "live",
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": (
                            "Start your own “What helps me when things get too much” plan, even if it is just one line."
                        ),
                        "detail": (
                            "Everyone has times when things get too much, staff included. Download the plan, decide "
                            "whether to fill it in alone or with someone you trust, and write one thing under “What "
                            "helps me”. You can add more whenever you like."
                        ),
                    },
                ),
            ],
            "easy_read_title": "When things get too much",
            "easy_read": [
                (
                    "person",
                    "<p>Sometimes, when we are out, things get too much.</p><p>It might be noise, crowds or a bad memory.</p>",
                ),
                (
                    "write",
                    "<p>It helps to plan when things are calm.</p><p>Talk about what helps you.</p><p>Talk about what does not help.</p>",
                ),
                ("talk", "<p>Agree a signal, like tapping the table.</p><p>Agree where you can go for a break.</p>"),
                (
                    "help",
                    "<p>If things get too much, the person with you can:</p><ul><li>stay calm</li><li>speak slowly and quietly</li><li>give you space</li><li>offer simple choices</li><li>do what you agreed</li></ul>",
                ),
                ("person", "<p>Acting in an unusual way is not the same as being dangerous.</p>"),
                ("tea", "<p>Afterwards, take it slowly.</p><p>Later, you can talk about what helped.</p>"),
                (
                    "private",
                    "<p>You can change your plan any time.</p><p>The plan belongs to you.</p><p>You choose who sees it.</p>",
                ),
                (
                    "help",
                    "<p>If someone is in danger, get urgent help straight away.</p><p>Look at the “Need support now?” page on this site.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ Lesson 4
        {
            "slug": "small-steps-count",
            "title": "Small steps count",
            "summary": (
                "Many changes that matter most are too small to show up in any report. This lesson is about "
                "noticing, naming and valuing them — for ourselves and for each other."
            ),
            "estimated_minutes": 30,
            "body": [
                (
                    "text",
                    "<p>Services count things. How many people came. How many sessions someone attended. How many moved "
                    "into work or were discharged. Scores on questionnaires. Numbers have their uses: they help win "
                    "funding and show patterns. But many of the changes that matter most never appear in them.</p>"
                    "<p>Someone answered the door to the postman for the first time in months. Someone said “no” to a "
                    "friend, and it went fine. Someone laughed out loud in a group. Someone made a cup of tea for a "
                    "newcomer. Someone caught the bus for two stops on their own. A member of staff stayed calm in a "
                    "meeting that used to rattle them. None of these will appear in a report. All of them are "
                    "real.</p>",
                ),
                ("heading", "What counts as a win?"),
                (
                    "text",
                    "<p>A small win is anything that matters to the person, measured against their own yesterday, not "
                    "against anyone else. The same step can be huge for one person and nothing much for another. "
                    "Getting up, showering and opening the curtains on a bad day is a win. So is making the phone call "
                    "you have been putting off for weeks.</p>"
                    "<p>Wins come in different shapes. Doing something for the first time. Doing something again that "
                    "used to be easy. Doing an old thing in a new way, such as asking for help sooner than last time. "
                    "All of them count.</p>"
                    "<p>Some wins are about holding steady rather than moving forward. Getting through a hard winter "
                    "without things falling apart is a win. Some even look like stepping back: cancelling a plan "
                    "because you are worn out, and resting instead, can be a sign that you are looking after yourself "
                    "well.</p>"
                    "<p>The person decides what counts. A step that looks like progress to a worker or a parent may "
                    "feel like nothing, or like pressure, to the person who took it. A step nobody else noticed may "
                    "feel enormous. When in doubt, ask: “How was that for you?”</p>",
                ),
                (
                    "voice",
                    {
                        "quote": (
                            "On paper I attended forty per cent of sessions. What the paper doesn’t say is that a year "
                            "before, I couldn’t leave my flat. Forty per cent was the bravest number of my life."
                        ),
                        "attribution": "A member of a community art group",
                    },
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-steps-1",
                        "question": (
                            "What is one small thing you did in the past month that nobody else noticed, but that "
                            "mattered to you?"
                        ),
                        "guidance": (
                            "Measure it against your own yesterday, not anyone else’s. If it took courage, patience or "
                            "effort, it counts."
                        ),
                    },
                ),
                ("heading", "Noticing is a skill"),
                (
                    "text",
                    "<p>Most of us notice problems more easily than progress. Worry grabs our attention; quiet "
                    "improvement slips past. Noticing small wins takes practice, and it does get easier.</p>"
                    "<p>Some ways to practise:</p>"
                    "<ul>"
                    "<li>At the end of a session or a day, name one thing that went well. Just one.</li>"
                    "<li>Be specific. “I noticed you ordered for both of us today” means more than “well done”.</li>"
                    "<li>Speak as one adult to another. Over-the-top praise for something ordinary can feel "
                    "patronising. A plain, warm comment lands better.</li>"
                    "<li>Ask before assuming. “That seemed like a big step — was it?” lets the person say yes, no, or "
                    "“not really”.</li>"
                    "<li>Notice your own wins too. Staff and carers rarely do.</li>"
                    "<li>Write it down. On a bad day, memory tends to forget the good weeks. A few lines written at the "
                    "time, in a notebook, on your phone or in your journal here, will be there to read when things "
                    "feel stuck.</li>"
                    "</ul>"
                    "<p>Noticing works in every direction. People who use services often spot things that staff miss, "
                    "about each other and about staff. A group that gets into the habit of noticing each other becomes "
                    "a more hopeful place to be.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Small wins on Colearn",
                        "text": (
                            "<p>Your journal has a place to note small wins. There are no streaks, scores or reminders "
                            "telling you off. What you write is private unless you choose to share it. Missing a day, or "
                            "a month, is fine.</p>"
                        ),
                    },
                ),
                ("heading", "Marking wins, quietly or out loud"),
                (
                    "text",
                    "<p>People differ in how they like their wins to be marked. Some love a cheer from the group. "
                    "Others would rather sink through the floor. Ask, or agree it together as a group.</p>"
                    "<p>A few ideas groups have used:</p>"
                    "<ul>"
                    "<li>A short round at the start of a session: “one thing from this week, however small”. Anyone "
                    "can pass.</li>"
                    "<li>A jar or a board where people can leave a note about a win, with or without their name.</li>"
                    "<li>A quiet word afterwards, rather than in front of everyone.</li>"
                    "<li>Looking back together every few months at how far things have come, using the person’s own "
                    "notes.</li>"
                    "</ul>"
                    "<p>Never share someone’s win with other people — family, colleagues, the wider group — without "
                    "checking first. A win is part of someone’s story, and their story is theirs to tell.</p>",
                ),
                ("heading", "Small wins and the bigger picture"),
                (
                    "text",
                    "<p>Small wins matter for more than a good feeling. They build confidence, one piece at a time. "
                    "They are the actual steps that bigger changes are made of. And when hope is thin, they are "
                    "evidence that change is possible.</p>"
                    "<p>Teams can make room for them. Start a review by asking the person what has gone well, in their "
                    "own words, before anything else. Collect short stories alongside the numbers, with people’s "
                    "permission, and share them with managers and funders. Many people who decide where money goes "
                    "want to hear them, and a good story often explains a number better than a chart.</p>"
                    "<p>Two cautions. First, a setback does not wipe out what came before. If someone took the bus for "
                    "two stops in spring and cannot face it in autumn, the spring still happened, and it is still there "
                    "to build on. Second, don’t turn a small win into a new target. “Two stops this week, so four next "
                    "week” is the pressure from the last lesson sneaking back in. Let the person choose the next step, "
                    "if there is one. Sometimes the next step is simply to enjoy the one they have taken.</p>",
                ),
                (
                    "reflection_prompt",
                    {
                        "key": "m2-steps-2",
                        "question": (
                            "Which small changes does your service, team, group or family never count? How could they "
                            "be noticed and valued?"
                        ),
                        "guidance": (
                            "Think of one real example if you can, without naming anyone. Then think of one simple, "
                            "respectful way it could be marked."
                        ),
                    },
                ),
                (
                    "activity",
                    {
                        "title": "The wins nobody counts",
                        "instructions": (
                            "<ol>"
                            "<li>Everyone writes two or three small wins on sticky notes or slips of paper: ones you "
                            "have had, or ones you have seen. Leave out names and anything that could identify someone "
                            "else. (4 minutes)</li>"
                            "<li>Put them all up together. Read them as a group and sort them into loose groups — for "
                            "example confidence, connection, looking after yourself, trying something new. "
                            "(6 minutes)</li>"
                            "<li>Ask: which of these would show up in our service’s reports or reviews? Which wouldn’t? "
                            "(4 minutes)</li>"
                            "<li>Agree one small way this group, team or service could notice these wins more often. "
                            "(6 minutes)</li>"
                            "</ol>"
                            "<p>If you are meeting online, a shared document or the chat works just as well as sticky "
                            "notes.</p>"
                        ),
                        "minutes": 20,
                        "setting": "live",
                    },
                ),
                (
                    "try_this_week",
                    {
                        "action": "Each evening, write down one small thing that went well — yours or someone else’s.",
                        "detail": (
                            "You can use the small wins space in your journal or a scrap of paper. Skipping a day "
                            "doesn’t matter; there is nothing to keep up. At the end of the week, read them back."
                        ),
                    },
                ),
            ],
            "easy_read_title": "Small steps count",
            "easy_read": [
                (
                    "steps",
                    "<p>Small steps count.</p><p>Many good changes are small.</p><p>They do not show up in reports.</p><p>They still matter.</p>",
                ),
                (
                    "yes",
                    "<p>A small win is anything that matters to you.</p><p>Answering the door can be a win.</p><p>Getting on a bus can be a win.</p><p>Resting when you are tired can be a win.</p><p>You decide what counts.</p>",
                ),
                ("person", "<p>Compare yourself with your own yesterday, not with other people.</p>"),
                (
                    "idea",
                    "<p>Noticing wins takes practice.</p><p>Try to notice one good thing each day.</p><p>Say what you noticed, plainly and kindly.</p>",
                ),
                ("talk", "<p>Ask before you tell other people about someone’s win.</p>"),
                (
                    "hope",
                    "<p>A bad week does not wipe out the good steps.</p><p>A small win should not become a new target.</p>",
                ),
                (
                    "write",
                    "<p>You can write your wins in your journal.</p><p>It is private unless you choose to share it.</p><p>There are no scores.</p>",
                ),
            ],
        },
    ],
    "tools": [
        {
            "slug": "what-helps-me-when-things-get-too-much",
            "title": "What helps me when things get too much",
            "description": (
                "A plan that belongs to the person, written when things are calm, with someone they choose. It "
                "records the signs that things are getting too much, what helps and what doesn’t, and what to agree "
                "before going out somewhere ordinary together."
            ),
            "document": {
                "intro": (
                    "This plan belongs to you. It is a place to write down, when things are calm, what tends to "
                    "happen when life gets too much and what helps. You can fill it in on your own or with someone "
                    "you choose — a friend, a family member, a peer supporter or a worker. Use your own words, and "
                    "leave out anything you would rather not write. You decide who sees it and who has a copy. It "
                    "usually takes 30 to 45 minutes, and it is fine to do it over more than one sitting. Look at it "
                    "again every few months, or after a hard time, and change anything that no longer fits. Staff "
                    "are welcome to fill one in for themselves too."
                ),
                "sections": [
                    {
                        "heading": "About this plan",
                        "text": "",
                        "kind": "write-in",
                        "items": [
                            "This plan belongs to",
                            "I wrote it with (if anyone)",
                            "Date we wrote it",
                        ],
                    },
                    {
                        "heading": "Signs that things are getting too much for me",
                        "text": (
                            "Think about the early signs as well as the later ones. Early signs are often the most "
                            "useful to know."
                        ),
                        "kind": "questions",
                        "items": [
                            "What do I notice first in myself — thoughts, feelings, or things in my body?",
                            "What might other people notice — things I say or do, or stop doing?",
                            "Which places, times or situations tend to make things harder for me?",
                        ],
                    },
                    {
                        "heading": "What helps me",
                        "text": (
                            "Tick anything that helps you. Use the line beside it to say more, such as for how long "
                            "or with whom. Add your own at the end."
                        ),
                        "kind": "checklist",
                        "items": [
                            "Some quiet, away from noise and people",
                            "Going outside for some fresh air",
                            "Someone staying nearby without talking",
                            "Talking it through with someone",
                            "A drink of water, a hot drink or something to eat",
                            "Moving — walking, stretching or pacing",
                            "Something to hold, squeeze or fiddle with",
                            "Music or headphones",
                            "Breathing slowly or counting",
                            "Being reminded where I am and that I am safe",
                            "Messaging or phoning someone I trust",
                            "Doing something with my hands, like drawing or a puzzle",
                            "Going home",
                            "Something else that helps me",
                        ],
                    },
                    {
                        "heading": "What doesn’t help me",
                        "text": "Tick anything that makes things worse for you, and add your own.",
                        "kind": "checklist",
                        "items": [
                            "Lots of questions",
                            "Being touched without being asked",
                            "People crowding round me",
                            "Being told to calm down",
                            "People talking about me as if I’m not there",
                            "Raised or hurried voices",
                            "Being rushed to decide or to leave",
                            "Being stared at or pointed out",
                            "Something else that doesn’t help",
                        ],
                    },
                    {
                        "heading": "What I’d like people around me to do and say",
                        "text": "",
                        "kind": "questions",
                        "items": [
                            "What I’d like the people with me to do",
                            "Words that help me (you can write the exact words)",
                            "Words or actions I’d like people to avoid",
                            "How I’ll let you know I need a break — a word, a signal or a look",
                        ],
                    },
                    {
                        "heading": "Places and people that help",
                        "text": "",
                        "kind": "write-in",
                        "items": [
                            "Places where I feel calmer",
                            "People I might want to be with or contact, and how to reach them",
                            "Things I can carry with me that help",
                        ],
                    },
                    {
                        "heading": "If we’re out somewhere",
                        "text": (
                            "Fill this in together before going somewhere ordinary — a café, a shop, the bus, a "
                            "library, a park, a match. You can do a fresh one for each place."
                        ),
                        "kind": "questions",
                        "items": [
                            "Where are we going, and what might feel like too much there?",
                            "Where will we sit or stand? (For example, near the door or with my back to the wall.)",
                            "Our signal that I need a break, and what we will each do then",
                            "What we will say to other people, if anything",
                            "How we will decide whether to carry on, take a break or go home",
                            "How I will get home if I want to leave, with or without company",
                        ],
                    },
                    {
                        "heading": "After things settle",
                        "text": "",
                        "kind": "questions",
                        "items": [
                            "What I’d like straight afterwards",
                            "Whether, when and how I’d like to talk about what happened",
                            "What I’d like from the person who was with me, such as a message the next day",
                        ],
                    },
                    {
                        "heading": "If I need urgent help",
                        "text": "",
                        "kind": "list",
                        "items": [
                            "This plan is for everyday hard moments. It is not a crisis plan.",
                            "If anyone is in danger or needs urgent help, contact emergency services or your local "
                            "urgent mental-health help straight away.",
                            "The “Need support now?” page on the Colearn website lists places to get help.",
                        ],
                    },
                    {
                        "heading": "Who has a copy, and when we’ll look at it again",
                        "text": (
                            "You decide who has a copy. You can change your mind and ask for a copy back at any time."
                        ),
                        "kind": "write-in",
                        "items": [
                            "People who have a copy",
                            "Date we’ll look at it again",
                            "What I’d like to change next time",
                        ],
                    },
                ],
                "closing": (
                    "There are no right answers here. A plan with three lines that you actually use is better than a "
                    "full one that stays in a drawer. If something on it stops helping, cross it out and try "
                    "something else — that is the plan doing its job. Thank you to whoever helped you write it, and "
                    "to you for taking the time."
                ),
            },
        },
    ],
}
