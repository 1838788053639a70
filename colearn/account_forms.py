from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.forms import LoginForm
from django.core.validators import MaxLengthValidator

from colearn.models import LOGIN_MAX_LENGTH


class ColearnLoginForm(LoginForm):
    """allauth's sign-in form with labels in plain words. Most people sign in with their email address; people a
    facilitator added without one use the username on their card."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email address or username"
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["login"].widget.attrs["autocomplete"] = "username"
        self.fields["login"].error_messages["required"] = "Enter your email address or username."
        self.fields["login"].validators.append(
            MaxLengthValidator(LOGIN_MAX_LENGTH, "That is too long for an email address or username. Check it.")
        )
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
        self.fields["password"].error_messages["required"] = "Enter your password."
        self.fields["remember"].label = "Keep me signed in on this device"

    def login(self, request, redirect_url=None):
        if self.user is not None and not self.user.email:
            # No address to confirm: the site's "confirm your email first" step would stop them at the door.
            self._login.email_verification = EmailVerificationMethod.NONE
        return super().login(request, redirect_url)
