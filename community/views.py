from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from community.forms import DirectoryFilterForm
from community.selectors import directory, place_for_page, themes_in_use

PER_PAGE = 12


@require_safe
def index(request):
    form = DirectoryFilterForm(request.GET, themes=themes_in_use())
    filters = form.filters()
    places = Paginator(directory(filters=filters), PER_PAGE).get_page(request.GET.get("page"))
    # Pagination links keep the search and filters exactly as asked, without the page number.
    kept = request.GET.copy()
    kept.pop("page", None)
    context = {
        "form": form,
        "filters": filters,
        "places": places,
        "query_prefix": f"{kept.urlencode()}&" if kept else "",
    }
    return render(request, "community/index.html", context)


@require_safe
def place(request, slug: str):
    found = get_object_or_404(place_for_page(slug=slug))
    return render(request, "community/place_detail.html", {"place": found})
