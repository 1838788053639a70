from django import template

from courses.parts import part_after as find_part_after

register = template.Library()


@register.simple_tag
def part_after(lesson, block_id, words) -> str | None:
    """{% part_after lesson block_id words as target %}: the anchor a content note links to (courses.parts)."""
    return find_part_after(body=lesson.body, after_block_id=block_id, words=words)
