# Every target that needs the virtualenv depends on .venv/.installed, so a fresh clone needs no manual step.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := tests/contract/node_modules/.installed

.PHONY: install test lint format generate check-generated sync-spec bench demo demo-live record contract-deps mutation

install: $(STAMP) $(NPM_STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,cli,mcp]'
	touch $(STAMP)

$(NPM_STAMP): tests/contract/package.json tests/contract/package-lock.json
	cd tests/contract && npm ci --no-audit --no-fund --loglevel=error
	touch $(NPM_STAMP)

# Branch coverage of late/ (subprocesses too, e.g. the served sandbox), failing under 95%.
COV_ARGS ?= --cov --cov-report=term --cov-fail-under=95

test: install
	$(PY) -m pytest -q $(COV_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	# late/, tests/ and scripts/: the files, excludes and stub-less libraries are in pyproject.toml [tool.mypy].
	$(PY) -m mypy --strict

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

generate: install
	$(PY) scripts/generate.py

check-generated: install
	$(PY) scripts/generate.py --check

sync-spec: install
	@test -n "$(UPSTREAM)" || { echo "usage: make sync-spec UPSTREAM=<path or URL of the upstream spec>"; exit 2; }
	$(PY) scripts/sync_spec.py "$(UPSTREAM)"

# Mutation testing of the rules modules, each against its own tests (slow: minutes per module).
# MUTATION_ARGS: target names, --survivors, --retest, --fresh, --min-rate N (scripts/mutation.py --help).
mutation: install
	$(PY) scripts/mutation.py $(MUTATION_ARGS)

bench: install
	$(PY) scripts/bench.py $(BENCH_ARGS)

demo: install
	$(PY) examples/quickstart.py

# The same flows against the API that LATE_API_KEY (and LATE_BASE_URL) name: it really posts.
demo-live: install
	$(PY) examples/quickstart.py --live

record: install
	$(PY) scripts/record.py

# Schemathesis against the served sandbox with openapi.yaml, bounded by --max-time (60 s by default):
# make schemathesis ST_ARGS="--thorough --max-time 900" for a longer run. See scripts/schemathesis_sandbox.py.
schemathesis: install
	$(PY) scripts/schemathesis_sandbox.py $(ST_ARGS)
