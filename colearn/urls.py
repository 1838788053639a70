from django.conf import settings
from django.urls import include, path, register_converter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from colearn import one_way_in, views, without_email
from colearn.converters import IdConverter
from courses import glossary_views
from courses import views as course_views

register_converter(IdConverter, "id")

urlpatterns = [
    path("healthz/", views.health, name="health"),
    # Before Wagtail's and allauth's own: Wagtail's password forms lead to allauth's (colearn.one_way_in).
    *one_way_in.urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Your data and deleting your account (learning's views, by name: colearn does not import learning).
    path("accounts/", include("learning.account_urls")),
    path("accounts/", include("allauth.urls")),
    path("search/", course_views.search, name="search"),
    path("glossary/", glossary_views.glossary_index, name="glossary"),
    path("account/profile/", views.profile, name="profile"),
    *without_email.urlpatterns,
    path("account/one-page-profile/", views.one_page_profile, name="one_page_profile"),
    path("account/preferences/", views.preferences, name="preferences"),
    path("account/session/", views.session_keepalive, name="session_keepalive"),
    path("community/", include("community.urls")),
    path("cohorts/", include("cohorts.urls")),
    path("", include("learning.urls")),
    path("", include("reports.urls")),  # a group's reports, in its facilitators' space
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Images only: documents may sit in private collections and are served by Wagtail's checking view.
    urlpatterns += static(f"{settings.MEDIA_URL}images/", document_root=f"{settings.MEDIA_ROOT}/images")

# Wagtail's page tree catches everything else, so it comes last.
urlpatterns.append(path("", include(wagtail_urls)))

handler400 = "colearn.views.bad_request"
handler403 = "colearn.views.permission_denied"
handler404 = "colearn.views.page_not_found"
handler500 = "colearn.views.server_error"
# allauth's rate limits answer through this (allauth.core.ratelimit.respond_429).
handler429 = "colearn.account_adapter.too_many_requests"
