"""The journal: write, read, edit, delete, share, answer prompts, ask for a check-in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from cohorts.models import Cohort, Membership
from colearn.http import add_service_errors, parse_id, post_only, safe_next
from courses.models import CoursePage, LessonPage
from learning.forms import EntryForm, OutcomeForm, ResponseForm
from learning.models import EntryKind, JournalDraft, Visibility
from learning.permissions import can_edit_entry, can_moderate, can_respond
from learning.selectors import (
    JournalFilters,
    actions_awaiting_outcome,
    entry_for,
    journal_courses,
    journal_for,
    responses_for,
)
from learning.services.journal import check_in_request, entry_create, entry_delete, entry_record_outcome, entry_update
from learning.views.common import audience_sentence

ENTRIES_PER_PAGE = 20


@login_required
def journal(request):
    kinds, visibilities = dict(EntryKind.choices), dict(Visibility.choices)
    course_id = request.GET.get("course", "")
    filters = JournalFilters(
        kind=request.GET.get("kind", "") if request.GET.get("kind") in kinds else "",
        course_id=parse_id(course_id),
        visibility=request.GET.get("visibility", "") if request.GET.get("visibility") in visibilities else "",
        query=request.GET.get("q", "").strip()[:200],
    )
    page = Paginator(journal_for(request.user, filters), ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page_obj": page,
        "filters": filters,
        "kinds": EntryKind.choices,
        "visibilities": Visibility.choices,
        "courses": journal_courses(request.user),
        "query_prefix": f"{query.urlencode()}&" if query else "",
        "awaiting": actions_awaiting_outcome(request.user),
    }
    return render(request, "learning/journal/list.html", context)


def _lesson_and_prompt(request):
    lesson_id = request.POST.get("lesson") or request.GET.get("lesson") or ""
    prompt_id = (request.POST.get("prompt_id") or request.GET.get("prompt") or "")[:64]
    if not lesson_id:
        return None, ""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=parse_id(lesson_id)) if parse_id(lesson_id) else None
    if lesson is None or (prompt_id and prompt_id not in {block.id for block in lesson.reflection_prompts()}):
        raise Http404("No such prompt")
    return lesson, prompt_id


def entry_new(request):
    """Write an entry, or answer a lesson's prompt. Signed out mid-way, the text comes back, never lost."""
    lesson, prompt_id = _lesson_and_prompt(request)
    if not request.user.is_authenticated:
        if request.method != "POST":
            return redirect(f"{reverse('account_login')}?next={request.get_full_path()}")
        return render(request, "learning/journal/signed_out.html", {"posted": request.POST}, status=401)
    course = CoursePage.objects.ancestor_of(lesson).first() if lesson else None
    draft_key = f"prompt-{lesson.pk}-{prompt_id}" if lesson else "new"
    draft = _draft(request, draft_key)
    initial = {"draft_key": draft_key, **({"title": draft.title, "text": draft.text} if draft else {})}
    form = EntryForm(request.POST or None, user=request.user, course=course, with_kind=lesson is None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["visibility"] != Visibility.PRIVATE and not data["confirmed"]:
            return _confirm_share(request, form)
        try:
            entry = entry_create(
                author=request.user,
                text=data["text"],
                kind=data.get("kind") or EntryKind.REFLECTION,
                title=data.get("title", ""),
                visibility=data["visibility"],
                cohort=data.get("cohort"),
                lesson=lesson,
                prompt_id=prompt_id,
                draft_key=draft_key,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, "Saved in your journal." + (" " + audience_sentence(entry) if entry.cohort else "")
            )
            return redirect(f"{lesson.url}#prompt-{prompt_id}" if lesson else entry_url(entry))
    context = {"form": form, "lesson": lesson, "prompt_id": prompt_id, "draft": draft, "draft_key": draft_key}
    return render(request, "learning/journal/form.html", context)


def _draft(request, key: str) -> JournalDraft | None:
    """Writing left unsaved last time (a closed tab, a lost connection), offered back in the box."""
    return JournalDraft.objects.filter(author=request.user, key=key).first() if request.method == "GET" else None


def _confirm_share(request, form):
    """Before anyone else can read it, say exactly who in plain words, and ask."""
    audience = audience_sentence(form.cleaned_data["cohort"], visibility=form.cleaned_data["visibility"])
    return render(request, "learning/journal/confirm_share.html", {"form": form, "audience": audience})


def entry_url(entry) -> str:
    return reverse("journal_entry", args=[entry.pk])


@login_required
def entry_detail(request, entry_id: int):
    entry = entry_for(request.user, entry_id)
    responses = responses_for(request.user, entry)
    context = {
        "entry": entry,
        "responses": responses,
        "is_author": can_edit_entry(request.user, entry),
        "response_form": ResponseForm() if can_respond(request.user, entry) else None,
        "moderates": bool(responses) and can_moderate(request.user, responses[0]),
        "outcome_form": OutcomeForm()
        if entry.kind == EntryKind.ACTION and can_edit_entry(request.user, entry)
        else None,
        "audience": audience_sentence(entry) if entry.cohort else "Only you can read this.",
        "my_groups": Membership.objects.active().filter(user=request.user).select_related("cohort"),
    }
    return render(request, "learning/journal/detail.html", context)


def entry_edit(request, entry_id: int):
    if not request.user.is_authenticated:
        if request.method != "POST":
            return redirect(f"{reverse('account_login')}?next={request.path}")
        return render(request, "learning/journal/signed_out.html", {"posted": request.POST}, status=401)
    entry = entry_for(request.user, entry_id)
    if not can_edit_entry(request.user, entry):
        raise Http404("No such entry")
    initial = {
        "kind": entry.kind,
        "title": entry.title,
        "text": entry.text,
        "visibility": entry.visibility,
        "cohort": entry.cohort_id,
        "version": entry.version,
        "draft_key": f"entry-{entry.pk}",
    }
    draft = _draft(request, f"entry-{entry.pk}")
    if draft:
        initial.update(title=draft.title, text=draft.text)
    form = EntryForm(request.POST or None, user=request.user, course=entry.course, initial=initial)
    conflict = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["visibility"] != Visibility.PRIVATE and data["cohort"] != entry.cohort and not data["confirmed"]:
            return _confirm_share(request, form)
        try:
            entry = entry_update(
                entry=entry,
                by=request.user,
                version=data["version"] or 0,
                text=data["text"],
                title=data["title"],
                kind=data["kind"],
                visibility=data["visibility"],
                cohort=data["cohort"],
            )
        except ValidationError as error:
            if getattr(error, "code", None) == "conflict":
                conflict = entry_for(request.user, entry_id)
            add_service_errors(form, error)
        else:
            messages.success(request, "Your changes are saved.")
            return redirect(entry_url(entry))
    context = {"form": form, "entry": entry, "conflict": conflict, "draft": draft, "draft_key": f"entry-{entry.pk}"}
    return render(request, "learning/journal/form.html", context)


@login_required
def entry_delete_view(request, entry_id: int):
    entry = entry_for(request.user, entry_id)
    if not can_edit_entry(request.user, entry):
        raise Http404("No such entry")
    if request.method == "POST":
        entry_delete(entry=entry, by=request.user)
        messages.success(request, "The entry is deleted.")
        return redirect("journal")
    return render(request, "learning/journal/delete.html", {"entry": entry})


@post_only
@login_required
def entry_outcome(request, entry_id: int):
    entry = entry_for(request.user, entry_id)
    if not can_edit_entry(request.user, entry):
        raise Http404("No such entry")
    form = OutcomeForm(request.POST)
    if form.is_valid():
        try:
            entry_record_outcome(entry=entry, by=request.user, outcome=form.cleaned_data["outcome"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, "Thank you. Whatever happened, noticing it is a step.")
    else:
        messages.error(request, "Say in a few words how it went, up to 2,000 characters.")
    return redirect(entry_url(entry))


@post_only
@login_required
def check_in(request):
    """'I'd like a check-in': from an entry or a lesson. Facilitators hear only that you asked."""
    cohort_id = request.POST.get("cohort", "")
    cohort = get_object_or_404(Cohort, pk=parse_id(cohort_id)) if parse_id(cohort_id) else None
    if cohort is None or not Membership.objects.active().filter(user=request.user, cohort=cohort).exists():
        raise Http404("No such group")
    lesson_id = request.POST.get("lesson", "")
    lesson = LessonPage.objects.live().filter(pk=parse_id(lesson_id)).first() if parse_id(lesson_id) else None
    check_in_request(user=request.user, cohort=cohort, lesson=lesson)
    messages.success(
        request,
        f"Your facilitators in {cohort.name} know you would like a check-in. "
        "They have not been sent anything you wrote.",
    )
    return redirect(safe_next(request, reverse("journal")))
