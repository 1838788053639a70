"""THE privacy matrix for questions to the facilitators: viewer × named or not × whether the asker is still in the
group × every page, email and download that shows questions.

Expected: the question and its answers are read by the group's active members and facilitators, and only while its
asker is in the group; everyone else gets a 404 identical to a missing id (signed out: the sign-in page). Who asked
an unnamed question is known to the asker and to the group's facilitators with two-factor sign-in (where the site
asks for it), and appears nowhere else: no page, HTML attribute, email or download another person can get.
"""

import io
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail

from cohorts.models import GroupAnswer, GroupQuestion, Membership, Role
from cohorts.services import question_answer, question_ask
from learning.services.data_rights import person_erase
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db

ASKER = "asker"
MEMBER = "member of the same group"
FACILITATOR = "facilitator of this group"
WITHOUT_TWO_FACTOR = "facilitator of this group without two-factor"
VIEWERS = [
    ASKER,
    MEMBER,
    FACILITATOR,
    WITHOUT_TWO_FACTOR,
    "member who has left the group",
    "member of another group",
    "facilitator of another group",
    "superuser",
    "anonymous",
]
NAME = "Zephyrine Quillfeather"  # the asker's public name: found nowhere it should not be, in any markup
QUESTION = "Is it all right to bring my assistance dog to the sessions?"
ANSWER = "Yes, of course: tell us what would help and we will arrange the room."


def may_read(viewer: str, asker_active: bool) -> bool:
    return asker_active and viewer in {ASKER, MEMBER, FACILITATOR, WITHOUT_TWO_FACTOR}


def may_know_who_asked(viewer: str, named: bool, asker_active: bool) -> bool:
    if not may_read(viewer, asker_active):
        return False
    # A facilitator without the two-factor sign-in the site asks of facilitators reads the group as a member does.
    return named or viewer in {ASKER, FACILITATOR}


@pytest.fixture
def world():
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1).course
    group, other_group = CohortFactory(course=course), CohortFactory(course=course)
    people = {"superuser": UserFactory(is_superuser=True), ASKER: UserFactory(display_name=NAME)}
    MembershipFactory(cohort=group, user=people[ASKER])
    for name, cohort, role in [
        (MEMBER, group, Role.MEMBER),
        (FACILITATOR, group, Role.FACILITATOR),
        (WITHOUT_TWO_FACTOR, group, Role.PEER_FACILITATOR),
        ("member who has left the group", group, Role.MEMBER),
        ("member of another group", other_group, Role.MEMBER),
        ("facilitator of another group", other_group, Role.FACILITATOR),
    ]:
        people[name] = UserFactory()
        MembershipFactory(cohort=cohort, user=people[name], role=role)
    # Facilitators have two-factor sign-in, except the one the matrix names "without two-factor".
    Authenticator.objects.create(user=people[FACILITATOR], type=Authenticator.Type.TOTP, data={"secret": "x"})
    Membership.objects.filter(user=people["member who has left the group"]).update(ended_at="2026-01-01T00:00Z")
    return group, people


def page_text(response) -> str:
    return response.content.decode()


@pytest.mark.parametrize("asker_active", [True, False], ids=["asker in the group", "asker has left"])
@pytest.mark.parametrize("named", [True, False], ids=["named", "without a name"])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_question_privacy_matrix(
    client, settings, world, viewer, named, asker_active, django_capture_on_commit_callbacks
):
    group, people = world
    if viewer == WITHOUT_TWO_FACTOR:
        settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    with django_capture_on_commit_callbacks(execute=True):
        question = question_ask(cohort=group, author=people[ASKER], text=QUESTION, show_name=named)
        question_answer(question=question, by=people[FACILITATOR], text=ANSWER)
    if not asker_active:
        Membership.objects.filter(user=people[ASKER], cohort=group).update(ended_at="2026-02-01T00:00Z")
    user = people.get(viewer)
    if user is not None:
        sign_in_confirmed(client, user)  # confirmed it is them, as a download asks
    readable, knows = may_read(viewer, asker_active), may_know_who_asked(viewer, named, asker_active)
    # The asker's own pages carry their name in the header, whatever the question says.
    name_is_theirs = viewer == ASKER

    def denied(response) -> bool:
        if viewer == "anonymous":
            return response.status_code == 302 and response.url.startswith("/accounts/login/")
        return response.status_code == 404

    # The rule itself.
    if user is not None:
        seen = GroupQuestion.objects.visible_to(user).filter(pk=question.pk).first()
        assert (seen is not None) == readable
        assert seen is None or seen.asker_shown == knows

    # The Q&A page: the words for those who may read them, the name only for those who may know it.
    in_group = viewer in {MEMBER, FACILITATOR, WITHOUT_TWO_FACTOR} or (viewer == ASKER and asker_active)
    qa = client.get(f"/cohorts/{group.slug}/questions/")
    if in_group:
        assert qa.status_code == 200
        assert (QUESTION in page_text(qa)) == readable
        assert (ANSWER in page_text(qa)) == readable
        if not name_is_theirs:
            assert (NAME in page_text(qa)) == knows
        if readable and not knows:
            assert "A member of the group asked" in page_text(qa)
    else:
        assert denied(qa)

    # The group's space and the facilitator's space link to the questions but show none (the asker's name is on
    # the group's member list, as every member's is, so it is the words that must not be there).
    for url in (f"/cohorts/{group.slug}/", f"/cohorts/{group.slug}/facilitate/"):
        assert QUESTION not in page_text(client.get(url)), url

    # The answer and hide pages: the group's facilitators with two-factor only.
    for url in (
        f"/cohorts/{group.slug}/questions/{question.pk}/answer/",
        f"/cohorts/{group.slug}/questions/{question.pk}/hide/",
    ):
        response = client.get(url)
        if viewer == FACILITATOR and readable:
            assert response.status_code == 200 and QUESTION in page_text(response)
        else:
            assert denied(response) or response.status_code == 302, url  # 302: asked to set up two-factor first

    # Taking the question back is the asker's alone (while in the group); a denied delete leaves it.
    delete = client.get(f"/cohorts/{group.slug}/questions/{question.pk}/delete/")
    assert delete.status_code == 200 if viewer == ASKER and asker_active else denied(delete)

    # Emails: the facilitators hear that there is a question, the asker that there is an answer; none carries the
    # question, the answer or the asker's name, named or not.
    recipients = sorted(address for message in mail.outbox for address in message.to)
    facilitators = Membership.objects.facilitating().filter(cohort=group).values_list("user__email", flat=True)
    assert {people[FACILITATOR].email, people[WITHOUT_TWO_FACTOR].email} <= set(facilitators)
    assert recipients == sorted([*facilitators, people[ASKER].email])
    for message in mail.outbox:
        assert QUESTION not in message.body and ANSWER not in message.body
        if message.to != [people[ASKER].email]:  # the asker's own email greets them by name
            assert NAME not in message.body and NAME not in message.subject
        assert f"/cohorts/{group.slug}/questions/" in message.body

    # "Download all my data": the question is in the asker's download alone; an answer in its writer's alone, and
    # never with the question or the name of who asked.
    everything = client.get("/accounts/data/download/")
    if viewer == "anonymous":
        assert denied(everything)
    else:
        assert everything.status_code == 200
        unzipped = zipfile.ZipFile(io.BytesIO(b"".join(everything.streaming_content)))
        words = "".join(unzipped.read(name).decode("utf-8") for name in unzipped.namelist())
        assert (QUESTION in words) == (viewer == ASKER)
        assert (ANSWER in words) == (viewer == FACILITATOR)
        assert name_is_theirs or NAME not in words

    # Erasure: once the asker's account is erased, nobody reads the question or its answers anywhere.
    person_erase(user=people[ASKER])
    assert not GroupQuestion.objects.filter(pk=question.pk).exists()
    assert not GroupAnswer.objects.filter(question_id=question.pk).exists()
    if in_group and viewer != ASKER:
        after = client.get(f"/cohorts/{group.slug}/questions/")
        assert after.status_code == 200 and QUESTION not in page_text(after) and NAME not in page_text(after)


def test_a_hidden_question_shows_only_to_its_asker_and_the_facilitators(client, world):
    group, people = world
    question = question_ask(cohort=group, author=people[ASKER], text=QUESTION, show_name=True, notify=False)
    from cohorts.services import question_hide

    question_hide(question=question, by=people[FACILITATOR], reason="Best talked about one to one")
    for viewer, sees in [(ASKER, True), (FACILITATOR, True), (MEMBER, False)]:
        client.force_login(people[viewer])
        html = page_text(client.get(f"/cohorts/{group.slug}/questions/"))
        assert (QUESTION in html) == sees, viewer
        assert ("Best talked about one to one" in html) == sees, viewer
