"""CMS documents are only ever sent by Wagtail's serving view, after the collection's privacy check: a handout in
a private collection never reaches someone who may not read it, by link or by guessing the storage address."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.views.static import serve as static_serve
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CONTENT = b"Session plan: welcome, check-in, the week's theme, close."


@pytest.fixture(autouse=True)
def uploads_on_disk(settings, tmp_path):
    """As on a real server: files in a folder (the suite's in-memory storage has no file for the view to send)."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def _collection(name: str, restriction: str | None = None, groups=()) -> Collection:
    collection = Collection.get_first_root_node().add_child(name=name)
    if restriction:
        rule = CollectionViewRestriction.objects.create(collection=collection, restriction_type=restriction)
        rule.groups.set(groups)
    return collection


def _document(collection: Collection, filename: str = "session-plan.txt"):
    document = get_document_model()(title="Session plan", collection=collection)
    document.file.save(filename, ContentFile(CONTENT), save=False)
    document.save()
    return document


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_document_links_point_at_the_serving_view_not_the_storage(site_pages):
    document = _document(Collection.get_first_root_node())

    assert document.url == f"/documents/{document.pk}/{document.filename}"


def test_a_public_document_is_served_by_the_view_itself(client, site_pages):
    document = _document(Collection.get_first_root_node())

    response = client.get(document.url)

    # Served, not redirected to the storage's own address (which nothing would guard).
    assert response.status_code == 200
    assert _body(response) == CONTENT
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def _no_local_path(self):
    raise NotImplementedError("This storage has no local paths.")


def test_a_document_in_object_storage_is_still_sent_by_the_view_not_a_redirect(
    client, settings, monkeypatch, site_pages
):
    """Left to its default, Wagtail would redirect to the storage's own address, which no privacy check guards."""
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    document = _document(_collection("Course handouts", BaseViewRestriction.LOGIN))
    # Like S3 and the like: the file has an address of its own but no path on this server.
    monkeypatch.setattr(FieldFile, "path", property(_no_local_path))
    client.force_login(UserFactory())

    response = client.get(document.url)

    assert response.status_code == 200
    assert _body(response) == CONTENT


def test_a_document_for_signed_in_people_is_not_served_to_someone_signed_out(client, site_pages):
    document = _document(_collection("Course handouts", BaseViewRestriction.LOGIN))

    response = client.get(document.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert CONTENT not in response.content


def test_a_document_for_signed_in_people_is_served_once_signed_in(client, site_pages):
    document = _document(_collection("Course handouts", BaseViewRestriction.LOGIN))
    client.force_login(UserFactory())

    response = client.get(document.url)

    assert response.status_code == 200
    assert _body(response) == CONTENT


def test_a_document_for_one_group_is_served_only_to_that_group(client, site_pages):
    facilitators = Group.objects.create(name="Document readers")
    document = _document(_collection("Facilitator notes", BaseViewRestriction.GROUPS, groups=[facilitators]))

    assert client.get(document.url).status_code == 302  # signed out
    client.force_login(UserFactory())
    outsider = client.get(document.url)
    assert outsider.status_code == 302
    assert CONTENT not in outsider.content

    client.force_login(UserFactory(groups=("Document readers",)))
    member = client.get(document.url)
    assert member.status_code == 200
    assert _body(member) == CONTENT


def test_a_document_under_the_wrong_name_is_not_found(client, site_pages):
    document = _document(Collection.get_first_root_node())

    assert client.get(f"/documents/{document.pk}/other-name.txt").status_code == 404


def _patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def test_no_address_serves_the_uploads_folder_directly():
    """Walks every URL: the only way to a document is the serving view, never a plain file view over MEDIA_ROOT."""
    routes = list(_patterns(get_resolver()))
    assert any(route.startswith("documents/") for route, _ in routes), "the walk found no document URL"

    direct = [route for route, callback in routes if callback is static_serve]
    assert not direct, f"these addresses serve uploaded files without any check: {direct}"
