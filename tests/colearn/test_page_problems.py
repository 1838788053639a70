"""colearn_tags.page_problems: the one place that finds a page's form problems for the GOV.UK error summary."""

import pytest
from django import forms
from django.template import Context, Template
from django.utils.functional import SimpleLazyObject

from colearn.templatetags.colearn_tags import Problem, page_problems


class GroupForm(forms.Form):
    group = forms.ChoiceField(
        choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect, error_messages={"required": "Choose a group."}
    )
    name = forms.CharField(error_messages={"required": "Enter a name."})
    version = forms.IntegerField(widget=forms.HiddenInput, error_messages={"required": "Open the page again."})

    def clean(self):
        raise forms.ValidationError("Something about the whole form.")


class NoteForm(forms.Form):
    note = forms.CharField(error_messages={"required": "Write the note."})


def test_each_problem_links_to_its_field_and_a_group_of_radios_to_its_first_option():
    problems = page_problems(Context({"form": GroupForm(data={})}))
    assert problems == [
        Problem("Something about the whole form.", ""),
        Problem("Choose a group.", "#id_group_0"),
        Problem("Enter a name.", "#id_name"),
        Problem("Open the page again.", ""),  # a hidden field: nothing on the page to go to
    ]


def test_every_form_on_the_page_is_found_once_whatever_its_name():
    note = NoteForm(data={}, prefix="note")
    problems = page_problems(Context({"form": GroupForm(data={"group": "a", "name": "x", "version": "1"}), "a": note}))
    assert [problem.href for problem in problems] == ["", "#id_note-note"]
    assert page_problems(Context({"a": note, "b": note})) == [Problem("Write the note.", "#id_note-note")]


def test_a_form_not_yet_sent_or_without_problems_is_no_problem():
    assert page_problems(Context({"form": NoteForm(), "other": NoteForm(data={"note": "ok"})})) == []


def test_looking_does_not_evaluate_lazy_values_such_as_the_signed_in_person():
    def evaluated():
        pytest.fail("a lazy value was evaluated just to look at it")

    assert page_problems(Context({"user": SimpleLazyObject(evaluated)})) == []


def test_the_summary_renders_links_and_plain_lines():
    html = Template('{% include "includes/error_summary.html" %}').render(
        Context({"problems": [Problem("Choose a group.", "#id_group_0"), Problem("Open the page again.", "")]})
    )
    assert '<a href="#id_group_0">Choose a group.</a>' in html and "<li>Open the page again.</li>" in html
    assert 'tabindex="-1"' in html and "There is a problem" in html


@pytest.mark.django_db
def test_a_page_without_problems_has_no_summary_and_no_error_title(client, site_pages):
    html = client.get("/search/").content.decode()
    assert "<title>Search" in html and "There is a problem" not in html and "error-summary.js" not in html
    html = client.get("/search/?q=" + "a" * 201).content.decode()
    assert "<title>Error: Search" in html and "error-summary.js" in html
    assert html.index("There is a problem") < html.index("<h1>")
