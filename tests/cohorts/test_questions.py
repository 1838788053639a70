"""Questions to the facilitators: asking with or without a name, answering in the group, taking a question back,
hiding one, the emails, the one-time token, the rate limit, and the person's own download and erasure."""

import re
import uuid

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from cohorts.models import GroupAnswer, GroupQuestion, Membership
from cohorts.services import question_answer, question_ask, question_delete, question_hide
from learning.services.data_rights import person_erase, person_export_files
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOTE = "Your name is hidden from the group, not from your facilitators."
ASKER = "Ottoline Brackenbury"  # a name no page says by accident


@pytest.fixture
def asker(cohort):
    person = UserFactory(display_name=ASKER)
    Membership.objects.create(cohort=cohort, user=person)
    return person


def qa_url(cohort) -> str:
    return f"/cohorts/{cohort.slug}/questions/"


def test_the_page_says_plainly_who_sees_the_name_next_to_the_choice(client, cohort, member):
    client.force_login(member)
    html = client.get(qa_url(cohort)).content.decode()
    choice = html[html.index("<legend>Who the group sees as asking</legend>") :].split("</fieldset>")[0]
    assert NOTE in choice, "the note sits with the choice"
    assert re.search(r'<input[^>]*value="no"[^>]*checked', choice), "without a name unless they choose otherwise"


def test_a_member_asks_without_their_name_and_the_group_sees_no_name(client, cohort, asker, member, facilitator):
    client.force_login(asker)
    response = client.post(qa_url(cohort), {"text": "Can I bring my sister?", "show_name": "no"})
    assert response.status_code == 302
    question = GroupQuestion.objects.get()
    assert (question.author, question.show_name, question.cohort) == (asker, False, cohort)

    client.force_login(member)
    html = client.get(qa_url(cohort)).content.decode()
    assert "Can I bring my sister?" in html and "A member of the group asked" in html
    assert ASKER not in html

    client.force_login(facilitator)
    html = client.get(qa_url(cohort)).content.decode()
    assert f"{ASKER} asked" in html and "only facilitators can see who asked" in html


def test_the_questions_pages_are_never_stored_by_a_browser(client, cohort, member, facilitator):
    question = question_ask(cohort=cohort, author=member, text="When do we start?", show_name=False, notify=False)
    for person, url in [
        (member, qa_url(cohort)),
        (member, f"{qa_url(cohort)}{question.pk}/delete/"),
        (facilitator, f"{qa_url(cohort)}{question.pk}/answer/"),
        (facilitator, f"{qa_url(cohort)}{question.pk}/hide/"),
    ]:
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 200 and "no-store" in response["Cache-Control"], url


def test_a_facilitator_without_the_two_factor_sign_in_the_site_asks_for_cannot_answer(
    client, settings, cohort, member, facilitator
):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    question = question_ask(cohort=cohort, author=member, text="A question", show_name=False, notify=False)
    with pytest.raises(PermissionDenied):
        question_answer(question=question, by=facilitator, text="An answer", notify=False)
    client.force_login(facilitator)
    response = client.post(f"{qa_url(cohort)}{question.pk}/answer/", {"text": "An answer"})
    assert response.status_code in {302, 404} and not GroupAnswer.objects.exists()


def test_a_named_question_shows_the_askers_public_name(client, cohort, member):
    question_ask(cohort=cohort, author=member, text="Where do we meet?", show_name=True, notify=False)
    other = UserFactory(display_name="Chris")
    Membership.objects.create(cohort=cohort, user=other)
    client.force_login(other)
    assert "Jo asked" in client.get(qa_url(cohort)).content.decode()


def test_a_facilitator_answers_in_the_group_and_the_asker_is_emailed_without_the_words(
    client, cohort, member, facilitator, mailoutbox, django_capture_on_commit_callbacks
):
    question = question_ask(cohort=cohort, author=member, text="Is there a break?", show_name=False, notify=False)
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{qa_url(cohort)}{question.pk}/answer/", {"text": "Yes, halfway through.", "submission": str(uuid.uuid4())}
        )
    assert response.status_code == 302 and response.url.endswith(f"#question-{question.pk}")
    assert GroupAnswer.objects.get().author == facilitator
    [message] = mailoutbox
    assert message.to == [member.email]
    assert "Yes, halfway through." not in message.body and "Is there a break?" not in message.body
    assert f"/cohorts/{cohort.slug}/questions/" in message.body

    client.force_login(member)
    html = client.get(qa_url(cohort)).content.decode()
    assert "Yes, halfway through." in html and "Priya" in html


def test_a_new_question_tells_every_facilitator_but_not_the_words_or_who_asked(
    cohort, asker, facilitator, peer_facilitator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question_ask(cohort=cohort, author=asker, text="Will there be captions?", show_name=True)
    facilitators = Membership.objects.facilitating().filter(cohort=cohort).values_list("user__email", flat=True)
    assert {facilitator.email, peer_facilitator.email} <= set(facilitators)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(facilitators)
    for message in mailoutbox:
        assert "captions" not in message.body and ASKER not in message.body and ASKER not in message.subject
        assert f"/cohorts/{cohort.slug}/questions/" in message.body


def test_facilitators_who_switched_question_emails_off_get_none(
    cohort, member, facilitator, mailoutbox, django_capture_on_commit_callbacks
):
    for membership in Membership.objects.facilitating().filter(cohort=cohort).select_related("user"):
        membership.user.email_opt_outs = ["group_questions"]
        membership.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        question_ask(cohort=cohort, author=member, text="A question", show_name=False)
    assert mailoutbox == []


def test_the_same_form_sent_twice_asks_once(client, cohort, member):
    client.force_login(member)
    token = str(uuid.uuid4())
    for _ in range(2):
        client.post(qa_url(cohort), {"text": "Only once, please", "show_name": "no", "submission": token})
    assert GroupQuestion.objects.count() == 1


def test_an_empty_question_is_refused_with_a_message_and_nothing_is_saved(client, cohort, member):
    client.force_login(member)
    response = client.post(qa_url(cohort), {"text": "   ", "show_name": "no"})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html and "Write your question" in html
    assert not GroupQuestion.objects.exists()


def test_markup_in_a_question_never_runs(client, cohort, member):
    question_ask(cohort=cohort, author=member, text="<script>alert(1)</script> **Hello**", show_name=True, notify=False)
    client.force_login(member)
    html = client.get(qa_url(cohort)).content.decode()
    assert "<script>alert(1)" not in html and "<strong>Hello</strong>" in html


def test_only_the_asker_may_delete_and_answers_go_with_the_question(client, cohort, member, facilitator):
    question = question_ask(cohort=cohort, author=member, text="Mine", show_name=False, notify=False)
    question_answer(question=question, by=facilitator, text="An answer", notify=False)
    with pytest.raises(PermissionDenied):
        question_delete(question=question, by=facilitator)
    client.force_login(facilitator)
    assert client.post(f"{qa_url(cohort)}{question.pk}/delete/").status_code == 404
    client.force_login(member)
    assert client.post(f"{qa_url(cohort)}{question.pk}/delete/").status_code == 302
    assert not GroupQuestion.objects.exists() and not GroupAnswer.objects.exists()


def test_a_facilitator_hides_a_question_with_a_reason_the_asker_sees(client, cohort, member, facilitator):
    question = question_ask(cohort=cohort, author=member, text="Something personal", show_name=True, notify=False)
    client.force_login(facilitator)
    refused = client.post(f"{qa_url(cohort)}{question.pk}/hide/", {"reason": ""})
    assert refused.status_code == 200 and "Give a short reason" in refused.content.decode()
    assert client.post(f"{qa_url(cohort)}{question.pk}/hide/", {"reason": "Better one to one"}).status_code == 302
    question.refresh_from_db()
    assert question.hidden_by == facilitator and question.hidden_reason == "Better one to one"
    with pytest.raises(ValidationError):
        question_answer(question=question, by=facilitator, text="Too late", notify=False)
    client.force_login(member)
    assert "Better one to one" in client.get(qa_url(cohort)).content.decode()


def test_members_cannot_answer_or_hide(cohort, member):
    question = question_ask(cohort=cohort, author=member, text="A question", show_name=False, notify=False)
    with pytest.raises(PermissionDenied):
        question_answer(question=question, by=member, text="I know!", notify=False)
    with pytest.raises(PermissionDenied):
        question_hide(question=question, by=member, reason="no")


def test_only_people_in_the_group_may_ask(cohort):
    with pytest.raises(PermissionDenied):
        question_ask(cohort=cohort, author=UserFactory(), text="Let me in", show_name=True, notify=False)


def test_the_page_lists_unanswered_questions_first_and_paginates(client, cohort, member, facilitator):
    answered = question_ask(cohort=cohort, author=member, text="Answered one", show_name=False, notify=False)
    question_answer(question=answered, by=facilitator, text="Done", notify=False)
    for number in range(21):
        question_ask(cohort=cohort, author=member, text=f"Waiting {number}", show_name=False, notify=False)
    client.force_login(member)
    first = client.get(qa_url(cohort)).content.decode()
    assert "Waiting 20" in first and "Answered one" not in first and "Page 1 of 2" in first
    assert "Answered one" in client.get(f"{qa_url(cohort)}?page=2").content.decode()


def test_the_facilitators_space_counts_the_questions_waiting(client, cohort, member, facilitator):
    question_ask(cohort=cohort, author=member, text="One", show_name=False, notify=False)
    question_ask(cohort=cohort, author=member, text="Two", show_name=False, notify=False)
    client.force_login(facilitator)
    assert (
        "Questions to the facilitators (2 waiting for an answer)"
        in client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    )


def test_the_group_space_links_to_the_questions(client, cohort, member):
    client.force_login(member)
    assert f'href="/cohorts/{cohort.slug}/questions/"' in client.get(f"/cohorts/{cohort.slug}/").content.decode()


def test_asking_is_rate_limited_and_a_refused_question_keeps_its_words(client, cohort, member, facilitator):
    cache.clear()
    client.force_login(member)
    with override_settings(COLEARN_RATE_LIMITS={"group_question": "2/1m/user"}):
        for number in range(2):
            assert client.post(qa_url(cohort), {"text": f"Question {number}", "show_name": "no"}).status_code == 302
        refused = client.post(qa_url(cohort), {"text": "Question 2", "show_name": "no"})
    cache.clear()
    assert refused.status_code == 429 and "Question 2" in refused.content.decode()
    assert GroupQuestion.objects.count() == 2


def test_the_askers_download_holds_their_questions_and_the_facilitators_their_answers(cohort, member, facilitator):
    question = question_ask(cohort=cohort, author=member, text="For my download", show_name=False, notify=False)
    question_answer(question=question, by=facilitator, text="An answer for theirs", notify=False)
    mine = "".join(data.decode() for _, data in person_export_files(user=member))
    theirs = "".join(data.decode() for _, data in person_export_files(user=facilitator))
    assert "For my download" in mine and "An answer for theirs" not in mine
    assert "An answer for theirs" in theirs and "For my download" not in theirs


def test_erasing_a_facilitator_removes_their_answers_and_their_reasons(cohort, member, facilitator):
    kept = question_ask(cohort=cohort, author=member, text="Stays", show_name=False, notify=False)
    question_answer(question=kept, by=facilitator, text="Goes", notify=False)
    hidden = question_ask(cohort=cohort, author=member, text="Hidden", show_name=False, notify=False)
    question_hide(question=hidden, by=facilitator, reason="Their words")
    person_erase(user=facilitator)
    assert not GroupAnswer.objects.exists()
    hidden.refresh_from_db()
    assert hidden.hidden_at is not None and hidden.hidden_reason == "" and hidden.hidden_by is None
    assert GroupQuestion.objects.filter(pk=kept.pk).exists()
