from django import forms

from colearn.fields import TypedLineField
from community.models import Cost, Day, PlaceTheme
from community.selectors import DirectoryFilters

MAX_QUERY_LENGTH = 200


class DirectoryFilterForm(forms.Form):
    """The directory's search and filters: a GET form, so results have an address and work without JavaScript.
    A value that is not one of the choices gets a message beside its field and is left out of the search."""

    q = TypedLineField(label="Search for a place or activity", required=False, max_length=MAX_QUERY_LENGTH)
    theme = forms.ChoiceField(
        label="Theme",
        required=False,
        error_messages={"invalid_choice": "We couldn’t find that theme. Choose one from the list."},
    )
    day = forms.ChoiceField(
        label="Day",
        required=False,
        choices=[("", "Any day"), *Day.choices],
        error_messages={"invalid_choice": "Choose a day of the week from the list."},
    )
    cost = forms.ChoiceField(
        label="Cost",
        required=False,
        choices=[("", "Any cost"), *Cost.choices],
        error_messages={"invalid_choice": "Choose a cost from the list."},
    )
    access = forms.BooleanField(label="Only places with accessibility notes", required=False)

    def __init__(self, *args, themes: list[PlaceTheme], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", "Any theme"), *((theme.slug, theme.name) for theme in themes)]

    def filters(self) -> DirectoryFilters:
        """The filters that are valid: a bad one is dropped (and has its message), the rest still apply."""
        self.is_valid()
        data = self.cleaned_data
        return DirectoryFilters(
            query=data.get("q", ""),
            theme=data.get("theme", ""),
            day=data.get("day", ""),
            cost=data.get("cost", ""),
            with_access_notes=data.get("access", False),
        )
