import uuid

from django import forms
from django.utils import timezone

from cohorts.models import (
    MAX_FACILITATION_MINUTES,
    ApplicationStatus,
    AttendanceStatus,
    LiveSession,
    Perspective,
    ProfileSharing,
)
from cohorts.services import MAX_ANSWER, MAX_HIDE_REASON, MAX_NOTE, MAX_QUESTION
from colearn.fields import TypedLineField, TypedTextField
from colearn.http import parse_id
from colearn.sanitize import FORMATTING_HINT

PERSPECTIVE_HELP = (
    "Groups mix people with different experiences. Facilitators use this to keep the mix balanced. "
    "Other members only see it if you choose to show it."
)


USE_PROFILE, WRITE_HERE = "profile", "here"


class ApplicationForm(forms.Form):
    statement = TypedTextField(
        label="Why would you like to join this group?",
        help_text="A few sentences is plenty. There are no right answers.",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Tell us a little about why you would like to join."},
    )
    perspective = forms.ChoiceField(
        label="How do you mainly come to this course?",
        choices=Perspective.choices,
        widget=forms.RadioSelect,
        help_text=PERSPECTIVE_HELP,
        error_messages={"required": "Choose how you mainly come to the course, or “I would rather not say”."},
    )
    access_needs = TypedTextField(
        label="Is there anything that would help you take part?",
        help_text="For example large print, a quiet space, breaks, captions or someone to come with you.",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    agreed_to_cohort_agreement = forms.BooleanField(
        label="I agree to the group agreement above",
        error_messages={"required": "Please agree to the group agreement to apply."},
    )

    def __init__(self, *args, profile_support: str = "", **kwargs):
        """`profile_support`: what the person wrote under "How best to support me" in their one-page profile. When
        there is some, they may send that instead of writing it again."""
        super().__init__(*args, **kwargs)
        self.profile_support = profile_support
        if profile_support:
            self.fields["access_needs_from"] = forms.ChoiceField(
                label="Is there anything that would help you take part?",
                choices=[
                    (USE_PROFILE, "Use what I wrote before, in my one-page profile"),
                    (WRITE_HERE, "Write something for this group"),
                ],
                initial=USE_PROFILE,
                widget=forms.RadioSelect,
                help_text=f"In your one-page profile, under “How best to support me”, you wrote: “{profile_support}”",
                error_messages={"required": "Choose whether to use what you wrote before or write something here."},
            )
            self.fields["access_needs"].label = "What would help you take part in this group"
            self.fields["access_needs"].help_text = (
                "Only if you chose to write something for this group. For example large print, a quiet space, "
                "breaks, captions or someone to come with you."
            )
            self.order_fields(["statement", "perspective", "access_needs_from", "access_needs"])

    def clean_statement(self) -> str:
        statement = self.cleaned_data["statement"].strip()
        if not statement:
            raise forms.ValidationError("Tell us a little about why you would like to join.")
        return statement

    def clean(self):
        cleaned = super().clean()
        # Only the words to send go on to the service: the profile's own, read from the database, or the new ones.
        if cleaned.pop("access_needs_from", None) == USE_PROFILE:
            if cleaned.get("access_needs"):
                self.add_error(
                    "access_needs",
                    "You wrote something here and also chose to use what you wrote before. Choose “Write something "
                    "for this group” to send these words, or empty this box.",
                )
            else:
                cleaned["access_needs"] = self.profile_support
        return cleaned


class InviteJoinForm(forms.Form):
    perspective = ApplicationForm.base_fields["perspective"]
    agreed_to_cohort_agreement = ApplicationForm.base_fields["agreed_to_cohort_agreement"]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            (ApplicationStatus.ACCEPTED, "Offer a place"),
            (ApplicationStatus.WAITLISTED, "Put on the waiting list"),
            (ApplicationStatus.DECLINED, "Decline"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what to do with this application."},
    )
    message = TypedTextField(
        label="Message to the applicant",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Sent with the email about your decision.",
    )


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class IdChoiceField(forms.ModelChoiceField):
    """A choice of row by id that refuses an id no database column could hold as an ordinary wrong choice
    (SQLite raises OverflowError for it, PostgreSQL an out-of-range error: both were a 500)."""

    def to_python(self, value):
        if value not in self.empty_values and parse_id(value) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class SessionForm(forms.ModelForm):
    video_url = forms.URLField(
        label="Video link",
        required=False,
        assume_scheme="https",
        help_text="The link to join, if it meets online.",
        error_messages={"invalid": "Enter a full web address, such as https://meet.example.org/our-group."},
    )

    # The version the form was opened on, so two facilitators editing at once cannot overwrite each other.
    sequence = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = LiveSession
        fields = ["title", "starts_at", "ends_at", "location", "video_url", "agenda", "module"]
        labels = {"starts_at": "Starts", "ends_at": "Ends", "module": "Module it covers"}
        help_texts = {"starts_at": "Date and time, UK time.", "ends_at": "Date and time, UK time."}
        error_messages = {
            "title": {"required": "Give the session a title, such as “Week 3: Small steps”."},
            "starts_at": {"required": "Enter when the session starts, for example 14/03/2027 18:30."},
            "ends_at": {"required": "Enter when the session ends, for example 14/03/2027 20:00."},
        }
        widgets = {
            "starts_at": DateTimeLocalInput(),
            "ends_at": DateTimeLocalInput(),
            "agenda": forms.Textarea(attrs={"rows": 5}),
        }
        field_classes = {
            "title": TypedLineField,
            "location": TypedLineField,
            "agenda": TypedTextField,
            "module": IdChoiceField,
        }

    def __init__(self, *args, modules=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].queryset = self.fields["module"].queryset.filter(pk__in=[m.pk for m in modules])
        self.fields["module"].required = False
        self.fields["module"].empty_label = "No particular module"
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
            self.fields[name].error_messages["invalid"] = "Enter a date and time, for example 14/03/2027 18:30."


class RegisterForm(forms.Form):
    """One choice per member, so the whole register is taken in a single form; and, once the session has started,
    the minutes each facilitator ran it for (`facilitation`: cohorts.selectors.facilitation_for)."""

    def __init__(self, *args, rows=(), facilitation=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        self.facilitation = facilitation
        for row in facilitation:
            self.fields[f"facilitator_{row.user.pk}"] = forms.IntegerField(
                label=f"{row.user.public_name} ({row.role_label.lower()}): minutes",
                required=False,
                min_value=0,
                max_value=MAX_FACILITATION_MINUTES,
                initial=row.minutes,
                help_text="0 if they did not facilitate this session.",
                error_messages={
                    "invalid": "Enter the minutes as a whole number, for example 90.",
                    "min_value": "Enter 0 or more minutes.",
                    "max_value": f"Enter {MAX_FACILITATION_MINUTES:,} minutes (24 hours) or fewer.",
                },
            )
        for membership, status in rows:
            said_here_at = getattr(membership, "said_here_at", None)
            self.fields[f"member_{membership.user_id}"] = forms.ChoiceField(
                label=membership.user.public_name,
                choices=[("", "Not recorded"), *AttendanceStatus.choices],
                required=False,
                # "I'm here" only suggests present: it is recorded when the facilitator saves the register.
                initial=status or (AttendanceStatus.PRESENT if said_here_at else ""),
                help_text=f"Said they were here at {timezone.localtime(said_here_at):%H:%M}." if said_here_at else "",
                widget=forms.RadioSelect,
            )

    def _named(self):
        """Only the members this post names: a part-sent register changes those people and nobody else."""
        return [membership for membership, _ in self.rows if f"member_{membership.user_id}" in self.data]

    def _named_facilitators(self):
        return [row for row in self.facilitation if f"facilitator_{row.user.pk}" in self.data]

    def clean(self):
        cleaned = super().clean()
        if self.is_bound and not self._named() and not self._named_facilitators():
            raise forms.ValidationError("Choose present, sent apologies or absent for at least one member.")
        return cleaned

    def statuses(self) -> dict[int, str]:
        return {membership.user_id: self.cleaned_data[f"member_{membership.user_id}"] for membership in self._named()}

    def minutes(self) -> dict[int, int | None]:
        return {row.user.pk: self.cleaned_data[f"facilitator_{row.user.pk}"] for row in self._named_facilitators()}

    def member_fields(self):
        return [(membership, self[f"member_{membership.user_id}"]) for membership, _ in self.rows]

    @property
    def said_here(self) -> bool:
        """Someone said "I'm here" and is not on the register yet, so present is chosen for them, unsaved."""
        return any(getattr(membership, "said_here_at", None) and not status for membership, status in self.rows)

    def facilitator_fields(self):
        return [self[f"facilitator_{row.user.pk}"] for row in self.facilitation]


MAX_CATCH_UP_NOTES = 5000


class CatchUpForm(forms.Form):
    """The catch-up pack. Every field may be left empty (emptying all of them takes the pack down), but a post
    must name them: one that sends none of them changes nothing."""

    catch_up_notes = TypedTextField(
        label="What we covered",
        max_length=MAX_CATCH_UP_NOTES,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="A few lines for anyone who couldn’t make it, and a reminder for those who came. Plain text.",
    )
    recording_url = forms.URLField(
        label="Recording link",
        required=False,
        assume_scheme="https",
        help_text="Only if the group agreed to the session being recorded.",
        error_messages={"invalid": "Enter a full web address, such as https://video.example.org/our-session."},
    )
    reflection_prompt = TypedLineField(
        label="Something to reflect on",
        max_length=LiveSession._meta.get_field("reflection_prompt").max_length,
        required=False,
        help_text="A question people can write about in their journal, for example “What is one small step you "
        "could take this week?”",
    )

    def clean(self):
        cleaned = super().clean()
        if self.is_bound and not any(name in self.data for name in self.fields):
            raise forms.ValidationError("Nothing was sent, so nothing changed. Please fill in the form again.")
        return cleaned


class FacilitatorNoteForm(forms.Form):
    text = TypedTextField(
        label="Your note",
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="For example what you are planning, what went well, or what to change next time. " + FORMATTING_HINT,
        error_messages={"required": "Write the note before saving it."},
    )


class HoursForm(forms.Form):
    """The days whose sessions count, both included. Sent by GET, so the page and its CSV share one address."""

    start = forms.DateField(
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Give the first day to count.", "invalid": "Enter a date, for example 1/3/2027."},
    )
    end = forms.DateField(
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Give the last day to count.", "invalid": "Enter a date, for example 31/3/2027."},
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", "The last day must be on or after the first day.")
        return cleaned


class ModuleReleaseForm(forms.Form):
    def __init__(self, *args, openings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.openings = openings
        for opening in openings:
            self.fields[f"module_{opening.module.pk}"] = forms.DateField(
                label=f"Module {opening.number}: {opening.module.title}",
                required=False,
                initial=opening.opens_on,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                help_text="Leave empty to open it straight away.",
                error_messages={"invalid": "Enter a date, for example 14/03/2027."},
            )

    def _named(self):
        """Only the dates this post names: one field sent changes that one module's date and no other."""
        return [opening for opening in self.openings if f"module_{opening.module.pk}" in self.data]

    def clean(self):
        cleaned = super().clean()
        if self.is_bound and not self._named():
            raise forms.ValidationError("Give a date for at least one module, or leave one empty to open it now.")
        return cleaned

    def dates(self) -> dict[int, object]:
        return {opening.module.pk: self.cleaned_data[f"module_{opening.module.pk}"] for opening in self._named()}


class AnnouncementForm(forms.Form):
    title = TypedLineField(
        max_length=150, error_messages={"required": "Give the announcement a title, so people know what it is about."}
    )
    body = TypedTextField(
        label="Message",
        max_length=20000,
        error_messages={"required": "Write the message you would like the group to read."},
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Plain text is fine. A blank line starts a new paragraph; web addresses become links.",
    )


class VisibilityForm(forms.Form):
    show_perspective = forms.BooleanField(label="Show other members how I come to the course", required=False)


class ProfileSharingForm(forms.Form):
    """Who in one group sees the person's one-page profile. Several can sit on one page (one per group), so each
    gets ids of its own."""

    sharing = forms.ChoiceField(
        choices=ProfileSharing.choices,
        widget=forms.RadioSelect,
        help_text="You can change this at any time. People who leave the group stop seeing it.",
        error_messages={
            "required": "Choose who may see your one-page profile. Nothing was changed.",
            "invalid_choice": "Choose who may see your one-page profile. Nothing was changed.",
        },
    )

    def __init__(self, *args, cohort, **kwargs):
        kwargs.setdefault("auto_id", f"id_profile_sharing_{cohort.pk}_%s")
        super().__init__(*args, **kwargs)
        self.cohort = cohort
        self.fields["sharing"].label = f"Who in {cohort.name} sees your one-page profile"


# --- Questions to the facilitators ------------------------------------------------------------------------------

NAME_HIDDEN_NOTE = "Your name is hidden from the group, not from your facilitators."


class QuestionForm(forms.Form):
    text = TypedTextField(
        label="Your question",
        max_length=MAX_QUESTION,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Anything about the course, the sessions or how the group works. " + FORMATTING_HINT,
        error_messages={"required": "Write your question before sending it."},
    )
    show_name = forms.ChoiceField(
        label="Who the group sees as asking",
        choices=[("no", "Ask without my name"), ("yes", "Show my name")],
        initial="no",
        widget=forms.RadioSelect,
        help_text=NAME_HIDDEN_NOTE,
        error_messages={"required": "Choose whether to show your name to the group."},
    )
    # The one-time token that makes this form, sent twice, ask once (as learning's compose forms do).
    submission = forms.UUIDField(widget=forms.HiddenInput, required=False, initial=uuid.uuid4)

    def clean_show_name(self) -> bool:
        return self.cleaned_data["show_name"] == "yes"


class AnswerForm(forms.Form):
    text = TypedTextField(
        label="Your answer",
        max_length=MAX_ANSWER,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Everyone in the group can read it. " + FORMATTING_HINT,
        error_messages={"required": "Write your answer before sending it."},
    )
    submission = forms.UUIDField(widget=forms.HiddenInput, required=False, initial=uuid.uuid4)


class QuestionHideForm(forms.Form):
    reason = TypedLineField(
        label="Why are you hiding it?",
        max_length=MAX_HIDE_REASON,
        help_text="The person who asked will see this reason. Nobody else will.",
        error_messages={"required": "Give a short reason. The person who asked will see it."},
    )


class MemberWithoutEmailForm(forms.Form):
    display_name = TypedLineField(
        label="Their name, as they would like it shown",
        max_length=80,
        help_text="A first name or a nickname is fine. Other people in the group will see it. Nothing else about "
        "them is needed.",
        error_messages={"required": "Enter the name the person would like others to see."},
    )
