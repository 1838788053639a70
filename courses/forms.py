from django import forms

from colearn.fields import TypedLineField

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = TypedLineField(
        label="Search courses, modules and lessons",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.SearchInput,
    )
