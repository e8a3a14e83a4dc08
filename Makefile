# Two set-up commands: `make demo` and `make test`. Everything is installed from requirements/*.lock
# (pinned by sha256) into .venv; nothing is downloaded at run time.
# The locks hold the whole closure, so they are installed with --no-deps: pip resolves nothing and takes
# exactly the pinned files (on 2026-12-03 a fresh install broke when pip 23.2 resolved htmldate's bare
# 'lxml>=6.1.3' apart from the lock's lxml[html_clean]==6.1.3, took the index's newest lxml and refused it
# as unpinned); `pip check` then fails the install if the lock misses a requirement.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin

.PHONY: demo test bench lock browser clean fuzz mutate

$(VENV)/.installed-run: requirements/run.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/run.lock
	$(PY) -m pip check
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: requirements/dev.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/dev.lock
	$(PY) -m pip check
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed-run

demo: $(VENV)/.installed-run
	$(BIN)/newsgraph extract examples/rubio-iraq-maliki.txt --format text

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

# Benchmarks (not part of `make test`); figures and how to read them: docs/benchmarks.md.
# BENCH_N articles for extraction and ingest (the BBC set has 2,225; `make bench BENCH_N=2225`).
BENCH_N ?= 600
bench: $(VENV)/.installed-dev
	mkdir -p bench-out
	$(BIN)/python benchmarks/run.py --n $(BENCH_N) | tee bench-out/extract.md
	$(BIN)/python benchmarks/corpus.py --articles $(BENCH_N) --json bench-out/corpus.json
	$(BIN)/python benchmarks/web_load.py

# The long fuzz run (tests/test_fuzz.py, 100,000 generated inputs over the readers, the section
# labeller and the pipeline; `make test` runs a short version). The statistics give each test's count.
fuzz: $(VENV)/.installed-dev
	NEWSGRAPH_FUZZ=1 $(BIN)/python -m pytest tests/test_fuzz.py -q -p no:cacheprovider --hypothesis-show-statistics

# Mutation testing (mutmut) of the core modules, each against its own test files; survivors are
# printed with the command that shows them. MUTATE=model quotes ... for some modules only.
MUTATE ?=
mutate: $(VENV)/.installed-dev
	$(BIN)/python scripts/mutate.py $(MUTATE)

# Headless Chromium from Debian for the browser tests (Playwright drives /usr/bin/chromium; no
# `playwright install`), then just those tests. CI runs the same install line before `make test`.
browser: $(VENV)/.installed-dev
	command -v chromium || (apt-get update && apt-get install -y chromium)
	$(BIN)/python -m pytest -m browser

# Regenerate the hash-pinned locks after changing pyproject.toml (needs network to PyPI).
# A package that another one requires with an extra ("weasel -> smart-open[http]>=5.2.1") is locked with
# that extra: pip's hash-checking mode otherwise resolves the extra's requirement on its own, takes the
# newest release from the index and refuses it as unpinned (a fresh install broke so on 2026-12-02).
# (textual, which wants markdown-it-py[linkify], is in the dev lock only.)
LOCK_EXTRAS = -e 's/^smart-open==/smart-open[http]==/' -e 's/^lxml==/lxml[html_clean]==/'
lock: $(VENV)/.installed-dev
	$(PY) -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 --no-header -o requirements/run.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 --no-header -o requirements/dev.lock
	sed -i $(LOCK_EXTRAS) requirements/run.lock requirements/dev.lock
	sed -i -e 's/^markdown-it-py==/markdown-it-py[linkify]==/' requirements/dev.lock

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info src/*.egg-info mutants-work
