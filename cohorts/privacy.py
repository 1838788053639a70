"""What the cohorts app keeps about a person (see colearn.privacy). Erasers are in cohorts.services."""

from cohorts import services
from cohorts.models import Announcement, Application, Attendance, CalendarFeed, Membership
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


def _announcements(user) -> list[dict]:
    rows = Announcement.objects.filter(author=user).select_related("cohort").order_by("posted_at")
    return [
        {"group": row.cohort.name, "posted": iso(row.posted_at), "title": row.title, "body": row.body} for row in rows
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
        model="cohorts.Membership",
        kind="group_memberships",
        title="The groups you are in",
        what="Each group you joined, your role in it, when you joined or left, and how you come to the course "
        "(for example as someone who uses services) if you told us.",
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
    NoPersonalData(
        model="cohorts.Cohort",
        reason="A group's name, dates and description, written by staff for everyone; no person's details.",
    ),
    NoPersonalData(
        model="cohorts.LiveSession",
        reason="A session's title, time, place and agenda, written by facilitators for the whole group; "
        "who came is in Attendance.",
    ),
    NoPersonalData(model="cohorts.ModuleRelease", reason="When a module opens for a group: dates only."),
)
