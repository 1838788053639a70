"""The parts of a lesson a content note can send someone on to: its headings and its activities, found by the
words a reader sees, each with the anchor its template gives it."""

ANCHORS = {"heading": "part-{id}", "activity": "activity-{id}"}


def _words(block) -> str:
    value = block.value
    return (value.get("text") if block.block_type == "heading" else value.get("title")) or ""


def _same(a: str, b: str) -> bool:
    """Typed by an editor: case, spaces and the kind of quotes around it do not matter."""

    def plain(text: str) -> str:
        return " ".join(text.strip(" \u2018\u2019\u201c\u201d'\"").casefold().split())

    return plain(a) == plain(b)


def part_after(*, body, after_block_id: str, words: str) -> str | None:
    """The anchor of the first heading or activity named `words` after the block `after_block_id`, or None."""
    seen = False
    for block in body:
        if block.id == after_block_id:
            seen = True
        elif seen and block.block_type in ANCHORS and _same(_words(block), words):
            return ANCHORS[block.block_type].format(id=block.id)
    return None
