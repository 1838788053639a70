from django import forms

from colearn.sanitize import FORMATTING_HINT
from learning.models import EntryKind, Visibility
from learning.permissions import groups_to_share_with


class EntryForm(forms.Form):
    kind = forms.ChoiceField(
        label="What kind of entry is this?",
        choices=EntryKind.choices,
        initial=EntryKind.REFLECTION,
        widget=forms.RadioSelect,
    )
    title = forms.CharField(max_length=150, required=False)
    text = forms.CharField(
        label="Your entry",
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=FORMATTING_HINT,
        strip=False,
        error_messages={"required": "Write something before saving. A few words is enough."},
    )
    visibility = forms.ChoiceField(
        label="Who can read it?", choices=Visibility.choices, initial=Visibility.PRIVATE, widget=forms.RadioSelect
    )
    cohort = forms.TypedChoiceField(label="Which group?", coerce=int, required=False, empty_value=None)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    draft_key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=120)
    confirmed = forms.BooleanField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, user, course=None, with_kind=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = {cohort.pk: cohort for cohort in groups_to_share_with(user, course)}
        self.fields["cohort"].choices = [("", "Choose a group"), *((pk, c.name) for pk, c in self.groups.items())]
        self.fields["cohort"].help_text = "Only people in this group can be chosen as readers."
        if not self.groups:
            self.fields["visibility"].choices = [(Visibility.PRIVATE, Visibility.PRIVATE.label)]
            self.fields[
                "visibility"
            ].help_text = (
                "Only you can read your journal. Once you join a group you can choose to share entries with it."
            )
            del self.fields["cohort"]
        if not with_kind:
            del self.fields["kind"]
            del self.fields["title"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("visibility", Visibility.PRIVATE) != Visibility.PRIVATE and not cleaned.get("cohort"):
            self.add_error("cohort", "Choose which group to share this with.")
        cleaned["cohort"] = (
            self.groups.get(cleaned.get("cohort")) if cleaned.get("visibility") != Visibility.PRIVATE else None
        )
        return cleaned


class ResponseForm(forms.Form):
    text = forms.CharField(
        label="Your response",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=FORMATTING_HINT,
        error_messages={"required": "Write your response before sending it."},
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label="Why are you hiding it?",
        max_length=300,
        help_text="Its author will see this reason.",
        error_messages={"required": "Give a short reason. Its author will see it."},
    )


class OutcomeForm(forms.Form):
    outcome = forms.CharField(
        label="How did it go?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Whatever happened is worth noticing, including if you did not get to it.",
        error_messages={"required": "Say in a few words how it went."},
    )
