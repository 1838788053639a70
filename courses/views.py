from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode

from courses.selectors import search_pages

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()
    error = ""
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        error = f"Please search for something shorter: at most {MAX_QUERY_LENGTH} characters."
    elif query:
        results = Paginator(search_pages(query=query), 10).get_page(request.GET.get("page"))
    context = {
        "query": query,
        "query_encoded": urlencode({"q": query})[2:],
        "results": results,
        "error": error,
    }
    return render(request, "courses/search.html", context)
