"""Courses that travel: export_course writes a live course as plain data, import_course loads it into another
Colearn through the same loader, checked whole first and idempotent."""

import difflib
import io
import re
import zipfile

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from courses.content import course as course_content
from courses.course_files import CONTENT_FOLDER, CourseDataError, data_file_values, files_from_folder, files_from_zip
from courses.exporter import course_export, course_export_zip
from courses.loader import built_in_course_load, course_import
from courses.models import CoursePage, GlossaryTerm, LessonPage, ModulePage, PageCredit, SensitiveTopic, Theme

pytestmark = pytest.mark.django_db

SLUG = course_content.COURSE["slug"]


@pytest.fixture
def built_in():
    built_in_course_load()
    return CoursePage.objects.get(slug=SLUG)


@pytest.fixture(autouse=True)
def own_storage(settings):
    """A fresh file store: documents kept by earlier tests in this process would give the imported files a
    random suffix, and the rendered pages would differ for a reason that has nothing to do with the course."""
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}


@pytest.fixture
def exported(built_in):
    return course_export(course=built_in)


def course_urls() -> list[str]:
    course = CoursePage.objects.get(slug=SLUG)
    pages = [course, *ModulePage.objects.child_of(course), *LessonPage.objects.descendant_of(course)]
    return sorted(page.url for page in pages)


def rendered(client) -> dict[str, str]:
    """Every page of the course as a visitor sees it. Only documents' ids differ between sites (they are rows of
    their own): their addresses are normalised, nothing else."""
    pages = {}
    for url in course_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = re.sub(r"/documents/\d+/", "/documents/N/", response.content.decode())
    return pages


def counts() -> tuple:
    return (
        Page.objects.count(),
        Revision.objects.count(),
        get_document_model().objects.count(),
        Theme.objects.count(),
        PageCredit.objects.count(),
    )


def empty_the_site(course: CoursePage) -> None:
    """As another Colearn that has never had this course: no course pages, tool documents or themes."""
    course.delete()
    for document in get_document_model().objects.all():
        document.file.delete(save=False)
        document.delete()
    Theme.objects.all().delete()
    GlossaryTerm.objects.all().delete()
    SensitiveTopic.objects.all().delete()


def linked_terms() -> set[str]:
    """The glossary terms the built-in course's text links to, read from its content files."""
    text = "".join(path.read_text() for path in CONTENT_FOLDER.glob("module_*.py"))
    return set(re.findall(r'linktype="glossary"[^>]*slug="([^"]+)"', text))


def changed(files: dict[str, bytes], name: str, old: str, new: str) -> dict[str, bytes]:
    text = files[name].decode()
    assert old in text, f"{old!r} is not in {name}"
    return {**files, name: text.replace(old, new, 1).encode()}


def zipped(members: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    buffer.seek(0)
    return buffer


# --- Round trip ------------------------------------------------------------------------------------------------


def test_the_built_in_course_exported_and_imported_into_an_empty_site_renders_the_same(built_in, client):
    lesson = LessonPage.objects.get(slug="sharing-power")
    lesson.credits = [PageCredit(name="Sam Okafor", role="peer trainer", contribution="author", sort_order=0)]
    lesson.sensitive_topics = [SensitiveTopic.objects.create(name="Losing a service", description="Closures.")]
    lesson.save_revision().publish()
    terms = set(GlossaryTerm.objects.filter(slug__in=linked_terms()).values_list("slug", "definition"))
    assert terms, "the built-in course links some words to the glossary"
    before = rendered(client)
    prompt_ids = sorted(block.id for page in LessonPage.objects.all() for block in page.reflection_prompts())

    files = files_from_zip(io.BytesIO(course_export_zip(course_export(course=built_in))))
    empty_the_site(built_in)
    assert not CoursePage.objects.exists()
    report = course_import(files=files)

    assert f"course “{built_in.title}”" in report.created
    after = rendered(client)
    assert after.keys() == before.keys()
    for url, html in before.items():
        assert after[url] == html, "\n".join(difflib.unified_diff(html.splitlines(), after[url].splitlines(), n=0))
    assert "Sam Okafor, peer trainer" in client.get(LessonPage.objects.get(slug="sharing-power").url).content.decode()
    assert sorted(block.id for page in LessonPage.objects.all() for block in page.reflection_prompts()) == prompt_ids
    lesson = LessonPage.objects.get(slug="sharing-power")
    assert [topic.name for topic in lesson.sensitive_topics.all()] == ["Losing a service"]
    assert set(GlossaryTerm.objects.values_list("slug", "definition")) == terms  # only the terms the course uses


def test_the_export_is_plain_data_in_the_documented_shape(exported):
    assert {"course.py", "module_1.py", "module_2.py", "module_3.py"} <= exported.keys()
    documents = [name for name in exported if name.startswith("documents/")]
    assert len(documents) == 3 and all(exported[name].startswith(b"%PDF-") for name in documents)
    course = data_file_values("course.py", exported["course.py"])
    assert course["FORMAT_VERSION"] == 1
    assert course["COURSE"]["modules"] == ["module_1", "module_2", "module_3"]
    assert {theme["slug"] for theme in course["THEMES"]} == set(course["COURSE"]["themes"])
    module = data_file_values("module_1.py", exported["module_1.py"])["MODULE"]
    prompt = next(
        value for lesson in module["lessons"] for kind, value in lesson["body"] if kind == "reflection_prompt"
    )
    assert set(prompt) == {"id", "question", "guidance"}
    assert module["tools"][0]["file"] in exported


def test_anonymous_credits_travel_without_the_name(built_in):
    built_in.credits = [PageCredit(name="Jo Bloggs", role="carer", contribution="reviewer", anonymous=True)]
    built_in.save_revision().publish()
    course = data_file_values("course.py", course_export(course=built_in)["course.py"])["COURSE"]
    assert course["credits"] == [{"anonymous": True, "contribution": "reviewer", "name": "", "role": "carer"}]


def test_only_published_content_is_exported(built_in):
    lesson = LessonPage.objects.get(slug="sharing-power")
    lesson.title = "A draft title nobody has approved"
    lesson.save_revision()
    exported = b"".join(course_export(course=CoursePage.objects.get(slug=SLUG)).values())
    assert b"A draft title nobody has approved" not in exported


# --- Idempotent, and updates in place --------------------------------------------------------------------------


def test_importing_the_same_course_again_changes_nothing(exported, capsys, tmp_path):
    (tmp_path / "course.zip").write_bytes(course_export_zip(exported))
    before = counts()
    call_command("import_course", str(tmp_path / "course.zip"))
    assert "nothing to change" in capsys.readouterr().out
    assert counts() == before


def test_a_newer_version_updates_pages_in_place_and_keeps_prompt_ids(exported):
    lesson = LessonPage.objects.get(slug="what-makes-a-place-hopeful")
    prompt_ids = [block.id for block in lesson.reflection_prompts()]
    newer = changed(exported, "module_1.py", "'What makes a place hopeful?'", "'What makes a place feel hopeful?'")
    newer = changed(newer, "module_1.py", "Start with one small", "Begin with one small")

    report = course_import(files=newer)

    assert report.updated == ["lesson “What makes a place feel hopeful?”"]
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title == "What makes a place feel hopeful?" and lesson.live
    assert [block.id for block in lesson.reflection_prompts()] == prompt_ids
    assert "Begin with one small" in lesson.reflection_prompts()[0].value["guidance"]
    assert course_import(files=newer).changed is False


def test_a_page_the_import_does_not_have_is_kept_and_named(exported):
    lesson = LessonPage.objects.get(slug="sharing-power")
    lesson.get_parent().add_child(
        instance=LessonPage(title="Our own extra lesson", slug="extra", **_lesson_fields(lesson))
    )
    report = course_import(files=exported)
    assert report.kept == ["lesson “Our own extra lesson”"]
    assert LessonPage.objects.filter(slug="extra").exists()


def _lesson_fields(lesson: LessonPage) -> dict:
    return {"summary": lesson.summary, "estimated_minutes": 10, "body": lesson.body.raw_data, "easy_read": []}


def test_the_folder_command_pair_round_trips(built_in, tmp_path, capsys):
    call_command("export_course", SLUG, "--output", str(tmp_path / "out"))
    assert (tmp_path / "out" / "course.py").is_file()
    call_command("import_course", str(tmp_path / "out"))
    assert "nothing to change" in capsys.readouterr().out


def test_export_of_an_unknown_course_says_so():
    with pytest.raises(CommandError, match="no published course"):
        call_command("export_course", "no-such-course")


# --- Bad files change nothing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("course.py", "FORMAT_VERSION = 1", "import os\nFORMAT_VERSION = 1", "course.py, line 4: only lines"),
        ("course.py", "FORMAT_VERSION = 1", "FORMAT_VERSION = __import__('os')", "holds something other than data"),
        ("course.py", "FORMAT_VERSION = 1", "FORMAT_VERSION = 2", "this Colearn reads version 1"),
        ("module_1.py", "<p>Most of us", "<script>alert(1)</script><p>Most of us", "<script> is not allowed"),
        ("module_1.py", "<p>Most of us", '<p onclick="x()">Most of us', "the onclick attribute on <p>"),
        ("module_1.py", "<p>Most of us", '<a href="javascript:alert(1)">x</a><p>Most of us', "is not a web address"),
        ("module_2.py", "'setting': 'live'", "'setting': 'outdoors'", "setting: “outdoors” is not one of the options"),
        ("module_1.py", "'slug': 'what-makes-a-place-hopeful'", "'slug': 'What Makes'", "is not a slug"),
        ("module_1.py", "'minutes': 25", "'minutes': 'lots'", "minutes:"),
        ("module_1.py", "'theme': 'recovery-enhancing-environments'", "'theme': 'astrology'", "astrology"),
    ],
)
def test_a_bad_file_gets_a_message_naming_the_file_and_field_and_changes_nothing(exported, name, old, new, message):
    before = counts()
    with pytest.raises(CourseDataError) as error:
        course_import(files=changed(exported, name, old, new))
    assert message in str(error.value)
    assert counts() == before


def test_the_same_prompt_twice_is_refused(exported):
    module = data_file_values("module_1.py", exported["module_1.py"])["MODULE"]
    prompt_id = next(v["id"] for ls in module["lessons"] for kind, v in ls["body"] if kind == "reflection_prompt")
    module_2 = data_file_values("module_2.py", exported["module_2.py"])["MODULE"]
    first_id = next(v["id"] for ls in module_2["lessons"] for kind, v in ls["body"] if kind == "reflection_prompt")
    with pytest.raises(CourseDataError, match="is used twice"):
        course_import(files=changed(exported, "module_2.py", first_id, prompt_id))


def test_a_theme_whose_name_another_theme_has_is_refused_and_nothing_is_kept(exported):
    clash = changed(exported, "course.py", "'slug': 'deep-acceptance'", "'slug': 'deep-acceptance-2'")
    clash = changed(clash, "course.py", "'deep-acceptance',", "'deep-acceptance-2',")
    CoursePage.objects.get(slug=SLUG).delete()
    before = counts()
    with pytest.raises(CourseDataError, match="Theme with this Name already exists"):
        course_import(files=clash)
    assert counts() == before


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"../course.py": b"COURSE = {}"}, "points outside the zip"),
        ({"/etc/course.py": b"COURSE = {}"}, "points outside the zip"),
        ({"module_1.py": b"MODULE = {}"}, "no course.py"),
        ({"course.py": b"COURSE = {'slug': 'x'}"}, "COURSE: “title” is missing"),
    ],
)
def test_a_zip_that_reaches_outside_itself_or_lacks_a_course_is_refused(db, members, message):
    with pytest.raises(CourseDataError, match=message):
        course_read_zip(zipped(members))


def course_read_zip(upload):
    return course_import(files=files_from_zip(upload))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(db):
    with pytest.raises(CourseDataError, match="unpacks to far more"):
        files_from_zip(zipped({"course.py": b"COURSE = {}", "documents/big.pdf": b"%PDF-" + b"\0" * 5_000_000}))


def test_a_link_inside_a_zip_is_refused(db):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("course.py")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    buffer.seek(0)
    with pytest.raises(CourseDataError, match="is a link"):
        files_from_zip(buffer)


def test_a_link_inside_a_folder_is_refused_not_followed(db, tmp_path):
    (tmp_path / "course.py").write_text("COURSE = {}")
    (tmp_path / "module_1.py").symlink_to("/etc/passwd")
    with pytest.raises(CourseDataError, match="module_1.py: is a link"):
        files_from_folder(tmp_path)


def test_what_is_not_a_zip_gets_a_plain_message(db):
    with pytest.raises(CourseDataError, match="not a zip file"):
        files_from_zip(io.BytesIO(b"just some text"))


# --- In the Wagtail admin, for superusers only -----------------------------------------------------------------


@pytest.fixture
def superuser(admin_user_factory):
    return admin_user_factory(is_superuser=True)


@pytest.fixture
def editor(admin_user_factory):
    from django.contrib.auth.models import Group

    person = admin_user_factory()
    person.groups.add(Group.objects.get(name="Editors"))
    return person


def test_a_superuser_finds_export_on_the_course_and_downloads_the_zip(built_in, client, superuser):
    client.force_login(superuser)
    assert "/admin/courses/import/" in client.get("/admin/").content.decode()
    export_url = f"/admin/courses/{built_in.pk}/export/"
    assert export_url in client.get(f"/admin/pages/{built_in.pk}/edit/").content.decode()
    assert export_url in client.get(f"/admin/pages/{built_in.get_parent().pk}/").content.decode()
    response = client.get(export_url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{SLUG}.zip"'
    files = files_from_zip(io.BytesIO(response.content))
    assert data_file_values("course.py", files["course.py"])["COURSE"]["slug"] == SLUG


def test_an_editor_sees_no_export_or_import_and_is_refused_both(built_in, client, editor, exported):
    client.force_login(editor)
    assert (
        f"/admin/courses/{built_in.pk}/export/" not in client.get(f"/admin/pages/{built_in.pk}/edit/").content.decode()
    )
    assert "/admin/courses/import/" not in client.get("/admin/").content.decode()
    # Wagtail answers a refusal anywhere in its admin by sending the person to its dashboard with a message.
    for url in (f"/admin/courses/{built_in.pk}/export/", "/admin/courses/import/"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    before = counts()
    upload = zipped(changed(exported, "module_1.py", "'What makes a place hopeful?'", "'Changed by an editor'"))
    upload.name = "course.zip"
    assert client.post("/admin/courses/import/", {"course": upload})["Location"] == "/admin/"
    assert counts() == before and not LessonPage.objects.filter(title="Changed by an editor").exists()


def test_a_bad_zip_in_the_admin_gets_the_problems_in_plain_words_and_changes_nothing(
    built_in, client, superuser, exported
):
    client.force_login(superuser)
    page = client.get("/admin/courses/import/")
    assert page.status_code == 200 and 'type="file"' in page.content.decode()
    before = counts()
    upload = zipped(changed(exported, "module_1.py", "<p>Most of us", "<script>x</script><p>Most of us"))
    upload.name = "course.zip"
    response = client.post("/admin/courses/import/", {"course": upload})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html and "Nothing was changed" in html
    assert "module_1.py, lesson 1 (what-makes-a-place-hopeful), block 2 (text): &lt;script&gt; is not allowed" in html
    assert counts() == before


def test_a_good_zip_in_the_admin_is_imported_and_summarised(built_in, client, superuser, exported):
    client.force_login(superuser)
    upload = zipped(changed(exported, "module_1.py", "'What makes a place hopeful?'", "'Where hope lives'"))
    upload.name = "course.zip"
    html = client.post("/admin/courses/import/", {"course": upload}).content.decode()
    assert "The course is imported and published" in html and "lesson “Where hope lives”" in html
    lesson = LessonPage.objects.get(slug="what-makes-a-place-hopeful")
    assert lesson.title == "Where hope lives"
    assert lesson.get_latest_revision().user == superuser  # the history says who brought it in


def test_each_easy_read_idea_keeps_its_picture_through_export_and_import(exported):
    module = data_file_values("module_1.py", exported["module_1.py"])["MODULE"]
    lesson = module["lessons"][0]
    assert lesson["easy_read_title"] == "Places that give hope"
    assert lesson["easy_read"][0][0] == "hope" and "feel hopeful" in lesson["easy_read"][0][1]
    with pytest.raises(CourseDataError, match="'sunshine' is not a picture Colearn has"):
        course_import(files=changed(exported, "module_1.py", "'hope'", "'sunshine'"))


def test_a_file_from_before_easy_read_had_pictures_is_read_as_ideas_without_one(exported):
    module = data_file_values("module_1.py", exported["module_1.py"])["MODULE"]
    lesson = module["lessons"][0]
    old_style = "".join(words for _picture, words in lesson["easy_read"])
    text = exported["module_1.py"].decode()
    start = text.index("'easy_read': [")
    end = text.index("]", start) + 1  # the first lesson's ideas: pairs of words, none holding a "]"
    files = {**exported, "module_1.py": (text[:start] + f"'easy_read': {old_style!r}" + text[end:]).encode()}
    course_import(files=files)
    imported = LessonPage.objects.get(slug=lesson["slug"])
    assert [idea.value["text"].source for idea in imported.easy_read] == [
        match.group(0) for match in re.finditer(r"<(p|ul)\b[^>]*>.*?</\1>", old_style, re.S)
    ]
    assert {idea.value["picture"] for idea in imported.easy_read} == {""}, "an editor chooses each picture"
