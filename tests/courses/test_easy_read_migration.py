"""The data migration that made easy read ideas (courses/migrations/0009_easy_read_ideas.py) and the splitting
it shares with the course files' importer (courses.easy_read.ideas_from_rich_text)."""

import importlib
import json

from courses.easy_read import ideas_from_rich_text

migration = importlib.import_module("courses.migrations.0009_easy_read_ideas")


def test_rich_text_becomes_one_idea_per_paragraph_or_list_with_no_picture_yet():
    html = (
        '<p data-block-key="a">We say hello.</p><p data-block-key="b"></p>'
        "<ul><li>Tea</li><li>Toast</li></ul>"
        '<p><embed embedtype="image" id="3" alt="A kettle"/>We make tea.</p>'
    )
    assert ideas_from_rich_text(html) == [
        {"type": "idea", "value": {"picture": "", "text": '<p data-block-key="a">We say hello.</p>'}},
        {"type": "idea", "value": {"picture": "", "text": "<ul><li>Tea</li><li>Toast</li></ul>"}},
        {
            "type": "idea",
            "value": {"picture": "", "text": '<p><embed embedtype="image" id="3" alt="A kettle"/>We make tea.</p>'},
        },
    ]
    assert ideas_from_rich_text("") == [] and ideas_from_rich_text("<p> </p>") == []


def test_the_migration_keeps_every_word_and_gives_each_idea_an_id():
    stream = json.loads(migration.as_stream("<p>One.</p><p>Two.</p>"))
    assert [idea["value"]["text"] for idea in stream] == ["<p>One.</p>", "<p>Two.</p>"]
    assert len({idea["id"] for idea in stream}) == 2
    assert migration.as_stream("") == "[]"


def test_a_value_that_is_already_ideas_is_left_as_it_is_and_going_back_joins_the_words():
    stream = migration.as_stream("<p>One.</p><p>Two.</p>")
    assert migration.as_stream(stream) == stream
    assert migration.as_rich_text(stream) == "<p>One.</p><p>Two.</p>"
