# Stillpoint: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
# Absolute links (canonical, sitemap, API) and the demo's Site follow where `make run` serves.
SERVE_ENV = BASE_URL=$${BASE_URL:-http://$(HOST):$(PORT)}

.PHONY: help install install-test migrate static demo run test lint check bench lighthouse guide publish-scheduled clean

help:
	@echo "make run      install, migrate, load the demo and serve on http://$(HOST):$(PORT)"
	@echo "make test     install what the tests need and run them all"
	@echo "make install | migrate | demo | lint | check | bench | lighthouse | guide | publish-scheduled | clean"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

install: $(VENV)/.installed

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	@touch $@

# Browser tests drive Debian's Chromium; the HTML checker needs a Java runtime.
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

install-test: $(VENV)/.installed-test node_modules/.installed /usr/bin/chromium
	@command -v java >/dev/null || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless)

migrate: install
	$(PY) manage.py migrate --noinput

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

demo: migrate
	$(SERVE_ENV) $(PY) manage.py load_demo
	$(SERVE_ENV) $(PY) manage.py demo_admin

run: demo static
	@echo "Serving Stillpoint on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	@$(SERVE_ENV) $(PY) manage.py db_worker --queue-name '*' & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(SERVE_ENV) $(VENV)/bin/gunicorn config.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

test: install-test
	$(PY) -m pytest $(PYTEST_ARGS)

# Style, the layout's import rules (pyproject.toml: tool.importlinter) and the module size limit.
lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) scripts/layout.py

check: install-test
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# Publishes pages whose scheduled time has come and unpublishes expired ones; run it every
# few minutes from cron: */5 * * * * cd /path/to/stillpoint && make publish-scheduled
publish-scheduled: install
	$(PY) manage.py publish_scheduled

bench: demo static
	$(PY) scripts/bench.py

# Lighthouse scores of the main page types; needs the site running (make run) and Chromium.
lighthouse:
	scripts/lighthouse.sh http://$(HOST):$(PORT)

# Screenshots for docs/editor-guide.md, taken by the practitioner browser tests.
guide: install-test
	GUIDE_SCREENSHOTS=$(CURDIR)/docs/screenshots $(PY) -m pytest tests/browser/test_browser_practitioner.py

clean:
	rm -rf $(VENV) node_modules var build *.egg-info
