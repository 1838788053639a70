"""Forms for a person's own account. No allauth imports here: allauth imports SignupDetailsForm from this module."""

from django import forms

from colearn.fields import TypedLineField, TypedTextField
from colearn.models import OnePageProfile, User
from colearn.notifications import EMAIL_KINDS, OPT_IN_KINDS


class SignupDetailsForm(forms.Form):
    """The one thing we ask at sign-up besides email and password: what to call you."""

    display_name = TypedLineField(
        label="Your name",
        max_length=80,
        help_text="The name other people on Colearn see. It can be a first name or a nickname.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
        error_messages={"required": "Enter the name you would like other people to see."},
    )

    field_order = ["display_name"]

    def signup(self, request, user) -> None:
        from colearn.services import user_update_profile  # services import this module's neighbours; import late

        user_update_profile(user=user, display_name=self.cleaned_data["display_name"], pronouns="")


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "pronouns"]
        labels = {"display_name": "Your name"}
        help_texts = {"display_name": "The name other people on Colearn see instead of your email address."}
        field_classes = {"display_name": TypedLineField, "pronouns": TypedLineField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["display_name"].error_messages["required"] = "Enter the name you would like other people to see."


class OnePageProfileForm(forms.ModelForm):
    class Meta:
        model = OnePageProfile
        fields = ["liked_and_admired", "what_matters", "how_to_support"]
        labels = {
            "liked_and_admired": "What people like and admire about me",
            "what_matters": "What matters to me",
            "how_to_support": "How best to support me",
        }
        help_texts = {
            "liked_and_admired": "For example: “People say I am a good listener and I make them laugh. I am the "
            "one who remembers birthdays.”",
            "what_matters": "For example: “My daughter and my dog, Bramble. Being outdoors. Being asked, not told.”",
            "how_to_support": "Including anything that helps you take part. For example: “I take in more when I "
            "can read things before a session. Sitting near the door helps me feel calmer. Large print, please.”",
        }
        widgets = {name: forms.Textarea(attrs={"rows": 5}) for name in fields}
        field_classes = dict.fromkeys(fields, TypedTextField)


class PreferencesForm(forms.ModelForm):
    emails = forms.MultipleChoiceField(
        label="Emails you would like",
        choices=[(kind, label) for kind, label in EMAIL_KINDS.items() if kind not in OPT_IN_KINDS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Emails about your account and its security always come.",
    )
    reminders = forms.MultipleChoiceField(
        label="Reminders you can ask for",
        choices=[(kind, EMAIL_KINDS[kind]) for kind in OPT_IN_KINDS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="These stay off unless you switch them on. You can switch them off again at any time.",
    )

    class Meta:
        model = User
        fields = ["text_size", "readable_font", "reduce_motion"]
        labels = {"text_size": "Text size"}
        widgets = {"text_size": forms.RadioSelect}
        error_messages = {"text_size": {"required": "Choose a text size. Standard is the size most pages start at."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["emails"].initial = [kind for kind in EMAIL_KINDS if kind not in self.instance.email_opt_outs]
        self.fields["reminders"].initial = list(self.instance.email_opt_ins)
        if not self.instance.email:  # the same choices, shown as notices on the dashboard (colearn.notifications)
            self.fields["emails"].label = "News you would like on your dashboard"
            self.fields["emails"].help_text = "You have no email address, so we show these on your dashboard instead."
            self.fields["reminders"].help_text = (
                "You have no email address, so these would come as notices on your dashboard. They stay off unless "
                "you switch them on."
            )


# --- People without an email address ------------------------------------------------------------------------------


class FirstSignInForm(forms.Form):
    """The username and one-time code from the card a facilitator printed."""

    username = TypedLineField(
        label="Username",
        max_length=40,
        help_text="It is on your card, for example sam-4821.",
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}),
        error_messages={"required": "Enter the username from your card."},
    )
    code = TypedLineField(
        label="Sign-in code",
        max_length=40,
        help_text="The 12 letters and numbers on your card. Small letters and spaces are fine.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}),
        error_messages={"required": "Enter the sign-in code from your card."},
    )
