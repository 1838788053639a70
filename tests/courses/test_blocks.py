"""Lesson blocks refuse content that would leave someone out."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from courses.blocks import FigureBlock, LessonStreamBlock, VideoBlock

pytestmark = pytest.mark.django_db


def clean_stream(raw: list[dict]):
    block = LessonStreamBlock()
    return block.clean(block.to_python(raw))


def test_a_content_note_must_come_before_what_it_describes():
    note = {"type": "content_note", "value": {"about": "Loss.", "alternative": "Skip to the next part."}}
    text = {"type": "text", "value": "<p>About loss.</p>"}
    assert clean_stream([note, text])
    with pytest.raises(ValidationError) as refused:
        clean_stream([text, note])
    assert "comes before the material" in str(refused.value.non_block_errors.as_data())


def test_an_image_needs_alt_text_unless_it_is_marked_decorative():
    image = Image.objects.create(title="A garden", file=get_test_image_file())
    block = FigureBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": {"image": image.pk, "decorative": False, "alt_text": ""}, "caption": ""}))
    described = block.clean(
        block.to_python({"image": {"image": image.pk, "decorative": False, "alt_text": "Raised beds"}, "caption": ""})
    )
    assert described["image"].contextual_alt_text == "Raised beds"
    decorative = block.clean(block.to_python({"image": {"image": image.pk, "decorative": True, "alt_text": ""}}))
    assert decorative["image"].decorative


def test_a_video_needs_a_transcript():
    block = VideoBlock()
    value = block.to_python(
        {"title": "A walk-through", "video": "https://www.youtube.com/watch?v=abc", "transcript": ""}
    )
    with pytest.raises(ValidationError):
        block.clean(value)
