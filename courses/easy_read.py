"""Easy read: a lesson told in short sentences, one idea at a time, each idea beside a simple picture.

The pictures are Colearn's own pictograms (static/pictograms/, drawn for this and free to reuse under the same
licence as the code): clear shapes, one meaning each, with the words a screen reader says for them. An editor
chooses one for each idea (courses.blocks.EasyReadIdeaBlock).
"""

import re
from dataclasses import dataclass

from django.templatetags.static import static


@dataclass(frozen=True)
class Pictogram:
    label: str  # what an editor sees in the list
    alt: str  # what a screen reader says

    def __str__(self) -> str:
        return self.label


PICTOGRAMS: dict[str, Pictogram] = {
    "person": Pictogram("One person", "One person"),
    "people": Pictogram("People together", "A group of people together"),
    "talk": Pictogram("Talking", "Two speech bubbles: people talking"),
    "listen": Pictogram("Listening", "An ear, listening"),
    "heart": Pictogram("Feelings and care", "A heart"),
    "help": Pictogram("Help and support", "A hand held out, with a heart above it"),
    "place": Pictogram("A place or service", "A building"),
    "welcome": Pictogram("Arriving, welcome", "An open door"),
    "community": Pictogram("The community, outdoors", "Two trees on a hill"),
    "tea": Pictogram("A cup of tea, a café", "A cup of tea"),
    "question": Pictogram("A question", "A question mark"),
    "idea": Pictogram("An idea, noticing", "A light bulb"),
    "hope": Pictogram("Hope, a new day", "The sun coming up"),
    "steps": Pictogram("Small steps", "Steps going up, one at a time"),
    "calendar": Pictogram("A day or a week", "A calendar with one day marked"),
    "write": Pictogram("Writing, your journal", "A pencil and a sheet of paper"),
    "private": Pictogram("Private", "A padlock"),
    "yes": Pictogram("Yes, that is right", "A tick"),
    "no": Pictogram("No, not that", "A cross"),
}

PICTOGRAM_CHOICES = [(name, pictogram.label) for name, pictogram in PICTOGRAMS.items()]


def pictogram_url(name: str) -> str:
    return static(f"pictograms/{name}.svg")


# Rich text from the editor is flat at the top: paragraphs, lists and headings, one after another.
TOP_LEVEL_BLOCK = re.compile(r"<(p|ul|ol|h[2-6]|blockquote)\b[^>]*>.*?</\1>|<embed\b[^>]*>", re.S)


def ideas_from_rich_text(html: str) -> list[dict]:
    """Rich text easy read (how it was kept before each idea had a picture) as idea blocks' raw data: one idea per
    paragraph or list, with no picture chosen yet, so the content checks ask an editor to choose one."""
    blocks = [match.group(0) for match in TOP_LEVEL_BLOCK.finditer(html or "")]
    return [
        {"type": "idea", "value": {"picture": "", "text": block}}
        for block in blocks
        if "<embed" in block or re.search(r"\w", re.sub(r"<[^>]+>", "", block))
    ]
