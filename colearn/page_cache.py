"""The anonymous page cache: Wagtail pages as a signed-out visitor sees them, kept whole on the shared cache.

Django's own two-part cache middleware (django.middleware.cache) does the keying, storing and serving. wagtail-cache
was the first choice, but its only release (3.0.0) declares `wagtail<8` and pip downgrades Wagtail to install it.
What this module adds to Django's middleware is the part that keeps people's pages their own:

- Only Wagtail pages (the `wagtail_serve` view), only GET and HEAD, only for a signed-out person with no message
  waiting for them. A signed-in person always gets their own live page and their page is never stored (their
  responses are also `no-store, private`, colearn.middleware.PrivateResponseMiddleware).
- Nothing that sets a cookie or says private / no-cache / no-store is stored.
- The key is the full address (query string included, so `?version=easy-read` is kept apart) without the cookie:
  signed-in requests never reach the cache, so a signed-out visitor's cookies change nothing on the page. The
  response still says `Vary: Cookie` to browsers and proxies.
- Browsers are told nothing new (no max-age, no Expires): a person who signs in must not see a copy their browser
  kept from before.

Pages are kept on the default cache (Redis when REDIS_URL is set), next to their generation key.
Invalidation is by generation: every key carries the current generation, read once when the request starts, and
`clear()` moves the whole site to a new one (old entries expire on their own). Publishing is rare next to reading,
and one change (a cohort's free places, the support page, a lesson title in the course outline) shows on many
pages, so clearing everything is both simpler and safer than working out which pages a change touches.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.urls import Resolver404, resolve
from django.utils.cache import cc_delim_re, get_cache_key, learn_cache_key

from colearn import versions

GENERATION_KEY = "colearn.page_cache.generation"
STATUS_HEADER = "X-Page-Cache"
WAGTAIL_VIEW = "wagtail_serve"

# Models (by label) whose rows an anonymous page shows, besides the pages themselves. Each app adds its own from its
# AppConfig.ready through watch(); tests/colearn/test_page_cache.py renders every kind of page and fails when a
# table it reads is neither watched nor listed there as showing nothing that changes.
_watched: set[str] = set()


def watch(*labels: str) -> None:
    """Clear the page cache whenever a row of these models is saved or deleted, or their many-to-many changes."""
    _watched.update(labels)


def watched() -> frozenset[str]:
    return frozenset(_watched)


def enabled() -> bool:
    return settings.COLEARN_PAGE_CACHE_SECONDS > 0


def generation() -> str:
    """Changes whenever what anonymous people see changes: other caches of public content may key on it too."""
    return versions.current(GENERATION_KEY)


def clear() -> None:
    """What anonymous people see has changed: the next anonymous request for any page renders it afresh."""
    versions.renew(GENERATION_KEY)


def _key_prefix() -> str:
    return f"colearn.pages.{generation()}"


def _is_page(request) -> bool:
    try:
        return resolve(request.path_info).url_name == WAGTAIL_VIEW
    except Resolver404:
        return False


def _has_messages(request) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and (storage.used or len(messages.get_messages(request)) > 0)


def _without_cookie_vary(response) -> HttpResponse:
    """A stand-in carrying the response's Vary header minus Cookie, for Django's key learning."""
    stand_in = HttpResponse()
    kept = [item for item in cc_delim_re.split(response.get("Vary", "")) if item and item.lower() != "cookie"]
    if kept:
        stand_in["Vary"] = ", ".join(kept)
    return stand_in


class FetchPageMiddleware(FetchFromCacheMiddleware):
    """Serves a stored anonymous page. Sits last in MIDDLEWARE, after authentication, messages and the idle sign-out.

    A stored page replays the CSP header it was rendered with, nonce included, so the nonce in the header always
    matches the one in the page. That is acceptable: a nonce stops script injected into a page, and nothing that
    could carry a script into a stored page is outside its key (the address) or can be chosen after its nonce is
    (content changes clear the cache, so they are rendered with a new nonce)."""

    def process_request(self, request):
        if getattr(request, "_page_cache_looked_up", False):
            return None  # FetchSignedOutPageMiddleware looked already, for a request that cannot be signed in
        request._cache_update_cache = False
        if request.user.is_authenticated or _has_messages(request):
            return None
        return _stored_page(request)


def _stored_page(request):
    """The stored page for this address, or None (and the page is to be stored once rendered)."""
    if not enabled() or request.method not in ("GET", "HEAD") or not _is_page(request):
        return None
    request._page_cache_looked_up = True
    request._page_cache_prefix = prefix = _key_prefix()
    for method in dict.fromkeys(("GET", request.method)):
        key = get_cache_key(request, prefix, method, cache=cache)
        response = cache.get(key) if key else None
        if response is not None:
            return response
    request._cache_update_cache = True
    return None


class FetchSignedOutPageMiddleware(FetchFromCacheMiddleware):
    """Serves a stored page before sessions, sign-in, messages and the rest of the stack run, when the request
    carries neither a session cookie nor a messages cookie: without them nobody can be signed in and no message can
    be waiting, which is all FetchPageMiddleware loads them to find out. Sits just after SecurityMiddleware (so
    plain HTTP is still redirected) and WhiteNoise. Measured: a stored lesson page cost 3.5 ms of CPU when served
    last in the stack. Requests with either cookie go on to FetchPageMiddleware."""

    def process_request(self, request):
        request._cache_update_cache = False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
            return None
        return _stored_page(request)


class UpdatePageMiddleware(UpdateCacheMiddleware):
    """Stores an anonymous page after it is rendered. Sits near the top of MIDDLEWARE (just after the request id,
    which is per request and so never stored), so the stored copy has every header the inner middleware adds."""

    def process_response(self, request, response):
        if not self._should_update_cache(request, response):
            return response
        cache_control = response.get("Cache-Control", "").lower()
        if (
            response.status_code != 200
            or response.streaming
            or response.cookies
            or any(word in cache_control for word in ("private", "no-cache", "no-store"))
            or getattr(request.resolver_match, "url_name", None) != WAGTAIL_VIEW
            or request.user.is_authenticated
            or _has_messages(request)
            or (hasattr(response, "render") and not response.is_rendered)
        ):
            return response
        timeout = settings.COLEARN_PAGE_CACHE_SECONDS
        key = learn_cache_key(request, _without_cookie_vary(response), timeout, request._page_cache_prefix, cache=cache)
        response[STATUS_HEADER] = "hit"
        cache.set(key, response, timeout)
        response[STATUS_HEADER] = "miss"
        return response


def _on_change(sender, **kwargs):
    from wagtail.models import Page

    # Migrations' own models (module "__fake__") run before anything is served, and before the cache table exists.
    if sender.__module__ == "__fake__":
        return
    if sender._meta.label in _watched or issubclass(sender, Page):
        clear()


def _on_many_to_many(sender, instance=None, **kwargs):
    # `sender` is the through model; the rows that changed belong to `instance`'s model.
    if kwargs.get("action", "").startswith("post_"):
        _on_change(type(instance))
        _on_change(kwargs["model"])


def _on_page_event(sender, **kwargs):
    clear()


def connect_receivers() -> None:
    """Every page model's save and delete (publishing, unpublishing, scheduled publishing through
    revision.publish, and deleting all save or delete the page row), Wagtail's move and publish signals (a move
    updates the tree without saving), and every watched model."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_change, dispatch_uid="colearn.page_cache.save")
    post_delete.connect(_on_change, dispatch_uid="colearn.page_cache.delete")
    m2m_changed.connect(_on_many_to_many, dispatch_uid="colearn.page_cache.m2m")
    page_published.connect(_on_page_event, dispatch_uid="colearn.page_cache.published")
    page_unpublished.connect(_on_page_event, dispatch_uid="colearn.page_cache.unpublished")
    post_page_move.connect(_on_page_event, dispatch_uid="colearn.page_cache.moved")
