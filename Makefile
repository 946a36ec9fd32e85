# Two commands do all the set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,postgres]'

demo: install
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/materiel demo --db demo.db

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo.db* .pytest_cache
