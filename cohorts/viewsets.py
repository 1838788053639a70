"""Cohorts in the Wagtail admin, next to the content: admins create them and name their facilitators.

Every save goes through cohort_create / cohort_update, so the CMS takes the same row lock as accepting someone and
a capacity change can never leave more members than places. Wagtail's create and edit actions still run around
the form's save(), so the admin's history (log entries) is written as for any other model."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import validate_email
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from cohorts.models import Cohort, Membership, Role
from cohorts.selectors import missing_from_pair
from cohorts.services import COHORT_FIELDS, PAIR_MESSAGES, check_capacity, cohort_create, cohort_update
from colearn.models import User


def _emails(raw: str) -> list[str]:
    emails = [part.strip() for part in raw.replace(";", ",").replace("\n", ",").split(",") if part.strip()]
    unknown = []
    for email in emails:
        validate_email(email)
        if not User.objects.filter(email__iexact=email).exists():
            unknown.append(email)
    if unknown:
        raise ValidationError(f"There is no account for {', '.join(unknown)}. Ask them to sign up first.")
    return emails


class CohortAdminForm(WagtailAdminModelForm):
    facilitator_emails = forms.CharField(
        label="Staff facilitators",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Email addresses of their Colearn accounts, separated by commas. Removing someone here ends their "
        "place in the group.",
    )
    peer_facilitator_emails = forms.CharField(
        label="Peer facilitators",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Email addresses of their Colearn accounts, separated by commas. A group people apply to needs "
        "at least one staff facilitator and one peer facilitator.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            facilitating = Membership.objects.facilitating().filter(cohort=self.instance).select_related("user")
            for field, role in (
                ("facilitator_emails", Role.FACILITATOR),
                ("peer_facilitator_emails", Role.PEER_FACILITATOR),
            ):
                self.fields[field].initial = ", ".join(m.user.email for m in facilitating if m.role == role)

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        check_capacity(cohort=self.instance, capacity=capacity)
        return capacity

    def clean_facilitator_emails(self):
        return _emails(self.cleaned_data["facilitator_emails"])

    def clean_peer_facilitator_emails(self):
        return _emails(self.cleaned_data["peer_facilitator_emails"])

    def clean(self):
        cleaned = super().clean()
        named = {
            role: cleaned[field] for role, field in FIELD_FOR_ROLE.items() if field in cleaned
        }  # a field with its own error is not in cleaned_data, and has said what is wrong already
        if "join_mode" in cleaned and len(named) == len(FIELD_FOR_ROLE):
            roles = [role for role, emails in named.items() if emails]
            for role in missing_from_pair(join_mode=cleaned["join_mode"], roles=roles):
                self.add_error(FIELD_FOR_ROLE[role], PAIR_MESSAGES[role])
        return cleaned

    def save(self, commit=True):
        """Called by Wagtail's create/edit action, which then writes the log entry. Writes only through the
        cohort services; a ValidationError they raise under the lock is shown by the views below."""
        if not commit:
            return self.instance
        fields = {name: self.cleaned_data[name] for name in COHORT_FIELDS if name in self.cleaned_data}
        facilitators = {email.lower(): Role.FACILITATOR for email in self.cleaned_data["facilitator_emails"]}
        facilitators |= {email.lower(): Role.PEER_FACILITATOR for email in self.cleaned_data["peer_facilitator_emails"]}
        if self.instance.pk:
            self.instance = cohort_update(cohort=self.instance, facilitators=facilitators, **fields)
        else:
            self.instance = cohort_create(facilitators=facilitators, **fields)
        return self.instance


# The services name the half of the pair a refusal is about by role; the form has a field for each.
FIELD_FOR_ROLE = {Role.FACILITATOR: "facilitator_emails", Role.PEER_FACILITATOR: "peer_facilitator_emails"}


class ServiceErrorsBesideFields:
    """A service can refuse what the form allowed (e.g. the group filled up while the form was open): Wagtail's
    transaction is rolled back, so nothing changes, and the message is shown next to its field like any other."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            errors = error.error_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.error_list}
            for field, messages in errors.items():
                field = FIELD_FOR_ROLE.get(field, field)
                form.add_error(field if field in form.fields else None, messages)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class CohortCreateView(ServiceErrorsBesideFields, generic.CreateView):
    pass


class CohortEditView(ServiceErrorsBesideFields, generic.EditView):
    pass


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = "Cohorts"
    menu_order = 150
    add_to_admin_menu = True
    add_view_class = CohortCreateView
    edit_view_class = CohortEditView
    list_display = ["name", "course", "starts_on", "capacity", "join_mode"]
    list_filter = ["course", "join_mode"]
    search_fields = ["name"]
    edit_handler = ObjectList(
        [
            FieldPanel("course"),
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("description"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("applications_open_at"), FieldPanel("apply_by")]),
                    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                ],
                heading="Dates",
            ),
            FieldPanel("capacity"),
            FieldPanel("join_mode"),
            FieldPanel("lived_experience_aim"),
            MultiFieldPanel(
                [FieldPanel("facilitator_emails"), FieldPanel("peer_facilitator_emails")], heading="Who runs it"
            ),
        ],
        base_form_class=CohortAdminForm,
    )
