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
)
