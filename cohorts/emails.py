"""Emails about cohorts. Each goes only to the people it is for, and each kind can be switched off."""

from django.urls import reverse

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
        link=reverse("cohorts:applications"),
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
            link=reverse("cohorts:session", kwargs={"slug": session.cohort.slug, "session_id": session.pk}),
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
            link=reverse("cohorts:space", kwargs={"slug": announcement.cohort.slug}),
        )


# Questions to the facilitators: the emails say that something happened and link to it, never the words or the
# asker's name, so an unnamed question stays unnamed in every inbox.


def question_asked(question) -> None:
    facilitators = Membership.objects.facilitating().filter(cohort=question.cohort).select_related("user")
    for membership in facilitators.exclude(user_id=question.author_id):
        send_email(
            user=membership.user,
            kind="group_questions",
            subject=f"a new question in {question.cohort.name}",
            template="cohorts/email/question_asked.txt",
            context={"cohort": question.cohort},
            link=reverse("cohorts:questions", kwargs={"slug": question.cohort.slug}),
        )


def question_answered(answer) -> None:
    """The asker hears, while they are still in the group (the answer is not theirs to read once they have left)."""
    question = answer.question
    if not Membership.objects.active().filter(cohort_id=question.cohort_id, user_id=question.author_id).exists():
        return
    send_email(
        user=question.author,
        kind="group_answers",
        subject=f"your question in {question.cohort.name} has an answer",
        template="cohorts/email/question_answered.txt",
        context={"cohort": question.cohort},
        link=reverse("cohorts:questions", kwargs={"slug": question.cohort.slug}),
    )
