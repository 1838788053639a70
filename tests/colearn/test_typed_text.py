"""One field type for what people type: line endings, surrounding space and NUL characters made plain, and a length
rule that says the limit. Every form in every app uses it for typed text (walked, not listed)."""

import importlib
import pkgutil

import pytest
from django import forms

from colearn.fields import TypedLineField, TypedTextField, rescued_text, typed_text

APPS = ("colearn", "courses", "community", "cohorts", "learning", "reports")
NOT_IMPORTED = {"settings", "migrations", "wsgi", "asgi"}  # deployment entry points and history, not forms

# A text input that is not typed prose, named here with the reason, so a new one is a decision and not an accident.
NOT_TYPED_TEXT = {
    "cohorts.viewsets.CohortAdminForm.facilitator_emails": "a list of email addresses, each checked as an email",
    "cohorts.viewsets.CohortAdminForm.peer_facilitator_emails": "a list of email addresses, each checked as an email",
    # allauth's own fields, in our subclasses that only change their messages: codes are compared, never stored,
    # and sign-up has no username (people signing up use their email address).
    "colearn.account_forms.ColearnActivateTOTPForm.code": "a code, checked by allauth and never stored",
    "colearn.account_forms.ColearnAuthenticateForm.code": "a code, checked by allauth and never stored",
    "colearn.account_forms.ColearnConfirmLoginCodeForm.code": "a code, checked by allauth and never stored",
    "colearn.account_forms.ColearnMFAReauthenticateForm.code": "a code, checked by allauth and never stored",
    "colearn.account_forms.ColearnSignupForm.username": "not shown: ACCOUNT_SIGNUP_FIELDS has no username",
}


# --- The rule ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, saved",
    [
        ("First line\r\nsecond line", "First line\nsecond line"),
        ("Old Mac\rline", "Old Mac\nline"),
        ("  \n  Space around  \t\n", "Space around"),
        ("No\x00 NUL\x00s", "No NULs"),
        ("Keeps  inner   spaces\n\n\nand blank lines", "Keeps  inner   spaces\n\n\nand blank lines"),
        ("Emoji 🌱 and accents é", "Emoji 🌱 and accents é"),
        (None, ""),
    ],
)
def test_typed_text_is_made_plain(typed, saved):
    assert typed_text(typed) == saved


def test_a_single_line_is_one_line_with_single_spaces():
    assert typed_text("  Sam \r\n  Okafor\x00 ", single_line=True) == "Sam Okafor"


class Example(forms.Form):
    text = TypedTextField(max_length=5000, error_messages={"required": "Write something first."})
    name = TypedLineField(max_length=80, required=False)


@pytest.mark.parametrize(
    "text, name, cleaned",
    [
        ("Hello\r\nthere\x00", "", {"text": "Hello\nthere", "name": ""}),
        ("x" * 5000, "  Ama \n Boateng ", {"text": "x" * 5000, "name": "Ama Boateng"}),
        (" " + "x" * 5000 + " \r\n", "Sam", {"text": "x" * 5000, "name": "Sam"}),  # counted after trimming
        ("x" * 4999 + "\x00\x00", "Sam", {"text": "x" * 4999, "name": "Sam"}),  # NUL never counts
    ],
)
def test_the_field_accepts_and_cleans(text, name, cleaned):
    form = Example(data={"text": text, "name": name})
    assert form.is_valid(), form.errors
    assert form.cleaned_data == cleaned


@pytest.mark.parametrize(
    "text, name, errors",
    [
        ("x" * 5210, "", {"text": ["Keep this to 5,000 characters or fewer (you have 5,210)."]}),
        ("x" * 5001, "", {"text": ["Keep this to 5,000 characters or fewer (you have 5,001)."]}),
        (" \r\n\x00 ", "", {"text": ["Write something first."]}),
        ("Fine", "y" * 81, {"name": ["Keep this to 80 characters or fewer (you have 81)."]}),
    ],
)
def test_the_field_refuses_with_a_plain_message(text, name, errors):
    form = Example(data={"text": text, "name": name})
    assert not form.is_valid()
    assert form.errors == errors


def test_no_maxlength_attribute_so_a_browser_never_cuts_pasted_text_silently():
    html = str(Example()["text"])
    assert "maxlength" not in html


def test_a_rescue_keeps_only_the_words():
    posted = {"title": " A  title ", "text": "Mine\r\n", "visibility": "cohort", "cohort": "3", "confirmed": "on"}
    rescued = rescued_text(posted)
    assert (rescued["title"], rescued["text"]) == ("A title", "Mine")
    assert set(rescued) == {"title", "text", "submission"}
    assert rescued_text({"title": "Only a title", "text": "  "}) is None


# --- The forms use it -----------------------------------------------------------------------------------------


def is_typed_text_input(field: forms.Field) -> bool:
    """A field that takes free text from a person: a CharField that is not a choice, hidden, email, password, slug,
    web address or id."""
    return (
        isinstance(field, forms.CharField)
        and not isinstance(field, forms.EmailField | forms.SlugField | forms.URLField | forms.UUIDField)
        and not isinstance(field.widget, forms.HiddenInput | forms.PasswordInput)
    )


def untyped_text_fields(form_classes) -> list[str]:
    return [
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in form_classes
        for name, field in cls.base_fields.items()
        if is_typed_text_input(field)
        and not isinstance(field, TypedTextField)
        and f"{cls.__module__}.{cls.__qualname__}.{name}" not in NOT_TYPED_TEXT
    ]


def all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_subclasses(sub)


def project_forms() -> list[type[forms.BaseForm]]:
    """Every Form and ModelForm class defined anywhere in our apps."""
    for app in APPS:
        package = importlib.import_module(app)
        for module in pkgutil.walk_packages(package.__path__, f"{app}."):
            if not NOT_IMPORTED & set(module.name.split(".")):
                importlib.import_module(module.name)
    found = {
        cls
        for cls in all_subclasses(forms.BaseForm)
        if cls.__module__.split(".")[0] in APPS and not cls.__module__.startswith("tests.")
    }
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def test_every_form_that_takes_typed_text_uses_the_typed_text_field():
    classes = project_forms()
    names = {cls.__qualname__ for cls in classes}
    # The walk really reaches the forms that matter (so this test cannot pass by finding nothing).
    assert {"EntryForm", "ResponseForm", "HideForm", "OutcomeForm", "ApplicationForm", "DecisionForm"} <= names
    assert {"SessionForm", "AnnouncementForm", "SignupDetailsForm", "ProfileForm"} <= names
    checked = [
        name
        for cls in classes
        for name, field in cls.base_fields.items()
        if is_typed_text_input(field) and isinstance(field, TypedTextField)
    ]
    assert len(checked) >= 15
    assert untyped_text_fields(classes) == []


def test_the_walk_catches_a_plain_char_field():
    class Careless(forms.Form):
        note = forms.CharField(widget=forms.Textarea)
        email = forms.EmailField()
        secret = forms.CharField(widget=forms.PasswordInput)
        token = forms.CharField(widget=forms.HiddenInput)
        choice = forms.ChoiceField(choices=[("a", "A")])

    assert untyped_text_fields([Careless]) == [f"{__name__}.{Careless.__qualname__}.note"]


def test_the_named_exceptions_still_exist():
    """An exception for a field that is gone is a hole waiting for the next field of that name."""
    classes = {f"{cls.__module__}.{cls.__qualname__}": cls for cls in project_forms()}
    for path in NOT_TYPED_TEXT:
        form_path, name = path.rsplit(".", 1)
        assert name in classes[form_path].base_fields, path
