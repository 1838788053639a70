"""Every form field's label, walked across every form in the project: the one field include says "(optional)"
itself, so a label that says it too reads "(optional) (optional)"."""

import importlib

from django import forms

APPS = ["colearn", "courses", "community", "cohorts", "learning", "reports"]


def project_forms() -> list[type[forms.BaseForm]]:
    for app in APPS:
        try:
            importlib.import_module(f"{app}.forms")
        except ModuleNotFoundError:
            continue
    found, waiting = [], [forms.BaseForm]
    while waiting:
        for subclass in waiting.pop().__subclasses__():
            waiting.append(subclass)
            if subclass.__module__.split(".")[0] in APPS:
                found.append(subclass)
    return found


def test_the_walk_finds_the_forms_people_fill_in():
    names = {form.__name__ for form in project_forms()}
    assert {"ComposeForm", "DecisionForm", "SessionForm"} <= names


def test_no_label_says_optional_itself():
    said_twice = [
        f"{form.__module__}.{form.__name__}.{name}: {field.label}"
        for form in project_forms()
        for name, field in form.base_fields.items()
        if "(optional)" in str(field.label or "")
    ]
    assert said_twice == []
