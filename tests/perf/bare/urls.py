from django.shortcuts import render
from django.urls import path


def page(request):
    return render(request, "bare.html", {"items": ["Welcome", "Lessons", "Your journal"]})


urlpatterns = [path("", page)]
