"""The courses app is course content written by editors for everyone: no personal data (see colearn.privacy)."""

from colearn.privacy import NoPersonalData, register

CONTENT = (
    "Course content written by editors for everyone to read. Its owner and lock point at an editor's account, "
    "which after erasure is an anonymous placeholder (and a lock is released)."
)

register(
    *(
        NoPersonalData(model=f"courses.{name}", reason=CONTENT)
        for name in ["HomePage", "StandardPage", "CourseIndexPage", "CoursePage", "ModulePage", "LessonPage"]
    ),
    NoPersonalData(model="courses.CourseCapability", reason="A course's capability statements, written by editors."),
    NoPersonalData(model="courses.Theme", reason="A theme's name and description, written by editors."),
    NoPersonalData(
        model="courses.PageCredit",
        reason="A credit names a contributor to a page as an editor typed it, with the role they agreed to show, for "
        "everyone to read (when they asked to be anonymous, the name is seen only by editors). It is not linked to "
        "any account, so no download or account deletion can find it: a person who wants their credit changed, "
        "made anonymous or taken off asks an editor, who edits the page; its older revisions keep the old wording "
        "until they are purged (manage.py purge_revisions).",
    ),
    NoPersonalData(
        model="courses.CoProductionApprovalTask",
        reason="A step of the review workflow and the groups who approve it; who approved what is in Wagtail's "
        "task states, declared with the content editor history.",
    ),
    NoPersonalData(model="courses.GlossaryTerm", reason="A word and its plain definition, written by editors."),
    NoPersonalData(
        model="courses.WordToAvoid",
        reason="A word to avoid in course content, why, and what to say instead, written by editors.",
    ),
    NoPersonalData(model="courses.SensitiveTopic", reason="A topic lessons can be tagged with, written by editors."),
)
