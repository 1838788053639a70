"""Journal search words stay out of addresses, so they end up in neither the browser's history (on a shared
computer, the next person's address bar suggests them) nor the server's access log.

The search form POSTs the words; they are kept in the session under a short random id and the browser is sent to
`?search=<id>` (with the other filters, which are not words anyone wrote). Pagination and filters carry the id.
"""

import secrets

from django.http import HttpResponseRedirect, QueryDict

SESSION_KEY = "journal_searches"
KEEP = 10  # the most recent searches; an older id shows the whole journal with a note
MAX_WORDS = 200


def search_redirect(request, path: str, *, keep: tuple[str, ...]) -> HttpResponseRedirect:
    """The answer to the search form's POST: 303 to `path?search=<id>&<kept filters>`; no words in it."""
    query = QueryDict(mutable=True)
    for name in keep:
        value = request.POST.get(name, "").strip()
        if value:
            query[name] = value[:50]
    words = request.POST.get("q", "").strip()[:MAX_WORDS]
    if words:
        query["search"] = _remember(request, words)
    response = HttpResponseRedirect(f"{path}?{query.urlencode()}" if query else path)
    response.status_code = 303
    return response


def search_from(request) -> tuple[QueryDict, QueryDict, bool]:
    """(what to filter by, with the words as "q"; what links on the page carry, with the id instead; whether the
    address named a search this session no longer has, in which case nothing is filtered).

    Words in the address itself (`?q=`) are ignored, so no link, bookmark or script can put them back there."""
    params = request.GET.copy()
    params.pop("q", None)
    links = params.copy()
    links.pop("page", None)
    search_id = params.pop("search", [""])[-1]
    if search_id:
        words = request.session.get(SESSION_KEY, {}).get(search_id)
        if words is None:
            return QueryDict(), QueryDict(), True
        params["q"] = words
    return params, links, False


def _remember(request, words: str) -> str:
    searches = dict(request.session.get(SESSION_KEY, {}))
    for search_id, kept in searches.items():
        if kept == words:
            return search_id
    search_id = secrets.token_urlsafe(6)
    searches[search_id] = words
    request.session[SESSION_KEY] = dict(list(searches.items())[-KEEP:])
    return search_id
