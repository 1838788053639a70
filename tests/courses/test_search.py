import pytest

from tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def searchable(site_pages):
    builder = build_course(site_pages[1], title="Bridges", modules=1, lessons_per_module=0)
    builder.add_lesson(builder.modules[0], title="Finding places", words="allotments and walking groups")
    builder.add_lesson(builder.modules[0], title="A draft", words="allotments", live=False)
    return builder


def test_search_finds_a_lesson_by_a_word_in_its_body(client, searchable):
    html = client.get("/search/", {"q": "allotments"}).content.decode()
    assert "1 result for “allotments”" in html
    assert "Finding places" in html
    assert "A draft" not in html


def test_search_finds_courses_and_modules_by_title(client, searchable):
    html = client.get("/search/", {"q": "Bridges"}).content.decode()
    assert searchable.course.url in html


def test_search_with_no_match_says_what_to_try(client, searchable):
    html = client.get("/search/", {"q": "zebra"}).content.decode()
    assert "0 results" in html and "Try fewer or different words" in html


def test_an_empty_search_shows_just_the_form(client, searchable):
    response = client.get("/search/")
    assert response.status_code == 200 and "result" not in response.content.decode().split("</form>")[1]


@pytest.mark.parametrize("query", ["x" * 201, "a" * 5000])
def test_a_very_long_search_gets_a_clear_message(client, searchable, query):
    response = client.get("/search/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"Keep this to 200 characters or fewer (you have {len(query):,})." in html
    assert "<title>Error: Search" in html and 'href="#q"' in html


@pytest.mark.parametrize(
    "query", ['"', "'; DROP TABLE wagtailcore_page; --", "<script>alert(1)</script>", "AND OR NOT", "(((", "%", "\\"]
)
def test_odd_searches_never_break_the_page(client, searchable, query):
    response = client.get("/search/", {"q": query, "page": "-1"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
