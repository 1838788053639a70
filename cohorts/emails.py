"""Emails about cohorts. Each goes only to the people it is for, and each kind can be switched off."""

from cohorts.calendar import calendar_file
from cohorts.models import Announcement, Application, ApplicationStatus, LiveSession, Membership
from colearn.notifications import send_email
from colearn.sanitize import rich_text_to_plain

DECISION_SUBJECTS = {
    ApplicationStatus.ACCEPTED: "you have a place in {cohort}",
    ApplicationStatus.WAITLISTED: "you are on the waiting list for {cohort}",
    ApplicationStatus.DECLINED: "about your application to {cohort}",
}


def application_decided(application: Application) -> None:
    send_email(
        user=application.user,
        kind="application_decided",
        subject=DECISION_SUBJECTS[application.status].format(cohort=application.cohort.name),
        template="cohorts/email/application_decided.txt",
        context={"application": application, "cohort": application.cohort},
    )


def session_changed(session: LiveSession, *, change: str) -> None:
    """Everyone in the group, facilitators included, gets the news and the calendar file."""
    ics = calendar_file([session], name=session.cohort.name)
    subject = {"scheduled": "new session", "changed": "session changed", "cancelled": "session cancelled"}[change]
    for membership in Membership.objects.active().filter(cohort=session.cohort).select_related("user"):
        send_email(
            user=membership.user,
            kind="session_changes",
            subject=f"{subject}: {session.title}",
            template="cohorts/email/session_changed.txt",
            context={"session": session, "change": change, "cohort": session.cohort},
            attachments=[("session.ics", ics, "text/calendar")],
        )


def announcement_posted(announcement: Announcement) -> None:
    memberships = Membership.objects.active().filter(cohort=announcement.cohort).select_related("user")
    for membership in memberships.exclude(user=announcement.author):
        send_email(
            user=membership.user,
            kind="announcements",
            subject=f"{announcement.cohort.name}: {announcement.title}",
            template="cohorts/email/announcement.txt",
            context={"announcement": announcement, "text": rich_text_to_plain(announcement.body)},
        )
