"""allauth's forms, saying what to do in our words when something is missing (settings.ACCOUNT_FORMS and
MFA_FORMS). Its other messages are the adapters' (colearn.account_adapter); its labels and headings are in our
catalogue (locale/en_GB)."""

from allauth.account import forms as account
from allauth.account.app_settings import EmailVerificationMethod
from allauth.mfa.base import forms as mfa
from allauth.mfa.totp import forms as totp
from django.core.validators import MaxLengthValidator

from colearn.models import LOGIN_MAX_LENGTH

REQUIRED = {
    "email": "Enter your email address.",
    "password": "Enter your password.",
    "oldpassword": "Enter your current password.",
    "password1": "Enter a password.",
    "password2": "Enter the same password again, to be sure it is the one you meant.",
}


class SaysWhatIsMissing:
    """Sets each field's "required" message from REQUIRED, then from the form's own `required` (which wins)."""

    required: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            message = self.required.get(name) or REQUIRED.get(name)
            if message:
                field.error_messages["required"] = message


class ColearnLoginForm(SaysWhatIsMissing, account.LoginForm):
    """allauth's sign-in form with labels in plain words. Most people sign in with their email address; people a
    facilitator added without one use the username on their card."""

    required = {"login": "Enter your email address or username."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email address or username"
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["login"].widget.attrs["autocomplete"] = "username"
        self.fields["login"].validators.append(
            MaxLengthValidator(LOGIN_MAX_LENGTH, "That is too long for an email address or username. Check it.")
        )
        self.fields["password"].widget.attrs.pop("placeholder", None)
        self.fields["password"].help_text = ""
        self.fields["remember"].label = "Keep me signed in on this device"

    def login(self, request, redirect_url=None):
        if self.user is not None and not self.user.email:
            # No address to confirm: the site's "confirm your email first" step would stop them at the door.
            self._login.email_verification = EmailVerificationMethod.NONE
        return super().login(request, redirect_url)


class ColearnSignupForm(SaysWhatIsMissing, account.SignupForm):
    pass


class ColearnAddEmailForm(SaysWhatIsMissing, account.AddEmailForm):
    required = {"email": "Enter the email address you would like to use."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "New email address"
        self.fields["email"].widget.attrs.pop("placeholder", None)


class ColearnChangePasswordForm(SaysWhatIsMissing, account.ChangePasswordForm):
    required = {"password1": "Enter your new password."}


class ColearnSetPasswordForm(SaysWhatIsMissing, account.SetPasswordForm):
    pass


class ColearnResetPasswordForm(SaysWhatIsMissing, account.ResetPasswordForm):
    required = {"email": "Enter the email address you signed up with."}


class ColearnResetPasswordKeyForm(SaysWhatIsMissing, account.ResetPasswordKeyForm):
    required = {"password1": "Enter your new password."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is None:
            # The link has expired or was used: the page says so and shows no form, so what was posted is not
            # checked (allauth binds the form all the same, and its problems would head a page without fields).
            self.is_bound = False


class ColearnReauthenticateForm(SaysWhatIsMissing, account.ReauthenticateForm):
    pass


class ColearnConfirmLoginCodeForm(SaysWhatIsMissing, account.ConfirmLoginCodeForm):
    required = {"code": "Enter the sign-in code from the email we sent you."}


CODE_OR_RECOVERY_CODE = "Enter the 6-digit code from your authenticator app, or one of your recovery codes."


class ColearnAuthenticateForm(SaysWhatIsMissing, mfa.AuthenticateForm):
    required = {"code": CODE_OR_RECOVERY_CODE}


class ColearnMFAReauthenticateForm(SaysWhatIsMissing, mfa.ReauthenticateForm):
    required = {"code": CODE_OR_RECOVERY_CODE}


class ColearnActivateTOTPForm(SaysWhatIsMissing, totp.ActivateTOTPForm):
    required = {"code": "Enter the 6-digit code your authenticator app shows for Colearn."}
