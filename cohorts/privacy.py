"""What the cohorts app keeps about a person (see colearn.privacy). Erasers are in cohorts.services."""

from cohorts import services
from cohorts.models import (
    Announcement,
    Application,
    Attendance,
    CalendarFeed,
    FacilitatorNote,
    GroupAnswer,
    GroupQuestion,
    Membership,
    SessionCheckIn,
    SessionFacilitation,
    SessionReminder,
)
from colearn.privacy import Holding, NoPersonalData, register
from colearn.privacy_exports import iso

UNTIL_DELETED = "As long as you have an account. Deleting your account removes it."


def _memberships(user) -> list[dict]:
    rows = Membership.objects.filter(user=user).select_related("cohort").order_by("joined_at")
    return [
        {
            "group": row.cohort.name,
            "role": row.get_role_display(),
            "how_you_come_to_the_course": row.get_perspective_display() if row.perspective else "",
            "shown_to_other_members": row.show_perspective,
            "who_sees_your_one_page_profile": row.get_profile_sharing_display(),
            "joined": iso(row.joined_at),
            "left": iso(row.ended_at),
        }
        for row in rows
    ]


def _applications(user) -> list[dict]:
    rows = Application.objects.filter(user=user).select_related("cohort").order_by("submitted_at")
    return [
        {
            "group": row.cohort.name,
            "sent": iso(row.submitted_at),
            "about_you": row.statement,
            "how_you_come_to_the_course": row.get_perspective_display(),
            "access_needs": row.access_needs,
            "agreed_to_the_group_agreement": row.agreed_to_cohort_agreement,
            "status": row.get_status_display(),
            "decided": iso(row.decided_at),
            # The message you were sent with the decision; who sent it is not included.
            "message_with_the_decision": row.decision_message,
        }
        for row in rows
    ]


def _attendance(user) -> list[dict]:
    rows = Attendance.objects.filter(user=user).select_related("session__cohort").order_by("session__starts_at")
    return [
        {
            "group": row.session.cohort.name,
            "session": row.session.title,
            "starts": iso(row.session.starts_at),
            "recorded_as": row.get_status_display(),
        }
        for row in rows
    ]


def _check_ins(user) -> list[dict]:
    rows = SessionCheckIn.objects.filter(user=user).select_related("session__cohort").order_by("said_at")
    return [
        {
            "group": row.session.cohort.name,
            "session": row.session.title,
            "starts": iso(row.session.starts_at),
            "you_said_you_were_here_at": iso(row.said_at),
        }
        for row in rows
    ]


def _announcements(user) -> list[dict]:
    rows = Announcement.objects.filter(author=user).select_related("cohort").order_by("posted_at")
    return [
        {"group": row.cohort.name, "posted": iso(row.posted_at), "title": row.title, "body": row.body} for row in rows
    ]


def _facilitator_notes(user) -> list[dict]:
    rows = FacilitatorNote.objects.filter(author=user).select_related("cohort").order_by("created_at")
    return [
        {"group": row.cohort.name, "written": iso(row.created_at), "changed": iso(row.updated_at), "note": row.text}
        for row in rows
    ]


def _facilitation(user) -> list[dict]:
    rows = SessionFacilitation.objects.filter(facilitator=user).select_related("session__cohort")
    return [
        {
            "group": row.session.cohort.name,
            "session": row.session.title,
            "starts": iso(row.session.starts_at),
            "role": row.get_role_display(),
            "minutes": row.minutes,
        }
        for row in rows.order_by("session__starts_at")
    ]


def _session_reminders(user) -> list[dict]:
    rows = SessionReminder.objects.filter(user=user).select_related("session__cohort")
    return [
        {"group": row.session.cohort.name, "session": row.session.title, "reminder_sent": iso(row.sent_at)}
        for row in rows
    ]


def _calendar_feed(user) -> list[dict]:
    # Whether there is a feed and when its address last changed; never the secret address itself.
    rows = CalendarFeed.objects.filter(user=user)
    return [
        {"calendar_feed": "You have a private calendar subscription", "address_last_changed": iso(row.updated_at)}
        for row in rows
    ]


register(
    Holding(
        model="cohorts.SessionReminder",
        kind="session_reminders",
        title="Session reminders sent to you",
        what="If you asked for reminders: which sessions you were reminded of, and when the reminder went.",
        why="So you never get the same reminder twice.",
        who_can_see="Only you.",
        kept_for=UNTIL_DELETED,
        export=_session_reminders,
        erase=lambda user: services.session_reminder_erase_person(user=user),
    ),
    Holding(
        model="cohorts.Membership",
        kind="group_memberships",
        title="The groups you are in",
        what="Each group you joined, your role in it, when you joined or left, and how you come to the course "
        "(for example as someone who uses services) if you told us, and who there sees your one-page profile.",
        why="So you can take part in your group and so groups can keep a mix of experiences.",
        who_can_see="The group's facilitators; other members see that you are in the group, and how you come to the "
        "course only if you chose to show it.",
        kept_for=UNTIL_DELETED + " An anonymous row stays so the group's numbers add up.",
        export=_memberships,
        erase=lambda user: services.membership_erase_person(user=user),
    ),
    Holding(
        model="cohorts.Application",
        kind="applications",
        title="Your applications to join groups",
        what="What you wrote when you applied, any access needs you told us, how you come to the course, and the "
        "decision with any message sent to you.",
        why="So facilitators can offer places fairly and get ready for what you need.",
        who_can_see="You and the facilitators of that group.",
        kept_for=UNTIL_DELETED + " An anonymous row with no words stays so the group's numbers add up.",
        export=_applications,
        erase=lambda user: services.application_erase_person(user=user),
    ),
    Holding(
        model="cohorts.Attendance",
        kind="attendance",
        title="Your attendance at live sessions",
        what="Whether you came to each live session, sent apologies or were away, as the facilitator noted it. "
        "When you delete your account the register keeps an anonymous row with no name, through your account's "
        "placeholder.",
        why="So facilitators can keep in touch with people who miss sessions.",
        who_can_see="You and your group's facilitators.",
        kept_for="As long as the group's records are kept. After you delete your account it is anonymous.",
        export=_attendance,
        erase=None,
    ),
    Holding(
        model="cohorts.SessionCheckIn",
        kind="sessions_you_said_you_were_at",
        title="Sessions you said you were at",
        what="When you pressed “I’m here” during a live session.",
        why="So your facilitator can confirm you on the register without having to ask.",
        who_can_see="You and your group's facilitators.",
        kept_for=UNTIL_DELETED,
        export=_check_ins,
        erase=lambda user: services.session_check_in_erase_person(user=user),
    ),
    Holding(
        model="cohorts.Announcement",
        kind="announcements_you_posted",
        title="Announcements you posted",
        what="If you facilitate a group: the announcements you posted to it.",
        why="So your group hears what is coming up.",
        who_can_see="Everyone in the group.",
        kept_for="Until you delete your account, which removes them.",
        export=_announcements,
        erase=lambda user: services.announcement_erase_person(user=user),
    ),
    Holding(
        model="cohorts.CalendarFeed",
        kind="calendar_feed",
        title="Your calendar subscription",
        what="The private address your calendar app uses to show your group's sessions. The address itself is a "
        "secret and is not included in a download.",
        why="So your sessions appear in your own calendar.",
        who_can_see="Anyone who has the address, which only you are given. You can replace it at any time.",
        kept_for="Until you replace it or delete your account.",
        export=_calendar_feed,
        erase=lambda user: services.calendar_feed_erase_person(user=user),
    ),
    Holding(
        model="cohorts.FacilitatorNote",
        kind="facilitator_notes_you_wrote",
        title="Facilitator notes you wrote",
        what="If you facilitate a group: the planning notes you wrote for your fellow facilitators. They are never "
        "in anyone else's download, and never notes about a member.",
        why="So the people running a group together can plan, and remember what went well and what to change.",
        who_can_see="The people facilitating that group now, who sign in with two-factor sign-in.",
        # They are the facilitator's own words, so they leave with them, as announcements do; the group keeps its
        # other facilitators' notes.
        kept_for="Until you delete your account, which removes them. If you stop facilitating, they stay with the "
        "group's facilitators.",
        export=_facilitator_notes,
        erase=lambda user: services.facilitator_note_erase_person(user=user),
    ),
    Holding(
        model="cohorts.SessionFacilitation",
        kind="sessions_you_facilitated",
        title="Sessions you facilitated",
        what="Which live sessions you facilitated, in which role, and for how many minutes. When you delete your "
        "account the record stays with no name, through your account's placeholder.",
        why="So facilitators' time, peer facilitators' especially, is recognised and paid.",
        who_can_see="You, the facilitators of that group and the college's administrators.",
        kept_for="As long as the college keeps its payment records. After you delete your account it is anonymous.",
        export=_facilitation,
        erase=None,
    ),
    NoPersonalData(
        model="cohorts.Cohort",
        reason="A group's name, dates and description, written by staff for everyone; no person's details.",
    ),
    NoPersonalData(
        model="cohorts.LiveSession",
        reason="A session's title, time, place, agenda and catch-up pack, written by facilitators for the whole "
        "group; who came is in Attendance, who said they were here in SessionCheckIn.",
    ),
    NoPersonalData(model="cohorts.ModuleRelease", reason="When a module opens for a group: dates only."),
)


# --- Questions to the facilitators ------------------------------------------------------------------------------


def _questions(user) -> list[dict]:
    rows = GroupQuestion.objects.filter(author=user).select_related("cohort").order_by("asked_at")
    return [
        {
            "group": row.cohort.name,
            "asked": iso(row.asked_at),
            "question": row.text,
            "your_name_shown_to_the_group": row.show_name,
            "hidden_by_a_facilitator": row.hidden_at is not None,
            "why_it_was_hidden": row.hidden_reason,
        }
        for row in rows
    ]


def _answers(user) -> list[dict]:
    # Your own words only: not the question you answered, which is the asker's.
    rows = GroupAnswer.objects.filter(author=user).select_related("question__cohort").order_by("answered_at")
    return [{"group": row.question.cohort.name, "answered": iso(row.answered_at), "answer": row.text} for row in rows]


register(
    Holding(
        model="cohorts.GroupQuestion",
        kind="questions_you_asked",
        title="Questions you asked your facilitators",
        what="Each question you asked in a group's questions page, whether you showed your name to the group, and "
        "whether a facilitator hid it and why.",
        why="So your facilitators can answer you, in the group, where others can learn from the answer too.",
        who_can_see="Everyone in the group while you are in it; your name only if you chose to show it, though your "
        "facilitators always know who asked.",
        kept_for="Until you delete it or your account, which removes it with its answers.",
        export=_questions,
        erase=lambda user: services.question_erase_person(user=user),
    ),
    Holding(
        model="cohorts.GroupAnswer",
        kind="answers_you_gave",
        title="Answers you gave to questions",
        what="If you facilitate a group: the answers you gave to its members' questions.",
        why="So the whole group can read the answer.",
        who_can_see="Everyone in the group, while the person who asked is in it.",
        kept_for="Until you delete your account, which removes them (or the person who asked deletes their question).",
        export=_answers,
        erase=None,  # erased with the person's questions, by question_erase_person above
    ),
)
