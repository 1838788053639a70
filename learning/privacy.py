"""What the learning app keeps about a person (see colearn.privacy). Readers and erasers are in
learning.services.learning_holdings."""

from django.conf import settings

from colearn.privacy import Holding, register
from colearn.privacy_exports import iso
from learning.models import DigestSent
from learning.services import connections, digest
from learning.services import learning_holdings as data

UNTIL_DELETED = "Until you delete it, or delete your account."


def _digests(user) -> list[dict]:
    rows = DigestSent.objects.filter(user=user).order_by("week_starting")
    return [
        {
            "week_starting": row.week_starting.isoformat(),
            "announcements": row.announcements,
            "responses": row.responses,
            "sent": iso(row.sent_at),
        }
        for row in rows
    ]


register(
    Holding(
        model="learning.JournalEntry",
        kind="journal_entries",
        title="Your journal entries",
        what="Everything you wrote in your journal (reflections, small wins, actions to try and how they went), who "
        "you shared each one with, and the responses to the ones you shared, without the names of the people who "
        "wrote them. Deleting an entry, or your account, removes the responses to it too.",
        why="It is your private record of learning; you choose whether anyone else reads each entry.",
        who_can_see="Only you, unless you share an entry with your group, its facilitators or your learning partner, "
        "and only while you are in that group (and, for a partner, while you are partners). For a session, your "
        "group's facilitators see only how many people in the group said they tried something since the last one, "
        "never who or what they wrote. The people who run Colearn cannot read it.",
        kept_for=UNTIL_DELETED,
        export=data.export_journal_entries,
        erase=lambda user: data.journal_entry_erase_all(user=user),
    ),
    Holding(
        model="learning.JournalDraft",
        kind="drafts",
        title="Words you were still typing",
        what="Text saved every few seconds while you type, so nothing is lost if your connection drops.",
        why="So you never lose what you were writing.",
        who_can_see="Only you.",
        kept_for="Until you save or discard the entry, or delete your account. A draft nobody touches is removed "
        f"after {settings.COLEARN_KEEP_DRAFTS_DAYS} days.",
        export=data.export_drafts,
        erase=lambda user: data.journal_draft_erase_all(user=user),
    ),
    Holding(
        model="learning.Response",
        kind="responses_you_wrote",
        title="Your responses to other people's entries",
        what="What you wrote in reply to entries others shared with you, and whether a facilitator hid a reply and "
        "why. The entries you replied to are theirs, so they are not included.",
        why="So people in a group can encourage each other.",
        who_can_see="The people who can read the entry you replied to.",
        kept_for=UNTIL_DELETED,
        export=data.export_responses,
        erase=lambda user: data.response_erase_all(user=user),
    ),
    Holding(
        model="learning.CheckInRequest",
        kind="check_in_requests",
        title="Times you asked for a check-in",
        what="When you asked your group's facilitators to check in with you, and from which lesson; whether a "
        "facilitator has seen it or marked it done, who and when; and the notes between you and your facilitators.",
        why="So a facilitator can get in touch with you, and you can see where your request has got to.",
        who_can_see="You and your group's facilitators, while you are in that group. They see that you asked and the "
        "notes you send them, never your journal.",
        kept_for=UNTIL_DELETED,
        export=data.export_check_ins,
        erase=lambda user: data.check_in_erase_all(user=user),
    ),
    Holding(
        model="learning.CheckInNote",
        kind="check_in_notes_you_wrote",
        title="Notes you wrote in other people's check-ins",
        what="As a facilitator, the replies you wrote to people who asked for a check-in. The notes in your own "
        "check-ins are with your check-ins above.",
        why="So the person who asked, and the group's other facilitators, can read your reply.",
        who_can_see="The person who asked and the group's facilitators, while that person is in the group.",
        kept_for=UNTIL_DELETED,
        export=data.export_check_in_notes,
        erase=lambda user: data.check_in_note_erase_all(user=user),
    ),
    Holding(
        model="learning.LearningPartnership",
        kind="learning_partners",
        title="Your learning partners",
        what="Each learning partner invitation you sent or were sent, in which group, and when it was accepted, "
        "declined, withdrawn or ended, with the other person's name. Nothing they wrote is included.",
        why="So you and a partner you chose can share journal entries with each other.",
        who_can_see="Only you and the other person. Nobody else in the group, and none of its facilitators, can see "
        "who is partnered.",
        kept_for="Until you delete your account. Ending a partnership keeps the record, so you can see it ended.",
        export=data.export_partnerships,
        erase=lambda user: data.partnership_erase_all(user=user),
    ),
    Holding(
        model="learning.Connection",
        kind="connections",
        title="Your connections",
        what="The community places, groups and people on your list: their names, where you are with each, who went "
        "with you, how it felt, your next small step, and which directory entry it came from. If you shared one, the "
        "entry it made is with your journal entries.",
        why="So you can keep track of the places beyond your group that might become part of your week.",
        who_can_see="Only you. If you share one, that shared entry is read by your group's facilitators, and only "
        "while you are in that group.",
        kept_for=UNTIL_DELETED,
        export=connections.export_connections,
        erase=lambda user: connections.connection_erase_all(user=user),
    ),
    Holding(
        model="learning.ConnectionUpdate",
        kind="connection_history",
        title="How your connections have grown",
        what="The date of each change in where you were with a connection, and your next small step then. They are "
        "in the download with each connection, and go with it when you delete it or your account.",
        why="So you can look back on how your connections grew.",
        who_can_see="Only you.",
        kept_for="Until you delete the connection, or your account.",
    ),
    Holding(
        model="learning.ConfidenceCheck",
        kind="confidence_checks",
        title="Your 'Where am I now?' check-ins",
        what="Where you placed yourself, from 1 to 5, against each of a course's statements, and when. When you "
        "delete your account the numbers stay only as anonymous figures with no name.",
        why="So you can see how far you have come.",
        who_can_see="Only you. Your group's facilitators see only the group's average, and only once at least five "
        "members have answered.",
        kept_for="As long as you have an account; after that, only as anonymous numbers.",
        export=data.export_confidence,
        erase=None,  # anonymous through the account's tombstone
    ),
    Holding(
        model="learning.LessonCompletion",
        kind="lessons_done",
        title="Lessons you marked as done",
        what="Which lessons you marked as done, and when. When you delete your account these stay only as "
        "anonymous counts with no name.",
        why="So you can see your progress and pick up where you left off.",
        who_can_see="You, and your group's facilitators (to see how the group is getting on).",
        kept_for="As long as you have an account; after that, only as anonymous counts.",
        export=data.export_completions,
        erase=None,  # anonymous through the account's tombstone
    ),
    Holding(
        model="learning.CourseFollow",
        kind="courses_followed",
        title="Courses you follow at your own pace",
        what="Which courses you follow and when you were last active in each.",
        why="So your dashboard shows your courses.",
        who_can_see="Only you.",
        kept_for="Until you stop following, or delete your account.",
        export=data.export_follows,
        erase=lambda user: data.course_follow_erase_all(user=user),
    ),
    Holding(
        model="learning.Certificate",
        kind="certificates",
        title="Your certificates",
        what="A certificate for each course you finished, with the name you had then and its checking code.",
        why="So you can show that you finished a course.",
        who_can_see="Anyone you give the checking link to.",
        kept_for="Until you delete your account, which removes them and stops the links working.",
        export=data.export_certificates,
        erase=lambda user: data.certificate_erase_all(user=user),
    ),
    Holding(
        model="learning.DigestSent",
        kind="weekly_digests",
        title="Weekly round-ups sent to you",
        what="If you asked for the weekly round-up: which weeks you were sent one, and how many announcements and "
        "responses it listed. Never what anyone wrote.",
        why="So you never get the same week's round-up twice.",
        who_can_see="Only you.",
        kept_for="Until you delete your account.",
        export=_digests,
        erase=lambda user: digest.digest_erase_person(user=user),
    ),
)
