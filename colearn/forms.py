"""Forms for a person's own account. No allauth imports here: allauth imports SignupDetailsForm from this module."""

from django import forms

from colearn.models import User


class SignupDetailsForm(forms.Form):
    """The one thing we ask at sign-up besides email and password: what to call you."""

    display_name = forms.CharField(
        label="Your name",
        max_length=80,
        help_text="The name other people on Colearn see. It can be a first name or a nickname.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    field_order = ["display_name"]

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError("Enter the name you would like other people to see.")
        return name

    def signup(self, request, user) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "pronouns", "about"]
        labels = {"display_name": "Your name"}
        help_texts = {"display_name": "The name other people on Colearn see instead of your email address."}
        widgets = {"about": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError("Enter the name you would like other people to see.")
        return name


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["text_size", "readable_font", "reduce_motion"]
        labels = {"text_size": "Text size"}
        widgets = {"text_size": forms.RadioSelect}
