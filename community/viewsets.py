"""The directory in the Wagtail admin: editors write entries (drafts, revisions, previews, publishing) and mark them
as checked from the listing with one click. Marking as checked goes through community.services.place_mark_checked."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import BaseColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from community.models import CommunityPlace, Day, PlaceTheme, a_year_before, days_text
from community.services import can_mark_checked, place_mark_checked


class DaysField(forms.MultipleChoiceField):
    """The days a place is open, as tick boxes; stored as their codes in week order ("tue,thu")."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.pop("max_length", None)
        kwargs.pop("empty_value", None)
        super().__init__(choices=Day.choices, **kwargs)

    def prepare_value(self, value):
        return [code for code in value.split(",") if code] if isinstance(value, str) else value

    def clean(self, value):
        return days_text(super().clean(value))


class CommunityPlaceForm(WagtailAdminModelForm):
    days = DaysField(
        label="Days it happens",
        required=False,
        help_text="So people can find places open on a day that suits them. Leave empty if it varies.",
    )

    def clean(self):
        cleaned = super().clean()
        # Whoever changes the date is the one who checked: the admin's record of who did it stays true.
        if "last_checked_on" in self.changed_data and self.for_user is not None:
            self.instance.last_checked_by = self.for_user
        return cleaned

    def clean_last_checked_on(self):
        checked = self.cleaned_data["last_checked_on"]
        if checked and checked > timezone.localdate():
            raise ValidationError("A check can’t be dated in the future.")
        return checked


class LastCheckedColumn(BaseColumn):
    """When the entry was last checked, whether that is over a year ago, and a one-click "Mark as checked today"."""

    cell_template_name = "community/admin/last_checked_cell.html"

    def __init__(self, viewset, **kwargs):
        super().__init__("last_checked_on", label="Last checked", sort_key="last_checked_on", **kwargs)
        self.viewset = viewset

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["stale"] = instance.last_checked_on < a_year_before(timezone.localdate())
        context["checked_today"] = instance.last_checked_on == timezone.localdate()
        context["can_mark"] = request is not None and can_mark_checked(request.user)
        context["mark_url"] = reverse(self.viewset.get_url_name("mark_checked"), args=[instance.pk])
        context["next_url"] = request.get_full_path() if request is not None else ""
        return context


class MarkCheckedView(View):
    """POST only: marks one entry as checked today, then goes back to where the editor was."""

    viewset = None
    http_method_names = ["post"]

    def post(self, request, pk):
        if not can_mark_checked(request.user):
            raise PermissionDenied
        place = get_object_or_404(CommunityPlace, pk=pk)
        place_mark_checked(place=place, by=request.user)
        messages.success(request, f"“{place.name}” is marked as checked today.")
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = reverse(self.viewset.get_url_name("list"))
        return redirect(next_url)


class NeedsCheckingFilter(django_filters.BooleanFilter):
    def filter(self, queryset, value):
        if value is None:
            return queryset
        year_ago = a_year_before(timezone.localdate())
        if value:
            return queryset.filter(last_checked_on__lt=year_ago)
        return queryset.filter(last_checked_on__gte=year_ago)


class CommunityPlaceFilterSet(WagtailFilterSet):
    needs_checking = NeedsCheckingFilter(label="Not checked for over a year")

    class Meta:
        model = CommunityPlace
        fields = ["themes", "cost", "is_example"]


class CommunityPlaceViewSet(SnippetViewSet):
    model = CommunityPlace
    icon = "site"
    menu_label = "Places and groups"
    filterset_class = CommunityPlaceFilterSet
    ordering = ["name"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("slug"),
                    FieldPanel("summary"),
                    FieldPanel("description"),
                    FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("who_it_suits"),
                    FieldPanel("is_example"),
                ],
                heading="What happens there",
            ),
            ObjectList(
                [
                    MultiFieldPanel([FieldPanel("when"), FieldPanel("days")], heading="When"),
                    MultiFieldPanel([FieldPanel("address"), FieldPanel("map_url")], heading="Where"),
                    FieldRowPanel([FieldPanel("cost"), FieldPanel("cost_note")], heading="Cost"),
                    MultiFieldPanel(
                        [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading="How to get in touch"
                    ),
                    FieldPanel("accessibility"),
                    FieldPanel("last_checked_on"),
                ],
                heading="Details",
            ),
        ],
        base_form_class=CommunityPlaceForm,
    )

    @property
    def list_display(self):
        return ["name", "cost", LastCheckedColumn(self)]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("mark-checked/<int:pk>/", MarkCheckedView.as_view(viewset=self), name="mark_checked"),
        ]


class PlaceThemeViewSet(SnippetViewSet):
    model = PlaceTheme
    icon = "tag"
    menu_label = "Themes"
    list_display = ["name", "slug"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


class CommunityDirectoryGroup(SnippetViewSetGroup):
    items = (CommunityPlaceViewSet, PlaceThemeViewSet)
    menu_icon = "site"
    menu_label = "Community directory"
    menu_name = "community"
    menu_order = 210
