""" "Try this week": "I'll try this" from a lesson, letting one go, keeping one as a small win. Answering "How did
it go?" is the journal's outcome form (learning.views.journal.entry_outcome)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from colearn.http import post_only, safe_next
from courses.models import LessonPage
from learning.permissions import can_edit_entry
from learning.selectors import entry_for
from learning.services.tries import try_commit, try_keep_as_small_win, try_let_go
from learning.try_selectors import ask_sentence


@post_only
@login_required
def try_commit_view(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    block_id = request.POST.get("block", "")[:64]
    try:
        entry, made_now = try_commit(user=request.user, lesson=lesson, block_id=block_id)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(lesson.url)
    if made_now:
        messages.success(request, f"It is on your dashboard, under Things you’re trying. {ask_sentence(entry)}")
    else:
        messages.info(request, "You’re already trying this. It is on your dashboard, under Things you’re trying.")
    return redirect(f"{lesson.url}#try-{block_id}")


def _own_action(request, entry_id: int):
    entry = entry_for(request.user, entry_id)
    if not can_edit_entry(request.user, entry):
        raise Http404("No such entry")
    return entry


@post_only
@login_required
def try_let_go_view(request, entry_id: int):
    entry = _own_action(request, entry_id)
    next_url = safe_next(request, reverse("dashboard"))
    try:
        try_let_go(entry=entry, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, "That’s fine – we won’t ask about it. It stays in your journal if you want it.")
    return redirect(next_url)


@post_only
@login_required
def try_small_win_view(request, entry_id: int):
    entry = _own_action(request, entry_id)
    try:
        win = try_keep_as_small_win(entry=entry, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("journal_entry", entry.pk)
    messages.success(request, "Kept as a small win in your journal. Only you can read it, unless you share it.")
    return redirect("journal_entry", win.pk)
