from allauth.account.forms import LoginForm


class ColearnLoginForm(LoginForm):
    """allauth's sign-in form with labels in plain words."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email address"
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
        self.fields["remember"].label = "Keep me signed in on this device"
