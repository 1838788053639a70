"""The forms for what people write in learning: one family, one typed-text field, one double-submit token."""

import uuid

from django import forms

from colearn.fields import TypedLineField, TypedTextField
from colearn.sanitize import FORMATTING_HINT
from learning.models import ConnectionStatus, EntryKind, TryOutcome, Visibility
from learning.permissions import groups_to_share_with
from learning.services.check_ins import MAX_NOTE
from learning.services.connections import MAX_FELT, MAX_NAME, MAX_STEP, MAX_WENT_WITH, SHARE_EVERYTHING, SHARE_STEP
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
        # Needed whenever the entry is shared (clean() says so), so it is not labelled "(optional)".
        self.fields["cohort"].conditionally_required = True
        if len(self.groups) == 1:
            self.fields["cohort"].initial = next(iter(self.groups))
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
        elif self.initial.get("kind") != EntryKind.CONNECTION:
            # A community connection entry is made by sharing a connection, never chosen as a kind of entry.
            self.fields["kind"].choices = [c for c in EntryKind.choices if c[0] != EntryKind.CONNECTION]

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
    """ "How did it go?": one of three kind answers, a note, or both (a note alone is how it was first asked)."""

    choice = forms.ChoiceField(
        label="How did it go?",
        choices=TryOutcome.choices,
        widget=forms.RadioSelect,
        required=False,
        help_text="Whatever happened is worth noticing, including if you did not get to it.",
        error_messages={"invalid_choice": "Choose one of the three answers."},
    )
    outcome = TypedTextField(
        label="Anything you would like to remember about it?",
        max_length=MAX_OUTCOME,
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Only you can read this.",
    )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("choice") or cleaned.get("outcome")):
            self.add_error("choice", "Choose how it went, or say it in a few words.")
        return cleaned


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


# --- My connections ----------------------------------------------------------------------------------------------


class ConnectionStepForm(forms.Form):
    """Where someone is with a connection now, and their next small step: the quick update on its page."""

    status = forms.ChoiceField(
        label="Where are you with it?",
        choices=ConnectionStatus.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose where you are with it.",
            "invalid_choice": "Choose where you are with it from the list.",
        },
    )
    next_step = TypedLineField(
        label="Your next small step",
        max_length=MAX_STEP,
        required=False,
        help_text="Something small, such as “look at their website” or “ask Sam to come with me”.",
    )


class ConnectionForm(ComposeForm, ConnectionStepForm):
    name = TypedLineField(
        label="Name of the place, group or person",
        max_length=MAX_NAME,
        error_messages={"required": "Give the place or person a name, so you know which one this is."},
    )
    went_with = TypedLineField(
        label="Who went with you",
        max_length=MAX_WENT_WITH,
        required=False,
        help_text="A friend, a worker, someone from your group, or nobody: whatever is true for you.",
    )
    how_it_felt = TypedTextField(
        label="How it felt",
        max_length=MAX_FELT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    field_order = ["submission", "name", "status", "went_with", "how_it_felt", "next_step"]


class ConnectionShareForm(forms.Form):
    what = forms.ChoiceField(
        label="What would you like to share?",
        choices=[
            (SHARE_EVERYTHING, "All of it: where you are with it, who went with you, how it felt and your next step"),
            (SHARE_STEP, "Just your next small step"),
        ],
        initial=SHARE_EVERYTHING,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose what you would like to share.",
            "invalid_choice": "Choose what you would like to share from the list.",
        },
    )
    cohort = forms.TypedChoiceField(
        label="Which group’s facilitators?",
        coerce=int,
        error_messages={
            "required": "Choose the group whose facilitators you would like to share this with.",
            "invalid_choice": "Choose one of your groups from the list.",
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = {cohort.pk: cohort for cohort in groups_to_share_with(user)}
        self.fields["cohort"].choices = [("", "Choose a group"), *((pk, c.name) for pk, c in self.groups.items())]
        if len(self.groups) == 1:
            self.fields["cohort"].initial = next(iter(self.groups))

    def clean_cohort(self):
        return self.groups[self.cleaned_data["cohort"]]
