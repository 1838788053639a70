"""One guarded way in. Every form that takes a password or sends a reset email is allauth's, so two-factor sign-in,
rate limits and the security log apply everywhere.

Wagtail mounts password forms of its own: the CMS sign-in and password reset under /admin/, the sign-in behind
private pages (/_util/login/), and forms for pages and documents kept behind a shared password. These patterns
come before Wagtail's in colearn.urls: the sign-in and reset addresses send people to allauth's pages (keeping where
they were going), and the shared-password forms are not offered (settings turn that option off in the CMS).
Changing a password, like changing an email address or two-factor, first asks the person to confirm it is them.
tests/colearn/test_one_way_in.py walks every URL and fails for any new password form that is not allauth's.
"""

from allauth.account import views as account_views
from allauth.account.decorators import reauthentication_required
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.urls import path, re_path
from django.views.generic import RedirectView


def shared_password_forms_are_off(request, *args, **kwargs):
    raise Http404("Pages and documents are not kept behind a shared password here")


to_sign_in = RedirectView.as_view(pattern_name="account_login", query_string=True)
to_reset = RedirectView.as_view(pattern_name="account_reset_password")

urlpatterns = [
    path("admin/login/", to_sign_in),
    re_path(r"^admin/password_reset/", to_reset),
    path("_util/login/", to_sign_in),
    re_path(r"^_util/authenticate_with_password/", shared_password_forms_are_off),
    re_path(r"^documents/authenticate_with_password/", shared_password_forms_are_off),
    # allauth asks for the password again before email and two-factor changes; a new password needs it too.
    path(
        "accounts/password/change/",
        login_required(reauthentication_required(account_views.password_change)),
        name="account_change_password",
    ),
]
