# newsgraph: every target sets itself up; on a fresh machine you need only python3 (>=3.11), pip and make.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
OUT    ?= out

.PHONY: demo test test-ray ray test-wheel bench lint clean static

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $@

$(VENV)/.bench-installed: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $@

## static: the explorer's third-party files (map outlines, API docs page) from npm by package-lock.json
STATIC := newsgraph/web/static/vendor/VENDOR.json
$(STATIC): package.json package-lock.json scripts/build_static.py
	python3 scripts/build_static.py || echo "static: skipped (no npm): the explorer runs without map outlines"
static: $(STATIC)

## demo: install, extract the team's sample articles to out/demo.jsonl and show one of them
demo: $(STAMP) $(STATIC)
	@mkdir -p $(OUT)
	$(VENV)/bin/newsgraph extract examples/ > $(OUT)/demo.jsonl
	$(VENV)/bin/newsgraph show examples/ --all
	@echo
	@echo "Records for every sample article are in $(OUT)/demo.jsonl ($$(wc -l < $(OUT)/demo.jsonl) lines)."
	$(VENV)/bin/newsgraph ingest examples/ --db $(OUT)/demo.db
	@echo "Open the explorer on the demo store:  $(VENV)/bin/newsgraph serve --db $(OUT)/demo.db   (then http://127.0.0.1:8000/)"

## test: install and run every test (the Ray tests too when Ray is installed: `make ray`)
test: $(STAMP) $(STATIC)
	$(PY) -m pytest -q
	bash scripts/test-ray.sh $(PY)

## ray: install the optional Ray extra (--engine ray) into the venv
ray: $(VENV)/.ray-installed

$(VENV)/.ray-installed: $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,ray]"
	touch $@

## test-ray: only the Ray tests, in a network namespace with loopback only (fails if they cannot run)
test-ray: $(VENV)/.ray-installed
	RAY_TESTS=required bash scripts/test-ray.sh $(PY)

## test-wheel: build the wheel, install it in a clean venv, run the CLI on an article (what ships works)
test-wheel: $(STAMP) $(STATIC)
	bash scripts/test-wheel.sh

## bench: accuracy against ../shared/eval and speed; writes BENCHMARKS.md (ONLY=name to run one)
bench: $(VENV)/.bench-installed
	$(PY) -m benchmarks $(ONLY)

lint: $(STAMP)
	$(PY) -m ruff check newsgraph tests benchmarks
	$(PY) -m mypy  # the files listed under [tool.mypy] in pyproject.toml

clean:
	rm -rf $(VENV) $(OUT) build dist *.egg-info node_modules newsgraph/web/static/vendor
