"""Forms for a person's own account. No allauth imports here: allauth imports SignupDetailsForm from this module."""

from django import forms

from colearn.fields import TypedLineField, TypedTextField
from colearn.models import User
from colearn.notifications import EMAIL_KINDS


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

        user_update_profile(user=user, display_name=self.cleaned_data["display_name"], pronouns="", about="")


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "pronouns", "about"]
        labels = {"display_name": "Your name"}
        help_texts = {"display_name": "The name other people on Colearn see instead of your email address."}
        widgets = {"about": forms.Textarea(attrs={"rows": 5})}
        field_classes = {"display_name": TypedLineField, "pronouns": TypedLineField, "about": TypedTextField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["display_name"].error_messages["required"] = "Enter the name you would like other people to see."


class PreferencesForm(forms.ModelForm):
    emails = forms.MultipleChoiceField(
        label="Emails you would like",
        choices=list(EMAIL_KINDS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Emails about your account and its security always come.",
    )

    class Meta:
        model = User
        fields = ["text_size", "readable_font", "reduce_motion"]
        labels = {"text_size": "Text size"}
        widgets = {"text_size": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["emails"].initial = [kind for kind in EMAIL_KINDS if kind not in self.instance.email_opt_outs]
