"""The one rule for text a person types into any form, and the one form field that applies it.

Every form in colearn, cohorts and learning that takes typed text uses `TypedTextField` (a test walks them all).
Services that are also called from outside a form (the demo seeder, management commands) call `typed_text()`, the
same rule, so the text saved is the same whichever way it came in.
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError

NUL = "\x00"


def typed_text(value, *, single_line: bool = False) -> str:
    """Text as the person meant it: browsers' \\r\\n (and lone \\r) line breaks made \\n, NUL characters (which
    PostgreSQL cannot store) removed, surrounding whitespace trimmed. A single-line value (a name, a title) has
    every run of spaces and line breaks made one space."""
    text = str(value or "").replace(NUL, "").replace("\r\n", "\n").replace("\r", "\n")
    return " ".join(text.split()) if single_line else text.strip()


def too_long_message(*, limit: int, length: int) -> str:
    return f"Keep this to {limit:,} characters or fewer (you have {length:,})."


class TypedTextField(forms.CharField):
    """A CharField for what people type. `max_length` gives a plain message that says the limit and the count.

    `single_line=True` is for names, titles and short answers: line breaks and repeated spaces become one space.
    """

    def __init__(self, *, single_line: bool = False, **kwargs):
        self.single_line = single_line
        # Checked in validate() with a plain message. No maxlength attribute on the widget: a browser would cut
        # pasted text without a word, where the message says what to do.
        self.limit = kwargs.pop("max_length", None)
        kwargs.setdefault("strip", True)
        kwargs.pop("empty_value", None)  # model forms pass None for null columns; typed text is never None
        super().__init__(**kwargs)

    def to_python(self, value) -> str:
        if value in self.empty_values:
            return ""
        return typed_text(value, single_line=self.single_line)

    def validate(self, value) -> None:
        super().validate(value)
        if self.limit is not None and len(value) > self.limit:
            raise ValidationError(too_long_message(limit=self.limit, length=len(value)), code="max_length")


class TypedLineField(TypedTextField):
    """One line of typed text: a name, a title, a short reason. For model forms' `field_classes`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("single_line", True)
        super().__init__(**kwargs)


# The form fields that carry what a person typed, with the label a rescue page (the 500 page, the "please wait"
# page) shows them under. Only these ever come back: never hidden ids, audiences, groups, confirmations or tokens.
TYPED_FIELDS = {
    "title": "Title",
    "text": "Your text",
    "body": "Your message",
    "statement": "What you wrote",
    "message": "Your message",
    "agenda": "Agenda",
    "catch_up_notes": "What we covered",
    "outcome": "How it went",
    "liked_and_admired": "What people like and admire about me",
    "what_matters": "What matters to me",
    "how_to_support": "How best to support me",
    "access_needs": "What would help you take part",
    "name": "Name",
    "went_with": "Who went with you",
    "how_it_felt": "How it felt",
    "next_step": "The next small step",
    "reflection_prompt": "A question to reflect on",
}


def rescued_text(data) -> dict | None:
    """From a post that could not be saved, only the person's own words — title and text — to give back in a fresh
    form. Never audience, confirmation, group, lesson or any other field: sharing always asks afresh. A fresh
    `submission` token, so pressing the rescue form's button twice still saves once.

    A form whose words are in other boxes (a connection's name, how it felt and next step) gets them all back as
    the text, each under its label, so no form's words are lost because they were not called "text"."""
    if data is None:
        return None
    text = typed_text(data.get("text", "")) or "\n\n".join(
        f"{label}: {value}"
        for name, label in TYPED_FIELDS.items()
        if name not in ("title", "text") and (value := typed_text(data.get(name, "")))
    )
    if not text:
        return None
    return {"title": typed_text(data.get("title", ""), single_line=True), "text": text, "submission": uuid.uuid4()}
