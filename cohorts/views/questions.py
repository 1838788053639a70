"""Questions to the facilitators: the group's Q&A page, answering in the group, taking a question back, hiding one.
Every question is read through GroupQuestion.objects.visible_to (cohorts.selectors), so a "no" is a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from cohorts.forms import AnswerForm, QuestionForm, QuestionHideForm
from cohorts.permissions import facilitates
from cohorts.selectors import cohort_for_facilitator, cohort_for_member, question_for, questions_for_group
from cohorts.services import question_answer, question_ask, question_delete, question_hide
from colearn.http import add_service_errors
from colearn.ratelimit import rate_limited

QUESTIONS_PER_PAGE = 20


@login_required
@rate_limited("group_question")
def questions(request, slug: str):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            question_ask(cohort=cohort, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Your question is posted. Your facilitators are told, and will answer it here.")
            return redirect("cohorts:questions", slug=slug)
    facilitating = facilitates(request.user, membership)
    page = Paginator(questions_for_group(cohort=cohort, viewer=request.user), QUESTIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    for question in page if facilitating else ():
        # Each answer box has its own ids (several on one page) and its own one-time token.
        question.answer_form = AnswerForm(auto_id=f"answer-{question.pk}-%s")
    context = {"cohort": cohort, "facilitating": facilitating, "page_obj": page, "form": form}
    return render(request, "cohorts/questions.html", context)


@login_required
@rate_limited("group_answer")
def answer(request, slug: str, question_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    question = question_for(viewer=request.user, cohort=cohort, question_id=question_id)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            question_answer(question=question, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Your answer is posted for the group. The person who asked is told by email.")
            return redirect(f"{reverse('cohorts:questions', args=[slug])}#question-{question.pk}")
    return render(request, "cohorts/question_answer.html", {"cohort": cohort, "question": question, "form": form})


@login_required
def delete(request, slug: str, question_id: int):
    cohort, _ = cohort_for_member(user=request.user, slug=slug)
    question = question_for(viewer=request.user, cohort=cohort, question_id=question_id)
    if question.author_id != request.user.pk:
        raise Http404("No such question")
    if request.method == "POST":
        question_delete(question=question, by=request.user)
        messages.success(request, "Your question is deleted, with any answers to it.")
        return redirect("cohorts:questions", slug=slug)
    return render(request, "cohorts/question_delete.html", {"cohort": cohort, "question": question})


@login_required
def hide(request, slug: str, question_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    question = question_for(viewer=request.user, cohort=cohort, question_id=question_id)
    form = QuestionHideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            question_hide(question=question, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "The question is hidden from the group. The person who asked sees your reason.")
            return redirect("cohorts:questions", slug=slug)
    return render(request, "cohorts/question_hide.html", {"cohort": cohort, "question": question, "form": form})
