# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make report   creates .venv, installs, audits seeds/, writes reports/
#   make test     creates .venv, installs with the test extras, runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/audit report seeds/ -o reports/

test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/bench.py 300 --with-html
	$(BIN)/python bench/segmentation.py
	$(BIN)/python bench/comments.py

clean:
	rm -rf $(VENV) build *.egg-info
	find reports -mindepth 1 ! -name .gitkeep -delete
