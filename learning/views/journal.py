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
from colearn.ratelimit import rate_limited
from courses.models import CoursePage, LessonPage
from learning import compose
from learning.forms import EntryForm, OutcomeForm, ResponseForm
from learning.models import EntryKind, Visibility, draft_key_for
from learning.partner_selectors import current_partnership
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
from learning.try_selectors import kept_small_win
from learning.views.common import audience_sentence, response_audience_sentence
from learning.views.journal_search import search_from, search_redirect

ENTRIES_PER_PAGE = 20


@login_required
def journal(request):
    """The search form POSTs its words, kept in the session: they never appear in an address (journal_search)."""
    if request.method == "POST":
        return search_redirect(request, reverse("journal"), keep=("kind", "course", "visibility"))
    params, links, search_forgotten = search_from(request)
    kinds, visibilities = dict(EntryKind.choices), dict(Visibility.choices)
    filters = JournalFilters(
        kind=params.get("kind", "") if params.get("kind") in kinds else "",
        course_id=parse_id(params.get("course", "")),
        visibility=params.get("visibility", "") if params.get("visibility") in visibilities else "",
        query=params.get("q", "").strip()[:200],
    )
    page = Paginator(journal_for(request.user, filters), ENTRIES_PER_PAGE).get_page(params.get("page"))
    context = {
        "page_obj": page,
        "filters": filters,
        "search_forgotten": search_forgotten,
        "kinds": EntryKind.choices,
        "visibilities": Visibility.choices,
        "courses": journal_courses(request.user),
        "query_prefix": f"{links.urlencode()}&" if links else "",
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


@rate_limited("journal_entry")
def entry_new(request):
    """Write an entry, or answer a lesson's prompt. Signed out mid-way, the text comes back, never lost."""
    try:
        lesson, prompt_id = _lesson_and_prompt(request)
    except Http404:
        return compose.gone(request)
    if not request.user.is_authenticated:
        return compose.signed_out(request)
    key = draft_key_for(lesson=lesson, prompt_id=prompt_id)
    draft = compose.offered_draft(request, key)
    course = CoursePage.objects.ancestor_of(lesson).first() if lesson else None
    # `?title=` starts an entry from a question asked elsewhere (a session's catch-up pack); a saved draft wins.
    prefill = {"title": request.GET.get("title", "")[:150]} if request.method == "GET" else {}
    initial = {"draft_key": key, **prefill, **({"title": draft.title, "text": draft.text} if draft else {})}
    form = EntryForm(request.POST or None, user=request.user, course=course, with_kind=lesson is None, initial=initial)

    def write():
        submission = form.cleaned_data.get("submission")
        fields = form.entry_fields()
        return entry_create(
            author=request.user, lesson=lesson, prompt_id=prompt_id, draft_key=key, submission=submission, **fields
        )

    def done(entry):
        saved = "Saved in your journal." + (" " + audience_sentence(entry) if entry.cohort else "")
        if not lesson:
            messages.success(request, saved)
            return redirect(entry_url(entry))
        # Said beside the prompt the person answered, where they are, not at the top of a long lesson.
        messages.success(request, saved, extra_tags=f"placed:prompt-{prompt_id}")
        return redirect(f"{lesson.url}#prompt-{prompt_id}-saved")

    prompt = next((block for block in lesson.reflection_prompts() if block.id == prompt_id), None) if lesson else None
    context = {"form": form, "lesson": lesson, "prompt": prompt, "prompt_id": prompt_id, "draft": draft}
    context["draft_key"] = key
    return compose.entry_form(request, form, write=write, done=done, context=context)


def entry_url(entry) -> str:
    return reverse("journal_entry", args=[entry.pk])


@login_required
def entry_detail(request, entry_id: int):
    entry = entry_for(request.user, entry_id)
    return render(request, "learning/journal/detail.html", _detail_context(request, entry))


def _detail_context(request, entry, *, outcome_form: OutcomeForm | None = None) -> dict:
    responses = responses_for(request.user, entry)
    is_author = can_edit_entry(request.user, entry)
    response_form = ResponseForm() if can_respond(request.user, entry) else None
    return {
        "entry": entry,
        "responses": responses,
        "is_author": is_author,
        "response_form": response_form,
        "response_audience": response_audience_sentence(entry, viewer=request.user) if response_form else "",
        "moderates": bool(responses) and can_moderate(request.user, responses[0]),
        "outcome_form": outcome_form or OutcomeForm(auto_id="outcome-%s")
        if entry.kind == EntryKind.ACTION and is_author
        else None,
        "kept_as_small_win": kept_small_win(entry) if entry.kind == EntryKind.ACTION and is_author else None,
        "audience": audience_sentence(entry) if entry.cohort else "Only you can read this.",
        "my_groups": Membership.objects.active().filter(user=request.user).select_related("cohort"),
    }


@rate_limited("journal_entry")
def entry_edit(request, entry_id: int):
    if not request.user.is_authenticated:
        return compose.signed_out(request, back_url=request.path)
    entry = entry_for(request.user, entry_id)
    if not can_edit_entry(request.user, entry):
        raise Http404("No such entry")
    key = draft_key_for(entry=entry)
    draft = compose.offered_draft(request, key)
    initial = {
        "kind": entry.kind,
        "title": draft.title if draft else entry.title,
        "text": draft.text if draft else entry.text,
        "visibility": entry.visibility,
        "cohort": entry.cohort_id,
        "version": entry.version,
        "draft_key": key,
    }
    form = EntryForm(request.POST or None, user=request.user, course=entry.course, initial=initial, once=False)

    def write():
        version = form.cleaned_data["version"] or 0
        return entry_update(entry=entry, by=request.user, version=version, **form.entry_fields())

    def done(saved):
        messages.success(request, "Your changes are saved.")
        return redirect(entry_url(saved))

    context = {"form": form, "entry": entry, "conflict": None, "draft": draft, "draft_key": key}
    now = (entry.visibility, entry.cohort)
    if entry.visibility == Visibility.PARTNER:
        partnership = current_partnership(user=request.user, cohort=entry.cohort)
        if partnership is None or partnership.pk != entry.partnership_id:
            now = (Visibility.PRIVATE, None)  # shared with a partnership that has ended: a new partner is asked for
    return compose.entry_form(request, form, write=write, done=done, context=context, now=now)


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
    form = OutcomeForm(request.POST, auto_id="outcome-%s")
    if form.is_valid():
        try:
            entry_record_outcome(entry=entry, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Thank you. Whatever happened, noticing it is a step.")
            return redirect(entry_url(entry))
    # Shown again here, wherever it was sent from (the dashboard, a session's page): the message sits by its field.
    return render(request, "learning/journal/detail.html", _detail_context(request, entry, outcome_form=form))


@post_only
@login_required
@rate_limited("check_in")
def check_in(request):
    """'I'd like a check-in': from an entry or a lesson. Facilitators hear only that you asked."""
    cohort_id = request.POST.get("cohort", "")
    cohort = get_object_or_404(Cohort, pk=parse_id(cohort_id)) if parse_id(cohort_id) else None
    if cohort is None or not Membership.objects.active().filter(user=request.user, cohort=cohort).exists():
        raise Http404("No such group")
    lesson_id = request.POST.get("lesson", "")
    lesson = LessonPage.objects.live().filter(pk=parse_id(lesson_id)).first() if parse_id(lesson_id) else None
    next_url = safe_next(request, reverse("journal"))  # worked out before the write: a bad one cannot fail after it
    check_in_request(user=request.user, cohort=cohort, lesson=lesson)
    messages.success(
        request,
        f"Your facilitators in {cohort.name} know you would like a check-in. "
        "They have not been sent anything you wrote. You can follow it, and add a note, in Your check-ins.",
    )
    return redirect(next_url)
