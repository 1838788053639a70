from django.conf import settings
from django.urls import include, path, register_converter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from colearn import views
from colearn.converters import IdConverter
from courses import views as course_views

register_converter(IdConverter, "id")

urlpatterns = [
    path("healthz/", views.health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("search/", course_views.search, name="search"),
    path("account/profile/", views.profile, name="profile"),
    path("account/preferences/", views.preferences, name="preferences"),
    path("cohorts/", include("cohorts.urls")),
    path("", include("learning.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree catches everything else, so it comes last.
urlpatterns.append(path("", include(wagtail_urls)))

handler400 = "colearn.views.bad_request"
handler403 = "colearn.views.permission_denied"
handler404 = "colearn.views.page_not_found"
