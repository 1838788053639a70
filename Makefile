# The two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP_FLAGS := --quiet --disable-pip-version-check --no-input
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/colearn
HOST ?= 127.0.0.1
PORT ?= 8000
# The site, its worker and their emails and calendar files all use the address `make run` serves
# (settings.base ENV_SITE_URL, unless SITE_URL says otherwise).
export HOST PORT

.PHONY: run test test-postgres bench lint format setup-db clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Colearn needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_FLAGS) --upgrade pip

# Re-install only when a requirements file changes.
$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install $(PIP_FLAGS) -r requirements-dev.txt
	touch $@

setup-db: $(VENV)/.installed-dev
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py load_course
	$(BIN)/python manage.py load_community
	$(BIN)/python manage.py seed_demo

# The web server and the background worker that sends email (README "The background worker"), as one command:
# Ctrl+C, or the web server stopping for any reason, stops the worker too.
run: setup-db
	$(BIN)/python manage.py schedule_digests
	@echo "Colearn is starting on http://$(HOST):$(PORT)/ (the CMS is at /admin/), with its worker. Press Ctrl+C to stop."
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py db_worker & worker=$$!; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache --no-logo

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

test: lint
	DJANGO_SETTINGS_MODULE=colearn.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=colearn.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -m "not postgres and not bench" $(PYTEST_ARGS)

# The same suite against PostgreSQL, plus the tests that only mean something there (races, search). The browser
# tests run once, in `make test`: they check pages, keyboards and axe, which do not change with the database, and
# running them a second time here only added their whole run time to CI.
test-postgres: $(VENV)/.installed-dev
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest --create-db -m "not bench and not browser" $(PYTEST_ARGS)

# Figures, never pass/fail on time (README "Benchmarks"). The load test runs when DATABASE_URL names PostgreSQL.
# `make bench SCALE=1`: the side-by-side table and the reports' timings on PostgreSQL (POSTGRES_URL) after
# `manage.py seed_scale`.
bench: $(VENV)/.installed-dev
ifdef SCALE
	DATABASE_URL=$(POSTGRES_URL) BENCH_SCALE=1 $(BIN)/pytest -m bench -s --create-db tests/perf/test_pages_side_by_side.py \
		tests/perf/test_report_timings.py
else
	$(BIN)/pytest -m bench -s --create-db tests/perf
endif

# Our words for Django's and allauth's defaults: compile the catalogue after editing it (the .mo is committed, so
# `make run` needs no gettext tools).
messages:
	msgfmt --check-format -o locale/en_GB/LC_MESSAGES/django.mo locale/en_GB/LC_MESSAGES/django.po

clean:
	rm -rf $(VENV) .test-db.sqlite3 staticfiles
