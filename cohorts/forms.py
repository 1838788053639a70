from django import forms

from cohorts.models import ApplicationStatus, AttendanceStatus, LiveSession, Perspective
from colearn.fields import TypedLineField, TypedTextField
from colearn.http import parse_id

PERSPECTIVE_HELP = (
    "Groups mix people with different experiences. Facilitators use this to keep the mix balanced. "
    "Other members only see it if you choose to show it."
)


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

    def clean_statement(self) -> str:
        statement = self.cleaned_data["statement"].strip()
        if not statement:
            raise forms.ValidationError("Tell us a little about why you would like to join.")
        return statement


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
        label="Message to the applicant (optional)",
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

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", "The session must end after it starts.")
        if not cleaned.get("location") and not cleaned.get("video_url"):
            self.add_error("location", "Give a place to meet, a video link, or both.")
        return cleaned


class RegisterForm(forms.Form):
    """One choice per member, so the whole register is taken in a single form."""

    def __init__(self, *args, rows=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for membership, status in rows:
            self.fields[f"member_{membership.user_id}"] = forms.ChoiceField(
                label=membership.user.public_name,
                choices=[("", "Not recorded"), *AttendanceStatus.choices],
                required=False,
                initial=status,
                widget=forms.RadioSelect,
            )

    def _named(self):
        """Only the members this post names: a part-sent register changes those people and nobody else."""
        return [membership for membership, _ in self.rows if f"member_{membership.user_id}" in self.data]

    def clean(self):
        cleaned = super().clean()
        if self.is_bound and not self._named():
            raise forms.ValidationError("Choose present, sent apologies or absent for at least one member.")
        return cleaned

    def statuses(self) -> dict[int, str]:
        return {membership.user_id: self.cleaned_data[f"member_{membership.user_id}"] for membership in self._named()}

    def member_fields(self):
        return [(membership, self[f"member_{membership.user_id}"]) for membership, _ in self.rows]


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
    title = TypedLineField(max_length=150)
    body = TypedTextField(
        label="Message",
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Plain text is fine. A blank line starts a new paragraph; web addresses become links.",
    )


class VisibilityForm(forms.Form):
    show_perspective = forms.BooleanField(label="Show other members how I come to the course", required=False)
