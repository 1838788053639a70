"""Template tags for "Try this week", for pages owned by other apps too: the cohorts session page cannot import
learning code, so it loads these (`{% load learning_tries %}`). Their queries count in the page's pinned count."""

from django import template

from learning.forms import OutcomeForm
from learning.try_selectors import ask_sentence as ask_sentence_for
from learning.try_selectors import tries_at_session

register = template.Library()


@register.filter
def ask_sentence(entry) -> str:
    """ "We'll ask how it went at your group's next session, …": when the question comes (needs `ask_session`)."""
    return ask_sentence_for(entry)


@register.inclusion_tag("learning/tries/answer_form.html", takes_context=True)
def answer_form(context, entry, form=None):
    """The "How did it go?" form for one action, its ids its own so several fit on one page, and "I'll leave this
    one" beside it. `form`: a bound form to show again with its errors."""
    return {
        "entry": entry,
        "form": form or OutcomeForm(auto_id=f"try-{entry.pk}-%s"),
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("learning/tries/how_did_it_go.html", takes_context=True)
def how_did_it_go(context, session):
    """On a session's page: the signed-in person's actions whose "How did it go?" is asked at this session."""
    request = context["request"]
    return {
        "tries": tries_at_session(request.user, session),
        "session": session,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
