import datetime

import factory
from django.utils import timezone

from cohorts.models import (
    Application,
    Cohort,
    JoinMode,
    LiveSession,
    Membership,
    Perspective,
    Role,
    SessionCheckIn,
)

from .users import UserFactory

PERSPECTIVES = [Perspective.WORKS_IN_SERVICES, Perspective.USES_SERVICES, Perspective.CARER, Perspective.OTHER]


class CohortFactory(factory.django.DjangoModelFactory):
    """A cohort taking applications now, starting in a month. Pass `course` (a CoursePage).

    A group people apply to is run by a staff and a peer facilitator together (the pair the services insist on), so
    it comes with both: "Staff facilitator" and "Peer facilitator", or the names given as `pair__staff` and
    `pair__peer`. `pair=False` makes a group without them (as one left without its pair would be)."""

    class Meta:
        model = Cohort
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Spring group {n}")
    slug = factory.Sequence(lambda n: f"spring-group-{n}")
    description = "A friendly group meeting online every fortnight."
    applications_open_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    apply_by = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    starts_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=90))
    capacity = 12

    @factory.post_generation
    def pair(self, create, extracted, staff="Staff facilitator", peer="Peer facilitator"):
        if not create or extracted is False or self.join_mode != JoinMode.APPLY:
            return
        for name, role in ((staff, Role.FACILITATOR), (peer, Role.PEER_FACILITATOR)):
            Membership.objects.create(cohort=self, user=UserFactory(display_name=name), role=role)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    role = Role.MEMBER
    perspective = factory.Iterator(PERSPECTIVES)


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    statement = "I would like to learn alongside people with different experiences."
    perspective = Perspective.USES_SERVICES
    agreed_to_cohort_agreement = True


class LiveSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LiveSession

    title = factory.Sequence(lambda n: f"Session {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    video_url = "https://meet.example.org/colearn"
    agenda = "Welcome, check-in, the lesson, and a closing round."

    class Params:
        # Started half an hour ago, ends in ninety minutes: members can say "I'm here".
        happening = factory.Trait(
            starts_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(minutes=30))
        )
        # Ended an hour ago.
        finished = factory.Trait(starts_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=3)))
        with_catch_up = factory.Trait(
            catch_up_notes="We shared one small thing that helped this week, then mapped places nearby.",
            recording_url="https://video.example.org/session",
            reflection_prompt="What is one place you might try this month?",
        )


class SessionCheckInFactory(factory.django.DjangoModelFactory):
    """A member's "I'm here". Pass `session` and `user`."""

    class Meta:
        model = SessionCheckIn
