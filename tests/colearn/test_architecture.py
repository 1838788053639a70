"""The house rules, kept by machine: apps import only leftwards, and only services write through the ORM.

Both checks walk the whole code base, so a new module is covered the day it is added."""

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["colearn", "courses", "community", "cohorts", "learning", "reports"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


# --- One direction of dependency: colearn ← courses ← cohorts ← learning ------------------------------------------


def _lint_imports(cwd: Path, config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own venv's tool, fixed arguments
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache", "--no-logo"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_code_base_keeps_the_app_order():
    result = _lint_imports(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "culprit"),
    [
        ("courses/_reaches_right.py", "from cohorts import models\n", "courses._reaches_right -> cohorts.models"),
        ("colearn/_reaches_right.py", "def f():\n    from learning import selectors\n", "colearn._reaches_right"),
        ("cohorts/_reaches_right.py", "import learning.permissions\n", "cohorts._reaches_right -> learning"),
    ],
)
def test_an_import_from_an_app_to_the_right_breaks_the_contract(tmp_path, module, line, culprit):
    """A copy of the real tree plus one module that imports rightwards: the same contract must refuse it."""
    for app in APPS:
        shutil.copytree(ROOT / app, tmp_path / app, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (tmp_path / module).write_text(line)
    config = {"tool": {"importlinter": tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]}}
    (tmp_path / "importlinter.toml").write_text(_to_toml(config))
    result = _lint_imports(tmp_path, tmp_path / "importlinter.toml")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "0 kept, 1 broken" in result.stdout
    assert culprit in result.stdout


def _to_toml(config: dict) -> str:
    """Just enough TOML for the import-linter table (strings and lists of strings)."""
    linter = config["tool"]["importlinter"]
    out = ["[tool.importlinter]"]
    out += [f"{key} = {_value(value)}" for key, value in linter.items() if key != "contracts"]
    for contract in linter["contracts"]:
        out.append("[[tool.importlinter.contracts]]")
        out += [f"{key} = {_value(value)}" for key, value in contract.items()]
    return "\n".join(out) + "\n"


def _value(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- Services are the only writers --------------------------------------------------------------------------------

# Calls that write whatever they are called on (no dict, set or list has these methods).
ALWAYS_WRITES = {
    "save",
    "delete",
    "create",
    "bulk_create",
    "bulk_update",
    "get_or_create",
    "update_or_create",
    # Wagtail's page tree and revisions
    "add_child",
    "add_sibling",
    "save_revision",
    "unpublish",
}
# Calls that write when made on a queryset or a related manager (`X.objects.filter(…).update()`,
# `user.groups.add(…)`), and are harmless on a plain local dict or set (`done.add(…)`, `initial.update(…)`): flagged
# unless called on a bare local name or a subscript of one.
WRITES_ON_MANAGERS = {"update", "set", "add", "remove", "clear"}

# Where writing through the ORM is the module's job, and so not scanned: services (services.py, services/), models
# (models.py, models/: managers' create_user, Wagtail page models' own methods) and migrations.
# Anything else that honestly must write is listed here, with the reason. Keep it short.
ALLOWED = {
    # The built-in course loader is the courses app's writer: it builds CMS pages, themes, documents and the Site
    # through Wagtail's own tree API (there are no services for CMS content; editors write pages in Wagtail).
    # It runs in one transaction and is idempotent; load_course and the tests call it.
    ("courses/loader.py", "*"),
    # Data migrations call it to run stored rich text through today's sanitiser; it writes only what it cleans.
    ("colearn/sanitize.py", "reclean_stored"),
    # The benchmark data set: bulk inserts by design (millions of rows), refused unless demo data is allowed.
    ("learning/management/commands/seed_scale.py", "*"),
}


def _is_writer_module(relative: Path) -> bool:
    writers = {"services", "models", "migrations"}
    return relative.stem in writers or any(part in writers for part in relative.parts[:-1])


def _makes_a_plain_collection(node: ast.expr) -> bool:
    """`d.setdefault("k", {})`, `d.get("k", [])`, `dict(…)`, `set(…)`: what these return is a dict or set, never a
    queryset or manager (a model instance from `.get()` has no update/add/remove/clear/set)."""
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Name):
        return node.func.id in {"dict", "set", "list"}
    return isinstance(node.func, ast.Attribute) and node.func.attr in {"setdefault", "get", "copy"}


class _WriteFinder(ast.NodeVisitor):
    def __init__(self):
        self.scope: list[str] = []
        self.found: list[tuple[str, int, str]] = []

    def _enter(self, node):
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _enter

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Attribute):
            receiver = func.value
            on_a_local = (
                isinstance(receiver, ast.Name)
                or (isinstance(receiver, ast.Subscript) and isinstance(receiver.value, ast.Name))
                or _makes_a_plain_collection(receiver)
            )
            if func.attr in ALWAYS_WRITES or (func.attr in WRITES_ON_MANAGERS and not on_a_local):
                self.found.append((".".join(self.scope) or "<module>", node.lineno, ast.unparse(node)[:100]))
        self.generic_visit(node)


def orm_writes_outside_services() -> list[str]:
    problems = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if _is_writer_module(relative) or (str(relative), "*") in ALLOWED:
                continue
            finder = _WriteFinder()
            finder.visit(ast.parse(path.read_text(), filename=str(relative)))
            problems += [
                f"{relative}:{line} in {scope}: {code}"
                for scope, line, code in finder.found
                if (str(relative), scope) not in ALLOWED
            ]
    return problems


def test_only_services_write_through_the_orm():
    problems = orm_writes_outside_services()
    assert not problems, (
        "These write through the ORM outside a service. Move each write into a `<entity>_<action>` service in the "
        "app's services module and call that instead:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize(
    "code",
    [
        "def post(request):\n    Cohort.objects.create(name='x')\n",
        "def post(request):\n    Cohort.objects.filter(pk=1).update(capacity=2)\n",
        "def post(request, cohort):\n    cohort.save()\n",
        "def post(request, entry):\n    entry.delete()\n",
        "def post(request, user, group):\n    user.groups.add(group)\n",
        "def post(request, cohort):\n    cohort.memberships.filter(role='member').update(ended_at=None)\n",
        "class Form:\n    def save(self, commit=True):\n        return super().save(commit=commit)\n",
        "def post(request, form):\n    form.save()\n",
        "def post(request):\n    Attendance.objects.update_or_create(user_id=1, defaults={})\n",
    ],
)
def test_the_write_check_catches_each_kind_of_write(code):
    finder = _WriteFinder()
    finder.visit(ast.parse(code))
    assert len(finder.found) == 1


@pytest.mark.parametrize(
    "code",
    [
        "def get(request):\n    done = set()\n    done.add(1)\n",
        "def get(request):\n    initial = {}\n    initial.update(title='x')\n",
        "def get(request):\n    seen[1].add(2)\n",
        "def feed(event):\n    event.add('uid', 'x')\n",
        "DATABASES['default'].setdefault('OPTIONS', {}).update({'timeout': 5})\n",
        "def get(request):\n    return Cohort.objects.filter(pk=1).first()\n",
    ],
)
def test_the_write_check_leaves_plain_reads_and_local_collections_alone(code):
    finder = _WriteFinder()
    finder.visit(ast.parse(code))
    assert finder.found == []


def test_the_allow_list_names_only_files_that_exist():
    for path, _scope in ALLOWED:
        assert (ROOT / path).is_file(), f"{path} is allowed to write but no longer exists: take it off the list"
