from allauth.account.forms import LoginForm
from django import forms


class ColearnLoginForm(LoginForm):
    """allauth's sign-in form with labels in plain words."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email address"
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
        self.fields["remember"].label = "Keep me signed in on this device"


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
