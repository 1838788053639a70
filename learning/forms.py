"""The forms for what people write in learning: one family, one typed-text field, one double-submit token."""

import uuid

from django import forms

from colearn.fields import TypedLineField, TypedTextField
from colearn.sanitize import FORMATTING_HINT
from learning.models import EntryKind, Visibility
from learning.permissions import groups_to_share_with
from learning.services.check_ins import MAX_NOTE
from learning.services.journal import MAX_BODY, MAX_OUTCOME
from learning.services.responses import MAX_REASON, MAX_RESPONSE


class ComposeForm(forms.Form):
    """Something a person writes and sends. `submission` is a one-time token made when the form is shown: the
    service saves one thing per token, so a double click or a resend after a slow answer never makes two."""

    submission = forms.UUIDField(widget=forms.HiddenInput, required=False, initial=uuid.uuid4)

    def __init__(self, *args, once: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not once:  # an edit: its version number already stops a second save of the same text
            del self.fields["submission"]


class EntryForm(ComposeForm):
    kind = forms.ChoiceField(
        label="What kind of entry is this?",
        choices=EntryKind.choices,
        initial=EntryKind.REFLECTION,
        widget=forms.RadioSelect,
        required=False,
    )
    title = TypedLineField(max_length=150, required=False)
    text = TypedTextField(
        label="Your entry",
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=FORMATTING_HINT,
        error_messages={"required": "Write something before saving. A few words is enough."},
    )
    # Not sent (an old page, a rescued text): private. Sharing is only ever a choice someone makes.
    visibility = forms.ChoiceField(
        label="Who can read it?",
        choices=Visibility.choices,
        initial=Visibility.PRIVATE,
        widget=forms.RadioSelect,
        required=False,
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
        elif not any(cohort.has_learning_partner for cohort in self.groups.values()):
            # "My learning partner" is offered only to someone who has one.
            self.fields["visibility"].choices = [c for c in Visibility.choices if c[0] != Visibility.PARTNER]
        if not with_kind:
            del self.fields["kind"]
            del self.fields["title"]

    def clean(self):
        cleaned = super().clean()
        cleaned["visibility"] = cleaned.get("visibility") or Visibility.PRIVATE
        if "kind" in self.fields:
            cleaned["kind"] = cleaned.get("kind") or EntryKind.REFLECTION
        if cleaned["visibility"] != Visibility.PRIVATE and not cleaned.get("cohort"):
            self.add_error("cohort", "Choose which group to share this with.")
        shared = cleaned["visibility"] != Visibility.PRIVATE
        cleaned["cohort"] = self.groups.get(cleaned.get("cohort")) if shared else None
        group = cleaned["cohort"]
        if cleaned["visibility"] == Visibility.PARTNER and group is not None and not group.has_learning_partner:
            self.add_error("cohort", "You do not have a learning partner in that group. Choose another group.")
        return cleaned

    def entry_fields(self) -> dict:
        """What the services take from this form."""
        data = self.cleaned_data
        return {
            "text": data["text"],
            "title": data.get("title", ""),
            "kind": data.get("kind") or EntryKind.REFLECTION,
            "visibility": data["visibility"],
            "cohort": data["cohort"],
        }


class ResponseForm(ComposeForm):
    text = TypedTextField(
        label="Your response",
        max_length=MAX_RESPONSE,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=FORMATTING_HINT,
        error_messages={"required": "Write your response before sending it."},
    )


class HideForm(forms.Form):
    reason = TypedLineField(
        label="Why are you hiding it?",
        max_length=MAX_REASON,
        help_text="Its author will see this reason.",
        error_messages={"required": "Give a short reason. Its author will see it."},
    )


class OutcomeForm(forms.Form):
    outcome = TypedTextField(
        label="How did it go?",
        max_length=MAX_OUTCOME,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Whatever happened is worth noticing, including if you did not get to it.",
        error_messages={"required": "Say in a few words how it went."},
    )


class CheckInNoteForm(ComposeForm):
    text = TypedTextField(
        label="Add a note",
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Only you and your group’s facilitators can read the notes here.",
        error_messages={"required": "Write your note before sending it. A few words is enough."},
    )


class CheckInStateForm(forms.Form):
    state = forms.ChoiceField(
        choices=[("seen", "I’ve seen this"), ("done", "Mark as done")],
        error_messages={
            "required": "Choose whether you have seen this check-in or it is done.",
            "invalid_choice": "Choose whether you have seen this check-in or it is done.",
        },
    )


class PartnerInviteForm(forms.Form):
    invitee = forms.TypedChoiceField(
        label="Who would you like to invite?",
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose someone from your group to invite.",
            "invalid_choice": "Choose someone from your group to invite.",
        },
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {person.pk: person for person in people}
        self.fields["invitee"].choices = [(pk, person.public_name) for pk, person in self.people.items()]
        self.fields["invitee"].help_text = "They will get an invitation they can accept or decline."

    def clean_invitee(self):
        return self.people[self.cleaned_data["invitee"]]
