# Stillpoint: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
# Absolute links (canonical, sitemap, API) and the demo's Site follow where `make run` serves.
SERVE_ENV = BASE_URL=$${BASE_URL:-http://$(HOST):$(PORT)}

.PHONY: help install install-test migrate static demo demo-large run serve-cached test lint check bench lighthouse guide publish-scheduled clean

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

# The deployment tests (pytest -m deploy) start Debian's Varnish in front of gunicorn.
/usr/sbin/varnishd:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish

install-test: $(VENV)/.installed-test node_modules/.installed /usr/bin/chromium /usr/sbin/varnishd
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
	@$(SERVE_ENV) $(PY) manage.py worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(SERVE_ENV) $(VENV)/bin/gunicorn config.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

# Varnish (deploy/varnish/stillpoint.vcl) on PORT in front of gunicorn on APP_PORT; the worker
# purges what each publish makes stale. Debian's varnish is installed when missing.
APP_PORT ?= $(shell echo $$(($(PORT) + 1)))
VARNISH_DIR ?= var/varnish
VARNISH_MEMORY ?= 256m
comma := ,
# Run as root, varnishd hands its child to the unprivileged varnish user.
VARNISH_JAIL = $(if $(filter 0,$(shell id -u)),-j unix$(comma)user=varnish,-j none)

serve-cached: demo static
	@command -v varnishd >/dev/null || $(MAKE) /usr/sbin/varnishd
	@mkdir -p $(VARNISH_DIR)
	@sed -e 's/\.host = "127.0.0.1"/.host = "$(HOST)"/' -e 's/\.port = "8000"/.port = "$(APP_PORT)"/' \
		deploy/varnish/stillpoint.vcl > $(VARNISH_DIR)/stillpoint.vcl
	@echo "Serving Stillpoint through Varnish on http://$(HOST):$(PORT)/ (the app on $(APP_PORT))"
	@export FRONTEND_CACHE_URL=http://$(HOST):$(PORT); \
	$(SERVE_ENV) $(PY) manage.py worker & worker=$$!; \
	varnishd -F $(VARNISH_JAIL) -n $(abspath $(VARNISH_DIR))/work -a $(HOST):$(PORT) \
		-f $(abspath $(VARNISH_DIR))/stillpoint.vcl -s malloc,$(VARNISH_MEMORY) & varnish=$$!; \
	trap 'kill $$worker $$varnish 2>/dev/null' EXIT INT TERM; \
	$(SERVE_ENV) $(VENV)/bin/gunicorn config.wsgi --bind $(HOST):$(APP_PORT) --workers $(WORKERS) \
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

# One pass of scheduled publishing, by hand. Nothing needs it on a schedule: `manage.py worker`
# (which `make run` starts) publishes pages whose go-live time has come every minute.
publish-scheduled: install
	$(PY) manage.py publish_scheduled

# The demo grown to ARTICLES articles (tags from a pool of 50, pictures from a pool of 20).
ARTICLES ?= 10000
demo-large: demo
	$(SERVE_ENV) $(PY) manage.py demo_large --articles $(ARTICLES)

# The benchmark loads the site with Debian's wrk, directly and through Varnish (both installed
# when missing); durations come from BENCH_SECONDS, BENCH_WINDOW and the like (scripts/bench.py).
/usr/bin/wrk:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk

bench: demo static /usr/bin/wrk /usr/sbin/varnishd
	$(PY) scripts/bench.py

# Lighthouse scores of the main page types; needs the site running (make run) and Chromium.
lighthouse:
	scripts/lighthouse.sh http://$(HOST):$(PORT)

# Screenshots for docs/editor-guide.md, taken by the practitioner browser tests.
guide: install-test
	GUIDE_SCREENSHOTS=$(CURDIR)/docs/screenshots $(PY) -m pytest tests/browser/test_browser_practitioner.py

clean:
	rm -rf $(VENV) node_modules var build *.egg-info
