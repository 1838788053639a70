from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render

from cohorts.selectors import cohort_for_facilitator
from colearn.http import post_only, wants_json
from courses.models import CoursePage, LessonPage
from learning.selectors import certificate_public, cohort_progress_grid, course_progress, dashboard_for
from learning.services.progress import (
    certificate_issue,
    course_follow,
    course_unfollow,
    lesson_complete,
    lesson_uncomplete,
)


@login_required
def dashboard(request):
    return render(request, "learning/dashboard.html", {"dashboard": dashboard_for(request.user)})


# Every change says what it wants: a missing or unknown value is refused and changes nothing, so a stray or
# half-sent post can never quietly un-mark a finished lesson or stop following a course.
YES_NO = {"yes": True, "no": False}


def _unclear(request, message: str, back_url: str):
    if wants_json(request):
        return JsonResponse({"message": message}, status=400)
    return render(request, "learning/progress_unclear.html", {"problem": message, "back_url": back_url}, status=400)


@post_only
def lesson_progress_update(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    if not request.user.is_authenticated:
        if wants_json(request):
            return JsonResponse({"message": "Please sign in again to keep track of this lesson."}, status=401)
        return redirect_to_login(f"{lesson.url}#progress")
    done = YES_NO.get(request.POST.get("done", ""))
    if done is None:
        return _unclear(
            request, "We could not tell whether to mark this lesson as done or not done.", f"{lesson.url}#progress"
        )
    try:
        if done:
            lesson_complete(user=request.user, lesson=lesson)
        else:
            lesson_uncomplete(user=request.user, lesson=lesson)
    except ValidationError as error:
        raise Http404(error.messages[0]) from error
    message = "Lesson marked as done. Well done for taking the time." if done else "Lesson marked as not done yet."
    if wants_json(request):
        progress = course_progress(user=request.user, course=CoursePage.objects.ancestor_of(lesson).get())
        return JsonResponse(
            {"done": done, "message": message, "progress": f"{progress.done} of {progress.total} lessons done"}
        )
    messages.success(request, message)
    return redirect(f"{lesson.url}#progress")


@post_only
def course_follow_update(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    follow = YES_NO.get(request.POST.get("follow", ""))
    if follow is None:
        return _unclear(request, "We could not tell whether to follow this course or stop.", course.url)
    if follow:
        course_follow(user=request.user, course=course)
        messages.success(request, f"You are following “{course.title}”. It is on your dashboard.")
    else:
        course_unfollow(user=request.user, course=course)
        messages.success(request, f"You have stopped following “{course.title}”. Lessons you marked done are kept.")
    return redirect("dashboard" if request.POST.get("return_to") == "dashboard" else course.url)


@login_required
def certificate(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        issued = certificate_issue(user=request.user, course=course)
    except ValidationError:
        progress = course_progress(user=request.user, course=course)
        return render(request, "learning/certificate_not_ready.html", {"progress": progress}, status=200)
    return render(request, "learning/certificate.html", {"certificate": issued})


def certificate_verify(request, code: str):
    issued = certificate_public(code=code)
    if issued is None:
        raise Http404("No certificate has this code.")
    return render(request, "learning/certificate_verify.html", {"certificate": issued})


@login_required
def cohort_progress(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    modules, rows = cohort_progress_grid(cohort)
    return render(request, "learning/cohort_progress.html", {"cohort": cohort, "modules": modules, "rows": rows})
