from django.urls import path

from community import views

app_name = "community"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.place, name="place"),
]
