"""allauth, adjusted: a sign-in that hits the rate limit is answered with a 429 page saying when to try again."""

import math
import time

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.core.internal.ratelimit import get_cache_key, get_rates
from allauth.mfa.adapter import DefaultMFAAdapter
from django.contrib.sites.shortcuts import get_current_site
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.shortcuts import render

from colearn.security import log_event
from colearn.tasks import queue_email

APP = "allauth.account"
# Which of allauth's rate limits guards which page, so the 429 page can say how long the wait is.
ACTIONS_BY_URL_NAME = {
    "account_login": "login",
    "account_signup": "signup",
    "account_reset_password": "reset_password",
    "account_reset_password_from_key": "reset_password_from_key",
    "account_change_password": "change_password",
    "account_email": "manage_email",
    "account_reauthenticate": "reauthenticate",
    "account_confirm_email": "confirm_email",
}


def seconds_to_wait(request, action: str, key: str | None = None) -> int:
    """How long until the limit that was hit lets this request through again: from the attempts allauth counted
    when we can see them, else the longest window of that limit. Limits are windows, never a permanent lock."""
    rates = get_rates(app=APP, action=action)
    now, waits = time.time(), []
    for rate in rates:
        if (rate.per == "key" and key is None) or (rate.per == "user" and not request.user.is_authenticated):
            continue
        history = cache.get(get_cache_key(request, app=APP, action=action, rate=rate, key=key), [])
        recent = [at for at in history if at > now - rate.duration]
        if len(recent) >= rate.amount:
            waits.append(recent[rate.amount - 1] + rate.duration - now)
    if not waits:
        waits = [rate.duration for rate in rates] or [60]
    return max(1, math.ceil(max(waits)))


def wait_in_words(seconds: int) -> str:
    if seconds <= 60:
        return "a minute"
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return f"{minutes} minutes"
    hours = math.ceil(minutes / 60)
    return "an hour" if hours == 1 else f"{hours} hours"


def too_many_requests(request, *, seconds: int | None = None, exception=None):
    """The 429 page, for allauth's rate limits (settings.ROOT_URLCONF.handler429) and for too many failed sign-ins.
    It says when to try again, and that the account is not locked."""
    url_name = getattr(getattr(request, "resolver_match", None), "url_name", "") or ""
    if seconds is None:
        seconds = seconds_to_wait(request, ACTIONS_BY_URL_NAME.get(url_name, "login"))
        log_event(
            "sign_in_rate_limited" if url_name == "account_login" else "rate_limited",
            request=request,
            page=url_name or "-",
        )
    response = render(
        request,
        "429.html",
        {"wait": wait_in_words(seconds), "is_sign_in": url_name in {"account_login", "account_reauthenticate"}},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


SIGN_IN_DID_NOT_MATCH = (
    "That email address or username and password do not match an account. Check them and try again. "
    "If you have forgotten your password, you can reset it."
)


PASSWORD_RULES_IN_OUR_WORDS = {
    "password_too_short": "Use at least 10 characters. A few ordinary words strung together is easy to remember and "
    "hard to guess.",
    "password_too_common": "That password is one of the most common ones, so it is easy to guess. Try a few ordinary "
    "words strung together.",
    "password_entirely_numeric": "Use some letters as well as numbers.",
    "password_too_similar": "That is too like your name, username or email address. Choose something else.",
}


class ColearnAccountAdapter(DefaultAccountAdapter):
    # Every message allauth's account forms can give, in our words (tests/colearn/test_error_pattern.py fails on
    # any of allauth's own). Phone numbers are not used here, so their messages are not reachable.
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": "This account is not open at the moment. Ask the person who runs your group, or the "
        "Colearn team, about it.",
        "cannot_remove_primary_email": "This is the address we write to. Make another address the main one first, "
        "then remove this one.",
        "duplicate_email": "That address is already on your account.",
        "email_password_mismatch": SIGN_IN_DID_NOT_MATCH,
        "email_taken": "That email address already has an account. Sign in instead, or reset your password if you "
        "have forgotten it.",
        "enter_current_password": "Enter your current password.",
        "incorrect_code": "That code is not right. Check it and try again, or ask for a new one.",
        "incorrect_password": "That is not your password. Check it and try again.",
        "invalid_or_expired_key": "That link has expired or has already been used. Ask for a new one.",
        "invalid_login": "That did not work. Check what you entered and try again.",
        "invalid_password_reset": "That password reset link has expired or has already been used. Ask for a new one.",
        "max_email_addresses": "You can have up to %d email addresses. Remove one before adding another.",
        "unknown_email": "There is no account with that email address. Check it, or create an account.",
        "unverified_primary_email": "Confirm your main email address first: follow the link in the email we sent.",
        "username_blacklisted": "That username cannot be used. Choose another.",
        "username_password_mismatch": SIGN_IN_DID_NOT_MATCH,
        "username_taken": "That username is taken. Choose another.",
        "select_only_one": "Choose just one.",
        "same_as_current": "That is the same as now. Enter a different one.",
        "rate_limited": "That is a lot of tries in a short time. Wait a few minutes, then try again.",
    }

    def clean_password(self, password: str, user=None) -> str:
        """Django's password rules (settings.AUTH_PASSWORD_VALIDATORS), said in our words, on every allauth form
        that sets one: sign-up, choosing one after a sign-in card, changing and resetting."""
        try:
            return super().clean_password(password, user)
        except ValidationError as error:
            raise ValidationError(
                [PASSWORD_RULES_IN_OUR_WORDS.get(item.code, item.messages[0]) for item in error.error_list]
            ) from error

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Account emails (confirmation links, password resets) go through the worker like every other email
        (colearn.tasks), so a slow mail server never holds up signing up or resetting a password."""
        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {"request": request, "email": email, "current_site": get_current_site(request), **context},
        )
        user = context.get("user")
        queue_email(message, kind=template_prefix.rsplit("/", 1)[-1], user_id=getattr(user, "pk", None))

    def populate_username(self, request, user) -> None:
        # Usernames are for people without an email address, made when a facilitator adds them
        # (colearn.services.user_create_without_email). Someone signing up by email is never given one.
        return None

    def pre_authenticate(self, request, **credentials) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if error.code != "too_many_login_attempts":
                raise
            key = self._get_login_attempts_cache_key(request, **credentials)
            log_event("sign_in_rate_limited", request=request, limit="failed_attempts")
            raise ImmediateHttpResponse(
                too_many_requests(request, seconds=seconds_to_wait(request, "login_failed", key))
            ) from error


class ColearnMFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "add_email_blocked": "Your account has two-factor sign-in, so an email address cannot be added here. Ask the "
        "Colearn team to add it for you.",
        "cannot_delete_authenticator": "Two-factor sign-in cannot be turned off for this account.",
        "cannot_generate_recovery_codes": "Turn on two-factor sign-in first: recovery codes are for when you cannot "
        "use your authenticator app.",
        "incorrect_code": "That code is not right. Codes change every 30 seconds: enter the one your app shows now.",
        "unverified_email": "Confirm your email address first: follow the link in the email we sent. Then you can "
        "turn on two-factor sign-in.",
    }
