"""Mounted under /accounts/ before allauth's own URLs (colearn/urls.py): your data, and deleting your account."""

from django.urls import path

from learning.views import your_data

urlpatterns = [
    path("data/", your_data.your_data, name="your_data"),
    path("data/download/", your_data.download, name="your_data_download"),
    path("delete/", your_data.delete_account, name="account_delete"),
    path("deleted/", your_data.account_deleted, name="account_deleted"),
]
