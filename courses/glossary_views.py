from django.shortcuts import render

from courses.glossary import all_terms


def glossary_index(request):
    return render(request, "courses/glossary.html", {"terms": all_terms()})
