"""Cohorts in the Wagtail admin, next to the content: admins create them and name their facilitators."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from cohorts.models import Cohort, Membership, Role
from cohorts.services import check_capacity, cohort_set_facilitator, membership_step_down
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
        label="Facilitators (staff)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Email addresses of their Colearn accounts, separated by commas. Removing someone here ends their "
        "place in the group.",
    )
    peer_facilitator_emails = forms.CharField(
        label="Peer facilitators",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Email addresses of their Colearn accounts, separated by commas.",
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

    def save(self, commit=True):
        cohort = super().save(commit=commit)
        wanted = {email.lower(): Role.FACILITATOR for email in self.cleaned_data["facilitator_emails"]}
        wanted |= {email.lower(): Role.PEER_FACILITATOR for email in self.cleaned_data["peer_facilitator_emails"]}
        for email, role in wanted.items():
            cohort_set_facilitator(cohort=cohort, email=email, role=role)
        for membership in Membership.objects.facilitating().filter(cohort=cohort).select_related("user"):
            if membership.user.email.lower() not in wanted:
                membership_step_down(membership=membership)
        return cohort


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = "Cohorts"
    menu_order = 150
    add_to_admin_menu = True
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
