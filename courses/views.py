from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode

from courses.forms import SearchForm
from courses.selectors import search_pages


def search(request):
    # Bound only when someone searched, so the plain search page is not an error page.
    form = SearchForm(request.GET if "q" in request.GET else None, auto_id="%s")
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    if query:
        results = Paginator(search_pages(query=query), 10).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "query": query,
        "query_encoded": urlencode({"q": query})[2:],
        "results": results,
    }
    return render(request, "courses/search.html", context)
