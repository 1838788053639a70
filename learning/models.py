import secrets

from django.conf import settings
from django.db import models


class CourseFollow(models.Model):
    """Someone following a course at their own pace. Stopping removes this row and nothing else."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_follows")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="follows")
    started_at = models.DateTimeField(auto_now_add=True)
    last_active_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_follow_per_person_and_course")]
        ordering = ["-last_active_at"]

    def __str__(self) -> str:
        return f"{self.user} follows {self.course_id}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="completions")
    # Kept alongside the lesson so a course's progress is one indexed query, not a walk of the page tree.
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_person_and_lesson")]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self) -> str:
        return f"{self.user} finished lesson {self.lesson_id}"


def new_certificate_code() -> str:
    return secrets.token_urlsafe(12)


class Certificate(models.Model):
    """A record that someone finished every lesson of a course. Its code makes a public verification link."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    course = models.ForeignKey("courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+")
    code = models.CharField(max_length=32, unique=True, default=new_certificate_code, editable=False)
    issued_at = models.DateTimeField(auto_now_add=True)
    # The name and title as they were on the day, so a later rename never rewrites a certificate.
    recipient_name = models.CharField(max_length=80)
    course_title = models.CharField(max_length=255)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_person_and_course")]

    def __str__(self) -> str:
        return f"Certificate {self.code}"
