PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test kb clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	$(BIN)/rasid analyze examples/idlib-ceasefire-2020.txt --format json

test: install-test
	$(BIN)/python -m pytest

kb: install-test
	$(BIN)/python -m rasid.kb.build

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
